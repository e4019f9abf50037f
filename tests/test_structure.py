"""Tests for policytext.structure (pure Python, no spaCy)."""

from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path

import pytest
from conftest import SEED, SHARED

from policytext.structure import (
    DOC_TYPES,
    META_KEYS,
    DocumentStructure,
    clause_spans,
    load_lexicons,
    parse_date,
    parse_structure,
    sentence_spans,
    split_organizations,
    structure_frame,
)

CORPUS = SHARED / "corpus"

SEED_NAME = "000_c93ac4ef4cd0a078.txt"
SHANDONG = "01_shandong_xinyidai-xinxijishu-chanye-xingdongjihua.txt"
HEBEI = "06_hebei_chengde-fantai-chanye-ruoganchuoshi.txt"
SH_WASTE = "09_shanghai_jianzhulaji-ziyuanhua-jiancai-tuiguang.txt"
SH_ZERO = "10_shanghai_lingtan-yuanqu-jianshe-gongzuofangan.txt"
GWY_REPLY = "11_gwyb_reply_cppcc-2741_zhengfu-wangzhan.txt"
GWY_HAN = "12_gwyb_han_sichuan-kaocha-wenti-jianyi-banli.txt"
ALL_DOCS = [SEED_NAME, SHANDONG, HEBEI, SH_WASTE, SH_ZERO, GWY_REPLY, GWY_HAN]


def _path(name: str) -> Path:
    return SEED if name == SEED_NAME else CORPUS / name


def _read(name: str) -> str:
    path = _path(name)
    if not path.exists():
        pytest.skip(f"shared test data not found at {path} (needs ../shared beside the checkout)")
    return path.read_text(encoding="utf-8")


def _sources() -> dict[str, dict[str, str]]:
    path = CORPUS / "SOURCES.tsv"
    if not path.exists():
        pytest.skip(f"{path} not found (needs ../shared beside the checkout)")
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["file"]: row for row in csv.DictReader(fh, delimiter="\t")}


def _check_invariants(text: str, doc: DocumentStructure) -> None:
    for s in doc.sentences:
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text
        body = s.text.rstrip("”’」』）)】〕》").rstrip("。！？；!?;")
        assert "。" not in body and "\n" not in s.text, s.text
    assert all(a.end <= b.start for a, b in zip(doc.sentences, doc.sentences[1:], strict=False))
    k = 0
    for c in doc.clauses:
        assert text[c.start : c.end] == c.text and c.text
        while doc.sentences[k].end < c.end:
            k += 1
        assert doc.sentences[k].start <= c.start and c.end <= doc.sentences[k].end
    for fields in doc.fields.values():
        for f in fields:
            assert text[f.start : f.end] == f.text
    for sec in doc.sections:
        assert text[sec.heading_start : sec.heading_end] == sec.heading
        assert text.startswith(sec.marker, sec.start)
        assert sec.start < sec.heading_end <= sec.end
        assert sec.parent is None or doc.sections[sec.parent].level < sec.level
    for e in doc.enumerations:
        assert text.startswith(e.label, e.start) and e.start < e.end
    assert set(doc.meta) == set(META_KEYS)
    assert doc.meta["doc_type"] in DOC_TYPES


# --------------------------------------------------------------------------- shared data

EXPECTED_META = {
    SEED_NAME: dict(
        title="关于省政协十三届二次会议第 1320477 号 提案的答复",
        issuers=["郑州航空港经济综合实验区管理委员会"],
        issuer="郑州航空港经济综合实验区管理委员会",
        doc_number="郑港提字〔2024〕2号",
        signer="张红军",
        handling_result="A",
        date=None,
        recipients=["刘国付委员"],
        cc=[],
        attachments=[],
        doc_type="答复",
        contact="联系人：常浩，联系电话：18697309817。",
    ),
    SHANDONG: dict(
        title="新一代信息技术产业行动计划（2024-2025年）",
        issuers=[],  # SOURCES.tsv names 山东省人民政府 from the dataset; the text does not
        issuer=None,
        doc_number=None,
        signer=None,
        handling_result=None,
        date=None,
        recipients=[],
        cc=[],
        attachments=[],
        doc_type="计划",
        contact=None,
    ),
    HEBEI: dict(
        title="关于印发《关于支持承德钒钛产业高质量发展的若干措施》的通知",
        issuers=[
            "河北省工业和信息化厅",
            "河北省发展和改革委员会",
            "河北省科学技术厅",
            "河北省自然资源厅",
        ],
        issuer="河北省工业和信息化厅",
        doc_number="冀工信钢铁〔2023〕84号",
        signer=None,
        handling_result=None,
        date="2023-05-11",
        recipients=["省有关部门", "承德市政府"],
        cc=[],
        attachments=[],
        doc_type="通知",
        contact=None,
    ),
    SH_WASTE: dict(
        title="关于加快推广本市建筑垃圾资源化利用建材产品应用的通知",
        issuers=["市住房城乡建设管理委", "市发展改革委", "市交通委", "市绿化市容局"],
        issuer="市住房城乡建设管理委",
        doc_number="沪建建材联〔2025〕485号",
        signer=None,
        handling_result=None,
        date="2025-09-30",
        recipients=["各有关单位"],
        cc=[],
        attachments=["建筑垃圾再生产品再生骨（集）料应用要求"],
        doc_type="通知",
        contact=None,
    ),
    SH_ZERO: dict(
        title="关于印发《上海市零碳园区建设工作方案》的通知",
        issuers=["上海市发展和改革委员会", "上海市经济和信息化委员会"],
        issuer="上海市发展和改革委员会",
        doc_number=None,  # SOURCES.tsv has 沪发改环资〔2026〕130号; the text does not
        signer=None,
        handling_result=None,
        date="2026-09-07",
        recipients=["各有关单位"],
        cc=[],
        attachments=[
            "上海市零碳园区建设工作方案",
            "上海市零碳园区建设基本条件",
            "上海市零碳园区建设指标体系",
        ],
        doc_type="通知",
        contact=None,
    ),
    GWY_REPLY: dict(
        title="对全国政协十届三次会议第2741号提案的答复",
        issuers=["国务院办公厅"],
        issuer="国务院办公厅",
        doc_number="国办函〔2005〕69号",
        signer=None,
        handling_result=None,
        date="2005-07-14",
        recipients=["邓乃扬", "韩汝琦委员"],
        cc=[],
        attachments=[],
        doc_type="答复",
        contact=None,
    ),
    GWY_HAN: dict(
        title="关于四川省在温家宝总理考察工作时所提问题和建议办理情况的函",
        issuers=["国务院办公厅"],
        issuer="国务院办公厅",
        doc_number="国办函〔2004〕71号",
        signer=None,
        handling_result=None,
        date="2004-10-15",
        recipients=["四川省人民政府"],
        cc=[],
        attachments=[],
        doc_type="函",
        contact=None,
    ),
}


