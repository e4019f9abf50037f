"""Throughput and peak memory of reading + normalising + segmenting a corpus.

For each segmenter (``pkuseg``, ``jieba``, optionally ``char``) a fresh Python process
loads ``policytext.load(segmenter, components=())`` and then, for every document of a
generated corpus of at least ``--chars`` characters, runs::

    raw = policytext.io.read_document(path)
    text = policytext.normalization.normalize(raw.text).text
    doc = nlp.make_doc(text)          # tokenizer only

It reports the model load time and the processing time separately, characters per
second (source characters / processing time), peak RSS of the process
(``ru_maxrss``), and the number and mean length of the (non-whitespace) tokens.

The corpus is built at run time in a temporary folder from real text: the ``.txt``
files of ``../shared/corpus/`` and ``../shared/seeds/`` beside the checkout when
present, else the bundled demo corpus ``corpora/demo/``. Each copy of a document has
its lines rotated (then shuffled with a fixed seed once the rotations run out), so no
two files hold the same text.

Usage::

    python benchmarks/bench_segment.py                      # 1M chars, pkuseg + jieba + char
    python benchmarks/bench_segment.py --chars 200000 --segmenters jieba,char --repeat 3
    python benchmarks/bench_segment.py --json results.json  # table, and JSON to a file
    python benchmarks/bench_segment.py --json               # JSON on stdout only
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEMO = REPO / "corpora" / "demo"
ALL_SEGMENTERS = ("pkuseg", "jieba", "char")

COLUMNS = [
    ("segmenter", "{}"),
    ("chars", "{:,}"),
    ("docs", "{:,}"),
    ("load_s", "{:.2f}"),
    ("process_s", "{:.2f}"),
    ("chars_per_s", "{:,.0f}"),
    ("peak_rss_mb", "{:.0f}"),
    ("tokens", "{:,}"),
    ("mean_token_len", "{:.2f}"),
    ("read_s", "{:.2f}"),
    ("normalize_s", "{:.2f}"),
    ("segment_s", "{:.2f}"),
]


# --------------------------------------------------------------------------- corpus


def source_texts() -> tuple[str, list[tuple[str, str]]]:
    """(description, [(id, text), ...]) of the real documents the corpus is built from."""
    from policytext.io import RawDocument, iter_documents

    folders = [SHARED / "corpus", SHARED / "seeds"]
    texts: list[tuple[str, str]] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.txt")):
            for item in iter_documents(path):
                if isinstance(item, RawDocument) and item.text.strip():
                    texts.append((f"{folder.name}/{item.id}", item.text))
    if texts:
        return "../shared/corpus + ../shared/seeds (*.txt)", texts
    for item in iter_documents(DEMO):
        if isinstance(item, RawDocument) and item.text.strip():
            texts.append((item.id, item.text))
    if not texts:
        raise SystemExit(f"no readable source text in {SHARED} or {DEMO}")
    return "corpora/demo (bundled)", texts


def variant(text: str, k: int) -> str:
    """Copy ``k`` of ``text``: lines rotated by ``k``, or shuffled (seed ``k``) beyond that."""
    lines = [ln if ln.endswith("\n") else ln + "\n" for ln in text.splitlines(keepends=True)]
    n = len(lines)
    if n < 2:
        return text
    if k < n:
        lines = lines[k:] + lines[:k]
    else:
        random.Random(k).shuffle(lines)
    return "".join(lines)


def build_corpus(out_dir: Path, target_chars: int) -> dict[str, Any]:
    """Write UTF-8 .txt copies of the source texts into ``out_dir`` until ``target_chars``."""
    desc, texts = source_texts()
    total = 0
    n_files = 0
    seen: set[str] = set()
    k = 0
    while total < target_chars:
        for doc_id, text in texts:
            body = variant(text, k)
            digest = hashlib.sha1(body.encode("utf-8")).hexdigest()
            bump = 0
            while digest in seen and bump < 50:  # rare: a shuffle repeated a rotation
                bump += 1
                body = variant(text, k + 10_000 * bump)
                digest = hashlib.sha1(body.encode("utf-8")).hexdigest()
            seen.add(digest)
            name = f"{n_files:05d}_{doc_id.replace('/', '_')}.txt"
            (out_dir / name).write_text(body, encoding="utf-8")
            total += len(body)
            n_files += 1
            if total >= target_chars:
                break
        k += 1
    return {
        "source": desc,
        "source_docs": len(texts),
        "source_chars": sum(len(t) for _, t in texts),
        "files": n_files,
        "distinct_files": len(seen),
        "chars": total,
    }


# --------------------------------------------------------------------------- child


def _vmrss_mb() -> float | None:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def child(segmenter: str, corpus_dir: Path) -> dict[str, Any]:
    """Measure one segmenter in this (fresh) process; return the figures."""
    import resource

    t0 = time.perf_counter()
    import spacy.lang.zh  # noqa: F401  (import cost reported apart from the model load)

    from policytext.io import read_document
    from policytext.normalization import normalize
    from policytext.pipeline import load

    import_s = time.perf_counter() - t0
    rss_import = _vmrss_mb()

    t0 = time.perf_counter()
    nlp = load(segmenter, components=(), download=False)
    nlp.make_doc("关于开展示范工作的通知")  # jieba builds its prefix dictionary on first use
    load_s = time.perf_counter() - t0
    rss_loaded = _vmrss_mb()

    paths = sorted(corpus_dir.glob("*.txt"))
    chars = tokens = token_chars = 0
    read_s = normalize_s = segment_s = 0.0
    for path in paths:
        t0 = time.perf_counter()
        raw = read_document(path)
        t1 = time.perf_counter()
        text = normalize(raw.text).text
        t2 = time.perf_counter()
        doc = nlp.make_doc(text)
        t3 = time.perf_counter()
        read_s += t1 - t0
        normalize_s += t2 - t1
        segment_s += t3 - t2
        chars += len(raw.text)
        for tok in doc:  # counted outside the timed region
            if not tok.is_space:
                tokens += 1
                token_chars += len(tok.text)
    process_s = read_s + normalize_s + segment_s
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KB on Linux
    return {
        "segmenter": segmenter,
        "chars": chars,
        "docs": len(paths),
        "import_s": import_s,
        "load_s": load_s,
        "process_s": process_s,
        "chars_per_s": chars / process_s if process_s else float("nan"),
        "read_s": read_s,
        "normalize_s": normalize_s,
        "segment_s": segment_s,
        "peak_rss_mb": peak_kb / 1024,
        "rss_after_import_mb": rss_import,
        "rss_after_load_mb": rss_loaded,
        "tokens": tokens,
        "mean_token_len": token_chars / tokens if tokens else float("nan"),
    }


def run_child(segmenter: str, corpus_dir: Path) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", segmenter, str(corpus_dir)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"benchmark of {segmenter!r} failed (exit {proc.returncode})")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------- parent


def pkuseg_available() -> str | None:
    """None when the pkuseg model is provisioned, else the reason it is not."""
    from policytext.models import ModelError, resolve_model

    try:
        resolve_model(download=False)
    except ModelError as exc:
        return str(exc)
    return None


def best_of(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Fastest load and processing times over the runs; the largest peak RSS."""
    row = dict(min(runs, key=lambda r: r["process_s"]))
    row["load_s"] = min(r["load_s"] for r in runs)
    row["import_s"] = min(r["import_s"] for r in runs)
    row["peak_rss_mb"] = max(r["peak_rss_mb"] for r in runs)
    row["runs"] = len(runs)
    row["process_s_all"] = [r["process_s"] for r in runs]
    if len({(r["tokens"], r["chars"]) for r in runs}) != 1:
        row["warning"] = "token counts differ between runs"
    return row


