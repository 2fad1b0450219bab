"""Reference data: ministries (with renames and splits), officials (with terms), topics, outlets.

Reference data is data, not code. Ministries are renamed and split (산업통상자원부 became 산업통상부
on 2025-10-01, 기획재정부 split into 재정경제부 and 기획예산처 on 2026-01-02), ministers come and go,
editors refine the cue words of a category and add outlets. None of that should need a programmer or
a release, so it lives in plain files under `data/reference/` that an editor changes in a text editor
or a spreadsheet:

    ministries.csv  ministry,short_name,aliases,english,kind,valid_from,valid_to,successor,part_to,note
    officials.csv   person,title,ministry,term_start,term_end,note
    topics.toml     [[topic]] code, label, description, cues
    outlets.csv     outlet,domains,aliases

Lists inside a CSV cell are separated by `;`. Dates are `YYYY-MM-DD`; an empty date is open (since
ever / until now); both ends are inclusive. A CSV row whose first cell starts with `#` is a comment.

Everything is checked on load, and a mistake stops the load with a `ReferenceError` that names the
file, the line (1-based, the header is line 1) and the reason, e.g.
`data/reference/ministries.csv, line 14: unknown successor '산업통상브' (not a ministry in this file)`.
`python -m etl.reference [FOLDER]` runs the same checks and prints a summary.

The loader uses only the standard library (csv, tomllib); pandas is imported only by the *_frame()
methods that hand the tables to DuckDB (DESIGN.md §2).
"""

from __future__ import annotations

import csv
import functools
import io
import re
import sys
import tomllib
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from . import korea_time

__all__ = [
    "DEFAULT_FOLDER",
    "MINISTRY_KINDS",
    "Ministry",
    "Official",
    "Outlet",
    "Reference",
    "ReferenceError",
    "Topic",
    "load_reference",
]

DEFAULT_FOLDER = Path(__file__).resolve().parent.parent / "data" / "reference"
FILES = ("ministries.csv", "officials.csv", "topics.toml", "outlets.csv")

MINISTRY_COLUMNS = ("ministry", "short_name", "aliases", "english", "kind", "valid_from", "valid_to", "successor", "part_to",
                    "note")
OFFICIAL_COLUMNS = ("person", "title", "ministry", "term_start", "term_end", "note")
OUTLET_COLUMNS = ("outlet", "domains", "aliases")
TOPIC_KEYS = ("code", "label", "description", "cues", "weak_cues", "not_in", "owners", "remit_of")

#: 부 ministry, 처 ministry-level office, 청 agency, 위원회 commission, 실 office (국무조정실, 대통령비서실),
#: 국회 the legislature (not a ministry; for commitments attributed to the Assembly).
MINISTRY_KINDS = ("부", "처", "청", "위원회", "실", "국회")

FALLBACK_TOPIC = "other"

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_CODE = re.compile(r"[a-z][a-z0-9_]*")
_DOMAIN = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+")
_TITLE_SPLIT = re.compile(r"[\s()·,/]+")


# ---------------------------------------------------------------------------------------------
# Records


@dataclass(frozen=True)
class Ministry:
    """A government body under one name, for the period it bore that name."""

    name: str  # canonical full name: 과학기술정보통신부
    short_name: str  # what news writes most: 과기정통부
    aliases: tuple[str, ...]  # other surface forms: 과기부, MSIT
    english: str
    kind: str  # one of MINISTRY_KINDS
    valid_from: date | None  # None: since before this table's horizon
    valid_to: date | None  # None: still in existence (inclusive last day otherwise)
    successors: tuple[str, ...]  # canonical names that took over, primary first
    note: str
    # bodies that took over part of its work without succeeding it (산업통상자원부's energy went to
    # 기후에너지환경부): a promise's heir by topic, but no step in its lineage
    part_to: tuple[str, ...] = ()

    @property
    def successor(self) -> str | None:
        """The primary successor, if any."""
        return self.successors[0] if self.successors else None

    @property
    def forms(self) -> tuple[str, ...]:
        """Every surface form of this body: name, short name and aliases, without repeats."""
        return tuple(dict.fromkeys(f for f in (self.name, self.short_name, *self.aliases) if f))

    def valid_on(self, on: date) -> bool:
        return _within(on, self.valid_from, self.valid_to)


@dataclass(frozen=True)
class Official:
    """One post held by one person for one period (a title change is a new row)."""

    person: str
    title: str  # 장관, 부총리 겸 장관, 제2차관, 네트워크정책실장, 대통령권한대행, 장관 후보자 …
    ministry: str  # canonical name of the body as it was called during the term
    term_start: date | None  # None: not known
    term_end: date | None  # None: still in post (or not known; see note)
    note: str

    @property
    def nominee(self) -> bool:
        """A nomination that never became an appointment (title contains 후보자)."""
        return "후보자" in self.title

    def in_post_on(self, on: date) -> bool:
        return _within(on, self.term_start, self.term_end)


