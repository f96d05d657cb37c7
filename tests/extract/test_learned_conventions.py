"""Tests for the span conventions (PolNeAR's and quotegraph's) applied to candidates and to whole extractions."""

from __future__ import annotations

import pytest
from learned_helpers import blank_index

from quotegraph.extract.options import ExtractOptions
from quotegraph.model import Attribution


def _polnear(text: str, mode: str = "rules") -> list[Attribution]:
    from quotegraph.extract import extract

    return extract(text, ExtractOptions(mode=mode, convention="polnear"))


def test_polnear_convention_keeps_that_and_joins_an_interrupted_quote() -> None:
    from quotegraph.extract.candidates import Candidate
    from quotegraph.extract.learned.conventions import to_polnear

    text = 'Smith said that taxes will rise. "Taxes," Jones said, "will rise."'
    index = blank_index(text)
    said = text.index("said", 40)
    cue = (said, said + 4)
    cands = [
        Candidate(content=(16, 31), type="indirect", rule="verb_clause", confidence=0.8, cue=(6, 10)),
        Candidate(content=(34, 39), type="direct", rule="quote_cue_after", confidence=0.9, cue=cue),
        Candidate(
            content=(text.index("will rise", 50), len(text) - 2), type="direct", rule="x", confidence=0.9, cue=cue
        ),
    ]
    out = to_polnear(index, cands)
    assert [text[slice(*c.content)] for c in out] == ["that taxes will rise", 'Taxes," Jones said, "will rise']
    assert len(out[1].fragments) == 2


def test_quotegraph_convention_trims_that_and_splits_an_interrupted_quote() -> None:
    from quotegraph.extract.candidates import Candidate
    from quotegraph.extract.learned.conventions import to_quotegraph

    text = 'Smith said that taxes will rise. "Taxes," Jones said, "will rise."'
    index = blank_index(text)
    first, second = (34, 40), (text.index("will rise", 50), len(text) - 2)
    cands = [
        Candidate(content=(11, 31), type="indirect", rule="learned", confidence=0.8),
        Candidate(content=(34, second[1]), type="direct", rule="learned", confidence=0.9, fragments=[first, second]),
    ]
    out = to_quotegraph(index, cands)
    assert [text[slice(*c.content)] for c in out] == ["taxes will rise", "Taxes,", "will rise."]
    assert [c.type for c in out] == ["indirect", "direct", "direct"]


def test_quotegraph_convention_keeps_an_interrupted_unquoted_content_whole() -> None:
    from quotegraph.extract.candidates import Candidate
    from quotegraph.extract.learned.conventions import to_quotegraph

    text = "Institutional recipients, said Mauer, are required to exhibit the photographs."
    first, second = (0, 24), (text.index("are required"), len(text) - 1)
    pieces = [first, second]
    whole = Candidate(content=(0, second[1]), type="indirect", rule="learned", confidence=0.9, fragments=pieces)
    out = to_quotegraph(blank_index(text), [whole])
    # split, "Institutional recipients" would stand alone as a statement
    assert [(text[slice(*c.content)], c.type, c.fragments) for c in out] == [
        (text[: second[1]], "indirect", [first, second])
    ]


def test_polnear_convention_joins_across_a_long_attribution_and_an_aside_between_the_parts() -> None:
    from quotegraph.extract.candidates import Candidate
    from quotegraph.extract.learned.conventions import to_polnear

    text = (
        '"The levee held," said Ana Ruiz, an engineer who has inspected the county\'s flood defences for the state '
        'since the storms of the last decade, speaking of the river. "We were lucky this year."'
    )
    index = blank_index(text)
    said = text.index("said")
    cue = (said, said + 4)
    river = text.index("the river")
    second = (text.index("We were"), len(text) - 2)
    first = Candidate(content=(1, 16), type="direct", rule="quote_cue_after", confidence=0.9, cue=cue)
    aside = Candidate(content=(river, river + 9), type="indirect", rule="verb_object", confidence=0.6)
    floating = Candidate(content=second, type="direct", rule="floating_quote", confidence=0.7, cue=cue)
    floating.inherited_from = first
    out = to_polnear(index, [first, aside, floating])
    assert [text[slice(*c.content)] for c in out] == [text[1 : second[1]], "the river"]
    assert out[0].fragments == [(1, 16), second]


