"""The streamed JSON listings (claims, figures, dates --json) copy each record's stored text.

Each listing must print byte for byte what encoding the decoded records would
print (the reference below does that, the way the listings did before they
copied stored text), whatever the records hold: quotes, backslashes, accents,
line and paragraph separators, braces, a stored field named like a listing's own.
"""

from __future__ import annotations

import json
import os
import time

import attrs
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack import layout, listing, lookup, spool, tuning
from claimtrack.cli import current_verdicts, main
from claimtrack.models import Claim, DateMention, Figure
from claimtrack.spool import WorkerError, in_key_order, in_key_order_forked
from claimtrack.store import Store, article_shard, part_key, position
from claimtrack.text import parse_article

#: Article texts with what JSON escapes or keeps raw: quotes, a backslash, accents, U+2028/U+2029,
#: braces (a "{" in a record sends its part the slow way), a tab, an emoji (outside the BMP).
TEXTS = {
    "plain-01": ' date 2024-03-05\nThe harbour master said 14 ferries sailed before noon on Monday.',
    "quote-02": ' date 2024-03-06\nA spokesman said the "temporary" closure of the C:\\ferry\\dock road would last 2 weeks.',
    "accent-03": "ZÜRICH (dpa) - Officials at the Hauptbahnhof said 35 trains were cancelled\u2028and 12 délayed.\u2029End.",
    "brace-04": ' date 2024-03-08\nThe engineer said the {north} gate stayed shut\tfor 3 hours 🚢 after the storm.',
}


def _claim(aid: str, i: int, text: str, start: int, end: int, **extra) -> Claim:
    return Claim(id=f"cl_{aid}_{i}", article=aid, speaker="a spokesman", speaker_name="", speaker_kind="anonymous" if i % 2 else "named",
                 cue="said", content=text[start:end], quote=False, start=start, end=end, sentence_start=0, sentence_end=len(text), **extra)


def _results(texts: dict[str, str]) -> list[tuple]:
    out = []
    for aid, text in texts.items():
        said = text.index("said") + 5
        claims = [_claim(aid, 2, text, said, len(text)), _claim(aid, 1, text, said, said + 8), _claim(aid, 0, text, 0, 12)]
        digit = next(i for i, ch in enumerate(text) if ch.isdigit() and i > 16)
        figures = [Figure(id=f"fi_{aid}", article=aid, text=text[digit : digit + 2], start=digit, end=digit + 2, value=12.5, low=12.0,
                          high=float("inf"), qualifier="", unit="count", key="vessel", noun="ferries", roles=("sailed", "late"),
                          claim="", sentence_start=0, sentence_end=len(text))]
        dates = [DateMention(id=f"da_{aid}", article=aid, text=text[:5], start=0, end=5, value="2024-03-04", granularity="day",
                             low="2024-03-04", high="2024-03-04", relative=True, valid=True, event="the \"storm\"", event_key="",
                             claim="", sentence_start=0, sentence_end=len(text))]
        out.append((parse_article(aid, text), claims, figures, dates))
    return out


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "db.json"
    store = Store(path)
    with store.writing():
        store.replace_articles(_results(TEXTS))
        store.append("verdicts", {"claim": "cl_quote-02_1", "rating": "mostly \"false\"", "by": "an editor", "orphaned": False})
    return path


def _as_listing(lines: list[str]) -> str:
    return "[\n" + ",\n".join(lines) + "\n]\n" if lines else "[]\n"


def reference_claims(path, keep=lambda r: True) -> str:
    store = Store(path)
    verdicts = current_verdicts(store)
    rows = [r for r in sorted(store.rows("claims"), key=position) if keep(r)]
    return _as_listing([json.dumps(listing.claim_json(r, verdicts.get(r["id"], ""), store.article(r["article"])), ensure_ascii=False) for r in rows])


def reference_records(path, table: str) -> str:
    return _as_listing([json.dumps(r, ensure_ascii=False) for r in sorted(Store(path).rows(table), key=position)])


def run(path, *args: str) -> str:
    r = CliRunner().invoke(main, ["--db", str(path), *args])
    assert r.exit_code == 0, r.output
    return r.stdout


