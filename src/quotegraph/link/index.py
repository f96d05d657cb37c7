"""``LinkIndex``: incremental linking state; new articles re-link only the name families and speakers they touch."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from quotegraph.link.aliases import load_aliases
from quotegraph.link.blocks import UNNAMED, StatementBlocks
from quotegraph.link.encoders import VectorCache
from quotegraph.link.mentions import Bridges, FamilyUnion, Mention, build_mentions, raw_family
from quotegraph.link.names import NameForm
from quotegraph.link.neardup import NearDupIndex
from quotegraph.link.options import LinkOptions
from quotegraph.link.records import LinkInput, LinkRecord, link_input
from quotegraph.link.resolve import ResolveContext, resolve_organisations, resolve_people
from quotegraph.link.roles import RoleHolder, RoleSimilarity, TitleContext, resolve_title
from quotegraph.link.speakers import SpeakerLinks, build_speaker, is_linked, local_identity, speaker_id
from quotegraph.link.statements import PairScorer, StatementLinks
from quotegraph.link.texts import lexical_similarity, text_features
from quotegraph.model import ExtractionResult, Speaker, Statement


@dataclass(frozen=True)
class LinkDelta:
    """What one ``LinkIndex.add`` changed: ids of speakers and statements to write or delete in a store."""

    speakers_changed: tuple[str, ...]
    speakers_removed: tuple[str, ...]
    statements_changed: tuple[str, ...]
    statements_removed: tuple[str, ...]


class LinkIndex:
    """Speakers and statements for every article added so far, updated incrementally.

    ``add`` re-links only what new articles touch: the name families of their speakers (and of speakers
    whose quotes they copy), title-only mentions, and the statements of speakers whose reports changed.
    The result is the same as linking every article from scratch. ``save`` and ``load`` keep the state as
    JSON plus NumPy arrays (no pickle).

    Args:
        options: Linking options; the linker, alias file and encoder are fixed for the index's life.
        statements: Also cluster statements (``link_speakers`` turns this off).
    """

    def __init__(self, options: LinkOptions | None = None, *, statements: bool = True) -> None:
        self.options = options or LinkOptions()
        self.method = self.options.method
        self.with_statements = statements
        self.aliases = load_aliases(self.options.alias_file)
        self.records: dict[str, LinkRecord] = {}
        self.contexts: dict[str, tuple[str, ...]] = {}
        self.article_records: dict[str, list[str]] = {}
        self.neardup = NearDupIndex() if self.method.fuzzy_text or self.method.fuzzy_names else None
        self.by_text: dict[str, set[str]] = defaultdict(set)
        self.partners: dict[str, set[str]] = defaultdict(set)
        self.vectors = VectorCache(self.options.encoder) if self.method.embeddings else None
        self.mentions: dict[str, Mention] = {}
        self.mention_of: dict[str, str] = {}
        self.families = FamilyUnion()
        self.bridges = Bridges()
        self.family_members: dict[str, set[str]] = defaultdict(set)
        self.identity_of: dict[str, str] = {}
        self.identity_members: dict[str, set[str]] = defaultdict(set)
        self.speakers: dict[str, Speaker] = {}
        self.speaker_of: dict[str, str] = {}
        self.blocks = StatementBlocks()
        self.role_similarity = RoleSimilarity(self.vectors, self.options.role_threshold)
        self._dirty_families: set[str] = set()
        self._moves: dict[str, str | None] = {}
        self._touched_speakers: set[str] = set()

    def __len__(self) -> int:
        return len(self.records)

    @property
    def statement_of(self) -> dict[str, str]:
        """Attribution id -> statement id."""
        return self.blocks.statement_of

    @property
    def statements(self) -> dict[str, Statement]:
        """Statement id -> statement."""
        return self.blocks.statements

    # ----- public API -----------------------------------------------------------------------------------

    def add(self, results: Iterable[ExtractionResult]) -> LinkDelta:
        """Link new articles into the index; an article already present is replaced (re-ingest).

        Args:
            results: Extraction results; each article's attributions become linkable records.

        Returns:
            The speakers and statements that were created, changed or removed (what a store must write).
        """
        self._touched_speakers.clear()
        batch = link_input(results)
        dirty_mentions = self._remove_articles({r.article_id for r in batch.records} | set(batch.contexts))
        dirty_mentions |= self._insert(batch)
        changed = self._relink_speakers(dirty_mentions)
        if self.with_statements:
            self._relink_statements(changed)
        self._moves.clear()
        return self._delta()

    def _delta(self) -> LinkDelta:
        speakers = self._touched_speakers
        statements = self.blocks.take_touched()
        return LinkDelta(
            speakers_changed=tuple(sorted(s for s in speakers if s in self.speakers)),
            speakers_removed=tuple(sorted(s for s in speakers if s not in self.speakers)),
            statements_changed=tuple(sorted(s for s in statements if s in self.statements)),
            statements_removed=tuple(sorted(s for s in statements if s not in self.statements)),
        )

    def save(self, path: str | Path) -> Path:
        """Write the index to a folder (``index.json`` and ``arrays.npz``); see ``link.persist``."""
        from quotegraph.link.persist import save_index

        return save_index(self, path)

    @classmethod
    def load(cls, path: str | Path) -> LinkIndex:
        """Read an index written by ``save``."""
        from quotegraph.link.persist import load_index

        return load_index(path)

    def speaker_links(self) -> SpeakerLinks:
        """The speakers linked so far: attribution id -> speaker id, and the speakers."""
        return SpeakerLinks(dict(self.speaker_of), dict(self.speakers))

    def statement_links(self) -> StatementLinks:
        """The statements linked so far: attribution id -> statement id, and the statements."""
        return StatementLinks(dict(self.statement_of), dict(self.statements))

    # ----- records ----------------------------------------------------------------------------------------

    def _insert(self, batch: LinkInput) -> set[str]:
        """Store new records and their mentions; return the mention keys to re-resolve."""
        self.contexts.update(batch.contexts)
        for record in batch.records:
            self.records[record.id] = record
            self.article_records.setdefault(record.article_id, []).append(record.id)
        new_mentions = build_mentions(batch.records, self.method, self.aliases)
        for mention in new_mentions:
            self.mentions[mention.key] = mention
            self.mention_of.update((a, mention.key) for a in mention.attribution_ids)
        touched = self._find_partners([r.id for r in batch.records])
        return {m.key for m in new_mentions} | {self.mention_of[a] for a in touched}

    def _find_partners(self, ids: Sequence[str]) -> set[str]:
        """Record near-verbatim copies among and of the new records; return old records that gained one."""
        features = [(i, text_features(self.records[i].text)) for i in ids]
        for i, f in features:
            self.by_text[f.key].add(i)
        if self.neardup is not None:
            self.neardup.add(features)
        touched: set[str] = set()
        for i, f in features:
            candidates = sorted(self.by_text[f.key] - {i}) if self.neardup is None else self.neardup.candidates(i)
            for other in candidates:
                score = lexical_similarity(f, text_features(self.records[other].text))
                if score >= self.options.neardup_threshold:
                    self.partners[i].add(other)
                    self.partners[other].add(i)
                    touched.add(other)
        return touched - set(ids)

    def _remove_articles(self, article_ids: set[str]) -> set[str]:
        """Forget the records of articles about to be re-added; return mention keys left to re-resolve."""
        dirty: set[str] = set()
        for article_id in sorted(article_ids & set(self.article_records)):
            for record_id in self.article_records.pop(article_id):
                record = self.records.pop(record_id)
                self.by_text[text_features(record.text).key].discard(record_id)
                if self.neardup is not None:
                    self.neardup.remove(record_id)
                for other in self.partners.pop(record_id, set()):
                    self.partners[other].discard(record_id)
                    dirty.add(self.mention_of[other])
                key = self.mention_of.pop(record_id)
                dirty.add(key)
                self._moves[record_id] = None
                self.speaker_of.pop(record_id, None)
            self.contexts.pop(article_id, None)
        for key in sorted(dirty):
            if key.split("\x1f", 1)[0] in article_ids:
                mention = self.mentions.pop(key, None)
                if mention is not None:
                    family = raw_family(mention, self.method)
                    if family is not None:
                        self.family_members[family].discard(key)
                        self._dirty_families.add(family)
        return dirty

    # ----- speakers ---------------------------------------------------------------------------------------

    def _relink_speakers(self, dirty_mentions: set[str]) -> set[str]:
        """Re-resolve the families of dirty mentions and every title-only mention; return changed record ids."""
        new_identity: dict[str, str] = {}
        present = {k for k in dirty_mentions if k in self.mentions}
        raw = {k: raw_family(self.mentions[k], self.method) for k in present}
        for key, family in raw.items():
            if family is not None:
                self.family_members[family].add(key)
        self._join_families([self.mentions[k] for k in sorted(present)], raw)
        roots = {self.families.find(f) for f in [*raw.values(), *self._dirty_families] if f is not None}
        self._dirty_families.clear()
        for root in sorted(roots):
            new_identity.update(self._resolve_family(root))
        for key in present:
            if raw[key] is None and not self.mentions[key].title_only:
                new_identity[key] = local_identity(self.mentions[key])
        provisional = {**self.identity_of, **new_identity}
        new_identity.update(self._resolve_titles(provisional))
        return self._apply_identities(new_identity, dirty_mentions - present)

    def _join_families(self, mentions: list[Mention], raw: dict[str, str | None]) -> None:
        """Register the mentions' families and join those their names bridge (fuzzy names only)."""
        self.families.add(sorted({f for f in raw.values() if f is not None}))
        if not self.method.fuzzy_names:
            return
        self.bridges.register(mentions)
        for a, b in self.bridges.pairs(mentions):
            self.families.add((a, b))
            self.families.union(a, b)

    def _family_mentions(self, root: str) -> list[Mention]:
        members = [k for raw in self.families.members(root) for k in self.family_members.get(raw, ())]
        return [self.mentions[k] for k in sorted(set(members))]

    def _resolve_family(self, root: str) -> dict[str, str]:
        """Resolve one joined family of names."""
        mentions = self._family_mentions(root)
        if not self.method.fuzzy_names:
            return {m.key: f"{m.kind}|{m.form.keys[0]}" for m in mentions}
        ctx = ResolveContext(self.contexts, self._partner_forms, self.role_similarity)
        self.role_similarity.prepare(sorted({r for m in mentions for r in m.roles}))
        if root.startswith("o:"):
            return resolve_organisations(mentions, ctx)
        return resolve_people(mentions, ctx)

    def _partner_forms(self, mention: Mention) -> list[NameForm]:
        """Names credited to near-verbatim copies of a mention's quotes in other articles."""
        forms = []
        for record_id in mention.attribution_ids:
            for other in sorted(self.partners.get(record_id, ())):
                partner = self.mentions[self.mention_of[other]]
                if partner.article_id != mention.article_id and partner.kind == mention.kind:
                    forms.append(partner.form)
        return forms

    def _resolve_titles(self, identities: dict[str, str]) -> dict[str, str]:
        """Resolve every title-only mention against the current identities (cheap: roles are few)."""
        if not self.method.fuzzy_names:
            return {}
        described = [m for m in self.mentions.values() if m.title_only and m.kind in ("person", "organisation")]
        out = {m.key: local_identity(m) for m in described if m.kind == "organisation"}
        titles = [m for m in described if m.kind == "person"]
        if not titles:
            return out
        holders: dict[str, list[Mention]] = defaultdict(list)
        by_article: dict[str, set[str]] = defaultdict(set)
        for key, identity in identities.items():
            mention = self.mentions.get(key)
            if mention is None or mention.title_only or not is_linked(identity):
                continue
            by_article[mention.article_id].add(identity)
            if mention.roles:
                holders[identity].append(mention)
        role_holders = [RoleHolder(i, tuple(ms)) for i, ms in sorted(holders.items())]
        self.role_similarity.prepare(sorted({r for ms in holders.values() for m in ms for r in m.roles}))

        def copied_from(mention: Mention) -> set[str]:
            """Linked identities credited with near-verbatim copies of the mention's quotes."""
            others = {o for a in mention.attribution_ids for o in self.partners.get(a, ())}
            found = {identities.get(self.mention_of[o], "") for o in others}
            return {i for i in found if i and is_linked(i)}

        ctx = TitleContext(role_holders, by_article, copied_from, self.role_similarity, self.options.role_window_days)
        out.update((m.key, resolve_title(m, ctx) or local_identity(m)) for m in sorted(titles, key=lambda m: m.key))
        return out

    def _apply_identities(self, new_identity: dict[str, str], removed: set[str]) -> set[str]:
        """Store new identities, rebuild the speakers they touch; return ids of records whose speaker changed."""
        touched: set[str] = set()
        changed_records: set[str] = set()
        for key in removed:
            old = self.identity_of.pop(key, None)
            if old is not None:
                self.identity_members[old].discard(key)
                touched.add(old)
        for key, identity in new_identity.items():
            old = self.identity_of.get(key)
            mention = self.mentions[key]
            if old != identity or any(self.speaker_of.get(a) != speaker_id(identity) for a in mention.attribution_ids):
                if old is not None:
                    self.identity_members[old].discard(key)
                    touched.add(old)
                self.identity_of[key] = identity
                self.identity_members[identity].add(key)
                touched.add(identity)
                for record_id in mention.attribution_ids:
                    changed_records.add(record_id)
                    self.speaker_of[record_id] = speaker_id(identity)
        for identity in touched:
            self._rebuild_speaker(identity)
        return changed_records

    def _rebuild_speaker(self, identity: str) -> None:
        self._touched_speakers.add(speaker_id(identity))
        members = sorted(self.identity_members.get(identity, ()))
        if not members:
            self.speakers.pop(speaker_id(identity), None)
            self.identity_members.pop(identity, None)
            return
        mentions = [self.mentions[k] for k in members]
        self.speakers[speaker_id(identity)] = build_speaker(identity, mentions, self.aliases)

    # ----- statements -------------------------------------------------------------------------------------

    def _block_of(self, record_id: str) -> str:
        identity = self.identity_of.get(self.mention_of[record_id], "")
        return speaker_id(identity) if is_linked(identity) else UNNAMED

    def _relink_statements(self, changed: set[str]) -> None:
        """Move reports whose speaker changed (or that are new or gone) and re-cluster what they touch."""
        moves = dict(self._moves)
        moves.update((r, self._block_of(r)) for r in changed if r in self.records)
        strict = replace(self.options, text_threshold=self.options.neardup_threshold)
        self.blocks.update(
            self.records,
            moves,
            scorers=(
                PairScorer(self.options, self.vectors, self.method.fuzzy_text),
                PairScorer(strict, None, True),
            ),
            partners=lambda record_id: sorted(self.partners.get(record_id, ())),
            speaker_of=self.speaker_of,
            vectors=self.vectors,
        )
