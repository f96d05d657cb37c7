"""Tests for statement clustering: re-reports join, new statements on the same topic stay apart."""

from __future__ import annotations

import pytest

from quotegraph.link import LinkOptions, link, link_statements
from quotegraph.link.records import LinkRecord
from quotegraph.link.statements import window_pairs
from quotegraph.model import ExtractionResult

from .conftest import EMBEDDING, EXACT, FUZZY, Q, ids, result

RESUME = "Gas supplies to Norland will resume by Friday, once the pipeline repairs are complete."


def _same(results: list[ExtractionResult], linker: str, **options: object) -> list[list[str]]:
    """Attribution ids grouped by statement (sorted lists; singletons included)."""
    links = link_statements(results, LinkOptions(linker=linker, **options))  # type: ignore[arg-type]
    groups: dict[str, list[str]] = {}
    for res in results:
        for attribution_id in ids(res):
            groups.setdefault(links.by_attribution[attribution_id], []).append(attribution_id)
    return sorted(sorted(g) for g in groups.values())


def _all(results: list[ExtractionResult]) -> list[list[str]]:
    return [sorted(i for r in results for i in ids(r))]


def test_wire_copies_and_light_edits_join() -> None:
    results = [
        result("w1", Q("Sergei Volkov", RESUME)),
        result("w2", Q("Sergey Volkov", RESUME), outlet="Northern Courier"),
        result("w3", Q("Volkov", RESUME.replace(", once", " once").lower()), outlet="Daily Ledger"),
        result("w4", Q("Volkov", "Gas supplies to Norland will resume by Friday"), outlet="Harbour Times"),
    ]
    assert _same(results, FUZZY) == _all(results)


def test_exact_linker_joins_only_verbatim_copies_by_the_same_name() -> None:
    results = [
        result("x1", Q("Sergei Volkov", RESUME)),
        result("x2", Q("Sergei Volkov", RESUME.upper())),
        result("x3", Q("Sergey Volkov", RESUME)),
    ]
    assert _same(results, EXACT) == [sorted(ids(results[0]) + ids(results[1])), ids(results[2])]


def test_a_mis_decoded_copy_is_a_verbatim_copy() -> None:
    quote = "Norland\u2019s gas will flow by Friday \u2014 once the pipeline repairs are complete, \u00e0 la lettre."
    mis_decoded = quote.encode("utf-8").decode("cp1252")  # "Norland\u00e2\u20ac\u2122s ... \u00c3\u00a0 la lettre."
    results = [result("m1", Q("Sergei Volkov", quote)), result("m2", Q("Sergei Volkov", mis_decoded))]
    assert _same(results, EXACT) == _all(results)


def test_statement_records_earliest_report_venue_outlets_and_languages(encoder_available: None) -> None:
    results = [
        result("s2", Q("Volkov", RESUME), outlet="Northern Courier", published="2024-03-05"),
        result("s1", Q("Sergei Volkov", RESUME, venue="reporters"), published="2024-03-04"),
        result(
            "s3",
            Q("Sergueï Volkov", "Les livraisons de gaz vers la Norlande reprendront d'ici vendredi."),
            outlet="Le Quotidien du Nord",
            published="2024-03-05",
            lang="fr",
        ),
    ]
    links = link(results, LinkOptions(linker=EMBEDDING))
    (statement,) = links.statements.statements.values()
    assert statement.attribution_ids[0] == statement.earliest_attribution_id == ids(results[1])[0]
    assert statement.earliest_date == "2024-03-04"
    assert statement.venue == "reporters"
    assert statement.outlets == ("QG Wire", "Northern Courier", "Le Quotidien du Nord")  # same day: by id
    assert statement.languages == ("en", "fr")
    assert statement.speaker_id == links.speakers.by_attribution[ids(results[1])[0]]


