"""A deterministic synthetic corpus of news articles with planted conflicts.

Everything comes from a ``random.Random`` passed in (no wall clock, no set
iteration order), so the same seed and N always give the same bytes.

The corpus is built from a small universe of *facts*, each with one canonical
value that every article mentioning it repeats (in varied surface forms):

- figure facts: a counted thing and what happened to it ("hostages released",
  "civilians killed") with a canonical count;
- date facts: a named event ("the Jabalia raid") with a canonical day;
- name facts: a person with a canonical spelling (and, for some, a known
  variant spelling such as Qasim/Qassem).

Planted conflicts are single mentions that deviate: another count for the
same counted thing and event, another day for the same named event, the other
spelling of a name. Each is recorded in the answer key with the deviating
span's exact offsets, so a found conflict can be matched to it.

Look-alike non-conflicts (decoys) are recorded too: the canonical value in
another surface form ("at least 30" when the count is 34, a number written
in words, "8 June 2024" vs "June 8, 2024", "yesterday" resolving to the
event day), two different people who share a name token (Mahmoud Abbas /
Abbas Kamel), a surname-only second mention.

Usage::

    python benchmarks/corpus.py N OUT_DIR [--seed S]

writes ``OUT_DIR/articles/artNNNNN.txt`` (UTF-8, optional first line
`` date YYYY-MM-DD``) and ``OUT_DIR/answer_key.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

# -- the fact universe ------------------------------------------------------------------

#: (fact id, counted thing, clause templates). ``{n}`` is the number as
#: written (with any qualifier), ``{d}`` the as-of day of a running count.
#: Each fact is one quantity a comparator can identify from the text: a toll
#: of a named event, releases under the truce, a running toll on a stated day.
FIGURE_FACTS: list[tuple[str, str, list[str]]] = [
    ("oct7-killed", "people", [
        "{n} people were killed in the October 7 attack",
        "the October 7 attack killed {n} people",
    ]),
    ("oct7-kidnapped", "people", [
        "{n} people were kidnapped in the October 7 attack",
        "Hamas kidnapped {n} people in the October 7 attack",
    ]),
    ("truce-hostages-released", "hostages", [
        "{n} hostages were released under the truce",
        "Hamas released {n} hostages under the truce",
    ]),
    ("truce-prisoners-freed", "prisoners", [
        "{n} Palestinian prisoners were freed under the truce",
        "Israel freed {n} Palestinian prisoners under the truce",
    ]),
] + [
    (f"gaza-toll-{d}", "people", [
        "as of {d}, {n} people had been killed in Gaza",
        "the death toll in Gaza had reached {n} people on {d}",
    ])
    for d in ("2024-01-15", "2024-02-20", "2024-03-25", "2024-04-30", "2024-05-31")
] + [
    (f"gaza-injured-{d}", "people", [
        "as of {d}, {n} people had been injured in Gaza",
    ])
    for d in ("2024-01-15", "2024-03-25", "2024-05-31")
]

#: Plausible ranges for the canonical counts.
FIGURE_RANGE = {
    "oct7-killed": (1100, 1400), "oct7-kidnapped": (200, 260), "truce-hostages-released": (80, 120),
    "truce-prisoners-freed": (200, 300), "gaza-toll": (20000, 40000), "gaza-injured": (50000, 90000),
}

#: (fact id, event phrase as written in running text).
DATE_FACTS: list[tuple[str, str]] = [
    ("jabalia-raid", "the Jabalia raid"),
    ("nuseirat-operation", "the Nuseirat operation"),
    ("mawasi-strike", "the Mawasi strike"),
    ("shifa-raid", "the Shifa hospital raid"),
    ("erez-attack", "the Erez attack"),
    ("cairo-summit", "the Cairo summit"),
    ("doha-talks", "the Doha talks"),
    ("paris-meeting", "the Paris meeting"),
    ("crossing-closure", "the crossing closure"),
    ("beit-hanoun-incursion", "the Beit Hanoun incursion"),
    ("flotilla-interception", "the flotilla interception"),
    ("tunnel-collapse", "the tunnel collapse"),
]

#: Persons: canonical spelling, variant spelling ("" when none), role phrase.
PERSONS: list[tuple[str, str, str]] = [
    ("Hazem Qasim", "Hazem Qassem", "Hamas spokesman"),
    ("Mohammed Deif", "Muhammad Deif", "the Qassam commander"),
    ("Yahya Sinwar", "Yehia Sinwar", "the Hamas leader in Gaza"),
    ("Ismail Haniyeh", "Ismail Haniya", "the head of Hamas' political bureau"),
    ("Mousa Abu Marzouk", "Musa Abu Marzuk", "a senior Hamas official"),
    ("Osama Hamdan", "Usama Hamdan", "a Hamas official in Beirut"),
    ("Khalil al-Hayya", "Khalil al-Hayyah", "the deputy Hamas leader"),
    ("Basem Naim", "Bassem Naim", "a Hamas political bureau member"),
    ("Mahmoud Abbas", "", "the Palestinian president"),
    ("Abbas Kamel", "", "Egypt's intelligence chief"),
    ("Majed al-Ansari", "", "the Qatari foreign ministry spokesman"),
    ("Antony Blinken", "", "the US secretary of state"),
    ("Philippe Lazzarini", "", "the head of UNRWA"),
    ("Tor Wennesland", "", "the UN Middle East envoy"),
    ("Sameh Shoukry", "", "Egypt's foreign minister"),
    ("John Kirby", "", "the White House spokesman"),
    ("Martin Griffiths", "", "the UN aid chief"),
    ("Daniel Hagari", "", "the Israeli army spokesman"),
]

ANONYMOUS = [
    "officials",
    "a senior Egyptian official",
    "a Hamas source",
    "sources familiar with the talks",
    "a diplomat who asked not to be named",
    "an Israeli security official",
    "two people briefed on the negotiations",
    "a Palestinian source who preferred not to be identified",
]

OUTLETS = ["Mada Masr", "Reuters", "AFP", "the Associated Press", "Al Jazeera"]

FILLER = [
    "Talks are expected to resume after the holiday.",
    "The crossing remained closed for most of the week.",
    "Residents described long queues for bread and water.",
    "The delegation returned to Cairo in the evening.",
    "Mediators have proposed a phased agreement.",
    "Electricity was cut across most of the strip.",
    "The negotiations have stalled several times before.",
    "Aid agencies warned of shortages of fuel and medicine.",
    "Both sides accused each other of violating the terms.",
    "Further details of the proposal were not made public.",
]

CONTENT_PLAIN = [
    "the talks had made progress",
    "the delegation would return next week",
    "a new proposal was under discussion",
    "the crossing would reopen soon",
    "no agreement had been reached",
    "the mediators were drafting a new text",
]

QUOTES = [
    "We are committed to reaching a deal",
    "The ball is now in the other side's court",
    "There will be no agreement without guarantees",
    "We have shown every flexibility",
    "The situation on the ground is catastrophic",
]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                "eighteen", "nineteen"]

START_DAY = dt.date(2023, 11, 1)
SPAN_DAYS = 240


class Builder:
    """Article text assembled piece by piece, remembering offsets of marked spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[dict[str, Any]] = []

    def add(self, s: str, mark: dict[str, Any] | None = None) -> None:
        if mark is not None:
            self.spans.append({**mark, "start": self.length, "end": self.length + len(s), "text": s})
        self.parts.append(s)
        self.length += len(s)

    def text(self) -> str:
        return "".join(self.parts)


