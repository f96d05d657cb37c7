"""Venue, addressee and the other context of a statement (``extract/context.py``), on text written for quotegraph."""

from __future__ import annotations

import pytest

from quotegraph.extract import extract

pytestmark = pytest.mark.model

# a live blog run into one line, its entries parted by rules of underscores, as when its line breaks are lost
LIVE_BLOG = [
    "The mayor says the bridge will close in May.  ___.  9:30 p.m.  Councillor Tom Berg says the plan is a waste of "
    "money.  ___.  9:12 p.m.  The governor tells ___ reporters that she backs the mayor.",
    "He asks whether she can bring change when she depends on big donors?\u201d  ___.  9:10 p.m.  Donald Trump is "
    "telling a crowd that he will win.  ___.  9:08 p.m.  Hillary Clinton is pulling ahead.",
]


@pytest.mark.parametrize("text", LIVE_BLOG)
def test_a_mark_the_parser_made_an_object_is_no_addressee(text: str) -> None:
    # the parser hung "___" on "tells" as its object; the addressee's phrase, made without punctuation, was empty
    # and reading it failed (IndexError: the article was lost)
    found = extract(text)
    assert len(found) >= 2
    assert all(a.addressee is None or any(ch.isalpha() for ch in a.addressee.value) for a in found)


def _context(text: str) -> tuple[str | None, str | None, str | None]:
    from quotegraph.model import Article

    (found,) = extract(Article.from_text(text, published="2024-03-14"))  # a Thursday
    value = lambda e: e.value if e is not None else None  # noqa: E731
    return value(found.venue), value(found.said_on), value(found.addressee)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the time after an occasion is the statement's date, not part of the occasion
        (
            "In an interview with The Associated Press on Tuesday, the governor said she would sign the bill.",
            ("an interview with The Associated Press", "2024-03-12", None),
        ),
        (
            "The mayor said at a town hall meeting Thursday night that taxes would rise.",
            ("a town hall meeting", "2024-03-14", None),
        ),
        # an occasion told is where it was said, not to whom
        (
            "The minister told a news conference in Kyiv on Friday that the grain deal was dead.",
            ("a news conference in Kyiv", "2024-03-08", None),
        ),
        # a participle of speaking gives the occasion, the date and the listener
        (
            'Speaking to CNN\'s "State of the Union" on Sunday, Senator Ann Lee said the bill would pass.',
            ('CNN\'s "State of the Union"', "2024-03-10", None),
        ),
        (
            "Speaking on BBC Radio 4's Today programme, the minister said the strikes must end.",
            ("BBC Radio 4's Today programme", None, None),  # "Today" names the programme: no date
        ),
        ("Speaking to Putin on Monday, Macron said the war must end.", (None, "2024-03-11", "Putin")),
        ('"We will not back down," Lee tweeted early Monday.', (None, "2024-03-11", None)),
        # nor is the time after the listener part of the listener
        (
            '"We have to act now," Merkel told lawmakers in Berlin on Wednesday.',
            (None, "2024-03-13", "lawmakers in Berlin"),
        ),
        ("Lee told reporters on Friday that the plan was dead.", ("reporters", "2024-03-08", "reporters")),
        # the press told is the venue only where nothing names the occasion
        (
            "Lee told reporters at a news conference that the plan was dead.",
            ("a news conference", None, "reporters"),
        ),
        (
            "Speaking at a campaign rally, Lee told reporters that the plan was dead.",
            ("a campaign rally", None, "reporters"),
        ),
        # the one an occasion or a document was addressed to is the listener
        (
            "In remarks to the Senate on Thursday, the general said the troops would stay.",
            ("remarks to the Senate", "2024-03-14", "the Senate"),
        ),
        (
            "In a letter to shareholders, the chief executive wrote that sales had doubled.",
            ("a letter to shareholders", None, "shareholders"),
        ),
        (
            "In a conversation with Biden on Friday, Xi said the island was a red line.",
            ("a conversation with Biden", "2024-03-08", None),
        ),
        ("Zakharova said on her Telegram channel that the report was fake.", ("her Telegram channel", None, None)),
    ],
)
def test_the_occasion_date_and_listener_of_a_statement(text: str, expected: tuple[str | None, ...]) -> None:
    assert _context(text) == expected


def test_a_participle_that_reports_gives_no_date_of_its_own() -> None:
    text = (
        "In a statement, the union called Clinton a champion for its members, citing her work after the Sept. 11 "
        "attacks."
    )
    from quotegraph.model import Article

    found = extract(Article.from_text(text, published="2016-09-15"))
    assert found and all(a.said_on is None for a in found)


def test_a_negated_report_takes_no_intermediary_or_occasion_from_the_speakers_other_words() -> None:
    text = (
        '"Kyiv\'s position is well known," Peskov told reporters, according to the RIA news agency. Peskov did not '
        "say whether Moscow would respond."
    )
    found = {a.content.text: a for a in extract(text)}
    assert [v.value for v in found["Kyiv's position is well known,"].via] == ["the RIA news agency"]
    negated = found["whether Moscow would respond"]
    assert (list(negated.via), negated.venue) == ([], None)  # the writer's observation: was "via the RIA news agency"
