"""Sources a news medium cites for its report: ``KCNA, citing a defence ministry spokesman, said A`` is the
spokesman's statement of A, relayed by KCNA, as "KCNA quoted a spokesman as saying A" is (``relayed.py``). The
report's speaker becomes the one cited; the medium becomes its intermediary (``intermediaries.py``), and the
participle's own "report" (the cited source as content) is no statement of anyone's in the project's convention.

Only a medium relays this way (a news agency, a newspaper, state media, a named outlet: ``media_names.news_medium``,
by which a medium's report by any verb of speech relays a report in it too, "Xinhua said Xi told Trump that A":
``relayed.py``), and only a source it cites (a person, a title, a source noun, a body): "Trump, citing the polls,
said" cites evidence and speaks for himself.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.language import LanguageData
from quotegraph.extract.media_names import news_medium
from quotegraph.extract.roles import title_word

_SOURCE_ENTITIES = {"PERSON", "ORG", "GPE", "NORP"}


def cite_sources(index: DocIndex, candidates: list[Candidate]) -> set[int]:
    """Give each report a medium makes citing a source to that source (its speaker token), in place; return the
    tokens of the citing participles, whose own attributions relay, not state."""
    citing: set[int] = set()
    for cand in candidates:
        if cand.cue_token is None or cand.speaker_token is None or cand.inherited_from is not None:
            continue
        participle = cited_by_medium(index.doc[cand.cue_token], index.doc[cand.speaker_token], index.lang)
        if participle is None:
            continue
        cited = next(c for c in participle.children if c.dep_ == "dobj")
        if not cand.content[0] <= cited.idx < cand.content[1]:
            cand.speaker_token, cand.antecedent = cited.i, None
            citing.add(participle.i)
    return citing


def cited_by_medium(cue: Token, speaker: Token, lang: LanguageData) -> Token | None:
    """The participle by which a medium speaking by ``cue`` cites a source for it ("citing", "quoting" on the cue),
    or None."""
    if not news_medium(speaker, lang) or not any(c.i == speaker.i and c.dep_ == "nsubj" for c in cue.children):
        return None
    for participle in (c for c in cue.children if c.dep_ == "advcl" and c.tag_ == "VBG"):
        if participle.lemma_.lower() not in lang.quoting_verbs:
            continue
        objects = [c for c in participle.children if c.dep_ == "dobj"]
        if objects and _source(objects[0], lang):
            return participle
    return None


def relaying_medium(cand: Candidate, index: DocIndex) -> Token | None:
    """The medium whose report ``cite_sources`` gave to the source it cites: the subject of the cue, when the
    speaker is the object of a citing participle on it; else None."""
    if cand.cue_token is None or cand.speaker_token is None:
        return None
    cue, cited = index.doc[cand.cue_token], index.doc[cand.speaker_token]
    participle = cited.head
    if cited.dep_ != "dobj" or participle.head != cue or participle.dep_ != "advcl":
        return None
    subjects = [c for c in cue.children if c.dep_ == "nsubj"]
    citing = cited_by_medium(cue, subjects[0], index.lang) if subjects else None
    if citing is None or citing.i != participle.i:
        return None
    return subjects[0]


def _source(noun: Token, lang: LanguageData) -> bool:
    """Whether a cited object is someone who may speak: a name, a title, or a source noun that is no record or
    finding ("a spokesman for the ministry", "sources", "the foreign ministry"; not "a report", "the polls")."""
    lemma = noun.lemma_.lower()
    if lemma in lang.venue_nouns or lemma in lang.finding_nouns:
        return False
    return noun.ent_type_ in _SOURCE_ENTITIES or title_word(noun, lang) or lemma in lang.source_nouns
