"""Requests for anonymity: ``The aide, who asked not to be named, said A`` reports A, not "not to be named".

Every mode had reported the phrase that asks for a source's name to be withheld ("asked *not to be named because
she was not authorized to speak*", "requested *anonymity to discuss a private conversation*") as its subject's
statement, and so "declining to give her name". An attribution whose content follows a verb of asking or declining
(``withholding_verb`` in the language's cue phrases) and opens, from the word after that verb, with such a phrase
(``withheld_name``) is dropped. Read from the text, so that fast mode (whose cue may take the "not": "asked not",
or be another verb) reads it the same way. So is what an unnamed source was not to be named for ("speaking on
condition of anonymity *to discuss internal deliberations*", "not authorized *to discuss the investigation*"): a
report whose cue, an infinitive, follows a word of anonymity or permission (``withheld_purpose``). In the project's
convention only: PolNeAR's annotators mark such phrases as content (6 of the 9 requests on train, and some of the
purposes), so the ``polnear`` convention keeps them. A description that asks not to be named stands for no one
named before it (``unnamed_on_request``).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from quotegraph.extract.candidates import Candidate, DocIndex

_WORDS_BEFORE = re.compile(r"(\S+)\s+(?:(not|that)\s+)?$", re.IGNORECASE)
_REACH = 40  # characters before a content in which its verb is looked for
# "anonymity to discuss | A", "authorized to speak candidly about | A"
_PURPOSE_VERB_BEFORE = re.compile(r"(\S+)\s+to\s+([a-z]+)(?:\s+[a-z]+){0,2}\s+$")
# "anonymity to | discuss", "anonymity | to discuss"
_PURPOSE_BEFORE = re.compile(r"(\S+)\s+(?:to\s+)?$", re.IGNORECASE)


def withholds_name(index: DocIndex, cand: Candidate) -> bool:
    """Whether an attribution only asks that its speaker's name be withheld (see the module's docstring): the word
    before its content (past a "not" or "that", which the phrase may begin with) is a verb of asking or declining,
    whatever cue a tagger linked it to ("a witness told Reuters, declining to give her name")."""
    lang, (start, end) = index.lang, cand.content
    before = _WORDS_BEFORE.search(index.text, max(0, start - _REACH), start)
    if before is None or before.group(1).lower() not in lang.withholding_verbs:
        return False
    words = index.text[before.start(2) if before.group(2) else start : end].lower()
    return words.removeprefix("that ").lstrip().startswith(lang.withheld_names)


def names_withheld_purpose(index: DocIndex, cand: Candidate) -> bool:
    """Whether an attribution only says what its speaker was unnamed or unauthorized for (see the module's
    docstring): its cue follows a ``withheld_purpose`` word and a "to" ("anonymity to discuss", "authorized to
    reveal"), the "to" inside the cue or before it, or its content follows such a word, "to" and a cue verb."""
    lang, text = index.lang, index.text
    content = _PURPOSE_VERB_BEFORE.search(text, max(0, cand.content[0] - _REACH), cand.content[0])
    after_purpose = content is not None and content.group(1).lower() in lang.withheld_purposes
    if after_purpose and content is not None and content.group(2) in lang.cue_verbs:
        return True  # the content right after the infinitive, whatever cue a tagger linked it to
    if cand.cue is None:
        return False
    before = _PURPOSE_BEFORE.search(text, max(0, cand.cue[0] - _REACH), cand.cue[0])
    if before is None or before.group(1).lower().strip(",") not in lang.withheld_purposes:
        return False
    return "to" in before.group().lower().split() or text[cand.cue[0] : cand.cue[1]].lower().startswith("to ")


def unnamed_on_request(token: Token, index: DocIndex) -> bool:
    """Whether a description says that its holder asked not to be named, in a relative clause ("The official, who
    asked not to be named because ..., said") or a participle ("speaking on condition of anonymity"): someone the
    article does not name, not the one it named last."""
    lang = index.lang
    for clause in token.children:
        if clause.dep_ == "relcl" and clause.lower_ in lang.withholding_verbs:
            after = index.text[clause.idx + len(clause.text) :].lstrip().lower()
            if after.startswith(lang.withheld_names):
                return True
        if clause.dep_ == "acl" and clause.tag_ == "VBG":
            words = " ".join(t.lower_ for t in clause.subtree)
            if any(f" {phrase} " in f" {words} " for phrase in lang.withheld_names):
                return True
    return False
