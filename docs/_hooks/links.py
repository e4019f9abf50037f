"""MkDocs hook: links from a docs page to files outside docs/ (tests, source files, the
README) are kept as plain text on the site, so ``mkdocs build --strict`` checks every link
between pages while the Markdown files still link to the code on a repository browser."""

from __future__ import annotations

import posixpath
import re
from typing import Any

_LINK = re.compile(r"\[([^\]]+)\]\((\.\./[^)\s]+)\)")


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    base = posixpath.dirname(page.file.src_uri)

    def plain(m: re.Match[str]) -> str:
        target = posixpath.normpath(posixpath.join(base, m.group(2)))
        return m.group(1) if target.startswith("..") else m.group(0)

    return _LINK.sub(plain, markdown)
