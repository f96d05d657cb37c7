"""The ``quotegraph`` spaCy component: runs the attribution stages on a parsed Doc and sets ``doc._.attributions``."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from quotegraph.extract.options import DEFAULT_CONVENTION, DEFAULT_MODE, ExtractOptions

if not Doc.has_extension("attributions"):
    Doc.set_extension("attributions", default=None)


class QuotegraphComponent:
    """Find attributions in a parsed Doc; ``doc._.attributions`` becomes a list of ``Attribution`` records.

    In ``rules`` and ``accurate`` mode the stages read the pipeline's own parse (accurate mode adds its tagger, run on
    the Doc's text). Fast mode reads no parse: its own small pipeline reads the text again, and the attributions'
    offsets point into the same text.
    """

    def __init__(
        self, lang: str, published: str | None = None, mode: str = DEFAULT_MODE, convention: str = DEFAULT_CONVENTION
    ) -> None:
        self.lang = lang
        self.published = published
        self.options = ExtractOptions(mode=mode, convention=convention)  # checks both names now, not at the first Doc

    def __call__(self, doc: Doc) -> Doc:
        from quotegraph.extract.api import load_pipeline
        from quotegraph.extract.parse import parse
        from quotegraph.extract.pipeline import attributions_from_doc
        from quotegraph.extract.plain import for_parsing
        from quotegraph.model import Article

        article = Article(
            id=doc.user_data.get("article_id", "doc"),
            text=doc.text,
            published=doc.user_data.get("published", self.published),
            lang=self.lang,
        )
        fast = self.options.mode == "fast"  # fast mode reads the text with its own pipeline, as extract does
        parsed = parse(load_pipeline(self.lang, "fast"), for_parsing(doc.text)) if fast else doc
        doc._.attributions = attributions_from_doc(parsed, article, self.options)
        return doc


@Language.factory(
    "quotegraph",
    assigns=["doc._.attributions"],
    requires=["token.dep", "token.lemma", "token.pos", "doc.ents", "doc.sents"],
    default_config={"published": None, "mode": DEFAULT_MODE, "convention": DEFAULT_CONVENTION},
)
def make_quotegraph(nlp: Language, name: str, published: str | None, mode: str, convention: str) -> Any:
    """Build the component; ``published`` (ISO date) anchors relative statement dates when a Doc has none, ``mode``
    and ``convention`` are ``ExtractOptions``'."""
    return QuotegraphComponent(nlp.lang or "en", published, mode, convention)
