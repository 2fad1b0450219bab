"""Editors' verdicts: append-only, concurrent-safe, never touched by a rebuild."""

import multiprocessing
from pathlib import Path

import pytest

from etl import verdicts


def test_verdicts_live_beside_the_database():
    assert verdicts.verdicts_path("data/tracker.duckdb") == Path("data/tracker.verdicts.jsonl")


def test_newest_verdict_wins_and_history_is_kept(tmp_path):
    path = tmp_path / "v.jsonl"
    verdicts.record(path, "c1", "delayed", "3월로 밀림", "김데스크")
    verdicts.record(path, "c1", "achieved", "공급 개시 확인", "이편집")
    verdicts.record(path, "c2", "cancelled", "", "김데스크")
    assert [v.status for v in verdicts.load(path)] == ["delayed", "achieved", "cancelled"]
    current = verdicts.latest(path)
    assert current["c1"].status == "achieved" and current["c1"].editor == "이편집"
    assert current["c1"].note == "공급 개시 확인"


@pytest.mark.parametrize("status, editor", [("done", "김데스크"), ("achieved", " ")])
def test_bad_verdicts_are_refused(tmp_path, status, editor):
    with pytest.raises(ValueError):
        verdicts.record(tmp_path / "v.jsonl", "c1", status, "", editor)
    assert not (tmp_path / "v.jsonl").exists()


def test_damaged_line_does_not_hide_the_others(tmp_path):
    path = tmp_path / "v.jsonl"
    verdicts.record(path, "c1", "achieved", "", "김데스크")
    with open(path, "a", encoding="utf-8") as handle:
        handle.write('{"commitment_id": "c2", "status": "ach')
        handle.write("\n")
    verdicts.record(path, "c3", "delayed", "", "김데스크")
    assert set(verdicts.latest(path)) == {"c1", "c3"}


def test_orphans_are_verdicts_without_commitment(tmp_path):
    path = tmp_path / "v.jsonl"
    verdicts.record(path, "c1", "achieved", "", "김데스크")
    verdicts.record(path, "gone", "delayed", "", "김데스크")
    assert [v.commitment_id for v in verdicts.orphans(path, {"c1"})] == ["gone"]


def _write_many(args):
    path, writer, count = args
    for i in range(count):
        verdicts.record(path, f"{writer}-{i}", "in_progress", "메모 " * 50, writer)


def test_two_writers_at_once_lose_nothing(tmp_path):
    path = str(tmp_path / "v.jsonl")
    with multiprocessing.get_context("fork").Pool(2) as pool:
        pool.map(_write_many, [(path, "기자A", 150), (path, "기자B", 150)])
    loaded = verdicts.load(path)
    assert len(loaded) == 300
    assert len({v.commitment_id for v in loaded}) == 300
    assert len(Path(path).read_text(encoding="utf-8").splitlines()) == 300
