"""Venue, addressee and the other context of a statement (``extract/context.py``), on text written for quotegraph."""

from __future__ import annotations

import pytest

from quotegraph.extract import extract

pytestmark = pytest.mark.model

# a live blog run into one line, its entries parted by rules of underscores, as when its line breaks are lost
LIVE_BLOG = [
    "The mayor says the bridge will close in May.  ___.  9:30 p.m.  Councillor Tom Berg says the plan is a waste of "
    "money.  ___.  9:12 p.m.  The governor tells ___ reporters that she backs the mayor.",
    "He asks whether she can bring change when she depends on big donors?\u201d  ___.  9:10 p.m.  Donald Trump is "
    "telling a crowd that he will win.  ___.  9:08 p.m.  Hillary Clinton is pulling ahead.",
]


@pytest.mark.parametrize("text", LIVE_BLOG)
def test_a_mark_the_parser_made_an_object_is_no_addressee(text: str) -> None:
    # the parser hung "___" on "tells" as its object; the addressee's phrase, made without punctuation, was empty
    # and reading it failed (IndexError: the article was lost)
    found = extract(text)
    assert len(found) >= 2
    assert all(a.addressee is None or any(ch.isalpha() for ch in a.addressee.value) for a in found)
