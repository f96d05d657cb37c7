"""Requests for anonymity: ``The aide, who asked not to be named, said A`` reports A, not "not to be named".

Every mode had reported the phrase that asks for a source's name to be withheld ("asked *not to be named because
she was not authorized to speak*", "requested *anonymity to discuss a private conversation*") as its subject's
statement. An attribution whose cue is a verb of asking (``withholding_verb`` in the language's cue phrases) and
whose content, from the word after that verb, opens with such a phrase (``withheld_name``) is dropped. Read from
the text, so that fast mode (whose cue may take the "not": "asked not") reads it the same way.
"""

from __future__ import annotations

import re

from quotegraph.extract.candidates import Candidate, DocIndex

_FIRST_WORD = re.compile(r"\s*(\S+)\s+(?:that\s+)?", re.IGNORECASE)


def withholds_name(index: DocIndex, cand: Candidate) -> bool:
    """Whether an attribution only asks that its speaker's name be withheld (see the module's docstring)."""
    if cand.cue is None or cand.cue[0] >= cand.content[1]:
        return False
    lang = index.lang
    words = index.text[cand.cue[0] : cand.content[1]]
    verb = _FIRST_WORD.match(words)
    if verb is None or verb.group(1).lower() not in lang.withholding_verbs:
        return False
    return words[verb.end() :].lower().startswith(lang.withheld_names)
