from __future__ import annotations

import time
from pathlib import Path

import pytest

from policytext.gazetteer import (
    Gazetteer,
    GazetteerFormatError,
    Place,
    default_files,
    load_gazetteer,
)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


# ------------------------------------------------------------------ places


def test_counts(gaz: Gazetteer) -> None:
    provinces = gaz.provinces()
    assert len(provinces) == 34
    names = {p.name for p in provinces}
    assert {"香港特别行政区", "澳门特别行政区", "台湾省", "内蒙古自治区"} <= names
    prefectures = gaz.prefectures()
    assert len(prefectures) >= 330
    assert len(prefectures) == 333  # 293 地级市 + 7 地区 + 30 自治州 + 3 盟
    assert sum(p.name.endswith("自治州") for p in prefectures) == 30
    assert sum(p.name.endswith("地区") for p in prefectures) == 7
    assert sum(p.name.endswith("盟") for p in prefectures) == 3
    for p in prefectures:
        assert p.province in names, p
    for p in provinces:
        assert p.abbr and len(p.abbr) == 1, p
    assert len({p.abbr for p in provinces}) == 34
    assert len({p.name for p in gaz.places}) == len(gaz.places)


def test_prefectures_per_province(gaz: Gazetteer) -> None:
    assert len(gaz.prefectures("河南省")) == 17
    assert len(gaz.prefectures("广东")) == 21
    assert len(gaz.prefectures("河北")) == 11
    assert gaz.prefectures("北京") == []
    assert gaz.prefectures("火星") == []


@pytest.mark.parametrize(
    ("query", "name", "level"),
    [
        ("河南", "河南省", "province"),
        ("河南省", "河南省", "province"),
        ("豫", "河南省", "province"),
        ("冀", "河北省", "province"),
        ("沪", "上海市", "province"),
        ("内蒙古", "内蒙古自治区", "province"),
        ("广西", "广西壮族自治区", "province"),
        ("郑州", "郑州市", "prefecture"),
        ("郑州市", "郑州市", "prefecture"),
        ("吉林", "吉林省", "province"),  # provinces win over the same-named prefecture
        ("吉林市", "吉林市", "prefecture"),
        ("海南", "海南省", "province"),
        ("海南州", "海南藏族自治州", "prefecture"),
        ("延边州", "延边朝鲜族自治州", "prefecture"),
        ("锡林郭勒盟", "锡林郭勒盟", "prefecture"),
        ("雄安新区", "河北雄安新区", "zone"),
        ("郑州航空港区", "郑州航空港经济综合实验区", "zone"),
        ("航空港区", "郑州航空港经济综合实验区", "zone"),
        ("长三角", "长江三角洲", "region"),
        ("粤港澳大湾区", "粤港澳大湾区", "region"),
    ],
)
def test_place_lookup(gaz: Gazetteer, query: str, name: str, level: str) -> None:
    place = gaz.place(query)
    assert place is not None
    assert (place.name, place.level) == (name, level)


def test_place_fields(gaz: Gazetteer) -> None:
    zz = gaz.place("郑州")
    assert zz == Place("郑州市", "郑州", "prefecture", "河南省", None)
    assert gaz.place("上海").is_municipality  # type: ignore[union-attr]
    assert not gaz.place("河南").is_municipality  # type: ignore[union-attr]
    assert gaz.place("航空港区").province == "河南省"  # type: ignore[union-attr]
    assert gaz.place("不存在的地方") is None


def test_places_in(gaz: Gazetteer) -> None:
    text = "河南省人民政府关于支持郑州航空港区、洛阳和延边州建设，融入京津冀与长三角的意见（豫政〔2023〕1号）"
    hits = gaz.places_in(text)
    assert [p.name for _, _, p in hits] == [
        "河南省",
        "郑州航空港经济综合实验区",
        "洛阳市",
        "延边朝鲜族自治州",
        "京津冀",
        "长江三角洲",
    ]
    for start, end, place in hits:
        assert text[start:end] in place.names
    # one-character abbreviations are never matched in running text
    assert all(end - start >= 2 for start, end, _ in hits)
    # longest match: 郑州市 is one hit, not 郑州 + 市
    assert [(s, e) for s, e, _ in gaz.places_in("郑州市")] == [(0, 3)]


# ------------------------------------------------------------------ bodies


