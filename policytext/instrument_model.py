"""A learned policy-instrument classifier, stored in a safe format.

The keyword scheme (:mod:`policytext.instruments`) says *why* a measure gets its subtype, and a
user can edit it; a classifier learned from gold measures reads more of the sentence and, on
the project's 85 blind documents, labels more of them right (``benchmarks/instruments_learned.py``).
:class:`InstrumentModel` is that classifier: character 1–3-gram TF-IDF (sublinear term
frequency, l2-normalised) and a multinomial logistic regression over the scheme's subtypes; a
subtype's type comes from the scheme the model was fitted with.

Safe storage
    :meth:`InstrumentModel.to_disk` writes ``model.npz`` (plain numeric and string arrays, read
    with ``allow_pickle=False``) and ``model.json`` (settings, classes, the subtype → type map and
    the SHA-256 of ``model.npz``). :meth:`InstrumentModel.from_disk` refuses a file whose hash
    does not match, so a model handed in by a user is never unpickled and never half-read.

The bundled model (``policytext/data/instrument_model/``) was fitted on the project's own
tuning gold (``corpora/gold/tuning/``) with ``python -m policytext.instrument_model``; the
shared seed, dev and test documents and the blind held-out documents are not in it.

Examples
--------
>>> model = InstrumentModel.fit(
...     ["给予企业奖励资金。", "设立专项资金支持研发。", "对企业给予资金奖励。",
...      "举办产品博览会。", "组织企业参加博览会。", "参加国际展会。"],
...     ["资金投入"] * 3 + ["市场开拓"] * 3)
>>> model.classes_
['市场开拓', '资金投入']
>>> inst = model.classify("参加进口博览会。")
>>> inst.type, inst.subtype, inst.evidence
('demand', '市场开拓', ['博览会', '参加'])
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ._char_model import (
    CharNgramClassifier,
    ModelFileError,
    load_model,
    manifest_sha256,
    model_folder,
)
from .instruments import (
    CLASSIFIERS,
    CONTEXT_WEIGHT,
    DEFAULT_CLASSIFIER,
    Instrument,
    Scheme,
    load_scheme,
)

__all__ = [
    "BUNDLED_MODEL",
    "CLASSIFIERS",
    "DEFAULT_CLASSIFIER",
    "InstrumentModel",
    "ModelFileError",
    "check_classifier",
    "classify_combined",
    "describe_classifier",
    "instrument_classifier",
    "load_instrument_model",
    "train_instrument_model",
]

PathLike = str | os.PathLike[str]

BUNDLED_MODEL = "instrument_model"  # folder under policytext/data
FORMAT = "policytext-instrument-model/1"
_WHITESPACE = re.compile(r"\s\s+")  # scikit-learn's char analyser folds runs of whitespace


class InstrumentModel(CharNgramClassifier):
    """Character n-gram TF-IDF + logistic regression over instrument subtypes.

    Parameters
    ----------
    vocabulary
        The n-grams, in feature order.
    idf
        Their inverse document frequencies.
    coef, intercept
        The logistic regression's weights, one row (and one intercept) per class.
    classes
        The subtypes, in the order of ``coef``'s rows.
    types
        Subtype → type (from the scheme the model was fitted with).
    ngram_range
        Smallest and largest n-gram length.
    meta
        Free-form facts about the fit (training data, settings), kept in ``model.json``.

    Attributes
    ----------
    classes_ : list of str
        The subtypes the model can predict.
    """

    FORMAT = FORMAT
    KIND = "instrument"

    def __init__(
        self,
        vocabulary: Sequence[str],
        idf: np.ndarray,
        coef: np.ndarray,
        intercept: np.ndarray,
        classes: Sequence[str],
        types: dict[str, str],
        *,
        ngram_range: tuple[int, int] = (1, 3),
        meta: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(
            vocabulary, idf, coef, intercept, classes, ngram_range=ngram_range, meta=meta
        )
        self.types = dict(types)
        missing = [c for c in self.classes_ if c not in self.types]
        if missing:
            raise ModelFileError(f"no type for subtypes {missing}")

    # ------------------------------------------------------------------------------- fitting

    @classmethod
    def fit(
        cls,
        texts: Sequence[str],
        subtypes: Sequence[str],
        *,
        scheme: Scheme | None = None,
        C: float = 10.0,
        min_df: int = 2,
        ngram_range: tuple[int, int] = (1, 3),
        meta: dict[str, Any] | None = None,
    ) -> InstrumentModel:
        """Fit on measure texts and their gold subtypes (deterministic: lbfgs, no sampling).

        Raises
        ------
        ValueError
            When the lengths differ, fewer than two subtypes occur, or a subtype is not in
            the scheme.
        """
        if len(texts) != len(subtypes):
            raise ValueError(f"{len(texts)} texts but {len(subtypes)} subtypes")
        scheme = scheme or load_scheme()
        unknown = sorted(set(subtypes) - set(scheme.subtypes))
        if unknown:
            raise ValueError(f"subtypes not in scheme {scheme.name!r}: {unknown}")
        if len(set(subtypes)) < 2:
            raise ValueError("need measures of at least two subtypes to fit a classifier")
        vocabulary, idf, coef, intercept, classes = cls._fit_arrays(
            texts, subtypes, C=C, min_df=min_df, ngram_range=ngram_range
        )
        info = {"C": C, "min_df": min_df, "n_measures": len(texts), **(meta or {})}
        return cls(
            vocabulary,
            idf,
            coef,
            intercept,
            classes,
            {c: scheme.type_of(c) for c in classes},
            ngram_range=ngram_range,
            meta=info,
        )

    # ---------------------------------------------------------------------------- prediction

    def classify(self, text: str, *, context: str = "") -> Instrument:
        """Classify one measure like :func:`policytext.instruments.classify_measure`.

        ``context`` (the item heading) adds its own probabilities at ``CONTEXT_WEIGHT``. The
        evidence is the stretches of the measure whose n-grams pushed hardest towards the
        winning subtype, strongest first; ``score`` is its probability.
        """
        p, row = self._probabilities(text, context)
        best = int(np.argmax(p))
        subtype = self.classes_[best]
        return Instrument(
            type=self.types[subtype],
            subtype=subtype,
            evidence=self._evidence(text, row, best),
            score=round(float(p[best]), 4),
            scores=self._scores(p),
        )

    def _probabilities(self, text: str, context: str) -> tuple[np.ndarray, Any]:
        """The measure's subtype probabilities with its context's mixed in at
        ``CONTEXT_WEIGHT``, and the measure's feature row (for its evidence)."""
        x = self._features([text, context] if context.strip() else [text])
        proba = self._softmax(x)
        p = proba[0] + (CONTEXT_WEIGHT * proba[1] if len(proba) > 1 else 0.0)
        return p / p.sum(), x[0]

    def _scores(self, p: np.ndarray) -> dict[str, float]:
        """Subtype → probability, highest first, the negligible ones left out."""
        return {self.classes_[i]: round(float(p[i]), 4) for i in np.argsort(-p) if p[i] >= 0.005}

    def evidence(self, text: str, subtype: str, *, top: int = 12, limit: int = 5) -> list[str]:
        """Stretches of ``text`` covered by the n-grams (two characters or more) that add most
        to ``subtype``'s score, merged where they touch, strongest first."""
        k = self.classes_.index(subtype)
        return self._evidence(text, self._features([text]), k, top=top, limit=limit)

    def _evidence(self, text: str, row: Any, k: int, *, top: int = 12, limit: int = 5) -> list[str]:
        """:meth:`evidence` from the text's feature row (the vectoriser folds whitespace as
        ``_WHITESPACE`` does, so the row is the folded text's) and the class index ``k``."""
        folded = _WHITESPACE.sub(" ", text)
        weights = row.data * self.coef[k, row.indices]
        ranked = [
            (w, self.vocabulary[j])
            for w, j in sorted(zip(weights, row.indices, strict=True), key=lambda t: -t[0])
            if w > 0 and len(self.vocabulary[j].strip()) >= 2
        ][:top]
        char_weight = np.zeros(len(folded))
        for w, gram in ranked:
            for m in re.finditer(re.escape(gram), folded):
                char_weight[m.start() : m.end()] += w
        runs: list[tuple[float, str]] = []
        start = None
        for i, w in enumerate([*char_weight, 0.0]):
            if w > 0 and start is None:
                start = i
            elif w <= 0 and start is not None:
                surface = folded[start:i].strip(" ，,。；;：:、")
                if len(surface) >= 2:
                    runs.append((float(char_weight[start:i].sum()), surface))
                start = None
        return list(dict.fromkeys(s for _, s in sorted(runs, key=lambda t: -t[0])))[:limit]

    # ------------------------------------------------------------------------------- storage

    def _manifest(self) -> dict[str, Any]:
        return {"types": self.types}

    @classmethod
    def _from_manifest(cls, manifest: dict[str, Any]) -> dict[str, Any]:
        return {"types": manifest["types"]}


