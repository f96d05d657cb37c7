"""Tests for accurate mode's shared batch parse: the Docs spaCy alone gives, whoever parsed them, none left over."""

from __future__ import annotations

from concurrent.futures import Future, wait
from typing import Any

import pytest

from quotegraph.extract.options import ExtractOptions

_TEXTS = [
    "The mayor said the bridge would reopen in May.\n\nCrews worked overnight.",
    '"We are ready," the coach said on Friday.',
    "According to the agency, prices rose by 3 percent.",
    "Smith told reporters that the plan was dead. He did not elaborate.",
]
# Second in a batch, it keeps the tagger process busy for seconds before any offered parse can start; under
# ``parse.LONG_TEXT_CHARS``, so that whoever parses it parses it whole, as ``_Caller`` does.
_BUSY = [_TEXTS[0], " ".join(["The minister said taxes would rise."] * 1000), *_TEXTS[1:]]


def _annotations(doc):  # type: ignore[no-untyped-def]
    return [(t.text, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_, t.is_sent_start) for t in doc]


class _Caller:
    """The caller's pipeline, which can wait for the offered parses (or kill the process) before its first parse."""

    def __init__(self, nlp: Any, before_first: Any) -> None:
        self.nlp, self.vocab, self.before_first, self.parsed = nlp, nlp.vocab, before_first, 0

    def __call__(self, text: str) -> Any:
        if self.parsed == 0:
            self.before_first()
        self.parsed += 1
        return self.nlp(text)


@pytest.fixture
def offers(monkeypatch):  # type: ignore[no-untyped-def]
    from quotegraph.extract.learned.worker import TaggerProcess

    made: list[Future[bytes]] = []
    original = TaggerProcess.submit_parse

    def recording(self, lang, mode, text):  # type: ignore[no-untyped-def]
        made.append(original(self, lang, mode, text))
        return made[-1]

    monkeypatch.setattr(TaggerProcess, "submit_parse", recording)
    return made


@pytest.mark.model
def test_docs_the_tagger_process_parsed_equal_the_callers(offers) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.api import load_pipeline
    from quotegraph.extract.learned.batches import parse_batch
    from quotegraph.extract.learned.tagger import load_tagger

    nlp = load_pipeline("en", "accurate")
    caller = _Caller(nlp, lambda: wait(offers, timeout=120))  # the process gets every text but the first
    docs = list(parse_batch(caller, _TEXTS, "en", "accurate"))  # type: ignore[arg-type]
    assert caller.parsed == 1 and len(offers) == len(_TEXTS) - 1
    assert all(offer.done() and not offer.cancelled() for offer in offers)
    assert [_annotations(d) for d in docs] == [_annotations(d) for d in nlp.pipe(_TEXTS)]
    assert not load_tagger()._pending


@pytest.mark.model
def test_the_caller_takes_back_offers_the_process_has_not_started(offers) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.api import load_pipeline
    from quotegraph.extract.learned.batches import parse_batch

    nlp = load_pipeline("en", "accurate")
    caller = _Caller(nlp, lambda: None)
    from quotegraph.extract.parse import LONG_TEXT_CHARS

    assert len(_BUSY[1]) <= LONG_TEXT_CHARS  # parsed whole, by ``_Caller`` or the process alike
    docs = list(parse_batch(caller, _BUSY, "en", "accurate"))  # type: ignore[arg-type]
    assert caller.parsed >= 2 and offers[-1].cancelled()  # the long text, offered last, was the caller's
    assert caller.parsed + sum(not offer.cancelled() for offer in offers) >= len(_BUSY)
    assert [_annotations(d) for d in docs] == [_annotations(d) for d in nlp.pipe(_BUSY)]


@pytest.mark.model
def test_the_caller_parses_what_a_stopped_process_cannot(offers) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.api import load_pipeline
    from quotegraph.extract.learned.batches import parse_batch
    from quotegraph.extract.learned.tagger import load_tagger

    nlp = load_pipeline("en", "accurate")

    def kill() -> None:
        child = load_tagger().process
        child.process.kill()
        child._reader.join(timeout=60)

    caller = _Caller(nlp, kill)
    docs = list(parse_batch(caller, _TEXTS, "en", "accurate"))  # type: ignore[arg-type]
    assert caller.parsed == len(_TEXTS)
    assert [_annotations(d) for d in docs] == [_annotations(d) for d in nlp.pipe(_TEXTS)]
    assert not load_tagger()._pending
    assert load_tagger().process.submit(_TEXTS[0]).result(timeout=120)  # a new process serves the next batch


@pytest.mark.model
def test_an_abandoned_batch_takes_back_its_offers(offers) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.api import load_pipeline
    from quotegraph.extract.learned.batches import parse_batch
    from quotegraph.extract.learned.tagger import load_tagger

    docs = parse_batch(load_pipeline("en", "accurate"), _BUSY, "en", "accurate")
    next(docs)  # the process is still tagging the long text: no offer has started
    docs.close()
    assert len(offers) == len(_BUSY) - 1 and all(offer.cancelled() for offer in offers)
    assert not load_tagger()._pending


@pytest.mark.model
def test_accurate_batches_match_single_extraction_and_leave_nothing_pending() -> None:
    from quotegraph.extract import extract, extract_many
    from quotegraph.extract.learned.tagger import load_tagger
    from quotegraph.model import Article

    texts = [
        "The mayor said the bridge would reopen in May.\n\nCrews worked overnight.",
        '"We are ready," the coach said on Friday.',
        "According to the agency, prices rose by 3 percent.",
    ]
    options = ExtractOptions(mode="accurate", batch_size=2)
    articles = [Article(id=str(i), text=t) for i, t in enumerate(texts)]
    batched = [[a.content.text for a in r.attributions] for r in extract_many(articles, options)]
    assert batched == [[a.content.text for a in extract(t, options)] for t in texts]
    assert any(batched)
    results = extract_many(articles, options)
    next(results)
    results.close()  # an abandoned batch drops what it prefetched
    assert not load_tagger()._pending
