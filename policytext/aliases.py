"""Canonical names and corpus-wide ids for entity mentions (ORG FIRM GPE PERSON PROGRAM).

A policy document names the same body in many ways: 省住建厅, 住建厅 and 河南省住房和城乡建设厅
are one department in a Henan document; 工信部 is 工业和信息化部; 中豫建投 is a short name of
河南中豫建设投资集团股份有限公司; “（以下简称“X”）” binds an alias for the rest of the text; 我省
and 你省 point at the issuer's region and at the addressee. This module gives every mention a
``canonical`` name and an ``id`` that is the same for the same canonical name (and label)
across a corpus.

* :func:`document_context` — the document's region (province, city, zone/district), its
  issuers and recipients and the aliases it defines.
* :func:`resolve_aliases` — fills ``.canonical`` and ``.id`` on each mention of one document.
* :func:`resolve_reference` — 我区 我省 本市 我委 … → the issuer or its region; 你省 你们 贵单位 →
  the recipients. The words live in ``data/alias_references.txt``.
* :func:`link_corpus` — binds short firm names to full names seen anywhere in a corpus of
  analysed records and makes ids consistent.
* :func:`entity_id` — the deterministic id.

Place and body names come from :mod:`policytext.gazetteer` (imported when first needed);
pass ``gazetteer=`` to use your own object with the same methods.

Examples
--------
>>> entity_id("ORG", "工业和信息化部") == entity_id("ORG", "工业和信息化部")
True
>>> entity_id("ORG", "工业和信息化部")[:4]
'ORG:'
>>> ctx = DocumentContext(province=None, city=None, issuers=["上海市发展和改革委员会"],
...                       recipients=["各有关单位"], aliases={})
>>> resolve_reference("我委", ctx), resolve_reference("你们", ctx)
('上海市发展和改革委员会', '各有关单位')
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Protocol

from .lexicons import PathLike, data_path, read_lines

__all__ = [
    "DocumentContext",
    "Reference",
    "canonical_name",
    "document_context",
    "entity_id",
    "find_alias_definitions",
    "link_corpus",
    "load_references",
    "normalize_surface",
    "resolve_aliases",
    "resolve_reference",
    "short_name_of",
]

LABELS = ("ORG", "FIRM", "GPE", "PERSON", "PROGRAM")
MUNICIPALITIES = frozenset({"北京市", "天津市", "上海市", "重庆市"})
# Endings that make a firm name a full (registered) name rather than a short name.
FIRM_FULL_SUFFIXES = (
    "公司",
    "银行",
    "厂",
    "合作社",
    "事务所",
    "有限合伙）",
    "有限合伙)",
)
# Prefixes that act as a region in firm names but are not in a provincial gazetteer.
NATIONAL_PREFIXES = ("中华人民共和国", "中国", "全国")
CENTRAL_PREFIXES = ("国务院", "中共中央", "中央", "全国", "国家", "最高人民")
_PARTY_PREFIXES = ("中国共产党", "中共")
_QUOTES = "“”\"'‘’「」『』"
_TITLE_MARKS = "《》〈〉"
_DELIMS = '，,。；;：:、\n“”"（）()《》'


class MentionLike(Protocol):
    """What :func:`resolve_aliases` needs from a mention (``policytext.entities.Mention``)."""

    start: int
    end: int
    label: str
    text: str
    canonical: str | None
    id: str | None


# --------------------------------------------------------------------------- basics


def normalize_surface(surface: str) -> str:
    """NFKC-normalise a surface and remove all whitespace.

    Examples
    --------
    >>> normalize_surface(" 省 住建厅\\n")
    '省住建厅'
    >>> normalize_surface("ＡＢＣ（１）")
    'ABC(1)'
    """
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", surface))


def entity_id(label: str, canonical: str) -> str:
    """A deterministic id: ``LABEL:`` and the first 10 hex digits of sha1 of the canonical name.

    The canonical name is normalised first (:func:`normalize_surface`), so the same name gives
    the same id in every document and every run.

    Examples
    --------
    >>> entity_id("ORG", "国务院")
    'ORG:77a17c09c1'
    >>> entity_id("ORG", "国务院 ") == entity_id("ORG", "国务院")
    True
    >>> entity_id("ORG", "国务院") == entity_id("FIRM", "国务院")
    False
    """
    digest = hashlib.sha1(normalize_surface(canonical).encode("utf-8")).hexdigest()
    return f"{label}:{digest[:10]}"


def _strip_marks(surface: str) -> str:
    """Strip surrounding 《》 and quotes (repeatedly) from a normalised surface."""
    s = surface
    while len(s) >= 2 and (
        (s[0] in _TITLE_MARKS and s[-1] in _TITLE_MARKS) or (s[0] in _QUOTES and s[-1] in _QUOTES)
    ):
        s = s[1:-1]
    if s[:1] in '《“"‘「' and s.count(s[0]) == 1 and not any(c in s for c in "》”」’"):
        s = s[1:]
    if s[-1:] in '》”"’」' and s.count(s[-1]) == 1 and not any(c in s for c in "《“「‘"):
        s = s[:-1]
    return s


def _strip_party(name: str) -> str:
    for prefix in _PARTY_PREFIXES:
        if name.startswith(prefix) and len(name) > len(prefix) + 1:
            return name[len(prefix) :]
    return name


# --------------------------------------------------------------------------- gazetteer access


@lru_cache(maxsize=1)
def _default_gazetteer() -> Any:
    from .gazetteer import load_gazetteer

    return load_gazetteer()


def _gaz(gazetteer: Any) -> Any:
    return _default_gazetteer() if gazetteer is None else gazetteer


def _level(place: Any) -> str:
    """``province`` | ``city`` | ``district`` for a gazetteer place (municipalities: province)."""
    if place is None:
        return ""
    name = str(getattr(place, "name", ""))
    level = str(getattr(place, "level", "") or "").lower()
    if name in MUNICIPALITIES or "prov" in level or "munic" in level or level in {"省", "省级"}:
        return "province"
    if "city" in level or "prefect" in level or level in {"市", "地级市", "地级"}:
        return "city"
    if "region" in level or level in {"区域", "地区"}:
        return "region"  # a strategy region (长三角): not an administrative area
    return "district"


def _province_of(place: Any, gaz: Any) -> Any:
    if place is None:
        return None
    if _level(place) == "province":
        return place
    prov = getattr(place, "province", None)
    if prov is None:
        return None
    if isinstance(prov, str):
        return gaz.place(prov) if prov else None
    return prov


def _lookup_place(gaz: Any, name: str) -> Any:
    try:
        return gaz.place(name)
    except (KeyError, ValueError):  # a gazetteer that raises instead of returning None
        return None


def _leading_place(name: str, gaz: Any, *, min_rest: int = 0) -> tuple[Any, int]:
    """The longest prefix of ``name`` that is a place, and its length (``(None, 0)`` if none)."""
    for k in range(min(len(name) - min_rest, 24), 1, -1):
        place = _lookup_place(gaz, name[:k])
        if place is not None:
            return place, k
    return None, 0


def _city_of(place: Any, gaz: Any) -> Any:
    """The city a district/zone lies in: its ``city`` attribute or a city prefix of its name."""
    city = getattr(place, "city", None)
    if isinstance(city, str):
        city = _lookup_place(gaz, city) if city else None
    if city is not None:
        return city
    for label in (getattr(place, "name", ""), getattr(place, "short", "") or ""):
        for k in range(min(len(label) - 1, 8), 1, -1):
            cand = _lookup_place(gaz, label[:k])
            if cand is not None and _level(cand) == "city":
                return cand
    return None


def _region_of(place: Any, gaz: Any) -> tuple[Any, Any, Any]:
    """(province, city, district) of a place (all None for a strategy region)."""
    level = _level(place)
    if level == "region":
        return None, None, None
    if level == "province":
        return place, (place if place.name in MUNICIPALITIES else None), None
    if level == "city":
        return _province_of(place, gaz), place, None
    city = _city_of(place, gaz)
    province = _province_of(place, gaz) or _province_of(city, gaz)
    return province, city, place


def _places_in(text: str, gaz: Any) -> list[Any]:
    """Places named in ``text``, in order (accepts several ``places_in`` return shapes)."""
    finder = getattr(gaz, "places_in", None)
    found: list[Any] = []
    if finder is not None:
        for item in finder(text):
            if hasattr(item, "level") and hasattr(item, "name"):
                found.append(item)
                continue
            inner = getattr(item, "place", None)
            if inner is not None:
                found.append(inner)
                continue
            if isinstance(item, tuple | list):
                found.extend(x for x in item if hasattr(x, "level") and hasattr(x, "name"))
        return found
    i = 0
    while i < len(text):
        place, k = _leading_place(text[i:], gaz)
        if place is not None:
            found.append(place)
            i += k
        else:
            i += 1
    return found


# --------------------------------------------------------------------------- references


@dataclass(frozen=True)
class Reference:
    """One self/addressee reference word (a line of ``data/alias_references.txt``)."""

    surface: str
    target: str
    suffixes: tuple[str, ...] = ()


_TARGETS = frozenset({"province", "city", "district", "country", "issuer", "recipient"})


def load_references(path: PathLike | None = None) -> dict[str, Reference]:
    """Read a reference-word file (default ``data/alias_references.txt``).

    Lines are ``SURFACE<TAB>TARGET[<TAB>SUFFIX|SUFFIX…]``; see the file's header.

    Examples
    --------
    >>> refs = load_references()
    >>> refs["我省"].target, refs["我委"].suffixes, refs["你省"].target
    ('province', ('委', '委员会'), 'recipient')
    """
    if path is None:
        return dict(_default_references())
    return _read_references(path)


def _read_references(path: PathLike) -> dict[str, Reference]:
    out: dict[str, Reference] = {}
    for line in read_lines(path):
        parts = [p.strip() for p in line.split("\t")]
        if len(parts) < 2 or parts[1] not in _TARGETS:
            raise ValueError(
                f"{path}: bad reference line {line!r}: expected SURFACE<TAB>TARGET with "
                f"TARGET one of {sorted(_TARGETS)}"
            )
        suffixes = tuple(s for s in parts[2].split("|") if s) if len(parts) > 2 else ()
        out[normalize_surface(parts[0])] = Reference(
            normalize_surface(parts[0]), parts[1], suffixes
        )
    return out


@lru_cache(maxsize=1)
def _default_references() -> dict[str, Reference]:
    return _read_references(data_path("alias_references.txt"))


# --------------------------------------------------------------------------- context


@dataclass
class DocumentContext:
    """What one document says about itself: region, issuers, recipients, aliases.

    ``issuers`` and ``recipients`` hold canonical names (region abbreviations expanded);
    ``aliases`` maps each alias defined by “（以下简称“X”）” to the full surface it stands for;
    ``district`` is the issuer's zone/district/county when the issuer sits below city level;
    ``bindings`` lists ``(position, alias, full)`` in text order (an alias applies from its
    definition on); ``central`` is true when an issuer is a central body.
    """

    province: Any
    city: Any
    issuers: list[str]
    recipients: list[str]
    aliases: dict[str, str]
    district: Any = None
    bindings: list[tuple[int, str, str]] = field(default_factory=list)
    central: bool = False


_ALIAS_RE = re.compile(
    r"[（(](?P<pre>[^（）()\n]{0,60}?)(?:以下简称|以下称|下称|简称)为?[：:]?\s*"
    r"(?P<open>[“\"‘「《]?)(?P<alias>[^“”\"‘’「」《》（）()，,。；;\n]{1,30}?)"
    r"(?P<close>[”\"’」》]?)\s*[）)]"
)


def find_alias_definitions(text: str, mentions: Sequence[Any] = ()) -> list[tuple[int, str, str]]:
    """Aliases defined by “（以下简称“X”）” / “(以下简称X)”: ``(position, alias, full)``.

    The full name is the mention ending just before the bracket, else the 《title》 just before
    it, else the text back to the previous delimiter (2–40 characters). ``position`` is where
    the bracket opens.

    Examples
    --------
    >>> text = "支持河南中豫建设投资集团股份有限公司（以下简称“中豫建投”）发展。中豫建投要…"
    >>> find_alias_definitions(text)
    [(18, '中豫建投', '河南中豫建设投资集团股份有限公司')]
    >>> find_alias_definitions("落实《国务院关于投资体制改革的决定》（国发〔2004〕20号，以下简称《决定》）")
    [(18, '决定', '国务院关于投资体制改革的决定')]
    """
    out: list[tuple[int, str, str]] = []
    for m in _ALIAS_RE.finditer(text):
        pre = m.group("pre").strip()
        if pre and pre[-1] not in "，,；;、":
            continue
        alias = normalize_surface(m.group("alias"))
        pos = m.start()
        full = _full_before(text, pos, mentions)
        if full and alias and full != alias and len(alias) < len(full):
            out.append((pos, alias, full))
    return out


def _full_before(text: str, pos: int, mentions: Sequence[Any]) -> str | None:
    end = pos
    while end > 0 and text[end - 1].isspace():
        end -= 1
    best = None
    for m in mentions:
        if m.end == end and (best is None or m.end - m.start > best.end - best.start):
            best = m
    if best is not None:
        return _strip_marks(normalize_surface(best.text))
    if end > 0 and text[end - 1] in "》〉":
        start = text.rfind("《", 0, end - 1)
        if start >= 0 and "\n" not in text[start:end]:
            return normalize_surface(text[start + 1 : end - 1]) or None
    start = end
    while start > 0 and text[start - 1] not in _DELIMS and end - start < 41:
        start -= 1
    chunk = normalize_surface(text[start:end])
    chunk = re.sub(r"^(?:支持|推动|鼓励|引导|由|和|与|及|同|对|在|将|把|会同|联合|依托)", "", chunk)
    if 2 <= len(chunk) <= 40 and (start == 0 or text[start - 1] in _DELIMS):
        return chunk
    return None


def _meta_list(meta: dict[str, Any], key: str, single: str | None = None) -> list[str]:
    values = meta.get(key) or []
    if isinstance(values, str):
        values = [values]
    out = [normalize_surface(v) for v in values if isinstance(v, str) and v.strip()]
    if not out and single and isinstance(meta.get(single), str) and meta[single].strip():
        out = [normalize_surface(meta[single])]
    return out


def _local_branch(name: str, gaz: Any) -> str | None:
    """The local part of a vertically managed central body's branch (国家税务总局河北省税务局 →
    河北省税务局), else None."""
    body = getattr(gaz, "body", None)
    if body is None:
        return None
    for k in range(min(len(name) - 3, 16), 2, -1):
        if body(name[:k]) is not None:
            rest = name[k:]
            place, _ = _leading_place(rest, gaz, min_rest=1)
            return rest if place is not None and _level(place) != "region" else None
    return None


def _is_central(name: str, gaz: Any) -> bool:
    if _local_branch(name, gaz) is not None:
        return False  # 国家税务总局河北省税务局 is a provincial body
    if name.startswith(CENTRAL_PREFIXES):
        return True
    body = getattr(gaz, "body", None)
    return body is not None and body(name) is not None


def document_context(
    text: str,
    mentions: Iterable[Any] = (),
    *,
    meta: dict[str, Any],
    gazetteer: Any = None,
) -> DocumentContext:
    """The region, issuers, recipients and aliases of one document.

    The region comes from the first issuer that names a place (郑州航空港经济综合实验区管理委员会
    → zone, 郑州市, 河南省; 河北省工业和信息化厅 → 河北省; 上海市… → 上海市, which is its own city),
    then from the title and the recipients, then — unless an issuer is a central body — from
    the most frequent GPE mentions (province only), the 文号's province abbreviation (沪 冀 豫 …)
    and the places named in the text. An issuer whose region the gazetteer lacks (兰考县人民政府,
    示例市财政局) yields a place built from its name, at the level its 省/市/县/区 implies.

    Parameters
    ----------
    text : str
        The document text.
    mentions : iterable of Mention
        Entity mentions (``start end label text``); GPE mentions vote for the region and
        mentions supply the full names of “以下简称” aliases.
    meta : dict
        The document's ``meta`` (``issuers``/``issuer``, ``title``, ``recipients``,
        ``doc_number``).
    gazetteer : Gazetteer, optional
        Defaults to :func:`policytext.gazetteer.load_gazetteer`.

    Examples
    --------
    >>> ctx = document_context("…", [], meta={"issuers": ["河北省工业和信息化厅"]})
    >>> ctx.province.name, ctx.city
    ('河北省', None)
    >>> ctx = document_context("…", [], meta={"issuers": ["上海市发展和改革委员会"]})
    >>> ctx.province.name, ctx.city.name
    ('上海市', '上海市')
    """
    gaz = _gaz(gazetteer)
    mentions = list(mentions)
    raw_issuers = _meta_list(meta, "issuers", "issuer")
    raw_recipients = _meta_list(meta, "recipients")
    central = any(_is_central(i, gaz) for i in raw_issuers)

    province = city = district = None
    anchored = False  # the region comes from an issuer's name
    for issuer in raw_issuers:
        local = _local_branch(issuer, gaz) or _strip_party(issuer)
        place, _ = _leading_place(local, gaz, min_rest=1)
        if place is not None and _level(place) != "region":
            province, city, district = _region_of(place, gaz)
            anchored = True
            break
        if not central and (unknown := _unknown_region(issuer, gaz)) is not None:
            level = _level(unknown)
            province = unknown if level == "province" else None
            city = unknown if level == "city" else None
            district = unknown if level == "district" else None
            anchored = True
            break
    if province is None:
        title = normalize_surface(str(meta.get("title") or ""))
        for source in [title, *raw_recipients]:
            places = [p for p in _places_in(source, gaz) if _level(p) != "region"]
            if places:
                if anchored:
                    province = _province_of(places[0], gaz)
                else:
                    province, city, district = _region_of(places[0], gaz)
                break
    if province is None and city is None and not central:
        province = _province_by_vote(mentions, gaz)
        if province is None:
            province = _province_by_doc_number(str(meta.get("doc_number") or ""), gaz)
        if province is None:
            # a raw scan has no word boundaries: 党委和政府 is no 和政县, 上云和… no 云和县
            scanned = [
                x
                for x in _places_in(text, gaz)
                if not str(x.name).startswith(("和", "与", "及"))
                and not str(getattr(x, "short", "") or "").endswith(("和", "与", "及"))
            ]
            votes = Counter(p.name for p in (_province_of(x, gaz) for x in scanned) if p)
            if votes:
                province = _lookup_place(gaz, votes.most_common(1)[0][0])
        if province is not None and province.name in MUNICIPALITIES:
            city = province

    bindings = find_alias_definitions(text, mentions)
    aliases: dict[str, str] = {}
    for _, alias, full in bindings:
        aliases.setdefault(alias, full)
    ctx = DocumentContext(
        province=province,
        city=city,
        issuers=raw_issuers,
        recipients=raw_recipients,
        aliases=aliases,
        district=district,
        bindings=bindings,
        central=central,
    )
    ctx.issuers = [_canonical_org(i, ctx, gaz, expand_zone=False) for i in raw_issuers]
    ctx.recipients = [_canonical_org(r, ctx, gaz, expand_zone=False) for r in raw_recipients]
    return ctx


_UNKNOWN_REGION_RE = re.compile(
    r"^([\u4e00-\u9fff]{1,8}?)(自治区|自治州|省|市|州|盟|县|区|旗)(.+)$"
)
_ORGAN_WORDS = frozenset({"管委会", "管理委员会", "委员会", "人民政府办公厅", "人民政府办公室"})


def _unknown_region(issuer: str, gaz: Any) -> Any:
    """A place the gazetteer lacks, from an issuer such as 兰考县人民政府 or 示例市财政局.

    The issuer must be a region name followed by a known department or organ; the place is
    built at the level its marker implies (省 → province, 市/州/盟 → prefecture, 县/区/旗 →
    county), with no parent province.
    """
    m = _UNKNOWN_REGION_RE.match(issuer)
    if m is None or issuer.startswith(_PARTY_PREFIXES + CENTRAL_PREFIXES):
        return None
    head, marker, rest = m.groups()
    if head.startswith(("各", "全", "本", "我", "你", "贵", "有关", "相关")) or _places_in(
        head + marker, gaz
    ):
        return None
    finder = getattr(gaz, "department", None)
    if rest not in _ORGAN_WORDS and (finder is None or finder(rest) is None):
        return None
    from .gazetteer import Place

    level = {"省": "province", "自治区": "province", "县": "county", "区": "county", "旗": "county"}
    return Place(head + marker, head, level.get(marker, "prefecture"), None, None)


def _province_by_vote(mentions: Sequence[Any], gaz: Any) -> Any:
    votes: Counter[str] = Counter()
    for m in mentions:
        if getattr(m, "label", None) != "GPE":
            continue
        prov = _province_of(_lookup_place(gaz, normalize_surface(m.text)), gaz)
        if prov is not None:
            votes[prov.name] += 1
    if not votes:
        return None
    ranked = votes.most_common(2)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return _lookup_place(gaz, ranked[0][0])


def _province_by_doc_number(doc_number: str, gaz: Any) -> Any:
    head = normalize_surface(doc_number)[:1]
    if not head:
        return None
    place = _lookup_place(gaz, head)
    if place is not None and _level(place) == "province" and getattr(place, "abbr", None) == head:
        return place
    return None


# --------------------------------------------------------------------------- references


def resolve_reference(
    surface: str, context: DocumentContext, *, references: dict[str, Reference] | None = None
) -> str | None:
    """The body or place a self/addressee reference stands for, or ``None``.

    我省/本省 → the province; 我市/本市 → the city (a municipality is its own city); 我区 → the
    issuer's zone or district (an autonomous region when there is none); 我国 → 中国;
    我委/我局/我厅/我部 … → the issuer whose name ends with 委(员会)/局/厅/部, else the first
    issuer; 你省/你市/你们/贵单位 … → the recipient containing 省/市/… , else the first recipient.

    Parameters
    ----------
    surface : str
        The reference word (anything else gives ``None``).
    context : DocumentContext
        From :func:`document_context`.
    references : dict, optional
        From :func:`load_references` (default: the packaged word list).

    Examples
    --------
    >>> ctx = DocumentContext(province=None, city=None,
    ...     issuers=["河北省工业和信息化厅", "河北省发展和改革委员会"],
    ...     recipients=["省有关部门", "承德市人民政府"], aliases={})
    >>> resolve_reference("我委", ctx), resolve_reference("我厅", ctx)
    ('河北省发展和改革委员会', '河北省工业和信息化厅')
    >>> resolve_reference("你市", ctx), resolve_reference("我省", ctx) is None
    ('承德市人民政府', True)
    >>> resolve_reference("河北省", ctx) is None
    True
    """
    refs = _default_references() if references is None else references
    ref = refs.get(normalize_surface(surface))
    if ref is None:
        return None
    if ref.target == "country":
        return "中国"
    if ref.target == "province":
        return _name(context.province)
    if ref.target == "city":
        if context.city is not None:
            return _name(context.city)
        if context.province is not None and context.province.name in MUNICIPALITIES:
            return _name(context.province)
        return None
    if ref.target == "district":
        if context.district is not None:
            return _name(context.district)
        if context.province is not None and str(context.province.name).endswith("自治区"):
            return _name(context.province) if context.city is None else None
        return None
    if ref.target == "issuer":
        return _pick(context.issuers, ref.suffixes, ends=True)
    return _pick(context.recipients, ref.suffixes, ends=False)


def _name(place: Any) -> str | None:
    return None if place is None else str(place.name)


def _pick(names: list[str], suffixes: tuple[str, ...], *, ends: bool) -> str | None:
    if not names:
        return None
    for name in names:
        if any((name.endswith(s) if ends else s in name) for s in suffixes):
            return name
    return names[0]


# --------------------------------------------------------------------------- canonical names

# Fallbacks for party/government/congress bodies when the gazetteer does not expand them.
_LEADERSHIP = {
    "委": "中共{}委员会",
    "委办公厅": "中共{}委员会办公厅",
    "政府": "{}人民政府",
    "人民政府": "{}人民政府",
    "政府办公厅": "{}人民政府办公厅",
    "政府办公室": "{}人民政府办公室",
    "人大常委会": "{}人民代表大会常务委员会",
    "人大": "{}人民代表大会",
    "政协": "中国人民政治协商会议{}委员会",
}


def _leadership(surface: str, ctx: DocumentContext, gaz: Any) -> str | None:
    """省委 省政府 省人大常委会 省政协 省政府办公厅 (and 市…, or with a named region)."""
    place, k = _leading_place(surface, gaz, min_rest=1)
    rest = surface[k:] if place is not None else surface
    if place is None:
        if rest[:1] == "省":
            place = ctx.province
        elif rest[:1] == "市":
            place = ctx.city
        else:
            return None
        rest = rest[1:]
    elif surface[k - 1 : k] not in "省市区县" and rest[:1] in "省市":
        rest = rest[1:]
    template = _LEADERSHIP.get(rest)
    if template is None or place is None:
        return None
    return template.format(place.name)


def _expand(gaz: Any, name: str, province: Any, city: Any) -> str | None:
    expand = getattr(gaz, "expand_department", None)
    if expand is None:
        return None
    result = expand(name, province=province, city=city)
    return normalize_surface(result) if result else None


def _canonical_org(
    surface: str, ctx: DocumentContext, gaz: Any, *, expand_zone: bool = True
) -> str:
    if surface.endswith("管委会") and expand_zone:
        zone_bodies = [i for i in ctx.issuers if i.endswith("管理委员会")]
        if surface == "管委会" and zone_bodies:
            return zone_bodies[0]
        head, _ = _leading_place(surface, gaz, min_rest=1)
        for body_name in zone_bodies:
            own, _ = _leading_place(body_name, gaz, min_rest=1)
            if head is not None and own is not None and head.name == own.name:
                return body_name
    body_of = getattr(gaz, "body", None)
    body = body_of(surface) if body_of is not None else None
    if body is not None:
        return normalize_surface(body.name)
    result = _expand_local(surface, ctx, gaz)
    if result:
        return result
    return _leadership(surface, ctx, gaz) or surface


def _expand_local(surface: str, ctx: DocumentContext, gaz: Any) -> str | None:
    """A local department or organ expanded with its own region or the document's."""
    place, k = _leading_place(surface, gaz, min_rest=1)
    if place is not None and _level(place) != "region":
        province, city, district = _region_of(place, gaz)
        if district is not None:
            # 航空港区住建局: the gazetteer builds department names of a zone from the zone
            return _expand(gaz, surface, province, city) or _expand(
                gaz, surface[k:], province, district
            )
        return _expand(gaz, surface, province, city)
    if surface.startswith(("省", "自治区")):
        return _expand(gaz, surface, ctx.province, None)
    if surface.startswith(("市", "州", "盟", "地区")):
        return _expand(gaz, surface, ctx.province, ctx.city)
    if surface.endswith("厅"):  # 厅 are provincial departments
        return _expand(gaz, surface, ctx.province, None)
    # no region marker: the issuer's own level (zone/county, city, province)
    return _expand(gaz, surface, ctx.province, ctx.district or ctx.city)


