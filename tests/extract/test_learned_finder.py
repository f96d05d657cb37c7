"""Tests for the learned finder: merging learned and rule candidates, and the learned attributions it drops."""

from __future__ import annotations

import re

import numpy as np
import pytest
from learned_helpers import blank_index

from quotegraph.extract.learned.tagger import Tagging


def _reading(text: str, not_content: tuple[tuple[int, int], ...] = ()) -> Tagging:
    """A tagging with one piece per word, read as content (P(O) 0.1) except inside ``not_content`` (P(O) 0.99)."""
    offsets = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    outside = [any(a <= s < b for a, b in not_content) for s, _ in offsets]
    probs = [(0.99, 0.005, 0.005) if out else (0.1, 0.1, 0.8) for out in outside]
    return Tagging([], np.asarray(offsets, dtype=np.int32), np.asarray(probs, dtype=np.float32))


def test_merge_keeps_confident_rules_and_borrows_what_the_learned_side_lacks_from_weak_ones() -> None:
    from quotegraph.extract.candidates import Candidate
    from quotegraph.extract.learned.finder import by_confidence, merge

    strong = Candidate(content=(0, 20), type="direct", rule="quote_cue_after", confidence=0.9)
    weak = Candidate(content=(30, 60), type="indirect", rule="verb_clause", confidence=0.5, cue=(25, 29))
    weak.speaker_token = 3
    lone_rule = Candidate(content=(100, 120), type="indirect", rule="verb_clause", confidence=0.5)
    other_weak = Candidate(content=(130, 150), type="indirect", rule="verb_object", confidence=0.5, cue=(125, 129))
    other_weak.speaker_token = 20
    own = Candidate(content=(130, 152), type="indirect", rule="learned", confidence=0.9, cue=(153, 158))
    own.speaker_token, own.cue_token = 30, 31
    learned = [
        Candidate(content=(0, 21), type="direct", rule="learned", confidence=0.9),
        Candidate(content=(26, 60), type="indirect", rule="learned", confidence=0.9),
        Candidate(content=(70, 90), type="indirect", rule="learned", confidence=0.9),
        own,
    ]
    out = merge(learned, [strong, weak, lone_rule, other_weak], by_confidence(0.7))
    assert [(c.content, c.rule) for c in out] == [
        ((0, 20), "quote_cue_after"),
        ((26, 60), "learned"),
        ((70, 90), "learned"),
        ((100, 120), "verb_clause"),
        ((130, 152), "learned"),
    ]
    assert out[1].speaker_token == 3 and out[1].cue == (25, 29)  # it had neither: the rule's
    assert out[4].speaker_token == 30 and out[4].cue == (153, 158)  # its own cue and speaker stand


def test_a_learned_attribution_no_rule_overlaps_needs_a_high_content_score() -> None:
    from quotegraph.extract.candidates import Candidate
    from quotegraph.extract.learned.finder import LEARNED_ALONE_FLOOR, by_confidence, merge

    below = round(LEARNED_ALONE_FLOOR - 0.1, 3)
    rule = Candidate(content=(0, 40), type="indirect", rule="verb_clause", confidence=0.5)
    learned = [
        Candidate(content=(2, 40), type="indirect", rule="learned", confidence=below),  # beside a rule: contested
        Candidate(content=(50, 80), type="indirect", rule="learned", confidence=below),  # alone and unsure: dropped
        Candidate(content=(90, 120), type="indirect", rule="learned", confidence=LEARNED_ALONE_FLOOR),  # alone, sure
    ]
    out = merge(learned, [rule], by_confidence(0.7))
    assert [(c.content, c.rule) for c in out] == [((2, 40), "learned"), ((90, 120), "learned")]


