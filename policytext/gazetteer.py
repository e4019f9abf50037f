"""Gazetteers of general knowledge: Chinese places, central bodies and local departments.

Four UTF-8 TSV files ship in ``policytext/data`` and feed entity recognition (GPE / ORG)
and alias resolution:

``gazetteer_places.tsv``
    all 34 provincial-level and 333 prefecture-level divisions, a few national-level new
    areas / special zones (``zone``) and strategy regions (``region``);
``gazetteer_counties.tsv``
    the county-level divisions of mainland China (市辖区, 县级市, 县, 自治县, 旗, 自治旗, 特区,
    林区; ``county``) with their province and prefecture;
``gazetteer_central.tsv``
    central Party and state bodies with their abbreviations (工信部 → 工业和信息化部);
``gazetteer_departments.tsv``
    the standard pattern of local departments, so that 省住建厅 in a Henan document expands
    to 河南省住房和城乡建设厅.

Each file explains its columns and names its source in its ``#`` header. Users extend the
defaults with files of the same formats (:func:`load_gazetteer`).

Examples
--------
>>> gaz = load_gazetteer()
>>> gaz.place("豫").name
'河南省'
>>> yiwu = gaz.place("义乌")
>>> yiwu.name, yiwu.level, yiwu.prefecture, yiwu.province
('义乌市', 'county', '金华市', '浙江省')
>>> gaz.body("工信部").name
'工业和信息化部'
>>> henan = gaz.place("河南")
>>> gaz.expand_department("省住建厅", province=henan)
'河南省住房和城乡建设厅'
"""

from __future__ import annotations

import functools
import importlib.util
import os
import re
import string
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from policytext.lexicons import data_path

__all__ = [
    "DEFAULT_FILES",
    "Body",
    "Department",
    "Gazetteer",
    "GazetteerFormatError",
    "Place",
    "common_words",
    "default_files",
    "load_gazetteer",
]

PathLike = str | os.PathLike[str]

#: Default data files, in loading order.
DEFAULT_FILES = (
    "gazetteer_places.tsv",
    "gazetteer_counties.tsv",
    "gazetteer_central.tsv",
    "gazetteer_departments.tsv",
)

PLACE_LEVELS = ("province", "prefecture", "county", "zone", "region")
DEPARTMENT_LEVELS = ("province", "prefecture", "county")
DEFAULT_TEMPLATE = "{region}{core}{suffix}"
MUNICIPALITIES = frozenset({"北京市", "天津市", "上海市", "重庆市"})

_KIND_RE = re.compile(r"^#\s*kind\s*:\s*(\w+)\s*$")
_KINDS = ("places", "central", "departments")
_NO_SUFFIX = "-"
# A written abbreviated suffix and its full form.
_SUFFIX_EXPANSION = {"委": "委员会", "办": "办公室"}
# Generic region markers at the start of a department name ("省住建厅", "市委").
_REGION_MARKERS = ("自治区", "自治州", "地区", "省", "市", "州", "盟")
_NATIONAL_PREFIXES = ("国家", "国务院", "中国", "中华", "中共", "中央", "全国", "最高")
_LOCAL_MARKERS = frozenset("省市县区州盟旗乡镇")

#: A word jieba's dictionary lists with at least this frequency is an ordinary word, whatever
#: its tag (长寿 283, 上街 235, 博爱 165; the place names 昆山 148 and 义乌 92 stay below).
COMMON_WORD_FREQUENCY = 150
#: … and with at least this frequency when jieba tags it as an ordinary word rather than a
#: proper noun (富民 n 122, 安居 v 142, 湖里 s 139).
ORDINARY_WORD_FREQUENCY = 100
_PROPER_TAGS = frozenset({"ns", "nr", "nz", "nt", "nrt", "nrfg", "j"})
# County full names that are ordinary words in running text (城区面积, 老城区改造): found by
# place() but never matched by places_in().
_GENERIC_COUNTY_NAMES = frozenset({"城区", "郊区", "矿区", "东区", "西区", "新城区", "老城区"})


class GazetteerFormatError(ValueError):
    """A malformed gazetteer file; the message names the file and the line."""


