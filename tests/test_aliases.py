"""Canonical names and ids (policytext.aliases): region expansion, aliases, firms, references."""

from __future__ import annotations

import doctest
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import pytest
from conftest import CORPUS, SEED, shared_path

from policytext import aliases as al
from policytext.aliases import (
    DocumentContext,
    document_context,
    entity_id,
    find_alias_definitions,
    link_corpus,
    load_references,
    resolve_aliases,
    resolve_reference,
    short_name_of,
)
from policytext.document import Record


@dataclass
class Mention:
    """The shape of ``policytext.entities.Mention`` (duck typing is all aliases needs)."""

    start: int
    end: int
    label: str
    text: str
    rule: str = ""
    canonical: str | None = None
    id: str | None = None


def mentions_in(text: str, items: list[tuple[str, str]]) -> list[Mention]:
    """Mentions for ``(label, surface)`` pairs, located left to right in ``text``."""
    out: list[Mention] = []
    pos = 0
    for label, surface in items:
        start = text.index(surface, pos)
        out.append(Mention(start, start + len(surface), label, surface))
        pos = start + len(surface)
    return out


def canon(mentions: list[Mention]) -> dict[str, str | None]:
    return {m.text: m.canonical for m in mentions}


HENAN_ZONE = "郑州航空港经济综合实验区管理委员会"
HENAN_META = {"issuers": [HENAN_ZONE], "recipients": ["刘国付委员"], "title": "关于提案的答复"}
HEBEI_META = {
    "issuers": ["河北省工业和信息化厅", "河北省发展和改革委员会"],
    "recipients": ["省有关部门", "承德市政府"],
    "title": "关于支持承德钒钛产业高质量发展的若干措施",
}


# --------------------------------------------------------------------------- ids


def test_entity_id_is_deterministic_and_label_specific() -> None:
    assert entity_id("ORG", "国务院") == entity_id("ORG", "国务院")
    assert entity_id("ORG", "国务院") == entity_id("ORG", " 国务院\n")
    assert entity_id("ORG", "国务院") != entity_id("FIRM", "国务院")
    assert entity_id("ORG", "国务院") != entity_id("ORG", "国务院办公厅")
    assert entity_id("ORG", "国务院").startswith("ORG:") and len(entity_id("ORG", "x")) == 14


# --------------------------------------------------------------------------- region expansion


def test_henan_document_expands_provincial_abbreviations() -> None:
    text = "省委省政府部署，省工信厅、省住建厅高度重视，住建厅牵头，省人大常委会、省政协、省政府办公厅，工信部。"
    ms = mentions_in(
        text,
        [
            ("ORG", "省委"),
            ("ORG", "省政府"),
            ("ORG", "省工信厅"),
            ("ORG", "省住建厅"),
            ("ORG", "住建厅"),
            ("ORG", "省人大常委会"),
            ("ORG", "省政协"),
            ("ORG", "省政府办公厅"),
            ("ORG", "工信部"),
        ],
    )
    resolve_aliases(text, ms, meta=HENAN_META)
    got = canon(ms)
    assert got["省住建厅"] == got["住建厅"] == "河南省住房和城乡建设厅"
    assert got["省工信厅"] == "河南省工业和信息化厅"
    assert got["工信部"] == "工业和信息化部"
    for short in ("省委", "省政府", "省人大常委会", "省政协", "省政府办公厅"):
        full = got[short]
        assert full is not None and "河南省" in full and len(full) > len(short) + 2, (short, full)
    assert got["省政府"] == "河南省人民政府"
    assert len({got[s] for s in ("省委", "省政府", "省人大常委会", "省政协", "省政府办公厅")}) == 5
    assert all(m.id == entity_id("ORG", m.canonical or "") for m in ms)


def test_hebei_document_expands_with_its_own_province() -> None:
    text = "省工信厅、省科技厅、省发展改革委负责。"
    ms = mentions_in(text, [("ORG", "省工信厅"), ("ORG", "省科技厅"), ("ORG", "省发展改革委")])
    resolve_aliases(text, ms, meta=HEBEI_META)
    assert canon(ms) == {
        "省工信厅": "河北省工业和信息化厅",
        "省科技厅": "河北省科学技术厅",
        "省发展改革委": "河北省发展和改革委员会",
    }


