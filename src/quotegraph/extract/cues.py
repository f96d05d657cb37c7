"""What every finding stage shares: which tokens are cues, whose subject speaks, and making a candidate."""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.content import trim, typed_content
from quotegraph.extract.language import CueVerb, LanguageData

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
_INHERIT_SUBJECT = {"advcl", "xcomp", "conj", "pcomp"}


_INFLECTIONS = (("ing", ""), ("ing", "e"), ("ed", ""), ("d", ""), ("es", ""), ("s", ""))


def cue_verb(token: Token, lang: LanguageData) -> CueVerb | None:
    """The lexicon entry of a verb, by its lemma or, when the tagger lemmatised it wrongly ("hopes" -> "hop"),
    by its written form with a regular inflection taken off."""
    entry = lang.cue_verbs.get(token.lemma_.lower())
    if entry is not None or not token.tag_.startswith("VB"):
        return entry
    form = token.lower_
    for suffix, restore in _INFLECTIONS:
        if form.endswith(suffix) and len(form) > len(suffix) + 2:
            entry = lang.cue_verbs.get(form[: -len(suffix)] + restore)
            if entry is not None:
                return entry
    return None


def is_cue(token: Token, index: DocIndex) -> bool:
    """A reporting verb outside quotation marks."""
    return (
        token.pos_ in {"VERB", "AUX"}
        and token.dep_ not in {"amod", "compound"}
        and cue_verb(token, index.lang) is not None
        and not index.in_quote(token)
    )


def cue_entry(token: Token, index: DocIndex) -> CueVerb:
    """The lexicon entry of a token that ``is_cue`` accepted."""
    entry = cue_verb(token, index.lang)
    assert entry is not None
    return entry


def speaker_of(verb: Token, depth: int = 0, passive_subject: bool = True) -> tuple[Token | None, Token | None]:
    """The subject of a reporting verb, and the antecedent when the subject is a relative pronoun.

    A participle or coordinated verb without its own subject ("X said A, adding that B") takes its head's.
    With ``passive_subject=False`` the subject of a passive cue is not its speaker ("X was asked about ...",
    "X is expected to ..."): only an agent ("by Y") is.
    """
    if verb.lemma_.lower() in {"quote", "cite"} and any(c.lower_ == "as" for c in verb.children):
        # "X was quoted as saying", "the paper cited officials as saying": the one quoted speaks ("X said,
        # citing the polls" cites evidence and speaks for itself)
        quoted = [c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"}]
        if quoted:
            return quoted[0], None
    for child in verb.children:
        if child.dep_ == "nsubjpass" and not passive_subject:
            continue
        if child.dep_ in SUBJECTS and not (child.lower_ == "there" or (child.lower_ == "it" and child.dep_ != "nsubj")):
            if child.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl":
                return child, verb.head
            return child, None
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj, None
    if verb.dep_ == "acl" and verb.tag_ in {"VBG", "VBD"} and verb.head.pos_ in {"NOUN", "PROPN", "PRON"}:
        # "officials saying ...", and a finite verb the parser hung on its subject ("X, the nominee, tweeted: ...")
        return verb.head, None
    if depth < 3 and verb.dep_ in _INHERIT_SUBJECT and verb.head.i != verb.i:
        head = verb.head
        if head.dep_ == "prep" and head.head.i != head.i:
            head = head.head
        return speaker_of(head, depth + 1, passive_subject)
    return None, None


def new_candidate(
    index: DocIndex,
    content: tuple[int, int],
    rule: str,
    verb: Token | None,
    conf: float,
    speaker: Token | None = None,
) -> Candidate | None:
    """A candidate for the trimmed ``content`` with its type, cue ``verb`` and speaker (the verb's subject unless
    ``speaker`` is given), or None when the trimmed content is too short to be speech."""
    start, end = trim(index.text, *content)
    if end - start < 2:
        return None
    qtype, span, fragments = typed_content(index, start, end)
    cand = Candidate(content=span, type=qtype, rule=rule, confidence=conf, fragments=fragments)
    if verb is not None:
        cand.cue = (verb.idx, verb.idx + len(verb.text))
        cand.cue_token = verb.i
        subject, antecedent = (speaker, None) if speaker is not None else speaker_of(verb, passive_subject=False)
        cand.speaker_token = subject.i if subject is not None else None
        cand.antecedent = antecedent.i if antecedent is not None else None
    return cand


def _covered(found: list[Candidate], span: tuple[int, int], *, of_longer: bool) -> bool:
    """True when a found candidate overlaps more than half of the shorter (or the longer) of it and ``span``."""
    start, end = span
    measure = max if of_longer else min
    for cand in found:
        c_start, c_end = cand.content
        overlap = min(end, c_end) - max(start, c_start)
        if overlap > 0.5 * measure(end - start, c_end - c_start):
            return True
    return False


def claimed(found: list[Candidate], span: tuple[int, int]) -> bool:
    """True when an attribution already found holds most of ``span`` or ``span`` holds most of it."""
    return _covered(found, span, of_longer=False)


def duplicates(found: list[Candidate], span: tuple[int, int]) -> bool:
    """True when an attribution already found covers most of ``span`` (attributions nested inside may stay)."""
    return _covered(found, span, of_longer=True)


def is_passive(verb: Token) -> bool:
    """A passive verb ("was asked", "is expected")."""
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
