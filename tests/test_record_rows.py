"""Records made from stored rows: a row holding every field is made
positionally (the fast path the comparison's load takes); a row missing
fields gets their defaults and keys that are not fields are left out, as
with keywords. Both ways must give the same record."""

from __future__ import annotations

import math

import pytest

from claimtrack.models import Claim, DateMention, Figure, NameRecord, _row_values


def _figure() -> Figure:
    return Figure(id="fi_1", article="a1", text="at least 40 villagers", start=10, end=31, value=40.0, low=40.0,
                  high=math.inf, qualifier="at least", unit="count", noun="villagers", key="villager",
                  roles=("killed",), claim="cl_1", sentence_start=0, sentence_end=60, thing="people",
                  role="killed", lit_low=40.0, lit_high=math.inf, every_low=40.0, every_high=49.0,
                  reading="figure.quantity")


def _date() -> DateMention:
    return DateMention(id="da_1", article="a1", text="last Tuesday", start=3, end=15, value="2024-03-05",
                       low="2024-03-05", high="2024-03-05", granularity="day", relative=True, valid=True,
                       event="the flood", event_key="flood", claim="", sentence_start=0, sentence_end=40,
                       event_id="flood")


def _name() -> NameRecord:
    return NameRecord(article="a1", text="Marta Okonkwo", start=50, end=63, status="captive",
                      status_text="who was detained", status_start=64, status_end=80)


def _claim() -> Claim:
    return Claim(id="cl_1", article="a1", speaker="the mayor", speaker_name="", speaker_kind="anonymous",
                 cue="said", content="the river rose overnight", quote=False, start=0, end=24,
                 sentence_start=0, sentence_end=40)


@pytest.mark.parametrize("make", [_figure, _date, _name, _claim])
def test_a_stored_row_gives_back_its_record(make):
    rec = make()
    assert type(rec).from_dict(rec.to_dict()) == rec


@pytest.mark.parametrize("make", [_figure, _date, _name, _claim])
def test_keys_that_are_not_fields_are_left_out(make):
    rec = make()
    assert type(rec).from_dict({**rec.to_dict(), "legacy": 1}) == rec


def test_missing_fields_take_their_defaults():
    row = _figure().to_dict()
    for k in ("reading", "lit_low", "lit_high", "every_low", "every_high", "aspect", "revised"):
        del row[k]
    f = Figure.from_dict(row)
    assert f.reading == "" and f.lit_low is None and f.revised is False and f.high == math.inf
    assert NameRecord.from_dict({"article": "a1", "text": "Ana Ruiz", "start": 1, "end": 9}).status == ""


def test_stored_numbers_come_back_as_floats_and_infinity():
    row = _figure().to_dict()
    assert row["value"] == 40 and type(row["value"]) is int and row["high"] == "inf"
    f = Figure.from_dict(row)
    assert type(f.value) is float and f.high == math.inf and f.roles == ("killed",)


def test_a_full_row_is_made_positionally():
    """The fast path: values in field order, one call (keywords from a decoded
    row cost about three times as much)."""
    row = _date().to_dict()
    assert _row_values(DateMention)(row) == tuple(row[k] for k in
                                                  ("id", "article", "text", "start", "end", "value", "low", "high",
                                                   "granularity", "relative", "valid", "event", "event_key", "claim",
                                                   "sentence_start", "sentence_end", "article_date", "rule",
                                                   "event_id", "event_name"))


@pytest.mark.parametrize("cls", [Claim, DateMention, Figure, NameRecord])
def test_every_record_field_is_a_plain_init_argument_of_its_own_name(cls):
    # what models.replaced relies on to rebuild a record from its values
    import attrs
    assert all(f.init and f.alias == f.name and f.converter is None for f in attrs.fields(cls))


def test_replaced_gives_what_attrs_evolve_gives():
    import attrs

    from claimtrack.models import replaced
    f, d = _figure(), _date()
    assert replaced(f, role="missing", low=12.0) == attrs.evolve(f, role="missing", low=12.0)
    assert replaced(d, event_id="quake", event_name="the quake") == attrs.evolve(d, event_id="quake", event_name="the quake")
    assert replaced(f) == f and replaced(f) is not f
    with pytest.raises(TypeError):
        replaced(d, no_such_field=1)
