"""Package data files (lexicons, dictionaries) and the user's own extensions of them.

Every lexicon is a plain UTF-8 text file with one entry per line; ``#`` starts a comment.
Users extend a lexicon by passing their own file(s) next to (or instead of) the default.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

PathLike = str | os.PathLike[str]


@lru_cache(maxsize=256)
def data_path(name: str) -> Path:
    """Path of a data file shipped in ``policytext/data``."""
    path = Path(str(resources.files("policytext") / "data" / name))
    if not path.is_file():
        raise FileNotFoundError(f"policytext data file {name!r} not found at {path}")
    return path


def default_user_dict_path() -> Path:
    """The policy-domain segmentation dictionary (产业链, 链长制, 绿色建材 …)."""
    return data_path("user_dict.txt")


def read_lines(path: PathLike) -> list[str]:
    """Entries of a one-per-line data file, comments and blank lines removed."""
    out: list[str] = []
    with open(path, encoding="utf-8-sig") as f:
        for line in f:
            entry = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
            if entry:
                out.append(entry)
    return out


def read_terms(paths: PathLike | Iterable[PathLike | str] | None) -> list[str]:
    """Terms from one or several dictionary files (or literal terms), de-duplicated in order.

    An item that is an existing file is read; any other string is taken as a term itself,
    so ``["产业园区", "my_terms.txt"]`` works. The first tab-separated field is the term.
    """
    if paths is None:
        return []
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    terms: list[str] = []
    for item in paths:
        p = Path(item)
        if p.is_file():
            terms.extend(line.split("\t")[0].strip() for line in read_lines(p))
        elif isinstance(item, str) and item.strip() and os.sep not in item and "." not in item:
            terms.append(item.strip())
        else:
            raise FileNotFoundError(f"dictionary file not found: {item}")
    return list(dict.fromkeys(t for t in terms if t))
