"""The names of news media and the kinds of venue nouns: the name a medium noun introduces ("the newspaper Koelner
Stadt-Anzeiger", "state news agency RIA"), a news outlet's own name ("Sky News", "the Guardian") with the programme
it owns ("BBC Radio 4's Today programme"), a name grown over its particles and split hyphens, the kind of venue a
noun names (``venues.tsv``), and whether a speaker is a news medium (``news_medium``). ``venues.py`` reads venues
with them.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.candidates import DocIndex
from quotegraph.extract.dashes import glued_hyphen
from quotegraph.extract.language import LanguageData
from quotegraph.extract.mentions import entity_of, evidence_of, name_tokens
from quotegraph.model import Evidence

TIME_ENTITIES = {"DATE", "TIME"}
_MEDIA_WORDS = {"media"}  # "state media", which names no one medium


def extend_name(tokens: list[Token]) -> list[Token]:
    """Grow a name to the right over particles between capitalised words ("Welt am Sonntag"); a pronoun stays
    ("told him the United States remained committed": "him")."""
    doc = tokens[-1].doc
    while len(tokens) > 1 and tokens[-1].is_space:
        tokens = tokens[:-1]  # a line break the parser hung on a headline's last word: the next paragraph is no name
    if tokens[-1].pos_ == "PRON":
        return tokens
    end = tokens[-1].i
    while end + 1 < len(doc):
        nxt = doc[end + 1]
        if nxt.ent_type_ in TIME_ENTITIES or (
            end + 2 < len(doc) and nxt.is_lower and doc[end + 2].ent_type_ in TIME_ENTITIES
        ):
            break  # "told reporters [on Friday]": a time, not more of the name
        if nxt.pos_ == "PROPN" or (nxt.like_num and nxt.ent_iob_ == "I" and nxt.ent_type_ == doc[end].ent_type_):
            end += 1  # "Channel 12 News": a number inside the name the recogniser found
        elif glued_hyphen(nxt) and doc[end + 2].text[:1].isupper():
            end += 2  # "Koelner Stadt-Anzeiger": a hyphen the tokenizer split inside the name
        elif nxt.is_lower and len(nxt) <= 3 and end + 2 < len(doc) and doc[end + 2].text[:1].isupper():
            end += 2
        else:
            break
    return list(doc[tokens[0].i : end + 1])


def medium_name(token: Token) -> bool:
    """Whether a phrase names an organisation or a work (a broadcaster, a programme), not a person or a time."""
    return token.ent_type_ in {"ORG", "WORK_OF_ART"} or any(
        c.dep_ == "poss" and c.ent_type_ == "ORG" for c in token.children
    )


def venue_kind(noun: Token, lang: LanguageData) -> str | None:
    """The kind of venue a noun names (``venues.tsv``), by its lemma, the hyphenated word it ends ("op-ed") or the
    two words it ends ("social media")."""
    words = f"{noun.doc[noun.i - 1].lower_} {noun.lower_}" if noun.i > 0 else noun.lower_
    return (
        lang.venue_nouns.get(noun.lemma_.lower())
        or lang.venue_nouns.get(_hyphened(noun))
        or lang.venue_nouns.get(words)
    )


def _hyphened(token: Token) -> str:
    """The hyphenated word a token ends, in lower case ("op-ed" of "ed"), or the token's own word."""
    doc, start = token.doc, token.i
    while start > 1 and glued_hyphen(doc[start - 1]):
        start -= 2
    return "".join(t.text_with_ws for t in doc[start : token.i]).lower() + token.lower_


def named_medium(noun: Token, index: DocIndex) -> Evidence | None:
    """The name after a medium noun ("the German newspaper Welt am Sonntag"), that one describes ("state TV ERT") or
    of a news medium (an ``outlet`` or ``outlet_word`` in addressee_words.tsv: "Reuters", "Sky News")."""
    words = index.lang.addressee_words
    if words.get(noun.lemma_.lower()) != "medium":
        modifiers = (c for c in noun.children if c.dep_ in {"compound", "amod"})
        described = noun.text[:1].isupper() and any(words.get(c.lemma_.lower()) == "medium" for c in modifiers)
        if described:
            return evidence_of(name_tokens(noun, index.lang), 0.75)
        outlet = _flat_name(noun)
        return (
            evidence_of(_with_programme(outlet, index), 0.75)
            if noun.pos_ == "PROPN" and _outlet(outlet, words)
            else None
        )
    names = [t for t in noun.subtree if t.i > noun.i and t.pos_ == "PROPN"]
    names += [t for t in noun.subtree if t.i < noun.i and t.dep_ == "compound" and _capitalised_name(t)]
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    # "told state news agency RIA that A": the parser hung the name on the verb, or made it a second object ("told
    # the newspaper Koelner Stadt-Anzeiger")
    hung = after is not None and (after.head == noun.head or _second_object(after.head, noun))
    if not names and after is not None and hung and _capitalised_name(after):
        names = [after]
    if not names and noun.pos_ == "PROPN" and len(grown := extend_name([noun])) > 1:
        return evidence_of(_with_programme(grown, index), 0.75)  # "Channel 12 News": the medium noun is its name's
    if not names:
        return None
    # "BBC Radio 4's Today programme", "New York magazine": names before a programme's noun that are no outlet's own
    # make a name with it
    programme = noun.lemma_.lower() in index.lang.programme_nouns
    if programme and all(t.i < noun.i and (t.head != noun or t.ent_type_ != "ORG") for t in names):
        return evidence_of([t for t in noun.subtree if t.i <= noun.i], 0.75)
    return evidence_of(_with_programme(extend_name(sorted(names, key=lambda t: t.i)), index), 0.75)


