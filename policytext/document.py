"""The analysed-document record: the spine every later stage reads and writes.

``policytext analyze`` writes one record per document as a JSON line. Every offset in a
record refers to ``record.text`` (the normalised, repaired text); ``offset_map`` leads from
there back to the characters of the source file (see :mod:`policytext.offsets`).
The full schema is documented in ``docs/schema.md``; fields that later stages fill
(entities, measures …) are present and empty until then, so consumers never need to
guess whether a key exists.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from .offsets import OffsetMap

SCHEMA_VERSION = "1.0"

DOC_TYPES = ("通知", "意见", "方案", "计划", "办法", "答复", "函", "决定", "报告", "规划", "other")

META_KEYS = (
    "title",
    "issuers",
    "issuer",
    "doc_number",
    "signer",
    "handling_result",
    "date",
    "recipients",
    "cc",
    "attachments",
    "doc_type",
    "contact",
)


def empty_meta() -> dict[str, Any]:
    """``meta`` with every key present (lists empty, scalars None)."""
    return {
        k: [] if k in ("issuers", "recipients", "cc", "attachments") else None for k in META_KEYS
    }


@dataclass
class Record:
    """One analysed document. Offsets refer to ``text``; ``offset_map`` runs are
    ``[text_start, source_start, length]`` into the source file's characters."""

    id: str
    source: str
    text: str
    encoding: str | None = None
    format: str | None = None
    offset_map: list[list[int]] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=empty_meta)
    source_meta: dict[str, Any] = field(default_factory=dict)
    repairs: list[dict[str, Any]] = field(default_factory=list)
    normalization: dict[str, int] = field(default_factory=dict)
    sections: list[dict[str, Any]] = field(default_factory=list)
    enumerations: list[dict[str, Any]] = field(default_factory=list)
    sentences: list[dict[str, Any]] = field(default_factory=list)
    clauses: list[dict[str, Any]] = field(default_factory=list)
    tokens: list[dict[str, Any]] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    actor_groups: list[dict[str, Any]] = field(default_factory=list)
    measures: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    pipeline: dict[str, Any] = field(default_factory=dict)
    schema_version: str = SCHEMA_VERSION

    # ------------------------------------------------------------------ offsets
    @property
    def offsets(self) -> OffsetMap:
        return OffsetMap.from_runs(self.offset_map)

    def source_spans(self, start: int, end: int) -> list[tuple[int, int]]:
        """Source-file character spans of ``text[start:end]``."""
        return self.offsets.span_to_source(start, end)

    # --------------------------------------------------------------- round-trip
    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self) -> str:
        # the fields as they are (no deep copy as in ``to_dict``): a long document's record
        # is not held twice while it is written
        shallow = {f.name: getattr(self, f.name) for f in fields(self)}
        return json.dumps(shallow, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        version = str(data.get("schema_version", ""))
        if version.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
            raise ValueError(
                f"record {data.get('id')!r} has schema_version {version!r}; this policytext "
                f"reads {SCHEMA_VERSION}: re-run `policytext analyze`"
            )
        known = {f.name for f in fields(cls)}
        meta = empty_meta()
        meta.update(data.get("meta") or {})
        kwargs = {k: v for k, v in data.items() if k in known}
        kwargs["meta"] = meta
        return cls(**kwargs)

    # ------------------------------------------------------------------ tables
    def table(self, kind: str) -> Any:
        """A list field (``sections``, ``sentences``, ``tokens``, ``entities`` …) as a DataFrame.

        Span tables get a ``text`` column cut from ``record.text``; an empty field still has
        its columns, so code written against one document works on every document.
        """
        import pandas as pd

        rows = getattr(self, kind, None)
        if not isinstance(rows, list):
            raise ValueError(f"{kind!r} is not a list field of a record")
        frame = pd.DataFrame(rows, columns=TABLE_COLUMNS.get(kind) if not rows else None)
        if "start" in frame.columns and "end" in frame.columns and "text" not in frame.columns:
            frame["text"] = [
                self.text[a:b] for a, b in zip(frame["start"], frame["end"], strict=True)
            ]
        return frame


TABLE_COLUMNS: dict[str, list[str]] = {
    "sections": [
        "start",
        "end",
        "level",
        "heading",
        "heading_start",
        "heading_end",
        "marker",
        "parent",
    ],
    "enumerations": ["start", "end", "marker", "index", "label"],
    "sentences": ["start", "end"],
    "clauses": ["start", "end"],
    "tokens": ["start", "end"],
    "entities": ["start", "end", "label", "text", "canonical", "id"],
    "actor_groups": ["start", "end", "label", "text", "canonical", "id"],
    "measures": [
        "start",
        "end",
        "text",
        "path",
        "verbs",
        "status",
        "actors",
        "instrument",
        "programs",
        "quantities",
        "theme",
    ],
    "repairs": ["kind", "block", "source_start", "source_end", "new_position", "detail"],
}


def write_records(records: Iterable[Record], path: str | os.PathLike[str]) -> int:
    """Write records as JSON lines; returns the number written."""
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        for rec in records:
            f.write(rec.to_json() + "\n")
            n += 1
    return n


def iter_records(path: str | os.PathLike[str]) -> Iterator[Record]:
    """Stream records from a JSONL file written by ``policytext analyze``."""
    p = Path(path)
    if not p.is_file():
        raise FileNotFoundError(f"no records file at {p}")
    with open(p, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{p}:{lineno}: not a JSON record ({exc.msg})") from None
            yield Record.from_dict(data)


def read_records(path: str | os.PathLike[str]) -> list[Record]:
    """Load the records of ``policytext analyze`` back into Python (for notebooks, later stages).

    Examples
    --------
    >>> import tempfile, os
    >>> rec = Record(id="d1", source="d1.txt", text="一是成立工作专班。")
    >>> path = os.path.join(tempfile.mkdtemp(), "out.jsonl")
    >>> write_records([rec], path)
    1
    >>> read_records(path)[0].text
    '一是成立工作专班。'
    """
    return list(iter_records(path))


def records_frame(records: Iterable[Record]) -> Any:
    """One row per record: id, source, title, issuer, doc_number, date, doc_type, sizes."""
    import pandas as pd

    rows = []
    for r in records:
        rows.append(
            {
                "id": r.id,
                "source": r.source,
                "title": r.meta.get("title"),
                "issuer": r.meta.get("issuer"),
                "doc_number": r.meta.get("doc_number"),
                "date": r.meta.get("date"),
                "doc_type": r.meta.get("doc_type"),
                "chars": len(r.text),
                "sentences": len(r.sentences),
                "repairs": len(r.repairs),
                "warnings": len(r.warnings),
            }
        )
    return pd.DataFrame(rows)


def entities_frame(records: Iterable[Record], *, field: str = "entities") -> Any:
    """One row per entity mention across records: doc, label, text, canonical, id, offsets.

    ``field="actor_groups"`` gives the generic actor mentions instead.
    """
    import pandas as pd

    columns = ["doc", "label", "text", "canonical", "id", "start", "end"]
    rows = [
        {"doc": r.id, **{k: e.get(k) for k in columns[1:]}}
        for r in records
        for e in getattr(r, field)
    ]
    return pd.DataFrame(rows, columns=columns)
