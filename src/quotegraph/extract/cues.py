"""What every finding stage shares: which tokens are cues, making a candidate (with its speaker: see
``quotegraph.extract.subjects``), and whether a span is already claimed."""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.content import trim, typed_content
from quotegraph.extract.language import CueVerb, LanguageData
from quotegraph.extract.mentions import bare_article
from quotegraph.extract.subjects import participle_after_narration, speaker_of
from quotegraph.extract.titles import past_leading_title
from quotegraph.extract.verb_forms import SUBJECTS

_ABSOLUTE = {"with", "without"}  # "with one poster writing ...": the noun is the participle's own subject


def cue_verb(token: Token, lang: LanguageData) -> CueVerb | None:
    """The lexicon entry of a verb, by its lemma or, when the tagger lemmatised it wrongly ("hopes" -> "hop"),
    by its written form with a regular inflection taken off."""
    entry = lang.cue_verbs.get(token.lemma_.lower())
    if entry is not None or not token.tag_.startswith("VB"):
        return entry
    return lang.inflected_cue_verb(token.lower_)


def is_cue(token: Token, index: DocIndex) -> bool:
    """A reporting verb outside quotation marks."""
    return (
        token.pos_ in {"VERB", "AUX"}
        and token.dep_ not in {"amod", "compound"}
        and cue_verb(token, index.lang) is not None
        and not index.in_quote(token)
        and not _after_article(token)
        and not _supposing(token, index)
        and not _in_compound_noun(token, index)
        and not _phrasal_verb(token, index)
    )


def _phrasal_verb(token: Token, index: DocIndex) -> bool:
    """``Union calls off strike``: a particle that makes the cue verb's word a verb of doing (``phrasal_verb``)."""
    particles = (c.lower_ for c in token.children if c.dep_ == "prt")
    return any((token.lemma_.lower(), word) in index.lang.phrasal_verbs for word in particles)


def _in_compound_noun(token: Token, index: DocIndex) -> bool:
    """``the Buenos Aires think tank Fundacion Capital``: a cue verb's word that opens a noun with the word after it
    (``compound_noun``), which the parser read as a verb after a place's name; or a cue verb's plural-looking word
    before a verb of a price's moving (``price_move``: ``Airbus shares slide after recall``), a headline's noun."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is None:
        return False
    moving = token.tag_ == "VBZ" and after.lower_ in index.lang.price_moves
    return moving or (token.lower_, after.lower_) in index.lang.compound_nouns


def _supposing(token: Token, index: DocIndex) -> bool:
    """``let's say the bill passes``, ``let us assume ...``: a supposition, which reports no one (where ``let's
    hope ...`` reports the writer's stance). Read from the words, as the fast pipeline has no parse."""
    doc, lang = token.doc, index.lang
    return (
        token.i >= 2
        and token.lower_ in lang.supposing_verbs
        and (doc[token.i - 2].lower_, doc[token.i - 1].lower_) in lang.hortatives
    )


def supposes(index: DocIndex, cue: tuple[int, int] | None) -> bool:
    """Whether a cue span found by a tagger is a verb that supposes (see ``_supposing``)."""
    if cue is None:
        return False
    at = index.token_at_or_after(cue[0])
    return at < len(index.doc) and _supposing(index.doc[at], index)


def _after_article(token: Token) -> bool:
    """``A reported 50,000 people gathered``: a participle right after an article modifies the noun after it, though
    the parser may make the article its subject."""
    if token.i == 0:
        return False
    prev = token.doc[token.i - 1]
    return prev.head.i == token.i and prev.dep_ in {"nsubj", "det"} and bare_article(prev)


def quote_verb_prior(token: Token, index: DocIndex) -> float | None:
    """The prior of a verb that reports speech only next to a quotation ("X interjected: "..."", "as X put it,
    "...""), when ``token`` is one with the words it needs hung on it; None otherwise.

    Kept out of ``is_cue``: away from a quotation these verbs rarely report ("X put it on the table").
    """
    if token.pos_ != "VERB" or index.in_quote(token):
        return None
    found = index.lang.quote_verbs.get(token.lemma_.lower())
    if found is None:
        return None
    needed, prior = found
    hung = {c.lemma_.lower() for c in token.children if c.dep_ in {"dobj", "prt", "advmod"}}
    return prior if all(word in hung for word in needed) else None


