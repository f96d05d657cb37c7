"""Fast mode's speaker names without a parse: a title before a name is the role, a surname the full name."""

from __future__ import annotations

import pytest
from learned_helpers import blank_index

from quotegraph.extract.language import load_language
from quotegraph.extract.learned.speaker_names import known_name, titled_name


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("Chief Executive Tim Cook", ("Tim Cook", "Chief Executive")),
        ("Britain's finance minister Rachel Reeves,", ("Rachel Reeves", "Britain's finance minister")),
        ("Commission President Ursula von der Leyen", ("Ursula von der Leyen", "Commission President")),
        ("The Justice Department", None),  # a body's name holds the title word
        ("Secretary of State Antony Blinken", None),  # where the office ends is a guess without a parse
        ("the minister", None),
        ("President", None),
    ],
)
def test_a_title_written_before_a_name_is_the_role(mention: str, expected: tuple[str, str] | None) -> None:
    text = f"{mention} said so."
    found = titled_name(blank_index(text), (0, len(mention)))
    assert (found and (text[found[0][0] : found[0][1]], found[1].value)) == expected


@pytest.mark.parametrize(
    ("mention", "named", "expected"),
    [
        ("Macron", ["Emmanuel Macron"], "Emmanuel Macron"),
        ("Mr. Trump", ["Donald Trump", "Ann Lee"], "Donald Trump"),
        ("Lee", ["Ann Lee", "Tom Lee"], "Tom Lee"),  # the last one named
        ("Cook", ["Ann Lee"], None),
        ("Clinton", ["Democratic presidential frontrunner Hillary Clinton"], None),  # no name alone
        ("Tim Cook", ["Tim Cook"], None),  # a full name already
        ("police", ["Ann Police"], None),  # no name
    ],
)
def test_a_surname_alone_is_the_full_name_written_before(mention: str, named: list[str], expected: str | None) -> None:
    assert known_name(mention, named, load_language("en")) == expected


def test_fast_mode_gives_every_report_of_a_person_the_role_her_title_wrote() -> None:
    from quotegraph.extract import ExtractOptions, extract

    text = (
        '"We\'re seeing strong momentum across our product lines," Chief Executive Tim Cook told analysts on a'
        ' conference call.\n\nCook said the company was "incredibly excited" about the rollout.'
    )
    found = extract(text, ExtractOptions(mode="fast"))
    assert [(a.speaker.name, a.speaker.role and a.speaker.role.value) for a in found] == [
        ("Tim Cook", "Chief Executive"),
        ("Tim Cook", "Chief Executive"),
    ]


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("the chancellor", "Olaf Scholz"),
        ("the Boeing boss", "Dave Calhoun"),  # a generic title with the name that qualifies it
        ("the boss", None),  # a generic title alone may be anyone's
        ("the Liverpool boss", None),  # no role names Liverpool
        ("the Bavarian premier", "Markus Soeder"),
        ("his spokesman", None),  # someone else's
        ("a chancellor", None),
    ],
)
def test_a_description_by_a_title_is_the_person_named_before_whose_role_holds_it(
    mention: str, expected: str | None
) -> None:
    from quotegraph.extract.learned.speaker_names import described_name

    roles = [
        ("Olaf Scholz", "Chancellor"),
        ("Dave Calhoun", "Boeing Chief Executive"),
        ("Markus Soeder", "Bavarian Premier"),
    ]
    assert described_name(mention, roles, load_language("en")) == expected
