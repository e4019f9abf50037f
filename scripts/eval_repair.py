"""Evaluate :func:`policytext.repair.repair_reading_order` on simulated page disorder.

For every document of ``../shared/corpus/*.txt`` the text is cut into PDF-like pages
inside sentences, the pages are shuffled (never the identity) and joined with blank
lines, and the repair is counted as exact when the repaired text equals the original
once whitespace is removed.

Usage::

    python scripts/eval_repair.py [--shuffles 20] [--corpus DIR] [--min-len 300] [--max-len 1500]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from shuffle_util import non_space, shuffled_document  # noqa: E402

from policytext.repair import _word_model, repair_reading_order  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation and print per-document and overall exact-recovery rates."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shuffles", type=int, default=20, help="shuffles per document")
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--min-len", type=int, default=300)
    ap.add_argument("--max-len", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=0, help="first shuffle seed")
    ap.add_argument("-v", "--verbose", action="store_true", help="show failing orders")
    args = ap.parse_args(argv)

    docs = sorted(args.corpus.glob("*.txt"))
    if not docs:
        print(f"no *.txt in {args.corpus}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    _word_model()
    print(f"dictionary load: {time.perf_counter() - t0:.2f} s")
    total_ok = total = 0
    times: list[tuple[float, int, int]] = []
    for path in docs:
        original = path.read_text("utf-8")
        want = non_space(original)
        ok = 0
        pages: list[int] = []
        for k in range(args.shuffles):
            shuffled, perm = shuffled_document(original, args.seed + k, args.min_len, args.max_len)
            t = time.perf_counter()
            result = repair_reading_order(shuffled)
            dt = time.perf_counter() - t
            times.append((dt, len(shuffled), len(perm)))
            pages.append(len(perm))
            good = non_space(result.text) == want
            ok += good
            if not good and args.verbose:
                back = [perm[i] for i in result.order]
                print(f"  FAIL {path.name} seed={args.seed + k} perm={perm} restored={back}")
        total_ok += ok
        total += args.shuffles
        print(
            f"{path.name:60s} {ok:3d}/{args.shuffles:<3d} = {ok / args.shuffles:6.1%}"
            f"  pages {min(pages)}-{max(pages)}"
        )
    print(f"{'overall':60s} {total_ok:3d}/{total:<3d} = {total_ok / total:6.1%}")

    # a long document: all corpus documents one after the other, ~15 pages
    long_doc = "\n".join(p.read_text("utf-8").strip() for p in docs)
    want = non_space(long_doc)
    ok = 0
    long_times: list[float] = []
    pages = []
    for k in range(args.shuffles):
        shuffled, perm = shuffled_document(long_doc, args.seed + k, 1000, 1500)
        t = time.perf_counter()
        result = repair_reading_order(shuffled)
        long_times.append(time.perf_counter() - t)
        pages.append(len(perm))
        ok += non_space(result.text) == want
    print(
        f"{'all documents concatenated (' + str(len(long_doc)) + ' chars)':60s} "
        f"{ok:3d}/{args.shuffles:<3d} = {ok / args.shuffles:6.1%}  pages {min(pages)}-{max(pages)}"
        f"  time mean {statistics.mean(long_times) * 1000:.0f} ms,"
        f" max {max(long_times) * 1000:.0f} ms"
    )
    dts = [d for d, _, _ in times]
    worst = max(times)
    print(
        f"repair time per document: mean {statistics.mean(dts) * 1000:.1f} ms, "
        f"max {worst[0] * 1000:.1f} ms ({worst[1]} chars, {worst[2]} pages)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
