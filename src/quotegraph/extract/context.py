"""Reading an attribution's context from the parse: venue or medium, addressee, intermediary chain (read in
``intermediaries.py``), statement date.

Every value keeps the span it was read from. Values stated once carry over: a speaker's venue to that speaker's
later attributions in the article (the nearest stated before), and to the earlier ones unless the report that
states it marks another occasion ("later told a news conference"), an intermediary and a date to the same
speaker's next attributions in the same paragraph.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Token

from quotegraph.extract.audiences import audience_participles
from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.dates import resolve_date
from quotegraph.extract.intermediaries import intermediaries
from quotegraph.extract.language import LanguageData
from quotegraph.extract.mentions import entity_of, evidence_of, glued_hyphen, mention_tokens, name_tokens
from quotegraph.model import Evidence, Span

_VENUE_PREPS = {"on", "in", "at", "during", "to"}
_MEANS_PREPS = {"by"}  # "told Reuters by phone": a medium, where nothing else names one
_REPORTED = {"dobj", "ccomp", "xcomp", "attr"}  # a participle with one of these reports something of its own
_TIMES = {"DATE", "TIME"}
_SOURCED = {"according"}  # a cue word whose "to" names the source or the record ("according to a statement")


def _extend_name(tokens: list[Token]) -> list[Token]:
    """Grow a name to the right over particles between capitalised words ("Welt am Sonntag"); a pronoun stays
    ("told him the United States remained committed": "him")."""
    doc = tokens[-1].doc
    if tokens[-1].pos_ == "PRON":
        return tokens
    end = tokens[-1].i
    while end + 1 < len(doc):
        nxt = doc[end + 1]
        if nxt.ent_type_ in _TIMES or (end + 2 < len(doc) and nxt.is_lower and doc[end + 2].ent_type_ in _TIMES):
            break  # "told reporters [on Friday]": a time, not more of the name
        if nxt.pos_ == "PROPN":
            end += 1
        elif nxt.is_lower and len(nxt) <= 3 and end + 2 < len(doc) and doc[end + 2].text[:1].isupper():
            end += 2
        else:
            break
    return list(doc[tokens[0].i : end + 1])


def _noun_phrase(token: Token) -> list[Token]:
    """The words of the phrase headed by ``token``, without its clauses and punctuation; the token at least, even
    when the parser hung a mark as the object (a rule of underscores read as the object of "tells")."""
    clauses = {t.i for c in token.children if c.dep_ in {"relcl", "acl"} for t in c.subtree}
    toks = [t for t in token.subtree if (not t.is_punct or t.text in {"-", "'s", "’s"}) and t.i not in clauses]
    return sorted(toks, key=lambda t: t.i) or [token]


def _occasion_phrase(token: Token) -> list[Token]:
    """``_noun_phrase`` without the time after its noun: "a town hall meeting [Thursday night]", "an interview with
    the AP [on Tuesday]", "told lawmakers in Berlin [on Wednesday]" (the date is the statement's date, read on its
    own)."""
    timed = {t.i for c in token.children if c.i > token.i and _only_time(c) for t in c.subtree}
    toks = [t for t in _noun_phrase(token) if t.i not in timed] or [token]
    doc, last = token.doc, toks[-1].i
    opened = doc[toks[0].i : last + 1].text.count('"') % 2 or "\u201c" in doc[toks[0].i : last + 1].text
    if opened and last + 1 < len(doc) and doc[last + 1].text in {'"', "\u201d"}:
        toks.append(doc[last + 1])  # the title's closing mark: CNN's "State of the Union"
    while len(toks) > 1 and toks[-1].tag_ == "POS":  # "CNN's" of "CNN's "State of the Union"", its title elsewhere
        toks.pop()
    return toks


def _without_stranded_speaker(phrase: list[Token], noun: Token, verb: Token) -> list[Token]:
    """An occasion phrase without the person the parser apposed to its noun when the verb it modifies has no subject:
    of "Speaking to BBC Sport, Jamie Carragher called the deal ..." the speaker ("Her book, Living History" keeps
    the title the recogniser took for a person)."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return phrase
    apposed = {t.i for c in noun.children if c.dep_ == "appos" and c.ent_type_ == "PERSON" for t in c.subtree}
    return [t for t in phrase if t.i not in apposed] or phrase


