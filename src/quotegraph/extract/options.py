"""The one typed, frozen options object that travels with extraction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from quotegraph.errors import QuotegraphError

# Which finder each mode runs (names in ``quotegraph.registry.finders``).
MODES: dict[str, str] = {
    "accurate": "quotegraph.learned_finder.v1",
    "fast": "quotegraph.fast_finder.v1",
    "rules": "quotegraph.rules_finder.v1",
}
DEFAULT_MODE = "rules"  # by the dev numbers and speed: see src/quotegraph/models/MODEL_CARD.md
DEFAULT_CONVENTION = "quotegraph"  # the project's own span convention (gold-format.md)
CONVENTIONS: tuple[str, ...] = (DEFAULT_CONVENTION, "polnear")  # each applied by learned/conventions.APPLY


@dataclass(frozen=True)
class ExtractOptions:
    """How to extract.

    Attributes:
        min_confidence: Drop attributions whose overall confidence is below this. In accurate mode an attribution's
            confidence is the verifier's probability that it is someone's words times its speaker's confidence
            (PolNeAR dev in its convention: 0.7 keeps 1,342 of 2,064 attributions, 94.9 % of them partial matches,
            against 87.6 % of all).
        include_indirect: Keep indirect (unquoted) attributions.
        include_anonymous: Keep attributions to anonymous sources ("a source said").
        batch_size: Articles per batch in ``extract_many`` (spaCy reads at most ``api.PIPE_BATCH`` of them at a
            time).
        n_process: spaCy worker processes in ``extract_many`` (1 = in this process). With more, one pool of them
            parses every article of a language (in accurate mode, a pool for each batch, beside the tagger process).
        mode: ``accurate`` (learned tagger merged with the confident rules), ``fast`` (see ``MODES``) or
            ``rules`` (the rule engine alone).
        convention: How content spans are cut: ``quotegraph`` (the project's: no leading "that", an
            interrupted quote is two quotes) or ``polnear`` (PolNeAR's annotation guidelines).
    """

    min_confidence: float = 0.0
    include_indirect: bool = True
    include_anonymous: bool = True
    batch_size: int = 32
    n_process: int = 1
    mode: str = DEFAULT_MODE
    convention: str = DEFAULT_CONVENTION

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise QuotegraphError(f"unknown mode {self.mode!r} (choose from {', '.join(MODES)})")
        if self.convention not in CONVENTIONS:
            raise QuotegraphError(f"unknown convention {self.convention!r} (choose from {', '.join(CONVENTIONS)})")

    @property
    def recipe(self) -> str:
        """What decides the attributions found, as the ingest ledger records it: the mode, then any option that
        differs from its default and changes the output (``accurate``, ``rules convention=polnear``)."""
        defaults = ExtractOptions()
        changed = [
            f"{name}={getattr(self, name)}" for name in _RECIPE_VALUES if getattr(self, name) != getattr(defaults, name)
        ]
        return " ".join([self.mode, *changed])

    @classmethod
    def from_recipe(cls, recipe: str) -> ExtractOptions:
        """The options a ``recipe`` names (the other fields at their defaults).

        Raises:
            QuotegraphError: If the recipe names an unknown mode, option or value.
        """
        mode, *changed = recipe.split()
        fields: dict[str, Any] = {}
        for item in changed:
            name, _, value = item.partition("=")
            if name not in _RECIPE_VALUES:
                raise QuotegraphError(f"unknown option {name!r} in the extraction recipe {recipe!r}")
            try:
                fields[name] = _RECIPE_VALUES[name](value)
            except ValueError as exc:
                raise QuotegraphError(f"bad value {value!r} for {name} in the extraction recipe {recipe!r}") from exc
        return cls(mode=mode, **fields)


def _flag(value: str) -> bool:
    if value not in ("True", "False"):
        raise ValueError(value)
    return value == "True"


# The options that change what is found, in the order a recipe names them, and how ``from_recipe`` reads each.
_RECIPE_VALUES: dict[str, Callable[[str], Any]] = {
    "convention": str,
    "min_confidence": float,
    "include_indirect": _flag,
    "include_anonymous": _flag,
}
