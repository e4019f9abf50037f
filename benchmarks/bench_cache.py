"""Cached re-run of ``policytext report``: first run vs. re-run on the unchanged corpus.

Builds ``--docs`` synthetic documents (as ``bench_scale.py``), runs ``policytext report`` on
them twice with a fresh record cache (each run a separate process, wall-clock time from
outside), then once more after changing one document (only it is analysed again).

    python benchmarks/bench_cache.py --docs 300
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_scale import build_corpus


def _run(corpus: Path, out: Path, cache: Path) -> float:
    cmd = [sys.executable, "-m", "policytext", "report", str(corpus), "-o", str(out), "-q"]
    t0 = time.perf_counter()
    subprocess.run([*cmd, "--cache-dir", str(cache)], check=True, capture_output=True)
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=300)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="policytext-cache-") as tmp:
        root = Path(tmp)
        corpus = root / "corpus"
        corpus.mkdir()
        info = build_corpus(corpus, args.docs)
        first = _run(corpus, root / "r1", root / "cache")
        second = _run(corpus, root / "r2", root / "cache")
        one = sorted(corpus.glob("*.txt"))[0]
        one.write_text(one.read_text(encoding="utf-8") + "\n加强统筹协调。\n", encoding="utf-8")
        third = _run(corpus, root / "r3", root / "cache")
        same = (root / "r1" / "records.jsonl").read_bytes() == (
            root / "r2" / "records.jsonl"
        ).read_bytes()
    print(f"{info['docs']} docs, {info['chars']:,} chars")
    print(f"first report run       {first:7.1f} s")
    print(f"cached re-run          {second:7.1f} s  ({first / second:.1f}x faster)")
    print(f"one document changed   {third:7.1f} s")
    print(f"records identical: {same}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