def canonical_name(
    surface: str,
    label: str,
    context: DocumentContext,
    *,
    gazetteer: Any = None,
) -> str:
    """The canonical name of one surface in a document (no alias or firm linking).

    Examples
    --------
    >>> ctx = document_context("…", [], meta={"issuers": ["河北省工业和信息化厅"]})
    >>> canonical_name("省工信厅", "ORG", ctx)
    '河北省工业和信息化厅'
    >>> canonical_name("《绿色建材推广应用导则》", "PROGRAM", ctx)
    '绿色建材推广应用导则'
    >>> canonical_name("张 红军", "PERSON", ctx)
    '张红军'
    """
    gaz = _gaz(gazetteer)
    s = normalize_surface(surface)
    if label == "PROGRAM":
        return _strip_marks(s) or s
    if label == "GPE":
        place = _lookup_place(gaz, s)
        return normalize_surface(place.name) if place is not None else s
    if label == "ORG":
        ref = resolve_reference(s, context)
        if ref is not None:
            return ref
        return _canonical_org(s, context, gaz)
    if label == "FIRM":  # a firm the firm gazetteer knows: its registered full name
        from .entities import firm_full_name

        return firm_full_name(s) or s
    return s


# --------------------------------------------------------------------------- firms


def _is_full_firm(name: str) -> bool:
    return name.endswith(FIRM_FULL_SUFFIXES)


