"""Measures: detection, roles, status, path, quantities, the component and the seed numbers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from policytext.measures import (
    MeasureLexicons,
    find_measures,
    find_notes,
    find_quantities,
    is_measure,
    load_measure_lexicons,
    measure_status,
)
from policytext.structure import parse_structure


def measures_with_entities(text: str) -> list[dict[str, Any]]:
    """The measures of ``text`` with its recognised entities and actor groups as actors."""
    from policytext.entities import find_entities

    ents, groups = find_entities(text)
    return find_measures(
        text,
        parse_structure(text),
        [e.to_dict() for e in ents],
        [g.to_dict() for g in groups],
        {},
        classify=False,
    )


def _mentions(text: str, items: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """Mentions for (surface, label) pairs, each at its next occurrence."""
    out: list[dict[str, Any]] = []
    pos: dict[str, int] = {}
    for surface, label in items:
        i = text.find(surface, pos.get(surface, 0))
        assert i >= 0, surface
        pos[surface] = i + len(surface)
        out.append({"start": i, "end": i + len(surface), "label": label, "text": surface})
    return sorted(out, key=lambda m: m["start"])


def measures(
    text: str,
    ents: list[tuple[str, str]] = (),  # type: ignore[assignment]
    groups: list[str] = (),  # type: ignore[assignment]
    meta: dict[str, Any] | None = None,
    lexicons: MeasureLexicons | None = None,
) -> list[dict[str, Any]]:
    structure = parse_structure(text)
    m = dict(structure.meta)
    m.update(meta or {})
    return find_measures(
        text,
        structure,
        _mentions(text, list(ents)),
        _mentions(text, [(g, "ACTOR_GROUP") for g in groups]),
        m,
        lexicons=lexicons,
        classify=False,
    )


def roles(measure: dict[str, Any], *, implied: bool = False) -> list[tuple[str, str]]:
    return [(a["text"], a["role"]) for a in measure["actors"] if implied or not a["implied"]]


def one(
    text: str,
    ents: list[tuple[str, str]] = (),  # type: ignore[assignment]
    groups: list[str] = (),  # type: ignore[assignment]
    meta: dict[str, Any] | None = None,
) -> dict[str, Any]:
    ms = measures(text, ents, groups, meta)
    assert len(ms) == 1, [m["text"] for m in ms]
    return ms[0]


# ------------------------------------------------------------------ role rules


def test_task_table_cells_assign_lead_and_participants() -> None:
    # a task table flattened to one cell per line: 牵头部门 / 配合部门 / 实施主体 columns
    text = (
        "任务\n牵头\n部门\n配合\n部门\n实施\n主体\n"
        "（1）建设精品道路300条。\n建设精品道路100条。\n设施养护处\n各相关部门和单位\n各区\n"
        "（2）完成慢行交通专项提升项目300项。\n设施运行处\n设施养护处\n各相关部门和单位\n各区\n"
    )
    ms = measures(
        text,
        [("设施养护处", "ORG"), ("设施运行处", "ORG"), ("设施养护处", "ORG")],
        ["各相关部门和单位", "各区", "各相关部门和单位", "各区"],
    )
    by_text = {m["text"]: roles(m) for m in ms}
    assert by_text["建设精品道路100条。"] == [
        ("设施养护处", "lead"),
        ("各相关部门和单位", "participate"),
        ("各区", "participate"),
    ]
    assert [r for r in by_text["（2）完成慢行交通专项提升项目300项。"] if r[1] == "lead"] == [
        ("设施运行处", "lead"),
        ("设施养护处", "lead"),
    ]


def test_task_table_merged_cells_and_unrecognised_units() -> None:
    # the cells of (3) are merged over (4): printed once, after (3)'s row; 科技信息处 is a
    # unit no recogniser found
    text = (
        "任务\n牵头\n部门\n配合\n部门\n实施\n主体\n"
        "3、提升慢行交通空间品质\n"
        "（3）完成慢行交通专项提升项目300项。\n完成专项提升项目110个。\n"
        "设施养护处\n各相关部门和单位\n各区\n"
        "（4）建设慢行交通精品区域50个。\n建设慢行交通精品区17个。\n"
        "4、推动城市货运物流业绿色发展\n"
        "（5）新增或更新货运城配车辆100%新能源化。\n推动本市冷链车辆新能源化。\n"
        "科技信息处\n各相关部门和单位\n各区\n"
    )
    ms = measures(
        text,
        [("设施养护处", "ORG")],
        ["各相关部门和单位", "各区", "各相关部门和单位", "各区"],
    )
    leads = {m["text"]: [a for a, r in roles(m) if r == "lead"] for m in ms}
    assert leads["建设慢行交通精品区17个。"] == ["设施养护处"]
    assert leads["推动本市冷链车辆新能源化。"] == ["科技信息处"]
    assert leads["4、推动城市货运物流业绿色发展"] == ["科技信息处"]


def test_target_table_row_led_by_its_unit_cell() -> None:
    text = "主要指标\t2025年\t2027年\t责任单位\n新能源汽车产量（万辆）\t12\t30\t市工业和信息化局\n"
    ms = measures(text, [("市工业和信息化局", "ORG")])
    row = [m for m in ms if m["text"].startswith("新能源汽车产量")]
    assert [roles(m) for m in row] == [[("市工业和信息化局", "lead")]]


def test_rules_of_a_regulation_are_measures_led_by_their_subject() -> None:
    assert is_measure("提名专家每人每个评审周期可以提名1项国家科学技术奖。")[0]
    assert is_measure("候选者不得参加本人提名项目的评审。")[0]
    m = one("第十五条提名者对提名材料的真实性和准确性负责。", groups=[])
    assert [(a["text"], a["role"]) for a in m["actors"] if not a["implied"]] == [("提名者", "lead")]


def test_counted_lists_share_the_object_role() -> None:
    text = (
        "培育了洛阳玻璃、天瑞水泥等制造业头雁企业5家，北方玻璃、北新建材等省级专精特新企业151家。"
    )
    firms = [(w, "FIRM") for w in ("洛阳玻璃", "天瑞水泥", "北方玻璃", "北新建材")]
    m = one(text, firms)
    assert roles(m) == [(w, "target") for w, _ in firms]


def test_article_number_and_generic_actor_subjects() -> None:
    # a regulation's articles: 第X条 glued to the subject; a generic actor governs its clause
    m = one(
        "第九条科技部、财政部组织开展重点专项实施方案论证工作。",
        [("科技部", "ORG"), ("财政部", "ORG")],
    )
    assert roles(m) == [("科技部", "lead"), ("财政部", "lead")]
    m = one("第三十四条主责单位对重点专项实施过程和进展进行监督评估。", groups=["主责单位"])
    assert roles(m) == [("主责单位", "lead")]
    m = one("专业机构根据指南要求开展项目申报受理。", groups=["专业机构"])
    assert roles(m) == [("专业机构", "lead")]


def test_recognised_group_subject_with_a_routine() -> None:
    m = one("工作专班实行“一链一策”工作机制，按月调度重点项目。", groups=["工作专班"])
    assert roles(m) == [("工作专班", "lead")]


def test_lead_qiantou_fuze_you_and_subject() -> None:
    m = one("由省科技厅牵头，编制专项规划。", [("省科技厅", "ORG")])
    assert roles(m) == [("省科技厅", "lead")]
    m = one("省财政厅负责落实资金保障。", [("省财政厅", "ORG")])
    assert roles(m) == [("省财政厅", "lead")]
    m = one("领导小组办公室由市发展改革委承担日常工作。", [("市发展改革委", "ORG")])
    assert roles(m) == [("市发展改革委", "lead")]
    m = one("航空港区将编制绿色产业园区建设导则。", [("航空港区", "GPE")])
    assert roles(m) == [("航空港区", "lead")]


def test_plan_subject_carries_but_duty_binds_its_sentence_only() -> None:
    # X将…。同时将…: the plan's subject leads the paragraph's following sentences
    ms = measures(
        "航空港区将编制绿色产业园区建设导则。同时推出一系列政策鼓励企业加速智能化改造。",
        [("航空港区", "GPE")],
    )
    assert [roles(m) for m in ms] == [[("航空港区", "lead")], [("航空港区", "lead")]]
    # 各地要…。建立…机制。: a duty binds its own sentence; the next one has no named lead
    ms = measures(
        "（十二）加强组织领导。各地要进一步提高政治站位，完善各项政策措施。"
        "建立常态化服务民营企业沟通交流机制，定期听取民营企业意见诉求。",
        groups=["各地", "民营企业", "民营企业"],
    )
    by_text = {m["text"]: roles(m) for m in ms}
    assert ("各地", "lead") in by_text["各地要进一步提高政治站位，完善各项政策措施。"]
    assert not [
        r
        for r in by_text["建立常态化服务民营企业沟通交流机制，定期听取民营企业意见诉求。"]
        if r[1] == "lead"
    ]


def test_generic_subjects_that_no_recogniser_found() -> None:
    # a list of regulated parties: one lead each
    m = one("电网企业、市场运营机构要密切跟踪电力市场交易价格，每月评估分析市场交易价格水平。")
    assert roles(m) == [("电网企业", "lead"), ("市场运营机构", "lead")]
    # a subject with a 的-modifier, the duty after a comma; a bracketed note before the cue
    m = one("自愿退出的新能源项目，应提前15个工作日向所在电网企业申请。")
    assert ("自愿退出的新能源项目", "lead") in roles(m)
    m = one("新能源项目（不含扶贫项目）每年11月底前自主确定次年机制电量规模，不得高于当年。")
    assert roles(m) == [("新能源项目", "lead")]
    m = one("有条件的地方可在各类功能区建立人力资源服务联络站。")
    assert roles(m) == [("有条件的地方", "lead")]
    m = one("在川能源企业要加强下级企业管理，避免延期投产的情况出现。")
    assert roles(m) == [("在川能源企业", "lead")]
    m = one("在园区内建设分布式光伏发电系统。")
    assert not [r for r in roles(m) if r[1] == "lead"]
    # a regulation's subjects: before a bracket, a 等-list, 依据 / 在…应当
    m = one("第十三条组织机构、有关部门和地方政府（以下统称提名单位）应当建立规范的遴选机制。")
    assert [a for a, r in roles(m) if r == "lead"] == ["组织机构", "有关部门", "地方政府"]
    m = one("第七条有关部门、机构、地方、企业等依据本办法组织开展重点专项论证。")
    assert [a for a, r in roles(m) if r == "lead"] == ["有关部门", "机构", "地方", "企业"]
    m = one("第二十七条提名者在提名工作中应当严格遵守有关工作纪律。")
    assert roles(m) == [("提名者", "lead")]
    m = one("系统梳理全省骨干企业在基础零部件等方面的薄弱环节，每年举办供需对接活动。")
    assert not [r for r in roles(m) if r[1] == "lead"]
    # a list whose parts are no actors stays one subject
    m = one("各地价格、能源、电力运行主管部门要加强政策宣传解读。")
    assert roles(m) == [("各地价格、能源、电力运行主管部门", "lead")]
    # a target verb and its object is no subject (组织机构…应当 is a noun)
    m = one("支持融资租赁机构联合整车企业开发专项融资租赁产品。")
    assert not [r for r in roles(m) if r[1] == "lead"]
    m = one("鼓励企业加大研发投入。")
    assert not [r for r in roles(m) if r[1] == "lead"]
    m = one("组织机构、有关部门和地方政府应当建立规范的遴选机制。")
    assert ("组织机构", "lead") in roles(m)
    # a verb and its list of modifiers is no subject
    m = one("健全跨层级、跨区域、跨部门推进机制，构建执行有力的组织体系。")
    assert not [r for r in roles(m) if r[1] == "lead"]


def test_subject_lists_of_addressees() -> None:
    # a list of addressed groups: one lead each; the formula 各地区、各部门 stays one
    m = one("各部门、各街道、各区属集团要切实扛起责任，着力抓好各项任务落实。", groups=["各部门"])
    assert roles(m) == [("各部门", "lead"), ("各街道", "lead"), ("各区属集团", "lead")]
    m = one("各相关单位、人民团体、社会组织要积极发挥自身作用，推进可再生能源开发建设。")
    assert [a for a, r in roles(m) if r == "lead"] == ["各相关单位", "人民团体", "社会组织"]
    m = one("各地区、各部门要将政务新媒体工作情况列入年度绩效考核。")
    assert roles(m) == [("各地区、各部门", "lead")]


def test_subject_with_a_name_that_modifies_its_head() -> None:
    m = one(
        "县级以上地方各级人民政府及国务院部门应当开设政务新媒体。",
        [("国务院", "ORG")],
        ["各级人民政府"],
    )
    assert roles(m) == [("县级以上地方各级人民政府", "lead"), ("国务院部门", "lead")]


def test_generic_subjects_of_later_clauses() -> None:
    m = one("存量项目信息通过服务平台进行公布，各电网企业同步在官方网站进行公布。")
    assert roles(m) == [("各电网企业", "lead")]
    m = one("支持民营企业参与制定职称评审标准，职称评审委员会要吸纳一定比例的民营企业专家。")
    assert ("职称评审委员会", "lead") in roles(m)
    # a recognised group bound by a duty after a clause of the issuer's own
    m = one(
        "强化改革与优化环境协同，各地不得以任何形式增加新能源项目非技术性成本。", groups=["各地"]
    )
    assert ("各地", "lead") in roles(m)
    # a permission for the target is no subject
    m = one("奖补资金实行免申即享，企业可通过平台查询政策、在线申报。")
    assert not [r for r in roles(m) if r[1] == "lead"]


def test_you_x_puts_unnamed_bodies_in_charge() -> None:
    m = one("对纳入机制的电量，由电网企业按照机制电价与市场交易均价之差开展差价结算。")
    assert roles(m) == [("电网企业", "lead")]
    # 由X出具的意见: a relative clause
    m = one("保密项目应当提供由具有相应定密权限的单位出具的审核意见。")
    assert ("具有相应定密权限的单位", "lead") not in roles(m)


def test_alias_bracket_is_transparent() -> None:
    text = (
        "国网四川省电力公司（以下简称“国网四川电力”）、地方电网、增量配电网供区内新能源项目，"
        "上网电量原则上全部进入电力市场，上网电价通过市场交易形成。"
    )
    m = one(text, [("国网四川省电力公司", "FIRM"), ("国网四川电力", "FIRM")])
    assert not [r for r in roles(m) if r[1] == "lead"]
    m = one("省工业和信息化厅（以下简称省工信厅）负责组织实施。", [("省工业和信息化厅", "ORG")])
    assert roles(m) == [("省工业和信息化厅", "lead")]


def test_semicolon_chain_carries_named_bodies_not_generic_actors() -> None:
    ms = measures("市发展改革委负责编制专项规划；完善配套政策体系。", [("市发展改革委", "ORG")])
    assert [roles(m) for m in ms] == [[("市发展改革委", "lead")], [("市发展改革委", "lead")]]
    ms = measures(
        "区内公共机构应率先在屋顶建设光伏发电系统；在教育场所建设分布式光伏发电系统。",
        groups=["区内公共机构"],
    )
    assert [roles(m) for m in ms] == [[("区内公共机构", "lead")], []]


def test_regulated_parties_do_not_lead_the_heading() -> None:
    text = "一、总体要求\n（五）建立价格结算机制\n电网企业每月对机制电量开展差价结算。\n"
    ms = measures(text)
    by_text = {m["text"]: roles(m) for m in ms}
    assert by_text["电网企业每月对机制电量开展差价结算。"] == [("电网企业", "lead")]
    assert by_text["（五）建立价格结算机制"] == []


def test_accountable_to_x_is_no_lead() -> None:
    m = one(
        "专业机构承担项目管理具体工作，在项目管理方面向主责单位直接负责。",
        groups=["专业机构", "主责单位"],
    )
    assert ("主责单位", "lead") not in roles(m)


def test_a_name_in_a_relative_clause_is_no_subject() -> None:
    m = one("省国资委监管的企业研发投入强度年均增速达到10.5%以上。", [("省国资委", "ORG")])
    assert ("省国资委", "lead") not in roles(m)


def test_participate_cues() -> None:
    m = one(
        "由市工信局牵头，市财政局配合，建立工作机制。",
        [("市工信局", "ORG"), ("市财政局", "ORG")],
    )
    assert roles(m) == [("市工信局", "lead"), ("市财政局", "participate")]
    m = one(
        "成立工作专班，市科技局、市商务局为成员单位。", [("市科技局", "ORG"), ("市商务局", "ORG")]
    )
    assert ("市科技局", "participate") in roles(m) and ("市商务局", "participate") in roles(m)
    m = one("鼓励高校参与产业技术攻关。", groups=["高校"])
    assert roles(m) == [("高校", "target")]


def test_target_verbs() -> None:
    for verb in ("支持", "鼓励", "引导", "培育", "指导", "督促", "组织", "推动"):
        m = one(f"{verb}骨干企业开展技术改造。", groups=["骨干企业"])
        assert roles(m) == [("骨干企业", "target")], verb


def test_beneficiaries_of_a_measure_are_targets() -> None:
    m = one("加快建设就业信息平台，为民营企业提供招聘求职等一站式服务。", groups=["民营企业"])
    assert roles(m) == [("民营企业", "target")]
    m = one("对不裁员、少裁员的民营企业实施失业保险稳岗返还政策。", groups=["民营企业"])
    assert roles(m) == [("民营企业", "target")]
    # reporting to a body: no benefit
    m = one("区发展改革委每年向区委报告贯彻落实情况。", [("区发展改革委", "ORG"), ("区委", "ORG")])
    assert roles(m) == [("区发展改革委", "lead"), ("区委", "participate")]


def test_yituo_and_fahui_zuoyong_participate() -> None:
    m = one("依托省产业技术研究院建设中试基地。", [("省产业技术研究院", "ORG")])
    assert roles(m) == [("省产业技术研究院", "participate")]
    m = one("充分发挥行业协会桥梁作用，开展企业对接。", groups=["行业协会"])
    assert roles(m) == [("行业协会", "participate")]


def test_explicit_qiantou_beats_zhichi() -> None:
    m = one(
        "支持指导河南中豫建设投资集团股份有限公司牵头组建产业研究院。",
        [("河南中豫建设投资集团股份有限公司", "FIRM")],
    )
    assert roles(m) == [("河南中豫建设投资集团股份有限公司", "lead")]


def test_note_applies_to_its_item_not_to_heading_above() -> None:
    text = (
        "一、提升创新能力\n"
        "（一）推进创新平台建设。支持骨干企业建设中试基地。（责任单位：省工业和信息化厅、省科技厅）\n"
        "（二）加快成果转化。推广先进技术成果。（牵头单位：省科技厅；配合单位：省财政厅）"
    )
    ents = [
        ("省工业和信息化厅", "ORG"),
        ("省科技厅", "ORG"),
        ("省科技厅", "ORG"),
        ("省财政厅", "ORG"),
    ]
    ms = measures(text, ents, ["骨干企业"])
    by_text = {m["text"]: m for m in ms}
    head = by_text["一、提升创新能力"]
    assert roles(head) == []  # only the implied issuer, if any
    for key in ("（一）推进创新平台建设。", "支持骨干企业建设中试基地。"):
        got = roles(by_text[key])
        assert ("省工业和信息化厅", "lead") in got and ("省科技厅", "participate") in got
    assert ("骨干企业", "target") in roles(by_text["支持骨干企业建设中试基地。"])
    for key in ("（二）加快成果转化。", "推广先进技术成果。"):
        assert roles(by_text[key]) == [("省科技厅", "lead"), ("省财政厅", "participate")]
    # the note itself is no measure
    assert not any("单位" in m["text"] for m in ms)


def test_find_notes_roles() -> None:
    t = "（牵头单位：省工业和信息化厅、省大数据局；配合单位：省发展改革委）"
    got = [(t[a:b], r) for a, b, r in find_notes(t)[0].units]
    assert got == [
        ("省工业和信息化厅", "lead"),
        ("省大数据局", "lead"),
        ("省发展改革委", "participate"),
    ]
    t = "（牵头单位：省工业和信息化厅；责任单位：省商务厅）"
    assert [r for _, _, r in find_notes(t)[0].units] == ["lead", "participate"]


def test_implied_issuer_lead() -> None:
    m = one("加快建设公共服务平台。", meta={"issuer": "示例市人民政府"})
    assert roles(m) == []
    assert roles(m, implied=True) == [("示例市人民政府", "lead")]
    assert m["actors"][0]["implied"] is True


def test_self_reference_resolved_to_issuer_region() -> None:
    text = (
        "郑州航空港经济综合实验区管理委员会\n关于提案的答复\n下一步，我区将加快建设绿色建材产业园。"
    )
    meta = {
        "issuer": "郑州航空港经济综合实验区管理委员会",
        "issuers": ["郑州航空港经济综合实验区管理委员会"],
    }
    ms = measures(text, meta=meta)
    m = next(x for x in ms if "我区" in x["text"])
    lead = [a for a in m["actors"] if a["role"] == "lead" and not a["implied"]]
    assert [a["text"] for a in lead] == ["我区"]
    assert lead[0]["canonical"] and "航空港" in lead[0]["canonical"]
    assert lead[0]["id"]


# ------------------------------------------------------------------ status, path, quantities


def test_status_done_vs_planned() -> None:
    assert measure_status("培育了制造业头雁企业5家。", doc_type="答复") == "done"
    assert measure_status("航空港区将编制导则。", doc_type="答复") == "planned"
    assert measure_status("支持企业上市融资。", doc_type="方案") == "planned"
    assert measure_status("到2025年，产值突破1000亿元。", doc_type="报告") == "planned"
    text = "关于提案的答复\n刘委员：\n近年来，省工信厅培育了骨干企业10家。\n下一步，我们将加快建设产业园。"
    ms = measures(text, [("省工信厅", "ORG")], meta={"doc_type": "答复"})
    assert [m["status"] for m in ms] == ["done", "planned"]


def test_path() -> None:
    text = "三、主要任务\n（二）强化企业培育。支持企业上市。\n下一步，我区将从以下方面推进：一是成立领导小组。二是出台支持政策。"
    ms = measures(text)
    paths = {m["text"]: m["path"] for m in ms}
    assert paths["（二）强化企业培育。"] == "三、 › （二）"
    assert paths["支持企业上市。"] == "三、 › （二）"
    assert paths["二是出台支持政策。"].endswith("下一步 › 二是")


def test_quantities() -> None:
    q = find_quantities("培育制造业头雁企业5家，组建科技创新平台 26 个，给予一次性500万元奖励。")
    assert [(x["value"], x["unit"]) for x in q] == [(5, "家"), (26, "个"), (500, "万元")]
    text = "培育制造业头雁企业5家。"
    m = one(text)
    assert m["quantities"][0]["text"] == "5家"
    assert text[m["quantities"][0]["start"] : m["quantities"][0]["end"]] == "5家"
    assert find_quantities("到2025年，第一批试点") == []


def test_programs_inside_measure() -> None:
    text = "编制《河南省绿色建材应用指南》等7部标准。"
    m = one(text, [("河南省绿色建材应用指南", "PROGRAM")])
    assert [p["text"] for p in m["programs"]] == ["河南省绿色建材应用指南"]


# ------------------------------------------------------------------ non-measures


@pytest.mark.parametrize(
    "sentence,heading",
    [
        ("刘国付委员：", False),
        ("非常感谢您对我区绿色建材工作的关心和支持！", False),
        ("联系人：常浩，联系电话：18697309817。", False),
        ("一、总体要求", True),
        ("您提出的关于建立产业园的提案已收悉，现答复如下：", False),
        ("为加快推进产业发展，制定本方案。", False),
        ("牵头单位", False),
        ("应用场景", False),
        ("第二章重点专项设立", False),
        ("——需求导向、动态部署。", False),
        ("项目是重点专项组织实施的基本单元，应服务于重点专项目标。", False),
        ("试点工作，有力支撑了法规政策制定，形成比较完备的政策保障体系。", False),
        ("存量集中式新能源项目年度机制电量上限规模信息另文明确。", False),
        ("执行过程中遇到问题，请及时报告省发展改革委、省能源局。", False),
        # a web page's metadata lines, its title line, headings naming the tasks or an item's
        # parts
        ("发布人:某某网  /  发布时间:2017-11-24 10:12:15", False),
        ("公开日期", False),
        ("公开责任部门 | 某县人民政府办公室 | 公开形式: | 主动公开 |", False),
        ("加快某市流通业发展实施意见", False),
        ("二、加快流通业发展的重点工作任务", True),
        ("（2）补助资金。", True),
        ("（3）建设改造要求。", True),
        # a definition of a class of projects, the closing clauses on conflicts and repeal,
        # a subsidy notice's part heading
        ("投资在1亿元及以上的工业类项目为重大产业项目。", False),
        ("以上各项奖励政策如与上级政策规定相抵触，按上级文件规定执行。", False),
        ("此前出台的相关支持奖励政策同时废止。", False),
        ("一、政策支持", True),
        # metadata written without colons or as a list, a breadcrumb trail, title lines
        ("发布机构 区人民政府办公室 文    号 某政办〔2023〕1号", False),
        ("- 主题分类:人大建议办理结果", False),
        ("> 政府信息公开 > 建议提案办理结果 > 人大建议办理结果", False),
        (
            "2022年度某市住建局关于第50号代表建议的答复(关于将单位宿舍纳入老旧小区改造范围的建议)",
            False,
        ),
        ("2023年区《政府工作报告》确定的主要目标任务责任分解方案", False),
    ],
)
def test_non_measures(sentence: str, heading: bool) -> None:
    assert is_measure(sentence, heading=heading)[0] is False


def test_measure_headings_and_targets() -> None:
    assert is_measure("一是强化组织领导，成立工作专班。")[0]
    assert is_measure("（一）推进创新平台建设。", heading=True)[0]
    assert is_measure("（二）制定实施方案", heading=True)[0]
    # an article that encourages acts, spaces of a PDF's article number notwithstanding; the
    # aim of an incentive is no description of the situation
    assert is_measure("第7条 鼓励企业产品研发。")[0]
    assert is_measure("第 1 1 条  鼓励企业产值稳步增长。")[0]
    assert not is_measure("第三条 载体建设。")[0]
    assert is_measure("分类推进老旧小区改造。")[0]
    assert is_measure("到2025年，全省产值达到1000亿元。")[0]
    # a heading that only names an incentive is a topic; one that grants it is a measure
    assert not is_measure("一、智能网联新能源商用车车型研发激励", heading=True)[0]
    assert is_measure("对核心零部件新建项目给予一次性研发激励。")[0]
    # a rule that settles how an amount or a price is set is a measure
    assert is_measure("存量分布式光伏项目机制电量原则上按实际上网电量确定。")[0]
    assert is_measure("现货市场连续结算试运行后，按照上网所在并网点实时市场出清价格确定。")[0]


def test_user_lexicon_extends(tmp_path: Path) -> None:
    extra = tmp_path / "mine.txt"
    extra.write_text("# my verbs\n[action_verbs]\n摸底\n", encoding="utf-8")
    lex = load_measure_lexicons(extra)
    assert "摸底" in lex["action_verbs"] and "培育" in lex["action_verbs"]
    assert is_measure("全面摸底存量情况。", lexicons=lex)[0]
    bad = tmp_path / "bad.txt"
    bad.write_text("摸底\n", encoding="utf-8")
    with pytest.raises(ValueError, match="section"):
        load_measure_lexicons(bad)


def test_division_of_labour_note() -> None:
    text = "（三）加强金融支持。推动担保机构扩大业务。（科技部、金融监管总局按职责分工负责）"
    ms = measures(text, [("科技部", "ORG"), ("金融监管总局", "ORG")], ["担保机构"])
    # a list of bodies sharing the duty is read as a 责任单位 list (GUIDELINES §4): the first
    # leads, the others participate
    for m in ms:
        assert ("科技部", "lead") in roles(m) and ("金融监管总局", "participate") in roles(m)
    assert find_notes("支持企业（含小微企业）发展。") == []
    t = "推动。（财政部、工业和信息化部、国家融资担保基金按职责分工负责，各地具体落实）"
    got = [(t[a:b], r) for a, b, r in find_notes(t)[0].units]
    assert got == [
        ("财政部", "lead"),
        ("工业和信息化部", "participate"),
        ("国家融资担保基金", "participate"),
    ]
    t = "推动。（商务部、国家知识产权局牵头，中央宣传部、农业农村部等部门按职责分工负责）"
    got = [(t[a:b], r) for a, b, r in find_notes(t)[0].units]
    assert got == [
        ("商务部", "lead"),
        ("国家知识产权局", "lead"),
        ("中央宣传部", "participate"),
        ("农业农村部", "participate"),
    ]


# ------------------------------------------------------------------ component and harness


def test_component_sets_spans_and_extension(nlp: Any) -> None:
    text = "关于推进工作的通知\n各区政府：\n（一）加强创新。支持骨干企业建设平台。（责任单位：市科技局、市财政局）"
    doc = nlp(text)
    assert "policy_measures" in nlp.pipe_names
    assert [m["text"] for m in doc._.measures] == ["（一）加强创新。", "支持骨干企业建设平台。"]
    assert len(doc.spans["measures"]) == 2
    assert all(sp.label_ for sp in doc.spans["measures"])
    data = nlp.get_pipe("policy_measures").to_bytes()
    assert nlp.get_pipe("policy_measures").from_bytes(data) is not None


def test_seed_numbers(nlp: Any) -> None:
    from conftest import SEED, shared_path

    from policytext.analysis import analyze
    from policytext.evaluate import score_measures

    gold = shared_path("gold")
    seed = shared_path("seeds", SEED.name)
    result = analyze([seed], nlp=nlp, progress=False)
    tables = score_measures(result.records, gold)
    row = tables["summary"].set_index("doc").loc["ALL"]
    assert row["detection_f1"] >= 0.92, row.to_dict()
    assert row["lead_f1"] >= 0.75, row.to_dict()
    for key in ("detection", "instruments", "leads", "themes"):
        assert key in tables


# ------------------------------------------------------------------ own documents (pipeline)

# Own texts in the styles of real documents, annotated before running the extractor. Each line: list of (sentence, gold) with
# gold None = not a measure, or a tuple of lead surfaces (empty tuple: a measure, no lead).
HAN = [  # a State Council 函 on the handling of a province's suggestions
    [("国务院办公厅关于某省考察调研中有关问题和建议办理情况的函", None)],
    [("国办函〔2024〕99号", None)],
    [("某省人民政府：", None)],
    [
        ("国务院领导同志在你省考察调研期间，你省提出的有关问题和建议已收悉。", None),
        ("经国务院同意，现将办理情况函告如下。", None),
    ],
    [("一、关于加快建设西部陆海新通道的建议", None)],
    [
        ("你省提出，西部陆海新通道建设相对滞后，希望国家加大支持力度。", None),
        (
            "国家发展改革委会同交通运输部已将你省相关项目纳入《西部陆海新通道总体规划》。",
            ("国家发展改革委",),
        ),
        ("2023年，中央预算内投资安排你省通道项目资金12亿元。", ()),
        ("交通运输部将统筹考虑你省铁路项目建设需求。", None),
        ("目前，相关项目前期工作进展顺利。", None),
    ],
    [("二、关于支持先进制造业发展的建议", None)],
    [
        ("你省反映，部分制造业企业融资难、融资贵问题较为突出。", None),
        (
            "工业和信息化部指导你省开展制造业数字化转型试点，支持你省3家企业入选国家级智能制造示范工厂。",
            ("工业和信息化部",),
        ),
        (
            "中国人民银行设立科技创新再贷款，引导金融机构加大对制造业中长期贷款的投放力度。",
            ("中国人民银行",),
        ),
        ("据统计，2023年你省制造业中长期贷款余额同比增长25%。", None),
        (
            "下一步，工业和信息化部将会同有关部门继续支持你省培育先进制造业集群。",
            ("工业和信息化部",),
        ),
    ],
    [("三、关于研究设立国家级新区的建议", None)],
    [
        ("设立国家级新区涉及面广、政策性强，需要综合考虑区域发展总体布局。", None),
        ("国家发展改革委表示，将结合相关规划编制工作统筹研究。", None),
    ],
    [("四、关于加强生态保护补偿的建议", None)],
    [
        ("财政部已连续三年提高你省重点生态功能区转移支付标准。", ("财政部",)),
        ("生态环境部认为，你省生态保护补偿机制建设成效明显。", None),
        ("财政部、生态环境部将指导你省完善流域横向生态保护补偿机制。", ("财政部", "生态环境部")),
    ],
    [("国务院办公厅", None)],
    [("2024年5月10日", None)],
]
NOTICE = [  # a multi-agency municipal notice with 各区要 / 各有关单位应
    [("关于进一步做好城市更新项目建设管理工作的通知", None)],
    [("各区人民政府，各有关单位：", None)],
    [("为进一步规范城市更新项目建设管理，经市政府同意，现就有关事项通知如下：", None)],
    [("一、加强统筹协调", ("市住房城乡建设管理委", "各区"))],
    [
        (
            "市住房城乡建设管理委会同市规划资源局建立城市更新项目协调推进机制，定期研究解决项目推进中的重大问题。",
            ("市住房城乡建设管理委",),
        ),
        ("各区要明确城市更新工作牵头部门，落实专人负责。", ("各区",)),
    ],
    [("二、优化审批流程", ("市规划资源局",))],
    [
        (
            "市规划资源局负责制定城市更新项目规划审批操作细则，对符合条件的项目实行并联审批。",
            ("市规划资源局",),
        )
    ],
    [("三、强化资金保障", ("市财政局", "市发展改革委", "各区"))],
    [
        (
            "市财政局、市发展改革委按职责分工做好城市更新项目资金保障工作。",
            ("市财政局", "市发展改革委"),
        ),
        ("各区应将城市更新项目纳入区级重大项目库，统筹安排区级财政资金。", ("各区",)),
    ],
    [("四、加强质量安全监管", ("市住房城乡建设管理委", "各有关单位"))],
    [
        (
            "市住房城乡建设管理委指导各区建设管理部门加强施工现场安全巡查。",
            ("市住房城乡建设管理委",),
        ),
        ("各有关单位应严格落实质量安全主体责任。", ("各有关单位",)),
    ],
    [("五、做好宣传引导", ("市城市更新中心", "各区"))],
    [
        ("市城市更新中心负责搭建城市更新信息公开平台，及时发布项目信息。", ("市城市更新中心",)),
        ("各区要加强政策宣传解读，营造良好社会氛围。", ("各区",)),
    ],
    [("本通知自2024年7月1日起施行，有效期至2029年6月30日。", None)],
    [("市住房城乡建设管理委　市规划资源局", None)],
    [("2024年6月1日", None)],
]
JOINT = [  # a four-ministry joint notice with （…按职责分工负责） notes (first body leads)
    [("财政部 科技部 工业和信息化部 金融监管总局关于开展科技创新专项担保计划的通知", None)],
    [("财金〔2024〕30号", None)],
    [
        (
            "各省、自治区、直辖市财政厅（局）、科技厅（委、局）、工业和信息化主管部门，金融监管总局各监管局：",
            None,
        )
    ],
    [
        (
            "为加大对科技型中小企业的融资支持力度，现就开展科技创新专项担保计划有关事项通知如下：",
            None,
        )
    ],
    [("一、明确支持对象", ("科技部",))],
    [
        (
            "专项担保计划重点支持科技型中小企业、专精特新中小企业和高新技术企业。",
            ("科技部",),
        ),
        ("（科技部、工业和信息化部按职责分工负责）", None),
    ],
    [("二、加大担保支持力度", ("财政部",))],
    [
        (
            "国家融资担保基金对符合条件的专项担保业务给予再担保支持，再担保费率不超过0.5%。",
            ("国家融资担保基金", "财政部"),
        ),
        (
            "地方政府性融资担保机构要降低担保费率，单户担保金额最高可达1000万元。",
            ("融资担保机构", "财政部"),
        ),
        ("（财政部、金融监管总局、国家融资担保基金按职责分工负责）", None),
    ],
    [("三、强化银行信贷支持", ("金融监管总局",))],
    [("金融监管总局指导银行业金融机构优化授信审批流程，提高审批效率。", ("金融监管总局",))],
    [("四、加强组织实施", ("科技部", "财政部"))],
    [
        ("科技部负责建立科技型企业名单推送机制，定期向担保机构推送企业名单。", ("科技部",)),
        ("财政部将会同有关部门对专项担保计划实施情况开展绩效评价。", ("财政部",)),
    ],
    [("本通知自印发之日起施行。", None)],
    [("财政部　科技部　工业和信息化部　金融监管总局", None)],
    [("2024年3月15日", None)],
]
REPLY = [  # a provincial department's reply to a CPPCC proposal
    [("关于省政协十三届二次会议第0456号提案的答复", None)],
    [("王某某委员：", None)],
    [("您提出的《关于加快发展低空经济的提案》收悉，现答复如下：", None)],
    [("一、关于完善低空经济发展政策", None)],
    [
        ("近年来，我省低空经济发展势头良好，产业规模持续扩大。", None),
        (
            "省发展改革委牵头编制了低空经济发展行动方案，明确了发展目标和重点任务。",
            ("省发展改革委",),
        ),
        ("省财政厅安排专项资金2亿元，支持通用机场建设。", ("省财政厅",)),
        ("您建议设立低空经济产业基金，这一建议很有针对性。", None),
        ("目前，省内尚无专门的低空经济产业基金。", None),
    ],
    [("二、关于加强基础设施建设", None)],
    [
        (
            "省交通运输厅会同民航某某监管局推进通用机场布局建设，已建成通用机场5个。",
            ("省交通运输厅",),
        ),
        ("由于空域管理涉及国家事权，省级层面协调难度较大。", None),
    ],
    [("三、下一步工作", None)],
    [
        ("下一步，我厅将会同省发展改革委研究出台低空经济专项支持政策。", ("我厅",)),
        ("对于您提出的建设低空经济产业园的建议，我们将结合全省产业布局统筹研究。", None),
    ],
    [("感谢您对我省低空经济发展的关心和支持！", None)],
    [("联系人：张某，联系电话：0000-12345678。", None)],
    [("省工业和信息化厅", None)],
    [("2024年6月20日", None)],
]
EXPLAINER = [  # a policy explainer
    [("《某市促进人工智能产业发展若干措施》政策解读", None)],
    [("一、出台背景", None)],
    [
        ("人工智能是引领新一轮科技革命和产业变革的战略性技术。", None),
        ("近年来，我市人工智能产业快速发展，2023年产业规模突破1000亿元。", None),
    ],
    [("二、主要内容", None)],
    [("《若干措施》共提出15条具体措施，主要包括以下三个方面。", None)],
    [
        ("一是支持算力基础设施建设，对新建智能算力中心给予最高1000万元补助。", ()),
        ("二是鼓励企业开放应用场景，每年发布100个以上人工智能应用场景。", ()),
        ("三是加强人才引进，对顶尖人才团队给予最高1亿元资助。", ()),
    ],
    [("三、适用对象", None)],
    [("《若干措施》适用于在本市注册的人工智能企业和科研机构。", None)],
    [("四、下一步安排", None)],
    [("市经济信息化委将会同市财政局制定配套实施细则，确保政策落地见效。", ("市经济信息化委",))],
]


def _build(lines: list[list[tuple[str, Any]]]) -> tuple[str, list[tuple[int, int, Any]]]:
    text = "\n".join("".join(s for s, _ in line) for line in lines) + "\n"
    gold, pos = [], 0
    for line in lines:
        for sentence, leads in line:
            i = text.index(sentence, pos)
            gold.append((i, i + len(sentence), leads))
            pos = i + len(sentence)
    return text, gold


def _score(nlp: Any, lines: list[list[tuple[str, Any]]]) -> dict[str, float]:
    """Detection and lead P/R/F1 as the harness computes them (GUIDELINES §6)."""
    from policytext.evaluate import _lead_match, normalize_surface

    text, gold = _build(lines)
    ms = nlp(text)._.measures
    c = dict.fromkeys(("tp", "p", "g", "ltp", "lp", "lg"), 0)
    for a, b, leads in gold:
        cover = sum(max(0, min(b, m["end"]) - max(a, m["start"])) for m in ms)
        pred = 2 * cover >= b - a
        c["tp"] += pred and leads is not None
        c["p"] += pred
        c["g"] += leads is not None
        if not (pred and leads is not None):
            continue
        found: dict[str, Any] = {}
        for m in ms:
            if m["start"] < b and a < m["end"]:
                for x in m["actors"]:
                    if x["role"] == "lead" and not x["implied"]:
                        found.setdefault(normalize_surface(x["canonical"] or x["text"]), x)
        left = [normalize_surface(g) for g in dict.fromkeys(leads)]
        c["lg"] += len(left)
        c["lp"] += len(found)
        for x in found.values():
            hit = next((g for g in left if _lead_match(x, g)), None)
            if hit is not None:
                left.remove(hit)
                c["ltp"] += 1

    def f1(tp: int, p: int, g: int) -> float:
        return 2 * tp / (p + g) if p + g else 1.0

    return {"detection": f1(c["tp"], c["p"], c["g"]), "lead": f1(c["ltp"], c["lp"], c["lg"])}


@pytest.mark.parametrize("name", ["HAN", "NOTICE", "JOINT", "REPLY", "EXPLAINER"])
def test_own_documents(nlp: Any, name: str) -> None:
    """Letters and replies: reporting prose, requests, opinions and deferrals are no measures,
    reported actions are; notices: 各区要/各有关单位应 subjects, （…按职责分工负责） notes,
    headings on their own line led by the bodies of their item."""
    got = _score(nlp, globals()[name])
    assert got["detection"] >= 0.95, got
    assert got["lead"] >= 0.9, got


@pytest.mark.parametrize(
    "sentence",
    [
        "你省提出，西部陆海新通道建设相对滞后，希望国家加大支持力度。",
        "您建议设立低空经济产业基金，这一建议很有针对性。",
        "生态环境部认为，你省生态保护补偿机制建设成效明显。",
        "据统计，2023年你省制造业中长期贷款余额同比增长25%。",
        "国家发展改革委表示，将结合相关规划编制工作统筹研究。",
        "近年来，我省低空经济发展势头良好，产业规模持续扩大。",
        "由于空域管理涉及国家事权，省级层面协调难度较大。",
        "一、关于加快建设西部陆海新通道的建议",
    ],
)
def test_reporting_prose_is_no_measure(sentence: str) -> None:
    assert is_measure(sentence)[0] is False


@pytest.mark.parametrize(
    "sentence",
    [
        "财政部已连续三年提高你省重点生态功能区转移支付标准。",
        "省交通运输厅会同民航某某监管局推进通用机场布局建设，已建成通用机场5个。",
        "由于资金紧张，我厅将优先支持在建项目。",
        "近年来，省工信厅培育了骨干企业10家。",
    ],
)
def test_reported_actions_are_measures(sentence: str) -> None:
    assert is_measure(sentence)[0] is True


def test_generic_subject_leads() -> None:
    text = "各区要明确城市更新工作牵头部门。地方政府性融资担保机构要降低担保费率。"
    ms = measures(text, groups=["担保机构"])
    assert roles(ms[0]) == [("各区", "lead")]
    assert roles(ms[1]) == [("地方政府性融资担保机构", "lead")]


@pytest.mark.parametrize(
    "sentence",
    [
        "某市请求，由某集团与外商合资合作，拟投资10亿元建设化工项目。",
        "同时申请增设新的交易品种。",
        "但该产品技术复杂，投资新建项目需审慎研究。",
        "其扩建工程需进一步研究原料来源问题。",
        "水泥项目不属于支持范围，不宜安排专项资金支持。",
        "但同时一些平台还存在功能定位不清晰、管理不规范等问题。",
        "2.坚持需求引领。",
        "某部门意见：目前该产品全部依赖进口，国内产能有较大的市场空间。",
        "2024年5月，某副总理率有关部门负责同志赴某省考察了工业发展情况。",
    ],
)
def test_letter_prose_and_principle_headings_are_not_measures(sentence: str) -> None:
    assert is_measure(sentence)[0] is False


@pytest.mark.parametrize(
    "sentence",
    [
        "对造成的损失等情况，也要认真做好调查取证工作。",
        "主办单位发生变化的，应及时注销或变更账号信息。",
        "严禁购买粉丝等数据造假行为。",
        "7月17日，有关领导已经批复同意了某部门的请示。",
    ],
)
def test_duties_and_prohibitions_are_measures(sentence: str) -> None:
    assert is_measure(sentence)[0] is True


def test_principle_sections_keep_only_sentences_that_list_actions() -> None:
    text = (
        "一、总体要求\n（一）指导思想。坚持创新驱动，以整车为牵引、以零部件为支撑，推动产业发展。\n"
        "（二）基本原则。\n1.坚持需求引领。\n围绕公众需要，优化用户体验，提升服务质量，增强获得感。\n"
    )
    got = [m["text"] for m in measures(text)]
    assert got == ["围绕公众需要，优化用户体验，提升服务质量，增强获得感。"]


def test_addressees_at_large_lead_their_own_sentence_only() -> None:
    text = "三、加强功能建设\n各地区、各部门要完善协调机制。加强人员培训。\n"
    ms = measures(text, groups=["各地", "各部门"])
    assert [m["text"] for m in ms] == [
        "三、加强功能建设",
        "各地区、各部门要完善协调机制。",
        "加强人员培训。",
    ]
    assert roles(ms[1]) == [("各地区、各部门", "lead")]
    assert roles(ms[0]) == [] and roles(ms[2]) == []


def test_assigned_bodies_designations_and_asked_addressee() -> None:
    ms = measures("其技术处理工作由军队各级防化业务部门负责。")
    assert roles(ms[0]) == [("军队各级防化业务部门", "lead")]
    ms = measures(
        "这项工作由外交部统一管理，各省也要相应指定有关部门负责管理。", groups=["有关部门"]
    )
    assert ("有关部门", "lead") not in roles(ms[0])
    ms = measures("建议你省积极推进电力体制改革。")
    assert roles(ms[0]) == [("你省", "lead")]


def test_reporting_body_is_no_lead() -> None:
    text = "发展改革委意见：2000年国家已取消专项建设基金。"
    ms = measures(text, [("发展改革委", "ORG")])
    assert ("发展改革委", "lead") not in roles(ms[0])


def test_public_rule_subject_unnamed_leader_and_place_modifier() -> None:
    ms = measures("任何单位和个人如发现遗弃物品，都要立即上报，不得擅自处理。")
    assert roles(ms[0]) == [("任何单位和个人", "lead")]
    text = "7月17日，国务院领导已经批复同意了证监会的请示。"
    ms = measures(text, [("国务院", "ORG"), ("证监会", "ORG")])
    assert ("国务院", "lead") in roles(ms[0])
    text = "省工信厅厅长王某担任领导小组组长。"
    ms = measures(text, [("省工信厅", "ORG")])
    assert ("省工信厅", "lead") not in roles(ms[0])
    text = "东北电网的电源点建设应优先考虑坑口电厂。"
    ms = measures(text, [("东北", "GPE")])
    assert ("东北", "lead") not in roles(ms[0])


def test_state_acting_in_its_own_clause() -> None:
    ms = measures("该项目已列入发展规划，请你省深入开展前期工作，国家将适时启动项目建设。")
    assert ("国家", "lead") in roles(ms[0]) and ("你省", "lead") in roles(ms[0])
    ms = measures("支持国家级平台建设。")
    assert ("国家", "lead") not in roles(ms[0])


def test_duty_notes_lead_with_their_first_body_and_stop_at_their_paragraph() -> None:
    text = (
        "一、优化服务\n"
        "（一）优化科技创新服务。落实税收政策。（科技部、财政部、各省级人民政府按职责分工负责）\n"
        "（二）支持数据跨境流动。加强安全管理。（中央网信办牵头，工业和信息化部、公安部等部门按职责分工负责）\n"
        "商务部会同有关部门加强组织保障。各地要优化管理和服务。\n"
    )
    ents = [
        (n, "ORG") for n in ("科技部", "财政部", "中央网信办", "工业和信息化部", "公安部", "商务部")
    ]
    ms = {m["text"]: m for m in measures(text, ents, groups=["各省级人民政府", "各地"])}
    first = roles(ms["落实税收政策。"])
    assert ("科技部", "lead") in first and ("财政部", "participate") in first
    assert ("各省级人民政府", "participate") in first
    second = roles(ms["加强安全管理。"])
    assert ("中央网信办", "lead") in second and ("公安部", "participate") in second
    assert not any(t.endswith(("等部门", "单位")) for t, _ in second)
    # the closing paragraph after （二）'s note is not under it
    assert roles(ms["商务部会同有关部门加强组织保障。"]) == [("商务部", "lead")]
    assert ("中央网信办", "lead") not in roles(ms["各地要优化管理和服务。"])


def test_topic_labels_scope_lines_and_reported_actions() -> None:
    for sentence in (
        "第三条 载体建设。",
        "（一）落户补贴。",
        "第十一条 在天河区创新创业的台湾青年参照本办法执行。",
        "执行中如有问题，请径向相关主管部门反映。",
        "《实施办法》已经区委、区政府同意，现印发实施。",
        "第一条 为落实规划，结合本区实际，制定本实施办法。",
    ):
        assert not is_measure(sentence)[0], sentence
    assert is_measure("（一）给予落户补贴。")[0]
    assert is_measure("巴东县人民政府已委托中国地质大学进行了地质勘查，划定了危险区。")[0]


def test_forwarding_lines_and_campaign_names_are_no_measures() -> None:
    for sentence in (
        "现将《黄浦区可再生能源发展行动方案》印发给你们，请认真按照执行。",
        "经2024年第31次党组会审议通过，予以印发，请认真抓好贯彻落实。",
        "为全面落实《指导意见》，扎实推进可再生能源建设工作，制定本行动方案。",
        "（二）人居环境品质提升行动",
        "房屋裂缝多出现在墙壁上，一般张开宽度1-5毫米，延伸长度一般为0.5-2米。",
    ):
        assert not is_measure(sentence)[0], sentence
    assert is_measure("（三）加快既有建筑光伏项目建设工程", heading=True)[0]
    assert is_measure("（五）鼓励绿色低碳示范工程", heading=True)[0]


def test_task_table_targets_are_measures() -> None:
    for sentence in (
        "机动车道井盖井框处置，完成400个；",
        "投运无障碍低地板公交车400辆。",
        "金山铁路全天开行列车30.5对。",
        "4.完成旧住房修缮更新60万平方米。",
    ):
        assert is_measure(sentence)[0], sentence


def test_rules_with_a_bare_modal_are_measures_but_application_is_no_modal() -> None:
    assert is_measure("对于保密项目，任务书中应包括保密协议。")[0]
    assert is_measure("涉嫌违纪违法的，移送有关部门。")[0]
    assert not is_measure("企业应收账款规模较大。")[0]


def test_supporting_units_of_a_note_participate() -> None:
    t = "推进项目。（牵头单位：经济技术开发区、九里亭街道，支撑单位：区规划资源局、区经委）"
    got = [(t[a:b], r) for a, b, r in find_notes(t)[0].units]
    assert got == [
        ("经济技术开发区", "lead"),
        ("九里亭街道", "lead"),
        ("区规划资源局", "participate"),
        ("区经委", "participate"),
    ]


def test_body_names_are_not_read_by_the_instrument_classifier() -> None:
    text = "市金融工作局牵头制定产业用地标准。"
    ms = find_measures(
        text,
        parse_structure(text),
        _mentions(text, [("市金融工作局", "ORG")]),
        [],
        {},
    )
    assert [m["instrument"]["subtype"] for m in ms] == ["法规管制"]
    assert ("市金融工作局", "lead") in roles(ms[0])


@pytest.mark.parametrize(
    "sentence,heading",
    [
        ("《某市行动方案》已经市政府同意，现印发你们，请认真贯彻执行。", False),
        # a long definition; praise of past work; a figure reached is no target
        ("低空经济是以低空飞行活动为牵引，辐射带动相关领域融合发展的综合性经济形态。", False),
        ("近年来，各地积极推进数字政府建设，取得了明显成效。", False),
        ("全市低空经济产业规模达到120亿元，同比增长35%。", False),
        # a verb before 的 modifies a noun (新建的房屋)
        ("新建的砖混房屋开裂轻微。", False),
        # principle slogans behind a dash or with several parts
        ("——坚持精准支持。", False),
        ("——坚持风险共担、市场运作。", False),
        ("坚持政府引导、市场运作。", True),
        # conditions: who qualifies, the case of a penalty
        ("2.上一年度研发费用占营业收入比例不低于5%的企业；", False),
        ("3.拥有有效发明专利的企业。", False),
        ("（二）骗取、套取补助资金的；", False),
        # one-clause copular statements and definitions
        ("人才是实现高质量发展的第一资源。", False),
        ("科技型中小企业是指依托科技人员从事研发活动的中小企业。", False),
        # an item heading that only names a project; a term heading
        ("1.战略科学家引进项目。", True),
        ("（三）机制电量和执行期限。", True),
        # closing formulas: the document takes effect or runs for a term
        ("本专项计划自印发后执行。", False),
        ("自2025年1月1日起施行。", False),
        ("本计划执行期限为2025年1月1日至2027年12月31日。", False),
    ],
)
def test_openings_slogans_conditions_and_closings_are_no_measures(
    sentence: str, heading: bool
) -> None:
    assert is_measure(sentence, heading=heading)[0] is False


@pytest.mark.parametrize(
    "sentence",
    [
        "对弄虚作假骗取补偿资金的，依法依规追回资金并追究相关责任。",
        "（二）改善农村道路环境。",
        "（三）畅通人才评价渠道。",
        "风险补偿资金由中央财政和地方财政按5:5比例分担。",
        "机制执行期限内不可自行调整或选择退出。",
        "市场化电价自本方案印发次月起执行，执行期限10年。",
        "市发展改革委是本方案的牵头单位。",
        "1.实施战略科学家引进项目。",
        "为此，市科技局起草了《某市支持创新若干措施》，经市政府常务会议审议通过。",
        "为规范专项资金管理，市财政局研究制定了《某市专项资金管理办法》。",
        "三是拓展应用场景。",
        "到2027年，新建博士后科研工作站20家，人才总量达到180万人。",
    ],
)
def test_sanctions_improvements_shares_and_rule_terms_are_measures(sentence: str) -> None:
    assert is_measure(sentence)[0] is True


def test_preamble_that_announces_the_document_is_no_measure() -> None:
    """Before the first heading, 为…，X研究制定了《…》 / 决定实施…计划 / 根据…，制定…工作方案
    announce the document itself; after it, a reply's 为…，我局制定了《…》 reports an action."""
    text = (
        "为规范专项资金管理，市财政局研究制定了《某市专项资金管理办法》。\n"
        "为促进青年就业，某部决定实施青年就业见习计划（2024-2026年）。\n"
        "根据省委有关要求，结合本市实际，制定某市交通精细化工作方案（2024-2026年）。\n"
        "一、工作开展情况\n"
        "为规范资金使用，市财政局制定了《某市专项资金管理办法》。\n"
    )
    got = [m["text"] for m in measures(text)]
    assert got == ["为规范资金使用，市财政局制定了《某市专项资金管理办法》。"]


