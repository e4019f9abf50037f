"""Theme reports: one self-contained HTML page and a Markdown file a researcher can work from.

:func:`report` (``policytext report PATH... -o DIR``) analyses documents (or reads analysed
records), fits a :class:`~policytext.themes.ThemeModel`, builds the organisation–measure
network and writes

``DIR/index.html``
    One file that opens offline: every figure is embedded as a base64 PNG, the CSS names the
    CJK font families to render Chinese text with, nothing is fetched from anywhere.
``DIR/report.md``
    The same content in Markdown, its figures in ``DIR/figures/*.png``.
``DIR/methods.json``
    The provenance of the run (versions, model hashes, parameters, seeds, corpus hash).
``DIR/records.jsonl`` and ``DIR/records.manifest.jsonl``
    The records the report was made from (with each measure's theme) and every input with
    its status.

The report has a corpus overview (documents, issuers, types, dates, reading-order repairs),
an entities table, the themes with keywords, sizes, instrument mix and representative
measures (each quoted with a link to its document and character offsets), the instrument
distribution, themes over time, the network figure, the actor table, the governance summary
(who leads which themes) and a methods section recording the policytext version, the pkuseg
model and its hashes, the parameters and random seeds, and a hash of the corpus, so a result
can be reproduced.

Personal data — phone numbers, ID numbers, e-mail addresses — are masked in everything the
report writes (:mod:`policytext.privacy`) unless ``mask_personal_data=False``
(``--keep-personal-data``).

With a cache (``policytext report`` uses one unless ``--no-cache``; library calls when given
``cache=`` or a default cache is set), a re-run reads unchanged documents' records, the fitted
theme model, the network's actor metrics and the figures from it, each keyed by a digest of
its exact inputs (:class:`~policytext.cache.ResultCache`): on an unchanged corpus the report
is rewritten, identical, without analysing, fitting or drawing anything.

Examples
--------
>>> from policytext.document import Record
>>> rec = Record(id="d1", source="d1.txt", text="请联系13812345678。")
>>> rec.meta["title"] = "示例通知"
>>> import tempfile
>>> out = report([rec], tempfile.mkdtemp(), progress=False)
>>> sorted(p.name for p in out.directory.iterdir())  # doctest: +NORMALIZE_WHITESPACE
['figures', 'index.html', 'methods.json', 'records.jsonl', 'records.manifest.jsonl',
 'report.md']
>>> "13812345678" in out.html.read_text(encoding="utf-8")
False
"""

from __future__ import annotations

import base64
import hashlib
import html
import io
import json
import os
import platform
import sys
import types
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__

if TYPE_CHECKING:
    import networkx as nx
    from spacy.language import Language

    from .analysis import ManifestEntry
    from .cache import RecordCache, ResultCache
    from .document import Record
    from .themes import ThemeModel

__all__ = [
    "CSS_FONT_FAMILIES",
    "Report",
    "corpus_hash",
    "draw_instrument_mix",
    "load_inputs",
    "report",
]

PathLike = str | os.PathLike[str]

CSS_FONT_FAMILIES = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "WenQuanYi Zen Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "SimHei",
)
"""CJK font families the report's CSS asks for, best first (then ``sans-serif``)."""

INSTRUMENT_COLOURS = {
    "supply": "#4C72B0",
    "environment": "#55A868",
    "demand": "#C44E52",
    "-": "#999999",
}

MIN_MEASURES_FOR_THEMES = 4
"""Fewer measures than this and the report has no theme model (nothing to cluster)."""


@dataclass
class Report:
    """What :func:`report` wrote and the objects it was made from."""

    directory: Path
    html: Path
    markdown: Path
    records: list[Record]
    manifest: list[ManifestEntry]
    themes: ThemeModel | None = None
    graph: nx.DiGraph | None = None
    methods: dict[str, Any] = field(default_factory=dict)
    figures: dict[str, Path] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    cached: dict[str, bool] = field(default_factory=dict)
    """Per cached stage (``themes``, ``actors``, ``figure:<name>``): read from the result
    cache (True) or computed and stored (False); empty without a cache."""


# --------------------------------------------------------------------------- inputs
def load_inputs(
    source: PathLike | Sequence[PathLike] | Sequence[Record],
    *,
    nlp: Language | None = None,
    segmenter: str = "pkuseg",
    progress: bool = True,
    cache: RecordCache | PathLike | bool | None = None,
) -> tuple[list[Record], list[ManifestEntry]]:
    """Records and manifest entries from records, ``.jsonl`` record files, or documents.

    ``source`` is a list of :class:`~policytext.document.Record` (copied, never changed),
    analysed ``.jsonl`` files (``policytext analyze`` output; an unreadable file is a
    ``failed`` entry), or documents and folders, analysed now with ``nlp`` (loaded with
    ``segmenter`` when None; unchanged documents come from the record ``cache``, as in
    :func:`~policytext.analysis.analyze`).
    """
    from .analysis import ManifestEntry
    from .document import Record

    if isinstance(source, str | os.PathLike):
        source = [source]
    items = list(source)
    if items and all(isinstance(r, Record) for r in items):
        copies = [Record.from_dict(json.loads(r.to_json())) for r in items]  # type: ignore[union-attr]
        return copies, [ManifestEntry(path=r.source, status="processed", id=r.id) for r in copies]
    if any(isinstance(r, Record) for r in items):
        raise TypeError("pass records or paths, not both")
    paths = [Path(p) for p in items]  # type: ignore[arg-type]
    if paths and all(p.suffix == ".jsonl" for p in paths):
        from .analysis import read_record_files

        result = read_record_files(paths)
        return result.records, result.manifest
    from .analysis import analyze

    if nlp is None:
        from .pipeline import load

        nlp = load(segmenter)
    result = analyze(paths, nlp=nlp, progress=progress, cache=cache)
    return result.records, result.manifest


