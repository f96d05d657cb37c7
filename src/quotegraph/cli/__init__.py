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
    from quotegraph.cli import evaluate, extract, info  # noqa: F401

    try:
        from quotegraph.cli import store  # noqa: F401
    except ImportError as exc:  # the store group is optional until its module exists
        if exc.name != "quotegraph.cli.store":
            raise


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; user mistakes become one line on stderr and exit status 2, never a traceback."""
    _register_commands()
    try:
        app(args=argv, standalone_mode=False)
    except QuotegraphError as exc:
        print(f"quotegraph: error: {exc}", file=sys.stderr)
        return 2
    except typer.Exit as exc:
        return int(exc.exit_code or 0)
    except typer.Abort:
        print("quotegraph: aborted", file=sys.stderr)
        return 130
    except Exception as exc:  # click usage errors carry their own formatting
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            return exc.exit_code
        raise
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