@pytest.mark.parametrize(
    "sentence",
    [
        "随着产业变革深入发展，企业对高技能人才的需求日益增长。",
        "科技型中小企业已成为推动创新发展的重要力量。",
        "实施专项担保计划，是支持科技创新的具体举措。",
        "政府性融资担保体系为缓解小微企业融资难题提供了有力支撑。",
        "同时也要看到，科技型企业融资难问题仍较突出。",
        "下一步，我们将认真研究您的建议。",
        "这些举措有效激发了人才创新创业活力。",
        "你市财力较为薄弱，配套资金难以落实。",
        "涉及要求国家安排专项经费问题，可另向财政部专题报告。",
        "全国政府性融资担保机构在保余额为1.5万亿元。",
    ],
)
def test_trends_roles_praise_problems_and_deferrals_are_no_measures(sentence: str) -> None:
    assert is_measure(sentence)[0] is False


@pytest.mark.parametrize(
    "sentence",
    [
        "放宽外籍人才来华工作许可年龄限制。",
        "赋予科研单位更大的科研经费使用自主权。",
        "每年安排专项资金5亿元支持人才项目。",
        "选派100名科技特派员服务乡村振兴。",
        "对符合条件的项目，优先安排中央预算内资金支持。",
    ],
)
def test_reform_funding_and_staffing_verbs_are_measures(sentence: str) -> None:
    assert is_measure(sentence)[0] is True


