"""policytext.process / iter_process: order, streaming window, writers, same records."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from conftest import DEMO

import policytext
from policytext.analysis import iter_analyze
from policytext.io import RawDocument, ReadError
from policytext.streaming import (
    LazyPipeline,
    PipelineSpec,
    iter_process,
    process,
    read_parquet_records,
)

CHAR = PipelineSpec(segmenter="char", components=("policy_structure",))


def _docs(n: int) -> list[RawDocument]:
    return [
        RawDocument(
            id=f"d{i}",
            source=f"d{i}.txt",
            text=f"关于开展第{i}批试点工作的通知\n一、总体要求\n一是加强组织领导{i}。二是强化保障。\n",
            format="txt",
            encoding="utf-8",
        )
        for i in range(n)
    ]


def _dump(pairs) -> list[tuple[str | None, dict]]:
    return [(r.to_json() if r is not None else None, e.to_dict()) for r, e in pairs]


def test_process_is_exported_lazily():
    assert policytext.process is process
    assert callable(policytext.iter_process)


def test_records_and_manifest_in_input_order_with_read_errors():
    items: list = _docs(5)
    items.insert(2, ReadError("bad.pdf", "encrypted PDF: a password is required"))
    items.insert(0, ReadError("README.md", "skipped: unsupported file type .md", skipped=True))
    got = list(iter_process(items, nlp=LazyPipeline(CHAR), batch_size=2, progress=False))
    assert [e.status for _, e in got] == ["skipped"] + ["processed"] * 2 + ["failed"] + [
        "processed"
    ] * 3
    assert [r.id for r, _ in got if r is not None] == [f"d{i}" for i in range(5)]
    assert got[3][1].reason == "encrypted PDF: a password is required"


def test_batch_size_does_not_change_the_records():
    nlp = CHAR.load()
    base = _dump(iter_analyze(_docs(7), nlp, progress=False))  # type: ignore[arg-type]
    for batch_size in (1, 3, 16):
        got = _dump(iter_process(_docs(7), nlp=nlp, batch_size=batch_size, progress=False))
        assert got == base


def test_input_is_read_lazily_memory_stays_bounded():
    pulled = 0

    def source() -> Iterator[RawDocument]:
        nonlocal pulled
        for doc in _docs(200):
            pulled += 1
            yield doc

    stream = iter_process(source(), nlp=LazyPipeline(CHAR), batch_size=4, progress=False)
    next(stream)
    assert pulled <= 4  # one batch read, not the corpus
    for _ in range(20):
        next(stream)
    assert pulled <= 4 * 7
    stream.close()


def test_a_failing_document_is_a_failed_entry(monkeypatch):
    import policytext.analysis as analysis

    real = analysis.analyze_document

    def flaky(raw, nlp, **kw):
        if raw.id == "d1":
            raise RuntimeError("boom")
        return real(raw, nlp, **kw)

    monkeypatch.setattr(analysis, "analyze_document", flaky)
    got = list(iter_process(_docs(3), nlp=LazyPipeline(CHAR), progress=False, cache=False))
    assert [e.status for _, e in got] == ["processed", "failed", "processed"]
    assert got[1][1].reason == "RuntimeError: boom" and got[1][0] is None


def test_process_writes_jsonl_and_manifest_incrementally(tmp_path):
    items: list = [*_docs(3), ReadError("x.doc", "unsupported .doc")]
    out = tmp_path / "out" / "r.jsonl"
    result = process(items, out, nlp=LazyPipeline(CHAR), progress=False)
    assert result.output == out
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["id"] for x in lines] == ["d0", "d1", "d2"]
    manifest = [json.loads(x) for x in result.manifest_path.read_text().splitlines()]
    assert [m["status"] for m in manifest] == ["processed"] * 3 + ["failed"]
    assert result.counts == {"processed": 3, "failed": 1}
    assert policytext.read_records(out)[1].text == _docs(3)[1].text


def test_process_writes_parquet_that_reads_back(tmp_path):
    pytest.importorskip("pyarrow")
    out = tmp_path / "r.parquet"
    nlp = CHAR.load()
    process(_docs(5), out, nlp=nlp, progress=False)
    back = read_parquet_records(out)
    assert [r.to_json() for r in back] == [
        r.to_json() for r, _ in iter_analyze(_docs(5), nlp, progress=False) if r is not None
    ]  # type: ignore[arg-type]


def test_process_without_output_returns_records_and_masks():
    doc = RawDocument(
        id="p", source="p.txt", text="请联系13812345678。", format="txt", encoding="utf-8"
    )
    result = process([doc], nlp=LazyPipeline(CHAR), progress=False, mask_personal_data=True)
    assert "13812345678" not in result.records[0].text
    assert any("masked" in w for w in result.manifest[0].warnings)


def test_bad_arguments_are_refused():
    with pytest.raises(ValueError, match="n_process"):
        list(iter_process([], n_process=0))
    with pytest.raises(ValueError, match="client"):
        list(iter_process([], backend="dask"))


def test_lazy_pipeline_and_spec():
    lazy = LazyPipeline(CHAR)
    lazy.max_length = 1234  # before loading: recorded in the spec
    assert not lazy.loaded and lazy.describe()["max_length"] == 1234
    assert lazy.max_length == 1234 and lazy.loaded
    spec = PipelineSpec(user_dict=["产业链"], components=["policy_structure"])
    assert spec.user_dict == ("产业链",) and hash(spec)


@pytest.mark.model
def test_same_records_with_two_processes_on_the_demo_corpus(nlp):
    base = _dump(iter_analyze(DEMO, nlp, progress=False))
    one = _dump(iter_process(DEMO, nlp=nlp, batch_size=2, progress=False, cache=False))
    two = _dump(iter_process(DEMO, n_process=2, batch_size=1, progress=False, cache=False))
    assert one == base
    assert two == base
    assert sum(1 for r, _ in base if r is not None) == 5


@pytest.mark.model
def test_spec_describes_the_loaded_pipeline_without_loading_it(nlp):
    from policytext.analysis import pipeline_info
    from policytext.cache import pipeline_config

    lazy = LazyPipeline()
    info = lazy.describe()
    assert info.pop("max_length") == nlp.max_length
    assert info == pipeline_info(nlp) and not lazy.loaded
    assert pipeline_config(lazy) == pipeline_config(nlp)