def test_claims_json_is_the_encoded_records_byte_for_byte(db):
    out = run(db, "claims", "--json")
    assert out == reference_claims(db)
    assert '"verdict": "mostly \\"false\\""' in out  # spliced into its claim's line
    assert "\u2028" in out and "🚢" in out  # kept raw, as json.dumps(ensure_ascii=False) keeps them


def test_filtered_claims_and_one_article_are_the_encoded_records(db):
    assert run(db, "claims", "--json", "--kind", "named") == reference_claims(db, lambda r: r["speaker_kind"] == "named")
    assert run(db, "claims", "--json", "--article", "quote-02") == reference_claims(db, lambda r: r["article"] == "quote-02")
    store = Store(db)
    with store.writing():  # a speaker JSON escapes: that part is decoded
        key = part_key("claims", article_shard("accent-03"))
        store.db.table(key).update({"speaker": 'the "Hauptbahnhof" spokesman', "speaker_name": None}, lambda r: r["start"] == 0)
    assert run(db, "claims", "--json", "--speaker", "spokesman", "--kind", "anonymous") == reference_claims(
        db, lambda r: "spokesman" in r["speaker"] and r["speaker_kind"] == "anonymous")


@pytest.mark.parametrize("table", ["figures", "dates"])
def test_figures_and_dates_json_are_the_stored_records(db, table):
    assert run(db, table, "--json") == reference_records(db, table)
    assert run(db, table, "--json", "--article", "brace-04") == _as_listing(
        [json.dumps(r, ensure_ascii=False) for r in sorted(Store(db).rows(table, "brace-04"), key=position)])


def test_figures_of_one_key_are_the_stored_records(db):
    store = Store(db)
    with store.writing():
        store.replace_articles(_results({"key-05": ' date 2024-03-09\nThe pilot said 3 tugs waited.'}))
        key = part_key("figures", article_shard("key-05"))
        store.db.table(key).update({"key": 'tug "boat"'}, lambda r: r["article"] == "key-05")
    for key in ("vessel", 'tug "boat"'):  # a plain key, and one JSON escapes (its part is decoded)
        rows = [r for r in sorted(Store(db).rows("figures"), key=position) if r["key"] == key]
        assert rows and run(db, "figures", "--json", "--key", key) == _as_listing([json.dumps(r, ensure_ascii=False) for r in rows])


def test_odd_records_take_the_careful_way_and_print_the_same(db):
    """A claim whose article is gone, a stored field named like a listing's own, an id JSON escapes."""
    store = Store(db)
    with store.writing():
        ghost = {**_claim("ghost", 0, "x" * 40, 2, 9).to_dict()}
        store._insert(part_key("claims", article_shard("ghost")), [ghost])
        store.replace_articles(_results({'wire\\"5': ' date 2024-03-09\nThe pilot said 3 tugs waited.', "odd-06": TEXTS["plain-01"]}))
        key = part_key("claims", article_shard("odd-06"))
        store.db.table(key).update(lambda r: r.update(verdict="stored"), lambda r: r["article"] == "odd-06")
        key = part_key("claims", article_shard("plain-01"))  # offsets past the text: no selectors
        store.db.table(key).update({"end": 10**6}, lambda r: r["id"] == "cl_plain-01_2")
        key = part_key("claims", article_shard("accent-03"))  # an offset JSON holds as true: its part is decoded
        store.db.table(key).update({"start": True}, lambda r: r["id"] == "cl_accent-03_0")
    out = run(db, "claims", "--json")
    assert out == reference_claims(db)
    assert '"type": "TextPositionSelector", "start": true, "end": 12}' in out


def test_records_with_reads_the_fields_of_each_stored_line(db):
    parts = Store(db).parts
    fields = (("article", str), ("start", int), ("end", int), ("id", str))
    for key in parts.keys_of("claims") + parts.keys_of("figures"):
        found = parts.records_with(key, fields)
        rows = [json.loads(text) for _, text in found]
        assert [values for values, _ in found] == [tuple(r[k] for k, _ in fields) for r in rows]
        assert rows == [parts[key][k] for k in sorted(parts[key], key=int)]
        assert [text for _, text in found] == [json.dumps(r, ensure_ascii=False).encode() for r in rows]


