"""Word-level wording differences between two reports of one statement; pure, no I/O."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from quotegraph.web.schemas import DiffPart

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")


def tokens(text: str) -> list[str]:
    """Split text into words, runs of space and single punctuation marks (joined, they give the text back)."""
    return _TOKEN.findall(text)


def word_diff(base: str, other: str) -> list[DiffPart]:
    """Return ``other`` as runs kept from ``base``, added to it, or left out of it.

    Args:
        base: The earliest report's wording.
        other: A later report's wording.

    Returns:
        Runs in reading order; joining the ``same`` and ``add`` runs gives ``other`` back, joining ``same``
        and ``del`` gives ``base``.
    """
    a, b = tokens(base), tokens(other)
    parts: list[DiffPart] = []

    def _add(op: str, text: str) -> None:
        if not text:
            return
        if parts and parts[-1].op == op:
            parts[-1] = DiffPart(op=parts[-1].op, text=parts[-1].text + text)
        else:
            parts.append(DiffPart(op=op, text=text))  # type: ignore[arg-type]

    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            _add("same", "".join(a[i1:i2]))
        else:
            _add("del", "".join(a[i1:i2]))
            _add("add", "".join(b[j1:j2]))
    return parts
