"""Tests for the contents fast mode gives a cue tagged beside a source but linked to nothing."""

from __future__ import annotations

import pytest
from learned_helpers import blank_index


def _spans_of(text: str, *words: str) -> list[tuple[int, int]]:
    return [(text.index(w), text.index(w) + len(w)) for w in words]


@pytest.mark.parametrize(
    ("text", "source", "cue", "expected"),
    [
        ("We need to cut the budget, the mayor said. Then she left.", "the mayor", "said", "We need to cut the budget"),
        ("Then she left. The mayor said that the budget must be cut.", "The mayor", "said", "the budget must be cut"),
        ("Critics say the plan will fail.", "Critics", "say", "the plan will fail"),
        ("On Monday the mayor said the budget must be cut.", "the mayor", "said", None),  # inside its sentence
        ("Cut it, the mayor said.", "the mayor", "said", None),  # too short to guess
        ('"We need to cut the budget," the mayor said.', "the mayor", "said", None),  # a quotation is not guessed
        ("We need to cut the budget, the mayor said.", "We", "said", None),  # no source beside the cue
        # when or where it was said may follow a cue that closes its sentence; anything else may not
        ("We need to cut the budget, the mayor said on Monday.", "the mayor", "said", "We need to cut the budget"),
        ("We need to cut the budget, the mayor said in a statement.", "the mayor", "said", "We need to cut the budget"),
        ("We need to cut the budget, the mayor said and left the room.", "the mayor", "said", None),
        # a description set off before the source that opens its sentence
        ("The new mayor, Ann Lee, said that the budget must be cut.", "Ann Lee,", "said", "the budget must be cut"),
    ],
)
def test_fast_mode_gives_a_cue_beside_a_source_the_rest_of_its_sentence(
    text: str, source: str, cue: str, expected: str | None
) -> None:
    from quotegraph.extract.learned.orphans import orphan_contents

    spans = {"content": [], "source": _spans_of(text, source), "cue": _spans_of(text, cue)}
    found = orphan_contents(blank_index(text), [], spans)
    assert [text[item.content[0] : item.content[1]] for item in found] == ([expected] if expected else [])
    assert all((item.cue, item.source) == (spans["cue"][0], spans["source"][0]) for item in found)


def test_fast_mode_leaves_a_cue_that_has_its_content_or_one_that_would_overlap_another() -> None:
    from quotegraph.extract.learned.linking import Linked
    from quotegraph.extract.learned.orphans import orphan_contents

    text = "We need to cut the budget, the mayor said."
    spans = {"content": [], "source": _spans_of(text, "the mayor"), "cue": _spans_of(text, "said")}
    linked = Linked(_spans_of(text, "the budget")[0], spans["cue"][0], spans["source"][0])
    assert orphan_contents(blank_index(text), [linked], spans) == []  # its cue has a content
    elsewhere = Linked(_spans_of(text, "cut the")[0], None, spans["source"][0])
    assert orphan_contents(blank_index(text), [elsewhere], spans) == []  # would overlap a content found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. economy is weak, officials said.", "The U.S. economy is weak"),
        ("Mr. Smith's plan will fail, officials said.", "Mr. Smith's plan will fail"),
        ("It rained. Roads are closed, officials said.", "Roads are closed"),
        ("Roads are closed\nand schools too, officials said.", "and schools too"),
    ],
)
def test_fast_mode_finds_the_sentence_a_content_it_missed_starts(text: str, expected: str) -> None:
    from quotegraph.extract.learned.orphans import orphan_contents

    spans = {"content": [], "source": _spans_of(text, "officials"), "cue": _spans_of(text, "said")}
    (found,) = orphan_contents(blank_index(text), [], spans)
    assert text[found.content[0] : found.content[1]] == expected
