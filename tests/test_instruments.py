"""Policy-instrument classification: behaviour on written sentences, schemes, gold accuracy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import REPO, shared_path

from policytext.instruments import (
    Instrument,
    SchemeError,
    classify_many,
    classify_measure,
    instrument_confusion,
    load_scheme,
    score_instruments,
)

# One sentence per subtype (written for these tests), the expected subtype and evidence that
# must be among the reasons given.
CASES = [
    ("依托龙头企业建设省级制造业创新中心，开展关键核心技术攻关。", "科技支持", "创新中心"),
    ("支持高校开设集成电路相关专业，加快急需紧缺人才培养。", "人才培养", "人才"),
    ("市财政每年安排专项资金2亿元，对认定的企业给予最高200万元奖励。", "资金投入", "专项资金"),
    ("加快5G基站和千兆光网建设，布局建设一批数据中心。", "基础设施", "基站"),
    ("依托工业互联网公共服务平台为中小企业提供免费诊断咨询。", "公共服务", "诊断"),
    ("到2027年，全市软件业务收入达到1000亿元。", "目标规划", "到2027年"),
    ("鼓励银行扩大信用贷款投放，设立科技信贷风险补偿资金池。", "金融支持", "贷款"),
    ("落实研发费用加计扣除和高新技术企业所得税优惠政策。", "税收优惠", "加计扣除"),
    ("制定绿色建材地方标准，加强产品质量监管。", "法规管制", "监管"),
    ("成立由分管副市长任组长的领导小组，建立联席会议制度。", "策略性措施", "领导小组"),
    ("鼓励各级预算单位通过政府采购优先采购创新产品。", "政府采购", "政府采购"),
    ("开展新能源汽车示范应用，推广应用一批典型场景。", "示范推广", "推广应用"),
    ("组织企业参加国内专业展会和博览会，促进消费升级。", "市场开拓", "博览会"),
    ("推行政府购买服务，将检测评估业务外包给专业机构。", "服务外包", "外包"),
    ("支持企业参与一带一路建设，开拓境外市场。", "海外合作", "一带一路"),
]

TYPES = {
    "科技支持": "supply",
    "人才培养": "supply",
    "资金投入": "supply",
    "基础设施": "supply",
    "公共服务": "supply",
    "目标规划": "environment",
    "金融支持": "environment",
    "税收优惠": "environment",
    "法规管制": "environment",
    "策略性措施": "environment",
    "政府采购": "demand",
    "示范推广": "demand",
    "市场开拓": "demand",
    "服务外包": "demand",
    "海外合作": "demand",
}


@pytest.mark.parametrize(("text", "subtype", "word"), CASES)
def test_one_sentence_per_subtype(text: str, subtype: str, word: str) -> None:
    inst = classify_measure(text)
    assert (inst.type, inst.subtype) == (TYPES[subtype], subtype), inst
    assert word in inst.evidence
    assert all(e in text for e in inst.evidence)
    assert inst.score > 0 and inst.scores[subtype] == inst.score
    assert max(inst.scores.values()) == inst.score


def test_every_subtype_is_covered_by_the_cases_and_the_scheme() -> None:
    scheme = load_scheme()
    assert scheme.subtypes == TYPES
    assert {c[1] for c in CASES} == set(TYPES)


def test_money_precedence() -> None:
    # an award is 资金投入 whatever its topic; interest discounts and funds are 金融支持
    assert classify_measure("对获得中国专利奖的企业奖励100万元。").subtype == "资金投入"
    assert classify_measure("对企业新增贷款按LPR的50%给予贴息，最高500万元。").subtype == (
        "金融支持"
    )
    assert classify_measure("设立总规模50亿元的产业投资基金。").subtype == "金融支持"


def test_money_to_people_in_social_policy_is_funding() -> None:
    # rents waived, fees reimbursed or advanced, fares halved: money handed to people
    for text in (
        "经民政部门认定的特困人员，免交租金。",
        "由适配对象凭发票和相关证明材料到区级残联组织报销。",
        "年满60周岁的老年人乘坐公共汽车享受半价优惠。",
    ):
        assert classify_measure(text).subtype == "资金投入", text
    assert classify_measure("对符合条件的企业减免增值税。").subtype == "税收优惠"


def test_longer_keyword_hides_the_shorter_one() -> None:
    inst = classify_measure("建设产业公共服务平台。")
    assert inst.subtype == "公共服务"
    assert inst.evidence == ["公共服务平台"]  # not also 公共服务 and 服务平台


def test_default_and_context() -> None:
    inst = classify_measure("认真抓好落实。")
    assert (inst.subtype, inst.evidence, inst.score) == ("策略性措施", [], 0.0)
    with_ctx = classify_measure("认真抓好落实。", context="（十一）落实税收优惠政策")
    assert with_ctx.subtype == "税收优惠"
    # context counts less than the measure itself
    assert classify_measure("举办产品博览会。", context="加强人才培养").subtype == "市场开拓"


def test_to_dict_is_json_friendly() -> None:
    d = classify_measure("加快建设充电基础设施。").to_dict()
    assert set(d) == {"type", "subtype", "evidence"}
    assert json.loads(json.dumps(d, ensure_ascii=False)) == d


def test_classify_many() -> None:
    out = classify_many(["落实税收优惠政策。", "举办展会。"], contexts=["", ""])
    assert [i.subtype for i in out] == ["税收优惠", "市场开拓"]
    assert all(isinstance(i, Instrument) for i in out)
    with pytest.raises(ValueError, match="contexts"):
        classify_many(["a", "b"], contexts=["x"])


TOY = """\
# a two-type toy scheme
type\tsubtype\tkeyword\tweight
@name\ttoy
@default\trules
carrot\tmoney\t奖励\t2
carrot\tmoney\tre:\\d+万元\t1
stick\trules\t禁止\t2
stick\trules\t罚款\t2
"""


def test_user_scheme_swaps_the_classification(tmp_path: Path) -> None:
    path = tmp_path / "toy.tsv"
    path.write_text(TOY, encoding="utf-8")
    scheme = load_scheme(path)
    assert scheme.name == "toy"
    assert scheme.types == ["carrot", "stick"]
    assert scheme.subtypes == {"money": "carrot", "rules": "stick"}
    inst = classify_measure("对违规企业处以罚款，对守法企业奖励10万元。", scheme=scheme)
    assert inst.type in {"carrot", "stick"}
    assert inst.to_dict() == {"type": "carrot", "subtype": "money", "evidence": ["奖励", "10万元"]}
    assert classify_measure("禁止露天焚烧。", scheme=scheme).type == "stick"
    assert classify_measure("加强人才培养。", scheme=scheme).subtype == "rules"  # the default
    # the default scheme is untouched
    assert classify_measure("加强人才培养。").subtype == "人才培养"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("x\ta\t钱\n", "expected 4 tab-separated fields"),
        ("x\ta\t钱\tmany\n", "not a number"),
        ("x\ta\t钱\t1\ny\ta\t税\t1\n", "listed under"),
        ("x\ta\tre:([\t1\n", "bad regular expression"),
        ("@default\tzz\nx\ta\t钱\t1\n", "@default"),
        ("@colour\tred\nx\ta\t钱\t1\n", "unknown directive"),
        ("# only comments\n", "no keyword rows"),
    ],
)
def test_malformed_scheme_file(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SchemeError, match=message):
        load_scheme(path)


def test_malformed_scheme_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("# header\nx\ta\t钱\t1\nx\ta\t税\n", encoding="utf-8")
    with pytest.raises(SchemeError, match=r"bad\.tsv:3"):
        load_scheme(path)
    with pytest.raises(FileNotFoundError):
        load_scheme(tmp_path / "missing.tsv")


def test_demo_gold_accuracy() -> None:
    df = score_instruments(REPO / "corpora" / "gold" / "demo", by_doc=True)
    overall = df.iloc[-1]
    assert overall["doc"] == "ALL" and overall["n"] > 100
    assert overall["type_accuracy"] >= 0.80
    assert len(df) == 6
    table = instrument_confusion(REPO / "corpora" / "gold" / "demo")
    assert int(table.to_numpy().sum()) == overall["n"]


def test_seed_type_accuracy() -> None:
    gold = shared_path("gold")
    shared_path("gold", "000_c93ac4ef4cd0a078.json")
    df = score_instruments(gold, split="dev", by_doc=True).set_index("doc")
    assert df.loc["000_c93ac4ef4cd0a078", "type_accuracy"] >= 0.80
    assert df.loc["ALL", "type_accuracy"] >= 0.80


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("从事新闻信息服务的，须按照有关规定具备相应资质。", "法规管制"),
        ("对无力维护的账号要坚决关停。", "法规管制"),
        ("合理核定输配电价，逐步理顺电价形成机制。", "法规管制"),
        ("做准做精做细解读工作。", "策略性措施"),
        ("认真做好公众留言审看和处理反馈工作。", "公共服务"),
        ("为企业和群众提供更加便捷实用的移动服务。", "公共服务"),
    ],
)
def test_governance_vocabulary(text: str, subtype: str) -> None:
    assert classify_measure(text).subtype == subtype


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("增设玉米期货交易品种的时机已经成熟。", "金融支持"),
        ("对符合条件的项目，可列入国债专项予以支持。", "资金投入"),
        ("到2027年，全市新引进各类产业人才10万人。", "目标规划"),
    ],
)
def test_markets_bonds_and_dated_targets(text: str, subtype: str) -> None:
    assert classify_measure(text).subtype == subtype


def test_regulatory_facilitation_is_regulation_whatever_the_topic() -> None:
    for text in (
        "允许外资研发中心为外籍成员申请工作许可和工作类居留许可。",
        "优化科研物资通关和监管流程，给予检疫审批便利化安排。",
        "加强对各类市场主体商业秘密的司法保护，完善侵权诉讼程序。",
    ):
        got = classify_measure(text)
        assert (got.type, got.subtype) == ("environment", "法规管制"), (text, got.scores)


@pytest.mark.parametrize(
    "text",
    [
        "推动新能源上网电量参与市场交易，完善电力中长期市场交易规则。",
        "建立电力现货市场，完善辅助服务市场价格机制，日前市场出清不结算。",
        "由电网企业按月开展差价结算，结算费用纳入系统运行费用。",
        "建立健全人力资源服务机构信用记录，实行信用分类管理。",
        "落实外商投资国民待遇，保障外资企业平等参与标准制定。",
    ],
)
def test_market_rules_and_credit_are_regulation_not_market_expansion(text: str) -> None:
    got = classify_measure(text)
    assert (got.type, got.subtype) == ("environment", "法规管制"), (text, got.scores)
    # a fair or a consumption campaign still opens markets
    assert classify_measure("组织企业参加展会，开拓国内外市场。").subtype == "市场开拓"


def test_subsidies_tied_to_financial_products_are_finance() -> None:
    for text in (
        "支持融资租赁机构开发专项融资租赁产品，按年度实际投放融资金额的1%给予激励，"
        "单个机构年度激励金额不超过500万元。",
        "支持保险机构优化商业车险产品，对承保新车按照保费金额的10%给予保险机构激励，"
        "单个保险机构年度激励金额不超过500万元。",
    ):
        got = classify_measure(text)
        assert got.subtype == "金融支持", (text, got.scores)


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("引导人力资源服务机构依法依规有序承接政府人才服务项目。", "服务外包"),
        ("因地制宜建设人力资源服务业集聚区。", "基础设施"),
        ("主动为民营企业提供劳动保障法律服务。", "公共服务"),
        ("支持民营企业自主开展职业技能等级认定。", "法规管制"),
        ("推动企业建立健全体现技能价值激励导向的薪酬分配制度。", "策略性措施"),
        ("鼓励数字技术与人力资源管理服务深度融合，打造一体化数字平台。", "科技支持"),
    ],
)
def test_services_outsourced_clusters_legal_services_and_pay(text: str, subtype: str) -> None:
    got = classify_measure(text)
    assert got.subtype == subtype, (text, got.scores)


@pytest.mark.parametrize(
    "text",
    [
        "机动车道井盖井框处置，完成400个；",
        "投运无障碍低地板公交车400辆。",
        "金山铁路全天开行列车38对。",
    ],
)
def test_quantified_tasks_of_a_work_plan_are_targets(text: str) -> None:
    got = classify_measure(text)
    assert got.subtype == "目标规划", (text, got.scores)
    # a reported result of building infrastructure stays supply
    assert classify_measure("目前我市已建成2个行业级工业互联网平台。").type == "supply"


def test_talent_as_a_topic_yields_to_the_instrument() -> None:
    # 人才 names the topic of a measure that outsources government services
    got = classify_measure("引导人力资源服务机构依法依规有序承接政府人才服务项目。")
    assert got.subtype == "服务外包", got.scores
    assert (
        classify_measure("支持高校开设集成电路相关专业，加快急需紧缺人才培养。").subtype
        == "人才培养"
    )


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        # building and upkeep of grids are infrastructure, planning words notwithstanding
        ("统筹推进城市配电网规划建设，提高供电能力。", "基础设施"),
        ("优化农村电网改造投资管理。", "基础设施"),
        # works on buildings and urban facilities
        ("实施老城区雨污管线改造、背街小巷路面铺装等工程。", "基础设施"),
        # urban public works: water and drainage, pocket parks, housing stock, new public buildings
        ("推进泵站和雨水排水管道改造，提升区域排水能力。", "基础设施"),
        ("改建或新建5座口袋公园，完成老旧小区加装电梯100台。", "基础设施"),
        ("重点推进区体育中心新建工程。", "基础设施"),
        # urban renewal, river and wetland works, waste collection and treatment works
        ("重点推进老城厢片区更新，推进河湖水系生态治理和湿地修复。", "基础设施"),
        ("完善湿垃圾收运体系，加快推进干垃圾焚烧项目。", "基础设施"),
        # binding wording and the articles of a regulation are rules, whatever they regulate
        ("第十条 见习单位应当与见习人员签订见习协议，明确就业见习内容。", "法规管制"),
        ("申请认定的单位应当具有见习师资力量。", "法规管制"),
        # digital government systems are public information services; AI models are R&D
        ("建立全市统一的住房数据管理平台和数字底座。", "公共服务"),
        ("研发城市风险评估大模型和算法。", "科技支持"),
        # talent *work* is governed, talent is evaluated by rules
        ("健全党管人才领导体制，加强县级人才工作力量。", "策略性措施"),
        ("畅通企业人才评价渠道。", "法规管制"),
        # a demonstration zone to create is a designation; a market to cultivate is expanded
        ("大力支持某县创建国家全域旅游示范区。", "策略性措施"),
        ("培育数据要素市场。", "市场开拓"),
        # reorganising who manages a facility is coordination; tracing product data a service
        ("先行移交区水务部门管理的公共排水设施，建立移交底数清单。", "策略性措施"),
        ("对燃气调压器生产和销售单位实施产品质量安全信息追溯管理。", "公共服务"),
        # promoting a service provides it (not demonstration)
        ("推广上门办理燃气开户服务。", "公共服务"),
        ("推进不动产登记“一件事”联办。", "公共服务"),
        # technology put to work
        ("运用数字化技术和人工智能提升燃气管网巡查能力。", "科技支持"),
    ],
)
def test_grid_building_service_promotion_and_digital_technology(text: str, subtype: str) -> None:
    got = classify_measure(text)
    assert got.subtype == subtype, (text, got.scores)


def test_experts_consulted_are_a_method_not_talent() -> None:
    got = classify_measure("定性分析主要通过专家访谈、实地调研等方式开展。")
    assert got.subtype != "人才培养", got.scores
    assert classify_measure("引进高层次专家团队。").subtype == "人才培养"


@pytest.mark.parametrize(
    "text",
    [
        "政府投资项目应优先使用再生建材产品。",
        "国有资金投资的房屋建筑工程率先采用绿色建材。",
    ],
)
def test_public_money_buying_first_is_procurement(text: str) -> None:
    got = classify_measure(text)
    assert got.subtype == "政府采购", (text, got.scores)


def test_energy_consumed_is_no_consumer_market() -> None:
    assert classify_measure("项目年综合能源消费量不高于18万吨标准煤。").subtype != "市场开拓"
    assert classify_measure("扩大汽车消费，举办消费季活动。").subtype == "市场开拓"


def test_special_bonds_and_policy_financial_instruments_are_finance() -> None:
    got = classify_measure("2023年政府专项债储备额度45亿元以上，年度专项债资金使用完成率实现100%。")
    assert got.subtype == "金融支持", got.scores


def test_the_guiding_thought_paragraph_sets_aims() -> None:
    got = classify_measure(
        "坚持以习近平新时代中国特色社会主义思想为指导，扩大文旅消费，打造文旅品牌。"
    )
    assert got.subtype == "目标规划", got.scores


def test_employment_is_a_field_not_training() -> None:
    got = classify_measure(
        "实施民营经济发展行动，持续优化营商环境，支持民营企业开发更多岗位带动就业。"
    )
    assert got.subtype != "人才培养", got.scores
    assert classify_measure("开展农民工职业技能培训，促进就业。").subtype == "人才培养"


def test_flood_control_works_are_infrastructure() -> None:
    for text in (
        "完善汾河流域防洪工程体系。",
        "2022年汛前完成影响度汛安全的水毁工程修复。",
        "开工干流工程，包括上游宁武段、静乐段。",
    ):
        got = classify_measure(text)
        assert got.subtype == "基础设施", (text, got.scores)


def test_chief_systems_organise_and_water_networks_are_built() -> None:
    assert classify_measure("1.完善河湖长制组织体系。").subtype == "策略性措施"
    got = classify_measure("三是加快推进南水北调工程建设，实施中型灌区现代化改造项目。")
    assert got.subtype == "基础设施", got.scores


def test_roads_and_schools_being_built_are_infrastructure() -> None:
    for text in (
        "2017年开工建设鄱余高等级公路，加快国省道升级改造。",
        "完成吉水二中迁建项目，启动中心幼儿园改扩建，新增义务教育学位5500个。",
    ):
        got = classify_measure(text)
        assert got.subtype == "基础设施", (text, got.scores)


def test_a_pilot_on_its_own_designates_and_a_demonstration_of_use_promotes() -> None:
    assert (
        classify_measure("争取将成都市纳入国家要素市场化配置综合改革试点。").subtype == "策略性措施"
    )
    got = classify_measure("开展新能源汽车示范应用试点，推广应用新技术。")
    assert got.subtype == "示范推广", got.scores
