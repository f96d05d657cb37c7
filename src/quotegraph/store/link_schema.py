"""The ``0002_links`` migration: speaker identities, statements, and the linking state, for both backends.

Tables (same columns and meaning on SQLite and PostgreSQL):

- ``speakers``: one row per speaker identity (``sp-`` id), with aliases and role history as JSON and the
  number of attributions credited to it (``quotes``).
- ``speaker_of``: attribution id -> speaker id, one row per linked attribution.
- ``statements``: one row per statement (``st-`` id): its earliest report, venue, outlets and languages.
- ``statement_of``: attribution id -> statement id, and the report's place in the statement (earliest first).
- ``link_pending``: articles written (by ``write_results``) since the saved linking state last included them.
- ``link_state``: one row, the saved ``LinkIndex`` (gzipped JSON and a NumPy archive), the settings it was
  built with, and ``tables_ahead``: whether the link tables hold changes made after that save.

Attribution ids are not foreign keys: an article written again replaces its attribution rows, and the
linking step that follows rewrites their links (see ``run.linking``).
"""

from __future__ import annotations


def _links(text: str, count: str, key: str) -> tuple[str, ...]:
    """The statements creating the speaker and statement tables."""
    return (
        f"""CREATE TABLE speakers (
            id {key} PRIMARY KEY,
            name {text} NOT NULL,
            name_key {key} NOT NULL,
            kind {text} NOT NULL,
            aliases {text} NOT NULL DEFAULT '[]',
            roles {text} NOT NULL DEFAULT '[]',
            external_id {text},
            quotes {count} NOT NULL DEFAULT 0
        )""",
        "CREATE INDEX speakers_quotes ON speakers (quotes DESC, id)",
        "CREATE INDEX speakers_name_key ON speakers (name_key)",
        "CREATE INDEX speakers_external_id ON speakers (external_id)",
        f"CREATE TABLE speaker_of (attribution_id {key} PRIMARY KEY, speaker_id {key} NOT NULL)",
        "CREATE INDEX speaker_of_speaker ON speaker_of (speaker_id)",
        f"""CREATE TABLE statements (
            id {key} PRIMARY KEY,
            speaker_id {key},
            earliest_attribution_id {key},
            earliest_date {key},
            venue {text},
            outlets {text} NOT NULL DEFAULT '[]',
            languages {text} NOT NULL DEFAULT '[]',
            reports {count} NOT NULL DEFAULT 0
        )""",
        "CREATE INDEX statements_speaker ON statements (speaker_id, earliest_date)",
        "CREATE INDEX statements_date ON statements (earliest_date)",
        f"""CREATE TABLE statement_of (
            attribution_id {key} PRIMARY KEY,
            statement_id {key} NOT NULL,
            seq {count} NOT NULL
        )""",
        "CREATE INDEX statement_of_statement ON statement_of (statement_id)",
    )


def _state(text: str, blob: str, count: str, key: str) -> tuple[str, ...]:
    """The statements creating the linking state tables."""
    return (
        f"CREATE TABLE link_pending (article_id {key} PRIMARY KEY)",
        f"""CREATE TABLE link_state (
            name {key} PRIMARY KEY,
            settings {text} NOT NULL,
            state {blob},
            arrays {blob},
            articles {count} NOT NULL DEFAULT 0,
            tables_ahead {count} NOT NULL DEFAULT 0,
            saved_at {text}
        )""",
    )


def _statements(text: str, blob: str, count: str, collate: str) -> tuple[str, ...]:
    """The migration's statements with the backend's text, blob and count types and id collation."""
    key = f"TEXT{collate}"
    return (*_links(text, count, key), *_state(text, blob, count, key))


#: ``0002_links`` on SQLite.
SQLITE_LINKS = _statements("TEXT", "BLOB", "INTEGER", "")
#: ``0002_links`` on PostgreSQL (ids in the "C" collation, so they sort in byte order as in SQLite).
POSTGRES_LINKS = _statements("TEXT", "BYTEA", "BIGINT", ' COLLATE "C"')
