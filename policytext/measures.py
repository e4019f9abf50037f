"""Policy measures: which sentences state an action, who acts, who is acted on, and how much.

Pure functions over a document's text, its :class:`~policytext.structure.DocumentStructure`,
its entities and actor groups (``Mention`` objects or record dicts) and its ``meta``. One
measure per sentence that states a concrete policy action, commitment, instrument or target
(GUIDELINES.md §2); background, praise, salutations, thanks, header and contact lines and
topic-only headings are not measures.

Each measure carries its place in the structure (``path``: section markers, then the inline
enumeration, e.g. ``下一步 › 一是`` or ``三、 › （二）``), its action ``verbs``, a ``status``
(``done`` for reported achievements, ``planned`` for plans), its ``actors`` with a ``role``
(``lead`` / ``participate`` / ``target``), the ``programs`` it names and its ``quantities``.
Role rules (GUIDELINES §4):

- ``lead``: X牵头 / X负责 / 由X… / the subject who acts / the units of a 牵头单位 note / the first
  unit of a 责任单位 note; an explicit 牵头 beats 支持 (支持X牵头组建 → X leads); generic
  subjects no recogniser found are found by pattern (电网企业、市场运营机构要… / 有条件的地方可…
  / …，各电网企业同步…), each listed actor leading; a target verb's object is no subject;
- a subject carries to the later sentences of its paragraph only when it announces a plan
  (X将…); a duty (X要/应…) binds its own sentence; a ；-chain carries named bodies only;
- ``participate``: X配合 / X参与 / 成员单位 / 依托X / 发挥X作用 / the further units of a 责任单位
  note and the units of a 配合单位 note; in X应配合Y… / X协助Y… Y leads (X协同配合Y…: X leads);
- acting classes (供电企业, 地方能源（电力）主管部门, ``[agent_heads]``) lead with any action verb or
  manner adverb after them; a subject list may hold a named body (国家能源局及其派出机构、各省级
  主管部门和供电企业应…), each part leading;
- ``target``: the object of 支持 鼓励 引导 培育 指导 督促 组织 推动 …, the beneficiary of
  为X提供 / 对X给予 …;
- a note (（责任单位：…）) applies to every measure of its own item (the innermost numbered section
  holding it, its heading included), not to the headings above;
- self references (我区 我省 我局) resolve to the issuer or its region
  (:func:`policytext.aliases.resolve_reference`);
- a measure without a lead gets the issuing body as lead with ``implied: true``.

The word lists live in ``policytext/data/measure_*.txt``; pass extra files to
:func:`load_measure_lexicons` to extend them.

Examples
--------
>>> from policytext.structure import parse_structure
>>> text = "一、总体要求\\n（一）加强创新。支持骨干企业建设平台。（责任单位：省科技厅、省财政厅）"
>>> ms = find_measures(text, parse_structure(text), [
...     {"start": 31, "end": 35, "label": "ORG", "text": "省科技厅"},
...     {"start": 36, "end": 40, "label": "ORG", "text": "省财政厅"}],
...     [{"start": 17, "end": 21, "label": "ACTOR_GROUP", "text": "骨干企业"}], {})
>>> [(m["text"], m["path"]) for m in ms]
[('（一）加强创新。', '一、 › （一）'), ('支持骨干企业建设平台。', '一、 › （一）')]
>>> [(a["text"], a["role"]) for a in ms[1]["actors"]]
[('骨干企业', 'target'), ('省科技厅', 'lead'), ('省财政厅', 'participate')]
>>> find_quantities("培育龙头企业5家，给予500万元奖励")[1]
{'text': '500万元', 'value': 500, 'unit': '万元', 'start': 11, 'end': 16}
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from .lexicons import PathLike, data_path
from .measure_model import ADD_ABOVE, DROP_BELOW
from .normalization import fold_punctuation
from .numerals import chinese_int

__all__ = [
    "ACTOR_LABELS",
    "MeasureLexicons",
    "default_measure_files",
    "find_measures",
    "find_notes",
    "find_quantities",
    "is_measure",
    "load_measure_lexicons",
    "measure_status",
]

# Entity labels that can act in a measure (PROGRAM and PERSON cannot).
ACTOR_LABELS = ("ORG", "FIRM", "GPE", "ACTOR_GROUP")
SELF_LABEL = "ORG"

_MEASURE_FILES = (
    "measure_verbs.txt",
    "measure_nonmeasures.txt",
    "measure_roles.txt",
    "measure_status.txt",
)
# sections whose lines are single literal strings (may not be split at spaces) or regexes
_LINE_SECTIONS = frozenset(
    {
        "contains",
        "starts",
        "topic_headings",
        "regex",
        "planned_regex",
        "done_regex",
        "preamble_regex",
    }
)


# --------------------------------------------------------------------------- lexicons


@dataclass(frozen=True)
class MeasureLexicons:
    """The measure word lists, by section name (see ``data/measure_*.txt``)."""

    sections: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def __getitem__(self, name: str) -> tuple[str, ...]:
        return self.sections.get(name, ())

    def __hash__(self) -> int:
        # the lexicons key lru caches on every sentence: hash the sections once
        cached = self.__dict__.get("_hash")
        if cached is None:
            cached = hash(tuple(sorted((k, v) for k, v in self.sections.items())))
            object.__setattr__(self, "_hash", cached)
        return int(cached)

    def regex(self, name: str) -> re.Pattern[str]:
        """Alternation of the section's words, longest first (never matches when empty)."""
        return _alternation(self, name)

    def patterns(self, name: str) -> tuple[re.Pattern[str], ...]:
        """The section's entries compiled as regular expressions."""
        return _compiled(self, name)


@lru_cache(maxsize=64)
def _alternation(lex: MeasureLexicons, name: str) -> re.Pattern[str]:
    words = sorted(set(lex[name]), key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words) or "(?!)")


class _Searcher(Protocol):
    def search(self, string: str) -> re.Match[str] | None: ...


@lru_cache(maxsize=64)
def _any_of(lex: MeasureLexicons, name: str) -> _Searcher:
    """One pattern matching where any of the section's regular expressions matches (one
    search instead of one per entry); the entries are tried one by one when they cannot be
    joined (group references, inline flags)."""
    patterns = _compiled(lex, name)
    if not any(_GROUP_REFERENCE.search(p.pattern) for p in patterns):
        try:
            return re.compile("|".join(f"(?:{p.pattern})" for p in patterns) or "(?!)")
        except re.error:
            pass
    return _AnyOf(patterns)


_GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


class _AnyOf:
    """``search`` over several patterns, the first match wins."""

    def __init__(self, patterns: tuple[re.Pattern[str], ...]) -> None:
        self.patterns = patterns

    def search(self, string: str) -> re.Match[str] | None:
        for rx in self.patterns:
            m = rx.search(string)
            if m:
                return m
        return None


@lru_cache(maxsize=64)
def _compiled(lex: MeasureLexicons, name: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in lex[name])


def _parse(text: str, source: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    current: str | None = None
    for lineno, raw in enumerate(text.splitlines(), 1):
        if raw.lstrip().startswith("#"):
            continue
        line = raw if current is not None and current.endswith("regex") else raw.split("#")[0]
        line = line.strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]") and " " not in line:
            current = line[1:-1]
            out.setdefault(current, [])
            continue
        if current is None:
            raise ValueError(f"{source}:{lineno}: entry before any [section] header")
        if current in _LINE_SECTIONS:
            entry = line if "regex" in current else "".join(line.split())
            if "regex" in current:
                try:
                    re.compile(entry)
                except re.error as exc:
                    raise ValueError(f"{source}:{lineno}: bad regular expression: {exc}") from exc
            out[current].append(entry)
        else:
            out[current].extend(line.split())
    return out


def default_measure_files() -> list[Path]:
    """The bundled ``data/measure_*.txt`` files."""
    return [data_path(name) for name in _MEASURE_FILES]


def load_measure_lexicons(*paths: PathLike, replace: bool = False) -> MeasureLexicons:
    """The measure lexicons, extended by (or, with ``replace``, replaced with) ``paths``.

    Files use the ``[section]`` format of ``policytext/data/measure_*.txt``.

    >>> lex = load_measure_lexicons()
    >>> "培育" in lex["action_verbs"], "牵头单位" in lex["note_lead"]
    (True, True)
    """
    if not paths and not replace:
        return _default_lexicons()
    files = ([] if replace else default_measure_files()) + [Path(p) for p in paths]
    merged: dict[str, list[str]] = {}
    for path in files:
        for name, entries in _parse(path.read_text(encoding="utf-8-sig"), str(path)).items():
            merged.setdefault(name, []).extend(entries)
    return MeasureLexicons({k: tuple(dict.fromkeys(v)) for k, v in merged.items()})


@lru_cache(maxsize=1)
def _default_lexicons() -> MeasureLexicons:
    merged: dict[str, list[str]] = {}
    for path in default_measure_files():
        for name, entries in _parse(path.read_text(encoding="utf-8-sig"), str(path)).items():
            merged.setdefault(name, []).extend(entries)
    return MeasureLexicons({k: tuple(dict.fromkeys(v)) for k, v in merged.items()})


# --------------------------------------------------------------------------- helpers


def _get(obj: Any, key: str, default: Any = None) -> Any:
    if type(obj) is dict:  # the common case, without the Mapping ABC check
        return obj.get(key, default)
    if isinstance(obj, Mapping):
        return obj.get(key, default)
    return getattr(obj, key, default)


@dataclass
class _Actor:
    start: int | None
    end: int | None
    text: str
    label: str
    canonical: str | None
    id: str | None
    role: str = ""
    implied: bool = False
    how: str = ""  # which rule gave the role (kept out of the record)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "canonical": self.canonical,
            "id": self.id,
            "label": self.label,
            "role": self.role,
            "start": self.start,
            "end": self.end,
            "implied": self.implied,
        }


def _mention(m: Any) -> _Actor:
    return _Actor(
        start=int(_get(m, "start")),
        end=int(_get(m, "end")),
        text=str(_get(m, "text")),
        label=str(_get(m, "label") or "ACTOR_GROUP"),
        canonical=_get(m, "canonical"),
        id=_get(m, "id"),
    )


_QUANT_RE = re.compile(
    r"(?P<num>\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)\s*"
    r"(?P<approx>余|多|左右)?\s*"
    r"(?P<unit>万亿元|亿元|千万元|百万元|万元|元|万平方米|平方米|平方公里|公里|万千瓦|千瓦|万吨|吨|"
    r"万辆|辆|万人|万户|家|个|项|件|部|所|座|台|套|场|次|批|条|名|人|户|亩|种|类|款|位|支|"
    r"万个|万家|GW|MW|%|％)"
)
_NOT_QUANT_AFTER = re.compile(r"(?:年|月|日|号|时|届|季度|倍)")


def find_quantities(text: str, offset: int = 0) -> list[dict[str, Any]]:
    """Numbers with units in ``text``: ``{text, value, unit, start, end}`` (offsets + ``offset``).

    Years, dates and ordinals are left out; Chinese numerals count only before a unit
    (``三个``); ``余``/``多`` (10余场) stay in ``text`` but not in ``value``.

    >>> [(q["value"], q["unit"]) for q in find_quantities("培育企业5家，建设26个平台，10余场，增长10%")]
    [(5, '家'), (26, '个'), (10, '场'), (10, '%')]
    >>> find_quantities("到2025年，第一批")
    []
    """
    out: list[dict[str, Any]] = []
    for m in _QUANT_RE.finditer(text):
        num = m.group("num")
        if m.start() > 0 and (text[m.start() - 1] == "第" or text[m.start() - 1].isdigit()):
            continue
        if num.isdigit() or "." in num:
            value: float | int = float(num) if "." in num else int(num)
        else:
            if num in ("一", "两") and m.group("unit") in ("批", "个", "种", "类", "项", "次"):
                continue  # 一批 一个 一项: an article, not a count
            cv = chinese_int(num.replace("两", "二"))
            if cv is None:
                continue
            value = cv
        out.append(
            {
                "text": m.group(),
                "value": value,
                "unit": m.group("unit").replace("％", "%"),
                "start": offset + m.start(),
                "end": offset + m.end(),
            }
        )
    return out


# --------------------------------------------------------------------------- notes


# notes are bracketed by （）, () and, in some provinces, 〔〕 or 【】; one level of inner
# brackets is allowed (各市（区）政府, 各市〔州〕数据管理部门)
_NOTE_RE = re.compile(
    r"[（(〔【]\s*(?P<body>(?:[^（）()〔〕【】]|[（(〔][^（）()〔〕]*[）)〕])*?(?:单位|部门|牵头)\s*[：:]"
    r"(?:[^（）()〔〕【】]|[（(〔][^（）()〔〕]*[）)〕])*)[）)〕】]"
)
_BARE_NOTE_RE = re.compile(
    r"(?m)^[ \t\u3000]*(?P<body>(?:牵头|责任|配合|参与|负责)[^：:\n]{0,4}[：:][^\n]+)$"
)


@dataclass
class Note:
    """A 牵头单位/责任单位/配合单位 note and the units it assigns (``(start, end, role)``)."""

    start: int
    end: int
    units: list[tuple[int, int, str]]
    # units named under a leader label (牵头领导：张某): the official in charge, a person
    leaders: list[tuple[int, int]] = field(default_factory=list)


def find_notes(text: str, lexicons: MeasureLexicons | None = None) -> list[Note]:
    """Responsibility notes, in text order: （牵头单位：A；配合单位：B、C） / （责任单位：A、B） / 责任单位：A.

    Units of a 牵头单位 list lead, the first unit of a 责任单位 list leads (unless the note also
    has a 牵头单位 list) and the others participate; 配合单位 units participate.

    >>> t = "推进工作。（牵头单位：省科技厅；配合单位：省财政厅、省教育厅）"
    >>> [(t[s:e], r) for s, e, r in find_notes(t)[0].units]
    [('省科技厅', 'lead'), ('省财政厅', 'participate'), ('省教育厅', 'participate')]
    >>> t = "（责任单位：省工业和信息化厅、承德市政府）"
    >>> [(t[s:e], r) for s, e, r in find_notes(t)[0].units]
    [('省工业和信息化厅', 'lead'), ('承德市政府', 'participate')]
    """
    lex = lexicons or _default_lexicons()
    labels = sorted(_note_labels(lex), key=len, reverse=True)
    label_re = re.compile(rf"(?P<label>{'|'.join(re.escape(w) for w in labels) or '(?!)'})\s*[：:]")
    notes: list[Note] = []
    seen: set[int] = set()
    for rx in (_NOTE_RE, _BARE_NOTE_RE):
        for m in rx.finditer(text):
            if m.start() in seen or any(n.start <= m.start() < n.end for n in notes):
                continue
            body_start = m.start("body")
            body = m.group("body")
            heads = list(label_re.finditer(body))
            if not heads or heads[0].start() > 4:
                continue
            has_lead = any(h.group("label") in lex["note_lead"] for h in heads)
            units: list[tuple[int, int, str]] = []
            leaders: list[tuple[int, int]] = []
            for k, h in enumerate(heads):
                stop = heads[k + 1].start() if k + 1 < len(heads) else len(body)
                full_stop = body.find("。", h.end(), stop)
                if full_stop >= 0:
                    stop = full_stop  # (责任单位:A、B。除专门列出外…): a remark, no units
                label = h.group("label")
                for n, (a, b) in enumerate(_units(body, h.end(), stop)):
                    if label in lex["note_lead"]:
                        role = "lead"
                    elif label in lex["note_participate"]:
                        role = "participate"
                    else:
                        role = "lead" if n == 0 and not has_lead else "participate"
                    units.append((body_start + a, body_start + b, role))
                    if label.endswith("领导"):
                        leaders.append((body_start + a, body_start + b))
            if units:
                seen.add(m.start())
                notes.append(Note(m.start(), m.end(), units, leaders))
    for m in _DUTY_NOTE_RE.finditer(text):
        if any(n.start <= m.start() < n.end for n in notes):
            continue
        # a bare list of bodies is a note only after a sentence (。（省工信厅、省财政厅）), not as
        # the other name of the body before it (市交通委（计划财务处）)
        before = text[: m.start()].rstrip(" \t\u3000")[-1:]
        bare_ok = before in ("", "\n") or before in "。；;！!？?"
        key = "body" if m.group("body") is not None else "body2"
        units = _duty_units(m.group(key), m.start(key), lex, bare_ok=bare_ok)
        if units:
            notes.append(Note(m.start(), m.end(), units))
    notes.sort(key=lambda n: n.start)
    # a convention the document states once (…负责。列第一位的为牵头部门，下同): in the notes from
    # there on, the first unit leads and the others take part
    first_leads = _FIRST_LEADS.search(text)
    if first_leads:
        for note in notes:
            if note.end >= first_leads.start() and sum(r == "lead" for *_, r in note.units) > 1:
                first = min(note.units)
                note.units = [
                    (a, b, "lead" if (a, b, r) == first else "participate")
                    for a, b, r in note.units
                ]
    return notes


