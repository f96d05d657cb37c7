"""Reports the parser hung on the clause they report, written after it: the clause fronted and read as a noun phrase
(``Talks stalled on Monday, officials said``), coordinated with the report (``A and B, the hospital said``) or the
report read as its adverbial clause (``A, a source in the SBU told Reuters``, ``A after talks in Doha, Qatar's
ministry said``); and a clause of condition or time hung on such a report that is more of what was said (``A after
tests found B, the regulator said``). ``verbs.py`` reads the clause before the comma as the report's content.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.candidates import DocIndex
from quotegraph.extract.cues import is_cue, speaks
from quotegraph.extract.datelines import after_dateline, dateline_dash
from quotegraph.extract.headlines import in_headline
from quotegraph.extract.language import CueVerb, LanguageData
from quotegraph.extract.media_names import venue_kind
from quotegraph.extract.roles import title_word
from quotegraph.extract.subject_names import speaker_hung_as_apposition
from quotegraph.extract.verb_forms import SUBJECTS, appended_report, ends_sentence

_OBJECTS = {"dobj", "ccomp", "xcomp", "attr", "oprd", "dative"}  # a verb with one reports no fronted clause
_WHEN_PREPS = {"after", "before", "following"}  # "said on Tuesday after meeting Modi": when, not more of the report


def fronted_clause(verb: Token, index: DocIndex) -> int | None:
    """``Talks on a ceasefire stalled on Monday, officials said``: the parser read the fronted clause as a noun phrase
    with a participle (or as its dateline with a relative clause: "PORTO ALEGRE, Brazil - At least two people were
    killed ..., officials said") and hung it on the verb, whose subject a comma sets off from it, or made the noun a
    second subject of the verb; so it reads a headline's verbless clause with a subject of its own ("Duterte fit to
    stand trial, ICC judges rule") and a headline's noun phrase ("No breakthrough in talks, Kremlin says"; "Trump
    envoys meet Putin; no breakthrough, Kremlin says", after a semicolon). The comma's index, or None."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i]
    if verb.dep_ != "ROOT" or len(subjects) not in {1, 2} or verb.doc[subjects[-1].left_edge.i - 1].text != ",":
        return None
    listener = verb.lemma_.lower() in index.lang.object_listener_verbs  # "A, lawyers tell ICC"
    if _words_of_its_own(verb, listener):
        return None  # "In his autobiography, published in 2015, Mr. Cruz described how A": the verb's own object
    comma = subjects[-1].left_edge.i - 1
    headline = in_headline(index, verb.idx)
    # the fronted noun may be a second subject: "The first contingent ... left for Haiti, the ministry said"
    hung = {"advcl", "dep", "npadvmod"} | (SUBJECTS if len(subjects) == 2 else set())
    fronted = [c for c in verb.children if c.i < comma and c.dep_ in hung]
    if len(fronted) != 1:
        return None
    after_semicolon = headline and verb.doc[fronted[0].left_edge.i - 1].text == ";"
    if fronted[0].left_edge.i != verb.sent.start and not after_semicolon:
        return None
    # the phrases after the noun that the parser hung on the verb ("after just seven months in charge")
    between = [c for c in verb.children if fronted[0].right_edge.i < c.i < comma]
    if not all(c.dep_ in {"prep", "npadvmod"} for c in between):
        return None
    if max([fronted[0].right_edge.i, *(c.right_edge.i for c in between)]) != comma - 1:
        return None
    if fronted[0].pos_ not in {"NOUN", "PROPN"} and dateline_dash(fronted[0].left_edge) is None:
        return None
    words = after_dateline(list(fronted[0].subtree))
    # "Real Madrid sacked coach Xabi Alonso on Monday": the verb read as the participle of a noun
    participle = any(t.tag_ in {"VBD", "VBN"} and t.dep_ in {"acl", "relcl", "amod"} for t in words)
    # "Duterte fit to stand trial, ICC judges rule": a headline's verbless clause, with a subject of its own
    verbless = fronted[0].dep_ == "advcl" and any(c.dep_ == "nsubj" for c in fronted[0].children)
    return comma if participle or verbless or headline else None


def report_read_as_conjunct(verb: Token, lang: LanguageData) -> int | None:
    """``Lula was "well" and in intensive care, the hospital said``: the parser coordinated the report with the
    clause it reports, hanging the last words of that clause on it. A verb with a subject of its own, which one comma
    after the "and" (or a comma alone) sets off, and nothing of its own to report, ending the sentence, reports the
    clause before the comma. The comma's index, or None."""
    head, doc = verb.head, verb.doc
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i]
    if verb.dep_ != "conj" or head.i > verb.i or head.dep_ != "ROOT" or len(subjects) != 1:
        return None
    comma = subjects[0].left_edge.i - 1
    ands = [c for c in head.children if c.dep_ == "cc" and c.i < comma]
    if doc[comma].text != "," or (ands and any(t.is_punct for t in doc[ands[-1].i + 1 : comma])):
        return None
    # with no "and", the parser joined the report to its clause by the comma alone ("A, the head of its agency told
    # state media", "A, the U.N. human rights office said on Tuesday"), and a verb of telling may have its listener
    listener = not ands and verb.lemma_.lower() in lang.object_listener_verbs
    if _words_of_its_own(verb, listener):
        return None
    return comma if ends_sentence(verb) else None