def test_record_texts_of_a_part_in_memory_are_encoded(db):
    store = Store(db)
    with store.writing():
        key = part_key("claims", article_shard("plain-01"))
        store.db.table(key).update({"cue": "told reporters"})
        rows = store._part_rows(key)
        assert store.parts.record_texts(key) == [json.dumps(r, ensure_ascii=False).encode() for r in rows]


def test_listing_streams_one_shard_at_a_time(db):
    store = Store(db)
    held = []
    for _ in store.raw_shards("claims"):
        held.append(sum(1 for k in store.parts if store.parts.loaded(k) and k != "_meta"))
    assert max(held) <= 2  # the shard's articles and texts; the claims part is read, not kept


# -- the pieces ---------------------------------------------------------------------------

VALUES = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=12),
    st.integers(-3, 10**6),
    st.floats(allow_nan=False),
    st.booleans(),
    st.none(),
    st.lists(st.integers(0, 3), max_size=2),
    st.dictionaries(st.sampled_from(["start", "x"]), st.integers(0, 3), max_size=1),
)


TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
#: Strings JSON writes with no escape (what find_fields reads), now and then one it escapes.
PLAIN = st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters='"\\'), max_size=12)
#: Rows find_fields can read (only the other fields vary), and rows of anything.
PLAIN_ROW = st.fixed_dictionaries({"article": PLAIN, "start": st.integers(-5, 10**9), "id": PLAIN},
                                  optional={"text": PLAIN, "zz": st.one_of(PLAIN, st.integers(), st.booleans(), st.none())})
ANY_ROW = st.fixed_dictionaries({"article": st.one_of(PLAIN, VALUES), "start": st.one_of(st.integers(-5, 10**9), VALUES), "id": TEXT},
                                optional={"text": VALUES, "zz": VALUES, "end": VALUES})
ROWS = st.one_of(st.lists(PLAIN_ROW, min_size=1, max_size=4), st.lists(st.one_of(PLAIN_ROW, ANY_ROW), min_size=1, max_size=4))


@settings(max_examples=300, deadline=None)
@given(ROWS)
def test_find_fields_reads_what_decoding_would_or_declines(rows):
    raw = layout.dump_table({str(i): r for i, r in enumerate(rows, 1)}).encode("utf-8")
    fields = (("article", str), ("start", int), ("id", str))
    found = layout.find_fields(raw, fields)
    if found is None:
        return
    assert [json.loads(t) for _, t in found] == rows
    assert [t for _, t in found] == [json.dumps(r, sort_keys=True, ensure_ascii=False).encode() for r in rows]
    for (values, _), r in zip(found, rows):
        assert values == tuple(r[k] for k, _ in fields)
        assert [type(v) for v in values] == [t for _, t in fields]


def test_find_fields_declines_what_it_cannot_read_plainly():
    fields = (("article", str), ("start", int))
    good = {"article": "a", "start": 3, "text": 'say "hi" \\ \u2028 é'}
    assert layout.find_fields(layout.dump_table({"1": good}).encode(), fields) == [(("a", 3), json.dumps(good, sort_keys=True, ensure_ascii=False).encode())]
    for bad in ({"article": 'a"b', "start": 3}, {"article": "a", "start": 3.0}, {"article": "a", "start": True},
                {"article": "a", "start": 3, "meta": {"start": 4}}, {"article": "a"}, {"article": "a", "start": 3, "text": "{"}):
        assert layout.find_fields(layout.dump_table({"1": good, "2": bad}).encode(), fields) is None, bad


@given(st.text(max_size=80), st.integers(-2, 90), st.integers(-2, 90))
def test_selectors_json_is_the_encoded_selectors(text, start, end):
    assert lookup.selectors_json(text, start, end) == json.dumps(lookup.selectors(text, start, end), ensure_ascii=False)


def test_selectors_json_of_odd_offsets_is_the_encoded_selectors():
    assert lookup.selectors_json("abc", True, 2) == json.dumps(lookup.selectors("abc", True, 2), ensure_ascii=False)


