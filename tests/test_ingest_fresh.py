"""A large ingest does not hand the comparison the records it has just extracted
(the comparison reads them back from the database, table by table); a small one
does. Both store the same conflicts."""

from __future__ import annotations

from claimtrack import ingest as ingest_mod
from claimtrack import tuning
from claimtrack.ingest import ingest
from claimtrack.store import Store
from conftest import SEEDS


def test_the_records_kept_for_the_comparison_follow_the_threshold(tmp_path, monkeypatch):
    kept = []
    real = ingest_mod.write_results

    def spy(store, results, keep=True, **kw):
        written, compared = real(store, results, keep, **kw)
        kept.append((keep, len(compared)))
        return written, compared

    monkeypatch.setattr(ingest_mod, "write_results", spy)
    ingest(Store(tmp_path / "small.json"), [str(SEEDS)])
    monkeypatch.setattr(tuning, "FRESH_RECORDS_MAX_ARTICLES", 0)
    ingest(Store(tmp_path / "large.json"), [str(SEEDS)])
    (keep_small, n_small), (keep_large, n_large) = kept
    assert keep_small and n_small > 0
    assert not keep_large and n_large == 0
    small, large = Store(tmp_path / "small.json"), Store(tmp_path / "large.json")
    assert small.conflict_rows() and large.conflict_rows() == small.conflict_rows()


def test_a_small_parallel_ingest_gets_its_results_uncompressed(tmp_path, monkeypatch):
    """Up to INGEST_UNCOMPRESSED_MAX_ARTICLES the workers hand back values; past it, compressed
    pickles. The database written is the same."""
    monkeypatch.setattr(ingest_mod, "PARALLEL_MIN", 2)
    forms = []
    real = ingest_mod.write_results

    def spy(store, results, keep=True, **kw):
        forms.append({(x.blob is None, x.values is None) for _, x in results})
        return real(store, results, keep, **kw)

    monkeypatch.setattr(ingest_mod, "write_results", spy)
    ingest(Store(tmp_path / "small.json"), [str(SEEDS)], workers=2)
    monkeypatch.setattr(tuning, "INGEST_UNCOMPRESSED_MAX_ARTICLES", 1)
    ingest(Store(tmp_path / "large.json"), [str(SEEDS)], workers=2)
    assert forms == [{(True, False)}, {(False, True)}]
    small, large = Store(tmp_path / "small.json"), Store(tmp_path / "large.json")
    for table in ("claims", "figures", "dates"):
        assert small.rows(table) == large.rows(table) and small.rows(table)
    assert small.conflict_rows() == large.conflict_rows()