def test_a_name_carrying_its_own_region_expands_with_that_region() -> None:
    # 河北省科技厅 mentioned in a Henan document is still the Hebei department
    text = "河北省科技厅与省科技厅合作。"
    ms = mentions_in(text, [("ORG", "河北省科技厅"), ("ORG", "省科技厅")])
    resolve_aliases(text, ms, meta=HENAN_META)
    assert canon(ms) == {"河北省科技厅": "河北省科学技术厅", "省科技厅": "河南省科学技术厅"}


def test_city_level_expansion() -> None:
    shanghai = {"issuers": ["上海市发展和改革委员会", "上海市经济和信息化委员会"]}
    text = "市发展改革委、市经济信息化委会同有关部门。"
    ms = mentions_in(text, [("ORG", "市发展改革委"), ("ORG", "市经济信息化委")])
    resolve_aliases(text, ms, meta=shanghai)
    assert ms[0].canonical == "上海市发展和改革委员会"
    assert ms[0].id == entity_id("ORG", "上海市发展和改革委员会")
    # a city government named with its city, in a provincial document
    text = "承德市政府要抓好落实。"
    ms = mentions_in(text, [("ORG", "承德市政府")])
    resolve_aliases(text, ms, meta=HEBEI_META)
    assert ms[0].canonical == "承德市人民政府"


def test_document_context_regions() -> None:
    ctx = document_context("…", [], meta=HENAN_META)
    assert ctx.province.name == "河南省"
    assert ctx.city is not None and ctx.city.name == "郑州市"
    assert ctx.district is not None
    ctx = document_context("…", [], meta=HEBEI_META)
    assert ctx.province.name == "河北省" and ctx.city is None
    assert "承德市人民政府" in ctx.recipients
    ctx = document_context("…", [], meta={"issuers": ["上海市发展和改革委员会"]})
    assert ctx.province.name == "上海市" and ctx.city.name == "上海市"


def test_region_falls_back_to_title_recipients_mentions_and_doc_number() -> None:
    by_title = document_context("…", [], meta={"issuers": [], "title": "关于支持洛阳市发展的意见"})
    assert by_title.province.name == "河南省" and by_title.city.name == "洛阳市"
    by_recipient = document_context("…", [], meta={"recipients": ["四川省人民政府"]})
    assert by_recipient.province.name == "四川省"
    text = "支持青岛、济南、青岛发展。"
    gpes = mentions_in(text, [("GPE", "青岛"), ("GPE", "济南"), ("GPE", "青岛")])
    by_vote = document_context(text, gpes, meta={"issuers": [], "title": "行动计划"})
    assert by_vote.province.name == "山东省" and by_vote.city is None
    by_number = document_context(
        "…", [], meta={"issuers": ["市交通委"], "doc_number": "沪建〔2025〕1号"}
    )
    assert by_number.province.name == "上海市" and by_number.city.name == "上海市"
    nothing = document_context("…", [], meta={"issuers": ["国务院办公厅"]})
    assert nothing.province is None and nothing.city is None and nothing.central


def test_a_central_bodys_local_branch_gives_its_region() -> None:
    # structure keeps 国家税务总局河北省税务局 as one issuer: a provincial body, not a central one
    ctx = document_context("…", [], meta={"issuers": ["国家税务总局河北省税务局"]})
    assert ctx.province.name == "河北省" and not ctx.central
    assert resolve_reference("我省", ctx) == "河北省"
    ctx = document_context("…", [], meta={"issuers": ["国家金融监督管理总局重庆监管局"]})
    assert ctx.city.name == "重庆市" and not ctx.central
    assert document_context("…", [], meta={"issuers": ["国家税务总局"]}).central


def test_issuer_region_missing_from_the_gazetteer() -> None:
    # county-level places are not in the gazetteer; fictional ones neither
    meta = {
        "issuers": ["示例市人力资源和社会保障局", "示例市财政局"],
        "title": "关于实施人才计划的意见",
    }
    text = "经市政府同意，市财政局、市科技局负责，支持在北京、北京、上海设立人才飞地。"
    ms = mentions_in(
        text,
        [
            ("ORG", "市政府"),
            ("ORG", "市财政局"),
            ("ORG", "市科技局"),
            ("GPE", "北京"),
            ("GPE", "北京"),
        ],
    )
    ctx = document_context(text, ms, meta=meta)
    assert ctx.city is not None and ctx.city.name == "示例市"
    assert resolve_reference("我市", ctx) == "示例市"
    resolve_aliases(text, ms, meta=meta, context=ctx)
    assert [m.canonical for m in ms[:3]] == ["示例市人民政府", "示例市财政局", "示例市科学技术局"]
    county = document_context("…", [], meta={"issuers": ["兰考县人民政府"], "title": "开封市…"})
    assert county.district.name == "兰考县" and county.province.name == "河南省"
    assert resolve_reference("我县", county) == "兰考县"
    assert document_context("…", [], meta={"issuers": ["中共河南省委"]}).province.name == "河南省"