@pytest.mark.shared
@pytest.mark.parametrize("name", ALL_DOCS)
def test_meta_known_values(name: str) -> None:
    text = _read(name)
    doc = parse_structure(text)
    assert doc.meta == EXPECTED_META[name]
    _check_invariants(text, doc)


@pytest.mark.shared
@pytest.mark.parametrize("name", [SHANDONG, HEBEI, SH_WASTE, SH_ZERO, GWY_REPLY, GWY_HAN])
def test_meta_agrees_with_sources(name: str) -> None:
    row = _sources()[name]
    meta = parse_structure(_read(name)).meta
    src_title = re.sub(r"\s+", "", row["title"])
    if meta["doc_number"]:
        assert src_title.endswith(f"（{meta['doc_number']}）")
    src_title = re.sub(r"（[^（）]*〔\d{4}〕\d+号）$", "", src_title)
    # the issuer prefix is kept by SOURCES but removed from meta["title"]
    assert meta["title"] in src_title
    if not src_title.startswith(meta["title"]):
        assert src_title == meta["issuer"] + meta["title"]
    if meta["date"]:
        assert row["date"].startswith(meta["date"])
    issuing = row["issuing body"]
    if name in (HEBEI, GWY_REPLY, GWY_HAN):
        assert meta["issuers"] == issuing.split("、")
    if name == SH_ZERO:
        assert meta["issuers"] == issuing.split("、")


@pytest.mark.shared
def test_seed_header_fields_and_offsets() -> None:
    text = _read(SEED_NAME)
    doc = parse_structure(text)
    (num,) = doc.fields["doc_number"]
    assert text[num.start : num.end] == "郑港提字〔2024〕2号"
    assert doc.fields["signer"][0].text == "张红军"
    assert doc.header_end <= doc.body_start
    assert text[doc.body_start :].startswith("您提出的")
    assert text[: doc.header_end].endswith("刘国付委员：")


@pytest.mark.shared
def test_seed_without_spaces() -> None:
    text = re.sub(r"[ \t]+", "", _read(SEED_NAME))
    meta = parse_structure(text).meta
    assert meta["title"] == "关于省政协十三届二次会议第1320477号提案的答复"
    assert meta["issuer"] == "郑州航空港经济综合实验区管理委员会"
    assert meta["doc_number"] == "郑港提字〔2024〕2号"
    assert meta["recipients"] == ["刘国付委员"]
    assert meta["doc_type"] == "答复"


@pytest.mark.shared
def test_seed_enumerations() -> None:
    text = _read(SEED_NAME)
    doc = parse_structure(text)
    labels = {e.label for e in doc.enumerations}
    assert {"一是", "二是", "三是", "四是", "五是", "六是"} <= labels
    first = next(e for e in doc.enumerations if e.label == "一是")
    assert text[first.start : first.end].startswith("一是强化组织领导")
    second = next(e for e in doc.enumerations if e.series == first.series and e.index == 2)
    assert first.end <= second.start and second.label == "二是"
    assert all(e.marker == "X是" for e in doc.enumerations)


