"""The person or body a description names beside it: a name in apposition ("The company's chief executive, Ben
Ortiz, said"), one the parser hung beside it ("Cuban vice-premier Carlos Lage"), a title's holder glued to its object
("Governor of Washington Chris Gregoire said"), and the owner or issuing body of a statement noun ("Cornyn's
statement", "a statement from the prime minister's office"). ``resolve.py`` asks these before reading a description
by position.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.antecedents import named_before
from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.language import LanguageData
from quotegraph.extract.mentions import entity_of, mention_kind, mention_span, named_appositions
from quotegraph.extract.name_edges import is_title
from quotegraph.extract.organisations import owning_organisation
from quotegraph.extract.people import NameIndex, Person, gender_of
from quotegraph.extract.roles import title_word
from quotegraph.extract.subject_names import name_after_object
from quotegraph.model import Evidence, Span


def apposed_names(cand: Candidate, token: Token, lang: LanguageData) -> list[Token]:
    """The names set beside a description in apposition, outside the content ("SMITH: Secretary Lee, …" addresses
    Lee), or the name a description stands in apposition to ("said Ann Lee, a debt expert who has written A")."""
    if _kin_of(token, lang):
        return []  # "The family of the remaining hostage, Ran Gvili, urged": the name is the hostage's
    named = named_appositions(token) or _name_after_body(token, lang) or _name_apposed_to(cand, token, lang)
    return [c for c in named if not cand.content[0] <= c.idx < cand.content[1]]


def _kin_of(token: Token, lang: LanguageData) -> bool:
    """A group of kin with an "of" phrase naming whose ("The family of the remaining hostage")."""
    return token.lemma_.lower() in lang.kin_group_nouns and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in token.children
    )


def _name_after_body(title: Token, lang: LanguageData) -> list[Token]:
    """``The head of the EU's observer mission, Francisco Assis, told``, ``A spokesperson for the U.N. humanitarian
    office, Olga Cherevko, told``: a person's name the parser hung on the body a title's "of" or "for" phrase names
    (an organisation noun), instead of on the title; a body is no person."""
    if not title_word(title, lang):
        return []
    preps = [p for p in title.children if p.dep_ == "prep" and p.lower_ in {"of", "for"}]
    bodies = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return [
        c
        for body in bodies
        if lang.source_nouns.get(body.lemma_.lower()) == "organisation"
        for c in body.children
        if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i > body.i
    ]


def _name_apposed_to(cand: Candidate, token: Token, lang: LanguageData) -> list[Token]:
    """The person's name that a relative clause's antecedent, a description of a person, stands in apposition to,
    right after it and its comma ("Mark Kantrowitz, a debt expert who has written A"). Only there: the parser hangs
    a description that is itself the subject on the name before it as often ("In an interview with Mika
    Brzezinski, the Democratic presidential candidate stated A"), and a farther one wrongly ("Stephen K. Bannon,
    chairman of Breitbart News, a conservative website that ...")."""
    if cand.antecedent != token.i:
        return []
    name, lemma = token.head, token.lemma_.lower()
    if token.dep_ != "appos" or name.ent_type_ != "PERSON" or name.i >= token.i:
        return []
    if not title_word(token, lang) and lang.source_nouns.get(lemma) != "anonymous":
        return []  # "a conservative website", "two events"
    doc = token.doc
    if token.left_edge.i != name.i + 2 or doc[name.i + 1].text != ",":
        return []
    return [name]


def name_beside(cand: Candidate, token: Token) -> Token | None:
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
            and not (name_after_object(token, sibling) and token.right_edge.tag_ == "NN")  # "for the partner Sumar"
            and not cand.content[0] <= sibling.idx < cand.content[1]
        ):
            return sibling
    return None


