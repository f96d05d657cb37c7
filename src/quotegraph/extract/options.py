"""The one typed, frozen options object that travels with extraction."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExtractOptions:
    """How to extract.

    Attributes:
        min_confidence: Drop attributions whose overall confidence is below this.
        include_indirect: Keep indirect (unquoted) attributions.
        include_anonymous: Keep attributions to anonymous sources ("a source said").
        batch_size: Articles per spaCy batch in ``extract_many``.
        n_process: spaCy worker processes in ``extract_many`` (1 = in this process).
    """

    min_confidence: float = 0.0
    include_indirect: bool = True
    include_anonymous: bool = True
    batch_size: int = 32
    n_process: int = 1
