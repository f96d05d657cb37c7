"""The ``quotegraph`` command line: one module per command group, each a thin layer over the Python API."""

from __future__ import annotations

import sys

import typer

from quotegraph.errors import QuotegraphError

app = typer.Typer(
    name="quotegraph",
    help="Who said what, in what role, where, when, through whom: quote attribution for news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _register_commands() -> None:
    # Imported for their side effect of adding commands to ``app``.
    from quotegraph.cli import evaluate, extract, info, spark  # noqa: F401

    try:
        from quotegraph.cli import store  # noqa: F401
    except ModuleNotFoundError as exc:  # the store group is optional until its module exists
        if exc.name not in {"quotegraph.cli.store", "quotegraph.cli"}:
            raise
    from quotegraph.cli import serve  # noqa: F401


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; user mistakes become one line on stderr and a non-zero exit, never a traceback."""
    _register_commands()
    try:
        app(args=argv, standalone_mode=True)
    except QuotegraphError as exc:
        print(f"quotegraph: error: {exc}", file=sys.stderr)
        return 2
    except SystemExit as exc:  # click's own exit, including usage errors (status 2)
        code = exc.code
        return code if isinstance(code, int) else (0 if code is None else 1)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
