"""How far a reporting verb's content reaches past its complement.

The parser hangs much of a report on the reporting verb rather than on its content: clauses coordinated after the
complement (``X said A, but B``), a report the cue interrupts (``A, X said, because B``), a continuation parsed as
the main clause (``X said A; B``), what runs on after an object (``accused him of lying``, ``urged X to act``),
clauses of condition or contrast and lists after a colon; and where a clause's content starts, at its "that"
past a lead-in (``from_that``). These helpers return the tokens that belong to the content; ``verbs.py`` decides
which apply to which complement.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from quotegraph.extract.candidates import DocIndex
from quotegraph.extract.cues import is_cue
from quotegraph.extract.verb_forms import SUBJECTS, appended_report

_TIMES = {"DATE", "TIME"}
_TAIL_DEPS = {"prep", "oprd", "xcomp", "dative", "acomp", "attr", "npadvmod", "advmod"}


def coordinated(verb: Token, last: int, index: DocIndex, continues: Callable[[Token, DocIndex], bool]) -> list[Token]:
    """The parser often hangs what is coordinated with the content on the reporting verb (``X said A, but B``,
    ``X proposed A and B``): the first conjunct of the verb after token ``last`` that ``continues`` the content,
    with the "and" or comma before it; none when anything else comes first."""
    out: list[Token] = []
    for child in verb.rights:
        if child.i <= last:
            continue
        if child.dep_ in {"cc", "punct"}:
            out.append(child)
            continue
        if child.dep_ == "conj" and continues(child, index):
            return [*out, child]
        break
    return []


def resumed(verb: Token, index: DocIndex) -> list[Token]:
    """``A, X said, because B`` / ``A, X said, while others B``: a report that the cue interrupts goes on after it
    in a clause of its own hung on the cue (the span runs over the cue, as one stretch)."""
    for child in verb.rights:
        if child.dep_ in SUBJECTS or child.dep_ in {"punct", "npadvmod", "advmod", "prep"}:
            continue
        marks = {c.lower_ for c in child.children if c.dep_ == "mark"}
        if marks & index.lang.narration_marks:
            break  # "A, his spokesman said late on Friday, weeks after the president took office": when, not what
        if child.tag_ == "VBG" and not any(c.dep_ in SUBJECTS or c.dep_ == "mark" for c in child.children):
            break  # "A, the group said, prompting it to pause its work": what the speaker did, not what was said
        if child.dep_ in {"advcl", "conj"} and not any(is_cue(t, index) for t in child.subtree):
            return list(child.subtree)
        break
    return []


def run_on(verb: Token, last: int, index: DocIndex) -> list[Token]:
    """``X said A; B`` / ``X said A, so B`` parsed with "X said A" as the clause of a later verb B (no reporting
    verb): the parser took the report's continuation for the main clause, and the report runs on through it."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i <= last or head.pos_ not in {"VERB", "AUX"} or is_cue(head, index):
        return []
    return [t for t in head.subtree if t.i > last]


def qualifying_clause(verb: Token, last: int, index: DocIndex) -> list[Token]:
    """``X backed a ban while Y is reviewed`` / ``X defended the process, though not the results``: a clause of
    condition, contrast or reason after the object qualifies what was said (not one with a reporting verb). Its
    conjunctions are language data (``qualifier`` in cue_phrases.tsv)."""
    for child in verb.rights:
        if child.i <= last or child.dep_ == "punct":
            continue
        marks = [c for c in child.children if c.dep_ == "mark" and c.lower_ in index.lang.qualifiers]
        if child.dep_ == "advcl" and marks and not any(is_cue(t, index) for t in child.subtree):
            return [child]
        break
    return []


def colon_list(verb: Token, last: int, index: DocIndex) -> list[Token]:
    """``X listed three goals: A, B and C``: what follows a colon right after the object spells the object out, up
    to the end of the sentence (not when it holds a reporting verb of its own)."""
    doc = verb.doc
    if last + 2 >= verb.sent.end or doc[last + 1].text != ":":
        return []
    rest = list(doc[last + 2 : verb.sent.end])
    if any(is_cue(t, index) for t in rest):
        return []
    return rest


