"""The learned finder (``quotegraph.learned_finder.v1``): tagger spans, linked, merged with the rules' attributions.

The tagger proposes every content, source and cue span; linking joins them into attributions; a rule attribution
whose content the tagger reads as none at all is dropped; where a rule attribution and a learned one cover the same
content, the merge selector (``selector.py``, trained on PolNeAR train) decides which span stands (the rule's, where
the learned one is only the part of it one model window saw: ``cut_short``), and a learned span that wins takes the
rule's cue and speaker where it has none of its own (and the rule's speaker where both read the same cue); a learned
attribution no rule overlaps stands only on a high content score; the boundary refiner (``boundaries.py``) then
moves content edges where its trees are confident, and the verifier (``verifier.py``) drops the attributions it
judges unlikely to be anyone's words. Resolution and context reading then run as on the rules' own candidates.
``by_confidence`` is the fixed policy the selector replaced (a rule with confidence at least ``RULE_PRIORITY``
wins), kept for comparison.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from quotegraph.extract.attribute import find_candidates
from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.cues import supposes
from quotegraph.extract.datelines import in_dateline
from quotegraph.extract.learned.boundaries import refine
from quotegraph.extract.learned.candidates import to_candidate
from quotegraph.extract.learned.linking import Linked, link
from quotegraph.extract.learned.nearby import Nearby
from quotegraph.extract.learned.reconcile import (
    overlaps,
    relayed_reports,
    relinked,
    without_attributions,
    without_records,
    without_relays,
)
from quotegraph.extract.learned.selector import learned_wins
from quotegraph.extract.learned.tagger import MIN_CONTENT_SCORE, TaggedSpan, Tagging, load_tagger
from quotegraph.extract.learned.verifier import verified
from quotegraph.extract.shapes import long_enough
from quotegraph.extract.sources import SOURCE_PHRASE_RULE
from quotegraph.registry import finders

RULE_PRIORITY = 0.7  # by_confidence: rule confidence from which a rule attribution wins an overlap
# A learned attribution that displaces a rule one takes the rule's cue and speaker where it has none of its own
# (PolNeAR, polnear convention, accurate e2e F1: always taking them 75.3 on dev and 73.5 on train, only where
# missing 75.6 and 74.3, never 75.6 and 73.5 on dev), and the rule's speaker where both read the same cue word: the
# rules read its subject with more care (a participle's or conjunct's subject up the clause, no one for an
# agentless passive; dev e2e matches 1,631 -> 1,635, train 14,280 -> 14,286).
BORROW_SPEAKER = True
# A rule attribution over which the tagger reads almost no content is dropped (mean P(content) below this).
# PolNeAR, polnear convention, accurate mode's output filtered at none / 0.03 / 0.05 / 0.08 / 0.1, exact / partial /
# end-to-end F1: dev 65.3 / 83.6 / 76.9, 65.5 / 83.6 / 77.1, 65.6 / 83.8 / 77.2, 65.6 / 83.6 / 77.1, 65.6 / 83.6 /
# 77.0; train 66.6 / 82.2 / 75.1, 66.8 / 82.4 / 75.3, 66.9 / 82.4 / 75.4, 67.1 / 82.5 / 75.4, 67.2 / 82.5 / 75.5
# (below 0.05, 22 % of them match a gold content on train and 23 % on dev). Run in the merge: dev 65.6 / 83.7 / 77.2.
RULE_VETO_BELOW = 0.05
# A direct quote the rules found with at least this many words is speech whatever the tagger reads: the vetoed
# direct quotes on PolNeAR dev were titles and handles ("The Steve Harvey Morning Show," "Follow X on Twitter"), and
# on the Wikinews demo the GPU-trained tagger read a 50-word quotation after "Wilkins also said ..." as no content.
# PolNeAR dev, accurate: +1 exact, partial and end-to-end match, one more prediction.
VETO_SPARES_QUOTES_OF = 8
# A learned attribution that no rule attribution overlaps stands on the tagger alone: it needs a content score of
# at least this (the floor for any content is MIN_CONTENT_SCORE). Most such are PolNeAR's wider attributions
# (beliefs, plans, "X made little secret of Y") and their speakers are the least sure. PolNeAR dev, polnear
# convention, accurate exact / partial / end-to-end F1 with the GPU-trained tagger and the selector at 0.8: no such
# floor 66.7 / 84.2 / 77.5; 0.8 / 0.85 / 0.9 gave 67.1 / 84.4 / 78.0, 67.2 / 84.6 / 78.1, 67.6 / 84.6 / 78.2. With
# the CPU-trained tagger before it, 0.85 lowered all three (66.2 / 82.6 / 77.3 against 66.4 / 83.8 / 78.0).
LEARNED_ALONE_FLOOR = 0.85
_HANDOVER_GAP = 2  # characters (a space) between the last piece one window owns and the next window's first


def link_spans(text: str, spans: list[TaggedSpan]) -> list[Linked]:
    """Link tagged spans into attributions, each scored by its content span's probability."""
    by_layer: dict[str, list[TaggedSpan]] = {"content": [], "source": [], "cue": []}
    for span in spans:
        by_layer[span.layer].append(span)
    scores = {(s.start, s.end): s.score for s in by_layer["content"] if s.score >= MIN_CONTENT_SCORE}
    linked = link(
        text,
        list(scores),
        [(s.start, s.end) for s in by_layer["source"]],
        [(s.start, s.end) for s in by_layer["cue"]],
    )
    return [Linked(item.content, item.cue, item.source, scores[item.content]) for item in linked]


