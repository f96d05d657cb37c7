"""Which organisation "it", "its" and a description such as "the company" take up: the organisation that was a
subject most recently before ("it said"), the office in the organisation "its" names ("its president"), and the
organisation named before whose name a description fits ("the planemaker" for Boeing), up to four paragraphs back."""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.candidates import DocIndex
from quotegraph.extract.dashes import glued_hyphen
from quotegraph.extract.datelines import in_dateline
from quotegraph.extract.descriptions import description_tokens
from quotegraph.extract.headlines import in_headline
from quotegraph.extract.language import LanguageData
from quotegraph.extract.media_names import outlet_name
from quotegraph.extract.mentions import acronym, entity_of, mention_span, organisation_named_elsewhere
from quotegraph.extract.people import NameIndex, Person
from quotegraph.model import Evidence

_ORGANISATION_PARAGRAPHS = 4  # paragraphs before a description's that may name the organisation it stands for
_OWN_CLAUSES = {"ROOT", "conj", "advcl"}  # clauses whose subject a later description may take up
_BODIES = {"ORG", "GPE", "NORP"}  # entities of parties that may speak together as one
_SELF_DESCRIBED = {"prep", "relcl", "acl"}  # phrases with which a description names its organisation itself


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
        known = names.lookup(tok) if tok.ent_type_ in {"PERSON", "ORG"} else None
        if tok.ent_type_ == "ORG" and known is not None and known.kind == "person" and " " in known.name:
            continue  # "that Navalny had felt unwell ... it said": the recogniser's organisation, a person named before
        if tok.ent_type_ == "ORG" or (known is not None and known.kind == "organisation"):
            return names.describe(tok)
        # "The FNSEA, France's largest farm union, said A. Its president", "Safaricom, Kenya's largest telecoms
        # company, said": an acronym, or a name an organisation noun is apposed to, that the recogniser left out
        unrecognised = not tok.ent_type_ and tok.pos_ == "PROPN"
        unrecognised = unrecognised and (acronym(tok) or names.organisation_apposition(tok))
        if unrecognised and (named := names.describe(tok)).kind == "organisation":
            return named
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
    owner = owning_organisation(index, names, first)
    at = index.text.rfind(owner.name, 0, first.idx) if owner is not None and owner.kind == "organisation" else -1
    if owner is None or at < 0:
        return role
    name = (described or {}).get(at, owner.name)
    if name == owner.name and index.doc[index.token_at_or_after(at)].pos_ == "DET":
        name = name[:1].lower() + name[1:]  # "The European Central Bank" opened its sentence
    office = index.text[first.idx + len(first.text) : role.span.end].strip()
    return Evidence(f"{office} of {name}", role.span, role.confidence)


def owning_organisation(index: DocIndex, names: NameIndex, pronoun: Token) -> Person | None:
    """The organisation an "its" takes up: the one named last in its paragraph (``_organisation_named_last``), else
    the last that was a subject (``last_organisation``)."""
    named = _organisation_named_last(index, names, pronoun)
    return names.describe(named) if named is not None else last_organisation(index, names, pronoun)


