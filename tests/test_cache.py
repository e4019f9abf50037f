"""The record cache: keys, round trip, invalidation, cached runs of analyze and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

import policytext
from policytext.analysis import analyze, iter_analyze
from policytext.cache import (
    RecordCache,
    as_cache,
    default_cache,
    default_cache_state,
    document_key,
    pipeline_config,
    restore_default_cache,
    set_default_cache,
)
from policytext.io import RawDocument
from policytext.streaming import LazyPipeline, PipelineSpec

CHAR = PipelineSpec(segmenter="char", components=("policy_structure",))


def _write(folder, texts: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")


TEXTS = {
    "a": "关于加强人才工作的意见\n一、总体要求\n一是加强组织领导。二是强化保障。\n",
    "b": "关于推进园区建设的通知\n一、主要任务\n（一）完善基础设施。\n",
}


def test_key_depends_on_content_identity_and_configuration():
    raw = RawDocument(id="a", source="a.txt", text="文本。", format="txt", encoding="utf-8")
    base = document_key(raw, {"segmenter": "pkuseg"})
    assert base == document_key(raw, {"segmenter": "pkuseg"})
    assert base != document_key(raw, {"segmenter": "jieba"})
    changed = RawDocument(id="a", source="a.txt", text="文本！", format="txt", encoding="utf-8")
    assert base != document_key(changed, {"segmenter": "pkuseg"})
    moved = RawDocument(id="a", source="b/a.txt", text="文本。", format="txt", encoding="utf-8")
    assert base != document_key(moved, {"segmenter": "pkuseg"})


def test_configuration_covers_repair_max_length_and_code():
    lazy = LazyPipeline(CHAR)
    conf = pipeline_config(lazy)
    assert conf != pipeline_config(lazy, repair=False)
    assert len(conf["code"]) == 64 and conf["pipeline"]["segmenter"] == "char"
    lazy.max_length = 500
    assert pipeline_config(lazy)["max_length"] == 500
    assert not lazy.loaded


def test_round_trip_is_exact_and_no_pickle(tmp_path):
    nlp = CHAR.load()
    raw = RawDocument(id="a", source="a.txt", text=TEXTS["a"], format="txt", encoding="utf-8")
    record = next(r for r, _ in iter_analyze([raw], nlp, progress=False))  # type: ignore[list-item]
    assert record is not None
    cache = RecordCache(tmp_path)
    cache.put("ab" * 32, record)
    path = tmp_path / "ab" / f"{'ab' * 32}.msgpack"
    assert path.is_file() and not path.read_bytes().startswith(b"\x80")  # not a pickle
    back = cache.get("ab" * 32)
    assert back is not None and back.to_json() == record.to_json()
    assert len(cache) == 1 and cache.clear() == 1 and cache.get("ab" * 32) is None


def test_a_damaged_entry_is_a_miss(tmp_path):
    cache = RecordCache(tmp_path)
    (tmp_path / "cd").mkdir()
    (tmp_path / "cd" / f"{'cd' * 32}.msgpack").write_bytes(b"\xc1 not msgpack")
    assert cache.get("cd" * 32) is None and cache.misses == 1


def test_unchanged_documents_come_from_the_cache_a_changed_one_alone(tmp_path):
    corpus = tmp_path / "corpus"
    _write(corpus, TEXTS)
    cache = RecordCache(tmp_path / "cache")
    nlp = CHAR.load()
    first = analyze(corpus, nlp=nlp, progress=False, cache=cache, link=False)
    assert (cache.hits, cache.misses, cache.writes) == (0, 2, 2)
    uncached = analyze(corpus, nlp=nlp, progress=False, cache=False, link=False)
    assert [r.to_json() for r in first.records] == [r.to_json() for r in uncached.records]

    lazy = LazyPipeline(CHAR)
    again = analyze(corpus, nlp=lazy, progress=False, cache=cache, link=False)  # type: ignore[arg-type]
    assert (cache.hits, cache.misses) == (2, 2)
    assert not lazy.loaded  # a fully cached run never loads the pipeline
    assert [r.to_json() for r in again.records] == [r.to_json() for r in first.records]

    (corpus / "b.txt").write_text(TEXTS["b"].replace("完善", "健全"), encoding="utf-8")
    third = analyze(corpus, nlp=lazy, progress=False, cache=cache, link=False)  # type: ignore[arg-type]
    assert (cache.hits, cache.misses, cache.writes) == (3, 3, 3)
    assert (
        "健全" in third.records[1].text and third.records[0].to_json() == first.records[0].to_json()
    )


def test_default_cache_setting_and_environment(tmp_path, monkeypatch):
    state = default_cache_state()
    try:
        monkeypatch.delenv("POLICYTEXT_RECORD_CACHE", raising=False)
        restore_default_cache((False, None))
        assert default_cache() is None
        monkeypatch.setenv("POLICYTEXT_RECORD_CACHE", str(tmp_path))
        assert as_cache(None).directory == tmp_path  # type: ignore[union-attr]
        set_default_cache(False)
        assert as_cache(None) is None
        set_default_cache(tmp_path / "x")
        assert as_cache(None).directory == tmp_path / "x"  # type: ignore[union-attr]
        assert as_cache(False) is None
    finally:
        restore_default_cache(state)


def test_cli_analyze_twice_reads_the_cache(tmp_path, capsys):
    from policytext.cli import main

    corpus = tmp_path / "corpus"
    _write(corpus, TEXTS)
    cache = tmp_path / "cache"
    args = ["analyze", str(corpus), "--segmenter", "char", "-q", "--cache-dir", str(cache)]
    assert main([*args, "-o", str(tmp_path / "1.jsonl")]) == 0
    assert len(RecordCache(cache)) == 2
    assert main([*args, "-o", str(tmp_path / "2.jsonl"), "--n-process", "1"]) == 0
    assert (tmp_path / "1.jsonl").read_text() == (tmp_path / "2.jsonl").read_text()
    assert main([*args[:-2], "--no-cache", "-o", str(tmp_path / "3.jsonl")]) == 0
    assert (tmp_path / "3.jsonl").read_text() == (tmp_path / "1.jsonl").read_text()
    assert default_cache() is None or default_cache() != RecordCache(cache)  # restored
    manifest = [json.loads(x) for x in (tmp_path / "2.manifest.jsonl").read_text().splitlines()]
    assert [m["status"] for m in manifest] == ["processed", "processed"]
    capsys.readouterr()


def test_cli_refuses_bad_process_counts(tmp_path):
    from policytext.cli import main

    with pytest.raises(SystemExit):
        main(["analyze", str(tmp_path), "-o", str(tmp_path / "o.jsonl"), "--n-process", "0"])


# --------------------------------------------------------------------------- result cache
def _measures(n: int = 48, seed: int = 0) -> list[list[str]]:
    """Token lists from four topics, enough distinct words for the SVD step (> 30 features)."""
    import random

    rng = random.Random(seed)
    topics = [
        ["人才", "引进", "培养", "奖励", "公寓", "专家", "博士", "团队", "津贴"],
        ["园区", "建设", "用地", "基础设施", "道路", "厂房", "标准化", "配套", "管网"],
        ["企业", "创新", "研发", "投入", "基金", "专利", "孵化", "成果", "转化"],
        ["金融", "贷款", "担保", "贴息", "融资", "保险", "信贷", "上市", "债券"],
    ]
    out = []
    for i in range(n):
        words = topics[i % 4]
        out.append([*rng.sample(words, 4), "。"])
    return out


def _same_model(a, b) -> None:
    import numpy as np
    import pandas as pd

    assert a.labels_.tolist() == b.labels_.tolist() and a.n_themes_ == b.n_themes_
    assert a.theme_terms_ == b.theme_terms_
    assert a.theme_labels_ == b.theme_labels_ and a.representative_ == b.representative_
    pd.testing.assert_frame_equal(a.get_theme_info(), b.get_theme_info())
    pd.testing.assert_frame_equal(a.measures_, b.measures_)
    assert a.clusterer_.silhouette_scores_ == b.clusterer_.silhouette_scores_
    assert np.array_equal(a.clusterer_.cluster_centers_, b.clusterer_.cluster_centers_)
    assert repr(a.vectorizer_) == repr(b.vectorizer_) and repr(a.clusterer_) == repr(b.clusterer_)
    new = [["人才", "专家", "公寓"], ["贷款", "贴息"], ["园区", "研发", "基金"]]
    assert np.array_equal(a.transform(new), b.transform(new))
    assert a.predict(new).tolist() == b.predict(new).tolist()


def test_theme_cache_hit_restores_the_same_fitted_model(tmp_path):
    from policytext.cache import ResultCache
    from policytext.themes import ThemeModel

    docs = _measures()
    results = ResultCache(tmp_path)
    fitted = ThemeModel(random_state=0).fit_cached(docs, cache=results)
    assert not fitted.from_cache_ and (results.misses, results.writes) == (1, 1)
    assert fitted.clusterer_.svd_ is not None  # the SVD components go through the cache too
    again = ThemeModel(random_state=0).fit_cached(docs, cache=results)
    assert again.from_cache_ and results.hits == 1
    _same_model(again, fitted)
    plain = ThemeModel(random_state=0).fit(docs)  # and both equal a fit without any cache
    _same_model(plain, fitted)
    assert (
        np.array_equal(again.clusterer_.svd_.components_, plain.clusterer_.svd_.components_)
        and again.vectorizer_.vocabulary_ == plain.vectorizer_.vocabulary_
    )


def test_theme_cache_key_covers_measures_order_and_parameters(tmp_path):
    from policytext.themes import ThemeModel

    docs = _measures(16)
    key = ThemeModel(n_themes=3, random_state=0).cache_key(docs)
    assert key == ThemeModel(n_themes=3, random_state=0).cache_key([list(d) for d in docs])
    changed = [list(d) for d in docs]
    changed[5][0] = "专利"
    variants = [
        ThemeModel(n_themes=3, random_state=0).cache_key(changed),  # one measure changed
        ThemeModel(n_themes=3, random_state=0).cache_key(docs[::-1]),  # order
        ThemeModel(n_themes=3, random_state=0).cache_key(docs[:-1]),  # one measure fewer
        ThemeModel(n_themes=4, random_state=0).cache_key(docs),
        ThemeModel(n_themes="auto", random_state=0).cache_key(docs),
        ThemeModel(n_themes=3, random_state=1).cache_key(docs),
        ThemeModel(n_themes=3, random_state=0, n_keywords=5).cache_key(docs),
    ]
    assert key is not None and len({key, *variants}) == len(variants) + 1
    # Nothing to key: an unseeded model, an embedding callable.
    from policytext.themes import MeasureVectorizer

    assert ThemeModel(n_themes=3).cache_key(docs) is None
    emb = MeasureVectorizer(embedding=lambda texts: np.ones((len(texts), 2)))
    assert ThemeModel(emb, n_themes=3, random_state=0).cache_key(docs) is None
    # A changed measure misses the cache and is fitted.
    a = ThemeModel(n_themes=3, random_state=0).fit_cached(docs, cache=tmp_path)
    b = ThemeModel(n_themes=3, random_state=0).fit_cached(changed, cache=tmp_path)
    c = ThemeModel(n_themes=3, random_state=1).fit_cached(docs, cache=tmp_path)
    assert (a.from_cache_, b.from_cache_, c.from_cache_) == (False, False, False)
    assert len(list((tmp_path / "results" / "themes").glob("*.msgpack"))) == 3


def test_theme_cache_key_follows_a_changed_document(tmp_path):
    from policytext.document import Record
    from policytext.themes import ThemeModel

    def records(word: str) -> list[Record]:
        out = []
        for i, toks in enumerate(_measures(8)):
            text = "".join(toks)
            spans, pos = [], 0
            for t in toks:
                spans.append({"start": pos, "end": pos + len(t)})
                pos += len(t)
            out.append(
                Record(
                    id=f"d{i}",
                    source=f"d{i}.txt",
                    text=text.replace("园区", word),
                    tokens=spans,
                    measures=[{"start": 0, "end": len(text)}],
                )
            )
        return out

    model = ThemeModel(n_themes=2, random_state=0)
    assert model.cache_key(records("园区")) == model.cache_key(records("园区"))
    assert model.cache_key(records("园区")) != model.cache_key(records("厂区"))


def test_damaged_theme_cache_entries_warn_and_refit(tmp_path):
    import msgpack

    from policytext.cache import ResultCache
    from policytext.themes import ThemeModel

    docs = _measures(24)
    first = ThemeModel(n_themes=3, random_state=0).fit_cached(docs, cache=tmp_path)
    (entry,) = (tmp_path / "results" / "themes").glob("*.msgpack")
    good = entry.read_bytes()
    key = entry.stem
    damaged = {
        "garbage": b"\xc1 not msgpack at all",
        "truncated": good[: len(good) // 2],
        "wrong key": msgpack.packb({"kind": "themes", "key": "0" * 64, "data": {}}),
        "missing fields": msgpack.packb({"kind": "themes", "key": key, "data": {"n_themes": 2}}),
        "bad array": msgpack.packb(
            {
                "kind": "themes",
                "key": key,
                "data": {
                    **msgpack.unpackb(good)["data"],
                    "labels": {"ndarray": "|O", "shape": [1], "data": b"x"},
                },
            }
        ),
    }
    for what, blob in damaged.items():
        entry.write_bytes(blob)
        with pytest.warns(RuntimeWarning, match="damaged"):
            again = ThemeModel(n_themes=3, random_state=0).fit_cached(docs, cache=tmp_path)
        assert not again.from_cache_, what
        _same_model(again, first)
        assert entry.read_bytes() == good, what  # the refit wrote a good entry back
    assert ResultCache(tmp_path / "results").get("themes", key) is not None


def test_result_cache_is_msgpack_never_pickle(tmp_path, monkeypatch):
    import pickle

    import msgpack

    from policytext.cache import ResultCache, pack_array, unpack_array
    from policytext.themes import ThemeModel

    def refuse(*args, **kwargs):
        raise AssertionError("pickle used")

    for name in ("dump", "dumps", "load", "loads", "Pickler", "Unpickler"):
        monkeypatch.setattr(pickle, name, refuse)
    docs = _measures(24)
    ThemeModel(random_state=0).fit_cached(docs, cache=tmp_path)
    assert ThemeModel(random_state=0).fit_cached(docs, cache=tmp_path).from_cache_
    files = [p for p in (tmp_path / "results").rglob("*") if p.is_file()]
    assert files and all(p.suffix == ".msgpack" for p in files)
    for p in files:
        blob = p.read_bytes()
        assert not blob.startswith(b"\x80")
        msgpack.unpackb(blob, raw=False)  # plain msgpack: no extension types
    # Arrays are raw numeric bytes; an object dtype is refused both ways.
    with pytest.raises(TypeError):
        pack_array(np.array(["a"], dtype=object))
    with pytest.raises(ValueError):
        unpack_array({"ndarray": "|O", "shape": [1], "data": b"\0" * 8})
    x = np.linspace(0, 1, 7).reshape(7, 1)
    assert unpack_array(pack_array(x)).tobytes() == x.tobytes()
    results = ResultCache(tmp_path / "other")
    assert results.get("themes", "ab" * 32) is None  # missing: a silent miss
    for module in ("cache", "themes", "report"):
        source = (Path(policytext.__file__).parent / f"{module}.py").read_text(encoding="utf-8")
        assert "import pickle" not in source and "allow_pickle=True" not in source


def test_clearing_the_record_cache_clears_results(tmp_path):
    from policytext.themes import ThemeModel

    ThemeModel(n_themes=2, random_state=0).fit_cached(_measures(8), cache=tmp_path)
    cache = RecordCache(tmp_path)
    assert len(cache.results) == 1 and len(cache) == 0  # results are not counted as records
    cache.clear()
    assert len(cache.results) == 0
