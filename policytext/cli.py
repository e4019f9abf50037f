"""Command line: ``policytext analyze | models | demo | themes | graph | report | evaluate``
(also ``python -m policytext``)."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import __version__


def _cmd_analyze(args: argparse.Namespace) -> int:
    from .analysis import analyze, finish_run, manifest_path
    from .streaming import lazy_load

    nlp = lazy_load(  # loaded on the first document the record cache does not hold
        args.segmenter,
        model=args.model,
        user_dict=args.user_dict or "default",
        instruments=args.instruments,
        instrument_model=args.instrument_model,
        detection=args.detection,
        measure_model=args.measure_model,
    )
    if args.max_length:
        nlp.max_length = args.max_length
    result = analyze(
        args.paths,
        args.output,
        nlp=nlp,
        repair=not args.no_repair,
        progress=not args.quiet,
        text_column=args.text_column,
        mask_personal_data=args.mask_personal_data,
        keep_records=False,  # written as they come: memory does not grow with the corpus
    )
    return finish_run(
        result.manifest,
        command="analyze",
        output=args.output,
        manifest=manifest_path(args.output),
        strict=args.strict,
    )


def _cmd_models(args: argparse.Namespace) -> int:
    from . import models

    try:
        if args.action == "download":
            if args.from_sdist:
                info = models.provision_from_sdist(args.from_sdist)
            else:
                path = models.resolve_model(args.path, online=not args.no_online)
                info = models.load_info(path)
            print(f"pkuseg model ready at {info.path} (from {info.origin})")
        elif args.action == "info":
            path = models.resolve_model(args.path, download=False)
            info = models.load_info(path)
            if args.json:
                print(json.dumps(info.to_dict(), ensure_ascii=False, indent=2))
            else:
                print(f"model:    {info.name}")
                print(f"path:     {info.path}")
                print(f"origin:   {info.origin}")
                print(f"source:   {info.source_url or '-'}")
                print(f"sha256:   {info.artefact_sha256 or '-'} (downloaded artefact)")
                for f, h in info.files_sha256.items():
                    print(f"          {h}  {f}")
                print(f"licence:  {info.licence}")
        elif args.action == "convert":
            info = models.convert_model_dir(args.src, args.dst)
            print(f"converted {args.src} → {info.path} (features.msgpack, no pickle)")
    except models.ModelError as exc:
        print(f"policytext: {exc}", file=sys.stderr)
        return 2
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    """Run the main job on the bundled demo corpus."""
    from .analysis import analyze
    from .document import entities_frame, records_frame
    from .pipeline import load

    corpus = Path(args.corpus)
    if not corpus.exists():
        print(f"policytext: demo corpus not found at {corpus}", file=sys.stderr)
        return 2
    out = Path(args.output)
    out.mkdir(parents=True, exist_ok=True)
    result = analyze(corpus, out / "records.jsonl", nlp=load(), progress=not args.quiet)
    import pandas as pd

    with pd.option_context("display.width", 160, "display.max_colwidth", 40):
        print(records_frame(result.records).drop(columns=["source"]).to_string(index=False))
        ents = entities_frame(result.records)
        if len(ents):
            print("\nEntity mentions per document and label:")
            print(pd.crosstab(ents["doc"], ents["label"]).to_string())
            top = ents[ents["label"].isin(["ORG", "FIRM"])].groupby("canonical").size()
            print("\nMost mentioned organisations and firms (canonical names):")
            print(top.sort_values(ascending=False).head(10).to_string())
        _print_measure_overview(result.records)
    counts = Counter(m.status for m in result.manifest)
    print(
        f"\n{counts['processed']} processed, {counts['skipped']} skipped, {counts['failed']} "
        f"failed; records in {out / 'records.jsonl'}"
    )
    if result.records and not args.no_report:
        from .report import report

        # themes, network and governance of the same records: the report a researcher reads
        report(list(result.records), out / "report", progress=not args.quiet, command="demo")
        print(f"report: {out / 'report' / 'index.html'} (and report.md)")
    return 0 if counts["failed"] == 0 and counts["processed"] else 1


def _print_measure_overview(records: Sequence[Any]) -> None:
    """Instrument mix per document and the bodies that lead most measures."""
    import pandas as pd

    rows = [
        {"doc": r.id, "type": (m.get("instrument") or {}).get("type") or "-"}
        for r in records
        for m in r.measures
    ]
    if not rows:
        return
    print("\nMeasures per document and policy-instrument type:")
    frame = pd.DataFrame(rows)
    print(pd.crosstab(frame["doc"], frame["type"], margins=True, margins_name="all").to_string())
    leads = pd.Series(
        [
            a.get("canonical") or a.get("text")
            for r in records
            for m in r.measures
            for a in m.get("actors", [])
            if a.get("role") == "lead" and not a.get("implied")
        ],
        dtype=object,
    )
    if len(leads):
        print("\nBodies leading most measures:")
        print(leads.value_counts().head(8).to_string())


def _cmd_evaluate(args: argparse.Namespace) -> int:
    """Score entities or measures against a gold folder; print the tables."""
    import pandas as pd

    from .evaluate import evaluate_entities, evaluate_measures, evaluate_network
    from .pipeline import load

    runs: dict[str, Any] = {"measures": evaluate_measures, "network": evaluate_network}
    run = runs.get(args.task, evaluate_entities)
    try:
        nlp = load(
            args.segmenter,
            model=args.model,
            instruments=args.instruments,
            instrument_model=args.instrument_model,
            detection=args.detection,
            measure_model=args.measure_model,
        )
        result = run(args.gold_dir, args.docs, nlp=nlp, split=args.split, by_doc=args.by_doc)
    except (FileNotFoundError, ValueError) as exc:
        print(f"policytext: {exc}", file=sys.stderr)
        return 2
    with pd.option_context("display.width", 200, "display.max_columns", None):
        if isinstance(result, pd.DataFrame):
            print(result.to_string(index=False))
            return 0
        for name in ("detection", "instruments", "leads", "themes"):
            if len(result[name]):
                print(f"\n{name}")
                print(result[name].to_string(index=False))
    return 0


def _cmd_themes(args: argparse.Namespace) -> int:
    """Fit themes on the measures of analysed records (or of documents analysed now)."""
    from .analysis import finish_run, manifest_path, records_for, write_manifest
    from .document import write_records
    from .themes import ThemeModel, assign_themes, measures_table

    out = Path(args.output)
    result = records_for(
        args.paths,
        segmenter=args.segmenter,
        progress=not args.quiet,
        mask_personal_data=args.mask_personal_data,
    )
    records, entries = result.records, result.manifest
    manifest = write_manifest(entries, manifest_path(out / "records.jsonl"))
    if not any(r.measures for r in records):
        finish_run(entries, command="themes", manifest=manifest)
        print("policytext: no measures in these records; nothing to cluster", file=sys.stderr)
        return 2
    n_themes: int | str = int(args.n_themes) if args.n_themes.isdigit() else args.n_themes
    # read back from <cache>/results when these measures were fitted before (--no-cache: fit)
    model = ThemeModel(n_themes=n_themes, random_state=args.random_state).fit_cached(records)
    assign_themes(records, model)
    out.mkdir(parents=True, exist_ok=True)
    info = model.get_theme_info()
    info.to_csv(out / "themes.csv", index=False, encoding="utf-8-sig")
    measures_table(records).to_csv(out / "measures.csv", index=False, encoding="utf-8-sig")
    write_records(records, out / "records.jsonl")
    _save_theme_figures(model, out)
    with _wide():
        print(info[["theme", "size", "label", "keywords"]].to_string(index=False))
    print(f"\n{model.n_themes_} themes over {len(model.labels_)} measures → {out}")
    return finish_run(entries, command="themes", output=out, manifest=manifest, strict=args.strict)


def _cmd_graph(args: argparse.Namespace) -> int:
    """Build the organisation–measure network of analysed records (or documents analysed now)."""
    from .analysis import finish_run, manifest_path, records_for, write_manifest
    from .document import write_records
    from .network import actor_table, add_actor_metrics, build_network, export_network

    out = Path(args.output)
    result = records_for(
        [Path(p) for p in args.paths],
        segmenter=args.segmenter,
        progress=not args.quiet,
        mask_personal_data=args.mask_personal_data,
    )
    records, entries = list(result.records), result.manifest
    manifest = write_manifest(entries, manifest_path(out / "records.jsonl"))
    n_measures = sum(len(r.measures) for r in records)
    if not n_measures:
        finish_run(entries, command="graph", manifest=manifest)
        print("policytext: no measures in these records; no network to build", file=sys.stderr)
        return 2
    themes = None
    if args.n_themes != "none" and n_measures >= 8:
        from .themes import ThemeModel, assign_themes

        n: int | str = int(args.n_themes) if args.n_themes.isdigit() else args.n_themes
        themes = ThemeModel(n_themes=n, random_state=args.random_state).fit(records)
        assign_themes(records, themes)
    out.mkdir(parents=True, exist_ok=True)
    write_records(records, out / "records.jsonl")
    G = build_network(records, themes=themes)
    table = actor_table(G, seed=args.random_state)
    add_actor_metrics(G, table)
    export_network(G, out, table=table)
    _save_network_figure(G, out, layout=args.layout, max_actors=args.max_actors)
    if args.html:
        from .netviz import network_html

        try:
            network_html(G, out / "graph.html")
        except ImportError as exc:
            print(f"policytext: skipped graph.html ({exc})", file=sys.stderr)
    with _wide():
        cols = ["label", "kind", "measures", "lead", "participate", "target", "betweenness"]
        print(table[cols].head(15).to_string(index=False))
    kinds = Counter(t for _, t in G.nodes(data="node_type"))
    print(
        f"\n{kinds['actor']} actors, {kinds['measure']} measures, {kinds['program']} programs, "
        f"{kinds['document']} documents, {G.number_of_edges()} edges → {out}"
    )
    return finish_run(entries, command="graph", output=out, manifest=manifest, strict=args.strict)


def _cmd_report(args: argparse.Namespace) -> int:
    """Write the theme report (index.html, report.md) of documents or analysed records."""
    import shlex

    from .analysis import finish_run, manifest_path
    from .report import report
    from .streaming import lazy_load

    n_themes: int | str = int(args.n_themes) if args.n_themes.isdigit() else args.n_themes
    argv = getattr(args, "argv", None)
    result = report(
        args.paths,
        args.output,
        nlp=lazy_load(args.segmenter),  # not loaded when every document is in the cache
        segmenter=args.segmenter,
        n_themes=n_themes,
        random_state=args.random_state,
        mask_personal_data=not args.keep_personal_data,
        max_actors=args.max_actors,
        title=args.title,
        progress=not args.quiet,
        command=shlex.join(["policytext", *argv]) if argv else None,
    )
    return finish_run(
        result.manifest,
        command="report",
        output=result.html,
        manifest=manifest_path(Path(args.output) / "records.jsonl"),
        strict=args.strict,
    )


def _save_network_figure(G: Any, out: Path, *, layout: str, max_actors: int) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from .netviz import draw_network

    ax = draw_network(G, layout=layout, max_actors=max_actors)
    ax.figure.savefig(out / "graph.png", dpi=150, bbox_inches="tight")
    plt.close(ax.figure)


def _save_theme_figures(model: object, out: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from .viz import draw_theme_sizes, draw_themes_over_time

    for name, draw in (
        ("theme_sizes", draw_theme_sizes),
        ("themes_over_time", draw_themes_over_time),
    ):
        try:
            ax = draw(model)
        except ValueError as exc:  # e.g. no dates to plot over time
            print(f"policytext: skipped {name}.png ({exc})", file=sys.stderr)
            continue
        ax.figure.savefig(out / f"{name}.png", dpi=150, bbox_inches="tight")
        plt.close(ax.figure)


def _wide() -> Any:
    import pandas as pd

    return pd.option_context("display.width", 200, "display.max_colwidth", 60)


def _add_model_options(p: argparse.ArgumentParser) -> None:
    """The learned models' options: instrument classifier and measure detection."""
    from .instruments import CLASSIFIERS, DEFAULT_CLASSIFIER
    from .measure_model import DEFAULT_DETECTION, DETECTIONS

    p.add_argument(
        "--instruments",
        default=DEFAULT_CLASSIFIER,
        choices=sorted(CLASSIFIERS, key=lambda k: k != DEFAULT_CLASSIFIER),
        help="instrument classifier: keywords + learned model (default), keywords only "
        "(every decision explained by the scheme file), or the learned model only",
    )
    p.add_argument(
        "--instrument-model",
        help="a model folder fitted on your own coding (train_instrument_model) to use "
        "instead of the bundled one",
    )
    p.add_argument(
        "--detection",
        default=DEFAULT_DETECTION,
        choices=DETECTIONS,
        help="measure detection: the rules, overruled by a learned detector where it is nearly "
        "sure (combined, default), or the rules alone",
    )
    p.add_argument(
        "--measure-model",
        help="a detector folder fitted on your own gold (train_measure_model) to use instead "
        "of the bundled one",
    )


