"""Sentence starts read and written in one array pass.

``Token.is_sent_start`` checks the whole doc's annotation on every call, so setting it token
by token is quadratic in the document's length; ``Doc.to_array`` / ``Doc.from_array`` are
linear.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc


def sent_start_chars(doc: Doc) -> set[int]:
    """Character offsets of the tokens that start a sentence."""
    flags = doc.to_array([SENT_START]).tolist()
    return {doc[i].idx for i, v in enumerate(flags) if v == 1}


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
    first = set(starts) | {0}
    # SENT_START arrays are uint64: 1 starts a sentence, -1 (wrapped) does not
    flags = numpy.array([[1 if i in first else -1] for i in range(len(doc))], dtype="int64")
    doc.from_array([SENT_START], flags.astype("uint64"))  # type: ignore[arg-type]