def write_number(n: int) -> str:
    return f"{n:,}" if n >= 10000 else str(n)


def day_forms(d: dt.date) -> list[str]:
    return [f"{MONTHS[d.month - 1]} {d.day}, {d.year}", f"{d.day} {MONTHS[d.month - 1]} {d.year}"]


class Corpus:
    def __init__(self, rng: random.Random, n: int) -> None:
        self.rng = rng
        self.n = n
        self.fig_value = {fid: rng.randrange(*FIGURE_RANGE[fid.rsplit("-", 3)[0] if fid[-1].isdigit() else fid])
                          for fid, _, _ in FIGURE_FACTS}
        self.event_day = {
            eid: START_DAY + dt.timedelta(days=rng.randrange(0, SPAN_DAYS - 30)) for eid, _ in DATE_FACTS
        }
        self.planted: list[dict[str, Any]] = []
        self.decoys: list[dict[str, Any]] = []

    # -- sourcing ------------------------------------------------------------------

    def speaker(self) -> tuple[str, str]:
        """(speaker phrase, person canonical or "") for a random source."""
        r = self.rng
        if r.random() < 0.55:
            name, _, role = r.choice(PERSONS)
            return (f"{role} {name}" if r.random() < 0.4 else name), name
        return r.choice(ANONYMOUS), ""

    def attributed(self, b: Builder, content: list[tuple[str, dict | None]], name_override: str = "",
                   name_mark: dict | None = None, form: int | None = None) -> None:
        """One sourced sentence around ``content`` (pieces with optional marks)."""
        r = self.rng
        who, person = self.speaker()
        if name_override:
            who, person = name_override, name_override
        mark_who = name_mark if name_override else None
        if form is None:
            form = r.randrange(6)

        def put_content(capital: bool = False) -> None:
            first = True
            for piece, mark in content:
                if capital and first and piece:
                    piece = piece[0].upper() + piece[1:]
                first = False
                b.add(piece, mark)

        def put_who(capital: bool = False) -> None:
            w = who[0].upper() + who[1:] if capital else who
            b.add(w, mark_who)

        if form == 0:
            put_who(True); b.add(" said "); put_content(); b.add(".")
        elif form == 1:
            put_content(True); b.add(", "); put_who(); b.add(" said.")
        elif form == 2:
            put_content(True); b.add(", according to "); put_who(); b.add(".")
        elif form == 3:
            b.add("According to "); put_who(); b.add(", "); put_content(); b.add(".")
        elif form == 4:
            put_who(True); b.add(f" told {r.choice(OUTLETS)} that "); put_content(); b.add(".")
        else:
            b.add("\u201c"); put_content(True); b.add(",\u201d "); put_who(); b.add(" said.")
        del person

    # -- facts ---------------------------------------------------------------------

    def figure_clause(self, fid: str, art: str, deviant: bool) -> list[tuple[str, dict | None]]:
        r = self.rng
        templates = next(t for f, _, t in FIGURE_FACTS if f == fid)
        tpl = r.choice(templates)
        value = self.fig_value[fid]
        mark: dict | None = None
        if deviant:
            delta = max(5, value // 4)
            new = max(1, value + r.choice([-1, 1]) * r.randrange(delta, 2 * delta))
            written = write_number(new)
            mark = {"kind": "figure", "fact": fid, "article": art, "value": new, "canonical": value}
        else:
            form = r.random()
            # as reporters round: "more than 1,200" for 1,234; "at least 30" for 34
            step = 10 ** max(1, len(str(value)) - 2)
            rounded = value // step * step
            if form < 0.1 and rounded < value:
                written = f"more than {write_number(rounded)}"
                mark = {"kind": "figure", "fact": fid, "article": art, "decoy": "'more than' a rounded-down count"}
            elif form < 0.17:
                written = f"at least {write_number(rounded)}"
                mark = {"kind": "figure", "fact": fid, "article": art, "decoy": "'at least' a rounded-down count"}
            elif form < 0.22 and value < 20:
                written = NUMBER_WORDS[value]
                mark = {"kind": "figure", "fact": fid, "article": art, "decoy": "count written in words"}
            elif form < 0.3:
                written = f"{value:,}" if value >= 1000 else str(value)
                mark = ({"kind": "figure", "fact": fid, "article": art, "decoy": "count with a thousands separator"}
                        if value >= 1000 else None)
            else:
                written = write_number(value)
        out: list[tuple[str, dict | None]] = []
        rest = tpl
        while rest:
            i = rest.find("{")
            if i < 0:
                out.append((rest, None))
                break
            out.append((rest[:i], None))
            field = rest[i : rest.index("}", i) + 1]
            if field == "{n}":
                out.append((written, mark))
            else:  # {d}: the as-of day, in the article's usual date form
                day = dt.date.fromisoformat(fid[-10:])
                out.append((day_forms(day)[0], None))
            rest = rest[i + len(field) :]
        return [(p, m) for p, m in out if p]

    def date_clause(self, eid: str, art: str, art_day: dt.date | None, deviant: bool) -> list[tuple[str, dict | None]]:
        r = self.rng
        event = next(e for f, e in DATE_FACTS if f == eid)
        day = self.event_day[eid]
        mark: dict | None = None
        if deviant:
            shift = r.choice([-1, 1]) * r.randrange(2, 20)
            new = day + dt.timedelta(days=shift)
            written = r.choice(day_forms(new))
            mark = {"kind": "date", "fact": eid, "article": art, "value": new.isoformat(), "canonical": day.isoformat()}
        elif art_day is not None and art_day == day + dt.timedelta(days=1) and r.random() < 0.7:
            written = "yesterday"
            mark = {"kind": "date", "fact": eid, "article": art, "decoy": "'yesterday' resolving to the event day"}
        else:
            forms = day_forms(day)
            k = r.randrange(len(forms))
            written = forms[k]
            if k == 1:
                mark = {"kind": "date", "fact": eid, "article": art, "decoy": "day-month-year form of the canonical date"}
        templates = [
            [(event + " took place on ", None), (written, mark)],
            [(event + " began on ", None), (written, mark)],
            [("the talks had changed since " + event + " on ", None), (written, mark)],
        ]
        return r.choice(templates)

    # -- articles ------------------------------------------------------------------

    def article(self, i: int) -> tuple[str, str, list[dict[str, Any]]]:
        r = self.rng
        art = f"art{i:05d}"
        b = Builder()
        art_day: dt.date | None = None
        if r.random() < 0.92:
            art_day = START_DAY + dt.timedelta(days=r.randrange(0, SPAN_DAYS))
            b.add(f" date {art_day.isoformat()}\n")
        # what this article will plant: about 1 in 12 articles carry one deviation
        plant = r.random() < 1 / 12
        plant_kind = r.choice(["figure", "date", "name"]) if plant else ""

        sentences = r.randrange(10, 18)
        figure_facts = r.sample([f for f, _, _ in FIGURE_FACTS], 3)
        date_facts = r.sample([e for e, _ in DATE_FACTS], 2)
        # a date fact "yesterday" decoy needs the article dated the day after the event
        if art_day is not None and r.random() < 0.05:
            eid = date_facts[0]
            art_day_fixed = self.event_day[eid] + dt.timedelta(days=1)
            b = Builder()
            art_day = art_day_fixed
            b.add(f" date {art_day.isoformat()}\n")
        variant_persons = [p for p in PERSONS if p[1]]
        name_person = r.choice(variant_persons)
        b.add(r.choice(FILLER))
        b.add("\n\n")
        for k in range(sentences):
            slot = k % 7
            if slot == 0:
                self.attributed(b, self.figure_clause(figure_facts[0], art, plant_kind == "figure" and k < 7))
            elif slot == 1:
                self.attributed(b, self.date_clause(date_facts[0], art, art_day, plant_kind == "date" and k < 7))
            elif slot == 2:
                # a named source whose name may be spelled the other way
                canonical, variant, role = name_person
                deviant = plant_kind == "name" and k < 7
                written = variant if deviant else canonical
                mark = ({"kind": "name", "fact": canonical, "article": art, "value": variant, "canonical": canonical}
                        if deviant else None)
                b.add(f"{role[0].upper() + role[1:]} ")
                b.add(written, mark)
                b.add(f" said {r.choice(CONTENT_PLAIN)}.")
            elif slot == 3:
                self.attributed(b, [(r.choice(QUOTES), None)], form=5)
            elif slot == 4:
                self.attributed(b, self.figure_clause(figure_facts[1], art, False))
            elif slot == 5:
                decoy = r.random()
                if decoy < 0.15:
                    b.add("Mahmoud Abbas", {"kind": "name", "article": art, "decoy": "Mahmoud Abbas / Abbas Kamel share a token"})
                    b.add(" met ")
                    b.add("Abbas Kamel", {"kind": "name", "article": art, "decoy": "Mahmoud Abbas / Abbas Kamel share a token"})
                    b.add(" in Ramallah, officials said.")
                elif decoy < 0.3:
                    canonical = name_person[0]
                    surname = canonical.split()[-1]
                    b.add(f"Asked about the proposal, {surname}", {"kind": "name", "article": art, "decoy": "surname-only second mention"})
                    b.add(" said the movement would study it.")
                else:
                    self.attributed(b, self.date_clause(date_facts[1], art, art_day, False))
                    b.add(" ")
                    b.add(r.choice(FILLER))
            else:
                self.attributed(b, self.figure_clause(figure_facts[2], art, False) if r.random() < 0.5 else [(r.choice(CONTENT_PLAIN), None)])
            b.add("\n\n" if r.random() < 0.5 else " ")
        b.add(r.choice(FILLER) + "\n")
        text = b.text()
        marks = b.spans
        for m in marks:
            assert text[m["start"] : m["end"]] == m["text"]
        return art, text, marks


def generate(rng: random.Random, n: int) -> tuple[dict[str, str], dict[str, Any]]:
    """N articles (id -> text) and the answer key."""
    c = Corpus(rng, n)
    articles: dict[str, str] = {}
    planted: list[dict[str, Any]] = []
    decoys: list[dict[str, Any]] = []
    for i in range(n):
        art, text, marks = c.article(i)
        articles[art] = text
        for m in marks:
            (decoys if "decoy" in m else planted).append(m)
    key = {
        "n": n,
        "figure_facts": c.fig_value,
        "date_facts": {k: v.isoformat() for k, v in c.event_day.items()},
        "persons": [p[0] for p in PERSONS],
        "planted": planted,
        "decoys": decoys,
    }
    return articles, key


def write_corpus(n: int, out: Path, seed: int = 2024) -> dict[str, Any]:
    articles, key = generate(random.Random(seed), n)
    folder = out / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.txt"):
        old.unlink()
    for art, text in articles.items():
        (folder / f"{art}.txt").write_text(text, encoding="utf-8")
    key["seed"] = seed
    (out / "answer_key.json").write_text(json.dumps(key, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return key


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=2024)
    a = ap.parse_args()
    key = write_corpus(a.n, a.out, a.seed)
    print(f"{a.n} articles in {a.out / 'articles'}; {len(key['planted'])} planted conflicts, {len(key['decoys'])} decoys")


if __name__ == "__main__":
    main()