@dataclass(frozen=True)
class Topic:
    code: str
    label: str
    description: str
    cues: tuple[str, ...]
    owners: tuple[str, ...] = ()  # the bodies whose promises these usually are (ministries.csv names)
    remit_of: tuple[str, ...] = ()  # the bodies whose whole remit this topic is
    weak_cues: tuple[str, ...] = ()  # cues that alone name a circumstance, not the topic (`예산이 깎이면서`)
    not_in: tuple[str, ...] = ()  # words a cue sits inside without naming the topic (`가정통신문`: a letter home)


@dataclass(frozen=True)
class Outlet:
    name: str
    domains: tuple[str, ...]
    aliases: tuple[str, ...]


class ReferenceError(ValueError):
    """A reference file is missing or wrong. The message names the file, the line and the reason."""

    def __init__(self, path: str | Path, line: int | None, reason: str) -> None:
        self.path = str(path)
        self.line = line
        self.reason = reason
        where = self.path if line is None else f"{self.path}, line {line}"
        super().__init__(f"{where}: {reason}")

    def __reduce__(self):  # keep it picklable (multiprocessing, caching layers)
        return (type(self), (self.path, self.line, self.reason))


# ---------------------------------------------------------------------------------------------
# Small helpers


def _within(on: date, start: date | None, end: date | None) -> bool:
    return (start is None or start <= on) and (end is None or on <= end)


def _overlap(a_start: date | None, a_end: date | None, b_start: date | None, b_end: date | None) -> bool:
    return (a_start is None or b_end is None or a_start <= b_end) and (b_start is None or a_end is None or b_start <= a_end)


def _distance(on: date, start: date | None, end: date | None) -> int:
    """Days from `on` to the interval [start, end] (0 inside it)."""
    if start is not None and on < start:
        return (start - on).days
    if end is not None and on > end:
        return (on - end).days
    return 0


def _norm(text: str) -> str:
    """Key for comparing surface forms: NFC, no whitespace, case-folded."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text)).casefold()


def _split_list(cell: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p.strip() for p in cell.split(";") if p.strip()))


def _as_date(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    return date.fromisoformat(text[:10])


def _cues_found(patterns, not_in: re.Pattern[str] | None, text: str, lowered: str) -> list[bool]:
    """For each of a topic's cues found in `text`, whether it is weak; a cue inside one of the
    topic's `not_in` words is not found (`가정통신문` holds 통신 but is a letter home)."""
    if not_in is not None and not_in.search(text):
        text = not_in.sub(" ", text)
        lowered = text.lower()
    return [weak for needle, p, weak in patterns if needle in lowered and p.search(text)]


def _cue_pattern(cue: str) -> re.Pattern[str]:
    """A cue as a regex: spaces optional, Latin case-insensitive and standing as a word."""
    parts = [re.escape(p) for p in cue.split()]
    body = r"\s*".join(parts)
    if re.match(r"[A-Za-z0-9]", cue):
        body = r"(?<![A-Za-z0-9])" + body
    if re.search(r"[A-Za-z]$", cue):
        body = body + r"(?![A-Za-z])"
    return re.compile(body, re.IGNORECASE)


# ---------------------------------------------------------------------------------------------
# Reading files


