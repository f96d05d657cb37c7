"""``quotegraph eval`` and ``quotegraph gate``: score against a gold file, and hold the scores to pinned floors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from quotegraph.cli import app
from quotegraph.evaluate import BASELINE_PATH, run_eval, run_gate
from quotegraph.extract.options import DEFAULT_CONVENTION, DEFAULT_MODE

# Extracting from a gold file: the options ``eval`` and ``gate`` share.
ModeOption = Annotated[
    str | None, typer.Option("--mode", help=f"Extraction mode: accurate, fast or rules (default: {DEFAULT_MODE}).")
]
ConventionOption = Annotated[
    str | None,
    typer.Option("--convention", help=f"Span convention: quotegraph or polnear (default: {DEFAULT_CONVENTION})."),
]


@app.command("eval")
def eval_cli(
    gold: Annotated[Path, typer.Argument(help="Gold file: JSON lines, or one JSON object or array.")],
    pred: Annotated[
        Path | None,
        typer.Option("--pred", help="Predictions in the gold format; when omitted, extract from the gold texts."),
    ] = None,
    mode: ModeOption = None,
    convention: ConventionOption = None,
    json_output: Annotated[bool, typer.Option("--json", help="Print the report as JSON instead of a table.")] = False,
) -> None:
    """Score attributions against gold: exact, partial, speaker, end-to-end, cue, role, venue, via, date."""
    report = run_eval(gold, pred, mode, convention)
    typer.echo(json.dumps(report.to_dict(), indent=2) if json_output else report.format_table())


@app.command("gate")
def gate_cli(
    gold: Annotated[Path, typer.Argument(help="Gold file to extract from and score.")],
    mode: ModeOption = None,
    convention: ConventionOption = None,
    dataset: Annotated[
        str | None,
        typer.Option("--dataset", help="The dataset's name in the baseline (default: the gold file's folder/name)."),
    ] = None,
    baseline: Annotated[
        Path,
        typer.Option(
            "--baseline", help="Baseline file of pinned floors (default: the packaged one).", show_default=False
        ),
    ] = BASELINE_PATH,
    pin: Annotated[bool, typer.Option("--pin", help="Raise the floors to these scores instead of checking.")] = False,
    allow_regression: Annotated[
        bool, typer.Option("--allow-regression", help="With --pin, let a floor go down.")
    ] = False,
    margin: Annotated[
        float | None,
        typer.Option("--margin", help="With --pin, how far under each score its floor goes (default: as stored)."),
    ] = None,
) -> None:
    """Extract from a gold file and check the scores against the floors pinned for it; exit 1 below a floor."""
    result = run_gate(gold, mode, convention, dataset, baseline, pin, allow_regression, margin)
    typer.echo(result.report.format_table())
    if result.floors is not None:
        pinned = ", ".join(f"{name} {value:.3f}" for name, value in sorted(result.floors.items()))
        typer.echo(f"pinned {result.key}: {pinned}")
    elif result.violations:
        for violation in result.violations:
            typer.echo(f"below the floor: {violation}", err=True)
        raise typer.Exit(1)
    else:
        typer.echo(f"gate passed: {result.key}")