# a document's own rule for its notes: the unit listed first leads (列第一位的为牵头部门)
_FIRST_LEADS = re.compile(r"(?:列|排)(?:在)?(?:第一|首)位的?(?:单位|部门)?为牵头(?:单位|部门)")


def _note_labels(lex: MeasureLexicons) -> tuple[str, ...]:
    """The labels that open a note (牵头单位, 责任单位, 配合单位 …)."""
    return tuple({*lex["note_lead"], *lex["note_first_lead"], *lex["note_participate"]})


def _trailing_line_notes(
    text: str, notes: list[Note], lex: MeasureLexicons
) -> list[tuple[list[Note], tuple[int, int]]]:
    """Note lines printed under a task item (1.努力实现…增长6.2%左右。⏎牵头单位:区发改局⏎
    责任单位:…): each run of label lines belongs to the item above it, from that item's
    enumerated line (or the line right above) to the run."""
    labels = _note_labels(lex)
    runs: list[list[Note]] = []
    for n in notes:
        label_at = n.start
        while label_at < n.end and text[label_at] in " \t\u3000":
            label_at += 1  # a note line may be indented
        line_start = text.rfind("\n", 0, label_at) + 1
        if text[line_start:label_at].strip() or not text.startswith(labels, label_at):
            continue
        if runs and not text[runs[-1][-1].end : n.start].strip():
            runs[-1].append(n)
        else:
            runs.append([n])
    out: list[tuple[list[Note], tuple[int, int]]] = []
    floor = 0
    for run in runs:
        start = run[0].start
        above = text[floor:start].rstrip()
        if not above:
            floor = run[-1].end
            continue
        # the enumerated line the run closes (1.…), else the non-empty line right above it
        last_line = floor + above.rfind("\n") + 1  # the line right above the run
        item = last_line
        pos = len(above)
        while pos > 0:
            ls = above.rfind("\n", 0, pos) + 1
            if _MARKER_RE.match(above[ls:]):
                item = floor + ls
                break
            pos = ls - 1
        out.append((run, (item, start)))
        floor = run[-1].end
    return out


def _merged_note(run: list[Note], text: str, lex: MeasureLexicons) -> Note:
    """One note of a run of label lines: with a 牵头单位 line, a 责任单位 line's first unit
    participates."""

    def opens(n: Note, words: Sequence[str]) -> bool:
        return text[n.start : n.end].lstrip().startswith(tuple(words))

    # a 牵头领导 line names an official, not a leading unit
    has_lead = any(opens(n, lex["note_lead"]) and len(n.leaders) < len(n.units) for n in run)
    units: list[tuple[int, int, str]] = []
    for n in run:
        for a, b, role in n.units:
            if has_lead and role == "lead" and opens(n, lex["note_first_lead"]):
                role = "participate"  # the 牵头单位 line leads; 责任单位 units take part
            units.append((a, b, role))
    return Note(run[0].start, run[-1].end, units, [x for n in run for x in n.leaders])


# a task table's header with a 牵头 column, its words possibly one per line (牵头\n部门\n配合\n部门)
_TABLE_HEADER = re.compile(
    r"(?:^|\n)[ \t]*牵头[ \t]*\n?[ \t]*(?:部门|单位)[ \t]*\n[ \t]*(?:配合|责任|参与|协办)[ \t]*\n?"
    r"[ \t]*(?:部门|单位)[ \t]*(?=\n|$)"
)


# a table's row number printed on a line of its own before the row's cells
_ROW_NUMBER_LINE = re.compile(r"[ \t]*\d{1,3}[ \t]*\n[ \t]*")

# a task row of a table (（12）…) and the numbered group heading over it (7、提升…)
_TABLE_ITEM = re.compile(r"(?m)^[ \t]*[（(]\d{1,3}[）)]")
_TABLE_GROUP = re.compile(r"^[ \t]*\d{1,3}[、.．][^\n]*\n?$")
# a section heading printed between a table's rows ((二)提升服务体验, or （一） over its title
# line): a heading above the items, in no row
_TABLE_SECTION = re.compile(
    r"(?m)^[ \t]*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)"
    r"(?:[ \t]*\n[ \t]*(?![（(\d])[^\n。；;]{2,30}|[^\n]*)$"
)


def find_table_notes(
    text: str, actors: Sequence[Any], lexicons: MeasureLexicons | None = None
) -> list[tuple[Note, tuple[int, int]]]:
    """Responsibility cells of a task table flattened to lines (牵头部门 / 配合部门 / 实施主体
    columns): each run of unit lines closes a row; its first line leads and the others
    participate in the measures of that row (those since the previous run).

    ``actors`` are the document's named actors and actor groups (``start``, ``end``); a unit
    line is a short line made of them (and 、，和及), or a line naming one unit that ends in a
    word of ``[table_unit_ends]`` (科技信息处). Merged cells are printed with the first row
    they span: the rows before the row that prints a run share the previous run.
    """
    header = _TABLE_HEADER.search(text)
    if header is None:
        return []
    spans = sorted((int(_get(a, "start") or 0), int(_get(a, "end") or 0)) for a in actors)
    # a cell that names one unit no recogniser found (科技信息处, 随申行公司) is a unit too
    unit_end = tuple((lexicons or _default_lexicons())["table_unit_ends"])
    for m in re.finditer(r"(?m)^[ \t]*([\u4e00-\u9fff]{2,15})[ \t]*$", text[header.end() :]):
        a, b = header.end() + m.start(1), header.end() + m.end(1)
        if m.group(1).endswith(unit_end) and not any(x < b and a < y for x, y in spans):
            bisect.insort(spans, (a, b))
    generic = {
        (int(_get(a, "start") or 0), int(_get(a, "end") or 0))
        for a in actors
        if _get(a, "label") == "ACTOR_GROUP"
    }

    def unit_line(s: int, e: int) -> bool:
        line = text[s:e]
        if not line.strip() or len(line) > 60 or re.search(r"[。；;！？\d]", line):
            return False
        covered = bytearray(e - s)
        for a, b in spans:
            if a >= s and b <= e:
                covered[a - s : b - s] = b"\x01" * (b - a)
        rest = "".join(c for c, k in zip(line, covered, strict=True) if not k)
        return any(covered) and len(re.sub(r"[、，,和及与\s/]", "", rest)) <= 3

    out: list[tuple[Note, tuple[int, int]]] = []
    row_start = header.end()
    run: list[tuple[int, int]] = []

    def close_row() -> None:
        nonlocal row_start
        # the 牵头 cell may wrap over several lines of named units; it ends at the first line
        # of generic units (各相关部门和单位) or after its first line
        rows = [[(a, b) for a, b in spans if a >= ls and b <= le] for ls, le in run]
        n_lead = 1
        while n_lead < len(rows) - 1 and rows[n_lead] and not set(rows[n_lead]) & generic:
            n_lead += 1
        if n_lead == len(rows) - 1 and len(rows) > 2:
            n_lead = 1  # no generic column: one lead line
        units = [
            (a, b, "lead" if k < n_lead else "participate")
            for k, row in enumerate(rows)
            for a, b in row
        ]
        note = Note(run[0][0], run[-1][1], units)
        # merged cells are printed with the first row they span: the rows of the gap before
        # the row that prints this run (its last （n） item and the N、 heading over it) share
        # the previous run's cells
        own_start = row_start
        if out:
            items = [m.start() for m in _TABLE_ITEM.finditer(text, row_start, run[0][0])]
            if items:
                own_start = items[-1]
                while True:
                    prev_line = text.rfind("\n", row_start, max(own_start - 1, row_start))
                    line = text[prev_line + 1 : own_start]
                    if prev_line < row_start or not _TABLE_GROUP.match(line):
                        break
                    own_start = prev_line + 1
            if own_start > row_start:
                section = _TABLE_SECTION.search(text, row_start, own_start)
                gap_end = section.start() if section else own_start
                if gap_end > row_start:
                    out.append((out[-1][0], (row_start, gap_end)))
        section = _TABLE_SECTION.search(text, own_start, run[0][0])
        if section:
            own_start = section.end()  # the heading over this row's section is in no row
        out.append((note, (own_start, run[0][0])))
        row_start = run[-1][1]
        run.clear()

    for m in re.finditer(r"[^\n]+", text[header.end() :]):
        s = header.end() + m.start()
        e = header.end() + m.end()
        if unit_line(s, e):
            run.append((s, e))
        elif run:
            close_row()
    if run:
        close_row()
    return out


# a target figure (达到60%以上, 突破1000亿元以上): the sentence sets a target (不低于 / 不少于
# with a figure are bounds that is_measure already accepts, see _BOUND)
# (a growth rate with 以上 / 左右 is a plan's expected figure: 社会消费品零售总额增长10%以上; a
# figure held under a ceiling too: 单位GDP能耗…控制在省、市下达的目标以内)
_TARGET_FIGURE = re.compile(
    r"(?:达到|超过|突破|提高到|提升到|增长)\s*\d+(?:\.\d+)?\s*"
    r"(?:%|％|万|亿|个|家|项|所|人|元)[^，。；]{0,3}?(?:以上|左右)"
    r"|控制在[^，。；]{1,20}(?:以内|以下)"
)


# a cell of a task table's header that names a responsibility column (牵头单位, 责任部门)
_RESPONSIBILITY_COLUMN = re.compile(r"牵头|责任|配合|参与|协办|协同|实施主体|主体|单位|部门")


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of a table row (cells separated by | or ｜), each stripped of spaces; a row
    written with an outer | on either side has no empty first or last cell."""
    seps = [m.start() for m in re.finditer(r"[|｜]", text[start:end])]
    bounds = [start - 1] + [start + k for k in seps] + [end]
    cells = []
    for a, b in itertools.pairwise(bounds):
        a += 1
        while a < b and text[a] in " \t\u3000":
            a += 1
        while b > a and text[b - 1] in " \t\u3000":
            b -= 1
        cells.append((a, b))
    line = text[start:end].strip()
    if line.startswith(("|", "｜")):
        cells = cells[1:]
    if line.endswith(("|", "｜")) and len(line) > 1:
        cells = cells[:-1]
    return cells


def _alone_in_cell(text: str, start: int, end: int) -> bool:
    """Is text[start:end] the whole of a |-separated table cell?"""
    before = text[max(0, start - 3) : start].rstrip(" \t\u3000")
    after = text[end : end + 3].lstrip(" \t\u3000")
    return before.endswith(("|", "｜")) and after.startswith(("|", "｜"))


def _any_between(starts: Sequence[int], a: int, b: int) -> bool:
    """Is any of the sorted ``starts`` in ``[a, b)``?"""
    k = bisect.bisect_left(starts, a)
    return k < len(starts) and starts[k] < b


def find_cell_table_notes(text: str, actors: Sequence[Any]) -> list[tuple[Note, tuple[int, int]]]:
    """Responsibility cells of a task table written one row per line, cells separated by |
    (markdown tables; docx tables, whose tab-separated rows normalisation marks with |).

    The header row names the columns: the units of a 牵头 column lead and those of the other
    responsibility columns (责任单位, 配合部门) participate; with no 牵头 column, the first unit of
    the 责任 column leads and the rest participate (GUIDELINES §4). Each row's cells become a
    note that applies to the measures of that row; the header row is a note with no units, so
    that it is never a measure.
    """
    spans = sorted((int(_get(a, "start") or 0), int(_get(a, "end") or 0)) for a in actors)
    starts = [a for a, _ in spans]
    body_starts = sorted(
        int(_get(a, "start") or 0) for a in actors if _get(a, "label") != "ACTOR_GROUP"
    )
    out: list[tuple[Note, tuple[int, int]]] = []
    columns: tuple[list[int], list[int], bool, list[int]] | None = None
    for m in re.finditer(r"[^\n]+", text):
        ls, le = m.start(), m.end()
        if not re.search(r"[|｜]", m.group()):
            columns = None
            continue
        cells = _cells(text, ls, le)
        names = [text[a:b] for a, b in cells]
        named = [
            k for k, n in enumerate(names) if n and len(n) <= 8 and _RESPONSIBILITY_COLUMN.search(n)
        ]
        if (
            named
            and all(len(n) <= 10 and not re.search(r"[。；;，]", n) for n in names)
            # a header names columns, no body (a row's 市发改委牵头 is a cell)
            and not _any_between(body_starts, ls, le)
        ):
            lead = [k for k in named if "牵头" in names[k]]
            # a leader column (责任领导, 分管领导) beside the units' columns: with no 牵头
            # column the leader and the first unit lead together; else the leader is no unit
            leaders = [k for k in named if "领导" in names[k] and k not in lead]
            part = [k for k in named if k not in lead and k not in leaders]
            by_order = not lead  # 责任单位 alone: its first unit leads
            if by_order:
                lead, part = part[:1], part[1:]
            columns = (lead, part, by_order, leaders if by_order else [])
            out.append((Note(ls, le, []), (ls, ls)))
            continue
        if columns is None:
            continue
        lead, part, by_order, leaders = columns
        units: list[tuple[int, int, str]] = []
        for k in leaders + lead + part:
            if k >= len(cells):
                continue
            a, b = cells[k]
            lo, hi = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
            found = [(x, y) for x, y in spans[lo:hi] if y <= b]
            for n, (x, y) in enumerate(found):
                role = (
                    "lead"
                    if k in leaders or (k in lead and (not by_order or n == 0))
                    else "participate"
                )
                units.append((x, y, role))
        resp = [
            cells[k] for k in leaders + lead + part if k < len(cells) and cells[k][1] > cells[k][0]
        ]
        if not units or not resp:
            continue
        first = min(a for a, _ in resp)
        while first > ls and text[first - 1] in "|｜ \u3000":
            first -= 1  # the separators before the cells go with them
        out.append((Note(first, le, units), (ls, le)))
    return out


# （国家发展改革委、科技部等按职责分工负责） / （科技部牵头，财政部等参与）: no label, cue words
_DUTY_NOTE_RE = re.compile(
    # (a remark may follow the units after a full stop: （A、B按职责分工负责。以下均需…落实，不再列出）)
    r"(?:[（(](?P<body>(?:[^（）()【】\[\]。\n]|[（(][^（）()。]{1,8}[）)]){2,120}?"
    r"(?:。[^（）()【】\[\]。\n]{2,60}?)?)[）)]"
    r"|[〔【\[](?P<body2>(?:[^（）()〔〕【】\[\]]|[（(][^（）()。]{1,8}[）)]){2,200}?)[〕】\]])"
    r"(?=\s*(?:$|\n|[。；]|$))",
    re.M,
)
_WITH_CUE = re.compile(r"(?:会同|协同|联合|配合)(?=[\u4e00-\u9fff])")
# a document number opening a note: （皖发〔2022〕9号，省财政厅负责）
_NOTE_SOURCE = re.compile(r"^[\u4e00-\u9fff]{1,8}[〔\[［]\d{4}[^，,；;]{0,10}号?$")
_ORG_END = re.compile(
    r"(?:部|委|局|厅|办|院|行|会|署|府|处|室|中心|政府|部门|单位|各地|各区|各市)$"
)


def _duty_units(
    body: str, offset: int, lex: MeasureLexicons, *, bare_ok: bool = True
) -> list[tuple[int, int, str]]:
    """Units of a cue-worded note: （A牵头，B、C配合） / （A、B按职责分工负责） /
    （A、B牵头；C、D，E配合） — comma pieces without a cue take the cue of the next piece in
    their ；-group — or of a bare list of bodies （省工信厅、省财政厅，各市（地）政府）, whose first
    body leads like the first unit of a 责任单位 note."""
    lead = sorted(lex["lead_after"], key=len, reverse=True)
    part = sorted(lex["participate_after"], key=len, reverse=True)
    cue = re.compile("(?P<cue>" + "|".join(re.escape(w) for w in [*lead, *part]) + r")\s*$")
    units: list[tuple[int, int, str]] = []
    pending: list[tuple[int, str]] = []  # comma pieces of this ；-group waiting for a cue
    pos = 0
    cued = False
    for piece in re.split(r"([，,；;。\n])", body):
        if piece in "，,；;。\n":
            if piece in "；;。\n":
                pending = []
            pos += len(piece)
            continue
        m = cue.search(piece)
        if m is None:
            if not units and not pending and _NOTE_SOURCE.match(piece.strip()):
                pos += len(piece)  # the document the duty comes from
                continue
            pending.append((pos, piece))
            pos += len(piece)
            continue
        cued = True
        role = "lead" if m.group("cue") in lead else "participate"
        if with_ := _WITH_CUE.match(piece):
            # 会同市经信委、市发改委负责: the bodies worked with take part
            pos += with_.end()
            piece = piece[with_.end() :]
            m = cue.search(piece)
            if m is None:
                pos += len(piece)
                continue
            role = "participate"
        shared = "按职责" in m.group("cue")
        pieces = [*pending, (pos, piece[: m.start()])]
        pending = []
        for k, (ppos, names) in enumerate(pieces):
            names = re.sub(
                r"(?:按职责分工|按职责|分别|共同|等有关部门|等部门|等单位|等)+\s*$", "", names
            )
            found = _name_list(names)
            if not found:
                if not units and (k == len(pieces) - 1 or k == 0):
                    return []  # the cued piece, or a note that opens with no body
                continue  # 以下均需…负责，不再列出: a remark after the units
            for n, (a, b) in enumerate(found):
                # 公安部等部门和各省级人民政府 / 市场监管总局等部门和单位: the named body only
                if tail := re.search(r"等(?:有关|相关)?(?:部门|单位)$", names[a:b]):
                    b = a + tail.start()
                if b - a < 2 or names[a:b] in _GENERIC_UNITS:
                    continue
                # （A、B、C按职责分工负责）: a 责任单位 list — A leads unless X牵头 came first
                if shared:
                    lead_first = n == 0 and k == 0 and not any(r == "lead" for *_, r in units)
                    role = "lead" if lead_first else "participate"
                units.append((offset + ppos + a, offset + ppos + b, role))
        pos += len(piece)
    if not cued:
        return _bare_list_units(body, offset) if bare_ok else []
    return units


def _bare_list_units(body: str, offset: int) -> list[tuple[int, int, str]]:
    """（省工信厅、省财政厅，各市（地）、县（市）政府）: a note that only lists bodies — every piece
    a body name, the first a specific one — is read as a 责任单位 list."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for piece in re.split(r"([，,])", body):
        if piece in "，,":
            pos += len(piece)
            continue
        found = _name_list(piece)
        if not found:
            return []
        spans += [(pos + a, pos + b) for a, b in found]
        pos += len(piece)
    first = _bare(body[spans[0][0] : spans[0][1]]) if spans else ""
    if not first or first.startswith(("各", "有关", "相关")) or first in _GENERIC_UNITS:
        return []
    return [
        (offset + a, offset + b, "lead" if k == 0 else "participate")
        for k, (a, b) in enumerate(spans)
    ]


