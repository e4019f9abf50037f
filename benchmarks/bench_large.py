"""A very large document through policytext: time and peak memory, in a fresh process.

Builds one ``.txt`` document of ``--mb`` MiB (default 20) from the documents of
``../shared/corpus`` (else the demo corpus), paragraphs separated by blank lines, in a
temporary folder whose name has a space and Chinese characters, then runs in a child
process either

- the reading stages (default): ``read_document`` → ``normalize_in_chunks`` (pieces of
  ``NORMALIZE_CHUNK`` characters) → ``split_blocks`` (repair is skipped beyond
  ``REPAIR_MAX_BLOCKS``) → ``parse_structure``; or
- ``--full``: ``policytext analyze FILE -o OUT`` (the whole pipeline with spaCy, pkuseg,
  entities and measures; chunked at ``nlp.max_length``).

and prints the wall-clock time of each stage and the child's peak RSS (``VmHWM``).

    python benchmarks/bench_large.py                 # 20 MiB, reading stages
    python benchmarks/bench_large.py --mb 0.25 --full
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

CHILD = r"""
import json, resource, sys, time
t = {}
t0 = time.perf_counter()
from policytext.io import read_document
from policytext.analysis import normalize_in_chunks
from policytext.repair import split_blocks
from policytext.structure import parse_structure
path, full = sys.argv[1], sys.argv[2] == "1"
t["import_s"] = time.perf_counter() - t0
if full:
    from policytext.cli import main
    t0 = time.perf_counter()
    code = main(["analyze", path, "-o", sys.argv[3], "-q"])
    t["analyze_s"] = time.perf_counter() - t0
    t["exit_code"] = code
else:
    t0 = time.perf_counter(); doc = read_document(path); t["read_s"] = time.perf_counter() - t0
    t0 = time.perf_counter(); norm = normalize_in_chunks(doc.text)
    t["normalise_s"] = time.perf_counter() - t0
    t0 = time.perf_counter(); blocks = split_blocks(norm.text)
    t["blocks_s"] = time.perf_counter() - t0
    t0 = time.perf_counter(); s = parse_structure(norm.text)
    t["structure_s"] = time.perf_counter() - t0
    t.update(chars=len(doc.text), chunks=norm.changes["chunks"], blocks=len(blocks),
             sentences=len(s.sentences), sections=len(s.sections))
try:  # this process's own peak; ru_maxrss can carry over the forking parent's peak
    hwm = next(line for line in open("/proc/self/status") if line.startswith("VmHWM:"))
    t["peak_rss_mib"] = int(hwm.split()[1]) // 1024
except OSError:
    t["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print(json.dumps(t))
"""


def _source_text() -> str:
    folder = SHARED / "corpus" if (SHARED / "corpus").is_dir() else REPO / "corpora" / "demo"
    from policytext.io import RawDocument, iter_documents

    docs = [d.text for d in iter_documents(folder) if isinstance(d, RawDocument)]
    return "\n\n".join(docs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=20.0, help="document size in MiB (UTF-8)")
    ap.add_argument("--full", action="store_true", help="run the whole `policytext analyze`")
    args = ap.parse_args()
    text = _source_text().encode()
    target = int(args.mb * 2**20)
    with tempfile.TemporaryDirectory(prefix="policytext bench 大文件 ") as tmp:
        path = Path(tmp) / "大 文件.txt"
        with path.open("wb") as f:
            written = 0
            while written < target:
                piece = text[: target - written]
                piece = piece[: len(piece.decode("utf-8", "ignore").encode())]
                f.write(piece + b"\n\n")
                written += len(piece) + 2
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(path), "1" if args.full else "0", f"{tmp}/o.jsonl"],
            capture_output=True,
            text=True,
            check=False,
            env={"PYTHONPATH": str(REPO), "PATH": ""},
        )
        if out.returncode:
            sys.exit(out.stderr)
        result = {"mib": round(path.stat().st_size / 2**20, 2), **json.loads(out.stdout)}
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
