"""Stream a corpus through the pipeline: bounded memory, several processes, a record cache.

:func:`process` (``policytext.process``) reads documents one by one, sends them in batches
of ``batch_size`` to ``n_process`` worker processes (each loads the pipeline once), and
writes every record to JSONL or Parquet as soon as it is done, in input order, with the run's
manifest beside it. At most ``2 * n_process`` batches are in flight, so memory does not
grow with the size of the corpus. With a :class:`~policytext.cache.RecordCache`, documents
analysed before under the same configuration are read from the cache and the pipeline is
loaded only when some document misses it.

Records are exactly those of :func:`policytext.analysis.iter_analyze`, whatever
``n_process``, ``batch_size`` or backend (``"local"`` or ``"dask"``, see
:mod:`policytext.distributed`). Corpus-level linking (:func:`policytext.aliases.link_corpus`)
needs all records at once and is not done here; :func:`policytext.analyze` does it.

Examples
--------
>>> spec = PipelineSpec(segmenter="char", components=("policy_structure",))
>>> spec.describe()["segmenter"], spec.describe()["components"]
('char', ['policy_structure'])
"""

from __future__ import annotations

import gc
import json
import os
import sys
import threading
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from . import __version__
from .instruments import DEFAULT_CLASSIFIER
from .measure_model import DEFAULT_DETECTION

if TYPE_CHECKING:
    from spacy.language import Language

    from .analysis import AnalysisResult, ManifestEntry
    from .cache import RecordCache
    from .document import Record
    from .io import RawDocument, ReadError

PathLike = str | os.PathLike[str]

DEFAULT_BATCH_SIZE = 16
"""Documents sent to a worker at a time (and cache lookups grouped together)."""

SPACY_MAX_LENGTH = 1_000_000
"""spaCy's default ``nlp.max_length``."""


# --------------------------------------------------------------------------- pipelines


@dataclass(frozen=True)
class PipelineSpec:
    """How to build a pipeline with :func:`policytext.load`: a picklable recipe.

    Workers (processes, Dask workers) receive the spec and load the pipeline once each.
    :meth:`describe` gives the pipeline's configuration without loading it, so a cache
    lookup needs no model.
    """

    segmenter: str = "pkuseg"
    model: str | None = None
    user_dict: Any = "default"
    components: tuple[str, ...] | None = None
    max_length: int | None = None
    instruments: str = DEFAULT_CLASSIFIER
    instrument_model: str | None = None
    detection: str = DEFAULT_DETECTION
    measure_model: str | None = None

    def __post_init__(self) -> None:
        # hashable (workers keep one pipeline per spec): lists of dictionaries → tuples
        if isinstance(self.user_dict, list):
            object.__setattr__(self, "user_dict", tuple(self.user_dict))
        if isinstance(self.components, list):
            object.__setattr__(self, "components", tuple(self.components))
        if self.model is not None:
            object.__setattr__(self, "model", str(self.model))
        if self.instrument_model is not None:
            object.__setattr__(self, "instrument_model", str(self.instrument_model))
        if self.measure_model is not None:
            object.__setattr__(self, "measure_model", str(self.measure_model))

    def load(self) -> Language:
        """``policytext.load(...)`` with this spec (``max_length`` applied)."""
        from .pipeline import DEFAULT_COMPONENTS, load

        components = DEFAULT_COMPONENTS if self.components is None else self.components
        nlp = load(
            self.segmenter,
            model=self.model,
            user_dict=self.user_dict,
            components=components,
            instruments=self.instruments,
            instrument_model=self.instrument_model,
            detection=self.detection,
            measure_model=self.measure_model,
        )
        if self.max_length is not None:
            nlp.max_length = self.max_length
        return nlp

    def describe(self) -> dict[str, Any]:
        """What :func:`policytext.analysis.pipeline_info` of the loaded pipeline would say,
        plus ``max_length``; only the model's provenance file is read."""
        from .lexicons import default_user_dict_path, read_terms
        from .pipeline import DEFAULT_COMPONENTS

        terms = read_terms(
            default_user_dict_path() if self.user_dict == "default" else self.user_dict
        )
        info: dict[str, Any] = {"segmenter": self.segmenter, "user_dict_terms": len(terms)}
        if self.segmenter == "pkuseg":
            from .models import load_info, resolve_model

            m = load_info(resolve_model(self.model))
            info["pkuseg_model"] = {
                "name": m.name,
                "origin": m.origin,
                "source_url": m.source_url,
                "artefact_sha256": m.artefact_sha256,
                "files_sha256": m.files_sha256,
            }
        info["policytext_version"] = __version__
        info["components"] = list(
            DEFAULT_COMPONENTS if self.components is None else self.components
        )
        if "policy_measures" in info["components"]:
            from .analysis import measure_models_info

            info.update(measure_models_info(self))
        info["max_length"] = self.max_length or SPACY_MAX_LENGTH
        return info


