"""Build the gold JSON of tuning documents 16-17 from hand-made annotation tables.

Same method as build_gold.py / build_gold_2.py (whose helpers are reused: sentence split,
longest-first entity matching, SKIP handling and per-item 责任单位 notes): entity surfaces/labels
and measure labels were decided by hand following GUIDELINES.md, without running policytext on
these files; this script only computes offsets. Run from anywhere:
    python corpora/gold/tuning/build_gold_7a.py
"""

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_gold_2 import build2  # noqa: E402

S, E, D = "supply", "environment", "demand"
L, P, T = "lead", "participate", "target"

# ---------------------------------------------------------------- 16 Chongqing measures for intelligent connected new-energy commercial vehicles (渝经信规范〔2025〕13号)
DOC16 = "16_chongqing_zhineng-wanglian-xinnengyuan-shangyongche-zhengce-cuoshi"
MEASURES16 = "重庆市支持智能网联新能源商用车产业发展政策措施（2025—2027年）"
ENT16 = [
    # the five issuing bodies (masthead and signature) and the short forms in the 责任单位 notes
    ("重庆市经济和信息化委员会", "ORG"), ("重庆市财政局", "ORG"), ("中共重庆市委金融委员会办公室", "ORG"),
    ("国家金融监督管理总局重庆监管局", "ORG"), ("重庆市商务委员会", "ORG"),
    ("市经济信息委", "ORG"), ("市委金融办", "ORG"), ("重庆金融监管局", "ORG"), ("市商务委", "ORG"),
    # the issued measures, whole in the forwarding line and as heading (04/15 precedent); the title, wrapped
    # over two lines, does not carry the name whole and only yields the place 重庆市 (13 precedent)
    (MEASURES16, "PROGRAM"),
    ("重庆市", "GPE"),
]
ECON = [("市经济信息委", L)]
FIN3 = [("市经济信息委", L), ("市委金融办", P), ("重庆金融监管局", P)]
# every item is a heading line (一、…激励, a noun phrase naming the incentive: not a measure, 12 precedent
# "（一）落户补贴。") and a body line closed by （责任单位：…）: first unit lead, the others participate
NOTES16 = {
    19: (21, ECON),
    24: (24, ECON),
    27: (27, ECON),
    30: (30, FIN3),
    33: (33, FIN3),
    36: (36, [("市经济信息委", L), ("市商务委", P)]),
}
FUND6, FIN6, RULE6 = (S, "资金投入", "T6"), (E, "金融支持", "T6"), (E, "法规管制", "T6")
LAB16 = {
    19: (*FUND6, []),
    20: (*FUND6, []),
    21: (*RULE6, []),
    24: (*FIN6, []),  # interest subsidy on project loans (dev 06 precedent: 贴息 = 金融支持 T6)
    27: (*FUND6, [("新能源商用车整车企业", T)]),
    30: (*FIN6, [("融资租赁机构", T)]),
    33: (*FIN6, [("保险机构", T)]),
    36: (*FUND6, [("商用车整车企业", T)]),
    38: (*RULE6, []),
    39: (*RULE6, []),
}
EXP16 = {9: "现将", 17: "重庆市支持", 18: "一、", 19: "对销量", 21: "单个企业", 22: "（责任单位", 24: "对智能网联",
         27: "对新能源", 30: "支持融资", 33: "支持保险", 36: "对新能源", 38: "本政策措施", 39: "同一申报", 40: "本文件"}

