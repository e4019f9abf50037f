from __future__ import annotations

from conftest import SEED, corpus_files, shared_path
from hypothesis import given, settings
from hypothesis import strategies as st

from policytext.normalization import fold_width, normalize


def test_fullwidth_and_stray_spaces():
    n = normalize("　　到２０２５ 年，培育 企业 5 家，引进Ｃｈｉｐ  Design 团队。")
    assert n.text == "到2025年，培育企业5家，引进Chip Design团队。"
    assert n.changes["fullwidth_folded"] == 8


def test_page_numbers_and_running_headers_dropped():
    page = "示例市人民政府公报\n第一段内容。\n— {} —\n"
    text = "".join(page.format(i) for i in range(1, 5))
    n = normalize(text)
    assert "—" not in n.text and "公报" not in n.text
    assert n.text == "第一段内容。\n" * 4


def test_lines_broken_inside_a_sentence_are_joined():
    wrapped = (
        "围绕产业链重点任务，制定分解任务台账，实行台账化\n"
        "管理、清单化推进。聚焦产业链发展难点、堵点、痛点\n"
        "等事项，制定重点问题事项清单，实施链长把关定向、\n"
        "牵头单位统筹协调、成员单位协同推进。二是坚持调查\n"
        "研究。\n"
        "（二）出台培育方案\n"
    )
    n = normalize(wrapped)
    assert n.text.splitlines() == [
        "围绕产业链重点任务，制定分解任务台账，实行台账化管理、清单化推进。聚焦产业链发展难点、"
        "堵点、痛点等事项，制定重点问题事项清单，实施链长把关定向、牵头单位统筹协调、"
        "成员单位协同推进。二是坚持调查研究。",
        "（二）出台培育方案",
    ]


def test_headings_and_header_lines_are_not_joined():
    text = "签发人：张三\n办理结果：A\n一、总体要求\n（一）指导思想\n坚持稳中求进。\n"
    assert normalize(text).text == text


def test_crlf_and_invisible_characters():
    n = normalize("\ufeff第一行。\r\n第二\u200b行。\r\n")
    assert n.text == "第一行。\n第二行。\n"
    assert n.offset_map.to_source(n.text.index("二")) == "\ufeff第一行。\r\n第二".index("二")


def test_real_documents_change_little_and_map_back():
    for path in [SEED, *corpus_files()]:
        shared_path()
        raw = path.read_text(encoding="utf-8")
        n = normalize(raw)
        assert normalize(n.text).text == n.text
        for i, ch in enumerate(n.text):
            j = n.offset_map.to_source(i)
            assert j is not None and (fold_width(raw[j]) == ch or (ch == "\n" and raw[j] == "\n"))
    seed = normalize(SEED.read_text(encoding="utf-8")).text
    assert "郑港提字〔2024〕2号" in seed and "第1320477号提案" in seed and "2013年" in seed


_alphabet = st.sampled_from(
    list("政策产业链推动绿色建材一二三是（）。，、；：“”《》")
    + list("ＡＢａｂ０１２３ABab0123 \u3000\t\n\r\u200b—-第页共/")
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_alphabet, max_size=120))
def test_normalize_is_idempotent(text):
    once = normalize(text).text
    assert normalize(once).text == once


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_alphabet, max_size=120))
def test_every_offset_maps_back_to_the_same_character(text):
    n = normalize(text)
    for i, ch in enumerate(n.text):
        j = n.offset_map.to_source(i)
        assert j is not None, f"character {i} of the output has no source"
        src = text[j]
        assert (
            fold_width(src) == ch
            or (ch == "\n" and src in "\r\n")
            or (ch == " " and src.isspace())
            or (ch == "|" and src == "\t")  # a table row's cell boundary
        )
    # the map is monotonic (normalisation never reorders)
    starts = [s for _, s, _ in n.offset_map.runs]
    assert starts == sorted(starts)


def test_a_unit_repeated_in_table_rows_is_content_not_a_running_header():
    rows = "".join(
        f"{i}\n智能出租\n已投放{i}0辆。\n{firm}\n嘉定区政府\n上海淞泓智能汽车科技有限公司\n\n"
        for i, firm in enumerate(
            [
                "百度智行科技（上海）有限公司",
                "上海裹动科技有限公司",
                "上海赛可出行科技服务有限公司",
            ],
            1,
        )
    )
    n = normalize(rows)
    assert n.text.count("嘉定区政府") == 3
    assert n.text.count("上海淞泓智能汽车科技有限公司") == 3


def test_table_rows_keep_their_cell_boundaries_and_map_back():
    src = "序号\t任务\t\t牵头单位\n签发人：\t张某\n"
    n = normalize(src)
    # three cells or more: every tab a "|" (an empty cell keeps its column); two cells: none
    assert n.text == "序号|任务||牵头单位\n签发人：张某\n"
    assert [src[n.offset_map.to_source(i)] for i, c in enumerate(n.text) if c == "|"] == ["\t"] * 3
