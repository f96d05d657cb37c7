"""Resolving each attribution's speaker mention to one canonical name for the article, with its kind and role.

Names are looked up among the people the article names (``people.NameIndex``); "he" and "she" take the most recent
salient person (a speaker or a named subject) of their gender or of none known, or a speaker only described who spoke
since, "they" the last plural subject that can speak, "it" the last organisation (``antecedents.py``,
``organisations.py``); descriptions ("the official", "the minister") take the most recent speaker whose role contains
the noun (a generic title with the names that qualify it: "the Boeing boss" is Boeing's chief executive), else the most
recent speaker unless that speaker's role is another office than the one the noun names ("the mayor" is not "Ann Lee, a
teacher"; "the former finance minister" may be anyone; "the White House spokesman" is not the president), and one of an
office no one before holds the person named just after whose role holds it (a lead describes, the next paragraph names);
an epithet ("the Spaniard", "the 53-year-old", "the 57-year-old former finance minister") the person named just before
(``epithets.py``), else it stays a description ("the Connecticut Democrat", no name); an organisation description ("the
company", "the planemaker") the organisation named before whose name fits it; anonymous sources stay anonymous with
their wording, a definite one ("The source said") the one described before it. A description resolved to a person with
no role gives her its role in all her reports, and a role written with "its" names the organisation it takes up
("president of the European Central Bank"), by the name a description of it was resolved to. A "he" or "she" no person
fits takes up the last speaker whose full name the recogniser read as an organisation's ("Nadia Milleron said"). A title
or organisation a possessive pronoun owns is another's, named by whom it serves ("her publicist" after Taylor Swift is
"Taylor Swift's publicist", ``holders.possessed_title``), and the person the next paragraph names with that title
(``named_after``); an office "his" or "her" owns in a named speaker's role is named by whom it serves ("Viktor Orban's
chief of staff", ``holders.served_role``).
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from quotegraph.extract.anonymity import unnamed_on_request
from quotegraph.extract.antecedents import (
    described_head,
    former_office_subject,
    former_or_latter,
    holder_of_source_noun,
    issuer_of_record,
    last_described,
    last_group,
    last_named_fitting,
    last_named_holder,
    last_unnamed,
    misread_person,
    subject_of_nationality,
)
from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.descriptions import description_tokens
from quotegraph.extract.epithets import epithet_gender, epithet_referent
from quotegraph.extract.holders import (
    apposed_names,
    issuing_body,
    name_beside,
    named_by_apposition,
    named_owner,
    owning_pronoun,
    possessed_title,
    served_role,
    title_holder,
    title_run_into_body,
)
from quotegraph.extract.language import LanguageData
from quotegraph.extract.mentions import (
    entity_of,
    mention_kind,
    mention_span,
)
from quotegraph.extract.named_after import DESCRIBED_ROLE_CONFIDENCE, headline_body_named_after, named_after
from quotegraph.extract.organisations import (
    described_organisation,
    joint_bodies,
    last_organisation,
    made_product,
    owned_role,
)
from quotegraph.extract.people import NameIndex, Person, gender_of
from quotegraph.extract.pronoun_referents import (
    described_subject_before,
    in_own_participle,
    named_in_content,
    reporter_of,
)
from quotegraph.extract.roles import generic_title, named_qualifiers, role_holds, title_word
from quotegraph.extract.salient import named_subjects
from quotegraph.model import Evidence, Span

# the words that make a generic title a role ("the WHO chief", not "the official")
_QUALIFIERS = {"compound", "amod", "nmod"}


def resolve_speakers(index: DocIndex, candidates: list[Candidate]) -> None:
    """Fill ``name``, ``kind``, ``mentions`` and ``role`` of every candidate, in text order."""
    names = NameIndex(index)
    salient: list[tuple[int, Person]] = named_subjects(index, names)
    described: dict[int, str] = {}  # id() of a person of unknown role -> the office a description gave her
    unnamed: list[tuple[int, Person]] = []  # speakers only described ("Her neighbour"), where their mention ends
    # id() of a person of unknown role -> the description that gave her one: her role in every report, but no
    # office to match later descriptions against ("the Democratic nominee" is not "the Republican nominee")
    roles: dict[int, Evidence] = {}
    resolved: list[tuple[Candidate, Person]] = []
    for cand in sorted(candidates, key=lambda c: c.anchor):
        if cand.inherited_from is not None or cand.speaker_token is None:
            continue
        person = _resolve_one(index, names, cand, salient, described, unnamed, roles, resolved)
        if person is None:
            continue
        if person.kind == "unknown":
            person = misread_person(index, names, index.doc[cand.speaker_token], resolved) or person
        cand.name, cand.kind = person.name, person.kind
        cand.role = person.role
        resolved.append((cand, person))
        at = index.doc[cand.speaker_token].idx
        if person.kind == "person":
            salient.append((at, person))
            salient.sort(key=lambda item: item[0])
        elif (head := described_head(index, cand, person)) is not None:
            person.gender = index.lang.gender_words.get("title", {}).get(head.lower_)  # "spokeswoman"
            unnamed.append((max(at, head.right_edge.idx), person))  # past its phrase: "An aide to Moussawi"
    # where a description of an organisation starts, the organisation it was resolved to ("the group" -> WCK)
    organisations_at = {c.mentions[0][0]: p.name for c, p in resolved if p.kind == "organisation" and c.mentions}
    for cand, person in resolved:
        cand.kind = person.kind  # a name read as an organisation's may have turned out a person's since
        # "the City manager" named the role of all her reports; "its president" names the organisation's
        cand.role = owned_role(index, names, cand.role or roles.get(id(person)), organisations_at)
        cand.role = served_role(index, names, cand.role, person)  # "his chief of staff": the one "his" takes up
    named_after(index, candidates, salient)
    headline_body_named_after(index, candidates)
    for cand in candidates:
        if cand.inherited_from is not None:
            _copy_speaker(cand, cand.inherited_from)


def _copy_speaker(cand: Candidate, source: Candidate) -> None:
    cand.name, cand.kind, cand.role = source.name, source.kind, source.role
    cand.mentions = list(source.mentions)


def _resolve_one(
    index: DocIndex,
    names: NameIndex,
    cand: Candidate,
    salient: list[tuple[int, Person]],
    described: dict[int, str],
    unnamed: list[tuple[int, Person]],
    roles: dict[int, Evidence],
    resolved: list[tuple[Candidate, Person]],
) -> Person | None:
    lang = index.lang
    token = index.doc[cand.speaker_token]  # type: ignore[index]
    kind = mention_kind(token, lang)
    cand.mentions = [mention_span(token, lang)]
    if kind == "relative" and cand.antecedent is not None:
        antecedent = index.doc[cand.antecedent]
        cand.mentions.insert(0, mention_span(antecedent, lang))
        token, kind = antecedent, mention_kind(antecedent, lang)
    if (party := former_or_latter(index, names, token)) is not None:
        return party  # "X is accused by the United States; the latter blames it": the United States
    holder = title_holder(token, lang)
    if holder is not None:
        return named_by_apposition(index, names, cand, token, holder, mention_span(holder, lang)[0])
    if kind == "name" and entity_of(token) is None and _hyphenated_title(index, token):
        kind = "description"  # "the secretary-general": the tagger reads a title's capitals or hyphen as a name
        words = description_tokens(token, lang)  # "The UN Secretary-General", not "General"
        cand.mentions[0] = (words[0].idx, words[-1].idx + len(words[-1]))
    entity = entity_of(token)
    if (
        kind == "name"
        and (token.lower_ in lang.titles or token.lower_ in lang.offices)  # "Thai PM vows"
        and (
            (entity is None and (apposed_names(cand, token, lang) or _bare_title(token)))
            # "Trump's National Security Advisor, Ann Lee, said": the recogniser may take a title for an organisation
            # or a place ("Ireland's Taoiseach, Simon Harris")
            or (entity is not None and entity.label_ in {"ORG", "GPE"} and apposed_names(cand, token, lang))
        )
    ):
        kind = "description"  # "The British Foreign Secretary, Ann Lee, said", "The President said": a title's
        # capitals make no name
        words = description_tokens(token, lang)
        cand.mentions[0] = (words[0].idx, words[-1].idx + len(words[-1]))
    if kind == "name" and (words := title_run_into_body(token, lang)):
        kind = "description"  # "Cambodia's Ministry of National Defense spokesperson, Lt. Gen. Maly Socheata,"
        cand.mentions[0] = (words[0].idx, words[-1].idx + len(words[-1]))
    if kind == "name" and token.tag_ in {"NN", "NNS"} and token.is_lower and apposed_names(cand, token, lang):
        kind = "description"  # "The Vatican's jubilee organiser, Archbishop Rino Fisichella, told": the recogniser
        # ran a person entity over the common noun before the name
    if kind in {"name", "description"} and not apposed_names(cand, token, lang):
        referent = epithet_referent(index, cand, token, salient)
        if referent is not None:
            return referent
        if kind == "name" and _definite_epithet(token, lang):
            # "the Connecticut Democrat told him" with no one it takes up: a description, not the name "Democrat"
            words = description_tokens(token, lang)
            cand.mentions[0] = (words[0].idx, words[-1].idx + len(words[-1]))
            return Person(name=index.text[cand.mentions[0][0] : cand.mentions[0][1]], kind="unknown")
    if kind == "name" and (joint := joint_bodies(token, lang)) is not None:
        looked_up = names.lookup(token)  # "Wilcox and Beruff": people, whatever entity the recogniser ran over them
        if looked_up is None or looked_up.kind != "person":
            cand.mentions[0] = joint  # "Germany, France and Britain said": one statement of all three
            return Person(name=index.text[joint[0] : joint[1]], kind="organisation")
    if kind == "name":
        return names.describe(token)
    owner = named_owner(token, lang)
    if owner is not None:
        return names.describe(owner)
    issuer = issuing_body(token, lang)
    if issuer is not None:  # "A statement from the prime minister's office said": the office speaks
        token, kind = issuer, mention_kind(issuer, lang)
        cand.mentions = [mention_span(issuer, lang)]
    before = [p for offset, p in salient if offset < token.idx]
    if kind == "pronoun":
        pronoun = lang.pronouns.get(token.lower_)
        if pronoun is not None and pronoun.kind == "personal":
            # "she" is not the man named last: the last person whose gender is unknown or hers
            fitting = [(at, p) for at, p in salient if at < token.idx and gender_of(p, lang) in {None, pronoun.gender}]
            # nor one named in the words it reports ("He told parliament that Gachagua had amassed assets")
            reported = named_in_content(index, names, cand, token)
            fitting = [(at, p) for at, p in fitting if not in_own_participle(token, at) and id(p) not in reported]
            last = pronoun.gender and last_unnamed(
                index, token, pronoun.gender, unnamed, fitting[-1][0] if fitting else -1
            )
            if last:
                return last
            if fitting:
                title_holder_before = described_subject_before(index, fitting, token)
                return title_holder_before or reporter_of(fitting, resolved, token) or fitting[-1][1]
            mentioned = last_named_fitting(index, names, token, pronoun.gender)
            if mentioned is not None and id(mentioned) not in reported:
                return mentioned
        if pronoun is not None and pronoun.kind == "organisation":
            organisation = last_organisation(index, names, token)
            if organisation is not None:
                return organisation
        group = last_group(index, token) if pronoun is not None and pronoun.kind == "plural" else None
        if group is not None:
            start, end = mention_span(group, lang)
            noun_kind = lang.source_nouns.get(group.lemma_.lower())
            return Person(
                name=index.text[start:end], kind="organisation" if noun_kind == "organisation" else "anonymous"
            )
        return Person(name=token.text, kind="unknown")
    text = index.text[cand.mentions[0][0] : cand.mentions[0][1]]  # the antecedent's words, not "who"
    bare = kind in {"description", "anonymous"} and _bare_capitalised(token, lang)
    known = (names.lookup(token) or names.lookup_words(_after_possessor(token))) if bare else None  # "Syria's X"
    if known is not None and known.kind == "person":
        return known  # "Lage denied", "Waters said": a surname the tagger took for a common noun
    named = apposed_names(cand, token, lang)
    if named:
        if title_word(token, lang):
            # "The secretary general of CEI (Italian Episcopal Conference), Ann Lee, said": a title's holder is a person
            named.sort(key=lambda c: c.ent_type_ != "PERSON")
        return named_by_apposition(index, names, cand, token, named[0])
    beside = name_beside(cand, token)
    if beside is not None:
        return named_by_apposition(index, names, cand, token, beside, mention_span(beside, lang)[0])
    noun_kind = lang.source_nouns.get(token.lemma_.lower()) or made_product(token, lang)
    definite = token.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    if kind == "anonymous" and definite and (echo := last_described(index, token, unnamed)) is not None:
        return echo[1]  # "An Egyptian security source told Reuters A. The source said B": that source
    if kind == "anonymous" and definite and (resident := holder_of_source_noun(index, token, salient)) is not None:
        return resident  # "Jane Doe, a resident of Ohio, said A. The resident added B"
    if kind == "anonymous":
        return Person(name=text, kind="anonymous")
    if noun_kind == "organisation" and (owner := owning_pronoun(token, lang)) is not None:
        # "A court sentenced Imran Khan ..., his party said": no subject before, the person named before it
        last = before[-1] if before else last_named_fitting(index, names, owner, lang.pronouns[owner.lower_].gender)
        return possessed_title(index, names, token, owner, last, "organisation")
    if (recorded := issuer_of_record(index, token, resolved)) is not None:
        return recorded  # "Sisi's office said A. B, the statement said": the office's statement
    if noun_kind == "organisation":
        return described_organisation(index, names, token) or Person(name=text, kind="organisation")
    titled = title_word(token, lang) or _hyphenated_title(index, token)
    if titled and token.tag_ in {"NNS", "NNPS"}:
        return Person(name=text, kind="anonymous")  # "the officials" are no one person named before
    if titled and unnamed_on_request(token, index):
        return Person(name=text, kind="anonymous")  # "The official, who asked not to be named": not the one named
    if titled and (echo := last_described(index, token, unnamed)) is not None:
        holders = [at for at, p in salient if at < token.idx and p.role and role_holds(p.role.value, token, lang)]
        if not holders or holders[-1] < echo[0]:
            return echo[1]  # "a senior NATO diplomat said A. Asked about Spain, the diplomat said B"
    if titled:
        by_role = [p for p in before if p.role and role_holds(p.role.value, token, lang, p is before[-1])]
        if by_role:
            return by_role[-1]
        if not generic_title(token, lang) and (mentioned := last_named_holder(index, names, token)) is not None:
            return mentioned  # "promoted army chief General Asim Munir ... The general said"
        last = before[-1] if before else None
        if last is not None and generic_title(token, lang):  # "Justice X wrote that Bolsonaro led A. The judge added"
            last = reporter_of([(at, p) for at, p in salient if at < token.idx], resolved, token) or last
        if (owner := owning_pronoun(token, lang)) is not None:
            # "Swift has not commented, her publicist said": a title a pronoun owns is another's, never its owner
            return possessed_title(index, names, token, owner, last)
        office = described.get(id(last)) if last is not None and _rival_named(index, names, last, token) else None
        # "the former vice president's spokeswoman": a title another title owns is someone else's, not the one named
        owned = any(c.dep_ == "poss" and title_word(c, lang) for c in token.children)
        if last is not None and not owned and not _named_qualifier(token) and _may_hold(last, token, lang, office):
            generic = generic_title(token, lang)
            if not generic:
                described.setdefault(id(last), token.lemma_.lower())  # "The chancellor said": her office now
            if last.role is None and (not generic or any(c.dep_ in _QUALIFIERS for c in token.children)):
                # "Pep Guardiola said A. "B," the City manager told Sky Sports", "the WHO chief added"
                roles.setdefault(id(last), Evidence(text, Span(*cand.mentions[0], text), DESCRIBED_ROLE_CONFIDENCE))
            return last  # "the official" is someone named before; "the chief officer for Renesys" is new
        if (subject := subject_of_nationality(index, token, salient, described)) is not None:
            return subject  # "X said A. The Austrian general also said B"
        if (subject := former_office_subject(index, token, salient)) is not None:
            return subject  # "X campaigned in Iowa. The former secretary of state said A"
        aged = epithet_referent(index, cand, token, salient, titled=True)
        if aged is not None:
            return aged  # "The 57-year-old former finance minister" after a central bank governor named
    return Person(name=text, kind="anonymous" if noun_kind == "anonymous" else "unknown")


def _may_hold(person: Person, title: Token, lang: LanguageData, described: str | None = None) -> bool:
    """Whether a description may stand for the person named before it: any may when the person's role is unknown,
    a generic title ("the official", "the spokesman") may for any role, and a title naming an office ("the mayor")
    not for someone whose role is another ("Ann Lee, a teacher"; a role holding the title matched before this),
    nor for someone of unknown role whom an earlier description gave another office while someone else named
    might hold it (``described``: "Angela Merkel met Emmanuel Macron. The chancellor said A. The French president
    said B." credited B to Merkel). An office held before ("the former finance minister") or still to come ("the
    president-elect") may be anyone's, unless a name qualifies it ("the former Florida governor" is no senator's)."""
    past = any(c.lower_ in lang.past_office_words for c in title.children)
    # "the president-elect", "the incoming chancellor": an office still to come, whatever the role held now
    coming = title.lower_ in lang.coming_office_words or any(
        c.lower_ in lang.coming_office_words for c in title.children
    )
    if generic_title(title, lang):
        # "the White House spokesman" is not the president named before, nor "the government spokesman" the deputy
        # prime minister; "the Boeing boss" is its chief executive
        bodies = [c for c in title.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
        qualified = named_qualifiers(title) or bodies
        return person.role is None or not qualified or role_holds(person.role.value, title, lang)
    if (past or coming) and not any(c.pos_ == "PROPN" and not title_word(c, lang) for c in title.children):
        return True  # the tagger may read the title's own word as a name: "the President-elect"
    return person.role is None and described in (None, title.lemma_.lower())


def _rival_named(index: DocIndex, names: NameIndex, last: Person, description: Token) -> bool:
    """Whether someone other than ``last`` is named before a description, who might hold its office: only then
    does an office a description gave ``last`` bar another (news writing varies a person's titles: "Mike Pence ...
    The Indiana governor ... The Republican nominee")."""
    for ent in index.doc.ents:
        if ent.label_ == "PERSON" and ent.end <= description.i:
            person = names.lookup(ent.root)
            if person is not None and person is not last:
                return True
    return False


def _definite_epithet(token: Token, lang: LanguageData) -> bool:
    """``the Connecticut Democrat``, ``the Spaniard``: an epithet's capitals after a definite article make no name."""
    definite = any(c.dep_ == "det" and c.lower_ not in lang.unnamed_markers for c in token.children)
    return definite and epithet_gender(token.text, lang) is not None


def _bare_title(token: Token) -> bool:
    """``The President``, ``The President of Mali``, ``CEO of the firm``, ``The Boeing CEO``: a capitalised title with
    no name words but an organisation's or a place's (one that takes in the article names a newspaper: "The New
    Hampshire Union Leader")."""
    return all(
        c.dep_ in {"prep", "amod"}
        or (c.dep_ == "det" and c.lower_ == "the")
        or (c.dep_ == "poss" and entity_of(c))
        or (c.dep_ == "compound" and _named_body(entity_of(c)))
        for c in token.children
    )


def _named_body(entity: SpacySpan | None) -> bool:
    """An organisation, a place or a people the recogniser found, not with an article of its own."""
    return entity is not None and entity.label_ in {"ORG", "GPE", "NORP"} and entity[0].lower_ != "the"


def _bare_capitalised(token: Token, lang: LanguageData) -> bool:
    """A capitalised noun with no determiner, nor a possessor but a place's ("Syria's al-Sharaa", no title): a name
    the tagger may have read as a common noun."""
    possessors = [c for c in token.children if c.dep_ == "poss"]
    placed = not possessors or (all(c.ent_type_ == "GPE" for c in possessors) and token.lower_ not in lang.titles)
    return token.text[:1].isupper() and not any(c.dep_ == "det" for c in token.children) and placed


def _after_possessor(token: Token) -> list[Token]:
    """The words of a noun's phrase after its possessor's "'s" and up to the noun ("al-Sharaa" of "Syria's
    al-Sharaa"); none where it has no possessor."""
    ends = [c.right_edge.i for c in token.children if c.dep_ == "poss"]
    return list(token.doc[ends[0] + 1 : token.i + 1]) if ends else []


def _named_qualifier(token: Token) -> bool:
    """A title qualified by a named organisation or place ("the chief technology officer for Renesys") describes
    someone new; "the former secretary of state" does not."""
    objects = [g for prep in token.children if prep.dep_ == "prep" for g in prep.children if g.dep_ == "pobj"]
    objects += [c for c in token.children if c.dep_ == "poss"]  # "Indonesia's foreign minister"
    return any(g.pos_ == "PROPN" or entity_of(g) is not None for g in objects)


def _hyphenated_title(index: DocIndex, token: Token) -> bool:
    """The head of "the secretary-general" is "general": the title is the hyphenated word it ends."""
    text = index.text
    start = token.idx
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return any(part in index.lang.titles for part in text[start : token.idx].lower().split("-"))
