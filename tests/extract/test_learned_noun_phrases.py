"""Tests for noun phrases read without a parse (fast mode): a relative pronoun's antecedent, a source cut short."""

from __future__ import annotations

import re

import pytest
from learned_helpers import blank_index


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Among them were 31 Latinos who said the rules were unfair.", "31 Latinos"),
        ("It was the former deputy mayor who said so.", "the former deputy mayor"),
        ("President Barack Obama, who said the deal was good, left.", "President Barack Obama"),
        ("The mayor of Paris, who said the plan would fail, left.", "The mayor of Paris"),
        ("Critics of the plan, who said it was costly, marched.", "Critics of the plan"),
        ("The report cited officials who said the talks had stalled.", "officials"),  # a verb stops the walk
        ("Residents who said they heard shots called police.", "Residents"),
        ("The company, which said profits would fall, cut jobs.", "The company"),
        ("It failed. Who said it would work?", None),  # a question: the pronoun opens its sentence
        ("Officials in Kyiv, who spoke on condition of anonymity, said so.", "Officials in Kyiv"),
        ("Demonstrators here, who took to the streets, said so.", None),  # an adverb heads no noun phrase
    ],
)
def test_fast_mode_credits_a_relative_pronoun_to_the_words_it_stands_for(text: str, expected: str | None) -> None:
    from quotegraph.extract.learned.noun_phrases import relative_antecedent

    pronoun = re.search(r"\b(?:[Ww]ho|which)\b", text)
    assert pronoun is not None
    found = relative_antecedent(blank_index(text), pronoun.span())
    assert (text[found[0] : found[1]] if found else None) == expected


