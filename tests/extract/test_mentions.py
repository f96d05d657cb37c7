"""Tests for speaker mentions as written (``extract/mentions.py``)."""

from __future__ import annotations

import pytest
from spacy.tokens import Span as SpacySpan

from quotegraph.extract.language import load_language
from quotegraph.extract.mentions import mention_span
from quotegraph.extract.roles import role_of


@pytest.mark.parametrize(
    ("text", "head", "expected"),
    [
        # an "of" the parser hung on the noun whose object is a gerund clause is no part of the description
        (
            "Tsvangirai was accused by the newspaper of traveling without cabinet approval.",
            "newspaper",
            "the newspaper",
        ),
        # "of" / "for" with a noun object stays
        ("A spokesman for the ministry said the talks would resume.", "spokesman", "A spokesman for the ministry"),
        ("The head of the agency said the plan was sound.", "head", "The head of the agency"),
        # a name the recogniser ran into an unclosed bracket ends before it
        (
            "The World Health Organisation (WHO) said the outbreak was over.",
            "Organisation",
            "The World Health Organisation",
        ),
        # a title the recogniser took into a short name is the role's
        ("NASA Administrator Charles Bolden said the shuttles would go.", "Bolden", "Charles Bolden"),
        # a headline taken for a name ends before its verb ("Claims", tagged as a verb), not after its title-like
        # words (that would leave "Ever")
        (
            "Obama Claims Hillary Most Qualified Presidential Candidate Ever, But ….\n\nHe spoke on Tuesday.",
            "Obama",
            "Obama",
        ),
        # a headline's verb the tagger read as the verb it is, inside a name, ends the name
        ("Lee Says Bridge Will Close.\n\nThe mayor spoke on Tuesday.", "Lee", "Lee"),
        # a dash set apart by spaces ends a dateline the parser ran into a description; a hyphen does not
        (
            "RANGOON, Burma - Aung San Suu Kyi's political allies on Monday predicted a landslide.",
            "allies",
            "Aung San Suu Kyi's political allies",
        ),
        ("The state-owned daily said the vote was fair.", "daily", "The state-owned daily"),
        # where the parser missed the verb and hung the sentence on the noun, the mention is neither the adverbial
        # set off before it nor a stretch over the verb to a phrase after it ("... for the success he ...")
        (
            "Twenty-two years ago, a Times article hailed Trump as \u201cThe Comeback Kid\u201d for the success he was "
            "bringing to the city.",
            "article",
            "a Times article",
        ),
        # quotation marks inside a description are no break in it
        ("The \u201cindependent\u201d panel said the vote was fair.", "panel", "The \u201cindependent\u201d panel"),
        # a plural proper noun counted by a number keeps its number: so many people, no one named ("31" was lost)
        ("Among them were 31 Latinos who said the rules were unfair.", "Latinos", "31 Latinos"),
        ("Two Democrats said the bill would pass.", "Democrats", "Two Democrats"),
        # the "of" phrase of an organisation's name the recogniser cut short ("The U.S." only)
        (
            "Business groups praised the ruling. The U.S. Chamber of Commerce said the decision would restore balance.",
            "Chamber",
            "The U.S. Chamber of Commerce",
        ),
        # a word of a name the recogniser found is no headline's verb, though it reads as one ("United": unite)
        (
            "Mende has claimed this is due to the poor welcome, while the United Nations High Commissioner for "
            "Refugees (UNHCR) has recently recorded an increase in returns.",
            "Commissioner",
            "United Nations High Commissioner",
        ),
    ],
)
def test_mention_span_covers_the_mention_as_written(nlp, text: str, head: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    token = next(t for t in doc if t.text == head)
    start, end = mention_span(token, load_language("en"))
    assert text[start:end] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        # the recogniser cut the name at its particle ("Ursula von der" a person, "Leyen" a place): the speaker was
        # "Leyen", and the role was lost with the name
        ("Ursula von der Leyen said the bloc would respond.", "Ursula von der Leyen", None),
        (
            "European Commission President Ursula von der Leyen said the bloc would respond.",
            "Ursula von der Leyen",
            "European Commission President",
        ),
        ("Crown Prince Mohammed bin Salman said the kingdom would invest.", "Mohammed bin Salman", "Crown Prince"),
        # an abbreviated military or clerical title is no part of the name; an abbreviated office is the role
        ("Gen. Mark Milley said the army was ready.", "Mark Milley", "Gen."),
        ("The Rev. Al Sharpton said the vote mattered.", "Al Sharpton", None),
    ],
)
def test_a_name_keeps_its_particles_and_drops_its_abbreviated_title(text: str, speaker: str, role: str | None) -> None:
    from quotegraph.extract import extract

    (found,) = extract(text)
    assert found.speaker.name == speaker
    assert (found.speaker.role.value if found.speaker.role else None) == role


@pytest.mark.parametrize(
    ("text", "word"), [("He made a deal with Mr. The trains ran late.", "The"), ("It is Lee’s.", "’s")]
)
def test_a_person_the_recogniser_made_of_one_bare_word_keeps_that_word(nlp, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    # a sentence run into an abbreviation ("Mr. The trains") gave a person with no name word left, and resolving
    # its role failed on the empty name: the article was lost
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    doc.ents = [SpacySpan(doc, token.i, token.i + 1, label="PERSON")]
    lang = load_language("en")
    assert text[slice(*mention_span(token, lang))].endswith(word)  # "Mr. The": the title before it may join it
    assert role_of(token, lang) is None


@pytest.mark.model
def test_a_counted_group_is_anonymous_and_no_later_description_stands_for_it() -> None:
    from quotegraph.extract import extract

    text = "Among them were 31 Latinos who said the rules were unfair. The mayor said it was too early."
    found = [(a.speaker.name, a.speaker.kind) for a in extract(text)]
    assert found == [("31 Latinos", "anonymous"), ("The mayor", "unknown")]  # was ("Latinos", "person") twice


@pytest.mark.model
@pytest.mark.parametrize(
    ("second", "speaker", "kind"),
    [
        ("Another unnamed official said it would work.", "Another unnamed official", "anonymous"),
        ("The other official said it would work.", "The other official", "anonymous"),
        ("The second official said it would work.", "The second official", "anonymous"),
        ("An unidentified official said it would work.", "An unidentified official", "anonymous"),
        # a bare description still stands for the person named before it
        ("The official said it would work.", "Ann Lee", "person"),
    ],
)
def test_a_description_marked_as_someone_else_is_no_one_named_before(second: str, speaker: str, kind: str) -> None:
    from quotegraph.extract import extract

    # "another unnamed GOP official" and "the second official" had been Newt Gingrich and Corey Lewandowski
    found = extract(f"Ann Lee, an official, said the plan would fail. {second}")
    assert [(a.speaker.name, a.speaker.kind) for a in found][1] == (speaker, kind)
