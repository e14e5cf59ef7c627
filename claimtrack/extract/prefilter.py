"""Skipping a pattern search over a window that cannot hold a match.

Many readers search a short window of the text (the clause before a date, the
sentence of a figure) with a large case-insensitive pattern; most windows hold
none of the words the pattern needs, and finding that out with ``in`` costs a
fraction of the search. :func:`required_words` reads, from the pattern itself,
lowercase words one of which every match contains; :func:`search` and
:func:`finditer` skip the regex when the window has none of them. The results
are exactly the regex's own. :func:`trie_pattern` writes a long list of word
forms as one trie-shaped pattern, which the regex engine scans much faster than
the plain alternation of the forms.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from re import _constants as _C  # type: ignore[attr-defined]
from re import _parser as _P  # type: ignore[attr-defined]

#: The only characters outside ASCII that a case-insensitive pattern matches to an
#: ASCII letter (İ and the Kelvin sign lowercase to "i" and "k"; dotless ı and long ſ
#: are re's extra case equivalents of "i" and "s"). A window holding one is never skipped.
FOLD_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")

#: Shortest required word worth a check (shorter ones are in almost every window).
MIN_WORD = 3

#: Most words worth a check: past it, the ``in`` checks cost about what the search saves.
MAX_WORDS = 128

_REPEATS = (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", _C.MAX_REPEAT))


#: The last text searched and its lower case (None when lowering it changes its length
#: or it holds a character of :data:`FOLD_TO_ASCII`): an article's many windows are
#: cut from one lowering of the whole text.
_lowered: tuple[str, str | None] = ("", "")


#: Longest text lowered whole (characters). Windows of one article are searched in turn with
#: other strings (its sentences) between them, each turn lowering the article again: bounded
#: by this, that stays a small cost; a huge text's windows are lowered one by one instead.
MAX_LOWERED_TEXT = 20_000


def _lower_of(text: str) -> str | None:
    """``text.lower()`` when each of its characters lowers to exactly one and none
    folds to ASCII (then a slice of it is the lower case of the same slice of ``text``
    as far as ASCII words go), else None (also for a text longer than
    :data:`MAX_LOWERED_TEXT`); the last text's is kept."""
    global _lowered
    if _lowered[0] is text:
        return _lowered[1]
    if len(text) > MAX_LOWERED_TEXT:
        return None
    low: str | None = text.lower()
    if len(low) != len(text) or (not text.isascii() and any(c in text for c in FOLD_TO_ASCII)):
        low = None
    _lowered = (text, low)
    return low


def cannot_hold(text: str, lo: int, hi: int, words: tuple[str, ...]) -> bool:
    """The window ``[lo, hi)`` (bounds clamped to the text as ``re`` clamps them)
    contains none of the lowercase ASCII ``words`` in any case."""
    n = len(text)
    a, b = min(max(lo, 0), n), min(max(hi, 0), n)
    low = _lower_of(text)
    if low is not None:
        window = low[a:b]
        for w in words:
            if w in window:
                return False
        return True
    window = text[a:b]
    if not window.isascii():
        for c in FOLD_TO_ASCII:
            if c in window:
                return False
    window = window.lower()
    for w in words:
        if w in window:
            return False
    return True


#: Required words per pattern, by ``id`` (hashing a compiled pattern costs more than a
#: search); the pattern is kept alongside, so its id cannot be reused while cached.
_cache: dict[int, tuple[re.Pattern, tuple[str, ...] | None]] = {}
_CACHE_SIZE = 4096


def required_words(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Lowercase ASCII words one of which every match of ``pattern`` contains
    (each at least :data:`MIN_WORD` long), or None when the pattern gives none."""
    hit = _cache.get(id(pattern))
    if hit is not None and hit[0] is pattern:
        return hit[1]
    try:
        found = _sequence(list(_P.parse(pattern.pattern, pattern.flags)))
    except (re.error, TypeError, ValueError, RecursionError):  # pragma: no cover - a pattern re compiled parses again
        found = None
    words = tuple(sorted(found)) if found and min(map(len, found)) >= MIN_WORD and len(found) <= MAX_WORDS else None
    if len(_cache) >= _CACHE_SIZE:
        _cache.clear()
    _cache[id(pattern)] = (pattern, words)
    return words


def _sequence(items: list) -> set[str] | None:
    """The most selective required set of a sequence of parsed items (its literal
    runs and its groups, branches and repeats), or None."""
    options: list[set[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            options.append({"".join(run)})
            run = []
        found = _item(op, av)
        if found:
            options.append(found)
    if run:
        options.append({"".join(run)})
    options = [{w.lower() for w in o} for o in options if all(w.isascii() for w in o)]
    return max(options, key=lambda o: min(map(len, o)), default=None)


def _item(op, av) -> set[str] | None:
    if op is _C.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is _C.BRANCH:
        sets = [_sequence(list(alt)) for alt in av[1]]
        return set().union(*sets) if all(sets) else None
    if op in _REPEATS:
        return _sequence(list(av[2])) if av[0] >= 1 else None
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return _sequence(list(av))
    return None


def search(pattern: re.Pattern, text: str, lo: int, hi: int) -> re.Match | None:
    """``pattern.search(text, lo, hi)``, skipped when the window cannot hold a match."""
    hit = _cache.get(id(pattern))
    words = hit[1] if hit is not None and hit[0] is pattern else required_words(pattern)
    if words is not None and cannot_hold(text, lo, hi, words):
        return None
    return pattern.search(text, lo, hi)


def finditer(pattern: re.Pattern, text: str, lo: int, hi: int) -> Iterator[re.Match]:
    """``pattern.finditer(text, lo, hi)``, nothing when the window cannot hold a match."""
    words = required_words(pattern)
    if words is not None and cannot_hold(text, lo, hi, words):
        return iter(())
    return pattern.finditer(text, lo, hi)


def search_in(pattern: re.Pattern, s: str) -> re.Match | None:
    """``pattern.search(s)``, skipped when ``s`` cannot hold a match."""
    return search(pattern, s, 0, len(s))


def trie_pattern(forms: Iterable[str]) -> str:
    """One regex for many word forms, as a trie ("sa(?:id|ys?)"), a space in a form
    matching any run of spaces and tabs. A plain alternation tries every form at every
    position; the trie tries a handful. At one position the forms that match lie on one
    path of the trie and a longer one is tried first, just as in an alternation of the
    forms longest first, so the matches are the same (when the pattern is followed by
    something that must hold after the form, such as ``(?![\\w-])``, a shorter form is
    tried after a longer one fails it, as in the alternation). Under ``re.I`` give the
    forms in lower case (two spellings of one form would be two paths)."""
    trie: dict = {}
    for form in forms:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}  # a form ends here

    def pattern(node: dict) -> str:
        parts = [(r"[ \t]+" if ch == " " else re.escape(ch)) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        if "" not in node:
            return body
        return ("(?:" + body + ")" if len(parts) == 1 and len(body) > 1 else body) + "?"

    return pattern(trie)
