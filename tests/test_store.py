"""The database: atomic, locked, validated, deterministic."""

from __future__ import annotations

import json
import os

import pytest

from claimtrack.models import Claim
from claimtrack.store import FileLock, Store, StoreError, atomic_write_text, dumps
from claimtrack.text import parse_article


def make_claim(article: str, start: int) -> Claim:
    return Claim(
        id=f"cl_{article}_{start}",
        article=article,
        speaker="officials",
        speaker_name="",
        speaker_kind="anonymous",
        cue="said",
        content="x",
        quote=False,
        start=start,
        end=start + 1,
        sentence_start=0,
        sentence_end=10,
    )


def test_new_database_is_created_on_first_write(tmp_path):
    db = tmp_path / "db.json"
    store = Store(db)
    with store.writing():
        store.replace_articles([(parse_article("a1", "Officials said x."), [make_claim("a1", 0)], [], [])])
    data = json.loads(db.read_text())
    assert data["_meta"]["1"]["format"] == "claimtrack"
    assert [c.id for c in Store(db).claims()] == ["cl_a1_0"]


def test_replacing_an_article_drops_its_old_records(tmp_path):
    db = tmp_path / "db.json"
    store = Store(db)
    with store.writing():
        store.replace_articles([(parse_article("a1", "one"), [make_claim("a1", 0)], [], []),
                                (parse_article("a2", "two"), [make_claim("a2", 0)], [], [])])
    with store.writing():
        store.replace_articles([(parse_article("a1", "one again"), [make_claim("a1", 5)], [], [])])
    again = Store(db)
    assert sorted(c.id for c in again.claims()) == ["cl_a1_5", "cl_a2_0"]
    assert {a.id: a.text for a in again.articles()} == {"a1": "one again", "a2": "two"}


def test_dump_is_deterministic_and_sorted():
    assert dumps({"b": 1, "a": {"d": 2, "c": 3}}) == dumps({"a": {"c": 3, "d": 2}, "b": 1})
    assert dumps({"b": 1, "a": 2}).index('"a"') < dumps({"b": 1, "a": 2}).index('"b"')


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"{not json", "corrupt database"),
        (b"", "empty file"),
        (b"[1, 2]", "not a claimtrack database"),
        (b'{"_default": {}}', "not a claimtrack database"),
        (b'{"_meta": {"1": {"format": "claimtrack", "version": 99}}}', "unsupported version"),
        (b"\xff\xfe\x00garbage", "not a claimtrack database"),
    ],
)
def test_bad_database_is_refused_and_left_untouched(tmp_path, content, reason):
    db = tmp_path / "db.json"
    db.write_bytes(content)
    with pytest.raises(StoreError) as exc:
        Store(db).claims()
    assert reason in str(exc.value)
    assert str(db) in str(exc.value)
    with pytest.raises(StoreError):
        with Store(db).writing() as s:
            s.replace_articles([(parse_article("a", "b"), [], [], [])])
    assert db.read_bytes() == content


def test_failed_transaction_writes_nothing(tmp_path):
    db = tmp_path / "db.json"
    store = Store(db)
    with store.writing():
        store.replace_articles([(parse_article("a1", "one"), [], [], [])])
    before = db.read_bytes()
    with pytest.raises(RuntimeError):
        with store.writing():
            store.replace_articles([(parse_article("a2", "two"), [], [], [])])
            raise RuntimeError("boom")
    assert db.read_bytes() == before


def test_atomic_write_failure_keeps_old_file(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    target = folder / "db.json"
    target.write_text("old")
    os.chmod(folder, 0o500)
    try:
        if os.access(folder, os.W_OK):  # running as root: permissions do not bind
            pytest.skip("cannot make a read-only folder as root")
        with pytest.raises(StoreError, match="cannot write database"):
            atomic_write_text(target, "new")
    finally:
        os.chmod(folder, 0o700)
    assert target.read_text() == "old"
    assert os.listdir(folder) == ["db.json"]


def test_atomic_write_to_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="cannot write database"):
        atomic_write_text(tmp_path / "nope" / "db.json", "x")


def test_second_writer_waits_then_fails_clearly(tmp_path):
    db = tmp_path / "db.json"
    with FileLock(tmp_path / "db.json.lock", timeout=1):
        with pytest.raises(StoreError, match="busy"):
            with Store(db, lock_timeout=0.2).writing():
                pass
    assert not db.exists()


def test_writes_outside_a_transaction_are_refused(tmp_path):
    with pytest.raises(RuntimeError):
        Store(tmp_path / "db.json").append("verdicts", {"claim": "x"})


def test_append_only_tables_keep_order(tmp_path):
    db = tmp_path / "db.json"
    store = Store(db)
    for i in range(12):
        with store.writing():
            store.append("verdicts", {"claim": "c", "rating": str(i)})
    assert [v["rating"] for v in Store(db).records("verdicts")] == [str(i) for i in range(12)]
