"""Every data file the code reads is declared as package data, so a wheel install has it."""

from __future__ import annotations

import configparser
import fnmatch
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_every_data_file_is_packaged():
    cfg = configparser.ConfigParser()
    cfg.read(REPO / "setup.cfg", encoding="utf-8")
    patterns = [p.strip() for p in cfg["options.package_data"]["policytext.data"].split(",")]
    data = REPO / "policytext" / "data"
    files = [p.relative_to(data).as_posix() for p in data.rglob("*") if p.is_file()]
    assert "instrument_model/model.npz" in files
    missing = [f for f in files if not any(fnmatch.fnmatch(f, pat) for pat in patterns)]
    assert not missing, f"add these to [options.package_data] policytext.data: {missing}"


def test_every_top_level_export_resolves():
    import policytext

    for name in policytext.__all__:
        assert getattr(policytext, name) is not None, name
