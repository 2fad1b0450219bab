"""What every reader shares: text normalisation, date parsing, rejection messages."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta, timezone

from etl.model import REJECTION_REASONS, Rejection

#: Korea Standard Time. Every datetime a reader returns is naive KST wall-clock time (see
#: `parse_datetime`), so that dates from meta tags, JSON and spreadsheets compare with each other.
KST = timezone(timedelta(hours=9), "KST")

# Characters that `str.splitlines` treats as line breaks but `str.split("\n")` does not: mapping
# them to "\n" makes both agree, so the line cleaner's line numbers are the same either way.
# No-break spaces become plain spaces (a pasted page is full of U+00A0).
_TRANSLATE = str.maketrans(
    {
        "\x0b": "\n",
        "\x0c": "\n",
        "\x1c": "\n",
        "\x1d": "\n",
        "\x1e": "\n",
        "\x85": "\n",
        "\u2028": "\n",
        "\u2029": "\n",
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
    }
)
# Other control characters, zero-width spaces, stray BOMs and lone surrogates (possible from JSON
# "\ud800" escapes; they cannot be encoded as UTF-8 and would break the database write).
_DROP = re.compile("[\x00-\x08\x0e-\x1f\x7f\u200b\ufeff\ud800-\udfff]")
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)


# A run of blanks longer than this is cut to it: a page laid out in columns keeps its gaps, and no line
# of a thousand spaces (a converter's padding) costs the cleaner's date patterns time on every position
LONGEST_BLANK = 16
_LONG_BLANK = re.compile(rf"[ \t]{{{LONGEST_BLANK + 1},}}")


def normalise_text(text: str) -> str:
    """The normal form of every text a reader hands on.

    - line breaks: "\\r\\n" and "\\r" → "\\n" (and the other Unicode line separators, see above);
    - U+00A0 (and U+2007, U+202F) → space; zero-width spaces, BOMs and control characters dropped;
    - Unicode NFC, *not* NFKC: NFC composes decomposed Hangul (text copied on macOS) into syllables,
      while NFKC would rewrite what was written: ㈜ → (주), ⓒ → c (the copyright cue the cleaner
      looks for), full-width digits → ASCII, ㎡ → m2, compatibility jamo ㅋ → conjoining jamo. Gold
      sentences are copied character for character, so we keep the characters; a stage that wants
      full-width digits as numbers folds them itself;
    - runs of more than LONGEST_BLANK spaces or tabs cut to that many spaces;
    - trailing spaces on each line removed and trailing blank lines dropped. Leading blank lines are
      kept, so line N of a plain-text page is still line N of the file.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_TRANSLATE)
    text = _DROP.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = _LONG_BLANK.sub(" " * LONGEST_BLANK, text)
    return _TRAILING_SPACE.sub("", text).rstrip("\n")


def normalise_inline(value: object) -> str | None:
    """A one-line field (title, outlet, byline): normalised, whitespace runs collapsed; None if empty."""
    if value is None:
        return None
    text = " ".join(normalise_text(str(value)).split())
    return text or None


def normalise_paragraphs(paragraphs: list[str]) -> str:
    """Paragraphs → one text, a blank line between paragraphs, empty paragraphs dropped."""
    cleaned = [normalise_text(p).strip("\n") for p in paragraphs]
    return "\n\n".join(p for p in cleaned if p.strip())


_DATE_RE = re.compile(
    r"""^\s*(?P<y>\d{4})\s*(?:[-./년]\s*)?(?P<m>\d{1,2})\s*(?:[-./월]\s*)?(?P<d>\d{1,2})\s*[.일]?
        (?:\s*(?:T|\s)\s*(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d+)?)?)?
        \s*(?P<tz>Z|UTC|GMT|KST|[+-]\d{2}:?\d{2})?\s*$""",
    re.VERBOSE | re.IGNORECASE,
)


def to_kst_naive(value: datetime) -> datetime:
    """An aware datetime → naive KST wall-clock time; a naive one is taken to be KST already."""
    if value.tzinfo is not None and value.utcoffset() is not None:
        value = value.astimezone(KST)
    return value.replace(tzinfo=None)


def parse_datetime(value: object) -> datetime | None:
    """A date or timestamp as inputs write them → naive KST datetime, or None.

    Accepts datetime/date objects, YYYYMMDD integers (BigKinds 일자), ISO 8601 strings
    ("2025-07-22T09:30:00+09:00", "…Z"), "YYYY-MM-DD HH:MM", "YYYY.MM.DD HH:MM", "YYYY/MM/DD",
    "YYYYMMDD", "2025년 5월 14일". Timezone-aware values are converted to KST; values without a
    zone are taken to be KST (Korean news sites write local time). Anything else → None.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return to_kst_naive(value)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        value = str(value)
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > 64:
        return None
    try:
        return to_kst_naive(datetime.fromisoformat(text))
    except ValueError:
        pass
    match = _DATE_RE.match(text)
    if not match:
        return None
    try:
        parsed = datetime(
            int(match["y"]),
            int(match["m"]),
            int(match["d"]),
            int(match["H"] or 0),
            int(match["M"] or 0),
            int(match["S"] or 0),
        )
    except ValueError:
        return None
    zone = (match["tz"] or "").upper()
    if zone in ("Z", "UTC", "GMT"):
        parsed = parsed.replace(tzinfo=timezone.utc)
    elif zone and zone != "KST":
        sign = 1 if zone[0] == "+" else -1
        digits = zone[1:].replace(":", "")
        offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        parsed = parsed.replace(tzinfo=timezone(sign * offset))
    return to_kst_naive(parsed)


def reject(source_path: str, reason: str, ko: str, en: str) -> Rejection:
    """A Rejection whose detail names the input and says why, in Korean and English."""
    assert reason in REJECTION_REASONS, reason  # a programming error, not bad input
    return Rejection(source_path=source_path, reason=reason, detail=f"{source_path}: {ko} / {en}")


_SURROGATE = re.compile("[\ud800-\udfff]")


def json_safe(value: object) -> object:
    """A value for `extra` (a JSON column): datetimes as ISO strings, other odd types as str,
    NaN/∞ as str, lone surrogates (from JSON escapes) removed so the value encodes as UTF-8."""
    if isinstance(value, str):
        return _SURROGATE.sub("", value)
    if value is None or isinstance(value, (bool, int)):
        return value
    if isinstance(value, float):
        return value if value == value and value not in (float("inf"), float("-inf")) else str(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [json_safe(v) for v in value]
    if isinstance(value, dict):
        return {_SURROGATE.sub("", str(k)): json_safe(v) for k, v in value.items()}
    return _SURROGATE.sub("", str(value))
