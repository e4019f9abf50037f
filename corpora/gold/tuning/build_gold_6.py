"""Build the gold JSON of tuning documents 14-15 from hand-made annotation tables.

Same method as build_gold.py / build_gold_2.py (whose helpers are reused: sentence split,
longest-first entity matching, SKIP handling and per-item 责任单位 notes): entity surfaces/labels
and measure labels were decided by hand following GUIDELINES.md, without running policytext on
these files; this script only computes offsets. Run from anywhere:
    python corpora/gold/tuning/build_gold_6.py
"""

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_gold_2 import build2  # noqa: E402

S, E, D = "supply", "environment", "demand"
L, P, T = "lead", "participate", "target"

# ---------------------------------------------------------------- 14 Shanxi notice on 2021 urban-rural residents' medical insurance (晋医保发〔2021〕14号)
DOC14 = "14_shanxi_chengxiang-jumin-yiliao-baozhang-gongzuo-tongzhi"
ENT14 = [
    ("山西省医疗保障局", "ORG"), ("山西省财政厅", "ORG"), ("国家税务总局山西省税务局", "ORG"),
    ("国家医保局", "ORG"), ("财政部", "ORG"), ("国家稅务总局", "ORG"),  # the source's own typo 稅 kept
    ("省委", "ORG"), ("省政府", "ORG"),
    ("政府工作报告", "PROGRAM"), ("山西省委山西省人民政府关于深化医疗保璋制度改革的意见", "PROGRAM"),
    ("关于做好2021年城乡居民基本医疗保障工作的通知", "PROGRAM"),
    ("高血压、糖尿病门诊用药保障和健康管理专项行动计划", "PROGRAM"), ("乡村振兴战略", "PROGRAM"),
    ("医疗机构医疗保障定点管理暂行办法", "PROGRAM"), ("零售药店医疗保障定点管理暂行办法", "PROGRAM"),
    ("基本医疗保险用药管理暂行办法", "PROGRAM"), ("国家基本医疗保险、工伤保险和生育保险药品目录（2020年）", "PROGRAM"),
    ("关于建立完善国家医保谈判药品“双通道”管理机制的指导意见", "PROGRAM"),
    ("国务院办公厅关于推动药品集中带量采购工作常态化制度化开展的意见", "PROGRAM"),
    ("山西省人民政府办公厅关于推动药品集中带量采购工作常态化制度化开展和医用耗材分类集中采购的实施意见", "PROGRAM"),
    ("医疗保障基金使用监督管理条例", "PROGRAM"), ("全国医疗保障经办政务服务事项淸单", "PROGRAM"),
    ("全面参保计划", "PROGRAM"),
    ("太原市", "GPE"), ("西部", "GPE"),
]
FUND6, RULE6 = (S, "资金投入", "T6"), (E, "法规管制", "T6")
RULE2, RULE1 = (E, "法规管制", "T2"), (E, "法规管制", "T1")
ORG1 = (E, "策略性措施", "T1")
SVC11, SVC10 = (S, "公共服务", "T11"), (S, "公共服务", "T10")
PROC8 = (D, "政府采购", "T8")
LAB14 = {
    4: (*FUND6, []),
    5: (*FUND6, []),
    6: (*FUND6, []),
    7: (*FUND6, []),
    8: (*FUND6, []),
    9: (*FUND6, [("市县财政部门", L)]),
    10: (*FUND6, [("各级财政", L)]),
    11: (*RULE6, []),
    12: (*RULE6, [("各市", L)]),
    13: (*RULE2, []),
    14: (*RULE2, [("各市", L)]),
    15: (E, "目标规划", "T2", []),
    16: (*RULE2, []),
    17: (D, "示范推广", "T8", [("太原市", T)]),
    18: (*RULE2, [("特困人员", T), ("低保对象", T), ("返贫致贫人口", T)]),
    19: (*FUND6, [("特困人员、低保对象和返贫致贫人口等困难群众", T)]),
    20: (*RULE2, [("新生儿、农村低收入人口等特殊群体", T)]),
    21: (E, "目标规划", "T2", []),
    22: (E, "目标规划", "T2", []),
    23: (*RULE2, []),
    24: (*ORG1, []),
    25: (*FUND6, []),
    26: (*RULE2, []),
    27: (*RULE2, [("符合条件的医药机构", T)]),
    28: (*RULE2, []),
    29: (*RULE2, []),
    30: (*RULE2, []),
    31: (*RULE2, []),
    32: (*PROC8, []),
    33: (*PROC8, []),
    34: (*RULE1, [("医药企业", L)]),
    35: (*RULE1, [("投标挂网企业", T)]),
    36: (*RULE2, []),
    37: (*RULE2, []),
    38: (*RULE1, []),
    39: (*RULE1, []),
    40: (*RULE1, []),
    41: (*ORG1, []),
    42: (*RULE1, []),
    43: (*ORG1, []),
    44: (*RULE2, []),
    45: (*ORG1, []),
    46: (*ORG1, []),
    47: (*ORG1, []),
    48: (*SVC11, []),
    49: (*SVC11, []),
    50: (*SVC11, []),
    51: (D, "服务外包", "T11", []),
    52: (*RULE1, [("商业保险机构", T)]),
    53: (*SVC11, []),
    54: (*RULE2, []),
    55: (*SVC10, [("公安、民政、人力资源社会保障、卫生健康、市场监管、税务、教育、残联、乡村振兴等部门", P)]),
    56: (*SVC10, [("税务部门", P)]),
    57: (*ORG1, [("市县党委、政府", L), ("乡镇街道", P)]),
    58: (*SVC11, []),
    59: (*SVC11, []),
    60: (*SVC11, []),
    61: (*SVC10, []),
    62: (*ORG1, []),
    63: (*ORG1, []),
    64: (*SVC11, []),
    65: (E, "策略性措施", "T8", []),
    66: (*ORG1, [("各级医疗保障、财政和税务部门", L)]),
}
EXP14 = {4: "一、继续", 5: "2021年，全省", 9: "市县财政部门", 13: "二、", 17: "全面实施高血压", 21: "三、", 26: "四、",
         32: "五、", 33: "全面贯彻落实", 38: "六、", 48: "七、", 51: "增强基层", 57: "强化全面参保", 62: "八、", 66: "各级医疗保障"}