@pytest.mark.parametrize("mode", ["rules", "accurate"])
def test_polnear_convention_keeps_an_interrupted_quote_whose_first_part_floated(mode: str) -> None:
    # The first part took its cue and speaker from the second as a floating quote; joined, it had inherited from
    # itself, ended with no speaker and been dropped, taking both parts with it.
    text = (
        "Mr. Xi and Mr. Obama sealed their agreement.\n\n"
        '"By locking in China," Mr. Obama said, "it now allowed me to go to India and say that we can do this."'
    )
    found = _polnear(text, mode)
    joined = text[text.index("By locking") : len(text) - 1]
    assert [(a.content.text, a.speaker.name) for a in found] == [(joined, "Obama")]
    assert [f.text for f in found[0].fragments] == [
        "By locking in China,",
        "it now allowed me to go to India and say that we can do this.",
    ]


def test_polnear_convention_joins_two_learned_quotes_of_one_cue() -> None:
    from quotegraph.extract.candidates import Candidate
    from quotegraph.extract.learned.conventions import to_polnear

    text = '"The levee held," said Ana Ruiz. "We were lucky."\n\n"Next year," she said, "we build higher."'
    index = blank_index(text)
    said = (text.index("said"), text.index("said") + 4)
    she_said = (text.index("said", said[1]), text.index("said", said[1]) + 4)
    spans = [(1, 16), (text.index("We were"), text.index("lucky.") + 6)]
    spans += [(text.index("Next"), text.index("year,") + 5), (text.index("we build"), len(text) - 1)]
    cues = [said, None, she_said, she_said]
    learned = [
        Candidate(content=c, type="direct", rule="learned", confidence=0.9, cue=q)
        for c, q in zip(spans, cues, strict=True)
    ]
    out = to_polnear(index, learned)
    # the first pair has no common cue (the second quote's cue was not linked): two quotes; the second pair is one
    assert [c.content for c in out] == [spans[0], spans[1], (spans[2][0], spans[3][1])]
    assert out[2].fragments == [spans[2], spans[3]]


def test_polnear_convention_points_a_floating_quote_at_the_replacement_of_its_source() -> None:
    from quotegraph.extract.candidates import Candidate
    from quotegraph.extract.learned.conventions import to_polnear

    text = 'Ruiz said that the levee held.\n\n"We were lucky this year."'
    index = blank_index(text)
    said = (5, 9)
    source = Candidate(content=(15, 29), type="indirect", rule="verb_clause", confidence=0.8, cue=said)
    floating = Candidate(content=(33, 57), type="direct", rule="floating_quote", confidence=0.6, cue=said)
    floating.inherited_from = source
    out = to_polnear(index, [source, floating])
    assert text[slice(*out[0].content)] == "that the levee held"
    assert out[1].inherited_from is out[0]


def test_polnear_convention_finds_the_source_of_a_floating_quote_after_two_learned_quotes_were_joined() -> None:
    from quotegraph.extract.candidates import Candidate
    from quotegraph.extract.learned.conventions import to_polnear

    text = '"Next year," she said, "we build higher."\n\nRuiz said that the levee held.\n\n"We were lucky this year."'
    index = blank_index(text)
    she_said = (text.index("said"), text.index("said") + 4)
    ruiz_said = (text.index("said", she_said[1]), text.index("said", she_said[1]) + 4)
    first, second = (1, 11), (text.index("we build"), text.index("higher.") + 7)
    learned = [
        Candidate(content=c, type="direct", rule="learned", confidence=0.9, cue=she_said) for c in (first, second)
    ]
    that = text.index("that the")
    source = Candidate(content=(that + 5, text.index("held.") + 4), type="indirect", rule="verb_clause", confidence=0.8)
    source.cue = ruiz_said
    lucky = (text.index("We were"), len(text) - 1)
    floating = Candidate(content=lucky, type="direct", rule="floating_quote", confidence=0.6, cue=ruiz_said)
    floating.inherited_from = source
    out = to_polnear(index, [*learned, source, floating])
    assert [text[slice(*c.content)] for c in out[1:]] == ["that the levee held", "We were lucky this year."]
    assert out[0].fragments == [first, second]
    # the joined learned pair stands where two did: the floating quote still follows the rewritten source
    assert out[2].inherited_from is out[1]


