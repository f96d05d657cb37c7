"""Whom a pronoun or a description takes up: the last person named in reach of the pronoun's gender, the last
speaker only described ("Her neighbour said A. "B," he said"), the last plural group that can speak ("they said"),
the subject before a title of a nationality ("The Austrian general also said"), the first or last party named
before "the former" or "the latter", and the one whose role names a source noun ("the resident"); the last
organisation ("it said") is ``organisations.py``'s."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.cues import cue_verb
from quotegraph.extract.headlines import in_headline
from quotegraph.extract.language import LanguageData
from quotegraph.extract.people import NameIndex, Person, gender_of
from quotegraph.extract.roles import other_nationality, role_holds, title_word


def described_head(index: DocIndex, cand: Candidate, person: Person) -> Token | None:
    """The head of a speaker's description when the speaker is one person described and not named ("Her
    neighbour", "a witness", "an aide to X"), whom a later "he" or "she" may stand for, else None: an anonymous
    description (``mention_kind``) headed by a singular title or anonymous source noun (``source_nouns.tsv``), or a
    description headed by a gendered noun of kin or station (``gender_words.tsv``: "The victim's father"), whose
    speaker said, wrote or judged something by a verb of speech, writing or evaluation ("A spokesman rejected the
    criticism. "B," he said") and asked no question (``asking_verb``: the one asked answers)."""
    token = index.doc[cand.antecedent if cand.antecedent is not None else cand.speaker_token]  # type: ignore[index]
    lemma, lang = token.lemma_.lower(), index.lang
    kin = lemma in lang.gender_words.get("title", {}) and person.kind == "unknown"  # "The victim's father"
    if (person.kind != "anonymous" and not kin) or token.tag_ != "NN":
        return None
    if lemma not in lang.titles and lang.source_nouns.get(lemma) != "anonymous" and not kin:
        return None
    cue = index.doc[cand.cue_token] if cand.cue_token is not None else None
    entry = cue_verb(cue, lang) if cue is not None else None
    if (
        cue is None
        or entry is None
        or entry.cls not in {"speech", "writing", "evaluation"}
        or cue.lemma_.lower() in lang.asking_verbs
    ):
        return None  # said, wrote or judged something ("rejected the criticism"), not "a rich supporter who wants to
        # give more"
    return token


def last_unnamed(
    index: DocIndex, pronoun: Token, gender: str, unnamed: list[tuple[int, Person]], named_at: int
) -> Person | None:
    """The speaker only described whom a personal pronoun stands for: the last one before it, of its gender or of
    none known, who spoke after the last person named (``named_at``) with no one named between (outside
    quotations), in its sentence or the one before (""A," he said" after "Her neighbour said B" is the
    neighbour's, not the woman named before)."""
    before = [(at, p) for at, p in unnamed if named_at < at < pronoun.idx and p.gender in {None, gender}]
    if not before or index.token_at_or_after(before[-1][0]) < _sentence_before(pronoun):
        return None  # only in the pronoun's sentence or the one before
    at, person = before[-1]
    if _person_named_between(index, at, pronoun.idx):
        return None  # "A reporter asked Sanders how ... He replied"
    return person


def misread_person(
    index: DocIndex, names: NameIndex, pronoun: Token, spoken: list[tuple[Candidate, Person]]
) -> Person | None:
    """``Nadia Milleron said A. "B," she told reporters``: a personal pronoun that no person in reach takes up
    stands for the last speaker before it, in its paragraph or the one before, when that speaker's full name is one
    the recogniser took for an organisation: two or three capitalised words, no organisation noun, not capitals
    only, no article. With no such speaker, it stands for such a name as the main subject of the sentence before
    (``Kyriakos Mitsotakis spoke in parliament. "B," he said``). That one is a person from then on, of the pronoun's
    gender."""
    entry = index.lang.pronouns.get(pronoun.lower_)
    if entry is None or entry.kind != "personal" or not entry.gender or pronoun.pos_ != "PRON":
        return None
    before = [(c.speaker_token, p) for c, p in spoken if c.speaker_token is not None and c.speaker_token < pronoun.i]
    at, found = -1, None
    if before:
        at, person = max(before, key=lambda item: item[0])
        near = index.paragraph_of(pronoun.idx) - index.paragraph_of(index.doc[at].idx) <= 1
        found = person if near and _misread_name(index, index.doc[at], person) else None
    if found is None and at < _sentence_before(pronoun):
        found = _misread_subject_before(index, names, pronoun)  # no speaker since the sentence before
    if found is not None:
        found.kind, found.gender = "person", entry.gender
    return found


def _misread_subject_before(index: DocIndex, names: NameIndex, pronoun: Token) -> Person | None:
    """The name the recogniser read as an organisation's, or as no name, that is the subject of the main verb of the
    sentence before the pronoun's, outside quotations, when it is the only such subject there."""
    start = _sentence_before(pronoun)
    if start == pronoun.sent.start:
        return None
    subjects = [
        t
        for t in index.doc[start : pronoun.sent.start]
        if t.dep_ == "nsubj"
        and t.head.dep_ == "ROOT"
        and t.pos_ == "PROPN"
        and t.ent_type_ in {"ORG", ""}
        and not index.in_quote(t)
    ]
    if len(subjects) != 1:
        return None
    person = names.describe(subjects[0])
    unrecognised = person.kind == "person" and not subjects[0].ent_type_ and gender_of(person, index.lang) is None
    return person if _misread_name(index, subjects[0], person, unrecognised) else None


def _misread_name(index: DocIndex, head: Token, person: Person, unrecognised: bool = False) -> bool:
    """Whether a name may be a person's the recogniser misread as an organisation's (or, ``unrecognised``, read
    as no name): two or three capitalised words, no organisation noun last, not capitals only, no article."""
    if person.kind != "organisation" and not unrecognised:
        return False
    words = person.name.split()
    shaped = 2 <= len(words) <= 3 and all(w[:1].isupper() and not w.isupper() and w.isalpha() for w in words)
    if not shaped or head.ent_type_ not in {"ORG", ""} or any(c.dep_ == "det" for c in head.children):
        return False
    return index.lang.source_nouns.get(words[-1].lower()) != "organisation"


def subject_of_nationality(
    index: DocIndex, title: Token, salient: list[tuple[int, Person]], described: dict[int, str]
) -> Person | None:
    """``Robert Brieger, the head of the EU's military committee, said A. The Austrian general also said B``: a
    title only a nationality, a party or a place qualifies ("the Vermont senator"), that no one's role holds, stands
    for the person named last before it as a subject, in the sentence before, whose role names no other nationality
    and whom no description gave another office (``described``: "Merkel met Macron. The chancellor said A. The
    French president said B"), when no one else is named between (for a place, in that sentence either)."""
    modifiers = [c for c in title.children if c.dep_ != "det"]
    if not modifiers or any(c.dep_ not in {"amod", "compound"} for c in modifiers):
        return None
    places = [c for c in modifiers if c.ent_type_ != "NORP"]
    if any(not _place_word(c) for c in places):
        return None  # only a nationality or a place: not "the Republican presidential candidate", an office of its own
    found = _subject_of_sentence_before(index, title, salient)
    if found is None:
        return None
    at, mention, person = found
    if person.role is not None and other_nationality(person.role.value.lower(), title):
        return None
    if places and person.role is not None and _office_of_another_place(index, person.role.value, places):
        return None  # "Republican Sen. John McCain said A. The Vermont senator said B": Vermont's is not his office
    if described.get(id(person), title.lemma_.lower()) != title.lemma_.lower():
        return None
    # a place tells what position cannot check: only a person named alone in that sentence is surely its holder
    start = mention.sent.start_char if places else at
    return None if _person_named_between(index, start, title.idx, person.name) else person


def _office_of_another_place(index: DocIndex, role: str, places: list[Token]) -> bool:
    """Whether a role is an abbreviated office ("Sen.", "Gov."), whose place the role would name, or names a place
    that is not among a description's (``places``)."""
    if any(word.lower() in index.lang.offices for word in role.split()):
        return True
    own = {p.lower_ for p in places}
    named = (e for e in index.doc.ents if e.label_ in {"GPE", "LOC"} and e.text in role)
    return any(not set(e.text.lower().split()) <= own for e in named)


def _place_word(word: Token) -> bool:
    """A capitalised proper noun of a place or of no entity ("Vermont" of "the Vermont senator")."""
    return word.pos_ == "PROPN" and word.text[:1].isupper() and word.ent_type_ in {"", "GPE", "LOC"}


def former_office_subject(index: DocIndex, title: Token, salient: list[tuple[int, Person]]) -> Person | None:
    """``Hillary Clinton campaigned in Iowa. The former secretary of state said A``: a title held before ("former"),
    which no one's role holds, stands for the person named last before it as a subject, in the sentence before, when
    no one else is named between (a former office may be anyone's: only a person named alone is surely its holder);
    one a name qualifies only for a person of no known role ("Sen. Marco Rubio said A. The former Florida governor
    said B": Jeb Bush's office, not the senator's)."""
    if not any(c.lower_ in index.lang.past_office_words for c in title.children):
        return None
    found = _subject_of_sentence_before(index, title, salient)
    if found is None:
        return None
    _, mention, person = found
    if person.role is not None and any(c.pos_ == "PROPN" and c.text[:1].isupper() for c in title.children):
        return None  # not "the former prime minister", whose "prime" the tagger may read as a name
    return None if _person_named_between(index, mention.sent.start_char, title.idx, person.name) else person


def _subject_of_sentence_before(
    index: DocIndex, title: Token, salient: list[tuple[int, Person]]
) -> tuple[int, Token, Person] | None:
    """The person named last before a description, with where and the mention's first word, when that one is a
    person named in the sentence before the description's; None otherwise."""
    before = [(at, p) for at, p in salient if at < title.idx]
    if not before:
        return None
    at, person = before[-1]
    mention = index.doc[index.token_at_or_after(at)]
    if mention.sent.start != _sentence_before(title) or person.kind != "person":
        return None
    return at, mention, person


def former_or_latter(index: DocIndex, names: NameIndex, token: Token) -> Person | None:
    """``Al-Shabaab is considered a terrorist body by the United States; the latter blames it``: "the former" stands
    for the first of the parties (people, organisations, places, peoples) named before it in its sentence, "the
    latter" for the last; with fewer than two there, those of the sentence before. None for another word, or with
    fewer than two parties named in either."""
    lang = index.lang
    word = token.lower_
    if word not in lang.former_words | lang.latter_words or not any(c.lower_ == "the" for c in token.children):
        return None
    for start, end in ((token.sent.start, token.i), (_sentence_before(token), token.sent.start)):
        parties = [
            e
            for e in index.doc.ents
            if start <= e.start
            and e.end <= end
            and e.label_ in {"PERSON", "ORG", "GPE", "NORP"}
            and not index.in_quote(e.root)
        ]
        if len({e.text for e in parties}) >= 2:
            party = parties[0] if word in lang.former_words else parties[-1]
            return names.describe(party.root)
    return None


def last_described(index: DocIndex, title: Token, unnamed: list[tuple[int, Person]]) -> tuple[int, Person] | None:
    """The last speaker only described before a definite description whose description has the description's title
    (""A," a senior NATO diplomat said. Asked about Spain, the diplomat said" is that diplomat's), in the
    description's paragraph or the one before; with where that speaker's mention ends."""
    lemma = title.lemma_.lower()
    for at, person in reversed(unnamed):
        if at >= title.idx:
            continue
        if index.paragraph_of(title.idx) - index.paragraph_of(at) > 1:
            return None
        if lemma in (word.lower() for word in person.name.split()):
            return at, person
    return None


def holder_of_source_noun(index: DocIndex, noun: Token, salient: list[tuple[int, Person]]) -> Person | None:
    """``Jane Doe, a resident of Ohio, said A. The resident added B``: a definite description by a source noun
    stands for the last person named before it, in its paragraph or the one before, whose role has that noun as a
    word of its own (not "president" for "the resident"), unless it marks someone else ("the second official"), else
    None."""
    lemma, lang = noun.lemma_.lower(), index.lang
    if any(c.lower_ in lang.other_party_words or c.ent_type_ == "ORDINAL" for c in noun.children):
        return None  # "The second official", "the other resident": someone else
    for at, person in reversed([(at, p) for at, p in salient if at < noun.idx]):
        if index.paragraph_of(noun.idx) - index.paragraph_of(at) > 1:
            return None
        if person.role is not None and lemma in re.findall(r"[\w-]+", person.role.value.lower()):
            return person
    return None


def issuer_of_record(index: DocIndex, noun: Token, resolved: list[tuple[Candidate, Person]]) -> Person | None:
    """``Sisi's office said A. B, the statement said``, ``X said in a statement A. B, the statement said``: a bare
    definite record of someone's own words that speaks for its issuer (``own_record_noun`` and an organisation noun:
    "the statement", "the communique") is the record of the report made just before it, in its paragraph or the one
    before, by someone named or an organisation, where that report was made in such a record or none was named since
    the paragraph before; None for one that says whose it is ("the statement from Y"), for a record named with
    another ("Cook provided a written statement ... the statement said", after The Times's report of it; "a
    statement issued by the Sanders campaign", after Devine's), or with no such report before it."""
    lang = index.lang
    lemma = noun.lemma_.lower()
    if lemma not in lang.own_record_nouns or lang.source_nouns.get(lemma) != "organisation" or noun.tag_ != "NN":
        return None
    if [c.lower_ for c in noun.children] != ["the"]:
        return None
    para = index.paragraph_of(noun.idx)
    before = [(c, p) for c, p in resolved if c.anchor < noun.idx and index.paragraph_of(c.anchor) >= para - 1]
    if not before:
        return None
    cand, person = before[-1]
    window = index.doc[index.token_at_or_after(index.paragraph_starts[max(para - 1, 0)]) : noun.i]
    records = [t for t in window if t.lemma_.lower() == lemma]
    cue = index.doc[cand.cue_token] if cand.cue_token is not None else None
    # "said in a statement": the record the report's cue names, outside what it reports
    made_in = cue is not None and any(
        t.dep_ == "pobj" and cue in t.ancestors and not cand.content[0] <= t.idx < cand.content[1] for t in records
    )
    if person.kind not in {"person", "organisation"} or (records and not made_in):
        return None
    return person


def last_named_fitting(index: DocIndex, names: NameIndex, pronoun: Token, gender: str | None) -> Person | None:
    """The last person named before a personal pronoun, in its paragraph or the one before, in any place, not only
    as a subject, whose gender is the pronoun's: "Trump attacked Hillary Clinton on Monday. "B," she said." (no
    woman was a subject); with none such, the person named last by a full name, past the headline, in the pronoun's
    sentence or the one before, when no gender of theirs is known ("The reform was pushed by Andres Manuel Lopez
    Obrador. He said A"): the pronoun tells it."""
    if gender is None:
        return None
    found = last = None
    for ent, person in named_before(index, names, pronoun):
        if ent.root.dep_ in {"compound", "poss", "amod", "nmod"}:
            continue  # a name that only modifies a noun ("his John Birch Society proteges")
        if person is not None and person.kind == "person" and gender_of(person, index.lang) == gender:
            found = person
        last = (ent.start, person)
    if found is None and last is not None and last[1] is not None and last[0] >= _sentence_before(pronoun):
        # "The reform was pushed by President Andres Manuel Lopez Obrador. He said A": the one named last, by a full
        # name, in the sentence before, of no known gender, which the pronoun now tells
        person = last[1]
        full = len(person.name.split()) > 1 and not in_headline(index, index.doc[last[0]].idx)
        if full and person.kind == "person" and gender_of(person, index.lang) is None:
            person.gender = gender
            return person
    return found


def named_before(index: DocIndex, names: NameIndex, token: Token) -> Iterator[tuple[Span, Person | None]]:
    """The person entities before ``token`` outside quotations, in its paragraph or the one before (named paragraphs
    before, the word may be someone never named: "my father"), with the person each names."""
    for ent in index.doc.ents:
        if ent.label_ != "PERSON" or ent.end > token.i or index.in_quote(ent.root):
            continue
        if index.paragraph_of(token.idx) - index.paragraph_of(ent.root.idx) <= 1:
            yield ent, names.lookup(ent.root)


def last_named_holder(index: DocIndex, names: NameIndex, title: Token) -> Person | None:
    """The last person named before a description, in any place (not only as a subject), in its paragraph or the one
    before, whose role holds its title: "promoted army chief General Asim Munir to field marshal ... The general
    said" (Munir spoke as no subject before)."""
    found = None
    for _, person in named_before(index, names, title):
        role = person.role if person is not None and person.kind == "person" else None
        if role is not None and role_holds(role.value, title, index.lang):
            found = person
    return found


def last_group(index: DocIndex, pronoun: Token) -> Token | None:
    """``Officials went to the station, where they said ...``: the plural subject "they" takes up, when it is the
    last one before the pronoun in its sentence or the one before and can speak, or the group that reports the
    clause it stands in; None otherwise ("The talks ... They focused on" names no speaker)."""
    for tok in reversed(index.doc[_sentence_before(pronoun) : pronoun.i]):
        if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.tag_ not in {"NNS", "NNPS"} or index.in_quote(tok):
            continue
        return (
            tok if _can_speak(tok, index.lang) or _of_speakers(tok, index.lang) else _reporting_group(tok, index.lang)
        )
    return None


def _of_speakers(group: Token, lang: LanguageData) -> bool:
    """``Thousands of Dutch farmers``: a plural whose "of" names a plural that can speak."""
    return any(
        p.dep_ == "prep" and p.lower_ == "of" and o.dep_ == "pobj" and o.tag_ in {"NNS", "NNPS"} and _can_speak(o, lang)
        for p in group.children
        for o in p.children
    )


def _person_named_between(index: DocIndex, start: int, end: int, own_name: str = "") -> bool:
    """Whether a person entity outside quotations starts between two offsets, other than one of ``own_name``'s
    words (the name apposed to a description already taken up) or one named in a clause describing the mention at
    ``start`` ("Ontario Premier Doug Ford, whose government paid for the ad featuring former President Ronald
    Reagan, said A. The Progressive Conservative leader told B": Reagan is no one Ford's description could be)."""
    mention = index.doc[index.token_at_or_after(start)]
    own = {mention.i, *(t.i for t in mention.ancestors if t.idx < end and t.ent_type_ == mention.ent_type_)}
    between = (e for e in index.doc.ents if e.label_ == "PERSON" and start < e.start_char < end)
    return any(
        not index.in_quote(e.root)
        and not (own_name and e.text in own_name)
        and not any(a.dep_ in {"relcl", "acl", "appos"} and a.head.i in own for a in e.root.ancestors)
        for e in between
    )


def _sentence_before(token: Token) -> int:
    """The index of the first token of the sentence before ``token``'s, or of its own when it is the first."""
    start = token.sent.start
    return token.doc[start - 1].sent.start if start > 0 else 0


def _can_speak(group: Token, lang: LanguageData) -> bool:
    """A plural that can speak: a source noun or a title ("supporters", "officials", "the authors"), or a group the
    recogniser names ("Democrats")."""
    return group.lemma_.lower() in lang.source_nouns or title_word(group, lang) or group.ent_type_ in {"NORP", "ORG"}


def _reporting_group(subject: Token, lang: LanguageData) -> Token | None:
    """``The authors say the results confirm A. They call for B``: a plural subject that cannot speak, inside a
    clause that a group reports, hands "they" on to that group."""
    clause = subject.head
    for _ in range(4):  # a parse path, not the sentence: a few steps up are enough
        if clause.dep_ != "ccomp" or clause.head.i == clause.i:
            return None
        clause = clause.head
        for child in clause.children:
            if child.dep_ == "nsubj" and child.tag_ in {"NNS", "NNPS"} and _can_speak(child, lang):
                return child
    return None