@dataclass(frozen=True)
class Place:
    """A province, prefecture, county-level division, zone or region.

    ``prefecture`` is the parent prefecture-level division of a county (the municipality
    for its districts and counties; None for one directly under its province).

    Examples
    --------
    >>> p = Place("河南省", "河南", "province", None, "豫")
    >>> p.names
    ('河南省', '河南', '豫')
    >>> Place("兴隆县", "兴隆", "county", "河北省", prefecture="承德市").prefecture
    '承德市'
    """

    name: str
    short: str
    level: str
    province: str | None = None
    abbr: str | None = None
    aliases: tuple[str, ...] = ()
    prefecture: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """Full name, short name, abbreviation and aliases, de-duplicated in that order."""
        return tuple(
            dict.fromkeys(n for n in (self.name, self.short, self.abbr, *self.aliases) if n)
        )

    @property
    def is_municipality(self) -> bool:
        """True for the four province-level municipalities (北京市 天津市 上海市 重庆市)."""
        return self.level == "province" and self.name in MUNICIPALITIES


@dataclass(frozen=True)
class Body:
    """A central body with its abbreviations and the predecessors it absorbed.

    Examples
    --------
    >>> b = Body("工业和信息化部", ("工信部",), "ministry")
    >>> b.names
    ('工业和信息化部', '工信部')
    """

    name: str
    abbreviations: tuple[str, ...] = ()
    kind: str = ""
    former: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """Full name, abbreviations and former names, de-duplicated in that order."""
        return tuple(dict.fromkeys((self.name, *self.abbreviations, *self.former)))


@dataclass(frozen=True)
class Department:
    """A local department pattern: a core name, its short forms and suffixes per level.

    Examples
    --------
    >>> d = Department("住房和城乡建设", ("住建",), ("厅", "局"), {"province": "厅", "prefecture": "局"})
    >>> d.full_name("河南省", "province")
    '河南省住房和城乡建设厅'
    >>> d.full_name("郑州市", "prefecture")
    '郑州市住房和城乡建设局'
    """

    core: str
    shorts: tuple[str, ...]
    suffixes: tuple[str, ...]
    full_suffix: dict[str, str] = field(default_factory=dict, hash=False)
    levels: tuple[str, ...] = DEPARTMENT_LEVELS
    template: str = DEFAULT_TEMPLATE

    @property
    def forms(self) -> tuple[str, ...]:
        """The core and the short cores."""
        return tuple(dict.fromkeys((self.core, *self.shorts)))

    def full_suffix_for(self, written: str, level: str) -> str:
        """The full suffix for a written suffix: 委 → 委员会, 办 → 办公室, none → the level's."""
        if written in _SUFFIX_EXPANSION:
            return _SUFFIX_EXPANSION[written]
        if not written:
            return self.full_suffix.get(level, "")
        return written

    def full_name(self, region: str, level: str, suffix: str = "") -> str:
        """The full name in ``region`` (a full place name) at ``level``, given a written suffix."""
        return self.template.format(
            region=region, core=self.core, suffix=self.full_suffix_for(suffix, level)
        )


T = TypeVar("T")


class _Matcher(Generic[T]):
    """Leftmost, longest, non-overlapping matching of a set of strings (a hashed trie)."""

    def __init__(self, forms: dict[str, T]) -> None:
        self.forms = forms
        # first two characters -> the lengths of the forms starting with them, longest first:
        # a position is tried only against lengths that can match there
        by_prefix: dict[str, set[int]] = {}
        singles: set[str] = set()
        for f in forms:
            if len(f) >= 2:
                by_prefix.setdefault(f[:2], set()).add(len(f))
            elif f:
                singles.add(f)
        self.by_prefix = {k: sorted(v, reverse=True) for k, v in by_prefix.items()}
        self.singles = frozenset(singles)
        self.first = frozenset(f[0] for f in forms if f)

    def find(
        self, text: str, veto: Callable[[str, int, int, T], bool] | None = None
    ) -> list[tuple[int, int, str, T]]:
        """Matches; ``veto(text, start, end, value)`` rejects one (a shorter form may follow)."""
        out: list[tuple[int, int, str, T]] = []
        i, n = 0, len(text)
        forms, by_prefix, singles, first = self.forms, self.by_prefix, self.singles, self.first
        while i < n:
            if text[i] not in first:
                i += 1
                continue
            lengths = by_prefix.get(text[i : i + 2], ())
            if text[i] in singles:
                lengths = [*lengths, 1]
            for length in lengths:
                form = text[i : i + length]
                if len(form) == length and form in forms:
                    if veto is not None and veto(text, i, i + length, forms[form]):
                        continue
                    out.append((i, i + length, form, forms[form]))
                    i += length
                    break
            else:
                i += 1
        return out