def cue_entry(token: Token, index: DocIndex) -> CueVerb:
    """The lexicon entry of a token that ``is_cue`` accepted."""
    entry = cue_verb(token, index.lang)
    assert entry is not None
    return entry


def speaks(verb: Token, index: DocIndex) -> bool:
    """Whether a cue verb (one ``is_cue`` accepted) is one of speech or writing ("said", "wrote"), whose clause is
    what was said; not one of belief or perception ("has seen what The New York Times calls ...")."""
    return cue_entry(verb, index).cls in {"speech", "writing"}


def word_cue(cand: Candidate, cue: Token, speaker: Token) -> None:
    """Make one word the candidate's cue, and ``speaker`` the head of its speaker mention."""
    cand.cue, cand.cue_token, cand.speaker_token = (cue.idx, cue.idx + len(cue.text)), cue.i, speaker.i


def new_candidate(
    index: DocIndex,
    content: tuple[int, int],
    rule: str,
    verb: Token | None,
    conf: float,
    speaker: Token | None = None,
) -> Candidate | None:
    """A candidate for the trimmed ``content`` with its type, cue ``verb`` and speaker (the verb's subject unless
    ``speaker`` is given), or None when the trimmed content is too short to be speech."""
    start, end = trim(index.text, *content)
    start, end = trim(index.text, past_leading_title(index, start, end), end)  # "said on NBC's "Meet the Press" that"
    if end - start < 2:
        return None
    qtype, span = typed_content(index, start, end)
    cand = Candidate(content=span, type=qtype, rule=rule, confidence=conf)
    if verb is not None:
        cand.cue = (_cue_start(verb), verb.idx + len(verb.text))
        cand.cue_token = verb.i
        subject, antecedent = (speaker, None) if speaker is not None else verb_speaker(verb, index)
        cand.speaker_token = subject.i if subject is not None else None
        cand.antecedent = antecedent.i if antecedent is not None else None
    return cand


def verb_speaker(verb: Token, index: DocIndex, passive_subject: bool = False) -> tuple[Token | None, Token | None]:
    """Who speaks a reporting verb, and the antecedent when that is a relative pronoun: its subject as
    ``speaker_of`` reads it (a passive verb's only through its agent), or the one the verb's subject stands for: the
    object of a control verb above it, the one a recording is of, the sender of a statement or letter, the subject of
    the verb a thing hangs on, the main clause's subject for a participle hung on a clause whose subject is a record
    ("after a court report implicated Y, telling parliament A")."""
    subject, antecedent = speaker_of(verb, passive_subject=passive_subject)
    main = participle_after_narration(verb)
    if main is not None and subject is not None and subject.lemma_.lower() in index.lang.venue_nouns:
        subject, antecedent = speaker_of(main, passive_subject=passive_subject)  # "after a report implicated"
    controller = _controller(verb, index)
    if controller is not None:
        subject, antecedent = controller, None
    recorded = _recorded(verb, index)
    if recorded is not None:
        subject, antecedent = recorded, None
    elif subject is not None and subject.i == verb.head.i and verb.dep_ == "acl":
        subject = _medium_holder(subject, index)
    elif antecedent is not None and verb.dep_ == "relcl" and not _source_noun(antecedent, index):
        # "X released a letter that says ...": the letter's sender speaks through it (a report or a statement,
        # "a report that found ...", speaks for itself)
        sender = _medium_holder(antecedent, index)
        if sender is not None and sender == _issuer(antecedent, index):
            antecedent = sender  # "a ruling from the board, which said": "which" stands for the board
        elif sender is not None and sender is not antecedent:
            subject, antecedent = sender, None
    if subject is not None:
        subject = _thing_holder(verb, subject, index)
    return subject, antecedent


def _source_noun(noun: Token, index: DocIndex) -> bool:
    return noun.lemma_.lower() in index.lang.source_nouns