@given(st.lists(st.tuples(st.sampled_from(["b", "a", "c", "é"]), st.binary(max_size=6))))
def test_in_key_order_sorts_blocks_keeping_equal_keys_in_order(blocks):
    assert list(in_key_order(iter(blocks))) == [data for _, data in sorted(blocks, key=lambda kd: kd[0])]


# -- big listings share their shards among forked processes ----------------------------------


def test_listings_fork_from_the_shard_count_on(db, monkeypatch):
    monkeypatch.setenv("CLAIMTRACK_WORKERS", "3")
    monkeypatch.setattr(tuning, "LISTING_FORK_MIN_SHARDS", 4)
    assert listing.workers(3) == 1 and listing.workers(4) == 3
    for odd in ("lots", "0", "-2"):  # not a count: one per core
        monkeypatch.setenv("CLAIMTRACK_WORKERS", odd)
        assert listing.workers(4) == (os.cpu_count() or 1)
    monkeypatch.setenv("CLAIMTRACK_WORKERS", "3")
    forks = []
    real_fork = os.fork
    monkeypatch.setattr(os, "fork", lambda: forks.append(1) or real_fork())
    shards = len(Store(db).shard_keys("claims"))
    assert shards == 4  # the fixture's four articles sit in four shards
    assert run(db, "claims", "--json") == reference_claims(db)
    assert run(db, "dates", "--json") == reference_records(db, "dates")
    assert len(forks) == 4  # two listings, two forked workers each
    monkeypatch.setattr(tuning, "LISTING_FORK_MIN_SHARDS", shards + 1)
    assert run(db, "figures", "--json") == reference_records(db, "figures")
    assert len(forks) == 4


def test_a_forked_worker_failing_is_one_clean_error(db, monkeypatch):
    monkeypatch.setenv("CLAIMTRACK_WORKERS", "2")
    monkeypatch.setattr(tuning, "LISTING_FORK_MIN_SHARDS", 2)
    store = Store(db)
    key = store.shard_keys("claims")[1]  # the second shard goes to the forked worker
    part = store.parts.folder / store.parts.files[key]
    part.write_bytes(part.read_bytes().replace(b"said", b"sald"))
    r = CliRunner().invoke(main, ["--db", str(db), "claims", "--json"])
    assert r.exit_code == 1 and "does not match its checksum" in r.stderr
    assert "Traceback" not in r.output


def test_a_tables_first_rows_are_the_first_kept_records_decoded(db):
    store = Store(db)
    every = sorted(store.rows("claims"), key=position)
    named = [r for r in every if r["speaker_kind"] == "named"]
    where = (("speaker_kind",), lambda k: k == "named")
    assert listing.first_rows(store, "claims", None, where, 3) == (named[:3], len(named))
    assert listing.first_rows(store, "claims", None, None, 0) == (every, len(every))
    one = [r for r in every if r["article"] == "quote-02"]
    assert listing.first_rows(store, "claims", "quote-02", None, 2) == (one[:2], len(one))


def test_a_worker_that_dies_is_reported(monkeypatch):
    parent = os.getpid()

    def dies():  # in a forked worker; this process (which takes tasks too) waits for the worker to take the other
        if os.getpid() != parent:
            os.kill(os.getpid(), 9)
        time.sleep(1)
        return []

    with pytest.raises(WorkerError, match="ended without an answer"):
        list(in_key_order_forked([dies, dies], 2))
    assert list(in_key_order_forked([lambda: [("b", b"2"), ("a", b"1")], lambda: [("a", b"0")]], 2)) == [b"1", b"0", b"2"]


def _who_ran(parent: int, slow_parent: float) -> list:
    """Tasks that give one block each, naming the task and whether this process or a forked one ran it."""
    def task(i: int):
        here = os.getpid() == parent
        time.sleep(slow_parent if here else 0.02)
        return [(f"k{i:02}", f"{i}:{'parent' if here else 'child'}".encode())]

    return [lambda i=i: task(i) for i in range(8)]


