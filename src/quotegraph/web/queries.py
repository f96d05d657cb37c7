"""The read (and one write) queries behind every page and its JSON twin: store in, pydantic models out.

A page route and its ``/api/`` twin call the same function here, so the HTML and the JSON never disagree.
No SQL here: every query goes through the ``Store`` interface.
"""

from __future__ import annotations

import threading
from collections import Counter

import quotegraph
from quotegraph.errors import QuotegraphError, Reject, UnsupportedLanguageError
from quotegraph.extract.options import ExtractOptions
from quotegraph.model import ExtractionResult
from quotegraph.read.options import ReadOptions
from quotegraph.read.records import article_from_record
from quotegraph.settings import get_setting
from quotegraph.store import QuoteHit, SearchQuery, Store
from quotegraph.store.records import words
from quotegraph.store.rows import key_of, quote_date
from quotegraph.web.config import FACET_SAMPLE, MAX_REPORTS
from quotegraph.web.convert import (
    attribution_public,
    counts_public,
    decode_cursor,
    hit_public,
    page_of,
)
from quotegraph.web.diff import word_diff
from quotegraph.web.errors import WebError, bad_request, not_found
from quotegraph.web.highlight import speaker_colours
from quotegraph.web.schemas import (
    ArticleCreate,
    ArticlePublic,
    ArticleSpeaker,
    AttributionPublic,
    FacetsPublic,
    HealthPublic,
    OutletProfilePublic,
    Page,
    ReportPublic,
    RolePublic,
    SearchParams,
    SearchPublic,
    SpeakerProfilePublic,
    SpeakerPublic,
    StatementPublic,
    StatsPublic,
    ValueCountPublic,
)

#: How a statement's reports were grouped: by the linker's statement clusters (paraphrases and translations
#: too), or, for attributions not linked yet, by the same normalised text and speaker.
LINKED, SAME_TEXT = "linked", "same-text"


def _query(params: SearchParams, **extra: object) -> SearchQuery:
    """Build a store query fetching one hit more than the page, to know whether a next page exists."""
    try:
        return SearchQuery(
            text=params.text,
            speaker=params.speaker,
            outlet=params.outlet,
            type=params.type,
            since=params.since,
            until=params.until,
            limit=params.limit + 1,
            after=decode_cursor(params.cursor),
            **extra,  # type: ignore[arg-type]
        )
    except QuotegraphError as exc:
        raise bad_request(str(exc)) from exc


def search_quotes(store: Store, params: SearchParams, *, facets: bool = False) -> SearchPublic:
    """Search quotes, newest first, one page at a time.

    Args:
        store: The store.
        params: The filters, page size and cursor.
        facets: Also count the newest matches by speaker, outlet, type and year.

    Raises:
        WebError: 400 on a bad date or cursor.
    """
    query = _query(params)
    if not facets:
        return SearchPublic(query=params, results=page_of(store.search(query), params.limit), facets=None)
    hits, f = store.search_faceted(query, sample=FACET_SAMPLE)
    return SearchPublic(
        query=params,
        results=page_of(hits, params.limit),
        facets=FacetsPublic(
            sampled=f.sampled,
            complete=f.complete,
            speakers=counts_public(f.speakers),
            outlets=counts_public(f.outlets),
            types=counts_public(f.types),
            years=counts_public(f.years),
        ),
    )


def get_article(store: Store, article_id: str) -> ArticlePublic:
    """Return one article with every attribution and its offsets, in text order.

    Raises:
        WebError: 404 when the store has no such article.
    """
    view = store.article(article_id)
    if view is None:
        raise not_found(f"article {article_id!r}")
    article = view.article
    attributions = [attribution_public(a, quote_date(a, article)) for a in view.attributions]
    colours = speaker_colours(attributions)
    quotes = Counter(a.speaker.name for a in attributions)
    kinds = {a.speaker.name: a.speaker.kind for a in attributions}
    speakers = [
        ArticleSpeaker(name=name, kind=kinds[name], quotes=quotes[name], colour=colour)
        for name, colour in colours.items()
        if name in quotes
    ]
    return ArticlePublic(
        id=article.id,
        title=article.title,
        url=article.url,
        outlet=article.outlet,
        published=article.published,
        dateline=article.dateline,
        lang=article.lang,
        text=article.text,
        attributions=attributions,
        speakers=speakers,
    )