def title_holder(token: Token, lang: LanguageData) -> Token | None:
    """``Governor of Washington Chris Gregoire said``, ``Ambassador to the U.S. Ron Dermer wrote``: the parser made
    the title the subject and hung the name, glued to the title's object, on its preposition; the person named there
    speaks. After "to" or "for" only a name glued so: "a spokesman for Ann Lee" speaks for her."""
    if token.lower_ not in lang.titles or entity_of(token) is not None:
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in {"of", "to", "for"}:
            people = [g for g in prep.children if g.dep_ == "pobj" and g.ent_type_ == "PERSON"]
            if people and named_appositions(token):
                return None  # "The mayor of Vina del Mar, Macarena Ripamonti,": the name set after holds the title
            if people and _glued(people[0], lang, loosely=prep.lower_ == "of"):
                return people[0]
    return None


def _glued(name: Token, lang: LanguageData, loosely: bool) -> bool:
    """Whether a name follows another proper noun in the same phrase ("to the U.S. Ron Dermer"), not only a common
    noun ("for the website Facebook") nor the name's own title and the words it governs ("a spokesman for French
    President Emmanuel Macron", "for House Speaker Mike Johnson" speak for them); ``loosely``, any word before it
    will do, as the recogniser often runs the title's object into the name ("of Defense Ann Lee"), but a lone name
    is the title's object ("of Mali")."""
    if loosely:
        return name.left_edge.i < name.i
    before = [t for t in name.subtree if t.i < name.i and t.ent_type_ != "PERSON"]
    own_title = {t.i for t in before if is_title(t, lang) or t.lower_ in lang.honorifics or t.pos_ == "ADJ"}
    for t in reversed(before):  # and the words the title governs before it: "U.S. House" of "U.S. House Speaker"
        if t.head.i in own_title and t.i < t.head.i:
            own_title.add(t.i)
    return any((t.pos_ == "PROPN" or t.ent_type_) and t.i not in own_title for t in before)


def named_owner(token: Token, lang: LanguageData) -> Token | None:
    """``Cornyn's statement added`` / ``Ann Lee's remarks said`` / ``a statement from the White House said``: a
    statement noun with a named possessor, or a name it comes from, speaks for that person or body (an organisation
    noun does not: "Trump's campaign said" is the campaign's, nor a statement noun that also names a group: "Venezuela's
    opposition said" is the opposition's); so does a name that delivered or made a statement or occasion in a clause
    on its noun (``according to a speech Mrs. Clinton delivered``: ``remark_verb``)."""
    if (maker := _maker(token, lang)) is not None:
        return maker
    if token.lemma_.lower() not in lang.statement_nouns or token.lemma_.lower() in lang.group_nouns:
        return None
    owners = [c for c in token.children if c.dep_ == "poss"]
    # "a statement from the White House": the name after "from" issued it
    owners += [
        g for p in token.children if p.dep_ == "prep" and p.lower_ == "from" for g in p.children if g.dep_ == "pobj"
    ]
    if owners and mention_kind(owners[0], lang) == "name":
        return owners[0]
    return None


def issuing_body(token: Token, lang: LanguageData) -> Token | None:
    """``a statement from the prime minister's office``, ``A poll by Forsa found``: the body or office holder a
    statement or a finding comes from (``author_prep``), when it is a description that can speak (an organisation or
    anonymous source noun, or a title) or a body or person named ("a readout from the White House"), else None."""
    record = token.lemma_.lower()
    if record not in lang.statement_nouns and (record not in lang.finding_nouns or token.tag_ != "NN"):
        return None  # "Other recent polls from Monmouth University and CNN/ORC" are several pollsters'
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in lang.author_preps):
        for body in (c for c in prep.children if c.dep_ == "pobj"):
            lemma = body.lemma_.lower()
            if any(c.dep_ == "conj" for c in body.children):
                continue
            if lemma in lang.source_nouns or lemma in lang.titles or _body_named(body):
                return body
    return None


def _body_named(token: Token) -> bool:
    return entity_of(token) is not None  # a name of a kind that can speak (``mentions.NAME_ENTS``)


