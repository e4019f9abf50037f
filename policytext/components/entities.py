"""``policy_entities``: rule-based ORG/FIRM/PROGRAM/PERSON/GPE entities and actor groups.

A thin spaCy wrapper over :func:`policytext.entities.find_entities`. Entity boundaries become
token boundaries: a token that crosses an entity edge is split (a segmentation error never cuts
a name) and the tokens inside an entity are merged into one token. Results go on ``doc.ents``
(``span.kb_id_`` = the alias id, ``span._.canonical`` = the canonical name when
:mod:`policytext.aliases` is available) and ``doc.spans["actor_groups"]``.

Span groups set by earlier components (``headings``, ``sentences`` …) are rebuilt on the new
tokens from their character offsets, and sentence starts are kept.
"""

from __future__ import annotations

import bisect
import itertools
from typing import Any

import numpy
from spacy import displacy
from spacy.attrs import IDX, LENGTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..entities import ENTITY_LABELS, EntityLexicons, Mention, find_entities, load_entity_lexicons
from ._lexicon_files import LexiconFilesMixin
from ._sents import sent_start_chars, set_sent_starts
from ._spans import TokenIndex
from ._text import doc_text

ACTOR_GROUPS = "actor_groups"

# One colour per label for displacy (style="ent").
DISPLACY_COLORS: dict[str, str] = {
    "ORG": "#7aecec",
    "FIRM": "#feca74",
    "PROGRAM": "#c887fb",
    "PERSON": "#aa9cfc",
    "GPE": "#bfeeb7",
    "ACTOR_GROUP": "#e4e7d2",
}


def _register_extensions() -> None:
    if not Span.has_extension("canonical"):
        Span.set_extension("canonical", default=None)
    if not Doc.has_extension("structure"):
        Doc.set_extension("structure", default=None)


class PolicyEntities(LexiconFilesMixin[EntityLexicons]):
    """Find entities with :func:`~policytext.entities.find_entities` and put them on the Doc.

    Parameters
    ----------
    lexicon_files
        Extra entity lexicon files (``[ORG]``/``[FIRM]``/``[places]``… sections), added to the
        bundled ``data/entity_*.txt``; their contents are stored with the pipeline
        (``to_disk``), so a saved pipeline needs no outside path.
    resolve_aliases
        Fill ``span._.canonical`` and ``span.kb_id_`` with :mod:`policytext.aliases` when it is
        installed.
    retokenize
        Make entity boundaries token boundaries (split crossing tokens, merge inner ones).
    """

    _load_lexicons = staticmethod(load_entity_lexicons)

    def __init__(
        self,
        nlp: Language,
        name: str = "policy_entities",
        *,
        lexicon_files: list[str] | None = None,
        resolve_aliases: bool = True,
        retokenize: bool = True,
    ) -> None:
        self.name = name
        self._init_lexicon_files(lexicon_files)
        self.resolve_aliases = resolve_aliases
        self.retokenize = retokenize
        _register_extensions()
        # what the rules load lazily (jieba's dictionary for word boundaries, the gazetteer,
        # patterns) is loaded now, with the pipeline, not inside the first document
        find_entities(_WARM_UP, lexicons=self.lexicons)

    # ------------------------------------------------------------------ call
    def __call__(self, doc: Doc) -> Doc:
        structure = _structure(doc)
        text = doc_text(doc)
        ents, groups = find_entities(text, structure=structure, lexicons=self.lexicons)
        if self.resolve_aliases:
            ents = _resolve(text, ents, structure)
        if self.retokenize:
            doc = retokenize_to_mentions(doc, [(m.start, m.end) for m in ents + groups])
        index = TokenIndex(doc)
        pairs = [(sp, m) for sp, m in ((_span(index, m), m) for m in ents) if sp is not None]
        doc.ents = [sp for sp, _ in pairs]
        for sp, m in pairs:
            sp._.canonical = m.canonical
        doc.spans[ACTOR_GROUPS] = [s for s in (_span(index, m) for m in groups) if s is not None]
        return doc


_WARM_UP = "河南省住房和城乡建设厅牵头，郑州市人民政府、中豫建投等单位配合，落实《绿色建材产业链行动方案》。"


def _span(index: TokenIndex, m: Mention) -> Span | None:
    return index.span(m.start, m.end, label=m.label, kb_id=m.id or "")


