"""Tests for quotegraph.evaluate: span matching, speaker matching, attributes, reports and the eval gate."""

from __future__ import annotations

import json
import sys
import types
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from quotegraph.errors import QuotegraphError, UnsupportedLanguageError
from quotegraph.evaluate import (
    BASELINE_PATH,
    EvalReport,
    check_floors,
    evaluate,
    file_digest,
    load_gold,
    load_predictions,
    run_eval,
    to_eval_record,
    update_floors,
)
from quotegraph.evaluation.names import names_match
from quotegraph.evaluation.spans import trim
from quotegraph.model import Article, Attribution, Evidence, ExtractionResult, Span, SpeakerRef

SEED_GOLD = Path(__file__).resolve().parents[2] / "shared" / "seed" / "tass-2023-06-14.gold.json"

# Hand-written sentences (never corpus text).
TEXT = (
    'Mayor Ann Lee said the new bridge will open in May next year. "We are proud of it," she said. '
    "Officials at the harbour expect delays, according to a city report."
)


def at(text: str, piece: str, nth: int = 1) -> list[int]:
    """Return ``[start, end]`` of the nth occurrence of ``piece`` in ``text``."""
    start = -1
    for _ in range(nth):
        start = text.index(piece, start + 1)
    return [start, start + len(piece)]


def quote(text: str, content: str, **fields: Any) -> dict[str, Any]:
    """Build a gold-format quote whose span is the first occurrence of ``content``."""
    start, end = at(text, content)
    return {"start": start, "end": end, "type": "direct", "speaker": None, "speaker_spans": [], **fields}


def doc(quotes: list[dict[str, Any]], doc_id: str = "d1", text: str = TEXT) -> dict[str, Any]:
    return {"id": doc_id, "lang": "en", "text": text, "quotes": quotes}


def score(gold: list[dict[str, Any]], pred: list[dict[str, Any]], text: str = TEXT) -> EvalReport:
    return evaluate([doc(gold, text=text)], [doc(pred, text=text)])


BRIDGE = "the new bridge will open in May next year"  # 9 words


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ('"Yes,"', "Yes"),
        ('"Yes," he said', 'Yes," he said'),
        ("  «Non.»  ", "Non"),
        ("„Ja“", "Ja"),
        ("‘fine’…", "fine"),
        ("`ok?!`", "ok"),
        ("'Don't,'", "Don't"),
        ('""', ""),
    ],
)
def test_trim_strips_marks_and_punctuation(raw: str, expected: str) -> None:
    start, end = trim(raw, 0, len(raw))
    assert raw[start:end] == expected


@pytest.mark.parametrize(
    ("pred_piece", "exact", "partial"),
    [
        (BRIDGE, True, True),
        (BRIDGE + ".", True, True),  # trailing full stop trimmed
        ("said " + BRIDGE, False, True),
        ("the new bridge will open", False, True),  # 5 of 9 words
        ("the new bridge will", False, False),  # 4 of 9 words
        ("Lee said the new", False, False),
    ],
)
def test_evaluate_exact_and_partial(pred_piece: str, exact: bool, partial: bool) -> None:
    report = score([quote(TEXT, BRIDGE)], [quote(TEXT, pred_piece)])
    assert report.scores["exact"].tp == int(exact)
    assert report.scores["partial"].tp == int(partial)
    assert report.scores["partial"].f1 == (1.0 if partial else 0.0)


def test_evaluate_partial_threshold_is_half_inclusive() -> None:
    gold = quote(TEXT, "the new bridge will open in May next")  # 8 words
    assert score([gold], [quote(TEXT, "the new bridge will")]).scores["partial"].tp == 1  # 4 of 8
    assert score([gold], [quote(TEXT, "the new bridge wil")]).scores["partial"].tp == 0  # 3 whole words


def test_evaluate_exact_ignores_outer_quotation_marks() -> None:
    gold = quote(TEXT, "We are proud of it,")
    pred = quote(TEXT, '"We are proud of it,"')
    report = score([gold], [pred])
    assert (report.scores["exact"].tp, report.scores["partial"].tp) == (1, 1)


def test_evaluate_pairs_one_to_one_by_largest_overlap() -> None:
    gold = [quote(TEXT, BRIDGE)]
    pred = [quote(TEXT, "the new bridge"), quote(TEXT, "bridge will open in May next year")]
    report = score(gold, pred)
    partial = report.scores["partial"]
    assert (partial.tp, partial.gold, partial.pred) == (1, 1, 2)
    assert partial.precision == 0.5
    assert partial.recall == 1.0
    assert report.scores["exact"].tp == 0


