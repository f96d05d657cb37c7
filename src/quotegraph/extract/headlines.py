"""Headlines: speaker labels, and reporting verbs the tagger read as names in a headline's capitals.

- ``Mayor Lee: Budget cuts will hurt schools`` / ``SMITH: We never agreed to that.`` The label is the speaker, the
  colon the cue, and the rest of the paragraph the content. The label must be a short noun phrase without a finite
  verb that names someone (a proper noun or a source noun such as "poll"); editorial labels ("Update:",
  "Editor's note:") are listed in the language's ``cue_phrases.tsv`` as ``not_a_label``. A section heading
  (``Little Relief for Refugees: The crisis …``) is no label: its head is neither a recognised name, nor a source
  noun, nor a name in capitals, nor a proper noun the article uses outside its labels. The whole turn is the
  labelled speaker's: a report inside it is no attribution of its own (see ``nested.py``). A transcript quoted
  paragraph by paragraph (``"SMITH: We never …``) labels its turns after the opening mark, in capitals only. In a
  transcript (``_TRANSCRIPT_TURNS`` paragraphs or more open with a label in capitals), such a label names its
  speaker whatever the tagger reads it as (``HOLT: Good evening ...``, "HOLT" read as a verb).
- ``Senator Lee Slams Budget Cuts`` / ``MAYOR WARNS OF FLOODS``: in a short paragraph in title case or capitals, a
  word tagged as a name or noun that is an inflected reporting verb ("Slams", "Questioned") is the cue, the name
  just before it the speaker and the rest of the paragraph the content.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Token

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.content import trim
from quotegraph.extract.cues import claimed, duplicates, new_candidate, word_cue
from quotegraph.extract.language import CueVerb, LanguageData
from quotegraph.extract.mentions import entity_of

_MAX_LABEL_WORDS = 8
_MAX_LABEL_CHARS = 60
_FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
_MAX_HEADLINE_WORDS = 20
# A transcript: this many paragraphs open with a speaker's label in capitals ("HOLT: ", "MR. TRUMP: ")
_TRANSCRIPT_TURNS = 3
_MAX_CAPITALS_LABEL_WORDS = 3
_CAPITALS_LABEL = re.compile(r"[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,2}:\s")


def speaker_labels(index: DocIndex, found: list[Candidate]) -> list[Candidate]:
    """One attribution per paragraph that opens with a speaker label (see module docstring)."""
    text = index.text
    out: list[Candidate] = []
    names: Counter[str] | None = None  # the article's proper nouns, counted once a paragraph looks labelled
    transcript: bool | None = None  # whether the article is a transcript, once a label needs it known
    for start in index.paragraph_starts:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        colon = text.find(":", start, min(end, start + _MAX_LABEL_CHARS))
        if colon < 0 or colon + 1 >= end or not text[colon + 1].isspace():
            continue
        quoted = index.quote_at(start) is not None
        if quoted and not _transcript_label(text, start, colon):
            continue
        if not any(ch.isalpha() for ch in text[colon + 1 : end]):
            continue  # a tally ("Smith: 547."), not speech
        label_start = start + 1 if quoted else start  # a quoted turn's label follows its quotation mark
        label = list(index.doc[index.token_at_or_after(label_start) : index.token_at_or_after(colon)])
        if names is None:
            names = Counter(t.text for t in index.doc if t.pos_ == "PROPN")
        speaker = _label_speaker(index, label, names)
        if speaker is None:
            transcript = _is_transcript(index) if transcript is None else transcript
            speaker = _transcript_speaker(index, label) if transcript else None
        if speaker is None:
            continue
        cand = _quoted_turn(index, colon, end) if quoted else None
        cand = cand or new_candidate(index, (colon + 1, end), "speaker_label", None, 0.6, speaker)
        if cand is None or duplicates(found, cand.content):
            continue
        cand.cue, cand.speaker_token = (colon, colon + 1), speaker.i
        out.append(cand)
    return out


def _quoted_turn(index: DocIndex, colon: int, end: int) -> Candidate | None:
    """The words of a quoted transcript turn after its label, as direct speech (the label is no part of them)."""
    quote = index.quote_at(colon)
    start, stop = trim(index.text, colon + 1, min(end, quote.end) if quote is not None else end)
    if stop - start < 2:
        return None
    return Candidate(content=(start, stop), type="direct", rule="speaker_label", confidence=0.6)


def _transcript_label(text: str, start: int, colon: int) -> bool:
    """``"SMITH: …``: a paragraph of a transcript quoted block by block opens with its quotation mark, then the
    speaker's name in capitals. Only such a label counts inside a quotation; a quoted sentence with a colon in it
    (``"Here is the thing: …``) is the quote's own text."""
    label = text[start + 1 : colon]
    return text[start] in '"\u201c' and any(ch.isalpha() for ch in label) and label == label.upper()


def _transcript_speaker(index: DocIndex, label: list[Token]) -> Token | None:
    """The last word of a label in capitals in a transcript (``_is_transcript``): ``HOLT: Good evening ...``, whose
    name the tagger read as a verb."""
    words = [t for t in label if not t.is_punct]
    if not 0 < len(words) <= _MAX_CAPITALS_LABEL_WORDS or not all(_in_capitals(t.text) for t in words):
        return None
    return None if any(t.lower_ in index.lang.label_stopwords for t in words) else words[-1]


def _is_transcript(index: DocIndex) -> bool:
    """Whether at least ``_TRANSCRIPT_TURNS`` paragraphs open with a speaker's label in capitals."""
    turns = (_CAPITALS_LABEL.match(index.text, start) for start in index.paragraph_starts)
    return sum(turn is not None for turn in turns) >= _TRANSCRIPT_TURNS


def _in_capitals(word: str) -> bool:
    return sum(ch.isalpha() for ch in word) >= 2 and word == word.upper()


def _label_speaker(index: DocIndex, label: list[Token], names: Counter[str]) -> Token | None:
    """The head of a label that names a source, or None when the label is not one.

    A headline's capitals can mislead the tagger (``Lopez: ...`` read as an adjective): a word the article uses
    as a proper noun elsewhere is a name here too. A section heading's capitals make proper nouns of common
    words (``Little Relief for Refugees``): a proper noun names someone only when it is a recognised name or the
    article uses it outside the label.
    """
    words = [t for t in label if not t.is_punct]
    if not words or len(words) > _MAX_LABEL_WORDS:
        return None
    lang = index.lang
    if any(t.tag_ in _FINITE_TAGS or t.lower_ in lang.label_stopwords for t in words):
        return None
    nouns = [t for t in words if t.pos_ in {"PROPN", "NOUN"} or t.text in names]
    if not any(_names_someone(t, label, names, lang.label_nouns) for t in nouns):
        return None
    ids = {t.i for t in label}
    heads = [t for t in nouns if t.head.i not in ids or t.head.i == t.i]
    if heads and not _can_speak(heads[0], label, names, lang):
        return None  # "Baltimore bridge collapse: six workers presumed dead": a place names no collapse's speaker
    if heads:
        return heads[0]
    run_end = nouns[0].i
    while run_end + 1 in ids and index.doc[run_end + 1].pos_ in {"PROPN", "NOUN"}:
        run_end += 1
    return index.doc[run_end]


def _can_speak(head: Token, label: list[Token], names: Counter[str], lang: LanguageData) -> bool:
    """Whether a label's head word can speak: it names someone, is a title, a source noun or a record's ("Pentagon
    official", "Clinton camp", "WSJ editorial"), or someone named owns it ("Republicans' reaction"); not a common
    noun of something that happened ("Baltimore bridge collapse", "Campaign funding")."""
    lemma = head.lemma_.lower()
    if _names_someone(head, label, names, lang.label_nouns) or lemma in lang.titles or lemma in lang.source_nouns:
        return True
    owners = [c for c in head.children if c.dep_ == "poss"]
    return lemma in lang.venue_nouns or any(_names_someone(o, label, names, lang.label_nouns) for o in owners)


def _names_someone(token: Token, label: list[Token], names: Counter[str], label_nouns: frozenset[str]) -> bool:
    """A label word that names a source: a recognised name, a source noun that labels ("Poll", not "News"), a name
    in capitals as transcripts print speakers ("SMITH"), or a proper noun the article also uses outside this
    label."""
    if entity_of(token) is not None or token.lemma_.lower() in label_nouns:
        return True
    if token.text.isupper() and token.text.isalpha() and len(token.text) > 1:
        return True
    own = sum(1 for t in label if t.text == token.text and t.pos_ == "PROPN")
    return names[token.text] > own


def headline_verbs(index: DocIndex, used: set[int], found: list[Candidate]) -> list[Candidate]:
    """One attribution per title-case paragraph whose verb the tagger read as a name (see module docstring)."""
    text = index.text
    out: list[Candidate] = []
    for start in index.paragraph_starts:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        title = _title_case(text[start:end])
        if not (title or in_headline(index, start)) or index.quote_at(start) is not None:
            continue
        toks = list(index.doc[index.token_at_or_after(start) : index.token_at_or_after(end)])
        for pos, tok in enumerate(toks[1:-1], start=1):
            entry = _inflected_cue(tok, index)
            if entry is None or tok.i in used or (not title and verb_read_as_noun(toks[pos + 1], index) != tok):
                continue
            speaker = toks[pos - 1]
            if speaker.pos_ not in {"PROPN", "NOUN"}:
                break
            rest = toks[pos + 1 :]
            if entry.content == "prep" and rest and (entry.lemma, rest[0].lower_) in index.lang.verb_preps:
                rest = rest[1:]  # "Sides With X": the preposition belongs to the cue
            cand = new_candidate(index, (rest[0].idx, end), "headline_verb", None, 0.5) if rest else None
            if cand is not None and not claimed(found + out, cand.content):
                word_cue(cand, tok, speaker)
                used.add(tok.i)
                out.append(cand)
            break
    return out


def _title_case(paragraph: str) -> bool:
    """A short paragraph whose words (beyond short function words) all start with a capital."""
    words = [w for w in paragraph.split() if w[:1].isalpha()]
    if not 3 <= len(words) <= _MAX_HEADLINE_WORDS:
        return False
    return all(w[:1].isupper() for w in words if len(w) > 3)


def _inflected_cue(token: Token, index: DocIndex) -> CueVerb | None:
    """The cue verb a capitalised word tagged as a name or noun inflects ("Slams" -> slam), or None.

    Only finite forms count ("-s", "-ed"): a bare capitalised word is as likely a noun ("Support", "Claim").
    """
    if token.pos_ not in {"PROPN", "NOUN"} or index.in_quote(token):
        return None
    return index.lang.finite_cue_verb(token.text)


def in_headline(index: DocIndex, offset: int) -> bool:
    """Whether ``offset`` lies in the article's first paragraph and that paragraph ends with no mark that ends a
    sentence, as a headline does; a closing quotation mark ends one only after such a mark or a comma (a headline may
    end in words quoted: ``Lagarde says inflation "in a good place"``)."""
    if index.paragraph_of(offset) > 0:
        return False
    starts = index.paragraph_starts
    first = index.text[: starts[1] if len(starts) > 1 else len(index.text)].rstrip()
    if first.endswith(('"', "\u201d", "'", "\u2019")):
        first = first[:-1].rstrip()
        return not first.endswith((".", "!", "?", ",", '"', "\u201d", "'", "\u2019"))
    return not first.endswith((".", "!", "?"))


def passive_in_headline(verb: Token, index: DocIndex) -> bool:
    """``Pakistan's army chief promoted to field marshal``, ``Google ordered to sell Chrome``: a headline tells news
    in the present tense, so a reporting verb in the past in one is a passive participle with its auxiliary left
    out, however the tagger read it; its subject was acted on and reports nothing. Not one with an auxiliary of its
    own ("My father would have loved Trump")."""
    bare = not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    return verb.tag_ in {"VBD", "VBN"} and bare and in_headline(index, verb.idx)


def verb_read_as_noun(verb: Token, index: DocIndex) -> Token | None:
    """``Spain's Sanchez rejects calls for early election``: in a headline the tagger may read a name's reporting
    verb as a plural noun, the subject of the noun after it, which it reads as the verb; the word before is the cue
    (``headline_verbs``), and ``verb`` none."""
    if verb.i < 2 or verb.tag_ != "VBZ" or not in_headline(index, verb.idx):
        return None  # a plural subject with a singular verb: not "Paris attacks test Clinton's strategy"
    before = verb.doc[verb.i - 1]
    if before.dep_ != "nsubj" or before.head.i != verb.i or before.tag_ != "NNS":
        return None
    name = verb.doc[before.i - 1]
    if name.pos_ not in {"PROPN", "NOUN"} or not name.text[:1].isupper() or not index.lang.finite_cue_verb(before.text):
        return None
    return before