def _split_region(name: str, gaz: Any) -> tuple[str | None, str]:
    for prefix in NATIONAL_PREFIXES:
        if name.startswith(prefix) and len(name) - len(prefix) >= 2:
            return prefix, name[len(prefix) :]
    place, k = _leading_place(name, gaz, min_rest=2)
    if place is None:
        return None, name
    return normalize_surface(place.name), name[k:]


def short_name_of(short: str, full: str, *, gazetteer: Any = None) -> bool:
    """Whether ``short`` is a short name of the firm ``full``.

    Conservative: ``short`` is shorter and not itself a full name (…公司, …银行, …厂); a
    leading region in ``short`` must be the region ``full`` starts with; after the regions
    are set aside, ``short`` starts with the first two characters of ``full`` (the
    distinctive core) and its remaining characters occur in ``full`` in order (industry
    characters: 建设投资 → 建投).

    Examples
    --------
    >>> short_name_of("中豫建投", "河南中豫建设投资集团股份有限公司")
    True
    >>> short_name_of("洛阳玻璃", "洛阳玻璃股份有限公司")
    True
    >>> short_name_of("洛阳玻璃", "洛阳北方玻璃技术股份有限公司")
    False
    >>> short_name_of("建投", "河南中豫建设投资集团股份有限公司")
    False
    """
    gaz = _gaz(gazetteer)
    short, full = normalize_surface(short), normalize_surface(full)
    if len(short) < 2 or len(short) >= len(full) or _is_full_firm(short):
        return False
    return _core_match(_split_region(short, gaz), _split_region(full, gaz))


