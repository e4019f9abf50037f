"""Read policy documents as they come in practice.

Government documents arrive as GBK text files, Word files, PDFs with a text layer,
saved web pages and table exports (JSON Lines, CSV). This module turns each of them
into a :class:`RawDocument` whose ``text`` is *the* source text: every later offset
map (see :mod:`policytext.offsets`) refers to the characters of this string. The
readers therefore never normalise anything (no line-ending, width or space changes);
that is the normaliser's job.

Supported formats
-----------------
``.txt``
    Encoding detected from the bytes: a byte-order mark (UTF-8, UTF-16, UTF-32), then
    strict UTF-8, then GB18030 (superset of GBK/GB2312) when it decodes cleanly and
    looks Chinese, then a nearly-clean UTF-8 decode (a few bad bytes replaced, with a
    warning), then ``charset-normalizer``. A BOM is not part of ``text``.
``.docx``
    Body paragraphs and tables in document order (one table row per line, cells
    separated by a tab), joined with ``"\\n"``. Headers and footers are excluded.
    ``meta`` holds the core properties ``title`` and ``author`` when set.
``.pdf``
    The pypdf text layer; pages joined with ``"\\n\\n"``. ``meta["pages"]`` is the page
    count and ``meta["page_offsets"]`` the start offset of each page in ``text``.
    PDFs without a text layer (scans) raise :class:`ReadError`.
``.html`` / ``.htm``
    Visible text (``script``, ``style``, ``nav``, ``noscript``, ``template`` dropped),
    block elements on their own lines; ``meta["title"]`` from ``<title>`` and
    ``meta["html_meta"]`` from named ``<meta>`` tags (``ArticleTitle``, ``PubDate``...).
    Charset from the BOM or ``<meta charset>``, else detected as for ``.txt``.
``.jsonl`` / ``.csv``
    One document per row. The text column is ``text_column`` or the first of
    ``text, content, body, 正文, 内容, fulltext`` present; every other column goes to
    ``meta``. ``id`` comes from an ``id`` column when there is one.

Errors
------
Files that cannot be read raise :class:`ReadError` (with ``.path`` and a specific,
human-readable ``.reason``) from :func:`read_document`; :func:`iter_documents` *yields*
them instead so that a corpus loop can report them. Nothing in a folder is dropped
silently: files that are not policy documents (a README, a ``MANIFEST.tsv``) are yielded
as ``ReadError(skipped=True)`` with reason ``"skipped: unsupported file type .md"``.

Examples
--------
>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.txt").write_bytes("关于印发《示例方案》的通知".encode("gbk"))
>>> _ = (d / "README.md").write_text("notes")
>>> doc = read_document(d / "a.txt")
>>> doc.id, doc.encoding, doc.text[:4]
('a', 'gb18030', '关于印发')
>>> [(type(x).__name__, getattr(x, "skipped", None)) for x in iter_documents(d)]
[('ReadError', True), ('RawDocument', None)]
>>> corpus = read_corpus(d)
>>> len(corpus), [e.reason for e in corpus.skipped]
(1, ['skipped: unsupported file type .md'])
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import logging
import os
import re
import sys
import warnings
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = [
    "MAX_FILE_BYTES",
    "SUPPORTED_SUFFIXES",
    "TEXT_COLUMNS",
    "ZIP_MAX_RATIO",
    "ZIP_MAX_UNCOMPRESSED",
    "Corpus",
    "RawDocument",
    "ReadError",
    "ReadWarning",
    "ScriptReport",
    "decode_bytes",
    "iter_documents",
    "read_corpus",
    "read_document",
    "safe_join",
    "script_report",
    "to_simplified",
]

SUPPORTED_SUFFIXES = {".txt", ".docx", ".pdf", ".html", ".htm", ".jsonl", ".csv"}
"""File suffixes (lower-cased) that :func:`read_document` understands."""

TEXT_COLUMNS = ("text", "content", "body", "正文", "内容", "fulltext")
"""Column names tried, in order, for the document text of jsonl/csv rows."""

MAX_FILE_BYTES = 512 * 1024 * 1024
"""Files larger than this (bytes) are refused with a clear reason rather than read whole."""

ZIP_MAX_UNCOMPRESSED = 256 * 1024 * 1024
"""A docx whose parts decompress to more than this many bytes in total is refused (zip bomb)."""

ZIP_MAX_RATIO = 200
"""A docx part larger than 1 MiB that decompresses to more than this multiple of its
compressed size is refused (zip bomb)."""

_TABLE_SUFFIXES = {".jsonl", ".csv"}
_FORMATS = {".htm": "html"}


@dataclass
class RawDocument:
    """One document as read from its source, before any normalisation.

    Attributes
    ----------
    id : str
        Stable identifier: the file stem (for files in a sub-folder of the corpus
        folder, the relative path without suffix, e.g. ``"2024/plan"``); for rows of a
        jsonl/csv file the value of the ``id`` column, else ``"<stem>#<row>"``.
    source : str
        The path as given (``str``), plus ``"#<row>"`` for table rows.
    text : str
        The extracted source text. Offset maps of later stages refer to it.
    encoding : str or None
        Codec used to decode the bytes (``"utf-8"``, ``"utf-8-sig"``, ``"gb18030"``,
        ``"utf-16"``...); ``None`` for docx and pdf.
    format : str
        One of ``txt docx pdf html jsonl csv``.
    meta : dict
        Metadata: table columns other than the text, html title, docx title/author,
        pdf page count and page offsets.
    warnings : list of str
        Problems that did not prevent reading (replacement characters, empty pages...).

    Examples
    --------
    >>> RawDocument("d1", "d1.txt", "正文", "utf-8", "txt").meta
    {}
    """

    id: str
    source: str
    text: str
    encoding: str | None
    format: str
    meta: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


class ReadError(Exception):
    """A file (or table row) that could not be read, or was skipped on purpose.

    Parameters
    ----------
    path : str or os.PathLike
        The file, with ``"#<row>"`` appended for a row of a jsonl/csv file.
    reason : str
        Specific, human-readable cause, e.g. ``"not a zip file: docx is corrupt"``.
    skipped : bool
        True for files that are not policy documents (unsupported suffix in a folder):
        callers should record them as "skipped" rather than "failed".

    Examples
    --------
    >>> e = ReadError("a/b.xyz", "skipped: unsupported file type .xyz", skipped=True)
    >>> str(e), e.skipped
    ('a/b.xyz: skipped: unsupported file type .xyz', True)
    >>> e.to_dict()["status"]
    'skipped'
    """

    def __init__(self, path: str | os.PathLike[str], reason: str, *, skipped: bool = False):
        self.path = str(path)
        self.reason = reason
        self.skipped = skipped
        super().__init__(f"{self.path}: {reason}")

    def __reduce__(self) -> tuple[Any, ...]:  # keep picklable for multiprocessing
        return (_make_read_error, (self.path, self.reason, self.skipped))

    def to_dict(self) -> dict[str, Any]:
        """Manifest row: ``path``, ``status`` (``"skipped"``/``"failed"``), ``reason``."""
        return {
            "path": self.path,
            "status": "skipped" if self.skipped else "failed",
            "reason": self.reason,
        }


def _make_read_error(path: str, reason: str, skipped: bool) -> ReadError:
    return ReadError(path, reason, skipped=skipped)


class ReadWarning(UserWarning):
    """Issued once by :func:`read_corpus` when some files could not be read."""


class Corpus(list[RawDocument]):
    """A list of :class:`RawDocument` that also remembers what could not be read.

    Attributes
    ----------
    errors : list of ReadError
        Every file or row that was not read, skipped ones included.

    Examples
    --------
    >>> c = Corpus([], [ReadError("x.md", "skipped: unsupported file type .md", skipped=True)])
    >>> len(c), len(c.errors), len(c.failed), len(c.skipped)
    (0, 1, 0, 1)
    """

    def __init__(self, docs: Any = (), errors: Any = ()) -> None:
        super().__init__(docs)
        self.errors: list[ReadError] = list(errors)

    @property
    def failed(self) -> list[ReadError]:
        """Errors for files that should have been read but could not."""
        return [e for e in self.errors if not e.skipped]

    @property
    def skipped(self) -> list[ReadError]:
        """Files that were skipped as not being documents (README, manifest...)."""
        return [e for e in self.errors if e.skipped]


# ---------------------------------------------------------------------------
# encoding detection

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return (
        0x4E00 <= o <= 0x9FFF  # unified ideographs
        or 0x3400 <= o <= 0x4DBF  # extension A
        or 0x3000 <= o <= 0x303F  # CJK punctuation 、。〔〕《》
        or 0xFF00 <= o <= 0xFFEF  # full-width forms （），：；
        or 0x2000 <= o <= 0x206F  # general punctuation “”‘’—…
        or 0x20000 <= o <= 0x3134F  # extensions B-G
        or 0x2460 <= o <= 0x24FF  # enclosed numerals ①
        or 0x3200 <= o <= 0x32FF  # enclosed CJK ㈠
        or 0xF900 <= o <= 0xFAFF  # compatibility ideographs
    )


def _looks_chinese(text: str) -> bool:
    non_ascii = [c for c in text if ord(c) > 0x7F]
    if not non_ascii:
        return True
    return sum(map(_is_cjk, non_ascii)) / len(non_ascii) >= 0.8


_LATIN_NEXT_TO_ASCII = re.compile(r"[A-Za-z][\u00c0-\u024f]|[\u00c0-\u024f][A-Za-z]")


def _gb2312_area(data: bytes) -> bool:
    """Every non-ASCII byte pair lies in GB2312's hanzi/punctuation area (A1-F7, A1-FE)."""
    i, n = 0, len(data)
    while i < n:
        b = data[i]
        if b < 0x80:
            i += 1
            continue
        if not (0xA1 <= b <= 0xF7 and i + 1 < n and 0xA1 <= data[i + 1] <= 0xFE):
            return False
        i += 2
    return True