def _county_region_veto(text: str, start: int, end: int, place: Place) -> bool:
    """河北区域 / 海南区域: a county name ending in 区 before 域 is not that county."""
    return place.level == "county" and text[end - 1] == "区" and text[end : end + 1] == "域"


def _jieba_dictionary() -> Path | None:
    try:
        spec = importlib.util.find_spec("jieba")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin:
        return None
    path = Path(spec.origin).with_name("dict.txt")
    return path if path.is_file() else None


@functools.lru_cache(maxsize=8)
def _common_words(words: frozenset[str], frequency: int, ordinary: int) -> frozenset[str]:
    path = _jieba_dictionary()
    if path is None:
        return words
    found: set[str] = set()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            word, _, rest = line.partition(" ")
            if word not in words:
                continue
            freq, _, tag = rest.partition(" ")
            try:
                count = int(freq)
            except ValueError:
                continue
            tag = tag.strip()
            if count >= frequency or (count >= ordinary and tag not in _PROPER_TAGS):
                found.add(word)
    return frozenset(found)


def common_words(
    words: Iterable[str],
    *,
    frequency: int = COMMON_WORD_FREQUENCY,
    ordinary: int = ORDINARY_WORD_FREQUENCY,
) -> frozenset[str]:
    """The ``words`` that are ordinary Chinese words by jieba's dictionary (``dict.txt``).

    A word is ordinary when the dictionary lists it with a frequency of at least
    ``frequency``, or of at least ``ordinary`` with a tag other than a proper noun's
    (``ns`` ``nr`` ``nz`` ``nt`` ``nrt`` ``nrfg`` ``j``). The dictionary is read once per
    set of words. Without jieba every word counts as ordinary (the safe side for matching
    county short names).

    Examples
    --------
    >>> sorted(common_words(["义乌", "昆山", "和平", "长寿", "富民"]))
    ['和平', '富民', '长寿']
    """
    return _common_words(frozenset(words), frequency, ordinary)