# ---------------------------------------------------------------- 15 MOFCOM/MOST measures on foreign-invested R&D centres, forwarded by the State Council GO (国办函〔2023〕7号)
DOC15 = "15_ministries_waishang-touzi-yanfa-zhongxin-ruoganchuoshi"
ENT15 = [
    ("国务院办公厅", "ORG"), ("国务院", "ORG"), ("商务部", "ORG"), ("科技部", "ORG"), ("财政部", "ORG"),
    ("税务总局", "ORG"), ("海关总署", "ORG"), ("教育部", "ORG"), ("人力资源社会保障部", "ORG"), ("人民银行", "ORG"),
    ("银保监会", "ORG"), ("中央网信办", "ORG"), ("工业和信息化部", "ORG"), ("公安部", "ORG"),
    ("国家知识产权局", "ORG"), ("中央宣传部", "ORG"), ("农业农村部", "ORG"), ("国家林草局", "ORG"), ("外交部", "ORG"),
    ("国家移民局", "ORG"), ("国家外汇局", "ORG"), ("最高人民法院", "ORG"), ("最高人民检察院", "ORG"), ("司法部", "ORG"),
    ("市场监管总局", "ORG"),
    # the forwarded measures: in the title line without 的, in the 《》 of the forwarding line and as the heading
    ("关于进一步鼓励外商投资设立研发中心的若干措施", "PROGRAM"), ("关于进一步鼓励外商投资设立研发中心若干措施", "PROGRAM"),
    ("创新驱动发展战略", "PROGRAM"), ("国家科技专家库", "PROGRAM"),
    ("网络安全法", "PROGRAM"), ("数据安全法", "PROGRAM"), ("个人信息保护法", "PROGRAM"),
]
PROV = "各省级人民政府"


def note(lead, part=()):
    return [(u, L) for u in lead] + [(u, P) for u in part]


