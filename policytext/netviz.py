"""Drawing the organisation–measure network with matplotlib, with Chinese labels that render.

:func:`draw_network` draws a network from :func:`policytext.network.build_network` in a
**layered** layout (actors in a column on the left, measures on the right grouped by theme or
policy instrument) or a **force** layout (spring embedding). Node size follows centrality, edge
style follows the role (lead solid red, participate dashed blue, target dotted green, implied
leads thin grey), and a legend explains both. Labels use a CJK font found by
:func:`policytext.viz.find_cjk_font` (nothing global is changed); when none is installed a
warning gives the install command. :func:`missing_glyphs` tells which characters of a set of
labels a font cannot draw. :func:`network_html` writes an interactive view (pan, zoom, hover
for the measure text) with plotly, an optional dependency.
"""

from __future__ import annotations

import os
import warnings
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .viz import _apply_font, _new_ax, use_cjk_font

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["ROLE_STYLES", "draw_network", "font_path", "missing_glyphs", "network_html"]

# role → matplotlib line style
ROLE_STYLES: dict[str, dict[str, Any]] = {
    "lead": {"color": "#C44E52", "linestyle": "-", "linewidth": 1.4, "alpha": 0.8},
    "participate": {"color": "#4C72B0", "linestyle": "--", "linewidth": 1.0, "alpha": 0.7},
    "target": {"color": "#55A868", "linestyle": ":", "linewidth": 1.2, "alpha": 0.8},
    "implied": {"color": "#AAAAAA", "linestyle": "-", "linewidth": 0.5, "alpha": 0.35},
}

KIND_COLORS = {
    "org": "#4C72B0",
    "government": "#8172B3",
    "office": "#937860",
    "person": "#DA8BC3",
    "firm": "#DD8452",
    "group": "#8C8C8C",
    "place": "#64B5CD",
}

_KIND_NAMES = {
    "org": "机构 org",
    "government": "地方政府 government",
    "office": "职务 office",
    "person": "人物 person",
    "firm": "企业 firm",
    "group": "群体 group",
    "place": "地区 place",
}

_ROLE_NAMES = {
    "lead": "牵头 lead",
    "participate": "参与 participate",
    "target": "对象 target",
    "implied": "隐含牵头 implied lead",
}


def font_path(name: str) -> str | None:
    """The font file matplotlib uses for family ``name`` (None when it has no such font)."""
    from matplotlib import font_manager

    try:
        return str(
            font_manager.findfont(
                font_manager.FontProperties(family=name), fallback_to_default=False
            )
        )
    except ValueError:
        return None


def missing_glyphs(texts: Iterable[str], font: str | None) -> set[str]:
    """Characters of ``texts`` that font family ``font`` has no glyph for (whitespace ignored).

    ``font=None`` means no CJK font: every non-ASCII character is missing.

    Examples
    --------
    >>> from policytext.viz import find_cjk_font
    >>> name = find_cjk_font()
    >>> name is None or missing_glyphs(["省住建厅 lead"], name) == set()
    True
    >>> sorted(missing_glyphs(["链长 a"], None))
    ['链', '长']
    """
    chars = {ch for t in texts for ch in t if not ch.isspace()}
    if font is None:
        return {ch for ch in chars if ord(ch) > 127}
    path = font_path(font)
    if path is None:
        return {ch for ch in chars if ord(ch) > 127}
    from matplotlib.ft2font import FT2Font

    face = FT2Font(path)
    return {ch for ch in chars if not face.get_char_index(ord(ch))}


