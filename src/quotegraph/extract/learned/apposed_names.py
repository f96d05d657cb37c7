"""Names set beside a description, read without a parse (fast mode): the name a source's description stands in
apposition with ("Jane Doe" of "The mayor's spokeswoman, Jane Doe"), and what makes words a name or a description."""

from __future__ import annotations

import re

from spacy.tokens import Token

from quotegraph.extract.candidates import DocIndex
from quotegraph.extract.dashes import glued_hyphen

AGE = re.compile(r"\d{1,3}")  # "Lee, 54, told"
NAME_REACH = 5  # words of a name a source runs back over from its particle: "Luiz Inacio Lula da"
POSSESSIVES = frozenset({"'s", "\u2019s"})  # by their words: the fast pipeline tags no parts of speech


def apposed_name(index: DocIndex, source: tuple[int, int]) -> tuple[int, int] | None:
    """The name a source's description stands in apposition with, to name the speaker by: "Jane Doe" of "The mayor's
    spokeswoman, Jane Doe" or of "Jane Doe, the mayor's spokeswoman", "John Smith" before "a farmer from Iowa" in
    "John Smith, 45, a farmer from Iowa, said", "Ben Nathan" after "the prime minister" in "warned the prime
    minister, Ben Nathan."; None when the source is no description beside a name."""
    first, last = index.token_at_or_after(source[0]), index.token_at_or_after(source[1])
    tokens = [t for t in index.doc[first:last] if not (t.text == "," and t.i == last - 1)]
    parts: list[list[Token]] = [[]]
    for token in tokens:
        if token.text == ",":
            parts.append([])
        else:
            parts[-1].append(token)
    if len(parts) == 2 and all(parts):
        names = [p for p in parts if is_name(index, p)]
        described = [p for p in parts if p is not names[0]] if len(names) == 1 else []
        # a description ending in a capital before the name is a place's ("the University of Arkansas, Fayetteville")
        if described and is_description(index, described[0]) and not (names[0] is parts[1] and parts[0][-1].is_title):
            name = names[0]
            return name[0].idx, name[-1].idx + len(name[-1].text)
    if len(parts) == 1 and tokens and is_description(index, tokens):
        return name_before(index, first) or _name_after(index, tokens[-1].i + 1)
    return None


def name_before(index: DocIndex, at: int) -> tuple[int, int] | None:
    """The name of two words or more set off by a comma right before token ``at``, or of one past an age ("John
    Smith, 45, | a farmer", "Lee, 54, | a farmer")."""
    doc = index.doc
    end = at - 1
    aged = end >= 2 and doc[end].text == "," and AGE.fullmatch(doc[end - 1].text) and doc[end - 2].text == ","
    if aged:
        end -= 2
    if end < 1 or doc[end].text != ",":
        return None
    start = end
    while start > 0 and end - start < NAME_REACH and _in_name(index, doc[start - 1]):
        start -= 1
    if start > 0 and not ((doc[start - 1].is_punct and doc[start - 1].whitespace_) or doc[start - 1].is_space):
        return None  # a name inside a longer phrase ("the heads of Acme, a firm", "African-Americans") is no one's
    while start < end - 1 and doc[start].is_stop:
        start += 1  # "As Steven M. Rosenthal, a tax lawyer, said"
    name = list(doc[start:end])
    if not is_name(index, name) or (len(name) < 2 and not aged):
        return None  # one word set off before a description is as often an adverb: "Overall, the fund said"
    return name[0].idx, name[-1].idx + len(name[-1].text)


def _name_after(index: DocIndex, at: int) -> tuple[int, int] | None:
    """The name set off by a comma right after a description that ends before token ``at`` and closing its clause
    ("warned the prime minister, Ben Nathan.")."""
    doc = index.doc
    if at >= len(doc) or doc[at].text != ",":
        return None
    end = at + 1
    while end < len(doc) and end - at <= NAME_REACH - 1 and _in_name(index, doc[end]):
        end += 1
    name = list(doc[at + 1 : end])
    if not name or not is_name(index, name) or (end < len(doc) and not doc[end].is_punct):
        return None
    return name[0].idx, name[-1].idx + len(name[-1].text)


def is_name(index: DocIndex, words: list[Token]) -> bool:
    """One to four capitalised words (particles inside), none a determiner, a title word or a calendar name."""
    if not 1 <= len(words) <= NAME_REACH - 1 or not _capitalised(words[0]) or not _capitalised(words[-1]):
        return False
    return all(_in_name(index, w) for w in words)


def _in_name(index: DocIndex, word: Token) -> bool:
    lower = word.lower_
    if word.text in index.lang.name_particles or glued_hyphen(word):
        return True
    return (
        _capitalised(word)
        and lower not in index.lang.determiners
        and lower not in index.lang.titles
        and lower not in index.lang.calendar_names
        and not index.lang.pronouns.get(lower)
    )


def _capitalised(word: Token) -> bool:
    """A word with a capital first and small letters after ("Lee", "McCarthy", "Jean-Pierre"'s parts, "M.")."""
    return word.text[:1].isupper() and not (len(word.text) > 1 and word.text.isupper() and word.text.isalpha())


def is_description(index: DocIndex, words: list[Token]) -> bool:
    """Words that open with a determiner or a word in lower case and hold a common noun or adjective in lower case
    ("the mayor's spokeswoman", "a farmer"), or any words after "a" or "an" ("a California Republican"); not a
    pronoun ("he", "who") nor a name after "The" ("The New York Times"); a name's possession opens one too ("Smith's
    lawyer")."""
    owned = next((i for i, w in enumerate(words) if w.text in POSSESSIVES), 0)
    if owned and any(w.is_lower and w.is_alpha for w in words[owned + 1 :]):
        return True
    if index.lang.pronouns.get(words[0].lower_) or not (words[0].lower_ in index.lang.determiners or words[0].is_lower):
        return False
    if words[0].lower_ in {"a", "an"} and len(words) > 1:
        return True  # "a California Republican": an indefinite article opens no name
    return any(w.is_lower and w.is_alpha and w.lower_ not in index.lang.determiners for w in words)