def load_instrument_model(path: PathLike | None = None) -> InstrumentModel:
    """The bundled learned classifier, or the model folder at ``path`` (cached per folder).

    >>> load_instrument_model().classify("对获评国家级绿色工厂的企业给予一次性奖励。").subtype
    '资金投入'
    """
    return load_model(InstrumentModel, path, BUNDLED_MODEL)


def classify_combined(
    text: str,
    *,
    context: str = "",
    model: InstrumentModel | None = None,
    scheme: Scheme | None = None,
) -> Instrument:
    """Keywords and the learned model together: the model's probabilities plus the keyword
    scores scaled to sum to one (equal weight). The evidence is the keywords' when they back the
    winner, else the model's.

    >>> classify_combined("鼓励金融机构对中小企业贷款给予贴息。").subtype
    '金融支持'
    """
    from .instruments import classify_measure

    model = model or load_instrument_model()
    keywords = classify_measure(text, scheme=scheme, context=context)
    p, row = model._probabilities(text, context)
    combined = model._scores(p)
    positive = {s: v for s, v in keywords.scores.items() if v > 0}
    total = sum(positive.values())
    for subtype, value in positive.items():
        combined[subtype] = combined.get(subtype, 0.0) + value / total
    subtype = max(combined, key=lambda s: combined[s])
    if subtype == keywords.subtype and keywords.evidence:
        evidence = keywords.evidence
    elif subtype in model.classes_:  # the model's evidence, computed only when it is shown
        evidence = model._evidence(text, row, model.classes_.index(subtype))
    else:
        evidence = []
    ranked = sorted(combined.items(), key=lambda kv: -kv[1])
    return Instrument(
        type=model.types.get(subtype) or (scheme or load_scheme()).type_of(subtype),
        subtype=subtype,
        evidence=evidence,
        score=round(combined[subtype] / 2, 4),
        scores={s: round(v / 2, 4) for s, v in ranked if v >= 0.01},
    )