def _structure(doc: Doc) -> Any:
    data = doc._.structure if Doc.has_extension("structure") else None
    if data is None:
        return None
    from ..analysis import structure_from_dict

    try:
        return structure_from_dict(data)
    except (KeyError, TypeError):
        return None


def _resolve(text: str, ents: list[Mention], structure: Any) -> list[Mention]:
    try:
        from ..aliases import resolve_aliases  # type: ignore[import-not-found,unused-ignore]
    except ImportError:  # alias resolution is another stage; without it entities stay unresolved
        return ents
    meta = dict(getattr(structure, "meta", {}) or {})
    return list(resolve_aliases(text, ents, meta=meta))


def retokenize_to_mentions(doc: Doc, spans: list[tuple[int, int]]) -> Doc:
    """Make every ``(start, end)`` character span exactly one token.

    Tokens crossing a span edge are split there; the tokens inside a span are merged. Span
    groups and sentence starts set before are re-attached by character offsets.
    """
    if not spans:
        return doc
    saved = {
        name: [(s.start_char, s.end_char, s.label_, s.kb_id_) for s in group]
        for name, group in doc.spans.items()
    }
    had_sents = doc.has_annotation("SENT_START")
    sent_starts = sent_start_chars(doc) if had_sents else set()
    cuts = sorted({p for s, e in spans for p in (s, e)})
    # 1. split tokens that an edge falls inside (found on arrays: most tokens are not touched,
    # and a Token object per token would cost more than the split itself)
    rows = doc.to_array([IDX, LENGTH]).astype("int64")
    cut_array = numpy.asarray(cuts, dtype="int64")
    crossed = numpy.nonzero(
        numpy.searchsorted(cut_array, rows[:, 0], side="right")
        < numpy.searchsorted(cut_array, rows[:, 0] + rows[:, 1], side="left")
    )[0].tolist()
    with doc.retokenize() as retok:
        for i in crossed:
            token = doc[i]
            lo = bisect.bisect_right(cuts, token.idx)
            hi = bisect.bisect_left(cuts, token.idx + len(token.text))
            inner = [c - token.idx for c in cuts[lo:hi]]
            bounds = [0, *inner, len(token.text)]
            orths = [token.text[a:b] for a, b in itertools.pairwise(bounds)]
            heads: list[Token | tuple[Token, int]] = [(token, 0)] * len(orths)
            retok.split(token, orths, heads=heads)
    # 2. merge the tokens inside each span
    index = TokenIndex(doc)
    with doc.retokenize() as retok:
        for s, e in spans:
            tokens = index.strict_bounds(s, e)
            if tokens is not None and tokens[1] - tokens[0] > 1:
                retok.merge(doc[tokens[0] : tokens[1]])
    index = TokenIndex(doc)
    for name, items in saved.items():
        doc.spans[name] = [
            sp
            for sp in (index.span(a, b, label=lab, kb_id=kb) for a, b, lab, kb in items)
            if sp is not None
        ]
    if had_sents:
        set_sent_starts(doc, (i for i, idx in enumerate(index.starts) if idx in sent_starts))
    return doc


def render_entities(doc: Doc, **kw: Any) -> str:
    """displacy's entity view with one colour per label (:data:`DISPLACY_COLORS`).

    Keyword arguments go to :func:`spacy.displacy.render` (``jupyter``, ``page`` …); it
    returns the HTML markup.
    """
    options = {"colors": DISPLACY_COLORS, "ents": list(ENTITY_LABELS), **kw.pop("options", {})}
    kw.setdefault("jupyter", False)
    return str(displacy.render(doc, style="ent", options=options, **kw))


@Language.factory(
    "policy_entities",
    default_config={"lexicon_files": [], "resolve_aliases": True, "retokenize": True},
    assigns=["doc.ents", "doc.spans", "token.is_sent_start"],
)
def make_entities_component(
    nlp: Language,
    name: str,
    lexicon_files: list[str],
    resolve_aliases: bool,
    retokenize: bool,
) -> PolicyEntities:
    return PolicyEntities(
        nlp,
        name,
        lexicon_files=lexicon_files,
        resolve_aliases=resolve_aliases,
        retokenize=retokenize,
    )
