"""마감 일정 (/deadlines) — what falls due when: a timeline from announcement to deadline.

The chart shows the dated commitments whose deadline is nearest today (or the 기준일), one bar
each, coloured by status, with a line at today. The table lists every dated commitment in
deadline order; the calendar file lets a desk subscribe to the filtered deadlines.
"""

import streamlit as st

from dashboard import charts, data, export, filters, labels, queries, tables

st.set_page_config(page_title="마감 일정 · 정책 약속 추적기", page_icon=":material/event:", layout="wide")

f = filters.sidebar("pages/4_deadlines.py")

st.title("마감 일정")
snap = data.require()
categories = data.run(queries.category_labels)
judge = f.as_of or data.today()
rows = data.run(queries.deadlines, f)
kpi = data.run(queries.kpis, f)
dated = kpi["total"] - kpi["undated"]
st.caption(f"{filters.describe(f, categories)} · 마감일이 있는 약속 **{dated:,}건** · 기준 {labels.day(judge)}")

if rows.empty and kpi["undated"] == 0:
    tables.nothing_found(f, "마감일이 있는 약속")
    st.stop()

if not rows.empty:
    near = data.run(queries.timeline, f)
    event = st.plotly_chart(
        charts.deadline_timeline(near, judge, "기준일" if f.as_of else "오늘"),
        key=filters.selection_key("deadline_chart"), on_select="rerun", selection_mode="points",
        config={"displaylogo": False},
    )
    st.caption(f":material/touch_app: {'기준일' if f.as_of else '오늘'}에 가장 가까운 마감 {len(near):,}건 · "
               "막대는 발표일부터 마감일까지, 색은 상태입니다. 막대를 누르면 약속 상세가 열립니다.")
    picked = charts.clicked(event)
    if picked:
        filters.open_commitment(str(picked[0]))

    st.subheader("마감 순 목록")
    table = labels.table(rows, labels.DEADLINE_COLUMNS, categories)

    def full_table():
        return labels.table(data.run_uncached(snap, queries.deadlines, f, limit=None), labels.DEADLINE_COLUMNS, categories)

    def calendar():
        return export.ics_bytes(data.run_uncached(snap, queries.deadlines, f, limit=None),
                                calendar_name=f"정책 약속 마감 — {filters.describe(f, categories)}")

    tables.downloads("마감일정", f, data.today(), full_table, key="deadlines", category_labels=categories, calendar=calendar)
    tables.limit_note(len(table), dated)
    tables.commitment_table(table, "deadlines_table", height=min(38 + 35 * len(table), 560))

if kpi["undated"]:
    undated = data.run(queries.undated, f)
    with st.expander(f"날짜로 못 박지 않은 약속 {kpi['undated']:,}건 (예: ‘법 통과 이후 약 6개월’)"):
        tables.commitment_table(
            labels.table(undated, {"commitment_id": "ID", "ministry": "부처", "summary": "약속", "deadline_text": "기한 표현",
                                   "status_label": "상태", "announced_at": "발표일"}, categories),
            "undated_table",
        )
