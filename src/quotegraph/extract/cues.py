"""What every finding stage shares: which tokens are cues, whose subject speaks, and making a candidate."""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.content import trim, typed_content
from quotegraph.extract.language import CueVerb, LanguageData
from quotegraph.extract.mentions import bare_article

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
_INHERIT_SUBJECT = {"advcl", "xcomp", "conj", "pcomp", "acomp"}


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
    )


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


def speaker_of(verb: Token, depth: int = 0, passive_subject: bool = True) -> tuple[Token | None, Token | None]:
    """The subject of a reporting verb, and the antecedent when the subject is a relative pronoun.

    A participle or coordinated verb without its own subject ("X said A, adding that B") takes its head's, and an
    infinitive after a predicate adjective ("X is likely to say ...") the copula's.
    With ``passive_subject=False`` the subject of a passive cue is not its speaker ("X was asked about ...",
    "X is expected to ..."): only an agent ("by Y") is.
    """
    if verb.lemma_.lower() in {"quote", "cite"} and any(_as_saying(c) for c in verb.children):
        # "X was quoted as saying", "the paper cited officials as saying": the one quoted speaks ("X said,
        # citing the polls" cites evidence and speaks for itself, and so does "X cited the polls as proof")
        quoted = [c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"}]
        if quoted:
            return quoted[0], None
    children = list(verb.children)
    subjects = [c for c in children if c.dep_ in SUBJECTS]
    if len(subjects) > 1:
        # Two subjects is a parse error, mostly a dateline taken for one ("PARIS (AFP) - The minister said"):
        # the subject nearest the verb is the speaker.
        nearest = [c for c in subjects if c.i < verb.i][-1:] or subjects[:1]
        named = [c for c in subjects if c.ent_type_ == "PERSON" and c.i < nearest[0].i]
        if named and nearest[0].pos_ == "NOUN" and verb.doc[named[-1].i + 1].text == ",":
            nearest = named[-1:]  # "Ban Ki-moon, the secretary general of the United Nations, vowed": an apposition
        elif _name_after_object(subjects[0], nearest[0]):
            nearest = subjects[:1]  # "A spokesman for the website Facebook said": the name is the website's
        children = [c for c in children if c.dep_ not in SUBJECTS or c in nearest]
    for child in children:
        if child.dep_ == "nsubjpass" and not passive_subject:
            continue
        if child.dep_ in SUBJECTS and bare_article(child):
            # "A reported 50,000 people filled the square": the participle's object is the real subject
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            if objects:
                return objects[0], None
            continue
        if child.dep_ in SUBJECTS and not _no_speaker(child):
            if (child.tag_ in {"WP", "WDT"} or child.lower_ == "that") and verb.dep_ == "relcl":
                return child, _antecedent(verb.head)  # the tagger reads a relative "that" as a determiner as
                # often as not
            return child, None
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj, None
    if verb.dep_ == "acl" and verb.tag_ in {"VBG", "VBD"} and verb.head.pos_ in {"NOUN", "PROPN", "PRON"}:
        # "officials saying ...", and a finite verb the parser hung on its subject ("X, the nominee, tweeted: ...")
        return verb.head, None
    if not passive_subject and bare_participle_passive(verb):
        return None, None
    if depth < 3 and verb.dep_ in _INHERIT_SUBJECT and verb.head.i != verb.i:
        head = verb.head
        if head.dep_ == "prep" and head.head.i != head.i:
            head = head.head
        if verb.dep_ != "conj" and _quoted_apart(verb, head):
            head = _unquoted_ancestor(verb, head) or head
        return speaker_of(head, depth + 1, passive_subject)
    if depth < 3 and verb.dep_ == "parataxis" and verb.head.tag_ == "VBG" and verb.i > verb.head.i:
        # "X, noting the polls, said, "..."": the parser made the participle the clause's verb and hung the
        # finite one on it; the participle's subject is the one who speaks
        found = speaker_of(verb.head, depth + 1, passive_subject)
        if found[0] is not None:
            return found
    return _stranded_subject(verb), None


def _antecedent(noun: Token) -> Token:
    """The noun a relative clause is about: not a day or time it was hung on ("updated his page on Tuesday, which
    read ..." is about the page), but the object of the verb that time phrase modifies."""
    if noun.ent_type_ not in {"DATE", "TIME"} or noun.dep_ != "pobj" or noun.head.head.pos_ != "VERB":
        return noun
    verb = noun.head.head
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < noun.i]
    return objects[-1] if objects else noun


def _name_after_object(first: Token, second: Token) -> bool:
    """Whether ``second``, read as a second subject, is a name right after the common noun that ends the phrase of
    ``first``: an apposition the parser misread ("a spokesman for the website *Facebook*")."""
    end = first.right_edge
    return (
        first.i < second.i
        and first.pos_ == "NOUN"
        and end.i != first.i
        and end.pos_ == "NOUN"
        and second.left_edge.i == end.i + 1
        and second.pos_ == "PROPN"
    )


def _quoted_apart(first: Token, second: Token) -> bool:
    """Whether a quotation opens or closes between two words: an odd count of quotation marks lies between them."""
    low, high = sorted((first.i, second.i))
    return sum(t.is_quote for t in first.doc[low + 1 : high]) % 2 == 1