@pytest.mark.parametrize(
    ("query", "name", "kind"),
    [
        ("工信部", "工业和信息化部", "ministry"),
        ("国家发展改革委", "国家发展和改革委员会", "commission"),
        ("国家发改委", "国家发展和改革委员会", "commission"),
        ("科技部", "科学技术部", "ministry"),
        ("人社部", "人力资源和社会保障部", "ministry"),
        ("住建部", "住房和城乡建设部", "ministry"),
        ("国家卫健委", "国家卫生健康委员会", "commission"),
        ("市场监管总局", "国家市场监督管理总局", "agency"),
        ("金融监管总局", "国家金融监督管理总局", "agency"),
        ("证监会", "中国证券监督管理委员会", "agency"),
        ("央行", "中国人民银行", "bank"),
        ("国务院国资委", "国务院国有资产监督管理委员会", "special"),
        ("中科院", "中国科学院", "institution"),
        ("国办", "国务院办公厅", "state_council"),
        ("中办", "中共中央办公厅", "party"),
        ("全国人大常委会", "全国人民代表大会常务委员会", "npc"),
        ("全国政协", "中国人民政治协商会议全国委员会", "cppcc"),
        ("环保部", "生态环境部", "ministry"),  # predecessor resolves to the current body
        ("中华人民共和国商务部", "商务部", "ministry"),
        ("审计署", "审计署", "ministry"),
    ],
)
def test_body_lookup(gaz: Gazetteer, query: str, name: str, kind: str) -> None:
    body = gaz.body(query)
    assert body is not None
    assert (body.name, body.kind) == (name, kind)


def test_constituent_departments(gaz: Gazetteer) -> None:
    kinds = {"ministry", "commission", "bank"}
    constituent = [b for b in gaz.bodies if b.kind in kinds]
    assert len(constituent) == 26  # 国务院组成部门 after the 2023 reform
    assert gaz.body("国家数据局") is not None
    assert gaz.body("不存在部") is None


def test_bodies_in(gaz: Gazetteer) -> None:
    text = "工信部、国家发展改革委联合印发；省发改委、郑州市国资委和各级教育部门贯彻落实，报人民银行备案。"
    names = [b.name for _, _, b in gaz.bodies_in(text)]
    assert names == ["工业和信息化部", "国家发展和改革委员会", "中国人民银行"]
    # without the local filter every literal hit is returned
    loose = [b.name for _, _, b in gaz.bodies_in(text, skip_local=False)]
    assert "国务院国有资产监督管理委员会" in loose
    assert "教育部" in loose


# ------------------------------------------------------------- departments


@pytest.mark.parametrize(
    ("query", "core", "form", "suffix"),
    [
        ("住建厅", "住房和城乡建设", "住建", "厅"),
        ("住房和城乡建设厅", "住房和城乡建设", "住房和城乡建设", "厅"),
        ("发改委", "发展和改革", "发改", "委"),
        ("发展改革委", "发展和改革", "发展改革", "委"),
        ("市场监管局", "市场监督管理", "市场监管", "局"),
        ("经信委", "经济和信息化", "经信", "委"),
        ("金融局", "地方金融监督管理", "金融", "局"),
        ("金融办", "金融工作", "金融", "办"),
    ],
)
def test_department_parse(gaz: Gazetteer, query: str, core: str, form: str, suffix: str) -> None:
    parsed = gaz.department(query)
    assert parsed is not None
    dept, matched, written = parsed
    assert (dept.core, matched, written) == (core, form, suffix)


def test_department_not_found(gaz: Gazetteer) -> None:
    assert gaz.department("住建") is None
    assert gaz.department("董事会") is None


@pytest.mark.parametrize(
    ("name", "province", "city", "expected"),
    [
        ("省住建厅", "河南", None, "河南省住房和城乡建设厅"),
        ("省工信厅", "河北", None, "河北省工业和信息化厅"),
        ("市住建局", None, "郑州", "郑州市住房和城乡建设局"),
        ("市发展改革委", "上海", None, "上海市发展和改革委员会"),  # municipality
        ("省发展改革委", "河北", None, "河北省发展和改革委员会"),
        ("承德市政府", None, None, "承德市人民政府"),
        ("省政府", "河南", None, "河南省人民政府"),
        ("省委", "河南", None, "中共河南省委员会"),
        ("省人大常委会", "河南", None, "河南省人民代表大会常务委员会"),
        ("省政协", "河南", None, "中国人民政治协商会议河南省委员会"),
        ("省政府办公厅", "河南", None, "河南省人民政府办公厅"),
        ("市政府办", None, "承德", "承德市人民政府办公室"),
        ("市委", None, "郑州", "中共郑州市委员会"),
        ("河北省科技厅", "河南", None, "河北省科学技术厅"),  # its own region wins
        ("河南省郑州市住建局", None, None, "郑州市住房和城乡建设局"),
        ("省国资委", "河南", None, "河南省人民政府国有资产监督管理委员会"),
        ("市场监管局", None, "郑州", "郑州市市场监督管理局"),
        ("省卫健委", "河南", None, "河南省卫生健康委员会"),
        ("省委组织部", "河南", None, "中共河南省委组织部"),
        ("中共河南省委", None, None, "中共河南省委员会"),
        ("省政府", None, "郑州", "河南省人民政府"),  # province from the city
        ("州政府", None, "延边", "延边朝鲜族自治州人民政府"),
        ("阿克苏地区政府", None, None, "阿克苏地区行政公署"),
        ("省委办公厅", "河南", None, "中共河南省委办公厅"),
        ("省办公厅", "河南", None, "河南省人民政府办公厅"),  # the government's office
        ("省委网信办", "河南", None, "中共河南省委网络安全和信息化委员会办公室"),
        ("省金融局", "河南", None, "河南省地方金融监督管理局"),
        ("市金融办", None, "郑州", "郑州市人民政府金融工作办公室"),
        ("省税务局", "河南", None, "国家税务总局河南省税务局"),
        ("自治区政府", "广西", None, "广西壮族自治区人民政府"),
        ("市教委", "北京", None, "北京市教育委员会"),
    ],
)
def test_expand_department(
    gaz: Gazetteer, name: str, province: str | None, city: str | None, expected: str
) -> None:
    prov = gaz.place(province) if province else None
    cty = gaz.place(city) if city else None
    assert gaz.expand_department(name, province=prov, city=cty) == expected


