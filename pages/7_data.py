"""데이터 (/data) — feed the tracker: upload article files, run the ETL, see what happened.

Uploads are saved under data/uploads/YYYY-MM-DD/ beside the database (so every build can be
repeated from files on disk), then `etl.build.build` adds them; nothing else changes. A file
the ETL cannot read is listed with its reason rather than failing the run. The run log, all
rejected inputs and the editors' verdicts whose commitment no longer exists are below.
"""

from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import data, filters, labels, queries, tables

st.set_page_config(page_title="데이터 · 정책 약속 추적기", page_icon=":material/database:", layout="wide")

f = filters.sidebar("pages/7_data.py")

st.title("데이터")
path = data.db_path()
try:
    snap = data.snapshot()
except data.SnapshotError as error:
    snap = None
    st.error(f"데이터베이스를 열 수 없습니다: {error}", icon=":material/error:")

if snap is None:
    st.info(f"**아직 데이터베이스가 없습니다** (`{path}`). 아래에서 기사 파일을 올려 처리하거나, 터미널에서:\n\n"
            "```\npython -m etl build data/articles --db data/tracker.duckdb\n```", icon=":material/database:")
else:
    counts = data.run(queries.table_counts)
    st.caption(f"`{path}` · {snap.size / 1_048_576:,.1f} MB · {snap.built_at:%Y-%m-%d %H:%M} 빌드")
    row = st.columns(5)
    for column, (name, label) in zip(row, [("articles", "기사"), ("mentions", "언급 문장"), ("commitments", "약속"),
                                          ("rejected_inputs", "거부된 입력"), ("etl_runs", "빌드 횟수")]):
        column.metric(label, f"{counts.get(name, 0):,}", border=True)

# ---------------------------------------------------------------------------------------------
# Upload and build
# ---------------------------------------------------------------------------------------------
st.subheader("기사 파일 올리기")
limit_mb = st.get_option("server.maxUploadSize")
st.caption(f"파일당 최대 **{limit_mb:,} MB** · 텍스트(.txt), 저장한 웹 페이지(.html), JSON lines(.jsonl), "
           "빅카인즈 엑셀(.xlsx). 읽을 수 없는 파일은 처리 결과에 사유와 함께 표시되고, 나머지는 그대로 처리됩니다.")
uploads = st.file_uploader("기사 파일", accept_multiple_files=True, key="uploads", label_visibility="collapsed")
start = st.button("처리 시작", type="primary", icon=":material/play_arrow:", disabled=not uploads, key="build")


def save_uploads(files) -> list[Path]:
    """Write uploads to data/uploads/YYYY-MM-DD/ beside the database; never overwrite a file."""
    folder = path.parent / "uploads" / data.today().isoformat()
    folder.mkdir(parents=True, exist_ok=True)
    saved = []
    for upload in files:
        name = Path(upload.name).name.strip() or "upload"
        target = folder / name
        n = 2
        while target.exists():
            target = folder / f"{Path(name).stem}-{n}{Path(name).suffix}"
            n += 1
        target.write_bytes(upload.getvalue())
        saved.append(target)
    return saved


if start and uploads:
    try:
        from etl.build import BuildLocked, build
    except ImportError as error:
        st.error(f"ETL을 불러오지 못했습니다: {error}")
        st.stop()
    saved = save_uploads(uploads)
    bar = st.progress(0.0, text=f"{len(saved):,}개 파일을 처리합니다…")

    def progress(done: int, total: int, message: str) -> None:
        bar.progress(min(done / total, 1.0) if total else 1.0, text=f"{done:,}/{total:,} · {Path(message).name}")

    try:
        report = build(saved, path, progress=progress)
    except BuildLocked as error:
        bar.empty()
        st.warning(f"다른 빌드가 실행 중입니다. 잠시 뒤 다시 눌러 주세요. 올린 파일은 저장되었습니다: "
                   f"`{saved[0].parent}`\n\n{error}", icon=":material/lock_clock:")
    except Exception as error:  # the ETL leaves the previous database untouched on failure
        bar.empty()
        st.error(f"처리에 실패했습니다. 이전 데이터베이스는 그대로입니다.\n\n`{type(error).__name__}: {error}`",
                 icon=":material/error:")
    else:
        bar.progress(1.0, text="완료")
        st.session_state["_last_report"] = report
        st.rerun()

report = st.session_state.get("_last_report")
if report is not None:
    with st.container(border=True):
        st.markdown("**방금 처리한 결과**")
        st.write(report.summary())
        row = st.columns(5)
        row[0].metric("읽은 파일", f"{report.files_seen:,}")
        row[1].metric("추가된 기사", f"{report.articles_added:,}")
        row[2].metric("건너뛴 기사", f"{report.articles_skipped:,}", help="이미 저장된 같은 기사")
        row[3].metric("새 언급 문장", f"{report.mentions_added:,}")
        row[4].metric("전체 약속", f"{report.commitments:,}")
        if report.rejected:
            st.markdown(f"**거부된 입력 {len(report.rejected):,}건**")
            tables.show(pd.DataFrame({
                "파일": [r.source_path for r in report.rejected],
                "사유": [labels.rejection_label(r.reason) for r in report.rejected],
                "내용": [r.detail for r in report.rejected],
            }))

if snap is None:
    st.stop()

# ---------------------------------------------------------------------------------------------
# Logs: runs, rejected inputs, orphaned verdicts
# ---------------------------------------------------------------------------------------------
st.subheader("빌드 기록")
runs = data.run(queries.runs)
if runs.empty:
    st.caption("기록된 빌드가 없습니다.")
else:
    tables.show(pd.DataFrame({
        "번호": runs["run_id"], "시작 시각": runs["started_at"].dt.strftime("%Y-%m-%d %H:%M"),
        "소요(초)": (runs["finished_at"] - runs["started_at"]).dt.total_seconds().round(1),
        "읽은 파일": runs["files_seen"], "추가": runs["articles_added"], "건너뜀": runs["articles_skipped"],
        "거부": runs["rejected"], "기준일": runs["as_of"], "버전": runs["version"],
    }))

st.subheader("거부된 입력")
rejected = data.run(queries.rejected)
if rejected.empty:
    st.caption("거부된 입력이 없습니다.")
else:
    tables.show(pd.DataFrame({
        "빌드": rejected["run_id"], "파일": rejected["source_path"],
        "사유": rejected["reason"].map(labels.rejection_label), "내용": rejected["detail"].fillna(""),
    }))
    tables.limit_note(len(rejected), data.run(queries.table_counts).get("rejected_inputs", 0))

st.subheader("연결이 끊긴 편집자 판정")
orphans = data.run(queries.orphan_verdicts)
st.caption(f"판정 파일: `{data.verdicts_path()}` — 판정한 약속이 이번 빌드에 없는 경우입니다 (판정은 지우지 않습니다).")
if orphans.empty:
    st.caption("없습니다.")
else:
    tables.show(pd.DataFrame({
        "약속 ID": orphans["commitment_id"], "상태": orphans["status"].map(labels.status),
        "메모": orphans["note"], "판정한 사람": orphans["editor"], "판정일": orphans["recorded_at"],
    }))
