"""Tests for fast mode's subject right before a cue (``quotegraph.extract.learned.bare_subjects``)."""

from __future__ import annotations

import pytest
from learned_helpers import blank_index

from quotegraph.extract.learned.bare_subjects import subject_before
from quotegraph.extract.learned.linking import Linked


def _source(text: str, cue: str, content: str, source: str | None = None) -> str | None:
    def span(words: str) -> tuple[int, int]:
        return text.index(words), text.index(words) + len(words)

    found = subject_before(blank_index(text), Linked(span(content), span(cue), span(source) if source else None))
    return text[found.source[0] : found.source[1]] if found.source else None


@pytest.mark.parametrize(
    ("text", "cue", "content", "expected"),
    [
        # over words between a subject and its verb: a time, an adverb, an auxiliary
        (
            "Wells Fargo just this month announced it would drop the bonuses.",
            "announced",
            "it would drop",
            "Wells Fargo",
        ),
        ("Keir Starmer on Sunday promised to cut bills.", "promised", "to cut bills", "Keir Starmer"),
        # over an aside set off by commas that opens with a relative pronoun or an article
        (
            "Britain, which has Europe's largest army, long blocked any such plan.",
            "long blocked",
            "any such plan",
            "Britain",
        ),
        ("Ann Lee, a farmer from Leeds, said the crop failed.", "said", "the crop failed", "Ann Lee"),
        # a noun phrase of capitalised words, with an article and an "of"; after a comma
        (
            "The city of Phoenix is demanding that the ads stop.",
            "is demanding",
            "that the ads stop",
            "The city of Phoenix",
        ),
        ("Conversely, PolitiFact rated 22% of the claims as true.", "rated", "22% of the claims as true", "PolitiFact"),
        ("The vote was close. She said it was fair.", "said", "it was fair", "She"),
        ("The law passed (Frank cites a memo saying so).", "cites", "a memo saying so", "Frank"),
        ('"We will win," Smith said on Monday.', "said", "We will win,", "Smith"),
        # a name set off by commas after the description it names (was none)
        (
            "The bank kept rates unchanged, and its president, Christine Lagarde, said policymakers were cautious.",
            "said",
            "policymakers were cautious",
            "Christine Lagarde",
        ),
    ],
)
def test_fast_mode_reads_the_subject_right_before_a_cue_without_a_source(
    text: str, cue: str, content: str, expected: str
) -> None:
    assert _source(text, cue, content) == expected


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a function word opens the clause, or the words before it are no subject
        ("If Mr. Trump had any intention of releasing them, he would.", "had any intention of", "releasing them"),
        ("But don't expect a new candidate to appear.", "don't expect", "a new candidate to appear"),
        ("The ad uses footage of Hillary Clinton asking why she is not ahead.", "asking", "why she is not ahead"),
        ("Voters were told by the mayor that the plan failed.", "that", "the plan failed"),
        # a passive cue's subject is no speaker
        ("Al-Shabaab is considered a terrorist body by the US.", "is considered", "a terrorist body by the US"),
        ("Pence was also dubbed the debate winner.", "was also dubbed", "the debate winner"),
        # a subject that does not open its clause, is glued to a word before it, or reads as a verb; a label's colon
        ("Officials said al-Qaeda saying it was behind the attack was a hoax.", "saying", "it was behind the attack"),
        ("Reported estimates put the crowd at two million.", "estimates", "put the crowd at two million"),
        ("The vote had Republicans wondering about his health.", "wondering about", "his health"),
        ("The Latest: Trump's taxes leaked.", ":", "Trump's taxes leaked"),
        # an aside of more than a name's few capitalised words, or of words in lower case
        ("In Paris, the capital, said the mayor, the plan failed.", "said", "the plan failed"),
        ("Families of victims in Newtown, Connecticut, have filed a lawsuit.", "have filed", "a lawsuit"),
    ],
)
def test_fast_mode_finds_no_subject_where_none_opens_the_clause(text: str, cue: str, content: str) -> None:
    assert _source(text, cue, content) is None


def test_fast_mode_keeps_a_tagged_source() -> None:
    text = "Wells Fargo just this month announced it would drop the bonuses, Lee said."
    assert _source(text, "announced", "it would drop the bonuses", "Lee") == "Lee"
