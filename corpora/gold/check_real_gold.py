"""Validate the gold files of a real-document set (heldout, tuning) against GUIDELINES.md.

Checks: file exists; entity spans are [start, end, LABEL, surface] with text[start:end] == surface,
labels in the allowed set, no overlapping (nested) entity spans, no surrounding whitespace;
measure spans match their sentence text, contain no line break, are trimmed, do not overlap,
use valid instrument/subtype/theme values, and have actors with valid roles whose text occurs in
the measure sentence or in the item's 牵头单位/责任单位 note. Exit status 1 on any error.
    python corpora/gold/check_real_gold.py heldout|heldout_second|tuning

The gold of set NAME is in ``corpora/gold/NAME/``, its documents in ``corpora/NAME/``
(``heldout_second``, a second coder's gold of held-out documents, annotates ``corpora/heldout/``).
"""

import json
import sys
from pathlib import Path

GOLD_ROOT = Path(__file__).resolve().parent
CORPORA = GOLD_ROOT.parent
LABELS = {"ORG", "FIRM", "PROGRAM", "PERSON", "GPE"}
SUBTYPES = {
    "supply": {"科技支持", "人才培养", "资金投入", "基础设施", "公共服务"},
    "environment": {"目标规划", "金融支持", "税收优惠", "法规管制", "策略性措施"},
    "demand": {"政府采购", "示范推广", "市场开拓", "服务外包", "海外合作"},
}
THEMES = {f"T{i}" for i in range(1, 13)}
ROLES = {"lead", "participate", "target"}
DOCUMENTS_OF = {"heldout_second": "heldout"}


def check(path, corpus):
    errs = []
    gold = json.loads(path.read_text(encoding="utf-8"))
    txt_path = corpus / gold["file"]
    if gold["file"] != path.stem + ".txt" or not txt_path.exists():
        return [f"{path.name}: file field {gold['file']!r} does not name an existing text"]
    text = txt_path.read_text(encoding="utf-8")
    prev_end = -1
    for ent in sorted(gold["entities"]):
        if len(ent) != 4:
            errs.append(f"bad entity {ent}")
            continue
        s, e, lab, surf = ent
        if lab not in LABELS:
            errs.append(f"bad label {ent}")
        if not (0 <= s < e <= len(text)) or text[s:e] != surf:
            errs.append(f"span mismatch {ent}: {text[s:e]!r}")
        if surf != surf.strip() or not surf:
            errs.append(f"whitespace in entity {ent}")
        if s < prev_end:
            errs.append(f"overlapping entity {ent}")
        prev_end = max(prev_end, e)
    prev_end = -1
    for m in sorted(gold["measures"], key=lambda m: m["start"]):
        s, e = m["start"], m["end"]
        if text[s:e] != m["text"]:
            errs.append(f"measure text mismatch at {s}")
        if m["text"] != m["text"].strip() or "\n" in m["text"]:
            errs.append(f"measure not trimmed / crosses line at {s}")
        if s < prev_end:
            errs.append(f"overlapping measures at {s}")
        prev_end = e
        if m["subtype"] not in SUBTYPES.get(m["instrument"], ()):
            errs.append(f"bad instrument/subtype {m['instrument']}/{m['subtype']} at {s}")
        if m["theme"] not in THEMES:
            errs.append(f"bad theme {m['theme']} at {s}")
        line_end = text.find("\n", e)
        line = text[text.rfind("\n", 0, s) + 1 : len(text) if line_end < 0 else line_end]
        nxt_end = text.find("\n", line_end + 1) if line_end >= 0 else -1
        next_line = text[line_end + 1 : len(text) if nxt_end < 0 else nxt_end] if line_end >= 0 else ""
        for a in m["actors"]:
            if a.get("role") not in ROLES:
                errs.append(f"bad role {a} at {s}")
            if a["text"] not in m["text"]:
                # must then come from the item's note (own line or following lines of the same item)
                block_start = text.rfind("\n", 0, s) + 1
                item_end = text.find("（牵头单位：", block_start)
                note_end = text.find("\n", item_end) if item_end >= 0 else -1
                block = text[block_start : note_end if note_end >= 0 else len(text)]
                if a["text"] not in block and a["text"] not in line and a["text"] not in next_line:
                    errs.append(f"actor {a['text']!r} not found near measure at {s}")
    return [f"{path.name}: {x}" for x in errs]


def main(argv):
    if len(argv) != 1 or not (GOLD_ROOT / argv[0]).is_dir():
        print(__doc__)
        return 2
    files = sorted((GOLD_ROOT / argv[0]).glob("*.json"))
    errs = []
    for f in files:
        errs += check(f, CORPORA / DOCUMENTS_OF.get(argv[0], argv[0]))
    for e in errs:
        print(e)
    print(f"{len(files)} gold files, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
