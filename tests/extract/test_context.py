"""Venue, addressee and the other context of a statement (``extract/context.py``), on text written for quotegraph."""

from __future__ import annotations

import pytest

from quotegraph.extract import extract
from quotegraph.model import Article

pytestmark = pytest.mark.model

# a live blog run into one line, its entries parted by rules of underscores, as when its line breaks are lost
LIVE_BLOG = [
    "The mayor says the bridge will close in May.  ___.  9:30 p.m.  Councillor Tom Berg says the plan is a waste of "
    "money.  ___.  9:12 p.m.  The governor tells ___ reporters that she backs the mayor.",
    "He asks whether she can bring change when she depends on big donors?\u201d  ___.  9:10 p.m.  Donald Trump is "
    "telling a crowd that he will win.  ___.  9:08 p.m.  Hillary Clinton is pulling ahead.",
]


@pytest.mark.parametrize("text", LIVE_BLOG)
def test_a_mark_the_parser_made_an_object_is_no_addressee(text: str) -> None:
    # the parser hung "___" on "tells" as its object; the addressee's phrase, made without punctuation, was empty
    # and reading it failed (IndexError: the article was lost)
    found = extract(text)
    assert len(found) >= 2
    assert all(a.addressee is None or any(ch.isalpha() for ch in a.addressee.value) for a in found)


def _context(text: str) -> tuple[str | None, str | None, str | None]:
    from quotegraph.model import Article

    (found,) = extract(Article.from_text(text, published="2024-03-14"))  # a Thursday
    value = lambda e: e.value if e is not None else None  # noqa: E731
    return value(found.venue), value(found.said_on), value(found.addressee)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the time after an occasion is the statement's date, not part of the occasion
        (
            "In an interview with The Associated Press on Tuesday, the governor said she would sign the bill.",
            ("an interview with The Associated Press", "2024-03-12", None),
        ),
        (
            "The mayor said at a town hall meeting Thursday night that taxes would rise.",
            ("a town hall meeting", "2024-03-14", None),
        ),
        # a clause on a word of the occasion's phrase is no part of it (was "... newspaper published on Wednesday")
        (
            "Joachim Nagel, one of the bank's more hawkish policymakers, said in an interview with the Boersen-Zeitung"
            ' newspaper published on Wednesday that a cut in July was "anything but certain".',
            ("an interview with the Boersen-Zeitung newspaper", "2024-03-13", None),
        ),
        # the day of an event the statement came before is not the statement's (was 2024-03-16)
        (
            "Pep Guardiola told a news conference ahead of Saturday's match that Ruben Dias would be fit to play.",
            ("a news conference", None, None),
        ),
        # an occasion told is where it was said, not to whom
        (
            "The minister told a news conference in Kyiv on Friday that the grain deal was dead.",
            ("a news conference in Kyiv", "2024-03-08", None),
        ),
        # a participle of speaking gives the occasion, the date and the listener
        (
            'Speaking to CNN\'s "State of the Union" on Sunday, Senator Ann Lee said the bill would pass.',
            ('CNN\'s "State of the Union"', "2024-03-10", None),
        ),
        (
            "Speaking on BBC Radio 4's Today programme, the minister said the strikes must end.",
            ("BBC Radio 4's Today programme", None, None),  # "Today" names the programme: no date
        ),
        ("Speaking to Putin on Monday, Macron said the war must end.", (None, "2024-03-11", "Putin")),
        ('"We will not back down," Lee tweeted early Monday.', (None, "2024-03-11", None)),
        # nor is the time after the listener part of the listener
        (
            '"We have to act now," Merkel told lawmakers in Berlin on Wednesday.',
            (None, "2024-03-13", "lawmakers in Berlin"),
        ),
        ("Lee told reporters on Friday that the plan was dead.", ("reporters", "2024-03-08", "reporters")),
        # the press told is the venue only where nothing names the occasion
        (
            "Lee told reporters at a news conference that the plan was dead.",
            ("a news conference", None, "reporters"),
        ),
        (
            "Speaking at a campaign rally, Lee told reporters that the plan was dead.",
            ("a campaign rally", None, "reporters"),
        ),
        # the one an occasion or a document was addressed to is the listener
        (
            "In remarks to the Senate on Thursday, the general said the troops would stay.",
            ("remarks to the Senate", "2024-03-14", "the Senate"),
        ),
        (
            "In a letter to shareholders, the chief executive wrote that sales had doubled.",
            ("a letter to shareholders", None, "shareholders"),
        ),
        (
            "In a conversation with Biden on Friday, Xi said the island was a red line.",
            ("a conversation with Biden", "2024-03-08", None),
        ),
        ("Zakharova said on her Telegram channel that the report was fake.", ("her Telegram channel", None, None)),
    ],
)
def test_the_occasion_date_and_listener_of_a_statement(text: str, expected: tuple[str | None, ...]) -> None:
    assert _context(text) == expected


