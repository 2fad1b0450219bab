"""Plain-text page copies: what a reporter gets by selecting a whole news page and pasting it."""

from __future__ import annotations

import html
import re

from etl.model import RawDocument
from etl.readers.common import normalise_text


def read_text(source_path: str, text: str) -> RawDocument:
    """The whole (normalised) page is the text: headline, dateline, ads, body, byline, footer.

    Splitting the headline and the furniture off is the Korean line cleaner's work (etl/clean.py),
    which also records what it removed; the reader adds nothing and removes nothing. A page whose
    widget printed its markup's character references (`등록일&nbsp;2025.01.22&nbsp;&#40;수&#41;`) is read
    as the browser would have shown it; one stray `&amp;` in prose is left as written.
    """
    if "&" in text and len(_CHARACTER_REFERENCE.findall(text, 0, 20_000)) >= 3:
        # (each well-formed reference alone: `html.unescape` would also read `&copy=1` in a link as `©=1`)
        text = normalise_text(_CHARACTER_REFERENCE.sub(lambda reference: html.unescape(reference[0]), text))
    return RawDocument(source_path=source_path, source_format="text", text=text)


_CHARACTER_REFERENCE = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{2,5}|#[xX][0-9A-Fa-f]{2,4});")