class _Contents:
    """Candidates indexed by their contents (``nearby.Nearby``), for the merge's overlap tests."""

    def __init__(self, cands: list[Candidate]) -> None:
        self.cands = cands
        self._near = Nearby([c.content for c in cands])

    def overlapping(self, content: tuple[int, int]) -> list[Candidate]:
        """The candidates whose content ``overlaps`` this one, in their order."""
        return [self.cands[at] for at in self._near.within(content) if overlaps(content, self.cands[at].content)]

    def any_overlaps(self, cand: Candidate) -> bool:
        return bool(self.overlapping(cand.content))


def _shared(first: tuple[int, int], second: tuple[int, int]) -> int:
    return min(first[1], second[1]) - max(first[0], second[0])


def one_speaker(rules: list[Candidate]) -> bool:
    """True when the rule attributions one learned span covers have one speaker between them (by the parse).

    A learned span over reports of different speakers (``"A," she said, recalling that he called it B. "C."``)
    would merge distinct statements into one, whatever the selector thinks of its boundaries: the rules stand.
    """
    return len({r.speaker_token for r in rules}) <= 1


_WHOLE_QUOTE_CHARS = 12  # the shortest quotation ``_holds_quote_whole`` counts as a statement of its own


def _holds_quote_whole(learned: Candidate, rule: Candidate) -> bool:
    """Whether a learned content holds a rule's quotation with the quote's own cue and speaker after it, and has a
    cue of its own outside it or after the quote's cue (""A," Johnson told the BBC, according to the broadcaster"
    read as the broadcaster's content; ""A," Lavrov said, according to a transcript ... "B."" read whole as the
    transcript's): the quote is its speaker's, the rules stand."""
    start, end = learned.content
    if rule.rule != "quote_cue_after" or rule.cue is None or rule.speaker_token is None or learned.cue is None:
        return False
    if rule.content[1] - rule.content[0] < _WHOLE_QUOTE_CHARS:
        return False  # a word or two quoted in a sentence ("What Mr. Trump considers ''smart''") is no statement
    if learned.cue_token == rule.cue_token:
        return False  # one cue for both: an interrupted quote (""A," he said, "B""), one statement
    if start <= learned.cue[0] < end and not rule.cue[1] <= learned.cue[0]:
        return False  # a cue inside, before the quote's own, frames the whole: one statement
    return start <= rule.content[0] and rule.content[1] <= end and start <= rule.cue[0] < end


