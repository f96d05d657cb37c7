"""The ingest progress bar on stderr (rate and ETA), and the quick first pass that gives it a total."""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from tqdm import tqdm

from quotegraph.settings import get_setting

if TYPE_CHECKING:
    from quotegraph.read import ReadOptions


def count_records(sources: Sequence[str | Path], options: ReadOptions | None, seconds: float) -> int | None:
    """Count the input records with a reading pass, giving up after ``seconds``.

    Reading is far cheaper than extraction, so a few seconds count a large corpus; stdin cannot be read
    twice and is never counted.

    Returns:
        The number of records, or None when unknown (stdin, no time allowed, or the budget ran out).
    """
    from quotegraph.read import read_sources

    if seconds <= 0 or any(str(s) == "-" for s in sources):
        return None
    deadline = time.monotonic() + seconds
    n = 0
    for n, _ in enumerate(read_sources(sources, options), start=1):
        if n % 256 == 0 and time.monotonic() > deadline:
            return None
    return n


class Progress:
    """A tqdm bar over finished records, shown once more than ``progress_min_articles`` are known.

    Args:
        total: The number of records when known (for the ETA), else None.
        enabled: False shows nothing at all.
    """

    def __init__(self, total: int | None, *, enabled: bool = True) -> None:
        self.total = total
        self.enabled = enabled
        self.done = 0
        self._bar: tqdm[None] | None = None
        self._threshold = int(get_setting("progress_min_articles"))

    def advance(self, n: int) -> None:
        """Count ``n`` more finished records."""
        self.done += n
        if self._bar is None and self.enabled and self.done > self._threshold:
            if self.total is not None and self.total <= self._threshold:
                return
            self._bar = tqdm(
                total=self.total, initial=self.done - n, unit="article", file=sys.stderr, dynamic_ncols=True
            )
        if self._bar is not None:
            self._bar.update(n)

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.close()
