"""Personal-data masking: what is found, what is left alone, and that offsets stay valid."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import policytext
from policytext.cli import main as cli_main
from policytext.document import Record
from policytext.privacy import find_personal_data, is_valid_id_number, mask_record, mask_text


def _id_with_check(first17: str) -> str:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(c) * w for c, w in zip(first17, weights, strict=True))
    return first17 + "10X98765432"[total % 11]


VALID_ID = _id_with_check("41010219850317123")


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("手机：13812345678。", "phone", "13812345678"),
        ("手机：138 1234 5678。", "phone", "138 1234 5678"),
        ("手机：138-1234-5678。", "phone", "138-1234-5678"),
        ("电话：+86 13912345678", "phone", "+86 13912345678"),
        ("联系电话：0371-12345678", "phone", "0371-12345678"),
        ("电话（0371）12345678转", "phone", "（0371）12345678"),
        ("电话：010-6655443", "phone", "010-6655443"),
        ("电话：0371-12345678-8001", "phone", "0371-12345678-8001"),
        (f"身份证号：{VALID_ID}", "id_number", VALID_ID),
        ("身份证号：11010519491231002x", "id_number", "11010519491231002x"),
        ("邮箱：policy.office@henan.gov.cn。", "email", "policy.office@henan.gov.cn"),
    ],
)
def test_finds_personal_data(text: str, kind: str, found: str) -> None:
    (m,) = find_personal_data(text)
    assert (m.kind, text[m.start : m.end]) == (kind, found)


@pytest.mark.parametrize(
    "text",
    [
        "2024年12月31日前完成",
        "给予500万元奖励，总投资12345678元",
        "统一社会信用代码：91410100MA44XXXX1X",
        "编号410102198503171230（校验位不对）",  # 18 digits, wrong check character
        "编号410102198513171235",  # month 13
        "国办函〔2005〕69号",
        "邮编450000",
        "产业园区占地2000亩",
    ],
)
def test_leaves_other_numbers_alone(text: str) -> None:
    assert find_personal_data(text) == []
    assert mask_text(text).text == text


def test_id_checksum() -> None:
    assert is_valid_id_number(VALID_ID)
    wrong = VALID_ID[:-1] + ("0" if VALID_ID[-1] != "0" else "1")
    assert not is_valid_id_number(wrong)


def test_mask_keeps_length_and_separators() -> None:
    text = f"联系人：张三，电话：0371-12345678，手机13812345678，身份证{VALID_ID}，a.b@c.cn"
    masked = mask_text(text)
    assert len(masked.text) == len(text)
    assert "0371" not in masked.text and "13812345678" not in masked.text
    assert VALID_ID not in masked.text and "a.b@c.cn" not in masked.text
    assert "****-********" in masked.text and "*.*@*.**" in masked.text
    assert masked.counts == {"phone": 2, "id_number": 1, "email": 1}
    with pytest.raises(ValueError, match="one character"):
        mask_text(text, char="**")


@given(st.text(alphabet=st.sampled_from(list("0123456789-@.abc 电话：（）+X")), max_size=60))
def test_masking_keeps_length_and_only_touches_matches(text: str) -> None:
    masked = mask_text(text)
    assert len(masked.text) == len(text)
    inside = {i for m in masked.matches for i in range(m.start, m.end)}
    for i, (a, b) in enumerate(zip(text, masked.text, strict=True)):
        assert a == b or (i in inside and b == "*")
    assert find_personal_data(masked.text) == []  # nothing left to find


def test_mask_record_keeps_offsets_valid() -> None:
    text = "联系人：张三，联系电话：13812345678。"
    rec = Record(id="r", source="r.txt", text=text)
    start = text.index("138")
    rec.entities = [{"start": 4, "end": 6, "label": "PERSON", "text": "张三"}]
    rec.measures = [{"start": 0, "end": len(text), "text": text, "actors": []}]
    rec.meta["contact"] = text
    assert mask_record(rec) == {"phone": 1}
    assert rec.text[start : start + 11] == "*" * 11
    assert rec.measures[0]["text"] == rec.text
    assert rec.meta["contact"] == rec.text
    assert rec.entities[0]["text"] == rec.text[4:6]
    assert (rec.id, rec.source) == ("r", "r.txt")


def test_analyze_masks_every_export(nlp, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "reply.txt").write_text(
        "关于支持企业发展的答复\n一、市财政局要加强资金保障。\n"
        f"联系人：李四，联系电话：0371-66778899，手机13912345678，身份证号{VALID_ID}。\n",
        encoding="utf-8",
    )
    out = tmp_path / "r.jsonl"
    assert cli_main(["analyze", str(folder), "-o", str(out), "-q", "--mask-personal-data"]) == 0
    raw = out.read_text(encoding="utf-8")
    for secret in ("66778899", "13912345678", VALID_ID):
        assert secret not in raw
    (rec,) = policytext.read_records(out)
    assert any(w.startswith("personal data masked: 1 id_number, 2 phone") for w in rec.warnings)
    manifest = json.loads((tmp_path / "r.manifest.jsonl").read_text(encoding="utf-8"))
    assert "personal data masked: 1 id_number, 2 phone" in manifest["warnings"]
    for e in rec.entities:
        assert rec.text[e["start"] : e["end"]] == e["text"]
