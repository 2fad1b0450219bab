"""The build as a whole: idempotent, atomic, locked, and safe to kill at any moment."""

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pytest

from etl.build import build
from etl.cli import main as cli
from etl.store import BuildLocked, build_lock

ROOT = Path(__file__).resolve().parents[1]

ARTICLE = """\
{title}

입력 2025-0{month}-1{day} 10:20

과학기술정보통신부는 {year}년까지 {what} {count}만 장을 확보하겠다고 밝혔다.

류제명 과학기술정보통신부 제2차관은 "올해 안에 세부 계획을 마련하겠다"고 말했다.

정부는 지난해 {count}천 장을 들여온 바 있다.

홍길동 기자 gildong@nurinews.example.kr
ⓒ 누리뉴스 무단전재 및 재배포 금지
"""


def write_articles(folder: Path, n: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        path = folder / f"article-{i:03d}.txt"
        path.write_text(ARTICLE.format(
            title=f"정부, GPU {i + 1}만장 확보 추진 {i}", month=1 + i % 9, day=i % 10, year=2026 + i % 3,
            what=["그래픽처리장치", "GPU", "AI 반도체"][i % 3], count=i + 1,
        ), encoding="utf-8")
        paths.append(path)
    return paths


def table_counts(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "mentions", "commitments", "status_history", "etl_runs")}
    finally:
        con.close()


def test_second_run_adds_nothing_and_says_so(tmp_path):
    folder = tmp_path / "in"
    write_articles(folder, 3)
    db = tmp_path / "t.duckdb"
    first = build([folder], db)
    assert (first.articles_added, first.articles_skipped) == (3, 0)
    counts = table_counts(db)
    second = build([folder], db)
    assert (second.articles_added, second.articles_skipped) == (0, 3)
    assert "새로 추가된 기사가 없습니다" in second.summary()
    after = table_counts(db)
    assert after["etl_runs"] == counts["etl_runs"] + 1
    assert {k: v for k, v in after.items() if k != "etl_runs"} == {k: v for k, v in counts.items() if k != "etl_runs"}


def test_a_one_shot_build_frees_kiwi_before_linking_and_stores_the_same(tmp_path, monkeypatch):
    from etl import build as build_module, nlp

    folder = tmp_path / "in"
    write_articles(folder, 3)
    kept = build([folder], tmp_path / "kept.duckdb")
    cached_while_linking = []
    real_link = build_module.link_batches
    monkeypatch.setattr(build_module, "link_batches",
                        lambda *a: cached_while_linking.append(nlp.kiwi.cache_info().currsize) or real_link(*a))
    freed = build([folder], tmp_path / "freed.duckdb", release_kiwi=True)
    assert cached_while_linking == [0]
    assert table_counts(tmp_path / "freed.duckdb") == table_counts(tmp_path / "kept.duckdb")
    assert (freed.mentions, freed.commitments) == (kept.mentions, kept.commitments)


def test_commitment_ids_are_stable_across_rebuilds_and_additions(tmp_path):
    folder = tmp_path / "in"
    write_articles(folder, 3)
    ids = []
    for name in ("a.duckdb", "b.duckdb"):
        build([folder], tmp_path / name)
        con = duckdb.connect(str(tmp_path / name), read_only=True)
        ids.append(sorted(r[0] for r in con.execute("SELECT commitment_id FROM commitments").fetchall()))
        con.close()
    assert ids[0] == ids[1] and ids[0]
    write_articles(folder, 1, start=50)
    build([folder], tmp_path / "a.duckdb")
    con = duckdb.connect(str(tmp_path / "a.duckdb"), read_only=True)
    grown = {r[0] for r in con.execute("SELECT commitment_id FROM commitments").fetchall()}
    con.close()
    assert set(ids[0]) <= grown


