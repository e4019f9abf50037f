"""The text of a Doc, computed once per Doc.

``Doc.text`` joins every token's text on each access (an O(n) walk that creates a Python
object per token); the policy components each need the text, so the first one stores it in
``doc.user_data`` and the others reuse it. Retokenizing never changes the text.
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "policytext.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, cached in ``doc.user_data`` (checked against the Doc's length)."""
    text = doc.user_data.get(_KEY)
    if not isinstance(text, str) or not _same_length(doc, text):
        text = doc.text
        doc.user_data[_KEY] = text
    return text


def _same_length(doc: Doc, text: str) -> bool:
    if not len(doc):
        return text == ""
    last = doc[-1]
    return last.idx + len(last.text_with_ws) == len(text)
