"""개요 — the front page: how many commitments, where they stand, what falls due, what moved.

Run with `make run` (or `streamlit run app.py`). The other pages are in pages/ and share the
sidebar (menu + filters) drawn by dashboard.filters; all SQL is in dashboard.queries.
"""

from dataclasses import replace

import streamlit as st

from dashboard import charts, data, filters, labels, queries, tables

st.set_page_config(page_title="개요 · 정책 약속 추적기", page_icon=":material/fact_check:", layout="wide")

f = filters.sidebar("app.py")

st.title("정책 약속 추적기")
st.caption("장관·부처가 기사에서 밝힌 날짜와 숫자가 있는 약속을 모으고, 후속 보도로 이행 여부를 따라갑니다.")

snap = data.require()
categories = data.run(queries.category_labels)
judge = f.as_of or data.today()
kpi = data.run(queries.kpis, f)

st.caption(
    f"{filters.describe(f, categories)} · 상태 판단 기준 {labels.day(judge)}{'' if f.as_of else ' (오늘)'} · "
    f"데이터 {snap.built_at:%Y-%m-%d %H:%M} 빌드"
)

if kpi["total"] == 0:
    tables.nothing_found(f)
    st.stop()

# ---------------------------------------------------------------------------------------------
# Headline numbers
# ---------------------------------------------------------------------------------------------
row = st.columns(6)
row[0].metric("약속", f"{kpi['total']:,}건", border=True, help="필터에 맞는 약속 수")
for column, code in zip(row[1:5], ("in_progress", "achieved", "delayed", "cancelled")):
    share = kpi[code] / kpi["total"]
    column.metric(labels.status(code), f"{kpi[code]:,}건", f"{share:.0%}", delta_color="off", delta_arrow="off",
                  border=True, help=labels.STATUS_HELP[code])
row[5].metric("30일 안 마감", f"{kpi['due_30']:,}건", border=True,
              help="이행·무산이 아닌 약속 가운데 기준일부터 30일 안에 마감이 오는 것")

# ---------------------------------------------------------------------------------------------
# Status by ministry (click a bar: the list for that ministry and status)
# ---------------------------------------------------------------------------------------------
st.subheader("부처별 상태")
by_ministry = data.run(queries.status_by_ministry, f)
event = st.plotly_chart(
    charts.status_by_ministry(by_ministry), key=filters.selection_key("overview_status"),
    on_select="rerun", selection_mode="points", config={"displaylogo": False},
)
st.caption(":material/touch_app: 막대를 누르면 그 부처·상태의 약속 목록이 열립니다.")
picked = charts.clicked(event)
if picked and picked[0] != "(부처 미상)":
    filters.open_list(replace(f, ministries=(picked[0],), statuses=(picked[1],)))

# ---------------------------------------------------------------------------------------------
# What falls due, what moved
# ---------------------------------------------------------------------------------------------
left, right = st.columns([1, 1], gap="large")
with left:
    st.subheader("다가오는 마감 (90일)")
    upcoming = data.run(queries.upcoming, f)
    if upcoming.empty:
        st.info("90일 안에 마감이 오는 진행 중인 약속이 없습니다.", icon=":material/event_available:")
    else:
        table = labels.table(upcoming, labels.DEADLINE_COLUMNS, categories)
        tables.commitment_table(table[["ID", "마감", "남은 날", "약속", "부처", "상태"]], "overview_upcoming", hidden=("ID",))
with right:
    st.subheader("최근 변화")
    changes = data.run(queries.recent_changes, f)
    if changes.empty:
        st.info("아직 상태가 바뀐 약속이 없습니다.", icon=":material/history:")
    else:
        changes = changes.assign(
            status=changes["status"].map(labels.STATUS_LABELS).fillna(changes["status"]),
            source=changes["source"].map(labels.SOURCE_LABELS).fillna(changes["source"]),
        ).rename(columns={"day": "날짜", "commitment_id": "ID", "ministry": "부처", "summary": "약속",
                          "status": "상태", "source": "판단", "reason": "사유", "sentence": "출처 문장"})
        changes["사유"] = changes["사유"].map(labels.reason)
        tables.commitment_table(changes[["날짜", "ID", "약속", "부처", "상태", "판단", "사유"]], "overview_changes", hidden=("ID",))
