"""The options object that every reader takes: format choice, column mapping, language and encoding."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReadOptions:
    """How to read sources.

    Attributes:
        format: Reader name ("text", "wire", "jsonl", "json", "csv", "parquet", "html", "warc",
            "newsplease") or a full registered name ("quotegraph.jsonl_reader.v1"); None detects the
            format from the file extension or, failing that, from the content.
        text_col: Field or column holding the article text.
        id_col: Field or column holding the article id.
        title_col: Field or column holding the title.
        url_col: Field or column holding the URL.
        outlet_col: Field or column holding the outlet name.
        date_col: Field or column holding the publication date.
        lang_col: Field or column holding the language code.
        lang: Language used when a record gives none (default "en").
        encoding: Encoding of the input bytes; None means UTF-8 (a byte-order mark is honoured).
    """

    format: str | None = None
    text_col: str = "text"
    id_col: str = "id"
    title_col: str = "title"
    url_col: str = "url"
    outlet_col: str = "outlet"
    date_col: str = "published"
    lang_col: str = "lang"
    lang: str | None = None
    encoding: str | None = None
