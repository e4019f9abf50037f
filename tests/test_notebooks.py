from __future__ import annotations

import re
from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_runs_top_to_bottom(path, model_dir):
    nbformat = pytest.importorskip("nbformat", reason="notebook tests need the dev extras")
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    NotebookClient(
        nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    ).execute()
    errors = [
        out
        for cell in nb.cells
        if cell.cell_type == "code"
        for out in cell.get("outputs", [])
        if out.get("output_type") == "error"
    ]
    assert not errors
    # Python warnings (UserWarning, TqdmWarning …) printed by a cell are failures too.
    warned = [
        out["text"]
        for cell in nb.cells
        if cell.cell_type == "code"
        for out in cell.get("outputs", [])
        if out.get("output_type") == "stream"
        and out.get("name") == "stderr"
        and re.search(r"\w+Warning: ", out["text"])
    ]
    assert not warned, warned
    assert all(cell.get("execution_count") for cell in nb.cells if cell.cell_type == "code")
