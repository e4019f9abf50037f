"""Character n-gram TF-IDF + logistic regression, stored without pickles.

The shared core of the learned classifiers (:mod:`policytext.instrument_model`,
:mod:`policytext.measure_model`): fitting with scikit-learn, prediction from plain arrays, and
a model folder of ``model.npz`` (numeric and string arrays, read with ``allow_pickle=False``)
plus ``model.json`` (settings, classes and the SHA-256 of ``model.npz``). A folder whose hash
does not match is refused, so a model handed in by a user is never unpickled or half-read.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Hashable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, ClassVar, TypeVar, cast

import numpy as np

PathLike = str | os.PathLike[str]
ModelT = TypeVar("ModelT", bound="CharNgramClassifier")


class ModelFileError(ValueError):
    """A model folder that is missing, malformed or does not match its recorded hash."""


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class CharNgramClassifier:
    """TF-IDF over character n-grams (sublinear tf, l2 rows) and a multinomial logistic
    regression, evaluated from its arrays alone.

    Subclasses set ``FORMAT`` (the manifest's format tag) and ``KIND`` (named in errors), and
    may keep more fields in the manifest through :meth:`_manifest` and :meth:`_from_manifest`.
    """

    FORMAT: ClassVar[str] = "policytext-char-ngram-model/1"
    KIND: ClassVar[str] = "character n-gram"

    def __init__(
        self,
        vocabulary: Sequence[str],
        idf: np.ndarray,
        coef: np.ndarray,
        intercept: np.ndarray,
        classes: Sequence[str],
        *,
        ngram_range: tuple[int, int] = (1, 3),
        meta: dict[str, Any] | None = None,
    ) -> None:
        self.vocabulary = list(vocabulary)
        self.idf = np.asarray(idf, dtype=np.float64)
        self.coef = np.asarray(coef, dtype=np.float64)
        self.intercept = np.asarray(intercept, dtype=np.float64)
        self.classes_ = list(classes)
        self.ngram_range = (int(ngram_range[0]), int(ngram_range[1]))
        self.meta = dict(meta or {})
        n = len(self.vocabulary)
        if self.idf.shape != (n,) or self.coef.shape != (len(self.classes_), n):
            raise ModelFileError(
                f"inconsistent model: {n} n-grams, idf {self.idf.shape}, coef {self.coef.shape}, "
                f"{len(self.classes_)} classes"
            )
        if self.intercept.shape != (len(self.classes_),):
            raise ModelFileError(f"intercept has shape {self.intercept.shape}")
        self._index = {g: i for i, g in enumerate(self.vocabulary)}
        self._counter: Any = None

    @staticmethod
    def _fit_arrays(
        texts: Sequence[str],
        labels: Sequence[str],
        *,
        C: float,
        min_df: int,
        ngram_range: tuple[int, int],
    ) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray, list[str]]:
        """Vocabulary, idf, coef, intercept and classes of a fit (deterministic: lbfgs)."""
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        vec = TfidfVectorizer(
            analyzer="char",
            ngram_range=ngram_range,
            min_df=min(min_df, len(texts)),
            sublinear_tf=True,
        )
        x = vec.fit_transform(list(texts))
        lr = LogisticRegression(C=C, max_iter=5000).fit(x, list(labels))
        classes = [str(c) for c in lr.classes_]
        coef, intercept = lr.coef_, lr.intercept_
        if len(classes) == 2:  # binary: scikit-learn keeps one row for the second class
            coef = np.vstack([-coef[0] / 2, coef[0] / 2])
            intercept = np.array([-intercept[0] / 2, intercept[0] / 2])
        return [str(g) for g in vec.get_feature_names_out()], vec.idf_, coef, intercept, classes

    # ---------------------------------------------------------------------------- prediction

    def _features(self, texts: Sequence[str]) -> Any:
        """TF-IDF rows exactly as scikit-learn's ``TfidfVectorizer`` computed them in ``fit``."""
        from sklearn.feature_extraction.text import CountVectorizer
        from sklearn.preprocessing import normalize

        if self._counter is None:
            self._counter = CountVectorizer(
                analyzer="char", ngram_range=self.ngram_range, vocabulary=self._index
            )
        x = self._counter.transform(list(texts)).astype(np.float64)
        x.data = np.log(x.data) + 1.0  # sublinear tf
        x = x.multiply(self.idf).tocsr()
        return normalize(x)

    def _softmax(self, x: Any) -> np.ndarray:
        z = x @ self.coef.T + self.intercept
        z = np.asarray(z) - np.max(z, axis=1, keepdims=True)
        p = np.exp(z)
        return p / p.sum(axis=1, keepdims=True)

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """Class probabilities, one row per text, columns in ``classes_`` order."""
        if not len(texts):
            return np.zeros((0, len(self.classes_)))
        return self._softmax(self._features(texts))

    def predict(self, texts: Sequence[str]) -> list[str]:
        """The most probable class of each text."""
        return [self.classes_[i] for i in np.argmax(self.predict_proba(texts), axis=1)]

    # ------------------------------------------------------------------------------- storage

    def _manifest(self) -> dict[str, Any]:
        """Fields of ``model.json`` besides format, hash, classes, n-gram range and meta."""
        return {}

    @classmethod
    def _from_manifest(cls, manifest: dict[str, Any]) -> dict[str, Any]:
        """Constructor keyword arguments taken from the manifest's extra fields."""
        return {}

    def to_disk(self, path: PathLike) -> Path:
        """Write ``model.npz`` (no pickles) and ``model.json`` (with its SHA-256) to ``path``."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        npz = folder / "model.npz"
        np.savez_compressed(
            npz,
            vocabulary=np.array(self.vocabulary, dtype=str),
            idf=self.idf.astype(np.float32),
            coef=self.coef.astype(np.float32),
            intercept=self.intercept.astype(np.float32),
        )
        manifest = {
            "format": self.FORMAT,
            "sha256": sha256_of(npz),
            "classes": self.classes_,
            **self._manifest(),
            "ngram_range": list(self.ngram_range),
            "meta": self.meta,
        }
        (folder / "model.json").write_text(
            json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        return folder

    @classmethod
    def from_disk(cls, path: PathLike) -> Any:
        """Read a model folder written by :meth:`to_disk`, checking ``model.npz``'s hash.

        Raises
        ------
        ModelFileError
            A file is missing, ``model.json`` is malformed or of another kind of model, or the
            hash does not match.
        """
        folder = Path(path)
        manifest_path, npz = folder / "model.json", folder / "model.npz"
        for p in (manifest_path, npz):
            if not p.is_file():
                raise ModelFileError(f"{cls.KIND} model folder {folder}: {p.name} not found")
        try:
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
            fmt, digest, classes = manifest["format"], manifest["sha256"], manifest["classes"]
            extra = cls._from_manifest(manifest)
        except (ValueError, KeyError, TypeError) as e:
            raise ModelFileError(f"{manifest_path}: not an {cls.KIND} model manifest ({e})") from e
        if fmt != cls.FORMAT:
            raise ModelFileError(f"{manifest_path}: format {fmt!r}, expected {cls.FORMAT!r}")
        actual = sha256_of(npz)
        if actual != digest:
            raise ModelFileError(
                f"{npz}: SHA-256 {actual} does not match {digest} recorded in model.json; "
                "refusing to load a changed model"
            )
        with np.load(npz, allow_pickle=False) as arrays:
            return cls(
                [str(g) for g in arrays["vocabulary"]],
                arrays["idf"],
                arrays["coef"],
                arrays["intercept"],
                classes,
                ngram_range=tuple(manifest.get("ngram_range", (1, 3))),
                meta=manifest.get("meta", {}),
                **extra,
            )


def model_folder(path: PathLike | None, bundled: str) -> Path:
    """``path``, or the bundled model folder ``policytext/data/<bundled>``."""
    if path is None:
        from importlib import resources

        return Path(str(resources.files("policytext") / "data" / bundled))
    return Path(path)


@lru_cache(maxsize=16)
def _load_cached(cls: Any, path: str, mtime: float) -> Any:
    return cls.from_disk(path)


def load_model(cls: type[ModelT], path: PathLike | None, bundled: str) -> ModelT:
    """``cls.from_disk`` of ``path`` or of the bundled folder ``policytext/data/<bundled>``,
    read once per folder (again when its ``model.json`` changes)."""
    folder = model_folder(path, bundled)
    manifest = folder / "model.json"
    mtime = manifest.stat().st_mtime if manifest.is_file() else 0.0
    # a class is hashable, though typeshed does not say so of type[...]
    model: ModelT = _load_cached(cast(Hashable, cls), str(folder.resolve()), mtime)
    return model


def manifest_sha256(folder: Path) -> str | None:
    """The model hash ``model.json`` records (verified when the model is loaded)."""
    manifest = json.loads((folder / "model.json").read_text(encoding="utf-8"))
    digest = manifest.get("sha256")
    return None if digest is None else str(digest)
