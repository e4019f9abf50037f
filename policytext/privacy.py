"""Mask personal data — phone numbers, ID numbers, e-mail addresses — in text and records.

Policy documents carry contact lines (``联系人：张三，联系电话：0371-12345678``), and
replies to proposals sometimes name citizens with their mobile numbers. Before a corpus or
its results are shared, :func:`mask_record` (or ``policytext analyze --mask-personal-data``,
which masks every record before any export is written) replaces such data.

Masking keeps the **length** of every match: each character of a phone number, ID number
or e-mail address becomes ``*`` except separators (``-`` ``@`` ``.`` spaces and brackets),
so every ``start``/``end`` offset of a record still points at the same span and the record
stays internally consistent. What is found:

``phone``
    Mainland mobile numbers ``1[3-9]X XXXX XXXX`` (with optional ``+86``/``86`` prefix and
    ``-`` or space separators) and landlines with an area code, ``0371-12345678``,
    ``(010)12345678``, ``0371 1234567``, with an optional extension (``-8001``).
``id_number``
    18-character resident ID numbers (身份证号) whose ISO 7064 MOD 11-2 check character is
    right and whose birth date is a real date; other 18-digit numbers (统一社会信用代码,
    account numbers) are left alone.
``email``
    ``local@domain.tld`` addresses.

Examples
--------
>>> masked = mask_text("联系电话：0371-12345678，手机13812345678，邮箱 zhang.san@example.com")
>>> masked.text
'联系电话：****-********，手机***********，邮箱 *****.***@*******.***'
>>> masked.counts
{'phone': 2, 'email': 1}
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

__all__ = [
    "KINDS",
    "Masked",
    "find_personal_data",
    "is_valid_id_number",
    "mask_record",
    "mask_records",
    "mask_text",
]

KINDS = ("phone", "id_number", "email")
"""The kinds of personal data masked."""

_KEEP = frozenset("-@. ()（）+")

_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)
_ID = re.compile(r"(?<![0-9A-Za-z])[1-9]\d{16}[0-9Xx](?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<![0-9])(?:(?:\+|00)?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?![0-9])")
_LANDLINE = re.compile(
    r"(?<![0-9])(?:[(（]0\d{2,3}[)）][- ]?|0\d{2,3}[- ]?)\d{7,8}(?:[-转]\d{1,5})?(?![0-9])"
)
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"


def is_valid_id_number(s: str) -> bool:
    """An 18-character resident ID number with a right check character and a real birth date.

    Examples
    --------
    >>> is_valid_id_number("11010519491231002X")
    True
    >>> is_valid_id_number("110105194912310021")  # wrong check character
    False
    >>> is_valid_id_number("91410100MA44XXXX1X")  # a 统一社会信用代码 is not one
    False
    """
    if len(s) != 18 or not s[:17].isdigit() or not (s[17].isdigit() or s[17] in "Xx"):
        return False
    total = sum(int(c) * w for c, w in zip(s[:17], _WEIGHTS, strict=True))
    if _CHECK[total % 11] != s[17].upper():
        return False
    try:
        born = date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return 1900 <= born.year <= date.today().year


@dataclass(frozen=True)
class Match:
    """One piece of personal data: ``text[start:end]`` of ``kind``."""

    start: int
    end: int
    kind: str


@dataclass
class Masked:
    """Result of :func:`mask_text`: the masked text (same length) and what was masked."""

    text: str
    matches: list[Match] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        """Number of matches per kind (kinds without matches left out)."""
        return dict(Counter(m.kind for m in self.matches))


def find_personal_data(text: str) -> list[Match]:
    """Phone numbers, ID numbers and e-mail addresses in ``text``, sorted, not overlapping.

    Examples
    --------
    >>> [(m.kind, m.start, m.end) for m in find_personal_data("电话（0371）6688123，身份证11010519491231002X")]
    [('phone', 2, 15), ('id_number', 19, 37)]
    """
    found: list[Match] = []
    found += [Match(m.start(), m.end(), "email") for m in _EMAIL.finditer(text)]
    found += [
        Match(m.start(), m.end(), "id_number")
        for m in _ID.finditer(text)
        if is_valid_id_number(m.group())
    ]
    found += [Match(m.start(), m.end(), "phone") for m in _MOBILE.finditer(text)]
    found += [Match(m.start(), m.end(), "phone") for m in _LANDLINE.finditer(text)]
    # earlier kinds win overlaps (an e-mail's digits are not a phone number)
    order = {k: i for i, k in enumerate(KINDS)}
    out: list[Match] = []
    for m in sorted(found, key=lambda m: (m.start, order[m.kind] if m.kind != "email" else -1)):
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


def mask_text(text: str, *, char: str = "*") -> Masked:
    """Replace personal data in ``text`` by ``char``, keeping length and separators.

    Examples
    --------
    >>> mask_text("身份证号：11010519491231002X。").text
    '身份证号：******************。'
    >>> mask_text("统一社会信用代码：914101007000000000").text  # no valid ID: untouched
    '统一社会信用代码：914101007000000000'
    """
    if len(char) != 1:
        raise ValueError(f"mask character must be one character, got {char!r}")
    matches = find_personal_data(text)
    if not matches:
        return Masked(text, [])
    parts: list[str] = []
    pos = 0
    for m in matches:
        parts.append(text[pos : m.start])
        parts.append("".join(c if c in _KEEP else char for c in text[m.start : m.end]))
        pos = m.end
    parts.append(text[pos:])
    return Masked("".join(parts), matches)


# Record keys that hold no personal data of the document (identifiers, paths, provenance).
_SKIP_KEYS = frozenset(
    {"id", "source", "encoding", "format", "schema_version", "pipeline", "offset_map"}
)


def _mask_value(value: Any, counts: Counter[str]) -> Any:
    if isinstance(value, str):
        masked = mask_text(value)
        counts.update(m.kind for m in masked.matches)
        return masked.text
    if isinstance(value, list):
        return [_mask_value(v, counts) for v in value]
    if isinstance(value, dict):
        return {k: _mask_value(v, counts) for k, v in value.items()}
    return value


def mask_record(record: Any) -> dict[str, int]:
    """Mask personal data in every text field of a record, in place.

    ``text``, ``meta``, ``source_meta``, entities, measures (with their actors), sections,
    warnings ... are masked; ``id``, ``source``, ``pipeline`` and the offset map are not.
    As masking keeps lengths, every offset stays valid. Returns the counts per kind over
    the record's ``text`` only (fields repeat spans of the text).

    Parameters
    ----------
    record : policytext.Record
        An analysed record.

    Returns
    -------
    dict
        ``{"phone": n, ...}`` for the matches in ``record.text``.

    Examples
    --------
    >>> from policytext.document import Record
    >>> r = Record(id="r", source="r.txt", text="联系电话：13812345678")
    >>> r.meta["contact"] = "联系电话：13812345678"
    >>> mask_record(r), r.text, r.meta["contact"]
    ({'phone': 1}, '联系电话：***********', '联系电话：***********')
    """
    from dataclasses import fields

    text_counts: Counter[str] = Counter()
    other: Counter[str] = Counter()
    for f in fields(record):
        if f.name in _SKIP_KEYS:
            continue
        value = getattr(record, f.name)
        setattr(record, f.name, _mask_value(value, text_counts if f.name == "text" else other))
    return dict(text_counts)


def mask_records(records: Iterable[Any]) -> Iterator[Any]:
    """Mask each record in place (see :func:`mask_record`) and yield it."""
    for record in records:
        mask_record(record)
        yield record
