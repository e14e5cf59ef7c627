"""The speed-ups give exactly what the plain code gives (records' dicts, row text, sentences)."""

from __future__ import annotations

import json
from pathlib import Path

import attrs

from claimtrack import ingest, layout, models, pipeline, text

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _records():
    for p in sorted(SEEDS.glob("*.txt"))[:3]:
        a = ingest.load_article(p)
        claims, figures, dates = pipeline.analyse(a)
        yield from (*claims, *figures, *dates, *pipeline.article_names(a, claims))


def test_record_dicts_equal_attrs_asdict_in_keys_values_and_types():
    n = 0
    for r in _records():
        fast, slow = models._asdict(r), attrs.asdict(r)
        assert list(fast) == list(slow) and fast == slow
        assert all(type(fast[k]) is type(slow[k]) for k in fast)
        n += 1
    assert n > 20


def test_row_encoder_writes_the_same_text_as_the_json_encoder():
    rows = [r.to_dict() for r in _records()]
    rows += [{"b": float("inf"), "a": -0.0, "é": ["x\u2019\n\"", None, True, 2.5]}, "caf\u00e9", 7, {}]
    for row in rows:
        assert layout._encode(row) == layout._ENCODER.encode(row) == json.dumps(row, sort_keys=True, ensure_ascii=False)


def test_sentences_split_again_gives_an_equal_fresh_list():
    body = "The council met on Monday. Its chair said the vote would wait.\nA second line follows."
    first = text.sentences(body)
    first.append(None)  # a caller changing its list changes nothing remembered
    again = text.sentences(body)
    assert again == text.split_sentences(body) and None not in again
    assert text.sentences(body, 5) == text.split_sentences(body, 5)
