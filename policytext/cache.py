"""A cache of analysed records, keyed by document content and pipeline configuration.

Re-running a command on an unchanged corpus reads every record from the cache and never
runs (or even loads) the NLP pipeline; a changed document misses the cache and is analysed
alone. Entries are msgpack files (no pickle) written atomically, so several processes may
share one cache directory.

The key of a document is the SHA-256 of

- everything :mod:`policytext.io` read from it (text, id, source, format, encoding,
  metadata, reader warnings), and
- the pipeline configuration (:func:`pipeline_config`): segmenter, pkuseg model hashes,
  number of user-dictionary terms, components, ``nlp.max_length``, whether reading order
  is repaired, the policytext version and a fingerprint of policytext's own code and data
  files (:func:`code_fingerprint`) — so editing a lexicon or a rule invalidates the cache.

Records are cached as :func:`policytext.analysis.analyze_document` returns them: before
corpus linking and before masking (both run again on every run, and are cheap).

Beside the records, :class:`ResultCache` (``<record cache>/results/``) keeps what a report
computes from them — the fitted theme model, the actor metrics of the network, the figures —
keyed by a digest of their exact inputs (:func:`result_key`), so a re-run on an unchanged
corpus fits and draws nothing. Entries are msgpack too; arrays are stored as raw bytes with
their dtype and shape (:func:`pack_array`), never pickled.

Examples
--------
>>> import tempfile
>>> from policytext.document import Record
>>> from policytext.io import RawDocument
>>> cache = RecordCache(tempfile.mkdtemp())
>>> raw = RawDocument(id="d1", source="d1.txt", text="关于开展试点工作的通知", format="txt", encoding="utf-8")
>>> key = cache.key(raw, {"segmenter": "char"})
>>> cache.get(key) is None
True
>>> cache.put(key, Record(id="d1", source="d1.txt", text=raw.text))
>>> cache.get(key).text, cache.hits, cache.misses
('关于开展试点工作的通知', 1, 1)
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import tempfile
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__

if TYPE_CHECKING:
    from spacy.language import Language

    from .document import Record
    from .io import RawDocument

PathLike = str | os.PathLike[str]

CACHE_FORMAT = 1
"""Bumped whenever the layout or the key changes; part of every key."""

ENV_RECORD_CACHE = "POLICYTEXT_RECORD_CACHE"
"""A directory: library calls (``analyze``, ``report``, ``process``) use it as the default
cache; ``0``/``off`` disables it."""

_PACKAGE = Path(__file__).resolve().parent


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """SHA-256 over policytext's ``.py`` and data files (names and contents; lexicons and the
    instrument and measure models).

    Any change to the code or to a bundled lexicon changes the fingerprint, and with it
    every cache key, so stale records are never served after an upgrade or an edit.

    >>> len(code_fingerprint())
    64
    """
    h = hashlib.sha256()
    files = sorted(
        p
        for p in _PACKAGE.rglob("*")
        if p.is_file()
        and "__pycache__" not in p.parts
        and p.suffix in {".py", ".txt", ".tsv", ".json", ".npz"}
    )
    for p in files:
        h.update(p.relative_to(_PACKAGE).as_posix().encode())
        h.update(b"\0")
        h.update(p.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


def pipeline_config(nlp: Language | Any, *, repair: bool = True) -> dict[str, Any]:
    """What, besides the document, decides its record: the cache's configuration.

    ``nlp`` is a loaded pipeline or a :class:`~policytext.streaming.PipelineSpec` /
    :class:`~policytext.streaming.LazyPipeline` (whose configuration is known without
    loading the model).
    """
    describe = getattr(nlp, "describe", None)
    if callable(describe):
        info = describe()
        max_length = info.pop("max_length")
    else:
        from .analysis import pipeline_info

        info = pipeline_info(nlp)
        max_length = nlp.max_length
    return {
        "cache_format": CACHE_FORMAT,
        "pipeline": info,
        "max_length": int(max_length),
        "repair": bool(repair),
        "policytext_version": __version__,
        "code": code_fingerprint(),
    }


def _digest(obj: Any) -> str:
    blob = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _plain(value: Any) -> Any:
    """JSON fallback for :func:`canonical_json`: sets sorted, numpy values as Python values."""
    if isinstance(value, set | frozenset):
        return sorted(value, key=lambda v: json.dumps(v, sort_keys=True, default=_plain))
    tolist = getattr(value, "tolist", None)  # numpy scalars and arrays
    if callable(tolist):
        return tolist()
    return str(value)


def canonical_json(obj: Any) -> bytes:
    """``obj`` as canonical JSON bytes (sorted keys, sets sorted): equal objects, equal bytes,
    whatever the process's hash seed."""
    blob = json.dumps(
        obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=_plain
    )
    return blob.encode("utf-8", "surrogatepass")


