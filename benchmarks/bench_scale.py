"""Scale benchmark: a synthetic corpus of any size, end to end, per stage, 1 and 2 processes.

Builds ``--docs`` synthetic documents from the demo corpus (every sentence recombined and
perturbed: numbers, places and years substituted, clauses shuffled and swapped between
sentences; the measured sentence repeat rate is printed) and runs, each in a fresh process
so that peak RSS belongs to one configuration:

- ``bare``: the pkuseg segmenter alone (``spacy_pkuseg`` ``cut``, with and without the
  policy user dictionary) on the read text — the floor cost; and policytext's array-based
  cut of the same model (``policytext.fastseg``, which ``e2e`` uses), checked to give the
  same words;
- ``e2e-1`` / ``e2e-2``: ``policytext.process(corpus, out.jsonl, n_process=1|2,
  cache=False)`` — everything up to the analysed JSON;
- ``stages``: the same work timed stage by stage (read, normalise, repair, segment, each
  spaCy component, record) on the first ``--stage-docs`` documents, then themes and the
  network on their records;
- ``jieba``: the usual researcher script (jieba segmentation, scikit-learn TF-IDF + KMeans).

    python benchmarks/bench_scale.py --docs 1000 --json out.json
    python benchmarks/bench_scale.py --docs 200 --only bare,e2e-1
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "corpora" / "demo"
MODES = ("bare", "e2e-1", "e2e-2", "stages", "jieba")

PLACES = [
    f"{a}{b}"
    for a in ("河南", "山东", "河北", "江苏", "浙江", "湖北", "湖南", "四川", "广东", "福建")
    for b in ("省", "")
] + [
    f"{c}市"
    for c in (
        "郑州 洛阳 开封 济南 青岛 烟台 石家庄 承德 南京 苏州 无锡 杭州 宁波 温州 武汉 宜昌 "
        "长沙 株洲 成都 绵阳 广州 深圳 佛山 福州 厦门 泉州 合肥 芜湖 南昌 赣州 太原 大同 "
        "西安 宝鸡 兰州 天水 昆明 曲靖 贵阳 遵义 南宁 柳州 海口 三亚 沈阳 大连 长春 吉林"
    ).split()
]
_PLACE_RE = re.compile(
    r"(河南省|河南|郑州市|郑州|上海市|上海|北京市|北京|[\u4e00-\u9fff]{2}(?:省|市|县|区))"
)
_NUM_RE = re.compile(r"\d+(?:\.\d+)?")
_SENT_RE = re.compile(r"[^。！？；\n]+[。！？；]?")


def _demo_texts() -> list[str]:
    from policytext.io import RawDocument, iter_documents

    return [d.text for d in iter_documents(DEMO) if isinstance(d, RawDocument)]


def _perturb(sentence: str, rng: random.Random, pool: list[str]) -> str:
    s = _PLACE_RE.sub(lambda m: rng.choice(PLACES), sentence)
    s = _NUM_RE.sub(lambda m: str(rng.randint(2, 2999)), s)
    end = s[-1] if s and s[-1] in "。！？；" else ""
    body = s[:-1] if end else s
    clauses = [c for c in body.split("，") if c]
    if not clauses:
        return s
    if len(clauses) > 1:
        rng.shuffle(clauses)
        clauses[rng.randrange(len(clauses))] = rng.choice(pool)
    i = rng.randrange(len(clauses))
    if len(clauses[i]) > 12 and rng.random() < 0.5:  # a place inside a long clause
        cut = rng.randrange(2, len(clauses[i]) - 2)
        clauses[i] = clauses[i][:cut] + rng.choice(PLACES) + clauses[i][cut:]
    else:  # short lines and headings vary too
        clauses[i] += rng.choice(["工作", "任务", "举措", "机制", "要求", "事项"]) + rng.choice(
            PLACES
        )
    return "，".join(clauses) + end


def build_corpus(out: Path, n_docs: int, seed: int = 0) -> dict[str, Any]:
    """Write ``n_docs`` synthetic ``.txt`` documents; return their description."""
    rng = random.Random(seed)
    templates = _demo_texts()
    pool = [
        c
        for t in templates
        for s in _SENT_RE.findall(t)
        for c in s.rstrip("。！？；").split("，")
        if len(c) > 3
    ]
    seen: Counter[str] = Counter()
    made: set[str] = set()
    chars = 0
    for i in range(n_docs):
        lines = []
        for line in templates[i % len(templates)].splitlines():
            parts: list[str] = []
            for s in _SENT_RE.findall(line):
                new = _perturb(s, rng, pool)
                for _ in range(10):  # a sentence already made: perturb again
                    if new.strip() not in made:
                        break
                    new = _perturb(s, rng, pool)
                made.add(new.strip())
                parts.append(new)
            lines.append("".join(parts))
        text = "\n".join(lines) + "\n"
        (out / f"{i:06d}.txt").write_text(text, encoding="utf-8")
        chars += len(text)
        seen.update(s.strip() for s in _SENT_RE.findall(text) if s.strip())
    total = sum(seen.values())
    repeats = total - len(seen)
    return {"docs": n_docs, "chars": chars, "sentences": total, "repeat_rate": repeats / total}


# --------------------------------------------------------------------------- children


def _peak_mb() -> dict[str, float]:
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    hwm = own
    try:
        for line in open("/proc/self/status", encoding="ascii"):
            if line.startswith("VmHWM:"):
                hwm = int(line.split()[1]) / 1024
    except OSError:
        pass
    return {"peak_rss_mb": hwm, "peak_rss_workers_mb": kids}


def child(mode: str, corpus: Path, stage_docs: int) -> dict[str, Any]:
    paths = sorted(corpus.glob("*.txt"))
    res: dict[str, Any] = {"mode": mode, "docs": len(paths)}
    if mode == "bare":
        from policytext.pipeline import load

        # spacy-pkuseg's own cut (with the policy user dictionary): the floor cost
        nlp = load(components=(), fast_segmenter=False)
        seg = nlp.tokenizer.pkuseg_seg  # type: ignore[attr-defined]
        texts = [p.read_text(encoding="utf-8") for p in paths]
        res["chars"] = sum(len(t) for t in texts)
        # each cut timed alone; its words kept as a digest (not the lists: 20M characters of
        # words would dominate this child's peak RSS)
        plain_digests, seconds = [], 0.0
        for t in texts:
            t0 = time.perf_counter()
            words = seg.cut(t)
            seconds += time.perf_counter() - t0
            plain_digests.append(hash(tuple(words)))
        res["seconds"] = seconds
        # policytext's array-based cut of the same model (policytext.fastseg), same words
        from policytext.fastseg import accelerate

        fast = accelerate(seg, _model_dir())  # the same segmenter object, its cut replaced
        same, seconds = True, 0.0
        for t, digest in zip(texts, plain_digests, strict=True):
            t0 = time.perf_counter()
            words = fast.cut(t)
            seconds += time.perf_counter() - t0
            same = same and hash(tuple(words)) == digest
        res["fast_seconds"] = seconds
        res["fast_same_words"] = same
        import spacy_pkuseg

        plain = spacy_pkuseg.pkuseg(str(_model_dir()), user_dict="default")  # no policy terms
        t0 = time.perf_counter()
        for t in texts[: max(1, len(texts) // 5)]:
            plain.cut(t)
        res["no_user_dict_chars_per_s"] = sum(len(t) for t in texts[: max(1, len(texts) // 5)]) / (
            time.perf_counter() - t0
        )
    elif mode.startswith("e2e"):
        import policytext
        from policytext.streaming import PipelineSpec

        n = int(mode.split("-")[1])
        chars = sum(len(p.read_text(encoding="utf-8")) for p in paths)
        res["chars"] = chars
        t0 = time.perf_counter()
        nlp: Any = PipelineSpec().load() if n == 1 else None
        res["load_s"] = time.perf_counter() - t0
        t1 = time.perf_counter()
        with tempfile.TemporaryDirectory() as tmp:
            out = policytext.process(
                corpus, Path(tmp) / "r.jsonl", nlp=nlp, n_process=n, cache=False, progress=False
            )
        res["seconds"] = time.perf_counter() - t1
        res["wall_s"] = time.perf_counter() - t0
        res["counts"] = out.counts  # type: ignore[union-attr]
    elif mode == "stages":
        res.update(_stages(paths[:stage_docs]))
    elif mode == "jieba":
        import jieba
        from sklearn.cluster import KMeans
        from sklearn.feature_extraction.text import TfidfVectorizer

        jieba.initialize()
        t0 = time.perf_counter()
        texts = [p.read_text(encoding="utf-8") for p in paths]
        toks = [jieba.lcut(t) for t in texts]
        res["segment_s"] = time.perf_counter() - t0
        X = TfidfVectorizer(analyzer=lambda x: x).fit_transform(toks)
        KMeans(n_clusters=10, n_init=3, random_state=0).fit(X)
        res["seconds"] = time.perf_counter() - t0
        res["chars"] = sum(len(t) for t in texts)
    res.update(_peak_mb())
    return res


def _model_dir() -> Path:
    from policytext.models import resolve_model

    return resolve_model(download=False)


def _stages(paths: list[Path]) -> dict[str, Any]:
    from policytext.analysis import analyze_document, normalize_in_chunks
    from policytext.io import read_document
    from policytext.pipeline import load
    from policytext.repair import repair_reading_order

    nlp = load()
    t: Counter[str] = Counter()
    chars = 0
    records = []
    for p in paths:
        t0 = time.perf_counter()
        raw = read_document(p)
        t["read"] += time.perf_counter() - t0
        chars += len(raw.text)
        t0 = time.perf_counter()
        text = normalize_in_chunks(raw.text).text
        t["normalise"] += time.perf_counter() - t0
        t0 = time.perf_counter()
        text = repair_reading_order(text).text
        t["repair"] += time.perf_counter() - t0
        t0 = time.perf_counter()
        doc = nlp.make_doc(text)
        t["segment (pkuseg, fastseg)"] += time.perf_counter() - t0
        for name, proc in nlp.pipeline:
            t0 = time.perf_counter()
            doc = proc(doc)
            t[name] += time.perf_counter() - t0
        t0 = time.perf_counter()
        record = analyze_document(raw, nlp)
        t["whole analyze_document"] += time.perf_counter() - t0
        t0 = time.perf_counter()
        record.to_json()
        t["to JSON"] += time.perf_counter() - t0
        records.append(record)
    from policytext.network import build_network
    from policytext.themes import ThemeModel

    t0 = time.perf_counter()
    model = ThemeModel(n_themes="auto", random_state=0).fit(records)
    t["themes (fit)"] += time.perf_counter() - t0
    t0 = time.perf_counter()
    build_network(records, themes=model)
    t["network"] += time.perf_counter() - t0
    return {
        "chars": chars,
        "stage_docs": len(paths),
        "measures": sum(len(r.measures) for r in records),
        "stages": {
            k: {"s": v, "chars_per_s": chars / v, "docs_per_s": len(paths) / v}
            for k, v in t.items()
        },
    }


def run_child(mode: str, corpus: Path, stage_docs: int) -> dict[str, Any]:
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        mode,
        str(corpus),
        str(stage_docs),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode:
        sys.stderr.write(proc.stderr[-3000:])
        raise SystemExit(f"{mode} failed")
    return json.loads(proc.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--only", default=",".join(MODES), help=f"modes, from {','.join(MODES)}")
    ap.add_argument("--stage-docs", type=int, default=200)
    ap.add_argument("--json", help="write the results to this file")
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child[0], Path(args.child[1]), int(args.child[2]))))
        return 0
    modes = [m for m in args.only.split(",") if m]
    with tempfile.TemporaryDirectory(prefix="policytext-scale-") as tmp:
        corpus = build_corpus(Path(tmp), args.docs)
        print(
            f"corpus: {corpus['docs']:,} docs, {corpus['chars']:,} chars, {corpus['sentences']:,} "
            f"sentences, repeat rate {corpus['repeat_rate']:.2%}",
            flush=True,
        )
        results: dict[str, Any] = {"corpus": corpus}
        for mode in modes:
            r = run_child(mode, Path(tmp), args.stage_docs)
            results[mode] = r
            if "seconds" in r:
                print(
                    f"{mode:7} {r['seconds']:8.1f} s  {r['chars'] / r['seconds']:>10,.0f} chars/s  "
                    f"{r['docs'] / r['seconds']:8.1f} docs/s  peak RSS {r['peak_rss_mb']:,.0f} MiB"
                    + (f" (workers {r['peak_rss_workers_mb']:,.0f})" if mode == "e2e-2" else ""),
                    flush=True,
                )
            if mode == "bare":
                print(
                    f"  policytext array cut (fastseg) {r['chars'] / r['fast_seconds']:>10,.0f} "
                    f"chars/s ({r['seconds'] / r['fast_seconds']:.1f}x), same words: "
                    f"{r['fast_same_words']}; no user dictionary "
                    f"{r['no_user_dict_chars_per_s']:,.0f} chars/s",
                    flush=True,
                )
            if mode == "stages":
                for name, s in r["stages"].items():
                    print(
                        f"  {name:24} {s['s']:7.2f} s {s['chars_per_s']:>12,.0f} chars/s "
                        f"{s['docs_per_s']:8.1f} docs/s",
                        flush=True,
                    )
    if "bare" in results and "e2e-1" in results:
        e2e = results["e2e-1"]["chars"] / results["e2e-1"]["seconds"]
        bare = results["bare"]["chars"] / results["bare"]["seconds"]
        results["e2e_over_bare"] = e2e / bare
        print(f"end-to-end / bare pkuseg throughput (1 process): {e2e / bare:.2f}")
    if "e2e-1" in results and "e2e-2" in results:
        results["speedup_2"] = results["e2e-1"]["wall_s"] / results["e2e-2"]["wall_s"]
        print(f"2-process speed-up (wall, model loads included): {results['speedup_2']:.2f}")
    if "jieba" in results and "e2e-1" in results:
        results["jieba_over_e2e"] = results["e2e-1"]["seconds"] / results["jieba"]["seconds"]
        print(
            f"jieba+TF-IDF/KMeans baseline is {results['jieba_over_e2e']:.1f}x faster than policytext"
        )
    if args.json:
        Path(args.json).write_text(
            json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
