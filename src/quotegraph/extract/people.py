"""Who an article names: every person and organisation, clustered by name, with the role and gender a mention
tells.

Names cluster by surname ("La Russa" after "Ignazio La Russa"); the fullest proper-name mention is canonical. A
gender comes from an honorific ("Mrs. Lee"), a full name's given name ("Ann Lee") or a gendered word of the role
("spokeswoman"), as listed in the language's ``gender_words.tsv``; it only keeps "he" and "she" from naming the
wrong person.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from quotegraph.extract.candidates import DocIndex
from quotegraph.extract.language import LanguageData
from quotegraph.extract.media_names import outlet_name
from quotegraph.extract.mentions import (
    acronym,
    entity_of,
    mention_tokens,
    name_tokens,
    name_word_shaped,
    organisation_named_elsewhere,
)
from quotegraph.extract.name_context import after_the, apposed_descriptions, one_of, with_owner
from quotegraph.extract.name_edges import is_title
from quotegraph.extract.roles import description_before, office_in_relative, role_of, title_before, title_word
from quotegraph.model import Evidence

_ORG_ENTS = {"ORG", "GPE", "NORP", "FAC"}


@dataclass
class Person:
    """A named speaker within one article: canonical name, kind, and the role written next to any mention."""

    name: str
    kind: str
    role: Evidence | None = None
    gender: str | None = None  # "m" or "f" when a mention tells: "Mrs. Lee", "Ann Lee"


class NameIndex:
    """Every person and organisation named in the article, clustered by name."""

    def __init__(self, index: DocIndex) -> None:
        self.index = index
        self.people: list[Person] = []
        self._by_key: dict[str, Person] = {}
        # each person with their name's words, in the order they were met, under every word of the name: a look-up
        # asks only the people who share its first word (an article may name hundreds)
        self._named: list[tuple[Person, list[str]]] = []
        self._by_word: dict[str, list[tuple[Person, list[str]]]] = {}
        ents = index.doc.ents
        # not "a Ann Lee few have seen", nor "The Herald says" (a one-word name after "the" is no person)
        people = [
            ent
            for ent in ents
            if ent.label_ == "PERSON" and ent[0].lower_ not in {"a", "an"} and not after_the(ent.root)
        ]
        named = [self._read(ent.root)[1:] for ent in people]
        named = self._without_headline_words(named, [index.paragraph_of(ent.start_char) == 0 for ent in people])
        fuller = self._fuller_unrecognised(ents)
        named += [self._read(token)[1:] for token in fuller]
        # the longest names first, so that a shorter one joins its person ("Obama" of "Barack Obama"); by the name
        # read, not the entity, which may hold a headline's verb ("Obama Seeks" reads "Obama")
        for name, gender in sorted(named, key=lambda read: -len(read[0].split())):
            self._add(name, gender)
        heads = [
            head for head in [ent.root for ent in ents if ent.label_ == "PERSON"] + fuller if not index.in_quote(head)
        ]
        for head in heads:
            person = self.lookup(head)
            if person is not None and person.role is None:
                person.role = role_of(head, index.lang)
                if person.role is not None and " " not in person.role.value:  # "medical director, Professor X"
                    person.role = description_before(head, index.lang) or person.role
                if person.role is not None and self.organisation_apposition(head):
                    person.kind = "organisation"  # "Al Hadi, the largest opposition party, said"
            if person is not None and person.gender is None and self._firm_noun_before(head):
                person.kind = "organisation"  # "Grid operator Red Electrica rejected"
        for head in heads:  # a title the name is apposed to, where no mention has one beside it
            person = self.lookup(head)
            if person is not None and person.role is None:
                person.role = description_before(head, index.lang) or office_in_relative(head, index.lang)

    def _firm_noun_before(self, head: Token) -> bool:
        """Whether a name the recogniser read as a person's follows a noun of a firm compounded on it ("Grid operator
        Red Electrica", "utility PG&E"): an organisation's name."""
        first = name_tokens(head, self.index.lang)[0]
        before = self.index.doc[first.i - 1] if first.i > 0 else None
        return (
            before is not None
            and before.dep_ == "compound"
            and before.pos_ == "NOUN"
            and self.index.lang.source_nouns.get(before.lemma_.lower()) == "organisation"
        )

    def _without_headline_words(
        self, named: list[tuple[str, str | None]], headline: list[bool]
    ) -> list[tuple[str, str | None]]:
        """Names read in the headline (``headline``: whether each is) without a word its capitals ran into them
        (``_run_in``), as the article gives them elsewhere."""
        names = {name.lower() for name, _ in named}
        return [
            (name.split(" ", 1)[1], gender) if first and self._run_in(name.split(), names) else (name, gender)
            for (name, gender), first in zip(named, headline, strict=True)
        ]

    def _fuller_unrecognised(self, ents: Sequence[Span]) -> list[Token]:
        """The last words of full names the recogniser did not read as a person's whose surname it read as one
        alone elsewhere, and as no other full name's ("Keir Starmer became prime minister ... Starmer said"): the
        fuller name is canonical. Not where it ends another known name ("Michelle Obama") or runs on past the surname
        ("Trump University")."""
        people = [ent for ent in ents if ent.label_ == "PERSON"]
        surnames = {ent.text for ent in people if len(ent) == 1} | self._speaking_surnames()
        surnames -= {ent[-1].text for ent in people if len(ent) > 1}
        out = []
        for token in self.index.doc:
            if token.text not in surnames or token.ent_type_ == "PERSON" or token.pos_ != "PROPN":
                continue
            toks = self._read(token)[0]
            full = all(name_word_shaped(t) for t in toks)
            if 1 < len(toks) <= 3 and toks[-1].i == token.i and full:
                out.append(token)
        return out

    def _speaking_surnames(self) -> set[str]:
        """Names of one word the recogniser read as no person's that speak alone (the subject of a cue verb) and
        that a capitalised word before them opens in the body ("Shigeru Ishiba won ... Ishiba told"): an
        organisation's short name is its first word ("Boeing Co"), a person's the last. Neither word a title, an
        acronym or an organisation noun ("State Department ... Department said", "RJR Nabisco")."""
        doc, lang = self.index.doc, self.index.lang
        body = [t for t in doc if self.index.paragraph_of(t.idx) > 0]
        opened = {t.head.text for t in body if t.dep_ == "compound" and t.head.i == t.i + 1 and _opens_name(t, lang)}
        return {
            t.text
            for t in body
            if t.text in opened
            and t.dep_ == "nsubj"
            and lang.cue_verbs.get(t.head.lemma_.lower()) is not None
            and not any(c.dep_ in {"compound", "det"} for c in t.children)
            and not (t.i > 0 and doc[t.i - 1].pos_ == "PROPN")
        }

    def organisation_apposition(self, token: Token) -> bool:
        """Whether the first apposition after a name is an organisation noun ("the largest opposition party"), or
        one of some ("one of the human rights groups that brought the case")."""
        appositions = apposed_descriptions(token)
        if not appositions:
            return False
        noun = one_of(appositions[0])
        return self.index.lang.source_nouns.get(noun.lemma_.lower()) == "organisation"

    def _read(self, token: Token) -> tuple[list[Token], str, str | None]:
        """A name mention's tokens (walked once), its name without an honorific, and the gender it tells."""
        toks = mention_tokens(token, self.index.lang)
        return toks, self._name(token, toks), self._gender(token, toks)

    def _name(self, token: Token, toks: list[Token]) -> str:
        named = toks
        while named and named[0].lower_ in self.index.lang.honorifics:
            named = named[1:]
        if not named:
            return token.text
        name = token.doc[named[0].i : named[-1].i + 1].text
        if self.index.paragraph_of(named[0].idx) == 0 and self._run_in(name.split(), set(self._by_key)):
            return name.split(" ", 1)[1]  # "Conservative Icon Morton Blackwell Endorses Ted Cruz": Morton Blackwell
        return name

    def _run_in(self, words: list[str], names: set[str]) -> bool:
        """Whether a headline's capitals ran a word into the name after it that the article gives (``names``, in
        lower case), the word no given name ("Rip Donald Trump" beside "Donald Trump"; not "Martin Luther King")."""
        given = self.index.lang.gender_words.get("given_name", {})
        return len(words) > 2 and " ".join(words[1:]).lower() in names and words[0].lower() not in given

    def _add(self, name: str, gender: str | None) -> None:
        known = self._find(name, gender)
        if known is not None:
            known.gender = known.gender or gender
            return
        self._remember(Person(name=name, kind="person", gender=gender))

    def as_person(self, person: Person) -> None:
        """Make a name the recogniser read as an organisation's a person's, found by its words from now on ("A
        senior Hamas official, Bassem Naim, said ... Naim told": the recogniser had read a place)."""
        if person.kind != "person":
            person.kind = "person"
            self._remember(person)

    def _remember(self, person: Person) -> None:
        self.people.append(person)
        self._by_key[person.name.lower()] = person
        named = (person, _name_words(person.name.lower()))
        self._named.append(named)
        for word in dict.fromkeys(named[1]):
            self._by_word.setdefault(word, []).append(named)

    def _find(self, name: str, gender: str | None = None) -> Person | None:
        """The one person ``name`` names: the same name, else the only one whose name holds it; of two people
        sharing a surname, the one of the mention's gender ("Mrs. Clinton" beside Hillary and Bill Clinton); of two
        whose names hold a word alone, the one whose surname it is."""
        key = name.lower()
        exact = self._by_key.get(key)
        if exact is not None and (gender is None or exact.gender == gender):
            return exact
        words = _name_words(key)
        sharing = self._by_word.get(words[0], []) if words else self._named
        matches = [p for p, own in sharing if _contains(own, words)]
        fitting = [p for p in matches if p.gender == gender] if gender is not None and len(matches) > 1 else []
        if len(fitting) == 1:
            return fitting[0]
        if exact is not None:
            return exact
        # "Sharif" beside Shehbaz Sharif and Ahmed Sharif Chaudhry: a word alone names the one whose surname it is,
        # where it is a middle name of the others, which end in surnames (not "Muhammad Ali Center", the recogniser's
        # run into a body's name, nor "Obama Speech", a headline's)
        held = [own for _, own in sharing if _contains(own, words)]
        ending = [p for p, own in sharing if _contains(own, words) and own[-1:] == words]
        others = [own for own in held if own[-1:] != words]
        middle = all(own[0] not in words and own[-1] not in self.index.lang.source_nouns for own in others)
        if len(words) == 1 and len(held) > 1 and len(ending) == 1 and middle:
            return ending[0]
        return matches[0] if len(matches) == 1 else None

    def lookup(self, token: Token) -> Person | None:
        """The person a name mention belongs to, or None when the mention names nobody known."""
        _, name, gender = self._read(token)
        person = self._known(name, gender)
        return None if person is not None and _place_as_given_name(token, name, person) else person

    def lookup_words(self, tokens: list[Token]) -> Person | None:
        """The person a run of words names ("al-Sharaa" of "Syria's al-Sharaa", read as a common noun), or None."""
        return self._find(tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text) if tokens else None

    def _known(self, name: str, gender: str | None) -> Person | None:
        person = self._find(name, gender)
        if person is not None and person.gender is None:
            person.gender = gender
        return person

    def _gender(self, token: Token, toks: list[Token]) -> str | None:
        """The gender a name mention tells by the honorific before it ("Mrs. Lee"), a full name's given name, or a
        gendered noun set beside it in apposition ("his wife, Mary")."""
        words = self.index.lang.gender_words
        if not toks:
            return None
        before = token.doc[toks[0].i - 1].lower_ if toks[0].i > 0 else ""
        honorific = words.get("honorific", {})
        gender = honorific.get(before) or honorific.get(toks[0].lower_)
        names = [t for t in toks if t.lower_ not in honorific]
        if gender is None and len(names) >= 2:
            gender = words.get("given_name", {}).get(names[0].lower_)
        if gender is None:  # "his wife, Mary", "Tom, her son,": a gendered noun in apposition tells
            head, titles = toks[-1], words.get("title", {})
            beside = [c for c in head.children if c.dep_ == "appos"] + ([head.head] if head.dep_ == "appos" else [])
            gender = next((titles[t.lower_] for t in beside if t.lower_ in titles), None)
        return gender

    def describe(self, token: Token) -> Person:
        """The person or organisation a name mention refers to, created when unknown.

        An organisation when the recogniser's organisation or place entity holds every word of the name ("Valeska
        Paris" is no place because "Paris" is one), or when no person entity does and an organisation noun ends or
        heads the name ("the Saudi Interior Ministry", "the Municipality of Jasper"). A new person is remembered, so
        that a shorter mention later ("La Russa" after "Ignazio La Russa") is the same person whatever the recogniser
        calls it.
        """
        toks, name, gender = self._read(token)
        person = self._known(name, gender)
        if person is not None and not _place_as_given_name(token, name, person):
            return person
        ent = entity_of(token)
        words = [t for t in toks if t.pos_ == "PROPN"]
        organisation = ent is not None and ent.label_ in _ORG_ENTS and all(ent.start <= t.i < ent.end for t in words)
        # or a branch: "Amnesty International Kenya", an organisation's name and a place's
        organisation = organisation or (ent is not None and ent.label_ in _ORG_ENTS and _branch(words))
        if organisation and 2 <= len(words) <= 3 and gender is not None:
            organisation = False  # "Amanda Terkel": a given name opens a person's name whatever the recogniser says
        if organisation and 2 <= len(words) <= 3 and title_before(token, self.index.lang) is not None:
            organisation = False  # "Paris prosecutor Laure Beccuau": a title before the name, whatever the recogniser
        if organisation and 2 <= len(words) <= 3 and self._titled_apposition(token):
            organisation = False  # "Matti Pitkaniitty, a senior border guard official": a title beside the name
        if not organisation and (ent is None or ent.label_ != "PERSON") and words:
            # "the Saudi Interior Ministry", "the Municipality of Jasper" (an organisation noun heads the name)
            nouns = {words[-1].lower_, token.lemma_.lower()}
            organisation = any(self.index.lang.source_nouns.get(n) == "organisation" for n in nouns)
            # "Starbucks Workers United": a plural source noun in a name no recogniser read is a body's
            plural = {t.lower_[:-1] for t in words if t.tag_ == "NNPS" and t.lower_.endswith("s")}
            named = ent is None and len(words) > 1  # not a headline's "These Angry Protesters"
            organisation = organisation or (named and any(n in self.index.lang.source_nouns for n in plural))
            # "Samsung Electronics", "Hyundai Motor": a word that ends only businesses' names
            organisation = organisation or (len(words) > 1 and words[-1].lower_ in self.index.lang.corporate_words)
        if not organisation and (ent is None or ent.label_ != "PERSON") and self.organisation_apposition(token):
            organisation = True  # "Maersk, the world's second-largest container line": the recogniser's product
        if not organisation and gender is None and self._firm_noun_before(token):
            organisation = True  # "Environmental group Walhi": an organisation noun compounded on the name
        if not organisation and ent is None and gender is None and _which_relative(token):
            organisation = True  # "Paramount Skydance, which had also bid for the company,": no one is "which"
        if len(words) == 1 and after_the(token):
            organisation = True  # "The Telegraph reports": no person is "the Smith", whatever the recogniser says
        if ent is None and organisation_named_elsewhere(token) is not None:
            organisation = True  # "LOS ANGELES - Netflix agreed", the recogniser's organisation in the headline
        if gender is None and words and outlet_name([t.lower_ for t in words], self.index.lang.addressee_words, False):
            organisation = True  # "Interfax: A", "Yonhap said": a news medium's name, whatever the recogniser read
        if ent is None and len(words) <= 1 and acronym(token) and gender is None:
            organisation = True  # "WHO say": the pronoun's letters in capitals; "the state news agency RIA"
        described = self._person_apposition(token)
        if organisation and described and len(words) == 1:
            organisation = False  # "Smith, a retired teacher, said": the recogniser took the surname for a firm
        if organisation:
            name = with_owner(toks, name)
        person = Person(name=name, kind="organisation" if organisation else "person")
        person.gender = None if organisation else gender
        if person.kind == "person":
            # no PERSON entity gave it one; a title before the name is a role whatever the recogniser read
            person.role = role_of(token, self.index.lang) if described else title_before(token, self.index.lang)
            self._remember(person)
        return person

    def _titled_apposition(self, token: Token) -> bool:
        """Whether a name has a title set after it in apposition ("a senior border guard official"), which only a
        person holds."""
        # the first: "The Caucus, former governor X - himself ... governor"
        appositions = apposed_descriptions(token)[:1]
        return any(
            title_word(c, self.index.lang) and not any(t.ent_type_ == "PERSON" for t in c.subtree) for c in appositions
        )  # not "The Congressional Black Caucus, former governor L. Douglas Wilder", a list

    def _person_apposition(self, token: Token) -> bool:
        """Whether a name has an apposition after it that describes a person: a common noun that names no
        organisation ("a retired teacher", not "a news agency")."""
        return any(
            c.pos_ == "NOUN" and self.index.lang.source_nouns.get(c.lemma_.lower()) != "organisation"
            for c in apposed_descriptions(token)
        )


