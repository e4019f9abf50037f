"""Evaluation harness: score analysed records against gold annotations.

Scoring follows the project's annotation guidelines (``GUIDELINES.md`` section 6, the scoring
contract): per document and label, the multiset of predicted entity surfaces (whitespace
removed, NFKC-normalised) is compared with the gold multiset; TP is the multiset intersection,
precision = TP / predicted, recall = TP / gold, micro-averaged over documents. Partial credit —
a predicted surface containing or contained in a gold surface of the same label — is reported
beside the exact scores, never instead of them. Gold is matched to a record by file name, so a
record on repaired text (the seed's pages are out of order) is scored against gold on the raw
file: surfaces, not offsets, are compared.

Examples
--------
>>> import json, tempfile, pathlib
>>> gold = pathlib.Path(tempfile.mkdtemp())
>>> _ = (gold / "a.json").write_text(json.dumps({"file": "a.txt", "entities": [
...     [0, 3, "ORG", "省委"], [3, 6, "GPE", "河南省"]]}), encoding="utf-8")
>>> rec = {"id": "a", "source": "a.txt", "entities": [
...     {"label": "ORG", "text": "省委"}, {"label": "GPE", "text": "河南"}]}
>>> df = score_entities([rec], gold).set_index("label")
>>> df.loc[["ORG", "GPE", "ALL"], ["tp", "f1", "partial_f1"]].to_dict("index")
{'ORG': {'tp': 1, 'f1': 1.0, 'partial_f1': 1.0}, 'GPE': {'tp': 0, 'f1': 0.0, 'partial_f1': 1.0}, 'ALL': {'tp': 1, 'f1': 0.5, 'partial_f1': 1.0}}
"""

from __future__ import annotations

import json
import os
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .entities import ENTITY_LABELS

if TYPE_CHECKING:
    import pandas as pd
    from spacy.language import Language

__all__ = [
    "SPLITS",
    "evaluate_entities",
    "evaluate_measures",
    "evaluate_network",
    "gold_files",
    "normalize_surface",
    "score_entities",
    "score_measures",
    "score_network",
]

PathLike = str | os.PathLike[str]

# The development/test split of the shared gold set (GUIDELINES.md §6 "Split": tune on the
# seed, 01, 06 and 10; keep 09, 11 and 12 as the test split and never look at their errors).
# Entries are file-stem prefixes. Other gold folders (e.g. corpora/demo/gold) use "all".
SPLITS: dict[str, tuple[str, ...]] = {
    "dev": ("000_c93ac4ef4cd0a078", "01_", "06_", "10_"),
    "test": ("09_", "11_", "12_"),
}

_COLUMNS = [
    "label",
    "tp",
    "predicted",
    "gold",
    "precision",
    "recall",
    "f1",
    "partial_precision",
    "partial_recall",
    "partial_f1",
]


def normalize_surface(text: str) -> str:
    """NFKC-normalise and remove all whitespace (the scoring contract's surface form).

    >>> normalize_surface("第 1320477 号（２０２４）")
    '第1320477号(2024)'
    """
    return "".join(unicodedata.normalize("NFKC", text).split())


def _in_split(stem: str, split: str) -> bool:
    if split == "all":
        return True
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}: choose dev, test or all")
    return stem.startswith(SPLITS[split])


def gold_files(gold_dir: PathLike, split: str = "all") -> list[Path]:
    """The gold ``*.json`` files of ``gold_dir`` in ``split`` (``dev``, ``test`` or ``all``)."""
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise FileNotFoundError(f"gold folder not found: {folder}")
    return [p for p in sorted(folder.glob("*.json")) if _in_split(p.stem, split)]


def _gold_key(data: Mapping[str, Any], path: Path) -> str:
    return Path(str(data.get("file") or path.name)).stem


def _record_keys(rec: Any) -> list[str]:
    get = rec.get if isinstance(rec, Mapping) else lambda k, d=None: getattr(rec, k, d)
    keys = []
    for value in (get("source"), get("id")):
        if value:
            keys.append(Path(str(value).split("#", 1)[0]).stem)
    return keys


