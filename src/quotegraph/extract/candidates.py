"""The working record of one attribution while the stages fill it in, and the per-Doc index they share."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from quotegraph.extract.language import LanguageData
from quotegraph.extract.quotes import QuotedSpan, find_quotes
from quotegraph.model import Evidence


def _embedded_posts(text: str, tags: frozenset[str]) -> list[tuple[int, int]]:
    """Each markup element named in ``tags`` (``<tweet id=...>words</tweet>``), from its opening tag up to its
    closing tag or the end of its paragraph; in text order, none overlapping."""
    if not tags or "<" not in text:
        return []
    names = "|".join(re.escape(t) for t in sorted(tags))
    pattern = re.compile(rf"<({names})\b[^>\n]*>(.*?)(?=</\1>|\n|$)", re.DOTALL)
    return [(m.start(), m.end(2)) for m in pattern.finditer(text)]


@dataclass
class Candidate:
    """An attribution under construction; offsets are character offsets into the Doc text.

    ``speaker_token`` is the head of the speaker mention as written ("he", "Blejean", "official");
    ``antecedent`` is set for relative pronouns ("Rasmussen, who said") and points at the named head.
    ``reach`` is where the content's end moves once every stage has run (what runs on after an object or clause,
    see runon.py): claims between stages use the shorter content, so a long run-on never hides a report nested
    in it.
    """

    content: tuple[int, int]
    type: str
    rule: str
    confidence: float
    cue: tuple[int, int] | None = None
    cue_token: int | None = None
    speaker_token: int | None = None
    antecedent: int | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    fragments: list[tuple[int, int]] = field(default_factory=list)
    inherited_from: Candidate | None = None
    name: str | None = None
    kind: str = "unknown"
    role: Evidence | None = None
    venue: Evidence | None = None
    addressee: Evidence | None = None
    via: list[Evidence] = field(default_factory=list)
    said_on: Evidence | None = None
    reach: int | None = None
    relayed: bool = False  # a report inside a source phrase's or relaying report's content: relayed.py

    @property
    def anchor(self) -> int:
        """The offset used to order attributions for resolution: the cue, else the content start."""
        return self.cue[0] if self.cue else self.content[0]


class DocIndex:
    """Lookups over one parsed Doc that every stage needs: quotes, paragraphs, token positions."""

    def __init__(self, doc: Doc, lang: LanguageData) -> None:
        self.doc = doc
        self.lang = lang
        self.text: str = doc.text
        self.quotes: list[QuotedSpan] = find_quotes(self.text, lang.quote_marks)
        self.token_starts: list[int] = [t.idx for t in doc]
        self._quote_opens = [q.open for q in self.quotes]
        self._longest_quote = max((q.outer_end - q.open for q in self.quotes), default=0)
        text = self.text
        self._para_starts = [0] + [i for i in range(1, len(text)) if text[i - 1] == "\n" and text[i] != "\n"]
        self._posts = _embedded_posts(text, lang.quote_marks.post_tags)
        self._post_starts = [start for start, _ in self._posts]

    def quote_at(self, offset: int) -> QuotedSpan | None:
        """The quoted span whose marks enclose ``offset``, if any."""
        pos = bisect.bisect_right(self._quote_opens, offset) - 1
        if pos >= 0:
            quote = self.quotes[pos]
            if quote.open <= offset < quote.outer_end:
                return quote
        return None

    def in_quote(self, token: Token) -> bool:
        """True when the token lies inside quotation marks (the marks themselves excluded) or inside an embedded
        post (``<tweet ...>words</tweet>`` in scraped text), whose words are its author's as if quoted."""
        quote = self.quote_at(token.idx)
        if quote is not None and quote.start <= token.idx < quote.end:
            return True
        pos = bisect.bisect_right(self._post_starts, token.idx) - 1
        return pos >= 0 and token.idx < self._posts[pos][1]

    @property
    def paragraph_starts(self) -> list[int]:
        """The offset where each paragraph (newline-separated block) begins."""
        return self._para_starts

    def paragraph_of(self, offset: int) -> int:
        """The number of the paragraph (newline-separated block) holding ``offset``."""
        return bisect.bisect_right(self._para_starts, offset) - 1

    def token_at_or_after(self, offset: int) -> int:
        """The index of the first token starting at or after ``offset``."""
        return bisect.bisect_left(self.token_starts, offset)

    def quotes_within(self, start: int, end: int) -> list[QuotedSpan]:
        """Quoted spans that overlap ``[start, end)``."""
        # only quotes opening after start - longest can reach past start: an article of many quotes asks this of
        # every one of them
        first = bisect.bisect_right(self._quote_opens, start - self._longest_quote)
        last = bisect.bisect_left(self._quote_opens, end)
        return [q for q in self.quotes[first:last] if q.outer_end > start]
