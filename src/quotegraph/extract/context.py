"""Reading an attribution's context from the parse: venue or medium (read in ``venues.py``), addressee, intermediary
chain (read in ``intermediaries.py``), statement date.

Every value keeps the span it was read from; values stated once then carry over (``carry_over.py``).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from quotegraph.extract.audiences import audience_participles, bodies_of_occasion
from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.carry_over import carry_over
from quotegraph.extract.dates import resolve_date
from quotegraph.extract.intermediaries import intermediaries
from quotegraph.extract.media_names import TIME_ENTITIES, extend_name, medium_name, venue_kind
from quotegraph.extract.mentions import evidence_of
from quotegraph.extract.remarks import place_remarks
from quotegraph.extract.sources import SOURCE_PHRASE_RULE
from quotegraph.extract.titles import in_title
from quotegraph.extract.venues import (
    VENUE_PREPS,
    asked_occasion,
    find_venue,
    occasion_phrase,
    set_off_after_subject,
    speaking_participles,
    told_an_occasion,
)
from quotegraph.model import Evidence, Span


def find_addressee(verb: Token, index: DocIndex, cand: Candidate) -> Evidence | None:
    """Whom the statement was addressed to: ``told X``, ``asked X if``, ``said to X``, ``wrote to X``.

    Only a verb of telling names a listener (``listener_verbs.tsv``): the object of "to" after any other cue is a
    topic or a source (``according to X``, ``referred to X``, ``pointed to X``). Never a phrase that holds the
    speaker's mention or lies in ``cand``'s content (``called it a signal *to our allies*``).
    """
    lang = index.lang
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ in {"dobj", "dative"} and told_an_occasion(verb, child, index):
            continue  # "told a news conference": the occasion (``find_venue``), no listener
        if child.dep_ in {"dobj", "dative"} and lemma in lang.object_listener_verbs:
            # the listener of "asked X to ..." may open the content as PolNeAR cuts it: only the speaker is barred
            phrase = extend_name(occasion_phrase(child))
            if not _holds_speaker(phrase, cand) and _has_word(phrase):
                return evidence_of(phrase, 0.8)
        elif child.lower_ in {"on", "upon"} and lemma in lang.on_listener_verbs and _right_after(verb, child):
            # the listener "called on" opens the content as PolNeAR cuts it: only the speaker is barred
            for listener in _called_on(verb, child):
                phrase = extend_name(occasion_phrase(listener))
                if not _holds_speaker(phrase, cand) and _has_word(phrase):
                    return evidence_of(phrase, 0.75)
        elif child.dep_ in {"prep", "dative"} and child.lower_ == "to" and lemma in lang.to_listener_verbs:
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                if pobj.lemma_.lower() in lang.reaction_nouns:
                    continue  # "said to applause": how it was met, no listener
                phrase = occasion_phrase(pobj)
                if not _holds_speaker(phrase, cand) and not _in_content(phrase, cand) and _has_word(phrase):
                    return evidence_of(phrase, 0.7)
    speaker = index.doc[cand.speaker_token] if cand.speaker_token is not None else None
    for audience in audience_participles(verb, speaker, lang):  # "Guterres, addressing the Security Council, said"
        if venue_kind(audience, lang) == "occasion":  # "Addressing the opening of the General Assembly": the venue;
            bodies = bodies_of_occasion(audience, lang)  # its body, if named, the listener
            if not bodies:
                continue
            audience = bodies[0]
        phrase = extend_name(occasion_phrase(audience))
        if not _in_content(phrase, cand) and _has_word(phrase):
            return evidence_of(phrase, 0.7)
    for listener in _occasion_addressed(verb, index):  # "In remarks to the Senate, the general said"
        phrase = extend_name(occasion_phrase(listener, carried_by=False))  # "a message to fans posted on X": fans
        if not _holds_speaker(phrase, cand) and not _in_content(phrase, cand) and _has_word(phrase):
            return evidence_of(phrase, 0.7)
    return None


def _occasion_addressed(verb: Token, index: DocIndex) -> list[Token]:
    """Whom the occasion or document of a cue was addressed to: the object of "to" after it ("in remarks to the
    Senate", "in a letter to shareholders") or after a participle of addressing on it ("in a letter sent to party
    members"), not of a journey ("on a visit to the town of X")."""
    occasions = [o for o in _occasions(verb, index) if o.lemma_.lower() not in index.lang.travel_occasions]
    # or through a participle of addressing: "in a letter sent to party members"
    heads = occasions + [
        c
        for o in occasions
        for c in o.children
        if c.dep_ == "acl" and c.lemma_.lower() in index.lang.address_participles
    ]
    return [
        g
        for h in heads
        for t in h.children
        if t.dep_ in {"prep", "dative"} and t.lower_ == "to"
        for g in t.children
        if g.dep_ == "pobj"
    ]


def _right_after(verb: Token, particle: Token) -> bool:
    """A preposition or particle right after its verb, or after adverbs only ("called again on X"), not after the
    verb's content ("called for more officers on trains": where, not whom)."""
    between = verb.doc[verb.i + 1 : particle.i]
    return particle.dep_ in {"prep", "prt"} and particle.i > verb.i and all(t.pos_ == "ADV" for t in between)


def _called_on(verb: Token, particle: Token) -> list[Token]:
    """The listener of "called on X to ...": the object of "on", or the verb's object right after it, as the parser
    often reads "on" as a particle of the verb; no day ("called a press conference on Monday")."""
    own = [c for c in particle.children if c.dep_ == "pobj"]
    listeners = own or [c for c in verb.children if c.dep_ == "dobj" and c.i > particle.i][:1]
    return [c for c in listeners if c.ent_type_ not in TIME_ENTITIES]  # "called a conference on Monday"


def _has_word(phrase: list[Token]) -> bool:
    """Whether a phrase holds a word: the parser can make a rule of underscores ("tells ___ reporters") an object; a
    relative pronoun alone is none ("To which she said": what she replied to, no listener)."""
    if len(phrase) == 1 and phrase[0].tag_ in {"WDT", "WP"}:
        return False
    return any(any(ch.isalnum() for ch in t.text) for t in phrase)


def _holds_speaker(phrase: list[Token], cand: Candidate) -> bool:
    return any(t.i == cand.speaker_token for t in phrase)


def _in_content(phrase: list[Token], cand: Candidate) -> bool:
    start, end = cand.content
    return any(start <= t.idx < end for t in phrase)


def _names_a_thing(token: Token, index: DocIndex) -> bool:
    """A capitalised relative day set as a compound before a noun that is no date: part of a name ("BBC Radio 4's
    *Today* programme"), or any word of a quoted title ("said on "Fox News Sunday""); a day's or month's name so set
    is a date ("the Monday night debate")."""
    if in_title(index, token):
        return True
    if token.dep_ != "compound" or not token.is_title or token.lower_ in index.lang.calendar_names:
        return False
    return token.head.ent_type_ not in TIME_ENTITIES and token.head.i > token.i


def find_date(
    cand: Candidate, index: DocIndex, published: str | None, contents: Sequence[tuple[int, int]] = ()
) -> Evidence | None:
    """The statement date: a day-level date attached to the cue or the clauses above it, outside the content and
    outside the ``contents`` of other reports that do not hold the cue ("said trucks had entered Gaza on Monday, and
    accused Hamas": Monday is when the trucks entered, in what was said before the accusation)."""
    if cand.cue_token is None:
        return None
    doc = index.doc
    start, end = cand.content
    cue = doc[cand.cue_token]
    others = [(s, e) for s, e in contents if not s <= cue.idx < e]
    clauses = [c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i]  # "said on Friday he expected A"
    # the verbs above "according to" are the content's own ("On Monday, according to X, 20 people died")
    above = [] if cand.rule == SOURCE_PHRASE_RULE else list(cue.ancestors)[:3]
    nodes = [cue, *speaking_participles(cue, index), *above, *clauses, *_asked_at(cue, index)]
    nodes += _occasion_participles(cue, index)  # "in a letter sent to party members last week"
    # "urged Lebanon's leaders on Sunday to pursue peace": the content holds the listener, the cue's date after it
    reported = min((c.left_edge.i for c in cue.children if c.dep_ in {"xcomp", "ccomp"} and c.i > cue.i), default=0)
    listeners = [c for c in cue.children if c.dep_ in {"dobj", "dative"} and c.i < reported]
    nodes += listeners
    for child in [c for node in nodes for c in node.children] + set_off_after_subject(cue, index):
        own = any(child.head in {cue, listener} and listener.i < child.i for listener in listeners)
        own = own and child.right_edge.i < reported
        if (start <= child.idx < end and not own) or child.dep_ not in {"prep", "npadvmod", "advmod", "tmod", "obl"}:
            continue
        # not a name's word the recogniser read as a date ("BBC Radio 4's *Today* programme")
        toks = [t for t in child.subtree if t.ent_type_ == "DATE" and not _names_a_thing(t, index)]
        if child.lower_ in index.lang.unknown_date_words:
            return None
        if child.lower_ in index.lang.before_event_words:
            continue  # "told a news conference ahead of Saturday's match": the match's day
        if toks and (own or not start <= toks[0].idx < end) and not _in_clause_reported(toks[0], others, cand):
            written = doc[toks[0].i : toks[-1].i + 1].text
            value = resolve_date(written, published)
            if value is not None:
                return Evidence(value, Span(toks[0].idx, toks[0].idx + len(written), written), 0.8)
    return None


def _in_clause_reported(date: Token, contents: list[tuple[int, int]], cand: Candidate) -> bool:
    """Whether a date is in one of ``contents`` and dates a clause there whose subject is someone or something
    else than the report's speaker ("said trucks had entered Gaza on Monday"), not the speaker's own act the report
    goes on from ("remember Carter going on TV on April 18, 1977, declaring A and telling Americans B")."""
    if not any(s <= date.idx < e for s, e in contents):
        return False
    # the clause's verb, past a noun's passive participle with no subject ("positions held before December 8")
    verbs = (a for a in date.ancestors if a.pos_ in {"VERB", "AUX"} and not _noun_participle(a))
    verb = next(verbs, None)
    subjects = [c.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}] if verb is not None else []
    return bool(subjects) and cand.speaker_token not in subjects


