"""Build the held-out gold JSON from hand-made annotation tables.

Entity surfaces and measure labels below were decided by hand (GUIDELINES.md); this script only
computes offsets: every occurrence of each listed surface, longest first, flat (no overlaps),
and sentence spans split at 。！？； and line breaks. Run from anywhere:
    python corpora/gold/heldout/build_gold.py
"""

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1] / "heldout"


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


def find_entities(text, table, skip_if_next=None):
    """table: list of (surface, label). Longest surfaces first; no overlaps."""
    skip_if_next = skip_if_next or {}
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
            nxt = text[j : j + 1]
            if nxt and nxt in skip_if_next.get(surface, ""):
                continue
            if any(taken[i:j]):
                continue
            for k in range(i, j):
                taken[k] = True
            ents.append([i, j, label, surface])
    ents.sort()
    return ents


def note_actors(note):
    """（牵头单位：A，配合单位：B、C，各区、县级市） -> [(A, lead), (B, participate), ...]."""
    body = note.strip("（）")
    keep = {"各有关区、县级市": "\x01", "各区、县级市": "\x02"}
    for k, v in keep.items():
        body = body.replace(k, v)
    actors = []
    for part in body.split("，"):
        role = "participate"
        if part.startswith("牵头单位："):
            role, part = "lead", part[len("牵头单位：") :]
        elif part.startswith("配合单位："):
            part = part[len("配合单位：") :]
        for unit in part.split("、"):
            for k, v in keep.items():
                unit = unit.replace(v, k)
            if unit:
                actors.append((unit, role))
    return actors


