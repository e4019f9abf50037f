"""One corpus loop: read → normalise → repair → structure → nlp → record.

``analyze`` and every later command use :func:`iter_analyze`, which streams documents,
shows a progress bar and yields a manifest entry for every input (processed, skipped or
failed, with the reason), so no input is ever silently dropped.
"""

from __future__ import annotations

import json
import os
import re
import traceback
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .document import Record, empty_meta, write_records
from .io import RawDocument, ReadError, iter_documents
from .normalization import normalize
from .repair import repair_reading_order
from .structure import DocumentStructure, parse_structure

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

PathLike = str | os.PathLike[str]


@dataclass
class ManifestEntry:
    """What happened to one input: ``processed``, ``skipped`` or ``failed``, and why."""

    path: str
    status: str
    reason: str | None = None
    warnings: list[str] = field(default_factory=list)
    id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class AnalysisResult:
    """Records plus the manifest of a corpus run."""

    records: list[Record]
    manifest: list[ManifestEntry]

    @property
    def failed(self) -> list[ManifestEntry]:
        return [m for m in self.manifest if m.status == "failed"]

    def manifest_frame(self) -> Any:
        import pandas as pd

        return pd.DataFrame([m.to_dict() for m in self.manifest])


def pipeline_info(nlp: Language) -> dict[str, Any]:
    info = dict(nlp.meta.get("policytext", {}))
    info["policytext_version"] = __version__
    info["components"] = list(nlp.pipe_names)
    return info


def chunk_bounds(text: str, structure: DocumentStructure, max_length: int) -> list[tuple[int, int]]:
    """Split ``text`` into pieces no longer than ``max_length``, at sentence ends where possible."""
    if len(text) <= max_length:
        return [(0, len(text))]
    ends = sorted({s.end for s in structure.sentences})
    bounds, start = [], 0
    while len(text) - start > max_length:
        limit = start + max_length
        cut = max((e for e in ends if start < e <= limit), default=limit)
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(text)))
    return bounds


def analyze_document(
    raw: RawDocument,
    nlp: Language,
    *,
    repair: bool = True,
) -> Record:
    """Analyse one document read by :mod:`policytext.io` into a :class:`Record`."""
    warnings = list(raw.warnings)
    norm = normalize(raw.text)
    text, offsets = norm.text, norm.offset_map
    repairs: list[dict[str, Any]] = []
    if repair:
        fixed = repair_reading_order(text)
        if fixed.repairs:
            for rep in fixed.repairs:
                item = asdict(rep)
                item["source_spans"] = [
                    list(s) for s in offsets.span_to_source(rep.source_start, rep.source_end)
                ]
                repairs.append(item)
            warnings.append(
                f"reading order repaired: {len(fixed.repairs)} block move(s)/join(s); see repairs"
            )
        text, offsets = fixed.text, fixed.offset_map.compose(offsets)

    docs, bounds, structure = _run_nlp(nlp, text)
    record = Record(
        id=raw.id,
        source=raw.source,
        text=text,
        encoding=raw.encoding,
        format=raw.format,
        offset_map=offsets.to_list(),
        source_meta=dict(raw.meta),
        repairs=repairs,
        normalization=dict(norm.changes),
        warnings=warnings,
        pipeline=pipeline_info(nlp),
    )
    fill_structure(record, structure)
    apply_source_meta(record)
    record.tokens = [
        {"start": base + t.idx, "end": base + t.idx + len(t.text)}
        for doc, (base, _) in zip(docs, bounds, strict=True)
        for t in doc
        if not t.is_space
    ]
    fill_entities(record, docs, bounds)
    fill_measures(record, docs, bounds, structure)
    if len(bounds) > 1:
        record.warnings.append(
            f"text longer than nlp.max_length ({nlp.max_length}): processed in {len(bounds)} chunks"
        )
    return record


def fill_entities(record: Record, docs: Sequence[Doc], bounds: Sequence[tuple[int, int]]) -> None:
    """Copy ``doc.ents`` and ``doc.spans["actor_groups"]`` into the record (chunk offsets shifted)."""

    def item(span: Any, base: int) -> dict[str, Any]:
        return {
            "start": base + span.start_char,
            "end": base + span.end_char,
            "label": span.label_,
            "text": span.text,
            "canonical": span._.canonical if span.has_extension("canonical") else None,
            "id": span.kb_id_ or None,
        }

    for doc, (base, _) in zip(docs, bounds, strict=True):
        record.entities.extend(item(e, base) for e in doc.ents)
        record.actor_groups.extend(item(g, base) for g in doc.spans.get("actor_groups", []))


