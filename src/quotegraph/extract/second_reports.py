"""Second reports the parser hung inside a first report's clause: ``X said A and said B``, ``X said A, saying B``.

The parser often makes the second reporting verb a conjunct or participle of A's verb rather than of "said", so
the first report's content would run on over the second, and the second verb would take A's subject for its
speaker. PolNeAR marks two quotes, both X's: the first clause stops before the second report, whose speaker is
the subject of the verb whose clause holds it. Only a subjectless conjunct or a participle counts: on PolNeAR
train, splitting at a conjunct with its own subject (``... and Y says B``) or a finite subordinate clause
(``because he thinks B``) lost as many matches as it gained. A second verb of judging with an object (``X said A
and called Y "Z"``, ``X said A, calling it B``) splits the same way: it is X's next report, not part of A.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.candidates import DocIndex
from quotegraph.extract.cues import cue_entry, is_cue
from quotegraph.extract.subjects import SUBJECTS, speaker_of


def _second_report_in(verb: Token, toks: list[Token], index: DocIndex) -> Token | None:
    """``X said A and said B`` / ``X said A, saying B``: a second report the parser hung inside the first one's
    clause (as a conjunct or participle of A's verb): a reporting verb with a clause of its own."""
    ids = {t.i for t in toks}
    for tok in sorted(toks, key=lambda t: t.i):
        if tok.i > verb.i and tok.head.i in ids and is_cue(tok, index) and _reports(tok, index) and _second_report(tok):
            return tok
    return None


def _reports(tok: Token, index: DocIndex) -> bool:
    """A reporting verb with content of its own after it: a clause (``and said B``) or, for a finite verb or a
    participle of judging, an object (``and criticized him for B``, ``, calling it "a sham"``). Other verbs of
    objects (``and wanted B``, ``, showing B``) mostly go on with the first content on PolNeAR train."""
    if any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
        return True
    judging = cue_entry(tok, index).cls == "evaluation"
    return judging and tok.tag_ in {"VBD", "VBG"} and any(c.dep_ == "dobj" and c.i > tok.i for c in tok.children)


def _second_report(tok: Token) -> bool:
    """A conjunct with no subject of its own (``... and said B``; with a subject, ``... and Y says B`` is as often
    one report on PolNeAR train) or a participle (``..., saying B``); a finite subordinate clause (``because he
    thinks B``) is part of A."""
    if tok.dep_ == "conj":
        return not any(c.dep_ in SUBJECTS for c in tok.children)
    return tok.dep_ == "advcl" and tok.tag_ == "VBG"


def before_second_report(verb: Token, toks: list[Token], index: DocIndex) -> list[Token]:
    """The clause up to a nested report (see ``_second_report_in``), less the "and" or comma before it: the nested
    report is a quote of its own."""
    nested = _second_report_in(verb, toks, index)
    if nested is None:
        return toks
    kept = sorted((t for t in toks if t.i < nested.left_edge.i), key=lambda t: t.i)
    while kept and (kept[-1].dep_ in {"cc", "punct"} or kept[-1].is_space):
        kept.pop()
    return kept or toks


def reporter(verb: Token, index: DocIndex) -> tuple[Token | None, Token | None] | None:
    """The speaker of a nested report without a subject of its own (``X said A and said B``: X, not A's subject):
    the subject of the reporting verb whose clause holds it; None when the verb is no such nested report."""
    if not _second_report(verb) or not _reports(verb, index):
        return None
    tok = verb
    for _ in range(4):
        if tok.dep_ not in {"conj", "advcl"} or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.dep_ == "ccomp" and tok.head.i != tok.i and is_cue(tok.head, index):
            return speaker_of(tok.head, passive_subject=False)
    return None
