"""Speaker mentions as written: the span of a source noun phrase and what kind of mention it is (the role written
beside a name is read in ``roles.py``, the words of a description in ``descriptions.py``)."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from quotegraph.extract.dashes import spaced_dash
from quotegraph.extract.datelines import in_dateline, opens_dateline
from quotegraph.extract.descriptions import description_tokens
from quotegraph.extract.language import LanguageData
from quotegraph.extract.name_edges import (
    hyphen_joined,
    is_title,
    nickname_before,
    organisation_of,
    part_holding,
    particles_before,
    titled_body,
    titled_name_in_body,
)
from quotegraph.model import Evidence, Span

NAME_ENTS = {"PERSON", "ORG", "NORP", "GPE", "FAC"}
_MAX_TITLED_NAME = 5  # words in a name with the title the recogniser took into it ("NASA Administrator Charles Bolden")


def _own_side(toks: list[Token], token: Token) -> list[Token]:
    """The words on the token's side of a finite verb the recogniser read into a name, when that verb governs the
    token or is the token (the parse tells the clause apart): of "Xinhua quoted Xi", read as one name, "Xi" names
    Xi, and "Xinhua" and the entity's root, the verb itself, name Xinhua."""
    governing = [
        t for t in toks if t.tag_ in {"VBD", "VBZ"} and t.pos_ == "VERB" and (t == token or t in token.ancestors)
    ]
    if not governing:
        return toks
    verb = governing[0]
    return [t for t in toks if (t.i > verb.i) == (token.i > verb.i) and t.i != verb.i] or toks


def entity_of(token: Token) -> SpacySpan | None:
    """The named entity holding ``token``, if it names a possible speaker."""
    if token.ent_type_ not in NAME_ENTS:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return SpacySpan(doc, start, end, label=token.ent_type_)


