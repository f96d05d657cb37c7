"""The text the parsers read: the article's own, with look-alike spaces, line breaks and invisible marks made plain.

Web and wire text carries characters that read as a space or a line break but that spaCy's tokenizer does not
split on: a no-break space between a first name and a surname ("Pat\\u00a0Caddell") becomes a token of its own
inside the name, a byte-order mark or zero-width space stuck to the first word hides it ("\\ufeffPat"), and a
Windows line end ("\\r\\n") is not the "\\n" that the paragraph rules and the fast tagger know. One in four PolNeAR
articles has no-break spaces. ``plain_text`` reads the text as one typed with plain spaces and line breaks would be:
each "\\r\\n" as "\\n", other line breaks as "\\n"; a look-alike space or an invisible mark as a space between two
words, and as nothing beside white space or at either end of the text ("end.\\u00a0 Next" as "end. Next"); and the
line breaks of a hard-wrapped paragraph as spaces (``_unwrapped``); white space before the first word as nothing
(a headline after blank lines is still the first line). So the same article gives the same attributions however
its white space was typed. Plain spaces stay as typed: two after a full stop mark a sentence's end, which the fast
tagger learned from PolNeAR's own texts.

Before all that, character references are decoded, accents composed and mojibake repaired (``repair.repair``:
"donâ€™t" and "don&rsquo;t" read as "don’t").

``PlainText`` maps an offset into the parsed text back to the article, so every span keeps the article's own offsets
and characters (``pipeline.attributions_from_doc``).

Left as they are: the soft hyphen and the zero-width (non-)joiner, which sit inside words and emoji, where a space
would cut them, and the C1 controls that are no mojibake ftfy can repair.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from quotegraph.extract.repair import Repair, repair

# Read as a line break: vertical tab, form feed, Unicode's line and paragraph separators (not C1's "next line",
# U+0085: see the C1 controls below), and a carriage return not before "\n" (an old Mac line end; ``plain_text``
# reads it last, once the carriage returns of "\r\n" are gone).
_LINE_BREAKS = "\x0b\x0c\u2028\u2029"
# Read as a space between words, and as nothing beside white space: Unicode's other spaces (category Zs: no-break,
# en and em, thin, hair, narrow no-break, ideographic, ...), the ASCII control characters (tab kept), and the
# invisible format marks that stand between words or at a text's start (zero-width space, direction marks,
# embeddings and isolates, word joiner and invisible operators, byte-order mark). The C1 controls (U+0080-U+009F)
# are left: they are mojibake (Windows-1252 read as Latin-1), repaired first or kept as written.
_SPACES = "\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
_CONTROLS = "".join(chr(c) for c in range(0x00, 0x20) if chr(c) not in "\t\n\r" + _LINE_BREAKS) + "\x7f"
_INVISIBLE = "\u200b\u200e\u200f" + "".join(map(chr, range(0x202A, 0x202F))) + "".join(map(chr, range(0x2060, 0x2065)))
_INVISIBLE += "".join(map(chr, range(0x2066, 0x206A))) + "\ufeff"
_SOFT = _SPACES + _CONTROLS + _INVISIBLE

_PLAIN = {ord(ch): "\n" for ch in _LINE_BREAKS} | {ord(ch): " " for ch in _SOFT}
_ANY = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_PLAIN)) + "]")
# What plain_text may drop: a carriage return before "\n", and a soft character (if it has white space or a text's
# end beside it once those before it are gone)
_DROPPABLE = re.compile("\r(?=\n)|[" + re.escape(_SOFT) + "]")
# A hard-wrapped text: no line longer than the widest of these widths, nor all shorter than the narrowest (a list or
# a poem), and at least this many breaks where the next word would not have fitted.
_WRAP_WIDTHS = (30, 120)
_MIN_WRAPS = 3


@dataclass(frozen=True)
class PlainText:
    """An article's text as the parsers read it (``text``), and the way back to the article's offsets.

    Attributes:
        text: The text to parse (see the module docstring).
        dropped: For each character left out of ``text``, the offset in ``text`` of the character that follows it,
            in order (one offset per character left out, so an offset may repeat).
        repaired: The repair the characters were left out of, or None when the article was composed and had no
            mojibake (then ``dropped`` counts the article's own characters).
    """

    text: str
    dropped: tuple[int, ...] = ()
    repaired: Repair | None = None

    def article_start(self, at: int) -> int:
        """The article's offset of the character at ``at`` in ``text`` (a span's start)."""
        at += bisect_right(self.dropped, at)
        return self.repaired.article_start(at) if self.repaired else at

    def article_end(self, at: int) -> int:
        """The article's offset just after the character before ``at`` in ``text`` (a span's exclusive end)."""
        at += bisect_left(self.dropped, at)
        return self.repaired.article_end(at) if self.repaired else at


def plain_text(text: str) -> PlainText:
    """Read ``text`` as the parsers do (see the module docstring).

    Args:
        text: An article's text.

    Returns:
        The text to parse and the offsets that map it back; ``text`` itself when nothing needs replacing.
    """
    repaired = repair(text)
    if repaired is not None:
        text = repaired.text
    spaced = text.translate(_PLAIN) if _ANY.search(text) else text  # one for one, so its offsets are the article's
    dropped: list[int] = []
    kept: list[str] = []
    begin = 0
    for found in _DROPPABLE.finditer(text):
        at = found.start()
        if found.group() != "\r" and not _beside_space(spaced, at, kept, begin):
            continue  # a soft character between two words: read as the space it is in ``spaced``
        kept.append(spaced[begin:at])
        dropped.append(at - len(dropped))  # the parsed offset of the character after it
        begin = at + 1
    kept.append(spaced[begin:])
    parsed = "".join(kept) if dropped else spaced
    parsed = parsed.replace("\r", "\n") if "\r" in parsed else parsed
    lead = len(parsed) - len(parsed.lstrip())
    if lead:  # white space before the first word: nothing, so that a headline after blank lines is the first line
        parsed, dropped = parsed[lead:], [0] * lead + [max(0, at - lead) for at in dropped]
    return PlainText(_unwrapped(parsed), tuple(dropped), repaired)


def _unwrapped(text: str) -> str:
    """``text`` with the line breaks of hard-wrapped paragraphs read as spaces, when it looks hard-wrapped.

    A text wrapped at a width (a plain-text file, an e-mail, a wire at 69 columns) has no line longer than
    ``_WRAP_WIDTHS`` allows, and most of its breaks between two lines of a paragraph come where the next word would
    not have fitted on the line. Those breaks are a space; a short line (a headline over its story, the last line
    of a paragraph) keeps its break. Every line break starts a sentence for the parser, so a wrapped paragraph
    would be read as a run of fragments.
    """
    if text.count("\n") < _MIN_WRAPS:
        return text
    lines = text.split("\n")
    width = max(map(len, lines))
    if not _WRAP_WIDTHS[0] <= width <= _WRAP_WIDTHS[1]:
        return text
    inner = [at for at in range(len(lines) - 1) if lines[at].strip() and lines[at + 1].strip()]
    wrapped = {at for at in inner if len(lines[at]) + 1 + len(lines[at + 1].split(maxsplit=1)[0]) > width}
    if len(wrapped) < _MIN_WRAPS or len(wrapped) < len(inner) / 2:
        return text
    return "".join(
        line + ("" if at == len(lines) - 1 else " " if at in wrapped else "\n") for at, line in enumerate(lines)
    )


def _beside_space(spaced: str, at: int, kept: list[str], begin: int) -> bool:
    """Whether the soft character at ``at`` has white space or a text's end on either side, once the characters
    dropped before it are gone (so that, of a run of them between two words, the last stays as the one space)."""
    before = spaced[begin:at] or next((part for part in reversed(kept) if part), "")
    return not before or before[-1].isspace() or at + 1 == len(spaced) or spaced[at + 1].isspace()


def for_parsing(text: str) -> str:
    """Return the text the parsers read for ``text`` (``plain_text(text).text``)."""
    return plain_text(text).text