def _core_match(short: tuple[str | None, str], full: tuple[str | None, str]) -> bool:
    (short_region, short_core), (full_region, full_core) = short, full
    if short_region is not None and short_region != full_region:
        return False
    if len(short_core) < 2 or short_core[:2] != full_core[:2]:
        return False
    pos = 2
    for ch in short_core[2:]:
        pos = full_core.find(ch, pos)
        if pos < 0:
            return False
        pos += 1
    return True


class _FirmIndex:
    """Full firm names indexed by the first two characters of their core (regions set aside)."""

    def __init__(self, fulls: Iterable[str], gaz: Any) -> None:
        self.gaz = gaz
        self.by_core: dict[str, list[tuple[str, tuple[str | None, str]]]] = {}
        for full in dict.fromkeys(normalize_surface(f) for f in fulls):
            split = _split_region(full, gaz)
            self.by_core.setdefault(split[1][:2], []).append((full, split))

    def match(self, short: str) -> str | None:
        """The one full name ``short`` abbreviates, or None (no match or several)."""
        short = normalize_surface(short)
        if len(short) < 2 or _is_full_firm(short):
            return None
        split = _split_region(short, self.gaz)
        found = {
            full
            for full, full_split in self.by_core.get(split[1][:2], [])
            if len(short) < len(full) and _core_match(split, full_split)
        }
        return found.pop() if len(found) == 1 else None