def title_run_into_body(token: Token, lang: LanguageData) -> list[Token]:
    """``Cambodia's Ministry of National Defense spokesperson, Lt. Gen. Maly Socheata, accused``: the words of a
    description whose title noun, right before the comma that sets off a person's name, the parser ran into the
    organisation's name heading the subject; the person speaks, the description is the role. Else none."""
    entity = entity_of(token)
    people = [c for c in token.children if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i > token.i]
    if entity is None or entity.label_ != "ORG" or not people:
        return []
    title = token.doc[people[0].left_edge.i - 2]
    if title.nbor().text != "," or title.tag_ != "NN" or not title_word(title, lang) or token not in title.ancestors:
        return []
    return list(token.doc[token.left_edge.i : title.i + 1])


def _rank_gives_way(role: str, description: Token, lang: LanguageData) -> bool:
    """Whether a rank or office abbreviated before a name ("Lt. Gen. Maly Socheata", "Gen. Joseph Dunford") gives way
    to the one office a description set before it names: a singular title no pronoun owns ("The chairman of the Joint
    Chiefs of Staff", "Cambodia's Ministry of National Defense spokesperson"), not a relation ("His Democratic
    opponent") nor a group ("Some 2016 presidential candidates")."""
    if not all(word.lower() in lang.honorifics for word in role.split()):
        return False
    if title_run_into_body(description, lang):
        return True
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in description.children)
    return description.tag_ == "NN" and title_word(description, lang) and not owned


def named_by_apposition(
    index: DocIndex, names: NameIndex, cand: Candidate, description: Token, name: Token, role_end: int | None = None
) -> Person:
    """``The company's chief executive, Ben Ortiz, said``: the name is the speaker, the description its role (up to
    ``role_end`` when the name follows it directly: "Cuban vice-premier Carlos Lage")."""
    start, end = cand.mentions[0]  # the description: the speaker's own mention, or a relative pronoun's antecedent
    first = index.doc[index.token_at_or_after(start)]
    if first.tag_ == "WP$" and first.i + 1 < len(index.doc):
        start = index.doc[first.i + 1].idx  # "the party, whose leader Ozgur Ozel": the relative's word is no role's
    named = mention_span(name, index.lang)
    if role_end is None and start < named[0] < end:
        role_end = named[0]  # the parser ran the description into the name: "CEO of the Council Enver | Solomon"
    if role_end is not None:
        end = start + len(index.text[start:role_end].rstrip(" -,"))
    cand.mentions[0] = named
    person = names.describe(name)
    role = index.text[start:end]
    # "Lebanon's new president, Joseph Aoun, ... Aoun, a former army commander": the office held now, not one held
    # before that a later mention gave
    past = (
        person.role is not None
        and person.role.span is not None
        and _later_sentence(index, person.role.span.start, named[1])  # not "the other candidate, former X": hers
        and _past_office(person.role.value, index.lang)
        and not _past_office(role, index.lang)
    )
    # "One, Susel Paredes, said": a count of those before, no role ("One of the family's attorneys" is one)
    counted = description.pos_ in {"NUM", "PRON"} and not any(c.dep_ == "prep" for c in description.children)
    ranked = person.role is not None and _rank_gives_way(person.role.value, description, index.lang)
    if not counted and (
        person.role is None or past or ranked or (person.role.value in role and person.role.value != role)
    ):
        person.role = Evidence(role, Span.of(index.text, start, end), 0.75)  # "Cuban vice-premier", not "premier"
    titled = title_word(description, index.lang) or bool(title_run_into_body(description, index.lang))
    if titled or description.lower_ in index.lang.gender_words.get("title", {}):
        names.as_person(person)  # "Current president, Marc Dufresne", "Thompson's wife, Paulette": the recogniser
        # may call them an organisation
    elif index.lang.source_nouns.get(description.lemma_.lower()) == "organisation":
        person.kind = "organisation"  # "the state-owned daily, The Herald": the recogniser may call it a person
    return person


def _maker(noun: Token, lang: LanguageData) -> Token | None:
    """The name that is the subject of a relative clause of making on a statement or venue noun ("a speech *Mrs.
    Clinton* delivered"), or None."""
    lemma = noun.lemma_.lower()
    if lemma not in lang.statement_nouns and lemma not in lang.venue_nouns:
        return None
    for clause in (c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in lang.remark_verbs):
        subjects = [s for s in clause.children if s.dep_ == "nsubj" and s.i < clause.i]
        if subjects and mention_kind(subjects[0], lang) == "name":
            return subjects[0]
    return None