def format_table(rows: list[dict[str, Any]]) -> str:
    cells = [[name for name, _ in COLUMNS]]
    for row in rows:
        cells.append([fmt.format(row[name]) for name, fmt in COLUMNS])
    widths = [max(len(r[i]) for r in cells) for i in range(len(COLUMNS))]
    lines = []
    for r in cells:
        padded = [
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(r, widths, strict=True))
        ]
        lines.append("  ".join(padded))
    return "\n".join(lines)


def versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {"python": platform.python_version()}
    for pkg in ("policytext", "spacy", "spacy-pkuseg", "jieba"):
        try:
            out[pkg] = version(pkg)
        except PackageNotFoundError:
            out[pkg] = "not installed"
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--chars", type=int, default=1_000_000, help="corpus size (default 1e6)")
    ap.add_argument(
        "--segmenters",
        default=",".join(ALL_SEGMENTERS),
        help="comma-separated, from pkuseg,jieba,char (default: all three)",
    )
    ap.add_argument("--repeat", type=int, default=1, help="runs per segmenter; best is reported")
    ap.add_argument(
        "--json",
        nargs="?",
        const="-",
        metavar="PATH",
        help="write results as JSON to PATH (table still printed); without PATH: JSON on stdout",
    )
    ap.add_argument("--child", nargs=2, metavar=("SEGMENTER", "DIR"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.child:
        print(json.dumps(child(args.child[0], Path(args.child[1]))))
        return 0

    segmenters = [s.strip() for s in args.segmenters.split(",") if s.strip()]
    unknown = sorted(set(segmenters) - set(ALL_SEGMENTERS))
    if unknown:
        ap.error(f"unknown segmenter(s) {', '.join(unknown)}: choose from pkuseg,jieba,char")
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")
    skipped: dict[str, str] = {}
    if "pkuseg" in segmenters:
        reason = pkuseg_available()
        if reason:
            print(f"skipping pkuseg: the model is not provisioned. {reason}", file=sys.stderr)
            skipped["pkuseg"] = reason
            segmenters.remove("pkuseg")
    to_stdout = args.json == "-"
    log = sys.stderr if to_stdout else sys.stdout

    with tempfile.TemporaryDirectory(prefix="policytext-bench-") as tmp:
        corpus = build_corpus(Path(tmp), args.chars)
        print(
            f"corpus: {corpus['files']} files ({corpus['distinct_files']} distinct), "
            f"{corpus['chars']:,} chars, from {corpus['source_docs']} documents "
            f"({corpus['source_chars']:,} chars) of {corpus['source']}",
            file=log,
        )
        runs: dict[str, list[dict[str, Any]]] = {s: [] for s in segmenters}
        for i in range(args.repeat):  # interleaved, so machine drift hits all alike
            for seg in segmenters:
                r = run_child(seg, Path(tmp))
                runs[seg].append(r)
                print(
                    f"  run {i + 1}/{args.repeat} {seg}: load {r['load_s']:.2f}s, "
                    f"process {r['process_s']:.2f}s",
                    file=log,
                )
    rows = [best_of(runs[s]) for s in segmenters]

    result = {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "processor": platform.processor() or platform.machine(),
        },
        "versions": versions(),
        "repeat": args.repeat,
        "corpus": corpus,
        "skipped": skipped,
        "results": rows,
    }
    if to_stdout:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    print()
    print(format_table(rows))
    print(
        f"\nbest of {args.repeat} run(s) per segmenter, each in a fresh process; "
        "process_s = read_s + normalize_s + segment_s; chars_per_s = chars / process_s; "
        "load_s excludes the import of spaCy"
    )
    if args.json:
        Path(args.json).write_text(
            json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        print(f"JSON written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
