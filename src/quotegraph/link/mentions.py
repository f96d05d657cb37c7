"""Speaker mentions (one name in one article) and the families of names that may refer to one another."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from quotegraph.link.aliases import AliasEntry, AliasTable
from quotegraph.link.names import (
    FUZZY_MIN_LEN,
    NameForm,
    compatible,
    is_pronoun,
    looks_like_org,
    parse_org,
    parse_person,
)
from quotegraph.link.options import LinkMethod
from quotegraph.link.records import LinkRecord
from quotegraph.link.words import fold

#: Kinds a mention is linked as: people and organisations across articles, the rest within one article only.
LINKED_KINDS = ("person", "organisation")
_SEP = "\x1f"


@dataclass(frozen=True)
class Mention:
    """One speaker name as one article gives it, with every attribution credited to it there.

    Attributes:
        key: Unique within an index: article id, kind and name.
        article_id: The article.
        kind: ``person``, ``organisation``, ``anonymous`` (a source described, not named) or ``none``.
        name: The name as extracted ("" when there was none).
        form: The parsed name (the pinned canonical name when an alias matched).
        pinned: The alias entry that matched, if any.
        roles: The roles given to the speaker in this article, and the title read off the name.
        stated_roles: The roles the extractor gave (not read off the name); only these can contradict.
        days: The statement dates (day numbers) of its attributions.
        attribution_ids: Its attributions, sorted.
    """

    key: str
    article_id: str
    kind: str
    name: str
    form: NameForm
    pinned: AliasEntry | None
    roles: tuple[str, ...]
    stated_roles: tuple[str, ...]
    days: tuple[int, ...]
    attribution_ids: tuple[str, ...]

    @property
    def title_only(self) -> bool:
        """Whether the speaker is given only by a description ("the energy minister")."""
        return self.form.title_only


def kind_of(record: LinkRecord, method: LinkMethod) -> str:
    """Return the kind a record's speaker is linked as (organisation words override the extractor's person)."""
    if not record.name:
        return "none"
    if record.kind == "anonymous":
        return "anonymous"
    if not method.fuzzy_names:
        return "organisation" if record.kind == "organisation" else "person"
    if is_pronoun(record.name):
        return "none"
    if record.kind == "organisation" or looks_like_org(record.name):
        return "organisation"
    return "person"


def mention_key(article_id: str, kind: str, name: str) -> str:
    """The key of the mention of ``name`` as ``kind`` in an article."""
    return _SEP.join((article_id, kind, name))


def _form(kind: str, name: str, method: LinkMethod) -> NameForm:
    if not method.fuzzy_names:
        text = " ".join(name.split())
        return NameForm(text, (fold(text),) if text else ())
    return parse_org(name) if kind == "organisation" else parse_person(name)


def build_mentions(records: Iterable[LinkRecord], method: LinkMethod, aliases: AliasTable) -> list[Mention]:
    """Group records into mentions: one per (article, kind, name).

    Args:
        records: The records of one or more whole articles.
        method: The linking method (decides how names are parsed).
        aliases: Pinned identities; a matching name takes its entry's canonical form.

    Returns:
        The mentions, sorted by key.
    """
    groups: dict[str, list[LinkRecord]] = defaultdict(list)
    for record in records:
        kind = kind_of(record, method)
        groups[mention_key(record.article_id, kind, record.name or "")].append(record)
    mentions = []
    for key, members in sorted(groups.items()):
        article_id, kind, name = key.split(_SEP)
        form = _form(kind, name, method) if kind in LINKED_KINDS else NameForm(name, ())
        pinned = aliases.lookup(kind, form) if kind in LINKED_KINDS and method.fuzzy_names else None
        if pinned is not None:
            form = pinned.form()
        stated = {r.role.strip() for r in members if r.role and r.role.strip()}
        roles = stated | ({form.title} if form.title and not form.title_only else set())
        days = sorted({d for d in (r.day for r in members) if d is not None})
        ids = tuple(sorted(r.id for r in members))
        mentions.append(
            Mention(
                key, article_id, kind, name, form, pinned, tuple(sorted(roles)), tuple(sorted(stated)), tuple(days), ids
            )
        )
    return mentions


def raw_family(mention: Mention, method: LinkMethod) -> str | None:
    """The family a mention belongs to before spelling variants are joined, or ``None`` if it links alone.

    People are grouped by surname skeleton, organisations by acronym (or their one word); with exact names,
    by the whole name. Title-only, anonymous and unnamed speakers have no family.
    """
    if mention.kind not in LINKED_KINDS or not mention.form.keys:
        return None
    if not method.fuzzy_names:
        return f"x:{mention.kind}:{mention.form.keys[0]}"
    if mention.title_only:
        return None
    if mention.kind == "organisation":
        return f"o:{mention.form.acronym or mention.form.keys[0]}"
    return f"p:{mention.form.surname}"


def deletions(key: str) -> set[str]:
    """The key and every string one deletion away: two keys one edit apart share one of these."""
    return {key} | {key[:i] + key[i + 1 :] for i in range(len(key))}


class FamilyUnion:
    """Union-find over raw families; a joined family is named by its smallest raw family (order-independent)."""

    def __init__(self) -> None:
        self._parent: dict[str, str] = {}
        self._members: dict[str, set[str]] = {}

    def members(self, root: str) -> set[str]:
        """The raw families joined under ``root``."""
        return self._members.get(root, {root})

    def find(self, family: str) -> str:
        """The joined family of a raw family (itself when it was never joined)."""
        root = family
        while self._parent.get(root, root) != root:
            root = self._parent[root]
        while self._parent.get(family, family) != root:
            self._parent[family], family = root, self._parent[family]
        return root

    def add(self, families: Iterable[str]) -> None:
        """Register raw families (each its own family until joined)."""
        for family in families:
            if family not in self._parent:
                self._parent[family] = family
                self._members[family] = {family}

    def union(self, a: str, b: str) -> None:
        """Join the families of two raw families."""
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            low, high = sorted((root_a, root_b))
            self._parent[high] = low
            self._members[low] |= self._members.pop(high)


class Bridges:
    """Finds person families that must be resolved together: surnames one edit apart (Gaddafi/Kadafi) that
    either belong to compatible full names or appear in the same article.

    Joining only these, not every pair of surnames one edit apart, keeps families small in a large corpus. A
    pair is found from whichever of its two mentions arrives last, so the joins do not depend on order.
    """

    def __init__(self) -> None:
        self._forms: dict[str, set[NameForm]] = defaultdict(set)
        self._articles: dict[str, set[str]] = defaultdict(set)
        self._by_deletion: dict[str, set[str]] = defaultdict(set)

    def register(self, mentions: Iterable[Mention]) -> None:
        """Index the surnames, full names and articles of person mentions."""
        for mention in mentions:
            surname = mention.form.surname
            if mention.kind != "person" or mention.title_only or len(surname) < FUZZY_MIN_LEN:
                continue
            if mention.form.is_full:
                self._forms[surname].add(mention.form)
            self._articles[surname].add(mention.article_id)
            for deletion in deletions(surname):
                self._by_deletion[deletion].add(surname)

    def pairs(self, mentions: Iterable[Mention]) -> list[tuple[str, str]]:
        """Raw family pairs to join for these (registered) mentions."""
        out = set()
        for mention in mentions:
            surname = mention.form.surname
            if mention.kind != "person" or mention.title_only or len(surname) < FUZZY_MIN_LEN:
                continue
            near = {t for d in deletions(surname) for t in self._by_deletion.get(d, ()) if t != surname}
            for other in sorted(near):
                if Levenshtein.distance(surname, other, score_cutoff=1) > 1:
                    continue
                same_article = mention.article_id in self._articles[other]
                if same_article or (mention.form.is_full and self._compatible(mention.form, other)):
                    out.add((f"p:{surname}", f"p:{other}"))
        return sorted(out)

    def _compatible(self, form: NameForm, surname: str) -> bool:
        return any(compatible(form, other, fuzzy=True) for other in self._forms.get(surname, ()))