def test_expand_department_none(gaz: Gazetteer) -> None:
    henan = gaz.place("河南")
    assert gaz.expand_department("省住建厅") is None  # no province to resolve 省
    assert gaz.expand_department("市住建局", province=henan) is None  # 市 but no city
    assert gaz.expand_department("省长", province=henan) is None
    assert gaz.expand_department("中共中央", province=henan) is None


def test_full_suffix_per_level(gaz: Gazetteer) -> None:
    dept = gaz.department("住建厅")[0]  # type: ignore[index]
    assert dept.full_suffix["province"] == "厅"
    assert dept.full_suffix["prefecture"] == "局"
    assert dept.full_name("河南省", "province") == "河南省住房和城乡建设厅"
    assert dept.full_name("郑州市", "prefecture") == "郑州市住房和城乡建设局"


# ---------------------------------------------------------------- loading


def test_default_is_cached_and_fast() -> None:
    assert load_gazetteer() is load_gazetteer()
    from policytext.gazetteer import _load

    start = time.perf_counter()
    _load(default_files())
    assert time.perf_counter() - start < 0.1


def test_user_extension(tmp_path: Path) -> None:
    places = tmp_path / "my_places.tsv"
    places.write_text(
        "# kind: places\n# my places\n郑东新区\t郑东\tzone\t河南省\n", encoding="utf-8"
    )
    bodies = tmp_path / "extra.tsv"
    bodies.write_text("# kind: central\n国家测试管理局\t测试局|国测局\tagency\n", encoding="utf-8")
    gaz = load_gazetteer(places, bodies)
    assert gaz.place("郑东").name == "郑东新区"  # type: ignore[union-attr]
    assert gaz.body("国测局").name == "国家测试管理局"  # type: ignore[union-attr]
    assert gaz.body("工信部") is not None  # defaults kept
    assert load_gazetteer().place("郑东") is None  # the shared default is untouched
    only = load_gazetteer(bodies, replace=True)
    assert only.places == [] and [b.name for b in only.bodies] == ["国家测试管理局"]


def test_kind_from_file_name(tmp_path: Path) -> None:
    f = tmp_path / "departments_extra.tsv"
    f.write_text("海洋发展\t海洋\t局\tprovince|prefecture\t局\t局\n", encoding="utf-8")
    gaz = load_gazetteer(f)
    assert gaz.expand_department("市海洋局", city=gaz.place("青岛")) == "青岛市海洋发展局"


def test_malformed_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad_places.tsv"
    bad.write_text("# kind: places\n河南省\t河南\tprovince\n郑东新区 郑东 zone\n", encoding="utf-8")
    with pytest.raises(GazetteerFormatError, match=r"bad_places\.tsv:3: expected 3 to 6"):
        load_gazetteer(bad)


def test_malformed_level_and_province(tmp_path: Path) -> None:
    bad = tmp_path / "p.tsv"
    bad.write_text("# kind: places\n某地\t某\tcity\t河南省\n", encoding="utf-8")
    with pytest.raises(GazetteerFormatError, match=r"p\.tsv:2: unknown level 'city'"):
        load_gazetteer(bad)
    bad.write_text("# kind: places\n某市\t某\tprefecture\t河南\n", encoding="utf-8")
    with pytest.raises(GazetteerFormatError, match=r"p\.tsv:2: province '河南'"):
        load_gazetteer(bad)


def test_malformed_department_template(tmp_path: Path) -> None:
    bad = tmp_path / "d.tsv"
    bad.write_text(
        "# kind: departments\n测试\t测\t局\tprovince\t局\t局\t局\t{core}{suffix}\n",
        encoding="utf-8",
    )
    with pytest.raises(GazetteerFormatError, match=r"d\.tsv:2: template"):
        load_gazetteer(bad)


def test_unknown_kind(tmp_path: Path) -> None:
    f = tmp_path / "mystery.tsv"
    f.write_text("a\tb\tc\n", encoding="utf-8")
    with pytest.raises(GazetteerFormatError, match="kind"):
        load_gazetteer(f)
    with pytest.raises(FileNotFoundError):
        load_gazetteer(tmp_path / "missing_places.tsv")