# --------------------------------------------------------------------------- resolution


def resolve_aliases(
    text: str,
    mentions: list[Any],
    *,
    meta: dict[str, Any],
    gazetteer: Any = None,
    context: DocumentContext | None = None,
) -> list[Any]:
    """Fill ``.canonical`` and ``.id`` on each mention of one document (in place).

    ORG: 以下简称 aliases → the full name they were bound to (from the definition on);
    self references (我委 …) → the issuer; central-body abbreviations → official names
    (gazetteer bodies); local departments → expanded with the document's region, or with the
    region the name carries (河北省科技厅 → 河北省科学技术厅); 省委/省政府/省人大常委会/省政协/
    省政府办公厅 → full names with the province; 管委会 → the issuing 管理委员会; else the
    surface. FIRM: the full name the document defines or contains that the short name
    abbreviates (unique match), else the surface. GPE: the gazetteer's full name. PERSON: the
    surface. PROGRAM: the surface without 《》 or quotes. Surfaces are NFKC-normalised with
    whitespace removed.

    Parameters
    ----------
    text : str
        The document text the mentions' offsets refer to.
    mentions : list of Mention
        Objects with ``start end label text`` and writable ``canonical`` and ``id``.
    meta : dict
        The document's ``meta`` (issuers, recipients, title, doc_number).
    gazetteer : Gazetteer, optional
        Defaults to :func:`policytext.gazetteer.load_gazetteer`.
    context : DocumentContext, optional
        Reuse a context built by :func:`document_context`.

    Returns
    -------
    list
        The same list, mentions updated.

    Examples
    --------
    >>> from types import SimpleNamespace as M
    >>> text = "河南省住房和城乡建设厅文件\\n省住建厅会同工信部推进。"
    >>> ms = [M(start=15, end=19, label="ORG", text="省住建厅", canonical=None, id=None),
    ...       M(start=21, end=24, label="ORG", text="工信部", canonical=None, id=None)]
    >>> _ = resolve_aliases(text, ms, meta={"issuers": ["河南省住房和城乡建设厅"]})
    >>> [m.canonical for m in ms]
    ['河南省住房和城乡建设厅', '工业和信息化部']
    >>> ms[0].id == entity_id("ORG", "河南省住房和城乡建设厅")
    True
    """
    gaz = _gaz(gazetteer)
    ctx = (
        context
        if context is not None
        else document_context(text, mentions, meta=meta, gazetteer=gaz)
    )
    bindings = sorted(ctx.bindings)
    base: list[str] = []
    for m in mentions:
        base.append(canonical_name(m.text, m.label, ctx, gazetteer=gaz))

    # full firm names of this document (mentions and alias targets)
    full_firms = {
        c for m, c in zip(mentions, base, strict=True) if m.label == "FIRM" and _is_full_firm(c)
    }
    full_firms.update(full for _, _, full in bindings if _is_full_firm(full))
    firms = _FirmIndex(full_firms, gaz)

    for m, canon in zip(mentions, base, strict=True):
        surface = _strip_marks(normalize_surface(m.text))
        bound = None
        for pos, alias, full in bindings:
            if pos <= m.start and alias == surface:
                bound = full
        if bound is not None:
            canon = canonical_name(bound, m.label, ctx, gazetteer=gaz)
        elif m.label == "FIRM" and not _is_full_firm(canon):
            canon = firms.match(canon) or canon
        m.canonical = canon
        m.id = entity_id(m.label, canon)
    return mentions


