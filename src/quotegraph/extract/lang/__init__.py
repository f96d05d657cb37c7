"""Per-language data folders for extraction (one folder per ISO 639-1 code)."""
