"""Reading gold and prediction files, and writing our extraction results in the gold format."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from quotegraph.errors import QuotegraphError
from quotegraph.model import Attribution, ExtractionResult


def _parse(path: Path, raw: str) -> list[Any]:
    """Parse a whole JSON document (object or array) or, failing that, JSON lines."""
    try:
        whole = json.loads(raw)
    except json.JSONDecodeError as exc:
        lines = raw.splitlines()
        first = next((i for i, line in enumerate(lines) if line.strip()), 0)
        try:
            json.loads(lines[first] if lines else "")
        except json.JSONDecodeError:  # not JSON lines either: report the whole-document error
            raise QuotegraphError(f"{path}:{exc.lineno}: malformed JSON: {exc.msg}") from exc
        return _parse_lines(path, lines)
    return whole if isinstance(whole, list) else [whole]


def _parse_lines(path: Path, lines: list[str]) -> list[Any]:
    """Parse one JSON value per non-blank line, naming the line of the first that does not parse."""
    records = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise QuotegraphError(f"{path}:{number}: malformed JSON: {exc.msg}") from exc
    return records


def _check_doc(path: Path, position: int, doc: Any) -> dict[str, Any]:
    """Check the shape one document needs to be scored, and return it."""
    where = f"{path}: document {position}"
    if not isinstance(doc, dict) or "id" not in doc:
        raise QuotegraphError(f"{where}: expected a JSON object with an 'id'")
    quotes = doc.setdefault("quotes", [])
    if not isinstance(quotes, list):
        raise QuotegraphError(f"{where} ({doc['id']!r}): 'quotes' must be a list")
    for quote in quotes:
        if not isinstance(quote, dict) or not all(isinstance(quote.get(k), int) for k in ("start", "end")):
            raise QuotegraphError(f"{where} ({doc['id']!r}): every quote needs integer 'start' and 'end'")
    return doc


def _sibling_text(path: Path) -> str | None:
    """Return the text of ``<name>.txt`` beside ``<name>.gold.json`` (or ``<name>.json``), if present."""
    name = path.name
    for suffix in (".gold.jsonl", ".gold.json", ".jsonl", ".json"):
        if name.endswith(suffix):
            sibling = path.with_name(name[: -len(suffix)] + ".txt")
            return sibling.read_text(encoding="utf-8") if sibling.is_file() else None
    return None


def _read_json(path: Path) -> list[Any]:
    """Read a file as JSON lines or as one JSON object or array."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QuotegraphError(f"cannot read {path}: {exc}") from exc
    return _parse(path, raw)


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Read a gold (or prediction) file in the format of ``docs/gold-format.md``.

    The file is JSON lines (one document per line), or one JSON object, or a JSON array of objects.
    A single document without ``text`` (such as the seed gold) takes its text from ``<name>.txt``
    beside ``<name>.gold.json`` when that file exists.

    Args:
        path: The file to read.

    Returns:
        The documents, each a dict with at least ``id`` and ``quotes``.

    Raises:
        QuotegraphError: When the file cannot be read, a line is not valid JSON (the message gives
            ``path:line``), or a document lacks an ``id`` or has malformed quotes.
    """
    path = Path(path)
    docs = [_check_doc(path, i, doc) for i, doc in enumerate(_read_json(path), start=1)]
    if len(docs) == 1 and "text" not in docs[0]:
        text = _sibling_text(path)
        if text is not None:
            docs[0]["text"] = text
    return docs


def _from_extraction(path: Path, record: Any) -> Any:
    """Convert an ``ExtractionResult`` record into the gold format; pass anything else through."""
    if not (isinstance(record, dict) and "article" in record and "schema_version" in record):
        return record
    try:
        return to_eval_record(ExtractionResult.from_dict(record))
    except (KeyError, TypeError, ValueError) as exc:
        raise QuotegraphError(f"{path}: malformed extraction record: {exc}") from exc


def load_predictions(path: str | Path) -> list[dict[str, Any]]:
    """Read predictions: the gold format, or our own extraction output (``ExtractionResult`` lines).

    Args:
        path: The file to read.

    Returns:
        The documents in the gold format.

    Raises:
        QuotegraphError: As :func:`load_gold`, or when an extraction record does not parse.
    """
    path = Path(path)
    records = [_from_extraction(path, record) for record in _read_json(path)]
    return [_check_doc(path, i, doc) for i, doc in enumerate(records, start=1)]


def _quote_record(attribution: Attribution) -> dict[str, Any]:
    """Convert one attribution into a quote of the gold format."""
    speaker = attribution.speaker
    record: dict[str, Any] = {
        "start": attribution.content.start,
        "end": attribution.content.end,
        "type": attribution.type,
        "speaker": speaker.name,
        "speaker_kind": speaker.kind,
        "speaker_spans": [[m.start, m.end] for m in speaker.mentions],
        "cue": [attribution.cue.start, attribution.cue.end] if attribution.cue else None,
        "speaker_role": speaker.role.value if speaker.role else None,
        "venue": attribution.venue.value if attribution.venue else None,
        "via": attribution.via[0].value if attribution.via else None,
        "said_on": attribution.said_on.value if attribution.said_on else None,
        "confidence": round(attribution.confidence, 3),
    }
    if attribution.fragments:
        record["fragments"] = [[f.start, f.end] for f in attribution.fragments]
    return record


def to_eval_record(result: ExtractionResult) -> dict[str, Any]:
    """Convert an extraction result into a document of the gold format, so it can be scored.

    ``speaker`` is the speaker's canonical name and ``speaker_spans`` its mentions; ``speaker_kind``
    (an extra key) lets the scorer match anonymous sources against a null gold speaker. ``via`` is the
    outermost intermediary (``Attribution.via`` is ordered outermost first) since the gold holds one
    string. ``fragments`` appears only for discontinuous quotes.

    Args:
        result: One article and its attributions.

    Returns:
        ``{"id", "lang", "text", "published", "quotes": [...]}``.
    """
    article = result.article
    return {
        "id": article.id,
        "lang": article.lang,
        "text": article.text,
        "published": article.published,
        "quotes": [_quote_record(a) for a in result.attributions],
    }
