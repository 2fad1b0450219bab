"""Where the pages get their data: one cached DuckDB snapshot per database file, and query results.

Why it looks like this (DESIGN.md §6, notes/streamlit-duckdb.md §3):

- The ETL never writes the file the app reads; it builds a new file and `os.replace`s it. So the
  app keys its connection on the file's *identity* — inode, modification time in ns, size — and a
  rebuilt file is picked up on the next rerun, without restarting the server. Old snapshots keep
  reading the old inode until they are evicted, so a page never sees half a build.
- The connection is an in-memory DuckDB with the file ATTACHed read-only (`queries.open_snapshot`),
  never `duckdb.connect(path)`, which hands back a cached instance of the *old* file.
- Editors' verdicts live beside the database in an append-only JSONL file (etl/verdicts.py), so a
  rebuild never loses them. They are loaded into the snapshot as a table, and the snapshot is
  keyed on that file's identity too: a new verdict shows on the next rerun.
- Each query runs on its own cursor (DuckDB connections are not shared between threads, and
  Streamlit runs sessions in threads), and results are cached per snapshot and arguments.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable

import duckdb
import streamlit as st

from dashboard import queries
from etl import verdicts as verdict_store
from etl.korea_time import SEOUL, today  # noqa: F401  (pages call data.today())

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = ROOT / "data" / "tracker.duckdb"

BUILD_HELP = (
    "터미널에서 `make run` 을 실행하거나, 기사 폴더를 직접 처리하세요:\n\n"
    "```\npython -m etl build data/articles --db data/tracker.duckdb\n```\n\n"
    "또는 **데이터** 페이지에서 기사 파일을 올리고 ‘처리 시작’을 누르세요."
)


def db_path() -> Path:
    """The database file: $TRACKER_DB, else data/tracker.duckdb in the repository."""
    configured = os.environ.get("TRACKER_DB")
    return Path(configured).expanduser().resolve() if configured else DEFAULT_DB


def verdicts_path() -> Path:
    return verdict_store.verdicts_path(db_path())


def identity(path: Path) -> tuple[int, int, int] | None:
    """(inode, mtime ns, size): changes when the file is replaced or appended to."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    return (stat.st_ino, stat.st_mtime_ns, stat.st_size)


@dataclass(frozen=True, eq=False)
class Snapshot:
    """An open, read-only view of one build of the database plus the verdicts at that moment."""

    con: duckdb.DuckDBPyConnection
    db_path: Path
    key: tuple
    built_at: datetime
    size: int

    def cursor(self) -> duckdb.DuckDBPyConnection:
        return self.con.cursor()


class SnapshotError(RuntimeError):
    """The file exists but DuckDB cannot open it (damaged, or written by another version)."""


@st.cache_resource(max_entries=4, show_spinner=False)
def _open(path: str, db_identity: tuple, verdicts_identity: tuple | None) -> Snapshot:
    try:
        con = queries.open_snapshot(path, verdict_store.load(verdict_store.verdicts_path(path)))
    except duckdb.Error as error:
        raise SnapshotError(str(error)) from error
    return Snapshot(
        con=con,
        db_path=Path(path),
        key=(path, db_identity, verdicts_identity),
        built_at=datetime.fromtimestamp(db_identity[1] / 1e9, SEOUL),
        size=db_identity[2],
    )


def snapshot() -> Snapshot | None:
    """The current snapshot, or None when there is no database yet.

    Raises SnapshotError when the file cannot be opened.
    """
    path = db_path()
    db_identity = identity(path)
    if db_identity is None:
        return None
    return _open(str(path), db_identity, identity(verdicts_path()))


@st.cache_data(max_entries=512, show_spinner=False)
def _cached(name: str, key: tuple, day: date, args: tuple, kwargs: tuple, _snap: Snapshot) -> Any:
    cursor = _snap.cursor()
    try:
        return getattr(queries, name)(cursor, *args, **dict(kwargs))
    finally:
        cursor.close()


def run(query: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Run a `dashboard.queries` function on the current snapshot, cached per snapshot + arguments.

    The cache key includes today's date because statuses are judged at today when no `as_of`
    is chosen (a deadline passing at midnight makes a commitment 지연).
    """
    snap = snapshot()
    if snap is None:
        raise SnapshotError("데이터베이스가 없습니다")
    return _cached(query.__name__, snap.key, today(), args, tuple(sorted(kwargs.items())), _snap=snap)


def run_uncached(snap: Snapshot, query: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """For exports: the whole filtered set, built when the download is clicked, never cached."""
    cursor = snap.cursor()
    try:
        return query(cursor, *args, **kwargs)
    finally:
        cursor.close()


def require() -> Snapshot:
    """The snapshot, or an explanation on the page and a stop when there is none to show."""
    try:
        snap = snapshot()
    except SnapshotError as error:
        st.error(
            f"데이터베이스 파일을 열 수 없습니다: `{db_path()}`\n\n{error}\n\n"
            "ETL로 다시 만들면 해결됩니다 (이전 파일은 빌드가 끝날 때까지 그대로 남습니다).",
            icon=":material/error:",
        )
        st.stop()
    if snap is None:
        st.info(f"**아직 데이터베이스가 없습니다** (`{db_path()}`).\n\n{BUILD_HELP}", icon=":material/database:")
        st.page_link("pages/7_data.py", label="데이터 페이지로 가기", icon=":material/upload_file:")
        st.stop()
    return snap


def record_verdict(commitment_id: str, status: str, note: str, editor: str):
    """Append an editor's verdict beside the database; the next rerun shows it."""
    return verdict_store.record(verdicts_path(), commitment_id, status, note, editor)