def _only_time(phrase: Token) -> bool:
    """Whether a phrase is a time: its words, past a preposition, all of a date or time entity."""
    words = [t for t in phrase.subtree if not t.is_punct and not (t.i == phrase.i and t.dep_ == "prep")]
    return bool(words) and all(t.ent_type_ in _TIMES for t in words)


def _medium_name(token: Token) -> bool:
    """Whether a phrase names an organisation or a work (a broadcaster, a programme), not a person or a time."""
    return token.ent_type_ in {"ORG", "WORK_OF_ART"} or any(
        c.dep_ == "poss" and c.ent_type_ == "ORG" for c in token.children
    )


def _told_an_occasion(verb: Token, listener: Token, index: DocIndex) -> bool:
    """Whether a verb of telling has an occasion for its listener ("told a news conference", "told a rally"), where
    the statement was made, not to whom ("called the hearing" is no telling)."""
    lang = index.lang
    return (
        verb.lemma_.lower() in lang.object_listener_verbs
        and lang.venue_nouns.get(listener.lemma_.lower()) == "occasion"
    )


def _press(token: Token, index: DocIndex) -> bool:
    """Whether a noun names the press or a medium as a listener ("reporters", "the newspaper")."""
    return index.lang.addressee_words.get(token.lemma_.lower()) in {"press", "medium"}


def _speaking(verb: Token, index: DocIndex) -> list[Token]:
    """A participle of speech or writing with no object or clause of its own, set before or after the cue
    ("*Speaking* on BBC Radio 4, the minister said", "she said, *writing* on X"): where the occasion and the date of
    the statement are often given."""
    found = []
    # and one the parser hung on the verb's subject: "Trump, speaking to reporters aboard Air Force One, said"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    beside = list(verb.children) + [c for s in subjects for c in s.children if c.dep_ in {"advcl", "acl"}]
    for child in beside:
        entry = index.lang.cue_verbs.get(child.lemma_.lower())
        speech = entry is not None and entry.cls in {"speech", "writing"}
        reports = any(c.dep_ in _REPORTED for c in child.children)  # "citing her work after Sept. 11": a report
        if child.dep_ in {"advcl", "acl"} and child.tag_ == "VBG" and speech and not reports:
            found.append(child)
    return found


def _set_off_after_subject(verb: Token) -> list[Token]:
    """Phrases the parser hung on the verb's subject that stand between commas right before the verb ("Janet Yellen,
    *in an interview with CNN on Tuesday*, said"): they tell of the statement, not of the person."""
    doc = verb.doc
    found = []
    for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i):
        for phrase in (c for c in subject.children if c.dep_ == "prep" and c.i > subject.i):
            end = phrase.right_edge.i + 1
            set_off = doc[phrase.i - 1].text == "," and end < verb.i and doc[end].text == ","
            if set_off and all(t.pos_ == "ADV" for t in doc[end + 1 : verb.i]):
                found.append(phrase)
    return found