def _organisation_named_last(index: DocIndex, names: NameIndex, pronoun: Token) -> Token | None:
    """The head of the organisation named last before a pronoun in its paragraph, as subject or not ("Canova and
    Sanders have turned to the same firm, Revolution Messaging. Scott Goodstein, its chief executive officer"),
    outside quotations."""
    para = index.paragraph_of(pronoun.idx)
    for ent in reversed([e for e in index.doc.ents if e.end <= pronoun.i]):
        if index.paragraph_of(ent.start_char) < para:
            return None
        modifier = ent.end < len(index.doc) and glued_hyphen(index.doc[ent.end])  # "the Microsoft-owned platform"
        # "Norway's sovereign wealth fund, Tesla's sixth-largest investor, had said A. Its chief executive", "The
        # European Commission, which acts as the EU's competition enforcer, declined": the owner in an apposition or
        # a relative clause describes the fund or the commission, which "its" takes up
        described = ent.root.head.dep_ == "appos" or any(a.dep_ == "relcl" for a in ent.root.ancestors)
        modifier = modifier or (ent.root.dep_ == "poss" and described)
        known = names.lookup(ent.root)
        # or a name the recogniser read as a person's that is an organisation's ("ticket seller Ticketmaster")
        organisation = ent.label_ == "PERSON" and known is not None and known.kind == "organisation"
        firm = (ent.label_ == "ORG" and known is None) or organisation
        # "Cambodia denied laying new mines. Its defence ministry spokeswoman": a country that acts as a subject
        firm = firm or (ent.label_ == "GPE" and ent.root.dep_ == "nsubj" and ent.root.head.pos_ == "VERB")
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
        called = None if tok.ent_type_ or missed or index.in_quote(tok) else _called_by_noun(tok, description, lang)
        if called is not None:
            return called  # "India's largest airline IndiGo cancelled A. The airline said B"
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
        # "NEW DELHI (AP) - India's Supreme Court ordered": the parser may hang the subject on the dateline's place
        anchor = tok.head if tok.dep_ == "appos" and in_dateline(tok.head) else tok
        subject = anchor.dep_ in {"nsubj", "nsubjpass"}
        own = subject and anchor.head.dep_ in _OWN_CLAUSES  # not "the FAA" of "Reuters reported that the FAA would act"
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
        if tok.dep_ == "compound" and any(c.dep_ == "poss" for c in tok.head.children):
            continue  # "its 737 MAX jets": a name on a thing someone owns is a product's
        if tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in lang.venue_nouns:
            continue  # "In a statement on Telegram, the group said": where it was said
        named = _fitting_organisation(names, missed or tok, description, near, lang)
        if named is None:
            continue
        if own:
            return named
        mentioned = named
    return mentioned or reported


def _called_by_noun(name: Token, description: Token, lang: LanguageData) -> Person | None:
    """The organisation a proper noun no recogniser found names as the subject of a clause of its own (or apposed to
    a dateline's place), where the description's own noun qualifies it ("airline IndiGo" for "the airline") or its
    name ends in a corporate word and the description names a business ("Apple Inc" for "the iPhone maker"), else
    None."""
    anchor = name.head if name.dep_ == "appos" and in_dateline(name.head) else name
    if name.pos_ != "PROPN" or not name.text[:1].isupper() or anchor.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    if anchor.head.dep_ not in _OWN_CLAUSES:
        return None
    qualified = any(c.dep_ == "compound" and c.i < name.i and c.lemma_ == description.lemma_ for c in name.children)
    start, end = mention_span(name, lang)
    text = name.doc.text[start:end]
    corporate = name.lower_ in lang.company_nouns or name.lower_ in lang.corporate_words  # "Samsung Electronics"
    if not qualified and not (corporate and fits_organisation(text, description, True, lang)):
        return None
    return Person(name=text, kind="organisation")


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
    News), or the noun names a court's judges and the name is ``near`` and a court's ("the bench" for the Supreme
    Court)."""
    words = [w.lower().strip(".,'’") for w in name.split()]
    noun, media = description.lemma_.lower(), lang.addressee_words
    medium = all(media.get(c.lower_) for c in description.children if c.dep_ == "compound")  # not "space agency"
    if media.get(noun) == "medium" and medium and outlet_name([w for w in words if w != "the"], media, alone=True):
        return True  # "told Bloomberg News that A, the news agency reported"
    if noun in words:
        return all(c.lower_ in words for c in description.children if c.dep_ == "compound")
    if noun in lang.any_organisation_nouns:
        return near
    if noun in lang.court_nouns:  # "the two-judge bench" for India's Supreme Court
        return near and any(w in lang.court_words for w in words)
    kinds = [w for w in words if lang.source_nouns.get(w) == "organisation"]
    return noun in lang.company_nouns and all(w in lang.company_nouns for w in kinds)


def joint_bodies(token: Token, lang: LanguageData) -> tuple[int, int] | None:
    """``Germany, France and Britain said A``, ``the World Health Organization and UNICEF said``: a speaker naming a
    country or an organisation, coordinated with others named, speaks with them as one party (not people: "Trump and
    Pence said" are two speakers, whatever entity the recogniser ran over both); where the first name's mention
    starts and the last one's ends, or None."""
    ent = entity_of(token)
    if ent is None or ent.label_ not in _BODIES:
        return None
    joined = [c for c in token.conjuncts if c.i > token.i]
    if not joined or any(c.dep_ == "cc" and c.lower_ != "and" for t in (token, *joined) for c in t.children):
        return None  # "Neither Republicans nor Democrats know": no party speaks
    for other in (entity_of(c) for c in joined):
        if other is None or other.label_ not in _BODIES or other.start == ent.start:
            return None
    return mention_span(token, lang)[0], mention_span(joined[-1], lang)[1]
