"""Descriptions named after them: wire copy describes in its lead and names after ("Kenya's president on Wednesday
withdrew the bill, saying A" ... "President William Ruto"; "The head of the WHO warned A" ... "Tedros told the
assembly"). Run once every speaker is resolved (``resolve.py``).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.headlines import in_headline
from quotegraph.extract.holders import owning_pronoun
from quotegraph.extract.people import Person
from quotegraph.extract.roles import generic_title, role_holds, title_word
from quotegraph.model import Evidence, Span

_POSSESSIVE = re.compile(r"\b([A-Z][\w-]*)(?:'s|’s)\b")  # "Greenland's" of "Greenland's prime minister"
_NAMED_AFTER = 2  # paragraphs after a description in which the one it describes may be named
DESCRIBED_ROLE_CONFIDENCE = 0.6  # a role read off a description resolved to a person by position alone


def named_after(index: DocIndex, candidates: list[Candidate], salient: list[tuple[int, Person]]) -> None:
    """A description of an office (not a generic title, "the official") that no one named before holds ("Kenya's
    president on Wednesday withdrew the bill, saying A") stands for the first person named after it, within
    ``_NAMED_AFTER`` paragraphs, whose role holds its title ("President William Ruto said B"): wire copy describes
    in its lead and names after. Where no one's role holds it and no one was named before (a lead), the person
    named first in the next paragraph with no role at all, and no one else named between ("The head of the WHO
    warned A. "B," Tedros told the assembly"); a generic title so only with a phrase that qualifies it, and not a
    description owned by someone named ("Gary Johnson's doctor"). A lead's description with "a" ("A U.S. judge on
    Tuesday ordered ...") stands for one named after whose role writes its title with its names ("U.S. District
    Judge Amit Mehta"), and for no one else: it is otherwise a source left unnamed."""
    # a description resolved for one report is resolved for every report it speaks ("rejected A, saying B"): the
    # role the first gave the one named after would keep the second from matching him
    found: dict[int, Candidate] = {}
    for cand in candidates:
        if cand.inherited_from is not None or cand.speaker_token is None:
            continue
        if (same := found.get(cand.speaker_token)) is not None:
            cand.name, cand.kind, cand.role = same.name, same.kind, same.role
            continue
        token = index.doc[cand.speaker_token]
        before = (cand.name, cand.kind)
        _resolve_described(index, candidates, cand, token, salient)
        if (cand.name, cand.kind) != before:
            found[cand.speaker_token] = cand


def _resolve_described(
    index: DocIndex, candidates: list[Candidate], cand: Candidate, token: Token, salient: list[tuple[int, Person]]
) -> None:
    """Resolve one report's description to the one named after it, as ``named_after`` says."""
    lang = index.lang
    indefinite = cand.kind == "anonymous" and _indefinite_lead(index, token, salient)
    if (cand.kind != "unknown" and not indefinite) or not title_word(token, lang) or token.tag_ in {"NNS", "NNPS"}:
        return
    para = index.paragraph_of(token.idx)
    if indefinite:
        named = _names_before(token)
        for at, p in salient:
            if at > token.idx and index.paragraph_of(at) - para <= _NAMED_AFTER and _named_in_role(p, token, named):
                cand.name, cand.kind, cand.role = p.name, p.kind, p.role
                break
        return
    if (echo := _echoed_after(index, salient, token, para)) is not None:
        cand.name, cand.kind, cand.role = echo.name, echo.kind, echo.role
        return
    # "the head of the World Health Organization", "The United Nations' top humanitarian official"
    named = _names_before(token)  # "A U.S. judge ... U.S. District Judge Amit Mehta"
    qualified = bool(named) or any(c.dep_ == "prep" or _owning_body(c) for c in token.children)
    if generic_title(token, lang) and not qualified:
        return
    later = [
        p
        for at, p in salient
        if at > token.idx
        and (not generic_title(token, lang) or _named_in_role(p, token, named))
        and index.paragraph_of(at) - para <= _NAMED_AFTER
        and p.role is not None
        and role_holds(p.role.value, token, lang)
        and _objects_held(p.role.value, token)
        and not _owned_otherwise(p.role.value, token)
    ]
    # "Gary Johnson's doctor", not "The United Nations' top humanitarian official"
    owned = any(c.dep_ == "poss" and c.pos_ == "PROPN" and not _owning_body(c) for c in token.children)
    first = not any(at < token.idx for at, _ in salient)  # no one named before: a lead
    if not later and first and not owned:  # "The head of the WHO warned A.\n\n"B," Tedros Adhanom Ghebreyesus told ..."
        later = [p for at, p in _first_named_after(index, salient, token) if p.role is None and p.kind == "person"]
        if later:  # the description is the role of all her reports: "The chief executive of CrowdStrike"
            _give_role(index, candidates, cand, later[0])
    if later:
        cand.name, cand.kind, cand.role = later[0].name, later[0].kind, later[0].role


def headline_body_named_after(index: DocIndex, candidates: list[Candidate]) -> None:
    """``Israeli strike kills Hezbollah commander, military says`` over ``..., the Israeli military said``: a
    headline's bare organisation noun, with no article or name of its own, stands for the organisation the first
    report after the headline gives a speaker headed by that noun."""
    lang = index.lang
    speaking = [(c, index.doc[c.speaker_token]) for c in candidates if c.speaker_token is not None]
    bodies = [(c, t) for c, t in speaking if c.kind == "organisation" and c.name is not None]
    for cand, token in bodies:
        if not in_headline(index, token.idx) or lang.source_nouns.get(token.lemma_.lower()) != "organisation":
            continue
        if any(c.dep_ in {"det", "poss", "compound", "amod"} for c in token.children):
            continue  # "Israel's military", "Health Ministry": named in the headline itself
        later = (
            c
            for c, t in bodies
            if index.paragraph_of(t.idx) > 0 and t.lemma_ == token.lemma_ and (c.name or "").lower() != token.lower_
        )
        if (first := next(later, None)) is not None:
            cand.name, cand.role = first.name, first.role
    _headline_title_reported_after(index, candidates)


def _headline_title_reported_after(index: DocIndex, candidates: list[Candidate]) -> None:
    """``Pentagon chief defends boat strikes`` over ``Defense Secretary Pete Hegseth on Tuesday defended ...``: a
    headline's title that no one named holds stands for the person who speaks the first report after the headline,
    where that report's cue is the headline's verb or that person's role holds the title."""
    body = [c for c in candidates if c.cue_token is not None and not in_headline(index, index.doc[c.cue_token].idx)]
    lead = min(body, key=lambda c: c.cue_token or 0, default=None)
    if lead is None or lead.kind != "person" or lead.cue_token is None:
        return
    for cand in candidates:
        if cand.kind != "unknown" or cand.speaker_token is None or cand.cue_token is None:
            continue
        token = index.doc[cand.speaker_token]
        same_verb = _cue_lemma(index, cand.cue_token) == _cue_lemma(index, lead.cue_token)
        # or the lead speaker's role holds the title: "Thai PM vows" over "Thailand's prime minister said", Prime
        # Minister Anutin Charnvirakul named after
        held = lead.role is not None and role_holds(lead.role.value, token, index.lang)
        titled = title_word(token, index.lang) or token.lower_ in index.lang.offices  # "chief", "PM"
        if (same_verb or held) and in_headline(index, token.idx) and titled:
            cand.name, cand.kind, cand.role = lead.name, lead.kind, lead.role


def _cue_lemma(index: DocIndex, at: int) -> str:
    """A cue's verb, also where the tagger read a headline's verb as a noun ("defends")."""
    token = index.doc[at]
    entry = index.lang.finite_cue_verb(token.text)
    return entry.lemma if entry is not None else token.lemma_.lower()


def _indefinite_lead(index: DocIndex, title: Token, salient: list[tuple[int, Person]]) -> bool:
    """A title with "a" or "an" and names only ("A U.S. judge"), before anyone is named; not one an adjective
    qualifies ("a senior NATO diplomat" is a source left unnamed, whoever is named after)."""
    determiners = [c.lower_ for c in title.children if c.dep_ in {"det", "poss", "nummod"}]
    qualified = any(c.dep_ == "amod" and not _nationality(c) for c in title.children)
    named_before = any(at < title.idx for at, _ in salient)
    ordinary = index.lang.source_nouns.get(title.lemma_.lower()) != "anonymous"
    return determiners in (["a"], ["an"]) and not qualified and not named_before and ordinary


def _names_before(title: Token) -> list[str]:
    """Every name written before a title in its phrase, lower-cased: of "A U.S. District Court judge" "court" and
    the "U.S." and "District" hung on it."""
    return [t.lower_ for t in title.subtree if t.i < title.i and t.pos_ == "PROPN"]


def _named_in_role(person: Person, title: Token, named: list[str]) -> bool:
    """Whether a generic title qualified by names ("A U.S. judge") is written in a person's role with those names
    ("U.S. District Judge"): not "A U.S. official" for "U.S. Secretary of State"."""
    role = person.role.value.lower() if person.role is not None else ""
    nationality = any(c.dep_ == "amod" and _nationality(c) for c in title.children)  # "A Philippine senator"
    return bool(named or nationality) and title.lemma_.lower() in role.split() and all(word in role for word in named)


def _nationality(word: Token) -> bool:
    """A capitalised adjective of nationality ("Philippine", "French"), which names a country, not a rank."""
    return word.ent_type_ == "NORP" and word.text[:1].isupper()


def _echoed_after(index: DocIndex, salient: list[tuple[int, Person]], title: Token, para: int) -> Person | None:
    """``A, his spokesman said. // The spokesman, Willie Bassey, said B``: a title a pronoun owns stands for the first
    person named after it, within ``_NAMED_AFTER`` paragraphs, whose role is that title alone, with a definite article
    or none ("spokesman Prasetyo Hadi told reporters")."""
    if owning_pronoun(title, index.lang) is None:
        return None
    for at, person in salient:
        if at <= title.idx or index.paragraph_of(at) - para > _NAMED_AFTER or person.role is None:
            continue
        words = person.role.value.lower().split()
        if words in ([title.lower_], ["the", title.lower_]):
            return person
    return None


def _give_role(index: DocIndex, candidates: list[Candidate], described: Candidate, person: Person) -> None:
    start, end = described.mentions[0]
    text = index.text[start:end]
    person.role = Evidence(text, Span(start, end, text), DESCRIBED_ROLE_CONFIDENCE)
    for cand in candidates:
        if cand.name == person.name and cand.kind == "person" and cand.role is None:
            cand.role = person.role


def _first_named_after(index: DocIndex, salient: list[tuple[int, Person]], token: Token) -> list[tuple[int, Person]]:
    """The first person named after a description, if named in the very next paragraph, not beside the description
    in its own sentence, and no one else is named between (outside quotations)."""
    after = [(at, p) for at, p in salient if at > token.idx]
    if not after or index.paragraph_of(after[0][0]) != index.paragraph_of(token.idx) + 1:
        return []
    at, person = after[0]
    between = (e for e in index.doc.ents if e.label_ == "PERSON" and token.idx < e.start_char and e.end_char < at)
    # "Philippine lawmaker wants Trump banned": one named beside the description is someone else
    own = {t.i for t in token.subtree}
    beside = (t for t in token.sent if t.pos_ == "PROPN" and t.i not in own and t.text in person.name.split())
    return [] if any(not index.in_quote(e.root) for e in between) or any(beside) else after[:1]


def _objects_held(role: str, title: Token) -> bool:
    """Whether a role holds the objects of a title's phrases ("state" of "the former secretary of state" is not in
    "the campaign's press secretary") and one of the words compounded with it, names of places and bodies aside
    ("prime" of "the former prime minister" is not in "Interior Minister"; "attorney" of "the New York state
    attorney general" is in "Attorney General"; "DNC chair" needs no "DNC")."""
    objects = [o for c in title.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    joined = [c for c in title.children if c.dep_ == "compound" and not c.ent_type_]
    held = all(o.lower_ in role.lower() for o in objects)
    return held and (not joined or any(c.lower_ in role.lower() for c in joined))


def _owned_otherwise(role: str, title: Token) -> bool:
    """Whether a role names another owner of its office than the description's ("Greenland's prime minister" holds
    no "Denmark's prime minister"); a role that names none may be anyone's ("President" for "Kenya's president")."""
    owners = [c.lower_ for c in title.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    named = {m.group(1).lower() for m in _POSSESSIVE.finditer(role)}
    return bool(owners) and bool(named) and not any(owner in named for owner in owners)


def _owning_body(word: Token) -> bool:
    """A possessor that is an organisation, a place or a people, whose office a title names ("The United Nations'
    top humanitarian official", a proper noun the recogniser read as none), not a person ("Gary Johnson's doctor")."""
    return word.dep_ == "poss" and (
        word.ent_type_ in {"ORG", "GPE", "NORP"} or (word.pos_ == "PROPN" and not word.ent_type_)
    )
