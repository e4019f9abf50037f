"""Fuzz normalisation, reading-order repair and the structure parser on arbitrary text.

The bytes are decoded as UTF-8 (replacing errors) and mixed with policy-document markers,
so that header fields, headings and enumerations are reached. Invariants checked: no
exception; every span in bounds; normalisation idempotent; repair loses and duplicates
no character; every output character maps back to a source character.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from _common import instrumented, run

with instrumented():
    from policytext.normalization import fold_width, normalize
    from policytext.repair import repair_reading_order
    from policytext.structure import parse_structure

MARKERS = [
    "一、",
    "（一）",
    "1.",
    "（1）",
    "第一章",
    "第一条",
    "一是",
    "二是",
    "签发人：",
    "〔2024〕2号",
    "关于",
    "的通知",
    "人民政府",
    "主送：",
    "抄送：",
    "附件：",
    "联系人：",
    "。",
    "，",
    "\n",
    "\n\n",
    "\f",
    "\u3000",
    "“",
    "”",
    "《",
    "》",
    "（",
    "）",
    "2024年5月8日",
]


def _text(data: bytes) -> str:
    out = []
    for i in range(0, len(data), 4):
        chunk = data[i : i + 4]
        if chunk[0] % 3 == 0:
            out.append(MARKERS[chunk[-1] % len(MARKERS)])
        else:
            out.append(chunk.decode("utf-8", "replace"))
    return "".join(out)


def _nonspace(s: str) -> Counter[str]:
    return Counter(c for c in s if not c.isspace())


def target(data: bytes) -> None:
    if not data:
        return
    text = _text(data)
    norm = normalize(text)
    assert normalize(norm.text).text == norm.text, "normalise not idempotent"
    fixed = repair_reading_order(norm.text)
    assert _nonspace(fixed.text) == _nonspace(norm.text), "repair lost or duplicated text"
    omap = fixed.offset_map.compose(norm.offset_map)
    for i, ch in enumerate(fixed.text):
        j = omap.to_source(i)
        assert (j is None and ch.isspace()) or (
            j is not None and (fold_width(text[j]) == ch or (ch.isspace() and text[j].isspace()))
        ), f"character {i} does not map back"
    s = parse_structure(fixed.text)
    n = len(fixed.text)
    for span in [*s.sentences, *s.clauses]:
        assert 0 <= span.start < span.end <= n
    for sec in s.sections:
        assert 0 <= sec.start <= sec.heading_start <= sec.heading_end <= sec.end <= n


if __name__ == "__main__":
    run(target)
