"""How the evaluator compares speaker names and attribute values: role, venue, via and date."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

_WORDS_FILE = "data/eval_words.tsv"
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class EvalWords:
    """The evaluator's word lists, read from ``quotegraph/data/eval_words.tsv``."""

    titles: frozenset[tuple[str, ...]]
    articles: frozenset[str]
    pronouns: frozenset[str]
    trim_chars: frozenset[str]


@lru_cache(maxsize=1)
def eval_words() -> EvalWords:
    """Load the evaluator's titles, articles, pronouns and trim characters once per process.

    Returns:
        The word lists; titles are token tuples so that "prime minister" drops as one title.
    """
    lists: dict[str, set[str]] = {"title": set(), "article": set(), "pronoun": set(), "trim": set()}
    text = resources.files("quotegraph").joinpath(_WORDS_FILE).read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, _, entry = line.partition("\t")
        lists[kind].add(entry if kind == "trim" else entry.strip().casefold())
    return EvalWords(
        titles=frozenset(tuple(_WORD.findall(t)) for t in lists["title"]),
        articles=frozenset(lists["article"]),
        pronouns=frozenset(lists["pronoun"]),
        trim_chars=frozenset(lists["trim"]),
    )


def name_tokens(name: str) -> list[str]:
    """Return the word tokens of a name: case folded, accents and punctuation dropped.

    Args:
        name: A speaker name or attribute value ("Mr. Hervé Bléjean").

    Returns:
        The ``\\w+`` tokens, e.g. ``["mr", "herve", "blejean"]``.
    """
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return _WORD.findall("".join(c for c in decomposed if not unicodedata.combining(c)))


def _drop_leading(tokens: list[str], *, titles: bool) -> list[str]:
    """Drop leading articles (and titles when asked) until the first other word."""
    words = eval_words()
    longest = max((len(t) for t in words.titles), default=0)
    changed = True
    while tokens and changed:
        changed = False
        if tokens[0] in words.articles:
            tokens, changed = tokens[1:], True
            continue
        for size in range(min(longest, len(tokens)), 0, -1) if titles else ():
            if tuple(tokens[:size]) in words.titles:
                tokens, changed = tokens[size:], True
                break
    return tokens


def is_pronoun(name: str) -> bool:
    """Tell whether a speaker string is only pronouns ("he", "they", "who"), which match by span only.

    Args:
        name: A speaker string.

    Returns:
        True when every token left after dropping articles is a pronoun.
    """
    tokens = _drop_leading(name_tokens(name), titles=False)
    return bool(tokens) and all(t in eval_words().pronouns for t in tokens)


def is_subsequence(short: Sequence[str], long: Sequence[str]) -> bool:
    """Tell whether ``short`` occurs as a contiguous run of tokens inside ``long``.

    Args:
        short: The tokens looked for.
        long: The tokens searched.

    Returns:
        True when ``short`` is non-empty and appears in ``long`` in order without gaps.
    """
    size = len(short)
    return size > 0 and any(list(long[i : i + size]) == list(short) for i in range(len(long) - size + 1))


def names_match(gold: str | None, pred: str | None) -> bool:
    """Tell whether two speaker names denote the same speaker by name alone.

    Names are case folded, stripped of accents and punctuation, and lose their leading articles and
    titles (``data/eval_words.tsv``); then one must be a contiguous token run of the other: "Trump"
    matches "Donald Trump" and "Mr. Trump", "Bill Clinton" does not match "Hillary Clinton". Pronouns
    never match by name. When a name is only a title or description ("the president"), the two must be
    equal once articles are dropped.

    Args:
        gold: The gold speaker string, or None.
        pred: The predicted speaker name, or None.

    Returns:
        True when both are names (not pronouns) that match as above.
    """
    if not gold or not pred or is_pronoun(gold) or is_pronoun(pred):
        return False
    gold_tokens, pred_tokens = name_tokens(gold), name_tokens(pred)
    gold_core = _drop_leading(gold_tokens, titles=True)
    pred_core = _drop_leading(pred_tokens, titles=True)
    if not gold_core or not pred_core:
        plain_gold = _drop_leading(gold_tokens, titles=False)
        return bool(plain_gold) and plain_gold == _drop_leading(pred_tokens, titles=False)
    return is_subsequence(gold_core, pred_core) or is_subsequence(pred_core, gold_core)


def values_match(gold: str, pred: str) -> bool:
    """Tell whether two role, venue or via strings agree: equal, or one a token run of the other.

    Containment is by whole tokens after case folding, so "NATO ex-Secretary General" contains
    "Secretary General" but "EU" is not inside "European".

    Args:
        gold: The gold value.
        pred: The predicted value.

    Returns:
        True when the normalised token lists are equal or one contains the other.
    """
    gold_tokens, pred_tokens = name_tokens(gold), name_tokens(pred)
    return is_subsequence(gold_tokens, pred_tokens) or is_subsequence(pred_tokens, gold_tokens)


def dates_match(gold: str, pred: str) -> bool:
    """Tell whether two ISO dates name the same day; a time part after the date is ignored.

    Args:
        gold: The gold date, ``YYYY-MM-DD``.
        pred: The predicted date, ``YYYY-MM-DD`` or a longer ISO timestamp.

    Returns:
        True when both parse as ISO dates and are the same day; False when either does not parse.
    """
    try:
        return date.fromisoformat(gold.strip()[:10]) == date.fromisoformat(pred.strip()[:10])
    except ValueError:
        return False
