"""Tests for audiences (``quotegraph.extract.audiences``): whom a verb of addressing names, not what was said."""

from __future__ import annotations

import pytest

from quotegraph.extract.audiences import audience_of, audience_participles
from quotegraph.extract.language import load_language

pytestmark = pytest.mark.model


def _verb(doc, word: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "verb", "audience"),
    [
        ("The president addressed the nation on Sunday.", "addressed", "nation"),  # a group of listeners
        ("Sanders addressed a rally in Iowa.", "addressed", "rally"),  # a gathering (venues.tsv occasion)
        ("Merkel addressed the United Nations.", "addressed", "Nations"),  # a body named
        ("The minister briefed reporters.", "briefed", "reporters"),
        ("She addressed them in French.", "addressed", "them"),
        ("He addressed his concerns in an interview.", "addressed", None),  # a topic: a report
        ("McAuliffe addressed the fact that most are poor.", "addressed", None),
        ("He criticized the nation.", "criticized", None),  # no audience verb
        ('He addressed her informally as "Hillary".', "addressed", None),  # naming her so: a report
    ],
)
def test_an_audience_verbs_object_is_an_audience_or_a_topic(nlp, text: str, verb: str, audience: str | None) -> None:  # type: ignore[no-untyped-def]
    found = audience_of(_verb(nlp(text), verb), load_language("en"))
    assert (found.text if found is not None else None) == audience


def test_a_participle_beside_a_cue_or_after_its_speaker_gives_the_audience(nlp) -> None:  # type: ignore[no-untyped-def]
    lang = load_language("en")
    doc = nlp("Guterres, addressing the Security Council on Tuesday, said the situation was dire.")
    said = _verb(doc, "said")
    speaker = next(c for c in said.children if c.dep_ == "nsubj")
    assert [t.text for t in audience_participles(said, speaker, lang)] == ["Council"]
    doc = nlp("Guterres, discussing the Security Council on Tuesday, said the situation was dire.")
    said = _verb(doc, "said")
    assert audience_participles(said, next(c for c in said.children if c.dep_ == "nsubj"), lang) == []


def test_only_the_audience_as_content_is_dropped_and_only_in_the_projects_convention() -> None:
    from quotegraph.extract import ExtractOptions, extract

    text = 'She addressed the supporters: "Here is what I regret." Sanders addressed a rally in Iowa.'
    assert [a.content.text for a in extract(text)] == ["Here is what I regret."]
    polnear = extract(text, ExtractOptions(convention="polnear"))
    assert "a rally in Iowa" in [a.content.text for a in polnear]  # PolNeAR marks some such objects
