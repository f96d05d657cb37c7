"""Making spaCy's attribute ruler fast without changing what it sets: one-token rules matched once per kind of token.

The attribute ruler of spaCy's English pipelines (parts of speech and morphology from tags, and exceptions) runs a
``Matcher`` of 179 rules over every token; on PolNeAR dev that took 2.4-2.9 s of a 20 s parse, more than the parser.
All but a few of its rules look at one token only, and only at its tag, lower-case form and dependency label (and
whether it is white space, which follows from the form). Two tokens with the same tag that agree on every form and
label some rule names match the same such rules, so ``RuleMemo`` matches them once per kind of token: its tag, its
form or "a form no rule names", its label or "a label no rule names". The rules over several tokens, and any rule
that tests anything else, run in a ``Matcher`` over the text as before. ``RuleMemo`` returns the sorted matches the
ruler's own ``match`` returns, which the ruler then sets as it always does.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.attrs import DEP, LOWER, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

# Kinds of token kept before the memo starts over (PolNeAR dev and train together have about 2,000).
MEMO_LIMIT = 100_000
OTHER = -1  # a form or label that no one-token rule names
Match = tuple[int, int, int, int]  # (rule number, matcher key, start, end), as ``AttributeRuler.match`` gives
_SETS = frozenset({"IN", "NOT_IN"})


class RuleMemo:
    """``AttributeRuler.match`` with the one-token rules matched once per kind of token (see the module)."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.vocab = ruler.vocab
        self.one_token = Matcher(ruler.vocab)
        self.longer = Matcher(ruler.vocab)
        forms: set[str] = set()
        labels: set[str] = set()
        self.form_patterns: list[re.Pattern[str]] = []
        for number in range(len(ruler.attrs)):
            key = str(number)  # the ruler's own matcher key: the rule's number, as a string
            patterns: list[list[dict[str, Any]]] = ruler.matcher.get(key)[1]
            single: list[list[dict[str, Any]]] = []
            others: list[list[dict[str, Any]]] = []
            for pattern in patterns:
                (single if _one_token(pattern) else others).append(pattern)
            if single:
                self.one_token.add(key, single)
                for (test,) in single:
                    forms |= _named(test.get("LOWER"))
                    labels |= _named(test.get("DEP"))
                    if _regex(test.get("LOWER")):
                        self.form_patterns.append(re.compile(test["LOWER"]["REGEX"]))
            if others:
                self.longer.add(key, others)
        self.forms = {self.vocab.strings.add(form) for form in forms}
        self.labels = {self.vocab.strings.add(label) for label in labels}
        self.form_kinds: dict[int, int] = {}
        self.memo: dict[tuple[int, int, int], list[tuple[int, int]]] = {}

    def __call__(self, doc: Doc) -> list[Match]:
        matches: list[Match] = []
        for i, (tag, form, label) in enumerate(doc.to_array([TAG, LOWER, DEP]).tolist()):
            kind = (tag, self._form_kind(form), label if label in self.labels else OTHER)
            found = self.memo.get(kind)
            if found is None:
                if len(self.memo) >= MEMO_LIMIT:
                    self.memo.clear()
                keys = {key for key, _, _ in self.one_token(doc[i : i + 1], allow_missing=True)}
                found = self.memo[kind] = [(int(self.vocab.strings[key]), key) for key in keys]
            matches.extend((number, key, i, i + 1) for number, key in found)
        matches.extend((int(self.vocab.strings[key]), key, s, e) for key, s, e in self.longer(doc, allow_missing=True))
        matches.sort()
        return matches

    def _form_kind(self, form: int) -> int:
        """The form itself when a rule names it, matches it by pattern or may test it as white space; else OTHER."""
        kind = self.form_kinds.get(form)
        if kind is None:
            if len(self.form_kinds) >= MEMO_LIMIT:
                self.form_kinds.clear()
            text = self.vocab.strings[form]
            named = form in self.forms or text.isspace() or any(p.search(text) for p in self.form_patterns)
            kind = self.form_kinds[form] = form if named else OTHER
        return kind


def _one_token(pattern: list[dict[str, Any]]) -> bool:
    """A pattern of one token that tests only its tag, its form and label (as a value, a set or, for the form, a
    regular expression) and whether it is white space: what ``RuleMemo`` can match once per kind of token."""
    if len(pattern) != 1 or not set(pattern[0]) <= {"TAG", "LOWER", "DEP", "IS_SPACE"}:
        return False
    token = pattern[0]
    tests = [token.get(name) for name in ("TAG", "LOWER", "DEP")]
    simple = all(t is None or isinstance(t, str) or (isinstance(t, dict) and set(t) <= _SETS) for t in tests)
    return simple or (_regex(token.get("LOWER")) and all(t is None or isinstance(t, str) for t in tests[::2]))


def _regex(test: Any) -> bool:
    return isinstance(test, dict) and set(test) == {"REGEX"}


def _named(test: Any) -> set[str]:
    """The values a token test names: its value, or the members of its IN or NOT_IN set."""
    if isinstance(test, str):
        return {test}
    if isinstance(test, dict):
        return {value for name in _SETS for value in test.get(name, ())}
    return set()


def speed_up_attribute_rulers(nlp: Language) -> Language:
    """Give every attribute ruler of ``nlp`` a ``RuleMemo`` as its ``match`` (in place)."""
    for _, component in nlp.pipeline:
        if isinstance(component, AttributeRuler):
            component.match = RuleMemo(component)  # type: ignore[method-assign]
    return nlp
