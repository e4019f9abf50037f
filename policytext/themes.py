"""Themes of policy measures: what the measures of a corpus are *about*.

Three replaceable stages, in scikit-learn style:

- :class:`MeasureVectorizer` — measures (token lists, or strings) → a matrix: TF-IDF over
  words with policy boilerplate removed (``policytext/data/theme_stopwords.txt``), sublinear
  term frequency, optional n-grams, character bigrams inside long words, and an optional hook
  for your own sentence embeddings.
- :class:`ThemeClusterer` — matrix → labels: L2 normalisation, optional TruncatedSVD, k-means
  on the unit sphere; ``n_themes="auto"`` picks k by the cosine silhouette.
- :class:`ThemeModel` — both, plus what a researcher reads: keywords per theme by class-based
  TF-IDF, representative measures, short labels, :meth:`ThemeModel.get_theme_info` and
  :meth:`ThemeModel.themes_over_time`.

:func:`measures_table` turns analysed records into one row per measure, with the measure's
words taken from ``record.tokens`` (the segmenter is not run again).

Examples
--------
>>> docs = [["人才", "引进", "奖励"], ["人才", "培养", "补贴"], ["园区", "建设", "用地"],
...         ["园区", "基础设施", "建设"], ["人才", "公寓", "奖励"], ["园区", "用地", "保障"]]
>>> model = ThemeModel(n_themes=2, random_state=0).fit(docs)
>>> model.labels_.tolist()
[0, 0, 1, 1, 0, 1]
>>> [term for term, _ in model.theme_terms_[0][:1]], [term for term, _ in model.theme_terms_[1][:1]]
(['人才'], ['园区'])
"""

from __future__ import annotations

import os
import re
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClusterMixin, TransformerMixin, clone
from sklearn.utils.validation import check_is_fitted, check_random_state, validate_data

__all__ = [
    "MeasureVectorizer",
    "ThemeClusterer",
    "ThemeModel",
    "measures_table",
    "policy_stop_words",
]

# Tokens made only of punctuation, digits, symbols and whitespace (，。、（）“” 2025 3.5% ……).
_NON_WORD = re.compile(r"^[\W\d_０-９]+$")

Tokens = list[str]


def policy_stop_words(path: str | os.PathLike[str] | None = None) -> frozenset[str]:
    """The policy stop words: boilerplate verbs, adverbs, function words, enumeration markers.

    Parameters
    ----------
    path
        A stop-word file (whitespace-separated words, ``#`` comments); default: the bundled
        ``policytext/data/theme_stopwords.txt``.

    Examples
    --------
    >>> words = policy_stop_words()
    >>> "进一步" in words, "人才" in words
    (True, False)
    """
    from .lexicons import data_path

    file = data_path("theme_stopwords.txt") if path is None else path
    words: set[str] = set()
    with open(file, encoding="utf-8-sig") as f:
        for line in f:
            if not line.lstrip().startswith("#"):
                words.update(line.split())
    return frozenset(words)


def _whitespace_split(text: str) -> list[str]:
    return text.split()


def _identity(tokens: Any) -> Any:
    return tokens


