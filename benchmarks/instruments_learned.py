"""Keyword instruments vs a learned text classifier, on held-out gold measures.

The question: would a classifier learned from the project's own gold beat the keyword scheme
(``policytext.instruments.classify_measure``) on documents it never saw?

- **keywords** — ``classify_measure(text)`` on each gold measure's sentence (no heading context,
  so it scores a little below the pipeline, which reads the item heading too).
- **learned** — scikit-learn ``TfidfVectorizer(analyzer="char", ngram_range=(1, 3),
  sublinear_tf=True, min_df=2)`` + ``LogisticRegression(C=10)`` over the 15 subtypes, fitted on
  the gold measures of ``corpora/gold/tuning/`` (and the shared seed and dev documents when
  ``../shared/gold/`` is there); the type follows from the subtype.

Both are scored on every gold measure of ``corpora/gold/heldout/`` 03–87 (the blind documents,
never used for fitting): type and subtype accuracy (GUIDELINES.md section 6, over gold measures
rather than detected ones).

Usage::

    python benchmarks/instruments_learned.py
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from policytext.instruments import classify_measure, gold_measures, load_scheme

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "gold"


def main() -> None:
    scheme = load_scheme()
    gold = ROOT / "corpora" / "gold"
    train = gold_measures(gold / "tuning")
    if SHARED.is_dir():  # the shared seed and dev documents; the test split stays out
        train += gold_measures(SHARED, split="dev")
    blind = [m for m in gold_measures(gold / "heldout") if m["doc"][:2] >= "03"]
    x_train, y_train = [m["text"] for m in train], [m["subtype"] for m in train]
    x_test, y_test = [m["text"] for m in blind], [m["subtype"] for m in blind]
    vec = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), min_df=2, sublinear_tf=True)
    model = LogisticRegression(C=10, max_iter=3000).fit(vec.fit_transform(x_train), y_train)
    learned = model.predict(vec.transform(x_test))
    keywords = [classify_measure(t, scheme=scheme).subtype for t in x_test]
    gold_types = [scheme.type_of(s) for s in y_test]
    print(
        f"fitted on {len(x_train)} measures of {len({m['doc'] for m in train})} documents; "
        f"scored on {len(x_test)} measures of {len({m['doc'] for m in blind})} blind documents"
    )
    print(f"{'':10s} {'type':>6s} {'subtype':>8s}")
    for name, pred in (("keywords", keywords), ("learned", list(learned))):
        types = np.mean([scheme.type_of(p) == t for p, t in zip(pred, gold_types, strict=True)])
        subs = np.mean([p == t for p, t in zip(pred, y_test, strict=True)])
        print(f"{name:10s} {types:6.3f} {subs:8.3f}")


if __name__ == "__main__":
    main()
