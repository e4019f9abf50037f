"""User lexicon files carried inside a saved pipeline (shared by the policy components)."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar

import srsly

L = TypeVar("L")


class LexiconFilesMixin(Generic[L]):
    """Reads the ``lexicon_files`` a component was configured with and serialises their
    contents with the pipeline, so ``spacy.load`` needs no outside path.

    Subclasses set ``_load_lexicons`` (paths → lexicon object) and ``lexicon_files``.
    """

    lexicon_files: list[str]
    _load_lexicons: Callable[..., L]

    def _init_lexicon_files(self, lexicon_files: list[str] | None) -> None:
        self.lexicon_files = list(lexicon_files or [])
        self._extra: dict[str, str] = {}  # file name -> contents (serialised with the pipeline)
        self._lexicons: L | None = None

    def initialize(self, get_examples: Any = None, *, nlp: Any = None) -> None:
        self._extra = {
            Path(f).name: Path(f).read_text(encoding="utf-8-sig") for f in self.lexicon_files
        }
        self._lexicons = None

    @property
    def lexicons(self) -> L | None:
        if self.lexicon_files and not self._extra:
            self.initialize()
        if not self._extra:
            return None
        if self._lexicons is None:
            with tempfile.TemporaryDirectory() as tmp:
                paths = []
                for fname, content in self._extra.items():
                    p = Path(tmp) / fname
                    p.write_text(content, encoding="utf-8")
                    paths.append(p)
                self._lexicons = type(self)._load_lexicons(*paths)
        return self._lexicons

    def _set_extra(self, extra: dict[str, str]) -> None:
        for name in extra:  # names come from a file: never let them leave the temp folder
            if (
                not isinstance(name, str)
                or name in ("", ".", "..")
                or Path(name).name != name
                or "\\" in name
                or "\x00" in name
            ):
                raise ValueError(
                    f"saved pipeline lists lexicon file {name!r}: not a plain file name; "
                    "refusing to write it outside the temporary folder"
                )
        self._extra = dict(extra)
        self.lexicon_files = []
        self._lexicons = None

    def to_disk(self, path: Any, *, exclude: Any = ()) -> None:
        p = Path(path)
        p.mkdir(parents=True, exist_ok=True)
        srsly.write_json(p / "lexicons.json", self._extra)

    def from_disk(self, path: Any, *, exclude: Any = ()) -> Any:
        f = Path(path) / "lexicons.json"
        if f.is_file():
            self._set_extra(srsly.read_json(f))
        return self

    def to_bytes(self, *, exclude: Any = ()) -> bytes:
        return bytes(srsly.msgpack_dumps(self._extra))

    def from_bytes(self, data: bytes, *, exclude: Any = ()) -> Any:
        self._set_extra(srsly.msgpack_loads(data))
        return self
