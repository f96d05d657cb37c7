"""Tests for which organisation "it", "its" and a description such as "the company" take up (``organisations``)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _read(nlp, text: str):  # type: ignore[no-untyped-def]
    from quotegraph.extract.candidates import DocIndex
    from quotegraph.extract.language import load_language
    from quotegraph.extract.people import NameIndex

    index = DocIndex(nlp(text), load_language("en"))
    return index, NameIndex(index)


def test_a_business_description_fits_a_firm_but_not_a_ministry(nlp) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.organisations import fits_organisation

    index, _ = _read(nlp, "The planemaker said it would appeal.")
    planemaker = next(t for t in index.doc if t.text == "planemaker")
    assert fits_organisation("Boeing", planemaker, near=True, lang=index.lang)
    assert not fits_organisation("the Transport Ministry", planemaker, near=True, lang=index.lang)


def test_a_description_takes_up_the_organisation_that_was_subject_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.organisations import described_organisation

    index, names = _read(nlp, "Boeing delivered 30 jets in May. The planemaker said demand was strong.")
    planemaker = next(t for t in index.doc if t.text == "planemaker")
    found = described_organisation(index, names, planemaker)
    assert found is not None and found.name == "Boeing"


def test_it_takes_up_the_reporting_subject_not_the_one_reported(nlp) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.organisations import last_organisation

    index, names = _read(nlp, "The lawsuit says the company ignored warnings. It seeks damages.")
    it = next(t for t in index.doc if t.text == "It")
    found = last_organisation(index, names, it)
    assert found is not None and found.name == "The lawsuit"


def test_a_role_its_owns_is_an_office_in_the_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.organisations import owned_role
    from quotegraph.model import Evidence, Span

    text = "The European Central Bank kept rates unchanged, and its president, Christine Lagarde, said more was needed."
    index, names = _read(nlp, text)
    start = text.index("its president")
    role = Evidence("its president", Span(start, start + len("its president"), "its president"), 0.8)
    owned = owned_role(index, names, role)
    assert owned is not None and owned.value == "president of the European Central Bank"
