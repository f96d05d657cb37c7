"""Resolving each attribution's speaker mention to one canonical name for the article, with its kind and role.

Names cluster by surname (the fullest proper-name mention is canonical); pronouns take the most recent salient
person (a speaker or a named subject); descriptions ("the official", "the minister") take the most recent speaker
whose role contains the noun, else the most recent speaker; anonymous sources stay anonymous with their wording.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.language import LanguageData
from quotegraph.extract.mentions import (
    acronym,
    description_tokens,
    entity_of,
    mention_kind,
    mention_span,
    mention_tokens,
    named_appositions,
    role_of,
)
from quotegraph.model import Evidence, Span

_ORG_ENTS = {"ORG", "GPE", "NORP", "FAC"}


@dataclass
class Person:
    """A named speaker within one article: canonical name, kind, and the role written next to any mention."""

    name: str
    kind: str
    role: Evidence | None = None
    surnames: set[str] = field(default_factory=set)
    gender: str | None = None  # "m" or "f" when a mention tells: "Mrs. Lee", "Ann Lee"


class NameIndex:
    """Every person and organisation named in the article, clustered by name."""

    def __init__(self, index: DocIndex) -> None:
        self.index = index
        self.people: list[Person] = []
        self._by_key: dict[str, Person] = {}
        ents = index.doc.ents
        for ent in sorted(ents, key=lambda e: -len(e)):
            if ent.label_ == "PERSON":
                self._add(ent.root)
        for ent in ents:
            if ent.label_ == "PERSON" and not index.in_quote(ent.root):
                person = self.lookup(ent.root)
                if person is not None and person.role is None:
                    person.role = role_of(ent.root, index.lang)
                    if person.role is not None and self._organisation_apposition(ent.root):
                        person.kind = "organisation"  # "Al Hadi, the largest opposition party, said"

    def _organisation_apposition(self, token: Token) -> bool:
        appositions = [c for c in token.children if c.dep_ == "appos" and c.i > token.i and entity_of(c) is None]
        return bool(appositions) and self.index.lang.source_nouns.get(appositions[0].lemma_.lower()) == "organisation"

    def _name(self, token: Token) -> str:
        toks = mention_tokens(token, self.index.lang)
        while toks and toks[0].lower_ in self.index.lang.honorifics:
            toks = toks[1:]
        if not toks:
            return token.text
        return token.doc[toks[0].i : toks[-1].i + 1].text

    def _add(self, token: Token) -> None:
        name = self._name(token)
        known = self._find(name)
        if known is not None:
            known.gender = known.gender or self._gender(token)
            return
        surnames = {name.split()[-1].lower()}
        self._remember(Person(name=name, kind="person", surnames=surnames, gender=self._gender(token)))

    def _remember(self, person: Person) -> None:
        self.people.append(person)
        self._by_key[person.name.lower()] = person

    def _find(self, name: str) -> Person | None:
        key = name.lower()
        if key in self._by_key:
            return self._by_key[key]
        words = _name_words(key)
        matches = [p for p in self.people if _contains(_name_words(p.name.lower()), words)]
        return matches[0] if len(matches) == 1 else None

    def lookup(self, token: Token) -> Person | None:
        """The person a name mention belongs to, or None when the mention names nobody known."""
        person = self._find(self._name(token))
        if person is not None and person.gender is None:
            person.gender = self._gender(token)
        return person

    def _gender(self, token: Token) -> str | None:
        """The gender a name mention tells by the honorific before it ("Mrs. Lee") or a full name's given name."""
        words = self.index.lang.gender_words
        toks = mention_tokens(token, self.index.lang)
        if not toks:
            return None
        before = token.doc[toks[0].i - 1].lower_ if toks[0].i > 0 else ""
        honorific = words.get("honorific", {})
        gender = honorific.get(before) or honorific.get(toks[0].lower_)
        names = [t for t in toks if t.lower_ not in honorific]
        if gender is None and len(names) >= 2:
            gender = words.get("given_name", {}).get(names[0].lower_)
        return gender

    def describe(self, token: Token) -> Person:
        """The person or organisation a name mention refers to, created when unknown.

        An organisation when the recogniser's organisation or place entity holds every word of the name ("Valeska
        Paris" is no place because "Paris" is one), or when no person entity does and the name ends in an
        organisation noun ("the Saudi Interior Ministry"). A new person is remembered, so that a shorter mention
        later ("La Russa" after "Ignazio La Russa") is the same person whatever the recogniser calls it.
        """
        person = self.lookup(token)
        if person is not None:
            return person
        ent = entity_of(token)
        words = [t for t in mention_tokens(token, self.index.lang) if t.pos_ == "PROPN"]
        organisation = ent is not None and ent.label_ in _ORG_ENTS and all(ent.start <= t.i < ent.end for t in words)
        if organisation and 2 <= len(words) <= 3 and self._gender(token) is not None:
            organisation = False  # "Amanda Terkel": a given name opens a person's name whatever the recogniser says
        if not organisation and (ent is None or ent.label_ != "PERSON") and words:
            organisation = self.index.lang.source_nouns.get(words[-1].lower_) == "organisation"
        if ent is None and not words and acronym(token):
            organisation = True  # "WHO say": the pronoun's letters in capitals
        person = Person(name=self._name(token), kind="organisation" if organisation else "person")
        person.gender = None if organisation else self._gender(token)
        if person.kind == "person":
            self._remember(person)
        return person


