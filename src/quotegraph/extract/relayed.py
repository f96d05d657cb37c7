"""Reports relayed by a source phrase or a reporter: ``X said A, according to Y`` is X's report of A, through Y.

The source phrase is found first (``sources.py``) and takes the whole clause, "X said A", as Y's content, so the
verb's own report overlapped it and was dropped: the statement lost its speaker. A verb whose subject and clause lie
inside a source phrase's content reports on its own, its content ending where the phrase begins, and the phrase's
source is its intermediary (``read_context``), as "The Guardian quoted X, who said" makes The Guardian. So is the
speaker of a relaying verb's report (``via_verbs``): "The BBC reported that Zelenskiy told CNN A" is Zelenskiy's
report of A, through the BBC, and so is a quotation a relaying verb after it carries: ``X said: "A," the Times
reported`` is X's quote, through the Times, however the parser hung the one verb on the other. PolNeAR marks only the
outer report; ``--convention polnear`` drops the inner one.

A quoting verb relays a report "as saying" it: "The Kremlin quoted Putin as saying A", "Lavrov was quoted by
Interfax as saying A" are Putin's and Lavrov's reports through the quoting source (``quoting_verb``), not the
source's own statement of "Putin as saying A" as the tagger reads them.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.content import trim
from quotegraph.extract.cues import cue_verb
from quotegraph.extract.media_names import news_medium
from quotegraph.extract.sources import SOURCE_PHRASE_RULE
from quotegraph.extract.subjects import quoting_read_as_modifier
from quotegraph.extract.verb_forms import SUBJECTS

_OWN_WORDS = SUBJECTS | {"dobj", "ccomp", "xcomp"}  # a relay with these carries words of its own, not the clause before


def relayed_content(
    index: DocIndex, found: list[Candidate], verb: Token, content: tuple[int, int], phrase_after: bool = False
) -> tuple[int, int] | None:
    """The content of a verb's report that lies inside a source phrase's content, cut before the phrase ("the
    talks had failed" of "Lavrov said the talks had failed, according to Interfax"); None when any other
    attribution found claims it, or the verb stands outside the phrase's content. ``phrase_after``: only a phrase
    after the content relays it (an object: "X called the ban "unfair," according to Y", not "A, according to Y,
    but X vowed B", where the phrase's content ran on)."""
    start, end = content
    rivals = [c for c in found if c.content[0] < end and c.content[1] > start]
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if len(rivals) != 1 or not _relays(index, rivals[0], subject):
        return None
    outer, cue = rivals[0], rivals[0].cue
    if cue is None or not outer.content[0] <= verb.idx < outer.content[1] or start < outer.content[0]:
        return None
    if phrase_after and cue[0] < start:
        return None
    if cue[0] >= start:
        end = min(end, cue[0])
    start, end = trim(index.text, start, end)
    return (start, end) if end - start > 1 else None


def relaying_source(cand: Candidate, candidates: list[Candidate], index: DocIndex) -> Candidate | None:
    """The source phrase or relaying report whose content holds a report whole, cue and content ("according to
    Interfax" for Lavrov's "the talks had failed", "The Post reported" for Klein's "he was gathering material"), or
    None."""
    if cand.cue is None:
        return None
    speaker = index.doc[cand.speaker_token] if cand.speaker_token is not None else None
    for outer in candidates:
        if outer is cand or not _relays(index, outer, speaker) or outer.speaker_token is None:
            continue
        o_start, o_end = outer.content
        if o_start <= cand.cue[0] < o_end and o_start <= cand.content[0] and cand.content[1] <= o_end:
            return outer
    return None


def _relays(index: DocIndex, outer: Candidate, inner: Token | None = None) -> bool:
    """A source phrase, or a report by a verb of relaying, before or after its content ("The Post reported that
    Klein said A", "Klein said A, The Post reported": ``via_verbs``), or a news medium's report by any verb of
    speech of one by someone named or described (``inner``, the inner report's speaker: "Xinhua said Xi told Trump
    that A", ``media_names.news_medium``; not "Al-Jazeera said they were appalled by a decision, which they
    described as B", the medium's own words)."""
    if outer.rule == SOURCE_PHRASE_RULE:
        return True
    if outer.rule not in {"verb_clause", "verb_inverted", "learned"} or outer.cue_token is None:
        return False  # "The Post reported that A", "A, the Post reported" (as the tagger may read them too)
    cue = index.doc[outer.cue_token]
    if cue.lemma_.lower() in index.lang.relaying_verbs:
        return True
    speaker = index.doc[outer.speaker_token] if outer.speaker_token is not None else None
    entry = index.lang.cue_verbs.get(cue.lemma_.lower())
    spoken = entry is not None and entry.cls == "speech"
    named = inner is not None and inner.pos_ != "PRON"
    return spoken and named and speaker is not None and news_medium(speaker, index.lang)


def quoting_verb(index: DocIndex, cand: Candidate) -> Token | None:
    """The verb that relays a report quoted "as saying" it ("quoted" of "The Kremlin quoted Putin as saying A" and
    of "Lavrov was quoted by Interfax as saying A"), or None when the report's cue hangs on no such verb."""
    return None if cand.cue_token is None else verb_quoting(index.doc[cand.cue_token], index)


def verb_quoting(cue: Token, index: DocIndex) -> Token | None:
    """The verb that quotes a cue's speaker "as saying" (``quoted`` of "X was quoted as *saying*"), or None."""
    if cue.dep_ != "pcomp" or cue.head.lower_ != "as":
        return None
    misread = quoting_read_as_modifier(cue)  # "Y quoted leader X as saying", "quoted" read as X's adjective
    verb = misread[1] if misread is not None else cue.head.head
    return verb if verb.lemma_.lower() in index.lang.relaying_verbs else None


def quotes_as_saying(verb: Token, index: DocIndex) -> bool:
    """Whether a verb quotes someone "as saying" (``quoted`` of "TASS quoted him as saying"): a report of its own."""
    quoted = (verb_quoting(t, index) for c in verb.children if c.lower_ == "as" for t in c.children)
    return any(q is not None and q.i == verb.i for q in quoted)


def clause_inside_relay(clause: Token, lang_relaying: frozenset[str]) -> Token:
    """``X told reporters A, the Interfax news agency reported``: the parser hung A on the relaying verb after it
    (with a subject of its own) and that verb on the cue; the cue reports A, which the relay only carries
    (``intermediaries``). The clause itself otherwise."""
    if clause.lemma_.lower() not in lang_relaying or not any(c.dep_ in SUBJECTS for c in clause.children):
        return clause
    inner = [c for c in clause.children if c.dep_ == "ccomp" and c.i < clause.i]
    if len(inner) != 1:
        return clause
    # the words from A's last to the relay's subject: "A, the agency reported", "A," the agency reported
    subject_at = min(c.left_edge.i for c in clause.children if c.dep_ in SUBJECTS)
    words = clause.doc[inner[0].right_edge.i : max(subject_at, inner[0].right_edge.i + 1)]
    return inner[0] if any(t.text == "," for t in words) else clause


def report_hung_on_its_clause(verb: Token, index: DocIndex) -> list[Token] | None:
    """``X, who met Y, said A, his spokesman told reporters``: the parser hung the later report on X's cue as its
    clause and A on it (``clause_inside_relay``); the later report carries X's whole report, the words before the
    comma that sets it off (returned). None for any other verb."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i > verb.i or cue_verb(head, index.lang) is None:
        return None
    if verb.lemma_.lower() in index.lang.relaying_verbs:
        return None  # "X said A, the RIA news agency reported": the relay is X's intermediary (``intermediaries``)
    inner = clause_inside_relay(verb, index.lang.reporting_verbs)
    if inner is verb or not head.i < inner.i:
        return None
    subject_at = min(c.left_edge.i for c in verb.children if c.dep_ in SUBJECTS)
    return [t for t in verb.sent if t.i < subject_at - 1]


def relays_quotation(verb: Token, quote_end: int, index: DocIndex) -> bool:
    """``X said: "A," the Times reported``: the parser hung the relaying verb after X's quotation on X's cue, with
    the quotation for its clause (``clause_inside_relay``); the quotation is X's, which the relay only carries."""
    relaying = index.lang.relaying_verbs
    return any(
        c.dep_ == "ccomp" and c.idx >= quote_end and clause_inside_relay(c, relaying) is not c for c in verb.children
    )


def relays_cued_quotation(relay: Token, quote_open: int, index: DocIndex) -> bool:
    """``X told reporters: "A," the agency reported``: a relaying verb after a quotation whose clause is a report
    with its cue before the quotation; the quotation is that report's, which the relay carries."""
    if relay.lemma_.lower() not in index.lang.relaying_verbs:
        return False
    clauses = [c for c in relay.children if c.dep_ == "ccomp" and c.idx < quote_open and c.i < relay.i]
    return any(c.pos_ in {"VERB", "AUX"} and cue_verb(c, index.lang) is not None for c in clauses)


def clause_quoted_before(verb: Token, index: DocIndex) -> list[Token] | None:
    """``A, Lavrov was quoted as saying by RIA``: the clause before the quoting verb, set off by a comma, which the
    parser hung on it, is what a cue quoted "as saying" it reported; None for a cue quoted otherwise."""
    quoting = verb_quoting(verb, index)
    if quoting is None or any(c.dep_ in {"ccomp", "dobj"} for c in verb.children):
        return None
    fronted = [c for c in quoting.children if c.dep_ == "ccomp" and c.i < quoting.i]
    if len(fronted) != 1 or verb.doc[fronted[0].right_edge.i + 1].text != ",":
        return None
    return [t for t in verb.sent if t.i <= fronted[0].right_edge.i]


def relay_read_as_modifier(verb: Token, index: DocIndex) -> int | None:
    """``Peskov said the talks were useful, the Interfax news agency reported on Tuesday``: the parser read the
    relay ending the sentence as a participle on its subject ("agency reported"), and hung that noun in the clause
    reported; the index of the comma before the subject, which ends what the relay carries, or None."""
    if verb.lemma_.lower() not in index.lang.relaying_verbs or verb.dep_ not in {"acl", "relcl"}:
        return None
    noun, doc = verb.head, verb.doc
    named = relay_name(verb)
    own = [c for c in verb.children if c.dep_ in _OWN_WORDS and (named is None or c.i != named.i)]
    if noun.i > verb.i or verb.tag_ not in {"VBD", "VBN"} or own:
        return None
    comma = noun.left_edge.i - 1
    if (
        comma <= verb.sent.start
        or doc[comma].text != ","
        or doc[verb.right_edge.i + 1 : verb.sent.end].text.strip(" .\n")
    ):
        return None  # not set off, or not ending its sentence
    reports = any(t.pos_ == "VERB" and cue_verb(t, index.lang) is not None for t in doc[verb.sent.start : comma])
    return comma if reports else None


def relay_name(verb: Token) -> Token | None:
    """The name of the relay's noun, which the parser made the subject of the verb read as the noun's modifier
    ("the state news agency TASS reported"), or None."""
    noun = verb.head
    named = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.left_edge.i == noun.i + 1]
    return named[0] if named else None


def relay_read_as_noun(word: Token, index: DocIndex) -> bool:
    """``Iran says A, state media report``: a headline's relay after a comma, its verb read as a noun that ends the
    sentence; what it says is no part of the report."""
    doc, last = word.doc, word.sent.end - 1
    while last > word.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    set_off = "," in {word.left_edge.text, doc[word.left_edge.i - 1].text}  # the parser may hang the comma on it
    entry = index.lang.cue_verbs.get(word.lemma_.lower())
    return word.pos_ == "NOUN" and word.i == last and set_off and entry is not None and entry.cls == "speech"
