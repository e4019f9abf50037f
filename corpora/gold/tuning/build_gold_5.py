"""Build the gold JSON of tuning documents 12-13 from hand-made annotation tables.

Same method as build_gold.py / build_gold_2.py (whose helpers are reused: sentence split,
longest-first entity matching, SKIP handling): entity surfaces/labels and measure labels were
decided by hand following GUIDELINES.md, without running policytext on these files; this
script only computes offsets. Run from anywhere:
    python corpora/gold/tuning/build_gold_5.py
"""

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_gold import CORPUS, find_entities  # noqa: E402,F401
from build_gold_2 import build2  # noqa: E402
from build_gold_4 import skip_where  # noqa: E402

S, E, D = "supply", "environment", "demand"
L, P, T = "lead", "participate", "target"


# ---------------------------------------------------------------- 12 Guangzhou Tianhe district measures for Hong Kong / Macao youth
#                                                                  entrepreneurship (穗天科工信规字〔2023〕1号)
DOC12 = "12_guangzhou-tianhe_gangao-qingnian-chuangxin-chuangye-shishi-banfa"
ENT12 = [
    # issuing and named bodies
    ("广州市天河区科技工业和信息化局办公室", "ORG"), ("广州市天河区科技工业和信息化局", "ORG"),
    ("广州市天河区人力资源和社会保障局", "ORG"), ("中共广州市天河区委统战部", "ORG"),
    ("区委", "ORG"), ("区政府", "ORG"),
    ("香港特别行政区政府", "ORG"), ("澳门特别行政区政府", "ORG"), ("港澳特区政府", "ORG"),
    ("天河区港澳青年创新创业服务中心", "ORG"), ("天河区港澳青年之家", "ORG"),
    ("天河区港澳青年之家离岸孵化服务中心", "ORG"),
    ("天河区支持港澳台青年来穗创新创业专项小组", "ORG"), ("工信部", "ORG"),
    # named documents, events, designations, strategies
    ("广州市天河区深化支持港澳青年创新创业高质量发展实施办法", "PROGRAM"),
    ("粤港澳大湾区发展规划纲要", "PROGRAM"),
    ("港澳青年创新创业孵化载体", "PROGRAM"),
    ("广州天英汇国际创新创业大赛", "PROGRAM"),
    ("独角兽", "PROGRAM"), ("专精特新", "PROGRAM"), ("专精特新“小巨人”", "PROGRAM"),
    ("领航企业", "PROGRAM"), ("制造业单项冠军", "PROGRAM"),
    ("东西部协作", "PROGRAM"), ("乡村振兴", "PROGRAM"),
    # places, named bases
    ("粤港澳大湾区（广东）创新创业孵化基地", "GPE"), ("天河区港澳青年之家总部基地", "GPE"),
    ("粤港澳大湾区", "GPE"), ("天河区", "GPE"), ("天河", "GPE"), ("广州市", "GPE"), ("广东省", "GPE"),
    ("中国", "GPE"), ("香港", "GPE"), ("澳门特别行政区", "GPE"), ("澳门", "GPE"), ("台湾", "GPE"),
    ("港澳地区", "GPE"), ("粤港澳", "GPE"), ("台港澳", "GPE"), ("港澳", "GPE"),
]
# 港澳青年创新创业孵化载体 is the designation in 第三条 (评定为国家级、省级、市级…), a class noun in 第五条（二）
# (入驻…区域内港澳青年创新创业孵化载体期间); 中国 in 中国式现代化 is a concept, not the place.
SKIP12 = {
    "港澳青年创新创业孵化载体": skip_where(DOC12, ENT12, "港澳青年创新创业孵化载体", lambda t, s, e: t[s - 3:s] == "区域内"),
    "中国": skip_where(DOC12, ENT12, "中国", lambda t, s, e: t[e] == "式"),
}
MONEY = (S, "资金投入", "T6")
RULE6 = (E, "法规管制", "T6")
GQ, GQQ = "港澳青年", "港澳青年企业"
ZT = "创新创业孵化载体"
LAB12 = {
    17: (E, "法规管制", "T2", []),
    19: (*MONEY, [(ZT, T)]),
    20: (*MONEY, [(ZT, T)]),
    21: (*RULE6, []),
    23: (S, "公共服务", "T4", [("天河区港澳青年创新创业服务中心", T), (GQ, T)]),
    24: (E, "策略性措施", "T1", [("天河区支持港澳台青年来穗创新创业专项小组", L), ("相关部门", P), ("街道", P), (GQ, T)]),
    26: (*MONEY, [(GQQ, T)]),
    28: (*MONEY, [(GQQ, T)]),
    30: (*MONEY, [(GQQ, T)]),
    32: (*MONEY, [(GQQ, T)]),
    33: (*MONEY, [(GQQ, T)]),
    34: (*MONEY, [(GQQ, T)]),
    35: (*MONEY, [(GQQ, T)]),
    37: (S, "公共服务", "T12", [("天河区港澳青年之家离岸孵化服务中心", T), ("政府机构", P), (ZT, P), ("高校", P),
                                ("科研机构", P), ("创业基金", P), (GQ, T)]),
    38: (E, "策略性措施", "T4", [("国内外企业、社会团体、社会机构、其他经济组织", P), (GQQ, T)]),
    39: (E, "策略性措施", "T12", [(GQQ, T), (GQ, T)]),
    41: (S, "资金投入", "T12", [("社会组织", T), ("专业机构", T), (GQ, T)]),
    42: (*MONEY, [("境内外企业", T), ("社会组织", T), ("专业机构", T), ("港澳特区政府派驻机构", T)]),
    44: (*MONEY, [("第三方服务机构", T)]),
    45: (*MONEY, [(GQ, T)]),
    46: (*MONEY, [(GQ, T)]),
    47: (*MONEY, [(GQ, T)]),
    48: (*MONEY, [(GQ, T)]),
    49: (*RULE6, []),
    50: (*RULE6, [("企业、机构、个人", L)]),
    51: (E, "法规管制", "T1", [("扶持对象", L)]),
}
EXP12 = {17: "本办法适用对象", 19: "被香港", 21: "同一级别", 23: "每年安排最高100万元经费支持天河区", 24: "天河区支持",
         26: "对天河区", 28: "在广州天英汇", 32: "鼓励港澳", 35: "对通过国家级", 37: "在香港设立", 38: "加强与",
         39: "鼓励港澳青年企业、", 41: "每年安排最高80万元", 42: "每年安排最高100万元活动", 44: "入驻", 48: "在粤港澳",
         49: "第九条", 50: "获得扶持", 51: "第十条"}

