"""Tests for quotegraph.evaluation.gold: loading and validating gold files, and extraction records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from eval_helpers import BRIDGE, TEXT, at, bridge_result, doc, quote

from quotegraph.errors import QuotegraphError
from quotegraph.evaluate import load_gold, load_predictions, to_eval_record


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


def test_to_eval_record() -> None:
    record = to_eval_record(bridge_result())
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
    path.write_text(json.dumps(bridge_result().to_dict()) + "\n")
    (pred,) = load_predictions(path)
    assert pred == to_eval_record(bridge_result())