def check_classifier(kind: str, model: object = None) -> None:
    """Raise ``ValueError`` unless ``kind`` is one of :data:`CLASSIFIERS` and a ``model`` is
    given only for a classifier that uses one."""
    if kind not in CLASSIFIERS:
        raise ValueError(f"unknown instrument classifier {kind!r}: choose one of {CLASSIFIERS}")
    if kind == "keywords" and model is not None:
        raise ValueError("a learned model needs instruments='learned' or 'combined'")


def instrument_classifier(
    kind: str = DEFAULT_CLASSIFIER,
    *,
    model: PathLike | InstrumentModel | None = None,
    scheme: Scheme | None = None,
) -> Any:
    """A function ``(text, context) -> Instrument`` for ``kind`` in :data:`CLASSIFIERS`.

    ``model`` is a model folder (or an :class:`InstrumentModel`) to use instead of the bundled
    one, for ``learned`` and ``combined``; ``scheme`` is the keyword scheme.

    >>> classify = instrument_classifier("learned")
    >>> classify("对首次获评的企业给予一次性奖励50万元。", "").to_dict()
    {'type': 'supply', 'subtype': '资金投入', 'evidence': ['给予一次性奖励50万元']}
    """
    from .instruments import classify_measure

    check_classifier(kind, model)
    if kind == "keywords":
        return lambda text, context="": classify_measure(text, scheme=scheme, context=context)
    learned = model if isinstance(model, InstrumentModel) else load_instrument_model(model)
    if kind == "learned":
        return lambda text, context="": learned.classify(text, context=context)
    return lambda text, context="": classify_combined(
        text, context=context, model=learned, scheme=scheme
    )


def describe_classifier(
    kind: str = DEFAULT_CLASSIFIER, model: PathLike | None = None
) -> dict[str, Any]:
    """Provenance of an instrument classifier for records and cache keys: its kind and, for
    ``learned`` and ``combined``, the SHA-256 of the model's arrays (as recorded and verified).

    >>> describe_classifier("keywords")
    {'classifier': 'keywords'}
    >>> len(describe_classifier()["model_sha256"])
    64
    """
    if kind == "keywords":
        return {"classifier": kind}
    return {"classifier": kind, "model_sha256": manifest_sha256(model_folder(model, BUNDLED_MODEL))}


def train_instrument_model(
    gold_dirs: Iterable[PathLike], *, scheme: Scheme | None = None, **params: Any
) -> InstrumentModel:
    """Fit an :class:`InstrumentModel` on the gold measures of one or more gold folders
    (GUIDELINES.md section 3 format); ``params`` go to :meth:`InstrumentModel.fit`."""
    from .instruments import gold_measures

    folders = [Path(d) for d in gold_dirs]
    measures = [m for d in folders for m in gold_measures(d)]
    if not measures:
        raise ValueError(f"no gold measures with an instrument in {[str(f) for f in folders]}")
    meta = {"gold": [f.name for f in folders], "n_documents": len({m["doc"] for m in measures})}
    return InstrumentModel.fit(
        [m["text"] for m in measures],
        [m["subtype"] for m in measures],
        scheme=scheme,
        meta=meta,
        **params,
    )


def main(argv: Sequence[str] | None = None) -> None:
    """Refit the bundled model: ``python -m policytext.instrument_model [GOLD_DIR ...] [-o DIR]``."""
    import argparse

    root = Path(__file__).resolve().parents[1]
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("gold", nargs="*", default=[root / "corpora" / "gold" / "tuning"])
    parser.add_argument("-o", "--out", default=Path(__file__).parent / "data" / BUNDLED_MODEL)
    args = parser.parse_args(argv)
    model = train_instrument_model(args.gold)
    out = model.to_disk(args.out)
    print(f"fitted on {model.meta['n_measures']} measures; wrote {out}")


if __name__ == "__main__":
    main()