def _name_words(name: str) -> list[str]:
    """A lower-case name's words, each without what a hyphen joins before it ("al-Hashemi" is "Hashemi" too)."""
    return [word.rsplit("-", 1)[-1] for word in name.split()]


def _contains(words: list[str], part: list[str]) -> bool:
    n = len(part)
    return any(words[i : i + n] == part for i in range(len(words) - n + 1))


def resolve_speakers(index: DocIndex, candidates: list[Candidate]) -> None:
    """Fill ``name``, ``kind``, ``mentions`` and ``role`` of every candidate, in text order."""
    names = NameIndex(index)
    salient: list[tuple[int, Person]] = _named_subjects(index, names)
    for cand in sorted(candidates, key=lambda c: c.anchor):
        if cand.inherited_from is not None or cand.speaker_token is None:
            continue
        person = _resolve_one(index, names, cand, salient)
        if person is None:
            continue
        cand.name, cand.kind = person.name, person.kind
        cand.role = person.role
        if person.kind == "person":
            salient.append((index.doc[cand.speaker_token].idx, person))
            salient.sort(key=lambda item: item[0])
    for cand in candidates:
        if cand.inherited_from is not None:
            _copy_speaker(cand, cand.inherited_from)


def _copy_speaker(cand: Candidate, source: Candidate) -> None:
    cand.name, cand.kind, cand.role = source.name, source.kind, source.role
    cand.mentions = list(source.mentions)


def _named_subjects(index: DocIndex, names: NameIndex) -> list[tuple[int, Person]]:
    out = []
    for tok in index.doc:
        if tok.dep_ in {"nsubj", "nsubjpass"} and tok.ent_type_ == "PERSON" and not index.in_quote(tok):
            person = names.lookup(tok)
            if person is not None:
                out.append((tok.idx, person))
    return out


def _resolve_one(
    index: DocIndex, names: NameIndex, cand: Candidate, salient: list[tuple[int, Person]]
) -> Person | None:
    lang = index.lang
    token = index.doc[cand.speaker_token]  # type: ignore[index]
    kind = mention_kind(token, lang)
    cand.mentions = [mention_span(token, lang)]
    if kind == "relative" and cand.antecedent is not None:
        antecedent = index.doc[cand.antecedent]
        cand.mentions.insert(0, mention_span(antecedent, lang))
        token, kind = antecedent, mention_kind(antecedent, lang)
    holder = _title_holder(token, lang)
    if holder is not None:
        return _named_by_apposition(index, names, cand, token, holder, mention_span(holder, lang)[0])
    if kind == "name" and entity_of(token) is None and _hyphenated_title(index, token):
        kind = "description"  # "the secretary-general": the tagger reads a title's capitals or hyphen as a name
    entity = entity_of(token)
    if (
        kind == "name"
        and token.lower_ in lang.titles
        and (
            (entity is None and (_named_appositions(cand, token) or _bare_title(token)))
            # "Trump's National Security Advisor, Ann Lee, said": the recogniser may take a title for an organisation
            or (entity is not None and entity.label_ == "ORG" and _named_appositions(cand, token))
        )
    ):
        kind = "description"  # "The British Foreign Secretary, Ann Lee, said", "The President said": a title's
        # capitals make no name
        words = description_tokens(token)
        cand.mentions[0] = (words[0].idx, words[-1].idx + len(words[-1]))
    if kind == "name":
        return names.describe(token)
    owner = _named_owner(token, lang)
    if owner is not None:
        return names.describe(owner)
    before = [p for offset, p in salient if offset < token.idx]
    if kind == "pronoun":
        pronoun = lang.pronouns.get(token.lower_)
        if pronoun is not None and pronoun.kind == "personal" and before:
            # "she" is not the man named last: the last person whose gender is unknown or hers
            fitting = [p for p in before if _gender_of(p, lang) in {None, pronoun.gender}]
            if fitting:
                return fitting[-1]
        if pronoun is not None and pronoun.kind == "organisation":
            organisation = _last_organisation(index, names, token)
            if organisation is not None:
                return organisation
        group = _last_group(index, token) if pronoun is not None and pronoun.kind == "plural" else None
        if group is not None:
            start, end = mention_span(group, lang)
            noun_kind = lang.source_nouns.get(group.lemma_.lower())
            return Person(
                name=index.text[start:end], kind="organisation" if noun_kind == "organisation" else "anonymous"
            )
        return Person(name=token.text, kind="unknown")
    text = index.text[cand.mentions[0][0] : cand.mentions[0][1]]  # the antecedent's words, not "who"
    known = names.lookup(token) if kind in {"description", "anonymous"} and _bare_capitalised(token) else None
    if known is not None and known.kind == "person":
        return known  # "Lage denied", "Waters said": a surname the tagger took for a common noun
    named = _named_appositions(cand, token)
    if named:
        if token.lower_ in lang.titles or token.lemma_.lower() in lang.titles:
            # "The secretary general of CEI (Italian Episcopal Conference), Ann Lee, said": a title's holder is a person
            named.sort(key=lambda c: c.ent_type_ != "PERSON")
        return _named_by_apposition(index, names, cand, token, named[0])
    beside = _name_beside(cand, token)
    if beside is not None:
        return _named_by_apposition(index, names, cand, token, beside, mention_span(beside, lang)[0])
    noun_kind = lang.source_nouns.get(token.lemma_.lower())
    if kind == "anonymous":
        return Person(name=text, kind="anonymous")
    if noun_kind == "organisation":
        return Person(name=text, kind="organisation")
    titled = token.lower_ in lang.titles or token.lemma_.lower() in lang.titles or _hyphenated_title(index, token)
    if titled and token.tag_ in {"NNS", "NNPS"}:
        return Person(name=text, kind="anonymous")  # "the officials" are no one person named before
    if titled:
        by_role = [p for p in before if p.role and token.lemma_.lower() in p.role.value.lower()]
        if by_role:
            return by_role[-1]
        if before and not _named_qualifier(token):
            return before[-1]  # "the official" is someone named before; "the chief officer for Renesys" is new
    return Person(name=text, kind="anonymous" if noun_kind == "anonymous" else "unknown")


