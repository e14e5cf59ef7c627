"""Export: JSON, formula-safe CSV, and ClaimReview checked field by field."""

from __future__ import annotations

import csv
import io
import json

import pytest

from claimtrack import export, review
from claimtrack.models import Article, Claim, Conflict, Mention, stable_id


def claim(article, start, content, speaker="Yahya Sinwar", name="Yahya Sinwar", kind="named"):
    end = start + len(content)
    return Claim(id=stable_id("cl", article, start, end), article=article, speaker=speaker, speaker_name=name,
                 speaker_kind=kind, cue="said", content=content, quote=False, start=start, end=end,
                 sentence_start=start, sentence_end=end)


ARTICLES = [Article(id="a1", text="...", date="2024-01-02"), Article(id="a2", text="...", date=None)]


def sample():
    c1 = claim("a1", 0, "the talks  ended\nlast night")
    c2 = claim("a2", 5, "=HYPERLINK(\"http://x\")", speaker="a source who declined to be named", name="", kind="anonymous")
    c3 = claim("a2", 50, "never reviewed")
    m1 = Mention(article="a1", article_date="2024-01-02", claim=c1.id, speaker="Sinwar", speaker_kind="named",
                 text="50", start=0, end=2, value=50)
    m2 = Mention(article="a2", article_date=None, claim="", speaker="", speaker_kind="", text="-60", start=0, end=3, value=-60)
    cf = Conflict(id="cf1", kind="figure", severity="high", summary="+50 vs 60", mentions=(m1, m2))
    cf2 = Conflict(id="cf2", kind="date", severity="low", summary="undecided", mentions=(m1, m2))
    verdicts = [
        review.make_verdict(c1, "false", "ed", "2024-05-01T09:00:00Z"),
        review.make_verdict(c1, "mostly true", "ed2", "2024-05-02T10:00:00Z", "@see source"),
        review.make_verdict(c2, "unverifiable", "ed", "2024-05-03T10:00:00Z"),
        {**review.make_verdict(claim("a1", 999, "gone"), "true", "ed", "2024-05-01T00:00:00Z"), "orphaned": True},
    ]
    decisions = [review.make_decision(cf, "confirmed", "fc", "2024-05-01T08:00:00Z", "-checked")]
    return export.collect([c1, c2, c3], [cf, cf2], ARTICLES, verdicts, decisions), c1, c2


def test_collect_only_reviewed_with_history():
    data, c1, c2 = sample()
    assert [c["id"] for c in data["claims"]] == [c1.id, c2.id]
    assert data["claims"][0]["verdict"] == "mostly true" and len(data["claims"][0]["verdicts"]) == 2
    assert [c["id"] for c in data["conflicts"]] == ["cf1"] and data["conflicts"][0]["status"] == "confirmed"
    assert len(data["orphaned_verdicts"]) == 1 and data["orphaned_decisions"] == []
    assert json.loads(export.to_json(data)) == data


def test_claimreview_field_by_field():
    data, c1, c2 = sample()
    docs = json.loads(export.to_claimreview(data))
    assert len(docs) == 2  # orphaned verdicts are not exported as ClaimReview
    d = docs[0]
    assert d["@context"] == "https://schema.org"
    assert d["@type"] == "ClaimReview"
    assert d["claimReviewed"] == "the talks ended last night"
    assert d["reviewRating"] == {"@type": "Rating", "ratingValue": 4, "bestRating": 5, "worstRating": 1,
                                 "alternateName": "Mostly true"}
    assert d["author"] == {"@type": "Person", "name": "ed2"}
    assert d["datePublished"] == "2024-05-02"
    assert d["reviewBody"] == "@see source"
    item = d["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Person", "name": "Yahya Sinwar"}
    assert item["appearance"] == {"@type": "CreativeWork", "name": "a1", "datePublished": "2024-01-02"}
    assert item["datePublished"] == "2024-01-02"
    # anonymous source, undated article, unverifiable: no ratingValue
    u = docs[1]
    assert "ratingValue" not in u["reviewRating"]
    assert u["reviewRating"]["alternateName"] == "Unverifiable"
    assert u["itemReviewed"]["author"]["name"] == "Anonymous source"
    assert "a source who declined to be named" in u["itemReviewed"]["author"]["description"]
    assert "datePublished" not in u["itemReviewed"] and "datePublished" not in u["itemReviewed"]["appearance"]


def test_claimreview_organization_author():
    data, *_ = sample()
    d = json.loads(export.to_claimreview(data, organization="Desk"))[0]
    assert d["author"] == {"@type": "Organization", "name": "Desk"}
    assert d["creator"] == {"@type": "Person", "name": "ed2"}


def test_named_source_without_person_name_is_an_organization():
    assert export.speaker_entity({"speaker": "the Israeli army", "speaker_name": "", "speaker_kind": "named"}) == {
        "@type": "Organization", "name": "the Israeli army"}


@pytest.mark.parametrize("raw", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_csv_cell_neutralises_formulas(raw):
    assert export.csv_cell(raw) == "'" + raw


def test_csv_cell_leaves_plain_text():
    assert export.csv_cell("plain") == "plain"
    assert export.csv_cell(None) == ""
    assert export.csv_cell(3) == "3"


def test_csv_rows():
    data, c1, c2 = sample()
    rows = list(csv.reader(io.StringIO(export.to_csv(data))))
    assert tuple(rows[0]) == export.CSV_COLUMNS
    by_id = {r[1]: dict(zip(rows[0], r)) for r in rows[1:]}
    assert by_id[c1.id]["rating_or_status"] == "mostly true"
    assert by_id[c1.id]["note"] == "'@see source"
    assert by_id[c2.id]["text"].startswith("'=HYPERLINK")
    assert by_id["cf1"]["rating_or_status"] == "confirmed" and by_id["cf1"]["note"] == "'-checked"
    assert by_id["cf1"]["text"] == "'+50 vs 60"
    for r in rows[1:]:
        for cell in r:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_write_atomic(tmp_path):
    p = tmp_path / "out.json"
    export.write_atomic(p, "hello\n")
    assert p.read_text() == "hello\n"
    assert [x.name for x in tmp_path.iterdir()] == ["out.json"]
    with pytest.raises(export.ExportError):
        export.write_atomic(tmp_path / "missing" / "x.json", "x")
