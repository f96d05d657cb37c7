"""Making spaCy's rule lemmatizer fast without changing a lemma: a set behind its word index, and a memo.

On PolNeAR dev spaCy's ``Lemmatizer`` took 2.7 s of a 20 s parse, more than the parser. Two things made it slow.
Its word index (``lemma_index``, 57,528 nouns in English) is a list, so each form a suffix rule derives is looked up
by scanning it; ``IndexedWords`` answers ``in`` from a set instead and still is the list spaCy reads and saves. And
it keeps only the lemmas it derives by rule: a word already in its base form (most nouns, verbs and adjectives in
news text) is checked again at every occurrence. In rule mode a lemma depends on nothing but the word, its coarse
part of speech and its morphology, so ``LemmaMemo`` answers each such triple once. Both give the same lemmas.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Token

# Distinct (word, part of speech, morphology) triples kept before the memo starts over: a few MB, so that a
# long-running process over an open-ended vocabulary never grows without bound (PolNeAR train has about 40,000).
MEMO_LIMIT = 200_000


class IndexedWords(list[str]):
    """A lemmatizer's list of known words that answers ``in`` from a set (a list still, for spaCy to save)."""

    def __init__(self, words: list[str]) -> None:
        super().__init__(words)
        self.known = frozenset(words)

    def __contains__(self, word: object) -> bool:
        return word in self.known


class LemmaMemo:
    """``Lemmatizer.lemmatize`` with each (word, part of speech, morphology) answered once.

    A plain class rather than a closure, so that a pipeline holding it still pickles (spaCy's worker processes).
    """

    def __init__(self, lemmatize: Callable[[Token], list[str]]) -> None:
        self.lemmatize = lemmatize
        self.memo: dict[tuple[int, int, int], list[str]] = {}

    def __call__(self, token: Token) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)  # type: ignore[attr-defined]  # as spaCy keys its own cache
        found = self.memo.get(key)
        if found is None:
            if len(self.memo) >= MEMO_LIMIT:
                self.memo.clear()
            found = self.memo[key] = self.lemmatize(token)
        return found


def speed_up_lemmatizers(nlp: Language) -> Language:
    """Give every rule-mode lemmatizer of ``nlp`` a set behind its word index and a ``LemmaMemo`` (in place; other
    modes are left alone: a lookup lemmatizer is one dictionary read already)."""
    for _, component in nlp.pipeline:
        if isinstance(component, Lemmatizer) and component.mode == "rule":
            if "lemma_index" in component.lookups:
                index = component.lookups.get_table("lemma_index")
                for pos, words in list(index.items()):
                    index[pos] = IndexedWords(words)
            component.lemmatize = LemmaMemo(component.rule_lemmatize)
    return nlp
