"""The linker's language data: name words, transliteration rules and quote-text words, read from ``link/data``."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_NAME_KINDS = ("honorific", "title", "article", "particle", "suffix", "org", "org_stop", "pronoun", "stop")
# Letters that NFKD does not split into a base letter and an accent.
_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"})


@dataclass(frozen=True)
class NameWords:
    """Word sets used to clean and parse speaker names, keyed by kind (accents and case folded)."""

    honorifics: frozenset[str]
    titles: frozenset[str]
    articles: frozenset[str]
    particles: frozenset[str]
    suffixes: frozenset[str]
    org_words: frozenset[str]
    org_stop: frozenset[str]
    pronouns: frozenset[str]
    stop: frozenset[str]


@dataclass(frozen=True)
class TextWords:
    """Word sets used to compare quote texts: negations, and number words with their values."""

    negations: frozenset[str]
    numbers: dict[str, str]


def _rows(name: str) -> list[list[str]]:
    """Read one TSV data file, skipping comments and the header line."""
    text = resources.files("quotegraph.link").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return rows[1:]


@lru_cache(maxsize=262144)
def fold(text: str) -> str:
    """Return ``text`` case folded with accents removed ("Hervé Bléjean" -> "herve blejean")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def name_words() -> NameWords:
    """Load ``link/data/name_words.tsv`` once per process.

    Returns:
        The word sets, folded so that "Président" and "president" are the same word.
    """
    sets: dict[str, set[str]] = {kind: set() for kind in _NAME_KINDS}
    for row in _rows("name_words.tsv"):
        sets[row[1]].add(fold(row[0]))
    return NameWords(
        honorifics=frozenset(sets["honorific"]),
        titles=frozenset(sets["title"]),
        articles=frozenset(sets["article"]),
        particles=frozenset(sets["particle"]),
        suffixes=frozenset(sets["suffix"]),
        org_words=frozenset(sets["org"]),
        org_stop=frozenset(sets["org_stop"]),
        pronouns=frozenset(sets["pronoun"]),
        stop=frozenset(sets["stop"]),
    )


@lru_cache(maxsize=1)
def translit_rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Load the ordered transliteration rewrite rules from ``link/data/translit.tsv`` once per process."""
    return tuple((re.compile(row[0]), row[1] if len(row) > 1 else "") for row in _rows("translit.tsv"))


@lru_cache(maxsize=1)
def text_words() -> TextWords:
    """Load ``link/data/text_words.tsv`` (negations and number words) once per process."""
    negations: set[str] = set()
    numbers: dict[str, str] = {}
    for row in _rows("text_words.tsv"):
        if row[1] == "negation":
            negations.add(fold(row[0]))
        else:
            numbers[fold(row[0])] = row[2]
    return TextWords(frozenset(negations), numbers)
