"""Shared driver: run a fuzz target with atheris when installed, else with hypothesis.

Not part of the test suite (pytest collects only ``tests/``). Run from the repository root::

    python fuzz/fuzz_readers.py -max_total_time=600     # atheris (pip install atheris)
    python fuzz/fuzz_structure.py -max_total_time=600
    FUZZ_EXAMPLES=50000 python fuzz/fuzz_readers.py     # no atheris: hypothesis, randomised

A finding is any exception the target does not expect; atheris writes the crashing input
to ``crash-*`` in the current folder, hypothesis prints the minimal failing example.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from typing import Any


def instrumented() -> AbstractContextManager[Any]:
    """Wrap the imports of the code under test: atheris then measures their coverage."""
    try:
        import atheris
    except ImportError:
        return nullcontext()
    return atheris.instrument_imports(include=["policytext"])


def run(target: Callable[[bytes], None]) -> None:
    """Fuzz ``target`` (bytes → None; raises on a finding)."""
    try:
        import atheris
    except ImportError:
        atheris = None
    if atheris is not None and os.environ.get("FUZZ_ENGINE", "atheris") == "atheris":
        atheris.Setup(sys.argv, target)
        atheris.Fuzz()
        return
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    examples = int(os.environ.get("FUZZ_EXAMPLES", "20000"))

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(st.binary(max_size=4096))
    def fuzz(data: bytes) -> None:
        target(data)

    fuzz()
    print(f"{examples} examples, no finding")
