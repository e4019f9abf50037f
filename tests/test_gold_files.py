"""The project's own gold annotations stay valid against the documents as policytext reads them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parents[1] / "corpora" / "gold"


@pytest.mark.parametrize("folder", ["demo", "heldout", "tuning"])
def test_gold_spans_match_their_documents(folder):
    script = GOLD / folder / "check_gold.py"
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert len(list((GOLD / folder).glob("*.json"))) >= 2
