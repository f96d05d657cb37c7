"""The ``quotegraph`` spaCy component: runs the attribution stages on a parsed Doc and sets ``doc._.attributions``."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

if not Doc.has_extension("attributions"):
    Doc.set_extension("attributions", default=None)


class QuotegraphComponent:
    """Find attributions in a parsed Doc; ``doc._.attributions`` becomes a list of ``Attribution`` records."""

    def __init__(self, lang: str, published: str | None = None) -> None:
        self.lang = lang
        self.published = published

    def __call__(self, doc: Doc) -> Doc:
        from quotegraph.extract.pipeline import attributions_from_doc
        from quotegraph.model import Article

        article = Article(
            id=doc.user_data.get("article_id", "doc"),
            text=doc.text,
            published=doc.user_data.get("published", self.published),
            lang=self.lang,
        )
        doc._.attributions = attributions_from_doc(doc, article)
        return doc


@Language.factory(
    "quotegraph",
    assigns=["doc._.attributions"],
    requires=["token.dep", "token.lemma", "token.pos", "doc.ents", "doc.sents"],
    default_config={"published": None},
)
def make_quotegraph(nlp: Language, name: str, published: str | None) -> Any:
    """Build the component; ``published`` (ISO date) anchors relative statement dates when a Doc has none."""
    return QuotegraphComponent(nlp.lang or "en", published)