def _gb_lookalike(data: bytes, text_u: str) -> str | None:
    """GB18030 text when bytes that are *also* valid UTF-8 are really GB Chinese.

    GB2312 hanzi with lead byte C2-DF and trail byte A1-BF form valid two-byte UTF-8
    sequences (``"中"`` in GBK is ``D6 D0``, UTF-8 for Hebrew ``"א"``). Short GBK texts
    can therefore decode cleanly as UTF-8 into Latin/Greek/Hebrew/Arabic gibberish.
    Prefer GB18030 when the UTF-8 reading has no character at or above U+0800 (no CJK),
    every byte pair lies in the GB2312 area, the GB18030 reading looks Chinese, and no
    accented Latin letter touches an ASCII letter (which would suggest ``café``).
    """
    if all(ord(c) < 0x80 for c in text_u) or any(ord(c) >= 0x800 for c in text_u):
        return None
    if _LATIN_NEXT_TO_ASCII.search(text_u) or not _gb2312_area(data):
        return None
    try:
        gb = data.decode("gb18030")
    except UnicodeDecodeError:  # pragma: no cover - the GB2312 area always decodes
        return None
    return gb if _looks_chinese(gb) else None


def _common_hanzi_share(text: str) -> float:
    """Share of ideographs among GB2312 level-1 (the 3,755 most common) hanzi.

    Genuine Chinese prose scores above 0.9; Shift-JIS or Big5 bytes misread as GB18030
    give rarer characters. Texts with fewer than 20 ideographs score 1.0 (no evidence).
    """
    ideographs = [c for c in text if 0x4E00 <= ord(c) <= 0x9FFF]
    if len(ideographs) < 20:
        return 1.0
    common = 0
    for c in ideographs:
        try:
            common += 0xB0 <= c.encode("gb2312")[0] <= 0xD7
        except UnicodeEncodeError:
            pass
    return common / len(ideographs)


