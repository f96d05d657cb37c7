"""Reading where a statement was made from the parse: the occasion or medium attached to its cue ("on France's
LCI", "at a press conference", "told Reuters", "according to a statement"), and the phrase readers the rest of the
context shares (an occasion's phrase, participles of speech beside the cue). Media's names and the kinds of venue
nouns are read in ``media_names.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.audiences import audience_participles
from quotegraph.extract.candidates import DocIndex
from quotegraph.extract.cues import cue_verb, is_cue
from quotegraph.extract.language import LanguageData
from quotegraph.extract.media_names import TIME_ENTITIES, extend_name, medium_name, named_medium, venue_kind
from quotegraph.extract.mentions import entity_of, evidence_of, mention_tokens
from quotegraph.extract.occasion_endings import object_occasion, occasion_ending
from quotegraph.extract.titles import in_title, with_programme_title
from quotegraph.extract.verb_forms import SUBJECTS, for_to_clause
from quotegraph.model import Evidence, Span

VENUE_PREPS = {"on", "in", "at", "during", "to"}
_MEANS_PREPS = {"by"}  # "told Reuters by phone": a medium, where nothing else names one
_REPORTED = {"dobj", "ccomp", "xcomp", "attr"}  # a participle with one of these reports something of its own
_SOURCED = {"according"}  # a cue word whose "to" names the source or the record ("according to a statement")


_KEPT_MARKS = {"-", "'s", "’s"}  # marks inside a venue's words ("state-run", "CNN's")


def _noun_phrase(token: Token) -> list[Token]:
    """The words of the phrase headed by ``token``, without its clauses and punctuation; the token at least, even
    when the parser hung a mark as the object (a rule of underscores read as the object of "tells"). A clause on any
    of its words is left out too ("an interview with the Boersen-Zeitung newspaper [published on Wednesday]")."""
    clauses = {t.i for w in token.subtree for c in w.children if c.dep_ in {"relcl", "acl"} for t in c.subtree}
    toks = [
        t for t in token.subtree if (not t.is_punct or t.text in _KEPT_MARKS) and not t.is_space and t.i not in clauses
    ]
    return sorted(toks, key=lambda t: t.i) or [token]


def occasion_phrase(token: Token, carried_by: bool = True) -> list[Token]:
    """``_noun_phrase`` without the time after its noun: "a town hall meeting [Thursday night]", "an interview with
    the AP [on Tuesday]", "told lawmakers in Berlin [on Wednesday]" (the date is the statement's date, read on its
    own); with ``carried_by`` the medium that carried it, right after it ("remarks broadcast by state television", "a
    video posted on X", "a message to fans posted on Instagram", however the parser hung the participle)."""
    timed = {t.i for c in token.children if c.i > token.i and _only_time(c) for t in c.subtree}
    toks = [t for t in _noun_phrase(token) if t.i not in timed] or [token]
    participles = [c for w in toks for c in w.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > w.i]
    for carried in participles if carried_by else ():
        # by whom only on the noun itself: "a town hall hosted by Fox News" carried nothing the news conference said
        agents = [a for a in carried.children if a.dep_ == "agent" and a.i == carried.i + 1 and carried.head == token]
        objects = [o for a in agents for o in a.children if o.dep_ == "pobj"]
        places = [p for p in carried.children if p.dep_ == "prep" and p.lower_ in {"on", "in"} and p.i == carried.i + 1]
        objects += [o for p in places for o in p.children if o.dep_ == "pobj" and _names_medium(o)]
        if objects and toks[-1].i == carried.i - 1:  # "remarks broadcast by state television": by what medium
            toks += list(token.doc[carried.i : objects[0].i + 1])
    doc, last = token.doc, toks[-1].i
    opened = doc[toks[0].i : last + 1].text.count('"') % 2 or "\u201c" in doc[toks[0].i : last + 1].text
    if opened and last + 1 < len(doc) and doc[last + 1].text in {'"', "\u201d"}:
        toks.append(doc[last + 1])  # the title's closing mark: CNN's "State of the Union"
    while len(toks) > 1 and toks[-1].tag_ == "POS":  # "CNN's" of "CNN's "State of the Union"", its title elsewhere
        toks.pop()
    return toks


def _names_medium(token: Token) -> bool:
    """Whether a phrase a participle is posted on names a medium ("posted on X", "published in The Lancet"), no day."""
    return token.ent_type_ not in TIME_ENTITIES and (token.text[:1].isupper() or medium_name(token))


def _without_stranded_speaker(phrase: list[Token], noun: Token, verb: Token) -> list[Token]:
    """An occasion phrase without the person the parser apposed to its noun when the verb it modifies has no subject:
    of "Speaking to BBC Sport, Jamie Carragher called the deal ..." the speaker ("Her book, Living History" keeps
    the title the recogniser took for a person)."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return phrase
    # on any word of the phrase: "In an interview with Der Spiegel, Scholz said", Scholz apposed to the medium (a
    # name right before the verb, whatever the recogniser took it for)
    words = [noun, *(t for t in phrase if t.i > noun.i)]
    apposed = {
        t.i
        for w in words
        for c in w.children
        if c.dep_ == "appos" and (c.ent_type_ == "PERSON" or (c.pos_ == "PROPN" and c.right_edge.i == verb.i - 1))
        for t in c.subtree
    }
    return [t for t in phrase if t.i not in apposed] or phrase


def _only_time(phrase: Token) -> bool:
    """Whether a phrase is a time: its words, past a preposition, all of a date or time entity."""
    words = [t for t in phrase.subtree if not t.is_punct and not (t.i == phrase.i and t.dep_ == "prep")]
    return bool(words) and all(t.ent_type_ in TIME_ENTITIES for t in words)


def told_an_occasion(verb: Token, listener: Token, index: DocIndex) -> bool:
    """Whether a verb of telling has an occasion for its listener ("told a news conference", "told a rally"), where
    the statement was made, not to whom ("called the hearing" is no telling)."""
    lang = index.lang
    return (
        verb.lemma_.lower() in lang.object_listener_verbs
        and venue_kind(listener, lang) == "occasion"  # by its word too: the tagger may read "briefing" as a verb
    )


def _press(token: Token, index: DocIndex) -> bool:
    """Whether a noun names the press, a medium or a sitting body as a listener ("reporters", "the newspaper",
    "parliament", "the House of Commons" by its whole name)."""
    words = index.lang.addressee_words
    if words.get(token.lemma_.lower()) in {"press", "medium", "chamber"}:
        return True
    ent = entity_of(token)
    return ent is not None and words.get(" ".join(t.lower_ for t in ent if t.lower_ != "the")) == "chamber"


def speaking_participles(verb: Token, index: DocIndex) -> list[Token]:
    """A participle of speech, writing or appearing (``appearance_verb``) with no object or clause of its own, set
    before or after the cue ("*Speaking* on BBC Radio 4, the minister said", "she said, *writing* on X", "*appearing*
    on CNN"): where the occasion and the date of the statement are often given."""
    found = []
    # and one the parser hung on the verb's subject: "Trump, speaking to reporters aboard Air Force One, said", or
    # apposed to it ("Machado, writing on X, urged")
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    beside = list(verb.children) + [c for s in subjects for c in s.children if c.dep_ in {"advcl", "acl", "appos"}]
    for child in beside:
        entry = index.lang.cue_verbs.get(child.lemma_.lower())
        speech = entry is not None and entry.cls in {"speech", "writing"}
        speech = speech or child.lemma_.lower() in index.lang.appearance_verbs  # "appearing on CNN"
        reports = any(c.dep_ in _REPORTED for c in child.children)  # "citing her work after Sept. 11": a report
        if child.dep_ in {"advcl", "acl", "appos"} and child.tag_ == "VBG" and speech and not reports:
            found.append(child)
    return found


def set_off_after_subject(verb: Token, index: DocIndex) -> list[Token]:
    """Phrases the parser hung on the verb's subject that stand between commas right before the verb ("Janet Yellen,
    *in an interview with CNN on Tuesday*, said"), or after a comma at the end of the sentence that a subject after
    the verb closes ("said Chris Shelton, the union's president, *in a statement*."): they tell of the statement,
    not of the person."""
    doc = verb.doc
    found = []
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        for phrase in (c for c in subject.children if c.dep_ == "prep" and c.i > subject.i):
            end = phrase.right_edge.i + 1
            if subject.i > verb.i:
                closing = end == len(doc) or doc[end].is_space or doc[end].text in {".", "!", "?"}
                # an occasion or a time: not "said X, whose district includes Hyde Park, on Chicago's South Side"
                objects = [o for o in phrase.children if o.dep_ == "pobj"]
                occasion = any(venue_kind(o, index.lang) or o.ent_type_ in TIME_ENTITIES for o in objects)
                if doc[phrase.i - 1].text == "," and closing and occasion:
                    found.append(phrase)
                continue
            set_off = doc[phrase.i - 1].text == "," and end < verb.i and doc[end].text == ","
            if set_off and all(t.pos_ == "ADV" for t in doc[end + 1 : verb.i]):
                found.append(phrase)
    return found


def _fronted_participle(verb: Token, child: Token) -> bool:
    """``In an interview with Der Spiegel published on Saturday, Scholz said``: the parser made the participle of the
    fronted phrase (tagged as a past tense or not) a clause of the verb and hung the phrase on it; one with no subject
    of its own."""
    return (
        child.i < verb.i
        and child.tag_ in {"VBN", "VBD"}
        and child.dep_ in {"ccomp", "advcl"}
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children)
    )


def find_venue(verb: Token, index: DocIndex) -> Evidence | None:
    """The occasion or medium attached to a cue: "on France's LCI", "at a press conference", "told reporters"; a
    medium by which it was said ("by phone") and the press told are the venue only when nothing else names one ("told
    reporters on a conference call", "said by telephone on NBC")."""
    lang = index.lang
    press: Evidence | None = None
    means: Evidence | None = None
    written = (entry := cue_verb(verb, lang)) is not None and entry.cls == "writing"  # "wrote in The Lancet"
    # the clause reported: "said A", "called for A to B" (a clause with a subject of its own, opened by "for"), "urged
    # X to B"
    reported = [c for c in verb.children if c.i > verb.i and (c.dep_ in {"ccomp", "xcomp"} or for_to_clause(c))]
    reported += [c for c in verb.children if _goes_on_reporting(verb, c, index)]
    endings = [e for c in reported if (e := occasion_ending(list(c.subtree), lang)) is not None]  # "A, in a speech"
    if (ending := object_occasion(verb, lang)) is not None:
        endings.append(ending)  # "confirmed the agreement in a post on X"
    fronted = [p for c in verb.children if _fronted_participle(verb, c) for p in c.children if p.dep_ == "prep"]
    for child in [*verb.children, *set_off_after_subject(verb, index), *_sourced_in_clause(verb), *endings, *fronted]:
        if child.dep_ == "prep" and child.lower_ in _MEANS_PREPS:
            media = [c for c in child.children if c.dep_ == "pobj" and venue_kind(c, lang) == "medium"]
            means = means or (evidence_of(occasion_phrase(media[0]), 0.7) if media else None)
        if child.dep_ == "prep" and child.lower_ in VENUE_PREPS:
            # a title's word the parser read as a verb is its object too: "said on NBC's "Meet the Press""
            for pobj in (c for c in child.children if c.dep_ == "pobj" or (c.dep_ == "pcomp" and in_title(index, c))):
                kind = venue_kind(pobj, lang)
                answered = child.lower_ == "to" and kind in {"document", "recording"} and verb.lower_ not in _SOURCED
                if kind is not None and not answered:  # "according to a statement"; not "responded to my emails"
                    return _medium_phrase(pobj, index, 0.8, verb)
                if child.lower_ == "in" and (medium := named_medium(pobj, index)) is not None:
                    return medium  # "wrote in the Daily Telegraph that A"
                if child.lower_ == "in" and lang.addressee_words.get(pobj.lemma_.lower()) == "chamber":
                    return _medium_phrase(pobj, index, 0.75, verb)  # "speaking in the National Assembly"
                ent = entity_of(pobj)
                named = ent is not None and ent.label_ in {"ORG", "PERSON", "WORK_OF_ART"}
                if child.lower_ == "in" and ent is not None and ent.label_ in {"ORG", "WORK_OF_ART"} and written:
                    article = [t for t in pobj.doc[ent.start - 1 : ent.start] if t.lower_ == "the"]
                    return evidence_of(extend_name([*article, *ent]), 0.75)  # "Writing in The Lancet, X argued"
                dated = pobj.ent_type_ in TIME_ENTITIES  # "on Saturday" is when, not where
                on_medium = named or (ent is None and pobj.pos_ == "PROPN" and not dated)
                # "appearing on ABC's "This Week"": a programme a broadcaster owns, whatever the recogniser read
                on_medium = on_medium or (pobj.text[:1].isupper() and medium_name(pobj) and dated)
                on_medium = on_medium or in_title(index, pobj)  # "said on "Fox News Sunday"": no day
                # "said on Hannity"; not "his attacks on Roberto Campos Neto": a noun's "on" names its topic
                spoken = verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() not in lang.on_listener_verbs
                if child.lower_ == "on" and on_medium and spoken:
                    name = with_programme_title(index, _with_closing_quote(mention_tokens(pobj, lang)))
                    return evidence_of(name, 0.75)
                # "Speaking to CNN's "State of the Union"", "speaking to reporters", "Trump, speaking to reporters,"
                # (which the parser may hang on the subject)
                set_off = verb.dep_ == "advcl" or (verb.dep_ == "acl" and verb.doc[verb.i - 1].text == ",")
                if child.lower_ == "to" and set_off and (medium_name(pobj) or _press(pobj, index)):
                    return evidence_of(_without_stranded_speaker(occasion_phrase(pobj), pobj, verb.head), 0.7)
        if child.dep_ == "prep" and child.lower_ in _SOURCED and (record := _record_cited(child, lang)) is not None:
            return evidence_of(occasion_phrase(record), 0.8)  # "said A, according to a statement sent to Reuters"
        told = verb.lemma_.lower() in lang.object_listener_verbs  # not "likened RT to the BBC"
        if child.dep_ in {"dobj", "dative"} and told and (medium := named_medium(child, index)) is not None:
            return medium  # "told the Associated Press", "told state broadcaster ERT"
        if child.dep_ in {"dobj", "dative", "ccomp"} and told and in_title(index, child):  # "told ABC's "This Week""
            # (a title's word the parser read as the verb of a clause: "told CBS's "Face the Nation" that A")
            title = [child] if child.dep_ == "ccomp" else _with_closing_quote(mention_tokens(child, lang))
            return evidence_of(with_programme_title(index, title), 0.75)
        if child.dep_ in {"dobj", "dative"} and _press(child, index):
            press = press or _medium_phrase(child, index, 0.7)
            continue
        if child.dep_ == "dobj" and told_an_occasion(verb, child, index):
            return evidence_of(occasion_phrase(child), 0.75)  # "told a news conference": no listener, an occasion
    for participle in speaking_participles(verb, index) if verb.dep_ != "advcl" else ():
        found = find_venue(participle, index)
        if found is not None:
            return found
    for audience in audience_participles(verb, None, lang):  # "Addressing a rally in Ohio, Ann Lee said"
        if venue_kind(audience, lang) == "occasion":
            return evidence_of(occasion_phrase(audience), 0.7)
    if (occasion := asked_occasion(verb, index)) is not None:
        programme = in_title(index, occasion)  # "Asked about the call on CNN's "State of the Union""
        return evidence_of(with_programme_title(index, [occasion]) if programme else occasion_phrase(occasion), 0.7)
    if means is None and press is None and (shared := _conjoined_venue(verb, index)) is not None:
        return shared
    return means or press


def _conjoined_venue(verb: Token, index: DocIndex) -> Evidence | None:
    """``Wilders conceded in a post on X but said A``: a finite verb coordinated after a reporting verb, with no
    subject of its own, was said where the first verb names, before it (not "X arrived in Congress in 1993 and
    voted against A", nor "X poked at Y during the debate, tweeting A")."""
    head = verb.head
    if verb.dep_ != "conj" or head.i > verb.i or verb.tag_ == "VBG" or not is_cue(head, index):
        return None
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    found = find_venue(head, index)
    return found if found is not None and found.span is not None and found.span.end <= verb.idx else None


def _with_closing_quote(tokens: list[Token]) -> list[Token]:
    """A programme's name with the quotation mark that closes it (``ABC's "This Week"``, ``"This Week,"`` with the
    comma American style sets inside), where its words open one."""
    doc = tokens[-1].doc
    if not any(t.tag_ == "``" for t in doc[tokens[0].i : tokens[-1].i]):
        return tokens
    for after in doc[tokens[-1].i + 1 : tokens[-1].i + 3]:
        if after.tag_ == "''":
            return [*tokens, *doc[tokens[-1].i + 1 : after.i + 1]]
        if after.text != ",":
            break
    return tokens


def _goes_on_reporting(verb: Token, child: Token, index: DocIndex) -> bool:
    """``said that Europe was in a "pre-war era" and must boost defence spending, in an interview``: a verb the
    parser coordinated with the cue after its clause, with no subject nor cue of its own, goes on with what was
    said (``coordinated``), so the occasion ending it is the cue's."""
    if child.dep_ != "conj" or child.i < verb.i or child.pos_ not in {"VERB", "AUX"} or is_cue(child, index):
        return False
    clause = any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
    return clause and not any(c.dep_ in SUBJECTS for c in child.children)


def asked_occasion(verb: Token, index: DocIndex) -> Token | None:
    """The occasion a question put to the speaker names, where the parser hung it on the question's topic ("*Asked*
    about the title race at a news conference on Friday, Guardiola said"): the noun of an occasion (``venues.tsv``)
    after a venue preposition, or a programme's quoted title after "on" ("Asked about the call on CNN's "State of
    the Union""), in the subtree of an asking participle (``asking_verb``) set before or after the cue."""
    lang = index.lang
    for child in verb.children:
        if child.dep_ != "advcl" or child.tag_ != "VBN" or child.lemma_.lower() not in lang.asking_verbs:
            continue
        for prep in (t for t in child.subtree if t.dep_ == "prep" and t.lower_ in VENUE_PREPS):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                if venue_kind(pobj, lang) == "occasion" or (prep.lower_ == "on" and in_title(index, pobj)):
                    return pobj
    return None


def _medium_phrase(noun: Token, index: DocIndex, confidence: float, verb: Token | None = None) -> Evidence:
    """The venue a noun's phrase gives: the medium a bare description stands for, where one of that noun was named
    before ("told the magazine" after "the German magazine Der Spiegel": Der Spiegel, read where "the magazine"
    stands), else the phrase itself."""
    phrase = _with_closing_quote(occasion_phrase(noun))  # "an interview with CNN's "State of the Union""
    if verb is not None:  # "In an interview with Der Spiegel, Scholz said": not the speaker apposed to the medium
        phrase = _without_stranded_speaker(phrase, noun, verb)
    bare = [t.i for t in phrase] == [noun.i - 1, noun.i] and noun.doc[noun.i - 1].lower_ == "the"
    if bare and index.lang.addressee_words.get(noun.lemma_.lower()) == "medium":
        for earlier in reversed(noun.doc[: noun.i - 1]):
            if earlier.lemma_ != noun.lemma_:
                continue
            named = named_medium(earlier, index)
            if named is None and earlier.dep_ in {"compound", "amod"}:
                named = named_medium(earlier.head, index)  # "the German magazine Der Spiegel" headed by the name
            # only a name beside the noun: not "An Israeli newspaper owned by Adelson"
            if named is not None and named.span is not None and _next_to(named.span, earlier):
                stated = evidence_of(phrase, confidence)
                return Evidence(named.value, stated.span, 0.8 * confidence)
    return evidence_of(phrase, confidence)


def _next_to(span: Span, noun: Token) -> bool:
    """Whether a name's span stands right before or after a noun, but for a space ("magazine Der Spiegel")."""
    after = noun.idx + len(noun.text)
    return span.start in {after, after + 1} or span.end in {noun.idx, noun.idx - 1}


def _sourced_in_clause(verb: Token) -> list[Token]:
    """Source phrases the parser hung at the end of the clause the verb reports ("said exports fell, *according to a
    statement*")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    return [c for clause in clauses for c in clause.rights if c.dep_ == "prep" and c.lower_ in _SOURCED]


def _record_cited(phrase: Token, lang: LanguageData) -> Token | None:
    """The record a source phrase on the cue names ("according to a statement", a document or recording kind)."""
    nouns = (n for to in phrase.children if to.lower_ == "to" for n in to.children if n.dep_ == "pobj")
    return next((n for n in nouns if venue_kind(n, lang) in {"document", "recording"}), None)
