"""Network drawing: layouts, role styles, legend, and Chinese labels the chosen font covers."""

from __future__ import annotations

import json
import sys
import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import networkx as nx
import pytest
from matplotlib.text import Text

from policytext import viz
from policytext.netviz import ROLE_STYLES, draw_network, font_path, missing_glyphs


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


@pytest.fixture(scope="module")
def font() -> str:
    name = viz.find_cjk_font()
    if name is None:
        pytest.fail(viz.INSTALL_HINT)  # CI installs one (scripts/setup.sh); boxes are a bug
    return name


def _graph() -> nx.DiGraph:
    G = nx.DiGraph()
    actors = [
        ("actor:a", "河南省住房和城乡建设厅", "省住建厅", "org"),
        ("actor:b", "河南省工业和信息化厅", "省工信厅", "org"),
        ("actor:c", "洛阳玻璃", "洛阳玻璃", "firm"),
        ("actor:d", "何金平", "何金平", "person"),
        ("actor:e", "郑州航空港经济综合实验区管理委员会", "管委会", "org"),
    ]
    for n, label, short, kind in actors:
        G.add_node(n, node_type="actor", label=label, short_label=short, kind=kind)
    for i, (theme, inst) in enumerate(
        [("组织领导与协调", "environment"), ("企业培育", "supply"), ("企业培育", "supply")]
    ):
        G.add_node(
            f"measure:d:{i}-{i + 1}",
            node_type="measure",
            document="d",
            char_start=i,
            theme="",
            theme_label=theme,
            instrument=inst,
        )
    for u, v, role, implied in [
        ("actor:a", "measure:d:0-1", "lead", False),
        ("actor:b", "measure:d:0-1", "participate", False),
        ("actor:d", "measure:d:0-1", "lead", False),
        ("actor:c", "measure:d:1-2", "target", False),
        ("actor:e", "measure:d:1-2", "lead", True),
        ("actor:a", "measure:d:2-3", "lead", False),
    ]:
        G.add_edge(u, v, relation="involves", role=role, implied=implied)
    return G


def _texts(ax) -> list[Text]:
    return [t for t in ax.findobj(Text) if t.get_text().strip()]


@pytest.mark.parametrize("layout", ["layered", "force"])
def test_every_label_character_is_in_the_chosen_font(font, layout, tmp_path):
    ax = draw_network(_graph(), layout=layout)
    texts = _texts(ax)
    drawn = [t.get_text() for t in texts]
    assert "省住建厅" in drawn and "何金平" in drawn and any("lead" in t for t in drawn)
    chinese = [t for t in texts if any(ord(ch) > 0x2E80 for ch in t.get_text())]
    assert chinese
    for t in chinese:
        assert t.get_fontfamily()[0] == font, t.get_text()
    path = font_path(font)
    assert path is not None
    assert missing_glyphs(drawn, font) == set()
    # and matplotlib agrees when it renders: no "Glyph … missing from font" warning
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ax.figure.savefig(tmp_path / f"{layout}.png")
    assert not [w for w in caught if "missing from font" in str(w.message)]
    assert (tmp_path / f"{layout}.png").stat().st_size > 5000


def test_layered_layout_actors_left_measures_grouped_right(font):
    G = _graph()
    ax = draw_network(G, group_by="theme")
    texts = {t.get_text(): t.get_position() for t in ax.texts}
    assert texts["省住建厅"][0] < 0 < 1 < texts["企业培育"][0]
    assert "组织领导与协调" in texts
    ax = draw_network(G, group_by="instrument")
    assert {"supply", "environment"} <= {t.get_text() for t in ax.texts}


def test_edge_styles_follow_roles_and_legend_explains_them(font):
    ax = draw_network(_graph())
    styles = {(ln.get_color(), ln.get_linestyle()) for ln in ax.get_lines()}
    for role in ("lead", "participate", "target", "implied"):
        s = ROLE_STYLES[role]
        assert (s["color"], {"-": "-", "--": "--", ":": ":"}[s["linestyle"]]) in styles
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert {"牵头 lead", "参与 participate", "对象 target", "企业 firm", "人物 person"} <= set(
        legend
    )


