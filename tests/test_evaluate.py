"""The entity evaluation harness (policytext.evaluate) and ``policytext evaluate``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SHARED, shared_path

from policytext.evaluate import (
    SPLITS,
    evaluate_entities,
    find_documents,
    gold_files,
    normalize_surface,
    score_entities,
)


def write_gold(folder: Path, name: str, entities: list[list]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    data = {"file": f"{name}.txt", "entities": entities, "measures": []}
    (folder / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def row(df, label: str) -> dict:
    return df[df["label"] == label].iloc[0].to_dict()


def test_exact_and_partial_scores_on_a_hand_made_pair(tmp_path: Path):
    gold = tmp_path / "gold"
    write_gold(
        gold,
        "doc",
        [
            [0, 2, "ORG", "省委"],
            [2, 5, "ORG", "省政府"],
            [9, 12, "ORG", "省政府"],
            [5, 14, "PROGRAM", "绿色建材下乡活动"],
            [20, 22, "GPE", "河南"],
        ],
    )
    record = {
        "id": "doc",
        "source": "in/doc.txt",
        "entities": [
            {"label": "ORG", "text": "省委"},
            {"label": "ORG", "text": "省 政府"},  # whitespace is removed before comparing
            {"label": "ORG", "text": "省工信厅"},
            {"label": "PROGRAM", "text": "绿色建材下乡"},  # partial only
            {"label": "GPE", "text": "河南"},
            {"label": "PERSON", "text": "张三"},
        ],
    }
    df = score_entities([record], gold)
    assert list(df["label"]) == ["ORG", "FIRM", "PROGRAM", "PERSON", "GPE", "ALL"]
    org = row(df, "ORG")
    assert (org["tp"], org["predicted"], org["gold"]) == (2, 3, 3)  # 省政府 counted once
    assert org["precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert org["f1"] == pytest.approx(2 / 3, abs=1e-4)
    prog = row(df, "PROGRAM")
    assert (prog["tp"], prog["f1"]) == (0, 0.0)
    assert prog["partial_precision"] == 1.0 and prog["partial_recall"] == 1.0
    person = row(df, "PERSON")
    assert (person["predicted"], person["gold"], person["precision"]) == (1, 0, 0.0)
    total = row(df, "ALL")
    assert (total["tp"], total["predicted"], total["gold"]) == (3, 6, 5)
    # micro-average over documents: a second document adds its counts
    write_gold(gold, "doc2", [[0, 2, "GPE", "郑州"]])
    df2 = score_entities([record, {"id": "doc2", "entities": []}], gold)
    assert row(df2, "GPE")["gold"] == 2 and row(df2, "GPE")["tp"] == 1
    by_doc = score_entities([record], gold, by_doc=True)
    assert set(by_doc["doc"]) == {"doc", "ALL"}  # doc2 has no record: not scored


def test_nfkc_and_whitespace():
    assert normalize_surface("（2023-2025年） ") == "(2023-2025年)"
    assert normalize_surface("ＡＢ\u3000C") == "ABC"


def test_splits_and_errors(tmp_path: Path):
    gold = tmp_path / "gold"
    for name in ("000_c93ac4ef4cd0a078", "01_a", "09_b", "12_c", "other"):
        write_gold(gold, name, [])
    assert [p.stem for p in gold_files(gold, "dev")] == ["000_c93ac4ef4cd0a078", "01_a"]
    assert [p.stem for p in gold_files(gold, "test")] == ["09_b", "12_c"]
    assert len(gold_files(gold, "all")) == 5
    assert set(SPLITS) == {"dev", "test"}
    with pytest.raises(ValueError, match="split"):
        gold_files(gold, "train")
    with pytest.raises(FileNotFoundError, match="gold folder"):
        gold_files(tmp_path / "nope")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "01_a.txt").write_text("省委", encoding="utf-8")
    (docs / "09_b.txt").write_text("省委", encoding="utf-8")
    (docs / "12_c.txt").write_text("省委", encoding="utf-8")
    assert [p.name for p in find_documents(gold, [tmp_path, docs], "test")] == [
        "09_b.txt",
        "12_c.txt",
    ]
    with pytest.raises(FileNotFoundError, match=r"000_c93ac4ef4cd0a078\.txt"):
        find_documents(gold, [docs], "dev")


def test_cli_reports_missing_documents(tmp_path: Path, capsys):
    from policytext.cli import main

    gold = tmp_path / "gold"
    write_gold(gold, "x", [])
    code = main(["evaluate", "entities", str(gold), "--docs", str(tmp_path), "--segmenter", "char"])
    assert code == 2
    assert "no document for gold file(s) x.txt" in capsys.readouterr().err


@pytest.mark.model
def test_evaluate_on_a_tiny_corpus(nlp, tmp_path: Path, capsys):
    from policytext.cli import main

    docs = tmp_path / "docs"
    docs.mkdir()
    text = "关于支持绿色建材发展的通知\n各有关单位：\n由省工信厅牵头，支持洛阳玻璃、天瑞水泥等企业在郑州发展。\n"
    (docs / "t.txt").write_text(text, encoding="utf-8")
    gold = tmp_path / "gold"
    write_gold(
        gold,
        "t",
        [[0, 0, "ORG", "省工信厅"], [0, 0, "FIRM", "洛阳玻璃"], [0, 0, "FIRM", "天瑞水泥"]],
    )
    df = evaluate_entities(gold, docs, nlp=nlp)
    assert row(df, "ORG")["f1"] == 1.0 and row(df, "FIRM")["f1"] == 1.0
    assert row(df, "GPE")["predicted"] == 1 and row(df, "GPE")["gold"] == 0
    code = main(["evaluate", "entities", str(gold), "--docs", str(docs), "--by-doc"])
    out = capsys.readouterr().out
    assert code == 0 and "partial_f1" in out and "FIRM" in out


@pytest.mark.model
@pytest.mark.shared
def test_seed_entity_scores(nlp):
    """Acceptance: exact-surface F1 ≥ 0.90 on the seed for ORG, FIRM, PROGRAM and PERSON."""
    shared_path("gold", "000_c93ac4ef4cd0a078.json")
    gold = SHARED / "gold"
    seeds = SHARED / "seeds"
    df = evaluate_entities(gold, [seeds, SHARED / "corpus"], nlp=nlp, split="dev", by_doc=True)
    seed = df[df["doc"] == "000_c93ac4ef4cd0a078"]
    for label in ("ORG", "FIRM", "PROGRAM", "PERSON"):
        f1 = seed[seed["label"] == label].iloc[0]["f1"]
        assert f1 >= 0.90, (label, f1)


def test_evaluate_measures_reports_detection_instruments_leads_and_themes(nlp):
    from conftest import REPO

    from policytext.evaluate import evaluate_measures

    tables = evaluate_measures(
        REPO / "corpora" / "gold" / "demo", REPO / "corpora" / "demo", nlp=nlp
    )
    det = tables["detection"].set_index("doc").loc["ALL"]
    assert det["f1"] > 0.9
    assert tables["instruments"].set_index("doc").loc["ALL", "type_accuracy"] > 0.8
    assert tables["leads"].set_index("doc").loc["ALL", "f1"] > 0.8
    themes = tables["themes"].set_index("doc").loc["ALL"]
    detected = tables["instruments"].set_index("doc").loc["ALL", "detected"]
    assert themes["n"] == detected and 0 < themes["nmi"] <= 1
