"""How often a rewrite no reader would notice changes what quotegraph extracts, per mode.

Each article of a gold file (PolNeAR dev by default) is rewritten (Windows line ends, no-break spaces, a byte-order
mark in front, hard wrapping, decomposed, mis-decoded as Windows-1252, HTML-escaped, bullets and emoji at the lines'
edges, Markdown's marks, links and bold words, ornamental quotation marks, ...) and extracted again; an article
counts as changed when its attributions (type, speaker name, content words as a reader reads them) differ from the
original's, or when extracting it fails. Prints one row per rewrite, one column per mode.

    python benchmarks/invariance.py [GOLD] [--modes rules,accurate,fast] [--rewrites NAME,...] [--limit N]
"""

from __future__ import annotations

import argparse
import html
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from ftfy import fix_encoding

from quotegraph.extract import ExtractOptions, extract_many
from quotegraph.model import Article, ExtractionResult

DEFAULT_GOLD = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "polnear" / "dev.jsonl"
_WORD_GAP = re.compile(r"(?<=\S) (?=\S)")
_LINE_START = re.compile(r"(?m)^(?=\S)")
_LINE_END = re.compile(r"(?m)(?<=\S)$")
_NEXT_SENTENCE = re.compile(r"(?<=[.!?]) (?=[A-Z])")
_NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b")  # a run of capitalised words
# a link's marks, both or the one a content holds when it starts or ends inside the link
_MARKDOWN_LINK = re.compile(r"\[(?=[^\[\]]*(?:\]\(https://example\.org/|$))|\]\(https://example\.org/[^)]*\)")


def _wrapped(text: str, width: int = 72) -> str:
    """Hard-wrap each paragraph greedily at ``width`` columns, a line break in place of a space (so offsets hold)."""
    out = list(text)
    for line in re.finditer(r"[^\n]+", text):
        start, last_space = line.start(), None
        for at in [*(m.start() for m in re.finditer(" ", line.group())), len(line.group())]:
            at += line.start()
            if at - start > width and last_space is not None:  # the word before ``at`` does not fit
                out[last_space], start = "\n", last_space + 1
            last_space = at
    return "".join(out)


def _mis_decoded(text: str) -> str:
    """The text's UTF-8 bytes read as Windows-1252, a byte that has no character there as Latin-1 (mojibake)."""
    return "".join(bytes([byte]).decode("cp1252", errors="ignore") or chr(byte) for byte in text.encode("utf-8"))


def _escaped(text: str) -> str:
    """The text as HTML character references leave it: ``html.escape`` and every non-ASCII character numbered."""
    return "".join(c if c.isascii() else f"&#{ord(c)};" for c in html.escape(text))


def _linked_or_bold(name: re.Match[str]) -> str:
    """A name as Markdown links it (one in two) or makes it bold."""
    if name.start() % 2:
        return f"**{name.group()}**"
    return f"[{name.group()}](https://example.org/{name.group().replace(' ', '_')})"


def _markdown(text: str) -> str:
    """The text as Markdown marks it: its first line a heading ("# "), every other line a quotation ("> ")."""
    head, _, rest = text.partition("\n")
    return "# " + head + "\n" + _LINE_START.sub("> ", rest) if rest else "# " + head


REWRITES: dict[str, Callable[[str], str]] = {
    "windows line ends": lambda text: text.replace("\n", "\r\n"),
    "no-break spaces": lambda text: _WORD_GAP.sub("\u00a0", text),
    "byte-order mark in front": lambda text: "\ufeff" + text,
    "zero-width space in front": lambda text: "\u200b" + text,
    "unicode paragraph separators": lambda text: text.replace("\n", "\u2029"),
    "old mac line ends": lambda text: text.replace("\n", "\r"),
    "hard wrapped at 72": _wrapped,
    "blank lines in front": lambda text: "\n\n" + text,
    "emoji in front": lambda text: "\U0001f4f0 " + text,
    "bullets at line starts": lambda text: _LINE_START.sub("\u2022 ", text),
    "emoji at line ends": lambda text: _LINE_END.sub(" \U0001f44d\U0001f3fd", text),
    "emoji between sentences": lambda text: _NEXT_SENTENCE.sub(" \U0001f389 ", text),
    "markdown marks at line starts": lambda text: _markdown(text),
    "markdown links and bold names": lambda text: _NAME.sub(_linked_or_bold, text),
    "ornamental quotation marks": lambda text: text.translate(str.maketrans("\u201c\u201d", "\u275d\u275e")),
    "decomposed (nfd)": lambda text: unicodedata.normalize("NFD", text),
    "utf-8 read as windows-1252": _mis_decoded,
    "html character references": _escaped,
}