def _codec_name(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name


def _guess_bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM: mostly-ASCII text leaves NUL bytes on one side of each pair."""
    if len(data) < 4 or len(data) % 2 or data.count(0) < len(data) // 8:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    enc = "utf-16-le" if odd > 3 * even else "utf-16-be" if even > 3 * odd else None
    if enc is None:
        return None
    try:
        data.decode(enc)
    except UnicodeDecodeError:
        return None
    return enc


def decode_bytes(data: bytes, encoding: str | None = None) -> tuple[str, str, list[str]]:
    """Decode file bytes, detecting the encoding when ``encoding`` is None.

    Parameters
    ----------
    data : bytes
        Raw file content.
    encoding : str, optional
        Force this codec (undecodable bytes are replaced, with a warning).

    Returns
    -------
    text : str
        Decoded text (without BOM).
    encoding : str
        Codec used (``"utf-8"``, ``"utf-8-sig"``, ``"utf-16"``, ``"gb18030"``...).
    warnings : list of str
        E.g. how many undecodable bytes were replaced with U+FFFD.

    Raises
    ------
    ValueError
        ``"could not decode: tried ..."`` when nothing fits.

    Notes
    -----
    Detection is a guess where the bytes are valid in several encodings. Big5
    (Traditional Chinese) bytes often also decode as GB18030 and then look Chinese but
    are garbled: pass ``encoding="big5"`` for such files. Short GBK texts whose bytes
    are also valid UTF-8 are read as GB18030 when the UTF-8 reading holds no CJK
    character (so a UTF-8 file holding only a few isolated accented letters, e.g.
    ``"é"``, may be misread; pass ``encoding="utf-8"``).

    Examples
    --------
    >>> decode_bytes("示例市人民政府".encode("gbk"))[:2]
    ('示例市人民政府', 'gb18030')
    >>> decode_bytes("中".encode("gbk"))[:2]  # D6 D0 is also UTF-8 for "א"
    ('中', 'gb18030')
    >>> decode_bytes("café Müller".encode("utf-8"))[:2]
    ('café Müller', 'utf-8')
    >>> decode_bytes(b"\\xef\\xbb\\xbf" + "通知".encode())[:2]
    ('通知', 'utf-8-sig')
    >>> decode_bytes("通知".encode() + b"\\xff" + "正文内容较长".encode() * 50)[2]
    ['1 undecodable byte(s) replaced with U+FFFD (decoded as utf-8)']
    """
    warns: list[str] = []
    if encoding is not None:
        enc = _codec_name(encoding)
        try:
            return data.decode(enc), enc, warns
        except UnicodeDecodeError:
            text = data.decode(enc, errors="replace")
            n = text.count("\ufffd") - data.decode(enc, errors="ignore").count("\ufffd")
            warns.append(f"{n} undecodable byte sequence(s) replaced with U+FFFD (as {enc})")
            return text, enc, warns
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc, warns
            except UnicodeDecodeError:
                text = data.decode(enc, errors="replace")
                warns.append(f"bad byte sequences after a {enc} BOM replaced with U+FFFD")
                return text, enc, warns
    utf16 = _guess_bomless_utf16(data)
    if utf16 is not None:
        warns.append(f"no byte-order mark; guessed {utf16} from NUL-byte pattern")
        return data.decode(utf16), utf16, warns
    try:
        text_u = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        gb = _gb_lookalike(data, text_u)
        return (gb, "gb18030", warns) if gb is not None else (text_u, "utf-8", warns)
    gb_text: str | None
    try:
        gb_text = data.decode("gb18030")
    except UnicodeDecodeError:
        gb_text = None
    if gb_text is not None and _looks_chinese(gb_text) and _common_hanzi_share(gb_text) >= 0.5:
        return gb_text, "gb18030", warns
    loose = data.decode("utf-8", errors="replace")
    bad = loose.count("\ufffd")
    if bad <= max(1, len(loose) // 200):
        warns.append(f"{bad} undecodable byte(s) replaced with U+FFFD (decoded as utf-8)")
        return loose, "utf-8", warns
    mixed = _decode_mixed(data)
    if mixed is not None:
        text, counts = mixed
        warns.append(
            "mixed encodings: "
            + ", ".join(f"{n} line(s) {enc}" for enc, n in counts.items())
            + "; decoded line by line"
        )
        return text, "+".join(counts), warns
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # pragma: no cover - defensive: detector bugs must not crash reading
        best = None
    if best is not None and best.encoding:
        enc = _codec_name(best.encoding)
        if enc in ("gbk", "gb2312", "hz"):
            enc = "gb18030" if gb_text is not None else enc
        warns.append(f"encoding guessed by charset-normalizer: {enc}")
        try:
            return data.decode(enc), enc, warns
        except (UnicodeDecodeError, LookupError):
            return str(best), enc, warns
    if gb_text is not None:  # clean GB18030 decode that does not look right: last resort
        warns.append("decoded as gb18030 but the text does not look like common Chinese")
        return gb_text, "gb18030", warns
    raise ValueError("could not decode: tried utf-8, gb18030, utf-16, charset-normalizer")


_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "content is a PNG image"),
    (b"\xff\xd8\xff", "content is a JPEG image"),
    (b"GIF87a", "content is a GIF image"),
    (b"GIF89a", "content is a GIF image"),
    (b"II*\x00", "content is a TIFF image"),
    (b"MM\x00*", "content is a TIFF image"),
    (b"\x7fELF", "content is an executable (ELF)"),
    (b"MZ", "content is a Windows executable"),
    (b"\x1f\x8b", "content is a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "content is a 7z archive"),
    (b"Rar!\x1a\x07", "content is a RAR archive"),
    (b"{\\rtf", "content is an RTF document"),
)
_CONTROL_BYTES = frozenset(range(1, 32)) - frozenset(b"\t\n\r\f\x1b")


def _decode_mixed(data: bytes) -> tuple[str, dict[str, int]] | None:
    """Text whose lines are each clean UTF-8 or clean GB18030 Chinese (files pasted together).

    Returns the text and the number of non-ASCII lines per encoding, or None unless both
    encodings occur and every line decodes in one of them.

    >>> data = "第一段。\\n".encode() + "第二段。\\n".encode("gbk")
    >>> _decode_mixed(data)
    ('第一段。\\n第二段。\\n', {'utf-8': 1, 'gb18030': 1})
    """
    parts: list[str] = []
    counts = {"utf-8": 0, "gb18030": 0}
    for line in data.splitlines(keepends=True):
        if line.isascii():
            parts.append(line.decode("ascii"))
            continue
        try:
            parts.append(line.decode("utf-8"))
            counts["utf-8"] += 1
            continue
        except UnicodeDecodeError:
            pass
        try:
            gb = line.decode("gb18030")
        except UnicodeDecodeError:
            return None
        if not _looks_chinese(gb):
            return None
        parts.append(gb)
        counts["gb18030"] += 1
    if not all(counts.values()):
        return None
    return "".join(parts), counts


def _magic_note(data: bytes) -> str | None:
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF"):
        return "content is a PDF"
    if head.startswith(b"PK\x03\x04"):
        return "content is a zip archive (docx/xlsx?)"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "content is a legacy Office (OLE2) file such as .doc"
    for magic, note in _MAGIC:
        if data.startswith(magic):
            return note
    low = head[:200].lower()
    if low.startswith((b"<!doctype html", b"<html")) or b"<html" in low:
        return "content looks like HTML"
    return None


# ---------------------------------------------------------------------------
# per-format readers: each returns (text, encoding, meta, warnings)

_Result = tuple[str, "str | None", dict[str, Any], list[str]]


def _decode_or_fail(path: Path, data: bytes, encoding: str | None) -> tuple[str, str, list[str]]:
    try:
        return decode_bytes(data, encoding)
    except ValueError as e:
        raise ReadError(path, str(e)) from None


def _binary_note(data: bytes) -> str | None:
    """Why ``data`` looks like a binary file rather than text, or None.

    Looks at the first 64 KiB: more than 30 % NUL bytes (unless the NULs fall in the
    pattern of UTF-16/32 text) or more than 5 % other control bytes.

    >>> _binary_note(bytes(range(32)) * 10)
    'binary content: 81% control bytes'
    >>> _binary_note("通知正文".encode()) is None
    True
    """
    sample = data[:65536]
    if not sample or any(sample.startswith(bom) for bom, _ in _BOMS):
        return None
    nul = sample.count(0)
    if nul > 0.3 * len(sample) and _guess_bomless_utf16(sample[: len(sample) // 2 * 2]) is None:
        return f"binary content: {100 * nul // len(sample)}% NUL bytes"
    ctrl = sum(1 for b in sample if b in _CONTROL_BYTES)
    if ctrl > 0.05 * len(sample):
        return f"binary content: {100 * ctrl // len(sample)}% control bytes"
    return None


def _read_txt(path: Path, data: bytes, encoding: str | None) -> _Result:
    note = _magic_note(data)
    if note is not None and note != "content looks like HTML":
        raise ReadError(path, f"not a text file: {note} (wrong extension?)")
    if encoding is None:
        binary = _binary_note(data)
        if binary is not None:
            raise ReadError(path, f"not a text file: {binary} (binary file named .txt?)")
    text, enc, warns = _decode_or_fail(path, data, encoding)
    nuls = text.count("\x00")
    if nuls:
        warns.append(f"text contains {nuls} NUL character(s) (dropped by normalisation)")
    return text, enc, {}, warns


# docx ------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_blocks(parent: Any, container: Any) -> Iterator[str]:
    """Lines of a docx body/cell in order: paragraphs, and one line per table row."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in container.iterchildren():
        if child.tag == _W + "p":
            yield Paragraph(child, parent).text
        elif child.tag == _W + "tbl":
            table = Table(child, parent)
            for row in table.rows:
                cells: list[str] = []
                seen: set[int] = set()
                for cell in row.cells:  # merged cells repeat: keep each once
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    cells.append("\n".join(_docx_blocks(cell, cell._tc)))
                yield "\t".join(cells)
        elif child.tag == _W + "sdt":  # content control wrapping paragraphs/tables
            content = child.find(_W + "sdtContent")
            if content is not None:
                yield from _docx_blocks(parent, content)


def _check_docx_package(path: Path, data: bytes) -> None:
    """Refuse zip bombs and XML bombs before python-docx reads the package.

    The declared sizes of all parts must add up to at most :data:`ZIP_MAX_UNCOMPRESSED`
    (Python's zip reader never inflates a part beyond its declared size), no part over
    1 MiB may expand more than :data:`ZIP_MAX_RATIO` times, and every XML part is parsed
    first with ``defusedxml`` (no DTDs, entities or external references: billion-laughs
    and external-entity attacks are refused).
    """
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, iterparse

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            if len(infos) > 10_000:
                raise ReadError(path, f"refused: docx holds {len(infos)} parts (zip bomb?)")
            total = sum(i.file_size for i in infos)
            if total > ZIP_MAX_UNCOMPRESSED:
                raise ReadError(
                    path,
                    f"refused: docx would decompress to {total / 2**20:.0f} MiB "
                    f"(limit {ZIP_MAX_UNCOMPRESSED / 2**20:.0f} MiB; zip bomb?)",
                )
            for info in infos:
                ratio = info.file_size / max(info.compress_size, 1)
                if info.file_size > 2**20 and ratio > ZIP_MAX_RATIO:
                    raise ReadError(
                        path,
                        f"refused: docx part {info.filename} expands {ratio:.0f}x to "
                        f"{info.file_size / 2**20:.0f} MiB (limit {ZIP_MAX_RATIO}x; zip bomb?)",
                    )
            for info in infos:
                if not info.filename.endswith((".xml", ".rels")):
                    continue
                with zf.open(info) as part:
                    try:
                        for _, elem in iterparse(part, forbid_dtd=True):
                            elem.clear()
                    except DefusedXmlException as e:
                        raise ReadError(
                            path,
                            f"refused: docx part {info.filename} declares a DTD or entities "
                            f"(XML bomb?): {type(e).__name__}",
                        ) from None
                    except ParseError as e:
                        raise ReadError(
                            path, f"docx is corrupt: part {info.filename} is not valid XML ({e})"
                        ) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError) as e:
        raise ReadError(path, f"not a zip file: docx is corrupt ({e})") from None
    except zlib.error as e:
        raise ReadError(path, f"docx is corrupt: damaged compressed data ({e})") from None
    except (OSError, ValueError) as e:
        raise ReadError(path, f"docx is corrupt: {type(e).__name__}: {e}") from None


