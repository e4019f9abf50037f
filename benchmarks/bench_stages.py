"""Time each pure stage of the pipeline on real documents and print a table.

Stages: normalise, repair reading order, parse structure, find entities, find measures
(the last two without spaCy, on the structure's output). Segmentation is measured by
``bench_segment.py``. Documents: ``../shared/seeds`` and ``../shared/corpus`` when present,
else the demo corpus.

    python benchmarks/bench_stages.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def _texts() -> list[str]:
    from policytext.io import RawDocument, iter_documents

    folders = (
        [SHARED / "seeds", SHARED / "corpus"] if SHARED.is_dir() else [REPO / "corpora" / "demo"]
    )
    docs = [d for f in folders for d in iter_documents(f) if isinstance(d, RawDocument)]
    return [d.text for d in docs]


def _best(fn: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="report the best of N runs")
    args = parser.parse_args()

    from policytext.entities import find_entities
    from policytext.measures import find_measures
    from policytext.normalization import normalize
    from policytext.repair import repair_reading_order
    from policytext.structure import parse_structure

    raw = _texts()
    chars = sum(len(t) for t in raw)
    normalized = [normalize(t).text for t in raw]
    repaired = [repair_reading_order(t).text for t in normalized]  # also warms the word list
    structures = [parse_structure(t) for t in repaired]
    found = [find_entities(t, structure=s) for t, s in zip(repaired, structures, strict=True)]

    def measures() -> None:
        for t, s, (ents, groups) in zip(repaired, structures, found, strict=True):
            find_measures(t, s, ents, groups, s.meta, classify=True)

    stages: list[tuple[str, Callable[[], Any]]] = [
        ("normalise", lambda: [normalize(t) for t in raw]),
        ("repair", lambda: [repair_reading_order(t) for t in normalized]),
        ("structure", lambda: [parse_structure(t) for t in repaired]),
        (
            "entities",
            lambda: [
                find_entities(t, structure=s) for t, s in zip(repaired, structures, strict=True)
            ],
        ),
        ("measures+instruments", measures),
    ]
    print(f"{len(raw)} documents, {chars:,} characters, best of {args.repeat}\n")
    print(f"{'stage':<22}{'seconds':>10}{'chars/s':>14}{'ms/doc':>10}")
    for name, fn in stages:
        s = _best(fn, args.repeat)
        print(f"{name:<22}{s:>10.3f}{chars / s:>14,.0f}{1000 * s / len(raw):>10.1f}")


if __name__ == "__main__":
    main()
