"""policytext report: the theme report's files, content, provenance and personal-data masking."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
from conftest import DEMO, SEED, shared_path

import policytext
from policytext.document import Record, write_records
from policytext.report import CSS_FONT_FAMILIES, corpus_hash, draw_instrument_mix, report

SEED_PHONE = "18697309817"
SECTIONS = (
    "overview",
    "entities",
    "themes",
    "instruments",
    "time",
    "network",
    "governance",
    "methods",
)

_CACHE: dict[str, list[Record]] = {}


def demo_records(nlp) -> list[Record]:
    """The demo corpus analysed once per test session (shared with the browser test)."""
    if "demo" not in _CACHE:
        _CACHE["demo"] = policytext.analyze(DEMO, nlp=nlp, progress=False).records
    return _CACHE["demo"]


def make_demo_report(nlp, out: Path):
    return report(demo_records(nlp), out, progress=False)


@pytest.fixture(scope="module")
def demo(nlp, tmp_path_factory):
    return make_demo_report(nlp, tmp_path_factory.mktemp("demo_report"))


@pytest.fixture(scope="module")
def seed_records(nlp):
    path = shared_path("seeds", SEED.name)
    return policytext.analyze(path, nlp=nlp, progress=False).records


def test_demo_report_writes_html_markdown_and_figures(demo):
    page = demo.html.read_text(encoding="utf-8")
    md = demo.markdown.read_text(encoding="utf-8")
    for anchor in SECTIONS:
        assert f'<section id="{anchor}">' in page
    assert set(demo.figures) == {"instruments", "theme_sizes", "themes_over_time", "network"}
    # Every figure is embedded in the page and saved beside report.md, which links it.
    embedded = re.findall(r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"', page)
    assert len(embedded) == len(demo.figures)
    for name, path in demo.figures.items():
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert f"](figures/{name}.png)" in md
    # The corpus overview names every document, issuer and type of the demo corpus.
    for rec in demo.records:
        assert f'id="doc-{rec.id}"' in page
        assert rec.meta["title"] in page and rec.meta["title"] in md
    assert "示例市人民政府办公室" in page and "2025-03-18 – 2025-06-20" in page
    # Themes: one heading per theme with its label; the governance table names leading bodies.
    for t, label in demo.themes.theme_labels_.items():
        assert f"主题 {t}: {label}" in md
    governance = md.split("## 治理结构 Governance summary")[1].split("## 方法")[0]
    assert "示例市" in governance and "leading bodies" in governance


def test_report_opens_offline(demo):
    page = demo.html.read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)=["'](?:https?:)?//""", page)
    assert "<script" not in page and "@import" not in page
    assert re.findall(r"url\(", page) == []
    css = re.search(r"<style>(.*)</style>", page, re.S).group(1)
    assert f'"{CSS_FONT_FAMILIES[0]}"' in css and "WenQuanYi Zen Hei" in css
    assert '<html lang="zh-CN">' in page


def test_representative_measures_are_quoted_with_their_document_and_offsets(demo):
    page = demo.html.read_text(encoding="utf-8")
    texts = {r.id: r.text for r in demo.records}
    quotes = re.findall(
        r'<blockquote data-doc="([^"]+)" data-start="(\d+)" data-end="(\d+)">「(.*?)」', page
    )
    assert len(quotes) >= demo.themes.n_themes_
    for doc, start, end, quoted in quotes:
        assert f'href="#doc-{doc}"' in page
        span = texts[doc][int(start) : int(end)]
        assert span.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") in quoted


