"""Exporting links: speaker identities, statements, and Quotebank-style records grouped by statement."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

from quotegraph.model import Speaker, Statement
from quotegraph.registry import exporters
from quotegraph.store.base import Store
from quotegraph.store.export import Output, _text_out, iter_flat
from quotegraph.store.link_records import Report

#: Statements whose reports are fetched per round trip.
PAGE = 500


def _line(handle: IO[str], record: dict[str, Any]) -> None:
    handle.write(json.dumps(record, ensure_ascii=False) + "\n")


@exporters.register("quotegraph.speakers_exporter.v1")
def export_speakers(store: Store, out: Output) -> int:
    """Write one JSON line per speaker identity (``Speaker`` fields plus ``quotes``), ordered by id."""
    records = store.speaker_records()
    with _text_out(out) as handle:
        for speaker, quotes in records:
            _line(handle, {**speaker.to_dict(), "quotes": quotes})
    return len(records)


@exporters.register("quotegraph.statements_exporter.v1")
def export_statements(store: Store, out: Output) -> int:
    """Write one JSON line per statement (``Statement`` fields, attribution ids earliest first), ordered by id."""
    n = 0
    with _text_out(out) as handle:
        for statement in store.iter_statements():
            _line(handle, statement.to_dict())
            n += 1
    return n


def _occurrence(report: Report) -> dict[str, Any]:
    a = report.hit.attribution
    return {
        "article_id": a.article_id,
        "offset": a.content.start,
        "outlet": report.hit.outlet,
        "url": report.hit.url,
        "date": report.hit.date,
        "quotation": a.content.text,
        "speaker": a.speaker.name,
        "type": a.type,
        "lang": report.lang,
    }


def statement_record(statement: Statement, reports: list[Report], speaker: Speaker | None) -> dict[str, Any]:
    """Return a statement as a Quotebank-style record: the earliest wording, the identity, every occurrence.

    Args:
        statement: The statement.
        reports: Its stored reports, earliest first.
        speaker: Its speaker identity, if linked.
    """
    occurrences = [_occurrence(r) for r in reports]
    first = occurrences[0] if occurrences else {}
    return {
        "quoteID": statement.id,
        "quotation": first.get("quotation"),
        "speaker": speaker.name if speaker else first.get("speaker"),
        "speaker_id": statement.speaker_id,
        "qids": [speaker.external_id] if speaker and speaker.external_id else [],
        "date": statement.earliest_date or first.get("date"),
        "venue": statement.venue,
        "outlets": list(statement.outlets),
        "languages": list(statement.languages),
        "numOccurrences": len(occurrences),
        "occurrences": occurrences,
    }


def _pages(store: Store) -> Iterator[list[Statement]]:
    page: list[Statement] = []
    for statement in store.iter_statements():
        page.append(statement)
        if len(page) >= PAGE:
            yield page
            page = []
    if page:
        yield page


def _unlinked(store: Store) -> list[dict[str, Any]]:
    """Quotebank records for attributions no statement holds yet (articles stored since the last linking)."""
    groups: dict[tuple[str, str | None], list[dict[str, Any]]] = {}
    for row in iter_flat(store):
        if row["statement_id"] is None:
            occurrence = {k: row[k] for k in ("article_id", "outlet", "url", "date", "speaker", "type")}
            occurrence.update(offset=row["start"], quotation=row["content"])
            groups.setdefault((row["content"], row["speaker"]), []).append(occurrence)
    records = []
    for (quotation, speaker), occurrences in sorted(groups.items(), key=lambda g: (g[0][0], g[0][1] or "")):
        occurrences.sort(key=lambda o: (o["date"] or "9999", o["article_id"], o["offset"]))
        record: dict[str, Any] = {"quoteID": None, "quotation": quotation, "speaker": speaker, "speaker_id": None}
        record.update(qids=[], date=occurrences[0]["date"], numOccurrences=len(occurrences), occurrences=occurrences)
        records.append(record)
    return records


def export_statement_quotes(store: Store, out: Output) -> int:
    """Write one Quotebank-style record per statement of a linked store, ordered by statement id.

    Each record has the statement id (``quoteID``), the earliest report's wording (``quotation``), the speaker
    identity's name, id and external ids (``qids``), the earliest date, venue, outlets and languages, and
    ``occurrences``: every report of the statement, earliest first, each with its own wording, the speaker
    as written, type and language. Attributions stored since the last linking follow, grouped as unlinked
    stores group them (same text and speaker).

    Returns:
        The number of records written.
    """
    speakers = {speaker.id: speaker for speaker, _ in store.speaker_records()}
    n = 0
    with _text_out(out) as handle:
        for page in _pages(store):
            reports = store.statement_reports(s.id for s in page)
            for statement in page:
                speaker = speakers.get(statement.speaker_id or "")
                _line(handle, statement_record(statement, reports.get(statement.id, []), speaker))
                n += 1
        for record in _unlinked(store):
            _line(handle, record)
            n += 1
    return n
