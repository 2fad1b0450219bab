"""JSON lines from a scraper: one article per line (docs/sample-corpus.md).

Keys: `title`; `body` (or `content`, `text`; a list of paragraphs is joined with blank lines);
`published_at`, `updated_at` (ISO 8601 or `YYYY-MM-DD HH:MM`); `url`; `outlet`; `byline`;
`reporter_email`; `sources` (list of URLs) → source_urls; `flags` (list). Every other key is kept
in `extra` as it came (e.g. the sample corpus's `sample`). A date that does not parse is kept in
`extra` as `published_at_raw` / `updated_at_raw`. A whole-file JSON document (an object, or an
array of objects, pretty-printed over several lines) is read too: array items get `#item3`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from etl.model import RawDocument, Rejection

from .common import json_safe, normalise_inline, normalise_paragraphs, normalise_text, parse_datetime, reject

_BODY_KEYS = ("body", "content", "text")
_KNOWN = {"title", *_BODY_KEYS, "published_at", "updated_at", "url", "outlet", "byline", "reporter_email",
          "sources", "flags"}  # fmt: skip


def looks_like_json(text: str) -> bool:
    """The first non-empty line opens a JSON object or array and some line or the whole is JSON."""
    stripped = text.lstrip()
    if not stripped.startswith(("{", "[")):
        return False
    if _whole_document(text) is not None:
        return True
    for line in text.split("\n"):
        line = line.strip()
        if line.startswith("{"):
            try:
                if isinstance(json.loads(line), dict):
                    return True
            except (ValueError, RecursionError):
                continue
    return False


def _whole_document(text: str) -> Any:
    """The parsed document when the file is one JSON value spread over several lines, else None."""
    if sum(1 for line in text.split("\n") if line.strip()) < 2:
        return None
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, (dict, list)) else None


def read_jsonl(source_path: str, text: str) -> Iterator[RawDocument | Rejection]:
    """`text` is the decoded file with "\\n" line ends, *not* normalised (fields are, once parsed)."""
    whole = _whole_document(text)
    if isinstance(whole, dict):
        yield _article(source_path, whole, where=("", "record"))
        return
    if isinstance(whole, list):
        if not whole:
            yield reject(source_path, "no_article", "빈 JSON 배열", "empty JSON array")
        for number, item in enumerate(whole, start=1):
            path = f"{source_path}#item{number}"
            if isinstance(item, dict):
                yield _article(path, item, where=(f"항목 {number} ", f"item {number}"))
            else:
                yield reject(path, "bad_json", f"항목 {number}이 JSON 객체가 아님", f"item {number} is not a JSON object")
        return

    seen_any = False
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        seen_any = True
        path = f"{source_path}#L{number}"
        try:
            value = json.loads(line)
        except (ValueError, RecursionError) as exc:
            yield reject(path, "bad_json", f"{number}행 JSON 형식 오류({exc})", f"line {number}: malformed JSON ({exc})")
            continue
        if not isinstance(value, dict):
            kind = type(value).__name__
            yield reject(path, "bad_json", f"{number}행이 JSON 객체가 아님({kind})", f"line {number} is not a JSON object ({kind})")
            continue
        yield _article(path, value, where=(f"{number}행 ", f"line {number}"))
    if not seen_any:
        yield reject(source_path, "empty", "빈 파일", "empty file")


def _as_text(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, bool)):
        return None
    if isinstance(value, list):
        parts = [normalise_text(str(v)) for v in value if isinstance(v, (str, int, float)) and not isinstance(v, bool)]
        text = normalise_paragraphs(parts)
    else:
        text = normalise_text(str(value))
    return text if text.strip() else None


def _strings(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return ()
    return tuple(dict.fromkeys(s for s in (normalise_inline(v) for v in value if isinstance(v, str)) if s))


def _article(path: str, record: dict[str, Any], *, where: tuple[str, str]) -> RawDocument | Rejection:
    title = normalise_inline(record.get("title")) if not isinstance(record.get("title"), (dict, list)) else None
    body = next((b for b in (_as_text(record.get(k)) for k in _BODY_KEYS) if b), None)
    if not title or not body:
        missing = " and ".join(name for name, ok in (("title", title), ("body", body)) if not ok)
        ko_missing = "·".join(name for name, ok in (("제목", title), ("본문", body)) if not ok)
        return reject(path, "no_article", f"{where[0]}{ko_missing} 없음", f"{where[1]}: no {missing}")

    extra: dict[str, Any] = json_safe({k: v for k, v in record.items() if k not in _KNOWN})
    for key in _BODY_KEYS:  # the other body-like keys, when one was the body
        if key in record and _as_text(record[key]) != body:
            extra[key] = json_safe(record[key])
    dates = {}
    for key in ("published_at", "updated_at"):
        raw = record.get(key)
        dates[key] = parse_datetime(raw)
        if raw not in (None, "") and dates[key] is None:
            extra[f"{key}_raw"] = json_safe(raw)
    return RawDocument(
        source_path=path,
        source_format="jsonl",
        text=body,
        title=title,
        published_at=dates["published_at"],
        updated_at=dates["updated_at"],
        byline=_inline(record.get("byline")),
        reporter_email=_inline(record.get("reporter_email")),
        outlet=_inline(record.get("outlet")),
        url=_inline(record.get("url")),
        source_urls=_strings(record.get("sources")),
        flags=_strings(record.get("flags")),
        extra=extra,
    )


def _inline(value: Any) -> str | None:
    return normalise_inline(value) if isinstance(value, (str, int, float)) and not isinstance(value, bool) else None
