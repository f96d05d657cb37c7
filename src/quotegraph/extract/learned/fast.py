"""The fast finder (``quotegraph.fast_finder.v1``): a small spaCy tagger, no parser, no transformer.

The Doc comes from the packaged fast pipeline (tokenizer, hash-embedding CNN, one tagger whose labels join the
three BIO layers, e.g. ``"IOB"``). Content spans are cut where they run into a source or cue span, or across an
attribution or a sentence end into the narration beside a quotation, and run to the edges of a quotation they open
or close inside; an unquoted one that stops between two words runs on to the next punctuation mark. They are then
linked as in accurate mode, and a content linked to neither a cue nor a source is dropped; the speaker is the source
mention as written, a personal pronoun or an epithet ("the Spaniard") taking the last named source before it and a
relative one ("who", "which") the words it stands for ("31 Latinos who said"), a title written before a name the
role, a surname alone the full name written before and a description by a title the person named before whose role
holds it (``speaker_names.py``). No venue, via or date.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.cues import supposes
from quotegraph.extract.datelines import past_dateline
from quotegraph.extract.epithets import epithet_gender
from quotegraph.extract.language import LanguageData
from quotegraph.extract.learned.apposed_names import apposed_name
from quotegraph.extract.learned.bare_subjects import subject_before
from quotegraph.extract.learned.candidates import quote_type
from quotegraph.extract.learned.labels import LAYERS, decode_layer, viterbi
from quotegraph.extract.learned.linking import Linked, link
from quotegraph.extract.learned.listeners import after_listener
from quotegraph.extract.learned.nearby import Nearby
from quotegraph.extract.learned.noun_phrases import completed_source, relative_antecedent
from quotegraph.extract.learned.orphans import orphan_contents
from quotegraph.extract.learned.phrase_sources import source_of_phrase
from quotegraph.extract.learned.quoted_as import quoted_after, quoted_as
from quotegraph.extract.learned.speaker_names import described_name, known_name, shared_roles, titled_name
from quotegraph.extract.learned.tagger import ModelMissingError
from quotegraph.extract.quote_marks import QuoteMarks
from quotegraph.registry import finders

FAST_DIR = Path(__file__).resolve().parents[2] / "models" / "fast"
TRAIN_COMMAND = "python training/train_fast.py"
_LETTERS = {"O": 0, "B": 1, "I": 2}
_CONFIDENCE = 0.7
_LEADING_PUNCT = ",;:\u2014\u2013-"  # what a content cut after its cue or source does not start with
MIN_CONTENT_SCORE = 0.7  # mean probability of not-outside below which a content span is dropped (tuned on dev)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s*$")  # narration that ends its sentence right before a quotation
_CLOSES_SENTENCE = re.compile(r"[.!?]\W*$")  # a quotation whose words end their sentence
_NEXT_SENTENCE = re.compile(r"[.!?]\s+(?=[A-Z])")  # a sentence's end and the capital opening the next
_ABBREVIATION_REACH = 40  # characters before a full stop read for the word it ends
_RUN_INTO_NEXT = 3  # words of the next sentence an unquoted content may have run into: "low. But | she said"
_CLAUSE_PUNCT = ",.;:!?\n()\u2014\u2013"  # where an unquoted content's run to its clause's end stops, with quote marks


@cache
def _clause_stop(marks: QuoteMarks) -> re.Pattern[str]:
    """Punctuation, a line end or a quotation mark; not an apostrophe-like mark between two letters ("Trump's",
    "don't"), which had ended contents inside a word."""
    apostrophes = re.escape("".join(sorted(marks.characters & marks.apostrophe_like)))
    quotes = re.escape("".join(sorted(marks.characters - marks.apostrophe_like)))
    return re.compile(f"[{re.escape(_CLAUSE_PUNCT)}{quotes}]|(?<!\\w)[{apostrophes}]|[{apostrophes}](?!\\w)")


@cache
def load_fast_pipeline() -> Language:
    """The fast pipeline, loaded once per process.

    Raises:
        ModelMissingError: When the packaged fast model is not there.
    """
    if not (FAST_DIR / "config.cfg").is_file():
        raise ModelMissingError(
            f"the fast attribution model is missing ({FAST_DIR}); rebuild it with `{TRAIN_COMMAND}`"
        )
    return spacy.load(FAST_DIR)


def _layer_probs(doc: Doc) -> np.ndarray:
    """Per-layer tag probabilities ``[tokens, layers, 3]``, marginalised from the joint tagger's scores.

    The tagger's softmax layer is re-run on ``doc.tensor`` (set by the tok2vec step), which is cheap.
    """
    tagger: Any = load_fast_pipeline().get_pipe("qg_tagger")
    logits = np.asarray(tagger.model.predict([doc])[0])  # the tagger's output layer is not normalised
    scores = np.exp(logits - logits.max(axis=1, keepdims=True))
    scores /= scores.sum(axis=1, keepdims=True)
    out = np.zeros((len(doc), len(LAYERS), 3), dtype=np.float32)
    for column, label in enumerate(tagger.labels):
        for number in range(len(LAYERS)):
            out[:, number, _LETTERS.get(label[number], 0)] += scores[:, column]
    return out


def _layer_spans(index: DocIndex) -> dict[str, list[tuple[int, int]]]:
    doc = index.doc
    probs = _layer_probs(doc) if len(doc) else np.zeros((0, len(LAYERS), 3), dtype=np.float32)
    word_ids: list[int | None] = list(range(len(doc)))
    out: dict[str, list[tuple[int, int]]] = {}
    for number, layer in enumerate(LAYERS):
        layer_probs = probs[:, number, :]
        tags = viterbi(np.log(layer_probs + 1e-9))
        spans = decode_layer(tags, word_ids)
        if layer == "content":
            spans = [(a, b) for a, b in spans if 1.0 - layer_probs[a : b + 1, 0].mean() >= MIN_CONTENT_SCORE]
        out[layer] = [(doc[a].idx, doc[b].idx + len(doc[b].text)) for a, b in spans]
    return out


def _speaker(
    index: DocIndex, source: tuple[int, int], named: list[str], roles: list[tuple[str, str]]
) -> tuple[str, str]:
    """The name and kind of a source mention, a personal pronoun or an epithet taking the last named source, a
    description by a title the last one named whose role holds it (``roles``)."""
    text = index.text[source[0] : source[1]].strip(" ,")
    pronoun = index.lang.pronouns.get(text.lower())
    if pronoun is not None:
        # "she" is not the man named last: the last one whose given name or honorific tells no gender or hers
        fitting = [n for n in named if _name_gender(n, index.lang) in {None, pronoun.gender}]
        if pronoun.kind == "personal" and fitting:
            return fitting[-1], "person"
        return text, "unknown"
    words = text.split()
    first = words[0].lower() if words else ""
    if first in {"a", "an", "some", "one", "several", "many", "other"}:
        return text, "anonymous"
    epithet = _epithet_person(index, words, named)
    if epithet is not None:
        return (epithet, "person") if epithet else (text, "unknown")
    described = described_name(text, roles, index.lang)
    if described is not None:
        named.append(described)
        return described, "person"
    if any(word[:1].isupper() for word in words[1:] or words):
        text = known_name(text, named, index.lang) or text  # "Macron" after "Emmanuel Macron"
        named.append(text)
        return text, "person"
    return text, "unknown"


def _name_gender(name: str, lang: LanguageData) -> str | None:
    """The gender a name's honorific or given name tells, past the titles before it ("Senator Marco Rubio")."""
    genders = lang.gender_words
    for word in (w.lower() for w in name.split()):
        if word in genders.get("honorific", {}):
            return genders["honorific"][word]
        if word not in lang.titles and word not in lang.offices:
            return genders.get("given_name", {}).get(word)
    return None


