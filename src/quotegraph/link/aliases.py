"""Alias files: user-pinned speaker identities (canonical name, aliases, external id such as a Wikidata QID)."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from quotegraph.link.names import NameForm, parse_org, parse_person

_SPLIT = re.compile(r"\s*[|;]\s*")


@dataclass(frozen=True)
class AliasEntry:
    """One pinned identity.

    Attributes:
        name: The canonical name; every alias is linked as if it were this name.
        aliases: Other names for the same speaker ("Bibi", "W. J. Clinton", "Sergueï Volkov").
        external_id: An id in another system (a Wikidata QID such as ``Q193236``), or ``None``.
        kind: ``person`` or ``organisation``.
    """

    name: str
    aliases: tuple[str, ...] = ()
    external_id: str | None = None
    kind: str = "person"

    def form(self) -> NameForm:
        """The canonical name parsed as this entry's kind."""
        return parse_org(self.name) if self.kind == "organisation" else parse_person(self.name)


class AliasTable:
    """Looks up the pinned identity, if any, of a speaker name (compared by transliteration skeleton)."""

    def __init__(self, entries: Iterable[AliasEntry] = ()) -> None:
        self.entries = tuple(entries)
        self._by_keys: dict[tuple[str, tuple[str, ...]], AliasEntry] = {}
        self._by_canonical: dict[tuple[str, tuple[str, ...]], AliasEntry] = {}
        for entry in self.entries:
            parse = parse_org if entry.kind == "organisation" else parse_person
            self._by_canonical[(entry.kind, entry.form().keys)] = entry
            for name in (entry.name, *entry.aliases):
                keys = parse(name).keys
                if keys:
                    self._by_keys[(entry.kind, keys)] = entry

    def __len__(self) -> int:
        return len(self.entries)

    def lookup(self, kind: str, form: NameForm) -> AliasEntry | None:
        """Return the entry that pins a parsed name, or ``None``.

        Args:
            kind: ``person`` or ``organisation``.
            form: The parsed name.
        """
        return self._by_keys.get((kind, form.keys)) if form.keys else None

    def canonical(self, kind: str, keys: tuple[str, ...]) -> AliasEntry | None:
        """Return the entry whose canonical name has these keys (to attach its external id), or ``None``."""
        return self._by_canonical.get((kind, keys))


def _entry(name: str, aliases: Iterable[str], external_id: str | None, kind: str | None) -> AliasEntry:
    kind = (kind or "person").strip().lower()
    if kind in ("org", "organization"):
        kind = "organisation"
    if kind not in ("person", "organisation"):
        raise ValueError(f"alias entry {name!r}: kind must be person or organisation, not {kind!r}")
    clean = tuple(a.strip() for a in aliases if a and a.strip())
    return AliasEntry(name.strip(), clean, (external_id or "").strip() or None, kind)


def _read_csv(text: str) -> list[AliasEntry]:
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return [
        _entry(row["name"], _SPLIT.split(row.get("aliases") or ""), row.get("external_id"), row.get("kind"))
        for row in rows
        if (row.get("name") or "").strip()
    ]


def _read_json(text: str) -> list[AliasEntry]:
    data = json.loads(text)
    items = data.get("speakers", []) if isinstance(data, dict) else data
    return [_entry(item["name"], item.get("aliases", ()), item.get("external_id"), item.get("kind")) for item in items]


def load_aliases(path: str | None) -> AliasTable:
    """Read an alias file.

    CSV: a header ``name,aliases,external_id,kind`` (aliases separated by ``|`` or ``;``; ``kind`` optional,
    ``person`` by default). JSON: a list (or ``{"speakers": [...]}``) of objects with the same keys,
    ``aliases`` a list.

    Args:
        path: The file, or ``None`` for no aliases.

    Returns:
        The alias table (empty for ``None``).

    Raises:
        ValueError: If an entry's kind is neither person nor organisation, or the suffix is not .csv/.json.
        FileNotFoundError: If the file does not exist.
    """
    if path is None:
        return AliasTable()
    file = Path(path)
    text = file.read_text(encoding="utf-8")
    if file.suffix.lower() == ".csv":
        return AliasTable(_read_csv(text))
    if file.suffix.lower() == ".json":
        return AliasTable(_read_json(text))
    raise ValueError(f"alias file must be .csv or .json: {path}")
