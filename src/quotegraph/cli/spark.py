"""``quotegraph spark-extract``: extract on Apache Spark from files to files, no store (wraps ``run.spark``)."""

from __future__ import annotations

from typing import Annotated

import typer

from quotegraph.cli import app
from quotegraph.cli.store_options import ColumnOpt, LangOpt
from quotegraph.extract.options import DEFAULT_CONVENTION, DEFAULT_MODE, ExtractOptions
from quotegraph.read import ReadOptions

#: The column options, as ``ReadOptions`` names them.
_COLUMNS = ("text_col", "id_col", "title_col", "url_col", "outlet_col", "date_col", "lang_col", "lang")


@app.command("spark-extract")
def spark_extract_cli(
    sources: Annotated[list[str], typer.Argument(help="JSON Lines or Parquet files or directories, as Spark reads.")],
    output: Annotated[
        str, typer.Option("--output", help="Directory to create: results/ (every row) and attributions/.")
    ],
    master: Annotated[
        str | None, typer.Option("--master", help="Spark master URL: local[4], spark://host:7077, yarn.")
    ] = None,
    input_format: Annotated[str, typer.Option("--input-format", help="jsonl or parquet.")] = "jsonl",
    output_format: Annotated[str, typer.Option("--output-format", help="parquet or jsonl.")] = "parquet",
    mode: Annotated[str, typer.Option("--mode", help="accurate (learned + rules), fast, or rules.")] = DEFAULT_MODE,
    convention: Annotated[
        str, typer.Option("--convention", help="Span convention: quotegraph or polnear.")
    ] = DEFAULT_CONVENTION,
    text_col: ColumnOpt = None,
    id_col: ColumnOpt = None,
    title_col: ColumnOpt = None,
    url_col: ColumnOpt = None,
    outlet_col: ColumnOpt = None,
    date_col: ColumnOpt = None,
    lang_col: ColumnOpt = None,
    lang: LangOpt = None,
) -> None:
    """Extract on Apache Spark from files to files, with no store: every input row's record or reject in
    results/, one row per attribution in attributions/ (needs quotegraph with its 'spark' extra on every node)."""
    from quotegraph.run.spark import extract_files

    given = locals()
    read = ReadOptions(**{f: given[f] for f in _COLUMNS if given[f] is not None})
    summary = extract_files(
        sources,
        output,
        master=master,
        input_format=input_format,
        output_format=output_format,
        extract=ExtractOptions(mode=mode, convention=convention),
        read=read,
    )
    typer.echo(str(summary))
    if summary.rejected and not summary.extracted:
        raise typer.Exit(1)
