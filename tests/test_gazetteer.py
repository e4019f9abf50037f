from __future__ import annotations

from pathlib import Path

import pytest

from policytext.gazetteer import (
    Gazetteer,
    GazetteerFormatError,
    Place,
    common_words,
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
    others = [p for p in gaz.places if p.level != "county"]
    assert len({p.name for p in others}) == len(others)


# Counties per provincial-level division, end of 2023 (民政部 县级以上行政区划).
COUNTIES_PER_PROVINCE = {
    "北京市": 16, "天津市": 16, "河北省": 167, "山西省": 117, "内蒙古自治区": 103,
    "辽宁省": 100, "吉林省": 60, "黑龙江省": 121, "上海市": 16, "江苏省": 95, "浙江省": 90,
    "安徽省": 104, "福建省": 84, "江西省": 100, "山东省": 136, "河南省": 157, "湖北省": 103,
    "湖南省": 122, "广东省": 122, "广西壮族自治区": 111, "海南省": 25, "重庆市": 38,
    "四川省": 183, "贵州省": 88, "云南省": 129, "西藏自治区": 74, "陕西省": 107, "甘肃省": 86,
    "青海省": 44, "宁夏回族自治区": 22, "新疆维吾尔自治区": 107,
}  # fmt: skip


def test_county_counts(gaz: Gazetteer) -> None:
    counties = gaz.counties()
    assert len(counties) >= 2800
    assert sum(COUNTIES_PER_PROVINCE.values()) == len(counties)
    for province, count in COUNTIES_PER_PROVINCE.items():
        assert len(gaz.counties(province)) == count, province
    provinces = {p.name for p in gaz.provinces()}
    prefectures = {p.name: p for p in gaz.prefectures()}
    for c in counties:
        assert c.level == "county" and c.province in provinces, c
        if c.prefecture is None:  # directly under the province: 济源市, 仙桃市, 石河子市
            continue
        if c.prefecture == c.province:
            assert gaz.place(c.province).is_municipality, c  # type: ignore[union-attr]
        else:
            assert prefectures[c.prefecture].province == c.province, c
    # the same name twice in one prefecture would be a data error
    keys = [(c.name, c.province, c.prefecture) for c in counties]
    assert len(set(keys)) == len(keys)
    # every county name ends in one of the county-level suffixes
    assert all(c.name.endswith(("区", "县", "市", "旗")) for c in counties)
    assert sum(c.name.endswith("自治县") for c in counties) == 117
    assert sum(c.name.endswith("旗") for c in counties) == 52  # 49 旗 + 3 自治旗
    assert [c.name for c in counties if c.prefecture is None and c.province == "湖北省"] == [
        "仙桃市",
        "潜江市",
        "天门市",
        "神农架林区",
    ]
    # prefectures of municipalities: their districts and counties, none of their own
    assert len(gaz.counties("重庆")) == 38
    assert gaz.prefectures("重庆") == []
    # prefectures without county-level divisions (不设区的地级市)
    for name in ("东莞市", "中山市", "嘉峪关市", "儋州市"):
        assert gaz.counties(name) == [], name
    for p in gaz.prefectures():
        if p.name not in ("东莞市", "中山市", "嘉峪关市", "儋州市"):
            assert gaz.counties(p), p.name


def test_county_short_names(gaz: Gazetteer) -> None:
    shorts = {c.name: c.short for c in gaz.counties()}
    assert shorts["天河区"] == "天河"
    assert shorts["义乌市"] == "义乌"
    assert shorts["长阳土家族自治县"] == "长阳"
    assert shorts["鄂温克族自治旗"] == "鄂温克"
    assert shorts["莫力达瓦达斡尔族自治旗"] == "莫力达瓦"
    assert shorts["神农架林区"] == "神农架"
    assert shorts["六枝特区"] == "六枝"
    assert shorts["浦东新区"] == "浦东"
    assert shorts["清新区"] == "清新"  # 区, not 新区
    assert shorts["辉县市"] == "辉县"
    assert shorts["津市市"] == "津市"
    for name in ("城区", "郊区", "矿区", "沛县", "芒市"):  # no short form: the full name
        assert shorts[name] == name


@pytest.mark.parametrize(
    ("query", "name", "province", "prefecture"),
    [
        ("义乌市", "义乌市", "浙江省", "金华市"),
        ("义乌", "义乌市", "浙江省", "金华市"),
        ("兴隆县", "兴隆县", "河北省", "承德市"),
        ("宽城满族自治县", "宽城满族自治县", "河北省", "承德市"),
        ("滦平", "滦平县", "河北省", "承德市"),
        ("浦东新区", "浦东新区", "上海市", "上海市"),
        ("天河区", "天河区", "广东省", "广州市"),
        ("昆山市", "昆山市", "江苏省", "苏州市"),
        ("济源市", "济源市", "河南省", None),
        ("神农架林区", "神农架林区", "湖北省", None),
        ("长阳", "长阳土家族自治县", "湖北省", "宜昌市"),
        ("公主岭市", "公主岭市", "吉林省", "长春市"),
        ("石河子市", "石河子市", "新疆维吾尔自治区", None),
    ],
)
def test_county_lookup(
    gaz: Gazetteer, query: str, name: str, province: str, prefecture: str | None
) -> None:
    place = gaz.place(query)
    assert place is not None
    assert (place.name, place.level, place.province, place.prefecture) == (
        name,
        "county",
        province,
        prefecture,
    )


def test_county_priority(gaz: Gazetteer) -> None:
    # a shared short name: province > prefecture > county
    assert gaz.place("朝阳").level == "prefecture"  # type: ignore[union-attr]
    assert gaz.place("朝阳区").level == "county"  # type: ignore[union-attr]
    assert gaz.place("河南").level == "province"  # type: ignore[union-attr]  # 河南蒙古族自治县
    assert gaz.place("吉林").level == "province"  # type: ignore[union-attr]
    assert gaz.place("吉林市").level == "prefecture"  # type: ignore[union-attr]
    # a full name shared by several counties
    named = gaz.places_named("朝阳区")
    assert [(p.province, p.prefecture) for p in named] == [
        ("北京市", "北京市"),
        ("吉林省", "长春市"),
    ]
    assert gaz.place("朝阳区") == named[0]
    assert gaz.places_named("火星") == []


def test_places_in_counties(gaz: Gazetteer) -> None:
    text = "支持义乌、昆山和承德市兴隆县、滦平发展，推进浦东新区与天河区改革，济源市参照执行。"
    hits = [(text[s:e], p.name) for s, e, p in gaz.places_in(text)]
    assert hits == [
        ("义乌", "义乌市"),
        ("昆山", "昆山市"),
        ("承德市", "承德市"),
        ("兴隆县", "兴隆县"),
        ("滦平", "滦平县"),
        ("浦东新区", "浦东新区"),
        ("天河区", "天河区"),
        ("济源市", "济源市"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "坚持和平发展道路，新华社报道。",
        "城关镇、城区和郊区的老城区改造",
        "朝阳产业蓬勃发展",
        "健康长寿、富民安居",
        "推动河北区域协调发展",
        "国家发展改革委会同有关部门",
        "兴隆繁荣，天河璀璨",
    ],
)
def test_ambiguous_county_names_not_matched(gaz: Gazetteer, text: str) -> None:
    assert [p.name for _, _, p in gaz.places_in(text) if p.level == "county"] == []


def test_ambiguous_county_names_full_form(gaz: Gazetteer) -> None:
    # the full names of ambiguous counties are matched all the same
    text = "北京市朝阳区、天津市和平区、兴隆县、长寿区"
    assert [p.name for _, _, p in gaz.places_in(text)] == [
        "北京市",
        "朝阳区",
        "天津市",
        "和平区",
        "兴隆县",
        "长寿区",
    ]


def test_common_words() -> None:
    assert common_words(["义乌", "昆山", "滦平"]) == frozenset()
    assert common_words(["和平", "新华", "长寿", "东方", "光明", "富民"]) == {
        "和平",
        "新华",
        "长寿",
        "东方",
        "光明",
        "富民",
    }
    assert common_words(["昆山"], frequency=100) == {"昆山"}


def test_custom_common_words_filter() -> None:
    from policytext.gazetteer import _load

    loaded = _load(default_files())
    strict = Gazetteer(loaded.places, common_words=set)  # every short name is ordinary
    assert [p.name for _, _, p in strict.places_in("义乌兴隆县")] == ["兴隆县"]
    loose = Gazetteer(loaded.places, common_words=lambda words: frozenset())
    assert [p.name for _, _, p in loose.places_in("长寿")] == ["长寿区"]


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


def test_default_is_cached() -> None:
    # speed targets live in benchmarks/, not in unit tests
    assert load_gazetteer() is load_gazetteer()


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
    with pytest.raises(GazetteerFormatError, match=r"bad_places\.tsv:3: expected 3 to 7"):
        load_gazetteer(bad)


def test_malformed_level_and_province(tmp_path: Path) -> None:
    bad = tmp_path / "p.tsv"
    bad.write_text("# kind: places\n某地\t某\tcity\t河南省\n", encoding="utf-8")
    with pytest.raises(GazetteerFormatError, match=r"p\.tsv:2: unknown level 'city'"):
        load_gazetteer(bad)
    bad.write_text("# kind: places\n某市\t某\tprefecture\t河南\n", encoding="utf-8")
    with pytest.raises(GazetteerFormatError, match=r"p\.tsv:2: province '河南'"):
        load_gazetteer(bad)


def test_malformed_prefecture(tmp_path: Path) -> None:
    bad = tmp_path / "c_places.tsv"
    bad.write_text("# kind: places\n某县\t某\tcounty\t河南省\t\t\t承德市\n", encoding="utf-8")
    with pytest.raises(GazetteerFormatError, match=r"c_places\.tsv:2: prefecture '承德市'"):
        load_gazetteer(bad)
    bad.write_text("# kind: places\n某区\t某\tzone\t河南省\t\t\t郑州市\n", encoding="utf-8")
    with pytest.raises(GazetteerFormatError, match="only a county"):
        load_gazetteer(bad)
    good = tmp_path / "d_places.tsv"
    good.write_text("# kind: places\n某某县\t某某\tcounty\t河南省\t\t\t郑州市\n", encoding="utf-8")
    assert load_gazetteer(good).place("某某").prefecture == "郑州市"  # type: ignore[union-attr]


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
