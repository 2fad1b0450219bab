"""Editors' verdicts: the desk's own status call on a commitment, never lost by a rebuild.

The database is rebuilt from the articles at any time, so a journalist's judgement cannot live in
it. Verdicts go to an append-only JSON-lines file beside the database (`tracker.verdicts.jsonl`
next to `tracker.duckdb`). Each verdict is one line written with a single `write` on a file opened
with O_APPEND while holding an exclusive lock, so concurrent writers (two editors, the CLI and the
dashboard) never interleave or lose a line. The newest verdict per commitment wins; older ones
stay as its history.
"""

from __future__ import annotations

import fcntl
import json
import os
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from . import korea_time
from .status import STATUSES


@dataclass(frozen=True)
class Verdict:
    commitment_id: str
    status: str
    note: str
    editor: str
    recorded_at: datetime


def verdicts_path(db_path: str | Path) -> Path:
    """Where the verdicts of a database live: beside it, named after it."""
    db_path = Path(db_path)
    stem = db_path.name[: -len(".duckdb")] if db_path.name.endswith(".duckdb") else db_path.name
    return db_path.with_name(f"{stem}.verdicts.jsonl")


def record(path: str | Path, commitment_id: str, status: str, note: str = "", editor: str = "") -> Verdict:
    """Append one verdict. Raises ValueError for an unknown status or a missing id or editor."""
    if status not in STATUSES:
        raise ValueError(f"알 수 없는 상태 '{status}' / unknown status; use one of {', '.join(STATUSES)}")
    if not commitment_id.strip():
        raise ValueError("약속 ID가 비어 있습니다 / empty commitment id")
    if not editor.strip():
        raise ValueError("판정한 사람(editor)을 적어 주세요 / the editor's name is required")
    verdict = Verdict(commitment_id.strip(), status, note.strip(), editor.strip(), korea_time.now())
    line = json.dumps({**asdict(verdict), "recorded_at": verdict.recorded_at.isoformat()}, ensure_ascii=False) + "\n"
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        data = line.encode("utf-8")
        written = os.write(fd, data)
        if written != len(data):  # pragma: no cover - a full disk
            raise OSError(f"{path}: short write ({written} of {len(data)} bytes)")
        os.fsync(fd)
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
    return verdict


def load(path: str | Path) -> list[Verdict]:
    """All verdicts in the order they were recorded; a damaged line is skipped, not fatal."""
    path = Path(path)
    if not path.exists():
        return []
    verdicts = []
    with open(path, encoding="utf-8") as handle:
        fcntl.flock(handle, fcntl.LOCK_SH)
        try:
            lines = handle.readlines()
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
    for line in lines:
        try:
            row = json.loads(line)
            verdicts.append(Verdict(
                row["commitment_id"], row["status"], row.get("note", ""), row.get("editor", ""),
                datetime.fromisoformat(row["recorded_at"]),
            ))
        except (ValueError, KeyError, TypeError):
            continue
    return verdicts


def latest(path: str | Path) -> dict[str, Verdict]:
    """The verdict in force for each commitment: the newest one."""
    current: dict[str, Verdict] = {}
    for verdict in load(path):
        current[verdict.commitment_id] = verdict
    return current


def orphans(path: str | Path, existing_ids: set[str]) -> list[Verdict]:
    """Verdicts in force whose commitment the current database no longer produces."""
    return [v for v in latest(path).values() if v.commitment_id not in existing_ids]