_GENERIC_UNITS = frozenset(
    {"单位", "部门", "有关部门", "有关单位", "相关部门", "相关单位", "各部门"}
)


def _bare(name: str) -> str:
    """A name without spaces and inner brackets: 县 (市) 政府 (行署) → 县政府."""
    return re.sub(r"\s+|[（(][^（）()]{1,8}[）)]", "", name)


def _name_list(names: str) -> list[tuple[int, int]]:
    """Spans of the bodies in 科技部、工业和信息化部和国家融资担保基金 (``[]`` when a piece is
    no body name): split at 、 and at 和/及 only where both sides are body names; 各州、市人民政府
    is one unit (各 distributes over both)."""
    out: list[tuple[int, int]] = []
    pos = 0
    pieces = re.split(r"(、)", names)
    k = 0
    while k < len(pieces):
        piece = pieces[k]
        if piece == "、":
            pos += 1
            k += 1
            continue
        # 各州、市人民政府 / 各市 (地) 、县 (市) 政府: a distributive 各 before a bare level word
        if (
            re.fullmatch(r"\s*各[\u4e00-\u9fff]{1,2}(?:\s*[（(][^（）()]{1,4}[）)])?\s*", piece)
            and k + 2 < len(pieces)
            and _BODY_END.search(_bare(pieces[k + 2]))
        ):
            piece = piece + "、" + pieces[k + 2]
            k += 2
        lead_ws = len(piece) - len(piece.lstrip())
        a0, b0 = pos + lead_ws, pos + len(piece.rstrip())
        parts = [(a0, b0)]
        if not _BODY_END.search(_bare(piece)):
            return []
        for m in re.finditer(r"[和及]", piece):
            left, right = piece[: m.start()], piece[m.end() :]
            if len(left) >= 2 and len(right) >= 2 and _BODY_END.search(_bare(left)):
                parts = [(a0, pos + m.start()), (pos + m.end(), b0)]
                break
        for a, b in parts:
            if b - a < 2:
                return []
            out.append((a, b))
        pos += len(piece)
        k += 1
    return out


_BODY_END = re.compile(
    r"(?:部|委|局|厅|办|院|行|会|署|府|处|室|中心|政府|部门|单位|各地|各区|各市|基金|公司|集团|"
    r"机构|协会|联合会|总局|总署|监管局|分局|银行)$"
)


def _units(body: str, start: int, stop: int) -> list[tuple[int, int]]:
    out = []
    # a two-character name padded to three with a space (王 健) is one unit
    for m in re.finditer(
        r"[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff](?![^、，,；;。\s])|[^、，,；;。\s]+",
        body[start:stop],
    ):
        a, b = start + m.start(), start + m.end()
        piece = body[a:b]
        if piece.startswith(("和", "及")) and len(piece) > 3:
            a += 1
        if piece.endswith("等") and len(piece) > 3:
            b -= 1
        if b - a >= 2:
            out.append((a, b))
    return out


# --------------------------------------------------------------------------- detection

_MARKER_RE = re.compile(
    r"^\s*(?:第[一二三四五六七八九十百\d]{1,4}[章条节]|[一二三四五六七八九十]{1,3}、|"
    r"[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,3}(?:[.．](?![\d.．])|、)|[⑴-⒇①-⑳])\s*"
)
_ENUM_LABEL_RE = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[是要]|第[一二三四五六七八九十]{1,3}[，,、]?)"
)
_TITLE_RE = re.compile(r"《[^《》]*》")


def _strip_label(s: str) -> str:
    s = _MARKER_RE.sub("", s, count=1)
    return _ENUM_LABEL_RE.sub("", s, count=1)


@lru_cache(maxsize=8)
def _topic_re(lex: MeasureLexicons) -> re.Pattern[str]:
    mods = "|".join(re.escape(w) for w in sorted(lex["topic_modifiers"], key=len, reverse=True))
    heads = "|".join(re.escape(w) for w in sorted(lex["topic_heads"], key=len, reverse=True))
    one = rf"(?:{mods or '(?!)'})*(?:{heads or '(?!)'})"
    return re.compile(rf"^{one}(?:[和与及、]{one})*$")


# manner words that make a short heading an instruction (持续开放, 积极组织申报, 便利涉企服务)
_MANNER_WORD = re.compile(
    r"(?:积极|持续|全面|大力|深入|着力|坚持|不断|进一步|切实|合力|便利|衔接|创新|统筹|协同|高效|精准)"
)


def _noun_topic(heading: str, lex: MeasureLexicons) -> bool:
    """（一）需求评估 / （二）项目批复 / 二、年度交易组织: a short heading that is a noun phrase
    ending in a step of a procedure ([step_nouns]), with no action or manner word before it,
    names a step or a topic (（二）强化要素保障 opens with the action and commands it)."""
    if len(heading) > 8:
        return False
    steps = sorted(lex["step_nouns"], key=len, reverse=True)
    step = next((w for w in steps if heading.endswith(w)), None)
    if step is None:
        return False
    before = heading[: -len(step)]
    # 项目申报与管理: steps joined by 与/和/及 name the part of the procedure together
    joined = re.match(r"^(.{2,}?)(?:与|和|及)$", before)
    first = next((w for w in steps if joined.group(1).endswith(w)), None) if joined else None
    if joined and first:
        before = joined.group(1)[: -len(first)]
    return (
        bool(before)
        and before not in lex["step_nouns"]  # （三）评价验收: two steps, an instruction
        and not lex.regex("action_verbs").search(before)
        and not _MANNER_WORD.search(before)
    )


def _topic_only(heading: str, lex: MeasureLexicons) -> bool:
    """一、实施路径 / 三、推进措施 / 组织保障: modifiers + a topic noun, no action."""
    return bool(_topic_re(lex).match(heading.rstrip("。；;：:")))


# an item of an approval that grants what was asked (同意…更名为…, 同意…成建制合并), not a
# reply's agreement with a member (同意您的意见)
_APPROVAL = re.compile(r"^同意(?!您|你|代表|委员|的|以上|上述)[\u4e00-\u9fff“（(]{2}")


def is_measure(
    sentence: str,
    *,
    heading: bool = False,
    masked: str | None = None,
    lexicons: MeasureLexicons | None = None,
) -> tuple[bool, list[str]]:
    """Whether a sentence states a measure, and its action verbs.

    ``heading`` marks a section heading (then a topic-only heading is no measure); ``masked``
    is the sentence with names and 《》 titles blanked out (verbs inside names do not count).

    >>> is_measure("支持骨干企业建设创新平台。")
    (True, ['支持', '建设'])
    >>> is_measure("一、总体要求", heading=True)[0], is_measure("非常感谢您的关心和支持！")[0]
    (False, False)
    >>> is_measure("到2025年，全省产值达到1000亿元。")[0]
    True
    """
    ok, verbs, _ = _judge(sentence, heading, masked, lexicons)
    return ok, verbs


def _judge(
    sentence: str, heading: bool, masked: str | None, lexicons: MeasureLexicons | None
) -> tuple[bool, list[str], bool]:
    """:func:`is_measure`, and whether a "no" comes from a rule that excludes the sentence
    (a non-measure pattern, a topic heading, a description) rather than from finding no
    action, target or rule in it."""
    lex = lexicons or _default_lexicons()
    s = "".join(sentence.split())
    if len(s) < 4:
        return False, [], True
    body = _strip_label(s).rstrip("。；;！!？?")
    if lex.regex("contains").search(s):
        return False, [], True
    if body.startswith(tuple(lex["starts"])):
        return False, [], True
    non_measure = _any_of(lex, "regex")
    if non_measure.search(s) or non_measure.search(body):
        return False, [], True
    if heading and (
        body in lex["topic_headings"] or _topic_only(body, lex) or _noun_topic(body, lex)
    ):
        return False, [], True
    if _condition_or_name(s, body, lex, heading):
        return False, [], True
    if _APPROVAL.match(body):
        return True, ["同意"], False  # 一、同意于都工业园区扩区调区: an approval (批复) decides
    scan = "".join((masked if masked is not None else sentence).split())
    scan = _TITLE_RE.sub(lambda m: "□" * len(m.group()), scan)
    opening = lex.regex("action_verbs").match(body)
    # a heading that opens with an action (一、增强扩大内需主动力，全力保持经济稳步增长) commands,
    # whatever trend its last clause names; 发展/建设/服务 open topics as often (发展势头良好)
    commands = heading and opening is not None and opening.group() not in _NOUN_VERBS
    if not commands and _descriptive(body, scan, verb_first=opening is not None):
        return False, [], True
    verbs = list(
        dict.fromkeys(
            m.group()
            for m in lex.regex("action_verbs").finditer(scan)
            if not _NOMINAL_AFTER.match(scan, m.end())
            and not (m.group() in _NOUN_VERBS and _NOUN_VERB_AFTER.match(scan, m.end()))
        )
    )
    if verbs:
        return True, verbs, False
    if (
        re.search(r"\d", scan)
        and any(w in scan for w in lex["target_words"])
        and _target_cue(lex).search(scan)
    ):
        return True, [], False
    if any(w in scan for w in lex["commitment_cues"]) and any(
        w in scan for w in lex["target_words"]
    ):
        return True, [], False  # 增速力争超过全省平均水平: a committed target without a number
    if _target_row(sentence):
        return True, [], False
    if _BOUND.search(scan):  # a required amount: 比例不低于20% / 不少于5辆 / 不超过60周岁
        return True, [], False
    rule = _RULE.search(scan)
    if rule:  # a rule that binds actors (提名专家应当…, 不得…, 可由1名院士独立提名)
        return True, [rule.group(1)], False
    if _TERM_RULE.search(scan) and not body.startswith(("本", "有效期")):
        return True, [], False  # 省级科技型中小企业自备案时间起有效期三年: a rule setting a term
    settled = _SETTLED.search(scan)
    if settled:  # a rule that settles an amount or a term (机制电量按实际上网电量确定)
        return True, [settled.group(1)], False
    return False, [], False  # no evidence either way


# a condition of eligibility or of a penalty, written as a clause that ends on 的 (（一）有科研
# 不端行为的； / …是必要的。): it names a case, it does not act
_ENDS_DE = re.compile(r"的$")
# an enumerated item that only describes who qualifies (1.入选专精特新名单的企业； / 3.拥有有效
# 发明专利的企业。)
_QUALIFIER_ITEM = re.compile(
    r"^(?:\d{1,3}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[⑴-⒇①-⑳])"
)
_QUALIFIER_END = re.compile(
    r"的(?:中小|小微|科技型|民营|国有|外资|高新技术|创新型){0,2}"
    r"(?:企业|单位|机构|项目|个人|人才|人员|主体|团队|高校|园区)$"
)
# a whole sentence that is one noun phrase naming a scope (本市新建、改建、扩建的政府投资项目。):
# its verbs only modify the noun, no modal or subject acts
_NOUN_PHRASE = re.compile(
    r"^[^，,；;：:]{2,60}的[^，,；;：:的]{0,16}"
    r"(?:项目|企业|单位|机构|个人|人才|人员|产品|工程|建筑|材料|园区)$"
)
_MODAL = re.compile(r"要|应|将|须|可|力争|确保")
_GIVEN_TO = re.compile(r"(?:奖励|补助|补贴|资助|拨付|返还|奖补|划拨)给")
# adverbs of effort before a verb: the verb is the sentence's predicate (重点引进, 大力培养)
_EFFORT_ADVERBS = r"(?:重点|大力|积极|进一步|加快|全面|持续|着力|努力|逐步|深入|切实|抓紧|每年|年内|高标准|高质量|高水平|高起点)"
# a copular statement of one clause (人才是第一资源。 / X是Y的重要组成部分。 / X是指…): it
# characterises, it does not act; an assignment (市发展改革委是牵头单位) does
_COPULA = re.compile(r"^[^，,；;：:]{2,24}?(?<![要于但就])是(?!否)[^，,；;：:]{2,50}$")
# … or a longer one that ends on what the subject is (低空经济是以…为牵引，…的综合性经济形态。)
_COPULA_LONG = re.compile(
    r"^[^，,；;：:]{2,24}?(?<![要于但就])是(?!否)[^；;：:]{2,150}的[\u4e00-\u9fff]{2,10}$"
)
# (供应链 / 响应 / 相应 hold 应 but bind no one)
_COPULA_ACTS = re.compile(
    r"要|(?<![供响相对适反])应|将|须|必须|可|单位$|部门$|主体$|责任人$|机构$|牵头"
)
# a heading that only names a project, plan, campaign or facility (2.战略科学家引进项目。 /
# （一）人居环境品质提升行动 / 37.人才资源服务产业园。): a heading or an enumerated item, no
# action verb opens it, no modal, no 的 (a sentence 各区要支持符合条件的项目 acts)
_NAMED_ITEM = re.compile(
    r"^[\u4e00-\u9fff“”\"]{4,22}(?:项目|计划|工程|行动|专项行动|活动|专项"
    r"|体系|智库|中心|产业园|园区|基地|平台|公寓|特区|联盟)$"
)


@lru_cache(maxsize=8)
def _effort_verb(lex: MeasureLexicons) -> re.Pattern[str]:
    """An adverb of effort before an action verb (重点引进, 大力培养), compiled once."""
    return re.compile(rf"{_EFFORT_ADVERBS}(?:和|、)?(?:{lex.regex('action_verbs').pattern})")


@lru_cache(maxsize=8)
def _target_cue(lex: MeasureLexicons) -> re.Pattern[str]:
    """The target cues; a one-character cue (到) counts only as a preposition (到2025年), not as
    the end of a verb (达到 / 得到 / 收到: a reported figure is no target)."""
    alts = [
        re.escape(w) if len(w) > 1 else rf"(?<![达得收提遇做感受想看找直]){re.escape(w)}"
        for w in sorted(set(lex["target_cues"]), key=len, reverse=True)
    ]
    return re.compile("|".join(alts) or "(?!)")


