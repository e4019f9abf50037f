"""Build the gold JSON of tuning documents 10-11 from hand-made annotation tables.

Same method as build_gold.py / build_gold_2.py (whose helpers are reused: sentence split,
longest-first entity matching, SKIP handling and per-item 牵头单位 notes): entity surfaces/labels
and measure labels were decided by hand following GUIDELINES.md, without running policytext on
these files; this script only computes offsets. Run from anywhere:
    python corpora/gold/tuning/build_gold_4.py
"""

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_gold import CORPUS, find_entities  # noqa: E402
from build_gold_2 import build2  # noqa: E402

S, E, D = "supply", "environment", "demand"
L, P, T = "lead", "participate", "target"


def skip_where(stem, table, surface, bad):
    """Indices (among the occurrences build2 finds) of `surface` where bad(text, start, end) holds."""
    text = (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")
    occ = [e for e in find_entities(text, table) if e[3] == surface]
    return [k for k, e in enumerate(occ) if bad(text, e[0], e[1])]


# ---------------------------------------------------------------- 10 MOST measures on nominating national S&T awards (国科发奖〔2023〕225号)
DOC10 = "10_ministries_guojia-kexue-jishu-jiang-timing-banfa"
ENT10 = [
    ("科技部", "ORG"), ("新疆生产建设兵团科技局", "ORG"), ("新疆生产建设兵团", "ORG"), ("国务院", "ORG"),
    ("科学技术奖励监督委员会", "ORG"), ("国家科学技术奖励工作办公室", "ORG"), ("奖励办公室", "ORG"),
    ("中国科学院", "ORG"), ("中国工程院", "ORG"), ("中华全国总工会", "ORG"), ("中国科学技术协会", "ORG"),
    ("中华全国工商业联合会", "ORG"), ("中央军事委员会", "ORG"),
    ("香港特别行政区政府", "ORG"), ("澳门特别行政区政府", "ORG"),
    ("国家科学技术奖提名办法", "PROGRAM"), ("国家科学技术奖励条例", "PROGRAM"), ("条例", "PROGRAM"),
    ("国家科学技术奖", "PROGRAM"), ("国家最高科学技术奖", "PROGRAM"), ("最高奖", "PROGRAM"),
    ("国家自然科学奖", "PROGRAM"), ("国家技术发明奖", "PROGRAM"), ("技术发明奖", "PROGRAM"),
    ("国家科学技术进步奖", "PROGRAM"), ("中华人民共和国国际科学技术合作奖", "PROGRAM"),
    ("国家中长期科技发展规划", "PROGRAM"), ("中华人民共和国保守国家秘密法", "PROGRAM"), ("军队保密条例", "PROGRAM"),
    ("科学技术活动违规行为处理暂行规定", "PROGRAM"), ("科学技术活动评审工作中请托行为处理规定（试行）", "PROGRAM"),
    ("科研诚信严重失信“黑名单”制度", "PROGRAM"), ("科研诚信严重失信行为数据库", "PROGRAM"),
    ("中华人民共和国", "GPE"),
]
# 《条例》 is the defined short title of the award regulation; the bare 实施条例 (of the secrecy law) is not it.
# 国家科学技术奖励活动 is "national S&T awarding", not the award name cut before 励.
SKIP10 = {
    "条例": skip_where(DOC10, ENT10, "条例", lambda t, s, e: not (t[s - 1] == "《" and t[e] == "》")),
    "国家科学技术奖": skip_where(DOC10, ENT10, "国家科学技术奖", lambda t, s, e: t[e] == "励"),
}
R2, R1 = (E, "法规管制", "T2"), (E, "法规管制", "T1")
O1 = (E, "策略性措施", "T1")
TMZ = "提名者"
LAB10 = {
    10: (*R2, []),
    14: (E, "目标规划", "T3", []),
    15: (*R2, [(TMZ, L)]),
    16: (*R1, [("科学技术奖励监督委员会", P), ("纪检监察部门", P)]),
    17: (*O1, [("科技部", L), ("国家科学技术奖励工作办公室", L)]),
    19: (*R2, []),
    23: (*R2, []),
    24: (*R2, [("提名专家", L)]),
    25: (*R2, []),
    27: (*R2, []),
    28: (*R2, [("科技部", L), ("相关部门", P)]),
    29: (*R2, []),
    34: (*R2, [("中华人民共和国驻外使领馆（团、处）", L)]),
    35: (*R2, [("中央和国家机关有关部门", L), ("中央军事委员会科学技术部门", L), ("地方政府", L)]),
    37: (*R2, [("奖励办公室", L)]),
    38: (*R2, []),
    39: (*R2, [("组织机构、有关部门和地方政府", L)]),
    40: (*R2, [(TMZ, L), ("评审组织", L)]),
    41: (*R1, [(TMZ, L)]),
    42: (*R1, [(TMZ, L), ("候选人所在单位", L), ("纪检监察部门", P)]),
    43: (*R1, [("候选者所在单位", L)]),
    44: (*R1, [("提名单位", L), ("奖励办公室", L)]),
    45: (*R1, []),
    46: (*R1, []),
    48: (*R2, [("提名专家", L)]),
    49: (*R2, []),
    50: (*R2, [("最高奖获奖者", L)]),
    51: (*R2, []),
    52: (*R2, [("提名专家", L)]),
    53: (*R2, [("提名专家", L)]),
    54: (*R2, [("组织机构", L), ("有关部门", L), ("地方政府", L)]),
    55: (*O1, [("有关部门和地方政府", L), ("职能部门", P)]),
    56: (*O1, [("香港特别行政区政府", L), ("澳门特别行政区政府", L), ("有关机构", P)]),
    57: (*R2, [(TMZ, L), ("科学家和一线科技人员", T)]),
    58: (*R2, []),
    59: (*R1, []),
    60: (*R1, []),
    61: (*R1, []),
    62: (*R1, []),
    66: (*R2, []),
    67: (*R2, [(TMZ, L), ("候选者", L)]),
    68: (*R2, [("主责专家", L), ("提名专家", P)]),
    69: (*R2, [("提名单位", L)]),
    70: (*R1, [("奖励办公室", L), (TMZ, P)]),
    71: (*R1, [("主责专家", L)]),
    72: (*R1, [("相关单位和个人", P)]),
    74: (*R1, [(TMZ, L)]),
    75: (*R1, [("科技部", L)]),
    76: (*R1, []),
    77: (*R1, [("所在单位或相关部门", L)]),
    78: (*R1, []),
    79: (*R1, [("科技部", L), ("所在单位或相关部门", L)]),
    80: (*R1, [("候选者及有关单位或个人", L)]),
    81: (*R1, [("科技部", L)]),
    82: (*R1, []),
    83: (*R1, [("相关责任人所在单位或相关责任单位主管部门", L)]),
    84: (*R1, [("科技部", L)]),
}
EXP10 = {10: "第一条", 14: "第四条", 17: "第七条", 19: "第八条", 23: "最高奖获奖者年龄", 27: "（二）熟悉", 34: "中华人民共和国驻外",
         37: "第十二条", 48: "第十七条", 55: "第二十条", 62: "第二十三条", 66: "第二十四条", 74: "第二十七条", 84: "第三十二条"}

# ---------------------------------------------------------------- 11 Songjiang district urban-renewal plan 2025 (沪松府办〔2025〕31号)
DOC11 = "11_shanghai-songjiang_chengshi-gengxin-2025-niandu-shishi-jihua"
ENT11 = [
    ("上海市松江区人民政府办公室", "ORG"), ("区建设管理委", "ORG"), ("区政府", "ORG"), ("区委", "ORG"), ("市委", "ORG"),
    ("市政府", "ORG"), ("区规划资源局", "ORG"), ("区经委", "ORG"), ("区文化旅游局", "ORG"),
    ("区住房保障房屋管理局", "ORG"), ("区绿化市容局", "ORG"), ("区水务局", "ORG"), ("区交通委", "ORG"), ("区国资委", "ORG"),
    ("大洋集团", "FIRM"), ("卜蜂莲花", "FIRM"),
    ("松江区城市更新2025年度实施计划", "PROGRAM"), ("九里亭秀浜城市更新项目", "PROGRAM"),
    ("泗泾下塘历史文化风貌区城市更新项目", "PROGRAM"), ("“15分钟”社区生活圈", "PROGRAM"), ("美丽街区", "PROGRAM"),
    ("“两评估、一清单、一盘活”专项行动", "PROGRAM"), ("早餐工程", "PROGRAM"), ("菜篮子工程", "PROGRAM"),
    ("一刻钟便民生活圈", "PROGRAM"), ("松江区城市更新项目库管理办法", "PROGRAM"), ("2025年度城市更新规划实施报告", "PROGRAM"),
    ("“三师”联创工作机制", "PROGRAM"), ("建筑师负责制", "PROGRAM"),
    ("松江", "GPE"), ("经济技术开发区", "GPE"), ("经开区", "GPE"), ("松东路", "GPE"), ("九里亭街道", "GPE"),
    ("永丰仓城", "GPE"), ("永丰街道", "GPE"), ("泗泾镇", "GPE"), ("印象城慢行交通示范区", "GPE"), ("晨星口袋公园", "GPE"),
    ("长桥南街", "GPE"), ("王槐亭宅", "GPE"), ("中山西路", "GPE"), ("沈氏宅", "GPE"), ("张逸盛宅", "GPE"),
    ("岳阳街道", "GPE"), ("袜子弄文化滨水绿道", "GPE"), ("开江路", "GPE"), ("文化路", "GPE"), ("中山街道", "GPE"),
    ("佘山高新科技园", "GPE"), ("车墩工业园", "GPE"), ("佘山镇", "GPE"), ("车墩镇", "GPE"), ("九亭镇", "GPE"),
    ("荣乐中路", "GPE"), ("大橘邻里", "GPE"),
    # the six named actions of Shanghai's city-renewal plan, named by their headings (added in
    # session 7: GUIDELINES §1 names campaigns as PROGRAM, as the shared gold does for 十大工程)
    ("综合区域整体焕新行动", "PROGRAM"), ("人居环境品质提升行动", "PROGRAM"), ("公共空间设施优化行动", "PROGRAM"),
    ("历史风貌魅力重塑行动", "PROGRAM"), ("产业园区提质增效行动", "PROGRAM"), ("商业商务活力再造行动", "PROGRAM"),
]


def note(lead, part=()):
    return [(u, L) for u in lead] + [(u, P) for u in part]


FZ = "区住房保障房屋管理局"
JZ = "相关街镇"
# each numbered task is one line: 'N.task。（牵头单位：…，支撑单位：…）' -> every 牵头单位 is lead (explicit 牵头), 支撑单位 participate
NOTES11 = {
    17: (17, note(["经济技术开发区", "九里亭街道"], ["区规划资源局", "区建设管理委", "区经委"])),
    19: (19, note(["永丰街道", "泗泾镇"], ["区文化旅游局", "区规划资源局", "区建设管理委"])),
    22: (22, note([FZ, JZ])), 24: (24, note([FZ, JZ])), 26: (26, note([FZ, JZ])),
    29: (29, note(["区规划资源局", JZ])), 31: (31, note(["区绿化市容局"], [JZ])),
    33: (33, note(["区建设管理委"])), 35: (35, note(["区水务局"])), 37: (37, note(["区水务局"])),
    39: (39, note(["区建设管理委"])), 41: (41, note(["区交通委"])), 43: (43, note(["区交通委"])),
    45: (45, note(["区绿化市容局"], ["经开区"])), 47: (47, note(["区建设管理委"])),
    50: (50, note(["岳阳街道", "永丰街道", "泗泾镇"], ["区文化旅游局"])),
    52: (52, note(["中山街道", "永丰街道", "泗泾镇"])),
    55: (55, note(["区规划资源局", "区经委", "区国资委"])), 57: (57, note(["区经委", "佘山镇", "车墩镇"])),
    59: (59, note(["九亭镇"])), 62: (62, note(["区经委"])), 64: (64, note(["区经委", "岳阳街道"])),
}
INF5 = (S, "基础设施", "T5")
PL = (E, "目标规划")
LAB11 = {
    6: (*PL, "T2", []),
    10: (*PL, "T1", []), 11: (*PL, "T5", []), 12: (*PL, "T5", []), 13: (*PL, "T5", []), 14: (*PL, "T5", []),
    15: (*PL, "T8", []),
    17: (*INF5, []), 19: (*INF5, []), 22: (*INF5, []), 24: (*INF5, []), 26: (*INF5, []), 29: (*INF5, []),
    31: (*INF5, []), 33: (*INF5, []), 35: (*INF5, []), 37: (S, "基础设施", "T9", []), 39: (*PL, "T9", []),
    41: (*INF5, []), 43: (E, "策略性措施", "T5", []), 45: (*INF5, []), 47: (S, "基础设施", "T9", []),
    50: (*INF5, []), 52: (*INF5, []), 55: (*PL, "T5", []), 57: (*INF5, []), 59: (*INF5, [("大洋集团", T)]),
    62: (D, "市场开拓", "T8", []), 64: (D, "市场开拓", "T8", []),
    68: (*PL, "T2", []),
    70: (E, "策略性措施", "T1", []),
    71: (E, "策略性措施", "T2", []), 72: (E, "法规管制", "T2", []),
    73: (E, "策略性措施", "T2", []), 74: (E, "策略性措施", "T2", [("专业力量", P)]),
    75: (D, "示范推广", "T9", []), 76: (D, "示范推广", "T9", []),
    78: (E, "策略性措施", "T1", [("基层党组织", P), ("人民群众", P)]),
}
EXP11 = {6: "为深入贯彻", 10: "在综合区域", 15: "在商业商务", 17: "1.加力", 22: "3.认定", 43: "13.推进印象城", 59: "20.推进大洋",
         64: "22.推进荣乐", 68: "建立完善规划", 70: "坚持“先体检", 71: "（三）健全", 73: "（四）用好", 75: "（五）强化", 78: "通过党建"}

DOCS = [(DOC10, ENT10, LAB10, EXP10, SKIP10, None), (DOC11, ENT11, LAB11, EXP11, None, NOTES11)]

if __name__ == "__main__":
    for stem, ent, lab, exp, skip, notes in DOCS:
        out = build2(stem, ent, lab, exp, skip, notes)
        print(stem, dict(Counter(e[2] for e in out["entities"])), len(out["measures"]), "measures")
    print("10 skipped:", SKIP10)
