"""Restore the reading order of text extracted from a PDF.

PDF extraction often emits pages or text blocks in the wrong order and cuts words and
sentences at page breaks. :func:`repair_reading_order` splits a text into blocks
(separated by blank lines or form feeds), scores every ordered pair of blocks for
"the second continues the first", finds the best reading order and rebuilds the text,
joining blocks that continue a sentence directly so that cut words are whole again.

The score of a pair ``X → Y`` adds up

* lexical evidence across the boundary: the gain in log-probability when the end of
  ``X`` and the start of ``Y`` are read together, under (a) jieba's word-frequency
  dictionary (a word such as ``ab`` cut into ``…a`` | ``b…``) and (b) a character
  n-gram model of the document itself (phrases that recur elsewhere in the document),
  the latter measured against baselines of how ``X``'s end and ``Y``'s start read
  next to unrelated text of the same document;
* the kind of the boundary: ``X`` ends a sentence, a heading or mid-sentence; ``Y``
  starts with a heading marker, a closing formula, a title-like line or punctuation;
* brackets and quotes left open at the end of ``X`` and closed at the start of ``Y``;
* continuity of enumerations (inline "N是" lists, ``（二）`` → ``（三）``, ``2.`` → ``3.``,
  ``第二条`` → ``第三条``);
* a small bonus for keeping blocks that were adjacent in the input adjacent.

Leading short one-line blocks (document header: title, number, issuer, salutation)
stay in front in input order; blocks that start with a closing formula (thanks,
contact, attachments, copy-to, date) are pushed to the end. The best order is a
maximum-score Hamiltonian path: exact dynamic programming over subsets for few blocks,
otherwise an assignment (Hungarian) solution whose cycles are patched, refined by
moving segments.

A document is only changed when the best order beats the input order by a clear
margin. **Choice for documents already in order:** when the best order is the input
order, the text is returned unchanged (identity offset map, no repairs), even if some
blocks end mid-sentence (a paragraph cut by a page break but in order is not joined).
When the document is reordered, every block that continues the previous output block
mid-sentence is joined to it without a separator.

Cue words (closing formulas) live in ``policytext/data/repair_cues.txt``.
"""

from __future__ import annotations

import itertools
import math
import operator
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .numerals import chinese_int
from .offsets import OffsetMap, OffsetMapBuilder

__all__ = [
    "Repair",
    "RepairResult",
    "load_cues",
    "repair_reading_order",
    "split_blocks",
]

# --------------------------------------------------------------------------- types


@dataclass
class Repair:
    """One change made to the reading order.

    Attributes
    ----------
    kind : str
        ``"move"`` (the block was placed after a block other than its input
        predecessor) or ``"join"`` (the block was appended to the previous output
        block without a separator because it continues it mid-sentence).
    block : int
        Index of the block in input order.
    source_start, source_end : int
        The block's span in the input text.
    new_position : int
        The block's index in output order.
    detail : str
        Human-readable description.
    """

    kind: str
    block: int
    source_start: int
    source_end: int
    new_position: int
    detail: str


@dataclass
class RepairResult:
    """Result of :func:`repair_reading_order`.

    Attributes
    ----------
    text : str
        The repaired text (the input itself when nothing was changed).
    offset_map : OffsetMap
        Map from ``text`` to the input text.
    repairs : list of Repair
        Moves and joins, empty when the input was already in order.
    order : list of int
        Output order of the input block indices (a permutation).
    blocks : list of tuple of int
        Input block spans ``(start, end)``.
    """

    text: str
    offset_map: OffsetMap
    repairs: list[Repair] = field(default_factory=list)
    order: list[int] = field(default_factory=list)
    blocks: list[tuple[int, int]] = field(default_factory=list)


# --------------------------------------------------------------------------- blocks

_SEPARATOR = re.compile(r"\n\s*\n|\f")


