"""Regression guard: attribution quality on the third held-out wire-style set.

``tests/data/eval3/*.txt`` are six further articles written for this test in the
style of different outlets, annotated in ``tests/data/eval3/gold.json`` with
the schema of the shared seed kit. The matching logic is the shared scorer's
(``../shared/eval/score.py`` beside the clone); without it the test skips.
The thresholds are the levels reached when the set was added: a guard
against regressions, not a target.
"""

from __future__ import annotations

import json
from pathlib import Path

from claimtrack.attribution import extract_claims
from claimtrack.text import parse_article
from conftest import load_scorer

ROOT = Path(__file__).resolve().parent.parent
EVAL = Path(__file__).resolve().parent / "data" / "eval3"

MIN_F1 = 0.98
MIN_KIND_ACCURACY = 1.0


def _score(sc):
    gold = json.loads((EVAL / "gold.json").read_text(encoding="utf-8"))["attributions"]
    arts = sc.load_articles(EVAL)
    gids = sorted(arts)
    preds = []
    for p in sorted(EVAL.glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        preds += [c.to_dict() for c in extract_claims(parse_article(p.stem, text, str(p)))]
    attributed = []
    for c in preds:
        if sc.pred_field(c, "speaker_kind", default="") in ("named", "anonymous"):
            key = sc.article_key(sc.pred_field(c, "article", default=""), gids)
            if key is not None:
                attributed.append((key, c))
    used, tp, kind_ok, missed = set(), 0, 0, []
    for g in gold:
        hit = None
        for i, (key, c) in enumerate(attributed):
            if i in used or key != g["article"]:
                continue
            if sc.content_match(g, c, arts[key]) and sc.speaker_match(
                g, sc.pred_field(c, "speaker", default=""), sc.pred_field(c, "speaker_name", default="")
            ):
                hit = i
                break
        if hit is None:
            if not g.get("unsure"):
                missed.append((g["article"], g["speaker"], g["content_start"]))
            continue
        used.add(hit)
        if not g.get("unsure"):
            tp += 1
            kind_ok += attributed[hit][1]["speaker_kind"] == g["kind"]
    extra = [(k, c["speaker"], c["content"][:60]) for i, (k, c) in enumerate(attributed) if i not in used]
    n_gold = sum(1 for g in gold if not g.get("unsure"))
    prec = tp / (tp + len(extra)) if tp + len(extra) else 0.0
    rec = tp / n_gold if n_gold else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return f1, (kind_ok / tp if tp else 0.0), missed, extra


def test_gold_content_starts_are_verbatim():
    gold = json.loads((EVAL / "gold.json").read_text(encoding="utf-8"))["attributions"]
    texts = {p.name[:3]: p.read_text(encoding="utf-8") for p in EVAL.glob("*.txt")}
    assert len(texts) == 6
    for g in gold:
        assert g["kind"] in ("named", "anonymous")
        assert g["content_start"] in texts[g["article"]], g


def test_heldout_attribution_scores():
    f1, kacc, missed, extra = _score(load_scorer())
    assert f1 >= MIN_F1, (round(f1, 3), missed, extra)
    assert kacc >= MIN_KIND_ACCURACY, round(kacc, 3)
