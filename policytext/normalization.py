"""Text normalisation with an offset map back to the source.

What it does (and nothing else, so offsets stay meaningful):

- full-width ASCII letters and digits become half-width (``２０２４`` → ``2024``);
- stray spaces touching Chinese text are removed (``2013 年`` → ``2013年``), other runs of
  spaces collapse to one, leading and trailing spaces of lines go (including the
  ideographic paragraph indent ``　　``);
- zero-width characters, BOMs and control characters other than line breaks are dropped;
  ``\\r\\n`` and ``\\r`` become ``\\n``;
- page-number lines (``— 3 —``, ``- 3 -``, ``第 3 页``, ``第3页 共12页``, ``3/12``) and running
  headers (a short line repeated on several pages) are dropped;
- lines broken inside a sentence are joined: hard-wrapped lines (many lines of the same
  width) and lines that end or start with punctuation that cannot end / start a line.

Blank lines (paragraph and page separators) are kept: page-order repair works on them.
The function is idempotent: it repeats its pass until the text no longer changes.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from .offsets import OffsetMap, OffsetMapBuilder

_FULLWIDTH_ALNUM = {
    **{chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)},
    **{chr(c): chr(c - 0xFEE0) for c in range(0xFF21, 0xFF3B)},
    **{chr(c): chr(c - 0xFEE0) for c in range(0xFF41, 0xFF5B)},
}
_HSPACE = " \t\u00a0\u3000\u2002\u2003\u2009\u202f"
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_CJK_RE = re.compile(
    r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef《》“”‘’—…·]"
)

_PAGE_NUMBER_RE = re.compile(
    r"^\s*(?:"
    r"[—–\-－~～]+\s*\d{1,4}\s*[—–\-－~～]+"  # — 3 —
    r"|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?"  # 第 3 页 / 第3页 共12页
    r"|\d{1,4}\s*/\s*\d{1,4}"  # 3/12
    r"|[\-－]?\s*\d{1,3}\s*[\-－]?"  # a bare page number, or - 3 -
    r")\s*$"
)
# a line cannot end here inside a sentence (it continues on the next line)
_CONTINUES_AFTER = set("，、（《“‘—")
# a line cannot start with these (it continues the previous line)
_CONTINUES_BEFORE = set("，。、；：！？）》”’")
_TERMINAL = set("。！？；：!?;:…」』”’）)】〕》")
_STARTS_ITEM_RE = re.compile(
    r"^(?:[一二三四五六七八九十百]+[、是]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|第[一二三四五六七八九十百\d]+[章节条款]"
    r"|附件|抄送|联系人|联系电话|签发人|办理结果|主送|[①-⑳⑴-⒇])"
)


@dataclass
class Normalized:
    """Result of :func:`normalize`: the text, its map to the source and what was done."""

    text: str
    offset_map: OffsetMap
    changes: Counter[str] = field(default_factory=Counter)


_ASCII_PUNCT = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？"}
_ASCII_PUNCT_RE = re.compile(r"[,;:()!?]")


def fold_punctuation(text: str) -> str:
    """``text`` with ASCII punctuation that touches Chinese text in its full-width form.

    Pages and PDFs often carry ``,`` ``;`` ``(`` where a 公文 writes ``，`` ``；`` ``（``.
    The rules read this folded view; it has the same length as ``text``, so every offset
    found on it is an offset into ``text`` (whose characters the results keep). A comma
    between digits (``1,000``) or a colon in a time (``10:30``) stays.

    >>> fold_punctuation("各市(区)政府,省财政厅;10:30开会,投资1,000万元")
    '各市（区）政府，省财政厅；10:30开会，投资1,000万元'
    """
    if not _ASCII_PUNCT_RE.search(text):
        return text

    def fold(m: re.Match[str]) -> str:
        k = m.start()
        prev = text[k - 1] if k else ""
        nxt = text[k + 1] if k + 1 < len(text) else ""
        if prev.isdigit() and nxt.isdigit():
            return m.group()  # 1,000 / 10:30
        if (prev and _CJK_RE.match(prev)) or (nxt and _CJK_RE.match(nxt)):
            return _ASCII_PUNCT[m.group()]
        return m.group()

    return _ASCII_PUNCT_RE.sub(fold, text)


def fold_width(ch: str) -> str:
    """Half-width form of a full-width ASCII letter or digit (other characters unchanged)."""
    return _FULLWIDTH_ALNUM.get(ch, ch)


def normalize(text: str, *, max_passes: int = 5) -> Normalized:
    """Normalise ``text``; the offset map leads from the result back to ``text``.

    Examples
    --------
    >>> n = normalize("　　２０１３ 年，\\n航空港区获批设立。\\n— 3 —\\n")
    >>> n.text
    '2013年，航空港区获批设立。\\n'
    >>> n.offset_map.to_source(n.text.index("年"))
    7
    """
    result = Normalized(text, OffsetMap.identity(len(text)))
    for _ in range(max_passes):
        step = _normalize_pass(result.text)
        if step.text == result.text:
            break
        result = Normalized(
            step.text, step.offset_map.compose(result.offset_map), result.changes + step.changes
        )
    return result


def _split_lines(text: str) -> list[tuple[int, int, int]]:
    """(start, end, newline_end) for every line; the break is \\n, \\r\\n or \\r."""
    out = []
    for m in re.finditer(r"([^\r\n]*)(\r\n|\r|\n|$)", text):
        if m.start() == len(text) and not m.group(0):
            break
        out.append((m.start(1), m.end(1), m.end(2)))
        if not m.group(2):
            break
    return out


# the characters _clean_line rewrites or drops; everything between them is copied in one run
_SPECIAL_RE = re.compile(
    "[" + re.escape(_HSPACE + _INVISIBLE + "".join(_FULLWIDTH_ALNUM)) + "\x00-\x0b\x0d-\x1f\x7f]"
)


_TAB_RUN = re.compile(r"[ \u3000]*\t[\t \u3000]*")


def _clean_line(
    text: str, start: int, end: int, b: OffsetMapBuilder, changes: Counter[str]
) -> None:
    """Emit one line with spaces, invisibles and full-width alphanumerics normalised."""
    i = start
    # trim
    while i < end and (text[i] in _HSPACE or text[i] in _INVISIBLE):
        i += 1
    j = end
    while j > i and (text[j - 1] in _HSPACE or text[j - 1] in _INVISIBLE):
        j -= 1
    if i > start or j < end:
        changes["trimmed"] += 1
    # a table row (docx tables arrive one row per line, cells separated by tabs): with three
    # cells or more, the cell boundary stays visible as "|" so the row's cells can be read
    table_row = len(_TAB_RUN.findall(text, i, j)) >= 2
    k = i
    while k < j:
        m = _SPECIAL_RE.search(text, k, j)
        if m is None:
            b.emit(text[k:j], k)
            return
        if m.start() > k:
            b.emit(text[k : m.start()], k)
        k = m.start()
        ch = text[k]
        if ch in _HSPACE:
            run_end = k
            while run_end < j and text[run_end] in _HSPACE:
                run_end += 1
            if table_row and "\t" in text[k:run_end]:
                for t in range(k, run_end):  # one per tab: an empty cell keeps its column
                    if text[t] == "\t":
                        b.emit("|", t)
                        changes["cell_separator"] += 1
                k = run_end
                continue
            prev_ch, next_ch = fold_width(text[k - 1]), fold_width(text[run_end])
            if _CJK_RE.match(prev_ch) or _CJK_RE.match(next_ch):
                changes["space_removed"] += 1
            else:
                if run_end - k > 1 or ch != " ":
                    changes["space_collapsed"] += 1
                b.emit(" ", k)
            k = run_end
            continue
        if ch in _FULLWIDTH_ALNUM:
            b.emit(_FULLWIDTH_ALNUM[ch], k)
            changes["fullwidth_folded"] += 1
        else:  # invisible or control character
            changes["invisible_removed"] += 1
        k += 1


def _line_key(text: str) -> str:
    return re.sub(rf"[{_HSPACE}{_INVISIBLE}]+", "", text)


def _running_headers(lines: list[str]) -> set[str]:
    """Short lines that recur on several pages (running headers / footers).

    A line recurring in a table (the same unit in every row) is content: a recurring line is
    page furniture only when every occurrence sits next to a page break (a page-number line
    or a form feed).
    """
    keys = [_line_key(x) for x in lines]
    where: dict[str, list[int]] = {}
    for n, k in enumerate(keys):
        if 2 <= len(k) <= 30:
            where.setdefault(k, []).append(n)
    # a bare number line may be a table's row number; only a marked page number (— 3 —, 第3页,
    # 3/10) or a form feed is a page break
    breaks = [
        n
        for n, (k, x) in enumerate(zip(keys, lines, strict=True))
        if "\f" in x or (_PAGE_NUMBER_RE.match(k) and not k.strip().isdigit())
    ]

    def near_break(n: int) -> bool:
        return any(abs(n - b) <= 2 for b in breaks)

    return {
        k
        for k, pos in where.items()
        if len(pos) >= 3
        and k[-1] not in _TERMINAL
        and not _STARTS_ITEM_RE.match(k)
        and _CJK_RE.search(k)
        and all(near_break(n) for n in pos)
    }


def display_width(line: str) -> int:
    """Columns a line occupies: 2 for wide (CJK) characters, 1 otherwise."""
    if line.isascii():
        return len(line)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


# a full line may stop short of the wrap width by up to one wide character plus one narrow
_WRAP_SLACK = 3


def _wrap_width(widths: list[int]) -> int | None:
    """Display width of hard-wrapped lines, when many lines share (almost) the same width."""
    long_lines = [n for n in widths if n >= 30]
    if len(long_lines) < 4:
        return None
    counts = Counter(long_lines)
    # the wrap width is the most common width, counting its near neighbours
    width = max(counts, key=lambda w: (sum(counts[w + d] for d in (-1, 0, 1)), w))
    near = sum(1 for n in long_lines if abs(n - width) <= _WRAP_SLACK)
    # wrapped text has (almost) no line longer than its wrap width; a list of names of similar
    # length among one-line paragraphs is not wrapped text
    over = sum(1 for n in long_lines if n > width + _WRAP_SLACK)
    if near >= 3 and near >= 0.3 * len(long_lines) and over <= max(2, 0.1 * near):
        return width
    return None


def _normalize_pass(text: str) -> Normalized:
    changes: Counter[str] = Counter()
    b = OffsetMapBuilder(text)
    spans = _split_lines(text)
    keys = [_line_key(text[s:e]) for s, e, _ in spans]
    headers = _running_headers([text[s:e] for s, e, _ in spans])
    # only lines of 30+ columns count; a line of fewer than 15 characters cannot have them
    width = _wrap_width([display_width(k) if len(k) >= 15 else len(k) for k in keys])
    drop = [bool(k) and (bool(_PAGE_NUMBER_RE.match(k)) or k in headers) for k in keys]
    changes["page_furniture_dropped"] += sum(drop)
    kept = [n for n in range(len(spans)) if not drop[n]]
    for pos, n in enumerate(kept):
        s, e, nl_end = spans[n]
        _clean_line(text, s, e, b, changes)
        if nl_end == e:  # last line without a break
            continue
        nxt = kept[pos + 1] if pos + 1 < len(kept) else None
        if nxt is not None and _should_join(keys[n], keys[nxt], width):
            changes["lines_joined"] += 1
            continue
        brk = text[e:nl_end]
        b.emit("\n", e + (len(brk) - 1))  # map to the \n of \r\n (or the lone \r)
        if brk != "\n":
            changes["line_breaks_unified"] += 1
    out, omap = b.build()
    return Normalized(out, omap, changes)


def _unclosed(line: str) -> bool:
    return any(line.count(o) > line.count(c) for o, c in ("（）", "《》", "“”"))


_ROW_NUMBER_RE = re.compile(r"(\d{1,4})(?=[^\d.．、,，%年月日])")


def _numbered_rows(prev: str, nxt: str) -> bool:
    """Consecutive rows of a numbered table or list (``12河北…公司`` / ``13河北…公司``)."""
    a, b = _ROW_NUMBER_RE.match(prev), _ROW_NUMBER_RE.match(nxt)
    return bool(a and b and int(b.group(1)) == int(a.group(1)) + 1)


def _should_join(prev: str, nxt: str, width: int | None) -> bool:
    """Is the break between two non-blank lines inside a sentence?"""
    if not prev or not nxt or "\f" in prev or "\f" in nxt:
        return False
    if _STARTS_ITEM_RE.match(nxt) or _numbered_rows(prev, nxt):
        return False
    if nxt[0] in _CONTINUES_BEFORE:
        return True
    if _unclosed(prev) and _CJK_RE.match(nxt[0]):
        return True  # a bracket, title mark or quote opened on this line is still open
    if prev[-1] in _TERMINAL:
        return False
    if prev[-1] in _CONTINUES_AFTER and _CJK_RE.match(nxt[0]):
        return True
    # hard-wrapped text: the previous line runs to the wrap width without ending a sentence
    return (
        width is not None
        and display_width(prev) >= width - _WRAP_SLACK
        and bool(_CJK_RE.match(fold_width(prev[-1])) or prev[-1].isalnum())
    )