# --------------------------------------------------------------------------- vectorizer
class MeasureVectorizer(TransformerMixin, BaseEstimator):
    """Measures → TF-IDF matrix (optionally joined with your own embeddings).

    Parameters
    ----------
    stop_words
        ``"policy"`` (the bundled boilerplate list), ``None`` (keep every token), a path to
        a stop-word file, or an iterable of words. Whenever stop words are used, tokens made
        only of punctuation, digits and symbols are dropped too.
    min_df, max_df
        Document-frequency bounds (counts or proportions), as in scikit-learn's
        ``TfidfVectorizer``.
    ngram_range
        Word n-grams to use, e.g. ``(1, 2)`` for unigrams and bigrams.
    sublinear_tf
        Use ``1 + log(tf)``.
    embedding
        Optional callable ``list[str] -> ndarray`` (one row per measure text; token lists are
        joined without spaces). A hook for sentence embeddings you provide.
    embedding_weight
        Share of the embedding in the output: ``1.0`` uses the embedding instead of TF-IDF;
        between 0 and 1 both row-normalised blocks are concatenated, weighted ``1 - w`` and
        ``w``. Ignored without ``embedding``.
    tokenizer
        For string input: a callable ``str -> list[str]``; default: whitespace split.
        (Segment Chinese text first, e.g. ``lambda s: policytext.pipeline.segment(nlp, s)``.)
    subwords
        Also count the character bigrams of words of three or more characters, so compounds
        (绿色建材, 产业园区) share features with their parts.

    Examples
    --------
    >>> vec = MeasureVectorizer()
    >>> X = vec.fit_transform([["进一步", "加强", "人才", "培养", "。"], ["设立", "产业", "基金"]])
    >>> X.shape[0], "进一步" in vec.vocabulary_, "人才" in vec.vocabulary_
    (2, False, True)
    >>> vec.analyze(["积极", "推广", "绿色建材", "，"])
    ['推广', '绿色建材', '绿色', '色建', '建材']
    """

    def __init__(
        self,
        *,
        stop_words: str | os.PathLike[str] | Iterable[str] | None = "policy",
        min_df: float | int = 1,
        max_df: float | int = 0.9,
        ngram_range: tuple[int, int] = (1, 1),
        sublinear_tf: bool = True,
        embedding: Callable[[list[str]], Any] | None = None,
        embedding_weight: float = 0.5,
        tokenizer: Callable[[str], list[str]] | None = None,
        subwords: bool = True,
    ) -> None:
        self.stop_words = stop_words
        self.min_df = min_df
        self.max_df = max_df
        self.ngram_range = ngram_range
        self.sublinear_tf = sublinear_tf
        self.embedding = embedding
        self.embedding_weight = embedding_weight
        self.tokenizer = tokenizer
        self.subwords = subwords

    # ------------------------------------------------------------------ helpers
    def _unfitted_tfidf(self) -> Any:
        """The TF-IDF stage with this vectorizer's settings (its stop words loaded), not fitted:
        for :meth:`fit`, and for a fit restored from the theme cache."""
        from sklearn.feature_extraction.text import TfidfVectorizer

        self._stop = self._stop_set()
        return TfidfVectorizer(
            analyzer=self.analyze,
            min_df=self.min_df,
            max_df=self.max_df,
            sublinear_tf=self.sublinear_tf,
        )

    def _stop_set(self) -> frozenset[str] | None:
        sw = self.stop_words
        if sw is None:
            return None
        if isinstance(sw, str) and sw == "policy":
            return policy_stop_words()
        if isinstance(sw, str | os.PathLike):
            if not os.path.isfile(sw):
                raise ValueError(
                    f"stop_words={sw!r}: not 'policy', None, a stop-word file or a list of words"
                )
            return policy_stop_words(sw)
        return frozenset(sw)

    def tokens(self, measure: str | Sequence[str]) -> list[str]:
        """The words of one measure after stop-word removal (no n-grams, no sub-words).

        Examples
        --------
        >>> MeasureVectorizer().tokens("加快 建设 产业 园区 。")
        ['建设', '产业', '园区']
        """
        stop = getattr(self, "_stop", None)
        if stop is None and not hasattr(self, "_stop"):
            stop = self._stop_set()
        if isinstance(measure, str):
            words = list((self.tokenizer or _whitespace_split)(measure))
        else:
            words = [str(w) for w in measure]
        words = [w for w in words if w.strip()]
        if stop is not None:
            words = [w for w in words if w not in stop and not _NON_WORD.match(w)]
        return words

    def analyze(self, measure: str | Sequence[str]) -> list[str]:
        """The features of one measure: words, word n-grams, then sub-word bigrams."""
        words = self.tokens(measure)
        lo, hi = self.ngram_range
        feats: list[str] = []
        for n in range(lo, hi + 1):
            feats.extend(" ".join(words[i : i + n]) for i in range(len(words) - n + 1))
        if self.subwords:
            feats.extend(w[i : i + 2] for w in words if len(w) >= 3 for i in range(len(w) - 1))
        return feats

    @staticmethod
    def _texts(measures: Sequence[str | Sequence[str]]) -> list[str]:
        return [m if isinstance(m, str) else "".join(m) for m in measures]

    def _check_input(self, measures: Any) -> list[str | Sequence[str]]:
        if isinstance(measures, str) or not isinstance(measures, Iterable):
            raise TypeError("measures must be a list of token lists or a list of strings")
        docs = list(measures)
        for m in docs:
            if not isinstance(m, str) and not (
                isinstance(m, Sequence | np.ndarray) and all(isinstance(w, str) for w in m)
            ):
                raise TypeError(
                    f"each measure must be a string or a list of strings, not {type(m).__name__}"
                )
        return docs

    # ------------------------------------------------------------------ fit / transform
    def fit(self, measures: Any, y: Any = None) -> MeasureVectorizer:
        """Learn the vocabulary and IDF weights."""
        self.fit_transform(measures)
        return self

    def fit_transform(self, measures: Any, y: Any = None, **fit_params: Any) -> Any:
        """Learn the vocabulary and return the matrix (sparse CSR unless an embedding is used)."""
        docs = self._check_input(measures)
        if not docs:
            raise ValueError("no measures to vectorize")
        lo, hi = self.ngram_range
        if not (1 <= lo <= hi):
            raise ValueError(
                f"ngram_range must be (min_n, max_n) with 1 <= min_n <= max_n, got {self.ngram_range}"
            )
        if self.embedding is not None and not 0.0 <= self.embedding_weight <= 1.0:
            raise ValueError(f"embedding_weight must be in [0, 1], got {self.embedding_weight}")
        self.tfidf_ = self._unfitted_tfidf()
        try:
            tfidf = self.tfidf_.fit_transform(docs)
        except ValueError as exc:  # empty vocabulary after stop words / df limits
            raise ValueError(
                f"{exc}: every token was removed (stop words, min_df={self.min_df}, "
                f"max_df={self.max_df}); pass stop_words=None or relax the limits"
            ) from None
        self.vocabulary_ = self.tfidf_.vocabulary_
        self.n_features_tfidf_ = tfidf.shape[1]
        return self._combine(tfidf, docs)

    def transform(self, measures: Any) -> Any:
        """The matrix of new measures in the fitted vocabulary."""
        check_is_fitted(self, "tfidf_")
        docs = self._check_input(measures)
        return self._combine(self.tfidf_.transform(docs), docs)

    def _combine(self, tfidf: Any, docs: Sequence[str | Sequence[str]]) -> Any:
        if self.embedding is None:
            return tfidf
        from sklearn.preprocessing import normalize

        emb = np.asarray(self.embedding(self._texts(docs)), dtype=float)
        if emb.ndim != 2 or emb.shape[0] != len(docs):
            raise ValueError(
                f"embedding returned shape {emb.shape}; expected ({len(docs)}, n_dims)"
            )
        w = float(self.embedding_weight)
        if w >= 1.0:
            return emb
        return np.hstack([(1.0 - w) * normalize(tfidf).toarray(), w * normalize(emb)])

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        """Names of the TF-IDF features (words, n-grams, sub-words); embedding columns are not named."""
        check_is_fitted(self, "tfidf_")
        names = list(self.tfidf_.get_feature_names_out())
        return np.asarray(names, dtype=object)