def name_tokens(token: Token, lang: LanguageData) -> list[Token]:
    """The words of the name holding ``token``, without the title, verb or suffix the recogniser read into it."""
    doc = token.doc
    before = token.i - (2 if token.i > 1 and doc[token.i - 1].text == "," else 1)
    ent = entity_of(token)
    apart = ent is None or not ent.start <= before < ent.end  # the recogniser's name holds no suffix of its own
    if token.lower_ in lang.name_suffixes and before >= 0 and doc[before].pos_ == "PROPN" and apart:
        # "Martin Luther King(,) Jr.": the parser may head the name with its suffix
        return [*name_tokens(doc[before], lang), *doc[before + 1 : token.i + 1]]
    if ent is not None:
        toks = [t for t in ent if t.tag_ != "POS" and t.text not in {"'s", "’s"} and not t.is_space]
        toks = part_holding(toks, token)
        dashes = [i for i, t in enumerate(toks) if t.i < token.i and spaced_dash(t)]
        # "SEATTLE - Starbucks", "CUPERTINO, California - Apple": a dateline the recogniser ran in
        if dashes and (opens_dateline(toks[0]) or in_dateline(toks[0])):
            toks = toks[dashes[-1] + 1 :]
        set_off = [i for i, t in enumerate(toks) if t.i > token.i and spaced_dash(t)]
        if set_off and set_off[0] > 0:
            toks = toks[: set_off[0]]  # "Ann Lee - the mayor - said": the description set off by dashes
        while len(toks) > 1 and toks[0].is_punct:  # the signature dash the recogniser ran into "― Ann Lee"
            toks = toks[1:]
        while len(toks) > 1 and toks[-1].is_punct and toks[-1].text != ".":  # "Ann Lee -" before a dash
            toks = toks[:-1]
        opened = [i for i, t in enumerate(toks) if t.text == "("]
        if opened and opened[-1] > 0 and not any(t.text == ")" for t in toks[opened[-1] :]):
            toks = toks[: opened[-1]]  # "The World Health Organisation (WHO": the bracket is the acronym's
        # a headline's verb read into the name ends it, tagged as a name or as the verb it is: "Ted Cruz Apologizes
        # To ...", "Obama Says ..." name Ted Cruz and Obama; one with no other name word before it is the name's own
        # ("the United Nations", "the United States")
        verbs = [  # not a noun after "of": "the 9th Circuit Court of Appeals"
            t
            for t in toks[1:]
            if t.pos_ in {"PROPN", "VERB"}
            and lang.finite_cue_verb(t.text) is not None
            and t.nbor(-1).lower_ != "of"
            and not _owns(t)  # "the Organization of American States' observer mission": no verb owns
        ]
        if verbs and any(t.pos_ == "PROPN" and t not in verbs for t in toks if t.i < verbs[0].i):
            toks = [t for t in toks if t.i < verbs[0].i]
        toks = _own_side(toks, token)
        after = toks[-1].i + 1 if toks else len(token.doc)
        if after < len(token.doc) and toks[-1].text in lang.name_particles and _name_word(token.doc[after], lang, True):
            toks.append(token.doc[after])  # "Ursula von der | Leyen": the recogniser stopped at the particle
        elif ent.label_ == "PERSON" and toks:
            toks += _particles_and_surname_after(toks, lang)
        after = toks[-1].i + 1 if toks else len(doc)
        numbered = after < len(doc) and doc[after].dep_ == "nummod" and doc[after].head == toks[-1]
        if ent.label_ == "ORG" and numbered and doc[after].text.isdigit():
            toks.append(doc[after])  # "Machinists District | 751": the recogniser left the number out
        if ent.label_ == "PERSON":
            while len(toks) > 1 and toks[0].lower_ == "the":  # a "person" that is only "The" stays itself
                toks = toks[1:]
            while len(toks) > 1 and (any(ch.isdigit() for ch in toks[-1].text) or toks[-1].text == "-"):
                toks = toks[:-1]  # "beat Jannik Sinner 6-2, 3-6": the score the recogniser ran into the name
            if len(toks) > 1 and _cue_run_in(toks, lang):
                toks = toks[1:]  # "Said Cassell:": the cue before its speaker that the recogniser ran in
            # a title the recogniser took into the name is the role's, not the name's: "NASA Administrator
            # Charles Bolden" names Charles Bolden (and "Administrator Bolden" the same man)
            # (a name with its title is short: a headline taken for a name, "Obama Claims Hillary Most Qualified
            # Presidential Candidate Ever", is not cut to "Ever")
            titles = [i for i, t in enumerate(toks[:-1]) if is_title(t, lang)]
            if titles and all(t.lower_ in lang.name_suffixes for t in toks[titles[-1] + 1 :]):
                titles = []  # "Martin Luther King Jr.": a name word a suffix follows is no title
            if titles and len(toks) <= _MAX_TITLED_NAME:
                toks = toks[titles[-1] + 1 :]
        elif ent.label_ == "ORG" and (named := titled_name_in_body(toks, token, lang)):
            toks = named  # "Alphabet CEO Sundar Pichai": the recogniser ran the person into the company
    else:
        toks = [token, *organisation_of(token, lang)]
    while toks and toks[0].i > 0:
        prev = doc[toks[0].i - 1]
        given = ent is not None and ent.label_ == "PERSON" and len(toks) == 1 and not prev.ent_type_
        particles = particles_before(toks[0], lang)
        # not a place before a person: "Washington Chris Gregoire"; an organisation before a place it names a branch
        # for: "Amnesty International Kenya"
        branch = ent is not None and ent.label_ == "GPE" and prev.ent_type_ == "ORG" and prev.dep_ == "compound"
        if _name_word(prev, lang, loose=given) and (ent is None or prev.ent_type_ in {"", ent.label_} or branch):
            toks.insert(0, prev)
        elif ent is None and titled_body(prev, toks[0], lang):
            toks.insert(0, prev)  # "the General Staff", "the General Assembly": the title names the body
        elif particles:
            toks[:0] = particles
        elif ent is not None and ent.label_ == "PERSON" and (nicknamed := nickname_before(toks[0])):
            toks[:0] = nicknamed  # "Jimmy "Barbecue" | Cherizier": the recogniser stopped at the nickname's marks
        elif (joined := hyphen_joined(prev, toks, lang)) and (ent is None or ent.label_ != "PERSON"):
            toks[:0] = joined  # "The World Anti-Doping | Agency": the parser read "Doping" as an adjective
        elif ent is not None and ent.label_ == "ORG" and _named_for(prev, toks):
            toks.insert(0, prev)  # "The Ronald Reagan Presidential | Foundation": the person it is named for
        elif prev.text == "The" and prev.dep_ == "det" and (ent is None or ent.label_ != "PERSON"):
            toks.insert(0, prev)
            break
        else:
            break
    # an "entity" of only a possessive ending or a space is the word itself
    return _after_place_object(toks, lang) or [token]


