"""Speaker-name normalisation: cleaning, title stripping, transliteration skeletons and name compatibility; pure."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from quotegraph.link.words import fold, name_words, translit_rules

_TOKEN = re.compile(r"\w[\w'’\-.]*")
_ELIDED = re.compile(r"^(l|d|qu)['’](\w.*)$", re.IGNORECASE)
_PAREN = re.compile(r"\(\s*([^)]*)\)?")
_SPACED_HYPHEN = re.compile(r"(?<=\w) - (?=\w)")
_DOUBLE = re.compile(r"(.)\1+")
_NON_ALNUM = re.compile(r"[^0-9a-z]")
#: Shortest skeleton on which one edit is still treated as a spelling variant (Gaddafi/Kadafi, not Jon/Jan).
FUZZY_MIN_LEN = 5


@dataclass(frozen=True)
class NameForm:
    """A speaker name parsed for matching.

    Attributes:
        text: The cleaned display name, titles and honorifics removed ("Sergei Volkov").
        keys: Transliteration skeletons of the name tokens, particles and suffixes dropped.
        initials: For each key, whether the token was an initial ("G." in "George W. Bush").
        title: The title read off the front of the name ("Energy Minister"), or the whole description when
            ``title_only``.
        title_only: The name is only a description ("the energy minister", "le ministre de l'Énergie").
        acronym: For organisations, the acronym it can be written as ("eu" for "the European Union").
    """

    text: str
    keys: tuple[str, ...]
    initials: tuple[bool, ...] = ()
    title: str | None = None
    title_only: bool = False
    acronym: str | None = None

    @property
    def surname(self) -> str:
        """The last key (the family name for Western name order), or "" for an empty name."""
        return self.keys[-1] if self.keys else ""

    @property
    def is_full(self) -> bool:
        """Whether the name has a given name (or initial) besides the surname."""
        return len(self.keys) >= 2


@lru_cache(maxsize=262144)
def skeleton(token: str) -> str:
    """Return the transliteration skeleton of one name token.

    Args:
        token: One word of a name ("Zelenskyy", "Sergueï", "Kadhafi").

    Returns:
        Lower-case ASCII with the rules of ``link/data/translit.tsv`` applied and doubled letters collapsed:
        "Zelenskyy", "Zelensky" and "Zelenskiy" all give "zelenski".
    """
    text = _NON_ALNUM.sub("", fold(token))
    for pattern, replacement in translit_rules():
        text = pattern.sub(replacement, text)
    return _DOUBLE.sub(r"\1", text)


def _spans(text: str) -> list[tuple[str, int, int]]:
    """Split a name into word tokens with their spans: French elisions split ("l'Énergie"), trailing dots and
    possessives dropped."""
    out: list[tuple[str, int, int]] = []
    for match in _TOKEN.finditer(text):
        token = re.sub(r"['’]s$", "", match.group(0).rstrip(".-'’"))
        start = match.start()
        elided = _ELIDED.match(token)
        if elided:
            cut = start + len(elided.group(1)) + 1
            out.extend([(elided.group(1), start, cut), (elided.group(2), cut, start + len(token))])
        elif token:
            out.append((token, start, start + len(token)))
    return out


def _tokens(text: str) -> list[str]:
    """The word tokens of a name (see ``_spans``)."""
    return [t for t, _, _ in _spans(text)]


def _written(text: str, spans: list[tuple[str, int, int]], first: int, last: int) -> str:
    """The text as written from token ``first`` to token ``last`` (inclusive), inner punctuation kept."""
    return text[spans[first][1] : spans[last][2]] if first <= last else ""


def _is_capitalised(token: str) -> bool:
    return token[:1].isupper()


def _is_title(token: str) -> bool:
    """Whether a token is a title word, alone or as one part of a hyphenated compound ("Vice-President")."""
    folded = fold(token)
    words = name_words()
    return folded in words.titles or any(part in words.titles for part in folded.split("-") if part)


def _looks_like_name(tokens: list[str]) -> bool:
    """Whether every token is capitalised (particles aside) and the last one is not a title word."""
    words = name_words()
    content = [t for t in tokens if fold(t) not in words.particles]
    return bool(content) and all(_is_capitalised(t) for t in content) and not _is_title(tokens[-1])


def clean_name(raw: str) -> tuple[str, str | None]:
    """Tidy a raw speaker string and pick its name segment.

    Args:
        raw: The speaker string as extracted ("A spokesman for the agency, Alphonse Munyaneza",
            "The World Health Organisation ( WHO", "Ban Ki - moon").

    Returns:
        The cleaned text and an acronym given in parentheses, if any.
    """
    text = _SPACED_HYPHEN.sub("-", unicodedata.normalize("NFKC", raw)).replace("’", "'")
    paren = _PAREN.search(text)
    acronym = None
    if paren:
        inner = paren.group(1).strip()
        acronym = fold(inner) if inner.isupper() and 2 <= len(inner) <= 8 else None
        text = text[: paren.start()]
    segments = [s.strip() for s in text.split(",") if s.strip()]
    if len(segments) > 1:
        named = [s for s in segments if _looks_like_name(_tokens(s))]
        text = named[0] if named else segments[0]
    return " ".join(text.split()), acronym


def _strip_front(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Drop leading articles and honorifics, then everything up to the last title that precedes a name."""
    words = name_words()
    cut = 0
    for i in range(len(tokens) - 1):
        if _is_title(tokens[i]) and _is_capitalised(tokens[i + 1]):
            cut = i + 1
    title, rest = tokens[:cut], tokens[cut:]
    while rest and fold(rest[0]) in words.honorifics | words.articles and len(rest) > 1:
        rest = rest[1:]
    while title and fold(title[0]) in words.articles:
        title = title[1:]
    return title, rest


