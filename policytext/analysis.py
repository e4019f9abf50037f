"""One corpus loop: read → normalise → repair → structure → nlp → record.

``analyze`` and every later command use :func:`iter_analyze`, which streams documents,
shows a progress bar and yields a manifest entry for every input (processed, skipped or
failed, with the reason), so no input is ever silently dropped.

Every command that reads documents accounts for its inputs the same way: a
:class:`ManifestWriter` writes ``OUT.manifest.jsonl`` row by row as inputs are handled,
and :func:`finish_run` prints the summary and returns the exit code (non-zero only when
nothing could be processed, or with ``strict`` when any input failed)::

    with ManifestWriter(manifest_path(out)) as manifest:
        for record, entry in iter_analyze(paths, nlp):
            if entry is not None:  # None for the parts of a long document before its last
                manifest.add(entry)
            ...
    return finish_run(manifest.entries, command="graph", output=out, strict=args.strict)
"""

from __future__ import annotations

import json
import os
import re
import traceback
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .document import Record, empty_meta, write_records
from .io import RawDocument, ReadError, iter_documents, script_report, to_simplified
from .normalization import Normalized, normalize
from .offsets import OffsetMap
from .repair import repair_reading_order, split_blocks
from .structure import DocumentStructure, parse_structure, structure_to_dict

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
    if "policy_measures" in nlp.pipe_names:
        info.update(measure_models_info(nlp.get_pipe("policy_measures")))
    return info


def measure_models_info(settings: Any) -> dict[str, Any]:
    """``instruments`` and ``detection`` provenance of a ``policy_measures`` component or of a
    :class:`~policytext.streaming.PipelineSpec` (both carry ``instruments``,
    ``instrument_model``, ``detection`` and ``measure_model``): one description for records
    and cache keys, however the pipeline is given."""
    from .instrument_model import describe_classifier
    from .measure_model import describe_detection

    return {
        "instruments": describe_classifier(
            getattr(settings, "instruments", "keywords"),
            getattr(settings, "instrument_model", None),
        ),
        "detection": describe_detection(
            getattr(settings, "detection", "rules"), getattr(settings, "measure_model", None)
        ),
    }


CHUNK_CHARS = 200_000
"""Texts longer than this (or than ``nlp.max_length`` when smaller) go through the pipeline
chunk by chunk: each chunk's Doc is copied into the record and dropped before the next is
made, so memory holds one chunk's Doc, and rule stages whose cost grows with the square of
the text see short texts."""


def chunk_bounds(text: str, structure: DocumentStructure, max_length: int) -> list[tuple[int, int]]:
    """Split ``text`` into pieces no longer than ``max_length``.

    A piece ends, by preference, before a top-level heading (一、, 第X章) in the second half
    of the allowed length, else after a blank line, a line break or a sentence end, else at
    the limit: sections and their 牵头单位/责任单位 notes stay in one piece where possible.
    """
    if len(text) <= max_length:
        return [(0, len(text))]
    tops = sorted(s.start for s in structure.sections if s.level == 1)
    ends = sorted({s.end for s in structure.sentences})
    bounds, start = [], 0
    while len(text) - start > max_length:
        limit, floor = start + max_length, start + max_length // 2
        cut = _last_in(tops, floor, limit)
        if cut is None:
            cut = next(
                (
                    k + len(sep)
                    for sep in ("\n\n", "\n")
                    if (k := text.rfind(sep, floor, limit)) != -1
                ),
                None,
            ) or _last_in(ends, start + 1, limit)
        cut = cut or limit
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(text)))
    return bounds


def _last_in(sorted_positions: Sequence[int], low: int, high: int) -> int | None:
    """The largest position ``p`` with ``low <= p <= high`` (None when there is none)."""
    import bisect

    k = bisect.bisect_right(sorted_positions, high)
    if k and sorted_positions[k - 1] >= low:
        return sorted_positions[k - 1]
    return None


NORMALIZE_CHUNK = 500_000
"""Texts longer than this (characters) are normalised piece by piece (bounded memory)."""

REPAIR_MAX_BLOCKS = 200
"""Reading-order repair is skipped (with a warning) for texts with more blocks than this:
its search grows faster than quadratically with the number of blocks."""