def _record_entities(rec: Any) -> list[Mapping[str, Any]]:
    ents = rec.get("entities") if isinstance(rec, Mapping) else getattr(rec, "entities", None)
    return list(ents or [])


def _surfaces(items: Iterable[tuple[str, str]], labels: Sequence[str]) -> dict[str, Counter[str]]:
    out: dict[str, Counter[str]] = {lab: Counter() for lab in labels}
    for label, text in items:
        if label in out:
            out[label][normalize_surface(text)] += 1
    return out


def _partial_hits(a: Counter[str], b: Counter[str]) -> int:
    """How many items of multiset ``a`` contain or are contained in some item of ``b``."""
    return sum(n for s, n in a.items() if any(s in g or g in s for g in b))


def _counts(pred: Counter[str], gold: Counter[str]) -> dict[str, int]:
    return {
        "tp": sum((pred & gold).values()),
        "predicted": sum(pred.values()),
        "gold": sum(gold.values()),
        "ptp_pred": _partial_hits(pred, gold),
        "ptp_gold": _partial_hits(gold, pred),
    }


def _prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 4), round(r, 4), round(f, 4)


def _row(label: str, c: Mapping[str, int]) -> dict[str, Any]:
    p, r, f = _prf(c["tp"], c["predicted"], c["gold"])
    pp = c["ptp_pred"] / c["predicted"] if c["predicted"] else 0.0
    pr = c["ptp_gold"] / c["gold"] if c["gold"] else 0.0
    pf = 2 * pp * pr / (pp + pr) if pp + pr else 0.0
    return {
        "label": label,
        "tp": c["tp"],
        "predicted": c["predicted"],
        "gold": c["gold"],
        "precision": p,
        "recall": r,
        "f1": f,
        "partial_precision": round(pp, 4),
        "partial_recall": round(pr, 4),
        "partial_f1": round(pf, 4),
    }


def score_entities(
    records: Iterable[Any],
    gold_dir: PathLike,
    *,
    split: str = "all",
    by_doc: bool = False,
    labels: Sequence[str] = ENTITY_LABELS,
) -> pd.DataFrame:
    """Score the entities of analysed records against the gold files in ``gold_dir``.

    Parameters
    ----------
    records
        :class:`policytext.Record` objects or their dicts (``read_records`` output works);
        a record matches a gold file when the stem of its ``source`` (or ``id``) equals the
        stem of the gold file's ``file``.
    gold_dir
        A folder of gold ``*.json`` files (``{"file", "entities": [[s, e, LABEL, surface]…]}``).
    split
        ``dev``, ``test`` (see :data:`SPLITS`) or ``all``.
    by_doc
        Add a ``doc`` column with one block of rows per document (totals under ``ALL``).
    labels
        The labels to score, in row order; an ``ALL`` row micro-averages over them.

    Returns
    -------
    pandas.DataFrame
        One row per label (and document): ``tp predicted gold precision recall f1`` and the
        ``partial_*`` scores beside them. Gold files without a record are not scored.
    """
    import pandas as pd

    by_key: dict[str, Any] = {}
    for rec in records:
        for k in _record_keys(rec):
            by_key.setdefault(k, rec)
    totals = {lab: Counter[str]() for lab in labels}
    rows: list[dict[str, Any]] = []
    for path in gold_files(gold_dir, split):
        data = json.loads(path.read_text(encoding="utf-8"))
        key = _gold_key(data, path)
        rec = by_key.get(key)
        if rec is None:
            continue
        gold = _surfaces(((e[2], e[3]) for e in data.get("entities", [])), labels)
        pred = _surfaces(((e["label"], e["text"]) for e in _record_entities(rec)), labels)
        doc_total: Counter[str] = Counter()
        for lab in labels:
            c = _counts(pred[lab], gold[lab])
            totals[lab].update(c)
            doc_total.update(c)
            if by_doc:
                rows.append({"doc": key, **_row(lab, c)})
        if by_doc:
            rows.append({"doc": key, **_row("ALL", doc_total)})
    all_total: Counter[str] = Counter()
    for lab in labels:
        all_total.update(totals[lab])
        row = _row(lab, _full(totals[lab]))
        rows.append({"doc": "ALL", **row} if by_doc else row)
    row = _row("ALL", _full(all_total))
    rows.append({"doc": "ALL", **row} if by_doc else row)
    columns = (["doc"] if by_doc else []) + _COLUMNS
    return pd.DataFrame(rows, columns=columns)


