"""Tests for policytext.io: every format, encoding and failure mode."""

from __future__ import annotations

import codecs
import doctest
import io
import json
import pickle
import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import policytext.io as pio
from policytext.io import (
    SUPPORTED_SUFFIXES,
    Corpus,
    RawDocument,
    ReadError,
    ReadWarning,
    decode_bytes,
    iter_documents,
    read_corpus,
    read_document,
)

DEMO = Path(__file__).resolve().parent.parent / "corpora" / "demo"
ZH = "示例市人民政府关于印发《示例市新能源汽车产业链高质量发展行动方案》的通知"
ZH_LINES = (
    "一、总体要求\n（一）到2027年，产量达到30万辆。\n"
    "（牵头单位：市发展改革委；责任单位：市财政局）\n"
)


def write(path: Path, data: bytes | str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
    return path


# --------------------------------------------------------------------------- txt


@pytest.mark.parametrize(
    ("codec", "expected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("gbk", "gb18030"),
        ("gb2312", "gb18030"),
        ("gb18030", "gb18030"),
        ("utf-16", "utf-16"),  # native order with BOM
        ("utf-32", "utf-32"),
    ],
)
def test_txt_encodings_read_back_exactly(tmp_path: Path, codec: str, expected: str) -> None:
    p = write(tmp_path / "doc.txt", ZH_LINES, codec)
    doc = read_document(p)
    assert doc.text == ZH_LINES  # no BOM, no normalisation
    assert doc.encoding == expected
    assert (doc.id, doc.source, doc.format, doc.meta, doc.warnings) == (
        "doc",
        str(p),
        "txt",
        {},
        [],
    )


@pytest.mark.parametrize("bom", [codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE])
def test_txt_utf16_both_byte_orders(tmp_path: Path, bom: bytes) -> None:
    enc = "utf-16-le" if bom == codecs.BOM_UTF16_LE else "utf-16-be"
    p = write(tmp_path / "u16.txt", bom + ZH.encode(enc))
    doc = read_document(p)
    assert (doc.text, doc.encoding) == (ZH, "utf-16")


def test_txt_utf16_without_bom_is_guessed_with_warning(tmp_path: Path) -> None:
    text = "Notice No. 12 (2025): 示例市 policy text in mostly ASCII\n" * 3
    doc = read_document(write(tmp_path / "nobom.txt", text.encode("utf-16-le")))
    assert (doc.text, doc.encoding) == (text, "utf-16-le")
    assert "guessed utf-16-le" in doc.warnings[0]


def test_txt_keeps_crlf_and_fullwidth_spaces(tmp_path: Path) -> None:
    text = "\u3000\u3000第一段。\r\n\u3000\u3000第二段。\r\n"
    doc = read_document(write(tmp_path / "crlf.txt", text, "gbk"))
    assert doc.text == text


def test_txt_explicit_encoding(tmp_path: Path) -> None:
    p = write(tmp_path / "big5.txt", "臺灣政策文件".encode("big5"))
    doc = read_document(p, encoding="big5")
    assert (doc.text, doc.encoding) == ("臺灣政策文件", "big5")
    bad = read_document(write(tmp_path / "bad.txt", b"ok \xff\xfe ok"), encoding="ascii")
    assert "\ufffd" in bad.text and "replaced" in bad.warnings[0]


def test_txt_few_bad_bytes_decoded_with_replacement_warning(tmp_path: Path) -> None:
    data = ("正文内容" * 100).encode() + b"\xff" + ("结尾" * 50).encode()
    doc = read_document(write(tmp_path / "damaged.txt", data))
    assert doc.encoding == "utf-8"
    assert doc.text.count("\ufffd") == 1
    assert doc.warnings == ["1 undecodable byte(s) replaced with U+FFFD (decoded as utf-8)"]


def test_other_east_asian_encodings_are_not_misread_as_gb() -> None:
    big5 = "臺灣的產業政策文件，關於推動數位轉型的實施計畫。" * 5
    sjis = "日本の産業政策について、デジタル化を推進する計画です。" * 5
    assert decode_bytes(big5.encode("big5"))[0] == big5
    text, enc, warns = decode_bytes(sjis.encode("shift_jis"))
    assert text == sjis and enc in ("shift_jis", "cp932")
    assert warns == [f"encoding guessed by charset-normalizer: {enc}"]


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(codec="gb2312", min_codepoint=0x4E00), min_size=1, max_size=19))
def test_property_short_texts_with_rare_hanzi_read_as_gb(text: str) -> None:
    assert decode_bytes(text.encode("gbk"))[:2] == (text, "gb18030")