def split_blocks(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into blocks separated by blank lines or form feeds.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    list of tuple of int
        ``(start, end)`` spans of the non-empty blocks, in text order. Whitespace
        around a block is not part of it.

    Examples
    --------
    >>> split_blocks("\\n甲乙。\\n\\n  丙丁\\n戊\\f己 ")
    [(1, 4), (8, 12), (13, 14)]
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in [*_SEPARATOR.finditer(text), None]:
        end = m.start() if m is not None else len(text)
        seg = text[pos:end]
        stripped = seg.strip()
        if stripped:
            lead = len(seg) - len(seg.lstrip())
            spans.append((pos + lead, pos + lead + len(stripped)))
        if m is not None:
            pos = m.end()
    return spans


# --------------------------------------------------------------------------- cues


@dataclass(frozen=True)
class Cues:
    """Cue word lists used to place blocks (see ``data/repair_cues.txt``)."""

    closing: tuple[str, ...] = ()
    title_suffix: tuple[str, ...] = ()


def load_cues(path: str | Path | None = None) -> Cues:
    """Read a cue file (default: the packaged ``repair_cues.txt``).

    Parameters
    ----------
    path : str or Path, optional
        A file in the format described in the packaged file's header.

    Returns
    -------
    Cues
    """
    if path is None:
        raw = resources.files("policytext").joinpath("data/repair_cues.txt").read_text("utf-8")
    else:
        raw = Path(path).read_text("utf-8")
    sections: dict[str, list[str]] = {}
    current = ""
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            sections.setdefault(current, [])
            continue
        sections.setdefault(current, []).append(line)

    def words(name: str) -> tuple[str, ...]:
        return tuple(sorted(set(sections.get(name, [])), key=len, reverse=True))

    return Cues(closing=words("closing"), title_suffix=words("title_suffix"))


@lru_cache(maxsize=1)
def _default_cues() -> Cues:
    return load_cues()


# --------------------------------------------------------------------------- dictionary


class _WordModel:
    """Unigram word model over jieba's dictionary (``word freq tag`` per line)."""

    max_len = 8

    def __init__(self, lines: Iterable[str]) -> None:
        freqs: dict[str, int] = {}
        for line in lines:
            parts = line.split()
            if len(parts) >= 2 and parts[1].isdigit():
                word = parts[0]
                if len(word) <= self.max_len:
                    freqs[word] = freqs.get(word, 0) + int(parts[1])
        total = float(sum(freqs.values())) or 1.0
        log_total = math.log(total)
        self.logp: dict[str, float] = {
            w: math.log(f) - log_total for w, f in freqs.items() if f > 0
        }
        self.unknown = math.log(0.5) - log_total

    def segment(self, s: str) -> tuple[float, list[str]]:
        """Maximum-probability segmentation of ``s`` (log-probability, words)."""
        n = len(s)
        best = [0.0] * (n + 1)
        nxt = [n] * (n + 1)
        logp = self.logp
        for i in range(n - 1, -1, -1):
            top = logp.get(s[i], self.unknown) + best[i + 1]
            arg = i + 1
            for j in range(i + 2, min(n, i + self.max_len) + 1):
                lp = logp.get(s[i:j])
                if lp is not None and lp + best[j] > top:
                    top, arg = lp + best[j], j
            best[i], nxt[i] = top, arg
        words: list[str] = []
        i = 0
        while i < n:
            words.append(s[i : nxt[i]])
            i = nxt[i]
        return best[0], words

    def score(self, s: str) -> float:
        return self.segment(s)[0] if s else 0.0


_WORD_MODEL: _WordModel | None = None


def _word_model() -> _WordModel:
    """jieba's dictionary as a word model, parsed once and cached."""
    global _WORD_MODEL
    if _WORD_MODEL is None:
        import jieba

        with jieba.get_dict_file() as fh:
            _WORD_MODEL = _WordModel(line.decode("utf-8") for line in fh)
    return _WORD_MODEL


# --------------------------------------------------------------------------- document LM


_ALL_BUT_LAST = operator.itemgetter(slice(None, -1))


class _CharLM:
    """Witten-Bell interpolated character n-gram model of one document."""

    def __init__(self, texts: Iterable[str], order: int = 4) -> None:
        self.order = order
        texts = list(texts)
        counts: Counter[str] = Counter()
        for t in texts:  # every substring of up to ``order`` characters, counted in C
            n = len(t)
            for k in range(1, order + 1):
                counts.update(map(t.__getitem__, map(slice, range(n - k + 1), range(k, n + 1))))
        # a context's total is how often a character follows it: its count, less the times
        # it ends a text; its types, how many distinct characters follow it
        self._ends: Counter[str] = Counter(
            t[-k:] for t in texts for k in range(1, min(order - 1, len(t)) + 1)
        )
        self._chars = sum(map(len, texts))
        self.counts = counts
        self.ctx_types: Counter[str] = Counter(map(_ALL_BUT_LAST, counts))
        self.vocab = self.ctx_types[""] + 1
        self._memo: dict[tuple[str, str], float] = {}

    def context_total(self, ctx: str) -> int:
        """How often a character follows ``ctx`` in the texts."""
        if not ctx:
            return self._chars
        return self.counts.get(ctx, 0) - self._ends.get(ctx, 0)

    def log_prob(self, ctx: str, ch: str) -> float:
        """``log(prob(ctx, ch))``, memoised: only the last order-1 characters of the context
        count, and the scorer asks about the same pairs again and again (the baselines share
        their probes)."""
        key = (ctx[-(self.order - 1) :] if self.order > 1 else "", ch)
        lp = self._memo.get(key)
        if lp is None:
            lp = self._memo[key] = math.log(self._prob(*key))
        return lp

    def _prob(self, ctx: str, ch: str) -> float:
        p = (self.counts.get(ch, 0) + 1.0) / (self._chars + self.vocab)
        for k in range(len(ctx) - 1, -1, -1):
            h = ctx[k:]
            c_h = self.context_total(h)
            if not c_h:
                break
            t_h = self.ctx_types[h]
            p = (self.counts.get(h + ch, 0) + t_h * p) / (c_h + t_h)
        return p

    def gain(self, left: str, right: str) -> float:
        """Log-probability gain of the first chars of ``right`` when preceded by ``left``."""
        g = 0.0
        for i in range(min(self.order - 1, len(right))):
            ch = right[i]
            g += self.log_prob(left + right[:i], ch) - self.log_prob(right[:i], ch)
        return g


# --------------------------------------------------------------------------- block features

_CN_NUM = "〇零一二三四五六七八九十百"
# (family, level, pattern); level: lower = higher in the hierarchy; -1 = inline list
_N = f"[{_CN_NUM}]+"
_ENUM_PATTERNS: tuple[tuple[str, int, re.Pattern[str]], ...] = (
    ("chapter", 0, re.compile(rf"(?m)^[ \t　]*第({_N}|\d+)章")),
    ("article", 1, re.compile(rf"(?m)^[ \t　]*第({_N}|\d+)条")),
    ("cn_dun", 2, re.compile(rf"(?m)^[ \t　]*({_N})[、．.]")),
    ("cn_paren", 3, re.compile(rf"(?m)^[ \t　]*[（(]({_N})[）)]")),
    ("ar_dot", 4, re.compile(r"(?m)^[ \t　]*(\d{1,2})[.．、](?!\d)")),
    ("ar_paren", 5, re.compile(r"(?m)^[ \t　]*[（(](\d{1,2})[）)]")),
    ("cn_shi", 6, re.compile(rf"(?:^|(?<=[：；。，:;！？\n]))({_N})是")),
)
_LEVEL: dict[str, float] = {fam: lvl for fam, lvl, _ in _ENUM_PATTERNS}
_LEVEL["nl"] = 5.5  # a line break ends an inline "N是" list but no heading list

_HEADING = re.compile(
    rf"^[ \t　]*(?:第({_N}|\d+)[章条节]|{_N}[、．]|[（(](?:{_N}|\d{{1,2}})[）)]|\d{{1,2}}[.．、](?!\d))"
)
_DATE_LINE = re.compile(
    rf"^[ \t　]*(?:\d{{4}}|[{_CN_NUM}]{{4}})\s*年\s*(?:\d{{1,2}}|[{_CN_NUM}]{{1,3}})\s*月"
    rf"\s*(?:\d{{1,2}}|[{_CN_NUM}]{{1,3}})\s*日[ \t　]*$"
)

_DOC_NUMBER = re.compile(r"[〔\[［【(（]\s*\d{4}\s*[〕\]］】)）]\s*\d+\s*号")
_TRAILING_BRACKET = re.compile(r"[（(][^（()）]*[）)]$")

_OPENERS = "（(《“〔【‘「『〈"
_CLOSERS = "）)》”〕】’」』〉"
_PAIR = dict(zip(_CLOSERS, _OPENERS, strict=True))
_SENT_END = "。！？；!?;…"
_CLOSE_PUNCT = "”’」』）)》】〕"
_DANGLING_END = "，、,（(《“〔【‘「—-/～~"
_CONT_START = "，、。；：！？）》”’」』】〕,.;:!?)"
_MID_PUNCT = "。，；：！？,;:!?"
_SPACES = re.compile(r"[ \t\u3000\r]+")

_WINDOW = 8


@dataclass
class _Features:
    index: int
    start: int
    end: int
    text: str
    tail: str
    head: str
    end_kind: str  # complete | soft | dangling
    start_kind: str  # cont | fresh | titleish | plain
    closing: bool
    closing_end: bool
    header_like: bool
    doc_start: bool
    open_brackets: list[str]
    close_brackets: list[str]
    marks: list[Mark]


def _bracket_profile(text: str) -> tuple[list[str], list[str]]:
    """Openers left open at the end of ``text`` and closers unmatched from its start."""
    stack: list[str] = []
    unmatched: list[str] = []
    line_start = 0
    for i, ch in enumerate(text):
        if ch == "\n":
            line_start = i + 1
        elif ch in _OPENERS:
            stack.append(ch)
        elif ch in _CLOSERS:
            opener = _PAIR[ch]
            if opener in stack:
                while stack and stack.pop() != opener:
                    pass
            elif not stack:
                prefix = text[line_start:i].strip()
                if line_start > 0 and prefix and all(c.isdigit() or c in _CN_NUM for c in prefix):
                    continue  # list marker such as "1）"
                unmatched.append(ch)
    return stack, unmatched


Mark = tuple[int, int, str, int]  # (start, end, family, number); family "nl": a line break


def _find_marks(text: str) -> list[Mark]:
    """Enumeration markers (and line breaks) of ``text`` in text order."""
    marks: list[Mark] = []
    for fam, _lvl, pat in _ENUM_PATTERNS:
        for m in pat.finditer(text):
            num = chinese_int(m.group(1))
            if num is not None and 0 < num < 200:
                marks.append((m.start(1), m.end(0), fam, num))
    marks.extend((i, i + 1, "nl", 0) for i, ch in enumerate(text) if ch == "\n")
    marks.sort()
    return marks


def _numbering_breaks(order: Sequence[int], feats: Sequence[_Features]) -> int:
    """Enumeration markers read in ``order`` that neither continue their family's last
    number nor restart it at 1 (a first marker above 1 counts too): pages in the wrong
    order break the numbering, and a good repair mends it."""
    last: dict[str, int] = {}
    breaks = 0
    for i in order:
        for _s, _e, fam, num in feats[i].marks:
            if fam == "nl":
                continue
            if num != 1 and num != last.get(fam, 0) + 1:
                breaks += 1
            last[fam] = num
    return breaks


def _step_score(fam: str, a: int, b: int, reset: bool) -> float:
    """Score of marker number ``b`` following number ``a`` of the same family."""
    if b == a + 1:
        return 3.0
    if b == 1:
        return 0.5 if reset else (0.0 if fam == "cn_shi" else -1.0)
    return -2.0 if reset else -4.0


def _sequence_score(before: Sequence[Mark], after: Sequence[Mark]) -> float:
    """Continuity of enumerations from the marks ``before`` a boundary to those ``after``."""
    seq = [*before, *after]
    k = len(before)
    s = 0.0
    done: set[str] = set()
    for j in range(k, len(seq)):
        fam = seq[j][2]
        if fam == "nl" or fam in done:
            continue
        done.add(fam)
        level = _LEVEL[fam]
        reset = False
        for i in range(j - 1, -1, -1):
            other = seq[i][2]
            if other == fam:
                s += _step_score(fam, seq[i][3], seq[j][3], reset)
                break
            if _LEVEL[other] < level:
                reset = True
        # a marker cut by the boundary is also checked against the next one after it
        if j == k and seq[j][0] < 0:
            for i in range(j + 1, len(seq)):
                other = seq[i][2]
                if other == fam:
                    s += _step_score(fam, seq[j][3], seq[i][3], reset=False)
                    break
                if _LEVEL[other] < level:
                    break
    return s


def _squeeze(s: str) -> str:
    return _SPACES.sub("", s)


def _looks_like_document_start(lines: Sequence[str], cues: Cues) -> bool:
    """A title line followed by a document number or a salutation, or with a title suffix."""
    title = _TRAILING_BRACKET.sub("", lines[0].strip()).strip()
    if any(title.endswith(sfx) for sfx in cues.title_suffix):
        return True
    for line in lines[1:5]:
        line = line.strip()
        if _DOC_NUMBER.search(line) and len(line) <= 40:
            return True
        if line.endswith(("：", ":")) and len(line) <= 40 and not _HEADING.match(line):
            return True
    return False


def _features(index: int, start: int, end: int, source: str, cues: Cues) -> _Features:
    text = source[start:end]
    lines = text.split("\n")
    first_line = lines[0].strip()
    last_line = lines[-1].strip()
    head = _squeeze(first_line)[:_WINDOW]
    tail = _squeeze(last_line)[-_WINDOW:]
    last = text.rstrip()[-1]

    # how the block ends
    one_line = (
        len(lines) == 1
        and len(first_line) <= 40
        and not any(c in _MID_PUNCT and c not in "：:" for c in first_line[:-1])
    )
    if one_line and last not in _DANGLING_END:
        end_kind = "complete"  # a whole title, heading, salutation or signature line
    elif last in _SENT_END:
        end_kind = "complete"
    elif last in _CLOSE_PUNCT:
        end_kind = "soft"
        body = last_line.rstrip(_CLOSE_PUNCT)
        if body and body[-1] in _SENT_END:
            end_kind = "complete"
        elif last in "）)":
            k = max(last_line.rfind("（"), last_line.rfind("("))
            if k == 0 or (k > 0 and last_line[k - 1] in _SENT_END):
                end_kind = "complete"
    elif last in "：:":
        end_kind = "soft"
    elif last in _DANGLING_END:
        end_kind = "dangling"
    elif _DATE_LINE.match(last_line):
        end_kind = "complete"
    elif _HEADING.match(last_line) and (
        len(last_line) <= 30 and not any(c in _MID_PUNCT for c in last_line)
    ):  # a heading, title or signature line (or a heading cut short)
        end_kind = "soft"
    else:
        end_kind = "dangling"

    # how the block starts
    closing = bool(_DATE_LINE.match(first_line)) or any(
        first_line.startswith(c) for c in cues.closing
    )
    if first_line[0] in _CONT_START:
        start_kind = "cont"
    elif closing or _HEADING.match(first_line):
        start_kind = "fresh"
    elif len(lines) > 1 and len(first_line) <= 40 and not any(c in _MID_PUNCT for c in first_line):
        start_kind = "titleish"
    else:
        start_kind = "plain"

    doc_start = start_kind == "titleish" and _looks_like_document_start(lines, cues)
    header_like = (
        len(lines) == 1
        and len(text) <= 60
        and last not in _DANGLING_END
        and start_kind != "cont"
        and not any(c in _SENT_END for c in text[:-1])
    )
    opens, closes = _bracket_profile(text)
    return _Features(
        index=index,
        start=start,
        end=end,
        text=text,
        tail=tail,
        head=head,
        end_kind=end_kind,
        start_kind=start_kind,
        closing=closing,
        closing_end=bool(_DATE_LINE.match(last_line)) or last_line in cues.closing,
        header_like=header_like,
        doc_start=doc_start,
        open_brackets=opens,
        close_brackets=closes,
        marks=_find_marks(text),
    )


# --------------------------------------------------------------------------- pair scores

_ADJACENT_BONUS = 0.5
_BASELINE_PROBES = 40
_NATURAL_ADJACENT_BONUS = 2.5
_REORDER_MARGIN = 3.0


def _probe_windows(texts: Sequence[str], count: int) -> list[tuple[str, str]]:
    """``count`` (tail, head) windows around evenly spaced positions inside ``texts``."""
    doc = "\n".join(texts)
    positions = [
        p
        for p in range(_WINDOW, len(doc) - _WINDOW)
        if "\n" not in doc[p - 2 : p + 2] and doc[p - 1] not in _SENT_END
    ]
    if len(positions) < 2:
        return []
    step = max(len(positions) // count, 1)
    out = []
    for p in positions[::step][:count]:
        tail = doc[max(doc.rfind("\n", 0, p) + 1, p - _WINDOW) : p]
        end = doc.find("\n", p)
        head = doc[p : min(end if end >= 0 else len(doc), p + _WINDOW)]
        out.append((tail, head))
    return out


class _Scorer:
    def __init__(self, feats: Sequence[_Features]) -> None:
        self.feats = feats
        self.words = _word_model()
        texts = [_squeeze(f.text) for f in feats]
        self.document = "\x00".join(texts)
        self.lm = _CharLM(texts)
        self.lm_rev = _CharLM(t[::-1] for t in texts)
        self._seg_cache: dict[str, float] = {}
        # baselines: how well a block's end (start) reads before (after) unrelated text
        # of the same document, so that only pair-specific evidence counts
        probes = _probe_windows(texts, _BASELINE_PROBES)
        self._row: dict[int, float] = {}
        self._col: dict[int, float] = {}
        if probes:
            for f in feats:
                self._row[f.index] = sum(self._doc_gain(f.tail, h) for _, h in probes) / len(probes)
                self._col[f.index] = sum(self._doc_gain(t, f.head) for t, _ in probes) / len(probes)
            shifted = probes[1:] + probes[:1]
            self._mean = sum(
                self._doc_gain(t, h) for (t, _), (_, h) in zip(probes, shifted, strict=True)
            ) / len(probes)
        else:
            self._mean = 0.0

    def _seg(self, s: str) -> float:
        v = self._seg_cache.get(s)
        if v is None:
            v = self.words.score(s)
            self._seg_cache[s] = v
        return v

    def _doc_gain(self, t: str, h: str) -> float:
        return 0.5 * (self.lm.gain(t, h) + self.lm_rev.gain(h[::-1], t[::-1]))

    def lexical(self, x: _Features, y: _Features) -> float:
        """Gain in log-probability from reading ``x``'s end and ``y``'s start together."""
        t, h = x.tail, y.head
        if not t or not h:
            return 0.0
        word_gain = self._seg(t + h) - self._seg(t) - self._seg(h)
        doc_gain = (
            self._doc_gain(t, h)
            - self._row.get(x.index, 0.0)
            - self._col.get(y.index, 0.0)
            + self._mean
        )
        return min(word_gain, 12.0) + max(min(doc_gain, 12.0), -6.0)

    @staticmethod
    def brackets(x: _Features, y: _Features) -> float:
        opens, closes = x.open_brackets[-3:], y.close_brackets[:3]
        if not opens and not closes:
            return 0.0
        s = 0.0
        for o, c in zip(reversed(opens), closes, strict=False):
            s += 1.5 if _PAIR[c] == o else -3.0
        s -= 1.5 * max(len(opens) - len(closes), 0)
        s -= 3.0 * max(len(closes) - len(opens), 0)
        return max(min(s, 4.0), -6.0)

    @staticmethod
    def enumeration(x: _Features, y: _Features) -> float:
        # markers cut by the boundary ("（十" | "三）"), found in a small joined window
        left = x.text[-12:]
        right = y.text[:12]
        window = left + right
        guard = 0 if len(x.text) <= 12 else 1
        if guard:
            window = "\x00" + window
        b = len(left) + guard
        cut: list[Mark] = []
        skip = 0
        for fam, _lvl, pat in _ENUM_PATTERNS:
            for m in pat.finditer(window):
                if m.start(0) < b < m.end(0):
                    num = chinese_int(m.group(1))
                    if num is not None and 0 < num < 200:
                        cut.append((-1, m.end(0) - b, fam, num))
                        skip = max(skip, m.end(0) - b)
        after = [*cut, *(mk for mk in y.marks if mk[0] >= skip)]
        s = _sequence_score(x.marks, after)
        return max(min(s, 5.0), -6.0)

    @staticmethod
    def kinds(x: _Features, y: _Features) -> float:
        if x.end_kind == "complete":
            return -8.0 if y.start_kind == "cont" else 0.0
        if x.end_kind == "dangling":
            if y.start_kind == "fresh":
                return -5.0
            if y.start_kind == "titleish":
                return -1.5
            if y.start_kind == "cont":
                return -3.0 if x.tail[-1:] in _DANGLING_END else 1.0
            return 0.0
        return -2.0 if y.start_kind == "cont" else 0.0

    def pair(self, x: _Features, y: _Features) -> float:
        enum = self.enumeration(x, y)
        if enum > 0 and x.end_kind != "dangling":
            # between whole paragraphs, a continued list is weak evidence (sections hold
            # sub-lists), a broken one is not
            enum = 0.0 if x.end_kind == "complete" else 0.5 * enum
        s = self.kinds(x, y) + self.brackets(x, y) + enum
        if x.end_kind == "dangling":
            s += self.lexical(x, y)
        elif x.end_kind == "soft":
            s += 0.5 * max(self.lexical(x, y), -2.0)
        if (
            (x.closing or x.closing_end)
            and not y.closing
            and not (x.end_kind == "dangling" and y.start_kind != "fresh")
        ):
            s -= 2.5
        if y.doc_start:
            s -= 4.0
        if y.index == x.index + 1:
            # keep input neighbours together, firmly when the boundary looks natural
            natural = x.end_kind != "dangling" and y.start_kind != "cont" and not x.closing_end
            s += _NATURAL_ADJACENT_BONUS if natural else _ADJACENT_BONUS
        return s

    @staticmethod
    def start(y: _Features) -> float:
        s = {"cont": -8.0, "fresh": 1.0, "titleish": 1.0, "plain": 0.0}[y.start_kind]
        if y.index == 0:
            s += 1.0
        if y.doc_start:
            s += 4.0
        if y.closing:
            s -= 3.0
        return s

    @staticmethod
    def end(x: _Features) -> float:
        if x.end_kind == "complete":
            return 1.0 if x.closing_end else 0.0
        return -2.0


# --------------------------------------------------------------------------- path search


def _path_score(
    path: Sequence[int], w: Sequence[Sequence[float]], st: Sequence[float], en: Sequence[float]
) -> float:
    if not path:
        return 0.0
    s = st[path[0]] + en[path[-1]]
    for a, b in itertools.pairwise(path):
        s += w[a][b]
    return s


def _dp_path(w: Sequence[Sequence[float]], st: Sequence[float], en: Sequence[float]) -> list[int]:
    """Exact maximum-score Hamiltonian path by dynamic programming over subsets."""
    n = len(st)
    neg = -math.inf
    full = (1 << n) - 1
    best = [[neg] * n for _ in range(1 << n)]
    back = [[-1] * n for _ in range(1 << n)]
    for j in range(n):
        best[1 << j][j] = st[j]
    for mask in range(1, full + 1):
        row = best[mask]
        for j in range(n):
            v = row[j]
            if v == neg:
                continue
            wj = w[j]
            for k in range(n):
                if mask >> k & 1:
                    continue
                nm = mask | 1 << k
                nv = v + wj[k]
                if nv > best[nm][k]:
                    best[nm][k] = nv
                    back[nm][k] = j
    last = max(range(n), key=lambda j: (best[full][j] + en[j], -j))
    path = [last]
    mask = full
    while back[mask][path[-1]] != -1:
        prev = back[mask][path[-1]]
        mask &= ~(1 << path[-1])
        path.append(prev)
    return path[::-1]


def _hungarian(cost: Sequence[Sequence[float]]) -> list[int]:
    """Minimum-cost assignment for a square matrix: ``result[row] = column``."""
    from scipy.optimize import linear_sum_assignment

    rows, cols = linear_sum_assignment(cost)
    result = [0] * len(cost)
    for r, c in zip(rows, cols, strict=True):
        result[int(r)] = int(c)
    return result


def _assignment_path(
    w: Sequence[Sequence[float]], st: Sequence[float], en: Sequence[float]
) -> list[int]:
    """Heuristic path: assignment with a dummy node, cycles patched greedily."""
    n = len(st)
    big = 1e6
    d = n  # dummy node: its successor is the first block, its predecessor the last
    cost = [[big] * (n + 1) for _ in range(n + 1)]
    for i in range(n):
        for j in range(n):
            if i != j:
                cost[i][j] = -w[i][j]
        cost[i][d] = -en[i]
        cost[d][i] = -st[i]
    succ = _hungarian(cost)

    def cycles() -> list[list[int]]:
        seen = [False] * (n + 1)
        out = []
        for s in range(n + 1):
            if seen[s]:
                continue
            cyc = []
            k = s
            while not seen[k]:
                seen[k] = True
                cyc.append(k)
                k = succ[k]
            out.append(cyc)
        return out

    cyc = cycles()
    while len(cyc) > 1:
        # merge the cycle with the dummy and another one at the cheapest exchange
        main = next(c for c in cyc if d in c)
        best: tuple[float, int, int] | None = None
        for other in cyc:
            if other is main:
                continue
            for a in main:
                b = succ[a]
                for c in other:
                    e = succ[c]
                    delta = cost[a][e] + cost[c][b] - cost[a][b] - cost[c][e]
                    if best is None or delta < best[0]:
                        best = (delta, a, c)
        assert best is not None
        _, a, c = best
        succ[a], succ[c] = succ[c], succ[a]
        cyc = cycles()
    path = []
    k = succ[d]
    while k != d:
        path.append(k)
        k = succ[k]
    return path


def _improve(
    path: list[int], w: Sequence[Sequence[float]], st: Sequence[float], en: Sequence[float]
) -> list[int]:
    """Or-opt: move segments of up to 3 blocks while that raises the score."""
    best = _path_score(path, w, st, en)
    improved = True
    rounds = 0
    while improved and rounds < 20:
        improved = False
        rounds += 1
        n = len(path)
        for length in (1, 2, 3):
            for i in range(0, n - length + 1):
                seg = path[i : i + length]
                rest = path[:i] + path[i + length :]
                for k in range(len(rest) + 1):
                    if k == i:
                        continue
                    cand = rest[:k] + seg + rest[k:]
                    sc = _path_score(cand, w, st, en)
                    if sc > best + 1e-9:
                        best, path, improved = sc, cand, True
                        break
                if improved:
                    break
            if improved:
                break
    return path


def _best_path(w: Sequence[Sequence[float]], st: Sequence[float], en: Sequence[float]) -> list[int]:
    n = len(st)
    if n <= 1:
        return list(range(n))
    if n <= 10:
        return _dp_path(w, st, en)
    return _improve(_assignment_path(w, st, en), w, st, en)


# --------------------------------------------------------------------------- main entry


def _cut_word(scorer: _Scorer, tail: str, head: str) -> str | None:
    """The word cut by the boundary between ``tail`` and ``head``, if one is evident.

    A dictionary word spanning the boundary, else the last word of ``tail`` plus the
    first word of ``head`` when that string occurs elsewhere in the document.
    """
    words = scorer.words
    _, seg = words.segment(tail + head)
    pos = 0
    for wd in seg:
        if pos < len(tail) < pos + len(wd):
            return wd
        pos += len(wd)
    if not tail or not head:
        return None
    candidate = words.segment(tail)[1][-1] + words.segment(head)[1][0]
    return candidate if candidate in scorer.document else None


def _ascii_word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def repair_reading_order(text: str) -> RepairResult:
    """Restore the reading order of blocks of text extracted from a PDF.

    Parameters
    ----------
    text : str
        Extracted text whose blocks are separated by blank lines or form feeds.

    Returns
    -------
    RepairResult
        The repaired text with its offset map to ``text``, the repairs made, the output
        order of the input blocks and the input block spans. When the input order is
        already the best one, ``text`` is returned unchanged with an identity map.

    Examples
    --------
    >>> r = repair_reading_order("一、总则\\n\\n二、分则")
    >>> r.text == "一、总则\\n\\n二、分则", r.repairs, r.order
    (True, [], [0, 1])
    """
    spans = split_blocks(text)
    n = len(spans)
    unchanged = RepairResult(
        text=text,
        offset_map=OffsetMap.identity(len(text)),
        repairs=[],
        order=list(range(n)),
        blocks=list(spans),
    )
    if n < 2:
        return unchanged
    cues = _default_cues()
    feats = [_features(i, s, e, text, cues) for i, (s, e) in enumerate(spans)]

    # document header: leading short one-line blocks stay in front, in input order
    header = 0
    while header < min(n - 1, 12) and feats[header].header_like and not feats[header].closing:
        header += 1
    movable = list(range(header, n))
    if len(movable) < 2:
        return unchanged

    scorer = _Scorer(feats)
    m = len(movable)
    w = [[0.0] * m for _ in range(m)]
    for a, i in enumerate(movable):
        for b, j in enumerate(movable):
            if a != b:
                w[a][b] = scorer.pair(feats[i], feats[j])
    if header:
        st = [scorer.pair(feats[header - 1], feats[j]) for j in movable]
    else:
        st = [scorer.start(feats[j]) for j in movable]
    en = [scorer.end(feats[i]) for i in movable]

    path = _best_path(w, st, en)
    identity = list(range(m))
    if path == identity:
        return unchanged
    if _path_score(path, w, st, en) - _path_score(identity, w, st, en) < _REORDER_MARGIN:
        return unchanged
    order = list(range(header)) + [movable[k] for k in path]
    if _numbering_breaks(order, feats) > _numbering_breaks(list(range(n)), feats):
        return unchanged  # a repair never leaves the numbering worse than it found it
    return _assemble(text, spans, feats, order, header, scorer)


def _assemble(
    text: str,
    spans: Sequence[tuple[int, int]],
    feats: Sequence[_Features],
    order: Sequence[int],
    header: int,
    scorer: _Scorer,
) -> RepairResult:
    """Build the output text, offset map and repair records for ``order``."""
    n = len(spans)
    gaps = [(spans[i][1], spans[i + 1][0]) for i in range(n - 1)]
    style_counts = Counter(text[a:b] for a, b in gaps)
    style = max(style_counts, key=lambda s: (style_counts[s], -len(s))) if gaps else "\n\n"
    pool = [a for a, b in gaps if text[a:b] == style]
    pool.reverse()

    builder = OffsetMapBuilder(text)
    builder.copy(0, spans[0][0])  # leading whitespace
    repairs: list[Repair] = []
    for pos, i in enumerate(order):
        f = feats[i]
        joined = False
        if pos > 0:
            prev = feats[order[pos - 1]]
            lex = scorer.lexical(prev, f)
            joined = (
                pos >= header
                and f.start_kind != "fresh"
                and (
                    prev.end_kind == "dangling"
                    or (prev.end_kind == "soft" and f.start_kind != "titleish" and lex >= 3.0)
                )
            )
            if joined:
                if _ascii_word_char(prev.tail[-1:]) and _ascii_word_char(f.head[:1]):
                    builder.emit(" ", None)
            elif pool:
                a = pool.pop()
                builder.copy(a, a + len(style))
            else:
                builder.emit(style, None)
            in_prev = i - 1
            if order[pos - 1] != in_prev:
                repairs.append(
                    Repair(
                        kind="move",
                        block=i,
                        source_start=f.start,
                        source_end=f.end,
                        new_position=pos,
                        detail=(
                            f"block {i} placed after block {prev.index} "
                            f"(input predecessor: {in_prev if i > 0 else 'none'}): "
                            f"'…{prev.tail}' + '{f.head}…'"
                        ),
                    )
                )
            if joined:
                word = _cut_word(scorer, prev.tail, f.head)
                note = f" (cut word {word})" if word else ""
                repairs.append(
                    Repair(
                        kind="join",
                        block=i,
                        source_start=f.start,
                        source_end=f.end,
                        new_position=pos,
                        detail=f"joined '…{prev.tail}' + '{f.head}…'{note}",
                    )
                )
        elif i != 0:
            repairs.append(
                Repair(
                    kind="move",
                    block=i,
                    source_start=f.start,
                    source_end=f.end,
                    new_position=0,
                    detail=f"block {i} placed first: '{f.head}…'",
                )
            )
        builder.copy(f.start, f.end)
    builder.copy(spans[-1][1], len(text))  # trailing whitespace
    out, omap = builder.build()
    return RepairResult(
        text=out, offset_map=omap, repairs=repairs, order=list(order), blocks=list(spans)
    )
