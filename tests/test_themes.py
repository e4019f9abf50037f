"""Theme model: scikit-learn conventions, determinism, automatic k, inspection tables."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from sklearn.utils.estimator_checks import parametrize_with_checks

from policytext.document import Record
from policytext.themes import (
    MEASURE_COLUMNS,
    MeasureVectorizer,
    ThemeClusterer,
    ThemeModel,
    measures_table,
    policy_stop_words,
)

TALENT = [
    ["引进", "高层次", "人才", "给予", "安家", "补贴"],
    ["人才", "培养", "计划", "实训", "基地"],
    ["人才", "公寓", "保障", "引进", "人才"],
    ["青年", "人才", "培养", "专项", "补贴"],
    ["高层次", "人才", "引进", "奖励"],
]
PARKS = [
    ["产业", "园区", "基础设施", "建设", "用地", "保障"],
    ["园区", "标准", "厂房", "建设"],
    ["产业", "园区", "集聚", "发展", "用地"],
    ["园区", "配套", "基础设施", "完善"],
    ["特色", "园区", "集聚", "企业"],
]
FINANCE = [
    ["设立", "产业", "基金", "融资", "担保"],
    ["银行", "信贷", "融资", "贴息"],
    ["基金", "投资", "融资", "服务"],
    ["融资", "担保", "贴息", "银行"],
    ["产业", "基金", "投资", "银行", "信贷"],
]
DOCS = TALENT + PARKS + FINANCE
TRUTH = [0] * 5 + [1] * 5 + [2] * 5


def _same_partition(a, b) -> bool:
    from sklearn.metrics import adjusted_rand_score

    return adjusted_rand_score(a, b) == 1.0


@parametrize_with_checks([ThemeClusterer(n_themes=3, random_state=0)])
def test_sklearn_compatible_clusterer(estimator, check):
    check(estimator)


# ----------------------------------------------------------------------- vectorizer
def test_vectorizer_drops_policy_boilerplate_and_punctuation():
    vec = MeasureVectorizer(subwords=False, max_df=1.0)
    vec.fit([["进一步", "加强", "人才", "培养", "，", "2025", "。"]])
    assert sorted(vec.vocabulary_) == ["人才", "培养"]
    assert "推动" in policy_stop_words() and "人才" not in policy_stop_words()


def test_vectorizer_stop_words_options(tmp_path):
    docs = [["推动", "人才"], ["推动", "园区"], ["推动", "基金"]]
    assert "推动" in MeasureVectorizer(stop_words=None, max_df=1.0).fit(docs).vocabulary_
    path = tmp_path / "stop.txt"
    path.write_text("# my words\n人才 园区\n", encoding="utf-8")
    vocab = MeasureVectorizer(stop_words=path, max_df=1.0).fit(docs).vocabulary_
    assert set(vocab) == {"推动", "基金"}
    assert set(MeasureVectorizer(stop_words=["推动"]).fit(docs).vocabulary_) == {
        "人才",
        "园区",
        "基金",
    }
    with pytest.raises(ValueError, match="stop_words"):
        MeasureVectorizer(stop_words="no_such_file.txt").fit(docs)


def test_vectorizer_strings_ngrams_and_errors():
    vec = MeasureVectorizer(ngram_range=(1, 2), subwords=False, max_df=1.0)
    X = vec.fit_transform(["人才 引进 奖励", "人才 培养"])
    assert "人才 引进" in vec.vocabulary_ and X.shape == (2, len(vec.vocabulary_))
    seg = MeasureVectorizer(tokenizer=lambda s: list(s), subwords=False, max_df=1.0)
    assert set(seg.fit(["人才"]).vocabulary_) == {"人", "才"}
    with pytest.raises(ValueError, match="every token was removed"):
        MeasureVectorizer().fit([["进一步", "。"]])
    with pytest.raises(ValueError, match="no measures"):
        MeasureVectorizer().fit([])
    with pytest.raises(TypeError, match="list of token lists"):
        MeasureVectorizer().fit("人才")
    with pytest.raises(TypeError, match="each measure"):
        MeasureVectorizer().fit([[1, 2]])
    with pytest.raises(ValueError, match="ngram_range"):
        MeasureVectorizer(ngram_range=(2, 1)).fit(DOCS)


def test_vectorizer_embedding_hook():
    def embed(texts: list[str]) -> np.ndarray:
        return np.array([[len(t), t.count("人")] for t in texts], dtype=float)

    tfidf = MeasureVectorizer().fit_transform(DOCS)
    both = MeasureVectorizer(embedding=embed).fit_transform(DOCS)
    only = MeasureVectorizer(embedding=embed, embedding_weight=1.0).fit_transform(DOCS)
    assert both.shape == (len(DOCS), tfidf.shape[1] + 2)
    assert only.shape == (len(DOCS), 2)
    assert MeasureVectorizer(embedding=embed).fit(DOCS).transform(DOCS[:2]).shape[0] == 2
    with pytest.raises(ValueError, match="embedding returned shape"):
        MeasureVectorizer(embedding=lambda texts: np.zeros(3)).fit(DOCS)
    with pytest.raises(ValueError, match="embedding_weight"):
        MeasureVectorizer(embedding=embed, embedding_weight=2.0).fit(DOCS)
    model = ThemeModel(MeasureVectorizer(embedding=embed), n_themes=3, random_state=0).fit(DOCS)
    assert model.n_themes_ == 3


# ----------------------------------------------------------------------- clusterer
def test_auto_k_within_range_and_integer_overrides():
    X = MeasureVectorizer().fit_transform(DOCS)
    auto = ThemeClusterer(k_range=(2, 6), random_state=0).fit(X)
    assert 2 <= auto.n_themes_ <= 6
    assert set(auto.silhouette_scores_) == set(range(2, 7))
    assert auto.n_themes_ == max(auto.silhouette_scores_, key=auto.silhouette_scores_.get)
    fixed = ThemeClusterer(n_themes=5, random_state=0).fit(X)
    assert fixed.n_themes_ == 5 and fixed.silhouette_scores_ == {}
    assert fixed.cluster_centers_.shape[0] == 5


def test_clusterer_numbers_themes_by_size_and_predicts():
    X = MeasureVectorizer().fit_transform(DOCS[:7])
    clu = ThemeClusterer(n_themes=2, random_state=0).fit(X)
    sizes = np.bincount(clu.labels_)
    assert list(sizes) == sorted(sizes, reverse=True)
    np.testing.assert_array_equal(clu.predict(X), clu.labels_)
    sims = clu.transform(X)
    assert sims.shape == (7, 2) and np.all(sims <= 1 + 1e-9)


def test_clusterer_agglomerative_and_validation():
    X = MeasureVectorizer().fit_transform(DOCS)
    agg = ThemeClusterer(n_themes=3, method="agglomerative").fit(X)
    assert _same_partition(agg.labels_, TRUTH)
    for params, message in [
        ({"method": "dbscan"}, "method"),
        ({"n_themes": "many"}, "n_themes"),
        ({"n_themes": 0}, "n_themes"),
        ({"n_themes": 99}, "larger than n_samples"),
        ({"k_range": (1, 3)}, "k_range"),
        ({"k_range": "x"}, "k_range"),
        ({"svd_components": 0}, "svd_components"),
        ({"n_init": 0}, "n_init"),
    ]:
        with pytest.raises(ValueError, match=message):
            ThemeClusterer(**params).fit(X)
    with pytest.raises(ValueError, match="at least 3 distinct samples"):
        ThemeClusterer().fit([[1.0, 0.0], [1.0, 0.0], [1.0, 0.0]])


# ----------------------------------------------------------------------- model
def test_model_recovers_planted_themes_with_readable_keywords():
    model = ThemeModel(n_themes=3, random_state=0).fit(DOCS)
    assert _same_partition(model.labels_, TRUTH)
    tops = {model.theme_terms_[t][0][0] for t in range(3)}
    assert tops == {"人才", "园区", "融资"}
    assert all(len(terms) <= 10 for terms in model.theme_terms_.values())
    for t, idx in model.representative_.items():
        assert idx and all(model.labels_[i] == t for i in idx)
    assert model.theme_labels_[model.labels_[0]].startswith("人才")


def test_same_random_state_same_labels_and_keywords():
    a = ThemeModel(random_state=0, n_keywords=8).fit(DOCS)
    b = ThemeModel(random_state=0, n_keywords=8).fit(DOCS)
    np.testing.assert_array_equal(a.labels_, b.labels_)
    assert a.theme_terms_ == b.theme_terms_
    assert a.representative_ == b.representative_
    c = clone(a).fit(DOCS)
    np.testing.assert_array_equal(a.labels_, c.labels_)


def test_model_auto_k_and_integer_override():
    auto = ThemeModel(clusterer=ThemeClusterer(k_range=(2, 5), random_state=0)).fit(DOCS)
    assert 2 <= auto.n_themes_ <= 5
    assert ThemeModel(n_themes=4, random_state=0).fit(DOCS).n_themes_ == 4


def test_model_predict_transform_fit_predict():
    model = ThemeModel(n_themes=3, random_state=0)
    labels = model.fit_predict(DOCS)
    np.testing.assert_array_equal(labels, model.labels_)
    new = [["人才", "引进", "补贴"], ["银行", "融资"]]
    pred = model.predict(new)
    assert pred[0] == labels[0] and pred[1] == labels[10]
    sims = model.transform(new)
    assert sims.shape == (2, 3)
    np.testing.assert_array_equal(sims.argmax(axis=1), pred)


def test_get_theme_info_columns():
    frame = pd.DataFrame(
        {
            "tokens": DOCS,
            "text": ["".join(d) for d in DOCS],
            "instrument_type": ["supply"] * 10 + ["environment"] * 5,
        }
    )
    info = ThemeModel(n_themes=3, random_state=0).fit(frame).get_theme_info()
    assert list(info.columns) == [
        "theme",
        "size",
        "share",
        "label",
        "keywords",
        "representative",
        "instrument_mix",
    ]
    assert info["size"].sum() == len(DOCS) and info["theme"].tolist() == [0, 1, 2]
    assert set(info["instrument_mix"]) == {"supply 100%", "environment 100%"}
    assert info["representative"][0][0] in frame["text"].tolist()
    bare = ThemeModel(n_themes=3, random_state=0).fit(DOCS).get_theme_info()
    assert bare["instrument_mix"].isna().all()
    assert bare["representative"][0][0] in ["".join(d) for d in DOCS]


def test_themes_over_time():
    dates = ["2022-03-01"] * 5 + ["2023-06-01"] * 5 + ["2024-01-15"] * 4 + [None]
    model = ThemeModel(n_themes=3, random_state=0).fit(DOCS)
    table = model.themes_over_time(dates)
    assert table.index.tolist() == ["2022", "2023", "2024"]
    assert table.columns.tolist() == [0, 1, 2] and int(table.to_numpy().sum()) == 14
    assert table.loc["2022", model.labels_[0]] == 5
    quarterly = model.themes_over_time(dates, freq="Q")
    assert "2024Q1" in quarterly.index
    with pytest.raises(ValueError, match="carry no dates"):
        model.themes_over_time()
    with pytest.raises(ValueError, match="got 2 dates"):
        model.themes_over_time(["2024-01-01", "2024-01-02"])


def test_model_input_errors():
    with pytest.raises(ValueError, match="'tokens' column"):
        ThemeModel().fit(pd.DataFrame({"text": ["人才"]}))
    with pytest.raises(TypeError, match="token lists"):
        ThemeModel().fit("人才")
    with pytest.raises(ValueError, match="no measures"):
        ThemeModel().fit([])
    with pytest.raises(ValueError, match="n_keywords"):
        ThemeModel(n_keywords=0).fit(DOCS)
    with pytest.raises(TypeError, match="mix"):
        ThemeModel().fit([_record("a", [], "2024-01-01"), ["人才"]])


# ----------------------------------------------------------------------- records
def _record(doc_id: str, measures: list[list[str]], date: str | None) -> Record:
    """A record whose text is its measures, one sentence each, with word tokens."""
    text, tokens, spans = "", [], []
    for i, words in enumerate(measures):
        start = len(text)
        for w in [*words, "。"]:
            tokens.append({"start": len(text), "end": len(text) + len(w)})
            text += w
        inst = {"type": "supply" if i % 2 else "environment", "subtype": None, "evidence": []}
        spans.append({"start": start, "end": len(text), "text": text[start:], "instrument": inst})
        text += "\n"
    rec = Record(id=doc_id, source=f"{doc_id}.txt", text=text, tokens=tokens, measures=spans)
    rec.meta["date"] = date
    return rec


def test_measures_table_takes_tokens_from_the_record():
    rec = _record("d1", TALENT[:2], "2023-05-01")
    rec.text = rec.text  # no segmenter involved: tokens come from record.tokens
    table = measures_table([rec])
    assert list(table.columns) == MEASURE_COLUMNS
    assert table["tokens"][0] == [*TALENT[0], "。"]
    assert table["text"][1] == "".join(TALENT[1]) + "。"
    assert table["date"].tolist() == ["2023-05-01"] * 2
    assert table["instrument_type"].tolist() == ["environment", "supply"]
    assert measures_table([Record(id="x", source="x", text="")]).columns.tolist() == MEASURE_COLUMNS


def test_model_on_records():
    records = [
        _record("a", TALENT + PARKS[:2], "2022-01-01"),
        _record("b", PARKS[2:] + FINANCE, "2024-07-01"),
    ]
    model = ThemeModel(n_themes=3, random_state=0).fit(records)
    assert _same_partition(model.labels_, TRUTH)
    assert model.measures_["doc"].tolist() == ["a"] * 7 + ["b"] * 8
    table = model.themes_over_time()
    assert table.index.tolist() == ["2022", "2024"] and int(table.to_numpy().sum()) == 15
    info = model.get_theme_info()
    assert info["instrument_mix"].notna().all()
    assert info["representative"][0][0].endswith("。")
