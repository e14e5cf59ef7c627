"""Article loading rules and sentence splitting."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.text import ArticleError, decode_article, paragraphs, parse_article, sentence_at, sentences


def test_date_line_with_headline_on_the_same_line():
    text = " date 2023-12-20 A delegation arrived in Cairo.\n\nMore text."
    a = parse_article("x", text)
    assert a.date == "2023-12-20"
    assert text[a.body_start :].startswith("A delegation")


def test_no_date_line():
    a = parse_article("x", "Officials said so.")
    assert a.date is None and a.body_start == 0


def test_impossible_date_line_is_not_a_date():
    a = parse_article("x", "date 2023-02-30 text")
    assert a.date is None and a.body_start == 0


def test_date_line_evidence_and_source():
    text = " date 2021-11-06 QUITO, Nov. 5, 2021 (AP) — Rain cut the main road."
    a = parse_article("x", text)
    assert (a.date, a.date_source) == ("2021-11-06", "line")  # the line wins over the dateline under it
    assert text[a.date_start : a.date_end] == "2021-11-06"


@pytest.mark.parametrize(
    "text, date, source, evidence",
    [
        ("QUITO, Nov. 5, 2021 (AP) — Rain cut the main road on Friday.", "2021-11-05", "dateline",
         "QUITO, Nov. 5, 2021 (AP)"),
        ("Road reopens\nPublished On 6 Nov 2021\nCrews cleared the mud.", "2021-11-06", "published",
         "Published On 6 Nov 2021"),
        ("Crews cleared the mud on Saturday, Nov. 6, 2021, the ministry said.", "2021-11-06", "inferred",
         "Saturday, Nov. 6, 2021"),
        # a line that is not a valid date line: the date comes from the text
        (" date 2021-02-30 QUITO\nQUITO, Nov. 5, 2021 (AP) — Rain.", "2021-11-05", "dateline",
         "QUITO, Nov. 5, 2021 (AP)"),
    ],
)
def test_no_date_line_date_from_the_text(text, date, source, evidence):
    a = parse_article("x", text)
    assert (a.date, a.date_source, a.body_start) == (date, source, 0)
    assert text[a.date_start : a.date_end] == evidence


def test_no_date_anywhere():
    a = parse_article("x", "Officials said on Monday that the road was open.")
    assert (a.date, a.date_source, a.date_start, a.date_end) == (None, "", -1, -1)


@given(st.text(max_size=300))
def test_parse_article_date_evidence_is_in_the_text(text):
    a = parse_article("x", text)
    if a.date is None:
        assert (a.date_source, a.date_start, a.date_end) == ("", -1, -1)
    else:
        assert a.date_source in ("line", "dateline", "published", "inferred")
        assert 0 <= a.date_start < a.date_end <= len(text)


@pytest.mark.parametrize(
    "data, reason",
    [(b"\x00\x01\x02", "binary"), (b"caf\xe9", "not UTF-8"), (b"", "empty"), (b"  \n\n\t", "empty")],
)
def test_bad_bytes(data, reason):
    with pytest.raises(ArticleError, match=reason):
        decode_article(data)


def test_decode_matches_read_text(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("\ufeffline one\r\nline two\rthree\n".encode("utf-8"))
    assert decode_article(p.read_bytes()) == p.read_text(encoding="utf-8")


SPLITS = [
    ("Dr. Smith met Gen. Jones. They talked.", ["Dr. Smith met Gen. Jones.", "They talked."]),
    ("The U.S. envoy arrived on Oct. 7 in Cairo. Talks began.", ["The U.S. envoy arrived on Oct. 7 in Cairo.", "Talks began."]),
    ("Prices rose 1.5 percent. Then they fell.", ["Prices rose 1.5 percent.", "Then they fell."]),
    ("“We will win.” He left.", ["“We will win.”", "He left."]),
    ('"Is it over?" she asked. Nobody knew.', ['"Is it over?" she asked.', "Nobody knew."]),
    ("First line\nSecond line", ["First line", "Second line"]),
    ("He said it was the source. rank, who asked.", ["He said it was the source. rank, who asked."]),
    ("J. R. Smith spoke.", ["J. R. Smith spoke."]),
    ("He flew to the U.S. The talks began.", ["He flew to the U.S.", "The talks began."]),
    ("Talks began at 10 a.m. He spoke first.", ["Talks began at 10 a.m.", "He spoke first."]),
    ("U.S. Secretary of State spoke. U.S. officials agreed.", ["U.S. Secretary of State spoke.", "U.S. officials agreed."]),
]


@pytest.mark.parametrize("text, expected", SPLITS)
def test_sentences(text, expected):
    assert [s.slice(text) for s in sentences(text)] == expected


def test_sentence_at():
    text = "One two. Three four."
    spans = sentences(text)
    assert sentence_at(spans, 10).slice(text) == "Three four."
    assert sentence_at(spans, 8) is None


def test_paragraphs_trim():
    text = "  a b \n\n c\n"
    assert [p.slice(text) for p in paragraphs(text)] == ["a b", "c"]


@given(st.text())
def test_sentences_are_ordered_valid_spans(text):
    spans = sentences(text)
    prev = 0
    for s in spans:
        assert prev <= s.start < s.end <= len(text)
        assert s.slice(text).strip() == s.slice(text)
        prev = s.end
