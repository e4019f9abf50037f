"""The project's own gold annotations stay valid against the documents as policytext reads them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parents[1] / "corpora" / "gold"


@pytest.mark.parametrize("folder", ["demo", "heldout", "tuning"])
def test_gold_spans_match_their_documents(folder):
    # the demo corpus has its own, stricter checker; real-document sets share one
    if folder == "demo":
        cmd = [sys.executable, str(GOLD / "demo" / "check_gold.py")]
    else:
        cmd = [sys.executable, str(GOLD / "check_real_gold.py"), folder]
    out = subprocess.run(cmd, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert len(list((GOLD / folder).glob("*.json"))) >= 2