def _cut_point(text: str, start: int, limit: int) -> int:
    """A cut at or before ``limit``: after a blank line, else after a line break, else ``limit``."""
    floor = start + (limit - start) // 2
    for sep in ("\n\n", "\n"):
        k = text.rfind(sep, floor, limit)
        if k != -1:
            return k + len(sep)
    return limit


def _piece_bounds(text: str, limit: int) -> list[tuple[int, int]]:
    """Consecutive ``(start, end)`` pieces of at most ``limit`` characters covering ``text``,
    each cut by :func:`_cut_point` (after a blank line, else a line break)."""
    bounds, start = [], 0
    while start < len(text):
        end = len(text) if len(text) - start <= limit else _cut_point(text, start, start + limit)
        bounds.append((start, end))
        start = end
    return bounds


def normalize_in_chunks(text: str, chunk: int = NORMALIZE_CHUNK) -> Normalized:
    """:func:`~policytext.normalization.normalize` a long text piece by piece.

    The text is cut after blank lines (else line breaks) into pieces of at most
    ``chunk`` characters; each is normalised on its own and the results and offset maps
    are joined. Peak memory is that of one piece plus the output, instead of growing
    with the whole text. Page furniture and wrap width are judged per piece. Texts no
    longer than ``chunk`` are normalised in one pass, exactly as by ``normalize``.

    Examples
    --------
    >>> n = normalize_in_chunks("第一段，\\n内容。\\n\\n第二段。\\n", chunk=12)
    >>> n.text, n.changes["chunks"]
    ('第一段，内容。\\n\\n第二段。\\n', 2)
    >>> n.offset_map.to_source(n.text.index("二"))
    11
    """
    if len(text) <= chunk:
        return normalize(text)
    parts: list[str] = []
    runs: list[tuple[int, int, int]] = []
    changes: Counter[str] = Counter()
    out_len = 0
    for start, end in _piece_bounds(text, chunk):
        piece = normalize(text[start:end])
        parts.append(piece.text)
        runs.extend((t + out_len, s + start, n) for t, s, n in piece.offset_map.runs)
        changes.update(piece.changes)
        changes["chunks"] += 1
        out_len += len(piece.text)
    return Normalized("".join(parts), OffsetMap.from_runs(runs), changes)


def _prepare_text(raw: RawDocument, warnings: list[str]) -> str:
    """The text to normalise: Traditional Chinese converted when possible; script warnings."""
    report = script_report(raw.text)
    if not report.has_chinese:
        warnings.append(
            "no Chinese characters in the text: not a Chinese document? "
            "(analysed anyway; expect few results)"
        )
        return raw.text
    if not report.is_traditional:
        return raw.text
    what = (
        f"Traditional Chinese detected ({report.traditional} of {report.hanzi} sampled hanzi "
        "are Traditional forms)"
    )
    converted = to_simplified(raw.text)
    if converted is None:
        warnings.append(
            f"{what}; not converted: install OpenCC (pip install 'policytext[hant]') to "
            "analyse it as Simplified Chinese"
        )
        return raw.text
    warnings.append(f"{what}; converted to Simplified Chinese for analysis (same offsets)")
    return converted