def test_a_learned_winner_reading_the_rules_cue_takes_the_rules_speaker() -> None:
    from quotegraph.extract.candidates import Candidate
    from quotegraph.extract.learned.finder import by_confidence, merge

    # the same cue word: the rules read its subject with more care (participles, conjuncts, agentless passives)
    rule = Candidate(content=(30, 60), type="indirect", rule="verb_clause", confidence=0.5, cue=(25, 29))
    rule.speaker_token, rule.cue_token = 3, 5
    learned = Candidate(content=(26, 60), type="indirect", rule="learned", confidence=0.9, cue=(25, 29))
    learned.speaker_token, learned.cue_token = 1, 5
    agentless = Candidate(content=(80, 99), type="indirect", rule="verb_passive", confidence=0.5, cue=(70, 78))
    agentless.cue_token = 12  # no speaker: no one is named
    tagged = Candidate(content=(80, 100), type="indirect", rule="learned", confidence=0.9, cue=(70, 78))
    tagged.speaker_token, tagged.cue_token = 9, 12
    elsewhere = Candidate(content=(130, 150), type="indirect", rule="verb_object", confidence=0.5, cue=(125, 129))
    elsewhere.speaker_token, elsewhere.cue_token = 20, 22
    own_cue = Candidate(content=(130, 152), type="indirect", rule="learned", confidence=0.9, cue=(153, 158))
    own_cue.speaker_token, own_cue.cue_token = 30, 31
    out = merge([learned, tagged, own_cue], [rule, agentless, elsewhere], by_confidence(0.7))
    assert [(c.rule, c.speaker_token) for c in out] == [("learned", 3), ("learned", None), ("learned", 30)]


def test_merge_lets_the_decider_settle_each_overlap_with_the_largest_rival() -> None:
    from quotegraph.extract.candidates import Candidate
    from quotegraph.extract.learned.finder import merge

    rule = Candidate(content=(10, 50), type="indirect", rule="verb_clause", confidence=0.9, cue=(4, 8))
    small = Candidate(content=(10, 25), type="indirect", rule="learned", confidence=0.95)
    large = Candidate(content=(12, 50), type="indirect", rule="learned", confidence=0.75)
    seen: list[tuple[tuple[int, int], tuple[int, int]]] = []

    def learned_if_confident(r: Candidate, c: Candidate, rivals: tuple[int, int]) -> bool:
        seen.append((c.content, rivals))
        return c.confidence < 0.8

    out = merge([small, large], [rule], learned_if_confident)
    assert seen == [((12, 50), (2, 1))]  # the rival sharing most characters decides, and knows it has company
    assert [(c.content, c.rule) for c in out] == [((10, 50), "verb_clause")]
    large.confidence = 0.95
    out = merge([small, large], [rule], learned_if_confident)
    assert [(c.content, c.rule) for c in out] == [((10, 25), "learned"), ((12, 50), "learned")]
    assert out[1].cue == (4, 8)  # the learned attribution took the displaced rule's cue


def test_merge_keeps_rules_of_different_speakers_under_one_learned_span() -> None:
    from quotegraph.extract.candidates import Candidate
    from quotegraph.extract.learned.finder import merge

    quote = Candidate(content=(1, 40), type="direct", rule="quote_cue_after", confidence=0.9, cue=(43, 47))
    nested = Candidate(content=(80, 100), type="indirect", rule="verb_clause", confidence=0.5, cue=(70, 78))
    quote.speaker_token, nested.speaker_token = 9, 15
    span = Candidate(content=(1, 130), type="mixed", rule="learned", confidence=0.95)
    out = merge([span], [quote, nested], lambda rule, learned, rivals: False)  # the decider always prefers it
    assert [c.rule for c in out] == ["quote_cue_after", "verb_clause"]
    nested.speaker_token = 9  # one speaker: the decider is asked, and the learned span stands
    assert [c.rule for c in merge([span], [quote, nested], lambda rule, learned, rivals: False)] == ["learned"]


