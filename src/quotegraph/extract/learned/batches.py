"""How accurate mode parses a batch: the caller and the tagger process share the spaCy parse.

The tagger process tags every text of the batch first, and is then offered the parse of every text but the first,
from the back of the batch, while the caller parses from the front and takes back each offer the process has not
started when it gets there. Where the caller would wait on the process instead (a tag or a parse it has started),
it tags the texts of the batch the process has not started, the last first (``Tagger.take_back_until``). They meet
where their speeds put them, on any machine, with no split to tune. The parses are the same in either process (spaCy
parses each text alone: batch sizes 1, 4 and 32 give identical annotations), so the output does not depend on who
parsed what.
"""

from __future__ import annotations

from collections.abc import Generator
from concurrent.futures import Future

from spacy.language import Language
from spacy.tokens import Doc

from quotegraph.extract.learned.tagger import load_tagger
from quotegraph.extract.learned.worker import TaggerProcessError
from quotegraph.extract.parse import parse, parse_many


def parse_batch(
    nlp: Language, texts: list[str], lang: str, mode: str, batch_size: int = 32, n_process: int = 1
) -> Generator[Doc, None, None]:
    """Parse ``texts`` in order with ``nlp`` (``load_pipeline(lang, mode)``), their tags prefetched alongside.

    With ``n_process`` above 1, spaCy's own worker processes parse and the tagger process only tags.
    """
    tagger = load_tagger()
    tagger.prefetch(texts)
    offered: dict[int, Future[bytes]] = {}
    try:
        if n_process > 1:
            yield from parse_many(nlp, texts, batch_size=batch_size, n_process=n_process)
            return
        for number in range(len(texts) - 1, 0, -1):
            offered[number] = tagger.process.submit_parse(lang, mode, texts[number])
        for number, text in enumerate(texts):
            offer = offered.pop(number, None)
            if offer is None or offer.cancel():
                yield parse(nlp, text)
                continue
            tagger.take_back_until(offer)  # the process is parsing this text: tag what it has not started meanwhile
            yield _received(nlp, text, offer)
    finally:
        for offer in offered.values():
            offer.cancel()
        tagger.forget_prefetched()


def _received(nlp: Language, text: str, offer: Future[bytes]) -> Doc:
    try:
        return Doc(nlp.vocab).from_bytes(offer.result())
    except TaggerProcessError:  # the process failed or stopped: the parse is the caller's again
        return parse(nlp, text)
