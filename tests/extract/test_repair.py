"""Mojibake repaired and text composed for the parsers (``extract/repair.py``), and the way back to the article."""

from __future__ import annotations

import random
import unicodedata
from functools import partial

import pytest

from quotegraph.extract import ExtractOptions, extract
from quotegraph.extract.plain import plain_text
from quotegraph.extract.repair import _aligned, repair
from quotegraph.model import Article, Attribution


def _mis_decoded(text: str) -> str:
    """UTF-8 bytes read as Windows-1252, a byte with no character there as Latin-1 (as browsers and ftfy do)."""
    return "".join(bytes([byte]).decode("cp1252", errors="ignore") or chr(byte) for byte in text.encode("utf-8"))


def _escaped(text: str) -> str:
    """Text with its ampersands, quotation marks and non-ASCII characters written as HTML character references."""
    return "".join(
        f"&#{ord(c)};" if not c.isascii() else "&quot;" if c == '"' else "&amp;" if c == "&" else c for c in text
    )


@pytest.mark.parametrize(
    ("text", "repaired"),
    [
        ("don\u00e2\u20ac\u2122t", "don\u2019t"),  # a curly apostrophe read as Windows-1252
        ("Jos\u00c3\u00a9 Garc\u00c3\u00ada", "Jos\u00e9 Garc\u00eda"),  # accented letters
        ("Fran\u00c3\u0083\u00c2\u00a7ois", "Fran\u00e7ois"),  # mis-decoded twice, as Latin-1
        ("Jose\u0301", "Jos\u00e9"),  # decomposed
        ("a\u0085b", "a\u2026b"),  # a C1 control is a Windows-1252 byte read as Latin-1
        ("&quot;Yes,&quot; said AT&amp;T", '"Yes," said AT&T'),  # character references
        ("&#8220;Yes&#x201D; don&rsquo;t Jos&eacute;", "\u201cYes\u201d don\u2019t Jos\u00e9"),
        ("&amp;quot;Yes&amp;#8221;", '"Yes\u201d'),  # escaped twice
        ("&#8220;Caf\u00c3\u00a9&#8221;", "\u201cCaf\u00e9\u201d"),  # references around mojibake
        # left: a name HTML does not define, no semicolon, no character, a line break or control character
        (
            "&notanentity; R&D &amp &#0; &#x110000; &#10; &#7; &#8233; &lt;",
            "&notanentity; R&D &amp &#0; &#x110000; &#10; &#7; &#8233; <",
        ),
    ],
)
def test_repair_decodes_composes_and_repairs_mojibake(text: str, repaired: str) -> None:
    found = repair(text)
    assert found is not None
    assert found.text == repaired


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said so.",
        "\u201cWe will,\u201d said Jos\u00e9 Garc\u00eda in S\u00e3o Paulo, na\u00efve: \u00a35, \u00bfqu\u00e9?",
        "Gr\u00f6\u00dfe \u00fcber \u00c5ngstr\u00f6m \u2014 \u00a9 2016 \u00b7 N\u00b01",
        "\u041f\u0440\u0438\u0432\u0435\u0442, \U0001f469\u200d\U0001f4bb \u4e16\u754c",  # an emoji between words
    ],
)
def test_text_that_is_no_mojibake_is_left_alone(text: str) -> None:
    assert repair(text) is None
    assert plain_text(text).text == text


def test_every_repaired_character_maps_back_to_what_it_was_read_from() -> None:
    text = "\u201cWe will,\u201d\u00a0said Jos\u00e9 Garc\u00eda.\nNa\u00efve \u00e0 la carte, \u00a35."
    mojibake = _mis_decoded(text)
    found = repair(mojibake)
    assert found is not None and found.text == text
    pieces = [mojibake[found.article_start(at) : found.article_end(at + 1)] for at in range(len(text))]
    assert "".join(pieces) == mojibake  # each article character read once, in order
    assert [_mis_decoded(char) for char in text] == pieces