def test_node_size_follows_centrality(font):
    ax = draw_network(_graph(), size_by="measures")
    sizes = {}
    for coll in ax.collections:
        label = coll.get_label()
        if label.startswith("机构"):
            sizes[label] = sorted(coll.get_sizes())
    org = sizes["机构 org"]
    assert org[-1] > org[0]  # 省住建厅 (2 measures) drawn larger than 省工信厅 (1)


def test_draws_on_given_axes_and_rejects_unknown_layout(font):
    _fig, ax = plt.subplots()
    assert draw_network(_graph(), ax=ax, implied=False, labels=False) is ax
    assert not [t for t in ax.texts if t.get_text() == "省住建厅"]
    with pytest.raises(ValueError, match="layered"):
        draw_network(_graph(), layout="circle")


def test_warns_with_the_fix_when_no_cjk_font(monkeypatch):
    monkeypatch.setattr(viz, "find_cjk_font", lambda: None)
    with pytest.warns(UserWarning, match="fonts-noto-cjk"):
        draw_network(_graph(), labels=False)


def test_warns_when_the_font_lacks_a_label_character(font):
    G = _graph()
    G.nodes["actor:a"]["short_label"] = "\U0001f600"  # no CJK font has this emoji
    with pytest.warns(UserWarning, match="no glyph"):
        draw_network(G)


def test_missing_glyphs_without_a_font():
    assert missing_glyphs(["链长 lead"], None) == {"链", "长"}


def test_many_measures_are_drawn_as_groups(font):
    G = _graph()
    G.add_edge("actor:c", "measure:d:2-3", relation="involves", role="target", implied=False)
    ax = draw_network(G, max_measures=2)
    texts = {t.get_text() for t in ax.texts}
    assert {"企业培育 (2)", "组织领导与协调 (1)"} <= texts
    # one line per actor, group and role: 洛阳玻璃's two 企业培育 targets are one, wider line
    assert G.number_of_edges() == 7 and len(ax.get_lines()) == 6
    target = ROLE_STYLES["target"]
    widths = [ln.get_linewidth() for ln in ax.get_lines() if ln.get_linestyle() == ":"]
    assert widths == [pytest.approx(target["linewidth"] * (0.5 + 2**0.5))]


def test_shared_short_labels_fall_back_to_canonical_names(font):
    G = _graph()
    G.nodes["actor:b"]["short_label"] = "省住建厅"
    texts = {t.get_text() for t in draw_network(G, label_chars=30).texts}
    assert {"河南省住房和城乡建设厅", "河南省工业和信息化厅"} <= texts


def test_network_html_is_interactive_and_keeps_the_measure_text(tmp_path):
    pytest.importorskip("plotly")
    from policytext.netviz import network_html

    G = _graph()
    G.nodes["measure:d:0-1"]["text"] = "成立由省人大常委会副主任何金平任链长的工作专班。"
    path = network_html(G, tmp_path / "g.html", implied=True)
    html = path.read_text(encoding="utf-8")
    escaped = json.dumps("何金平任链长")[1:-1]  # plotly writes its data as JSON
    assert escaped in html or "何金平任链长" in html
    assert "Plotly.newPlot" in html and '"scrollZoom": true' in html.replace(":true", ": true")
    assert 'src="https://cdn.plot.ly' not in html  # plotly.js embedded: works offline


def test_network_html_without_plotly_says_how_to_install(monkeypatch, tmp_path):
    from policytext.netviz import network_html

    monkeypatch.setitem(sys.modules, "plotly", None)
    monkeypatch.setitem(sys.modules, "plotly.graph_objects", None)
    with pytest.raises(ImportError, match="pip install plotly"):
        network_html(_graph(), tmp_path / "g.html")