def test_evaluate_one_prediction_spanning_two_gold_quotes_matches_one() -> None:
    gold = [quote(TEXT, "the new bridge will open"), quote(TEXT, "in May next year")]
    pred = [quote(TEXT, BRIDGE)]
    partial = score(gold, pred).scores["partial"]
    assert (partial.tp, partial.gold, partial.pred) == (1, 2, 1)
    assert partial.recall == 0.5


def test_evaluate_fragments_count_only_quoted_words() -> None:
    text = '"The plan works," Lee said, "and it is cheap and fast and safe."'
    gold = {
        **quote(text, 'The plan works," Lee said, "and it is cheap and fast and safe.'),
        "fragments": [at(text, "The plan works,"), at(text, "and it is cheap and fast and safe.")],
    }
    # The second fragment alone holds 8 of the 11 quoted words.
    report = score([gold], [quote(text, "and it is cheap and fast and safe.")], text=text)
    assert report.scores["partial"].tp == 1
    assert report.scores["exact"].tp == 0


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        ("Donald Trump", "Trump", True),
        ("Trump", "Donald J. Trump", True),
        ("Bill Clinton", "Hillary Clinton", False),
        ("Mr. Obama", "Barack Obama", True),
        ("President Barack Obama", "Obama", True),
        ("Sen. Elizabeth Warren", "Warren", True),
        ("Prime Minister Theresa May", "Theresa May", True),
        ("Hervé Bléjean", "HERVE BLEJEAN", True),
        ("the White House", "White House", True),
        ("the president", "the president", True),
        ("the president", "President Obama", False),
        ("he", "he", False),
        ("Donald Trump", "him", False),
        ("Jane Doe", None, False),
        ("Doe Jane", "Jane Doe", False),
    ],
)
def test_names_match(gold: str, pred: str | None, expected: bool) -> None:
    assert names_match(gold, pred) is expected


def _speaker_pair(gold_speaker: dict[str, Any], pred_speaker: dict[str, Any]) -> float | None:
    gold = quote(TEXT, BRIDGE, **gold_speaker)
    pred = quote(TEXT, BRIDGE, **pred_speaker)
    return score([gold], [pred]).speaker.value


@pytest.mark.parametrize(
    ("gold_speaker", "pred_speaker", "accuracy"),
    [
        # Pronouns match only by span.
        (
            {"speaker": "she", "speaker_spans": [at(TEXT, "she")]},
            {"speaker": "she", "speaker_spans": []},
            0.0,
        ),
        (
            {"speaker": "she", "speaker_spans": [at(TEXT, "she")]},
            {"speaker": "Ann Lee", "speaker_spans": [at(TEXT, "she")]},
            1.0,
        ),
        (
            {"speaker": "Ann Lee", "speaker_spans": [at(TEXT, "Ann Lee")]},
            {"speaker": "Lee", "speaker_spans": []},
            1.0,
        ),
        (
            {"speaker": "Ann Lee", "speaker_spans": [at(TEXT, "Ann Lee")]},
            {"speaker": "Mayor Lee", "speaker_spans": [at(TEXT, "Mayor")]},
            1.0,
        ),
        ({"speaker": "Ann Lee"}, {"speaker": "Bob Lee"}, 0.0),
        # A null gold speaker matches a null or anonymous prediction, nothing else.
        ({"speaker": None}, {"speaker": None}, 1.0),
        ({"speaker": None}, {"speaker": "a city official", "speaker_kind": "anonymous"}, 1.0),
        ({"speaker": None}, {"speaker": "Ann Lee", "speaker_kind": "person"}, 0.0),
        ({"speaker": "Ann Lee"}, {"speaker": None}, 0.0),
    ],
)
def test_evaluate_speaker_accuracy(gold_speaker: dict[str, Any], pred_speaker: dict[str, Any], accuracy: float) -> None:
    assert _speaker_pair(gold_speaker, pred_speaker) == accuracy