def _source_file(source: str) -> Path | None:
    path = Path(source.split("#", 1)[0])
    return path if path.is_file() else None


def corpus_hash(records: Iterable[Record]) -> dict[str, Any]:
    """A hash of the corpus a result was computed from.

    Each document is hashed by the bytes of its source file when that file exists (the
    path of jsonl/csv rows without ``#row``), else by its analysed text; the corpus hash is
    the sha256 of the sorted ``name<TAB>sha256`` lines, so it does not depend on where the
    corpus lies or the order it was read in.

    Returns
    -------
    dict
        ``sha256`` (the corpus), ``files`` (``{name: {"sha256", "hashed"}}``, ``hashed`` is
        ``"file"`` or ``"text"``).

    Examples
    --------
    >>> from policytext.document import Record
    >>> a = corpus_hash([Record(id="a", source="a.txt", text="甲"), Record(id="b", source="b.txt", text="乙")])
    >>> b = corpus_hash([Record(id="b", source="b.txt", text="乙"), Record(id="a", source="a.txt", text="甲")])
    >>> a["sha256"] == b["sha256"], a["files"]["a.txt"]["hashed"]
    (True, 'text')
    """
    files: dict[str, dict[str, str]] = {}
    for rec in records:
        path = _source_file(rec.source)
        if path is not None:
            name = path.name
            if name in files and files[name]["hashed"] == "file":
                continue
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            files[name] = {"sha256": digest, "hashed": "file"}
        else:
            name = Path(rec.source).name or rec.id
            files[name] = {
                "sha256": hashlib.sha256(rec.text.encode("utf-8")).hexdigest(),
                "hashed": "text",
            }
    lines = "\n".join(f"{n}\t{files[n]['sha256']}" for n in sorted(files))
    return {"sha256": hashlib.sha256(lines.encode("utf-8")).hexdigest(), "files": files}


# --------------------------------------------------------------------------- figures
def draw_instrument_mix(records: Iterable[Any], ax: Any = None, *, font: str | None = None) -> Any:
    """Horizontal bars: measures per policy-instrument subtype, coloured by type.

    Examples
    --------
    >>> from policytext.document import Record
    >>> rec = Record(id="d", source="d.txt", text="x", measures=[
    ...     {"start": 0, "end": 1, "instrument": {"type": "supply", "subtype": "资金投入"}},
    ...     {"start": 0, "end": 1, "instrument": {"type": "supply", "subtype": "资金投入"}},
    ...     {"start": 0, "end": 1, "instrument": {"type": "demand", "subtype": "政府采购"}}])
    >>> ax = draw_instrument_mix([rec], font=None)
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['supply · 资金投入', 'demand · 政府采购']
    """
    from .viz import _apply_font, _new_ax, use_cjk_font

    counts = Counter(_instrument_of(m) for r in records for m in r.measures)
    if not counts:
        raise ValueError("no measures: nothing to draw")
    order = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    with use_cjk_font(font) as name:
        ax = _new_ax(ax, (7, 0.32 * len(order) + 1.5))
        ax.barh(
            range(len(order)),
            [n for _, n in order],
            color=[INSTRUMENT_COLOURS.get(t, "#999999") for (t, _), _ in order],
        )
        ax.set_yticks(range(len(order)), [f"{t} · {s}" if s else t for (t, s), _ in order])
        ax.invert_yaxis()
        ax.set_xlabel("措施数 (measures)")
        ax.set_title("政策工具分布 (policy instruments)")
        _apply_font(ax, name)
    return ax


def _instrument_of(m: dict[str, Any]) -> tuple[str, str]:
    inst = m.get("instrument") or {}
    if not isinstance(inst, dict):
        return (str(inst), "")
    return (inst.get("type") or "-", inst.get("subtype") or "")


def _png(ax: Any) -> bytes:
    import matplotlib.pyplot as plt

    buf = io.BytesIO()
    ax.figure.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    plt.close(ax.figure)
    return buf.getvalue()


def _time_freq(dates: Iterable[Any]) -> str:
    years = {str(d)[:4] for d in dates if isinstance(d, str) and d[:4].isdigit()}
    return "Y" if len(years) > 1 else "M"


# --------------------------------------------------------------------------- result cache
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def graph_key(G: nx.DiGraph) -> str:
    """A digest of a network: its attributes, every node and edge with their data, in order.

    >>> import networkx as nx
    >>> G = nx.DiGraph([("a", "b")])
    >>> H = nx.DiGraph([("a", "b")])
    >>> graph_key(G) == graph_key(H)
    True
    >>> H.nodes["a"]["label"] = "甲"
    >>> graph_key(G) == graph_key(H)
    False
    """
    from itertools import chain

    from .cache import result_key

    items = chain(
        (["graph", G.graph],),
        (["node", n, d] for n, d in G.nodes(data=True)),
        (["edge", u, v, d] for u, v, d in G.edges(data=True)),
    )
    return result_key("graph", {"directed": G.is_directed()}, items)


