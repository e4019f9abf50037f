"""Invariants on arbitrary input (hypothesis; profile "policytext" in conftest: derandomised,
200 examples, no deadline).

- the whole pipeline never raises, whatever the text;
- every span of a record lies in the text and its ``text`` field is the text at its offsets;
- every entity, actor and measure maps back through the offset map to the source characters;
- normalisation (also in pieces) and reading-order repair keep their properties on any text;
- readers turn any bytes into a document or a ``ReadError``, never another exception.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policytext.analysis import analyze_document, normalize_in_chunks
from policytext.document import Record
from policytext.io import RawDocument, ReadError, decode_bytes, iter_documents, to_simplified
from policytext.normalization import fold_width, normalize
from policytext.offsets import OffsetMap
from policytext.repair import repair_reading_order
from policytext.structure import parse_structure

# Fragments that steer generated text into the interesting paths (headers, headings,
# entities, measures, contact lines) between arbitrary Unicode.
FRAGMENTS = [
    "河南省人民政府",
    "示例市人民政府办公室",
    "关于印发《示例方案》的通知",
    "示政办〔2025〕12号",
    "市发展改革委",
    "市财政局、市科技局",
    "河南中豫建设投资集团股份有限公司",
    "一、",
    "（一）",
    "1.",
    "一是",
    "二是",
    "要加强统筹协调",
    "支持企业开展技术创新，给予500万元奖励",
    "（牵头单位：市发展改革委；责任单位：市财政局）",
    "联系电话：0371-12345678",
    "關於推動產業發展",
    "签发人：张三",
    "2025年5月8日",
    "。",
    "，",
    "；",
    "\n",
    "\n\n",
    "\f",
    "\u3000\u3000",
    " ",
    "“",
    "”",
]
texts = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), min_size=0, max_size=14
).map("".join)


def _source_char_ok(ch: str, src: str) -> bool:
    return (
        fold_width(src) == ch
        or (ch.isspace() and src.isspace())
        or (ch == "|" and src == "\t")  # a table row's cell boundary
    )


def _text_maps_back(
    out: str, omap: OffsetMap, source: str, start: int = 0, end: int | None = None
) -> None:
    """Every character of ``out[start:end]`` comes from ``source`` or is inserted whitespace."""
    for i in range(start, len(out) if end is None else end):
        j = omap.to_source(i)
        ch = out[i]
        if j is None:
            assert ch.isspace(), (i, ch)
        else:
            assert 0 <= j < len(source)
            assert _source_char_ok(ch, source[j]), (i, ch, source[j])


def _maps_back(record: Record, source: str, start: int, end: int) -> None:
    _text_maps_back(record.text, record.offsets, source, start, end)


def _spans(record: Record) -> list[tuple[str, dict[str, Any]]]:
    out: list[tuple[str, dict[str, Any]]] = []
    for name in ("sentences", "clauses", "tokens", "sections", "enumerations"):
        out += [(name, s) for s in getattr(record, name)]
    out += [("entities", e) for e in record.entities]
    out += [("actor_groups", g) for g in record.actor_groups]
    for m in record.measures:
        out.append(("measures", m))
        out += [("actors", a) for a in m.get("actors", []) if a.get("start") is not None]
    return out


@given(texts)
def test_pipeline_never_raises_and_spans_are_consistent(nlp, text: str) -> None:
    raw = RawDocument("p", "p.txt", text, "utf-8", "txt")
    record = analyze_document(raw, nlp)
    n = len(record.text)
    # the source the offsets refer to (Traditional Chinese is converted char for char)
    converted = any("converted to Simplified" in w for w in record.warnings)
    source = (to_simplified(text) or text) if converted else text
    assert len(source) == len(text)
    for kind, span in _spans(record):
        assert 0 <= span["start"] <= span["end"] <= n, (kind, span)
        if "text" in span and not span.get("implied"):
            assert span["text"] == record.text[span["start"] : span["end"]], (kind, span)
        if kind in ("entities", "actor_groups", "measures", "actors"):
            _maps_back(record, source, span["start"], span["end"])
    for s in record.sections:
        assert s["start"] <= s["heading_start"] <= s["heading_end"] <= s["end"]
    # the whole text maps back, and the record survives a JSON round trip
    _maps_back(record, source, 0, n)
    assert Record.from_dict(record.to_dict()) == record


ANY_TEXT = st.text(max_size=300)


@given(ANY_TEXT)
def test_normalise_on_any_text_is_idempotent_and_maps_back(text: str) -> None:
    norm = normalize(text)
    assert normalize(norm.text).text == norm.text
    _text_maps_back(norm.text, norm.offset_map, text)


@given(ANY_TEXT, st.integers(min_value=4, max_value=60))
def test_normalise_in_pieces_maps_back(text: str, chunk: int) -> None:
    norm = normalize_in_chunks(text, chunk=chunk)
    runs = norm.offset_map.runs
    assert all(a[0] + a[2] <= b[0] for a, b in pairwise(runs))
    _text_maps_back(norm.text, norm.offset_map, text)


@given(st.lists(st.text(max_size=40), min_size=1, max_size=8), st.sampled_from(["\n\n", "\f"]))
def test_repair_on_any_text_loses_and_duplicates_nothing(blocks: list[str], sep: str) -> None:
    text = normalize(sep.join(blocks)).text
    fixed = repair_reading_order(text)

    def nonspace(s: str) -> Counter[str]:
        return Counter(c for c in s if not c.isspace())

    assert nonspace(fixed.text) == nonspace(text)
    _text_maps_back(fixed.text, fixed.offset_map, text)


@given(texts)
def test_structure_on_any_text_stays_in_bounds(text: str) -> None:
    s = parse_structure(text)
    n = len(text)
    for span in [*s.sentences, *s.clauses]:
        assert 0 <= span.start < span.end <= n
    for sec in s.sections:
        assert 0 <= sec.start <= sec.end <= n
        assert sec.parent is None or 0 <= sec.parent < len(s.sections)


@given(st.binary(max_size=400))
def test_decode_bytes_returns_text_or_a_clear_value_error(data: bytes) -> None:
    try:
        text, enc, warns = decode_bytes(data)
    except ValueError as exc:
        assert str(exc).startswith("could not decode")
    else:
        assert isinstance(text, str) and enc and isinstance(warns, list)


@pytest.mark.parametrize("suffix", [".txt", ".docx", ".pdf", ".html", ".jsonl", ".csv"])
def test_readers_turn_any_bytes_into_a_document_or_a_read_error(suffix: str) -> None:
    folder = Path(tempfile.mkdtemp(prefix="policytext-prop-"))

    @given(st.binary(max_size=300) | st.text(max_size=100).map(str.encode))
    def check(data: bytes) -> None:
        path = folder / f"doc{suffix}"
        path.write_bytes(data)
        items = list(iter_documents(path))  # never raises for a bad file
        assert items
        for item in items:
            assert isinstance(item, RawDocument | ReadError)
            if isinstance(item, ReadError):
                assert item.reason and not item.reason.startswith("unexpected error"), item
            else:
                assert item.text.strip()

    check()