def analyze_document(
    raw: RawDocument,
    nlp: Language,
    *,
    repair: bool = True,
) -> Record:
    """Analyse one document read by :mod:`policytext.io` into a :class:`Record`.

    Traditional Chinese is converted to Simplified (character for character, so offsets
    still lead to the source) when OpenCC is installed; texts longer than
    :data:`NORMALIZE_CHUNK` are normalised in pieces; reading-order repair is skipped
    for texts of more than :data:`REPAIR_MAX_BLOCKS` blocks. Each of these adds a warning.
    """
    warnings = list(raw.warnings)
    source_text = _prepare_text(raw, warnings)
    norm = normalize_in_chunks(source_text)
    if norm.changes["chunks"]:
        warnings.append(
            f"long text ({len(source_text):,} characters): normalised in "
            f"{norm.changes['chunks']} pieces"
        )
    text, offsets = norm.text, norm.offset_map
    repairs: list[dict[str, Any]] = []
    if repair and len(blocks := split_blocks(text)) > REPAIR_MAX_BLOCKS:
        warnings.append(
            f"reading-order repair skipped: {len(blocks)} blocks "
            f"(limit {REPAIR_MAX_BLOCKS}, policytext.analysis.REPAIR_MAX_BLOCKS)"
        )
        repair = False
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

    base = raw.meta.get("source_offset")
    if isinstance(base, int) and base:  # a part of a longer document: lead to its whole text
        offsets = OffsetMap.from_runs([(t, s + base, n) for t, s, n in offsets.runs])
        for moved in repairs:
            moved["source_spans"] = [[a + base, b + base] for a, b in moved["source_spans"]]
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
    limit = min(nlp.max_length, CHUNK_CHARS)
    if len(text) <= limit:
        doc = nlp(text)
        structure = _structure_of(doc) or parse_structure(text)
        fill_structure(record, structure)
        apply_source_meta(record)
        fill_from_doc(record, doc, 0)
        return record
    # A long text: structure and meta from the whole text, then the pipeline chunk by chunk,
    # each chunk told the document's meta (issuer and region for implied leads and aliases).
    structure = parse_structure(text)
    fill_structure(record, structure)
    apply_source_meta(record)
    bounds = chunk_bounds(text, structure, limit)
    meta = {**structure.meta, **{k: v for k, v in record.meta.items() if v}}
    for (base, _), doc in zip(bounds, nlp.pipe(_chunk_docs(nlp, text, bounds, meta)), strict=True):
        fill_from_doc(record, doc, base)
    record.warnings.append(
        f"long text ({len(text):,} characters): analysed in {len(bounds)} chunks of at most "
        f"{limit:,} characters (policytext.analysis.CHUNK_CHARS, nlp.max_length); "
        "aliases and 牵头单位 notes are resolved within a chunk"
    )
    return record


def _chunk_docs(
    nlp: Language, text: str, bounds: Sequence[tuple[int, int]], meta: dict[str, Any]
) -> Iterator[Doc]:
    from spacy.tokens import Doc as _Doc

    if not _Doc.has_extension("policy_meta"):
        _Doc.set_extension("policy_meta", default=None)
    for start, end in bounds:  # lazily: one chunk's Doc at a time
        doc = nlp.make_doc(text[start:end])
        doc._.policy_meta = dict(meta)
        yield doc


def fill_from_doc(record: Record, doc: Doc, base: int) -> None:
    """Append one Doc's tokens, entities, actor groups and measures to ``record``, their
    offsets shifted by ``base`` (where the Doc's text starts in ``record.text``)."""
    from spacy.attrs import IDX, IS_SPACE, LENGTH

    # one array pass: iterating the Doc would create a Python object per token
    rows = doc.to_array([IDX, LENGTH, IS_SPACE]).tolist()
    record.tokens.extend(
        {"start": base + i, "end": base + i + n} for i, n, space in rows if not space
    )
    fill_entities(record, doc, base)
    if doc.has_extension("measures") and doc._.measures is not None:
        record.measures.extend(_shifted(dict(m), base) for m in doc._.measures)


def _shifted(item: dict[str, Any], base: int) -> dict[str, Any]:
    """``item`` with its ``start``/``end`` and those of nested actors, programs … moved by ``base``."""
    if not base:
        return item
    for key in ("start", "end"):
        if isinstance(item.get(key), int):
            item[key] += base
    for key, value in item.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            item[key] = [_shifted(dict(v), base) for v in value]
    return item


