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

from typing import Any

import numpy
from spacy import displacy
from spacy.attrs import IDX, LENGTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span

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

    Tokens crossing a span edge are split there; the tokens inside a span are merged (as
    ``doc.retokenize()`` would: a merged token's text is the span's text, its trailing space
    that of its last token). The result is a new Doc over the same text, built from the final
    words in one go (spaCy's retokenizer costs more than the rest of the component); it
    carries the old Doc's ``user_data`` (extension values), categories, hooks and context.
    Span groups and sentence starts set before are re-attached by character offsets.
    """
    if not spans:
        return doc
    text = doc_text(doc)
    rows = doc.to_array([IDX, LENGTH, SPACY]).astype("int64")
    starts, ends, space = rows[:, 0], rows[:, 0] + rows[:, 1], rows[:, 2].astype(bool)
    # 1. pieces: a token is cut at every span edge strictly inside its text
    edges = numpy.unique(numpy.asarray([p for span in spans for p in span], dtype="int64"))
    owner = numpy.searchsorted(starts, edges, side="right") - 1
    ok = owner >= 0
    edges, owner = edges[ok], owner[ok]
    cuts = edges[(edges > starts[owner]) & (edges < ends[owner])]
    piece_starts = numpy.sort(numpy.concatenate([starts, cuts]), kind="stable")
    token_of = numpy.searchsorted(starts, piece_starts, side="right") - 1
    # a piece ends where the next piece of its token starts, the last one at the token's end
    # (and only the last keeps the token's trailing space)
    cut_after = numpy.append(token_of[1:] == token_of[:-1], False)
    ps: list[int] = piece_starts.tolist()
    pe: list[int] = numpy.where(
        cut_after, numpy.append(piece_starts[1:], 0), ends[token_of]
    ).tolist()
    psp: list[bool] = (space[token_of] & ~cut_after).tolist()
    # 2. the pieces of a span whose edges fall on piece edges become one token
    n = len(ps)
    start_of = {st: k for k, st in enumerate(ps)}
    end_of = {e: k for k, e in enumerate(pe)}
    merge_to = list(range(n))  # piece -> the last piece of its token
    merged = False
    for s, e in spans:
        first, last = start_of.get(s), end_of.get(e)
        if first is not None and last is not None and last > first:
            merge_to[first : last + 1] = [last] * (last + 1 - first)
            merged = True
    if not merged and not len(cuts):
        return doc  # every span is one token already
    words: list[str] = []
    spaces: list[bool] = []
    k = 0
    while k < n:
        last = merge_to[k]
        words.append(text[ps[k] : pe[last]])
        spaces.append(psp[last])
        k = last + 1
    new = Doc(doc.vocab, words=words, spaces=spaces)
    new.user_data = doc.user_data
    new.cats = doc.cats
    new.user_hooks = doc.user_hooks
    new.user_token_hooks = doc.user_token_hooks
    new.user_span_hooks = doc.user_span_hooks
    new.has_unknown_spaces = doc.has_unknown_spaces
    new._context = doc._context
    index = TokenIndex(new)
    for name, group in doc.spans.items():
        new.spans[name] = [
            sp
            for sp in (
                index.span(g.start_char, g.end_char, label=g.label_, kb_id=g.kb_id_) for g in group
            )
            if sp is not None
        ]
    if doc.has_annotation("SENT_START"):
        sent_starts = sent_start_chars(doc)
        set_sent_starts(new, (i for i, idx in enumerate(index.starts) if idx in sent_starts))
    return new


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