def _controller(verb: Token, index: DocIndex) -> Token | None:
    """``The poll led some allies to worry that ...``, ``That prompted Rubio to call Trump "flexible"``, ``X was
    prompted to say``: under a control verb the infinitive's doer is that verb's object (or passive subject), not
    its subject; so is the doer of a gerund after the "from" of a barring verb (``bars X from seeking``). Climbs
    infinitives and the verbs coordinated with them while none has a subject of its own."""
    tok = verb
    for _ in range(4):
        if any(c.dep_ in SUBJECTS for c in tok.children) or tok.head.i == tok.i:
            return None
        if tok.dep_ == "xcomp":
            head = tok.head
            if head.lemma_.lower() in index.lang.control_verbs:
                return _object_before(head, tok)
        elif tok.dep_ == "pcomp" and tok.head.lower_ == "from" and tok.tag_ == "VBG":
            # "the charter bars the mayor from seeking", "X was kept from speaking": the one barred is the doer
            head = tok.head.head
            return _object_before(head, tok) if head.lemma_.lower() in index.lang.barring_verbs else None
        elif tok.dep_ != "conj":
            return None
        tok = tok.head
    return None


def _object_before(verb: Token, word: Token) -> Token | None:
    """The object of a control or barring verb before the word it governs; in the passive ("X was prompted to
    say", "X was kept from speaking") its subject, the one prompted or kept."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.i < word.i]
    return objects[0] if objects else None


def _cue_start(verb: Token) -> int:
    """Where the cue begins: an infinitive governed by the word before it (``declined to say``, ``is likely to
    stress``, ``went on to note``) is cued by that word and the infinitive together."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.i < verb.i and head.pos_ in {"VERB", "ADJ"} and verb.i - head.i <= 3:
        return head.idx
    return verb.idx


OWNER_ENTITIES = frozenset({"PERSON", "ORG"})  # whose a statement or tweet is, when named before it


def _medium_holder(noun: Token, index: DocIndex) -> Token | None:
    """``X put out a statement saying ...``, ``during a speech attacking ...``: a statement, speech or post (a venue
    noun) does not speak; its named owner does (``a Donald Trump tweet attacking ...``, ``his statement saying
    ...``) or the body it comes from (``a decision from the board, which ruled ...``), else the subject of the verb
    that governs it. Other nouns speak for themselves (``officials saying ...``); a venue noun with no owner and no
    governing subject gives no speaker."""
    kind = index.lang.venue_nouns.get(noun.lemma_.lower())
    if kind in {None, "statement"} or (noun.pos_ == "PROPN" and any(c.dep_ == "compound" for c in noun.children)):
        return noun  # "The Washington Post, which argued": a name, not a post ("Twitter" is the medium)
    # "Clinton's speech", "a Donald Trump tweet"; but "a Rochester rally" is where, not whose
    owner_deps = {"poss"} if kind == "occasion" else {"poss", "compound"}
    named = [c for c in noun.children if c.dep_ in owner_deps and c.ent_type_ in OWNER_ENTITIES]
    if named:
        return named[0]
    if (issuer := _issuer(noun, index)) is not None:
        return issuer  # "a favorable decision from the Illinois Board of Elections, which ruled"
    governor = _verb_above(noun)
    subject = speaker_of(governor, passive_subject=False)[0] if governor is not None else None
    if noun.dep_ in {"dobj", "pobj"} and subject is not None:
        return subject  # "she revised her statement explaining": the subject, whom "her" stands for as well
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def _issuer(noun: Token, index: DocIndex) -> Token | None:
    """The body a record comes from, named or described by a source noun ("a ruling from the Illinois Board of
    Elections"), or None."""
    issuers = [
        o for p in noun.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children if o.dep_ == "pobj"
    ]
    if issuers and (issuers[0].ent_type_ in OWNER_ENTITIES or issuers[0].lemma_.lower() in index.lang.source_nouns):
        return issuers[0]
    return None


def _recorded(verb: Token, index: DocIndex) -> Token | None:
    """``footage of X asking, "..."``, ``a recording of X saying ...``: a participle right after the one a recording
    is of is that one's speech, whether the parser hung it on the recording or on the verb that shows it."""
    if verb.tag_ != "VBG" or verb.i == 0:
        return None
    recorded = verb.doc[verb.i - 1]
    while recorded.dep_ == "compound" and recorded.head.i > recorded.i:
        recorded = recorded.head
    preposition = recorded.head
    if recorded.dep_ != "pobj" or preposition.lower_ != "of" or recorded.pos_ not in {"PROPN", "PRON", "NOUN"}:
        return None
    if index.lang.venue_nouns.get(preposition.head.lemma_.lower()) != "recording":
        return None
    return recorded


