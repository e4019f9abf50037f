"""Build the gold JSON of tuning documents 18-19 from hand-made annotation tables.

Same method as build_gold.py / build_gold_2.py (whose helpers are reused: sentence split,
longest-first entity matching, SKIP handling): entity surfaces/labels and measure labels were
decided by hand following GUIDELINES.md, without running policytext on these files and without
looking at its lexicons or rules; this script only computes offsets. Neither document has
牵头/责任单位 notes, so actors come from the sentences alone. Run from anywhere:
    python corpora/gold/tuning/build_gold_7b.py
"""

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_gold_2 import build2  # noqa: E402

S, E, D = "supply", "environment", "demand"
L, P, T = "lead", "participate", "target"

# ---------------------------------------------------------------- 18 MOHRSS notice: HR/social-security support for the private economy (2023-11-30)
DOC18 = "18_ministries_renshebu-zhichi-minying-jingji-fazhan-zhuangda-tongzhi"
ENT18 = [
    ("人力资源社会保障部", "ORG"), ("党中央", "ORG"), ("国务院", "ORG"),
    ("中共中央国务院关于促进民营经济发展壮大的意见", "PROGRAM"),
    # national strategies named in 围绕制造强国、数字中国、健康中国建设 (tuning 12/14 precedent: 乡村振兴, 网络强国战略)
    ("制造强国", "PROGRAM"), ("数字中国", "PROGRAM"), ("健康中国", "PROGRAM"),
    # the named skill-grade system; the quote is a fragment of the longer name (集成电路“强芯”工程 rule)
    ("“新八级工”职业技能等级制度", "PROGRAM"),
    # honours and awards people/firms are recommended for
    ("中华技能大奖", "PROGRAM"), ("全国技术能手", "PROGRAM"), ("政府特殊津贴", "PROGRAM"),
    ("全国就业与社会保障先进民营企业暨关爱员工实现双赢表彰活动", "PROGRAM"),
    ("专精特新", "PROGRAM"),
    # named campaigns (绿色建材下乡活动 precedent); 中小企业服务月 inside its quotes
    ("青年仲裁员志愿者联系企业活动", "PROGRAM"), ("中小企业服务月", "PROGRAM"), ("人社厅局长进企业宣讲活动", "PROGRAM"),
    ("行政处罚法", "PROGRAM"), ("证明事项告知承诺制", "PROGRAM"),
]
TAL = (S, "人才培养", "T7")
EVAL7, INC7 = (E, "法规管制", "T7"), (E, "策略性措施", "T7")
SVC7, SVC4, SVC11 = (S, "公共服务", "T7"), (S, "公共服务", "T4"), (S, "公共服务", "T11")
LAB11, LAB1 = (E, "策略性措施", "T11"), (E, "策略性措施", "T1")
REG1, REG11 = (E, "法规管制", "T1"), (E, "法规管制", "T11")
PUB8 = (E, "策略性措施", "T8")
MY = "民营企业"
LAB18 = {
    3: (*TAL, []),
    4: (*TAL, []),
    5: (*TAL, [(MY, T), ("技工院校等职业院校、职业技能培训机构", P)]),
    6: (*TAL, [(MY, T), ("技工院校", T)]),
    7: (*TAL, [("具备条件的民营企业", T)]),
    8: (*EVAL7, []),
    9: (*EVAL7, [("符合条件的民营企业", T)]),
    10: (*EVAL7, [("民营企业专业技术人才", T), ("人力资源服务机构等社会组织", P)]),
    11: (*EVAL7, [("民营企业高层次专业技术人才、急需紧缺人才、优秀青年人才", T)]),
    12: (*EVAL7, [("与企业相关的职称评审委员会、专家库", L), (MY, T)]),
    13: (*EVAL7, []),
    14: (*TAL, [("符合条件的民营企业", T)]),
    15: (*INC7, []),
    16: (*INC7, [(MY, T)]),
    17: (*INC7, [(MY, T), ("获奖选手", T)]),
    18: (*INC7, [("民营企业高技能人才", T), ("符合条件的民营企业高层次专业技术人才、高技能人才", T)]),
    19: (*SVC7, []),
    20: (*SVC7, [(MY, T)]),
    21: (S, "资金投入", "T7", [("中小微企业", T), (MY, T), ("高校毕业生等青年群体", T)]),
    22: (*INC7, [("就业示范效应好的民营企业", T)]),
    23: (*SVC7, []),
    24: (*SVC7, [("各级公共就业服务机构", L), ("各类民营企业", T)]),
    25: (*SVC7, []),
    26: (S, "公共服务", "T10", [(MY, T)]),
    27: (*SVC7, [("专精特新、涉及重点外资项目等民营企业", T)]),
    28: (*SVC7, [("人力资源服务机构", T), (MY, T)]),
    29: (*SVC4, []),
    30: (*SVC4, [("高校毕业生、农民工、就业困难人员等重点群体", T)]),
    31: (*SVC4, [("各类创业载体", P), ("中小微企业", T)]),
    32: (E, "策略性措施", "T4", [("创业主体", T)]),
    33: (*LAB11, [(MY, T)]),
    34: (*LAB11, []),
    35: (*LAB1, [("政府、工会、企业代表组织", P), (MY, T)]),
    36: (*LAB11, [("龙头企业", P)]),
    37: (*SVC11, [(MY, T), ("职工", T)]),
    38: (*LAB11, [("企业", T), ("职工", T)]),
    39: (*LAB11, []),
    40: (*LAB11, [("企业", T)]),
    41: (*LAB11, [("规模以上民营企业", T)]),
    42: (*SVC11, [(MY, T)]),
    43: (*SVC11, []),
    44: (*REG11, []),
    45: (*REG1, []),
    46: (*SVC11, [(MY, T)]),
    47: (*REG1, []),
    48: (*REG1, [(MY, T)]),
    49: (E, "金融支持", "T6", []),
    50: (E, "税收优惠", "T6", []),
    51: (E, "税收优惠", "T6", [("不裁员、少裁员的民营企业", T), ("以单位形式参保的个体工商户", T)]),
    52: (E, "金融支持", "T6", []),
    53: (E, "金融支持", "T6", [("平台企业", T)]),
    54: (*SVC11, [(MY, T), ("小微企业", T)]),
    56: (*LAB1, []),
    57: (*LAB1, [("各地", L)]),
    58: (*LAB1, [(MY, T)]),
    59: (*SVC11, []),
    60: (*REG11, [("各地", L), (MY, T)]),
    61: (*SVC11, []),
    62: (*SVC7, []),
    63: (*EVAL7, [("各地", L), (MY, T)]),
    64: (*SVC7, [("相关部门", L), ("民营企业高技能人才", T)]),
    65: (*PUB8, []),
    66: (*PUB8, [("各地", L)]),
    67: (*PUB8, [("广大民营经济人士", T)]),
}
EXP18 = {3: "一、扩大", 4: "（一）", 8: "（二）", 15: "（三）", 19: "二、", 20: "（四）", 23: "（五）", 29: "（六）", 33: "三、",
         34: "（七）", 39: "（八）", 45: "（九）", 49: "四、", 50: "（十）", 52: "（十一）", 56: "（十二）", 59: "（十三）",
         62: "（十四）", 65: "（十五）", 67: "加大宣传引导力度"}

