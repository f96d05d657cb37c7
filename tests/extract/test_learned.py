"""Tests for the learned attribution stage as a whole: its modes, options, missing weights and end-to-end runs."""

from __future__ import annotations

import pytest

from quotegraph.errors import QuotegraphError
from quotegraph.extract.options import CONVENTIONS, DEFAULT_CONVENTION, MODES, ExtractOptions
from quotegraph.registry import finders


def test_modes_are_registered_finders() -> None:
    from quotegraph.extract.pipeline import _load_finders

    _load_finders()
    assert set(MODES.values()) <= set(finders.get_all())


def test_every_convention_is_applied_and_the_default_is_the_project_s() -> None:
    from quotegraph.extract.learned.conventions import APPLY

    assert set(CONVENTIONS) == set(APPLY)
    assert ExtractOptions().convention == DEFAULT_CONVENTION == "quotegraph"


@pytest.mark.parametrize("field", [{"mode": "slow"}, {"convention": "conll"}])
def test_options_refuse_unknown_mode_or_convention(field: dict[str, str]) -> None:
    with pytest.raises(QuotegraphError):
        ExtractOptions(**field)  # type: ignore[arg-type]


def test_missing_weights_name_the_training_command(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.learned.tagger import ModelMissingError, Tagger

    with pytest.raises(ModelMissingError, match=r"training/train_attribution\.py"):
        Tagger(tmp_path)


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


@pytest.mark.model
def test_a_statement_longer_than_the_tagger_s_window_is_kept_whole() -> None:
    from quotegraph.extract import extract

    text = "The minister said that " + "the plan and the budget and the schedule " * 100 + "would change."
    found = extract(text, ExtractOptions(mode="accurate"))
    assert [(a.content.start, a.content.end, a.speaker.name) for a in found] == [
        (text.index("the plan"), len(text) - 1, "The minister")
    ]


def test_a_floating_quote_whose_source_lost_the_merge_keeps_its_own_speaker() -> None:
    from quotegraph.extract.candidates import Candidate
    from quotegraph.extract.pipeline import _without_orphans

    lost = Candidate(content=(0, 10), type="direct", rule="quote_cue_after", confidence=0.9)
    kept = Candidate(content=(20, 30), type="direct", rule="quote_cue_after", confidence=0.9)
    orphan = Candidate(content=(40, 50), type="direct", rule="floating_quote", confidence=0.7, inherited_from=lost)
    child = Candidate(content=(60, 70), type="direct", rule="floating_quote", confidence=0.7, inherited_from=kept)
    out = _without_orphans([kept, orphan, child])
    assert out[1].inherited_from is None and out[2].inherited_from is kept
