"""Links in the store, on each backend: link rows and state, reads, linking a store, exports."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from link_samples import QID, alias_file, link_dump, result, results

from quotegraph.errors import QuotegraphError
from quotegraph.link import LinkOptions, link
from quotegraph.model import ExtractionResult, RoleSeen, Speaker, Statement
from quotegraph.run.link_settings import LinkSettings
from quotegraph.run.linking import link_store
from quotegraph.store import StatementQuery, Store
from quotegraph.store.export import export
from quotegraph.store.link_records import LinkRows, LinkState, LinkUpdate

FUZZY = LinkSettings(linker="fuzzy")


def test_write_results_marks_articles_pending(store: Store) -> None:
    store.write_results(results()[:2])
    assert store.pending_links() == ["qg-ledger-0305", "qg-wire-0304"]
    assert [r.article.id for r in store.results_of(["qg-wire-0304", "missing"])] == ["qg-wire-0304"]
    state = LinkState({"linker": "x"}, b"\x00index", b"arrays", articles=1)
    store.write_links(LinkUpdate(LinkRows(), state, linked=("qg-wire-0304",)))
    assert store.pending_links() == ["qg-ledger-0305"]
    saved = store.link_state()
    assert saved is not None and (saved.settings, saved.index, saved.arrays, saved.tables_ahead) == (
        {"linker": "x"}, b"\x00index", b"arrays", False
    )  # fmt: skip
    store.write_links(LinkUpdate(LinkRows(), None, linked=None))
    assert store.pending_links() == [] and store.link_state().tables_ahead  # type: ignore[union-attr]


def test_write_links_replaces_and_drops_rows(store: Store) -> None:
    store.write_results(results())
    a, b = result(0).attributions[0].id, result(1).attributions[0].id
    volkov = Speaker("sp-1", "Sergei Volkov", "person", ("Volkov",), (RoleSeen("minister", "2024-03-04"),), "Q1")
    said = Statement("st-1", "sp-1", (a, b), a, "2024-03-04", "reporters", ("QG Wire", "Daily Ledger"), ("en",))
    store.write_links(LinkUpdate(LinkRows((volkov,), ((a, "sp-1"), (b, "sp-1")), (said,))))
    assert store.has_links()
    assert [(s.id, s.quotes, s.aliases, s.external_id) for s in store.identities()] == [("sp-1", 2, 1, "Q1")]
    assert store.speaker_records() == [(volkov, 2)]
    assert [s.statement for s in store.statements(StatementQuery())] == [said]
    moved = Speaker("sp-2", "Sergey Volkov", "person")
    store.write_links(
        LinkUpdate(LinkRows((moved,), ((b, "sp-2"),), drop_speakers=("sp-1",), drop_statements=("st-1",)))
    )
    assert store.attribution_links([a, b]) == {b: ("sp-2", None)}
    assert store.statements(StatementQuery()) == []
    store.write_links(LinkUpdate(LinkRows((volkov,), ((a, "sp-1"),), full=True)))
    assert [s.id for s, _ in store.speaker_records()] == ["sp-1"]


def test_incremental_linking_equals_linking_at_once(store: Store) -> None:
    first, second, third = results()
    store.write_results([first])
    assert str(link_store(store, FUZZY)) == "linked 1 articles: 2 speakers, 2 statements"
    store.write_results([second, third])
    summary = link_store(store)  # the store keeps its linker
    assert (summary.articles, summary.rebuilt, summary.linker) == (2, False, "quotegraph.fuzzy_linker.v1")
    incremental = link_dump(store)
    assert link_store(store, rebuild=True).rebuilt
    assert link_dump(store) == incremental
    expected = link([first, second, third], LinkOptions(linker="quotegraph.fuzzy_linker.v1"))
    statements = sorted((s.to_dict() for s in expected.statements.statements.values()), key=lambda s: s["id"])
    assert incremental["statements"] == statements
    speakers = sorted((s.to_dict() for s in expected.speakers.speakers.values()), key=lambda s: s["id"])
    assert [s for s, _ in incremental["speakers"]] == speakers
    assert store.pending_links() == []


def test_reingest_keeps_speaker_ids(store: Store) -> None:
    store.write_results(results())
    link_store(store, FUZZY)
    before = link_dump(store)
    store.write_results([result(1)])  # the same article written again
    assert store.pending_links() == ["qg-ledger-0305"]
    link_store(store)
    assert link_dump(store) == before
    link_store(store, rebuild=True)
    assert [s["id"] for s, _ in link_dump(store)["speakers"]] == [s["id"] for s, _ in before["speakers"]]


@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_alias_file_pins_identity_with_qid(store: Store, tmp_path: Path, suffix: str) -> None:
    store.write_results(results())
    link_store(store, LinkSettings(linker="fuzzy", alias_file=str(alias_file(tmp_path, suffix))))
    view = store.speaker_identity(QID)
    assert view is not None and (view.speaker.name, view.speaker.external_id) == ("Sergei Volkov", QID)
    assert {s.name: s.external_id for s in store.identities()} == {"Sergei Volkov": QID, "Marta Ilves": None}
    (tmp_path / f"aliases{suffix}").unlink()  # the store keeps the file's text
    store.write_results([result(2)])
    assert not link_store(store).rebuilt
    assert store.speaker_identity("volkov").speaker.external_id == QID  # type: ignore[union-attr]
    other = alias_file(tmp_path, suffix, qid="Q1")
    assert link_store(store, LinkSettings(alias_file=str(other))).rebuilt  # new pins: linked again
    assert store.speaker_identity("Q1") is not None and store.speaker_identity(QID) is None
    assert link_store(store, LinkSettings(alias_file="")).rebuilt
    assert store.speaker_identity("Sergei Volkov").speaker.external_id is None  # type: ignore[union-attr]


def test_bad_settings_are_errors(store: Store, tmp_path: Path) -> None:
    with pytest.raises(QuotegraphError, match="unknown linker"):
        link_store(store, LinkSettings(linker="psychic"))
    (tmp_path / "aliases.txt").write_text("x")
    with pytest.raises(QuotegraphError, match="bad alias file"):
        link_store(store, LinkSettings(alias_file=str(tmp_path / "aliases.txt")))


def test_speaker_identity_over_time(store: Store) -> None:
    store.write_results(results())
    link_store(store, FUZZY)
    view = store.speaker_identity("Sergey Volkov")  # a name he was written under
    assert view is not None and view.speaker.name == "Sergei Volkov"
    assert (view.quotes, view.statements, view.first_date, view.last_date) == (4, 2, "2024-03-04", "2024-03-06")
    assert [(m.month, m.statements, m.quotes) for m in view.months] == [("2024-03", 2, 4)]
    assert [(o.value, o.count) for o in view.outlets] == [("Daily Ledger", 2), ("Northern Courier", 1), ("QG Wire", 1)]
    assert {n.value for n in view.names} == {"Sergei Volkov", "Sergey Volkov", "Volkov", "the energy minister"}
    assert [r.role for r in view.speaker.roles] == ["energy minister"]
    assert store.speaker_identity(view.speaker.id) == view
    assert [s.name for s in store.find_speakers("ilv")] == ["Marta Ilves"]
    assert store.speaker_identity("nobody at all") is None
    assert [s.name for s in store.identities(name="volk")] == ["Sergei Volkov"]


def test_statements_and_statement_reports_earliest_first(store: Store) -> None:
    store.write_results(results()[::-1])
    link_store(store, FUZZY)
    hits = store.statements(StatementQuery(speaker="Volkov"))
    assert [(h.statement.earliest_date, h.speaker, h.reports) for h in hits] == [
        ("2024-03-05", "Sergei Volkov", 2),
        ("2024-03-04", "Sergei Volkov", 2),
    ]
    assert hits[1].quotation == "Gas supplies to Norland will resume by Friday, once repairs end."
    assert store.statements(StatementQuery(since="2024-03-05", limit=5)) == hits[:1]
    assert store.statements(StatementQuery(min_reports=3)) == []
    view = store.statement(hits[1].statement.id)
    assert view is not None and view.speaker is not None and view.speaker.name == "Sergei Volkov"
    assert [(r.hit.date, r.hit.outlet, r.lang) for r in view.reports] == [
        ("2024-03-04", "QG Wire", "en"),
        ("2024-03-05", "Daily Ledger", "en"),
    ]
    assert [r.hit.attribution.speaker.name for r in view.reports] == ["Sergei Volkov", "Sergey Volkov"]
    assert store.statement("st-missing") is None


def test_exports_carry_links(store: Store, make_result: Callable[..., ExtractionResult]) -> None:
    store.write_results(results())
    link_store(store, FUZZY)
    store.write_results([make_result(9, extra_quotes=1)])  # stored, not linked yet: exported ungrouped
    out = io.StringIO()
    assert export(store, "quotebank", out) == 3 + 2
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    gas = next(r for r in records if r["quotation"].startswith("Gas") and r["quoteID"])
    assert (gas["speaker"], gas["numOccurrences"], gas["date"]) == ("Sergei Volkov", 2, "2024-03-04")
    assert [o["outlet"] for o in gas["occurrences"]] == ["QG Wire", "Daily Ledger"]
    assert gas["occurrences"][1]["quotation"] == "Gas supplies to Norland will resume by Friday once the repairs end."
    assert sum(1 for r in records if r["quoteID"] is None) == 2
    out = io.StringIO()
    assert export(store, "speakers", out) == 2
    assert {json.loads(line)["quotes"] for line in out.getvalue().splitlines()} == {4, 2}
    out = io.StringIO()
    assert export(store, "statements", out) == 3
    out = io.StringIO()
    export(store, "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert sum(1 for r in rows if r["speaker_id"].startswith("sp-") and r["statement_id"].startswith("st-")) == 6