def test_strategy_regions_are_not_a_document_region() -> None:
    ctx = document_context("…", [], meta={"issuers": [], "title": "关于推进长三角一体化的意见"})
    assert ctx.province is None and ctx.city is None and ctx.district is None
    ms = mentions_in("长三角", [("GPE", "长三角")])
    resolve_aliases("长三角", ms, meta={}, context=ctx)
    assert ms[0].canonical == "长江三角洲"


# --------------------------------------------------------------------------- 以下简称


def test_alias_definitions_bind_later_mentions() -> None:
    text = (
        "中豫建投参与。支持河南中豫建设投资集团股份有限公司（以下简称“中豫建投”）做强，"
        "中豫建投牵头。成立航空港区绿色建筑推进工作领导小组(以下简称领导小组)，领导小组负责。"
    )
    ms = mentions_in(
        text,
        [
            ("FIRM", "中豫建投"),
            ("FIRM", "河南中豫建设投资集团股份有限公司"),
            ("FIRM", "中豫建投"),
            ("FIRM", "中豫建投"),
            ("ORG", "航空港区绿色建筑推进工作领导小组"),
            ("ORG", "领导小组"),
            ("ORG", "领导小组"),
        ],
    )
    ctx = document_context(text, ms, meta=HENAN_META)
    assert ctx.aliases == {
        "中豫建投": "河南中豫建设投资集团股份有限公司",
        "领导小组": "航空港区绿色建筑推进工作领导小组",
    }
    resolve_aliases(text, ms, meta=HENAN_META, context=ctx)
    full = "河南中豫建设投资集团股份有限公司"
    assert [m.canonical for m in ms[1:4]] == [full, full, full]
    assert ms[5].canonical == ms[6].canonical == ms[4].canonical
    assert ms[6].id == ms[4].id
    # the mention before the definition is still linked — by the firm short-name rule
    assert ms[0].canonical == full


def test_alias_of_a_title_and_unbound_mention_before_definition() -> None:
    text = "《规划》之外，落实《三峡库区及其上游水污染防治规划》（以下简称《规划》）。《规划》基本完成。"
    ms = mentions_in(
        text,
        [
            ("PROGRAM", "规划"),
            ("PROGRAM", "三峡库区及其上游水污染防治规划"),
            ("PROGRAM", "规划"),
            ("PROGRAM", "规划"),
        ],
    )
    resolve_aliases(text, ms, meta={"issuers": ["国务院办公厅"]})
    assert [m.canonical for m in ms] == ["规划"] + ["三峡库区及其上游水污染防治规划"] * 3


def test_find_alias_definitions_shapes() -> None:
    text = "落实《国务院关于投资体制改革的决定》（国发〔2004〕20号，以下简称《决定》）精神"
    assert find_alias_definitions(text) == [(18, "决定", "国务院关于投资体制改革的决定")]
    assert find_alias_definitions("（二）简称不是定义") == []
    # a bracket that is not an alias definition
    assert (
        find_alias_definitions("设立专项资金（以下简称要求见附件说明和其他详细的规定内容等）") == []
    )


# --------------------------------------------------------------------------- firms


def test_short_firm_name_bound_to_full_name_in_document() -> None:
    text = (
        "河南中豫建设投资集团股份有限公司、洛阳玻璃股份有限公司等；中豫建投、洛阳玻璃、天瑞水泥。"
    )
    ms = mentions_in(
        text,
        [
            ("FIRM", "河南中豫建设投资集团股份有限公司"),
            ("FIRM", "洛阳玻璃股份有限公司"),
            ("FIRM", "中豫建投"),
            ("FIRM", "洛阳玻璃"),
            ("FIRM", "天瑞水泥"),
        ],
    )
    resolve_aliases(text, ms, meta=HENAN_META)
    got = canon(ms)
    assert got["中豫建投"] == "河南中豫建设投资集团股份有限公司"
    assert got["洛阳玻璃"] == "洛阳玻璃股份有限公司"
    assert got["天瑞水泥"] == "天瑞水泥"  # no full name in the document: the surface
    assert ms[2].id == ms[0].id == entity_id("FIRM", "河南中豫建设投资集团股份有限公司")