@pytest.mark.shared
def test_hebei_sections() -> None:
    text = _read(HEBEI)
    doc = parse_structure(text)
    secs = doc.sections
    assert len(secs) == 26
    tops = [s for s in secs if s.level == 1]
    assert [s.marker for s in tops] == ["一、", "二、", "三、", "四、", "五、", "六、"]
    assert tops[0].heading == "全面提升创新能力"
    assert all(s.level == 2 for s in secs if s.level != 1)
    first = secs[1]
    assert (first.marker, first.heading, first.level, first.parent) == (
        "（一）",
        "推进创新平台建设",
        2,
        0,
    )
    half = next(s for s in secs if s.marker == "(十七)")  # half-width brackets in the source
    assert half.level == 2 and secs[half.parent].heading == "推进智能绿色发展"
    last = secs[-1]
    assert last.heading == "营造发展氛围" and secs[last.parent].heading == "完善推进机制"
    assert last.end == len(text.rstrip())
    # a level-1 section runs to the next level-1 heading
    assert secs[0].end <= tops[1].start and text[secs[0].start : secs[0].end].endswith("）")
    # the cover notice and its signature block hold no headings
    assert secs[0].start > text.index("2023年5月11日")


@pytest.mark.shared
def test_shandong_sections() -> None:
    text = _read(SHANDONG)
    doc = parse_structure(text)
    secs = doc.sections
    levels = [s.level for s in secs]
    assert levels.count(1) == 3 and levels.count(2) == 11 and levels.count(3) == 21
    by_marker = [(s.marker, s.heading) for s in secs[:4]]
    assert by_marker == [
        ("一、", "总体目标"),
        ("二、", "主要任务"),
        ("（一）", "聚力做强重点数字产业"),
        ("1.", "巩固延伸特色产业"),
    ]
    item = secs[3]
    assert secs[item.parent].marker == "（一）" and secs[secs[item.parent].parent].marker == "二、"
    assert item.end == secs[4].start - 1  # up to the line break before "2."
    last_item = next(s for s in secs if s.marker == "21.")
    assert secs[last_item.parent].heading == "聚力完善产业发展环境"
    measures = next(s for s in secs if s.heading == "推进措施")
    kids = [s.heading for s in secs if s.parent == secs.index(measures)]
    assert kids == ["强化组织领导", "加大财税扶持", "加强宣传引导", "健全监测评估"]


@pytest.mark.shared
def test_state_council_letter_sections_and_enumerations() -> None:
    text = _read(GWY_HAN)
    doc = parse_structure(text)
    eighth = next(s for s in doc.sections if s.marker == "八、")
    subs = [s.heading for s in doc.sections if s.parent == doc.sections.index(eighth)]
    assert subs == ["关于防治地质灾害问题", "关于生态移民问题"]
    assert [e.label for e in doc.enumerations] == ["一是", "二是", "三是"]
    assert doc.sections[-1].end < text.index("国务院办公厅\n二〇〇四年")


@pytest.mark.shared
@pytest.mark.parametrize("name", ALL_DOCS)
def test_width_normalised_text_gives_same_structure(name: str) -> None:
    text = _read(name)
    nfkc = unicodedata.normalize("NFKC", text)
    a, b = parse_structure(text), parse_structure(nfkc)

    def norm(value: object) -> str:
        return unicodedata.normalize("NFKC", re.sub(r"\s+", "", str(value)))

    assert {k: norm(v) for k, v in a.meta.items()} == {k: norm(v) for k, v in b.meta.items()}
    assert [(s.level, s.parent) for s in a.sections] == [(s.level, s.parent) for s in b.sections]
    assert [e.label for e in a.enumerations] == [e.label for e in b.enumerations]
    _check_invariants(nfkc, b)


@pytest.mark.shared
def test_sentences_match_gold_measure_sentences() -> None:
    gold_dir = SHARED / "gold"
    if not gold_dir.exists():
        pytest.skip(f"{gold_dir} not found (needs ../shared beside the checkout)")
    import json

    for name in [HEBEI, SHANDONG, SH_ZERO]:
        text = _read(name)
        spans = {(s.start, s.end) for s in parse_structure(text).sentences}
        gold = json.loads((gold_dir / name.replace(".txt", ".json")).read_text(encoding="utf-8"))
        missing = [m["text"] for m in gold["measures"] if (m["start"], m["end"]) not in spans]
        assert not missing, missing[:3]


@pytest.mark.shared
def test_frame_on_real_document() -> None:
    pytest.importorskip("pandas")
    text = _read(HEBEI)
    doc = parse_structure(text)
    df = structure_frame(doc)
    counts = df["kind"].value_counts().to_dict()
    assert counts["section"] == 26 and counts["sentence"] == len(doc.sentences)
    assert counts["clause"] == len(doc.clauses)
    rows = df[df["kind"] != "section"]
    assert all(
        text[a:b] == t for a, b, t in zip(rows["start"], rows["end"], rows["text"], strict=True)
    )
    sent = df[(df["kind"] == "sentence") & df["text"].str.startswith("（十九）")].iloc[0]
    assert doc.sections[int(sent["parent"])].heading == "成立工作专班"


# --------------------------------------------------------------------------- self-contained

