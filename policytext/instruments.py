"""Policy instruments: classify a policy measure into a scheme of instrument types and subtypes.

The default scheme is Rothwell & Zegveld's supply / environment / demand classification with
the fifteen subtypes used in Chinese policy-instrument research (``GUIDELINES.md`` section 2):

- **supply** 供给型: 科技支持 · 人才培养 · 资金投入 · 基础设施 · 公共服务
- **environment** 环境型: 目标规划 · 金融支持 · 税收优惠 · 法规管制 · 策略性措施
- **demand** 需求型: 政府采购 · 示范推广 · 市场开拓 · 服务外包 · 海外合作

A scheme is a plain data file (``policytext/data/instruments_rothwell_zegveld.tsv``): one row
per keyword, ``type<TAB>subtype<TAB>keyword<TAB>weight``, where a keyword is a literal string
or ``re:`` and a regular expression (``re:到\\s*20\\d\\d\\s*年`` for dated targets,
``re:给予.{0,24}?\\d+万元`` for amounts granted). A measure's score for a subtype is the sum of
the weights of the *distinct* keywords found in it; a literal keyword lying inside a longer
matched literal keyword does not count (公共服务平台 hides 服务平台 and 平台), so the more
specific phrase decides. The best-scoring subtype wins (ties go to the subtype listed first);
a measure with no positive evidence gets the scheme's ``@default`` subtype. Users swap the
scheme by passing their own file in the same format to :func:`load_scheme`.

Precedence the default weights encode (the annotation conventions): money granted outright
(奖励 补助 补贴 给予…万元) is 资金投入 whatever the topic, but 贷款 贴息 担保 保险 基金 上市
make it 金融支持 and 税 减免 加计扣除 make it 税收优惠; 领导小组 专班 机制 协调 宣传 考核 评估
are 策略性措施; 标准 监管 审批 规范 法规管制; dated targets (到2025年), 规划, 布局 目标规划.

Examples
--------
>>> m = classify_measure("对新认定的国家级专精特新“小巨人”企业给予100万元奖励。")
>>> m.type, m.subtype
('supply', '资金投入')
>>> m.evidence[:2]
['给予100万元', '奖励']
>>> classify_measure("鼓励金融机构对符合条件的中小企业贷款给予50%的贴息。").subtype
'金融支持'
>>> classify_measure("成立由市长任组长的工作领导小组，统筹协调重大问题。").to_dict()
{'type': 'environment', 'subtype': '策略性措施', 'evidence': ['领导小组', '协调', '统筹']}
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .lexicons import data_path

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "DEFAULT_SCHEME_FILE",
    "Instrument",
    "Scheme",
    "SchemeError",
    "classify_many",
    "classify_measure",
    "gold_measures",
    "instrument_confusion",
    "load_scheme",
    "score_instruments",
]

PathLike = str | os.PathLike[str]

DEFAULT_SCHEME_FILE = "instruments_rothwell_zegveld.tsv"
# How the pipeline classifies a measure: this keyword scheme, the learned model of
# policytext.instrument_model, or both (kept here, a light import, for the command line)
CLASSIFIERS = ("keywords", "learned", "combined")
DEFAULT_CLASSIFIER = "combined"
REGEX_PREFIX = "re:"
# Weight of evidence found in the context (item heading, path) relative to the measure itself.
CONTEXT_WEIGHT = 0.5
# Evidence in the first clause of a measure (its head: 一是强化组织领导，…) counts this much more.
HEAD_BONUS = 0.25
# The n-th strongest piece of evidence for a subtype counts DECAY**n: a list of near-synonyms
# (国际标准、国家标准、行业标准) adds up to less than as many independent signals.
DECAY = 1.0
_CLAUSE_END = re.compile(r"[，,：:；;。！？!?]")


class SchemeError(ValueError):
    """A scheme file that cannot be read: the message names the file and the line."""


@dataclass(frozen=True)
class Keyword:
    """One keyword (literal or regular expression) of a scheme and its weight for a subtype."""

    subtype: str
    keyword: str
    weight: float
    pattern: re.Pattern[str] | None = None

    @property
    def is_regex(self) -> bool:
        return self.pattern is not None


@dataclass
class Scheme:
    """A policy-instrument scheme: subtypes, their types, weighted keywords and a fallback.

    Parameters
    ----------
    name
        The scheme's name (``@name`` in the file).
    subtypes
        ``subtype -> type``, in tie-break order.
    keywords
        ``subtype -> [(keyword, weight), ...]``; a keyword starting with ``re:`` is a regular
        expression.
    default
        The subtype given to a measure without positive evidence.

    Examples
    --------
    >>> s = Scheme("toy", {"money": "supply", "rules": "environment"},
    ...            {"money": [("资金", 1.0)], "rules": [("标准", 1.0)]}, "rules")
    >>> s.types
    ['supply', 'environment']
    >>> classify_measure("安排专项资金。", scheme=s).subtype
    'money'
    """

    name: str
    subtypes: dict[str, str]
    keywords: dict[str, list[tuple[str, float]]]
    default: str
    _compiled: list[Keyword] = field(default_factory=list, init=False, repr=False, compare=False)
    # first character -> literal keywords starting with it, longest first: one scan of the text
    # finds the longest keyword at each position (shorter ones there would not count anyway).
    _keyword_order: dict[str, int] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _regex_keywords: list[Keyword] = field(
        default_factory=list, init=False, repr=False, compare=False
    )
    _literal_index: dict[str, list[tuple[str, list[Keyword]]]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    # text -> its evidence: a measure's heading context is the same for every measure of
    # its item (bounded: cleared when full)
    _evidence_cache: dict[str, dict[str, dict[str, tuple[float, int]]]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        if not self.subtypes:
            raise SchemeError(f"scheme {self.name!r} has no subtypes")
        if self.default not in self.subtypes:
            raise SchemeError(
                f"scheme {self.name!r}: default subtype {self.default!r} is not one of "
                f"{list(self.subtypes)}"
            )
        compiled: list[Keyword] = []
        for subtype, entries in self.keywords.items():
            if subtype not in self.subtypes:
                raise SchemeError(f"scheme {self.name!r}: keywords for unknown subtype {subtype!r}")
            for keyword, weight in entries:
                pattern = None
                if keyword.startswith(REGEX_PREFIX):
                    try:
                        pattern = re.compile(keyword[len(REGEX_PREFIX) :])
                    except re.error as exc:
                        raise SchemeError(
                            f"scheme {self.name!r}: bad regular expression {keyword!r}: {exc}"
                        ) from exc
                compiled.append(Keyword(subtype, keyword, float(weight), pattern))
        self._compiled = compiled
        by_keyword: dict[str, list[Keyword]] = {}
        for kw in compiled:
            if kw.pattern is None and kw.keyword:
                by_keyword.setdefault(kw.keyword, []).append(kw)
        index: dict[str, list[tuple[str, list[Keyword]]]] = {}
        for keyword in sorted(by_keyword, key=len, reverse=True):
            index.setdefault(keyword[0], []).append((keyword, by_keyword[keyword]))
        self._literal_index = index
        self._keyword_order = {}
        for i, kw in enumerate(compiled):
            self._keyword_order.setdefault(kw.keyword, i)
        self._regex_keywords = [kw for kw in compiled if kw.pattern is not None]

    @property
    def types(self) -> list[str]:
        """The instrument types, in the order their first subtype appears."""
        return list(dict.fromkeys(self.subtypes.values()))

    def type_of(self, subtype: str) -> str:
        """The type a subtype belongs to."""
        return self.subtypes[subtype]


@dataclass
class Instrument:
    """The instrument of one measure.

    Attributes
    ----------
    type, subtype
        The winning subtype and its type.
    evidence
        The keywords (or, for patterns, the matched text) that gave the winning subtype its
        score, strongest first; empty when the scheme's default was used.
    score
        The winning subtype's score (0.0 for the default).
    scores
        Every subtype with a non-zero score, highest first.
    """

    type: str
    subtype: str
    evidence: list[str]
    score: float
    scores: dict[str, float]

    def to_dict(self) -> dict[str, Any]:
        """The record form: ``{"type", "subtype", "evidence"}`` (JSON-friendly).

        >>> Instrument("demand", "政府采购", ["优先采购"], 5.0, {"政府采购": 5.0}).to_dict()
        {'type': 'demand', 'subtype': '政府采购', 'evidence': ['优先采购']}
        """
        return {"type": self.type, "subtype": self.subtype, "evidence": list(self.evidence)}


# ------------------------------------------------------------------------------- scheme files


def _parse_weight(raw: str, where: str) -> float:
    try:
        value = float(raw)
    except ValueError:
        raise SchemeError(f"{where}: weight {raw!r} is not a number") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise SchemeError(f"{where}: weight {raw!r} is not a finite number")
    return value


def parse_scheme(text: str, *, source: str = "<scheme>") -> Scheme:
    """Parse the text of a scheme file (see the module docstring for the format).

    Raises
    ------
    SchemeError
        On a row without four tab-separated fields, a weight that is not a number, a subtype
        listed under two types, a bad regular expression, an unknown directive or a missing or
        unknown default.

    Examples
    --------
    >>> s = parse_scheme("@default\\tb\\nx\\ta\\t钱\\t1\\ny\\tb\\tre:规[则定]\\t2\\n")
    >>> s.subtypes, s.keywords["b"], s.default
    ({'a': 'x', 'b': 'y'}, [('re:规[则定]', 2.0)], 'b')
    >>> parse_scheme("x\\ta\\t钱\\n")
    Traceback (most recent call last):
    ...
    policytext.instruments.SchemeError: <scheme>:1: expected 4 tab-separated fields (type, subtype, keyword, weight), got 3
    """
    name = Path(source).stem if source != "<scheme>" else "scheme"
    default: str | None = None
    subtypes: dict[str, str] = {}
    keywords: dict[str, list[tuple[str, float]]] = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        where = f"{source}:{lineno}"
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        fields = [f.strip() for f in line.rstrip("\r\n").split("\t")]
        if fields[0].startswith("@"):
            if len(fields) != 2 or not fields[1]:
                raise SchemeError(f"{where}: a directive is '@name<TAB>value', got {line!r}")
            if fields[0] == "@name":
                name = fields[1]
            elif fields[0] == "@default":
                default = fields[1]
            else:
                raise SchemeError(f"{where}: unknown directive {fields[0]!r} (@name, @default)")
            continue
        if [f.lower() for f in fields] == ["type", "subtype", "keyword", "weight"]:
            continue  # a header row
        if len(fields) != 4:
            raise SchemeError(
                f"{where}: expected 4 tab-separated fields (type, subtype, keyword, weight), "
                f"got {len(fields)}"
            )
        type_, subtype, keyword, raw_weight = fields
        if not type_ or not subtype or not keyword:
            raise SchemeError(f"{where}: empty type, subtype or keyword")
        weight = _parse_weight(raw_weight, where)
        if subtypes.setdefault(subtype, type_) != type_:
            raise SchemeError(
                f"{where}: subtype {subtype!r} is listed under {subtypes[subtype]!r} and {type_!r}"
            )
        if keyword.startswith(REGEX_PREFIX):
            try:
                re.compile(keyword[len(REGEX_PREFIX) :])
            except re.error as exc:
                raise SchemeError(f"{where}: bad regular expression {keyword!r}: {exc}") from exc
        keywords.setdefault(subtype, []).append((keyword, weight))
    if not subtypes:
        raise SchemeError(f"{source}: no keyword rows (type<TAB>subtype<TAB>keyword<TAB>weight)")
    if default is None:
        default = next(iter(subtypes))
    if default not in subtypes:
        raise SchemeError(f"{source}: @default {default!r} is not a subtype of the scheme")
    return Scheme(name=name, subtypes=subtypes, keywords=keywords, default=default)


@lru_cache(maxsize=16)
def _load_cached(path: str, mtime: float) -> Scheme:
    text = Path(path).read_text(encoding="utf-8-sig")
    return parse_scheme(text, source=path)


def load_scheme(path: PathLike | None = None) -> Scheme:
    """Load an instrument scheme file; the default is the Rothwell–Zegveld scheme.

    Parameters
    ----------
    path
        A scheme file (``type<TAB>subtype<TAB>keyword<TAB>weight`` rows, see the module
        docstring); ``None`` for ``policytext/data/instruments_rothwell_zegveld.tsv``.

    Examples
    --------
    >>> s = load_scheme()
    >>> s.name, s.types, s.default
    ('rothwell_zegveld', ['supply', 'environment', 'demand'], '策略性措施')
    >>> len(s.subtypes), s.type_of("税收优惠")
    (15, 'environment')
    """
    if path is None:  # the bundled scheme, asked for once per measure: no path resolution
        default = _default_scheme_path()
        return _load_cached(default, os.stat(default).st_mtime)
    p = Path(path)
    if not p.is_file():
        raise FileNotFoundError(f"instrument scheme file not found: {p}")
    return _load_cached(str(p.resolve()), p.stat().st_mtime)


@lru_cache(maxsize=1)
def _default_scheme_path() -> str:
    return str(data_path(DEFAULT_SCHEME_FILE).resolve())


# ----------------------------------------------------------------------------- classification


def _head_end(text: str) -> int:
    m = _CLAUSE_END.search(text)
    return m.end() if m else len(text)


def _evidence(text: str, scheme: Scheme) -> dict[str, dict[str, tuple[float, int]]]:
    """``subtype -> {evidence surface: (weight, first position)}`` for one text (cached per
    scheme; callers only read it)."""
    cache = scheme._evidence_cache
    found = cache.get(text)
    if found is None:
        if len(cache) >= _EVIDENCE_CACHE_SIZE:
            cache.clear()
        found = cache[text] = _find_evidence(text, scheme)
    return found


_EVIDENCE_CACHE_SIZE = 4096


def _find_evidence(text: str, scheme: Scheme) -> dict[str, dict[str, tuple[float, int]]]:
    literal: list[tuple[int, int, list[Keyword]]] = []
    found: dict[str, dict[str, tuple[float, int]]] = {}
    for kw in scheme._regex_keywords:
        m = kw.pattern.search(text)  # type: ignore[union-attr]
        if m and m.end() > m.start():
            found.setdefault(kw.subtype, {}).setdefault(m.group(0), (kw.weight, m.start()))
    index = scheme._literal_index
    for i, ch in enumerate(text):
        candidates = index.get(ch)
        if candidates:
            for keyword, kws in candidates:
                if text.startswith(keyword, i):
                    literal.append((i, i + len(keyword), kws))
                    break
    # A literal match inside a longer literal match does not count.
    kept = [
        (s, e, kws)
        for s, e, kws in literal
        if not any(s2 <= s and e <= e2 and e2 - s2 > e - s for s2, e2, _ in literal)
    ]
    # Scheme order, as the evidence list's ties are broken by it.
    for s, _e, kws in sorted(kept, key=lambda t: (scheme._keyword_order[t[2][0].keyword], t[0])):
        for kw in kws:
            found.setdefault(kw.subtype, {}).setdefault(kw.keyword, (kw.weight, s))
    return found


def _score(
    text: str, scheme: Scheme, factor: float, scores: dict[str, float], ev: dict[str, list]
) -> None:
    head = _head_end(text)
    for subtype, hits in _evidence(text, scheme).items():
        weighted = sorted(
            (
                (weight * factor * (1.0 + HEAD_BONUS if pos < head else 1.0), surface)
                for surface, (weight, pos) in hits.items()
            ),
            key=lambda t: -t[0],
        )
        positive = [w for w, _ in weighted if w > 0]
        negative = sum(w for w, _ in weighted if w <= 0)
        total = sum(w * DECAY**i for i, w in enumerate(positive)) + negative
        scores[subtype] = scores.get(subtype, 0.0) + total
        ev.setdefault(subtype, []).extend(weighted)


def classify_measure(text: str, *, scheme: Scheme | None = None, context: str = "") -> Instrument:
    """Classify one measure (a sentence or clause) into an instrument type and subtype.

    Parameters
    ----------
    text
        The measure's text.
    scheme
        The scheme to use (default: :func:`load_scheme` ()).
    context
        Text around the measure that hints at its instrument without being part of it — the
        item heading or section path (``三、 › （十二）加大金融支持力度``); its evidence counts
        half as much.

    Returns
    -------
    Instrument
        The winning type and subtype, the evidence for it and the scores of all subtypes.

    Examples
    --------
    >>> classify_measure("落实高新技术企业所得税优惠和研发费用加计扣除政策。").subtype
    '税收优惠'
    >>> classify_measure("到2027年，全市新能源汽车产量达到30万辆。").to_dict()
    {'type': 'environment', 'subtype': '目标规划', 'evidence': ['到2027年', '达到30万', '产量']}
    >>> classify_measure("完善相关工作。").subtype   # no evidence: the scheme's default
    '策略性措施'
    >>> classify_measure("实施支持政策。", context="（三）加强人才培训").subtype
    '人才培养'
    """
    scheme = scheme or load_scheme()
    scores: dict[str, float] = {}
    ev: dict[str, list[tuple[float, str]]] = {}
    _score(text, scheme, 1.0, scores, ev)
    if context:
        _score(context, scheme, CONTEXT_WEIGHT, scores, ev)
    order = {s: i for i, s in enumerate(scheme.subtypes)}
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], order[kv[0]]))
    ranked_scores = {s: round(v, 4) for s, v in ranked if v != 0}
    if ranked and ranked[0][1] > 0:
        subtype, best = ranked[0]
        hits = sorted(ev[subtype], key=lambda t: -t[0])
        evidence = list(dict.fromkeys(surface for w, surface in hits if w > 0))
    else:
        subtype, best, evidence = scheme.default, 0.0, []
    return Instrument(
        type=scheme.type_of(subtype),
        subtype=subtype,
        evidence=evidence,
        score=round(best, 4),
        scores=ranked_scores,
    )


def classify_many(
    texts: Iterable[str],
    *,
    scheme: Scheme | None = None,
    contexts: Iterable[str] | None = None,
) -> list[Instrument]:
    """Classify several measures (optionally with one context string each).

    Examples
    --------
    >>> [i.subtype for i in classify_many(["举办产品博览会。", "加快建设5G基站。"])]
    ['市场开拓', '基础设施']
    """
    scheme = scheme or load_scheme()
    items = list(texts)
    ctx = list(contexts) if contexts is not None else [""] * len(items)
    if len(ctx) != len(items):
        raise ValueError(f"{len(items)} texts but {len(ctx)} contexts")
    return [classify_measure(t, scheme=scheme, context=c) for t, c in zip(items, ctx, strict=True)]


# --------------------------------------------------------------------------------- evaluation


def gold_measures(gold_dir: PathLike, *, split: str | None = None) -> list[dict[str, Any]]:
    """Gold measures with an instrument, one dict per measure: ``doc``, ``text``, ``type``,
    ``subtype``.

    ``split`` is ``dev``, ``test`` or ``all`` (the shared gold's split, see
    :data:`policytext.evaluate.SPLITS`); ``None`` means all files of ``gold_dir``.
    """
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise FileNotFoundError(f"gold folder not found: {folder}")
    paths = sorted(folder.glob("*.json"))
    if split not in (None, "all"):
        from .evaluate import SPLITS

        if split not in SPLITS:
            raise ValueError(f"unknown split {split!r}: choose dev, test or all")
        paths = [p for p in paths if p.stem.startswith(SPLITS[split])]
    out: list[dict[str, Any]] = []
    for path in paths:
        data = json.loads(path.read_text(encoding="utf-8"))
        for m in data.get("measures", []):
            if m.get("instrument") and m.get("subtype") and m.get("text"):
                out.append(
                    {
                        "doc": path.stem,
                        "text": m["text"],
                        "type": m["instrument"],
                        "subtype": m["subtype"],
                    }
                )
    return out


def _predict(gold: Sequence[dict[str, Any]], scheme: Scheme | None) -> pd.DataFrame:
    import pandas as pd

    scheme = scheme or load_scheme()
    rows = []
    for g in gold:
        inst = classify_measure(g["text"], scheme=scheme)
        rows.append(
            {
                **g,
                "pred_type": inst.type,
                "pred_subtype": inst.subtype,
                "evidence": inst.evidence,
            }
        )
    return pd.DataFrame(
        rows,
        columns=["doc", "text", "type", "subtype", "pred_type", "pred_subtype", "evidence"],
    )


def score_instruments(
    gold_dir: PathLike,
    *,
    split: str | None = None,
    scheme: Scheme | None = None,
    by_doc: bool = False,
) -> pd.DataFrame:
    """Type and subtype accuracy of :func:`classify_measure` on the gold measures' texts.

    Each gold measure's ``text`` is classified on its own (no measure detection), so this
    scores the instrument classifier alone; ``policytext evaluate measures`` scores it after
    detection.

    Parameters
    ----------
    gold_dir
        A folder of gold ``*.json`` files (GUIDELINES.md section 3).
    split
        ``dev``, ``test``, ``all`` or ``None`` (all files).
    scheme
        The scheme (default: the Rothwell–Zegveld scheme).
    by_doc
        Add one row per document before the ``ALL`` row.

    Returns
    -------
    pandas.DataFrame
        Columns ``doc``, ``n``, ``type_accuracy``, ``subtype_accuracy``; the last row is
        ``ALL`` (micro-averaged).

    Examples
    --------
    >>> import json, tempfile, pathlib
    >>> gold = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (gold / "a.json").write_text(json.dumps({"file": "a.txt", "measures": [
    ...     {"text": "设立产业投资基金。", "instrument": "environment", "subtype": "金融支持"},
    ...     {"text": "建设数据中心。", "instrument": "supply", "subtype": "公共服务"}]}),
    ...     encoding="utf-8")
    >>> score_instruments(gold).to_dict("records")
    [{'doc': 'ALL', 'n': 2, 'type_accuracy': 1.0, 'subtype_accuracy': 0.5}]
    """
    import pandas as pd

    pred = _predict(gold_measures(gold_dir, split=split), scheme)
    cols = ["doc", "n", "type_accuracy", "subtype_accuracy"]

    def row(doc: str, df: pd.DataFrame) -> dict[str, Any]:
        n = len(df)
        return {
            "doc": doc,
            "n": n,
            "type_accuracy": float((df["type"] == df["pred_type"]).mean()) if n else 0.0,
            "subtype_accuracy": float((df["subtype"] == df["pred_subtype"]).mean()) if n else 0.0,
        }

    rows = [row(str(doc), df) for doc, df in pred.groupby("doc", sort=True)] if by_doc else []
    rows.append(row("ALL", pred))
    return pd.DataFrame(rows, columns=cols)


def instrument_confusion(
    gold_dir: PathLike,
    *,
    split: str | None = None,
    scheme: Scheme | None = None,
    level: str = "type",
) -> pd.DataFrame:
    """Confusion table of gold (rows) vs predicted (columns) instrument ``type`` or ``subtype``.

    Examples
    --------
    >>> import json, tempfile, pathlib
    >>> gold = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (gold / "a.json").write_text(json.dumps({"file": "a.txt", "measures": [
    ...     {"text": "建设数据中心。", "instrument": "supply", "subtype": "公共服务"}]}),
    ...     encoding="utf-8")
    >>> instrument_confusion(gold, level="subtype").to_dict()
    {'基础设施': {'公共服务': 1}}
    """
    import pandas as pd

    if level not in ("type", "subtype"):
        raise ValueError(f"level must be 'type' or 'subtype', not {level!r}")
    pred = _predict(gold_measures(gold_dir, split=split), scheme)
    return pd.crosstab(
        pred[level].rename("gold"), pred[f"pred_{level}"].rename("predicted")
    ).rename_axis(index=None, columns=None)