def _branch(words: list[Token]) -> bool:
    """Whether a name's words are an organisation's and then a place's ("Amnesty International Kenya")."""
    kinds = [t.ent_type_ for t in words]
    return "ORG" in kinds and kinds[-1] in {"GPE", "LOC"} and all(k in _ORG_ENTS | {"LOC"} for k in kinds)


def _place_as_given_name(token: Token, name: str, person: Person) -> bool:
    """Whether a place or people's one-word name only matched a person's given name ("Israel recalled its
    ambassadors" beside Israel Katz): no mention of that person. A surname past a hyphenated particle is the
    surname ("Sharaa" of Ahmed al-Sharaa, which the recogniser may read as a place)."""
    ent = entity_of(token)
    places = ent is not None and ent.label_ in {"GPE", "LOC", "NORP"}
    return places and " " not in name and _name_words(person.name.lower())[-1] != name.lower()


def _name_words(name: str) -> list[str]:
    """A lower-case name's words, each without what a hyphen joins before it ("al-Hashemi" is "Hashemi" too)."""
    return [word.rsplit("-", 1)[-1] for word in name.split()]


def _contains(words: list[str], part: list[str]) -> bool:
    n = len(part)
    return any(words[i : i + n] == part for i in range(len(words) - n + 1))


def gender_of(person: Person, lang: LanguageData) -> str | None:
    """A person's gender as a mention told it, else as a gendered word of the role tells it ("spokeswoman")."""
    if person.gender is not None or person.role is None:
        return person.gender
    titles = lang.gender_words.get("title", {})
    genders = {titles[w] for w in person.role.value.lower().replace("-", " ").split() if w in titles}
    return genders.pop() if len(genders) == 1 else None


def _opens_name(given: Token, lang: LanguageData) -> bool:
    """Whether a word and the one after it may be a person's given name and surname the recogniser read as no
    person's: both capitalised proper nouns of letters alone, of no place or people, neither a title nor an
    organisation noun, the pair no longer name."""
    doc, surname = given.doc, given.doc[given.i + 1]
    words = (given, surname)
    return (
        all(
            name_word_shaped(w)
            and w.tag_ == "NNP"
            and not w.is_upper
            and w.ent_type_ in {"", "ORG"}
            and lang.source_nouns.get(w.lower_) is None
            and not is_title(w, lang)
            for w in words
        )
        and not (given.i > 0 and doc[given.i - 1].pos_ == "PROPN")
        and not (surname.i + 1 < len(doc) and doc[surname.i + 1].pos_ == "PROPN")
    )


def _which_relative(token: Token) -> bool:
    """Whether a name has a relative clause opened by "which" set after it: a thing's or a body's, never a person's."""
    return any(
        c.dep_ == "relcl" and c.left_edge.lower_ == "which" and token.doc[c.left_edge.i - 1].text == ","
        for c in token.children
    )