def _owns(word: Token) -> bool:
    """Whether a possessive ending follows ``word``: "States'" is a noun, whatever verb it spells."""
    return word.i + 1 < len(word.doc) and word.nbor(1).tag_ == "POS"


def _named_for(word: Token, toks: list[Token]) -> bool:
    """Whether a word the recogniser read into a person's name before an organisation's name is part of it: a name
    word the parser set on the organisation's ("The Ronald Reagan Presidential | Foundation and Institute")."""
    return word.ent_type_ == "PERSON" and word.pos_ == "PROPN" and word.dep_ == "compound" and word.head in toks


def _after_place_object(toks: list[Token], lang: LanguageData) -> list[Token]:
    """``ambassador to Mexico | Ken Salazar``: a name the recogniser ran on from the object of the preposition before
    it starts at its given name, with a surname after it (the place is the title's; "according to Craig Bryan" opens
    with one)."""
    if not toks or toks[0].i == 0 or toks[0].doc[toks[0].i - 1].pos_ != "ADP":
        return toks
    given = lang.gender_words.get("given_name", {})
    if toks[0].lower_ in given:
        return toks
    starts = [i for i, t in enumerate(toks[:-1]) if i > 0 and t.lower_ in given and t.text[:1].isupper()]
    return toks[starts[0] :] if starts else toks


def _particles_and_surname_after(toks: list[Token], lang: LanguageData) -> list[Token]:
    """``Andre Correa | do Lago``: the particles and the surname after a person's name the recogniser stopped
    before them (the parser may read "do" as a verb), or nothing."""
    doc = toks[-1].doc
    after = toks[-1].i + 1
    while after < len(doc) and doc[after].text in lang.name_particles:
        after += 1
    if after == toks[-1].i + 1 or after >= len(doc) or not _name_word(doc[after], lang, True):
        return []
    return list(doc[toks[-1].i + 1 : after + 1])


def _name_word(token: Token, lang: LanguageData, loose: bool = False) -> bool:
    """A capitalised proper noun before a name that belongs to it: not a title, nor a headline's misread verb.

    ``loose``: before a one-word person the recogniser left its given name out of, the parser may have hung that
    name anywhere ("CEO of the Council Enver | Solomon").
    """
    return (
        token.pos_ == "PROPN"
        and (token.dep_ == "compound" or loose)
        and token.text[:1].isupper()
        and not is_title(token, lang)
        and token.lower_ not in lang.offices  # "State Sen. Denise Park": the office and what it qualifies are the role
        and (lang.finite_cue_verb(token.text) is None or _opens_entity_run(token))
    )


def _opens_entity_run(token: Token) -> bool:
    """Whether the recogniser runs a name on from ``token`` to the word after it: "United" of "the United Nations"
    reads as a verb ("unite"), but it is no headline's verb inside a name the recogniser found."""
    doc = token.doc
    return token.ent_iob_ in {"B", "I"} and token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I"


def mention_tokens(token: Token, lang: LanguageData) -> list[Token]:
    """The tokens of the mention headed by ``token``: a name, a pronoun or a description noun phrase.

    Names keep only the name ("Russian Foreign Minister Sergey Lavrov" -> "Sergey Lavrov"); descriptions keep
    determiners, modifiers and "of/for" attachments ("a spokesman for the ministry"), never appositions or
    relative clauses.
    """
    if token.pos_ == "PRON" or token.lower_ in lang.pronouns:
        return [token]
    if _named(token, lang) and not _counted_group(token) and not _unnamed_group(token, lang):
        return name_tokens(token, lang)
    # a description, or a counted group ("31 Latinos") with its number, an unnamed one ("some Democrats") with its
    # marker
    return description_tokens(token, lang)


#: Entity types no person in apposition can be (a person set beside one belongs to the noun that owns it).
_NO_PERSON_ENTITIES = {"ORG", "GPE", "LOC", "FAC", "NORP"}


