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
    assert lang.pronouns["who"].kind == "relative"
    assert lang.source_nouns["source"] == "anonymous"
    assert ("\u00ab", "\u00bb") in lang.quote_marks.pairs


def test_language_unknown_code_is_a_clear_error() -> None:
    with pytest.raises(UnsupportedLanguageError, match="language not supported: 'de'"):
        load_language("de")


def test_language_cue_verbs_have_valid_confidences() -> None:
    for verb in load_language("en").cue_verbs.values():
        assert 0.0 < verb.confidence <= 1.0
        assert verb.content in {"clause", "object", "both", "prep", "as"}
