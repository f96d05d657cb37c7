"""The linking entry points: ``link_speakers``, ``link_statements`` and ``link`` over extraction results."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from quotegraph.link.index import LinkIndex
from quotegraph.link.options import LinkOptions
from quotegraph.link.speakers import SpeakerLinks
from quotegraph.link.statements import StatementLinks
from quotegraph.model import ExtractionResult


@dataclass(frozen=True)
class Links:
    """Speakers and statements linked together over one set of articles."""

    speakers: SpeakerLinks
    statements: StatementLinks


def link_speakers(results: Iterable[ExtractionResult], options: LinkOptions | None = None) -> SpeakerLinks:
    """Link the speakers of many articles into identities.

    Names are compared after titles and honorifics are stripped, accents folded and transliterations reduced
    to one skeleton (Sergey/Sergei, Zelensky/Zelenskyy); a surname alone, an initial or an acronym joins the
    one identity it fits, using roles, the names around it and copies of its quotes when several fit;
    people and organisations never merge; a title alone ("the energy minister") joins the person seen in
    that role at that time. Speaker ids derive from each identity's canonical key.

    Args:
        results: Extraction results (articles with attributions).
        options: Linking options; defaults apply when omitted.

    Returns:
        Attribution id -> speaker id, and the speakers with aliases, role histories and external ids.
    """
    index = LinkIndex(options, statements=False)
    index.add(results)
    return index.speaker_links()


def link_statements(results: Iterable[ExtractionResult], options: LinkOptions | None = None) -> StatementLinks:
    """Group the attributions of many articles into statements (reports of one utterance).

    Reports join when they are by one speaker, dated within ``options.window_days`` of each other, and
    worded alike (wire copies, light edits) or, with the embedding linker, alike in meaning (paraphrases,
    translations); stated dates, venues or numbers that differ keep them apart. Reports with no named
    speaker join only near-verbatim copies.

    Args:
        results: Extraction results (articles with attributions).
        options: Linking options; defaults apply when omitted.

    Returns:
        Attribution id -> statement id, and the statements with their earliest report, venue, outlets and
        languages.
    """
    return link(results, options).statements


def link(results: Iterable[ExtractionResult], options: LinkOptions | None = None) -> Links:
    """Link speakers and statements in one pass (the statements use the speakers found).

    Args:
        results: Extraction results (articles with attributions).
        options: Linking options; defaults apply when omitted.

    Returns:
        Both sets of links.
    """
    index = LinkIndex(options)
    index.add(results)
    return Links(index.speaker_links(), index.statement_links())
