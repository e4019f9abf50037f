"""Theme plots: axes returned, PNGs written, Chinese labels rendered with a CJK font."""

from __future__ import annotations

import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pytest
from matplotlib.axes import Axes

from policytext import viz
from policytext.themes import ThemeModel

DOCS = [
    ["引进", "高层次", "人才", "安家", "补贴"],
    ["人才", "培养", "实训", "基地"],
    ["人才", "公寓", "引进", "人才"],
    ["产业", "园区", "基础设施", "用地"],
    ["园区", "标准", "厂房"],
    ["产业", "园区", "集聚", "用地"],
]
DATES = ["2022-01-01", "2023-01-01", "2023-06-01", "2022-03-01", "2024-01-01", "2024-02-01"]


@pytest.fixture(scope="module")
def font() -> str:
    name = viz.find_cjk_font()
    if name is None:
        pytest.skip("no CJK font installed (CI installs fonts-noto-cjk via scripts/setup.sh)")
    return name


@pytest.fixture(scope="module")
def model() -> ThemeModel:
    return ThemeModel(n_themes=2, random_state=0).fit(DOCS)


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def _save_without_glyph_warnings(ax: Axes, path) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ax.figure.savefig(path)
    missing = [str(w.message) for w in caught if "missing from font" in str(w.message)]
    assert not missing, missing
    assert path.stat().st_size > 1000


def test_find_cjk_font_has_chinese_glyphs(font):
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    path = font_manager.findfont(
        font_manager.FontProperties(family=font), fallback_to_default=False
    )
    assert FT2Font(path).get_char_index(ord("主"))


def test_draw_theme_sizes(model, font, tmp_path):
    ax = viz.draw_theme_sizes(model)
    assert isinstance(ax, Axes)
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        f"{t} {model.theme_labels_[t]}" for t in range(2)
    ]
    _save_without_glyph_warnings(ax, tmp_path / "sizes.png")


def test_draw_themes_over_time_from_model_and_frame(font, tmp_path):
    dated = ThemeModel(n_themes=2, random_state=0).fit(
        __import__("pandas").DataFrame({"tokens": DOCS, "date": DATES})
    )
    ax = viz.draw_themes_over_time(dated)
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2022", "2023", "2024"]
    assert len(ax.get_legend().get_texts()) == 2
    _save_without_glyph_warnings(ax, tmp_path / "time_model.png")
    _fig, given = plt.subplots()
    ax2 = viz.draw_themes_over_time(dated.themes_over_time(freq="Y"), ax=given)
    assert ax2 is given
    _save_without_glyph_warnings(ax2, tmp_path / "time_frame.png")


def test_draw_theme_terms(model, font, tmp_path):
    _fig, given = plt.subplots()
    ax = viz.draw_theme_terms(model, 0, ax=given, n=3)
    assert ax is given
    assert len(ax.get_yticklabels()) == 3
    assert "主题" in ax.get_title()
    _save_without_glyph_warnings(ax, tmp_path / "terms.png")
    with pytest.raises(ValueError, match="no theme 7"):
        viz.draw_theme_terms(model, 7)


def test_use_cjk_font_restores_rcparams(font, tmp_path):
    before = dict(matplotlib.rcParams)
    with viz.use_cjk_font() as name:
        assert name == font
        assert matplotlib.rcParams["font.sans-serif"][0] == font
        _fig, ax = plt.subplots()
        ax.set_title("政策主题")
        _save_without_glyph_warnings(ax, tmp_path / "own.png")
    assert dict(matplotlib.rcParams) == before
    assert viz.cjk_rc(font)["font.sans-serif"][0] == font


def test_import_changes_no_global_state():
    import subprocess
    import sys

    code = (
        "import matplotlib as mpl; before = dict(mpl.rcParams); "
        "import policytext.viz, policytext.themes; "
        "assert dict(mpl.rcParams) == before; print('ok')"
    )
    out = subprocess.run(
        [sys.executable, "-W", "error", "-c", code], capture_output=True, text=True
    )
    assert out.stdout.strip() == "ok", out.stderr


def test_no_cjk_font_warns_with_install_command(monkeypatch):
    monkeypatch.setattr(viz, "find_cjk_font", lambda: None)
    with pytest.warns(UserWarning, match="apt-get install fonts-noto-cjk"):
        with viz.use_cjk_font() as name:
            assert name is None
    assert viz.cjk_rc() == {}
