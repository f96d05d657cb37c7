"""Keyset pagination, exact speakers, single attributions, facets and profiles: the same on every backend."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from quotegraph.model import Evidence, ExtractionResult
from quotegraph.store import SearchQuery, Store, ValueCount

Make = Callable[..., ExtractionResult]


def _with_role(result: ExtractionResult, role: str) -> ExtractionResult:
    attributions = tuple(a.with_changes(speaker=replace(a.speaker, role=Evidence(role))) for a in result.attributions)
    return ExtractionResult(result.article, attributions)


@pytest.fixture
def filled(store: Store, make_result: Make) -> Store:
    results = [
        make_result(n, quote=f"common words {n}", published=f"2020-0{n % 3 + 1}-{n % 9 + 10}", extra_quotes=n % 3)
        for n in range(12)
    ]
    results += [make_result(20 + n, quote=f"common undated {n}", published=None) for n in range(4)]
    results += [
        _with_role(make_result(40, speaker="Ann Lee", published="2019-05-02", outlet="Post"), "senator"),
        _with_role(make_result(41, speaker="Ann Lee", published="2021-07-09", outlet="post"), "governor"),
        _with_role(make_result(42, speaker="Ann Lee", published="2021-08-01", outlet="Wire"), "governor"),
        make_result(43, speaker="Ann Leeson", published="2021-08-02", outlet="Wire"),
    ]
    store.write_results(results)
    return store


def _pages(store: Store, query: SearchQuery) -> list[str]:
    ids: list[str] = []
    while True:
        page = store.search(query)
        ids += [hit.id for hit in page]
        if len(page) < query.limit:
            return ids
        query = replace(query, after=page[-1].cursor)


@pytest.mark.parametrize(
    "query",
    [
        {},
        {"text": "common"},
        {"speaker": "person 1"},
        {"since": "2020-02", "until": "2020-03"},
        {"outlet": "wire", "type": "direct"},
    ],
)
@pytest.mark.parametrize("limit", [1, 4, 7])
def test_search_cursor_pages_equal_one_long_search(filled: Store, query: dict[str, str], limit: int) -> None:
    everything = [hit.id for hit in filled.search(SearchQuery(**query, limit=1000))]  # type: ignore[arg-type]
    assert everything
    assert _pages(filled, SearchQuery(**query, limit=limit)) == everything  # type: ignore[arg-type]


def test_search_cursor_crosses_into_undated_quotes(filled: Store) -> None:
    hits = filled.search(SearchQuery(limit=1000))
    assert hits[-1].date is None and hits[0].date is not None
    dated = [h for h in hits if h.date]
    after = filled.search(SearchQuery(limit=1000, after=dated[-1].cursor))
    assert [h.id for h in after] == [h.id for h in hits[len(dated) :]]
    assert all(h.key is not None for h in hits)


def test_search_exact_speaker_matches_the_whole_name(filled: Store) -> None:
    assert len(filled.search(SearchQuery(speaker="ann lee"))) == 4
    exact = filled.search(SearchQuery(speaker="ANN LEE", exact_speaker=True))
    assert {h.attribution.speaker.name for h in exact} == {"Ann Lee"} and len(exact) == 3


def test_attribution_by_id(filled: Store) -> None:
    hit = filled.search(SearchQuery(speaker="Ann Leeson"))[0]
    found = filled.attribution(hit.id)
    assert found == hit and found is not None and found.title == "Article 43"
    assert filled.attribution("a-missing:1-2") is None


def test_facets_count_the_matches(filled: Store) -> None:
    facets = filled.facets(SearchQuery(text="common"), top=20)
    assert facets.sampled == 16 and facets.complete
    assert sum(v.count for v in facets.speakers) == 16
    assert [y.value for y in facets.years] == ["2020"] and facets.years[0].count == 12
    assert facets.types == (ValueCount("direct", 16),)
    small = filled.facets(SearchQuery(), sample=5, top=2)
    assert small.sampled == 5 and not small.complete and len(small.speakers) <= 2


@pytest.mark.parametrize(
    "query",
    [{}, {"text": "common"}, {"speaker": "ann"}, {"outlet": "wire", "type": "direct"}, {"text": "nothing-matches"}],
)
@pytest.mark.parametrize(("limit", "sample"), [(1, 200), (5, 200), (7, 6), (30, 10)])
def test_search_faceted_equals_search_and_facets(filled: Store, query: dict[str, str], limit: int, sample: int) -> None:
    search = SearchQuery(**query, limit=limit)  # type: ignore[arg-type]
    hits, facets = filled.search_faceted(search, sample=sample, top=3)
    assert hits == filled.search(search)
    assert facets == filled.facets(search, sample=sample, top=3)
    later = replace(search, after=filled.search(SearchQuery(**query, limit=2))[-1].cursor) if hits else search  # type: ignore[arg-type]
    assert filled.search_faceted(later, sample=sample)[0] == filled.search(later)


def test_speaker_profile_months_roles_outlets(filled: Store) -> None:
    profile = filled.speaker_profile("ann LEE")
    assert profile is not None
    assert (profile.name, profile.kind, profile.quotes, profile.undated) == ("Ann Lee", "person", 3, 0)
    assert [(m.value, m.count) for m in profile.months] == [("2019-05", 1), ("2021-07", 1), ("2021-08", 1)]
    assert [(r.role, r.first_seen, r.last_seen, r.quotes) for r in profile.roles] == [
        ("senator", "2019-05-02", "2019-05-02", 1),
        ("governor", "2021-07-09", "2021-08-01", 2),
    ]
    assert [(o.value, o.count) for o in profile.outlets] == [("Post", 2), ("Wire", 1)]
    assert (profile.first_date, profile.last_date) == ("2019-05-02", "2021-08-01")
    assert filled.speaker_profile("Nobody") is None


def test_speaker_profile_counts_undated_quotes(filled: Store) -> None:
    profile = filled.speaker_profile("Person 20")
    assert profile is not None and profile.undated == 1 and profile.months == ()


def test_outlets_and_outlet_profile(filled: Store) -> None:
    # Wire: 12 articles with 24 quotes, 4 undated, Ann Lee and Ann Leeson; Post/post: Ann Lee twice.
    assert filled.outlets() == [ValueCount("Wire", 30), ValueCount("Post", 2)]
    assert filled.outlets(name="OS", limit=5) == [ValueCount("Post", 2)]
    assert filled.outlets(limit=1) == [ValueCount("Wire", 30)]
    profile = filled.outlet_profile("WIRE")
    assert profile is not None
    assert (profile.name, profile.quotes, profile.articles) == ("Wire", 30, 18)
    assert profile.speakers[0] == ValueCount("Person 11", 3)
    assert sum(m.count for m in profile.months) == 26
    assert (profile.first_date, profile.last_date) == ("2020-01-10", "2021-08-02")
    assert filled.outlet_profile("Nowhere") is None
