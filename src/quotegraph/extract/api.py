"""``extract`` and ``extract_many``: pure functions from articles to attributions (the model is loaded once).

No I/O beyond loading the packaged spaCy pipeline on first use; no database, no network.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from contextlib import closing
from dataclasses import replace
from functools import cache
from itertools import groupby
from typing import cast

import spacy
from spacy.attrs import ORTH, SENT_START
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from thinc.types import Ints2d

from quotegraph.errors import UnencodableTextError, UnsupportedLanguageError
from quotegraph.extract.attribute_rules import speed_up_attribute_rulers
from quotegraph.extract.language import available_languages, load_language
from quotegraph.extract.lemmas import speed_up_lemmatizers
from quotegraph.extract.options import DEFAULT_MODE, ExtractOptions
from quotegraph.extract.parse import parse_many
from quotegraph.extract.pipeline import attributions_from_doc
from quotegraph.extract.plain import for_parsing
from quotegraph.model import Article, Attribution, ExtractionResult, lone_surrogate, surrogate_detail
from quotegraph.settings import get_setting

_MODELS = {"en": "spacy_model"}
# Articles spaCy processes together when a mode pipes a batch in this process. Each minibatch's arrays are allocated
# and freed together, and large ones cost more than batching saves, most on a fresh process (PolNeAR dev, 84
# articles, spaCy's time after loading, 2 cores: the fast pipeline 2.9-3.1 s at 1, 2 or 4 articles, 3.7-4.7 at 8,
# 4.5-4.8 at 16 and 5.8-6.3 at 32, the same 2.9 s at any size once it has run; the parsing pipeline 11.7-11.9 s at
# 4 and 15.8-16.4 at 32, 12.3-13.0 once it has run). spaCy annotates each text alone, so the output is the same.
PIPE_BATCH = 4
# the most words a line that no sentence's end punctuates may have to be read as one headline sentence
_HEADLINE_WORDS = 24


@Language.component("qg_paragraphs")
def set_paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break, so the parser never joins two paragraphs into one sentence, and after
    the full stop split off a word that ends sentences before a capital ("wrote on X. European Council President
    Charles Michel told": ``split_stop``), which the parser would read on as one; and no sentence inside a headline
    (``_inside_headlines``), which the parser would split."""
    # set as one array: each ``token.is_sent_start = True`` checks the whole doc for a parse first, so setting them
    # one by one takes time growing with the number of paragraphs times the length (67,609 words: 1.9 s against 0.03)
    after_break = [t.i + 1 for t in doc[:-1] if "\n" in t.text or "\n" in t.whitespace_]
    stops = _split_stops(doc.lang_)
    after_break += [
        t.i + 1 for t in doc[1:-1] if t.text == "." and doc[t.i - 1].text in stops and doc[t.i + 1].text[:1].isupper()
    ]  # a capital, not only a title-cased word: "wrote on X. OpenAI chief executive Sam Altman"
    inside = _inside_headlines(doc)
    if after_break or inside:
        starts = doc.to_array([SENT_START]).astype("int64")  # signed, to hold -1: no sentence starts here
        starts[after_break] = 1
        starts[inside] = -1
        doc.from_array([SENT_START], cast(Ints2d, starts.astype("uint64")))  # spaCy's own array keeps -1 wrapped
    return doc


def _inside_headlines(doc: Doc) -> list[int]:
    """The words after the first of each short line that no sentence's end punctuates, a headline's ("Australian
    police say Bondi attack suspects travelled to the Philippines"), which the parser must not split in two."""
    inside: list[int] = []
    line: list[int] = []
    for t in doc:
        if not t.is_space:
            line.append(t.i)
        if "\n" in t.text or "\n" in t.whitespace_ or t.i == len(doc) - 1:
            words = [doc[i] for i in line]
            if 1 < len(words) <= _HEADLINE_WORDS and not any(w.text in {".", "!", "?", ";"} for w in words):
                inside += line[1:]
            line = []
    return inside


