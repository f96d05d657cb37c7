"""Span conventions: how content spans are cut, chosen by name, applied to the candidates of any finder.

- ``quotegraph`` (the project's own, used by the seed gold): content drops a leading complementiser
  ("that") and separators; a quote interrupted by its attribution (``"A," he said, "B."``) is two quotes, but
  unquoted content so interrupted (``A, said X, is B``; ``X is considered Y``) is one statement whose pieces are
  its ``fragments``; unquoted content without a verb ("presented the budget") is not a statement and is dropped, nor
  is a short one that only attributes another's quote (""A," X said, according to Y": "X said" is no report of Y's).
- ``polnear`` (PolNeAR's annotation guidelines): content keeps a leading "that"; an interrupted quote is
  one quote whose pieces are its ``fragments``, and so is a mixed quote with the quotation its attribution runs on
  to (``A is "B," X said. "C."``); a report a source phrase relays (``X said A, according to Y``) is Y's content
  only, and a source phrase inside its sentence is part of it (``At the same time, according to Y, A``); a name a
  free relative gives holds the relative (``what X called B``).

The learned tagger is trained on PolNeAR and so speaks ``polnear``; the rules speak ``quotegraph``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.content import trim, typed_content
from quotegraph.extract.learned.candidates import has_verb
from quotegraph.extract.sources import SOURCE_PHRASE_RULE

_FRAME_WORDS = 10  # words of a content that only attributes another's quote ("he wrote on X late on Saturday")
_MAX_BETWEEN = 250  # characters of attribution between the two parts of an interrupted quote
_QUOTED = ("direct", "mixed")  # the types a quote interrupted by its attribution starts with
_THAT_BEFORE = re.compile(r"\bthat\s+[\"“]?$", re.IGNORECASE)  # PolNeAR keeps "that" before a quotation too


def to_quotegraph(index: DocIndex, candidates: list[Candidate]) -> list[Candidate]:
    """Cut candidates to the project's convention (see module docstring)."""
    out: list[Candidate] = []
    for cand in candidates:
        if cand.rule != "learned":
            out.append(cand)
            continue
        if cand.type == "indirect" and (not has_verb(index, cand.content) or _frames_another(index, cand, candidates)):
            continue
        if cand.type == "indirect" and cand.fragments:  # split, its subject would stand alone as a statement
            out.append(cand)
            continue
        parts = cand.fragments if cand.fragments else [cand.content]
        for start, end in parts:
            start, end = trim(index.text, start, end)
            if end - start < 2:
                continue
            qtype, span = typed_content(index, start, end)
            out.append(replace(cand, content=span, type=qtype, fragments=[]))
    return out


def _frames_another(index: DocIndex, cand: Candidate, candidates: list[Candidate]) -> bool:
    """Whether a content of a few words (``_FRAME_WORDS``) holds another report's cue and none of that report's
    content: the words that attribute another's quote, not a statement (""A," Felipe said later, according to the
    royal household": the phrase relays A; "Felipe said later" is no report of the household's)."""
    start, end = cand.content
    if len(index.text[start:end].split()) > _FRAME_WORDS:
        return False
    for other in candidates:
        if other is cand or other.cue is None or other.cue == cand.cue:
            continue  # a cue both share is the content's own ("it is considered a threat")
        if not (start <= other.cue[0] and other.cue[1] <= end):
            continue
        if other.content[1] <= start or other.content[0] >= end:
            return True
    return False


