"""Helpers shared by the learned-stage tests (imported by name: pytest puts this folder on ``sys.path``)."""

from __future__ import annotations

import spacy

from quotegraph.extract.candidates import DocIndex
from quotegraph.extract.language import load_language


def blank_index(text: str) -> DocIndex:
    """A ``DocIndex`` over a tokenized-only Doc (no parse), as the fast and convention code sees plain text."""
    return DocIndex(spacy.blank("en")(text), load_language("en"))