@pytest.mark.parametrize(
    ("short", "full", "expected"),
    [
        ("中豫建投", "河南中豫建设投资集团股份有限公司", True),
        ("天瑞水泥", "天瑞集团水泥有限公司", True),
        ("洛阳玻璃", "洛阳北方玻璃技术股份有限公司", False),  # region alone is no core
        ("建投", "河南中豫建设投资集团股份有限公司", False),
        ("中国银行", "中国建设银行股份有限公司", False),  # a full name is not a short name
        ("河北中豫", "河南中豫建设投资集团股份有限公司", False),  # different region
        ("东电", "东方电气集团有限公司", False),  # core of one character: too weak
        ("中豫建投集团公司", "河南中豫建设投资集团股份有限公司", False),
    ],
)
def test_short_name_rule(short: str, full: str, expected: bool) -> None:
    assert short_name_of(short, full) is expected


def test_ambiguous_short_name_stays_surface() -> None:
    text = "河南中联玻璃有限责任公司、中联玻璃科技股份有限公司、中联玻璃。"
    ms = mentions_in(
        text,
        [
            ("FIRM", "河南中联玻璃有限责任公司"),
            ("FIRM", "中联玻璃科技股份有限公司"),
            ("FIRM", "中联玻璃"),
        ],
    )
    resolve_aliases(text, ms, meta=HENAN_META)
    assert ms[2].canonical == "中联玻璃"


def test_link_corpus_binds_short_names_across_records_and_unifies_ids() -> None:
    def ent(start: int, label: str, surface: str) -> dict[str, object]:
        return {
            "start": start,
            "end": start + len(surface),
            "label": label,
            "text": surface,
            "canonical": surface,
            "id": "stale",
        }

    full = "河南中豫建设投资集团股份有限公司"
    a = Record(
        id="a",
        source="a.txt",
        text="中豫建投牵头，工业和信息化部指导。",
        entities=[ent(0, "FIRM", "中豫建投"), ent(7, "ORG", "工业和信息化部")],
        measures=[
            {
                "start": 0,
                "end": 6,
                "text": "中豫建投牵头",
                "actors": [
                    {"text": "中豫建投", "canonical": "中豫建投", "label": "FIRM", "role": "lead"}
                ],
            }
        ],
    )
    b: dict[str, Any] = {
        "id": "b",
        "text": f"{full}与工业和信息化部。",
        "entities": [ent(0, "FIRM", full), ent(17, "ORG", "工业和信息化部")],
    }
    link_corpus([a, b])
    assert a.entities[0]["canonical"] == full
    assert a.entities[0]["id"] == b["entities"][0]["id"] == entity_id("FIRM", full)
    assert a.entities[1]["id"] == b["entities"][1]["id"] == entity_id("ORG", "工业和信息化部")
    actor = a.measures[0]["actors"][0]
    assert actor["canonical"] == full and actor["id"] == entity_id("FIRM", full)


def test_link_corpus_leaves_ambiguous_short_names() -> None:
    records: list[dict[str, Any]] = [
        {"entities": [{"label": "FIRM", "text": "中联玻璃", "canonical": None}]},
        {"entities": [{"label": "FIRM", "text": "河南中联玻璃有限责任公司"}]},
        {"entities": [{"label": "FIRM", "text": "中联玻璃科技股份有限公司"}]},
    ]
    link_corpus(records)
    assert records[0]["entities"][0]["canonical"] == "中联玻璃"
    assert records[0]["entities"][0]["id"] == entity_id("FIRM", "中联玻璃")


# --------------------------------------------------------------------------- references


def test_self_references_resolve_to_issuer_and_region() -> None:
    ctx = document_context("…", [], meta=HENAN_META)
    assert resolve_reference("我省", ctx) == "河南省"
    assert resolve_reference("本市", ctx) == "郑州市"
    zone = resolve_reference("我区", ctx)
    assert zone is not None and "航空港" in zone and zone == ctx.district.name
    assert resolve_reference("我委", ctx) == HENAN_ZONE
    assert resolve_reference("我国", ctx) == "中国"
    assert resolve_reference("河南", ctx) is None


