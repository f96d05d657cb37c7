"""The merge selector: where a rule attribution and a learned one cover the same content, which span to keep.

A small gradient-boosted tree ensemble, trained on PolNeAR train by ``training/train_selector.py``, scores each
overlapping pair from what both sides know: the rule that fired and its confidence, the tagger's probability,
the quote types, how the two spans differ (which starts first, which ends later, sentences and paragraphs
crossed, the first word of each), and where the tagger's content probabilities would start and end each span.
The trees are stored as plain JSON arrays and walked with NumPy here, so inference needs neither scikit-learn nor
any other training library.
"""

from __future__ import annotations

import math
from functools import cache
from pathlib import Path

import numpy as np

from quotegraph.evaluation.spans import trim
from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.learned.candidates import has_verb
from quotegraph.extract.learned.tagger import Tagging
from quotegraph.extract.learned.trees import Trees, read_model_file

SELECTOR_PATH = Path(__file__).resolve().parents[2] / "models" / "attribution" / "selector.json"
TRAIN_COMMAND = (
    "python training/cpu_tagger.py && python training/train_selector.py --train-tagger training/work/cpu-tagger"
)
# The selector is trained on exact-span labels only; a rule's span also brings its parse-read speaker and cue, so
# the learned span has to be clearly better. Tuned on PolNeAR dev (polnear convention, accurate exact / partial /
# end-to-end F1) with the GPU-trained tagger and the finder's LEARNED_ALONE_FLOOR: 0.7 / 0.75 / 0.8 / 0.85 gave
# 67.5 / 84.5 / 77.8, 67.5 / 84.6 / 78.0, 67.2 / 84.6 / 78.1, 67.0 / 84.4 / 78.2. The CPU-trained tagger had 0.7.
LEARNED_WINS_ABOVE = 0.8
# Words that open a content span and say what kind of span it is; any other first word is "other".
_OPENERS = frozenset(
    {"that", "to", "how", "whether", "what", "if", "why", "for", "as", "the", "a", "he", "she", "they"}
)


def first_word(text: str, span: tuple[int, int], quote_marks: frozenset[str]) -> str:
    """What a span opens with: "quote" for a quotation mark, one of ``_OPENERS``, else "other"."""
    piece = text[span[0] : span[1]].lstrip()
    if piece[:1] in quote_marks:
        return "quote"
    word = piece.split(maxsplit=1)[0].lower() if piece.strip() else ""
    return word if word in _OPENERS else "other"


def sentence_count(index: DocIndex, span: tuple[int, int]) -> int:
    """How many sentences a span reaches into (0 for a span no token lies in)."""
    piece = index.doc.char_span(span[0], span[1], alignment_mode="expand")
    if piece is None or not len(piece):
        return 0
    # Counting the sentence starts inside the span: ``token.sent`` would look for each token's sentence again.
    return 1 + sum(1 for token in piece[1:] if token.is_sent_start)


def ends_sentence(index: DocIndex, span: tuple[int, int]) -> bool:
    """Whether a span's last token ends its sentence, punctuation aside."""
    piece = index.doc.char_span(span[0], span[1], alignment_mode="expand")
    if piece is None or not len(piece):
        return False
    last = piece[-1]
    following = [t for t in index.doc[last.i + 1 : last.i + 3] if not t.is_punct and not t.is_space]
    return bool(last.is_sent_end) or not following or bool(following[0].is_sent_start)


def reading(tagging: Tagging, span: tuple[int, int], side: str) -> dict[str, float]:
    """How the tagger's content probabilities read one span: the start and end it would put there, and holes."""
    firsts, lasts = tagging.pieces(np.array([span[0]]), np.array([span[1]]))
    first, last = int(firsts[0]), int(lasts[0])
    probs = tagging.content
    if last < first or first >= len(probs):
        return {}
    inside = 1.0 - probs[first : last + 1, 0]
    after = probs[last + 1 : last + 3, 0]
    return {
        f"{side}_start_b": float(probs[first, 1]),
        f"{side}_before_o": float(probs[first - 1, 0]) if first > 0 else 1.0,
        f"{side}_after_o": float(after.max()) if len(after) else 1.0,
        f"{side}_inside_min": float(inside.min()),
        f"{side}_inner_b": float(probs[first + 1 : last + 1, 1].max()) if last > first else 0.0,
    }


def pair_features(
    index: DocIndex,
    rule: Candidate,
    learned: Candidate,
    rivals: tuple[int, int],
    tagging: Tagging,
) -> dict[str, float]:
    """The features of one overlapping (rule, learned) pair, by name.

    Args:
        index: The Doc's shared lookups.
        rule: The rule attribution.
        learned: The learned attribution whose content overlaps the rule's most.
        rivals: How many learned attributions overlap the rule's content, and how many rule attributions
            overlap the learned one's.
        tagging: The tagger's reading of the text (a span it saw no piece of gets none of its features).

    Returns:
        Feature values; categorical ones are ``name=value`` keys with value 1.
    """
    text = index.text
    (r0, r1), (l0, l1) = trim(text, *rule.content), trim(text, *learned.content)  # as gold spans are compared
    marks = index.lang.quote_marks.characters
    read = reading(tagging, (r0, r1), "rule") | reading(tagging, (l0, l1), "learned")
    return read | {
        f"rule={rule.rule}": 1.0,
        f"rule_type={rule.type}": 1.0,
        f"learned_type={learned.type}": 1.0,
        f"rule_first={first_word(text, rule.content, marks)}": 1.0,
        f"learned_first={first_word(text, learned.content, marks)}": 1.0,
        "rule_confidence": rule.confidence,
        "learned_confidence": learned.confidence,
        "length_ratio": math.log((l1 - l0 + 1) / (r1 - r0 + 1)),
        "start_delta": float(np.sign(l0 - r0)),
        "end_delta": float(np.sign(l1 - r1)),
        "verbless": float(not has_verb(index, learned.content)),
        "rule_sentences": float(min(sentence_count(index, rule.content), 5)),
        "learned_sentences": float(min(sentence_count(index, learned.content), 5)),
        "rule_paragraphs": float("\n" in text[r0:r1]),
        "learned_paragraphs": float("\n" in text[l0:l1]),
        "rule_ends_sentence": float(ends_sentence(index, rule.content)),
        "learned_ends_sentence": float(ends_sentence(index, learned.content)),
        "that_before_rule": float(text[max(0, r0 - 5) : r0].strip().lower() == "that"),
        "learned_rivals": float(min(rivals[0], 3)),
        "rule_rivals": float(min(rivals[1], 3)),
        "rule_cue_inside_learned": float(rule.cue is not None and l0 <= rule.cue[0] and rule.cue[1] <= l1),
    }


@cache
def load_selector(path: str | None = None) -> Trees:
    """The process-wide selector (loaded on first use).

    Raises:
        ModelMissingError: When the selector file is not there.
    """
    return Trees.from_json(read_model_file(Path(path) if path else SELECTOR_PATH, "merge selector", TRAIN_COMMAND))


def learned_wins(
    index: DocIndex, rule: Candidate, learned: Candidate, rivals: tuple[int, int], tagging: Tagging
) -> bool:
    """True when the selector prefers the learned attribution's span to the rule's."""
    trees = load_selector()
    features = pair_features(index, rule, learned, rivals, tagging)
    return trees.probability(trees.vector(features)) > LEARNED_WINS_ABOVE