class Gazetteer:
    """Places, central bodies and local department patterns with look-ups.

    Build one with :func:`load_gazetteer`. Indexes are built on first use.

    ``common_words`` tells which county short names are ordinary words, matched in running
    text by full name only (default :func:`common_words`, from jieba's dictionary).

    Examples
    --------
    >>> gaz = load_gazetteer()
    >>> gaz.place("郑州").name, gaz.place("郑州").province
    ('郑州市', '河南省')
    >>> [(s, e, p.name) for s, e, p in gaz.places_in("河南省郑州市与雄安新区")]
    [(0, 3, '河南省'), (3, 6, '郑州市'), (7, 11, '河北雄安新区')]
    >>> gaz.body("国家发展改革委").name
    '国家发展和改革委员会'
    >>> gaz.expand_department("市发展改革委", province=gaz.place("上海"))
    '上海市发展和改革委员会'
    """

    def __init__(
        self,
        places: Iterable[Place] = (),
        bodies: Iterable[Body] = (),
        departments: Iterable[Department] = (),
        *,
        common_words: Callable[[Iterable[str]], AbstractSet[str]] | None = None,
    ) -> None:
        self.places: list[Place] = list(places)
        self.bodies: list[Body] = list(bodies)
        self.departments: list[Department] = list(departments)
        self._common_words = common_words

    def __repr__(self) -> str:
        return (
            f"Gazetteer({len(self.places)} places, {len(self.bodies)} bodies, "
            f"{len(self.departments)} departments)"
        )

    # ----------------------------------------------------------------- places
    def _places_by_priority(self) -> list[Place]:
        order = {level: i for i, level in enumerate(PLACE_LEVELS)}
        return sorted(self.places, key=lambda p: order.get(p.level, len(order)))

    @functools.cached_property
    def _place_index(self) -> dict[str, Place]:
        index: dict[str, Place] = {}
        ranked = self._places_by_priority()
        for p in ranked:  # full names first: 吉林市 is the prefecture …
            index.setdefault(p.name, p)
        for p in ranked:  # … then short names, provinces first: 吉林 is the province
            for n in p.names[1:]:
                index.setdefault(n, p)
        return index

    @functools.cached_property
    def _text_forms(self) -> dict[str, Place]:
        """The forms :meth:`places_in` matches: two characters or more, county names filtered."""
        ranked = self._places_by_priority()
        counties = [p for p in ranked if p.level == "county"]
        other_forms = {n for p in ranked if p.level != "county" for n in p.names}
        county_names = Counter(p.name for p in counties)
        shorts = Counter(n for p in counties for n in p.names[1:])
        candidates = {
            n
            for n, count in shorts.items()
            if count == 1 and len(n) >= 2 and n not in county_names and n not in other_forms
        }
        finder = self._common_words or common_words
        usable = candidates - set(finder(sorted(candidates)))
        forms: dict[str, Place] = {}
        for p in ranked:
            if len(p.name) >= 2 and (p.level != "county" or p.name not in _GENERIC_COUNTY_NAMES):
                forms.setdefault(p.name, p)
        for p in ranked:
            for n in p.names[1:]:
                if len(n) >= 2 and (p.level != "county" or n in usable):
                    forms.setdefault(n, p)
        return forms

    @functools.cached_property
    def _place_matcher(self) -> _Matcher[Place]:
        return _Matcher(self._text_forms)

    @functools.cached_property
    def _places_by_name(self) -> dict[str, list[Place]]:
        index: dict[str, list[Place]] = {}
        for p in self._places_by_priority():
            for n in p.names:
                index.setdefault(n, []).append(p)
        return index

    def place(self, name: str) -> Place | None:
        """A place by full name, short name, alias or provincial abbreviation.

        Full names win over short names; for a shared short name provinces win over
        prefectures, prefectures over counties (吉林 → 吉林省; 吉林市 → 吉林市; 朝阳 → 朝阳市).
        A full name shared by several counties (鼓楼区) gives the first in file order:
        :meth:`places_named` gives them all.

        Examples
        --------
        >>> gaz = load_gazetteer()
        >>> gaz.place("吉林").name, gaz.place("吉林市").name, gaz.place("内蒙古").name
        ('吉林省', '吉林市', '内蒙古自治区')
        >>> gaz.place("延边州").level
        'prefecture'
        >>> p = gaz.place("兴隆县")
        >>> p.level, p.province, p.prefecture
        ('county', '河北省', '承德市')
        >>> gaz.place("火星") is None
        True
        """
        return self._place_index.get(name.strip())

    def places_named(self, name: str) -> list[Place]:
        """Every place with this full name, short name, alias or abbreviation, by priority.

        Examples
        --------
        >>> [(p.name, p.prefecture) for p in load_gazetteer().places_named("鼓楼区")]
        [('鼓楼区', '南京市'), ('鼓楼区', '徐州市'), ('鼓楼区', '福州市'), ('鼓楼区', '开封市')]
        """
        return list(self._places_by_name.get(name.strip(), ()))

    def places_in(self, text: str) -> list[tuple[int, int, Place]]:
        """Leftmost-longest, non-overlapping matches of place names in ``text``.

        Full names, short names and aliases of two characters or more are matched (the
        one-character provincial abbreviations are not). Short names of provinces and
        prefectures that are also common words (朝阳, 中山, 来宾) are returned as well:
        callers filter. County-level divisions are matched by full name (except the
        generic 城区, 郊区, 矿区, 东区, 西区, 新城区, 老城区), and by short name only when it
        is unambiguous: not an ordinary word (:func:`common_words`), not shared with another
        county (朝阳, 和平, 新华, 城关) and not a name of a province, prefecture or zone. A
        county name ending in 区 right before 域 (河北区域) is not taken.

        Examples
        --------
        >>> gaz = load_gazetteer()
        >>> [p.name for _, _, p in gaz.places_in("支持郑州航空港区和长三角一体化")]
        ['郑州航空港经济综合实验区', '长江三角洲']
        >>> [p.name for _, _, p in gaz.places_in("义乌小商品与承德市兴隆县板栗，和平发展")]
        ['义乌市', '承德市', '兴隆县']
        """
        return [
            (s, e, p) for s, e, _, p in self._place_matcher.find(text, veto=_county_region_veto)
        ]

    def provinces(self) -> list[Place]:
        """The provincial-level divisions, in file order."""
        return [p for p in self.places if p.level == "province"]

    def counties(self, within: str | Place | None = None) -> list[Place]:
        """County-level divisions, optionally of one province or prefecture (name or Place).

        Examples
        --------
        >>> gaz = load_gazetteer()
        >>> [p.name for p in gaz.counties("承德")][:5]
        ['双桥区', '双滦区', '鹰手营子矿区', '承德县', '兴隆县']
        >>> len(gaz.counties("上海")), len(gaz.counties("河南省"))
        (16, 157)
        """
        counties = [p for p in self.places if p.level == "county"]
        if within is None:
            return counties
        region = within if isinstance(within, Place) else self.place(within)
        if region is None:
            return []
        if region.level == "province":
            return [p for p in counties if p.province == region.name]
        return [p for p in counties if p.prefecture == region.name]

    def prefectures(self, province: str | Place | None = None) -> list[Place]:
        """Prefecture-level divisions, optionally of one province (by name or :class:`Place`).

        Examples
        --------
        >>> len(load_gazetteer().prefectures("河南"))
        17
        """
        if province is None:
            return [p for p in self.places if p.level == "prefecture"]
        prov = province if isinstance(province, Place) else self.place(province)
        if prov is None:
            return []
        return [p for p in self.places if p.level == "prefecture" and p.province == prov.name]

    # ----------------------------------------------------------------- bodies
    @functools.cached_property
    def _body_index(self) -> dict[str, Body]:
        index: dict[str, Body] = {}
        for b in self.bodies:
            index.setdefault(b.name, b)
        for b in self.bodies:
            if b.kind in ("ministry", "commission", "bank") and not b.name.startswith("中华"):
                index.setdefault("中华人民共和国" + b.name, b)
            for a in b.abbreviations:
                index.setdefault(a, b)
        for b in self.bodies:
            for a in b.former:
                index.setdefault(a, b)
        return index

    @functools.cached_property
    def _body_matcher(self) -> _Matcher[Body]:
        return _Matcher({k: v for k, v in self._body_index.items() if len(k) >= 2})

    def body(self, name: str) -> Body | None:
        """A central body by full name, abbreviation or predecessor's name.

        A leading 中华人民共和国 is accepted; predecessors resolve to the current body.

        Examples
        --------
        >>> gaz = load_gazetteer()
        >>> gaz.body("中华人民共和国工业和信息化部").name
        '工业和信息化部'
        >>> gaz.body("央行").name, gaz.body("银保监会").name
        ('中国人民银行', '国家金融监督管理总局')
        """
        key = name.strip()
        found = self._body_index.get(key)
        if found is None and key.startswith("中华人民共和国"):
            found = self._body_index.get(key[len("中华人民共和国") :])
        return found

    def bodies_in(self, text: str, *, skip_local: bool = True) -> list[tuple[int, int, Body]]:
        """Leftmost-longest, non-overlapping matches of central bodies in ``text``.

        With ``skip_local`` (default), hits that are evidently local or generic are dropped:
        an abbreviation right after a region (河南省发改委, 市国资委), and a ministry name
        followed by 门 (教育部门, 财政部门).

        Examples
        --------
        >>> gaz = load_gazetteer()
        >>> [b.name for _, _, b in gaz.bodies_in("工信部、省发改委和各级教育部门会同国家发展改革委")]
        ['工业和信息化部', '国家发展和改革委员会']
        """
        out: list[tuple[int, int, Body]] = []
        for s, e, form, b in self._body_matcher.find(text):
            if skip_local and self._is_local_hit(text, s, e, form):
                continue
            out.append((s, e, b))
        return out

    def _is_local_hit(self, text: str, start: int, end: int, form: str) -> bool:
        if form.endswith("部") and text[end : end + 1] == "门":
            return True
        if form == "人行" and text[end : end + 1] in ("道", "横"):
            return True
        if form.startswith(_NATIONAL_PREFIXES):
            return False
        if start and text[start - 1] in _LOCAL_MARKERS:
            return True
        places = self._text_forms
        return any(text[max(0, start - k) : start] in places for k in range(2, 13))

    # ------------------------------------------------------------ departments
    @functools.cached_property
    def _department_index(self) -> dict[str, tuple[Department, str, str]]:
        index: dict[str, tuple[Department, str, str]] = {}
        for d in self.departments:
            for form in d.forms:
                for suffix in d.suffixes:
                    index.setdefault(form + suffix, (d, form, suffix))
        return index

    @functools.cached_property
    def _region_prefixes(self) -> dict[str, Place]:
        levels = ("province", "prefecture", "county")
        return {k: p for k, p in self._place_index.items() if len(k) >= 2 and p.level in levels}

    def department(self, name: str) -> tuple[Department, str, str] | None:
        """Parse a department name or abbreviation without a region.

        Returns the department pattern, the matched core or short core, and the written
        suffix (``''`` when none), or None.

        Examples
        --------
        >>> gaz = load_gazetteer()
        >>> d, form, suffix = gaz.department("住建厅")
        >>> d.core, form, suffix
        ('住房和城乡建设', '住建', '厅')
        >>> gaz.department("发改委")[0].core
        '发展和改革'
        >>> gaz.department("市场监管局")[0].core
        '市场监督管理'
        >>> gaz.department("住建") is None
        True
        """
        return self._department_index.get(re.sub(r"\s+", "", name))

    def expand_department(
        self,
        name: str,
        *,
        province: Place | None = None,
        city: Place | None = None,
    ) -> str | None:
        """The official full name of a local department or organ, or None.

        The region is the one the name carries (河北省科技厅 → 河北省科学技术厅); otherwise
        a leading 省 / 自治区 refers to ``province``, 市 to ``city`` (or to ``province``
        when it is a municipality such as 上海市), 州 / 盟 / 地区 to ``city``; a name with
        no region marker belongs to ``city`` if given, else to ``province``. When only
        ``city`` is given, ``province`` defaults to the city's province.

        Examples
        --------
        >>> gaz = load_gazetteer()
        >>> henan, zhengzhou = gaz.place("河南"), gaz.place("郑州")
        >>> gaz.expand_department("省政府", province=henan)
        '河南省人民政府'
        >>> gaz.expand_department("省委", province=henan)
        '中共河南省委员会'
        >>> gaz.expand_department("省政协", province=henan)
        '中国人民政治协商会议河南省委员会'
        >>> gaz.expand_department("市住建局", city=zhengzhou)
        '郑州市住房和城乡建设局'
        >>> gaz.expand_department("承德市政府")
        '承德市人民政府'
        >>> gaz.expand_department("省长", province=henan) is None
        True
        """
        s = re.sub(r"\s+", "", name)
        for prefix in ("中国共产党", "中共"):
            if s.startswith(prefix) and len(s) > len(prefix):
                s = s[len(prefix) :]
                break
        if province is None and city is not None and city.province:
            province = self.place(city.province)

        parsed = self.department(s)
        if parsed is not None:
            return self._build(city or province, parsed)

        prefixes = self._region_prefixes
        for length in range(min(len(s) - 1, 16), 1, -1):
            region = prefixes.get(s[:length])
            if region is not None:
                rest = s[length:]
                parsed = self.department(rest)
                if parsed is not None:
                    return self._build(region, parsed)
                if region.level == "province":
                    # 河南省郑州市住建局: a province, then a city in it
                    inner = self.expand_department(rest, province=region)
                    if inner is not None:
                        return inner

        for marker in _REGION_MARKERS:
            if s.startswith(marker) and len(s) > len(marker):
                parsed = self.department(s[len(marker) :])
                if parsed is None:
                    continue
                if marker in ("省", "自治区"):
                    target = province
                elif marker == "市":
                    if city is not None:
                        target = city
                    elif province is not None and province.is_municipality:
                        target = province
                    else:
                        target = None
                else:
                    target = city
                return self._build(target, parsed)
        return None

    @staticmethod
    def _build(region: Place | None, parsed: tuple[Department, str, str]) -> str | None:
        if region is None:
            return None
        dept, _, suffix = parsed
        level = region.level if region.level in DEPARTMENT_LEVELS else "prefecture"
        full = dept.full_name(region.name, level, suffix)
        if dept.core == "人民政府" and region.name.endswith(("地区", "盟")):
            full = full[: -len("人民政府")] + "行政公署"
        return full