NOTICE = """\
某某省人民政府办公厅文件
某政办发〔2024〕12号 签发人：王某
关于印发《某某省数字经济发展实施方案》的通知
各市人民政府，省政府各部门：
《某某省数字经济发展实施方案》已经省政府同意，现印发给你们，请认真贯彻落实。
附件：1.某某省数字经济发展实施方案 2.重点任务分工表
某某省人民政府办公厅
二〇二四年三月五日
（此件公开发布）
某某省数字经济发展实施方案
第一章 总则
第一条 为推动数字经济发展，制定本方案。
第二条 本方案适用于全省。主要任务：第一，建设网络；第二，培育产业。
第二章 保障
第三条 加强组织。首先，成立专班；其次，压实责任；最后，强化考核。
（1）完善机制。⑵加强督查。
抄送：省委办公厅，省人大常委会办公厅。
联系人：李某，电话：12345678。
"""


def test_self_contained_notice_meta() -> None:
    doc = parse_structure(NOTICE)
    assert doc.meta == {
        "title": "关于印发《某某省数字经济发展实施方案》的通知",
        "issuers": ["某某省人民政府办公厅"],
        "issuer": "某某省人民政府办公厅",
        "doc_number": "某政办发〔2024〕12号",
        "signer": "王某",
        "handling_result": None,
        "date": "2024-03-05",
        "recipients": ["各市人民政府", "省政府各部门"],
        "cc": ["省委办公厅", "省人大常委会办公厅"],
        "attachments": ["某某省数字经济发展实施方案", "重点任务分工表"],
        "doc_type": "通知",
        "contact": "联系人：李某，电话：12345678。",
    }
    _check_invariants(NOTICE, doc)
    assert NOTICE[doc.header_end - 1] == "："
    assert NOTICE[doc.body_start :].startswith("《某某省")


def test_self_contained_chapters_articles_and_levels() -> None:
    doc = parse_structure(NOTICE)
    got = [(s.marker, s.level, s.parent) for s in doc.sections]
    assert got == [
        ("第一章", 1, None),
        ("第一条", 2, 0),
        ("第二条", 2, 0),
        ("第二章", 1, None),
        ("第三条", 2, 3),
        ("（1）", 4, 4),
    ]
    assert doc.sections[1].heading == "为推动数字经济发展，制定本方案"
    # the last section stops before the cc/contact block
    assert NOTICE[doc.sections[-1].start : doc.sections[-1].end] == "（1）完善机制。⑵加强督查。"


def test_self_contained_enumeration_series() -> None:
    doc = parse_structure(NOTICE)
    got = [(e.label, e.marker, e.index) for e in doc.enumerations]
    assert got == [
        ("第一", "第X", 1),
        ("第二", "第X", 2),
        ("首先", "首先", 1),
        ("其次", "首先", 2),
        ("最后", "首先", 3),
    ]
    first = doc.enumerations[0]
    assert NOTICE[first.start : first.end] == "第一，建设网络；"
    assert NOTICE[doc.enumerations[1].start : doc.enumerations[1].end] == "第二，培育产业。"


def test_enumerations_span_to_next_marker_or_paragraph_end() -> None:
    text = "主要做法：一是抓规划，定目标；二是抓项目。三是抓服务\n统一是前提。\n二是不算新系列"
    doc = parse_structure(text)
    spans = [(e.label, text[e.start : e.end], e.series) for e in doc.enumerations]
    assert spans[:3] == [
        ("一是", "一是抓规划，定目标；", 1),
        ("二是", "二是抓项目。", 1),
        ("三是", "三是抓服务", 1),
    ]
    assert "统一是" not in [s[1][:3] for s in spans]  # 一是 inside a word is not a marker
    # an orphan 二是 after an unrelated paragraph starts its own series (PDF page breaks)
    assert spans[3][0] == "二是" and spans[3][2] == 2


def test_enumerations_continue_across_paragraphs() -> None:
    text = "工作如下：\n一是强化领导。\n二是完善制度。\n（一）新标题\n二是另起。"
    doc = parse_structure(text)
    assert [(e.label, e.series, e.index) for e in doc.enumerations] == [
        ("一是", 1, 1),
        ("二是", 1, 2),
        ("二是", 2, 2),
    ]


def test_heading_text_up_to_first_terminator() -> None:
    text = "（一）推进创新平台建设。推动企业创建中心。\n1.巩固延伸特色产业\n（2）小项；细节"
    doc = parse_structure(text)
    got = [(s.marker, s.heading, s.level, s.parent) for s in doc.sections]
    assert got == [
        ("（一）", "推进创新平台建设", 2, None),
        ("1.", "巩固延伸特色产业", 3, 0),
        ("（2）", "小项", 4, 1),
    ]
    assert doc.sections[0].end == len(text)


def test_numbers_are_not_headings() -> None:
    text = "正文开始。\n1.5亿元资金已到位。\n2023年完成。\n十分重要。"
    assert parse_structure(text).sections == []


def test_title_issuer_prefix_and_redhead_with_several_issuers() -> None:
    text = "中共某某市委某某市人民政府文件\n某某市人民政府 关于加快发展的意见\n各县区：\n正文。"
    doc = parse_structure(text)
    assert doc.meta["issuers"] == ["中共某某市委", "某某市人民政府"]
    assert doc.meta["title"] == "关于加快发展的意见"
    assert doc.meta["doc_type"] == "意见"
    (title,) = doc.fields["title"]
    assert text[title.start : title.end] == "关于加快发展的意见"


