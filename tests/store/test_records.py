"""Search query parsing and the word splitting both backends share."""

from __future__ import annotations

import pytest

from quotegraph.store.records import SearchQuery, day_of, words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hello, World!", ["hello", "world"]),
        ("don't stop_now", ["don", "t", "stop", "now"]),
        ("3.5 per-cent", ["3", "5", "per", "cent"]),
        ("Ça va", ["ça", "va"]),
        ("", []),
    ],
)
def test_words_split_on_non_alphanumerics(text: str, expected: list[str]) -> None:
    assert words(text) == expected


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        ("economy", [("economy",)]),
        ('tax "prime minister" tax', [("tax",), ("prime", "minister")]),
        ('"unclosed phrase', [("unclosed",), ("phrase",)]),
        ('"" !!! ', []),
        (None, []),
    ],
)
def test_search_query_phrases(text: str | None, phrases: list[tuple[str, ...]]) -> None:
    assert SearchQuery(text=text).phrases == phrases


@pytest.mark.parametrize(
    ("since", "until", "bounds"),
    [
        ("2020", "2020", ("2020-01-01", "2020-12-31")),
        ("2020-02", "2020-02", ("2020-02-01", "2020-02-31")),
        ("2020-02-03", None, ("2020-02-03", None)),
        ("", None, (None, None)),
    ],
)
def test_search_query_date_bounds(since: str, until: str | None, bounds: tuple[str | None, str | None]) -> None:
    query = SearchQuery(since=since, until=until)
    assert (query.since_day, query.until_day) == bounds


def test_search_query_keys_are_trimmed_lower_case() -> None:
    query = SearchQuery(speaker="  Angela MERKEL ", outlet=" ")
    assert (query.speaker_key, query.outlet_key) == ("angela merkel", None)


@pytest.mark.parametrize(
    ("value", "day"),
    [("2020-01-02T10:00:00Z", "2020-01-02"), ("2020-01", None), ("Tuesday", None), (None, None)],
)
def test_day_of(value: str | None, day: str | None) -> None:
    assert day_of(value) == day
