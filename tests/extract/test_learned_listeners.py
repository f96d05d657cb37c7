"""Tests for fast mode's listeners and occasions before "that" (``quotegraph.extract.learned.listeners``)."""

from __future__ import annotations

import pytest
from learned_helpers import blank_index

from quotegraph.extract.learned.linking import Linked
from quotegraph.extract.learned.listeners import after_listener


def _span(text: str, words: str) -> tuple[int, int]:
    return text.index(words), text.index(words) + len(words)


@pytest.mark.parametrize(
    ("text", "cue", "content", "expected"),
    [
        # a verb of telling: its object is the listener, or the occasion
        (
            "Zakharova told a briefing in Moscow that the West was to blame.",
            "told",
            "a briefing in Moscow that the West was to blame",
            "that the West was to blame",
        ),
        (
            "Erdogan told his party's lawmakers in Ankara that Turkey would object.",
            "told",
            "his party's lawmakers in Ankara that Turkey would object",
            "that Turkey would object",
        ),
        # a verb of speech and a preposition, inside the cue or left between
        (
            "The Foreign Office said in a statement on its website that the envoy was summoned.",
            "said in a statement on",
            "its website that the envoy was summoned",
            "that the envoy was summoned",
        ),
        ("Harry said in his memoir that he was hurt.", "said", "his memoir that he was hurt", "that he was hurt"),
        # a verb of telling and a preposition, the tagger's cue cut inside the occasion after a determiner
        (
            "Draghi warned in a speech in Madrid that Europe risked a recession.",
            "warned in a",
            "speech in Madrid that Europe risked a recession",
            "that Europe risked a recession",
        ),
        # the object of a cue of topic is what was spoken of; "agreed with X that" keeps X, as PolNeAR marks it
        (
            "He was referring to reports that Trump used undocumented workers.",
            "referring to",
            "reports that Trump used undocumented workers",
            "reports that Trump used undocumented workers",
        ),
        (
            "They focused on the disputed elections that sparked the violence.",
            "focused on",
            "the disputed elections that sparked the violence",
            "the disputed elections that sparked the violence",
        ),
        (
            "The judge agreed with Ivana Trump that there was no reason to intrude.",
            "agreed with",
            "Ivana Trump that there was no reason to intrude",
            "Ivana Trump that there was no reason to intrude",
        ),
        # no "that", a quotation or a sentence end before it, or too far: left as tagged
        ("Two sources told Reuters the talks had broken down.", "told", "Reuters the talks had broken down", None),
        ('She told the "Today" show that she was fine.', "told", 'the "Today" show that she was fine', None),
        ("He told me. Later that day he left.", "told", "me. Later that day he left", None),
    ],
)
def test_fast_mode_starts_a_content_after_a_listener_at_its_that(
    text: str, cue: str, content: str, expected: str | None
) -> None:
    item = Linked(content=_span(text, content), cue=_span(text, cue), source=None)
    found = after_listener(blank_index(text), item)
    assert text[found.content[0] : found.content[1]] == (expected or content)