def _full(c: Counter[str]) -> dict[str, int]:
    return {k: c.get(k, 0) for k in ("tp", "predicted", "gold", "ptp_pred", "ptp_gold")}


def find_documents(
    gold_dir: PathLike, docs_dirs: Sequence[PathLike], split: str = "all"
) -> list[Path]:
    """The document of every gold file (by file name) in the ``docs_dirs`` folders.

    Raises ``FileNotFoundError`` naming the gold files whose document is in none of them.
    """
    folders = [Path(d) for d in docs_dirs]
    found: list[Path] = []
    missing: list[str] = []
    for path in gold_files(gold_dir, split):
        data = json.loads(path.read_text(encoding="utf-8"))
        name = Path(str(data.get("file") or path.with_suffix(".txt").name)).name
        hit = next((f / name for f in folders if (f / name).is_file()), None)
        if hit is None:
            missing.append(name)
        else:
            found.append(hit)
    if missing:
        where = ", ".join(str(f) for f in folders) or "(no --docs folder given)"
        raise FileNotFoundError(
            f"no document for gold file(s) {', '.join(missing)} in {where}; pass the folder(s)"
            " holding them with --docs DIR (repeatable)"
        )
    return found


def _analyse_gold_documents(
    gold_dir: PathLike,
    docs_dirs: PathLike | Sequence[PathLike],
    nlp: Language | None,
    split: str,
) -> Any:
    """Analyse the documents of the gold files (found by file name in ``docs_dirs``)."""
    from .analysis import analyze

    if isinstance(docs_dirs, str | os.PathLike):
        docs_dirs = [docs_dirs]
    return analyze(find_documents(gold_dir, docs_dirs, split), nlp=nlp, progress=False)


def evaluate_entities(
    gold_dir: PathLike,
    docs_dirs: PathLike | Sequence[PathLike],
    *,
    nlp: Language | None = None,
    split: str = "all",
    by_doc: bool = False,
) -> pd.DataFrame:
    """Analyse the documents of the gold files (found by file name) and score their entities.

    ``docs_dirs`` is one folder or several; the documents go through the full
    :func:`policytext.analysis` pipeline (``nlp`` defaults to :func:`policytext.load`).
    """
    result = _analyse_gold_documents(gold_dir, docs_dirs, nlp, split)
    return score_entities(result.records, gold_dir, split=split, by_doc=by_doc)


# --------------------------------------------------------------------------- measures

_MEASURE_TABLES = ("summary", "detection", "instruments", "leads", "themes")


def _rec_get(rec: Any, key: str, default: Any = None) -> Any:
    return rec.get(key, default) if isinstance(rec, Mapping) else getattr(rec, key, default)


def _norm_index(text: str) -> tuple[str, list[int]]:
    """``text`` NFKC-normalised without whitespace, and the index in ``text`` of each char."""
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        for c in unicodedata.normalize("NFKC", ch):
            if not c.isspace():
                chars.append(c)
                index.append(i)
    return "".join(chars), index


class _Locator:
    """Find raw-text sentences in a record's (normalised, possibly re-ordered) text."""

    def __init__(self, text: str) -> None:
        self.norm, self.index = _norm_index(text)
        self.text_len = len(text)
        self.cursor = 0

    def find(self, surface: str) -> tuple[int, int] | None:
        key = normalize_surface(surface)
        if not key:
            return None
        pos = self.norm.find(key, self.cursor)
        if pos < 0:
            pos = self.norm.find(key)
        if pos < 0:
            return None
        self.cursor = pos + len(key)
        return self.index[pos], self.index[pos + len(key) - 1] + 1