# --------------------------------------------------------------------------- corpus


def _entities_of(record: Any, key: str) -> list[dict[str, Any]]:
    if isinstance(record, dict):
        return list(record.get(key) or [])
    return list(getattr(record, key, None) or [])


def link_corpus(records: Iterable[Any], *, gazetteer: Any = None) -> None:
    """Corpus-level pass: bind short firm names to full names and make ids consistent.

    Every FIRM entity whose canonical name is still a short name (not …公司/银行/厂) is bound
    to the one full firm name anywhere in the corpus it abbreviates (:func:`short_name_of`;
    no binding when several match). Then every entity, actor group and measure actor gets
    ``id = entity_id(label, canonical)``, so the same canonical name has the same id in
    every record. Records (``policytext.Record`` or dicts) are updated in place.

    Examples
    --------
    >>> from policytext.document import Record
    >>> a = Record(id="a", source="a", text="中豫建投", entities=[dict(start=0, end=4,
    ...     label="FIRM", text="中豫建投", canonical="中豫建投", id="x")])
    >>> b = Record(id="b", source="b", text="河南中豫建设投资集团股份有限公司", entities=[dict(
    ...     start=0, end=16, label="FIRM", text="河南中豫建设投资集团股份有限公司",
    ...     canonical="河南中豫建设投资集团股份有限公司", id="y")])
    >>> link_corpus([a, b])
    >>> a.entities[0]["canonical"], a.entities[0]["id"] == b.entities[0]["id"]
    ('河南中豫建设投资集团股份有限公司', True)
    """
    records = list(records)
    mapping = corpus_firm_mapping(records, gazetteer=gazetteer)
    for rec in records:
        apply_corpus_links(rec, mapping)