def _keys(tokens: list[str]) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    """Skeleton keys of name tokens: particles and suffixes dropped, hyphens joined, initials marked."""
    words = name_words()
    keys: list[str] = []
    initials: list[bool] = []
    for i, token in enumerate(tokens):
        folded = fold(token)
        inner = 0 < i < len(tokens) - 1
        if (folded in words.suffixes and i > 0) or (folded in words.particles and (token.islower() or inner)):
            continue
        parts = [p for p in re.split(r"[-.]", folded) if p]
        if len(parts) > 1 and parts[0] in words.particles:
            parts = parts[1:]
        # A hyphenated given name is two given names (Jean-Luc = Jean Luc); a hyphenated surname is one.
        split = all(len(p) == 1 for p in parts) or i < len(tokens) - 1
        pieces = parts if split else ["".join(parts)]
        for piece in pieces:
            key = skeleton(piece)
            if key:
                keys.append(key)
                initials.append(len(piece) == 1)
    return tuple(keys), tuple(initials)


@lru_cache(maxsize=131072)
def parse_person(raw: str) -> NameForm:
    """Parse a person's name: strip honorifics and titles, and tell a description from a name.

    Args:
        raw: The speaker string ("Energy Minister Sergei Volkov", "Mr. Mulroney", "the French president").

    Returns:
        The parsed form; a description with no name in it comes back with ``title_only`` set.
    """
    text, _ = clean_name(raw)
    spans = _spans(text)
    tokens = [t for t, _, _ in spans]
    words = name_words()
    title, rest = _strip_front(tokens)
    if rest and fold(rest[0]) in words.honorifics | words.articles and len(rest) == 1 and not title:
        rest = []
    last_is_title = bool(rest) and _is_title(rest[-1]) and (rest[-1].islower() or len(rest) == 1)
    describes = last_is_title or (bool(tokens) and fold(tokens[0]) in words.articles and any(map(_is_title, tokens)))
    if not rest or (describes and not title):
        first = next((i for i, t in enumerate(tokens) if fold(t) not in words.articles), len(tokens))
        role = _written(text, spans, first, len(tokens) - 1)
        return NameForm(text=role, keys=(), title=role or None, title_only=bool(role))
    keys, initials = _keys(rest)
    start = len(tokens) - len(rest)
    title_text = _written(text, spans, start - len(title), start - 1)
    return NameForm(_written(text, spans, start, len(tokens) - 1), keys, initials, title_text or None)


