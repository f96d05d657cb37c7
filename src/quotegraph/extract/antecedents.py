"""Whom a pronoun or a description takes up: the last person named in reach of the pronoun's gender, the last
speaker only described ("Her neighbour said A. "B," he said"), the last organisation ("it said") and the last
plural group that can speak ("they said")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.cues import cue_verb
from quotegraph.extract.dashes import glued_hyphen
from quotegraph.extract.datelines import in_dateline
from quotegraph.extract.headlines import in_headline
from quotegraph.extract.language import LanguageData
from quotegraph.extract.media_names import outlet_name
from quotegraph.extract.mentions import description_tokens, mention_span, organisation_named_elsewhere
from quotegraph.extract.people import NameIndex, Person, gender_of
from quotegraph.extract.roles import role_holds, title_word
from quotegraph.model import Evidence

_ORGANISATION_PARAGRAPHS = 4  # paragraphs before a description's that may name the organisation it stands for
_OWN_CLAUSES = {"ROOT", "conj", "advcl"}  # clauses whose subject a later description may take up
_SELF_DESCRIBED = {"prep", "relcl", "acl"}  # phrases with which a description names its organisation itself


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
    between = (e for e in index.doc.ents if e.label_ == "PERSON" and at < e.start_char < pronoun.idx)
    if any(not index.in_quote(e.root) for e in between):
        return None  # "A reporter asked Sanders how ... He replied"
    return person


def misread_person(index: DocIndex, pronoun: Token, spoken: list[tuple[Candidate, Person]]) -> Person | None:
    """``Nadia Milleron said A. "B," she told reporters``: a personal pronoun that no person in reach takes up
    stands for the last speaker before it, in its paragraph or the one before, when that speaker's full name is one
    the recogniser took for an organisation: two or three capitalised words, no organisation noun, not capitals
    only, no article. That speaker is a person from then on, of the pronoun's gender."""
    lang = index.lang
    entry = lang.pronouns.get(pronoun.lower_)
    if entry is None or entry.kind != "personal" or not entry.gender or pronoun.pos_ != "PRON":
        return None
    before = [(c.speaker_token, p) for c, p in spoken if c.speaker_token is not None and c.speaker_token < pronoun.i]
    if not before:
        return None
    at, person = max(before, key=lambda item: item[0])
    head = index.doc[at]
    if person.kind != "organisation" or index.paragraph_of(pronoun.idx) - index.paragraph_of(head.idx) > 1:
        return None
    words = person.name.split()
    shaped = 2 <= len(words) <= 3 and all(w[:1].isupper() and not w.isupper() and w.isalpha() for w in words)
    if not shaped or head.ent_type_ not in {"ORG", ""} or any(c.dep_ == "det" for c in head.children):
        return None
    if lang.source_nouns.get(words[-1].lower()) == "organisation":
        return None
    person.kind, person.gender = "person", entry.gender
    return person


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


def last_named_fitting(index: DocIndex, names: NameIndex, pronoun: Token, gender: str | None) -> Person | None:
    """The last person named before a personal pronoun, in its paragraph or the one before, in any place, not only
    as a subject, whose gender is the pronoun's: "Trump attacked Hillary Clinton on Monday. "B," she said." (no
    woman was a subject); with none such, the person named last by a full name, past the headline, in the pronoun's
    sentence or the one before, when no gender of theirs is known ("The reform was pushed by Andres Manuel Lopez
    Obrador. He said A"): the pronoun tells it."""
    if gender is None:
        return None
    found = last = None
    for ent, person in _named_before(index, names, pronoun):
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


def _named_before(index: DocIndex, names: NameIndex, token: Token) -> Iterator[tuple[Span, Person | None]]:
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
    for _, person in _named_before(index, names, title):
        role = person.role if person is not None and person.kind == "person" else None
        if role is not None and role_holds(role.value, title, index.lang):
            found = person
    return found


