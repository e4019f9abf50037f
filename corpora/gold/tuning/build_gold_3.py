"""Build the gold JSON of tuning documents 08-11 from hand-made annotation tables.

Same method as build_gold.py / build_gold_2.py (whose helpers are reused: sentence split,
longest-first entity matching, SKIP handling and per-item 责任单位 notes): entity surfaces/labels
and measure labels were decided by hand following GUIDELINES.md, without running policytext on
these files; this script only computes offsets. Run from anywhere:
    python corpora/gold/tuning/build_gold_3.py
"""

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_gold_2 import build2  # noqa: E402

S, E, D = "supply", "environment", "demand"
L, P, T = "lead", "participate", "target"

# ---------------------------------------------------------------- 08 Huangpu district renewable-energy action plan (黄发改委办〔2025〕5号)
DOC8 = "08_shanghai-huangpu_kezaisheng-nengyuan-fazhan-xingdong-fangan"
HP_BUREAUS = [
    "黄浦区发展和改革委员会", "黄浦区建设和管理委员会", "黄浦区规划和自然资源局", "黄浦区住房保障和房屋管理局",
    "黄浦区城市管理行政执法局", "黄浦区科学技术委员会", "黄浦区机关事务管理局", "黄浦区国有资产监督管理委员会",
    "黄浦区商务委员会", "黄浦区卫生健康委员会", "黄浦区教育局", "黄浦区文化和旅游局", "黄浦区投资促进办公室",
]
HP_SHORT = [
    "区发展改革委", "区建管委", "区教育局", "区科委", "区文化旅游局", "区卫生健康委", "区体育局", "区机管局",
    "区国资委", "区房管局", "区规划资源局", "区水务局", "区交通委", "区投促办", "区财政局", "区商务委",
    "区城管执法局", "打浦桥街道管理办", "半淞园路街道管理办",
]
ENT8 = [(x, "ORG") for x in HP_BUREAUS + HP_SHORT] + [
    ("区政府", "ORG"), ("区委", "ORG"), ("党中央", "ORG"), ("国务院", "ORG"), ("市委", "ORG"), ("市政府", "ORG"),
    ("国家绿色发展基金", "FIRM"),
    ("黄浦区可再生能源发展行动方案", "PROGRAM"), ("关于大力实施可再生能源替代行动的指导意见", "PROGRAM"),
    ("分布式光伏发电开发建设管理办法", "PROGRAM"), ("关于做好上海市分布式光伏项目管理有关事项的通知", "PROGRAM"),
    ("国家碳达峰试点", "PROGRAM"), ("黄浦区碳达峰碳中和平台", "PROGRAM"), ("“两旧一村”改造", "PROGRAM"),
    ("“光伏+”专项工程", "PROGRAM"), ("“光伏+政府公共机构”专项工程", "PROGRAM"), ("“光伏+校园”专项工程", "PROGRAM"),
    ("“光伏+园区”专项工程", "PROGRAM"), ("“光伏+交通”专项工程", "PROGRAM"), ("“光伏+水厂”专项工程", "PROGRAM"),
    ("“光伏+住宅”专项工程", "PROGRAM"), ("“光伏+河道”专项工程", "PROGRAM"),
    ("黄浦区", "GPE"), ("上海市", "GPE"), ("黄浦江", "GPE"), ("外滩金融集聚带", "GPE"), ("南市水厂", "GPE"),
    ("半淞园路街道", "GPE"), ("打浦桥街道", "GPE"),
]


def note(*units):
    return [(units[0], L)] + [(u, P) for u in units[1:]]