# --------------------------------------------------------------------------- clusterer
LARGE_N = 20_000
"""Above this many measures k-means is mini-batch (``MiniBatchKMeans``): theme fitting stays
practical at 100k measures (the matrix stays sparse until the SVD)."""

SILHOUETTE_SAMPLE = 10_000
"""``n_themes="auto"`` scores each k on a seeded sample of this many measures when there are
more (the silhouette is quadratic in the number of samples)."""


class ThemeClusterer(ClusterMixin, TransformerMixin, BaseEstimator):
    """Matrix → theme labels: k-means on L2-normalised (optionally SVD-reduced) rows.

    Rows are L2-normalised, reduced with TruncatedSVD to ``svd_components`` dimensions when
    the matrix is wider than that, and normalised again, so k-means works with cosine
    similarity (spherical k-means). Themes are numbered by decreasing size.

    Parameters
    ----------
    n_themes
        Number of themes, or ``"auto"``: the k in ``k_range`` (inclusive) with the best
        cosine silhouette. On sparse text features the silhouette tends to grow with k, so
        the choice often lands at the top of the range: set the range you can read.
    k_range
        ``(min_k, max_k)`` searched when ``n_themes="auto"``; clipped to ``n_samples - 1``.
    random_state
        Seed for SVD and k-means; an int makes runs identical.
    method
        ``"kmeans"`` (spherical k-means, ``n_init`` restarts) or ``"agglomerative"``
        (average linkage on cosine distance; deterministic).
    svd_components
        SVD dimensions (``None``: no reduction).
    n_init
        k-means restarts.

    Attributes
    ----------
    labels_ : ndarray of int
    n_themes_ : int
    cluster_centers_ : ndarray of shape (n_themes_, n_dims)
        Unit-length centroids in the clustering space.
    silhouette_scores_ : dict[int, float]
        Cosine silhouette per candidate k (empty unless ``n_themes="auto"``).

    Examples
    --------
    >>> X = [[1, 0, 0], [0.9, 0.1, 0], [0, 1, 0], [0, 0.9, 0.1], [0, 0, 1], [0.1, 0, 0.9]]
    >>> clu = ThemeClusterer(n_themes=3, random_state=0).fit(X)
    >>> clu.labels_.tolist(), clu.predict([[0, 0.1, 1]]).tolist()
    ([0, 0, 1, 1, 2, 2], [2])
    >>> ThemeClusterer(k_range=(2, 4), random_state=0).fit(X).n_themes_
    3
    """

    def __init__(
        self,
        n_themes: int | str = "auto",
        *,
        k_range: tuple[int, int] = (4, 16),
        random_state: int | np.random.RandomState | None = None,
        method: str = "kmeans",
        svd_components: int | None = 30,
        n_init: int = 10,
    ) -> None:
        self.n_themes = n_themes
        self.k_range = k_range
        self.random_state = random_state
        self.method = method
        self.svd_components = svd_components
        self.n_init = n_init

    def _embed(self, X: Any, *, fit: bool) -> np.ndarray:
        from sklearn.preprocessing import normalize

        Xn = normalize(X)
        if fit:
            n_features = X.shape[1]
            self.svd_ = None
            if self.svd_components is not None and n_features > self.svd_components:
                from sklearn.decomposition import TruncatedSVD

                self.svd_ = TruncatedSVD(self.svd_components, random_state=self._seed)
                self.svd_.fit(Xn)
        Z = self.svd_.transform(Xn) if self.svd_ is not None else Xn
        Z = Z.toarray() if sp.issparse(Z) else np.asarray(Z, dtype=float)
        return np.asarray(normalize(Z), dtype=float)

    def _cluster(self, Z: np.ndarray, k: int) -> np.ndarray:
        if self.method == "kmeans":
            from sklearn.cluster import KMeans, MiniBatchKMeans

            if Z.shape[0] > LARGE_N:  # 100k measures: mini-batch k-means, same seed
                mb = MiniBatchKMeans(
                    n_clusters=k, n_init=3, batch_size=4096, random_state=self._seed
                )
                return np.asarray(mb.fit_predict(Z))
            km = KMeans(n_clusters=k, n_init=self.n_init, random_state=self._seed)
            return np.asarray(km.fit_predict(Z))
        from sklearn.cluster import AgglomerativeClustering

        agg = AgglomerativeClustering(n_clusters=k, metric="cosine", linkage="average")
        return np.asarray(agg.fit_predict(Z))

    def fit(self, X: Any, y: Any = None) -> ThemeClusterer:
        """Cluster the rows of ``X`` (numeric, dense or sparse, 2-D)."""
        X = validate_data(self, X, accept_sparse="csr", dtype=np.float64)
        n = X.shape[0]
        if self.method not in ("kmeans", "agglomerative"):
            raise ValueError(f"method must be 'kmeans' or 'agglomerative', got {self.method!r}")
        if not isinstance(self.n_init, int | np.integer) or self.n_init < 1:
            raise ValueError(f"n_init must be a positive integer, got {self.n_init!r}")
        if self.svd_components is not None and (
            not isinstance(self.svd_components, int | np.integer) or self.svd_components < 1
        ):
            raise ValueError(
                f"svd_components must be a positive integer or None, got {self.svd_components!r}"
            )
        self._seed = check_random_state(self.random_state).randint(np.iinfo(np.int32).max)
        self.silhouette_scores_: dict[int, float] = {}
        Z = self._embed(X, fit=True)
        if isinstance(self.n_themes, str):
            if self.n_themes != "auto":
                raise ValueError(
                    f"n_themes must be 'auto' or a positive integer, got {self.n_themes!r}"
                )
            labels, k = self._auto(Z)
        else:
            k = self.n_themes
            if not isinstance(k, int | np.integer) or isinstance(k, bool) or k < 1:
                raise ValueError(f"n_themes must be 'auto' or a positive integer, got {k!r}")
            if k > n:
                raise ValueError(f"n_themes={k} is larger than n_samples={n}")
            labels = self._cluster(Z, int(k))
        self._set_fitted(Z, labels)
        return self

    def _auto(self, Z: np.ndarray) -> tuple[np.ndarray, int]:
        from sklearn.metrics import silhouette_score

        try:
            lo, hi = (int(v) for v in self.k_range)
        except (TypeError, ValueError):
            raise ValueError(f"k_range must be (min_k, max_k), got {self.k_range!r}") from None
        if not 2 <= lo <= hi:
            raise ValueError(
                f"k_range must be (min_k, max_k) with 2 <= min_k <= max_k, got {self.k_range}"
            )
        n_distinct = len(np.unique(Z.round(12), axis=0))
        hi = min(hi, Z.shape[0] - 1, n_distinct)
        lo = min(lo, hi)
        if hi < 2:
            raise ValueError(
                f"n_themes='auto' needs at least 3 distinct samples, got {Z.shape[0]} samples "
                f"({n_distinct} distinct): pass an integer n_themes"
            )
        best: tuple[float, int, np.ndarray] | None = None
        for k in range(lo, hi + 1):
            labels = self._cluster(Z, k)
            if len(np.unique(labels)) < 2:
                continue
            sample = SILHOUETTE_SAMPLE if Z.shape[0] > SILHOUETTE_SAMPLE else None
            score = float(
                silhouette_score(
                    Z, labels, metric="cosine", sample_size=sample, random_state=self._seed
                )
            )
            self.silhouette_scores_[k] = score
            if best is None or score > best[0] + 1e-12:
                best = (score, k, labels)
        if best is None:
            raise ValueError("n_themes='auto' found no k giving two or more themes")
        return best[2], best[1]

    def _set_fitted(self, Z: np.ndarray, labels: np.ndarray) -> None:
        # Number themes by decreasing size (ties: first occurrence), so theme 0 is the largest.
        ids, first, counts = np.unique(labels, return_index=True, return_counts=True)
        order = sorted(range(len(ids)), key=lambda i: (-counts[i], first[i]))
        remap = {int(ids[i]): new for new, i in enumerate(order)}
        self.labels_ = np.array([remap[int(v)] for v in labels], dtype=np.int64)
        self.n_themes_ = len(ids)
        centers = np.vstack([Z[self.labels_ == t].mean(axis=0) for t in range(self.n_themes_)])
        norms = np.linalg.norm(centers, axis=1, keepdims=True)
        self.cluster_centers_ = centers / np.where(norms == 0, 1.0, norms)

    def transform(self, X: Any) -> np.ndarray:
        """Cosine similarity of each row to each theme centroid, shape (n, n_themes_)."""
        check_is_fitted(self, "cluster_centers_")
        X = validate_data(self, X, accept_sparse="csr", dtype=np.float64, reset=False)
        return np.asarray(self._embed(X, fit=False) @ self.cluster_centers_.T)

    def predict(self, X: Any) -> np.ndarray:
        """The theme of each row: the most similar centroid."""
        return np.asarray(self.transform(X).argmax(axis=1), dtype=np.int64)

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.input_tags.sparse = True
        return tags


