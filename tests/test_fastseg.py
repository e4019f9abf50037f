"""The array-based segmenter cuts exactly as spacy-pkuseg does, and keeps its tables safely."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from conftest import DEMO, corpus_files, shared_path
from hypothesis import given
from hypothesis import strategies as st


@pytest.fixture(scope="module")
def segmenters(model_dir: Path):
    """(spacy-pkuseg's own cut, policytext's array cut) on the same model and dictionary."""
    import policytext

    plain = policytext.load(model=model_dir, components=(), fast_segmenter=False)
    fast = policytext.load(model=model_dir, components=())
    assert plain.tokenizer.pkuseg_seg.cut != fast.tokenizer.pkuseg_seg.cut
    return plain.tokenizer.pkuseg_seg.cut, fast.tokenizer.pkuseg_seg.cut


def _texts() -> list[str]:
    from policytext.io import RawDocument, iter_documents

    texts = [d.text for d in iter_documents(DEMO) if isinstance(d, RawDocument)]
    return texts


def test_same_words_as_pkuseg_on_the_demo_corpus(segmenters) -> None:
    plain, fast = segmenters
    texts = _texts()
    assert len(texts) >= 5
    for text in texts:
        assert fast(text) == plain(text)


def test_same_words_as_pkuseg_on_real_documents(segmenters) -> None:
    plain, fast = segmenters
    files = [shared_path("seeds", "000_c93ac4ef4cd0a078.txt"), *corpus_files()]
    total = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        words = fast(text)
        assert words == plain(text), path.name
        total += len(words)
    assert total > 5000


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "链",
        "推动产业链高质量发展",
        "到2025年，全省绿色建材产值达到1000亿元，增长12.5%。",
        "ＡＢＣ公司与abc-def.com/x_y|z*w:1签约",  # full-width letters, renamed ASCII punctuation
        "河南省 住房和城乡建设厅\u3000牵头\n\n（一）建立链长制",  # spaces split the text
        "２０２３年第三季度，Ｑ３营收同比增长百分之十五",
        "一是加强组织领导；二是强化要素保障。",
    ],
)
def test_same_words_on_edge_cases(segmenters, text: str) -> None:
    plain, fast = segmenters
    assert fast(text) == plain(text)


_ALPHABET = (
    "产业链长制推动绿色建材省市县区政府部门牵头负责支持企业发展年月日一二三四五十百千万亿"
    + ("0123456789０１２３ABCabcＡＢＣ.-_,|/*:％%（）()、，。；：“”《》 \u3000\n")
)


@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_same_words_on_any_mix_of_characters(segmenters, text: str) -> None:
    plain, fast = segmenters
    assert fast(text) == plain(text)


def test_tables_are_saved_as_plain_arrays_and_restored(
    model_dir: Path, tmp_path, monkeypatch
) -> None:
    import policytext
    from policytext import fastseg

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr("policytext.models.cache_dir", lambda: tmp_path / "policytext")
    first = policytext.load(model=model_dir, components=())
    saved = sorted((tmp_path / "policytext" / "fastseg").glob("fastseg-*.npz"))
    assert len(saved) == 1
    with np.load(saved[0], allow_pickle=False) as data:  # no object arrays inside
        assert {"nodes", "trie_keys", "keys_wwl", "array_c"} <= set(data.files)
        assert all(data[k].dtype != object for k in data.files)
    again = policytext.load(model=model_dir, components=())
    fast = again.tokenizer.pkuseg_seg._policytext_fast
    assert isinstance(fast, fastseg.FastSegmenter)
    text = "省住建厅牵头，省发展改革委、省工业和信息化厅配合，建立绿色建材产业链链长制。"
    assert again.tokenizer.pkuseg_seg.cut(text) == first.tokenizer.pkuseg_seg.cut(text)

    # a damaged table file is not trusted: the tables are derived again and rewritten
    saved[0].write_bytes(b"not an npz file")
    third = policytext.load(model=model_dir, components=())
    assert third.tokenizer.pkuseg_seg.cut(text) == first.tokenizer.pkuseg_seg.cut(text)
    with np.load(saved[0], allow_pickle=False) as data:
        assert "nodes" in data.files


def test_the_plain_segmenter_can_still_be_chosen(model_dir: Path) -> None:
    import policytext

    nlp = policytext.load(model=model_dir, components=(), fast_segmenter=False)
    # the same words either way, so records and cache keys do not record the choice
    assert "fast_segmenter" not in nlp.meta["policytext"]
    assert not hasattr(nlp.tokenizer.pkuseg_seg, "_policytext_fast")
