"""Characters read as they were meant, with the way back to the article's offsets: references decoded, accents
composed, mojibake repaired.

A page saved as UTF-8 and read as Windows-1252 or Latin-1 (by a scraper, a database export, a CMS) turns each
accented letter and typographic mark into two or three others: curly quotation marks become "â€œ" and "â€\\x9d", so
the quotes they open and close are not seen at all, and "José" becomes "JosÃ©", a name no other article spells.
Driven with the PolNeAR dev texts mis-decoded this way, the rules found 309 direct quotes where they find 585.
Text taken out of HTML without decoding it keeps its character references ("&quot;", "&#8220;", "&rsquo;", often
escaped twice in feeds: "&amp;quot;"), which hide quotation marks as well (69 direct quotes of 585). Text from some
systems (macOS file names and clipboards, some feeds) is decomposed: "José" typed as "Jose" and a combining accent,
which the tokenizer reads as two words or a word and a mark.

``repair`` decodes character references (``html.unescape``, those with their semicolon), composes the text
(Unicode's NFC) and reverses mojibake with ftfy's ``fix_encoding`` (only its encoding steps: quotation marks,
ligatures and widths are left as written), and aligns the result with the article, so that a span of it maps back
to the article characters it was read from. Text that needs none of it is left alone: ftfy changes none of the
PolNeAR, German WikiNews or demo texts that are not mojibake, and those texts hold one character reference (a
narrow no-break space written "&#8239;").
"""

from __future__ import annotations

import html
import re
import unicodedata
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from html.entities import html5

import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252")
from ftfy import fix_encoding

# Every UTF-8 sequence of two or more bytes starts with a byte from 0xC2 to 0xF4, which Latin-1 and Windows-1252
# both read as one of these letters; the C1 controls (0x80-0x9F) are Windows-1252 bytes read as Latin-1.
_SUSPECT = re.compile("[\u0080-\u009f\u00c2-\u00f4]")
# Where a line and its repair part (a repair not explained character by character), they meet again at the next
# stretch of this many plain characters, looked for within this many characters.
_MEET = 8
_MEET_WITHIN = 2000
# A character reference, named or numbered, with its semicolon: "&amp" alone, as in a name, is left.
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# How UTF-8 is mis-decoded: as Windows-1252 with its five unassigned bytes read as Latin-1, or as Latin-1.
_CODECS = ("sloppy-windows-1252", "latin-1")


@dataclass(frozen=True)
class Repair:
    """A repaired text and, for each of its characters, the article characters it was read from.

    Attributes:
        text: The repaired text.
        length: The article's length.
        starts: For each character of ``text``, the article offset where what it was read from starts.
        ends: For each character of ``text``, the article offset just after what it was read from.
    """

    text: str
    length: int
    starts: array[int] = field(repr=False, compare=False)
    ends: array[int] = field(repr=False, compare=False)

    def article_start(self, at: int) -> int:
        """The article's offset of the character at ``at`` in ``text`` (a span's start)."""
        return self.starts[at] if at < len(self.text) else self.length

    def article_end(self, at: int) -> int:
        """The article's offset just after the character before ``at`` in ``text`` (a span's exclusive end)."""
        return self.ends[at - 1] if at > 0 else 0


def repair(text: str) -> Repair | None:
    """Return ``text`` with its character references decoded, composed and with its mojibake repaired, aligned to
    it; None when there is nothing to repair.

    Args:
        text: An article's text.

    Returns:
        The repair, or None when ``text`` holds no character reference, is composed and holds no mojibake (the
        mojibake is left when repairing it would change the line breaks, which no repair of text mis-decoded as a
        whole does).
    """
    unescaped = _unescaped(text)
    if unescaped is not None:
        twice = _unescaped(unescaped.text)  # "&amp;quot;": escaped twice over, as feeds often are
        unescaped = unescaped if twice is None else _through(unescaped, twice)
    base = text if unescaped is None else unescaped.text
    fixed = base if unicodedata.is_normalized("NFC", base) else unicodedata.normalize("NFC", base)
    if _SUSPECT.search(fixed):
        fixed = fix_encoding(fixed)
    if fixed == base or fixed.count("\n") != base.count("\n"):
        return unescaped
    aligned = _aligned(base, fixed)
    return aligned if unescaped is None else _through(unescaped, aligned)


def _unescaped(text: str) -> Repair | None:
    """``text`` with its HTML character references decoded ("&quot;", "&#8220;", "&rsquo;"), each character
    read from the whole reference; None when it has none. A reference to a line break or a control character is
    left as written."""
    if "&" not in text:
        return None
    pieces: list[str] = []
    starts, ends = array("q"), array("q")
    at = 0
    for found in _REFERENCE.finditer(text):
        chars = _referenced(found.group())
        if not chars or any(unicodedata.category(c) in ("Cc", "Zl", "Zp") for c in chars):
            continue
        pieces.append(text[at : found.start()])
        starts.extend(range(at, found.start()))
        ends.extend(range(at + 1, found.start() + 1))
        pieces.append(chars)
        starts.extend([found.start()] * len(chars))
        ends.extend([found.end()] * len(chars))
        at = found.end()
    if not pieces:
        return None
    pieces.append(text[at:])
    starts.extend(range(at, len(text)))
    ends.extend(range(at + 1, len(text) + 1))
    return Repair("".join(pieces), len(text), starts, ends)


