"""Character offsets to token spans without ``Doc.char_span``'s per-call Token objects.

``Doc.char_span(..., alignment_mode="expand")`` looks tokens up one Token object at a time;
a document's hundreds of sentence, clause and entity spans made it a visible cost. A
:class:`TokenIndex` reads the token offsets once (one array pass) and answers the same
question with a bisection, giving the same spans.
"""

from __future__ import annotations

import bisect
from typing import Any

from spacy.attrs import IDX, LENGTH, SPACY
from spacy.tokens import Doc, Span


def mention_dict(span: Span, text: str, base: int = 0) -> dict[str, Any]:
    """An entity or actor-group span as a plain dict (the record's ``entities`` rows), its
    offsets moved by ``base``; ``text`` is the Doc's text (sliced, not rebuilt from tokens)."""
    start, end = span.start_char, span.end_char
    return {
        "start": base + start,
        "end": base + end,
        "label": span.label_,
        "text": text[start:end],
        "canonical": span._.canonical if span.has_extension("canonical") else None,
        "id": span.kb_id_ or None,
    }


class TokenIndex:
    """Token offsets of one Doc (rebuild it after retokenising).

    >>> import spacy
    >>> doc = spacy.blank("zh")("建立链长制")
    >>> index = TokenIndex(doc)
    >>> index.span(1, 3, "X").text == doc.char_span(1, 3, alignment_mode="expand").text
    True
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        rows = doc.to_array([IDX, LENGTH, SPACY]).astype("int64")
        self.starts: list[int] = rows[:, 0].tolist()
        self.token_ends: list[int] = (rows[:, 0] + rows[:, 1]).tolist()
        self.ends: list[int] = (rows[:, 0] + rows[:, 1] + rows[:, 2]).tolist()

    def token_at(self, char: int) -> int:
        """The token whose text (or trailing space) holds character ``char``; -1 if none."""
        k = bisect.bisect_right(self.starts, char) - 1
        return k if k >= 0 and char < self.ends[k] else -1

    def span(self, start: int, end: int, label: str = "", kb_id: str = "") -> Span | None:
        """``doc.char_span(start, end, label, kb_id, alignment_mode="expand")``."""
        first = self.token_at(start)
        if first < 0:
            return None
        last = self.token_at(end - 1)
        if last < 0:
            return None
        if start == self.token_ends[first]:  # in the trailing space: not the token before
            first += 1
        return Span(self.doc, first, last + 1, label=label, kb_id=kb_id)

    def strict_bounds(self, start: int, end: int) -> tuple[int, int] | None:
        """Token range of ``doc.char_span(start, end)`` (strict: offsets on token edges)."""
        first = self.token_at(start)
        if first < 0 or self.starts[first] != start:
            return None
        last = self.token_at(end - 1)
        if last < 0 or self.token_ends[last] != end:
            return None
        return first, last + 1