def test_forked_processes_take_the_next_task_when_ready():
    ran = [b.decode().split(":") for b in in_key_order_forked(_who_ran(os.getpid(), 0.4), 2)]
    assert [int(i) for i, _ in ran] == list(range(8))  # each task once, in key order
    by = [who for _, who in ran]
    assert by.count("parent") <= 3 and by.count("child") >= 5  # dealt in turn, the slow process would take four


def test_more_tasks_than_a_queue_holds_are_dealt_in_turn(monkeypatch):
    monkeypatch.setattr(spool, "TASK_QUEUE_MAX", 4)
    ran = [b.decode().split(":") for b in in_key_order_forked(_who_ran(os.getpid(), 0.0), 2)]
    assert ran == [[str(i), "parent" if i % 2 == 0 else "child"] for i in range(8)]


def test_find_fields_reads_parts_with_removed_rows_and_declines_ids_out_of_order():
    rows = {str(doc): {"article": f"a{doc}", "start": doc} for doc in (2, 5, 10, 11)}
    raw = layout.dump_table(rows).encode()
    fields = (("article", str), ("start", int))
    assert layout.find_fields(raw, fields) == [((r["article"], r["start"]), json.dumps(r).encode()) for r in rows.values()]
    line5, line10 = b' "5": {"article": "a5", "start": 5},', b' "10": {"article": "a10", "start": 10},'
    assert layout.find_fields(raw.replace(line5, b"@").replace(line10, line5).replace(b"@", line10), fields) is None


def test_find_fields_declines_one_field_asked_as_two_kinds_and_bytes_that_are_not_utf8():
    raw = layout.dump_table({"1": {"article": "a", "start": 3}}).encode()
    assert layout.find_fields(raw, (("start", int), ("start", int))) == [((3, 3), b'{"article": "a", "start": 3}')]
    assert layout.find_fields(raw, (("start", int), ("start", str))) is None
    assert layout.find_fields(raw.replace(b'"a"', b'"\xff"'), (("article", str),)) is None


def test_the_seed_articles_with_verdicts_list_as_decoding_and_encoding_would_in_forked_processes(tmp_path, monkeypatch):
    """The real extraction's claims (the seed articles), verdicts on some of them (one replaced
    by a later one), listed by two processes taking the shards in turn: the lines are
    ``json.dumps`` of each decoded claim with its verdict, date and selectors."""
    from conftest import SEEDS

    from claimtrack.ingest import ingest

    path = tmp_path / "seeds.json"
    ingest(Store(path), [str(SEEDS)])
    ids = [r["id"] for r in sorted(Store(path).rows("claims"), key=position)]
    assert len(ids) > 20
    for cid, rating in [(ids[0], "true"), (ids[7], "misleading"), (ids[7], "mostly false"), (ids[-1], "unverifiable")]:
        assert CliRunner().invoke(main, ["--db", str(path), "verdict", cid, rating, "--by", "a desk editor"]).exit_code == 0
    monkeypatch.setenv("CLAIMTRACK_WORKERS", "2")
    monkeypatch.setattr(tuning, "LISTING_FORK_MIN_SHARDS", 2)
    forks = []
    real_fork = os.fork
    monkeypatch.setattr(os, "fork", lambda: forks.append(1) or real_fork())
    out = run(path, "claims", "--json")
    assert forks and out == reference_claims(path)
    assert out.count('"verdict": "mostly false"') == 1 and '"verdict": "misleading"' not in out
    assert run(path, "claims", "--json", "--kind", "anonymous") == reference_claims(path, lambda r: r["speaker_kind"] == "anonymous")


def test_an_article_is_made_from_every_field_of_its_row_with_the_defaults_of_an_older_row():
    from claimtrack import store as store_mod

    row = {k: f"{k}-value" for k in store_mod.ARTICLE_KEYS if k != "text"}
    made = store_mod._make_article({**row, "counts": {"claims": 2}}, "the text")
    assert attrs.asdict(made) == {**row, "text": "the text"}
    assert attrs.asdict(store_mod._make_article({"id": "a1"}, None)) == {
        "id": "a1", "text": None, "date": None, "body_start": None, "path": "", "sha": None, "date_source": "", "date_start": -1, "date_end": -1}