def _epithet_person(index: DocIndex, words: list[str], named: list[str]) -> str | None:
    """The person an epithet ("the Spaniard", "the 42-year-old") takes up: the last person named as a source, where
    the epithet tells no gender or her given name tells its gender (without a parse, nothing else tells it is hers);
    "" where it does not fit her, None for a mention that is no epithet or with no person named."""
    single = len(words) > 1 and words[0].lower() == "the" and "and" not in words  # not "The Kentucky Republican and"
    epithet = epithet_gender(words[-1], index.lang) if single else None
    people = [n for n in named if n[:1].isupper() and n.split()[0] != "The"]  # not "the South Carolina senator"
    if epithet is None or not people:
        return None
    gender = index.lang.gender_words.get("given_name", {}).get(people[-1].split()[0].lower())
    return people[-1] if not epithet or gender == epithet else ""


def _candidate(
    index: DocIndex, linked: Linked, named: list[str], roles: list[tuple[str, str]], stops: list[int]
) -> Candidate:
    own = [s for s in (linked.cue, linked.source) if s is not None]
    content = past_dateline(index, linked.content)  # tagged, or the words before a source (orphans.py)
    cand = Candidate(
        content=content,
        type=quote_type(index, content, own),
        rule="learned",
        confidence=_CONFIDENCE,
        cue=linked.cue,
    )
    if linked.source is not None:
        tagged = _in_one_sentence(index, past_dateline(index, linked.source), linked.cue)
        source = completed_source(index, tagged, stops)
        opening = _opening_pronoun(index, source)
        antecedent = relative_antecedent(index, source) or (opening and relative_antecedent(index, opening))
        name = None if antecedent else apposed_name(index, source)
        titled = None if antecedent or name else titled_name(index, source)
        cand.name, cand.kind = _speaker(index, name or antecedent or (titled and titled[0]) or source, named, roles)
        if titled is not None:  # "Chief Executive Tim Cook": the title is the role
            cand.role = titled[1]
            roles.append((cand.name, titled[1].value))
        # the mention as tagged stays in it, a word cut off its end too ("one resident, who")
        mention = (min(source[0], tagged[0]), max(source[1], tagged[1]))
        outside = name if name and not mention[0] <= name[0] < mention[1] else None  # "John Smith, 45, a farmer"
        cand.mentions = [m for m in (antecedent or outside, mention) if m is not None]
    return cand