@pytest.mark.parametrize(
    "sentence",
    [
        "您在提案中分析了当前政府网站存在的问题，提出了推进集约化建设等建议，具有很强的针对性。",
        "国务院领导同志考察你省时，你省提出了加快交通基础设施建设等问题和建议。",
        "国务院领导同志十分重视，要求有关部门认真研究办理。",
        "发展改革委提出：国家对老工业基地调整改造给予了高度关注。",
        "以上意见，请你省研究落实。",
    ],
)
def test_how_a_letter_matter_came_up_and_its_closing_are_no_measures(sentence: str) -> None:
    assert is_measure(sentence)[0] is False


def test_a_letter_keeps_reported_actions_and_recommendations() -> None:
    for sentence in (
        "铁道部已将该项目列入2005年前期工作计划，正在抓紧开展可行性研究。",
        "建议你省抓紧做好项目前期工作，按程序报批。",
        "国家网信办会同有关部门建立了政府网站安全监测机制，定期开展安全检查。",
    ):
        assert is_measure(sentence)[0] is True, sentence


def test_scope_phrases_and_promotion_headings_are_no_measures_but_bounds_are() -> None:
    assert is_measure("本市新建、改建、扩建的政府投资项目。")[0] is False
    assert is_measure("一、推广范围", heading=True)[0] is False
    assert is_measure("二、推广品种", heading=True)[0] is False
    assert is_measure("各区要支持符合条件的项目。")[0] is True
    assert is_measure("市财政局每年安排资金支持重点项目。")[0] is True
    # a normative bound on a number is a requirement or a target
    assert is_measure("政府投资的道路工程，再生建材使用比例不低于20%。")[0] is True
    assert is_measure("投入不少于5辆智能清扫车。")[0] is True
    assert is_measure("第一完成人年龄不超过70岁。")[0] is True