# --------------------------------------------------------------------------- measures table
MEASURE_COLUMNS = [
    "doc",
    "start",
    "end",
    "text",
    "tokens",
    "date",
    "instrument_type",
    "instrument_subtype",
    "theme",
]


def _instrument(m: dict[str, Any]) -> tuple[Any, Any]:
    inst = m.get("instrument")
    if isinstance(inst, dict):
        return inst.get("type"), inst.get("subtype")
    # gold files: "instrument": "supply", "subtype": "科技支持"
    return inst, m.get("subtype")


def measures_table(records: Iterable[Any]) -> Any:
    """One row per measure of analysed records.

    Columns: ``doc``, ``start``, ``end``, ``text``, ``tokens`` (the words of
    ``record.tokens`` that lie inside the measure span — no second segmentation),
    ``date`` (``record.meta["date"]``), ``instrument_type``, ``instrument_subtype`` and
    ``theme`` (``None`` where a measure has none).

    Examples
    --------
    >>> from policytext.document import Record
    >>> rec = Record(id="d1", source="d1.txt", text="一是设立人才基金。",
    ...              tokens=[{"start": 0, "end": 2}, {"start": 2, "end": 4},
    ...                      {"start": 4, "end": 6}, {"start": 6, "end": 8}, {"start": 8, "end": 9}],
    ...              measures=[{"start": 2, "end": 9, "instrument": {"type": "supply"}}])
    >>> rec.meta["date"] = "2024-03-01"
    >>> row = measures_table([rec]).iloc[0]
    >>> row["text"], row["tokens"], row["date"], row["instrument_type"]
    ('设立人才基金。', ['设立', '人才', '基金', '。'], '2024-03-01', 'supply')
    """
    import pandas as pd

    rows = []
    for rec in records:
        spans = sorted((int(t["start"]), int(t["end"])) for t in rec.tokens)
        starts = [a for a, _ in spans]
        date = (rec.meta or {}).get("date")
        for m in rec.measures:
            a, b = int(m["start"]), int(m["end"])
            import bisect

            i = bisect.bisect_left(starts, a)
            words = []
            while i < len(spans) and spans[i][0] < b:
                s, e = spans[i]
                if e <= b and rec.text[s:e].strip():
                    words.append(rec.text[s:e])
                i += 1
            itype, isub = _instrument(m)
            rows.append(
                {
                    "doc": rec.id,
                    "start": a,
                    "end": b,
                    "text": m.get("text") or rec.text[a:b],
                    "tokens": words,
                    "date": date,
                    "instrument_type": itype,
                    "instrument_subtype": isub,
                    "theme": m.get("theme"),
                }
            )
    return pd.DataFrame(rows, columns=MEASURE_COLUMNS)


