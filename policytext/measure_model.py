"""A learned second opinion on which sentences are measures.

The detection rules (:func:`policytext.measures.is_measure` and the structure checks around it)
were written while reading errors in the project's own documents, and on documents of other
provinces they miss some measures and take some statements for measures. :class:`MeasureModel`
reads the whole sentence instead: character 1–3-gram TF-IDF over the sentence marked at its
start and end (``^一、`` and ``。$`` are features), and a logistic regression fitted on the
sentences of gold documents, measures against everything else.

``detection="combined"`` (the default of the ``policy_measures`` component) lets the model
overrule the rules only where it is nearly sure: a sentence the rules take is dropped when the
model gives it a probability below :data:`DROP_BELOW`, and one in which they found nothing either
way is taken when it gives more than :data:`ADD_ABOVE`. What a rule excludes (a topic heading,
a named project heading, the document's own making, a description), table rows and the
structural exclusions (header, signature, background and criteria sections, a document's
title) stay with the rules. ``detection="rules"`` turns the model off.

How the thresholds were chosen (``benchmarks/detection_learned.py`` prints it): on the
sentences of the project's 85 blind held-out documents, a pair picked on one half of the
documents raised detection F1 on the other half (.920 → .931 and .911 → .915); the round pair
0.1 / 0.9 lies between the two picks. On the documents the rules were written from, the model
has little to add.

The bundled model (``policytext/data/measure_model/``) was fitted on the project's tuning gold
(``corpora/gold/tuning/`` with ``corpora/tuning/``) by ``python -m policytext.measure_model``;
it is stored as plain arrays with a recorded SHA-256 (see :mod:`policytext._char_model`).

Examples
--------
>>> model = load_measure_model()
>>> p = model.measure_probability(["支持企业建设研发中心。", "感谢您对我市工作的关心和支持！"])
>>> bool(p[0] > 0.5), bool(p[1] < 0.1)
(True, True)
"""

from __future__ import annotations

import json
import os
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

__all__ = [
    "ADD_ABOVE",
    "BUNDLED_MODEL",
    "DEFAULT_DETECTION",
    "DETECTIONS",
    "DROP_BELOW",
    "MeasureModel",
    "ModelFileError",
    "check_detection",
    "describe_detection",
    "gold_sentences",
    "load_measure_model",
    "train_measure_model",
]

PathLike = str | os.PathLike[str]

BUNDLED_MODEL = "measure_model"  # folder under policytext/data
DETECTIONS = ("combined", "rules")
DEFAULT_DETECTION = "combined"
DROP_BELOW = 0.10
"""A sentence the rules take is no measure when the model gives it less than this."""
ADD_ABOVE = 0.90
"""A sentence the rules reject is a measure when the model gives it more than this."""

MEASURE, OTHER = "measure", "other"


class MeasureModel(CharNgramClassifier):
    """Character n-gram TF-IDF + logistic regression: is a sentence a measure?

    Parameters are those of :class:`policytext._char_model.CharNgramClassifier`; the classes
    are ``"measure"`` and ``"other"``.

    Examples
    --------
    >>> m = MeasureModel.fit(["支持企业发展。", "鼓励企业创新。", "感谢您的来信。", "此复。"],
    ...                      [True, True, False, False], min_df=1)
    >>> m.classes_
    ['measure', 'other']
    >>> bool(m.measure_probability(["支持企业创新。"])[0] > 0.5)
    True
    """

    FORMAT = "policytext-measure-model/1"
    KIND = "measure detection"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if sorted(self.classes_) != [MEASURE, OTHER]:
            raise ModelFileError(
                f"a measure model has classes {[MEASURE, OTHER]}, not {self.classes_}"
            )

    @staticmethod
    def marked(text: str) -> str:
        """The text the model reads: whitespace removed, start and end marked (``^…$``)."""
        return "^" + "".join(text.split()) + "$"

    @classmethod
    def fit(
        cls,
        texts: Sequence[str],
        is_measure: Sequence[bool],
        *,
        C: float = 10.0,
        min_df: int = 2,
        ngram_range: tuple[int, int] = (1, 3),
        meta: dict[str, Any] | None = None,
    ) -> MeasureModel:
        """Fit on sentences and whether each is a measure (deterministic: lbfgs, no sampling).

        Raises
        ------
        ValueError
            When the lengths differ or only one kind of sentence is given.
        """
        if len(texts) != len(is_measure):
            raise ValueError(f"{len(texts)} texts but {len(is_measure)} labels")
        labels = [MEASURE if y else OTHER for y in is_measure]
        if len(set(labels)) < 2:
            raise ValueError("need both measures and other sentences to fit a detector")
        vocabulary, idf, coef, intercept, classes = cls._fit_arrays(
            [cls.marked(t) for t in texts], labels, C=C, min_df=min_df, ngram_range=ngram_range
        )
        info = {
            "C": C,
            "min_df": min_df,
            "n_sentences": len(texts),
            "n_measures": int(sum(bool(y) for y in is_measure)),
            **(meta or {}),
        }
        return cls(vocabulary, idf, coef, intercept, classes, ngram_range=ngram_range, meta=info)

    def measure_probability(self, texts: Sequence[str]) -> np.ndarray:
        """The probability that each sentence is a measure."""
        if not len(texts):
            return np.zeros(0)
        p = self.predict_proba([self.marked(t) for t in texts])
        return p[:, self.classes_.index(MEASURE)]