def _noun_participle(verb: Token) -> bool:
    """A passive participle hung on a noun, with no subject of its own ("positions *held* before December 8")."""
    subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and not subject


def _occasion_participles(cue: Token, index: DocIndex) -> list[Token]:
    """The participles on a cue's occasion or document, whose own phrases may date it ("in a letter sent to party
    members last week", "in an interview published on Saturday")."""
    return [c for o in _occasions(cue, index) for c in o.children if c.dep_ == "acl" and c.tag_ == "VBN"]


def _occasions(verb: Token, index: DocIndex) -> list[Token]:
    """The occasions, media or records a cue's own phrases name ("in a letter", "at a news conference")."""
    return [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in VENUE_PREPS
        for o in p.children
        if o.dep_ == "pobj" and venue_kind(o, index.lang) is not None
    ]


def _asked_at(cue: Token, index: DocIndex) -> list[Token]:
    """The occasion a question put to the speaker names and the words of the question's phrase it hangs on ("Asked
    about the title race at a news conference on Friday, Y said": "on Friday" may hang on "race"), else none."""
    occasion = asked_occasion(cue, index)
    if occasion is None:
        return []
    path = [occasion]
    for ancestor in occasion.ancestors:
        if ancestor.tag_ == "VBN":
            break
        path.append(ancestor)
    return path