def test_learned_unquoted_content_of_a_word_or_two_is_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    from quotegraph.extract.candidates import Candidate
    from quotegraph.extract.learned import finder

    text = "Lee accused Webb. Lee said the bridge is unsafe."
    short = Candidate(content=(12, 16), type="indirect", rule="learned", confidence=0.9)  # "Webb"
    clause = Candidate(content=(27, 47), type="indirect", rule="learned", confidence=0.9)  # "the bridge is unsafe"
    clause.cue = (22, 26)  # "said"
    monkeypatch.setattr(finder, "learned_candidates", lambda index, tagging=None: [short, clause])
    monkeypatch.setattr(finder, "find_candidates", lambda index: [])
    found = finder.find_learned(blank_index(text))
    assert [text[slice(*c.content)] for c in found] == ["the bridge is unsafe"]


def test_a_learned_attribution_left_without_a_cue_is_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    from quotegraph.extract.candidates import Candidate
    from quotegraph.extract.learned import finder

    text = "Lee said the bridge is unsafe. The council, in a memo, the repairs would cost millions. Officials agreed."
    cued = Candidate(content=(9, 29), type="indirect", rule="learned", confidence=0.9, cue=(4, 8))
    cueless = Candidate(content=(55, 86), type="indirect", rule="learned", confidence=0.9)  # "the repairs ..."
    winner = Candidate(content=(88, 105), type="indirect", rule="learned", confidence=0.95)  # borrows the rule's
    rule = Candidate(content=(88, 105), type="indirect", rule="verb_clause", confidence=0.3, cue=(98, 104))
    monkeypatch.setattr(finder, "learned_candidates", lambda index, tagging=None: [cued, cueless, winner])
    monkeypatch.setattr(finder, "find_candidates", lambda index: [rule])
    monkeypatch.setattr(finder, "learned_wins", lambda index, rule, learned, rivals, tagging: True)
    found = finder.merged_candidates(blank_index(text), _reading(text))
    assert [(text[slice(*c.content)], c.cue) for c in found] == [
        ("the bridge is unsafe", (4, 8)),
        ("Officials agreed.", (98, 104)),
    ]


def test_the_tagger_does_not_veto_a_direct_quote_of_a_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    from quotegraph.extract.candidates import Candidate
    from quotegraph.extract.learned import finder

    text = 'Lee also said so. "We will rebuild the bridge by May and open it in June." Tune in to "Morning Talk Show."'
    long_quote = (text.index("We will"), text.index("June.") + 5)
    title = (text.index("Morning"), text.index("Show.") + 5)
    quote = Candidate(content=long_quote, type="direct", rule="floating_quote", confidence=0.6, cue=(9, 13))
    short = Candidate(content=title, type="direct", rule="floating_quote", confidence=0.6, cue=(9, 13))
    monkeypatch.setattr(finder, "learned_candidates", lambda index, tagging=None: [])
    monkeypatch.setattr(finder, "find_candidates", lambda index: [quote, short])
    found = finder.merged_candidates(blank_index(text), _reading(text, not_content=((17, len(text)),)))
    assert [text[slice(*c.content)] for c in found] == ["We will rebuild the bridge by May and open it in June."]


def test_a_rule_attribution_the_tagger_reads_as_no_content_is_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    from quotegraph.extract.candidates import Candidate
    from quotegraph.extract.learned import finder

    text = "Lee said the bridge is unsafe. The team won Ohio on Tuesday."
    read = Candidate(content=(9, 29), type="indirect", rule="verb_clause", confidence=0.9, cue=(4, 8))
    unread = Candidate(content=(44, 48), type="indirect", rule="verb_object", confidence=0.45, cue=(40, 43))
    monkeypatch.setattr(finder, "learned_candidates", lambda index, tagging=None: [])
    monkeypatch.setattr(finder, "find_candidates", lambda index: [read, unread])
    found = finder.merged_candidates(blank_index(text), _reading(text, not_content=((31, 60),)))
    assert [text[slice(*c.content)] for c in found] == ["the bridge is unsafe"]
    # where the tagger read nothing at all (no word piece inside the span), the rule's attribution stays
    unread_text = Tagging([], np.zeros((0, 2), dtype=np.int32), np.zeros((0, 3), dtype=np.float32))
    found = finder.merged_candidates(blank_index(text), unread_text)
    assert [text[slice(*c.content)] for c in found] == ["the bridge is unsafe", "Ohio"]