# ------------------------------------------------------------------ acting classes and lists


@pytest.mark.parametrize(
    "sentence, lead",
    [
        # an acting firm class or body with an action verb or manner adverb after it
        ("燃气企业全面落实安全检查要求，定期排查隐患。", "燃气企业"),
        ("供水企业通过门户网站及时发布停水计划。", "供水企业"),
        ("市场监管部门深化信用分类监管。", "市场监管部门"),
        # a bracketed qualifier inside the name
        ("各地交通（运输）主管部门指导客运企业优化线路。", "各地交通（运输）主管部门"),
        # a topic clause first: the next clause opens the sentence
        ("对于小微企业贷款，融资担保机构可适当降低担保费率。", "融资担保机构"),
        # financial firms as a class
        ("各商业银行要落实无还本续贷政策。", "各商业银行"),
    ],
)
def test_acting_classes_with_a_verb_lead(sentence: str, lead: str) -> None:
    assert (lead, "lead") in roles(one(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "深化国有企业改革，完善现代企业制度。",  # a verb and its object
        "协同税务部门优化征收系统。",  # an adverb first
        "重点专项组织实施向主责单位充分授权。",  # a preposition inside
        "企业开展研发活动中实际发生的研发费用，按规定加计扣除。",  # a relative clause
        "对符合条件的项目，按照投资额给予补助，单个企业每年最高100万元。",  # two clauses first
        "入驻企业享受三年免租。",  # a beneficiary
        "高新技术企业减按15%税率征收企业所得税。",
        "科技型中小企业申请贷款的，给予贴息支持。",  # a condition
    ],
)
def test_no_acting_class_without_a_subject(sentence: str) -> None:
    assert [r for r in roles(one(sentence)) if r[1] == "lead"] == []


def test_assisted_body_leads_and_the_assistant_participates() -> None:
    m = one("燃气企业应积极配合地方政府做好应急抢修。", groups=["地方政府"])
    assert roles(m) == [("燃气企业", "participate"), ("地方政府", "lead")]
    m = one("燃气企业应协助开展隐患排查，配合政府部门督促用户整改。")
    assert roles(m) == [("燃气企业", "participate"), ("政府部门", "lead")]
    # helping firms is acting: 协助企业… makes the firms targets
    m = one("区科委协助企业申报国家级项目。", [("区科委", "ORG")], ["企业"])
    assert roles(m) == [("区科委", "lead"), ("企业", "target")]
    # 协同配合: a partner, the subject leads
    m = one("市住房城乡建设部门协同配合相关部门推进数据共享。", groups=["相关部门"])
    assert roles(m) == [("市住房城乡建设部门", "lead"), ("相关部门", "participate")]


def test_subject_lists_with_a_named_body_and_a_leadership_clause() -> None:
    text = "国家能源局及其派出机构、各省级能源主管部门和供电企业应加强监管。"
    m = one(text, [("国家能源局", "ORG")])
    assert [r for r in roles(m) if r[1] == "lead"] == [
        ("国家能源局", "lead"),
        ("各省级能源主管部门", "lead"),
        ("供电企业", "lead"),
    ]
    m = one("国家能源局派出机构、地方能源主管部门要做好结果应用。", [("国家能源局", "ORG")])
    assert [a for a, r in roles(m) if r == "lead"] == ["国家能源局派出机构", "地方能源主管部门"]
    m = one("省级发展改革、能源等部门在省级人民政府领导下，要切实担负主体责任。")
    assert roles(m)[0] == ("省级发展改革、能源等部门", "lead")
    # a verb listed with a body is no body: 组织及参与…的有关单位
    m = one("组织及参与评价的有关单位要履行评价职责。")
    assert [a for a, r in roles(m) if r == "lead"] == ["组织及参与评价的有关单位"]
    assert all(r != "lead" for m in measures("四、做好组织落实\n") for _, r in roles(m))


def test_heading_not_led_by_a_chapter_of_several_subjects() -> None:
    text = (
        "四、做好组织落实\n"
        "评价工作由国家发展改革委统筹组织。省级能源部门要担负主体责任。"
        "国家能源局派出机构可组织第三方机构开展评估。各有关单位要保障评价工作安全稳定。\n"
    )
    ms = measures(
        text, [("国家发展改革委", "ORG"), ("国家能源局", "ORG")], ["第三方机构", "各有关单位"]
    )
    assert ms[0]["text"] == "四、做好组织落实"
    assert roles(ms[0]) == []


def test_criteria_sections_list_what_is_evaluated_not_measures() -> None:
    text = (
        "二、考核内容\n"
        "考核工作应围绕目标完成、资金使用和群众满意度三个方面开展。\n"
        "（一）目标完成情况\n"
        "1.项目进度。\n"
        "形成完整的项目台账，各区能够按期完成年度建设任务。\n"
        "三、加强结果运用\n"
        "将考核结果作为资金安排的重要依据。\n"
    )
    got = [m["text"] for m in measures(text)]
    assert got == [
        "考核工作应围绕目标完成、资金使用和群众满意度三个方面开展。",  # the section's rule
        "三、加强结果运用",
        "将考核结果作为资金安排的重要依据。",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "过程评估聚焦项目立项、实施与验收管理情况。",  # a definition of a kind of evaluation
        "绩效评价主要衡量资金使用效率和政策目标达成度。",
        "《关于加快发展养老服务业的意见》（国发〔2013〕35号）实施以来，全省新增养老床位5万张。",
        "（此件主动公开）",
    ],
)
def test_definitions_former_policy_results_and_release_notes_are_no_measures(
    sentence: str,
) -> None:
    assert is_measure(sentence)[0] is False


@pytest.mark.parametrize(
    "sentence",
    [
        "供水企业主动公开水质检测结果，接受群众监督。",
        "（六）维护公平竞争市场秩序。",
        "压实属地安全生产责任。",
        "（二）采用定性与定量相结合的评价方法",
        "助力农村污水治理。",
        "在省政府统一领导下，各市人民政府要切实履行主体责任。",
    ],
)
def test_disclosure_upkeep_and_duty_verbs_are_measures(sentence: str) -> None:
    assert is_measure(sentence)[0] is True


