"""Measures: detection, roles, status, path, quantities, the component and the seed numbers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from policytext.measures import (
    find_measures,
    find_notes,
    find_quantities,
    is_measure,
    load_measure_lexicons,
    measure_status,
)
from policytext.structure import parse_structure


def _mentions(text: str, items: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """Mentions for (surface, label) pairs, each at its next occurrence."""
    out: list[dict[str, Any]] = []
    pos: dict[str, int] = {}
    for surface, label in items:
        i = text.find(surface, pos.get(surface, 0))
        assert i >= 0, surface
        pos[surface] = i + len(surface)
        out.append({"start": i, "end": i + len(surface), "label": label, "text": surface})
    return sorted(out, key=lambda m: m["start"])


def measures(
    text: str,
    ents: list[tuple[str, str]] = (),  # type: ignore[assignment]
    groups: list[str] = (),  # type: ignore[assignment]
    meta: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    structure = parse_structure(text)
    m = dict(structure.meta)
    m.update(meta or {})
    return find_measures(
        text,
        structure,
        _mentions(text, list(ents)),
        _mentions(text, [(g, "ACTOR_GROUP") for g in groups]),
        m,
        classify=False,
    )


def roles(measure: dict[str, Any], *, implied: bool = False) -> list[tuple[str, str]]:
    return [(a["text"], a["role"]) for a in measure["actors"] if implied or not a["implied"]]


def one(
    text: str,
    ents: list[tuple[str, str]] = (),  # type: ignore[assignment]
    groups: list[str] = (),  # type: ignore[assignment]
    meta: dict[str, Any] | None = None,
) -> dict[str, Any]:
    ms = measures(text, ents, groups, meta)
    assert len(ms) == 1, [m["text"] for m in ms]
    return ms[0]


# ------------------------------------------------------------------ role rules


def test_lead_qiantou_fuze_you_and_subject() -> None:
    m = one("由省科技厅牵头，编制专项规划。", [("省科技厅", "ORG")])
    assert roles(m) == [("省科技厅", "lead")]
    m = one("省财政厅负责落实资金保障。", [("省财政厅", "ORG")])
    assert roles(m) == [("省财政厅", "lead")]
    m = one("领导小组办公室由市发展改革委承担日常工作。", [("市发展改革委", "ORG")])
    assert roles(m) == [("市发展改革委", "lead")]
    m = one("航空港区将编制绿色产业园区建设导则。", [("航空港区", "GPE")])
    assert roles(m) == [("航空港区", "lead")]


def test_participate_cues() -> None:
    m = one(
        "由市工信局牵头，市财政局配合，建立工作机制。",
        [("市工信局", "ORG"), ("市财政局", "ORG")],
    )
    assert roles(m) == [("市工信局", "lead"), ("市财政局", "participate")]
    m = one(
        "成立工作专班，市科技局、市商务局为成员单位。", [("市科技局", "ORG"), ("市商务局", "ORG")]
    )
    assert ("市科技局", "participate") in roles(m) and ("市商务局", "participate") in roles(m)
    m = one("鼓励高校参与产业技术攻关。", groups=["高校"])
    assert roles(m) == [("高校", "target")]


def test_target_verbs() -> None:
    for verb in ("支持", "鼓励", "引导", "培育", "指导", "督促", "组织", "推动"):
        m = one(f"{verb}骨干企业开展技术改造。", groups=["骨干企业"])
        assert roles(m) == [("骨干企业", "target")], verb


def test_yituo_and_fahui_zuoyong_participate() -> None:
    m = one("依托省产业技术研究院建设中试基地。", [("省产业技术研究院", "ORG")])
    assert roles(m) == [("省产业技术研究院", "participate")]
    m = one("充分发挥行业协会桥梁作用，开展企业对接。", groups=["行业协会"])
    assert roles(m) == [("行业协会", "participate")]


def test_explicit_qiantou_beats_zhichi() -> None:
    m = one(
        "支持指导河南中豫建设投资集团股份有限公司牵头组建产业研究院。",
        [("河南中豫建设投资集团股份有限公司", "FIRM")],
    )
    assert roles(m) == [("河南中豫建设投资集团股份有限公司", "lead")]


def test_note_applies_to_its_item_not_to_heading_above() -> None:
    text = (
        "一、提升创新能力\n"
        "（一）推进创新平台建设。支持骨干企业建设中试基地。（责任单位：省工业和信息化厅、省科技厅）\n"
        "（二）加快成果转化。推广先进技术成果。（牵头单位：省科技厅；配合单位：省财政厅）"
    )
    ents = [
        ("省工业和信息化厅", "ORG"),
        ("省科技厅", "ORG"),
        ("省科技厅", "ORG"),
        ("省财政厅", "ORG"),
    ]
    ms = measures(text, ents, ["骨干企业"])
    by_text = {m["text"]: m for m in ms}
    head = by_text["一、提升创新能力"]
    assert roles(head) == []  # only the implied issuer, if any
    for key in ("（一）推进创新平台建设。", "支持骨干企业建设中试基地。"):
        got = roles(by_text[key])
        assert ("省工业和信息化厅", "lead") in got and ("省科技厅", "participate") in got
    assert ("骨干企业", "target") in roles(by_text["支持骨干企业建设中试基地。"])
    for key in ("（二）加快成果转化。", "推广先进技术成果。"):
        assert roles(by_text[key]) == [("省科技厅", "lead"), ("省财政厅", "participate")]
    # the note itself is no measure
    assert not any("单位" in m["text"] for m in ms)


def test_find_notes_roles() -> None:
    t = "（牵头单位：省工业和信息化厅、省大数据局；配合单位：省发展改革委）"
    got = [(t[a:b], r) for a, b, r in find_notes(t)[0].units]
    assert got == [
        ("省工业和信息化厅", "lead"),
        ("省大数据局", "lead"),
        ("省发展改革委", "participate"),
    ]
    t = "（牵头单位：省工业和信息化厅；责任单位：省商务厅）"
    assert [r for _, _, r in find_notes(t)[0].units] == ["lead", "participate"]


def test_implied_issuer_lead() -> None:
    m = one("加快建设公共服务平台。", meta={"issuer": "示例市人民政府"})
    assert roles(m) == []
    assert roles(m, implied=True) == [("示例市人民政府", "lead")]
    assert m["actors"][0]["implied"] is True


def test_self_reference_resolved_to_issuer_region() -> None:
    text = (
        "郑州航空港经济综合实验区管理委员会\n关于提案的答复\n下一步，我区将加快建设绿色建材产业园。"
    )
    meta = {
        "issuer": "郑州航空港经济综合实验区管理委员会",
        "issuers": ["郑州航空港经济综合实验区管理委员会"],
    }
    ms = measures(text, meta=meta)
    m = next(x for x in ms if "我区" in x["text"])
    lead = [a for a in m["actors"] if a["role"] == "lead" and not a["implied"]]
    assert [a["text"] for a in lead] == ["我区"]
    assert lead[0]["canonical"] and "航空港" in lead[0]["canonical"]
    assert lead[0]["id"]


# ------------------------------------------------------------------ status, path, quantities


def test_status_done_vs_planned() -> None:
    assert measure_status("培育了制造业头雁企业5家。", doc_type="答复") == "done"
    assert measure_status("航空港区将编制导则。", doc_type="答复") == "planned"
    assert measure_status("支持企业上市融资。", doc_type="方案") == "planned"
    assert measure_status("到2025年，产值突破1000亿元。", doc_type="报告") == "planned"
    text = "关于提案的答复\n刘委员：\n近年来，省工信厅培育了骨干企业10家。\n下一步，我们将加快建设产业园。"
    ms = measures(text, [("省工信厅", "ORG")], meta={"doc_type": "答复"})
    assert [m["status"] for m in ms] == ["done", "planned"]


def test_path() -> None:
    text = "三、主要任务\n（二）强化企业培育。支持企业上市。\n下一步，我区将从以下方面推进：一是成立领导小组。二是出台支持政策。"
    ms = measures(text)
    paths = {m["text"]: m["path"] for m in ms}
    assert paths["（二）强化企业培育。"] == "三、 › （二）"
    assert paths["支持企业上市。"] == "三、 › （二）"
    assert paths["二是出台支持政策。"].endswith("下一步 › 二是")


def test_quantities() -> None:
    q = find_quantities("培育制造业头雁企业5家，组建科技创新平台 26 个，给予一次性500万元奖励。")
    assert [(x["value"], x["unit"]) for x in q] == [(5, "家"), (26, "个"), (500, "万元")]
    text = "培育制造业头雁企业5家。"
    m = one(text)
    assert m["quantities"][0]["text"] == "5家"
    assert text[m["quantities"][0]["start"] : m["quantities"][0]["end"]] == "5家"
    assert find_quantities("到2025年，第一批试点") == []


def test_programs_inside_measure() -> None:
    text = "编制《河南省绿色建材应用指南》等7部标准。"
    m = one(text, [("河南省绿色建材应用指南", "PROGRAM")])
    assert [p["text"] for p in m["programs"]] == ["河南省绿色建材应用指南"]


# ------------------------------------------------------------------ non-measures


@pytest.mark.parametrize(
    "sentence,heading",
    [
        ("刘国付委员：", False),
        ("非常感谢您对我区绿色建材工作的关心和支持！", False),
        ("联系人：常浩，联系电话：18697309817。", False),
        ("一、总体要求", True),
        ("您提出的关于建立产业园的提案已收悉，现答复如下：", False),
        ("为加快推进产业发展，制定本方案。", False),
    ],
)
def test_non_measures(sentence: str, heading: bool) -> None:
    assert is_measure(sentence, heading=heading)[0] is False


def test_measure_headings_and_targets() -> None:
    assert is_measure("一是强化组织领导，成立工作专班。")[0]
    assert is_measure("（一）推进创新平台建设。", heading=True)[0]
    assert is_measure("到2025年，全省产值达到1000亿元。")[0]


def test_user_lexicon_extends(tmp_path: Path) -> None:
    extra = tmp_path / "mine.txt"
    extra.write_text("# my verbs\n[action_verbs]\n摸底\n", encoding="utf-8")
    lex = load_measure_lexicons(extra)
    assert "摸底" in lex["action_verbs"] and "培育" in lex["action_verbs"]
    assert is_measure("全面摸底存量情况。", lexicons=lex)[0]
    bad = tmp_path / "bad.txt"
    bad.write_text("摸底\n", encoding="utf-8")
    with pytest.raises(ValueError, match="section"):
        load_measure_lexicons(bad)


def test_division_of_labour_note() -> None:
    text = "（三）加强金融支持。推动担保机构扩大业务。（科技部、金融监管总局按职责分工负责）"
    ms = measures(text, [("科技部", "ORG"), ("金融监管总局", "ORG")], ["担保机构"])
    for m in ms:
        assert ("科技部", "lead") in roles(m) and ("金融监管总局", "lead") in roles(m)
    assert find_notes("支持企业（含小微企业）发展。") == []


# ------------------------------------------------------------------ component and harness


def test_component_sets_spans_and_extension(nlp: Any) -> None:
    text = "关于推进工作的通知\n各区政府：\n（一）加强创新。支持骨干企业建设平台。（责任单位：市科技局、市财政局）"
    doc = nlp(text)
    assert "policy_measures" in nlp.pipe_names
    assert [m["text"] for m in doc._.measures] == ["（一）加强创新。", "支持骨干企业建设平台。"]
    assert len(doc.spans["measures"]) == 2
    assert all(sp.label_ for sp in doc.spans["measures"])
    data = nlp.get_pipe("policy_measures").to_bytes()
    assert nlp.get_pipe("policy_measures").from_bytes(data) is not None


def test_seed_numbers(nlp: Any) -> None:
    from conftest import SEED, shared_path

    from policytext.analysis import analyze
    from policytext.evaluate import score_measures

    gold = shared_path("gold")
    seed = shared_path("seeds", SEED.name)
    result = analyze([seed], nlp=nlp, progress=False)
    tables = score_measures(result.records, gold)
    row = tables["summary"].set_index("doc").loc["ALL"]
    assert row["detection_f1"] >= 0.92, row.to_dict()
    assert row["lead_f1"] >= 0.75, row.to_dict()
    for key in ("detection", "instruments", "leads", "themes"):
        assert key in tables
