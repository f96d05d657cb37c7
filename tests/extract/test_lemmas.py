"""The lemmatizer speed-up: spaCy's own lemmas, each word worked out once, and a word index still saved as a list."""

from __future__ import annotations

import pytest
import spacy
import srsly
from spacy.tokens import Token

from quotegraph.extract import lemmas
from quotegraph.extract.api import load_pipeline
from quotegraph.extract.lemmas import IndexedWords, LemmaMemo
from quotegraph.settings import get_setting

# Plurals, past forms, comparatives and irregular forms that the suffix rules and the word index decide, and
# base forms that spaCy checks again at every occurrence.
TEXT = (
    "The senators were asking whether the committees had hidden their studies. Mice ran better than the geese, "
    "she said, and the children's toys were the best. The senator hopes the committee studies it; she asked again."
)


def test_the_pipeline_lemmatizes_as_spacy_does() -> None:
    plain = spacy.load(get_setting("spacy_model"))
    nlp = load_pipeline("en", "rules")
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert isinstance(lemmatizer.lemmatize, LemmaMemo)
    assert all(isinstance(words, IndexedWords) for words in lemmatizer.lookups.get_table("lemma_index").values())
    expected = [t.lemma_ for t in plain(TEXT)]
    assert "mouse" in expected and "hide" in expected and "child" in expected  # the rules and the index were used
    assert [t.lemma_ for t in nlp(TEXT)] == expected
    assert [t.lemma_ for t in nlp(TEXT)] == expected  # again, from the memo


def test_indexed_words_answer_membership_and_save_as_a_list() -> None:
    words = IndexedWords(["mouse", "goose"])
    assert "goose" in words and "geese" not in words and 3 not in words
    assert words == ["mouse", "goose"]
    assert srsly.msgpack_loads(srsly.msgpack_dumps({"noun": words})) == {"noun": ["mouse", "goose"]}


def test_the_memo_works_each_word_out_once_and_starts_over_at_its_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = spacy.blank("en")("votes and votes and votes")
    asked: list[str] = []

    def lemmatize(token: Token) -> list[str]:
        asked.append(token.text)
        return [token.text.rstrip("s")]

    memo = LemmaMemo(lemmatize)
    assert [memo(t)[0] for t in doc] == ["vote", "and", "vote", "and", "vote"]
    assert asked == ["votes", "and"]
    monkeypatch.setattr(lemmas, "MEMO_LIMIT", 1)
    asked.clear()
    fresh = LemmaMemo(lemmatize)
    assert [fresh(t)[0] for t in doc] == ["vote", "and", "vote", "and", "vote"]
    assert asked == ["votes", "and", "votes", "and", "votes"]  # one entry kept: each new word pushes the last out
    assert len(fresh.memo) == 1
