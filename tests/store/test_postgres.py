"""What is particular to the PostgreSQL store: its tsvector/tsquery literals and URL redaction (no server)."""

from __future__ import annotations

import pytest

pytest.importorskip("psycopg")

from quotegraph.store.postgres import redact, tsquery_literal, tsvector_literal


def test_tsvector_literal_uses_the_shared_words_and_pairs() -> None:
    assert tsvector_literal("It's 3.5 — it is!") == (
        "'it':1,5 's':2 'it s':2 '3':3 's 3':3 '5':4 '3 5':4 '5 it':5 'is':6 'it is':6"
    )


def test_tsvector_literal_caps_long_words() -> None:
    assert tsvector_literal("a" * 3000 + " b") == "'b':1"


def test_tsquery_literal_joins_phrases() -> None:
    assert tsquery_literal([("prime", "minister"), ("tax",)]) == "('prime minister') & ('tax')"
    assert tsquery_literal([("a", "b", "c")]) == "('a b' & 'b c' & 'a' <-> 'b' <-> 'c')"


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql://u:secret@h:5432/db", "postgresql://u:***@h:5432/db"),
        ("postgresql://postgres@127.0.0.1/db", "postgresql://postgres@127.0.0.1/db"),
    ],
)
def test_redact_hides_passwords(url: str, shown: str) -> None:
    assert redact(url) == shown