def test_methods_record_versions_model_hash_seeds_and_corpus_hash(demo):
    methods = json.loads((demo.directory / "methods.json").read_text(encoding="utf-8"))
    assert methods["software"]["policytext"] == policytext.__version__
    model = demo.records[0].pipeline["pkuseg_model"]
    assert [m["files_sha256"] for m in methods["models"]] == [model["files_sha256"]]
    assert methods["parameters"]["random_state (themes, communities, layout)"] == 0
    assert methods["parameters"]["n_themes (fitted)"] == demo.themes.n_themes_
    # The corpus hash is the hash of the demo files' bytes, independent of reading order.
    lines = sorted(
        f"{p.name}\t{hashlib.sha256(p.read_bytes()).hexdigest()}"
        for p in DEMO.iterdir()
        if p.name in {Path(r.source).name for r in demo.records}
    )
    expected = hashlib.sha256("\n".join(lines).encode()).hexdigest()
    assert methods["corpus"]["sha256"] == expected
    md = demo.markdown.read_text(encoding="utf-8")
    assert expected in md and model["files_sha256"]["weights.npz"] in md
    # the learned models the records were made with are named with their hashes
    detection = demo.records[0].pipeline["detection"]
    assert [m["detection"] for m in methods["models"]] == [detection]
    assert "measure detection" in md and detection["model_sha256"] in md
    assert "policytext report <records> -o" in md and "--random-state 0" in md


def test_same_seed_same_themes_and_figures(demo, nlp, tmp_path):
    again = make_demo_report(nlp, tmp_path)
    assert again.themes.labels_.tolist() == demo.themes.labels_.tolist()
    assert again.methods["corpus"] == demo.methods["corpus"]
    strip = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
    assert strip.sub("", again.markdown.read_text(encoding="utf-8")).replace(
        str(tmp_path), "OUT"
    ) == strip.sub("", demo.markdown.read_text(encoding="utf-8")).replace(
        str(demo.directory), "OUT"
    )


def test_corpus_hash_changes_with_any_document(tmp_path):
    for name, text in (("a.txt", "关于印发方案的通知"), ("b.txt", "一是加强组织领导。")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    recs = [Record(id=p.stem, source=str(p), text="x") for p in sorted(tmp_path.iterdir())]
    before = corpus_hash(recs)
    assert before["files"]["a.txt"]["hashed"] == "file"
    assert corpus_hash(recs[::-1]) == before
    (tmp_path / "b.txt").write_text("二是加强组织领导。", encoding="utf-8")
    after = corpus_hash(recs)
    assert after["sha256"] != before["sha256"]
    assert after["files"]["a.txt"] == before["files"]["a.txt"]


def test_seed_phone_number_is_masked_by_default(seed_records, tmp_path):
    assert any(SEED_PHONE in r.text for r in seed_records)
    out = report(seed_records, tmp_path / "masked", progress=False)
    for path in out.directory.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".md", ".json", ".jsonl"):
            assert SEED_PHONE not in path.read_text(encoding="utf-8"), path.name
    assert "masked (1 phone" in out.markdown.read_text(encoding="utf-8")
    # The caller's records are not changed.
    assert any(SEED_PHONE in r.text for r in seed_records)


def test_seed_phone_number_kept_on_request(seed_records, tmp_path):
    out = report(seed_records, tmp_path, progress=False, mask_personal_data=False)
    assert SEED_PHONE in out.html.read_text(encoding="utf-8")
    assert "kept (mask_personal_data=False)" in out.markdown.read_text(encoding="utf-8")
    assert "--keep-personal-data" in out.methods["command"]


def test_seed_report_without_dates_says_so(seed_records, tmp_path):
    out = report(seed_records, tmp_path, progress=False)
    assert "themes_over_time" not in out.figures
    assert any("carry no dates" in n for n in out.notes)
    assert "carry no dates" in out.markdown.read_text(encoding="utf-8")


def test_cli_report_from_records_file(demo, tmp_path, capsys):
    from policytext.cli import main

    records = tmp_path / "records.jsonl"
    write_records(demo.records, records)
    out = tmp_path / "rep"
    code = main(["report", str(records), "-o", str(out), "-q", "--n-themes", "3"])
    assert code == 0
    assert (out / "index.html").is_file() and (out / "report.md").is_file()
    manifest = [json.loads(x) for x in (out / "records.manifest.jsonl").read_text().splitlines()]
    assert [m["status"] for m in manifest] == ["processed"] * len(demo.records)
    err = capsys.readouterr().err
    assert f"policytext report: {len(demo.records)} inputs: {len(demo.records)} processed" in err
    methods = json.loads((out / "methods.json").read_text(encoding="utf-8"))
    assert methods["parameters"]["n_themes (fitted)"] == 3
    assert methods["command"].startswith("policytext report ")