def result_key(kind: str, params: Any, items: Iterable[Any] = ()) -> str:
    """The :class:`ResultCache` key of a derived result (64 hex digits).

    The SHA-256 of the cache format, ``kind``, the policytext version, the code fingerprint
    (:func:`code_fingerprint`), ``params`` and every item of ``items`` in order (e.g. one
    per measure), each as canonical JSON.

    >>> a = result_key("themes", {"k": 3}, [["人才", "引进"], ["园区"]])
    >>> a == result_key("themes", {"k": 3}, [["人才", "引进"], ["园区"]])
    True
    >>> a == result_key("themes", {"k": 3}, [["园区"], ["人才", "引进"]])
    False
    """
    h = hashlib.sha256()
    h.update(
        canonical_json(
            {
                "cache_format": CACHE_FORMAT,
                "kind": kind,
                "policytext_version": __version__,
                "code": code_fingerprint(),
                "params": params,
            }
        )
    )
    for item in items:
        h.update(b"\n")
        h.update(canonical_json(item))
    return h.hexdigest()


_ARRAY_DTYPES = frozenset({"<f8", "<f4", "<i8", "<i4", "|b1"})


def pack_array(a: Any) -> dict[str, Any]:
    """A numeric numpy array as a msgpack-able dict (dtype, shape, raw little-endian bytes).

    >>> import numpy as np
    >>> x = np.arange(6, dtype=float).reshape(2, 3)
    >>> (unpack_array(pack_array(x)) == x).all()
    np.True_
    """
    import numpy as np

    arr = np.asarray(a)
    dtype = arr.dtype.newbyteorder("<") if arr.dtype.byteorder == ">" else arr.dtype
    if dtype.str not in _ARRAY_DTYPES:
        raise TypeError(f"cannot cache an array of dtype {arr.dtype} (numeric arrays only)")
    arr = np.ascontiguousarray(arr, dtype=dtype)
    return {"ndarray": dtype.str, "shape": list(arr.shape), "data": arr.tobytes()}


def unpack_array(d: dict[str, Any]) -> Any:
    """The array of :func:`pack_array` (a dtype outside the numeric ones is refused)."""
    import numpy as np

    dtype = d["ndarray"]
    if dtype not in _ARRAY_DTYPES:
        raise ValueError(f"unexpected array dtype {dtype!r} in a cache entry")
    shape = tuple(int(n) for n in d["shape"])
    return np.frombuffer(d["data"], dtype=np.dtype(dtype)).reshape(shape).copy()


