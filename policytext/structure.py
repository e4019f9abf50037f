"""Recover the structure of an official document (公文) from its text.

Pure functions over a ``str`` (the normalised, already re-ordered text of one document):
header fields (issuer, document number, signer, title, addressees, date, attachments, cc,
contact), numbered sections (一、 （一） 1. （1） 第X章 第X条), inline enumerations
(一是…二是…, 第一，…, 首先…其次…), sentences and clauses. Every span carries offsets into the
text; every :class:`Span` and :class:`Field` satisfies ``text[start:end] == span.text``.

The words this relies on (document types, organization suffixes, header labels, …) live in
``policytext/data/structure_lexicons.txt`` and are loaded lazily; pass your own file to
:func:`load_lexicons` to extend them.

Examples
--------
>>> text = "关于加强管理的通知\\n各区政府：\\n一、总体要求\\n一是抓落实。二是重实效。"
>>> doc = parse_structure(text)
>>> doc.meta["title"], doc.meta["doc_type"], doc.meta["recipients"]
('关于加强管理的通知', '通知', ['各区政府'])
>>> [(s.marker, s.heading, s.level) for s in doc.sections]
[('一、', '总体要求', 1)]
>>> [e.label for e in doc.enumerations]
['一是', '二是']
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, fields, is_dataclass
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .document import DOC_TYPES, META_KEYS
from .numerals import DIGIT_OF, chinese_int

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "DOC_TYPES",
    "DocumentStructure",
    "Enumeration",
    "Field",
    "Section",
    "Span",
    "StructureLexicons",
    "clause_spans",
    "load_lexicons",
    "parse_date",
    "parse_structure",
    "sentence_spans",
    "split_organizations",
    "structure_frame",
]


# --------------------------------------------------------------------------- records


@dataclass
class Field:
    """A located header value; ``text`` is the surface ``text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass
class Section:
    """A numbered section.

    ``marker`` is the numbering (``"（一）"``), ``heading`` the heading text after it up to
    the first sentence terminator or the line end (``text[heading_start:heading_end]``).
    The span runs from the marker to just before the next heading of the same or a higher
    level (or the end of the body block). ``parent`` indexes ``DocumentStructure.sections``.
    Levels: 1 = 一、/第X章, 2 = （一）/第X条, 3 = 1./1、, 4 = （1）/⑴/①.
    """

    start: int
    end: int
    level: int
    heading: str
    heading_start: int
    heading_end: int
    marker: str
    parent: int | None


@dataclass
class Enumeration:
    """One item of an inline enumeration (一是…二是…).

    ``label`` is the surface marker (``"一是"``, ``"第一"``, ``"首先"``), ``marker`` the series
    pattern (``"X是"``, ``"X要"``, ``"第X"``, ``"首先"``), ``index`` the 1-based position in
    its series and ``series`` a running id shared by the items of one series. The span runs
    from the label to just before the next label of the same series or the paragraph end.
    """

    start: int
    end: int
    marker: str
    index: int
    label: str
    series: int = 0


@dataclass
class Span:
    """A sentence or clause; ``text == document[start:end]``."""

    start: int
    end: int
    text: str


@dataclass
class DocumentStructure:
    """Everything :func:`parse_structure` recovers from one document.

    ``header_end`` is the end of the front matter (red-head, document number, signer, title,
    salutation); ``body_start`` is where the first body line begins. ``fields`` maps meta
    keys to the places their values were found (one :class:`Field` per surface piece, e.g.
    one per issuer or per line of a multi-line title).
    """

    meta: dict[str, Any]
    fields: dict[str, list[Field]]
    header_end: int
    sections: list[Section]
    enumerations: list[Enumeration]
    sentences: list[Span]
    clauses: list[Span]
    body_start: int = 0
    text: str = field(default="", repr=False)


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def structure_to_dict(obj: Any) -> Any:
    """``dataclasses.asdict`` of a :class:`DocumentStructure` (or any of its parts), faster.

    ``asdict`` deep-copies every leaf; the records here hold only ints, strings and plain
    containers, so containers are rebuilt and leaves shared.

    >>> structure_to_dict(Span(0, 2, "建立")) == {"start": 0, "end": 2, "text": "建立"}
    True
    """
    cls = type(obj)
    names = _FIELD_NAMES.get(cls)
    if names is None and is_dataclass(obj):
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(obj))
    if names is not None:
        return {name: structure_to_dict(getattr(obj, name)) for name in names}
    if cls is list:
        return [structure_to_dict(x) for x in obj]
    if cls is dict:
        return {k: structure_to_dict(v) for k, v in obj.items()}
    if cls is tuple:
        return tuple(structure_to_dict(x) for x in obj)
    return obj


# --------------------------------------------------------------------------- lexicons


@dataclass(frozen=True)
class StructureLexicons:
    """Word lists used by :func:`parse_structure` (see ``data/structure_lexicons.txt``)."""

    doc_types: tuple[tuple[str, str], ...]
    org_suffixes: tuple[str, ...]
    org_heads: tuple[str, ...]
    title_connectors: tuple[str, ...]
    header_labels: tuple[tuple[str, str], ...]
    redhead_suffixes: tuple[str, ...]
    contact_labels: tuple[str, ...]
    attachment_labels: tuple[str, ...]
    cc_labels: tuple[str, ...]
    enumeration_verbs: tuple[str, ...]
    sequence_words: tuple[tuple[str, int], ...]
    not_salutation: tuple[str, ...]
    issuer_labels: tuple[str, ...] = ()
    metadata_labels: tuple[str, ...] = ()


_DEFAULT_LEXICON_FILE = "structure_lexicons.txt"


def _read_sections(text: str, source: str) -> dict[str, list[list[str]]]:
    sections: dict[str, list[list[str]]] = {}
    current: list[list[str]] | None = None
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1].strip(), [])
            continue
        if current is None:
            raise ValueError(
                f"{source}:{lineno}: entry before any [section] header; start the file with"
                " a section such as [doc_types]"
            )
        # a two-column entry is "word value"; words may contain single spaces (签 发 人)
        parts = re.split(r"\s{2,}|\t", line)
        if len(parts) == 1:
            head, _, tail = line.rpartition(" ")
            parts = [head, tail] if head and _is_value(tail) else [line]
        current.append(parts)
    return sections


def _is_value(token: str) -> bool:
    return token.isascii() or token in DOC_TYPES or token.lstrip("-").isdigit()