def fill_measures(
    record: Record,
    docs: Sequence[Doc],
    bounds: Sequence[tuple[int, int]],
    structure: DocumentStructure | None = None,
) -> None:
    """Copy ``Doc._.measures`` into the record (nothing without ``policy_measures``).

    A chunked document is measured once on the whole record text instead of per chunk: its
    sections and 牵头单位/责任单位 notes span chunks, and the offsets then refer to
    ``record.text`` directly (no shift needed).
    """
    from spacy.tokens import Doc as _Doc

    has = _Doc.has_extension("measures") and all(d._.measures is not None for d in docs)
    if has and len(docs) == 1:
        record.measures = [dict(m) for m in docs[0]._.measures]
        return
    if not has:
        return
    from .measures import find_measures

    record.measures = find_measures(
        record.text,
        structure if structure is not None else parse_structure(record.text),
        record.entities,
        record.actor_groups,
        record.meta,
    )


def _run_nlp(
    nlp: Language, text: str
) -> tuple[list[Doc], list[tuple[int, int]], DocumentStructure]:
    if len(text) <= nlp.max_length:
        doc = nlp(text)
        structure = _structure_of(doc) or parse_structure(text)
        return [doc], [(0, len(text))], structure
    structure = parse_structure(text)
    bounds = chunk_bounds(text, structure, nlp.max_length)
    docs = list(nlp.pipe(text[s:e] for s, e in bounds))
    return docs, bounds, structure


def _structure_of(doc: Doc) -> DocumentStructure | None:
    # the policy_structure component already parsed this text: reuse it
    from spacy.tokens import Doc as _Doc

    if _Doc.has_extension("structure") and doc._.structure is not None:
        return structure_from_dict(doc._.structure)
    return None


def structure_from_dict(data: dict[str, Any]) -> DocumentStructure:
    """Rebuild a :class:`DocumentStructure` from ``dataclasses.asdict`` output."""
    from . import structure as st

    kwargs: dict[str, Any] = {k: v for k, v in data.items() if k not in _STRUCTURE_LISTS}
    kwargs["fields"] = {k: [st.Field(**f) for f in v] for k, v in data["fields"].items()}
    for key, cls in _structure_lists().items():
        kwargs[key] = [cls(**x) for x in data[key]]
    return st.DocumentStructure(**kwargs)


_STRUCTURE_LISTS = ("sections", "enumerations", "sentences", "clauses")


def _structure_lists() -> dict[str, type]:
    from . import structure as st

    return {
        "sections": st.Section,
        "enumerations": st.Enumeration,
        "sentences": st.Span,
        "clauses": st.Span,
    }


def fill_structure(record: Record, structure: DocumentStructure) -> None:
    """Copy the structure (meta, sections, enumerations, sentences, clauses) into a record."""
    meta = empty_meta()
    meta.update({k: v for k, v in structure.meta.items() if k in meta})
    record.meta = meta
    record.sections = [
        {
            "start": s.start,
            "end": s.end,
            "level": s.level,
            "heading": s.heading,
            "heading_start": s.heading_start,
            "heading_end": s.heading_end,
            "marker": s.marker,
            "parent": s.parent,
        }
        for s in structure.sections
    ]
    record.enumerations = [asdict(e) for e in structure.enumerations]
    record.sentences = [{"start": s.start, "end": s.end} for s in structure.sentences]
    record.clauses = [{"start": s.start, "end": s.end} for s in structure.clauses]


# Metadata the input states explicitly (table columns, html <meta>) under common names.
_SOURCE_META_KEYS = {
    "title": ("ArticleTitle", "title", "标题", "题名", "文件名称"),
    "date": ("date", "成文日期", "发文日期", "发布日期", "PubDate", "pubdate"),
    "issuer": ("issuer", "发文机关", "发文单位", "ContentSource", "来源"),
    "doc_number": ("doc_number", "文号", "发文字号"),
}