def test_a_decoded_reference_maps_back_to_the_whole_reference() -> None:
    text = "&amp;quot;Caf\u00c3\u00a9,&quot; she said &#8212; twice."
    found = repair(text)
    assert found is not None and found.text == '"Caf\u00e9," she said \u2014 twice.'
    pieces = [text[found.article_start(at) : found.article_end(at + 1)] for at in range(len(found.text))]
    assert "".join(pieces) == text
    assert pieces[:5] == ["&amp;quot;", "C", "a", "f", "\u00c3\u00a9"]
    assert pieces[found.text.index("\u2014")] == "&#8212;"


def test_a_repair_not_explained_character_by_character_meets_the_line_again() -> None:
    clean = " ".join(f"Jos\u00e9 said \u201cpoint {n}\u201d on day {n}." for n in range(3000))  # one long line
    article = _mis_decoded(clean)
    fixed = clean[:40_000] + "?" + clean[40_001:]  # as if ftfy had given a character the article cannot explain
    found = _aligned(article, fixed)
    pieces = [article[found.article_start(at) : found.article_end(at + 1)] for at in range(len(fixed))]
    expected = [_mis_decoded(char) for char in clean]
    assert pieces == expected  # the character ftfy changed too: it stands where the article's did
    assert "".join(pieces) == article


def test_a_span_of_the_parsed_text_maps_to_the_article_characters_of_its_words() -> None:
    rng = random.Random(3)
    letters = ["a", "b", " ", "\n", "\u00e9", "\u201c", "\u201d", "\u2019", "\u00a0", "\u00e7", "\ufeff", "\u0301", "&"]
    for _ in range(2000):
        clean = "".join(rng.choice(letters) for _ in range(rng.randint(1, 16)))
        for article in (_mis_decoded(clean), unicodedata.normalize("NFD", clean), _escaped(clean)):
            read = plain_text(article)
            previous_end = 0
            for at in range(len(read.text)):
                start, end = read.article_start(at), read.article_end(at + 1)
                assert previous_end <= start <= end <= len(article)
                previous_end = end
            if read.text:
                assert read.article_start(0) <= read.article_end(len(read.text))


ARTICLE = (
    "Mayor Jos\u00e9 Garc\u00eda said on Monday that the bridge would close.\n\n"
    "\u201cWe will rebuild it,\u201d Garc\u00eda told reporters. Critics called the plan "
    "\u201ca waste of money.\u201d"
)


def _comparable(found: list[Attribution]) -> list[tuple[str, str, str | None]]:
    return [(a.type, unicodedata.normalize("NFC", a.content.text), a.speaker.name) for a in found]


@pytest.mark.model
@pytest.mark.parametrize("mode", ["rules", "accurate", "fast"])
@pytest.mark.parametrize("damage", ["mis-decoded", "decomposed", "escaped"])
def test_a_damaged_article_gives_the_attributions_of_the_clean_one(mode: str, damage: str) -> None:
    options = ExtractOptions(mode=mode)
    damaged = {"mis-decoded": _mis_decoded, "escaped": _escaped}.get(damage, partial(unicodedata.normalize, "NFD"))(
        ARTICLE
    )
    clean = extract(Article(id="clean", text=ARTICLE), options)
    found = extract(Article(id="damaged", text=damaged), options)
    assert len(found) >= 2
    assert any(a.type == "direct" and "Garc\u00eda" in (a.speaker.name or "") for a in found)  # named as written
    for attribution in found:  # spans hold the article's own characters, at its offsets
        for span in (attribution.content, attribution.cue, *attribution.speaker.mentions):
            assert span is not None and damaged[span.start : span.end] == span.text
    if damage == "decomposed":
        assert _comparable(found) == _comparable(clean)
    else:  # the content is the article's own mojibake or references, the names are read from the repaired text
        damage_of = _mis_decoded if damage == "mis-decoded" else _escaped
        assert [(a.type, damage_of(a.content.text), a.speaker.name) for a in clean] == [
            (a.type, a.content.text, a.speaker.name) for a in found
        ]