def _build(sections: dict[str, list[list[str]]]) -> StructureLexicons:
    def words(name: str) -> tuple[str, ...]:
        seen = dict.fromkeys(row[0] for row in sections.get(name, []))
        return tuple(sorted(seen, key=len, reverse=True))

    def pairs(name: str) -> tuple[tuple[str, str], ...]:
        out = {row[0]: (row[1] if len(row) > 1 else row[0]) for row in sections.get(name, [])}
        return tuple(sorted(out.items(), key=lambda kv: len(kv[0]), reverse=True))

    doc_types = pairs("doc_types")
    for word, value in doc_types:
        if value not in DOC_TYPES:
            raise ValueError(
                f"doc type {value!r} for {word!r} is not one of {DOC_TYPES}; map the word to"
                " one of them (or to 'other')"
            )
    seq = tuple((w, int(v)) for w, v in pairs("sequence_words"))
    return StructureLexicons(
        doc_types=doc_types,
        org_suffixes=words("org_suffixes"),
        org_heads=words("org_heads"),
        title_connectors=words("title_connectors"),
        header_labels=pairs("header_labels"),
        redhead_suffixes=words("redhead_suffixes"),
        contact_labels=words("contact_labels"),
        attachment_labels=words("attachment_labels"),
        cc_labels=words("cc_labels"),
        enumeration_verbs=words("enumeration_verbs"),
        sequence_words=seq,
        not_salutation=words("not_salutation"),
        issuer_labels=words("issuer_labels"),
        metadata_labels=words("metadata_labels"),
    )


@lru_cache(maxsize=1)
def _default_sections() -> dict[str, list[list[str]]]:
    path = resources.files("policytext") / "data" / _DEFAULT_LEXICON_FILE
    return _read_sections(path.read_text(encoding="utf-8"), _DEFAULT_LEXICON_FILE)


@lru_cache(maxsize=1)
def _default_lexicons() -> StructureLexicons:
    return _build(_default_sections())


def load_lexicons(*paths: str | Path, replace: bool = False) -> StructureLexicons:
    """Load the structure lexicons, extended by (or replaced with) the given files.

    Parameters
    ----------
    *paths
        Files in the format of ``policytext/data/structure_lexicons.txt``.
    replace
        Use only ``paths`` instead of adding their entries to the defaults.

    Examples
    --------
    >>> lex = load_lexicons()
    >>> ("通知", "通知") in lex.doc_types
    True
    """
    if not paths and not replace:
        return _default_lexicons()
    merged: dict[str, list[list[str]]] = (
        {} if replace else {k: list(v) for k, v in _default_sections().items()}
    )
    for p in paths:
        path = Path(p)
        for name, rows in _read_sections(path.read_text(encoding="utf-8"), str(path)).items():
            merged.setdefault(name, []).extend(rows)
    return _build(merged)


# --------------------------------------------------------------------------- patterns

_CN_NUM = "一二三四五六七八九十百零〇"
_TERMINATORS = "。！？；!?;"
_CLOSERS = "”’」』）)】〕》"
_OPENERS = "（(《“‘「『【[〔"
_PAIRS = dict(zip("（(《“‘「『【[〔", "）)》”’」』】]〕", strict=True))

_SENT_END = re.compile(rf"[{_TERMINATORS}]+[{re.escape(_CLOSERS)}]*|\n")
_HEADING_PATTERNS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(rf"第[{_CN_NUM}\d]{{1,4}}章")),
    (2, re.compile(rf"第[{_CN_NUM}\d]{{1,4}}条")),
    (1, re.compile(rf"[{_CN_NUM}]{{1,3}}、")),
    (2, re.compile(rf"[（(][{_CN_NUM}]{{1,3}}[）)]")),
    (4, re.compile(r"[（(]\d{1,3}[）)]")),
    (4, re.compile(r"[⑴-⒇①-⑳]")),
    (3, re.compile(r"\d{1,3}(?:[.．](?![\d.．])|、)")),
)
_DOCNUM = re.compile(
    r"[\u4e00-\u9fff]{1,15}\s*[〔\[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*第?\s*\d{1,6}\s*号"
)
_DATE_AR = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_CN_DAY = r"([一二三四五六七八九十]{1,3})"
_DATE_CN = re.compile(rf"([〇○零一二三四五六七八九]{{4}})\s*年\s*{_CN_DAY}\s*月\s*{_CN_DAY}\s*日")
_SENTENCE_PUNCT = re.compile(rf"[{_TERMINATORS}，,]")
# an organization name: hanzi, brackets, and quoted slogans that may hold 、 (浙江省“千村示范、
# 万村整治”工作协调小组办公室)
_QUOTED = r"“[^“”\n]{1,30}”"
_ORG_RUN = re.compile(rf"(?:[\u4e00-\u9fff（）()·]|{_QUOTED})+")
_ORG_TOKEN = re.compile(rf"(?:{_QUOTED}|[^\s、，,“])+")
_PLACE_HEAD = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:省|市|自治区|县)")
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
_BOUNDARY = r"(?:^|(?<=[：:，,；;。！？!?、\s（(]))"


def _cn_int(s: str) -> int:
    return chinese_int(s) or 0


def parse_date(s: str) -> str | None:
    """The first date in ``s`` as ISO ``YYYY-MM-DD`` (Arabic or Chinese numerals).

    Examples
    --------
    >>> parse_date("2023年5月11日"), parse_date("二〇〇五年七月十四日"), parse_date("无")
    ('2023-05-11', '2005-07-14', None)
    """
    m = _DATE_AR.search(s)
    if m:
        y, mo, d = (int(g) for g in m.groups())
    else:
        m = _DATE_CN.search(s)
        if not m:
            return None
        y = int("".join(str(DIGIT_OF[c]) for c in m.group(1)))
        mo, d = _cn_int(m.group(2)), _cn_int(m.group(3))
    try:
        return _dt.date(y, mo, d).isoformat()
    except ValueError:
        return None


@dataclass(frozen=True)
class _Patterns:
    labels: re.Pattern[str]
    label_keys: dict[str, str]
    connectors: re.Pattern[str]
    enum_verb: re.Pattern[str] | None
    enum_ordinal: re.Pattern[str]
    enum_seq: re.Pattern[str] | None
    seq_rank: dict[str, int]
    attachment: re.Pattern[str]
    cc: re.Pattern[str]
    contact: re.Pattern[str]


def _alt(words: Iterable[str]) -> str:
    words = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w) for w in words) or "(?!)"