def half_covered(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the union of ``spans`` covers at least half of ``[start, end)``: how the
    scoring contract (GUIDELINES.md section 6) counts a sentence as a measure."""
    marks = bytearray(max(end - start, 0))
    for a, b in spans:
        for i in range(max(a, start), min(b, end)):
            marks[i - start] = 1
    return 2 * sum(marks) >= end - start


def scored_sentences(
    raw: str,
    text: str,
    gold_spans: Sequence[tuple[int, int]],
    pred_spans: Sequence[tuple[int, int]],
) -> Iterator[tuple[str, bool, bool] | None]:
    """The sentences of ``raw`` as measure detection scores them: ``(sentence, is_gold,
    is_predicted)``, gold spans read in ``raw`` and predicted ones in the record's ``text``;
    ``None`` for a sentence that cannot be located in ``text`` (skipped on both sides)."""
    from .structure import sentence_spans

    loc = _Locator(text)
    for sent in sentence_spans(raw):
        where = loc.find(sent.text)
        if where is None:
            yield None
            continue
        is_gold = half_covered(gold_spans, sent.start, sent.end)
        yield sent.text, is_gold, half_covered(pred_spans, *where)


def _raw_text(rec: Any, gold: Mapping[str, Any], gold_path: Path) -> str:
    """The raw text gold offsets refer to: the record's source file as read, else its text."""
    from .io import ReadError, read_document

    source = str(_rec_get(rec, "source") or "").split("#", 1)[0]
    if source and Path(source).is_file():
        try:
            return read_document(source).text
        except (ReadError, OSError, ValueError):
            pass
    return str(_rec_get(rec, "text") or "")


def _lead_match(pred: Mapping[str, Any], gold: str) -> bool:
    for value in (pred.get("text"), pred.get("canonical")):
        if value:
            v = normalize_surface(str(value))
            if v and (v == gold or v in gold or gold in v):
                return True
    return False


def _detected(
    gold_measures: Iterable[Mapping[str, Any]],
    raw: str,
    text: str,
    spans: Sequence[tuple[int, int]],
) -> Iterator[tuple[Mapping[str, Any], int, int]]:
    """Gold measures found in the record's ``text`` and covered at least half by ``spans``,
    with their ``(start, end)`` there (GUIDELINES.md section 6: the detected gold measures)."""
    loc = _Locator(text)
    for gm in gold_measures:
        surface = raw[int(gm["start"]) : int(gm["end"])] or str(gm.get("text", ""))
        where = loc.find(surface)
        if where is None:
            continue
        a, b = where
        if half_covered(spans, a, b):
            yield gm, a, b


def _measure_doc(rec: Any, data: Mapping[str, Any], path: Path) -> dict[str, Any]:

    raw = _raw_text(rec, data, path)
    text = str(_rec_get(rec, "text") or "")
    measures = list(_rec_get(rec, "measures", []) or [])
    pred_spans = [(int(m["start"]), int(m["end"])) for m in measures]
    gold_measures = list(data.get("measures", []) or [])
    gold_spans = [(int(m["start"]), int(m["end"])) for m in gold_measures]
    c: Counter[str] = Counter()
    for scored in scored_sentences(raw, text, gold_spans, pred_spans):
        if scored is None:
            c["skipped"] += 1
            continue
        _, is_gold, is_pred = scored
        c["tp"] += is_gold and is_pred
        c["gold"] += is_gold
        c["predicted"] += is_pred
    # instruments and leads over detected gold measures
    themes: list[tuple[str, str]] = []
    for gm, a, b in _detected(gold_measures, raw, text, pred_spans):
        c["detected"] += 1
        overlapping = [
            (min(b, int(m["end"])) - max(a, int(m["start"])), k)
            for k, m in enumerate(measures)
            if int(m["start"]) < b and a < int(m["end"])
        ]
        best = measures[max(overlapping)[1]] if overlapping else {}
        inst = best.get("instrument") or {}
        c["type_correct"] += inst.get("type") == gm.get("instrument")
        c["subtype_correct"] += inst.get("subtype") == gm.get("subtype")
        if best.get("theme") is not None and gm.get("theme"):
            themes.append((str(gm["theme"]), str(best["theme"])))
        gold_leads = [
            normalize_surface(str(x["text"]))
            for x in gm.get("actors", [])
            if x.get("role") == "lead"
        ]
        preds: dict[str, Mapping[str, Any]] = {}
        for _, k in overlapping:
            for actor in measures[k].get("actors", []):
                if actor.get("role") == "lead" and not actor.get("implied"):
                    key = normalize_surface(str(actor.get("canonical") or actor.get("text")))
                    preds.setdefault(key, actor)
        unmatched = list(dict.fromkeys(gold_leads))
        c["lead_gold"] += len(unmatched)
        c["lead_predicted"] += len(preds)
        for actor in preds.values():
            hit = next((g for g in unmatched if _lead_match(actor, g)), None)
            if hit is not None:
                unmatched.remove(hit)
                c["lead_tp"] += 1
    return {"counts": c, "themes": themes}


def score_measures(
    records: Iterable[Any],
    gold_dir: PathLike,
    *,
    split: str | None = None,
    by_doc: bool = False,
) -> dict[str, pd.DataFrame]:
    """Score the measures of analysed records against gold (GUIDELINES.md §6).

    - **detection**: the raw text (the record's source file) is split into sentences at
      。！？； and line ends; each is located in the record's ``text`` (whitespace-free NFKC
      match; unlocatable sentences are skipped on both sides); a sentence is predicted when
      measure spans cover at least half its characters and gold when gold measure spans do.
    - **instruments**: type and subtype accuracy over detected gold measures (the predicted
      measure with the largest overlap supplies the label).
    - **leads**: gold ``lead`` surfaces vs predicted non-implied ``lead`` actors of the
      overlapping predicted measures; an actor matches when its text or canonical name equals,
      contains or is contained in the gold surface. Micro P/R/F1 over (measure, actor) pairs.
    - **themes**: NMI and ARI of gold vs predicted themes of detected measures (when
      predicted themes exist).

    Returns
    -------
    dict of DataFrame
        ``summary`` (one row per document with ``by_doc``, and ``ALL``), ``detection``,
        ``instruments``, ``leads``, ``themes``.
    """
    import pandas as pd

    by_key: dict[str, Any] = {}
    for rec in records:
        for k in _record_keys(rec):
            by_key.setdefault(k, rec)
    per_doc: list[tuple[str, Counter[str]]] = []
    themes: list[tuple[str, str]] = []
    for path in gold_files(gold_dir, split or "all"):
        data = json.loads(path.read_text(encoding="utf-8"))
        key = _gold_key(data, path)
        rec = by_key.get(key)
        if rec is None:
            continue
        result = _measure_doc(rec, data, path)
        per_doc.append((key, result["counts"]))
        themes.extend(result["themes"])
    total: Counter[str] = Counter()
    for _, c in per_doc:
        total.update(c)
    rows = ([(k, c) for k, c in per_doc] if by_doc else []) + [("ALL", total)]

    def acc(n: int, d: int) -> float:
        return round(n / d, 4) if d else 0.0

    detection, instruments, leads, summary = [], [], [], []
    for doc, c in rows:
        p, r, f = _prf(c["tp"], c["predicted"], c["gold"])
        lp, lr, lf = _prf(c["lead_tp"], c["lead_predicted"], c["lead_gold"])
        detection.append(
            {
                "doc": doc,
                "tp": c["tp"],
                "predicted": c["predicted"],
                "gold": c["gold"],
                "precision": p,
                "recall": r,
                "f1": f,
                "skipped": c["skipped"],
            }
        )
        instruments.append(
            {
                "doc": doc,
                "detected": c["detected"],
                "type_accuracy": acc(c["type_correct"], c["detected"]),
                "subtype_accuracy": acc(c["subtype_correct"], c["detected"]),
            }
        )
        leads.append(
            {
                "doc": doc,
                "tp": c["lead_tp"],
                "predicted": c["lead_predicted"],
                "gold": c["lead_gold"],
                "precision": lp,
                "recall": lr,
                "f1": lf,
            }
        )
        summary.append(
            {
                "doc": doc,
                "detection_p": p,
                "detection_r": r,
                "detection_f1": f,
                "type_acc": acc(c["type_correct"], c["detected"]),
                "subtype_acc": acc(c["subtype_correct"], c["detected"]),
                "lead_p": lp,
                "lead_r": lr,
                "lead_f1": lf,
            }
        )
    theme_rows = []
    if themes:
        from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

        g, pr = zip(*themes, strict=True)
        theme_rows.append(
            {
                "doc": "ALL",
                "n": len(themes),
                "nmi": round(float(normalized_mutual_info_score(g, pr)), 4),
                "ari": round(float(adjusted_rand_score(g, pr)), 4),
            }
        )
    return {
        "summary": pd.DataFrame(summary),
        "detection": pd.DataFrame(detection),
        "instruments": pd.DataFrame(instruments),
        "leads": pd.DataFrame(leads),
        "themes": pd.DataFrame(theme_rows, columns=["doc", "n", "nmi", "ari"]),
    }


def evaluate_measures(
    gold_dir: PathLike,
    docs_dirs: PathLike | Sequence[PathLike],
    *,
    nlp: Language | None = None,
    split: str = "all",
    by_doc: bool = False,
    themes: bool = True,
    random_state: int = 0,
) -> dict[str, pd.DataFrame]:
    """Analyse the documents of the gold files (found by file name) and score their measures.

    With ``themes`` (default) a :class:`~policytext.themes.ThemeModel` (``random_state``) is
    fitted on the predicted measures of these documents, so theme agreement (NMI, ARI) with
    the gold themes is reported too.
    """
    result = _analyse_gold_documents(gold_dir, docs_dirs, nlp, split)
    n_measures = sum(len(r.measures) for r in result.records)
    if themes and n_measures >= 8:
        from .themes import ThemeModel, assign_themes

        model = ThemeModel(n_themes=min(12, n_measures // 4), random_state=random_state)
        assign_themes(result.records, model.fit(result.records))
    return score_measures(result.records, gold_dir, split=split, by_doc=by_doc)


# --------------------------------------------------------------------------- network


def _network_doc(G: Any, rec: Any, data: Mapping[str, Any], path: Path) -> Counter[str]:
    """Lead-edge counts of one document (see :func:`score_network`)."""
    doc = str(_rec_get(rec, "id"))
    raw = _raw_text(rec, data, path)
    text = str(_rec_get(rec, "text") or "")
    measures = [
        (int(d["char_start"]), int(d["char_end"]), n)
        for n, d in G.nodes(data=True)
        if d.get("node_type") == "measure" and d.get("document") == doc
    ]
    spans = [(a, b) for a, b, _ in measures]
    c: Counter[str] = Counter()
    for gm, a, b in _detected(data.get("measures", []) or [], raw, text, spans):
        c["detected"] += 1
        edges: dict[str, dict[str, Any]] = {}
        for s, e, node in measures:
            if not (s < b and a < e):
                continue
            for actor, _, d in G.in_edges(node, data=True):
                if d.get("relation") == "involves" and d.get("role") == "lead":
                    if not d.get("implied"):
                        names = [G.nodes[actor].get("label"), *(d.get("mentions") or [])]
                        edges.setdefault(actor, {"names": []})["names"].extend(names)
        gold = list(
            dict.fromkeys(
                normalize_surface(str(x["text"]))
                for x in gm.get("actors", [])
                if x.get("role") == "lead"
            )
        )
        c["gold"] += len(gold)
        c["predicted"] += len(edges)
        for found in edges.values():
            hit = next(
                (g for g in gold if any(_lead_match({"text": n}, g) for n in found["names"] if n)),
                None,
            )
            if hit is not None:
                gold.remove(hit)
                c["tp"] += 1
    return c


def score_network(
    records: Iterable[Any],
    gold_dir: PathLike,
    *,
    split: str = "all",
    by_doc: bool = False,
    graph: Any = None,
) -> pd.DataFrame:
    """Lead-edge precision, recall and F1 of the organisation–measure network against gold.

    A lead edge is a (measure, canonical lead actor) pair: an ``involves`` edge with role
    ``lead`` that is not ``implied`` (:func:`policytext.network.build_network`). Matching
    follows the scoring contract (GUIDELINES.md §6 "Lead actors"): for each detected gold
    measure (located in the record text; measure nodes cover at least half of it), the gold
    ``lead`` surfaces (de-duplicated) are compared with the distinct lead actors of the
    overlapping measure nodes; an actor matches a gold surface when its canonical name or
    one of the mentions on its edge equals, contains or is contained in it (whitespace removed,
    NFKC). Each gold surface is matched once; an actor leading several overlapping measures
    counts once. Micro P/R/F1 over documents.

    Parameters
    ----------
    records
        Analysed records (``read_records`` output or :class:`policytext.Record`).
    gold_dir
        A folder of gold ``*.json`` files (GUIDELINES.md §3).
    split, by_doc
        As for :func:`score_measures`.
    graph
        The network of these records (built with :func:`build_network` when omitted).

    Returns
    -------
    pandas.DataFrame
        ``doc tp predicted gold precision recall f1 detected`` (``ALL`` last).

    Examples
    --------
    >>> import json, tempfile, pathlib
    >>> gold = pathlib.Path(tempfile.mkdtemp())
    >>> text = "省科技厅负责建设平台。"
    >>> _ = (gold / "a.json").write_text(json.dumps({"file": "a.txt", "measures": [
    ...     {"start": 0, "end": 11, "actors": [{"text": "省科技厅", "role": "lead"}]}]}))
    >>> rec = {"id": "a", "source": "a.txt", "text": text, "meta": {}, "measures": [
    ...     {"start": 0, "end": 11, "text": text, "actors": [{"text": "省科技厅", "canonical":
    ...      "河南省科学技术厅", "id": "ORG:1", "label": "ORG", "role": "lead", "start": 0, "end": 4}]}]}
    >>> score_network([rec], gold)[["doc", "tp", "predicted", "gold", "f1"]].values.tolist()
    [['ALL', 1, 1, 1, 1.0]]
    """
    import pandas as pd

    records = list(records)
    if graph is None:
        from .network import build_network

        graph = build_network(records)
    by_key: dict[str, Any] = {}
    for rec in records:
        for k in _record_keys(rec):
            by_key.setdefault(k, rec)
    rows: list[dict[str, Any]] = []
    total: Counter[str] = Counter()
    for path in gold_files(gold_dir, split):
        data = json.loads(path.read_text(encoding="utf-8"))
        key = _gold_key(data, path)
        rec = by_key.get(key)
        if rec is None:
            continue
        c = _network_doc(graph, rec, data, path)
        total.update(c)
        if by_doc:
            rows.append(_lead_row(key, c))
    rows.append(_lead_row("ALL", total))
    return pd.DataFrame(rows)


def _lead_row(doc: str, c: Mapping[str, int]) -> dict[str, Any]:
    p, r, f = _prf(c.get("tp", 0), c.get("predicted", 0), c.get("gold", 0))
    return {
        "doc": doc,
        "tp": c.get("tp", 0),
        "predicted": c.get("predicted", 0),
        "gold": c.get("gold", 0),
        "precision": p,
        "recall": r,
        "f1": f,
        "detected": c.get("detected", 0),
    }


def evaluate_network(
    gold_dir: PathLike,
    docs_dirs: PathLike | Sequence[PathLike],
    *,
    nlp: Language | None = None,
    split: str = "all",
    by_doc: bool = False,
) -> pd.DataFrame:
    """Analyse the documents of the gold files, build their network and score its lead edges
    (:func:`score_network`)."""
    result = _analyse_gold_documents(gold_dir, docs_dirs, nlp, split)
    return score_network(result.records, gold_dir, split=split, by_doc=by_doc)
