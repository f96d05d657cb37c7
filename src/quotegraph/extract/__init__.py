"""Per-article extraction: quotes, cues, speakers and their context, as a pure function of an ``Article``."""

from quotegraph.extract.api import extract, extract_many, load_pipeline
from quotegraph.extract.options import ExtractOptions

__all__ = ["ExtractOptions", "extract", "extract_many", "load_pipeline"]