def _frame_state(frame: Any) -> dict[str, Any]:
    columns = [str(c) for c in frame.columns]
    return {
        "columns": columns,
        "dtypes": [str(frame[c].dtype) for c in frame.columns],
        "data": [frame[c].tolist() for c in frame.columns],
        "index": frame.index.tolist(),
    }


def _frame_from_state(state: dict[str, Any]) -> Any:
    import pandas as pd

    columns, dtypes, data = state["columns"], state["dtypes"], state["data"]
    if not len(columns) == len(dtypes) == len(data):
        raise ValueError("columns, dtypes and data differ in length")
    series = {
        c: pd.Series(values, dtype=dtype)
        for c, dtype, values in zip(columns, dtypes, data, strict=True)
    }
    frame = pd.DataFrame(series, columns=columns)
    if frame.index.tolist() != state["index"]:
        frame.index = pd.Index(state["index"])
    return frame


def _library_versions(*names: str) -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for name in names:
        try:
            out[name] = version(name)
        except PackageNotFoundError:  # pragma: no cover - all are dependencies
            out[name] = "-"
    return out


def _actor_table_cached(
    G: nx.DiGraph,
    gkey: str,
    seed: int,
    results: ResultCache | None,
    cached: dict[str, bool],
) -> Any:
    """:func:`~policytext.network.actor_table` of ``G`` (read from ``results`` when there)."""
    import warnings

    from .network import actor_table

    if results is None:
        return actor_table(G, seed=seed)
    from .cache import result_key

    key = result_key(
        "actors",
        {"graph": gkey, "seed": seed, "implied": False, **_library_versions("networkx", "numpy")},
    )
    state = results.get("actors", key)
    if state is not None:
        try:
            table = _frame_from_state(state)
        except (KeyError, ValueError, TypeError) as exc:
            warnings.warn(
                f"policytext: ignoring a damaged actor-table cache entry ({exc!r})",
                RuntimeWarning,
                stacklevel=2,
            )
        else:
            cached["actors"] = True
            return table
    table = actor_table(G, seed=seed)
    cached["actors"] = False
    _put(results, "actors", key, lambda: _frame_state(table))
    return table


def _put(results: ResultCache, kind: str, key: str, data: Any) -> None:
    """Store ``data()`` in the result cache; a failure to write only warns."""
    import warnings

    try:
        results.put(kind, key, data())
    except (OSError, TypeError, ValueError) as exc:
        warnings.warn(
            f"policytext: could not write the {kind} cache entry ({exc})",
            RuntimeWarning,
            stacklevel=3,
        )


def _figure_env() -> dict[str, Any]:
    """What, besides its data, decides a figure's pixels: matplotlib, the CJK font, the dpi."""
    from .viz import find_cjk_font

    return {"font": find_cjk_font(), "dpi": 110, **_library_versions("matplotlib")}


def _figure_cached(
    name: str,
    inputs: Any,
    draw: Any,
    results: ResultCache | None,
    cached: dict[str, bool],
) -> bytes:
    """The PNG of ``draw()`` (an Axes), read from ``results`` when the same ``inputs`` (the
    data the figure shows) were drawn before in the same environment."""
    if results is None:
        return _png(draw())
    from .cache import result_key

    key = result_key("figure", {"name": name, "inputs": inputs, "env": _figure_env()})
    entry = results.get("figure", key)
    png = entry.get("png") if isinstance(entry, dict) else None
    if isinstance(png, bytes) and png.startswith(_PNG_MAGIC):
        cached[f"figure:{name}"] = True
        return png
    png = _png(draw())
    cached[f"figure:{name}"] = False
    _put(results, "figure", key, lambda: {"png": png})
    return png


# --------------------------------------------------------------------------- content
@dataclass
class _Section:
    anchor: str
    title: str
    parts: list[tuple[str, str]] = field(default_factory=list)  # (html, markdown)

    def add(self, html_part: str, md_part: str) -> None:
        self.parts.append((html_part, md_part))

    def text(self, s: str) -> None:
        self.add(f"<p>{html.escape(s)}</p>", s)


def _md_cell(value: Any) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def _table(
    rows: Sequence[dict[str, Any]],
    columns: Sequence[str],
    *,
    raw: Sequence[str] = (),
    cls: str = "",
) -> tuple[str, str]:
    """An HTML and a Markdown table; ``raw`` columns hold HTML already (Markdown: text)."""
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = []
    for row in rows:
        cells = []
        for c in columns:
            value = row.get(c, "")
            if c in raw:
                cells.append(f"<td>{value[0] if isinstance(value, tuple) else value}</td>")
            else:
                cells.append(f"<td>{html.escape(_fmt(value))}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    html_table = (
        f'<div class="table"><table class="{cls}"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table></div>"
    )
    md = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in rows:
        vals = []
        for c in columns:
            value = row.get(c, "")
            vals.append(_md_cell(value[1] if isinstance(value, tuple) else _fmt(value)))
        md.append("| " + " | ".join(vals) + " |")
    return html_table, "\n".join(md)


def _fmt(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".") if value == value else ""
    if isinstance(value, list | tuple):
        return ", ".join(map(str, value))
    return str(value)


def _doc_link(doc: str) -> tuple[str, str]:
    return (f'<a href="#doc-{html.escape(doc)}">{html.escape(doc)}</a>', doc)


