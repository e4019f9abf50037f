"""Chinese numerals as used in headings, enumerations and dates (一、 十二是 二〇二三年)."""

from __future__ import annotations

DIGIT_OF = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "○": 0}


def chinese_int(s: str) -> int | None:
    """Value of a Chinese numeral up to 999, or of ASCII digits; None if ``s`` is neither.

    >>> chinese_int("二十三"), chinese_int("十"), chinese_int("一百零五"), chinese_int("12")
    (23, 10, 105, 12)
    >>> chinese_int("十x") is None, chinese_int("") is None
    (True, True)
    """
    if not s:
        return None
    if s.isdigit():
        return int(s)
    total, cur = 0, 0
    for ch in s:
        if ch in DIGIT_OF:
            cur = DIGIT_OF[ch]
        elif ch == "十":
            total += (cur or 1) * 10
            cur = 0
        elif ch == "百":
            total += (cur or 1) * 100
            cur = 0
        else:
            return None
    return total + cur