# ---------------------------------------------------------------- loading


def _split(value: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v.strip() for v in value.split("|") if v.strip()))


def _file_kind(path: Path, lines: Sequence[str]) -> str:
    for line in lines:
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            break
        m = _KIND_RE.match(stripped)
        if m:
            kind = m.group(1).lower()
            if kind == "bodies":
                kind = "central"
            if kind not in _KINDS:
                raise GazetteerFormatError(
                    f"{path}: unknown '# kind: {kind}' (expected one of {', '.join(_KINDS)})"
                )
            return kind
    lower = path.name.lower()
    for kind, words in (
        ("places", ("place",)),
        ("central", ("central", "bod")),
        ("departments", ("department", "dept")),
    ):
        if any(w in lower for w in words):
            return kind
    raise GazetteerFormatError(
        f"{path}: cannot tell the gazetteer kind; add a header line "
        f"'# kind: places', '# kind: central' or '# kind: departments'"
    )


def _parse_place(cols: list[str], where: str) -> Place:
    if not 3 <= len(cols) <= 7:
        raise GazetteerFormatError(
            f"{where}: expected 3 to 7 tab-separated columns "
            f"(name, short, level[, province, abbr, aliases, prefecture]), got {len(cols)}"
        )
    name, short, level, *rest = cols
    rest += [""] * (4 - len(rest))
    province, abbr, aliases, prefecture = rest
    if not name:
        raise GazetteerFormatError(f"{where}: empty place name")
    if level not in PLACE_LEVELS:
        raise GazetteerFormatError(
            f"{where}: unknown level {level!r} (expected one of {', '.join(PLACE_LEVELS)})"
        )
    if level in ("prefecture", "county") and not province:
        raise GazetteerFormatError(f"{where}: a {level} needs its province (4th column)")
    if prefecture and level != "county":
        raise GazetteerFormatError(f"{where}: only a county has a prefecture (7th column)")
    return Place(
        name,
        short or name,
        level,
        province or None,
        abbr or None,
        _split(aliases),
        prefecture or None,
    )