def find_venue(verb: Token, index: DocIndex) -> Evidence | None:
    """The occasion or medium attached to a cue: "on France's LCI", "at a press conference", "told reporters"; a
    medium by which it was said ("by phone") and the press told are the venue only when nothing else names one ("told
    reporters on a conference call", "said by telephone on NBC")."""
    lang = index.lang
    press: Evidence | None = None
    means: Evidence | None = None
    for child in [*verb.children, *_set_off_after_subject(verb), *_sourced_in_clause(verb)]:
        if child.dep_ == "prep" and child.lower_ in _MEANS_PREPS:
            media = [c for c in child.children if c.dep_ == "pobj" and _venue_kind(c, lang) == "medium"]
            means = means or (evidence_of(_occasion_phrase(media[0]), 0.7) if media else None)
        if child.dep_ == "prep" and child.lower_ in _VENUE_PREPS:
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                kind = _venue_kind(pobj, lang)
                answered = child.lower_ == "to" and kind in {"document", "recording"} and verb.lower_ not in _SOURCED
                if kind is not None and not answered:  # "according to a statement"; not "responded to my emails"
                    return evidence_of(_occasion_phrase(pobj), 0.8)
                ent = entity_of(pobj)
                named = ent is not None and ent.label_ in {"ORG", "PERSON", "WORK_OF_ART"}
                dated = pobj.ent_type_ in _TIMES  # "on Saturday" is when, not where
                on_medium = named or (ent is None and pobj.pos_ == "PROPN" and not dated)
                if child.lower_ == "on" and on_medium and verb.lemma_.lower() not in lang.on_listener_verbs:
                    return evidence_of(mention_tokens(pobj, lang), 0.75)
                # "Speaking to CNN's "State of the Union"", "speaking to reporters"
                if child.lower_ == "to" and verb.dep_ == "advcl" and (_medium_name(pobj) or _press(pobj, index)):
                    return evidence_of(_without_stranded_speaker(_occasion_phrase(pobj), pobj, verb.head), 0.7)
        if child.dep_ == "prep" and child.lower_ in _SOURCED and (record := _record_cited(child, lang)) is not None:
            return evidence_of(_occasion_phrase(record), 0.8)  # "said A, according to a statement sent to Reuters"
        if child.dep_ in {"dobj", "dative"} and (medium := _named_medium(child, index)) is not None:
            return medium  # "the Associated Press", "state broadcaster ERT"
        if child.dep_ in {"dobj", "dative"} and lang.addressee_words.get(child.lemma_.lower()) in {"press", "medium"}:
            if not _press(child, index):  # "news outlets"
                return evidence_of(_occasion_phrase(child), 0.7)
            press = press or evidence_of(_occasion_phrase(child), 0.7)
            continue
        if child.dep_ == "dobj" and _told_an_occasion(verb, child, index):
            return evidence_of(_occasion_phrase(child), 0.75)  # "told a news conference": no listener, an occasion
    for participle in _speaking(verb, index) if verb.dep_ != "advcl" else ():
        found = find_venue(participle, index)
        if found is not None:
            return found
    return means or press


def _sourced_in_clause(verb: Token) -> list[Token]:
    """Source phrases the parser hung at the end of the clause the verb reports ("said exports fell, *according to a
    statement*")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    return [c for clause in clauses for c in clause.rights if c.dep_ == "prep" and c.lower_ in _SOURCED]


def _record_cited(phrase: Token, lang: LanguageData) -> Token | None:
    """The record a source phrase on the cue names ("according to a statement", a document or recording kind)."""
    nouns = (n for to in phrase.children if to.lower_ == "to" for n in to.children if n.dep_ == "pobj")
    return next((n for n in nouns if _venue_kind(n, lang) in {"document", "recording"}), None)


def _venue_kind(noun: Token, lang: LanguageData) -> str | None:
    """The kind of venue a noun names (``venues.tsv``), by its lemma or the hyphenated word it ends ("op-ed")."""
    return lang.venue_nouns.get(noun.lemma_.lower()) or lang.venue_nouns.get(_hyphened(noun))


def _hyphened(token: Token) -> str:
    """The hyphenated word a token ends, in lower case ("op-ed" of "ed"), or the token's own word."""
    doc, start = token.doc, token.i
    while start > 1 and glued_hyphen(doc[start - 1]):
        start -= 2
    return "".join(t.text_with_ws for t in doc[start : token.i]).lower() + token.lower_