# Decides an overlap: (rule, the learned rival sharing most of it, (learned attributions overlapping the rule,
# rule attributions overlapping that rival)) -> True when the rule wins.
RuleWins = Callable[[Candidate, Candidate, tuple[int, int]], bool]


def by_confidence(priority: float = RULE_PRIORITY) -> RuleWins:
    """The fixed policy: a rule attribution with confidence at least ``priority`` wins, a weaker one yields."""
    return lambda rule, learned, rivals: rule.confidence >= priority


@dataclass(frozen=True)
class Contest:
    """A rule attribution that learned ones overlap, and the one of them sharing most of its content."""

    rule: Candidate
    rival: Candidate
    rivals: tuple[int, int]  # learned attributions overlapping the rule, rule attributions overlapping the rival
    settled: bool  # the rules stand without asking: the rival covers reports of different speakers


def contests(learned: list[Candidate], rules: list[Candidate]) -> list[Contest]:
    """Every overlap the merge has to settle (the training of the selector reads the same list)."""
    out = []
    learned_contents, rule_contents = _Contents(learned), _Contents(rules)
    for rule in rules:
        rivals = learned_contents.overlapping(rule.content)
        if not rivals:
            continue
        rival = max(rivals, key=lambda c: _shared(c.content, rule.content))
        covered = rule_contents.overlapping(rival.content)
        # a report relayed inside a source phrase's or reporter's content is no rival: the outer contest decides
        settled = not one_speaker([r for r in covered if not r.relayed]) or _holds_quote_whole(rival, rule)
        out.append(Contest(rule, rival, (len(rivals), len(covered)), settled))
    return out


def merge(learned: list[Candidate], rules: list[Candidate], rule_wins: RuleWins) -> list[Candidate]:
    """Settle every overlap of a rule and a learned attribution, and keep the rest of both (a learned one that
    overlaps no rule only from ``LEARNED_ALONE_FLOOR``).

    A learned attribution that displaces a rule one takes that rule's cue and speaker where it has none of its
    own, and the rule's speaker where both read the same cue word (``BORROW_SPEAKER``). Otherwise the selector
    preferred the learned reading, so its cue and the subject of that cue stand where it found them.

    Args:
        learned: Candidates from the tagger.
        rules: Candidates from the rule stages.
        rule_wins: Decides each overlap (see ``RuleWins``).

    Returns:
        The merged candidates in text order.
    """
    rule_contents = _Contents(rules)
    learned = [c for c in learned if c.confidence >= LEARNED_ALONE_FLOOR or rule_contents.any_overlaps(c)]
    strong = [o.rule for o in contests(learned, rules) if o.settled or rule_wins(o.rule, o.rival, o.rivals)]
    strong_contents = _Contents(strong)
    kept = [c for c in learned if not strong_contents.any_overlaps(c)]
    chosen = {id(r) for r in strong}
    weak = [r for r in rules if id(r) not in chosen]
    weak_contents = _Contents(weak)
    for cand in kept:
        match = next(iter(weak_contents.overlapping(cand.content)), None)
        if match is not None and BORROW_SPEAKER:
            _borrow_speaker(cand, match)
    kept_contents = _Contents(kept)
    # a report relayed inside another's content ("The BBC reported that Zelenskiy told CNN A") stands beside it
    weak = [r for r in weak if r.relayed or not kept_contents.any_overlaps(r)]
    return sorted(strong + weak + kept, key=lambda c: c.content)