def _quote(rec_id: str, start: int, end: int, text: str) -> tuple[str, str]:
    where = f"{rec_id} [{start}:{end}]"
    h = (
        f'<blockquote data-doc="{html.escape(rec_id)}" data-start="{start}" data-end="{end}">'
        f'「{html.escape(text)}」 <cite>— <a href="#doc-{html.escape(rec_id)}">'
        f"{html.escape(rec_id)}</a>, characters {start}–{end}</cite></blockquote>"
    )
    return h, f"> 「{text}」 — {where}"


def _figure(name: str, caption: str, png: bytes) -> tuple[str, str]:
    data = base64.b64encode(png).decode("ascii")
    h = (
        f'<figure id="fig-{name}"><img alt="{html.escape(caption)}" '
        f'src="data:image/png;base64,{data}"><figcaption>{html.escape(caption)}</figcaption>'
        "</figure>"
    )
    return h, f"![{caption}](figures/{name}.png)"


def _overview(
    records: Sequence[Record],
    entries: Sequence[ManifestEntry],
    masked: Counter[str] | None,
    out: Path,
) -> _Section:
    sec = _Section("overview", "语料概况 Corpus overview")
    status = Counter(e.status for e in entries)
    issuers: Counter[str] = Counter()
    for r in records:
        names = r.meta.get("issuers") or ([r.meta["issuer"]] if r.meta.get("issuer") else [])
        issuers.update(names)
    types_ = Counter(r.meta.get("doc_type") or "-" for r in records)
    dates = sorted(d for d in (r.meta.get("date") for r in records) if d)
    repairs = Counter(rep.get("kind", "?") for r in records for rep in r.repairs)
    repaired = sum(1 for r in records if r.repairs)
    rows: list[dict[str, Any]] = [
        {
            "": "documents 文件",
            "value": f"{len(records)} (of {len(entries)} inputs: {status['processed']} "
            f"processed, {status['skipped']} skipped, {status['failed']} failed)",
        },
        {
            "": "issuers 发文机关",
            "value": "; ".join(f"{k} ({n})" for k, n in issuers.most_common()) or "-",
        },
        {
            "": "document types 文种",
            "value": "; ".join(f"{k} ({n})" for k, n in types_.most_common()),
        },
        {
            "": "dates 成文日期",
            "value": f"{dates[0]} – {dates[-1]} ({len(dates)} dated)" if dates else "none dated",
        },
        {"": "measures 措施", "value": sum(len(r.measures) for r in records)},
        {"": "entities 实体", "value": sum(len(r.entities) for r in records)},
        {
            "": "repairs made 阅读顺序修复",
            "value": f"{sum(repairs.values())} in {repaired} documents"
            + (
                " (" + ", ".join(f"{n} {k}" for k, n in sorted(repairs.items())) + ")"
                if repairs
                else ""
            ),
        },
    ]
    if masked is None:
        rows.append({"": "personal data", "value": "kept (mask_personal_data=False)"})
    else:
        note = ", ".join(f"{n} {k}" for k, n in sorted(masked.items())) or "none found"
        rows.append({"": "personal data 个人信息", "value": f"masked ({note})"})
    sec.add(*_table(rows, ["", "value"]))
    doc_rows = []
    for r in records:
        src = _source_file(r.source)
        link = r.source
        if src is not None:
            rel = os.path.relpath(src.resolve(), out.resolve())
            link_html = f'<a href="{html.escape(Path(rel).as_posix())}">{html.escape(r.source)}</a>'
        else:
            link_html = html.escape(r.source)
        doc_rows.append(
            {
                "id": (f'<span id="doc-{html.escape(r.id)}">{html.escape(r.id)}</span>', r.id),
                "title": r.meta.get("title") or "",
                "type": r.meta.get("doc_type") or "",
                "issuer": r.meta.get("issuer") or "",
                "date": r.meta.get("date") or "",
                "format": r.format or "",
                "chars": len(r.text),
                "measures": len(r.measures),
                "repairs": len(r.repairs),
                "source": (link_html, link),
            }
        )
    cols = [
        "id",
        "title",
        "type",
        "issuer",
        "date",
        "format",
        "chars",
        "measures",
        "repairs",
        "source",
    ]
    sec.add("<h3>文件 Documents</h3>", "### 文件 Documents")
    sec.add(*_table(doc_rows, cols, raw=("id", "source"), cls="documents"))
    header_rows = [
        {
            "id": r.id,
            "doc number 文号": r.meta.get("doc_number") or "",
            "signer 签发人": r.meta.get("signer") or "",
            "recipients 主送": "、".join(r.meta.get("recipients") or []),
            "contact 联系方式": r.meta.get("contact") or "",
        }
        for r in records
    ]
    sec.add("<h3>公文要素 Header fields</h3>", "### 公文要素 Header fields")
    sec.add(*_table(header_rows, list(header_rows[0]) if header_rows else ["id"]))
    failed = [e for e in entries if e.status != "processed"]
    if failed:
        sec.add("<h3>Inputs not processed</h3>", "### Inputs not processed")
        sec.add(
            *_table(
                [{"path": e.path, "status": e.status, "reason": e.reason} for e in failed],
                ["path", "status", "reason"],
            )
        )
    return sec


