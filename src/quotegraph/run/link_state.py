"""The linking state a store keeps: settings (with the alias file's text), the packed ``LinkIndex``, link rows.

The index is saved with ``LinkIndex.save`` (JSON and NumPy arrays, no pickle); the JSON is gzipped and both
files go into the store's ``link_state`` row. The alias file's text is kept in the settings, so the pins
stay with the store even when the file moves; loading writes it to a temporary file for ``LinkIndex``.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import catalogue

from quotegraph.errors import QuotegraphError
from quotegraph.link import LinkIndex, LinkOptions, load_aliases
from quotegraph.link.persist import load_index, save_index
from quotegraph.registry import linkers
from quotegraph.run.link_settings import LinkSettings
from quotegraph.store.link_records import LinkRows, LinkState

#: Version of the settings layout.
SETTINGS_VERSION = 1
#: The settings that, when changed, make the saved index unusable (the store is linked again).
FINGERPRINT = ("linker", "window_days", "encoder", "alias_sha256")
_INDEX, _ARRAYS = "index.json", "arrays.npz"


def linker_name(name: str) -> str:
    """Return the registry name of a linker given in full or short (``fuzzy`` -> ``quotegraph.fuzzy_linker.v1``).

    Raises:
        QuotegraphError: If no linker is registered under that name.
    """
    full = name if "." in name else f"quotegraph.{name}_linker.v1"
    try:
        linkers.get(full)
    except catalogue.RegistryError as exc:
        known = ", ".join(sorted(linkers.get_all()))
        raise QuotegraphError(f"unknown linker {name!r}: use one of {known}") from exc
    return full


def _alias(path: str) -> dict[str, Any] | None:
    """Read an alias file into the settings (checked by parsing it); ``""`` means no alias file."""
    if path == "":
        return None
    file = Path(path)
    try:
        load_aliases(str(file))
        text = file.read_text(encoding="utf-8")
    except (OSError, ValueError, KeyError) as exc:
        raise QuotegraphError(f"bad alias file {path}: {exc}") from exc
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return {"name": str(file), "suffix": file.suffix.lower(), "text": text, "sha256": digest}


def resolve_settings(saved: dict[str, Any] | None, given: LinkSettings) -> dict[str, Any]:
    """Return the settings to link with: the saved ones, with what was given replacing them.

    Args:
        saved: The settings of the store's saved state, or None.
        given: What the caller asked for; None fields keep the saved value (or the default).

    Returns:
        JSON-ready settings: ``linker``, ``window_days``, ``encoder``, ``alias`` (or None), ``alias_sha256``.
    """
    defaults = LinkOptions()
    settings: dict[str, Any] = {
        "linker": defaults.linker,
        "window_days": defaults.window_days,
        "encoder": defaults.encoder,
        "alias": None,
    }
    settings.update({k: v for k, v in (saved or {}).items() if k in settings})
    if given.linker is not None:
        settings["linker"] = linker_name(given.linker)
    if given.window_days is not None:
        settings["window_days"] = given.window_days
    if given.alias_file is not None:
        settings["alias"] = _alias(given.alias_file)
    settings["alias_sha256"] = (settings["alias"] or {}).get("sha256")
    settings["version"] = SETTINGS_VERSION
    linker_name(settings["linker"])
    return settings


def same_links(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two settings give the same links (so an index saved under one serves the other)."""
    return all(a.get(k) == b.get(k) for k in FINGERPRINT)


@contextmanager
def link_options(settings: dict[str, Any]) -> Iterator[LinkOptions]:
    """Yield the ``LinkOptions`` of some settings; the alias file exists (in a temporary folder) meanwhile."""
    options = LinkOptions(linker=settings["linker"], window_days=settings["window_days"], encoder=settings["encoder"])
    alias = settings.get("alias")
    if not alias:
        yield options
        return
    with tempfile.TemporaryDirectory(prefix="quotegraph-aliases-") as folder:
        path = Path(folder) / f"aliases{alias['suffix']}"
        path.write_text(alias["text"], encoding="utf-8")
        yield replace(options, alias_file=str(path))


def new_index(settings: dict[str, Any]) -> LinkIndex:
    """Return an empty index for these settings."""
    with link_options(settings) as options:
        return LinkIndex(options)


def pack(index: LinkIndex, settings: dict[str, Any]) -> LinkState:
    """Return the state to save for an index: its ``index.json`` gzipped and its ``arrays.npz``."""
    with tempfile.TemporaryDirectory(prefix="quotegraph-link-") as folder:
        save_index(index, folder)
        data = (Path(folder) / _INDEX).read_bytes()
        arrays = (Path(folder) / _ARRAYS).read_bytes()
    articles = len(index.contexts)
    return LinkState(settings, gzip.compress(data, compresslevel=6, mtime=0), arrays, articles)


def unpack(state: LinkState, settings: dict[str, Any]) -> LinkIndex | None:
    """Return the index a state holds, or None when it cannot be read (another format): link again then."""
    if not state.index:
        return None
    try:
        data = json.loads(gzip.decompress(state.index))
        with tempfile.TemporaryDirectory(prefix="quotegraph-link-") as folder, link_options(settings) as options:
            data["options"]["alias_file"] = options.alias_file
            (Path(folder) / _INDEX).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            (Path(folder) / _ARRAYS).write_bytes(state.arrays)
            return load_index(folder)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def link_rows(index: LinkIndex, speakers: set[str], statements: set[str]) -> LinkRows:
    """Return the rows that bring the link tables up to date after these speakers and statements changed."""
    present = {s for s in speakers if s in index.speakers}
    speaker_of = sorted((a, s) for a, s in index.speaker_of.items() if s in present) if present else []
    return LinkRows(
        speakers=tuple(index.speakers[s] for s in sorted(present)),
        speaker_of=tuple(speaker_of),
        statements=tuple(index.statements[s] for s in sorted(statements) if s in index.statements),
        drop_speakers=tuple(sorted(speakers - present)),
        drop_statements=tuple(sorted(s for s in statements if s not in index.statements)),
    )


def full_rows(index: LinkIndex) -> LinkRows:
    """Return every link row of an index, to replace all stored links."""
    rows = link_rows(index, set(index.speakers), set(index.statements))
    return replace(rows, full=True)