def test_a_participle_that_reports_gives_no_date_of_its_own() -> None:
    text = (
        "In a statement, the union called Clinton a champion for its members, citing her work after the Sept. 11 "
        "attacks."
    )
    from quotegraph.model import Article

    found = extract(Article.from_text(text, published="2016-09-15"))
    assert found and all(a.said_on is None for a in found)


def test_a_negated_report_takes_no_intermediary_or_occasion_from_the_speakers_other_words() -> None:
    text = (
        '"Kyiv\'s position is well known," Peskov told reporters, according to the RIA news agency. Peskov did not '
        "say whether Moscow would respond."
    )
    found = {a.content.text: a for a in extract(text)}
    assert [v.value for v in found["Kyiv's position is well known,"].via] == ["the RIA news agency"]
    negated = found["whether Moscow would respond"]
    assert (list(negated.via), negated.venue) == ([], None)  # the writer's observation: was "via the RIA news agency"


def test_a_report_that_names_its_own_listener_takes_no_intermediary_from_the_speakers_words_before() -> None:
    text = (
        'Kremlin spokesman Dmitry Peskov was quoted by the RIA news agency as saying that Moscow saw "no basis" for'
        " talks. Peskov later told reporters that Putin had no plans to speak with Western leaders."
    )
    found = {a.content.text: a for a in extract(text)}
    assert [v.value for v in found['Moscow saw "no basis" for talks'].via] == ["the RIA news agency"]
    told = found["Putin had no plans to speak with Western leaders"]
    assert (list(told.via), told.addressee.value if told.addressee else None) == ([], "reporters")  # was via RIA


@pytest.mark.parametrize("outlet", ["NHK", "Der Spiegel", "the Yomiuri Shimbun"])
def test_a_news_medium_told_by_name_is_the_venue(outlet: str) -> None:
    venue, _, addressee = _context(f"The mayor told {outlet} that the bridge was safe.")
    assert (venue, addressee) == (outlet, outlet)  # the venue was missing: no such outlet known


def test_a_medium_described_after_it_was_named_is_that_medium() -> None:
    text = (
        "In an interview with the German magazine Der Spiegel, Dmytro Kuleba said his country needed more air"
        ' defence. "Every day of delay costs lives," Kuleba told the magazine.'
    )
    found = {a.content.text: a for a in extract(text)}
    told = found["Every day of delay costs lives,"]
    assert told.venue is not None and told.venue.value == "Der Spiegel"  # was "the magazine"
    assert told.venue.span is not None and told.venue.span.text == "the magazine"  # read where the description stands


def test_only_a_medium_told_is_the_venue_not_one_a_speaker_speaks_of() -> None:
    found = extract("Ed Schultz likened RT to the BBC, which receives some government funding.")
    assert found and all(a.venue is None for a in found)  # was "RT": the object of "likened" is no listener


def test_a_report_written_takes_no_venue_from_the_speakers_words_told() -> None:
    text = (
        '"Trudeau knew whereof he spoke," Mulroney writes. "He was on the other side of the issue," Mulroney told CTV.'
    )
    found = {a.content.text: a for a in extract(text)}
    assert found["He was on the other side of the issue,"].venue.value == "CTV"  # type: ignore[union-attr]
    assert found["Trudeau knew whereof he spoke,"].venue is None  # was CTV, carried back from the interview


def test_a_report_written_takes_the_document_its_speaker_told_someone_in() -> None:
    text = (
        "In an internal memo, Phil Spencer told staff that the company had found areas of overlap."
        ' "This is a painful decision," Spencer wrote.'
    )
    found = {a.content.text: a for a in extract(text)}
    assert found["This is a painful decision,"].venue.value == "an internal memo"  # type: ignore[union-attr]


def test_a_phrase_closing_the_sentence_after_an_inverted_speaker_gives_the_venue() -> None:
    text = (
        '"Workers are paying the price," said Chris Shelton, the president of the Communications Workers of America,'
        " in a statement."
    )
    (found,) = extract(text)
    assert found.venue is not None and found.venue.value == "a statement"  # was none: hung on the speaker


def test_a_report_dated_before_the_article_takes_no_venue_from_the_speakers_later_report() -> None:
    text = (
        'Maros Sefcovic said in Brussels last week that the EU was "open to ideas". Sefcovic told the Financial Times'
        " that any deal would depend on food standards."
    )
    found = {a.content.text: a for a in extract(text)}
    assert found["any deal would depend on food standards"].venue.value == "the Financial Times"  # type: ignore[union-attr]
    assert found['the EU was "open to ideas"'].venue is None  # was the Financial Times, carried back


