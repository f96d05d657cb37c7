"""Finding attributions in a parsed Doc: content, cue and speaker mention, by rules a reviewer can read.

Stages, in priority order (a later stage never takes a cue or content an earlier one claimed):

1. quotes with a cue beside them (``"A," he said`` / ``He said: "A"`` / ``"A," said X``), unless the quote is a
   piece of a clause an earlier cue reports (``X said that A "B" C``: the verb stage takes it as a mixed quote);
2. source prepositions (``according to X, ...``) and opinion phrases (``in X's opinion, ...``) (sources.py);
3. reporting verbs with a clausal complement (``X said (that) ...``, inverted ``..., says X``, ``X considers ...``,
   speech after a colon or dash), then with an object (``X denied the report``) (verbs.py);
   attitude adjectives (``X is skeptical of ...``) and verbs of appearance (``X appears to ...``) (attitudes.py);
   statement nouns (``X's claim that ...``, ``the warning by X that ...``) (nouns.py); a poll's findings
   (``In a new poll, X leads Y``) (findings.py);
4. speaker labels opening a paragraph (``Mayor Lee: ...``) and reporting verbs the tagger read as names in a
   title-case headline (``Senator Lee Slams Budget Cuts``) (headlines.py);
5. floating quotes: a quoted sentence with no cue takes the speaker of the nearest attributed quote in its
   paragraph (or the paragraph before), as in the Gender Gap Tracker's heuristics (Asr et al., 2021).

Quoted titles of works and programmes (``said on ABC's "This Week"``) are dropped before floating quotes are read
(titles.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.answers import answer_cues
from quotegraph.extract.asides import aside_cues
from quotegraph.extract.attitudes import attitude_cues
from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.content import extend_to_reach, trim
from quotegraph.extract.cues import cue_entry, cue_verb, is_cue, new_candidate, quote_verb_prior, speaks
from quotegraph.extract.findings import finding_cues
from quotegraph.extract.floating import floating_quotes
from quotegraph.extract.headlines import headline_verbs, speaker_labels
from quotegraph.extract.nested import outside_labels, outside_objects
from quotegraph.extract.nouns import noun_cues
from quotegraph.extract.quote_clauses import continued, with_clause
from quotegraph.extract.quotes import QuotedSpan
from quotegraph.extract.relatives import relative_cues
from quotegraph.extract.relayed import relays_cued_quotation, relays_quotation, verb_quoting
from quotegraph.extract.shapes import long_enough
from quotegraph.extract.signatures import signed_quotes
from quotegraph.extract.sources import source_phrases
from quotegraph.extract.subjects import speaker_of
from quotegraph.extract.titles import is_title, not_titles
from quotegraph.extract.verb_forms import SUBJECTS
from quotegraph.extract.verbs import verb_content, verb_cues

_WINDOW = 40
_NOMINAL = frozenset({"PROPN", "NOUN", "ADJ", "DET", "NUM"})
_COMPLEMENTS = {"dobj", "ccomp", "xcomp", "oprd", "attr", "acomp", "dative"}


def find_candidates(index: DocIndex) -> list[Candidate]:
    """Run every stage over the Doc and return the attributions found, in text order."""
    used: set[int] = set()
    found: list[Candidate] = []
    found += _quote_adjacent(index, used)
    found += source_phrases(index, used, found)
    found += verb_cues(index, used, found)
    found += relative_cues(index, used, found)
    found += aside_cues(index, used, found)
    found += answer_cues(index, used, found)
    found += attitude_cues(index, used, found)
    found += noun_cues(index, used, found)
    found += finding_cues(index, used, found)
    found += headline_verbs(index, used, found)
    labels = speaker_labels(index, found)
    found = outside_labels(found, labels) + labels
    found = not_titles(index, found)
    found += signed_quotes(index, found)
    found += not_titles(index, floating_quotes(index, found))
    extend_to_reach(index, found)
    found = outside_objects(index, found)
    return sorted(long_enough(index.text, found), key=lambda c: c.content)


def _cue_after(index: DocIndex, quote: QuotedSpan) -> tuple[Token, Token, str] | None:
    doc = index.doc
    full_stop = index.text[quote.end - 1] == "."
    window: list[Token] = []
    for tok in doc[index.token_at_or_after(quote.outer_end) :]:
        if tok.text in {".", "!", "?", "\n", "\n\n"} or "\n" in tok.text or index.in_quote(tok):
            break
        window.append(tok)
        if len(window) >= _WINDOW:
            break
    words = [t for t in window if not t.is_punct]
    if not window or (window[0].is_punct and window[0].text not in {",", "\u2014", "\u2013", "-"}) or not words:
        return None
    span_ids = {t.i for t in window}
    for tok in words:
        if full_stop and _has_complement(tok):
            continue  # '"... unhinged." Y called it ...': after a full stop, a cue with a complement is not its cue
        # a quote verb after a closed sentence ('"... ." X fired back in March') answers something else
        cue = is_cue(tok, index) if full_stop else _adjacent_cue(tok, index) or _cue_read_as_modifier(tok, index)
        if cue and not _has_own_content_after(tok, quote) and (quoted := _quoted_as_saying(words, tok, index)):
            return tok, quoted, "quote_cue_after"
        if cue and not _has_own_content_after(tok, quote):
            subjects = [c for c in tok.children if c.dep_ in SUBJECTS and c.i in span_ids]
            subject = subjects[0] if subjects else speaker_of(tok)[0]
            if subject is not None and subject.i in span_ids and _only_subject_between(words, tok, subject):
                return tok, subject, "quote_cue_after"
            subject = _speaker_left_before(index, window, tok)
            if subject is not None:
                return tok, subject, "quote_cue_after"
    return _inverted_speaker(index, words, span_ids)


def _quoted_as_saying(words: list[Token], cue: Token, index: DocIndex) -> Token | None:
    """``"A," X was quoted as saying (by Y)``: the one the verb before the cue quotes speaks, when only that verb's
    own words (its subject, auxiliaries, source and "as") stand between the quotation and the cue."""
    verb = verb_quoting(cue, index)
    if verb is None:
        return None
    speaker = speaker_of(verb)[0]
    if speaker is None or speaker.i > cue.i:
        return None
    own = {
        t.i for c in verb.children if c.dep_ in {*SUBJECTS, "dobj", "auxpass", "aux", "agent", "neg"} for t in c.subtree
    }
    own |= {verb.i, cue.head.i}
    return speaker if all(w.i in own for w in words if w.i < cue.i) else None


def _speaker_left_before(index: DocIndex, window: list[Token], verb: Token) -> Token | None:
    """``"A," Ramos, 58, told AFP``: a speaker the parser took from a verb of speech right after the quote (and
    hung, with the verb, on the quotation's own verb, or gave the verb a subject from inside the quotation), when
    only a noun phrase stands between the two.

    The phrase up to its first comma names the speaker; an apposition closed by a comma may follow. The name's
    last noun is the head.
    """
    entry = cue_verb(verb, index.lang)  # None for a verb that reports only next to a quotation ("X fumed")
    finite = verb.tag_ in {"VBD", "VBZ", "VBP"} or _cue_read_as_modifier(verb, index)
    if not finite or (entry is not None and entry.cls not in {"speech", "writing"}):
        return None
    if any(c.dep_ in SUBJECTS and not index.in_quote(c) for c in verb.children):
        return None
    before = [t for t in window if t.i < verb.i]
    first = next((i for i, t in enumerate(before) if t.text == ","), len(before))
    name, apposition = before[:first], before[first:]
    # "the club's captain", "the 65-year-old leftist"
    if not name or any(t.pos_ not in _NOMINAL and t.tag_ not in {"POS", "HYPH"} for t in name):
        return None
    if apposition and (apposition[-1].text != "," or any(t.pos_ in {"VERB", "AUX", "PRON"} for t in apposition)):
        return None
    if name[-1].pos_ == "ADJ" and name[0].lower_ == "the":
        return name[-1]  # "the 65-year-old leftist": an adjective used as a noun heads the phrase
    nouns = [t for t in name if t.pos_ in {"PROPN", "NOUN"}]
    return nouns[-1] if nouns else None


def _cue_read_as_modifier(tok: Token, index: DocIndex) -> bool:
    """``"A," the 65-year-old leftist told supporters``: a past tense of speech right after a quotation that the
    parser read as an adjective of the noun after it."""
    entry = cue_verb(tok, index.lang)
    after_word = tok.i > 0 and tok.doc[tok.i - 1].dep_ != "det"  # not "the said document"
    speech = entry is not None and entry.cls == "speech"
    return tok.dep_ == "amod" and tok.tag_ in {"VBD", "VBN"} and after_word and speech


def _inverted_speaker(index: DocIndex, words: list[Token], span_ids: set[int]) -> tuple[Token, Token, str] | None:
    """``"A?" asked the boy, who ...`` / ``"A," said X, who heads Y``: a finite verb of speech or writing right after
    the quote, left without a subject by the parser (which took the speaker for its object or for the subject of
    a later word), is the quote's cue, and the noun phrase right after it is the speaker."""
    verb = words[0]
    if not is_cue(verb, index) or verb.tag_ not in {"VBD", "VBZ"} or verb.i + 1 >= len(index.doc):
        return None
    if not speaks(verb, index) or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    speaker = index.doc[verb.i + 1]
    while speaker.dep_ in {"det", "compound", "amod", "poss"} and speaker.head.i > speaker.i:
        speaker = speaker.head
    if speaker.pos_ not in {"PROPN", "NOUN"} or speaker.i not in span_ids:
        return None
    return verb, speaker, "quote_inverted"


def _adjacent_cue(tok: Token, index: DocIndex) -> bool:
    """A cue of a quotation next to it: a reporting verb, or a verb that reports only there ("X interjected:")."""
    return is_cue(tok, index) or quote_verb_prior(tok, index) is not None


def _has_complement(verb: Token) -> bool:
    return any(c.dep_ in _COMPLEMENTS for c in verb.children)


def _only_subject_between(words: list[Token], verb: Token, subject: Token) -> bool:
    """``"A," X said`` / ``"A," said X``: the words between the quote and the cue belong to the speaker.

    A quote followed by words of another clause (``"A" for the judge to criticize``) is not this cue's content.
    """
    subject_ids = {t.i for t in subject.subtree}
    return all(w.i in subject_ids or w.pos_ in {"ADV", "AUX", "PART"} for w in words if w.i < verb.i)


def _cue_before(index: DocIndex, quote: QuotedSpan) -> Token | None:
    text = index.text
    before = text[: quote.open].rstrip()
    if not before or (
        before[-1] not in {":", ",", "\u2014", "\u2013"}
        and not before.endswith(("said", "says"))
        and not _verb_right_before(index, quote)
    ):
        return None
    para_start = text.rfind("\n", 0, quote.open) + 1
    if before.endswith(":") and not text[para_start : quote.open].strip():
        # 'X said:' closing one paragraph, the quote opening the next: the cue is in the paragraph before.
        para_start = text.rfind("\n", 0, len(before)) + 1
    first, last = index.token_at_or_after(para_start), index.token_at_or_after(quote.open)
    toks = [t for t in index.doc[first:last] if not index.in_quote(t)]
    if toks:
        sent_start = toks[-1].sent.start
        toks = [t for t in toks if t.i >= sent_start]
    for tok in reversed(toks):
        if _adjacent_cue(tok, index):
            subject, _ = speaker_of(tok, passive_subject=False)
            if subject is not None and not _has_clause_content(tok, quote):
                return tok
            return None
    return None


def _verb_right_before(index: DocIndex, quote: QuotedSpan) -> bool:
    """``X said "A"``, ``the crowd chanted "A"``, ``some yelled "A!"``: a verb of speech right before
    the opening mark, with nothing between, whose words the quote gives. Only for a quote that is an utterance of its
    own: one that opens in lower case (``X added "is regrettable."``) or that the sentence runs on after (``X yelled
    "fire" in a theatre``) is a piece of a longer report."""
    last = index.token_at_or_after(quote.open) - 1
    rest = index.text[quote.outer_end :].lstrip(" ")
    ends = not rest or rest[0] in ".\n" or index.text[quote.end - 1] in ".!?"
    if last < 0 or not ends or index.text[quote.start].islower():
        return False
    verb = index.doc[last]
    return verb.tag_.startswith("VB") and is_cue(verb, index) and cue_entry(verb, index).cls == "speech"


def _has_own_content_after(verb: Token, quote: QuotedSpan) -> bool:
    """True when a cue after a quote governs a complement of its own ("...." X said it was ...).

    A cue whose complement is (also) the quote itself keeps the quote, however the rest of the clause was parsed.
    """
    complements = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"}]
    if any(quote.start <= c.idx < quote.end for c in complements):
        return False
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and any(c.dep_ == "dobj" and c.pos_ != "PRON" for c in verb.rights):
        return True  # '"unhinged" a tweet attacking a former Miss Universe': the participle has its own object
    inverted = [c for c in verb.children if c.dep_ in SUBJECTS and c.i > verb.i]
    if inverted:  # '"A," said X, who founded ...': what follows the speaker is no complement of the cue
        complements = [c for c in complements if c.i < inverted[0].i]
    return any(c.i > verb.i and c.idx >= quote.outer_end for c in complements)


def _has_clause_content(verb: Token, quote: QuotedSpan) -> bool:
    """True when the verb already has its own unquoted complement before the quote."""
    return any(c.dep_ == "ccomp" and c.idx < quote.open and c.i > verb.i for c in verb.children)


def _quote_adjacent(index: DocIndex, used: set[int]) -> list[Candidate]:
    found: list[Candidate] = []
    for quote in index.quotes:
        if any(_nests(index, c, quote) for c in found) or is_title(index, quote):
            continue  # a title's cue ("X said in his book, "A Title."") stays free to report its own clause
        after = None if _inside_report(index, quote) else _cue_after(index, quote)
        if after is not None and relays_cued_quotation(after[0], quote.open, index):
            after = None  # the quotation is the report's whose cue comes before it, which the relay carries
        verb, subject, rule = after if after else (None, None, "")
        if verb is None:
            verb, rule = _cue_before(index, quote), "quote_cue_before"
        if verb is None:
            continue
        listed = is_cue(verb, index)
        if listed and rule != "quote_inverted":
            prior, content = cue_entry(verb, index).confidence, with_clause(index, quote, verb)
        else:  # a quote verb, or a cue whose parse is broken: the content is the quotation alone
            prior = quote_verb_prior(verb, index) or (cue_entry(verb, index).confidence if listed else 0.0)
            content = (quote.start, quote.end)
        if rule == "quote_cue_before":
            content = (content[0], max(content[1], continued(index, quote).end))
        if subject is not None and quote.outer_end <= subject.idx < content[1]:
            content = (content[0], quote.end)  # the parser hung the speaker in the quotation's clause: not its words
        cand = new_candidate(index, content, rule, verb, 0.95 * prior, subject)
        if cand is not None and cand.speaker_token is not None:
            used.add(verb.i)
            found.append(cand)
    return found


def _inside_report(index: DocIndex, quote: QuotedSpan) -> bool:
    """True when the quote lies inside the clause an earlier cue of its sentence reports, with words of that clause
    outside the marks (``X added that some were "bad dudes" who were seeking a fight``): the quote is a piece of
    that report (a mixed quote), not a statement of its own whose cue follows it (nor is a full stop inside the
    marks: 'X said it could "kill the company." He apologised')."""
    first = index.token_at_or_after(quote.open)
    if first >= len(index.doc):
        return False
    sent = index.doc[first].sent
    words_end = trim(index.text, quote.start, quote.end)[1]
    for tok in index.doc[sent.start : first]:
        if not is_cue(tok, index):
            continue
        span, rule = verb_content(tok, index)
        if span is None or rule not in {"verb_clause", "verb_object"} or span[0] > quote.start or span[1] < words_end:
            continue
        if span[1] < quote.end and tok.dep_ == "relcl":
            continue  # "The loopholes he cited are "A," X reported": a clause the parse gave a cue on a noun
        outside = index.text[span[0] : quote.open] + index.text[quote.outer_end : span[1]]
        if any(ch.isalnum() for ch in outside) or relays_quotation(tok, quote.outer_end, index):
            return True
    return False


def _nests(index: DocIndex, cand: Candidate, quote: QuotedSpan) -> bool:
    """A quote inside a one-paragraph quote belongs to it; one inside a block quote of several paragraphs may be
    a report of its own (``... "A," X charged. ...``)."""
    start, end = cand.content
    return start <= quote.start and quote.end <= end and index.paragraph_of(start) == index.paragraph_of(end)