def load_measure_model(path: PathLike | None = None) -> MeasureModel:
    """The bundled detector, or the model folder at ``path`` (cached per folder)."""
    return load_model(MeasureModel, path, BUNDLED_MODEL)


def check_detection(kind: str, model: object = None) -> None:
    """Raise ``ValueError`` unless ``kind`` is one of :data:`DETECTIONS` and a ``model`` is
    given only with ``"combined"``."""
    if kind not in DETECTIONS:
        raise ValueError(f"unknown measure detection {kind!r}: choose one of {DETECTIONS}")
    if kind == "rules" and model is not None:
        raise ValueError("a measure model needs detection='combined'")


def describe_detection(
    kind: str = DEFAULT_DETECTION, model: PathLike | None = None
) -> dict[str, Any]:
    """Provenance of the detection for records and cache keys.

    >>> describe_detection("rules")
    {'detection': 'rules'}
    >>> len(describe_detection()["model_sha256"])
    64
    """
    if kind == "rules":
        return {"detection": kind}
    return {
        "detection": kind,
        "model_sha256": manifest_sha256(model_folder(model, BUNDLED_MODEL)),
        "drop_below": DROP_BELOW,
        "add_above": ADD_ABOVE,
    }


def gold_sentences(gold_dir: PathLike, docs_dirs: Sequence[PathLike]) -> list[dict[str, Any]]:
    """Every sentence of the gold documents, as the scoring contract splits them
    (GUIDELINES.md section 6), with ``doc``, ``text`` and ``measure`` (gold measure spans
    cover at least half of it).

    The documents are found by file name in ``docs_dirs`` (as ``policytext evaluate`` does).
    """
    from .evaluate import find_documents, gold_files, half_covered
    from .io import read_document
    from .normalization import fold_punctuation
    from .structure import sentence_spans

    out: list[dict[str, Any]] = []
    paths = find_documents(gold_dir, docs_dirs)
    for gold_path, doc_path in zip(gold_files(gold_dir), paths, strict=True):
        data = json.loads(gold_path.read_text(encoding="utf-8"))
        spans = [(int(m["start"]), int(m["end"])) for m in data.get("measures", [])]
        # the detector reads sentences as the rules do: ASCII punctuation touching Chinese
        # folded to full width (same length, so the gold offsets still hold)
        raw = fold_punctuation(read_document(doc_path).text)
        for sent in sentence_spans(raw):
            measure = half_covered(spans, sent.start, sent.end)
            out.append({"doc": gold_path.stem, "text": sent.text, "measure": measure})
    return out


def train_measure_model(
    gold_dirs: Iterable[PathLike], docs_dirs: Sequence[PathLike], **params: Any
) -> MeasureModel:
    """Fit a :class:`MeasureModel` on the sentences of the gold documents of one or more gold
    folders (their documents found in ``docs_dirs``); ``params`` go to :meth:`MeasureModel.fit`."""
    folders = [Path(d) for d in gold_dirs]
    rows = [r for d in folders for r in gold_sentences(d, docs_dirs)]
    if not rows:
        raise ValueError(f"no gold sentences in {[str(f) for f in folders]}")
    meta = {"gold": [f.name for f in folders], "n_documents": len({r["doc"] for r in rows})}
    return MeasureModel.fit(
        [r["text"] for r in rows], [r["measure"] for r in rows], meta=meta, **params
    )


def main(argv: Sequence[str] | None = None) -> None:
    """Refit the bundled model: ``python -m policytext.measure_model [GOLD_DIR ...] [--docs DIR]
    [-o DIR]``."""
    import argparse

    root = Path(__file__).resolve().parents[1]
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("gold", nargs="*", default=[root / "corpora" / "gold" / "tuning"])
    parser.add_argument("--docs", action="append", default=None)
    parser.add_argument("-o", "--out", default=Path(__file__).parent / "data" / BUNDLED_MODEL)
    args = parser.parse_args(argv)
    model = train_measure_model(args.gold, args.docs or [root / "corpora" / "tuning"])
    out = model.to_disk(args.out)
    print(
        f"fitted on {model.meta['n_sentences']} sentences ({model.meta['n_measures']} measures)"
        f" of {model.meta['n_documents']} documents; wrote {out}"
    )


if __name__ == "__main__":
    main()
