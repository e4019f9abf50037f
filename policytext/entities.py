"""Rule-based entity recognition for policy documents: ORG, FIRM, PROGRAM, PERSON, GPE.

Pure functions over a ``str`` (no spaCy). Off-the-shelf Chinese NER has no PROGRAM type and is
weak on government bodies and firm short names; these rules use signals that generalise
across provinces and ministries:

- gazetteers (:mod:`policytext.gazetteer` when installed, else a small fallback list);
- the naming pattern of government departments: region or level prefix + department stem +
  head (省科技厅, 市发展改革委, 河北省发展和改革委员会, 承德市政府, 省委组织部);
- suffix grammar for organizations (…研究院 …联盟 …领导小组) and firms (…有限公司 …集团), with a
  left boundary found after punctuation or an actor-introducing verb (支持 指导 组建 …);
- 《》 titles, quoted names typed by their head noun, named programmes (…工程 …计划 …行动) and
  designation schemes (绿色工厂, 专精特新“小巨人”);
- list typing: in ``洛阳玻璃、天瑞水泥等制造业头雁企业`` every item takes the type of the head;
- role context for people (签发人：X, X省长, 厅长X任…);
- document-level propagation: a name found once is found wherever it recurs.

The word lists live in ``policytext/data/entity_*.txt``; pass extra files to
:func:`load_entity_lexicons` to extend them. Conventions follow the project's annotation
guidelines: flat spans, the longest name wins, level words (省级, 国家级) stay outside
designations, quotes are excluded when the quoted part is the whole name.

Examples
--------
>>> ents, groups = find_entities("支持洛阳玻璃、天瑞水泥等制造业企业和金融机构参与。")
>>> [(e.text, e.label) for e in ents]
[('洛阳玻璃', 'FIRM'), ('天瑞水泥', 'FIRM')]
>>> [g.text for g in groups]
['金融机构']
>>> [(e.text, e.label) for e in find_entities("由省工信厅牵头编制《河南省绿色建材行动方案（2023-2025年）》。")[0]]
[('省工信厅', 'ORG'), ('河南省绿色建材行动方案（2023-2025年）', 'PROGRAM')]
"""

from __future__ import annotations

import bisect
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .normalization import fold_punctuation

__all__ = [
    "ENTITY_LABELS",
    "EntityLexicons",
    "Mention",
    "default_lexicon_files",
    "find_entities",
    "load_entity_lexicons",
]