def _canon_of(ent: dict[str, Any]) -> str:
    return normalize_surface(str(ent.get("canonical") or ent.get("text") or ""))


def corpus_firm_names(record: Any) -> tuple[set[str], set[str]]:
    """The full and the short canonical FIRM names of one record (for :func:`corpus_firm_mapping`)."""
    fulls: set[str] = set()
    shorts: set[str] = set()
    for ent in _entities_of(record, "entities"):
        if ent.get("label") == "FIRM":
            c = _canon_of(ent)
            (fulls if _is_full_firm(c) else shorts).add(c)
    return fulls, shorts


def corpus_firm_mapping(
    records: Iterable[Any] = (),
    *,
    names: tuple[set[str], set[str]] | None = None,
    gazetteer: Any = None,
) -> dict[str, str]:
    """Short firm name → the one full firm name of the corpus it abbreviates.

    From ``records``, or from ``names`` (full and short names gathered with
    :func:`corpus_firm_names` while the records streamed past).
    """
    fulls, shorts = (set(names[0]), set(names[1])) if names is not None else (set(), set())
    for rec in records:
        more_full, more_short = corpus_firm_names(rec)
        fulls |= more_full
        shorts |= more_short
    index = _FirmIndex(fulls, _gaz(gazetteer))
    return {s: full for s in shorts if (full := index.match(s)) is not None}


def apply_corpus_links(record: Any, mapping: dict[str, str]) -> None:
    """Bind short firm names by ``mapping`` and set every id from its canonical name."""

    def update(ent: dict[str, Any]) -> None:
        label = ent.get("label")
        if not label:
            return
        c = _canon_of(ent)
        if not c:
            return
        if label == "FIRM":
            c = mapping.get(c, c)
        ent["canonical"] = c
        ent["id"] = entity_id(str(label), c)

    for ent in _entities_of(record, "entities"):
        update(ent)
    for ent in _entities_of(record, "actor_groups"):
        update(ent)
    for measure in _entities_of(record, "measures"):
        for actor in measure.get("actors") or []:
            if actor.get("canonical") or actor.get("label"):
                update(actor)
