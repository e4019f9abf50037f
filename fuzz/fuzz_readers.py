"""Fuzz the readers: any bytes, under every supported suffix, must give a document or a
``ReadError`` with a specific reason — never an exception, never an ``unexpected error``.

The first byte chooses the suffix; a fifth of the inputs repeat their first bytes many
times (deep nesting, long runs), and a third are wrapped into a zip (as docx), so that the
docx checks (zip limits, defusedxml) and python-docx see well-formed packages.
"""

from __future__ import annotations

import io
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from _common import instrumented, run

with instrumented():
    from policytext.io import RawDocument, ReadError, iter_documents

SUFFIXES = (".txt", ".docx", ".pdf", ".html", ".jsonl", ".csv")
FOLDER = Path(tempfile.mkdtemp(prefix="policytext-fuzz-"))


def _as_docx(data: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>',
        )
        z.writestr("word/document.xml", data)
    return buf.getvalue()


def target(data: bytes) -> None:
    if not data:
        return
    choice, body = data[0], data[1:]
    suffix = SUFFIXES[choice % len(SUFFIXES)]
    if choice % 5 == 4 and body:
        # amplify: the first few bytes repeated many times (deep nesting: <div><div>…, [[[…)
        head = body[: 1 + body[0] % 8]
        body = head * (200_000 // len(head)) + body
    if suffix == ".docx" and choice % 3 == 0:
        body = _as_docx(body)
    path = FOLDER / f"doc{suffix}"
    path.write_bytes(body)
    for item in iter_documents(path):
        if isinstance(item, ReadError):
            if item.reason.startswith("unexpected error"):
                raise AssertionError(f"{suffix}: {item.reason}")
        else:
            assert isinstance(item, RawDocument) and item.text.strip()


if __name__ == "__main__":
    run(target)