@lru_cache(maxsize=8)
def _patterns(lex: StructureLexicons) -> _Patterns:
    label_keys = {re.sub(r"\s+", "", w): k for w, k in lex.header_labels}
    labels = re.compile(rf"({_alt(w for w, _ in lex.header_labels)})\s*[：:]\s*([^\s：:，,；;]+)")
    verbs = "".join(re.escape(v) for v in lex.enumeration_verbs)
    enum_verb = (
        re.compile(rf"{_BOUNDARY}([一二三四五六七八九十]{{1,3}})([{verbs}])") if verbs else None
    )
    enum_ordinal = re.compile(rf"{_BOUNDARY}第([一二三四五六七八九十]{{1,3}})(?=[，,、：:])")
    seq_words = [w for w, _ in lex.sequence_words]
    enum_seq = (
        re.compile(rf"{_BOUNDARY}({_alt(seq_words)})(?=[，,、：:])", re.M) if seq_words else None
    )
    return _Patterns(
        labels=labels,
        label_keys=label_keys,
        connectors=re.compile(_alt(lex.title_connectors)),
        enum_verb=enum_verb,
        enum_ordinal=enum_ordinal,
        enum_seq=enum_seq,
        seq_rank=dict(lex.sequence_words),
        attachment=re.compile(rf"(?:{_alt(lex.attachment_labels)})\s*\d*\s*[：:]\s*"),
        cc=re.compile(rf"(?:{_alt(lex.cc_labels)})\s*[：:]\s*"),
        contact=re.compile(rf"(?:{_alt(lex.contact_labels)})(?=\s*[：:]|\s+\S)"),
    )


# --------------------------------------------------------------------------- helpers


@dataclass
class _Line:
    start: int
    end: int
    text: str