def _referenced(reference: str) -> str | None:
    """What a character reference stands for; None for a name HTML does not define ("&notanentity;") or a number
    of no character."""
    if reference[1] != "#":
        return html5.get(reference[1:])
    chars = html.unescape(reference)
    return None if chars == "\ufffd" else chars


def _through(outer: Repair, inner: Repair) -> Repair:
    """The repair ``inner`` of ``outer``'s text, mapped back through ``outer`` to the article."""
    starts = array("q", (outer.article_start(at) for at in inner.starts))
    ends = array("q", (outer.article_end(at) for at in inner.ends))
    return Repair(inner.text, outer.length, starts, ends)


def _aligned(text: str, fixed: str) -> Repair:
    """``fixed`` (``text`` composed and repaired, with the same line breaks) aligned to ``text``, line by line."""
    starts, ends = array("q", bytes(8 * len(fixed))), array("q", bytes(8 * len(fixed)))
    article_at = fixed_at = 0
    for article_line, fixed_line in zip(text.split("\n"), fixed.split("\n"), strict=True):
        if article_line == fixed_line:
            _align_one_for_one(article_at, fixed_at, len(fixed_line), starts, ends)
        else:
            _align_line(article_line, fixed_line, article_at, fixed_at, starts, ends)
        article_at, fixed_at = article_at + len(article_line) + 1, fixed_at + len(fixed_line) + 1
        if fixed_at <= len(fixed):  # the line break after the line
            starts[fixed_at - 1], ends[fixed_at - 1] = article_at - 1, article_at
    return Repair(fixed, len(text), starts, ends)


def _align_line(article: str, fixed: str, article_at: int, fixed_at: int, starts: array[int], ends: array[int]) -> None:
    """Align a line and its repair, character by character: each repaired character was read from itself or from
    its mojibake (``_forms``); where none of those is next in the article (a repair ftfy made otherwise), the two
    lines meet again at the next stretch of plain characters and the stretch between is aligned by similarity."""
    read_at = at = 0
    while at < len(fixed):
        read = next((form for form in _forms(fixed[at]) if article.startswith(form, read_at)), None)
        if read is not None:
            starts[fixed_at + at], ends[fixed_at + at] = article_at + read_at, article_at + read_at + len(read)
            read_at, at = read_at + len(read), at + 1
            continue
        read_next, next_at = _meeting(article, fixed, read_at, at)
        _align_characters(
            article[read_at:read_next], fixed[at:next_at], article_at + read_at, fixed_at + at, starts, ends
        )
        read_at, at = read_next, next_at


def _meeting(article: str, fixed: str, read_at: int, at: int) -> tuple[int, int]:
    """Where a line and its repair meet again after they part at ``read_at`` and ``at``: the next stretch of
    ``_MEET`` ASCII characters of the repair found next in the article, within ``_MEET_WITHIN`` characters; the
    lines' ends when there is none."""
    for later in range(at + 1, min(len(fixed), at + _MEET_WITHIN)):
        stretch = fixed[later : later + _MEET]
        if len(stretch) == _MEET and stretch.isascii():
            found = article.find(stretch, read_at, read_at + (later - at) * 4 + _MEET_WITHIN)
            if found >= 0:
                return found, later
    return len(article), len(fixed)


@lru_cache(maxsize=4096)
def _forms(char: str) -> tuple[str, ...]:
    """What ``char`` may have been read from, the longest first: itself, its UTF-8 bytes read as Windows-1252 or as
    Latin-1 once or twice over (a no-break space of them possibly typed as a space), each composed or decomposed."""
    if char.isascii():
        return (char,)
    forms = {char}
    for _ in range(2):
        forms |= {form.encode("utf-8").decode(codec) for form in forms for codec in _CODECS}
    forms |= {form.replace("\u00a0", " ") for form in forms}
    forms |= {unicodedata.normalize("NFD", form) for form in forms}
    return tuple(sorted(forms, key=len, reverse=True))


def _align_one_for_one(article_at: int, fixed_at: int, count: int, starts: array[int], ends: array[int]) -> None:
    for step in range(count):
        starts[fixed_at + step] = article_at + step
        ends[fixed_at + step] = article_at + step + 1


def _align_characters(
    article: str, fixed: str, article_at: int, fixed_at: int, starts: array[int], ends: array[int]
) -> None:
    """Align two stretches that differ, character by character: a run of repaired characters shares the article
    run it replaces, the first starting where the run starts and the last ending where it ends (past
    ``_MEET_WITHIN`` characters, the whole stretches are one such run, as comparing them would take long)."""
    opcodes: Sequence[tuple[str, int, int, int, int]] = [("replace", 0, len(article), 0, len(fixed))]
    if max(len(article), len(fixed)) <= _MEET_WITHIN:
        opcodes = SequenceMatcher(None, article, fixed, autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            _align_one_for_one(article_at + i1, fixed_at + j1, j2 - j1, starts, ends)
            continue
        read, written = i2 - i1, j2 - j1  # characters no repaired one reads ("delete") are left between spans
        for step in range(written):
            starts[fixed_at + j1 + step] = article_at + i1 + step * read // written
            ends[fixed_at + j1 + step] = article_at + i1 + (step + 1) * read // written