def test_a_short_learned_content_stands_only_where_nothing_else_was_found() -> None:
    from quotegraph.extract.candidates import Candidate
    from quotegraph.extract.learned.finder import LEARNED_ALONE_FLOOR, _short_alone

    rule = Candidate(content=(0, 40), type="indirect", rule="verb_clause", confidence=0.5)
    long = Candidate(content=(100, 140), type="indirect", rule="learned", confidence=0.9)
    inside_the_rule = Candidate(content=(10, 14), type="indirect", rule="learned", confidence=0.95)
    alone = Candidate(content=(50, 58), type="indirect", rule="learned", confidence=LEARNED_ALONE_FLOOR)
    unsure = Candidate(content=(70, 75), type="indirect", rule="learned", confidence=LEARNED_ALONE_FLOOR - 0.01)
    inside_a_learned = Candidate(content=(120, 125), type="indirect", rule="learned", confidence=0.95)
    found = [inside_the_rule, alone, unsure, long, inside_a_learned]
    index = blank_index("word " * 40)
    assert _short_alone(index, found, [long], [rule, long]) == [alone]
    assert _short_alone(index, found, [long, alone], [rule, long]) == []  # one long_enough kept is in the merge already


def test_a_short_learned_content_that_is_only_a_dateline_does_not_stand_alone() -> None:
    from quotegraph.extract.candidates import Candidate
    from quotegraph.extract.learned.finder import _short_alone

    text = "LONDON - AstraZeneca is recalling a medicine, the regulator said."
    dateline = Candidate(content=(0, 8), type="indirect", rule="learned", confidence=0.99)
    word = Candidate(content=(9, 20), type="indirect", rule="learned", confidence=0.99)
    assert _short_alone(blank_index(text), [dateline, word], [], []) == [word]


def test_a_learned_content_cut_short_by_the_tagger_s_windows_does_not_displace_the_rule_s() -> None:
    from quotegraph.extract.candidates import Candidate
    from quotegraph.extract.learned.finder import cut_short

    text = "The minister said that " + "the plan and the budget " * 20 + "would change."
    handover = text.index("the plan", 200)
    tagging = _reading(text)
    cut = Tagging(tagging.spans, tagging.offsets, tagging.content, (handover,))
    rule = Candidate(content=(23, len(text) - 1), type="indirect", rule="verb_clause", confidence=0.5)

    def learned(start: int, end: int) -> Candidate:
        return Candidate(content=(start, end), type="indirect", rule="learned", confidence=0.9)

    assert cut_short(cut, rule, learned(23, handover - 1))  # stops at the handover: one window's part
    assert cut_short(cut, rule, learned(handover, len(text) - 1))  # starts there
    assert not cut_short(cut, rule, learned(23, handover + 30))  # runs on across it
    assert not cut_short(tagging, rule, learned(23, handover - 1))  # read in one window
    outside = Tagging(tagging.spans, tagging.offsets, tagging.content, (len(text) - 1,))
    assert not cut_short(outside, rule, learned(23, len(text) - 1))  # the handover is not inside the rule's content


@pytest.mark.model
def test_a_quotation_with_its_own_cue_inside_a_learned_content_stays_its_speakers() -> None:
    # the tagger read the quotation and its attribution as the broadcaster's content: Johnson's words were lost
    from quotegraph.extract import ExtractOptions, extract

    text = '"I am not resigning," Johnson told the BBC, according to the broadcaster.'
    (found,) = extract(text, ExtractOptions(mode="accurate"))
    assert (found.content.text, found.speaker.name) == ("I am not resigning,", "Johnson")
    assert [v.value for v in found.via] == ["the broadcaster"]


