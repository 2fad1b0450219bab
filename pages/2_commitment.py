"""약속 상세 (/commitment?id=…) — one commitment and its evidence.

What a reporter checks before writing: the promise as first reported, every later sentence about
it (dated, highlighted inside its article, with outlet and link), how its status moved and why,
target against reported progress, and the desk's own verdict — kept beside the rule status.
"""

import pandas as pd
import streamlit as st

from dashboard import charts, data, filters, highlight, labels, queries, tables

st.set_page_config(page_title="약속 상세 · 정책 약속 추적기", page_icon=":material/description:", layout="wide")

f = filters.sidebar("pages/2_commitment.py", keep=("id",))
commitment_id = (st.query_params.get("id") or "").strip()
snap = data.require()
categories = data.run(queries.category_labels)

# ---------------------------------------------------------------------------------------------
# No id, or an id this build does not have
# ---------------------------------------------------------------------------------------------
if not commitment_id:
    st.title("약속 상세")
    choices = data.run(queries.commitments, f, limit=300)
    if choices.empty:
        tables.nothing_found(f)
        st.stop()
    st.info("약속 목록이나 차트에서 약속을 누르거나, 아래에서 고르세요.", icon=":material/touch_app:")
    names = labels.commitment_choices(choices)
    chosen = st.selectbox("약속", list(names), index=None, format_func=names.get, placeholder="약속을 고르세요")
    if chosen:
        filters.open_commitment(chosen)
    st.stop()

c = data.run(queries.commitment, commitment_id, f.as_of)
if c is None:
    st.title("약속 상세")
    exists_now = f.as_of is not None and data.run(queries.commitment, commitment_id, None) is not None
    if exists_now:
        st.warning(f"ID `{commitment_id}` 약속은 기준일 {labels.day(f.as_of)} 이후에 발표되었습니다. "
                   "사이드바의 기준일을 비우면 볼 수 있습니다.", icon=":material/history_toggle_off:")
    else:
        st.warning(
            f"ID `{commitment_id}` 약속은 현재 데이터베이스에 없습니다. 다시 빌드하면서 다른 약속과 합쳐졌거나, "
            "근거 기사가 빠져 사라졌을 수 있습니다. 링크가 오래되었다면 약속 목록에서 다시 찾아 주세요.",
            icon=":material/link_off:",
        )
        orphaned = data.run(queries.verdicts_of, commitment_id)
        if not orphaned.empty:
            st.markdown(f"이 ID에 남은 **편집자 판정 {len(orphaned):,}건** (연결이 끊긴 판정, 삭제되지 않았습니다):")
            tables.show(orphaned.assign(status=orphaned["status"].map(labels.status)).rename(
                columns={"recorded_at": "판정일", "status": "상태", "editor": "판정한 사람", "note": "메모"}))
    st.page_link(filters.LIST_PAGE, label="약속 목록으로", icon=":material/list_alt:", query_params=f.to_params() or None)
    st.stop()

st.session_state[filters.LAST_ID] = commitment_id

# ---------------------------------------------------------------------------------------------
# The commitment
# ---------------------------------------------------------------------------------------------
st.title(c["summary"])
editor_call = c["editor_status"] is not None and not pd.isna(c["editor_status"])
status_line = tables.status_badge(c["status"], editor=editor_call)
if editor_call:
    status_line += f" 편집자 판정 · 규칙 판단은 {tables.status_badge(c['rule_status'])}"
else:
    status_line += f" 규칙 판단 ({labels.day(c['status_since'])}부터)"
st.markdown(status_line)
st.caption(" · ".join(part for part in (
    labels.text(c["ministry"]) or "부처 미상", categories.get(c["category"], c["category"]),
    f"발언 {c['person']}" if labels.text(c["person"]) else "", f"ID `{commitment_id}`",
    f"기준일 {labels.day(f.as_of)}" if f.as_of else "",
) if part))

cols = st.columns(4)
cols[0].metric("목표", labels.target(c["target_value"], c["target_unit"]) or "숫자 없음", border=True)
progress = labels.target(c["progress_value"], c["target_unit"])
ratio = c["progress_ratio"]
cols[1].metric("보고된 진척", progress or "보도 없음",
               f"{ratio:.0%}" if ratio is not None and not pd.isna(ratio) else None, delta_color="off",
               delta_arrow="off", border=True)
cols[2].metric("마감", labels.day(c["deadline"]) or "날짜 없음", labels.text(c["deadline_text"]) or None, delta_color="off",
               delta_arrow="off", border=True,
               help=f"기한 정밀도: {labels.PRECISION_LABELS.get(c['deadline_precision'] or '', c['deadline_precision'] or '-')}")
cols[3].metric("발표일", labels.day(c["announced_at"]) or "-", f"언급 {int(c['mention_count']):,}건",
               delta_color="off", delta_arrow="off", border=True)

if c["previous_deadline"] is not None and not pd.isna(c["previous_deadline"]):
    st.info(f"기한이 바뀌었습니다: {labels.day(c['previous_deadline'])} → {labels.day(c['deadline']) or '미정'}",
            icon=":material/update:")
if editor_call:
    st.success(f"**편집자 판정: {labels.status(c['editor_status'])}** — {labels.text(c['editor_note']) or '메모 없음'} "
               f"({c['editor']}, {c['verdict_at']:%Y-%m-%d %H:%M})", icon=":material/verified:")

left, right = st.columns([3, 2], gap="large")