def _named_medium(noun: Token, index: DocIndex) -> Evidence | None:
    """The name after a medium noun ("the German newspaper Welt am Sonntag"), that one describes ("state TV ERT") or
    of a news medium (an ``outlet`` or ``outlet_word`` in addressee_words.tsv: "Reuters", "Sky News")."""
    words = index.lang.addressee_words
    if words.get(noun.lemma_.lower()) != "medium":
        modifiers = (c for c in noun.children if c.dep_ in {"compound", "amod"})
        described = noun.text[:1].isupper() and any(words.get(c.lemma_.lower()) == "medium" for c in modifiers)
        if described:
            return evidence_of(name_tokens(noun, index.lang), 0.75)
        outlet = _flat_name(noun)
        return evidence_of(outlet, 0.75) if noun.pos_ == "PROPN" and _outlet(outlet, words) else None
    names = [t for t in noun.subtree if t.i > noun.i and t.pos_ == "PROPN"]
    names += [t for t in noun.subtree if t.i < noun.i and t.dep_ == "compound" and t.pos_ == "PROPN"]
    if not names:
        return None
    return evidence_of(_extend_name(sorted(names, key=lambda t: t.i)), 0.75)


def _flat_name(noun: Token) -> list[Token]:
    """A name's noun with the article and name words right before it ("the Financial Times"), not whatever the
    recogniser ran into it ("The Associated Press of the prospects for peace")."""
    doc, start = noun.doc, noun.i
    while start > 0 and doc[start - 1].head == noun and doc[start - 1].dep_ in {"det", "compound"}:
        start -= 1
    return list(doc[start : noun.i + 1])


def _outlet(name: list[Token], words: dict[str, str]) -> bool:
    """Whether a name is a news medium's: one listed whole ("Reuters", "Al Jazeera") or of two words or more ending in
    a word that ends such names or names a medium ("Sky News", "the Financial Times", "BBC Radio", "Detroit Free
    Press")."""
    parts = [t.lower_ for t in name if not t.is_punct and t.lower_ != "the"]
    ending = words.get(parts[-1]) if len(parts) > 1 else None
    return words.get(" ".join(parts)) == "outlet" or ending in {"outlet_word", "medium", "press"}


def find_addressee(verb: Token, index: DocIndex, cand: Candidate) -> Evidence | None:
    """Whom the statement was addressed to: ``told X``, ``asked X if``, ``said to X``, ``wrote to X``.

    Only a verb of telling names a listener (``listener_verbs.tsv``): the object of "to" after any other cue is a
    topic or a source (``according to X``, ``referred to X``, ``pointed to X``). Never a phrase that holds the
    speaker's mention or lies in ``cand``'s content (``called it a signal *to our allies*``).
    """
    lang = index.lang
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ in {"dobj", "dative"} and _told_an_occasion(verb, child, index):
            continue  # "told a news conference": the occasion (``find_venue``), no listener
        if child.dep_ in {"dobj", "dative"} and lemma in lang.object_listener_verbs:
            # the listener of "asked X to ..." may open the content as PolNeAR cuts it: only the speaker is barred
            phrase = _extend_name(_occasion_phrase(child))
            if not _holds_speaker(phrase, cand) and _has_word(phrase):
                return evidence_of(phrase, 0.8)
        elif child.dep_ in {"prep", "prt"} and child.lower_ in {"on", "upon"} and lemma in lang.on_listener_verbs:
            # the listener "called on" opens the content as PolNeAR cuts it: only the speaker is barred
            for listener in _called_on(verb, child):
                phrase = _extend_name(_occasion_phrase(listener))
                if not _holds_speaker(phrase, cand) and _has_word(phrase):
                    return evidence_of(phrase, 0.75)
        elif child.dep_ in {"prep", "dative"} and child.lower_ == "to" and lemma in lang.to_listener_verbs:
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                phrase = _occasion_phrase(pobj)
                if not _holds_speaker(phrase, cand) and not _in_content(phrase, cand) and _has_word(phrase):
                    return evidence_of(phrase, 0.7)
    speaker = index.doc[cand.speaker_token] if cand.speaker_token is not None else None
    for audience in audience_participles(verb, speaker, lang):  # "Guterres, addressing the Security Council, said"
        phrase = _extend_name(_occasion_phrase(audience))
        if not _in_content(phrase, cand) and _has_word(phrase):
            return evidence_of(phrase, 0.7)
    for listener in _occasion_addressed(verb, index):  # "In remarks to the Senate, the general said"
        phrase = _extend_name(_occasion_phrase(listener))
        if not _holds_speaker(phrase, cand) and not _in_content(phrase, cand) and _has_word(phrase):
            return evidence_of(phrase, 0.7)
    return None


