"""Questions about who spoke: ``Who said the war was over?`` asks for a speaker, it reports none.

Every mode had credited such a sentence to the speaker "Who". An attribution whose speaker is still a relative or
interrogative pronoun after resolution ("who", "which"), standing first in its sentence, in a sentence that ends
with a question mark, is dropped. Read from the text, not the parse, so that the fast mode's Doc (no sentences)
is read the same way.
"""

from __future__ import annotations

import re

from quotegraph.extract.candidates import Candidate, DocIndex

_SENTENCE_END = re.compile(r"[.!?\n]")
_OPENING = re.compile(r"(?:^|[.!?\n])[\W_]*$")  # a sentence's end, then only marks such as an opening quote


def asks_who(index: DocIndex, cand: Candidate) -> bool:
    """Whether an attribution is a question about its own speaker (see the module's docstring)."""
    if cand.name is None or not cand.mentions:
        return False
    pronoun = index.lang.pronouns.get(cand.name.strip().lower())
    if pronoun is None or pronoun.kind != "relative":
        return False
    start, end = min(cand.mentions)
    if not _OPENING.search(index.text, max(start - 20, 0), start):
        return False
    found = _SENTENCE_END.search(index.text, end)
    return found is not None and found.group() == "?"
