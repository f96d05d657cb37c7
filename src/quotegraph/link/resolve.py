"""Speaker identity within one family of names: full names, partial names and acronyms resolved by context; pure."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from quotegraph.link.mentions import Mention, deletions
from quotegraph.link.names import FUZZY_MIN_LEN, NameForm, compatible, is_acronym, keys_match, specificity

#: Score margin by which the best of several candidate identities must beat the next one.
MARGIN = 0.3
#: Below this role similarity, two roles that both name a title contradict each other.
ROLE_CONFLICT = 0.3
#: Gap in days from a candidate's known dates beyond which it becomes less likely.
FAR_DAYS = 730


@dataclass(frozen=True)
class ResolveContext:
    """What resolution may read beyond the family's own mentions.

    Attributes:
        contexts: Context terms per article id.
        partner_forms: The names credited to near-verbatim copies of a mention's quotes in other articles.
        role_similarity: How alike two roles are, 0 to 1.
    """

    contexts: Mapping[str, tuple[str, ...]]
    partner_forms: Callable[[Mention], Sequence[NameForm]]
    role_similarity: Callable[[str, str], float]


@dataclass
class Identity:
    """A candidate identity being built: its key, the full name forms it owns and its anchor mentions.

    Its roles, articles and date span are computed once, on first use (after its anchors are all in).
    """

    key: str
    forms: list[NameForm] = field(default_factory=list)
    anchors: list[Mention] = field(default_factory=list)
    _cache: dict[str, Any] = field(default_factory=dict)

    def roles(self) -> set[str]:
        """Every role its anchor mentions were given."""
        if "roles" not in self._cache:
            self._cache["roles"] = {r for m in self.anchors for r in m.roles}
        return self._cache["roles"]

    def articles(self) -> set[str]:
        """The articles its anchor mentions are in."""
        if "articles" not in self._cache:
            self._cache["articles"] = {m.article_id for m in self.anchors}
        return self._cache["articles"]

    def profile(self, contexts: Mapping[str, tuple[str, ...]]) -> set[str]:
        """The context terms of every article the identity is named in."""
        if "profile" not in self._cache:
            self._cache["profile"] = {t for a in self.articles() for t in contexts.get(a, ())}
        return self._cache["profile"]

    def span(self) -> tuple[int, int] | None:
        """The first and last day it was quoted, or ``None`` when undated."""
        if "span" not in self._cache:
            days = [d for m in self.anchors for d in m.days]
            self._cache["span"] = (min(days), max(days)) if days else None
        return self._cache["span"]


def identity_key(kind: str, form: NameForm) -> str:
    """The canonical key of an identity named by ``form``: its kind and skeleton keys."""
    return f"{kind}|{' '.join(form.keys)}"


def _best_form(forms: Sequence[NameForm]) -> NameForm:
    """The most specific form, ties broken by the alphabetically first keys (independent of input order)."""
    return min(forms, key=lambda f: (-specificity(f)[0], -specificity(f)[1], f.keys))


class _NearKeys:
    """Finds, among some skeleton keys, those equal to a key or (when long enough) one edit from it."""

    def __init__(self, keys: Iterable[str]) -> None:
        self._by_deletion: dict[str, set[str]] = defaultdict(set)
        for key in set(keys):
            for probe in _probes(key):
                self._by_deletion[probe].add(key)

    def near(self, key: str) -> list[str]:
        """The known keys that match ``key`` (``keys_match`` with one edit allowed), sorted."""
        found = {k for probe in _probes(key) for k in self._by_deletion.get(probe, ())}
        return sorted(k for k in found if keys_match(key, k, fuzzy=True))


def _probes(key: str) -> set[str]:
    return deletions(key) if len(key) >= FUZZY_MIN_LEN else {key}


def _groups(
    forms: Sequence[NameForm],
    same: Callable[[NameForm, NameForm], bool],
    near: Callable[[NameForm], Iterable[NameForm]],
) -> list[list[NameForm]]:
    """Connected groups of forms under ``same`` (tried only on ``near`` pairs), sorted deterministically."""
    index = {id(f): n for n, f in enumerate(forms)}
    parent = list(range(len(forms)))

    def find(i: int) -> int:
        """The root of ``i`` (with path halving)."""
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, form in enumerate(forms):
        for other in near(form):
            j = index.get(id(other))
            if j is not None and j > i and same(form, other):
                parent[find(j)] = find(i)
    grouped: dict[int, list[NameForm]] = {}
    for i, form in enumerate(forms):
        grouped.setdefault(find(i), []).append(form)
    return sorted((sorted(g, key=lambda f: f.keys) for g in grouped.values()), key=lambda g: g[0].keys)


def role_conflict(mention: Mention, identity: Identity, ctx: ResolveContext) -> bool:
    """Whether the roles stated for the mention and the identity's roles are all unlike ("senator", "governor").

    Titles read off a name ("Professor Yusuf") are left out: they are often honorifics, not offices."""
    theirs = identity.roles()
    if not mention.stated_roles or not theirs:
        return False
    return max(ctx.role_similarity(a, b) for a in mention.stated_roles for b in theirs) < ROLE_CONFLICT


def score(mention: Mention, identity: Identity, ctx: ResolveContext) -> float:
    """Score how well an identity fits a partial mention: role, shared context, copied quotes, dates.

    Args:
        mention: A partial name ("Clinton") or an acronym.
        identity: One candidate identity.
        ctx: What else resolution may read.

    Returns:
        Higher is better: up to 2 for the role, 1 for context terms (other than the names themselves) shared
        with the identity's articles,
        3 when a copy of one of the mention's quotes elsewhere is credited to the identity's full name, and
        -1 when the mention is far from every date the identity was seen.
    """
    total = 0.0
    theirs = identity.roles()
    if mention.roles and theirs:
        total += 2 * max(ctx.role_similarity(a, b) for a in mention.roles for b in theirs)
    own = set(mention.form.keys) | {k for f in identity.forms for k in f.keys}
    terms = set(ctx.contexts.get(mention.article_id, ())) - own
    profile = identity.profile(ctx.contexts)
    total += min(1.0, len(terms & profile) / 2)
    if any(any(_same_name(f, g) for g in identity.forms) for f in ctx.partner_forms(mention)):
        total += 3
    span = identity.span()
    if span and mention.days:
        gap = min(max(span[0] - d, d - span[1], 0) for d in mention.days)
        total -= 1.0 if gap > FAR_DAYS else 0.0
    return total


def _same_name(a: NameForm, b: NameForm) -> bool:
    if a.is_full and b.is_full:
        return compatible(a, b, fuzzy=True)
    return a.keys == b.keys


def choose(mention: Mention, candidates: Sequence[Identity], ctx: ResolveContext) -> Identity | None:
    """Pick the identity a partial mention refers to, or ``None`` when the evidence does not decide.

    One candidate in the mention's own article wins outright. Otherwise a single candidate is taken unless
    the roles contradict; among several, the best score must be positive and beat the next by ``MARGIN``.
    """
    local = [c for c in candidates if mention.article_id in c.articles()]
    if len(local) == 1:
        return local[0]
    pool = local or list(candidates)
    if len(pool) == 1:
        return None if role_conflict(mention, pool[0], ctx) else pool[0]
    if not pool:
        return None
    ranked = sorted(((score(mention, c, ctx), c.key) for c in pool), reverse=True)
    (best, best_key), (second, _) = ranked[0], ranked[1]
    if best > 0 and best - second >= MARGIN:
        return next(c for c in pool if c.key == best_key)
    return None


@dataclass
class _People:
    """The identities of one family of person names, indexed by surname for near-linear lookups."""

    identities: list[Identity]
    by_keys: dict[tuple[str, ...], Identity]
    by_surname: dict[str, list[Identity]]
    surnames: _NearKeys


def _person_identities(full: Sequence[Mention]) -> _People:
    """Build identities from the most specific full names; spelling variants of one name join."""
    forms = sorted(
        {m.form.keys + tuple(map(str, m.form.initials)): m.form for m in full}.values(), key=lambda f: f.keys
    )
    by_surname: dict[str, list[NameForm]] = defaultdict(list)
    for form in forms:
        by_surname[form.surname].append(form)
    surnames = _NearKeys(by_surname)

    def near(form: NameForm) -> list[NameForm]:
        return [g for s in surnames.near(form.surname) for g in by_surname[s]]

    maximal = [
        f for f in forms if not any(specificity(g) > specificity(f) and compatible(g, f, fuzzy=True) for g in near(f))
    ]
    people = _People([], {}, defaultdict(list), surnames)
    same = lambda a, b: compatible(a, b, fuzzy=True) and specificity(a) == specificity(b)  # noqa: E731
    for group in _groups(maximal, same, near):
        identity = Identity(identity_key("person", _best_form(group)), list(group))
        people.identities.append(identity)
        people.by_keys.update((f.keys, identity) for f in group)
        for surname in sorted({f.surname for f in group}):
            people.by_surname[surname].append(identity)
    for mention in full:
        if mention.form.keys in people.by_keys:
            people.by_keys[mention.form.keys].anchors.append(mention)
    return people


def _person_candidates(mention: Mention, people: _People) -> list[Identity]:
    """Identities a less specific person name may refer to."""
    form = mention.form
    nearby = {i.key: i for s in people.surnames.near(form.surname) for i in people.by_surname.get(s, ())}
    if form.is_full:
        return [i for _, i in sorted(nearby.items()) if any(compatible(form, f, fuzzy=True) for f in i.forms)]
    exact = {i.key for i in people.by_surname.get(form.surname, ())}
    return [i for k, i in sorted(nearby.items()) if k in exact or mention.article_id in i.articles()]


def resolve_people(mentions: Sequence[Mention], ctx: ResolveContext) -> dict[str, str]:
    """Resolve one family of person mentions (one surname and its spelling variants) to identity keys.

    Args:
        mentions: Every mention in the family, title-only ones excluded.
        ctx: Context, copied-quote evidence and role similarity.

    Returns:
        Mention key -> identity key. A partial name that cannot be resolved keeps an identity of its own
        name, shared by every other unresolved mention of that name.
    """
    people = _person_identities([m for m in mentions if m.form.is_full])
    out: dict[str, str] = {}
    for mention in mentions:
        if mention.form.keys in people.by_keys:
            out[mention.key] = people.by_keys[mention.form.keys].key
            continue
        chosen = choose(mention, _person_candidates(mention, people), ctx)
        out[mention.key] = chosen.key if chosen else identity_key("person", mention.form)
    return out


def _same_org(a: NameForm, b: NameForm) -> bool:
    """Whether two organisation names are spelling variants of each other, word by word."""
    return len(a.keys) == len(b.keys) and all(keys_match(x, y, fuzzy=True) for x, y in zip(a.keys, b.keys, strict=True))


def resolve_organisations(mentions: Sequence[Mention], ctx: ResolveContext) -> dict[str, str]:
    """Resolve one family of organisation mentions (one acronym): acronyms join the one name they abbreviate.

    Args:
        mentions: Every organisation mention in the family.
        ctx: Context, copied-quote evidence and role similarity.

    Returns:
        Mention key -> identity key.
    """
    named = [m for m in mentions if not is_acronym(m.form)]
    identities: list[Identity] = []
    by_keys: dict[tuple[str, ...], Identity] = {}
    forms = sorted({m.form.keys: m.form for m in named}.values(), key=lambda f: f.keys)
    by_first: dict[str, list[NameForm]] = defaultdict(list)
    for form in forms:
        by_first[form.keys[0]].append(form)
    firsts = _NearKeys(by_first)
    for group in _groups(forms, _same_org, lambda f: [g for k in firsts.near(f.keys[0]) for g in by_first[k]]):
        identity = Identity(identity_key("organisation", _best_form(group)), list(group))
        identities.append(identity)
        by_keys.update((f.keys, identity) for f in group)
    for mention in named:
        by_keys[mention.form.keys].anchors.append(mention)
    out = {m.key: by_keys[m.form.keys].key for m in named}
    for mention in mentions:
        if mention.key in out:
            continue
        pool = [i for i in identities if len(i.forms[0].keys) > 1 and i.forms[0].acronym == mention.form.acronym]
        chosen = choose(mention, pool, ctx)
        out[mention.key] = chosen.key if chosen else identity_key("organisation", mention.form)
    return out
