"""From a parsed Doc to ``Attribution`` records: the stages in order, then conversion with evidence offsets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc

from quotegraph.extract.anonymity import names_withheld_purpose, withholds_name
from quotegraph.extract.attribute import find_candidates
from quotegraph.extract.audiences import addresses_audience
from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.cited_sources import cite_sources
from quotegraph.extract.content import with_subject_that
from quotegraph.extract.context import read_context
from quotegraph.extract.language import load_language
from quotegraph.extract.learned.conventions import APPLY
from quotegraph.extract.options import MODES, ExtractOptions
from quotegraph.extract.plain import PlainText, plain_text
from quotegraph.extract.questions import asks_who
from quotegraph.extract.relative_ends import end_at_relative_clause
from quotegraph.extract.resolve import resolve_speakers
from quotegraph.model import Article, Attribution, Evidence, Span, SpeakerRef
from quotegraph.registry import finders

# Rules whose attributions may have no speaker: the learned tagger's, passive cues without an agent and verbs of
# appearance ("X appears to ...").
_UNATTRIBUTED_RULES = {"learned", "verb_passive", "verb_raising"}
_SPEAKER_CONFIDENCE = {"person": 0.9, "organisation": 0.85, "anonymous": 0.8, "unknown": 0.5}


@finders.register("quotegraph.rules_finder.v1")
def find_by_rules(index: DocIndex) -> list[Candidate]:
    """The rule stages alone (``mode="rules"``, the fast path with no model)."""
    return find_candidates(index)


def _load_finders() -> None:
    """Import the modules that register the learned finders (they load no model until called)."""
    import quotegraph.extract.learned.fast
    import quotegraph.extract.learned.finder  # noqa: F401


def find_attributions(doc: Doc, article: Article, options: ExtractOptions | None = None) -> list[Candidate]:
    """Run the stages (find by the mode's finder, cut to the convention, resolve, read context, drop requests for
    anonymity and questions about who spoke).

    Args:
        doc: The parsed article.
        article: The article.
        options: ``mode`` picks the finder, ``convention`` the span convention.

    Returns:
        The working candidates with a speaker (learned attributions may also have none).
    """
    opts = options or ExtractOptions()
    _load_finders()
    index = DocIndex(doc, load_language(article.lang))
    candidates = _without_orphans(APPLY[opts.convention](index, finders.get(MODES[opts.mode])(index)))
    end_at_relative_clause(index, candidates)
    with_subject_that(index, candidates)
    own = opts.convention == "quotegraph"
    # "KCNA, citing a spokesman, said A" is the spokesman's report; PolNeAR marks the medium's
    citing = cite_sources(index, candidates) if own else set()
    resolve_speakers(index, candidates)
    read_context(index, candidates, article.published)
    kept = [c for c in candidates if c.name is not None or c.kind == "anonymous" or c.rule in _UNATTRIBUTED_RULES]
    kept = [c for c in kept if c.cue_token not in citing]  # "citing a source": the source is the speaker
    # a request for anonymity, its purpose or an audience addressed is no statement in the project's convention;
    # PolNeAR marks some
    return _one_per_content([c for c in kept if not asks_who(index, c) and not (own and _no_statement(index, c))])


def _no_statement(index: DocIndex, cand: Candidate) -> bool:
    """A request for anonymity, its purpose, or an audience addressed: no statement in the project's convention."""
    return withholds_name(index, cand) or names_withheld_purpose(index, cand) or addresses_audience(index, cand)


def _one_per_content(candidates: list[Candidate]) -> list[Candidate]:
    """Of attributions with the same content span, keep the likelier: one whose cue lies outside the content, then
    the more confident.

    The learned finders and the project's convention can credit one span twice (a quotation to the name before it
    and to a verb inside it: "*Bryan already asserted his right*," MacDougall said); a content is one statement,
    and its id, the content's offsets, names one attribution.
    """
    best: dict[tuple[tuple[int, int], tuple[tuple[int, int], ...]], Candidate] = {}
    for cand in candidates:
        key = (cand.content, tuple(cand.fragments))
        kept = best.get(key)
        if kept is None or _likelihood(cand) > _likelihood(kept):
            best[key] = cand
    return [c for c in candidates if best[(c.content, tuple(c.fragments))] is c]


def _likelihood(cand: Candidate) -> tuple[bool, float]:
    outside = cand.cue is not None and (cand.cue[1] <= cand.content[0] or cand.cue[0] >= cand.content[1])
    return outside, cand.confidence * _speaker_confidence(cand)


def _speaker_confidence(cand: Candidate) -> float:
    return _SPEAKER_CONFIDENCE.get(cand.kind, 0.5) * (0.85 if cand.inherited_from else 1.0)


def _without_orphans(candidates: list[Candidate]) -> list[Candidate]:
    """A floating quote whose source attribution lost the merge stands on the speaker and cue it copied.

    Resolution fills only the candidates in the list, so a quote still inheriting from a dropped one would
    end with no speaker and be discarded.
    """
    kept = {id(c) for c in candidates}
    for cand in candidates:
        if cand.inherited_from is not None and id(cand.inherited_from) not in kept:
            cand.inherited_from = None
    return candidates


def attributions_from_doc(doc: Doc, article: Article, options: ExtractOptions | None = None) -> list[Attribution]:
    """Extract the attributions of one parsed article.

    Args:
        doc: The article parsed by the language's spaCy pipeline: its text, or ``plain.for_parsing`` of it.
        article: The article; its ``published`` date anchors relative statement dates.
        options: Extraction options (``mode``, ``convention``); defaults apply when omitted.

    Returns:
        Attributions in text order, each span holding the article's own characters.
    """
    back = PlainText(article.text) if doc.text == article.text else plain_text(article.text)
    if doc.text != back.text:
        raise ValueError(f"article {article.id!r}: the Doc's text is neither the article's nor plain_text's of it")
    return [_to_record(c, article.text, article.id, back) for c in find_attributions(doc, article, options)]


def _to_record(cand: Candidate, text: str, article_id: str, back: PlainText) -> Attribution:
    def span(start: int, end: int) -> Span:
        return Span.of(text, back.article_start(start), back.article_end(end))

    speaker_conf = _speaker_confidence(cand)
    speaker = SpeakerRef(
        name=" ".join(cand.name.split()) if cand.name else cand.name,  # a Doc not read by for_parsing: "Pat\xa0Lee"
        kind=cand.kind,  # type: ignore[arg-type]
        mentions=tuple(span(s, e) for s, e in cand.mentions),
        role=_moved(cand.role, span) if cand.role else None,
        confidence=speaker_conf,
    )
    return Attribution(
        article_id=article_id,
        type=cand.type,  # type: ignore[arg-type]
        content=span(*cand.content),
        fragments=tuple(span(s, e) for s, e in cand.fragments),
        cue=span(*cand.cue) if cand.cue else None,
        speaker=speaker,
        addressee=_moved(cand.addressee, span) if cand.addressee else None,
        venue=_moved(cand.venue, span) if cand.venue else None,
        via=tuple(_moved(v, span) for v in cand.via),
        said_on=_moved(cand.said_on, span) if cand.said_on else None,
        confidence=round(cand.confidence * speaker_conf, 3),
        meta={"rule": cand.rule},
    )


def _moved(evidence: Evidence, span: Callable[[int, int], Span]) -> Evidence:
    """The evidence with its span in the article's offsets and characters (``span`` maps the parsed text's)."""
    return evidence if evidence.span is None else replace(evidence, span=span(evidence.span.start, evidence.span.end))
