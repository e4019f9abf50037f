"""policytext: analyse Chinese government policy documents.

The top level is lazy: importing policytext loads neither spaCy nor the pkuseg model.

>>> import policytext
>>> policytext.__version__
'0.1.0'
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "load": "policytext.pipeline",
    "read_document": "policytext.io",
    "read_corpus": "policytext.io",
    "iter_documents": "policytext.io",
    "normalize": "policytext.normalization",
    "repair_reading_order": "policytext.repair",
    "parse_structure": "policytext.structure",
    "analyze": "policytext.analysis",
    "analyze_document": "policytext.analysis",
    "iter_analyze": "policytext.analysis",
    "process": "policytext.streaming",
    "iter_process": "policytext.streaming",
    "RecordCache": "policytext.cache",
    "Record": "policytext.document",
    "read_records": "policytext.document",
    "write_records": "policytext.document",
    "records_frame": "policytext.document",
    "entities_frame": "policytext.document",
    "OffsetMap": "policytext.offsets",
    "find_entities": "policytext.entities",
    "resolve_aliases": "policytext.aliases",
    "link_corpus": "policytext.aliases",
    "load_gazetteer": "policytext.gazetteer",
    "find_measures": "policytext.measures",
    "classify_measure": "policytext.instruments",
    "load_scheme": "policytext.instruments",
    "InstrumentModel": "policytext.instrument_model",
    "instrument_classifier": "policytext.instrument_model",
    "load_instrument_model": "policytext.instrument_model",
    "train_instrument_model": "policytext.instrument_model",
    "MeasureModel": "policytext.measure_model",
    "load_measure_model": "policytext.measure_model",
    "train_measure_model": "policytext.measure_model",
    "ThemeModel": "policytext.themes",
    "measures_table": "policytext.themes",
    "assign_themes": "policytext.themes",
    "build_network": "policytext.network",
    "actor_table": "policytext.network",
    "actor_projection": "policytext.network",
    "export_network": "policytext.network",
    "read_network": "policytext.network",
    "draw_network": "policytext.netviz",
    "report": "policytext.report",
    "score_network": "policytext.evaluate",
    "evaluate_network": "policytext.evaluate",
    "evaluate_entities": "policytext.evaluate",
    "score_entities": "policytext.evaluate",
    "score_measures": "policytext.evaluate",
}

__all__ = [*_EXPORTS, "__version__"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'policytext' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


def __dir__() -> list[str]:
    return sorted(__all__)
