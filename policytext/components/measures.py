"""``policy_measures``: policy measures with actors, roles, status, path, programs and quantities.

A thin spaCy wrapper over :func:`policytext.measures.find_measures`, placed after
``policy_entities`` (it reads ``doc._.structure``, ``doc.ents`` and
``doc.spans["actor_groups"]``). Results go on ``doc.spans["measures"]`` (label = the
instrument type, or ``measure`` when instruments are not classified) and ``Doc._.measures``
(the record dicts of ``docs/schema.md``, offsets into ``doc.text``).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..instrument_model import DEFAULT_CLASSIFIER, check_classifier
from ..measure_model import DEFAULT_DETECTION, check_detection
from ..measures import MeasureLexicons, find_measures, load_measure_lexicons
from ._lexicon_files import LexiconFilesMixin
from ._spans import TokenIndex, mention_dict
from ._text import doc_text

MEASURES = "measures"


def _register_extensions() -> None:
    if not Doc.has_extension("measures"):
        Doc.set_extension("measures", default=None)
    if not Doc.has_extension("structure"):
        Doc.set_extension("structure", default=None)
    if not Doc.has_extension("policy_meta"):
        Doc.set_extension("policy_meta", default=None)


class PolicyMeasures(LexiconFilesMixin[MeasureLexicons]):
    """Find measures with :func:`~policytext.measures.find_measures` and put them on the Doc.

    Parameters
    ----------
    lexicon_files
        Extra measure lexicon files (``[action_verbs]``, ``[contains]``, ``[target_before]`` …
        sections), added to the bundled ``data/measure_*.txt``; their contents are stored with
        the pipeline (``to_disk``), so a saved pipeline needs no outside path.
    classify
        Classify each measure's policy instrument.
    instruments
        How: ``"combined"`` (default: the keyword scheme and the learned classifier, equal
        weight), ``"keywords"`` (the scheme alone, :mod:`policytext.instruments`) or
        ``"learned"`` (the classifier alone, :mod:`policytext.instrument_model`).
    instrument_model
        A model folder written by ``InstrumentModel.to_disk`` (say, fitted on your own coding)
        to use instead of the bundled one; saved inside the pipeline by ``to_disk``.
    detection
        ``"combined"`` (default: the rules, overruled by the learned detector of
        :mod:`policytext.measure_model` where it is nearly sure) or ``"rules"``.
    measure_model
        A model folder written by ``MeasureModel.to_disk`` to use instead of the bundled one;
        saved inside the pipeline by ``to_disk``.
    """

    _load_lexicons = staticmethod(load_measure_lexicons)

    def __init__(
        self,
        nlp: Language,
        name: str = "policy_measures",
        *,
        lexicon_files: list[str] | None = None,
        classify: bool = True,
        instruments: str = DEFAULT_CLASSIFIER,
        instrument_model: str | None = None,
        detection: str = DEFAULT_DETECTION,
        measure_model: str | None = None,
    ) -> None:
        check_classifier(instruments, instrument_model)  # fails when the pipeline is made
        check_detection(detection, measure_model)
        self.name = name
        self._init_lexicon_files(lexicon_files)
        self.classify = classify
        self.instruments = instruments
        self.instrument_model = instrument_model
        self.detection = detection
        self.measure_model = measure_model
        # built on first use: a saved pipeline's from_disk points it at the copy it carries
        self._classifier: Any = None
        _register_extensions()

    @property
    def classifier(self) -> Any:
        """The ``(text, context) -> Instrument`` function the component classifies with."""
        from ..instrument_model import instrument_classifier

        if self._classifier is None:
            self._classifier = instrument_classifier(self.instruments, model=self.instrument_model)
        return self._classifier

    @property
    def detector(self) -> Any:
        """The :class:`~policytext.measure_model.MeasureModel` that may overrule the detection
        rules, or ``None`` with ``detection="rules"``."""
        from ..measure_model import load_measure_model

        if self.detection == "rules":
            return None
        return load_measure_model(self.measure_model)

    def __call__(self, doc: Doc) -> Doc:
        structure = _structure(doc)
        text = doc_text(doc)
        entities = [mention_dict(e, text) for e in doc.ents]
        groups = [mention_dict(g, text) for g in doc.spans.get("actor_groups", [])]
        meta = dict(doc._.policy_meta or getattr(structure, "meta", {}) or {})
        measures = find_measures(
            text,
            structure,
            entities,
            groups,
            meta,
            lexicons=self.lexicons,
            classify=self.classifier if self.classify else False,
            detector=self.detector,
        )
        spans: list[Span] = []
        index = TokenIndex(doc)
        for m in measures:
            label = (m.get("instrument") or {}).get("type") or "measure"
            span = index.span(m["start"], m["end"], label=label)
            if span is not None:
                spans.append(span)
        doc.spans[MEASURES] = spans
        doc._.measures = measures
        return doc

    def to_disk(self, path: Any, *, exclude: Any = ()) -> None:
        super().to_disk(path, exclude=exclude)
        for name in _MODEL_FOLDERS:
            source, target = getattr(self, name), Path(path) / name
            if source is not None and Path(source).resolve() == target.resolve():
                continue  # saved where it was loaded from: its copy is there already
            if target.exists():
                shutil.rmtree(target)  # an earlier save's copy must not outlive its model
            if source is not None:
                shutil.copytree(source, target)

    def from_disk(self, path: Any, *, exclude: Any = ()) -> Any:
        super().from_disk(path, exclude=exclude)
        for name in _MODEL_FOLDERS:
            saved = Path(path) / name
            if saved.is_dir():  # the copy inside the pipeline, not the original outside path
                setattr(self, name, str(saved))
        self._classifier = None
        return self


_MODEL_FOLDERS = ("instrument_model", "measure_model")  # user models a pipeline carries


def _structure(doc: Doc) -> Any:
    from ..analysis import structure_from_dict
    from ..structure import parse_structure

    data = doc._.structure
    if data is not None:
        try:
            return structure_from_dict(data)
        except (KeyError, TypeError):
            pass
    return parse_structure(doc_text(doc))


@Language.factory(
    "policy_measures",
    default_config={
        "lexicon_files": [],
        "classify": True,
        "instruments": DEFAULT_CLASSIFIER,
        "instrument_model": None,
        "detection": DEFAULT_DETECTION,
        "measure_model": None,
    },
    assigns=["doc.spans", "doc._.measures"],
    requires=["doc.ents"],
)
def make_measures_component(
    nlp: Language,
    name: str,
    lexicon_files: list[str],
    classify: bool,
    instruments: str,
    instrument_model: str | None,
    detection: str,
    measure_model: str | None,
) -> PolicyMeasures:
    return PolicyMeasures(
        nlp,
        name,
        lexicon_files=lexicon_files,
        classify=classify,
        instruments=instruments,
        instrument_model=instrument_model,
        detection=detection,
        measure_model=measure_model,
    )
