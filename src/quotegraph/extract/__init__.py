"""Per-article extraction: quotes, cues, speakers and their context, as a pure function of an ``Article``.

Heavy modules (spaCy, models) load on first use, so importing options or language data stays cheap.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

from quotegraph.extract.options import ExtractOptions

if TYPE_CHECKING:
    from quotegraph.extract.api import extract, extract_many, load_pipeline

__all__ = ["ExtractOptions", "extract", "extract_many", "load_pipeline"]
_LAZY = {"extract", "extract_many", "load_pipeline"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module("quotegraph.extract.api"), name)
    raise AttributeError(f"module 'quotegraph.extract' has no attribute {name!r}")


class _CallableModule(types.ModuleType):
    # ``quotegraph.extract`` is both this package and the public function: calling the package extracts.
    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return importlib.import_module("quotegraph.extract.api").extract(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
