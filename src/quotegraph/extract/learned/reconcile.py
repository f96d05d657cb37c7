"""How the tagger's attributions are squared with the rules' around the merge (``finder.merged_candidates``).

Before it, a learned attribution that only relays a rule report quoted "as saying" it, names a record cited on
another report's cue as its source, or holds no more than a rule report's speaker and cue is dropped; one linked to a
cue in another sentence takes the cue of the rule report of the same content in its own. After it, a named rule
report that a learned relaying report holds whole stands beside it, as the tagger reads one layer of content.
"""

from __future__ import annotations

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.learned.verifier import named_rule_report
from quotegraph.extract.relayed import quoting_verb, relaying_source
from quotegraph.extract.sources import records_report

_FRAME_CHARS = 40  # characters from a rule report's speaker to its cue, at most, framing a learned content


def overlaps(first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether two contents share more than half of the shorter one: the merge's test of one content read twice."""
    shared = min(first[1], second[1]) - max(first[0], second[0])
    return shared > 0.5 * min(first[1] - first[0], second[1] - second[0])


def without_relays(index: DocIndex, learned: list[Candidate], rules: list[Candidate]) -> list[Candidate]:
    """The learned attributions but those whose cue is the verb that relays a rule report quoted "as saying" it:
    of "The Kremlin quoted Putin as saying A" the tagger reads "Putin as saying A" as the Kremlin's content (as
    PolNeAR marks it, 5 times on train), of "Lavrov was quoted by Interfax as saying A" "Lavrov" as Interfax's; the
    statement is Putin's and Lavrov's, through the quoting source (``relayed.quoting_verb``)."""
    relays = {verb.i for verb in (quoting_verb(index, rule) for rule in rules) if verb is not None}
    return [c for c in learned if c.cue_token is None or c.cue_token not in relays]


def without_records(index: DocIndex, learned: list[Candidate]) -> list[Candidate]:
    """The learned attributions but those whose source is a record cited on another report's cue: of "NetLab said A,
    according to a statement sent to Reuters" the tagger read the statement as the source of "said A", which is
    where NetLab's report was made (``sources.records_report``)."""
    doc = index.doc
    return [
        c
        for c in learned
        if c.cue_token is None
        or c.speaker_token is None
        or not records_report(doc[c.cue_token], doc[c.speaker_token], index)
    ]


def without_attributions(index: DocIndex, learned: list[Candidate], rules: list[Candidate]) -> list[Candidate]:
    """The learned attributions but those whose content is only a rule report's speaker and cue: of ""A," Peskov
    said, according to the RIA news agency" the tagger read "Peskov said" as the agency's content, the quotation
    being the rules'."""
    frames, reports = [], []
    for rule in rules:
        if rule.cue is None or rule.speaker_token is None:
            continue
        speaker = index.doc[rule.speaker_token]
        start, end = min(speaker.idx, rule.cue[0]), max(speaker.idx + len(speaker), rule.cue[1])
        if end - start <= _FRAME_CHARS:  # a speaker resolved from afar frames no words of its own
            frames.append((start, end, rule.cue[0]))
        same_sentence = rule.cue_token is not None and speaker.sent.start == index.doc[rule.cue_token].sent.start
        if same_sentence and rule.content[0] >= rule.cue[1]:
            reports.append((speaker.left_edge.idx, rule.cue[1], rule.content))
    return [
        c
        for c in learned
        if not any(_within(c.content, frame) for frame in frames)
        and not any(_holds_frame_only(c.content, report) for report in reports)
    ]


def _holds_frame_only(content: tuple[int, int], report: tuple[int, int, tuple[int, int]]) -> bool:
    """Whether a content is a report's frame, from its speaker's phrase through its cue, before the words it
    reports: of "Opposition lawmakers criticised the ruling. Former President Jair Bolsonaro's son Eduardo, a federal
    deputy, said on social media that A" the tagger read "Former President ... said on" as the lawmakers' content.
    A content that opens before the speaker's phrase ("Perhaps, he said, this ...") is an interrupted one."""
    speaker_start, cue_end, report_content = report
    return speaker_start == content[0] and cue_end <= content[1] <= report_content[0]


def _within(content: tuple[int, int], frame: tuple[int, int, int]) -> bool:
    """Whether a content lies inside a report's frame (its speaker and cue) and holds the cue."""
    start, end, cue = frame
    return start <= content[0] <= cue < content[1] <= end


def relinked(index: DocIndex, cand: Candidate, rules: list[Candidate]) -> Candidate:
    """A learned content linked to a cue in another sentence takes the cue and speaker of the rule report of the
    same content whose cue is in its own sentence: of "Blinken later told a news conference that A. Asked whether
    B, he said" the tagger tagged no cue for A and linking took the next sentence's "Asked"."""
    doc = index.doc
    if cand.cue_token is None:
        return cand
    if (governing := _governing_report(cand, rules)) is not None:
        cand.cue, cand.cue_token = governing.cue, governing.cue_token
        cand.speaker_token, cand.antecedent = governing.speaker_token, governing.antecedent
        return cand
    at = index.token_at_or_after(cand.content[0])
    if at >= len(doc) or doc[cand.cue_token].sent.start == doc[at].sent.start:
        return cand
    for rule in rules:
        if rule.cue_token is None or not _same_content(rule, cand):
            continue
        if doc[rule.cue_token].sent.start == doc[at].sent.start:
            cand.cue, cand.cue_token = rule.cue, rule.cue_token
            cand.speaker_token, cand.antecedent = rule.speaker_token, rule.antecedent
            break
    return cand


def _governing_report(cand: Candidate, rules: list[Candidate]) -> Candidate | None:
    """The rule report of the same content whose cue governs it from before ("Musk had told CBS News that A, which
    he said B") where the tagger linked the content to a cue after it that the rule reads inside that content (the
    "he said" of B) or as another report's cue ("warned that A, blaming B": "blaming" reports B), or None."""
    learned_cue = cand.cue or (0, 0)
    elsewhere = any(r.cue == learned_cue and not overlaps(r.content, cand.content) for r in rules)
    for rule in rules:
        if rule.rule != "verb_clause" or rule.cue is None or rule.cue_token in {None, cand.cue_token}:
            continue
        if not _same_content(rule, cand) or rule.cue[1] > min(rule.content[0], cand.content[0]):
            continue
        if learned_cue[0] >= cand.content[1] and (rule.content[0] <= learned_cue[0] < rule.content[1] or elsewhere):
            return rule
    return None


def _same_content(rule: Candidate, learned: Candidate) -> bool:
    """Whether a rule's content and a learned one are one content read twice (``overlaps``), not a quotation and a
    longer learned content that holds it whole (""A," he said. "B."", which the merge settles)."""
    if not overlaps(rule.content, learned.content):
        return False
    (start, end), (rule_start, rule_end) = learned.content, rule.content
    holds = start <= rule_start and rule_end <= end and end - start > rule_end - rule_start
    return not (holds and rule.type == "direct")


def relayed_reports(index: DocIndex, merged: list[Candidate], rules: list[Candidate]) -> list[Candidate]:
    """The rule reports a learned relaying report holds whole, cue and content, which the merge dropped: the tagger
    reads "Putin said A, news agencies reported" as the agencies' report of "Putin said A", one layer; the statement
    is Putin's, through the agencies, and stands beside it as the rules' own relayed reports do (``relayed.py``:
    ``--convention polnear`` drops it, as PolNeAR marks the outer report alone); only a named speaker's, which the
    verifier would spare inside a report that stays (``verifier._named_report_within``): "Analysts said A" could be
    anyone's reading."""
    kept = {id(c) for c in merged}
    found = []
    for rule in rules:
        outer = None if id(rule) in kept else relaying_source(rule, merged, index)
        if (
            named_rule_report(index, rule)
            and outer is not None
            and outer.rule == "learned"
            and outer.cue_token not in {None, rule.cue_token}
        ):
            relay = index.doc[outer.cue_token]  # the subject relays: not "once the disclosure was reported, that A"
            if any(c.i == outer.speaker_token and c.dep_ == "nsubj" for c in relay.children):
                rule.relayed = True
                found.append(rule)
    return found
