"""Tests for epithets taking up the person named just before (``quotegraph.extract.epithets``)."""

from __future__ import annotations

import pytest

from quotegraph.extract import extract
from quotegraph.model import Article

pytestmark = pytest.mark.model


def _speakers(text: str) -> dict[str, str | None]:
    return {a.content.text: a.speaker.name for a in extract(Article.from_text(text))}


def test_an_epithet_takes_up_the_person_named_in_a_main_clause_just_before() -> None:
    found = _speakers('Pep Guardiola praised the team. "We are ready," the Spaniard said.')
    assert found["We are ready,"] == "Pep Guardiola"


def test_an_age_set_before_a_title_takes_up_the_person_named_just_before() -> None:
    text = (
        "The Portuguese central bank governor, Mario Centeno, told the Financial Times that the ECB risked falling"
        " behind the curve. The 57-year-old former finance minister has argued for faster cuts since the spring."
    )
    found = {a.cue.text if a.cue else None: a.speaker.name for a in extract(Article.from_text(text))}
    assert found["argued"] == "Mario Centeno"  # was "The 57-year-old former finance minister": no such role before


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # of another gender than the one named before
        ("Maria Lopez praised the team on Monday. The Frenchman said it was ready.", "it was ready", "The Frenchman"),
        # in the named person's own sentence: someone else
        (
            "Lindsey Graham called on Republicans to drop Trump after the billionaire claimed that the judge was"
            " biased.",
            "the judge was biased",
            "the billionaire",
        ),
        # more than four sentences after the name
        (
            "Pep Guardiola praised the team. The club won the cup in May. The stadium was full. Fans sang for hours."
            ' The mayor was there. The bus was late. "We are ready," the Spaniard said.',
            "We are ready,",
            "the Spaniard",  # a description, not the name "Spaniard"
        ),
    ],
)
def test_an_epithet_stays_unresolved_where_the_person_named_before_may_not_be_its(
    text: str, content: str, speaker: str
) -> None:
    assert _speakers(text)[content] == speaker


def test_an_epithet_the_recogniser_read_as_a_name_keeps_its_article_and_age() -> None:
    text = (
        "Novak Djokovic finally won the Olympic gold medal on Sunday.\n\n"
        '"This is the biggest success I have ever had," the 37-year-old Serb told reporters.'
    )
    found = _speakers(text)
    # was "the 37-year-old Serb": the mention "Serb" left its article out, and the recogniser read no person
    assert found["This is the biggest success I have ever had,"] == "Novak Djokovic"


@pytest.mark.parametrize(
    "text",
    [
        # a name qualifies the epithet: position alone cannot tell whose
        'Dave Calhoun faced Richard Blumenthal. "A culture of denial," the Connecticut Democrat said.',
        # the one named before is the one told
        'Dave Calhoun faced the committee. "A culture of denial," the Democrat told him.',
    ],
)
def test_an_epithet_stays_a_description_where_position_cannot_tell_whose(text: str) -> None:
    (speaker,) = _speakers(text).values()
    assert speaker is not None and speaker.endswith("Democrat") and speaker.startswith("the")
