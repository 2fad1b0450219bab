"""Article text with the extracted sentences marked — as escaped HTML, never the article's own.

Articles come from saved web pages and pasted text, so their text may contain `<script>`, `<b>`
or a stray `&`. The page must show those characters, not obey them: every piece of article text
is passed through `html.escape` and only our own `<mark>`/`<p>` tags are added around it.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from dashboard import labels


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str = "new"
    note: str = ""          # tooltip: what the sentence was read as
    sentence: str = ""      # the sentence as extracted, to recover from offsets that drifted


def _place(text: str, span: Span) -> tuple[int, int] | None:
    """The span's offsets if they still point at its sentence, else where the sentence is."""
    start, end = max(0, int(span.start)), min(len(text), int(span.end))
    if start < end and (not span.sentence or text[start:end] == span.sentence):
        return start, end
    if span.sentence:
        found = text.find(span.sentence)
        if found >= 0:
            return found, found + len(span.sentence)
    return None


def marked(text: str, spans: list[Span]) -> str:
    """`text` as HTML paragraphs with each span in a coloured <mark>; overlapping spans merge."""
    placed = sorted((p, s) for s in spans if (p := _place(text, s)))
    pieces, position = [], 0
    for (start, end), span in placed:
        if start < position:  # overlaps the previous mark: keep the first
            continue
        pieces.append(html.escape(text[position:start]))
        colour = labels.KIND_COLORS.get(span.kind, "#FFE58F")
        tip = html.escape(span.note or labels.kind(span.kind), quote=True)
        pieces.append(
            f'<mark style="background:{colour};padding:0 2px;border-radius:3px" title="{tip}">'
            f"{html.escape(text[start:end])}</mark>"
        )
        position = end
    pieces.append(html.escape(text[position:]))
    body = "".join(pieces)
    paragraphs = [p.replace("\n", "<br>") for p in body.split("\n\n") if p.strip()]
    return "".join(f'<p style="line-height:1.75;margin:0 0 0.9em 0">{p}</p>' for p in paragraphs)


def excerpt(text: str, span: Span, paragraphs: int = 1) -> tuple[str, Span]:
    """The paragraph(s) around one span, and the span re-based on that excerpt."""
    place = _place(text, span)
    if place is None:
        return text, span
    start, end = place
    left = text.rfind("\n\n", 0, start)
    left = 0 if left < 0 else left + 2
    right = end
    for _ in range(paragraphs):
        found = text.find("\n\n", right)
        right = len(text) if found < 0 else found
    piece = text[left:right]
    return piece, Span(start - left, end - left, span.kind, span.note, span.sentence)