def _condition_or_name(s: str, body: str, lex: MeasureLexicons, heading: bool = False) -> bool:
    """A condition clause (…的；), an item that lists who qualifies, a noun phrase that names a
    scope, a one-clause copular statement, or an item heading that only names a project: no
    action."""
    if _ENDS_DE.search(body):
        return True
    if _QUALIFIER_ITEM.match(s) and _QUALIFIER_END.search(body):
        if not lex.regex("action_verbs").match(body):
            return True
    if (
        _NOUN_PHRASE.match(body)
        and not _MODAL.search(body)
        and "是" not in body
        and not _GIVEN_TO.search(body)  # 第二年按…的40%奖励给企业: money handed over
    ):
        # 5年内重点引进扶持200名…的领军人才: an adverb of effort makes the verb a predicate
        if not lex.regex("action_verbs").match(body) and not _effort_verb(lex).search(body):
            return True
    if (_COPULA.match(body) or _COPULA_LONG.match(body)) and not _COPULA_ACTS.search(body):
        return True
    if (
        (heading or _QUALIFIER_ITEM.match(s))
        and _NAMED_ITEM.match(body)
        and "的" not in body
        and not _MODAL.search(body)
        and not lex.regex("action_verbs").match(body)
        and not lex.regex("action_verbs").match(re.sub(rf"^{_EFFORT_ADVERBS}+", "", body))
    ):
        return True
    return False


# an obligation, prohibition or permission with the act it governs (rules of 办法, 细则, 条例;
# 执行期限内不可自行调整)
_RULE = re.compile(
    r"(应当|不得|不可|不予|必须|方可|可以|可由|应按|须|应(?![用急对收届邀有变答聘予该是]))"
    r"(?:[\u4e00-\u9fff]|(?<=可由)\d)"
)


# a normative bound on a number (使用比例不低于20% / 投入不少于5辆 / 年龄不超过75岁): a
# requirement or a target; reported figures use 达到 / 超过 / 增长
_BOUND = re.compile(
    r"(?:不低于|不少于|不超过|不高于|不小于|不大于)[^，。；;]{0,6}\d"
    r"|\d[^，。；;]{0,12}(?:不低于|不少于|不超过|不高于|不小于|不大于)"
)


# a validity term a rule sets for a designation or a permit (not the document's own, 本办法有效期…)
_TERM_RULE = re.compile(
    r"有效期(?:为)?[\d一二三四五六七八九十两]+(?:年|个月)|(?:当年)?全年有效|长期有效"
)

# a rule that settles how an amount, price or term is set: 按实际上网电量确定 / 自印发次月起执行
_SETTLED = re.compile(
    r"(?:按照?|根据|参照|依据|综合|自)[^，。；;]{1,80}?(确定|执行|结算|核定|分摊|分担|计算)"
    r"(?![^，。；;]{0,4}的)"
)


# a verb used as a noun: 负责同志 / 负责人 (the person in charge), 工业发展情况, 服务水平,
# 执行期限 / 实施期间 (a term), 开放程度, 投资额 (an amount); a verb before 的 modifies a noun
# (新建的房屋)
_NOMINAL_AFTER = re.compile(
    r"同志|人(?![才民员])|情况|现状|状况|态势|趋势|规律|水平|长度|期限|期间|期满|程度|的|额"
)

# verbs that are nouns as often (经济发展, 经济建设): before a conjunction or 中 they name a
# field (在农业农村经济发展和乡村全面振兴中, 在经济建设中贡献了…), they do not act
_NOUN_VERBS = frozenset({"发展", "建设", "服务"})
_NOUN_VERB_AFTER = re.compile(r"和|与|及|中(?![小央国试心期长])|阶段|格局|方向|理念|成果|指明|提供")

# a statement of the situation or a reason, not an action: it ends on an evaluation or a trend
# (进展顺利 / 成效明显 / 难度较大 / 规模持续扩大 / 需求日益增长) or starts with 由于/因为, and states no
# commitment (将 要 应 拟 已 …了) of an acting body (a name at a clause start)
_EVALUATIVE_END = re.compile(
    r"(?:良好|顺利|明显|显著|突出|较大|较强|较快|较高|较低|较多|较少|较弱|滞后|不足|薄弱|有限|"
    r"困难|紧张|针对性|必要性|重要性|迫切|积极意义|有待[\u4e00-\u9fff]{2}|不够[\u4e00-\u9fff]{0,2}|"
    r"难以满足[\u4e00-\u9fff]{0,4}|(?:空间|潜力)(?:很大|较大|巨大)|前景广阔|"
    r"(?:持续|不断|稳步|逐步|大幅|显著|明显|快速|日益|日趋|愈发|愈加|越来越)"
    r"(?:扩大|增长|提升|提高|增强|壮大|改善|优化|加快|凸显|突出|加剧|激烈|迫切|增多|旺盛|紧迫|复杂))$"
)
# … or on the standing of its subject (占有举足轻重的地位 / 扮演着重要角色 / 与…密切相关), unless
# a verb opens it (强化企业创新主体地位 acts)
_STANDING_END = re.compile(r"(?:地位|角色|密切相关|息息相关|重要力量|巨大力量)$")
_STATE_START = re.compile(r"^(?:目前|当前|现阶段)")
_OPINION_PREFIX = re.compile(r"^[^，。；：:]{2,16}(?:意见|认为)[：:]")
_REASON_START = re.compile(r"^(?:由于|因为|鉴于|受[^，。；]{1,12}影响)")
_INCENTIVE_START = re.compile(
    r"(?:鼓励|支持|引导|推动|促进|扶持|奖励|激励)(?!力度|作用|政策|资金|下|性|度|的)"
)
_COMMITMENT = re.compile(r"将|拟|要|应|须|计划|力争|争取|已|了(?!解)|正在|着力|积极|加快|进一步")


def _descriptive(body: str, scan: str, verb_first: bool = False) -> bool:
    """Whether a sentence describes the situation or gives a reason without stating an action:
    ``近年来，我省产业发展势头良好，规模持续扩大。`` / ``由于…，协调难度较大。``."""
    # 发展改革委意见：目前… — another body's view that states the situation
    body = _OPINION_PREFIX.sub("", body, count=1)
    clauses = [c for c in re.split(r"[，,；;：:]", body) if c]
    if not clauses:
        return False
    if _STATE_START.match(clauses[0]) and not _COMMITMENT.search(body):
        return True
    if any(c.startswith("□") for c in re.split(r"[，,；;：:]", scan) if c):
        return False  # a named body at a clause start acts
    if (
        _EVALUATIVE_END.search(clauses[-1])
        and not _COMMITMENT.search(body)
        and not _INCENTIVE_START.match(clauses[0])  # 鼓励企业产值稳步增长: the aim of an incentive
    ):
        return True
    if _REASON_START.match(clauses[0]) and not _COMMITMENT.search("".join(clauses[1:])):
        return True
    return bool(
        _STANDING_END.search(clauses[-1]) and not verb_first and not _COMMITMENT.search(body)
    )


_TARGET_ROW = re.compile(
    r"^[^\d，。；,;|｜]{2,30}[（(][^（）()]{1,8}[）)][\s|｜]*[\d.]+%?[\s|｜]+[\d.]+%?"
    r"(?:[\s|｜]|[\u4e00-\u9fff]|$)"
)


def _target_row(line: str) -> bool:
    """A row of a target table: 指标（单位）<TAB>12<TAB>30[<TAB>责任单位] (tabs, | or spaces)."""
    cells = [c.strip() for c in re.split(r"[\t|｜]", line) if c.strip()]
    numeric = [c for c in cells if re.fullmatch(r"[\d.]+%?", c)]
    if len(cells) >= 3 and numeric and not re.fullmatch(r"[\d.]+%?", cells[0]):
        return True
    return bool(_TARGET_ROW.match(line.strip()))


# --------------------------------------------------------------------------- status


def measure_status(
    sentence: str,
    *,
    doc_type: str | None = None,
    after_plan_cue: bool = False,
    lexicons: MeasureLexicons | None = None,
) -> str:
    """``planned`` or ``done``.

    Plans (方案 意见 通知 …) are planned unless a sentence reports a result (已 累计 VERB了);
    replies and reports (答复 报告) are done unless the sentence plans (将 拟 到2025年 …) or
    comes after 下一步 (``after_plan_cue``).

    >>> measure_status("培育了龙头企业5家。", doc_type="答复"), measure_status("航空港区将编制导则。", doc_type="答复")
    ('done', 'planned')
    >>> measure_status("支持企业创新。", doc_type="方案"), measure_status("已建成平台3个。", doc_type="方案")
    ('planned', 'done')
    """
    lex = lexicons or _default_lexicons()
    planned = after_plan_cue or any(w in sentence for w in lex["planned"])
    planned = planned or any(rx.search(sentence) for rx in lex.patterns("planned_regex"))
    if planned:
        return "planned"
    done = any(w in sentence for w in lex["done"]) or any(
        rx.search(sentence) for rx in lex.patterns("done_regex")
    )
    if done:
        return "done"
    return "done" if doc_type in lex["done_doc_types"] else "planned"


# --------------------------------------------------------------------------- roles

_LIST_SEP = "、和及与或并，,"


def _group_runs(actors: list[_Actor], text: str) -> list[list[_Actor]]:
    """Actors written as one list (X、Y和Z等) form one run."""
    runs: list[list[_Actor]] = []
    for a in sorted(actors, key=lambda x: x.start or 0):
        if runs:
            prev = runs[-1][-1]
            gap = text[prev.end or 0 : a.start or 0]
            if len(gap) <= 2 and all(c in "、和及与以等" for c in gap):
                runs[-1].append(a)
                continue
        runs.append([a])
    return runs


def _after_run(text: str, end: int, limit: int) -> str:
    tail = text[end:limit]
    # an alias bracket is transparent: 国网四川省电力公司（以下简称“国网四川电力”）、…
    tail = _ALIAS_BRACKET.sub("", tail, count=1)
    # skip list tails and titles: 等3家建材企业, 主任, 厅长X
    m = re.match(r"(?:等[\d一二三四五六七八九十]*[家个所]?[\u4e00-\u9fff]{0,8}?)?", tail)
    return tail[m.end() if m else 0 :]


_ALIAS_BRACKET = re.compile(r"^[（(](?:以下)?(?:简称|统称)[^（）()]{1,30}[）)]")


def _assign_roles(
    sentence: tuple[int, int],
    text: str,
    actors: list[_Actor],
    lex: MeasureLexicons,
) -> None:
    s0, s1 = sentence
    lead_after = tuple(sorted(lex["lead_after"], key=len, reverse=True))
    part_after = tuple(sorted(lex["participate_after"], key=len, reverse=True))
    lead_before = lex["lead_before"]
    part_before = lex["participate_before"]
    target_before = lex.regex("target_before")
    counted_role: tuple[str, str] | None = None  # 培育了A、B等…5家，C、D等…11家: one object list
    for run in _group_runs(actors, text):
        # 河南省南阳市 / 我委县域处: a place or self reference written right before another
        # name modifies it; the name it modifies is the actor
        modifiers = [
            a for a, b in itertools.pairwise(run) if a.label in ("GPE", "SELF") and a.end == b.start
        ]
        a0 = run[0].start or 0
        run = [a for a in run if all(a is not m for m in modifiers)]
        first, last = run[0], run[-1]
        a1 = last.end or 0
        clause_start = max([s0] + [i + 1 for i in range(s0, a0) if text[i] in "，,；;：:。！？\n"])
        before = text[clause_start:a0]
        after = _after_run(text, a1, s1)
        after_near = re.sub(
            r"^(?:主任|副主任|厅长|局长|主要负责同志|分管负责同志|负责同志|共同|分别|联合)",
            "",
            after,
        )
        role, how = "", ""
        designated = re.search(r"(?:指定|委托)$", before) is not None  # 指定有关部门负责: object
        if designated:
            pass
        elif (
            after_near.startswith(lead_after)
            or (
                re.match(r"^[\u4e00-\u9fff]{0,4}(?:牵头|负责)", after_near[:8])
                and not re.match(r"^[\u4e00-\u9fff]{0,4}(?:负责同志|负责人)", after_near[:10])
            )
        ) and not re.search(r"(?:向|对)$", before):  # 向主责单位直接负责: accountable to X
            role, how = "lead", "after"
            if text.count("“", s0, a0) > text.count("”", s0, a0):
                # 形成“链长牵头、专班负责”的机制: a quoted slogan names a mechanism, no one acts
                role, how = "", ""
        elif before.endswith("以") and after.startswith("名义"):
            role, how = "lead", "名义"
        elif before.endswith("在") and _UNDER_LEADERSHIP.match(after):
            role, how = "lead", "领导下"  # 在区委、区政府的领导下，全区…: the leading bodies
        elif before.endswith("经") and _APPROVES.match(after_near):
            role, how = "participate", "approves"  # 经省政府批准印发: X approves what others do
        elif (
            (
                any(before.endswith(w) for w in lead_before)
                and not re.search(r"[报提申邀聘呈]请$", before)  # 报请X审批: X approves, acts not
            )
            # 由1名副省长担任: a count of the people put in charge
            or re.search(r"由$|由[\u4e00-\u9fff]{0,2}$|由[\d一两二三四五]{1,2}名$", before[-5:])
        ):
            role, how = "lead", "由"
        elif _ASSISTED.search(before):
            # X应配合地方政府…: the assisted body leads; 协助企业…: the firms are helped
            role, how = ("lead", "assisted") if _body_like(first) else ("target", "object")
        elif _governed(before, target_before):
            role, how = "target", "object"
        elif _benefits(before, after, lex):
            role, how = "target", "benefits"  # 为民营企业提供… / 对不裁员的企业实施…
        elif _PEER_AFTER.match(after_near):
            role, how = "lead", "after"  # X协同配合Y…: X acts with Y as its partner
        elif (
            (after_near.startswith(part_after) and not _helps(after_near))
            or re.match(r"^[\u4e00-\u9fff]{0,6}成员单位", after)
            or _assisting(after_near)
        ):
            role, how = "participate", "after"
        elif re.search(r"以$", before) and re.match(r"^[^，。；]{0,20}为(?:依托|载体|支撑)", after):
            role, how = "participate", "依托"
        elif any(before.endswith(w) for w in part_before) or (
            "发挥" in before[-6:] and "作用" in after[:20]
        ):
            role, how = "participate", "依托"
        elif _is_subject(before, after, first, lex) and (
            _subject_clause(text[s0:clause_start], lex)
            or first.label in ("ORG", "SELF")
            or after_near.startswith(tuple(lex["subject_modals"]))  # …，各地不得…
        ):
            role, how = "lead", "subject"
        if not role and first.how == "generic-subject":
            role, how = "lead", "subject"  # found by the subject pattern: it acts
        if how == "由" and re.match(r"^[^，。；;]{0,40}(?:组成|构成)", after):
            # 由X、Y组成的专班 / 形成由链主企业、…构成的梯度体系: members, not leads
            role, how = "participate", "member"
        if how == "object" and re.search(r"[，,]\s*(?:并|共同|积极)?(?:牵头|带头)", text[a1:s1]):
            role, how = "lead", "after"  # 鼓励X开展…，带头组建…: an explicit 牵头 beats 鼓励
        counted = _COUNTED_LIST.match(text, a1, s1) is not None
        if counted and not role and counted_role is not None:
            role, how = counted_role[0], "counted-list"
        elif counted and role:
            counted_role = (role, how)
        for a in run:
            a.role, a.how = role, how
    # a target table's row: 指标（单位）<TAB>12<TAB>30<TAB>责任单位 — the unit after the
    # figures, at the row's end, leads
    row = text[s0:s1].rstrip(" \t。；;|｜")
    digits = [m.end() for m in re.finditer(r"\d", row)]
    if digits and _target_row(row):
        for a in actors:
            if not a.role and (a.end or 0) == s0 + len(row) and (a.start or 0) >= s0 + digits[-1]:
                a.role, a.how = "lead", "table"
    if any(a.how in ("由", "名义") for a in actors):
        for a in actors:  # 领导小组拟由管委会主任担任组长: the subject is what is organised
            if a.how == "subject":
                a.role, a.how = "participate", "patient"


# 经X批准 / 经X备案 / 经X同意 / 经X分管领导同意: X (or its leader) approves what others do
_APPROVES = re.compile(r"(?:批准|备案|批复|同意|(?:分管|主要)(?:领导|负责同志)同意)")
# X应（积极）配合Y… / X协助Y…: Y leads, X participates (X协同配合Y…: X leads, Y takes part)
_ASSISTED = re.compile(r"(?<!协同)(?<!协调)(?:配合|协助)$")
_ASSISTING = re.compile(
    r"(?:应当?|要|须|必须|需|将|还将|也将)?(?:积极|主动|全力|认真|及时)?(?:参与)?(?:配合|协助)"
)
_PEER_AFTER = re.compile(r"协同配合(?![，,。；;]|$)")
# whom one helps rather than assists: 协助企业申报… / 配合群众办理… (the helper acts)
_HELPED = re.compile(
    r"[\u4e00-\u9fff]{0,6}?(?:企业|公司|用户|群众|居民|个人|人才|主体|农户|商户|家庭|患者)"
)
_ASSISTED_END = re.compile(r"(?:部门|政府|机构|单位|委员会|委|局|厅|办|中心|站|所|署|机关)$")