@pytest.mark.model
@pytest.mark.parametrize("convention", ["quotegraph", "polnear"])
@pytest.mark.parametrize(
    ("text", "content", "speaker", "via"),
    [
        # the tagger read "Putin as saying ..." as the Kremlin's content, as PolNeAR marks it
        (
            "The Kremlin quoted Putin as saying the sanctions would backfire.",
            "the sanctions would backfire",
            "Putin",
            "The Kremlin",
        ),
        # the tagger read "Lavrov" as the agency's content and the verifier doubted the rules' report: nothing was left
        ("Lavrov was quoted by Interfax as saying the talks had failed.", "the talks had failed", "Lavrov", "Interfax"),
        (
            "Reuters cited a senior official as saying the deal was off.",
            "the deal was off",
            "a senior official",
            "Reuters",
        ),
    ],
)
def test_a_report_quoted_as_saying_is_its_speakers_through_the_quoting_source(
    convention: str, text: str, content: str, speaker: str, via: str
) -> None:
    from quotegraph.extract import ExtractOptions, extract

    (found,) = extract(text, ExtractOptions(mode="accurate", convention=convention))
    assert (found.content.text, found.speaker.name, found.cue and found.cue.text) == (content, speaker, "saying")
    assert [v.value for v in found.via] == [via]


@pytest.mark.model
def test_a_source_phrase_after_a_quotes_own_cue_leaves_the_quotes_to_their_speaker() -> None:
    # the tagger read both quotations, their attribution and the source phrase after it as the transcript's content
    from quotegraph.extract import ExtractOptions, extract

    text = (
        "Russian Foreign Minister Sergei Lavrov was quoted by Interfax news agency on Thursday as saying that Moscow"
        ' was ready to resume talks with Washington on strategic stability.\n\n"We have never refused dialogue,"'
        ' Lavrov said, according to a transcript released by the foreign ministry. "But the ball is in their court."'
    )
    found = extract(text, ExtractOptions(mode="accurate"))
    assert [(a.content.text, a.speaker.name, a.cue and a.cue.text) for a in found[1:]] == [
        ("We have never refused dialogue,", "Sergei Lavrov", "said"),
        ("But the ball is in their court.", "Sergei Lavrov", "said"),
    ]


@pytest.mark.model
def test_a_learned_content_linked_to_the_next_sentences_cue_takes_its_own_sentences() -> None:
    # the tagger tagged no cue or source for "the talks ..." and linking took the next sentence's "Asked"
    from quotegraph.extract import ExtractOptions, extract

    text = (
        "The two met for more than an hour on the sidelines of an Asian security forum in Vientiane, the spokesman,"
        " Matthew Miller, told reporters.\n\nChina's foreign ministry said in a readout that Wang urged Washington"
        ' to "stop stirring up trouble."\n\nBlinken later told a news conference that the talks had been "candid'
        ' and constructive." Asked whether he had raised Taiwan, he said: "We always do."'
    )
    found = {a.content.text: a for a in extract(text, ExtractOptions(mode="accurate"))}
    talks = found['the talks had been "candid and constructive."']
    assert (talks.speaker.name, talks.cue and talks.cue.text) == ("Blinken", "told")


@pytest.mark.model
def test_relinking_leaves_an_interrupted_quotation_to_the_rules() -> None:
    # the tagger linked both quotations, as one content, to the sentence before's "denied"; relinked to their own
    # "said", that learned content had displaced the two quotes (from the bundled Wikinews demo, CC BY 2.5: NOTICE)
    from quotegraph.extract import ExtractOptions, extract

    text = (
        "At the summit, Uribe charged Correa's government of having links with the FARC rebels, a charge that Correa"
        ' quickly denied. "I cannot accept Uribe\'s lies," he said. "These hands are not tainted with blood."'
    )
    found = extract(text, ExtractOptions(mode="accurate"))
    assert [(a.content.text, a.speaker.name) for a in found[1:]] == [
        ("I cannot accept Uribe's lies,", "Correa"),
        ("These hands are not tainted with blood.", "Correa"),
    ]
