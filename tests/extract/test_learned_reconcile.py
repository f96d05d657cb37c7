"""Tests for squaring the tagger's attributions with the rules' around the merge: the learned ones dropped."""

from __future__ import annotations


def test_a_learned_content_that_is_only_a_rule_reports_speaker_and_cue_is_dropped(nlp) -> None:  # type: ignore[no-untyped-def]
    # the tagger read "Peskov said" as the agency's content, the quotation being the rules'
    from quotegraph.extract.candidates import Candidate, DocIndex
    from quotegraph.extract.language import load_language
    from quotegraph.extract.learned.reconcile import without_attributions

    text = '"It is known," Peskov said, according to the RIA news agency. All of this is documented in the film.'
    index = DocIndex(nlp(text), load_language("en"))

    def span(words: str) -> tuple[int, int]:
        return text.index(words), text.index(words) + len(words)

    said = next(t for t in index.doc if t.text == "said")
    rule = Candidate(content=span("It is known,"), type="direct", rule="quote_cue_after", confidence=0.9)
    rule.cue, rule.cue_token, rule.speaker_token = span("said"), said.i, said.i - 1
    documented = next(t for t in index.doc if t.text == "documented")
    passive = Candidate(content=span("All of this"), type="indirect", rule="verb_object", confidence=0.5)
    passive.cue, passive.cue_token, passive.speaker_token = span("documented"), documented.i, documented.i - 3
    framed = Candidate(content=span("Peskov said"), type="indirect", rule="learned", confidence=0.9)
    without_cue = Candidate(content=span("All of this"), type="indirect", rule="learned", confidence=0.9)
    kept = without_attributions(index, [framed, without_cue], [rule, passive])
    assert kept == [without_cue]  # a content without the report's cue stays


def test_a_learned_content_that_holds_a_rule_reports_frame_and_none_of_its_words_is_dropped(nlp) -> None:  # type: ignore[no-untyped-def]
    # the tagger read Eduardo's subject and cue as the lawmakers' content, his words as theirs too
    from quotegraph.extract.candidates import Candidate, DocIndex
    from quotegraph.extract.language import load_language
    from quotegraph.extract.learned.reconcile import without_attributions

    text = (
        "Opposition lawmakers criticised the ruling. Former President Jair Bolsonaro's son Eduardo, a federal deputy,"
        " said on social media that the decision was an attack on free speech."
    )
    index = DocIndex(nlp(text), load_language("en"))

    def span(words: str) -> tuple[int, int]:
        return text.index(words), text.index(words) + len(words)

    said = next(t for t in index.doc if t.text == "said")
    eduardo = next(t for t in index.doc if t.text == "Eduardo")
    rule = Candidate(
        content=span("the decision was an attack on free speech"), type="indirect", rule="verb_clause", confidence=0.8
    )
    rule.cue, rule.cue_token, rule.speaker_token = span("said"), said.i, eduardo.i
    frame = Candidate(
        content=span("Former President Jair Bolsonaro's son Eduardo, a federal deputy, said on"),
        type="indirect",
        rule="learned",
        confidence=0.97,
    )
    whole = Candidate(
        content=span("Eduardo, a federal deputy, said on social media that the decision was"),
        type="indirect",
        rule="learned",
        confidence=0.9,
    )
    assert without_attributions(index, [frame, whole], [rule]) == [whole]  # one with the report's words stays


def test_a_record_a_learned_report_names_as_its_source_after_a_speech_verb_is_dropped(nlp) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.extract.candidates import Candidate, DocIndex
    from quotegraph.extract.language import load_language
    from quotegraph.extract.learned.reconcile import without_records

    text = "NetLab said it was concerned, according to a statement. Ann Lee was ill, according to the report."
    index = DocIndex(nlp(text), load_language("en"))
    tokens = {t.text: t.i for t in index.doc}
    according = [t.i for t in index.doc if t.text == "according"]

    def learned(content: str, cue: int, source: str) -> Candidate:
        start = text.index(content)
        cand = Candidate(content=(start, start + len(content)), type="indirect", rule="learned", confidence=0.9)
        cand.cue_token, cand.speaker_token = cue, tokens[source]
        return cand

    statement = learned("NetLab said it was concerned", according[0], "statement")
    report = learned("Ann Lee was ill", according[1], "report")  # no report of speech: the report is the source
    assert without_records(index, [statement, report]) == [report]
