"""quotegraph: who said what, in what role, where, when, through whom, and who else reported it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from quotegraph.model import Article, Attribution, ExtractionResult, Span, SpeakerRef

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Attribution",
    "ExtractionResult",
    "Span",
    "SpeakerRef",
    "__version__",
    "extract",
    "extract_many",
    "read_sources",
    "run_eval",
]

if TYPE_CHECKING:
    from quotegraph.evaluate import run_eval
    from quotegraph.extract import extract, extract_many
    from quotegraph.read import read_sources

_LAZY = {
    "extract": "quotegraph.extract",
    "extract_many": "quotegraph.extract",
    "read_sources": "quotegraph.read",
    "run_eval": "quotegraph.evaluate",
}


def __getattr__(name: str) -> Any:
    # Imported on first use so that ``quotegraph version`` does not pay for loading spaCy.
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'quotegraph' has no attribute {name!r}")