def test_a_second_report_hung_beside_the_first_is_a_report_of_its_own_on_the_programme_told() -> None:
    text = (
        'The British Chambers of Commerce said in a statement that exporters had "lost patience" with paperwork at the'
        " border, and its director general, Shevaun Haviland, told BBC Radio 4's Today programme that firms needed"
        " certainty."
    )
    found = {a.content.text: a for a in extract(text)}
    assert found['exporters had "lost patience" with paperwork at the border'].speaker.name == (
        "The British Chambers of Commerce"
    )  # its content ran on over Haviland's report, which was lost
    told = found["firms needed certainty"]
    assert (told.speaker.name, told.venue.value if told.venue else None) == (
        "Shevaun Haviland",
        "BBC Radio 4's Today programme",
    )


def test_a_report_in_the_present_perfect_takes_no_venue_from_the_speakers_later_report_past_the_lead() -> None:
    text = (
        "Nvidia became the world's most valuable company on Tuesday.\n\n"
        "Jensen Huang, Nvidia's chief executive, has said demand for the company's chips far exceeds supply. In an"
        " interview with CNBC last month, he said the next industrial revolution had begun."
    )
    found = {a.content.text: a for a in extract(text)}
    assert found["the next industrial revolution had begun"].venue.value == "an interview with CNBC"  # type: ignore[union-attr]
    assert found["demand for the company's chips far exceeds supply"].venue is None  # was the CNBC interview


def test_the_place_a_visit_goes_to_is_no_listener() -> None:
    text = 'Markus Soeder said on a visit to the town of Reichertshofen that "the situation is extremely serious".'
    (found,) = extract(text)
    assert found.venue is not None and found.venue.value == "a visit to the town of Reichertshofen"
    assert found.addressee is None  # was "the town of Reichertshofen"


def test_a_report_in_the_present_perfect_in_the_lead_takes_the_venue_the_next_paragraph_states() -> None:
    text = (
        "Maldives to go carbon-neutral\n\n"
        "Mohamed Nasheed, the leader of the Maldives, has announced that the country will become carbon-neutral.\n\n"
        '"We aim to be the first," Nasheed said in a telephone interview.'
    )
    found = {a.content.text: a for a in extract(text)}
    lead = found["the country will become carbon-neutral"]
    assert lead.venue is not None and lead.venue.value == "a telephone interview"  # the lead's news, told there


def test_a_nouns_on_names_its_topic_not_the_medium() -> None:
    text = (
        "Lula on Tuesday renewed his attacks on central bank chief Roberto Campos Neto, saying high interest rates"
        " were hurting growth."
    )
    found = {a.content.text: a for a in extract(text)}
    assert all(a.venue is None for a in found.values())  # was "Roberto Campos Neto"


def test_a_platform_whose_name_is_a_letter_ends_its_sentence() -> None:
    text = (
        '"This is a victory for Ukraine," Volodymyr Zelenskiy wrote on X. European Council President Charles Michel'
        ' told reporters the decision sent "a very clear signal" to Moscow.'
    )
    found = {a.content.text: a for a in extract(text)}
    venue = found["This is a victory for Ukraine,"].venue
    assert venue is not None and venue.value == "X"  # was "Charles Michel": the tokenizer kept "X." as an initial
    told = found['the decision sent "a very clear signal" to Moscow']
    assert told.speaker.name == "Charles Michel"  # was "This is a victory for Ukraine"


def test_the_name_right_after_a_relaying_description_is_the_intermediary() -> None:
    text = '"It should not be exaggerated," Khamenei was quoted as saying by the official news agency IRNA.'
    (found,) = extract(text)
    assert [v.value for v in found.via] == ["IRNA"]  # was "the official news agency"


def test_a_news_word_alone_after_the_article_names_the_paper_told() -> None:
    text = (
        '"Thwaites is holding on by its fingernails," co-author Robert Larter, a marine geophysicist, told the'
        " Guardian."
    )
    (found,) = extract(text)
    assert found.content.text == "Thwaites is holding on by its fingernails,"  # ended in "co" of "co-author"
    assert found.venue is not None and found.venue.value == "the Guardian"  # was none
    assert found.speaker.role is not None and found.speaker.role.value == "co-author"  # was "author"


def test_the_occasion_a_question_names_is_the_answers_venue() -> None:
    text = "Asked about the title race at a news conference on Friday, Pep Guardiola said it was far from over."
    found = {a.content.text: a for a in extract(Article.from_text(text, published="2024-06-12"))}
    answer = found["it was far from over"]
    assert answer.venue is not None and answer.venue.value == "a news conference"  # was none: hung on "race"
    assert answer.said_on is not None and answer.said_on.value == "2024-06-07"


def test_a_news_medium_described_after_it_is_named_is_that_medium_and_relays_by_its_name() -> None:
    text = (
        "Two people familiar with the board's discussions told Bloomberg News that some directors had raised"
        " concerns privately, the news agency reported on Friday."
    )
    found = {a.content.text: a for a in extract(text)}
    told = found["some directors had raised concerns privately"]
    assert [v.value for v in told.via] == ["Bloomberg News"]  # was "the news agency"
    outer = next(a for a in found.values() if a is not told)
    assert outer.speaker.name == "Bloomberg News"  # was "the news agency"