def _occasion_addressed(verb: Token, index: DocIndex) -> list[Token]:
    """Whom the occasion or document of a cue was addressed to: the object of "to" after it ("in remarks to the
    Senate", "in a letter to shareholders")."""
    occasions = [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in _VENUE_PREPS
        for o in p.children
        if o.dep_ == "pobj" and _venue_kind(o, index.lang) is not None
    ]
    return [
        g
        for o in occasions
        for t in o.children
        if t.dep_ == "prep" and t.lower_ == "to"
        for g in t.children
        if g.dep_ == "pobj"
    ]


def _called_on(verb: Token, particle: Token) -> list[Token]:
    """The listener of "called on X to ...": the object of "on", or the verb's object right after it, as the parser
    often reads "on" as a particle of the verb."""
    own = [c for c in particle.children if c.dep_ == "pobj"]
    return own or [c for c in verb.children if c.dep_ == "dobj" and c.i > particle.i][:1]


def _has_word(phrase: list[Token]) -> bool:
    """Whether a phrase holds a word: the parser can make a rule of underscores ("tells ___ reporters") an object."""
    return any(any(ch.isalnum() for ch in t.text) for t in phrase)


def _holds_speaker(phrase: list[Token], cand: Candidate) -> bool:
    return any(t.i == cand.speaker_token for t in phrase)


def _in_content(phrase: list[Token], cand: Candidate) -> bool:
    start, end = cand.content
    return any(start <= t.idx < end for t in phrase)


def _names_a_thing(token: Token, index: DocIndex) -> bool:
    """A capitalised relative day set as a compound before a noun that is no date: part of a name ("BBC Radio 4's
    *Today* programme"); a day's or month's name so set is a date ("the Monday night debate")."""
    if token.dep_ != "compound" or not token.is_title or token.lower_ in index.lang.calendar_names:
        return False
    return token.head.ent_type_ not in _TIMES and token.head.i > token.i


def find_date(cand: Candidate, index: DocIndex, published: str | None) -> Evidence | None:
    """The statement date: a day-level date attached to the cue or the clauses above it, outside the content."""
    if cand.cue_token is None:
        return None
    doc = index.doc
    start, end = cand.content
    cue = doc[cand.cue_token]
    clauses = [c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i]  # "said on Friday he expected A"
    nodes = [cue, *_speaking(cue, index), *list(cue.ancestors)[:3], *clauses]
    for child in [c for node in nodes for c in node.children] + _set_off_after_subject(cue):
        if start <= child.idx < end or child.dep_ not in {"prep", "npadvmod", "advmod", "tmod", "obl"}:
            continue
        # not a name's word the recogniser read as a date ("BBC Radio 4's *Today* programme")
        toks = [t for t in child.subtree if t.ent_type_ == "DATE" and not _names_a_thing(t, index)]
        if child.lower_ in index.lang.unknown_date_words:
            return None
        if toks and not (start <= toks[0].idx < end):
            written = doc[toks[0].i : toks[-1].i + 1].text
            value = resolve_date(written, published)
            if value is not None:
                return Evidence(value, Span(toks[0].idx, toks[0].idx + len(written), written), 0.8)
    return None


