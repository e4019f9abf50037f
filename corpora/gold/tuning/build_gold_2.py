"""Build the gold JSON of tuning documents 04-07 from hand-made annotation tables.

Same method as build_gold.py (whose helpers are reused): entity surfaces/labels and measure
labels were decided by hand following GUIDELINES.md, without running policytext on these
files; this script only computes offsets. Entity tables may name occurrences to leave out
(SKIP: surface -> 0-based indices among the occurrences found), for a surface that is a
plain class noun at one place and a designation at another. Run from anywhere:
    python corpora/gold/tuning/build_gold_2.py
"""

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_gold import CORPUS, HERE, build, find_entities, sentences  # noqa: E402,F401

S, E, D = "supply", "environment", "demand"
L, P, T = "lead", "participate", "target"


def build2(stem, ent_table, labels, expect, skip=None, notes=None):
    """build() plus SKIP handling and per-item 责任单位 notes.

    notes: {first_sentence_idx: (last_sentence_idx, [(actor, role), ...])} - the note's actors
    are appended to every labelled measure of that item (heading included)."""
    labels = dict(labels)
    for first, (last, acts) in (notes or {}).items():
        for i in range(first, last + 1):
            if i in labels:
                inst, sub, th, a = labels[i]
                labels[i] = (inst, sub, th, list(acts) + [x for x in a if x[0] not in {y[0] for y in acts}])
    out = build(stem, ent_table, labels, expect)
    if skip:
        text = (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")
        drop = set()
        for surface, idxs in skip.items():
            occ = [e[0] for e in out["entities"] if e[3] == surface]
            for k in idxs:
                drop.add((occ[k], surface))
        out["entities"] = [e for e in out["entities"] if (e[0], e[3]) not in drop]
        import json
        (HERE / f"{stem}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        assert all(text[e[0]:e[1]] == e[3] for e in out["entities"])
    return out


# ---------------------------------------------------------------- 04 Hebei steel measures (冀政办字〔2023〕122号)
DOC4 = "04_hebei_gangtie-hangye-chuangxin-fazhan-ruoganchuoshi"
ENT4 = [
    ("河北省人民政府办公厅", "ORG"), ("雄安新区管委会", "ORG"), ("省政府", "ORG"), ("省国资委", "ORG"),
    ("省科技厅", "ORG"), ("省工业和信息化厅", "ORG"), ("省发展改革委", "ORG"), ("省教育厅", "ORG"),
    ("省生态环境厅", "ORG"), ("省人力资源社会保障厅", "ORG"), ("省税务局", "ORG"), ("省财政厅", "ORG"),
    ("省地方金融监管局", "ORG"), ("国家金融监督管理总局河北监管局", "ORG"), ("中国人民银行河北省分行", "ORG"),
    ("河北证监局", "ORG"), ("河北省钢铁实验室", "ORG"), ("河北省钢铁行业数字化转型联盟", "ORG"),
    ("钢铁行业绿色化转型联盟", "ORG"), ("钢铁行业技术创新专家服务团", "ORG"),
    ("河北省支持钢铁行业创新发展若干措施", "PROGRAM"), ("河北省支持钢铁行业创新发展的若干措施", "PROGRAM"),
    ("研发投入“三年上、五年强”专项行动", "PROGRAM"), ("制造业创新中心", "PROGRAM"), ("国家制造业创新中心", "PROGRAM"),
    ("技术创新示范企业", "PROGRAM"), ("全国重点实验室", "PROGRAM"), ("国家产业技术基础公共服务平台", "PROGRAM"),
    ("河北省大型科研仪器设备资源开放共享服务平台", "PROGRAM"), ("揭榜挂帅", "PROGRAM"), ("制造业单项冠军", "PROGRAM"),
    ("钢铁行业先进工艺技术装备推荐目录", "PROGRAM"), ("工业创新示范项目", "PROGRAM"),
    ("钢铁行业数字化转型领航企业", "PROGRAM"), ("绿色工厂", "PROGRAM"), ("环保A级企业", "PROGRAM"),
    ("先进制造业企业名单", "PROGRAM"), ("三免三减半", "PROGRAM"),
    ("定州", "GPE"), ("辛集市", "GPE"), ("京津冀", "GPE"), ("京津", "GPE"), ("河北", "GPE"),
]
# 制造业创新中心 in the list of carrier types (sentence 14) is a class noun, not the designation
SKIP4 = {"制造业创新中心": [0]}
NOTE_A = [("省科技厅", L), ("省工业和信息化厅", P), ("省国资委", P)]
NOTE_B = [("省工业和信息化厅", L), ("省发展改革委", P), ("省科技厅", P)]
NOTE_C = [("省科技厅", L), ("省工业和信息化厅", P), ("省发展改革委", P)]
NOTES4 = {
    9: (11, NOTE_A), 13: (18, NOTE_B), 20: (22, [("省工业和信息化厅", L)]),
    25: (26, [("省科技厅", L), ("省工业和信息化厅", P)]),
    28: (31, [("省科技厅", L), ("省教育厅", P), ("省工业和信息化厅", P)]),
    34: (36, NOTE_C), 38: (44, NOTE_B), 46: (50, NOTE_C), 53: (55, NOTE_B), 57: (59, NOTE_B),
    61: (66, NOTE_B + [("省生态环境厅", P)]),
    69: (74, [("省人力资源社会保障厅", L), ("省教育厅", P), ("省科技厅", P)]),
    76: (78, [("省教育厅", L), ("省人力资源社会保障厅", P)]),
    80: (83, [("省税务局", L), ("省财政厅", P), ("省科技厅", P), ("省生态环境厅", P), ("省工业和信息化厅", P)]),
    85: (90, [("国家金融监督管理总局河北监管局", L), ("中国人民银行河北省分行", P), ("省财政厅", P),
              ("河北证监局", P), ("省地方金融监管局", P)]),
}
TECH, FUND, TAL = (S, "科技支持", "T3"), (S, "资金投入", "T6"), (S, "人才培养", "T7")
TAX, FIN = (E, "税收优惠", "T6"), (E, "金融支持", "T6")
PLAN5 = (E, "目标规划", "T5")
LAB4 = {
    8: (*TECH, []),
    9: (*TECH, [("企业", T)]),
    10: (*FUND, [("钢铁企业", T)]),
    11: (E, "目标规划", "T3", []),
    13: (*TECH, []),
    14: (*TECH, [("企业", T)]),
    15: (*FUND, [("钢铁企业", T)]),
    16: (*FUND, []),
    17: (*FUND, []),
    18: (*FUND, []),
    20: (*TECH, []),
    21: (S, "公共服务", "T3", []),
    22: (E, "策略性措施", "T2", []),
    24: (*TECH, []),
    25: (*TECH, []),
    26: (*TECH, []),
    28: (S, "公共服务", "T3", []),
    29: (S, "公共服务", "T3", []),
    30: (*FUND, [("拥有单位", T)]),
    31: (*FUND, [("钢铁企业", T)]),
    33: (*TECH, []),
    34: (*TECH, []),
    35: (*TECH, [("龙头企业", T), ("高等学校", T), ("科研院所", T), ("创新联合体", T)]),
    36: (*FUND, [("实施主体", T)]),
    38: (*PLAN5, []),
    39: (*PLAN5, []),
    40: (*PLAN5, [("企业", T)]),
    41: (*PLAN5, []),
    42: (*TECH, [("线棒材生产企业", T)]),
    43: (*PLAN5, [("企业", T)]),
    44: (*FUND, [("钢铁企业", T)]),
    46: (*TECH, []),
    47: (D, "示范推广", "T3", []),
    48: (E, "目标规划", "T3", []),
    49: (E, "策略性措施", "T3", []),
    50: (*TECH, [("钢铁企业", T)]),
    52: (*TECH, []),
    53: (*TECH, []),
    54: (D, "示范推广", "T5", [("企业", T)]),
    55: (*TECH, [("钢铁企业", T)]),
    57: (S, "科技支持", "T10", []),
    58: (S, "科技支持", "T10", [("河北省钢铁行业数字化转型联盟", P), ("智能制造系统解决方案服务商", T)]),
    59: (E, "目标规划", "T10", []),
    61: (S, "科技支持", "T9", []),
    62: (E, "策略性措施", "T9", []),
    63: (E, "目标规划", "T9", []),
    64: (E, "目标规划", "T9", [("钢铁企业", T)]),
    65: (E, "法规管制", "T9", []),
    66: (E, "目标规划", "T9", [("钢铁企业", T)]),
    68: (E, "目标规划", "T2", []),
    69: (*TAL, []),
    70: (*TAL, [("钢铁企业", T)]),
    71: (*TAL, [("钢铁企业", T)]),
    72: (*TAL, []),
    73: (*TAL, [("企业", T)]),
    74: (*TAL, []),
    76: (*TAL, []),
    77: (*TAL, [("高校", T)]),
    78: (*TAL, [("职业院校", T)]),
    80: (*TAX, []),
    81: (*TAX, [("钢铁企业", T)]),
    82: (*TAX, [("钢铁企业", T)]),
    83: (*TAX, [("钢铁企业", T)]),
    85: (*FIN, []),
    86: (*FIN, [("开发性、政策性金融机构", T)]),
    87: (*FIN, [("金融机构", T)]),
    88: (*FIN, [("金融机构", T)]),
    89: (*FIN, [("证券公司", T), ("资产管理公司", T), ("投资公司", T), ("股权投资基金", T), ("产业投资基金", T)]),
    90: (*FIN, [("钢铁企业", T)]),
}
EXP4 = {8: "一、强化企业", 9: "（一）鼓励", 14: "支持企业完善", 20: "（三）优化", 24: "二、强化创新", 34: "（一）实施关键",
        38: "（二）全面提升", 46: "（三）加快创新", 52: "四、", 57: "（二）推进数字", 61: "（三）推进绿色", 68: "五、",
        69: "（一）优化人才", 76: "（二）加强钢铁", 80: "（三）落实税收", 85: "（四）加大金融", 90: "鼓励钢铁企业直接"}

# ---------------------------------------------------------------- 05 Hebei list of SME service institutions (2024-03-01)
DOC5 = "05_hebei_youzhi-zhongxiaoqiye-fuwujigou-mingdan"
# the 128 listed institutions: companies are FIRM; institutes, universities, schools, centres and
# associations that are not companies are ORG
FIRMS5 = [
    '河北国维知识产权咨询有限公司', '快乐沃克人力资源股份有限公司', '河北兆功科技服务有限公司',
    '石家庄协达科技股份有限公司', '河北清旭科技服务有限公司', '石家庄瑞诺网络科技有限公司',
    '河北永琏信息科技有限公司', '河北冀联人力资源服务集团有限公司', '河北挚诚莱皓科技服务有限公司',
    '石家庄金友商软件有限公司', '河北翎贺计算机信息技术有限公司', '河北鸿华工程项目管理有限公司',
    '河北百展工程咨询有限公司', '石家庄蝶云科技有限公司', '国兴天择税务师事务所（河北）有限公司',
    '石家庄市鸿企合创商务信息咨询有限公司', '河北网新数字技术股份有限公司', '河北国瑞信息技术有限公司',
    '河北新世纪知识产权咨询服务有限公司', '河北百汇广联科技服务有限公司', '河北宗创科技有限公司',
    '河北傲灿科技有限公司', '石家庄国钺知识产权代理有限公司', '河北奇白信息技术有限公司',
    '中科国安河北信息技术有限公司', '中融科创信息技术河北有限公司', '河北鸿儒信息科技有限责任公司',
    '河北光之翼信息技术股份有限公司', '河北竞合科技服务有限公司', '河北智德检验检测股份有限公司',
    '河北建环能源科技有限公司', '河北俊采环境检测技术有限公司', '河北六点儿科技有限公司',
    '张家口般若海科技服务有限公司', '阳原县博达企业管理服务有限公司', '涿鹿科技园孵化器有限公司',
    '涿鹿县全民网络科技有限公司', '张家口市宣化合众智力咨询有限公司', '河北佳略企业管理咨询有限公司',
    '秦皇岛金联科技开发有限公司', '秦皇岛恒诚科技有限公司', '神州云盾信息安全有限公司',
    '唐山云时代科技服务有限公司', '唐山百川智能机器股份有限公司', '唐山云聚加速科技有限公司',
    '唐山卓泓科技咨询服务有限公司', '河北创客之家科技有限公司', '唐山蓝石企业管理咨询有限公司',
    '唐山创盈企业管理咨询有限公司', '唐山斯图尔德合同能源管理有限公司', '河北金卓颐高电子商务产业园有限公司',
    '唐山银耐联电子商务有限公司', '河北志晟信息技术股份有限公司', '廊坊市云动网络技术有限公司',
    '三河市正安检测检验有限公司', '廊坊市云谷科技孵化器股份有限公司', '河北盛世圆福项目管理集团有限公司',
    '廊坊市盛世宏基房地产评估有限公司', '兴远高科（三河）孵化器有限公司', '河北百纳信达科技有限公司',
    '保定市指南针市场调查传播咨询有限公司', '河北北方知识产权代理有限公司', '安国市天恩药材产品检测有限公司',
    '河北农富企业管理有限公司', '盛询科技集团有限公司', '河北标证信息科技有限公司',
    '保定开途信息咨询服务有限公司', '保定市科亚知识产权服务有限公司', '河北瑞春纺织科技有限公司',
    '保定新秀数字科技产业有限公司', '河北国瑞企业管理咨询有限公司', '沧州市商汇企业咨询有限公司',
    '河北新林坡孵化器股份有限公司', '衡水宏宇软件信息工程有限公司', '衡水浩源格局商学企业管理咨询有限公司',
    '衡水华商知识产权事务有限公司', '衡水誉国知识产权服务有限公司', '国兴大众税务师事务所（衡水）有限公司',
    '衡水创诚科技信息咨询有限公司', '衡水飞天文化传播有限公司', '河北安普检测技术服务有限公司',
    '邢台市锦泽软件开发有限公司', '邢台市盛龙连邦软件有限公司', '邢台博创科技企业孵化有限公司',
    '河北捷茂科技服务有限公司', '邯郸市科创一站式科技服务有限公司', '万钍集团有限公司',
    '河北太阳兄弟知识产权代理有限公司', '邯郸云计算中心有限公司', '河北恒丰思创科技项目咨询有限公司',
    '邯郸市金世达科技有限公司', '邯郸奇迅电子科技有限公司', '定州市朝晖创业辅导中心有限公司',
    '河北省自动化研究所有限公司', '河北诺亚人力资源发展集团有限公司', '石家庄高科银创科技金融服务有限公司',
    '承德中关村天合京津冀高新技术转化中心有限公司', '河北国控北方硅谷科技有限公司', '唐山动车城中小企业服务有限公司',
    '联城科技（河北）股份有限公司', '廊坊市生产力科技发展有限公司', '廊坊市城乡规划设计院有限公司',
    '廊坊永诚融资担保有限公司', '三河燕郊新技术创业服务有限公司', '保定中关村信息谷服务有限公司',
    '保定华电天德科技园有限公司', '信通院（河北）科技创新研究院有限公司', '沧州市智慧城市建设发展有限公司',
    '联通雄安产业互联网有限公司', '雄安威赛博智能科技有限公司', '雄安股权交易所股份有限公司',
]
ORGS5 = [
    '雄安新区未来工业设计研究院', '河北省电子信息技术研究院', '河北省产品质量监督检验研究院',
    '张家口市中小企业服务中心', '北京化工大学秦皇岛环渤海生物产业研究院', '唐山学院',
    '河北科技工程职业技术大学', '北京大学邯郸创新研究院', '邯郸职业技术学院',
    '秦皇岛金色未来培训学校', '河北省轴承产业技术研究院', '邢台市众联工业设计创新中心',
    '辛集市青年创业就业服务中心', '河北省中小企业协会', '河北省信息产业与信息化协会',
    '保定市企业家协会', '宁晋县电线电缆行业协会',
]
ENT5 = [(x, "FIRM") for x in FIRMS5] + [(x, "ORG") for x in ORGS5] + [
    ("河北省工业和信息化厅关于开展第一批优质中小企业服务机构征集遴选工作的通知", "PROGRAM"),
    ("河北省工业和信息化厅", "ORG"), ("雄安新区改革发展局", "ORG"),
    ("优质中小企业服务机构", "PROGRAM"), ("中小企业服务资源库", "PROGRAM"),
    ("定州", "GPE"), ("辛集市", "GPE"), ("河北省", "GPE"),
]
LAB5 = {2: (E, "策略性措施", "T4", [("河北国维知识产权咨询有限公司", T)])}
EXP5 = {2: "按照《河北省"}

DOCS = [(DOC4, ENT4, LAB4, EXP4, SKIP4, NOTES4), (DOC5, ENT5, LAB5, EXP5, None, None)]

if __name__ == "__main__":
    for stem, ent, lab, exp, skip, notes in DOCS:
        out = build2(stem, ent, lab, exp, skip, notes)
        print(stem, dict(Counter(e[2] for e in out["entities"])), len(out["measures"]), "measures")