def fill_entities(record: Record, doc: Doc, base: int = 0) -> None:
    """Copy ``doc.ents`` and ``doc.spans["actor_groups"]`` into the record, offsets shifted by
    ``base`` (where the Doc's text starts in ``record.text``)."""

    from .components._spans import mention_dict
    from .components._text import doc_text

    text = doc_text(doc)
    record.entities.extend(mention_dict(e, text, base) for e in doc.ents)
    record.actor_groups.extend(
        mention_dict(g, text, base) for g in doc.spans.get("actor_groups", [])
    )


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
    record.enumerations = [structure_to_dict(e) for e in structure.enumerations]
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
    cache: Any = None,
    n_process: int | None = None,
    batch_size: int | None = None,
) -> Iterator[tuple[Record | None, ManifestEntry | None]]:
    """Stream ``(record or None, manifest entry)`` for every input file or table row.

    A document longer than :data:`PART_CHARS` is analysed as consecutive parts, one record
    each; the parts before the last come with ``None`` for the entry and the last with the
    input's one manifest entry (:func:`merge_part_entries`), so the manifest keeps one row
    per input.

    ``cache`` (a :class:`~policytext.cache.RecordCache`, a directory, True/False; None: the
    default cache, see :func:`policytext.cache.set_default_cache`), ``n_process`` and
    ``batch_size`` (None: :func:`policytext.streaming.configure`'s defaults) hand the run to
    :func:`policytext.streaming.iter_process`, which gives the same records.
    """
    from .cache import as_cache
    from .streaming import run_defaults

    store = as_cache(cache)
    n_process, batch_size = run_defaults(n_process, batch_size)
    if store is not None or n_process > 1:
        from .streaming import iter_process

        yield from iter_process(
            paths,
            nlp=nlp,
            n_process=n_process,
            batch_size=batch_size,
            cache=store if store is not None else False,
            repair=repair,
            text_column=text_column,
            progress=progress,
        )
        return
    if nlp is None:
        from .pipeline import load

        nlp = load()
    yield from merge_part_entries(
        _analyze_items(_iter_inputs(paths, text_column), nlp, repair, progress)
    )


def _analyze_items(
    items: Iterable[RawDocument | ReadError], nlp: Language, repair: bool, progress: bool
) -> Iterator[tuple[Record | None, ManifestEntry]]:
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
        if isinstance(p, RawDocument | ReadError):  # documents already read
            yield from iter_parts([p])
            continue
        if not Path(p).exists():
            yield ReadError(p, "no such file or directory")
            continue
        yield from iter_parts(iter_documents(p, text_column=text_column))


PART_CHARS = 500_000
"""Documents longer than this (characters) are analysed as consecutive parts of at most this
length, one record each (ids ``<id>#part1of3`` …, ``meta["part"]``), cut after blank lines
or line breaks, with one manifest row for the input: memory holds one part's record and
Docs, however large the file."""

_PART_ID = re.compile(r"#part(\d+)of(\d+)$")


def split_parts(raw: RawDocument, limit: int | None = None) -> list[RawDocument]:
    """``raw`` itself, or its parts when its text is longer than ``limit`` characters.

    Each part's ``meta`` records ``part``, ``parts``, ``part_of`` and ``source_offset``
    (where the part starts in ``raw.text``); its record's offset map leads to ``raw.text``.

    >>> from policytext.io import RawDocument
    >>> raw = RawDocument("d", "d.txt", "第一段。\\n\\n第二段。\\n", "utf-8", "txt", {}, [])
    >>> [(p.id, p.text, p.meta["source_offset"]) for p in split_parts(raw, limit=8)]
    [('d#part1of2', '第一段。\\n\\n', 0), ('d#part2of2', '第二段。\\n', 6)]
    """
    text, limit = raw.text, limit or PART_CHARS
    if len(text) <= limit:
        return [raw]
    bounds = _piece_bounds(text, limit)
    n = len(bounds)
    return [
        RawDocument(
            id=f"{raw.id}#part{k}of{n}",
            source=raw.source,
            text=text[a:b],
            encoding=raw.encoding,
            format=raw.format,
            meta={**raw.meta, "part": k, "parts": n, "part_of": raw.id, "source_offset": a},
            warnings=[
                *raw.warnings,
                f"part {k} of {n} of {raw.id} (characters {a:,}–{b:,} of the source text): "
                f"the document is longer than policytext.analysis.PART_CHARS ({limit:,})",
            ],
        )
        for k, (a, b) in enumerate(bounds, 1)
    ]


def iter_parts(items: Iterable[RawDocument | ReadError]) -> Iterator[RawDocument | ReadError]:
    """``items`` with every over-long document replaced by its parts (:func:`split_parts`)."""
    for item in items:
        if isinstance(item, RawDocument):
            yield from split_parts(item)
        else:
            yield item