def _borrow_speaker(cand: Candidate, rule: Candidate) -> None:
    """A learned attribution without a cue or a speaker takes the ones the rules read from the parse, and on the
    rule's own cue word the rule's speaker (who may be no one: an agentless passive)."""
    if cand.cue is None:
        cand.cue, cand.cue_token = rule.cue, rule.cue_token
    same_cue = cand.cue_token is not None and cand.cue_token == rule.cue_token
    if cand.speaker_token is None or same_cue:
        cand.speaker_token, cand.antecedent = rule.speaker_token, rule.antecedent


def learned_candidates(index: DocIndex, tagging: Tagging | None = None) -> list[Candidate]:
    """The tagger's attributions alone, as candidates (from ``tagging`` when the text was tagged already)."""
    spans = (tagging or load_tagger().tag(index.text)).spans
    return [to_candidate(index, item) for item in link_spans(index.text, spans)]


def merged_candidates(index: DocIndex, tagging: Tagging) -> list[Candidate]:
    """The tagger's attributions merged with the rules', each overlap settled by the selector.

    A rule attribution the tagger reads as no content at all (``RULE_VETO_BELOW``) is dropped first: on PolNeAR dev
    mostly a cue verb's object that is no one's words (``pursue *the case*``, ``won *Ohio*``) and lines that only look
    like a floating quote or a headline (``Follow X on Twitter``); a direct quote of a sentence or more is kept.

    A learned attribution left without a cue (none tagged, none in the parse, none borrowed from a rule it displaced)
    is dropped: its speaker is only the nearest source mention (PolNeAR dev: 18 such, 7 partial and 2 end-to-end
    matches; dropping them gives end-to-end 76.2 -> 76.4, cue 92.7 -> 92.9, partial 82.8 -> 82.9). So is one whose
    cue supposes ("let's say the bill passes", ``cues.supposes``), as the rules' cues do not.

    A learned unquoted content of one or two words takes no part in the merge but stands where nothing else was
    found (``_short_alone``). PolNeAR dev, polnear convention, exact / partial / end-to-end matches: 1,448 / 1,809 /
    1,680 of 2,064 without them, 1,467 / 1,828 / 1,697 of 2,101 with them (at a floor of 0.7 or 0.9 instead of
    ``LEARNED_ALONE_FLOOR``: 1,468 / 1,829 / 1,697 of 2,109, 1,465 / 1,826 / 1,695 of 2,093); in the merge like any
    other learned content, 1,470 / 1,826 / 1,695 of 2,099, but in the project's convention, which drops such
    verbless contents, the rule clauses they displaced were lost (1,045 / 1,722 / 1,599 against 1,049 / 1,734 /
    1,610, unchanged when they stand alone).
    """
    rules = [c for c in find_candidates(index) if not _unread(index.text, tagging, c)]
    learned = without_records(index, without_relays(index, learned_candidates(index, tagging), rules))
    found = without_attributions(index, learned, rules)
    learned = [relinked(index, c, rules) for c in long_enough(index.text, found)]
    merged = merge(learned, rules, partial(_selector_rule_wins, index, tagging))
    merged += relayed_reports(index, merged, rules)
    merged = sorted(merged + _short_alone(index, found, learned, merged + rules), key=lambda c: c.content)
    return [c for c in merged if c.rule != "learned" or (c.cue is not None and not supposes(index, c.cue))]


def _short_alone(
    index: DocIndex, found: list[Candidate], learned: list[Candidate], taken: list[Candidate]
) -> list[Candidate]:
    """The learned contents ``long_enough`` held back (unquoted, under three words) that overlap none of ``taken``
    and score ``LEARNED_ALONE_FLOOR``: PolNeAR's objects of a stance ("*criticized* [*him*]", "*backs* [*the death
    penalty*]"). Kept out of the merge, where one would displace a rule's clause it is a fragment of. Not a dateline
    ("LONDON - A is recalling B, the regulator said": the tagger read "LONDON -" as a second content of "said")."""
    long = {id(c) for c in learned}
    taken_contents = _Contents(taken)
    return [
        c
        for c in found
        if id(c) not in long
        and c.confidence >= LEARNED_ALONE_FLOOR
        and not taken_contents.any_overlaps(c)
        and not _dateline_only(index, c)
    ]