def _report_read_as_adverbial(verb: Token, index: DocIndex) -> int | None:
    """``Ukrainian drones struck an oil depot overnight, a source in the SBU told Reuters on Monday``: the parser hung
    the report on the clause it reports as an adverbial clause. A verb with a subject of its own right after a comma,
    nothing before it that subordinates it ("as", "while"), nothing of its own to report but the listener of a verb of
    telling, and ending the sentence, reports the clause before the comma. The comma's index, or None."""
    head, doc = verb.head, verb.doc
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i]
    opened = 0
    if len(subjects) == 2 and any(c.dep_ == "mark" and c.i < subjects[0].i for c in verb.children):
        # "agreed to a ceasefire after talks in Doha, Qatar's ministry said": the parser made the subordinate
        # clause's noun a first subject of the report
        opened, subjects = subjects[0].right_edge.i + 1, subjects[1:]
    if verb.dep_ != "advcl" or head.i > verb.i or head.dep_ != "ROOT" or len(subjects) != 1:
        return None
    if any(c.dep_ in {"mark", "advmod", "aux"} and opened <= c.i < subjects[0].i for c in verb.children):
        return None
    comma = subjects[0].left_edge.i - 1
    if doc[comma].text != ",":
        return None
    listener = verb.lemma_.lower() in index.lang.object_listener_verbs
    if _words_of_its_own(verb, listener):
        return None
    return comma if ends_sentence(verb) else None


def _words_of_its_own(verb: Token, listener: bool) -> bool:
    """Whether a verb has an object or a clause of its own to report, the listener of a verb of telling aside."""
    return any(c.dep_ in _OBJECTS and not (listener and c.dep_ in {"dobj", "dative"}) for c in verb.children)


def report_after_its_clause(verb: Token, entry: CueVerb, index: DocIndex) -> int | None:
    """The comma before a report that the parser hung on the clause it reports (``appended_report``,
    ``report_read_as_conjunct``), when a verb of speech says it of someone who can speak (a name, a title, a source
    noun: not "a plan announced earlier this year", "their smiles said") with no phrase after it but of when or
    where ("announced on Wednesday", "said in a statement"; not "boasted of his skills")."""
    if entry.cls != "speech":
        return None
    comma = appended_report(verb)
    speaker = verb.head if comma is not None else None
    conjunct = report_read_as_conjunct(verb, index.lang)
    if comma is None and (comma := conjunct or _report_read_as_adverbial(verb, index)) is not None:
        speaker = next(c for c in verb.children if c.dep_ in SUBJECTS and c.i > comma)
    if comma is None and (speaker := speaker_hung_as_apposition(verb)) is not None:
        comma = speaker.left_edge.i - 1  # "A, Chief Executive Satya Nadella said": the name hung on A's last noun
    if comma is None or speaker is None or not _can_speak(speaker, index):
        return None
    for phrase in (c for c in verb.rights if c.dep_ == "prep" and verb.doc[c.i - 1].text != ","):
        objects = [o for o in phrase.children if o.dep_ == "pobj"]
        timed = phrase.lower_ in _WHEN_PREPS or any(t.ent_type_ in {"DATE", "TIME"} for t in phrase.subtree)
        if not timed and not any(_names_a_venue(o, index) for o in objects):
            return None
    return comma


def _names_a_venue(noun: Token, index: DocIndex) -> bool:
    """An occasion, record or medium ("in a statement", "in the journal Nature", "on Telegram")."""
    lang = index.lang
    medium = lang.addressee_words.get(noun.lemma_.lower()) in {"medium", "outlet_word"}
    return venue_kind(noun, lang) is not None or medium


def _can_speak(noun: Token, index: DocIndex) -> bool:
    lemma = noun.lemma_.lower()
    named = any(t.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} for t in noun.subtree if t.i <= noun.i)
    return named or title_word(noun, index.lang) or lemma in index.lang.source_nouns


def fronted_clause_tail(verb: Token, toks: list[Token], index: DocIndex) -> list[Token]:
    """``A is recalling B after tests found C, the regulator said``: a clause of condition, reason or time the parser
    hung on the cue verb, right after the fronted report it ends and before the comma that sets off the cue, is more
    of what was said; not a report of speech of its own ("A, as officials said, ...")."""
    end = max((t.i for t in toks), default=verb.i)
    if end >= verb.i:
        return []
    lang = index.lang
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.left_edge.i == end + 1 and c.i < verb.i):
        marked = any(m.dep_ == "mark" and m.lower_ in lang.qualifiers | lang.narration_marks for m in clause.children)
        speech = is_cue(clause, index) and speaks(clause, index)
        if (
            marked
            and not speech
            and clause.right_edge.i + 1 < verb.i
            and clause.doc[clause.right_edge.i + 1].text == ","
        ):
            return list(clause.subtree)
    return []
