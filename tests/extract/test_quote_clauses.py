"""Tests for how far a quotation's content reaches beside its cue (``quote_clauses``)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _index(nlp, text: str):  # type: ignore[no-untyped-def]
    from quotegraph.extract.candidates import DocIndex
    from quotegraph.extract.language import load_language

    return DocIndex(nlp(text), load_language("en"))


def test_a_quotation_the_cues_clause_runs_on_from_is_widened_to_that_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.quote_clauses import with_clause

    text = 'The mayor said the plan was "dead on arrival" and would be dropped.'
    index = _index(nlp, text)
    (quote,) = index.quotes
    said = next(t for t in index.doc if t.text == "said")
    start, end = with_clause(index, quote, said)
    assert text[start:end] == 'the plan was "dead on arrival" and would be dropped'


def test_a_quotation_alone_beside_its_cue_is_not_widened(nlp) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.quote_clauses import with_clause

    text = '"The plan is dead," the mayor said.'
    index = _index(nlp, text)
    (quote,) = index.quotes
    said = next(t for t in index.doc if t.text == "said")
    assert with_clause(index, quote, said) == (quote.start, quote.end)


def test_a_quotation_reopened_in_the_next_paragraph_continues_to_its_last(nlp) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.quote_clauses import continued

    text = 'The mayor said: "The plan is dead.\n\n"We will start again next year."'
    index = _index(nlp, text)
    first, last = index.quotes
    assert continued(index, first) is last
    assert continued(index, last) is last
