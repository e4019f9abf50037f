from __future__ import annotations

import pandas as pd
from conftest import DEMO

import policytext
from policytext.cli import main as cli_main


def test_themes_command_writes_tables_records_and_figures(nlp, tmp_path):
    records = tmp_path / "records.jsonl"
    policytext.analyze(DEMO, records, nlp=nlp, progress=False)
    n_measures = sum(len(r.measures) for r in policytext.read_records(records))
    assert n_measures > 50

    runs = []
    for name in ("a", "b"):
        out = tmp_path / name
        assert cli_main(["themes", str(records), "-o", str(out), "--n-themes", "8"]) == 0
        runs.append(out)
        for f in ("themes.csv", "measures.csv", "records.jsonl", "theme_sizes.png"):
            assert (out / f).stat().st_size > 0, f
    themes = pd.read_csv(runs[0] / "themes.csv")
    assert len(themes) == 8 and themes["size"].sum() == n_measures
    table = pd.read_csv(runs[0] / "measures.csv")
    assert len(table) == n_measures and table["theme"].between(0, 7).all()
    themed = policytext.read_records(runs[0] / "records.jsonl")
    assert all(m["theme"] is not None for r in themed for m in r.measures)
    # same random_state → identical themes
    assert (runs[0] / "themes.csv").read_text(encoding="utf-8-sig") == (
        runs[1] / "themes.csv"
    ).read_text(encoding="utf-8-sig")


def test_themes_command_without_measures_is_a_clear_error(tmp_path, capsys):
    rec = policytext.Record(id="x", source="x.txt", text="非常感谢。")
    path = tmp_path / "r.jsonl"
    policytext.write_records([rec], path)
    assert cli_main(["themes", str(path), "-o", str(tmp_path / "o")]) == 2
    assert "no measures" in capsys.readouterr().err