# every item is one line '（N）heading。body…' followed by a line '（X、Y…按职责分工负责）': the first unit is lead, the others
# participate; units before 牵头 are all lead. The note applies to the item heading and body, not to the section heading.
NOTES15 = {
    12: (14, note(["科技部"], ["财政部", "商务部", "税务总局", "海关总署", PROV])),
    16: (18, note(["科技部"], ["商务部", "海关总署", PROV])),
    20: (24, note(["教育部"], ["科技部", "人力资源社会保障部", PROV])),
    26: (28, note([PROV])),
    30: (32, note(["商务部"], ["人民银行", "银保监会", PROV])),
    34: (36, note(["科技部"], [PROV])),
    39: (41, note(["中央网信办"], ["工业和信息化部", "公安部", PROV])),
    43: (45, note(["商务部", "国家知识产权局"], ["中央宣传部", "农业农村部", "国家林草局"])),
    47: (49, note(["海关总署"], ["科技部", "农业农村部", "商务部"])),
    52: (55, note(["外交部"], ["科技部", "人力资源社会保障部", "国家移民局", PROV])),
    57: (58, note(["人力资源社会保障部"])),
    60: (62, note(["教育部"], ["科技部", "人力资源社会保障部", PROV])),
    64: (65, note(["人民银行"], ["国家外汇局", PROV])),
    68: (69, note(["最高人民法院"], ["最高人民检察院", "司法部", "公安部", "市场监管总局"])),
    71: (72, note(["国家知识产权局"])),
    74: (77, note(["最高人民法院"], ["最高人民检察院", "中央宣传部", "海关总署", "市场监管总局", "国家知识产权局"])),
}
FRD = "外资研发中心"
TECH3, SVC3 = (S, "科技支持", "T3"), (S, "公共服务", "T3")
RULE12, RULE7, RULE11 = (E, "法规管制", "T12"), (E, "法规管制", "T7"), (E, "法规管制", "T11")
FIN6 = (E, "金融支持", "T6")
LAB15 = {
    11: (*TECH3, []),
    12: (*TECH3, []),
    13: (E, "税收优惠", "T6", [("各地", T), (FRD, T)]),
    14: (E, "策略性措施", "T3", [(FRD, T)]),
    16: (*TECH3, []),
    17: (*SVC3, [(FRD, T)]),
    18: (S, "资金投入", "T3", [("各地", L), ("新型研发机构", T)]),
    20: (*TECH3, []),
    21: (*TECH3, [("普通高等院校", T), ("科研院所", T), ("职业学校", T), (FRD, T)]),
    22: (*TECH3, [(FRD, T), ("职业学校", T)]),
    23: (*SVC3, [(FRD, T)]),
    24: (S, "人才培养", "T7", [(FRD, T)]),
    26: (*TECH3, []),
    27: (S, "基础设施", "T3", []),
    28: (E, "法规管制", "T11", [("入驻平台的企业", T)]),
    30: (*FIN6, []),
    31: (*FIN6, [("金融机构", T), (FRD, T)]),
    32: (*FIN6, [("各地商务主管部门", L), ("金融机构", T), (FRD, T)]),
    34: (*TECH3, []),
    35: (*TECH3, [(FRD, T)]),
    36: (E, "策略性措施", "T3", [("外资研发中心科技专家", T)]),
    38: (*RULE12, []),
    39: (*RULE12, []),
    40: (*RULE12, []),
    41: (*RULE12, []),
    43: (*RULE12, []),
    44: (*RULE12, [("各地", T)]),
    45: (*RULE12, []),
    47: (*RULE12, []),
    48: (*RULE12, [(FRD, T)]),
    49: (*RULE12, [(FRD, T)]),
    51: (S, "人才培养", "T7", []),
    52: (*RULE7, [("海外人才", T)]),
    53: (*RULE7, [(FRD, T), ("海外人才", T)]),
    54: (*RULE7, [("海外高端人才", T)]),
    55: (*RULE7, [("外籍高级管理人员", T)]),
    57: (S, "人才培养", "T7", [("海外人才", T)]),
    58: (*RULE7, [("海外高端人才和紧缺人才", T)]),
    60: (S, "资金投入", "T6", []),
    61: (S, "人才培养", "T7", [("各地", T), ("海外高端人才和紧缺人才", T)]),
    62: (S, "资金投入", "T6", [("领军人才及其团队", T)]),
    64: (*FIN6, []),
    65: (*FIN6, [("金融机构", T), ("海外人才", T)]),
    67: (*RULE11, []),
    68: (*RULE11, []),
    69: (*RULE11, []),
    71: (S, "公共服务", "T11", []),
    72: (S, "公共服务", "T11", [(FRD, T)]),
    74: (*RULE11, []),
    75: (*RULE11, []),
    76: (*RULE11, []),
    77: (*RULE11, []),
    79: (E, "策略性措施", "T1", [("商务部", L), ("科技部", L), ("各有关部门和单位", P)]),
    80: (E, "策略性措施", "T1", [("各地", L), (FRD, T)]),
}
EXP15 = {11: "一、支持", 12: "（一）", 13: "落实支持", 16: "（二）", 20: "（三）", 26: "（四）", 30: "（五）", 34: "（六）",
         38: "二、", 39: "（七）", 43: "（八）", 47: "（九）", 51: "三、", 52: "（十）", 57: "（十一）", 60: "（十二）",
         64: "（十三）", 67: "四、", 68: "（十四）", 71: "（十五）", 74: "（十六）", 79: "商务部、科技部会同", 80: "各地要"}

DOCS = [(DOC14, ENT14, LAB14, EXP14, None, None), (DOC15, ENT15, LAB15, EXP15, None, NOTES15)]

if __name__ == "__main__":
    for stem, ent, lab, exp, skip, notes in DOCS:
        out = build2(stem, ent, lab, exp, skip, notes)
        print(stem, dict(Counter(e[2] for e in out["entities"])), len(out["measures"]), "measures")