def continues_report(clause: Token, index: DocIndex) -> bool:
    """A clause coordinated to a reporting verb that goes on with its report: one opened by "that" (``X said A,
    but that B``), or one with no reporting verb in it that has its own subject (``..., and B happened``) or is a
    bare infinitive sharing the complement's modal (``X said he would A and then B``)."""
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return True
    if any(is_cue(t, index) for t in clause.subtree):
        return False
    return clause.tag_ == "VB" or any(c.dep_ in SUBJECTS for c in clause.children)


def continues_object(conjunct: Token, index: DocIndex) -> bool:
    """A conjunct coordinated to a verb of objects that is another object (``X backed the tax and new tariffs``)
    or another infinitive of an infinitive object (``X hopes to win A and keep B``), with no reporting verb in it."""
    if any(c.dep_ in SUBJECTS for c in conjunct.children) or any(is_cue(t, index) for t in conjunct.subtree):
        return False
    return conjunct.pos_ in {"NOUN", "PROPN"} or conjunct.tag_ == "VB"


def infinitive(token: Token) -> bool:
    """``renewed his call to raise wages``: an infinitive the parser hung on the verb rather than on the object."""
    return (
        token.dep_ == "advcl"
        and token.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    )


def object_tail(children: list[Token], objects: list[Token], index: DocIndex) -> list[Token]:
    """What runs on after the object: ``accused him of lying``, ``described it as a mistake``, ``urged X to act``,
    ``backed a plan to cut taxes``.

    The tail stops at the first comma (unless a preposition of examples follows it: ``, like ...``), conjunction
    or coordinated clause, and skips time expressions.
    """
    first = min(c.i for c in objects)
    tail: list[Token] = []
    for child in children:
        if child.i <= first or child in objects:
            continue
        if child.dep_ == "punct" and child.text == "," and elaborating_prep(child, index):
            continue
        if child.dep_ not in _TAIL_DEPS and not infinitive(child):
            break
        if not any(t.ent_type_ in _TIMES for t in (child, *child.children)) and not time_phrase(child):
            tail.append(child)
    return tail


def apposed_after_clause(verb: Token, noun: Token) -> bool:
    """``apologised after the carmaker admitted to cheating on tests for seven models, the latest in a string of
    scandals``: a noun phrase set off by a comma after a clause the verb governs sums up that clause; the parser made
    it the verb's object."""
    doc = noun.doc
    set_off = noun.left_edge.i > 0 and doc[noun.left_edge.i - 1].text == ","
    return set_off and any(c.dep_ == "advcl" and verb.i < c.i < noun.i for c in verb.children)


def time_phrase(child: Token) -> bool:
    """Whether a phrase hung on a verb only says when: its words past a preposition all of a date or time ("on
    Sunday"), or an adverb before such a phrase on the same verb ("late" of "conceded defeat late on Sunday")."""
    doc = child.doc
    words = [t for t in child.subtree if not t.is_punct and not (t.i == child.i and t.dep_ == "prep")]
    if words and all(t.ent_type_ in _TIMES for t in words):
        return True
    after = child.right_edge.i + 1
    return (
        child.dep_ == "advmod"
        and after < len(doc)
        and doc[after].head == child.head
        and doc[after].i != child.head.i
        and time_phrase(doc[after])
    )


def elaborating_prep(comma: Token, index: DocIndex) -> bool:
    """``X backed the deals, like A and B``: a comma the tail runs past, before a preposition that gives examples
    of or limits the object (language data: ``elaboration`` in cue_phrases.tsv)."""
    doc = comma.doc
    after = doc[comma.i + 1] if comma.i + 1 < len(doc) else None
    return (
        after is not None
        and after.head.i == comma.head.i
        and after.dep_ == "prep"
        and after.lower_ in index.lang.elaborations
    )


