"""Article text that arrives as HTML markup in a text field (a CMS export, a feed's body), read as plain text.

A record's text is usually plain, but exports from content systems and feeds often carry the body as HTML:
``<p class="body">“We will,” she said.</p>``. Read as written, the attribute's quotation marks open quotes that
never were, the tags stick to the words beside them and paragraphs run together: on PolNeAR dev with each paragraph
wrapped in a ``<p class>`` element, the rules found 158 of their 585 direct quotes, and 777 contents held markup.
``looks_like_markup`` tells such a text by its tags of known HTML elements (an end tag and a block's among them), and
``text_of_markup`` reads it as a browser lays it out: white space collapsed, a blank line between blocks
(paragraphs, headings, list items, ...), a line break for ``<br>``, scripts and styles left out, character
references decoded. A text that merely mentions a tag ("the <p> element") is left as it is.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

# Elements that start a block of their own (a blank line before and after); all others run inline.
_BLOCKS = frozenset(
    {"address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "header"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td"}
    | {"th", "tr", "ul"}
)
_HIDDEN = ("script", "style", "noscript", "template", "iframe", "object", "svg")
_KNOWN = "|".join(sorted(_BLOCKS | {"a", "b", "br", "em", "i", "img", "span", "strong", "sub", "sup", "u", *_HIDDEN}))
_TAG = re.compile(rf"</?(?:{_KNOWN})(?:\s[^<>]*)?/?>", re.IGNORECASE)
_BLOCK_TAG = re.compile(rf"</?(?:{'|'.join(sorted(_BLOCKS | {'br'}))})\b", re.IGNORECASE)
# At least this many tags of known elements make a text markup rather than a text about markup.
_MIN_TAGS = 2
_SPACE = re.compile(r"[ \t\n\r\f]+")
# Characters no XML parser takes (control characters but tab and line ends, two non-characters): read as spaces.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_BLANK_LINES = re.compile(r"\n{3,}")


def looks_like_markup(text: str) -> bool:
    """Whether ``text`` is HTML markup: it holds at least two tags of known HTML elements, an end tag or a line
    break among them, and a block's or a line break (``<p>`` and ``</p>``, ``<br>`` twice). A plain text with a link
    left in it (``<a href="...">...</a>``, as three PolNeAR texts have) is no markup: its line breaks are its own."""
    ended = block = False
    for found, tag in enumerate(_TAG.finditer(text), start=1):
        line_break = tag.group()[1:3].lower() == "br"
        ended = ended or line_break or tag.group().startswith("</")
        block = block or line_break or _BLOCK_TAG.match(tag.group()) is not None
        if found >= _MIN_TAGS and ended and block:
            return True
    return False


def text_of_markup(markup: str) -> str | None:
    """Read HTML markup as plain text: paragraphs as blocks separated by a blank line, ``<br>`` as a line break.

    Args:
        markup: An HTML fragment or document.

    Returns:
        The text, without white space at either end ("" when the markup holds no text), or None when the parser
        cannot read it at all.
    """
    try:  # a document parse, which takes any fragment and stray <html> or <body> tags in it
        document = lxml.html.document_fromstring(_NOT_XML.sub(" ", markup))
    except etree.ParserError:  # nothing but tags, comments or white space
        return ""
    except ValueError:
        return None
    body = document.find(".//body")
    root = document if body is None else body
    for hidden in root.xpath("|".join(f".//{tag}" for tag in _HIDDEN)):
        hidden.drop_tree()
    for element in root.iter():
        if not isinstance(element.tag, str):  # a comment or processing instruction
            continue
        in_pre = element.tag == "pre" or any(a.tag == "pre" for a in element.iterancestors())
        if not in_pre:
            element.text = _SPACE.sub(" ", element.text) if element.text else element.text
        element.tail = _SPACE.sub(" ", element.tail) if element.tail else element.tail
        if element.tag == "br":
            element.tail = "\n" + (element.tail or "")
        elif element.tag in _BLOCKS and element is not root:
            element.text = "\n\n" + (element.text or "")
            element.tail = "\n\n" + (element.tail or "")
    text = root.text_content()
    lines = (line.strip(" ") for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
