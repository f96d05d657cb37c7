"""Tests for turning linked spans into candidates: the cue a content hangs on, the speaker, the source's head."""

from __future__ import annotations

import pytest


def test_a_learned_content_without_a_tagged_cue_takes_the_word_it_hangs_on(nlp) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.candidates import DocIndex
    from quotegraph.extract.language import load_language
    from quotegraph.extract.learned.candidates import to_candidate
    from quotegraph.extract.learned.linking import Linked

    text = "The auditors examined the accounts and found that the firm had hidden its losses."
    index = DocIndex(nlp(text), load_language("en"))
    content = (text.index("that the firm"), len(text) - 1)
    cand = to_candidate(index, Linked(content, None, None))
    assert cand.cue is not None and text[cand.cue[0] : cand.cue[1]] == "found"
    assert cand.speaker_token is not None and index.doc[cand.speaker_token].text == "auditors"


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("the vote", "senator"),  # the nearest source mention is not the verb's subject: the parse wins
        (None, "senator"),  # no source span at all
    ],
)
def test_a_learned_verb_cue_takes_its_subject_from_the_parse(nlp, source: str | None, speaker: str) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.candidates import DocIndex
    from quotegraph.extract.language import load_language
    from quotegraph.extract.learned.candidates import to_candidate
    from quotegraph.extract.learned.linking import Linked

    text = "The senator, speaking after the vote, said the bill would pass easily."
    index = DocIndex(nlp(text), load_language("en"))

    def span(words: str) -> tuple[int, int]:
        return text.index(words), text.index(words) + len(words)

    linked = Linked(span("the bill would pass easily"), span("said"), span(source) if source else None)
    cand = to_candidate(index, linked)
    assert cand.speaker_token is not None and index.doc[cand.speaker_token].text == speaker


def test_a_learned_cue_subject_inside_the_content_is_not_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.candidates import DocIndex
    from quotegraph.extract.language import load_language
    from quotegraph.extract.learned.candidates import to_candidate
    from quotegraph.extract.learned.linking import Linked

    text = "Critics of the plan say it will fail, Jones wrote."
    index = DocIndex(nlp(text), load_language("en"))
    content = (0, text.index(", Jones"))
    cue = (text.index("say"), text.index("say") + 3)  # a cue inside the content: its subject is too
    jones = (text.index("Jones"), text.index("Jones") + 5)
    cand = to_candidate(index, Linked(content, cue, jones))
    assert cand.speaker_token is not None and index.doc[cand.speaker_token].text == "Jones"


@pytest.mark.parametrize(
    ("text", "source", "cue", "speaker"),
    [
        (
            "Mr. Obama never lived down his infamous comment about the poor.",
            "Mr. Obama",
            "infamous comment about",
            "his",
        ),
        ("Experts doubt North Korea's claims about the poor.", "Experts", "claims about", "Korea"),
    ],
)
def test_a_learned_noun_cue_takes_its_holder_not_the_nearest_source(
    nlp, text: str, source: str, cue: str, speaker: str
) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.candidates import DocIndex
    from quotegraph.extract.language import load_language
    from quotegraph.extract.learned.candidates import to_candidate
    from quotegraph.extract.learned.linking import Linked

    index = DocIndex(nlp(text), load_language("en"))
    start = text.index(cue)
    content = (text.index("the poor"), text.index("the poor") + len("the poor"))
    # the tagger linked the sentence's subject, the nearest source mention before the cue
    cand = to_candidate(index, Linked(content, (start, start + len(cue)), (0, len(source))))
    assert cand.speaker_token is not None and index.doc[cand.speaker_token].text == speaker


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("The senator has faced sharp criticism for his remarks.", "has faced sharp criticism", "his remarks", None),
        ("The senator faced questions about his taxes.", "questions about", "his taxes", None),
        ("The senator came under fire for his remarks.", "came under fire", "his remarks", None),
        # the parse hangs "from unions" on the verb here, not on the noun
        ("The plan has drawn harsh criticism from unions over the cost.", "criticism from", "the cost", "unions"),
    ],
)
def test_the_target_of_a_statement_noun_is_not_its_speaker(
    nlp, text: str, cue: str, content: str, speaker: str | None
) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.candidates import DocIndex
    from quotegraph.extract.language import load_language
    from quotegraph.extract.learned.candidates import to_candidate
    from quotegraph.extract.learned.linking import Linked

    index = DocIndex(nlp(text), load_language("en"))
    start, first = text.index(cue), text.index(content)
    subject = (0, text.index(" ", 4))  # the tagger linked the subject as the source, as for "The senator said ..."
    cand = to_candidate(index, Linked((first, first + len(content)), (start, start + len(cue)), subject))
    found = index.doc[cand.speaker_token].text if cand.speaker_token is not None else None
    assert found == speaker