def test_multi_line_title_fields_are_per_line() -> None:
    text = "国务院办公厅\n关于某省考察工作时\n所提问题办理情况的函\n"
    text += "国办函[2004]7号\n某省人民政府：\n正文。"
    doc = parse_structure(text)
    assert doc.meta["title"] == "关于某省考察工作时所提问题办理情况的函"
    assert [f.text for f in doc.fields["title"]] == ["关于某省考察工作时", "所提问题办理情况的函"]
    assert doc.meta["doc_number"] == "国办函[2004]7号"
    assert doc.meta["issuer"] == "国务院办公厅"
    assert doc.meta["doc_type"] == "函"


@pytest.mark.parametrize(
    "number",
    [
        "郑港提字〔2024〕2号",
        "国办函〔2005〕69号",
        "沪建建材联〔2025〕485号",
        "冀政字(2020)3号",
        "京政发【2019】第12号",
        "川府发［2021］1号",
    ],
)
def test_document_number_brackets(number: str) -> None:
    assert parse_structure(f"{number}\n关于某事的通知\n正文。").meta["doc_number"] == number


def test_cited_document_numbers_in_body_are_ignored() -> None:
    text = "关于某事的通知\n各单位：\n根据《某通知》（国办发〔2020〕1号），现通知如下。"
    assert parse_structure(text).meta["doc_number"] is None


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("关于印发《某某行动方案》的通知", "通知"),
        ("某某产业发展行动计划（2024-2025年）", "计划"),
        ("关于加快推进某某工作的实施意见", "意见"),
        ("某某市专项资金管理办法（试行）", "办法"),
        ("关于某某问题的复函", "函"),
        ("关于表彰先进集体的决定", "决定"),
        ("某某省“十四五”产业规划", "规划"),
        ("关于某某提案的答复", "答复"),
        ("关于某某工作情况的报告", "报告"),
        ("关于某某事项的批复", "other"),
    ],
)
def test_doc_type_from_title(title: str, kind: str) -> None:
    assert parse_structure(f"{title}\n正文内容。").meta["doc_type"] == kind


def test_body_colon_line_is_not_a_salutation() -> None:
    doc = parse_structure("关于某事的通知\n现将有关事项通知如下：\n一、总体要求\n")
    assert doc.meta["recipients"] == []
    assert doc.meta["title"] == "关于某事的通知"


def test_text_without_header() -> None:
    text = "为推动发展，制定本方案。\n一、目标\n到2025年完成。"
    doc = parse_structure(text)
    assert doc.meta["title"] is None and doc.header_end == 0 and doc.body_start == 0
    assert doc.meta["doc_type"] == "other"
    assert [s.heading for s in doc.sections] == ["目标"]


def test_empty_text() -> None:
    doc = parse_structure("")
    assert doc.sections == [] and doc.sentences == [] and doc.clauses == []
    assert doc.meta["issuers"] == [] and doc.meta["title"] is None


def test_sentence_spans_rules() -> None:
    text = "  他说：“好。”我们走吧！\n真的吗？是的；（括号内。）结束\r\n最后一句"
    got = [s.text for s in sentence_spans(text)]
    assert got == [
        "他说：“好。”",
        "我们走吧！",
        "真的吗？",
        "是的；",
        "（括号内。）",
        "结束",
        "最后一句",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentence_spans(text))
    inner = sentence_spans(text, 2, 14)
    assert [s.text for s in inner] == ["他说：“好。”", "我们走吧！"]


def test_clause_spans_rules() -> None:
    text = "近年来，我省按照《关于A，B的通知》要求，推动“创新，协调”发展，成效明显，好。"
    text += "共1,000家，时间10:30。"
    got = [c.text for c in clause_spans(text)]
    assert got == [
        "近年来，我省按照《关于A，B的通知》要求，",
        "推动“创新，协调”发展，",
        "成效明显，好。",
        "共1,000家，",  # no split inside 1,000 or 10:30
        "时间10:30。",
    ]
    assert [c.text for c in clause_spans("同时，", min_chars=4)] == ["同时，"]
    assert len(clause_spans(text, min_chars=1)) == 7


def test_parse_date() -> None:
    assert parse_date("2023年5月11日") == "2023-05-11"
    assert parse_date("二〇二三年五月十一日") == "2023-05-11"
    assert parse_date("二○二○年十二月三十一日") == "2020-12-31"
    assert parse_date("2023年2月30日") is None
    assert parse_date("没有日期") is None


def test_split_organizations() -> None:
    def names(s: str) -> list[str] | None:
        parts = split_organizations(s)
        return None if parts is None else [s[a:b] for a, b in parts]

    assert names("河北省工业和信息化厅河北省发展和改革委员会") == [
        "河北省工业和信息化厅",
        "河北省发展和改革委员会",
    ]
    assert names("省科技厅省财政厅、省教育厅") == ["省科技厅", "省财政厅", "省教育厅"]
    # the provincial branch of a vertically managed central body is one body, not two
    assert names("国家税务总局河北省税务局") == ["国家税务总局河北省税务局"]
    assert names("郑州航空港经济综合实验区管理委员会") == ["郑州航空港经济综合实验区管理委员会"]
    assert names("国务院国有资产监督管理委员会") == ["国务院国有资产监督管理委员会"]
    assert names("关于支持承德钒钛产业高质量发展的若干措施") is None
    assert names("") is None


