from __future__ import annotations

import pytest
import spacy

import policytext
from policytext.lexicons import default_user_dict_path, read_terms
from policytext.models import load_info
from policytext.pipeline import segment

DOMAIN = "推动产业链高质量发展，实行链长制，发展装配式建筑和超低能耗建筑，培育专精特新企业，成立工作专班。"


def test_pipeline_is_zh_on_pkuseg_with_our_model(nlp, model_dir):
    assert nlp.lang == "zh"
    assert nlp.tokenizer.segmenter == "pkuseg"
    assert nlp.tokenizer.pkuseg_seg is not None
    meta = nlp.meta["policytext"]["pkuseg_model"]
    assert meta["files_sha256"] == load_info(model_dir).files_sha256
    assert "policy_structure" in nlp.pipe_names


def test_domain_dictionary_changes_segmentation(nlp, model_dir):
    plain = policytext.load(model=model_dir, user_dict=None, components=())
    with_dict, without = segment(nlp, DOMAIN), segment(plain, DOMAIN)
    for term in ("装配式建筑", "超低能耗建筑", "专精特新", "工作专班"):
        assert term in with_dict, (term, with_dict)
        assert term not in without, (term, without)
    # whole-term entries must not cut longer words (产业园 would break 产业园区)
    assert "产业园区" in segment(nlp, "建设绿色建材产业园区")


def test_user_can_extend_the_dictionary(model_dir, tmp_path):
    mine = tmp_path / "terms.txt"
    mine.write_text("# my terms\n钒钛新材料\n", encoding="utf-8")
    nlp = policytext.load(
        model=model_dir, user_dict=[default_user_dict_path(), mine], components=()
    )
    words = segment(nlp, "发展钒钛新材料，实行链长制")
    assert "钒钛新材料" in words and "链长制" in words
    assert "钒钛新材料" not in segment(
        policytext.load(model=model_dir, components=()), "发展钒钛新材料"
    )


def test_bundled_dictionary_is_whole_terms():
    terms = read_terms(default_user_dict_path())
    assert {
        "产业链",
        "链长制",
        "绿色建材",
        "装配式建筑",
        "超低能耗建筑",
        "专精特新",
        "工作专班",
    } <= set(terms)
    assert "产业园" not in terms


def test_round_trip_through_disk_needs_no_model_path(nlp, tmp_path, monkeypatch):
    nlp.to_disk(tmp_path / "nlp")
    monkeypatch.setenv("POLICYTEXT_PKUSEG_MODEL", str(tmp_path / "nowhere"))
    monkeypatch.setenv("POLICYTEXT_CACHE_DIR", str(tmp_path / "empty-cache"))
    again = spacy.load(tmp_path / "nlp")
    assert [t.text for t in again(DOMAIN)] == [t.text for t in nlp(DOMAIN)]
    doc = again("一、总体要求\n（一）成立工作专班。一是建立台账；二是定期调度。")
    assert [s.label_ for s in doc.spans["headings"]] == ["L1", "L2"]
    assert [s.label_ for s in doc.spans["enumerations"]] == ["一是", "二是"]


def test_structure_component_sets_spans_and_sentences(nlp):
    doc = nlp(
        "示例市工业和信息化局文件\n示工信提〔2025〕3号\n签发人：王某\n一、总体要求\n到2027年，产业规模达到500亿元。一是强化组织；二是加强保障。"
    )
    assert doc._.policy_meta["doc_number"] == "示工信提〔2025〕3号"
    assert doc._.policy_meta["signer"] == "王某"
    sents = [s.text for s in doc.sents]
    assert "到2027年，产业规模达到500亿元。" in sents
    assert {s.label_ for s in doc.spans["header_fields"]} >= {"doc_number", "signer"}


@pytest.mark.parametrize("segmenter", ["jieba", "char"])
def test_other_segmenters_remain_selectable(segmenter):
    nlp = policytext.load(segmenter, components=())
    words = segment(nlp, "实行链长制，发展装配式建筑")
    assert "".join(words) == "实行链长制，发展装配式建筑"
    if segmenter == "char":
        assert len(words) == len("实行链长制，发展装配式建筑")
    else:
        assert "链长制" in words and "装配式建筑" in words


def test_unknown_segmenter_is_a_clear_error():
    with pytest.raises(ValueError, match="choose one of pkuseg, jieba, char"):
        policytext.load("thulac")


def test_components_are_exposed_through_the_spacy_entry_point():
    from importlib.metadata import entry_points

    names = {ep.name: ep.value for ep in entry_points(group="spacy_factories")}
    assert (
        names.get("policy_structure") == "policytext.components.structure:make_structure_component"
    )


def test_structure_component_works_in_any_zh_pipeline():
    nlp = spacy.blank("zh")
    nlp.add_pipe("policy_structure")
    doc = nlp("一、总体要求\n（一）成立工作专班。")
    assert [s.label_ for s in doc.spans["headings"]] == ["L1", "L2"]


def test_missing_dictionary_file_is_a_clear_error(model_dir, tmp_path):
    with pytest.raises(FileNotFoundError, match="dictionary file not found"):
        policytext.load(model=model_dir, user_dict=[tmp_path / "nope.txt"], components=())
