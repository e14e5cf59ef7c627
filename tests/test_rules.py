"""The rule registry: ids are unique per stage, records name registered rules."""

import pytest

from claimtrack import rules


def test_register_returns_id_and_lists_by_stage():
    rid = rules.register("claim.test-only", "claim", "a rule registered by this test")
    assert rid == "claim.test-only"
    assert rules.REGISTRY[rid].description == "a rule registered by this test"
    assert rid in [r.id for r in rules.all_rules("claim")]
    assert rid not in [r.id for r in rules.all_rules("figure")]
    del rules.REGISTRY[rid]


def test_unknown_stage_and_stage_clash_are_errors():
    with pytest.raises(ValueError):
        rules.register("x.bad", "nonsense", "no such stage")
    rules.register("claim.clash-test", "claim", "first")
    with pytest.raises(ValueError):
        rules.register("claim.clash-test", "figure", "second")
    del rules.REGISTRY["claim.clash-test"]
