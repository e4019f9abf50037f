"""Validate the demo-corpus gold annotations against the documents as policytext reads them.

Usage::

    python corpora/gold/demo/check_gold.py [-v]

For every ``*.json`` file next to this script: read ``corpora/demo/<file>`` with
``policytext.io.read_document`` and check that

* every entity span satisfies ``text[start:end] == surface``, has an allowed label, and no two
  entities overlap (entities are flat);
* every measure span satisfies ``text[start:end] == text field``, carries no surrounding
  whitespace, starts and ends on a sentence boundary (GUIDELINES.md section 6: 。！？； and line
  ends), does not overlap another measure, and has a valid instrument/subtype pair, theme and
  actor roles;
* the JSON has exactly the keys of GUIDELINES.md section 3.

Exits with status 1 and lists the problems if any check fails. ``-v`` also prints counts.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path

from policytext.io import read_document

HERE = Path(__file__).resolve().parent
DEMO = HERE.parents[1] / "demo"

LABELS = {"ORG", "FIRM", "PROGRAM", "PERSON", "GPE"}
SUBTYPES = {
    "supply": {"科技支持", "人才培养", "资金投入", "基础设施", "公共服务"},
    "environment": {"目标规划", "金融支持", "税收优惠", "法规管制", "策略性措施"},
    "demand": {"政府采购", "示范推广", "市场开拓", "服务外包", "海外合作"},
}
THEMES = {f"T{i}" for i in range(1, 13)}
ROLES = {"lead", "participate", "target"}
TERMINATORS = "。！？；"
LINE_ENDS = "\r\n"


def _boundary_before(text: str, pos: int) -> bool:
    """True when a sentence may start at ``pos`` (after a terminator or a line end)."""
    i = pos - 1
    while i >= 0 and text[i].isspace() and text[i] not in LINE_ENDS:
        i -= 1
    return i < 0 or text[i] in TERMINATORS or text[i] in LINE_ENDS


def _boundary_after(text: str, pos: int) -> bool:
    """True when a sentence may end at ``pos`` (on a terminator or before a line end)."""
    if pos > 0 and text[pos - 1] in TERMINATORS:
        return True
    i = pos
    while i < len(text) and text[i].isspace() and text[i] not in LINE_ENDS:
        i += 1
    return i >= len(text) or text[i] in LINE_ENDS


def check_file(path: Path) -> tuple[list[str], dict]:
    errors: list[str] = []
    gold = json.loads(path.read_text(encoding="utf-8"))
    where = path.name
    if set(gold) != {"file", "entities", "measures"}:
        errors.append(f"{where}: keys {sorted(gold)}")
    doc_path = DEMO / gold["file"]
    if not doc_path.is_file():
        return [f"{where}: document {gold['file']} not found"], {}
    text = read_document(doc_path).text

    spans = []
    for ent in gold["entities"]:
        if not (isinstance(ent, list) and len(ent) == 4):
            errors.append(f"{where}: malformed entity {ent!r}")
            continue
        start, end, label, surface = ent
        if label not in LABELS:
            errors.append(f"{where}: entity {ent!r}: label {label!r} not allowed")
        if not (0 <= start < end <= len(text)) or text[start:end] != surface:
            errors.append(f"{where}: entity {ent!r}: text[{start}:{end}] = {text[start:end]!r}")
        if surface != surface.strip():
            errors.append(f"{where}: entity {ent!r} has surrounding whitespace")
        spans.append((start, end, surface))
    spans.sort()
    for (s1, e1, w1), (s2, _e2, w2) in pairwise(spans):
        if s2 < e1:
            errors.append(f"{where}: overlapping entities {w1!r}@{s1} and {w2!r}@{s2}")

    mspans = []
    for m in gold["measures"]:
        keys = {"start", "end", "text", "instrument", "subtype", "theme", "actors"}
        if set(m) != keys:
            errors.append(f"{where}: measure keys {sorted(m)}")
            continue
        start, end, sent = m["start"], m["end"], m["text"]
        tag = f"{where}: measure @{start} {sent[:20]!r}"
        if not (0 <= start < end <= len(text)) or text[start:end] != sent:
            errors.append(f"{tag}: text[{start}:{end}] = {text[start:end]!r}")
        if sent != sent.strip():
            errors.append(f"{tag}: surrounding whitespace")
        if not _boundary_before(text, start) or not _boundary_after(text, end):
            errors.append(f"{tag}: not on a sentence boundary")
        if m["instrument"] not in SUBTYPES:
            errors.append(f"{tag}: instrument {m['instrument']!r}")
        elif m["subtype"] not in SUBTYPES[m["instrument"]]:
            errors.append(f"{tag}: subtype {m['subtype']!r} not in {m['instrument']}")
        if m["theme"] not in THEMES:
            errors.append(f"{tag}: theme {m['theme']!r}")
        seen = set()
        for actor in m["actors"]:
            if set(actor) != {"text", "role"} or not actor["text"]:
                errors.append(f"{tag}: malformed actor {actor!r}")
                continue
            if actor["role"] not in ROLES:
                errors.append(f"{tag}: actor {actor!r}: role not allowed")
            if actor["text"] in seen:
                errors.append(f"{tag}: actor {actor['text']!r} listed twice")
            seen.add(actor["text"])
        mspans.append((start, end))
    mspans.sort()
    for (s1, e1), (s2, _e2) in pairwise(mspans):
        if s2 < e1:
            errors.append(f"{where}: overlapping measures @{s1} and @{s2}")

    stats = {
        "file": gold["file"],
        "labels": Counter(e[2] for e in gold["entities"]),
        "measures": len(gold["measures"]),
        "instruments": Counter(m["instrument"] for m in gold["measures"]),
        "roles": Counter(a["role"] for m in gold["measures"] for a in m["actors"]),
    }
    return errors, stats


def main(argv: list[str]) -> int:
    files = sorted(HERE.glob("*.json"))
    if not files:
        print("no gold files found", file=sys.stderr)
        return 1
    all_errors: list[str] = []
    total_labels: Counter = Counter()
    total_measures = 0
    for path in files:
        errors, stats = check_file(path)
        all_errors.extend(errors)
        if stats:
            total_labels += stats["labels"]
            total_measures += stats["measures"]
            if "-v" in argv:
                labels = " ".join(f"{k}={v}" for k, v in sorted(stats["labels"].items()))
                print(
                    f"{stats['file']}: {labels}; measures={stats['measures']} "
                    f"{dict(stats['instruments'])} roles={dict(stats['roles'])}"
                )
    for err in all_errors:
        print(err, file=sys.stderr)
    labels = " ".join(f"{k}={v}" for k, v in sorted(total_labels.items()))
    status = "FAILED" if all_errors else "ok"
    print(
        f"{status}: {len(files)} files, entities {sum(total_labels.values())} ({labels}), "
        f"measures {total_measures}, {len(all_errors)} problems"
    )
    return 1 if all_errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