def test_structure_frame_self_contained() -> None:
    pytest.importorskip("pandas")
    doc = parse_structure(NOTICE)
    df = structure_frame(doc)
    assert list(df.columns) == ["kind", "start", "end", "level", "label", "text", "parent"]
    assert set(df["kind"]) == {"field", "section", "enumeration", "sentence", "clause"}
    fields = df[df["kind"] == "field"]
    assert "某政办发〔2024〕12号" in fields[fields["label"] == "doc_number"]["text"].tolist()
    secs = df[df["kind"] == "section"]
    assert secs["level"].tolist() == [1, 2, 2, 1, 2, 4]
    clauses = df[df["kind"] == "clause"]
    sents = doc.sentences
    for start, end, parent in zip(clauses["start"], clauses["end"], clauses["parent"], strict=True):
        assert sents[parent].start <= start and end <= sents[parent].end


def test_lexicons_extend_with_user_file(tmp_path: Path) -> None:
    extra = tmp_path / "mine.txt"
    extra.write_text("# my additions\n[doc_types]\n纲要 规划\n[org_suffixes]\n联合会\n", "utf-8")
    lex = load_lexicons(extra)
    assert parse_structure("某某发展纲要\n正文。", lex).meta["doc_type"] == "规划"
    assert parse_structure("某某发展纲要\n正文。").meta["doc_type"] == "other"
    assert split_organizations("某某省工商业联合会", lex) == [(0, 9)]
    only = load_lexicons(extra, replace=True)
    assert only.doc_types == (("纲要", "规划"),) and only.title_connectors == ()
    assert load_lexicons() is load_lexicons()


def test_lexicon_errors(tmp_path: Path) -> None:
    bad_type = tmp_path / "bad_type.txt"
    bad_type.write_text("[doc_types]\n纲要 outline\n", "utf-8")
    with pytest.raises(ValueError, match="not one of"):
        load_lexicons(bad_type)
    no_section = tmp_path / "no_section.txt"
    no_section.write_text("通知 通知\n", "utf-8")
    with pytest.raises(ValueError, match="before any \\[section\\]"):
        load_lexicons(no_section)


def test_contact_needs_a_label_not_a_word() -> None:
    doc = parse_structure("正文。\n联系人制度要落实。\n联系人：张某\n联系电话 0311-1234")
    assert doc.meta["contact"] == "联系人：张某 联系电话 0311-1234"
    assert [f.text for f in doc.fields["contact"]] == ["联系人：张某", "联系电话 0311-1234"]


def test_a_long_joint_addressee_line_is_the_recipients() -> None:
    recipients = (
        "各省、自治区、直辖市、计划单列市财政厅（局）、科技厅（委、局）、工业和信息化主管部门，"
        "新疆生产建设兵团财政局、科技局、工业和信息化局，金融监管总局各监管局，某担保基金有限责任公司："
    )
    assert len(recipients) > 80
    doc = parse_structure(
        f"关于实施某专项担保计划的通知\n财金〔2024〕60号\n{recipients}\n为支持创新，制定本计划。\n"
    )
    assert (
        doc.meta["recipients"][0] == "各省"
        and doc.meta["recipients"][-1] == "某担保基金有限责任公司"
    )


# --------------------------------------------------------------------------- issuers
# Patterns found by the issuer audit of the tuning documents (benchmarks/issuers.py,
# tests/data/issuers_tuning.tsv); the texts below are written for the tests.


def _issuers(text: str) -> list[str]:
    doc = parse_structure(text)
    _check_issuer_fields(text, doc)
    return doc.meta["issuers"]


def _check_issuer_fields(text: str, doc: DocumentStructure) -> None:
    for f in doc.fields.get("issuers", []):
        assert text[f.start : f.end] == f.text
    assert doc.meta["issuers"] == [
        re.sub(r"\s+", "", f.text) for f in doc.fields.get("issuers", [])
    ]


def test_central_bodies_written_together_are_split() -> None:
    text = (
        "教育部财政部关于印发《某某专项资金管理办法》的通知\n教财〔2024〕3号\n"
        "各省、自治区、直辖市教育厅（教委）、财政厅（局）：\n现将办法印发给你们，请遵照执行。\n"
        "教育部财政部\n2024年3月1日\n"
    )
    assert _issuers(text) == ["教育部", "财政部"]
    signed = "关于加强某项工作的通知\n各有关单位：\n请认真落实。\n国务院办公厅中央军委办公厅\n二〇二四年三月一日"
    assert _issuers(signed) == ["国务院办公厅", "中央军委办公厅"]
    s = "财政部科技部工业和信息化部金融监管总局"
    assert [s[a:b] for a, b in split_organizations(s) or []] == [
        "财政部",
        "科技部",
        "工业和信息化部",
        "金融监管总局",
    ]
    # a ministry's own office or centre is one body
    assert split_organizations("科技部火炬中心") == [(0, 7)]
    assert split_organizations("工业和信息化部办公厅") == [(0, 10)]


