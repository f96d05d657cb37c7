"""The learned models' card and log name rounds of work by number, each one a row of the log's "Rounds" table.

Counting back from the latest ("three rounds before") had to be renamed in every paragraph with each new round, and
paragraphs renamed by hand or not at all came to count from different rounds; these tests keep the numbering.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

MODELS = Path(__file__).resolve().parents[2] / "src" / "quotegraph" / "models"
RELATIVE = re.compile(r"\b(?:\w+ rounds? before|the round before|(?:this|the latest|the previous) round)\b", re.I)
NAMED = re.compile(r"(?<!way )\brounds? (\d+)\b", re.I)  # not "the other way round 0 and 11"


def _text(name: str) -> str:
    return (MODELS / name).read_text(encoding="utf-8")


def _table_rounds() -> list[int]:
    log = _text("MODEL_LOG.md")
    assert "\n## Rounds\n" in log, "MODEL_LOG.md has no 'Rounds' section"
    section = log.split("\n## Rounds\n", 1)[1]
    return [int(number) for number in re.findall(r"^\| (\d+) \| ", section, re.MULTILINE)]


def test_the_rounds_table_has_every_round_once_in_order() -> None:
    rounds = _table_rounds()
    assert rounds, "the Rounds table has no rows"
    assert rounds == list(range(1, len(rounds) + 1))


@pytest.mark.parametrize("name", ["MODEL_LOG.md", "MODEL_CARD.md"])
def test_rounds_are_named_by_number_not_from_the_latest(name: str) -> None:
    text = _text(name)
    assert RELATIVE.findall(text) == [], f"{name} counts rounds back from the latest; name them by number"


@pytest.mark.parametrize("name", ["MODEL_LOG.md", "MODEL_CARD.md"])
def test_every_round_named_is_in_the_table(name: str) -> None:
    named = {int(number) for number in NAMED.findall(_text(name))}
    assert named, f"{name} names no round"
    assert named <= set(_table_rounds()), f"{name} names rounds the table lacks: {sorted(named - set(_table_rounds()))}"