def _entities(records: Sequence[Record], top: int) -> _Section:
    from .document import entities_frame

    sec = _Section("entities", "实体 Entities")
    ents = entities_frame(records)
    if not len(ents):
        sec.text("No entities were found.")
        return sec
    by_label = ents["label"].value_counts()
    sec.text("Mentions per label: " + ", ".join(f"{k} {v}" for k, v in by_label.items()) + ".")
    rows = []
    ents["name"] = ents["canonical"].fillna(ents["text"])
    for (label, name), group in ents.groupby(["label", "name"], sort=False):
        forms = Counter(group["text"]).most_common(3)
        rows.append(
            {
                "label": label,
                "canonical": name,
                "mentions": len(group),
                "documents": group["doc"].nunique(),
                "as written": " / ".join(f for f, _ in forms),
            }
        )
    rows.sort(key=lambda r: (-r["mentions"], -r["documents"], r["label"], r["canonical"]))
    sec.text(f"The {min(top, len(rows))} most mentioned of {len(rows)} distinct entities:")
    sec.add(*_table(rows[:top], ["label", "canonical", "mentions", "documents", "as written"]))
    return sec


def _themes(model: ThemeModel | None, reason: str) -> _Section:
    sec = _Section("themes", "主题 Themes")
    if model is None:
        sec.text(reason)
        return sec
    info = model.get_theme_info()
    frame = model.measures_
    sec.text(
        f"{model.n_themes_} themes over {len(frame)} measures (ThemeModel: class-based TF-IDF "
        "keywords, representative measures closest to each theme centroid)."
    )
    rows = [
        {
            "theme": int(row["theme"]),
            "label": row["label"],
            "size": int(row["size"]),
            "share": f"{row['share']:.0%}",
            "keywords": " ".join(row["keywords"][:8]),
            "instrument mix": row["instrument_mix"] or "-",
        }
        for _, row in info.iterrows()
    ]
    sec.add(*_table(rows, ["theme", "label", "size", "share", "keywords", "instrument mix"]))
    for t in range(model.n_themes_):
        sec.add(
            f'<h3 id="theme-{t}">主题 {t}: {html.escape(model.theme_labels_[t])}</h3>',
            f"### 主题 {t}: {model.theme_labels_[t]}",
        )
        for i in model.representative_[t]:
            m = frame.iloc[i]
            sec.add(*_quote(str(m["doc"]), int(m["start"]), int(m["end"]), str(m["text"])))
    return sec


def _governance(G: nx.DiGraph | None, table: Any) -> _Section:
    from .network import actor_theme_matrix

    sec = _Section("governance", "治理结构 Governance summary")
    if G is None:
        sec.text("No network (no measures).")
        return sec
    matrix = actor_theme_matrix(G, role="lead")
    if matrix.empty:
        sec.text("No measure names the body that leads it.")
    else:
        sec.text(
            "Who leads which themes: the bodies named as leading the measures of each theme "
            "(explicit leads; implied leads of the issuing body are left out)."
        )
        rows = []
        for theme in sorted(matrix.columns, key=_theme_key):
            col = matrix[theme]
            col = col[col > 0].sort_values(ascending=False, kind="stable")
            rows.append(
                {
                    "theme": theme,
                    "measures led": int(col.sum()),
                    "leading bodies": "; ".join(f"{a} ({int(n)})" for a, n in col.head(4).items()),
                }
            )
        sec.add(*_table(rows, ["theme", "measures led", "leading bodies"]))
    roles = table[table["governance_roles"].astype(str).str.len() > 0] if len(table) else table
    if len(roles):
        sec.text("Governance roles the documents assign (链长, 组长, 牵头单位, 成员单位 …):")
        rows = [
            {
                "actor": r["label"],
                "kind": r["kind"],
                "roles": r["governance_roles"],
                "measures": r["measures"],
            }
            for _, r in roles.iterrows()
        ]
        sec.add(*_table(rows, ["actor", "kind", "roles", "measures"]))
    return sec


def _theme_key(name: Any) -> tuple[int, str]:
    head = str(name).split(" ", 1)[0]
    return (int(head), str(name)) if head.isdigit() else (10**6, str(name))


def _actors(table: Any, top: int) -> tuple[str, str]:
    cols = [
        "label",
        "kind",
        "level",
        "measures",
        "lead",
        "participate",
        "target",
        "betweenness",
        "community",
    ]
    rows = [{c: r[c] for c in cols} for _, r in table.head(top).iterrows()]
    return _table(rows, cols)


