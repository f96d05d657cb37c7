"""How far a quotation's content reaches beside its cue: the quotation alone, or widened to the cue's clause where
that clause runs on outside the marks (a mixed quote: ``X said "A" every time ...``, ``The plan, X said, "is dead"``),
and the last paragraph of a quotation running over several (``attribute.py``'s quote stage)."""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.candidates import DocIndex
from quotegraph.extract.cues import is_cue
from quotegraph.extract.quotes import QuotedSpan
from quotegraph.extract.verbs import verb_content

_MAX_LISTENER = 4  # tokens between a cue and the quotation it interrupts a sentence for (", told reporters,")


def continued(index: DocIndex, quote: QuotedSpan) -> QuotedSpan:
    """The last paragraph of a quote running over several paragraphs (each reopened, only the last closed)."""
    pos = index.quotes.index(quote)
    while not quote.closed and pos + 1 < len(index.quotes):
        following = index.quotes[pos + 1]
        between = index.text[quote.outer_end : following.open]
        if between.strip() or "\n" not in between:
            break
        quote, pos = following, pos + 1
    return quote


def with_clause(index: DocIndex, quote: QuotedSpan, verb: Token) -> tuple[int, int]:
    """The quote, widened to the cue's whole clause when that clause runs on outside the marks (a mixed quote).

    ``X said "A" every time ...`` / ``America needs leaders "who ...," X said`` / ``The plan, X said, "is dead"``
    (a quote that goes on with the sentence the cue interrupts, its first word in lower case) /
    ``X praised her teacher, "a patient woman"`` (an object the quote ends).
    """
    start, end = _clause_extent(index, quote, verb)
    lead = _sentence_lead(index, quote, verb)
    return (start, end) if lead is None else (min(start, lead), end)


def _clause_extent(index: DocIndex, quote: QuotedSpan, verb: Token) -> tuple[int, int]:
    """The quote, widened to the cue's whole clause where the parse gives one (see ``with_clause``)."""
    span, rule = verb_content(verb, index)
    continued = rule == "verb_parenthetical" and index.text[quote.start : quote.start + 1].islower()
    if span is None or (rule not in {"verb_clause", "verb_inverted", "verb_colon", "verb_object"} and not continued):
        return _run_in(index, quote, verb)
    start, end = span
    if continued and _quoted_lead(index, start, verb):
        return quote.start, quote.end  # ""The labor market," he said, "is cooling"": two quotes, each its own
    if verb.idx < start and end <= quote.open and _object_leads_in(index, verb, end, quote):
        return start, quote.end
    telling = verb.lemma_.lower() in index.lang.addressee_verbs
    if telling and rule == "verb_object" and index.text[start : quote.open].rstrip().endswith(":"):
        return quote.start, quote.end  # "told Times Radio: 'A'": the parser ran the listener into the quotation
    if start >= quote.outer_end or end <= quote.open or (start <= verb.idx < end and not continued):
        return _run_in(index, quote, verb)
    outside = index.text[start : quote.open] + index.text[quote.outer_end : end]
    if not any(ch.isalnum() for ch in outside):
        return quote.start, quote.end
    return min(start, quote.start), max(end, quote.end)


def _quoted_lead(index: DocIndex, start: int, verb: Token) -> bool:
    """Whether the clause a cue interrupts opens (at offset ``start``) with a quotation of its own that closes
    before the cue: the words before the attribution are quoted apart."""
    return any(q.open <= start <= q.start and q.outer_end <= verb.idx for q in index.quotes)


def _sentence_lead(index: DocIndex, quote: QuotedSpan, verb: Token) -> int | None:
    """``The roads were empty, he added, "but people need to work."``: a quotation going on in lower case with
    the sentence its attribution interrupts, whatever clause the parse gives the cue, starts at the sentence's
    first word (the offset returned). None unless the attribution is set off by commas, with at most the
    listener between the cue and the quotation, and the words before it hold no cue, quotation or clause break.
    """
    if not index.text[quote.start : quote.start + 1].islower():
        return None
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i]
    first = index.token_at_or_after(quote.open)
    if not subjects or not 0 < first < len(index.doc) or index.doc[first - 1].text != ",":
        return None
    comma = subjects[0].left_edge.i - 1
    sent_start = index.doc[first].sent.start
    if comma <= sent_start or index.doc[comma].text != ",":
        return None
    listener = {t.i for c in verb.children if c.dep_ in {"dobj", "dative"} for t in c.subtree}
    after = index.doc[verb.i + 1 : first]
    if len(after) > _MAX_LISTENER or any(not t.is_punct and t.i not in listener for t in after):
        return None
    lead = index.doc[sent_start:comma]
    if any(is_cue(t, index) or index.in_quote(t) or t.text in ':;"“”()' for t in lead):
        return None
    if lead[-1].pos_ == "ADP" or lead[-1].dep_ == "prep":
        return None  # "including, he said, "A"": the quotation completes the phrase, not a sentence of its own
    return lead[0].idx if any(t.is_alpha for t in lead) else None


def _object_leads_in(index: DocIndex, verb: Token, end: int, quote: QuotedSpan) -> bool:
    """``X called him, among other things, "a failed candidate"``: a quote after the cue's object (offset ``end``),
    with only words of no other report between them (no cue, no clause break), ends the content the object opens."""
    if verb.dep_ in {"xcomp", "ccomp", "relcl", "pcomp"} or index.in_quote(verb):
        return False
    if verb.lemma_.lower() in index.lang.addressee_verbs:
        return False  # "X told reporters, "A"": the object of a verb of telling is the listener, not content
    if any(c.dep_ == "mark" or c.tag_ == "WRB" for c in verb.children):
        return False  # a cue inside a clause of condition or time ("when X railed against A, "B"") is no report
    between = index.doc[index.token_at_or_after(end) : index.token_at_or_after(quote.open)]
    if any(t.sent.start != verb.sent.start for t in between):
        return False
    return not any(is_cue(t, index) or t.text in {";", ":", "."} or index.in_quote(t) for t in between)


def _run_in(index: DocIndex, quote: QuotedSpan, verb: Token) -> tuple[int, int]:
    """``A is "B," X said`` when the parse gives the cue no clause: a quote that opens straight after a word (no
    comma or colon between) goes on with the words of its sentence before it, which have no cue of their own."""
    first = index.token_at_or_after(quote.open)
    if verb.idx < quote.outer_end or first >= len(index.doc):
        return quote.start, quote.end
    sent_start = index.doc[first].sent.start
    before = [t for t in index.doc[sent_start:first] if not t.is_space]
    # a verb of its own reports those words; an adjective of stance does not, nor a verb in a clause of condition or
    # time ("Iran is open to talks if Washington shows "mutual respect", X was quoted as saying")
    reporting = any((is_cue(t, index) and t.pos_ != "ADJ" and not _subordinate(t)) or t.text in ":;" for t in before)
    if not before or not before[-1].text[-1:].isalnum() or reporting:
        return quote.start, quote.end
    if any(index.in_quote(t) for t in before):
        return quote.start, quote.end
    return before[0].idx, quote.end


def _subordinate(verb: Token) -> bool:
    """Whether a verb heads a clause a conjunction subordinates ("if Washington shows", "when X railed")."""
    return any(c.dep_ == "mark" and c.lower_ != "that" for c in verb.children)
