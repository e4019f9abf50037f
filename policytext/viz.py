"""Plots of themes, with Chinese labels that render.

matplotlib's default font (DejaVu Sans) has no Chinese glyphs: labels come out as boxes and
matplotlib warns ``Glyph … missing from font(s) DejaVu Sans``. :func:`find_cjk_font` finds an
installed CJK font; every ``draw_*`` function uses it for its own text (nothing global is
changed, at import or otherwise); :func:`use_cjk_font` does the same for your own plots::

    with use_cjk_font():
        fig, ax = plt.subplots()
        ax.set_title("主题")
        fig.savefig("plot.png")

Install a font when none is found: ``sudo apt-get install fonts-noto-cjk`` (Debian/Ubuntu),
``brew install --cask font-noto-sans-cjk-sc`` (macOS), or any CJK .ttf/.otf/.ttc file plus
``matplotlib.font_manager.fontManager.addfont(path)``.

The ``draw_*`` functions take ``ax=None`` (a new figure is created) and return the axes.
"""

from __future__ import annotations

import contextlib
import logging
import warnings
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

__all__ = [
    "CJK_FONTS",
    "cjk_rc",
    "draw_theme_sizes",
    "draw_theme_terms",
    "draw_themes_over_time",
    "find_cjk_font",
    "use_cjk_font",
]

# Preferred fonts, best first (family names as matplotlib's font manager reports them).
CJK_FONTS = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "Noto Sans CJK JP",
    "Noto Sans CJK TC",
    "Source Han Sans",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "SimHei",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Heiti SC",
    "STHeiti",
    "Noto Serif CJK SC",
    "Source Han Serif SC",
    "SimSun",
    "AR PL UMing CN",
    "AR PL UKai CN",
)

INSTALL_HINT = (
    "no CJK font found, Chinese labels will render as boxes: install one, e.g. "
    "`sudo apt-get install fonts-noto-cjk` (Debian/Ubuntu) or "
    "`brew install --cask font-noto-sans-cjk-sc` (macOS), then remove matplotlib's font cache "
    "(`rm -rf ~/.cache/matplotlib`) or call "
    "`matplotlib.font_manager.fontManager.addfont(path)`"
)

_PROBE = "主题政策"


def _has_glyphs(path: str) -> bool:
    from matplotlib.ft2font import FT2Font

    try:
        font = FT2Font(path)
        return all(font.get_char_index(ord(ch)) for ch in _PROBE)
    except (OSError, RuntimeError, ValueError):
        return False


@lru_cache(maxsize=1)
def _discover() -> str | None:
    from matplotlib import font_manager

    names = {f.name for f in font_manager.fontManager.ttflist}
    for name in CJK_FONTS:
        if name in names:
            return name
    # Fonts installed after matplotlib built its cache, or with names not in the list:
    # register system fonts that carry Chinese glyphs.
    known = {f.fname for f in font_manager.fontManager.ttflist}
    candidates = [f.fname for f in font_manager.fontManager.ttflist]
    candidates += [p for p in font_manager.findSystemFonts() if p not in known]
    hints = ("cjk", "han", "wqy", "hei", "song", "ming", "kai", "yahei", "pingfang", "noto")
    candidates.sort(key=lambda p: (not any(h in p.lower() for h in hints), p))
    for path in candidates:
        if _has_glyphs(path):
            if path not in known:
                font_manager.fontManager.addfont(path)
            return font_manager.FontProperties(fname=path).get_name()
    return None


def find_cjk_font() -> str | None:
    """The family name of an installed font with Chinese glyphs, or ``None``.

    Looks for the fonts of :data:`CJK_FONTS` (Noto Sans CJK SC, Source Han Sans,
    WenQuanYi Zen Hei, SimHei, Microsoft YaHei, PingFang …) among matplotlib's fonts, then
    for any system font that has Chinese glyphs. The answer is cached.

    Examples
    --------
    >>> name = find_cjk_font()
    >>> name is None or isinstance(name, str)
    True
    """
    return _discover()


def _font_or_warn(font: str | None) -> str | None:
    name = font or find_cjk_font()
    if name is None:
        warnings.warn(INSTALL_HINT, UserWarning, stacklevel=3)
    return name


def cjk_rc(font: str | None = None) -> dict[str, Any]:
    """rcParams that make a CJK font the first sans-serif font (empty when none is found).

    Apply them yourself when you want a global change:
    ``matplotlib.rcParams.update(cjk_rc())``.

    Examples
    --------
    >>> rc = cjk_rc("WenQuanYi Zen Hei")
    >>> rc["font.sans-serif"][0], rc["axes.unicode_minus"]
    ('WenQuanYi Zen Hei', False)
    """
    import matplotlib as mpl

    name = font or find_cjk_font()
    if name is None:
        return {}
    rest = [f for f in mpl.rcParams["font.sans-serif"] if f != name]
    return {
        "font.family": ["sans-serif"],
        "font.sans-serif": [name, *rest],
        "axes.unicode_minus": False,
    }


@contextlib.contextmanager
def use_cjk_font(font: str | None = None) -> Iterator[str | None]:
    """Use a CJK font inside a ``with`` block (``matplotlib.rc_context``); yields its name.

    Draw *and save* inside the block: matplotlib resolves generic families when it renders.
    Warns, with the install command, when no CJK font is installed.

    Examples
    --------
    >>> import matplotlib as mpl
    >>> before = mpl.rcParams["font.sans-serif"]
    >>> with use_cjk_font("WenQuanYi Zen Hei") as name:
    ...     mpl.rcParams["font.sans-serif"][0]
    'WenQuanYi Zen Hei'
    >>> mpl.rcParams["font.sans-serif"] == before
    True
    """
    import matplotlib as mpl

    _quiet_weight_fallback()
    name = _font_or_warn(font)
    rc: Any = cjk_rc(name) if name else {}
    with mpl.rc_context(rc):
        yield name


