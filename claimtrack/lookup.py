"""Finding things the way a person types them: close matches for unknown ids
and keys, speakers by spelling variant, and W3C Web Annotation selectors that
find a passage again in a copy of the article whose offsets moved. Pure.
"""

from __future__ import annotations

import json
import json.encoder
import unicodedata
from collections.abc import Iterable
from typing import Any

from rapidfuzz import fuzz, process

from . import tuning

#: Characters of context kept on each side in a TextQuoteSelector.
SELECTOR_CONTEXT = 32


def suggest(value: str, known: Iterable[str], limit: int = 3) -> list[str]:
    """Known values closest to ``value``: those starting with it first, then the most similar."""
    known = sorted(set(known))
    v = value.casefold()
    starts = [k for k in known if k.casefold().startswith(v)]
    if starts:
        return starts[:limit]
    found = process.extract(v, {k: k.casefold() for k in known}, scorer=fuzz.WRatio, limit=limit,
                            score_cutoff=tuning.SUGGEST_SIMILARITY)
    return [key for _, _, key in found]


def unknown_message(what: str, value: str, known: Iterable[str]) -> str:
    """'no article 'x'; closest: a, b' (or how many there are when nothing is close)."""
    known = list(known)
    close = suggest(value, known)
    if close:
        return f"no {what} {value!r}; closest: {', '.join(close)}"
    if not known:
        return f"no {what} {value!r}; the database has none"
    return f"no {what} {value!r} (the database has {len(set(known))}; none is close)"


def fold(s: str) -> str:
    """A name's spelling skeleton: no accents or case, doubled letters once, vowels alike.

    "Qassem", "Qasim" and "Kassem" fold to forms a small edit apart.
    """
    s = unicodedata.normalize("NFKD", s.casefold())
    s = "".join(ch for ch in s if ch.isalnum() or ch.isspace())
    out: list[str] = []
    for ch in s:
        ch = "a" if ch in "aeiouy" else ch
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def speaker_matches(needle: str, *names: str) -> bool:
    """``claims --speaker``: the text as typed inside a name, or a spelling variant of its words."""
    n = needle.casefold().strip()
    if not n:
        return True
    if any(n in (name or "").casefold() for name in names):
        return True
    folded = fold(n)
    width = len(folded.split())
    for name in names:
        words = fold(name or "").split()
        for i in range(max(1, len(words) - width + 1)):
            window = " ".join(words[i : i + width])
            if window and fuzz.ratio(folded, window) >= tuning.SPEAKER_SIMILARITY:
                return True
    return False


def selectors(text: str, start: int, end: int) -> list[dict[str, Any]]:
    """W3C Web Annotation selectors for ``text[start:end]``: quote (with context) and position."""
    if not text or not 0 <= start <= end <= len(text):
        return []
    before = start - SELECTOR_CONTEXT
    return [
        {
            "type": "TextQuoteSelector",
            "exact": text[start:end],
            "prefix": text[before if before > 0 else 0 : start],
            "suffix": text[end : end + SELECTOR_CONTEXT],
        },
        {"type": "TextPositionSelector", "start": start, "end": end},
    ]


_string = json.encoder.encode_basestring


def selectors_json(text: str, start: int, end: int) -> str:
    """``json.dumps(selectors(text, start, end), ensure_ascii=False)``, built from the text's slices
    (a listing writes one for each of 100,000 claims)."""
    if type(start) is not int or type(end) is not int:
        return json.dumps(selectors(text, start, end), ensure_ascii=False)
    if not text or not 0 <= start <= end <= len(text):
        return "[]"
    before = start - SELECTOR_CONTEXT
    return (
        f'[{{"type": "TextQuoteSelector", "exact": {_string(text[start:end])}, '
        f'"prefix": {_string(text[before if before > 0 else 0 : start])}, "suffix": {_string(text[end : end + SELECTOR_CONTEXT])}}}, '
        f'{{"type": "TextPositionSelector", "start": {start}, "end": {end}}}]'
    )


def find_again(text: str, selector: list[dict[str, Any]]) -> tuple[int, int] | None:
    """Where a TextQuoteSelector's passage is in ``text`` (a copy whose offsets moved), or None.

    The exact text with its prefix and suffix first, then with the prefix
    alone, the suffix alone, and the exact text alone when it occurs once.
    """
    quote = next((s for s in selector if s.get("type") == "TextQuoteSelector"), None)
    if quote is None or not quote.get("exact"):
        return None
    exact, prefix, suffix = quote["exact"], quote.get("prefix", ""), quote.get("suffix", "")
    for before, after in ((prefix, suffix), (prefix, ""), ("", suffix)):
        i = text.find(before + exact + after)
        if i >= 0 and (before or after):
            return i + len(before), i + len(before) + len(exact)
    if text.count(exact) == 1:
        i = text.find(exact)
        return i, i + len(exact)
    return None
