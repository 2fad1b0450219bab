"""부처별 (/ministries) — each ministry's record, and what each minister promised in office.

Ministries are named as they were called on the day (산업통상자원부 before 2025-10-01,
산업통상부 after); the reference table at the bottom shows the renames and splits that the
sidebar's ministry filter follows.
"""

from dataclasses import replace

import pandas as pd
import streamlit as st

from dashboard import charts, data, filters, labels, queries, tables

st.set_page_config(page_title="부처별 · 정책 약속 추적기", page_icon=":material/account_balance:", layout="wide")

f = filters.sidebar("pages/5_ministries.py")

st.title("부처별")
snap = data.require()
categories = data.run(queries.category_labels)
per_ministry = data.run(queries.ministry_table, f)
st.caption(f"{filters.describe(f, categories)} · 부처 {len(per_ministry):,}곳")

if per_ministry.empty:
    tables.nothing_found(f)
    st.stop()

table = pd.DataFrame({"부처": per_ministry["ministry"], "합계": per_ministry["total"]})
for code in labels.STATUS_ORDER:
    table[labels.status(code)] = per_ministry[code]
table["이행률"] = per_ministry["achieved_pct"].map(lambda v: f"{v:.1f}%")
table["바뀐 이름"] = [
    f"{labels.day(to)}까지 → {succ.replace(',', '·')}" if isinstance(succ, str) and succ else ""
    for to, succ in zip(per_ministry["valid_to"], per_ministry["successor"])
]
st.dataframe(table, hide_index=True, width="stretch",
             column_config={c: st.column_config.NumberColumn(c, format="localized") for c in ["합계", *map(labels.status, labels.STATUS_ORDER)]})

st.subheader("부처별 상태")
event = st.plotly_chart(charts.status_by_ministry(data.run(queries.status_by_ministry, f)),
                        key=filters.selection_key("ministries_status"), on_select="rerun",
                        selection_mode="points", config={"displaylogo": False})
picked = charts.clicked(event)
if picked and picked[0] != "(부처 미상)":
    filters.open_list(replace(f, ministries=(picked[0],), statuses=(picked[1],)))

st.subheader("장관·위원장 재임 중 약속")
event = st.plotly_chart(charts.commitments_per_term(data.run(queries.terms, f)),
                        key=filters.selection_key("ministries_terms"), on_select="rerun",
                        selection_mode="points", config={"displaylogo": False})
picked = charts.clicked(event)
if picked:
    ministry, start, end = picked[0], queries.parse_day(picked[1]), queries.parse_day(picked[2])
    filters.open_list(replace(f, ministries=(ministry,), announced_from=start, announced_to=end))
st.caption(":material/touch_app: 막대를 누르면 그 약속 목록이 열립니다. 재임 차트는 officials 표의 재임 기간에 "
           "그 부처가 발표한 약속을 셉니다 (차관 제외).")

with st.expander("부처 이름 변경·분리 (ministries 표)"):
    tables.show(data.run(queries.ministries).rename(columns={
        "ministry": "부처", "short_name": "약칭", "aliases": "다른 이름", "valid_from": "시작",
        "valid_to": "끝", "successor": "후속 부처"}))