def _in_one_sentence(index: DocIndex, source: tuple[int, int], cue: tuple[int, int] | None) -> tuple[int, int]:
    """The part of a source the tagger ran over a sentence's end that lies on its cue's side ("according to his
    party. | Party spokesman Kwon said" names the party before the cue and Kwon after it)."""
    ends = _sentence_ends(index, *source)
    if not ends:
        return source
    if cue is not None and cue[0] >= source[1]:
        return (ends[-1].end(), source[1])
    return (source[0], ends[0].start())


def _opening_pronoun(index: DocIndex, span: tuple[int, int]) -> tuple[int, int] | None:
    """The first word of a source of several, where a source the tagger ran over a relative clause has its pronoun
    ("who" of "who spoke on condition of anonymity", for "Officials in Kyiv, who spoke ..."); None for one word or
    an opening "that", which opens noun phrases and clauses as often ("that freewheeling environment")."""
    words = index.text[span[0] : span[1]].split()
    if len(words) < 2 or words[0].lower() == "that":
        return None
    return span[0], span[0] + len(words[0])


def to_quote_edges(index: DocIndex, span: tuple[int, int]) -> tuple[int, int]:
    """A content span that starts or ends inside a quotation runs to that quotation's edge: the fast tagger,
    seeing no further than its CNN window, often opens or closes a long quotation a sentence late or early."""
    start, end = span
    for quote in index.quotes_within(start, end):
        if quote.start < start < quote.end:
            start = quote.start
        if quote.start < end < quote.end:
            end = quote.end
    return start, end


def outside_own_spans(text: str, span: tuple[int, int], others: list[tuple[int, int]]) -> tuple[int, int]:
    """A content span cut where it runs into a source or cue span at either end: the tagger's content sometimes
    runs on past a closing quotation mark into the attribution (``"A," Jane Smith, the`` -> ``"A,"``) or opens
    inside it (``Smith said, we will`` -> ``we will``). A source or cue wholly inside stays (an interrupted
    quote)."""
    start, end = span
    moved = True
    while moved and start < end:
        moved = False
        for other_start, other_end in others:
            if start < other_start < end <= other_end:
                end, moved = other_start, True
            elif other_start <= start < other_end < end:
                start, moved = other_end, True
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and (text[start].isspace() or text[start] in _LEADING_PUNCT):
            start += 1
    return start, end