def test_fast_mode_leaves_other_sources_to_be_read_as_written() -> None:
    from quotegraph.extract.learned.noun_phrases import relative_antecedent

    text = "Smith said the vote was rigged."
    assert relative_antecedent(blank_index(text), (0, 5)) is None


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        ("The statement said the talks had failed.", "The", "The statement"),
        ("According to the Saudi Interior Ministry over 300 died.", "the", "the Saudi Interior Ministry"),
        ("In a speech Mrs. Clinton gave, she said so.", "a", "a speech"),  # a name after a common noun is not its
        ("Some said the plan would fail.", "Some", "Some"),  # the cue follows: a determiner standing alone
        ("The\nstatement said so.", "The", "The"),  # a line end parts them
        ("The mayor said so.", "The mayor", "The mayor"),  # not cut short
    ],
)
def test_fast_mode_runs_a_source_cut_at_its_determiner_on_over_its_noun(text: str, source: str, expected: str) -> None:
    from quotegraph.extract.learned.noun_phrases import completed_source

    start = text.index(source)
    stops = [text.index("said")] if "said" in text else []
    end = completed_source(blank_index(text), (start, start + len(source)), stops)[1]
    assert text[start:end] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Lee, 54, told reporters she would run.", "Ann Lee"),
        ("The mayor, 54, told reporters she would run.", "The mayor"),
        ("In 2016, 54 told reporters they would run.", "54"),  # no name before the comma
    ],
)
def test_fast_mode_reads_a_source_that_is_an_age_as_the_name_before_it(text: str, expected: str) -> None:
    # the tagger tags the age of "Lee, 54, told" as the source: the speaker was "54"
    from quotegraph.extract.learned.noun_phrases import completed_source

    start = text.index("54")
    end = start + 3 if text[start + 2] == "," else start + 2  # the tagger takes the comma with it
    found = completed_source(blank_index(text), (start, end), [])
    assert text[found[0] : found[1]].rstrip(",") == expected


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # the word the tagger ran into after the name is dropped; a word that ends a phrase stays
        ('"It is a disaster," said one resident, who gave her name.', "one resident, who", "one resident"),
        ('"We are ready," said Gen. Mark Milley on Tuesday.', "Gen. Mark Milley on", "Gen. Mark Milley"),
        ("Not everyone said so.", "Not everyone", "Not everyone"),
        ("The mother of three said so.", "The mother of three", "The mother of three"),
        # a source begun after a name's particle runs back over the name
        ("Dutch coach Louis van Gaal said so.", "Gaal", "Louis van Gaal"),
        ("Lula da Silva said so.", "Silva", "Lula da Silva"),
        # a relative clause set off by a comma the tagger ran the source over
        ("Two officials, who spoke on condition of anonymity, said so.", "Two officials, who spoke", "Two officials"),
        # a source cut before a title word or inside a name runs on over it, not over a day's name or a cue
        ('"We will win," warned the prime minister, Ann Lee.', "the prime", "the prime minister"),
        ('"We will rebuild," vowed Mayor Karen Bass.', "Mayor Karen", "Mayor Karen Bass"),
        ('"We will rebuild," said Karen Bass Monday.', "Karen Bass", "Karen Bass"),
        ("Mayor Karen Said so.", "Mayor Karen", "Mayor Karen"),
        # the day the tagger ran a source into is the statement's, not the speaker's; a name of one stays
        ("Christian Lindner on Wednesday said so.", "Christian Lindner on Wednesday", "Christian Lindner"),
        ("Mugabe yesterday said so.", "Mugabe yesterday", "Mugabe"),
        ("A reporter for USA Today said so.", "A reporter for USA Today", "A reporter for USA Today"),
        ("Theresa May said so.", "Theresa May", "Theresa May"),
        # the age set off after a name the tagger ran the source over; a number that is the name's own stays
        ("Maria Lopez, 54, said so.", "Maria Lopez, 54", "Maria Lopez"),
        ("The Class of 2016 said so.", "The Class of 2016", "The Class of 2016"),
        # a source begun at a possessive ending runs back over the name it ends
        (
            "Qatar's foreign ministry spokesman Majed al-Ansari said so.",
            "'s foreign ministry spokesman Majed al-Ansari",
            "Qatar's foreign ministry spokesman Majed al-Ansari",
        ),
        ("The army's spokesman said so.", "'s spokesman", "'s spokesman"),  # no name before it
    ],
)
def test_fast_mode_ends_a_source_where_its_noun_phrase_ends(text: str, source: str, expected: str) -> None:
    from quotegraph.extract.learned.noun_phrases import completed_source

    start = text.index(source)
    stops = [m.start() for m in re.finditer(r"said|Said|warned|vowed", text)]
    found = completed_source(blank_index(text), (start, start + len(source)), stops)
    assert text[found[0] : found[1]] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        (
            '"It\'s a disaster," said one resident, who gave only her first name, Maria.',
            "one resident",
            "one resident, who",
        ),
        # the title before the name is her role (speaker_names.py); the mention keeps it
        ('"We will rebuild," vowed Mayor Karen Bass.', "Karen Bass", "Mayor Karen Bass"),
        # the name in apposition names the speaker, before or after the description the tagger marked
        ('"There will be consequences," warned the prime minister, Ben Nathan.', "Ben Nathan", None),
        ("John Smith, 45, a farmer from Iowa, said the drought had ruined his crop.", "John Smith", None),
        ("The mayor's spokeswoman, Jane Doe, said the city would review the policy.", "Jane Doe", None),
    ],
)
def test_fast_mode_names_the_speaker_by_the_phrase_and_keeps_the_tagged_mention(
    text: str, speaker: str, mention: str | None
) -> None:
    from quotegraph.extract import ExtractOptions, extract

    (found,) = extract(text, ExtractOptions(mode="fast"))
    assert found.speaker.name == speaker
    assert mention is None or [m.text for m in found.speaker.mentions] == [mention]


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # tagged from the joiner of a description set off after a name: runs back to the description's comma
        (
            "Dr. Nirav Shah, the principal deputy director of the Centers for Disease Control, said it.",
            "the Centers for Disease Control,",
            "the principal deputy director of the Centers for Disease Control,",
        ),
        # no name before the description's comma: as tagged
        (
            "Overall, the principal deputy director of the agency said it.",
            "the agency",
            "the agency",
        ),
        # tagged from inside a phrase opening the sentence: starts after its comma
        (
            "In a statement to the Bild newspaper, the former finance minister said it.",
            "the Bild newspaper, the former finance minister",
            "the former finance minister",
        ),
        (
            "In an interview with Reuters, the spokesman said it.",
            "Reuters, the spokesman",
            "the spokesman",
        ),
        # a name after the comma, or a name "of" joins to its description, stays
        ("In a letter to the board, Jane Doe said it.", "the board, Jane Doe", "the board, Jane Doe"),
        ("The head of Acme, the firm's founder, said it.", "Acme, the firm's founder", "Acme, the firm's founder"),
    ],
)
def test_fast_mode_runs_a_source_back_to_the_description_or_on_past_the_phrase_it_began_in(
    text: str, source: str, expected: str
) -> None:
    from quotegraph.extract.learned.noun_phrases import completed_source

    start = text.index(source)
    found = completed_source(blank_index(text), (start, start + len(source)), [text.index("said")])
    assert text[found[0] : found[1]] == expected