def last_organisation(index: DocIndex, names: NameIndex, pronoun: Token) -> Person | None:
    """``it said``: the organisation (or the report, study or statement: an organisation noun) that was a subject
    most recently before the pronoun, in its paragraph or the one before."""
    para = index.paragraph_of(pronoun.idx)
    subjects = [
        tok
        for tok in reversed(index.doc[: pronoun.i])
        if index.paragraph_of(tok.idx) >= para - 1 and tok.dep_ in {"nsubj", "nsubjpass"} and not index.in_quote(tok)
    ]
    # the subject of a clause of its own before one another reports: "The lawsuit says the company ignored warnings.
    # It seeks damages" (the lawsuit)
    own = [tok for tok in subjects if tok.head.dep_ in _OWN_CLAUSES and tok.sent.start == subjects[0].sent.start]
    for tok in own + subjects:
        known = names.lookup(tok) if tok.ent_type_ == "PERSON" else None
        if tok.ent_type_ == "ORG" or (known is not None and known.kind == "organisation"):
            return names.describe(tok)
        # "The report has prompted calls ... It says ...", "The International Fact-Checking Network" (which the
        # recogniser may read as a work's title)
        if tok.tag_ in {"NN", "NNP"} and index.lang.source_nouns.get(tok.lemma_.lower()) == "organisation":
            apposed = [c for c in tok.children if c.dep_ == "appos" and c.i > tok.i and c.pos_ == "PROPN"]
            if apposed:  # "A little-known Chinese startup, DeepSeek, sent shockwaves ... after it said": DeepSeek
                start, end = mention_span(apposed[0], index.lang)
                return Person(name=index.text[start:end], kind="organisation")
            if (described := described_organisation(index, names, tok)) is not None:
                return described  # "Toyota is recalling A, NHTSA said. The automaker said B. It said C": Toyota
            words = description_tokens(tok, index.lang)  # "the Central and East European Coalition", not "Coalition"
            return Person(name=index.text[words[0].idx : words[-1].idx + len(words[-1])], kind="organisation")
    return None


def owned_role(
    index: DocIndex, names: NameIndex, role: Evidence | None, described: dict[int, str] | None = None
) -> Evidence | None:
    """``The European Central Bank kept rates unchanged, and its president, Christine Lagarde, said``: a role written
    with an organisation's possessive pronoun is the office in the organisation the pronoun takes up ("president of
    the European Central Bank"), by the name a description of it was resolved to (``described``: where each such
    description starts; "the group said ... Its founder" after the World Central Kitchen); else the role as
    written."""
    if role is None or role.span is None:
        return role
    first = index.doc[index.token_at_or_after(role.span.start)]
    entry = index.lang.pronouns.get(first.lower_)
    if entry is None or entry.kind != "organisation" or first.dep_ != "poss":
        return role
    named = _organisation_named_last(index, names, first)
    owner = names.describe(named) if named is not None else last_organisation(index, names, first)
    at = index.text.rfind(owner.name, 0, first.idx) if owner is not None and owner.kind == "organisation" else -1
    if owner is None or at < 0:
        return role
    name = (described or {}).get(at, owner.name)
    if name == owner.name and index.doc[index.token_at_or_after(at)].pos_ == "DET":
        name = name[:1].lower() + name[1:]  # "The European Central Bank" opened its sentence
    office = index.text[first.idx + len(first.text) : role.span.end].strip()
    return Evidence(f"{office} of {name}", role.span, role.confidence)


def _organisation_named_last(index: DocIndex, names: NameIndex, pronoun: Token) -> Token | None:
    """The head of the organisation named last before a pronoun in its paragraph, as subject or not ("Canova and
    Sanders have turned to the same firm, Revolution Messaging. Scott Goodstein, its chief executive officer"),
    outside quotations."""
    para = index.paragraph_of(pronoun.idx)
    for ent in reversed([e for e in index.doc.ents if e.end <= pronoun.i]):
        if index.paragraph_of(ent.start_char) < para:
            return None
        modifier = ent.end < len(index.doc) and glued_hyphen(index.doc[ent.end])  # "the Microsoft-owned platform"
        # "Norway's sovereign wealth fund, Tesla's sixth-largest investor, had said A. Its chief executive": the
        # owner in an apposition describes the fund, which "its" takes up
        modifier = modifier or (ent.root.dep_ == "poss" and ent.root.head.dep_ == "appos")
        known = names.lookup(ent.root)
        # or a name the recogniser read as a person's that is an organisation's ("ticket seller Ticketmaster")
        organisation = ent.label_ == "PERSON" and known is not None and known.kind == "organisation"
        firm = (ent.label_ == "ORG" and known is None) or organisation
        if firm and not modifier and not index.in_quote(ent.root):
            return ent.root
    return None