def _lines(text: str) -> list[_Line]:
    out = []
    for m in re.finditer(r"[^\n]+", text):
        raw = m.group()
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            start = m.start() + lead
            out.append(_Line(start, start + len(stripped), stripped))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _span(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


def _field(text: str, start: int, end: int) -> Field:
    start, end = _trim(text, start, end)
    return Field(start, end, text[start:end])


def _suffix_across(s: str, i: int, suffixes: tuple[str, ...]) -> bool:
    """Whether an organization suffix of ``s`` starts before ``i`` and ends after it."""
    return any(
        0 < k < len(suf) and s.startswith(suf, i - k)
        for suf in suffixes
        for k in range(1, len(suf))
    )


@lru_cache(maxsize=1)
def _central_bodies() -> tuple[str, ...]:
    """Names and abbreviations (3+ characters) of the central bodies in the gazetteer."""
    from .gazetteer import load_gazetteer

    forms = {n for b in load_gazetteer().bodies for n in b.names if len(n) >= 3}
    return tuple(sorted(forms, key=len, reverse=True))


def _place_prefix(s: str) -> int:
    """Length of a place name at the start of ``s`` (河北省, 淮北市, 重庆), else 0."""
    m = _PLACE_HEAD.match(s)
    if m:
        return m.end()
    from .gazetteer import load_gazetteer

    gaz = load_gazetteer()
    for n in range(min(len(s) - 1, 8), 1, -1):
        if gaz.place(s[:n]) is not None:
            return n
    return 0


def _is_branch(parent: str, child: str) -> bool:
    """Whether ``child`` is the local branch of the vertically managed central body ``parent``.

    Such a branch is written after its central body: 国家税务总局山西省税务局,
    国家金融监督管理总局重庆监管局, 国家外汇管理局河北省分局 — one body, not two.
    """
    if parent not in _central_bodies():
        return False
    n = _place_prefix(child)
    rest = child[n:]
    if not n or len(rest) < 2 or not rest.endswith(("局", "行", "队")):
        return False
    return rest.startswith("分") or all(ch in parent for ch in rest[:-1])


def _split_run(s: str, lex: StructureLexicons) -> list[tuple[int, int]] | None:
    """Split a run of organization names written together; None unless all are orgs."""
    if len(s) < 3 or not _ORG_RUN.fullmatch(s) or not s.endswith(lex.org_suffixes):
        return None
    if re.search(r"关于|的", re.sub(_QUOTED, "", s)):
        return None  # a title's words (…推进乡村振兴的实施办 is no name)
    quoted = {i for m in re.finditer(_QUOTED, s) for i in range(m.start() + 1, m.end())}
    known = _central_bodies()
    cuts = [0]
    head2 = s[:2]
    for i in range(3, len(s) - 2):
        if i in quoted or i - cuts[-1] < 3 or not s[cuts[-1] : i].endswith(lex.org_suffixes):
            continue
        if _suffix_across(s, i, lex.org_suffixes):
            continue  # 四川省发展和改革委|员会: the cut would split a longer suffix
        rest = s[i:]
        if (
            rest.startswith(head2)
            or rest.startswith(lex.org_heads)
            or _PLACE_HEAD.match(rest)
            or rest.startswith(known)  # 科技部|财政部, 国务院办公厅|中央军委办公厅
        ):
            cuts.append(i)
    out: list[tuple[int, int]] = []
    for a, b in pairwise([*cuts, len(s)]):
        if out and _is_branch(s[out[-1][0] : out[-1][1]], s[a:b]):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def split_organizations(
    s: str, lexicons: StructureLexicons | None = None
) -> list[tuple[int, int]] | None:
    """Offsets of the organization names in ``s``, or None if ``s`` is not just names.

    Names may be separated by spaces or 、 or written together; a run is split where one
    name ends with an organization suffix (厅, 委员会, 局, 人民政府, …) and the next begins
    like the first (same first two characters), with a head word (省, 市, 国家, …), with a
    place name or with the name of a central body (科技部财政部). A central body's local
    branch stays one name (国家税务总局河北省税务局); a quoted slogan inside a name may hold
    、 (浙江省“千村示范、万村整治”工作协调小组办公室).

    Examples
    --------
    >>> s = "河北省工业和信息化厅河北省发展和改革委员会"
    >>> [s[a:b] for a, b in split_organizations(s)]
    ['河北省工业和信息化厅', '河北省发展和改革委员会']
    >>> s = "四川省发展和改革委员会四川省能源局"  # 委 ends no name inside 委员会
    >>> [s[a:b] for a, b in split_organizations(s)]
    ['四川省发展和改革委员会', '四川省能源局']
    >>> s = "科技部财政部"
    >>> [s[a:b] for a, b in split_organizations(s)]
    ['科技部', '财政部']
    >>> split_organizations("国务院办公厅"), split_organizations("上海市零碳园区建设工作方案")
    ([(0, 6)], None)
    """
    lex = lexicons or _default_lexicons()
    out: list[tuple[int, int]] = []
    for m in _ORG_TOKEN.finditer(s):
        parts = _split_run(m.group(), lex)
        if parts is None:
            return None
        out.extend((m.start() + a, m.start() + b) for a, b in parts)
    return out or None


def _is_org_line(s: str, lex: StructureLexicons) -> bool:
    return len(s) <= 80 and split_organizations(s, lex) is not None


def _org_fields(text: str, line: _Line, lex: StructureLexicons, a: int = 0, b: int | None = None):
    sub = line.text[a:b]
    parts = split_organizations(sub, lex) or []
    return [_field(text, line.start + a + x, line.start + a + y) for x, y in parts]


def _heading_at(s: str) -> tuple[int, re.Match[str]] | None:
    for level, pat in _HEADING_PATTERNS:
        m = pat.match(s)
        if m:
            return level, m
    return None


def _doc_type(title: str | None, lex: StructureLexicons) -> str:
    if not title:
        return "other"
    t = re.sub(r"\s+", "", title)
    while True:
        t2 = re.sub(r"[（(][^（）()]*[）)]$", "", t).rstrip("》>。")
        if t2 == t:
            break
        t = t2
    for word, kind in lex.doc_types:
        if t.endswith(word):
            return kind
    return "other"


# --------------------------------------------------------------------------- sentences


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of ``text[start:end]``: split at 。！？； and line breaks, whitespace trimmed.

    A closing quote or bracket right after the terminator stays with the sentence.

    Examples
    --------
    >>> [s.text for s in sentence_spans("他说：“好。”我们走吧！\\n  第二行；第三句")]
    ['他说：“好。”', '我们走吧！', '第二行；', '第三句']
    """
    end = len(text) if end is None else end
    out: list[Span] = []
    pos = start
    for m in _SENT_END.finditer(text, start, end):
        stop = m.start() if m.group() == "\n" else m.end()
        a, b = _trim(text, pos, stop)
        if a < b:
            out.append(_span(text, a, b))
        pos = m.end()
    a, b = _trim(text, pos, end)
    if a < b:
        out.append(_span(text, a, b))
    return out


# brackets, quotes and the clause separators: the only characters clause_spans looks at
_CLAUSE_CHARS = re.compile("[" + re.escape("".join(_PAIRS) + _CLOSERS + "，：,:") + "]")
# [^\W_] is exactly str.isalnum (Unicode word characters but the underscore)
_ALNUM = re.compile(r"[^\W_]")


def _content_len(s: str) -> int:
    return len(_ALNUM.findall(s))


def clause_spans(text: str, sentences: list[Span] | None = None, min_chars: int = 4) -> list[Span]:
    """Clauses: sentences split after ， and ： outside quotes, brackets and 《》.

    A piece with fewer than ``min_chars`` letters or digits is merged into the next one
    (the last one into the previous), so every clause lies inside its sentence.

    Examples
    --------
    >>> [c.text for c in clause_spans("近年来，我省坚决贯彻“创新，协调”理念，成效明显。")]
    ['近年来，我省坚决贯彻“创新，协调”理念，', '成效明显。']
    """
    out: list[Span] = []
    for sent in sentence_spans(text) if sentences is None else sentences:
        pieces: list[tuple[int, int]] = []
        stack: list[str] = []
        pos = sent.start
        for m in _CLAUSE_CHARS.finditer(text, sent.start, sent.end):  # skip the other chars
            i = m.start()
            ch = text[i]
            if ch in _PAIRS and not (ch == "“" and stack and stack[-1] == "”"):
                stack.append(_PAIRS[ch])
            elif ch in _CLOSERS:
                if ch in stack:
                    while stack and stack.pop() != ch:
                        pass
            elif ch in "，：,:" and not stack:
                if ch in ",:" and 0 < i < len(text) - 1:
                    if text[i - 1].isdigit() and text[i + 1].isdigit():
                        continue
                pieces.append((pos, i + 1))
                pos = i + 1
        if pos < sent.end:
            pieces.append((pos, sent.end))
        merged: list[tuple[int, int]] = []
        carry: int | None = None
        for a, b in pieces:
            a = a if carry is None else carry
            if _content_len(text[a:b]) < min_chars:
                carry = a
                continue
            carry = None
            merged.append((a, b))
        if carry is not None:
            if merged:
                merged[-1] = (merged[-1][0], sent.end)
            else:
                merged.append((carry, sent.end))
        for a, b in merged:
            a, b = _trim(text, a, b)
            if a < b:
                out.append(_span(text, a, b))
    return out


# --------------------------------------------------------------------------- header


@dataclass
class _Header:
    fields: dict[str, list[Field]]
    title_pieces: list[Field]
    end: int
    body_line: int  # index of the first body line


def _consume_field_line(
    s: str, pat: _Patterns
) -> tuple[list[re.Match[str]], re.Match[str] | None] | None:
    """Label fields and a document number that together make up the whole line."""
    labels = list(pat.labels.finditer(s))
    docnum = None
    rest = pat.labels.sub(" ", s)
    m = _DOCNUM.search(rest)
    if m:
        docnum = _DOCNUM.search(s)
        rest = rest[: m.start()] + rest[m.end() :]
    if (labels or docnum) and not rest.strip():
        return labels, docnum
    return None


def _is_salutation(s: str, lex: StructureLexicons) -> bool:
    # a joint notice's addressees may run long (各省、自治区、直辖市…财政厅（局）、…公司：)
    longest = 240 if s.startswith("各") else 80
    if not s.endswith(("：", ":")) or len(s) > longest or re.search(rf"[{_TERMINATORS}]", s):
        return False
    if _heading_at(s) or any(w in s for w in lex.not_salutation):
        return False
    body = s[:-1]
    if body.startswith(lex.attachment_labels + lex.cc_labels + lex.contact_labels):
        return False
    return bool(body.strip())


_BROKEN_DOCNUM = re.compile(
    r"[\u4e00-\u9fff]{1,12}\s*[〔\[［【]\s*(?:(?:19|20)\d{2,8}|\d*\s*[〕\]］】])\s*\d*\s*号?"
)
_TABLE_RULE = re.compile(r"[|｜\-—:：\s]*\|[|｜\-—:：\s]*")  # |---|---| of a web table
_NUMBER_ORGAN = re.compile(r"[\u4e00-\u9fff]{1,10}")
_PARTNERS = re.compile(r"等[\d一二三四五六七八九十]+个?(?:部门|单位)$")


def _leading_docnum(s: str) -> int:
    """Length of a document number that opens a longer line (豫政办〔2021〕61号河南省…), else 0."""
    m = _DOCNUM.match(s)
    if not m or m.end() >= len(s):
        return 0
    organ = _NUMBER_ORGAN.match(s)
    if organ is None or any(w in organ.group() for w in ("关于", "的", "转发", "印发")):
        return 0
    return m.end()


def _wraps_word(s: str, nxt: str, lex: StructureLexicons) -> bool:
    """Whether line ``s`` ends inside a document-type word that line ``nxt`` completes (a title
    wrapped as …实施办 / 法（试行）: the first line only looks like a body's name)."""
    return any(
        s.endswith(word[:k]) and nxt.startswith(word[k:])
        for word, _ in lex.doc_types
        for k in range(1, len(word))
    )


def _trailing_docnum(s: str, lex: StructureLexicons) -> int:
    """Where a document number closing a title line starts (…的通知国能综通安全〔2021〕108号), else 0."""
    if not _DOCNUM.search(s) or not re.search(r"号\s*$", s):
        return 0
    for word, _ in lex.doc_types:
        at = s.rfind(word)
        while at > 0:
            k = at + len(word)
            if k < len(s) and _DOCNUM.fullmatch(s[k:].strip()):
                return k
            at = s.rfind(word, 0, at)
    return 0


def _metadata_line(s: str, lex: StructureLexicons) -> bool:
    """A row of a web page's metadata table (索引号 | 发布机构 | 成文日期 …), not a title line."""
    labels = lex.metadata_labels + lex.issuer_labels
    if not labels or re.search(r"[，。；;！？!?]", s):
        return False
    hits = {m.group(1) for m in re.finditer(rf"({_alt(labels)})", s)}
    separated = re.search(rf"(?:{_alt(labels)})\s*[\]】]?\s*[：:|]", s)
    return len(hits) >= 2 or separated is not None


def _labelled_issuers(text: str, line: _Line, lex: StructureLexicons) -> list[Field]:
    """Bodies named by an issuer field of a metadata row (发布机构：X, [发文机关] |X|)."""
    if not lex.issuer_labels:
        return []
    s = line.text
    stop = re.compile(rf"[\s|\[【［:：，,；;]|{_alt(lex.metadata_labels + lex.issuer_labels)}")
    for m in re.finditer(rf"(?:{_alt(lex.issuer_labels)})\s*[\]】］]?[\s:：|]*", s):
        st = stop.search(s, m.end())
        b = st.start() if st else len(s)
        parts = split_organizations(s[m.end() : b], lex)
        if parts:
            return [
                _field(text, line.start + m.end() + x, line.start + m.end() + y) for x, y in parts
            ]
    return []


def _parse_header(text: str, lines: list[_Line], lex: StructureLexicons) -> _Header:
    pat = _patterns(lex)
    fields: dict[str, list[Field]] = {}
    lines = list(lines)  # a line opening with a document number is replaced by its rest
    title_lines: list[_Line] = []
    restart_title = False  # an issuer line followed a complete title: a new title may follow
    end = 0
    body_line = 0
    i = 0
    redhead = re.compile(rf"(.+?)\s*(?:{_alt(lex.redhead_suffixes)})")

    def add(key: str, f: Field) -> None:
        fields.setdefault(key, []).append(f)

    while i < len(lines) and i < 20:
        line = lines[i]
        s = line.text
        if _metadata_line(s, lex) or _TABLE_RULE.fullmatch(s):
            for f in _labelled_issuers(text, line, lex):
                add("labelled_issuers", f)
            end = line.end
            i += 1
            continue
        if _BROKEN_DOCNUM.fullmatch(s):  # 南兴府办函〔202058: a number that lost 〕 and 号
            add("doc_number", _field(text, line.start, line.end))
            end = line.end
            i += 1
            continue
        if k := _leading_docnum(s):  # 豫政办〔2021〕61号河南省人民政府办公厅关于…
            add("doc_number", _field(text, line.start, line.start + k))
            rest = s[k:]
            lead = len(rest) - len(rest.lstrip())
            a, b = k + lead, len(s)
            if s[a:b].startswith("《") and s[a:b].endswith("》"):
                a, b = a + 1, b - 1
            line = lines[i] = _Line(line.start + a, line.start + b, s[a:b])
            s = line.text
            if _DATE_AR.fullmatch(s) or _DATE_CN.fullmatch(s):
                end = line.end
                i += 1
                continue
        if k := _trailing_docnum(s, lex):  # 关于做好…工作的通知国能综通安全〔2021〕108号
            add("doc_number", _field(text, line.start + k, line.end))
            line = lines[i] = _Line(line.start, line.start + k, s[:k])
            s = line.text
        consumed = _consume_field_line(s, pat)
        m_red = redhead.fullmatch(s)
        if consumed:
            labels, docnum = consumed
            for m in labels:
                key = pat.label_keys.get(re.sub(r"\s+", "", m.group(1)), m.group(1))
                add(key, _field(text, line.start + m.start(2), line.start + m.end(2)))
            if docnum:
                add(
                    "doc_number",
                    _field(text, line.start + docnum.start(), line.start + docnum.end()),
                )
        elif not title_lines and m_red and _is_org_line(m_red.group(1), lex):
            for f in _org_fields(text, line, lex, 0, m_red.end(1)):
                add("issuers", f)
        elif _heading_at(s) and (title_lines or i > 0 or not _looks_like_title(s, lex)):
            break
        elif _is_salutation(s, lex):
            for m in re.finditer(r"[^、，,；;\s]+", s[:-1]):
                add("recipients", _field(text, line.start + m.start(), line.start + m.end()))
            end = line.end
            i += 1
            break
        elif _BRACKETED.fullmatch(s) and (title_lines or fields):
            pass  # a note under the title, e.g. （2023年5月11日省政府常务会议通过）
        elif (
            not _SENTENCE_PUNCT.search(s)
            and len(s) <= 100
            and len(title_lines) < 4
            and not s.endswith(("：", ":"))
        ):
            joined = "".join(t.text for t in title_lines)
            complete = bool(title_lines) and _doc_type(joined, lex) != "other"
            nxt = lines[i + 1].text if i + 1 < len(lines) else ""
            if (
                _is_org_line(s, lex)
                and (not title_lines or complete)
                and not _wraps_word(s, nxt, lex)
            ):
                # the issuers' line; after a complete title (a web page printing the document's
                # name above its header) the real title may follow
                for f in _org_fields(text, line, lex):
                    add("header_issuers", f)
                restart_title = bool(title_lines)
            elif restart_title and _looks_like_title(s, lex):
                title_lines = [line]
                restart_title = False
            else:
                title_lines.append(line)
        else:
            break
        end = line.end
        i += 1
    body_line = i

    # is the collected run of lines a title?
    title_pieces: list[Field] = []
    if title_lines:
        joined = "".join(ln.text for ln in title_lines)
        followed = body_line < len(lines) and (
            "doc_number" in fields
            or "recipients" in fields
            or _heading_at(lines[body_line].text) is not None
        )
        year = _YEAR_AFTER_ISSUER.search(joined)
        # a plan titled by its body and year (某某司2023年工作要点) is a title too
        own_plan = year is not None and split_organizations(joined[: year.start()], lex)
        if followed or own_plan or _looks_like_title(joined, lex):
            title_pieces = _title_pieces(text, title_lines, lex, fields)
        else:  # not a title: the body starts at those lines
            body_line = lines.index(title_lines[0])
            end = lines[body_line - 1].end if body_line else 0
            for key in ("doc_number", "recipients"):
                fields.pop(key, None)
    return _Header(fields, title_pieces, end, body_line)


def _looks_like_title(s: str, lex: StructureLexicons) -> bool:
    s = re.sub(r"\s+", "", s)
    return not _SENTENCE_PUNCT.search(s) and ("关于" in s or _doc_type(s, lex) != "other")


_YEAR_AFTER_ISSUER = re.compile(r"(?:19|20)\d{2}年")


def _title_pieces(
    text: str, title_lines: list[_Line], lex: StructureLexicons, fields: dict[str, list[Field]]
) -> list[Field]:
    """Title fields (one per line), the issuer prefix removed and recorded in ``fields``.

    The issuer prefix is the run of names before the first connector (X关于…, X印发…); a title
    opening with names and a year (X2023年工作要点) names its issuer too, and keeps it. The
    prefix may end with 等N部门 (X等10部门关于…). A title line wholly inside the prefix must be
    names by itself: a wrapped title line (…实施办 / 法) is no issuer.
    """
    pat = _patterns(lex)
    positions = [p for ln in title_lines for p in range(ln.start, ln.end)]
    joined = "".join(text[p] for p in positions)
    line_ends = []
    n = 0
    for ln in title_lines:
        line_ends.append((n, n + ln.end - ln.start))
        n += ln.end - ln.start
    cut = 0
    hits = [(m.start(), True) for m in pat.connectors.finditer(joined)]
    hits += [(m.start(), False) for m in _YEAR_AFTER_ISSUER.finditer(joined)]
    for at, connector in sorted(hits)[:1]:
        prefix = joined[:at]
        partners = _PARTNERS.search(prefix)
        names_end = partners.start() if partners else len(prefix)
        parts = split_organizations(prefix[:names_end], lex) if at >= 3 else None
        whole_lines_are_names = all(
            split_organizations(joined[a:b], lex) for a, b in line_ends if b <= names_end
        )
        if parts and whole_lines_are_names:
            for a, b in parts:
                fields.setdefault("title_issuers", []).append(
                    _field(text, positions[a], positions[b - 1] + 1)
                )
            if connector:
                cut = at
    pieces: list[Field] = []
    chosen = positions[cut:]
    for ln in title_lines:
        inside = [p for p in chosen if ln.start <= p < ln.end]
        if inside:
            pieces.append(_field(text, inside[0], inside[-1] + 1))
    return [p for p in pieces if p.text]


# --------------------------------------------------------------------------- body blocks


# a signature date that lost its year or its 年月 (年12月31日, 2023925日, 202091)
_DAMAGED_DATE = re.compile(
    r"(?:(?:19|20)\d{2})?\s*年?\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{4,6}日?"
)


def _signature_names(
    text: str, lines: list[_Line], first: int, i: int, skip: set[int], lex: StructureLexicons
) -> list[tuple[int, list[Field]]]:
    """The lines of body names right above the date line ``i``, top first, with their fields.

    A name wrapped over two lines (国家发 / 展改革委; 云南省打造世界一流“绿色食品牌” /
    工作领导小组办公室) is one name: the upper part names no body by itself, opens like a name
    (省, 国家, a place) and completes the lower line to a name. Its field spans both lines.
    """
    out: list[tuple[int, list[Field]]] = []
    j = i - 1
    while j >= first and j not in skip and i - j <= 15 and _is_org_line(lines[j].text, lex):
        low = lines[j]
        up = lines[j - 1] if j - 1 >= first and j - 1 not in skip else None
        if (
            up is not None
            and len(up.text) <= 20
            and not _SENTENCE_PUNCT.search(up.text)
            and not _is_org_line(up.text, lex)
            and (up.text.startswith(lex.org_heads) or _place_prefix(up.text))
            and _is_org_line(up.text + low.text, lex)
        ):
            out.append((j, []))
            out.append((j - 1, [_field(text, up.start, low.end)]))
            j -= 2
            continue
        out.append((j, _org_fields(text, low, lex)))
        j -= 1
    return out[::-1]


def _tail_blocks(
    text: str, lines: list[_Line], first: int, lex: StructureLexicons
) -> tuple[dict[str, list[Field]], set[int]]:
    """Signature blocks, attachments, cc and contact lines after the header."""
    pat = _patterns(lex)
    fields: dict[str, list[Field]] = {}
    skip: set[int] = set()
    first_signature = True
    i = first
    while i < len(lines):
        line, s = lines[i], lines[i].text
        date_m = _DATE_AR.fullmatch(s) or _DATE_CN.fullmatch(s)
        damaged = not date_m and _DAMAGED_DATE.fullmatch(s) is not None
        names = _signature_names(text, lines, first, i, skip, lex) if date_m or damaged else []
        if date_m or (damaged and names):
            skip.add(i)
            for k, _ in names:
                skip.add(k)
            if first_signature:
                if date_m:
                    fields["date"] = [_field(text, line.start, line.end)]
                for _, found in names:
                    fields.setdefault("signature_issuers", []).extend(found)
                first_signature = False
            if i + 1 < len(lines) and _BRACKETED.fullmatch(lines[i + 1].text):
                skip.add(i + 1)
                i += 1
        elif m := pat.attachment.match(s):
            skip.add(i)
            rest = s[m.end() :]
            if rest:
                items = list(re.finditer(r"(?:^|(?<=\s))\d{1,2}[.．、]\s*", rest))
                bounds = [
                    (x.end(), items[n + 1].start() if n + 1 < len(items) else len(rest))
                    for n, x in enumerate(items)
                ] or [(0, len(rest))]
                for a, b in bounds:
                    f = _field(text, line.start + m.end() + a, line.start + m.end() + b)
                    f = _field(text, f.start, f.end - len(f.text) + len(f.text.rstrip("。；;")))
                    fields.setdefault("attachments", []).append(f)
            else:
                while i + 1 < len(lines) and (
                    item := re.match(r"\d{1,2}[.．、]\s*(.+?)[。；;]?$", lines[i + 1].text)
                ):
                    i += 1
                    skip.add(i)
                    ln = lines[i]
                    fields.setdefault("attachments", []).append(
                        _field(text, ln.start + item.start(1), ln.start + item.end(1))
                    )
        elif m := pat.cc.match(s):
            skip.add(i)
            for x in re.finditer(r"[^、，,；;\s。]+", s[m.end() :]):
                fields.setdefault("cc", []).append(
                    _field(text, line.start + m.end() + x.start(), line.start + m.end() + x.end())
                )
        elif pat.contact.match(s) and len(s) <= 120:
            skip.add(i)
            fields.setdefault("contact", []).append(_field(text, line.start, line.end))
        i += 1
    return fields, skip


def _sections(text: str, lines: list[_Line], first: int, skip: set[int]) -> list[Section]:
    sections: list[Section] = []
    region_of: list[int] = []
    region_end: dict[int, int] = {}
    region = 0
    stack: list[int] = []
    in_gap = False
    for i in range(first, len(lines)):
        line = lines[i]
        if i in skip:
            if not in_gap:
                region_end[region] = line.start
                region += 1
                stack = []
            in_gap = True
            continue
        in_gap = False
        hit = _heading_at(line.text)
        if not hit:
            continue
        level, m = hit
        hs = m.end()
        while hs < len(line.text) and line.text[hs].isspace():
            hs += 1
        term = re.search(rf"[{_TERMINATORS}]", line.text[hs:])
        he = hs + term.start() if term else len(line.text)
        while stack and sections[stack[-1]].level >= level:
            stack.pop()
        parent = stack[-1] if stack else None
        sections.append(
            Section(
                start=line.start,
                end=line.end,
                level=level,
                heading=line.text[hs:he],
                heading_start=line.start + hs,
                heading_end=line.start + he,
                marker=m.group(),
                parent=parent,
            )
        )
        region_of.append(region)
        stack.append(len(sections) - 1)
    # spans: up to the next heading of the same or a higher level in the same region
    for k, sec in enumerate(sections):
        stop = region_end.get(region_of[k], len(text))
        for n in range(k + 1, len(sections)):
            if region_of[n] != region_of[k]:
                break
            if sections[n].level <= sec.level:
                stop = sections[n].start
                break
        sec.end = _trim(text, sec.start, stop)[1]
    return sections


def _enumerations(
    text: str, lines: list[_Line], first: int, skip: set[int], lex: StructureLexicons
) -> list[Enumeration]:
    pat = _patterns(lex)
    out: list[Enumeration] = []
    # open series per kind: (series id, last index, last rank)
    open_series: dict[str, tuple[int, int, int]] = {}
    next_id = 0
    for i in range(first, len(lines)):
        line = lines[i]
        if i in skip or _heading_at(line.text):
            open_series = {}
            if i in skip:
                continue
        hits: list[tuple[int, int, str, int, int]] = []  # start, end, kind, n, rank
        if pat.enum_verb:
            for m in pat.enum_verb.finditer(line.text):
                n = _cn_int(m.group(1))
                hits.append((m.start(), m.end(), f"X{m.group(2)}", n, n))
        for m in pat.enum_ordinal.finditer(line.text):
            n = _cn_int(m.group(1))
            hits.append((m.start(), m.end(), "第X", n, n))
        if pat.enum_seq:
            for m in pat.enum_seq.finditer(line.text):
                hits.append((m.start(), m.end(), "首先", 0, pat.seq_rank.get(m.group(1), 0)))
        hits.sort()
        items: list[tuple[int, int, str, int, int]] = []  # start, end, kind, index, series
        for a, b, kind, n, rank in hits:
            prev = open_series.get(kind)
            if kind == "首先":
                if rank == 1:
                    next_id += 1
                    sid, idx = next_id, 1
                elif prev and (rank == 0 or rank > prev[2]):
                    sid, idx = prev[0], prev[1] + 1
                else:
                    continue
            elif prev and n == prev[1] + 1:
                sid, idx = prev[0], n
            elif n == 1 or kind.startswith("X"):
                next_id += 1
                sid, idx = next_id, n
            else:
                continue
            open_series[kind] = (sid, idx, rank)
            items.append((a, b, kind, idx, sid))
        for k, (a, b, kind, idx, sid) in enumerate(items):
            stop = len(line.text)
            for a2, _b2, _k2, _i2, sid2 in items[k + 1 :]:
                if sid2 == sid:
                    stop = a2
                    break
            start, end = _trim(text, line.start + a, line.start + stop)
            out.append(Enumeration(start, end, kind, idx, line.text[a:b], sid))
    return out


# --------------------------------------------------------------------------- main


def _unique(fields: Iterable[Field]) -> Iterator[Field]:
    seen: set[str] = set()
    for f in fields:
        key = re.sub(r"\s+", "", f.text)
        if key not in seen:
            seen.add(key)
            yield f


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _unique_bodies(fields: list[Field]) -> list[Field]:
    """One field per body: a name that another repeats after a place prefix (淮北市人民政府办公室
    and 安徽省淮北市人民政府办公室, from a title and a red head) is kept in its longer form, at
    the place of the first."""
    names = [_compact(f.text) for f in fields]
    out: list[Field] = []
    kept: list[str] = []
    for f, name in zip(fields, names, strict=True):
        for k, other in enumerate(kept):
            short, long_ = sorted((name, other), key=len)
            prefix = long_[: len(long_) - len(short)]
            if long_.endswith(short) and prefix and _place_prefix(prefix) == len(prefix):
                if len(name) > len(other):
                    out[k], kept[k] = f, name
                break
        else:
            out.append(f)
            kept.append(name)
    return out


def parse_structure(
    text: str,
    lexicons: StructureLexicons | None = None,
    *,
    min_clause_chars: int = 4,
) -> DocumentStructure:
    """Recover header fields, sections, enumerations, sentences and clauses.

    Parameters
    ----------
    text
        The normalised, page-order-repaired text of one document.
    lexicons
        Word lists (default: :func:`load_lexicons`).
    min_clause_chars
        Shorter clause pieces are merged with their neighbour (see :func:`clause_spans`).

    Returns
    -------
    DocumentStructure
        ``meta`` has exactly the keys of ``META_KEYS``; ``fields`` records where each value
        was found.

    Examples
    --------
    >>> text = "某某市人民政府文件\\n某政发〔2024〕3号\\n关于推进工作的意见\\n"
    >>> text += "各区：\\n一、总体要求\\n"
    >>> text += "（一）目标。到2025年完成。\\n某某市人民政府\\n2024年3月1日"
    >>> doc = parse_structure(text)
    >>> doc.meta["doc_number"], doc.meta["issuer"], doc.meta["date"], doc.meta["doc_type"]
    ('某政发〔2024〕3号', '某某市人民政府', '2024-03-01', '意见')
    >>> [(s.heading, s.level, s.parent) for s in doc.sections]
    [('总体要求', 1, None), ('目标', 2, 0)]
    """
    lex = lexicons or _default_lexicons()
    lines = _lines(text)
    header = _parse_header(text, lines, lex)
    tail, skip = _tail_blocks(text, lines, header.body_line, lex)
    fields: dict[str, list[Field]] = {**header.fields}
    for key, vals in tail.items():
        fields.setdefault(key, []).extend(vals)

    issuers = _unique_bodies(
        list(
            _unique(
                fields.pop("issuers", [])
                + fields.pop("title_issuers", [])
                + fields.pop("header_issuers", [])
                + fields.pop("signature_issuers", [])
            )
        )
    )
    labelled = fields.pop("labelled_issuers", [])
    if not issuers:  # a web page's 发布机构 field, when the document itself names no issuer
        issuers = _unique_bodies(list(_unique(labelled)))
    if issuers:
        fields["issuers"] = issuers
        fields["issuer"] = issuers[:1]
    if header.title_pieces:
        fields["title"] = header.title_pieces
    for key in ("doc_number", "signer", "handling_result", "date"):
        if key in fields:
            fields[key] = fields[key][:1]

    def first(key: str) -> str | None:
        return fields[key][0].text if fields.get(key) else None

    title = "".join(f.text for f in header.title_pieces) or None
    meta: dict[str, Any] = {
        "title": title,
        "issuers": [_compact(f.text) for f in issuers],
        "issuer": _compact(issuers[0].text) if issuers else None,
        "doc_number": first("doc_number"),
        "signer": first("signer"),
        "handling_result": first("handling_result"),
        "date": parse_date(first("date") or ""),
        "recipients": [f.text for f in fields.get("recipients", [])],
        "cc": [f.text for f in fields.get("cc", [])],
        "attachments": [f.text for f in fields.get("attachments", [])],
        "doc_type": _doc_type(title, lex),
        "contact": " ".join(f.text for f in fields.get("contact", [])) or None,
    }
    fields = {k: v for k, v in fields.items() if k in META_KEYS and v}
    body_start = lines[header.body_line].start if header.body_line < len(lines) else len(text)
    sentences = sentence_spans(text)
    return DocumentStructure(
        meta=meta,
        fields=fields,
        header_end=header.end,
        sections=_sections(text, lines, header.body_line, skip),
        enumerations=_enumerations(text, lines, header.body_line, skip, lex),
        sentences=sentences,
        clauses=clause_spans(text, sentences, min_clause_chars),
        body_start=body_start,
        text=text,
    )


def _innermost(sections: list[Section], start: int, end: int) -> int | None:
    best: int | None = None
    for k, sec in enumerate(sections):
        if (
            sec.start <= start
            and end <= sec.end
            and (best is None or sec.level >= sections[best].level)
        ):
            best = k
    return best


def structure_frame(structure: DocumentStructure) -> pd.DataFrame:
    """One row per span: fields, sections, enumerations, sentences and clauses.

    Columns: ``kind`` (field/section/enumeration/sentence/clause), ``start``, ``end``,
    ``level`` (section level), ``label`` (field name, section heading, enumeration label),
    ``text`` and ``parent`` (section → parent section, enumeration and sentence → innermost
    section, clause → sentence; indexes into the corresponding ``DocumentStructure`` lists).

    Examples
    --------
    >>> df = structure_frame(parse_structure("一、总体要求\\n加强领导，落实责任。"))
    >>> df["kind"].tolist()
    ['section', 'sentence', 'sentence', 'clause', 'clause', 'clause']
    """
    import pandas as pd

    text = structure.text
    rows: list[dict[str, Any]] = []
    for key, fs in structure.fields.items():
        for f in fs:
            rows.append(
                dict(
                    kind="field",
                    start=f.start,
                    end=f.end,
                    level=None,
                    label=key,
                    text=f.text,
                    parent=None,
                )
            )
    secs = structure.sections
    for sec in secs:
        rows.append(
            dict(
                kind="section",
                start=sec.start,
                end=sec.end,
                level=sec.level,
                label=sec.heading,
                text=text[sec.start : sec.end],
                parent=sec.parent,
            )
        )
    for e in structure.enumerations:
        rows.append(
            dict(
                kind="enumeration",
                start=e.start,
                end=e.end,
                level=None,
                label=e.label,
                text=text[e.start : e.end],
                parent=_innermost(secs, e.start, e.end),
            )
        )
    for s in structure.sentences:
        rows.append(
            dict(
                kind="sentence",
                start=s.start,
                end=s.end,
                level=None,
                label=None,
                text=s.text,
                parent=_innermost(secs, s.start, s.end),
            )
        )
    k = 0
    sents = structure.sentences
    for c in structure.clauses:
        while k < len(sents) and sents[k].end < c.end:
            k += 1
        rows.append(
            dict(
                kind="clause",
                start=c.start,
                end=c.end,
                level=None,
                label=None,
                text=c.text,
                parent=k if k < len(sents) else None,
            )
        )
    df = pd.DataFrame(rows, columns=["kind", "start", "end", "level", "label", "text", "parent"])
    df["level"] = df["level"].astype("Int64")
    df["parent"] = df["parent"].astype("Int64")
    return df