def _body_like(a: _Actor) -> bool:
    """A body that can be assisted (配合地方政府 / 配合国家能源局派出机构), not a firm class."""
    return a.label in ("ORG", "GPE", "SELF", "FIRM") or _ASSISTED_END.search(a.text) is not None


def _helps(after: str) -> bool:
    """X协助企业… / X配合群众…: X helps (acts), it does not assist a body."""
    m = _ASSISTING.match(after)
    return m is not None and _HELPED.match(after, m.end()) is not None


def _assisting(after: str) -> bool:
    """X应配合… / X协助…: X assists (not X协助企业…: X helps firms and acts)."""
    m = _ASSISTING.match(after)
    return m is not None and _HELPED.match(after, m.end()) is None


# a list closed by a count: 等国家级专精特新“小巨人”企业11家
_COUNTED_LIST = re.compile(r"等[^，。；;]{0,24}?\d+\s*[家个所项名]")


def _governed(before: str, verbs: re.Pattern[str]) -> bool:
    """Whether the last target verb before an actor (in its clause) takes it as object."""
    last = None
    for m in verbs.finditer(before):
        last = m
    return last is not None and _object_gap(before[last.end() :])


def _benefits(before: str, after: str, lex: MeasureLexicons) -> bool:
    """为X提供… / 对X给予… / 向X开放…: X receives the measure (``[benefactive_before]`` and
    ``[benefactive_verbs]``)."""
    m = re.search(rf"(?:{lex.regex('benefactive_before').pattern})([^，,；;。]*)$", before)
    if m is None or not _object_gap(m.group(1)):
        return False
    clause = re.split(r"[，,；;。]", after, maxsplit=1)[0]
    return lex.regex("benefactive_verbs").search(clause[:30]) is not None


def _object_gap(gap: str) -> bool:
    """The words between a target verb and its object: modifiers only, no other verb."""
    if len(gap) > 12:
        return False
    return not re.search(r"[，,；;。]|开展|进行|实施|建设|组建|加强|推进", gap)


_SUBJECT_PREFIX = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[是要]|[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]|\d{4}年以来|"
    r"第[一二三四五六七八九十百零〇\d]{1,4}条\s*|"
    r"\d{4}年\d{1,2}月(?:\d{1,2}日)?|\d{4}年)?"
    # a step's or item's short label (适配前专业评估：定点康复机构按照…)
    r"(?:[\u4e00-\u9fff]{2,10}[：:](?=[\u4e00-\u9fff]))?"
)


# a clause that only sets the time (…结束后 / …期间 / …之前 / 在…时)
_TIME_CLAUSE = re.compile(r"(?:之?后|以后|之前|以前|期间|时)$")


def _subject_clause(prefix: str, lex: MeasureLexicons) -> bool:
    """Whether the clauses before a subject are adverbials (time, 按照…, 围绕…) only."""
    clauses = [c for c in re.split(r"[，,：:]", prefix) if c.strip()]
    for c in clauses:
        c = _SUBJECT_PREFIX.sub("", c.strip())
        if not c or c in lex["subject_skip"] or (len(c) <= 8 and re.search(r"年|月|以来", c)):
            continue
        if _TIME_CLAUSE.search(c):
            continue  # 需求响应结束后，X对…: a clause of time is an adverbial
        if not c.startswith(tuple(lex["prepositions"])):
            return False
    return True


# 任何单位和个人如发现…，都要立即上报: a duty under a condition
_CONDITION_DUTY = re.compile(
    r"(?:如|发现|遇有|认为)[^，。；]{1,30}[，,](?:都|均|也)?(?:要|应|须|必须|不得)"
)

# 国务院领导已经批复…: an unnamed leader acts for the body
_UNNAMED_ACTS = re.compile(r"已|将|同意|批示|批复|高度|亲自|多次")


# what a place written before it modifies: a field, a line of work, an event
_PLACE_MODIFIES = re.compile(
    r"(?!结合|围绕|按照|根据|加强|推进|推动|做好|抓好|聚焦|通过|把|将|对|在|以)"
    r"[\u4e00-\u9fff]{0,6}?(?:领域|工作(?!组|专班|小组|机构|部门)|冬奥会|奥运会|亚运会|博览会|运动会|峰会)"
    r"(?:期间|和|、|[\u4e00-\u9fff]{0,2}(?:坚持|以|围绕|始终|持续|已|取得|实现))"
)


def _is_subject(before: str, after: str, actor: _Actor, lex: MeasureLexicons) -> bool:
    rest = _SUBJECT_PREFIX.sub("", before)
    for w in sorted(lex["subject_skip"], key=len, reverse=True):
        if rest.startswith(w):
            rest = rest[len(w) :]
    rest = rest.lstrip("，, ")
    if rest:
        return False
    if (
        not after
        or after[0] in "的之、，,。；;：:）)”》"
        or after.startswith(("等", "内部", "和", "与"))
    ):
        return False
    if re.match(r"(?:意见|认为|提出)[：:]", after):
        return False  # 发展改革委意见：国家已取消…: the body reports, the clause after acts
    title = next(
        (t for t in sorted(lex["person_titles"], key=len, reverse=True) if after.startswith(t)),
        None,
    )
    if title is not None and not _UNNAMED_ACTS.match(after, len(title)):
        return False  # 省住建厅厅长高义任…: the person acts, the body is not the subject
    if re.match(r"[\u4e00-\u9fff]{1,4}的", after):
        return False  # 东北电网的… / 省国资委监管的企业…: the name modifies a noun
    if actor.label in ("GPE", "SELF") and _PLACE_MODIFIES.match(after):
        # 我市医药领域以…为主 / 我区城市更新工作坚持… / 北京冬奥会期间: the place names the
        # field, the work or the event the sentence is about; it does not act
        return False
    if actor.label == "GPE" and actor.text.endswith(lex["infrastructure_ends"]):
        return False  # 金山铁路全天开行列车…: a facility is run or built, it does not act
    if actor.label == "GPE" and re.match(
        r"(?:地区)?(?:生产总值|GDP|经济总量|常住人口|批准面积|规划面积|总面积|面积|总人口)"
        r"|(?:规上|规模以上)?工业增加值|(?:一般公共预算|地方财政|财政)收入|固定资产投资"
        r"|社会消费品零售总额|进出口总额|城乡?居民人均可支配收入",
        after,
    ):
        # 福州地区生产总值达…, 会昌工业园区批准面积从…调整为…: the place's output or size is
        # what the sentence sets, no one acts
        return False
    if actor.label in ("ORG", "ACTOR_GROUP") and re.match(
        r"(?:示范创建|专项|预算|统筹)?资金(?:要|应|将|须)", after
    ):
        return False  # 省财政示范创建资金要集中用于…: the money is the subject, not the bureau
    if (
        actor.label == "ACTOR_GROUP"
        and not after.startswith(tuple(lex["plan_subject"]))
        and not after.startswith(tuple(lex["group_subject_after"]))
        and not _CONDITION_DUTY.match(after)
    ):
        return False
    return actor.label in ("ORG", "GPE", "FIRM", "ACTOR_GROUP", "SELF")


# --------------------------------------------------------------------------- main


@dataclass
class _Unit:
    start: int
    end: int
    text: str
    heading: bool
    verbs: list[str]


class _Sections(list[Any]):
    """The document's sections with an index of the innermost section at every character
    (``_chain`` is called for every sentence: a scan of all sections each time is quadratic)."""

    def __init__(self, sections: Iterable[Any]) -> None:
        super().__init__(sections)
        end = max((max(int(_get(x, "end")), int(_get(x, "start")) + 1) for x in self), default=0)
        self.innermost: list[int] = [-1] * (end + 1)
        # paint outer levels first; at equal level the later section wins (as in the scan)
        for k in sorted(range(len(self)), key=lambda k: (_get(self[k], "level"), k)):
            a = int(_get(self[k], "start"))
            b = max(int(_get(self[k], "end")), a + 1)
            self.innermost[a:b] = [k] * (b - a)


def _sections_of(structure: Any) -> list[Any]:
    return _Sections(_get(structure, "sections", []) or [])


def _chain(sections: list[Any], start: int) -> list[int]:
    best: int | None = None
    if isinstance(sections, _Sections):
        if 0 <= start < len(sections.innermost) and sections.innermost[start] >= 0:
            best = sections.innermost[start]
    else:
        for k, sec in enumerate(sections):
            if _get(sec, "start") <= start < max(_get(sec, "end"), _get(sec, "start") + 1):
                if best is None or _get(sec, "level") >= _get(sections[best], "level"):
                    best = k
    chain: list[int] = []
    while best is not None and best not in chain:
        chain.append(best)
        best = _get(sections[best], "parent")
    return chain[::-1]


def _enum_path(text: str, enums: list[Any], start: int) -> list[str]:
    items = [e for e in enums if _get(e, "start") <= start < _get(e, "end")]
    if not items:
        return []
    item = max(items, key=lambda e: _get(e, "start"))
    series = [e for e in enums if _get(e, "series") == _get(item, "series")]
    first = min(series, key=lambda e: _get(e, "start"))
    line_start = text.rfind("\n", 0, _get(first, "start")) + 1
    intro = text[line_start : _get(first, "start")]
    path = []
    m = re.match(r"\s*([\u4e00-\u9fff]{2,5})[，,]", intro)
    if m and not _MARKER_RE.match(intro):
        path.append(m.group(1))
    path.append(str(_get(item, "label")))
    return path


# a body or generic actor at the start of a sentence that the recognisers missed or cut:
# 各区要… / 各有关单位应… / 地方政府性融资担保机构要… / 市交通委会同… / 各地财政部门要… /
# 电网企业、市场运营机构要… / 有条件的地方可… / 自愿退出的新能源项目，应… (heads and cues:
# [subject_heads] [group_subject_heads] [subject_cues] [subject_modals] of measure_roles.txt)
@lru_cache(maxsize=8)
def _generic_subject_re(lex: MeasureLexicons) -> re.Pattern[str]:
    def alt(*names: str) -> str:
        words = sorted({w for n in names for w in lex[n]}, key=len, reverse=True)
        return "|".join(re.escape(w) for w in words) or "(?!)"

    heads, group_heads = alt("subject_heads"), alt("subject_heads", "group_subject_heads")
    cues, modals = alt("subject_cues"), alt("subject_modals")
    agents, acts = alt("agent_heads"), alt("action_verbs", "agent_cues")
    # a character of a name, or a bracketed qualifier inside it: 能源（电力）主管部门
    ch = r"(?:[\u4e00-\u9fff]|[（(][\u4e00-\u9fff、]{1,6}[）)])"
    one = rf"(?:各(?:级|有关|相关|地|省|市|区|县)?{ch}{{0,10}}?(?:{group_heads})|"
    one += rf"(?:[省市区县]|国家)?{ch}{{0,12}}?(?:{heads}))"
    # an acting body or firm class (供电企业, 主管部门) acts with any action verb or manner
    # adverb after it (供电企业深化… / 主管部门协同配合…); other heads need a cue
    # (no verb or adverb first: 深化国有企业…, 协同税务部门…; no preposition inside:
    # 组织实施向主责单位…)
    ach = r"(?:(?![向为对把将被与])[\u4e00-\u9fff]|[（(][\u4e00-\u9fff、]{1,6}[）)])"
    agent = rf"(?!{acts})(?:各{ach}{{0,10}}?|{ach}{{2,12}}?)(?:{agents})"
    return re.compile(
        rf"(?:[\u4e00-\u9fff]{{1,12}}、)*{one}(?:[、和及]{one})*"
        rf"(?=(?:[（(][^（）()]{{1,60}}[）)])?等?(?:(?:{cues})(?!于|的)|[，,](?:{modals})))"
        rf"|(?P<agent>(?:[\u4e00-\u9fff]{{1,12}}、)*{agent}(?:[、和及]{agent})*)"
        rf"(?=(?:{acts})(?![的之]))"
        # a public rule's regulated subject: 任何单位和个人如发现…都要… / 任何组织不得…
        r"|任何(?:单位|组织|个人)(?:[和或及](?:单位|组织|个人))?(?=如|都|均|不得|应|须|必须|要)"
    )


# a duty word (应 / 应当 / 必须 / 须), not 应用 / 对应 / 响应
_DUTY_WORD = re.compile(r"(?<![对响相供])应(?!用|急|收|对)|必须|(?<![无必])须(?!知)")

# a clause that only modifies a noun: 企业开展研发活动中实际发生的研发费用，按规定…
_RELATIVE = re.compile(r"(?:发生|产生|获得|取得|缴纳|支付|投入|使用|购买|购置|享受)的")

_NOT_SUBJECT_START = re.compile(
    r"^(?:本|该|此|其|我|对|在|为|与|和|经|将|把|被|按|从|向|由|以|据|于|给|让|使|凡|如|根据|依据|依照"
    r"|围绕|针对|通过|关于|结合|推行|形成|确保|力争|争取|要求|明确"
    # an effort adverb or an action verb opens a predicate, not a subject (努力推进企业研发…)
    r"|努力|着力|大力|积极|加快|推进|推动|加强|深入|全面|持续|进一步|鼓励|支持|引导|培育"
    r"|打造|构建|完善|健全|仅|只|希望|期望|盼望|配合|协助|会同"
    # a duty word opens a predicate (要按照当地县(市、区)政府审批后的方案…), not 应急管理部门
    r"|要(?![素件])|应(?!急)|需(?!求))"
)


@lru_cache(maxsize=8)
def _person_in_charge(lex: MeasureLexicons) -> re.Pattern[str]:
    """What follows a person put in charge: a title ([person_titles]), then an
    [in_charge_after] word (刘某副市长负责, 王某同志牵头)."""
    titles, verbs = lex.regex("person_titles").pattern, lex.regex("in_charge_after").pattern
    return re.compile(rf"(?:常务)?(?:副)?(?:{titles})?(?:{verbs})")


# 在X的（统一 / 坚强）领导下: X leads the work the sentence reports
_UNDER_LEADERSHIP = re.compile(r"的?(?:统一|坚强|正确|大力)?领导下")
# an adverb or verb of degree inside a would-be subject (继续加大财政, 县(市、区)相应加大财政对…):
# the predicate has begun, the head noun is its object
_PREDICATE_INSIDE = re.compile(r"继续|相应|加大|加快|不断|进一步|持续|逐步")


def _with_generic_subject(
    text: str, start: int, end: int, actors: list[_Actor], lex: MeasureLexicons
) -> list[_Actor]:
    """``actors`` plus the sentence-initial subject found by pattern when no recognised
    mention starts there (a mention inside it, 有关单位 in 各有关单位, gives way)."""
    s = text[start:end]
    head = _SUBJECT_PREFIX.match(s)
    pos = head.end() if head else 0
    for w in sorted(lex["subject_skip"], key=len, reverse=True):
        if s.startswith(w, pos):
            pos += len(w)
            break
    while pos < len(s) and s[pos] in "，, ":
        pos += 1
    return _subject_at(text, start, end, pos, actors, lex)


