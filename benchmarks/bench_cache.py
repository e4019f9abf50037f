"""Cached re-run of ``policytext report``: first run vs. re-run on the unchanged corpus.

Builds ``--docs`` synthetic documents (as ``bench_scale.py``), runs ``policytext report`` on
them with a fresh cache (each run a separate process, wall-clock time from outside), then
``--reruns`` times more on the unchanged corpus (records, theme fit, actor metrics and figures
all come from the cache), then once more after changing one document (it alone is analysed
again; the themes, the network metrics and the figures are recomputed, since they depend on
every measure).

    python benchmarks/bench_cache.py --docs 300

Each run is timed by wall clock and by the CPU time (user + system) of its process: on a
shared machine the CPU time is the steadier of the two.

The cache key includes a fingerprint of policytext's code: when the code changes while the
benchmark runs (another checkout being edited), the re-runs miss the cache and the script says
so.
"""

from __future__ import annotations

import argparse
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_scale import build_corpus

from policytext.cache import code_fingerprint


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run(corpus: Path, out: Path, cache: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one ``policytext report`` process."""
    cmd = [sys.executable, "-m", "policytext", "report", str(corpus), "-o", str(out), "-q"]
    t0, c0 = time.perf_counter(), _cpu()
    subprocess.run([*cmd, "--cache-dir", str(cache)], check=True, capture_output=True)
    return time.perf_counter() - t0, _cpu() - c0


def _content(out: Path) -> str:
    """report.md without its time stamp and output folder (these differ between runs)."""
    text = (out / "report.md").read_text(encoding="utf-8")
    text = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", "", text)
    return text.replace(str(out), "OUT")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--reruns", type=int, default=3, help="cached re-runs (median reported)")
    args = ap.parse_args()
    fingerprint = code_fingerprint.__wrapped__()
    with tempfile.TemporaryDirectory(prefix="policytext-cache-") as tmp:
        root = Path(tmp)
        corpus = root / "corpus"
        corpus.mkdir()
        cache = root / "cache"
        info = build_corpus(corpus, args.docs)
        first = _run(corpus, root / "r1", cache)
        reruns = [_run(corpus, root / f"r2-{i}", cache) for i in range(args.reruns)]
        changed_before_reruns = code_fingerprint.__wrapped__() != fingerprint
        one = sorted(corpus.glob("*.txt"))[0]
        one.write_text(one.read_text(encoding="utf-8") + "\n加强统筹协调。\n", encoding="utf-8")
        third = _run(corpus, root / "r3", cache)
        same_records = (root / "r1" / "records.jsonl").read_bytes() == (
            root / "r2-0" / "records.jsonl"
        ).read_bytes()
        same_report = _content(root / "r1") == _content(root / "r2-0")
        entries = sorted(p.parent.name for p in (cache / "results").rglob("*.msgpack"))
    second = (
        statistics.median(t for t, _ in reruns),
        statistics.median(c for _, c in reruns),
    )
    print(f"{info['docs']} docs, {info['chars']:,} chars")
    print(" " * 30 + "  wall s   CPU s   first/this (wall, CPU)")
    for name, (wall, cpu) in (
        ("first report run", first),
        (f"cached re-run (median of {len(reruns)})", second),
        ("one document changed", third),
    ):
        print(f"{name:<30}{wall:7.1f} {cpu:7.1f}   {first[0] / wall:5.1f}x {first[1] / cpu:5.1f}x")
    print("re-runs (wall s): " + ", ".join(f"{t:.1f}" for t, _ in reruns))
    print(f"records identical: {same_records}; report.md identical: {same_report}")
    print(
        "result-cache entries: "
        + ", ".join(f"{k} {entries.count(k)}" for k in sorted(set(entries)))
    )
    if changed_before_reruns:
        print(
            "WARNING: policytext's code changed during the benchmark: the re-runs missed the cache"
        )
    elif code_fingerprint.__wrapped__() != fingerprint:
        print("WARNING: policytext's code changed before the last run: it analysed every document")
    return 0


if __name__ == "__main__":
    sys.exit(main())