def test_self_reference_picks_the_issuer_by_suffix() -> None:
    ctx = document_context("…", [], meta=HEBEI_META)
    assert resolve_reference("我委", ctx) == "河北省发展和改革委员会"
    assert resolve_reference("我厅", ctx) == "河北省工业和信息化厅"
    assert resolve_reference("我们", ctx) == "河北省工业和信息化厅"
    assert resolve_reference("我区", ctx) is None  # a provincial document has no district
    assert resolve_reference("你市", ctx) == "承德市人民政府"


def test_addressee_reference_in_the_sichuan_letter() -> None:
    from policytext.structure import parse_structure

    path = shared_path("corpus", "12_gwyb_han_sichuan-kaocha-wenti-jianyi-banli.txt")
    text = path.read_text(encoding="utf-8")
    meta = parse_structure(text).meta
    ctx = document_context(text, [], meta=meta)
    assert resolve_reference("你省", ctx) == "四川省人民政府"
    assert resolve_reference("贵单位", ctx) == "四川省人民政府"
    assert resolve_reference("我们", ctx) == "国务院办公厅"
    assert ctx.central
    assert ctx.aliases.get("规划") == "三峡库区及其上游水污染防治规划"


def test_references_without_context_give_none() -> None:
    ctx = DocumentContext(province=None, city=None, issuers=[], recipients=[], aliases={})
    for word in ("我省", "本市", "我区", "我委", "你省", "你们"):
        assert resolve_reference(word, ctx) is None


def test_reference_file_format(tmp_path: Path) -> None:
    refs = load_references()
    assert {"我省", "我区", "本市", "我委", "你省", "你们", "贵单位"} <= set(refs)
    own = tmp_path / "refs.txt"
    own.write_text("# mine\n本司\tissuer\t公司\n", encoding="utf-8")
    mine = load_references(own)
    ctx = DocumentContext(None, None, ["甲有限公司"], [], {})
    assert resolve_reference("本司", ctx, references=mine) == "甲有限公司"
    bad = tmp_path / "bad.txt"
    bad.write_text("本司\tsomewhere\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad reference line"):
        load_references(bad)


def test_org_mention_of_a_self_reference_and_zone_committee() -> None:
    text = "我委会同管委会、航空港区建设局推进。"
    ms = mentions_in(text, [("ORG", "我委"), ("ORG", "管委会"), ("ORG", "航空港区建设局")])
    resolve_aliases(text, ms, meta=HENAN_META)
    assert ms[0].canonical == ms[1].canonical == HENAN_ZONE
    assert ms[2].canonical  # expanded by the gazetteer or kept as the surface


# --------------------------------------------------------------------------- ids across documents


def test_ids_are_consistent_across_documents() -> None:
    text_a, text_b = "工信部支持。", "工业和信息化部支持。"
    a = mentions_in(text_a, [("ORG", "工信部")])
    b = mentions_in(text_b, [("ORG", "工业和信息化部")])
    resolve_aliases(text_a, a, meta=HENAN_META)
    resolve_aliases(text_b, b, meta=HEBEI_META)
    assert a[0].id == b[0].id
    # the same abbreviation in two provinces is two bodies
    c = mentions_in("省工信厅", [("ORG", "省工信厅")])
    d = mentions_in("省工信厅", [("ORG", "省工信厅")])
    resolve_aliases("省工信厅", c, meta=HENAN_META)
    resolve_aliases("省工信厅", d, meta=HEBEI_META)
    assert c[0].id != d[0].id
    hebei = mentions_in("河北省工业和信息化厅", [("ORG", "河北省工业和信息化厅")])
    resolve_aliases("河北省工业和信息化厅", hebei, meta=HENAN_META)
    assert hebei[0].id == d[0].id


# --------------------------------------------------------------------------- GPE PERSON PROGRAM, fallbacks


def test_gpe_person_program_and_fallbacks() -> None:
    text = "河南、洛阳和航空港区，张 红军，《绿色建材推广应用导则》、“蝶变计划”，某某协会、火星、某某科技。"
    ms = mentions_in(
        text,
        [
            ("GPE", "河南"),
            ("GPE", "洛阳"),
            ("GPE", "航空港区"),
            ("PERSON", "张 红军"),
            ("PROGRAM", "《绿色建材推广应用导则》"),
            ("PROGRAM", "“蝶变计划”"),
            ("ORG", "某某协会"),
            ("GPE", "火星"),
            ("FIRM", "某某科技"),
        ],
    )
    resolve_aliases(text, ms, meta=HENAN_META)
    got = [m.canonical for m in ms]
    assert got[:2] == ["河南省", "洛阳市"]
    zone = al._default_gazetteer().place("航空港区")
    assert got[2] == (zone.name if zone is not None else "航空港区")
    assert got[3:] == ["张红军", "绿色建材推广应用导则", "蝶变计划", "某某协会", "火星", "某某科技"]
    assert all(m.id == entity_id(m.label, m.canonical or "") for m in ms)


