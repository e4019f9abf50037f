"""Offset maps: link every character of an analysed text back to its source.

Each stage that rewrites text (normalisation, page-order repair) produces an
:class:`OffsetMap` from its output to its input; maps compose, so the record's
``offset_map`` leads from the final ``text`` straight to the source file's characters.

A map is a sorted list of runs ``(text_start, source_start, length)``: the ``length``
characters from ``text_start`` in the text come from the characters at
``source_start`` in the source (possibly width-normalised, e.g. ``Ａ`` → ``A``).
Characters that are not covered by a run were inserted (for example a line break
between repaired blocks) and have no source.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

Run = tuple[int, int, int]


@dataclass(frozen=True)
class OffsetMap:
    """Runs ``(text_start, source_start, length)`` sorted by ``text_start``.

    Examples
    --------
    >>> m = OffsetMap.from_runs([(0, 0, 4), (4, 5, 3)])   # one source char dropped at 4
    >>> m.to_source(5)
    6
    >>> m.span_to_source(2, 6)
    [(2, 4), (5, 7)]
    """

    runs: tuple[Run, ...] = ()
    _starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    @classmethod
    def from_runs(cls, runs: Iterable[Sequence[int]]) -> OffsetMap:
        merged: list[Run] = []
        for t, s, n in sorted((int(a), int(b), int(c)) for a, b, c in runs):
            if n <= 0:
                continue
            if merged:
                pt, ps, pn = merged[-1]
                if t < pt + pn:
                    raise ValueError(f"offset runs overlap in the text at {t}")
                if pt + pn == t and ps + pn == s:
                    merged[-1] = (pt, ps, pn + n)
                    continue
            merged.append((t, s, n))
        return cls(tuple(merged), tuple(r[0] for r in merged))

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls.from_runs([(0, 0, length)] if length else [])

    def __len__(self) -> int:
        return len(self.runs)

    @property
    def text_length_covered(self) -> int:
        return sum(n for _, _, n in self.runs)

    def to_source(self, i: int) -> int | None:
        """Source offset of text character ``i`` (None when it was inserted)."""
        k = bisect.bisect_right(self._starts, i) - 1
        if k < 0:
            return None
        t, s, n = self.runs[k]
        return s + (i - t) if i < t + n else None

    def span_to_source(self, start: int, end: int) -> list[tuple[int, int]]:
        """Source spans covering text ``[start, end)``, in text order."""
        out: list[tuple[int, int]] = []
        k = max(bisect.bisect_right(self._starts, start) - 1, 0)
        while k < len(self.runs):
            t, s, n = self.runs[k]
            if t >= end:
                break
            lo, hi = max(start, t), min(end, t + n)
            if lo < hi:
                out.append((s + lo - t, s + hi - t))
            k += 1
        return out

    def compose(self, inner: OffsetMap) -> OffsetMap:
        """Map text → source through ``self`` (text → middle) then ``inner`` (middle → source).

        >>> OffsetMap.from_runs([(0, 2, 3)]).compose(OffsetMap.from_runs([(0, 10, 4)])).runs
        ((0, 12, 2),)
        """
        runs: list[Run] = []
        for t, m, n in self.runs:
            k = max(bisect.bisect_right(inner._starts, m) - 1, 0)
            while k < len(inner.runs):
                mt, s, mn = inner.runs[k]
                if mt >= m + n:
                    break
                lo, hi = max(m, mt), min(m + n, mt + mn)
                if lo < hi:
                    runs.append((t + lo - m, s + lo - mt, hi - lo))
                k += 1
        return OffsetMap.from_runs(runs)

    def to_list(self) -> list[list[int]]:
        return [list(r) for r in self.runs]


class OffsetMapBuilder:
    """Builds an output string and its :class:`OffsetMap` at the same time.

    Examples
    --------
    >>> b = OffsetMapBuilder("２０１３ 年")
    >>> b.emit("2013", 0); b.emit("年", 5)
    >>> text, m = b.build()
    >>> text, m.to_source(4)
    ('2013年', 5)
    """

    def __init__(self, source: str) -> None:
        self.source = source
        self._parts: list[str] = []
        self._runs: list[Run] = []
        self._length = 0

    def emit(self, text: str, source_start: int | None) -> None:
        """Append ``text``; its characters come one-to-one from ``source_start`` (None: inserted)."""
        if not text:
            return
        if source_start is not None:
            runs = self._runs
            last = runs[-1] if runs else None
            if last and last[0] + last[2] == self._length and last[1] + last[2] == source_start:
                runs[-1] = (last[0], last[1], last[2] + len(text))  # it continues the last run
            else:
                runs.append((self._length, source_start, len(text)))
        self._parts.append(text)
        self._length += len(text)

    def copy(self, start: int, end: int) -> None:
        """Append ``source[start:end]`` unchanged."""
        self.emit(self.source[start:end], start)

    def build(self) -> tuple[str, OffsetMap]:
        # emit() keeps the runs sorted, merged and non-overlapping: no need to check again
        runs = tuple(self._runs)
        return "".join(self._parts), OffsetMap(runs, tuple(r[0] for r in runs))