def test_translation_and_paraphrase_join_with_the_encoder_only(encoder_available: None) -> None:
    results = [
        result("p1", Q("Claire Harper", "Inflation will fall to 3 percent by the end of the year.")),
        result("p2", Q("Claire Harper", "L'inflation tombera à 3 % d'ici la fin de l'année."), lang="fr"),
        result("p3", Q("Harper", "Inflation should drop to 3 percent before the year is over.")),
    ]
    assert _same(results, EMBEDDING) == _all(results)
    assert len(_same(results, FUZZY)) == 3


def test_new_statement_on_the_same_topic_stays_apart(encoder_available: None) -> None:
    results = [
        result("n1", Q("Sergei Volkov", RESUME), published="2024-03-04"),
        result("n2", Q("Volkov", "Gas supplies will not resume before April."), published="2024-03-08"),
        result("n3", Q("Sergei Volkov", RESUME), published="2024-09-30"),
    ]
    assert len(_same(results, EMBEDDING)) == 3


def test_different_numbers_or_venues_are_different_statements() -> None:
    results = [
        result("m1", Q("Claire Harper", "Inflation will fall to 3 percent by the end of the year.")),
        result("m2", Q("Claire Harper", "Inflation will fall to 4 percent by the end of the year.")),
        result("v1", Q("Helene Roussel", "Our border will stay open to refugees.", venue="Radio Norland")),
        result("v2", Q("Helene Roussel", "Our border will stay open to refugees.", venue="the Evening Post")),
    ]
    assert len(_same(results, FUZZY)) == 4


def test_stated_date_brings_a_late_re_report_into_the_window() -> None:
    results = [
        result("d1", Q("Sergei Volkov", RESUME), published="2024-03-04"),
        result("d2", Q("Volkov", RESUME, said_on="2024-03-04"), published="2024-05-10"),
        result("d3", Q("Volkov", RESUME), published="2024-05-10"),
    ]
    assert _same(results, FUZZY) == sorted([sorted(ids(results[0]) + ids(results[1])), ids(results[2])])


def test_two_quotes_in_one_article_stay_apart() -> None:
    res = result("a1", Q("Tony Blair", "It's a battle of ideas."), Q("Tony Blair", "It is a battle of ideas, he said."))
    assert len(_same([res], FUZZY)) == 2


def test_anonymous_wire_copy_joins_only_near_verbatim_copies() -> None:
    results = [
        result("u1", Q("A union source", "Talks collapsed after the company withdrew its offer.", kind="anonymous")),
        result("u2", Q("A union source", "Talks collapsed after the company withdrew its offer", kind="anonymous")),
        result("u3", Q("a source", "The company withdrew its offer, so the talks collapsed.", kind="anonymous")),
    ]
    assert _same(results, FUZZY) == sorted([sorted(ids(results[0]) + ids(results[1])), ids(results[2])])


def test_one_translation_does_not_bridge_two_statements(encoder_available: None) -> None:
    results = [
        result("b1", Q("Sergei Volkov", "Gas deliveries will resume on Friday.")),
        result("b2", Q("Sergei Volkov", "Gas prices will stay the same this winter."), published="2024-03-05"),
        result("b3", Q("Sergueï Volkov", "Les livraisons de gaz reprendront vendredi."), lang="fr"),
    ]
    groups = _same(results, EMBEDDING)
    assert sorted(ids(results[0]) + ids(results[2])) in groups and ids(results[1]) in groups


@pytest.mark.parametrize(("days", "pairs"), [(10, [(0, 1), (0, 2), (1, 2)]), (3, [(0, 1), (0, 2)])])
def test_window_pairs(days: int, pairs: list[tuple[int, int]]) -> None:
    records = [
        LinkRecord("r0", "a", "X", "person", None, "t", published=None),
        LinkRecord("r1", "b", "X", "person", None, "t", published="2024-03-01"),
        LinkRecord("r2", "c", "X", "person", None, "t", published="2024-03-08"),
    ]
    assert window_pairs(records, days) == pairs
