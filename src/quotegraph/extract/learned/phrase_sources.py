"""The source of a source phrase, in fast mode: "According to court documents, A" is the documents' A.

The fast tagger often tags the phrase's words ("According to") as the cue and leaves its object untagged, or reads it
into the content ("[court documents, Smith transferred the money]"), or tags only its first word ("[two] people
familiar with the matter"): the attribution then had no source, or a content opening with its source. When a
content's cue is a source phrase (``source_prep`` in the cue phrases) and it has no source or one inside the phrase,
the words from the cue to the first comma after it, within ``_REACH`` characters and with no quotation mark or
sentence end between, are the source, and a content that ran over them starts after the comma. Accurate and rules
mode read the phrase's object from the parse.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quotegraph.extract.candidates import DocIndex
from quotegraph.extract.learned.linking import Linked

_REACH = 60  # characters from the cue to the comma, at the most
_BREAKS = re.compile(r"[.!?;:\"\u201c\u201d\n]")  # what no source phrase's object holds


def source_of_phrase(index: DocIndex, item: Linked) -> Linked:
    """The attribution with its source phrase's object as the source (see the module's docstring), else ``item``."""
    text = index.text
    if item.cue is None or tuple(text[item.cue[0] : item.cue[1]].lower().split()) not in index.lang.source_preps:
        return item
    comma = text.find(",", item.cue[1], item.cue[1] + _REACH)
    phrase = text[item.cue[1] : comma] if comma >= 0 else ""
    if not phrase.strip() or _BREAKS.search(phrase) or item.content[1] <= comma + 1:
        return item
    source = (item.cue[1] + len(phrase) - len(phrase.lstrip()), comma)
    if item.source is not None and not (source[0] <= item.source[0] and item.source[1] <= comma):
        return item  # a source of its own elsewhere; one inside the phrase is part of it ("[two] people familiar")
    start, end = item.content
    if start < comma:  # "[court documents, Smith transferred the money]": the tagger ran the source into the content
        rest = text[comma + 1 : end]
        start = comma + 1 + len(rest) - len(rest.lstrip())
        if start + 1 < end and text[start] in index.lang.quote_marks.openers:
            start += 1  # a quotation's words start after its mark, as the tagger's own quoted contents do
    return replace(item, source=source, content=(start, end))
