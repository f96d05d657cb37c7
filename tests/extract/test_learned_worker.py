"""Tests for the tagger's child process: its message framing, answers in order, parses, errors, and its ending."""

from __future__ import annotations

import io
import time

import numpy as np
import pytest

from quotegraph.extract.learned.worker import TaggerProcessError, receive, send

_TEXTS = ["The mayor said the bridge would reopen in May.", '"We are ready," the coach said on Friday.']


def test_messages_round_trip_and_a_cut_stream_reads_as_its_end() -> None:
    stream = io.BytesIO()
    send(stream, ("tag", 0, "Grüße, “quoted”"))
    send(stream, (1, [("content", 0, 5, 0.9)], None))
    whole = stream.getvalue()
    stream.seek(0)
    assert receive(stream) == ("tag", 0, "Grüße, “quoted”")
    assert receive(stream) == (1, [("content", 0, 5, 0.9)], None)
    assert receive(stream) is None
    assert receive(io.BytesIO(whole[:-3])) == ("tag", 0, "Grüße, “quoted”")  # first message whole
    cut = io.BytesIO(whole[:5])
    assert receive(cut) is None


@pytest.fixture
def process():  # type: ignore[no-untyped-def]
    from quotegraph.extract.learned.tagger import MODEL_DIR
    from quotegraph.extract.learned.worker import TaggerProcess

    child = TaggerProcess(MODEL_DIR)
    yield child
    child.close()
    assert child.process.poll() is not None  # no child left running


@pytest.mark.model
def test_the_child_tags_like_the_caller_in_submission_order(process) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.learned.tagger import load_tagger

    futures = [process.submit(text) for text in _TEXTS]
    from_child = [f.result(timeout=120) for f in futures]
    here = [load_tagger().tag(text) for text in _TEXTS]
    assert [t.spans for t in from_child] == [t.spans for t in here]
    for child, ours in zip(from_child, here, strict=True):  # the refiner's features come across too
        assert np.array_equal(child.offsets, ours.offsets) and np.allclose(child.content, ours.content)
        assert child.content.shape == (len(child.offsets), 3)


@pytest.mark.model
def test_a_failing_text_fails_its_own_future_and_the_child_goes_on(process) -> None:  # type: ignore[no-untyped-def]
    bad = process.submit(None)  # type: ignore[arg-type]
    good = process.submit(_TEXTS[0])
    with pytest.raises(TaggerProcessError, match="TypeError"):
        bad.result(timeout=120)
    assert good.result(timeout=120)


@pytest.mark.model
def test_a_dead_child_fails_what_was_pending_and_refuses_new_work(process) -> None:  # type: ignore[no-untyped-def]
    pending = process.submit(" ".join(["The minister said taxes would rise."] * 3000))
    process.process.kill()
    with pytest.raises(TaggerProcessError, match="stopped"):
        pending.result(timeout=120)
    with pytest.raises(TaggerProcessError, match="stopped"):
        process.submit(_TEXTS[0])


@pytest.mark.model
def test_the_tagger_starts_a_new_child_after_one_died_and_close_ends_it() -> None:
    from quotegraph.extract.learned.tagger import MODEL_DIR, Tagger, decode

    tagger = Tagger(MODEL_DIR)
    tagger.prefetch(_TEXTS[:1])
    first = tagger._process
    assert first is not None
    first.process.kill()
    first._reader.join(timeout=60)
    tagger.prefetch(_TEXTS[1:])
    assert tagger._process is not first
    from_child = tagger.spans(_TEXTS[1])
    assert tagger._session is None  # all tagging so far ran in the children: no session loaded here
    assert from_child == decode(*tagger.logits(_TEXTS[1])).spans
    tagger.close()
    assert first.process.poll() is not None and tagger._process is None


@pytest.mark.model
def test_the_child_ignores_ctrl_c_which_is_its_callers_to_handle(process) -> None:  # type: ignore[no-untyped-def]
    import signal

    assert process.submit(_TEXTS[0]).result(timeout=120)  # the child is serving
    process.process.send_signal(signal.SIGINT)
    assert process.submit(_TEXTS[1]).result(timeout=120)
    assert process.process.poll() is None


@pytest.mark.model
def test_closing_cancels_what_was_not_answered_and_ends_the_child() -> None:
    from quotegraph.extract.learned.tagger import MODEL_DIR
    from quotegraph.extract.learned.worker import TaggerProcess

    child = TaggerProcess(MODEL_DIR)
    futures = [child.submit(" ".join([text] * 200)) for text in _TEXTS * 3]
    child.close()  # the child is still starting: nothing has been answered yet
    assert all(f.cancelled() for f in futures)
    assert child.process.poll() is not None


def _annotations(doc):  # type: ignore[no-untyped-def]
    return [
        (t.text, t.whitespace_, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_, t.is_sent_start)
        for t in doc
    ]


@pytest.mark.model
def test_the_child_parses_like_the_caller(process) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Doc

    from quotegraph.extract.api import load_pipeline

    nlp = load_pipeline("en", "accurate")
    text = 'The mayor said the bridge would reopen.\nPresident Joe Biden told reporters on Friday: "We are ready."'
    parsed = Doc(nlp.vocab).from_bytes(process.submit_parse("en", "accurate", text).result(timeout=120))
    assert parsed.text == text
    assert _annotations(parsed) == _annotations(nlp(text))
    assert [(e.text, e.label_) for e in parsed.ents] == [(e.text, e.label_) for e in nlp(text).ents]
    assert parsed[9].is_sent_start  # the paragraph step ran there too: a line break starts a sentence


@pytest.mark.model
def test_a_parse_is_taken_back_only_before_the_child_starts_it(process) -> None:  # type: ignore[no-untyped-def]
    long_text = " ".join(["The minister said taxes would rise."] * 2000)
    busy = process.submit(long_text)  # the child tags this for seconds before it reaches the parses
    taken_back = process.submit_parse("en", "accurate", _TEXTS[0])
    assert taken_back.cancel()
    started = process.submit_parse("en", "accurate", long_text)
    deadline = time.monotonic() + 120
    while not started.running() and not started.done():  # "started" comes seconds before this parse's answer
        assert time.monotonic() < deadline
        time.sleep(0.005)
    assert started.running() and not started.cancel()  # the child is parsing it: the caller waits instead
    assert started.result(timeout=120) and busy.result(timeout=1)
    after = process.submit_parse("en", "accurate", _TEXTS[1])
    assert after.result(timeout=120)  # the dropped request left the exchange in order
    assert taken_back.cancelled()


@pytest.mark.model
def test_a_failing_parse_fails_its_own_future(process) -> None:  # type: ignore[no-untyped-def]
    bad = process.submit_parse("xx", "accurate", _TEXTS[0])
    with pytest.raises(TaggerProcessError, match="not supported"):
        bad.result(timeout=120)
    assert process.submit(_TEXTS[0]).result(timeout=120)