# ---------------------------------------------------------------- 17 Sichuan implementation plan on market-based on-grid prices for new energy (川发改价格〔2025〕480号)
DOC17 = "17_sichuan_xinnengyuan-shangwang-dianjia-shichanghua-gaige-shishi-fangan"
PROJ17 = "甘孜州2020年南部光伏基地正斗一期竞争配置项目"
ENT17 = [
    ("四川省发展和改革委员会", "ORG"), ("四川省能源局", "ORG"), ("国家发展改革委", "ORG"), ("国家能源局", "ORG"),
    ("省发展改革委", "ORG"), ("省能源局", "ORG"),
    # the grid company (full and defined short name) and the trading centre are companies
    ("国网四川省电力公司", "FIRM"), ("国网四川电力", "FIRM"), ("四川电力交易中心有限公司", "FIRM"),
    # the forwarded plan (in 《》 in the title and forwarding lines, and as heading), cited documents in 《》,
    # the named project and the two one-line attachment titles (13 precedent)
    ("四川省深化新能源上网电价市场化改革实施方案", "PROGRAM"),
    ("关于深化新能源上网电价市场化改革 促进新能源高质量发展的通知", "PROGRAM"),
    ("2025年全省电力电量供需平衡方案及节能调度优先电量规模计划", "PROGRAM"),
    ("关于促进新型储能积极健康发展的通知", "PROGRAM"),
    (PROJ17, "PROGRAM"),
    ("四川省增量新能源项目机制电量电价竞价细则", "PROGRAM"), ("四川省新能源项目机制电量结算细则", "PROGRAM"),
    # places: the province, the Tibetan areas, and the plant's dispatch name 兴川 (a facility, tuning 01 precedent)
    ("四川", "GPE"), ("藏区", "GPE"), ("兴川", "GPE"),
]
RULE2, RULE1, RULE9 = (E, "法规管制", "T2"), (E, "法规管制", "T1"), (E, "法规管制", "T9")
PLAN2, PLAN9 = (E, "目标规划", "T2"), (E, "目标规划", "T9")
ORG2, ORG1, ORG9 = (E, "策略性措施", "T2"), (E, "策略性措施", "T1"), (E, "策略性措施", "T9")
GRID = "电网企业"
NEP = "新能源项目"
LAB17 = {
    8: (*PLAN9, []),  # overall goal with a dated target
    11: (*PLAN2, []),  # principle bodies that state actions (the bold principle heads 10/12/14 are not measures)
    13: (*PLAN2, []),
    15: (*ORG2, []),
    16: (*PLAN2, []),
    17: (*RULE2, []),
    18: (*RULE2, []),
    19: (*RULE2, []),
    20: (*RULE2, []),
    21: (*RULE2, []),
    22: (*RULE2, []),
    23: (*RULE2, []),
    24: (*RULE2, []),
    25: (*RULE2, []),
    26: (*RULE2, []),
    27: (*RULE2, []),
    28: (*RULE2, []),
    29: (*RULE2, [(GRID, L), (NEP, P)]),
    30: (*RULE2, [("电力市场供需双方", L)]),
    31: (*RULE2, [("新能源发电企业", T), ("电力用户", T)]),
    32: (*RULE1, [("分布式聚合商", T)]),
    33: (*RULE2, []),
    34: (*RULE2, []),
    35: (*RULE2, []),
    36: (*PLAN9, []),
    37: (*RULE2, []),
    38: (*RULE2, []),
    39: (*RULE2, [(GRID, L)]),
    40: (*RULE2, []),
    41: (*RULE2, []),
    42: (*RULE2, [(GRID, L), ("全省工商业用户", T)]),
    43: (*RULE2, []),
    44: (*RULE2, []),
    45: (*RULE2, [("省发展改革委", L)]),
    46: (*RULE2, []),
    47: (*RULE2, []),
    51: (*RULE2, []),
    52: (*RULE2, []),
    53: (*RULE2, []),
    55: (*RULE2, []),
    57: (*RULE2, []),
    58: (*RULE2, []),
    59: (*RULE2, []),
    60: (*RULE2, []),
    62: (S, "公共服务", "T10", [("各电网企业", L)]),
    63: (*RULE2, [(NEP, L)]),
    64: (*RULE2, [("自愿退出的新能源项目", L), ("所在电网企业", P)]),
    65: (*RULE2, []),
    66: (*ORG9, [(NEP, T)]),
    69: (*RULE2, []),
    71: (*RULE2, []),
    72: (*RULE2, []),
    73: (*RULE2, []),
    74: (*RULE2, []),
    75: (*RULE2, []),
    76: (*RULE2, []),
    78: (*RULE2, []),
    79: (*RULE2, []),
    82: (*RULE2, [("省发展改革委", P), ("省能源局", P)]),
    83: (*RULE2, [(NEP, L)]),
    84: (*RULE2, []),
    85: (*RULE2, []),
    86: (*RULE2, []),
    87: (*RULE1, [("在川能源企业", L)]),
    88: (*ORG2, []),
    89: (*ORG2, []),
    90: (*PLAN2, []),
    91: (E, "法规管制", "T6", []),
    92: (*RULE1, []),
    93: (E, "法规管制", "T11", [("各地", L)]),
    94: (*ORG9, []),
    95: (*RULE9, [(NEP, T)]),
    96: (*RULE9, []),
    97: (*RULE9, [("配储的新能源项目", T)]),
    98: (*RULE9, [("存量新能源项目", T)]),
    99: (*RULE9, []),
    100: (*RULE9, [("电源侧配建储能的存量新能源项目", T)]),
    101: (*RULE9, []),
    102: (*RULE9, []),
    103: (*PLAN9, []),
    104: (*ORG2, []),
    105: (*RULE2, [(GRID, L)]),
    106: (*RULE2, []),
    107: (*ORG2, []),
    108: (*RULE2, []),
    109: (*RULE2, []),
    110: (*RULE2, []),
    111: (*ORG2, []),
    112: (*RULE2, []),
    113: (*RULE2, []),
    114: (*RULE2, []),
    115: (*RULE2, [("新能源发电企业", T)]),
    116: (*RULE2, []),
    118: (E, "策略性措施", "T8", []),
    119: (E, "策略性措施", "T8", [("各地价格、能源、电力运行主管部门", L), (GRID, P), ("市场运营机构", P), ("企业", T)]),
    120: (E, "策略性措施", "T8", [("市场主体", L)]),
    121: (*ORG1, []),
    122: (*ORG1, [("国网四川电力", L), ("各电网企业", L)]),
    123: (*RULE1, [("市场主体", L)]),
    124: (*RULE1, [("市场运营机构", L)]),
    125: (*ORG1, []),
    126: (*ORG1, []),
    127: (*RULE1, []),
    128: (*RULE1, [("国家能源局派出机构", L)]),
    129: (*RULE1, [(GRID, L), ("市场运营机构", L), ("省发展改革委", P), ("省能源局", P)]),
    130: (*ORG1, []),
    131: (*ORG1, [("省发展改革委", L), ("省能源局", L), ("相关部门（单位）", P)]),
    132: (*ORG1, []),
}
EXP17 = {2: "为全面贯彻", 5: "四川省深化", 8: "坚持市场化", 10: "坚持深化改革", 11: "进一步", 16: "三、", 17: "（一）",
         20: "建立“", 36: "四、", 37: "（五）", 48: "（六）", 49: "存量新能源项目是指", 50: "1.", 58: "甘孜州",
         62: "存量分布式", 67: "（七）", 68: "增量新能源项目是指", 81: "3.", 88: "五、", 94: "（九）", 104: "（十）",
         107: "（十一）", 111: "（十二）", 117: "六、", 118: "（十三）", 121: "（十四）", 125: "（十五）", 127: "（十六）",
         130: "（十七）", 133: "本方案", 135: "执行过程中", 137: "2."}

DOCS = [(DOC16, ENT16, LAB16, EXP16, None, NOTES16), (DOC17, ENT17, LAB17, EXP17, None, None)]

if __name__ == "__main__":
    for stem, ent, lab, exp, skip, notes in DOCS:
        out = build2(stem, ent, lab, exp, skip, notes)
        print(stem, dict(Counter(e[2] for e in out["entities"])), len(out["measures"]), "measures")