def _subject_at(
    text: str,
    start: int,
    end: int,
    pos: int,
    actors: list[_Actor],
    lex: MeasureLexicons,
    *,
    clause: bool = False,
) -> list[_Actor]:
    """``actors`` plus the generic subject found by pattern at ``start + pos``; in a later
    clause (``clause``) only an addressee (各电网企业同步…) or one bound by a duty (…要/应,
    ``[subject_duties]``; 企业可… is a permission for the target)."""
    s = text[start:end]
    named = [a for a in actors if (a.start or 0) - start == pos and a.label != "ACTOR_GROUP"]
    m = _generic_subject_re(lex).match(s, pos)
    if named and (
        m is None
        or (named[0].end or 0) - start >= m.end()
        or not (
            re.search(r"[、和及]", s[(named[0].end or 0) - start : m.end()])
            # 国务院有关部门 / 省政府各部门: the body's own departments, one actor
            or s.startswith(("有关", "相关", "各"), (named[0].end or 0) - start)
        )
    ):
        return sorted(actors, key=lambda a: a.start or 0)  # a named subject, no list after it
    if m is None or m.end() - pos < 2:
        return sorted(actors, key=lambda a: a.start or 0)
    if m.group("agent"):
        first = re.split(r"[，,；;。]", s[m.end() :], maxsplit=1)[0]
        if (
            _RELATIVE.search(first)
            or first.endswith("的")  # 科技型中小企业申请贷款的，给予贴息: a condition
            or first.startswith(tuple(lex["agent_benefits"]))  # 入驻企业享受…: a beneficiary
            or m.group("agent").endswith(tuple(lex["agent_not_heads"]))
        ):
            # 企业开展研发活动中发生的费用… / 差异化提高局部…: no acting body
            return sorted(actors, key=lambda a: a.start or 0)
    duty = s[m.end() :].startswith(tuple(lex["subject_duties"]))
    if s.startswith("在", m.end()):
        # 骨干企业在…方面: no duty, no subject; 各部门在省政府领导下，要…: the duty follows
        scope = re.split(r"[，,；;。]", s[m.end() :], maxsplit=2)
        # 在…领导下 / 在…组织下 / 在…开始前: the clause after it says what the subject does
        framed = len(scope) > 1 and (
            scope[0].endswith(("下", "前")) or _TIME_CLAUSE.search(scope[0]) is not None
        )
        words = scope[0] + (scope[1] if framed else "")
        acts_after = framed and (
            lex.regex("action_verbs").match(scope[1]) is not None
            or scope[1].startswith(("具体", "负责", "统一"))
        )
        if not lex.regex("subject_duties").search(words) and not acts_after:
            return sorted(actors, key=lambda a: a.start or 0)
    if _NOT_SUBJECT_START.match(m.group()) and not (m.group().startswith("在") and duty):
        return sorted(actors, key=lambda a: a.start or 0)  # 在川能源企业要…: a subject
    if _verb_object(m.group(), _BRACKET_START.sub("", s[m.end() :]), lex):
        return sorted(actors, key=lambda a: a.start or 0)  # 支持融资租赁机构联合…: an object
    permitted_body = s.startswith(("可", "将"), m.end()) and _PUBLIC_BODY_END.search(m.group())
    if clause and not (m.group().startswith("各") or duty or permitted_body):
        # …，市住房保障办公室、区住房保障部门可依法…: a body given a power acts
        return sorted(actors, key=lambda a: a.start or 0)
    a, b = start + m.start(), start + m.end()
    ask = re.match(r"请|建议", m.group())
    if ask:
        a += ask.end()  # 请各县（市、区）人民政府抓好…: the request is no part of the subject
    phrase = text[a:b]
    if _PREDICATE_INSIDE.search(phrase):
        return sorted(actors, key=lambda a: a.start or 0)  # 继续加大财政对…: a predicate
    if phrase in ("项目", "该项目", "本项目"):
        return sorted(actors, key=lambda a: a.start or 0)  # 项目应优先选用…: a rule for the works
    if any((x.start or 0) < a < (x.end or 0) or (x.start or 0) < b < (x.end or 0) for x in actors):
        return sorted(actors, key=lambda a: a.start or 0)  # cuts a recognised name
    inner = [x for x in actors if a <= (x.start or 0) and (x.end or 0) <= b]
    parts = _subject_parts(phrase, lex)
    # a named body that is a whole part of the list (国家能源局及其派出机构、各省级主管部门:
    # 国家能源局 for its part) keeps its name and leads its part
    whole = {
        k: x
        for x in inner
        if x.label not in ("ACTOR_GROUP", "SELF")
        for k, (pa, pb) in enumerate(parts)
        if x.start == a + pa and (x.end == a + pb or phrase.startswith("及其", (x.end or 0) - a))
    }
    part_ends = {a + pb for _, pb in parts} | {a + len(p) for p in _list_prefixes(phrase)}
    if any(
        x.label not in ("ACTOR_GROUP", "SELF") and x.end in part_ends and x not in whole.values()
        for x in inner
    ):
        return sorted(actors, key=lambda a: a.start or 0)  # 由市工信局: a name with a prefix
    # a name that only modifies the generic head (国务院 in 国务院部门) gives way
    kept = [x for x in actors if x not in inner or x in whole.values()]
    for k, (pa, pb) in enumerate(parts):
        if k in whole:
            continue
        part = phrase[pa:pb]
        label = "ORG" if re.search(r"[委局厅部办署]$", part) else "ACTOR_GROUP"
        kept.append(_Actor(a + pa, a + pb, part, label, None, None, how="generic-subject"))
    return sorted(kept, key=lambda x: x.start or 0)


# the head of a public body (a power it is given is an act: …部门可依法…)
_PUBLIC_BODY_END = re.compile(r"(?:部门|机构|办公室|政府|委员会|局|厅|委|办|中心|组织|院)$")


def _with_clause_subjects(
    text: str, start: int, end: int, actors: list[_Actor], lex: MeasureLexicons
) -> list[_Actor]:
    """``actors`` plus the generic subjects of later clauses: …，各电网企业同步在…公布 /
    …，与企业相关的职称评审委员会、专家库要吸纳…."""
    out = actors
    # after one topic clause (对于用户受电工程，供电企业可…) the next clause opens the sentence
    topic = _TOPIC_CLAUSE.match(text, start, end)
    for m in re.finditer(r"[，,；;]", text[start:end]):
        opening = topic is not None and start + m.end() == topic.end()
        out = _subject_at(text, start, end, m.end(), out, lex, clause=not opening)
    return out


_TOPIC_CLAUSE = re.compile(r"(?:对于|针对)[^，,；;：:。]*[，,]")


_BRACKET_START = re.compile(r"^[（(][^（）()]{1,60}[）)]")


def _list_prefixes(phrase: str) -> list[str]:
    """The phrase up to each list separator (、和及): the places where a listed name ends."""
    return [phrase[: m.start()] for m in re.finditer(r"[、和]|及(?!其)", phrase)]


def _verb_object(phrase: str, after: str, lex: MeasureLexicons) -> bool:
    """支持融资租赁机构联合… / 鼓励企业加大…: a target verb and its object, not a subject; a
    duty word after the phrase makes it a noun (组织机构、有关部门应当… ``after``)."""
    first = re.split(r"[、和及]", phrase)[0]
    heads = tuple(lex["subject_heads"]) + tuple(lex["group_subject_heads"])
    verbs = lex.regex("action_verbs")
    verb = verbs.match(first)
    if verb is not None and (not first.endswith(heads) or verbs.fullmatch(first, verb.end())):
        # 健全跨层级、跨区域、跨部门推进机制: a verb and its list of modifiers; 做好组织落实:
        # a verb and a verb that is also a head (组织), not 建设单位
        return True
    m = lex.regex("target_before").match(first)
    if m is None:
        return False
    return len(first) - m.end() >= 3 or not after.startswith(tuple(lex["subject_modals"]))


def _subject_parts(phrase: str, lex: MeasureLexicons) -> list[tuple[int, int]]:
    """The actors of a subject list: 电网企业、市场运营机构 → two; 县级以上地方各级人民政府及
    国务院部门 → two (和/及 where both sides end in an actor noun); 各地价格、能源、电力运行
    主管部门 (parts that end in no actor noun) and the formula 各地区、各部门 stay one."""
    heads = tuple(lex["subject_heads"]) + tuple(lex["group_subject_heads"])
    # 、 inside brackets lists a unit's alternatives (各县（市、区）人民政府): one part
    parts = [
        (m.start(), m.end()) for m in re.finditer(r"(?:[（(][^（）()]*[）)]|[^、（(])+", phrase)
    ]
    if len(parts) == 2 and all(phrase[x:y].startswith("各") for x, y in parts):
        return [(0, len(phrase))]  # 各地区、各部门: the addressees at large, one actor
    verbs = lex.regex("action_verbs")
    out: list[tuple[int, int]] = []
    for x, y in parts:
        # X及其派出机构 is one part (the body with its own branches)
        pieces = [
            (x + m.start(), x + m.end()) for m in re.finditer(r"(?:[^和及]|及其)+", phrase[x:y])
        ]
        if len(pieces) > 1 and all(
            q - p >= 2
            and phrase[p:q].endswith(heads)
            and not verbs.fullmatch(phrase[p:q])  # 组织及参与…的有关单位: a verb, not a body
            for p, q in pieces
        ):
            out.extend(pieces)
        else:
            out.append((x, y))
    if len(out) > 1 and all(phrase[x:y].endswith(heads) for x, y in out):
        return out
    return [(0, len(phrase))]


def _addressees(a: _Actor) -> bool:
    """各地区、各部门: the addressees at large (the joint formula 各X、各Y), who lead only
    their own sentence (not carried to the next sentences or to the item's heading)."""
    return a.label == "ACTOR_GROUP" and a.text.startswith("各") and "、" in a.text


def _joined_groups(text: str, groups: list[_Actor]) -> list[_Actor]:
    """Generic groups written as one addressee: 各地(区)、各部门 → one actor 各地区、各部门
    (a cut 各地 before 区/方 is completed first)."""
    out: list[_Actor] = []
    for g in sorted(groups, key=lambda x: x.start or 0):
        end = g.end or 0
        if g.text.endswith("各地") and text[end : end + 1] in ("区", "方"):
            g = _copy(g, end=end + 1, text=g.text + text[end])
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.text.startswith("各")
            and g.text.startswith("各")
            and text[prev.end or 0 : g.start or 0] == "、"
        ):
            out[-1] = _copy(prev, end=g.end, text=text[prev.start or 0 : g.end or 0])
            continue
        out.append(g)
    return out


# 由X负责 / 由X和Y统一… / 由电网企业按照…开展…: bodies put in charge that no recogniser named
# (军队各级防化业务部门); cues and last words: [assigned_cues] [assigned_heads]
@lru_cache(maxsize=8)
def _assigned_res(lex: MeasureLexicons) -> tuple[re.Pattern[str], re.Pattern[str]]:
    def alt(*names: str) -> str:
        words = sorted({w for n in names for w in lex[n]}, key=len, reverse=True)
        return "|".join(re.escape(w) for w in words) or "(?!)"

    heads = alt("assigned_heads", "assigned_group_heads")
    return (
        # 由X出具的意见: a relative clause names no one in charge; X ends in a body's head, so a
        # cue inside it (由区级残联组织与…: 组织) does not cut it
        re.compile(
            rf"(?<![理自缘])由(?!于|此)([\u4e00-\u9fff、]{{0,28}}?(?:{heads}))"
            rf"(?=(?:{alt('assigned_cues')})(?!的))"
        ),
        re.compile(rf"(?:{heads})$"),
    )


@lru_cache(maxsize=8)
def _assisted_re(lex: MeasureLexicons) -> re.Pattern[str]:
    heads = "|".join(sorted(map(re.escape, lex["assigned_heads"]), key=len, reverse=True))
    return re.compile(
        rf"(?<!协同)(?<!协调)(?:配合|协助)([\u4e00-\u9fff]{{0,8}}?(?:{heads or '(?!)'}))(?![的之]|{heads or '(?!)'})"
    )


def _with_assigned_bodies(
    text: str, start: int, end: int, actors: list[_Actor], lex: MeasureLexicons
) -> list[_Actor]:
    """``actors`` plus the bodies of 由X负责 that no mention covers; ``how`` ``由`` (lead)."""
    assigned, body_end = _assigned_res(lex)
    groups = tuple(lex["assigned_group_heads"])
    out = list(actors)
    verbs = lex.regex("action_verbs")
    for m in _assisted_re(lex).finditer(text, start, end):
        # 配合政府部门推动…: the assisted body (a lead, ``_ASSISTED``) that no recogniser named
        a, b = m.span(1)
        if verbs.match(m.group(1)) or any((x.start or 0) < b and a < (x.end or 0) for x in out):
            continue
        out.append(_Actor(a, b, m.group(1), "ACTOR_GROUP", None, None, how="generic"))
    for m in assigned.finditer(text, start, end):
        pos = m.start(1)
        for part in re.split(r"([、和及与])", m.group(1)):
            a, b = pos, pos + len(part)
            pos = b
            if len(part) < 2 or not body_end.search(part):
                continue
            over = [x for x in out if (x.start or 0) < b and a < (x.end or 0)]
            if any(
                x.label != "ACTOR_GROUP" or (x.start or 0) < a or (x.end or 0) > b for x in over
            ):
                continue
            # a generic group inside the part (相关部门 in 由所在单位或相关部门) gives way
            out = [x for x in out if x not in over]
            label = "ACTOR_GROUP" if part.endswith(groups) or over else "ORG"
            out.append(_Actor(a, b, part, label, None, None, how="generic"))
    return sorted(out, key=lambda x: x.start or 0)


# 请你省继续… / 建议你省积极推进…: a letter asks its addressee to act
_ADDRESSEE_ASKED = re.compile(
    r"(?:请|建议|希望|要求)((?:你|贵)(?:省|市|区|县|局|委|厅|部|办|单位))(?=[\u4e00-\u9fff])"
)


# …，国家将根据…适时启动 / 2000年国家已取消…: the state as the clause's acting subject
_STATE_ACTS = re.compile(r"(?:(?<=^)|(?<=[，,：:\n]))(?:\d{4}年)?(国家)(?=已经?|将)")


def _with_addressee(text: str, start: int, end: int, actors: list[_Actor]) -> list[_Actor]:
    """``actors`` plus the addressee a letter asks to act (请你省… / 建议你省…) and the state
    acting in a clause of its own (，国家将…), as leads."""
    out = list(actors)
    for m in [
        *_ADDRESSEE_ASKED.finditer(text, start, end),
        *_STATE_ACTS.finditer(text, start, end),
    ]:
        a, b = m.span(1)
        if any((x.start or 0) < b and a < (x.end or 0) for x in out):
            continue
        label = "GPE" if m.group(1)[-1] in "省市区县" or m.group(1) == "国家" else "ORG"
        out.append(_Actor(a, b, m.group(1), label, None, None, role="lead", how="由"))
    return sorted(out, key=lambda x: x.start or 0)


@lru_cache(maxsize=1)
def _self_reference_regex() -> re.Pattern[str] | None:
    """The issuer's self references (我省, 本委 …) of the bundled reference words, longest
    first; built once, not per measure."""
    from .aliases import load_references

    refs = [r for r in load_references().values() if r.target not in ("recipient", "country")]
    words = sorted({r.surface for r in refs if r.surface != "我们"}, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words)) if words else None


def _self_references(text: str, start: int, end: int, taken: list[_Actor]) -> list[_Actor]:
    rx = _self_reference_regex()
    if rx is None:
        return []
    out = []
    for m in rx.finditer(text[start:end]):
        a, b = start + m.start(), start + m.end()
        if any((t.start or 0) < b and a < (t.end or 0) for t in taken):
            continue
        out.append(_Actor(a, b, m.group(), "SELF", None, None))
    return out


def find_measures(
    text: str,
    structure: Any,
    entities: Sequence[Any] = (),
    actor_groups: Sequence[Any] = (),
    meta: Mapping[str, Any] | None = None,
    *,
    lexicons: MeasureLexicons | None = None,
    classify: bool | Callable[[str, str], Any] = True,
    detector: Any = None,
) -> list[dict[str, Any]]:
    """The measures of one document, as record dicts (see ``docs/schema.md``).

    Parameters
    ----------
    text
        The document text every offset refers to.
    structure
        Its :class:`~policytext.structure.DocumentStructure` (``sentences``, ``sections``,
        ``enumerations``, ``fields``, ``body_start``).
    entities, actor_groups
        Mentions (``start end label text`` and optionally ``canonical id``): ``Mention``
        objects or record dicts.
    meta
        The document's meta (``issuer``, ``issuers``, ``doc_type`` …); default
        ``structure.meta``.
    lexicons
        :func:`load_measure_lexicons` output (default: the bundled lists).
    classify
        Classify each measure's policy instrument: ``True`` with the keyword scheme
        (``policytext.instruments.classify_measure``), or a function ``(text, context) ->
        Instrument`` such as :func:`policytext.instrument_model.instrument_classifier` gives;
        ``False`` leaves ``instrument`` null.
    detector
        A :class:`~policytext.measure_model.MeasureModel` that may overrule the rules where it
        is nearly sure (``policytext.measure_model.DROP_BELOW`` / ``ADD_ABOVE``); ``None``
        (default) leaves detection to the rules.

    Returns
    -------
    list of dict
        ``start end text path verbs status actors instrument programs quantities theme``.
    """
    source = text
    text = fold_punctuation(text)  # the rules read ， for , (same length, same offsets)
    out = _find_measures(
        text,
        structure,
        entities,
        actor_groups,
        meta,
        lexicons=lexicons,
        classify=classify,
        detector=detector,
    )
    if text is not source:  # the records keep the source's characters
        for m in out:
            m["text"] = source[m["start"] : m["end"]]
            for item in (*m["actors"], *m["quantities"]):
                if item.get("start") is not None and item.get("end") is not None:
                    item["text"] = source[item["start"] : item["end"]]
    return out