def quoted_part(index: DocIndex, span: tuple[int, int], others: list[tuple[int, int]]) -> tuple[int, int]:
    """A content that holds an attribution (source or cue spans wholly inside), with a quotation right on one side
    of it and nothing quoted on the other, is that quotation alone: the tagger ran a quote on into its attribution
    (``"We float like butterflies," Mr. Obama said,``) or began at the narration before it (``the crowd, chanting,
    "Hands up"``). A quotation on both sides is an interrupted quote and stays whole (PolNeAR dev, fast mode:
    exact matches 813 -> 826, partial 1,467 -> 1,463, end-to-end 1,144 -> 1,146; train 8,215 -> 8,299, 13,988 ->
    13,966, 11,184 -> 11,202)."""
    start, end = span
    inner = [o for o in others if start < o[0] and o[1] < end]
    if not inner:
        return span
    first, last = min(o[0] for o in inner), max(o[1] for o in inner)
    before, after = index.quotes_within(start, first), index.quotes_within(last, end)
    if before and not after:
        quote = before[-1]
        if not _has_words(index.text, quote.end, first) and not _has_words(index.text, start, quote.start):
            return max(start, quote.start), min(quote.end, first)
    if after and not before and _has_words(index.text, start, first):
        quote = after[0]
        if not _has_words(index.text, last, quote.start) and not _has_words(index.text, quote.end, end):
            return max(quote.start, last), min(end, quote.end)
    return span


def without_narration(index: DocIndex, span: tuple[int, int]) -> tuple[int, int]:
    """A content that runs from a sentence of narration into a quotation starts at the quotation, and one that runs
    out of a quotation closing its sentence into narration ends there: the fast tagger, with no parse, carries a
    quote across the sentence boundary beside it (``... at the ballot box. "I think ...``, ``... States.'' Facing
    ...``). PolNeAR dev, fast mode: exact matches 826 -> 866, partial 1,463 -> 1,463, end-to-end 1,146 -> 1,150;
    train 8,299 -> 8,696, 13,966 -> 13,923, 11,202 -> 11,323."""
    start, end = span
    text = index.text
    quotes = index.quotes_within(start, end)
    if not quotes:
        return span
    first, last = quotes[0], quotes[-1]

    def quoted(at: int) -> bool:
        return any(q.open <= at < q.outer_end for q in quotes)

    narration_before = not quoted(start) and start < first.open and _has_words(text, start, first.open)
    narration_after = not quoted(end - 1) and last.outer_end < end and _has_words(text, last.outer_end, end)
    if narration_before and _SENTENCE_END.search(text[start : first.open]):
        start = first.start
    if narration_after and _CLOSES_SENTENCE.search(text[last.start : last.end]):
        end = last.end
    return (start, end) if end > start else span


def to_clause_end(index: DocIndex, span: tuple[int, int], others: Nearby) -> tuple[int, int]:
    """An unquoted content that stops between two words runs on to the next punctuation mark or quotation mark,
    unless a source or cue span lies on the way: the fast tagger, seeing twelve words either side, often ends a
    long reported clause early (``... the jobs report showed [that hiring slowed] in the spring.``). PolNeAR dev,
    fast mode: exact matches 866 -> 957, partial 1,463 -> 1,521, end-to-end 1,150 -> 1,191; train 8,696 -> 9,516,
    13,923 -> 14,271, 11,323 -> 11,564 (runs of at most 3 / 8 / 15 words gained less: dev exact 913 / 941 / 955)."""
    start, end = span
    text = index.text
    if end >= len(text) or not text[end].isspace() or index.quotes_within(start, end):
        return span
    found = _clause_stop(index.lang.quote_marks).search(text, end)
    stop = found.start() if found else len(text)
    if any(end < other_end and other_start < stop for other_start, other_end in others.near((end, stop))):
        return span
    while stop > end and text[stop - 1].isspace():
        stop -= 1
    return start, stop


