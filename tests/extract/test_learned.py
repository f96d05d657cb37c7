"""Tests for the learned attribution stage: tags, windows, linking, conventions, modes and the shipped models."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

import numpy as np
import pytest

from quotegraph.errors import QuotegraphError
from quotegraph.extract.learned.labels import BEGIN, INSIDE, OUTSIDE, decode_layer, encode_spans, viterbi
from quotegraph.extract.learned.linking import link
from quotegraph.extract.learned.windows import Pieces, batch_inputs, plan_windows, stitch
from quotegraph.extract.options import MODES, ExtractOptions
from quotegraph.registry import finders


def _pieces(text: str) -> Pieces:
    """Whitespace 'pieces' of a text, one word each, for windowing tests without a tokenizer."""
    offsets, pos = [], 0
    for word in text.split():
        start = text.index(word, pos)
        offsets.append((start, start + len(word)))
        pos = start + len(word)
    return Pieces(np.arange(len(offsets), dtype=np.int64) + 1000, offsets, list(range(len(offsets))))


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([], [OUTSIDE] * 4),
        ([(0, 3)], [BEGIN, OUTSIDE, OUTSIDE, OUTSIDE]),
        ([(4, 14)], [OUTSIDE, BEGIN, INSIDE, OUTSIDE]),
        ([(0, 3), (4, 8)], [BEGIN, BEGIN, OUTSIDE, OUTSIDE]),
    ],
)
def test_encode_spans_tags_pieces(spans: list[tuple[int, int]], expected: list[int]) -> None:
    offsets = [(0, 3), (4, 8), (9, 14), (15, 19)]
    assert encode_spans(offsets, spans).tolist() == expected


def test_decode_layer_repairs_inside_after_outside_and_snaps_words() -> None:
    tags = [OUTSIDE, INSIDE, INSIDE, OUTSIDE, BEGIN, BEGIN]
    word_ids = [0, 1, 1, 2, 3, 3]
    assert decode_layer(tags, word_ids) == [(1, 2), (4, 5)]
    assert decode_layer([OUTSIDE, OUTSIDE, BEGIN], [0, 1, 1]) == [(1, 2)]


def _best_valid_sequence(log_probs: np.ndarray) -> tuple[float, list[list[int]]]:
    """Brute force: the best score of every BIO-valid tag sequence, and all sequences reaching it."""
    best, winners = -np.inf, []
    for tags in itertools.product((OUTSIDE, BEGIN, INSIDE), repeat=len(log_probs)):
        if any(t == INSIDE and (i == 0 or tags[i - 1] == OUTSIDE) for i, t in enumerate(tags)):
            continue
        score = float(sum(log_probs[i, t] for i, t in enumerate(tags)))
        if score > best + 1e-12:
            best, winners = score, [list(tags)]
        elif abs(score - best) <= 1e-12:
            winners.append(list(tags))
    return best, winners


@pytest.mark.parametrize("seed", range(12))
def test_viterbi_finds_the_best_valid_bio_sequence(seed: int) -> None:
    rng = np.random.default_rng(seed)
    log_probs = np.log(rng.random((1 + seed % 6, 3)) + 1e-9)
    if seed % 3 == 0:
        log_probs = np.round(log_probs, 1)  # ties
    _, winners = _best_valid_sequence(log_probs)
    assert viterbi(log_probs) in winners


def test_viterbi_never_opens_with_inside_and_handles_empty_input() -> None:
    assert viterbi(np.zeros((0, 3))) == []
    log_probs = np.log(np.array([[0.01, 0.01, 0.98], [0.01, 0.01, 0.98]]))
    assert viterbi(log_probs) == [BEGIN, INSIDE]


def test_plan_windows_packs_paragraphs_and_covers_every_piece_once() -> None:
    text = "\n".join(" ".join(f"w{p}x{i}" for i in range(30)) for p in range(5))
    pieces = _pieces(text)
    windows = plan_windows(text, pieces, max_len=66)
    owned = [i for w in windows for i in range(w.own_start, w.own_end)]
    assert owned == list(range(len(pieces.offsets)))
    assert all(w.end - w.start <= 64 for w in windows)
    assert windows[0].end == 60  # two whole paragraphs of 30


def test_plan_windows_splits_a_long_paragraph_with_overlap() -> None:
    text = " ".join(f"w{i}" for i in range(500))
    pieces = _pieces(text)
    windows = plan_windows(text, pieces, max_len=130)
    assert len(windows) > 4
    assert all(w.end - w.start <= 128 for w in windows)
    assert any(a.end > b.start for a, b in itertools.pairwise(windows))
    owned = [i for w in windows for i in range(w.own_start, w.own_end)]
    assert owned == list(range(500))


def test_stitch_takes_each_piece_from_its_owning_window() -> None:
    text = " ".join(f"w{i}" for i in range(300))
    pieces = _pieces(text)
    windows = plan_windows(text, pieces, max_len=130)
    ids, mask = batch_inputs(pieces, windows)
    assert ids[0, 0] == 101 and mask.sum() == sum(w.end - w.start + 2 for w in windows)
    fake = np.zeros((len(windows), ids.shape[1], 9), dtype=np.float32)
    for row, win in enumerate(windows):
        fake[row, 1 : win.end - win.start + 1, 0] = np.arange(win.start, win.end)
    out = np.zeros((300, 9), dtype=np.float32)
    stitch(fake, windows, out)
    assert out[:, 0].tolist() == list(range(300))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # X said that C: the cue before the content, the source before the cue.
        ("Smith said that taxes will rise.", ("that taxes will rise", "said", "Smith")),
        # C, X said: the cue after the content.
        ('"Taxes will rise," Smith said.', ("Taxes will rise,", "said", "Smith")),
        # According to X, C.
        ("According to Smith, taxes will rise.", ("taxes will rise", "According to", "Smith")),
    ],
)
def test_link_joins_content_cue_and_source(text: str, expected: tuple[str, str, str]) -> None:
    content, cue, source = (text.index(s) for s in expected)
    spans = [(content, content + len(expected[0]))], [(source, source + len(expected[2]))]
    linked = link(text, spans[0], spans[1], [(cue, cue + len(expected[1]))])
    assert len(linked) == 1
    found = linked[0]
    assert found.cue is not None and found.source is not None
    assert (text[slice(*found.cue)], text[slice(*found.source)]) == expected[1:]


def test_link_prefers_the_subject_before_a_cue_to_a_nearer_name_after_the_content() -> None:
    # the subject is further from the cue than the name after the content, which belongs to another attribution
    text = "Ann Lee, who has chaired the banking committee for a decade, declared war on banks, Ross wrote."
    content = (text.index("war"), text.index(", Ross"))
    sources = [(0, len("Ann Lee")), (text.index("Ross"), text.index(" wrote"))]
    cue = (text.index("declared"), text.index(" war"))
    linked = link(text, [content], sources, [cue])
    assert linked[0].source is not None and text[slice(*linked[0].source)] == "Ann Lee"


def test_link_interrupted_quote_takes_the_cue_inside() -> None:
    text = '"Taxes," Smith said, "will rise."'
    content = (1, len(text) - 2)
    linked = link(text, [content], [(9, 14)], [(15, 19)])
    assert linked[0].cue == (15, 19) and linked[0].source == (9, 14)


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # a time between the cue and its content keeps them in one clause; the cue of the next sentence is nearer
        ("Lee noted Friday that taxes will rise. He said so twice.", "that taxes will rise", "noted"),
        ("Lee tweeted early on Monday that taxes will rise. Ross said nothing.", "that taxes will rise", "tweeted"),
        # the source between a content and the cue after it: the same clause
        ("Taxes will rise next year, Mr. Barrett said.", "Taxes will rise next year", "said"),
        # a clause joined by "and" has its own cue: the cue before the content stands
        ("Lee tweeted at dawn that taxes will rise, and Ross later said nothing.", "that taxes will rise", "tweeted"),
    ],
)
def test_link_takes_a_cue_a_few_words_away_in_the_same_clause(text: str, content: str, expected: str) -> None:
    start = text.index(content)
    cues = [(m.start(), m.end()) for m in re.finditer(r"noted|tweeted|said", text)]
    linked = link(text, [(start, start + len(content))], [], cues)
    assert linked[0].cue is not None and text[slice(*linked[0].cue)] == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # a cue ending its paragraph with a colon introduces the quotation after the blank line
        ("It was the week's story.\n\nLimbaugh added:\n\n\u201cThis reeks of fear.\u201d", "added:", "added:"),
        ("It was the week's story.\n\nLimbaugh added:\n\n\u201cThis reeks of fear.\u201d", "added", "added"),
        # without the colon, a cue two paragraphs away stays unlinked
        ("It was the week's story.\n\nLimbaugh added more.\n\n\u201cThis reeks of fear.\u201d", "added", None),
    ],
)
def test_link_takes_the_cue_that_introduces_a_paragraph_with_a_colon(text: str, cue: str, expected: str | None) -> None:
    content = (text.index("This"), text.index("fear.") + len("fear."))
    source = (text.index("Limbaugh"), text.index("Limbaugh") + len("Limbaugh"))
    start = text.index(cue)
    linked = link(text, [content], [source], [(start, start + len(cue))])
    assert (text[slice(*linked[0].cue)] if linked[0].cue else None) == expected
    assert (linked[0].source is not None) == (expected is not None)


def test_a_learned_content_without_a_tagged_cue_takes_the_word_it_hangs_on(nlp) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.candidates import DocIndex
    from quotegraph.extract.language import load_language
    from quotegraph.extract.learned.candidates import to_candidate
    from quotegraph.extract.learned.linking import Linked

    text = "The auditors examined the accounts and found that the firm had hidden its losses."
    index = DocIndex(nlp(text), load_language("en"))
    content = (text.index("that the firm"), len(text) - 1)
    cand = to_candidate(index, Linked(content, None, None))
    assert cand.cue is not None and text[cand.cue[0] : cand.cue[1]] == "found"
    assert cand.speaker_token is not None and index.doc[cand.speaker_token].text == "auditors"


def test_modes_are_registered_finders() -> None:
    from quotegraph.extract.pipeline import _load_finders

    _load_finders()
    assert set(MODES.values()) <= set(finders.get_all())


@pytest.mark.parametrize("field", [{"mode": "slow"}, {"convention": "conll"}])
def test_options_refuse_unknown_mode_or_convention(field: dict[str, str]) -> None:
    with pytest.raises(QuotegraphError):
        ExtractOptions(**field)  # type: ignore[arg-type]


def test_missing_weights_name_the_training_command(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.learned.tagger import ModelMissingError, Tagger

    with pytest.raises(ModelMissingError, match=r"training/train_attribution\.py"):
        Tagger(tmp_path)


@pytest.mark.model
def test_tagger_finds_a_said_clause() -> None:
    from quotegraph.extract.learned.tagger import load_tagger

    text = "The senator said on Tuesday that the bill would pass easily.\n\nNobody else spoke."
    layers = {(s.layer, text[s.start : s.end]) for s in load_tagger().spans(text)}
    # The model may run the cue into its date ("said on Tuesday"); to_candidate cuts that (test below).
    assert [span for layer, span in layers if layer == "cue"] in (["said"], ["said on Tuesday"])
    assert ("source", "The senator") in layers
    assert any(layer == "content" and "bill would pass" in span for layer, span in layers)


@pytest.mark.model
@pytest.mark.parametrize("mode", ["accurate", "fast", "rules"])
def test_every_mode_extracts_a_direct_quote(mode: str) -> None:
    from quotegraph.extract import extract

    text = '"We will not raise taxes," Jane Smith, the finance minister, said on Monday.'
    found = extract(text, ExtractOptions(mode=mode))
    assert [a.content.text for a in found] == ["We will not raise taxes,"] or [
        a.content.text.rstrip(",") for a in found
    ] == ["We will not raise taxes"]
    assert found[0].type == "direct"
    assert "Smith" in (found[0].speaker.name or "")


@pytest.mark.model
@pytest.mark.parametrize("mode", ["accurate", "rules"])
def test_seed_is_exact_in_default_and_rule_modes(shared_dir, mode: str) -> None:  # type: ignore[no-untyped-def]
    import json

    from quotegraph.extract import extract
    from quotegraph.model import Article

    gold = json.loads((shared_dir / "seed" / "tass-2023-06-14.gold.json").read_text(encoding="utf-8"))
    article = Article(id=gold["id"], text=gold["text"], published=gold["published"], outlet=gold["outlet"])
    found = extract(article, ExtractOptions(mode=mode))
    got = [(a.content.start, a.content.end, a.type, a.speaker.name) for a in found]
    want = [(q["start"], q["end"], q["type"], q["speaker"]) for q in gold["quotes"]]
    assert sorted(got) == sorted(want)


def _index(text: str):  # type: ignore[no-untyped-def]
    import spacy

    from quotegraph.extract.candidates import DocIndex
    from quotegraph.extract.language import load_language

    return DocIndex(spacy.blank("en")(text), load_language("en"))


def test_polnear_convention_keeps_that_and_joins_an_interrupted_quote() -> None:
    from quotegraph.extract.candidates import Candidate
    from quotegraph.extract.learned.conventions import to_polnear

    text = 'Smith said that taxes will rise. "Taxes," Jones said, "will rise."'
    index = _index(text)
    said = text.index("said", 40)
    cue = (said, said + 4)
    cands = [
        Candidate(content=(16, 31), type="indirect", rule="verb_clause", confidence=0.8, cue=(6, 10)),
        Candidate(content=(34, 39), type="direct", rule="quote_cue_after", confidence=0.9, cue=cue),
        Candidate(
            content=(text.index("will rise", 50), len(text) - 2), type="direct", rule="x", confidence=0.9, cue=cue
        ),
    ]
    out = to_polnear(index, cands)
    assert [text[slice(*c.content)] for c in out] == ["that taxes will rise", 'Taxes," Jones said, "will rise']
    assert len(out[1].fragments) == 2


def test_quotegraph_convention_trims_that_and_splits_an_interrupted_quote() -> None:
    from quotegraph.extract.candidates import Candidate
    from quotegraph.extract.learned.conventions import to_quotegraph

    text = 'Smith said that taxes will rise. "Taxes," Jones said, "will rise."'
    index = _index(text)
    first, second = (34, 40), (text.index("will rise", 50), len(text) - 2)
    cands = [
        Candidate(content=(11, 31), type="indirect", rule="learned", confidence=0.8),
        Candidate(content=(34, second[1]), type="direct", rule="learned", confidence=0.9, fragments=[first, second]),
    ]
    out = to_quotegraph(index, cands)
    assert [text[slice(*c.content)] for c in out] == ["taxes will rise", "Taxes,", "will rise."]
    assert [c.type for c in out] == ["indirect", "direct", "direct"]


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


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("the vote", "senator"),  # the nearest source mention is not the verb's subject: the parse wins
        (None, "senator"),  # no source span at all
    ],
)
def test_a_learned_verb_cue_takes_its_subject_from_the_parse(nlp, source: str | None, speaker: str) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.candidates import DocIndex
    from quotegraph.extract.language import load_language
    from quotegraph.extract.learned.candidates import to_candidate
    from quotegraph.extract.learned.linking import Linked

    text = "The senator, speaking after the vote, said the bill would pass easily."
    index = DocIndex(nlp(text), load_language("en"))

    def span(words: str) -> tuple[int, int]:
        return text.index(words), text.index(words) + len(words)

    linked = Linked(span("the bill would pass easily"), span("said"), span(source) if source else None)
    cand = to_candidate(index, linked)
    assert cand.speaker_token is not None and index.doc[cand.speaker_token].text == speaker


def test_a_learned_cue_subject_inside_the_content_is_not_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.candidates import DocIndex
    from quotegraph.extract.language import load_language
    from quotegraph.extract.learned.candidates import to_candidate
    from quotegraph.extract.learned.linking import Linked

    text = "Critics of the plan say it will fail, Jones wrote."
    index = DocIndex(nlp(text), load_language("en"))
    content = (0, text.index(", Jones"))
    cue = (text.index("say"), text.index("say") + 3)  # a cue inside the content: its subject is too
    jones = (text.index("Jones"), text.index("Jones") + 5)
    cand = to_candidate(index, Linked(content, cue, jones))
    assert cand.speaker_token is not None and index.doc[cand.speaker_token].text == "Jones"


@pytest.mark.parametrize(
    ("text", "source", "cue", "speaker"),
    [
        (
            "Mr. Obama never lived down his infamous comment about the poor.",
            "Mr. Obama",
            "infamous comment about",
            "his",
        ),
        ("Experts doubt North Korea's claims about the poor.", "Experts", "claims about", "Korea"),
    ],
)
def test_a_learned_noun_cue_takes_its_holder_not_the_nearest_source(
    nlp, text: str, source: str, cue: str, speaker: str
) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.candidates import DocIndex
    from quotegraph.extract.language import load_language
    from quotegraph.extract.learned.candidates import to_candidate
    from quotegraph.extract.learned.linking import Linked

    index = DocIndex(nlp(text), load_language("en"))
    start = text.index(cue)
    content = (text.index("the poor"), text.index("the poor") + len("the poor"))
    # the tagger linked the sentence's subject, the nearest source mention before the cue
    cand = to_candidate(index, Linked(content, (start, start + len(cue)), (0, len(source))))
    assert cand.speaker_token is not None and index.doc[cand.speaker_token].text == speaker


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("The senator has faced sharp criticism for his remarks.", "has faced sharp criticism", "his remarks", None),
        ("The senator faced questions about his taxes.", "questions about", "his taxes", None),
        ("The senator came under fire for his remarks.", "came under fire", "his remarks", None),
        # the parse hangs "from unions" on the verb here, not on the noun
        ("The plan has drawn harsh criticism from unions over the cost.", "criticism from", "the cost", "unions"),
    ],
)
def test_the_target_of_a_statement_noun_is_not_its_speaker(
    nlp, text: str, cue: str, content: str, speaker: str | None
) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.candidates import DocIndex
    from quotegraph.extract.language import load_language
    from quotegraph.extract.learned.candidates import to_candidate
    from quotegraph.extract.learned.linking import Linked

    index = DocIndex(nlp(text), load_language("en"))
    start, first = text.index(cue), text.index(content)
    subject = (0, text.index(" ", 4))  # the tagger linked the subject as the source, as for "The senator said ..."
    cand = to_candidate(index, Linked((first, first + len(content)), (start, start + len(cue)), subject))
    found = index.doc[cand.speaker_token].text if cand.speaker_token is not None else None
    assert found == speaker


@pytest.mark.parametrize(
    ("text", "source", "head"),
    [
        (  # the parse hangs the mention on the noun after it: spaCy's root of the span is the article
            "Trump has dismissed the U.S. intelligence community consensus that Russia hacked the emails.",
            "the U.S. intelligence community",
            "community",
        ),
        (  # a trailing "among others" hangs outside too: its preposition is no speaker
            "The film draws on historians and activists like Angela Davis, among others, and explains how it began.",
            "historians and activists like Angela Davis, among others",
            "historians",
        ),
        ("Senator Ann Lee said the bill would pass.", "Senator Ann Lee", "Lee"),  # a plain name keeps its root
    ],
)
def test_a_learned_source_is_headed_by_a_noun_not_by_the_span_root(nlp, text: str, source: str, head: str) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.learned.candidates import mention_head

    start = text.index(source)
    token = mention_head(nlp(text), (start, start + len(source)))
    assert token is not None and token.text == head


def test_a_learned_cue_whose_subject_is_a_relative_that_takes_its_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.candidates import DocIndex
    from quotegraph.extract.language import load_language
    from quotegraph.extract.learned.candidates import to_candidate
    from quotegraph.extract.learned.linking import Linked

    text = "The Washington Post ran a feature Saturday that extensively profiled a retired nurse from Ohio."
    index = DocIndex(nlp(text), load_language("en"))
    cue = (text.index("extensively"), text.index(" a retired"))
    content = (text.index("a retired"), len(text) - 1)
    cand = to_candidate(index, Linked(content, cue, (0, len("The Washington Post"))))
    assert cand.speaker_token is not None and index.doc[cand.speaker_token].text == "that"
    assert cand.antecedent is not None and index.doc[cand.antecedent].text == "feature"


@pytest.mark.parametrize(
    ("cue", "expected"),
    [("said on Tuesday", "said"), ("said last week", "said"), ("told reporters", "told reporters")],
)
def test_a_learned_cue_loses_the_time_expression_the_tagger_ran_it_into(nlp, cue: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.candidates import DocIndex
    from quotegraph.extract.language import load_language
    from quotegraph.extract.learned.candidates import to_candidate
    from quotegraph.extract.learned.linking import Linked

    text = f"The senator {cue} that the bill would pass easily."
    index = DocIndex(nlp(text), load_language("en"))
    start = text.index(cue)
    content = (text.index("the bill"), len(text) - 1)
    cand = to_candidate(index, Linked(content, (start, start + len(cue)), (0, 11)))
    assert cand.cue is not None and text[cand.cue[0] : cand.cue[1]] == expected
    assert cand.cue_token is not None and index.doc[cand.cue_token].text == expected.split()[0]


def test_learned_unquoted_content_of_a_word_or_two_is_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    from quotegraph.extract.candidates import Candidate
    from quotegraph.extract.learned import finder

    text = "Lee accused Webb. Lee said the bridge is unsafe."
    short = Candidate(content=(12, 16), type="indirect", rule="learned", confidence=0.9)  # "Webb"
    clause = Candidate(content=(27, 47), type="indirect", rule="learned", confidence=0.9)  # "the bridge is unsafe"
    clause.cue = (22, 26)  # "said"
    monkeypatch.setattr(finder, "learned_candidates", lambda index, tagging=None: [short, clause])
    monkeypatch.setattr(finder, "find_candidates", lambda index: [])
    found = finder.find_learned(_index(text))
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
    found = finder.merged_candidates(_index(text), None)  # type: ignore[arg-type]
    assert [(text[slice(*c.content)], c.cue) for c in found] == [
        ("the bridge is unsafe", (4, 8)),
        ("Officials agreed.", (98, 104)),
    ]


def test_polnear_convention_joins_across_a_long_attribution_and_an_aside_between_the_parts() -> None:
    from quotegraph.extract.candidates import Candidate
    from quotegraph.extract.learned.conventions import to_polnear

    text = (
        '"The levee held," said Ana Ruiz, an engineer who has inspected the county\'s flood defences for the state '
        'since the storms of the last decade, speaking of the river. "We were lucky this year."'
    )
    index = _index(text)
    said = text.index("said")
    cue = (said, said + 4)
    river = text.index("the river")
    second = (text.index("We were"), len(text) - 2)
    first = Candidate(content=(1, 16), type="direct", rule="quote_cue_after", confidence=0.9, cue=cue)
    aside = Candidate(content=(river, river + 9), type="indirect", rule="verb_object", confidence=0.6)
    floating = Candidate(content=second, type="direct", rule="floating_quote", confidence=0.7, cue=cue)
    floating.inherited_from = first
    out = to_polnear(index, [first, aside, floating])
    assert [text[slice(*c.content)] for c in out] == [text[1 : second[1]], "the river"]
    assert out[0].fragments == [(1, 16), second]


@pytest.mark.parametrize("mode", ["rules", "accurate"])
def test_polnear_convention_keeps_an_interrupted_quote_whose_first_part_floated(mode: str) -> None:
    # The first part took its cue and speaker from the second as a floating quote; joined, it had inherited from
    # itself, ended with no speaker and been dropped, taking both parts with it.
    from quotegraph.extract import extract

    text = (
        "Mr. Xi and Mr. Obama sealed their agreement.\n\n"
        '"By locking in China," Mr. Obama said, "it now allowed me to go to India and say that we can do this."'
    )
    found = extract(text, ExtractOptions(mode=mode, convention="polnear"))
    joined = text[text.index("By locking") : len(text) - 1]
    assert [(a.content.text, a.speaker.name) for a in found] == [(joined, "Obama")]
    assert [f.text for f in found[0].fragments] == [
        "By locking in China,",
        "it now allowed me to go to India and say that we can do this.",
    ]


def _cut_text(text: str, found: str, cut: Callable[[tuple[int, int]], tuple[int, int]]) -> str:
    """The text a fast-mode span cut leaves of ``found`` (its first occurrence in ``text``)."""
    start = text.index(found)
    span = cut((start, start + len(found)))
    return text[span[0] : span[1]]


@pytest.mark.parametrize(
    ("found", "expected"),
    [
        ("It was a long night. We", "It was a long night. We will rebuild."),  # closed a sentence early
        ("We will rebuild", "It was a long night. We will rebuild."),  # opened a sentence late
        ("the mayor said", "the mayor said"),  # outside any quotation: as found
    ],
)
def test_fast_mode_runs_a_content_inside_a_quotation_to_its_edges(found: str, expected: str) -> None:
    from quotegraph.extract.learned.fast import to_quote_edges

    text = 'Later the mayor said: "It was a long night. We will rebuild." Then she left.'
    assert _cut_text(text, found, lambda span: to_quote_edges(_index(text), span)) == expected


@pytest.mark.parametrize(
    ("found", "expected"),
    [
        ('"We will rebuild," Jane Smith, the', '"We will rebuild,"'),  # ran on into the source after the quote
        ("Smith said, we will rebuild", "we will rebuild"),  # opened inside the source, before the cue
        ('"Soon," Jane Smith said, "and well."', '"Soon," Jane Smith said, "and well."'),  # an interrupted quote
        ("we will rebuild", "we will rebuild"),  # touches no source or cue
    ],
)
def test_fast_mode_cuts_a_content_where_it_runs_into_a_source_or_cue(found: str, expected: str) -> None:
    from quotegraph.extract.learned.fast import outside_own_spans

    text = (
        'Later: "We will rebuild," Jane Smith, the mayor, said. Jane Smith said, we will rebuild. '
        '"Soon," Jane Smith said, "and well."'
    )
    others = [(m.start(), m.end()) for m in re.finditer(r"Jane Smith, the mayor|Jane Smith|said", text)]
    assert _cut_text(text, found, lambda span: outside_own_spans(text, span, others)) == expected


@pytest.mark.parametrize(
    ("found", "expected"),
    [
        ('"We will rebuild," Jane Smith said, then', "We will rebuild,"),  # ran on past the attribution
        ('the crowd, chanting, "Hands up"', "Hands up"),  # began at the narration before it
        ('"Soon," Jane Smith said, "and well."', '"Soon," Jane Smith said, "and well."'),  # an interrupted quote
        ('she said the "plan" was late', 'she said the "plan" was late'),  # words between: a mixed report
        ("Jane Smith said, we will rebuild", "Jane Smith said, we will rebuild"),  # nothing quoted: as found
    ],
)
def test_fast_mode_keeps_only_the_quotation_beside_an_attribution_it_ran_into(found: str, expected: str) -> None:
    from quotegraph.extract.learned.fast import quoted_part

    text = (
        'Later "We will rebuild," Jane Smith said, then left. Outside the crowd, chanting, "Hands up" and more. '
        '"Soon," Jane Smith said, "and well." Lee: she said the "plan" was late. Jane Smith said, we will rebuild.'
    )
    others = [(m.start(), m.end()) for m in re.finditer(r"Jane Smith|said|chanting|the crowd", text)]
    assert _cut_text(text, found, lambda span: quoted_part(_index(text), span, others)) == expected


@pytest.mark.parametrize(
    ("found", "expected"),
    [
        ('at the ballot box. "I think it is fair to say so', "I think it is fair to say so"),  # narration before
        ('I think it is fair to say so." Then she left', "I think it is fair to say so."),  # narration after
        ('called it "a disaster." Then', 'called it "a disaster.'),  # no sentence end before: the start stays
        ('"maybe" the plan was late', '"maybe" the plan was late'),  # a mixed report: the quote ends no sentence
    ],
)
def test_fast_mode_cuts_a_quote_from_the_narration_across_a_sentence_end(found: str, expected: str) -> None:
    from quotegraph.extract.learned.fast import without_narration

    text = (
        'Rules could be undone at the ballot box. "I think it is fair to say so." Then she left. '
        'Lee said "maybe" the plan was late. Then she called it "a disaster." Then she left.'
    )
    assert _cut_text(text, found, lambda span: without_narration(_index(text), span)) == expected


@pytest.mark.parametrize(
    ("found", "expected"),
    [
        ("hiring slowed", "hiring slowed in the spring"),  # stopped between two words: runs to the comma
        ("hiring slowed in the spring", "hiring slowed in the spring"),  # already at a punctuation mark
        ("wages rose", "wages rose"),  # a cue lies on the way ("Lee said")
        ('costs are "high"', 'costs are "high"'),  # quoted content: its edges are the quotation's
    ],
)
def test_fast_mode_runs_an_unquoted_content_to_its_clause_end(found: str, expected: str) -> None:
    from quotegraph.extract.learned.fast import to_clause_end

    text = (
        'The report showed hiring slowed in the spring, and wages rose Lee said to all. Ann said costs are "high" now.'
    )
    others = [(m.start(), m.end()) for m in re.finditer(r"Lee|said", text)]
    assert _cut_text(text, found, lambda span: to_clause_end(_index(text), span, others)) == expected


def test_polnear_convention_joins_two_learned_quotes_of_one_cue() -> None:
    from quotegraph.extract.candidates import Candidate
    from quotegraph.extract.learned.conventions import to_polnear

    text = '"The levee held," said Ana Ruiz. "We were lucky."\n\n"Next year," she said, "we build higher."'
    index = _index(text)
    said = (text.index("said"), text.index("said") + 4)
    she_said = (text.index("said", said[1]), text.index("said", said[1]) + 4)
    spans = [(1, 16), (text.index("We were"), text.index("lucky.") + 6)]
    spans += [(text.index("Next"), text.index("year,") + 5), (text.index("we build"), len(text) - 1)]
    cues = [said, None, she_said, she_said]
    learned = [
        Candidate(content=c, type="direct", rule="learned", confidence=0.9, cue=q)
        for c, q in zip(spans, cues, strict=True)
    ]
    out = to_polnear(index, learned)
    # the first pair has no common cue (the second quote's cue was not linked): two quotes; the second pair is one
    assert [c.content for c in out] == [spans[0], spans[1], (spans[2][0], spans[3][1])]
    assert out[2].fragments == [spans[2], spans[3]]


def test_polnear_convention_points_a_floating_quote_at_the_replacement_of_its_source() -> None:
    from quotegraph.extract.candidates import Candidate
    from quotegraph.extract.learned.conventions import to_polnear

    text = 'Ruiz said that the levee held.\n\n"We were lucky this year."'
    index = _index(text)
    said = (5, 9)
    source = Candidate(content=(15, 29), type="indirect", rule="verb_clause", confidence=0.8, cue=said)
    floating = Candidate(content=(33, 57), type="direct", rule="floating_quote", confidence=0.6, cue=said)
    floating.inherited_from = source
    out = to_polnear(index, [source, floating])
    assert text[slice(*out[0].content)] == "that the levee held"
    assert out[1].inherited_from is out[0]


def test_a_floating_quote_whose_source_lost_the_merge_keeps_its_own_speaker() -> None:
    from quotegraph.extract.candidates import Candidate
    from quotegraph.extract.pipeline import _without_orphans

    lost = Candidate(content=(0, 10), type="direct", rule="quote_cue_after", confidence=0.9)
    kept = Candidate(content=(20, 30), type="direct", rule="quote_cue_after", confidence=0.9)
    orphan = Candidate(content=(40, 50), type="direct", rule="floating_quote", confidence=0.7, inherited_from=lost)
    child = Candidate(content=(60, 70), type="direct", rule="floating_quote", confidence=0.7, inherited_from=kept)
    out = _without_orphans([kept, orphan, child])
    assert out[1].inherited_from is None and out[2].inherited_from is kept


@pytest.mark.model
def test_polnear_extraction_keeps_a_continued_quote_after_an_aside() -> None:
    from quotegraph.extract import extract

    text = (
        '"The levee held. We checked it twice," said Ana Ruiz, speaking of the river. "We were lucky this year."'
        "\n\nThe county thanked its crews."
    )
    found = extract(text, ExtractOptions(convention="polnear"))
    quotes = [a for a in found if a.type == "direct"]
    assert len(quotes) == 1 and quotes[0].content.text.endswith("We were lucky this year.")
    assert quotes[0].speaker.name == "Ana Ruiz"


def _one_split_trees() -> dict[str, object]:
    """Learned wins (raw +2) when ``learned_confidence`` > 0.8, else the rule does (raw -2)."""
    return {
        "features": ["learned_confidence", "rule=verb_clause"],
        "base": 0.0,
        "trees": [
            {
                "feature": [0, 0, 0],
                "threshold": [0.8, 0, 0],
                "left": [1, -1, -1],
                "right": [2, -1, -1],
                "value": [0.0, -2.0, 2.0],
            },
        ],
    }


def test_selector_trees_walk_each_tree_to_a_leaf_and_ignore_unknown_features() -> None:
    from quotegraph.extract.learned.trees import Trees

    trees = Trees.from_json(_one_split_trees())
    low = trees.vector({"learned_confidence": 0.75, "rule=verb_clause": 1.0, "never_seen": 5.0})
    high = trees.vector({"learned_confidence": 0.95})
    assert low == [0.75, 1.0]
    assert trees.probability(low) == pytest.approx(1 / (1 + np.exp(2.0)))
    assert trees.probability(high) == pytest.approx(1 / (1 + np.exp(-2.0)))


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


def test_missing_selector_names_its_training_command(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.learned.selector import load_selector

    with pytest.raises(QuotegraphError, match=r"train_selector\.py"):
        load_selector(str(tmp_path / "selector.json"))


@pytest.mark.model
def test_selector_features_describe_how_the_two_spans_differ(nlp) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.candidates import Candidate, DocIndex
    from quotegraph.extract.language import load_language
    from quotegraph.extract.learned.selector import pair_features
    from quotegraph.extract.learned.tagger import Tagging

    text = "Lee said that the bridge is unsafe. Crews will close it on Monday."
    index = DocIndex(nlp(text), load_language("en"))
    clause = (text.index("the bridge"), text.index(". Crews"))
    rule = Candidate(content=clause, type="indirect", rule="verb_clause", confidence=0.8)
    learned = Candidate(content=(text.index("that"), len(text) - 1), type="indirect", rule="learned", confidence=0.9)
    unread = Tagging([], np.zeros((0, 2), dtype=np.int32), np.zeros((0, 3), dtype=np.float32))
    features = pair_features(index, rule, learned, (1, 1), unread)
    assert features["rule=verb_clause"] == 1.0 and features["learned_first=that"] == 1.0
    assert features["start_delta"] == -1.0 and features["end_delta"] == 1.0  # starts earlier, ends later
    assert features["that_before_rule"] == 1.0
    assert (features["rule_sentences"], features["learned_sentences"]) == (1.0, 2.0)
    assert features["rule_ends_sentence"] == 1.0 and features["verbless"] == 0.0


def test_polnear_convention_keeps_that_before_a_quotation() -> None:
    from quotegraph.extract.candidates import Candidate
    from quotegraph.extract.learned.conventions import to_polnear

    text = "Ruiz said that “the levee held for now.” Lee said it had not."
    index = _index(text)
    quote = (text.index("the levee"), text.index("”"))
    cands = [Candidate(content=quote, type="direct", rule="verb_clause", confidence=0.8, cue=(5, 9))]
    assert [text[slice(*c.content)] for c in to_polnear(index, cands)] == ["that “the levee held for now."]


@pytest.mark.model
def test_the_tagger_runs_each_window_alone_without_padding() -> None:
    from quotegraph.extract.learned.tagger import MODEL_DIR, Tagger

    class Recorder:
        def __init__(self) -> None:
            self.masks: list[np.ndarray] = []

        def run(self, _outputs: object, feed: dict[str, np.ndarray]) -> list[np.ndarray]:
            self.masks.append(feed["attention_mask"])
            return [np.zeros((*feed["input_ids"].shape, 9), dtype=np.float32)]

    paragraphs = [" ".join(["word"] * n) for n in (150, 60, 200, 90)]
    recorder = Recorder()
    tagger = Tagger(MODEL_DIR)
    tagger._session = recorder
    pieces, logits = tagger.logits("\n\n".join(paragraphs))
    assert len(recorder.masks) > 1 and logits.shape == (len(pieces.ids), 9)
    assert all(mask.shape[0] == 1 and mask.all() for mask in recorder.masks)
    assert sum(mask.shape[1] - 2 for mask in recorder.masks) == len(pieces.ids)


@pytest.mark.model
def test_prefetched_tags_equal_direct_tags_and_are_picked_up_once() -> None:
    from quotegraph.extract.learned.tagger import decode, load_tagger

    tagger = load_tagger()
    texts = ["The mayor said the bridge would reopen in May.", '"We are ready," the coach said.']
    tagger.prefetch(texts)
    assert set(tagger._pending) == set(texts)
    assert tagger.spans(texts[0]) == decode(*tagger.logits(texts[0])).spans
    assert set(tagger._pending) == {texts[1]}
    tagger.forget_prefetched()
    assert not tagger._pending
    assert tagger.spans(texts[1]) == decode(*tagger.logits(texts[1])).spans


@pytest.mark.model
def test_accurate_batches_match_single_extraction_and_leave_nothing_pending() -> None:
    from quotegraph.extract import extract, extract_many
    from quotegraph.extract.learned.tagger import load_tagger
    from quotegraph.model import Article

    texts = [
        "The mayor said the bridge would reopen in May.\n\nCrews worked overnight.",
        '"We are ready," the coach said on Friday.',
        "According to the agency, prices rose by 3 percent.",
    ]
    options = ExtractOptions(mode="accurate", batch_size=2)
    articles = [Article(id=str(i), text=t) for i, t in enumerate(texts)]
    batched = [[a.content.text for a in r.attributions] for r in extract_many(articles, options)]
    assert batched == [[a.content.text for a in extract(t, options)] for t in texts]
    assert any(batched)
    results = extract_many(articles, options)
    next(results)
    results.close()  # an abandoned batch drops what it prefetched
    assert not load_tagger()._pending


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


def test_fast_mode_drops_a_content_linked_to_neither_a_cue_nor_a_source() -> None:
    from quotegraph.extract.learned.fast import attributed
    from quotegraph.extract.learned.linking import Linked

    cued = Linked((0, 10), (12, 16), None)
    sourced = Linked((20, 30), None, (32, 40))
    alone = Linked((50, 60), None, None)
    assert attributed([cued, sourced, alone]) == [cued, sourced]