# ---------------------------------------------------------------- 13 State Council letter to Hubei on the Badong geological hazard
#                                                                  (国办函〔2004〕80号, with the two attached 国土资源部 / expert-group texts)
DOC13 = "13_gwyb_han_hubei-badong-dizhi-zaihai-xianqing-fuhan"
QS = "关于恳请解决巴东县官渡口镇马鬃山村地质险情有关问题的请示"
ENT13 = [
    ("国务院办公厅", "ORG"), ("国务院", "ORG"), ("湖北省人民政府", "ORG"), ("国土资源部", "ORG"), ("财政部", "ORG"),
    ("华中科技大学", "ORG"), ("中国科学院", "ORG"), ("成都理工大学", "ORG"), ("重庆大学", "ORG"),
    ("湖北省地勘局", "ORG"), ("三峡库区地质灾害防治工作指挥部", "ORG"), ("湖北省国土资源厅", "ORG"),
    ("重庆市国土资源和房屋管理局", "ORG"), ("湖北省地震局", "ORG"), ("巴东县人民政府", "ORG"),
    ("中国地质大学（武汉）", "ORG"), ("中国地质大学", "ORG"), ("三峡地震台网", "ORG"), ("培石乡政府", "ORG"),
    ("曾培炎", "PERSON"), ("刘广润", "PERSON"),
    (QS, "PROGRAM"), ("湖北省人民政府" + QS, "PROGRAM"),
    ("湖北省巴东县马鬃山村地面振动监测结果汇报", "PROGRAM"),
    ("国土资源部关于湖北省巴东县官渡口镇马鬃山村地质险情调研情况的报告", "PROGRAM"),
    ("湖北省巴东县官渡口镇马鬃山村地质险情调查专家组意见", "PROGRAM"),
    ("湖北省", "GPE"), ("湖北", "GPE"), ("巴东县城", "GPE"), ("巴东县", "GPE"), ("官渡口镇", "GPE"), ("官渡口", "GPE"),
    ("马鬃山村", "GPE"), ("马鬃山", "GPE"), ("三峡水库", "GPE"), ("长江", "GPE"), ("重庆市", "GPE"), ("重庆", "GPE"),
    ("巫山县", "GPE"), ("培石集镇", "GPE"), ("培石", "GPE"), ("杏子坪", "GPE"), ("水坪洼地", "GPE"), ("水坪5组", "GPE"),
    ("水坪", "GPE"), ("后湾", "GPE"),
]
INV = (E, "策略性措施", "T1")
EXPERTS = [("华中科技大学", P), ("中国科学院", P), ("成都理工大学", P), ("重庆大学", P), ("湖北省地勘局", P),
           ("三峡库区地质灾害防治工作指挥部", P)]