def test_short_gbk_that_is_also_valid_utf8() -> None:
    assert decode_bytes("中".encode("gbk"))[:2] == ("中", "gb18030")
    assert decode_bytes("中国".encode("gbk"))[:2] == ("中国", "gb18030")
    assert decode_bytes("Müller café".encode())[:2] == ("Müller café", "utf-8")
    assert decode_bytes("Привет, мир".encode())[:2] == ("Привет, мир", "utf-8")


def test_txt_undecodable(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as ei:
        read_document(write(tmp_path / "high.txt", bytes(range(0x80, 0x100)) * 4))
    assert ei.value.reason == "could not decode: tried utf-8, gb18030, utf-16, charset-normalizer"
    assert ei.value.path.endswith("high.txt")
    with pytest.raises(ReadError, match=r"binary content: 10% control bytes"):
        read_document(write(tmp_path / "binary.txt", bytes(range(256)) * 4))


def test_txt_with_pdf_content_says_wrong_extension(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="content is a PDF"):
        read_document(write(tmp_path / "x.txt", b"%PDF-1.7\n\xe2\xe3\xcf\xd3 stuff"))


def _gb2312_level1() -> list[str]:
    """The 3,755 common hanzi of GB2312 level 1 (lead bytes B0-D7)."""
    out = []
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                out.append(bytes([lead, trail]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return out


CJK = st.sampled_from(_gb2312_level1())
PUNCT = st.sampled_from(list("，。、；：“”《》（）〔〕！？—…　"))
DIGITS = st.sampled_from(list("0123456789 \n"))


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(st.one_of(CJK, PUNCT, DIGITS), min_size=1, max_size=200),
    codec=st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-32"]),
)
def test_property_chinese_text_round_trips(text: str, codec: str) -> None:
    decoded, enc, warns = decode_bytes(text.encode(codec))
    assert decoded == text
    assert warns == []
    if codec in ("gbk", "gb18030") and any(ord(c) > 0x7F for c in text):
        assert enc == "gb18030"


GB_ANY = st.characters(
    codec="gb18030", exclude_categories=("Cs", "Co", "Cn", "Cc"), min_codepoint=0x20
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(
    text=st.text(st.one_of(CJK, PUNCT, st.sampled_from(list("abcXYZ-_.:/ "))), min_size=1),
    codec=st.sampled_from(["utf-8", "gb18030", "utf-16"]),
)
def test_property_mixed_text_round_trips_unless_ambiguous(text: str, codec: str) -> None:
    data = text.encode(codec)
    if codec == "gb18030":
        # bytes that are valid UTF-8 as well are genuinely ambiguous ("茅" vs "é")
        try:
            assume(data.decode("utf-8") == text)
        except UnicodeDecodeError:
            pass
    assert decode_bytes(data)[0] == text


@settings(max_examples=200, deadline=None)
@given(text=st.text(GB_ANY, min_size=1, max_size=50))
def test_property_explicit_encoding_round_trips_anything(text: str) -> None:
    for codec in ("gb18030", "utf-8", "utf-16"):
        assert decode_bytes(text.encode(codec), codec)[0] == text


# --------------------------------------------------------------------------- empty / missing


@pytest.mark.parametrize(
    "name,data",
    [
        ("e.txt", b""),
        ("ws.txt", "  \r\n\u3000\n".encode()),
        ("bom.txt", codecs.BOM_UTF8),
        ("e.html", b""),
        ("e.html2.html", b"<html><head><title>t</title></head><body> </body></html>"),
        ("e.jsonl", b"\n\n"),
        ("e.pdf", b""),
        ("e.docx", b""),
    ],
)
def test_empty_documents(tmp_path: Path, name: str, data: bytes) -> None:
    with pytest.raises(ReadError) as ei:
        read_document(write(tmp_path / name, data))
    assert ei.value.reason.startswith("empty document")


def test_missing_path_raises_file_not_found(tmp_path: Path) -> None:
    missing = tmp_path / "nope" / "doc.txt"
    with pytest.raises(FileNotFoundError) as ei:
        read_document(missing)
    assert ei.value.filename == str(missing) and str(missing) in str(ei.value)
    with pytest.raises(FileNotFoundError, match="nope"):
        list(iter_documents(tmp_path / "nope"))


def test_unsupported_extension_and_directory(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as ei:
        read_document(write(tmp_path / "data.xyz", "x"))
    assert ei.value.reason == "unsupported extension .xyz" and not ei.value.skipped
    with pytest.raises(ValueError, match="is a directory"):
        read_document(tmp_path)
    assert {".txt", ".docx", ".pdf", ".html", ".htm", ".jsonl", ".csv"} == SUPPORTED_SUFFIXES


def test_suffix_is_case_insensitive(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path / "UPPER.TXT", ZH))
    assert (doc.format, doc.id, doc.text) == ("txt", "UPPER", ZH)


# --------------------------------------------------------------------------- docx


def make_docx(path: Path, *, title: str | None = "测试标题", author: str | None = "示例局") -> Path:
    import docx

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "页眉不应出现"
    d.sections[0].footer.paragraphs[0].text = "页脚不应出现"
    d.add_paragraph("示政办〔2025〕12号")
    d.add_paragraph("一、总体要求")
    t = d.add_table(rows=2, cols=3)
    for r, row in enumerate([["指标", "2024年", "2027年"], ["产量（万辆）", "12", "30"]]):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    d.add_paragraph("二、重点任务（牵头单位：市发展改革委）")
    if title:
        d.core_properties.title = title
    if author is not None:
        d.core_properties.author = author
    d.save(str(path))
    return path


def test_docx_body_order_tables_and_meta(tmp_path: Path) -> None:
    doc = read_document(make_docx(tmp_path / "plan.docx"))
    assert doc.text == (
        "示政办〔2025〕12号\n一、总体要求\n指标\t2024年\t2027年\n产量（万辆）\t12\t30\n"
        "二、重点任务（牵头单位：市发展改革委）"
    )
    assert "页眉" not in doc.text and "页脚" not in doc.text
    assert (doc.encoding, doc.format) == (None, "docx")
    assert doc.meta == {"title": "测试标题", "author": "示例局"}


def test_docx_merged_cells_appear_once(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    t = d.add_table(rows=1, cols=3)
    merged = t.cell(0, 0).merge(t.cell(0, 1))
    merged.text = "合并单元格"
    t.cell(0, 2).text = "右"
    d.save(str(tmp_path / "m.docx"))
    assert read_document(tmp_path / "m.docx").text == "合并单元格\t右"


def test_docx_without_core_title(tmp_path: Path) -> None:
    doc = read_document(make_docx(tmp_path / "x.docx", title=None, author=""))
    assert "title" not in doc.meta and "author" not in doc.meta


@pytest.mark.parametrize(
    "data,reason",
    [
        (b"this is not a zip", "not a zip file: docx is corrupt"),
        (b"<html><body>saved web page</body></html>", "not a zip file: docx is corrupt (content"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "not a zip file: legacy Word .doc"),
    ],
)
def test_docx_corrupt(tmp_path: Path, data: bytes, reason: str) -> None:
    with pytest.raises(ReadError) as ei:
        read_document(write(tmp_path / "bad.docx", data))
    assert ei.value.reason.startswith(reason)


def test_docx_zip_without_document(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(ReadError, match="not a Word document"):
        read_document(write(tmp_path / "zip.docx", buf.getvalue()))


def test_docx_truncated(tmp_path: Path) -> None:
    data = make_docx(tmp_path / "ok.docx").read_bytes()
    with pytest.raises(ReadError, match="docx is corrupt"):
        read_document(write(tmp_path / "trunc.docx", data[: len(data) // 2]))


# --------------------------------------------------------------------------- pdf


def make_pdf(pages: list[str | None]) -> bytes:
    """A minimal PDF, one Helvetica text line per page (None: a page without text)."""
    objs: list[bytes] = []
    n = len(pages)
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode())
    font_id = 3 + 2 * n
    for i, text in enumerate(pages):
        stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode() if text else b""
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * i} 0 R "
            f"/Resources << /Font << /F1 {font_id} 0 R >> >> >>".encode()
        )
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for k, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % k + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def test_pdf_pages_and_offsets(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path / "p.pdf", make_pdf(["First page", "Second page"])))
    assert doc.text == "First page\n\nSecond page"
    assert doc.meta["pages"] == 2 and doc.meta["page_offsets"] == [0, 12]
    assert doc.text[12:].startswith("Second")
    assert (doc.encoding, doc.format, doc.warnings) == (None, "pdf", [])


def test_pdf_partly_scanned_warns(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path / "p.pdf", make_pdf(["Text", None, "More"])))
    assert doc.meta["page_offsets"] == [0, 6, 8]
    assert doc.warnings == ["page(s) 2 have no text layer (scanned pages?)"]


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as ei:
        read_document(write(tmp_path / "scan.pdf", make_pdf([None, None])))
    assert ei.value.reason == "no text layer (scanned PDF?) — OCR it first"


@pytest.mark.parametrize(
    "data,reason",
    [
        (b"%PDF-1.4\n garbage that is not a pdf", "PDF"),
        (b"PK\x03\x04 zip", "not a PDF file: content is a zip archive"),
        (b"plain words", "not a PDF file (no %PDF header)"),
    ],
)
def test_pdf_corrupt(tmp_path: Path, data: bytes, reason: str) -> None:
    with pytest.raises(ReadError) as ei:
        read_document(write(tmp_path / "bad.pdf", data))
    assert reason in ei.value.reason


def test_pdf_encrypted(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    w = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(["secret"]))))
    w.encrypt(user_password="pw", owner_password="owner", algorithm="RC4-128")
    buf = io.BytesIO()
    w.write(buf)
    with pytest.raises(ReadError, match="encrypted PDF"):
        read_document(write(tmp_path / "enc.pdf", buf.getvalue()))


# --------------------------------------------------------------------------- html

HTML = """<!DOCTYPE html><html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>政策解读_示例市</title><meta name="PubDate" content="2025-05-08">
<style>p {{ color: red }}</style><script>var x = "脚本";</script></head>
<body><nav><a href="/">首页</a><a>政务公开</a></nav>
<h1>关于印发
若干措施的通知</h1>
<div><p>第一段，<b>加粗</b>内容。</p><p>Second   paragraph
with English.</p>第三段<br>换行后</div>
<table><tr><td>指标</td><td>目标</td></tr><tr><td>产量</td><td>30</td></tr></table>
<!-- 注释 --><noscript>请启用脚本</noscript></body></html>"""


def test_html_gbk_declared_charset(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path / "page.html", HTML.format().encode("gbk")))
    assert doc.encoding == "gb18030"
    assert doc.meta["title"] == "政策解读_示例市"
    assert doc.meta["html_meta"] == {"PubDate": "2025-05-08"}
    assert doc.text == (
        "关于印发若干措施的通知\n第一段，加粗内容。\nSecond paragraph with English.\n"
        "第三段\n换行后\n指标\t目标\n产量\t30"
    )
    for dropped in ("首页", "脚本", "color", "注释", "请启用脚本"):
        assert dropped not in doc.text


