"""Tests for the linking gold set: its size and hard cases, its licences, and the scores it gates."""

from __future__ import annotations

from collections import Counter

import pytest

from quotegraph.link import LinkGold, LinkOptions, link, score_clusters
from quotegraph.registry import linkers

from .conftest import EMBEDDING, EXACT, FUZZY


def test_gold_size_and_languages(gold: LinkGold) -> None:
    attributions = [i for a in gold.articles for i in a.speakers]
    named = {s for a in gold.articles for s in a.speakers.values() if not s.startswith(("local:", "anon:"))}
    statements = Counter(s for a in gold.articles for s in a.statements.values())
    french = [a for a in gold.articles if a.result.article.lang == "fr"]
    assert len(attributions) >= 150
    assert len(named) >= 60
    assert sum(1 for n in statements.values() if n > 1) >= 25
    assert sum(len(a.speakers) for a in french) >= 20


def test_gold_splits_by_story(gold: LinkGold) -> None:
    split_of = {}
    for article in gold.articles:
        assert split_of.setdefault(article.story, article.split) == article.split
    assert set(split_of.values()) == {"dev", "test"}
    speakers = {s: a.split for a in gold.articles for s in a.speakers.values()}
    assert all(speakers[s] == a.split for a in gold.articles for s in a.speakers.values())


def test_gold_articles_carry_licence_and_credit(gold: LinkGold) -> None:
    for article in gold.articles:
        meta = article.result.article.meta
        assert meta["license"] in ("CC BY 2.5", "CC0-1.0")
        if meta["license"] == "CC BY 2.5":
            assert "Wikinews" in meta["credit"] and article.result.article.url


def test_linkers_registered() -> None:
    assert {EXACT, FUZZY, EMBEDDING} <= set(linkers.get_all())


def _f1(gold: LinkGold, linker: str) -> tuple[float, float]:
    links = link(LinkGold.results(gold.articles), LinkOptions(linker=linker))
    speakers = {i: s for a in gold.articles for i, s in a.speakers.items()}
    statements = {i: s for a in gold.articles for i, s in a.statements.items()}
    return (
        score_clusters(speakers, links.speakers.by_attribution).pairwise_f1,
        score_clusters(statements, links.statements.by_attribution).pairwise_f1,
    )


def test_fuzzy_linker_floor(gold: LinkGold) -> None:
    speakers, statements = _f1(gold, FUZZY)
    assert speakers >= 0.95 and statements >= 0.40


def test_embedding_linker_meets_targets(gold: LinkGold, encoder_available: None) -> None:
    speakers, statements = _f1(gold, EMBEDDING)
    assert speakers >= 0.95 and statements >= 0.85


@pytest.mark.parametrize(
    ("names", "same"),
    [
        (("Sergei Volkov", "Sergey Volkov", "Sergueï Volkov", "Volkov", "the energy minister"), True),
        (("Oleksandr Kovalenskyy", "Olexandr Kovalensky", "Oleksandr Kovalenski", "Kovalenskiy"), True),
        (("Hélène Roussel", "Helene Roussel", "Roussel"), True),
        (("Amina Yusuf", "Amina Yousouf", "Professor Yusuf", "the chief medical officer", "la médecin-cheffe"), True),
        (("Claire Harper", "Daniel Harper"), False),
        (("Yevgeny Orlov", "Pavel Orlov"), False),
        (("Luca Marchetti", "The Marchetti Foundation"), False),
        (("Northern Rail Union", "NRU", "le syndicat NRU"), True),
    ],
)
def test_gold_hard_cases_fuzzy(gold: LinkGold, names: tuple[str, ...], same: bool) -> None:
    links = link(
        LinkGold.results(gold.articles),
        LinkOptions(linker=FUZZY),
    )
    found = {
        links.speakers.by_attribution[a.id]
        for g in gold.articles
        for a in g.result.attributions
        if a.speaker.name in names and g.result.article.id.startswith("qg-")
    }
    assert (len(found) == 1) is same and (same or len(found) == len(names))
