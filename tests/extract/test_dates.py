"""Statement dates resolved against the publication date."""

from __future__ import annotations

import pytest

from quotegraph.extract.dates import resolve_date


@pytest.mark.parametrize(
    ("expression", "published", "expected"),
    [
        ("June 7", "2023-06-14", "2023-06-07"),
        ("Tuesday", "2023-06-14", "2023-06-13"),
        ("Wednesday", "2023-06-14", "2023-06-14"),
        ("Thursday", "2023-06-14", "2023-06-08"),
        # "last" means before the day of publication, even on that weekday
        ("last Tuesday", "2023-06-14", "2023-06-13"),
        ("last Wednesday", "2023-06-14", "2023-06-07"),
        ("last Thursday night", "2023-06-14", "2023-06-08"),
        ("last week", "2023-06-14", None),
        ("yesterday", "2023-06-14", "2023-06-13"),
        ("2016-09-17", None, "2016-09-17"),
        ("Sept. 17", "2023-06-14", "2022-09-17"),
        ("last year", "2023-06-14", None),
        ("earlier this month", "2023-06-14", None),
        ("July 11-12", "2023-06-14", None),
        ("June 7", None, None),
        # a decade is no day, with or without a publication date
        ("the 1990s", "2023-06-14", None),
        ("the 1990s", None, None),
        ("the '80s", "2023-06-14", None),
        ("", "2023-06-14", None),
    ],
)
def test_resolve_date(expression: str, published: str | None, expected: str | None) -> None:
    assert resolve_date(expression, published) == expected