def described_organisation(index: DocIndex, names: NameIndex, description: Token) -> Person | None:
    """``Apple Inc forecast A. ... B, the company said``, ``The Health Ministry said A. The ministry also said B``: a
    definite description headed by an organisation noun stands for the organisation named last as the subject of a
    clause of its own (not of a report) before it, up to four paragraphs back, whose name it fits
    (``fits_organisation``), or, where none is a subject in its sentence, for the one named last there in any
    place; None for a description that names another party, none or several ("the parent company", "its rival",
    "neither company", "the companies"), names its organisation itself or fits no one."""
    lang = index.lang
    if description.tag_ != "NN":
        return None  # "the companies", "these firms": several, no one organisation
    article = [c for c in description.children if c.dep_ == "det"]
    if not article or article[0].lower_ in lang.unnamed_markers or any(c.dep_ == "poss" for c in description.children):
        return None
    if any(c.lower_ in lang.other_party_words or c.dep_ in _SELF_DESCRIBED for c in description.children):
        return None  # "the rival carmaker"; "the trade group for the Blue Cross plans" says whom it means
    if description.lemma_.lower() not in lang.product_nouns and any(_names_itself(c) for c in description.children):
        return None  # "the Obama administration", "the al-Shabaab group"; not "the iPhone maker", which is Apple
    para, own_sentence = index.paragraph_of(description.idx), description.sent.start
    mentioned: Person | None = None  # the organisation named last, in any place, in its sentence
    reported: Person | None = None  # the one named last as the subject of a reported clause
    for tok in reversed(index.doc[: description.i]):
        if index.paragraph_of(tok.idx) < para - _ORGANISATION_PARAGRAPHS or (tok.i < own_sentence and mentioned):
            break  # no organisation a subject in its sentence: "Trump said of Apple, when the company balked"
        if tok.i >= description.left_edge.i:
            continue  # its own words: "iPhone" of "the iPhone maker"
        missed = organisation_named_elsewhere(tok)  # its name, where the recogniser left it out here
        if (
            index.in_quote(tok)
            or (not (tok.ent_type_ or missed) and tok.lemma_ != description.lemma_)
            or in_dateline(tok)
        ):
            continue  # nor "Reuters" of "AUSTIN, Texas (Reuters) - Tesla shareholders voted ..., the company said"
        if tok.is_punct:
            continue  # the dash of "SYDNEY - Qantas", a dateline the recogniser ran into the name, names it whole
        if tok.lemma_.lower() == description.lemma_.lower() and in_headline(index, tok.idx):
            continue  # "Automaker recalls 1.9 million cars": the headline's noun, capitalised, names no one
        subject = tok.dep_ in {"nsubj", "nsubjpass"}
        own = subject and tok.head.dep_ in _OWN_CLAUSES  # not "the FAA" of "Reuters reported that the FAA would act"
        if own and tok.lemma_ == description.lemma_ and any(c.dep_ in _SELF_DESCRIBED for c in tok.children):
            return None  # "the trade group for the Blue Cross plans ... the group wrote": that description's echo
        if own and tok.lemma_ == description.lemma_ and (owned := _owned_description(tok, index)) is not None:
            return owned  # "India's foreign ministry rejected A. The ministry said B": the body its owner names
        if own and _relays(tok.head, lang):
            continue  # "BFMTV reported"
        near = para - index.paragraph_of(tok.idx) <= 1  # "the group" may be any body: only one named just before
        if subject and not own and reported is None and near:
            # "Toyota is recalling A, the regulator said. The Japanese automaker said B": the subject of a reported
            # clause, where no organisation is the subject of its own
            reported = _fitting_organisation(names, missed or tok, description, near, lang)
        if not own and (subject or mentioned or tok.i < own_sentence):
            continue  # a name in another place counts only in the description's sentence, and only the last
        if tok.dep_ == "poss":
            continue  # "Nabisco's parent company" is another
        named = _fitting_organisation(names, missed or tok, description, near, lang)
        if named is None:
            continue
        if own:
            return named
        mentioned = named
    return mentioned or reported