def get_attribution(store: Store, attribution_id: str) -> AttributionPublic:
    """Return one attribution with its article's facts.

    Raises:
        WebError: 404 when the store has no such attribution.
    """
    hit = store.attribution(attribution_id)
    if hit is None:
        raise not_found(f"attribution {attribution_id!r}")
    return hit_public(hit)


def list_speakers(store: Store, name: str | None, limit: int) -> Page[SpeakerPublic]:
    """List speaker names, most quoted first, optionally those containing ``name``."""
    found = [SpeakerPublic(name=s.name, kind=s.kind, quotes=s.quotes) for s in store.speakers(name, limit)]
    return Page[SpeakerPublic](items=found, count=len(found), limit=limit)


def get_speaker(store: Store, name: str, limit: int, cursor: str | None = None) -> SpeakerProfilePublic:
    """Return a speaker's profile and a page of their quotes, newest first.

    Args:
        store: The store.
        name: The whole name, case-insensitively.
        limit: Quotes per page.
        cursor: The ``next_cursor`` of the previous page of quotes.

    Raises:
        WebError: 404 for an unknown name, 400 for a bad cursor.
    """
    profile = store.speaker_profile(name)
    if profile is None:
        raise not_found(f"speaker {name!r}")
    params = SearchParams(speaker=profile.name, limit=limit, cursor=cursor)
    hits = store.search(_query(params, exact_speaker=True))
    return SpeakerProfilePublic(
        name=profile.name,
        kind=profile.kind,
        quotes=profile.quotes,
        first_date=profile.first_date,
        last_date=profile.last_date,
        undated=profile.undated,
        months=counts_public(profile.months),
        roles=[
            RolePublic(role=r.role, first_seen=r.first_seen, last_seen=r.last_seen, quotes=r.quotes)
            for r in profile.roles
        ],
        outlets=counts_public(profile.outlets),
        latest=page_of(hits, limit),
    )


def list_outlets(store: Store, name: str | None, limit: int) -> Page[ValueCountPublic]:
    """List outlets by number of quotes, most first, optionally those containing ``name``."""
    found = counts_public(store.outlets(name, limit))
    return Page[ValueCountPublic](items=found, count=len(found), limit=limit)


def get_outlet(store: Store, name: str, limit: int, cursor: str | None = None) -> OutletProfilePublic:
    """Return an outlet's profile and a page of its quotes, newest first.

    Raises:
        WebError: 404 for an unknown outlet, 400 for a bad cursor.
    """
    profile = store.outlet_profile(name)
    if profile is None:
        raise not_found(f"outlet {name!r}")
    hits = store.search(_query(SearchParams(outlet=profile.name, limit=limit, cursor=cursor)))
    return OutletProfilePublic(
        name=profile.name,
        quotes=profile.quotes,
        articles=profile.articles,
        first_date=profile.first_date,
        last_date=profile.last_date,
        months=counts_public(profile.months),
        speakers=counts_public(profile.speakers),
        latest=page_of(hits, limit),
    )


def statement_reports(store: Store, hit: QuoteHit) -> tuple[list[QuoteHit], str]:
    """Return every report of the statement one hit belongs to, earliest first, and how they were grouped.

    This is the one place that decides what a statement is: the linker's cluster when ``quotegraph link``
    has placed the attribution in one (``LINKED``: copies, paraphrases and translations across outlets),
    else the attributions with the same normalised text and speaker (``SAME_TEXT``, as in the Quotebank
    export).

    Args:
        store: The store.
        hit: One report of the statement.

    Returns:
        At most ``MAX_REPORTS`` reports (the earliest and the newest ones when there are more), and the grouping.
    """
    statement_id = store.attribution_links([hit.id]).get(hit.id, (None, None))[1]
    if statement_id is not None:
        linked = [r.hit for r in store.statement_reports([statement_id]).get(statement_id, [])]
        if linked:
            return _bounded(linked), LINKED
    key = words(hit.attribution.content.text)
    speaker = key_of(hit.attribution.speaker.name)
    phrase = '"' + " ".join(key[:16]) + '"' if key else None  # a long phrase adds nothing but cost
    query = SearchQuery(text=phrase, speaker=speaker, exact_speaker=True, limit=MAX_REPORTS)
    same = [
        h
        for h in store.search(query)
        if words(h.attribution.content.text) == key and key_of(h.attribution.speaker.name) == speaker
    ]
    if hit.id not in {h.id for h in same}:
        same.append(hit)
    return sorted(same, key=lambda h: (h.date or "9999", h.published or "", h.attribution.article_id, h.id)), SAME_TEXT


