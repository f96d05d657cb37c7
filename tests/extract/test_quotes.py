"""Quote-mark scanning: every mark style, apostrophes, nesting, unbalanced and multi-paragraph quotes."""

from __future__ import annotations

import pytest

from quotegraph.extract.language import load_language
from quotegraph.extract.quotes import find_quotes

MARKS = load_language("en").quote_marks


def _quoted(text: str) -> list[tuple[str, bool]]:
    return [(text[q.start : q.end], q.closed) for q in find_quotes(text, MARKS)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "yes" twice.', [("yes", True)]),
        ("“Curly,” she said.", [("Curly,", True)]),
        ("‘Single,’ she said.", [("Single,", True)]),
        ("«Bonjour», dit-il.", [("Bonjour", True)]),
        ("„Ja“, sagte er.", [("Ja", True)]),
        ("``Old style,'' he said.", [("Old style,", True)]),
        ("''Typed twice,'' he said.", [("Typed twice,", True)]),
        ("the students'' union", []),
        ('"A," he said, "B."', [("A,", True), ("B.", True)]),
        ("the alliance’s table and the Smiths’ house", []),
        ("“Outer ‘inner’ words,” he said.", [("Outer ‘inner’ words,", True)]),
        ('It ends "here and never closes', [("here and never closes", False)]),
        ('"Para one.\n\n"Para two," he said.', [("Para one.", False), ("Para two,", True)]),
        ("", []),
        ('"', []),
        ('""', []),
    ],
)
def test_find_quotes_styles(text: str, expected: list[tuple[str, bool]]) -> None:
    assert _quoted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A quote opened by one double mark and closed by another of its group.
        ('“We will win," he said.', [("We will win,", True)]),
        ('"We will win,” he said.', [("We will win,", True)]),
        ("“It's unusual,“ said Noble. “It's hard.”", [("It's unusual,", True), ("It's hard.", True)]),
        ('“We will win," he said. "You will be happy.”', [("We will win,", True), ("You will be happy.", True)]),
        # A stand-in owed to an inner quote, or to a later mark of the paragraph, does not close the outer one.
        ('“He called it "fake" today,” she said.', [('He called it "fake" today,', True)]),
        ('"He called it “fake” today," she said.', [("He called it “fake” today,", True)]),
        ('"As “The Journal” wrote, it was late.\nNext.', [("As “The Journal” wrote, it was late.", False)]),
        # Where a closing mark cannot stand, a stand-in closes nothing.
        ("“It is “good and fine", [("It is “good and fine", False)]),
    ],
)
def test_find_quotes_mixed_up_marks(text: str, expected: list[tuple[str, bool]]) -> None:
    assert _quoted(text) == expected


def test_find_quotes_offsets_exclude_marks() -> None:
    text = 'x "abc" y'
    (quote,) = find_quotes(text, MARKS)
    assert (quote.open, quote.start, quote.end, quote.close, quote.outer_end) == (2, 3, 6, 6, 7)


def test_find_quotes_straight_mark_reopening_closes_previous() -> None:
    text = 'He said "first part and then "second" ends.'
    assert _quoted(text)[-1] == ("second", True)


@pytest.mark.parametrize("text", ['"' * 50, "«" * 10 + "»" * 3, "\u201c\n\u201d\n" * 20, "'\"`" * 30])
def test_find_quotes_never_raises_on_odd_marks(text: str) -> None:
    for quote in find_quotes(text, MARKS):
        assert 0 <= quote.start <= quote.end <= len(text)


def test_quotes_within_finds_what_a_scan_of_every_quote_finds() -> None:
    import random

    import spacy

    from quotegraph.extract.candidates import DocIndex
    from quotegraph.extract.language import load_language

    rng = random.Random(3)
    pieces = []
    for number in range(300):
        pieces.append(rng.choice([f'"Q{number}" said A.', f"plain {number} words.", f'"long {"x " * 200}" B.']))
        pieces.append(rng.choice([" ", "\n"]))
    text = "".join(pieces) + ' and "an unclosed one'
    index = DocIndex(spacy.blank("en")(text), load_language("en"))
    assert len(index.quotes) > 100
    for _ in range(400):
        start = rng.randrange(0, len(text))
        end = start + rng.randrange(0, 600)
        assert index.quotes_within(start, end) == [q for q in index.quotes if q.open < end and q.outer_end > start]
