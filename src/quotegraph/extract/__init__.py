"""Per-article extraction: quotes, cues, speakers and their context, as a pure function of an ``Article``."""

import sys
import types
from typing import Any

from quotegraph.extract.api import extract, extract_many, load_pipeline
from quotegraph.extract.options import ExtractOptions

__all__ = ["ExtractOptions", "extract", "extract_many", "load_pipeline"]


class _CallableModule(types.ModuleType):
    # ``quotegraph.extract`` is both this package and the public function: calling the package extracts.
    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return extract(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
