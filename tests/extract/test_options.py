"""``ExtractOptions``: checked names, and the recipe the ingest ledger keeps of how a record was extracted."""

from __future__ import annotations

import pytest

from quotegraph.errors import QuotegraphError
from quotegraph.extract import ExtractOptions


def test_the_recipe_names_the_mode_and_whatever_else_changes_the_output() -> None:
    assert ExtractOptions().recipe == "rules"
    assert ExtractOptions(mode="accurate", batch_size=4, n_process=2).recipe == "accurate"
    changed = ExtractOptions(mode="fast", convention="polnear", min_confidence=0.7, include_anonymous=False)
    assert changed.recipe == "fast convention=polnear min_confidence=0.7 include_anonymous=False"


@pytest.mark.parametrize(
    "options",
    [ExtractOptions(), ExtractOptions(mode="accurate", convention="polnear"), ExtractOptions(include_indirect=False)],
)
def test_a_recipe_reads_back_as_the_options_it_names(options: ExtractOptions) -> None:
    assert ExtractOptions.from_recipe(options.recipe) == options


@pytest.mark.parametrize(
    ("recipe", "message"),
    [("best", "unknown mode 'best'"), ("rules speed=3", "unknown option 'speed'"), ("fast include_indirect=no", "bad")],
)
def test_a_recipe_naming_what_is_not_an_option_is_refused(recipe: str, message: str) -> None:
    with pytest.raises(QuotegraphError, match=message):
        ExtractOptions.from_recipe(recipe)


@pytest.mark.parametrize(("field", "value"), [("mode", "best"), ("convention", "ap")])
def test_unknown_names_are_refused(field: str, value: str) -> None:
    with pytest.raises(QuotegraphError, match=f"unknown {field} '{value}'"):
        ExtractOptions(**{field: value})  # type: ignore[arg-type]