def test_assigned_body_written_with_or_covers_the_group_inside() -> None:
    m = one("情节严重的，由所在单位或主管部门依法给予处分。", groups=["主管部门"])
    assert ("所在单位或主管部门", "lead") in roles(m)
    assert ("主管部门", "participate") not in roles(m)


def test_reply_bodies_no_recogniser_named_and_the_body_s_own_departments() -> None:
    # a body no recogniser named, listed after a named one, reporting a step
    m = one("国家发展改革委、铁道部已将成兰铁路列入中长期铁路网规划。", [("国家发展改革委", "ORG")])
    assert [a for a, r in roles(m) if r == "lead"] == ["国家发展改革委", "铁道部"]
    m = one("民航总局同意将康定机场列入规划。")
    assert ("民航总局", "lead") in roles(m)
    # 国务院有关部门: one actor, not the State Council plus a group
    m = one("国务院有关部门要加强对你省工作的指导。", [("国务院", "ORG")], ["有关部门"])
    assert [a for a, r in roles(m) if r == "lead"] == ["国务院有关部门"]
    # a plan to assist: the assisted body leads
    text = "市场监管总局将配合农业农村部加快标准制修订工作。"
    m = one(text, [("市场监管总局", "ORG"), ("农业农村部", "ORG")])
    assert roles(m) == [("市场监管总局", "participate"), ("农业农村部", "lead")]
    # words ending in a body's last character that name no body
    m = one("差异化提高局部规划设计和灾害防范标准。")
    assert [a for a, r in roles(m) if r == "lead"] == []


# ------------------------------------------------------------------ session-6 rules


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 〔〕 brackets and an inner bracket in a unit name
        (
            "推进文物保护。〔省文物局、省文化和旅游厅牵头，各市（区）政府配合〕",
            [("省文物局", "lead"), ("省文化和旅游厅", "lead"), ("各市（区）政府", "participate")],
        ),
        # half-width punctuation, a ；-group whose comma pieces share the 配合 cue
        (
            "加快资金拨付。(省发展改革委、财政厅牵头;地税局,国家开发银行某省分行,各州、市人民政府配合)",
            [
                ("省发展改革委", "lead"),
                ("财政厅", "lead"),
                ("地税局", "participate"),
                ("国家开发银行某省分行", "participate"),
                ("各州、市人民政府", "participate"),
            ],
        ),
        # a bare list of bodies after a sentence: read as a 责任单位 note
        (
            "给予一次性补助。 〔省工信厅、省财政厅, 各市 (地) 、县 (市) 政府 (行署) 〕",
            [
                ("省工信厅", "lead"),
                ("省财政厅", "participate"),
                ("各市 (地) 、县 (市) 政府 (行署)", "participate"),
            ],
        ),
    ],
)
def test_notes_in_other_brackets_with_shared_cues_and_bare_lists(
    text: str, expected: list[tuple[str, str]]
) -> None:
    notes = find_notes(text)
    assert len(notes) == 1
    assert [(text[a:b], r) for a, b, r in notes[0].units] == expected


def test_a_bracketed_other_name_and_a_cited_code_are_no_notes() -> None:
    assert find_notes("市交通委（计划财务处）\n市道运中心") == []
    assert find_notes("按照《通知》（工信厅科函〔2018〕83号）。") == []


def test_a_bare_list_note_gives_the_item_its_lead() -> None:
    text = "1.支持企业技术改造。对技术改造项目给予贴息。(省工信厅、省财政厅)\n2.支持企业上云。"
    ms = measures(text, [("省工信厅", "ORG"), ("省财政厅", "ORG")])
    first = next(m for m in ms if "贴息" in m["text"])
    assert ("省工信厅", "lead") in roles(first)
    last = next(m for m in ms if "上云" in m["text"])
    assert ("省工信厅", "lead") not in roles(last)  # the note belongs to item 1 only


def test_goal_section_outcomes_and_committed_targets_are_measures() -> None:
    text = (
        "一、行动目标\n"
        "——产业能级实现新跨越。规上工业增加值增速力争超过全省平均水平；"
        "3个新兴产业链初具规模。(新兴产业链见附件1)\n"
        "二、基本原则\n——坚持目标导向。\n"
    )
    got = [m["text"] for m in measures(text)]
    assert got == [
        "——产业能级实现新跨越。",
        "规上工业增加值增速力争超过全省平均水平；",
        "3个新兴产业链初具规模。",
    ]


def test_goal_outcomes_as_trends_figures_and_colon_headed_goal_items() -> None:
    text = (
        "一、预期目标\n"
        "——研发能力明显增强。\n"
        "5.农民收入增长与经济增长基本同步。\n"
        "二、重点任务\n"
        "（一）2030年主要目标任务：全年建材工业产值增长6%。水泥产量2600万吨；"
        "玻璃产量3200万重量箱。\n"
        "（二）优化营商环境。\n"
        "三、发展现状\n"
        "全市水泥产量2400万吨。\n"
    )
    got = [m["text"] for m in measures(text)]
    assert "——研发能力明显增强。" in got
    assert "5.农民收入增长与经济增长基本同步。" in got
    assert "水泥产量2600万吨；" in got  # a figure under an inline goals heading
    assert "玻璃产量3200万重量箱。" not in got  # a figure without a unit or a target word
    assert "全市水泥产量2400万吨。" not in got  # a figure outside any goals section


def test_the_terms_of_an_approval_are_measures_without_a_lead_of_their_own() -> None:
    text = (
        "某市人民政府：\n"
        "你市《关于调整青山镇行政区划的请示》收悉。现批复如下：\n"
        "一、同意青山镇与绿水乡合并设立青山镇（以下简称新青山镇）。\n"
        "新青山镇辖18个建制村，总面积96平方千米，镇人民政府驻青山村。\n"
        "二、新青山镇划定三个片区，片区范围分别为：\n"
        "片区二，东至绿水河，南至环山路，西至青山大道；\n"
        "三、你市要加强组织领导，做好调整后的各项工作。\n"
        "专此批复。\n"
    )
    ms = measures(text, [("青山镇", "GPE")])
    got = {m["text"]: m for m in ms}
    assert "一、同意青山镇与绿水乡合并设立青山镇（以下简称新青山镇）。" in got
    assert "新青山镇辖18个建制村，总面积96平方千米，镇人民政府驻青山村。" in got
    assert "片区二，东至绿水河，南至环山路，西至青山大道；" in got
    assert not any(
        a["role"] == "lead" and not a.get("implied")
        for a in got["片区二，东至绿水河，南至环山路，西至青山大道；"]["actors"]
    )
    assert not any("专此批复" in t or "收悉" in t for t in got)
    # outside an approval, the same description of a town states no measure
    plain = "一、基本情况\n新青山镇辖18个建制村，总面积96平方千米，镇人民政府驻青山村。\n"
    assert measures(plain) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("根据《某省节水管理办法》规定，及时出台本市节水奖励细则。", True),
        ("依据《某市公园条例》，市园林局抓紧下达2030年公园改造资金。", True),
        ("经市政府同意，我局会同市财政局向省厅推荐3个示范项目。", True),
        ("根据《某省节水管理办法》，现将有关事项通知如下：", False),
        ("经市政府同意，现将《某市节水行动方案》印发给你们，请认真贯彻执行。", False),
        ("根据有关规定，我局对该项目进行了审查，审查意见如下：", False),
        ("1.根据《某市创新企业评价办法》，已入库且在有效期内的科技型中小企业；", False),
    ],
)
def test_a_basis_clause_opens_measures_but_not_lead_ins_or_qualifiers(
    sentence: str, expected: bool
) -> None:
    assert is_measure(sentence)[0] is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("为推进城市更新，结合本区实际，现制定2030年重点工作任务。", False),
        ("为推动产业升级，结合本市实际，特制定如下重点任务清单。", False),
        ("现将《区政府工作报告》确定的重点工作予以分解并明确责任单位。", False),
        ("2030年3月1日，市委、市政府印发《关于推进乡村建设的意见》，全文如下。", False),
        ("您提出的《关于发展茶产业的提案》由市政府批转我局办理。", False),
        ("现制定茶产业扶持政策，对新建茶园每亩补助500元。", True),
        ("我局将牵头制定茶产业发展规划，明确重点任务。", True),
    ],
)
def test_the_documents_own_making_and_forwarding_are_no_measures(
    sentence: str, expected: bool
) -> None:
    assert is_measure(sentence)[0] is expected


def test_a_preamble_that_announces_work_points_or_an_approved_plan_is_no_measure() -> None:
    text = (
        "为落实河长制，依据全省河湖工作会议精神，省河长办组织制定《某省河长制2030年工作要点》。\n"
        "《某县乡村就业帮扶实施方案》已经县委领导小组审定通过。\n"
        "一、加强河湖管护\n"
        "（一）开展河湖清四乱行动。\n"
        "二、评估\n"
        "《某县河道规划》已经县政府常务会议审议通过，县水利局要抓好实施。\n"
    )
    got = [m["text"] for m in measures(text)]
    assert not any("工作要点" in t or "帮扶实施方案" in t for t in got)
    assert "（一）开展河湖清四乱行动。" in got
    assert any("县水利局要抓好实施" in t for t in got)  # past the preamble, it acts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("某省第二批绿色工厂培育企业名单", False),
        ("某市荣获“2030年度创新示范单位”称号企业名单", False),
        ("某市人民政府关于印发", False),
        ("（二）公布绿色工厂培育企业名单", True),
        ("建立培育企业名单，实行动态管理。", True),
    ],
)
def test_a_lists_title_or_a_title_fragment_is_no_measure(sentence: str, expected: bool) -> None:
    assert is_measure(sentence)[0] is expected


@pytest.mark.parametrize(
    ("sentence", "heading", "expected"),
    [
        ("（二）加速地方政府债券资金拨付使用。", True, True),
        ("（一）确保蔬菜和肉蛋奶稳定供应。", True, True),
        ("（三）全面恢复生产生活秩序", True, True),
        ("一、以文兴业，厚植产业根基", True, True),
        ("一、总体要求", True, False),
        ("近年来，全区粮食生产形势总体平稳。", False, False),
    ],
)
def test_speeding_up_securing_and_restoring_are_action_headings(
    sentence: str, heading: bool, expected: bool
) -> None:
    assert is_measure(sentence, heading=heading)[0] is expected


@pytest.mark.parametrize(
    ("sentence", "heading", "expected"),
    [
        ("一、全县经济社会发展主要预期目标", True, False),
        ("一、确保完成全年主要预期目标", True, True),
        ("二、重点抓好五方面工作", True, False),
        ("一、申报主体", True, False),
        ("二、方案编制", True, False),
        ("（三）内容保障。", True, False),
        ("（三）强化内容保障。", True, True),
        ("县人大代表建议12件，10件已办结，2件正在办理；", False, False),
        ("对未办结的建议，承办单位要加快办理，年底前全部办结。", False, True),
    ],
)
def test_topic_headings_and_handling_statistics_are_no_measures(
    sentence: str, heading: bool, expected: bool
) -> None:
    assert is_measure(sentence, heading=heading)[0] is expected


@pytest.mark.parametrize(
    ("sentence", "heading", "expected"),
    [
        ("联盟理事长单位由在本行业具有重要影响力的龙头企业担任。", False, True),
        ("对新入库企业给予奖励5万元，退库后再次入库的不予奖励。", False, True),
        ("仅有1名申报人的项目，可由2名专家联名推荐。", False, True),
        ("一、抓紧谋划储备项目", True, True),
        ("再次感谢您对我市工作的关心和支持！", False, False),
        ("发展数字经济具有重要的现实意义。", False, False),
        ("二、数字经济示范项目", True, False),
    ],
)
def test_blunt_cues_no_longer_hide_rules_and_headings(
    sentence: str, heading: bool, expected: bool
) -> None:
    assert is_measure(sentence, heading=heading)[0] is expected


@pytest.mark.parametrize(
    ("sentence", "heading", "expected"),
    [
        ("（二）公用工程节能降碳。", True, True),
        ("1.选用一级能效的空压机和水泵；", False, True),
        ("厂区照明严格控制功率密度，充分利用自然采光。", False, True),
        ("该项目年综合能源消费量为3.2万吨标准煤。", False, False),
    ],
)
def test_a_project_reviews_technical_requirements_are_measures(
    sentence: str, heading: bool, expected: bool
) -> None:
    assert is_measure(sentence, heading=heading)[0] is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("河长制是保障供应链稳定、推进流域治理的长效机制。", False),
        ("孵化基地具有设施齐全、服务规范、带动作用强等特点。", False),
        ("市商务局是保障供应链稳定的牵头单位。", True),
        ("支持孵化基地发挥设施齐全、服务规范等优势，扩大服务范围。", True),
    ],
)
def test_characterisations_are_no_measures_even_with_a_supply_chain(
    sentence: str, expected: bool
) -> None:
    assert is_measure(sentence)[0] is expected


def test_a_signature_block_above_the_date_is_no_measure() -> None:
    text = (
        "一、加强统筹协调\n"
        "各县要建立工作专班，推进示范村建设。\n"
        "某省推进“百村示范、千村整治”\n"
        "工作领导小组办公室\n"
        "2030年5月8日\n"
    )
    got = [m["text"] for m in measures(text)]
    assert "各县要建立工作专班，推进示范村建设。" in got
    assert not any("百村示范" in t for t in got)
    # a measure written as the last line before a date keeps its punctuation, and stays
    dated = "一、工作要求\n各县要在年底前完成示范村建设。\n2030年5月8日\n"
    assert [m["text"] for m in measures(dated)] == ["各县要在年底前完成示范村建设。"]


@pytest.mark.parametrize(
    ("sentence", "heading", "expected"),
    [
        ("二、增强消费拉动作用，推动外贸规模稳步增长", True, True),
        ("近年来，全市外贸规模稳步增长", True, False),
        ("发展势头良好，产业规模持续扩大", True, False),
        ("增强消费拉动作用，外贸规模稳步增长。", False, False),
    ],
)
def test_a_heading_that_opens_with_an_action_commands_whatever_its_trend(
    sentence: str, heading: bool, expected: bool
) -> None:
    assert is_measure(sentence, heading=heading)[0] is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "增量储能项目年度补偿总额综合当年储能装机容量、平均调用小时数、"
            "用户承受能力、电网调节需求和新能源消纳责任权重完成情况等因素确定。",
            True,
        ),
        ("储能项目补偿标准按实际放电量确定。", True),
        ("全省储能装机容量和平均调用小时数均居全国第一。", False),
    ],
)
def test_a_rule_settling_an_amount_from_a_long_list_of_factors_is_a_measure(
    sentence: str, expected: bool
) -> None:
    assert is_measure(sentence)[0] is expected


def test_a_chain_of_targets_on_one_line_continues_the_first() -> None:
    text = (
        "一、区长牵头重点工作\n"
        "1.地区生产总值增长6%左右；税收收入增长7%；居民收入与经济增长基本同步。\n"
        "2.全区生产总值增长6%左右；\n"
        "去年税收收入增长7%。\n"
    )
    got = [m["text"] for m in measures(text)]
    assert "税收收入增长7%；" in got
    assert "居民收入与经济增长基本同步。" in got
    assert "去年税收收入增长7%。" not in got  # a new line: a reported figure, no chain


@pytest.mark.parametrize(
    "sentence",
    [
        "2030年，是实施新一轮规划的开局之年。",
        "（重点企业名单见附件2）",
        "截至2024年6月末，全省银行业金融机构通过平台累计发放贷款3000亿元。",
        "发布机构: | 公开日期: | ||",
        "三、关于“设立专门机构统筹物流发展”建议",
        "您在市人大会议所提《关于加快物流发展的建议》已转至我局办理。",
        "我局高度重视，并商市发展改革委形成了答复意见，由我局牵头与您进行了当面沟通。",
        "回顾过去五年，全市环评改革取得积极进展。",
        "展望未来，生态环境保护工作仍任重道远。",
    ],
)
def test_framing_statistics_metadata_and_reply_handling_are_no_measures(sentence: str) -> None:
    assert is_measure(sentence)[0] is False


