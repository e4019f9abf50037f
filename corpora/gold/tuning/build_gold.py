"""Build the tuning gold JSON from hand-made annotation tables.

Entity surfaces/labels and measure labels below were decided by hand (GUIDELINES.md), without
running policytext on these files; this script only computes offsets: every occurrence of each
listed surface, longest first, flat (no overlaps), and sentence spans split at 。！？； and line
breaks (sentence numbers index that split). Run from anywhere:
    python corpora/gold/tuning/build_gold.py
"""

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1] / "tuning"


def sentences(text):
    out = []
    for m in re.finditer(r"[^。！？；\n]*[。！？；]?", text):
        seg = m.group()
        if not seg.strip():
            continue
        s = m.start() + (len(seg) - len(seg.lstrip()))
        e = m.end() - (len(seg) - len(seg.rstrip()))
        out.append((s, e, text[s:e]))
    return out


def find_entities(text, table):
    """table: list of (surface, label). Longest surfaces first; every occurrence; no overlaps."""
    taken = [False] * len(text)
    ents = []
    for surface, label in sorted(table, key=lambda x: -len(x[0])):
        start = 0
        while True:
            i = text.find(surface, start)
            if i < 0:
                break
            j = i + len(surface)
            start = i + 1
            if any(taken[i:j]):
                continue
            for k in range(i, j):
                taken[k] = True
            ents.append([i, j, label, surface])
    ents.sort()
    return ents


