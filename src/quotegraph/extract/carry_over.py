"""Values stated once carried over to the reports that state none: a speaker's venue to that speaker's later
attributions in the article (the nearest stated before), and to the earlier ones unless the report that states it marks
another occasion ("later told a news conference") or the earlier one an earlier day ("said last week") or no one
occasion ("has said"), or stands more than two paragraphs on with someone else reporting between, but never a news
medium told to a report written; an intermediary and a date to the same speaker's next attributions in the same
paragraph (an intermediary not to one that names its own occasion or listener).
"""

from __future__ import annotations

from itertools import pairwise

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.cues import cue_verb
from quotegraph.model import Evidence

_SENTENCE_ENDS = frozenset(".!?")
_CLOSING_MARKS = "\"'\u201d\u2019)"  # after a sentence's end: 'said "A."'
_PLACED_AFTER = 2  # paragraphs after a report within which the same speaker's next report may place it


def _negated(cand: Candidate, index: DocIndex) -> bool:
    """Whether a report's cue is negated ("The spokesman did not say whether ..."): what someone did not say is the
    writer's observation, made where the writer is, not relayed or given where the speaker's other words were."""
    return cand.cue_token is not None and any(c.dep_ == "neg" for c in index.doc[cand.cue_token].children)


def carry_over(index: DocIndex, candidates: list[Candidate]) -> None:
    """Carry the values stated once over to the reports that state none (see module doc)."""
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
    # a report that names its own occasion or listener ("Peskov later told reporters") was not relayed by whoever
    # relayed the speaker's words before it
    occasioned = {
        id(c) for c in ordered if c.venue is not None or c.addressee is not None or _another_occasion(c, index)
    }
    for cand in ordered:
        if cand.venue is None and cand.name and not cand.via and not _negated(cand, index):
            found = _stated_venue(cand, stated, index, ordered)
            if found is not None:
                cand.venue = Evidence(found.value, found.span, 0.6 * found.confidence)
    for prev, cand in pairwise(ordered):
        same = prev.name is not None and prev.name == cand.name
        if same and index.paragraph_of(prev.anchor) == index.paragraph_of(cand.anchor):
            if not cand.via and prev.via and not _negated(cand, index) and id(cand) not in occasioned:
                cand.via = list(prev.via)
            own_time = _said_before(cand, index) or _another_occasion(cand, index)  # "He added earlier this week"
            if cand.said_on is None and prev.said_on is not None and not own_time:
                cand.said_on = prev.said_on


def _stated_venue(
    cand: Candidate, stated: list[Candidate], index: DocIndex, ordered: list[Candidate]
) -> Evidence | None:
    """The venue the same speaker's nearest report before this one states, unless this one marks its occasion as
    another or an earlier time ("He added earlier this week that B"); else the one the first report after states (a
    lead's words are often placed in the next paragraph: "says X ... he said on France's LCI"), unless that report
    marks its occasion as another ("Blinken later told a news conference", "in another tweet") or an earlier time
    ("Musk had told CBS News a day earlier") or this one an earlier time ("Sefcovic said in Brussels last week"
    takes no "told the Financial Times") or none ("Huang has said", before or after the occasion stated). A report
    written takes no news medium told ("Mulroney writes" in his memoirs takes no "told CTV")."""
    written = _cue_class(cand, index) == "writing"
    same = [c for c in stated if c.name == cand.name and not (written and _medium_told(c))]
    before = [c for c in same if c.anchor < cand.anchor]
    if before and (_said_before(cand, index) or _another_occasion(cand, index) or _standing(cand, index)):
        return None  # "He added earlier this week that B" after "said in a televised address on Thursday that A"
    if before:
        return before[-1].venue
    after = next((c for c in same if c.anchor > cand.anchor), None)
    if after is None or _another_occasion(after, index) or _said_before(after, index):
        return None
    if _placed_apart(cand, after, ordered, index):
        return None
    if _said_before(cand, index) or _standing(cand, index):
        return None
    return after.venue


