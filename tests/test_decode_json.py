"""Stored parts are decoded by orjson, falling back to the standard library:
the values (and key order) must be exactly what ``json.loads`` gives."""

import json
import math

import pytest
from hypothesis import given, settings, strategies as st

from claimtrack.layout import decode_json

_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False), st.text(),
)
_values = st.recursive(_scalars, lambda kids: st.one_of(st.lists(kids, max_size=4),
                                                         st.dictionaries(st.text(max_size=6), kids, max_size=4)),
                       max_leaves=20)


def _shape(x):
    """A value with every dict's key order made visible (== ignores it)."""
    if isinstance(x, dict):
        return ("dict", [(k, _shape(v)) for k, v in x.items()])
    if isinstance(x, list):
        return ("list", [_shape(v) for v in x])
    return (type(x).__name__, x)


@settings(max_examples=300, deadline=None)
@given(_values)
def test_decodes_what_the_standard_library_decodes(value):
    for text in (json.dumps(value), json.dumps(value, ensure_ascii=False), json.dumps(value, sort_keys=True, indent=1)):
        assert _shape(decode_json(text)) == _shape(json.loads(text))
        assert _shape(decode_json(text.encode("utf-8"))) == _shape(json.loads(text))


@pytest.mark.parametrize("text", [
    '{"low": NaN, "high": Infinity, "neg": -Infinity}',  # not standard JSON: orjson refuses it
    '{"n": 123456789012345678901234567890}',  # beyond 64 bits
    '{"s": "\\ud800 lone surrogate"}',
    '{"b": 2, "a": 1, "b": 3}',  # a repeated key: the last value, at the first place
])
def test_what_orjson_refuses_is_decoded_as_the_standard_library_does(text):
    got, want = decode_json(text), json.loads(text)
    assert repr(_shape(got)) == repr(_shape(want))


def test_infinities_survive_the_fallback():
    got = decode_json('{"high": Infinity}')
    assert math.isinf(got["high"])


@pytest.mark.parametrize("text", ['{"a": 1', '{"a": tru}', "", '{"a": 1}}'])
def test_invalid_json_raises_the_standard_error(text):
    with pytest.raises(json.JSONDecodeError) as caught:
        decode_json(text)
    with pytest.raises(json.JSONDecodeError) as std:
        json.loads(text)
    assert caught.value.msg == std.value.msg