def test_cli_build_exit_codes_and_summary(tmp_path, capsys):
    folder = tmp_path / "in"
    write_articles(folder, 2)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    db = tmp_path / "t.duckdb"
    assert cli(["build", str(folder), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "기사 2건을 추가" in out and "empty" in out
    with pytest.raises(SystemExit) as usage:
        cli(["build", "--db", str(db)])
    assert usage.value.code == 2


def test_the_summary_names_pages_whose_date_was_not_found(tmp_path):
    folder = tmp_path / "in"
    write_articles(folder, 1)
    (folder / "undated.txt").write_text(
        "보건복지부, 돌봄 대상 연말까지 3,500명으로\n\n보건복지부는 돌봄 대상을 연말까지 3,500명으로 늘리겠다고 밝혔다.\n",
        encoding="utf-8")
    report = build([folder], tmp_path / "t.duckdb")
    assert [Path(p).name for p in report.undated] == ["undated.txt"]
    assert "날짜를 찾지 못한 기사 1건(undated.txt)" in report.summary()


def test_help_ends_with_an_example(capsys):
    with pytest.raises(SystemExit):
        cli(["build", "--help"])
    lines = capsys.readouterr().out.strip().splitlines()
    assert "python -m etl build" in lines[-1] or "python -m etl build" in lines[-2]


def test_second_build_at_once_is_refused(tmp_path):
    db = tmp_path / "t.duckdb"
    with build_lock(db):
        with pytest.raises(BuildLocked):
            build([tmp_path], db)
    assert not db.exists()


def built_then_two_more(tmp_path):
    """A database built from two articles, two more articles beside them, and its table counts."""
    folder = tmp_path / "in"
    write_articles(folder, 2)
    db = tmp_path / "t.duckdb"
    build([folder], db)
    before = table_counts(db)
    write_articles(folder, 2, start=10)
    return folder, db, before


def test_failed_build_leaves_previous_database_intact(tmp_path, monkeypatch):
    folder, db, before = built_then_two_more(tmp_path)

    def explode(*args, **kwargs):
        raise RuntimeError("linking failed")

    monkeypatch.setattr("etl.build.link_batches", explode)
    monkeypatch.setattr("etl.build.link_onto", explode)  # added articles may be linked alone
    for relink in (False, True):
        with pytest.raises(RuntimeError):
            build([folder], db, relink=relink)
        assert table_counts(db) == before
    assert not list(tmp_path.glob("t.duckdb.building-*"))


def test_a_mention_stored_twice_fails_the_build_and_keeps_the_previous_database(tmp_path, monkeypatch):
    """mention_id has no key (its index would not fit the build's memory at scale); the build
    checks it is unique before publishing."""
    from etl import store

    folder, db, before = built_then_two_more(tmp_path)
    insert_frame = store.insert_frame

    def insert_mentions_twice(con, table, frame):
        insert_frame(con, table, frame)
        if table == "mentions":
            insert_frame(con, table, frame)

    monkeypatch.setattr(store, "insert_frame", insert_mentions_twice)
    with pytest.raises(RuntimeError, match=r"mentions\.mention_id '[0-9a-f]{16}' is stored twice"):
        build([folder], db)
    assert table_counts(db) == before


def test_build_while_a_reader_holds_the_database(tmp_path):
    folder = tmp_path / "in"
    write_articles(folder, 2)
    db = tmp_path / "t.duckdb"
    build([folder], db)
    reader = duckdb.connect()
    reader.execute("ATTACH ? AS tracker (READ_ONLY)", [str(db)])
    assert reader.execute("SELECT count(*) FROM tracker.articles").fetchone()[0] == 2
    write_articles(folder, 2, start=10)
    report = build([folder], db)
    assert report.articles_added == 2
    # The open reader keeps its consistent snapshot; a new one sees the new file.
    assert reader.execute("SELECT count(*) FROM tracker.articles").fetchone()[0] == 2
    assert table_counts(db)["articles"] == 4
    reader.close()


KILLABLE_BUILD = textwrap.dedent("""
    import os, sys, time
    from pathlib import Path
    import etl.store
    from etl.build import build

    stop_at = sys.argv[3]
    real_replace = os.replace

    def pause(marker):
        print(marker, flush=True)
        time.sleep(60)

    def progress(done, total, path):
        if stop_at == f"file{done}":
            pause("PAUSED")

    def slow_replace(src, dst):
        if stop_at == "replace":
            pause("PAUSED")
        real_replace(src, dst)

    etl.store.os.replace = slow_replace
    build([sys.argv[1]], Path(sys.argv[2]), progress=progress)
    print("FINISHED", flush=True)
""")


@pytest.mark.parametrize("stop_at", ["file1", "file4", "file8", "replace"])
def test_sigkill_at_any_point_leaves_previous_database_complete(tmp_path, stop_at):
    folder = tmp_path / "in"
    write_articles(folder, 3)
    db = tmp_path / "t.duckdb"
    build([folder], db)
    before = table_counts(db)
    write_articles(folder, 6, start=20)
    process = subprocess.Popen(
        [sys.executable, "-c", KILLABLE_BUILD, str(folder), str(db), stop_at],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    line = process.stdout.readline().strip()
    assert line == "PAUSED", process.stderr.read()
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert table_counts(db) == before
    # DuckDB spills to `<file>.tmp` beside the file being built when a build outgrows its memory limit
    spill = tmp_path / "t.duckdb.building-99999.tmp"
    spill.mkdir()
    (spill / "duckdb_temp_storage-0.tmp").write_bytes(b"\0" * 16)
    # The next build cleans up after the killed one and completes.
    report = build([folder], db)
    assert report.articles_added == 6
    assert not list(tmp_path.glob("t.duckdb.building-*"))


@pytest.mark.parametrize("written_as_they_go", [False, True])
def test_unchanged_files_are_not_read_again(tmp_path, monkeypatch, written_as_they_go):
    folder = tmp_path / "in"
    paths = write_articles(folder, 3)
    db = tmp_path / "t.duckdb"
    if written_as_they_go:  # the files read are recorded batch by batch, not all at the end
        monkeypatch.setattr("etl.build.BATCH_SIZE", 1)
        monkeypatch.setattr("etl.build.READ_FILES_PER_WRITE", 1)
    build([folder], db)

    def must_not_read(*args, **kwargs):
        raise AssertionError("an unchanged file was read again")

    monkeypatch.setattr("etl.build.sources.iter_documents", must_not_read)
    again = build([folder], db)
    assert (again.articles_added, again.articles_skipped) == (0, 3)
    monkeypatch.undo()
    paths[0].write_text(paths[0].read_text(encoding="utf-8").replace("GPU", "그래픽처리장치"), encoding="utf-8")
    changed = build([folder], db)
    assert (changed.articles_added, changed.articles_skipped) == (1, 2)


def stored_rows(db: Path) -> dict[str, list]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            "articles": con.execute("SELECT article_id, title, body FROM articles ORDER BY article_id").fetchall(),
            "removed_lines": con.execute("SELECT * FROM removed_lines ORDER BY ALL").fetchall(),
            "mentions": con.execute("SELECT mention_id, commitment_id, kind, sentence FROM mentions ORDER BY mention_id").fetchall(),
        }
    finally:
        con.close()


def test_rows_written_in_lots_are_the_rows_written_at_once(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    write_articles(folder, 7)
    build([folder], tmp_path / "once.duckdb")
    monkeypatch.setattr("etl.build.BATCH_SIZE", 2)
    monkeypatch.setattr("etl.build.ARTICLES_PER_WRITE", 3)  # a write every other batch, and a remainder
    build([folder], tmp_path / "lots.duckdb")
    once, lots = stored_rows(tmp_path / "once.duckdb"), stored_rows(tmp_path / "lots.duckdb")
    assert len(once["articles"]) == 7 and len(once["mentions"]) >= 7
    assert lots == once


def test_changed_extraction_rules_extract_every_stored_article_again(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    write_articles(folder, 5)
    db = tmp_path / "t.duckdb"
    build([folder], db)
    before = stored_rows(db)
    monkeypatch.setattr("etl.build.extraction_version", lambda: "rules-changed")
    monkeypatch.setattr("etl.build.BATCH_SIZE", 1)
    monkeypatch.setattr("etl.build.ARTICLES_PER_WRITE", 2)
    again = build([folder], db)
    assert (again.reextracted, again.articles_added, again.articles_skipped) == (5, 0, 5)
    assert stored_rows(db) == before  # the same rules, so the same mentions, none lost or doubled


def test_a_build_starts_from_a_copy_of_the_previous_file_with_only_its_facts(tmp_path):
    from etl import store

    folder = tmp_path / "in"
    write_articles(folder, 3)
    db = tmp_path / "t.duckdb"
    build([folder], db)
    before = duckdb.connect(str(db), read_only=True)
    counts = {t: before.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in store.table_names()}
    before.close()
    assert counts["articles"] == 3 and counts["commitments"] > 0
    con = store.start_from(db, tmp_path / "next.duckdb")
    try:
        for table in store.table_names():
            n = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            assert n == (counts[table] if table in store.CARRIED_TABLES else 0), table
    finally:
        con.close()


def test_a_previous_file_with_another_schema_is_carried_column_by_column(tmp_path):
    from etl import store

    db = tmp_path / "old.duckdb"
    old = duckdb.connect(str(db))
    old.execute("CREATE TABLE removed_lines (article_id VARCHAR, line_no INTEGER, text VARCHAR, reason VARCHAR, legacy INTEGER)")
    old.execute("INSERT INTO removed_lines VALUES ('a1', 3, '관련기사', 'menu', 7)")
    old.close()
    con = store.start_from(db, tmp_path / "next.duckdb")
    try:
        assert con.execute("SELECT article_id, line_no, text FROM removed_lines").fetchall() == [("a1", 3, "관련기사")]
        assert "legacy" not in [r[0] for r in con.execute("DESCRIBE removed_lines").fetchall()]
    finally:
        con.close()


def test_a_previous_file_whose_keys_differ_is_carried_column_by_column(tmp_path):
    """Copying the file would keep a key (and its index) the schema has dropped."""
    from etl import store

    db = tmp_path / "old.duckdb"
    old = duckdb.connect(str(db))
    old.execute(store.schema_sql().replace("mention_id         VARCHAR NOT NULL", "mention_id VARCHAR PRIMARY KEY"))
    old.close()
    con = store.start_from(db, tmp_path / "next.duckdb")
    try:
        assert not con.execute("SELECT * FROM duckdb_constraints() WHERE table_name = 'mentions' "
                               "AND constraint_type = 'PRIMARY KEY'").fetchall()
    finally:
        con.close()


def test_changed_linking_rules_link_everything_again(tmp_path, monkeypatch):
    import etl.build as build_module

    folder = tmp_path / "in"
    write_articles(folder, 3)
    db = tmp_path / "t.duckdb"
    build([folder], db)
    used = []
    for name in ("link_batches", "link_onto"):
        original = getattr(build_module, name)
        monkeypatch.setattr(build_module, name, lambda *a, _f=original, _n=name: used.append(_n) or _f(*a))
    monkeypatch.setattr(build_module, "comes_after", lambda *a: True)  # as if the new articles were the latest
    write_articles(folder, 1, start=10)
    build([folder], db)
    monkeypatch.setattr(build_module, "link_version", lambda: "rules-changed")
    write_articles(folder, 1, start=11)
    build([folder], db)
    assert used == ["link_onto", "link_batches"]


def test_a_schema_change_is_a_change_of_linking_rules(tmp_path, monkeypatch):
    # The incremental path reads the last build's commitment rows back field by field.
    from etl import build as build_module, store

    before = build_module.link_version()
    changed = tmp_path / "schema.sql"
    changed.write_text(store.SCHEMA_PATH.read_text(encoding="utf-8") + "\n-- a new column somewhere\n", encoding="utf-8")
    monkeypatch.setattr(store, "SCHEMA_PATH", changed)
    assert build_module.link_version() != before


def test_checkpoints_are_deferred_only_inside_the_block(tmp_path):
    from etl import store

    con = store.create(tmp_path / "t.duckdb")
    setting = "SELECT current_setting('checkpoint_threshold')"
    before = con.execute(setting).fetchone()[0]
    with pytest.raises(ZeroDivisionError):
        with store.checkpoints_deferred(con):
            assert con.execute(setting).fetchone()[0] != before
            1 / 0
    assert con.execute(setting).fetchone()[0] == before
    con.close()
