"""``policy_measures``: policy measures with actors, roles, status, path, programs and quantities.

A thin spaCy wrapper over :func:`policytext.measures.find_measures`, placed after
``policy_entities`` (it reads ``doc._.structure``, ``doc.ents`` and
``doc.spans["actor_groups"]``). Results go on ``doc.spans["measures"]`` (label = the
instrument type, or ``measure`` when instruments are not classified) and ``Doc._.measures``
(the record dicts of ``docs/schema.md``, offsets into ``doc.text``).
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..measures import MeasureLexicons, find_measures, load_measure_lexicons

MEASURES = "measures"


def _register_extensions() -> None:
    if not Doc.has_extension("measures"):
        Doc.set_extension("measures", default=None)
    if not Doc.has_extension("structure"):
        Doc.set_extension("structure", default=None)
    if not Doc.has_extension("policy_meta"):
        Doc.set_extension("policy_meta", default=None)


class PolicyMeasures:
    """Find measures with :func:`~policytext.measures.find_measures` and put them on the Doc.

    Parameters
    ----------
    lexicon_files
        Extra measure lexicon files (``[action_verbs]``, ``[contains]``, ``[target_before]`` …
        sections), added to the bundled ``data/measure_*.txt``; their contents are stored with
        the pipeline (``to_disk``), so a saved pipeline needs no outside path.
    classify
        Classify each measure's policy instrument (``policytext.instruments``) when available.
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "policy_measures",
        *,
        lexicon_files: list[str] | None = None,
        classify: bool = True,
    ) -> None:
        self.name = name
        self.lexicon_files = list(lexicon_files or [])
        self.classify = classify
        self._extra: dict[str, str] = {}
        self._lexicons: MeasureLexicons | None = None
        _register_extensions()

    def initialize(self, get_examples: Any = None, *, nlp: Language | None = None) -> None:
        from pathlib import Path

        self._extra = {
            Path(f).name: Path(f).read_text(encoding="utf-8-sig") for f in self.lexicon_files
        }
        self._lexicons = None

    @property
    def lexicons(self) -> MeasureLexicons | None:
        if self.lexicon_files and not self._extra:
            self.initialize()
        if not self._extra:
            return None
        if self._lexicons is None:
            import tempfile
            from pathlib import Path

            with tempfile.TemporaryDirectory() as tmp:
                paths = []
                for fname, content in self._extra.items():
                    p = Path(tmp) / fname
                    p.write_text(content, encoding="utf-8")
                    paths.append(p)
                self._lexicons = load_measure_lexicons(*paths)
        return self._lexicons

    def to_disk(self, path: Any, *, exclude: Any = ()) -> None:
        from pathlib import Path

        import srsly

        p = Path(path)
        p.mkdir(parents=True, exist_ok=True)
        srsly.write_json(p / "lexicons.json", self._extra)

    def from_disk(self, path: Any, *, exclude: Any = ()) -> PolicyMeasures:
        from pathlib import Path

        import srsly

        f = Path(path) / "lexicons.json"
        if f.is_file():
            self._extra = dict(srsly.read_json(f))
            self.lexicon_files = []
            self._lexicons = None
        return self

    def to_bytes(self, *, exclude: Any = ()) -> bytes:
        import srsly

        return bytes(srsly.msgpack_dumps(self._extra))

    def from_bytes(self, data: bytes, *, exclude: Any = ()) -> PolicyMeasures:
        import srsly

        self._extra = dict(srsly.msgpack_loads(data))
        self.lexicon_files = []
        self._lexicons = None
        return self

    def __call__(self, doc: Doc) -> Doc:
        structure = _structure(doc)
        entities = [_mention_dict(e) for e in doc.ents]
        groups = [_mention_dict(g) for g in doc.spans.get("actor_groups", [])]
        meta = dict(doc._.policy_meta or getattr(structure, "meta", {}) or {})
        measures = find_measures(
            doc.text,
            structure,
            entities,
            groups,
            meta,
            lexicons=self.lexicons,
            classify=self.classify,
        )
        spans: list[Span] = []
        for m in measures:
            label = (m.get("instrument") or {}).get("type") or "measure"
            span = doc.char_span(m["start"], m["end"], label=label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[MEASURES] = spans
        doc._.measures = measures
        return doc


def _mention_dict(span: Span) -> dict[str, Any]:
    canonical = span._.canonical if span.has_extension("canonical") else None
    return {
        "start": span.start_char,
        "end": span.end_char,
        "label": span.label_,
        "text": span.text,
        "canonical": canonical,
        "id": span.kb_id_ or None,
    }


def _structure(doc: Doc) -> Any:
    from ..analysis import structure_from_dict
    from ..structure import parse_structure

    data = doc._.structure
    if data is not None:
        try:
            return structure_from_dict(data)
        except (KeyError, TypeError):
            pass
    return parse_structure(doc.text)


@Language.factory(
    "policy_measures",
    default_config={"lexicon_files": [], "classify": True},
    assigns=["doc.spans", "doc._.measures"],
    requires=["doc.ents"],
)
def make_measures_component(
    nlp: Language, name: str, lexicon_files: list[str], classify: bool
) -> PolicyMeasures:
    return PolicyMeasures(nlp, name, lexicon_files=lexicon_files, classify=classify)