def _find_measures(
    text: str,
    structure: Any,
    entities: Sequence[Any],
    actor_groups: Sequence[Any],
    meta: Mapping[str, Any] | None,
    *,
    lexicons: MeasureLexicons | None,
    classify: bool | Callable[[str, str], Any],
    detector: Any = None,
) -> list[dict[str, Any]]:
    lex = lexicons or _default_lexicons()
    meta = dict(meta if meta is not None else (_get(structure, "meta", {}) or {}))
    sections = _sections_of(structure)
    enums = list(_get(structure, "enumerations", []) or [])
    sentences = sorted(_get(structure, "sentences", []) or [], key=lambda x: int(_get(x, "start")))
    body_start = int(_get(structure, "body_start", 0) or 0)
    header_end = int(_get(structure, "header_end", 0) or 0)
    field_spans = [
        (int(_get(f, "start")), int(_get(f, "end")))
        for fs in (_get(structure, "fields", {}) or {}).values()
        for f in fs
    ]
    ents = [e for e in entities]
    named = [_mention(e) for e in ents if _get(e, "label") in ACTOR_LABELS]
    # a person put in charge by name acts (由吴某副市长负责, 王某同志牵头); other mentions of
    # people (a member's proposal, a leader's speech) are no actors
    named += [
        _mention(e)
        for e in ents
        if _get(e, "label") == "PERSON"
        and (
            _person_in_charge(lex).match(text, int(_get(e, "end")))
            # a table cell that holds a name (| 王某 |): a leader column's cell
            or _alone_in_cell(text, int(_get(e, "start")), int(_get(e, "end")))
        )
    ]
    named.sort(key=lambda a: a.start or 0)
    groups = [_mention(g) for g in actor_groups]
    for g in groups:
        g.label = "ACTOR_GROUP"
    groups = _joined_groups(text, groups)
    programs = sorted(
        (e for e in ents if _get(e, "label") == "PROGRAM"), key=lambda e: int(_get(e, "start"))
    )
    program_starts = [int(_get(p, "start")) for p in programs]
    pool = sorted(named + groups, key=lambda a: a.start or 0)
    pool_starts = [a.start or 0 for a in pool]
    notes = find_notes(text, lex)  # in text order
    trailing = _trailing_line_notes(text, notes, lex)
    in_trailing = {id(n) for group, _ in trailing for n in group}
    notes = [n for n in notes if id(n) not in in_trailing]
    note_index = (notes, [n.start for n in notes])
    sentence_starts = [int(_get(x, "start")) for x in sentences]
    cell_rows = find_cell_table_notes(text, pool)
    # a table row that assigns units is a task, whatever its wording (地区生产总值增长6%以上):
    # its first sentence, not a later cell (完成时限 2025年底)
    task_rows = {span[0] for n, span in cell_rows if n.units}
    row_notes = find_table_notes(text, pool, lex) + cell_rows
    row_notes += [(_merged_note(group, text, lex), span) for group, span in trailing]
    names = _name_spans(ents)
    # the names of government bodies: the classifier does not read them (市市场监管局 says
    # nothing about a measure's instrument, nor 奖励办公室 or 金融办)
    body_end = tuple(lex["body_name_ends"])
    body_names = sorted(
        (int(_get(m, "start")), int(_get(m, "end")))
        for m in ents
        if _get(m, "label") == "ORG" and str(_get(m, "text")).endswith(body_end)
    )
    note_spans = sorted(
        [(n.start, n.end) for n in notes] + [(n.start, n.end) for n, _ in row_notes]
    )
    heading_starts = {int(_get(s, "start")) for s in sections}
    # the preamble: the sentences before the first section heading (为…，制定本方案 and kin)
    preamble_end = min(heading_starts) if heading_starts else -1
    approval_spans = _approval_spans(sections)
    approval_terms: set[int] = set()  # the starts of an approval's terms (no actor of their own)

    # ---------------------------------------------------------------- 1. which sentences
    units: list[_Unit] = []
    target_chain_end: int | None = None
    # the learned detector's probability for each sentence, read as the gold reads it (notes
    # and all), in one batch
    learned = (
        None
        if detector is None
        else detector.measure_probability(
            [text[int(_get(x, "start")) : int(_get(x, "end"))] for x in sentences]
        )
    )
    for k_sent, sent in enumerate(sentences):
        s, e = int(_get(sent, "start")), int(_get(sent, "end"))
        if s < max(body_start, header_end if body_start == 0 else 0):
            continue
        if any(a <= s and e <= b for a, b in field_spans):
            continue
        s_trim, e_trim = _strip_notes(s, e, note_spans)
        row_number = _ROW_NUMBER_LINE.match(text, s_trim, e_trim)
        if row_number:
            s_trim = row_number.end()  # a table's row number on a line of its own (1 ⏎ 推进…)
        if e_trim - s_trim < 4:
            continue
        chain = _chain(sections, s)
        if (
            any(_heading_name(sections[k]) in lex["background_sections"] for k in chain)
            and s not in heading_starts
        ):
            continue
        if any(
            _heading_name(sections[k]) in lex["criteria_sections"]
            and int(_get(sections[k], "start")) != s
            for k in chain
        ) and not _DUTY_WORD.search(text[s:e]):
            # 二、评价内容 ⏎ （一）…评价 ⏎ 1.市场建设进展。形成完整的…: criteria, not acts (the
            # section's rule 评价工作应结合…开展 stays)
            continue
        if _only_a_name(text, s_trim, e_trim, programs, program_starts):
            continue  # a line that is a document's title (2020年某区优化营商环境实施方案)
        if _signature_line(text, s_trim, e_trim):
            continue  # 某省“千村示范、万村整治”工作协调小组办公室 ⏎ 2020年5月8日: the signer
        masked = _masked(text, s_trim, e_trim, names)
        heading = s in heading_starts
        ok, verbs, excluded = _judge(text[s_trim:e_trim], heading, masked, lex)
        if (
            not ok
            and any(_goal_section(_heading_name(sections[k]), lex) for k in chain)
            and _goal_statement(text[s_trim:e_trim], lex)
        ):
            ok = True  # 二、发展目标 ⏎ ——产业能级实现新跨越。5个产业链初具规模。
        if not ok and _TARGET_FIGURE.search(masked):
            ok = True  # 科技进步贡献率达到60%以上。: a target set within a task item
        if (
            not ok
            and target_chain_end is not None
            and text[target_chain_end:s_trim].strip(" \t") == ""
            and _goal_statement(text[s_trim:e_trim], lex)
        ):
            ok = True  # 1.生产总值增长7.5%左右；一般公共预算收入增长8.5%；: a ；-chain of targets
        if not ok and s in task_rows:
            ok = True
        if not ok and _in_spans(s, approval_spans) and _approval_detail(text[s_trim:e_trim], lex):
            ok = True  # 同意…合并设立花垣镇。新设立的花垣镇辖71个建制村…: the approval's terms
            approval_terms.add(s_trim)
        if ok and any(_heading_name(sections[k]) in lex["principle_sections"] for k in chain):
            ok = action_clauses(masked, lex) >= 2  # a guideline that lists actions
            excluded = not ok
        if ok and s < preamble_end and _own_document(text[s_trim:e_trim], lex):
            ok, excluded = False, True  # 为…，X研究制定了《…》 / 决定实施…行动计划: the document
        joined = _joined(text, e_trim, sentences, sentence_starts)
        if ok and joined and not is_measure(text[s_trim:joined], heading=heading, lexicons=lex)[0]:
            ok = False  # a line break inside 为…，制定以下措施。
            excluded = True
        # the model overrules the rules where it is nearly sure, but not a rule that excludes
        # the sentence (a named project heading, a topic, the document itself): it takes only
        # sentences in which the rules found nothing either way; and it leaves table rows
        # alone (it learned from prose: a row's cells and units are no wording it knows, and
        # the table, not the wording, makes a row a task)
        if learned is not None and "|" not in text[s:e]:
            if ok:
                ok = bool(learned[k_sent] >= DROP_BELOW)
            elif not excluded:
                ok = bool(learned[k_sent] > ADD_ABOVE)
        if ok:
            units.append(_Unit(s_trim, e_trim, text[s_trim:e_trim], heading, verbs))
        # a target (no action verb) that ends on ； opens a chain the next clauses may continue
        target_chain_end = e_trim if ok and not verbs and text[e_trim - 1] in "；;" else None

    # ---------------------------------------------------------------- 2. context
    context = _context(text, ents, meta)
    plan_cue = lex.regex("carry_planned")
    plan_from = None
    for m in plan_cue.finditer(text):
        if m.start() >= body_start and (
            m.start() == 0
            or text[m.start() - 1] in "\n。；，："
            or text[max(0, m.start() - 2) : m.start()].strip() == ""
        ):
            plan_from = m.start()
            break
    doc_type = meta.get("doc_type")
    issuer = meta.get("issuer") or next(iter(meta.get("issuers") or []), None)

    # ---------------------------------------------------------------- 3. item leads
    # "（一）统筹推进\n市发展改革委负责…。定期总结…。": the body that the item's first sentence
    # puts in charge (X负责 / X牵头) leads the item's heading and its sentences without a lead.
    item_leads: dict[int, list[_Actor]] = {}
    unit_starts = [u.start for u in units]  # units are in text order
    for k, sec in enumerate(sections):
        sec_start, sec_end = int(_get(sec, "start")), int(_get(sec, "end"))
        heading_end = int(_get(sec, "heading_end"))
        if _any_between(note_index[1], sec_start, sec_end):
            continue  # the item has its own 牵头单位/责任单位 note
        if not _own_line_heading(text, sec):
            continue  # （一）组织申报。市发展改革委…: an inline heading's body leads itself
        first_body = next(
            (
                u
                for u in units[bisect.bisect_left(unit_starts, heading_end) :]
                if u.start >= sec_end or not u.heading
            ),
            None,
        )
        if first_body is not None and first_body.start >= sec_end:
            first_body = None
        if first_body is None or _chain(sections, first_body.start)[-1:] != [k]:
            continue
        if "\n" in text[first_body.start : sec_end].strip():
            continue  # a chapter of several paragraphs: its first subject leads only its own
        first_sentence = next(
            (
                int(_get(x, "start"))
                for x in sentences[bisect.bisect_left(sentence_starts, heading_end) :]
                if text[int(_get(x, "start")) : int(_get(x, "end"))].strip("。 \n")
            ),
            None,
        )
        if first_sentence is not None and first_sentence < first_body.start - 1:
            continue  # the item opens with a statement that is no measure (a reply's topic)
        found = [
            _copy(a)
            for a in pool
            if first_body.start <= (a.start or 0) and (a.end or 0) <= first_body.end
        ]
        found = _with_generic_subject(text, first_body.start, first_body.end, found, lex)
        _assign_roles((first_body.start, first_body.end), text, found, lex)
        heads = [
            a
            for a in found
            if a.role == "lead"
            and (a.how == "after" or (a.how == "subject" and _item_subject(text, a, found)))
            and not _strip_label(text[first_body.start : a.start or 0]).strip("，, ")
            and not _addressees(a)
        ]
        if heads:
            item_leads[k] = heads

    # ---------------------------------------------------------------- 4. each measure
    out: list[dict[str, Any]] = []
    explicit: dict[int, list[_Actor]] = {}  # measure index → the leads its own words name
    prev: dict[str, Any] | None = None
    prev_subject: tuple[int, int | None, list[_Actor]] | None = None  # line, enum item, actors
    for u in units:
        chain = _chain(sections, u.start)
        path = [str(_get(sections[k], "marker")).strip() for k in chain]
        path += _enum_path(text, enums, u.start)
        inside = [_copy(a) for a in _within(pool, pool_starts, u.start, u.end)]
        inside += _self_references(text, u.start, u.end, inside)
        inside = _with_generic_subject(text, u.start, u.end, inside, lex)
        inside = _with_clause_subjects(text, u.start, u.end, inside, lex)
        inside = _with_assigned_bodies(text, u.start, u.end, inside, lex)
        _assign_roles((u.start, u.end), text, inside, lex)
        inside = _with_addressee(text, u.start, u.end, inside)
        actors = [a for a in inside if a.role or a.label not in ("GPE", "SELF")]
        for a in actors:
            if not a.role:
                a.role = "participate"
        for a in actors:
            if a.label == "SELF":
                a.canonical = _resolve_self(a.text, context) or issuer
                a.label = "GPE" if a.text[-1] in "省市区县" else "ORG"
                a.id = _id(a.label, a.canonical)
        explicit_lead = any(a.role == "lead" for a in actors)
        # subject carried over: ；-chains, and X将… statements within one item
        line = text.rfind("\n", 0, u.start)
        item = _enum_item(enums, u.start)
        subj = [a for a in actors if a.how == "subject"]
        carried: list[_Actor] = []
        if not explicit_lead and not re.search(r"负责|牵头", u.text):
            inherited: list[_Actor] = []
            if prev is not None and prev["_line"] == line and prev["text"].endswith(("；", ";")):
                # a named body leads the ；-chain it opens; a generic actor (区内公共机构应…；)
                # its own clause only
                inherited = [a for a in prev["_leads"] if a.label != "ACTOR_GROUP"]
            elif (
                prev_subject is not None
                and prev_subject[0] == line
                and prev_subject[1] == item
                and not _short_item_heading(u.text)
            ):
                inherited = prev_subject[2]
            carried = [_copy(a, role="lead") for a in inherited]
            actors += carried
        # notes of the measure's own item
        own = chain[-1] if chain else None
        if (
            own is not None
            and own in item_leads
            and not u.heading  # the heading: all the item's leads (_heading_leads)
            and not any(a.role == "lead" for a in actors)
        ):
            actors += [_copy(a, role="lead", how="item") for a in item_leads[own]]
        leaders: list[_Actor] = []
        own_notes = _notes_for(u.start, own, note_index, sections, text)
        own_notes += [n for n, (row_start, row_end) in row_notes if row_start <= u.start < row_end]
        for n in own_notes:
            for ua, ub, role in n.units:
                a = _note_actor(text, ua, ub, role, (pool, pool_starts), context)
                if (ua, ub) in n.leaders:
                    a = _leader(a)
                    leaders.append(a)
                actors.append(a)
        if any(
            a.how == "note" and a.role == "lead" and all(a is not x for x in leaders)
            for a in actors
        ):
            # 牵头负责领导：刘某。牵头责任单位：省发展改革委。: the unit leads, its official takes
            # part (as the seed's 由省人大常委会副主任何某任链长 gives the body, not the person)
            for a in leaders:
                if a.role == "lead":
                    a.role = "participate"
        if u.start in approval_terms:  # 区块二，东至…: the approver sets the terms, none acts
            actors = [_copy(a, role="participate") if a.role == "lead" else a for a in actors]
        if any(a.how == "note" and a.role == "lead" for a in actors):
            # 县财政计划安排…。统筹布局…。（责任部门：县经信局）: the item's note names who leads
            # the sentences that name no one; an earlier sentence's subject is not carried
            actors = [a for a in actors if all(a is not c for c in carried)]
        if not any(a.role == "lead" for a in actors) and issuer:
            actors.append(
                _Actor(None, None, issuer, "ORG", issuer, _id("ORG", issuer), "lead", True)
            )
        leads_here = [a for a in actors if a.role == "lead" and not a.implied]
        explicit[len(out)] = [
            a for a in leads_here if a.how not in ("note", "item") and a in inside
        ]
        carried = [a for a in subj if not _addressees(a)]
        if carried and any(_plan_after(text, a, lex) for a in carried):
            prev_subject = (line, item, carried)  # 各地区、各部门将… addresses all: not carried
        elif prev_subject is not None and (prev_subject[0] != line or prev_subject[1] != item):
            prev_subject = None
        status = measure_status(
            u.text,
            doc_type=doc_type,
            after_plan_cue=plan_from is not None and u.start >= plan_from,
            lexicons=lex,
        )
        measure = {
            "start": u.start,
            "end": u.end,
            "text": u.text,
            "path": " › ".join(p for p in path if p),
            "verbs": u.verbs,
            "status": status,
            "actors": [a.to_dict() for a in _dedupe(actors)],
            "instrument": (
                _classify(_masked(text, u.start, u.end, body_names), sections, chain, classify)
                if classify
                else None
            ),
            "programs": [
                {
                    "text": str(_get(p, "text")),
                    "canonical": _get(p, "canonical"),
                    "id": _get(p, "id"),
                    "start": int(_get(p, "start")),
                    "end": int(_get(p, "end")),
                }
                for p in _within(programs, program_starts, u.start, u.end)
            ],
            "quantities": find_quantities(u.text, u.start),
            "theme": None,
        }
        out.append(measure)
        prev = {**measure, "_line": line, "_leads": leads_here}
    _heading_leads(out, units, explicit, sections, notes, text)
    return out


