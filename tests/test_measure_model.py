"""The learned measure detector: fitting, safe storage, the bundled model, the combined
detection in ``find_measures`` and the component option."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from conftest import REPO, blank_measures_pipeline

from policytext.measure_model import (
    ADD_ABOVE,
    DROP_BELOW,
    MeasureModel,
    ModelFileError,
    describe_detection,
    gold_sentences,
    load_measure_model,
    train_measure_model,
)
from policytext.measures import find_measures
from policytext.structure import parse_structure

TUNING_GOLD = REPO / "corpora" / "gold" / "tuning"
TUNING_DOCS = REPO / "corpora" / "tuning"

# our own sentences: measures, and statements that are none
MEASURES = ["支持企业建设研发中心。", "鼓励银行加大信贷投放。", "组织企业参加博览会。"]
OTHERS = ["感谢您对我市工作的关心。", "此复。", "近年来我市经济平稳增长。"]


@pytest.fixture(scope="module")
def small_model() -> MeasureModel:
    return MeasureModel.fit(MEASURES + OTHERS, [True] * 3 + [False] * 3, min_df=1)


def test_fit_separates_measures_from_other_sentences(small_model: MeasureModel) -> None:
    assert small_model.classes_ == ["measure", "other"]
    p = small_model.measure_probability(["支持企业参加博览会。", "感谢您的关心。"])
    assert p[0] > 0.5 > p[1]
    assert small_model.measure_probability([]).shape == (0,)
    # the model reads the sentence without whitespace, its start and end marked
    assert MeasureModel.marked(" 一、 加强 领导。\n") == "^一、加强领导。$"


def test_fit_refuses_bad_training_data() -> None:
    with pytest.raises(ValueError, match="labels"):
        MeasureModel.fit(MEASURES, [True])
    with pytest.raises(ValueError, match="both"):
        MeasureModel.fit(MEASURES, [True] * 3)


def test_fit_is_deterministic() -> None:
    a = MeasureModel.fit(MEASURES + OTHERS, [True] * 3 + [False] * 3, min_df=1)
    b = MeasureModel.fit(MEASURES + OTHERS, [True] * 3 + [False] * 3, min_df=1)
    assert a.vocabulary == b.vocabulary
    assert np.array_equal(a.coef, b.coef)


def test_storage_round_trips_and_refuses_a_changed_file(
    small_model: MeasureModel, tmp_path: Path
) -> None:
    folder = small_model.to_disk(tmp_path / "m")
    again = MeasureModel.from_disk(folder)
    assert np.allclose(
        again.measure_probability(MEASURES), small_model.measure_probability(MEASURES), atol=1e-5
    )
    npz = folder / "model.npz"
    npz.write_bytes(npz.read_bytes() + b"\0")
    with pytest.raises(ModelFileError, match="SHA-256"):
        MeasureModel.from_disk(folder)


def test_an_instrument_model_folder_is_no_measure_model(tmp_path: Path) -> None:
    instrument = REPO / "policytext" / "data" / "instrument_model"
    with pytest.raises(ModelFileError, match="format"):
        MeasureModel.from_disk(instrument)
    with pytest.raises(ModelFileError, match="not found"):
        MeasureModel.from_disk(tmp_path)


def test_gold_sentences_follow_the_scoring_contract() -> None:
    rows = gold_sentences(TUNING_GOLD, [TUNING_DOCS])
    assert len({r["doc"] for r in rows}) == len(list(TUNING_GOLD.glob("*.json")))
    measures = [r for r in rows if r["measure"]]
    # about half of the sentences of our tuning documents are measures
    assert 0.3 < len(measures) / len(rows) < 0.7
    assert all(r["text"] == r["text"].strip() for r in rows)


def test_the_bundled_model_is_what_the_refit_gives() -> None:
    bundled = load_measure_model()
    assert bundled.meta["gold"] == ["tuning"]
    rows = gold_sentences(TUNING_GOLD, [TUNING_DOCS])
    texts = [r["text"] for r in rows]
    refit = train_measure_model([TUNING_GOLD], [TUNING_DOCS])
    same = np.mean(
        (refit.measure_probability(texts) > 0.5) == (bundled.measure_probability(texts) > 0.5)
    )
    assert same >= 0.99


def _measure_texts(text: str, detector: MeasureModel | None) -> list[str]:
    return [m["text"] for m in find_measures(text, parse_structure(text), detector=detector)]


def test_the_detector_drops_a_statement_the_rules_take() -> None:
    # a news portal's lead line (from tuning document 119, which the bundled model was fitted
    # on): it names an action (发布), but it reports the document, it does not act
    text = (
        "新安晚报安徽网大皖新闻讯据安徽省人民政府网消息,近日,安徽省人民政府发布关于年重点工作及"
        "责任分解的通知。\n一、加快建设产业创新平台。"
    )
    lead = text.split("\n")[0]
    model = load_measure_model()
    assert model.measure_probability([lead])[0] < DROP_BELOW
    assert lead in _measure_texts(text, None)
    assert lead not in _measure_texts(text, model)
    assert "一、加快建设产业创新平台。" in _measure_texts(text, model)


def test_the_detector_adds_a_target_the_rules_miss_but_never_an_excluded_one() -> None:
    # a target with no action verb and no 到20XX年 cue (tuning document 09)
    target = "本市交通行业生产安全事故数量和死亡人数相比“十三五”期下降10%。"
    model = load_measure_model()
    assert model.measure_probability([target])[0] > ADD_ABOVE
    assert _measure_texts(target, None) == []
    assert _measure_texts(target, model) == [target]
    # a topic heading is excluded by rule: the model cannot overrule that
    heading = "一、总体要求\n（一）加快建设产业创新平台。"
    assert "一、总体要求" not in _measure_texts(heading, model)


def test_the_detector_leaves_table_rows_to_the_rules() -> None:
    row = "序号|工作任务|牵头单位\n1|建设县域物流配送中心|市商务局\n"
    model = load_measure_model()
    assert model.measure_probability(["1|建设县域物流配送中心|市商务局"])[0] < DROP_BELOW
    assert _measure_texts(row, model) == _measure_texts(row, None)


def test_component_option_and_a_user_model_saved_inside(
    small_model: MeasureModel, tmp_path: Path
) -> None:
    import spacy

    assert blank_measures_pipeline(detection="rules").get_pipe("policy_measures").detector is None
    assert blank_measures_pipeline().get_pipe("policy_measures").detector is load_measure_model()
    user = small_model.to_disk(tmp_path / "my-detector")
    nlp = blank_measures_pipeline(measure_model=str(user))
    nlp.to_disk(tmp_path / "nlp")
    shutil.rmtree(user)  # the saved pipeline carries its own copy
    again = spacy.load(tmp_path / "nlp").get_pipe("policy_measures")
    assert Path(again.measure_model) == tmp_path / "nlp" / "policy_measures" / "measure_model"
    assert again.detector.vocabulary == small_model.vocabulary

    with pytest.raises(ValueError, match="choose one of"):
        blank_measures_pipeline(detection="learned")
    with pytest.raises(ValueError, match="needs detection='combined'"):
        blank_measures_pipeline(detection="rules", measure_model=str(tmp_path))


def test_records_and_cache_keys_name_the_detection() -> None:
    from policytext.analysis import pipeline_info
    from policytext.cache import pipeline_config

    rules, combined = blank_measures_pipeline(detection="rules"), blank_measures_pipeline()
    assert pipeline_info(rules)["detection"] == {"detection": "rules"}
    manifest = json.loads(
        (REPO / "policytext" / "data" / "measure_model" / "model.json").read_text("utf-8")
    )
    assert pipeline_info(combined)["detection"] == describe_detection()
    assert describe_detection()["model_sha256"] == manifest["sha256"]
    assert pipeline_config(rules) != pipeline_config(combined)  # no stale cached records


def test_command_line_chooses_the_detection(tmp_path: Path) -> None:
    from policytext.cli import main

    doc = tmp_path / "plan.txt"
    doc.write_text(
        "本市交通行业生产安全事故数量和死亡人数相比“十三五”期下降10%。\n", encoding="utf-8"
    )
    records = {}
    for kind in ("rules", "combined"):
        out = tmp_path / f"{kind}.jsonl"
        args = ["analyze", str(doc), "-o", str(out), "-q", "--segmenter", "char", "--no-cache"]
        assert main([*args, "--detection", kind]) == 0
        records[kind] = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert records["rules"]["pipeline"]["detection"] == {"detection": "rules"}
    assert records["combined"]["pipeline"]["detection"]["detection"] == "combined"
    assert [len(records[k]["measures"]) for k in ("rules", "combined")] == [0, 1]
    with pytest.raises(SystemExit):
        main(["analyze", str(doc), "-o", str(tmp_path / "x.jsonl"), "--detection", "svm"])


def test_saving_again_replaces_or_removes_the_model_copy(
    small_model: MeasureModel, tmp_path: Path
) -> None:
    import spacy

    target = tmp_path / "nlp"
    copy = target / "policy_measures" / "measure_model"
    blank_measures_pipeline(measure_model=str(small_model.to_disk(tmp_path / "a"))).to_disk(target)
    # saved again where it was loaded from: the copy it reads stays
    reloaded = spacy.load(target)
    reloaded.to_disk(target)
    assert spacy.load(target).get_pipe("policy_measures").detector.vocabulary == (
        small_model.vocabulary
    )
    # another model saved over it replaces the copy
    other = MeasureModel.fit(MEASURES + OTHERS[:2], [True] * 3 + [False] * 2, min_df=1)
    blank_measures_pipeline(measure_model=str(other.to_disk(tmp_path / "b"))).to_disk(target)
    assert spacy.load(target).get_pipe("policy_measures").detector.vocabulary == other.vocabulary
    # a pipeline on the bundled model saved over it leaves no stale copy behind
    blank_measures_pipeline().to_disk(target)
    assert not copy.exists()
    assert spacy.load(target).get_pipe("policy_measures").detector is load_measure_model()
