"""Number words: the one place for them (figures, dates, the quantity reader)."""

from __future__ import annotations

#: "zero" .. "nineteen"
UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES: dict[str, float] = {"hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9, "trillion": 1e12}
#: vague small amounts people count with ("a few days ago")
FEW: dict[str, int] = {"a few": 3, "few": 3, "several": 4}


def small_number(word: str) -> int | None:
    """ "eleven" -> 11, "twenty-one" -> 21 (below a hundred), else None."""
    w = word.lower()
    if w in UNITS:
        return UNITS[w]
    if w in TENS:
        return TENS[w]
    tens, _, unit = w.partition("-")
    if tens in TENS and unit in UNITS and 0 < UNITS[unit] < 10:
        return TENS[tens] + UNITS[unit]
    return None
