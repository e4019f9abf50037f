"""spaCy components (registered factories) wrapping policytext's pure functions.

Importing this package registers the factories; installed policytext also exposes them
through the ``spacy_factories`` entry point, so ``nlp.add_pipe("policy_structure")`` works
in any spaCy pipeline.
"""

from .entities import PolicyEntities, make_entities_component
from .measures import PolicyMeasures, make_measures_component
from .structure import PolicyStructure, make_structure_component

__all__ = [
    "PolicyEntities",
    "PolicyMeasures",
    "PolicyStructure",
    "make_entities_component",
    "make_measures_component",
    "make_structure_component",
]
