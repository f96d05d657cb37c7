"""The subject right before a cue, in fast mode: "Wells Fargo just this month announced A", "Britain, which has
Europe's most powerful military, long blocked A", "Conversely, PolitiFact rated A".

The fast tagger tags a cue there but no source, and the attribution named no speaker. With no parse to go by, the
words before the cue are read back: over words that stand between a subject and its verb (``subject_gap_word`` in
the cue phrases, names of days and months, "last week"), over an aside set off by commas that opens with a relative
pronoun or an article ("Britain, which has ..., long blocked"), to a name, a capitalised noun phrase ("The city of
Phoenix") or a personal pronoun that opens its clause (after a line end or a punctuation mark); or to the name that
such an aside is ("its president, Christine Lagarde, said").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from quotegraph.extract.candidates import DocIndex
from quotegraph.extract.learned.linking import Linked
from quotegraph.extract.learned.noun_phrases import JOINERS, phrase_ending

_GAP_WORDS = 5  # words between a subject and its cue, at the most
_ASIDE_WORDS = 15  # words of an aside between commas, at the most
_LOWER_WORDS = 2  # words in lower case in a subject past its article: "The city of Phoenix"
_NAME_WORDS = 4  # words of a name set off by commas: "its president, Christine Lagarde, said"


def subject_before(index: DocIndex, item: Linked) -> Linked:
    """The attribution with the subject right before its cue as its source, where it has a cue and no source."""
    if item.cue is None or item.source is not None or not any(ch.isalpha() for ch in index.text[slice(*item.cue)]):
        return item  # a label's colon is no verb
    if _passive(index, index.text[slice(*item.cue)].lower().split()):
        return item  # "Al-Shabaab is considered a terrorist body": its subject is no speaker
    at = index.token_at_or_after(item.cue[0]) - 1
    if at < 0 or item.content[0] <= index.doc[at].idx < item.content[1]:
        return item
    head = _past_aside(index, _past_gap(index, at))
    if head is None:
        return item
    first = phrase_ending(index, head)
    if not _subject_words(index, index.doc[first.i : head.i + 1]):
        return item
    before = index.doc[first.i - 1] if first.i > 0 else None  # the fast pipeline sets no sentences
    opens = before is None or before.is_space or (before.is_punct and (before.whitespace_ or before.is_left_punct))
    if not opens:
        return item  # not after a word, nor glued to a mark ("al-Qaeda", "Obama/Clinton"), but an opening bracket
    source = (first.idx, head.idx + len(head.text))
    if source[0] < item.content[1] and item.content[0] < source[1]:
        return item
    return replace(item, source=source)


def _passive(index: DocIndex, words: list[str]) -> bool:
    """Whether a cue's words are passive: an auxiliary of the passive and, past any gap words, a word without a
    progressive ending ("was granted", "is not thought", not "is demanding")."""
    lang = index.lang
    for at, word in enumerate(words):
        if word in lang.passive_auxiliaries:
            rest = [w for w in words[at + 1 :] if w not in lang.subject_gap_words]
            return bool(rest) and not any(rest[0].endswith(ending) for ending in lang.progressive_endings)
    return False


def _subject_words(index: DocIndex, words: Span) -> bool:
    """Whether words may make a subject: opening with no function word but an article ("If Mr. Trump", "But"), and
    with at most ``_LOWER_WORDS`` words in lower case past the article ("The city of Phoenix", not "The ad uses
    footage of Hillary Clinton")."""
    first = words[0]
    if first.is_stop and first.lower_ not in index.lang.determiners and len(words) > 1:
        return False
    lower = [w for w in words[1:] if w.is_lower and w.lower_ not in index.lang.determiners | JOINERS]
    return len(lower) <= _LOWER_WORDS


def _past_gap(index: DocIndex, at: int) -> Token | None:
    """The word before the words that may stand between a subject and its cue, from ``at`` back."""
    lang = index.lang
    doc = index.doc
    for i in range(at, max(at - _GAP_WORDS, -1), -1):
        word = doc[i].lower_
        if not (word in lang.subject_gap_words or word in lang.calendar_names or word in lang.relative_date_words):
            return doc[i]
    return None


def _past_aside(index: DocIndex, word: Token | None) -> Token | None:
    """The subject a word ends, back over an aside set off by commas ("Britain, which has ..., long blocked"), or the
    name that is the aside ("its president, Christine Lagarde, said"); None for a word that can head no subject."""
    if word is None:
        return None
    doc = index.doc
    if word.text == ",":
        for i in range(word.i - 1, max(word.i - _ASIDE_WORDS, 0), -1):
            if doc[i].is_space or doc[i].text in {".", ";", ":", "!", "?"} or doc[i].is_quote:
                return None
            if doc[i].text == ",":
                opener = doc[i + 1].lower_
                pronoun = index.lang.pronouns.get(opener)
                if (pronoun is not None and pronoun.kind == "relative") or opener in index.lang.determiners:
                    return _head(index, doc[i - 1]) if i > 0 else None
                return _apposed_name(index, doc[i + 1 : word.i]) if i > 0 and doc[i - 1].is_lower else None
        return None
    return _head(index, word)


def _apposed_name(index: DocIndex, words: Span) -> Token | None:
    """The last word of a name set off by commas after a description ("its president, Christine Lagarde, said"):
    the subject, where the aside is only capitalised words, a few (the caller sees that a word in lower case ends
    the description: "in Newtown, Connecticut, have filed" is a place's)."""
    if not 0 < len(words) <= _NAME_WORDS or not all(w.is_alpha and w.is_title and not w.is_stop for w in words):
        return None
    return _head(index, words[-1])


def _head(index: DocIndex, word: Token) -> Token | None:
    """A word that may end a subject: a capitalised word that is no function word ("But", "After") and does not
    read as a verb ("Reported"), or a personal pronoun."""
    pronoun = index.lang.pronouns.get(word.lower_)
    if pronoun is not None:
        return word if pronoun.kind == "personal" else None
    if not word.is_alpha or not word.text[:1].isupper() or word.is_stop or index.lang.finite_cue_verb(word.text):
        return None  # "But don't expect", "After saying", "Reported estimates"
    return word
