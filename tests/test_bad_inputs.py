"""A messy corpus — every kind of bad input beside good documents — through ``policytext analyze``.

The corpus is generated in ``tmp_path`` (no binary files in the repository). Every file must
appear in the manifest with the expected status and a specific message, the good files must
all be processed, and one bad file never costs the run.
"""

from __future__ import annotations

import io
import json
import os
import random
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from test_io import make_docx, make_pdf

import policytext
import policytext.io as pio
from policytext.analysis import (
    EXIT_NOTHING_PROCESSED,
    EXIT_OK,
    EXIT_STRICT_FAILURES,
    PART_CHARS,
    ManifestEntry,
    finish_run,
    manifest_path,
    normalize_in_chunks,
)
from policytext.cli import main as cli_main
from policytext.document import iter_records
from policytext.io import ReadError, read_document
from policytext.normalization import normalize

REPO = Path(__file__).resolve().parents[1]
DOC = (
    "示例市人民政府关于支持企业开展技术创新的通知\n"
    "各区人民政府，市政府各部门：\n"
    "一、市发展改革委要加强统筹协调，支持企业开展技术创新。\n"
    "二、市财政局负责安排专项资金。\n"
)
TRADITIONAL = (
    "示例市人民政府關於支持企業開展技術創新的通知\n"
    "一、市發展改革委要加強統籌協調，支持企業開展技術創新。\n"
    "二、市財政局負責安排專項資金，對認定的項目給予獎勵。\n"
)


def _encrypted_pdf() -> bytes:
    from pypdf import PdfReader, PdfWriter

    w = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(["secret"]))))
    w.encrypt(user_password="pw", owner_password="owner", algorithm="RC4-128")
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def _docx_with(document_xml: bytes, *, level: int = 6) -> bytes:
    """A docx package whose main part is ``document_xml``."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
        )
        z.writestr("word/document.xml", document_xml)
    return buf.getvalue()


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>"""

PAGE_WITH_SCRIPT = """<html><head><title>通知</title>
<script>document.write("脚本内容"); fetch("http://example.invalid/steal")</script>
<style>body { background: url("http://example.invalid/x.png") }</style></head>
<body><p>示例市人民政府关于推动产业发展的通知。</p>
<script>alert("第二段脚本")</script><p>一、支持企业开展技术创新。</p></body></html>"""


LARGE_NAME = "大 文件 20MB.txt"


def write_large_document(path: Path, mib: int = 20) -> None:
    """A policy-like text of ``mib`` MiB: numbered chapters of varied task paragraphs."""
    with path.open("w", encoding="utf-8") as f:
        i = 0
        while f.tell() < mib * 2**20:
            if i % 40 == 0:
                f.write(f"第{i // 40 + 1}章 第{i // 40 + 1}批重点任务\n")
            f.write(
                f"（{i % 9 + 1}）市发展改革委要加强统筹协调，推动第{i}批产业链项目建设。"
                f"对认定的{i % 50 + 1}个项目给予资金支持，培育企业{i % 7 + 2}家。\n\n"
            )
            i += 1