def _write_atomic(path: Path, blob: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(blob)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def document_key(raw: RawDocument, config: dict[str, Any] | str) -> str:
    """The cache key of one read document under one configuration (64 hex digits)."""
    conf = config if isinstance(config, str) else _digest(config)
    return _digest(
        {
            "config": conf,
            "id": raw.id,
            "source": raw.source,
            "format": raw.format,
            "encoding": raw.encoding,
            "meta": raw.meta,
            "warnings": raw.warnings,
            "text": hashlib.sha256(raw.text.encode("utf-8", "surrogatepass")).hexdigest(),
        }
    )


class RecordCache:
    """Analysed records on disk, one msgpack file per (document, configuration).

    Parameters
    ----------
    directory
        Where entries live (created on first write); default
        ``<policytext cache dir>/records`` (``POLICYTEXT_CACHE_DIR`` moves it).

    Attributes
    ----------
    hits, misses, writes : int
        Counters of this object's lookups and writes.
    """

    def __init__(self, directory: PathLike | None = None) -> None:
        if directory is None:
            from .models import cache_dir

            directory = cache_dir() / "records"
        self.directory = Path(directory).expanduser()
        self.hits = 0
        self.misses = 0
        self.writes = 0

    def __repr__(self) -> str:
        return f"RecordCache({str(self.directory)!r})"

    @staticmethod
    def key(raw: RawDocument, config: dict[str, Any] | str) -> str:
        """:func:`document_key`."""
        return document_key(raw, config)

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.msgpack"

    def get(self, key: str) -> Record | None:
        """The cached record, or None (a missing, unreadable or outdated entry is a miss)."""
        import msgpack

        from .document import Record

        try:
            data = msgpack.unpackb(self._path(key).read_bytes(), raw=False)
            record = Record.from_dict(data)
        except (OSError, ValueError, TypeError, KeyError, msgpack.UnpackException):
            self.misses += 1
            return None
        self.hits += 1
        return record

    def put(self, key: str, record: Record) -> None:
        """Store ``record`` under ``key`` (atomically: write a temporary file, then rename)."""
        import msgpack

        _write_atomic(self._path(key), msgpack.packb(record.to_dict(), use_bin_type=True))
        self.writes += 1

    def __len__(self) -> int:
        return sum(1 for _ in self.directory.glob("*/*.msgpack"))

    @property
    def results(self) -> ResultCache:
        """The cache of derived results beside these records (``<directory>/results``)."""
        return ResultCache(self.directory / "results")

    def clear(self) -> int:
        """Delete every entry (and every derived result); return how many records there were."""
        n = 0
        for p in self.directory.glob("*/*.msgpack"):
            p.unlink(missing_ok=True)
            n += 1
        self.results.clear()
        return n


class ResultCache:
    """Derived results on disk: one msgpack file per (kind, key), ``<directory>/<kind>/<key>``.

    ``kind`` names what is stored (``"themes"``, ``"actors"``, ``"figure"``); the key is a
    :func:`result_key` of everything the result depends on. A missing entry is a miss; an
    unreadable or damaged one is a miss with a :class:`RuntimeWarning` (it is overwritten by
    the next :meth:`put`), never an error.

    >>> import tempfile
    >>> results = ResultCache(tempfile.mkdtemp())
    >>> key = result_key("demo", {"n": 1})
    >>> results.get("demo", key) is None
    True
    >>> results.put("demo", key, {"answer": 42})
    >>> results.get("demo", key), results.hits, results.misses
    ({'answer': 42}, 1, 1)
    """

    def __init__(self, directory: PathLike) -> None:
        self.directory = Path(directory).expanduser()
        self.hits = 0
        self.misses = 0
        self.writes = 0

    def __repr__(self) -> str:
        return f"ResultCache({str(self.directory)!r})"

    def path(self, kind: str, key: str) -> Path:
        """Where the entry of ``kind`` and ``key`` lives."""
        if not kind.isidentifier() or not all(c in "0123456789abcdef" for c in key):
            raise ValueError(f"bad cache kind or key: {kind!r}, {key!r}")
        return self.directory / kind / f"{key}.msgpack"

    def get(self, kind: str, key: str) -> Any:
        """The stored data, or None (missing; damaged entries warn)."""
        import msgpack

        path = self.path(kind, key)
        try:
            blob = path.read_bytes()
        except OSError:
            self.misses += 1
            return None
        try:
            entry = msgpack.unpackb(blob, raw=False)
            if not isinstance(entry, dict) or (entry.get("kind"), entry.get("key")) != (kind, key):
                raise ValueError("not an entry of this kind and key")
            data = entry["data"]
        except (ValueError, TypeError, KeyError, msgpack.UnpackException) as exc:
            warnings.warn(
                f"policytext: ignoring a damaged cache entry {path} ({exc}); recomputing",
                RuntimeWarning,
                stacklevel=2,
            )
            self.misses += 1
            return None
        self.hits += 1
        return data

    def put(self, kind: str, key: str, data: Any) -> None:
        """Store ``data`` (msgpack-able: dicts, lists, str, bytes, numbers) atomically."""
        import msgpack

        blob = msgpack.packb({"kind": kind, "key": key, "data": data}, use_bin_type=True)
        _write_atomic(self.path(kind, key), blob)
        self.writes += 1

    def __len__(self) -> int:
        return sum(1 for _ in self.directory.glob("*/*.msgpack"))

    def clear(self) -> int:
        """Delete every entry; return how many there were."""
        n = 0
        for p in self.directory.glob("*/*.msgpack"):
            p.unlink(missing_ok=True)
            n += 1
        return n


_default: RecordCache | None = None
_default_set = False


def set_default_cache(cache: RecordCache | PathLike | bool | None) -> RecordCache | None:
    """Set the cache that ``analyze``/``report``/``process`` use when given none.

    ``True`` is the default location, a path a directory, ``False``/``None`` no cache. The
    command line sets it from ``--cache-dir`` / ``--no-cache`` (on by default there).
    Returns the previous default.
    """
    global _default, _default_set
    previous = default_cache()
    _default = as_cache(cache, use_default=False)
    _default_set = True
    return previous


def default_cache_state() -> tuple[bool, RecordCache | None]:
    """The default-cache setting, to hand back to :func:`restore_default_cache`."""
    return _default_set, _default


def restore_default_cache(state: tuple[bool, RecordCache | None]) -> None:
    """Undo :func:`set_default_cache` calls made since ``state`` was taken."""
    global _default, _default_set
    _default_set, _default = state


def default_cache() -> RecordCache | None:
    """The cache set by :func:`set_default_cache`, else ``$POLICYTEXT_RECORD_CACHE``, else None."""
    if _default_set:
        return _default
    env = os.environ.get(ENV_RECORD_CACHE, "").strip()
    if not env or env.lower() in {"0", "off", "no", "false"}:
        return None
    return RecordCache(None if env.lower() in {"1", "on", "yes", "true"} else env)


def as_cache(
    cache: RecordCache | PathLike | bool | None, *, use_default: bool = True
) -> RecordCache | None:
    """Normalise a ``cache=`` argument: None → the default cache (when ``use_default``)."""
    if isinstance(cache, RecordCache):
        return cache
    if cache is None:
        return default_cache() if use_default else None
    if cache is False:
        return None
    if cache is True:
        return RecordCache()
    return RecordCache(cache)


def as_result_cache(
    cache: RecordCache | ResultCache | PathLike | bool | None,
) -> ResultCache | None:
    """Normalise a ``cache=`` argument to the results cache: a :class:`ResultCache` as is,
    anything else as :func:`as_cache` and then its :attr:`RecordCache.results`."""
    if isinstance(cache, ResultCache):
        return cache
    records = as_cache(cache)
    return None if records is None else records.results