def read_context(index: DocIndex, candidates: list[Candidate], published: str | None) -> None:
    """Fill venue, addressee, via and said_on of every candidate, then carry values over (see module doc)."""
    doc = index.doc
    for cand in candidates:
        if cand.cue_token is None or cand.inherited_from is not None:
            continue
        verb = doc[cand.cue_token]
        cand.venue = _unless_content_opens_with(find_venue(verb, index), cand)
        cand.addressee = find_addressee(verb, index, cand) if verb.pos_ in {"VERB", "AUX"} else None
        for participle in _speaking(verb, index) if cand.addressee is None else ():  # "Speaking to Putin, X said"
            if not any(_medium_name(p) for c in participle.children if c.lower_ == "to" for p in c.children):
                cand.addressee = cand.addressee or find_addressee(participle, index, cand)
        cand.via = intermediaries(cand, candidates, index)
        cand.said_on = find_date(cand, index, published)
    _carry_over(index, candidates)


def _unless_content_opens_with(venue: Evidence | None, cand: Candidate) -> Evidence | None:
    """A venue that is not what the report's content opens with: of "leaders responded to Sanders' call for a new
    way" the call is what was responded to, no occasion ("spoken out against Scientology on French television" keeps
    the television its content runs on over)."""
    if venue is None or venue.span is None:
        return venue
    start = cand.content[0]
    return None if venue.span.start <= start < venue.span.end else venue


def _negated(cand: Candidate, index: DocIndex) -> bool:
    """Whether a report's cue is negated ("The spokesman did not say whether ..."): what someone did not say is the
    writer's observation, made where the writer is, not relayed or given where the speaker's other words were."""
    return cand.cue_token is not None and any(c.dep_ == "neg" for c in index.doc[cand.cue_token].children)


def _carry_over(index: DocIndex, candidates: list[Candidate]) -> None:
    ordered = sorted(candidates, key=lambda c: c.anchor)
    for cand in ordered:
        if cand.inherited_from is not None:
            source = cand.inherited_from
            cand.venue, cand.addressee, cand.via, cand.said_on = (
                source.venue,
                source.addressee,
                list(source.via),
                source.said_on,
            )
    stated = [c for c in ordered if c.venue is not None and c.name]
    for cand in ordered:
        if cand.venue is None and cand.name and not cand.via and not _negated(cand, index):
            found = _stated_venue(cand, stated, index)
            if found is not None:
                cand.venue = Evidence(found.value, found.span, 0.6 * found.confidence)
    for prev, cand in pairwise(ordered):
        same = prev.name is not None and prev.name == cand.name
        if same and index.paragraph_of(prev.anchor) == index.paragraph_of(cand.anchor):
            if not cand.via and prev.via and not _negated(cand, index):
                cand.via = list(prev.via)
            if cand.said_on is None and prev.said_on is not None:
                cand.said_on = prev.said_on


def _stated_venue(cand: Candidate, stated: list[Candidate], index: DocIndex) -> Evidence | None:
    """The venue the same speaker's nearest report before this one states; else the one the first report after
    states (a lead's words are often placed in the next paragraph: "says X ... he said on France's LCI"), unless
    that report marks its occasion as another ("Blinken later told a news conference", "in another tweet")."""
    same = [c for c in stated if c.name == cand.name]  # not this one: it states none
    before = [c for c in same if c.anchor < cand.anchor]
    if before:
        return before[-1].venue
    after = next((c for c in same if c.anchor > cand.anchor), None)
    return None if after is None or _another_occasion(after, index) else after.venue


def _another_occasion(cand: Candidate, index: DocIndex) -> bool:
    """Whether a report marks its occasion as another than one before (``another_occasion`` in cue_phrases.tsv) on
    its cue ("later told") or in its venue ("another tweet")."""
    marks = index.lang.another_occasion
    if cand.cue_token is not None and any(c.lower_ in marks for c in index.doc[cand.cue_token].children):
        return True
    venue = cand.venue
    return venue is not None and any(word.lower() in marks for word in venue.value.split())
