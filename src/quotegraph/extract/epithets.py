"""Epithets: definite descriptions by affiliation, origin, age or standing ("the Democrat", "the Spaniard", "the
53-year-old", "the billionaire"; ``epithets.tsv``) that take up the person named just before, as news writing varies
its references to one person ("Pep Guardiola ... the Spaniard told ... the 53-year-old said").

Unlike a title ("the minister"), an epithet holds no role to match, so only position decides: the person named
last as a main clause's subject up to four sentences before, unless someone the parse did not make a salient
person may have been named between. An epithet a place qualifies ("the New York Democrat") tells what position
cannot check: it takes up only a person named with no one else from that one's sentence up to it.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.language import LanguageData
from quotegraph.extract.people import Person, gender_of
from quotegraph.extract.roles import title_word

_SENTENCES = 4  # sentences before an epithet's that may name the person it takes up
_AGE = re.compile(r"^\d+-")  # "53-year-old" is the epithet "year-old"


def epithet_gender(word: str, lang: LanguageData) -> str | None:
    """The gender an epithet tells ("" for either: "the Democrat", "the 53-year-old"), None for a word that is none."""
    return lang.epithets.get(_AGE.sub("", word.lower()))


def epithet_referent(
    index: DocIndex, cand: Candidate, token: Token, salient: list[tuple[int, Person]], titled: bool = False
) -> Person | None:
    """``Pep Guardiola ... "A," the Spaniard told ...``, ``the 53-year-old said``, ``The Democrat told Yahoo``: a
    definite description by an epithet (``epithets.tsv``: affiliation, origin, age, standing) stands for the person
    named last before it whose gender it fits (one with a name apposed names its own: the caller's to see); so does
    one whose noun an age is set before ("the 57-year-old scientist").

    ``titled``: the description's noun is a title and an age is set before it ("the 57-year-old former finance
    minister"): the caller tries this once the office named no one (it names the person and her role first, "the
    43-year-old former congressman").
    """
    lang = index.lang
    start, end = cand.mentions[0]
    words = index.text[start:end].split()
    if not words:
        return None
    at = index.token_at_or_after(start)
    article = index.doc[at] if index.doc[at].pos_ == "DET" else index.doc[at - 1] if at > 0 else None
    # a name's mention leaves its article out: "the 37-year-old Serb" is the mention "Serb"
    article = next((c for c in token.children if c.dep_ == "det"), article)
    if article is None or article.pos_ != "DET" or article.lower_ in lang.unnamed_markers:
        return None
    # "the Kentucky Republican": an affiliation a place qualifies, which position alone cannot check
    qualified = token.ent_type_ != "" and any(
        c.dep_ in {"compound", "amod", "nmod"} and c.pos_ == "PROPN" for c in token.children
    )
    gender = None if titled else epithet_gender(words[-1], lang)
    aged = any(_AGE.match(w) and epithet_gender(w, lang) is not None for w in words[1:-1])
    if gender is None and aged and title_word(token, lang) == titled:
        gender = lang.gender_words.get("title", {}).get(token.lower_, "")
    if gender is None:
        return None
    fitting = [
        (offset, p)
        for offset, p in salient
        if offset < token.idx and (not gender or gender_of(p, lang) in {None, gender}) and _main_subject(index, offset)
    ]
    if not fitting:
        return None
    offset, person = fitting[-1]
    mention = index.doc[index.token_at_or_after(offset)]
    # in its own sentence an epithet is someone else's ("X called on Republicans to unendorse Trump after the
    # billionaire mogul claimed"), and further back than the sentence before the last it may be anyone's
    if mention.sent.start == token.sent.start:
        return None
    sentences = {t.sent.start for t in index.doc[mention.i : token.sent.start] if not t.is_space}
    if len(sentences) > _SENTENCES:
        return None
    if _told_them(index, token, person):
        return None
    if qualified and _someone_else_named(index, mention, token, person, salient):
        return None
    return None if _unknown_subject_between(index, mention, token, {o for o, _ in salient}) else person


def _someone_else_named(
    index: DocIndex, mention: Token, token: Token, person: Person, salient: list[tuple[int, Person]]
) -> bool:
    """Whether anyone but ``person`` is named outside quotes from the sentence of ``person``'s mention up to a
    place-qualified epithet ("Dave Calhoun faced Richard Blumenthal. "A," the Connecticut Democrat said."): the
    qualifier tells something position cannot check, so the epithet takes up only one person named alone
    ("Senate Minority Leader Chuck Schumer dismissed the plan. Speaking on Sunday, the New York Democrat said")."""
    named_at = {offset: p for offset, p in salient}
    for tok in index.doc[mention.sent.start : token.i]:
        if index.in_quote(tok):
            continue
        other = named_at.get(tok.idx)
        if other is not None and other.name != person.name:
            return True
        if other is None and tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B" and tok.text not in person.name:
            return True
    return False


def _told_them(index: DocIndex, token: Token, person: Person) -> bool:
    """Whether the epithet's verb tells a pronoun that may stand for ``person`` ("Dave Calhoun faced questions from
    Senator Richard Blumenthal. "A," the Connecticut Democrat told him."): the one told is the one named before, and
    the epithet someone else's."""
    lang = index.lang
    gender = gender_of(person, lang)
    for child in token.head.children:
        pronoun = lang.pronouns.get(child.lower_)
        if pronoun is None or pronoun.kind != "personal" or child.dep_ not in {"dobj", "dative"}:
            continue
        if gender is None or pronoun.gender == gender:
            return True
    return False


def _unknown_subject_between(index: DocIndex, mention: Token, token: Token, known: set[int]) -> bool:
    """Whether a sentence between a person and an epithet opens with someone the parse did not make a salient
    person ("Liverpool boss Arne Slot struck a cautious tone. The Dutchman said", the recogniser taking Slot for
    no one; "Trump charges that A. The New York businessman says", the parser taking "Trump charges" for a noun):
    a proper noun subject not of an organisation or a place, or a person's name opening the sentence. Then the
    epithet may be that one's, and stays unresolved."""
    doc = index.doc
    for tok in doc[mention.i + 1 : token.i]:
        if index.in_quote(tok) or tok.idx in known:
            continue
        # capitalised: not "Israel's foreign ministry said", a common noun the tagger took for a name
        subject = tok.dep_ == "nsubj" and tok.pos_ == "PROPN" and tok.head.dep_ == "ROOT" and tok.text[:1].isupper()
        if subject and tok.ent_type_ in {"", "PERSON"}:
            return True
        opening = tok.i == tok.sent.start or doc[tok.i - 1].is_space
        if opening and tok.ent_type_ == "PERSON":
            return True
    return False


def _main_subject(index: DocIndex, offset: int) -> bool:
    """Whether the mention at ``offset`` is the subject of a main clause ("Pep Guardiola said"), not of a clause
    within one ("he expected Kevin De Bruyne to be fit"), or of a report set before its reporting verb ("Greta
    Thunberg was deported on Monday, the ministry said"): the one a later epithet takes up."""
    mention = index.doc[index.token_at_or_after(offset)]
    subject = next((t for t in [mention, *mention.ancestors] if t.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return False
    clause = subject.head
    return clause.dep_ in {"ROOT", "conj"} or (clause.dep_ == "ccomp" and clause.i < clause.head.i)