def _bounded(reports: list[QuoteHit]) -> list[QuoteHit]:
    """Keep the earliest report and the newest ones, ``MAX_REPORTS`` in all."""
    return reports if len(reports) <= MAX_REPORTS else reports[:1] + reports[1 - MAX_REPORTS :]


def get_statement(store: Store, statement_id: str) -> StatementPublic:
    """Return every report of one statement, earliest first, with wording differences from the earliest.

    Args:
        store: The store.
        statement_id: The id of any attribution reporting it, or the linker's statement id (``st-…``).

    Raises:
        WebError: 404 when no attribution or linked statement has that id.
    """
    hit = store.attribution(statement_id)
    if hit is not None:
        reports, grouping = statement_reports(store, hit)
    else:
        view = store.statement(statement_id)
        if view is None or not view.reports:
            raise not_found(f"statement {statement_id!r}")
        hit = view.reports[0].hit
        reports, grouping = _bounded([r.hit for r in view.reports]), LINKED
    base = reports[0].attribution.content.text
    items = []
    for report in reports:
        text = report.attribution.content.text
        items.append(
            ReportPublic(attribution=hit_public(report), diff=word_diff(base, text), same_wording=text == base)
        )
    outlets = list(dict.fromkeys(r.outlet for r in reports if r.outlet))
    return StatementPublic(
        id=reports[0].id,
        speaker=hit.attribution.speaker.name,
        text=base,
        earliest_date=reports[0].date,
        outlets=outlets,
        grouping=grouping,
        reports=items,
    )


def get_stats(store: Store) -> StatsPublic:
    """Return counts over the whole store."""
    s = store.stats()
    return StatsPublic(
        backend=s.backend,
        articles=s.articles,
        attributions=s.attributions,
        speakers=s.speakers,
        outlets=s.outlets,
        rejects=s.rejects,
        by_type=s.by_type,
        first_date=s.first_date,
        last_date=s.last_date,
    )


def get_health(store: Store, writes: bool, mode: str) -> HealthPublic:
    """Check that the store answers, and say whether writes are enabled and how they extract."""
    store.existing_articles(["health-check"])
    return HealthPublic(status="ok", version=quotegraph.__version__, backend=store.backend, writes=writes, mode=mode)


def create_article(
    store: Store, body: ArticleCreate, write_lock: threading.Lock, options: ExtractOptions | None = None
) -> ArticlePublic:
    """Extract an article's attributions and store them (replacing an article with the same id).

    Args:
        store: The store.
        body: The article.
        write_lock: Serialises writers: the store has one writer at a time.
        options: How to extract (the server's mode); the defaults when None.

    The body is read as ingest reads a JSON record (``read.records.article_from_record``), so the article gets the
    same id, URL, outlet and ISO date it would get there (an unreadable date is kept in ``meta["published_raw"]``)
    and a body of HTML markup is read as its text.

    Raises:
        WebError: 413 when the text is over ``max_article_chars``, 422 when ingest would reject it (a blank text,
            markup without text), 400 for an unsupported language.
    """
    limit = int(get_setting("max_article_chars"))
    if len(body.text) > limit:
        raise WebError(413, f"the article text is over the {limit:,}-character limit (max_article_chars)")
    article = article_from_record(
        body.model_dump(exclude_none=True), source="POST /api/articles", position="body", options=ReadOptions()
    )
    if isinstance(article, Reject):
        raise WebError(422, f"the article cannot be read ({article.reason.value}): {article.detail}")
    from quotegraph.extract import extract  # spaCy loads on the first write only

    try:
        attributions = extract(article, options)
    except UnsupportedLanguageError as exc:
        raise bad_request(str(exc)) from exc
    with write_lock:
        store.write_results([ExtractionResult(article, tuple(attributions))])
    return get_article(store, article.id)
