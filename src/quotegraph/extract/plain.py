"""The text the parsers read: the article's own, with look-alike spaces, line breaks and invisible marks made plain.

Web and wire text carries characters that read as a space or a line break but that spaCy's tokenizer does not
split on: a no-break space between a first name and a surname ("Pat\\u00a0Caddell") becomes a token of its own
inside the name, a byte-order mark or zero-width space stuck to the first word hides it ("\\ufeffPat"), and a
Windows line end ("\\r\\n") is not the "\\n" that the paragraph rules and the fast tagger know. One in four PolNeAR
articles has no-break spaces. ``plain_text`` reads the text as one typed with plain spaces and line breaks would be:
each "\\r\\n" as "\\n", other line breaks as "\\n"; a look-alike space or an invisible mark as a space between two
words, and as nothing beside white space or at either end of the text ("end.\\u00a0 Next" as "end. Next"); and the
line breaks of a hard-wrapped paragraph as spaces (``_unwrapped``); white space before the first word as nothing
(a headline after blank lines is still the first line); an emoji, a bullet or another symbol before a line's first
word, after its last or after a sentence's end, and Markdown's marks that open a line, with the white space between,
as nothing, and so Markdown's link brackets and addresses and the stars of strong words ("[Ana Ruiz](https://...)",
"**Tom Berg**") and a transcript's time stamps before or in a speaker's label (``_decorations``: "📰 Headline", "•
He said so.", "It won. 🎉", "# Headline", "> He said so.", "[00:01:05] HOLT: ...", "Clinton (01:30): ...");
ornamental quotation marks as the curly ones they stand for ("❝" as "“"). So the same article gives the same
attributions however its white space was typed and whatever adorns its lines. Plain spaces stay as typed: two after a
full stop mark a sentence's end, which the fast tagger learned from PolNeAR's own texts.

Before all that, character references are decoded, accents composed and mojibake repaired (``repair.repair``:
"donâ€™t" and "don&rsquo;t" read as "don’t").

``PlainText`` maps an offset into the parsed text back to the article, so every span keeps the article's own offsets
and characters (``pipeline.attributions_from_doc``).

Left as they are: the soft hyphen and the zero-width (non-)joiner, which sit inside words and emoji, where a space
would cut them; an emoji or a symbol between two words of a sentence, which may stand for a word; and the C1
controls that are no mojibake ftfy can repair.
"""

from __future__ import annotations

import re
import unicodedata
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

