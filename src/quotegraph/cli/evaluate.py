"""``quotegraph eval``: score predictions, or a fresh extraction, against a gold file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from quotegraph.cli import app
from quotegraph.evaluate import run_eval
from quotegraph.extract.options import DEFAULT_MODE


@app.command("eval")
def eval_cli(
    gold: Annotated[Path, typer.Argument(help="Gold file: JSON lines, or one JSON object or array.")],
    pred: Annotated[
        Path | None,
        typer.Option("--pred", help="Predictions in the gold format; when omitted, extract from the gold texts."),
    ] = None,
    mode: Annotated[
        str | None, typer.Option("--mode", help=f"Extraction mode: accurate, fast or rules (default: {DEFAULT_MODE}).")
    ] = None,
    convention: Annotated[
        str | None,
        typer.Option("--convention", help="Span convention: quotegraph or polnear (default: quotegraph)."),
    ] = None,
    json_output: Annotated[bool, typer.Option("--json", help="Print the report as JSON instead of a table.")] = False,
) -> None:
    """Score attributions against gold: exact, partial, speaker, end-to-end, cue, role, venue, via, date."""
    report = run_eval(gold, pred, mode, convention)
    typer.echo(json.dumps(report.to_dict(), indent=2) if json_output else report.format_table())
