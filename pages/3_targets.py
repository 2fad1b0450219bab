"""목표 추적 (/targets) — numeric targets against what was reported done, and how targets moved.

A commitment with a number ("GPU 3만 장") can be checked: the chart draws the target as it was
set and revised, and every reported amount; the table lists all filtered commitments that have a
target, with their progress ratio and how often the target or deadline changed.
"""

import streamlit as st

from dashboard import charts, data, filters, labels, queries, tables

st.set_page_config(page_title="목표 추적 · 정책 약속 추적기", page_icon=":material/track_changes:", layout="wide")

f = filters.sidebar("pages/3_targets.py")

st.title("목표 추적")
st.caption("숫자 목표가 있는 약속: 목표(변경 포함)와 보도된 진척을 시간 순으로 봅니다.")
snap = data.require()
categories = data.run(queries.category_labels)
rows = data.run(queries.targets, f)

if rows.empty:
    tables.nothing_found(f, "숫자 목표가 있는 약속")
    st.stop()

names = labels.commitment_choices(rows)
revised_first = rows.sort_values(["revision_count", "announced_at"], ascending=[False, False])
chosen = st.selectbox("차트로 볼 약속", list(revised_first["commitment_id"]), format_func=names.get, key="t_pick",
                      help="목표가 여러 번 바뀐 약속이 위에 있습니다.")
commitment = data.run(queries.commitment, chosen, f.as_of)
if commitment is not None:
    events = data.run(queries.target_events, chosen, f.as_of)
    revisions = data.run(queries.revisions_of, chosen)
    event = st.plotly_chart(charts.target_progress(events, commitment, revisions), key=filters.selection_key("targets_chart"),
                            on_select="rerun", selection_mode="points", config={"displaylogo": False})
    st.caption(":material/touch_app: 점을 누르면 약속 상세가 열립니다. 마름모는 목표가 바뀐 때입니다.")
    picked = charts.clicked(event)
    if picked:
        filters.open_commitment(str(picked[0]))

with_target = data.run(queries.kpis, f)["with_target"]
st.subheader(f"숫자 목표가 있는 약속 {with_target:,}건")
table = labels.table(rows, labels.TARGET_COLUMNS, categories)


def full_table():
    return labels.table(data.run_uncached(snap, queries.targets, f, limit=None), labels.TARGET_COLUMNS, categories)


tables.downloads("목표추적", f, data.today(), full_table, key="targets", category_labels=categories)
tables.limit_note(len(rows), with_target)
tables.commitment_table(table, "targets_table", height=min(38 + 35 * len(table), 560))
