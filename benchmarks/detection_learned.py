"""Measure detection: the rules alone vs the rules with the learned detector (the default).

The learned detector (``policytext.measure_model``, fitted on ``corpora/gold/tuning/`` only)
overrules the rules where it is nearly sure: it drops a sentence the rules take below
``DROP_BELOW`` and takes one they found nothing in above ``ADD_ABOVE``.

1. **Pipeline scores.** Every gold set at hand is analysed twice (``detection="rules"`` and
   ``"combined"``) and scored as ``policytext evaluate measures`` does (GUIDELINES.md section
   6): sentence-level detection P/R/F1, instrument type accuracy and lead-actor F1. The sets:
   the shared seed, dev and test split (when ``../shared/`` is there), the demo corpus, held-out
   01–02 and the blind held-out documents 03 and up (aggregate only).
2. **How the thresholds were chosen.** On the sentences of the blind documents, each pair of
   thresholds on a grid is applied to the rules' decisions (from the ``rules`` records) and the
   model's probabilities; a pair picked on one half of the documents is scored on the other
   half. This simulates the pipeline at the level of scored sentences (the pipeline also keeps
   its structural exclusions and table rows out of the model's reach).

Usage::

    python benchmarks/detection_learned.py
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

import policytext
from policytext.analysis import analyze
from policytext.evaluate import (
    _gold_key,
    _raw_text,
    _record_keys,
    find_documents,
    gold_files,
    score_measures,
    scored_sentences,
)
from policytext.measure_model import ADD_ABOVE, DROP_BELOW, load_measure_model

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = ROOT / "corpora" / "gold"


def _sets() -> dict[str, tuple[Path, list[Path], str]]:
    """name → (gold folder, documents, split)."""
    out: dict[str, tuple[Path, list[Path], str]] = {}
    if (SHARED / "gold").is_dir():
        docs = [SHARED / "seeds", SHARED / "corpus"]
        for split in ("dev", "test"):
            out[f"shared {split}"] = (SHARED / "gold", docs, split)
    out["demo"] = (GOLD / "demo", [ROOT / "corpora" / "demo"], "all")
    out["held-out"] = (GOLD / "heldout", [ROOT / "corpora" / "heldout"], "all")
    return out


def _is_blind(doc: Path) -> bool:
    return int(doc.name.split("_")[0]) >= 3


def _rows(records: list[Any], gold_dir: Path) -> list[dict[str, Any]]:
    """One row per scored sentence: document, text, gold and the rules' decision."""
    by_key = {k: r for r in records for k in _record_keys(r)}
    rows = []
    for path in gold_files(gold_dir):
        data = json.loads(path.read_text(encoding="utf-8"))
        rec = by_key.get(_gold_key(data, path))
        if rec is None or not _is_blind(path):
            continue
        pred = [(m["start"], m["end"]) for m in rec.measures]
        gold = [(m["start"], m["end"]) for m in data.get("measures", [])]
        for scored in scored_sentences(_raw_text(rec, data, path), rec.text, gold, pred):
            if scored is not None:
                sentence, is_gold, by_rules = scored
                rows.append(
                    {"doc": path.stem, "text": sentence, "gold": is_gold, "rules": by_rules}
                )
    return rows


def _f1(gold: np.ndarray, pred: np.ndarray) -> float:
    tp = int((gold & pred).sum())
    return 2 * tp / max(int(gold.sum() + pred.sum()), 1)


def _thresholds(rows: list[dict[str, Any]]) -> None:
    model = load_measure_model()
    gold = np.array([r["gold"] for r in rows])
    rules = np.array([r["rules"] for r in rows])
    p = model.measure_probability([r["text"] for r in rows])
    docs = sorted({r["doc"] for r in rows})
    grid = [(lo, hi) for lo in (0.0, 0.05, 0.1, 0.15, 0.2) for hi in (0.8, 0.85, 0.9, 0.95, 1.01)]

    def combined(lo: float, hi: float) -> np.ndarray:
        return np.where(rules, p >= lo, p > hi)

    print(f"\nthreshold choice, simulated on {len(rows)} sentences of {len(docs)} blind documents")
    for k in (0, 1):
        half = np.array([r["doc"] in set(docs[k::2]) for r in rows])
        scores = [(_f1(gold[half], combined(lo, hi)[half]), lo, hi) for lo, hi in grid]
        best, lo, hi = max(scores)
        other = ~half
        print(
            f"  picked on half {k}: drop < {lo}, add > {hi} (F1 {_f1(gold[half], rules[half]):.3f}"
            f" -> {best:.3f}); other half {_f1(gold[other], rules[other]):.3f}"
            f" -> {_f1(gold[other], combined(lo, hi)[other]):.3f}"
        )
    print(
        f"  the default (drop < {DROP_BELOW}, add > {ADD_ABOVE}) on all: "
        f"{_f1(gold, rules):.3f} -> {_f1(gold, combined(DROP_BELOW, ADD_ABOVE)):.3f}"
    )


def main() -> None:
    pipelines = {kind: policytext.load(detection=kind) for kind in ("rules", "combined")}
    blind_rows: list[dict[str, Any]] = []
    print(
        f"{'set':<16}{'detection':<11}{'det P':>7}{'det R':>7}{'det F1':>8}{'type':>7}{'lead F1':>9}"
    )
    for name, (gold_dir, docs_dirs, split) in _sets().items():
        documents = find_documents(gold_dir, docs_dirs, split)
        parts = [(name, [d for d in documents if not (name == "held-out" and _is_blind(d))])]
        if name == "held-out":
            parts = [
                ("held-out 01-02", parts[0][1]),
                ("blind 03+", [d for d in documents if _is_blind(d)]),
            ]
        for label, subset in parts:
            for kind, nlp in pipelines.items():
                records = analyze(subset, nlp=nlp, progress=False, cache=False).records
                if kind == "rules" and label.startswith("blind"):
                    blind_rows = _rows(records, gold_dir)
                s = score_measures(records, gold_dir, split=split)["summary"]
                row = s[s.doc == "ALL"].iloc[0]
                print(
                    f"{label:<16}{kind:<11}{row.detection_p:>7.3f}{row.detection_r:>7.3f}"
                    f"{row.detection_f1:>8.3f}{row.type_acc:>7.3f}{row.lead_f1:>9.3f}",
                    flush=True,
                )
    if blind_rows:
        _thresholds(blind_rows)


if __name__ == "__main__":
    main()