def _placed_apart(cand: Candidate, after: Candidate, ordered: list[Candidate], index: DocIndex) -> bool:
    """Whether a report's next by the same speaker stands more than ``_PLACED_AFTER`` paragraphs on, with someone
    else's report (not one inside either's content) between: the story has moved on ("Pfizer on Tuesday lowered its
    forecast, blaming A" ... the CFO, the CEO, analysts ... "Pfizer also said B, according to a filing")."""
    if index.paragraph_of(after.anchor) - index.paragraph_of(cand.anchor) <= _PLACED_AFTER:
        return False
    spans = (cand.content, after.content)
    return any(
        c.name
        and c.name != cand.name
        and cand.anchor < c.anchor < after.anchor
        and not any(s <= c.anchor < e for s, e in spans)
        for c in ordered
    )


def _cue_class(cand: Candidate, index: DocIndex) -> str | None:
    """The class of a report's cue verb (``cue_verbs.tsv``: "speech", "writing", ...)."""
    entry = cue_verb(index.doc[cand.cue_token], index.lang) if cand.cue_token is not None else None
    return entry.cls if entry is not None else None


def _medium_told(cand: Candidate) -> bool:
    """Whether a report's venue is the medium it told, its listener too ("told CTV", "told reporters")."""
    venue, listener = cand.venue, cand.addressee
    if venue is None or listener is None or venue.span is None or listener.span is None:
        return False
    return venue.span.start < listener.span.end and listener.span.start < venue.span.end


def _said_before(cand: Candidate, index: DocIndex) -> bool:
    """Whether a report's cue dates it before the article's day, outside its content: "said last week", "said two
    days ago", "had earlier said" (the language's past and unknown date words, ``dates.tsv``), or before the
    reports around it by its past perfect ("Trump, who had demanded the increase": not when he told reporters)."""
    if cand.cue_token is None:
        return False
    start, end = cand.content
    earlier = index.lang.past_words | index.lang.unknown_date_words
    cue = index.doc[cand.cue_token]
    if "Perf" in cue.morph.get("Aspect", []) and any(
        c.dep_ == "aux" and "Past" in c.morph.get("Tense", []) for c in cue.children
    ):
        return True
    for child in cue.children:
        if start <= child.idx < end or child.dep_ not in {"npadvmod", "advmod", "prep", "tmod"}:
            continue
        if any(t.lower_ in earlier for t in child.subtree):
            return True
    return False


def _standing(cand: Candidate, index: DocIndex) -> bool:
    """Whether a report's cue is in the present perfect past the article's lead ("Huang has said A. In an interview
    with CNBC, he said B", "has consistently denied"): a standing claim made on no one occasion, which takes no venue
    from another report. In the lead the perfect tells the news ("Mohamed Nasheed has announced that A" before "said
    in a telephone interview")."""
    if cand.cue_token is None:
        return False
    cue = index.doc[cand.cue_token]
    present = any(c.dep_ == "aux" and "Pres" in c.morph.get("Tense", []) for c in cue.children)
    return present and "Perf" in cue.morph.get("Aspect", []) and not _in_lead(cand, index)


def _in_lead(cand: Candidate, index: DocIndex) -> bool:
    """Whether a report lies in the article's lead: the first paragraph that ends a sentence (a headline ends none)."""
    starts = [*index.paragraph_starts, len(index.text)]
    for k in range(index.paragraph_of(cand.anchor)):
        block = index.text[starts[k] : starts[k + 1]].strip().rstrip(_CLOSING_MARKS)
        if block[-1:] in _SENTENCE_ENDS:
            return False
    return True


def _another_occasion(cand: Candidate, index: DocIndex) -> bool:
    """Whether a report marks its occasion as another than one before (``another_occasion`` in cue_phrases.tsv) on
    its cue ("later told") or in its venue ("another tweet")."""
    marks = index.lang.another_occasion
    if cand.cue_token is not None and any(c.lower_ in marks for c in index.doc[cand.cue_token].children):
        return True
    venue = cand.venue
    return venue is not None and any(word.lower() in marks for word in venue.value.split())
