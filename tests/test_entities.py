"""Rule-based entities (policytext.entities) and the policy_entities spaCy component."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from conftest import SEED, shared_path

from policytext.entities import (
    ENTITY_LABELS,
    Mention,
    find_entities,
    load_entity_lexicons,
)
from policytext.structure import parse_structure


def ents_of(text: str, **kw) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in find_entities(text, **kw)[0]]


def check_invariants(text: str, ents: list[Mention], groups: list[Mention]) -> None:
    spans = sorted((m.start, m.end) for m in ents + groups)
    for a, b in itertools.pairwise(spans):
        assert a[1] <= b[0], f"overlap {a} {b}"
    for m in ents + groups:
        assert text[m.start : m.end] == m.text
    assert all(m.label in ENTITY_LABELS for m in ents)
    assert [m.start for m in ents] == sorted(m.start for m in ents)


# ----------------------------------------------------------------------------- rules


def test_list_typing_takes_the_head_type():
    text = "在绿色建筑材料领域，培育了洛阳玻璃、天瑞水泥等制造业头雁企业5家。指导我省洛阳、安阳等6个试点省辖市开展推广活动。"
    found = ents_of(text)
    assert ("洛阳玻璃", "FIRM") in found and ("天瑞水泥", "FIRM") in found
    assert ("洛阳", "GPE") in found and ("安阳", "GPE") in found
    # a list of cities with a 等 + 市 head
    assert ("烟台", "GPE") in ents_of("加快济南、青岛、烟台、德州等市重点项目建设。")


def test_a_list_of_kinds_of_area_or_fields_is_no_list_of_places():
    found = ents_of("依托旅游景区、度假区、休闲街区、工业遗产、博物馆等场所或相关空间。")
    assert not {"旅游景区", "休闲街区", "工业遗产", "博物馆"} & {w for w, _ in found}
    found = ents_of("支持产业园在文化创意、现代物流、健康养老等领域与台湾地区开展合作。")
    assert [w for w, lab in found if lab == "GPE"] == ["台湾地区"]
    # rivers, canals and short names under a place head stay places
    found = ents_of("重点治理4条省管河流，三川河、涑水河、御河、唐河、沙河、姚暹渠等6条河流。")
    assert {"三川河", "涑水河", "姚暹渠"} <= {w for w, lab in found if lab == "GPE"}


def test_long_list_of_full_company_names_found_whole():
    names = [
        f"{region}{core}{kind}"
        for region, core, kind in zip(
            ["河南", "河北", "山东", "江苏", "浙江", "安徽"] * 6,
            [
                "华润建材",
                "金隅新材",
                "鲁南水泥",
                "苏州玻璃",
                "海螺环保",
                "中联重工",
                "远大住工",
                "东方雨虹",
                "北新石膏",
                "天山材料",
                "旗滨节能",
                "南玻科技",
                "信义光能",
                "福耀汽玻",
                "科顺防水",
                "三棵树漆",
                "伟星管业",
                "坚朗五金",
                "亚士创能",
                "蒙娜丽莎",
                "东鹏控股",
                "帝欧家居",
                "海鸥住工",
                "惠达卫浴",
                "德尔未来",
                "大亚圣象",
                "兔宝宝板",
                "丰林木业",
                "西藏天路",
                "四川双马",
                "塔牌集团",
                "上峰水泥",
                "宁夏建材",
                "青松建化",
                "祁连山业",
                "万年青业",
            ],
            ["股份有限公司", "有限公司", "有限责任公司", "集团有限公司"] * 9,
            strict=True,
        )
    ]
    assert len(names) >= 30
    text = "经企业申报、专家评审，确定以下企业为绿色建材示范企业：" + "、".join(names) + "。"
    found = [e.text for e in find_entities(text)[0] if e.label == "FIRM"]
    assert found == names


def test_left_boundary_after_a_verb_cue():
    text = "支持指导河南中豫建设投资集团股份有限公司牵头组建研究院，推动河北燕山钒钛产业技术研究有限公司加快发展。"
    found = ents_of(text)
    assert ("河南中豫建设投资集团股份有限公司", "FIRM") in found
    assert ("河北燕山钒钛产业技术研究有限公司", "FIRM") in found


def test_title_marks_and_quoted_programs():
    text = (
        "出台了《河南省培育壮大绿色建筑材料产业链行动方案（2023-2025年）》，"
        "制定“绿色建材推广应用导则”，实施企业上市融资“蝶变计划”，"
        "共培育“绿色工厂”36家。深入开展集成电路“强芯”工程。坚持“链长制”一体推进。"
        "遵循“提质、扩面、增效”的基本路径。"
    )
    found = ents_of(text)
    for name in (
        "河南省培育壮大绿色建筑材料产业链行动方案（2023-2025年）",
        "绿色建材推广应用导则",
        "蝶变计划",
        "绿色工厂",
        "集成电路“强芯”工程",
        "链长制",
    ):
        assert (name, "PROGRAM") in found, name
    assert not any("提质" in t for t, _ in found)  # slogans are not entities


def test_designations_keep_inner_quotes_and_drop_level_words():
    found = ents_of("林州致远等国家级专精特新“小巨人”企业11家，北方玻璃等省级专精特新企业151家。")
    assert ("专精特新“小巨人”", "PROGRAM") in found
    assert ("专精特新", "PROGRAM") in found
    assert not any(t.startswith(("国家级", "省级")) for t, _ in found)


def test_government_bodies():
    text = (
        "按照省委省政府部署，省工信厅和住建厅高度重视，以省政府办公厅名义出台方案。"
        "（牵头单位：省工业和信息化厅；配合单位：省发展改革委、省委组织部、承德市政府、"
        "国家税务总局河北省税务局、人行石家庄中心支行、河北银保监局）"
    )
    found = {t for t, lab in ents_of(text) if lab == "ORG"}
    assert {
        "省委",
        "省政府",
        "省工信厅",
        "住建厅",
        "省政府办公厅",
        "省工业和信息化厅",
        "省发展改革委",
        "省委组织部",
        "承德市政府",
        "国家税务总局河北省税务局",
        "人行石家庄中心支行",
        "河北银保监局",
    } <= found


def test_named_organizations_need_a_distinguishing_modifier():
    found = ents_of(
        "拟成立航空港区绿色建筑推进工作领导小组。领导小组办公室设在建设局。成立工作专班。"
    )
    assert ("航空港区绿色建筑推进工作领导小组", "ORG") in found
    assert ("建设局", "ORG") in found
    assert not any(t in ("领导小组", "领导小组办公室", "工作专班") for t, _ in found)


def test_person_role_context():
    text = (
        "签发人：张红军\n刘国付委员：\n成立由省人大常委会副主任何金平任链长，"
        "省住建厅厅长高义任常务副链长的工作专班。王凯省长提出要求。联系人：常浩，联系电话：123。"
    )
    people = [t for t, lab in ents_of(text) if lab == "PERSON"]
    assert people == ["张红军", "刘国付", "何金平", "高义", "王凯", "常浩"]
    # a leader's charge or visit after the title (由省长王某负总责, 副市长李某带队调研)
    text = "由省长王清宪负总责，副市长李明带队调研。省长分管领域，市长会见客商。"
    assert [t for t, lab in ents_of(text) if lab == "PERSON"] == ["王清宪", "李明"]


def test_actor_groups_do_not_overlap_entities():
    text = "带动高等院校、科研院所、骨干企业联合研发。由国有平台公司牵头，支持金融机构提供融资。各有关单位要认真落实。"
    ents, groups = find_entities(text)
    check_invariants(text, ents, groups)
    assert [g.text for g in groups] == [
        "高等院校",
        "科研院所",
        "骨干企业",
        "国有平台公司",
        "金融机构",
        "各有关单位",
    ]
    assert ents == []


def test_user_lexicon_file_changes_the_result(tmp_path: Path):
    text = "支持蓝翎环科、林州致远发展，推动东方航天港建设。"
    before = ents_of(text)
    assert ("蓝翎环科", "FIRM") not in before
    extra = tmp_path / "my_entities.txt"
    extra.write_text("# my names\n[FIRM]\n蓝翎环科\n[GPE]\n东方航天港\n", encoding="utf-8")
    after = ents_of(text, lexicons=load_entity_lexicons(extra))
    assert ("蓝翎环科", "FIRM") in after
    assert ("东方航天港", "GPE") in after


def test_lexicon_file_errors(tmp_path: Path):
    bad = tmp_path / "bad.txt"
    bad.write_text("蓝翎环科\n", encoding="utf-8")
    with pytest.raises(ValueError, match="section"):
        load_entity_lexicons(bad)
    with pytest.raises(FileNotFoundError):
        load_entity_lexicons(tmp_path / "missing.txt")


def test_structure_adds_title_and_attachment_programs():
    text = (
        "关于印发《上海市零碳园区建设工作方案》的通知\n各有关单位：\n现印发给你们。\n"
        "附件：上海市零碳园区建设工作方案\n上海市发展和改革委员会\n2026年9月7日\n"
        "上海市零碳园区建设工作方案\n一、园区类型\n建设主体为开发区。"
    )
    found = ents_of(text, structure=parse_structure(text))
    assert found.count(("上海市零碳园区建设工作方案", "PROGRAM")) == 3
    assert ("上海市发展和改革委员会", "ORG") in found


def test_seed_invariants():
    text = shared_path("seeds", SEED.name).read_text(encoding="utf-8")
    ents, groups = find_entities(text, structure=parse_structure(text))
    check_invariants(text, ents, groups)
    found = {(e.text, e.label) for e in ents}
    assert ("郑州航空港经济综合实验区管理委员会", "ORG") in found
    assert ("中豫建投", "FIRM") in found  # short name of a firm named in full elsewhere
    assert all(e.rule for e in ents)


# ----------------------------------------------------------------------------- spaCy


@pytest.mark.model
def test_component_sets_ents_spans_and_retokenizes(nlp):
    assert "policy_entities" in nlp.pipe_names
    text = "支持指导河南中豫建设投资集团股份有限公司牵头组建“河南省绿色低碳建材产业研究院”，由省工信厅负责。"
    # the segmenter alone cuts across the firm name's edges
    raw = [(t.idx, t.idx + len(t)) for t in nlp.make_doc(text)]
    start = text.index("河南中豫")
    end = start + len("河南中豫建设投资集团股份有限公司")
    assert (
        not ({start, end} <= {s for s, _ in raw} | {e for _, e in raw})
        or len([1 for s, e in raw if start <= s and e <= end]) > 1
    )
    doc = nlp(text)
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("河南中豫建设投资集团股份有限公司", "FIRM") in ents
    assert ("河南省绿色低碳建材产业研究院", "ORG") in ents
    assert ("省工信厅", "ORG") in ents
    for ent in doc.ents:
        assert len(ent) == 1, ent  # one token per entity
    assert "actor_groups" in doc.spans
    assert doc.spans["sentences"]  # earlier span groups survive retokenization
    assert all(s.text for s in doc.spans["sentences"])


@pytest.mark.model
def test_a_token_crossing_a_name_is_split(nlp):
    text = "成立由省住建厅厅长高义任常务副链长的工作专班。"
    assert "高义任" in [t.text for t in nlp.make_doc(text)]  # pkuseg cuts across the name
    doc = nlp(text)
    assert [(e.text, e.label_) for e in doc.ents] == [("省住建厅", "ORG"), ("高义", "PERSON")]
    words = [t.text for t in doc]
    assert "高义" in words and "任" in words and "省住建厅" in words
    assert "".join(t.text_with_ws for t in doc) == text


@pytest.mark.model
def test_retokenize_splits_and_merges(nlp):
    from policytext.components.entities import retokenize_to_mentions

    doc = retokenize_to_mentions(
        nlp.make_doc("支持指导河南中豫建设投资集团股份有限公司牵头"), [(1, 5)]
    )
    assert [t.text for t in doc][:3] == ["支", "持指导河", "南"]
    assert doc.text == "支持指导河南中豫建设投资集团股份有限公司牵头"


@pytest.mark.model
def test_record_tokens_follow_entity_boundaries(nlp, tmp_path: Path):
    from policytext.analysis import analyze

    path = tmp_path / "doc.txt"
    path.write_text(
        "关于支持绿色建材发展的通知\n各有关单位：\n支持熔金高温、锦信水泥、中联玻璃等3家建材企业创建数字化能碳管理中心。\n",
        encoding="utf-8",
    )
    rec = analyze(path, nlp=nlp, progress=False).records[0]
    starts = {t["start"] for t in rec.tokens}
    ends = {t["end"] for t in rec.tokens}
    firms = [e for e in rec.entities if e["label"] == "FIRM"]
    assert [e["text"] for e in firms] == ["熔金高温", "锦信水泥", "中联玻璃"]
    for e in rec.entities + rec.actor_groups:
        assert rec.text[e["start"] : e["end"]] == e["text"]
        assert e["start"] in starts and e["end"] in ends
        assert {"start", "end", "label", "text", "canonical", "id"} <= set(e)
    assert [g["text"] for g in rec.actor_groups] == ["各有关单位", "建材企业"]


@pytest.mark.model
def test_displacy_colours_per_label(nlp):
    from policytext.components.entities import DISPLACY_COLORS, render_entities

    doc = nlp(
        "签发人：张红军\n省工信厅支持河南中豫建设投资集团股份有限公司在郑州实施《绿色建材行动方案》。"
    )
    html = render_entities(doc)
    assert {e.label_ for e in doc.ents} == set(ENTITY_LABELS)
    for label in ENTITY_LABELS:
        assert label in html
        assert DISPLACY_COLORS[label] in html
    assert len(set(DISPLACY_COLORS[label] for label in ENTITY_LABELS)) == len(ENTITY_LABELS)


@pytest.mark.model
def test_component_serialises_user_lexicons(nlp, tmp_path: Path):
    import spacy

    extra = tmp_path / "names.txt"
    extra.write_text("[FIRM]\n蓝翎环科\n", encoding="utf-8")
    nlp2 = spacy.blank("zh")
    nlp2.add_pipe("policy_entities", config={"lexicon_files": [str(extra)]})
    comp = nlp2.get_pipe("policy_entities")
    comp.initialize()
    doc = nlp2("支持蓝翎环科发展。")
    assert [(e.text, e.label_) for e in doc.ents] == [("蓝翎环科", "FIRM")]
    data = comp.to_bytes()
    comp2 = nlp2.create_pipe("policy_entities").from_bytes(data)
    assert comp2._extra == comp._extra
    comp.to_disk(tmp_path / "pipe")
    comp3 = nlp2.create_pipe("policy_entities").from_disk(tmp_path / "pipe")
    assert comp3._extra == comp._extra
    extra.unlink()  # the saved pipeline needs no outside path
    assert [e.text for e in comp3(nlp2.make_doc("支持蓝翎环科发展。")).ents] == ["蓝翎环科"]


def test_common_words_and_document_numbers_are_not_entities():
    text = (
        "国办函〔2024〕12号\n确保社会长治久安，做到大同小异。国务院第十督查组赴成都、德阳等市督查。"
    )
    ents, _ = find_entities(text, structure=parse_structure(text))
    found = [(e.text, e.label) for e in ents]
    assert not any(t in ("长治", "大同", "国办") for t, _ in found)
    assert ("国务院第十督查组", "ORG") in found
    assert ("成都", "GPE") in found and ("德阳", "GPE") in found


# ----------------------------------------------------------------------------- generalisation


def test_unknown_city_found_by_the_body_it_heads():
    # a city the gazetteer lacks: its 市 + department names it, other mentions follow
    text = "示例市工业和信息化局文件。在示例高新区建设测试场，适用于在示例市注册的企业。"
    found = ents_of(text, gazetteer=False)
    assert ("示例市工业和信息化局", "ORG") in found
    assert ("示例高新区", "GPE") in found and ("示例市", "GPE") in found
    assert not any(lab == "GPE" for w, lab in ents_of("加快城市更新，建设超市。"))


def test_county_and_township_after_a_known_place():
    found = ents_of("支持山东省青岛市崂山区王哥庄街道和广州市增城区、从化区发展。")
    assert ("青岛市", "GPE") in found and ("崂山区王哥庄街道", "GPE") in found
    assert ("增城区", "GPE") in found and ("从化区", "GPE") in found
    assert ("上海市", "GPE") in ents_of("上海市零碳园区建设") and not any(
        w == "零碳园区" for w, _ in ents_of("上海市零碳园区建设")
    )


def test_internal_units_league_committee_and_generic_department_lists():
    found = ents_of("由市政府督查室牵头，示例市工业和信息化局中小企业处、团市委配合。")
    assert ("市政府督查室", "ORG") in found and ("团市委", "ORG") in found
    assert ("示例市工业和信息化局中小企业处", "ORG") in found
    # 各区（县）财政局、科技局 address a class of bodies, not one body; 市委各部门 names 市委
    # (as the gold tags 区政府 in 区政府各部门)
    assert ents_of("各区（县）人力资源社会保障局、财政局、科技局：") == []
    assert ents_of("抄送：市委各部门，市人大常委会办公室。") == [
        ("市委", "ORG"),
        ("市人大常委会办公室", "ORG"),
    ]
    assert ("广州市人民政府办公厅", "ORG") in ents_of("广州市人民政府办公厅印发。")


def test_short_name_takes_the_label_of_the_full_name_and_recurs():
    text = "支持浙江青禾新能源科技有限公司（以下简称“青禾科技”）建设中试线。青禾科技牵头组建联盟。"
    found = ents_of(text)
    assert found.count(("青禾科技", "FIRM")) == 2


def test_banks_are_firms_including_policy_banks():
    found = ents_of(
        "鼓励国家开发银行、中国工商银行、农业银行、建设银行等银行业金融机构加大信贷投放。"
    )
    assert ("国家开发银行", "FIRM") in found and ("建设银行", "FIRM") in found
    assert ("农业银行", "FIRM") in found
    assert not any(w == "商业银行" for w, _ in ents_of("推动商业银行和村镇银行开展业务。"))
    assert ("国家融资担保基金", "FIRM") in ents_of("发挥国家融资担保基金作用。")
    assert ("中国人民银行", "ORG") in ents_of("中国人民银行负责。")


def test_classes_of_banks_are_no_firms_but_named_banks_of_a_class_are():
    text = "引导村镇银行、农村商业银行服务小微企业，发挥国有大型银行、股份制银行和地方法人银行作用，支持贷款银行与担保机构合作。"
    assert [w for w, lab in ents_of(text) if lab == "FIRM"] == []
    found = ents_of("重庆农村商业银行、宁波鄞州农村合作银行和中国邮政储蓄银行提供贷款。")
    assert [w for w, lab in found if lab == "FIRM"] == [
        "重庆农村商业银行",
        "宁波鄞州农村合作银行",
        "中国邮政储蓄银行",
    ]


def test_utilities_state_capital_vehicles_and_every_firm_of_a_kind_are_no_firms():
    text = "推动国有资本投资公司改革，鼓励供电公司、燃气公司、售电公司和信用担保公司提升服务，各地城投公司要规范融资。"
    assert [w for w, lab in ents_of(text) if lab == "FIRM"] == []
    found = ents_of("国网郑州供电公司、华润燃气公司和城投集团参与。")
    assert [w for w, lab in found if lab == "FIRM"] == [
        "国网郑州供电公司",
        "华润燃气公司",
        "城投集团",
    ]


def test_a_body_every_unit_of_a_level_has_is_no_organisation():
    assert ents_of("县级融媒体中心要做好宣传，市级综合服务中心负责受理。") == []
    assert ("北京市级机关事务管理局", "ORG") in ents_of("北京市级机关事务管理局负责。")


def test_kinds_of_hospitals_and_of_state_firms_are_no_names():
    text = "支持综合医院、中医医院和儿童医院建设，专科医院、公立医院、三甲医院要规范管理，国有控股公司、中外合资公司负责。"
    assert ents_of(text) == []
    found = ents_of("北京儿童医院、湘雅医院和县妇幼保健院参与。")
    assert [w for w, lab in found if lab == "ORG"] == ["北京儿童医院", "湘雅医院", "县妇幼保健院"]


def test_a_firm_name_starts_after_working_with_reporting_to_or_stamping():
    text = "由市工业和信息化局协同国网天津市电力公司组织实施，需及时上报给国网天津市电力公司。"
    found = ents_of(text)
    assert ("市工业和信息化局", "ORG") in found
    assert [w for w, lab in found if lab == "FIRM"] == ["国网天津市电力公司", "国网天津市电力公司"]
    assert ents_of("用户需提交申请表并加盖公司公章。") == []
    # a class after a list word stays a class; a consulting firm's name keeps its 咨询
    assert ents_of("鼓励电力用户及售电公司参与，相关机构（如电力公司）配合。") == []
    assert ("中国国际工程咨询公司", "FIRM") in ents_of("委托中国国际工程咨询公司评估。")


def test_energy_regulators_by_their_short_names_are_bodies():
    found = ents_of("南方能监局、甘肃省能监办和山西能监办负责监管。")
    assert found == [("南方能监局", "ORG"), ("甘肃省能监办", "ORG"), ("山西能监办", "ORG")]


def test_kinds_of_firms_in_lists_and_after_the_same_are_no_names():
    assert ents_of("收集一批疫情防控、生活保供、交通物流等重点企业岗位信息。") == []
    text = "电价由市场交易价格、输配电价、政府性基金、辅助服务费用等直接相加构成售电企业电价。"
    assert [w for w, lab in ents_of(text) if lab == "FIRM"] == []
    assert ents_of("项目原则上应为同一投资主体控股，同一集团内部企业合并计算。") == []
    assert ents_of("为确保中小学生可按学生身份参保缴费。") == []
    # 如 (if) before a kind of firm, and founding verbs before a kind, name no firm
    assert ents_of("3．如电力公司电能表计终端采集数据异常。") == []
    assert ents_of("支持供销合作社领办创办农民专业合作社。") == []
    found = ents_of("洛阳玻璃、天瑞水泥等制造业头雁企业5家。")
    assert [w for w, lab in found if lab == "FIRM"] == ["洛阳玻璃", "天瑞水泥"]


def test_supply_and_marketing_cooperatives_are_bodies_and_hospital_grades_kinds():
    found = ents_of(
        "省供销合作社牵头，县供销社配合，整合供销合作社资源，中华全国供销合作总社指导。"
    )
    assert found == [("省供销合作社", "ORG"), ("县供销社", "ORG"), ("中华全国供销合作总社", "ORG")]
    found = ents_of("依托京津三甲医院和省内三甲医院，支持北京协和医院建设。")
    assert [w for w, lab in found if lab == "ORG"] == ["北京协和医院"]


def test_a_body_acting_on_a_plan_or_a_platform_is_not_part_of_its_name():
    found = ents_of("广州市残疾人联合会围绕广州市残疾人事业发展规划，制定管理规范。")
    assert found == [("广州市残疾人联合会", "ORG"), ("广州市残疾人事业发展规划", "PROGRAM")]
    found = ents_of("交易中心要进一步做好广东电力交易系统运维。")
    assert not any(lab == "PROGRAM" and "要" in w for w, lab in found)
    assert ("全国信用信息共享平台", "PROGRAM") in ents_of("依托全国信用信息共享平台开展。")


def test_an_item_title_that_orders_drafting_a_plan_names_no_plan():
    assert ents_of("（三）制定分类援助计划。\n各地要为每名困难人员制定援助计划。") == []


def test_kinds_of_streets_and_common_words_ending_in_a_unit_are_no_places():
    text = (
        "可到户籍所在地或者本市居住地街道公共服务机构办理城乡居民医保，依托街道社区平台开展服务。"
    )
    assert [w for w, lab in ents_of(text) if lab == "GPE"] == []
    found = ents_of("打浦桥街道、江北区和梅江区城北镇参与。")
    assert [w for w, lab in found if lab == "GPE"] == ["打浦桥街道", "江北区", "梅江区城北镇"]


def test_a_place_that_is_put_into_a_plan_is_not_part_of_the_plans_name():
    found = ents_of("推动承德市钒钛产业纳入国家战略。")
    assert found == [("承德市", "GPE")]
    found = ents_of("举办京津冀工业资源综合利用产业对接活动。")
    assert ("京津冀工业资源综合利用产业对接活动", "PROGRAM") in found


def test_a_quoted_app_or_mini_program_is_a_programme():
    found = ents_of("登录“粤税通”微信小程序缴费，或通过“穗好办”APP办理。")
    assert found == [("粤税通", "PROGRAM"), ("穗好办", "PROGRAM")]


def test_national_fairs_by_their_short_names_are_programmes():
    found = ents_of("支持企业参加广交会、进博会等展会，依托链博会开展招商。")
    assert [w for w, lab in found if lab == "PROGRAM"] == ["广交会", "进博会", "链博会"]


def test_quoted_instruments_and_names_typed_by_what_follows():
    text = (
        "每年安排2000万元“数字创新券”，为人才发放“蓉城人才卡”。"
        "鼓励金融机构开发“链e贷”等供应链金融产品，企业可通过“苏企通”平台申报。"
        "采取“一事一议”方式给予支持。"
    )
    found = ents_of(text)
    for w in ("数字创新券", "蓉城人才卡", "链e贷", "苏企通"):
        assert (w, "PROGRAM") in found
    assert not any(w == "一事一议" for w, _ in found)


def test_designation_scope_funds_and_strategies():
    # a designation used as a plain noun (projects being built) is not the scheme
    assert ents_of("对企业实施智能工厂、数字化车间项目给予补助。") == []
    found = ents_of("支持企业创建绿色工厂。我市入选第二批中小企业数字化转型试点城市。")
    assert ("绿色工厂", "PROGRAM") in found
    assert ("中小企业数字化转型试点城市", "PROGRAM") in found
    found = ents_of("对首台（套）数字化产品实行政府采购优先。")
    assert ("首台（套）数字化产品", "PROGRAM") in found
    found = ents_of("设立规模30亿元的杭州市人工智能产业投资基金。深入实施人才强省战略。")
    assert ("杭州市人工智能产业投资基金", "PROGRAM") in found
    assert ("人才强省战略", "PROGRAM") in found


def test_one_character_place_abbreviations_in_place_contexts():
    found = ents_of("对来穗就业的毕业生给予补贴，支持留沪发展，培育一批鲁版软件。出版社再版图书。")
    assert [w for w, lab in found if lab == "GPE"] == ["穗", "沪", "鲁"]
    # the first character of the document's own city, after a movement verb only
    found = ents_of("示例市人民政府：对来示创业的人才给予支持。", gazetteer=False)
    assert ("示", "GPE") in found


# ----------------------------------------------------------------------------- firm gazetteer
# Short tuning texts written for these tests (styles not in the evaluation sets).

MINISTRY_NOTICE = (
    "工业和信息化部办公厅关于组织开展工业互联网平台赋能行动的通知\n"
    "各省、自治区、直辖市工业和信息化主管部门，有关中央企业：\n"
    "为加快工业互联网规模化应用，支持中国石化、国家电网、中国移动等中央企业与华为、"
    "阿里巴巴、腾讯等平台企业联合开展行业解决方案攻关。国开行、农发行对入选项目给予"
    "信贷支持。请于6月30日前将推荐材料报送工业和信息化部信息技术发展司。\n"
)

CHAIN_PLAN = (
    "江苏省新能源汽车产业链链长制工作方案\n"
    "全面推行链长制，由省工业和信息化厅牵头。支持比亚迪、宁德时代、常州锂源、"
    "无锡星控等企业建设电池与整车项目；引导徐工、中联重科和苏州云帆共同打造工程机械"
    "产业集群。实施新能源汽车“强链”工程。\n"
)

STATE_COUNCIL_LETTER = (
    "国务院办公厅关于政府网站建设有关建议办理情况的函\n"
    "四川省人民政府：\n"
    "你省《关于进一步加强政府网站集约化建设的建议》收悉。国务院办公厅印发《政府网站"
    "发展指引》，贯彻落实“十四五”规划；中国电信、中国移动、中国联通等基础电信企业"
    "参与建设，财政部通过中央预算内投资和“东数西算”工程予以支持。\n"
)


def test_firm_gazetteer_full_and_short_names_in_a_ministry_notice():
    ents, _ = find_entities(MINISTRY_NOTICE)
    check_invariants(MINISTRY_NOTICE, ents, [])
    firms = [e.text for e in ents if e.label == "FIRM"]
    assert firms == [
        "中国石化",
        "国家电网",
        "中国移动",
        "华为",
        "阿里巴巴",
        "腾讯",
        "国开行",
        "农发行",
    ]
    assert ("工业和信息化部办公厅", "ORG") in [(e.text, e.label) for e in ents]


def test_firm_lists_type_the_first_item_and_unknown_siblings():
    found = ents_of(CHAIN_PLAN)
    for name in ("比亚迪", "宁德时代", "常州锂源", "无锡星控", "徐工", "中联重科", "苏州云帆"):
        assert (name, "FIRM") in found, name
    assert ("链长制", "PROGRAM") in found
    assert ("新能源汽车“强链”工程", "PROGRAM") in found
    assert ("省工业和信息化厅", "ORG") in found
    # ordinary-word short names count in a list of firms and before 集团/公司 only
    assert ents_of("支持华为、中兴、浪潮等龙头企业参与。") == [
        ("华为", "FIRM"),
        ("中兴", "FIRM"),
        ("浪潮", "FIRM"),
    ]
    assert ents_of("掀起创新浪潮，小米粥。") == []
    assert ("浪潮集团", "FIRM") in ents_of("浪潮集团牵头建设。")


def test_state_council_letter_suggestion_titles_are_not_programs():
    found = ents_of(STATE_COUNCIL_LETTER)
    assert not any("建议" in w for w, _ in found)
    assert ("政府网站发展指引", "PROGRAM") in found
    assert ("“十四五”规划", "PROGRAM") in found
    assert ("东数西算", "PROGRAM") in found  # not 中央预算内投资和“东数西算”工程
    assert [w for w, lab in found if lab == "FIRM"] == ["中国电信", "中国移动", "中国联通"]


def test_firm_canonical_is_the_registered_full_name(tmp_path: Path):
    from policytext.aliases import resolve_aliases
    from policytext.entities import firm_full_name

    assert firm_full_name("中石化") == "中国石油化工集团有限公司"
    text = "由中石化和国开行牵头。"
    ents, _ = find_entities(text)
    resolve_aliases(text, ents, meta={})
    assert [e.canonical for e in ents] == ["中国石油化工集团有限公司", "国家开发银行"]
    # a user firm table extends the bundled one
    p = tmp_path / "my_firms.tsv"
    p.write_text("# kind: firms\n蓝翎环境科技股份有限公司\t蓝翎环科\n", encoding="utf-8")
    lex = load_entity_lexicons(p)
    assert ents_of("联合蓝翎环科建设。", lexicons=lex) == [("蓝翎环科", "FIRM")]
    assert firm_full_name("蓝翎环科", lex) == "蓝翎环境科技股份有限公司"


# ----------------------------------------------------------------------------- projects, laws, regions


def test_named_projects_need_a_place_or_a_facility():
    text = (
        "已将唐山百万吨炼油项目列入布点。委托咨询公司对金沙湾工业区化工项目作评估。"
        "请尽快审批丰宁电厂项目，适时启动新建乙烯项目和热电联产项目，加快河北电力建设项目问题研究。"
    )
    found = ents_of(text)
    assert ("唐山百万吨炼油项目", "PROGRAM") in found
    assert ("金沙湾工业区化工项目", "PROGRAM") in found
    assert ("丰宁电厂项目", "PROGRAM") in found
    progs = [w for w, lab in found if lab == "PROGRAM"]
    assert not any("乙烯" in w or "热电" in w or "电力建设" in w for w in progs)


def test_project_lists_type_every_item():
    text = "已优先考虑沧州电厂二期、邢台电厂二期和承德电厂二期以及廊坊电厂等项目。"
    found = ents_of(text)
    for w in ("沧州电厂二期", "邢台电厂二期", "承德电厂二期", "廊坊电厂"):
        assert (w, "PROGRAM") in found


def test_plans_and_funds_entered_into_are_programs():
    text = "对已列入复兴规划的项目，可列入国债专项予以支持；取消2分钱专项水利建设基金，并将原专项基金并入。"
    found = ents_of(text)
    assert ("复兴规划", "PROGRAM") in found and ("国债专项", "PROGRAM") in found
    assert ("专项水利建设基金", "PROGRAM") in found
    assert not any("原专项基金" in w for w, _ in found)


def test_facilities_named_by_their_city_are_places():
    found = ents_of("沧州电厂属港口电厂，邢台新机场建设项目另行研究。")
    assert ("沧州电厂", "GPE") in found and ("邢台新机场", "GPE") in found


def test_macro_regions_and_province_subregions():
    found = ents_of("振兴华北地区等老工业基地，优先考虑蒙西、晋南坑口电厂，支持冀中南地区发展。")
    assert ("华北地区", "GPE") in found
    assert ("蒙西", "GPE") in found and ("晋南", "GPE") in found
    assert ("冀中南地区", "GPE") in found


def test_laws_systems_meetings_and_treaties():
    text = (
        "严格执行数据安全法等法律法规，落实网络安全责任制。出席振兴工业数字化转型座谈会。"
        "履行关于禁止生物武器国际公约规定的义务。采用新方法的规定。"
    )
    found = ents_of(text)
    assert ("数据安全法", "PROGRAM") in found
    assert ("网络安全责任制", "PROGRAM") in found
    assert ("振兴工业数字化转型座谈会", "PROGRAM") in found
    assert ("禁止生物武器国际公约", "PROGRAM") in found
    assert not any(w.endswith("方法") for w, _ in found)


def test_military_bodies_exchanges_and_websites():
    text = (
        "国务院办公厅、中央军委办公厅：沈阳、兰州、成都军区，由总参谋部负责。"
        "大连市请求在郑州商品交易所开设期货。依托中国政府网发布。"
    )
    found = ents_of(text)
    assert ("中央军委办公厅", "ORG") in found and ("总参谋部", "ORG") in found
    assert ("成都军区", "ORG") in found and ("兰州", "GPE") in found
    assert ("郑州商品交易所", "ORG") in found
    assert ("中国政府网", "PROGRAM") in found


def test_firm_names_with_a_middle_dot_and_cut_after_only():
    text = "联合中国一重集团公司、大连重工•起重集团公司和某某柴油机厂等企业。国内只有上海船用曲轴公司能生产。"
    found = ents_of(text)
    assert ("大连重工•起重集团公司", "FIRM") in found
    assert ("上海船用曲轴公司", "FIRM") in found


def test_firm_lists_close_the_last_item_at_a_firm_head_and_latin_names():
    text = "建议中国一重集团公司、大连重工集团公司和营口柴油机厂先就工艺问题论证。由实德集团与沙特SABIC等企业合资。"
    found = ents_of(text)
    assert ("营口柴油机厂", "FIRM") in found
    assert ("SABIC", "FIRM") in found and ("沙特", "GPE") in found


def test_countries_and_their_governments():
    found = ents_of("日本军国主义在侵华战争中使用化学武器。日本政府已允诺履行义务。")
    assert ("日本", "GPE") in found and ("日本政府", "ORG") in found


def test_generic_clause_does_not_open_a_centre_name():
    found = ents_of("县级政务新媒体要与本地区融媒体中心建立沟通协调机制。")
    assert not any(w.endswith("中心") for w, _ in found)


def test_a_title_broken_over_lines_is_not_tagged_by_fragments():
    text = "国务院办公厅关于推进\n政务新媒体健康有序发展的意见\n国办发〔2018〕123号\n各省人民政府：\n现提出如下意见。\n"
    found = ents_of(text, structure=parse_structure(text))
    assert not any(lab == "PROGRAM" and "意见" in w for w, lab in found)


def test_factories_named_by_their_city_are_firms_and_facility_phases_are_projects():
    found = ents_of(
        "支持洛阳拖拉机厂扩大产能，建设郑州绿色工厂。发展改革委已优先考虑唐山电厂二期工程。"
    )
    assert ("洛阳拖拉机厂", "FIRM") in found
    assert ("绿色工厂", "PROGRAM") in found
    assert ("唐山电厂二期工程", "PROGRAM") in found


def test_numbered_table_rows_are_whole_names():
    # a 名单 notice: one name per numbered row; 之 / 开发 / 就业 must not cut a name in a row
    rows = [
        "河北光之翼信息技术股份有限公司",
        "秦皇岛金联科技开发有限公司",
        "辛集市青年创业就业服务中心",
        "北京化工大学秦皇岛环渤海生物产业研究院",
        "上海同盛物流园区投资开发有限公司",
    ]
    text = "序号单位名称\n" + "".join(f"{i}{w}\n" for i, w in enumerate(rows, 1))
    from policytext.normalization import normalize

    norm = normalize(text).text
    assert norm == text  # rows of similar width are not joined as hard-wrapped lines
    found = ents_of(norm)
    assert [w for w, _ in found] == rows
    assert [lab for _, lab in found] == ["FIRM", "FIRM", "ORG", "ORG", "FIRM"]


def test_branches_named_by_parent_and_place():
    text = "（责任单位：国家金融监督管理总局河北监管局、中国人民银行河北省分行、中国工商银行湖北省分行）依托中国科学院武汉分院建设湖北实验室。"
    found = ents_of(text)
    assert ("国家金融监督管理总局河北监管局", "ORG") in found
    assert ("中国工商银行湖北省分行", "FIRM") in found
    assert ("中国科学院武汉分院", "ORG") in found and ("湖北实验室", "ORG") in found


def test_named_zones_regions_and_classes_of_zones():
    found = ents_of(
        "推进长江中游城市群协同发展，融入关中平原城市群、武汉都市圈建设。在苏州工业园区、张江高科技园区建设基地，"
        "推动中国（湖北）自由贸易试验区武汉片区建设。推动化工园区、现代农业产业园区建设，培育特色产业园区，建设高水平产业园区。"
    )
    gpe = {w for w, lab in found if lab == "GPE"}
    assert {
        "长江中游城市群",
        "关中平原城市群",
        "武汉都市圈",
        "苏州工业园区",
        "张江高科技园区",
    } <= gpe
    assert "中国（湖北）自由贸易试验区武汉片区" in gpe
    assert not any("园区" in w and w not in ("苏州工业园区", "张江高科技园区") for w in gpe)


def test_classes_of_firms_and_verbs_are_not_names():
    found = ents_of(
        "鼓励证券公司、资产管理公司、投资公司参与。成立由省长任组长、分管副省长任副组长的工作领导小组。"
    )
    assert not any(lab in ("FIRM", "PERSON") for _, lab in found)


def test_firm_trade_names_recur_as_short_names():
    text = "上海赛可出行科技服务有限公司、上海裹动科技有限公司参与试点。智能出租（赛可出行、裹动科技）完成目标。"
    found = ents_of(text)
    assert found.count(("赛可出行", "FIRM")) == 1 and found.count(("裹动科技", "FIRM")) == 1


def test_known_national_programmes_and_named_systems():
    found = ents_of(
        "实施国家重点研发计划，依托国家科技管理信息系统，从国家科技专家库中选取专家。"
        "重点专项可采取部门（机构）负责制、地方负责制。制定《国家重点研发计划管理暂行办法》。"
    )
    prog = [w for w, lab in found if lab == "PROGRAM"]
    assert prog == [
        "国家重点研发计划",
        "国家科技管理信息系统",
        "国家科技专家库",
        "部门（机构）负责制",
        "地方负责制",
        "国家重点研发计划管理暂行办法",
    ]


def test_the_verb_fuze_before_zhiding_is_no_responsibility_system():
    found = ents_of("省发展改革委（省物价局）负责制定价格政策，项目实行首席专家负责制。")
    prog = [w for w, lab in found if lab == "PROGRAM"]
    assert prog == ["首席专家负责制"]
    assert ("省发展改革委", "ORG") in found


def test_district_bodies_streets_and_quoted_formula_programmes():
    text = (
        "持续推进半淞园路街道、打浦桥街道整区域光伏试点项目建设，结合区内交通道路设施，实施“光伏+园区”专项工程。"
        "（区建管委、区投促办，打浦桥街道管理办）\n黄浦区发展和改革委员会黄浦区建设和管理委员会\n"
        "抗风压等级应按现行国家标准建筑结构荷载规范等文件计算确定。发挥国家绿色发展基金的引导作用，统筹区属集团参与。"
    )
    found = ents_of(text)
    assert ("半淞园路街道", "GPE") in found and ("打浦桥街道", "GPE") in found
    assert ("打浦桥街道管理办", "ORG") in found
    assert ("区建管委", "ORG") in found and ("区投促办", "ORG") in found
    assert ("黄浦区建设和管理委员会", "ORG") in found
    assert ("“光伏+园区”专项工程", "PROGRAM") in found
    assert ("建筑结构荷载规范", "PROGRAM") in found
    assert ("国家绿色发展基金", "FIRM") in found  # a fund that is a company
    assert not any(w.startswith(("结合", "统筹")) or w == "区属集团" for w, _ in found)


def test_a_notice_launching_a_programme_names_it_by_its_title():
    text = "科技部 财政部关于实施科技创新专项担保计划的通知\n各有关单位：\n现就实施科技创新专项担保计划有关事项通知如下。\n科技部 财政部\n2024年5月1日\n"
    found = ents_of(text, structure=parse_structure(text))
    assert found.count(("科技创新专项担保计划", "PROGRAM")) == 2


def test_divisions_and_named_transport_facilities():
    found = ents_of(
        "结合铁路莘庄站、松江站启用、上海南站提档升级，持续提升上海港船舶污染物接收能力。"
        "建设分布电站、5G基站和政府网站。（设施养护处、客运处）这样做的好处、长处。"
    )
    assert {("莘庄站", "GPE"), ("松江站", "GPE"), ("上海南站", "GPE"), ("上海港", "GPE")} <= set(
        found
    )
    assert ("设施养护处", "ORG") in found and ("客运处", "ORG") in found
    assert not any(w.endswith(("电站", "基站", "网站", "好处", "长处")) for w, _ in found)


def test_quoted_campaigns_and_plan_periods():
    found = ents_of(
        "推进“四好农村路”高质量发展，结合“15分钟生活圈”打造、“美丽街区”建设，推进“放管服”改革。"
        "印发上海市交通领域精细化管理工作方案（2024-2026年）。"
    )
    prog = [w for w, lab in found if lab == "PROGRAM"]
    assert prog == [
        "四好农村路",
        "15分钟生活圈",
        "美丽街区",
        "上海市交通领域精细化管理工作方案（2024-2026年）",
    ]


def test_unquoted_short_names_article_and_enumeration_prefixes_and_towns():
    found = ents_of(
        "设立国家科学技术奖励工作办公室（以下简称奖励办公室）。\n第十二条奖励办公室负责提名工作。\n"
        "（二）中央军事委员会；接受科学技术奖励监督委员会的监督。在泗泾镇、佘山镇推进，乡镇要落实。"
    )
    assert found.count(("奖励办公室", "ORG")) == 2
    assert ("中央军事委员会", "ORG") in found and ("科学技术奖励监督委员会", "ORG") in found
    assert ("泗泾镇", "GPE") in found and ("佘山镇", "GPE") in found
    assert not any(w in ("乡镇", "城镇") for w, _ in found)


def test_bodies_after_a_chain_of_places_and_party_committee_bodies():
    found = ents_of(
        "广州市天河区科技工业和信息化局 广州市天河区人力资源和社会保障局 中共广州市天河区委统战部\n"
        "湖北省地勘局和重庆市国土资源和房屋管理局进行了调查。深圳市南山区科技创新局负责。"
    )
    for name in (
        "广州市天河区科技工业和信息化局",
        "广州市天河区人力资源和社会保障局",
        "中共广州市天河区委统战部",
        "湖北省地勘局",
        "重庆市国土资源和房屋管理局",
        "深圳市南山区科技创新局",
    ):
        assert (name, "ORG") in found, name
    assert ("房屋管理局", "ORG") not in found


def test_villages_regions_persons_with_academic_titles_and_law_lists():
    found = ents_of(
        "专家组赴巴东县官渡口镇马鬃山村现场调查。马鬃山村房屋开裂。农村和乡村不是村名。"
        "支持港澳青年到天河区港澳青年之家创业。以华中科技大学刘广润院士为组长，组长刘广润院士认为。"
        "落实网络安全法、数据安全法等有关法律法规要求，监测三峡水库水位。"
    )
    # the village with its county and township is one place; its later mention follows
    assert ("巴东县官渡口镇马鬃山村", "GPE") in found and found.count(("马鬃山村", "GPE")) == 1
    assert ("港澳", "GPE") in found and not any(w.endswith("区港") for w, _ in found)
    assert found.count(("刘广润", "PERSON")) == 2
    assert ("网络安全法", "PROGRAM") in found and ("数据安全法", "PROGRAM") in found
    assert ("三峡水库", "GPE") in found
    assert not any(w in ("农村", "乡村") for w, _ in found)


def test_a_firm_name_does_not_take_in_the_words_before_it():
    found = ents_of(
        "研究对跨国企业集团内部技术转移给予便利。对于同一跨国公司任命的人员。"
        "对洛阳玻璃股份有限公司给予支持。"
    )
    assert [w for w, lab in found if lab == "FIRM"] == ["洛阳玻璃股份有限公司"]


def test_levels_of_government_and_their_departments_are_actor_groups():
    text = (
        "各级财政要按相同标准给予补助。各级医疗保障、财政和税务部门要加强统筹协调。"
        "市县财政部门要及时拨付资金。医药企业须提交守信承诺。"
    )
    _ents, groups = find_entities(text)
    assert [g.text for g in groups] == [
        "各级财政",
        "各级医疗保障、财政和税务部门",
        "市县财政部门",
        "医药企业",
    ]


def test_programme_edges_drop_lead_in_verbs_activities_and_funding():
    found = ents_of(
        "将其记入科研诚信严重失信行为数据库。参与国家科学技术奖提名活动，接受国家重点研发计划资助。"
    )
    prog = [w for w, lab in found if lab == "PROGRAM"]
    assert prog == ["科研诚信严重失信行为数据库", "国家科学技术奖", "国家重点研发计划"]


def test_a_periodical_in_title_marks_is_no_programme_and_does_not_block_longer_names():
    text = (
        "人力资源社会保障部关于实施人力资源服务业创新发展行动计划（2023-2025年）的通知\n"
        "各省、自治区、直辖市人力资源社会保障厅（局）：\n"
        "人力资源社会保障部决定实施人力资源服务业创新发展行动计划（2023-2025年）。"
        "办好《人力资源服务》杂志，提高行业知名度。支持人力资源服务机构发展。"
    )
    found = ents_of(text, structure=parse_structure(text))
    prog = [w for w, lab in found if lab == "PROGRAM"]
    assert "人力资源服务" not in prog
    assert prog.count("人力资源服务业创新发展行动计划（2023-2025年）") == 2
    assert ("人民日报", "PROGRAM") not in ents_of("《人民日报》刊发评论文章。")


def test_a_long_project_name_keeps_the_prefecture_that_opens_it():
    found = ents_of(
        "存量新能源项目（不含甘孜州2020年南部光伏基地正斗一期竞争配置项目）机制电价按现行规定执行。"
    )
    assert ("甘孜州2020年南部光伏基地正斗一期竞争配置项目", "PROGRAM") in found


def test_a_quote_opening_a_longer_name_is_tagged_with_the_whole_name():
    found = ents_of(
        "加大“新八级工”职业技能等级制度落实力度。开展“一带一路”人力资源服务行动，"
        "支持企业在共建“一带一路”国家设立分支机构。"
    )
    prog = [w for w, lab in found if lab == "PROGRAM"]
    assert prog == ["“新八级工”职业技能等级制度", "“一带一路”人力资源服务行动", "一带一路"]


def test_common_x_zhi_nouns_and_industry_lists_are_no_names():
    found = ents_of(
        "各地要进一步打破户籍、身份、档案、所有制等制约。"
        "以出行、外卖、即时配送等行业的平台企业为重点，开展职业伤害保障。全面推行链长制。"
    )
    assert found == [("链长制", "PROGRAM")]


def test_a_campaign_or_plan_launched_by_a_verb_is_named_without_a_place():
    found = ents_of(
        "开展人力资源服务机构稳就业促就业行动，聚焦高校毕业生。定期举办全国人力资源服务业发展大会。"
        "集中开展人社厅局长进企业宣讲活动。全面推行证明事项告知承诺制。持续开展专项整治行动。"
        "组织开展各类交流观摩活动。"
    )
    assert [w for w, lab in found if lab == "PROGRAM"] == [
        "人力资源服务机构稳就业促就业行动",
        "全国人力资源服务业发展大会",
        "人社厅局长进企业宣讲活动",
        "证明事项告知承诺制",
    ]


def test_national_strategies_are_programmes_but_not_as_departments():
    found = ents_of(
        "紧紧围绕就业优先战略、人才强国战略和乡村振兴战略。围绕制造强国、数字中国建设，"
        "梳理急需紧缺职业。实现医保、民政、乡村振兴等部门的数据共享。"
    )
    assert [w for w, lab in found if lab == "PROGRAM"] == [
        "就业优先战略",
        "人才强国战略",
        "乡村振兴战略",
        "制造强国",
        "数字中国",
    ]


def test_laws_after_a_verb_of_compliance_and_listed_honours_after_a_designation_verb():
    found = ents_of(
        "贯彻外商投资法及实施条例，落实行政处罚法“轻微违法不处罚”。违反本法规定的，按照考核评价办法处理。"
        "推荐高技能人才参评中华技能大奖、全国技术能手，支持企业发展。"
    )
    assert [w for w, lab in found if lab == "PROGRAM"] == [
        "外商投资法",
        "行政处罚法",
        "中华技能大奖",
        "全国技术能手",
    ]


def test_named_campaigns_listed_with_one_and_numbered_attachments_below_the_first():
    found = ents_of(
        "举办全国人力资源市场高校毕业生就业服务周、国聘行动、人力资源服务进校园进企业等专项活动。"
        "鼓励各地举办经验交流、创新创业、供需对接等品牌活动。通过“揭榜挂帅”等多种方式引进人才。"
    )
    assert [w for w, lab in found if lab == "PROGRAM"] == [
        "全国人力资源市场高校毕业生就业服务周",
        "国聘行动",
        "人力资源服务进校园进企业",
        "揭榜挂帅",
    ]
    text = (
        "四川省发展和改革委员会\n关于印发《四川省深化新能源上网电价市场化改革实施方案》的通知\n"
        "各市州：\n现印发你们，请遵照执行。\n附件:1.四川省增量新能源项目机制电量电价竞价细则\n"
        "2.四川省新能源项目机制电量结算细则\n四川省发展和改革委员会\n2025年9月29日\n"
    )
    found = ents_of(text, structure=parse_structure(text))
    assert ("四川省新能源项目机制电量结算细则", "PROGRAM") in found


def test_national_and_regional_public_platforms_are_programmes():
    found = ents_of(
        "推动纳入全国信用信息共享平台，实行信用分类管理。对于使用“河北省大型科研仪器设备资源开放共享服务平台”"
        "仪器设备的企业给予补助。加快建设全国统一的医疗保障信息平台。建设省级公共服务平台。"
    )
    assert [w for w, lab in found if lab == "PROGRAM"] == [
        "全国信用信息共享平台",
        "河北省大型科研仪器设备资源开放共享服务平台",
    ]


def test_construction_works_counts_principles_and_verbs_in_zhi_are_no_programmes():
    found = ents_of(
        "（二）开展新建建筑光伏项目建设工程。持续推进四期工程。实施菜篮子工程。实施“六大行动”。"
        "坚持“一国两制”方针。推广高效轧制技术，全面推行链长制。"
    )
    assert [w for w, lab in found if lab == "PROGRAM"] == ["菜篮子工程", "链长制"]


def test_forwarded_documents_programme_rules_and_venues():
    text = (
        "国务院办公厅转发商务部科技部关于进一步鼓励外商投资设立研发中心若干措施的通知\n"
        "国办函〔2023〕7号\n各省、自治区、直辖市人民政府：\n"
        "现转发给你们，请认真贯彻落实。\n"
    )
    found = ents_of(text, structure=parse_structure(text))
    assert ("关于进一步鼓励外商投资设立研发中心若干措施", "PROGRAM") in found
    found = ents_of("支持在天河区举办大型青年交流活动。依据国家重点研发计划资金管理办法执行。")
    assert found == [("天河区", "GPE"), ("国家重点研发计划资金管理办法", "PROGRAM")]


def test_china_as_a_country_is_a_place_but_not_in_concepts():
    found = ents_of(
        "具有中国国籍的香港居民。在中国大陆境内注册。\n中华人民共和国驻外使领馆可以提名。"
        "贯彻新时代中国特色社会主义思想，推进中国式现代化。中国科学院院士。"
    )
    assert found == [
        ("中国", "GPE"),
        ("香港", "GPE"),
        ("中国大陆", "GPE"),
        ("中华人民共和国", "GPE"),
        ("中国科学院", "ORG"),
    ]


def test_a_city_district_is_also_named_without_its_suffix():
    found = ents_of("助力港澳青年在天河区创新创业。为港澳青年到天河创新创业提供服务。")
    assert [w for w, lab in found if lab == "GPE"] == ["港澳", "天河区", "港澳", "天河"]


def test_towns_and_sub_districts_as_a_class_are_no_street():
    found = ents_of("压实乡镇街道责任，推动打浦桥街道开展试点。")
    assert [w for w, lab in found if lab == "GPE"] == ["打浦桥街道"]


def test_a_defined_short_name_recurs_over_a_place_inside_it():
    found = ents_of(
        "国网四川省电力公司（以下简称“国网四川电力”）、地方电网负责结算。国网四川电力要加快建设机制。"
    )
    assert found == [
        ("国网四川省电力公司", "FIRM"),
        ("国网四川电力", "FIRM"),
        ("国网四川电力", "FIRM"),
    ]


def test_the_manufacturing_innovation_centre_designation_and_long_awards():
    found = ents_of(
        "对认定为制造业创新中心的给予奖励。可以提名中华人民共和国国际科学技术合作奖。"
        "争创国家级制造业创新中心。"
    )
    assert [w for w, lab in found if lab == "PROGRAM"] == [
        "制造业创新中心",
        "中华人民共和国国际科学技术合作奖",
        "国家级制造业创新中心",  # after a designation verb the dev gold keeps the level word
    ]


def test_a_generic_quote_can_still_be_part_of_a_named_system():
    found = ents_of(
        "建立提名者和候选者科研诚信严重失信“黑名单”制度。将其列入“黑名单”。积极参与东西部协作。"
    )
    assert [w for w, lab in found if lab == "PROGRAM"] == [
        "科研诚信严重失信“黑名单”制度",
        "东西部协作",
    ]


def test_national_schemes_and_generic_named_national_platforms():
    found = ents_of(
        "将人力资源服务业纳入国家优质中小企业梯度培育范围。创建公共实训基地、国家中小企业公共服务示范平台，"
        "强化服务。纳入享受政府特殊津贴人员推荐选拔范围。建设国家公共服务平台。"
        "依托四川省企业技术创新公共服务平台开展服务。完善国家企业信用信息公示系统，优化系统功能。"
    )
    assert [w for w, lab in found if lab == "PROGRAM"] == [
        "优质中小企业梯度培育",
        "国家中小企业公共服务示范平台",
        "政府特殊津贴",
        "四川省企业技术创新公共服务平台",
        "国家企业信用信息公示系统",
    ]


def test_the_short_form_of_an_economy_and_informatisation_commission():
    found = ents_of("（责任单位：市经济信息委、市委金融办）")
    assert found[0] == ("市经济信息委", "ORG")


def test_a_plan_closed_by_a_verb_and_self_references():
    found = ents_of(
        "与国家中长期科技发展规划紧密结合，加强对接。在天河区创新创业的台湾青年参照本办法执行。"
    )
    assert found == [
        ("国家中长期科技发展规划", "PROGRAM"),
        ("天河区", "GPE"),
        ("台湾", "GPE"),
    ]


def test_an_attachment_title_broken_over_two_lines_is_no_name():
    text = (
        "上海市交通委员会关于公布验收成果的通知\n各有关单位：\n现将验收成果公布如下。\n"
        "附件：2022年度上海市智能网联汽车示范应用成功揭榜创\n新项目汇总表\n\n上海市交通委员会\n2023年3月28日\n"
    )
    found = ents_of(text, structure=parse_structure(text))
    assert not [w for w, lab in found if lab == "PROGRAM" and w.startswith("2022")]


def test_a_platform_name_may_hold_a_he_that_is_no_conjunction():
    found = ents_of(
        "基于黄浦区碳达峰碳中和平台等建设情况，鼓励企业参与。建设河北省科技和金融服务平台。"
    )
    assert [w for w, lab in found if lab == "PROGRAM"] == ["黄浦区碳达峰碳中和平台"]


def test_named_roads_are_places():
    found = ents_of(
        "一、推进滨湖镇望江路、建设路沿线立面整治，完成湖光东路8号厂房改造。"
        "二、实施桂园单元枫林路以东地块更新。三、坚持新思路，完善城市道路和高速公路网。"
    )
    gpe = [w for w, lab in found if lab == "GPE"]
    assert "望江路" in gpe and "建设路" in gpe  # after a town; a list sibling
    assert "湖光东路" in gpe  # a road with a direction
    assert "枫林路" in gpe  # a side word after it
    assert not any(w.endswith(("思路", "道路", "公路")) for w in gpe)


def test_a_town_or_sub_district_stem_names_its_parks_and_projects():
    found = ents_of(
        "推进桃溪高新科技园、梅岭工业园东部产业园区转型升级，实施青湾老街城市更新项目。"
        "（牵头单位：桃溪镇、梅岭镇、青湾街道）"
    )
    assert ("桃溪高新科技园", "GPE") in found
    assert ("梅岭工业园", "GPE") in found  # the named park ends at its own suffix
    assert ("青湾老街城市更新项目", "PROGRAM") in found


def test_a_new_district_is_named_even_by_a_class_word():
    found = ents_of("支持企业在临空新片区设立研发中心。")
    assert ("临空新片区", "GPE") in found


def test_a_bare_zone_in_a_responsibility_note_is_the_documents_own_zone():
    found = ents_of(
        "5.加快高新区北部片区道路建设。（牵头单位：高新区、区建设管理委）\n6.支持各开发区提升能级。"
    )
    assert [w for w, lab in found if lab == "GPE"].count("高新区") == 2
    assert ("开发区", "GPE") not in found


def test_works_lists_and_macro_regions():
    found = ents_of(
        "实施滨江镇老街管线改造、西湖路路面铺装等工程。享受西部政策的县由中央财政补助，"
        "引进京津高校人才，东距巫溪县城12公里。"
    )
    assert not any(lab == "PROGRAM" for _, lab in found)
    gpe = [w for w, lab in found if lab == "GPE"]
    assert "西部" in gpe and "京津" in gpe and "巫溪县城" in gpe


def test_a_quoted_list_slogan_with_its_campaign_head_is_one_name():
    found = ents_of("三、推进“一码通、一网办、一次结”专项行动，压减办事时限。")
    assert ("“一码通、一网办、一次结”专项行动", "PROGRAM") in found


def test_a_quote_opens_a_named_mechanism():
    found = ents_of("健全“两长”联动工作机制，压实属地责任。")
    assert ("“两长”联动工作机制", "PROGRAM") in found


def test_a_national_standard_and_its_sibling_standard():
    found = ents_of(
        "外墙保温须符合国家建筑外墙保温工程技术标准和民用建筑防火与安全疏散设计规范等要求。"
    )
    progs = [w for w, lab in found if lab == "PROGRAM"]
    assert "建筑外墙保温工程技术标准" in progs  # 国家 is the standard's level
    assert "民用建筑防火与安全疏散设计规范" in progs


def test_lead_firm_designations():
    found = ents_of("每年遴选5至8家省级纺织行业智能制造领航企业。对获评工信部领航企业的给予奖励。")
    progs = [w for w, lab in found if lab == "PROGRAM"]
    assert "纺织行业智能制造领航企业" in progs  # no count, no level word
    assert "领航企业" in progs and ("工信部", "ORG") in found


def test_works_on_a_facility_are_no_programme():
    found = ents_of("对于小微企业受电工程，供电公司应同步建设配套管网工程，实施智慧园区赋能工程。")
    progs = [w for w, lab in found if lab == "PROGRAM"]
    assert not any(w.endswith(("受电工程", "管网工程")) for w in progs)
    assert "智慧园区赋能工程" in progs  # a programme named by what it does


def test_words_that_only_begin_with_a_level_character_are_no_level():
    found = ents_of("研究制定市场准入评价标准，发挥省际协作联盟作用。印发省数字经济发展规划。")
    names = [w for w, _ in found]
    assert not any("评价标准" in w for w in names)
    assert not any(w.endswith("协作联盟") for w in names)
    assert ("省数字经济发展规划", "PROGRAM") in found  # 省 as a level word still counts


def test_the_class_noun_heading_a_list_is_no_name():
    found = ents_of("认真落实南水北调、北煤南运等国家资源调配战略，保障能源供应。")
    progs = [w for w, lab in found if lab == "PROGRAM"]
    assert "南水北调" in progs and "北煤南运" in progs  # transfer projects by direction
    assert not any(w.endswith("调配战略") for w in progs)


def test_political_set_phrases_on_gongcheng_are_no_names():
    found = ents_of("把安全生产纳入“一把手”工程，办好一批民心工程，实施“春风”工程。")
    progs = [w for w, lab in found if lab == "PROGRAM"]
    assert "一把手" not in progs and "民心工程" not in progs
    assert "春风" in progs


def test_a_numbered_slogan_with_its_strategy_and_a_national_system():
    found = ents_of(
        "深入落实“两个毫不动摇、三个有利于”民营经济发展战略，加快建立全国统一碳排放核算制度。"
    )
    progs = [w for w, lab in found if lab == "PROGRAM"]
    assert "“两个毫不动摇、三个有利于”民营经济发展战略" in progs
    assert "全国统一碳排放核算制度" in progs


def test_a_central_body_with_its_internal_unit_is_one_body():
    found = ents_of("财政部办公厅 交通运输部规划司关于做好农村公路养护资金管理的通知")
    orgs = [w for w, lab in found if lab == "ORG"]
    assert orgs == ["财政部办公厅", "交通运输部规划司"]


def test_the_other_name_of_a_body_in_brackets_is_not_tagged_again():
    found = ents_of("各省、自治区发展改革委，安徽省经信厅（工信局），国家能源局各派出机构：")
    orgs = [w for w, lab in found if lab == "ORG"]
    assert "工信局" not in orgs and "国家能源局" in orgs


def test_a_kind_of_body_every_firm_or_trade_has_is_no_name():
    found = ents_of(
        "指导规模以上企业普遍设立安全生产管理委员会，鼓励物流行业协会参与，"
        "完善与高校相关的学术评审委员会。支持中国物流与采购联合会开展评估。"
        "成立以区长为组长的城市更新工作领导小组。"
    )
    orgs = [w for w, lab in found if lab == "ORG"]
    assert orgs == ["中国物流与采购联合会", "城市更新工作领导小组"]


def test_power_exchange_centres_are_firms_and_head_institutes_are_bodies():
    found = ents_of("国家电网有限公司，山西电力交易中心、西北电力设计总院：")
    assert ("山西电力交易中心", "FIRM") in found
    assert ("西北电力设计总院", "ORG") in found


def test_works_built_in_a_batch_and_funds_still_to_be_set_up_are_no_names():
    found = ents_of(
        "在老旧小区建设一批海绵城市改造示范项目。引导社会资本设立氢能装备产业基金。"
        "认定一批智慧农业示范项目。"
    )
    progs = [w for w, lab in found if lab == "PROGRAM"]
    assert "海绵城市改造示范项目" not in progs
    assert not any(w.endswith("产业基金") for w in progs)
    assert "智慧农业示范项目" in progs  # selected into, a designation


def test_the_production_corps_addressed_beside_governments_is_a_body():
    found = ents_of("各省、自治区、直辖市人民政府，新疆生产建设兵团；国务院各部委、各直属机构：")
    assert ("新疆生产建设兵团", "ORG") in found


def test_internal_units_before_a_role_verb_and_every_centre_of_a_kind():
    found = ents_of(
        "由国家能源局电力司牵头，各省级电力交易中心配合，国家发展改革委有关司局加强指导。"
    )
    orgs = [w for w, lab in found if lab == "ORG"]
    assert "国家能源局电力司" in orgs and "国家发展改革委" in orgs
    assert not any("交易中心" in w for w, _ in found)


def test_a_plan_entered_by_its_level_only_is_no_name():
    found = ents_of("将储能项目纳入省级能源发展规划。该项目已列入振兴东北规划。")
    progs = [w for w, lab in found if lab == "PROGRAM"]
    assert "振兴东北规划" in progs
    assert not any("能源发展规划" in w for w in progs)


def test_the_plan_a_quoted_period_dates_is_the_name():
    found = ents_of("编制“十五五”可再生能源发展规划，做好“十五五”时期规划衔接。")
    progs = [w for w, lab in found if lab == "PROGRAM"]
    assert progs == ["“十五五”可再生能源发展规划"]


def test_administrative_procedure_regimes_are_no_named_systems():
    found = ents_of("对低风险项目推行容缺受理、核准制等做法，全面推行林长制。")
    progs = [w for w, lab in found if lab == "PROGRAM"]
    assert progs == ["林长制"]


def test_graded_standards_are_no_names():
    found = ents_of("产品质量对标国际先进标准，达到国内领先水平。落实世界卫生组织饮用水标准。")
    progs = [w for w, lab in found if lab == "PROGRAM"]
    assert "国际先进标准" not in progs


def test_energy_regulator_offices_and_the_power_federation():
    found = ents_of("国家能源局四川监管办会同中电联开展电力可靠性评价。")
    orgs = [w for w, lab in found if lab == "ORG"]
    assert orgs == ["国家能源局四川监管办", "中电联"]


def test_a_clause_after_a_known_programme_is_not_its_rules():
    found = ents_of(
        "对纳入国家重点研发计划的项目按规定给予配套支持，执行国家重点研发计划资金管理办法。"
    )
    progs = [w for w, lab in found if lab == "PROGRAM"]
    assert "国家重点研发计划" in progs
    assert "国家重点研发计划资金管理办法" in progs
    assert not any("按规定" in w for w in progs)


def test_a_leader_by_title_is_a_person_and_a_comrade_is_no_city():
    found = ents_of(
        "深入贯彻习近平总书记关于安全生产的重要指示，以习近平新时代中国特色社会主义思想为指导。"
        "张立新同志任市交通运输局局长。"
    )
    assert [w for w, lab in found if lab == "PERSON"] == ["习近平", "张立新"]
    assert not any(w.startswith("志任") for w, _ in found)


def test_further_regional_bodies_and_term_numbered_congresses():
    found = ents_of(
        "陕西省人民政府办公厅通知：省文物局、省投促局、省中医药局和省委党校负责。"
        "感谢您在政协十四届全国委员会第二次会议上的提案。"
        "您在某某市第七届人民代表大会第三次会议上所提建议已收悉。"
    )
    orgs = [w for w, lab in found if lab == "ORG"]
    for name in ("省文物局", "省投促局", "省中医药局", "省委党校", "政协十四届全国委员会"):
        assert name in orgs
    assert not any("第三次会议" in w for w in orgs)


def test_names_in_a_document_number_and_classes_of_awards_are_no_entities():
    found = ents_of(
        "根据《通知》（工信厅科函〔2018〕83号）要求，对获得国家级奖项的作品给予奖励，"
        "对获得省专利奖项目给予奖励。"
    )
    assert not any(w == "工信厅" for w, _ in found)
    progs = [w for w, lab in found if lab == "PROGRAM"]
    assert not any("国家级奖" in w for w in progs)
    assert "省专利奖" in progs


def test_bank_counts_sectors_and_quoted_tasks_are_no_names():
    found = ents_of(
        "国家层面与10家大型银行实现数据共享，全国银行业金融机构加大投放。"
        "纲要提出“建设现代农业产业园区”“规范发展文化产业园区”。"
        "关于“成立某某经济文化交流促进会”的建议。目前各部门和县区正在推进。"
    )
    assert not any(lab == "FIRM" for _, lab in found)
    assert not any(w.startswith(("建设", "规范发展", "成立")) for w, _ in found)
    assert ("某某经济文化交流促进会", "ORG") in found
    assert not any(w == "和县" for w, _ in found)


def test_national_designation_schemes_of_other_ministries():
    found = ents_of(
        "支持建设5个优势特色产业集群、8个国家现代农业产业园和44个农业产业强镇，"
        "开展全国“一村一品”示范村镇认定。"
    )
    progs = [w for w, lab in found if lab == "PROGRAM"]
    for name in ("优势特色产业集群", "国家现代农业产业园", "农业产业强镇", "“一村一品”示范村镇"):
        assert name in progs


def test_half_width_punctuation_is_read_like_full_width():
    text = "着力强化精准性政策、系统性规划、关键性技术等“三项支撑”,推动链主企业带动配套企业。"
    found = ents_of(text)
    assert not any(lab == "FIRM" for _, lab in found)
    ents, _ = find_entities("各市(区)政府、省财政厅(省国资委)负责。")
    for m in ents:
        assert m.text == "各市(区)政府、省财政厅(省国资委)负责。"[m.start : m.end]


def test_seal_remarks_leading_group_offices_and_quoted_plan_names():
    found = ents_of(
        "省链长办会同省商务厅推进，领导小组办公室（市物流办）设在市商务局。在市举办展会。"
        "制定我市“十四五”节能减排工作方案。"
        "对企业上云和工业互联网项目予以奖补，对被评为国家级绿色工厂或绿色供应链管理企业的给予奖励。"
        "\n某省重点产业链链长制领导小组办公室(代章)\n2024年1月12日"
    )
    orgs = [w for w, lab in found if lab == "ORG"]
    progs = [w for w, lab in found if lab == "PROGRAM"]
    assert {"省链长办", "市物流办", "某省重点产业链链长制领导小组办公室"} <= set(orgs)
    assert not any("举办" in w or "代章" in w for w in orgs)
    assert {
        "“十四五”节能减排工作方案",
        "绿色工厂",
        "绿色供应链管理企业",
    } <= set(progs)
    assert not any(w == "云和" for w, _ in found)


def test_autonomous_region_bodies_and_governments_before_their_departments():
    found = ents_of(
        "为贯彻落实自治区党委、自治区政府部署，自治区发展改革委牵头。"
        "各市、县（区）人民政府，省政府各部门：近年来省委省政府印发相关文件。"
    )
    orgs = [w for w, lab in found if lab == "ORG"]
    for name in ("自治区党委", "自治区政府", "自治区发展改革委", "省政府", "省委"):
        assert name in orgs


def test_pilot_zones_corps_departments_grades_and_scope_words():
    found = ents_of(
        "建设中国（杭州）跨境电子商务综合试验区。新疆生产建设兵团文化体育广电和旅游局：\n"
        "到2025年，全市长江干流水质稳定保持II类标准。"
    )
    assert ("中国（杭州）跨境电子商务综合试验区", "GPE") in found
    assert ("新疆生产建设兵团文化体育广电和旅游局", "ORG") in found
    assert ("长江", "GPE") in found
    assert not any(lab == "PERSON" for _, lab in found)
    assert not any(w.endswith("类标准") for w, _ in found)


def test_a_document_issued_without_title_marks_is_named_by_the_notice():
    text = (
        "某市某区人民政府办公室关于印发2030年某区优化营商环境实施方案的通知\n"
        "各街道办事处：\n现将2030年某区优化营商环境实施方案印发给你们，请认真组织实施。\n"
    )
    structure = parse_structure(text)
    progs = [w for w, lab in ents_of(text, structure=structure) if lab == "PROGRAM"]
    assert progs.count("2030年某区优化营商环境实施方案") == 2


def test_no_region_from_a_conjunction_read_as_a_county():
    from policytext.aliases import resolve_aliases

    text = "各级党委和政府要加强领导，自治区政府统筹推进。"
    ents, _ = find_entities(text)
    got = {m.text: m.canonical for m in resolve_aliases(text, ents, meta={})}
    assert got["自治区政府"] == "自治区政府"  # not 甘肃省人民政府 (from 和政县)


def test_joint_issuers_local_bureaus_branch_offices_and_named_innovation_zones():
    found = ents_of(
        "中共亳州市委亳州市人民政府关于加快发展的实施意见\n"
        "广州开发区营商环境改革局发布。（区发展改革局牵头，区国土分局、区交运局配合）"
        "依托杭州国家自主创新示范区建设。"
    )
    orgs = [w for w, lab in found if lab == "ORG"]
    assert "中共亳州市委" in orgs and "亳州市人民政府" in orgs
    assert not any("市委亳州" in w for w in orgs)
    for name in ("广州开发区营商环境改革局", "区国土分局", "区交运局"):
        assert name in orgs
    assert ("杭州国家自主创新示范区", "GPE") in found
    assert ents_of("各省（区、市）文化和旅游厅（局）：") == []


def test_people_listed_before_a_title_and_a_vice_governor():
    found = ents_of("瞿子涵、辛洁暐、程磊等委员：\n四、卢山副省长牵头重点工作。")
    assert [w for w, lab in found if lab == "PERSON"] == ["瞿子涵", "辛洁暐", "程磊", "卢山"]


def test_department_fields_levels_of_designations_and_street_offices():
    found = ents_of(
        "努力实现经信、财政、商务、税务、市场监管等企业年报“多报合一”。"
        "建设国家级制造业创新中心2—3户。各区(市)县政府(管委会)，市级有关部门：\n"
        "上海市长宁区人民政府程家桥街道办事处\n市域统筹推动和县域主体推进并行，"
        "省消防救援总队配合，东虹桥商务区发展。"
    )
    assert not any(lab == "FIRM" for _, lab in found)
    assert ("国家级制造业创新中心", "PROGRAM") in found
    assert not any(w == "县政府" for w, _ in found)
    assert ("上海市长宁区人民政府程家桥街道办事处", "ORG") in found
    assert ("省消防救援总队", "ORG") in found
    assert not any(w in ("和县", "商务区") for w, _ in found)


def test_named_towns_areas_and_high_tech_parks_but_not_generic_ones():
    found = ents_of(
        "依托云栖小镇、梦想小镇、东虹桥片区建设，做大铜梁高新园区。推进老城片区改造，建设特色小镇。"
    )
    gpes = [w for w, lab in found if lab == "GPE"]
    assert gpes == ["云栖小镇", "梦想小镇", "东虹桥片区", "铜梁高新园区"]


def test_people_in_charge_by_name_and_campaigns_named_by_a_place():
    found = ents_of(
        "杨文强等3名代表：会议明确由刘权牵头，杨天恩具体负责。报告书由区级负责审批。"
        "落实健康鄂尔多斯建设任务，对标健康鄂尔多斯2030，建设平安浙江。"
    )
    assert [w for w, lab in found if lab == "PERSON"] == ["杨文强", "刘权", "杨天恩"]
    progs = [w for w, lab in found if lab == "PROGRAM"]
    assert progs == ["健康鄂尔多斯", "健康鄂尔多斯2030"]  # 建设平安浙江: a goal, a slogan
    assert ents_of("为建设更高水平的法治鹤岗提供有力保障。") == [("鹤岗", "GPE")]


def test_classes_of_cities_zone_committees_and_numbered_titles():
    found = ents_of("各县区人民政府，开发区管委会：分别报送地级市政府和省农业厅备案。")
    assert [w for w, _ in found] == ["省农业厅"]


def test_a_quoted_formula_opens_a_longer_name():
    progs = [w for w, lab in ents_of("实施“4+2”农业产业振兴行动。") if lab == "PROGRAM"]
    assert progs == ["“4+2”农业产业振兴行动"]


def test_a_programme_the_title_pushes_forward_recurs_as_a_name():
    text = (
        "某自治区人民政府办公厅关于深入推进新型工业强区五年计划的实施意见\n"
        "各市、县（区）人民政府：\n为深入推进新型工业强区五年计划，制定本意见。\n"
    )
    progs = [w for w, lab in ents_of(text, structure=parse_structure(text)) if lab == "PROGRAM"]
    assert progs == ["关于深入推进新型工业强区五年计划的实施意见", "新型工业强区五年计划"]


def test_reply_openings_name_the_committee_the_ministry_and_the_association():
    found = ents_of(
        "感谢您对政协隆尧县十三届委员会提案的关心。您对于社会团体特别是中药材商会协会的关心。"
        "国家科技部支持宜宾市，紧扣市委部署，落实惠农政策。"
    )
    orgs = [w for w, lab in found if lab == "ORG"]
    assert orgs == ["政协隆尧县十三届委员会", "中药材商会协会", "国家科技部", "市委"]
    assert not any(w == "惠农" for w, _ in found)


def test_every_body_shaped_item_of_a_responsibility_note_is_a_body():
    found = ents_of(
        "开展科技服务。（牵头单位：市科协，配合单位：市科技和信息化局、市经贸委、市工商联、"
        "各有关单位）落实住房。（牵头单位：市住房保障办，配合单位：市国土房管局）"
    )
    orgs = [w for w, lab in found if lab == "ORG"]
    assert orgs == [
        "市科协",
        "市科技和信息化局",
        "市经贸委",
        "市工商联",
        "市住房保障办",
        "市国土房管局",
    ]


def test_no_clause_or_preposition_before_a_university_or_a_task_force():
    found = ents_of(
        "推进与北京大学的合作，选派青年人才到国外一流大学深造，加大选拔大学生村官力度，"
        "围绕我市建设区域金融中心的目标，在现有市人才工作领导小组基础上完善机制。"
    )
    assert [w for w, lab in found if lab == "ORG"] == ["北京大学", "市人才工作领导小组"]


def test_numbered_programmes_and_items_titled_by_their_project():
    text = (
        "二、实施六大人才行动计划\n"
        "（一）产业提升人才行动计划。围绕主导产业培养人才。\n"
        "2.民营企业家素质提升项目。组织开展轮训。\n"
        "3.实施重大项目。加快建设。\n"
        "4.重点项目。加快建设。\n"
        "三、构建三大人才开发支撑体系\n"
    )
    progs = [w for w, lab in ents_of(text) if lab == "PROGRAM"]
    assert progs == [
        "六大人才行动计划",
        "产业提升人才行动计划",
        "民营企业家素质提升项目",
        "三大人才开发支撑体系",
    ]


def test_special_funds_need_their_government_and_proposal_topics_are_no_names():
    found = ents_of(
        "设立广州市高层次人才专项扶持资金，统筹中央财政专项资金和省级专项资金。"
        "关于“设立中小企业数字化转型专项资金”的建议。融资担保机构要实施好科技创新担保专项计划。"
        "引进人才来穗发展，支持在穗初创型企业。"
    )
    assert [w for w, lab in found if lab == "PROGRAM"] == [
        "广州市高层次人才专项扶持资金",
        "科技创新担保专项计划",
    ]
    assert [w for w, lab in found if lab == "GPE"] == ["穗", "穗"]


def test_townships_of_three_characters_and_villages_after_them_but_no_classes():
    found = ents_of(
        "支持官渡口镇马鬃山村发展产业，勐捧镇南梳坝村道路已硬化。全县各乡镇和相关街镇要压实乡镇责任，"
        "推进特色小镇和美丽乡村建设，培育建制镇和重点镇，鼓励人才返乡下乡。"
    )
    assert [w for w, lab in found if lab == "GPE"] == ["官渡口镇马鬃山村", "勐捧镇南梳坝村"]


def test_designations_places_become_keep_their_level_outside():
    found = ents_of("提出建设国家物流枢纽承载城市的目标。我县已成功创建省级全域旅游示范区。")
    assert [w for w, lab in found if lab == "PROGRAM"] == ["国家物流枢纽承载城市", "全域旅游示范区"]


def test_a_designation_found_by_its_context_is_not_carried_to_its_class_uses():
    text = (
        "省科技厅每年认定一批企业为国家科技型中小企业。"
        "优先支持国家科技型中小企业承担科技计划项目。受援县负责支教教师的住宿。"
    )
    found = ents_of(text)
    progs = [w for w, lab in found if lab == "PROGRAM"]
    assert progs.count("国家科技型中小企业") <= 1
    assert not any(lab == "GPE" for _, lab in found)


def test_title_lines_campaign_headings_roads_and_rivers_named_by_places():
    text = (
        "某省人民政府关于印发稳定经济运行一揽子措施的通知\n各市人民政府：\n现印发给你们。\n"
        "1.关于稳住经济的三十条财政政策措施\n"
        "（一）再造发展新极行动——聚焦重点区域\n（二）全面实施“光伏+”专项工程\n（三）主要任务和重大工程\n"
        "打造卓越城区，提升苏州河沿岸和南京西路风貌。\n"
    )
    found = ents_of(text, structure=parse_structure(text))
    progs = [w for w, lab in found if lab == "PROGRAM"]
    assert "关于稳住经济的三十条财政政策措施" in progs and "再造发展新极行动" in progs
    assert not any(p.startswith(("全面实施", "主要任务")) for p in progs)
    places = [w for w, lab in found if lab == "GPE"]
    assert "苏州河" in places and "南京西路" in places and "越城区" not in places


def test_attachment_files_contacts_by_office_and_a_programme_round_by_year():
    text = (
        "某省教育厅关于做好2024年“三区”人才支持计划教师专项计划有关工作的通知\n各市教育局：\n"
        "请做好2024年“三区”人才支持计划教师专项计划实施工作。\n"
        "联系人：省教育厅人事处郭晓蕾0311-66005057\n"
        "附件：1.某省省级科技型中小企业评价标准.docx\n2.国家科技型中小企业评价标准.docx\n"
    )
    found = ents_of(text, structure=parse_structure(text))
    progs = [w for w, lab in found if lab == "PROGRAM"]
    assert "“三区”人才支持计划教师专项计划" in progs
    assert "某省省级科技型中小企业评价标准" in progs and not any(p.endswith(".docx") for p in progs)
    assert ("郭晓蕾", "PERSON") in found and ("省教育厅人事处", "ORG") in found


def test_a_central_district_is_no_centre_body():
    found = ents_of("推进嘉定新城中心城区建设，完善市政务服务中心功能。")
    assert [w for w, lab in found if lab == "ORG"] == ["市政务服务中心"]


def test_salutation_names_counted_programmes_in_digits_and_kinds_of_bodies():
    text = (
        "关于某建议的答复\n徐俐敏、杜锦祥、林爱代表：\n您提出的建议收悉。\n"
        "实施8大工程，认定一批农业产业化重点龙头企业。临夏州发展改革部门负责，"
        "打造具有全球影响力的科技服务中心。\n"
    )
    found = ents_of(text, structure=parse_structure(text))
    assert [w for w, lab in found if lab == "PERSON"] == ["徐俐敏", "杜锦祥", "林爱"]
    progs = [w for w, lab in found if lab == "PROGRAM"]
    assert "8大工程" in progs and "农业产业化重点龙头企业" in progs
    assert not any(lab == "ORG" for _, lab in found)
    dot = ents_of("开巴奴·斯提卡达木代表：\n您提出的建议收悉。")
    assert ("开巴奴·斯提卡达木", "PERSON") in dot


def test_named_cooperatives_and_farms_are_firms_but_their_classes_are_not():
    found = ents_of(
        "某县某乡绿草畜牧养殖专业合作社、某县黄山林科农场被认定为重点龙头企业。"
        "鼓励农民合作社和家庭农场发展，培育一批种植专业合作社。"
    )
    assert [w for w, lab in found if lab == "FIRM"] == [
        "某县某乡绿草畜牧养殖专业合作社",
        "某县黄山林科农场",
    ]


def test_firms_listed_before_an_industry_and_a_designation_take_the_firm_head():
    found = ents_of(
        "对重型专用车、凯瑞特种车、凯恩机械等汽摩产业“小巨人”企业给予奖励。推动钢铁、建材等产业企业转型。"
    )
    assert [w for w, lab in found if lab == "FIRM"] == ["重型专用车", "凯瑞特种车", "凯恩机械"]


def test_lanes_of_a_road_and_parks_named_by_a_place():
    found = ents_of("推进愚园路627弄和西藏北路970弄更新，建设静安公园。加强城市公园绿地建设。")
    assert [w for w, lab in found if lab == "GPE"] == ["愚园路627弄", "西藏北路970弄", "静安公园"]


def test_classes_of_units_goods_and_sites_are_no_places():
    # 乡镇（街道）: the bracket names the class again; 区、镇: levels as a class; 分区: goods
    assert ents_of("对各乡镇（街道）招商引进的项目给予奖励。细化区、镇管理养护责任体系。") == []
    assert ents_of("对食品、服装、日用品、农资等销售合理分区。") == []
    assert ents_of("建成服务点670个、中转站12座。") == []
    assert ("莘庄站", "GPE") in ents_of("在莘庄站设置服务点。")
    assert ("虹桥机场", "GPE") in ents_of("持续优化虹桥机场航站楼旅客服务设施。")


def test_works_sites_named_by_a_road_or_place():
    found = ents_of("生活垃圾通过虎林路环卫码头水上外运至浦东老港填埋场处置。")
    assert [w for w, lab in found if lab == "GPE"] == ["虎林路环卫码头", "浦东老港填埋场"]
    # a works to build is no named factory; a destination clause is no part of a body
    assert ents_of("在松江区建设一座污水处理厂。") == [("松江区", "GPE")]
    assert ents_of("装修垃圾收运后进入资源利用中心处置。") == []


def test_apps_zone_committees_and_bodies_after_article_numbers_or_hand_overs():
    assert ents_of("优化“爱山东”“掌上办”功能。") == [("爱山东", "PROGRAM"), ("掌上办", "PROGRAM")]
    found = ents_of("国家级开发区管委，综保区管委，南海新区管委：")
    assert [w for w, lab in found if lab == "ORG"] == ["综保区管委", "南海新区管委"]
    found = ents_of("复核后交南方人才市场管委办审核。第三条市人力资源社会保障局负责组织实施。")
    assert [w for w, lab in found if lab == "ORG"] == ["南方人才市场管委办", "市人力资源社会保障局"]


def test_systems_without_their_verb_periods_and_routines_are_no_programmes():
    assert ents_of("建立健全农村公路责任制，制定清单。") == [("农村公路责任制", "PROGRAM")]
    # a management routine listed with a named system is no sibling of it
    assert ents_of("健全绩效考核、路长制等制度。") == [("路长制", "PROGRAM")]
    assert ents_of("推行揭榜挂帅、赛马制等机制。") == [
        ("揭榜挂帅", "PROGRAM"),
        ("赛马制", "PROGRAM"),
    ]
    assert ents_of("作为“十三五”城市管理的重点之一。") == []


def test_a_plan_the_document_sets_out_and_civilisation_titles():
    found = ents_of("为加强白玉兰推广应用，特制定白玉兰推广应用三年行动计划。")
    assert found == [("白玉兰推广应用三年行动计划", "PROGRAM")]
    assert ents_of("将垃圾分类成效纳入文明单位、文明小区评价标准。") == [
        ("文明单位", "PROGRAM"),
        ("文明小区", "PROGRAM"),
    ]


def test_no_preposition_or_manner_adverb_before_a_task_force_or_its_office():
    found = ents_of("经某县重点产业办公室踏查后，据实向某县重点产业工作领导小组申报。")
    assert [w for w, lab in found if lab == "ORG"] == [
        "某县重点产业办公室",
        "某县重点产业工作领导小组",
    ]


def test_research_gardens_academies_and_a_citys_flower_or_citizens():
    found = ents_of("上海市园科院、上海辰山植物园、上海植物园等单位发挥研究优势。")
    assert found == [("上海市园科院", "ORG"), ("上海辰山植物园", "ORG"), ("上海植物园", "ORG")]
    assert ents_of("白玉兰是上海市花。") == [("上海", "GPE")]
    assert ents_of("服务上海市民。") == [("上海", "GPE")]


def test_divisions_named_in_a_cue_worded_note_are_bodies():
    found = ents_of(
        "强化执法威慑。（市局特种设备安全监察处牵头，执法稽查处、网络交易和市场规范监督管理处"
        "按职责分工负责）\n加强宣传。（市局产品质量安全监督管理处负责）"
    )
    assert [w for w, lab in found if lab == "ORG"] == [
        "市局特种设备安全监察处",
        "执法稽查处",
        "网络交易和市场规范监督管理处",
        "市局产品质量安全监督管理处",
    ]
    # two bodies joined by 和 stay two; a class is no body
    assert ents_of("（市财政局和市税务局负责）") == [("市财政局", "ORG"), ("市税务局", "ORG")]
    assert [lab for _, lab in ents_of("（由企业负责）")] == []


def test_bare_zone_words_body_departments_and_quoted_funding_lines():
    # a bare zone word is no place, except as the unit of a note (the document's own zone)
    assert ents_of("覆盖规上企业、高新区和产业集群。") == []
    found = ents_of("（牵头单位：经开区、市发改委）\n经开区要加强领导。")
    assert found == [("经开区", "GPE"), ("市发改委", "ORG"), ("经开区", "GPE")]
    assert ents_of("联系人：林某\n莆田市涵江区文化体育和旅游局") == [
        ("林某", "PERSON"),
        ("莆田市涵江区文化体育和旅游局", "ORG"),
    ]
    assert ents_of("立足双流临空经济区，建设引领区。") == [("双流临空经济区", "GPE")]
    assert ents_of("选择“某省十大千亿级工业产业振兴专项”类别。") == [
        ("某省十大千亿级工业产业振兴专项", "PROGRAM")
    ]


def test_named_parks_zoos_new_towns_and_industrial_zones_are_places():
    found = ents_of("建成杭州市西溪文化公园、南京红山动物园，推进嘉定区口袋公园建设。")
    assert [w for w, lab in found if lab == "GPE"] == [
        "杭州市西溪文化公园",
        "南京红山动物园",
        "嘉定区",
    ]
    found = ents_of("推动松江新城、金山工业区和文山承接产业加工园区协同发展。")
    assert [w for w, lab in found if lab == "GPE"] == [
        "松江新城",
        "金山工业区",
        "文山承接产业加工园区",
    ]
    # 大 belongs to a metropolitan area's name
    assert ents_of("主动融入大西安都市圈建设。") == [("大西安都市圈", "GPE")]
    # short county names that are also words need their 县 somewhere in the document
    assert ents_of("负责辖区内乡、村道养护，把促消费和惠民生结合起来。") == []


def test_chief_systems_and_quoted_schemes_to_create():
    assert ents_of("全面推行农村公路路长制，湖长制全面落实，承担林长制运行的日常工作。") == [
        ("路长制", "PROGRAM"),
        ("湖长制", "PROGRAM"),
        ("林长制", "PROGRAM"),
    ]
    assert ents_of("促进经济增长制约因素化解。") == []
    assert ents_of("积极开展“四好农村路”全国示范创建。") == [("四好农村路", "PROGRAM")]


def test_a_city_word_far_on_in_the_clause_is_no_head_of_a_list():
    text = "住宅小区、商业、文化、体育、广场等新改扩建项目应全面落实海绵城市建设要求。"
    assert ents_of(text) == []
    assert ents_of("推动石家庄、唐山、保定等7个设区市先行先试。") == [
        ("石家庄", "GPE"),
        ("唐山", "GPE"),
        ("保定", "GPE"),
    ]


def test_the_earliest_place_opens_a_zone_unless_it_is_a_whole_unit():
    assert ents_of("加强上海化学工业区安全监管。") == [("上海化学工业区", "GPE")]
    assert ents_of("共同推进成都重庆城市群建设。") == [("成都重庆城市群", "GPE")]
    assert ents_of("推动九江市大南昌都市圈协同发展。") == [
        ("九江市", "GPE"),
        ("大南昌都市圈", "GPE"),
    ]
    # a named park under construction is still a park; a park city is a concept
    assert ents_of("启动杭州市西溪文化公园建设，打造上海公园城市。") == [
        ("杭州市西溪文化公园", "GPE"),
        ("上海", "GPE"),
    ]


def test_rural_revitalisation_is_a_programme_only_as_the_strategy():
    assert ents_of("做好巩固拓展脱贫攻坚成果同乡村振兴有效衔接。") == []
    assert ents_of("深入实施乡村振兴战略。") == [("乡村振兴战略", "PROGRAM")]


def test_tourism_designations_and_numbered_strategies_with_their_head():
    found = ents_of(
        "支持某县创建国家全域旅游示范区，现有全国乡村旅游重点乡1个、省级乡村旅游重点村6个。"
    )
    assert [w for w, lab in found if lab == "PROGRAM"] == [
        "国家全域旅游示范区",
        "全国乡村旅游重点乡",
        "乡村旅游重点村",
    ]
    assert ents_of("全面落实三高四新战略定位。") == [("三高四新战略", "PROGRAM")]
    assert ents_of("落实三免三减半政策。") == [("三免三减半", "PROGRAM")]


def test_plans_named_by_their_year_but_not_deadlines_or_kinds_of_plan():
    assert ents_of("我市科学编制了2021-2025年城镇燃气管道改造计划。") == [
        ("2021-2025年城镇燃气管道改造计划", "PROGRAM")
    ]
    found = ents_of("下达2019年第二批省级现代农业产业园建设计划。")
    assert found == [("2019年第二批省级现代农业产业园建设计划", "PROGRAM")]
    assert ents_of("到2025年全面完成老旧小区改造计划。") == []
    assert ents_of("完成2023年度工作计划。") == []
    assert ents_of("结合2025年度城市更新规划实施报告开展评估。") == []


def test_funds_named_after_their_level_and_class_word_aliases():
    text = (
        "为加强市级特色畜牧业发展资金管理，制定本规定。"
        "市级特色畜牧业发展专项资金（以下简称专项资金）由市级财政预算安排。专项资金专款专用。"
    )
    found = [w for w, lab in ents_of(text) if lab == "PROGRAM"]
    assert found == ["特色畜牧业发展资金", "特色畜牧业发展专项资金"]
    assert ents_of("统筹中央财政专项资金和省级专项资金。") == []


def test_a_lake_named_twice_by_a_rare_word_is_a_place_but_kinds_of_water_are_not():
    found = ents_of("青枫湖属于生态规划范围，青枫湖周边发展民宿。")
    assert found == [("青枫湖", "GPE"), ("青枫湖", "GPE")]
    assert ents_of("加强河湖治理，推进环湖步道建设，推进河湖岸线复绿。") == []
    assert ents_of("沿护城河设置步道，提升护城河水质。") == []


def test_zone_committees_named_by_zone_words_and_names_opened_by_a_quote():
    # 开发, 联动 cue an actor elsewhere; inside a zone's name they are part of it
    found = ents_of("请市经济技术开发区管委会、临港江海联动开发示范区管委会抓好落实。")
    assert found == [
        ("市经济技术开发区管委会", "ORG"),
        ("临港江海联动开发示范区管委会", "ORG"),
    ]
    # the words between a launching verb and the quote belong to the name; the quote the
    # head opened closes it
    assert ents_of("统筹实施节约用地“双提升”三大专项行动。") == [
        ("节约用地“双提升”三大专项行动", "PROGRAM")
    ]
    assert ents_of("加快实施美丽乡村“四大行动”，走在前列。") == [("美丽乡村“四大行动”", "PROGRAM")]


def test_a_request_is_no_part_of_a_firm_and_the_strong_capital_strategy():
    assert ents_of("请华星新能源科技（江门）有限公司组织验收。") == [
        ("华星新能源科技（江门）有限公司", "FIRM")
    ]
    assert ents_of("深入实施强省会战略。") == [("强省会战略", "PROGRAM")]


def test_sunshine_plant_sites_and_a_city_with_its_surroundings():
    # 日照 is sunshine unless the document writes the city; 废水站 is a kind of plant
    assert ents_of("设置废水站、固废站，减少日照对建筑影响。") == []
    assert ents_of("支持福州地区发展，振兴东北地区。") == [("福州", "GPE"), ("东北地区", "GPE")]


def test_a_zone_named_by_its_place_alone_unless_it_is_to_be_created():
    found = ents_of("各省辖市政府，济源示范区、航空港区管委会要扛牢责任。")
    assert ("济源示范区", "GPE") in found
    assert ents_of("支持嘉兴创建示范区。") == [("嘉兴", "GPE")]


def test_students_supervision_offices_and_new_citizens():
    # students are no university; 新市民 is no 新市
    assert ents_of("省十三届人大常委会审议通过。") == [("省十三届人大常委会", "ORG")]
    assert ents_of("帮扶有就业意愿的应届残疾人大学生。") == []
    assert ents_of("县委督查办要建立督查台账。") == [("县委督查办", "ORG")]
    assert ents_of("解决好新市民、青年人等住房问题。") == []


def test_a_county_inside_a_word_designations_of_counties_contacts_and_tourism_circles():
    found = ents_of("拟同意怀柔区等49个县创建农业生产全程机械化示范县。")
    assert found == [("怀柔区", "GPE"), ("农业生产全程机械化示范县", "PROGRAM")]
    assert ents_of("各地创建示范县。") == []
    assert ents_of("联系人及电话：谭宗坤 3120000") == [("谭宗坤", "PERSON")]
    assert ("埇桥城市休闲旅游圈", "GPE") in ents_of("打造埇桥城市休闲旅游圈。")


def test_systems_without_their_verb_growing_a_fund_and_a_name_found_once_wins_elsewhere():
    assert ents_of("严格粮食安全责任制。") == [("粮食安全责任制", "PROGRAM")]
    assert ents_of("做大产业基金，吸引社会资本。") == []
    found = ents_of("规划实施乡村振兴“百千万”示范工程。道路是乡村振兴“百千万”示范工程中的一项。")
    assert found == [("乡村振兴“百千万”示范工程", "PROGRAM")] * 2


def test_joined_committee_and_government_budgets_counted_ten_thousands_and_farm_subsidies():
    assert ents_of("按照州委州政府的安排部署。") == [("州委", "ORG"), ("州政府", "ORG")]
    assert ents_of("纳入市财政预算，由于县财政困难。") == []
    assert ents_of("县财政局负责。") == [("县财政局", "ORG")]
    assert ents_of("原种繁育基地0.25万亩。") == []
    assert ents_of("落实耕地地力保护补贴和产油大县奖励。") == [
        ("耕地地力保护补贴", "PROGRAM"),
        ("产油大县奖励", "PROGRAM"),
    ]
    assert ents_of("请咸宁广播电视台、咸宁日报社加强宣传。") == [
        ("咸宁广播电视台", "ORG"),
        ("咸宁日报社", "ORG"),
    ]


def test_a_suggestion_opens_no_name():
    assert ents_of("建议省交通运输厅加快推进项目建设。") == [("省交通运输厅", "ORG")]


def test_mountains_named_like_districts_frontiers_and_sizes_are_no_places():
    assert ents_of("为确保龙凤山景区验收成功。") == []
    assert ents_of("构筑祖国北疆万里绿色长城。") == []
    assert ents_of("打造万亿临港产业带。") == []
    assert ents_of("推进南疆四地州发展。") == [("南疆", "GPE")]


def test_towns_ending_in_a_numeral_or_street_autonomous_counties_and_reply_titles():
    found = ents_of("我局高度重视刘仁八镇、杨林街镇旅游业发展，支持印江自治县建设。")
    assert found == [("刘仁八镇", "GPE"), ("杨林街镇", "GPE"), ("印江自治县", "GPE")]
    assert ents_of("全县各乡镇和相关街镇要压实责任，培育专业县、主产县。") == []
    text = "省农委关于省政协十二届一次会议第403号委员提案的会办意见\n铜仁市政府：\n现将有关意见函告如下。"
    found = ents_of(text, structure=parse_structure(text))
    assert not any(lab == "PROGRAM" for _, lab in found)


def test_unquoted_five_year_plans_graded_scenic_areas_and_national_schemes():
    found = ents_of("深入实施十大战略，已纳入十四五规划中。创建国家3A景区和4A级旅游景区。")
    assert [w for w, lab in found if lab == "PROGRAM"] == [
        "十大战略",
        "十四五规划",
        "国家3A景区",
        "4A级旅游景区",
    ]
    found = ents_of("通过退耕还林等生态工程，注册为地理标志证明商标。")
    assert found == [("地理标志证明商标", "PROGRAM")]  # 退耕还林: a field of work here


def test_units_of_a_ministry_meetings_held_attachment_replies_and_list_meetings():
    found = ents_of("科技部火炬中心和科技部党组负责，由市链长办发文确定，引起市委广泛关注。")
    assert found == [
        ("科技部火炬中心", "ORG"),
        ("科技部党组", "ORG"),
        ("市链长办", "ORG"),
        ("市委", "ORG"),
    ]
    assert ents_of("总群链长每半年召开一次工作推进会。") == []
    assert ents_of("通过座谈会、对接会等形式让企业之间互相了解。") == []
    text = "特此答复。\n附件:诸经信〔2022〕28号关于政协某市十五届委员会第一次会议第35号提案的答复.pdf\n"
    assert not any(lab == "PROGRAM" for _, lab in ents_of(text, structure=parse_structure(text)))
    text = "特此函告。\n附件：省农委关于省政协十二届一次会议第403号委员提案的会办意见\n"
    assert not any(lab == "PROGRAM" for _, lab in ents_of(text, structure=parse_structure(text)))


def test_cues_the_walk_stopped_inside_and_provinces_by_abbreviation():
    found = ents_of("原油产量3450万吨以上(在陕2500万吨以上,其中陕西延长石油集团1120万吨)。")
    assert found == [("陕", "GPE"), ("陕西延长石油集团", "FIRM")]
    assert ents_of("高效推进甘青两省合作协议落地。") == [("甘青", "GPE")]
    found = ents_of("积极实施特色现代农业高质量发展“3212”工程。")
    assert found == [("特色现代农业高质量发展“3212”工程", "PROGRAM")]


def test_products_named_after_places_autonomous_prefectures_and_causal_verbs():
    assert ents_of("全市六安瓜片面积36.7万亩，皖西白鹅饲养量1369万只。") == []
    assert ents_of("六安市新增霍山石斛1860亩。") == [("六安市", "GPE")]
    assert ents_of("自治州人民政府决定分解任务。") == [("自治州人民政府", "ORG")]
    assert ents_of("防范火灾引发供电全失导致医院失电。") == []


def test_a_village_with_its_township_and_county_is_one_place_a_county_with_its_city_two():
    found = ents_of("命名梅江区城北镇玉水村、长沙镇下罗村为生态示范村。")
    assert found == [("梅江区城北镇玉水村", "GPE"), ("长沙镇下罗村", "GPE")]
    found = ents_of("支持杭州市萧山区、四川省成都市发展，长沙乡村振兴。")
    assert found == [
        ("杭州市", "GPE"),
        ("萧山区", "GPE"),
        ("四川省", "GPE"),
        ("成都市", "GPE"),
        ("长沙", "GPE"),
    ]
    # stays: the province above a township's chain is a place of its own; listed units too
    found = ents_of("专家组赴湖北省巴东县官渡口镇调查。")
    assert found == [("湖北省", "GPE"), ("巴东县官渡口镇", "GPE")]
    assert ents_of("北京市、天津市联合发文。") == [("北京市", "GPE"), ("天津市", "GPE")]


def test_firm_trade_names_examples_assets_and_places_that_have_a_firm():
    found = ents_of("其中，鞍石药业研发的新药已递交申请，同安控股旗下基金参与。")
    assert [w for w, lab in found if lab == "FIRM"] == ["鞍石药业", "同安控股"]
    assert ents_of("支持生物医药业和制药企业发展，国有控股企业和控股股东。") == []
    found = ents_of("三是航空配套，如机场集团的城市候机楼、川投集团的项目。")
    assert found == [("机场集团", "FIRM"), ("川投集团", "FIRM")]
    found = ents_of("犍为县有乐山川犍电力有限责任公司(以下简称:川犍电力)供区。委托川犍电力规划。")
    assert found == [
        ("犍为县", "GPE"),
        ("乐山川犍电力有限责任公司", "FIRM"),
        ("川犍电力", "FIRM"),
        ("川犍电力", "FIRM"),
    ]
    assert ents_of("企业转供区主要涉及嘉阳集团。") == [("嘉阳集团", "FIRM")]


def test_merged_county_bureaux_and_countries_with_a_country_inside():
    found = ents_of("石林彝族自治县科学技术和工业信息化局与白俄罗斯开展合作。")
    assert found == [("石林彝族自治县科学技术和工业信息化局", "ORG"), ("白俄罗斯", "GPE")]


def test_ambiguous_cities_in_lists_and_routes_former_seats_and_township_mergers():
    found = ents_of("推动呼和浩特、包头、鄂尔多斯协同发展，实施包头至银川高铁。")
    assert found == [
        ("呼和浩特", "GPE"),
        ("包头", "GPE"),
        ("鄂尔多斯", "GPE"),
        ("包头", "GPE"),
        ("银川", "GPE"),
    ]
    assert ents_of("推进呼包鄂乌一体化。") == [("呼包鄂乌", "GPE")]
    found = ents_of("镇人民政府驻花垣镇(原花垣镇人民政府驻地)。合并后撤乡设镇。")
    assert found == [("花垣镇", "GPE"), ("花垣镇人民政府", "ORG")]


def test_coded_clusters_systems_and_agreements_keep_their_quoted_code():
    found = ents_of("对列入省“415X”产业集群的项目给予支持，构建“1122+N”产业集群发展体系。")
    assert found == [
        ("“415X”产业集群", "PROGRAM"),
        ("“1122+N”产业集群发展体系", "PROGRAM"),
    ]
    assert ents_of("实施“3212”工程，签署“1+32”战略合作协议。") == [
        ("“3212”工程", "PROGRAM"),
        ("“1+32”战略合作协议", "PROGRAM"),
    ]
    # a quoted name of its own keeps to its quotes (菁英计划)
    assert ("菁英计划", "PROGRAM") in ents_of("签订“菁英计划”专项合作协议。")


def test_a_brands_product_in_a_list_of_firms_is_no_firm():
    text = "海阳市宏财果蔬农民专业合作社“烟黄果”牌苹果、烟台旭耕农业科技有限公司“旭耕”牌有机蔬菜。"
    assert [w for w, lab in ents_of(text) if lab == "FIRM"] == [
        "海阳市宏财果蔬农民专业合作社",
        "烟台旭耕农业科技有限公司",
    ]


def test_chief_system_offices_new_bureaux_and_river_lake_chiefs():
    assert ents_of("省河湖长办结合我省实际，组织制定工作要点。") == [("省河湖长办", "ORG")]
    assert ents_of("全面推行河湖长制。") == [("河湖长制", "PROGRAM")]
    found = ents_of("深圳市乡村振兴和协作交流局、省政务和数据局负责。")
    assert found == [("深圳市乡村振兴和协作交流局", "ORG"), ("省政务和数据局", "ORG")]
    assert ents_of("推进乡村振兴局面持续向好。") == []


def test_river_basins_counts_enumerations_and_counties_as_a_class_name_no_zone():
    assert ents_of("加强长江流域、珠江流域保护。") == [("长江流域", "GPE"), ("珠江流域", "GPE")]
    assert ents_of("五是总部经济区建设。全市7家开发区完成评价。") == []
    assert ents_of("抓好县区1—2个主导产业，督促所辖县落实。") == []


def test_digital_economy_and_cluster_designations():
    assert ents_of("创建信息消费示范城市，培育中小企业特色产业集群。") == [
        ("信息消费示范城市", "PROGRAM"),
        ("中小企业特色产业集群", "PROGRAM"),
    ]


def test_firms_listed_before_a_carmaker_or_drugmaker_head():
    found = ents_of("充分利用江淮、振宜等整车厂的供应链需求。")
    assert found == [("江淮", "FIRM"), ("振宜", "FIRM")]


def test_fields_and_product_classes_before_a_firm_head_are_no_firms():
    text = "从项目引进、开工建设、转型升级等方面大力支持本土小微企业发展。"
    assert ents_of(text) == []
    assert ents_of("带动豆制品、酒类、肉制品等一批食品饮料企业发展壮大。") == []


def test_a_quoted_programme_run_by_a_body_or_a_place_keeps_to_its_quotes():
    found = ents_of("为贯彻商务部“东桑西移”工程工作会议精神，请领导对“东桑西移”工程给予支持。")
    assert found == [("商务部", "ORG"), ("东桑西移", "PROGRAM"), ("东桑西移", "PROGRAM")]
    assert ents_of("实施集成电路“强芯”工程。") == [("集成电路“强芯”工程", "PROGRAM")]


def test_firms_listed_by_trade_name_and_business_and_titles_after_a_name():
    found = ents_of("加快富祥科技、凌富科技、黑猫新材料产业基地项目达产满产运营。")
    assert found == [("富祥科技", "FIRM"), ("凌富科技", "FIRM")]
    assert ents_of("推动信息科技、数字科技、消费电子发展。") == []
    assert ents_of("一、王丹县长牵头重点工作") == [("王丹", "PERSON")]
    found = ents_of("结合南昌产业园、赣州产业园建设，推进皮制品产业园建设。")
    assert found == [("南昌产业园", "GPE"), ("赣州产业园", "GPE")]


def test_named_schools_and_health_centres_but_no_kinds_of_them():
    found = ents_of("支持县妇幼保健院、白鹤中学发展。")
    assert found == [("县妇幼保健院", "ORG"), ("白鹤中学", "ORG")]
    text = (
        "加强中小学建设，新建3所幼儿园，提升乡镇卫生院服务能力，支持民办幼儿园发展，办好农村小学。"
    )
    assert ents_of(text) == []


def test_four_or_five_provinces_by_abbreviation_name_a_region():
    assert ents_of("推进湘鄂渝黔桂边区协作。") == [("湘鄂渝黔桂", "GPE")]


def test_pilot_schemes_taken_on_or_applied_for():
    found = ents_of("开展数字乡村建设试点，推进紧密型医共体建设试点工作。")
    assert found == [("数字乡村建设试点", "PROGRAM"), ("紧密型医共体建设试点", "PROGRAM")]
    assert ents_of("开展就业和人才工作领域相关试点。") == []


def test_cues_before_firms_class_stems_and_firm_qualifying_another_noun():
    assert ents_of("助推长庆商贸有限公司发展，聘请专业咨询公司。") == [("长庆商贸有限公司", "FIRM")]
    assert ents_of("建设连接生产装备、仪表仪器、传感器等要素的企业网络。") == []
    found = ents_of("支持熔金高温、锦信水泥、中联玻璃等3家建材企业创建数字化能碳管理中心。")
    assert [w for w, lab in found if lab == "FIRM"] == ["熔金高温", "锦信水泥", "中联玻璃"]


def test_a_county_whose_name_starts_with_a_cue_character_opens_its_park():
    found = ents_of("一、同意于都工业园区、会昌工业园区扩区调区。")
    assert found == [("于都工业园区", "GPE"), ("会昌工业园区", "GPE")]


def test_integrating_into_a_region_cues_its_name():
    assert ents_of("关于将东方融入大三亚旅游经济圈的建议。") == [("大三亚旅游经济圈", "GPE")]


def test_level_words_stay_outside_designations_but_platforms_keep_them():
    assert ents_of("争创省新型工业化产业示范基地。") == [("新型工业化产业示范基地", "PROGRAM")]
    assert ents_of("争取纳入国家要素市场化配置综合改革试点。") == [
        ("要素市场化配置综合改革试点", "PROGRAM")
    ]
    assert ents_of("实施省级产业发展“万千百”工程。") == [("产业发展“万千百”工程", "PROGRAM")]
    assert ents_of("创建国家重点实验室。") == [("国家重点实验室", "PROGRAM")]


def test_a_numbered_slogan_in_quotes_takes_its_head():
    assert ents_of("深入开展“两强一增”行动。") == [("“两强一增”行动", "PROGRAM")]
    assert ents_of("推进“工赋山东”行动。") == [("工赋山东", "PROGRAM")]


def test_a_kind_of_designation_after_its_level_word():
    found = ents_of("鼓励各县争创省级生态茶园示范园区，申报国家级、省级温泉度假区。")
    assert found == [("生态茶园示范园区", "PROGRAM"), ("温泉度假区", "PROGRAM")]
    assert ents_of("力争完成2家市级专业镇评定。") == [("专业镇", "PROGRAM")]
    # the name runs on (a list of the designation, a body that builds it): no designation here
    assert ents_of("公布省级智能装备产业集群重点企业名单。") == []
    assert ents_of("建设省级以上示范园区。") == []


def test_a_quote_followed_by_the_kind_of_scheme_it_names():
    assert ents_of("建立“园企共治”机制，完成“亩产翻番”任务。") == [
        ("园企共治", "PROGRAM"),
        ("亩产翻番", "PROGRAM"),
    ]
    found = ents_of("推出“寻味古镇”“夜游运河”等系列活动，优化“东研西造”产业布局。")
    assert found == [("寻味古镇", "PROGRAM"), ("夜游运河", "PROGRAM"), ("东研西造", "PROGRAM")]
    assert ents_of("开展“访企业、解难题”活动。") == [("访企业、解难题", "PROGRAM")]
    # a quote that does something is no scheme; a meeting in a list of events is none either
    assert ents_of("推动“江城金服”做优品牌。") == []
    assert ents_of("做好“两会”等重大活动保障。") == []


def test_a_fund_named_by_the_industry_it_develops_needs_no_government():
    found = ents_of("区财政每年安排800万元文化创意产业发展专项资金。")
    assert ("文化创意产业发展专项资金", "PROGRAM") in found
    found = ents_of("设立规模不低于5000万元的康养产业发展引导资金。")
    assert found == [("康养产业发展引导资金", "PROGRAM")]
    # money of a level or a purpose without an industry is no named fund
    assert ents_of("积极争取上级产业发展专项资金。") == []
    assert ents_of("统筹用好工业发展资金。") == []


def test_a_numbered_programme_taken_on_by_a_verb():
    assert ents_of("全县着力打造八大产业集群。") == [("八大产业集群", "PROGRAM")]
    assert ents_of("聚焦聚力五大攻坚行动，加强组织领导。") == [("五大攻坚行动", "PROGRAM")]
    # a count of actions or industries names no programme
    assert ents_of("着力推进六大行动。") == []
    assert ents_of("着力打造三大主导产业。") == []


def test_places_listed_with_their_count_and_unit():
    found = ents_of("同意保留青石、木瓜坪、雾溪3个镇的行政区划。")
    assert found == [("青石", "GPE"), ("木瓜坪", "GPE"), ("雾溪", "GPE")]
    assert ents_of("本次调研包括莫家湾、桐梓垭两地。") == [("莫家湾", "GPE"), ("桐梓垭", "GPE")]
    assert ("桐梓垭", "GPE") in ents_of("涉及了莫家湾、桐梓垭2个乡。")
    assert ("莫家湾", "GPE") in ents_of("涉及了莫家湾、桐梓垭2个乡。")
    # stays: a count that does not match the items, or items that are common words
    assert ents_of("同意保留青石、木瓜坪、雾溪5个镇。") == []
    assert ents_of("组织开展调研、走访两地。") == []
    assert ents_of("加强研发、生产两个环节。") == []


def test_named_border_crossings_are_places():
    found = ents_of("推进建设连接阿日敦口岸和呼斯木口岸的公路。")
    assert found == [("阿日敦口岸", "GPE"), ("呼斯木口岸", "GPE")]
    assert ents_of("中俄黑山头—旧粗鲁海图口岸年内通关。") == [("黑山头—旧粗鲁海图口岸", "GPE")]
    assert ("满洲里口岸", "GPE") in ents_of("满洲里口岸货运量增长。")
    # stays: kinds of crossings and the port office
    assert ents_of("加快陆路口岸建设，推进沿边开放口岸发展。") == []
    assert ents_of("市口岸办负责协调。") == [("市口岸办", "ORG")]


def test_a_township_after_a_verb_that_governs_it():
    found = ents_of("同意青林乡、木溪镇成建制合并。")
    assert ("青林乡", "GPE") in found and ("木溪镇", "GPE") in found
    assert not any(w.startswith("意") for w, _ in found)
    # stays: a three-character township after a preposition keeps its three characters
    assert ("官渡口镇", "GPE") in ents_of("专家组到官渡口镇调查。")


def test_places_inside_a_proposal_title_are_places():
    found = ents_of("您提出的《关于支持青田县农业园区发展的建议》收悉。")
    assert ("青田县", "GPE") in found or ("青田县农业园区", "GPE") in found
    assert not any(lab == "PROGRAM" for _, lab in found)
    # stays: the title blocks bodies and programmes inside it
    found = ents_of("您提出的《关于支持杭州市工业和信息化局工作的提案》收悉。")
    assert found == [("杭州市", "GPE")]


def test_a_village_written_with_its_township_is_one_place():
    found = ents_of("示范村名单：\n城东镇青杠村、河坝街道办事处岩脚村\n")
    assert ("城东镇青杠村", "GPE") in found and ("河坝街道办事处岩脚村", "GPE") in found
    # stays: a verb before 村 and townships and villages as a class
    assert not any(w.endswith("村") for w, _ in ents_of("城东镇下辖村已全部通路。"))
    assert ents_of("推动各乡镇村级组织建设。") == []


def test_rivers_listed_with_their_count():
    found = ents_of("推进清漪河、白鹭河、枫河和梓河4条省管河流治理。")
    assert found == [("清漪河", "GPE"), ("白鹭河", "GPE"), ("枫河", "GPE"), ("梓河", "GPE")]
    found = ents_of("串联青杠村、岩脚村、石桥村3个村庄。")
    assert ("青杠村", "GPE") in found and not any(w.startswith("串联") for w, _ in found)
    # stays: kinds of rivers are not named rivers
    assert ents_of("治理黑臭、污染2条河流。") == []


def test_with_a_place_at_its_centre_is_no_body():
    found = ents_of("形成以青田工业园区为中心的产业布局。")
    assert found == [("青田工业园区", "GPE")]
    # stays: a body named 中心
    assert ents_of("成立示例市大数据中心。") == [("示例市大数据中心", "ORG")]
