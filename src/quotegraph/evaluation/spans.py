"""Quote-span comparison for the evaluator: trimming, overlap, word coverage and one-to-one pairing."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from quotegraph.evaluation.names import eval_words

Piece = tuple[int, int]
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Pair:
    """A gold quote paired with a predicted quote, and how well their spans agree."""

    gold: dict[str, Any]
    pred: dict[str, Any]
    exact: bool
    partial: bool


def pieces(quote: dict[str, Any]) -> list[Piece]:
    """Return the character ranges a quote covers: its ``fragments`` when given, else ``[start, end)``.

    Args:
        quote: A quote in the gold format.

    Returns:
        The ``(start, end)`` ranges, end exclusive.
    """
    fragments = quote.get("fragments") or []
    if fragments:
        return [(int(f[0]), int(f[1])) for f in fragments]
    return [(int(quote["start"]), int(quote["end"]))]


def overlap(first: Sequence[Piece], second: Sequence[Piece]) -> int:
    """Count the characters two sets of ranges share.

    Args:
        first: Ranges ``(start, end)``, end exclusive.
        second: Ranges ``(start, end)``, end exclusive.

    Returns:
        The number of shared characters (0 when they do not overlap).
    """
    return sum(
        max(0, min(a_end, b_end) - max(a_start, b_start)) for a_start, a_end in first for b_start, b_end in second
    )


def trim(text: str | None, start: int, end: int) -> Piece:
    """Trim boundary whitespace, quotation marks and ``. , ; : ! ? …`` from a span.

    Args:
        text: The document text, or None when the document has none (the span is returned as is).
        start: Span start.
        end: Span end, exclusive.

    Returns:
        The trimmed ``(start, end)``; an all-punctuation span trims to an empty span at its start.
    """
    if text is None:
        return start, end
    marks = eval_words().trim_chars
    while start < end and (text[start].isspace() or text[start] in marks):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in marks):
        end -= 1
    return start, end


def is_exact(text: str | None, gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    """Tell whether two quotes have equal spans once both are trimmed.

    Args:
        text: The document text (None compares the raw offsets).
        gold: The gold quote.
        pred: The predicted quote.

    Returns:
        True when the trimmed ``[start, end)`` of both are the same.
    """
    return trim(text, int(gold["start"]), int(gold["end"])) == trim(text, int(pred["start"]), int(pred["end"]))


def covers_half(text: str | None, gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    """Tell whether a prediction covers at least half of the gold quote's word tokens (``\\w+``).

    A gold word counts as covered when it lies wholly inside one predicted range. A gold span with no
    word token is covered by any overlap; without document text, half of the gold characters must be
    covered instead.

    Args:
        text: The document text, or None.
        gold: The gold quote.
        pred: The predicted quote.

    Returns:
        True when the prediction covers ≥ 50 % of the gold words.
    """
    gold_pieces, pred_pieces = pieces(gold), pieces(pred)
    if text is None:
        size = sum(max(0, end - start) for start, end in gold_pieces)
        return size > 0 and 2 * overlap(gold_pieces, pred_pieces) >= size
    words = [(s + m.start(), s + m.end()) for s, e in gold_pieces for m in _WORD.finditer(text[s:e])]
    if not words:
        return overlap(gold_pieces, pred_pieces) > 0
    covered = sum(1 for ws, we in words if any(ps <= ws and we <= pe for ps, pe in pred_pieces))
    return 2 * covered >= len(words)


def pair_quotes(text: str | None, gold: Sequence[dict[str, Any]], pred: Sequence[dict[str, Any]]) -> list[Pair]:
    """Pair gold and predicted quotes of one document one-to-one, greedily by largest overlap.

    Candidate pairs (any shared character) are taken in order of overlap in characters, largest
    first; ties go to the pair whose trimmed spans are equal, then to the earlier gold and predicted
    quote. Each gold and each predicted quote is used at most once, so two predictions overlapping one
    gold quote give one pair and one unpaired prediction.

    Args:
        text: The document text, or None.
        gold: The document's gold quotes.
        pred: The document's predicted quotes.

    Returns:
        The pairs, in gold order; unpaired quotes are absent.
    """
    candidates = []
    for gi, gold_quote in enumerate(gold):
        for pi, pred_quote in enumerate(pred):
            shared = overlap(pieces(gold_quote), pieces(pred_quote))
            if shared > 0:
                candidates.append((-shared, not is_exact(text, gold_quote, pred_quote), gi, pi))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    chosen: list[tuple[int, int, bool]] = []
    for _, inexact, gi, pi in sorted(candidates):
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            chosen.append((gi, pi, not inexact))
    return [
        Pair(gold[gi], pred[pi], exact, exact or covers_half(text, gold[gi], pred[pi]))
        for gi, pi, exact in sorted(chosen)
    ]
