"""The project's own gold annotations stay valid against the documents as policytext reads them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parents[1] / "corpora" / "gold"


@pytest.mark.parametrize("folder", ["demo", "heldout", "heldout_second", "tuning"])
def test_gold_spans_match_their_documents(folder):
    # the demo corpus has its own, stricter checker; real-document sets share one
    if folder == "demo":
        cmd = [sys.executable, str(GOLD / "demo" / "check_gold.py")]
    else:
        cmd = [sys.executable, str(GOLD / "check_real_gold.py"), folder]
    out = subprocess.run(cmd, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert len(list((GOLD / folder).glob("*.json"))) >= 2


def _agreement():
    import importlib.util

    spec = importlib.util.spec_from_file_location("agreement", GOLD / "agreement.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_a_coder_agrees_with_itself_and_the_second_coder_is_scored(capsys):
    agreement = _agreement()
    # the conversion of gold to records is lossless: the first coder scores 1.0 against itself
    own = agreement.coder_records(agreement.FIRST, agreement.DOCS)[:6]
    row = agreement.agreement_row("first coder", own, agreement.FIRST)
    assert row["detection"] == row["type"] == row["subtype"] == row["lead"] == 1.0
    assert row["ORG"].startswith("1.000")
    assert agreement.main([]) == 0
    out = capsys.readouterr().out
    assert "second coder" in out and "detection" in out
