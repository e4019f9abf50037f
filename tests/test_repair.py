"""Tests for policytext.repair: reading-order restoration of PDF-extracted text."""

from __future__ import annotations

import dataclasses
import json
import random
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent))
import itertools

from conftest import SEED, SHARED
from shuffle_util import cut_pages, non_space, shuffled_document

from policytext.offsets import OffsetMap
from policytext.repair import (
    Repair,
    RepairResult,
    load_cues,
    repair_reading_order,
    split_blocks,
)

CORPUS = sorted((SHARED / "corpus").glob("*.txt"))
CORPUS_IDS = [p.name[:2] for p in CORPUS]
SHUFFLES = 20


def needs_shared() -> None:
    if not SHARED.is_dir():
        pytest.skip("../shared/ not present beside the checkout")


def check_offsets(source: str, result: RepairResult) -> None:
    """Every output char maps to the same input char; non-space chars map one-to-one."""
    out, omap = result.text, result.offset_map
    seen: set[int] = set()
    for i, ch in enumerate(out):
        src = omap.to_source(i)
        if ch.isspace():
            assert src is None or source[src] == ch
            continue
        assert src is not None, f"output char {i} {ch!r} is unmapped"
        assert source[src] == ch
        assert src not in seen, f"input char {src} appears twice"
        seen.add(src)
    assert seen == {i for i, ch in enumerate(source) if not ch.isspace()}


def check_permutation(source: str, result: RepairResult) -> None:
    assert sorted(result.order) == list(range(len(result.blocks)))
    assert result.blocks == split_blocks(source)
    expect = "".join(non_space(source[s:e]) for s, e in (result.blocks[k] for k in result.order))
    assert non_space(result.text) == expect


# --------------------------------------------------------------------------- blocks


def test_split_blocks_spans() -> None:
    text = "\n\n甲乙。\n\n\n  丙\n丁 \n \n戊\f己\n"
    spans = split_blocks(text)
    assert [text[s:e] for s, e in spans] == ["甲乙。", "丙\n丁", "戊", "己"]


def test_split_blocks_empty() -> None:
    assert split_blocks("") == []
    assert split_blocks(" \n\n \f ") == []


def test_single_block_untouched() -> None:
    r = repair_reading_order("只有一段。")
    assert r.text == "只有一段。" and r.repairs == [] and r.order == [0]
    assert r.offset_map == OffsetMap.identity(5)


def test_load_cues_custom_file(tmp_path: Path) -> None:
    f = tmp_path / "cues.txt"
    f.write_text("# comment\n[closing]\n谨此\n[title_suffix]\n公函  # trailing comment\n", "utf-8")
    cues = load_cues(f)
    assert cues.closing == ("谨此",) and cues.title_suffix == ("公函",)
    assert "抄送" in load_cues().closing


def test_simple_swap_rejoins_cut_word() -> None:
    a = "为进一步加强管理，现将有关事项通知如下：一、严格落实安全生产责任，强化风"
    b = "险防控和隐患排查治理。二、加强监督检查。"
    r = repair_reading_order(b + "\n\n" + a)
    assert r.order == [1, 0]
    assert "风险防控" in r.text
    kinds = {(x.kind, x.block) for x in r.repairs}
    assert ("join", 0) in kinds and ("move", 1) in kinds
    check_offsets(b + "\n\n" + a, r)


def test_no_seed_strings_in_module() -> None:
    """The repair module carries no text from the seed document."""
    needs_shared()
    code = (Path(__file__).resolve().parents[1] / "policytext" / "repair.py").read_text("utf-8")
    seed = SEED.read_text("utf-8")
    runs = set(re.findall(r"[\u4e00-\u9fff]{2,}", code))
    assert not {r for r in runs if r in seed}


# --------------------------------------------------------------------------- the seed


@pytest.fixture(scope="module")
def seed_result() -> tuple[str, RepairResult]:
    needs_shared()
    text = SEED.read_text("utf-8")
    return text, repair_reading_order(text)


def test_seed_order(seed_result: tuple[str, RepairResult]) -> None:
    text, r = seed_result
    heads = [text[s : s + 4] for s, _ in r.blocks]
    # A = header … "加强科技" (blocks 0-7), then B C D E F G H I J K in file order
    letters = dict(zip(range(8, 18), "BCDEFGHIJK", strict=True))
    assert heads[8] == "创新等务" and heads[17] == "下一步，"
    assert r.order[:8] == list(range(8))
    assert "".join(letters[k] for k in r.order[8:]) == "BGHIJKFCDE"


def test_seed_text(seed_result: tuple[str, RepairResult]) -> None:
    text, r = seed_result
    for s in ("加强科技创新等务实举措", "蓝翎环科", "风险可控", "提高审批效率", "产业链转型发展"):
        assert s in r.text
        assert s not in text
    assert sorted(non_space(r.text)) == sorted(non_space(text))
    assert r.text.rstrip().endswith("18697309817。")
    check_offsets(text, r)
    check_permutation(text, r)