def named_appositions(token: Token) -> list[Token]:
    """The names set beside a noun in apposition: "the state-owned daily, *The Herald*", "the chief, *Ben Ortiz*".

    Also a person the parser hung on the noun's organisation, place or person object instead ("The CEO of Acme Corp.,
    *John Smith*, said"): an organisation or a place is no person, and a name set after a person named as the
    noun's object is the noun's ("the lawyer for Donald Trump, *Michael Cohen*")."""
    own = [
        c
        for c in token.children
        if c.dep_ == "appos" and (c.pos_ == "PROPN" or entity_of(c) is not None) and not _names_object(token, c)
    ]
    for prep in token.children:
        if prep.dep_ != "prep" or prep.i < token.i:
            continue
        for place in prep.children:
            # or a person: "The mayor of Vina del Mar, Macarena Ripamonti," (a place the recogniser took for one),
            # "the lawyer for Donald Trump, Michael Cohen,": the name set after the object holds the noun's title
            if place.dep_ == "pobj" and place.ent_type_ in _NO_PERSON_ENTITIES | {"PERSON"}:
                own += [c for c in place.children if c.dep_ == "appos" and _person_shaped(c)]
    return own


def _names_object(token: Token, name: Token) -> bool:
    """Whether a name the parser set beside a noun follows, with no comma, the singular common noun that ends the
    noun's prepositional object, and so names that object ("A spokesman for the carmaker *Volkswagen* said")."""
    before = token.doc[name.left_edge.i - 1]
    return before.i > token.i and before.tag_ == "NN" and before.dep_ == "pobj" and before.head.head == token


def _person_shaped(token: Token) -> bool:
    """A person's name: one the recogniser found, or a full name of capitalised words it left out ("The mayor of
    Marathon, Stergios Tsirkas")."""
    if token.ent_type_ == "PERSON":
        return True
    words = [t for t in token.subtree if t.dep_ != "punct"]
    return not token.ent_type_ and len(words) in {2, 3} and all(name_word_shaped(t) for t in words)


def name_word_shaped(token: Token) -> bool:
    """Whether a word is shaped as a name's: a capitalised proper noun of letters alone ("Tsirkas", not "al-Burhan",
    "3M" or "state")."""
    return token.pos_ == "PROPN" and token.is_alpha and token.text[:1].isupper()


def mention_span(token: Token, lang: LanguageData) -> tuple[int, int]:
    """Character offsets of the mention headed by ``token``."""
    toks = mention_tokens(token, lang)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def mention_kind(token: Token, lang: LanguageData) -> str:
    """Classify a mention head: ``name``, ``pronoun``, ``relative``, ``description`` or ``anonymous``."""
    low = token.lower_
    pronoun = lang.pronouns.get(low)
    if pronoun is not None and token.pos_ in {"PRON", "DET", "SCONJ"}:
        if acronym(token):
            return "name"  # "WHO say"
        return "relative" if pronoun.kind == "relative" else "pronoun"
    if token.lower_ in lang.unnamed_markers and token.pos_ in {"NUM", "PRON"} and _one_of_some(token):
        return "anonymous"  # "One told Reuters", "Another said", "one of the people said": one of some, unnamed
    noun_kind = lang.source_nouns.get(token.lemma_.lower())
    if _named(token, lang):
        return "anonymous" if _counted_group(token) or _unnamed_group(token, lang) else "name"
    determiners = {c.lower_ for c in token.children if c.dep_ in {"det", "poss"}}
    determiners |= {c.lower_ for c in token.children if c.dep_ == "nummod" and c.lower_ == "one"}  # "one journalist"
    modifiers = {c.lower_ for c in token.children if c.dep_ == "amod"}  # "another unnamed official"
    if noun_kind == "anonymous" or ((determiners | modifiers) & lang.unnamed_markers):
        return "anonymous"
    if not determiners and token.tag_ in {"NNS"}:
        return "anonymous"
    return "description"


def _one_of_some(token: Token) -> bool:
    """Whether a word of one unnamed ("one", "another") stands alone or with only an "of" phrase of a plural common
    noun ("one of the people", "one of his aides"), not of a name ("one of the Democrats") nor with other words."""
    children = list(token.children)
    if not children:
        return True
    if len(children) != 1 or children[0].lower_ != "of" or children[0].dep_ != "prep":
        return False
    objects = [c for c in children[0].children if c.dep_ == "pobj"]
    return len(objects) == 1 and objects[0].tag_ == "NNS"