# ---------------------------------------------------------------------------------------------
# Evidence: every sentence, highlighted inside its article
# ---------------------------------------------------------------------------------------------
with left:
    st.subheader("근거 기사")
    mentions = data.run(queries.mentions_of, commitment_id, f.as_of)
    if mentions.empty:
        st.info("이 약속을 언급한 기사 문장이 없습니다.", icon=":material/article:")
    for m in mentions.itertuples():
        with st.container(border=True):
            when = labels.day(m.published_at) or "날짜 없음"
            title = m.title or "(제목 없음)"
            link = f"[{title}]({m.url})" if isinstance(m.url, str) and m.url.startswith("http") else title
            st.markdown(f"**{when}** · :gray-badge[{labels.kind(m.kind)}] · {m.outlet or '매체 미상'} · {link}")
            body = m.title if m.in_title else (m.body or "")
            span = highlight.Span(m.sentence_start, m.sentence_end, m.kind, labels.kind(m.kind), m.sentence)
            piece, local = highlight.excerpt(body, span)
            st.html(highlight.marked(piece, [local]))
            details = []
            if isinstance(m.person, str) and m.person:
                details.append(f"발언 {m.person}{' ' + m.person_title if isinstance(m.person_title, str) else ''}")
            if m.target_value is not None and not pd.isna(m.target_value):
                details.append(f"목표 {labels.target(m.target_value, m.target_unit)}")
            if m.reported_value is not None and not pd.isna(m.reported_value):
                details.append(f"보고된 실적 {labels.target(m.reported_value, m.reported_unit)}")
            if labels.text(m.deadline_text):
                details.append(f"기한 “{m.deadline_text}” → {labels.day(m.deadline) or '날짜 없음'}")
            if m.quoted is True:
                details.append("인용문")
            if details:
                st.caption(" · ".join(details))
            if not m.in_title and len(piece) < len(body):
                with st.expander("기사 전문 보기"):
                    st.html(highlight.marked(body, [span]))
    if len(mentions) >= queries.MENTION_LIMIT:
        st.caption(f"처음 {queries.MENTION_LIMIT:,}건만 보입니다.")

# ---------------------------------------------------------------------------------------------
# Status history and the editor's verdict
# ---------------------------------------------------------------------------------------------
with right:
    st.subheader("상태 이력")
    hist = data.run(queries.history, commitment_id, f.as_of)
    if hist.empty:
        st.caption("상태 이력이 없습니다.")
    else:
        tables.show(pd.DataFrame({
            "날짜": hist["since"],
            "상태": hist["status"].map(labels.status),
            "판단": hist["source"].map(labels.SOURCE_LABELS).fillna(hist["source"]),
            "사유": hist["reason"].map(labels.reason),
            "문장": hist["sentence"].fillna(""),
        }))

    st.subheader("편집자 판정")
    st.caption("데스크의 판단을 남깁니다. 판정은 데이터베이스 밖(판정 파일)에 저장되어 다시 빌드해도 사라지지 않고, "
               "규칙 판단은 옆에 그대로 보입니다.")
    with st.form("verdict", clear_on_submit=False, border=True):
        current = c["status"] if c["status"] in labels.STATUS_ORDER else "announced"
        status = st.selectbox("판정 상태", labels.STATUS_ORDER, index=labels.STATUS_ORDER.index(current),
                              format_func=lambda s: f"{labels.status(s)} — {labels.STATUS_HELP[s]}")
        note = st.text_area("근거 메모", placeholder="예: 2026-03-03 보도자료에서 4,224장 배분 확인")
        editor = st.text_input("판정한 사람", value=st.session_state.get("_editor", ""), placeholder="이름")
        submitted = st.form_submit_button("판정 저장", icon=":material/save:", type="primary")
    if submitted:
        try:
            data.record_verdict(commitment_id, status, note, editor)
        except (ValueError, OSError) as error:
            st.error(f"판정을 저장하지 못했습니다: {error}")
        else:
            st.session_state["_editor"] = editor
            st.toast(f"판정을 저장했습니다: {labels.status(status)}", icon=":material/check:")
            st.rerun()
    past = data.run(queries.verdicts_of, commitment_id)
    if not past.empty:
        with st.expander(f"판정 기록 {len(past):,}건"):
            tables.show(pd.DataFrame({
                "판정일": past["recorded_at"], "상태": past["status"].map(labels.status),
                "판정한 사람": past["editor"], "메모": past["note"],
            }))

# ---------------------------------------------------------------------------------------------
# Target against progress; revisions; why the mentions were linked
# ---------------------------------------------------------------------------------------------
st.subheader("목표와 진척")
events = data.run(queries.target_events, commitment_id, f.as_of)
revisions = data.run(queries.revisions_of, commitment_id)
st.plotly_chart(charts.target_progress(events, c, revisions), config={"displaylogo": False})

with st.expander(f"목표·기한 변경 이력 {len(revisions):,}건"):
    if revisions.empty:
        st.caption("기록된 변경이 없습니다.")
    else:
        tables.show(pd.DataFrame({
            "변경일": revisions["changed_at"],
            "목표": [labels.target(v, u) for v, u in zip(revisions["target_value"], revisions["target_unit"])],
            "마감": revisions["deadline"], "이전 마감": revisions["previous_deadline"],
            "기한 표현": revisions["deadline_text"].fillna(""), "문장": revisions["sentence"].fillna(""),
        }))

links = data.run(queries.links_of, commitment_id)
with st.expander(f"연결 근거 {len(links):,}건 (기사 문장이 이 약속으로 묶인 이유)"):
    if links.empty:
        st.caption("연결 기록이 없습니다.")
    else:
        tables.show(pd.DataFrame({
            "선택": links["chosen"].map({True: "연결", False: "후보(검토)"}),
            "점수": links["score"].round(2), "사유": links["reasons"],
            "날짜": links["published_at"], "문장": links["sentence"].fillna(""),
        }))