def _methods_section(methods: dict[str, Any]) -> _Section:
    sec = _Section("methods", "方法 Methods and provenance")
    sec.text(
        "Everything needed to reproduce this report: the software, the segmentation model "
        "and its hashes, the parameters and random seeds, and the corpus hash (also in "
        "methods.json beside this file)."
    )
    rows = [{"": k, "value": v} for k, v in methods["software"].items()]
    sec.add("<h3>Software</h3>", "### Software")
    sec.add(*_table(rows, ["", "value"]))
    sec.add("<h3>Model</h3>", "### Model")
    model_rows = []
    for m in methods["models"]:
        model_rows.append({"": "segmenter", "value": m.get("segmenter", "")})
        model_rows.append({"": "model", "value": m.get("name", "")})
        model_rows.append({"": "origin", "value": m.get("origin", "")})
        model_rows.append({"": "artefact sha256", "value": m.get("artefact_sha256") or "-"})
        for f, h in (m.get("files_sha256") or {}).items():
            model_rows.append({"": f"sha256 {f}", "value": h})
        model_rows.append({"": "components", "value": ", ".join(m.get("components", []))})
        inst = m.get("instruments") or {}
        if inst:
            model_rows.append({"": "instrument classifier", "value": inst.get("classifier", "")})
        if inst.get("model_sha256"):
            model_rows.append({"": "sha256 instrument model", "value": inst["model_sha256"]})
        detection = m.get("detection") or {}
        if detection:
            rule = (
                f" (drops below {detection['drop_below']}, adds above {detection['add_above']})"
                if "drop_below" in detection and "add_above" in detection
                else ""
            )
            model_rows.append({"": "measure detection", "value": detection["detection"] + rule})
        if detection.get("model_sha256"):
            model_rows.append({"": "sha256 measure model", "value": detection["model_sha256"]})
    if not model_rows:
        model_rows.append({"": "model", "value": "unknown (records carry no pipeline information)"})
    sec.add(*_table(model_rows, ["", "value"]))
    sec.add("<h3>Parameters and seeds</h3>", "### Parameters and seeds")
    sec.add(*_table([{"": k, "value": v} for k, v in methods["parameters"].items()], ["", "value"]))
    sec.add("<h3>Corpus</h3>", "### Corpus")
    corpus = methods["corpus"]
    sec.text(f"corpus sha256: {corpus['sha256']} ({len(corpus['files'])} documents)")
    rows = [
        {"document": n, "sha256": f["sha256"], "hashed": f["hashed"]}
        for n, f in sorted(corpus["files"].items())
    ]
    sec.add(*_table(rows, ["document", "sha256", "hashed"]))
    sec.add("<h3>Reproduce</h3>", "### Reproduce")
    cmd = methods["command"]
    sec.add(f"<pre><code>{html.escape(cmd)}</code></pre>", f"```\n{cmd}\n```")
    return sec


def _software() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {"policytext": __version__, "python": platform.python_version()}
    for dist in (
        "spacy",
        "spacy-pkuseg",
        "scikit-learn",
        "networkx",
        "numpy",
        "pandas",
        "matplotlib",
    ):
        try:
            out[dist] = version(dist)
        except PackageNotFoundError:  # pragma: no cover - all are dependencies
            out[dist] = "-"
    return out


def _models(records: Sequence[Record]) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for r in records:
        p = r.pipeline or {}
        model = dict(p.get("pkuseg_model") or {})
        entry = {
            "segmenter": p.get("segmenter", ""),
            **model,
            "components": p.get("components", []),
            "instruments": p.get("instruments") or {},
            "detection": p.get("detection") or {},
        }
        seen.setdefault(json.dumps(entry, sort_keys=True, ensure_ascii=False), entry)
    return list(seen.values())


# --------------------------------------------------------------------------- page
_CSS = """
:root { --ink: #222; --muted: #666; --rule: #ddd; --accent: #4C72B0; }
body { font-family: FONTS; color: var(--ink); margin: 0; line-height: 1.6; }
main { max-width: 1100px; margin: 0 auto; padding: 1.5rem 2rem 4rem; }
h1 { font-size: 1.7rem; margin-bottom: .2rem; }
h2 { border-bottom: 2px solid var(--accent); padding-bottom: .2rem; margin-top: 2.5rem; }
nav ol { columns: 2; font-size: .95rem; }
.subtitle { color: var(--muted); margin-top: 0; }
.table { overflow-x: auto; }
table { border-collapse: collapse; font-size: .88rem; margin: .6rem 0 1rem; }
th, td { border-bottom: 1px solid var(--rule); padding: .25rem .6rem; text-align: left; vertical-align: top; }
th { background: #f4f6fa; }
table.documents td:nth-child(2) { min-width: 16em; }
table.documents td:nth-child(4) { min-width: 9em; }
td { min-width: 3em; }
figure { margin: 1rem 0; }
figure img { max-width: 100%; height: auto; border: 1px solid var(--rule); }
figcaption { color: var(--muted); font-size: .9rem; }
blockquote { border-left: 4px solid var(--accent); margin: .5rem 0; padding: .2rem .8rem; background: #fafbfd; }
cite { color: var(--muted); font-style: normal; font-size: .85rem; }
pre { background: #f4f4f4; padding: .6rem; overflow-x: auto; }
"""


def _css() -> str:
    fonts = ", ".join(f'"{f}"' for f in CSS_FONT_FAMILIES) + ", sans-serif"
    return _CSS.replace("FONTS", fonts)


def _render(title: str, subtitle: str, sections: Sequence[_Section]) -> tuple[str, str]:
    nav = "".join(f'<li><a href="#{s.anchor}">{html.escape(s.title)}</a></li>' for s in sections)
    body = []
    md = [f"# {title}", "", subtitle, ""]
    for s in sections:
        body.append(f'<section id="{s.anchor}"><h2>{html.escape(s.title)}</h2>')
        md += [f"## {s.title}", ""]
        for h, m in s.parts:
            body.append(h)
            md += [m, ""]
        body.append("</section>")
    page = (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<link rel="icon" href="data:,"><title>{html.escape(title)}</title>'
        f"<style>{_css()}</style></head><body><main>"
        f'<h1>{html.escape(title)}</h1><p class="subtitle">{html.escape(subtitle)}</p>'
        f"<nav><ol>{nav}</ol></nav>{''.join(body)}</main></body></html>\n"
    )
    return page, "\n".join(md).rstrip() + "\n"