def from_that(toks: list[Token], index: DocIndex) -> list[Token]:
    """A clause's tokens from its "that" on, when the words before it are a short lead-in with no report of its own
    or a participial phrase set off by commas; else all of them."""
    marks = sorted((t for t in toks if t.dep_ == "mark" and t.lower_ == "that"), key=lambda t: t.i)
    if marks and (
        _lead_in_before(toks, marks[0], index)
        or _participle_before(toks, marks[0])
        or _participle_of_phrase_before(toks, marks[0])
    ):
        return [t for t in toks if t.i >= marks[0].i]
    return toks


def _lead_in_before(toks: list[Token], mark: Token, index: DocIndex) -> bool:
    """Up to four words before the "that" of a clause, holding no report of their own and no clause above it (a
    subject and its verb: "said he would ensure that A" reports "he would ensure that A", "said there was no sign
    that A" all of it; an aside, "as it happens", is none): no part of what was said."""
    governing = set(mark.head.ancestors)  # the verbs above the "that" clause, not an aside ("as it happens")
    # "said there was no indication that A": an expletive "there" is a subject too
    clause = any((t.dep_ in SUBJECTS or t.dep_ == "expl") and t.i < mark.i and t.head in governing for t in toks)
    return toks[0].i < mark.i <= toks[0].i + 4 and not clause and not _report_before(toks, mark, index)


def _participle_before(toks: list[Token], mark: Token) -> bool:
    """``X reported, citing people familiar with the matter, that A``, ``X told aides, according to Y, that A``: the
    words before the "that" are a participial phrase set off by commas (the parser hung it on the reported clause),
    no part of what was reported."""
    before = [t for t in toks if t.i < mark.i and not t.is_punct]
    heads = [t for t in before if t.dep_ in {"advcl", "prep"} and t.tag_ == "VBG" and t.head.i > mark.i]
    return bool(heads) and all(any(h.left_edge.i <= t.i <= h.right_edge.i for h in heads) for t in before)


def _participle_of_phrase_before(toks: list[Token], mark: Token) -> bool:
    """``X said in an interview with Der Spiegel published Saturday that A``: the parser read the participle after
    the verb's phrase as the reported clause's verb; up to four words before the "that", opening with that
    subjectless verb right after a preposition's object, describe the phrase, no part of what was said."""
    head = min(toks, key=lambda t: t.i)
    doc = head.doc
    if not head.i < mark.i <= head.i + 4 or head.tag_ not in {"VBD", "VBN"} or head.i < 2:
        return False
    if any(c.dep_ in SUBJECTS for c in head.children):
        return False
    before = doc[head.i - 1]
    return before.pos_ in {"NOUN", "PROPN"} and any(a.dep_ == "prep" for a in before.ancestors)


def _report_before(toks: list[Token], mark: Token, index: DocIndex) -> bool:
    """``A video shows X saying that A``: the words before the "that" hold a report of their own, whose clause the
    "that" opens; the content keeps them (the nested report is found on its own)."""
    return any(t.i < mark.i and t.pos_ == "VERB" and is_cue(t, index) for t in toks)


def reporting_participles(objects: list[Token], index: DocIndex) -> set[int]:
    """``promised to cut energy bills, *telling the BBC that A*``: a participle of speech set off by a comma inside an
    object, with a report of its own, is no part of the object (the token indexes to leave out, its comma with it);
    it reports on its own, as it does when the parser hangs it on the cue; so does a report the parser hung on the
    object's last noun (``appended_report``), from its comma on."""
    out: set[int] = set()
    for obj in objects:
        for tok in obj.subtree:
            set_off = tok.i > obj.i and tok.doc[tok.left_edge.i - 1].text == ","
            reports = any(c.dep_ == "ccomp" for c in tok.children)
            if tok.dep_ == "advcl" and tok.tag_ == "VBG" and set_off and reports and is_cue(tok, index):
                out |= {t.i for t in tok.subtree} | {tok.left_edge.i - 1}
            elif (comma := appended_report(tok)) is not None and is_cue(tok, index):
                out |= set(range(comma, tok.right_edge.i + 1))  # "agreed to a ceasefire, Qatar's premier announced"
    return out


