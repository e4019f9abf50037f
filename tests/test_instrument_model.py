"""The learned instrument classifier: fitting, safe storage, the bundled model, the component option."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from conftest import REPO, blank_measures_pipeline

from policytext.instrument_model import (
    InstrumentModel,
    ModelFileError,
    classify_combined,
    instrument_classifier,
    load_instrument_model,
    train_instrument_model,
)
from policytext.instruments import classify_measure, load_scheme

# Our own sentences, three per subtype.
TRAIN = {
    "资金投入": [
        "对新认定的企业给予一次性奖励。",
        "安排专项资金补助项目建设。",
        "按投资额的10%给予补贴。",
    ],
    "金融支持": ["引导银行加大信贷投放。", "设立产业投资基金。", "对贷款给予贴息支持。"],
    "人才培养": ["引进高层次人才团队。", "开展技能人才培训。", "建设人才实训基地。"],
    "市场开拓": ["组织企业参加博览会。", "举办产销对接活动。", "支持企业开拓国际市场。"],
}
TEXTS = [t for ts in TRAIN.values() for t in ts]
LABELS = [s for s, ts in TRAIN.items() for _ in ts]


@pytest.fixture(scope="module")
def small_model() -> InstrumentModel:
    return InstrumentModel.fit(TEXTS, LABELS, min_df=1)


def test_fit_predicts_its_subtypes_with_types_from_the_scheme(small_model: InstrumentModel) -> None:
    assert small_model.classes_ == sorted(TRAIN)
    assert small_model.types == {
        "人才培养": "supply",
        "市场开拓": "demand",
        "资金投入": "supply",
        "金融支持": "environment",
    }
    assert small_model.predict(["开展青年人才培训。", "组织企业参加进口博览会。"]) == [
        "人才培养",
        "市场开拓",
    ]
    proba = small_model.predict_proba(TEXTS)
    assert proba.shape == (12, 4)
    assert np.allclose(proba.sum(axis=1), 1.0)


def test_features_match_scikit_learns_vectorizer(small_model: InstrumentModel) -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    vec = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), min_df=1, sublinear_tf=True)
    vec.fit(TEXTS)
    probe = ["引导银行  加大信贷投放，支持企业开拓市场。", "全新的句子。"]
    assert abs(vec.transform(probe) - small_model._features(probe)).max() < 1e-9


def test_fitting_is_deterministic() -> None:
    a = InstrumentModel.fit(TEXTS, LABELS, min_df=1)
    b = InstrumentModel.fit(TEXTS, LABELS, min_df=1)
    assert a.vocabulary == b.vocabulary
    assert np.array_equal(a.coef, b.coef)


def test_evidence_is_text_of_the_measure(small_model: InstrumentModel) -> None:
    text = "支持企业参加国际博览会。"
    inst = small_model.classify(text)
    assert inst.subtype == "市场开拓"
    assert inst.evidence and all(e in text for e in inst.evidence)
    assert all(len(e) >= 2 for e in inst.evidence)
    assert 0.25 < inst.score <= 1.0
    assert next(iter(inst.scores)) == "市场开拓"


def test_context_shifts_an_undecided_measure(small_model: InstrumentModel) -> None:
    plain = small_model.classify("完善相关政策。")
    helped = small_model.classify("完善相关政策。", context="（三）加大信贷投放和贴息支持")
    assert helped.subtype == "金融支持"
    assert helped.scores["金融支持"] > plain.scores.get("金融支持", 0.0)


def test_fit_rejects_bad_training_data() -> None:
    with pytest.raises(ValueError, match="2 texts but 1 subtypes"):
        InstrumentModel.fit(["甲。", "乙。"], ["资金投入"])
    with pytest.raises(ValueError, match="at least two subtypes"):
        InstrumentModel.fit(["甲。", "乙。"], ["资金投入", "资金投入"])
    with pytest.raises(ValueError, match="not in scheme"):
        InstrumentModel.fit(["甲。", "乙。"], ["资金投入", "奖学金"])


def test_two_subtype_model_matches_binary_logistic_regression() -> None:
    texts = TRAIN["资金投入"] + TRAIN["人才培养"]
    model = InstrumentModel.fit(texts, ["资金投入"] * 3 + ["人才培养"] * 3, min_df=1)
    assert model.coef.shape[0] == 2
    assert model.predict(["给予一次性补贴。", "开展人才培训。"]) == ["资金投入", "人才培养"]


# ------------------------------------------------------------------------------ safe storage


def test_round_trip_keeps_predictions(small_model: InstrumentModel, tmp_path: Path) -> None:
    folder = small_model.to_disk(tmp_path / "m")
    assert sorted(p.name for p in folder.iterdir()) == ["model.json", "model.npz"]
    with np.load(folder / "model.npz", allow_pickle=False) as arrays:  # plain arrays only
        assert {a.dtype.kind for a in arrays.values()} <= {"f", "U"}
    again = InstrumentModel.from_disk(folder)
    probe = ["开展技能人才培训。", "设立天使投资基金。"]
    assert np.allclose(again.predict_proba(probe), small_model.predict_proba(probe), atol=1e-5)
    assert again.classes_ == small_model.classes_


def test_a_changed_model_file_is_refused(small_model: InstrumentModel, tmp_path: Path) -> None:
    folder = small_model.to_disk(tmp_path / "m")
    other = InstrumentModel.fit(TEXTS[:6], LABELS[:6], min_df=1).to_disk(tmp_path / "other")
    shutil.copy(other / "model.npz", folder / "model.npz")
    with pytest.raises(ModelFileError, match="does not match"):
        InstrumentModel.from_disk(folder)


def test_missing_or_malformed_model_files(small_model: InstrumentModel, tmp_path: Path) -> None:
    with pytest.raises(ModelFileError, match=r"model\.json not found"):
        InstrumentModel.from_disk(tmp_path / "nothing")
    folder = small_model.to_disk(tmp_path / "m")
    manifest = json.loads((folder / "model.json").read_text(encoding="utf-8"))
    (folder / "model.json").write_text(json.dumps({**manifest, "format": "x/9"}), encoding="utf-8")
    with pytest.raises(ModelFileError, match="format 'x/9'"):
        InstrumentModel.from_disk(folder)
    (folder / "model.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelFileError, match="not an instrument model manifest"):
        InstrumentModel.from_disk(folder)


# ---------------------------------------------------------------------------- bundled model


def test_bundled_model_loads_verified_and_knows_the_scheme() -> None:
    model = load_instrument_model()
    scheme = load_scheme()
    assert set(model.classes_) <= set(scheme.subtypes)
    assert all(model.types[s] == scheme.type_of(s) for s in model.classes_)
    assert model.meta["gold"] == ["tuning"]  # fitted on the project's own tuning gold only
    inst = model.classify("对获评国家级绿色工厂的企业给予一次性奖励。")
    assert (inst.type, inst.subtype) == ("supply", "资金投入")


def test_bundled_model_is_reproducible_from_the_tuning_gold() -> None:
    from policytext.instruments import gold_measures

    gold = REPO / "corpora" / "gold" / "tuning"
    refit = train_instrument_model([gold])
    bundled = load_instrument_model()
    assert refit.meta["n_measures"] == bundled.meta["n_measures"]
    texts = [m["text"] for m in gold_measures(gold)][::7]
    agree = np.mean(
        [a == b for a, b in zip(refit.predict(texts), bundled.predict(texts), strict=True)]
    )
    assert agree >= 0.99


def test_combined_uses_keyword_evidence_when_keywords_back_the_winner() -> None:
    text = "鼓励金融机构对中小企业贷款给予贴息。"
    inst = classify_combined(text)
    assert inst.subtype == "金融支持"
    assert inst.evidence == classify_measure(text).evidence
    assert 0 < inst.score <= 1


def test_instrument_classifier_options() -> None:
    text = "对首次获评的企业给予一次性奖励50万元。"
    for kind in ("keywords", "learned", "combined"):
        assert instrument_classifier(kind)(text, "").subtype == "资金投入"
    with pytest.raises(ValueError, match="unknown instrument classifier 'bayes'"):
        instrument_classifier("bayes")
    with pytest.raises(ValueError, match="needs instruments='learned' or 'combined'"):
        instrument_classifier("keywords", model="somewhere")


# ------------------------------------------------------------------------------- component


def test_component_option_learned_and_a_user_model_saved_inside(
    small_model: InstrumentModel, tmp_path: Path
) -> None:
    import spacy

    text = "（一）加强人才支撑。开展技能人才培训。"
    nlp = blank_measures_pipeline(instruments="learned")
    assert nlp(text)._.measures[-1]["instrument"]["subtype"] == "人才培养"

    user = small_model.to_disk(tmp_path / "my-coding")
    nlp = blank_measures_pipeline(instruments="combined", instrument_model=str(user))
    before = [m["instrument"] for m in nlp(text)._.measures]
    nlp.to_disk(tmp_path / "nlp")
    shutil.rmtree(user)  # the saved pipeline carries its own copy
    again = spacy.load(tmp_path / "nlp")
    assert [m["instrument"] for m in again(text)._.measures] == before

    with pytest.raises(ValueError, match="choose one of"):
        blank_measures_pipeline(instruments="svm")


def test_records_and_cache_keys_name_the_classifier() -> None:
    from policytext.analysis import pipeline_info
    from policytext.cache import pipeline_config

    keywords, combined = blank_measures_pipeline(instruments="keywords"), blank_measures_pipeline()
    assert pipeline_info(keywords)["instruments"] == {"classifier": "keywords"}
    info = pipeline_info(combined)["instruments"]
    manifest = json.loads(
        (REPO / "policytext" / "data" / "instrument_model" / "model.json").read_text("utf-8")
    )
    assert info == {"classifier": "combined", "model_sha256": manifest["sha256"]}
    assert pipeline_config(keywords) != pipeline_config(combined)  # no stale cached records


def test_command_line_chooses_the_classifier(tmp_path: Path) -> None:
    from policytext.cli import main

    doc = tmp_path / "notice.txt"
    doc.write_text("（一）加强人才支撑。开展技能人才培训，对参训企业给予补贴。\n", encoding="utf-8")
    records = {}
    for kind in ("keywords", "learned"):
        out = tmp_path / f"{kind}.jsonl"
        args = ["analyze", str(doc), "-o", str(out), "-q", "--segmenter", "char", "--no-cache"]
        assert main([*args, "--instruments", kind]) == 0
        records[kind] = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert records["keywords"]["pipeline"]["instruments"] == {"classifier": "keywords"}
    assert records["learned"]["pipeline"]["instruments"]["classifier"] == "learned"
    assert all(m["instrument"]["subtype"] for r in records.values() for m in r["measures"])
    with pytest.raises(SystemExit):
        main(["analyze", str(doc), "-o", str(tmp_path / "x.jsonl"), "--instruments", "svm"])
