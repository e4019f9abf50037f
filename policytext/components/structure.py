"""``policy_structure``: header fields, headings, enumerations, sentences and clauses on the Doc."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..structure import DocumentStructure, parse_structure, structure_to_dict
from ._sents import set_sent_starts
from ._spans import TokenIndex
from ._text import doc_text

SPAN_GROUPS = ("headings", "sections", "enumerations", "sentences", "clauses", "header_fields")


def _register_extensions() -> None:
    if not Doc.has_extension("policy_meta"):
        Doc.set_extension("policy_meta", default=None)
    if not Doc.has_extension("structure"):
        Doc.set_extension("structure", default=None)


class PolicyStructure:
    """Recover 公文 structure and store it as span groups.

    Sets ``doc.spans`` groups ``headings`` (label ``L1``…``L4``), ``sections``, ``enumerations``
    (label = the marker, e.g. ``一是``), ``sentences``, ``clauses`` and ``header_fields``
    (label = field name), sentence boundaries (``doc.sents``), ``doc._.policy_meta``
    (title, issuers, doc_number, signer, date …) and ``doc._.structure`` (all spans as a dict).
    Span offsets are expanded to token boundaries; the exact character offsets stay in
    ``doc._.structure``.
    """

    def __init__(self, nlp: Language, name: str = "policy_structure", set_sents: bool = True):
        self.name = name
        self.set_sents = set_sents
        _register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        structure = parse_structure(doc_text(doc))
        self.annotate(doc, structure)
        return doc

    def annotate(self, doc: Doc, structure: DocumentStructure) -> None:
        span = TokenIndex(doc).span

        groups: dict[str, list[Span]] = {g: [] for g in SPAN_GROUPS}
        for sec in structure.sections:
            for group, (s, e) in (
                ("headings", (sec.heading_start, sec.heading_end)),
                ("sections", (sec.start, sec.end)),
            ):
                sp = span(s, e, f"L{sec.level}")
                if sp is not None:
                    groups[group].append(sp)
        for en in structure.enumerations:
            if (sp := span(en.start, en.end, en.label)) is not None:
                groups["enumerations"].append(sp)
        for group, items in (("sentences", structure.sentences), ("clauses", structure.clauses)):
            for item in items:
                if (sp := span(item.start, item.end, group[:-1])) is not None:
                    groups[group].append(sp)
        for field, located in structure.fields.items():
            for f in located:
                if (sp := span(f.start, f.end, field)) is not None:
                    groups["header_fields"].append(sp)
        for group, spans in groups.items():
            doc.spans[group] = spans
        if self.set_sents:
            set_sent_starts(doc, (sp.start for sp in groups["sentences"]))
        if doc._.policy_meta:  # set by the caller (a chunk of a longer document): it wins
            structure.meta.update(doc._.policy_meta)
        doc._.policy_meta = dict(structure.meta)
        doc._.structure = structure_to_dict(structure)

    def to_disk(self, path: Any, *, exclude: Any = ()) -> None:  # stateless: config only
        return None

    def from_disk(self, path: Any, *, exclude: Any = ()) -> PolicyStructure:
        return self


@Language.factory(
    "policy_structure",
    default_config={"set_sents": True},
    assigns=["doc.spans", "token.is_sent_start", "doc._.policy_meta", "doc._.structure"],
)
def make_structure_component(nlp: Language, name: str, set_sents: bool) -> PolicyStructure:
    return PolicyStructure(nlp, name, set_sents=set_sents)
