"""Simulate PDF page disorder: cut a text into pages inside sentences and shuffle them.

Used by ``tests/test_repair.py`` and ``scripts/eval_repair.py``.
"""

from __future__ import annotations

import itertools
import random

# a page may not end right after one of these (the cut must fall inside a sentence)
SENTENCE_END = "。！？；!?;…"


def _valid_cut(text: str, p: int) -> bool:
    if p <= 0 or p >= len(text):
        return False
    before, after = text[p - 1], text[p]
    return not (before.isspace() or after.isspace() or before in SENTENCE_END)


def cut_pages(text: str, rng: random.Random, min_len: int = 300, max_len: int = 1500) -> list[str]:
    """Cut ``text`` into pages of about ``min_len``–``max_len`` characters.

    Every cut falls inside a sentence: not after sentence-final punctuation and not
    next to a line break or other whitespace.
    """
    text = text.strip()
    if len(text) <= max_len:  # short document: still at least two pages
        max_len = max(len(text) // 2, 2)
        min_len = min(min_len, max_len // 2)
    cuts: list[int] = []
    pos = 0
    while len(text) - pos > max_len:
        target = pos + rng.randint(min_len, max_len)
        p = None
        for d in range(0, 200):
            for q in (target + d, target - d):
                if pos + min_len // 2 < q < len(text) - min_len // 2 and _valid_cut(text, q):
                    p = q
                    break
            if p is not None:
                break
        if p is None:
            break
        cuts.append(p)
        pos = p
    bounds = [0, *cuts, len(text)]
    return [text[a:b] for a, b in itertools.pairwise(bounds)]


def shuffled_document(
    text: str, seed: int, min_len: int = 300, max_len: int = 1500
) -> tuple[str, list[int]]:
    """Pages of ``text`` in a shuffled (never identity) order, joined with blank lines.

    Returns the shuffled text and the permutation (``perm[k]`` = original index of the
    page at position ``k``).
    """
    rng = random.Random(seed)
    pages = cut_pages(text, rng, min_len, max_len)
    perm = list(range(len(pages)))
    if len(pages) > 1:
        while perm == sorted(perm):
            rng.shuffle(perm)
    return "\n\n".join(pages[k] for k in perm), perm


def non_space(s: str) -> str:
    """``s`` without any whitespace."""
    return "".join(s.split())
