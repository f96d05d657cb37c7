"""Count the kinds of attribution errors on a gold file (for the model card), from gold and prediction files.

Usage: python training/error_analysis.py GOLD PRED [--show N] [--missed]

Kinds: missed quote, spurious quote, start boundary, end boundary (span-matched but not exact), wrong speaker,
wrong or missing cue. With ``--show`` it prints up to N short examples per kind to the terminal (for reading
only; never copy corpus text into the repository). With ``--missed`` it also counts the missed quotes by what
their content is (``content_shape``: a noun phrase, a clause, ...) and by whether any prediction has a cue on the
gold cue.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import Any

from quotegraph.evaluation.gold import load_gold, load_predictions
from quotegraph.evaluation.scoring import speaker_matches
from quotegraph.evaluation.spans import pair_quotes, trim

# What a content opens with, when that says what it is before its root does.
_OPENERS = {"that": "that-clause", "to": "to-infinitive"} | dict.fromkeys(
    ("how", "what", "why", "whether", "if", "when", "who"), "wh-clause"
)
_ROOTS = dict.fromkeys(("VERB", "AUX"), "clause") | dict.fromkeys(("NOUN", "PROPN", "PRON", "NUM"), "noun phrase")


def _kinds(text: str, gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[tuple[str, str]]:
    out = []
    pairs = pair_quotes(text, gold, pred)
    paired_gold = {id(p.gold) for p in pairs}
    paired_pred = {id(p.pred) for p in pairs}
    for quote in gold:
        if id(quote) not in paired_gold:
            out.append((f"missed {quote.get('type')}", text[quote["start"] : quote["end"]]))
    for quote in pred:
        if id(quote) not in paired_pred:
            out.append((f"spurious {quote.get('type')}", text[quote["start"] : quote["end"]]))
    for pair in pairs:
        g, p = trim(text, pair.gold["start"], pair.gold["end"]), trim(text, pair.pred["start"], pair.pred["end"])
        if not pair.partial:
            out.append(("overlap below half", f"G[{text[slice(*g)]}] P[{text[slice(*p)]}]"))
            continue
        if g[0] != p[0]:
            out.append(("start boundary", f"G[{text[g[0] : g[0] + 60]}] P[{text[p[0] : p[0] + 60]}]"))
        if g[1] != p[1]:
            out.append(("end boundary", f"G[...{text[g[1] - 60 : g[1]]}] P[...{text[p[1] - 60 : p[1]]}]"))
        if not speaker_matches(pair.gold, pair.pred):
            out.append(("wrong speaker", f"G {pair.gold.get('speaker')!r} P {pair.pred.get('speaker')!r}"))
        cue = pair.gold.get("cue")
        pcue = pair.pred.get("cue")
        if cue and not (pcue and min(cue[1], pcue[1]) > max(cue[0], pcue[0])):
            shown = text[pcue[0] : pcue[1]] if pcue else None
            out.append(("wrong cue", f"G {text[cue[0] : cue[1]]!r} P {shown!r}"))
    return out


def content_shape(nlp: Any, content: str) -> str:
    """What a content is, by its first word or else the root of its parse: "noun phrase", "clause",
    "that-clause", "to-infinitive", "wh-clause", or "other" (a preposition's phrase, an adjective, ...)."""
    doc = nlp(content)
    if not len(doc):
        return "other"
    if doc[0].lower_ in _OPENERS:
        return _OPENERS[doc[0].lower_]
    root = next((token for token in doc if token.head.i == token.i), doc[0])
    return _ROOTS.get(root.pos_, "other")


def missed_kinds(nlp: Any, text: str, gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[str]:
    """For each gold quote no prediction pairs with: "missed TYPE: SHAPE" and, when it has a cue that no
    prediction's cue overlaps, "missed TYPE: no predicted cue on the gold cue"."""
    paired = {id(p.gold) for p in pair_quotes(text, gold, pred)}
    cues = [q["cue"] for q in pred if q.get("cue")]
    out = []
    for quote in gold:
        if id(quote) in paired:
            continue
        kind = f"missed {quote.get('type')}"
        out.append(f"{kind}: {content_shape(nlp, text[quote['start'] : quote['end']])}")
        cue = quote.get("cue")
        if cue and not any(min(cue[1], c[1]) > max(cue[0], c[0]) for c in cues):
            out.append(f"{kind}: no predicted cue on the gold cue")
    return out


def main() -> None:
    """Print error counts (and optionally examples) by kind."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("pred", type=Path)
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--missed", action="store_true", help="Count missed quotes by shape and by cue.")
    args = parser.parse_args()
    nlp = None
    if args.missed:
        import spacy

        from quotegraph.settings import get_setting

        nlp = spacy.load(get_setting("spacy_model"))
    preds = {d["id"]: d for d in load_predictions(args.pred)}
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    for doc in load_gold(args.gold):
        pred = preds.get(doc["id"], {"quotes": []})
        for kind, example in _kinds(doc["text"], doc["quotes"], pred["quotes"]):
            counts[kind] += 1
            examples.setdefault(kind, []).append(example)
        if nlp is not None:
            counts.update(missed_kinds(nlp, doc["text"], doc["quotes"], pred["quotes"]))
    for kind, count in counts.most_common():
        print(f"{count:6d}  {kind}")
        for example in examples.get(kind, [])[: args.show]:
            print("        ", example[:220].replace("\n", " "))


if __name__ == "__main__":
    main()
