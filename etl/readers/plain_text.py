"""Plain-text page copies: what a reporter gets by selecting a whole news page and pasting it."""

from __future__ import annotations

from etl.model import RawDocument


def read_text(source_path: str, text: str) -> RawDocument:
    """The whole (normalised) page is the text: headline, dateline, ads, body, byline, footer.

    Splitting the headline and the furniture off is the Korean line cleaner's work (etl/clean.py),
    which also records what it removed; the reader adds nothing and removes nothing.
    """
    return RawDocument(source_path=source_path, source_format="text", text=text)