NOTES8 = {
    18: (27, note("区发展改革委", "区建管委", "区教育局", "区科委", "区文化旅游局", "区卫生健康委", "区体育局", "区机管局",
                  "区国资委", "区房管局", "打浦桥街道管理办", "半淞园路街道管理办")),
    29: (33, note("区建管委", "区发展改革委")),
    35: (44, note("区发展改革委", "区建管委", "区国资委", "区房管局", "区机管局", "各街道管理办")),
    46: (50, note("区发展改革委", "区建管委", "区规划资源局", "区房管局", "区水务局", "区交通委")),
    52: (59, note("区发展改革委", "区房管局", "区国资委", "各街道管理办", "各区属集团")),
    61: (63, note("区科委", "区建管委", "区房管局", "区发展改革委")),
    65: (68, note("区建管委", "区房管局")),
    70: (73, note("区投促办")),
    75: (78, note("区发展改革委", "区投促办", "区财政局", "区科委", "区商务委")),
    80: (86, note("区发展改革委", "区建管委", "区规划资源局", "区城管执法局")),
    89: (93, note("区发展改革委", "各相关部门", "各街道管理办")),
}
INF9, DEM9 = (S, "基础设施", "T9"), (D, "示范推广", "T9")
PLAN9, RULE2 = (E, "目标规划", "T9"), (E, "法规管制", "T2")
FIN6, ORG1 = (E, "金融支持", "T6"), (E, "策略性措施", "T1")
LAB8 = {
    15: (*PLAN9, []), 16: (*PLAN9, []),
    18: (*INF9, []), 19: (*INF9, []), 20: (*INF9, [("政府公共机构", L)]), 21: (*INF9, []), 22: (*INF9, []),
    23: (*INF9, []), 24: (*INF9, []), 25: (*INF9, []), 26: (*DEM9, []), 27: (*DEM9, [("有条件的街道", T)]),
    29: (*INF9, []), 30: (E, "法规管制", "T9", []), 31: (*PLAN9, []), 32: (*DEM9, [("业主", T)]),
    33: (*DEM9, [("企业", T)]),
    35: (*INF9, []), 36: (S, "公共服务", "T9", []), 37: (*INF9, []), 38: (*DEM9, []), 39: (*DEM9, []),
    40: (E, "法规管制", "T1", []), 41: (*PLAN9, []), 42: (*DEM9, []), 43: (*RULE2, []),
    44: (*RULE2, [("业主委员会", L)]),
    46: (*INF9, []), 47: (*DEM9, []), 48: (*PLAN9, []), 49: (*DEM9, []), 50: (*DEM9, []),
    52: (*DEM9, []), 53: (*DEM9, [("有条件的园区和街道", T)]), 54: (*INF9, []), 55: (*INF9, []), 56: (*INF9, []),
    57: (*INF9, []), 58: (*DEM9, []), 59: (*INF9, [("区属集团", T)]),
    61: (S, "科技支持", "T3", []), 62: (S, "科技支持", "T10", []),
    63: (S, "科技支持", "T3", [("区内企事业单位", T), ("重点用能单位", T)]),
    65: (*DEM9, []), 66: (*DEM9, [("区域新建建筑", T)]), 67: (*INF9, []), 68: (*DEM9, []),
    70: (*FIN6, []), 71: (*FIN6, []), 72: (*FIN6, [("各领域各类主体", T)]),
    73: (*FIN6, [("国家绿色发展基金", P), ("社会资本", T)]),
    75: (S, "资金投入", "T6", []), 76: (*FIN6, [("社会资本", T), ("专业化能源服务公司", T)]),
    77: (*FIN6, [("银行", T), ("担保机构", T)]), 78: (S, "资金投入", "T6", []),
    80: (*RULE2, []), 81: (*RULE2, []), 82: (*RULE2, []), 83: (*RULE2, []), 84: (*RULE2, []), 85: (*RULE2, []),
    86: (E, "法规管制", "T1", [("建设单位", L)]),
    89: (*ORG1, [("区规划资源局", P), ("区建管委", P), ("区教育局", P), ("区国资委", P)]),
    90: (*ORG1, []),
    91: (*ORG1, [("有关单位", P), ("区委", P), ("区政府", P)]),
    92: (*ORG1, [("各部门", L), ("各街道", L), ("各区属集团", L)]),
    93: (*ORG1, [("各相关单位", L), ("人民团体", L), ("社会组织", L)]),
}
EXP8 = {15: "到2025年", 18: "（一）全面", 28: "（责任单位", 29: "（二）", 35: "（三）", 46: "（四）", 52: "（五）", 61: "（六）",
        65: "（七）", 70: "（八）", 75: "（九）", 80: "（十）", 89: "区发展改革委整体", 93: "各相关单位"}

DOCS = [(DOC8, ENT8, LAB8, EXP8, None, NOTES8)]

if __name__ == "__main__":
    for stem, ent, lab, exp, skip, notes in DOCS:
        out = build2(stem, ent, lab, exp, skip, notes)
        print(stem, dict(Counter(e[2] for e in out["entities"])), len(out["measures"]), "measures")
