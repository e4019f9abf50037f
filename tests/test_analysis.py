from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from itertools import pairwise

import pytest
from conftest import DEMO, SEED, corpus_files, shared_path
from hypothesis import given, settings
from hypothesis import strategies as st

import policytext
from policytext.analysis import analyze, chunk_bounds, manifest_path
from policytext.cli import main as cli_main
from policytext.normalization import fold_width, normalize
from policytext.repair import repair_reading_order
from policytext.structure import parse_structure


def _nonspace(text: str) -> Counter:
    return Counter(ch for ch in text if not ch.isspace())


@pytest.fixture(scope="module")
def seed_record(nlp, tmp_path_factory):
    shared_path("seeds")
    out = tmp_path_factory.mktemp("seed") / "seed.jsonl"
    assert cli_main(["analyze", str(SEED), "-o", str(out), "-q"]) == 0
    (record,) = policytext.read_records(out)
    return record


def test_seed_header_block(seed_record):
    meta = seed_record.meta
    assert meta["doc_number"] == "郑港提字〔2024〕2号"
    assert meta["signer"] == "张红军"
    assert meta["issuer"] == "郑州航空港经济综合实验区管理委员会"
    assert meta["issuers"][0] == meta["issuer"]
    assert meta["recipients"] == ["刘国付委员"]
    assert meta["title"] == "关于省政协十三届二次会议第1320477号提案的答复"
    assert meta["doc_type"] == "答复"
    assert meta["handling_result"] == "A"
    assert meta["contact"].startswith("联系人：常浩")


def test_seed_reading_order_restored(seed_record):
    text = seed_record.text
    for joined in (
        "加强科技创新等务实举措",
        "蓝翎环科",
        "风险可控",
        "提高审批效率",
        "提升航空港区建筑工业化水平",
    ):
        assert joined in text, joined
    # no block lost or duplicated: same characters as the normalised source
    source = SEED.read_text(encoding="utf-8")
    assert _nonspace(text) == _nonspace(normalize(source).text)
    # reading order: the reply's parts follow each other, closing lines last
    order = [
        text.index(s)
        for s in ("签发人", "一是强化组织领导", "六是加强科技创新", "下一步", "非常感谢", "联系人")
    ]
    assert order == sorted(order)
    assert seed_record.repairs and all("source_spans" in r for r in seed_record.repairs)


def test_seed_offsets_lead_back_to_the_source(seed_record):
    source = SEED.read_text(encoding="utf-8")
    omap = seed_record.offsets
    for i, ch in enumerate(seed_record.text):
        j = omap.to_source(i)
        if j is None:
            assert ch.isspace()
        else:
            assert fold_width(source[j]) == ch or (ch.isspace() and source[j].isspace())
    sent = seed_record.sentences[5]
    spans = seed_record.source_spans(sent["start"], sent["end"])
    assert (
        "".join(source[a:b] for a, b in spans).replace(" ", "")
        == seed_record.text[sent["start"] : sent["end"]]
    )


def test_record_fields_and_tokens(seed_record):
    d = seed_record.to_dict()
    for key in (
        "id",
        "source",
        "encoding",
        "text",
        "offset_map",
        "meta",
        "repairs",
        "sections",
        "sentences",
        "clauses",
        "tokens",
        "entities",
        "actor_groups",
        "measures",
        "warnings",
        "schema_version",
    ):
        assert key in d
    assert d["encoding"] == "utf-8"
    toks = seed_record.tokens
    assert all(a["end"] <= b["start"] for a, b in pairwise(toks))
    words = {seed_record.text[t["start"] : t["end"]] for t in toks}
    assert {"工作专班", "绿色建材", "链长"} <= words
    enums = [e["label"] for e in seed_record.enumerations]
    assert enums[:6] == ["一是", "二是", "三是", "四是", "五是", "六是"]


def test_ordered_real_documents_pass_untouched(nlp):
    files = corpus_files()
    result = analyze(files, nlp=nlp, progress=False)
    assert [m.status for m in result.manifest] == ["processed"] * len(files)
    for rec, path in zip(result.records, files, strict=True):
        assert rec.repairs == [], path.name
        assert rec.text == normalize(path.read_text(encoding="utf-8")).text


def test_demo_corpus_every_format(nlp, tmp_path):
    out = tmp_path / "demo.jsonl"
    result = analyze(DEMO, out, nlp=nlp, progress=False)
    formats = {r.format for r in result.records}
    assert {"docx", "pdf", "txt", "html"} <= formats
    assert any(r.encoding in ("gbk", "gb18030", "gb2312") for r in result.records)
    assert not result.failed
    lines = [json.loads(x) for x in manifest_path(out).read_text(encoding="utf-8").splitlines()]
    assert {m["status"] for m in lines} == {"processed", "skipped"}
    assert len(lines) == len(result.manifest)
    page = next(r for r in result.records if r.format == "html")
    assert (
        page.meta["title"] == "《示例市支持数字经济高质量发展若干措施》政策解读"
    )  # <meta ArticleTitle>
    assert page.meta["date"] == "2025-05-08"
    ents = policytext.entities_frame(result.records)
    assert set(ents["label"]) >= {"ORG", "FIRM", "PROGRAM", "PERSON", "GPE"}
    assert (ents["doc"].isin([r.id for r in result.records])).all()
    plan = next(r for r in result.records if r.format == "docx")
    assert plan.meta["doc_number"] and plan.meta["doc_type"] == "通知"
    assert any(s["level"] == 2 for s in plan.sections)


