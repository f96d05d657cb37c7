"""Contents too short to be what their rule takes them for.

Some rules read a clause as the content: a reported clause (``X said A``), a passive's subject clause, a
clause before an inverted cue (``A, X said``), the rest of a sentence after ``X said:`` or a labelled turn. A
content of a word or two there is no clause but a parse gone astray: a dateline (``WASHINGTON ―``), a headline's
words (``Lee Says``), a section heading (``Webb: Stay calm.``), an adverb (``talked about today``) or an idiom
(``was shown the door``). On PolNeAR train, 3 of the 36 such contents below these minimums matched a gold quote.
Object contents (``X criticised Y``, ``X is critical of Y``) and quotations may be a single word and are not
checked. The learned tagger's unquoted contents are held to three words in the merge with the rules: its one- and
two-word spans there are mostly a pronoun, a name or a "that" cut off from a clause (on PolNeAR dev, 7 of 32 matched
a gold quote with the tagger of round 6); where nothing else was found they may stand on their own
(``finder._short_alone``).
"""

from __future__ import annotations

import re

from quotegraph.extract.candidates import Candidate

# The fewest words (``\w+`` runs, as the scorer counts them) a content of each rule needs.
_MIN_WORDS = {
    "verb_clause": 2,
    "speaker_label": 3,
    "verb_passive": 3,
    "verb_inverted": 5,
    "verb_colon": 5,
    "learned": 3,
}
_WORD = re.compile(r"\w+")


def long_enough(text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` less the unquoted contents shorter than their rule's minimum (see module docstring)."""

    def too_short(cand: Candidate) -> bool:
        least = _MIN_WORDS.get(cand.rule, 0)
        return cand.type != "direct" and len(_WORD.findall(text[cand.content[0] : cand.content[1]])) < least

    return [c for c in found if not too_short(c)]
