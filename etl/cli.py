"""`python -m etl …`: a thin shell over etl.build and etl.verdicts.

Exit codes (DESIGN.md §1): 0 the run completed (rejected inputs are listed, not fatal),
1 it failed and the previous database was left untouched, 2 usage.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

DEFAULT_DB = "data/tracker.duckdb"


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"날짜는 YYYY-MM-DD 형식이어야 합니다 / expected YYYY-MM-DD: {text!r}")


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(
        prog="python -m etl",
        description="정책 약속 추적기 ETL: 기사 → 약속·후속 보도 → DuckDB.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Example:\n  python -m etl build data/articles --db data/tracker.duckdb",
    )
    commands = main.add_subparsers(dest="command", required=True)

    build = commands.add_parser(
        "build",
        help="기사 파일·폴더를 읽어 데이터베이스를 만들거나 갱신합니다",
        description=(
            "Read articles (plain text, HTML, JSONL, BigKinds xlsx, folders, globs, .zip) into the database.\n"
            "Re-running on the same files adds nothing: stored articles are skipped by content hash.\n"
            "The database is written aside and swapped in atomically; a failed run leaves it untouched."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=(
            "Example:\n"
            "  python -m etl build data/articles ~/Downloads/NewsResult_20250101-20250331.xlsx --db data/tracker.duckdb\n"
            "  python -m etl build data/articles --db data/tracker.duckdb --as-of 2025-06-30\n"
            "  python -m etl build data/articles --db data/tracker.duckdb --relink"
        ),
    )
    build.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, globs or .zip archives")
    build.add_argument("--db", default=DEFAULT_DB, help=f"database file (default {DEFAULT_DB})")
    build.add_argument("--as-of", type=_date, help="judge statuses as of this day (default: today)")
    build.add_argument(
        "--relink", action="store_true",
        help="link every mention again in publication order (default: only the new articles' mentions)")
    build.add_argument("--max-mb", type=float, default=20.0, help="reject input files larger than this (default 20)")
    build.add_argument("--quiet", action="store_true", help="print nothing but errors")

    verdict = commands.add_parser(
        "verdict",
        help="편집자 판정(상태·메모)을 기록합니다",
        description="Record the desk's own status for a commitment. Verdicts live beside the database and survive rebuilds.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog='Example:\n  python -m etl verdict c1a2b3c4d5e6 achieved --note "3월 공급 개시 확인" --editor 김데스크',
    )
    verdict.add_argument("commitment_id")
    verdict.add_argument("status", help="announced | in_progress | revised | delayed | achieved | cancelled")
    verdict.add_argument("--note", default="")
    verdict.add_argument("--editor", required=True)
    verdict.add_argument("--db", default=DEFAULT_DB)

    verdicts = commands.add_parser(
        "verdicts",
        help="기록된 편집자 판정과 고아 판정(약속이 사라진 판정)을 보여줍니다",
        description="List the verdicts in force and report orphaned ones (their commitment is no longer produced).",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Example:\n  python -m etl verdicts --db data/tracker.duckdb",
    )
    verdicts.add_argument("--db", default=DEFAULT_DB)
    return main


def _existing_ids(db: Path) -> set[str] | None:
    if not db.exists():
        return None
    import duckdb

    con = duckdb.connect()
    try:
        con.execute("ATTACH ? AS tracker (READ_ONLY)", [str(db)])
        return {r[0] for r in con.execute("SELECT commitment_id FROM tracker.commitments").fetchall()}
    finally:
        con.close()


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.command == "build":
        from .build import BuildLocked, build

        try:
            report = build(args.paths, args.db, as_of=args.as_of, max_bytes=int(args.max_mb * 1_000_000),
                           relink=args.relink, release_kiwi=True)
        except BuildLocked as error:
            print(f"오류: {error}", file=sys.stderr)
            return 1
        except Exception as error:  # the previous database is untouched; say so
            print(f"오류: 빌드 실패, 이전 데이터베이스는 그대로입니다 / build failed: {error!r}", file=sys.stderr)
            return 1
        if not args.quiet:
            print(report.summary())
            for rejection in report.rejected:
                print(f"  거부 {rejection.source_path}: [{rejection.reason}] {rejection.detail}")
        return 0
    from . import verdicts as store

    path = store.verdicts_path(args.db)
    known = _existing_ids(Path(args.db))
    if args.command == "verdict":
        try:
            verdict = store.record(path, args.commitment_id, args.status, args.note, args.editor)
        except ValueError as error:
            print(f"오류: {error}", file=sys.stderr)
            return 2
        print(f"기록됨 {verdict.commitment_id} → {verdict.status} ({verdict.editor}, {verdict.recorded_at:%Y-%m-%d %H:%M}) {path}")
        if known is not None and verdict.commitment_id not in known:
            print(f"주의: {verdict.commitment_id}는 현재 데이터베이스에 없는 약속입니다(고아 판정)", file=sys.stderr)
        return 0
    current = store.latest(path)
    for verdict in current.values():
        orphan = known is not None and verdict.commitment_id not in known
        mark = " [고아: 약속 없음]" if orphan else ""
        print(f"{verdict.commitment_id}\t{verdict.status}\t{verdict.editor}\t{verdict.recorded_at:%Y-%m-%d}\t{verdict.note}{mark}")
    orphans = store.orphans(path, known) if known is not None else []
    print(f"판정 {len(current)}건, 고아 {len(orphans)}건 ({path})")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