def _said(result: ExtractionResult) -> Counter[tuple[str, str | None, str | None]]:
    return Counter((a.type, _read(a.speaker.name), _words(a.content.text)) for a in result.attributions)


def _read(text: str | None) -> str | None:
    """The words of a text as a reader reads them: references decoded, composed, mojibake repaired, split at any
    white space."""
    return text and " ".join(fix_encoding(unicodedata.normalize("NFC", html.unescape(text))).split())


def _words(content: str) -> str | None:
    """A content's words as a reader reads them (``_read``), ornamental quotation marks as curly ones, and without
    the words that are only symbols or Markdown's marks (a bullet, an emoji or a "> " at the edge of a line inside a
    quotation), a Markdown link as its words and bold words as the words."""
    read = _read(_MARKDOWN_LINK.sub("", content).replace("**", "").translate(_ORNAMENTS))
    return read and " ".join(word for word in read.split() if not all(map(_is_symbol, word)))


_ORNAMENTS = str.maketrans("\u275d\u275e", "\u201c\u201d")


def _is_symbol(char: str) -> bool:
    return char in "\u2022#>*" or unicodedata.category(char) in ("So", "Sk")


def _extracted(texts: list[tuple[str, str]], options: ExtractOptions) -> list[ExtractionResult | None]:
    """Every article's result, in one batch; article by article (None for one that fails) when the batch fails."""
    try:
        return list(extract_many((Article(id=i, text=t) for i, t in texts), options))
    except Exception:  # a failure is what this tool reports
        out: list[ExtractionResult | None] = []
        for i, t in texts:
            try:
                out.extend(extract_many([Article(id=i, text=t)], options))
            except Exception:
                out.append(None)
        return out


def _changed(texts: list[tuple[str, str]], rewrite: Callable[[str], str], mode: str) -> str:
    """How many articles change (and how many of those fail), as "N" or "N (F failed)"."""
    options = ExtractOptions(mode=mode)
    before = _extracted(texts, options)
    after = _extracted([(i, rewrite(t)) for i, t in texts], options)
    failed = sum(b is None or a is None for a, b in zip(before, after, strict=True))
    changed = sum(a is None or b is None or _said(a) != _said(b) for a, b in zip(before, after, strict=True))
    return f"{changed} ({failed} failed)" if failed else str(changed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="?", default=str(DEFAULT_GOLD), help="gold JSONL (default PolNeAR dev)")
    parser.add_argument("--modes", default="rules,accurate,fast", help="comma-separated modes")
    parser.add_argument("--rewrites", default=",".join(REWRITES), help="comma-separated rewrites (default all)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = parser.parse_args()
    with open(args.gold, encoding="utf-8") as lines:
        texts = [(d["id"], d["text"]) for d in map(json.loads, lines)][: args.limit]
    modes = args.modes.split(",")
    print(f"articles whose attributions change, of {len(texts)}")
    print(f"{'rewrite':32}" + "".join(f"{mode:>16}" for mode in modes))
    unknown = set(args.rewrites.split(",")) - set(REWRITES)
    if unknown:
        parser.error(f"unknown rewrite {', '.join(sorted(unknown))}: use {', '.join(REWRITES)}")
    for name in args.rewrites.split(","):
        rewrite = REWRITES[name]
        print(f"{name:32}" + "".join(f"{_changed(texts, rewrite, mode):>16}" for mode in modes), flush=True)


if __name__ == "__main__":
    main()