def apply_source_meta(record: Record) -> None:
    """Fill meta the text did not reveal from metadata the input states explicitly.

    A web page's ``ArticleTitle`` is preferred to a title guessed from page furniture;
    other keys are only filled when the structure found nothing.
    """
    from .structure import parse_date

    found = {**record.source_meta, **(record.source_meta.get("html_meta") or {})}
    for key, names in _SOURCE_META_KEYS.items():
        value = next((found[n] for n in names if isinstance(found.get(n), str) and found[n]), None)
        if value is None:
            continue
        value = value.strip()
        if key == "date":
            value = parse_date(value) or (
                value[:10] if re.match(r"\d{4}-\d\d-\d\d", value) else None
            )
        prefer = key == "title" and "ArticleTitle" in found
        if value and (prefer or not record.meta.get(key)):
            record.meta[key] = value
            if key == "issuer" and not record.meta.get("issuers"):
                record.meta["issuers"] = [value]


def iter_analyze(
    paths: PathLike | Sequence[PathLike],
    nlp: Language | None = None,
    *,
    repair: bool = True,
    progress: bool = True,
    text_column: str | None = None,
) -> Iterator[tuple[Record | None, ManifestEntry]]:
    """Stream ``(record or None, manifest entry)`` for every input file or table row."""
    if nlp is None:
        from .pipeline import load

        nlp = load()
    items: Iterable[RawDocument | ReadError] = _iter_inputs(paths, text_column)
    if progress:
        from tqdm.auto import tqdm

        items = tqdm(items, desc="analyse", unit="doc")
    for item in items:
        if isinstance(item, ReadError):
            status = "skipped" if item.skipped else "failed"
            yield None, ManifestEntry(path=str(item.path), status=status, reason=item.reason)
            continue
        try:
            record = analyze_document(item, nlp, repair=repair)
        except Exception as exc:  # one bad document must not stop a corpus run
            reason = f"{type(exc).__name__}: {exc}"
            tb = traceback.format_exc(limit=3).strip().splitlines()[-1]
            yield (
                None,
                ManifestEntry(
                    path=item.source, status="failed", reason=reason, warnings=[tb], id=item.id
                ),
            )
            continue
        yield (
            record,
            ManifestEntry(
                path=item.source, status="processed", warnings=record.warnings, id=record.id
            ),
        )


def _iter_inputs(
    paths: PathLike | Sequence[PathLike], text_column: str | None
) -> Iterator[RawDocument | ReadError]:
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    for p in paths:
        if not Path(p).exists():
            yield ReadError(p, "no such file or directory")
            continue
        yield from iter_documents(p, text_column=text_column)


def manifest_path(output: PathLike) -> Path:
    """``OUT.jsonl`` → ``OUT.manifest.jsonl``."""
    out = Path(output)
    stem = out.name[: -len(out.suffix)] if out.suffix else out.name
    return out.with_name(f"{stem}.manifest.jsonl")


def analyze(
    paths: PathLike | Sequence[PathLike],
    output: PathLike | None = None,
    *,
    nlp: Language | None = None,
    repair: bool = True,
    progress: bool = True,
    text_column: str | None = None,
    link: bool = True,
) -> AnalysisResult:
    """Analyse files or folders; optionally write ``OUTPUT`` (JSONL) and its manifest.

    Records are written as they are produced, so a long run keeps what it has done.
    With ``link`` (default), a final corpus-level pass binds short firm names to full names
    seen in other documents and makes entity ids consistent across the corpus
    (:func:`policytext.aliases.link_corpus`); the output file is then rewritten with the
    linked records.

    Returns
    -------
    AnalysisResult
        ``records`` (list of :class:`~policytext.document.Record`) and ``manifest``.
    """
    records: list[Record] = []
    manifest: list[ManifestEntry] = []
    out = man = None
    if output is not None:
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        out = open(output, "w", encoding="utf-8")
        man = open(manifest_path(output), "w", encoding="utf-8")
    try:
        for record, entry in iter_analyze(
            paths, nlp, repair=repair, progress=progress, text_column=text_column
        ):
            manifest.append(entry)
            if man is not None:
                man.write(json.dumps(entry.to_dict(), ensure_ascii=False) + "\n")
                man.flush()
            if record is not None:
                records.append(record)
                if out is not None:
                    out.write(record.to_json() + "\n")
                    out.flush()
    finally:
        if out is not None:
            out.close()
        if man is not None:
            man.close()
    if link and len(records) > 1:
        from .aliases import link_corpus

        link_corpus(records)
        if output is not None:
            tmp = Path(f"{output}.tmp")
            write_records(records, tmp)
            tmp.replace(output)
    return AnalysisResult(records, manifest)