LAB13 = {
    5: (*INV, [("国土资源部", L)]),
    7: (*INV, [("你省", L)]),
    17: (*INV, [("我部", L)] + EXPERTS),
    18: (*INV, [("专家组", L)]),
    19: (*INV, [("湖北省国土资源厅", L), ("重庆市国土资源和房屋管理局", L)]),
    20: (*INV, [("我部", L), ("华中科技大学", P), ("湖北省地震局", P)]),
    39: (D, "服务外包", "T1", [("巴东县人民政府", L), ("中国地质大学（武汉）", P)]),
    40: (S, "公共服务", "T1", [("巴东县人民政府", L), ("湖北省人民政府", P)]),
    41: (S, "基础设施", "T1", [("湖北省地震局", L)]),
    43: (*INV, [("湖北省人民政府", L)]),
    49: (*INV, [("国土资源部", L)] + EXPERTS),
    50: (*INV, [("专家组", L)]),
    51: (*INV, [("国土资源部", L), ("华中科技大学", P), ("湖北省地震局", P)]),
    67: (D, "服务外包", "T1", [("巴东县人民政府", L), ("中国地质大学", P)]),
    69: (*INV, [("地方政府", L)]),
    70: (*INV, [("湖北省地震局", L)]),
    80: (*INV, []),
}
EXP13 = {5: "根据国务院", 7: "建议你省", 17: "为落实", 18: "由于当时", 19: "此后", 20: "在有了进一步地震监测资料和", 39: "巴东县人民政府已委托",
         40: "巴东县人民政府按照", 41: "湖北省地震局已", 43: "建议湖北省", 49: "2004年3月24日", 50: "经讨论", 51: "在有了进一步地震监测资料的",
         67: "巴东县人民政府委托", 69: "据地方政府", 70: "为了加强", 80: "建议继续"}

DOCS = [(DOC12, ENT12, LAB12, EXP12, SKIP12, None), (DOC13, ENT13, LAB13, EXP13, None, None)]

if __name__ == "__main__":
    for stem, ent, lab, exp, skip, notes in DOCS:
        out = build2(stem, ent, lab, exp, skip, notes)
        print(stem, dict(Counter(e[2] for e in out["entities"])), len(out["measures"]), "measures")
    print("12 skipped:", SKIP12)
