"""Second reports the parser hung inside a first report's clause: ``X said A and said B``, ``X said A, saying B``.

The parser often makes the second reporting verb a conjunct or participle of A's verb rather than of "said", so
the first report's content would run on over the second, and the second verb would take A's subject for its
speaker. PolNeAR marks two quotes, both X's: the first clause stops before the second report, whose speaker is
the subject of the verb whose clause holds it. Only a subjectless conjunct or a participle counts: on PolNeAR
train, splitting at a conjunct with its own subject (``... and Y says B``) or a finite subordinate clause
(``because he thinks B``) lost as many matches as it gained. A second verb of judging with an object (``X said A
and called Y "Z"``, ``X said A, calling it B``) splits the same way: it is X's next report, not part of A. So does
a report with its own subject and clause in a clause of time (``narration_mark``: ``X warned that A, as aid groups
said B``), another source's report told beside X's (on PolNeAR train it gains about as many matches as it loses).

A report found before the verb's (a quotation with its own cue) that lies inside the verb's clause either ends
the clause, when it follows a break (``X said A, to which Y replied: "B"``), or is held by it whole, when it hangs
inside the clause (``X said Y was "right" when he said "B"``): both are quotes then.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.cues import claimed, cue_entry, cue_preps, is_cue, speaks
from quotegraph.extract.hung_clauses import clause_in_phrase
from quotegraph.extract.language import CueVerb
from quotegraph.extract.name_edges import is_title
from quotegraph.extract.subjects import speaker_of
from quotegraph.extract.verb_forms import SUBJECTS, bare_participle_passive

_JOINING = {"and", "but", "or"}
# the links up from a nested report to the reported clause that holds it, and how many may be climbed
_HUNG = {"conj", "advcl", "pcomp", "prep", "pobj"}
_REACH = 6
# Marks after which a second report can begin inside a first one's clause (", which X called", ": "...," Y wrote").
_CLAUSE_BREAKS = frozenset(",:;\u2014\u2013-(")


def _second_report_in(verb: Token, toks: list[Token], index: DocIndex) -> Token | None:
    """``X said A and said B`` / ``X said A, saying B``: a second report the parser hung inside the first one's
    clause (as a conjunct or participle of A's verb): a reporting verb with a clause of its own."""
    ids = {t.i for t in toks}
    for tok in sorted(toks, key=lambda t: t.i):
        if tok.i <= verb.i or tok.head.i not in ids or not is_cue(tok, index):
            continue
        if _reports(tok, index) and (_second_report(tok) or _contrasting_report(tok, index)):
            return tok
        if _contrasting_report(tok, index) and _reports_object(tok, index):
            return tok  # "X said A, while Y reported 49 deaths": set against A, with an object of its own
        if _report_told_beside(tok, index):
            return tok
        if _question_put(tok):
            return tok
        if _with_report(tok) and _reports(tok, index):
            return tok
    return None


def _with_report(tok: Token) -> bool:
    """``X said A, with aides saying B``: the participle of a "with" phrase set off after A, whose noun speaks; a
    report told beside X's, which the parser hung in A's clause."""
    noun = tok.head
    prep = noun.head
    set_off = prep.lower_ == "with" and prep.i > 0 and tok.doc[prep.i - 1].text == ","
    return tok.dep_ == "acl" and tok.tag_ == "VBG" and noun.dep_ == "pobj" and set_off


def _question_put(tok: Token) -> bool:
    """``X said A when asked whether B``: a question put to the speaker, with the clause asked after it, is a report
    of its own, whose asker is unnamed (PolNeAR marks it apart, with no source). Only a clause: a bare participle
    with a phrase (``also known as ISIS``, ``if viewed through the lens of A``, ``when asked to do so``) mostly goes
    on with the clause on PolNeAR train (two contents gained, four lost)."""
    return bare_participle_passive(tok) and any(c.i > tok.i and c.dep_ == "ccomp" for c in tok.children)


def _contrasting_report(tok: Token, index: DocIndex) -> bool:
    """``X said A, while Y said B``: a report with its own subject in a clause of contrast, which the parser hung on
    A's verb; Y's report is set against X's, not part of it (PolNeAR marks two quotes)."""
    marks = [c for c in tok.children if c.dep_ == "mark" and c.i < tok.i]
    subjects = [c for c in tok.children if c.dep_ in SUBJECTS and c.i < tok.i]
    after = tok.i > tok.head.i  # not "although Clinton has touted her experience, voters rated B": A's own opening
    contrast = any(m.lower_ in index.lang.contrast_marks for m in marks)
    return tok.dep_ == "advcl" and after and bool(subjects) and contrast


def _report_told_beside(tok: Token, index: DocIndex) -> bool:
    """``X warned that A, as aid groups said B``: a report with a subject and a clause of its own, in a clause that
    tells when (``narration_mark``), which the parser hung on A's verb; it is told beside X's report, not part of
    it."""
    marks = [c for c in tok.children if c.dep_ == "mark" and c.i < tok.i]
    subjects = [c for c in tok.children if c.dep_ in SUBJECTS and c.i < tok.i]
    clauses = [c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i]
    narrating = any(m.lower_ in index.lang.narration_marks for m in marks)
    return tok.dep_ == "advcl" and tok.i > tok.head.i and narrating and bool(subjects) and bool(clauses)


def _reports_object(tok: Token, index: DocIndex) -> bool:
    """A verb of speech or writing with an object after it ("reported 49 deaths"; not "favored Trump")."""
    return speaks(tok, index) and any(c.dep_ == "dobj" and c.i > tok.i for c in tok.children)


def _reports(tok: Token, index: DocIndex) -> bool:
    """A reporting verb with content of its own after it: a clause (``and said B``), for a past tense of speech an
    infinitive (``and promised to cut taxes``; not a verb of an object, ``and refused to drop the gun``, an act of
    the clause's subject as often) or, after a clause of a thing, an object (``_announces_object``), for a past tense
    of speech or judging its listed preposition (``but warned against B``, ``and called on mediators to B``) or, for
    a finite verb or a participle of judging, an object (``and criticized him for B``, ``, calling it "a sham"``).
    Other verbs of objects (``and wanted B``, ``, showing B``) mostly go on with the first content on PolNeAR
    train."""
    if any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
        return True
    entry = cue_entry(tok, index)
    if tok.tag_ == "VBG" and entry.lemma in index.lang.object_listener_verbs and clause_in_phrase(tok, entry, index):
        return True  # "X said A, telling a Senate hearing that B": the clause told, hung on its listener
    speech = entry.cls == "speech" and entry.content in {"both", "clause"}  # not "and refused to drop the gun"
    if speech and tok.tag_ == "VBD" and any(c.dep_ == "xcomp" and c.i > tok.i for c in tok.children):
        return True  # "X said A and promised to cut taxes": a verb of speech with its infinitive
    if _announces_object(tok, entry, index):
        return True  # "X said A and announced a review of gun laws": a verb of speech with its object
    if _refuses_after_thing(tok, entry, index):
        return True  # "X said search operations were ongoing but declined to give further details": X declined
    judging = entry.cls == "evaluation"
    if (speech or judging) and tok.tag_ == "VBD" and cue_preps(tok, entry, index):
        # "X told Y that A but warned against B", "X said A and called on Y to B": a verb of speech or judging with
        # its preposition
        return True
    return judging and tok.tag_ in {"VBD", "VBG"} and any(c.dep_ == "dobj" and c.i > tok.i for c in tok.children)


def _announces_object(tok: Token, entry: CueVerb, index: DocIndex) -> bool:
    """``X said the attack was evil and announced a review``: a past tense of speech that reports a clause or an
    object, with an object that is no listener ("and told the police A"), joined to the reported clause itself (not
    "while Manning had gone through a trial and acknowledged wrongdoing", a clause inside it) when a thing is that
    clause's subject, which announces nothing ("he heard Mateen talk of A and mentioned B" is his)."""
    if entry.cls != "speech" or entry.content != "both" or tok.tag_ != "VBD" or tok.dep_ != "conj":
        return False
    listener = tok.lemma_.lower() in index.lang.object_listener_verbs
    return _joined_to_thing(tok, index) and not listener and _reports_object(tok, index)


def _refuses_after_thing(tok: Token, entry: CueVerb, index: DocIndex) -> bool:
    """``X said search operations were ongoing but declined to give further details``: a past refusal
    (``refusal_verb``) with its infinitive, joined to the reported clause of a thing, which refuses nothing."""
    if entry.lemma not in index.lang.refusal_verbs or tok.tag_ != "VBD" or tok.dep_ != "conj":
        return False
    infinitive = any(c.dep_ == "xcomp" and c.i > tok.i for c in tok.children)
    return infinitive and _joined_to_thing(tok, index)


def _joined_to_thing(tok: Token, index: DocIndex) -> bool:
    """Whether a conjunct is joined to a reported clause (a cue's "that" clause) whose subject is a thing: a common
    noun that is no source noun, title or name."""
    subject = next((c for c in tok.head.children if c.dep_ in SUBJECTS), None)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_:
        return False
    thing = subject.lemma_.lower() not in index.lang.source_nouns and not is_title(subject, index.lang)
    return thing and tok.head.dep_ == "ccomp"


def _second_report(tok: Token) -> bool:
    """A conjunct with no subject of its own (``... and said B``; with a subject, ``... and Y says B`` is as often
    one report on PolNeAR train) or a participle (``..., saying B``, however the parser hung it after its comma); a
    finite subordinate clause (``because he thinks B``) is part of A."""
    if tok.dep_ == "conj":
        return not any(c.dep_ in SUBJECTS for c in tok.children)
    # or one set off by a comma that the parser hung elsewhere ("for plotting a coup, calling the sentence B")
    set_off = tok.dep_ in {"pcomp", "acl"} and tok.i > 0 and tok.doc[tok.i - 1].text == ","
    return (tok.dep_ == "advcl" or set_off) and tok.tag_ == "VBG"


def before_second_report(verb: Token, toks: list[Token], index: DocIndex) -> list[Token]:
    """The clause up to a nested report (see ``_second_report_in``), less the "and" or comma before it: the nested
    report is a quote of its own."""
    nested = _second_report_in(verb, toks, index)
    if nested is None:
        return toks
    start = nested.head.head.i if _with_report(nested) else nested.left_edge.i  # ", with aides saying B"
    kept = sorted((t for t in toks if t.i < start), key=lambda t: t.i)
    while kept and (kept[-1].dep_ in {"cc", "punct"} or kept[-1].is_space):
        kept.pop()
    return kept or toks


def reporter(verb: Token, index: DocIndex) -> tuple[Token | None, Token | None] | None:
    """The speaker of a nested report without a subject of its own (``X said A and said B``: X, not A's subject):
    the subject of the reporting verb whose clause holds it; None when the verb is no such nested report."""
    if not _second_report(verb) or not _reports(verb, index):
        return None
    tok = verb
    for _ in range(_REACH):
        if tok.dep_ not in _HUNG or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.dep_ == "ccomp" and tok.head.i != tok.i and is_cue(tok.head, index):
            return speaker_of(tok.head, passive_subject=False)
        if tok.dep_ in {"relcl", "acl"} and (holder := _holding_verb(tok, index)) is not None:
            return speaker_of(holder, passive_subject=False)
    return None


def _holding_verb(clause: Token, index: DocIndex) -> Token | None:
    """``X told a regular briefing that A and warned B``: the reporting verb whose "that" clause the parser hung in a
    phrase or on its listener (see ``clause_in_phrase``)."""
    holder = next((a for a in clause.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if holder is None or not is_cue(holder, index):
        return None
    return holder if clause_in_phrase(holder, cue_entry(holder, index), index) == clause else None


def before_nested(
    index: DocIndex, found: list[Candidate], verb: Token, content: tuple[int, int]
) -> tuple[int, int] | None:
    """``X said he backed the bill, which he called "a cartel"``, ``She said A, to which Y interjected: "B"``: a
    clause that reports found earlier claim keeps what comes before the first of them, when they all begin inside
    it (before a rival's cue's clause when that cue lies inside too, before its opening mark).

    None when a rival begins where the clause does or other than after a comma (with or without an "and" after it),
    colon, semicolon or dash, when it has its cue before the verb (it took the verb's own quotation: ``X stressed A
    and said B: "C"``), or when nothing of the clause is left.
    """
    start, end = content
    cut = end
    for cand in found:
        c_start, c_end = cand.content
        if c_end <= start or c_start >= end:
            continue
        if c_start <= start or cand.cue is None or cand.cue_token is None or cand.cue[0] < verb.idx:
            return None
        quote = index.quote_at(c_start)
        cut = min(cut, quote.open if quote is not None and quote.start == c_start else c_start)
        if cand.cue[0] < end:
            cut = min(cut, index.doc[cand.cue_token].left_edge.idx)
    before = index.text[start:cut].rstrip()
    last = before.rsplit(None, 1)[-1] if before else ""
    if last.lower() in _JOINING and before[: -len(last)].rstrip()[-1:] in _CLAUSE_BREAKS:
        before = before[: -len(last)].rstrip()  # "X said A, and when asked, Y replied: "B"": A ends at the comma
        cut = start + len(before)
    if not before or before[-1] not in _CLAUSE_BREAKS or claimed(found, (start, cut)):
        return None  # a rival inside the clause itself ('he would "do it"') is a piece of it, not a second report
    return start, cut


def holds_reports_whole(index: DocIndex, found: list[Candidate], verb: Token, content: tuple[int, int]) -> bool:
    """``X said Y was "right" when he said that "B."``: every report found inside a verb's clause lies whole within
    it, cue and content (up to the closing marks the clause stops before), with its cue in the clause itself (not in
    one coordinated after it): the clause holds them as reports of their own, and is one too."""
    start, end = content
    rivals = [c for c in found if c.content[0] < end and c.content[1] > start]
    if not rivals:
        return False
    for cand in rivals:
        tail = index.text[end : max(end, cand.content[1])]
        if cand.cue_token is None or cand.antecedent is not None or any(ch.isalnum() for ch in tail):
            return False
        cue = index.doc[cand.cue_token]
        if not _under_clause(cue, verb) or not start <= cue.idx < end or cand.content[0] <= start:
            return False
    return True


def holds_root_report(index: DocIndex, found: list[Candidate], verb: Token, content: tuple[int, int]) -> bool:
    """``The IMF now expects A, its chief economist said``: the parser made the fronted report the sentence's root
    and hung the speech verb on it; the speech verb's inverted content holds that report whole, cue and content, and
    is one too."""
    start, end = content
    rivals = [c for c in found if c.content[0] < end and c.content[1] > start]
    return bool(rivals) and all(
        c.cue_token == verb.head.i and c.antecedent is None and start <= c.content[0] and c.content[1] <= end
        for c in rivals
    )


def _under_clause(word: Token, verb: Token) -> bool:
    """``word`` lies in the verb's clause complement, not in a clause coordinated inside it (``X said A, and when
    asked, Y replied "B"``, the parser's conjunct of A)."""
    for tok in (word, *word.ancestors):
        if tok.head.i == verb.i:
            return tok.dep_ == "ccomp"
        if tok.dep_ == "conj":
            return False
    return False
