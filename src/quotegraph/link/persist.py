"""Saving and loading a ``LinkIndex``: a folder with ``index.json`` and ``arrays.npz`` (no pickle anywhere)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

from quotegraph.link.index import LinkIndex
from quotegraph.link.mentions import build_mentions, raw_family
from quotegraph.link.neardup import NearDupIndex
from quotegraph.link.options import LinkOptions
from quotegraph.link.records import LinkRecord
from quotegraph.link.speakers import speaker_id
from quotegraph.link.texts import text_features
from quotegraph.model import Statement

#: Version of the saved layout; ``load_index`` refuses other major versions.
FORMAT_VERSION = "1.0"
_JSON = "index.json"
_ARRAYS = "arrays.npz"


def save_index(index: LinkIndex, path: str | Path) -> Path:
    """Write an index to a folder (created if needed): JSON for records and links, NumPy arrays for vectors.

    Args:
        index: The index.
        path: The folder.

    Returns:
        The folder.
    """
    folder = Path(path)
    folder.mkdir(parents=True, exist_ok=True)
    state: dict[str, Any] = {
        "format_version": FORMAT_VERSION,
        "options": index.options.to_dict(),
        "with_statements": index.with_statements,
        "records": [index.records[i].to_dict() for i in sorted(index.records)],
        "contexts": {k: list(v) for k, v in sorted(index.contexts.items())},
        "partners": sorted([a, b] for a, others in index.partners.items() for b in others if a < b),
        "identities": dict(sorted(index.identity_of.items())),
        "statements": [index.statements[i].to_dict() for i in sorted(index.statements)],
        "edges": sorted([a, b, v] for a, others in index.blocks.edges.items() for b, v in others.items() if a < b),
    }
    (folder / _JSON).write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")
    arrays: dict[str, np.ndarray] = {}
    if index.neardup is not None:
        ids, signatures = index.neardup.export()
        arrays.update(signature_ids=np.array(ids, dtype=str), signatures=signatures)
    if index.vectors is not None:
        keys, vectors = index.vectors.export()
        arrays.update(vector_keys=np.array(keys, dtype=str), vectors=vectors)
    np.savez_compressed(folder / _ARRAYS, allow_pickle=False, **arrays)
    return folder


def _statement(data: dict[str, Any]) -> Statement:
    return Statement(
        id=data["id"],
        speaker_id=data["speaker_id"],
        attribution_ids=tuple(data["attribution_ids"]),
        earliest_attribution_id=data["earliest_attribution_id"],
        earliest_date=data["earliest_date"],
        venue=data["venue"],
        outlets=tuple(data["outlets"]),
        languages=tuple(data["languages"]),
    )


def _restore_links(index: LinkIndex, state: dict[str, Any]) -> None:
    """Rebuild mentions, families, identities and speakers from saved records and identity choices."""
    mentions = build_mentions(index.records.values(), index.method, index.aliases)
    for mention in mentions:
        index.mentions[mention.key] = mention
        index.mention_of.update((a, mention.key) for a in mention.attribution_ids)
        family = raw_family(mention, index.method)
        if family is not None:
            index.family_members[family].add(mention.key)
    raw = {m.key: raw_family(m, index.method) for m in mentions}
    index._join_families(sorted(mentions, key=lambda m: m.key), raw)
    for key, identity in state["identities"].items():
        index.identity_of[key] = identity
        index.identity_members[identity].add(key)
        index.speaker_of.update((a, speaker_id(identity)) for a in index.mentions[key].attribution_ids)
    for identity in sorted(index.identity_members):
        index._rebuild_speaker(identity)
    if index.with_statements:
        for record_id in sorted(index.records):
            index.blocks.place(index.records[record_id], index._block_of(record_id))
    for a, b, value in state["edges"]:
        index.blocks.edges[a][b] = index.blocks.edges[b][a] = float(value)
    for data in state["statements"]:
        statement = _statement(data)
        index.statements[statement.id] = statement
        index.statement_of.update((a, statement.id) for a in statement.attribution_ids)
    index.blocks.take_touched()


def load_index(path: str | Path) -> LinkIndex:
    """Read an index written by ``save_index``; adding articles to it continues where it left off.

    Args:
        path: The folder.

    Returns:
        The index, equal in its links to the one saved.

    Raises:
        ValueError: If the folder was written by an incompatible version.
    """
    folder = Path(path)
    state = json.loads((folder / _JSON).read_text(encoding="utf-8"))
    version = str(state.get("format_version", ""))
    if version.split(".")[0] != FORMAT_VERSION.split(".")[0]:
        raise ValueError(f"unsupported link index format {version!r} (this is {FORMAT_VERSION})")
    index = LinkIndex(LinkOptions.from_dict(state["options"]), statements=bool(state["with_statements"]))
    for data in state["records"]:
        record = LinkRecord.from_dict(data)
        index.records[record.id] = record
        index.article_records.setdefault(record.article_id, []).append(record.id)
        index.by_text[text_features(record.text).key].add(record.id)
    index.contexts.update((k, tuple(v)) for k, v in state["contexts"].items())
    for a, b in state["partners"]:
        index.partners[a].add(b)
        index.partners[b].add(a)
    with np.load(folder / _ARRAYS, allow_pickle=False) as arrays:
        if index.neardup is not None and "signatures" in arrays.files:
            index.neardup = NearDupIndex.from_export(arrays["signature_ids"].tolist(), arrays["signatures"])
        if index.vectors is not None and "vectors" in arrays.files:
            index.vectors.load(arrays["vector_keys"].tolist(), arrays["vectors"])
    _restore_links(index, state)
    return index