# Ornamental and full-width quotation marks, read as the marks they stand for (the quote finder and spaCy's
# ``is_quote`` know only those).
_QUOTE_LOOK_ALIKES = {
    "\u275b": "\u2018",  # heavy single turned comma quotation mark ornament
    "\u275c": "\u2019",
    "\u275d": "\u201c",  # heavy double turned comma quotation mark ornament
    "\u275e": "\u201d",
    "\U0001f676": "\u201c",  # sans-serif heavy double turned comma quotation mark ornament
    "\U0001f677": "\u201d",
    "\u301d": "\u201c",  # reversed double prime quotation mark
    "\u301e": "\u201d",
    "\u201f": "\u201c",  # double high-reversed-9 quotation mark
    "\u201b": "\u2018",
    "\uff02": '"',  # full-width quotation mark
}
_PLAIN = {ord(ch): "\n" for ch in _LINE_BREAKS} | {ord(ch): " " for ch in _SOFT}
_PLAIN |= {ord(ch): mark for ch, mark in _QUOTE_LOOK_ALIKES.items()}
_ANY = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_PLAIN)) + "]")
# What plain_text may drop: a carriage return before "\n", and a soft character (if it has white space or a text's
# end beside it once those before it are gone)
_DROPPABLE = re.compile("\r(?=\n)|[" + re.escape(_SOFT) + "]")
# A hard-wrapped text: no line longer than the widest of these widths, nor all shorter than the narrowest (a list or
# a poem), and at least this many breaks where the next word would not have fitted.
_WRAP_WIDTHS = (30, 120)
# What adorns a line's edges besides the symbols (Unicode's category So: emoji, pictographs, stars, arrows, boxes):
# bullets, the double exclamation marks emoji draw, and the marks that join or modify an emoji (skin tones, the
# zero-width joiner, variation selectors, the keycap, tag characters).
_DECORATION_MARKS = frozenset(
    "\u2022\u2023\u2043\u2219\u00b7\u203c\u2049\u200d\ufe0e\ufe0f\u20e3"
    + "".join(map(chr, range(0x1F3FB, 0x1F400)))
    + "".join(map(chr, range(0xE0020, 0xE0080)))
)
_LINE = re.compile(r"[^\r\n]+")
# Markdown's marks that open a line: a heading, a quotation, an item of a list (each before white space or the line's
# end); and a transcript's time stamp before its speaker's label: in brackets, or with its seconds ("[01:05]",
# "(1:02:05.3)", "00:01:05"; "10:30 a.m." is no stamp)
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
_STAMP = rf"[\[(]{_TIME}[\])]|\d{{1,2}}:\d{{2}}:\d{{2}}(?:[.,]\d{{1,3}})?"
_LINE_MARKS = re.compile(rf"(?:#{{1,6}}|>|[*+-]|{_STAMP})(?=[ \t]|$)")
# An item's mark that is also a dash or a sign, which a hard-wrapped line may start with ("Wilder\n- Virginia's
# delegation"): a mark only in a list, after a blank line or beside another item so marked.
_DASH_ITEM = re.compile(r"[ \t]*([-+])(?=[ \t]|$)")
# A time stamp in brackets between a speaker's label, words in capitals, and its colon ("Clinton (01:30): ...")
_LABEL_STAMP = re.compile(rf"(?:[A-Z0-9][\w.'-]*[ \t]+){{0,3}}[A-Z0-9][\w.'-]*([ \t]*[\[(]{_TIME}[\])]):[ \t]")
# Markdown inside a line: a link, its words kept ("[Ana Ruiz](https://...)"), and strong or emphasised words, their
# marks at a word's edges ("**Tom Berg**", "*not*", "__now__"; not "f***" or "5 * 3")
_MD_LINK = re.compile(r"(\[)[^\[\]\n]+(\]\((?:https?://|mailto:|www\.|/|#)(?:[^()\s]|\([^()\s]*\))*\))")
# (within 200 characters: an opening mark with no close would otherwise be looked for to the line's end)
_MD_EMPHASIS = re.compile(r"(?<![\w*])(\*\*?|__)(?=[^\s*_])[^\n]{0,200}?(?<=[^\s*_])(\1)(?![\w*])")
# A sentence's end inside a line, then white space and a character that may be a symbol ("It won! 🎉 Next")
_AFTER_SENTENCE = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*[ \t]+(?=[^\x00-\x7f])")
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
    decorations = _decorations(spaced)
    dropped: list[int] = []
    kept: list[str] = []
    begin = 0
    for at in sorted(decorations.union(found.start() for found in _DROPPABLE.finditer(text))):
        if at not in decorations and text[at] != "\r" and not _beside_space(spaced, at, kept, begin):
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