def _named(token: Token, lang: LanguageData) -> bool:
    """Whether a mention head is a name: one the recogniser found, or a proper noun not in lower case. Not a common
    noun of an unnamed source the recogniser ran an entity over ("one attendee said")."""
    if entity_of(token) is not None:
        return not (_lower_case_word(token) and lang.source_nouns.get(token.lemma_.lower()) == "anonymous")
    return (token.pos_ == "PROPN" or _surname_read_as_noun(token, lang)) and not _lower_case_word(token)


def _surname_read_as_noun(token: Token, lang: LanguageData) -> bool:
    """``Alberto Nunez | Feijoo``: a capitalised common noun after the person's name compounded on it that the
    recogniser stopped before, a surname the tagger did not know (not a title: "Ann Lee Minister")."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    return (
        token.tag_ == "NN"
        and token.text[:1].isupper()
        and before is not None
        and before.ent_type_ == "PERSON"
        and before.dep_ == "compound"
        and before.head.i == token.i
        and not is_title(token, lang)
    )


def _lower_case_word(token: Token) -> bool:
    """A word in lower case the tagger took for a proper noun ("the defense minister said"): no name."""
    return token.is_lower and token.is_alpha


def _counted_group(token: Token) -> bool:
    """``31 Latinos``, ``two Democrats``: a plural proper noun counted by a number names so many people, no one."""
    plural = token.tag_ == "NNPS" or (token.tag_ == "NNP" and token.lower_.endswith("s"))
    return plural and any(c.dep_ == "nummod" and c.like_num and c.lower_ != "one" for c in token.children)


def _cue_run_in(toks: list[Token], lang: LanguageData) -> bool:
    """Whether a name's first word is a cue verb governing the rest ("Said Cassell:", "Telling Jeb Bush"), not a name
    the tagger read as a verb ("Trump Calls Obama To Resign")."""
    first = toks[0]
    cue = lang.cue_verbs.get(first.lemma_.lower()) or lang.inflected_cue_verb(first.lower_)
    return first.pos_ == "VERB" and toks[-1].head.i == first.i and cue is not None


def _unnamed_group(token: Token, lang: LanguageData) -> bool:
    """``Some progressive Democrats``, ``many Republicans``: a plural proper noun some of whom an unnamed marker picks
    names no one."""
    plural = token.tag_ == "NNPS" or (token.ent_type_ == "NORP" and token.lower_.endswith("s"))  # not "Sanders"
    markers = lang.unnamed_markers - {"a", "an"}  # not "a tactic Democrats hope will work", a relative clause's
    return plural and any(c.dep_ in {"det", "amod"} and c.lower_ in markers for c in token.children)


def bare_article(token: Token) -> bool:
    """An article standing alone, as the parser may make one a subject: "*A* reported 50,000 people gathered"."""
    return token.lower_ in {"a", "an", "the"} and not list(token.children)


def acronym(token: Token) -> bool:
    """``WHO say``: a word in capitals, in a sentence that is not all capitals, is an acronym (a pronoun's letters
    so written name an organisation)."""
    if len(token.text) < 2 or not token.text.isupper():
        return False
    words = [t for t in token.sent if t.is_alpha and t.i != token.i]
    return any(not t.text.isupper() for t in words)


def evidence_of(tokens: list[Token], confidence: float) -> Evidence:
    """The evidence of a run of tokens: their text and character span."""
    doc = tokens[0].doc
    text = doc[tokens[0].i : tokens[-1].i + 1].text
    return Evidence(text, Span(tokens[0].idx, tokens[0].idx + len(text), text), confidence)


def organisation_named_elsewhere(token: Token) -> Token | None:
    """The head of an organisation the recogniser found elsewhere in the article under the same single word, for a
    proper noun right after a dateline that it left out: it missed "Lufthansa" in "FRANKFURT - Lufthansa cancelled
    flights" and found it later ("A Lufthansa spokeswoman"). None for any other word (elsewhere a word it left out
    may be no organisation: "The Dow was held back", with "Dow" an organisation in "Dow Chemical")."""
    if token.ent_type_ or token.pos_ != "PROPN" or token.i < 2:
        return None
    before = token.doc[token.i - 1]
    if not spaced_dash(before) or not in_dateline(token.doc[token.i - 2]):
        return None
    return next((e.root for e in token.doc.ents if e.label_ == "ORG" and len(e) == 1 and e.text == token.text), None)