# --------------------------------------------------------------------------- main
def report(
    source: PathLike | Sequence[PathLike] | Sequence[Record],
    output: PathLike,
    *,
    nlp: Language | None = None,
    segmenter: str = "pkuseg",
    n_themes: int | str = "auto",
    random_state: int = 0,
    mask_personal_data: bool = True,
    max_actors: int = 30,
    top: int = 25,
    title: str | None = None,
    progress: bool = True,
    command: str | None = None,
    cache: RecordCache | PathLike | bool | None = None,
) -> Report:
    """Write a theme report of a corpus: ``index.html`` (self-contained) and ``report.md``.

    Parameters
    ----------
    source
        Documents and folders (analysed now), ``.jsonl`` files of analysed records, or a
        list of :class:`~policytext.document.Record` (copied; the originals are unchanged).
    output
        The report folder (created).
    nlp
        The pipeline to analyse documents with; ``policytext.load(segmenter)`` when None.
    segmenter
        ``pkuseg`` (default), ``jieba`` or ``char``, when ``nlp`` is None.
    n_themes
        Number of themes, or ``"auto"``.
    random_state
        Seed of the theme model, the network's communities and its layout.
    mask_personal_data
        Mask phone numbers, ID numbers and e-mail addresses in everything written (default).
    max_actors
        Actors drawn in the network figure.
    top
        Rows of the entities and actor tables.
    title
        The report's title (default: ``policytext report: N documents``).
    progress
        Show a progress bar on stderr (analysis, then the report's stages).
    command
        The command line recorded in the methods section (default: the equivalent call).
    cache
        Record and result cache: a :class:`~policytext.cache.RecordCache`, a directory,
        ``True`` (the default location) or ``False`` (none); None uses the default cache
        (:func:`policytext.cache.set_default_cache`, ``POLICYTEXT_RECORD_CACHE``; the command
        line sets it, ``--cache-dir`` / ``--no-cache``), if any. Unchanged documents are not
        analysed again, and the theme model, the actor metrics and the figures of unchanged
        inputs are read back (``<cache>/results``) instead of being computed: the report is
        the same, byte for byte but for its time stamp.

    Returns
    -------
    Report
        Paths written and the records, manifest, theme model and network used.
    """
    if progress:
        from tqdm.auto import tqdm
    else:  # tqdm.auto warns in a notebook without ipywidgets, even for a disabled bar
        from tqdm import tqdm

    from .analysis import manifest_path, write_manifest
    from .cache import as_cache
    from .document import write_records

    record_cache = as_cache(cache) if cache is not False else None
    results = record_cache.results if record_cache is not None else None
    cached: dict[str, bool] = {}
    out = Path(output)
    out.mkdir(parents=True, exist_ok=True)
    (out / "figures").mkdir(exist_ok=True)
    stages = ["read", "mask", "themes", "network", "figures", "write"]
    bar = tqdm(
        total=len(stages), desc="report", unit="stage", disable=not progress, file=sys.stderr
    )
    try:
        bar.set_postfix_str("reading")
        records, entries = load_inputs(
            source,
            nlp=nlp,
            segmenter=segmenter,
            progress=progress,
            cache=record_cache if record_cache is not None else False,
        )
        bar.update()
        bar.set_postfix_str("masking personal data")
        masked: Counter[str] | None = None
        if mask_personal_data:
            from .privacy import mask_record

            masked = Counter()
            for r in records:
                masked.update(mask_record(r))
        bar.update()

        bar.set_postfix_str("themes")
        notes: list[str] = []
        n_measures = sum(len(r.measures) for r in records)
        model: ThemeModel | None = None
        why = ""
        if n_measures >= MIN_MEASURES_FOR_THEMES:
            from .themes import ThemeModel, assign_themes

            model = ThemeModel(n_themes=n_themes, random_state=random_state).fit_cached(
                records, cache=results if results is not None else False
            )
            if results is not None:
                cached["themes"] = bool(model.from_cache_)
            assign_themes(records, model)
        else:
            why = f"{n_measures} measures: too few to cluster into themes (at least {MIN_MEASURES_FOR_THEMES})."
            notes.append(why)
        bar.update()

        bar.set_postfix_str("network")
        G = None
        table: Any = None
        gkey = ""
        if n_measures:
            from .network import add_actor_metrics, build_network

            G = build_network(records, themes=model)
            gkey = graph_key(G) if results is not None else ""
            table = _actor_table_cached(G, gkey, random_state, results, cached)
            add_actor_metrics(G, table)
        bar.update()

        bar.set_postfix_str("figures")
        figures: dict[str, bytes] = {}
        captions: dict[str, str] = {}
        if n_measures:
            mix = Counter(_instrument_of(m) for r in records for m in r.measures)
            figures["instruments"] = _figure_cached(
                "instruments",
                sorted([t, s, n] for (t, s), n in mix.items()),
                lambda: draw_instrument_mix(records),
                results,
                cached,
            )
            captions["instruments"] = (
                "政策工具分布 Policy instruments: measures per type and subtype"
            )
        if model is not None:
            from .viz import draw_theme_sizes, draw_themes_over_time

            fitted = model
            sizes = Counter(int(t) for t in model.labels_)
            figures["theme_sizes"] = _figure_cached(
                "theme_sizes",
                [[t, sizes[t], model.theme_labels_[t]] for t in range(model.n_themes_)],
                lambda: draw_theme_sizes(fitted),
                results,
                cached,
            )
            captions["theme_sizes"] = "主题规模 Theme sizes"
            freq = _time_freq(model.measures_["date"])
            try:
                over = model.themes_over_time(freq=freq) if results is not None else None
                figures["themes_over_time"] = _figure_cached(
                    "themes_over_time",
                    None
                    if over is None
                    else {
                        "freq": freq,
                        "periods": [str(i) for i in over.index],
                        "themes": [model.theme_labels_[int(c)] for c in over.columns],
                        "counts": over.to_numpy().tolist(),
                    },
                    lambda: draw_themes_over_time(fitted, freq=freq),
                    results,
                    cached,
                )
                captions["themes_over_time"] = (
                    f"主题随时间变化 Themes over time (measures per {'year' if freq == 'Y' else 'month'})"
                )
            except ValueError as exc:
                notes.append(f"themes over time: {exc}")
        if G is not None:
            from .netviz import draw_network

            graph = G
            figures["network"] = _figure_cached(
                "network",
                {"graph": gkey, "max_actors": max_actors, "seed": random_state},
                lambda: draw_network(graph, max_actors=max_actors, seed=random_state),
                results,
                cached,
            )
            captions["network"] = (
                f"组织–措施网络 The organisation–measure network (top {max_actors} actors)"
            )
        bar.update()

        bar.set_postfix_str("writing")
        corpus = corpus_hash(records)
        methods: dict[str, Any] = {
            "software": _software(),
            "models": _models(records),
            "parameters": {
                "n_themes (requested)": n_themes,
                "n_themes (fitted)": model.n_themes_ if model is not None else "-",
                "random_state (themes, communities, layout)": random_state,
                "theme vectorizer": repr(model.vectorizer_) if model is not None else "-",
                "theme clusterer": repr(model.clusterer_) if model is not None else "-",
                "max_actors (figure)": max_actors,
                "mask_personal_data": mask_personal_data,
            },
            "corpus": corpus,
            "command": command or _call(source, out, n_themes, random_state, mask_personal_data),
            "generated": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        paths: dict[str, Path] = {}
        for name, png in figures.items():
            paths[name] = out / "figures" / f"{name}.png"
            paths[name].write_bytes(png)

        sections = [
            _overview(records, entries, masked, out),
            _entities(records, top),
            _themes(model, why),
        ]
        inst = _Section("instruments", "政策工具 Policy instruments")
        if "instruments" in figures:
            inst.add(*_figure("instruments", captions["instruments"], figures["instruments"]))
            counts = Counter(_instrument_of(m)[0] for r in records for m in r.measures)
            inst.text(
                "Measures per instrument type: "
                + ", ".join(f"{k} {n}" for k, n in counts.most_common())
                + "."
            )
        else:
            inst.text("No measures.")
        sections.append(inst)
        over = _Section("time", "主题随时间 Themes over time")
        for name in ("theme_sizes", "themes_over_time"):
            if name in figures:
                over.add(*_figure(name, captions[name], figures[name]))
        for note in notes:
            over.text(note)
        sections.append(over)
        net = _Section("network", "网络 Network and actors")
        if G is not None:
            net.add(*_figure("network", captions["network"], figures["network"]))
            net.text(
                f"{G.number_of_nodes()} nodes, {G.number_of_edges()} edges. The {min(top, len(table))} actors involved in most measures:"
            )
            net.add(*_actors(table, top))
        else:
            net.text("No measures: no network.")
        sections.append(net)
        sections.append(_governance(G, table))
        sections.append(_methods_section(methods))
        page_title = title or f"policytext report: {len(records)} documents"
        subtitle = f"policytext {__version__} · corpus sha256 {corpus['sha256'][:16]} · {methods['generated']}"
        page, md = _render(page_title, subtitle, sections)
        html_path, md_path = out / "index.html", out / "report.md"
        html_path.write_text(page, encoding="utf-8")
        md_path.write_text(md, encoding="utf-8")
        (out / "methods.json").write_text(
            json.dumps(methods, ensure_ascii=False, indent=2, default=str), encoding="utf-8"
        )
        write_records(records, out / "records.jsonl")
        write_manifest(entries, manifest_path(out / "records.jsonl"))
        bar.update()
    finally:
        bar.close()
    return Report(
        directory=out,
        html=html_path,
        markdown=md_path,
        records=records,
        manifest=entries,
        themes=model,
        graph=G,
        methods=methods,
        figures=paths,
        notes=notes,
        cached=cached,
    )


def _call(source: Any, out: Path, n_themes: Any, seed: int, mask: bool) -> str:
    from .document import Record

    if isinstance(source, str | os.PathLike):
        source = [source]
    items = list(source)
    if items and isinstance(items[0], Record):
        names = ["<records>"]
    else:
        names = [str(p) for p in items]
    args = " ".join(names)
    return f"policytext report {args} -o {out} --n-themes {n_themes} --random-state {seed}" + (
        "" if mask else " --keep-personal-data"
    )


class _CallableModule(types.ModuleType):
    """``policytext.report(...)`` works whether ``policytext.report`` is this module (after
    ``import policytext.report``) or the function (the package's lazy export)."""

    def __call__(self, *args: Any, **kwargs: Any) -> Report:
        return report(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
