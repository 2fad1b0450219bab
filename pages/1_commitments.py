"""약속 목록 (/commitments) — the filterable table of commitments, with CSV / Excel / calendar export.

The table shows the newest 1,000 rows; the exports hold every row the filters select, in the
same columns and order. Selecting a row opens its 약속 상세.
"""

import streamlit as st

from dashboard import data, export, filters, labels, queries, tables

st.set_page_config(page_title="약속 목록 · 정책 약속 추적기", page_icon=":material/list_alt:", layout="wide")

f = filters.sidebar("pages/1_commitments.py")

st.title("약속 목록")
snap = data.require()
categories = data.run(queries.category_labels)
total = data.run(queries.count, f)
st.caption(f"{filters.describe(f, categories)} · **{total:,}건** · 최근 발표 순")

if total == 0:
    tables.nothing_found(f)
    st.stop()

rows = data.run(queries.commitments, f)
table = labels.table(rows, labels.COMMITMENT_COLUMNS, categories)


def full_table():
    """Every filtered row, as on screen (built when a download button is clicked)."""
    everything = data.run_uncached(snap, queries.commitments, f, limit=None)
    return labels.table(everything, labels.COMMITMENT_COLUMNS, categories)


def calendar():
    return export.ics_bytes(data.run_uncached(snap, queries.deadlines, f, limit=None),
                            calendar_name=f"정책 약속 마감 — {filters.describe(f, categories)}")


tables.downloads("약속목록", f, data.today(), full_table, key="commitments", category_labels=categories, calendar=calendar)
tables.limit_note(len(table), total)
tables.commitment_table(table, "commitments_table", height=min(38 + 35 * len(table), 640))
