"""The words at a name's edges that the recogniser left out or ran in: the particles and given name before a surname
("Ursula von der | Leyen"), a nickname in quotation marks ("Jimmy "Barbecue" | Cherizier"), words a hyphen joins
("The World Anti-Doping | Agency"), an organisation's "of" phrase ("The U.S. Chamber | of Commerce"), the one of two
names a comma parts ("When asked about Smith, Park replied"), a title that names a body with its noun ("the General
| Staff"), a person's name after a title inside an organisation's ("Alphabet CEO | Sundar Pichai"), which
``mentions.name_tokens`` reads; and whether a word is a title (``is_title``), which they and the readers of mentions
ask."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Token

from quotegraph.extract.dashes import glued_hyphen
from quotegraph.extract.language import LanguageData


def is_title(token: Token, lang: LanguageData) -> bool:
    """Whether a word is a title, or a hyphenated word holds one ("vice-president")."""
    parts = token.lower_.replace("-", " ").split()
    return token.lower_ in lang.titles or any(p in lang.titles for p in parts)


def hyphen_joined(last: Token, name: list[Token], lang: LanguageData) -> list[Token]:
    """The capitalised words a hyphen joins, ending at ``last`` right before a name, whatever the parser made of them
    ("Anti-Doping" of "the World Anti-Doping Agency", where "Doping" may be an adjective); or the word and hyphen
    before the name's first word ("Anti-" of "Anti-Fraud Agency"). Not titles ("Vice-President Kamala Harris", a
    headline's "Big-Name Senator")."""
    doc = last.doc
    if glued_hyphen(last):
        words, joined = [doc[last.i - 1], name[0]], list(doc[last.i - 1 : last.i + 1])
    elif last.i >= 2 and glued_hyphen(doc[last.i - 1]) and last.head in name:
        words = [doc[last.i - 2], last]
        joined = list(doc[last.i - 2 : last.i + 1])
    else:
        return []
    if any(not w.is_alpha or not w.text[:1].isupper() for w in words) or any(is_title(w, lang) for w in words + name):
        return []
    return joined


def organisation_of(token: Token, lang: LanguageData) -> list[Token]:
    """The "of" phrase of an organisation's name the recogniser did not find ("The U.S. Chamber | of Commerce"): "of"
    right after a capitalised organisation noun, and a name of capitalised words after it."""
    doc = token.doc
    if lang.source_nouns.get(token.lemma_.lower()) != "organisation" or not token.text[:1].isupper():
        return []
    of = next((c for c in token.children if c.i == token.i + 1 and c.lower_ == "of" and c.dep_ == "prep"), None)
    objects = [c for c in of.children if c.dep_ == "pobj"] if of is not None else []
    if of is None or not objects:
        return []
    words = list(doc[of.i + 1 : objects[0].right_edge.i + 1])
    named = all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words)
    return [of, *words] if named else []


def part_holding(toks: list[Token], token: Token) -> list[Token]:
    """``When asked about Smith, Park replied``: the recogniser ran two names a comma parts into one entity. The
    part holding ``token``, when no word of it and of the other parts hangs on the other (not "Martin Luther King,
    Jr.", whose suffix hangs on the name)."""
    commas = [i for i, t in enumerate(toks) if t.text == ","]
    if not commas:
        return toks
    bounds = [-1, *commas, len(toks)]
    parts = [toks[a + 1 : b] for a, b in pairwise(bounds)]
    own = next((part for part in parts if token in part), None)
    if own is None:
        return toks
    own_ids = {t.i for t in own}
    for part in parts:
        ids = {t.i for t in part}
        if part is not own and (any(t.head.i in own_ids for t in part) or any(t.head.i in ids for t in own)):
            return toks
    return own


def nickname_before(first: Token) -> list[Token]:
    """The given name and the nickname in quotation marks before a surname (``Jimmy "Barbecue" Cherizier``): up to
    three capitalised words between marks right before ``first``, after a given name the recogniser read as a
    person's; else none."""
    doc, close = first.doc, first.i - 1
    if close < 3 or not doc[close].is_quote:
        return []
    opening = next((i for i in range(close - 1, max(close - 5, 0), -1) if doc[i].is_quote), None)
    if opening is None or opening == close - 1 or opening < 1:
        return []
    words, given = doc[opening + 1 : close], doc[opening - 1]
    if any(not w.text[:1].isupper() for w in words) or given.ent_type_ != "PERSON" or not given.text[:1].isupper():
        return []
    return list(doc[opening - 1 : first.i])


def particles_before(first: Token, lang: LanguageData) -> list[Token]:
    """The particles of a name before its word ``first`` and the given name before them ("Ursula von der | Leyen",
    which the recogniser may cut in two), when they and a capitalised proper noun before them all hang on words
    after them, as the parser hangs a name's words, or a particle on the given name ("Erik ten Hag",
    whose "ten" the parser reads as a number of "Erik"); else none."""
    doc, at = first.doc, first.i - 1
    while at >= 0 and doc[at].text in lang.name_particles and doc[at].head.i > at:
        at -= 1
    if at == first.i - 1 and at >= 1 and doc[at].text in lang.name_particles and doc[at].head.i == at - 1:
        at -= 1
    if at == first.i - 1 or at < 0:
        return []
    given = doc[at]
    if given.pos_ != "PROPN" or not given.text[:1].isupper() or given.head.i < at or is_title(given, lang):
        return []
    return list(doc[at : first.i])


def titled_body(word: Token, body: Token, lang: LanguageData) -> bool:
    """Whether ``word`` is a capitalised title compounded with a capitalised organisation noun, part of its name."""
    return (
        word.dep_ == "compound"
        and word.head == body
        and word.text[:1].isupper()
        and body.text[:1].isupper()
        and is_title(word, lang)
        and lang.source_nouns.get(body.lemma_.lower()) == "organisation"
    )


def titled_name_in_body(toks: list[Token], token: Token, lang: LanguageData) -> list[Token] | None:
    """The person's name after a title inside an organisation entity, holding ``token`` ("Sundar Pichai" of "Alphabet
    CEO Sundar Pichai"): two or three capitalised proper nouns after a singular title that does not open the entity,
    none of them an organisation noun or a title; else None ("the Republican Governors Association" holds no
    person)."""
    titles = [i for i, t in enumerate(toks) if i > 0 and is_title(t, lang) and t.tag_ == "NNP"]
    if not titles:
        return None
    after = toks[titles[-1] + 1 :]
    if not 2 <= len(after) <= 3 or token not in after:
        return None
    shaped = all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() for t in after)
    plain = all(lang.source_nouns.get(t.lemma_.lower()) is None and not is_title(t, lang) for t in after)
    return after if shaped and plain else None