def test_departments_ending_in_si_and_local_branches_of_central_bodies() -> None:
    s = "国家发展改革委办公厅国家能源局综合司"
    assert [s[a:b] for a, b in split_organizations(s) or []] == [
        "国家发展改革委办公厅",
        "国家能源局综合司",
    ]
    s = "某某省财政厅国家税务总局某某省税务局"
    assert [s[a:b] for a, b in split_organizations(s) or []] == [
        "某某省财政厅",
        "国家税务总局某某省税务局",
    ]
    for branch in ("国家金融监督管理总局河南监管局", "国家外汇管理局河北省分局"):
        assert split_organizations(branch) == [(0, len(branch))]


def test_quoted_slogan_in_a_body_name() -> None:
    name = "某某省“美丽乡村、和美家园”建设工作领导小组办公室"
    assert split_organizations(name) == [(0, len(name))]
    text = f"{name}关于公布2023年度考核结果的通知\n各市、县（市、区）农业农村局：\n现将结果公布如下。\n"
    assert _issuers(text) == [name]
    assert parse_structure(text).meta["title"] == "关于公布2023年度考核结果的通知"


def test_a_wrapped_title_line_is_no_issuer() -> None:
    # a web page prints the document's name above the notice that issues it
    text = (
        "某某市某某区促进青年就业创业实施办法\n某区人社规字〔2023〕2号\n"
        "某某市某某区人力资源和社会保障局某某市某某区财政局\n"
        "关于印发某某市某某区促进青年就业创业实施办法的通知\n区属各单位：\n现印发实施。\n"
        "某某市某某区人力资源和社会保障局\n某某市某某区财政局\n2023年8月9日\n第一条为促进就业，制定本办法。\n"
    )
    doc = parse_structure(text)
    _check_issuer_fields(text, doc)
    assert doc.meta["issuers"] == ["某某市某某区人力资源和社会保障局", "某某市某某区财政局"]
    assert doc.meta["title"] == "关于印发某某市某某区促进青年就业创业实施办法的通知"
    assert doc.meta["doc_number"] == "某区人社规字〔2023〕2号"
    # a title wrapped inside 办法 (…实施办 / 法) only looks like a body's name on its first line
    wrapped = "某某县促进乡村振兴实施办\n法（试行）\n某县农发〔2023〕4号\n各乡镇：\n现予印发。\n"
    doc = parse_structure(wrapped)
    assert doc.meta["issuers"] == []
    assert doc.meta["title"] == "某某县促进乡村振兴实施办法（试行）"
    assert (
        parse_structure("某某县推进乡村振兴的实施办\n各乡镇：\n现予印发。\n").meta["issuers"] == []
    )


def test_signature_name_wrapped_over_two_lines() -> None:
    text = (
        "关于加强和规范某项管理工作的通知\n各省、自治区、直辖市发展改革委：\n请认真贯彻执行。\n"
        "国家发\n展改革委\n国家能源局\n2024年5月28日\n"
    )
    doc = parse_structure(text)
    _check_issuer_fields(text, doc)
    assert doc.meta["issuers"] == ["国家发展改革委", "国家能源局"]
    quoted = "各州、市人民政府：\n现将名单公布如下。\n某某省打造“绿色食品牌”\n工作领导小组办公室\n2021年6月17日\n"
    assert _issuers(quoted) == ["某某省打造“绿色食品牌”工作领导小组办公室"]
    # a closing formula above the signature is not the start of a name
    closing = "各县人民政府：\n请抓好落实。\n特此通知\n某某市人民政府\n2021年6月17日\n"
    assert _issuers(closing) == ["某某市人民政府"]


def test_signature_with_a_damaged_date() -> None:
    # the extraction lost the year, or 年 and 月: the names above still sign the document
    for date in ("年12月31日", "2023925日", "202091"):
        text = f"各有关单位：\n现将清单印发给你们。\n某某省发展和改革委员会\n某某省自然资源厅\n{date}\n"
        doc = parse_structure(text)
        assert doc.meta["issuers"] == ["某某省发展和改革委员会", "某某省自然资源厅"], date
        assert doc.meta["date"] is None
    # a number that is no date line and has no names above it signs nothing
    assert parse_structure("正文第一段。\n2023925\n").meta["issuers"] == []


def test_same_body_named_with_and_without_its_province() -> None:
    text = (
        "某某省某某市人民政府办公室\n某某市人民政府办公室关于印发某某管理暂行办法的通知\n"
        "各县区人民政府，市政府各部门：\n现印发给你们。\n二○一○年六月七日\n"
    )
    assert _issuers(text) == ["某某省某某市人民政府办公室"]
    redhead = "鞍山市铁东区人民政府文件\n铁东区人民政府关于印发工作要点的通知\n各街道：\n现印发。\n"
    assert _issuers(redhead) == ["鞍山市铁东区人民政府"]
    # two bodies of which one merely ends like the other stay two
    assert _issuers("中共某某市委某某市人民政府关于加快发展的意见\n各县：\n现提出如下意见。\n") == [
        "中共某某市委",
        "某某市人民政府",
    ]