def merge_part_entries(
    stream: Iterable[tuple[Record | None, ManifestEntry | None]],
) -> Iterator[tuple[Record | None, ManifestEntry | None]]:
    """Pass ``(record, entry)`` pairs through, folding the entries of a document's parts into
    one entry for the input, given with its last part (the earlier parts get ``None``).

    The input counts as processed when any part was; failed parts are named in its warnings.
    """
    pending: dict[str, list[ManifestEntry]] = {}
    for record, entry in stream:
        match = _PART_ID.search(entry.id or "") if entry is not None else None
        if entry is None or match is None:
            yield record, entry
            continue
        base, n = (entry.id or "")[: match.start()], int(match.group(2))
        got = pending.setdefault(base, [])
        got.append(entry)
        if len(got) < n:
            yield record, None
            continue
        del pending[base]
        yield record, _merged_entry(base, got, n)
    for base, got in pending.items():  # parts that never came back: say so
        found = _PART_ID.search(got[0].id or "")
        yield None, _merged_entry(base, got, int(found.group(2)) if found else len(got))


def _merged_entry(base: str, parts: list[ManifestEntry], n: int) -> ManifestEntry:
    done = [e for e in parts if e.status == "processed"]
    warnings = [
        f"long document: analysed as {n} parts, records {base}#part1of{n} … {base}#part{n}of{n} "
        f"(policytext.analysis.PART_CHARS = {PART_CHARS:,} characters)"
    ]
    for e in parts:
        warnings += [w for w in e.warnings if w not in warnings and not w.startswith("part ")]
        if e.status != "processed":
            warnings.append(f"{e.id} {e.status}: {e.reason}")
    if len(parts) < n:
        warnings.append(f"only {len(parts)} of {n} parts were returned")
    return ManifestEntry(
        path=parts[0].path,
        status="processed" if done else parts[0].status,
        reason=None if done else f"every part failed; first: {parts[0].reason}",
        warnings=warnings,
        id=base,
    )


def mask_personal_data_of(record: Record, entry: ManifestEntry | None) -> None:
    """Mask phone numbers, ID numbers and e-mails in ``record`` (:func:`policytext.privacy.
    mask_record`), say so in its warnings, and give ``entry`` the record's warnings."""
    from .privacy import mask_record

    masked = mask_record(record)
    if masked:
        note = ", ".join(f"{n} {kind}" for kind, n in sorted(masked.items()))
        record.warnings.append(f"personal data masked: {note}")
    if entry is not None:
        entry.warnings = record.warnings  # mask_record replaced the list


def manifest_path(output: PathLike) -> Path:
    """``OUT.jsonl`` → ``OUT.manifest.jsonl``."""
    out = Path(output)
    stem = out.name[: -len(out.suffix)] if out.suffix else out.name
    return out.with_name(f"{stem}.manifest.jsonl")


EXIT_OK = 0
"""Some input was processed (and, with ``strict``, none failed)."""
EXIT_NOTHING_PROCESSED = 1
"""No input could be processed (all failed or skipped, or there were none)."""
EXIT_STRICT_FAILURES = 3
"""``strict`` run in which at least one input failed (2 is argparse's usage error)."""


class ManifestWriter:
    """Collect the manifest of one run and write it as ``OUT.manifest.jsonl`` as it grows.

    Each :meth:`add` appends one JSON line and flushes, so a run that is interrupted keeps
    the rows of every input handled so far. Use it as a context manager.

    Parameters
    ----------
    path : str or os.PathLike or None
        The manifest file (see :func:`manifest_path`); None keeps the entries in memory only.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "run.manifest.jsonl"
    >>> with ManifestWriter(out) as m:
    ...     m.add(ManifestEntry("a.txt", "processed", id="a"))
    ...     m.add(ManifestEntry("b.pdf", "failed", "encrypted PDF: a password is required"))
    >>> dict(m.counts), len(out.read_text(encoding="utf-8").splitlines())
    ({'processed': 1, 'failed': 1}, 2)
    """

    def __init__(self, path: PathLike | None) -> None:
        self.path = Path(path) if path is not None else None
        self.entries: list[ManifestEntry] = []
        self._fh: Any = None
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fh = open(self.path, "w", encoding="utf-8")

    def add(self, entry: ManifestEntry) -> None:
        """Record one input's outcome (and write its line)."""
        if entry.status not in MANIFEST_STATUSES:
            raise ValueError(f"manifest status must be one of {MANIFEST_STATUSES}: {entry!r}")
        self.entries.append(entry)
        if self._fh is not None:
            self._fh.write(json.dumps(entry.to_dict(), ensure_ascii=False) + "\n")
            self._fh.flush()

    @property
    def counts(self) -> Counter[str]:
        """Number of entries per status."""
        return Counter(e.status for e in self.entries)

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def __enter__(self) -> ManifestWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


