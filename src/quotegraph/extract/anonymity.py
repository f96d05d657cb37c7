"""Requests for anonymity: ``The aide, who asked not to be named, said A`` reports A, not "not to be named".

Every mode had reported the phrase that asks for a source's name to be withheld ("asked *not to be named because
she was not authorized to speak*", "requested *anonymity to discuss a private conversation*") as its subject's
statement, and so "declining to give her name". An attribution whose content follows a verb of asking or declining
(``withholding_verb`` in the language's cue phrases) and opens, from the word after that verb, with such a phrase
(``withheld_name``) is dropped. Read from the text, so that fast mode (whose cue may take the "not": "asked not",
or be another verb) reads it the same way. In the project's convention only: PolNeAR's annotators mark such a
phrase as content (6 of the 9 on train), so the ``polnear`` convention keeps it.
"""

from __future__ import annotations

import re

from quotegraph.extract.candidates import Candidate, DocIndex

_WORDS_BEFORE = re.compile(r"(\S+)\s+(?:(not|that)\s+)?$", re.IGNORECASE)
_REACH = 40  # characters before a content in which its verb is looked for


def withholds_name(index: DocIndex, cand: Candidate) -> bool:
    """Whether an attribution only asks that its speaker's name be withheld (see the module's docstring): the word
    before its content (past a "not" or "that", which the phrase may begin with) is a verb of asking or declining,
    whatever cue a tagger linked it to ("a witness told Reuters, declining to give her name")."""
    lang, (start, end) = index.lang, cand.content
    before = _WORDS_BEFORE.search(index.text, max(0, start - _REACH), start)
    if before is None or before.group(1).lower() not in lang.withholding_verbs:
        return False
    words = index.text[before.start(2) if before.group(2) else start : end].lower()
    return words.removeprefix("that ").lstrip().startswith(lang.withheld_names)