def _thing_holder(verb: Token, subject: Token, index: DocIndex) -> Token:
    """``X criticized Y for the death toll saying ...``, ``X commented about the dispute saying ...``: a participle
    the parser gave to a thing after a preposition (as its modifier or as the subject of a gerund) is said by the
    subject of the verb that preposition hangs on. Only for a common noun that is neither a source noun, a title
    nor a name, and not after "with" (``with one poster writing ...`` is the poster's); the thing stays the speaker
    when that verb has no subject."""
    if verb.tag_ != "VBG" or not _speechless(subject, index):
        return subject
    if verb.dep_ == "acl" and subject.i == verb.head.i and subject.dep_ == "pobj":
        hung = subject  # "for the toll saying": the participle modifies the preposition's object
    elif verb.dep_ == "pcomp" and subject.head.i == verb.i and subject.dep_ == "nsubj":
        hung = verb  # "for [the toll saying]": a gerund clause is the preposition's object
    else:
        return subject
    preposition, governor = hung.head, _verb_above(hung)
    if preposition.dep_ != "prep" or preposition.lower_ in _ABSOLUTE or governor is None:
        return subject
    holder = speaker_of(governor, passive_subject=False)[0]
    return holder if holder is not None else subject


def _verb_above(word: Token) -> Token | None:
    """The verb ``word`` hangs on, directly or through a preposition (``put out [a statement]``, ``criticized Y
    for [the toll]``), or None when that is no verb."""
    governor = word.head
    if governor.dep_ == "prep" and governor.head.i != governor.i:
        governor = governor.head
    return governor if governor.pos_ in {"VERB", "AUX"} else None


def _speechless(noun: Token, index: DocIndex) -> bool:
    """A common noun that names no one who could speak: outside the source nouns and titles, with no entity on it,
    and no statement, opinion or finding (``Y's remarks calling ...`` speak for Y)."""
    lang = index.lang
    lemma = noun.lemma_.lower()
    return (
        noun.pos_ == "NOUN"
        and not noun.ent_type_
        and noun.lower_ not in lang.titles
        and not any(lemma in words for words in (lang.source_nouns, lang.titles, lang.venue_nouns))
        and not any(lemma in words for words in (lang.statement_nouns, lang.opinion_nouns, lang.finding_nouns))
    )


def _covered(found: list[Candidate], span: tuple[int, int], *, of_longer: bool) -> bool:
    """True when a found candidate overlaps more than half of the shorter (or the longer) of it and ``span``."""
    start, end = span
    measure = max if of_longer else min
    for cand in found:
        c_start, c_end = cand.content
        if c_end <= start or c_start >= end:  # no overlap; checked first because most candidates lie elsewhere
            continue
        overlap = min(end, c_end) - max(start, c_start)
        if overlap > 0.5 * measure(end - start, c_end - c_start):
            return True
    return False


def claimed(found: list[Candidate], span: tuple[int, int]) -> bool:
    """True when an attribution already found holds most of ``span`` or ``span`` holds most of it."""
    return _covered(found, span, of_longer=False)


def claimed_outside(found: list[Candidate], span: tuple[int, int]) -> bool:
    """Like ``claimed``, but a report nested whole inside ``span`` (its cue and content both within it: ``X cited
    reports in which officials admitted Y``) does not count: the longer report holds it rather than competes with it.

    A relative clause's report (``X asked Y, who said Z``) still counts: its speaker is the one addressed.
    """
    start, end = span
    outside = [c for c in found if c.antecedent is not None or not _nested(c, start, end)]
    return claimed(outside, span)


def _nested(cand: Candidate, start: int, end: int) -> bool:
    return cand.cue is not None and start <= cand.cue[0] and start <= cand.content[0] and cand.content[1] <= end


def duplicates(found: list[Candidate], span: tuple[int, int]) -> bool:
    """True when an attribution already found covers most of ``span`` (attributions nested inside may stay)."""
    return _covered(found, span, of_longer=True)


def cue_preps(verb: Token, entry: CueVerb, index: DocIndex) -> list[Token]:
    """The prepositions after a verb that introduce its content (``pointed to``, ``warned of``), per verb_prep."""
    return [c for c in verb.rights if c.dep_ == "prep" and (entry.lemma, c.lower_) in index.lang.verb_preps]