def test_evaluate_end_to_end_needs_span_and_speaker() -> None:
    gold = [
        quote(TEXT, BRIDGE, speaker="Ann Lee", speaker_spans=[at(TEXT, "Ann Lee")]),
        quote(TEXT, "We are proud of it,", speaker="Ann Lee", speaker_spans=[at(TEXT, "she")]),
        quote(TEXT, "Officials at the harbour expect delays", type="indirect", speaker="a city report"),
    ]
    pred = [
        quote(TEXT, BRIDGE, speaker="Lee"),  # exact span, right speaker
        quote(TEXT, '"We are proud', speaker="Bob Lee"),  # partial span, wrong speaker
        quote(TEXT, "at the harbour expect delays, according to a city report", speaker="city report"),
        quote(TEXT, "Mayor Ann Lee", speaker="Ann Lee"),  # unmatched
    ]
    report = score(gold, pred)
    assert (report.scores["partial"].tp, report.scores["exact"].tp) == (3, 1)
    assert (report.speaker.correct, report.speaker.total) == (2, 3)
    e2e, e2e_exact = report.scores["e2e_partial"], report.scores["e2e_exact"]
    assert (e2e.tp, e2e.gold, e2e.pred) == (2, 3, 4)
    assert e2e.precision == 0.5
    assert e2e.f1 == pytest.approx(4 / 7)
    assert e2e_exact.tp == 1


def test_evaluate_cue_share_and_scores() -> None:
    gold = [
        quote(TEXT, BRIDGE, cue=at(TEXT, "said")),
        quote(TEXT, "We are proud of it,", cue=at(TEXT, "said", 2)),
        quote(TEXT, "Officials at the harbour expect delays", cue=at(TEXT, "according to")),
    ]
    pred = [
        quote(TEXT, BRIDGE, cue=at(TEXT, "Lee said")),  # overlaps
        quote(TEXT, "We are proud of it,", cue=at(TEXT, "she")),  # wrong cue
        quote(TEXT, "Officials at the harbour expect delays", cue=None),  # no cue
    ]
    report = score(gold, pred)
    cue = report.scores["cue"]
    assert (cue.tp, cue.gold, cue.pred) == (1, 3, 2)
    assert report.cue_share.value == pytest.approx(1 / 3)


def test_evaluate_missing_and_extra_docs() -> None:
    gold = [doc([quote(TEXT, BRIDGE)], "a"), doc([quote(TEXT, BRIDGE), quote(TEXT, "We are proud")], "b")]
    pred = [doc([quote(TEXT, BRIDGE)], "a"), doc([quote(TEXT, BRIDGE)], "zzz")]
    report = evaluate(gold, pred)
    assert report.docs == 2
    assert report.missing_docs == ("b",)
    assert report.extra_docs == 1
    partial = report.scores["partial"]
    assert (partial.tp, partial.gold, partial.pred) == (1, 3, 1)
    assert partial.recall == pytest.approx(1 / 3)


def test_evaluate_recall_by_type() -> None:
    gold = [
        quote(TEXT, BRIDGE, type="indirect"),
        quote(TEXT, "We are proud of it,", type="direct"),
        quote(TEXT, "Officials at the harbour expect delays", type=None),
    ]
    pred = [quote(TEXT, BRIDGE), quote(TEXT, "Officials at the harbour expect delays")]
    by_type = score(gold, pred).by_type
    assert set(by_type) == {"direct", "indirect", "null"}
    assert (by_type["indirect"].gold, by_type["indirect"].partial) == (1, 1)
    assert (by_type["direct"].gold, by_type["direct"].partial) == (1, 0)
    assert by_type["null"].exact == 1


@pytest.mark.parametrize(
    ("key", "row", "gold_value", "pred_value", "counts"),
    [
        ("said_on", "said_on", "2023-06-07", "2023-06-07", (1, 1, 1)),
        ("said_on", "said_on", "2023-06-07", "2023-06-07T09:30:00", (1, 1, 1)),
        ("said_on", "said_on", "2023-06-07", "2023-06-08", (0, 1, 1)),
        ("said_on", "said_on", "2023-06-07", "June 7", (0, 1, 1)),
        ("said_on", "said_on", None, "2023-06-07", (0, 0, 1)),
        ("venue", "venue", "a press conference", "press conference", (1, 1, 1)),
        ("venue", "venue", "LCI", "TF1", (0, 1, 1)),
        ("via", "via", "The Guardian", "the guardian", (1, 1, 1)),
        ("via", "via", "The Guardian", None, (0, 1, 0)),
        ("speaker_role", "role", "NATO ex-Secretary General", "Secretary General", (1, 1, 1)),
        ("speaker_role", "role", "EU envoy", "European envoy", (0, 1, 1)),
    ],
)
def test_evaluate_attributes(
    key: str, row: str, gold_value: str | None, pred_value: str | None, counts: tuple[int, int, int]
) -> None:
    report = score([quote(TEXT, BRIDGE, **{key: gold_value})], [quote(TEXT, BRIDGE, **{key: pred_value})])
    result = report.scores[row]
    assert (result.tp, result.gold, result.pred) == counts