def _read_docx(path: Path, data: bytes, encoding: str | None) -> _Result:
    if not zipfile.is_zipfile(io.BytesIO(data)):
        note = _magic_note(data)
        if note == "content is a legacy Office (OLE2) file such as .doc":
            raise ReadError(path, "not a zip file: legacy Word .doc (OLE2) — convert it to .docx")
        if data.startswith(b"PK\x03\x04"):
            raise ReadError(
                path, "docx is corrupt: truncated or damaged zip archive (no central directory)"
            )
        extra = f" ({note})" if note else ""
        raise ReadError(path, f"not a zip file: docx is corrupt{extra}")
    _check_docx_package(path, data)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as e:
        reason = f"zip file is not a Word document (no main document part): {e}"
        raise ReadError(path, reason) from None
    except zipfile.BadZipFile as e:
        raise ReadError(path, f"not a zip file: docx is corrupt ({e})") from None
    except Exception as e:  # lxml syntax errors and friends
        raise ReadError(path, f"docx is corrupt: {type(e).__name__}: {e}") from None
    text = "\n".join(_docx_blocks(document._body, document.element.body))
    meta: dict[str, Any] = {}
    props = document.core_properties
    if props.title:
        meta["title"] = props.title
    if props.author:
        meta["author"] = props.author
    return text, None, meta, []


