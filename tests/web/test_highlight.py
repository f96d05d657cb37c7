"""Cutting article text into highlight runs: overlaps, clipping, colours and tooltips."""

from __future__ import annotations

from quotegraph.model import Attribution, Evidence, Span, SpeakerRef
from quotegraph.web.convert import attribution_public
from quotegraph.web.highlight import PALETTE_SIZE, runs, speaker_colours, tooltip
from quotegraph.web.schemas import AttributionPublic

TEXT = 'Ann Lee said "Bob Ray is wrong," and Bob Ray said "no."'


def _a(
    content: tuple[int, int], speaker: str | None, mention: tuple[int, int] | None, cue: tuple[int, int]
) -> AttributionPublic:
    ref = SpeakerRef(speaker, "person", (Span.of(TEXT, *mention),) if mention else (), role=Evidence("minister"))
    a = Attribution("a", "direct", Span.of(TEXT, *content), ref, cue=Span.of(TEXT, *cue), venue=Evidence("TV"))
    return attribution_public(a, "2024-01-02")


ANN = _a((14, 30), "Ann Lee", (0, 7), (8, 12))
BOB = _a((51, 54), "Bob Ray", (14, 21), (45, 49))  # Bob's mention sits inside Ann's quote


def test_runs_join_back_into_the_text() -> None:
    assert "".join(r.text for r in runs(TEXT, [ANN, BOB])) == TEXT


def test_runs_carry_every_covering_mark_and_the_most_specific_kind() -> None:
    found = {r.text: r for r in runs(TEXT, [ANN, BOB])}
    assert (found["Ann Lee"].kind, found["Ann Lee"].lead) == ("speaker", 0)
    inside = found["Bob Ray"]
    assert inside.kind == "speaker" and inside.lead == 1 and inside.indices == [0, 1]
    assert (found[" is wrong"].kind, found[" is wrong"].indices) == ("quote", [0])
    assert found["said"].kind == "cue" and found['," and Bob Ray '].marks == ()


def test_runs_clip_spans_outside_the_text() -> None:
    bad = ANN.model_copy(update={"content": ANN.content.model_copy(update={"end": 10_000})})
    assert "".join(r.text for r in runs(TEXT, [bad])) == TEXT
    assert runs("", [ANN]) == []


def test_speaker_colours_in_order_of_appearance() -> None:
    many = [ANN.model_copy(update={"speaker": ANN.speaker.model_copy(update={"name": f"S{n}"})}) for n in range(12)]
    colours = speaker_colours([BOB, ANN, *many])
    assert colours["Bob Ray"] == 0 and colours["Ann Lee"] == 1 and colours[None] == -1
    assert colours["S11"] == 13 % PALETTE_SIZE


def test_tooltip_names_speaker_role_type_venue_date_confidence() -> None:
    assert tooltip(ANN) == "Ann Lee · minister · direct quote · venue: TV · 2024-01-02 · confidence 1.00"