def test_evaluate_attributes_skip_keys_the_gold_does_not_annotate() -> None:
    report = score([quote(TEXT, BRIDGE)], [quote(TEXT, BRIDGE, venue="City Hall", said_on="2024-01-01")])
    assert report.scores["venue"].pred == 0
    assert report.scores["venue"].f1 is None
    assert report.metrics()["said_on_f1"] is None


def test_evaluate_refuses_duplicate_ids_and_differing_text() -> None:
    with pytest.raises(QuotegraphError, match="duplicate gold"):
        evaluate([doc([]), doc([])], [])
    with pytest.raises(QuotegraphError, match="text differs"):
        evaluate([doc([])], [doc([], text=TEXT + " More.")])


def test_report_table_and_json() -> None:
    report = score([quote(TEXT, BRIDGE), quote(TEXT, "We are proud")], [quote(TEXT, BRIDGE)])
    table = report.format_table()
    rows = {line.split()[0]: line.split() for line in table.splitlines() if line.strip()}
    assert rows["partial"][1:4] == ["100.0", "50.0", "66.7"]
    for label in ("exact", "speaker(acc)", "e2e", "cue", "role", "venue", "via", "said_on", "direct"):
        assert label in rows
    assert json.loads(json.dumps(report.to_dict()))["metrics"]["partial_f1"] == pytest.approx(2 / 3)


def test_load_gold_formats(tmp_path: Path) -> None:
    one = doc([quote(TEXT, BRIDGE)], "x")
    (tmp_path / "a.jsonl").write_text(json.dumps(one) + "\n\n" + json.dumps({**one, "id": "y"}) + "\n")
    (tmp_path / "b.json").write_text(json.dumps([one]))
    (tmp_path / "c.gold.json").write_text(json.dumps({"id": "c", "quotes": []}, indent=2))
    (tmp_path / "c.txt").write_text("Body of c.")
    assert [d["id"] for d in load_gold(tmp_path / "a.jsonl")] == ["x", "y"]
    assert load_gold(str(tmp_path / "b.json"))[0]["quotes"][0]["start"] == TEXT.index(BRIDGE)
    assert load_gold(tmp_path / "c.gold.json")[0]["text"] == "Body of c."


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": "a", "quotes": []}\n{"id": "b", "quotes": [}\n', r"bad\.jsonl:2: malformed JSON"),
        ('{\n  "id": "a",\n  "quotes": [\n}\n', r"bad\.jsonl:4: malformed JSON"),
        ('{"quotes": []}\n', "with an 'id'"),
        ('{"id": "a", "quotes": [{"start": "1", "end": 4}]}\n', "integer 'start'"),
    ],
)
def test_load_gold_malformed(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content)
    with pytest.raises(QuotegraphError, match=message):
        load_gold(path)


def test_load_gold_missing_file(tmp_path: Path) -> None:
    with pytest.raises(QuotegraphError, match="cannot read"):
        load_gold(tmp_path / "nope.jsonl")


def _result() -> ExtractionResult:
    article = Article(id="d1", text=TEXT, published="2024-05-02")
    attribution = Attribution(
        article_id="d1",
        type="indirect",
        content=Span.of(TEXT, *at(TEXT, BRIDGE)),
        speaker=SpeakerRef("Ann Lee", "person", (Span.of(TEXT, *at(TEXT, "Mayor Ann Lee")),), role=Evidence("Mayor")),
        cue=Span.of(TEXT, *at(TEXT, "said")),
        venue=Evidence("City Hall"),
        via=(Evidence("Radio One"), Evidence("City Gazette")),
        said_on=Evidence("2024-05-01"),
        confidence=0.87654,
    )
    return ExtractionResult(article, (attribution,))


def test_to_eval_record() -> None:
    record = to_eval_record(_result())
    assert {k: record[k] for k in ("id", "lang", "text", "published")} == {
        "id": "d1",
        "lang": "en",
        "text": TEXT,
        "published": "2024-05-02",
    }
    (q,) = record["quotes"]
    assert [q["start"], q["end"]] == at(TEXT, BRIDGE)
    assert q["speaker"] == "Ann Lee"
    assert q["speaker_spans"] == [at(TEXT, "Mayor Ann Lee")]
    assert q["cue"] == at(TEXT, "said")
    assert (q["speaker_role"], q["venue"], q["via"], q["said_on"]) == (
        "Mayor",
        "City Hall",
        "Radio One",
        "2024-05-01",
    )
    assert q["confidence"] == 0.877
    assert "fragments" not in q