def _shorten(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _select(G: nx.DiGraph, max_actors: int, implied: bool) -> tuple[list[str], Counter[str]]:
    score: Counter[str] = Counter()
    for u, _, d in G.edges(data=True):
        if d.get("relation") == "involves" and (implied or not d.get("implied")):
            score[u] += 1
    actors = sorted(score, key=lambda n: (-score[n], str(G.nodes[n].get("label"))))
    return actors[:max_actors], score


def _group_of(data: dict[str, Any], group_by: str) -> str:
    if group_by == "theme":
        return str(data.get("theme_label") or data.get("theme") or data.get("instrument") or "-")
    if group_by == "instrument":
        return str(data.get("instrument") or "-")
    if group_by == "subtype":
        inst, sub = data.get("instrument") or "", data.get("subtype") or ""
        return f"{inst} · {sub}" if sub else str(inst or "-")
    return str(data.get(group_by) or "-")


def draw_network(
    G: nx.DiGraph,
    *,
    ax: Any = None,
    layout: str = "layered",
    group_by: str = "theme",
    max_actors: int = 40,
    max_measures: int = 80,
    size_by: str = "weighted_degree",
    implied: bool = True,
    labels: bool = True,
    label_chars: int = 14,
    font: str | None = None,
    seed: int = 0,
    title: str | None = None,
) -> Any:
    """Draw actors and the measures they lead, join or are targeted by.

    Parameters
    ----------
    G
        A network from :func:`~policytext.network.build_network`.
    ax
        Axes to draw on; a new figure sized to the network when None.
    layout
        ``"layered"`` (actors left, measures right grouped by ``group_by``) or ``"force"``
        (spring layout, ``seed``).
    group_by
        ``"theme"`` (``theme_label`` or ``theme``, the instrument type when measures have no
        theme), ``"instrument"``, ``"subtype"`` or any measure attribute.
    max_actors
        Draw the actors with most measures only.
    max_measures
        With more measures than this, the layered layout draws one node per group (sized by
        its measures) and one edge per actor, group and role, its width growing with the
        number of measures.
    size_by
        ``actor_table`` column sizing the actor nodes (``weighted_degree``, ``betweenness``,
        ``eigenvector``, ``measures``, ``lead`` …).
    implied
        Draw the issuer's implied leads (thin grey).
    labels
        Label actors (and measure groups) with their short names (``label_chars`` at most).
    font
        A CJK font family; found automatically when None (warns with the install command when
        no CJK font is installed, and when a label has characters the font lacks).

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.DiGraph()
    >>> G.add_node("actor:a", node_type="actor", label="河南省住房和城乡建设厅",
    ...            short_label="省住建厅", kind="org")
    >>> G.add_node("measure:d:0-9", node_type="measure", instrument="supply", theme="")
    >>> G.add_edge("actor:a", "measure:d:0-9", relation="involves", role="lead", implied=False)
    >>> ax = draw_network(G)
    >>> "省住建厅" in [t.get_text() for t in ax.texts]
    True
    """
    import networkx as nx

    from .network import actor_projection, actor_table

    if layout not in ("layered", "force"):
        raise ValueError(f"unknown layout {layout!r}: use 'layered' or 'force'")
    actors, _ = _select(G, max_actors, implied)
    edges = [
        (u, v, d)
        for u, v, d in G.edges(data=True)
        if d.get("relation") == "involves"
        and u in set(actors)
        and (implied or not d.get("implied"))
    ]
    measures = sorted({v for _, v, _ in edges}, key=_measure_order(G))
    sizes_raw: dict[str, float] = {}
    if actors and size_by in ("degree", "weighted_degree"):
        # the projection alone: the full actor table (betweenness, communities) is costly
        P = actor_projection(G)
        weight = "weight" if size_by == "weighted_degree" else None
        sizes_raw = {a: float(P.degree(a, weight=weight)) if a in P else 0.0 for a in actors}
    elif actors:
        table = actor_table(G)
        sizes_raw = dict(zip(table["node"], table[size_by], strict=True))
    top = max([float(sizes_raw.get(a, 0)) for a in actors] + [1e-9])
    size = {a: 60 + 540 * float(sizes_raw.get(a, 0)) / top for a in actors}

    groups: dict[str, list[str]] = defaultdict(list)
    for m in measures:
        groups[_group_of(G.nodes[m], group_by)].append(m)
    if group_by == "theme" and set(groups) == {"-"}:
        groups = defaultdict(list)
        for m in measures:
            groups[_group_of(G.nodes[m], "instrument")].append(m)

    pos: dict[str, tuple[float, float]] = {}
    group_mid: dict[str, float] = {}
    aggregated = layout == "layered" and len(measures) > max_measures
    if aggregated:
        ordered = sorted(groups, key=_group_key)
        for i, a in enumerate(actors):
            pos[a] = (0.0, 1 - (i + 0.5) / max(len(actors), 1))
        for j, g in enumerate(ordered):
            pos[f"group:{g}"] = (1.0, 1 - (j + 0.5) / len(ordered))
            group_mid[g] = pos[f"group:{g}"][1]
        figsize = (12.0, max(6.0, 0.25 * max(len(actors), len(ordered))))
    elif layout == "layered":
        for i, a in enumerate(actors):
            pos[a] = (0.0, 1 - (i + 0.5) / max(len(actors), 1))
        rows: dict[str, float] = {}
        row = 0.0
        for g in sorted(groups, key=_group_key):
            first = row
            for m in groups[g]:
                rows[m] = row
                row += 1
            group_mid[g] = (first + row - 1) / 2
            row += 1.5
        span = max(row - 1.5, 1.0)
        for m, r in rows.items():
            pos[m] = (1.0, 1 - (r + 0.5) / span)
        group_mid = {g: 1 - (r + 0.5) / span for g, r in group_mid.items()}
        figsize = (12.0, max(6.0, 0.22 * max(len(actors), len(measures))))
    else:
        H = nx.Graph()
        H.add_nodes_from(actors)
        H.add_nodes_from(measures)
        H.add_edges_from((u, v) for u, v, _ in edges)
        pos = {n: (float(x), float(y)) for n, (x, y) in nx.spring_layout(H, seed=seed).items()}
        figsize = (11.0, 9.0)

    group_colors = _palette(sorted(groups, key=_group_key))
    with use_cjk_font(font) as name:
        ax = _new_ax(ax, figsize)
        bundles: Counter[tuple[str, str, str]] = Counter()
        if aggregated:
            group_of = {m: g for g, ms in groups.items() for m in ms}
            for u, v, d in edges:
                r_ = "implied" if d.get("implied") else str(d.get("role"))
                bundles[(u, f"group:{group_of[v]}", r_)] += 1
        for role in ("implied", "target", "participate", "lead"):
            style = ROLE_STYLES[role]
            for (u, v, r_), n in bundles.items():
                if r_ == role:
                    (x0, y0), (x1, y1) = pos[u], pos[v]
                    width = style["linewidth"] * (0.5 + n**0.5)
                    ax.plot([x0, x1], [y0, y1], zorder=1, **{**style, "linewidth": width})
            for u, v, d in [] if aggregated else edges:
                r_ = "implied" if d.get("implied") else str(d.get("role"))
                if r_ != role or u not in pos or v not in pos:
                    continue
                (x0, y0), (x1, y1) = pos[u], pos[v]
                ax.plot([x0, x1], [y0, y1], zorder=1, **style)
        for g, ms in groups.items() if aggregated else []:
            x, y = pos[f"group:{g}"]
            ax.scatter([x], [y], s=20 + 6 * len(ms), marker="s", color=group_colors[g], zorder=2)
        for g, ms in [] if aggregated else groups.items():
            ax.scatter(
                [pos[m][0] for m in ms],
                [pos[m][1] for m in ms],
                s=14,
                marker="s",
                color=group_colors[g],
                zorder=2,
                edgecolors="none",
            )
        for kind in sorted({str(G.nodes[a].get("kind", "org")) for a in actors}):
            these = [a for a in actors if G.nodes[a].get("kind", "org") == kind]
            ax.scatter(
                [pos[a][0] for a in these],
                [pos[a][1] for a in these],
                s=[size[a] for a in these],
                color=KIND_COLORS.get(kind, "#333333"),
                edgecolors="white",
                linewidths=0.8,
                zorder=3,
                label=_KIND_NAMES.get(kind, kind),
            )
        texts: list[str] = []
        if labels:
            names = _actor_names(G, actors)
            for a in actors:
                text = _shorten(names[a], label_chars)
                texts.append(text)
                x, y = pos[a]
                if layout == "layered":
                    ax.text(x - 0.03, y, text, ha="right", va="center", fontsize=8)
                else:
                    ax.text(x, y + 0.025, text, ha="center", va="bottom", fontsize=7)
            if layout == "layered":
                for g, y in group_mid.items():
                    text = _shorten(g, 18) + (f" ({len(groups[g])})" if aggregated else "")
                    texts.append(text)
                    ax.text(1.04, y, text, ha="left", va="center", fontsize=8, color="#333333")
        from matplotlib.lines import Line2D

        handles = [
            Line2D([0], [0], label=_ROLE_NAMES[r], **ROLE_STYLES[r])
            for r in ("lead", "participate", "target", "implied")
            if implied or r != "implied"
        ]
        kind_handles, _ = ax.get_legend_handles_labels()
        legend = ax.legend(
            handles=handles + kind_handles,
            loc="upper left",
            bbox_to_anchor=(1.0, 1.0),
            fontsize=8,
            title="角色 / 类型",
            markerscale=0.5,
        )
        texts += [t.get_text() for t in legend.get_texts()] + [legend.get_title().get_text()]
        heading = (
            title if title is not None else "政策网络：机构—措施 (organisation–measure network)"
        )
        ax.set_title(heading)
        texts.append(heading)
        if layout == "layered":
            ax.set_xlim(-0.75, 1.75)
        ax.set_xticks([])
        ax.set_yticks([])
        ax.set_axis_off()
        _apply_font(ax, name)
        if name is not None:
            lacking = missing_glyphs(texts, name)
            if lacking:
                warnings.warn(
                    f"font {name!r} has no glyph for {''.join(sorted(lacking))!r}: those "
                    "characters will render as boxes; pass font= a fuller CJK font "
                    "(e.g. Noto Sans CJK SC: `sudo apt-get install fonts-noto-cjk`)",
                    UserWarning,
                    stacklevel=2,
                )
    return ax


def _actor_names(G: nx.DiGraph, actors: list[str]) -> dict[str, str]:
    """Short labels, or the canonical label where two drawn actors share a short label
    (省工业和信息化厅 of two provinces)."""
    short = {a: str(G.nodes[a].get("short_label") or G.nodes[a].get("label") or a) for a in actors}
    seen = Counter(short.values())
    return {
        a: str(G.nodes[a].get("label") or a) if seen[name] > 1 else name
        for a, name in short.items()
    }


def _group_key(name: str) -> tuple[int, int, str]:
    return (0, int(name), "") if name.isdigit() else (1, 0, name)


def _measure_order(G: nx.DiGraph) -> Any:
    def key(m: str) -> tuple[str, int]:
        d = G.nodes[m]
        return (str(d.get("document", "")), int(d.get("char_start", 0) or 0))

    return key


def _palette(names: list[str]) -> dict[str, Any]:
    from matplotlib import colormaps

    cmap = colormaps["tab10" if len(names) <= 10 else "tab20"]
    return {n: cmap(i % cmap.N) for i, n in enumerate(names)}


_HTML_INSTALL = (
    "the interactive network view needs plotly: `pip install plotly` "
    '(or `pip install "policytext[interactive]"`)'
)


def _hover(G: nx.DiGraph, n: str) -> str:
    import html

    d = G.nodes[n]
    if d.get("node_type") == "measure":
        lines = [
            f"<b>{html.escape(str(d.get('document', '')))}</b> {html.escape(str(d.get('path', '')))}",
            html.escape(str(d.get("text", ""))),
            " · ".join(
                html.escape(str(x))
                for x in (
                    d.get("instrument"),
                    d.get("subtype"),
                    d.get("theme_label"),
                    d.get("status"),
                )
                if x
            ),
        ]
        roles = [
            f"{G.nodes[u].get('short_label') or G.nodes[u].get('label')}: {e.get('role')}"
            + (" (implied)" if e.get("implied") else "")
            for u, _, e in G.in_edges(n, data=True)
            if e.get("relation") == "involves"
        ]
        lines.append(html.escape("; ".join(roles)))
    else:
        lines = [f"<b>{html.escape(str(d.get('label', n)))}</b>"]
        lines.append(
            " · ".join(html.escape(str(d.get(k))) for k in ("kind", "level", "region") if d.get(k))
        )
        if d.get("governance_roles"):
            lines.append(html.escape("、".join(d["governance_roles"])))
        counts = Counter(
            "implied" if e.get("implied") else str(e.get("role"))
            for _, _, e in G.out_edges(n, data=True)
            if e.get("relation") == "involves"
        )
        lines.append(" ".join(f"{r} {c}" for r, c in sorted(counts.items())))
    return "<br>".join(_wrap(x) for x in lines if x)


def _wrap(text: str, width: int = 40) -> str:
    if "<" in text:  # already markup
        return text
    return "<br>".join(text[i : i + width] for i in range(0, len(text), width))


def network_html(
    G: nx.DiGraph,
    path: str | os.PathLike[str],
    *,
    max_actors: int = 80,
    implied: bool = False,
    seed: int = 0,
    title: str = "政策网络：机构—措施",
) -> Path:
    """Write an interactive view of the network: pan, zoom, hover for the measure text.

    A force layout of the actors with most measures and their measures; actor nodes are
    labelled and sized by their measures, measure nodes show the measure's text, path,
    instrument, theme, status and actors on hover; edges are coloured by role. The HTML file
    is self-contained (plotly's JavaScript is embedded) and works offline.

    Needs plotly (``pip install plotly``); raises ImportError with that command otherwise.

    Examples
    --------
    >>> import networkx as nx, tempfile, os
    >>> G = nx.DiGraph()
    >>> G.add_node("actor:a", node_type="actor", label="省住建厅", kind="org")
    >>> G.add_node("measure:d:0-9", node_type="measure", text="推进绿色建材产业园建设。")
    >>> G.add_edge("actor:a", "measure:d:0-9", relation="involves", role="lead", implied=False)
    >>> path = network_html(G, os.path.join(tempfile.mkdtemp(), "g.html"))  # doctest: +SKIP
    >>> "推进绿色建材产业园建设" in path.read_text(encoding="utf-8")  # doctest: +SKIP
    True
    """
    try:
        import plotly.graph_objects as go
    except ImportError as exc:
        raise ImportError(_HTML_INSTALL) from exc
    import networkx as nx

    actors, score = _select(G, max_actors, implied)
    keep = set(actors)
    edges = [
        (u, v, d)
        for u, v, d in G.edges(data=True)
        if d.get("relation") == "involves" and u in keep and (implied or not d.get("implied"))
    ]
    measures = sorted({v for _, v, _ in edges}, key=_measure_order(G))
    H = nx.Graph()
    H.add_nodes_from(actors)
    H.add_nodes_from(measures)
    H.add_edges_from((u, v) for u, v, _ in edges)
    pos = nx.spring_layout(H, seed=seed) if len(H) else {}
    traces: list[Any] = []
    for role in ("implied", "target", "participate", "lead"):
        xs: list[float | None] = []
        ys: list[float | None] = []
        for u, v, d in edges:
            if ("implied" if d.get("implied") else str(d.get("role"))) == role:
                xs += [float(pos[u][0]), float(pos[v][0]), None]
                ys += [float(pos[u][1]), float(pos[v][1]), None]
        style = ROLE_STYLES[role]
        dash = {"-": "solid", "--": "dash", ":": "dot"}[style["linestyle"]]
        traces.append(
            go.Scatter(
                x=xs,
                y=ys,
                mode="lines",
                name=_ROLE_NAMES[role],
                hoverinfo="skip",
                opacity=style["alpha"],
                line={"color": style["color"], "width": style["linewidth"] * 1.5, "dash": dash},
            )
        )
    traces.append(
        go.Scatter(
            x=[float(pos[m][0]) for m in measures],
            y=[float(pos[m][1]) for m in measures],
            mode="markers",
            name="措施 measure",
            marker={"symbol": "square", "size": 7, "color": "#999999"},
            hovertext=[_hover(G, m) for m in measures],
            hoverinfo="text",
        )
    )
    names = _actor_names(G, actors)
    for kind in sorted({str(G.nodes[a].get("kind", "org")) for a in actors}):
        these = [a for a in actors if G.nodes[a].get("kind", "org") == kind]
        traces.append(
            go.Scatter(
                x=[float(pos[a][0]) for a in these],
                y=[float(pos[a][1]) for a in these],
                mode="markers+text",
                name=_KIND_NAMES.get(kind, kind),
                text=[names[a] for a in these],
                textposition="top center",
                marker={
                    "size": [8 + 4 * score[a] ** 0.5 for a in these],
                    "color": KIND_COLORS.get(kind, "#333333"),
                    "line": {"color": "white", "width": 1},
                },
                hovertext=[_hover(G, a) for a in these],
                hoverinfo="text",
            )
        )
    fig = go.Figure(traces)
    fig.update_layout(
        title=title,
        showlegend=True,
        hovermode="closest",
        dragmode="pan",
        plot_bgcolor="white",
        xaxis={"visible": False},
        yaxis={"visible": False},
        font={
            "family": "Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, "
            "WenQuanYi Zen Hei, SimHei, sans-serif"
        },
        height=800,
    )
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.write_html(out, include_plotlyjs=True, config={"scrollZoom": True})
    return out
