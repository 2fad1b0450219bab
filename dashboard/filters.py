"""The sidebar every page shares: our own menu and the filters, kept in the URL.

Any view must survive being pasted to a colleague, and a filter chosen on one page must still be
set on the next. With the `pages/` directory (DESIGN.md §4) Streamlit forgets widget state when
the page changes and `bind="query-params"` did not survive page switches, so this module follows
the pattern verified in a browser:

1. on the first run of a page, seed each widget's session-state key from the URL when the URL
   carries any filter, else from a plain (non-widget) copy kept from the previous page;
2. draw the widget with that key (never also a default, which Streamlit would warn about);
3. copy the values back to the plain copy and to `st.query_params`.

The menu is drawn with `st.page_link`, carrying the current filters, so the next page opens
with the same URL state even on a fresh server.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import streamlit as st

from dashboard import data, labels, queries
from dashboard.queries import Filters

# (script path relative to app.py, menu label, icon)
PAGES = [
    ("app.py", "개요", ":material/dashboard:"),
    ("pages/1_commitments.py", "약속 목록", ":material/list_alt:"),
    ("pages/2_commitment.py", "약속 상세", ":material/description:"),
    ("pages/3_targets.py", "목표 추적", ":material/track_changes:"),
    ("pages/4_deadlines.py", "마감 일정", ":material/event:"),
    ("pages/5_ministries.py", "부처별", ":material/account_balance:"),
    ("pages/6_articles.py", "기사", ":material/newspaper:"),
    ("pages/7_data.py", "데이터", ":material/database:"),
]
DETAIL_PAGE = "pages/2_commitment.py"
LIST_PAGE = "pages/1_commitments.py"

# Filters field → widget key. The widget key doubles as the AppTest handle and the
# `.st-key-…` CSS class the browser tests use.
WIDGETS = {
    "q": "f_q",
    "ministries": "f_ministry",
    "categories": "f_category",
    "statuses": "f_status",
    "announced_from": "f_from",
    "announced_to": "f_to",
    "due_from": "f_due_from",
    "due_to": "f_due_to",
    "as_of": "f_as_of",
}
SAVED = "_filters"          # the plain copy that survives page switches
CURRENT_PAGE = "_page"
LAST_ID = "_last_commitment"
EARLIEST, LATEST = date(2000, 1, 1), date(2100, 12, 31)


def _widget_value(name: str, value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def _seed(filters: Filters) -> None:
    for name, key in WIDGETS.items():
        st.session_state[key] = _widget_value(name, getattr(filters, name))


def _reset() -> None:
    _seed(Filters())


def _from_widgets() -> Filters:
    values = {name: st.session_state.get(key) for name, key in WIDGETS.items()}
    return Filters(
        ministries=tuple(values["ministries"] or ()),
        categories=tuple(values["categories"] or ()),
        statuses=tuple(values["statuses"] or ()),
        announced_from=values["announced_from"],
        announced_to=values["announced_to"],
        due_from=values["due_from"],
        due_to=values["due_to"],
        q=(values["q"] or "").strip(),
        as_of=values["as_of"],
    )


def _codes(filters: Filters, categories: dict[str, str]) -> Filters:
    """Accept Korean labels in a hand-typed URL (`status=지연`, `category=통신`) as their codes."""
    status_codes = {label: code for code, label in labels.STATUS_LABELS.items()}
    category_codes = {label: code for code, label in categories.items()}
    return replace(
        filters,
        statuses=tuple(status_codes.get(s, s) for s in filters.statuses),
        categories=tuple(category_codes.get(c, c) for c in filters.categories),
    )


def _options() -> tuple[list[str], dict[str, str], dict[str, str]]:
    """Ministry names (with a hint for former bodies) and category labels, from the database."""
    try:
        snap = data.snapshot()
    except data.SnapshotError:
        snap = None
    if snap is None:
        return [], {}, {}
    ministries = data.run(queries.ministry_options)
    hints = {}
    for row in ministries.itertuples():
        if isinstance(row.successor, str) and row.successor:
            hints[row.ministry] = f"{row.ministry} → {row.successor.replace(',', '·')}"
    return list(ministries["ministry"]), hints, data.run(queries.category_labels)


def sidebar(page: str, *, keep: tuple[str, ...] = ()) -> Filters:
    """Draw the menu and the shared filters in the sidebar and return what they select.

    `page` is this page's script path (as in PAGES); `keep` names URL keys the page owns
    (`id` on 약속 상세) that the filter sync must leave in the URL.
    """
    first_run = st.session_state.get(CURRENT_PAGE) != page
    st.session_state[CURRENT_PAGE] = page
    url_keys = set(Filters.URL_KEYS.values())
    ministries, hints, categories = _options()
    if first_run or any(key not in st.session_state for key in WIDGETS.values()):
        if url_keys & set(st.query_params.keys()):
            _seed(_codes(Filters.from_params(st.query_params.get_all), categories))
        else:
            _seed(st.session_state.get(SAVED, Filters()))

    # A name from the URL that this build does not know still filters (to nothing), visibly.
    ministries += [m for m in st.session_state[WIDGETS["ministries"]] if m not in ministries]
    st.session_state[WIDGETS["categories"]] = [c for c in st.session_state[WIDGETS["categories"]] if c in categories]
    st.session_state[WIDGETS["statuses"]] = [s for s in st.session_state[WIDGETS["statuses"]] if s in labels.STATUS_LABELS]

    with st.sidebar:
        st.markdown("### :material/fact_check: 정책 약속 추적기")
        menu = st.container()
        st.divider()
        st.markdown("**필터**")
        st.text_input("검색", key=WIDGETS["q"], placeholder="약속·문장·인물·부처 (예: GPU)",
                      help="약속 요약, 기사 문장, 발언자, 부처 이름에서 글자 그대로 찾습니다.")
        st.multiselect("부처", ministries, key=WIDGETS["ministries"], placeholder="모든 부처",
                       format_func=lambda m: hints.get(m, m),
                       help="지금의 부처를 고르면 이름이 바뀌기 전(또는 나뉘기 전) 부처의 약속도 함께 나옵니다.")
        st.multiselect("분야", list(categories), key=WIDGETS["categories"], placeholder="모든 분야",
                       format_func=lambda c: categories.get(c, c))
        st.multiselect("상태", labels.STATUS_ORDER, key=WIDGETS["statuses"], placeholder="모든 상태",
                       format_func=labels.status,
                       help="편집자 판정이 있으면 그 상태로, 없으면 규칙으로 판단한 상태로 고릅니다.")
        left, right = st.columns(2)
        left.date_input("발표일 부터", key=WIDGETS["announced_from"], min_value=EARLIEST, max_value=LATEST, format="YYYY-MM-DD")
        right.date_input("발표일 까지", key=WIDGETS["announced_to"], min_value=EARLIEST, max_value=LATEST, format="YYYY-MM-DD")
        left, right = st.columns(2)
        left.date_input("마감일 부터", key=WIDGETS["due_from"], min_value=EARLIEST, max_value=LATEST, format="YYYY-MM-DD")
        right.date_input("마감일 까지", key=WIDGETS["due_to"], min_value=EARLIEST, max_value=LATEST, format="YYYY-MM-DD")
        st.date_input("기준일", key=WIDGETS["as_of"], min_value=EARLIEST, max_value=LATEST, format="YYYY-MM-DD",
                      help="이날까지 알려진 것만 봅니다: 그날까지 발표된 약속, 보도된 기사, 그날의 상태.")
        filters = _from_widgets()
        st.button("필터 초기화", icon=":material/filter_alt_off:", on_click=_reset,
                  disabled=not filters.active, key="f_reset", width="stretch")

    st.session_state[SAVED] = filters
    _sync_url(filters, keep)
    with menu:
        _menu(filters)
    return filters


def _sync_url(filters: Filters, keep: tuple[str, ...]) -> None:
    wanted: dict[str, list[str] | str] = dict(filters.to_params())
    for key in keep:
        values = st.query_params.get_all(key)
        if values:
            wanted[key] = values[-1]
    current = {key: st.query_params.get_all(key) for key in st.query_params.keys()}
    normalised = {k: v if isinstance(v, list) else [v] for k, v in wanted.items()}
    if current != normalised:
        st.query_params.from_dict(wanted)


def _menu(filters: Filters) -> None:
    params = filters.to_params()
    for path, label, icon in PAGES:
        link_params = dict(params)
        if path == DETAIL_PAGE and st.session_state.get(LAST_ID):
            link_params["id"] = st.session_state[LAST_ID]
        st.page_link(path, label=label, icon=icon, query_params=link_params or None, width="stretch")


def open_commitment(commitment_id: str) -> None:
    """Go to 약속 상세 for one commitment, keeping the filters in the URL."""
    st.session_state[LAST_ID] = commitment_id
    selection_done()
    st.switch_page(DETAIL_PAGE, query_params={**st.session_state.get(SAVED, Filters()).to_params(), "id": commitment_id})


def open_list(filters: Filters) -> None:
    """Go to 약속 목록 with these filters (a click on an aggregate chart)."""
    _seed(filters)
    st.session_state[SAVED] = filters
    selection_done()
    st.switch_page(LIST_PAGE, query_params=filters.to_params())


def selection_key(name: str) -> str:
    """A widget key for a clickable table or chart that forgets its selection after use.

    Row and point selections persist in session state; without a fresh key, coming back to
    the page would re-open the same commitment at once.
    """
    return f"{name}_{st.session_state.get('_selection_round', 0)}"


def selection_done() -> None:
    st.session_state["_selection_round"] = st.session_state.get("_selection_round", 0) + 1


def describe(filters: Filters, category_labels: dict[str, str] | None = None) -> str:
    """The filters in one Korean phrase, for captions ('과학기술정보통신부 · 지연 · 발표 2024-12-01~')."""
    parts = labels.filter_parts(filters, category_labels)
    return " · ".join(parts) if parts else "전체"