class _Table:
    """Rows of a CSV file with their 1-based starting line numbers, header checked."""

    def __init__(self, path: Path, columns: Sequence[str]) -> None:
        self.path = path
        self.rows: list[tuple[int, dict[str, str]]] = []
        text = _read_text(path)
        reader = csv.reader(io.StringIO(text, newline=""))
        header: list[str] | None = None
        previous_end = 0
        for row in reader:
            line = previous_end + 1
            previous_end = reader.line_num
            if header is None:
                header = [c.strip() for c in row]
                self._check_header(header, columns)
                continue
            if not row or all(not c.strip() for c in row):
                continue
            if row[0].lstrip().startswith("#"):
                continue
            if len(row) != len(header):
                raise ReferenceError(
                    path, line, f"expected {len(header)} fields ({', '.join(header)}), found {len(row)}"
                    " - a comma inside a value needs the value in double quotes"
                )
            self.rows.append((line, {k: v.strip() for k, v in zip(header, row)}))
        if header is None:
            raise ReferenceError(path, 1, f"empty file; expected the header {','.join(columns)}")

    def _check_header(self, header: list[str], columns: Sequence[str]) -> None:
        missing = [c for c in columns if c not in header]
        unknown = [c for c in header if c not in columns]
        duplicated = sorted({c for c in header if header.count(c) > 1})
        problems = []
        if missing:
            problems.append(f"missing column(s) {', '.join(missing)}")
        if unknown:
            problems.append(f"unknown column(s) {', '.join(repr(c) for c in unknown)}")
        if duplicated:
            problems.append(f"repeated column(s) {', '.join(duplicated)}")
        if problems:
            raise ReferenceError(self.path, 1, "; ".join(problems) + f" (expected: {','.join(columns)})")

    def required(self, line: int, row: dict[str, str], column: str) -> str:
        value = row[column]
        if not value:
            raise ReferenceError(self.path, line, f"empty required field '{column}'")
        return value

    def date(self, line: int, row: dict[str, str], column: str) -> date | None:
        value = row[column]
        if not value:
            return None
        if not _DATE.fullmatch(value):
            raise ReferenceError(self.path, line, f"bad date in '{column}': {value!r} (expected YYYY-MM-DD, e.g. 2025-10-01)")
        try:
            return date.fromisoformat(value)
        except ValueError as exc:
            raise ReferenceError(self.path, line, f"bad date in '{column}': {value!r} ({exc})") from None


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReferenceError(path, None, "file not found") from None
    except OSError as exc:
        raise ReferenceError(path, None, f"cannot read the file ({exc.strerror or exc})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ReferenceError(path, line, "not UTF-8 text (save the file as UTF-8, e.g. 'CSV UTF-8' in Excel)") from None


def _load_ministries(path: Path) -> tuple[Ministry, ...]:
    table = _Table(path, MINISTRY_COLUMNS)
    ministries: list[Ministry] = []
    lines: dict[str, int] = {}
    for line, row in table.rows:
        name = table.required(line, row, "ministry")
        kind = table.required(line, row, "kind")
        if kind not in MINISTRY_KINDS:
            raise ReferenceError(path, line, f"unknown kind {kind!r} (one of {', '.join(MINISTRY_KINDS)})")
        if name in lines:
            raise ReferenceError(path, line, f"duplicate canonical name {name!r} (already on line {lines[name]})")
        valid_from = table.date(line, row, "valid_from")
        valid_to = table.date(line, row, "valid_to")
        if valid_from and valid_to and valid_to < valid_from:
            raise ReferenceError(path, line, f"valid_to {valid_to} is before valid_from {valid_from}")
        successors = _split_list(row["successor"])
        if name in successors:
            raise ReferenceError(path, line, f"{name!r} names itself as its successor")
        if successors and valid_to is None:
            raise ReferenceError(path, line, f"{name!r} has a successor but no valid_to (the last day it existed)")
        part_to = _split_list(row["part_to"])
        if name in part_to:
            raise ReferenceError(path, line, f"{name!r} names itself in part_to")
        if part_to and valid_to is None:
            raise ReferenceError(path, line, f"{name!r} has part_to but no valid_to (the last day it existed)")
        lines[name] = line
        ministries.append(
            Ministry(
                name=name,
                short_name=row["short_name"] or name,
                aliases=tuple(a for a in _split_list(row["aliases"]) if a not in (name, row["short_name"])),
                english=row["english"],
                kind=kind,
                valid_from=valid_from,
                valid_to=valid_to,
                successors=successors,
                note=row["note"],
                part_to=part_to,
            )
        )
    by_name = {m.name: m for m in ministries}
    for m in ministries:
        for taker in m.part_to:
            if taker not in by_name:
                raise ReferenceError(path, lines[m.name], f"unknown body {taker!r} in part_to (not the canonical name of a ministry in this file)")
        for successor in m.successors:
            if successor not in by_name:
                raise ReferenceError(path, lines[m.name], f"unknown successor {successor!r} (not a ministry in this file)")
            nxt = by_name[successor]
            if nxt.valid_from is not None and m.valid_from is not None and nxt.valid_from <= m.valid_from:
                raise ReferenceError(
                    path, lines[m.name], f"successor {successor!r} starts ({nxt.valid_from}) before {m.name!r} does ({m.valid_from})"
                )
    for m in ministries:  # a renaming chain must end
        seen = [m.name]
        stack = list(m.successors)
        while stack:
            current = stack.pop()
            if current == m.name:
                raise ReferenceError(path, lines[m.name], f"successor cycle: {' -> '.join(seen + [current])}")
            if current in seen:
                continue
            seen.append(current)
            stack.extend(by_name[current].successors)
    # One surface form may point to one body at a time: 산업부 may be 산업통상자원부 until 2025-09-30
    # and 산업통상부 from 2025-10-01, never both on the same day.
    owners: dict[str, list[Ministry]] = {}
    for m in ministries:
        for form in m.forms:
            key = _norm(form)
            for other in owners.get(key, []):
                if other.name != m.name and _overlap(m.valid_from, m.valid_to, other.valid_from, other.valid_to):
                    raise ReferenceError(
                        path,
                        lines[m.name],
                        f"name or alias {form!r} of {m.name!r} is also used by {other.name!r} (line {lines[other.name]})"
                        " on overlapping dates; a name may point to one body at a time (set valid_from/valid_to)",
                    )
            owners.setdefault(key, []).append(m)
    return tuple(ministries)


def _ministry_forms(ministries: Sequence[Ministry]) -> dict[str, list[str]]:
    """Normalised name or alias → the canonical names it stands for."""
    forms: dict[str, list[str]] = {}
    for m in ministries:
        for form in m.forms:
            forms.setdefault(_norm(form), []).append(m.name)
    return forms


def _unknown_ministry(name: str, forms: dict[str, list[str]]) -> str:
    """Why `name` is refused where a canonical ministry name is wanted, with the name to use."""
    hint = forms.get(_norm(name))
    suggestion = f" - use the canonical name ({' or '.join(hint)})" if hint else " (not in ministries.csv)"
    return f"unknown ministry {name!r}{suggestion}"


def _load_officials(path: Path, ministries: Sequence[Ministry]) -> tuple[Official, ...]:
    table = _Table(path, OFFICIAL_COLUMNS)
    by_name = {m.name: m for m in ministries}
    forms = _ministry_forms(ministries)
    officials: list[Official] = []
    seen: dict[tuple[str, str, str, date | None], int] = {}
    for line, row in table.rows:
        person = table.required(line, row, "person")
        title = table.required(line, row, "title")
        ministry = table.required(line, row, "ministry")
        if ministry not in by_name:
            raise ReferenceError(path, line, _unknown_ministry(ministry, forms))
        start = table.date(line, row, "term_start")
        end = table.date(line, row, "term_end")
        if start and end and end < start:
            raise ReferenceError(path, line, f"term_end {end} is before term_start {start}")
        official = Official(person, title, ministry, start, end, row["note"])
        body = by_name[ministry]
        # The ministry is the name the body bore during the term, so the term lies within the
        # body's validity. A nominee may be named for a body about to be created: overlap suffices.
        if official.nominee:
            if not _overlap(start, end, body.valid_from, body.valid_to):
                raise ReferenceError(path, line, f"the nomination does not overlap the existence of {ministry!r}")
        else:
            if body.valid_from and (start is None or start < body.valid_from):
                raise ReferenceError(
                    path, line,
                    f"term_start {start or '(empty)'} is before {ministry!r} existed (from {body.valid_from});"
                    " use the predecessor's name for the earlier part of the term",
                )
            if body.valid_to and (end is None or end > body.valid_to):
                raise ReferenceError(
                    path, line,
                    f"term_end {end or '(empty)'} is after {ministry!r} ceased to exist ({body.valid_to});"
                    " end the row there and add a row under the successor's name",
                )
        key = (person, title, ministry, start)
        if key in seen:
            raise ReferenceError(path, line, f"duplicate row for {person} {title} {ministry} {start or ''} (line {seen[key]})")
        seen[key] = line
        officials.append(official)
    return tuple(officials)


def _load_topics(path: Path, ministries: Sequence[Ministry]) -> tuple[Topic, ...]:
    known = {m.name for m in ministries}
    forms = _ministry_forms(ministries)
    text = _read_text(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"line (\d+)", str(exc))
        line = getattr(exc, "lineno", None) or (int(found.group(1)) if found else None)
        reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise ReferenceError(path, line, f"TOML syntax error: {reason}") from None
    lines = text.splitlines()
    headers = [i + 1 for i, ln in enumerate(lines) if re.match(r"\s*\[\[\s*topic\s*\]\]", ln)]

    def key_line(index: int, key: str | None = None) -> int | None:
        if index >= len(headers):
            return None
        start = headers[index]
        end = headers[index + 1] if index + 1 < len(headers) else len(lines) + 1
        if key:
            for number in range(start, end):
                if re.match(rf"\s*{re.escape(key)}\s*=", lines[number - 1]):
                    return number
        return start

    unknown = [k for k in data if k != "topic"]
    if unknown:
        raise ReferenceError(path, 1, f"unknown top-level key(s) {', '.join(unknown)} (topics are [[topic]] tables)")
    tables = data.get("topic")
    if not isinstance(tables, list) or not tables:
        raise ReferenceError(path, 1, "no [[topic]] tables")
    topics: list[Topic] = []
    codes: dict[str, int] = {}
    remits: dict[str, str] = {}
    for index, table in enumerate(tables):
        where = key_line(index)
        extra = [k for k in table if k not in TOPIC_KEYS]
        if extra:
            raise ReferenceError(path, key_line(index, extra[0]), f"unknown key {extra[0]!r} (allowed: {', '.join(TOPIC_KEYS)})")
        code = table.get("code")
        if not isinstance(code, str) or not code.strip():
            raise ReferenceError(path, where, "empty required field 'code'")
        if not _CODE.fullmatch(code):
            raise ReferenceError(path, key_line(index, "code"), f"bad code {code!r} (lowercase letters, digits and _ only)")
        if code in codes:
            raise ReferenceError(path, key_line(index, "code"), f"duplicate topic code {code!r} (already on line {codes[code]})")
        codes[code] = key_line(index, "code") or where or 0
        label = table.get("label")
        if not isinstance(label, str) or not label.strip():
            raise ReferenceError(path, key_line(index, "label") or where, f"empty required field 'label' in topic {code!r}")
        description = table.get("description", "")
        if not isinstance(description, str):
            raise ReferenceError(path, key_line(index, "description"), f"'description' of topic {code!r} must be text")
        cues = table.get("cues", [])
        if not isinstance(cues, list) or not all(isinstance(c, str) and c.strip() for c in cues):
            raise ReferenceError(path, key_line(index, "cues"), f"'cues' of topic {code!r} must be a list of non-empty strings")
        weak = table.get("weak_cues", [])
        if not isinstance(weak, list) or not all(isinstance(c, str) and c.strip() in cues for c in weak):
            raise ReferenceError(path, key_line(index, "weak_cues"),
                                 f"'weak_cues' of topic {code!r} must be a list of its own cues")
        not_in = table.get("not_in", [])
        if not isinstance(not_in, list) or not all(
                isinstance(w, str) and w.strip() and any(_cue_pattern(c).search(w) for c in cues) for w in not_in):
            raise ReferenceError(path, key_line(index, "not_in"),
                                 f"'not_in' of topic {code!r} must be a list of words that hold one of its cues")
        def bodies(key: str) -> tuple[str, ...]:
            """The topic's list `key` of ministries.csv names, each known."""
            names = table.get(key, [])
            if not isinstance(names, list) or not all(isinstance(o, str) and o.strip() for o in names):
                raise ReferenceError(path, key_line(index, key), f"{key!r} of topic {code!r} must be a list of ministry names")
            unknown_body = next((o.strip() for o in names if o.strip() not in known), None)
            if unknown_body is not None:
                raise ReferenceError(path, key_line(index, key),
                                     f"{_unknown_ministry(unknown_body, forms)} in {key!r} of topic {code!r}")
            return tuple(o.strip() for o in names)

        owners = bodies("owners")
        remit_of = bodies("remit_of")
        for body in remit_of:
            if body in remits:
                raise ReferenceError(path, key_line(index, "remit_of"),
                                     f"{body!r} is in 'remit_of' of both {remits[body]!r} and {code!r}: a remit is one topic")
            remits[body] = code
        topics.append(Topic(code, label.strip(), description.strip(), tuple(dict.fromkeys(c.strip() for c in cues)),
                            owners, remit_of, tuple(c.strip() for c in weak), tuple(w.strip() for w in not_in)))
    if FALLBACK_TOPIC not in codes:
        raise ReferenceError(path, None, f"no topic with code {FALLBACK_TOPIC!r} (sentences without cues go there)")
    return tuple(topics)


def _load_outlets(path: Path) -> tuple[Outlet, ...]:
    table = _Table(path, OUTLET_COLUMNS)
    outlets: list[Outlet] = []
    names: dict[str, int] = {}
    domains: dict[str, tuple[str, int]] = {}
    for line, row in table.rows:
        name = table.required(line, row, "outlet")
        if _norm(name) in names:
            raise ReferenceError(path, line, f"duplicate outlet {name!r} (already on line {names[_norm(name)]})")
        names[_norm(name)] = line
        cells = _split_list(table.required(line, row, "domains"))
        cleaned = []
        for domain in cells:
            d = domain.lower().removeprefix("www.")
            if not _DOMAIN.fullmatch(d):
                raise ReferenceError(path, line, f"bad domain {domain!r} (write it like hankyung.com, without http:// or a path)")
            if d in domains and domains[d][0] != name:
                raise ReferenceError(path, line, f"domain {d!r} is already listed for {domains[d][0]!r} (line {domains[d][1]})")
            domains[d] = (name, line)
            cleaned.append(d)
        outlets.append(Outlet(name, tuple(dict.fromkeys(cleaned)), _split_list(row["aliases"])))
    return tuple(outlets)


# ---------------------------------------------------------------------------------------------
# The reference


class Reference:
    """The loaded reference data with the look-ups the ETL and the dashboard need."""

    def __init__(
        self,
        ministries: Iterable[Ministry],
        officials: Iterable[Official],
        topics: Iterable[Topic],
        outlets: Iterable[Outlet],
        folder: Path | None = None,
    ) -> None:
        self.ministries: tuple[Ministry, ...] = tuple(ministries)
        self.officials: tuple[Official, ...] = tuple(officials)
        self.topics: tuple[Topic, ...] = tuple(topics)
        self.outlets: tuple[Outlet, ...] = tuple(outlets)
        self.folder = folder

        self._by_name = {m.name: m for m in self.ministries}
        self._order = {m.name: i for i, m in enumerate(self.ministries)}
        # surface form -> [(rank, ministry)]; rank 0 canonical name, 1 short name, 2 alias
        self._forms: dict[str, list[tuple[int, Ministry]]] = {}
        for m in self.ministries:
            for rank, form in [(0, m.name), (1, m.short_name), *((2, a) for a in m.aliases)]:
                entries = self._forms.setdefault(_norm(form), [])
                if all(e[1].name != m.name for e in entries):
                    entries.append((rank, m))
        for entries in self._forms.values():
            entries.sort(key=lambda e: (e[0], self._order[e[1].name]))
        self._predecessors: dict[str, list[str]] = {m.name: [] for m in self.ministries}
        for m in self.ministries:
            for s in m.successors:
                self._predecessors.setdefault(s, []).append(m.name)

        self._topics = {t.code: t for t in self.topics}
        self._remits = {body: t.code for t in self.topics for body in t.remit_of}
        # (needle, pattern, weak): the plain substring test rules most cues out before any regex runs.
        self._cue_patterns = [
            (t, [(c.split()[0].lower(), _cue_pattern(c), c in t.weak_cues) for c in t.cues if c.split()],
             re.compile("|".join(_cue_pattern(w).pattern for w in t.not_in), re.IGNORECASE) if t.not_in else None)
            for t in self.topics
        ]
        forms = sorted({f for m in self.ministries for f in m.forms}, key=len, reverse=True)
        # any body's name, short name or alias in a text
        self.ministry_pattern = (
            re.compile("|".join(r"\s*".join(map(re.escape, f.split())) for f in forms)) if forms else None
        )

        self._domains = {d: o.name for o in self.outlets for d in o.domains}
        self._outlet_names: dict[str, Outlet] = {}
        for o in self.outlets:
            for form in (o.name, *o.aliases):
                self._outlet_names.setdefault(_norm(form), o)

    def __repr__(self) -> str:
        return (
            f"Reference({len(self.ministries)} ministries, {len(self.officials)} officials, "
            f"{len(self.topics)} topics, {len(self.outlets)} outlets from {self.folder})"
        )

    # -- ministries ------------------------------------------------------------------------------

    def _candidates(self, name_or_alias: str) -> list[Ministry]:
        return [m for _, m in self._forms.get(_norm(name_or_alias or ""), [])]

    def _latest(self, ministry: Ministry) -> Ministry:
        current = ministry
        for _ in range(len(self.ministries)):
            if not current.successors:
                break
            current = self._by_name[current.successors[0]]
        return current

    def _walk_to(self, ministry: Ministry, on: date) -> Ministry | None:
        """The body in `ministry`'s line that was valid on `on`: forwards through successors
        (primary first) when `on` is after it ended, backwards through predecessors when before."""
        forwards = ministry.valid_to is not None and on > ministry.valid_to
        queue = list(ministry.successors if forwards else self._predecessors.get(ministry.name, []))
        seen = {ministry.name}
        while queue:
            name = queue.pop(0)
            if name in seen:
                continue
            seen.add(name)
            body = self._by_name[name]
            if body.valid_on(on):
                return body
            queue.extend(body.successors if forwards else self._predecessors.get(name, []))
        return None

    def resolve_ministry(self, name_or_alias: str, on: date | None = None) -> str | None:
        """Canonical full name of the body `name_or_alias` meant on `on`.

        `산업부` on 2025-11-03 is 산업통상부, on 2025-03-01 산업통상자원부. A name of a body renamed
        before `on` gives its (primary) successor (`기획재정부` on 2026-02-01 → 재정경제부); a name of
        a body created after `on` gives its predecessor. `on=None` gives the current name (the end of
        the renaming chain). A form the table does not know gives None; a known form with nothing
        valid on `on` in its line gives the body the form names.
        """
        candidates = self._candidates(name_or_alias)
        if not candidates:
            return None
        if on is None:
            return self._latest(candidates[0]).name
        on = _as_date(on)
        for m in candidates:
            if m.valid_on(on):
                return m.name
        for m in candidates:
            found = self._walk_to(m, on)
            if found is not None:
                return found.name
        return min(candidates, key=lambda m: _distance(on, m.valid_from, m.valid_to)).name

    def heir(self, name: str, on: date, topic: str | None = None) -> str | None:
        """The body that carried on `name`'s promises on `on`, a date after it ended: of the bodies that
        took its work over (successors and `part_to`), the one that owns the promise's `topic`
        (산업통상자원부's grid promise is 기후에너지환경부's from 2025-10-01, its export promise
        산업통상부's), else the primary successor when it is the only one or the same body under a new
        name (the same short name); else None, as there is no telling which half (기획재정부's tax
        promise: 재정경제부 or 기획예산처)."""
        body = self.ministry(name)
        if body is None or not (body.successors or body.part_to):
            return None
        if body.valid_to is None or _as_date(on) <= body.valid_to:
            return body.name  # not ended yet
        owning = [s for s in body.successors + body.part_to
                  if topic in self._topics and s in self._topics[topic].owners]
        if not body.successors and len(owning) != 1:
            return None
        if len(body.successors) == 1 or len(owning) == 1:
            start = self._by_name[owning[0] if len(owning) == 1 else body.successors[0]]
        elif self._by_name[body.successors[0]].short_name == body.short_name:
            start = self._by_name[body.successors[0]]
        else:
            return None
        found = start if start.valid_on(_as_date(on)) else self._walk_to(start, _as_date(on))
        return found.name if found is not None else None

    def ministry(self, name: str) -> Ministry | None:
        """The body with this canonical name; another surface form gives the current body it names."""
        if name in self._by_name:
            return self._by_name[name]
        resolved = self.resolve_ministry(name)
        return self._by_name.get(resolved) if resolved else None

    def lineage(self, name: str) -> tuple[str, ...]:
        """`name` (resolved to a canonical name), then all its predecessors, then all its successors,
        transitively: what a filter on today's name must include. Siblings of a split are not
        included: 재정경제부 gives (재정경제부, 기획재정부), not 기획예산처."""
        body = self.ministry(name)
        if body is None:
            return ()
        result = [body.name]

        def walk(start: str, step) -> None:
            queue = list(step(start))
            while queue:
                current = queue.pop(0)
                if current not in result:
                    result.append(current)
                    queue.extend(step(current))

        walk(body.name, lambda n: self._predecessors.get(n, []))
        walk(body.name, lambda n: self._by_name[n].successors)
        return tuple(result)

    def ministry_aliases(self) -> list[tuple[str, str]]:
        """(surface form, canonical name) for every name, short name and alias. A form shared by a
        predecessor and its successor (산업부) appears once for each; resolve by date to pick one."""
        return [(form, m.name) for m in self.ministries for form in m.forms]

    # -- officials -------------------------------------------------------------------------------

    def officials_on(self, on: date | None = None, ministry: str | None = None) -> list[Official]:
        """Officials in post on `on` (today when None), optionally of `ministry` or any body in its
        lineage (so 산업통상부 also finds the 산업통상자원부 minister of 2025-08). Nominees excluded."""
        day = _as_date(on) or korea_time.today()
        names: tuple[str, ...] | None = None
        if ministry is not None:
            names = self.lineage(self.resolve_ministry(ministry, day) or ministry)
            if not names:
                return []
        return [
            o for o in self.officials
            if not o.nominee and o.in_post_on(day) and (names is None or o.ministry in names)
        ]

    def find_official(self, person: str, on: date | None = None, title: str | None = None) -> Official | None:
        """The post `person` held on `on` (the first in file order if several), else the post nearest
        in time; with `on=None` the most recent post.

        `title` is the title the text gives the person (`대통령 권한대행`, `국무총리`): when the person
        held several posts that day, the post whose title it names wins (한덕수 on 2025-04-24 is
        대통령권한대행 when so called, 국무총리 otherwise)."""
        rows = [o for o in self.officials if o.person == person.strip()]
        if not rows:
            return None
        if on is None:
            return max(rows, key=lambda o: (o.term_start or date.min, -self.officials.index(o)))
        day = _as_date(on)
        held = [o for o in rows if not o.nominee and o.in_post_on(day)]
        if len(held) > 1 and title:
            said = re.sub(r"\s+", "", title)
            named = [o for o in held if said == re.sub(r"\s+", "", o.title)] or [
                o for o in held if said.endswith(re.sub(r"\s+", "", o.title)) or re.sub(r"\s+", "", o.title).endswith(said)
            ]
            if named:
                return named[0]
        if held:
            return held[0]
        return min(rows, key=lambda o: (o.nominee, _distance(day, o.term_start, o.term_end)))

    def officials_by_surname(self, surname: str, title_word: str | None = None, on: date | None = None) -> list[Official]:
        """Officials whose name starts with `surname`, whose title has a word ending in `title_word`
        (장관 matches 장관 and 부총리 겸 장관; 차관 matches 제1차관) and who were in post on `on`:
        `유 장관` on 2024-12-23 is 유상임. Exact title words come first. Nominees only when
        `title_word` mentions 후보자."""
        surname = surname.strip()
        word = re.sub(r"\s+", "", title_word or "")
        day = _as_date(on)
        found: list[tuple[int, int, Official]] = []
        for index, o in enumerate(self.officials):
            if not o.person.startswith(surname) or len(o.person) <= len(surname):
                continue
            if o.nominee and "후보자" not in word:
                continue
            quality = 0
            if word:
                tokens = [t for t in _TITLE_SPLIT.split(o.title) if t]
                if word == re.sub(r"\s+", "", o.title) or word in tokens:
                    quality = 0
                elif any(t.endswith(word) for t in tokens):
                    quality = 1
                else:
                    continue
            if day is not None and not o.in_post_on(day):
                continue
            found.append((quality, index, o))
        found.sort(key=lambda f: (f[0], f[1]))
        return [o for _, _, o in found]

    # -- outlets ---------------------------------------------------------------------------------

    def outlet_for_domain(self, domain: str) -> str | None:
        """Outlet of a web or e-mail domain; accepts `m.hankyung.com`, `reporter@hankyung.com` and
        whole URLs. The longest listed domain that the host ends with wins (biz.chosun.com is
        조선비즈, news.chosun.com 조선일보)."""
        text = (domain or "").strip().lower()
        if "://" in text:
            text = urlsplit(text).hostname or ""
        if "@" in text:
            text = text.rsplit("@", 1)[1]
        host = text.split("/", 1)[0].split(":", 1)[0].strip(".")
        parts = host.split(".")
        for i in range(len(parts) - 1):
            outlet = self._domains.get(".".join(parts[i:]))
            if outlet:
                return outlet
        return None

    def outlet_by_name(self, name: str) -> Outlet | None:
        return self._outlet_names.get(_norm(name or ""))

    # -- topics ----------------------------------------------------------------------------------

    def topic_codes(self) -> tuple[str, ...]:
        return tuple(self._topics)

    def topic(self, code: str) -> Topic:
        try:
            return self._topics[code]
        except KeyError:
            raise KeyError(f"unknown topic code {code!r} (known: {', '.join(self._topics)})") from None

    def category_for(self, text: str, at_least: int = 1, article: str | None = None) -> str:
        """Code of the topic with the most distinct cues in `text` ('other' when none, or when the
        best has fewer than `at_least`); ties go to the topic listed first. Ministry names are
        blanked out first. `article`: the topic of the article the text is a sentence of, if known
        (see `topic_scores`)."""
        best, best_score = FALLBACK_TOPIC, 0
        for code, score in self.topic_scores(text, article).items():
            if score > best_score:
                best, best_score = code, score
        return best if best_score >= at_least else FALLBACK_TOPIC

    def topic_scores(self, text: str, article: str | None = None) -> dict[str, int]:
        """Distinct cues of each topic found in `text`, for the topics with any, in topic order.

        Given the `article`'s topic, a sentence's weak cues alone do not put it in another topic
        (`예산을 확보하지 못해 내년으로 미뤄졌다` in a story on child care is not about the budget),
        nor beside another topic's own cue, whatever the article."""
        if self.ministry_pattern is not None:
            text = self.ministry_pattern.sub(" ", text or "")
        lowered = text.lower()
        scores: dict[str, int] = {}
        weak_only: set[str] = set()
        for topic, patterns, not_in in self._cue_patterns:
            found = _cues_found(patterns, not_in, text, lowered)
            if found and not (article is not None and topic.code != article and all(found)):
                scores[topic.code] = len(found)
                if all(found) and topic.code != article:
                    weak_only.add(topic.code)
        if weak_only and len(weak_only) < len(scores):
            # beside another topic's own cue, weak ones are that story's circumstance (`반도체 산단 …
            # 송전선로 완공은 2033년으로`)
            scores = {code: score for code, score in scores.items() if code not in weak_only}
        return scores

    def named_by_weak_cues_only(self, text: str, code: str) -> bool:
        """Are all the cues of topic `code` found in `text` weak ones (`예산안`, `예산`: a budget series
        on five programmes is about the programmes, not the budget)?"""
        if self.ministry_pattern is not None:
            text = self.ministry_pattern.sub(" ", text or "")
        found = next((_cues_found(patterns, not_in, text, text.lower())
                      for topic, patterns, not_in in self._cue_patterns if topic.code == code), [])
        return bool(found) and all(found)

    def remit(self, ministry: str | None) -> str | None:
        """The topic that is the body's whole remit (topics.toml `remit_of`), if it has one."""
        return self._remits.get(ministry) if ministry else None

    # -- DuckDB tables (DESIGN.md §2) ------------------------------------------------------------

    def ministries_frame(self):
        """The `ministries` table: ministry, short_name, aliases (list), valid_from, valid_to,
        successor (;-joined or None), english, kind."""
        import pandas as pd

        return pd.DataFrame(
            [
                {
                    "ministry": m.name,
                    "short_name": m.short_name,
                    "aliases": list(m.aliases),
                    "valid_from": m.valid_from,
                    "valid_to": m.valid_to,
                    "successor": ";".join(m.successors) or None,
                    "english": m.english or None,
                    "kind": m.kind,
                }
                for m in self.ministries
            ],
            columns=["ministry", "short_name", "aliases", "valid_from", "valid_to", "successor", "english", "kind"],
        )

    def officials_frame(self):
        """The `officials` table: person, title, ministry, term_start, term_end."""
        import pandas as pd

        return pd.DataFrame(
            [
                {"person": o.person, "title": o.title, "ministry": o.ministry, "term_start": o.term_start, "term_end": o.term_end}
                for o in self.officials
            ],
            columns=["person", "title", "ministry", "term_start", "term_end"],
        )

    def topics_frame(self):
        """The `categories` table: category, label, position (1-based, file order)."""
        import pandas as pd

        return pd.DataFrame(
            [{"category": t.code, "label": t.label, "position": i} for i, t in enumerate(self.topics, 1)],
            columns=["category", "label", "position"],
        )


# ---------------------------------------------------------------------------------------------
# Loading (cached per folder and file versions)


def _stamp(folder: Path) -> tuple[tuple[str, int, int], ...]:
    stamp = []
    for name in FILES:
        try:
            st = (folder / name).stat()
            stamp.append((name, st.st_mtime_ns, st.st_size))
        except OSError:
            stamp.append((name, -1, -1))
    return tuple(stamp)


@functools.lru_cache(maxsize=16)
def _load(folder: str, stamp: tuple[tuple[str, int, int], ...]) -> Reference:
    base = Path(folder)
    ministries = _load_ministries(base / "ministries.csv")
    officials = _load_officials(base / "officials.csv", ministries)
    topics = _load_topics(base / "topics.toml", ministries)
    outlets = _load_outlets(base / "outlets.csv")
    return Reference(ministries, officials, topics, outlets, folder=base)


def load_reference(folder: str | Path | None = None) -> Reference:
    """Load and check the reference files in `folder` (default: the repository's data/reference).

    Cached: a second call returns the same object until one of the files changes (mtime or size).
    Raises ReferenceError naming the file, line and reason when a file is missing or wrong.
    """
    base = Path(folder).expanduser().resolve() if folder is not None else DEFAULT_FOLDER
    return _load(str(base), _stamp(base))


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m etl.reference [FOLDER]`: check the reference files and print what they hold."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        ref = load_reference(args[0] if args else None)
    except ReferenceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(ref)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
