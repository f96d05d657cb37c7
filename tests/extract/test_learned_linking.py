"""Tests for linking the tagger's contents to their cues and sources (``quotegraph.extract.learned.linking``)."""

from __future__ import annotations

import re

import pytest

from quotegraph.extract.learned.linking import link


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # X said that C: the cue before the content, the source before the cue.
        ("Smith said that taxes will rise.", ("that taxes will rise", "said", "Smith")),
        # C, X said: the cue after the content.
        ('"Taxes will rise," Smith said.', ("Taxes will rise,", "said", "Smith")),
        # According to X, C.
        ("According to Smith, taxes will rise.", ("taxes will rise", "According to", "Smith")),
    ],
)
def test_link_joins_content_cue_and_source(text: str, expected: tuple[str, str, str]) -> None:
    content, cue, source = (text.index(s) for s in expected)
    spans = [(content, content + len(expected[0]))], [(source, source + len(expected[2]))]
    linked = link(text, spans[0], spans[1], [(cue, cue + len(expected[1]))])
    assert len(linked) == 1
    found = linked[0]
    assert found.cue is not None and found.source is not None
    assert (text[slice(*found.cue)], text[slice(*found.source)]) == expected[1:]


def test_link_prefers_the_subject_before_a_cue_to_a_nearer_name_after_the_content() -> None:
    # the subject is further from the cue than the name after the content, which belongs to another attribution
    text = "Ann Lee, who has chaired the banking committee for a decade, declared war on banks, Ross wrote."
    content = (text.index("war"), text.index(", Ross"))
    sources = [(0, len("Ann Lee")), (text.index("Ross"), text.index(" wrote"))]
    cue = (text.index("declared"), text.index(" war"))
    linked = link(text, [content], sources, [cue])
    assert linked[0].source is not None and text[slice(*linked[0].source)] == "Ann Lee"


def test_link_interrupted_quote_takes_the_cue_inside() -> None:
    text = '"Taxes," Smith said, "will rise."'
    content = (1, len(text) - 2)
    linked = link(text, [content], [(9, 14)], [(15, 19)])
    assert linked[0].cue == (15, 19) and linked[0].source == (9, 14)


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # a time between the cue and its content keeps them in one clause; the cue of the next sentence is nearer
        ("Lee noted Friday that taxes will rise. He said so twice.", "that taxes will rise", "noted"),
        ("Lee tweeted early on Monday that taxes will rise. Ross said nothing.", "that taxes will rise", "tweeted"),
        # the source between a content and the cue after it: the same clause
        ("Taxes will rise next year, Mr. Barrett said.", "Taxes will rise next year", "said"),
        # a clause joined by "and" has its own cue: the cue before the content stands
        ("Lee tweeted at dawn that taxes will rise, and Ross later said nothing.", "that taxes will rise", "tweeted"),
    ],
)
def test_link_takes_a_cue_a_few_words_away_in_the_same_clause(text: str, content: str, expected: str) -> None:
    start = text.index(content)
    cues = [(m.start(), m.end()) for m in re.finditer(r"noted|tweeted|said", text)]
    linked = link(text, [(start, start + len(content))], [], cues)
    assert linked[0].cue is not None and text[slice(*linked[0].cue)] == expected


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # the cue that ends the sentence before touches the content, but the content's own cue comes after it
        (
            "Lee said A, the agency Tass reported. Analysts said the economy was slowing, the agency Ria reported.",
            "Analysts said the economy was slowing",
            "Ria reported",
        ),
        # a quotation after the break may still be the cue's: "A," Lee said. "B." (not the verb inside B)
        (
            '"Taxes will rise," Lee said. "Voters believe it, and so do I."',
            "Voters believe it, and so do I.",
            "Lee said",
        ),
    ],
)
def test_link_reads_a_sentence_break_between_a_cue_and_an_unquoted_content(
    text: str, content: str, expected: str
) -> None:
    start = text.index(content)
    cues = [(m.start(), m.end()) for m in re.finditer(r"said|reported|believe", text)]
    linked = link(text, [(start, start + len(content))], [], cues)
    at = text.index(expected) + expected.index(" ") + 1
    assert linked[0].cue == (at, at + len(expected.split()[1]))


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # a cue ending its paragraph with a colon introduces the quotation after the blank line
        ("It was the week's story.\n\nLimbaugh added:\n\n\u201cThis reeks of fear.\u201d", "added:", "added:"),
        ("It was the week's story.\n\nLimbaugh added:\n\n\u201cThis reeks of fear.\u201d", "added", "added"),
        # without the colon, a cue two paragraphs away stays unlinked
        ("It was the week's story.\n\nLimbaugh added more.\n\n\u201cThis reeks of fear.\u201d", "added", None),
    ],
)
def test_link_takes_the_cue_that_introduces_a_paragraph_with_a_colon(text: str, cue: str, expected: str | None) -> None:
    content = (text.index("This"), text.index("fear.") + len("fear."))
    source = (text.index("Limbaugh"), text.index("Limbaugh") + len("Limbaugh"))
    start = text.index(cue)
    linked = link(text, [content], [source], [(start, start + len(cue))])
    assert (text[slice(*linked[0].cue)] if linked[0].cue else None) == expected
    assert (linked[0].source is not None) == (expected is not None)
