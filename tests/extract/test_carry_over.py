"""Values stated once carried over to the reports that state none (``extract/carry_over.py``), on text written for
quotegraph."""

from __future__ import annotations

from quotegraph.extract import extract
from quotegraph.model import Article

PUBLISHED = "2024-03-13"


def _venues(text: str) -> dict[str, str | None]:
    found = extract(Article.from_text(text, published=PUBLISHED))
    return {a.content.text: a.venue.value if a.venue else None for a in found}


def test_a_lead_takes_the_venue_its_speakers_next_report_states_in_the_next_paragraph() -> None:
    venues = _venues(
        'Kim Lee said on Tuesday that the plan would pass.\n\n"We have the votes," Lee told a news conference.'
    )
    assert venues == {"the plan would pass": "a news conference", "We have the votes,": "a news conference"}


def test_a_venue_stated_far_on_after_others_spoke_is_not_carried_back() -> None:
    text = (
        "Kim Lee said on Tuesday that the plan would pass.\n\nAnn Park said the plan would fail.\n\nThe vote is due in"
        " May.\n\nLee also said the vote would be close, according to a statement."
    )
    venues = _venues(text)
    assert venues["the plan would pass"] is None
    assert venues["the vote would be close"] == "a statement"
    # with no one else reporting between, the same distance carries it
    alone = _venues(text.replace("Ann Park said the plan would fail.", "Ann Park was away."))
    assert alone["the plan would pass"] == "a statement"


def test_a_later_report_takes_the_venue_stated_before_it() -> None:
    venues = _venues("Kim Lee told a news conference that the plan would pass. She said the vote would be close.")
    assert venues["the vote would be close"] == "a news conference"