MANIFEST_STATUSES = ("processed", "skipped", "failed")


def write_manifest(entries: Iterable[ManifestEntry], path: PathLike) -> Path:
    """Write a whole manifest at once (for commands that collect entries first)."""
    with ManifestWriter(path) as writer:
        for entry in entries:
            writer.add(entry)
    return Path(path)


def run_exit_code(entries: Sequence[ManifestEntry], *, strict: bool = False) -> int:
    """:data:`EXIT_OK`, :data:`EXIT_NOTHING_PROCESSED` or :data:`EXIT_STRICT_FAILURES`.

    >>> run_exit_code([ManifestEntry("a", "processed"), ManifestEntry("b", "failed", "x")])
    0
    >>> run_exit_code([ManifestEntry("a", "processed"), ManifestEntry("b", "failed", "x")],
    ...               strict=True)
    3
    >>> run_exit_code([ManifestEntry("README.md", "skipped", "skipped: unsupported file type .md")])
    1
    """
    counts = Counter(e.status for e in entries)
    if counts["processed"] == 0:
        return EXIT_NOTHING_PROCESSED
    if strict and counts["failed"]:
        return EXIT_STRICT_FAILURES
    return EXIT_OK


def run_summary(
    entries: Sequence[ManifestEntry],
    *,
    command: str = "analyze",
    output: PathLike | None = None,
    manifest: PathLike | None = None,
) -> str:
    """The end-of-run report: counts, where the results went, every failure with its reason.

    >>> print(run_summary([ManifestEntry("a.txt", "processed", warnings=["w"]),
    ...                    ManifestEntry("b.pdf", "failed", "no text layer (scanned PDF?)")],
    ...                   output="out.jsonl", manifest="out.manifest.jsonl"))
    policytext analyze: 2 inputs: 1 processed (1 with warnings), 0 skipped, 1 failed → out.jsonl (manifest: out.manifest.jsonl)
      failed: b.pdf: no text layer (scanned PDF?)
    """
    counts = Counter(e.status for e in entries)
    warned = sum(1 for e in entries if e.status == "processed" and e.warnings)
    line = (
        f"policytext {command}: {len(entries)} inputs: {counts['processed']} processed"
        + (f" ({warned} with warnings)" if warned else "")
        + f", {counts['skipped']} skipped, {counts['failed']} failed"
    )
    if output is not None:
        line += f" → {output}"
    if manifest is not None:
        line += f" (manifest: {manifest})"
    lines = [line]
    lines += [f"  failed: {e.path}: {e.reason}" for e in entries if e.status == "failed"]
    if counts["processed"] == 0:
        lines.append("  nothing could be processed")
    return "\n".join(lines)


def read_record_files(paths: Sequence[PathLike]) -> AnalysisResult:
    """Records of analysed ``.jsonl`` files, with one manifest entry per record.

    A file that cannot be read (missing, not JSON, another schema version) becomes one
    ``failed`` entry with the reason; the other files are read.
    """
    from .document import read_records

    records: list[Record] = []
    entries: list[ManifestEntry] = []
    for p in paths:
        try:
            got = read_records(p)
        except (OSError, ValueError) as exc:
            entries.append(ManifestEntry(path=str(p), status="failed", reason=str(exc)))
            continue
        records += got
        entries += [
            ManifestEntry(path=r.source, status="processed", warnings=list(r.warnings), id=r.id)
            for r in got
        ]
    return AnalysisResult(records, entries)


