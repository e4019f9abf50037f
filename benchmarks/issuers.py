"""Issuer extraction vs a hand-judged gold list: P/R/F1 over (document, issuer) pairs.

The gold file (default ``tests/data/issuers_tuning.tsv``) has one row per document:
``set/file <TAB> issuer;issuer;… <TAB> note`` (empty issuers: the document names none; the
conventions are at the top of the file). Each listed document under ``--docs`` is read,
normalised and repaired as :func:`policytext.analysis.analyze_document` does, parsed with
:func:`policytext.structure.parse_structure`, and completed from the input's own metadata
(:func:`policytext.analysis.apply_source_meta`) — the ``meta["issuers"]`` a record gets,
without running the spaCy pipeline. Only the files the gold file lists are opened.

Matching is per document and one-to-one. Names are compared after removing whitespace,
bracketed notes (（代章）) and quote-style differences; a predicted name matches a gold name
when they are equal (**strict**) or when one contains the other (**lenient**: 市人民政府办公室
vs 六盘水市人民政府办公室). Equal pairs are matched first.

Usage::

    python benchmarks/issuers.py                       # lenient and strict P/R/F1
    python benchmarks/issuers.py -v                    # … and every document with an error
    python benchmarks/issuers.py --docs /path/to/docs --gold my_gold.tsv
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = REPO / "tests" / "data" / "issuers_tuning.tsv"
DEFAULT_DOCS = Path("/tmp/s12/docs")


def read_gold(path: Path) -> dict[str, list[str]]:
    gold: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        gold[cols[0].strip()] = [
            x.strip() for x in (cols[1] if len(cols) > 1 else "").split(";") if x.strip()
        ]
    return gold


def predicted_issuers(path: Path) -> list[str]:
    """``meta["issuers"]`` of the record policytext makes of ``path`` (structure only)."""
    from policytext.analysis import _prepare_text, apply_source_meta, normalize_in_chunks
    from policytext.io import read_document
    from policytext.repair import repair_reading_order
    from policytext.structure import parse_structure

    raw = read_document(str(path))
    text = normalize_in_chunks(_prepare_text(raw, [])).text
    text = repair_reading_order(text).text
    structure = parse_structure(text)
    record: Any = SimpleNamespace(source_meta=dict(raw.meta), meta=dict(structure.meta))
    apply_source_meta(record)
    return list(record.meta.get("issuers") or [])


def canonical(name: str) -> str:
    name = re.sub(r"\s+", "", name)
    name = re.sub(r"[（(][^（）()]*[）)]$", "", name)
    return name.translate(
        str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "「": '"', "」": '"'})
    )


def match(pred: list[str], gold: list[str], lenient: bool = True) -> int:
    """Number of one-to-one matches between predicted and gold names."""
    p = [canonical(x) for x in pred]
    g = [canonical(x) for x in gold]
    used: set[int] = set()
    hits = 0
    for strict_pass in (True, False):
        if not strict_pass and not lenient:
            break
        for i, a in enumerate(p):
            if a is None:
                continue
            for j, b in enumerate(g):
                if j in used:
                    continue
                if a == b or (not strict_pass and a and b and (a in b or b in a)):
                    used.add(j)
                    p[i] = None  # type: ignore[call-overload]
                    hits += 1
                    break
    return hits


def prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 1.0
    r = tp / ngold if ngold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--docs", type=Path, default=DEFAULT_DOCS, help="root of set/file paths")
    ap.add_argument("-v", "--verbose", action="store_true", help="list documents with errors")
    args = ap.parse_args(argv)

    gold = read_gold(args.gold)
    totals = {"lenient": [0, 0, 0], "strict": [0, 0, 0]}
    by_set: dict[str, list[int]] = {}
    errors = []
    for key, expected in gold.items():
        path = args.docs / key
        if not path.exists():
            print(f"missing: {path}", file=sys.stderr)
            continue
        pred = predicted_issuers(path)
        for mode, tally in totals.items():
            tp = match(pred, expected, lenient=mode == "lenient")
            tally[0] += tp
            tally[1] += len(pred)
            tally[2] += len(expected)
            if mode == "lenient":
                s = by_set.setdefault(key.split("/", 1)[0], [0, 0, 0])
                s[0] += tp
                s[1] += len(pred)
                s[2] += len(expected)
                if tp != len(pred) or tp != len(expected):
                    errors.append((key, pred, expected))
    print(f"{len(gold)} documents, {totals['lenient'][2]} gold issuers")
    for mode, (tp, npred, ngold) in totals.items():
        p, r, f = prf(tp, npred, ngold)
        print(
            f"{mode:8s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {tp}, predicted {npred}, gold {ngold})"
        )
    for name, (tp, npred, ngold) in sorted(by_set.items()):
        p, r, f = prf(tp, npred, ngold)
        print(
            f"  {name:7s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {tp}, predicted {npred}, gold {ngold})"
        )
    print(f"documents with an error (lenient): {len(errors)}")
    if args.verbose:
        for key, pred, expected in errors:
            print(f"- {key}\n    predicted {pred}\n    expected  {expected}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