def to_polnear(index: DocIndex, candidates: list[Candidate]) -> list[Candidate]:
    """Cut candidates to PolNeAR's convention (see module docstring)."""
    out: list[Candidate] = []
    position: dict[int, int] = {}  # id() of a rule candidate -> where its rewritten form stands in ``out``
    for cand in sorted(candidates, key=lambda c: c.content):
        if cand.rule == "learned":
            out.append(cand)
            continue
        start, end = cand.content
        if cand.rule == "verb_named" and cand.cue_token is not None:  # "what X called B": PolNeAR marks it all
            start = min([start, *(c.idx for c in index.doc[cand.cue_token].lefts if c.lower_ == "what")])
        if cand.rule == SOURCE_PHRASE_RULE and cand.cue is not None and cand.cue[0] < start:
            # "At the same time, according to X, A": PolNeAR marks the sentence, its phrase and all
            opening = index.doc[index.token_at_or_after(cand.cue[0])].sent.start_char
            start = opening if opening < cand.cue[0] else start
        before = index.text[max(0, start - 12) : start]
        match = _THAT_BEFORE.search(before)
        qtype = cand.type
        if match:
            start -= len(before) - match.start()
            closers = index.lang.quote_marks.closers_for(match.group().rstrip()[-1])  # none after a bare "that"
            if cand.type == "direct" and index.text[end : end + 1] in closers:
                end, qtype = end + 1, "mixed"  # 'said that “A.”': the quotation and its marks, after "that"
        original, cand = cand, replace(cand, content=(start, end), type=qtype)
        at = _quote_before(out, cand)
        if at is not None and _interrupted(index, out[at], cand):
            previous = out[at]
            out[at] = replace(previous, content=(previous.content[0], end), fragments=[previous.content, cand.content])
            position[id(original)] = at
            continue
        position[id(original)] = len(out)
        out.append(cand)
    # Joining learned quotes shortens the list, so positions become the rewritten candidates first: rule candidates
    # keep their identity through the join.
    rewritten = {key: out[at] for key, at in position.items()}
    out = _join_learned(index, out)
    for cand in out:
        # A floating quote follows the rewritten form of the quote it took its speaker from, not the stale original;
        # one joined to that very quote (``"A," X said, "B."`` with A floating) now is it, and stands on the cue
        # and speaker it copied (inheriting from itself, it had ended with no speaker and been dropped).
        if cand.inherited_from is not None and id(cand.inherited_from) in rewritten:
            source = rewritten[id(cand.inherited_from)]
            cand.inherited_from = None if source is cand else source
    # PolNeAR marks a source phrase's content, not the report it relays ("X said A, according to Y")
    return [c for c in out if not c.relayed]


def _join_learned(index: DocIndex, cands: list[Candidate]) -> list[Candidate]:
    """A learned direct or mixed quote and a learned direct one of the same cue with only their attribution between
    (``"A," X said, "B."``, the fast tagger's usual reading) are one interrupted quote, as the rules' are."""
    out: list[Candidate] = []
    for cand in cands:
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.rule == cand.rule == "learned"
            and cand.type == "direct"
            and not previous.fragments
            and _interrupted(index, previous, cand)
        ):
            out[-1] = replace(
                previous, content=(previous.content[0], cand.content[1]), fragments=[previous.content, cand.content]
            )
            continue
        out.append(cand)
    return out


def _quote_before(out: list[Candidate], cand: Candidate) -> int | None:
    """The position in ``out`` of the last rule quote before ``cand``, looking past attributions that lie
    wholly between the two (the "speaking of the plan" of ``"A," she said, speaking of the plan. "B."``)."""
    for at in range(len(out) - 1, -1, -1):
        if out[at].rule != "learned" and out[at].type in _QUOTED:
            between = out[at + 1 :]
            if all(out[at].content[1] <= c.content[0] and c.content[1] <= cand.content[0] for c in between):
                return at
            return None
    return None


def _interrupted(index: DocIndex, first: Candidate, second: Candidate) -> bool:
    """``"A," he said, "B."``: two quotes of one cue with only the attribution between them, the first direct or
    mixed (``A is "B," he said. "C."``)."""
    if first.cue is None or first.cue != second.cue or first.type not in _QUOTED:
        return False
    between = index.text[first.content[1] : second.content[0]]
    return first.content[1] <= first.cue[0] < second.content[0] and "\n" not in between and len(between) < _MAX_BETWEEN


APPLY: dict[str, Callable[[DocIndex, list[Candidate]], list[Candidate]]] = {
    "quotegraph": to_quotegraph,
    "polnear": to_polnear,
}
