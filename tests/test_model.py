"""The data model: stable ids, JSON round trips and the schema version check."""

from __future__ import annotations

import pytest

from quotegraph.model import (
    SCHEMA_VERSION,
    Article,
    Attribution,
    Evidence,
    ExtractionResult,
    Span,
    SpeakerRef,
    article_id_for,
    lone_surrogate,
)


def _attribution() -> Attribution:
    text = '"Yes," Ana said on CNN.'
    return Attribution(
        article_id="a1",
        type="direct",
        content=Span.of(text, 1, 5),
        cue=Span.of(text, 11, 15),
        speaker=SpeakerRef("Ana", "person", (Span.of(text, 7, 10),), Evidence("Mayor", None, 0.8), 0.9),
        venue=Evidence("CNN", Span.of(text, 19, 22), 0.8),
        via=(Evidence("BBC", None, 0.5),),
        said_on=Evidence("2024-01-02", None, 0.7),
        confidence=0.7,
    )


def test_article_id_prefers_outlet_and_url() -> None:
    assert article_id_for("x", "TASS", "https://t/1") == article_id_for("other text", "tass", "https://t/1")
    assert article_id_for("x") != article_id_for("y")
    assert article_id_for("x").startswith("a-")


def test_attribution_round_trip() -> None:
    attribution = _attribution()
    assert Attribution.from_dict(attribution.to_dict()) == attribution
    assert attribution.id == "a1:1-5"


def test_extraction_result_round_trip_and_version() -> None:
    result = ExtractionResult(Article.from_text("hello", title="t"), (_attribution(),))
    data = result.to_dict()
    assert data["schema_version"] == SCHEMA_VERSION
    assert ExtractionResult.from_dict(data) == result


def test_extraction_result_rejects_other_major_version() -> None:
    data = ExtractionResult(Article.from_text("hello"), ()).to_dict()
    data["schema_version"] = "9.0"
    with pytest.raises(ValueError, match="schema_version"):
        ExtractionResult.from_dict(data)


def test_lone_surrogate_finds_the_first_one_and_says_where() -> None:
    assert lone_surrogate("a pair \U0001f600 is one character") is None
    assert lone_surrogate("ab\ud800c", "text") == ("text", 2, "\ud800")
    assert lone_surrogate({"a": ["x", "y\udc80"], "b": "\udfff"}, "meta") == ("meta['a'][1]", 1, "\udc80")
    assert lone_surrogate({"k\ud83d": 1}, "meta") == ("meta key", 1, "\ud83d")
    assert lone_surrogate((1, None, 2.5), "tuple") is None
