"""Round numbers as people read them: the one place where "more than thirty" becomes 31-39.

Pure arithmetic on a figure's value, interval and normalised bound
("more", "atleast", "less", "nearly", "about", "upto"); no text is read.
"""

from __future__ import annotations

import math


def granularity(value: float) -> float:
    """The step a writer rounds to: 30 -> 10, 1,200 -> 100, 129 -> 1."""
    if not math.isfinite(value) or value <= 0 or value != int(value):
        return 1.0
    v, g = int(value), 1
    while v % 10 == 0 and v >= 10:
        v //= 10
        g *= 10
    return float(g)


def readings(value: float, low: float, high: float, qual: str) -> tuple[tuple[float, float], tuple[float, float]]:
    """(literal, everyday) intervals of a count as written.

    Literal: what the words allow ("more than 30" is anything above 30).
    Everyday: how people read round numbers: "more than thirty" is 31-39 (a
    writer with 40 in mind says forty), "at least 1,200" is 1,200-1,299,
    "about 1,200" is 1,150-1,250, "nearly 300" is 291-299. The everyday
    interval is always inside the literal one.
    """
    g = granularity(value)
    v = value
    if qual == "more":
        lit = (v + 1 if v == int(v) else v, math.inf)
        every = (v + 1, v + g - 1) if g > 1 else lit
    elif qual == "atleast":
        lit = (v, math.inf)
        every = (v, v + g - 1) if g > 1 else lit
    elif qual == "less":
        lit = (0.0, v - 1 if v == int(v) else v)
        every = (v - g + 1, v - 1) if g > 1 else lit
    elif qual == "nearly":
        lit = (v - max(g, 0.1 * v), v)
        every = (v - g + 1, v) if g > 1 else lit
    elif qual == "about":
        lit = (v - max(g, 0.1 * v), v + max(g, 0.1 * v))
        every = (v - g / 2, v + g / 2) if g > 1 else lit
    elif qual == "upto":
        lit = (0.0, v)
        every = lit
    else:
        lit = (min(low, v), max(high, v))
        every = lit
    # the extractor's interval widens the literal reading, never narrows it
    if qual and math.isfinite(low) and math.isfinite(high) and low <= v <= high:
        lit = (min(lit[0], low), max(lit[1], high))
    lo, hi = max(every[0], lit[0]), min(every[1], lit[1])
    every = (lo, hi) if lo <= hi else lit
    return lit, every


def _disjoint(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[1] < b[0] or b[1] < a[0]