def without_leading_time(clause: Token, toks: list[Token]) -> list[Token]:
    """``X said (early) on Friday he expected A``: a time phrase the parser hung on the reported clause, before its
    subject, right after the cue, is when it was said (read as the statement date), no part of what was said."""
    subjects = [c for c in clause.children if c.dep_ in SUBJECTS]
    times = [c for c in clause.children if c.dep_ in {"prep", "npadvmod"} and subjects and c.i < subjects[0].i]
    lead = [c for c in times if c.left_edge.i == min(t.i for t in toks)]
    # "early on Wednesday": an adverb before the preposition places the time within it
    placing = {c.i for c in lead[0].lefts if c.dep_ == "advmod"} if lead else set()
    if not lead or not all(
        t.ent_type_ in {"DATE", "TIME"} for t in lead[0].subtree if t.dep_ != "prep" and t.i not in placing
    ):
        return toks
    cut = {t.i for t in lead[0].subtree}
    return [t for t in toks if t.i not in cut]


def without_summing_up(toks: list[Token], index: DocIndex) -> list[Token]:
    """``X said its forces had struck military targets, a claim Kyiv rejected``: a noun phrase set off at the end of
    a reported clause that names it as a statement, indefinitely (its noun a verb of speech's, "a claim", "a charge",
    or a statement's, "a remark"), and says in a clause of its own what others made of it sums the clause up for the
    writer and is no part of it ("not violence, only a loud voice" is; "a plan the billionaire has modified" names no
    statement, and "the state where he served" no statement made)."""
    ids = {t.i for t in toks}
    for tok in toks:
        if not _set_off_noun(tok) or tok.head.i not in ids or tok.i < tok.head.i:
            continue
        statement = _statement_named(tok, index) and any(c.dep_ in {"relcl", "acl"} for c in tok.children)
        start = tok.left_edge.i
        before = tok.doc[max(start - 2, 0) : start]  # the comma, inside a closing quotation mark or not
        if statement and any(t.text == "," for t in before) and tok.right_edge.i == max(ids):
            cut = {t.i for t in tok.subtree} | ({start - 1} if tok.doc[start - 1].text == "," else set())
            return [t for t in toks if t.i not in cut]
    return toks


def _statement_named(noun: Token, index: DocIndex) -> bool:
    """Whether a noun names a statement indefinitely: its noun a verb of speech's ("a claim", "a charge") or a
    statement's ("a remark"), after "a" or the like."""
    lemma = noun.lemma_.lower()
    entry = index.lang.cue_verbs.get(lemma)
    spoken = (entry is not None and entry.cls == "speech") or index.lang.venue_nouns.get(lemma) == "statement"
    return spoken and any(c.dep_ == "det" and c.lower_ in index.lang.unnamed_markers for c in noun.children)


def summing_up_verb(verb: Token, index: DocIndex) -> bool:
    """``Walhi blamed illegal logging for the disaster, a charge the ministry denied``: the parser made the clause
    before a noun that sums it up as a statement the clause of the verb in that noun's relative clause, and the
    noun its object; the verb reports no clause (as in "Russia said A, a claim Kyiv rejected": ``without_summing_up``),
    and the clause is the report of its own verb."""
    nouns = [c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i]
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if not nouns or not clauses or clauses[0].i > nouns[0].i:
        return False
    start = nouns[0].left_edge.i
    return start > 0 and verb.doc[start - 1].text == "," and _statement_named(nouns[0], index)


def _set_off_noun(noun: Token) -> bool:
    """Whether a noun phrase is set off after what it follows: an apposition, or what the parser read as a second
    object of the clause's verb, or as an adverbial noun, right after a comma ("had taken control of Pokrovsk, a
    claim Kyiv rejected"; not "sending a signal that ...", the participle's one object)."""
    if noun.dep_ == "appos":
        return True
    comma = noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == ","
    second = any(c.dep_ == "dobj" and c.i < noun.i for c in noun.head.children)
    return comma and (noun.dep_ == "npadvmod" or (noun.dep_ == "dobj" and second))