@cache
def _split_stops(lang: str) -> frozenset[str]:
    """The words whose full stop ends a sentence (``split_stop``), none for a language without data."""
    return load_language(lang).split_stops if lang in available_languages() else frozenset()


def _parsing_pipeline(lang: str) -> Language:
    nlp = spacy.load(get_setting(_MODELS[lang]))
    tokenizer = cast(Tokenizer, nlp.tokenizer)
    for word in _split_stops(lang):  # "wrote on X." ends its sentence: no initial
        tokenizer.add_special_case(f"{word}.", [{ORTH: word}, {ORTH: "."}])
    nlp.add_pipe("qg_paragraphs", before="parser")
    return speed_up_lemmatizers(speed_up_attribute_rulers(nlp))


def _fast_pipeline(lang: str) -> Language:
    from quotegraph.extract.learned.fast import load_fast_pipeline

    return load_fast_pipeline()


# The spaCy pipeline each mode parses with: fast mode runs its own small tagger and no parser.
_PIPELINES: dict[str, Callable[[str], Language]] = {"accurate": _parsing_pipeline, "rules": _parsing_pipeline}


@cache
def load_pipeline(lang: str = "en", mode: str = DEFAULT_MODE) -> Language:
    """Load the spaCy pipeline for ``lang`` and ``mode`` once per process.

    The parsing pipeline (accurate and rules modes) gets the paragraph-boundary step before its parser. Its
    length limit is at least the ``max_article_chars`` setting, so that any article the readers accept parses.

    Raises:
        UnsupportedLanguageError: If quotegraph has no model or data for ``lang``.
        ModelMissingError: In fast mode, when the fast model is not installed.
    """
    if lang not in _MODELS or lang not in available_languages():
        raise UnsupportedLanguageError(f"language not supported: {lang!r} (supported: {', '.join(_MODELS)})")
    nlp = _PIPELINES.get(mode, _fast_pipeline)(lang)
    # Every text the readers accept must parse: spaCy refuses texts above its own limit (1,000,000 characters).
    nlp.max_length = max(nlp.max_length, int(get_setting("max_article_chars")))
    return nlp


def _checked(article: Article) -> Article:
    _check_text(article.text, f"article {article.id!r}: text")
    return article


def _check_text(text: str, name: str) -> None:
    # spaCy would fail on it deep inside with "position 0", and no output could be written
    found = lone_surrogate(text, name)
    if found is not None:
        raise UnencodableTextError(surrogate_detail(found))


def _filtered(attributions: list[Attribution], options: ExtractOptions) -> list[Attribution]:
    return [
        a
        for a in attributions
        if a.confidence >= options.min_confidence
        and (options.include_indirect or a.type != "indirect")
        and (options.include_anonymous or a.speaker.kind != "anonymous")
    ]


def extract(item: str | Article, options: ExtractOptions | None = None) -> list[Attribution]:
    """Extract every attribution from one article or text.

    Args:
        item: An ``Article``, or a plain text (English) that becomes one.
        options: Extraction options; defaults apply when omitted.

    Returns:
        The attributions in text order.

    Raises:
        UnsupportedLanguageError: If the article's language is not supported.
        UnencodableTextError: If the text holds a lone surrogate (no character; it cannot be written as UTF-8).
    """
    # as a batch of one: accurate mode's tagger process then tags while this process parses (PolNeAR dev, 40
    # articles one call each: 14.8 s parsing and tagging in turn, 9.2 s so; the same attributions)
    if isinstance(item, str):
        _check_text(item, "the text")  # before the article's id, which hashes the text as UTF-8
        item = Article.from_text(item)
    one = replace(options or ExtractOptions(), n_process=1)  # one article needs no pool of spaCy processes
    (result,) = extract_many([item], one)
    return list(result.attributions)


