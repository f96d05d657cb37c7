"""Resolving a written statement date ("On June 7", "on Tuesday", "yesterday") against the publication date."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

_RANGE = re.compile(r"\d\s*[-\u2013]\s*\d")
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# Words that place a statement within its day ("early Monday", "Thursday night"): the day is the date.
_DAY_PARTS = frozenset({"early", "late", "morning", "afternoon", "evening", "night", "overnight"})
_VAGUE = re.compile(
    r"\b(week|month|year|decade|century|weeks|months|years|season|spring|summer|autumn|fall|winter)\b"
    r"|\d0s\b"  # "the 1990s", "the '80s": a decade
)


def _weekday(word: str, base: date, before: bool = False) -> date:
    """The weekday's most recent date on or before ``base`` (strictly before it with ``before``: "last Tuesday")."""
    target = _WEEKDAYS.index(word)
    if before:
        return base - timedelta(days=(base.weekday() - target - 1) % 7 + 1)
    return base - timedelta(days=(base.weekday() - target) % 7)


@lru_cache(maxsize=4096)
def resolve_date(expression: str, published: str | None) -> str | None:
    """Turn a day-level date expression into an ISO date, reading it relative to the publication date.

    Args:
        expression: The date as written ("June 7", "Tuesday", "yesterday", "2016-09-17").
        published: The article's ISO publication date, or None.

    Returns:
        ``YYYY-MM-DD``, or None when the expression is vague ("last year", "earlier") or cannot be read. A bare
        weekday, or one with a part of its day ("early Monday", "Thursday night"), means its most recent occurrence
        on or before the publication date; "last Tuesday", its most recent occurrence before it.
    """
    text = expression.strip().lower()
    if not text or _VAGUE.search(text) or (_RANGE.search(text) and not _ISO.match(text)):
        return None
    try:
        base = date.fromisoformat(published[:10]) if published else None
    except ValueError:
        base = None
    words = re.findall(r"[a-z]+", text)
    days = [w for w in words if w in _WEEKDAYS]
    if base is not None and len(days) == 1 and all(w in _DAY_PARTS for w in words if w not in days):
        return _weekday(days[0], base).isoformat()
    if (
        base is not None
        and len(days) == 1
        and words[0] == "last"
        and all(w in _DAY_PARTS for w in words[1:] if w not in days)
    ):
        return _weekday(days[0], base, before=True).isoformat()  # dateparser reads no "last Tuesday"
    if base is None and not re.search(r"\d{4}", text):
        return None
    import dateparser

    settings = {
        "PREFER_DATES_FROM": "past",
        "REQUIRE_PARTS": ["day"],
        "RELATIVE_BASE": datetime.combine(base or date.today(), datetime.min.time()),
    }
    parsed = dateparser.parse(expression, languages=["en"], settings=settings)
    return parsed.date().isoformat() if parsed else None