def _fitting_organisation(
    names: NameIndex, tok: Token, description: Token, near: bool, lang: LanguageData
) -> Person | None:
    """The organisation a name stands for, if the description fits it (``fits_organisation``); the recogniser's
    organisation may be a person the article names ("Trump"), and its person an organisation."""
    named = names.describe(tok) if tok.ent_type_ == "ORG" else names.lookup(tok) if tok.ent_type_ else None
    if named is None or named.kind != "organisation" or not fits_organisation(named.name, description, near, lang):
        return None
    return named


def made_product(noun: Token, lang: LanguageData) -> str | None:
    """The kind "organisation" for a business noun a product's name qualifies ("the iPhone maker"), which names a
    business where the noun alone may name a person ("a policy maker"); else None."""
    named = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)
    return "organisation" if named and noun.lemma_.lower() in lang.product_nouns else None


def _owned_description(noun: Token, index: DocIndex) -> Person | None:
    """An organisation described by the place or body that owns it ("India's foreign ministry", "Trump's
    campaign"), as an organisation of that description, or None."""
    if noun.ent_type_ or not any(
        c.dep_ == "poss" and c.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"} for c in noun.children
    ):
        return None
    start, end = mention_span(noun, index.lang)
    return Person(name=index.text[start:end], kind="organisation")


def _names_itself(word: Token) -> bool:
    """Whether a word of a description names the organisation it describes ("Obama" of "the Obama administration"),
    not where it is ("the U.S. planemaker")."""
    return word.dep_ == "compound" and word.pos_ == "PROPN" and word.ent_type_ not in {"GPE", "NORP", "LOC"}


def _relays(verb: Token, lang: LanguageData) -> bool:
    """``BFMTV reported``, ``the Sun-Times reported that A``: a medium relaying others' news, not the body a later
    description takes up ("Chevron reported earnings" reports its own)."""
    return verb.lemma_.lower() in lang.relaying_verbs and not any(c.dep_ == "dobj" for c in verb.children)


def fits_organisation(name: str, description: Token, near: bool, lang: LanguageData) -> bool:
    """Whether a description may stand for the organisation of this name: the name holds its noun and the words
    joined to it ("the ministry" for the Health Ministry, not "the appeals court" for the Supreme Court), the noun
    names any body ("the group") and the name is ``near`` (in the description's paragraph or the one before), or
    the noun names a business and the name no other kind of body ("the planemaker" for Boeing or Boeing Co, not for
    the Transport Ministry), or the noun names a news medium and the name is one's ("the news agency" for Bloomberg
    News)."""
    words = [w.lower().strip(".,'’") for w in name.split()]
    noun, media = description.lemma_.lower(), lang.addressee_words
    medium = all(media.get(c.lower_) for c in description.children if c.dep_ == "compound")  # not "space agency"
    if media.get(noun) == "medium" and medium and outlet_name([w for w in words if w != "the"], media, alone=True):
        return True  # "told Bloomberg News that A, the news agency reported"
    if noun in words:
        return all(c.lower_ in words for c in description.children if c.dep_ == "compound")
    if noun in lang.any_organisation_nouns:
        return near
    kinds = [w for w in words if lang.source_nouns.get(w) == "organisation"]
    return noun in lang.company_nouns and all(w in lang.company_nouns for w in kinds)


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