def extract_many(articles: Iterable[Article], options: ExtractOptions | None = None) -> Iterator[ExtractionResult]:
    """Extract attributions from many articles, batching them through spaCy.

    Args:
        articles: Articles, all in supported languages.
        options: Extraction options (batch size, filters).

    Yields:
        One ``ExtractionResult`` per article, in input order.

    Raises:
        UnsupportedLanguageError: When an article's language is not supported (raised before it is parsed).
        UnencodableTextError: When an article's text holds a lone surrogate (raised before it is parsed).
    """
    opts = options or ExtractOptions()
    if opts.n_process > 1 and opts.mode not in _BATCH_PARSERS:  # accurate mode: its tagger prefetches a batch
        yield from _extract_in_workers(articles, opts)
        return
    batch: list[Article] = []
    for article in map(_checked, articles):
        if batch and article.lang != batch[0].lang:
            yield from _run_batch(batch, opts)
            batch = []
        batch.append(article)
        if len(batch) >= opts.batch_size:
            yield from _run_batch(batch, opts)
            batch = []
    if batch:
        yield from _run_batch(batch, opts)


def _extract_in_workers(articles: Iterable[Article], options: ExtractOptions) -> Iterator[ExtractionResult]:
    """``extract_many`` with spaCy's worker processes: one pool for each run of articles in one language.

    spaCy starts its workers at every ``pipe`` call, which costs more than parsing a batch saves (PolNeAR dev, rules
    mode, 2 workers: 20.1 s with a pool per batch of 32 articles against 13 s in one process; 7.8 s with one pool,
    ``PIPE_BATCH`` articles to a worker at a time, 11.2 s with 32 at a time), so the whole run goes through one call.
    """
    for lang, run in groupby(articles, key=lambda article: article.lang):
        nlp = load_pipeline(lang, options.mode)
        pending: deque[Article] = deque()
        # closed at once when the caller stops early, so that spaCy ends its workers then, not at garbage collection
        with closing(_pipe(nlp, _queued(run, pending), lang, options)) as docs:
            for doc in docs:
                article = pending.popleft()  # spaCy keeps the order: each doc is the oldest article it was given
                found = _filtered(attributions_from_doc(doc, article, options), options)
                yield ExtractionResult(article, tuple(found))


def _queued(articles: Iterable[Article], pending: deque[Article]) -> Iterator[str]:
    """The articles' texts, each article queued in ``pending`` as spaCy takes its text."""
    for article in map(_checked, articles):
        pending.append(article)
        yield for_parsing(article.text)


def _pipe(nlp: Language, texts: Iterable[str], lang: str, options: ExtractOptions) -> Generator[Doc, None, None]:
    yield from parse_many(nlp, texts, batch_size=min(options.batch_size, PIPE_BATCH), n_process=options.n_process)


def _parse_with_tagger(
    nlp: Language, texts: list[str], lang: str, options: ExtractOptions
) -> Generator[Doc, None, None]:
    from quotegraph.extract.learned.batches import parse_batch

    return parse_batch(nlp, texts, lang, options.mode, options.batch_size, options.n_process)


# How a mode parses a batch: accurate mode shares the parse with its tagger process, which tags the batch too.
_BATCH_PARSERS: dict[str, Callable[[Language, list[str], str, ExtractOptions], Generator[Doc, None, None]]] = {
    "accurate": _parse_with_tagger
}


def _run_batch(batch: list[Article], options: ExtractOptions) -> Iterator[ExtractionResult]:
    lang = batch[0].lang
    nlp = load_pipeline(lang, options.mode)
    parse_texts = _BATCH_PARSERS.get(options.mode, _pipe)
    with closing(parse_texts(nlp, [for_parsing(a.text) for a in batch], lang, options)) as docs:
        for article, doc in zip(batch, docs, strict=True):
            found = _filtered(attributions_from_doc(doc, article, options), options)
            yield ExtractionResult(article, tuple(found))
