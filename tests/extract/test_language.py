"""Language data: every folder loads, validates, and unknown languages fail clearly."""

from __future__ import annotations

import pytest

from quotegraph.errors import UnsupportedLanguageError
from quotegraph.extract.language import available_languages, load_language


def test_language_english_is_available() -> None:
    assert "en" in available_languages()


def test_language_english_tables_load() -> None:
    lang = load_language("en")
    assert lang.cue_verbs["say"].cls == "speech"
    assert ("according", "to") in lang.source_preps
    assert "minister" in lang.titles and "mr." in lang.honorifics
    assert "sen." in lang.offices and "sen." in lang.honorifics and "mr." not in lang.offices  # "Sen. X": a role
    assert lang.pronouns["who"].kind == "relative"
    assert lang.source_nouns["source"] == "anonymous"
    assert lang.source_nouns["network"] == "organisation" and "network" not in lang.label_nouns
    assert {"poll", "police", "source"} <= lang.label_nouns
    assert ("\u00ab", "\u00bb") in lang.quote_marks.pairs


def test_listener_verbs_say_how_they_name_the_listener() -> None:
    lang = load_language("en")
    assert {"tell", "ask"} <= lang.object_listener_verbs and "say" not in lang.object_listener_verbs
    assert {"say", "write", "ask"} <= lang.to_listener_verbs  # "asks to the government to ..."
    assert not {"accord", "refer", "point", "respond"} & lang.to_listener_verbs  # their "to" names no listener
    assert "call" in lang.on_listener_verbs and "say" not in lang.on_listener_verbs  # "called on X to ..."


def test_gender_words_tell_given_names_honorifics_and_titles() -> None:
    words = load_language("en").gender_words
    assert words["given_name"]["hillary"] == "f" and words["given_name"]["bernie"] == "m"
    assert words["honorific"]["mrs."] == "f" and words["honorific"]["mr."] == "m"
    assert words["title"]["spokeswoman"] == "f"
    # names given to either gender tell nothing
    assert not {"chris", "pat", "jordan", "kim", "dana", "jean"} & set(words["given_name"])
    assert {g for kind in words.values() for g in kind.values()} == {"m", "f"}


def test_language_unknown_code_is_a_clear_error() -> None:
    with pytest.raises(UnsupportedLanguageError, match="language not supported: 'de'"):
        load_language("de")


def test_language_cue_verbs_have_valid_confidences() -> None:
    for verb in load_language("en").cue_verbs.values():
        assert 0.0 < verb.confidence <= 1.0
        assert verb.content in {"clause", "object", "both", "prep", "as"}
