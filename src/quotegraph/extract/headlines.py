"""Speaker labels: a paragraph that opens with a short source name and a colon, as in headlines and transcripts.

``Mayor Lee: Budget cuts will hurt schools`` / ``SMITH: We never agreed to that.`` The label is the speaker, the
colon the cue, and the rest of the paragraph the content. The label must be a short noun phrase without a finite
verb that names someone (a proper noun or a source noun such as "poll"); editorial labels ("Update:",
"Editor's note:") are listed in the language's ``cue_phrases.tsv`` as ``not_a_label``.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.cues import duplicates, new_candidate

_MAX_LABEL_WORDS = 8
_MAX_LABEL_CHARS = 60
_FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


def speaker_labels(index: DocIndex, found: list[Candidate]) -> list[Candidate]:
    """One attribution per paragraph that opens with a speaker label (see module docstring)."""
    text = index.text
    out: list[Candidate] = []
    names: set[str] | None = None  # the article's proper nouns, gathered once a paragraph looks labelled
    for start in index.paragraph_starts:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        colon = text.find(":", start, min(end, start + _MAX_LABEL_CHARS))
        if colon < 0 or colon + 1 >= end or not text[colon + 1].isspace() or index.quote_at(start) is not None:
            continue
        if not any(ch.isalpha() for ch in text[colon + 1 : end]):
            continue  # a tally ("Smith: 547."), not speech
        label = list(index.doc[index.token_at_or_after(start) : index.token_at_or_after(colon)])
        if names is None:
            names = {t.text for t in index.doc if t.pos_ == "PROPN"}
        speaker = _label_speaker(index, label, names)
        if speaker is None:
            continue
        cand = new_candidate(index, (colon + 1, end), "speaker_label", None, 0.6, speaker)
        if cand is None or duplicates(found, cand.content):
            continue
        cand.cue, cand.speaker_token = (colon, colon + 1), speaker.i
        out.append(cand)
    return out


def _label_speaker(index: DocIndex, label: list[Token], names: set[str]) -> Token | None:
    """The head of a label that names a source, or None when the label is not one.

    A headline's capitals can mislead the tagger (``Lopez: ...`` read as an adjective): a word the article uses
    as a proper noun elsewhere is a name here too.
    """
    words = [t for t in label if not t.is_punct]
    if not words or len(words) > _MAX_LABEL_WORDS:
        return None
    lang = index.lang
    if any(t.tag_ in _FINITE_TAGS or t.lower_ in lang.label_stopwords for t in words):
        return None
    nouns = [t for t in words if t.pos_ in {"PROPN", "NOUN"} or t.text in names]
    if not any(_names(t) or t.text in names or t.lemma_.lower() in lang.source_nouns for t in nouns):
        return None
    ids = {t.i for t in label}
    heads = [t for t in nouns if t.head.i not in ids or t.head.i == t.i]
    if heads:
        return heads[0]
    run_end = nouns[0].i
    while run_end + 1 in ids and index.doc[run_end + 1].pos_ in {"PROPN", "NOUN"}:
        run_end += 1
    return index.doc[run_end]


def _names(token: Token) -> bool:
    """A proper noun, or a name in capitals as transcripts print speakers ("SMITH")."""
    return token.pos_ == "PROPN" or (token.text.isupper() and token.text.isalpha() and len(token.text) > 1)
