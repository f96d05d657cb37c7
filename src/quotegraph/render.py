"""Rendering extraction results for people and programs: a terminal table, JSON lines, the gold format."""

from __future__ import annotations

import json
from collections.abc import Iterable

from rich.console import Console
from rich.table import Table

from quotegraph.model import Attribution, ExtractionResult

_QUOTE_WIDTH = 70


def _short(text: str, width: int = _QUOTE_WIDTH) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def attribution_row(attribution: Attribution) -> list[str]:
    """The table cells of one attribution: speaker, role, type, quote, venue, via, date."""
    speaker = attribution.speaker
    return [
        speaker.name or "—",
        speaker.role.value if speaker.role else "",
        attribution.type,
        _short(attribution.content.text),
        attribution.venue.value if attribution.venue else "",
        " > ".join(v.value for v in attribution.via),
        attribution.said_on.value if attribution.said_on else "",
    ]


def render_table(results: Iterable[ExtractionResult], console: Console) -> None:
    """Print one table per article to ``console``."""
    for result in results:
        title = result.article.title or result.article.id
        table = Table(title=f"{title} — {len(result.attributions)} attributions", show_lines=False)
        for column in ("speaker", "role", "type", "quote", "venue", "via", "date"):
            table.add_column(column, overflow="fold")
        for attribution in result.attributions:
            table.add_row(*attribution_row(attribution))
        console.print(table)


def render_jsonl(result: ExtractionResult) -> str:
    """One line of JSON holding the article and its full attribution records."""
    return json.dumps(result.to_dict(), ensure_ascii=False)


def render_eval(result: ExtractionResult) -> str:
    """One line in the gold format of ``docs/gold-format.md``, so any external scorer can read it."""
    from quotegraph.evaluation.gold import to_eval_record

    return json.dumps(to_eval_record(result), ensure_ascii=False)