def read_context(index: DocIndex, candidates: list[Candidate], published: str | None) -> None:
    """Fill venue, addressee, via and said_on of every candidate, then carry values over (see module doc)."""
    doc = index.doc
    for cand in candidates:
        if cand.cue_token is None or cand.inherited_from is not None:
            continue
        verb = doc[cand.cue_token]
        cand.venue = _unless_content_opens_with(find_venue(verb, index), cand)
        cand.addressee = find_addressee(verb, index, cand) if verb.pos_ in {"VERB", "AUX"} else None
        for participle in (
            speaking_participles(verb, index) if cand.addressee is None else ()
        ):  # "Speaking to Putin, X said"
            if not any(medium_name(p) for c in participle.children if c.lower_ == "to" for p in c.children):
                cand.addressee = cand.addressee or find_addressee(participle, index, cand)
        cand.via = intermediaries(cand, candidates, index)
        cand.said_on = find_date(cand, index, published, [c.content for c in candidates if c is not cand])
    place_remarks(index, candidates, published)  # "He made the remarks at a news conference"
    carry_over(index, candidates)


def _unless_content_opens_with(venue: Evidence | None, cand: Candidate) -> Evidence | None:
    """A venue that is not what the report's content opens with: of "leaders responded to Sanders' call for a new
    way" the call is what was responded to, no occasion ("spoken out against Scientology on French television" keeps
    the television its content runs on over)."""
    if venue is None or venue.span is None:
        return venue
    start = cand.content[0]
    return None if venue.span.start <= start < venue.span.end else venue
