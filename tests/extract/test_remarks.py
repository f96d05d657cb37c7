"""Remarks placed after they are reported (``extract/remarks.py``), on text written for quotegraph."""

from __future__ import annotations

import pytest

from quotegraph.extract import extract

pytestmark = pytest.mark.model


def _venues(text: str) -> dict[str, str | None]:
    return {a.content.text: (a.venue.value if a.venue else None) for a in extract(text)}


def test_the_remarks_a_pronoun_takes_up_are_placed_where_the_sentence_says() -> None:
    venues = _venues(
        "Kim said on Monday that exports would rise. Lee said talks were possible. He made the remarks at a news"
        " conference in Seoul."
    )
    assert venues == {"exports would rise": None, "talks were possible": "a news conference in Seoul"}


def test_the_comments_a_name_takes_up_are_that_speakers_even_after_another_report() -> None:
    venues = _venues(
        "Lee said talks were possible. Kim said they were not. Lee made the comments in an interview with CNN."
    )
    assert venues == {"talks were possible": "an interview with CNN", "they were not": None}


@pytest.mark.parametrize(
    "placing",
    [
        "He made a remark at a news conference in Seoul.",  # a remark of its own, no remarks taken up
        "He made the decision at a news conference in Seoul.",  # no remark noun
    ],
)
def test_a_sentence_that_takes_up_no_remarks_places_none(placing: str) -> None:
    venues = _venues(f"Lee said talks were possible. {placing}")
    assert venues == {"talks were possible": None}


def test_remarks_placed_two_paragraphs_on_are_not_those_reports() -> None:
    venues = _venues(
        "Lee said talks were possible.\n\nThe talks stalled last year.\n\nHe made the remarks at a news conference."
    )
    assert venues == {"talks were possible": None}


def test_the_day_the_remarks_were_made_dates_the_reports_they_place() -> None:
    from quotegraph.model import Article

    text = (
        "Trump said he had big plans for the final month. Trump made the comments Friday during a brief appearance"
        " at the Kent County Republican headquarters."
    )
    (found,) = extract(Article.from_text(text, published="2024-03-14"))
    assert found.venue is not None and found.venue.value == (
        "a brief appearance at the Kent County Republican headquarters"
    )
    assert found.said_on is not None and found.said_on.value == "2024-03-08"
    assert found.said_on.span is not None and found.said_on.span.text == "Friday"