def test_manifest_reports_every_bad_input(nlp, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(
        "关于成立工作专班的通知\n一、成立工作专班。\n", encoding="utf-8"
    )
    (folder / "broken.docx").write_bytes(b"this is not a zip file")
    (folder / "notes.xyz").write_text("?", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    code = cli_main(["analyze", str(folder), str(tmp_path / "missing.txt"), "-o", str(out), "-q"])
    assert code == 0
    rows = {
        json.loads(x)["path"].split("/")[-1]: json.loads(x)
        for x in manifest_path(out).read_text(encoding="utf-8").splitlines()
    }
    assert rows["good.txt"]["status"] == "processed"
    assert rows["broken.docx"]["status"] == "failed" and rows["broken.docx"]["reason"]
    assert rows["empty.txt"]["status"] == "failed" and "empty" in rows["empty.txt"]["reason"]
    assert rows["notes.xyz"]["status"] in ("skipped", "failed")
    assert rows["missing.txt"]["status"] == "failed"
    assert len(policytext.read_records(out)) == 1


def test_table_metadata_fills_what_the_text_lacks(nlp, tmp_path):
    rows = tmp_path / "export.csv"
    rows.write_text(
        "标题,发布日期,发文机关,正文\n示例通知,2024-03-05,示例市财政局,支持企业开展技术改造。\n",
        encoding="utf-8-sig",
    )
    (record,) = analyze(rows, nlp=nlp, progress=False).records
    assert record.meta["title"] == "示例通知"
    assert record.meta["date"] == "2024-03-05"
    assert record.meta["issuers"] == ["示例市财政局"]


def test_long_documents_are_chunked_at_sentence_ends(nlp, model_dir):
    text = "".join(
        f"（{i}）第{i}项措施：支持企业开展技术创新，给予资金支持。\n" for i in range(1, 200)
    )
    structure = parse_structure(text)
    bounds = chunk_bounds(text, structure, 1000)
    assert len(bounds) > 5 and bounds[-1][1] == len(text)
    assert all(text[e - 2] in "。\n" or text[e - 1] in "。\n" for _, e in bounds[:-1])
    small = policytext.load(model=model_dir)
    small.max_length = 1000
    from policytext.io import RawDocument

    raw = RawDocument(
        id="long",
        source="long.txt",
        text=text,
        encoding="utf-8",
        format="txt",
        meta={},
        warnings=[],
    )
    chunked = policytext.analyze_document(raw, small)
    whole = policytext.analyze_document(raw, nlp)
    assert any("chunks" in w for w in chunked.warnings)
    assert chunked.tokens == whole.tokens
    assert chunked.sentences == whole.sentences


def test_records_round_trip(seed_record, tmp_path):
    path = tmp_path / "r.jsonl"
    policytext.write_records([seed_record], path)
    assert policytext.read_records(path)[0] == seed_record
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "schema_version": "0.1"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="schema_version"):
        policytext.read_records(bad)
    assert list(seed_record.table("sections").columns)[:4] == ["start", "end", "level", "heading"]


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["analyze", "--help"],
        ["models", "--help"],
        ["models", "download", "--help"],
        ["models", "info", "--help"],
        ["demo", "--help"],
    ],
)
def test_cli_help(args):
    out = subprocess.run(
        [sys.executable, "-m", "policytext", *args], capture_output=True, text=True, check=True
    )
    assert "usage: policytext" in out.stdout


def test_bad_records_files_are_clear_errors(tmp_path):
    with pytest.raises(FileNotFoundError, match="no records file"):
        policytext.read_records(tmp_path / "none.jsonl")
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken.jsonl:1: not a JSON record"):
        policytext.read_records(broken)
    with pytest.raises(ValueError, match="not a list field"):
        policytext.Record(id="x", source="x", text="").table("meta")


_block = st.text(
    alphabet=st.sampled_from(
        list("政策产业链推动绿色建材一二三是（）。，、；：“”ＡＢ１２3 \u3000")
    ),
    min_size=1,
    max_size=40,
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_block, min_size=1, max_size=8), st.sampled_from(["\n\n", "\n\n\n", "\f", "\n"]))
def test_normalise_then_repair_maps_every_character_back(blocks, sep):
    """The record's offset map (repair ∘ normalise) leads each character to its source."""
    source = sep.join(blocks)
    norm = normalize(source)
    fixed = repair_reading_order(norm.text)
    omap = fixed.offset_map.compose(norm.offset_map)
    for i, ch in enumerate(fixed.text):
        j = omap.to_source(i)
        if j is None:
            assert ch.isspace()
        else:
            assert fold_width(source[j]) == ch or (ch.isspace() and source[j].isspace())
    assert _nonspace(fixed.text) == _nonspace(norm.text)


def test_corpus_run_links_short_firm_names_across_documents(nlp, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "关于支持企业发展的通知\n一、支持河南中豫建设投资集团股份有限公司牵头组建研究院。\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        "关于推广绿色建材的通知\n一、培育了中豫建投、洛阳玻璃等龙头企业5家。\n", encoding="utf-8"
    )
    out = tmp_path / "r.jsonl"
    analyze(folder, out, nlp=nlp, progress=False)
    a, b = policytext.read_records(out)
    (full,) = [e for e in a.entities if e["label"] == "FIRM"]
    short = next(e for e in b.entities if e["text"] == "中豫建投")
    assert short["canonical"] == full["text"] and short["id"] == full["id"]