def build(stem, ent_table, labels, expect=None):
    text = (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")
    sents = sentences(text)
    ents = find_entities(text, ent_table)
    measures = []
    for idx, lab in sorted(labels.items()):
        s, e, x = sents[idx]
        if expect and idx in expect:
            assert x.startswith(expect[idx]), (stem, idx, x)
        inst, sub, theme, actors = lab
        acts = []
        for a, r in actors:
            if {"text": a, "role": r} not in acts:
                acts.append({"text": a, "role": r})
        measures.append({"start": s, "end": e, "text": x, "instrument": inst, "subtype": sub, "theme": theme, "actors": acts})
    out = {"file": f"{stem}.txt", "entities": ents, "measures": measures}
    (HERE / f"{stem}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out


S, E, D = "supply", "environment", "demand"
L, P, T = "lead", "participate", "target"

# ---------------------------------------------------------------- 01 Liaoning letter (国办函〔2004〕57号)
DOC1 = "01_gwyb_han_liaoning-kaocha-wenti-jianyi-banli"
ENT1 = [
    ("国务院办公厅", "ORG"), ("国务院", "ORG"), ("辽宁省人民政府", "ORG"), ("发展改革委", "ORG"),
    ("证监会", "ORG"), ("大连商品交易所", "ORG"),
    ("大连实德集团", "FIRM"), ("SABIC", "FIRM"), ("中国国际工程咨询公司", "FIRM"),
    ("中国第一重型机械集团公司", "FIRM"), ("大连重工•起重集团公司", "FIRM"), ("大连船用柴油机厂", "FIRM"),
    ("上海船用曲轴公司", "FIRM"),
    ("曾培炎", "PERSON"), ("振兴装备制造业座谈会", "PROGRAM"),
    ("大连双岛湾工业区石化项目", "PROGRAM"), ("双岛湾工业区石化项目", "PROGRAM"), ("大连百万吨乙烯项目", "PROGRAM"),
    ("辽宁核电项目", "PROGRAM"), ("辽宁核电站项目", "PROGRAM"), ("庄河电厂项目", "PROGRAM"),
    ("营口电厂二期", "PROGRAM"), ("丹东电厂二期", "PROGRAM"), ("元宝山电厂二期", "PROGRAM"), ("阜新电厂", "PROGRAM"),
    ("国家电力发展规划", "PROGRAM"), ("国家核电发展规划", "PROGRAM"), ("振兴规划", "PROGRAM"),
    ("国债专项", "PROGRAM"), ("专项电力建设基金", "PROGRAM"),
    ("辽宁省", "GPE"), ("辽宁", "GPE"), ("大连市", "GPE"), ("沙特", "GPE"), ("东北地区", "GPE"), ("东北", "GPE"),
    ("辽中南地区", "GPE"), ("庄河电厂", "GPE"), ("蒙东", "GPE"), ("黑龙江", "GPE"), ("山西", "GPE"), ("陕西", "GPE"),
    ("晋北", "GPE"), ("大秦线", "GPE"), ("大连新机场", "GPE"),
]
FIRMS3 = [("中国第一重型机械集团公司", T), ("大连重工•起重集团公司", T), ("大连船用柴油机厂", T)]
LAB1 = {
    9: (E, "目标规划", "T2", [("发展改革委", L), ("有关部门", P)]),
    10: (E, "法规管制", "T11", [("发展改革委", L), ("中国国际工程咨询公司", P)]),
    15: (E, "策略性措施", "T4", [("发展改革委", L)] + FIRMS3),
    20: (E, "目标规划", "T2", [("你省", T)]),
    21: (E, "目标规划", "T2", []),
    22: (S, "基础设施", "T9", []),
    25: (E, "目标规划", "T2", [("发展改革委", L)]),
    26: (E, "目标规划", "T2", [("你省", L), ("国家", L)]),
    29: (E, "法规管制", "T6", [("国家", L)]),
    30: (E, "策略性措施", "T4", [("你省", L), ("电网企业", T)]),
    31: (E, "法规管制", "T2", [("输配电企业", T)]),
    39: (E, "金融支持", "T6", []),
    40: (E, "金融支持", "T6", [("证监会", L), ("发展改革委", L)]),
    41: (E, "金融支持", "T6", [("国务院", L), ("证监会", P)]),
    44: (S, "资金投入", "T6", [("发展改革委", L), ("你省", T)]),
}
EXP1 = {9: "发展改革委会同", 10: "发展改革委已委托", 15: "建议中国第一", 20: "（一）你省", 21: "根据国家电力",
        22: "其次，在电力", 25: "发展改革委已优先", 26: "（三）辽宁核电站", 29: "发展改革委意见：2000年",
        30: "为解决电网", 31: "其次，实施", 39: "应先从", 40: "证监会、发展改革委将", 41: "（二）鉴于", 44: "发展改革委提出："}

# ---------------------------------------------------------------- 02 joint notice (国办发〔1996〕25号)
DOC2 = "02_gwyb_zhongyang-junwei_qinhua-rijun-yiqi-huaxue-wuqi"
PROVS = ["北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省", "黑龙江省", "上海市", "江苏省",
         "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "广西壮族自治区",
         "陕西省"]
ENT2 = [
    ("国务院办公厅", "ORG"), ("中央军委办公厅", "ORG"), ("甘肃省人民政府", "ORG"), ("广州军区", "ORG"),
    ("外交部", "ORG"), ("总参谋部", "ORG"), ("日本政府", "ORG"), ("侵华日军", "ORG"), ("日军", "ORG"),
    ("禁止化学武器国际公约", "PROGRAM"),
    ("沈阳", "GPE"), ("北京", "GPE"), ("兰州", "GPE"), ("济南", "GPE"), ("南京", "GPE"),
    ("日本", "GPE"), ("中国", "GPE"),
] + [(p, "GPE") for p in PROVS]
LAB2 = {
    11: (E, "策略性措施", "T1", [("外交部", L), ("总参谋部", L), ("有关省、自治区、直辖市及军区", P)]),
    12: (E, "策略性措施", "T1", []),
    13: (E, "策略性措施", "T1", []),
    14: (E, "策略性措施", "T1", []),
    16: (E, "策略性措施", "T1", [("军队各级防化业务部门", L)]),
    17: (E, "法规管制", "T1", []),
    18: (E, "法规管制", "T1", [("任何单位和个人", L)]),
}
EXP2 = {11: "因此，这项工作", 12: "二、要加强", 13: "同时抓紧", 14: "对日军遗弃", 16: "三、对已发现", 17: "对遗弃化学武器的埋藏点",
        18: "任何单位和个人"}

# ---------------------------------------------------------------- 03 opinion (国办发〔2018〕123号)
DOC3 = "03_gwyb_yijian_zhengwu-xinmeiti-jiankang-youxu-fazhan"
ENT3 = [
    ("国务院办公厅", "ORG"), ("国务院", "ORG"), ("党中央", "ORG"),
    ("中国政府网", "PROGRAM"), ("网络强国战略", "PROGRAM"), ("网络意识形态责任制", "PROGRAM"), ("网络安全法", "PROGRAM"),
]
GD = "各地区、各部门"
R2, R1, R10 = (E, "法规管制", "T2"), (E, "法规管制", "T1"), (E, "法规管制", "T10")
O1, O8 = (E, "策略性措施", "T1"), (E, "策略性措施", "T8")
PS10, PS11 = (S, "公共服务", "T10"), (S, "公共服务", "T11")
TR = (S, "人才培养", "T7")
LAB3 = {
    10: (E, "目标规划", "T2", []),
    12: (E, "目标规划", "T10", []),
    15: (*O8, []),
    17: (E, "策略性措施", "T11", []),
    19: (*PS10, []),
    21: (S, "科技支持", "T10", []),
    22: (*O1, []),
    24: (*O1, [("国务院办公厅", L), ("地方各级人民政府办公厅（室）", L), ("国务院各部门办公厅（室）", L)]),
    25: (*O1, [("主管单位", L)]),
    26: (*R1, [("行业主管部门", L), ("企事业单位", T)]),
    27: (*O1, [("政务新媒体主办单位", L)]),
    28: (D, "服务外包", "T10", [("相关机构", P)]),
    29: (*R1, [("宣传、网信部门", L), ("各级政务新媒体", T)]),
    30: (*PS10, []),
    31: (*PS10, [(GD, L)]),
    32: (D, "示范推广", "T10", [("中国政府网政务新媒体", L)]),
    33: (*O8, []),
    34: (*O8, []),
    35: (E, "策略性措施", "T11", []),
    36: (S, "公共服务", "T8", []),
    37: (*O8, []),
    38: (*O8, []),
    39: (*O8, []),
    40: (*O1, [("县级政务新媒体", L), ("本地区融媒体中心", P)]),
    41: (*PS11, []),
    42: (*PS11, []),
    43: (*PS11, []),
    44: (E, "策略性措施", "T11", [("业务部门", P)]),
    45: (*PS10, []),
    46: (*O8, []),
    47: (*PS10, []),
    48: (*PS10, [("省级政府", T), ("国务院部门", T)]),
    49: (E, "策略性措施", "T11", [("公众", T)]),
    50: (*PS11, []),
    51: (*PS11, []),
    52: (*PS11, []),
    53: (*PS11, []),
    54: (*PS11, []),
    55: (*R2, []),
    56: (*R2, []),
    58: (*R2, [("县级以上地方各级人民政府", L), ("国务院部门", L)]),
    59: (*R2, []),
    60: (*R2, []),
    61: (*R2, []),
    62: (E, "策略性措施", "T10", []),
    63: (*R2, []),
    64: (*R2, []),
    65: (*R2, [("政务新媒体主办单位", L)]),
    67: (*R2, []),
    68: (*R2, []),
    69: (*O8, []),
    70: (*O1, []),
    71: (*R1, []),
    72: (*R2, []),
    74: (*R10, []),
    75: (*R10, []),
    76: (*R10, []),
    77: (*R10, []),
    79: (*R1, []),
    80: (*R1, [("第三方平台", T), ("有关部门", P)]),
    81: (*R1, []),
    82: (E, "策略性措施", "T10", [("第三方平台", L)]),
    83: (*O1, []),
    84: (*O1, []),
    85: (*O1, [(GD, L)]),
    86: (*O1, []),
    87: (*O1, []),
    88: (*O1, [("宣传、网信、公安等部门", P)]),
    89: (*TR, []),
    90: (*TR, [(GD, L), ("各级领导干部和公务员", T)]),
    91: (*TR, []),
    92: (D, "示范推广", "T8", [("发展基础好的地方和部门", T)]),
    93: (*O1, []),
    94: (*O1, [(GD, L)]),
    95: (*O1, [("工作成效好的单位和个人", T)]),
    96: (*R1, []),
    97: (*R1, [("国务院办公厅", L), (GD, T)]),
}
EXP3 = {10: "以习近平", 12: "到2022年", 15: "增强", 22: "二、明确", 24: "国务院办公厅是", 28: "可通过购买", 30: "三、加强",
        32: "中国政府网政务", 33: "（一）推进", 41: "（二）加强政民", 50: "（三）突出", 56: "四、规范", 58: "县级以上",
        67: "严格内容", 74: "严格执行网络", 79: "加强政务新媒体的日常", 83: "五、强化", 84: "（一）加强组织", 89: "（二）加强人员",
        93: "（三）加强考核", 97: "国务院办公厅将"}

if __name__ == "__main__":
    for stem, ent, lab, exp in [(DOC1, ENT1, LAB1, EXP1), (DOC2, ENT2, LAB2, EXP2), (DOC3, ENT3, LAB3, EXP3)]:
        out = build(stem, ent, lab, exp)
        from collections import Counter
        print(stem, dict(Counter(e[2] for e in out["entities"])), len(out["measures"]), "measures")
