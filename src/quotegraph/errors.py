"""Error classes and the numbered reject reasons stored with every input quotegraph could not use."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class QuotegraphError(Exception):
    """A user-facing error: the CLI prints its message on one line and exits non-zero."""


class UnsupportedLanguageError(QuotegraphError):
    """Raised when an article's language has no extraction data."""


class UnencodableTextError(QuotegraphError):
    """Raised when an article's text holds a lone surrogate, which is no character and cannot be written as UTF-8."""


class Reason(str, Enum):
    """Why an input was rejected. Tests match the code, not the wording."""

    BINARY = "R001"  # the bytes look like a binary file, not text
    UNDECODABLE = "R002"  # the bytes are not valid in the declared or detected encoding
    EMPTY = "R003"  # nothing to extract from: no bytes or only whitespace
    TOO_LARGE = "R004"  # above the max_article_chars setting
    MALFORMED_JSON = "R005"  # a JSON line or document that does not parse
    MISSING_TEXT = "R006"  # a record without a usable text field
    MALFORMED_HTML = "R007"  # HTML from which no article text could be extracted
    MALFORMED_ARCHIVE = "R008"  # truncated or corrupt gzip / WARC
    UNSUPPORTED_FORMAT = "R009"  # no reader for this file
    UNSUPPORTED_LANGUAGE = "R010"  # no language data for the article's language
    EXTRACTION_FAILED = "R011"  # the extractor raised on this article
    UNREADABLE = "R012"  # the file could not be opened
    READER_FAILED = "R013"  # the reader raised on this input; what followed in the same file was not read


@dataclass(frozen=True)
class Reject:
    """One input that could not be used: where it came from, where in it, and why."""

    source: str
    position: str
    reason: Reason
    detail: str

    def to_dict(self) -> dict[str, str]:
        return {
            "source": self.source,
            "position": self.position,
            "code": self.reason.value,
            "reason": self.reason.name.lower(),
            "detail": self.detail,
        }