def _approval_spans(sections: list[Any]) -> list[tuple[int, int]]:
    """The items of an approval (批复): from an item that grants a request (一、同意…更名为…)
    to the end of the last item of its list (二、…核准面积…，由四个区块组成 ⏎ 区块二，东至…)."""
    spans: list[tuple[int, int]] = []
    k = 0
    while k < len(sections):
        sec = sections[k]
        if not _APPROVAL.match(_heading_name(sec)):
            k += 1
            continue
        level, parent, end = _get(sec, "level"), _get(sec, "parent"), int(_get(sec, "end"))
        n = k + 1
        while n < len(sections):
            other = sections[n]
            if _get(other, "level") < level:
                break
            if _get(other, "level") == level and _get(other, "parent") == parent:
                end = int(_get(other, "end"))
            n += 1
        spans.append((int(_get(sec, "start")), end))
        k = n
    return spans


def _in_spans(pos: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _approval_detail(sentence: str, lex: MeasureLexicons) -> bool:
    """A full sentence of an approval's item that no non-measure cue rules out: the terms the
    approval sets (新设立的X镇辖71个建制村… / 区块二，东至…，西至…；)."""
    s = "".join(sentence.split())
    if not s.endswith(("。", "；", ";")) or len(s) < 8:
        return False
    body = _strip_label(s).rstrip("。；;")
    non_measure = _any_of(lex, "regex")
    return not (
        lex.regex("contains").search(s)
        or body.startswith(tuple(lex["starts"]))
        or non_measure.search(s)
        or non_measure.search(body)
    )


_SIGNATURE_DATE = re.compile(
    r"[ \t]*(?:\d{4}|[〇零一二三四五六七八九]{4})[ \t]*年[ \t]*[\d〇零一二三四五六七八九十]{1,3}[ \t]*月"
    r"[ \t]*[\d〇零一二三四五六七八九十]{1,3}[ \t]*日[ \t]*$"
)
_CLAUSE_PUNCT = re.compile(r"[。；;，,：:！!？?]")


def _signature_line(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] is a line of a signature block: it and the lines below it up to a
    date line (2020年5月8日, at most three lines down) carry no sentence punctuation."""
    line_start = text.rfind("\n", 0, s) + 1
    end = _line_end(text, s)
    if e > end or _CLAUSE_PUNCT.search(text, line_start, end):
        return False
    for _ in range(3):
        if end >= len(text):
            return False
        start, end = end + 1, _line_end(text, end + 1)
        if _SIGNATURE_DATE.fullmatch(text, start, end):
            return True
        if _CLAUSE_PUNCT.search(text, start, end) or not text[start:end].strip():
            return False
    return False


def _item_subject(text: str, a: _Actor, found: list[_Actor]) -> bool:
    """Whether the subject of an item's first sentence leads the item's other sentences: a
    named body that acts (市发展改革委统筹…), not a regulated party or generic group
    (电力企业要…) nor a body put under a duty (国家能源局和省级主管部门应…)."""
    if a.label == "ACTOR_GROUP":
        return False
    end = max((x.end or 0) for x in found if x.how == "subject")
    return not re.match(r"(?:要|应当?|须|必须|不得)", text[end : end + 3])


def _only_a_name(text: str, s: int, e: int, programs: Sequence[Any], starts: Sequence[int]) -> bool:
    """Is text[s:e] one programme's name and nothing else (closing punctuation aside)?
    Entities do not overlap, so only the last programme starting at or before ``s`` can."""
    while e > s and text[e - 1] in "。；;，,：: \t":
        e -= 1
    k = bisect.bisect_right(starts, s) - 1
    return k >= 0 and e <= int(_get(programs[k], "end"))


def _goal_section(name: str, lex: MeasureLexicons) -> bool:
    """A heading of goals: 二、发展目标, a ``[target_sections]`` heading, or an inline heading
    whose label before the colon is one (（一）2017年主要目标任务：全年增加值增长3%)."""
    label = re.split(r"[：:]", name, maxsplit=1)[0]
    return any(
        n in lex["target_sections"] or n.endswith(("目标", *lex["target_sections"]))
        for n in {name, label}
    )


def _goal_statement(sentence: str, lex: MeasureLexicons) -> bool:
    """A sentence of a goals section that states an outcome: a target word with a number, or an
    outcome word (初具规模, 实现新跨越); not a heading of its own topic (一、发展目标)."""
    s = "".join(sentence.split())
    if _any_of(lex, "regex").search(s):
        return False  # a pointer to an annex, a year characterised
    label = _strip_label(s)
    if label != s:
        s = label  # (一)地区生产总值增长7%以上: a numbered target
    elif s.startswith(("（", "(")):
        return False  # a bracketed remark
    if any(w in s for w in lex["outcome_words"]):
        return True
    # a figure with its unit (原油加工量1750万吨。) is an amount the goals set
    return bool(re.search(r"\d", s)) and (
        any(w in s for w in lex["target_words"])
        or bool(re.search(r"\d%|％", s))
        or bool(find_quantities(s))
    )


def _own_document(sentence: str, lex: MeasureLexicons) -> bool:
    """A preamble sentence that announces the document itself (``[preamble_regex]``)."""
    body = _strip_label("".join(sentence.split())).rstrip("。；;")
    return any(rx.search(body) for rx in lex.patterns("preamble_regex"))


def _heading_name(sec: Any) -> str:
    return _strip_label(str(_get(sec, "heading") or "").strip()).strip("。 ")


def action_clauses(sentence: str, lexicons: MeasureLexicons | None = None) -> int:
    """How many clauses of a sentence carry an action verb (not counting 以X为Y frames).

    >>> action_clauses("坚持创新驱动，以整车为牵引、以零部件为支撑，推动产业发展。")
    1
    >>> action_clauses("实施人才战略，落实主体责任，推进平台建设，完善制度机制。")
    4
    """
    lex = lexicons or _default_lexicons()
    verbs = lex.regex("action_verbs")
    n = 0
    for clause in re.split(r"[，,；;：:。]", "".join(sentence.split())):
        if re.match(r"^(?:以|坚持|围绕|按照|遵循|立足)", clause):
            continue
        if any(not _NOMINAL_AFTER.match(clause, m.end()) for m in verbs.finditer(clause)):
            n += 1
    return n


def _own_line_heading(text: str, sec: Any) -> bool:
    """Whether a section heading stands alone on its line (（二）培育产业集群⏎ …)."""
    end = int(_get(sec, "heading_end"))
    return text[end : _line_end(text, end)].strip(" 。.；;：:\t") == ""


def _heading_leads(
    out: list[dict[str, Any]],
    units: list[_Unit],
    explicit: dict[int, list[_Actor]],
    sections: list[Any],
    notes: list[Note],
    text: str,
) -> None:
    """An item heading on its own line without a note is led by the named bodies that its
    sentences name as leads (（四）提升建筑降碳水平⏎ 市住房城乡建设管理委…。市交通委…。);
    regulated parties (电网企业要…) and the addressees at large (各地区、各部门要…) lead their
    own sentences only."""
    for i, u in enumerate(units):
        if not u.heading or any(not a["implied"] for a in out[i]["actors"] if a["role"] == "lead"):
            continue
        chain = _chain(sections, u.start)
        if not chain:
            continue
        k = chain[-1]
        sec = sections[k]
        if int(_get(sec, "start")) != u.start or not _own_line_heading(text, sec):
            continue
        if any(_get(sec, "start") <= n.start < _get(sec, "end") for n in notes):
            continue
        leads: list[_Actor] = []
        by_unit: dict[int, set[str]] = {}
        n_units = 0
        for j, v in enumerate(units):
            if j == i or v.heading or not (u.start < v.start < int(_get(sec, "end"))):
                continue
            if _chain(sections, v.start)[-1:] != [k]:
                continue
            n_units += 1
            found = [a.text for a in explicit.get(j, [])]
            if found:
                by_unit.setdefault(v.start, set()).update(found)
            # bodies and addressed governments (各区要…); a regulated party (电网企业要…) is
            # bound by its own sentence
            leads += [
                a
                for a in explicit.get(j, [])
                if not _addressees(a)
                and (
                    a.label != "ACTOR_GROUP"
                    or (a.text.startswith("各") and not _strip_label(text[v.start : a.start or 0]))
                )
            ]
        leads = _dedupe([_copy(a, role="lead", how="heading") for a in leads])
        if 2 * len(by_unit) < n_units:
            # 二、巩固待遇水平⏎ 各市要…。要加强…。全面落实…。: a body named by few of the
            # item's sentences does not lead the item
            continue
        if len(leads) > 3 or len({frozenset(x) for x in by_unit.values()}) > 2:
            # a chapter that divides duties among many bodies (明确工作职责), or paragraphs
            # with subjects of their own (四、做好组织落实⏎ X统筹组织…。Y要…。Z要…)
            continue
        if leads:
            out[i]["actors"] = [a for a in out[i]["actors"] if not a["implied"]] + [
                a.to_dict() for a in leads
            ]


def _notes_for(
    start: int,
    own: int | None,
    note_index: tuple[list[Note], list[int]],
    sections: list[Any],
    text: str,
) -> list[Note]:
    """The notes that apply at ``start``: those of its own item (innermost section) when the
    item has notes in one paragraph only, else the note of its own paragraph.

    ``note_index``: the notes sorted by start, and their starts (for bisection).
    """
    notes, starts = note_index

    def between(a: int, b: int) -> list[Note]:
        return notes[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]

    line = (text.rfind("\n", 0, start) + 1, _line_end(text, start))
    if own is not None:
        sec = sections[own]
        mine = [
            n
            for n in between(int(_get(sec, "start")), int(_get(sec, "end")))
            if _chain(sections, n.start)[-1:] == [own]
        ]
        # a paragraph after the note (四、's closing 各地要… after （十六）…。（…负责）) is not
        # under it, unless the note closes the item's heading: （一）加强领导（牵头单位：X）\n…
        heading_end = int(_get(sec, "heading_end"))
        mine = [n for n in mine if start < n.end or not text[heading_end : n.start].strip(" 。.")]
        lines = {text.rfind("\n", 0, n.start) for n in mine}
        if len(lines) <= 1:
            return mine
        return [n for n in mine if line[0] <= n.start < line[1]]
    return between(*line)


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _joined(text: str, end: int, sentences: list[Any], starts: list[int]) -> int | None:
    """The end of the next sentence when a line break cut this one (next starts with ，).

    ``starts``: the sentences' starts, in order."""
    if end >= len(text) or text[end - 1] in "。；！？;!?":
        return None
    k = bisect.bisect_left(starts, end)
    if k == len(starts):
        return None
    s = starts[k]
    if text[end:s].strip() == "" and text[s] in "，,、":
        return int(_get(sentences[k], "end"))
    return None


def _strip_notes(s: int, e: int, notes: list[tuple[int, int]]) -> tuple[int, int]:
    """``[s, e)`` without a note at its end or over its start (``notes`` sorted)."""
    lo = bisect.bisect_left(notes, (s - _LONGEST_MENTION, -1))
    hi = bisect.bisect_left(notes, (e, -1))
    for a, b in notes[lo:hi]:  # notes are shorter than _LONGEST_MENTION
        if s <= a < e and b >= e - 1:
            e = a
        if a <= s < b:
            s = min(b, e)
    return s, e


def _within(items: Sequence[Any], starts: Sequence[int], s: int, e: int) -> list[Any]:
    """The items (sorted by start, ``starts`` their starts) lying inside ``[s, e)``."""
    lo, hi = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
    return [x for x in items[lo:hi] if int(_get(x, "end") or 0) <= e]


def _name_spans(ents: list[Any]) -> list[tuple[int, int]]:
    """Sorted spans of the names a measure test masks (programmes, bodies, firms)."""
    return sorted(
        (int(_get(m, "start")), int(_get(m, "end")))
        for m in ents
        if _get(m, "label") in ("PROGRAM", "ORG", "FIRM")
    )


def _masked(text: str, s: int, e: int, names: list[tuple[int, int]]) -> str:
    chars = list(text[s:e])
    for a, b in names[bisect.bisect_left(names, (s, -1)) :]:
        if a >= e:
            break
        if b <= e:
            chars[a - s : b - s] = "□" * (b - a)
    return "".join(chars)


def _copy(a: _Actor, **kw: Any) -> _Actor:
    d = dict(a.__dict__)
    d.update(kw)
    return _Actor(**d)


def _enum_item(enums: list[Any], start: int) -> int | None:
    items = [
        (int(_get(e, "start")), k)
        for k, e in enumerate(enums)
        if _get(e, "start") <= start < _get(e, "end")
    ]
    return max(items)[1] if items else None


def _short_item_heading(s: str) -> bool:
    """一是成立领导小组。 — an enumeration item's own short heading sentence."""
    return bool(_ENUM_LABEL_RE.match(s)) and len(s) <= 20 and s.endswith(("。", "."))


def _plan_after(text: str, a: _Actor, lex: MeasureLexicons) -> bool:
    """Whether the subject announces a plan that its later sentences continue (X将… / X拟…);
    a duty (X要… / X应…) binds its own sentence only."""
    tail = text[a.end or 0 : (a.end or 0) + 4]
    return tail.startswith(tuple(lex["carry_subject"]))


_LONGEST_MENTION = 400
"""No entity or actor group is longer than this (characters): bounds the search in
:func:`_note_actor`."""


def _note_actor(
    text: str,
    a: int,
    b: int,
    role: str,
    pool_index: tuple[list[_Actor], list[int]],
    context: Any,
) -> _Actor:
    pool, starts = pool_index
    lo, hi = bisect.bisect_left(starts, a - _LONGEST_MENTION), bisect.bisect_right(starts, a)
    for m in pool[lo:hi]:  # mentions starting at or before a: the only ones that can hold it
        if (m.start == a and m.end == b) or ((m.start or 0) <= a and b <= (m.end or 0)):
            return _copy(m, role=role, how="note")
    surface = text[a:b]
    canonical = _canonical(surface, context)
    return _Actor(
        a, b, surface, "ORG", canonical, _id("ORG", canonical or surface), role, how="note"
    )


def _leader(a: _Actor) -> _Actor:
    """A unit named under a leader label (牵头领导：刘某) is an official: a person unless the
    name is a body's (…办公室, …政府)."""
    if a.label == "ORG" and not _ASSISTED_END.search(a.text):
        a.label, a.canonical, a.id = "PERSON", a.text, _id("PERSON", a.text)
    return a


def _dedupe(actors: list[_Actor]) -> list[_Actor]:
    rank = {"lead": 0, "participate": 1, "target": 2}
    best: dict[tuple[str, bool], _Actor] = {}
    order: list[tuple[str, bool]] = []
    for a in actors:
        key = (a.canonical or a.text, a.start is None)
        if key not in best:
            best[key] = a
            order.append(key)
        elif rank.get(a.role, 3) < rank.get(best[key].role, 3):
            best[key] = a
    return [best[k] for k in order]


def _context(text: str, ents: list[Any], meta: Mapping[str, Any]) -> Any:
    try:
        from .aliases import document_context

        return document_context(text, ents, meta=dict(meta))
    except Exception:  # alias resolution is optional context; a failure must not drop measures
        return None


def _resolve_self(surface: str, context: Any) -> str | None:
    if context is None:
        return None
    from .aliases import resolve_reference

    return resolve_reference(surface, context)


def _canonical(surface: str, context: Any) -> str | None:
    if context is None:
        return None
    try:
        from .aliases import canonical_name

        return canonical_name(surface, "ORG", context)
    except Exception:
        return None


def _id(label: str, canonical: str | None) -> str | None:
    if not canonical:
        return None
    from .aliases import entity_id

    return entity_id(label, canonical)


def _classify(
    text: str, sections: list[Any], chain: list[int], classify: bool | Callable[[str, str], Any]
) -> Any:
    heading = " ".join(str(_get(sections[k], "heading") or "") for k in chain)
    return (classify if callable(classify) else _default_classifier())(text, heading).to_dict()


@lru_cache(maxsize=1)
def _default_classifier() -> Callable[[str, str], Any]:
    from .instrument_model import instrument_classifier

    return instrument_classifier()


def measures_of(records: Iterable[Any]) -> list[dict[str, Any]]:
    """All measures of some records, each with a ``doc`` key (the record id)."""
    out = []
    for rec in records:
        for m in _get(rec, "measures", []) or []:
            out.append({"doc": _get(rec, "id"), **m})
    return out