def records_for(
    paths: Sequence[PathLike],
    *,
    segmenter: str = "pkuseg",
    progress: bool = True,
    mask_personal_data: bool = False,
) -> AnalysisResult:
    """The records a later command works on, with the manifest of its inputs.

    When every path is a ``.jsonl`` file, they are analysed records
    (:func:`read_record_files`); otherwise the documents are analysed now (:func:`analyze`).
    With ``mask_personal_data`` the records are masked (:mod:`policytext.privacy`).
    """
    if all(Path(p).suffix == ".jsonl" for p in paths):
        result = read_record_files(paths)
        if mask_personal_data:
            from .privacy import mask_record

            for record in result.records:
                mask_record(record)
        return result
    from .streaming import lazy_load

    return analyze(
        paths,
        nlp=lazy_load(segmenter),
        progress=progress,
        mask_personal_data=mask_personal_data,
    )


def finish_run(
    entries: Sequence[ManifestEntry],
    *,
    command: str,
    output: PathLike | None = None,
    manifest: PathLike | None = None,
    strict: bool = False,
    stream: Any = None,
) -> int:
    """Print :func:`run_summary` (to stderr by default) and return :func:`run_exit_code`.

    The last call of every command that reads documents (``analyze``, ``themes``,
    ``graph``, ``report``): ``return finish_run(writer.entries, command="report", ...)``.
    """
    import sys

    print(
        run_summary(entries, command=command, output=output, manifest=manifest),
        file=stream if stream is not None else sys.stderr,
    )
    return run_exit_code(entries, strict=strict)


def analyze(
    paths: PathLike | Sequence[PathLike],
    output: PathLike | None = None,
    *,
    nlp: Language | None = None,
    repair: bool = True,
    progress: bool = True,
    text_column: str | None = None,
    link: bool = True,
    mask_personal_data: bool = False,
    cache: Any = None,
    n_process: int | None = None,
    batch_size: int | None = None,
    keep_records: bool = True,
) -> AnalysisResult:
    """Analyse files or folders; optionally write ``OUTPUT`` (JSONL) and its manifest.

    With ``keep_records=False`` (only with ``output``) the records are written and not kept:
    memory stays that of one document whatever the corpus size, ``result.records`` is
    empty, and the corpus link pass rewrites the file record by record.

    With ``mask_personal_data``, phone numbers, ID numbers and e-mail addresses are masked
    in every record (:func:`policytext.privacy.mask_record`) before it is kept or written,
    so every export made from the result is masked too.

    ``cache``, ``n_process`` and ``batch_size``: see :func:`iter_analyze` (documents analysed
    before under the same configuration come from the record cache; several processes give
    the same records).

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
    if not keep_records and output is None:
        raise ValueError("keep_records=False needs an output file to write the records to")
    from .aliases import apply_corpus_links, corpus_firm_mapping, corpus_firm_names

    records: list[Record] = []
    firm_names: tuple[set[str], set[str]] = (set(), set())
    written = 0
    out = None
    if output is not None:
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        out = open(output, "w", encoding="utf-8")
    writer = ManifestWriter(manifest_path(output) if output is not None else None)
    try:
        for record, entry in iter_analyze(
            paths,
            nlp,
            repair=repair,
            progress=progress,
            text_column=text_column,
            cache=cache,
            n_process=n_process,
            batch_size=batch_size,
        ):
            if record is not None and mask_personal_data:
                mask_personal_data_of(record, entry)
            if entry is not None:  # None: a part of a long document before its last
                writer.add(entry)
            if record is not None:
                written += 1
                if keep_records:
                    records.append(record)
                else:
                    fulls, shorts = corpus_firm_names(record)
                    firm_names[0].update(fulls)
                    firm_names[1].update(shorts)
                if out is not None:
                    out.write(record.to_json() + "\n")
                    out.flush()
    finally:
        if out is not None:
            out.close()
        writer.close()
    manifest = writer.entries
    if link and written > 1:
        mapping = corpus_firm_mapping(records, names=firm_names)
        for rec in records:
            apply_corpus_links(rec, mapping)
        if output is not None:
            tmp = Path(f"{output}.tmp")
            if keep_records:
                write_records(records, tmp)
            else:  # rewrite the file one record at a time
                from .document import iter_records

                def linked(record: Record) -> Record:
                    apply_corpus_links(record, mapping)
                    return record

                write_records(map(linked, iter_records(output)), tmp)
            tmp.replace(output)
    return AnalysisResult(records, manifest)