def test_half_width_punctuation_leaves_measure_texts_as_written() -> None:
    text = "(一)加强领导。由市商务局牵头,市发展改革委配合,建立工作机制。"
    ms = measures(text, [("市商务局", "ORG"), ("市发展改革委", "ORG")])
    for m in ms:
        assert m["text"] == text[m["start"] : m["end"]]
    body = next(m for m in ms if "建立" in m["text"])
    assert ("市商务局", "lead") in roles(body)
    assert ("市发展改革委", "participate") in roles(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "一、关于“持续加大招商引资力度”方面",
        "推动打造先进制造业高地的工作方案",
        "电动车产业方面，行业龙头企业实现产值12.1亿元、增长36.6%。",
        "依据相关规定，现向社会公开征求意见。",
        "三、某副省长牵头重点工作",
        "二是“某工业园区冷链物流体系建设项目”。",
    ],
)
def test_reply_topics_title_lines_output_figures_and_consultations_are_no_measures(
    sentence: str,
) -> None:
    assert is_measure(sentence, heading=sentence.startswith(("一、", "三、")))[0] is False


def test_targets_and_new_verbs_stay_measures() -> None:
    assert is_measure("到2030年，实现产值100亿元。")[0] is True
    assert is_measure("3.建强新能源产业链。", heading=True)[0] is True


def test_a_note_over_several_lines_in_square_brackets_with_a_closing_remark() -> None:
    text = (
        "精准识别特色优势产业。〔省发展改革委、省工业和信息化厅、省商务厅按职责分工负责；\n"
        "各市、县（市、区）人民政府组织落实。\n以下均需各市、县（市、区）人民政府负责，不再列出〕"
    )
    got = [(text[a:b], r) for n in find_notes(text) for a, b, r in n.units]
    assert got[:3] == [
        ("省发展改革委", "lead"),
        ("省工业和信息化厅", "participate"),
        ("省商务厅", "participate"),
    ]


def test_department_classes_level_finance_and_programme_units_lead() -> None:
    for text, lead in [
        ("财政部门要在3月底前拨付前期工作经费。", "财政部门"),
        ("试点单位要梳理试点工作的推进情况，编制总结报告。", "试点单位"),
        ("省属国有企业要进一步深化股份制改革。", "省属国有企业"),
    ]:
        ms = measures_with_entities(text)
        assert any((lead, "lead") in roles(m) for m in ms), (text, [roles(m) for m in ms])
    m = one("2.推行企业自主登记制度，扩大企业自主权。", groups=["企业"])
    assert not any(r == "lead" and a.startswith("推行") for a, r in roles(m))


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("各区（县级市）要于2012年底前制定完成具体贯彻落实意见。", "各区（县级市）"),
        ("市和各区（县级市）要全面建立人才工作领导小组。", "市和各区（县级市）"),
        (
            "对入选企业给予启动资金，由企业所在区（县级市）提供配套孵化服务。",
            "企业所在区（县级市）",
        ),
        ("有条件的地方力争实现“一村两名大学生村官”目标。", "有条件的地方"),
        # grassroots bodies, department classes, towns as a level, approving task forces
        ("其余小区由物业、居委会做好动员和解释工作。", "物业"),
        ("发现单位未规范分类的，由城管执法部门责令限期改正。", "城管执法部门"),
        ("其余单位生活垃圾分类推进由街镇（园区）牵头，区绿化市容局配合落实。", "街镇（园区）"),
        ("各区调查区域内公园绿地现状，并制定养护提升方案。", "各区"),
        ("项目建成后，由乡镇(街道)与经济开发区按比例进行分配。", "乡镇(街道)"),
        ("经工作领导小组审核批准后，2年内予以兑现奖励。", "工作领导小组"),
    ],
)
def test_bracketed_levels_qualifying_places_and_commitments_lead(text: str, lead: str) -> None:
    ms = measures_with_entities(text)
    assert any((lead, "lead") in roles(m) for m in ms), [roles(m) for m in ms]


def test_no_subject_opened_by_a_verb_or_a_duty_and_composing_members_do_not_lead() -> None:
    text = (
        "关于某事的通知\n一、主要任务\n2、努力推进企业研发和科技成果交易。\n"
        "要按照当地县(市、区)政府审批后的资金使用方案，组织实施主体抓紧启动建设项目。\n"
        "形成由链主企业、专精特新企业、创新型中小企业构成的梯度培育体系。\n"
        "应急管理部门要加强检查。\n"
    )
    ms = measures_with_entities(text)
    leads = [a["text"] for m in ms for a in m["actors"] if a["role"] == "lead"]
    assert leads == ["应急管理部门"]
    members = [a for m in ms for a in m["actors"] if a["text"] == "链主企业"]
    assert members and all(a["role"] == "participate" for a in members)


def test_a_table_row_number_on_its_own_line_is_no_part_of_the_measure() -> None:
    text = "关于某事的通知\n一、主要任务\n1\n重点推进东斯文里区域整体更新，打造发展新的增长引擎。\n"
    ms = find_measures(text, parse_structure(text), [], [], {}, classify=False)
    assert [text[m["start"] : m["end"]] for m in ms] == [
        "重点推进东斯文里区域整体更新，打造发展新的增长引擎。"
    ]


@pytest.mark.parametrize(
    ("sentence", "heading", "expected"),
    [
        ("围绕主导产业，着力打造一支人才队伍，实施如下重点项目：", False, True),
        ("5年内重点引进扶持200名左右能够突破关键技术的领军人才。", False, True),
        (
            "5年内市、区两级在重点领域重点引进和培养1万名左右具有博士学位的企业紧缺人才。",
            False,
            True,
        ),
        ("具体措施如下：", False, False),
        ("为落实部署，坚持以人民为中心，持续提升服务水平，提出如下意见。", False, False),
        ("近年来，我局会同有关部门重点做了以下工作：", False, False),
        ("现将建设计划下达给你们，并提出如下实施意见，请一并贯彻执行。", False, False),
        ("以下均需各县人民政府负责，不再单独列出）", False, False),
        ("本市新建、改建、扩建的政府投资项目。", False, False),
        ("（三）合理确定费率水平。", True, True),
        ("（五）筑牢风控防线。", True, True),
        ("超过上限部分融担基金不予赔付。", False, True),
        ("二、实施方案", True, False),
        ("（一）人才交流培养体系。", True, False),
        ("37.人才资源服务产业园。", True, False),
        ("5.着力做强创新平台。", True, True),
        ("4.正在承担国家科技项目的中小企业及处于成果转化期的中小企业；", False, False),
        ("第十八条省级科技型中小企业自备案时间起有效期三年。", False, True),
        ("本办法有效期5年。", False, False),
        ("第十一条 见习单位应当履行以下职责：", False, True),
        ("见习基地先行支付生活补贴。", False, True),
        ("符合条件的企业可免费申领科技创新券。", False, True),
        ("表1 某区海绵城市达标评估推进计划表", False, False),
        ("注：海绵城市建设用地面积要求按照100.9平方公里计。", False, False),
        ("某区海绵城市系统方案编制计划见表2。", False, False),
    ],
)
def test_lead_ins_headings_rules_of_management_measures_and_captions(
    sentence: str, heading: bool, expected: bool
) -> None:
    # a lead-in acts when its clauses act (…实施如下重点项目：) or a duty lists its contents;
    # headings act when a verb opens them, not when they name a facility; terms, refusals and
    # payments of a rule count; table captions, notes and pointers do not
    assert is_measure(sentence, heading=heading)[0] is expected


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "第十四条 市高校毕业生公共就业服务机构每两年对见习基地进行评估。",
            "市高校毕业生公共就业服务机构",
        ),
        ("专任教师主要承担学科教学和班级管理任务，组织教研活动。", "专任教师"),
        ("受援学校要组织教师与支教教师结对跟学。", "受援学校"),
        ("受援县负责支教教师的住宿生活和日常管理。", "受援县"),
        ("其他教育阶段教师选派工作经费由派出地负责。", "派出地"),
        ("2024年10月20日前，各市需在系统中完成填报。", "各市"),
        ("见习基地先行支付生活补贴。", "见习基地"),
    ],
)
def test_role_nouns_of_schools_staff_and_pairing_programmes_lead(text: str, lead: str) -> None:
    ms = measures_with_entities(text)
    assert any((lead, "lead") in roles(m) for m in ms), [roles(m) for m in ms]


def test_task_table_rows_numbered_on_own_lines_led_by_towns_as_a_level() -> None:
    # a flattened table whose rows open with a bare row number; the header cells are no
    # measures, and a lead cell naming the towns as a level (各街镇（园区）) closes its row
    text = (
        "附件\n任务分解表\n序号\n工作内容\n牵头部门\n配合部门\n时间节点\n"
        "1\n将生活垃圾管理纳入专项督查和绩效评价指标体系。\n区委组织部\n区绿化市容局\n2019年\n"
        "2\n完善街镇（园区）生活垃圾分类工作联席会议制度。\n各街镇（园区）\n各联席会议成员单位\n2019年\n"
        "3\n将垃圾分类工作纳入基层组织的工作职责。\n区委组织部、区民政局\n各街镇（园区）\n2019年\n"
    )
    by_text = {m["text"]: m for m in measures_with_entities(text)}
    assert list(by_text) == [
        "将生活垃圾管理纳入专项督查和绩效评价指标体系。",
        "完善街镇（园区）生活垃圾分类工作联席会议制度。",
        "将垃圾分类工作纳入基层组织的工作职责。",
    ]
    assert roles(by_text["完善街镇（园区）生活垃圾分类工作联席会议制度。"])[0] == (
        "各街镇（园区）",
        "lead",
    )
    assert [
        r for r in roles(by_text["将垃圾分类工作纳入基层组织的工作职责。"]) if r[1] == "lead"
    ] == [
        ("区委组织部", "lead"),
        ("区民政局", "lead"),
    ]


def test_note_lines_under_a_numbered_target_belong_to_it() -> None:
    # 牵头单位 / 责任单位 printed on lines of their own under each numbered item (blank lines
    # between): the 牵头 line leads, the 责任单位 units take part, the next item has its own
    text = (
        "一、主要预期目标\n\n1.努力实现地区生产总值增长6.2%左右。\n\n牵头单位:区发改局\n\n"
        "责任单位:区财政局,区统计局\n\n2.规模以上工业增加值增长5%左右。\n\n牵头单位:区工信局\n"
    )
    by_text = {m["text"]: roles(m) for m in measures_with_entities(text)}
    assert by_text["1.努力实现地区生产总值增长6.2%左右。"] == [
        ("区发改局", "lead"),
        ("区财政局", "participate"),
        ("区统计局", "participate"),
    ]
    assert by_text["2.规模以上工业增加值增长5%左右。"] == [("区工信局", "lead")]


def test_a_task_table_row_per_line_assigns_its_cells():
    text = (
        "某市2025年重点工作责任分解\n"
        "序号 | 目标与任务 | 牵头单位 | 配合单位 |\n"
        "(1) | 地区生产总值增长6%以上。 | 市发展改革委 | 市统计局、各区政府 |\n"
        "(2) | 实施家电以旧换新，推动汽车消费转型升级。 | 市商务局 | 市财政局 |\n"
    )
    found = measures_with_entities(text)
    # the header is no measure; a row that assigns units is a task, even a bare target
    assert [m["text"] for m in found] == [
        "(1) | 地区生产总值增长6%以上。",
        "(2) | 实施家电以旧换新，推动汽车消费转型升级。",
    ]
    assert roles(found[0]) == [
        ("市发展改革委", "lead"),
        ("市统计局", "participate"),
        ("各区政府", "participate"),
    ]
    assert roles(found[1]) == [("市商务局", "lead"), ("市财政局", "participate")]


def test_a_table_with_only_a_responsibility_column_is_led_by_its_first_unit():
    text = "任务 | 完成时限 | 责任单位\n建设智慧停车平台。 | 2025年底 | 市交通局、市公安局\n"
    (m,) = measures_with_entities(text)
    assert m["text"] == "建设智慧停车平台。"
    assert roles(m) == [("市交通局", "lead"), ("市公安局", "participate")]


def test_a_docx_task_table_keeps_its_cells_apart(tmp_path: Path):
    import docx

    from policytext.analysis import analyze

    d = docx.Document()
    d.add_paragraph("某市物流降本增效工作任务分工表")
    t = d.add_table(rows=3, cols=4)
    rows = [
        ("序号", "工作任务", "牵头单位", "责任单位"),
        ("1", "建设县域物流配送中心", "市商务局", "市交通运输局"),
        ("2", "完善农村寄递物流体系。", "市邮政管理局", "市供销社"),
    ]
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            t.cell(r, c).text = value
    d.save(str(tmp_path / "plan.docx"))
    (rec,) = analyze([tmp_path / "plan.docx"], progress=False).records
    by_text = {m["text"].rstrip("|"): m for m in rec.measures}
    assert set(by_text) == {"1|建设县域物流配送中心", "2|完善农村寄递物流体系。"}
    leads = {k: [a["text"] for a in m["actors"] if a["role"] == "lead"] for k, m in by_text.items()}
    assert leads == {
        "1|建设县域物流配送中心": ["市商务局"],
        "2|完善农村寄递物流体系。": ["市邮政管理局"],
    }


def test_a_row_naming_its_lead_in_words_is_no_header():
    text = "序号 | 任务 | 牵头单位\n1 | 推进冷链物流建设 | 市商务局\n2 | 建设平台 | 市发改委牵头\n"
    found = measures_with_entities(text)
    assert [roles(m) for m in found][:1] == [[("市商务局", "lead")]]
    assert len(found) == 2


def test_website_metadata_in_bracketed_cells_is_no_measure():
    text = (
        "[ 主题分类 ] | 其他 | [ 体裁分类 ] | 政协提案办理 |\n"
        "[ 发布机构 ] | 某区经济信息委 | [ 发布日期 ] | 2022-06-10 |\n"
        "一、加大企业培育力度，支持企业开展技术改造。\n"
    )
    assert [m["text"] for m in measures_with_entities(text)] == [
        "一、加大企业培育力度，支持企业开展技术改造。"
    ]


def test_numbered_targets_and_target_figures_within_an_item_are_measures():
    text = (
        "一、主要预期目标\n（一）地区生产总值增长7%以上\n（二）城镇新增就业1万人\n"
        "二、重点任务\n1.推进创新平台建设。力争建设市级研发平台10个。"
        "规上企业研发机构覆盖率达到60%以上。\n"
    )
    found = [m["text"] for m in measures_with_entities(text)]
    assert "（一）地区生产总值增长7%以上" in found
    assert "规上企业研发机构覆盖率达到60%以上。" in found
    assert "一、主要预期目标" not in found


def test_a_field_named_by_a_verb_and_the_standing_of_a_subject_are_no_action():
    # 经济发展和…, 经济建设中: nouns; 占有…地位 / 扮演…角色: the subject's standing
    assert not is_measure(
        "茶叶是本省优势特色产业，在农业农村经济发展和乡村全面振兴中占有重要地位。"
    )[0]
    assert not is_measure("民营企业在经济发展中扮演着重要角色，在经济建设中贡献了巨大力量。")[0]
    assert is_measure("（十）强化企业创新主体地位。")[0]
    assert is_measure("推动经济发展和产业升级。")[0]
    assert is_measure("依托研究院建设中试基地，建设中心城区绿地。")[0]  # 中试, 中心: no 中


def test_a_request_puts_its_addressee_in_charge() -> None:
    # 请X…: a notice or review opinion asks X to act; 报请X审批: X only approves
    m = one("请市发展和改革局积极推进重点用能单位节能改造工作。", [("市发展和改革局", "ORG")])
    assert roles(m) == [("市发展和改革局", "lead")]
    m = one("项目单位报请省政府审批后组织实施。", [("省政府", "ORG")])
    assert ("省政府", "lead") not in roles(m)
    # 、 inside brackets lists a unit's alternatives: one subject, without the request
    m = one("请各县（市、区）人民政府抓好贯彻落实。")
    assert roles(m) == [("各县（市、区）人民政府", "lead")]