def _parse_body(cols: list[str], where: str) -> Body:
    if not 3 <= len(cols) <= 4:
        raise GazetteerFormatError(
            f"{where}: expected 3 or 4 tab-separated columns "
            f"(name, abbreviations, kind[, former]), got {len(cols)}"
        )
    name, abbreviations, kind, *rest = cols
    if not name or not kind:
        raise GazetteerFormatError(f"{where}: a body needs a name and a kind")
    return Body(name, _split(abbreviations), kind, _split(rest[0]) if rest else ())


def _suffixes(value: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys("" if v == _NO_SUFFIX else v for v in _split(value)))


def _parse_department(cols: list[str], where: str) -> Department:
    if not 4 <= len(cols) <= 8:
        raise GazetteerFormatError(
            f"{where}: expected 4 to 8 tab-separated columns (core, shorts, suffixes, levels"
            f"[, suffix_province, suffix_prefecture, suffix_county, template]), got {len(cols)}"
        )
    core, shorts, suffixes, levels, *rest = cols
    rest += [""] * (4 - len(rest))
    if not core or not suffixes:
        raise GazetteerFormatError(f"{where}: a department needs a core and its suffixes")
    level_t = _split(levels)
    bad = [lv for lv in level_t if lv not in DEPARTMENT_LEVELS]
    if bad or not level_t:
        raise GazetteerFormatError(
            f"{where}: levels must be |-separated among {', '.join(DEPARTMENT_LEVELS)}, "
            f"got {levels!r}"
        )
    full = {
        lv: ("" if value == _NO_SUFFIX else value)
        for lv, value in zip(DEPARTMENT_LEVELS, rest[:3], strict=True)
        if value
    }
    template = rest[3] or DEFAULT_TEMPLATE
    try:
        fields = {f for _, f, _, _ in string.Formatter().parse(template) if f is not None}
    except ValueError as exc:
        raise GazetteerFormatError(f"{where}: bad template {template!r}: {exc}") from None
    if "region" not in fields or not fields <= {"region", "core", "suffix"}:
        raise GazetteerFormatError(
            f"{where}: template {template!r} must use {{region}} and only "
            f"{{region}}, {{core}}, {{suffix}}"
        )
    return Department(core, _split(shorts), _suffixes(suffixes), full, level_t, template)


