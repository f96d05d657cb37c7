"""Roles: how alike two roles are, title-only mentions resolved by role and date, and role histories; pure."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from quotegraph.link.encoders import VectorCache
from quotegraph.link.mentions import Mention
from quotegraph.link.names import keys_match, role_key
from quotegraph.link.records import iso_day
from quotegraph.model import RoleSeen


def _matched(short: tuple[str, ...], long: tuple[str, ...]) -> int:
    return sum(1 for t in short if any(keys_match(t, u, fuzzy=True) for u in long))


def role_overlap(a: str, b: str) -> float:
    """Word overlap of two roles, 0 to 1, spelling- and cognate-tolerant ("ministre de l'Énergie" ~ "energy minister").

    Returns:
        The share of the shorter role's words found in the longer, discounted when the longer has more words
        ("minister" against "finance minister" gives 0.75; equal roles give 1).
    """
    ka, kb = role_key(a), role_key(b)
    if not ka or not kb:
        return 0.0
    short, long = sorted((ka, kb), key=len)
    return _matched(short, long) / len(short) * (0.5 + 0.5 * len(short) / len(long))


def role_covers(title: str, role: str) -> bool:
    """Whether every word of a title-only description is in a role ("the minister" is covered by "energy minister")."""
    kt, kr = role_key(title), role_key(role)
    return bool(kt) and _matched(kt, kr) == len(kt)


class RoleSimilarity:
    """Role similarity: word overlap, and with an encoder also cosine similarity (for other languages)."""

    def __init__(self, vectors: VectorCache | None, threshold: float) -> None:
        self._vectors = vectors
        self._threshold = threshold

    def prepare(self, roles: Sequence[str]) -> None:
        """Encode, in one batch, the roles about to be compared."""
        if self._vectors is not None:
            self._vectors.ensure(roles)

    def __call__(self, a: str, b: str) -> float:
        overlap = role_overlap(a, b)
        if self._vectors is None or overlap >= 1.0:
            return overlap
        self._vectors.ensure((a, b))
        cosine = self._vectors.similarity(a, b)
        return max(overlap, cosine if cosine >= self._threshold else 0.0)

    def same_role(self, title: str, role: str) -> bool:
        """Whether a title-only description names this role."""
        return role_covers(title, role) or (self._vectors is not None and self(title, role) >= self._threshold)


@dataclass(frozen=True)
class RoleHolder:
    """One identity's roles as evidence for title-only mentions: the identity, and its mentions with roles."""

    identity: str
    mentions: tuple[Mention, ...]


@dataclass(frozen=True)
class TitleContext:
    """What title-only resolution reads: role holders, who appears in each article, and quote-copy evidence.

    Attributes:
        holders: Every identity that has at least one role.
        by_article: Article id -> the identities of the named people in it.
        copied_from: The identities credited with near-verbatim copies of a mention's quotes.
        similarity: Role similarity.
        window_days: How far from the dates a role was seen a title-only mention may be.
    """

    holders: Sequence[RoleHolder]
    by_article: Mapping[str, set[str]]
    copied_from: Callable[[Mention], set[str]]
    similarity: RoleSimilarity
    window_days: int


def _holds(holder: RoleHolder, titles: Sequence[str], ctx: TitleContext, days: Sequence[int] | None) -> bool:
    """Whether the holder was seen in a role one of ``titles`` names (near one of ``days``, when given)."""
    for mention in holder.mentions:
        if not any(ctx.similarity.same_role(t, r) for t in titles for r in mention.roles):
            continue
        if days is None or not days or not mention.days:
            return True
        lo, hi = mention.days[0] - ctx.window_days, mention.days[-1] + ctx.window_days
        if any(lo <= d <= hi for d in days):
            return True
    return False


def resolve_title(mention: Mention, ctx: TitleContext) -> str | None:
    """Resolve a title-only mention ("the energy minister") to an identity, or ``None``.

    In order: the one person in the same article who holds that role; the one person credited with a
    near-verbatim copy of the quote elsewhere; the one person seen in that role within ``window_days``.

    Args:
        mention: The title-only mention.
        ctx: Role holders, article members and quote-copy evidence.

    Returns:
        The identity key, or ``None`` when no step finds exactly one.
    """
    titles = sorted({t for t in (mention.form.title, *mention.roles) if t})
    local = ctx.by_article.get(mention.article_id, set())
    holders = [h for h in ctx.holders if h.identity in local and _holds(h, titles, ctx, None)]
    if len({h.identity for h in holders}) == 1:
        return holders[0].identity
    copied = ctx.copied_from(mention)
    if len(copied) == 1:
        return next(iter(copied))
    found = {h.identity for h in ctx.holders if _holds(h, titles, ctx, mention.days)}
    return next(iter(found)) if len(found) == 1 else None


def role_history(mentions: Sequence[Mention]) -> tuple[RoleSeen, ...]:
    """Return an identity's roles with the first and last dates each was seen, earliest first.

    Roles written alike (same words up to case, accents and transliteration) are one role, shown as written
    most often.

    Args:
        mentions: The identity's mentions.
    """
    spans: dict[tuple[str, ...], list[int]] = {}
    written: dict[tuple[str, ...], Counter[str]] = {}
    for mention in mentions:
        for role in mention.roles:
            key = tuple(sorted(role_key(role))) or (role.casefold(),)
            written.setdefault(key, Counter())[role] += 1
            spans.setdefault(key, []).extend(mention.days)
    out = []
    for key, counts in written.items():
        shown = min(counts.items(), key=lambda kv: (-kv[1], len(kv[0]), not kv[0].islower(), kv[0]))[0]
        days = spans[key]
        out.append(RoleSeen(shown, iso_day(min(days)) if days else None, iso_day(max(days)) if days else None))
    return tuple(sorted(out, key=lambda r: (r.first_seen or "9999", r.role)))
