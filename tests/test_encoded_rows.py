"""Rows encoded where they are made (an ingest's worker processes): written byte for byte
as rows encoded by the writing process, and never stale once changed."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from claimtrack import ingest
from claimtrack import layout
from claimtrack.compare import engine
from claimtrack.layout import EncodedRow, RowText, decode_json, dump_table, encode_row
from claimtrack.store import Store
from claimtrack.text import parse_article

ROW = {"id": "fi_1", "text": "about 40 people", "low": 36, "high": "inf", "share": 0.25, "roles": ["dead"],
       "place": "Vel\u00e9z"}


def test_a_part_of_encoded_rows_is_the_part_of_plain_rows():
    assert dump_table({"1": EncodedRow.from_text(encode_row(ROW)), "2": ROW}) == dump_table({"1": ROW, "2": ROW})


@pytest.mark.parametrize("change", [
    lambda r: r.__setitem__("low", 1), lambda r: r.__delitem__("low"), lambda r: r.pop("low"),
    lambda r: r.popitem(), lambda r: r.clear(), lambda r: r.update(low=2), lambda r: r.setdefault("new", 3),
    lambda r: r.__ior__({"low": 4}),
])
def test_a_changed_row_is_encoded_again(change):
    row = EncodedRow.from_text(encode_row(ROW))
    change(row)
    assert row.text is None
    assert dump_table({"1": row}) == dump_table({"1": dict(row)})


def test_setdefault_of_a_present_key_keeps_the_text():
    row = EncodedRow.from_text(encode_row(ROW))
    row.setdefault("low", 99)
    assert row.text == encode_row(ROW)


def test_an_encoded_row_pickles_with_its_text():
    row = pickle.loads(pickle.dumps(EncodedRow.from_text(encode_row(ROW))))
    assert type(row) is EncodedRow and row == ROW and row.text == encode_row(ROW)


def _articles(n: int):
    body = ("The governor said on Monday that at least {k} people were killed when the bridge collapsed. "
            "\u201cWe are still searching,\u201d fire chief Ana Ruiz told reporters. Police said 12 were injured.")
    return [parse_article(f"a{k:03d}", f" date 2025-03-0{1 + k % 5} Bridge collapse\n" + body.format(k=20 + k))
            for k in range(n)]


def test_rows_encoded_in_workers_are_stored_as_records_are(tmp_path: Path):
    arts = _articles(12)
    by_records = Store(tmp_path / "r.json")
    with by_records.writing():
        ingest.write_results(by_records, [(a, ingest.extract_article(a)) for a in arts])
    by_rows = Store(tmp_path / "p.json")
    with by_rows.writing():
        ingest.write_results(by_rows, [(a, ingest.extract_packed(a)) for a in arts])
    files = sorted(p.name for p in (tmp_path / "r.json.d").iterdir())
    assert files == sorted(p.name for p in (tmp_path / "p.json.d").iterdir())  # names are content hashes
    assert (tmp_path / "r.json").read_bytes() == (tmp_path / "p.json").read_bytes()


def test_the_packed_records_compared_are_the_records_extracted():
    a = _articles(1)[0]
    (encoded,), (figures, dates, names) = ingest._unpack(ingest.extract_packed(a))
    claims, figs, ds, ns = ingest.extract_article(a)
    assert claims and figs and ds and ns  # every table has rows to compare
    assert [decode_json(t) for t in encoded.texts[0]] == [c.to_dict() for c in claims]
    assert (figures, dates, names) == ingest._unpack((claims, figs, ds, ns))[1]
    assert figures == [f.as_stored() for f in figs if engine.figure_compared(f)] and names == ns


def test_the_writing_process_decodes_no_row_its_workers_encoded(tmp_path: Path, monkeypatch):
    packed = [(a, ingest.extract_packed(a)) for a in _articles(6)]
    decoded = []
    monkeypatch.setattr(layout, "decode_json", lambda text: decoded.append(text) or json.loads(text))
    store = Store(tmp_path / "db.json")
    with store.writing():
        ingest.write_results(store, list(packed))  # emptied as written
    assert decoded == []
    assert len(store.claims()) == sum(p.counts["claims"] for _, p in packed) > 0


def test_a_part_of_row_texts_read_before_it_is_written_gives_the_rows(tmp_path: Path):
    arts = _articles(3)
    store = Store(tmp_path / "db.json")
    with store.writing():
        store.replace_articles([(a, ingest._unpack(ingest.extract_packed(a))[0][0]) for a in arts])
        parts = store.parts
        keys = [k for k in parts.keys_of("claims") if parts.loaded(k)]
        assert keys and any(type(r) is RowText for k in keys for r in parts._tables[k].values())
        by_text = sorted(c.to_dict()["id"] for c in store.claims())  # read from the parts in memory
        assert all(type(r) is EncodedRow for k in keys for r in parts._tables[k].values())
        # replacing one again in the same write reads (and changes) its parts
        store.replace_articles([(arts[0], *ingest.extract_article(arts[0]))])
    assert sorted(c.id for c in Store(tmp_path / "db.json").claims()) == by_text
    plain = Store(tmp_path / "plain.json")
    with plain.writing():  # the same two steps with the records
        plain.replace_articles([(a, *ingest.extract_article(a)) for a in arts])
        plain.replace_articles([(arts[0], *ingest.extract_article(arts[0]))])
    assert sorted(p.name for p in (tmp_path / "db.json.d").iterdir()) == sorted(p.name for p in (tmp_path / "plain.json.d").iterdir())


def test_the_record_texts_of_a_part_of_row_texts_are_its_rows(tmp_path: Path):
    a = _articles(1)[0]
    store = Store(tmp_path / "db.json")
    with store.writing():
        store.replace_articles([(a, ingest._unpack(ingest.extract_packed(a))[0][0])])
        key = next(k for k in store.parts.keys_of("claims") if store.parts.loaded(k))
        texts = store.parts.record_texts(key)
    assert [json.loads(t) for t in texts] == [c.to_dict() for c in ingest.extract_article(a)[0]]
