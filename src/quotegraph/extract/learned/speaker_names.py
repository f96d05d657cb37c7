"""Fast mode's speaker names, read without a parse: a title written before a name is the speaker's role ("Chief
Executive Tim Cook" is Tim Cook, Chief Executive), and a surname alone, with or without an honorific, is the full
name written before it ("Macron" after "President Emmanuel Macron", "Mr. Trump" after "Donald Trump"), and a
description by a title the person named before whose role holds it ("the chancellor" after "Chancellor Olaf Scholz");
a person's role is that of all her reports.

Titles and honorifics are the language's (``titles.tsv``). A title followed by "of" ("Secretary of State Antony
Blinken") is left as written: without a parse, where the office's words end and the name's begin is a guess.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.language import LanguageData
from quotegraph.extract.mentions import evidence_of
from quotegraph.model import Evidence

_MAX_NAME_WORDS = 4  # "Ursula von der Leyen"; longer runs of capitals after a title are no person's name
_TITLE_CONFIDENCE = 0.85  # as the parse's title before a name (roles.title_before)


def titled_name(index: DocIndex, source: tuple[int, int]) -> tuple[tuple[int, int], Evidence] | None:
    """The name (a character span) and the role of a source mention that writes a title before a name ("Chief
    Executive Tim Cook", "Britain's finance minister Rachel Reeves"), or None."""
    lang = index.lang
    words = list(index.doc[index.token_at_or_after(source[0]) : index.token_at_or_after(source[1])])
    while words and (words[-1].is_punct or words[-1].is_space):
        words.pop()
    titles = [k for k, word in enumerate(words[:-1]) if _is_title(word, lang)]
    if not titles:
        return None
    role, name = words[: titles[-1] + 1], words[titles[-1] + 1 :]
    if len(name) > _MAX_NAME_WORDS or not all(_name_word(word, lang) for word in name):
        return None
    if not name[-1].text[:1].isupper() or name[-1].lower_ in lang.source_nouns:
        return None  # "The Justice Department": a body's name, the title word ("justice") its own
    return (name[0].idx, name[-1].idx + len(name[-1].text)), evidence_of(role, _TITLE_CONFIDENCE)


def shared_roles(candidates: list[Candidate]) -> None:
    """Give every report of a person the role one of her mentions wrote ("Chief Executive Tim Cook told ...
    Cook added"), as the parse's resolution does."""
    roles = {c.name: c.role for c in candidates if c.kind == "person" and c.role is not None}
    for cand in candidates:
        if cand.kind == "person" and cand.role is None:
            cand.role = roles.get(cand.name)


def known_name(text: str, named: list[str], lang: LanguageData) -> str | None:
    """The full name named before that a surname stands for ("Macron", "Mr. Trump"), or None: the last name alone
    (``_plain``) written before whose last word it is."""
    words = text.split()
    while len(words) > 1 and words[0].lower() in lang.honorifics:
        words = words[1:]
    if len(words) != 1 or not words[0][:1].isupper():
        return None
    full = (name for name in reversed(named) if 1 < len(name.split()) <= _MAX_NAME_WORDS and _plain(name, lang))
    return next((name for name in full if name.split()[-1] == words[0]), None)


def described_name(text: str, roles: list[tuple[str, str]], lang: LanguageData) -> str | None:
    """The person named before whom a definite description by a title stands for ("the chancellor" after
    "Chancellor Olaf Scholz", "the Boeing boss" after "Boeing Chief Executive Dave Calhoun"), or None: the last of
    ``roles`` (names with the roles written before them, in the order met) whose role holds the title and the
    capitalised words that qualify it; a generic title ("the official", "the boss") only with such words."""
    words = text.split()
    if len(words) < 2 or words[-1].lower() not in lang.titles:
        return None
    first = words[0].lower()
    if first not in lang.determiners or first in lang.unnamed_markers or first in lang.pronouns:
        return None  # not "a spokesman", nor "his spokesman"
    title, qualifiers = words[-1].lower(), [w.lower() for w in words[1:-1] if w[:1].isupper()]
    generic = title in lang.generic_titles
    if generic and not qualifiers:
        return None
    for name, role in reversed(roles):
        held = role.lower()
        if (generic or title in held) and all(q in held for q in qualifiers):
            return name
    return None


def _plain(name: str, lang: LanguageData) -> bool:
    """Whether a mention is a name alone, no title or description with it ("Hillary Clinton", not "Democratic
    frontrunner Hillary Clinton")."""
    words = name.split()
    return all(w[:1].isupper() or w in lang.name_particles for w in words) and words[0].lower() not in lang.titles


def _is_title(word: Token, lang: LanguageData) -> bool:
    # the word itself, not mentions.is_title's parts of a hyphenated one: "-President Obama" is no title and name
    return word.lower_ in lang.titles or word.lower_ in lang.offices


def _name_word(word: Token, lang: LanguageData) -> bool:
    return (word.text[:1].isupper() and word.is_alpha) or word.lower_ in lang.name_particles