def _quiet_weight_fallback() -> None:
    """Drop matplotlib's "Failed to find font weight normal … now using 500" messages: CJK
    fonts shipped in one weight (WenQuanYi Zen Hei is 500) render fine with it."""
    logger = logging.getLogger("matplotlib.font_manager")
    if not any(isinstance(f, _WeightFallbackFilter) for f in logger.filters):
        logger.addFilter(_WeightFallbackFilter())


class _WeightFallbackFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return "Failed to find font weight" not in record.getMessage()


# --------------------------------------------------------------------------- helpers
def _new_ax(ax: Any, figsize: tuple[float, float]) -> Any:
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    # A pyplot figure, so notebooks show it; close it with plt.close(ax.figure).
    _, new = plt.subplots(figsize=figsize, layout="constrained")
    return new


def _apply_font(ax: Any, name: str | None) -> None:
    """Pin every text of ``ax`` (and future tick labels) to the font, by name, so it
    renders the same when the figure is saved outside any rc context."""
    if name is None:
        return
    from matplotlib.text import Text

    for text in ax.findobj(Text):
        text.set_fontfamily([name])
    ax.tick_params(labelfontfamily=name)
    legend = ax.get_legend()
    if legend is not None:
        for text in legend.get_texts():
            text.set_fontfamily([name])
        legend.get_title().set_fontfamily([name])


def _theme_names(model: Any) -> dict[int, str]:
    return {int(t): f"{t} {label}" for t, label in model.theme_labels_.items()}


# --------------------------------------------------------------------------- plots
def draw_theme_sizes(model: Any, ax: Any = None, *, font: str | None = None) -> Any:
    """Horizontal bars: measures per theme, labelled ``theme id + label``.

    Examples
    --------
    >>> from policytext.themes import ThemeModel
    >>> model = ThemeModel(n_themes=2, random_state=0).fit(
    ...     [["人才", "引进"], ["人才", "培养"], ["园区", "建设"], ["园区", "用地"]])
    >>> ax = draw_theme_sizes(model, font=None)
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['0 人才·培养·引进', '1 园区·建设·用地']
    """
    info = model.get_theme_info()
    names = _theme_names(model)
    with use_cjk_font(font) as name:
        ax = _new_ax(ax, (7, 0.4 * len(info) + 1.5))
        labels = [names[int(t)] for t in info["theme"]]
        ax.barh(range(len(info)), info["size"], color="#4C72B0")
        ax.set_yticks(range(len(info)), labels)
        ax.invert_yaxis()
        ax.set_xlabel("措施数 (measures)")
        ax.set_title("主题规模 (theme sizes)")
        _apply_font(ax, name)
    return ax


def draw_themes_over_time(
    model_or_frame: Any, ax: Any = None, *, freq: str = "Y", font: str | None = None
) -> Any:
    """Stacked bars of measures per theme per period.

    ``model_or_frame`` is a fitted :class:`~policytext.themes.ThemeModel` (its measures'
    dates) or the frame of :meth:`ThemeModel.themes_over_time` (rows periods, columns themes).

    Examples
    --------
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"人才": [1, 2], "园区": [3, 0]}, index=["2023", "2024"])
    >>> ax = draw_themes_over_time(frame, font=None)
    >>> [t.get_text() for t in ax.get_legend().get_texts()]
    ['人才', '园区']
    """
    import numpy as np

    if hasattr(model_or_frame, "themes_over_time"):
        frame = model_or_frame.themes_over_time(freq=freq)
        names = _theme_names(model_or_frame)
        frame = frame.rename(columns=lambda c: names.get(int(c), str(c)))
    else:
        frame = model_or_frame
    with use_cjk_font(font) as name:
        ax = _new_ax(ax, (8, 4.5))
        x = np.arange(len(frame.index))
        bottom = np.zeros(len(frame.index))
        for col in frame.columns:
            values = frame[col].to_numpy(dtype=float)
            ax.bar(x, values, bottom=bottom, label=str(col))
            bottom += values
        ax.set_xticks(x, [str(i) for i in frame.index])
        ax.set_ylabel("措施数 (measures)")
        ax.set_title("主题随时间变化 (themes over time)")
        ax.legend(fontsize="small", loc="upper left", bbox_to_anchor=(1.0, 1.0))
        _apply_font(ax, name)
    return ax


def draw_theme_terms(
    model: Any, theme: int, ax: Any = None, *, n: int = 10, font: str | None = None
) -> Any:
    """Horizontal bars of a theme's keywords and their class-based TF-IDF scores.

    Examples
    --------
    >>> from policytext.themes import ThemeModel
    >>> model = ThemeModel(n_themes=2, random_state=0).fit(
    ...     [["人才", "引进"], ["人才", "培养"], ["园区", "建设"], ["园区", "用地"]])
    >>> ax = draw_theme_terms(model, 1, font=None)
    >>> [t.get_text() for t in ax.get_yticklabels()][0]
    '园区'
    """
    if theme not in model.theme_terms_:
        raise ValueError(f"no theme {theme!r}: the model has themes 0–{model.n_themes_ - 1}")
    terms = model.theme_terms_[theme][:n]
    with use_cjk_font(font) as name:
        ax = _new_ax(ax, (6, 0.35 * len(terms) + 1.5))
        ax.barh(range(len(terms)), [s for _, s in terms], color="#55A868")
        ax.set_yticks(range(len(terms)), [t for t, _ in terms])
        ax.invert_yaxis()
        ax.set_xlabel("c-TF-IDF")
        ax.set_title(f"主题 {theme}: {model.theme_labels_[theme]}")
        _apply_font(ax, name)
    return ax
