"""A hand-built parse for tests that must not depend on the parser's whims (imported by name: pytest puts this
folder on ``sys.path``)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

VOCAB = spacy.blank("en").vocab  # English lexical attributes: a dash is punctuation


def parse(spec: list[tuple[str, int, str, str, str]], spaces: list[bool] | None = None) -> Doc:
    """A Doc from (word, head, dep, pos, tag) rows; a word is followed by a space unless punctuation follows it (or
    as ``spaces`` says)."""
    words = [row[0] for row in spec]
    if spaces is None:
        spaces = [i + 1 < len(words) and words[i + 1] not in {",", ".", '"'} for i in range(len(words))]
    return Doc(
        VOCAB,
        words=words,
        spaces=spaces,
        heads=[row[1] for row in spec],
        deps=[row[2] for row in spec],
        pos=[row[3] for row in spec],
        tags=[row[4] for row in spec],
        lemmas=[row[0].lower() for row in spec],
    )