class _CachedRe:
    """``re`` functions on patterns compiled once per process: the rules build their patterns
    from the lexicons on every document, more than ``re``'s own cache of 512 holds."""

    @staticmethod
    @lru_cache(maxsize=8192)
    def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
        return re.compile(pattern, flags)

    def finditer(self, pattern: str, string: str, flags: int = 0) -> Iterator[re.Match[str]]:
        return self.compile(pattern, flags).finditer(string)

    def match(self, pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
        return self.compile(pattern, flags).match(string)

    def search(self, pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
        return self.compile(pattern, flags).search(string)

    def fullmatch(self, pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
        return self.compile(pattern, flags).fullmatch(string)

    def sub(self, pattern: str, repl: Any, string: str, count: int = 0, flags: int = 0) -> str:
        return self.compile(pattern, flags).sub(repl, string, count=count)

    def split(self, pattern: str, string: str, maxsplit: int = 0, flags: int = 0) -> list[Any]:
        return self.compile(pattern, flags).split(string, maxsplit=maxsplit)


_re = _CachedRe()
_MOVEMENT_ABBREVIATION = re.compile(
    r"(?<=[来留赴驻返回在入抵]).(?=就业|创业|求职|工作|发展|落户|投资|兴业"
    r"|定居|生活|学习|安家|置业|实习|留学|办企|创新创业|初创|进行|考察|访问|视察|参加|举办"
    r"|企业|高校|单位|机构|中央|新设|\d)",
    re.S,
)


class _LiteralMatch:
    """The part of ``re.Match`` the rules use, for a literal found with ``str.find``."""

    __slots__ = ("_end", "_start", "string")

    def __init__(self, string: str, start: int, end: int) -> None:
        self.string, self._start, self._end = string, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self.string[self._start : self._end]


def _short_name_spans(core: str, text: str) -> Iterator[tuple[int, int]]:
    """Where ``core``'s first two characters are followed by two more of its characters:
    ``re.finditer(core[:2] + "[" + core[2:] + "]{2}", text)`` without a pattern per firm."""
    head, rest = core[:2], set(core[2:])
    i = text.find(head)
    while i >= 0:
        e = i + 4
        if e <= len(text) and text[i + 2] in rest and text[i + 3] in rest:
            yield i, e
            i = text.find(head, e)
        else:
            i = text.find(head, i + 1)


def _literal_matches(word: str, text: str) -> Iterator[_LiteralMatch]:
    """``re.finditer(re.escape(word), text)`` without compiling a pattern per document word
    (the words come from each document, so a pattern cache never hits)."""
    if not word:
        return
    i = text.find(word)
    while i >= 0:
        yield _LiteralMatch(text, i, i + len(word))
        i = text.find(word, i + len(word))


ENTITY_LABELS = ("ORG", "FIRM", "PROGRAM", "PERSON", "GPE")
ACTOR_GROUP_LABEL = "ACTOR_GROUP"
_SKIP = "_SKIP"  # a span that blocks other names but is no entity (a proposal title)

PathLike = str | os.PathLike[str]


@dataclass
class Mention:
    """One entity or actor-group mention; ``text == document[start:end]``."""

    start: int
    end: int
    label: str
    text: str
    rule: str = ""  # which signal produced it (for debugging / evidence)
    canonical: str | None = None  # filled by alias resolution (policytext.aliases)
    id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "text": self.text,
            "canonical": self.canonical,
            "id": self.id,
        }


# --------------------------------------------------------------------------- lexicons

_LEXICON_FILES = (
    "entity_orgs.txt",
    "entity_programs.txt",
    "entity_places.txt",
    "entity_person_roles.txt",
    "entity_surnames.txt",
    "entity_cues.txt",
    "entity_actor_groups.txt",
    "entity_generic_words.txt",
    "entity_known_programs.txt",
    "gazetteer_firms.tsv",
)

# sections a user file may add names to directly: [ORG] [FIRM] [PROGRAM] [PERSON] [GPE]
_NAME_SECTIONS = ENTITY_LABELS


@dataclass(frozen=True)
class EntityLexicons:
    """Word lists of the entity rules, by section name (see ``data/entity_*.txt``).

    ``sections`` maps a section (``dept_stems``, ``surnames``, ``places`` …, and the label
    sections ``ORG`` ``FIRM`` ``PROGRAM`` ``PERSON`` ``GPE`` of user-supplied names) to its
    entries, longest first.
    """

    sections: dict[str, tuple[str, ...]] = field(default_factory=dict)
    files: tuple[str, ...] = ()
    #: firm gazetteer rows ``(full name, short names)`` from ``# kind: firms`` tables
    firms: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def __getitem__(self, name: str) -> tuple[str, ...]:
        return self.sections.get(name, ())

    def set_of(self, name: str) -> frozenset[str]:
        return _frozen(self, name)

    def regex(self, name: str) -> re.Pattern[str]:
        """An alternation of the section's words (longest first); never matches if empty."""
        return _regex(self, name)

    def __hash__(self) -> int:
        return hash(self.files)


@lru_cache(maxsize=256)
def _frozen(lex: EntityLexicons, name: str) -> frozenset[str]:
    return frozenset(lex[name])


@lru_cache(maxsize=256)
def _regex(lex: EntityLexicons, name: str) -> re.Pattern[str]:
    words = lex[name]
    if not words:
        return _re.compile(r"(?!x)x")
    return re.compile("|".join(re.escape(w) for w in words))


def default_lexicon_files() -> list[Path]:
    """The bundled ``policytext/data/entity_*.txt`` files."""
    base = resources.files("policytext") / "data"
    return [Path(str(base / name)) for name in _LEXICON_FILES]


def _parse_lexicon(text: str, source: str, default_section: str | None) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    current = default_section
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            continue
        if current is None:
            raise ValueError(
                f"{source}:{lineno}: entry before any [section] header; start the file with a"
                " section such as [ORG], [FIRM], [GPE], [places] or [surnames]"
            )
        # patterns are one per line; word lists may hold several words per line
        if current.endswith("_patterns"):
            out.setdefault(current, []).append(line)
        else:
            out.setdefault(current, []).extend(line.split())
    return out


_FIRMS_KIND = re.compile(r"^#\s*kind\s*:\s*firms\s*$")


def _is_firm_table(text: str) -> bool:
    """Does the file start with a ``# kind: firms`` header (before any entry)?"""
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if not line.startswith("#"):
            return False
        if _FIRMS_KIND.match(line):
            return True
    return False


def _parse_firm_table(text: str, source: str) -> list[tuple[str, tuple[str, ...]]]:
    """Rows of a firm gazetteer: ``name<TAB>short|short``; ``#`` starts a comment line.

    A short name written ``!华为`` is a proper name even where a general dictionary lists it
    as an ordinary word (matched at every plausible boundary).
    """
    rows: list[tuple[str, tuple[str, ...]]] = []
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        cols = [c.strip() for c in raw.rstrip("\n").split("\t")]
        name = cols[0]
        if not name or _re.search(r"\s", name):
            raise ValueError(f"{source}:{lineno}: firm name missing or holding spaces: {raw!r}")
        shorts = tuple(
            dict.fromkeys(x.strip() for x in (cols[1] if len(cols) > 1 else "").split("|"))
        )
        rows.append((name, tuple(x for x in shorts if x and x.lstrip("!") != name)))
    return rows


def load_entity_lexicons(*paths: PathLike, replace: bool = False) -> EntityLexicons:
    """Load the bundled entity lexicons plus the user's own files.

    A user file uses the same format as ``data/entity_*.txt``: ``[section]`` headers and
    whitespace-separated entries, ``#`` comments. Besides the rule sections (``places``,
    ``surnames``, ``dept_stems``, ``org_suffixes``, ``designations``, ``actor_groups`` …) the
    sections ``[ORG]`` ``[FIRM]`` ``[PROGRAM]`` ``[PERSON]`` ``[GPE]`` list names to tag with
    that label. ``replace=True`` uses only the given files.

    A file whose first line is ``# kind: firms`` is a firm gazetteer (like the bundled
    ``data/gazetteer_firms.tsv``): one firm a line, ``full name<TAB>short|short``; full and
    short names are tagged FIRM (short names at name boundaries only).

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "mine.txt"
    >>> _ = p.write_text("[FIRM]\\n蓝翎环科\\n", encoding="utf-8")
    >>> lex = load_entity_lexicons(p)
    >>> [e.text for e in find_entities("支持蓝翎环科发展。", lexicons=lex)[0]]
    ['蓝翎环科']
    """
    files = [] if replace else default_lexicon_files()
    files += [Path(p) for p in paths]
    merged: dict[str, list[str]] = {}
    firms: dict[str, tuple[str, ...]] = {}
    for f in files:
        if not f.is_file():
            raise FileNotFoundError(f"entity lexicon file not found: {f}")
        content = f.read_text(encoding="utf-8-sig")
        if _is_firm_table(content):
            for name, shorts in _parse_firm_table(content, str(f)):
                firms[name] = tuple(dict.fromkeys(firms.get(name, ()) + shorts))
            continue
        parsed = _parse_lexicon(content, str(f), None)
        for key, words in parsed.items():
            merged.setdefault(key, []).extend(words)
    sections = {
        k: tuple(sorted(dict.fromkeys(v), key=len, reverse=True))
        if not k.endswith("_patterns")
        # keep pattern order
        else tuple(dict.fromkeys(v))
        for k, v in merged.items()
    }
    return EntityLexicons(sections, tuple(str(f) for f in files), tuple(firms.items()))


@lru_cache(maxsize=1)
def _default_lexicons() -> EntityLexicons:
    return load_entity_lexicons()


@dataclass(frozen=True)
class _FirmIndex:
    """Look-ups over the firm gazetteer rows of an :class:`EntityLexicons`."""

    full: dict[str, str]  # any known surface -> registered full name
    shorts: frozenset[str]  # surfaces that are short names (boundary checks apply)
    ordinary: frozenset[str]  # short names that are ordinary words (strict contexts only)
    rx: re.Pattern[str]


@lru_cache(maxsize=16)
def _firm_index(lex: EntityLexicons) -> _FirmIndex:
    full: dict[str, str] = {}
    shorts: set[str] = set()
    proper: set[str] = set()
    for name, alts in lex.firms:
        full.setdefault(name, name)
        for a in alts:
            w = a.lstrip("!")
            if a.startswith("!"):
                proper.add(w)
            if len(w) >= 2 and w not in full:
                full[w] = name
                shorts.add(w)
    ordinary: frozenset[str] = frozenset()
    short3 = [w for w in shorts if len(w) <= 3 and w not in proper]
    if short3:
        try:
            from .gazetteer import common_words

            ordinary = common_words(short3)
        except ImportError:  # pragma: no cover - the gazetteer module ships with policytext
            ordinary = frozenset(short3)
    words = sorted(full, key=len, reverse=True)
    rx = re.compile("|".join(re.escape(w) for w in words)) if words else re.compile(r"(?!x)x")
    return _FirmIndex(full, frozenset(shorts), ordinary, rx)


def firm_full_name(surface: str, lexicons: EntityLexicons | None = None) -> str | None:
    """The registered full name of a firm the firm gazetteer knows by ``surface``.

    >>> firm_full_name("中石化")
    '中国石油化工集团有限公司'
    >>> firm_full_name("国开行")
    '国家开发银行'
    >>> firm_full_name("示例公司") is None
    True
    """
    lex = lexicons if lexicons is not None else _default_lexicons()
    w = "".join(surface.split())
    return _firm_index(lex).full.get(w)


# --------------------------------------------------------------------------- gazetteer


class _FallbackGazetteer:
    """Places from ``entity_places.txt``; used until/unless :mod:`policytext.gazetteer` exists."""

    def __init__(self, lex: EntityLexicons):
        self.lex = lex

    def places_in(self, text: str) -> list[tuple[int, int, str]]:
        rx = self.lex.regex("places")
        return [(m.start(), m.end(), m.group()) for m in rx.finditer(text)]

    def bodies_in(self, text: str) -> list[tuple[int, int, str]]:
        return []


def _load_gazetteer() -> Any | None:
    try:
        from . import gazetteer as _gz  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        return None
    loader = getattr(_gz, "load_gazetteer", None)
    if loader is None:
        return None
    try:
        return loader()
    except Exception as exc:  # a broken data file must not stop entity recognition
        import warnings

        warnings.warn(f"gazetteer not loaded, using fallback places: {exc}", stacklevel=2)
        return None


@lru_cache(maxsize=1)
def _default_gazetteer() -> Any | None:
    return _load_gazetteer()


def _spans_of(found: Any, text: str) -> Iterator[tuple[int, int]]:
    """Normalise the gazetteer's ``*_in`` results: tuples ``(start, end, …)`` or objects."""
    for item in found or ():
        if isinstance(item, tuple | list) and len(item) >= 2 and isinstance(item[0], int):
            s, e = int(item[0]), int(item[1])
        elif hasattr(item, "start") and hasattr(item, "end"):
            s, e = int(item.start), int(item.end)
        else:
            continue
        if 0 <= s < e <= len(text):
            yield s, e


# --------------------------------------------------------------------------- characters

_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_NAME_CHARS = re.compile(rf"[{_HAN}A-Za-z0-9（）()·•]")
_NUM = "一二三四五六七八九十两百千万"
_QUOTES = {"“": "”", "「": "」", '"': '"', "‘": "’"}
_LEVEL = re.compile(r"(?:国家级|省级|市级|区级|县级|部级|省市级|国家和省级|省级以上|市级以上)")


def _is_han(ch: str) -> bool:
    return bool(ch) and ("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf")


def _is_name_char(ch: str) -> bool:
    return bool(_NAME_CHARS.fullmatch(ch))


# --------------------------------------------------------------------------- candidates


# a people's congress or CPPCC committee of one term: 政协十四届全国委员会, 十四届全国人大,
# 广元市第七届人民代表大会 (its 第四次会议 is a meeting, not the body)
_TERM = r"第?[一二三四五六七八九十]{1,3}届"
_SESSION_BODY = re.compile(
    rf"(?P<body>(?:中国人民)?政协(?:[\u4e00-\u9fff]{{2,8}}?[省市县区州])?{_TERM}"
    rf"(?:全国|[\u4e00-\u9fff]{{2,8}}?[省市县区州])?委员会"
    rf"(?:常务委员会)?|{_TERM}全国(?:人大|人民代表大会|政协)(?:常委会|常务委员会)?"
    rf"|(?P<place>){_TERM}(?:人民代表大会|人大)(?:常务委员会|常委会)?)"
)
# a verb that sets up a body, opening a quoted proposal (“成立广元…促进会”)
_ESTABLISH = re.compile(r"(?:成立|组建|设立|筹建|筹备成立|建立)(?=[\u4e00-\u9fff‘“]{4})")
# honours a firm or its products are selected into (绿色工厂, 单项冠军企业, 绿色设计产品): a level
# word before them is not part of the name (GUIDELINES §4); platforms (…创新中心) keep it
_FIRM_HONOUR_END = re.compile(r"(?:工厂|企业|产品|冠军|小巨人”?|车间)$")
# the short name of a leading group's office: a level, two or three characters naming the task
# and 办 — not a verb ending in 办 (举办, 承办, 督办 …)
_OFFICE_ABBREVIATION = re.compile(
    r"[省市县区](?P<stem>[\u4e00-\u9fff]{1,2}[^\W\d_举承主协合督筹开兴代包照试创查交经帮催\s])办"
    r"(?![理法公事好学]|会(?!同))"
)
# what may follow such an office: a role verb or a function word (省链长办会同…, 设在市物流办)
_OFFICE_FOLLOWERS = (
    "会同",
    "牵头",
    "负责",
    "制定",
    "印发",
    "组织",
    "统筹",
    "协调",
    "要",
    "将",
    "和",
    "与",
    "及",
    "等",
    "设",
    "对",
    "按",
    "联合",
    "指导",
    "根据",
    "发布",
    "发文",
    "已",
    "在",
    "结合",
    "按照",
    "依据",
)
_CORPS_DEPARTMENT = re.compile(
    r"新疆生产建设兵团[\u4e00-\u9fff]{2,12}?(?:局|厅|委员会|委|办公室)(?=[，,、：:；;。\s（(]|$)"
)
# a bracketed document number in front of a title
_LEADING_DOC_NUMBER = re.compile(r"[\[［【][^\]］】]{2,24}号[\]］】]\s*")
# qualities that name a campaign together with a place (健康中国, 平安浙江, 数字重庆)
_CAMPAIGN_QUALITIES = frozenset({"健康", "平安", "美丽", "法治", "数字", "幸福", "文明", "诚信"})
# words that end in 区 before a body's name: 开发区管委会 is no 区管委会
_ZONE_WORD_HEADS = ("开发", "高新", "园", "港", "片", "城", "辖", "景", "社", "新", "保税")
# the sub-district office of a district government, written after it
_STREET_OFFICE = re.compile(r"[\u4e00-\u9fff]{2,6}?街道办事处")
# a bureau named after a place, its name closed by punctuation or a role verb
_LOCAL_BUREAU = re.compile(
    r"([\u4e00-\u9fff]{2,8}?)(?:管理局|局|管理委员会)"
    r"(?=[，,、。；;：:（(\s]|$|牵头|负责|会同|配合|发布|印发|关于|对|要|将)"
)
# a national pilot zone with its city in brackets
_PILOT_ZONE = re.compile(
    r"中国[（(][\u4e00-\u9fff]{2,8}[）)][\u4e00-\u9fff]{0,14}?"
    r"(?:自由贸易试验区|综合试验区|综合保税区|试验区|自贸区|示范区)"
    r"(?:[\u4e00-\u9fff]{2,4}?片区)?"
)
# the seal remark after a signing body: （代章） / （盖章）
_SEAL_REMARK = re.compile(r"[（(](?:代章|盖章|印章|章|征求意见稿|送审稿|试行稿|草案)[）)]$")
# the rest of a document number's code after a name: 科函〔2018〕, 发〔2021〕, 〔2023〕
_DOC_NUMBER_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}[〔［\[]\d{4}[〕］\]]")


@dataclass
class _Cand:
    start: int
    end: int
    label: str
    rule: str
    tier: int  # higher wins over lower before length is compared


# a law or regulation named without 《》 (数据安全法, 安全生产条例)
_LAW_NAME = re.compile(r"[\u4e00-\u9fff]{2,12}(?:法|条例|规定|规章)")

# verbs a programme's left edge may take in, activities run under a programme, funding after it
_PROGRAM_LEAD_IN = re.compile(r"(?:记入|纳入|列入|录入|列为|认定为|评为|入选)")
_PROGRAM_VERB_LEAD = re.compile(
    r"(?:建立健全|健全|完善|落实|推行|实行|严格落实|严格执行|全面推行)+"
)
_PROGRAM_ACTIVITY = re.compile(r"(?:提名|评审|评选|申报|奖励|推荐)活动$")
_PROGRAM_FUNDING = re.compile(r"(?:资助|经费)$")

# a preposition, determiner or verb a firm's left edge may wrongly take in
_FIRM_LEAD_IN = re.compile(r"(?:对于|对|研究|同一|向|与|为|在|由|请|支持|鼓励|引导)+")


class _Finder:
    def __init__(
        self, text: str, structure: Any, lex: EntityLexicons, gazetteer: Any | None
    ) -> None:
        self.text = text
        self.structure = structure
        self.lex = lex
        self.gaz = gazetteer
        self.cands: list[_Cand] = []
        self.groups: list[_Cand] = []
        self.gpe: list[tuple[int, int]] = []
        self.gpe_starts: set[int] = set()
        self.gpe_ends: dict[int, int] = {}  # end -> start
        self._raw_place_starts: set[int] = set()  # candidate places before filtering
        self._raw_place_ends: set[int] = set()
        self.generic = lex.set_of("generic_words")
        self.cues = lex.set_of("strong_cues")
        self.breaks = lex.set_of("hard_breaks")
        self.surnames = lex.set_of("surnames")
        self._dept_rx: re.Pattern[str] | None = None
        self.short_aliases: dict[str, str] = {}
        self._gpe_words: tuple[int, list[str]] | None = None  # (len(gpe) when built, surfaces)
        self._place_names: dict[str, bool] = {}

    # ---------------------------------------------------------------- helpers
    def add(self, s: int, e: int, label: str, rule: str, tier: int = 2) -> None:
        t = self.text
        while s < e and t[s].isspace():
            s += 1
        while e > s and t[e - 1].isspace():
            e -= 1
        if label == "PROGRAM":
            lead = _PROGRAM_LEAD_IN.match(t, s, e)
            if lead and e - lead.end() >= 4:
                s = lead.end()  # 记入科研诚信严重失信行为数据库 -> the database
            if _PROGRAM_ACTIVITY.search(t, s, e):
                return  # 国家科学技术奖提名活动: an activity of a programme, not one
            verb = _PROGRAM_VERB_LEAD.match(t, s, e)
            if verb and e - verb.end() >= 4:
                s = verb.end()  # 建立健全农村公路责任制 -> the system, not the act of building it
            if (tail := _PROGRAM_FUNDING.search(t, s, e)) and tail.start() - s >= 4:
                e = tail.start()  # 国家重点研发计划资助 -> 国家重点研发计划
            period = _PLAN_PERIOD.match(t, e)
            if period and t.count("（", s, e) == t.count("）", s, e):
                e = period.end()  # 工作方案（2024-2026年）: the period is part of the title
            if num := _LEADING_DOC_NUMBER.match(t, s, e):
                s = num.end()  # [天政发〔2020〕26号]天水市人民政府关于…: the number is no name
            kind = _re.match(r"(?:现行)?(?:国家标准|行业标准|地方标准|团体标准)", t[s:e])
            if kind and e - s - kind.end() >= 4:
                s += kind.end()  # 国家标准建筑结构荷载规范 -> 建筑结构荷载规范
        if label != "PROGRAM" and (art := _ARTICLE_START.match(t, s, e)) and e - art.end() >= 2:
            s = art.end()  # 第三条市人力资源社会保障局负责…: the article number is no part
        if remark := _SEAL_REMARK.search(t, s, e):
            e = remark.start()  # 领导小组办公室（代章）: the seal remark of a signature
        # a bracket the span opens or closes without its pair is not part of the name:
        # 智能重卡（上港集团 -> 上港集团, 新石器） -> 新石器
        w = t[s:e]
        for o, c in ("（）", "()"):
            if w.count(o) > w.count(c):
                s += w.rindex(o) + 1
            elif w.count(c) > w.count(o) and w.endswith(c):
                e -= 1
            elif w.count(c) > w.count(o):
                s += w.index(c) + 1  # 市发改委）经开区: a closing bracket before the name
            w = t[s:e]
        if (
            label == "GPE"
            and e - s >= 7
            and t.startswith(self.lex["task_verbs"], s)
            and t[e - 1] in "园区"
        ):
            return  # 规范发展文化产业园区: a task on a kind of park, no park's name
        if label != "PROGRAM" and _DOC_NUMBER_AFTER.match(t, e):
            return  # 工信厅科函〔2018〕283号 / 雄安发〔2021〕5号: the code of a document number
        if e - s >= 2 or (label == "GPE" and e - s >= 1):
            self.cands.append(_Cand(s, e, label, rule, tier))

    def is_generic(self, stem: str) -> bool:
        """True when ``stem`` is made only of generic words (no distinguishing modifier)."""
        s = _LEVEL.sub("", stem)
        s = _re.sub(r"[（）()“”\s\d]", "", s)
        if not s:
            return True
        words = sorted(self.generic, key=len, reverse=True)
        i = 0
        while i < len(s):
            for w in words:
                if s.startswith(w, i):
                    i += len(w)
                    break
            else:
                return False
        return True

    def boundary_before(self, pos: int) -> bool:
        """Does a name plausibly start at ``pos``? (line start, punctuation, cue, function word)"""
        if pos <= 0:
            return True
        prev = self.text[pos - 1]
        if not _is_han(prev) and not prev.isalnum():
            return True
        if prev in "条章" and _ARTICLE_END.search(self.text, max(0, pos - 8), pos):
            return True  # 第九条科技部…: an article number glued to its first word
        if prev in self.breaks or prev in self.cues or prev in "和与及由在对向将经为从是或并同、":
            return True
        for k in range(2, 6):
            if pos - k >= 0 and self.text[pos - k : pos] in self.cues:
                return True
        # directly after another body (省委省政府, 省工信厅和住建厅)
        return prev in "委府厅局办部院会"

    def left_edge(
        self,
        head_start: int,
        *,
        max_len: int = 30,
        min_stem: int = 2,
        any_cue: bool = False,
        head_cue_ok: bool = False,
    ) -> int:
        """Left edge of a name whose head starts at ``head_start``.

        Walk left over name characters to punctuation or a hard break, then cut after the
        nearest actor-introducing cue (支持, 组建, 由 …) or an earlier body (…厅和); prefer a
        place or 国家/全国/中国 as the first word. The caller checks the stem that is left.
        """
        t = self.text
        i = head_start
        while i > 0 and head_start - i < max_len and _is_name_char(t[i - 1]):
            if t[i - 1] in self.breaks:
                break
            i -= 1
        # the walk stopped by length inside a place: the place is whole (甘孜州2020年…项目)
        if head_start - i >= max_len:
            i = min((s0 for s0, e0 in self.gpe if s0 < i < e0), default=i)
        cut = i
        # a cue word the walk stopped inside (其中陕西延长石油集团: 其 is a hard break)
        for k in (4, 3, 2):
            for j in range(1, k):
                if 0 <= i - j and t[i - j : i - j + k] in self.cues and i - j + k < head_start:
                    cut = max(cut, i - j + k)
        # a zone's name holds words that elsewhere cue an actor (经济技术开发区管委会,
        # 江海联动开发示范区管委会): inside it they are no cue
        zone_words = (
            _ZONE_NAME_WORDS
            if _ZONE_BEFORE_HEAD.search(t, i, head_start)
            and head_start - i >= 6
            and not _re.match(r"(?:国家|省|市|县|区)级", t[i:head_start])
            else frozenset()
        )  # (开发区管委会, 国家级开发区管委 are a kind of body: the cue still cuts them)
        # rightmost cue word ending at or before the head (with ``head_cue_ok``, a cue word
        # right before the head belongs to the name: 投资开发有限公司)
        for end in range(head_start - (1 if head_cue_ok else 0), i, -1):
            hit = False
            for k in (5, 4, 3, 2, 1):
                st = end - k
                if st < cut:
                    continue
                w = t[st:end]
                if (
                    w in self.cues
                    and w not in zone_words
                    and (k > 1 or any_cue or self._single_cue_ok(st, end, head_start))
                ):
                    cut = end
                    hit = True
                    break
            if hit:
                break
        # a place at a boundary before the cue: 举办京津冀…对接活动 (对接 is inside the name)
        inner = [p for p in range(i, cut) if p in self.gpe_starts and self.boundary_before(p)]
        # 在天河区举办…活动: a place after a locative preposition is the venue, not the name
        if inner and t[max(inner) - 1 : max(inner)] in ("在", "于"):
            inner = []
        if inner and cut - max(inner) <= 24:
            seg = t[max(inner) : cut]
            last = next((k for k in (5, 4, 3, 2, 1) if seg[-k:] in self.cues), 0)
            body = seg[: len(seg) - last]
            if not (
                seg[len(body) :] in _TAKES_AN_OBJECT  # 承德市钒钛产业纳入国家战略: the place acts
                or any(c in "将在对向由为是把被请已" for c in body)
                or any(body[j : j + k] in self.cues for k in (2, 3, 4) for j in range(len(body)))
                or any(h in body for h in _HEAD_WORDS if len(h) >= 2)
                or any(
                    h in body for h in ("公司", "厅", "局", "委", "联合会", "协会", "学会", "商会")
                )
            ):
                cut = max(inner)
        # an earlier body or designation before 和/与/及/、: 省工信厅和住建厅, …基地和…基地
        for p in range(cut + 1, head_start):
            if t[p - 1] in "和与及、或" and t[cut : p - 1].endswith(_HEAD_WORDS + _NAME_ENDS):
                cut = p
        # a place that has the name (犍为县有乐山川犍电力有限责任公司): 有 is a verb here, not 有限
        for p in range(cut + 2, head_start - 1):
            if t[p - 1] == "有" and (p - 1) in self.gpe_ends and t[p : p + 1] != "限":
                cut = p
        # a body directly followed by a place: 河北省工业和信息化厅河北省发展和改革委员会 (not a
        # place qualifying the head: 中国移动通信集团上海有限公司)
        for p in range(cut + 1, head_start):
            if p in self.gpe_starts and t[cut:p].endswith(_HEAD_WORDS):
                if self._place_at(p) < head_start:
                    cut = p
        # a place name after a short lead (指导我省洛阳…), or 国家/全国/中国 as the first word
        for p in range(cut, head_start):
            lead = t[cut:p]
            if (
                p in self.gpe_starts
                and len(lead) <= 2
                and not any(q in self.gpe_starts for q in range(cut, p))
            ):
                if all(
                    c in self.breaks or c in self.cues or c in "由与和及对向在将经为从是我省市"
                    for c in lead
                ):
                    cut = p
                break
        # a place right after a building verb starts the name: …分院建设湖北实验室
        verbs = self.lex["place_after_verbs"]
        for p in range(head_start - 1, cut, -1):
            if p in self.gpe_starts and any(t.startswith(v, p - len(v)) for v in verbs):
                if p - 2 >= cut:
                    cut = p
                break
        m = _re.search(r"国家|全国|中国", t[cut:head_start])
        if (
            m
            and m.start() > 0
            and not any(q in self.gpe_starts for q in range(cut, cut + m.start()))
        ):
            cut += m.start()
        # an enumeration marker or article number glued to the name: （二）中央军事委员会,
        # 第十二条奖励办公室
        article = _ARTICLE_START.match(t, cut, head_start) or _ENUM_START.match(t, cut, head_start)
        if article:
            cut = article.end()
        # a row number of a numbered table or list: 12河北鸿华工程项目管理有限公司
        row = _re.match(rf"\d{{1,4}}(?=[{_HAN}])", t[cut:head_start])
        if row and (cut == 0 or t[cut - 1] in "\n\t 　"):
            cut += row.end()
        if t[cut : cut + 1] in ("原", "现") and cut + 1 in self.gpe_starts:
            cut += 1  # 原花垣镇人民政府驻地: the former seat, the body is 花垣镇人民政府
        return cut

    def _single_cue_ok(self, st: int, end: int, head_start: int) -> bool:
        # single-character cues (由 在 对 向 …) only when a place or level prefix follows
        t = self.text
        ch = t[st]
        if ch in "由以":
            return True
        if ch in "如即" and (st == 0 or t[st - 1] in "，,：:（(、；;"):
            return True  # 三是航空配套，如机场集团…: an example follows
        return (
            end in self.gpe_starts
            or (end < len(t) and t[end] in "省市区县")
            or t.startswith(("国家", "全国", "中国"), end)
        )

    # ---------------------------------------------------------------- passes
    def run(self) -> tuple[list[Mention], list[Mention]]:
        self.places()
        self.pilot_zones()
        self.place_campaigns()
        self.facilities()
        self.user_names()
        self.titles()
        self.quotes()
        self.departments()
        self.note_units()
        self.duty_note_units()
        self.divisions()
        self.central_bodies()
        self.suffix_orgs()
        self.firms()
        self.known_firms()
        self.cells()
        self.branches()
        self.programs()
        self.projects()
        self.laws_and_systems()
        self.designations()
        self.lists()
        self.counted_places()
        self.firm_siblings()
        self.trade_name_lists()
        self.persons()
        self.actor_groups()
        self.short_names()
        ents = self.resolve()
        ents = self.propagate(ents)
        return self.finish(ents)

    def place_campaigns(self) -> None:
        """平安中国, 数字重庆2030, 健康鄂尔多斯建设: a campaign named by a quality and the
        country, dated as a plan or carried out as work. A quality and a local place as the
        goal of a sentence (为建设…法治鹤岗、平安鹤岗提供保障, 建设美丽河北) is a slogan
        (GUIDELINES §1; the annotators of tuning 24 and T5 left them untagged)."""
        t = self.text
        for s, e in self.gpe:
            q = t[max(0, s - 2) : s]
            if q in _CAMPAIGN_QUALITIES:
                year = _re.match(r"20\d\d(?!年)", t[e : e + 5])
                if year is None and t[s:e] != "中国" and not t.startswith("建设", e):
                    continue  # (健康鄂尔多斯建设任务: the campaign as work under way is named)
                self.add(s - 2, e + (year.end() if year else 0), "PROGRAM", "place-campaign", 4)

    def pilot_zones(self) -> None:
        """中国（杭州）跨境电子商务综合试验区, 中国（上海）自由贸易试验区: a national pilot zone
        named by its city in brackets is one place."""
        for m in _PILOT_ZONE.finditer(self.text):
            self.add(m.start(), m.end(), "GPE", "pilot-zone", tier=4)
        # 新疆生产建设兵团文化体育广电和旅游局: a department of the corps, addressed beside the
        # provinces' departments, is one body
        for m in _CORPS_DEPARTMENT.finditer(self.text):
            self.add(m.start(), m.end(), "ORG", "corps-department", tier=4)

    def places(self) -> None:
        t = self.text
        found: list[tuple[int, int]] = []
        gaz = self.gaz
        if gaz is not None:
            try:
                found.extend(_spans_of(gaz.places_in(t), t))
            except Exception:  # a broken user gazetteer must not stop the rules
                found = []
        fallback = _FallbackGazetteer(self.lex)
        found.extend(_spans_of(fallback.places_in(t), t))
        self._raw_place_starts = {s for s, _ in found}
        self._raw_place_ends = {e for _, e in found}
        # a river's basin is one place with it (长江流域, 汾河流域): 长江流域 is one word, so
        # the word-boundary check below would drop 长江
        basins = [
            (s, e + 2) for s, e in found if t.startswith("流域", e) and t[e - 1] in "江河湖川"
        ]
        found = [(s, e) for s, e in found if self.place_ok(s, e)] + basins
        not_places = self.lex.set_of("not_places")
        # X市 / X县 / X区 / X省 by pattern (2-3 hanzi stem at a boundary)
        for m in _re.finditer(rf"[{_HAN}]{{2}}(?:县|区|镇|乡)", t):
            s, e = m.start(), m.end()
            w = m.group()
            if w in not_places or w[-2:] in not_places or self.is_generic(w[:-1]):
                continue
            if w[-1] in "镇乡" and w[:2] in _TOWN_CLASS_STEMS:
                continue  # 建制镇, 特色镇: a kind of township
            if t[e : e + 1] == "长" and w[0] in self.surnames and w[-1] in "县区镇乡":
                continue  # 一、王丹县长牵头重点工作: a name and the title 县长, no county 王丹县
            if w[-2] in "撤设" or t[s - 1 : s] in ("撤", "设"):
                continue  # 合并后撤乡设镇: the act of merging townships, no town 后撤乡
            if t[e : e + 1] == "域":  # 东北区域: a region word, not X区
                continue
            if _word_freq(w[-2:]) >= 1000:
                continue  # 办理城乡居民…, 全市城镇: the unit word ends a common word (城乡, 城镇)
            if t.startswith(("镇", "街道", "县", "村"), e) and w[-1] in "乡区县":
                continue  # 压实乡镇街道, 市区县: kinds of units, not a named one
            if w[-1] == "县" and t.startswith(("区", "市"), e):
                continue  # 抓好县区1—2个主导产业: counties and districts as a class
            if w[-1] in "区县" and _re.match(r"[、和与及]\s*[镇乡街村县区]", t[e : e + 3]):
                continue  # 细化区、镇管理责任: levels of government as a class
            if w[:2] in self.cues or _word_freq(w[:2]) >= 2000:
                continue  # 结合区内, 利用区内: a verb, not a district (江北区 1405 stays)
            if any(
                c in self.breaks or c in self.cues or c in "全本我各该每市城上都超门股省县区有"
                for c in w[:-2]
            ) or any(
                c in self.breaks or c in self.cues or c in "全本我各该每市上都超门股省县区有"
                for c in w[-2:-1]
            ):
                continue
            if not self.boundary_before(s):
                continue
            found.append((s, e))
        # 印江自治县, 延边自治州: an autonomous unit's short form keeps its 自治县
        found = [
            (s, e + 3) if t.startswith(("自治县", "自治州", "自治旗"), e) else (s, e)
            for s, e in found
        ]
        found.extend(self._country(not_places))
        found.extend(self._admin_units(found))
        found.extend(self._abbreviations(found))
        found.extend(self._subregions(found))
        # named zones (航空港区, 承德国家高新区, X经济技术开发区): the stem is the longest
        # suffix of the window that the document also writes after punctuation, or that
        # starts with a known place
        zone = _re.compile(
            r"(?:国家自主创新示范区|综合保税区|保税区|经济技术开发区|高新技术产业开发区|经开区|高新区|开发区|新区|自贸区"
            r"|港区|实验区|经济区|经济圈|科技城|科技园|创新园|软件园|高科技园区|科技园区|高新园区|工业园区|小镇|片区"
            r"|产业园区|产业园|物流园区|工业园|城市群|都市圈|经济带|自由贸易试验区|自贸试验区|新片区|引领区|先行区"
            r"|工业区|加工园区|加工区|新城|旅游带|旅游圈|旅游走廊|文化带|生态廊道)"
        )
        zone_generic = self.lex.set_of("zone_generic_stems")
        zone_designations = self.lex["zone_designation_words"]
        known = {s0 for s0, _ in found} | self._stem_starts(found)
        for s0 in known:
            self.gpe_starts.add(s0)
        windows: list[tuple[int, int, int]] = []  # (left edge, suffix start, end)
        for m in zone.finditer(t):
            i = self.left_edge(m.start(), max_len=10)
            if m.start() - i >= 2:
                windows.append((i, m.start(), m.end()))
        confirmed: set[str] = set()
        counts: dict[str, int] = {}
        for i, z, e in windows:
            after_cue = any(t[max(0, i - k) : i] in self.cues for k in (2, 3, 4))
            if i == 0 or not _is_han(t[i - 1]) or i in known or after_cue or t[i - 1] in "和与及":
                confirmed.add(t[i:e])
            # 支持企业在临空新片区设立…: the zone starts after a locative preposition
            loc = max(t.rfind("在", i, z), t.rfind("于", i, z))
            if loc >= 0 and z - loc - 1 >= 2:
                confirmed.add(t[loc + 1 : e])
            for st in range(i, z - 1):
                counts[t[st:e]] = counts.get(t[st:e], 0) + 1
        for i, z, e in windows:
            options = []
            for st in range(i, z - 1):
                w = t[st:e]
                stem = t[st:z]
                if (
                    self.is_generic(stem)
                    or (stem[0] in self.cues and st not in known)  # 于都工业园区: 于都 is a county
                    or stem[-1] in "的个"
                ):
                    continue
                if any(d in stem for d in zone_designations) or (
                    # a new district is always a name (临港新片区, 两江新区); other zones need
                    # more than class words (临港产业园, 化工园区)
                    self._made_of(stem, zone_generic) and not w.endswith(("新区", "新片区"))
                ):
                    continue
                # 车墩工业园南部产业园区: the named park ends at its own suffix;
                # 委托咨询公司对金沙湾工业区: a preposition is no part of a name
                if zone.search(stem) or _re.search(r"[在对把将给]", stem):
                    continue
                if _re.search(rf"\d|[{_NUM}]是|^全[省市县区]", stem):
                    continue  # 全市7家开发区, 五是总部经济区: a count or an enumeration, no name
                if st in known:
                    options.append((2, 0, st))
                elif w in confirmed and not w.endswith("园"):  # parks need a known place
                    options.append((1, counts[w], st))
            if options:
                best = max(options)
                st = best[2]
                if best[0] == 2:
                    # 上海化学工业区: the earliest known place opens the name, unless it is a
                    # whole unit before another place (九江市 | 大南昌都市圈)
                    opens = sorted(o[2] for o in options if o[0] == 2)
                    st = next(
                        (
                            x
                            for x in opens
                            if not any(
                                a == x and b <= z and t[a:b].endswith(_ADMIN_ENDS) for a, b in found
                            )
                        ),
                        st,
                    )
                if t[st - 1 : st] == "大" and t.endswith(("都市圈", "城市群", "经济圈"), 0, e):
                    st -= 1  # 融入大南昌都市圈: 大 is part of the metropolitan area's name
                found.append((st, e))
        # a zone named by its place alone (济源示范区, 沈抚示范区) is that place's zone; one a place
        # is to create or build is a designation (创建嘉兴示范区)
        for s0, e0 in list(found):
            if t.startswith("示范区", e0) and not _re.search(
                r"(?:创建|争创|申报|申创|打造|建设|建成)$", t[max(0, s0 - 2) : s0]
            ):
                found.append((s0, e0 + 3))
        # sub-district streets: 打浦桥街道, 半淞园路街道 (and their offices: …街道管理办 is ORG)
        for m in _re.finditer(r"街道(?:办事处|管理办|党工委)?", t):
            s0 = self.left_edge(m.start(), max_len=8)
            stem = t[s0 : m.start()]
            if len(stem) > 6:
                continue
            if len(stem) < 2 or self.is_generic(stem) or stem[0] in "各本该所每全":
                continue
            if _re.search(r"本[市区县]|居住地|所在地|户籍地", stem) or any(
                stem[j : j + k] in self.cues for k in (2, 3) for j in range(len(stem) - k + 1)
            ):
                continue  # 依托街道社区平台, 或者本市居住地街道: a kind of place, no name
            if _re.search(r"[和与及、的（()）]", stem) or self._made_of(
                stem, frozenset({"园区", "社区"})
            ):
                continue  # 乡镇（街道）: the bracket gives the class's other name
            if stem.endswith(("乡镇", "镇", "乡", "城乡")):
                continue  # 压实乡镇街道责任: towns and sub-districts as a class
            if not self.boundary_before(s0):
                continue
            office = m.group().endswith(("办事处", "管理办", "党工委"))
            self.add(s0, m.end(), "ORG" if office else "GPE", "street", tier=2)
        # pilot free trade zones and their areas: 中国（湖北）自由贸易试验区武汉片区
        for m in _re.finditer(
            rf"中国[（(][{_HAN}]{{2,3}}[)）]自由贸易试验区(?:[{_HAN}]{{2,4}}片区)?", t
        ):
            self.add(m.start(), m.end(), "GPE", "free-trade-zone", tier=3)
        # a named border or port crossing: 满都拉口岸, 策克—西伯库伦口岸 (中蒙 names the two
        # countries it joins, 陆路口岸 / 开放口岸 are kinds of crossings)
        for m in _re.finditer(r"口岸(?![办委局区经城])", t):
            s0 = m.start()
            while s0 > 0 and m.start() - s0 < 12 and (_is_han(t[s0 - 1]) or t[s0 - 1] == "—"):
                if t[s0 - 1] in "和与及等的" or t.endswith("口岸", 0, s0):
                    break
                s0 -= 1
            cp = _re.search(r"中[蒙俄哈越朝老缅吉塔巴尼](?=[^口]{2})", t[s0 : m.start()])
            if cp:
                s0 += cp.end()
            s0 = self._strip_lead_words(s0, m.start())
            stem = t[s0 : m.start()]
            if (
                len(stem.replace("—", "")) >= 2
                and not self.is_generic(stem)
                and (_word_freq(stem) < _RARE_STEM_FREQ or (s0, m.start()) in found)
                and not _PORT_KINDS.search(stem)
                and _is_han(stem[0])
            ):
                found.append((s0, m.end()))
        # named bases / parks with a city or county prefix: 承德国家钒钛资源综合利用产业基地
        base = _re.compile(
            rf"国家[{_HAN}]{{2,20}}?(?:产业化基地|产业基地|基地|高新区|产业园区|园区|产业园)"
        )
        for s0, e0 in list(found):
            if t[s0:e0].endswith(("省", "自治区")):
                continue
            bm = base.match(t, e0)
            if bm:
                body = bm.group()
                if not self.is_generic(body) and "的" not in body:
                    self.add(s0, bm.end(), "GPE", "place+zone", tier=2)
        found.extend(self._roads(found))
        # a lake or creek the document names more than once by a rare word (白塘湖, 远香湖):
        # not a common word before it (河湖, 环湖, 南湖 are words or kinds)
        water_hits = list(_WATER_NAME.finditer(t))
        waters = Counter(m.group() for m in water_hits)
        for m in water_hits:
            stem = m.group(1)
            if (
                waters[m.group()] >= 2
                and _word_freq(stem) < _RARE_STEM_FREQ
                and not self.is_generic(stem)
                and not any(c in self.cues or c in self.breaks for c in stem)
                and self.boundary_before(m.start())
            ):
                found.append((m.start(), m.end()))
        # a park, green or river named by a place (静安公园, 大宁绿地, 苏州河): not 公园建设 or
        # 河道 / 河流 / 河长, the works or office
        for s0, e0 in list(found):
            # a park or zoo with its own name after the place (上海市白玉兰文化公园,
            # 上海野生动物园), not a kind of park (嘉定区口袋公园) or its works (公园建设)
            named = _NAMED_PARK.match(t, e0)
            if named and named.group(1) and not any(k in named.group(1) for k in _PARK_KINDS):
                found.append((s0, named.end()))
            elif named and named.group(0) == "动物园" and not _PARK_WORKS.match(t, named.end()):
                found.append((s0, named.end()))
            if e0 - s0 < 2 or t[s0:e0].endswith(("省", "市", "县", "区")):
                continue
            pk = _re.match(r"(?:森林公园|湿地公园|公园|绿地)(?![建设管理城])", t[e0 : e0 + 6])
            if pk:
                found.append((s0, e0 + pk.end()))
            if t[e0 : e0 + 1] == "河" and t[e0 + 1 : e0 + 2] not in ("道", "流", "长", "段", "湖"):
                found.append((s0, e0 + 1))
            # a works site named by its road or place (泰和路环卫码头, 浦东老港填埋场,
            # 江杨北路大件垃圾处置中心): up to eight words of kind before the site's head
            fac = _FACILITY_SITE.match(t, e0)
            if fac and not any(
                c in self.breaks or c in self.cues or c in "的和与及等" for c in fac.group(1)
            ):
                found.append((s0, fac.end()))
        # a county seat: 东距巴东县城18公里 (not 县城乡, 县城镇化)
        for s0, e0 in list(found):
            if t[e0 - 1 : e0] == "县" and e0 - s0 >= 3 and t[e0 : e0 + 1] == "城":
                if t[e0 + 1 : e0 + 2] not in ("乡", "镇", "市", "区", "建", "管"):
                    found.append((s0, e0 + 1))
        # macro-regions named by direction before a region word or policy: 享受西部政策的县,
        # 实施西部和东北地区…援助 (not 东西部协作, 经开区中部)
        for m in _MACRO_REGION.finditer(t):
            found.append((m.start(), m.end()))
        bare_zones = set(self._bare_zones(zone))
        found.extend(bare_zones)
        # 上海市花, 上海市民: the city's flower or citizens, the place is 上海
        found = [
            (s, e - 1)
            if t[e - 1 : e] == "市" and t[e : e + 1] in ("花", "民") and e - 1 - s >= 2
            else (s, e)
            for s, e in found
        ]
        found.extend(self._address_chains(found))
        for s, e in found:
            # a bare zone word (经开区) is a place only as the unit of a note and its echoes
            self.add(s, e, "GPE", "bare-zone" if (s, e) in bare_zones else "place", tier=1)
            self.gpe.append((s, e))
            self.gpe_starts.add(s)
            self.gpe_ends[e] = s
        # a facility named by its city is a place (庄河电厂属…, 大连新机场); a project named
        # after it is a longer PROGRAM (庄河电厂项目, see projects())
        for s, e in found:
            w = t[s:e]
            if len(w) > 4 or w.endswith(("省", "自治区", "地区")):
                continue
            fm = _re.match(r"新?(?:电厂|机场|火车站|高铁站|码头)", t[e:])
            if fm:
                self.add(s, e + fm.end(), "GPE", "place+facility", tier=2)

    def _address_chains(self, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A township or village written with the units above it (梅江区城北镇玉水村,
        长沙镇下罗村) is one place: the longest name (GUIDELINES §1, no nesting).

        Only chains that end in a township or village join, from their first unit below a
        prefecture; a county after its city or province (杭州市萧山区, 四川省成都市) stays two
        places, and so do the province and city before a township's chain.
        """
        t = self.text
        spans = sorted(set(found))
        by_start: dict[int, list[int]] = {}
        for s, e in spans:
            by_start.setdefault(s, []).append(e)
        ends = {e for _, e in spans}
        out: list[tuple[int, int]] = []
        for s, e in spans:
            if s in ends:
                continue  # not the head of a chain
            chain = [(s, e)]
            while by_start.get(chain[-1][1]):
                a = chain[-1][1]
                chain.append((a, max(by_start[a])))
            # a county after its city or province stays two places (杭州市 | 萧山区; annotators
            # differ here, and the split is the convention kept since the first sessions)
            # the province, prefecture or its city above the chain stay out (湖北省 | 巴东县…)
            while len(chain) > 1 and t[chain[0][0] : chain[0][1]].endswith(
                ("省", "自治区", "市", "州", "盟")
            ):
                chain.pop(0)
            if len(chain) > 1 and t[chain[0][0] : chain[-1][1]].endswith(_TOWN_ENDS):
                out.append((chain[0][0], chain[-1][1]))
        return out

    def _roads(self, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Named roads and streets (中山西路, 松东路以西, 泗泾镇开江路、文化路).

        A 2-3 character stem + optional direction + 路/大道/大街/街 is a road when the
        direction is written (荣乐中路), when a town or district precedes it (…镇开江路), when a
        side or stretch follows (松东路以西, …路沿线), or when it follows another road in a
        list (开江路、文化路); a common word ending in 路 (思路, 道路, 一路) never is. Every
        other mention of a road found so follows.
        """
        t = self.text
        names: set[str] = set()
        sites: set[tuple[int, int]] = set()
        ends = {e for _, e in found}
        for m in _ROAD.finditer(t):
            head = m.group()
            e = m.end()
            if t[e : e + 1] in ("线", "网", "径", "况", "子", "费", "灯", "口", "由", "面"):
                continue  # 公交线路, 路网, 路径, 路面: the road word in a longer common noun
            side = bool(_ROAD_SIDE.match(t, e))
            readings = []
            d0 = t[m.start() - 1] if m.start() > 0 and t[m.start() - 1] in "东西南北中" else ""
            for dirn, k in ((d0, 2), (d0, 3), ("", 2), ("", 3)) if d0 else (("", 2), ("", 3)):
                s = m.start() - len(dirn) - k
                if s < 0:
                    break
                stem = t[s : m.start() - len(dirn)]
                if head == "街" and not dirn:
                    continue  # a bare 街 is too common (商业街, 步行街)
                if not all(_is_han(c) for c in stem):
                    continue
                if not dirn and stem[-1] not in "东西南北中" and _word_freq(stem[-1] + head) >= 100:
                    continue  # 新思路, 城市道路, 高速公路: a common word, no road
                w = t[s:e]
                known = s in self.gpe_starts or stem in self.lex.set_of("places")
                if _word_freq(w) >= 100 or (_word_freq(stem) >= 5000 and not known):
                    continue  # 一带一路, 主干路 (南京西路: a city's name is frequent too)
                if any(c in self.cues or c in self.breaks or c in _NUM for c in stem):
                    continue
                after_place = s in ends and t[s - 1 : s] in ("镇", "乡", "区", "县", "道")
                bound = after_place or self.boundary_before(s)
                if self.is_generic(stem) and not after_place:
                    continue
                readings.append((bound, k, w, bool(dirn) or after_place or side, dirn))
            if not readings:
                continue
            bounded = [r for r in readings if r[0]]
            number = bool(_re.match(r"[\d一二三四五六七八九十百]+[号弄]", t[e : e + 5]))
            if bounded:
                if bounded[0][3] or number:
                    names.add(bounded[0][2])
            elif side:
                # 单元松东路以西: the shortest plain stem before a side word
                short = [r[2] for r in readings if r[1] == 2 and not r[4]]
                if short:
                    names.add(short[0])
                    sites.add((e - len(short[0]), e))
        # a list of roads: 开江路、文化路 (the second may be a generic-looking name)
        for w in list(names):
            for m in _re.finditer(
                re.escape(w) + rf"、([{_HAN}]{{2,3}}?[东西南北中]?(?:路|大道|大街))", t
            ):
                nw = m.group(1)
                if _word_freq(nw[-2:]) < 100 and not any(c in self.cues for c in nw):
                    names.add(nw)
        out: list[tuple[int, int]] = list(sites)
        for w in names:
            for lit in _literal_matches(w, t):
                s0 = lit.start()
                if (s0, lit.end()) not in sites and (
                    self.boundary_before(s0) or s0 in ends or t[s0 - 1 : s0] == "、"
                ):
                    # a lane of the road is one place with it (愚园路627弄)
                    lane = _re.match(r"\d{1,4}弄", t[lit.end() :])
                    out.append((s0, lit.end() + (lane.end() if lane else 0)))
        return out

    def _bare_zones(self, zone: re.Pattern[str]) -> list[tuple[int, int]]:
        """A bare zone word (经开区, 高新区) standing as a unit of a responsibility note
        (牵头单位：经开区、…) is the document's own zone, a place; its other mentions follow."""
        t = self.text
        words: set[str] = set()
        for m in _UNIT_NOTE.finditer(t):
            for item in _re.split(r"[、，,]", m.group(1)):
                if zone.fullmatch(item) and item not in ("新区", "港区", "经济区", "城市群"):
                    words.add(item)
        out: list[tuple[int, int]] = []
        for w in words:
            for lit in _literal_matches(w, t):
                s0 = lit.start()
                if (s0 == 0 or not _is_han(t[s0 - 1]) or self.boundary_before(s0)) and (
                    self._closes_name(lit.end())
                    or t.startswith(("中部", "南部", "北部", "东部", "西部"), lit.end())
                ):
                    out.append((s0, lit.end()))
        return out

    def _country(self, not_places: frozenset[str]) -> list[tuple[int, int]]:
        """China named as a country (具有中国国籍, 在中国大陆境内, 中华人民共和国驻外使领馆) —
        not the 中国 that opens a longer name or a concept (中国特色, 中国式现代化)."""
        t = self.text
        names = self.lex["country_names"]
        if not names:
            return []
        follow = self.lex["country_followers"]
        out = []
        for m in _re.finditer("|".join(re.escape(n) for n in names), t):
            nxt = t[m.end() : m.end() + 1]
            if m.group() in not_places:
                continue
            if not nxt or not _is_han(nxt) or t.startswith(follow, m.end()):
                out.append((m.start(), m.end()))
        return out

    def _made_of(self, stem: str, words: frozenset[str]) -> bool:
        """Is ``stem`` made only of ``words`` and generic words — a class (化工, 现代农业,
        证券) rather than a name (张江, 中关村, 招商)?"""
        rest = stem
        while rest:
            hit = next((w for w in (rest[:4], rest[:3], rest[:2]) if w in words), None)
            if hit is None:
                hit = next((w for w in (rest[:4], rest[:3], rest[:2]) if w in self.generic), None)
            if hit is None:
                return False
            rest = rest[len(hit) :]
        return True

    def _unit_stem_ok(self, stem: str) -> bool:
        """Could ``stem`` be the proper part of an administrative unit name (X市, X县 …)?"""
        not_places = self.lex.set_of("not_places")
        if self.is_generic(stem) or stem[:2] in self.cues or (stem + "市") in not_places:
            return False
        if stem.endswith("级"):
            return False  # 地级市, 县级市: a class of cities
        if stem[0] in "委府厅局办部院":
            return False  # 宿州市委宿州市人民政府: the end of one body, not a place 委宿州市
        return not any(
            c in self.breaks or c in self.cues or c in "全本我各该每市城上都超门股省县区有"
            for c in stem
        )

    def _admin_units(self, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Administrative units the gazetteer lacks, found by their grammar.

        - X市 / X州 / X盟 at a boundary that heads a government body (示例市工业和信息化局,
          邹城市人民政府): the document names it as a city; every other mention follows;
        - a county, district, banner or county-level city written right after a known
          province or prefecture (青岛市崂山区, 承德市双滦区), and a township after that
          (…县X镇).
        """
        t = self.text
        out: list[tuple[int, int]] = []
        dept = self._dept_regex()
        seen: set[str] = set()
        for m in _re.finditer(r"[市州盟]", t):
            p = m.start()
            if not dept.match(t, p + 1) and not t.startswith(("人民政府", "政府", "委员会"), p + 1):
                continue
            for k in (2, 3):
                s = p - k
                stem = t[s:p]
                if s < 0 or not all(_is_han(c) for c in stem):
                    break
                if stem.endswith(("委", "府", "局", "厅", "办")):
                    break  # 州委州政府, 市委市政府: a body before the next one, no city 州委州
                if s > 0 and _word_freq(t[s - 1 : s + 1]) >= _COMMON_WORD_FREQ:
                    continue  # 王建国同志任市发展改革委主任: 同志 is one word, no city 志任市
                if self.boundary_before(s) and self._unit_stem_ok(stem.rstrip("城") or "城"):
                    seen.add(t[s : p + 1])
                    break
        for w in seen:
            for lit in _literal_matches(w, t):
                if self.boundary_before(lit.start()) or lit.start() in self.gpe_ends:
                    out.append((lit.start(), lit.end()))
        unit = _re.compile(rf"([{_HAN}]{{2,4}}?)(自治县|自治旗|县|区|旗|市)")
        town = _re.compile(rf"([{_HAN}]{{2,3}}?)(镇|乡|街道)")
        for s0, e0 in list(found) + out:
            w0 = t[s0:e0]
            if not w0.endswith(("省", "市", "州", "盟", "自治区")) and e0 - s0 > 3:
                continue
            um = unit.match(t, e0)
            if (
                um
                and self._unit_stem_ok(um.group(1))
                and t[um.end() : um.end() + 1] not in ("场", "域", "级", "长", "委")
            ):
                not_places = self.lex.set_of("not_places")
                if um.group() not in not_places and um.group()[-2:] not in not_places:
                    out.append((um.start(), um.end()))
        # a township after a county or district (…县X镇, …区X街道; 城北镇, 城关镇 are towns there)
        for s0, e0 in list(found) + out:
            if t[e0 - 1 : e0] in ("县", "区", "旗") and e0 - s0 >= 3:
                tm = town.match(t, e0)
                if (
                    tm
                    and (
                        self._unit_stem_ok(tm.group(1))
                        or _re.fullmatch(r"城[东西南北关中郊厢]", tm.group(1))
                    )
                    and (tm.start(), tm.end()) not in out
                ):
                    out.append((tm.start(), tm.end()))
        # a township named after a known place (长沙镇下罗村): the town, not the city
        for s0, e0 in list(found):
            if (
                t[e0 : e0 + 1] in ("镇", "乡")
                and t[e0 + 1 : e0 + 2] not in _NOT_AFTER_TOWN
                and not t[s0:e0].endswith((*_ADMIN_ENDS, "镇", "乡"))
                and (s0, e0 + 1) not in out
            ):
                out.append((s0, e0 + 1))
        # a township of three characters named on its own (支持官渡口镇…; two-character ones are
        # found in places()): no class word (特色小镇) before 镇/乡 at a name's start
        for m in _re.finditer(r"[镇乡]", t):
            p, st = m.start(), m.start() - 3
            stem = t[st:p]
            if st < 0 or not all(_is_han(c) for c in stem) or stem[:2] in _TOWN_CLASS_STEMS:
                continue
            if t[p + 1 : p + 2] in _NOT_AFTER_TOWN:
                continue  # 镇长, 乡村, 乡土: a title or another word
            if t[st - 1 : st] in ("各", "本", "全", "该", "每", "城", "下", "返", "回", "家"):
                continue
            if stem[0] in "驻在于至到经原撤设并为":
                continue  # 镇人民政府驻花垣镇, 撤乡设镇: a verb or preposition before the town
            if stem[-1] in "返下回家城老故异他外水同梦思乡镇村" or (
                stem[-1] in _NUM and (stem[-2] in _NUM or stem[-2] in "个几")
            ):
                continue  # 人才返乡, 十三乡, 压实乡镇: a verb, a count or a class word (刘仁八镇,
                # 杨林街镇 are names; 相关街镇 is generic below)
            if self.is_generic(stem[:2]):
                continue
            if st > 0 and _word_freq(t[st - 1 : st + 1]) >= _COMMON_WORD_FREQ:
                # 同意团结镇: the first character closes a word before it; the town is
                # the two after it (after a word that governs it: 同意, 包括, 设立)
                if t[st - 1 : st + 1] in _TOWN_GOVERNORS and self._unit_stem_ok(stem[1:]):
                    out.append((st + 1, p + 1))
                continue
            if (
                self.boundary_before(st)
                and self._unit_stem_ok(stem)
                and not self.is_generic(stem)
                and not any(c in self.cues or c in "的和与及、等" for c in stem)
                and (st, p + 1) not in out
            ):
                out.append((st, p + 1))
        # a village written with its township (城北镇玉水村, 福兴街道办事处锦华村) is one place
        for m in _TOWN_VILLAGE.finditer(t):
            st, e = m.start(), m.start() + len(m.group(1))
            tstem, kind, vil = m.group(2), m.group(3), m.group(4)
            if not self.boundary_before(st) or t[st - 1 : st] in ("各", "本", "该", "全", "每"):
                continue
            if not (self._unit_stem_ok(tstem) or _re.fullmatch(r"城[东西南北关中郊厢]", tstem)):
                continue
            if not self._unit_stem_ok(vil) or self.is_generic(vil) or self.is_generic(tstem):
                continue
            if _word_freq(vil) >= _COMMON_WORD_FREQ // 2:
                continue  # 城北镇下辖村: a verb, no village's name
            if tstem[:2] in _TOWN_CLASS_STEMS or (kind in "镇乡" and tstem[-1] in _NUM):
                continue
            out.append((st, e))
        # a village after a township (…镇马鬃山村): the document names it; its other mentions follow
        village = _re.compile(rf"([{_HAN}]{{2,3}}?)(?:自然村|村)(?![民委级庄镇落])")
        villages = set()
        for s0, e0 in list(found) + out:
            if t[e0 - 1 : e0] in ("镇", "乡") and e0 - s0 >= 3:
                vm = village.match(t, e0)
                if vm and self._unit_stem_ok(vm.group(1)) and not self.is_generic(vm.group(1)):
                    villages.add(vm.group())
        for w in villages:
            for lit in _literal_matches(w, t):
                if (lit.start(), lit.end()) not in out and (
                    self.boundary_before(lit.start())
                    or t[lit.start() - 1 : lit.start()] in ("镇", "乡")
                ):
                    out.append((lit.start(), lit.end()))
        return out

    def _subregions(self, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Regions written as a place + 地区 (东北地区) or a province abbreviation + direction.

        辽中南地区, 蒙东, 晋北, 苏南: a one-character province abbreviation with 东 西 南 北 中
        (or 中南 东北 …) at word boundaries, or before 地区.
        """
        t = self.text
        out: list[tuple[int, int]] = []
        for s, e in found:
            if t.startswith("地区", e) and not t[s:e].endswith(("省", "市", "县", "区")):
                place = getattr(self.gaz, "place", lambda _: None)(t[s:e])
                if place is not None and place.level in ("prefecture", "county"):
                    continue  # 福州地区: the city and its surroundings, the city is the name
                out.append((s, e + 2))
        abbr = "".join(
            c for c in self.lex["place_abbreviations"] if c not in "京穗蓉榕邕甬厦杭汴洛秦蜀贵"
        )
        if not abbr:
            return out
        rx = _re.compile(rf"[{re.escape(abbr)}](?:东南|东北|西南|西北|中南|东|西|南|北|中)")
        taken = {p for s, e in found for p in range(s, e)}
        for m in rx.finditer(t):
            s, e = m.start(), m.end()
            if s in taken or (s > 0 and t[s - 1] in abbr):
                continue
            if t.startswith("地区", e):
                out.append((s, e + 2))
            elif t.startswith(self.lex["place_products"], e):
                continue  # 皖西白鹅: a product named after its region
            elif (not _is_han(t[e : e + 1]) or _word_boundaries(t, s, e)) and (
                s == 0 or not _is_han(t[s - 1]) or _word_boundaries(t, s, e)
            ):
                if t[e : e + 1] not in ("部", "方", "面", "边", "侧", "向", "风", "路", "门", "省"):
                    out.append((s, e))
        return out

    def _abbreviations(self, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """One-character place abbreviations in the contexts that use them as places.

        来穗就业, 留沪发展, 在豫投资 (after a movement verb, before an activity) and 鲁版软件 for
        the known abbreviations; the first character of the document's own X市 (来示创业)
        in the movement context only.
        """
        t = self.text
        abbr = "".join(self.lex["place_abbreviations"])
        own = "".join(
            {t[s] for s, e in found if e - s == 3 and t[e - 1] == "市" and t[s] not in abbr}
        )
        out: list[tuple[int, int]] = []
        chars = abbr + own
        if not chars:
            return out
        # one pattern for every document (``own`` differs per document): the character is
        # checked against the set afterwards
        for m in _MOVEMENT_ABBREVIATION.finditer(t):
            if m.group() in chars:
                out.append((m.start(), m.end()))
        if abbr:
            for m in _re.finditer(rf"[{re.escape(abbr)}](?=版[{_HAN}])", t):
                if m.start() == 0 or t[m.start() - 1] not in abbr:
                    out.append((m.start(), m.end()))
            # a pair of provinces by their abbreviations (甘青两省, 川渝合作)
            taken = {p for s, e in found for p in range(s, e)}
            # (with 两省/三省 the characters other words share are provinces too: 甘青两省)
            both = re.escape(abbr + "甘青宁新黑吉")
            for m in _re.finditer(
                rf"[{re.escape(abbr)}]{{2,3}}(?=两地|三地|两市|地区|合作|一体化|协同)"
                rf"|[{both}]{{2,3}}(?=两省|三省|两区)"
                # four or five provinces by abbreviation name a border region (湘鄂渝黔桂边区)
                rf"|[{both}]{{4,6}}(?![{both}])",
                t,
            ):
                if (
                    not taken.intersection(range(m.start(), m.end()))
                    and (m.start() == 0 or t[m.start() - 1] not in abbr)
                    and self.boundary_before(m.start())
                    and _word_freq(m.group()) < 50
                ):
                    out.append((m.start(), m.end()))
        return out

    def _stem_starts(self, found: list[tuple[int, int]]) -> set[int]:
        """Where the bare stem of a found X市 / X县 recurs (示例高新区 after 示例市)."""
        t = self.text
        stems = {t[s : e - 1] for s, e in found if e - s >= 3 and t[e - 1] in "市县镇乡"}
        # a sub-district the document names (九里亭街道) makes its stem a place too: 九里亭…项目
        for m in _TOWN_UNIT.finditer(t):
            stem = m.group(1)
            if self.boundary_before(m.start()) and not self.is_generic(stem):
                if not any(c in self.cues or c in "各本该所每全和与及、的" for c in stem):
                    stems.add(stem)
        out: set[int] = set()
        for st in stems:
            if len(st) < 2:
                continue
            for lit in _literal_matches(st, t):
                if self.boundary_before(lit.start()):
                    out.add(lit.start())
        return out

    def _dept_regex(self) -> re.Pattern[str]:
        if self._dept_rx is None:
            stems = self.lex.regex("dept_stems").pattern
            suffixes = self.lex.regex("dept_suffixes").pattern
            bodies = self.lex.regex("prefix_bodies").pattern
            gz = _gazetteer_departments(self.gaz)
            gz_alt = "|".join(re.escape(n) for n in gz)
            self._dept_rx = _re.compile(
                rf"(?:{stems})(?:{suffixes})|(?:{bodies})" + (f"|(?:{gz_alt})" if gz_alt else "")
            )
        return self._dept_rx

    def place_ok(self, s: int, e: int) -> bool:
        """Filter place-name hits that are common words (大同小异, 长治久安, 白银 the metal)."""
        t = self.text
        w = t[s:e]
        if (
            len(w) == 2
            and w[0] in "和与及"
            and s > 0
            and _is_han(t[s - 1])
            and _is_han(t[e : e + 1] or "。")
            and not t.startswith(("人民政府", "政府", "委", "人大", "政协"), e)
        ):
            return False  # 各部门和县区, 推动和县域…: a conjunction, not 和县 (Anhui)
        if len(w) == 2 and w[1] in "和与及" and t[e : e + 1] not in ("县", "市"):
            return False  # 企业上云和工业互联网: not 云和 (a county written without its 县)
        if (
            len(w) in (2, 3)
            and w[-1] in "县区市"
            and s > 0
            and _is_han(t[s - 1])
            and not self.boundary_before(s)
            and _word_freq(t[s - 1 : s + 1]) >= 100
        ):
            # 打造卓越城区, 全程机械化示范县: 卓越, 示范 are one word, no 越城区 (Shaoxing) or
            # 范县 (Henan)
            return False
        if (
            len(w) == 2
            and t[e : e + 1] in ("山", "岭", "峰")
            and t[e + 1 : e + 2] not in ("市", "县", "区")
        ):
            return False  # 龙凤山景区: a mountain named like a district, no 龙凤 (Daqing)
        if w[-1] not in "省市县区州" and t.startswith(self.lex["place_products"], e):
            return False  # 六安瓜片, 霍山石斛: a product named after its place
        if w in ("北疆", "南疆") and t[max(0, s - 2) : s] == "祖国":
            return False  # 祖国北疆: the country's northern frontier, no part of Xinjiang
        if (
            w[0] in "万亿千百"
            and s > 0
            and (t[s - 1].isdigit() or t[s - 1] in "一二三四五六七八九十")
        ):
            return False  # 0.25万州农科所: 万 counts, no 万州
        if any(t.startswith(np, s) and len(np) > len(w) for np in self.lex["not_places"]):
            return False  # 新市民: a word of [not_places] that starts with the place
        if (
            len(w) > 3
            or w[-1] in "省市县区州盟旗"
            or t.startswith(("地区", "军区", "战区", "政府"), e)
        ):
            return True
        nxt = t[e : e + 1]
        if nxt and nxt in "市县省" and _word_freq(t[e - 1 : e + 1]) < 1000:
            return True  # 增城市 is no place in 新增城市 (城市 is a word)
        if w in self.lex.set_of("ambiguous_places"):
            # 呼和浩特、包头、鄂尔多斯 / 包头至银川高铁: listed with or routed to another place
            beside = (t[e : e + 1] in ("、", "至") and e + 1 in self._raw_place_starts) or (
                t[s - 1 : s] in ("、", "至") and s - 1 in self._raw_place_ends
            )
            return (
                beside
                or bool(_re.search(re.escape(w) + "[市县]", t))
                or bool(_FACILITY.match(t, e))
            )
        return not (len(w) == 2 and not _word_boundaries(t, s, e))

    def user_names(self) -> None:
        t = self.text
        for label in _NAME_SECTIONS:
            for m in self.lex.regex(label).finditer(t):
                self.add(m.start(), m.end(), label, "user-lexicon", tier=4)
        # bundled well-known programmes: ordinary evidence, so a longer name containing one
        # (国家重点研发计划资金管理办法) still wins
        for m in self.lex.regex("known_programs").finditer(t):
            if _re.match(r"等?(?:部门|单位|机构)", t[m.end() : m.end() + 4]):
                continue  # 残联、乡村振兴等部门: the department of the programme, not it
            rule = _KNOWN_PROGRAM_RULES.match(t, m.end())
            if rule and _re.search(r"[的按和与及对在由将为]", rule.group()):
                rule = None  # 国家重点研发计划的项目按规定: a clause, not the programme's rules
            if rule and self._closes_name(rule.end()):
                # 国家重点研发计划资金管理办法: the programme's own rules are a document
                self.add(m.start(), rule.end(), "PROGRAM", "known-program-rules", tier=2)
                continue
            self.add(m.start(), m.end(), "PROGRAM", "known-program", tier=2)

    def titles(self) -> None:
        t = self.text
        # 《…》 titles, outermost pair
        depth, start = 0, -1
        for i, ch in enumerate(t):
            if ch == "《":
                if depth == 0:
                    start = i
                depth += 1
            elif ch == "》" and depth:
                depth -= 1
                if depth == 0 and i - start > 2:
                    name = t[start + 1 : i]
                    if _re.search(r"(提案|建议|议案)$", name):
                        # members' proposals and suggestions are not programmes (GUIDELINES §4);
                        # the title still blocks names inside it
                        self.add(start + 1, i, _SKIP, "proposal-title", tier=5)
                        continue
                    if self._publication(name, i + 1):
                        # 《人力资源服务》杂志, 《人民日报》: a periodical is no entity
                        self.add(start + 1, i, _SKIP, "publication-title", tier=5)
                        continue
                    if "\n" in name:
                        # a title broken over lines is annotated only where it recurs whole
                        # (GUIDELINES §4); the names inside the fragments stay
                        continue
                    self.add(start + 1, i, "PROGRAM", "title-marks", tier=5)
                    if len(name) >= 6:
                        for lit in _literal_matches(name, t):
                            # a repeat inside a longer word is none (人力资源服务业…)
                            if t[lit.start() - 1 : lit.start()] != "《" and not _word_boundaries(
                                t, lit.start(), lit.end()
                            ):
                                continue
                            self.add(lit.start(), lit.end(), "PROGRAM", "title-repeat", tier=4)
        st = self.structure
        if st is None:
            return
        plan_types = {"计划", "方案", "规划", "办法", "意见"}
        fields = getattr(st, "fields", {}) or {}
        meta = getattr(st, "meta", {}) or {}
        if meta.get("doc_type") in plan_types or _PLAN_TITLE.search(meta.get("title") or ""):
            title = meta.get("title") or ""
            parts = fields.get("title", [])
            # a title broken over lines is no name in any one of its fragments
            # (a reply named after the proposal it answers is no document of policy: …第403号
            # 委员提案的会办意见, GUIDELINES §4)
            if (
                "《" not in title
                and not title.startswith("关于印发")
                and len(parts) == 1
                and not _PROPOSAL_REPLY.search(title)
            ):
                for f in parts:
                    self.add(f.start, f.end, "PROGRAM", "doc-title", tier=4)
        # 关于实施科技创新专项担保计划的通知: the programme a notice launches is named by its title
        # and recurs in the body
        launched = _re.search(
            rf"关于(?:深入|加快|全面|扎实|组织)?(?:实施|开展|启动|推进|做好)"
            rf"([{_HAN}“”0-9]{{4,24}}?"
            rf"(?:计划|工程|行动|专项行动|试点|活动|专项)(?:[（(][^（）()]{{4,16}}[)）])?)"
            rf"(?:有关|相关|工作|的)",
            meta.get("title") or "",
        )
        if launched and not self.is_generic(launched.group(1)):
            # 做好2024年“三区”人才支持计划…: the year is this round of a named programme
            name = _re.sub(r"^\d{4}年(?:度)?(?=“)", "", launched.group(1))
            for lit in _literal_matches(name, t):
                self.add(lit.start(), lit.end(), "PROGRAM", "title-launched", tier=4)
        # 转发商务部科技部关于…若干措施的通知: the forwarded document is named in the title
        fwd = _re.search(
            rf"转发.{{2,40}}?(关于[{_HAN}A-Za-z0-9“”（）()、—\-]{{4,60}}"
            rf"(?:意见|办法|措施|方案|规划|计划|规定|细则|指南|纲要))的(?:通知|函)$",
            meta.get("title") or "",
        )
        if fwd:
            name = fwd.group(1)
            for lit in _literal_matches(name, t):
                self.add(lit.start(), lit.end(), "PROGRAM", "title-forwarded", tier=4)
        # 关于印发2020年兴宁区优化营商环境实施方案的通知: the issued document, written without 《》
        issued = _re.search(
            rf"印发([{_HAN}A-Za-z0-9“”（）()、—\-]{{4,60}}"
            rf"(?:意见|办法|措施|举措|方案|规划|计划|规定|细则|指南|纲要|清单))的(?:通知|函)$",
            meta.get("title") or "",
        )
        if issued and "《" not in issued.group(1) and not issued.group(1).startswith("关于印发"):
            for lit in _literal_matches(issued.group(1), t):
                self.add(lit.start(), lit.end(), "PROGRAM", "title-issued", tier=4)
        for f in fields.get("attachments", []):
            txt = t[f.start : f.end]
            m = _re.match(r"\s*(?:附件\s*[:：]?\s*)?(?:\d+[.、．]\s*)?", txt)
            s = f.start + (m.end() if m else 0)
            e = f.end
            while e > s and t[e - 1] in "。；;， ":
                e -= 1
            e -= _file_extension_length(t[s:e])  # 评价标准.docx: the file, not the name
            if t[s:e].startswith("《") and t[s:e].endswith("》"):
                s, e = s + 1, e - 1
            num_lead = _re.match(
                r"[\u4e00-\u9fff]{1,10}[〔\[［(（]\d{4}[〕\]］)）]\d{1,4}号", t[s:e]
            )
            if num_lead:
                s += num_lead.end()  # 诸经信〔2022〕28号关于…: the file's number is no part of it
            if _PROPOSAL_REPLY.search(t[s:e]):
                continue  # the reply itself attached as a file: no document of policy
            brk = t.find("\n", f.end)
            nxt_end = t.find("\n", brk + 1)
            nxt_line = t[brk + 1 : nxt_end if nxt_end >= 0 else len(t)]
            cut = (
                brk >= 0
                and not _DOC_TITLE_END.search(t[s:e])
                and 0 < len(nxt_line.strip()) <= 12
                and _DOC_TITLE_END.search(nxt_line.strip())
                and not _re.match(r"\s*\d", nxt_line)
            )
            if e - s >= 4 and not cut:
                # (a title cut by a line break is no name: 2022年度…成功揭榜创 / 新项目汇总表)
                self.add(s, e, "PROGRAM", "attachment", tier=4)
            # numbered attachments on the lines below the first (附件:1.… / 2.…)
            num = _re.match(
                r"\s*(?:附件\s*[:：]?\s*)?(\d+)[.、．]", t[t.rfind("\n", 0, f.start) + 1 : f.end]
            )
            pos, k = f.end, int(num.group(1)) + 1 if num else 0
            while num:
                nl = _re.match(
                    rf"[ \t　]*\n[ \t　]*{k}[.、．]\s*(?:《)?([^\n》]{{4,60}}?)》?[。；;，]?[ \t　]*(?=\n|$)",
                    t[pos:],
                )
                if not nl:
                    break
                end = pos + nl.end(1) - _file_extension_length(nl.group(1))
                self.add(pos + nl.start(1), end, "PROGRAM", "attachment", tier=4)
                pos, k = pos + nl.end(), k + 1

    def _publication(self, name: str, after: int) -> bool:
        """Is ``《name》`` (closing right before ``after``) a periodical, a column or a
        programme of the media (《X》杂志, 《X》栏目, 《X日报》) rather than a document?"""
        kinds = self.lex["publication_heads"]
        if not kinds:
            return False
        nxt = self.text[after : after + 6].lstrip()
        return nxt.startswith(kinds) or name.endswith(self.lex["publication_names"])

    def quotes(self) -> None:
        t = self.text
        heads = self.lex["program_heads"]
        desig_heads = self.lex["designation_heads"]
        not_prog = self.lex.set_of("not_program")
        for m in _re.finditer(r"“([^“”\n]{1,40})”|「([^「」\n]{1,40})」", t):
            c = m.group(1) or m.group(2)
            cs, ce = m.start() + 1, m.end() - 1
            if c.startswith("关于") or c.endswith(("提案", "建议")):
                continue
            if t[max(0, m.start() - 2) : m.start()] == "关于" and _re.match(
                r"的(?:建议|提案|意见)|方面|问题", t[m.end() : m.end() + 3]
            ):
                continue  # 关于“设立…专项资金”的建议: the topic of a proposal, no name
            if _re.fullmatch(rf"[{_NUM}\d]+[大项个类条][{_HAN}]{{1,4}}", c):
                # “六大行动”, “三项机制”: a count of things, not a name
                continue
            if any(
                d.start() <= m.start()
                and d.end() >= m.end() - 1
                and d.end() - d.start() > len(c) + 2
                for d in self.lex.regex("designations").finditer(
                    t, max(0, m.start() - 8), m.end() + 8
                )
            ):
                continue  # 专精特新“小巨人”: a designation holding the quote
            after = _re.sub(r"^(?:“[^“”\n]{1,20}”)+", "", t[m.end() : m.end() + 40])[:8]
            # a fragment inside a longer name: 集成电路“强芯”工程 -> the whole name
            pp = _PERIOD_PLAN.match(t, m.end()) if _re.fullmatch(rf"[{_NUM}]{{2,3}}五", c) else None
            if pp and (
                pp.end() == m.end() + 2
                or (
                    not t.startswith(("时期", "期间", "期"), m.end())
                    and (self._closes_name(pp.end()) or t.startswith("编制", pp.end()))
                )
            ):
                # “十四五”规划, “十五五”能源规划: the quote is a period, not a name on its own;
                # the plan it dates is the name
                self.add(m.start(), pp.end(), "PROGRAM", "period-plan", tier=4)
                continue
            hm = _re.match(
                rf"(?:[{_NUM}\d]期)?(专项行动|专项工程|行动计划|工程|计划|行动|活动|制度)", after
            )
            if hm and m.start() > 0 and _is_han(t[m.start() - 1]):
                s = self.left_edge(m.start(), max_len=12, min_stem=1)
                for k in range(m.start() - 1, s - 1, -1):  # never across 和/与/及/的
                    if t[k] in "和与及的":
                        s = k + 1
                        break
                agent = _re.match(rf"[{_HAN}]{{1,3}}者(?=[{_HAN}]{{4}})", t[s : m.start()])
                if agent:  # 提名者和候选者科研诚信…“黑名单”制度: the people are not the name
                    s += agent.end()
                lead_words = t[s : m.start()]
                owner = _re.search(
                    r"[对将把被给向在时]|(?:部|委|厅|局|办|本地|本市|本省)$", lead_words
                )
                if (
                    m.start() - s >= 2
                    and not owner  # 商务部“东桑西移”工程, 将本地“东桑西移”工程: who runs it
                    and t[m.end() : m.end() + hm.end()] == after[: hm.end()]
                ):
                    lv = _re.match(r"(?:国家级|省级|市级|县级)", t[s : m.start()])
                    if lv and m.start() - s - lv.end() >= 2:
                        s += lv.end()  # 实施省级产业发展“万千百”工程: the level stays out
                    self.add(s, m.end() + hm.end(), "PROGRAM", "quote-in-name", tier=4)
                    continue
            if c in not_prog:
                continue  # a slogan or generic list on its own (科研诚信“黑名单”制度 is a name)
            if hm and hm.group(1) == "制度":
                hm = None  # “X”制度 without a modifier before it: typed below
            ext = None if hm else _QUOTE_THEN_HEAD.match(t, m.end())
            if (
                ext
                # a formula (“4+2”) opens a name too; a list of words does not
                and not _re.search(r"[、，,;；。]", c)
                and (not _re.search(r"[+＋]", c) or _re.fullmatch(r"[\dA-Za-z+＋]+", c))
                and not _re.search(r"[的和与及等在为]", ext.group(1))
                and self._closes_name(ext.end())
                # a cluster, system or agreement opens with a code (“415X”产业集群), not with a
                # name of its own (“菁英计划”专项合作协议)
                and (
                    not ext.group(2).endswith(("集群", "体系", "协议"))
                    or _re.fullmatch(r"[\dA-Za-z+＋]+", c) is not None
                )
            ):
                # “新八级工”职业技能等级制度, “一带一路”国际合作高峰论坛: the quote opens a
                # longer name that runs to its head (a verb before the quote stays out:
                # 加大“新八级工”…制度落实力度)
                start = m.start()
                lead = _verb_then_words(self.lex["launch_verbs"]).search(
                    t, max(0, start - 12), start
                )
                if lead and not _re.search(r"[的和与及等]", lead.group(1)):
                    start -= len(lead.group(1))  # 实施节约集约用地“双提升”五大专项行动
                end = ext.end()
                system = _re.match(r"发展体系|体系", t[end : end + 4])
                if system and ext.group(2).endswith("集群"):
                    end += system.end()  # “1122+N”产业集群发展体系: the system of clusters
                self.add(start, end, "PROGRAM", "quote-opens-name", tier=4)
                continue
            campaign = _re.match(r"(?:建设|打造|创建|高质量发展|改造|提升行动|专项行动)", after)
            if (
                campaign
                and not hm
                and 3 <= len(c) <= 10
                and not _re.search(r"[、，,。；：:+＋]", c)
                and not self.is_generic(c)
                and (_re.search(rf"[\d{_NUM}]", c) or c.endswith(_CAMPAIGN_PLACES))
            ):
                # “四好农村路”高质量发展, “15分钟生活圈”打造, “美丽街区”建设: a named scheme
                self.add(cs, ce, "PROGRAM", "quoted-campaign", tier=4)
                continue
            sm = None if hm else _SLOGAN_STRATEGY.match(t, m.end())
            if (
                sm
                and _re.search(r"[、，,]", c)
                and _re.search(rf"[{_NUM}]", c)
                and not _re.search(r"[的和与及等]", sm.group())
                and self._closes_name(sm.end())
            ):
                # “四个革命、一个合作”能源安全新战略: a numbered list slogan with the strategy
                # it names is one name
                self.add(m.start(), sm.end(), "PROGRAM", "quoted-slogan+strategy", tier=4)
                continue
            if (
                hm
                and _re.search(r"[、，,]", c)
                and len(hm.group(1)) >= 4
                and _re.search(rf"[{_NUM}]", c)
            ):
                # 推进“两评估、一清单、一盘活”专项行动: a list slogan is no name on its own;
                # with its campaign head it is one
                self.add(m.start(), m.end() + hm.end(), "PROGRAM", "quoted-slogan+head", tier=4)
                continue
            if hm and _re.search(r"[+＋]", c) and not _re.search(r"[、，,]", c):
                # “光伏+园区”专项工程: a formula is no name on its own; the whole is the name
                self.add(m.start(), m.end() + hm.end(), "PROGRAM", "quoted-formula", tier=4)
                continue
            if hm and (
                _re.fullmatch(r"[\dA-Za-z]+", c)
                or (len(c) <= 6 and len(re.findall(rf"[{_NUM}两]", c)) >= 2)
            ):
                # “3212”工程, “两强一增”行动: a code or a numbered slogan is no name on its own;
                # with its head it is one
                self.add(m.start(), m.end() + hm.end(), "PROGRAM", "quoted-code+head", tier=4)
                continue
            if hm and not _re.search(r"[、，,+＋]", c):
                # “工赋山东”行动 -> the quoted name
                self.add(cs, ce, "PROGRAM", "quote+program-head", tier=4)
                continue
            # “府院联动”机制, “工业倍增”任务, “前港后厂”产业布局, “A”“B”等特色文化品牌,
            # “X”和“Y”活动: a quote followed by the kind of scheme it names is that scheme (a
            # list slogan too: “按季抓、月跟踪”活动), whatever its last word
            kind = _QUOTE_KIND.match(
                _re.sub(r"^(?:[和、]?“[^“”\n]{1,20}”)+", "", t[m.end() : m.end() + 40])
            )
            if kind and 2 <= len(c) <= 16 and not _re.search(r"[，,;；。：:]", c):
                self.add(cs, ce, "PROGRAM", "quote+kind", tier=4)
                continue
            parts = [(cs, ce, c)]
            if _re.search(r"[－—–]", c):
                parts = []
                off = cs
                for piece in _re.split(r"([－—–])", c):
                    if piece and piece not in "－—–":
                        parts.append((off, off + len(piece), piece))
                    off += len(piece)
            elif _re.search(r"[、，,;；。+＋]", c):
                continue
            task_verbs = self.lex["task_verbs"]
            for s, e, w in parts:
                if est := _ESTABLISH.match(w):
                    s, w = s + est.end(), w[est.end() :]  # “成立X促进会”: the body is X促进会
                elif len(w) >= 6 and w.startswith(task_verbs):
                    continue  # “建设现代农业产业园区”: a quoted task of a plan, not a name
                label = self.type_of_name(w, heads, desig_heads, after if e == ce else "")
                if label:
                    self.add(s, e, label, "quote", tier=4)

    def _closes_name(self, e: int) -> bool:
        """Does a name plausibly end at ``e`` (punctuation, a function word, a word boundary)?"""
        t = self.text
        nxt = t[e : e + 1]
        if not nxt or not _is_han(nxt) or nxt in "的中等和与及为是并或（":
            return True
        return _word_boundaries(t, e, e) and not t.startswith(
            ("方案", "计划", "规划", "办法", "项目", "工程", "行动", "体系", "建设"), e
        )

    def type_of_name(
        self, w: str, heads: tuple[str, ...], desig_heads: tuple[str, ...], after: str
    ) -> str | None:
        """Type a quoted name by its head noun (or what follows the quote)."""
        org_suffixes = self.lex["org_suffixes"] + self.lex["org_suffixes_proper"]
        if _re.fullmatch(rf"[{_NUM}]+", w):
            return None  # “十三五”城市管理: a period, no name on its own
        if w.endswith(self.lex["firm_suffixes"]) and len(w) >= 4 and "基金" not in w[-2:]:
            return "FIRM"
        if w.endswith(org_suffixes) and len(w) >= 5 and not self.is_generic(w):
            return "ORG"
        if w in self.lex.set_of("designations"):
            return "PROGRAM"
        if len(w) >= 3 and w.endswith("制") and not w.endswith(_NOT_SYSTEM):
            return "PROGRAM"
        if w.endswith(heads) and len(w) >= 3 and not self.is_generic(w):
            return "PROGRAM"
        if _re.fullmatch(rf"(?:[{_NUM}][{_HAN}]){{2,}}[{_HAN}]*", w) and set(w[::2]) != {"一"}:
            return "PROGRAM"  # 一核两极四基地
        if w.endswith(desig_heads) and len(w) >= 4 and not self.is_generic(w):
            return "PROGRAM"
        if (
            _re.match(
                r"(企业|工厂|城市|园区|产品|信用贷款|贷款|行动|工程|称号|品牌|制度"
                r"|功能|小程序|客户端|公众号|APP|App|app)",  # “爱山东”“掌上办”功能: an app
                after,
            )
            and 2 <= len(w) <= 8
        ):
            return "PROGRAM"
        if len(w) >= 6 and w.endswith("专项") and not self.is_generic(w):
            return "PROGRAM"  # “某省十大千亿级工业产业振兴专项”: a named funding line
        if len(w) >= 3 and w.endswith(self.lex["instrument_heads"]) and not self.is_generic(w):
            return "PROGRAM"  # “数字创新券” “示例英才卡” “数转贷” “城市机会清单”
        if 2 <= len(w) <= 10 and _re.match(
            rf"等?[{_HAN}]{{0,6}}?(?:金融产品|平台|项目|培训|等级制度|认定|创建)(?![{_HAN}]{{0,0}}[化建])",
            after,
        ):
            return "PROGRAM"  # “示例政企通”平台, “链e贷”等供应链金融产品, “揭榜挂帅”项目
        return None

    def departments(self) -> None:
        t = self.text
        gz = _gazetteer_departments(self.gaz)
        dept = self._dept_regex()
        # after a level prefix 省 市 区 县 州 (and 省委 市委 via prefix_bodies 委…)
        for m in _re.finditer(r"[省市区县州]", t):
            p = m.start()
            if t[p - 2 : p + 1] in ("自治区", "自治州"):
                p -= 2  # 自治区党委, 自治州人民政府: the region's level written in full
            if not self._level_prefix_at(p):
                continue
            if t[p] == "区" and t[max(0, p - 2) : p] in _ZONE_WORD_HEADS:
                continue  # 开发区管委会: 区 ends a zone word, no 区 level before a body
            if t[max(0, p - 1) : p] == "级":
                continue  # 地级市政府, 县级市: a class of governments
            if _re.search(r"各[\u4e00-\u9fff]{1,2}[（(][^（）()]{1,4}[）)]$", t[max(0, p - 8) : p]):
                continue  # 各区(市)县政府: each district's or county's government, no one body
            if (
                p >= 2
                and t[p - 1] == "、"
                and (
                    t[p - 2] in "省市区县州盟"
                    or _re.search(
                        r"[省市区县州][（(][^（）()]{1,3}[）)]\s*$", t[max(0, p - 9) : p - 1]
                    )
                )
            ):
                continue  # 市、区政府: generic levels, not one body
            d = dept.match(t, m.end())
            if (
                d
                and t[m.end() : d.end()] == "财政"
                and _re.match(
                    r"(?:预算|资金|收入|支出|困难|紧张|压力|补助|补贴|投入|专项)",
                    t[d.end() : d.end() + 2],
                )
            ):
                continue  # 纳入市财政预算, 县财政困难: the level's budget, not its finance bureau
            if d and not (d.end() < len(t) and t[d.end()] in "长门"):
                # 区政府各部门: the government is named; 市发展改革委有关处室 likewise
                self.add(p, self._unit_end(d.end()), "ORG", "dept-prefix", tier=3)
        # 省链长办 / 市物流办: the office of a leading group, named by its task
        for m in _OFFICE_ABBREVIATION.finditer(t):
            p = m.start()
            if not self._level_prefix_at(p):
                continue
            stem = m.group("stem")
            if self.is_generic(stem) or _re.search(r"[和与及的等]", stem):
                continue
            nxt = t[m.end() : m.end() + 1]
            if nxt and _is_han(nxt) and not t.startswith(_OFFICE_FOLLOWERS, m.end()):
                continue
            self.add(p, m.end(), "ORG", "office-abbreviation", tier=2)
        # 县委督查办 / 市政府督查室: the supervision office of a party committee or government
        for m in _re.finditer(r"[省市县区](?:委|政府)?督查(?:办|室)(?![理法公事好学])", t):
            if self._level_prefix_at(m.start()):
                self.add(m.start(), m.end(), "ORG", "office-abbreviation", tier=3)
        # 团市委 / 团省委: the Communist Youth League committee of a region
        for m in _re.finditer(r"(?<![集社])团[省市区县]委(?![员会])", t):
            self.add(m.start(), m.end(), "ORG", "league-committee", tier=3)
        # after a place (承德市政府, 河北省工业和信息化厅, 航空港区建设局), or a chain of places
        # (广州市天河区人力资源和社会保障局); 中共 before a party committee's body is part of it
        gpe_at = {s: e for s, e in self.gpe}
        for s, e in self.gpe:
            while e in gpe_at and gpe_at[e] > e:
                e = gpe_at[e]
            d = dept.match(t, e)
            if d and d.group().endswith("部") and t[d.end() : d.end() + 1] == "门":
                d = None  # 临夏州发展改革部门: the place's department of a kind, no one body
            if d and not t.startswith(_GENERIC_MEMBERS, d.end()):
                start = s - 2 if t[d.start()] == "委" and t[max(0, s - 2) : s] == "中共" else s
                end = self._unit_end(d.end())
                if d.group().endswith("人民政府") and (so := _STREET_OFFICE.match(t, end)):
                    end = so.end()  # 上海市长宁区人民政府程家桥街道办事处: the street's office
                self.add(start, end, "ORG", "place+dept", tier=3)
            r = _re.match(rf"(?:{self.lex.regex('regulator_branches').pattern})", t[e:])
            if r:
                self.add(s, e + r.end(), "ORG", "place+regulator", tier=3)
            elif not d:
                # 广州开发区营商环境改革局: a local bureau the department table lacks
                u = _LOCAL_BUREAU.match(t, e)
                if (
                    u
                    and not self.is_generic(u.group(1))
                    and not _re.search(r"[各和与及的等、]", u.group(1))
                ):
                    self.add(s, u.end(), "ORG", "place+bureau", tier=2)
        # bare department at a boundary: 住建厅, 设在建设局
        bare = _bare_department_regex(self.lex, gz)
        for d in bare.finditer(t):
            if d.end() - d.start() < 3 or (d.end() < len(t) and t[d.end()] in "长门"):
                continue
            if t[d.end() - 1 : d.end() + 1] in ("局面", "局势", "局部"):
                continue  # 推进乡村振兴局面: 局面 is a word, no bureau
            if d.start() >= 1 and t[d.start() - 1] == "\n" and d.start() - 1 in self.gpe_ends:
                continue  # the second line of a name broken in a table cell (临港新片区/管理委员会)
            if (
                t[d.start() - 1 : d.start()] in "（("
                and t[d.end() : d.end() + 1] in "）)"
                and any(c.end == d.start() - 1 and c.label == "ORG" for c in self.cands)
            ):
                continue  # 重庆市经信委（工信局）: the other name of the body just named
            if t.endswith(("直辖市", "自治区", "计划单列市", "自治州"), 0, d.start()) or _re.search(
                r"各省[（(]区、市[）)]$", t[max(0, d.start() - 8) : d.start()]
            ):
                continue  # 各省、自治区、直辖市文化和旅游厅: each region's department, no one body
            if self.boundary_before(d.start()) and not self._generic_clause(d.start()):
                self.add(d.start(), d.end(), "ORG", "dept-bare", tier=2)
        # central bank branches: 人行石家庄中心支行, 中国人民银行河北省分行
        cb = self.lex.regex("central_bank_branches").pattern
        for m in _re.finditer(rf"(?:中国人民银行|人民银行|人行)[{_HAN}]{{2,8}}?(?:{cb})", t):
            self.add(m.start(), m.end(), "ORG", "central-bank-branch", tier=3)
        # 国家税务总局河北省税务局 etc.: a central body followed by a local branch
        for m in _re.finditer(
            rf"(国家税务总局|海关总署|国家统计局)([{_HAN}]{{2,8}}?(?:税务局|海关|调查总队))", t
        ):
            self.add(m.start(), m.end(), "ORG", "central+branch", tier=3)

    def note_units(self) -> None:
        """Bodies listed in a responsibility note: （牵头单位：市科协，配合单位：市经贸委、市工商联）.

        The note says its items are units, so an item shaped like a body (a level or a place,
        a stem, a body head) is one even when its stem is missing from the department table.
        """
        t = self.text
        labels = self.lex.regex("note_labels")
        gpe_end = dict(self.gpe)
        for m in labels.finditer(t):
            if t[m.end() : m.end() + 1] not in ("：", ":"):
                continue
            start = m.end() + 1
            end = start
            while end < len(t) and t[end] not in "）)。；;\n" and end - start < 200:
                end += 1
            nxt = labels.search(t, start, end)
            if nxt:
                end = nxt.start()
            for item in _re.finditer(r"[^、，,；;：:\s]+", t[start:end]):
                s = start + item.start()
                e = start + item.end()
                while e > s and t[e - 1] in "等":
                    e -= 1
                w = t[s:e]
                stem_at, body = self._note_body(s, e, gpe_end)
                if stem_at == s or body is None or _re.search(r"[各和与及的]|有关|相关", w):
                    continue  # a note's unit needs its level or place (市经贸委)
                self.add(s, e, "ORG", "note-unit", tier=2)

    def _note_body(
        self, s: int, e: int, gpe_end: dict[int, int]
    ) -> tuple[int, re.Match[str] | None]:
        """Where a note item's stem starts (after a place or a level: 市, 区委 …; ``s`` when
        none) and the item read as stem + body head, ``None`` when it is not one or its stem is
        generic (``gpe_end``: the places found, start -> end)."""
        t = self.text
        stem_at = gpe_end.get(s, s)
        if stem_at == s and (level := _NOTE_LEVEL.match(t, s, e)):
            stem_at = level.end()
        body = _NOTE_BODY.fullmatch(t, stem_at, e)
        if body is None or self.is_generic(body.group("stem")):
            return stem_at, None
        return stem_at, body

    def duty_note_units(self) -> None:
        """Bodies of a cue-worded note closing a task (（市局特种设备安全监察处牵头，执法稽查处、
        信用监督管理处按职责分工负责）): every piece shaped like a body is one, and a bureau's
        internal division (…处, …室, …队) needs no level before it there."""
        t = self.text
        gpe_end = dict(self.gpe)
        for m in _DUTY_NOTE.finditer(t):
            inner_start = m.start() + 1
            for piece in _re.finditer(r"[^、，,；;]+", m.group(1)):
                s = inner_start + piece.start()
                e = inner_start + piece.end()
                if cue := _DUTY_CUE_END.search(t, s, e):
                    e = cue.start()
                while e > s and t[e - 1] in "等":
                    e -= 1
                w = t[s:e]
                if len(w) < 4 or _re.search(r"[各的]|有关|相关", w):
                    continue
                joined = _re.search(r"[和与及]", w)
                if joined and _re.search(r"[处室科局委办厅队]$", w[: joined.start()]):
                    continue  # 市财政局和市税务局: two bodies, not one name with 和 inside
                stem_at, body = self._note_body(s, e, gpe_end)
                if body is None:
                    continue
                if stem_at == s and not w.endswith(("处", "室", "科", "队", "办公室")):
                    continue  # an unprefixed piece: only a bureau's internal division
                self.add(s, e, "ORG", "duty-note-unit", tier=2)

    def _generic_title(self, stem: str) -> bool:
        """Is an item title's modifier generic? The whole title is the name, so a long one
        counts (科技创新人才行动计划); a short one or a pair joined by 和 made of generic words
        does not (重点项目, 主要任务和重大工程)."""
        plain = _re.sub(r"[和与及]", "", stem)
        return (len(stem) < 5 or plain != stem) and self.is_generic(plain)

    def _level_prefix_at(self, p: int) -> bool:
        """Can a body's level prefix (省, 市, 自治区 …) start at ``p``? Not inside a word and not
        after a scope word (本市, 全省, 各区, 城市, 超市)."""
        return self.boundary_before(p) and not (p > 0 and self.text[p - 1] in "本我全各该每城都超")

    def _unit_end(self, e: int) -> int:
        """Extend a body ending at ``e`` over an internal unit (…局中小企业处, 市政府督查室)."""
        t = self.text
        m = _re.match(
            rf"([{_HAN}]{{2,6}}?)(处|科|室)"
            rf"(?=[^{_HAN}]|$|[牵负配和与及、等的会联]|[{_HAN}]{{2,3}}[ \t]*\d{{3,4}}-?\d{{7,8}})",
            t[e:],
        )
        if m and not any(c in self.breaks or c in "和与及在对向将为是" for c in m.group(1)):
            if not any(t.startswith(w, e) for w in self.cues if len(w) >= 2):
                return e + m.end()
        return e

    def _generic_clause(self, pos: int) -> bool:
        """Is ``pos`` in a clause addressed to a class (各区（县）财政局、科技局 …)?"""
        t = self.text
        i = pos
        while i > 0 and pos - i < 40 and t[i - 1] not in "，。；：;:\n,！？":
            i -= 1
        return t[i:pos].lstrip().startswith(("各", "有关", "相关"))

    def facilities(self) -> None:
        """Named transport facilities are places: 上海南站, 莘庄站, 虹桥机场, 上海港, 金山铁路."""
        t = self.text
        for m in _re.finditer(r"(?:火车站|高铁站|[东南西北]站|站|国际机场|机场|港|铁路|高铁)", t):
            if t[m.end() : m.end() + 1] in ("区", "口", "务", "城", "点", "长", "台", "澳", "湾"):
                continue  # 港区, 港口, 站点, 站长, 港澳: other words
            place = self._place_before(m.start())
            if place is not None:  # a known place names it: 上海港, 金山铁路
                s0 = place
            else:
                s0 = self.left_edge(m.start(), max_len=6)
                rail = _re.match(r"(?:铁路|地铁|轨道交通|高铁|[在于到至从经])", t[s0 : m.start()])
                if rail and m.start() - s0 - rail.end() >= 2:
                    s0 += rail.end()  # 铁路莘庄站 -> 莘庄站, 在莘庄站 -> 莘庄站
            if t[s0 - 1 : s0] == "至" and m.group() in ("铁路", "高铁"):
                continue  # 包头至银川高铁: a route between places, each its own place
            stem = t[s0 : m.start()]
            if (
                not 2 <= len(stem) <= 4
                or self.is_generic(stem)
                or stem[0] in "万亿千百"  # 万亿临港产业带: a size, no port's name
                or _re.search(r"[和与及、的]", stem)
            ):
                continue
            if (
                stem[-1] in "电基网车场油气驿务作点废泵"
                or stem.endswith(_UTILITY_STEMS)
                or stem
                in (
                    "市域",
                    "城际",
                    "干线",
                    "支线",
                    "区域",
                )
            ):
                continue  # 电站, 基站, 网站, 车站, 市域铁路: kinds of facility, not names
            named = place is not None or s0 in self.gpe_starts
            if (
                not named
                and (
                    len(stem) > 3
                    or _word_freq(stem) >= 300
                    or t[s0 : m.end()] in self.lex.set_of("not_places")  # 中转站: a kind of site
                    or not (self.boundary_before(s0) or t[s0 - 2 : s0] in ("铁路", "地铁", "高铁"))
                )
            ):
                continue
            self.add(s0, m.end(), "GPE", "facility", tier=2)

    def _place_before(self, pos: int) -> int | None:
        """Start of a known place name ending at ``pos`` (上海 in 上海港), at a boundary."""
        if pos in self.gpe_ends:
            return self.gpe_ends[pos]
        for k in (4, 3, 2):
            w = self.text[max(0, pos - k) : pos]
            if len(w) == k and self._is_place_name(w) and self.boundary_before(pos - k):
                return pos - k
        return None

    def _is_place_name(self, w: str) -> bool:
        """Is ``w`` as a whole a place name of the gazetteer (memoised per document)?"""
        if w not in self._place_names:
            hits = list(_FallbackGazetteer(self.lex).places_in(w))
            if self.gaz is not None:
                hits += list(self.gaz.places_in(w))
            self._place_names[w] = any(h[0] == 0 and h[1] == len(w) for h in hits)
        return self._place_names[w]

    def divisions(self) -> None:
        """A commission's divisions in notes, lists and table cells: 设施养护处、客运处."""
        t = self.text
        for m in _re.finditer(
            rf"(?:(?<=[、，,（(：:\n])|^)([{_HAN}]{{2,4}})处(?=[、，,；;）)\n]|$)", t, re.M
        ):
            w = m.group(1) + "处"
            if self.is_generic(m.group(1)) or _word_freq(w) >= 50:
                continue  # 好处, 长处, 办事处
            if m.group(1)[0] in self.cues or m.group(1)[0] in "各该此本":
                continue
            self.add(m.start(1), m.end(), "ORG", "division", tier=2)

    def central_bodies(self) -> None:
        t = self.text
        hits = [
            (m.start(), m.end(), "central-body")
            for m in self.lex.regex("central_bodies").finditer(t)
        ]
        gaz = self.gaz
        if gaz is not None and hasattr(gaz, "bodies_in"):
            try:
                hits += [(s, e, "gazetteer-body") for s, e in _spans_of(gaz.bodies_in(t), t)]
            except Exception:  # a broken user gazetteer must not stop the rules
                pass
        for m in _SESSION_BODY.finditer(t):
            s = m.start()
            if m.group("place") is not None:  # 广元市第七届人民代表大会 / 省十三届人大常委会
                place = self._place_before(s)
                if place is None and t[s - 1 : s] in ("省", "市", "县", "区"):
                    place = s - 1
                if place is None:
                    continue
                s = place
            self.add(s, m.end(), "ORG", "session-body", tier=3)
        for s, e, rule in hits:
            nxt = t[e : e + 1]
            if nxt and nxt in "门际长属内函发字〔[":  # 部门, 部际, 部长, 国办函
                continue
            if e - s <= 2 and not self.boundary_before(s):
                continue
            if self.in_field(s, e, "doc_number"):
                continue
            unit = _INTERNAL_UNIT.match(t, e)
            if unit and not unit.group().endswith("公司"):
                e = unit.end()  # 国家发展改革委办公厅, 国家能源局综合司: one body
            self.add(s, e, "ORG", rule, tier=2)

    def in_field(self, s: int, e: int, name: str) -> bool:
        st = self.structure
        fields = (getattr(st, "fields", {}) or {}) if st is not None else {}
        return any(f.start <= s and e <= f.end for f in fields.get(name, []))

    def suffix_orgs(self) -> None:
        t = self.text
        plain = self.lex["org_suffixes"]
        proper = self.lex["org_suffixes_proper"]
        rx = _re.compile(
            "|".join(re.escape(w) for w in sorted(plain + proper, key=len, reverse=True))
        )
        proper_set = set(proper)
        for m in rx.finditer(t):
            if m.end() < len(t) and t[m.end()] in "长":  # 主任, 院长 … a title, not the body
                continue
            if m.group().endswith(("大学", "学院")) and t.startswith("生", m.end()):
                continue  # 应届残疾人大学生: students, no university
            if m.group().endswith("中心") and t.startswith(
                ("城区", "区", "城", "地带", "镇"), m.end()
            ):
                continue  # 嘉定新城中心城区: the central district, a place
            if m.group() == "中心" and t[m.start() - 1 : m.start()] == "为":
                continue  # 以丽水工业园区为中心: the idiom "with X at its centre", no body
            s = self.left_edge(m.start(), max_len=28)
            if s >= m.start():
                continue
            if t[s] in "对向为在与和把将被给从到经" and m.end() - s >= 5:
                s += 1  # 对政协某县十三届委员会, 与北京大学: a preposition is no part of the name
            # 青年人才到国外一流大学, 主要负责同志担任领导小组, 交易会在海峡国际会展中心: a
            # clause before the body's name
            clause = _re.match(
                r".*(?:到|担任|同志|在|进入|运至|运往|送至|送往|后交|交由|报送|报请|提交"
                r"|(?:据实|如实|逐级|分别|统一|直接|及时)向"
                r"|(?:复核|审核|审定|审批|核实|核查|公示|批准|认定)后)"
                r"|现有|原有|已有",
                t[s : m.start()],
            )  # …收运后进入…利用中心, 复核后交…管委办: the destination of a motion or hand-over
            if clause:
                s += clause.end()
            stem = t[s : m.start()]
            if _re.match(_CLAUSE_VERBS, stem) or (
                stem[:1] in "省市区县" and t[s - 1 : s] in ("我", "本", "全", "各")
            ):
                continue  # 加大选拔大学生…, 我市建设区域金融中心: a verb phrase, no body
            if _re.search(rf"[\d{_NUM}]+[家个所批]", stem):
                continue  # 重点建设30家学会科技服务站: a count of bodies, no one body
            if self._made_of(stem, self.lex.set_of("org_class_stems")) or (
                m.group().endswith("医院") and _HOSPITAL_GRADE.search(stem)
            ):
                continue  # 专科医院, 公立医院, 京津三甲医院: a kind of institution, not one
            if m.group() == "小学" and t[m.start() - 1 : m.start()] == "中":
                continue  # 中小学生, 确保中小学…: primary and secondary schools as a class
            if m.group() in _SCHOOL_HEADS and (
                len(stem) < 2
                or any(k in stem for k in _SCHOOL_KINDS)
                or stem[0] in "办建新改扩提加抓"
            ):
                continue  # 中小学, 办好农村小学, 民办幼儿园: kinds of school, no one school
            name = t[s : m.end()]
            task_force = (
                m.group() in ("领导小组", "工作领导小组", "指挥部")
                and len(stem) >= 3
                and stem[0] in "省市区县"
                and (clause is not None or self._level_prefix_at(s))
            )  # 市人才工作领导小组: the city's task force for a field, named by it
            if (self.is_generic(stem) and not task_force) or name in self.lex.set_of(
                "actor_groups"
            ):
                continue
            if stem.endswith(("的", "与", "及")) or (
                stem.endswith("和") and not stem.endswith(_NAMES_ENDING_HE)
            ):
                continue  # 科技和…中心: a list, not a name (北京协和医院 is one)
            if "的" in stem and not any(s <= gs < m.start() for gs in self.gpe_starts):
                continue  # 具有全球影响力的…科技服务中心: a relative clause describes a kind
            has_place = any(gs >= s and gs < m.start() for gs in self.gpe_starts) or bool(
                _LEVEL_LEAD.match(stem)
            )
            if _re.match(r"(?:省|市|县|区|乡镇|乡|镇|村)级", stem) and not any(
                s <= gs < m.start() for gs in self.gpe_starts
            ):
                continue  # 县级融媒体中心, 市级综合服务平台: the body every unit of a level has
            created = _re.search(
                r"(组建|成立|设立|筹建|联合|牵头|依托|加入)$", t[max(0, s - 4) : s]
            )
            if m.group() in proper_set and not has_place and not (created and len(stem) >= 4):
                continue
            if t[s - 1 : s] == "各":
                continue  # 各省级电力交易中心: every body of a kind, not one
            if not has_place and (
                (t[s - 1 : s] == "的" and not m.group().endswith(("小组", "指挥部", "专班")))
                or _BROAD_SETUP.search(t, max(0, s - 6), s)
                or stem.endswith("行业")
            ):
                # 与企业相关的职称评审委员会, 广泛设立劳动争议调解委员会, 鼓励物流行业协会: a
                # kind of body every firm, market or trade has, not one body
                continue
            if m.group() in ("领导小组", "工作领导小组", "委员会", "办公室") and len(stem) < 3:
                continue
            # trailing (青岛)-style place qualifier: 国家虚拟现实制造业创新中心（青岛）
            e = m.end()
            q = _re.match(rf"[（(][{_HAN}]{{2,4}}[)）]", t[e:])
            if q:
                e += q.end()
            if _DESIGNATION_VERBS.search(t[max(0, s - 6) : s]):
                continue  # 争创国家制造业创新中心: a designation (see designations())
            lv = _re.match(r"(?:国家|省|市)级", t[s:e])
            if lv and self.lex.regex("designations").fullmatch(t[s + lv.end() : e]):
                self.add(s, e, "PROGRAM", "level+designation", tier=3)
                continue  # 建设国家级制造业创新中心2—3户: the designation, not a centre
            if t[s:e].endswith(self.lex["firm_centres"]) and any(
                s <= gs < m.start() for gs in self.gpe_starts
            ):
                self.add(s, e, "FIRM", f"firm-centre:{m.group()}", tier=2)
                continue  # 北京电力交易中心: an incorporated trading centre
            self.add(s, e, "ORG", f"org-suffix:{m.group()}", tier=2)

    def firms(self) -> None:
        t = self.text
        rx = self.lex.regex("firm_suffixes")
        groups = self.lex.set_of("actor_groups")
        for m in rx.finditer(t):
            head = m.group()
            if head in ("公司", "集团", "银行") and m.end() < len(t) and t[m.end()] in "长":
                continue
            if head in ("药业", "制药", "控股") and (
                t[m.end() : m.end() + 1] in ("业", "企", "类", "股", "子", "权", "型", "厂")
                or t[m.start() - 1 : m.start()] == "医"
            ):
                continue  # 制药企业, 控股股东, 生物医药业: the trade or a holding, no name
            s = self.left_edge(m.start(), max_len=30, head_cue_ok=head.endswith("有限公司"))
            if s >= m.start():
                continue
            lead_in = _FIRM_LEAD_IN.match(t, s, m.start())
            if lead_in and m.start() - lead_in.end() >= 2:
                s = lead_in.end()  # 对于同一跨国公司: the words before the name are not in it
            stem = t[s : m.start()]
            name = t[s : m.end()]
            if name in groups or any(name.endswith(g) for g in groups if len(g) >= 4):
                continue
            if t[s - 1 : s] == "各":
                continue  # 各地城投公司, 各保险公司: every firm of a kind, not one
            if len(stem) < 2:
                continue
            if self.is_generic(stem) and not (head == "银行" and _bank_name_ok(stem)):
                continue  # 建设银行, 农业银行: bank names made of ordinary words
            classes = self.lex.set_of("firm_class_stems")
            bare_stem = _re.sub(r"^(?:例如|比如|如|若)", "", stem)  # 如电力公司…: if the utility…
            if head != "银行" and (
                self._made_of(bare_stem, classes)
                or self._made_of(_re.split(r"[及和与、]", stem)[-1], classes)
            ):
                continue  # 证券公司, 资产管理公司, 电力用户及售电公司: a class of firms
            if head in ("合作社", "联合社") and "供销" in stem[-4:]:
                continue  # 供销合作社: the cooperative system's bodies (省供销合作社 is an ORG)
            if head in ("合作社", "专业合作社", "农场", "牧场", "林场", "联合社") and (
                _re.search(r"[和与及、]", stem) or self.is_generic(stem)
            ):
                continue  # 农民合作社和家庭农场, 一批种植专业合作社: classes of farm businesses
            if head.endswith("基金") and not _re.match(r"(国家|中国)", stem):
                continue
            if head == "银行" and (
                _re.search(r"人民银行$|^(中央|商业|政策性|开发性)", name)
                or self._made_of(stem, self.lex.set_of("bank_class_stems"))
            ):
                continue  # 村镇银行, 股份制银行, 贷款银行: a class of banks, not a bank
            if head == "银行" and (
                t[m.end() : m.end() + 1] == "业" or _re.search(r"\d|[与和及、]|家", stem)
            ):
                continue  # 银行业金融机构 (the sector); 与10家大型银行 (a count of banks)
            self.add(s, m.end(), "FIRM", f"firm-suffix:{head}", tier=2)
        # factories named by their city: 洛阳拖拉机厂, 大连船用柴油机厂 (not 电厂 / 工厂: facilities
        # and designations)
        for m in _re.finditer(r"厂(?![房区商家长矿址])", t):
            s = self.left_edge(m.start(), max_len=16)
            if s not in self.gpe_starts:
                continue
            rest = t[self._place_at(s) : m.start()]
            if len(rest) < 2 or rest[-1] in "工电水" or self.is_generic(rest):
                continue
            if _re.search(rf"[和与及、的]|[\d{_NUM}]+[座个家所]|建设|新建", rest):
                continue  # 在松江区建设一座污水处理厂: a works to build, no named factory
            self.add(s, m.end(), "FIRM", "firm-suffix:厂", tier=2)

    def known_firms(self) -> None:
        """Firms of the firm gazetteer: full names anywhere, short names at name boundaries.

        A short name needs a left boundary (punctuation, a cue such as 支持 联合 与, list
        separator) and a right one (punctuation, 、 等 和, or a verb / 集团 / 公司 after it).
        Short names that are ordinary words (浪潮, 小米, 联想) count only right before
        集团/公司/股份 here; as items of a list of firms they are typed by :meth:`lists`.
        """
        t = self.text
        idx = _firm_index(self.lex)
        for m in idx.rx.finditer(t):
            s, e = m.start(), m.end()
            w = m.group()
            if w not in idx.shorts:
                self.add(s, e, "FIRM", "firm-gazetteer", tier=3)
                continue
            if w in idx.ordinary:
                if t.startswith(("集团", "公司", "股份", "控股"), e) and self.boundary_before(s):
                    self.add(s, e, "FIRM", "firm-gazetteer-short", tier=3)
                continue
            if self._short_left_ok(s, w) and self._short_right_ok(e, w):
                self.add(s, e, "FIRM", "firm-gazetteer-short", tier=3)

    def cells(self) -> None:
        """A table cell or list row that is one name: ``1河北光之翼信息技术股份有限公司``.

        In a row the whole cell is the name, so characters that stop a name in running text
        (之, 开发, 就业 …) do not cut it.
        """
        t = self.text
        firm_suffixes = self.lex["firm_suffixes"]
        org_suffixes = (
            *self.lex["org_suffixes"],
            *self.lex["org_suffixes_proper"],
            "学校",
            "大学",
            "学院",
        )
        classes = self.lex.set_of("firm_class_stems")
        starts = sorted(self.gpe_starts)
        for line in _re.finditer(r"[^\n]+", t):
            for cell in _re.finditer(r"[^\t\u3000]+?(?=\t|\u3000|  |$)", line.group()):
                s = line.start() + cell.start()
                w = cell.group()
                row = _re.match(rf"\s*\d{{0,4}}\s*(?=[{_HAN}])", w)
                if row is None:
                    continue
                s += row.end()
                w = w[row.end() :].rstrip()
                if not 4 <= len(w) <= 50 or not _re.fullmatch(rf"[{_HAN}A-Za-z0-9（）()·&\-]+", w):
                    continue
                if _re.search(r"关于|名单|名称|序号", w):
                    continue
                label, suffix = None, ""
                for lab, sufs in (("FIRM", firm_suffixes), ("ORG", org_suffixes)):
                    suffix = next((x for x in sufs if w.endswith(x)), "")
                    if suffix:
                        label = lab
                        break
                stem = w[: len(w) - len(suffix)]
                if label is None or len(stem) < 2 or self.is_generic(stem):
                    continue
                if label == "FIRM" and self._made_of(stem, classes):
                    continue
                # two bodies on one line (河北省工业和信息化厅河北省发展和改革委员会)
                lo = bisect.bisect_right(starts, s)
                hi = bisect.bisect_left(starts, s + len(w) - 2)
                if any(t[p - 1] in "厅局委办院会部司" for p in starts[lo:hi]):
                    continue
                self.add(s, s + len(w), label, "table-cell", tier=3)

    def branches(self) -> None:
        """Parent + place + 分行/分院…: 中国工商银行湖北省分行, 中国科学院武汉分院."""
        t = self.text
        place_end = {s: e for s, e in self.gpe}
        suffixes = self.lex["branch_suffixes"] + self.lex["regulator_branches"]
        for c in list(self.cands):
            if c.label not in ("FIRM", "ORG"):
                continue
            mid = place_end.get(c.end, c.end)
            suf = next((x for x in suffixes if t.startswith(x, mid)), None)
            if suf is not None:
                self.add(c.start, mid + len(suf), c.label, "branch", tier=c.tier)

    def _short_left_ok(self, s: int, w: str) -> bool:
        t = self.text
        if s == 0:
            return True
        prev = t[s - 1]
        if w[0].isascii():
            return not prev.isascii() or not prev.isalnum()
        return self.boundary_before(s) and not (prev in "委府厅局办部院会" and len(w) <= 2)

    def _short_right_ok(self, e: int, w: str) -> bool:
        t = self.text
        if e >= len(t):
            return True
        nxt = t[e]
        if w[-1].isascii():
            return not (nxt.isascii() and nxt.isalnum())
        if not _is_han(nxt):
            return nxt not in "0123456789"
        if nxt in "、等和与及的在为是将已也都并或均共同作":
            return True
        return t.startswith(_FIRM_FOLLOWERS, e)

    def programs(self) -> None:
        """Unquoted named programmes, plans, events, funds and systems."""
        t = self.text
        heads = [h for h in self.lex["program_heads"] if h not in ("意见", "通知", "决定", "试点")]
        rx = _re.compile("|".join(re.escape(h) for h in heads))
        campaign = self.lex["campaign_words"]
        need_place = {
            "计划",
            "行动",
            "方案",
            "规划",
            "措施",
            "指南",
            "纲要",
            "战略",
            "条例",
            "办法",
            "细则",
            "目录",
            "名录",
            "项目库",
            "指标体系",
            "标准",
            "大会",
            "博览会",
            "展览会",
            "论坛",
            "峰会",
            "交易会",
            "洽谈会",
            "大赛",
            "奖",
            "行动计划",
            "行动方案",
            "实施方案",
            "工作方案",
            "实施意见",
            "实施细则",
            "管理办法",
            "若干措施",
            "若干政策",
            "专项行动",
            "规范",
            # a special fund is named with its government (广州市高层次人才专项扶持资金)
            "专项引导资金",
            "专项扶持资金",
            "专项资金",
            "引导资金",
            "扶持资金",
            "奖补资金",
            "发展资金",
        }
        # meetings are named by their topic (振兴装备制造业座谈会), not only by a place
        meetings = {"座谈会", "研讨会", "推进会", "现场会", "交流会"}
        for m in rx.finditer(t):
            head = m.group()
            nxt = t[m.end() : m.end() + 1]
            # the head must close the noun phrase (…导则，) — not 专项规划工作, 行动方案编制
            if (
                nxt
                and _is_han(nxt)
                and nxt not in "的中等和与及为是并或（"
                # 特色现代农业发展资金管理: what is done with a fund closes its name
                and not (head.endswith("资金") and t.startswith(_FUND_USES, m.end()))
            ):
                if not (head == "基金" and nxt not in "会公管") and not (
                    head == "公约" and t.startswith("规定", m.end())
                ):
                    # 与国家中长期科技发展规划紧密结合: a verb after the head closes it too
                    if not (
                        _word_boundaries(t, m.start(), m.end())
                        and _re.match(_CLOSING_VERBS, t[m.end() : m.end() + 4])
                    ):
                        continue
            if m.start() > 0 and t[m.start() - 1] in "本该此":
                continue  # 参照本办法, 该计划: the document itself, no name
            s = self.left_edge(m.start(), max_len=30)
            lv = _LEVEL.match(t, s)
            levelled = bool(lv and lv.end() <= m.start())
            if lv and lv.end() <= m.start():
                s = lv.end()
            elif head.endswith("资金"):
                # 规范市级特色现代农业发展专项资金: the fund's name starts after its level
                inner = list(_re.finditer(r"(?:省|市|县|区|州)级", t[s : m.start()]))
                if inner:
                    s, levelled = s + inner[-1].end(), True
            if head == "基金" or head.endswith("资金"):
                # 2分钱专项电力建设基金, 并将原专项基金: amounts and connectives are no modifier
                q = _re.match(r"[并将原该此这其]+", t[s:])
                if q and s + q.end() < m.start():
                    s += q.end()
                amounts = list(
                    _re.finditer(rf"[\d.{_NUM}]+(?:分钱|亿元|万元|元|钱)", t[s : m.start()])
                )
                if amounts:
                    s += amounts[-1].end()
            stem = t[s : m.start()]
            if head in meetings:
                if (
                    len(stem) >= 6
                    and not self.is_generic(stem)
                    and not _re.search(r"[和与及、的]", stem)
                    # 链长每半年召开一次工作推进会: who holds it how often, no meeting's name
                    and not _re.search(r"召开|举办|举行|召集|一次|每[年季月周半]", stem)
                ):
                    self.add(s, m.end(), "PROGRAM", f"program-head:{head}", tier=2)
                continue
            if len(stem) < 2 or self.is_generic(stem) or _re.search(r"[和与及、]", stem):
                continue
            if stem[0].isdigit() or (stem[0] in _NUM and head != "工程"):
                continue
            lead = _re.match(r"(国家|全国|中国|世界|国际|全球)", stem)
            # 省…/市… as a level prefix, not 市场评价标准 or 省际联盟 (words that only begin so)
            has_place = (
                s in self.gpe_starts
                or bool(lead)
                or (stem[0] in "省市" and not _SHARED_LEAD.match(stem))
                # 市级特色现代农业发展专项资金: the level names the government that holds it
                or (levelled and head.endswith("资金"))
            )
            if head == "活动" and not (
                has_place
                or stem.endswith(campaign)
                or any(len(w) >= 2 and w in stem for w in campaign)
            ):  # 人社厅局长进企业宣讲活动: a campaign word inside the name
                continue
            if head in need_place and not has_place:
                # 人才强市战略, 科教兴国战略: national/regional development strategies
                if not (
                    head == "战略"
                    and _re.search(r"(强国|强省|强市|强区|强县|兴国|兴省|兴市)$", stem)
                ) and not (
                    # 新兴产业发展专项资金, 旅游产业发展引导资金: a fund named by the industry
                    # it develops is a government fund even without its government
                    head.endswith("资金") and len(stem) >= 4 and _FUND_PURPOSE.search(stem)
                ):
                    continue
            if head in ("计划", "行动", "工程") and _re.match(
                r"(实施|开展|推进|加快|深入|一批|若干)", stem
            ):
                continue
            if head == "工程" and _re.search(rf"(?:{_WORKS})$|[{_NUM}\d]期$", stem):
                continue  # 既有建筑光伏项目建设工程, 四期工程: construction works, no programme
            if t[s : m.end()] in self.lex.set_of("not_program"):
                continue  # 民心工程: a set phrase of political language, no name
            if head == "工程" and stem.endswith(self.lex["works_objects"]):
                continue  # 配套电网工程, 用户受电工程, 房屋主体工程: the works on a facility
            if t[s - 1 : s] == "等" and not t.startswith("级", s):
                continue  # 西电东送等国家能源战略: the class noun heading a list, no name
            if head == "标准" and _re.search(
                r"(?:[IVXⅠ-Ⅻ\d一二三四五六]+类|[一二三四五\d]级)$", stem
            ):
                continue  # 水质稳定保持II类标准: a grade of a standard, no standard's name
            if head.endswith("资金") and (
                stem.startswith(("中央", "财政", "各级", "上级", "本级")) or len(stem) < 4
            ):
                continue  # 中央财政专项资金, 省级专项资金: money of a level, no named fund
            if head == "基金" and _re.match(r"(?:做大|做强|做优|壮大|用好|扩大|发挥)", stem):
                continue  # 做大产业基金: growing a kind of fund, no fund's name
            if head == "基金":
                # government funds are PROGRAM; 国家…基金 are companies (firms())
                if _SETUP_VERB.search(t, max(0, s - 3), s) and not has_place:
                    continue  # 社会资本设立绿色低碳产业基金: a fund still to be set up
                if stem.startswith(("国家", "中国")) or not (
                    stem.endswith(("产业", "专项", "发展", "引导", "转换"))
                    or (stem.startswith("专项") and stem.endswith("建设"))
                    or (has_place and stem.endswith("投资"))
                ):
                    continue
            if (
                head in ("标准", "规范")
                and stem.startswith("国家")
                and not stem.startswith("国家标准")
                and len(stem) >= 8
            ):
                s += 2  # 符合国家建筑光伏系统应用技术标准: 国家 is the standard's level
            self.add(s, m.end(), "PROGRAM", f"program-head:{head}", tier=2)
            if head in ("标准", "规范"):
                # …技术标准和建筑节能与可再生能源利用通用规范等文件: a sibling standard (its
                # name may hold 与)
                sib = _SIBLING_STANDARD.match(t, m.end())
                if sib and not self.is_generic(sib.group(1)[:-2]):
                    self.add(sib.start(1), sib.end(1), "PROGRAM", "sibling-standard", tier=2)
        # a national system being set up: 建立全国统一电力市场评价制度, 实行国家…登记制度
        for m in _NATIONAL_SYSTEM.finditer(t):
            w = m.group("n")
            if not _re.search(r"[的和与及等、]|实行|实施", w) and self._closes_name(m.end()):
                self.add(m.start("n"), m.end(), "PROGRAM", "national-system", tier=2)
        # national transfer projects named by their direction: 西电东送, 南水北调, 东数西算
        for m in _TRANSFER_PROJECT.finditer(t):
            if self.boundary_before(m.start()) and self._closes_name(m.end()):
                self.add(m.start(), m.end(), "PROGRAM", "transfer-project", tier=2)
        # X制 named systems (链长制, 赛马制) closing a phrase
        for m in _re.finditer(r"制(?=[、，。；：”等一（\s]|$)", t):
            for k in (3, 2):  # 推行链长制: the 3-character reading fails, the 2-character one holds
                st = m.start() - k
                w = t[st : m.end()]
                if st < 0 or not all(_is_han(c) for c in w) or w.endswith(_NOT_SYSTEM):
                    continue
                if _word_freq(w) >= _COMMON_SYSTEM_FREQ or _word_freq(w[-2:]) >= 20:
                    # 所有制, 股份制: a common noun of the language, not a named system;
                    # 高效轧制: the 制 of a verb (轧制 rolling)
                    break
                # 农村公路路长制: a chief system (河长制, 林长制) is named by its one-character
                # domain, even when the word before ends in the same character
                if self.boundary_before(st) or (k == 2 and w[1] == "长"):
                    self.add(st, m.end(), "PROGRAM", "system", tier=2)
                    break
        # 河长制全面推行, 承担路长制运行: a chief system needs no closing punctuation
        for m in _re.finditer(rf"(?:河湖|[{_HAN}])长制(?![定订度作造约品成])", t):
            if (
                _word_freq(t[m.start() - 1 : m.start() + 1]) < 1000
                or t[m.start() - 1] == t[m.start()]
            ):
                self.add(m.start(), m.end(), "PROGRAM", "system", tier=2)
        self._launched_names()
        # national or regional public platforms: 全国信用信息共享平台, 河北省…共享服务平台
        for m in _re.finditer(r"平台|(?<!信息)系统", t):
            if not self._closes_name(m.end()):
                continue
            s = self.left_edge(m.start(), max_len=24)
            stem = t[s : m.start()]
            lead = _re.match(r"(国家|全国|中国)", stem)
            place_end = self._place_at(s)
            rest = stem[(lead.end() if lead else place_end - s) :]
            if (
                (lead or place_end > s)
                and len(rest) >= 4
                # a national or regional platform is named even by generic words when they are
                # many (国家中小企业公共服务示范平台, 四川省企业技术创新公共服务平台)
                and (not self.is_generic(rest) or len(rest) >= 6)
                and not _re.search(r"[的、，要将]|做好|围绕|依托|利用|通过", stem)
                and not _has_conjunction(stem)
            ):
                self.add(s, m.end(), "PROGRAM", "public-platform", tier=2)
        # responsibility systems: 部门（机构）负责制, 项目法人责任制, 首席专家负责制,
        # 证明事项告知承诺制
        # (not the verb 负责 before 制定/制订: 省发展改革委负责制定…)
        for m in _re.finditer(r"(?:负责制|责任制|承诺制)(?![定订作造])", t):
            s = self.left_edge(m.start(), max_len=10)
            verb = _re.match(r"(?:严格|落实|压实|健全|建立|完善|实行|推行|全面)+", t[s : m.start()])
            if verb and m.start() - s - verb.end() >= 2:
                s += verb.end()  # 严格粮食安全责任制: the verb is no part of the system's name
            stem = t[s : m.start()]
            if 2 <= len(stem) and stem[0] not in self.cues and not _re.search(r"[，。、；]", stem):
                self.add(s, m.end(), "PROGRAM", "responsibility-system", tier=2)
        # named databases and information systems: 国家科技管理信息系统, 国家科技专家库
        for m in _re.finditer(r"(?:管理信息系统|信息系统|数据库|专家库|资源库)", t):
            s = self.left_edge(m.start(), max_len=16)
            stem = t[s : m.start()]
            national = _re.match(r"(国家|全国|中国)", stem)  # 国家科技专家库: national, so named
            if (
                len(stem) >= 4
                and (national or not self.is_generic(stem))
                and not _re.search(r"[和与及的]", stem)
            ):
                self.add(s, m.end(), "PROGRAM", "named-system", tier=2)
        # plans named by their year: 2021-2025年老旧小区改造计划, 2020年兴宁区优化营商环境实施方案,
        # 2018年第三批省级现代农业产业园建设计划 (not 2023年度工作计划: a kind of plan)
        for m in _DATED_PLAN.finditer(t):
            stem = m.group("stem")
            lv = _LEVEL.match(stem)
            core = stem[lv.end() :] if lv else stem
            if (
                len(core) >= 4
                and not self.is_generic(core)
                and not _re.search(r"[的和与及、，]", stem)
                # 到2025年全面完成改造计划: a deadline and a task, no name
                and t[m.start() - 1 : m.start()] not in ("到", "至", "在", "于")
                and not core.startswith(self.lex["task_verbs"] + self.lex["launch_verbs"])
                and not _re.sub(_EFFORT_LEAD, "", core).startswith(self.lex["task_verbs"])
                and not _re.search(r"完成|实现|启动|建成|达到|出台|印发|制定|编制", core)
                and not stem.startswith(("起", "以来", "前", "底", "内"))
                # …规划实施报告: the name goes on
                and (
                    not _is_han(t[m.end() : m.end() + 1] or "。")
                    or t[m.end()] in "的和与及等为是并或"
                )
            ):
                self.add(m.start(), m.end(), "PROGRAM", "dated-plan", tier=2)
        # numbered policy formulas: 三免三减半政策, 一核两极四基地
        for m in _re.finditer(
            rf"(?:[{_NUM}][{_HAN}]{{1,2}}?){{2,4}}(?=政策|战略|布局|模式|工程|制度)", t
        ):
            w = m.group()
            if sum(c in _NUM for c in w) >= 2:
                # 三高四新战略: a strategy is named with its head (三免三减半 is the policy)
                end = m.end() + (2 if t.startswith("战略", m.end()) else 0)
                self.add(m.start(), end, "PROGRAM", "numbered-formula", tier=2)
        # a five-year plan written without its quotes (纳入十四五规划中)
        for m in _re.finditer(r"(?<![“\"])十[一二三四五六七八九]?五(?![”\"])规划", t):
            self.add(m.start(), m.end(), "PROGRAM", "period-plan", tier=2)
        # graded scenic areas (国家3A景区, 4A级旅游景区): a designation of the tourism standard
        for m in _re.finditer(r"(?:国家)?[1-5１-５][AＡ]级?(?:旅游)?景区", t):
            self.add(m.start(), m.end(), "PROGRAM", "graded-scenic-area", tier=2)
        # numbered programmes: 实施六大人才行动计划, 构建三大人才开发支撑体系 (十大工程 above)
        for m in _NUMBERED_PROGRAM.finditer(t):
            stem = m.group("stem")
            if not stem and not m.group().endswith(("工程", "战略", "产业集群")):
                # “六大行动”: a count of actions; 十大工程, 十大战略, 十大产业集群 name a programme
                continue
            taken_on = t.endswith(self.lex["task_verbs"] + ("聚焦", "聚力"), 0, m.start())
            if (
                # 着力打造十大产业集群, 聚焦聚力七大提升行动: a verb taking the programme on
                (self.boundary_before(m.start()) or taken_on)
                and self._closes_name(m.end())
                and not _re.search(r"[的和与及、]", stem)
            ):
                self.add(m.start(), m.end(), "PROGRAM", "numbered-programme", tier=2)
        # a numbered item titled by the project it describes: 4.民营企业家素质提升项目。…,
        # （一）产业提升人才行动计划。…
        for m in _ITEM_TITLE.finditer(t):
            s, e = m.start("name"), m.end("name")
            stem = t[s : m.start("head")]
            if (
                len(stem) >= 2
                and not self._generic_title(stem)
                and not _re.sub(_EFFORT_LEAD, "", stem).startswith(
                    self.lex["task_verbs"] + self.lex["launch_verbs"]
                )
                and not _re.search(r"[，、的]", stem)
            ):
                # a quote inside the title is a fragment of it (“百人计划”拓展项目)
                self.add(s, e, "PROGRAM", "item-title", tier=4)
        # a line that is a document's title without 《》 (1.关于稳住经济的三十条财政政策措施, a
        # supporting document listed under a notice), after the document's own header
        header_end = getattr(self.structure, "header_end", None)
        if header_end is None:
            header_end = t.find("\n") + 1 if "\n" in t else len(t)
        for m in _TITLE_LINE.finditer(t, header_end):
            name = m.group("name")
            if not _re.search(r"印发|转发|[，。；]", name):
                self.add(m.start("name"), m.end("name"), "PROGRAM", "title-line", tier=4)
        # region-prefixed plan titles without 《》: 河南省培育壮大…行动方案
        for s in sorted(self.gpe_starts):
            if not self.boundary_before(s):
                continue
            pm = _re.match(
                rf"[{_HAN}A-Za-z0-9、（）()\-—]{{4,40}}?(?:行动方案|实施方案|工作方案|行动计划|专项规划|发展规划|若干措施|若干政策|实施意见|实施细则|管理办法)",
                t[s:],
            )
            if pm and not _re.search(
                r"的|已|列入|纳入|根据|按照|关于|印发|转发|围绕|结合|依托|贯彻|落实|对照|[要将]",
                pm.group(),
            ):
                self.add(s, s + pm.end(), "PROGRAM", "place-plan-title", tier=2)

    def _launched_names(self) -> None:
        """A campaign, plan or event right after the verb that launches it is named by its
        modifier even without a place: 开展人力资源服务机构稳就业促就业行动, 定期举办全国…大会,
        实施…领军人才培养计划 (heads and verbs in ``entity_programs.txt``)."""
        t = self.text
        verbs = self.lex["launch_verbs"]
        heads = self.lex["launched_heads"]
        if not verbs or not heads:
            return
        rx = _launched_regex(verbs, heads)
        for m in rx.finditer(t):
            s, e = m.start("n"), m.end("n")
            if t.count("“", s, e) > t.count("”", s, e) and t.startswith("”", e):
                e += 1  # 新时代美丽乡村“六大行动”: the quote the head opened closes the name
            if not self._closes_name(e):
                continue
            if t[s] == "好" and e - s >= 6:
                s += 1  # 实施好…专项计划: 好 completes the verb (do well), not the name
            lv = _LEVEL.match(t, s)
            if lv and lv.end() < e:
                s = lv.end()
            name = t[s:e]
            head = m.group("h")
            stem = name[: -len(head)]
            if (
                len(stem) < 5
                or self.is_generic(stem)
                or _re.search(r"[的、，]", stem)
                or _re.match(
                    r"(各类|各种|多种|多项|系列|一批|若干|相关|有关|多场|形式多样|本|该|完成)", stem
                )
                or any(stem.startswith(v) for v in verbs)
            ):
                continue
            self.add(s, e, "PROGRAM", f"launched:{head}", tier=2)

    def _place_at(self, s: int) -> int:
        """End of the longest found place starting at ``s`` (``s`` when there is none)."""
        return max((e for s0, e in self.gpe if s0 == s), default=s)

    def projects(self) -> None:
        """Named projects: a place or a facility distinguishes …项目 (大连…乙烯项目, 庄河电厂项目).

        ``X、Y和Z等项目`` lists take PROGRAM for every item; a project named only by its kind
        (新建乙烯项目, 热电联产项目, 辽宁电力建设项目) is no name.
        """
        t = self.text
        for m in _re.finditer(r"项目(?!库|法人|单位|资金|管理|建设|审批|申报)", t):
            e = m.end()
            nxt = t[e : e + 2]
            if (
                nxt
                and _is_han(nxt[0])
                and nxt[0] not in "的等和与及为是并或已作"
                and nxt not in ("列入", "纳入", "问题")
            ):
                continue
            s = self.left_edge(m.start(), max_len=20)
            for k in range(m.start() - 1, s - 1, -1):  # 委托…公司对X项目: cut after 对/将/把
                if t[k] in "对将把向从在":
                    s = k + 1
                    break
            lv = _LEVEL.match(t, s)
            if lv and lv.end() <= m.start():
                s = lv.end()
            # the nearest place opens the name (…请求尽快审批庄河电厂项目)
            inner = [g for g in self.gpe_starts if s < g < m.start() - 2]
            if inner and not _FACILITY.search(t[s : max(inner)]):
                s = max(inner)
            stem = t[s : m.start()]
            rest = t[self._place_at(s) : m.start()]
            if (
                len(stem) < 2
                or len(rest) < 2
                or self.is_generic(rest)
                or _re.search(r"[和与及、的]", stem)
                or rest.endswith(_GENERIC_PROJECT_ENDS)
            ):
                continue
            if s in self.gpe_starts or _FACILITY.search(stem):
                self.add(s, e, "PROGRAM", "named-project", tier=2)
        # a phase of a facility is a project: 营口电厂二期(工程)
        for s0, e0 in self.gpe:
            pm = _re.match(
                rf"[{_HAN}]{{0,6}}?{_FACILITY.pattern}[{_NUM}]期(?:工程|项目)?", t[e0 : e0 + 20]
            )
            if pm and not _re.search(r"[和与及的]", pm.group()):
                self.add(s0, e0 + pm.end(), "PROGRAM", "project-phase", tier=2)
        # 营口电厂二期、丹东电厂二期和…以及阜新电厂等项目
        for m in _re.finditer(r"等(?:重点|重大)?(?:项目|工程)", t):
            i = m.start()
            while (
                i > 0
                and m.start() - i < 80
                and (_is_name_char(t[i - 1]) or t[i - 1] == "、")
                and t[i - 1] not in self.breaks
            ):
                i -= 1
            items = self._conj_items(i, m.start())
            if len(items) < 2:
                continue
            if any(_LIST_WORKS.search(t, ps, pe) for ps, pe in items):
                continue  # …管线改造、…路面铺装等工程: construction works, no named projects
            for ps, pe in items:
                w = t[ps:pe]
                if (
                    2 <= len(w) <= 12
                    and not self.is_generic(w)
                    and (ps in self.gpe_starts or _FACILITY.search(w))
                ):
                    self.add(ps, pe, "PROGRAM", "list:project", tier=3)
        # plans and special funds entered into: 已列入振兴规划, 可列入国债专项
        for m in _re.finditer(
            rf"(?:列入|纳入)([{_HAN}]{{2,10}}?(?:规划|专项))(?=[^{_HAN}]|的|予以|给予|支持)", t
        ):
            w = m.group(1)
            stem = w[:-2]
            if _LEVEL.match(stem):
                continue  # 纳入省级能源发展规划: the plan every province has, no name
            if not self.is_generic(stem) and not _re.search(r"[和与及的]", stem):
                self.add(m.start(1), m.end(1), "PROGRAM", "entered-plan", tier=2)

    def _conj_items(self, s: int, e: int) -> list[tuple[int, int]]:
        """Items of a list joined by 、 和 与 及 以及 (the first one cut like :meth:`_list_items`)."""
        t = self.text
        out: list[tuple[int, int]] = []
        pos = s
        for piece in _re.split(r"(、|以及|和|与|及)", t[s:e]):
            if piece in ("、", "以及", "和", "与", "及"):
                pos += len(piece)
                continue
            out.append((pos, pos + len(piece)))
            pos += len(piece)
        if len(out) < 2:
            return out
        fs, fe = out[0]
        cut = self.left_edge(fe, max_len=fe - fs, min_stem=0, any_cue=True)
        if fe - cut < 2:
            cut = self.left_edge(fe, max_len=fe - fs, min_stem=0)
        fs = max(fs, cut)
        longest = max(pe - ps for ps, pe in out[1:])
        if fe - fs > longest + 2:
            cands = [g for g in self.gpe_starts if fs <= g < fe]
            fs = min(cands) if cands else fe - longest
        out[0] = (fs, fe)
        return [(a, b) for a, b in out if b - a >= 2]

    def laws_and_systems(self) -> None:
        """Laws cited by name (执行网络安全法等法律法规) and named responsibility systems.

        A law is ``X法`` right after a verb of compliance or before ``等法律`` / ``规定`` /
        ``第…条``; ``落实网络意识形态责任制``: a system named by its domain after the verb.
        """
        t = self.text
        laws = [
            (m.start(), self.left_edge(m.start(), max_len=14))
            for m in _re.finditer(
                r"法(?=等(?:有关|相关)?法律|等法规|第[\d一二三四五六七八九十百]+条|(?:的)?(?:有关|相关)?规定)",
                t,
            )
        ]
        # a law after a verb of compliance, closing its phrase: 贯彻外商投资法及实施条例,
        # 落实行政处罚法“轻微违法不处罚”
        for m in _COMPLY_LAW.finditer(t):
            e = m.end("n")
            if e >= len(t) or not _is_han(t[e]) or t[e] in "及和与等的":
                laws.append((e - 1, m.start("n")))
        for pos, s in laws:
            if t[pos] != "法":
                continue
            stem = t[s:pos]
            verb = _re.match(_COMPLY_LAW.pattern.split("(?P<n>")[0], stem)
            if verb:  # 违反本法 -> 本法
                s += verb.end()
                stem = t[s:pos]
            if stem.startswith(("本", "该", "此", "上述", "前款")):
                continue
            if len(stem) < 2 or self.is_generic(stem) or _re.search(r"[和与及、的]", stem):
                continue
            if stem.endswith(_NOT_LAW_ENDS) or stem[-1] in "依合违立执守司办方做用说":
                continue
            self.add(s, pos + 1, "PROGRAM", "law", tier=2)
        for m in _re.finditer(
            rf"(?:落实|实行|推行|实施|建立|健全|完善|严格)([{_HAN}]{{2,10}}?(?:责任制|负责制|问责制))(?=[^{_HAN}]|$)",
            t,
        ):
            w = m.group(1)
            stem = _re.sub(r"(责任制|负责制|问责制)$", "", w)
            if len(stem) >= 2 and not self.is_generic(stem) and not _re.search(r"[和与及的]", stem):
                self.add(m.start(1), m.end(1), "PROGRAM", "named-system", tier=3)

    def _generic_designation(self, s: int, e: int) -> bool:
        """A designation word used as a plain noun: 实施智能工厂、数字化车间项目, 新建的绿色数据中心.

        Designations are PROGRAM when firms or places apply for or are selected into them
        (GUIDELINES §4); a list of them followed by 项目 / 建设, or one introduced by 新建 / 实施,
        names things being built, not the scheme.
        """
        t = self.text
        if t[s:e].endswith(_PLACE_DESIGNATION_ENDS):
            return False  # 建设国家物流枢纽承载城市: a place becomes one, nothing is built
        j = e
        while True:  # skip the rest of a 、-list of designations
            n = self.lex.regex("designations").match(t, j + 1) if t[j : j + 1] == "、" else None
            if not n:
                break
            j = n.end()
        if t.startswith(("项目", "建设", "改造"), j):
            return True
        before = t[max(0, s - 4) : s]
        return bool(
            _re.search(r"(新建的|新建|实施|建设|对)$", before)
        ) and not _DESIGNATION_VERBS.search(t[max(0, s - 8) : s])

    def designations(self) -> None:
        t = self.text
        desig = self.lex.regex("designations")
        ext = _re.compile(
            rf"(?:[{_HAN}]{{0,6}}?(?:装备|材料|软件|产品))(?:产品|综合保险|保险)?(?:推广应用)?(?:目录)?"
        )
        for m in desig.finditer(t):
            s, e = m.start(), m.end()
            if not m.group().startswith("首") and self._generic_designation(s, e):
                continue
            if m.group().startswith("首"):
                x = ext.match(t, e)
                if x:
                    e = x.end()
                ls = self.left_edge(s, max_len=12, min_stem=0)
                if ls < s and ls in self.gpe_starts:
                    s = ls
            self.add(s, e, "PROGRAM", "designation", tier=3)
        # …创建单位 / 示范单位: the designation before it (…综合基地创建单位)
        for m in _re.finditer(r"(创建单位|示范单位|试点单位|培育单位)", t):
            s = self.left_edge(m.start(), max_len=16)
            stem = t[s : m.start()]
            if len(stem) >= 4 and not self.is_generic(stem):
                self.add(s, m.start(), "PROGRAM", "designation-unit", tier=2)
        # X示范基地 / 示范企业 / 示范项目 / 先导区 / 名园
        for m in _re.finditer(
            r"(示范基地|示范企业|试点示范项目|示范项目|先导区|名园|贷款项目库|领航企业)", t
        ):
            s = self.left_edge(m.start(), max_len=20)
            # 评选3至5家省级…领航企业: a count and a level word are no part of the name
            count = _COUNT_LEAD.match(t, s, m.start())
            if count:
                s = count.end()
            if m.group().endswith(("项目", "基地")) and _BUILD_VERB.search(t, max(0, s - 8), s):
                continue  # 建设一批光伏建筑一体化示范项目: works being built, no designation
            lv = _LEVEL.match(t, s)
            if lv and lv.end() <= m.start():
                s = lv.end()
            stem = t[s : m.start()]
            if stem.endswith(("部", "厅", "局", "委", "办")):
                continue  # 工信部领航企业: the body that names it, the bare designation stays
            if len(stem) >= 2 and not self.is_generic(stem) and s not in self.gpe_starts:
                if not _re.search(r"[和与及]", stem):
                    s = _after_level(t, s, m.end())
                    self.add(s, m.end(), "PROGRAM", "designation-head", tier=2)
        # after a designation verb: 争创国家制造业创新中心, 认定中国驰名商标, 获批筹建的国家…中心
        dh = "|".join(
            re.escape(h)
            for h in self.lex["designation_heads"]
            + self.lex["honour_heads"]
            + ("商标", "奖", "称号", "实验室", "名园")
        )
        seg_rx = _re.compile(
            rf"(?:的|新)?((?:国家|全国|中国|中华|省)[{_HAN}（）]{{2,16}}?(?:{dh}))"
        )
        for v in _DESIGNATION_VERBS.finditer(t):
            pos = v.end()
            # 参评中华技能大奖、全国技术能手: every item of a list after the verb
            while seg := seg_rx.match(t[pos : pos + 24]):
                # 获得国家级奖项的作品给予奖励: a class noun then a clause, no designation
                if _re.search(r"[和与及]|的|给予|^(?:国家|省|市)级奖", seg.group(1)):
                    break
                s = pos + seg.start(1)
                lv = _re.match(r"(?:国家|省|市)级", seg.group(1))
                if lv and (
                    _FIRM_HONOUR_END.search(seg.group(1))
                    or seg.group(1)[lv.end() :].endswith(_PLACE_DESIGNATION_ENDS)
                ):
                    # 评为国家级绿色工厂, 创建省级全域旅游示范区: the level stays out of a firm's
                    # honour and of a place's designation (GUIDELINES §4)
                    s += lv.end()
                s = _after_level(t, s, pos + seg.end(1))
                self.add(s, pos + seg.end(1), "PROGRAM", "designation-verb", tier=3)
                pos += seg.end()
                if t[pos : pos + 1] != "、":
                    break
                pos += 1
        # 入选第二批中小企业数字化转型试点城市: a selection names the designation it enters
        for v in _re.finditer(
            r"(入选|获评|评为|认定为|获批|列为|晋级|升级为)(第[\d一二三四五六七八九十]+批)?", t
        ):
            seg = _re.match(
                rf"((?:国家级|省级|市级)?)([{_HAN}“”（）]{{4,16}})(?=[^{_HAN}]|$)", t[v.end() :]
            )
            if (
                seg
                and _re.search(rf"(?:{dh})$", seg.group(2))
                and not self.is_generic(seg.group(2))
            ):
                if not _re.search(r"[和与及或的]", seg.group(2)):
                    s = v.end() + seg.start(2)
                    self.add(s, s + len(seg.group(2)), "PROGRAM", "designation-selected", tier=3)
        # a pilot scheme taken on or applied for (开展数字乡村建设试点, 申报国家要素市场化配置综合改革
        # 试点): the scheme, without its level, is a designation
        for m in _PILOT_AFTER_VERB.finditer(t):
            name = m.group("n")
            if (
                not _re.search(r"[的和与及等、]|相关|领域|工作|多个|一批", name)
                and not self.is_generic(name[:-2])
                and not name.startswith(("国家", "省级", "市级", "县级"))
            ):
                self.add(m.start("n"), m.end("n"), "PROGRAM", "pilot-scheme", tier=2)
        # a kind of designation after its level word (创建省级现代农业示范园区, 国家级、省级旅游
        # 度假区, 完成2家市级专业镇评定): the designation, without the level, when the name ends
        # there (at punctuation, a conjunction or a verb of rating)
        ends = self.lex.regex("level_designation_ends").pattern
        for m in _re.finditer(
            rf"{_LEVEL_WORD}(?:[、和及]{_LEVEL_WORD})*"
            rf"(?P<n>[{_HAN}]{{0,14}}?(?P<h>{ends}))"
            # the name ends there: not 省级先进制造业集群重点产业链, 市级生态示范村创建活动
            rf"(?=[^{_HAN}]|[和及与、等的为]|建设|评定|认定|称号|发展到|达到|不少于|$)",
            t,
        ):
            name, stem = m.group("n"), t[m.start("n") : m.start("h")]
            if (
                len(name) >= 3
                and not _re.search(r"[和与及的]|以上|以下", name)
                and (not stem or not self.is_generic(stem))
            ):
                self.add(m.start("n"), m.end("n"), "PROGRAM", "level-designation", tier=2)
        # awards: 中国专利奖, 河北省专利奖, 省政府质量奖组织奖
        for m in _re.finditer(rf"[{_HAN}]{{2,16}}?奖(?:提名奖|组织奖|金奖|银奖)?", t):
            s = self.left_edge(m.start() + m.group().index("奖"), max_len=18)
            name = t[s : m.end()]
            if (
                _re.match(rf"(中国|中华|全国|国家|省|[{_HAN}]{{2,3}}省)", name)
                and len(name) >= 4
                and not _re.search(r"(奖励|奖补|补奖)", t[m.start() : m.end() + 1])
                # 国家级奖项 / 给予奖金: a class of awards or money, not an award's name
                and not _re.match(r"项(?!目)|金|牌", t[m.end() : m.end() + 2])
                and not _re.search(r"的|给予|^(?:国家|省|市)级奖", name)
            ):
                self.add(s, m.end(), "PROGRAM", "award", tier=2)

    def lists(self) -> None:
        """List typing: items of ``A、B、C等 …HEAD`` take the type of HEAD."""
        t = self.text
        heads = {
            "FIRM": r"(?:企业|公司|集团|厂商|厂家|龙头|银行|整车厂|主机厂|车企|药企|房企|险企|券商)",
            "GPE": r"(?:城市|省辖市|地级市|地市|市|县|区|县区|市县|省份|省|地区)",
            "ORG": r"(?:高校|院校|大学|部门|单位|机构|院所)",
            "PROGRAM": r"(?:法律法规|法律|法规|行政法规)",  # 网络安全法、数据安全法等有关法律法规
        }
        item = rf"[{_HAN}A-Za-z0-9（）()•]{{2,20}}"
        lst = _re.compile(rf"({item}(?:、{item})+)等(?:\s*[\d{_NUM}余多]+\s*[个家所座])?")
        programs: set[tuple[int, int]] = set()  # PROGRAM candidates so far (grows with the loop)
        seen = 0
        for m in lst.finditer(t):
            after = t[m.end() : m.end() + 20]
            label = None
            head_end = m.end()
            for lab, h in heads.items():
                hm = _re.match(
                    rf"[^，。；：、\s]{{0,16}}?{h}(?:\s*[\d{_NUM}余多]+\s*[个家所座])?", after
                )
                if (
                    hm
                    and lab == "FIRM"
                    and _re.search(
                        r"^(?:行业|产业|领域|业态|场景)|(?:行业|产业|领域|业态|场景)的", hm.group()
                    )
                ):
                    # 以出行、外卖等行业的平台企业为重点: the items are industries (not 等汽摩产业
                    # “小巨人”企业, firms of an industry)
                    hm = None
                if (
                    hm
                    and lab == "FIRM"
                    and _re.search(
                        r"方面|支持|鼓励|引导|推动|带动|扶持|培育|大力|一批|构成|组成|相加|包括|作为",
                        hm.group(),
                    )
                ):
                    # 从项目引进、开工建设等方面大力支持…企业 / 豆制品、酒类等一批食品企业 /
                    # 价格、基金等直接相加构成…企业电价: the items are fields, product classes or
                    # amounts, the firms come after a verb
                    hm = None
                if hm and lab == "FIRM" and "的" in hm.group():
                    tail = after[hm.end() : hm.end() + 1]
                    if tail and _is_han(tail) and tail not in "的等和与及在要将为是开积加深推建参":
                        hm = None  # 等要素的企业网络: 企业 qualifies another noun, no firm head
                if hm and lab == "GPE" and hm.group().endswith(("分区", "专区")):
                    hm = None  # 对食品、服装等销售合理分区: a division of goods, not places
                if hm and lab == "GPE" and len(_re.sub(rf"[^{_HAN}]", "", hm.group())) > 8:
                    # 商业、文化等新改扩建项目应全面落实海绵城市…: a 城市 far on in the
                    # clause is no head of the list (等7个地级市, 等重点城市 are)
                    hm = None
                if hm and lab == "GPE" and _re.search(r"[市县区省]$", hm.group()):
                    tail = after[hm.end() : hm.end() + 1]
                    if tail and _is_han(tail) and tail not in "的等和与及在要将为是开积加深推建":
                        hm = None  # 市场, 区域, 县域: not a place head
                if hm:
                    label = lab
                    head_end = m.end() + hm.end()
                    break
            items = self._list_items(m.start(1), m.end(1))
            programs.update((c.start, c.end) for c in self.cands[seen:] if c.label == "PROGRAM")
            seen = len(self.cands)
            if (
                label is None
                and all(e - s <= 6 for s, e in items)
                and any(item in programs for item in items)
                and not any(
                    _MANAGEMENT_WORD.search(t, s, e) for s, e in items if (s, e) not in programs
                )
            ):
                label = "PROGRAM"  # 揭榜挂帅、赛马制等: siblings of a named system
            if (
                label is None
                and _re.match(r"(?:专项|系列|品牌|主题)?(?:活动|行动)", after)
                and any(e in {pe for _, pe in programs} for _, e in items)
            ):
                # 举办…就业服务周、国聘行动、人力资源服务进校园进企业等专项活动: the named
                # campaigns of a list of campaigns
                for s, e in items:
                    w = t[s:e]
                    if e not in {pe for _, pe in programs} and (
                        w.endswith(self.lex["launched_heads"])
                        or any(len(c) >= 2 and c in w for c in self.lex["campaign_words"])
                    ):
                        if not self.is_generic(w) and w[0] not in self.cues:
                            self.add(s, e, "PROGRAM", "list:campaign", tier=3)
                continue
            if label is None:
                # no head: a list of places if any item is a known place
                if any(s in self.gpe_starts and (s, e) in self.gpe for s, e in items) and all(
                    e - s <= 4 for s, e in items
                ):
                    label = "GPE"
                else:
                    continue
            if label == "FIRM" and any(_department_word(t[s:e], self.gaz) for s, e in items):
                continue  # 经信、财政、商务、税务等企业年报: departments' fields, no firms
            if label == "FIRM" and items and t.endswith(("一批", "一批次"), 0, items[0][0]):
                continue  # 收集一批疫情防控、生活保供等重点企业: kinds of firms, no names
            for s, e in items:
                w = t[s:e]
                if label == "FIRM" and (w in self.lex.set_of("actor_groups") or self.is_generic(w)):
                    continue
                if label == "FIRM" and not self._firm_item_ok(w):
                    continue
                if label == "GPE" and not self._list_place_ok(s, e):
                    continue
                if label == "PROGRAM" and (self.is_generic(w) or w[0] in self.cues):
                    continue
                if label == "PROGRAM" and head_end > m.end() and not _LAW_NAME.fullmatch(w):
                    continue  # under a 法律法规 head only law names count
                if label == "ORG" and not w.endswith(
                    (*tuple(self.lex["org_suffixes"]), "大学", "学院")
                ):
                    continue
                self.add(s, e, label, f"list:{label}", tier=3)
            # the designation named by the head (…等制造业头雁企业5家 / 等国家级专精特新“小巨人”企业)
            if label == "FIRM":
                hd = t[m.end() : head_end]
                dm = _re.match(
                    rf"\s*(?:国家级|省级|市级)?([{_HAN}“”]{{4,14}}?企业)\s*[\d{_NUM}]+\s*家",
                    hd + t[head_end : head_end + 6],
                )
                if (
                    dm
                    and not self.is_generic(dm.group(1)[:-2])
                    and "“" not in dm.group(1)
                    and not self.lex.regex("designations").search(dm.group(1))
                ):
                    ds = m.end() + dm.start(1)
                    self.add(ds, ds + len(dm.group(1)), "PROGRAM", "list-designation", tier=2)

        # a Latin company name in a list of firms: 与沙特SABIC等企业
        for m in _re.finditer(
            r"(?<![A-Za-z])([A-Z][A-Za-z0-9&]{2,15})(?=(?:、|等|和|与)[^，。；\s]{0,8}?(?:企业|公司|集团|厂商))",
            t,
        ):
            self.add(m.start(1), m.end(1), "FIRM", "list:latin-firm", tier=2)

    def _strip_lead_words(self, a0: int, b0: int) -> int:
        """Where a short name ending at ``b0`` starts when the walk from ``a0`` took in the words
        before it: 包括刘仁八 (not 括刘仁八), 保持边城, 优化建设连接甘其毛都, 涉及了罗城镇."""
        t = self.text
        w0 = max(0, a0 - 4)
        cuts = {w0 + c for c in _jieba_cuts(t[w0:b0])}
        if a0 not in cuts and a0 > w0:
            a0 = min((c for c in cuts if c > a0), default=b0)
        while True:
            nxt = min((c for c in cuts if c > a0), default=b0)
            if b0 - nxt >= 2 and nxt - a0 >= 2 and _word_freq(t[a0:nxt]) >= _COMMON_WORD_FREQ // 2:
                a0 = nxt  # a common word before the name is no part of it
            elif b0 - a0 >= 4 and _word_freq(t[a0 : a0 + 2]) >= _COMMON_WORD_FREQ:
                a0 += 2
            elif b0 - a0 >= 3 and t[a0] in "了的是有在对向把将为与和及或并":
                a0 += 1  # a particle before the name
            else:
                return a0

    def counted_places(self) -> None:
        """Places listed with their number and unit: 边城、吉卫、龙潭3个镇, 甲乙、丙丁两地.

        The count must equal the number of items, so the list is exactly the units it names;
        each item is a short name (no class word, no cue, not generic).
        """
        t = self.text
        item = rf"[{_HAN}]{{2,5}}"
        for m in _re.finditer(
            rf"({item}(?:、{item})+)等?\s*([\d{_NUM}两]+)\s*"
            rf"(?:个?(?:乡镇|镇|乡|街道|村|县|地)(?![长委级政党干])|条[{_HAN}]{{0,2}}(?:河流|河|江))",
            t,
        ):
            n = _count_value(m.group(2))
            pieces = m.group(1).split("、")
            # the last two items may be joined by 和 / 及 (漳河和沁河4条河流)
            last = _re.fullmatch(rf"([{_HAN}]{{2,3}})[和及与]([{_HAN}]{{2,3}})", pieces[-1])
            if n is not None and n == len(pieces) + 1 and last:
                pieces[-1:] = [last.group(1), "", last.group(2)]
            elif n is None or n != len(pieces):
                continue
            pos = m.start(1)
            spans = []
            for piece in pieces:
                if piece:
                    spans.append((pos, pos + len(piece)))
                pos += len(piece) + (1 if piece else 0)
            # the first item starts the list: nothing of a word before it (包括甲乙、丙丁两地)
            a0, b0 = spans[0]
            a0 = self._strip_lead_words(a0, b0)
            longest = max(b - a for a, b in spans[1:])
            if b0 - a0 > longest + 1:  # 串联新屋村、江畈村: the first item is as long as the others
                w0 = max(0, a0 - 4)
                a0 = min(
                    (w0 + c for c in _jieba_cuts(t[w0:b0]) if 2 <= b0 - w0 - c <= longest + 1),
                    default=b0,
                )
            spans[0] = (a0, b0)
            words = [t[a:b] for a, b in spans]
            if any(
                len(w) < 2
                or self.is_generic(w)
                or _word_freq(w) >= _COMMON_WORD_FREQ
                or w[0] in self.cues
                or any(c in "的等各全本该每个" for c in w)
                for w in words
            ):
                continue
            rivers = "条" in t[m.end(2) : m.end()]
            if rivers and not all(w.endswith(("河", "江", "渠", "溪")) for w in words):
                continue  # 4条河流 counts rivers: every item is one
            # one item at least is a rare word or a known place (调研、走访两地 are verbs)
            if not rivers and not any(
                _word_freq(t[a:b]) < _RARE_STEM_FREQ or (a, b) in self.gpe for a, b in spans
            ):
                continue
            for a, b in spans:
                self.add(a, b, "GPE", "counted-place", tier=3)

    def _firm_item_ok(self, w: str) -> bool:
        """Could the list item ``w`` be a firm's name (not a class: 制造业, 龙头企业)?"""
        if w in _firm_index(self.lex).full:
            return True
        if w in self.lex.set_of("actor_groups") or self.is_generic(w):
            return False
        if _department_word(w, self.gaz):
            return False  # 经信、财政、商务、税务等企业年报: departments' fields, no firms
        suffix = next((x for x in self.lex["firm_suffixes"] if w.endswith(x)), "")
        if suffix not in ("", "银行") and self._made_of(
            w[: -len(suffix)], self.lex.set_of("firm_class_stems")
        ):
            return False  # 证券公司、资产管理公司: classes of firms
        if w.endswith(("企业", "行业", "产业", "产品", "制造业", "服务业", "农业", "工业")):
            return False
        if w.endswith(("座谈会", "对接会", "推介会", "洽谈会", "会议", "论坛", "活动")):
            return False  # 通过座谈会、对接会等形式让企业…: meetings, no firms
        if w.endswith(self.lex["org_suffixes"]) and not w.endswith(self.lex["firm_suffixes"]):
            return False  # …公司、西北电力设计总院: an institute keeps its own type
        if w.endswith("业") and len(w) <= 3:
            return False
        if w.startswith("牌"):
            return False  # “旭耕”牌有机蔬菜: a brand's product, no firm
        if _re.search(r"[的和与及]", w) or w[0] in self.cues or w[:2] in self.cues:
            return False
        return not (any(g == 0 for g in (w.find(x) for x in ("各", "有关", "相关", "重点"))))

    def firm_siblings(self) -> None:
        """Items of a 、-list whose other items are firms are firms too.

        ``中国石化、国家电网、浪潮和某某科技`` — when at least half of the items (and at least
        one) are firms found by the gazetteer or by their suffix, the remaining name-like items
        (short, not generic, not a class noun, not a known place) are firms.
        """
        t = self.text
        known_firms = _firm_index(self.lex).full
        firm_spans = {
            (c.start, c.end)
            for c in self.cands
            if c.label == "FIRM" or t[c.start : c.end] in known_firms
        }
        if not firm_spans:
            return
        item = rf"[{_HAN}A-Za-z0-9（）()•]{{2,24}}"
        rx = _re.compile(rf"{item}(?:、{item})+(?:(?:和|与|及|以及){item})?")
        for m in rx.finditer(t):
            pieces: list[tuple[int, int]] = []
            pos = m.start()
            for piece in m.group().split("、"):
                pieces.append((pos, pos + len(piece)))
                pos += len(piece) + 1
            # the last item may hold a final conjunct: …、国家电网和中国移动联合发布
            ls, le = pieces[-1]
            cj = _re.compile(r"(?<![参给])(?:以及|和|与|及)(?![时其他])").search(t, ls + 2, le)
            if cj and le - cj.end() >= 2:
                pieces[-1:] = [(ls, cj.start()), (cj.end(), le)]
            # first item: cut after a cue (支持华为 -> 华为); last item: stop before 等…
            fs, fe = pieces[0]
            cut = self.left_edge(fe, max_len=fe - fs, min_stem=0, any_cue=True)
            if fe - cut < 2:
                cut = self.left_edge(fe, max_len=fe - fs, min_stem=0)
            pieces[0] = (max(fs, cut), fe)
            pieces[-1] = self._last_item(*pieces[-1], firm_spans, pieces[:-1])
            known = [p for p in pieces if p in firm_spans]
            if not known or 2 * len(known) < len(pieces):
                continue
            for ps, pe in pieces:
                if (ps, pe) in firm_spans or pe - ps < 2 or pe - ps > 8:
                    continue
                w = t[ps:pe]
                if (ps, pe) in self.gpe or not self._firm_item_ok(w):
                    continue
                if t[ps - 1 : ps] == "的":
                    continue  # 如机场集团的城市候机楼、…: a firm's asset, no firm
                self.add(ps, pe, "FIRM", "list:firm-siblings", tier=3)

    def trade_name_lists(self) -> None:
        """Firms listed by trade name and business (加快富祥科技、凌富科技项目达产): two or more
        items of a 、-list made of a rare two- or three-character trade name and a business word
        are firms; a common word before the business (信息科技, 数字科技) is a field, and the
        last item must end the list (黑猫新材料产业基地 is a site)."""
        t = self.text
        one = rf"[{_HAN}]{{2,3}}?(?:{_TRADE_BUSINESS})"
        for m in _re.finditer(rf"{one}(?:、{one})+", t):
            items: list[tuple[int, int]] = []
            pos = m.start()
            for piece in m.group().split("、"):
                items.append((pos, pos + len(piece)))
                pos += len(piece) + 1
            # the first item: a two- or three-character trade name after a cue or a boundary
            a0, b0 = items[0]
            blen = len(_TRADE_BUSINESS_AT_END.search(t, a0, b0).group())  # type: ignore[union-attr]
            first = next(
                (
                    b0 - blen - k
                    for k in (2, 3)
                    if b0 - blen - k >= a0
                    and (
                        self.boundary_before(b0 - blen - k)
                        or any(t[b0 - blen - k - n : b0 - blen - k] in self.cues for n in (1, 2, 3))
                    )
                ),
                None,
            )
            if first is None:
                items = items[1:]
            else:
                items[0] = (first, b0)
            end = items[-1][1] if items else m.end()
            nxt = t[end : end + 2]
            if (
                nxt
                and _is_han(nxt[0])
                and not (nxt[0] in "等和与及的" or nxt in ("项目", "带动", "公司", "集团", "企业"))
            ):
                items = items[:-1]
            trade = [
                (a, b)
                for a, b in items
                if (stem := _TRADE_STEM.match(t, a, b))
                and _word_freq(stem.group(1)) < _RARE_STEM_FREQ
                and not self.is_generic(stem.group(1))
                and a not in self.gpe_starts
                and not any(c in self.cues or c in self.breaks for c in stem.group(1))
            ]
            if len(trade) >= 2:
                for a, b in trade:
                    self.add(a, b, "FIRM", "list:trade-names", tier=2)

    def _list_place_ok(self, s: int, e: int) -> bool:
        """An item of a list of places: at most five characters, not generic, and a known place,
        a short name that is no common word (福清、长乐等地), or one ending like a place
        ([list_place_ends]) but not like a kind of area ([place_class_endings]) — 文化创意、现代物流
        等领域 and 旅游景区、博物馆等场所 are no places."""
        w = self.text[s:e]
        if e - s > 5 or self.is_generic(w):
            return False
        if (s, e) in self.gpe or (len(w) <= 3 and _word_freq(w) < 10 * _RARE_STEM_FREQ):
            return True
        return w.endswith(self.lex["list_place_ends"]) and not w.endswith(
            self.lex["place_class_endings"]
        )

    def _last_item(
        self,
        ls: int,
        le: int,
        firm_spans: set[tuple[int, int]],
        others: list[tuple[int, int]],
    ) -> tuple[int, int]:
        """The last item of a list runs on into the sentence: cut it before 等, a verb or a cue."""
        t = self.text
        known = [e for s, e in firm_spans if s == ls and e <= le]
        if known:
            return ls, max(known)
        # a firm head closes the item: …和大连船用柴油机厂先就…
        hm = _re.match(rf"[{_HAN}A-Za-z0-9•]{{2,14}}?(?:有限公司|公司|集团|厂)", t[ls:le])
        if hm and not t.startswith(("房", "区", "商", "家", "长"), ls + hm.end()):
            return ls, ls + hm.end()
        cues = _long_cues(self.lex)
        for p in range(ls + 2, le):
            if t[p] == "等" or t.startswith(_FIRM_FOLLOWERS, p) or cues.match(t, p):
                return ls, p
        longest = max((e - s for s, e in others), default=0)
        return (ls, le) if le - ls <= longest + 1 else (ls, ls)

    def _list_items(self, s: int, e: int) -> list[tuple[int, int]]:
        t = self.text
        out: list[tuple[int, int]] = []
        pos = s
        pieces = t[s:e].split("、")
        for k, piece in enumerate(pieces):
            ps, pe = pos, pos + len(piece)
            pos = pe + 1
            if k == 0:
                # first item: cut after a cue; keep it no longer than the others + 2
                cut = self.left_edge(pe, max_len=pe - ps, min_stem=0, any_cue=True)
                if pe - cut < 2:  # a one-character cue closing the item (支持华为: 为)
                    cut = self.left_edge(pe, max_len=pe - ps, min_stem=0)
                ps = max(ps, cut)
                others = [len(x) for x in pieces[1:]] or [len(piece)]
                if pe - ps > max(others) + 2:
                    cands = [g for g in self.gpe_starts if ps <= g < pe]
                    ps = min(cands) if cands else pe - max(others)
            if pe - ps >= 2:
                out.append((ps, pe))
        return out

    def short_names(self) -> None:
        """（以下简称“星河汽车”）: the short name takes the label of the name it abbreviates."""
        t = self.text
        for m in _re.finditer(
            r"[（(]\s*(?:以下)?(?:简称|称)为?[：:]?\s*(?:[“\"「]([^”\"」\n]{2,12})[”\"」]"
            rf"|([{_HAN}A-Za-z0-9]{{2,12}})(?=[)）]))",
            t,
        ):
            alias = m.group(1) or m.group(2)
            a_start = m.start(1) if m.group(1) else m.start(2)
            pos = m.start()
            while pos > 0 and t[pos - 1].isspace():
                pos -= 1
            best = max(
                (c for c in self.cands if c.end == pos and c.label in ("ORG", "FIRM", "PROGRAM")),
                key=lambda c: (c.end - c.start, c.tier),
                default=None,
            )
            if best is not None:
                if best.label == "PROGRAM" and (
                    alias in self.lex["program_heads"] or self.is_generic(alias)
                ):
                    continue  # （以下简称专项资金）: a class word for the name, no name itself
                self.add(a_start, a_start + len(alias), best.label, "short-name", tier=5)
                self.short_aliases[alias] = best.label

    def persons(self) -> None:
        t = self.text
        sur = "|".join(re.escape(x) for x in sorted(self.surnames, key=len, reverse=True))
        name = rf"(?:{sur})[{_HAN}]{{1,2}}"
        labels = "|".join(re.escape(x) for x in self.lex["field_labels"])
        # 签发人：X  联系人：X
        for m in _re.finditer(
            # a two-character name may be padded to three with a space (牵头领导：王 健)
            rf"(?:{labels})(?:及|和)?(?:联系)?(?:电话|方式)?\s*[:：]\s*((?:{sur})(?:[ 　][{_HAN}]|[{_HAN}]{{1,2}}))"
            r"(?=[\s，,。；;：:（(]|$|联系|电话)",
            t,
        ):
            self.add(m.start(1), m.end(1), "PERSON", "field-label", tier=4)
        # the members a reply answers, named on its salutation line (徐俐敏、杜锦祥…代表：,
        # 开巴奴·斯提卡达木代表：): every name of the list is a person
        for line in _SALUTATION_NAMES.finditer(t):
            pos = line.start("names")
            for nm in _re.split(r"[、，,]", line.group("names")):
                nm = nm.removesuffix("等")
                if _re.fullmatch(_PERSON_NAME, nm) and not self.is_generic(nm):
                    a = t.index(nm, pos)
                    self.add(a, a + len(nm), "PERSON", "salutation", tier=4)
                    pos = a + len(nm)
        # a contact's name after their office and before a phone number, on the contact lines
        # (联系人：省教育厅人事处郭晓蕾0311-66005057 ⏎ 省财政厅教科文处杨皓翔0311-…)
        for line in _re.finditer(r"[^\n]*联系[^\n]*(?:\n[^\n]*\d{3,4}-?\d{7,8}[^\n]*)*", t):
            for m in _re.finditer(
                rf"(?<=[处科室局厅委办部心])({name})(?=[ \t]*(?:\d{{3,4}}-?\d{{7,8}}|电话))",
                line.group(),
            ):
                a = line.start() + m.start(1)
                self.add(a, a + len(m.group(1)), "PERSON", "contact", tier=4)
        after = "|".join(re.escape(x) for x in self.lex["title_after"])
        # a name may follow a body or a title directly (华中科技大学刘广润院士, 组长刘广润院士)
        titles = tuple(self.lex["title_after"]) + tuple(self.lex["title_before"])
        body_ends = {c.end for c in self.cands if c.label in ("ORG", "FIRM")}
        # X省长 / X委员 / X同志  (name directly before a title, at a boundary)
        # a two-character name before a title that itself starts with 副/常 (卢山副省长) is tried
        # before a three-character one (张红军省长)
        for m in _re.finditer(rf"((?:{sur})[{_HAN}](?=(?:{after}))|{name})(?:{after})", t):
            s, e = m.start(1), m.end(1)
            nm = m.group(1)
            if s in body_ends or (titles and t.endswith(titles, 0, s)):
                if not self._bad_name(nm):
                    self.add(s, e, "PERSON", "body/title+name+title", tier=3)
                continue
            # prefer a 2-char name if the 3rd char starts the title or a 3-char name is not at a boundary
            if len(nm) == 3 and not self.boundary_before(s) and self.boundary_before(s + 1):
                s += 1
            elif not self.boundary_before(s):
                # e.g. 工作组组长: the "name" is a word inside a phrase
                if not (len(nm) == 3 and self.boundary_before(s + 1) and t[s + 1] in self.surnames):
                    continue
                s += 1
            w = t[s:e]
            if self._bad_name(w):
                continue
            self.add(s, e, "PERSON", "name+title", tier=3)
        # 瞿子涵、辛洁暐、程磊等委员: every name of a list closed by 等 and a title
        for m in _re.finditer(
            rf"(?<![{_HAN}])((?:{sur})[{_HAN}]{{1,2}}(?:、(?:{sur})[{_HAN}]{{1,2}})*)"
            rf"等(?:[\d一二三四五六七八九十]+[名位])?(?:{after})",
            t,
        ):
            names = m.group(1).split("、")
            if any(self._bad_name(w) for w in names):
                continue
            pos = m.start(1)
            for w in names:
                self.add(pos, pos + len(w), "PERSON", "name-list+title", tier=3)
                pos += len(w) + 1
        # 会议明确由刘权牵头，杨天恩具体负责: a person put in charge by name
        for m in _re.finditer(
            rf"(?:(?<=由)|(?<=[，,；;。：:]))((?:{sur})[{_HAN}]{{1,2}}?)"
            r"(?=(?:具体)?(?:牵头|负责|任组长|任副组长|担任))",
            t,
        ):
            w = m.group(1)
            if self._bad_name(w) or any(
                c.label != "PERSON" and c.start < m.end(1) and m.start(1) < c.end
                for c in self.cands
            ):
                continue
            self.add(m.start(1), m.end(1), "PERSON", "name+duty", tier=2)
        before = "|".join(re.escape(x) for x in self.lex["title_before"])
        follow = "|".join(re.escape(x) for x in self.lex["name_followers"])
        # 厅长高义任常务副链长, 副主任何金平任链长
        for m in _re.finditer(rf"(?:{before})((?:{sur})[{_HAN}]{{1,2}}?)(?:{follow})", t):
            w = m.group(1)
            if self._bad_name(w):
                continue
            if t[max(0, m.start() - 1) : m.start()] in ("全", "本", "各", "该", "我", "每"):
                continue  # 全市长江干流: 全市 + 长江, no 市长 before a name
            if any(
                c.label == "GPE" and c.start < m.end(1) and m.start(1) < c.end for c in self.cands
            ):
                continue  # the "name" runs into a place (…长江干流)
            self.add(m.start(1), m.end(1), "PERSON", "title+name", tier=3)
        # 习近平总书记-style: handled by name+title; signer from the structure
        st = self.structure
        if st is not None:
            for key in ("signer",):
                for f in (getattr(st, "fields", {}) or {}).get(key, []):
                    if 2 <= f.end - f.start <= 4 and not self._bad_name(t[f.start : f.end]):
                        self.add(f.start, f.end, "PERSON", f"meta:{key}", tier=4)

    def _bad_name(self, w: str) -> bool:
        bad = "省市区县委厅局部办会院长主副任担兼同等和与及的了在是为有关各该本我由将对从把被给级"
        if len(w) < 2 or any(c in bad for c in w[1:]) or w[:2] in _NOT_NAMES:
            return True
        # a common word where the surname should be (成立由省长任组长 -> 成立 is a verb)
        return _word_freq(w[:2]) >= _COMMON_WORD_FREQ

    def actor_groups(self) -> None:
        t = self.text
        for m in self.lex.regex("actor_groups").finditer(t):
            self.groups.append(_Cand(m.start(), m.end(), ACTOR_GROUP_LABEL, "actor-group", 1))
        for pat in self.lex["actor_group_patterns"]:
            for m in _re.finditer(pat, t):
                self.groups.append(_Cand(m.start(), m.end(), ACTOR_GROUP_LABEL, "actor-pattern", 1))

    # ---------------------------------------------------------------- resolution
    def resolve(self) -> list[_Cand]:
        chosen: list[_Cand] = []
        taken = bytearray(len(self.text) + 1)

        def key(c: _Cand) -> tuple[int, int, int, int]:
            return (-(c.tier >= 4), -(c.end - c.start), -c.tier, c.start)

        for c in sorted(self.cands, key=key):
            if any(taken[c.start : c.end]):
                continue
            chosen.append(c)
            for i in range(c.start, c.end):
                taken[i] = 1
        # a proposal's title is no programme, but the places it names are places (《关于支持
        # 甘泉县工业园区发展的建议》: 甘泉县); the title still blocks every other name in it
        for title in [c for c in chosen if c.rule == "proposal-title"]:
            inner = bytearray(title.end - title.start)
            for c in sorted(self.cands, key=key):
                if c.label != "GPE" or not (title.start <= c.start and c.end <= title.end):
                    continue
                if any(inner[c.start - title.start : c.end - title.start]):
                    continue
                chosen.append(c)
                for i in range(c.start, c.end):
                    inner[i - title.start] = 1
        return sorted(chosen, key=lambda c: c.start)

    def propagate(self, ents: list[_Cand]) -> list[_Cand]:
        """A name found once is a name wherever it recurs (not inside a longer name)."""
        t = self.text
        taken = bytearray(len(t) + 1)
        for c in ents:
            for i in range(c.start, c.end):
                taken[i] = 1
        surfaces: dict[str, str] = {}
        for c in ents:
            w = t[c.start : c.end]
            if c.label == _SKIP:
                continue
            if w in self.lex.set_of("country_names"):
                continue  # a country by its context only (中国国籍, not 中国特色)
            if c.rule in _CONTEXT_RULES:
                continue  # 认定为国家科技型中小企业: its other mentions name the class of firms
            if (len(w) >= 4 or (c.label == "GPE" and len(w) >= 2)) and c.label != "PERSON":
                surfaces.setdefault(w, c.label)
        for w, label in self.short_aliases.items():
            surfaces.setdefault(w, label)
        # bare city/county of a tagged X市 / X县 (承德市 -> 承德)
        for c in ents:
            w = t[c.start : c.end]
            if c.label == "GPE" and len(w) >= 3 and w[-1] in "市县" and len(w[:-1]) >= 2:
                surfaces.setdefault(w[:-1], "GPE")
            elif c.label == "GPE" and len(w) == 3 and w[-1] == "区" and c.rule == "place":
                # a city district: 天河区 -> 天河 (only two-character names, from the gazetteer)
                surfaces.setdefault(w[:-1], "GPE")
        # short names of firms: 河南中豫建设投资集团股份有限公司 -> 中豫建投
        short: list[str] = []
        for c in ents:
            if c.label == "FIRM":
                core = self.firm_core(t[c.start : c.end])
                if core and len(core) >= 4:
                    short.append(core)
        # a firm's distinctive core is its short name: 上海赛可出行科技服务有限公司 -> 赛可出行
        trade_names: set[str] = set()
        for c in ents:
            if c.label == "FIRM":
                trade = self.trade_name(t[c.start : c.end])
                if trade and trade not in surfaces:
                    surfaces[trade] = "FIRM"
                    trade_names.add(trade)
        new = list(ents)
        # a short name the document defines (以下简称“国网四川电力”) recurs whole, over a place
        # found inside it (国网[四川]电力要…)
        for w, label in self.short_aliases.items():
            if len(w) < 3:
                continue
            for lit in _literal_matches(w, t):
                s, e = lit.start(), lit.end()
                inside = [c for c in new if c.start < e and c.end > s]
                if not inside or not all(
                    s <= c.start and c.end <= e and c.label == "GPE" and (c.start, c.end) != (s, e)
                    for c in inside
                ):
                    continue
                new = [c for c in new if c not in inside]
                new.append(_Cand(s, e, label, "propagated", 1))
                for i in range(s, e):
                    taken[i] = 1
        for w, label in sorted(surfaces.items(), key=lambda x: -len(x[0])):
            for lit in _literal_matches(w, t):
                s, e = lit.start(), lit.end()
                inside = [c for c in new if c.start < e and c.end > s]
                if (
                    label == "PROGRAM"
                    and inside
                    and all(
                        c.label == "PROGRAM"
                        and s <= c.start
                        and c.end <= e
                        and c.end - c.start < e - s
                        for c in inside
                    )
                ):
                    # 乡村振兴“百千万”示范工程 found once: elsewhere a part of it gives way
                    new = [c for c in new if c not in inside]
                    for i in range(s, e):
                        taken[i] = 0
                if any(taken[s:e]):
                    continue
                if label == "GPE" and (s > 0 and _is_han(t[s - 1]) and not self.boundary_before(s)):
                    continue
                if label == "PROGRAM" and not _word_boundaries(t, s, e):
                    continue  # part of a longer word: 人力资源服务 in 人力资源服务业
                if w in trade_names and not (
                    self._short_left_ok(s, w) and self._short_right_ok(e, w)
                ):
                    continue
                new.append(_Cand(s, e, label, "propagated", 1))
                for i in range(s, e):
                    taken[i] = 1
        for core in short:
            for s, e in _short_name_spans(core, t):
                w = t[s:e]
                if any(taken[s:e]):
                    continue
                # the two extra characters must be word-initial in the core, in order
                if not self._abbrev_ok(w, core):
                    continue
                new.append(_Cand(s, e, "FIRM", "firm-short-name", 1))
                for i in range(s, e):
                    taken[i] = 1
        return sorted(new, key=lambda c: c.start)

    def firm_core(self, name: str) -> str:
        core = name
        for suf in self.lex["firm_suffixes"]:
            if core.endswith(suf):
                core = core[: -len(suf)]
                break
        core = _re.sub(r"[（(][^）)]{1,8}[)）]", "", core)  # （上海） / （集团） qualifiers
        core = _re.sub(r"(集团|股份|控股)$", "", core)
        if self._gpe_words is None or self._gpe_words[0] != len(self.gpe):
            words = list(dict.fromkeys(self.text[s:e] for s, e in self.gpe))
            self._gpe_words = (len(self.gpe), words)
        for w in self._gpe_words[1]:
            if core.startswith(w):
                core = core[len(w) :]
                break
        return core

    def trade_name(self, name: str) -> str | None:
        """The distinctive part of a firm name (no place, legal form, qualifier or industry
        words): 百度智行科技（上海）有限公司 -> 百度智行; ``None`` when too short or generic."""
        core = _re.sub(r"[（(][^）)]{1,6}[)）]", "", self.firm_core(name))
        industry = self.lex["firm_industry_words"]
        for _ in range(2):
            hit = next((w for w in industry if core.endswith(w) and len(core) - len(w) >= 4), None)
            if hit is None:
                break
            core = core[: -len(hit)]
        if not 4 <= len(core) <= 6 or self.is_generic(core):
            return None
        if self._made_of(core, self.lex.set_of("firm_class_stems")) or not all(
            _is_han(ch) for ch in core
        ):
            return None
        return core

    @staticmethod
    def _abbrev_ok(w: str, core: str) -> bool:
        rest = core[2:]
        i = rest.find(w[2])
        j = rest.find(w[3], i + 1) if i >= 0 else -1
        return i >= 0 and j > i and i % 2 == 0 and j % 2 == 0 and w != core[:4]

    def finish(self, ents: list[_Cand]) -> tuple[list[Mention], list[Mention]]:
        t = self.text
        out: list[Mention] = []
        for c in ents:
            w = t[c.start : c.end]
            if c.label == _SKIP:
                continue
            if c.label == "GPE" and w in self.lex.set_of("not_places") and c.rule != "bare-zone":
                continue
            if c.label == "ORG" and w.endswith("银行") and not w.endswith("人民银行"):
                c.label = "FIRM"  # banks, policy banks included, are firms (GUIDELINES §1)
            if c.label == "ORG" and w.endswith(("政府网", "门户网站")):
                c.label = "PROGRAM"  # a named website is a programme (中国政府网)
            if c.label == "ORG" and w in _firm_index(self.lex).full:
                c.label = "FIRM"  # 国开行, 农发行, 中国出口信用保险公司: firms by the gazetteer
            out.append(Mention(c.start, c.end, c.label, w, rule=c.rule))
        taken = bytearray(len(t) + 1)
        for mnt in out:
            for i in range(mnt.start, mnt.end):
                taken[i] = 1
        groups: list[Mention] = []
        for c in sorted(self.groups, key=lambda c: (-(c.end - c.start), c.start)):
            if any(taken[c.start : c.end]):
                continue
            groups.append(
                Mention(c.start, c.end, ACTOR_GROUP_LABEL, t[c.start : c.end], rule=c.rule)
            )
            for i in range(c.start, c.end):
                taken[i] = 1
        groups.sort(key=lambda m: m.start)
        return out, groups


# physical facilities: a project or a place named after one (庄河电厂项目, 大连新机场)
# an item of a works list ending in a kind of work (…管线改造, …路面铺装, …绿道更新)
_LIST_WORKS = re.compile(
    r"(?:建设|改造|改扩建|扩建|新建|修缮|养护|维修|加固|施工|整治|拆除|装修|铺装|更新|提升|整修)$"
)
# a macro-region by direction (GUIDELINES: named places are GPE): 西部 in 享受西部政策,
# 西部和东北地区
_MACRO_REGION = re.compile(
    r"(?<![东西南北中])(?:中西部|东部|中部|西部)"
    r"(?=(?:和|与|及|、)(?:东北|东部|中部|西部)地区|政策|省份|省区|各省)"
)
# a count of units before a designation: 3至5家, 10个, 一批
_COUNT_LEAD = re.compile(rf"[\d{_NUM}]+(?:[至到\-～~][\d{_NUM}]+)?[家个项批所]|一批")
# a second standard joined to a named one: …标准和建筑节能与可再生能源利用通用规范等文件
_SIBLING_STANDARD = re.compile(
    rf"(?:和|及|以及|、)([{_HAN}]{{4,24}}?(?:技术标准|技术规范|通用规范|设计规范|标准|规范))"
    rf"(?=等|[^{_HAN}]|$)"
)
# a named road: stem, optional direction, head (中山西路, 松东路, 世纪大道)
_ROAD = re.compile(r"路|大道|大街|街")
# a side or stretch of a road that confirms it as one (松东路以西, …路沿线, …路段)
_ROAD_SIDE = re.compile(r"以[东西南北]|沿线|两侧|沿街|路段|段[^落]")
# a responsibility note and its units: （牵头单位：经开区、九里亭街道，支撑单位：…）
_UNIT_NOTE = re.compile(
    r"(?:牵头单位|责任单位|支撑单位|配合单位|参与单位|主办单位|实施单位)[：:]"
    rf"([{_HAN}、，,（）()]{{2,80}}?)(?=[）)；;。\n]|[，,][{_HAN}]{{2}}单位)"
)
# a named sub-district (九里亭街道): its stem is a place the document names
# class words before 镇/乡 that name a kind of township, not one (建制镇, 特色镇)
_TOWN_CLASS_STEMS = frozenset(
    {"建制", "特色", "重点", "中心", "示范", "专业", "旅游", "历史", "文化"}
)
_NOT_AFTER_TOWN = frozenset("长村镇土亲愁情贤间里压守静")
# designations that places are selected into (cities, zones, counties): building one means
# becoming one, and a level word before it stays outside the name
_PLACE_DESIGNATION_ENDS = ("城市", "示范区", "名城", "先行区", "先导区", "示范县", "示范市", "强县")
# rules whose name holds only in its context (a designation after 评为 / 入选, a …示范基地):
# the same words elsewhere are a class noun, so such a name is not carried to its recurrences
_CONTEXT_RULES = frozenset(
    {"designation-verb", "designation-selected", "designation-head", "level-designation"}
)
_TOWN_UNIT = re.compile(rf"([{_HAN}]{{2,3}}?)街道")
_FACILITY = re.compile(
    r"(工业区|开发区|园区|新区|电厂|电站|核电|机场|港口|码头|铁路|公路|隧道|大桥|水库|管道|枢纽|基地)"
)
# a routine of management (绩效考核, 日常监管): no sibling of a named system in a list
_MANAGEMENT_WORD = re.compile(r"(?:考核|管理|评估|评价|监督|监管|检查|考评|督查|审计|服务)$")
# a water body named by a two-character word: 白塘湖, 远香湖, 周塘浜
_WATER_NAME = re.compile(
    rf"([{_HAN}]{{2}})(?:湖|河|浜|泾)(?![{_HAN}]?(?:道|长|流|段|岸|区|面|水|畔))"
)
# jieba frequency below which a two-character stem is no common word (远香 0, 白塘 0, 庆丰 4)
_RARE_STEM_FREQ = 20
# what a government fund named without its government is for (新兴产业发展专项资金)
_FUND_PURPOSE = re.compile(r"(?:产业|产业发展|事业发展)$")
_FUND_USES = ("管理", "使用", "分配", "拨付", "安排", "申报")
_DATED_PLAN = re.compile(
    rf"20\d\d(?:\s*[-—–至]\s*20\d\d)?年度?(?:第[一二三四五六七八九十\d]+批)?"
    rf"(?P<stem>[{_HAN}]{{2,24}}?)(?:实施方案|工作方案|行动计划|行动方案|计划|规划|方案)"
)
# verbs that take what follows as their object and so never sit inside a name, unlike 对接 in
# 京津冀…产业对接活动 (承德市钒钛产业纳入国家战略)
_TAKES_AN_OBJECT = frozenset({"纳入", "列入"})
# proper names ending in 和 (协和, 太和, 永和 …): not the list word 和
_NAMES_ENDING_HE = ("协和", "太和", "永和", "中和", "人和", "祥和", "共和", "泰和", "保和", "清和")
# a hospital's grade or ownership never names one (京津三甲医院, 县级中医医院, 省内公立医院)
_HOSPITAL_GRADE = re.compile(r"三甲|二甲|[一二三]级|[省市县区]级|公立|民营|私立|定点|基层")
# schools and health centres, and the words that make a kind of them (农村小学, 乡镇卫生院)
_SCHOOL_HEADS = frozenset(
    {
        "中学",
        "小学",
        "高级中学",
        "完全中学",
        "幼儿园",
        "卫生院",
        "保健院",
        "中心医院",
        "人民医院",
        "中医院",
    }
)
_SCHOOL_KINDS = (
    "民办",
    "公办",
    "乡镇",
    "农村",
    "城区",
    "普通",
    "寄宿",
    "中小",
    "各",
    "村级",
    "社区",
)
# a pilot scheme after the verb that takes it on (开展…建设试点 / 申报国家…改革试点)
_PILOT_AFTER_VERB = re.compile(
    r"(?:开展|推进|实施|争创|申报|入选|列为|纳入|创建|承担|获批|推动)(?:国家级|省级|国家|全国|省)?"
    r"(?P<n>[\u4e00-\u9fff]{2,10}?(?:建设|改革|创新|应用|示范|医改|标注|达峰|综合)试点)"
)
# a level word before a designation (省新型工业化产业示范基地, 自治区技术创新示范企业, 国家…改革试点)
_DESIGNATION_LEVEL = re.compile(
    r"(?:国家级|省级|市级|县级|区级|自治区级|自治区|省|市|县)(?=[\u4e00-\u9fff“]{4})"
)
_PILOT_END = re.compile(r"(?:试点|试验区|实验区)$")
# the level words a designation is rated at (国家级、省级旅游度假区)
_LEVEL_WORD = r"(?:国家级|省级|市级|县级|自治区级)"


def _after_level(t: str, s: int, e: int) -> int:
    """Where a designation's name starts after its level word (GUIDELINES §4: level words such as
    省级 / 国家级 stay outside the span); 国家 goes too before a pilot or trial zone
    (国家要素市场化配置综合改革试点), not before names that carry it (国家重点实验室). A platform
    or centre keeps its level (the shared gold: 省级制造业创新中心)."""
    if _re.search(r"(?:中心|实验室|平台)$", t[s:e]):
        return s  # 省级制造业创新中心, 国家级质量标准实验室: a platform keeps its level
    lv = _DESIGNATION_LEVEL.match(t, s, e)
    if lv:
        return lv.end()
    if t.startswith("国家", s) and _PILOT_END.search(t, s, e) and e - s >= 8:
        return s + 2
    return s


# business words that end a firm's short name in lists (富祥科技, 乐彭电子, 乾富半导体)
_TRADE_BUSINESS = "半导体|光科技|科技|电子|光电|电气|药业|制药"
_TRADE_STEM = re.compile(rf"([\u4e00-\u9fff]{{2,3}}?)(?:{_TRADE_BUSINESS})$")
_TRADE_BUSINESS_AT_END = re.compile(rf"(?:{_TRADE_BUSINESS})$")
# the level word that closes a whole administrative unit (九江市, 嘉定区)
_ADMIN_ENDS = ("省", "市", "县", "区", "盟", "旗")  # not 州: 兰州, 郑州 are names
_TOWN_ENDS = ("镇", "乡", "村", "街道", "苏木", "嘎查")
# a township and its village: 城北镇玉水村, 金山街道办事处黄坑村 (zero-width, so overlapping starts
# are all tried)
_TOWN_VILLAGE = re.compile(
    rf"(?=(([{_HAN}]{{2,3}}?)(镇|乡|街道办事处|街道)([{_HAN}]{{2,3}}?)村(?![民委级庄镇落组]|[{_HAN}]村)))"
)
# verbs that take a township as their object (同意团结镇, 包括石栏乡)
_TOWN_GOVERNORS = frozenset({"同意", "包括", "设立", "保留", "合并", "撤销", "位于", "涉及"})
# words that make a crossing a kind, not a named one (陆路口岸, 国家一类口岸, 沿边开放口岸)
_PORT_KINDS = re.compile(
    r"陆路|边境|沿边|开放|航空|空港|水运|水路|铁路|公路|一类|二类|国家|对外|进境|指定|重点|各"
)
_NAMED_PARK = re.compile(rf"([{_HAN}]{{0,6}}?)(?:公园|动物园)")
# what follows a bare 公园 that makes it the works or the system, not a park (公园建设)
_PARK_WORKS = re.compile(rf"[{_HAN}]?(?:建设|管理|改造|项目|工程|体系|绿地|城市)")
# kinds of parks: a place's pocket parks are no park's name
_PARK_KINDS = (
    "口袋",
    "社区",
    "城市",
    "郊野",
    "街心",
    "各类",
    "城区",
    "公园",
    "的",
    "和",
    "与",
    "及",
    "等",
)
_FACILITY_SITE = re.compile(
    rf"([{_HAN}]{{0,8}}?)(?:环卫码头|码头|填埋场|处置中心|利用中心|处理中心|分拣场|焚烧厂|处理厂"
    rf"|中转站|转运站|水厂|体育场)(?![{_HAN}]{{0,1}}(?:建设|项目|工程|改造))"
)
# kinds of projects that are no name on their own (…建设项目, 重点项目)
_GENERIC_PROJECT_ENDS = (
    "奖",
    "建设",
    "改造",
    "工业",
    "投资",
    "示范",
    "试点",
    "重点",
    "重大",
    "其他",
    "配套",
    "新建",
)
# 方法 办法 做法 说法 …: words ending in 法 that are no law
_NOT_LAW_ENDS = (
    "方",
    "办",
    "做",
    "说",
    "想",
    "看",
    "算",
    "手",
    "用",
    "语",
    "技",
    "疗",
    "兵",
    "书",
    "章",
)

# what may follow a firm's short name (华为牵头, 中国移动联合…, 国网公司): verbs and firm heads
_FIRM_FOLLOWERS = (
    "集团",
    "公司",
    "股份",
    "控股",
    "牵头",
    "负责",
    "参与",
    "联合",
    "合作",
    "携手",
    "投资",
    "建设",
    "建成",
    "打造",
    "推出",
    "研发",
    "发布",
    "落地",
    "设立",
    "成立",
    "签约",
    "共建",
    "提供",
    "承担",
    "开发",
    "实施",
    "启动",
    "开展",
    "发起",
    "主导",
    "率先",
    "已经",
    "入选",
    "获得",
    "获评",
    "总部",
    "旗下",
    "共同",
    "积极",
    "加快",
    "推进",
    "推动",
    "等",
)

# what follows a body when it only scopes a class of actors (市委各部门, 市政府有关部门)
_GENERIC_MEMBERS = ("各部门", "各单位", "各直属", "有关部门", "有关单位", "相关部门", "所属")

_GENERIC_BANK = re.compile(
    r"^(?:各|有关|相关|中央|商业|政策性|开发性|地方|合作|合作制|村镇|民营|外资|国有|中资|股份制|大型"
    r"|中小|城市商业|农村商业|农村合作|城商|农商|网络|数字|互联网|绿色|科技|合作|主办|贷款|开户|托管"
    r"|代理|发起|牵头|参与|合作|试点|其他|重点|全国性|区域性|地方性|家)+$"
)


def _count_value(w: str) -> int | None:
    """The small count ``w`` (3, 十二, 两) as a number, or None."""
    if w.isdigit():
        return int(w)
    digits = {c: k for k, c in enumerate("零一二三四五六七八九")} | {"两": 2}
    if len(w) == 1:
        return 10 if w == "十" else digits.get(w)
    if len(w) == 2 and w[0] == "十":
        return 10 + digits.get(w[1], -100)
    if len(w) == 2 and w[1] == "十":
        return 10 * digits.get(w[0], -100)
    return None


def _department_word(w: str, gaz: Any) -> bool:
    """Is ``w`` the core or short of a local department (财政, 商务, 市场监管, 经信)?"""
    for d in getattr(gaz, "departments", None) or ():
        if w == getattr(d, "core", None) or w in (getattr(d, "shorts", ()) or ()):
            return len(w) >= 2
    return False


def _bank_name_ok(stem: str) -> bool:
    """Is ``X`` of ``X银行`` a bank's name rather than a class (商业银行, 村镇银行)?"""
    return len(stem) >= 2 and not _GENERIC_BANK.match(stem)


# a level or national word opening a body's or programme's name (省工信厅, 国家…标准); 市场,
# 区域, 县域, 省际 … are ordinary words that only begin with a level character
_LEVEL_LEAD = re.compile(r"国家|中国|全国|国务院|中央|中共|[省市区县](?!场|域|际|块链|间|内|外)")
_SHARED_LEAD = re.compile(r"[省市区县](?:场|域|际|块链|间|内|外)")
# a national transfer project named by opposite directions, what moves and how (西电东送 west
# power sent east, 南水北调, 西气东输, 北煤南运, 东数西算); its 工程 head belongs to it
_TRANSFER_PROJECT = re.compile(
    rf"(?:东[{_HAN}]西|西[{_HAN}]东|南[{_HAN}]北|北[{_HAN}]南)[送输调运算移引训存](?:工程)?"
)
# the strategy a quoted slogan names: “四个革命、一个合作”能源安全新战略
_SLOGAN_STRATEGY = re.compile(rf"[{_HAN}]{{0,8}}?战略")
# a national system after the verb that sets it up (建立全国统一电力市场评价制度)
_NATIONAL_SYSTEM = re.compile(
    rf"(?:建立|建立健全|健全|实行|推行|完善)(?P<n>(?:全国|国家)[{_HAN}]{{4,14}}?制度)"
)
# an internal unit of a central body named with it: 国家发展改革委办公厅, 国家能源局综合司
_INTERNAL_UNIT = re.compile(
    rf"(?:办公厅|办公室)(?![主副])|党组(?!织)|[{_HAN}]{{2}}中心|[{_HAN}]{{1,6}}?司"
    r"(?=[^\u3400-\u9fff]|关于|国家|牵头|负责|会同|配合|联合|等|和|与|及|$)"
)
# setting bodies up everywhere (广泛设立, 普遍建立): the body named after it is a kind
_BROAD_SETUP = re.compile(r"(?:广泛|普遍|全面|均|都|分别|逐步)(?:设立|成立|建立|组建)$")
# building verbs before a count: 建设一批…示范项目 are works, not a designation
_BUILD_VERB = re.compile(rf"(?:建设|建成|新建|开工)(?:{_COUNT_LEAD.pattern})$")
# setting a fund up: 设立…基金 names none yet
_SETUP_VERB = re.compile(r"(?:设立|组建|发起|成立)$")
# the plan a quoted five-year period dates: “十四五”规划, “十五五”现代能源体系规划
_PERIOD_PLAN = re.compile(
    rf"(?:[{_HAN}]{{1,10}}?(?<![的和与及等、]))?(?:规划|行动计划|工作方案|实施方案|行动方案)"
)
_PLAN_PERIOD = re.compile(r"[（(]\s*(?:19|20)\d{2}\s*[-—–－~至]\s*(?:19|20)\d{2}\s*年?\s*[)）]")
# a body in a responsibility note: a level (or a place before it), a stem, a body head
_NOTE_LEVEL = re.compile(r"市委|省委|区委|县委|自治区|团市|团省|[市省区县]")
# a note closing a task that names its bodies with cue words (（A牵头，B、C按职责分工负责）)
_DUTY_NOTE = re.compile(
    r"[（(]([^（）()\n]{4,200}?(?:牵头|负责|配合|参与|组织落实)[^（）()\n]{0,40})[）)]"
)
_DUTY_CUE_END = re.compile(
    r"(?:牵头|按职责分工负责|按职责负责|分工负责|负责|配合|参与|组织落实|落实)+$"
)
_NOTE_BODY = re.compile(
    r"(?P<stem>[\u4e00-\u9fff]{1,14}?)"
    r"(?:委员会|办公室|领导小组|局|委|办|厅|联|协|会|院|部|署|中心|室|组|处|所|站|队|校)"
)
# verbs that open a clause rather than a body's name (加大选拔大学生村官, 建设区域金融中心)
_CLAUSE_VERBS = r"(?:加大|加强|加快|选拔|选派|担任|建设|推动|推进|支持|鼓励|引导|围绕)"
# 六大人才行动计划, 三大人才开发支撑体系: a programme named by the count of its parts
_NUMBERED_PROGRAM = re.compile(
    r"(?<![\d一二三四五六七八九十两百千万第])(?:[一二三四五六七八九十两]{1,2}|\d{1,2})大"
    r"(?P<stem>[\u4e00-\u9fff]{0,8}?)(?:行动计划|专项行动|工程|行动|计划|体系|战略|产业集群)"
)
# the title of a numbered item that names a project (2.战略性主导产业紧缺人才开发项目。…)
_ITEM_TITLE = re.compile(
    r"(?m)^[ \t\u3000]*(?:\d{1,3}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）])"
    r"(?P<name>[^。；;，,\n—]{2,28}?(?P<head>行动计划|专项行动|项目|计划|工程|行动))"
    r"(?=。|——|[ \t\u3000]*$)"
)
# a whole line (an enumeration marker allowed) that is a document's title: 关于…措施
_TITLE_LINE = re.compile(
    r"(?m)^[ \t\u3000]*(?:\d{1,3}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）])?[ \t\u3000]*"
    r"(?P<name>关于[^\n，。；：:！？!?]{4,60}?(?:政策措施|措施|实施意见|意见|实施方案|工作方案|方案"
    r"|办法|规定|细则|决定|行动计划|计划|规划))[ \t\u3000]*$"
)
# adverbs of effort before a task verb (全面实施…, 大力推进…)
_EFFORT_LEAD = r"^(?:全面|深入|大力|加快|着力|积极|持续|切实|进一步|全力|扎实|稳步)+"
# the extension of an attached file named in a document (附件：1.评价标准.docx)
_FILE_EXTENSION = re.compile(r"\.(?:docx?|pdf|xlsx?|wps|ofd|zip|rar|et)$", re.I)
# a reply's salutation line naming the members it answers (X、Y、Z代表：)
_PERSON_NAME = r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff]{1,10}"
_SALUTATION_NAMES = re.compile(
    rf"(?m)^[ \t\u3000]*(?P<names>(?:(?:{_PERSON_NAME})[、，,])*(?:{_PERSON_NAME}))"
    r"等?(?:[\d一二三四五六七八九十]+(?:位|名))?(?:代表|委员|同志)[：:][ \t\u3000]*$"
)
_ENUM_START = re.compile(r"[（(][一二三四五六七八九十\d]{1,3}[)）]")
_ARTICLE_START = re.compile(r"第[一二三四五六七八九十百零〇\d]{1,4}[条章节]")
_ARTICLE_END = re.compile(r"第[一二三四五六七八九十百零〇\d]{1,4}[条章]$")
# what a quoted campaign builds: “美丽街区”, “15分钟生活圈”, “四好农村路”
_CAMPAIGN_PLACES = (
    "街区",
    "生活圈",
    "农村路",
    "社区",
    "乡村",
    "城市",
    "园区",
    "校园",
    "家园",
    "示范区",
)
# ends of firm and programme names: a name before 和/与 ends there (长江产业投资基金和黄河…)
_NAME_ENDS = ("基金", "公司", "集团", "银行", "联盟", "协会", "计划", "工程")
_HEAD_WORDS = (
    "厅",
    "局",
    "委",
    "办",
    "部",
    "院",
    "会",
    "政府",
    "基地",
    "中心",
    "企业",
    "产品",
    "园区",
    "公司",
    "集团",
    "大学",
    "学院",
    "联盟",
    "实验室",
    "工程",
    "计划",
    "奖",
)
_DESIGNATION_VERBS = re.compile(
    r"(争创|创建|申报|入选|获批|认定|评为|获得|评选|参评|命名|授予|筹建|列入|纳入|创成|获评|加快创建"
    r"|升级为|晋级|晋升为)"
)


@lru_cache(maxsize=16)
def _long_cues(lex: EntityLexicons) -> re.Pattern[str]:
    """The strong cues of two or more characters as one alternation (longest first)."""
    words = sorted((w for w in lex["strong_cues"] if len(w) >= 2), key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words) or "(?!)")


@lru_cache(maxsize=1)
def _jieba() -> Any:
    import logging

    import jieba

    logging.getLogger("jieba").setLevel(logging.WARNING)
    tok = jieba.Tokenizer()  # private: keeps jieba's global state untouched
    tok.initialize()
    return tok


def _word_freq(word: str) -> int:
    """How common ``word`` is as a word of its own (jieba's dictionary count, 0 if unknown):
    the rules read a common word (成立, 结合, 城市) as no part of a name."""
    return int(_jieba().FREQ.get(word, 0) or 0)


def _has_conjunction(text: str) -> bool:
    """Does ``text`` hold 和/与/及 as a word of its own (not inside 碳中和, 参与)?"""
    return bool(_re.search(_CONJ, _re.sub(_NOT_CONJ, "", text)))


_CONJ = r"[和与及]"
# words holding 和/与/及 that are no conjunction
_NOT_CONJ = (
    r"碳中和|中和|和谐|总和|温和|平和|祥和|缓和|和平|参与|与会|普及|涉及|及时|波及|触及|危及"
)


def _word_boundaries(text: str, s: int, e: int) -> bool:
    """Does a general-purpose segmenter put word boundaries at both ``s`` and ``e``?"""
    a, b = max(0, s - 6), min(len(text), e + 6)
    cuts = _jieba_cuts(text[a:b])
    return s - a in cuts and e - a in cuts


@lru_cache(maxsize=16384)
def _jieba_cuts(window: str) -> frozenset[int]:
    """Word boundaries (offsets) jieba puts in ``window``; the same window recurs (the rules
    ask about one name several times, and names recur across documents)."""
    pos = 0
    cuts = {0}
    for word in _jieba().lcut(window, HMM=False):
        pos += len(word)
        cuts.add(pos)
    return frozenset(cuts)


def _file_extension_length(name: str) -> int:
    """Length of a file extension closing an attachment's name (评价标准.docx), else 0."""
    m = _FILE_EXTENSION.search(name)
    return len(m.group()) if m else 0


def _gazetteer_departments(gaz: Any) -> tuple[str, ...]:
    """Department names (core or short core + suffix) of a policytext Gazetteer, longest first."""
    deps = getattr(gaz, "departments", None) if gaz is not None else None
    if not deps:
        return ()
    return _department_names(tuple(deps))


@lru_cache(maxsize=8)
def _bare_department_regex(lex: EntityLexicons, gz: tuple[str, ...]) -> re.Pattern[str]:
    """Bare department names (住建厅, 设在建设局 …): stems + 厅/局/委员会, bare bodies and the
    gazetteer's department names, built once per lexicon and gazetteer."""
    generic = lex.set_of("generic_words")
    bare_names = [n for n in gz if len(n) >= 3 and n not in generic]
    bare_gz = "|".join(re.escape(n) for n in bare_names)
    # every alternative starts with one of these characters: a lookahead on them lets the
    # engine skip most positions instead of trying hundreds of names at each
    firsts = {w[0] for w in (*lex["dept_stems"], *lex["bare_bodies"], *bare_names) if w}
    return re.compile(
        f"(?=[{re.escape(''.join(sorted(firsts)))}])(?:"
        rf"(?:{lex.regex('dept_stems').pattern})(?:厅|局|委员会)"
        rf"|(?:{lex.regex('bare_bodies').pattern})" + (f"|(?:{bare_gz})" if bare_gz else "") + ")"
    )


@lru_cache(maxsize=4)
def _department_names(deps: tuple[Any, ...]) -> tuple[str, ...]:
    names = {
        f + suf
        for d in deps
        for f in getattr(d, "forms", ())
        for suf in getattr(d, "suffixes", ())
        if suf and len(f + suf) >= 2
    }
    return tuple(sorted(names, key=len, reverse=True))


# what a works site treats or supplies (废水站, 污水站, 换热站): a kind of plant, no name
_UTILITY_STEMS = (
    "废水",
    "污水",
    "给水",
    "排水",
    "供水",
    "雨水",
    "中水",
    "燃气",
    "供热",
    "换热",
    "加压",
)
# a zone right before a body's head (…开发区管委会), and the words its names are made of
_ZONE_BEFORE_HEAD = re.compile(r"(?:开发|示范|试验|合作|实验|园|新|功能)区$")
_ZONE_NAME_WORDS = frozenset(
    {"开发", "联动", "合作", "融合", "创新", "示范", "开放", "发展", "协同"}
)


@lru_cache(maxsize=4)
def _verb_then_words(verbs: tuple[str, ...]) -> re.Pattern[str]:
    """A launching verb and the two to eight characters after it, up to the search end."""
    v = "|".join(re.escape(w) for w in verbs)
    return re.compile(rf"(?:{v})([{_HAN}]{{2,8}})$")


@lru_cache(maxsize=4)
def _launched_regex(verbs: tuple[str, ...], heads: tuple[str, ...]) -> re.Pattern[str]:
    v = "|".join(re.escape(w) for w in verbs)
    h = "|".join(re.escape(w) for w in heads)
    return re.compile(rf"(?:{v})(?P<n>[{_HAN}“”（）]{{4,30}}?(?P<h>{h}))")


# a reply to a member's proposal or a deputy's suggestion (…第403号委员提案的会办意见): the
# reply, as title or attached file, is no document of policy (GUIDELINES §4)
_PROPOSAL_REPLY = re.compile(r"(?:提案|建议|议案)的(?:答复|复函|会办意见|办理意见)")
# the last character of a document title (名单 目录 方案 办法 细则 意见 通知 规划 指南 报告 表 …)
_DOC_TITLE_END = re.compile(
    r"[表单录案法则见知划南范准书告明要函稿图册规策施引纲目库导定例略围）)》]$"
)
# a document of a known programme's own: 国家重点研发计划资金管理办法, …项目管理实施细则
_KNOWN_PROGRAM_RULES = re.compile(
    rf"[{_HAN}]{{0,6}}?(?:管理办法|实施细则|实施办法|办法|细则|规定|指南|实施方案)"
)
# verbs and adverbs that close a preceding name (…规划紧密结合, …计划要求, …行动取得成效)
_CLOSING_VERBS = r"(?:紧密|有机|相|要求|规定|明确|提出|部署|确定|实施以来|取得|印发|出台|执行)"
# what construction works end in (…建设工程, …改造工程, 修缮工程): works, not programmes
_WORKS = "建设|改造|改扩建|扩建|新建|修缮|养护|维修|加固|施工|整治|拆除|装修"
# a law named after a verb of compliance (贯彻外商投资法, 严格执行网络安全法)
_COMPLY_LAW = re.compile(
    rf"(?:贯彻落实|贯彻|落实|严格执行|执行|遵守|依据|依照|根据|按照|违反|修订|修改)(?P<n>[{_HAN}]{{2,14}}?法)"
)


# what follows a quoted scheme's name: the kind of scheme it is (“府院联动”机制, “工业倍增”任务,
# “前港后厂”产业布局, “A”“B”等特色文化品牌, “歇业登记”等新制度, “X”“Y”等系列活动)
_QUOTE_KIND = re.compile(
    r"(?:(?:工作推进|工作|推进)?机制|任务|工作部署|(?:产业|发展)布局|闭环"
    r"|(?:等(?:新|系列|一系列))?(?:活动|制度)|等[\u4e00-\u9fff]{0,4}?品牌"
    # a named app, mini-program or portal (“粤税通”微信小程序, “穗好办”APP, “皖事通”客户端)
    r"|(?:微信)?小程序|APP|App|app|客户端|政务服务平台|服务平台|公众号)"
    r"(?![\u4e00-\u9fff]{0,2}的)"
)
# a quoted word followed by the rest of a name and its head: “新八级工”职业技能等级制度,
# “一带一路”国际合作高峰论坛, “一带一路”人力资源服务行动
_QUOTE_THEN_HEAD = re.compile(
    rf"([{_HAN}]{{1,12}}?)(专项行动|行动计划|等级制度|制度|行动|计划|工程|高峰论坛|论坛|峰会|大会"
    r"|博览会|大赛|活动|工作机制|推进方案|工作方案|实施方案"
    # “415X”产业集群, “1122+N”产业集群发展体系, “1+32”战略合作协议: a coded cluster, system or
    # agreement
    r"|产业集群|集群|发展体系|产业体系|合作协议|协议)"
)
_PLAN_TITLE = re.compile(
    r"(行动计划|实施方案|工作方案|行动方案|若干措施|实施意见|规划|任务清单)[（(]?[\d\-—～~年）)]*$"
)
_NOT_SYSTEM = (
    "机制",
    "体制",
    "编制",
    "控制",
    "限制",
    "管制",
    "研制",
    "定制",
    "规制",
    "抑制",
    "强制",
    "复制",
    "压制",
    "建制",
    "税制",
    "法制",
    "学制",
    "专制",
    "节制",
    "牵制",
    "遏制",
    "绘制",
    "录制",
    "克制",
    "印制",
    "监制",
    "审制",
    "管控制",
    "的制",
    "新制",
    "创制",
    "试制",
    "配制",
    # administrative procedure regimes (行政许可法: filing, approval, registration, licence) are
    # kinds of procedure, not named systems: 推行告知承诺、备案制等举措
    "备案制",
    "核准制",
    "审批制",
    "登记制",
    "许可制",
)
# jieba dictionary frequency above which a two-character string is a common word, not the start
# of a personal name (成立 14079, 方面 26963; 王建 0, 高义 3)
_COMMON_WORD_FREQ = 1000
# jieba frequency above which an X制 word is a common noun (所有制 695, 股份制 328), not a
# named system (链长制 0, 河长制 0, 告知承诺制 0, 注册制 0)
_COMMON_SYSTEM_FREQ = 200
_NOT_NAMES = frozenset(
    {
        "王牌",
        "高度",
        "高效",
        "高端",
        "高新",
        "高质",
        "常务",
        "常态",
        "成员",
        "方面",
        "全面",
        "全省",
        "全市",
        "平台",
        "安全",
        "任务",
        "江河",
        "黄金",
        "金融",
        "文化",
        "石油",
        "时间",
        "时期",
        "于是",
        "关于",
        "向前",
        "龙头",
        "路径",
        "项目",
        "严格",
        "应用",
        "程序",
        "明确",
    }
)


def find_entities(
    text: str,
    *,
    structure: Any = None,
    lexicons: EntityLexicons | None = None,
    gazetteer: Any = None,
) -> tuple[list[Mention], list[Mention]]:
    """Find named entities and generic actor groups in ``text``.

    Parameters
    ----------
    text
        The (normalised) document text; offsets refer to it.
    structure
        A :class:`policytext.structure.DocumentStructure` of ``text`` (optional): its title,
        attachment and signer fields add PROGRAM and PERSON evidence.
    lexicons
        :func:`load_entity_lexicons` output (default: the bundled lexicons).
    gazetteer
        A ``policytext.gazetteer.Gazetteer`` (``places_in`` / ``bodies_in``); default: the
        bundled one when :mod:`policytext.gazetteer` is available, else the fallback places in
        ``entity_places.txt``. Pass ``False`` to use the fallback only.

    Returns
    -------
    (entities, actor_groups)
        Both flat, non-overlapping (also with each other) and sorted by start; entity labels
        are :data:`ENTITY_LABELS`, actor groups have the label ``ACTOR_GROUP``.
    """
    lex = lexicons if lexicons is not None else _default_lexicons()
    if gazetteer is None:
        gaz = _default_gazetteer()
    elif gazetteer is False:
        gaz = None
    else:
        gaz = gazetteer
    folded = fold_punctuation(text)
    ents, groups = _Finder(folded, structure, lex, gaz).run()
    if folded is not text:  # the rules read ， for , — the mentions keep the source's characters
        for m in (*ents, *groups):
            m.text = text[m.start : m.end]
    return ents, groups


def iter_mentions(items: Iterable[Mention], label: str) -> Iterator[Mention]:
    """Mentions of one label."""
    return (m for m in items if m.label == label)