def test_a_place_whose_output_is_the_target_does_not_act() -> None:
    m = one("到2025年，福州地区生产总值达1.7万亿元以上。", [("福州", "GPE")])
    assert roles(m) == []


def test_a_facility_is_built_or_run_but_does_not_act() -> None:
    m = one(
        "2017年，九景衢铁路建成通车，开工建设昌景黄铁路。",
        [("九景衢铁路", "GPE"), ("昌景黄铁路", "GPE")],
    )
    assert [a for a, r in roles(m) if r == "lead"] == []
    m = one("金山铁路全天开行列车38对。", [("金山铁路", "GPE")])
    assert [a for a, r in roles(m) if r == "lead"] == []
    # a zone is a place that acts
    m = one("十堰高新区要以改革开放为动力，加快新旧动能转换。", [("十堰高新区", "GPE")])
    assert roles(m) == [("十堰高新区", "lead")]


def test_a_person_is_put_in_charge_by_the_titles_of_the_lexicon(tmp_path: Path) -> None:
    text = "由张建国处长负责，加快推进项目前期工作。"
    ents = [("张建国", "PERSON")]
    assert [a for a, _ in roles(one(text, ents))] == []  # 处长 is no title out of the box
    extra = tmp_path / "titles.txt"
    extra.write_text("[person_titles]\n处长\n", encoding="utf-8")
    (m,) = measures(text, ents, lexicons=load_measure_lexicons(extra))
    assert roles(m) == [("张建国", "lead")]
    assert roles(one("由李明同志牵头，组建工作专班。", [("李明", "PERSON")]))[0] == ("李明", "lead")


def test_a_task_leader_note_names_the_official_over_the_unit_that_leads() -> None:
    # task-division plans put a leader over each task (牵头领导：王 健, padded to three); the
    # unit leads and its official takes part, as the seed gives 省人大常委会 for 由…副主任何某任链长
    text = (
        "1.加快建设现代化产业体系。\n牵头领导：王 健\n牵头单位：省发展改革委\n"
        "责任单位：省商务厅、省财政厅\n"
    )
    ms = measures_with_entities(text)
    assert [m["text"] for m in ms] == ["1.加快建设现代化产业体系。"]
    assert [a for a, r in roles(ms[0]) if r == "lead"] == ["省发展改革委"]
    assert ("王 健", "participate") in roles(ms[0])
    official = next(a for a in ms[0]["actors"] if a["text"] == "王 健")
    assert official["label"] == "PERSON"
    # without a 牵头单位 line, a 责任单位 line's first unit leads: the leader line is no unit
    text = "1.加快建设现代化产业体系。\n牵头领导：王 健\n责任单位：省商务厅、省财政厅\n"
    (m,) = measures_with_entities(text)
    assert [a for a, r in roles(m) if r == "lead"] == ["省商务厅"]
    # one bracketed note holding both
    text = "加快建设现代化产业体系。（牵头领导：李明；牵头单位：省发展改革委）"
    (m,) = measures_with_entities(text)
    assert [a for a, r in roles(m) if r == "lead"] == ["省发展改革委"]


def test_the_opening_that_sets_out_the_plan_is_no_measure() -> None:
    text = "为全面贯彻会议精神，做好今年政府工作，现就重点工作制定分工方案如下。\n一、加快建设现代化产业体系。"
    assert [m["text"] for m in measures(text)] == ["一、加快建设现代化产业体系。"]


def test_levels_leaders_and_courts_act_but_a_project_rule_has_no_actor() -> None:
    assert roles(one("各级要加快转移支付分配进度。")) == [("各级", "lead")]
    assert roles(one("各县级包抓领导要抓好统筹协调。")) == [("各县级包抓领导", "lead")]
    assert roles(one("法院要积极参与政府决策过程。")) == [("法院", "lead")]
    assert roles(one("项目应优先选用能效领先的产品和设备。")) == []
    # unified leadership is no leader
    m = one("建立健全各级党委统一领导、组织部门牵头抓总的工作格局。")
    assert not any(a.endswith("统一领导") for a, _ in roles(m))


def test_a_replys_own_attention_and_work_in_general_are_no_measures() -> None:
    text = (
        "一直以来，我局高度重视刘仁八镇旅游业发展。"
        "我局十分重视你们提出的建议，召开专题会议学习研究。"
        "近年来，我局围绕乡村旅游开发做了大量工作：\n"
        "我局高度重视，安排资金50万元支持乡村旅游。"
    )
    assert [m["text"] for m in measures(text)] == ["我局高度重视，安排资金50万元支持乡村旅游。"]


def test_a_reports_section_on_how_a_plan_went_is_no_measure() -> None:
    text = (
        "一、2021年国民经济和社会发展计划执行情况\n全年新增就业5万人。\n二、加快推进产业转型升级。"
    )
    found = [m["text"] for m in measures(text)]
    assert "二、加快推进产业转型升级。" in found
    assert not any(t.endswith("执行情况") for t in found)


def test_topic_headings_of_a_reply_or_a_subsidy_scheme_are_no_measures() -> None:
    text = "二、实施区域\n六、补助环节\n在规划引领方面。\n在项目扶持方面，安排资金100万元。"
    assert [m["text"] for m in measures(text)] == ["在项目扶持方面，安排资金100万元。"]


def test_prevention_duties_are_measures_and_a_replys_study_of_the_proposal_is_not() -> None:
    text = (
        "全力防范火灾事故影响敏感场所可靠供电。"
        "对存在严重隐患问题的，要采取临时停产停用措施并立即整改。"
        "我局对您的提案进行了认真的研究和论证。"
        "您提出的建议很符合我市农业农村实际。"
    )
    assert [m["text"] for m in measures(text)] == [
        "全力防范火灾事故影响敏感场所可靠供电。",
        "对存在严重隐患问题的，要采取临时停产停用措施并立即整改。",
    ]


def test_chain_leaders_and_governors_named_by_their_post_act() -> None:
    (m,) = measures_with_entities("每个重点产业链设群链长1名，由1名副省长担任。")
    assert ("副省长", "lead") in roles(m)
    (m,) = measures_with_entities("1.总群链长负责总揽全省先进制造业集群重点产业链培育工作。")
    assert roles(m) == [("总群链长", "lead")]
    # the post someone takes is no actor; nor is a 市长 inside 城市长效
    (m,) = measures_with_entities("由市长担任总链长，负责统筹推进全市产业链工作。")
    assert roles(m) == [("市长", "lead")]
    from policytext.entities import find_entities

    _, groups = find_entities("推进城市长效管理，建立链长制，设立市链长办。何金平任链长。")
    assert groups == []


def test_approvals_growth_targets_and_pilot_headings() -> None:
    assert is_measure("一、同意于都工业园区、会昌工业园区扩区调区。")[0]
    assert is_measure("3、同意排料乡、排碧乡和董马库乡成建制合并。")[0]
    assert not is_measure("我们同意您的意见。")[0]
    (m,) = measures("二、主要预期目标\n社会消费品零售总额增长10%以上；\n")
    assert m["text"].startswith("社会消费品零售总额")
    (m,) = measures("单位GDP能耗等主要约束性指标控制在省、市下达的目标以内。")
    assert m["text"].startswith("单位GDP能耗")
    for heading in ("一、试点目标", "二、试点范围", "一、示范县名单", "二、工作组织"):
        assert not is_measure(heading, heading=True)[0], heading


def test_a_replys_situation_forecasts_and_its_handling_of_the_proposal_are_no_measures() -> None:
    assert not is_measure("医药领域有望实现创新突破。")[0]
    assert is_measure("力争医药领域有望实现创新突破。")[0]
    assert not is_measure("一、我市生物医药产业发展基本情况", heading=True)[0]
    assert not is_measure(
        "我委高度重视您的1158号提案，认真研究并征求相关方意见，后续将会同成都市共同研究。"
    )[0]
    assert is_measure("我局高度重视您的提案，2023年安排资金500万元支持园区建设。")[0]


def test_a_duty_restated_or_pressed_makes_its_subject_lead() -> None:
    (m,) = measures_with_entities("省级龙头企业也要继续发挥资本、技术优势，大力推进科技创新。")
    assert roles(m) == [("省级龙头企业", "lead")]
    (m,) = measures_with_entities("（二）各示范县抓紧优化细化年度创建方案，按时报送备案。")
    assert ("各示范县", "lead") in roles(m)


def test_long_standing_attention_opens_a_subject_and_a_closing_offer_is_no_measure() -> None:
    (m,) = measures_with_entities("长期以来市委市政府高度重视品牌建设问题，先后出台了相关政策。")
    assert roles(m) == [("市委", "lead"), ("市政府", "lead")]
    assert not is_measure("对以上答复您有什么意见，请与我单位联系，以便进一步改进工作。")[0]


def test_a_predicate_of_degree_opens_no_subject() -> None:
    (m,) = measures_with_entities("一、继续加大财政对工业的扶持力度")
    assert not any(a["text"].endswith("财政") for a in m["actors"])
    (m,) = measures_with_entities("各市、县(市、区)相应加大财政对工业的投入。")
    assert not any("加大" in a["text"] for a in m["actors"])


def test_closing_lines_fields_lead_ins_and_table_titles_are_no_measures() -> None:
    for line in (
        "专此批复。",
        "主动公开",
        "完成时限：2021年9月上旬前完成",
        "实现今年目标任务，重点做好七个方面工作。",
        "2024年政府工作报告主要工作任务分解表",
    ):
        assert not is_measure(line)[0], line
    assert not is_measure("（三）创建形式。", heading=True)[0]


def test_a_leader_note_line_labelled_qiantou_fuze_lingdao_names_the_lead() -> None:
    text = "1﹒全省生产总值增长7%以上，在实际工作中力争更好结果。\n牵头负责领导：刘惠。\n"
    ms = measures_with_entities(text)
    assert [m["text"][:4] for m in ms] == ["1﹒全省"]
    assert ("刘惠", "lead") in roles(ms[0])


def test_a_duty_note_with_a_remark_after_a_full_stop_still_assigns_its_item() -> None:
    text = (
        "1.做强产业链群。深入开展万人助万企活动。(市工业和信息化局、发展改革委按职责分工负责。"
        "以下均需各县区政府落实,不再列出)\n2.抢占产业发展新赛道。\n"
    )
    ms = measures_with_entities(text)
    assert [m["text"] for m in ms][:2] == ["1.做强产业链群。", "深入开展万人助万企活动。"]
    assert ("市工业和信息化局", "lead") in roles(ms[0])
    assert not any("按职责分工负责" in m["text"] for m in ms)


def test_the_bodies_under_whose_leadership_work_is_done_lead() -> None:
    (m,) = measures_with_entities(
        "近年来，在区委、区政府的领导下，全区深入实施发展战略，加快工业发展。"
    )
    assert roles(m) == [("区委", "lead"), ("区政府", "lead")]


def test_a_person_put_in_charge_by_name_leads_and_a_members_proposal_praised_is_no_measure() -> (
    None
):
    (m,) = measures_with_entities(
        "由吴继德副市长负责，市建委牵头，相关部门配合，尽快完善前期工作。"
    )
    assert ("吴继德", "lead") in roles(m) and ("市建委", "lead") in roles(m)
    (m,) = measures_with_entities("邀请张三委员参加座谈会，推进产业招商。")
    assert not any(a["text"] == "张三" for a in m["actors"])
    assert not is_measure("王某委员关于统筹推进产业招商等建议契合当前实际、针对性强。")[0]


def test_rationales_definitions_receipts_and_reported_growth_are_no_measures() -> None:
    for line in (
        "开展智慧旅游沉浸式体验新空间培育试点工作有利于引导场景应用创新发展；",
        "智慧旅游沉浸式体验新空间是指依托旅游景区等场所形成的新空间。",
        "收到建议后，我局高度重视，指派相关处室研究办理。",
        "全区工业总产值从2009年的33.82亿元提升至2013年的84.6亿元。",
        "本指引共包含16个申报领域、52个申报方向。",
        "坚持协同联动，加快建设数智贵州，制定本工作要点。",
    ):
        assert not is_measure(line)[0], line
    # a definition that sets a requirement, a rationale after an action and a target stay
    assert is_measure("物流园区是指以仓储为核心功能的园区，库容面积原则上应不小于2万平方米。")[0]
    assert is_measure("加快建设数字经济示范园区，有利于产业集聚。")[0]
    assert is_measure("到2025年产值从2020年的100亿元提升至2025年的200亿元。")[0]


def test_quality_adverbs_money_handed_over_and_numbered_targets() -> None:
    assert is_measure("2.高标准创建产业平台。")[0]
    assert not is_measure("2.星河产业园区。")[0]
    assert is_measure("第二年按县享部分的40%奖励给企业；")[0]
    assert not is_measure("符合条件的高新技术企业；")[0]
    ms = measures("二、主要目标\n1.全县生产总值增长7.5%左右；\n")
    assert [m["text"] for m in ms] == ["1.全县生产总值增长7.5%左右；"]


def test_a_documents_own_first_unit_leads_rule_applies_to_its_notes() -> None:
    text = (
        "1、加快构建环湖旅游快速通道。(省发改委、省交通运输厅、省财政厅负责。列第一位的为牵头部门,下同)\n"
        "2、加快国省道升级改造。(省发改委、省交通运输厅负责)\n"
    )
    ms = measures_with_entities(text)
    assert [roles(m) for m in ms] == [
        [("省发改委", "lead"), ("省交通运输厅", "participate"), ("省财政厅", "participate")],
        [("省发改委", "lead"), ("省交通运输厅", "participate")],
    ]


def test_a_places_size_or_a_bureaus_money_as_subject_is_no_acting_body() -> None:
    (m,) = measures_with_entities("会昌工业园区批准面积从367.06公顷调整为465.58公顷。")
    assert not any(a["role"] == "lead" for a in m["actors"])
    (m,) = measures_with_entities("省财政示范创建资金要集中用于解决产业发展的短板。")
    assert not any(a["role"] == "lead" for a in m["actors"])
    (m,) = measures_with_entities("省财政厅要加强资金保障。")
    assert roles(m) == [("省财政厅", "lead")]


def test_a_hope_opens_no_subject() -> None:
    (m,) = measures_with_entities("希望受表彰的企业进一步解放思想，深化制度创新，加快转型升级。")
    assert not any(a["role"] == "lead" for a in m["actors"])


def test_a_note_with_square_inner_brackets_and_a_remark_after_a_full_stop() -> None:
    text = "建设区域算力中心。(责任单位:省通信管理局、省发改委,各市〔州〕工信部门。其余任务同此,不再列出)"
    (note,) = find_notes(text)
    assert [(text[a:b], r) for a, b, r in note.units] == [
        ("省通信管理局", "lead"),
        ("省发改委", "participate"),
        ("各市〔州〕工信部门", "participate"),
    ]
    # a note without a remark keeps all its units
    text = "建设区域算力中心。(责任单位:省通信管理局、省发改委)"
    (note,) = find_notes(text)
    assert [(text[a:b], r) for a, b, r in note.units] == [
        ("省通信管理局", "lead"),
        ("省发改委", "participate"),
    ]


def test_a_section_heading_between_task_table_rows_is_in_no_row() -> None:
    text = (
        "任务\n牵头\n部门\n配合\n部门\n实施\n主体\n"
        "（一）\n改善城乡供水环境\n"
        "1、更新老旧供水管网\n（1）改造供水管网50公里。\n完成改造20公里。\n"
        "供水管理处\n各相关部门和单位\n各区\n"
        "（2）建设智慧水表1万只。\n"
        "（二）提升排水防涝能力\n"
        "2、治理城市积水点\n（3）改造积水点30个。\n"
        "排水管理处\n各相关部门和单位\n各区\n"
    )
    ms = measures(text, [], ["各相关部门和单位", "各区", "各相关部门和单位", "各区"])
    leads = {m["text"]: [a for a, r in roles(m) if r == "lead"] for m in ms}
    assert leads["改善城乡供水环境"] == []
    assert leads["（二）提升排水防涝能力"] == []
    # the rows keep their cells, merged rows included
    assert leads["完成改造20公里。"] == ["供水管理处"]
    assert leads["（2）建设智慧水表1万只。"] == ["供水管理处"]
    assert leads["（3）改造积水点30个。"] == ["排水管理处"]