def _later_sentence(index: DocIndex, offset: int, after: int) -> bool:
    """Whether the text at ``offset`` lies in a sentence after the one holding offset ``after``."""
    return index.doc[index.token_at_or_after(offset)].sent.start > index.doc[index.token_at_or_after(after)].sent.start


def _past_office(role: str, lang: LanguageData) -> bool:
    """Whether a role is an office held before ("a former army commander", "ex-minister")."""
    return any(word in lang.past_office_words for word in role.lower().replace("-", " ").split())


def owning_pronoun(title: Token, lang: LanguageData) -> Token | None:
    """The possessive pronoun that owns a title ("her publicist", "his spokesman", "its chief executive"), or None."""
    owners = [c for c in title.children if c.dep_ == "poss" and c.lower_ in lang.pronouns]
    return owners[0] if owners else None


def possessed_title(
    index: DocIndex, names: NameIndex, title: Token, pronoun: Token, last: Person | None, kind: str = "unknown"
) -> Person:
    """The one a title (or an organisation noun: ``kind``) owned by a pronoun names: another than the pronoun's
    referent, so no one named before, but named by whom it serves where the pronoun takes someone up ("his
    spokesman" after President Bola Tinubu is "Bola Tinubu's spokesman"; "its spokesman" after Boeing, "Boeing's
    spokesman"; "his office", "Kyriakos Mitsotakis's office"); else as written."""
    start, end = mention_span(title, index.lang)
    entry = index.lang.pronouns[pronoun.lower_]
    owner: Person | None = None
    if entry.kind == "personal" and last is not None and gender_of(last, index.lang) in {None, entry.gender}:
        owner = last
    elif entry.kind == "organisation":
        owner = owning_organisation(index, names, pronoun)
    if owner is None or not start <= pronoun.idx < end:
        return Person(name=index.text[start:end], kind=kind)
    rest = index.text[pronoun.idx + len(pronoun.text) : end].strip()
    return Person(name=f"{owner.name}'s {rest}", kind=kind)


def served_role(index: DocIndex, names: NameIndex, role: Evidence | None, holder: Person) -> Evidence | None:
    """``Orban said A. His chief of staff, Gergely Gulyas, said B``: a role that "his" or "her" owns is an office
    serving the one the pronoun takes up, the person named last before it in its paragraph or the one before whose
    gender fits ("Viktor Orban's chief of staff"), or one of no known gender named last in its own paragraph before
    one that fits further back, as ``possessed_title`` names an unnamed holder; else the role as written."""
    if role is None or role.span is None:
        return role
    first = index.doc[index.token_at_or_after(role.span.start)]
    entry = index.lang.pronouns.get(first.lower_)
    if entry is None or entry.kind != "personal" or entry.gender not in {"m", "f"} or first.dep_ != "poss":
        return role
    words = index.doc[first.i + 1 : index.token_at_or_after(role.span.end)]
    if not any(is_title(t, index.lang) for t in words):
        return role  # "his brother" may be anyone's: kin is no office, and the nearest name is often another's
    served, served_here = None, False
    paragraph = index.paragraph_of(first.idx)
    for ent, owner in reversed(list(named_before(index, names, first))):
        if owner is None or owner is holder or owner.kind != "person":
            continue
        gender = gender_of(owner, index.lang)
        if gender == entry.gender:
            # "Estrada said in a statement. His lawyer, ...": a name of no known gender in the pronoun's paragraph
            # is nearer than one that fits from the paragraph before
            if not (served_here and index.paragraph_of(ent.root.idx) < paragraph):
                served = owner
            break
        if gender is None and served is None:
            served = owner  # unless one whose gender is known fits: "her adviser" after Clinton, then Obama
            served_here = index.paragraph_of(ent.root.idx) == paragraph
    if served is None:
        return role
    office = index.text[first.idx + len(first.text) : role.span.end].strip()
    return Evidence(f"{served.name}'s {office}", role.span, role.confidence)