def with_its_sentence(index: DocIndex, span: tuple[int, int], others: Nearby) -> tuple[int, int]:
    """An unquoted content that runs over its sentence's end into a few words of the next, up to a source or cue
    span right after it, ends with its sentence: of "told reporters that the risk remained low. But she said A" the
    fast tagger read "that the risk remained low. But" as one content; the next sentence opens a report of its own."""
    start, end = span
    text = index.text
    if index.quotes_within(start, end) or not any(
        o_start >= end and not text[end:o_start].strip() for o_start, _ in others.near((end, end + 2))
    ):
        return span
    ends = _sentence_ends(index, start, end)
    if not ends or len(text[ends[-1].end() : end].split()) > _RUN_INTO_NEXT:
        return span
    return start, ends[-1].start() + 1


def _sentence_ends(index: DocIndex, start: int, end: int) -> list[re.Match[str]]:
    """The sentence ends between two offsets, each a full stop and the space before the next sentence's capital, not
    an abbreviation's."""
    text = index.text
    return [m for m in _NEXT_SENTENCE.finditer(text, start, end) if not _abbreviation(index, text, m.start())]


def _abbreviation(index: DocIndex, text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` ends an abbreviation ("Mr.", "Sen.", "U.S.") rather than a sentence."""
    before = text[max(0, stop - _ABBREVIATION_REACH) : stop].split()  # not the whole text before it, at every stop
    word = before[-1].lstrip("([\"'\u201c\u2018") if before else ""  # "(Mr." opens an aside
    lower = word.lower() + "."
    short = (word[:1].isupper() and len(word) <= 3) or len(word) == 1  # "U.S.", "Friedrichs v. California"
    return lower in index.lang.honorifics or lower in index.lang.titles or short


def _has_words(text: str, start: int, end: int) -> bool:
    return any(char.isalnum() for char in text[start:end])


def _edges(index: DocIndex, span: tuple[int, int], others: Nearby) -> tuple[int, int]:
    """A tagged content's edges after every cut above, in order (``others``: the source and cue spans)."""
    around = others.near(span)  # the only ones the first two cuts can meet
    span = outside_own_spans(index.text, span, around)
    span = quoted_part(index, span, around)
    span = without_narration(index, span)
    span = to_quote_edges(index, span)
    return with_its_sentence(index, to_clause_end(index, span, others), others)


@finders.register("quotegraph.fast_finder.v1")
def find_fast(index: DocIndex) -> list[Candidate]:
    """Fast mode: attributions from the fast tagger's tags on the Doc (made by ``load_fast_pipeline``)."""
    spans = _layer_spans(index)
    others = Nearby(spans["source"] + spans["cue"])
    edged = (_edges(index, span, others) for span in spans["content"])
    contents = sorted({span for span in edged if span[1] > span[0]})
    linked = [
        item
        for item in attributed(link(index.text, contents, spans["source"], spans["cue"]))
        if not supposes(index, item.cue)
    ]
    linked += [item for item in orphan_contents(index, linked, spans) if not supposes(index, item.cue)]
    linked = [item for item in (quoted_as(index, item, spans["source"]) for item in linked) if item is not None]
    linked = quoted_after(index, linked)
    linked = [subject_before(index, source_of_phrase(index, after_listener(index, item))) for item in linked]
    named: list[str] = []
    roles: list[tuple[str, str]] = []  # the names met with a title before them, and that title
    stops = sorted({span[0] for span in spans["cue"]} | {item.content[0] for item in linked})
    found = [_candidate(index, item, named, roles, stops) for item in sorted(linked, key=lambda x: x.content)]
    shared_roles(found)
    return found


def attributed(linked: list[Linked]) -> list[Linked]:
    """The linked contents with a cue or a source: one with neither says nothing of who said it.

    Accurate mode drops its learned contents without a cue for the same reason. Here a source alone is kept: the
    fast tagger misses cues more often than the parse does (PolNeAR, polnear convention, exact / partial /
    end-to-end F1, all kept -> neither dropped -> cue-less dropped: dev 46.3 / 73.5 / 57.6 -> 46.9 / 72.7 / 58.9 ->
    46.6 / 71.8 / 58.7; train 51.7 / 77.6 / 62.9 -> 51.9 / 76.9 / 63.7 -> 51.8 / 76.6 / 63.5).
    """
    return [item for item in linked if item.cue is not None or item.source is not None]
