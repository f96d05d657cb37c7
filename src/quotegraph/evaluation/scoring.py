"""Scoring predicted attributions against gold documents, exactly as ``docs/gold-format.md`` defines it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from quotegraph.errors import QuotegraphError
from quotegraph.evaluation.names import dates_match, names_match, values_match
from quotegraph.evaluation.report import SCORE_ROWS, TYPE_KEYS, Accuracy, EvalReport, Score, TypeRecall
from quotegraph.evaluation.spans import Pair, overlap, pair_quotes

# Attribute keys of the gold format, the report row each feeds, and how two values are compared.
_ATTRIBUTES: tuple[tuple[str, str, Callable[[str, str], bool]], ...] = (
    ("speaker_role", "role", values_match),
    ("venue", "venue", values_match),
    ("via", "via", values_match),
    ("said_on", "said_on", dates_match),
)


@dataclass
class _Tally:
    """Mutable counts for one P/R/F1 row while documents are scored."""

    tp: int = 0
    gold: int = 0
    pred: int = 0

    def add(self, *, tp: bool, gold: bool, pred: bool) -> None:
        self.tp, self.gold, self.pred = self.tp + tp, self.gold + gold, self.pred + pred

    def freeze(self) -> Score:
        return Score(self.tp, self.gold, self.pred)


def _spans(value: Any) -> list[tuple[int, int]]:
    """Read a list of ``[start, end]`` pairs (or one pair, or None) as ranges."""
    if not value:
        return []
    if isinstance(value[0], int):
        return [(int(value[0]), int(value[1]))]
    return [(int(s), int(e)) for s, e in value]


def speaker_matches(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    """Tell whether a predicted quote credits the same speaker as its paired gold quote.

    In order: a predicted speaker span overlapping a gold speaker span matches; a gold ``speaker`` of
    null (no source) matches a predicted null speaker or a predicted ``speaker_kind`` of
    ``"anonymous"`` (our records give anonymous sources a description as name), and nothing else;
    otherwise the names must match by :func:`~quotegraph.evaluation.names.names_match` (pronouns only
    ever match by span).

    Args:
        gold: The gold quote.
        pred: The predicted quote.

    Returns:
        True when the speakers match.
    """
    if overlap(_spans(gold.get("speaker_spans")), _spans(pred.get("speaker_spans"))) > 0:
        return True
    if gold.get("speaker") is None:
        return pred.get("speaker") is None or pred.get("speaker_kind") == "anonymous"
    return names_match(gold.get("speaker"), pred.get("speaker"))


def _text_of(gold_doc: dict[str, Any], pred_doc: dict[str, Any] | None) -> str | None:
    """Return the document text both sides' offsets point into; differing texts are an error."""
    gold_text, pred_text = gold_doc.get("text"), (pred_doc or {}).get("text")
    if gold_text is not None and pred_text is not None and gold_text != pred_text:
        raise QuotegraphError(f"document {gold_doc['id']!r}: prediction text differs from gold text")
    return gold_text if gold_text is not None else pred_text


def _index(docs: Sequence[dict[str, Any]], side: str) -> dict[str, dict[str, Any]]:
    """Map document ids to documents, refusing duplicate ids."""
    by_id: dict[str, dict[str, Any]] = {}
    for doc in docs:
        doc_id = str(doc["id"])
        if doc_id in by_id:
            raise QuotegraphError(f"duplicate {side} document id {doc_id!r}")
        by_id[doc_id] = doc
    return by_id