def build_corpus(folder: Path) -> dict[str, tuple[str, str]]:
    """Write the messy corpus; return ``{relative path: (status, expected message part)}``.

    The 20 MB document is written separately (:func:`write_large_document`)."""
    random.seed(8)
    files: dict[str, tuple[bytes, str, str]] = {
        # good documents
        "good_utf8.txt": (DOC.encode(), "processed", ""),
        "good_gbk.txt": (DOC.encode("gbk"), "processed", ""),
        "good_page.html": (f"<p>{DOC}</p>".encode(), "processed", ""),
        # bad inputs
        "empty.txt": (b"", "failed", "empty document"),
        "blank.txt": ("\r\n\u3000 \n".encode(), "failed", "empty document"),
        "image_named.txt": (
            b"\x89PNG\r\n\x1a\n" + bytes(random.getrandbits(8) for _ in range(500)),
            "failed",
            "not a text file: content is a PNG image (wrong extension?)",
        ),
        "binary_named.txt": (
            bytes(random.getrandbits(8) for _ in range(2000)),
            "failed",
            "binary content",
        ),
        "undecodable.txt": (
            bytes(range(0x80, 0x100)) * 8,
            "failed",
            "could not decode: tried utf-8, gb18030, utf-16, charset-normalizer",
        ),
        "mixed_encodings.txt": (
            DOC.encode() + "三、市科技局负责组织实施。\n".encode("gbk") * 3,
            "processed",
            "mixed encodings: 4 line(s) utf-8, 3 line(s) gb18030; decoded line by line",
        ),
        "scanned.pdf": (
            make_pdf([None, None]),
            "failed",
            "no text layer (scanned PDF?) — OCR it first",
        ),
        "encrypted.pdf": (_encrypted_pdf(), "failed", "encrypted PDF: a password is required"),
        "corrupt.pdf": (b"%PDF-1.4\n1 0 obj garbage", "failed", "PDF"),
        "truncated.docx": (
            b"",
            "failed",
            "docx is corrupt: truncated or damaged zip archive",
        ),  # filled below
        "corrupt.docx": (
            b"PK\x03\x04 broken",
            "failed",
            "docx is corrupt: truncated or damaged zip archive",
        ),
        "zip_bomb.docx": (
            _docx_with(b"<a>" + b" " * (24 * 2**20) + b"</a>", level=9),
            "failed",
            "refused: docx part word/document.xml expands",
        ),
        "xml_bomb.docx": (
            _docx_with(BILLION_LAUGHS),
            "failed",
            "refused: docx part word/document.xml declares a DTD or entities (XML bomb?)",
        ),
        "with_script.html": (PAGE_WITH_SCRIPT.encode(), "processed", ""),
        "english_only.txt": (
            b"Notice on promoting industrial development. Support firms.\n",
            "processed",
            "no Chinese characters in the text",
        ),
        "traditional.txt": (
            TRADITIONAL.encode(),
            "processed",
            "Traditional Chinese detected",
        ),
        "long_line.txt": (
            "".join(
                random.choice("政策产业链推动绿色建材发展企业支持创新技术") for _ in range(20_000)
            ).encode(),
            "processed",
            "",
        ),
        "nul_bytes.txt": (
            DOC.encode().replace("。".encode(), "。\x00\x00".encode()),
            "processed",
            "NUL character(s)",
        ),
        "目录 with spaces/政策 文件 (2025).txt": (DOC.encode(), "processed", ""),
        "README.md": (b"# notes", "skipped", "skipped: unsupported file type .md"),
        "legacy.doc": (b"\xd0\xcf\x11\xe0", "skipped", "legacy Word: convert to .docx"),
    }
    good_docx = make_docx(folder / "good_plan.docx").read_bytes()
    files["truncated.docx"] = (good_docx[: len(good_docx) // 2], *files["truncated.docx"][1:])
    expected = {"good_plan.docx": ("processed", "")}
    for name, (data, status, message) in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        expected[name] = (status, message)
    return expected


# `policytext analyze` in a child process, which prints its exit code and its own peak memory
ANALYZE_SCRIPT = """
import sys
from policytext.cli import main
code = main(["analyze", sys.argv[1], "-o", sys.argv[2], "-q"])
hwm = next(line for line in open("/proc/self/status") if line.startswith("VmHWM"))
print(code, int(hwm.split()[1]) // 1024)
"""


@pytest.fixture(scope="module")
def messy_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("messy") / "语料 corpus"
    folder.mkdir()
    expected = build_corpus(folder)
    write_large_document(folder / LARGE_NAME)
    expected[LARGE_NAME] = ("processed", "long document: analysed as")
    out = tmp_path_factory.mktemp("out") / "records.jsonl"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.run(
        [sys.executable, "-c", ANALYZE_SCRIPT, str(folder), str(out)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert child.returncode == 0, child.stderr[-2000:]
    code, peak_mib = map(int, child.stdout.split()[-2:])
    rows = [json.loads(x) for x in manifest_path(out).read_text(encoding="utf-8").splitlines()]
    return folder, expected, out, code, rows, peak_mib


def test_every_input_is_accounted_for(messy_run) -> None:
    folder, expected, out, code, rows, _peak = messy_run
    assert code == EXIT_OK
    got = {Path(r["path"]).relative_to(folder).as_posix(): r for r in rows}
    assert len(rows) == len(got) == len(expected)  # inputs = processed + skipped + failed
    assert set(got) == set(expected)
    for name, (status, message) in expected.items():
        row = got[name]
        assert row["status"] == status, (name, row)
        assert set(row) == {"path", "status", "reason", "warnings", "id"}
        if status == "processed":
            assert row["reason"] is None
            if message:
                assert any(message in w for w in row["warnings"]), (name, row["warnings"])
        else:
            assert message in row["reason"], (name, row["reason"])
    sources = {Path(r.source).relative_to(folder).as_posix() for r in iter_records(out)}
    assert sources == {name for name, (s, _) in expected.items() if s == "processed"}


def test_20mb_document_is_analysed_in_parts_within_bounded_memory(messy_run) -> None:
    folder, _expected, out, _code, rows, peak_mib = messy_run
    source = (folder / LARGE_NAME).read_text(encoding="utf-8")
    parts = [r for r in iter_records(out) if r.source.endswith(LARGE_NAME)]
    (row,) = [r for r in rows if r["path"].endswith(LARGE_NAME)]
    assert len(source) > 6_000_000 and len(parts) >= len(source) // PART_CHARS
    assert [r.id for r in parts] == [
        f"{row['id']}#part{k}of{len(parts)}" for k in range(1, len(parts) + 1)
    ]
    # the parts follow one another in the source and together reach its end
    starts = [r.source_meta["source_offset"] for r in parts]
    assert starts[0] == 0 and starts == sorted(set(starts))
    for rec, start, end in zip(parts, starts, [*starts[1:], len(source)], strict=True):
        covered = [(src, src + n) for _t, src, n in rec.offset_map]
        assert start <= min(a for a, _ in covered) and end - 4 <= max(b for _, b in covered) <= end
    for rec in (parts[0], parts[len(parts) // 2], parts[-1]):
        assert len(rec.measures) > 1000 and rec.entities
        for m in rec.measures[:: max(1, len(rec.measures) // 50)]:
            # offsets lead back to the exact characters of the 20 MB file
            (a, b), *_ = rec.source_spans(m["start"], m["end"])
            assert source[a:b] == rec.text[m["start"] : m["end"]] == m["text"]
    # one part's record and Docs at a time: the pkuseg model (~1 GB) plus a part, however
    # large the file (a single 20 MB record peaked at 4.2 GB)
    assert peak_mib < 2000, peak_mib


def test_good_files_are_processed_well(messy_run) -> None:
    _folder, _expected, out, _code, _rows, _peak = messy_run
    records = {Path(r.source).name: r for r in policytext.read_records(out)}
    for name in ("good_utf8.txt", "good_gbk.txt", "政策 文件 (2025).txt"):
        assert records[name].meta["doc_type"] == "通知", name
        assert records[name].measures, name
    assert records["good_plan.docx"].sections


def test_scripts_and_styles_are_dropped(messy_run) -> None:
    _folder, _expected, out, _code, _rows, _peak = messy_run
    (page,) = [r for r in policytext.read_records(out) if r.source.endswith("with_script.html")]
    assert "示例市人民政府关于推动产业发展的通知" in page.text
    for dropped in ("脚本", "document.write", "alert", "example.invalid", "background"):
        assert dropped not in page.text


def test_traditional_chinese_is_detected_and_converted(messy_run) -> None:
    _folder, _expected, out, _code, _rows, _peak = messy_run
    (rec,) = [r for r in policytext.read_records(out) if r.source.endswith("traditional.txt")]
    if pio.to_simplified("關") is None:  # OpenCC not installed: reported, not converted
        assert any("install OpenCC" in w for w in rec.warnings)
        return
    assert "关于支持企业开展技术创新的通知" in rec.text
    assert any("converted to Simplified Chinese" in w for w in rec.warnings)
    assert len(rec.text) <= len(TRADITIONAL)  # char for char: offsets still lead to the source
    i = rec.text.index("关于")
    assert TRADITIONAL[rec.offsets.to_source(i)] == "關"


def test_mixed_encoding_and_nul_bytes_read_correctly(messy_run) -> None:
    _folder, _expected, out, _code, _rows, _peak = messy_run
    recs = {Path(r.source).name: r for r in policytext.read_records(out)}
    assert "三、市科技局负责组织实施。" in recs["mixed_encodings.txt"].text
    assert recs["mixed_encodings.txt"].encoding == "utf-8+gb18030"
    assert "\x00" not in recs["nul_bytes.txt"].text
    assert "二、市财政局负责安排专项资金。" in recs["nul_bytes.txt"].text


def test_exit_codes_strict_and_nothing_processed(nlp, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text(DOC, encoding="utf-8")
    (folder / "bad.pdf").write_bytes(b"%PDF-1.4 garbage")
    out = tmp_path / "o.jsonl"
    assert cli_main(["analyze", str(folder), "-o", str(out), "-q"]) == EXIT_OK
    assert cli_main(["analyze", str(folder), "-o", str(out), "-q", "--strict"]) == (
        EXIT_STRICT_FAILURES
    )
    (folder / "ok.txt").unlink()
    (folder / "README.md").write_text("notes", encoding="utf-8")
    assert cli_main(["analyze", str(folder), "-o", str(out), "-q"]) == EXIT_NOTHING_PROCESSED
    rows = manifest_path(out).read_text(encoding="utf-8").splitlines()
    assert sorted(json.loads(r)["status"] for r in rows) == ["failed", "skipped"]


def test_summary_names_every_failure(capsys: pytest.CaptureFixture[str]) -> None:
    entries = [
        ManifestEntry("a.txt", "processed", warnings=["mixed encodings: ..."]),
        ManifestEntry("b.pdf", "failed", "no text layer (scanned PDF?) — OCR it first"),
        ManifestEntry("README.md", "skipped", "skipped: unsupported file type .md"),
    ]
    assert finish_run(entries, command="graph", output="out/") == EXIT_OK
    err = capsys.readouterr().err
    assert err.splitlines() == [
        "policytext graph: 3 inputs: 1 processed (1 with warnings), 1 skipped, 1 failed → out/",
        "  failed: b.pdf: no text layer (scanned PDF?) — OCR it first",
    ]
    assert finish_run(entries[1:], command="graph", strict=True) == EXIT_NOTHING_PROCESSED


# --------------------------------------------------------------------------- limits


def test_docx_total_size_limit(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = make_docx(tmp_path / "plan.docx")
    monkeypatch.setattr(pio, "ZIP_MAX_UNCOMPRESSED", 10_000)
    with pytest.raises(ReadError, match=r"refused: docx would decompress to .*zip bomb\?"):
        read_document(path)


def test_file_size_limit(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(DOC * 10, encoding="utf-8")
    monkeypatch.setattr(pio, "MAX_FILE_BYTES", 100)
    with pytest.raises(ReadError, match=r"refused: file is 0 MiB \(limit 0 MiB"):
        read_document(path)


def test_docx_external_entity_is_refused(tmp_path: Path) -> None:
    xxe = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
    )
    path = tmp_path / "xxe.docx"
    path.write_bytes(_docx_with(xxe))
    with pytest.raises(ReadError, match="declares a DTD or entities"):
        read_document(path)


def test_many_blocks_skip_repair_with_a_warning(nlp) -> None:
    from policytext.analysis import REPAIR_MAX_BLOCKS, analyze_document
    from policytext.io import RawDocument

    text = "\n\n".join(f"第{i}段，支持企业发展。" for i in range(REPAIR_MAX_BLOCKS + 5))
    rec = analyze_document(RawDocument("b", "b.txt", text, "utf-8", "txt"), nlp)
    assert any("reading-order repair skipped" in w for w in rec.warnings)
    assert rec.repairs == []


# 20 MB: reading and normalising run in pieces with bounded memory (the whole pipeline on a
# 20 MB document is run by the messy corpus above).
LARGE_SCRIPT = """
import sys
from policytext.analysis import normalize_in_chunks
from policytext.io import read_document
doc = read_document(sys.argv[1])
norm = normalize_in_chunks(doc.text)
assert norm.changes["chunks"] > 10, norm.changes
# VmHWM is this process's own peak; ru_maxrss would carry over the forking parent's peak (a
# pytest process holding the pkuseg model) because Linux keeps it across exec
hwm = next(line for line in open("/proc/self/status") if line.startswith("VmHWM"))
print(len(doc.text), len(norm.text), int(hwm.split()[1]) // 1024)
"""


def test_20mb_document_is_read_and_normalised_in_bounded_memory(tmp_path: Path) -> None:
    para = (
        "（一）支持企业开展技术创新，对认定的项目给予资金支持。\n"
        "市发展改革委 要 加强统筹协调 ，\n推动产业链高质量发展。\n\n"
    ).encode()
    path = tmp_path / "大 文件.txt"
    with path.open("wb") as f:
        for _ in range(20 * 2**20 // len(para) + 1):
            f.write(para)
    assert path.stat().st_size >= 20 * 2**20
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run(
        [sys.executable, "-c", LARGE_SCRIPT, str(path)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    n_source, n_text, peak_mib = map(int, out.stdout.split())
    assert n_source > 6_000_000 and 0 < n_text < n_source
    # the source text alone is ~14 MiB as str (+20 MiB of bytes); normalising the whole text
    # in one pass would hold one offset run per character (several hundred MiB)
    assert peak_mib < 400, peak_mib


def test_normalize_in_chunks_equals_one_pass_on_paragraph_text() -> None:
    text = "".join(f"（{i}）第{i}项措施 ，\n给予 资金支持。\n\n" for i in range(400))
    whole = normalize(text)
    pieces = normalize_in_chunks(text, chunk=1000)
    assert pieces.changes["chunks"] > 5
    assert pieces.text == whole.text
    assert pieces.offset_map.runs == whole.offset_map.runs


def test_themes_accounts_for_every_records_file(nlp, tmp_path: Path) -> None:
    from conftest import DEMO

    records = tmp_path / "records.jsonl"
    policytext.analyze(DEMO, records, nlp=nlp, progress=False)
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{not json\n", encoding="utf-8")
    out = tmp_path / "themes"
    args = ["themes", str(records), str(broken), "-o", str(out), "--n-themes", "4"]
    assert cli_main(args) == EXIT_OK
    rows = [
        json.loads(x)
        for x in manifest_path(out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    n_records = len(policytext.read_records(records))
    assert [r["status"] for r in rows].count("processed") == n_records
    (failed,) = [r for r in rows if r["status"] == "failed"]
    assert failed["path"] == str(broken) and "not a JSON record" in failed["reason"]
    assert cli_main([*args, "--strict"]) == EXIT_STRICT_FAILURES


# --------------------------------------------------------------------------- fuzz findings


def test_deeply_nested_html_is_read(tmp_path: Path) -> None:
    """Found while fuzzing the readers: the recursive HTML walk hit the recursion limit."""
    path = tmp_path / "deep.html"
    path.write_text("<div>" * 20_000 + "示例正文" + "</div>" * 20_000, encoding="utf-8")
    assert read_document(path).text == "示例正文"
    path.write_text("<table><tr><td>" * 3000 + "单元格", encoding="utf-8")
    assert read_document(path).text.strip() == "单元格"


def test_deeply_nested_json_row_fails_alone(tmp_path: Path) -> None:
    """Found while fuzzing the readers: one over-nested row cost the rest of the file."""
    path = tmp_path / "rows.jsonl"
    deep = "[" * 100_000 + "]" * 100_000
    path.write_text(f'{{"text": "第一行"}}\n{deep}\n{{"text": "第三行"}}\n', encoding="utf-8")
    items = list(pio.iter_documents(path))
    assert [getattr(i, "text", None) for i in items] == ["第一行", None, "第三行"]
    assert items[1].reason == "JSON on line 2 is nested too deeply to read"  # type: ignore[union-attr]


def test_huge_json_number_row_fails_alone(tmp_path: Path) -> None:
    """Found by fuzz/fuzz_readers.py (atheris): a 200,001-digit number raised ValueError."""
    path = tmp_path / "rows.jsonl"
    path.write_text(
        '{"text": "第一行"}\n' + "6" * 200_001 + '\n{"text": "第三行"}\n', encoding="utf-8"
    )
    items = list(pio.iter_documents(path))
    assert [getattr(i, "text", None) for i in items] == ["第一行", None, "第三行"]
    assert items[1].reason.startswith("JSON on line 2 cannot be read: Exceeds the limit")  # type: ignore[union-attr]


def test_csv_with_a_huge_header_line_is_quick_and_its_reason_short(tmp_path: Path) -> None:
    """Found by fuzz/fuzz_readers.py (atheris): a 200 KB header line of quotes made the csv
    sniffer run for half a minute, and the reason quoted the whole line."""
    path = tmp_path / "odd.csv"
    path.write_bytes(bytes.fromhex("575ba85a3d22") * 33_000)
    with pytest.raises(ReadError) as ei:  # the sniffer sees the first 4096 characters only
        read_document(path)
    assert ei.value.reason.startswith("no text column: looked for text/content/body")
    assert len(ei.value.reason) < 200
