"""The Doc: one reading of an article that every extractor shares."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.doc import build_doc
from claimtrack.text import parse_article

TEXT = (' date 2025-03-04 Bridge shut after crack found\n\n'
        'Engineers said the crack was 40 cm long. "We closed it at once," the mayor said.\n\n'
        'Traffic was diverted, police added.\n')


def test_spans_index_the_text_as_read():
    doc = build_doc(parse_article("b", TEXT))
    assert doc.text == TEXT and doc.date == "2025-03-04"
    assert [TEXT[s.start:s.end] for s in doc.sentences][1] == "Engineers said the crack was 40 cm long."
    (q,) = doc.quotes
    assert TEXT[q[0]:q[1]] == '"We closed it at once,"'
    assert all(TEXT[t.start:t.end] == t.text and t.lower == t.text.lower() for t in doc.tokens)


def test_tokens_in_and_sentence_at():
    doc = build_doc(parse_article("b", TEXT))
    s = TEXT.index("Traffic")
    assert [t.text for t in doc.tokens_in(s, s + len("Traffic was"))] == ["Traffic", "was"]
    assert doc.sentence_at(s + 3).start == s
    assert doc.sentence_at(TEXT.index("\n\nTraffic")) is None


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from('ab Cd."“”,\n0123'), max_size=120))
def test_every_span_is_inside_the_text(body):
    text = " date 2024-01-01 x\n" + body
    doc = build_doc(parse_article("h", text))
    for s in doc.paragraphs + doc.sentences:
        assert 0 <= s.start <= s.end <= len(text)
    assert all(text[t.start:t.end] == t.text for t in doc.tokens)
    assert all(0 <= a < b <= len(text) for a, b in doc.quotes)


def test_quotation_continues_over_a_hard_wrapped_line():
    from claimtrack.doc import quote_spans
    from claimtrack.text import paragraphs

    text = "\u201cNine workers are missing and the\nsearch goes on,\u201d he said.\n\u201cNext line\n\nNew paragraph."
    spans = quote_spans(text, paragraphs(text))
    assert spans[0] == (0, text.index("\u201d") + 1)  # the wrap inside the sentence keeps it open
    assert len(spans) == 1  # a quotation left open before a capitalised line or blank line ends there