@pytest.mark.parametrize(
    ("text", "source", "head"),
    [
        (  # the parse hangs the mention on the noun after it: spaCy's root of the span is the article
            "Trump has dismissed the U.S. intelligence community consensus that Russia hacked the emails.",
            "the U.S. intelligence community",
            "community",
        ),
        (  # a trailing "among others" hangs outside too: its preposition is no speaker
            "The film draws on historians and activists like Angela Davis, among others, and explains how it began.",
            "historians and activists like Angela Davis, among others",
            "historians",
        ),
        ("Senator Ann Lee said the bill would pass.", "Senator Ann Lee", "Lee"),  # a plain name keeps its root
        # no noun at all: the parse made "the 42-year-old" a modifier of the object; its adjective stands for the noun
        ('"We have won nothing yet," the 42-year-old told reporters.', "the 42-year-old", "old"),
    ],
)
def test_a_learned_source_is_headed_by_a_noun_not_by_the_span_root(nlp, text: str, source: str, head: str) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.learned.candidates import mention_head

    start = text.index(source)
    token = mention_head(nlp(text), (start, start + len(source)))
    assert token is not None and token.text == head


def test_a_learned_cue_whose_subject_is_a_relative_that_takes_its_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.candidates import DocIndex
    from quotegraph.extract.language import load_language
    from quotegraph.extract.learned.candidates import to_candidate
    from quotegraph.extract.learned.linking import Linked

    text = "The Washington Post ran a feature Saturday that extensively profiled a retired nurse from Ohio."
    index = DocIndex(nlp(text), load_language("en"))
    cue = (text.index("extensively"), text.index(" a retired"))
    content = (text.index("a retired"), len(text) - 1)
    cand = to_candidate(index, Linked(content, cue, (0, len("The Washington Post"))))
    assert cand.speaker_token is not None and index.doc[cand.speaker_token].text == "that"
    assert cand.antecedent is not None and index.doc[cand.antecedent].text == "feature"


