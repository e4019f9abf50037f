"""Keyword instruments vs the learned classifier, on held-out gold measures.

The question: does the classifier learned from the project's own gold (``policytext.instrument_model``)
beat the keyword scheme (``policytext.instruments.classify_measure``) on documents it never saw,
alone or combined with the keywords?

- **keywords** — ``classify_measure(text)`` on each gold measure's sentence (no heading context,
  so it scores a little below the pipeline, which reads the item heading too).
- **learned** — the bundled ``InstrumentModel`` (char 1–3-gram TF-IDF + logistic regression,
  fitted on ``corpora/gold/tuning/`` only).
- **combined** — ``classify_combined``: the bundled model's probabilities plus the keyword scores
  (the pipeline's default).
- **learned +shared** — the same model refitted on the tuning gold plus the shared seed and dev
  documents (when ``../shared/gold/`` is there; the test split stays out).

All are scored on every gold measure of ``corpora/gold/heldout/`` 03 and up (the blind documents,
never used for fitting): type and subtype accuracy (GUIDELINES.md section 6, over gold measures
rather than detected ones).

Usage::

    python benchmarks/instruments_learned.py
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from policytext.instrument_model import (
    InstrumentModel,
    classify_combined,
    load_instrument_model,
)
from policytext.instruments import classify_measure, gold_measures, load_scheme

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "gold"


def main() -> None:
    scheme = load_scheme()
    gold = ROOT / "corpora" / "gold"
    blind = [m for m in gold_measures(gold / "heldout") if int(m["doc"].split("_")[0]) >= 3]
    texts, subtypes = [m["text"] for m in blind], [m["subtype"] for m in blind]
    bundled = load_instrument_model()
    predictions = {
        "keywords": [classify_measure(t, scheme=scheme).subtype for t in texts],
        "learned": bundled.predict(texts),
        "combined": [classify_combined(t, model=bundled, scheme=scheme).subtype for t in texts],
    }
    if SHARED.is_dir():
        train = gold_measures(gold / "tuning") + gold_measures(SHARED, split="dev")
        refit = InstrumentModel.fit([m["text"] for m in train], [m["subtype"] for m in train])
        predictions["learned +shared"] = refit.predict(texts)
    print(
        f"bundled model fitted on {bundled.meta['n_measures']} tuning measures; "
        f"scored on {len(texts)} measures of {len({m['doc'] for m in blind})} blind documents"
    )
    gold_types = [scheme.type_of(s) for s in subtypes]
    print(f"{'':16s} {'type':>6s} {'subtype':>8s}")
    for name, pred in predictions.items():
        types = np.mean([scheme.type_of(p) == t for p, t in zip(pred, gold_types, strict=True)])
        subs = np.mean([p == t for p, t in zip(pred, subtypes, strict=True)])
        print(f"{name:16s} {types:6.3f} {subs:8.3f}")


if __name__ == "__main__":
    main()
