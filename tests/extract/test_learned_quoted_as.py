"""Tests for fast mode's reading of reports quoted "as saying" them (``quotegraph.extract.learned.quoted_as``)."""

from __future__ import annotations

import pytest
from learned_helpers import blank_index

from quotegraph.extract.learned.linking import Linked
from quotegraph.extract.learned.quoted_as import quoted_after, quoted_as


def _span(text: str, words: str) -> tuple[int, int]:
    return text.index(words), text.index(words) + len(words)


def _words(text: str, span: tuple[int, int] | None) -> str | None:
    return None if span is None else text[span[0] : span[1]]


@pytest.mark.parametrize(
    ("text", "content", "source", "expected"),
    [
        # the content after the construction, linked to the quoting source
        (
            "The Kremlin quoted Putin as saying the sanctions would backfire.",
            "the sanctions would backfire",
            "The Kremlin",
            ("the sanctions would backfire", "saying", "Putin"),
        ),
        # the content tagged from the person quoted on
        (
            "Reuters cited a senior official as saying the deal was off.",
            "a senior official as saying the deal was off",
            "Reuters",
            ("the deal was off", "saying", "a senior official"),
        ),
        # a quotation after it starts at its words
        (
            'Interfax quoted Lavrov as saying: "The talks have failed."',
            'Lavrov as saying: "The talks have failed.',
            "Interfax",
            ("The talks have failed.", "saying", "Lavrov"),
        ),
        # the passive: the person quoted is the source tagged before the verb; "that" stays for the convention
        (
            "Lavrov was quoted by the Interfax news agency as saying that the talks had failed.",
            "that the talks had failed",
            "the Interfax",
            ("that the talks had failed", "saying", "Lavrov"),
        ),
        # no cue verb after "as", no quoting verb before it: left as tagged
        (
            "The Kremlin described Putin as furious about the sanctions.",
            "Putin as furious about the sanctions",
            "The Kremlin",
            ("Putin as furious about the sanctions", None, "The Kremlin"),
        ),
        (
            "The paper named Lee as running the campaign.",
            "Lee as running the campaign",
            "The paper",
            ("Lee as running the campaign", None, "The paper"),
        ),
    ],
)
def test_a_report_quoted_as_saying_is_the_quoted_persons(
    text: str, content: str, source: str, expected: tuple[str, str | None, str]
) -> None:
    sources = [_span(text, "Lavrov")] if "Lavrov was" in text else []
    item = Linked(content=_span(text, content), cue=None, source=_span(text, source))
    found = quoted_as(blank_index(text), item, [*sources, _span(text, source)])
    assert found is not None
    assert (_words(text, found.content), _words(text, found.cue), _words(text, found.source)) == expected


def test_the_person_quoted_tagged_as_the_quoting_sources_content_is_no_report() -> None:
    text = "The Herald quoted the minister's spokesman, Ed Vance, as saying the leader was in hospital."
    person = Linked(content=_span(text, "the minister's spokesman, Ed Vance"), cue=_span(text, "quoted"), source=None)
    assert quoted_as(blank_index(text), person, []) is None


def test_a_passive_quoting_verb_without_a_source_before_it_leaves_the_attribution() -> None:
    text = "It was quoted by the agency as saying that the talks had failed."
    item = Linked(content=_span(text, "that the talks had failed"), cue=None, source=_span(text, "the agency"))
    assert quoted_as(blank_index(text), item, [_span(text, "the agency")]) == item


@pytest.mark.parametrize(
    "text",
    [
        '"We will respond," Lavrov was quoted as saying by RIA Novosti on Monday.',
        '"We will respond," Lavrov was quoted by RIA Novosti as saying.',
        '"We will respond," the Interfax news agency quoted Lavrov as saying on Monday.',
    ],
)
def test_a_quotation_before_a_quoting_construction_is_the_person_quoteds(text: str) -> None:
    # as the tagger read them: the quotation linked to the quoting source (or to nothing), the construction or
    # its tail tagged as a content of its own
    quotation = Linked(content=_span(text, "We will respond,"), cue=None, source=None)
    tail = text.index(" as saying") + len(" as saying ")
    tagged = [quotation, Linked(content=(tail - 12, len(text) - 1), cue=None, source=None)]
    (found,) = quoted_after(blank_index(text), tagged)
    assert (_words(text, found.content), _words(text, found.cue), _words(text, found.source)) == (
        "We will respond,",
        "saying",
        "Lavrov",
    )


def test_a_content_run_on_over_the_construction_goes_on_after_it() -> None:
    text = '"We will respond," Lavrov was quoted as saying. "Our patience is over."'
    tagged = [Linked(content=(1, len(text) - 1), cue=None, source=None)]
    found = quoted_after(blank_index(text), tagged)
    assert [(_words(text, f.content), _words(text, f.source)) for f in found] == [
        ("We will respond,", "Lavrov"),
        ("Our patience is over.", "Lavrov"),
    ]


def test_a_quotation_before_other_words_is_left_as_tagged() -> None:
    text = '"We will respond," he said, citing reports that the talks had failed.'
    tagged = [
        Linked(content=_span(text, "We will respond,"), cue=_span(text, "said"), source=_span(text, "he")),
        Linked(content=_span(text, "reports that the talks had failed"), cue=_span(text, "citing"), source=None),
    ]
    assert quoted_after(blank_index(text), tagged) == tagged


@pytest.mark.model
def test_fast_mode_credits_a_report_quoted_as_saying_to_the_person_quoted() -> None:
    from quotegraph.extract import ExtractOptions, extract

    text = "The Kremlin quoted Putin as saying the sanctions would backfire."
    (found,) = extract(text, ExtractOptions(mode="fast"))
    assert (found.content.text, found.speaker.name, found.cue and found.cue.text) == (
        "the sanctions would backfire",
        "Putin",
        "saying",
    )