def _named_appositions(cand: Candidate, token: Token) -> list[Token]:
    """The names set beside a description in apposition, outside the content ("SMITH: Secretary Lee, …" addresses
    Lee)."""
    return [c for c in named_appositions(token) if not cand.content[0] <= c.idx < cand.content[1]]


def _name_beside(cand: Candidate, token: Token) -> Token | None:
    """``according to curator Ann Lee`` / ``Cuban vice-premier Carlos Lage``: the parser hung the name right after
    the description beside it, as a second object of the same word, instead of in apposition."""
    if token.head is token:
        return None
    for sibling in token.head.children:
        if (
            sibling.i > token.i
            and sibling.dep_ == token.dep_
            and sibling.ent_type_ == "PERSON"
            and sibling.left_edge.i == token.right_edge.i + 1
            and not cand.content[0] <= sibling.idx < cand.content[1]
        ):
            return sibling
    return None


def _bare_title(token: Token) -> bool:
    """``The President``, ``The President of Mali``, ``CEO of the firm``: a capitalised title with no name words."""
    return all(
        c.dep_ in {"prep", "amod"} or (c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "poss" and entity_of(c))
        for c in token.children
    )


def _bare_capitalised(token: Token) -> bool:
    """A capitalised noun with no determiner or possessor: a name the tagger may have read as a common noun."""
    return token.text[:1].isupper() and not any(c.dep_ in {"det", "poss"} for c in token.children)


def _named_qualifier(token: Token) -> bool:
    """A title qualified by a named organisation or place ("the chief technology officer for Renesys") describes
    someone new; "the former secretary of state" does not."""
    objects = [g for prep in token.children if prep.dep_ == "prep" for g in prep.children if g.dep_ == "pobj"]
    objects += [c for c in token.children if c.dep_ == "poss"]  # "Indonesia's foreign minister"
    return any(g.pos_ == "PROPN" or entity_of(g) is not None for g in objects)


def _title_holder(token: Token, lang: LanguageData) -> Token | None:
    """``Governor of Washington Chris Gregoire said``, ``Ambassador to the U.S. Ron Dermer wrote``: the parser made
    the title the subject and hung the name, glued to the title's object, on its preposition; the person named there
    speaks. After "to" or "for" only a name glued so: "a spokesman for Ann Lee" speaks for her."""
    if token.lower_ not in lang.titles or entity_of(token) is not None:
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in {"of", "to", "for"}:
            people = [g for g in prep.children if g.dep_ == "pobj" and g.ent_type_ == "PERSON"]
            if people and _glued(people[0], loosely=prep.lower_ == "of"):
                return people[0]
    return None


