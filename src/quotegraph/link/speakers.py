"""Speaker records across articles: stable ids from canonical keys, display names, aliases and role histories."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from quotegraph.link.aliases import AliasTable
from quotegraph.link.mentions import Mention
from quotegraph.link.names import role_key, specificity
from quotegraph.link.roles import role_history
from quotegraph.link.words import fold
from quotegraph.model import Speaker, SpeakerKind

#: Identity keys starting with this are local to one article: anonymous, unnamed or unresolved descriptions.
LOCAL = "local|"


@dataclass(frozen=True)
class SpeakerLinks:
    """Speakers found across articles.

    Attributes:
        by_attribution: Attribution id -> speaker id, for every attribution.
        speakers: Speaker id -> speaker.
    """

    by_attribution: dict[str, str]
    speakers: dict[str, Speaker]

    def speaker_of(self, attribution_id: str) -> Speaker | None:
        """The speaker an attribution is credited to, or ``None`` for an unknown attribution id."""
        speaker_id = self.by_attribution.get(attribution_id)
        return self.speakers.get(speaker_id) if speaker_id else None


def speaker_id(identity: str) -> str:
    """The stable id of an identity: a digest of its canonical key, so re-ingesting gives the same id.

    Args:
        identity: The identity key ("person|sergei volkov", "organisation|european union").

    Returns:
        ``sp-`` and 12 hex digits.
    """
    return "sp-" + hashlib.sha1(identity.encode("utf-8")).hexdigest()[:12]


def local_identity(mention: Mention) -> str:
    """The identity of a mention that links within its article only (anonymous, unnamed, unresolved title)."""
    if mention.kind == "none":
        return f"{LOCAL}none|{mention.article_id}"
    if mention.title_only:
        described = " ".join(role_key(mention.form.title or "")) or fold(mention.name)
        return f"{LOCAL}title|{mention.article_id}|{described}"
    return f"{LOCAL}{mention.kind}|{mention.article_id}|{fold(' '.join(mention.name.split()))}"


def is_linked(identity: str) -> bool:
    """Whether an identity links across articles (a named person or organisation)."""
    return not identity.startswith(LOCAL)


def _display_name(identity: str, mentions: Sequence[Mention]) -> str:
    """The name shown for an identity: the pinned name, else the fullest name written most often."""
    pinned = sorted({m.pinned.name for m in mentions if m.pinned is not None})
    if pinned:
        return pinned[0]
    named = [m for m in mentions if m.form.keys and not m.title_only] or list(mentions)
    counts = Counter(m.form.text or m.name for m in named for _ in m.attribution_ids)
    best = max(specificity(m.form) for m in named)
    fullest = {m.form.text or m.name for m in named if specificity(m.form) == best}
    return min(fullest, key=lambda text: (-counts[text], -len(text), text))


def _kind(identity: str) -> SpeakerKind:
    if identity.startswith(f"{LOCAL}none|"):
        return "unknown"
    if not is_linked(identity):
        return "anonymous"
    return "organisation" if identity.startswith("organisation|") else "person"


def build_speaker(identity: str, mentions: Sequence[Mention], aliases: AliasTable) -> Speaker:
    """Build the speaker record of an identity from all of its mentions.

    Args:
        identity: The identity key.
        mentions: Every mention resolved to it.
        aliases: The alias table, for the external id of a pinned or canonical name.

    Returns:
        The speaker, with aliases (other names it was given, titles stripped) and role history.
    """
    name = _display_name(identity, mentions)
    kind = _kind(identity)
    written = {m.form.text for m in mentions if m.form.keys and not m.title_only and m.form.text}
    written |= {
        a for m in mentions if m.pinned is not None for a in m.pinned.aliases if a in {x.name for x in mentions}
    }
    external = sorted({m.pinned.external_id for m in mentions if m.pinned is not None and m.pinned.external_id})
    if not external and is_linked(identity):
        entry = aliases.canonical(kind, tuple(identity.split("|", 1)[1].split()))
        external = [entry.external_id] if entry and entry.external_id else []
    return Speaker(
        id=speaker_id(identity),
        name=name,
        kind=kind,
        aliases=tuple(sorted(written - {name})),
        roles=role_history(mentions),
        external_id=external[0] if external else None,
    )
