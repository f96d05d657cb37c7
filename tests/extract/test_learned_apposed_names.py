"""Tests for names set beside a description, read without a parse (``quotegraph.extract.learned.apposed_names``)."""

from __future__ import annotations

import pytest
from learned_helpers import blank_index


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        ("The mayor's spokeswoman, Jane Doe, said it.", "The mayor's spokeswoman, Jane Doe,", "Jane Doe"),
        ("Jane Doe, the mayor's spokeswoman, said it.", "Jane Doe, the mayor's spokeswoman", "Jane Doe"),
        ("John Smith, 45, a farmer from Iowa, said it.", "a farmer from Iowa", "John Smith"),
        ("Lee, 54, a farmer, said it.", "a farmer", "Lee"),  # one word, set off by an age
        # a name's possession opens a description
        ("Smith's lawyer, John Doe, said it.", "Smith's lawyer, John Doe", "John Doe"),
        ("John Doe, Smith's lawyer, said it.", "John Doe, Smith's lawyer", "John Doe"),
        # names with a capital inside or a hyphen; any words after "a"
        ("McCarthy, a California Republican, said it.", "McCarthy, a California Republican", "McCarthy"),
        (
            "The press secretary, Karine Jean-Pierre, said it.",
            "The press secretary, Karine Jean-Pierre",
            "Karine Jean-Pierre",
        ),
        ('"No," warned the prime minister, Ben Nathan.', "the prime minister", "Ben Nathan"),
        ("As Steven M. Rosenthal, a tax lawyer, put it, the rules are clear.", "a tax lawyer", "Steven M. Rosenthal"),
        # one word before a description is as often an adverb; a name after "The" is no description
        ("Overall, the fund said growth would slow.", "the fund", None),
        ("Still, The New York Times said it.", "The New York Times", None),
        # a pronoun is no description; a name inside a longer word or phrase is no one's
        ("Then, John Smith, he said it.", "he", None),
        ("It was bad for African-Americans, top black lawmakers said.", "top black lawmakers", None),
        ('"No," said the spokesman, however.', "the spokesman", None),
        (
            "Ann Ray, curator at the University of Arkansas, Fayetteville, said it.",
            "curator at the University of Arkansas, Fayetteville",
            None,
        ),
        ('"No," said the spokesman on Monday.', "the spokesman", None),
        # a name opening its paragraph
        ("Intro.\n\nJohn Smith, a farmer from Iowa, said it.", "a farmer from Iowa", "John Smith"),
    ],
)
def test_fast_mode_names_a_description_by_the_name_in_apposition(text: str, source: str, expected: str | None) -> None:
    from quotegraph.extract.learned.apposed_names import apposed_name

    start = text.index(source)
    found = apposed_name(blank_index(text), (start, start + len(source)))
    assert (text[found[0] : found[1]] if found else None) == expected