# --------------------------------------------------------------------------- theme model
class ThemeModel(BaseEstimator):
    """Themes of policy measures: vectorize, cluster, describe.

    Parameters
    ----------
    vectorizer
        Text → matrix stage; default :class:`MeasureVectorizer()`. Any object with
        ``fit_transform``/``transform`` works (it is cloned).
    clusterer
        Matrix → labels stage; default ``ThemeClusterer(n_themes, random_state=...)``.
        Any object with ``fit``, ``labels_`` and ``predict`` works (cloned); ``transform`` is
        used for similarities when present.
    n_themes
        Passed to the default clusterer: ``"auto"`` or an integer.
    n_keywords
        Keywords kept per theme in ``theme_terms_``.
    random_state
        Seed of the default clusterer.

    Attributes
    ----------
    labels_ : ndarray of int
        Theme of every fitted measure (0 is the largest theme).
    n_themes_ : int
    theme_terms_ : dict[int, list[tuple[str, float]]]
        Keywords per theme by class-based TF-IDF, best first.
    representative_ : dict[int, list[int]]
        Indices of the (up to 3) measures closest to each theme centroid.
    theme_labels_ : dict[int, str]
        A short label per theme from its top three keywords (``人才·引进·奖励``).
    measures_ : pandas.DataFrame
        The fitted measures: ``text``, ``tokens``, ``date``, ``instrument_type``, ``theme`` …
    vectorizer_, clusterer_
        The fitted stages.

    Examples
    --------
    >>> docs = [["人才", "引进"], ["人才", "培养"], ["园区", "建设"], ["园区", "用地"]]
    >>> model = ThemeModel(n_themes=2, random_state=0).fit(docs)
    >>> model.theme_labels_[0], model.predict([["人才", "公寓"]]).tolist()
    ('人才·培养·引进', [0])
    >>> model.get_theme_info()[["theme", "size", "label"]].to_dict("records")[1]
    {'theme': 1, 'size': 2, 'label': '园区·建设·用地'}
    """

    def __init__(
        self,
        vectorizer: Any = None,
        clusterer: Any = None,
        *,
        n_themes: int | str = "auto",
        n_keywords: int = 10,
        random_state: int | np.random.RandomState | None = None,
    ) -> None:
        self.vectorizer = vectorizer
        self.clusterer = clusterer
        self.n_themes = n_themes
        self.n_keywords = n_keywords
        self.random_state = random_state

    # ------------------------------------------------------------------ input
    def _frame(self, measures: Any) -> Any:
        """Any accepted input → a measures DataFrame with a ``tokens`` column."""
        import pandas as pd

        from .document import Record

        if isinstance(measures, pd.DataFrame):
            if "tokens" not in measures.columns:
                raise ValueError("a DataFrame of measures needs a 'tokens' column (list[str])")
            frame = measures.reset_index(drop=True).copy()
        else:
            if isinstance(measures, str) or not isinstance(measures, Iterable):
                raise TypeError(
                    "measures must be records, a DataFrame with a 'tokens' column, "
                    "or a list of token lists"
                )
            items = list(measures)
            if items and all(isinstance(m, Record) for m in items):
                frame = measures_table(items)
            elif any(isinstance(m, Record) for m in items):
                raise TypeError("do not mix records with other measure inputs")
            else:
                frame = pd.DataFrame({"tokens": items})
        for col in MEASURE_COLUMNS:
            if col not in frame.columns:
                frame[col] = None
        texts = []
        for text, toks in zip(frame["text"], frame["tokens"], strict=True):
            if isinstance(text, str) and text:
                texts.append(text)
            else:
                texts.append(toks if isinstance(toks, str) else "".join(map(str, toks)))
        frame["text"] = texts
        return frame

    def _stage(self, kind: str) -> Any:
        if kind == "vectorizer":
            return MeasureVectorizer() if self.vectorizer is None else clone(self.vectorizer)
        if self.clusterer is None:
            return ThemeClusterer(self.n_themes, random_state=self.random_state)
        return clone(self.clusterer)

    # ------------------------------------------------------------------ fit
    def fit(self, measures: Any, y: Any = None) -> ThemeModel:
        """Fit the vectorizer and clusterer and describe the themes."""
        if not isinstance(self.n_keywords, int | np.integer) or self.n_keywords < 1:
            raise ValueError(f"n_keywords must be a positive integer, got {self.n_keywords!r}")
        frame = self._frame(measures)
        if len(frame) == 0:
            raise ValueError("no measures to fit (records without measures?)")
        docs = list(frame["tokens"])
        self.vectorizer_ = self._stage("vectorizer")
        X = self.vectorizer_.fit_transform(docs)
        self.clusterer_ = self._stage("clusterer")
        self.clusterer_.fit(X)
        self.labels_ = np.asarray(self.clusterer_.labels_, dtype=np.int64)
        self.n_themes_ = int(getattr(self.clusterer_, "n_themes_", len(np.unique(self.labels_))))
        frame["theme"] = self.labels_
        self.measures_ = frame
        self._describe(docs, X)
        return self

    def fit_predict(self, measures: Any, y: Any = None) -> np.ndarray:
        """Fit and return ``labels_``."""
        return self.fit(measures).labels_

    # ------------------------------------------------------------------ cached fit
    def fit_cached(self, measures: Any, *, cache: Any = None) -> ThemeModel:
        """:meth:`fit`, or the very same fit read back from the result cache.

        The key (:func:`policytext.cache.result_key`) covers every measure's tokens and text
        in order, the model's parameters (``n_themes``, ``random_state``, ``n_keywords`` and
        the stages' parameters) and policytext's code fingerprint; a hit restores the fitted
        arrays (labels, vocabulary, IDF weights, SVD components, centroids, keywords,
        representative measures), so the model predicts, transforms and describes exactly
        as the fitted one. ``from_cache_`` says which happened.

        Parameters
        ----------
        measures
            As for :meth:`fit`.
        cache
            A :class:`~policytext.cache.ResultCache`, a
            :class:`~policytext.cache.RecordCache` (its ``results``), a directory, ``True``
            (the default location), ``False`` (no cache: plain :meth:`fit`), or None: the
            default record cache (:func:`policytext.cache.set_default_cache`), if any.

        Models whose stages cannot be keyed — a vectorizer with an embedding or tokenizer
        callable, a stop-word file, a clusterer other than :class:`ThemeClusterer`, a seed
        that is not an integer — are always fitted.

        Examples
        --------
        >>> import tempfile
        >>> docs = [["人才", "引进"], ["人才", "培养"], ["园区", "建设"], ["园区", "用地"]]
        >>> where = tempfile.mkdtemp()
        >>> a = ThemeModel(n_themes=2, random_state=0).fit_cached(docs, cache=where)
        >>> b = ThemeModel(n_themes=2, random_state=0).fit_cached(docs, cache=where)
        >>> a.from_cache_, b.from_cache_, b.labels_.tolist() == a.labels_.tolist()
        (False, True, True)
        """
        from .cache import as_result_cache

        results = as_result_cache(cache)
        key = None
        frame = self._frame(measures)
        if results is not None:
            key = self.cache_key(frame)
        if results is not None and key is not None:
            state = results.get("themes", key)
            if state is not None:
                try:
                    self._restore(frame, state)
                except (KeyError, ValueError, TypeError, IndexError, AttributeError) as exc:
                    warnings.warn(
                        f"policytext: ignoring a damaged theme cache entry ({exc!r}); refitting",
                        RuntimeWarning,
                        stacklevel=2,
                    )
                else:
                    self.from_cache_ = True
                    return self
        self.fit(frame)
        self.from_cache_ = False
        if results is not None and key is not None:
            try:
                results.put("themes", key, self._fitted_state())
            except OSError as exc:
                warnings.warn(
                    f"policytext: could not write the theme cache ({exc})",
                    RuntimeWarning,
                    stacklevel=2,
                )
        return self

    def _cache_params(self) -> dict[str, Any] | None:
        """Everything besides the measures that decides the fit, or None when not keyable."""
        seed = self.random_state
        if isinstance(seed, bool) or not isinstance(seed, int | np.integer):
            return None
        vec, clu = self._stage("vectorizer"), self._stage("clusterer")
        if type(vec) is not MeasureVectorizer or type(clu) is not ThemeClusterer:
            return None
        vparams = vec.get_params(deep=False)
        if vparams["embedding"] is not None or vparams["tokenizer"] is not None:
            return None
        stop = vparams["stop_words"]
        if stop is not None and not (isinstance(stop, str) and stop == "policy"):
            if isinstance(stop, str | os.PathLike):
                return None  # a stop-word file: its contents are not keyed
            vparams["stop_words"] = sorted({str(w) for w in stop})
        cparams = clu.get_params(deep=False)
        cseed = cparams["random_state"]
        if isinstance(cseed, bool) or not isinstance(cseed, int | np.integer):
            return None
        return {
            "n_keywords": self.n_keywords,
            "vectorizer": vparams,
            "clusterer": cparams,
            "large_n": LARGE_N,
            "silhouette_sample": SILHOUETTE_SAMPLE,
        }

    def cache_key(self, measures: Any) -> str | None:
        """The result-cache key of fitting this model on ``measures`` (None: not cacheable).

        Examples
        --------
        >>> docs = [["人才", "引进"], ["人才", "培养"], ["园区", "建设"], ["园区", "用地"]]
        >>> k = ThemeModel(n_themes=2, random_state=0).cache_key(docs)
        >>> k == ThemeModel(n_themes=2, random_state=0).cache_key(docs)
        True
        >>> k == ThemeModel(n_themes=2, random_state=1).cache_key(docs)
        False
        >>> ThemeModel(n_themes=2).cache_key(docs) is None   # random_state=None
        True
        """
        import pandas as pd

        from .cache import result_key

        params = self._cache_params()
        if params is None:
            return None
        frame = measures if isinstance(measures, pd.DataFrame) else self._frame(measures)
        if "tokens" not in frame.columns:
            frame = self._frame(frame)
        texts = frame["text"] if "text" in frame.columns else [None] * len(frame)
        items = (
            [toks if isinstance(toks, str) else [str(w) for w in toks], text]
            for toks, text in zip(frame["tokens"], texts, strict=True)
        )
        return result_key("themes", params, items)

    def _fitted_state(self) -> dict[str, Any]:
        """The fitted arrays and descriptions as msgpack-able data (see :meth:`_restore`)."""
        from .cache import pack_array

        vec, clu = self.vectorizer_, self.clusterer_
        terms = [str(t) for t in vec.tfidf_.get_feature_names_out()]
        svd = None
        if clu.svd_ is not None:
            svd = {
                name: pack_array(getattr(clu.svd_, name))
                for name in (
                    "components_",
                    "explained_variance_",
                    "explained_variance_ratio_",
                    "singular_values_",
                )
            }
        k = self.n_themes_
        return {
            "n_themes": k,
            "labels": pack_array(self.labels_),
            "theme_terms": [[[t, float(w)] for t, w in self.theme_terms_[i]] for i in range(k)],
            "theme_labels": [self.theme_labels_[i] for i in range(k)],
            "representative": [list(self.representative_[i]) for i in range(k)],
            "vectorizer": {
                "terms": terms,
                "idf": pack_array(vec.tfidf_.idf_),
                "n_features_tfidf": int(vec.n_features_tfidf_),
            },
            "clusterer": {
                "seed": int(clu._seed),
                "n_features_in": int(clu.n_features_in_),
                "silhouette": [[int(a), float(b)] for a, b in clu.silhouette_scores_.items()],
                "svd": svd,
                "centers": pack_array(clu.cluster_centers_),
            },
        }

    def _restore(self, frame: Any, state: dict[str, Any]) -> None:
        """Set the fitted attributes from :meth:`_fitted_state` data (``frame``: the measures)."""
        from .cache import unpack_array

        labels = unpack_array(state["labels"]).astype(np.int64)
        k = int(state["n_themes"])
        if labels.shape != (len(frame),) or (
            len(labels) and not 0 <= labels.min() <= labels.max() < k
        ):
            raise ValueError(f"the entry holds {labels.shape} labels for {len(frame)} measures")
        vec = self._stage("vectorizer")
        vs = state["vectorizer"]
        vec.tfidf_ = vec._unfitted_tfidf()
        vocabulary = {str(t): i for i, t in enumerate(vs["terms"])}
        idf = unpack_array(vs["idf"])
        if idf.shape != (len(vocabulary),):
            raise ValueError("IDF weights and vocabulary differ in length")
        vec.tfidf_.vocabulary_ = vocabulary
        vec.tfidf_.fixed_vocabulary_ = False
        vec.tfidf_.idf_ = idf
        vec.vocabulary_ = vec.tfidf_.vocabulary_
        vec.n_features_tfidf_ = int(vs["n_features_tfidf"])

        clu = self._stage("clusterer")
        cs = state["clusterer"]
        clu._seed = int(cs["seed"])
        clu.n_features_in_ = int(cs["n_features_in"])
        clu.silhouette_scores_ = {int(a): float(b) for a, b in cs["silhouette"]}
        clu.svd_ = None
        if cs["svd"] is not None:
            from sklearn.decomposition import TruncatedSVD

            parts = {name: unpack_array(a) for name, a in cs["svd"].items()}
            components = parts["components_"]
            clu.svd_ = TruncatedSVD(components.shape[0], random_state=clu._seed)
            for name, value in parts.items():
                setattr(clu.svd_, name, value)
            clu.svd_.n_features_in_ = components.shape[1]
        clu.labels_ = labels
        clu.n_themes_ = k
        clu.cluster_centers_ = unpack_array(cs["centers"])

        self.vectorizer_, self.clusterer_ = vec, clu
        self.labels_ = labels
        self.n_themes_ = k
        self.theme_terms_ = {
            i: [(str(t), float(w)) for t, w in terms]
            for i, terms in enumerate(state["theme_terms"])
        }
        self.theme_labels_ = {i: str(label) for i, label in enumerate(state["theme_labels"])}
        self.representative_: dict[int, list[int]] = {
            i: [int(j) for j in idx] for i, idx in enumerate(state["representative"])
        }
        if not len(self.theme_terms_) == len(self.theme_labels_) == len(self.representative_) == k:
            raise ValueError("the entry's theme descriptions do not match its number of themes")
        frame = frame.copy()
        frame["theme"] = labels
        self.measures_ = frame

    def transform(self, measures: Any) -> np.ndarray:
        """Cosine similarity of each measure to each theme centroid, shape (n, n_themes_)."""
        check_is_fitted(self, "labels_")
        docs = list(self._frame(measures)["tokens"])
        return np.asarray(self.clusterer_.transform(self.vectorizer_.transform(docs)))

    def predict(self, measures: Any) -> np.ndarray:
        """The theme of new measures."""
        check_is_fitted(self, "labels_")
        docs = list(self._frame(measures)["tokens"])
        return np.asarray(self.clusterer_.predict(self.vectorizer_.transform(docs)), dtype=np.int64)

    def _words(self, doc: Any) -> list[str]:
        tokens = getattr(self.vectorizer_, "tokens", None)
        if callable(tokens):
            return list(tokens(doc))
        words = doc.split() if isinstance(doc, str) else [str(w) for w in doc]
        return [w for w in words if w.strip() and not _NON_WORD.match(w)]

    def _describe(self, docs: list[Any], X: Any) -> None:
        # Class-based TF-IDF (one "document" per theme): the weight of term t in theme c is
        # tf(t, c) / |c| * log(1 + A / f(t)), A = mean words per theme, f(t) = corpus count.
        k = self.n_themes_
        counts = [Counter[str]() for _ in range(k)]
        for doc, label in zip(docs, self.labels_, strict=True):
            counts[int(label)].update(self._words(doc))
        total: Counter[str] = Counter()
        for c in counts:
            total.update(c)
        avg = sum(total.values()) / max(k, 1)
        self.theme_terms_ = {}
        for t, c in enumerate(counts):
            size = sum(c.values()) or 1
            scored = [
                (term, (n / size) * float(np.log(1.0 + avg / total[term]))) for term, n in c.items()
            ]
            scored.sort(key=lambda ts: (-ts[1], ts[0]))
            self.theme_terms_[t] = [(term, round(s, 6)) for term, s in scored[: self.n_keywords]]
        self.theme_labels_ = {
            t: "·".join(term for term, _ in terms[:3]) or f"theme {t}"
            for t, terms in self.theme_terms_.items()
        }
        if hasattr(self.clusterer_, "transform"):
            sims = np.asarray(self.clusterer_.transform(X))
        else:
            sims = np.zeros((len(docs), k))
            sims[np.arange(len(docs)), self.labels_] = 1.0
        self.representative_ = {}
        for t in range(k):
            idx = np.flatnonzero(self.labels_ == t)
            order = idx[np.argsort(-sims[idx, t], kind="stable")]
            self.representative_[t] = [int(i) for i in order[:3]]

    # ------------------------------------------------------------------ inspection
    def get_theme_info(self) -> Any:
        """One row per theme: ``theme``, ``size``, ``share``, ``label``, ``keywords``,
        ``representative`` (texts of the measures closest to the centroid) and
        ``instrument_mix`` (``"supply 60% · environment 40%"``; ``None`` when the measures
        carry no instrument types)."""
        import pandas as pd

        check_is_fitted(self, "labels_")
        frame = self.measures_
        n = len(frame)
        rows = []
        for t in range(self.n_themes_):
            members = frame[frame["theme"] == t]
            types = [v for v in members["instrument_type"] if isinstance(v, str) and v]
            mix = None
            if types:
                mix = " · ".join(
                    f"{name} {count / len(types):.0%}"
                    for name, count in sorted(Counter(types).items(), key=lambda x: (-x[1], x[0]))
                )
            rows.append(
                {
                    "theme": t,
                    "size": len(members),
                    "share": round(len(members) / n, 4) if n else 0.0,
                    "label": self.theme_labels_[t],
                    "keywords": [term for term, _ in self.theme_terms_[t]],
                    "representative": [str(frame["text"].iloc[i]) for i in self.representative_[t]],
                    "instrument_mix": mix,
                }
            )
        columns = [
            "theme",
            "size",
            "share",
            "label",
            "keywords",
            "representative",
            "instrument_mix",
        ]
        return pd.DataFrame(rows, columns=columns)

    def themes_over_time(self, dates: Any = None, *, freq: str = "Y") -> Any:
        """Measures per theme per period: rows are periods, columns are themes.

        Parameters
        ----------
        dates
            One date per fitted measure (strings or datetimes); default: the ``date`` of
            each measure's document (``record.meta["date"]`` / the ``date`` column).
            Measures without a date are left out.
        freq
            A pandas period frequency: ``"Y"``, ``"Q"``, ``"M"`` …

        Examples
        --------
        >>> model = ThemeModel(n_themes=2, random_state=0).fit(
        ...     [["人才", "引进"], ["人才", "培养"], ["园区", "建设"], ["园区", "用地"]])
        >>> model.themes_over_time(["2023-05-01", "2024-01-01", "2024-02-01", None]).to_dict()
        {0: {'2023': 1, '2024': 1}, 1: {'2023': 0, '2024': 1}}
        """
        import pandas as pd

        check_is_fitted(self, "labels_")
        if dates is None:
            dates = self.measures_["date"]
            if dates.isna().all():
                raise ValueError(
                    "the fitted measures carry no dates: pass dates=[...] (one per measure) or "
                    "fit on records whose meta['date'] is set"
                )
        dates = list(dates)
        if len(dates) != len(self.labels_):
            raise ValueError(f"got {len(dates)} dates for {len(self.labels_)} measures")
        when = pd.to_datetime(pd.Series(dates, dtype=object), errors="coerce")
        periods = when.dt.to_period(freq).astype(str)
        keep = when.notna().to_numpy()
        table = pd.crosstab(
            pd.Series(periods[keep].to_numpy(), name="period"),
            pd.Series(self.labels_[keep], name="theme"),
        )
        table = table.reindex(columns=range(self.n_themes_), fill_value=0)
        table.columns.name = "theme"
        return table


def assign_themes(records: Iterable[Any], model: ThemeModel) -> None:
    """Write a fitted model's theme of every measure into the records (``measure["theme"]``).

    The order is that of :func:`measures_table`, which the model was fitted on.
    """
    check_is_fitted(model, "labels_")
    records = list(records)
    n = sum(len(r.measures) for r in records)
    if n != len(model.labels_):
        raise ValueError(
            f"the model was fitted on {len(model.labels_)} measures but the records hold {n}: "
            "fit it on these records first"
        )
    labels = iter(model.labels_)
    for rec in records:
        for m in rec.measures:
            m["theme"] = int(next(labels))