@lru_cache(maxsize=65536)
def parse_org(raw: str) -> NameForm:
    """Parse an organisation's name into keys and an acronym ("the European Union" -> eu).

    Args:
        raw: The speaker string ("The World Health Organisation ( WHO", "EU", "l'Union européenne").

    Returns:
        The parsed form; ``acronym`` is a parenthesised acronym, the name itself when it is one (also beside
        generic words: "le syndicat NRU"), or the initials of its words. A generic description ("the
        government") comes back with ``title_only`` set.
    """
    text, acronym = clean_name(raw)
    spans = _spans(text)
    tokens = [t for t, _, _ in spans]
    words = name_words()
    first = 0
    while first < len(tokens) - 1 and fold(tokens[first]) in words.articles:
        first += 1
    tokens = tokens[first:]
    content = [t for t in tokens if fold(t) not in words.org_stop] or tokens
    keys = tuple(k for k in (skeleton(t) for t in content) if k)
    capitals = [t for t in content if t.isupper() and 2 <= len(t) <= 8]
    generic = all(t in capitals or fold(t) in words.org_words for t in content)
    if acronym is None and len(capitals) == 1 and generic:
        acronym = fold(capitals[0])
    elif acronym is None and len(content) >= 2:
        acronym = "".join(fold(t)[0] for t in content)
    written = _written(text, spans, first, len(spans) - 1) if spans else ""
    if content and all(t.islower() or fold(t) in words.org_words for t in content):
        # "the government", "The report", "Police": a description, not a name to link across articles
        return NameForm(written, (), title=written, title_only=True)
    return NameForm(written, keys, (False,) * len(keys), acronym=acronym)


def is_acronym(form: NameForm) -> bool:
    """Whether an organisation name is its acronym, alone or with generic words ("EU", "le syndicat NRU")."""
    return form.acronym is not None and any(fold(t) == form.acronym for t in form.text.split())


def is_pronoun(raw: str) -> bool:
    """Whether a speaker "name" is only a pronoun or quantifier ("he", "They", "many"); "WHO" is not."""
    words = name_words()
    tokens = _tokens(raw)
    shouted = raw.isupper() and len(raw.strip()) > 1  # "WHO" is an organisation, "I" a pronoun
    return bool(tokens) and not shouted and all(fold(t) in words.pronouns | words.articles for t in tokens)


def looks_like_org(raw: str) -> bool:
    """Whether a speaker string of unknown kind reads as an organisation ("Interior Ministry", "WHO")."""
    text, acronym = clean_name(raw)
    tokens = _tokens(text)
    words = name_words()
    if acronym or (len(tokens) == 1 and tokens[0].isupper() and 2 <= len(tokens[0]) <= 8):
        return True
    return any(fold(t) in words.org_words for t in tokens)


def keys_match(a: str, b: str, *, fuzzy: bool) -> bool:
    """Whether two skeleton keys name the same token: equal, or (fuzzy) one edit apart and both long enough."""
    if a == b:
        return True
    return fuzzy and min(len(a), len(b)) >= FUZZY_MIN_LEN and Levenshtein.distance(a, b, score_cutoff=1) <= 1


def _given_match(a: NameForm, i: int, b: NameForm, j: int, fuzzy: bool) -> bool:
    """Whether given-name token ``i`` of ``a`` and ``j`` of ``b`` agree (an initial agrees with its full name)."""
    if a.initials[i] or b.initials[j]:
        return a.keys[i][0] == b.keys[j][0]
    return keys_match(a.keys[i], b.keys[j], fuzzy=fuzzy)


def compatible(a: NameForm, b: NameForm, *, fuzzy: bool) -> bool:
    """Whether two full person names can name the same person.

    Surnames must match, first given names must match (an initial matches its full name), and middle names,
    where both give them, must not conflict: "George Bush" is compatible with "George W. Bush", which is not
    compatible with "George H. W. Bush".

    Args:
        a: A parsed full name.
        b: Another parsed full name.
        fuzzy: Allow one spelling edit in long tokens.

    Returns:
        True when nothing in the two names contradicts.
    """
    if not (a.is_full and b.is_full and keys_match(a.surname, b.surname, fuzzy=fuzzy)):
        return False
    if not _given_match(a, 0, b, 0, fuzzy):
        return False
    middle_a, middle_b = range(1, len(a.keys) - 1), range(1, len(b.keys) - 1)
    if len(middle_a) and len(middle_b):
        if len(middle_a) != len(middle_b):
            return False
        return all(_given_match(a, i, b, j, fuzzy) for i, j in zip(middle_a, middle_b, strict=True))
    return True


def specificity(form: NameForm) -> tuple[int, int]:
    """How fully a name is given: the number of keys, then the number of keys that are not initials."""
    return len(form.keys), sum(1 for i in form.initials if not i)


def role_key(role: str) -> tuple[str, ...]:
    """Return the content-word skeletons of a role ("le ministre de l'Énergie" -> ("ministr", "energi")).

    Args:
        role: A role or title as written.

    Returns:
        Skeletons of its words, articles, particles and organisation stop words dropped, in order.
    """
    words = name_words()
    drop = words.articles | words.particles | words.org_stop
    return tuple(skeleton(t) for t in _tokens(role) if fold(t) not in drop and skeleton(t))
