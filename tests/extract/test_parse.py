"""Parsing a long text in pieces cut at paragraph starts: the same text, tokens and sentence starts as one parse."""

from __future__ import annotations

from itertools import pairwise

import pytest
from spacy.attrs import SENT_START

from quotegraph.extract import ExtractOptions, extract, load_pipeline
from quotegraph.extract import parse as parsing
from quotegraph.extract.api import set_paragraph_boundaries
from quotegraph.extract.parse import parse, parse_many, pieces

PARAGRAPHS = [
    '"We will rebuild the bridge by spring," Mayor Ann Lee said on Monday.',
    "The council voted against the plan.\n  Its chair, Tom Reyes, said the money was not there.",
    "Lee told reporters that the state would pay half of the cost.",
    '"It is a good day for the city," she added.',
] * 3
TEXT = "\n\n".join(PARAGRAPHS) + "\n"


def test_pieces_are_cut_where_paragraphs_start_and_join_into_the_text() -> None:
    parts = pieces(TEXT, 150)
    assert "".join(parts) == TEXT and len(parts) > 3
    assert all(part.endswith(("\n", "\n  ", "\n\n")) and not nxt[0].isspace() for part, nxt in pairwise(parts))
    assert all(len(part) <= 150 for part in parts)
    long_paragraph = "word " * 100 + "end.\n\nShort one.\n\nAnother."
    assert pieces(long_paragraph, 50) == ["word " * 100 + "end.\n\n", "Short one.\n\nAnother."]
    assert pieces("One paragraph, no break.", 5) == ["One paragraph, no break."]
    assert pieces("", 5) == [""]


def test_a_paragraph_longer_than_a_piece_is_cut_where_a_sentence_starts() -> None:
    text = 'Mr. Lee said it. The U.S. Senate "agreed." Officials left at 9 a.m. Later, she spoke. ' * 4
    parts = pieces(text, 100)
    assert "".join(parts) == text and len(parts) > 3
    assert all(part.endswith(("it. ", 'agreed." ', "spoke. ")) for part in parts[:-1])
    lower = "no capital after the end. here it goes on and on. " * 9  # no sentence seems to start: whole
    assert pieces(lower, 100) == [lower]


@pytest.fixture
def small_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parsing, "PIECE_CHARS", 200)
    monkeypatch.setattr(parsing, "LONG_TEXT_CHARS", 400)


def test_a_long_text_parsed_in_pieces_keeps_its_text_tokens_and_sentence_starts(
    small_pieces: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    nlp = load_pipeline("en", "rules")
    whole = nlp(TEXT)
    short = "Short text, parsed whole."
    cut: list[int] = []
    monkeypatch.setattr(parsing, "pieces", lambda text, size: cut.append(size) or pieces(text, size))
    docs = list(parse_many(nlp, [short, TEXT, short], batch_size=4))
    assert cut == [200]
    assert [doc.text for doc in docs] == [short, TEXT, short]
    joined = docs[1]
    assert [t.text for t in joined] == [t.text for t in whole]
    assert [t.is_sent_start for t in joined] == [t.is_sent_start for t in whole]
    assert parse(nlp, TEXT).to_bytes(exclude=["tensor"]) == joined.to_bytes(exclude=["tensor"])


@pytest.mark.parametrize("mode", ["rules", "accurate"])
def test_extraction_of_a_text_in_pieces_matches_one_parse(monkeypatch: pytest.MonkeyPatch, mode: str) -> None:
    whole = extract(TEXT, ExtractOptions(mode=mode))
    monkeypatch.setattr(parsing, "PIECE_CHARS", 200)
    monkeypatch.setattr(parsing, "LONG_TEXT_CHARS", 400)
    assert extract(TEXT, ExtractOptions(mode=mode)) == whole
    if mode == "rules":
        assert len(whole) == 15 and {a.speaker.name for a in whole} == {"Ann Lee", "Tom Reyes", "The council"}


def test_extraction_of_a_text_without_line_breaks_in_pieces_matches_one_parse(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    flat = TEXT.replace("\n", " ")
    whole = extract(flat, ExtractOptions(mode="rules"))
    monkeypatch.setattr(parsing, "PIECE_CHARS", 200)
    monkeypatch.setattr(parsing, "LONG_TEXT_CHARS", 400)
    assert len(pieces(flat, 200)) > 3
    assert extract(flat, ExtractOptions(mode="rules")) == whole and len(whole) == 15


def test_every_line_break_starts_a_sentence() -> None:
    nlp = load_pipeline("en", "rules")
    doc = nlp.make_doc("One line\nTwo lines here\n\nthree \n four")
    set_paragraph_boundaries(doc)
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["One", "Two", "three", "four"]
    assert doc.to_array([SENT_START]).tolist().count(1) == 4


def test_pieces_of_one_text_parsed_by_worker_processes_are_joined_in_order(small_pieces: None) -> None:
    nlp = load_pipeline("en", "rules")
    texts = ["First, short.", TEXT, "Last, short."]
    alone = [doc.to_bytes(exclude=["tensor"]) for doc in parse_many(nlp, texts, batch_size=1)]
    pooled = [doc.to_bytes(exclude=["tensor"]) for doc in parse_many(nlp, texts, batch_size=1, n_process=2)]
    assert pooled == alone
