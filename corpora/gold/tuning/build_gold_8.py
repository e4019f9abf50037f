"""Build the gold JSON of tuning documents 20-23 from hand-made annotation tables.

Same method as build_gold.py / build_gold_2.py (whose helpers are reused: sentence split,
longest-first entity matching, SKIP handling and per-item notes): entity surfaces/labels and
measure labels were decided by hand following GUIDELINES.md, without running policytext on these
files and without reading its rules or lexicons; this script only computes offsets. Run from anywhere:
    python corpora/gold/tuning/build_gold_8.py
"""

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_gold_2 import build2  # noqa: E402

S, E, D = "supply", "environment", "demand"
L, P, T = "lead", "participate", "target"

# ---------------------------------------------------------------- 20 NDRC/NEA opinion on "获得电力" (发改能源规〔2025〕624号)
DOC20 = "20_ministries_fagaiwei-nengyuanju-huode-dianli-yongdian-yingshang-huanjing-yijian"
OLD20 = "国家发展改革委 国家能源局关于全面提升“获得电力”服务水平 持续优化用电营商环境的意见"
ENT20 = [
    # issuers (title wrapped over three lines: only the bodies are carried whole; 13/16 precedent) and the
    # signature, whose 国 家 能 源 局 keeps the page's spaces (scoring removes whitespace)
    ("国家发展改革委", "ORG"), ("国家能源局", "ORG"), ("国 家 能 源 局", "ORG"),
    # addressees: the XPCC's DRC and the Beijing commission are specific bodies; in 天津、上海、重庆市经信委
    # the elliptic members are places and the last one the body (02 precedent)
    ("新疆生产建设兵团发展改革委", "ORG"), ("北京市城市管理委", "ORG"), ("重庆市经信委", "ORG"),
    ("天津", "GPE"), ("上海", "GPE"),
    ("国家电网有限公司", "FIRM"), ("中国南方电网有限责任公司", "FIRM"), ("内蒙古电力（集团）有限责任公司", "FIRM"),
    ("党中央", "ORG"), ("国务院", "ORG"),
    # cited documents and laws in 《》, the named strategy (网络强国战略 precedent, quotes kept as a fragment of
    # the longer name), the attachment title (13 precedent); 国家能源局 inside 国家能源局（各）派出机构 stays ORG
    # (国务院 in 国务院有关部门 precedent). Not tagged: 习近平新时代…思想, 党的二十大 (ideology, congress), “三零”
    # “三省” “高效办成一件事” “获得电力” “枫桥经验” “一把手”工程 “两新” (slogans/concepts, 03 一网通办 precedent).
    (OLD20, "PROGRAM"), ("中华人民共和国能源法", "PROGRAM"), ("优化营商环境条例", "PROGRAM"),
    ("“四个革命、一个合作”能源安全新战略", "PROGRAM"), ("供电企业办理用电报装业务时限要求", "PROGRAM"),
]
SVC11, SVC10, SVC9 = (S, "公共服务", "T11"), (S, "公共服务", "T10"), (S, "公共服务", "T9")
RULE11, RULE1, RULE5, RULE2 = (E, "法规管制", "T11"), (E, "法规管制", "T1"), (E, "法规管制", "T5"), (E, "法规管制", "T2")
INF5, PLAN5, PLAN11 = (S, "基础设施", "T5"), (E, "目标规划", "T5"), (E, "目标规划", "T11")
ORG1 = (E, "策略性措施", "T1")
SE = "供电企业"
LOC = "地方能源（电力）主管部门"
PROV = "各省级能源（电力）主管部门"
NEA_OFF = "国家能源局派出机构"
LAB20 = {
    9: (*PLAN11, []),  # 指导思想 paragraph listing actions (03 precedent)
    10: (*PLAN11, []),
    11: (*PLAN11, []),  # dated target
    12: (*PLAN11, []),  # action section heading
    13: (*SVC11, []),
    14: (*SVC11, []),
    15: (*SVC11, [("各类民营经济组织", T), ("有条件的地区", T)]),
    16: (*SVC11, []),
    17: (*RULE11, []),  # time-limit rule
    18: (*RULE11, [(SE, L), (NEA_OFF, P), (LOC, P)]),  # 报送X备案: X participate (06 precedent)
    19: (*SVC11, []),
    20: (*SVC11, [("地方政府", L), (SE, P)]),  # 供电企业应配合地方政府…
    21: (*SVC11, []),
    22: (*SVC11, []),
    23: (*SVC11, [(SE, L)]),
    24: (*SVC11, []),
    25: (*SVC11, [(SE, L)]),
    26: (*SVC11, []),
    27: (*RULE2, [(PROV, L), (SE, T)]),  # capacity standard
    28: (*SVC11, [(SE, T)]),
    29: (*SVC11, []),
    30: (*SVC11, []),
    31: (*SVC11, [(LOC, L), ("相关部门", P)]),
    32: (*RULE11, []),
    33: (*RULE11, [("各地", L)]),
    34: (*RULE11, [("具备条件的地区", T)]),
    35: (*SVC11, []),
    36: (*SVC11, [(SE, L)]),
    37: (*SVC10, []),
    38: (*SVC10, []),
    39: (*SVC10, [(LOC, L)]),
    40: (*SVC10, [(SE, L)]),
    41: (*SVC10, [("具备条件的地区", T)]),
    42: (*SVC10, []),
    43: (S, "基础设施", "T10", [(SE, T)]),  # digital grid
    44: (*SVC10, [(SE, L)]),
    45: (*SVC10, []),
    46: (*SVC10, [(SE, L)]),
    47: (*PLAN5, []),
    48: (*INF5, []),
    49: (*PLAN5, []),
    50: (*PLAN5, [(LOC, L), (SE, T)]),
    51: (*RULE2, []),
    52: (*INF5, []),
    53: (*INF5, [(SE, L)]),
    54: (*RULE1, [("各省级电网企业", L), ("当地能源（电力）主管部门", P), (NEA_OFF, P)]),
    55: (*PLAN5, []),
    56: (*INF5, []),
    57: (D, "示范推广", "T5", [("有条件的地区", T)]),
    58: (*RULE1, []),
    59: (*SVC10, []),
    60: (*RULE1, []),
    61: (E, "策略性措施", "T1", [("有条件的地区", T)]),  # pilot
    62: (*INF5, []),
    63: (*INF5, []),
    64: (S, "科技支持", "T10", [(SE, L)]),
    65: (S, "科技支持", "T10", []),
    66: (*PLAN5, []),
    67: (*PLAN5, [(SE, L)]),
    68: (S, "科技支持", "T5", []),
    69: (*ORG1, []),
    70: (*ORG1, [("具备条件的城市", T)]),
    71: (*INF5, []),
    72: (*INF5, []),
    73: (*RULE5, [(SE, L)]),
    74: (*RULE1, []),
    75: (*RULE1, [(SE, L)]),
    76: (*RULE1, [(NEA_OFF, L)]),
    77: (E, "目标规划", "T9", []),
    78: (D, "示范推广", "T9", []),
    79: (S, "基础设施", "T9", []),
    80: (*SVC9, [(PROV, L), (SE, T)]),  # explicit 牵头; object of 组织 target
    81: (D, "市场开拓", "T9", []),
    82: (D, "市场开拓", "T9", [(SE, L), ("重点用能单位", T)]),
    83: (*SVC9, []),
    84: (*SVC9, [(LOC, L), (SE, T)]),
    85: (*SVC9, [(SE, L)]),
    86: (*SVC9, []),
    87: (*SVC9, []),
    88: (*SVC9, [(SE, L)]),
    89: (*SVC9, [(SE, L)]),
    90: (E, "策略性措施", "T8", []),  # publicity and consulting
    91: (D, "市场开拓", "T9", []),
    92: (D, "市场开拓", "T9", [(SE, T), ("更多主体", T)]),
    93: (*RULE1, [("国家能源局", L), (PROV, L)]),
    94: (*PLAN11, []),
    95: (*INF5, []),
    96: (*INF5, []),
    97: (*INF5, [("各地", L)]),
    98: (*RULE5, []),
    99: (*RULE5, [("各地", L), ("房屋工程开发建设单位", T), (SE, T)]),
    100: (*RULE5, [(SE, L)]),
    101: (*SVC11, []),
    102: (*SVC11, []),
    103: (*INF5, [(SE, L)]),
    104: (*INF5, []),
    105: (*SVC11, [("政府部门", L), (SE, P), ("用户", T)]),  # 供电企业应协助…配合政府部门积极推动用户…
    106: (*SVC11, []),
    107: (*SVC11, [("地方政府", L), (SE, P)]),
    108: (E, "策略性措施", "T11", []),
    109: (*SVC11, []),
    110: (*SVC11, []),
    111: (*SVC11, []),
    112: (*SVC11, [(SE, L)]),
    113: (*SVC10, [("有条件的地区", T)]),
    114: (*RULE11, []),
    115: (*RULE11, [(SE, L)]),
    116: (*RULE11, [(SE, L), (LOC, P)]),  # 报告X: participate
    117: (*ORG1, []),
    118: (*RULE1, []),
    119: (*RULE1, []),
    120: (*ORG1, [(PROV, L), ("基层能源（电力）主管部门", T)]),
    121: (*RULE1, []),
    122: (*RULE1, [(NEA_OFF, L), ("省级能源（电力）主管部门", T), ("地方政府相关部门", P)]),
    123: (*RULE1, []),
    124: (*RULE1, []),
    125: (*RULE1, []),
    126: (*RULE1, [("国家能源局", L), ("省级能源（电力）主管部门", L), (SE, L)]),
    127: (*RULE1, []),
    128: (*RULE1, [("国家能源局", L), (LOC, L), (SE, T)]),
    130: (*ORG1, [("国家发展改革委", L), ("国家能源局", L)]),
    131: (*ORG1, [(PROV, L), ("相关部门", P), ("基层政府有关主管部门", T)]),
    132: (*RULE1, [(NEA_OFF, L)]),
    133: (*ORG1, [("各供电企业", L)]),
    134: (*ORG1, [("各单位", L)]),
}
EXP20 = {9: "以习近平", 11: "到2029年", 12: "二、", 13: "（一）", 17: "低压用户", 47: "三、", 54: "各省级电网",
         77: "四、", 94: "五、", 117: "六、", 129: "七、", 130: "国家发展改革委、", 134: "各单位", 135: "本意见"}