def build(stem, ent_table, labels, skip_if_next=None, notes=None):
    text = (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")
    sents = sentences(text)
    ents = find_entities(text, ent_table, skip_if_next)
    # note actors: each item (line starting with a number + '.') up to its note
    item_note = {}
    if notes:
        current = []
        for idx, (_s, _e, x) in enumerate(sents):
            if re.match(r"^\d+\.", x) or re.match(r"^[一二三四五六七八九十]+、", x) or re.match(r"^（[一二三四五六七八九十]+）", x):
                current = [idx]
            elif x.startswith("（牵头单位："):
                for j in current:
                    item_note[j] = note_actors(x)
                current = []
            elif current:
                current.append(idx)
    measures = []
    for idx, lab in sorted(labels.items()):
        s, e, x = sents[idx]
        inst, sub, theme, actors = lab
        acts = []
        seen = set()
        for a, r in list(actors) + item_note.get(idx, []):
            if (a, r) in seen:
                continue
            seen.add((a, r))
            acts.append({"text": a, "role": r})
        measures.append({"start": s, "end": e, "text": x, "instrument": inst, "subtype": sub, "theme": theme, "actors": acts})
    out = {"file": f"{stem}.txt", "entities": ents, "measures": measures}
    (HERE / f"{stem}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out


S, E, D = "supply", "environment", "demand"
L, P, T = "lead", "participate", "target"

# ---------------------------------------------------------------- 01 central ministries
DOC1 = "01_ministries_keji-chuangxin-zhuanxiang-danbao-jihua"
ENT1 = [
    ("财政部", "ORG"), ("科技部", "ORG"), ("工业和信息化部", "ORG"), ("金融监管总局", "ORG"),
    ("新疆生产建设兵团财政局", "ORG"),
    ("国家融资担保基金有限责任公司", "FIRM"), ("国家融资担保基金", "FIRM"), ("融担基金", "FIRM"),
    ("支持科技创新专项担保计划", "PROGRAM"), ("科技创新专项担保计划", "PROGRAM"), ("科技创新担保专项计划", "PROGRAM"),
    ("科技部财政部国家税务总局关于印发〈科技型中小企业评价办法〉的通知", "PROGRAM"),
    ("科技部财政部国家税务总局关于修订印发〈高新技术企业认定管理办法〉的通知", "PROGRAM"),
    ("工业和信息化部关于印发〈优质中小企业梯度培育管理暂行办法〉的通知", "PROGRAM"),
    ("工业和信息化部国家统计局国家发展和改革委员会财政部关于印发中小企业划型标准规定的通知", "PROGRAM"),
    ("全国科技型中小企业信息库", "PROGRAM"), ("创新积分制", "PROGRAM"),
    ("专精特新“小巨人”", "PROGRAM"), ("专精特新", "PROGRAM"),
    ("政银担企", "PROGRAM"), ("全国政府性融资担保数字化平台", "PROGRAM"),
    ("中华人民共和国", "GPE"),
]
SKIP1 = {"财政部": "门", "科技部": "门"}
F6 = (E, "金融支持", "T6")
SME = "科技创新类中小企业"
GOV = "政府性融资担保、再担保机构"
LOCGOV = "地方政府性融资担保、再担保机构"
LAB1 = {
    12: (*F6, [("融担基金", P), ("银行", T)]),
    14: (*F6, [(SME, T)]),
    16: (*F6, [("融担基金", L), (LOCGOV, T), (SME, T)]),
    18: (*F6, [("银行", L), ("各级政府性融资担保、再担保机构", L), (SME, T)]),
    20: (S, "资金投入", "T6", [("中央财政", L), ("融担基金", T)]),
    21: (S, "资金投入", "T6", [("有条件的地方", T), (GOV, T)]),
    23: (E, "策略性措施", "T6", [("财政部", L), ("融担基金", T)]),
    24: (E, "策略性措施", "T6", [("地方财政部门", L), (GOV, T)]),
    26: (*F6, []),
    27: (*F6, [("银行", L), ("政府性融资担保机构", L), ("中小企业", T)]),
    38: (S, "公共服务", "T6", [("科技部", L), ("工业和信息化部", L), ("省级科技部门", P), ("工业和信息化主管部门", P), (LOCGOV, T)]),
    39: (*F6, []),
    40: (*F6, [("银行", L), ("政府性融资担保体系", L)]),
    41: (*F6, [("融担基金", L)]),
    42: (*F6, [("省级再担保机构", L)]),
    43: (*F6, [("有条件的省级再担保、担保机构", L), ("市县级担保机构", T)]),
    44: (*F6, [("融担基金", L)]),
    45: (*F6, [("融担基金", L), ("专精特新“小巨人”企业", T), ("专精特新中小企业", T), ("承担国家科技项目的中小企业", T)]),
    46: (*F6, [("融担基金", L), ("高新技术企业", T), ("科技型中小企业", T)]),
    47: (*F6, [("融担基金", L), ("科技型中小企业", T), ("创新型中小企业", T)]),
    48: (*F6, []),
    49: (*F6, [("融担基金", L)]),
    50: (*F6, []),
    51: (*F6, [("合作机构", T), (SME, T)]),
    52: (E, "法规管制", "T6", [("合作机构", L), (SME, T)]),
    53: (*F6, []),
    54: (*F6, [(SME, T)]),
    55: (*F6, [("各级政府性融资担保、再担保机构", L), ("科技创新类中型企业", T)]),
    56: (*F6, []),
    57: (*F6, [("融担基金", L), ("省级再担保机构", P)]),
    58: (*F6, [("融担基金", L)]),
    59: (*F6, []),
    60: (*F6, [("有条件的政府性融资担保、再担保机构", T), ("股权投资机构", P), ("科技创新类企业", T)]),
    61: (*F6, []),
    62: (*F6, [("银行", T), (SME, T)]),
    63: (S, "资金投入", "T6", []),
    64: (S, "资金投入", "T6", [("中央财政", L), ("融担基金", T)]),
    65: (S, "资金投入", "T6", [("中央财政", L)]),
    66: (*F6, [("财政部", L), ("融担基金", T)]),
    68: (E, "策略性措施", "T8", []),
    69: (E, "策略性措施", "T8", [("地方财政部门", L), ("有关部门", P), (LOCGOV, T), ("银行", T), (GOV, T), (SME, T)]),
    70: (S, "资金投入", "T6", []),
    71: (S, "资金投入", "T6", [("地方财政部门", L), (GOV, T)]),
    72: (E, "策略性措施", "T1", []),
    73: (E, "策略性措施", "T1", []),
    74: (E, "策略性措施", "T6", []),
    75: (E, "策略性措施", "T6", [("融担基金", L), ("合作机构", P), ("银行", P), (GOV, P)]),
    76: (E, "法规管制", "T1", []),
    77: (E, "法规管制", "T1", [("银行", L), (GOV, L)]),
    79: (E, "法规管制", "T1", [("财政部", L), ("融担基金", T)]),
    80: (E, "法规管制", "T1", [("主管部门", L), (GOV, T)]),
    81: (E, "法规管制", "T1", [("有关机关", P)]),
}

# ---------------------------------------------------------------- 02 Guangzhou
DOC2 = "02_guangzhou_rencai-jiju-gongcheng-shishiyijian"
ORG2 = """市发展改革委 市委组织部 市人力资源和社会保障局 市国资委 市经贸委 市工商联 市教育局 市金融办 市工商局
团市委 市科技和信息化局 市科协 市城管委 市农业局 市委宣传部 市文化广电新闻出版局 市体育局 市卫生局 市民政局
市委政法委 市法院 市检察院 市公安局 市司法局 市法制办 市留交办 市财政局 市住房保障办 市规划局 市国土房管局 市编办
市人才工作领导小组 中国科学院 中国工程院 国务院 北京大学 清华大学 南方国际人才研究院 高层次人才发展咨询委员会
中国南方人才市场 “千人计划”南方创业服务中心""".split()
PROG2 = """关于推进人才集聚工程的实施意见 中共广州市委、广州市人民政府关于全面推进新型城市化发展的决定 人才集聚工程
“633”人才工程 六大人才行动计划 三大人才开发支撑体系 产业提升人才行动计划 科技创新人才行动计划 城乡一体人才行动计划
文化引领人才行动计划 民生幸福人才行动计划 国际交流人才行动计划 战略性主导产业紧缺人才开发项目 羊城企业家培养项目
民营企业家素质提升项目 高技能人才精工项目 金融高级人才开发项目 专业技术人才知识更新项目 “赢在广州”大学生创业扶持项目
“百人计划”拓展项目 创新创业领军人才百人计划 百人计划 “羊城学者”特聘岗位项目 羊城学者 121人才梯队项目 新世纪百千万人才工程
博士后培养项目 博士后培养工程 珠江科技新星项目 “菁英计划”留学项目 菁英计划 “百会进千企”金桥项目 美丽城乡行动计划
大学生村官培养项目 城市运行管理人才开发项目 农村基层和北部山区人才支持项目 农村实用人才培养项目 羊城文化名家资助项目
羊城文化名家 文化创意产业领军人才项目 体育各类领军人才项目 高素质教育人才队伍建设项目 医疗卫生人才保障项目
社会工作人才培养项目 民主法治人才项目 杰出青年人才支持项目 “红棉计划”创业项目 百名高端外国专家引进项目 千名国际人才培训项目
高校合作项目 中国留学人员广州科技交流会 留交会 3＋N “接触广州”人才联络站 千人计划 人才特区 “智慧人才”工程
广州人才信息管理平台 广州市高层次人才专项扶持资金 一体、两翼、七点""".split()
GPE2 = "广州 华南 穗 越秀区 南沙新区 广州开发区 天河区 粤港澳人才合作特别示范区 中国南方人才资源服务产业园".split()
ENT2 = [(x, "ORG") for x in ORG2] + [(x, "PROGRAM") for x in PROG2] + [(x, "GPE") for x in GPE2]
T7 = (S, "人才培养", "T7")
M6 = (S, "资金投入", "T6")
C1 = (E, "策略性措施", "T1")
LAB2 = {
    4: (E, "目标规划", "T7", []),
    7: (*T7, []), 9: (*T7, []), 10: (*M6, []), 11: (*M6, []), 12: (S, "公共服务", "T7", []),
    15: (*T7, []), 18: (*T7, [("民营骨干企业高层管理人员", T)]),
    21: (*T7, []), 22: (*M6, []), 23: (*M6, []), 24: (*T7, []),
    25: (*M6, [("市财政", L), ("技能大师工作室", T)]), 26: (*M6, []),
    29: (*T7, []), 32: (*T7, []), 35: (*T7, []),
    38: (*T7, []), 40: (*T7, []), 41: (*T7, []),
    44: (*T7, [("高校", T), ("科研机构", T), ("企事业单位", T)]), 47: (*T7, []),
    50: (*T7, []), 51: (S, "资金投入", "T7", [("企业博士后工作站", T)]),
    54: (S, "资金投入", "T7", [("青年科技人员", T)]), 57: (*T7, []),
    60: (E, "策略性措施", "T3", [("科技类社会组织", T), ("企业", P)]), 61: (S, "科技支持", "T3", []),
    64: (*T7, []), 66: (*T7, [("优秀高校毕业生", T)]), 67: (E, "目标规划", "T7", [("有条件的地方", L)]),
    70: (*T7, []), 73: (*T7, []), 76: (*T7, []),
    79: (*T7, []), 81: (S, "资金投入", "T7", []), 82: (*T7, []), 85: (*T7, []), 88: (*T7, []),
    91: (*T7, []), 93: (*T7, []), 96: (*T7, []), 97: (*T7, []), 100: (*T7, []), 103: (*T7, []),
    106: (S, "资金投入", "T7", [("市财政", L)]),
    109: (D, "海外合作", "T12", []),
    111: (S, "资金投入", "T4", [("海外人才企业", T)]),
    112: (S, "资金投入", "T4", [("入选企业", T), ("企业所在区（县级市）", L)]),
    115: (D, "海外合作", "T12", []), 118: (S, "人才培养", "T12", []),
    121: (E, "策略性措施", "T7", [("国内重点高校", P), ("广州地区高校", P), ("北京大学", P), ("清华大学", P)]),
    125: (S, "公共服务", "T7", [("中国留学人员广州科技交流会", P)]),
    127: (D, "市场开拓", "T7", []), 128: (S, "公共服务", "T7", []),
    131: (S, "公共服务", "T7", [("南方国际人才研究院", P)]), 132: (E, "策略性措施", "T7", []),
    133: (S, "公共服务", "T7", []), 136: (S, "基础设施", "T7", []), 139: (S, "公共服务", "T7", []),
    141: (S, "公共服务", "T7", []), 142: (E, "目标规划", "T7", []),
    145: (E, "策略性措施", "T5", []), 146: (E, "策略性措施", "T5", []),
    149: (S, "公共服务", "T7", []),
    151: (S, "公共服务", "T7", [("中国南方人才市场", T), ("国际著名人力资源企业", T), ("各类人力资源服务机构", T)]),
    154: (S, "基础设施", "T7", []), 157: (S, "公共服务", "T10", []),
    160: (*C1, []), 161: (*C1, []), 162: (*C1, [("市和各区（县级市）", L)]), 163: (*C1, []), 164: (*C1, []),
    166: (*M6, []), 167: (*M6, []), 168: (*M6, []), 169: (*M6, []),
    170: (*M6, [("各区（县级市）", L)]), 171: (*M6, []), 172: (*M6, []),
    174: (E, "策略性措施", "T7", []), 175: (E, "法规管制", "T7", []), 176: (*C1, []),
    177: (E, "金融支持", "T6", [("社会、用人单位和个人", T), ("各类风险投资基金", T)]),
    178: (E, "策略性措施", "T7", []), 179: (D, "政府采购", "T7", [("各类人才社会中介组织", T)]),
    180: (E, "策略性措施", "T7", []),
    183: (*C1, []), 184: (*C1, [("市人才工作领导小组", L)]),
    185: (*C1, [("各项目牵头单位", L), ("配合单位", P)]), 186: (*C1, [("各配合单位", P)]),
    187: (*C1, [("各区（县级市）", L)]),
    189: (*C1, []), 190: (*C1, []),
    192: (E, "策略性措施", "T8", []), 193: (E, "策略性措施", "T8", []), 194: (E, "策略性措施", "T8", []),
}

if __name__ == "__main__":
    for stem, ent, lab, skip, notes in [
        (DOC1, ENT1, LAB1, SKIP1, False),
        (DOC2, ENT2, LAB2, None, True),
    ]:
        out = build(stem, ent, lab, skip, notes)
        print(stem, len(out["entities"]), "entities,", len(out["measures"]), "measures")