def _glued(name: Token, loosely: bool) -> bool:
    """Whether a name follows another proper noun in the same phrase ("to the U.S. Ron Dermer"), not only a common
    noun ("for the website Facebook"); ``loosely``, any word before it will do, as the recogniser often runs the
    title's object into the name ("of Defense Ann Lee"), but a lone name is the title's object ("of Mali")."""
    before = [t for t in name.subtree if t.i < name.i and t.ent_type_ != "PERSON"]
    if loosely:
        return name.left_edge.i < name.i
    return any(t.pos_ == "PROPN" or t.ent_type_ for t in before)


def _named_owner(token: Token, lang: LanguageData) -> Token | None:
    """``Cornyn's statement added`` / ``Ann Lee's remarks said``: a statement noun with a named possessor speaks for
    that person (an organisation noun does not: "Trump's campaign said" is the campaign's)."""
    if token.lemma_.lower() not in lang.statement_nouns:
        return None
    owners = [c for c in token.children if c.dep_ == "poss"]
    if owners and mention_kind(owners[0], lang) == "name":
        return owners[0]
    return None


def _hyphenated_title(index: DocIndex, token: Token) -> bool:
    """The head of "the secretary-general" is "general": the title is the hyphenated word it ends."""
    text = index.text
    start = token.idx
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return any(part in index.lang.titles for part in text[start : token.idx].lower().split("-"))


def _named_by_apposition(
    index: DocIndex, names: NameIndex, cand: Candidate, description: Token, name: Token, role_end: int | None = None
) -> Person:
    """``The company's chief executive, Ben Ortiz, said``: the name is the speaker, the description its role (up to
    ``role_end`` when the name follows it directly: "Cuban vice-premier Carlos Lage")."""
    start, end = cand.mentions[0]  # the description: the speaker's own mention, or a relative pronoun's antecedent
    named = mention_span(name, index.lang)
    if role_end is None and start < named[0] < end:
        role_end = named[0]  # the parser ran the description into the name: "CEO of the Council Enver | Solomon"
    if role_end is not None:
        end = start + len(index.text[start:role_end].rstrip(" -,"))
    cand.mentions[0] = named
    person = names.describe(name)
    role = index.text[start:end]
    if person.role is None or (person.role.value in role and person.role.value != role):
        person.role = Evidence(role, Span.of(index.text, start, end), 0.75)  # "Cuban vice-premier", not "premier"
    if description.lower_ in index.lang.titles or description.lemma_.lower() in index.lang.titles:
        person.kind = "person"  # "Current president, Marc Dufresne": the recogniser may call him an organisation
    elif index.lang.source_nouns.get(description.lemma_.lower()) == "organisation":
        person.kind = "organisation"  # "the state-owned daily, The Herald": the recogniser may call it a person
    return person


def _last_organisation(index: DocIndex, names: NameIndex, pronoun: Token) -> Person | None:
    """``it said``: the organisation named as a subject most recently before the pronoun, in the same paragraph."""
    para = index.paragraph_of(pronoun.idx)
    for tok in reversed(index.doc[: pronoun.i]):
        if index.paragraph_of(tok.idx) < para - 1:
            break
        if tok.dep_ not in {"nsubj", "nsubjpass"} or index.in_quote(tok):
            continue
        known = names.lookup(tok) if tok.ent_type_ == "PERSON" else None
        if tok.ent_type_ == "ORG" or (known is not None and known.kind == "organisation"):
            return names.describe(tok)
    return None


def _last_group(index: DocIndex, pronoun: Token) -> Token | None:
    """``Officials went to the station, where they said ...``: the plural subject "they" takes up, when it is the
    last one before the pronoun in its sentence or the one before and can speak (a source noun or a title,
    "supporters", "officials", or a group the recogniser names, "Democrats"); None otherwise ("The talks ... They
    focused on" names no speaker)."""
    sent = pronoun.sent
    first = sent.start
    if first > 0:
        first = index.doc[first - 1].sent.start
    lang = index.lang
    for tok in reversed(index.doc[first : pronoun.i]):
        if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.tag_ not in {"NNS", "NNPS"} or index.in_quote(tok):
            continue
        lemma = tok.lemma_.lower()
        speaking = lemma in lang.source_nouns or lemma in lang.titles or tok.lower_ in lang.titles
        return tok if speaking or tok.ent_type_ in {"NORP", "ORG"} else None
    return None


def _gender_of(person: Person, lang: LanguageData) -> str | None:
    """A person's gender as a mention told it, else as a gendered word of the role tells it ("spokeswoman")."""
    if person.gender is not None or person.role is None:
        return person.gender
    titles = lang.gender_words.get("title", {})
    genders = {titles[w] for w in person.role.value.lower().replace("-", " ").split() if w in titles}
    return genders.pop() if len(genders) == 1 else None