def _second_object(token: Token, noun: Token) -> bool:
    """Whether a token is a second object of the verb of ``noun``, after it: a misparse of a name apposed to it."""
    return token.i > noun.i and token.dep_ == noun.dep_ == "dobj" and token.head == noun.head


def _capitalised_name(token: Token) -> bool:
    """A capitalised proper noun: not "state" of "state news agency", which the tagger may read as one."""
    return token.pos_ == "PROPN" and token.text[:1].isupper()


def _flat_name(noun: Token) -> list[Token]:
    """A name's noun with the article and name words right before it ("the Financial Times"), not whatever the
    recogniser ran into it ("The Associated Press of the prospects for peace"); a compound on a compound is one too
    ("the Wall | Street Journal")."""
    doc, start = noun.doc, noun.i
    while start > 0 and start <= doc[start - 1].head.i <= noun.i and _name_part(doc[start - 1], noun):
        start -= 1
    return list(doc[start : noun.i + 1])


def _name_part(token: Token, noun: Token) -> bool:
    """An article or a compound before a name's noun, or a word the parser hung on it otherwise inside the name
    the recogniser found ("Channel 4 News")."""
    same_name = token.ent_type_ == noun.ent_type_ != "" and noun.ent_iob_ == "I"
    return token.dep_ in {"det", "compound"} or (same_name and token.dep_ in {"nmod", "nummod"})


def _with_programme(name: list[Token], index: DocIndex) -> list[Token]:
    """A medium's name with its number ("BBC Radio 4") and the programme it owns right after it ("BBC Radio 4's
    Today programme"), which the parser may have made an object of its own: the possessive and capitalised words
    up to a medium noun (``venues.tsv``)."""
    doc, after = name[0].doc, name[-1].i + 1
    if after < len(doc) and doc[after].head == name[-1] and doc[after].dep_ == "nummod":
        name, after = [*name, doc[after]], after + 1
    if after >= len(doc) or doc[after].text not in {"'s", "\u2019s"}:
        return name
    for end in range(after + 1, min(after + 5, len(doc))):
        if end > after + 1 and venue_kind(doc[end], index.lang) == "medium":
            return [*name, *doc[after : end + 1]]
        if not (doc[end].is_title or doc[end].like_num):
            break
    return name


def _outlet(name: list[Token], words: dict[str, str]) -> bool:
    """Whether a name is a news medium's (``outlet_name``), a word that ends such names alone only after the article
    and in capitals ("the Guardian")."""
    parts = [t.lower_ for t in name if not t.is_punct and t.lower_ != "the"]
    if outlet_name(parts, words, alone=len(name) > 1 and name[-1].is_title):
        return True
    # "Sky News Australia": an outlet's name of two words or more and its edition's
    edition = len(parts) > 2 and name[-1].ent_type_ in {"GPE", "ORG"} and name[-1].is_title
    return edition and outlet_name(parts[:-1], words, alone=False)


def outlet_name(parts: list[str], words: dict[str, str], alone: bool) -> bool:
    """Whether a name's words (lower case, no article) are a news medium's: one listed whole ("reuters", "al
    jazeera"), of two words or more ending in a word that ends such names or names a medium ("sky news", "financial
    times", "bbc radio", "detroit free press"), or, ``alone``, such a word by itself ("guardian")."""
    ending = words.get(parts[-1]) if parts else None
    several = len(parts) > 1 and ending in {"outlet_word", "medium", "press"}
    return words.get(" ".join(parts)) == "outlet" or several or (alone and len(parts) == 1 and ending == "outlet_word")


def news_medium(token: Token, lang: LanguageData) -> bool:
    """Whether a speaker's head names a news medium: a medium noun ("the news agency"), "media", or a news
    outlet's name ("Interfax", "Yonhap", "The New York Times")."""
    words = lang.addressee_words
    if words.get(token.lemma_.lower()) == "medium" or token.lower_ in _MEDIA_WORDS:
        return True
    ent = entity_of(token)
    parts = [t.lower_ for t in (ent if ent is not None else [token]) if not t.is_punct and t.lower_ != "the"]
    return token.pos_ == "PROPN" and outlet_name(parts, words, alone=True)