def test_html_utf8_without_declaration_and_htm_suffix(tmp_path: Path) -> None:
    page = "<html><head><title>通知</title></head><body><p>示例市人民政府</p></body></html>"
    doc = read_document(write(tmp_path / "p.htm", page))
    assert (doc.text, doc.encoding, doc.format) == ("示例市人民政府", "utf-8", "html")


def test_html_wrong_declared_charset_is_detected(tmp_path: Path) -> None:
    page = '<meta charset="utf-8"><title>通知</title><p>示例市人民政府办公室文件</p>'
    doc = read_document(write(tmp_path / "p.html", page.encode("gbk")))
    assert doc.text == "示例市人民政府办公室文件" and doc.encoding == "gb18030"
    assert "declared charset 'utf-8' does not fit" in doc.warnings[0]


# --------------------------------------------------------------------------- jsonl / csv


def test_jsonl_rows_meta_and_ids(tmp_path: Path) -> None:
    rows = [
        {"id": "doc-001", "title": "通知一", "正文": "第一份文件正文", "year": 2024},
        {"title": "通知二", "正文": "第二份文件正文", "tags": ["产业链"]},
    ]
    p = write(tmp_path / "docs.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in rows))
    docs = list(iter_documents(p))
    assert [d.id for d in docs] == ["doc-001", "docs#2"]  # type: ignore[union-attr]
    assert [d.source for d in docs] == [f"{p}#1", f"{p}#2"]  # type: ignore[union-attr]
    first, second = docs
    assert isinstance(first, RawDocument) and isinstance(second, RawDocument)
    assert first.text == "第一份文件正文" and first.format == "jsonl"
    assert first.meta == {"id": "doc-001", "title": "通知一", "year": 2024}
    assert second.meta == {"title": "通知二", "tags": ["产业链"]}
    assert first.encoding == "utf-8"
    with pytest.raises(ValueError, match="use iter_documents"):
        read_document(p)


def test_jsonl_bad_rows_are_row_errors(tmp_path: Path) -> None:
    p = write(
        tmp_path / "mixed.jsonl",
        '{"text": "好的"}\n{"text": broken\n["not", "object"]\n{"text": ""}\n{"text": "也好"}\n',
    )
    items = list(iter_documents(p))
    assert [type(i).__name__ for i in items] == [
        "RawDocument",
        "ReadError",
        "ReadError",
        "ReadError",
        "RawDocument",
    ]
    errs = [i for i in items if isinstance(i, ReadError)]
    assert errs[0].reason.startswith("invalid JSON on line 2") and errs[0].path == f"{p}#2"
    assert errs[1].reason == "line 3 is a JSON list, not an object"
    assert errs[2].reason == "empty document"
    assert items[-1].id == "mixed#5"  # type: ignore[union-attr]


def test_jsonl_no_text_column(tmp_path: Path) -> None:
    p = write(tmp_path / "x.jsonl", '{"title": "t", "abstract": "a"}\n')
    with pytest.raises(ReadError) as ei:
        read_document(p)
    assert ei.value.reason == (
        "no text column: looked for text/content/body/正文/内容/fulltext, "
        "found ['title', 'abstract']"
    )
    doc = read_document(p, text_column="abstract")
    assert (doc.text, doc.meta) == ("a", {"title": "t"})


def test_jsonl_single_row_read_document_and_gbk(tmp_path: Path) -> None:
    line = json.dumps({"content": ZH, "issuer": "示例市人民政府"}, ensure_ascii=False)
    doc = read_document(write(tmp_path / "one.jsonl", line, "gbk"))
    assert (doc.text, doc.encoding, doc.id) == (ZH, "gb18030", "one#1")


def test_csv_excel_export_with_metadata(tmp_path: Path) -> None:
    content = (
        "id,标题,发文机关,日期,内容\r\n"
        'A1,通知一,市财政局,2025-01-02,"第一段\r\n第二段，含逗号"\r\n'
        "A2,通知二,市科技局,2025-02-03,第二份文件\r\n"
        "\r\n"
        "A3,通知三,市商务局,2025-03-04,\r\n"
    )
    p = write(tmp_path / "export.csv", content, "utf-8-sig")
    items = list(iter_documents(p))
    d1, d2, err = items
    assert isinstance(d1, RawDocument) and isinstance(d2, RawDocument)
    assert d1.text == "第一段\r\n第二段，含逗号"
    assert d1.meta == {"id": "A1", "标题": "通知一", "发文机关": "市财政局", "日期": "2025-01-02"}
    assert (d1.id, d1.source, d1.encoding, d1.format) == ("A1", f"{p}#1", "utf-8-sig", "csv")
    assert d2.id == "A2"
    assert isinstance(err, ReadError) and err.reason == "empty document" and err.path == f"{p}#3"


def test_csv_gbk_tab_delimited_and_text_column(tmp_path: Path) -> None:
    p = write(tmp_path / "t.csv", "title\tfulltext\n通知\t示例市人民政府办公室\n", "gbk")
    doc = read_document(p)
    assert (doc.text, doc.meta, doc.encoding, doc.id) == (
        "示例市人民政府办公室",
        {"title": "通知"},
        "gb18030",
        "t#1",
    )
    with pytest.raises(ReadError, match=r"no text column: looked for 正文, found \['title'"):
        read_document(p, text_column="正文")


def test_csv_duplicate_ids_and_long_fields(tmp_path: Path) -> None:
    long = "长" * 200_000
    p = write(tmp_path / "d.csv", f"id,text\nx,{long}\nx,短\n")
    a, b = iter_documents(p)
    assert isinstance(a, RawDocument) and isinstance(b, RawDocument)
    assert a.id == "x" and len(a.text) == 200_000
    assert b.id == "d#2" and "duplicate id" in b.warnings[0]


def test_csv_header_only_is_empty(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="empty document"):
        read_document(write(tmp_path / "h.csv", "id,text\n"))


# --------------------------------------------------------------------------- folders


def test_folder_with_bad_files(tmp_path: Path) -> None:
    write(tmp_path / "a_gbk.txt", ZH, "gbk")
    make_docx(tmp_path / "b_plan.docx")
    write(tmp_path / "c_corrupt.docx", b"garbage, not a zip")
    write(tmp_path / "d_data.xyz", b"?")
    write(tmp_path / "e_empty.txt", b"")
    write(tmp_path / "MANIFEST.tsv", "file\ttitle\n")
    write(tmp_path / "gold.json", "{}")
    write(tmp_path / ".hidden.txt", "hidden")
    write(tmp_path / ".git" / "x.txt", "hidden dir")
    write(tmp_path / "~$b_plan.docx", b"lock")
    write(tmp_path / "sub" / "a_gbk.txt", "子目录文件")
    write(tmp_path / "sub" / "deeper" / "page.html", "<p>网页</p>")

    items = list(iter_documents(tmp_path))
    got = {Path(i.path if isinstance(i, ReadError) else i.source).name: i for i in items}
    assert ".hidden.txt" not in got and "x.txt" not in got
    order = [Path(i.path if isinstance(i, ReadError) else i.source) for i in items]
    assert order == sorted(order, key=lambda q: q.relative_to(tmp_path).parts)

    docs = [i for i in items if isinstance(i, RawDocument)]
    assert [d.id for d in docs] == ["a_gbk", "b_plan", "sub/a_gbk", "sub/deeper/page"]
    errors = {Path(e.path).name: e for e in items if isinstance(e, ReadError)}
    assert errors["c_corrupt.docx"].reason == "not a zip file: docx is corrupt"
    assert not errors["c_corrupt.docx"].skipped
    assert errors["e_empty.txt"].reason == "empty document"
    assert errors["d_data.xyz"].reason == "skipped: unsupported file type .xyz"
    assert errors["MANIFEST.tsv"].reason == "skipped: unsupported file type .tsv"
    assert errors["gold.json"].reason == "skipped: unsupported file type .json"
    assert errors["~$b_plan.docx"].reason == "skipped: Office lock file"
    assert all(errors[n].skipped for n in ("d_data.xyz", "MANIFEST.tsv", "gold.json"))

    top = list(iter_documents(tmp_path, recursive=False))
    assert not any("sub" in Path(getattr(i, "source", "") or i.path).parts for i in top)  # type: ignore[union-attr]


def test_same_stem_different_suffix_gets_unique_ids(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "文本")
    write(tmp_path / "a.html", "<p>网页</p>")
    ids = [d.id for d in iter_documents(tmp_path)]  # type: ignore[union-attr]
    assert ids == ["a", "a.txt"]


def test_iter_single_file_with_unsupported_suffix(tmp_path: Path) -> None:
    (err,) = iter_documents(write(tmp_path / "x.doc", b"\xd0\xcf\x11\xe0"))
    assert isinstance(err, ReadError) and err.reason == "unsupported extension .doc"
    assert not err.skipped


def test_read_corpus_collects_errors_and_warns_once(tmp_path: Path) -> None:
    write(tmp_path / "ok.txt", ZH)
    write(tmp_path / "bad1.docx", b"x")
    write(tmp_path / "bad2.pdf", b"y")
    write(tmp_path / "README.md", "# notes")
    with pytest.warns(ReadWarning, match=r"^2 file\(s\) or row\(s\) could not be read") as rec:
        corpus = read_corpus(tmp_path)
    assert len(rec) == 1
    assert isinstance(corpus, Corpus) and [d.id for d in corpus] == ["ok"]
    assert len(corpus.errors) == 3 and len(corpus.failed) == 2 and len(corpus.skipped) == 1
    assert corpus.skipped[0].to_dict() == {
        "path": str(tmp_path / "README.md"),
        "status": "skipped",
        "reason": "skipped: unsupported file type .md",
    }


def test_read_corpus_only_skipped_does_not_warn(tmp_path: Path) -> None:
    write(tmp_path / "ok.txt", ZH)
    write(tmp_path / "README.md", "# notes")
    corpus = read_corpus(tmp_path)  # filterwarnings=error would fail on any warning
    assert len(corpus) == 1 and corpus.failed == []


def test_read_error_pickles() -> None:
    e = ReadError("a.docx", "not a zip file: docx is corrupt", skipped=False)
    e2 = pickle.loads(pickle.dumps(e))
    assert (e2.path, e2.reason, e2.skipped, str(e2)) == (e.path, e.reason, e.skipped, str(e))


# --------------------------------------------------------------------------- demo corpus

DEMO_FILES = {
    "nev_chain_action_plan.docx": ("docx", None),
    "cppcc_proposal_reply.txt": ("txt", "gb18030"),
    "digital_economy_measures.pdf": ("pdf", None),
    "talent_program_opinions.txt": ("txt", "utf-8"),
    "digital_economy_interpretation.html": ("html", "gb18030"),
}


def test_demo_corpus_reads_completely() -> None:
    items = list(iter_documents(DEMO))
    docs = {Path(d.source).name: d for d in items if isinstance(d, RawDocument)}
    skipped = sorted(Path(e.path).name for e in items if isinstance(e, ReadError))
    assert set(docs) == set(DEMO_FILES)
    assert skipped == ["MANIFEST.tsv", "README.md", "build_demo.py"]
    assert all(e.skipped for e in items if isinstance(e, ReadError))
    for name, (fmt, enc) in DEMO_FILES.items():
        doc = docs[name]
        assert (doc.format, doc.encoding, doc.warnings) == (fmt, enc, []), name
        assert 1400 <= len(doc.text) <= 3500, (name, len(doc.text))
        assert "示例市" in doc.text


def test_demo_gbk_reply() -> None:
    doc = read_document(DEMO / "cppcc_proposal_reply.txt")
    assert doc.encoding == "gb18030"
    assert "\r\n\u3000\u3000张明远委员：" in doc.text
    assert "签发人：周建华" in doc.text and "办理结果：A" in doc.text
    assert "联系电话：0000-12345678（示例号码）" in doc.text


def test_demo_docx() -> None:
    doc = read_document(DEMO / "nev_chain_action_plan.docx")
    assert doc.text.startswith("示例市人民政府办公室文件\n示政办〔2025〕12号\n")
    assert "（牵头单位：市发展改革委；责任单位：市工业和信息化局、市科技局、市财政局）" in doc.text
    assert "新能源汽车产量（万辆）\t12\t30\t市工业和信息化局" in doc.text
    assert "示例文档，非真实文件" not in doc.text  # footer excluded
    assert doc.meta["author"] == "示例市人民政府办公室"


def test_demo_pdf_cjk_text_layer_is_exact() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_demo", DEMO / "build_demo.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    doc = read_document(DEMO / "digital_economy_measures.pdf")
    assert doc.meta["pages"] == len(doc.meta["page_offsets"]) >= 2
    for k, off in enumerate(doc.meta["page_offsets"][1:], 1):
        assert doc.text[off - 2 : off] == "\n\n", k
    body = re.sub(r"— \d+ —", "", doc.text)
    squash = re.compile(r"\s+")
    assert squash.sub("", body) == squash.sub("", build.plain_text(build.DIGITAL_MEASURES))
    assert "示政办规〔2025〕5号" in doc.text and "给予500万元奖励" in doc.text


def test_demo_manifest_marks_documents_illustrative() -> None:
    lines = (DEMO / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    assert header[:6] == ["file", "title", "issuer", "date", "format", "encoding"]
    rows = [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]
    assert {r["file"] for r in rows} == set(DEMO_FILES)
    assert all(
        r["note"] == "illustrative, written for policytext; not a real document" for r in rows
    )


def test_demo_has_no_plausible_real_phone_numbers() -> None:
    for doc in read_corpus(DEMO):
        for m in re.finditer(r"\d{3,4}-\d{7,8}|1[3-9]\d[ -]?\d{4}[ -]?\d{4}", doc.text):
            assert m.group().startswith("0000-"), (doc.id, m.group())


# --------------------------------------------------------------------------- docs


def test_docstring_examples_run() -> None:
    result = doctest.testmod(pio, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 5 and result.failed == 0