def test_seed_repairs(seed_result: tuple[str, RepairResult]) -> None:
    _text, r = seed_result
    joins = {x.block for x in r.repairs if x.kind == "join"}
    moves = {x.block for x in r.repairs if x.kind == "move"}
    assert {8, 12, 13, 14, 16, 9} <= joins
    assert moves == {13, 12, 9}
    for x in r.repairs:
        assert isinstance(x, Repair)
        assert (x.source_start, x.source_end) == r.blocks[x.block]
        assert r.order[x.new_position] == x.block
    cut = next(x for x in r.repairs if x.kind == "join" and x.block == 8)
    assert "科技创新" in cut.detail
    json.dumps([dataclasses.asdict(x) for x in r.repairs], ensure_ascii=False)


# --------------------------------------------------------------------------- corpus


@pytest.fixture(scope="module", params=CORPUS or [None], ids=CORPUS_IDS or ["none"])
def corpus_doc(request: pytest.FixtureRequest) -> str:
    needs_shared()
    if request.param is None:
        pytest.skip("no corpus documents")
    return Path(request.param).read_text("utf-8")


def test_corpus_unchanged(corpus_doc: str) -> None:
    r = repair_reading_order(corpus_doc)
    assert r.text == corpus_doc and r.repairs == []
    assert r.offset_map == OffsetMap.identity(len(corpus_doc))


def test_corpus_ordered_blocks_unchanged(corpus_doc: str) -> None:
    """Ordered documents split into many blocks (paragraphs, sentences, pages) stay."""
    variants = [
        corpus_doc.replace("\n", "\n\n"),
        corpus_doc.replace("\n", "\n\n").replace("。", "。\n\n"),
        *("\n\n".join(cut_pages(corpus_doc, random.Random(k))) for k in range(5)),
    ]
    for v in variants:
        r = repair_reading_order(v)
        assert r.repairs == [] and r.text == v
        assert r.order == list(range(len(r.blocks)))


def test_corpus_shuffles_recovered(corpus_doc: str) -> None:
    want = non_space(corpus_doc)
    exact = 0
    for k in range(SHUFFLES):
        shuffled, perm = shuffled_document(corpus_doc, seed=k)
        assert perm != sorted(perm)
        r = repair_reading_order(shuffled)
        check_permutation(shuffled, r)
        exact += non_space(r.text) == want
    assert exact == SHUFFLES  # exact-recovery rate 100 %


def test_corpus_shuffle_offsets(corpus_doc: str) -> None:
    shuffled, _ = shuffled_document(corpus_doc, seed=123)
    r = repair_reading_order(shuffled)
    check_offsets(shuffled, r)
    assert r.repairs


# --------------------------------------------------------------------------- properties

_CHARS = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质清"
    + "，。、；：！？（）《》“”0123456789"
)


@st.composite
def block_lists(draw: st.DrawFn) -> tuple[list[str], str]:
    blocks = draw(
        st.lists(
            st.text(alphabet=_CHARS + "\n", min_size=1, max_size=60).filter(
                lambda s: s.strip() != "" and "\n\n" not in s.strip()
            ),
            min_size=1,
            max_size=9,
        )
    )
    blocks = [re.sub(r"\n\s*", "\n", b.strip()) for b in blocks]
    sep = draw(st.sampled_from(["\n\n", "\n\n\n", "\f", "\n \n"]))
    return blocks, sep


@settings(max_examples=200, deadline=None)
@given(block_lists())
def test_property_permutation_and_offsets(data: tuple[list[str], str]) -> None:
    blocks, sep = data
    text = sep.join(blocks)
    r = repair_reading_order(text)
    assert [text[s:e] for s, e in r.blocks] == blocks
    check_permutation(text, r)
    check_offsets(text, r)
    out_blocks = sorted(non_space(b) for b in blocks)
    assert sorted(non_space(blocks[k]) for k in r.order) == out_blocks
    if not r.repairs:
        assert r.text == text and r.order == list(range(len(blocks)))


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_property_shuffled_sentences(data: st.DataObject) -> None:
    """Shuffled fragments of a text made of real sentences keep every character once."""
    n = data.draw(st.integers(min_value=2, max_value=8))
    sentences = data.draw(
        st.lists(st.text(alphabet=_CHARS[:300], min_size=5, max_size=40), min_size=n, max_size=n)
    )
    doc = "。".join(sentences) + "。"
    cuts = sorted(set(data.draw(st.lists(st.integers(1, len(doc) - 1), max_size=6))))
    bounds = [0, *cuts, len(doc)]
    frags = [doc[a:b] for a, b in itertools.pairwise(bounds)]
    perm = data.draw(st.permutations(range(len(frags))))
    text = "\n\n".join(frags[k] for k in perm)
    r = repair_reading_order(text)
    check_permutation(text, r)
    check_offsets(text, r)


def test_numbering_breaks_count_what_neither_continues_nor_restarts():
    from policytext.repair import _default_cues, _features, _numbering_breaks, split_blocks

    text = "1.甲。\n\n2.乙。\n\n3.丙。"
    spans = split_blocks(text)
    feats = [_features(i, s, e, text, _default_cues()) for i, (s, e) in enumerate(spans)]
    assert _numbering_breaks([0, 1, 2], feats) == 0
    assert _numbering_breaks([1, 2, 0], feats) == 1  # starts at 2; 3 → 1 restarts
    assert _numbering_breaks([0, 2, 1], feats) == 2  # 1 → 3, 3 → 2