_PARSERS: dict[str, Callable[[list[str], str], object]] = {
    "places": _parse_place,
    "central": _parse_body,
    "departments": _parse_department,
}


def _read_file(path: Path) -> tuple[str, list[tuple[object, str]]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise FileNotFoundError(f"gazetteer file not found: {path}") from None
    except UnicodeDecodeError as exc:
        raise GazetteerFormatError(f"{path}: not UTF-8 ({exc})") from None
    lines = text.splitlines()
    kind = _file_kind(path, lines)
    parse = _PARSERS[kind]
    entries: list[tuple[object, str]] = []
    for lineno, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{path}:{lineno}"
        cols = [c.strip() for c in line.rstrip("\r\n").split("\t")]
        while len(cols) > 1 and not cols[-1]:
            cols.pop()
        entries.append((parse(cols, where), where))
    return kind, entries


def _load(files: Sequence[PathLike]) -> Gazetteer:
    places: list[tuple[Place, str]] = []
    bodies: list[Body] = []
    departments: list[Department] = []
    for f in files:
        _, entries = _read_file(Path(f))
        for entry, where in entries:
            if isinstance(entry, Place):
                places.append((entry, where))
            elif isinstance(entry, Body):
                bodies.append(entry)
            elif isinstance(entry, Department):
                departments.append(entry)
    provinces = {p.name for p, _ in places if p.level == "province"}
    prefectures = {p.name: p.province for p, _ in places if p.level == "prefecture"}
    for p, where in places:
        if p.province and p.province not in provinces:
            raise GazetteerFormatError(
                f"{where}: province {p.province!r} of {p.name!r} is not a known province "
                f"(use the full name, e.g. 河南省)"
            )
        in_prefecture = prefectures.get(p.prefecture or "") == p.province
        in_municipality = p.prefecture == p.province and p.province in MUNICIPALITIES
        if p.prefecture and not (in_prefecture or in_municipality):
            raise GazetteerFormatError(
                f"{where}: prefecture {p.prefecture!r} of {p.name!r} is not a known prefecture "
                f"of {p.province} (use the full name, e.g. 承德市; a municipality for its "
                f"districts)"
            )
    return Gazetteer([p for p, _ in places], bodies, departments)


def default_files() -> list[Path]:
    """Paths of the shipped gazetteer files."""
    return [data_path(name) for name in DEFAULT_FILES]


@functools.lru_cache(maxsize=1)
def _default_gazetteer() -> Gazetteer:
    return _load(default_files())


def load_gazetteer(*extra_files: PathLike, replace: bool = False) -> Gazetteer:
    """The default gazetteer, extended with (or, with ``replace``, replaced by) user files.

    A user file has the format of one of the shipped files and says which by a
    ``# kind: places|central|departments`` header line, or by a file name containing
    ``places``, ``central`` / ``bodies`` or ``departments``. Entries are added after the
    defaults: for a name the defaults already hold, the default entry wins look-ups.
    The default gazetteer (no arguments) is loaded once and shared.

    Raises
    ------
    GazetteerFormatError
        For a malformed file, naming the file and the line.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> d = tempfile.mkdtemp()
    >>> f = pathlib.Path(d, "mine.tsv")
    >>> _ = f.write_text("# kind: places\\n郑东新区\\t郑东\\tzone\\t河南省\\n", encoding="utf-8")
    >>> load_gazetteer(f).place("郑东").name
    '郑东新区'
    """
    if not extra_files and not replace:
        return _default_gazetteer()
    files: list[PathLike] = [] if replace else list(default_files())
    files.extend(extra_files)
    return _load(files)
