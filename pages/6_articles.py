"""기사 (/articles?article=…) — the sources: cleaned text with the extracted sentences marked,
and what cleaning removed from each article, so a reader can check nothing of it was lost.

Article text is shown escaped (dashboard.highlight), never as the page's own HTML.
"""

import pandas as pd
import streamlit as st

from dashboard import data, filters, highlight, labels, queries, tables

st.set_page_config(page_title="기사 · 정책 약속 추적기", page_icon=":material/newspaper:", layout="wide")

f = filters.sidebar("pages/6_articles.py", keep=("article",))

st.title("기사")
snap = data.require()
categories = data.run(queries.category_labels)
total = data.run(queries.articles_count, f)
scope = "필터에 맞는 약속을 언급한 기사" if f.selects_commitments else "모든 기사"
st.caption(f"{filters.describe(f, categories)} · {scope} **{total:,}건** · 발표일 필터는 기사 날짜에 적용됩니다")

rows = data.run(queries.articles, f)
if rows.empty:
    tables.nothing_found(f, "기사")
    st.stop()

listing = pd.DataFrame({
    "ID": rows["article_id"], "날짜": rows["published_at"], "매체": rows["outlet"].fillna(""),
    "제목": rows["title"], "언급": rows["mentions"],
    "형식": rows["source_format"].map(labels.FORMAT_LABELS).fillna(rows["source_format"]),
})
tables.limit_note(len(listing), total)
chosen = tables.clickable(listing, "articles_table", height=min(38 + 35 * len(listing), 360), hidden=("ID",))
st.caption(":material/touch_app: 행을 선택하면 아래에 기사 본문이 열립니다.")
if chosen:
    filters.selection_done()
    st.query_params["article"] = chosen
    st.rerun()

# ---------------------------------------------------------------------------------------------
# One article
# ---------------------------------------------------------------------------------------------
# The article in the URL, else the newest listed one with an extracted sentence.
article_id = (st.query_params.get("article") or "").strip()
if not article_id:
    with_mentions = rows[rows["mentions"] > 0]
    article_id = str((with_mentions if not with_mentions.empty else rows)["article_id"].iloc[0])
article = data.run(queries.article, article_id)
st.divider()
if article is None:
    st.warning(f"ID `{article_id}` 기사는 현재 데이터베이스에 없습니다.", icon=":material/link_off:")
    st.stop()

st.subheader(article["title"])
meta = [labels.day(article["published_at"]) or "날짜 없음", article["outlet"] or "매체 미상"]
if isinstance(article["byline"], str) and article["byline"]:
    meta.append(article["byline"])
meta.append(f"{labels.FORMAT_LABELS.get(article['source_format'], article['source_format'])} · `{article['source_path']}`")
st.caption(" · ".join(meta))
if isinstance(article["url"], str) and article["url"].startswith("http"):
    st.markdown(f":material/link: [원문 링크]({article['url']})")
flags = list(article["flags"]) if article["flags"] is not None else []
if "excerpt" in flags:
    st.warning("빅카인즈 본문은 일부 발췌일 수 있습니다.", icon=":material/content_cut:")
if "no_date" in flags:
    st.warning("입력에 날짜가 없어 기사 날짜를 알 수 없습니다.", icon=":material/event_busy:")

spans = data.run(queries.article_spans, article_id)
text_col, side_col = st.columns([3, 2], gap="large")
with text_col:
    st.markdown("**정리된 본문** — 추출된 문장에 색을 칠했습니다.")
    legend = " ".join(
        f'<mark style="background:{labels.KIND_COLORS[k]};padding:0 4px;border-radius:3px">{labels.kind(k)}</mark>'
        for k in labels.KIND_LABELS
    )
    st.html(f'<div style="font-size:0.85em;margin-bottom:0.5em">{legend}</div>')
    body_spans = [
        highlight.Span(s.sentence_start, s.sentence_end, s.kind,
                       f"{labels.kind(s.kind)}: {s.summary or '연결된 약속 없음'}", s.sentence)
        for s in spans.itertuples() if not s.in_title
    ]
    with st.container(border=True):
        st.html(highlight.marked(article["body"], body_spans))
with side_col:
    st.markdown(f"**추출된 문장 {len(spans):,}건**")
    for s in spans.itertuples():
        with st.container(border=True):
            st.markdown(f":gray-badge[{labels.kind(s.kind)}] {s.summary or '연결된 약속 없음'}")
            st.html(highlight.marked(s.sentence, []))
            if isinstance(s.commitment_id, str):
                st.page_link(filters.DETAIL_PAGE, label="약속 상세", icon=":material/description:",
                             query_params={**f.to_params(), "id": s.commitment_id})
    removed = data.run(queries.removed_lines, article_id)
    st.markdown(f"**정리하며 뺀 줄 {len(removed):,}개**")
    st.caption("광고·메뉴·기자 정보·저작권 문구처럼 기사 본문이 아니라고 본 줄입니다. 본문이 빠지지 않았는지 확인하세요.")
    if not removed.empty:
        tables.show(pd.DataFrame({
            "줄": removed["line_no"],
            "사유": removed["reason"].map(labels.REMOVED_REASON_LABELS).fillna(removed["reason"]),
            "내용": removed["text"],
        }))