# ---------------------------------------------------------------- 19 MOHRSS notice: HR-service industry innovation action plan 2023-2025 (2022-12-05)
DOC19 = "19_ministries_renli-ziyuan-fuwuye-chuangxin-fazhan-xingdong-jihua"
ENT19 = [
    ("人力资源社会保障部", "ORG"), ("党中央", "ORG"), ("国务院", "ORG"), ("中国中小企业发展促进中心", "ORG"),
    ("人力资源流动管理司", "ORG"),
    ("人力资源服务业创新发展行动计划（2023-2025年）", "PROGRAM"),
    ("就业优先战略", "PROGRAM"), ("人才强国战略", "PROGRAM"), ("乡村振兴战略", "PROGRAM"), ("乡村振兴", "PROGRAM"),
    ("国家乡村振兴重点帮扶县", "PROGRAM"),  # official designation name, tagged whole (国家碳达峰试点 precedent)
    ("优质中小企业梯度培育", "PROGRAM"), ("专精特新", "PROGRAM"),
    ("人力资源服务机构稳就业促就业行动", "PROGRAM"), ("全国人力资源市场高校毕业生就业服务周", "PROGRAM"),
    ("国聘行动", "PROGRAM"), ("人力资源服务进校园进企业", "PROGRAM"), ("市场化引才聚才行动", "PROGRAM"),
    ("揭榜挂帅", "PROGRAM"), ("西部和东北地区人力资源市场建设援助计划", "PROGRAM"),
    # designation 国家级人力资源服务产业园 (level word outside); the class-noun occurrences are skipped below
    ("人力资源服务产业园", "PROGRAM"), ("国家中小企业公共服务示范平台", "PROGRAM"),
    ("外商投资法", "PROGRAM"),
    ("“一带一路”人力资源服务行动", "PROGRAM"), ("“一带一路”国际合作高峰论坛", "PROGRAM"), ("一带一路", "PROGRAM"),
    ("人力资源服务业国际合作论坛", "PROGRAM"), ("企业跨境贸易投资法律综合支援平台", "PROGRAM"),
    ("人力资源服务业万名领军人才培养计划", "PROGRAM"), ("专业技术人才知识更新工程", "PROGRAM"),
    ("全国信用信息共享平台", "PROGRAM"), ("企业标准领跑者制度", "PROGRAM"), ("国家重大建设项目库", "PROGRAM"),
    ("人力资源服务产业发展专项", "PROGRAM"), ("告知承诺制", "PROGRAM"),
    ("清理整顿人力资源市场秩序专项行动", "PROGRAM"), ("全国人力资源服务业发展大会", "PROGRAM"),
]
# occurrences of 人力资源服务产业园: 0 国家级… (s35), 1 地方… (s35), 2-5 the parks as such (s36-s39), 6 国家级… (s74), 7 …建设 (s90)
SKIP19 = {"人力资源服务产业园": [1, 2, 3, 4, 5, 7]}
FIRM4, PLAN4 = (E, "策略性措施", "T4"), (E, "目标规划", "T4")
SVC7, TAL7, ORG7 = (S, "公共服务", "T7"), (S, "人才培养", "T7"), (E, "策略性措施", "T7")
INFRA5, INFRA7 = (S, "基础设施", "T5"), (S, "基础设施", "T7")
TECH10, TECH3 = (S, "科技支持", "T10"), (S, "科技支持", "T3")
OPEN12, RULE12, TRADE12 = (D, "海外合作", "T12"), (E, "法规管制", "T12"), (D, "市场开拓", "T12")
MON1, DATA1, REG1 = (E, "策略性措施", "T1"), (S, "公共服务", "T1"), (E, "法规管制", "T1")
STD2 = (E, "法规管制", "T2")
FUND6, FIN6 = (S, "资金投入", "T6"), (E, "金融支持", "T6")
PUB8 = (E, "策略性措施", "T8")
HR = "人力资源服务机构"
HRF = "人力资源服务企业"
COND = "有条件的地方"
LAB19 = {
    4: (E, "目标规划", "T2", []),
    5: (*PLAN4, []),
    6: (*FIRM4, []),
    7: (*PLAN4, []),
    8: (*FIRM4, [("龙头企业", T)]),
    9: (*FIRM4, [("龙头企业", T)]),
    10: (*FIRM4, []),
    11: (*FIRM4, []),
    12: (*PLAN4, [("创新企业", T)]),
    13: (*FIRM4, [(COND, T)]),
    14: (*SVC7, []),
    15: (*SVC7, []),
    16: (*SVC7, [("高校毕业生、农民工等重点群体", T)]),
    17: (*SVC7, []),
    18: (*SVC7, [(HR, T), ("劳动者", T)]),
    19: (*ORG7, [("猎头机构", T)]),
    20: (*TAL7, [(COND, T)]),
    21: (D, "服务外包", "T7", [(HR, T)]),
    22: (E, "税收优惠", "T6", [("企业", T)]),
    23: (S, "公共服务", "T3", [(HR, T)]),
    24: (*SVC7, []),
    25: (*SVC7, []),
    26: (*SVC7, [(HR, T), ("制造业企业", T)]),
    27: (*ORG7, [("制造业企业", T), (HR, T)]),
    28: (*SVC7, [(COND, L)]),
    29: (*ORG7, []),
    30: (*ORG7, [("各类人力资源服务机构", T)]),
    31: (*ORG7, [(HR, T)]),
    32: (*INFRA5, [("县域经济比较发达、人口规模较大的地区", T)]),
    33: (*INFRA5, []),
    34: (*INFRA5, []),
    35: (E, "目标规划", "T5", []),
    36: (*INFRA5, []),
    37: (*INFRA5, [(COND, T)]),
    38: (E, "策略性措施", "T5", []),
    39: (*MON1, []),
    40: (*INFRA7, []),
    41: (*INFRA7, []),
    42: (*SVC7, []),
    43: (*ORG7, [(COND, T)]),
    44: (*TECH3, []),
    45: (*TECH10, []),
    46: (*TECH10, []),
    47: (E, "法规管制", "T10", []),
    48: (*TECH10, [(HRF, T)]),
    49: (*TECH10, [("有条件的人力资源服务龙头企业", T)]),
    50: (*TECH10, [("中小人力资源服务企业", T)]),
    51: (*PLAN4, []),
    52: (*PLAN4, []),
    53: (S, "公共服务", "T10", [("人力资源服务平台企业", T)]),
    54: (*SVC7, [("企业", T), ("劳动者", T)]),
    55: (*TECH3, []),
    56: (*TECH3, [(HRF, T), ("高校、科研院所及金融机构", P)]),
    57: (*TECH3, [(HRF, T)]),
    58: (*TAL7, [("符合条件的人力资源服务企业", T)]),
    59: (E, "法规管制", "T11", [("人力资源服务业创新主体", T)]),
    60: (*OPEN12, []),
    61: (*OPEN12, []),
    62: (*RULE12, []),
    63: (*OPEN12, []),
    64: (*RULE12, [("外资企业", T)]),
    65: (*OPEN12, []),
    66: (*TRADE12, []),
    67: (*OPEN12, [("国内人力资源服务企业", T)]),
    68: (*OPEN12, []),
    69: (*TRADE12, []),
    70: (S, "公共服务", "T12", [("中国中小企业发展促进中心", P), (HRF, T)]),
    71: (E, "策略性措施", "T2", []),
    72: (*TAL7, []),
    73: (*TAL7, []),
    74: (*TAL7, [("高等院校", T)]),
    75: (*TAL7, []),
    76: (E, "法规管制", "T7", []),
    77: (*MON1, []),
    78: (*DATA1, []),
    79: (*REG1, []),
    80: (*DATA1, []),
    81: (*DATA1, []),
    82: (*STD2, []),
    83: (*STD2, []),
    84: (*STD2, []),
    85: (*STD2, []),
    86: (*STD2, [("人力资源服务行业协会、人力资源服务机构", T)]),
    87: (E, "策略性措施", "T11", []),
    88: (*FUND6, []),
    89: (*FUND6, []),
    90: (*FUND6, [("各地", T)]),
    91: (*FIN6, [("社会资本", T)]),
    92: (*FIN6, [(HR, T), ("银行业金融机构", T)]),
    93: (*REG1, []),
    94: (E, "法规管制", "T11", []),
    95: (*REG1, []),
    96: (*REG1, []),
    97: (*MON1, [("行业协会学会", T)]),
    98: (*PUB8, []),
    99: (*PUB8, []),
    100: (*PUB8, [("各地", T)]),
    101: (*PUB8, [(COND, T)]),
    102: (*PUB8, []),
    103: (*PUB8, []),
}
EXP19 = {4: "以习近平", 5: "二、", 6: "（一）", 11: "（二）", 14: "三、", 15: "（三）", 24: "（四）", 29: "（五）", 33: "四、",
         34: "（六）", 40: "（七）", 44: "五、", 45: "（八）", 51: "（九）", 55: "（十）", 60: "六、", 61: "（十一）",
         66: "（十二）", 71: "七、", 72: "（十三）", 77: "（十四）", 82: "（十五）", 87: "八、", 88: "（十六）",
         93: "（十七）", 98: "（十八）", 103: "加强理论研究"}

DOCS = [(DOC18, ENT18, LAB18, EXP18, None, None), (DOC19, ENT19, LAB19, EXP19, SKIP19, None)]

if __name__ == "__main__":
    for stem, ent, lab, exp, skip, notes in DOCS:
        out = build2(stem, ent, lab, exp, skip, notes)
        print(stem, dict(Counter(e[2] for e in out["entities"])), len(out["measures"]), "measures")