class LazyPipeline:
    """A pipeline loaded on first use: cached runs never pay for the model.

    Pass it wherever a pipeline is expected (``analyze``, ``report``): attribute access and
    calls load the pipeline (once) and go to it; :meth:`describe` does not load it.

    >>> lazy = LazyPipeline(PipelineSpec(segmenter="char", components=()))
    >>> lazy.loaded
    False
    >>> [t.text for t in lazy("产业链")], lazy.loaded
    (['产', '业', '链'], True)
    """

    def __init__(self, spec: PipelineSpec | None = None, **kwargs: Any) -> None:
        self.__dict__["spec"] = spec if spec is not None else PipelineSpec(**kwargs)
        self.__dict__["_nlp"] = None

    @property
    def loaded(self) -> bool:
        return self.__dict__["_nlp"] is not None

    def get(self) -> Language:
        """The loaded pipeline (loading it now if needed)."""
        if self.__dict__["_nlp"] is None:
            self.__dict__["_nlp"] = self.spec.load()
        return self.__dict__["_nlp"]

    def describe(self) -> dict[str, Any]:
        if self.__dict__["_nlp"] is not None:
            from .analysis import pipeline_info

            nlp = self.__dict__["_nlp"]
            return {**pipeline_info(nlp), "max_length": nlp.max_length}
        return self.spec.describe()

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.get()(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.get(), name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "max_length" and self.__dict__["_nlp"] is None:
            from dataclasses import replace

            self.__dict__["spec"] = replace(self.spec, max_length=int(value))
            return
        setattr(self.get(), name, value)


def lazy_load(segmenter: str = "pkuseg", **kwargs: Any) -> Language:
    """``policytext.load(segmenter, **kwargs)``, deferred until the pipeline is first used
    (a :class:`LazyPipeline`, typed as the pipeline it stands for)."""
    return cast("Language", LazyPipeline(PipelineSpec(segmenter=segmenter, **kwargs)))


_RUN_DEFAULTS: dict[str, int] = {"n_process": 1, "batch_size": DEFAULT_BATCH_SIZE}


def configure(*, n_process: int | None = None, batch_size: int | None = None) -> dict[str, int]:
    """Set the default ``n_process`` / ``batch_size`` of ``analyze``, ``report`` and the
    commands (the command line sets them from ``--n-process`` / ``--batch-size``); returns
    the previous defaults.

    >>> previous = configure(n_process=2)
    >>> run_defaults(None, None)
    (2, 16)
    >>> _ = configure(**previous)
    """
    previous = dict(_RUN_DEFAULTS)
    if n_process is not None:
        _RUN_DEFAULTS["n_process"] = int(n_process)
    if batch_size is not None:
        _RUN_DEFAULTS["batch_size"] = int(batch_size)
    return previous


def run_defaults(n_process: int | None, batch_size: int | None) -> tuple[int, int]:
    """``(n_process, batch_size)`` with None replaced by the configured defaults."""
    return (
        _RUN_DEFAULTS["n_process"] if n_process is None else n_process,
        _RUN_DEFAULTS["batch_size"] if batch_size is None else batch_size,
    )


def resolve_pipeline(nlp: Any) -> Language:
    """A :class:`LazyPipeline` or :class:`PipelineSpec` loaded; a pipeline as it is."""
    if isinstance(nlp, LazyPipeline):
        return nlp.get()
    if isinstance(nlp, PipelineSpec):
        return nlp.load()
    return nlp


def spec_of(nlp: Any) -> PipelineSpec | None:
    """The spec a worker can rebuild ``nlp`` from, or None for an arbitrary pipeline."""
    if isinstance(nlp, LazyPipeline):
        spec: PipelineSpec = nlp.spec
        if nlp.loaded:
            from dataclasses import replace

            spec = replace(spec, max_length=nlp.get().max_length)
        return spec
    if isinstance(nlp, PipelineSpec):
        return nlp
    return None


# --------------------------------------------------------------------------- one batch

_WORKER_NLP: dict[Any, Language] = {}
_WORKER_LOCK = threading.Lock()
LOADS: list[int] = []
"""pids of the pipeline loads in this process (one per spec, read by tests)."""


def worker_pipeline(source: PipelineSpec | str) -> Language:
    """The pipeline of this process for ``source`` (a spec, or a ``nlp.to_disk`` folder),
    loaded once per process. The heap is then frozen (``gc.freeze``) so the garbage
    collector stops scanning the model's objects."""
    with _WORKER_LOCK:  # threads of one Dask worker share the process's pipeline
        nlp = _WORKER_NLP.get(source)
        if nlp is None:
            if isinstance(source, PipelineSpec):
                nlp = source.load()
            else:
                import spacy

                nlp = spacy.load(source)
            _WORKER_NLP[source] = nlp
            LOADS.append(os.getpid())
            _relax_gc()
        return nlp


_GC_FIRST_GENERATION = 100_000


def _relax_gc() -> None:
    """Freeze the objects alive now (the loaded pipeline) out of the garbage collector's
    scans, and collect the youngest generation every 100,000 allocations instead of 700: a
    document's records and spaCy objects are freed by reference counting, and each young
    collection also walked every object that had survived into it (about 4% of the run)."""
    gc.collect()
    gc.freeze()
    first, *older = gc.get_threshold()
    gc.set_threshold(max(first, _GC_FIRST_GENERATION), *older)


def analyze_one(
    raw: RawDocument, nlp: Language, *, repair: bool = True
) -> tuple[Record | None, ManifestEntry]:
    """:func:`~policytext.analysis.analyze_document` with its manifest entry; a failure
    becomes a ``failed`` entry (as in :func:`~policytext.analysis.iter_analyze`)."""
    from .analysis import ManifestEntry, analyze_document

    try:
        record = analyze_document(raw, nlp, repair=repair)
    except Exception as exc:  # one bad document must not stop a corpus run
        reason = f"{type(exc).__name__}: {exc}"
        tb = traceback.format_exc(limit=3).strip().splitlines()[-1]
        return None, ManifestEntry(
            path=raw.source, status="failed", reason=reason, warnings=[tb], id=raw.id
        )
    return record, ManifestEntry(
        path=raw.source, status="processed", warnings=record.warnings, id=record.id
    )


Packed = tuple[dict[str, Any] | None, dict[str, Any]]


def analyze_batch(
    source: PipelineSpec | str, docs: Sequence[RawDocument], repair: bool
) -> list[Packed]:
    """Worker entry point: analyse ``docs`` with this process's pipeline.

    Results go back as plain dicts (record, manifest entry)."""
    nlp = worker_pipeline(source)
    out: list[Packed] = []
    for raw in docs:
        record, entry = analyze_one(raw, nlp, repair=repair)
        out.append((record.to_dict() if record is not None else None, entry.to_dict()))
    return out


def unpack(item: Packed) -> tuple[Record | None, ManifestEntry]:
    from .analysis import ManifestEntry
    from .document import Record

    rec, entry = item
    return (Record.from_dict(rec) if rec is not None else None), ManifestEntry(**entry)


# --------------------------------------------------------------------------- executors

Submit = Callable[[list["RawDocument"]], "Future[list[Packed]]"]


class _LocalPool:
    """Worker processes, each loading the pipeline once (``spawn``: no fork of a process
    holding threads or a loaded model)."""

    def __init__(self, n_process: int, source: PipelineSpec | str, repair: bool) -> None:
        import multiprocessing as mp

        self.source = source
        self.repair = repair
        self.pool = ProcessPoolExecutor(n_process, mp_context=mp.get_context("spawn"))

    def submit(self, docs: list[RawDocument]) -> Future[list[Packed]]:
        return self.pool.submit(analyze_batch, self.source, docs, self.repair)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


@dataclass
class _Slot:
    """One batch of inputs in order: read errors, cache hits and documents to analyse."""

    items: list[Any]  # ReadError | (RawDocument, key | None) | Record (hit)
    future: Any = None
    # analysed in this process: lazily, so a batch holds one record at a time
    local: Iterable[tuple[Record | None, ManifestEntry]] | None = None
    todo: list[int] = field(default_factory=list)


def iter_process(
    corpus: PathLike | Sequence[PathLike] | Iterable[RawDocument | ReadError],
    *,
    nlp: Any = None,
    segmenter: str = "pkuseg",
    n_process: int | None = None,
    batch_size: int | None = None,
    cache: RecordCache | PathLike | bool | None = None,
    repair: bool = True,
    text_column: str | None = None,
    progress: bool = True,
    backend: str = "local",
    client: Any = None,
) -> Iterator[tuple[Record | None, ManifestEntry | None]]:
    """Stream ``(record or None, manifest entry)`` for every input, in input order.

    A document longer than :data:`policytext.analysis.PART_CHARS` yields one record per
    part; the parts before the last come with ``None`` for the entry, the last with the
    input's one manifest entry (see :func:`policytext.analysis.merge_part_entries`).

    Parameters
    ----------
    corpus
        Files and folders (read with :mod:`policytext.io`), or already read documents.
    nlp
        A pipeline, a :class:`PipelineSpec` or a :class:`LazyPipeline`; default
        ``LazyPipeline(segmenter=segmenter)`` (loaded only if a document misses the cache).
    n_process
        Worker processes (``1``: analyse in this process; None: :func:`configure`'s default). Each worker loads the pipeline
        once (about 1 GB of memory per pkuseg worker). A pipeline that is not a spec is
        saved with ``nlp.to_disk`` for the workers to load.
    batch_size
        Documents per task sent to a worker; ``2 * n_process`` tasks are in flight at most.
    cache
        A :class:`~policytext.cache.RecordCache`, a directory, ``True`` (default location),
        ``False`` (none) or None (:func:`policytext.cache.default_cache`).
    backend
        ``"local"`` (processes on this machine) or ``"dask"`` (the workers of ``client``, a
        ``dask.distributed.Client``; see :mod:`policytext.distributed`).
    """
    from .analysis import merge_part_entries

    yield from merge_part_entries(
        _iter_process_parts(
            corpus,
            nlp=nlp,
            segmenter=segmenter,
            n_process=n_process,
            batch_size=batch_size,
            cache=cache,
            repair=repair,
            text_column=text_column,
            progress=progress,
            backend=backend,
            client=client,
        )
    )


def _iter_process_parts(
    corpus: PathLike | Sequence[PathLike] | Iterable[RawDocument | ReadError],
    *,
    nlp: Any,
    segmenter: str,
    n_process: int | None,
    batch_size: int | None,
    cache: RecordCache | PathLike | bool | None,
    repair: bool,
    text_column: str | None,
    progress: bool,
    backend: str,
    client: Any,
) -> Iterator[tuple[Record | None, ManifestEntry]]:
    from .analysis import ManifestEntry, _iter_inputs, iter_parts
    from .cache import as_cache, pipeline_config
    from .io import ReadError

    n_process, batch_size = run_defaults(n_process, batch_size)
    if n_process < 1:
        raise ValueError(f"n_process must be at least 1, got {n_process}")
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    if backend not in ("local", "dask"):
        raise ValueError(f"backend must be 'local' or 'dask', got {backend!r}")
    if backend == "dask" and client is None:
        raise ValueError("backend='dask' needs a dask.distributed Client (client=...)")
    if nlp is None:
        nlp = LazyPipeline(PipelineSpec(segmenter=segmenter))
    store = as_cache(cache)
    config = pipeline_config(nlp, repair=repair) if store is not None else None

    if isinstance(corpus, str | os.PathLike) or (
        isinstance(corpus, Sequence) and all(isinstance(p, str | os.PathLike) for p in corpus)
    ):
        items: Iterable[Any] = _iter_inputs(corpus, text_column)
    else:
        items = iter_parts(corpus)  # type: ignore[arg-type]  # documents already read
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(desc="analyse", unit="doc", file=sys.stderr)

    tmpdir = None
    submit: Submit | None = None
    closer: Callable[[], None] | None = None

    def executor() -> Submit | None:
        # started on the first cache miss, so a fully cached run loads no model
        nonlocal submit, closer, tmpdir
        if submit is not None or (backend == "local" and n_process == 1):
            return submit
        source: PipelineSpec | str | None = spec_of(nlp)
        if source is None:
            import tempfile

            tmpdir = tempfile.TemporaryDirectory(prefix="policytext-nlp-")
            resolve_pipeline(nlp).to_disk(tmpdir.name)
            source = tmpdir.name
        if backend == "dask":
            from .distributed import DaskExecutor

            ex: Any = DaskExecutor(client, source, repair)
        else:
            ex = _LocalPool(n_process, source, repair)
        submit, closer = ex.submit, ex.close
        return submit

    def finish(slot: _Slot) -> Iterator[tuple[Record | None, ManifestEntry]]:
        results: Iterable[tuple[Record | None, ManifestEntry]]
        if slot.future is not None:
            results = [unpack(x) for x in slot.future.result()]
        else:
            results = slot.local or []
        done = iter(results)
        for item in slot.items:
            if isinstance(item, ReadError):
                status = "skipped" if item.skipped else "failed"
                out: tuple[Record | None, ManifestEntry] = (
                    None,
                    ManifestEntry(path=str(item.path), status=status, reason=item.reason),
                )
            elif isinstance(item, tuple):
                key = item[1]
                out = next(done)
                if store is not None and key is not None and out[0] is not None:
                    store.put(key, out[0])
            else:  # a cached record
                out = (
                    item,
                    ManifestEntry(
                        path=item.source, status="processed", warnings=item.warnings, id=item.id
                    ),
                )
            if bar is not None:
                bar.update()
            yield out

    window: deque[_Slot] = deque()
    limit = 2 * (n_process if backend == "local" else max(1, _dask_workers(client)))
    frozen = False
    gc_threshold = gc.get_threshold()  # restored when the run ends
    try:
        for batch in _batches(items, batch_size):
            slot = _Slot(items=[])
            todo: list[RawDocument] = []
            for item in batch:
                if isinstance(item, ReadError):
                    slot.items.append(item)
                    continue
                key = store.key(item, config) if store is not None and config else None
                hit = store.get(key) if store is not None and key is not None else None
                if hit is not None:
                    slot.items.append(hit)
                else:
                    slot.items.append((item, key))
                    todo.append(item)
            if todo:
                sub = executor()
                if sub is not None:
                    slot.future = sub(todo)
                else:
                    model = resolve_pipeline(nlp)
                    if not frozen and gc.isenabled() and not gc.get_freeze_count():
                        # as in a worker, for the length of the run (undone below)
                        _relax_gc()
                        frozen = True
                    slot.local = (analyze_one(raw, model, repair=repair) for raw in todo)
            window.append(slot)
            while len(window) > limit or (window and window[0].future is None):
                yield from finish(window.popleft())
        while window:
            yield from finish(window.popleft())
    finally:
        if frozen:
            gc.unfreeze()
            gc.set_threshold(*gc_threshold)
        if closer is not None:
            closer()
        if tmpdir is not None:
            tmpdir.cleanup()
        if bar is not None:
            bar.close()


def _dask_workers(client: Any) -> int:
    try:
        return len(client.scheduler_info()["workers"])
    except Exception:  # not a client: iter_process reports the real error
        return 1


# --------------------------------------------------------------------------- writers


class _JsonlWriter:
    def __init__(self, path: Path) -> None:
        self.fh = open(path, "w", encoding="utf-8")

    def write(self, record: Record) -> None:
        self.fh.write(record.to_json() + "\n")

    def close(self) -> None:
        self.fh.close()


PARQUET_JSON_COLUMNS = (
    "offset_map",
    "meta",
    "source_meta",
    "repairs",
    "normalization",
    "sections",
    "enumerations",
    "sentences",
    "clauses",
    "tokens",
    "entities",
    "actor_groups",
    "measures",
    "warnings",
    "pipeline",
)
"""Record fields stored as JSON strings in Parquet (nested and heterogeneous)."""


class _ParquetWriter:
    """Row groups of ``rows`` records; nested fields as JSON text (see
    :data:`PARQUET_JSON_COLUMNS`), so :func:`read_parquet_records` gives the records back."""

    def __init__(self, path: Path, rows: int = 256) -> None:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError("Parquet output needs pyarrow: pip install pyarrow") from exc
        self.pa, self.pq = pa, pq
        self.path, self.rows = path, rows
        self.buffer: list[dict[str, Any]] = []
        self.writer: Any = None

    def write(self, record: Record) -> None:
        row = record.to_dict()
        for key in PARQUET_JSON_COLUMNS:
            row[key] = json.dumps(row[key], ensure_ascii=False)
        self.buffer.append(row)
        if len(self.buffer) >= self.rows:
            self._flush()

    def _flush(self) -> None:
        if not self.buffer:
            return
        table = self.pa.Table.from_pylist(self.buffer)
        if self.writer is None:
            self.writer = self.pq.ParquetWriter(str(self.path), table.schema)
        self.writer.write_table(table.cast(self.writer.schema))
        self.buffer = []

    def close(self) -> None:
        self._flush()
        if self.writer is not None:
            self.writer.close()


def read_parquet_records(path: PathLike) -> list[Record]:
    """Records written by :func:`process` to a ``.parquet`` file."""
    import pyarrow.parquet as pq

    from .document import Record

    out = []
    for row in pq.read_table(str(path)).to_pylist():
        for key in PARQUET_JSON_COLUMNS:
            row[key] = json.loads(row[key])
        out.append(Record.from_dict(row))
    return out


@dataclass
class ProcessResult:
    """What :func:`process` wrote: paths and the manifest (the records are on disk)."""

    output: Path
    manifest_path: Path
    manifest: list[ManifestEntry]
    cache: RecordCache | None = None

    @property
    def counts(self) -> dict[str, int]:
        from collections import Counter

        return dict(Counter(e.status for e in self.manifest))


def process(
    corpus: PathLike | Sequence[PathLike] | Iterable[RawDocument | ReadError],
    output: PathLike | None = None,
    *,
    nlp: Any = None,
    segmenter: str = "pkuseg",
    n_process: int | None = None,
    batch_size: int | None = None,
    cache: RecordCache | PathLike | bool | None = None,
    repair: bool = True,
    text_column: str | None = None,
    progress: bool = True,
    backend: str = "local",
    client: Any = None,
    mask_personal_data: bool = False,
) -> ProcessResult | AnalysisResult:
    """Analyse a corpus of any size, streaming (see :func:`iter_process` for the options).

    With ``output`` (``.jsonl``, or ``.parquet`` with pyarrow), each record is written as
    soon as it is done, in input order, and ``OUTPUT.manifest.jsonl`` beside it grows row by
    row; memory stays bounded whatever the corpus size, and a :class:`ProcessResult` is
    returned. Without ``output`` the records are returned in an
    :class:`~policytext.analysis.AnalysisResult` (memory grows with the corpus).

    Records are not linked across the corpus (:func:`policytext.link_corpus` needs them all
    in memory); with ``mask_personal_data`` they are masked before being written.
    """
    from .analysis import AnalysisResult, ManifestWriter, manifest_path, mask_personal_data_of
    from .cache import as_cache

    store = as_cache(cache)
    stream = iter_process(
        corpus,
        nlp=nlp,
        segmenter=segmenter,
        n_process=n_process,
        batch_size=batch_size,
        cache=store if store is not None else False,
        repair=repair,
        text_column=text_column,
        progress=progress,
        backend=backend,
        client=client,
    )
    if output is None:
        records: list[Record] = []
        entries: list[ManifestEntry] = []
        for record, entry in stream:
            if record is not None:
                if mask_personal_data:
                    mask_personal_data_of(record, entry)
                records.append(record)
            if entry is not None:  # None: a part of a long document before its last
                entries.append(entry)
        return AnalysisResult(records, entries)
    out = Path(output)
    out.parent.mkdir(parents=True, exist_ok=True)
    writer: _JsonlWriter | _ParquetWriter = (
        _ParquetWriter(out) if out.suffix == ".parquet" else _JsonlWriter(out)
    )
    mpath = manifest_path(out)
    try:
        with ManifestWriter(mpath) as manifest:
            for record, entry in stream:
                if record is not None:
                    if mask_personal_data:
                        mask_personal_data_of(record, entry)
                    writer.write(record)
                if entry is not None:  # None: a part of a long document before its last
                    manifest.add(entry)
    finally:
        writer.close()
    return ProcessResult(out, mpath, manifest.entries, store)