# pdf -------------------------------------------------------------------------


class _PdfLog(logging.Handler):
    """Collects pypdf's log messages (repaired xref, missing EOF ...) as document warnings."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _read_pdf(path: Path, data: bytes, encoding: str | None) -> _Result:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError, PyPdfError

    if not data.lstrip()[:1024].startswith(b"%PDF") and b"%PDF" not in data[:1024]:
        note = _magic_note(data)
        raise ReadError(path, "not a PDF file" + (f": {note}" if note else " (no %PDF header)"))
    logged = _PdfLog()
    pdf_logger = logging.getLogger("pypdf")
    pdf_logger.addHandler(logged)
    propagate, pdf_logger.propagate = pdf_logger.propagate, False
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadError(path, "encrypted PDF: a password is required")
        pages = [page.extract_text() or "" for page in reader.pages]
    except ReadError:
        raise
    except (PdfReadError, PyPdfError) as e:
        raise ReadError(path, f"PDF is corrupt: {e}") from None
    except Exception as e:
        raise ReadError(path, f"PDF could not be parsed: {type(e).__name__}: {e}") from None
    finally:
        pdf_logger.removeHandler(logged)
        pdf_logger.propagate = propagate
    if not pages:
        raise ReadError(path, "empty document: PDF has no pages")
    if not any(p.strip() for p in pages):
        raise ReadError(path, "no text layer (scanned PDF?) — OCR it first")
    offsets, pos = [], 0
    for p in pages:
        offsets.append(pos)
        pos += len(p) + 2
    text = "\n\n".join(pages)
    warns: list[str] = [f"pdf reader: {m}" for m in dict.fromkeys(logged.messages)]
    blank = [str(i + 1) for i, p in enumerate(pages) if not p.strip()]
    if blank:
        warns.append(f"page(s) {', '.join(blank)} have no text layer (scanned pages?)")
    odd = sum(1 for c in text if c == "\ufffd" or 0xE000 <= ord(c) <= 0xF8FF)
    if odd:
        warns.append(
            f"{odd} replacement/private-use character(s): text layer may be garbled "
            "(font without a ToUnicode map?)"
        )
    meta: dict[str, Any] = {"pages": len(pages), "page_offsets": offsets}
    info = reader.metadata
    if info is not None:
        if info.title:
            meta["title"] = str(info.title)
        if info.author:
            meta["author"] = str(info.author)
    return text, None, meta, warns


# html ------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HTML_WS = re.compile(r"[ \t\n\r\f]+")
_DROP_TAGS = ("script", "style", "nav", "noscript", "template", "head")
_BLOCK_TAGS = frozenset(
    """address article aside blockquote body caption center dd details dialog div dl dt
    fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html legend li main
    ol p pre section summary table tbody tfoot thead tr ul""".split()
)
_CELL_TAGS = frozenset({"td", "th"})
_GB_ALIASES = {"gb2312", "gbk", "gb_2312-80", "x-gbk", "cp936", "euc-cn", "gb2312-80"}


def _decode_html(path: Path, data: bytes, encoding: str | None) -> tuple[str, str, list[str]]:
    if encoding is not None or any(data.startswith(b) for b, _ in _BOMS):
        return _decode_or_fail(path, data, encoding)
    m = _META_CHARSET.search(data[:4096])
    if m:
        declared = m.group(1).decode("ascii", "replace").lower()
        codec = "gb18030" if declared in _GB_ALIASES else declared
        try:
            return data.decode(_codec_name(codec)), _codec_name(codec), []
        except LookupError:
            text, enc, warns = _decode_or_fail(path, data, None)
            return text, enc, [f"unknown declared charset {declared!r}; detected {enc}", *warns]
        except UnicodeDecodeError:
            text, enc, warns = _decode_or_fail(path, data, None)
            return (
                text,
                enc,
                [f"declared charset {declared!r} does not fit; detected {enc}", *warns],
            )
    return _decode_or_fail(path, data, None)


def _wide(ch: str) -> bool:
    return ord(ch) > 0x2E7F


def _html_text(soup: Any) -> str:
    """Visible text; block elements on their own lines, whitespace collapsed as HTML does."""
    from bs4 import NavigableString
    from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

    parts: list[str] = []  # "\n" entries mark block boundaries

    # iterative walk (an explicit stack): deeply nested pages must not hit the recursion limit
    stack: list[tuple[Any, bool] | str] = [(c, False) for c in reversed(list(soup.children))]
    while stack:
        item = stack.pop()
        if isinstance(item, str):  # a block's closing line break
            parts.append(item)
            continue
        child, pre = item
        if isinstance(child, (Comment, Doctype, Declaration, ProcessingInstruction)):
            continue
        if isinstance(child, NavigableString):
            s = str(child)
            if not pre:
                s = _HTML_WS.sub(lambda m: "\n" if "\n" in m.group() else " ", s)
                s = s.replace("\n", "\x01")  # source line break: resolved below
            parts.append(s)
            continue
        name = child.name
        inner = pre
        if name == "br":
            parts.append("\n")
            continue
        if name in _BLOCK_TAGS:
            parts.append("\n")
            stack.append("\n")
            inner = pre or name == "pre"
        elif name in _CELL_TAGS:
            parts.append("\t")
        stack.extend((c, inner) for c in reversed(list(child.children)))
    raw = "".join(parts)
    # a source line break between two CJK characters disappears; otherwise it is a space
    out: list[str] = []
    for i, ch in enumerate(raw):
        if ch == "\x01":
            prev = out[-1] if out else ""
            nxt = raw[i + 1] if i + 1 < len(raw) else ""
            if prev and nxt and _wide(prev) and _wide(nxt):
                continue
            ch = " "
        out.append(ch)
    lines = []
    for line in "".join(out).split("\n"):
        line = re.sub(r" {2,}", " ", line).strip(" ")
        line = re.sub(r"^\t+| *\t *", lambda m: "" if m.start() == 0 else "\t", line)
        if line.strip():
            lines.append(line)
    return "\n".join(lines)


def _read_html(path: Path, data: bytes, encoding: str | None) -> _Result:
    from bs4 import BeautifulSoup

    markup, enc, warns = _decode_html(path, data, encoding)
    soup = BeautifulSoup(markup, "lxml")
    meta: dict[str, Any] = {}
    if soup.title is not None and soup.title.get_text(strip=True):
        meta["title"] = soup.title.get_text(strip=True)
    named = {
        str(m.get("name")): str(m.get("content"))
        for m in soup.find_all("meta")
        if m.get("name") and m.get("content") is not None
    }
    if named:
        meta["html_meta"] = named
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    return _html_text(soup), enc, meta, warns


# jsonl / csv -----------------------------------------------------------------

_Row = tuple[int, "dict[str, Any] | None", "str | None"]  # (row number, record, error)


def _pick_text_column(columns: list[str], text_column: str | None) -> str | None:
    if text_column is not None:
        return text_column if text_column in columns else None
    lowered = {c.strip().lower(): c for c in columns}
    for cand in TEXT_COLUMNS:
        if cand in lowered:
            return lowered[cand]
    return None


def _jsonl_rows(text: str) -> Iterator[_Row]:
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            yield lineno, None, f"invalid JSON on line {lineno}: {e.msg} (column {e.colno})"
            continue
        except RecursionError:
            yield lineno, None, f"JSON on line {lineno} is nested too deeply to read"
            continue
        except ValueError as e:  # e.g. an integer of more than 4300 digits
            yield lineno, None, f"JSON on line {lineno} cannot be read: {e}"
            continue
        if not isinstance(rec, dict):
            yield lineno, None, f"line {lineno} is a JSON {type(rec).__name__}, not an object"
            continue
        yield lineno, rec, None


_FIELD_LIMIT_SET = False


def _csv_rows(text: str) -> Iterator[_Row]:
    global _FIELD_LIMIT_SET
    if not _FIELD_LIMIT_SET:  # policy texts are long; the default limit is 128 KiB
        csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
        _FIELD_LIMIT_SET = True
    first = text[:4096].split("\n", 1)[0]  # the sniffer's regexes are quadratic in length
    try:
        delimiter = csv.Sniffer().sniff(first, delimiters=",\t;").delimiter
    except csv.Error:
        delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        return
    header = [h.strip() for h in header]
    yield 0, {"__header__": header}, None
    row = 0
    try:
        for cells in reader:
            if not any(c.strip() for c in cells):
                continue
            row += 1
            if len(cells) > len(header):
                yield (
                    row,
                    None,
                    f"row {row} has {len(cells)} cells but the header has {len(header)}",
                )
                continue
            cells = cells + [""] * (len(header) - len(cells))
            yield row, dict(zip(header, cells, strict=True)), None
    except csv.Error as e:
        yield row + 1, None, f"CSV syntax error after row {row}: {e}"


def _iter_table(
    path: Path,
    data: bytes,
    fmt: str,
    *,
    encoding: str | None,
    text_column: str | None,
    id_prefix: str,
) -> Iterator[RawDocument | ReadError]:
    """Documents (and row errors) of a jsonl/csv file; raises ReadError for file-level faults."""
    if not data.strip():
        raise ReadError(path, "empty document")
    text, enc, file_warns = _decode_or_fail(path, data, encoding)
    rows = _jsonl_rows(text) if fmt == "jsonl" else _csv_rows(text)
    column: str | None = None
    header: list[str] | None = None
    seen_ids: set[str] = set()
    produced = False
    for rowno, rec, err in rows:
        src = f"{path}#{rowno}"
        if rec is not None and "__header__" in rec:
            header = rec["__header__"]
            column = _pick_text_column(header, text_column)
            if column is None:
                raise ReadError(path, _no_column_reason(text_column, header))
            continue
        produced = True
        if err is not None or rec is None:
            yield ReadError(src, err or "unreadable row")
            continue
        if column is None:  # jsonl: decided by the first record
            column = _pick_text_column(list(rec), text_column)
            if column is None:
                raise ReadError(path, _no_column_reason(text_column, list(rec)))
        value = rec.get(column)
        if value is None or (isinstance(value, str) and not value.strip()):
            reason = "empty document" if column in rec else f"row has no {column!r} value"
            yield ReadError(src, reason)
            continue
        doc_text = value if isinstance(value, str) else str(value)
        meta = {k: v for k, v in rec.items() if k != column}
        warns = list(file_warns)
        rid = rec.get("id")
        doc_id = f"{id_prefix}#{rowno}"
        if rid is not None and str(rid).strip():
            if str(rid) in seen_ids:
                warns.append(f"duplicate id {rid!r}; using {doc_id!r}")
            else:
                doc_id = str(rid)
        seen_ids.add(doc_id)
        if not isinstance(value, str):
            warns.append(f"text column {column!r} holds a {type(value).__name__}; converted")
        yield RawDocument(doc_id, src, doc_text, enc, fmt, meta, warns)
    if not produced:
        raise ReadError(path, "empty document: no rows")


def _no_column_reason(text_column: str | None, found: list[str]) -> str:
    looked = text_column if text_column is not None else "/".join(TEXT_COLUMNS)
    shown: list[str] = [c if len(c) <= 40 else c[:40] + "…" for c in map(str, found[:12])]
    more = f" and {len(found) - 12} more" if len(found) > 12 else ""
    return f"no text column: looked for {looked}, found {shown}{more}"


_READERS = {
    "txt": _read_txt,
    "docx": _read_docx,
    "pdf": _read_pdf,
    "html": _read_html,
}


# ---------------------------------------------------------------------------
# script (Simplified / Traditional / no Chinese) and safe paths


@lru_cache(maxsize=1)
def _hant_chars() -> frozenset[str]:
    from importlib import resources

    raw = (resources.files("policytext") / "data" / "hant_chars.txt").read_text("utf-8")
    return frozenset(
        ch for line in raw.splitlines() if not line.startswith("#") for ch in line.strip()
    )


@dataclass(frozen=True)
class ScriptReport:
    """What script a text is written in (see :func:`script_report`).

    Attributes
    ----------
    hanzi : int
        Number of CJK unified ideographs.
    traditional : int
        How many of them exist only in Traditional Chinese (``國 關 們`` ...).
    letters : int
        Number of alphabetic characters of any script (hanzi included).
    """

    hanzi: int
    traditional: int
    letters: int

    @property
    def is_traditional(self) -> bool:
        """At least 3 Traditional-only hanzi making up at least 10 % of the hanzi."""
        return self.traditional >= 3 and self.traditional >= 0.1 * self.hanzi

    @property
    def has_chinese(self) -> bool:
        return self.hanzi > 0


def script_report(text: str, *, sample: int = 200_000) -> ScriptReport:
    """Count hanzi and Traditional-only hanzi (in the first ``sample`` characters).

    Examples
    --------
    >>> script_report("關於推動產業發展的實施意見").is_traditional
    True
    >>> script_report("关于推动产业发展的实施意见").is_traditional
    False
    >>> script_report("Notice on industrial policy").has_chinese
    False
    """
    head = text[:sample]
    hant = _hant_chars()
    hanzi = traditional = 0
    for ch in head:
        if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf":
            hanzi += 1
            traditional += ch in hant
    letters = sum(1 for ch in head if ch.isalpha())
    return ScriptReport(hanzi, traditional, letters)


@lru_cache(maxsize=1)
def _t2s() -> Any:
    try:
        import opencc
    except ImportError:
        return None
    try:
        return opencc.OpenCC("t2s")
    except Exception:  # pragma: no cover - broken installation: behave as if absent
        return None


def to_simplified(text: str) -> str | None:
    """Traditional → Simplified Chinese, character for character (same length, same offsets).

    Uses OpenCC (``pip install opencc``, or ``policytext[hant]``) line by line; a line
    whose conversion would change its length is converted one character at a time, so
    every offset into the result is the offset of the same character in ``text``.
    Returns None when OpenCC is not installed.

    Examples
    --------
    >>> out = to_simplified("關於推動產業發展")
    >>> out is None or out == "关于推动产业发展"
    True
    """
    conv = _t2s()
    if conv is None:
        return None
    out: list[str] = []
    for line in text.splitlines(keepends=True):
        if line.isascii():
            out.append(line)
            continue
        new = conv.convert(line)
        if len(new) != len(line):
            new = "".join(c if len(c2 := conv.convert(c)) != 1 else c2 for c in line)
        out.append(new)
    return "".join(out)


def safe_join(base: str | os.PathLike[str], name: str) -> Path:
    """``base / name``, refusing names that would leave ``base``.

    Use it for every path that comes from *inside* a file (a corpus manifest, a config,
    a saved pipeline, a record id used as a file name): absolute paths, ``..`` parts and
    symlinks pointing out of ``base`` raise ``ValueError``.

    Examples
    --------
    >>> safe_join("/data/corpus", "2024/plan.txt").as_posix()
    '/data/corpus/2024/plan.txt'
    >>> safe_join("/data/corpus", "../../etc/passwd")
    Traceback (most recent call last):
    ...
    ValueError: path '../../etc/passwd' leaves /data/corpus
    """
    root = Path(base)
    candidate = root / name
    if Path(name).is_absolute() or not name or "\x00" in name:
        raise ValueError(f"path {name!r} leaves {root}")
    try:
        candidate.resolve().relative_to(root.resolve())
    except ValueError:
        raise ValueError(f"path {name!r} leaves {root}") from None
    return candidate


# ---------------------------------------------------------------------------
# public API


def _format_of(path: Path) -> str | None:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        return None
    return _FORMATS.get(suffix, suffix[1:])


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ReadError(
                path,
                f"refused: file is {size / 2**20:.0f} MiB "
                f"(limit {MAX_FILE_BYTES / 2**20:.0f} MiB, policytext.io.MAX_FILE_BYTES)",
            )
        return path.read_bytes()
    except PermissionError:
        raise ReadError(path, "permission denied") from None
    except IsADirectoryError:
        raise ReadError(path, "is a directory") from None
    except OSError as e:
        raise ReadError(path, f"could not read file: {e.strerror or e}") from None


def _iter_file(
    path: Path,
    *,
    doc_id: str,
    encoding: str | None,
    text_column: str | None,
) -> Iterator[RawDocument | ReadError]:
    """Documents of one supported file; raises ReadError for file-level faults."""
    fmt = _format_of(path)
    if fmt is None:
        raise ReadError(path, f"unsupported extension {path.suffix.lower() or '(none)'}")
    data = _read_bytes(path)
    if fmt in ("jsonl", "csv"):
        yield from _iter_table(
            path, data, fmt, encoding=encoding, text_column=text_column, id_prefix=doc_id
        )
        return
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ReadError(path, "empty document")
    text, enc, meta, warns = _READERS[fmt](path, data, encoding)
    if not text.strip():
        raise ReadError(path, "empty document")
    yield RawDocument(doc_id, str(path), text, enc, fmt, meta, warns)


def read_document(
    path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    text_column: str | None = None,
) -> RawDocument:
    """Read one document.

    Parameters
    ----------
    path : str or os.PathLike
        A ``.txt .docx .pdf .html .htm .jsonl .csv`` file (suffix case-insensitive).
        A jsonl/csv file must hold exactly one row.
    encoding : str, optional
        Force the codec of a txt/html/jsonl/csv file instead of detecting it.
    text_column : str, optional
        Column holding the text in a jsonl/csv file (default: auto-detect).

    Returns
    -------
    RawDocument

    Raises
    ------
    FileNotFoundError
        The path does not exist.
    ReadError
        The file cannot be read; ``.reason`` says why.
    ValueError
        A directory, or a jsonl/csv file with several rows: use :func:`iter_documents`
        or :func:`read_corpus`.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "notice.html"
    >>> _ = p.write_bytes('<meta charset="gbk"><title>通知</title><p>第一段</p><p>第二段</p>'
    ...                   .encode("gbk"))
    >>> doc = read_document(p)
    >>> doc.text, doc.encoding, doc.meta["title"]
    ('第一段\\n第二段', 'gb18030', '通知')
    """
    p = Path(path)
    if not p.exists():
        raise FileNotFoundError(2, "No such file or directory", str(path))
    if p.is_dir():
        raise ValueError(f"{path} is a directory: use iter_documents() or read_corpus()")
    items = list(_iter_file(p, doc_id=p.stem, encoding=encoding, text_column=text_column))
    if len(items) > 1:
        raise ValueError(
            f"{path} holds {len(items)} rows: use iter_documents() or read_corpus() "
            "to read a jsonl/csv file with several documents"
        )
    item = items[0]
    if isinstance(item, ReadError):
        raise item
    return item


def _walk(root: Path, recursive: bool) -> list[Path]:
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")) if recursive else []
        found.extend(Path(dirpath) / f for f in filenames if not f.startswith("."))
    return sorted(found, key=lambda p: p.relative_to(root).parts)


def iter_documents(
    path: str | os.PathLike[str],
    *,
    recursive: bool = True,
    text_column: str | None = None,
    encoding: str | None = None,
) -> Iterator[RawDocument | ReadError]:
    """Yield the documents of a file or folder, and a :class:`ReadError` for each failure.

    Folders are walked in sorted path order (recursively unless ``recursive=False``);
    hidden files and folders (name starting with ``.``) are ignored. Nothing else is
    dropped silently: files with an unsupported suffix (``README.md``, ``MANIFEST.tsv``,
    ``gold.json``...) and Office lock files (``~$name.docx``) are yielded as
    ``ReadError(skipped=True)``; unreadable files and bad jsonl/csv rows as
    ``ReadError(skipped=False)``. Nothing is raised for a bad file.

    Document ids are file stems; for files in sub-folders the relative path without
    suffix (``"2024/plan"``), so that ids stay unique. If two files share a stem
    (``a.txt`` and ``a.pdf``), the later one's id keeps its suffix (``"a.pdf"``).

    Parameters
    ----------
    path : str or os.PathLike
        A file or a folder.
    recursive : bool
        Descend into sub-folders.
    text_column : str, optional
        Text column of jsonl/csv files (default: auto-detect).
    encoding : str, optional
        Force the codec of every txt/html/jsonl/csv file.

    Yields
    ------
    RawDocument or ReadError

    Raises
    ------
    FileNotFoundError
        ``path`` does not exist.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "b.docx").write_bytes(b"not a zip")
    >>> _ = (d / "a.txt").write_text("关于开展示范工作的通知", encoding="utf-8")
    >>> for item in iter_documents(d):
    ...     print(item.id if isinstance(item, RawDocument) else item.reason)
    a
    not a zip file: docx is corrupt
    """
    root = Path(path)
    if not root.exists():
        raise FileNotFoundError(2, "No such file or directory", str(path))
    if root.is_file():
        files, base = [root], root.parent
    else:
        files, base = _walk(root, recursive), root
    used: set[str] = set()
    for f in files:
        if root.is_file():
            doc_id = f.stem
        else:
            rel = f.relative_to(base)
            doc_id = rel.with_suffix("").as_posix()
            if doc_id in used:
                doc_id = rel.as_posix()
        if f is not root and _format_of(f) is None:
            suffix = f.suffix.lower()
            what = f"unsupported file type {suffix}" if suffix else "no file extension"
            if suffix == ".doc":
                what += " (legacy Word: convert to .docx)"
            yield ReadError(f, f"skipped: {what}", skipped=True)
            continue
        if f.name.startswith("~$"):
            yield ReadError(f, "skipped: Office lock file", skipped=True)
            continue
        used.add(doc_id)
        try:
            yield from _iter_file(f, doc_id=doc_id, encoding=encoding, text_column=text_column)
        except ReadError as e:
            yield e
        except (MemoryError, RecursionError) as e:
            yield ReadError(f, f"unexpected error: {type(e).__name__}")
        except Exception as e:  # a bad file must never stop a corpus run
            yield ReadError(f, f"unexpected error: {type(e).__name__}: {e}")


def read_corpus(path: str | os.PathLike[str], **kw: Any) -> Corpus:
    """Read every document under ``path`` into a :class:`Corpus`.

    Takes the keyword arguments of :func:`iter_documents`. Bad files do not raise:
    they are collected in ``corpus.errors`` (skipped files too), and if any file
    *failed* one :class:`ReadWarning` with the count is issued.

    Examples
    --------
    >>> import tempfile, pathlib, warnings
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "ok.txt").write_text("通知正文", encoding="utf-8")
    >>> _ = (d / "bad.pdf").write_bytes(b"%PDF-1.4 garbage")
    >>> with warnings.catch_warnings(record=True) as w:
    ...     warnings.simplefilter("always")
    ...     corpus = read_corpus(d)
    >>> [doc.id for doc in corpus], len(corpus.failed), str(w[0].message).split(" (")[0]
    (['ok'], 1, '1 file(s) or row(s) could not be read')
    """
    docs: list[RawDocument] = []
    errors: list[ReadError] = []
    for item in iter_documents(path, **kw):
        (errors if isinstance(item, ReadError) else docs).append(item)  # type: ignore[arg-type]
    corpus = Corpus(docs, errors)
    if corpus.failed:
        first = corpus.failed[0]
        warnings.warn(
            f"{len(corpus.failed)} file(s) or row(s) could not be read (first: {first}); "
            "see corpus.errors",
            ReadWarning,
            stacklevel=2,
        )
    return corpus