def test_an_items_first_subject_leads_its_other_sentences_unless_bound_by_a_duty() -> None:
    def second(text: str, ents: list[tuple[str, str]], groups: tuple[str, ...] = ()) -> list[str]:
        ms = measures(text, ents, list(groups))
        return [a for a, r in roles(ms[2]) if r == "lead"]

    # a body that acts leads the item (as X负责… does)
    text = "一、重点任务\n（一）统筹水网建设\n市水务局统筹推进水网规划。定期开展规划评估。\n"
    assert second(text, [("市水务局", "ORG")]) == ["市水务局"]
    text = "一、重点任务\n（一）统筹水网建设\n市水务局负责水网规划。定期开展规划评估。\n"
    assert second(text, [("市水务局", "ORG")]) == ["市水务局"]
    # a body under a duty and a regulated party bind their own sentence only
    text = "一、重点任务\n（一）统筹水网建设\n市水务局应加强水网规划。定期开展规划评估。\n"
    assert second(text, [("市水务局", "ORG")]) == []
    text = "一、重点任务\n（一）加强供水安全\n供水企业加强管网巡查。定期开展隐患排查。\n"
    assert second(text, [], ("供水企业",)) == []


def test_a_place_written_before_another_name_modifies_it() -> None:
    (m,) = measures(
        "2020年,湖南省株洲市被确定为国家级试点城市。", [("湖南省", "GPE"), ("株洲市", "GPE")]
    )
    assert roles(m) == [("株洲市", "lead")]
    # a list of places keeps every place
    (m,) = measures("湖南省、江西省联合开展流域治理。", [("湖南省", "GPE"), ("江西省", "GPE")])
    assert roles(m) == [("湖南省", "lead"), ("江西省", "lead")]


def test_a_body_that_approves_is_no_lead() -> None:
    text = "《全市物流发展规划》已于2021年3月经市政府批准印发，市商务局负责组织实施。"
    (m,) = measures(text, [("市政府", "ORG"), ("市商务局", "ORG")])
    assert roles(m) == [("市政府", "participate"), ("市商务局", "lead")]
    text = "经县政府分管领导同意，对新认定的龙头企业给予奖补。"
    (m,) = measures(text, [("县政府", "ORG")])
    assert roles(m) == [("县政府", "participate")]
    text = "经市委、市政府同意，由市工信局建立产业链链长制。"
    (m,) = measures(text, [("市委", "ORG"), ("市政府", "ORG"), ("市工信局", "ORG")])
    assert roles(m) == [("市委", "participate"), ("市政府", "participate"), ("市工信局", "lead")]
    # 经X审核 / 经X研究: X examines and decides, it leads
    (m,) = measures("申报材料经市科技局审核后公布名单。", [("市科技局", "ORG")])
    assert roles(m) == [("市科技局", "lead")]


def test_a_body_named_by_few_of_an_items_sentences_does_not_lead_its_heading() -> None:
    ents = [("市医保局", "ORG")]
    text = (
        "一、总体要求\n（二）完善待遇保障\n市医保局要严格执行支付标准。\n"
        "加强三重保障制度衔接。\n全面落实门诊统筹政策。\n完善医疗救助制度。\n"
    )
    by_text = {m["text"]: roles(m) for m in measures(text, ents)}
    assert by_text["市医保局要严格执行支付标准。"] == [("市医保局", "lead")]
    assert by_text["（二）完善待遇保障"] == []
    # a body named by half or more of them still leads it
    text = "一、总体要求\n（二）完善待遇保障\n市医保局严格执行支付标准。\n加强三重保障制度衔接。\n"
    by_text = {m["text"]: roles(m) for m in measures(text, ents)}
    assert by_text["（二）完善待遇保障"] == [("市医保局", "lead")]


def test_an_items_note_beats_a_subject_carried_from_an_earlier_sentence() -> None:
    ents = [("县财政", "ORG"), ("县农业农村局", "ORG")]
    text = (
        "1.壮大特色农业。县财政计划每年安排1亿元扶持特色农业。"
        "对新建冷链仓储设施给予补助。(责任部门:县农业农村局)\n"
    )
    by_text = {m["text"]: roles(m) for m in measures(text, ents)}
    assert by_text["对新建冷链仓储设施给予补助。"] == [("县农业农村局", "lead")]
    # the sentence that names the body keeps it
    assert ("县财政", "lead") in by_text["县财政计划每年安排1亿元扶持特色农业。"]
    # without a note the plan's subject still carries
    text = "1.壮大特色农业。县财政计划每年安排1亿元扶持特色农业。对新建冷链仓储设施给予补助。\n"
    by_text = {m["text"]: roles(m) for m in measures(text, ents[:1])}
    assert by_text["对新建冷链仓储设施给予补助。"] == [("县财政", "lead")]


def test_those_who_take_part_and_assist_participate() -> None:
    text = "规划编制应充分听取意见，设计单位、科研院所应积极参与配合。"
    (m,) = measures(text, [], ["设计单位", "科研院所"])
    assert roles(m) == [("设计单位", "participate"), ("科研院所", "participate")]
    # X应配合Y…: Y still leads
    (m,) = measures("各区应积极配合市水务局开展排查。", [("市水务局", "ORG")], ["各区"])
    assert roles(m) == [("各区", "participate"), ("市水务局", "lead")]


def test_a_places_economic_figures_as_subject_are_no_acting_body() -> None:
    text = "今后三年，皖北工业增加值年均增长8%以上。"
    (m,) = measures(text, [("皖北", "GPE")])
    assert not any(a["role"] == "lead" for a in m["actors"])
    (m,) = measures("到2027年，皖北一般公共预算收入达到500亿元以上。", [("皖北", "GPE")])
    assert not any(a["role"] == "lead" for a in m["actors"])
    # the place that acts still leads
    (m,) = measures("今后三年，皖北加快建设先进制造业基地。", [("皖北", "GPE")])
    assert roles(m) == [("皖北", "lead")]


def test_a_leader_column_leads_with_the_first_unit_when_no_column_is_qiantou() -> None:
    text = (
        "序号 | 工作任务 | 责任领导 | 责任单位 |\n"
        "1 | 完成城区供水管网改造30公里。 | 李建华 | 县水务局、县财政局 |\n"
    )
    ents = [("李建华", "PERSON"), ("县水务局", "ORG"), ("县财政局", "ORG")]
    (m,) = measures(text, ents)
    assert sorted(roles(m)) == [
        ("县水务局", "lead"),
        ("县财政局", "participate"),
        ("李建华", "lead"),
    ]
    # beside a 牵头单位 column the units' columns decide; the leader is no unit
    text = (
        "序号 | 工作任务 | 牵头单位 | 配合单位 | 责任领导 |\n"
        "1 | 完成城区供水管网改造30公里。 | 县水务局 | 县财政局 | 李建华 |\n"
    )
    (m,) = measures(text, ents)
    assert sorted(roles(m)) == [("县水务局", "lead"), ("县财政局", "participate")]


def test_a_place_naming_the_field_work_or_event_of_the_sentence_does_not_act() -> None:
    text = "2026年滨江亚运会期间，供电企业要提高保电等级。"
    (m,) = measures(text, [("滨江", "GPE")], ["供电企业"])
    assert roles(m) == [("供电企业", "lead")]
    text = "滨江区城市更新工作坚持规划引领，完成老旧小区改造20个。"
    (m,) = measures(text, [("滨江区", "GPE")])
    assert not any(a["role"] == "lead" for a in m["actors"])
    # the place that acts still leads, a verb before 工作 included
    text = "滨江区结合招商引资工作，完成老旧厂房改造20个。"
    (m,) = measures(text, [("滨江区", "GPE")])
    assert roles(m) == [("滨江区", "lead")]


def test_a_chapter_heading_between_task_table_rows_is_in_no_row() -> None:
    text = (
        "序号\n主要工作举措\n牵头单位\n配合单位\n"
        "一、壮大特色产业\n1\n建设蔬菜产业园3个。\n区农业局\n各镇政府\n"
        "二、改善营商环境\n2\n完成企业开办全程网办。\n区政务服务局\n各相关部门\n"
    )
    ms = measures(text, [("区农业局", "ORG"), ("区政务服务局", "ORG")], ["各镇政府", "各相关部门"])
    leads = {m["text"]: [a for a, r in roles(m) if r == "lead"] for m in ms}
    assert leads["一、壮大特色产业"] == []
    assert leads["二、改善营商环境"] == []
    assert leads["建设蔬菜产业园3个。"] == ["区农业局"]
    assert leads["完成企业开办全程网办。"] == ["区政务服务局"]


def test_a_lead_cue_inside_a_quoted_slogan_names_a_mechanism() -> None:
    text = "市政府调整了链长，形成“链长牵头抓总、专班分块负责”的工作机制。"
    (m,) = measures(text, [("市政府", "ORG")], ["链长", "链长", "专班"])
    assert [a for a, r in roles(m) if r == "lead"] == ["市政府"]
    # outside quotes the cue still makes a lead
    (m,) = measures("链长牵头抓总，研究解决产业链重大问题。", [], ["链长"])
    assert roles(m) == [("链长", "lead")]


def test_now_before_a_subject_is_skipped() -> None:
    (m,) = measures("现县政府决定，授予10家企业“优秀民营企业”称号。", [("县政府", "ORG")])
    assert roles(m) == [("县政府", "lead")]
    # a verb ending in 现 (实现) is no time word: its object does not act
    (m,) = measures("加快实现县政府与企业数据互通共享。", [("县政府", "ORG")])
    assert ("县政府", "lead") not in roles(m)


def test_subjects_after_a_clause_of_time_in_principle_and_of_markets_lead() -> None:
    # a clause that only sets the time leaves the firm after it the acting subject
    (m,) = measures_with_entities(
        "需求响应结束后，国网天津市电力公司对用户响应时段监测负荷进行冻结。"
    )
    assert ("国网天津市电力公司", "lead") in roles(m)
    # a duty in principle: 各地原则上要…
    (m,) = measures_with_entities("各地原则上要按月组织开展合同转让交易。")
    assert roles(m)[0] == ("各地", "lead")
    # regions as a class and users of a market act under a duty
    (m,) = measures_with_entities("有条件的地区可开展分时段交易试点。")
    assert ("有条件的地区", "lead") in roles(m)
    (m,) = measures_with_entities("用户应按照系统填报内容执行需求响应。")
    assert roles(m) == [("用户", "lead")]
    # cooperating with a named firm: the firm leads (协助企业申报: the firms are helped)
    (m,) = measures_with_entities("未安装终端的用户需配合国网天津市电力公司提前安装。")
    assert ("国网天津市电力公司", "lead") in roles(m)
    (m,) = measures_with_entities("协助企业申报高新技术企业。")
    assert ("企业", "lead") not in roles(m)


def test_scheme_part_headings_table_pointers_captions_and_the_rules_own_making_are_no_measures() -> (
    None
):
    for heading in (
        "（一）实施时间及规模",
        "（二）用户参与条件",
        "四、补贴价格",
        "二、参与用户资格",
    ):
        assert not is_measure(heading, heading=True)[0], heading
    assert is_measure("（三）完善认定标准", heading=True)[0]
    for line in (
        "补贴价格及响应时间如表1所示。",
        "响应效果评估与补贴发放流程图见附录3。",
        "表2 2021年春节期间需求响应补贴价格系数",
        "为提高申报响应量准确性，特制订如下规则：",
        "为组织做好需求响应工作，结合天津市实际，特制订本实施细则。",
    ):
        assert not is_measure(line)[0], line
    assert is_measure("表彰先进企业。")[0]


def test_parties_put_in_charge_of_settling_something_lead() -> None:
    (m,) = measures_with_entities("价格浮动比例由购售电双方协商确定，并执行相关标准。")
    assert roles(m) == [("购售电双方", "lead")]
    (m,) = measures_with_entities("交易均应由购买方和发电企业签订双边中长期交易合同。")
    assert [a for a, r in roles(m) if r == "lead"] == ["购买方", "发电企业"]
    (m,) = measures_with_entities("优先发电企业也需参照相关要求，由电网企业与用户签订合同。")
    assert ("电网企业", "lead") in roles(m)


def test_widening_narrowing_and_tightening_are_actions() -> None:
    for heading in ("四、拉大峰谷差价", "（二）缩小城乡收入差距", "（八）严格市场注册管理。"):
        assert is_measure(heading, heading=True)[0], heading


def test_bodies_of_a_rule_act_under_powers_duties_and_labels() -> None:
    cases = [
        ("符合参保条件的新生儿，市医保部门将自动办理续保。", "市医保部门"),
        ("市区财政部门按规定和程序做好经费保障工作。", "市区财政部门"),
        ("具体减收标准由市卫生健康行政主管部门另行制定。", "市卫生健康行政主管部门"),
        ("公立医院对持优待凭证的老年人应当减收普通门诊诊查费。", "公立医院"),
        ("适配前专业评估：定点康复机构按照业务要求开展适配评估。", "定点康复机构"),
        ("有条件的区可根据本地实际，适当增加服务品种。", "有条件的区"),
        (
            "骗取住房保障行为一经查实的，市住房保障办公室、区住房保障部门可依法将违规信息纳入信用记录。",
            "区住房保障部门",
        ),
    ]
    for text, lead in cases:
        ms = measures_with_entities(text)
        assert ms, text
        assert (lead, "lead") in roles(ms[0]), (text, roles(ms[0]))


def test_a_short_heading_naming_a_step_of_a_procedure_is_no_measure() -> None:
    for heading in ("（一）需求评估。", "（六）保修服务。", "（一）项目申报", "（二）项目批复"):
        assert not is_measure(heading, heading=True)[0], heading
    # an action or manner word before the step, or two steps, still instruct
    for heading in (
        "（二）强化要素保障",
        "(一)项目持续开放。",
        "（三）评价验收。",
        "（三）人才培养",
    ):
        assert is_measure(heading, heading=True)[0], heading
    # steps joined by 与 name the part together; a two-word step (挂牌交易) is one step
    for heading in ("五、项目申报与管理", "（四）适应性训练。", "（二）年度挂牌交易。"):
        assert not is_measure(heading, heading=True)[0], heading
    assert is_measure("（二）加强监管与服务", heading=True)[0]


def test_a_standing_clause_on_later_policy_changes_is_no_measure() -> None:
    assert not is_measure("如遇国家政策调整，按照国家最新政策执行。")[0]
    assert is_measure("对新建项目给予补贴，最高500万元。")[0]


def test_the_body_put_in_charge_ends_in_a_body_word_so_a_cue_inside_it_does_not_cut_it() -> None:
    cases = [
        ("由区级残联组织与定点康复机构直接结算。", "区级残联组织"),
        ("跨盟市项目由相关盟市能源主管部门联合组织申报。", "相关盟市能源主管部门"),
        ("绿电直连项目是同一投资主体的，由项目公司进行申报；", "项目公司"),
        ("由市工信局会同市财政局组织实施。", "市工信局"),
    ]
    for text, lead in cases:
        (m,) = measures_with_entities(text)
        assert (lead, "lead") in roles(m), (text, roles(m))


def test_a_subject_framed_by_whose_organisation_or_when_still_acts() -> None:
    cases = [
        ("参与竞价的用户在竞价活动开始前，必须认真阅读竞价规则。", "参与竞价的用户"),
        ("交易机构在各试点地区第一责任部门组织下，具体实施市场注册管理。", "交易机构"),
        ("燃煤燃气自备电厂应足额清缴政府性基金及附加。", "燃煤燃气自备电厂"),
    ]
    for text, lead in cases:
        (m,) = measures_with_entities(text)
        assert (lead, "lead") in roles(m), (text, roles(m))


def test_joint_building_gathering_talent_and_relief_act_while_a_field_heading_names_a_part() -> (
    None
):
    for heading in ("六、共建科技研发和中试基地。", "（九）聚力引才引智。"):
        assert is_measure(heading, heading=True)[0], heading
    assert is_measure("救助符合条件的患病妇女520名。")[0]
    assert not is_measure("二、京津冀协同发展方面", heading=True)[0]
