"""Theme model vs gold themes (T1–T12): NMI and ARI, and the keywords a researcher reads.

Gold measures come from ``../shared/gold/*.json`` (GUIDELINES.md section 2; ~370 measures
over 7 documents); ``--demo`` adds ``corpora/gold/demo/*.json``. Every gold measure's
``text`` is segmented with ``policytext.load(components=())`` (pkuseg tokenizer only) and
the token lists are clustered:

- **ThemeModel** — ``ThemeModel(random_state=0)``: policy stop words, sublinear TF-IDF with
  sub-word bigrams, L2 + TruncatedSVD(30) + spherical k-means, k chosen by cosine silhouette.
- **ThemeModel k=12** — the same with ``n_themes=12`` (NMI grows with k, so this is the fair
  comparison with the baseline's 12 clusters).
- **baseline** — sklearn ``TfidfVectorizer`` on the same tokens (no stop words) +
  ``KMeans(n_clusters=12, random_state=0)``.

Scores (GUIDELINES.md section 6): NMI and ARI between gold and predicted themes, on all
measures and on the test split (09, 11, 12; fitted on all measures, scored on those).
The ``seeds`` rows give mean ± sd of NMI over ``random_state`` 0–9.

Usage::

    python benchmarks/themes_eval.py            # shared gold
    python benchmarks/themes_eval.py --demo     # shared + demo gold
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[1]
SHARED_GOLD = REPO.parent / "shared" / "gold"
DEMO_GOLD = REPO / "corpora" / "gold" / "demo"
TEST_SPLIT = ("09_", "11_", "12_")


def load_gold(dirs: list[Path]) -> list[dict[str, Any]]:
    import policytext

    nlp = policytext.load(components=())
    rows = []
    for folder in dirs:
        for path in sorted(folder.glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            for m in data.get("measures", []):
                tokens = [t.text for t in nlp.make_doc(m["text"]) if not t.is_space]
                rows.append(
                    {
                        "doc": path.stem,
                        "text": m["text"],
                        "tokens": tokens,
                        "gold": m["theme"],
                        "instrument_type": m.get("instrument"),
                        "instrument_subtype": m.get("subtype"),
                    }
                )
    return rows


def baseline(tokens: list[list[str]], seed: int = 0) -> np.ndarray:
    from sklearn.cluster import KMeans
    from sklearn.feature_extraction.text import TfidfVectorizer

    X = TfidfVectorizer(analyzer=lambda doc: doc).fit_transform(tokens)
    return np.asarray(KMeans(n_clusters=12, random_state=seed).fit_predict(X))


def scores(gold: list[str], pred: Any, mask: np.ndarray | None = None) -> tuple[float, float]:
    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

    g, p = np.asarray(gold), np.asarray(pred)
    if mask is not None:
        g, p = g[mask], p[mask]
    return normalized_mutual_info_score(g, p), adjusted_rand_score(g, p)


def main(argv: list[str] | None = None) -> int:
    import pandas as pd

    from policytext.themes import ThemeModel

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--demo", action="store_true", help="add corpora/gold/demo")
    parser.add_argument("--seeds", type=int, default=10, help="random states for the ± rows")
    args = parser.parse_args(argv)
    if not SHARED_GOLD.is_dir():
        print(f"no shared gold at {SHARED_GOLD}", file=sys.stderr)
        return 1
    rows = load_gold([SHARED_GOLD] + ([DEMO_GOLD] if args.demo else []))
    frame = pd.DataFrame(rows)
    tokens = list(frame["tokens"])
    gold = list(frame["gold"])
    test = frame["doc"].str.startswith(TEST_SPLIT).to_numpy()
    n_docs = frame["doc"].nunique()
    print(f"{len(frame)} gold measures, {n_docs} documents, {len(set(gold))} gold themes\n")

    systems: dict[str, Any] = {}
    model = ThemeModel(random_state=0).fit(frame)
    systems[f"ThemeModel (auto k={model.n_themes_})"] = model.labels_
    model12 = ThemeModel(n_themes=12, random_state=0).fit(frame)
    systems["ThemeModel k=12"] = model12.labels_
    systems["baseline TF-IDF + KMeans k=12"] = baseline(tokens)

    table = []
    for name, labels in systems.items():
        nmi, ari = scores(gold, labels)
        nmi_t, ari_t = scores(gold, labels, test)
        table.append({"system": name, "NMI": nmi, "ARI": ari, "NMI test": nmi_t, "ARI test": ari_t})
    print(pd.DataFrame(table).to_string(index=False, float_format="{:.3f}".format))

    print(f"\nNMI over random_state 0–{args.seeds - 1} (mean ± sd):")
    for name, fit in [
        ("ThemeModel auto", lambda s: ThemeModel(random_state=s).fit(frame).labels_),
        ("ThemeModel k=12", lambda s: ThemeModel(n_themes=12, random_state=s).fit(frame).labels_),
        ("baseline k=12", lambda s: baseline(tokens, s)),
    ]:
        vals = [scores(gold, fit(s))[0] for s in range(args.seeds)]
        print(f"  {name:<16} {np.mean(vals):.3f} ± {np.std(vals):.3f}")

    print(
        f"\nsilhouette by k: { {k: round(v, 3) for k, v in model.clusterer_.silhouette_scores_.items()} }"
    )

    info = model.get_theme_info()
    frame["theme"] = model.labels_
    majority = frame.groupby("theme")["gold"].agg(
        lambda s: f"{s.value_counts().index[0]} {s.value_counts().iloc[0] / len(s):.0%}"
    )
    info["gold majority"] = info["theme"].map(majority)
    info["top 8 keywords"] = info["keywords"].map(lambda kw: " ".join(kw[:8]))
    print("\nThemes of ThemeModel(random_state=0):")
    with pd.option_context("display.max_colwidth", 80, "display.width", 200):
        print(
            info[["theme", "size", "gold majority", "top 8 keywords", "instrument_mix"]].to_string(
                index=False
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