# ---------------------------------------------------------------- 21 NDRC/NEA offices' notice on a national electricity-market evaluation system (发改办体改〔2025〕1032号)
DOC21 = "21_ministries_fagaiwei-nengyuanju-quanguo-tongyi-dianli-shichang-pingjia-zhidu-tongzhi"
ENT21 = [
    ("国家发展改革委办公厅", "ORG"), ("国家能源局综合司", "ORG"), ("国家发展改革委", "ORG"), ("国家能源局", "ORG"),
    ("新疆生产建设兵团发展改革委", "ORG"), ("天津市工业和信息化局", "ORG"), ("内蒙古自治区工业和信息化厅", "ORG"),
    ("辽宁省工业和信息化厅", "ORG"), ("广西壮族自治区工业和信息化厅", "ORG"), ("重庆市经济和信息化委员会", "ORG"),
    ("四川省经济和信息化厅", "ORG"), ("甘肃省工业和信息化厅", "ORG"), ("北京市城市管理委员会", "ORG"),
    # public institutes and the industry federation are ORG; grid companies and the two trading centres (companies,
    # 17 precedent 四川电力交易中心有限公司) FIRM
    ("电力规划设计总院", "ORG"), ("水电水利规划设计总院", "ORG"), ("中国电力企业联合会", "ORG"),
    ("国家电网有限公司", "FIRM"), ("中国南方电网有限责任公司", "FIRM"), ("内蒙古电力（集团）有限责任公司", "FIRM"),
    ("北京电力交易中心", "FIRM"), ("广州电力交易中心", "FIRM"),
    ("党中央", "ORG"), ("国务院", "ORG"),
    # the named system the notice establishes (named X制度, 10 黑名单制度 precedent; carried whole by title line 2) and the
    # national programme 西电东送; “双碳”目标 (a goal), 电力市场管理委员会 (each market's committee, generic) not tagged
    ("全国统一电力市场评价制度", "PROGRAM"), ("西电东送", "PROGRAM"),
]
EVAL1 = (E, "策略性措施", "T1")
STD2 = (E, "法规管制", "T2")
TECH10 = (S, "科技支持", "T10")
MOI = "市场运营机构"
LAB21 = {
    6: (E, "目标规划", "T1", []),  # 指导思想 listing actions
    8: (*EVAL1, []),  # the rule on what the evaluation covers; criteria sentences 11-45 describe evaluation content: not measures
    47: (*STD2, []),
    48: (*STD2, []),
    49: (*STD2, []),
    50: (*EVAL1, []),
    52: (*EVAL1, []),
    53: (*EVAL1, []),
    60: (*TECH10, []),
    61: (*TECH10, []),
    62: (*TECH10, []),
    63: (*TECH10, []),
    64: (*EVAL1, []),
    65: (*EVAL1, []),  # dated commitment (自2026年起)
    66: (*EVAL1, [("各地", T)]),
    67: (*EVAL1, [(MOI, T)]),
    68: (*EVAL1, []),
    69: (*EVAL1, [("相关政府部门", P), ("电力市场运营机构", P)]),  # 供X参考: recipients participate
    70: (*EVAL1, [("国家能源局派出机构", L), ("地方能源主管部门", L), ("电力市场运营机构", L)]),
    71: (*EVAL1, []),
    72: (*EVAL1, [("国家发展改革委", L), ("国家能源局", L), (MOI, P), ("高校", P), ("科研院所", P)]),
    73: (*EVAL1, [("省级发展改革、能源等部门", L), ("省级人民政府", P), ("国家能源局派出机构", P), (MOI, P)]),
    74: (E, "法规管制", "T1", [("有关单位", L)]),
    75: (E, "法规管制", "T1", [("国家能源局派出机构", L), ("第三方机构", T)]),
    76: (*EVAL1, [("各有关单位", L)]),
}
EXP21 = {4: "为深入", 6: "以习近平", 8: "全国统一", 47: "（一）构建", 52: "定性分析", 53: "定量评价", 60: "（三）发挥",
         65: "自2026年", 68: "（五）", 71: "四、", 76: "各有关单位", 77: "国家发展改革委办公厅"}

DOCS = [(DOC20, ENT20, LAB20, EXP20, None, None), (DOC21, ENT21, LAB21, EXP21, None, None)]

if __name__ == "__main__":
    for stem, ent, lab, exp, skip, notes in DOCS:
        out = build2(stem, ent, lab, exp, skip, notes)
        print(stem, dict(Counter(e[2] for e in out["entities"])), len(out["measures"]), "measures")
