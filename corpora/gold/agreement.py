"""Agreement between two coders of the same held-out documents, scored like policytext.

The second coder's gold (``corpora/gold/heldout_second/``) is read as if it were policytext's
output and scored against the first coder's gold (``corpora/gold/heldout/``) with the scoring
contract of GUIDELINES.md section 6 (``policytext.evaluate``). The second coder worked from the
guidelines alone and never saw the first coder's files. The numbers say how far two careful
coders agree, which is the ceiling an automatic tagger can be held to on these documents.

    python corpora/gold/agreement.py                  # second coder vs first coder
    python corpora/gold/agreement.py --with-policytext  # and policytext on the same documents
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import pandas as pd

from policytext.evaluate import score_entities, score_measures

GOLD_ROOT = Path(__file__).resolve().parent
DOCS = GOLD_ROOT.parent / "heldout"
FIRST, SECOND = GOLD_ROOT / "heldout", GOLD_ROOT / "heldout_second"


def coder_records(gold_dir: Path, docs: Path) -> list[dict[str, Any]]:
    """A coder's gold files as analysis records (entities and measures as policytext writes them)."""
    records = []
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        source = docs / gold["file"]
        records.append(
            {
                "id": path.stem,
                "source": str(source),
                "text": source.read_text(encoding="utf-8"),
                "entities": [
                    {"start": s, "end": e, "label": label, "text": surface}
                    for s, e, label, surface in gold["entities"]
                ],
                "measures": [
                    {
                        "start": m["start"],
                        "end": m["end"],
                        "instrument": {"type": m["instrument"], "subtype": m["subtype"]},
                        "theme": None,
                        "actors": [
                            {"text": a["text"], "role": a["role"], "implied": False}
                            for a in m.get("actors", [])
                        ],
                    }
                    for m in gold["measures"]
                ],
            }
        )
    return records


def agreement_row(name: str, records: list[Any], gold_dir: Path) -> dict[str, Any]:
    """Exact-span entity F1 per label (partial F1 in brackets) and the measure scores."""
    ents = score_entities(records, gold_dir).set_index("label")
    summary = score_measures(records, gold_dir)["summary"]
    meas = summary[summary.doc == "ALL"].iloc[0]
    row: dict[str, Any] = {"coder": name}
    for label in ("ORG", "FIRM", "PROGRAM", "PERSON", "GPE"):
        r = ents.loc[label]
        row[label] = f"{r.f1:.3f} ({r.partial_f1:.2f})"
    row.update(
        detection=round(float(meas.detection_f1), 3),
        type=round(float(meas.type_acc), 3),
        subtype=round(float(meas.subtype_acc), 3),
        lead=round(float(meas.lead_f1), 3),
    )
    return row


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--with-policytext", action="store_true", help="also score policytext")
    args = ap.parse_args(argv)
    second = coder_records(SECOND, DOCS)
    with tempfile.TemporaryDirectory() as tmp:
        # the first coder's gold of the documents the second coder annotated
        first = Path(tmp)
        for rec in second:
            (first / f"{rec['id']}.json").write_bytes((FIRST / f"{rec['id']}.json").read_bytes())
        rows = [agreement_row("second coder", second, first)]
        if args.with_policytext:
            from policytext.analysis import analyze

            docs = [Path(r["source"]) for r in second]
            records = analyze(docs, progress=False).records
            rows.append(agreement_row("policytext", records, first))
    print(f"{len(second)} held-out documents, scored against the first coder's gold")
    print(pd.DataFrame(rows).to_string(index=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
