"""Tests for fast mode's source of a source phrase (``quotegraph.extract.learned.phrase_sources``)."""

from __future__ import annotations

import pytest
from learned_helpers import blank_index

from quotegraph.extract.learned.linking import Linked
from quotegraph.extract.learned.phrase_sources import source_of_phrase


def _span(text: str, words: str) -> tuple[int, int]:
    return text.index(words), text.index(words) + len(words)


def _read(text: str, cue: str, content: str, source: str | None) -> tuple[str | None, str]:
    item = Linked(_span(text, content), _span(text, cue), _span(text, source) if source else None)
    found = source_of_phrase(blank_index(text), item)
    return (text[found.source[0] : found.source[1]] if found.source else None), text[slice(*found.content)]


@pytest.mark.parametrize(
    ("text", "content", "source", "expected"),
    [
        # the object left untagged, or read into the content
        (
            "According to Limbaugh, the plan was doomed.",
            "the plan was doomed",
            None,
            ("Limbaugh", "the plan was doomed"),
        ),
        (
            "According to court documents, Smith moved the money.",
            "court documents, Smith moved the money",
            None,
            ("court documents", "Smith moved the money"),
        ),
        # a quotation's words start after its mark
        (
            "According to Limbaugh, \u201cthe plan was doomed\u201d.",
            "Limbaugh, \u201cthe plan was doomed",
            None,
            ("Limbaugh", "the plan was doomed"),
        ),
        # a source the tagger cut inside the phrase runs to its comma
        (
            "According to two people familiar with the matter, the deal is near.",
            "people familiar with the matter, the deal is near",
            "two",
            ("two people familiar with the matter", "the deal is near"),
        ),
    ],
)
def test_fast_mode_reads_the_source_of_a_source_phrase(
    text: str, content: str, source: str | None, expected: tuple[str, str]
) -> None:
    assert _read(text, "According to", content, source) == expected


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        # a source of its own outside the phrase, a cue that is no source phrase, no comma in reach, a quotation
        ("According to the police, the man fled, Lee said.", "According to", "the man fled", "Lee"),
        ("Lee said, without notes, that the man fled.", "said", "that the man fled", None),
        ("According to the police the man fled.", "According to", "the man fled", None),
        ('According to "the plan", he said, it failed.', "According to", "it failed", None),
    ],
)
def test_fast_mode_leaves_other_attributions_as_tagged(text: str, cue: str, content: str, source: str | None) -> None:
    item = Linked(_span(text, content), _span(text, cue), _span(text, source) if source else None)
    assert source_of_phrase(blank_index(text), item) == item