def test_custom_gazetteer_object_is_used() -> None:
    class Place:
        def __init__(self, name: str, level: str, province: str | None) -> None:
            self.name, self.short, self.level, self.province, self.abbr = (
                name,
                name[:-1],
                level,
                province,
                None,
            )

    class Tiny:
        places: ClassVar[dict[str, Place]] = {
            "甲省": Place("甲省", "province", None),
            "乙市": Place("乙市", "city", "甲省"),
        }

        def place(self, name: str) -> Place | None:
            return self.places.get(name)

        def places_in(self, text: str) -> list[Place]:
            return [p for n, p in self.places.items() if n in text]

        def body(self, name: str) -> None:
            return None

        def expand_department(self, name: str, *, province=None, city=None) -> str | None:
            if name.startswith("市") and city is not None:
                return city.name + name[1:]
            return None

    text = "市财政局、省财政厅。"
    ms = mentions_in(text, [("ORG", "市财政局"), ("ORG", "省财政厅")])
    resolve_aliases(text, ms, meta={"issuers": ["乙市人民政府"]}, gazetteer=Tiny())
    assert canon(ms) == {"市财政局": "乙市财政局", "省财政厅": "省财政厅"}


# --------------------------------------------------------------------------- real documents


def _gold_mentions(name: str) -> list[Mention]:
    gold = json.loads(shared_path("gold", name).read_text(encoding="utf-8"))
    return [Mention(s, e, label, surface) for s, e, label, surface in gold["entities"]]


def test_seed_document() -> None:
    from policytext.structure import parse_structure

    text = shared_path("seeds", SEED.name).read_text(encoding="utf-8")
    ms = _gold_mentions(SEED.stem + ".json")
    meta = parse_structure(text).meta
    resolve_aliases(text, ms, meta=meta)
    by_surface: dict[str, set[str | None]] = {}
    for m in ms:
        by_surface.setdefault(m.text, set()).add(m.canonical)
    assert by_surface["省住建厅"] == by_surface["住建厅"] == {"河南省住房和城乡建设厅"}
    assert by_surface["省工信厅"] == {"河南省工业和信息化厅"}
    assert by_surface["中豫建投"] == {"河南中豫建设投资集团股份有限公司"}
    assert by_surface["管委会"] == {HENAN_ZONE}
    assert by_surface["河南"] == by_surface["河南省"] == {"河南省"}
    assert by_surface["航空港区"] == by_surface["郑州航空港区"]
    assert all(m.canonical and m.id == entity_id(m.label, m.canonical) for m in ms)


def test_corpus_documents_regions_and_expansions() -> None:
    from policytext.structure import parse_structure

    expected = {
        "06_hebei_chengde-fantai-chanye-ruoganchuoshi": (
            "河北省",
            {"省科技厅": "河北省科学技术厅"},
        ),
        "09_shanghai_jianzhulaji-ziyuanhua-jiancai-tuiguang": (
            "上海市",
            {"市发展改革委": "上海市发展和改革委员会"},
        ),
        "10_shanghai_lingtan-yuanqu-jianshe-gongzuofangan": (
            "上海市",
            {"市发展改革委": "上海市发展和改革委员会"},
        ),
        "01_shandong_xinyidai-xinxijishu-chanye-xingdongjihua": (
            "山东省",
            {"省工业和信息化厅": "山东省工业和信息化厅"},
        ),
    }
    shared_path("corpus")
    for stem, (province, wanted) in expected.items():
        text = (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")
        ms = _gold_mentions(f"{stem}.json")
        meta = parse_structure(text).meta
        ctx = document_context(text, ms, meta=meta)
        assert ctx.province is not None and ctx.province.name == province, stem
        resolve_aliases(text, ms, meta=meta, context=ctx)
        got = {m.text: m.canonical for m in ms}
        for surface, full in wanted.items():
            assert got[surface] == full, (stem, surface, got[surface])


def test_module_docstring_examples_run() -> None:
    result = doctest.testmod(al, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 10 and result.failed == 0
