"""Small hand-written news articles for the linking tests (fictional people and outlets, CC0), and store dumps.

Three articles over three days: the energy minister Sergei Volkov promises gas by Friday (a wire report and
a light re-edit by another outlet that spells him Sergey), then freezes prices (a report naming him by
surname and one calling him "the energy minister"); a union leader, Marta Ilves, speaks in two of them
(the second time by surname). Linked: two speakers and three statements, each reported twice.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from quotegraph.model import Article, Attribution, Evidence, ExtractionResult, Span, SpeakerRef
from quotegraph.store import Store

#: (article id, outlet, day, language, [(speaker as written, role, quote)]).
ARTICLES: list[tuple[str, str, str, str, list[tuple[str, str | None, str]]]] = [
    (
        "qg-wire-0304",
        "QG Wire",
        "2024-03-04",
        "en",
        [
            ("Sergei Volkov", "Energy Minister", "Gas supplies to Norland will resume by Friday, once repairs end."),
            ("Marta Ilves", "union leader", "Our members will not accept another delay to the pay talks."),
        ],
    ),
    (
        "qg-ledger-0305",
        "Daily Ledger",
        "2024-03-05",
        "en",
        [
            ("Sergey Volkov", None, "Gas supplies to Norland will resume by Friday once the repairs end."),
            ("Volkov", None, "Household prices will stay frozen until the end of April."),
            ("Ilves", None, "Our members will not accept another delay to the pay talks."),
        ],
    ),
    (
        "qg-courier-0306",
        "Northern Courier",
        "2024-03-06",
        "en",
        [("the energy minister", "energy minister", "Household prices will stay frozen until the end of April.")],
    ),
]
#: The speaker pinned by ``alias_file``, and the external id it gives him.
PINNED, QID = "Sergei Volkov", "Q4115189"


def result(index: int, *, source: str = "sample.jsonl") -> ExtractionResult:
    """Return sample article ``index`` (0, 1 or 2) with its attributions, as an extractor would give them."""
    article_id, outlet, day, lang, quotes = ARTICLES[index]
    text, spans = "", []
    for speaker, _, quote in quotes:
        start = len(text) + len(speaker) + len(" said: \u201c")
        text += f"{speaker} said: \u201c{quote}\u201d "
        spans.append(start)
    meta = {"source": source, "position": str(index)}
    article = Article(
        article_id, text.strip(), title=f"Story {index}", outlet=outlet, published=day, lang=lang, meta=meta
    )
    attributions = []
    for (speaker, role, quote), start in zip(quotes, spans, strict=True):
        mention = Span.of(text, start - len(speaker) - len(" said: \u201c"), start - len(" said: \u201c"))
        kind = "person"
        ref = SpeakerRef(speaker, kind, (mention,), Evidence(role) if role else None)
        attributions.append(Attribution(article_id, "direct", Span.of(text, start, start + len(quote)), ref))
    return ExtractionResult(article, tuple(attributions))


def results() -> list[ExtractionResult]:
    """All three sample articles."""
    return [result(i) for i in range(len(ARTICLES))]


def jsonl_line(index: int) -> str:
    """Sample article ``index`` as an input record for ``ingest`` (text and metadata, no attributions)."""
    article = result(index).article
    return json.dumps(
        {"id": article.id, "text": article.text, "outlet": article.outlet, "published": article.published}
    )


def alias_file(folder: Path, suffix: str = ".csv", qid: str = QID) -> Path:
    """Write an alias file pinning Sergei Volkov (also "S. Volkov") to an external id."""
    path = folder / f"aliases{suffix}"
    if suffix == ".csv":
        path.write_text(f"name,aliases,external_id,kind\n{PINNED},S. Volkov|Sergueï Volkov,{qid},person\n")
    else:
        path.write_text(json.dumps([{"name": PINNED, "aliases": ["S. Volkov"], "external_id": qid}]))
    return path


def link_dump(store: Store) -> dict[str, Any]:
    """The store's links as comparable data: speakers with quote counts, and statements with their reports."""
    return {
        "speakers": [(s.to_dict(), n) for s, n in store.speaker_records()],
        "statements": [s.to_dict() for s in store.iter_statements()],
        "links": sorted(store.attribution_links(a.id for r in store.iter_results() for a in r.attributions).items()),
    }