def _dateline_only(index: DocIndex, cand: Candidate) -> bool:
    """Whether a content holds nothing but a dateline's words and marks ("LONDON -")."""
    start, end = cand.content
    words = [t for t in index.doc[index.token_at_or_after(start) :] if t.idx < end and not t.is_space]
    return bool(words) and all(in_dateline(t) or t.is_punct for t in words)


def _unread(text: str, tagging: Tagging, rule: Candidate) -> bool:
    """Whether the tagger reads the rule attribution's content as no content at all (``RULE_VETO_BELOW``); never for a
    direct quote of ``VETO_SPARES_QUOTES_OF`` words or more."""
    if rule.type == "direct" and len(text[rule.content[0] : rule.content[1]].split()) >= VETO_SPARES_QUOTES_OF:
        return False
    score = tagging.content_score(rule.content)
    return score is not None and score < RULE_VETO_BELOW


@finders.register("quotegraph.learned_finder.v1")
def find_learned(index: DocIndex) -> list[Candidate]:
    """Accurate mode: the merged attributions, their content edges then moved by the boundary refiner, and those the
    verifier doubts dropped."""
    tagging = load_tagger().tag(index.text)
    return verified(index, tagging, refine(index, tagging, merged_candidates(index, tagging)))


def _selector_rule_wins(
    index: DocIndex, tagging: Tagging, rule: Candidate, learned: Candidate, rivals: tuple[int, int]
) -> bool:
    if cut_short(tagging, rule, learned) or _holds_rule_speaker(index, rule, learned):
        return True
    return not learned_wins(index, rule, learned, rivals, tagging)


def _holds_rule_speaker(index: DocIndex, rule: Candidate, learned: Candidate) -> bool:
    """Whether the learned content opens with the name a source phrase names, set off right before the rule's
    content: of "According to the regional governor, Maksym Kozytskyi, no one was killed" the tagger read the name as
    content. Only a source phrase's name opening the content: PolNeAR often marks a content with the speaker of a
    verb in it (on dev, ruling so for any rule whose speaker the learned content holds lost 6 exact and 15 partial
    matches), and "A, according to genealogical documents" whole (3 train gold contents)."""
    if rule.speaker_token is None or rule.rule != SOURCE_PHRASE_RULE:
        return False
    doc, speaker = index.doc, index.doc[rule.speaker_token]
    name = doc[index.token_at_or_after(learned.content[0]) : speaker.i + 1]
    set_off = index.text[speaker.idx + len(speaker.text) : rule.content[0]].strip() == ","
    return len(name) > 0 and all(t.pos_ == "PROPN" for t in name) and set_off


def cut_short(tagging: Tagging, rule: Candidate, learned: Candidate) -> bool:
    """Whether the learned content stops (or starts) where the tagger's windows hand over inside the rule's content
    (``Tagging.cuts``): the part of the rule's statement one window saw, where the next window, without the cue in
    view, read the rest as no one's words ("the minister said that" and some 200 words of one sentence). The rule
    then wins without asking the selector, which would prefer the learned fragment; an attribution so cut in the
    project's convention had no verb left and was dropped, losing the statement. A learned content that runs on
    across the handover, as where both windows see the cue, is contested as any other."""
    (rule_start, rule_end), (start, end) = rule.content, learned.content
    return any(
        rule_start < cut < rule_end and (0 <= cut - end <= _HANDOVER_GAP or start == cut) for cut in tagging.cuts
    )


@finders.register("quotegraph.tagger_finder.v1")
def find_tagged(index: DocIndex) -> list[Candidate]:
    """The tagger's attributions only (no rules), for comparison."""
    return learned_candidates(index)