class _Scorer:
    """Accumulates the counts of every metric over the documents of one evaluation."""

    def __init__(self) -> None:
        self.rows = {key: _Tally() for key, _ in SCORE_ROWS}
        self.speaker = _Tally()  # tp = correct, gold = matched pairs
        self.cue_share = _Tally()
        self.by_type = {key: _Tally() for key in TYPE_KEYS}  # tp = partial, pred = exact

    def add_doc(self, text: str | None, gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> None:
        for key in ("exact", "partial", "e2e_partial", "e2e_exact"):
            self.rows[key].gold += len(gold)
            self.rows[key].pred += len(pred)
        for quote in gold:
            self.by_type[str(quote.get("type") or "null")].gold += 1
        for pair in pair_quotes(text, gold, pred):
            self.add_pair(pair)

    def add_pair(self, pair: Pair) -> None:
        type_tally = self.by_type[str(pair.gold.get("type") or "null")]
        type_tally.tp += pair.partial
        type_tally.pred += pair.exact
        self.rows["exact"].tp += pair.exact
        if not pair.partial:
            return
        same_speaker = speaker_matches(pair.gold, pair.pred)
        self.rows["partial"].tp += 1
        self.rows["e2e_partial"].tp += same_speaker
        self.rows["e2e_exact"].tp += same_speaker and pair.exact
        self.speaker.add(tp=same_speaker, gold=True, pred=False)
        gold_cue, pred_cue = _spans(pair.gold.get("cue")), _spans(pair.pred.get("cue"))
        cue_hit = overlap(gold_cue, pred_cue) > 0
        self.rows["cue"].add(tp=cue_hit, gold=bool(gold_cue), pred=bool(pred_cue))
        self.cue_share.add(tp=cue_hit, gold=True, pred=False)
        for key, row, same in _ATTRIBUTES:
            if key not in pair.gold:  # not annotated in this corpus: skip rather than count as absent
                continue
            gold_value, pred_value = pair.gold.get(key), pair.pred.get(key)
            hit = bool(gold_value and pred_value and same(str(gold_value), str(pred_value)))
            self.rows[row].add(tp=hit, gold=bool(gold_value), pred=bool(pred_value))

    def report(self, docs: int, missing: tuple[str, ...], extra: int) -> EvalReport:
        by_type = {key: TypeRecall(t.gold, t.tp, t.pred) for key, t in self.by_type.items() if t.gold}
        return EvalReport(
            docs=docs,
            missing_docs=missing,
            extra_docs=extra,
            scores={key: tally.freeze() for key, tally in self.rows.items()},
            speaker=Accuracy(self.speaker.tp, self.speaker.gold),
            cue_share=Accuracy(self.cue_share.tp, self.cue_share.gold),
            by_type=by_type,
        )


def evaluate(gold_docs: list[dict[str, Any]], pred_docs: list[dict[str, Any]]) -> EvalReport:
    """Score predictions against gold, with the definitions of ``docs/gold-format.md``.

    Documents are paired by ``id``. Within a document quotes are paired one-to-one, greedily by
    largest character overlap (:func:`~quotegraph.evaluation.spans.pair_quotes`); then, micro-averaged
    over all documents:

    - exact / partial: P/R/F1 of paired quotes whose trimmed spans are equal / whose prediction covers
      ≥ 50 % of the gold words. Every gold quote counts in recall and every predicted quote in precision.
    - speaker: accuracy over partially matched pairs (:func:`speaker_matches`; a null gold speaker
      matches a null or anonymous predicted speaker).
    - e2e partial / e2e exact: P/R/F1 of pairs that are span-matched (partial / exact) and whose
      speaker matches.
    - cue: over partially matched pairs, P/R/F1 of overlapping cues (gold = pairs with a gold cue,
      pred = pairs with a predicted cue); ``cue_share`` = overlapping cues / matched pairs.
    - role, venue, via, said_on: over partially matched pairs whose gold quote has the key at all
      (corpora that do not annotate a key are skipped), P/R/F1 where gold = pairs with a gold value,
      pred = pairs with a predicted value, tp = both present and agreeing (``values_match`` for text,
      ``dates_match`` for ``said_on``).
    - by_type: recall of gold quotes per ``type`` (``"null"`` when absent).

    A gold document without a prediction document counts all its quotes as false negatives and is
    listed in ``missing_docs``; prediction documents unknown to the gold are ignored and counted.

    Args:
        gold_docs: Gold documents in the gold format.
        pred_docs: Prediction documents in the same format (see ``to_eval_record``).

    Returns:
        The report.

    Raises:
        QuotegraphError: On duplicate document ids, or when a prediction's text differs from the gold.
    """
    gold_by_id, pred_by_id = _index(gold_docs, "gold"), _index(pred_docs, "prediction")
    scorer = _Scorer()
    missing = []
    for doc_id, gold_doc in gold_by_id.items():
        pred_doc = pred_by_id.get(doc_id)
        if pred_doc is None:
            missing.append(doc_id)
        pred_quotes = list(pred_doc.get("quotes") or []) if pred_doc else []
        scorer.add_doc(_text_of(gold_doc, pred_doc), list(gold_doc.get("quotes") or []), pred_quotes)
    extra = len(set(pred_by_id) - set(gold_by_id))
    return scorer.report(len(gold_by_id), tuple(missing), extra)
