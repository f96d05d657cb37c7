"""The web tests' store, built in code (as Datasette's ``fixtures.py``): a few articles, one statement reported
three times, filler quotes for paging, and one hostile article whose every field carries markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from quotegraph.model import Article, Attribution, Evidence, ExtractionResult, Span, SpeakerRef
from quotegraph.store import Store

#: Markup a hostile source could put in any field; on a page it must show as text, never run.
SCRIPT = "<script>alert('xss-script')</script>"
IMG = "\"><img src=x onerror=alert('xss-img')>"
JS_URL = "javascript:alert('xss-url')"
SVG = "<svg onload=alert('xss-svg')>"
XSS_ID = "xss-article"
XSS_SPEAKER = f"Eve {IMG}{SCRIPT}"
XSS_OUTLET = f"Hostile {IMG}"
XSS_TITLE = f"Breaking {SCRIPT} {IMG}"
PAYLOADS = (SCRIPT, IMG, JS_URL, SVG)


@dataclass(frozen=True)
class Q:
    """One quote of a hand-built article."""

    speaker: str | None
    text: str
    role: str | None = None
    venue: str | None = None
    via: tuple[str, ...] = ()
    said_on: str | None = None
    type: str = "direct"
    kind: str = "person"


@dataclass(frozen=True)
class Doc:
    """One hand-built article."""

    id: str
    title: str | None
    outlet: str | None
    published: str | None
    quotes: tuple[Q, ...]
    url: str | None = None
    extra: str = field(default="")


def build(doc: Doc) -> ExtractionResult:
    """Return an article whose lines are ``"QUOTE," said SPEAKER.`` with every span pointing into the text."""
    text, attributions = doc.extra, []
    for q in doc.quotes:
        start = len(text) + 1
        text += f'"{q.text}," said {q.speaker or "someone"}.\n'
        cue_start = start + len(q.text) + 3
        mention = Span.of(text, cue_start + 5, cue_start + 5 + len(q.speaker or "someone"))
        attributions.append(
            Attribution(
                article_id=doc.id,
                type=q.type,  # type: ignore[arg-type]
                content=Span.of(text, start, start + len(q.text)),
                speaker=SpeakerRef(
                    q.speaker,
                    q.kind,  # type: ignore[arg-type]
                    (mention,) if q.speaker else (),
                    role=Evidence(q.role, None, 0.8) if q.role else None,
                ),
                cue=Span.of(text, cue_start, cue_start + 4),
                venue=Evidence(q.venue) if q.venue else None,
                via=tuple(Evidence(v) for v in q.via),
                said_on=Evidence(q.said_on) if q.said_on else None,
                confidence=0.87,
            )
        )
    article = Article(doc.id, text, doc.title, doc.url or f"https://news.example/{doc.id}", doc.outlet, doc.published)
    return ExtractionResult(article, tuple(attributions))


TABLE = "We will return to the table."
DOCS: tuple[Doc, ...] = (
    Doc(
        "geneva-1",
        "Talks resume in Geneva",
        "Wire",
        "2024-03-01",
        (
            Q("Ann Lee", TABLE, role="foreign minister", venue="a press conference"),
            Q("Bob Ray", "Nobody wants a war.", via=("Reuters",), type="indirect"),
        ),
    ),
    Doc(
        "geneva-2",
        "Geneva talks, day two",
        "Post",
        "2024-03-02",
        (Q("Ann Lee", "We will return to the table!", role="foreign minister"), Q("Cy Dee", "The plan has no teeth.")),
    ),
    Doc("geneva-3", "Ministers meet again", "Daily", "2024-04-10", (Q("Ann Lee", TABLE, role="foreign minister"),)),
    Doc(
        "budget",
        "Budget fight",
        "Wire",
        "2023-11-20",
        (Q("Ann Lee", "Taxes will rise next year.", role="senator", said_on="2023-11-19", type="mixed"),),
    ),
    Doc("slash", "A band speaks", "Wire", "2022-05-05", (Q("AC/DC", "We are loud.", kind="organisation"),)),
    Doc("undated", None, None, None, (Q(None, "Something was said.", kind="anonymous"),)),
    *(
        Doc(
            f"filler-{n}",
            f"Filler {n}",
            "Wire",
            f"2021-{n % 12 + 1:02d}-15",
            (Q(f"Person {n % 5}", f"Filler quote {n}"),),
        )
        for n in range(30)
    ),
)
XSS_DOC = Doc(
    XSS_ID,
    XSS_TITLE,
    XSS_OUTLET,
    "2024-05-01",
    (
        Q(XSS_SPEAKER, f"{SCRIPT} and {IMG} and {JS_URL}", role=SVG, venue=JS_URL, via=(IMG,)),
        Q(XSS_SPEAKER, f"See {JS_URL} now {SVG}", said_on=SCRIPT),
    ),
    url=JS_URL,
    extra=f"{SCRIPT}\n{IMG}\n",
)


def fill(store: Store) -> None:
    """Write the fixture articles (and the hostile one) into a store."""
    store.write_results([build(doc) for doc in (*DOCS, XSS_DOC)])


def seed_path(repo: Path) -> Path | None:
    """Return the TASS seed article beside the repository (licence-restricted: read, never copied), or None."""
    path = repo.parent / "shared" / "seed" / "tass-2023-06-14.txt"
    return path if path.is_file() else None