def _add_run_options(p: argparse.ArgumentParser) -> None:
    """``--strict`` and ``--mask-personal-data``: for every command that reads documents."""
    p.add_argument(
        "--strict",
        action="store_true",
        help="exit with status 3 when any input failed (default: non-zero only when "
        "nothing could be processed); every input is listed in the manifest either way",
    )
    p.add_argument(
        "--mask-personal-data",
        action="store_true",
        help="mask phone numbers, ID numbers and e-mail addresses in every output "
        "(same length, so offsets stay valid)",
    )


def _add_scale_options(p: argparse.ArgumentParser) -> None:
    """``--n-process``, ``--batch-size``, ``--cache-dir``, ``--no-cache`` (docs/scale.md)."""
    p.add_argument(
        "--n-process",
        type=int,
        default=1,
        metavar="N",
        help="worker processes analysing documents (each loads the model once, ~1 GB "
        "with pkuseg; default 1)",
    )
    p.add_argument(
        "--batch-size",
        type=int,
        default=None,
        metavar="N",
        help="documents sent to a worker at a time (default 16)",
    )
    p.add_argument(
        "--cache-dir",
        help="record cache folder (default: <user cache dir>/records); unchanged documents "
        "are read from it instead of being analysed again",
    )
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")


def _scale_settings(args: argparse.Namespace) -> Any:
    """Apply the scale options of ``args`` as run defaults; return a function restoring them."""
    if not hasattr(args, "n_process"):
        return lambda: None
    from .cache import default_cache_state, restore_default_cache, set_default_cache
    from .streaming import configure

    if args.n_process < 1 or (args.batch_size is not None and args.batch_size < 1):
        raise SystemExit("policytext: --n-process and --batch-size must be at least 1")
    state = default_cache_state()
    set_default_cache(False if args.no_cache else (args.cache_dir or True))
    previous = configure(n_process=args.n_process, batch_size=args.batch_size)

    def restore() -> None:
        restore_default_cache(state)
        configure(**previous)

    return restore


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="policytext",
        description="Analyse Chinese government policy documents.",
    )
    parser.add_argument("--version", action="version", version=f"policytext {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser(
        "analyze",
        help="analyse documents into JSON records",
        description="Read files or folders (txt docx pdf html jsonl csv), normalise, repair "
        "reading order, recover structure, segment; write one JSON record per document "
        "and OUT.manifest.jsonl listing every input with its status.",
    )
    p.add_argument("paths", nargs="+", help="files or folders (folders are read recursively)")
    p.add_argument("-o", "--output", required=True, help="output JSONL file")
    p.add_argument("--segmenter", default="pkuseg", choices=["pkuseg", "jieba", "char"])
    p.add_argument("--model", help="pkuseg model directory (default: provisioned automatically)")
    p.add_argument(
        "--user-dict",
        action="append",
        help="segmentation dictionary file(s) to use instead of the bundled one (repeatable)",
    )
    p.add_argument("--text-column", help="text column of jsonl/csv inputs (default: auto)")
    p.add_argument("--no-repair", action="store_true", help="do not repair PDF reading order")
    p.add_argument("--max-length", type=int, help="chunk documents longer than this (chars)")
    _add_model_options(p)
    _add_run_options(p)
    _add_scale_options(p)
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=_cmd_analyze)

    p = sub.add_parser(
        "models",
        help="provision and inspect the pkuseg model",
        description="download: resolve the pkuseg model (explicit path, $POLICYTEXT_PKUSEG_MODEL, "
        "user cache, the pkuseg==0.0.25 sdist on the package index, spacy-pkuseg's online "
        "download). info: where it came from, hashes, licence. convert: make a legacy "
        "features.pkl model safe (msgpack).",
    )
    msub = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    d = msub.add_parser("download", help="provision the model (no-op when cached)")
    d.add_argument("--path", help="use this model directory")
    d.add_argument("--from-sdist", help="provision from a downloaded pkuseg-0.0.25.tar.gz")
    d.add_argument("--no-online", action="store_true", help="never try GitHub")
    i = msub.add_parser("info", help="show the model's origin, hashes and licence")
    i.add_argument("--path", help="model directory to describe")
    i.add_argument("--json", action="store_true", help="print JSON")
    c = msub.add_parser("convert", help="convert a features.pkl model directory to msgpack")
    c.add_argument("src")
    c.add_argument("dst")
    p.set_defaults(func=_cmd_models)

    p = sub.add_parser(
        "demo",
        help="analyse the bundled demo corpus",
        description="Run the main job on corpora/demo: analyse it, print an overview table and "
        "write the theme report (OUTPUT/report/index.html and report.md).",
    )
    p.add_argument("--corpus", default=str(_default_demo()), help="corpus folder")
    p.add_argument("-o", "--output", default="out/demo", help="output folder")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.add_argument("--no-report", action="store_true", help="skip the theme report")
    p.set_defaults(func=_cmd_demo)

    p = sub.add_parser(
        "evaluate",
        help="score analysed documents against gold annotations",
        description="Find each gold file's document by file name in the --docs folders, "
        "analyse it and print per-label exact (and partial) precision, recall and F1 "
        "(GUIDELINES.md section 6 scoring).",
    )
    p.add_argument(
        "task",
        choices=["entities", "measures", "network"],
        help="what to score (network: lead edges of the organisation–measure network)",
    )
    p.add_argument("gold_dir", help="folder of gold *.json files")
    p.add_argument(
        "--docs", action="append", required=True, help="folder holding the documents (repeatable)"
    )
    p.add_argument(
        "--split",
        default="all",
        choices=["dev", "test", "all"],
        help="dev/test split of the shared gold set (other gold folders: all)",
    )
    p.add_argument("--by-doc", action="store_true", help="one block of rows per document")
    p.add_argument("--segmenter", default="pkuseg", choices=["pkuseg", "jieba", "char"])
    p.add_argument("--model", help="pkuseg model directory (default: provisioned automatically)")
    _add_model_options(p)
    p.set_defaults(func=_cmd_evaluate)

    p = sub.add_parser(
        "themes",
        help="cluster measures into themes",
        description="Fit a ThemeModel on the measures of analysed records (OUT.jsonl from "
        "`policytext analyze`) or of documents analysed now; write themes.csv, measures.csv "
        "(one row per measure with its theme), records.jsonl with each measure's theme, and "
        "theme_sizes.png / themes_over_time.png.",
    )
    p.add_argument("paths", nargs="+", help="analysed .jsonl files, or documents/folders")
    p.add_argument("-o", "--output", required=True, help="output folder")
    p.add_argument("--n-themes", default="auto", help='number of themes, or "auto" (default)')
    p.add_argument("--random-state", type=int, default=0, help="seed (same seed → same themes)")
    p.add_argument("--segmenter", default="pkuseg", choices=["pkuseg", "jieba", "char"])
    _add_run_options(p)
    _add_scale_options(p)
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=_cmd_themes)

    p = sub.add_parser(
        "graph",
        help="build the organisation–measure network",
        description="Build the network of actors, measures, programmes and documents from "
        "analysed records (OUT.jsonl from `policytext analyze`) or documents analysed now; "
        "write graph.gexf (Gephi), graph.graphml, graph.json (node-link), nodes.csv, "
        "edges.csv, actors.csv (centrality, roles, communities), graph.png, records.jsonl "
        "and records.manifest.jsonl (every input with its status).",
    )
    p.add_argument("paths", nargs="+", help="analysed .jsonl files, or documents/folders")
    p.add_argument("-o", "--output", required=True, help="output folder")
    p.add_argument(
        "--n-themes", default="auto", help='number of themes, "auto" (default) or "none"'
    )
    p.add_argument("--random-state", type=int, default=0, help="seed of themes and communities")
    p.add_argument("--layout", default="layered", choices=["layered", "force"])
    p.add_argument("--max-actors", type=int, default=40, help="actors drawn in graph.png")
    p.add_argument(
        "--html", action="store_true", help="also write graph.html, an interactive view (plotly)"
    )
    p.add_argument("--segmenter", default="pkuseg", choices=["pkuseg", "jieba", "char"])
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    _add_run_options(p)
    _add_scale_options(p)
    p.set_defaults(func=_cmd_graph)

    p = sub.add_parser(
        "report",
        help="write a theme report (self-contained index.html and report.md)",
        description="Analyse documents (or read analysed .jsonl records), fit themes, build "
        "the network and write OUT/index.html (opens offline, figures embedded), "
        "OUT/report.md with OUT/figures/*.png, OUT/methods.json (versions, model hashes, "
        "parameters, seeds, corpus hash), OUT/records.jsonl and its manifest. Phone "
        "numbers, ID numbers and e-mail addresses are masked unless --keep-personal-data.",
    )
    p.add_argument("paths", nargs="+", help="documents/folders, or analysed .jsonl files")
    p.add_argument("-o", "--output", required=True, help="report folder")
    p.add_argument("--n-themes", default="auto", help='number of themes, or "auto" (default)')
    p.add_argument("--random-state", type=int, default=0, help="seed of themes and network")
    p.add_argument("--max-actors", type=int, default=30, help="actors drawn in the network")
    p.add_argument("--title", help="report title")
    p.add_argument(
        "--keep-personal-data",
        action="store_true",
        help="do not mask phone numbers, ID numbers and e-mail addresses (masked by default)",
    )
    p.add_argument(
        "--strict",
        action="store_true",
        help="exit with status 3 when any input failed (every input is in the manifest)",
    )
    p.add_argument("--segmenter", default="pkuseg", choices=["pkuseg", "jieba", "char"])
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    _add_scale_options(p)
    p.set_defaults(func=_cmd_report)
    return parser


def _default_demo() -> Path:
    return Path(__file__).resolve().parent.parent / "corpora" / "demo"


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.argv = list(sys.argv[1:] if argv is None else argv)
    restore = _scale_settings(args)
    try:
        return int(args.func(args))
    finally:
        restore()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