def _unquoted_ancestor(verb: Token, head: Token) -> Token | None:
    """A participle outside a quotation that the parser hung on a verb inside it shares the subject of the first
    word above that verb which no quotation mark separates from it (``X said, suggesting a few questions, including,
    "do you think ..."``: "suggesting" hung on "think", whose subject "you" is no speaker of it; ``X told Y that Z
    "did A," adding ...``: X adds). None when there is none (the quotation is the sentence's root). A conjunct
    ("Z "did A," and told Y ...") keeps the subject of the verb it is coordinated with."""
    word = head
    for _ in range(8):  # a parse path, not the sentence: a few steps up are enough
        if word.head.i == word.i:
            return None
        word = word.head
        if not _quoted_apart(verb, word):
            return word
    return None


def _as_saying(child: Token) -> bool:
    """An "as" phrase around a verb (``as saying``), not around a noun (``as proof``)."""
    return child.lower_ == "as" and any(g.pos_ in {"VERB", "AUX"} for g in child.children)


def _no_speaker(subject: Token) -> bool:
    """A subject that cannot be who spoke: "there", a non-referring "it", or a stray mark (a dash) the parser
    took for a subject. A mark with a number on it is a quantity ("47% say ..."), which speaks for a share of those
    polled."""
    stray_mark = subject.is_punct and not any(c.dep_ == "nummod" for c in subject.children)
    return stray_mark or subject.lower_ == "there" or (subject.lower_ == "it" and subject.dep_ != "nsubj")


def _stranded_subject(verb: Token) -> Token | None:
    """``In a call on Monday, Col. X, a spokesman, said ...``: a speaker the parser hung on the phrase before it
    (as an apposition or conjunct of "Monday") rather than on the verb.

    Only for a finite main verb right after a comma: the highest apposition or conjunct on the path up from the
    word before that comma which opens a comma-delimited phrase is the speaker.
    """
    doc = verb.doc
    if verb.dep_ != "ROOT" or verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    found: Token | None = None
    tok = doc[verb.i - 2]
    for _ in range(12):  # a parse path, not the sentence: a few steps up are enough
        if tok.i >= verb.i or tok.head.i == tok.i:
            break
        opens_phrase = tok.left_edge.i > 0 and doc[tok.left_edge.i - 1].text == ","
        if tok.dep_ in {"appos", "conj"} and tok.pos_ in {"PROPN", "NOUN"} and opens_phrase:
            found = tok
        tok = tok.head
    return found


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
    if end - start < 2:
        return None
    qtype, span = typed_content(index, start, end)
    cand = Candidate(content=span, type=qtype, rule=rule, confidence=conf)
    if verb is not None:
        cand.cue = (_cue_start(verb), verb.idx + len(verb.text))
        cand.cue_token = verb.i
        subject, antecedent = (speaker, None) if speaker is not None else speaker_of(verb, passive_subject=False)
        controller = _controller(verb, index) if speaker is None else None
        if controller is not None:
            subject, antecedent = controller, None
        if speaker is None and subject is not None and subject.i == verb.head.i and verb.dep_ == "acl":
            subject = _medium_holder(subject, index)
        cand.speaker_token = subject.i if subject is not None else None
        cand.antecedent = antecedent.i if antecedent is not None else None
    return cand


def _controller(verb: Token, index: DocIndex) -> Token | None:
    """``The poll led some allies to worry that ...``, ``That prompted Rubio to call Trump "flexible"``, ``X was
    prompted to say``: under a control verb the infinitive's doer is that verb's object (or passive subject), not
    its subject. Climbs infinitives and the verbs coordinated with them while none has a subject of its own."""
    tok = verb
    for _ in range(4):
        if any(c.dep_ in SUBJECTS for c in tok.children) or tok.head.i == tok.i:
            return None
        if tok.dep_ == "xcomp":
            head = tok.head
            if head.lemma_.lower() in index.lang.control_verbs:
                # "X was prompted to say": in the passive the subject is the one prompted
                objects = [c for c in head.children if c.dep_ in {"dobj", "nsubjpass"} and c.i < tok.i]
                return objects[0] if objects else None
        elif tok.dep_ != "conj":
            return None
        tok = tok.head
    return None


def _cue_start(verb: Token) -> int:
    """Where the cue begins: an infinitive governed by the word before it (``declined to say``, ``is likely to
    stress``, ``went on to note``) is cued by that word and the infinitive together."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.i < verb.i and head.pos_ in {"VERB", "ADJ"} and verb.i - head.i <= 3:
        return head.idx
    return verb.idx


def _medium_holder(noun: Token, index: DocIndex) -> Token | None:
    """``X put out a statement saying ...``, ``during a speech attacking ...``: a statement, speech or post (a
    venue noun) does not speak; the subject of the verb that governs it does. Other nouns speak for themselves
    (``officials saying ...``); a venue noun with no governing subject gives no speaker.
    """
    if noun.lemma_.lower() not in index.lang.venue_nouns:
        return noun
    governor = noun.head
    if governor.dep_ == "prep" and governor.head.i != governor.i:
        governor = governor.head
    if noun.dep_ not in {"dobj", "pobj"} or governor.pos_ not in {"VERB", "AUX"}:
        return None
    return speaker_of(governor, passive_subject=False)[0]


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


def bare_participle_passive(verb: Token) -> bool:
    """``Asked about the merger, X said ...`` / ``when pressed on it``: a bare passive participle before or inside
    a clause is done to the main subject by someone unnamed, who is its speaker (PolNeAR leaves it without one),
    not done by that subject."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "advcl"
        and not any(c.dep_ in SUBJECTS or c.dep_ in {"aux", "auxpass", "agent"} for c in verb.children)
    )


def is_passive(verb: Token) -> bool:
    """A passive verb ("was asked", "is expected")."""
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