def test_load_predictions_reads_extraction_output(tmp_path: Path) -> None:
    path = tmp_path / "pred.jsonl"
    path.write_text(json.dumps(_result().to_dict()) + "\n")
    (pred,) = load_predictions(path)
    assert pred == to_eval_record(_result())


def test_evaluate_seed_gold_against_itself_is_perfect() -> None:
    if not SEED_GOLD.is_file():
        pytest.skip(f"seed gold not found at {SEED_GOLD}")
    report = run_eval(SEED_GOLD, SEED_GOLD)
    assert report.scores["partial"].gold == 12
    assert report.gold_digest == file_digest(SEED_GOLD)
    for name, value in report.metrics().items():
        assert value == 1.0, name
    assert check_floors(report, "seed/tass-2023-06-14.gold.json", BASELINE_PATH) == []


def test_run_eval_refuses_other_languages_before_extracting(tmp_path: Path) -> None:
    path = tmp_path / "de.jsonl"
    path.write_text(json.dumps({"id": "x", "lang": "de", "text": "Er sagte nichts.", "quotes": []}) + "\n")
    with pytest.raises(UnsupportedLanguageError, match=r"language not supported: 'de' \(supported: en\)"):
        run_eval(path)


def test_run_eval_extracts_with_extract_many(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Article] = []

    def fake_extract_many(articles: Iterable[Article], options: object = None) -> Iterator[ExtractionResult]:
        for article in articles:
            seen.append(article)
            yield ExtractionResult(article, _result().attributions)

    fake = types.ModuleType("quotegraph.extract")
    fake.extract_many = fake_extract_many  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "quotegraph.extract", fake)
    gold = {**doc([quote(TEXT, BRIDGE)]), "title": "Bridge", "outlet": "Gazette", "published": "2024-05-02"}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n")
    report = run_eval(path)
    assert seen == [Article(id="d1", text=TEXT, title="Bridge", outlet="Gazette", published="2024-05-02")]
    assert report.scores["exact"].tp == 1


@pytest.mark.model
def test_run_eval_with_real_extraction(tmp_path: Path) -> None:
    if not hasattr(pytest.importorskip("quotegraph.extract"), "extract_many"):
        pytest.skip("quotegraph.extract.extract_many is not written yet")
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(doc([quote(TEXT, "We are proud of it,", speaker="Ann Lee")])) + "\n")
    report = run_eval(path)
    assert report.docs == 1
    assert report.missing_docs == ()


def _report(partial_tp: int) -> EvalReport:
    gold = [quote(TEXT, BRIDGE), quote(TEXT, "We are proud of it,")]
    pred = [quote(TEXT, BRIDGE), quote(TEXT, "We are proud of it,")][:partial_tp]
    return score(gold, pred)


def test_gate_checks_floors_and_digest(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps({"toy": {"digest": "abc", "floors": {"partial_f1": 0.7, "via_f1": 0.5}}}))
    assert check_floors(_report(2), "toy", baseline) == ["toy: via_f1 is undefined (floor 0.500)"]
    low = check_floors(_report(1), "toy", baseline)
    assert "toy: partial_f1 = 0.667 is below its floor 0.700" in low
    changed = check_floors(replace(_report(2), gold_digest="def"), "toy", baseline)
    assert any("gold data changed" in v for v in changed)
    assert check_floors(_report(2), "other", baseline) == [f"other: no baseline in {baseline}"]


def test_gate_update_refuses_to_lower_floors(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    floors = update_floors(_report(2), "toy", baseline)
    assert floors["partial_f1"] == 1.0
    assert floors["speaker_acc"] == 1.0
    before = baseline.read_text()
    with pytest.raises(QuotegraphError, match=r"refusing to lower floors \(.*partial_f1 1.000 -> 0.666"):
        update_floors(_report(1), "toy", baseline)
    assert baseline.read_text() == before
    lowered = update_floors(_report(1), "toy", baseline, allow_regression=True)
    assert lowered["partial_f1"] == 0.666
    assert check_floors(_report(1), "toy", baseline) == []
