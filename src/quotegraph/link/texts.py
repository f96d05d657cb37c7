"""Quote-text features for statement linking: normalised text, numbers, polarity and lexical similarity; pure."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ftfy import fix_encoding
from rapidfuzz import fuzz

from quotegraph.link.words import fold, text_words

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_SPACED_THOUSANDS = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}\b)")
# A character mojibake starts with (see extract/repair.py); text without one is not given to ftfy, which costs
# half of these features' time on a quote with curly quotation marks.
_MOJIBAKE = re.compile("[\u0080-\u009f\u00c2-\u00f4]")
#: Below this many words, a quote that is a word subset of another is not taken as an excerpt of it.
MIN_EXCERPT_WORDS = 5


@dataclass(frozen=True)
class TextFeatures:
    """What statement linking compares in a quote.

    Attributes:
        norm: The words, case and accents folded, joined by single spaces.
        key: A short digest of ``norm``: equal keys mean a verbatim copy (up to case and punctuation).
        numbers: The numbers it states, as digit strings ("3", "1000000"; "three" and "trois" give "3").
        negated: Whether it contains a negation word ("not", "never", "ne ... pas").
        words: The number of words.
    """

    norm: str
    key: str
    numbers: frozenset[str]
    negated: bool
    words: int


def _number(raw: str) -> str:
    """Digits of a written number with grouping separators removed ("1,000" -> "1000"; "3.5" kept)."""
    if re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", raw):
        return re.sub(r"[,.]", "", raw)
    return raw.replace(",", ".")


@lru_cache(maxsize=262144)
def text_features(text: str) -> TextFeatures:
    """Compute the features of one quote text.

    Args:
        text: The reported content, in any language; mojibake in it ("â€™" for "’", as an article mis-decoded
            upstream spells its contents) is read as repaired, so that a mis-decoded copy is a verbatim copy.

    Returns:
        Its normalised words, digest, numbers and polarity.
    """
    words = text_words()
    if _MOJIBAKE.search(text):
        text = fix_encoding(text)
    folded = _SPACED_THOUSANDS.sub("", fold(unicodedata.normalize("NFKC", text)).replace("’", "'"))
    tokens = _WORD.findall(folded)
    numbers = {_number(n) for n in _DIGITS.findall(folded)}
    numbers.update(words.numbers[t] for t in tokens if t in words.numbers)
    parts = [p for t in tokens for p in re.split(r"'", t) if p]
    negations = sum(1 for p in parts if p in words.negations) + folded.count("n't")
    norm = " ".join(tokens)
    digest = hashlib.sha1(norm.encode("utf-8")).hexdigest()[:16]
    return TextFeatures(norm, digest, frozenset(numbers), negations > 0, len(tokens))


def lexical_similarity(a: TextFeatures, b: TextFeatures) -> float:
    """Score how close two quotes are in wording, 0 to 100.

    The best of the edit ratio and the token-sort ratio; when both quotes have at least
    ``MIN_EXCERPT_WORDS`` words, also the token-set ratio, so that an excerpt of a longer quote scores high.

    Args:
        a: One quote's features.
        b: Another quote's features.

    Returns:
        100 for a verbatim copy, lower as the wording departs.
    """
    if a.key == b.key:
        return 100.0
    score = max(fuzz.ratio(a.norm, b.norm), fuzz.token_sort_ratio(a.norm, b.norm))
    if min(a.words, b.words) >= MIN_EXCERPT_WORDS:
        score = max(score, fuzz.token_set_ratio(a.norm, b.norm))
    return float(score)


def numbers_conflict(a: TextFeatures, b: TextFeatures) -> bool:
    """Whether both quotes state numbers and share none ("3 percent" versus "4 percent")."""
    return bool(a.numbers) and bool(b.numbers) and not (a.numbers & b.numbers)


def shingles(features: TextFeatures, size: int = 2) -> list[bytes]:
    """Return the word n-grams of a quote as bytes, for MinHash (the whole quote when it is shorter)."""
    tokens = features.norm.split()
    if len(tokens) <= size:
        return [features.norm.encode("utf-8")] if tokens else []
    return [" ".join(tokens[i : i + size]).encode("utf-8") for i in range(len(tokens) - size + 1)]
