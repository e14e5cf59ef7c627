"""What the comparison loads from the store: no claims (the speakers of the
conflicts' mentions are looked up afterwards), only the figures and dates a
rule can block, and the records an ingest just wrote as they are, not read
back. Each shortcut must give exactly what loading everything gives."""

from __future__ import annotations

import math

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack import ingest as ingest_mod
from claimtrack import pipeline
from claimtrack.compare import engine
from claimtrack.compare.rules import RULES
from claimtrack.ingest import ingest, recompute_conflicts
from claimtrack.layout import article_shard, part_key
from claimtrack.models import Figure
from claimtrack.store import Store
from conftest import SEEDS


@pytest.fixture(scope="module")
def seeds_store(tmp_path_factory):
    db = tmp_path_factory.mktemp("load") / "db.json"
    ingest(Store(db), [str(SEEDS)])
    return db


def eager(store: Store) -> engine.Records:
    """Everything loaded, claims included: the comparison as it was."""
    dates = {r["id"]: r.get("date") for r in store.article_rows()}
    return pipeline.stored_records(dates, store.claims(), store.figures(), store.dates(), store.names())


def test_deferred_speakers_give_the_conflicts_of_loaded_claims(seeds_store):
    store = Store(seeds_store)
    want = engine.find_conflicts(eager(store))
    assert any(m.speaker for c in want for m in c.mentions)  # the seeds' conflicts name speakers
    lazy = engine.find_conflicts(ingest_mod.stored_records(Store(seeds_store)))
    assert any(m.claim for c in lazy for m in c.mentions) and not any(m.speaker for c in lazy for m in c.mentions)
    assert engine.fill_speakers(lazy, Store(seeds_store).claims_by_id) == want


def test_a_claim_that_is_not_found_leaves_the_mention_unattributed(seeds_store):
    lazy = engine.find_conflicts(ingest_mod.stored_records(Store(seeds_store)))
    filled = engine.fill_speakers(lazy, lambda pairs: {})
    assert filled and all(m.claim == "" and m.speaker == "" and m.speaker_kind == "" for c in filled for m in c.mentions)


def test_claims_by_id_decodes_only_the_rows_asked_for(seeds_store):
    every = Store(seeds_store).claims()
    some = every[::3]
    store = Store(seeds_store)
    got = store.claims_by_id({(c.article, c.id) for c in some})
    assert got == {c.id: c for c in some}
    # the shards were searched as text, never decoded whole
    assert not any(store.parts.loaded(part_key("claims", article_shard(c.article))) for c in some)
    assert store.claims_by_id({(some[0].article, "cl_not_there")}) == {}


def test_claims_by_id_reads_a_part_in_memory_as_it_is(seeds_store):
    store = Store(seeds_store)
    c = store.claims()[0]  # loads every claims part
    assert store.parts.loaded(part_key("claims", article_shard(c.article)))
    assert store.claims_by_id({(c.article, c.id)}) == {c.id: c}


def test_claims_by_id_finds_content_with_quotes_backslashes_and_non_ascii(tmp_path):
    text = ('The mayor said: "the \\\\ levee held"; Zoë Ångström, the engineer, said the pumps '
            'failed "twice" on Monday.\n')
    art = tmp_path / "in" / "odd.txt"
    art.parent.mkdir()
    art.write_text(text, encoding="utf-8")
    ingest(Store(tmp_path / "db.json"), [str(art)])
    every = Store(tmp_path / "db.json").claims()
    assert every
    got = Store(tmp_path / "db.json").claims_by_id({(c.article, c.id) for c in every})
    assert got == {c.id: c for c in every}


def test_only_figures_and_dates_a_rule_can_block_are_loaded(seeds_store):
    full = eager(Store(seeds_store))
    loaded = ingest_mod.stored_records(Store(seeds_store))
    assert len(loaded.figures) < len(full.figures) and len(loaded.dates) < len(full.dates)
    for rule in RULES:  # every rule blocks the same records either way
        assert rule.blocks(loaded, engine.Ctx(loaded)) == rule.blocks(full, engine.Ctx(full)), rule.__name__


def test_records_just_written_compare_as_if_read_back(tmp_path, monkeypatch):
    db = tmp_path / "db.json"
    calls = []
    real = ingest_mod.recompute_conflicts

    def spy(store, *a, **k):
        calls.append(len(k.get("fresh", ())))
        return real(store, *a, **k)

    monkeypatch.setattr(ingest_mod, "recompute_conflicts", spy)
    ingest(Store(db), [str(SEEDS)])
    assert calls == [len(list(SEEDS.glob("*.txt")))]  # the comparison was given the fresh records
    got = Store(db).conflict_rows()
    store = Store(db)
    with store.writing():
        recompute_conflicts(store)  # everything read back from the store
    assert Store(db).conflict_rows() == got


def test_a_figure_as_stored_is_what_the_store_gives_back():
    f = Figure(id="fi_1", article="a", text="1,540 people", start=0, end=12, value=1540.0000000000002, low=1540,
               high=math.inf, qualifier="", unit="count", noun="people", key="person", roles=["dead"], claim="",
               sentence_start=0, sentence_end=20, lit_low=1540, lit_high=-math.inf)
    assert f.as_stored() == Figure.from_dict(f.to_dict())
    assert type(f.as_stored().low) is float and f.as_stored().roles == ("dead",)
    same = attrs.evolve(f, value=1540.0, low=1540.0, high=2.5, lit_low=1.0, lit_high=None, roles=("dead",))
    assert same.as_stored() is same  # nothing to change: no copy


_numbers = st.one_of(st.none(), st.integers(-10**12, 10**12), st.floats(allow_nan=False))


@given(value=_numbers.filter(lambda x: x is not None), low=_numbers.filter(lambda x: x is not None),
       high=_numbers.filter(lambda x: x is not None), lit=_numbers, every=_numbers)
def test_as_stored_equals_the_round_trip_for_any_number(value, low, high, lit, every):
    f = Figure(id="fi_1", article="a", text="x", start=0, end=1, value=value, low=low, high=high, qualifier="",
               unit="count", noun="", key="", roles=(), claim="", sentence_start=0, sentence_end=1,
               lit_low=lit, lit_high=lit, every_low=every, every_high=every)
    back = Figure.from_dict(f.to_dict())
    assert f.as_stored() == back
    assert [type(getattr(f.as_stored(), k)) for k in ("value", "lit_low", "every_low")] == \
        [type(getattr(back, k)) for k in ("value", "lit_low", "every_low")]


def test_the_comparison_holds_records_not_their_rows(seeds_store):
    store = Store(seeds_store)
    loaded = ingest_mod.stored_records(store)
    assert loaded.figures and loaded.dates and loaded.names
    kept = [k for t in ("figures", "dates", "names") for k in store.parts.keys_of(t) if store.parts.loaded(k)]
    assert kept == []  # each part was dropped once its rows were made records
    assert loaded.figures == sorted(loaded.figures, key=lambda f: (f.article, f.start, f.end, f.id))