@pytest.mark.parametrize(
    ("cue", "expected"),
    [("said on Tuesday", "said"), ("said last week", "said"), ("told reporters", "told reporters")],
)
def test_a_learned_cue_loses_the_time_expression_the_tagger_ran_it_into(nlp, cue: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.candidates import DocIndex
    from quotegraph.extract.language import load_language
    from quotegraph.extract.learned.candidates import to_candidate
    from quotegraph.extract.learned.linking import Linked

    text = f"The senator {cue} that the bill would pass easily."
    index = DocIndex(nlp(text), load_language("en"))
    start = text.index(cue)
    content = (text.index("the bill"), len(text) - 1)
    cand = to_candidate(index, Linked(content, (start, start + len(cue)), (0, 11)))
    assert cand.cue is not None and text[cand.cue[0] : cand.cue[1]] == expected
    assert cand.cue_token is not None and index.doc[cand.cue_token].text == expected.split()[0]


def test_a_learned_verb_cue_reads_its_speaker_as_the_rules_do(nlp) -> None:  # type: ignore[no-untyped-def]
    # "footage of X asking": the one recorded speaks, not the ad the parser made the participle's subject
    from quotegraph.extract.candidates import DocIndex
    from quotegraph.extract.language import load_language
    from quotegraph.extract.learned.candidates import to_candidate
    from quotegraph.extract.learned.linking import Linked

    text = 'The new ad uses footage of Maria Lopez asking, "Why are we not ahead?"'
    index = DocIndex(nlp(text), load_language("en"))
    content = (text.index("Why"), text.index("?") + 1)
    cue = (text.index("asking"), text.index("asking") + len("asking"))
    ad = (text.index("The new ad"), text.index("The new ad") + len("The new ad"))
    cand = to_candidate(index, Linked(content, cue, ad))
    assert cand.speaker_token is not None and index.doc[cand.speaker_token].text == "Lopez"


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (  # each piece is a whole quotation: all of it, its comma and full stop included, as the rules read it
            '"By locking in China," Mr. Obama said, "it now allowed me to go to India."',
            ["By locking in China,", "it now allowed me to go to India."],
        ),
        (  # no quotation marks: the pieces lose the commas around the attribution
            "The plan, the minister said, is dead in the water.",
            ["The plan", "is dead in the water"],
        ),
    ],
)
def test_the_pieces_of_a_learned_interrupted_quote_follow_the_rules_convention(text: str, pieces: list[str]) -> None:
    from learned_helpers import blank_index

    from quotegraph.extract.learned.candidates import to_candidate
    from quotegraph.extract.learned.linking import Linked

    index = blank_index(text)
    said = (text.index("said"), text.index("said") + 4)
    source = (text.index("Mr. Obama") if "Obama" in text else text.index("the minister"), said[0] - 1)
    quoted = text.startswith('"')
    content = (1, len(text) - 1) if quoted else (0, len(text))  # inside the outer quotation marks
    cand = to_candidate(index, Linked(content, said, source))
    assert [text[s:e] for s, e in cand.fragments] == pieces


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("It is apparent that the senator wanted to hide the losses.", "It is apparent", None),
        ("It is apparent that the senator wanted to hide the losses.", "is apparent", "It"),
        ("At this point it's obvious that the senator wanted to hide the losses.", "it's obvious", None),
    ],
)
def test_the_clause_an_it_subject_stands_for_has_no_speaker(nlp, text: str, cue: str, source: str | None) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.candidates import DocIndex
    from quotegraph.extract.language import load_language
    from quotegraph.extract.learned.candidates import to_candidate
    from quotegraph.extract.learned.linking import Linked

    index = DocIndex(nlp(text), load_language("en"))

    def span(words: str) -> tuple[int, int]:
        return text.index(words), text.index(words) + len(words)

    linked = Linked(span("that the senator wanted to hide the losses"), span(cue), span(source) if source else None)
    assert to_candidate(index, linked).speaker_token is None  # the writer's words, as the rules read them
    said = "The mayor said that the senator wanted to hide the losses."
    index = DocIndex(nlp(said), load_language("en"))
    start = said.index("that the senator")
    cand = to_candidate(index, Linked((start, len(said) - 1), (said.index("said"), said.index("said") + 4), None))
    assert cand.speaker_token is not None and index.doc[cand.speaker_token].text == "mayor"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "second"),
    [
        # the addressee was left at the head of the second piece: 'reporters. "This is our home."'
        ('"We are not going anywhere," she told reporters. "This is our home."', "This is our home."),
        ('"We will stay," he told CNN on Monday, "because this is our home."', "because this is our home."),
    ],
)
def test_the_attribution_that_interrupts_a_learned_quote_is_no_part_of_its_pieces(text: str, second: str) -> None:
    from quotegraph.extract import ExtractOptions, extract

    found = extract(text, ExtractOptions(mode="accurate"))
    assert [a.content.text for a in found][-1] == second
    (joined,) = extract(text, ExtractOptions(mode="accurate", convention="polnear"))
    assert [f.text for f in joined.fragments][-1] == second


def test_a_learned_cue_read_as_a_participle_set_off_after_its_subject_has_no_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.candidates import DocIndex
    from quotegraph.extract.language import load_language
    from quotegraph.extract.learned.candidates import to_candidate
    from quotegraph.extract.learned.linking import Linked

    # Reeves was asked, by no one named: the tagger's nearest source mention is the one asked
    text = "Finance minister Rachel Reeves, asked whether she had broken a promise, told the BBC she had been upfront."
    index = DocIndex(nlp(text), load_language("en"))

    def span(words: str) -> tuple[int, int]:
        return text.index(words), text.index(words) + len(words)

    cand = to_candidate(index, Linked(span("whether she had broken a promise"), span("asked"), span("Rachel Reeves")))
    assert cand.speaker_token is None
