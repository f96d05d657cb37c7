"""Tests for name normalisation: transliteration skeletons, titles, descriptions, compatibility, organisations."""

from __future__ import annotations

import pytest

from quotegraph.link.names import (
    compatible,
    is_acronym,
    is_pronoun,
    keys_match,
    looks_like_org,
    parse_org,
    parse_person,
    role_key,
    skeleton,
)


@pytest.mark.parametrize(
    "variants",
    [
        ("Sergey", "Sergei", "Sergueï"),
        ("Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskij"),
        ("Hervé", "Herve"),
        ("Bléjean", "Blejean"),
        ("Poutine", "Putin"),
        ("Alexandre", "Aleksandr", "Alexandr"),
        ("Yevgeny", "Evgeny", "Evgueni"),
        ("Yousouf", "Yusuf"),
        ("Sølberg", "Solberg"),
        ("Chávez", "Chavez"),
    ],
)
def test_skeleton_transliteration_variants_agree(variants: tuple[str, ...]) -> None:
    assert len({skeleton(v) for v in variants}) == 1


@pytest.mark.parametrize(("a", "b"), [("Gaddafi", "Kadhafi"), ("Harper", "Hooper"), ("Jon", "Jan")])
def test_skeleton_different_names_differ(a: str, b: str) -> None:
    assert skeleton(a) != skeleton(b)


def test_keys_match_allows_one_edit_only_in_long_tokens() -> None:
    assert keys_match(skeleton("Gaddafi"), skeleton("Kadhafi"), fuzzy=True)
    assert not keys_match(skeleton("Gaddafi"), skeleton("Kadhafi"), fuzzy=False)
    assert not keys_match("jon", "jan", fuzzy=True)


@pytest.mark.parametrize(
    ("raw", "text", "title"),
    [
        ("Energy Minister Sergei Volkov", "Sergei Volkov", "Energy Minister"),
        ("Mr. Mulroney", "Mulroney", None),
        ("M. Volkov", "Volkov", None),
        ("Mme Harper", "Harper", None),
        ("Dr. Amélie Dufresne", "Amélie Dufresne", None),
        ("United Kingdom's former Prime Minister Tony Blair", "Tony Blair", "United Kingdom's former Prime Minister"),
        ("Republican John McCain", "John McCain", "Republican"),
        ("MEP Chris Huhne", "Chris Huhne", "MEP"),
        ("A spokesman for the United Nations refugee agency, Alphonse Munyaneza", "Alphonse Munyaneza", None),
        ("Ban Ki - moon", "Ban Ki-moon", None),
        ("John Major", "John Major", None),
    ],
)
def test_parse_person_strips_titles_and_honorifics(raw: str, text: str, title: str | None) -> None:
    form = parse_person(raw)
    assert (form.text, form.title, form.title_only) == (text, title, False)


@pytest.mark.parametrize(
    ("raw", "role"),
    [
        ("the energy minister", "energy minister"),
        ("the French president", "French president"),
        ("le ministre de l'Énergie", "ministre de l'Énergie"),
        ("The MP", "MP"),
        ("A Nordtek spokesperson", "Nordtek spokesperson"),
    ],
)
def test_parse_person_title_only_descriptions(raw: str, role: str) -> None:
    form = parse_person(raw)
    assert form.title_only and form.keys == () and form.title == role


def test_parse_person_keys_drop_particles_and_split_given_names() -> None:
    assert parse_person("Charles de Gaulle").keys == ("charles", "gaule")
    assert parse_person("Abdelbaset Ali al-Megrahi").keys == ("abdelbaset", "ali", "megrahi")
    assert parse_person("Jean-Luc Besson").keys == parse_person("Jean Luc Besson").keys == ("jean", "luc", "beson")
    assert parse_person("George W. Bush").initials == (False, True, False)


def test_compatible_middle_names_and_initials() -> None:
    w, hw, plain = parse_person("George W. Bush"), parse_person("George H. W. Bush"), parse_person("George Bush")
    assert compatible(plain, w, fuzzy=True) and compatible(plain, hw, fuzzy=True)
    assert not compatible(w, hw, fuzzy=True)
    assert compatible(parse_person("D. Harper"), parse_person("Daniel Harper"), fuzzy=True)
    assert not compatible(parse_person("Claire Harper"), parse_person("Daniel Harper"), fuzzy=True)
    assert not compatible(parse_person("Bill Clinton"), parse_person("Hillary Clinton"), fuzzy=True)


@pytest.mark.parametrize(
    ("raw", "keys", "acronym", "short"),
    [
        ("the European Union", ("european", "union"), "eu", False),
        ("EU", ("eu",), "eu", True),
        ("The World Health Organisation ( WHO", ("vorld", "healt", "organisation"), "who", False),
        ("le syndicat NRU", ("sindikat", "nru"), "nru", True),
        ("the Alliance of Island States (AIS)", ("alianc", "island", "states"), "ais", False),
    ],
)
def test_parse_org_keys_and_acronyms(raw: str, keys: tuple[str, ...], acronym: str, short: bool) -> None:
    form = parse_org(raw)
    assert (form.keys, form.acronym, is_acronym(form)) == (keys, acronym, short)


@pytest.mark.parametrize(
    ("raw", "org"), [("Interior Ministry", True), ("WHO", True), ("Claire Harper", False), ("Bank", True)]
)
def test_looks_like_org(raw: str, org: bool) -> None:
    assert looks_like_org(raw) is org


@pytest.mark.parametrize(("raw", "pronoun"), [("They", True), ("many", True), ("WHO", False), ("Obama", False)])
def test_is_pronoun(raw: str, pronoun: bool) -> None:
    assert is_pronoun(raw) is pronoun


def test_role_key_matches_french_and_english_cognates() -> None:
    fr, en = role_key("le ministre de l'Énergie"), role_key("Energy Minister")
    assert fr == ("ministr", "energie") and en == ("energi", "minister")


def test_parse_person_keeps_the_name_as_written() -> None:
    assert parse_person("Donald J. Trump").text == "Donald J. Trump"
    assert parse_person("Sergei Volkov's").text == "Sergei Volkov"


@pytest.mark.parametrize("raw", ["the government", "The report", "Police", "a statement"])
def test_parse_org_generic_descriptions_are_not_names(raw: str) -> None:
    form = parse_org(raw)
    assert form.title_only and form.keys == ()


def test_parse_org_acronym_beside_specific_words_is_not_the_name() -> None:
    assert not is_acronym(parse_org("US State Department"))