def _decorations(spaced: str) -> set[int]:
    """The offsets of the adornments at the edges of ``spaced``'s lines or between two of its sentences, of the
    white space between them, and of the one white space character that parts them from the next or the last word.

    A feed, a social post, a scraped list or a Markdown file adorns its lines ("📰 Headline", "• He said so.",
    "★ Review", "It won. 🎉", "# Headline", "> quoted", "* item") and its sentences ("It won! 🎉 Next"); the parser
    reads such a symbol or mark as a word, and the recogniser as part of the name beside it ("📰 Rush Limbaugh").
    A transcript stamps its turns with the time ("[00:01:05] HOLT: ...", "Clinton (01:30): ..."), which hides the
    speaker's label and makes the label the subject of the turn's first verb. Markdown links a name ("[Ana
    Ruiz](https://...) said", which the rules did not read as a report) and makes it strong ("**Tom Berg**"). Other
    white space stays as typed (two spaces after a full stop, an indent).
    """
    found: set[int] = set()
    lines = list(_LINE.finditer(spaced))
    for number, line in enumerate(lines):
        start, words = line.start(), line.group()
        first = next((at for at, ch in enumerate(words) if not ch.isspace()), len(words))
        if first == len(words) or _dash_in_prose(spaced, lines, number):
            continue
        label = _adorned_from(words, first, found, start, markers=True)
        if label == len(words):
            continue  # a line of adornments alone
        if (stamp := _LABEL_STAMP.match(words, label)) is not None:
            found.update(range(start + stamp.start(1), start + stamp.end(1)))
        last = len(words.rstrip()) - 1
        if last >= 0 and _is_decoration(words[last]):
            begin = last
            while begin > 0 and _is_decoration_or_space(words[begin - 1]):
                begin -= 1
            symbol = min(at for at in range(begin, last + 1) if _is_decoration(words[at]))
            parting = begin < symbol  # a space after the last word
            found.update(range(start + symbol - parting, start + last + 1))
    if "](" in spaced:
        for link in _MD_LINK.finditer(spaced):
            found.update(range(link.start(1), link.end(1)), range(link.start(2), link.end(2)))
    if "*" in spaced or "__" in spaced:
        for emphasis in _MD_EMPHASIS.finditer(spaced):
            found.update(range(emphasis.start(1), emphasis.end(1)), range(emphasis.start(2), emphasis.end(2)))
    if not spaced.isascii():
        for sentence_end in _AFTER_SENTENCE.finditer(spaced):
            _adorned_from(spaced, sentence_end.end(), found)
    return found


def _dash_in_prose(spaced: str, lines: list[re.Match[str]], number: int) -> bool:
    """Whether the line opens with a "-" or "+" that is no list item's mark: a line of prose goes before it, and
    neither it nor the line after is an item so marked."""
    dash = _DASH_ITEM.match(lines[number].group())
    if dash is None or number == 0:
        return False
    before, line = lines[number - 1], lines[number]
    breaks = spaced[before.end() : line.start()].replace("\r\n", "\n")
    if breaks.count("\n") + breaks.count("\r") > 1:
        return False  # after a blank line
    beside = [lines[number - 1]] + ([lines[number + 1]] if number + 1 < len(lines) else [])
    return not any((other := _DASH_ITEM.match(near.group())) and other.group(1) == dash.group(1) for near in beside)


def _adorned_from(text: str, first: int, found: set[int], offset: int = 0, markers: bool = False) -> int:
    """Add to ``found`` the run of symbols and white space that starts at ``first`` in ``text``, with the one white
    space character after its last symbol when a word follows; or with ``markers``, at a line's start, the run of
    symbols, Markdown's line marks, time stamps and white space up to the line's first word. Each offset is shifted
    by ``offset``; return the run's end (``first`` when no adornment starts there)."""
    end, adorned = first, first
    while end < len(text) and text[end] not in "\r\n":
        if markers and (mark := _LINE_MARKS.match(text, end)) is not None:
            end = adorned = mark.end()
        elif _is_decoration(text[end]):
            end = adorned = end + 1
        elif text[end].isspace() and adorned > first:
            end += 1
        else:
            break
    if adorned == first:
        return first
    word_follows = end < len(text) and text[end] not in "\r\n"
    stop = end if markers and word_follows else adorned + (adorned < end and word_follows)  # one space before a word
    found.update(range(offset + first, offset + stop))
    return end


def _is_decoration(ch: str) -> bool:
    return ch in _DECORATION_MARKS or unicodedata.category(ch) == "So"


def _is_decoration_or_space(ch: str) -> bool:
    return ch.isspace() or _is_decoration(ch)


def _beside_space(spaced: str, at: int, kept: list[str], begin: int) -> bool:
    """Whether the soft character at ``at`` has white space or a text's end on either side, once the characters
    dropped before it are gone (so that, of a run of them between two words, the last stays as the one space)."""
    before = spaced[begin:at] or next((part for part in reversed(kept) if part), "")
    return not before or before[-1].isspace() or at + 1 == len(spaced) or spaced[at + 1].isspace()


def for_parsing(text: str) -> str:
    """Return the text the parsers read for ``text`` (``plain_text(text).text``)."""
    return plain_text(text).text