def test_document_numbers_glued_to_title_lines() -> None:
    text = (
        "某政办〔2021〕61号某某省人民政府办公厅关于建立产业链链长制的通知\n"
        "各省辖市人民政府：\n现就有关事项通知如下。\n一、工作职责\n"
    )
    doc = parse_structure(text)
    assert doc.meta["doc_number"] == "某政办〔2021〕61号"
    assert doc.meta["issuers"] == ["某某省人民政府办公厅"]
    assert doc.meta["title"] == "关于建立产业链链长制的通知"
    quoted = "某改地区〔2016〕461号《国家发展改革委关于印发某新区总体方案的通知》\n吉林省人民政府：\n现印发你们。\n"
    doc = parse_structure(quoted)
    assert doc.meta["issuers"] == ["国家发展改革委"]
    assert doc.meta["title"] == "关于印发某新区总体方案的通知"
    trailing = "国家能源局综合司关于做好冬季安全工作的通知国能综通安全〔2021〕108号\n各省能源局：\n请落实。\n"
    doc = parse_structure(trailing)
    assert doc.meta["title"] == "关于做好冬季安全工作的通知"
    assert doc.meta["doc_number"] == "国能综通安全〔2021〕108号"
    assert doc.meta["issuers"] == ["国家能源局综合司"]
    # a number that lost its 〕 and 号 is no title
    broken = "某府办函〔202058\n某某市某某区人民政府办公室\n关于印发实施方案的通知\n各镇人民政府：\n现印发。\n"
    doc = parse_structure(broken)
    assert doc.meta["issuers"] == ["某某市某某区人民政府办公室"]
    assert doc.meta["title"] == "关于印发实施方案的通知"
    # a 关于 title that cites a document number keeps it
    cited = "某某市人民政府关于转发国办发〔2024〕5号文件的通知\n各区：\n现转发。\n"
    assert parse_structure(cited).meta["title"] == "关于转发国办发〔2024〕5号文件的通知"


def test_web_metadata_rows_name_the_issuer_and_are_no_title() -> None:
    text = (
        "关于对市政协第12号提案的答复\n"
        "|索引号| 11500/2025-00042 |发文日期| 2025-07-21 |\n|---|---|---|---|\n"
        "|发布机构|某某市经济和信息化局| ||\n张某委员：\n您的提案收悉，现答复如下：\n一是加快发展。\n"
    )
    doc = parse_structure(text)
    assert doc.meta["title"] == "关于对市政协第12号提案的答复"
    assert doc.meta["issuers"] == ["某某市经济和信息化局"]
    assert doc.meta["recipients"] == ["张某委员"]
    unseparated = (
        "关于提案办理情况的督查通报\n索引号6405/2017-62520文号督查通报第13期生成日期2017-10-17\n"
        "公开方式主动公开发布机构某某区人民政府办公室责任部门某某区政府办\n近期，督查室开展了督查。\n"
    )
    assert parse_structure(unseparated).meta["issuers"] == ["某某区人民政府办公室"]
    # the document's own issuer wins over the page's field
    both = "[发布机构] |某区经信委|\n某某市某区经济和信息化委员会关于第37号提案的复函\n陈某委员：\n现答复如下：\n"
    assert parse_structure(both).meta["issuers"] == ["某某市某区经济和信息化委员会"]
    # a news agency as 来源 is no issuer
    news = "某某政策解读\n发布时间：2025-05-08来源：新华社\n一、出台背景\n近年来发展较快。\n"
    assert parse_structure(news).meta["issuers"] == []
    source = (
        "某某政策解读\n发布时间：2025-05-08来源：某某市商务局\n一、出台背景\n近年来发展较快。\n"
    )
    assert parse_structure(source).meta["issuers"] == ["某某市商务局"]


def test_title_issuer_before_partners_or_a_year() -> None:
    text = "某某省发展和改革委员会等10部门\n关于印发特色小镇创建清单的通知\n省直各部门：\n现印发给你们。\n"
    doc = parse_structure(text)
    assert doc.meta["issuers"] == ["某某省发展和改革委员会"]
    assert doc.meta["title"] == "关于印发特色小镇创建清单的通知"
    plan = "某某市农业农村局2022年全市农业农村工作要点\n一、总体要求\n坚持稳中求进。\n"
    doc = parse_structure(plan)
    assert doc.meta["issuers"] == ["某某市农业农村局"]
    assert doc.meta["title"] == "某某市农业农村局2022年全市农业农村工作要点"
    # … also when a body text line follows the title
    plan = "国家能源局综合司2023年工作要点\n2023年工作的总体思路是：稳中求进。\n一、加强统筹\n"
    doc = parse_structure(plan)
    assert doc.meta["issuers"] == ["国家能源局综合司"]
    assert doc.meta["title"] == "国家能源局综合司2023年工作要点"
    # a place is no issuer; a development zone acts through its management committee
    place = "某某市2022年重点工作要点\n一、总体要求\n坚持稳中求进。\n"
    assert parse_structure(place).meta["issuers"] == []
    zone = "某某高新区关于加快企业培育的试行意见\n为推动高质量发展，制定本意见。\n第一章总则\n"
    doc = parse_structure(zone)
    assert doc.meta["issuers"] == ["某某高新区"]
    assert doc.meta["title"] == "关于加快企业培育的试行意见"
