"""Writing the DuckDB file: built aside, swapped in atomically, one build at a time.

DuckDB lets no other process open a file that is open for writing, not even read-only, so the
dashboard could not read while we write. Every build therefore writes a new temporary file,
carries over what the previous database already holds (articles are never re-read from their
inputs), commits, closes, fsyncs and `os.replace`s it over the old one. Readers that have the
old file open keep a consistent snapshot; a build killed at any moment leaves the previous file
untouched and only a stale temporary file, which the next build removes.
"""

from __future__ import annotations

import fcntl
import os
import re
import shutil
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Iterator

import duckdb
import pandas as pd
import pyarrow as pa

SCHEMA_PATH = Path(__file__).with_name("schema.sql")

# Tables whose rows are facts gathered by earlier runs, and the links, which a build that links
# only the new articles keeps (one that links everything deletes them); everything else is derived again.
CARRIED_TABLES = ("articles", "removed_lines", "mentions", "rejected_inputs", "etl_runs", "source_files", "links")


class BuildLocked(RuntimeError):
    """Another build of the same database is running."""


def schema_sql() -> str:
    return SCHEMA_PATH.read_text(encoding="utf-8")


def table_names() -> list[str]:
    return re.findall(r"CREATE TABLE (\w+)", schema_sql())


@contextmanager
def build_lock(db_path: Path) -> Iterator[None]:
    """Refuse a second concurrent build instead of interleaving two writers."""
    lock_path = db_path.with_name(db_path.name + ".lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "?"
            raise BuildLocked(
                f"{db_path}: 다른 빌드가 실행 중입니다 (PID {holder}) / another build is running"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)


def temporary_path(db_path: Path) -> Path:
    return db_path.with_name(f"{db_path.name}.building-{os.getpid()}")


def remove_stale_temporaries(db_path: Path) -> None:
    """Leftovers of killed builds; safe to delete because we hold the build lock."""
    for stale in db_path.parent.glob(f"{db_path.name}.building-*"):
        if stale.is_dir():  # DuckDB's spill directory (`<file>.tmp`)
            shutil.rmtree(stale, ignore_errors=True)
        else:
            stale.unlink(missing_ok=True)


def discard(path: Path) -> None:
    """Delete a database file, its write-ahead log and what DuckDB spilled to disk beside it."""
    path.unlink(missing_ok=True)
    Path(str(path) + ".wal").unlink(missing_ok=True)
    shutil.rmtree(str(path) + ".tmp", ignore_errors=True)


BUILD_MEMORY_LIMIT = "128MB"


def _connect(path: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(str(path))
    # No progress bar: DuckDB draws one on stdout for any statement over 2 s, which is the CLI's
    # output (and a slow machine's carry-over or checkpoint takes that long).
    con.execute("SET enable_progress_bar = false")
    # DuckDB would otherwise keep every block it has written in memory, up to 80 % of the machine:
    # a build's memory would grow with the archive. Beyond this it writes blocks out and sorts on disk.
    con.execute(f"SET memory_limit = '{BUILD_MEMORY_LIMIT}'")
    return con


@contextmanager
def checkpoints_deferred(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """No automatic checkpoint while the block runs (`publish` checkpoints once at the end).

    DuckDB checkpoints whenever its write-ahead log passes 16 MB; a checkpoint in the middle of
    writing wide rows compresses them outside the memory cap (measured: up to 90 MB over it while
    the derived tables of 100,000 articles were written, against 40-50 MB for the one at the end).
    """
    con.execute("SET checkpoint_threshold = '1TB'")
    try:
        yield
    except BaseException:
        with suppress(duckdb.Error):  # a connection DuckDB gave up on: the error that did it is the one to see
            con.execute("RESET checkpoint_threshold")
        raise
    con.execute("RESET checkpoint_threshold")


def create(path: Path) -> duckdb.DuckDBPyConnection:
    discard(path)
    con = _connect(path)
    con.execute(schema_sql())
    return con


def start_from(previous: Path, tmp: Path) -> duckdb.DuckDBPyConnection:
    """The new file, holding the previous database's gathered facts (CARRIED_TABLES) and nothing else.

    When the previous file has exactly the current schema, it is copied as a file and its
    derived tables emptied: far cheaper than copying every article row through SQL. Otherwise
    (no previous file, an older schema, a write-ahead log left beside it) a new file is made
    and the facts are carried over column by column.
    """
    wal = Path(str(previous) + ".wal")
    if previous.exists() and not wal.exists() and _same_schema(previous):
        discard(tmp)
        shutil.copyfile(previous, tmp)
        con = _connect(tmp)
        for table in table_names():
            if table not in CARRIED_TABLES:
                con.execute(f"DELETE FROM {table}")
        return con
    con = create(tmp)
    carry_over(con, previous)
    return con


def _same_schema(previous: Path) -> bool:
    columns = ("SELECT table_name, column_name, data_type, column_index, is_nullable, column_default "
               "FROM duckdb_columns() WHERE database_name = ? ORDER BY ALL")
    keys = ("SELECT table_name, constraint_type, constraint_column_names FROM duckdb_constraints() "
            "WHERE database_name = ? ORDER BY ALL")
    con = duckdb.connect(":memory:")
    try:
        con.execute(schema_sql())
        con.execute("ATTACH ? AS previous (READ_ONLY)", [str(previous)])
        return all(con.execute(sql, ["memory"]).fetchall() == con.execute(sql, ["previous"]).fetchall()
                   for sql in (columns, keys))
    except duckdb.Error:
        return False
    finally:
        con.close()


def carry_over(con: duckdb.DuckDBPyConnection, previous: Path, tables=CARRIED_TABLES) -> dict[str, int]:
    """Copy the previous database's gathered facts into the new file, column by column.

    Only the columns both schemas share are copied, so a database built by an older version
    still carries its articles into a newer schema.
    """
    counts: dict[str, int] = {}
    if not previous.exists():
        return counts
    con.execute("ATTACH ? AS previous (READ_ONLY)", [str(previous)])
    try:
        old_tables = {r[0] for r in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = 'previous'").fetchall()}
        for table in tables:
            if table not in old_tables:
                continue
            new_cols = [r[0] for r in con.execute(
                "SELECT column_name FROM duckdb_columns() WHERE database_name = current_database() "
                "AND table_name = ? ORDER BY column_index", [table]).fetchall()]
            old_cols = {r[0] for r in con.execute(
                "SELECT column_name FROM duckdb_columns() WHERE database_name = 'previous' "
                "AND table_name = ?", [table]).fetchall()}
            shared = [c for c in new_cols if c in old_cols]
            cols = ", ".join(f'"{c}"' for c in shared)
            con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM previous.{table}")
            counts[table] = con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
    finally:
        con.execute("DETACH previous")
    return counts


def insert_frame(con: duckdb.DuckDBPyConnection, table: str, frame: "pd.DataFrame | pa.Table") -> None:
    """Bulk insert by column name (DuckDB scans the DataFrame or Arrow table; no per-row Python)."""
    if len(frame) == 0:
        return
    con.register("_incoming", frame)
    try:
        cols = ", ".join(f'"{c}"' for c in (frame.column_names if isinstance(frame, pa.Table) else frame.columns))
        con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _incoming")
    finally:
        con.unregister("_incoming")


# DuckDB 2.0 cannot sort rows as wide as a mention or a commitment within BUILD_MEMORY_LIMIT: past
# some hundred thousand rows its merge runs out of blocks to pin, and spilling does not help. Narrow
# keys it sorts (measured to 1.8 million mentions at 128 MB). So a wide table is put in order by
# numbering its rows' keys, then moving the rows a slice of positions at a time: a scan per slice,
# memory bounded by the slice.
SORT_SLICE = 50_000


def number_in_order(con: duckdb.DuckDBPyConnection, name: str, source: str, order: str,
                    where: str = "", params: list | None = None) -> int:
    """Make temporary table `name` (_pos, _row): the rowid of every row of table `source` (that
    `where` keeps), numbered from 0 in `order`. Returns the number of rows."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS SELECT row_number() OVER (ORDER BY {order}) - 1 AS _pos, "
                f"rowid AS _row FROM {source} {where}", params or [])
    return con.execute(f"SELECT count(*) FROM {name}").fetchall()[0][0]


def _position_slices(total: int) -> Iterator[list[int]]:
    """[start, end) bounds of SORT_SLICE positions covering 0..total."""
    return ([start, start + SORT_SLICE] for start in range(0, total, SORT_SLICE))


def read_in_slices(con: duckdb.DuckDBPyConnection, query: str, total: int) -> Iterator[pa.Table]:
    """The rows of `query`, whose two parameters bound a slice of positions, for the slices of
    0..total in turn. Each slice is read whole, so the caller may write on `con` between them."""
    for bounds in _position_slices(total):
        yield con.sql(query, params=bounds).to_arrow_table()


def insert_sorted(con: duckdb.DuckDBPyConnection, table: str, source: str, order: str, columns: str | None = None) -> None:
    """INSERT INTO table SELECT columns (all of source's) FROM source ORDER BY order, for a
    `source` table whose rows are too wide for DuckDB to sort within the memory cap (SORT_SLICE)."""
    total = number_in_order(con, "_placed", source, order)
    for bounds in _position_slices(total):
        con.execute(f"INSERT INTO {table} SELECT {columns or source + '.*'} FROM _placed JOIN {source} ON {source}.rowid = _row "
                    "WHERE _pos >= ? AND _pos < ? ORDER BY _pos", bounds)
    con.execute("DROP TABLE _placed")


def check_unique(con: duckdb.DuckDBPyConnection, table: str, column: str) -> None:
    """Raise when a value of `column` is stored twice in `table`: a key the schema does not index."""
    twice = con.execute(f"SELECT {column} FROM {table} GROUP BY ALL HAVING count(*) > 1 LIMIT 1").fetchall()
    if twice:
        raise RuntimeError(f"{table}.{column} {twice[0][0]!r} is stored twice")


def publish(con: duckdb.DuckDBPyConnection, tmp: Path, db_path: Path) -> None:
    """Close, flush to disk and swap the new file in. Readers see the old file or the new one."""
    con.execute("CHECKPOINT")
    con.close()
    with open(tmp, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, db_path)
    dir_fd = os.open(db_path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
