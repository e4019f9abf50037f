"""Sentence starts read and written in one array pass.

``Token.is_sent_start`` checks the whole doc's annotation on every call, so setting it token
by token is quadratic in the document's length; ``Doc.to_array`` / ``Doc.from_array`` are
linear.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.tokens import Doc


def sent_start_chars(doc: Doc) -> set[int]:
    """Character offsets of the tokens that start a sentence."""
    rows = doc.to_array([IDX, SENT_START])
    return set(rows[rows[:, 1] == 1, 0].tolist())


def set_sent_starts(doc: Doc, starts: Iterable[int]) -> None:
    """Mark the tokens at indices ``starts`` (and token 0) as sentence starts, all others not.

    >>> import spacy
    >>> doc = spacy.blank("en")("one . two .")
    >>> set_sent_starts(doc, [2])
    >>> [s.text for s in doc.sents]
    ['one .', 'two .']
    """
    if not len(doc):
        return
    n = len(doc)
    first = [i for i in {*starts, 0} if 0 <= i < n]
    # SENT_START arrays are uint64: 1 starts a sentence, -1 (wrapped) does not
    flags = numpy.full((n, 1), -1, dtype="int64")
    flags[first, 0] = 1
    doc.from_array([SENT_START], flags.astype("uint64"))  # type: ignore[arg-type]