@pytest.mark.model
def test_polnear_extraction_keeps_a_continued_quote_after_an_aside() -> None:
    text = (
        '"The levee held. We checked it twice," said Ana Ruiz, speaking of the river. "We were lucky this year."'
        "\n\nThe county thanked its crews."
    )
    found = _polnear(text)
    quotes = [a for a in found if a.type == "direct"]
    assert len(quotes) == 1 and quotes[0].content.text.endswith("We were lucky this year.")
    assert quotes[0].speaker.name == "Ana Ruiz"


def test_polnear_convention_keeps_that_before_a_quotation() -> None:
    from quotegraph.extract.candidates import Candidate
    from quotegraph.extract.learned.conventions import to_polnear

    text = "Ruiz said that “the levee held for now.” Lee said it had not."
    index = blank_index(text)
    quote = (text.index("the levee"), text.index("”"))
    cands = [Candidate(content=quote, type="direct", rule="verb_clause", confidence=0.8, cue=(5, 9))]
    # as PolNeAR marks it: the quotation with both its marks after "that", a mixed quote
    out = to_polnear(index, cands)
    assert [text[slice(*c.content)] for c in out] == ["that “the levee held for now.”"]
    assert [c.type for c in out] == ["mixed"]


def test_polnear_convention_takes_no_mark_that_does_not_close_the_content() -> None:
    from quotegraph.extract.candidates import Candidate
    from quotegraph.extract.learned.conventions import to_polnear

    text = "Ruiz said that “the levee held” for now. Lee said it had not."
    index = blank_index(text)
    inner = (text.index("the levee"), text.index("levee") + 5)  # ends before "held", not at the closing mark
    cands = [Candidate(content=inner, type="direct", rule="verb_clause", confidence=0.8, cue=(5, 9))]
    out = to_polnear(index, cands)
    assert [text[slice(*c.content)] for c in out] == ["that “the levee"]
    assert [c.type for c in out] == ["direct"]


@pytest.mark.parametrize("mode", ["rules", "accurate"])
def test_polnear_convention_joins_a_mixed_quote_and_the_quotation_its_attribution_runs_on_to(mode: str) -> None:
    # PolNeAR joins `A is "B," X said. "C."` into one mixed quote as it does `"A," X said. "B."` (train: 675 such
    # stretches joined, 62 split, the split ones nearly all with a cue of their own or across a paragraph break).
    text = (
        "The council met on Monday.\n\n"
        'The new road plan is "a step backwards for the town," Ms. Okafor said. "We will fight it in court."'
    )
    found = _polnear(text, mode)
    assert len(found) == 1
    quote = found[0]
    assert quote.type == "mixed"
    assert quote.content.text.startswith("The new road plan is")
    assert quote.content.text.rstrip(".").endswith("We will fight it in court")
    assert len(quote.fragments) == 2
    assert quote.speaker is not None and quote.speaker.name == "Okafor"


def test_polnear_convention_marks_a_source_phrase_inside_its_sentence_with_the_sentence() -> None:
    from quotegraph.extract import extract

    text = "At the same time, according to Georgian sources, the Russian troops were occupying 13 villages."
    (polnear,) = _polnear(text)
    (own,) = extract(text)
    assert polnear.content.text == text[:-1]
    assert own.content.text == "the Russian troops were occupying 13 villages"
    # a phrase opening its sentence stays outside the content in both
    (opening,) = _polnear("According to officials, the troops left.")
    assert opening.content.text == "the troops left"
