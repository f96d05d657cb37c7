"""The project's first acceptance test: the TASS seed article, every field of all 12 gold statements."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotegraph.extract import extract
from quotegraph.model import Article

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def seed(shared_dir: Path) -> tuple[dict, list]:  # type: ignore[type-arg]
    gold = json.loads((shared_dir / "seed" / "tass-2023-06-14.gold.json").read_text(encoding="utf-8"))
    article = Article(id=gold["id"], text=gold["text"], published=gold["published"], outlet=gold["outlet"])
    return gold, extract(article)


def _fields(attribution) -> dict:  # type: ignore[no-untyped-def]
    return {
        "start": attribution.content.start,
        "end": attribution.content.end,
        "type": attribution.type,
        "speaker": attribution.speaker.name,
        "speaker_spans": [[m.start, m.end] for m in attribution.speaker.mentions],
        "cue": [attribution.cue.start, attribution.cue.end] if attribution.cue else None,
        "speaker_role": attribution.speaker.role.value if attribution.speaker.role else None,
        "venue": attribution.venue.value if attribution.venue else None,
        "via": attribution.via[0].value if attribution.via else None,
        "said_on": attribution.said_on.value if attribution.said_on else None,
    }


def test_seed_statement_count_is_exact(seed: tuple[dict, list]) -> None:  # type: ignore[type-arg]
    gold, predicted = seed
    assert len(predicted) == len(gold["quotes"]) == 12


@pytest.mark.parametrize("number", range(12))
def test_seed_statement_matches_gold(seed: tuple[dict, list], number: int) -> None:  # type: ignore[type-arg]
    gold, predicted = seed
    expected = {k: gold["quotes"][number][k] for k in _fields(predicted[0])}
    by_span = {(a.content.start, a.content.end): a for a in predicted}
    found = by_span.get((expected["start"], expected["end"]))
    assert found is not None, f"statement {number} not found: {gold['text'][expected['start'] : expected['end']]!r}"
    assert _fields(found) == expected


def test_seed_canonical_speaker_counts(seed: tuple[dict, list]) -> None:  # type: ignore[type-arg]
    _, predicted = seed
    names = [a.speaker.name for a in predicted]
    assert {n: names.count(n) for n in set(names)} == {
        "Herve Blejean": 7,
        "Anders Fogh Rasmussen": 3,
        "Sergey Lavrov": 2,
    }


def test_seed_every_field_points_at_its_evidence(seed: tuple[dict, list]) -> None:  # type: ignore[type-arg]
    gold, predicted = seed
    text = gold["text"]
    for attribution in predicted:
        spans = [attribution.content, *attribution.speaker.mentions]
        spans += [e.span for e in (attribution.venue, attribution.said_on, attribution.speaker.role) if e and e.span]
        for span in spans:
            assert text[span.start : span.end] == span.text
        assert 0.0 < attribution.confidence <= 1.0
