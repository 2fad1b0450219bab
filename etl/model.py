"""The plain data that flows between the ETL stages (DESIGN.md §1).

Each stage is a function over these dataclasses, so any stage can be tested alone and the
per-article stages (read, clean, analyse, extract) stay a pure map that could run elsewhere.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from datetime import date, datetime
from typing import Any


@dataclass
class RawDocument:
    """One article as a reader found it, before cleaning.

    `text` is what the cleaner works on: the whole pasted page for plain text, the extracted main
    text for HTML, the body for JSONL and BigKinds rows. Metadata a reader could take from the
    input's structure (HTML meta tags, JSON keys, spreadsheet columns) is passed along and wins
    over what the cleaner would guess from the text.
    """

    source_path: str
    source_format: str  # text | html | jsonl | bigkinds
    text: str
    title: str | None = None
    published_at: datetime | None = None
    updated_at: datetime | None = None
    byline: str | None = None
    reporter_email: str | None = None
    outlet: str | None = None
    url: str | None = None
    source_urls: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Rejection:
    """An input (or one line/row of it) that did not become an article, and why."""

    source_path: str
    reason: str  # a code from REJECTION_REASONS
    detail: str  # Korean / English message for the 데이터 page


REJECTION_REASONS = {
    "empty": "빈 파일 / empty file",
    "binary": "텍스트가 아닌 파일(이미지·실행 파일 등) / binary file",
    "encoding": "문자 인코딩을 알 수 없음 / undecodable text",
    "no_article": "기사로 볼 수 있는 본문이 없음 / no recognisable article",
    "too_large": "크기 제한 초과 / file over the size limit",
    "bad_json": "JSON 형식 오류 / malformed JSON line",
    "bad_columns": "필요한 열이 없음 / missing expected columns",
    "duplicate": "이미 있는 기사(같은 URL 또는 본문) / duplicate article",
    "excluded": "빅카인즈 분석제외 행 / row marked 분석제외 in the export",
    "unreadable": "파일을 열 수 없음 / unreadable file",
    "unsupported": "지원하지 않는 형식 / unsupported format",
}


@dataclass(frozen=True)
class RemovedLine:
    line_no: int
    text: str
    reason: str


@dataclass
class Article:
    title: str
    body: str
    source_path: str
    source_format: str
    published_at: datetime | None = None
    updated_at: datetime | None = None
    byline: str | None = None
    reporter_email: str | None = None
    outlet: str | None = None
    url: str | None = None
    source_urls: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)
    removed: list[RemovedLine] = field(default_factory=list)

    @cached_property
    def content_hash(self) -> str:
        # Hashed once: extraction asks every mention's article for its id.
        return content_hash(self.title, self.body)

    @property
    def article_id(self) -> str:
        return self.content_hash[:16]

    @property
    def dct(self) -> date | None:
        """Document creation time: the date every relative deadline is resolved against."""
        return self.published_at.date() if self.published_at else None


def content_hash(title: str, body: str) -> str:
    """Identity of an article's content, independent of where and when it was read."""
    return hashlib.sha256(f"{title.strip()}\n{body.strip()}".encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Mention:
    """One sentence that makes a commitment or reports on one (DESIGN.md §3 `kind`).

    Slotted: a build holds every stored mention while linking, and a per-instance dict would be
    most of their memory.
    """

    article_id: str
    sentence: str
    sentence_start: int
    sentence_end: int
    in_title: bool
    kind: str
    category: str
    published_at: datetime | None = None
    strength: str | None = None
    cue: str | None = None
    ministry: str | None = None
    person: str | None = None
    person_title: str | None = None
    object: str | None = None
    target_value: float | None = None
    target_unit: str | None = None
    target_text: str | None = None
    target_approximate: bool | None = None
    reported_value: float | None = None  # a count or level reported reached (`320개 현장에 설치됐다`): no target
    reported_unit: str | None = None
    deadline: date | None = None
    deadline_text: str | None = None
    deadline_precision: str | None = None
    deadline_mod: str | None = None
    previous_deadline: date | None = None
    quoted: bool = False
    # promised again for a new period (`올해도 …배치한다`, `올여름에도 …줄이겠다`): a recurring target's
    # new edition, not the last one put off
    recurring: bool = False
    keywords: tuple[str, ...] = ()  # content nouns: what linking compares
    numbers: tuple[str, ...] = ()  # every quantity in the sentence, 'value|unit'
    phrase: str | None = None  # the promise in the sentence's own words: what a summary shows
    commitment_id: str | None = None
    extracted_kind: str | None = None  # set when linking reads the mention differently in context
    mention_id: str = field(init=False, repr=False, compare=False)

    @property
    def figure(self) -> tuple[float | None, str | None]:
        """The sentence's own number, to hold against a promise's: its target, else the count it
        reports reached (no target, but it says which promise it measures)."""
        if self.target_value is not None:
            return self.target_value, self.target_unit
        return self.reported_value, self.reported_unit

    def __post_init__(self) -> None:
        where = f"{self.article_id}:{'t' if self.in_title else 'b'}:{self.sentence_start}"
        self.mention_id = hashlib.sha256(where.encode("utf-8")).hexdigest()[:16]