def test_cli_report_on_the_seed_document(nlp, tmp_path, monkeypatch, capsys):
    import policytext.pipeline
    from policytext.cli import main

    seed = shared_path("seeds", SEED.name)
    monkeypatch.setattr(policytext.pipeline, "load", lambda *a, **k: nlp)
    code = main(["report", str(seed), "-o", str(tmp_path), "-q", "--strict"])
    assert code == 0
    assert SEED_PHONE not in (tmp_path / "index.html").read_text(encoding="utf-8")
    assert SEED_PHONE not in (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "1 processed" in capsys.readouterr().err


def test_cli_report_exit_code_when_nothing_readable(tmp_path, capsys):
    from policytext.cli import main

    bad = tmp_path / "broken.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    code = main(["report", str(bad), "-o", str(tmp_path / "out"), "-q"])
    assert code == 1
    err = capsys.readouterr().err
    assert "failed: " in err and "nothing could be processed" in err


def test_report_of_a_document_without_measures(tmp_path):
    rec = Record(id="letter", source="letter.txt", text="感谢您对我们工作的支持。")
    out = report([rec], tmp_path, progress=False)
    assert out.themes is None and out.graph is None and out.figures == {}
    md = out.markdown.read_text(encoding="utf-8")
    assert "0 measures: too few to cluster" in md and "No measures: no network." in md


def test_progress_bar_shows_the_stages(tmp_path, capsys):
    rec = Record(id="d", source="d.txt", text="一是加强组织领导。")
    report([rec], tmp_path, progress=True)
    err = capsys.readouterr().err
    assert "report" in err and "6/6" in err and "writing" in err


def test_policytext_report_is_the_function_and_the_module(tmp_path):
    import policytext.report as module

    rec = Record(id="d", source="d.txt", text="一是加强组织领导。")
    assert callable(policytext.report) and module.report is report
    out = policytext.report([rec], tmp_path, progress=False)
    assert out.html.is_file()


def test_mixed_inputs_and_empty_figures_are_refused(tmp_path):
    rec = Record(id="d", source="d.txt", text="x")
    with pytest.raises(TypeError, match="records or paths"):
        report([rec, tmp_path / "a.txt"], tmp_path, progress=False)  # type: ignore[list-item]
    with pytest.raises(ValueError, match="no measures"):
        draw_instrument_mix([rec])


# --------------------------------------------------------------------------- result cache
_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


def _report_files(out: Path) -> dict[str, bytes]:
    """Every file a report wrote, its time stamp and its own folder name taken out."""
    files = {}
    for p in sorted(out.rglob("*")):
        if p.is_file():
            blob = p.read_bytes()
            if p.suffix != ".png":
                blob = _STAMP.sub("", blob.decode("utf-8")).replace(str(out), "OUT").encode()
            files[p.relative_to(out).as_posix()] = blob
    return files


def test_cached_report_is_identical_to_an_uncached_one(nlp, tmp_path):
    records = demo_records(nlp)
    cache = tmp_path / "cache"
    plain = report(records, tmp_path / "plain", progress=False, cache=False, command="x")
    first = report(records, tmp_path / "first", progress=False, cache=cache, command="x")
    again = report(records, tmp_path / "again", progress=False, cache=cache, command="x")
    stages = {"themes", "actors"} | {f"figure:{name}" for name in plain.figures}
    assert plain.cached == {} and len(plain.figures) == 4
    assert first.cached == dict.fromkeys(stages, False)
    assert again.cached == dict.fromkeys(stages, True)
    expected = _report_files(plain.directory)
    assert set(expected) >= {"report.md", "index.html", "methods.json", "records.jsonl"}
    assert _report_files(first.directory) == expected
    assert _report_files(again.directory) == expected
    assert again.themes.get_theme_info().equals(plain.themes.get_theme_info())
    assert again.themes.measures_.equals(plain.themes.measures_)

    # Damaged entries are recomputed, with a warning, and the report is the same.
    entries = [p for p in (cache / "results").rglob("*.msgpack")]
    assert len(entries) == len(stages)
    for p in entries:
        p.write_bytes(b"\xc1 damaged")
    with pytest.warns(RuntimeWarning, match="damaged"):
        third = report(records, tmp_path / "third", progress=False, cache=cache, command="x")
    assert third.cached == dict.fromkeys(stages, False)
    assert _report_files(third.directory) == expected


MEASURE_TEXTS = {
    "a": "关于加强人才工作的意见\n一、总体要求\n一是加强人才引进工作。二是强化人才培养保障。"
    "三是落实人才住房补贴。\n",
    "b": "关于推进园区建设的通知\n一、主要任务\n（一）完善园区基础设施。\n（二）保障园区建设用地。\n"
    "（三）加快园区道路建设。\n",
    "c": "关于支持企业创新的措施\n一、支持措施\n（一）设立企业创新基金。\n（二）奖励企业研发投入。\n",
}


def test_cli_report_rerun_reads_every_stage_from_the_cache(tmp_path, capsys):
    from policytext.cli import main

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in MEASURE_TEXTS.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    cache = tmp_path / "cache"
    base = ["report", str(corpus), "-q", "--segmenter", "char", "--n-themes", "3"]

    def run(name: str, *extra: str) -> dict[str, bytes]:
        out = tmp_path / name
        assert main([*base, "-o", str(out), *extra]) == 0
        files = _report_files(out)
        for f in ("report.md", "index.html", "methods.json"):  # the command line differs
            cut = (f" --cache-dir {cache}".encode(), b" --no-cache")
            files[f] = files[f].replace(cut[0], b"").replace(cut[1], b"")
        return files

    def entries() -> dict[str, float]:
        return {
            p.relative_to(cache).as_posix(): p.stat().st_mtime_ns
            for p in (cache / "results").rglob("*.msgpack")
        }

    first = run("1", "--cache-dir", str(cache))
    stored = entries()
    kinds = sorted({k.split("/")[1] for k in stored})
    assert kinds == ["actors", "figure", "themes"]
    assert run("2", "--cache-dir", str(cache)) == first
    assert entries() == stored  # nothing recomputed, nothing rewritten
    assert run("plain", "--no-cache") == first
    assert entries() == stored

    # One document changed: its record, the themes, the actors and the figures are new.
    (corpus / "b.txt").write_text(MEASURE_TEXTS["b"].replace("道路", "管网"), encoding="utf-8")
    changed = run("3", "--cache-dir", str(cache))
    assert changed != first and "管网" in changed["records.jsonl"].decode()
    new = set(entries()) - set(stored)
    assert {k.split("/")[1] for k in new} == {"themes", "actors", "figure"}
    assert run("plain3", "--no-cache") == changed
    capsys.readouterr()


def test_cli_themes_writes_the_same_tables_with_and_without_the_theme_cache(nlp, tmp_path):
    from policytext.cli import main

    records = tmp_path / "records.jsonl"
    write_records(demo_records(nlp), records)
    cache = tmp_path / "cache"
    outs = {}
    for name, extra in (
        ("first", ["--cache-dir", str(cache)]),
        ("cached", ["--cache-dir", str(cache)]),
        ("plain", ["--no-cache"]),
    ):
        out = tmp_path / name
        assert main(["themes", str(records), "-o", str(out), "-q", *extra]) == 0
        outs[name] = {f: (out / f).read_bytes() for f in ("themes.csv", "measures.csv")}
        if name == "first":
            (entry,) = (cache / "results" / "themes").glob("*.msgpack")
            stamp = entry.stat().st_mtime_ns
    assert outs["cached"] == outs["first"] == outs["plain"]
    assert entry.stat().st_mtime_ns == stamp
