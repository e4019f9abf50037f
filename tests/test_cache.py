"""The record cache: keys, round trip, invalidation, cached runs of analyze and the CLI."""

from __future__ import annotations

import json

import pytest

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
