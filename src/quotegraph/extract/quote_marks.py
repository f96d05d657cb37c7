"""A language's quotation-mark conventions (``extract/lang/<code>/quote_marks.json``): the pairs that open and close
quotations, the marks that do both or stand for an apostrophe, speech dashes, and the marks a mixed-up pair may close
with."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class QuoteMarks:
    """Quotation-mark conventions: opening/closing pairs, marks that open or close by context, dashes."""

    pairs: tuple[tuple[str, str], ...]
    symmetric: frozenset[str]
    apostrophe_like: frozenset[str]
    speech_dashes: frozenset[str]
    post_tags: frozenset[str] = frozenset()
    stand_ins: tuple[frozenset[str], ...] = ()

    @property
    def openers(self) -> frozenset[str]:
        return frozenset(o for o, _ in self.pairs)

    @cached_property
    def characters(self) -> frozenset[str]:
        """Every one-character quotation mark, apostrophe-like ones included (``'`` and ``’`` also close quotes)."""
        marks = {mark for pair in self.pairs for mark in pair} | self.symmetric | self.apostrophe_like
        return frozenset(mark for mark in marks if len(mark) == 1)

    @cached_property
    def unambiguous(self) -> frozenset[str]:
        """The one-character marks that are never an apostrophe nor pair with one: counting them tells whether a
        quotation is open (``‘`` is left out, as ``’`` closes it and also stands in "don’t")."""
        ambiguous = set(self.apostrophe_like)
        for opener, closer in self.pairs:
            if opener in self.apostrophe_like or closer in self.apostrophe_like:
                ambiguous |= {opener, closer}
        return self.characters - ambiguous

    def closers_for(self, opener: str) -> frozenset[str]:
        """Marks that close a quote opened by ``opener``."""
        closers = {c for o, c in self.pairs if o == opener}
        if opener in self.symmetric:
            closers.add(opener)
        return frozenset(closers)

    def stand_ins_for(self, opener: str) -> frozenset[str]:
        """Marks that may close a quote opened by ``opener`` in place of its own closer (a mixed-up pair)."""
        group = frozenset().union(*(marks for marks in self.stand_ins if opener in marks))
        return group - self.closers_for(opener)


def load_quote_marks(code: str) -> QuoteMarks:
    """The quotation-mark conventions of the language ``code`` from its data folder."""
    path = resources.files("quotegraph.extract.lang").joinpath(code, "quote_marks.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return QuoteMarks(
        pairs=tuple((str(o), str(c)) for o, c in data["pairs"]),
        symmetric=frozenset(data["symmetric"]),
        apostrophe_like=frozenset(data["apostrophe_like"]),
        speech_dashes=frozenset(data["speech_dashes"]),
        post_tags=frozenset(data.get("post_tags", [])),
        stand_ins=tuple(frozenset(group) for group in data.get("stand_ins", [])),
    )
