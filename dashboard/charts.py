"""Plotly figures for the pages: pure functions from a small DataFrame to a Figure.

Pure so they can be tested without Streamlit and reused for static images. Every figure speaks
Korean (axis titles, legend, `2026년 3월` ticks, YYYY-MM-DD hovers, thousands separators), uses
the status colours of `labels`, and carries `commitment_id` (or the ministry) in `customdata`
so a click can open the commitment. Text from articles is HTML-escaped before it goes into a
hover, because Plotly renders a subset of HTML there.
"""

from __future__ import annotations

import html
import textwrap
from datetime import date

import pandas as pd
import plotly.graph_objects as go

from dashboard import labels

FONT = "Pretendard, 'Noto Sans CJK KR', 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif"
MONTH_TICKS = "%Y년 %-m월"
DAY_HOVER = "%Y-%m-%d"


def _figure(data: list[dict], *, height: int, title: str | None = None, **layout) -> go.Figure:
    """The figure in one constructor call, traces and layout as plain dicts.

    Why not `go.Figure()` + `add_bar` + `update_layout`: every such call re-validates and
    re-merges the figure, which cost ~100 ms per chart at 16 ministries — most of a page's time.
    One call validates each property once; the figure is the same.
    """
    base = dict(
        height=height,
        title=dict(text=title, x=0, font=dict(size=16)) if title else None,
        font=dict(family=FONT, size=13),
        separators=".,",
        margin=dict(l=10, r=10, t=50 if title else 30, b=10),
        legend=dict(orientation="h", yanchor="bottom", y=1.02, xanchor="left", x=0, title_text="", traceorder="normal"),
        hoverlabel=dict(font_family=FONT, align="left"),
        plot_bgcolor="white",
        clickmode="event+select",
    )
    return go.Figure(data=data, layout={**layout, **base})


def _vline(x: float, *, dash: str, color: str, text: str, position: str, font_color: str) -> tuple[dict, dict]:
    """(shape, annotation) of a vertical line across the plot with a label at its top — what
    `fig.add_vline(annotation_position="top" | "top left")` adds."""
    shape = dict(type="line", x0=x, x1=x, xref="x", y0=0, y1=1, yref="y domain", line=dict(color=color, dash=dash))
    anchor = {"top": dict(xanchor="center", yanchor="bottom"), "top left": dict(xanchor="right", yanchor="top")}[position]
    note = dict(text=text, showarrow=False, x=x, xref="x", y=1, yref="y domain", font=dict(color=font_color), **anchor)
    return shape, note


def hover_text(text: object, width: int = 42) -> str:
    """An article sentence made safe for a Plotly hover: escaped, wrapped with <br>."""
    if text is None or (isinstance(text, float) and pd.isna(text)):
        return ""
    lines = textwrap.wrap(str(text), width=width) or [""]
    return "<br>".join(html.escape(line) for line in lines[:6]) + ("…" if len(lines) > 6 else "")


def _short(text: str, width: int = 28) -> str:
    text = str(text or "")
    return text if len(text) <= width else text[: width - 1] + "…"


def _counts(keys: pd.Series, statuses: pd.Series, n: pd.Series) -> dict[tuple, int]:
    """(key, status) → summed n, as plain ints: a stacked bar's segments, without a pandas
    filter and reindex per status."""
    counts: dict[tuple, int] = {}
    for key, code, value in zip(keys.tolist(), statuses.tolist(), n.tolist()):
        if value == value:  # not NaN
            counts[(key, code)] = counts.get((key, code), 0) + int(value)
    return counts


def empty(message: str, height: int = 260) -> go.Figure:
    """A blank figure that says why it is blank (never an empty axis box)."""
    note = dict(text=message, showarrow=False, font=dict(size=15, color="#666"), x=0.5, y=0.5, xref="paper", yref="paper")
    return _figure([], height=height, annotations=[note], xaxis=dict(visible=False), yaxis=dict(visible=False))


# ---------------------------------------------------------------------------------------------


def status_by_ministry(frame: pd.DataFrame) -> go.Figure:
    """Stacked horizontal bars: commitments per ministry, split by status.

    `frame`: ministry, status, n (and optionally total), as from queries.status_by_ministry.
    customdata = [ministry, status] so a click can open the list with both filters.
    """
    if frame.empty:
        return empty("이 조건에 맞는 약속이 없습니다")
    order = (frame.groupby("ministry", sort=False)["n"].sum().sort_values(ascending=True).index.tolist())
    counts = _counts(frame["ministry"], frame["status"], frame["n"])
    bars = []
    for code in labels.STATUS_ORDER:
        x = [counts.get((m, code), 0) for m in order]
        if not any(x):
            continue
        bars.append(dict(
            type="bar", y=order, x=x, orientation="h", name=labels.status(code),
            marker=dict(color=labels.STATUS_COLORS[code]),
            customdata=[[m, code] for m in order],
            hovertemplate="<b>%{y}</b><br>" + labels.status(code) + ": %{x:,}건<extra></extra>",
        ))
    return _figure(bars, height=max(260, 90 + 28 * len(order)), barmode="stack",
                   xaxis=dict(title=dict(text="약속 수"), tickformat=",d", gridcolor="#eee"),
                   yaxis=dict(automargin=True))


def deadline_timeline(frame: pd.DataFrame, today: date, today_label: str = "오늘") -> go.Figure:
    """One bar per commitment from announcement to deadline, coloured by status, with 오늘.

    `frame`: commitment_id, ministry, summary, announced_at, deadline, status, source_sentence
    (queries.timeline). Rows without a deadline are dropped here (the page lists them apart);
    a commitment without an announcement date starts at its deadline (a dot).
    """
    frame = frame.dropna(subset=["deadline"]) if not frame.empty else frame
    if frame.empty:
        return empty("마감일이 있는 약속이 없습니다")
    frame = frame.sort_values(["deadline", "commitment_id"]).reset_index(drop=True)
    start = pd.to_datetime(frame["announced_at"]).fillna(pd.to_datetime(frame["deadline"]))
    end = pd.to_datetime(frame["deadline"])
    # y is the id (unique); the tick text is the readable label.
    ticks = [f"{_short(s, 26)} · {_short(m or '', 10)}" for s, m in zip(frame["summary"], frame["ministry"])]
    # Plain lists from here: a pandas filter per status costs more than the whole figure.
    rows = list(zip(
        frame["commitment_id"].tolist(), frame["status"].tolist(), start.tolist(), end.tolist(),
        frame["summary"].map(html.escape).tolist(), frame["ministry"].fillna("").tolist(),
        frame["source_sentence"].map(hover_text).tolist() if "source_sentence" in frame else [""] * len(frame),
    ))
    starts = start.to_numpy()
    bars = []
    for code in labels.STATUS_ORDER:
        at = [i for i, row in enumerate(rows) if row[1] == code]
        if not at:
            continue
        part = [rows[i] for i in at]
        bars.append(dict(
            type="bar", y=[r[0] for r in part], base=starts[at],
            x=[max((r[3] - r[2]).total_seconds() * 1000, 86_400_000) for r in part], orientation="h",
            name=labels.status(code), marker=dict(color=labels.STATUS_COLORS[code]),
            customdata=[(r[0], r[4], r[5], f"{r[2]:%Y-%m-%d}", f"{r[3]:%Y-%m-%d}", r[6]) for r in part],
            hovertemplate=(
                "<b>%{customdata[1]}</b><br>%{customdata[2]} · " + labels.status(code)
                + "<br>발표 %{customdata[3]} → 마감 %{customdata[4]}<br><br>%{customdata[5]}<extra></extra>"
            ),
        ))
    line, note = _vline(pd.Timestamp(today).timestamp() * 1000, dash="dot", color="#C0392B", text=today_label,
                        position="top", font_color="#C0392B")
    return _figure(
        bars, height=max(300, 110 + 26 * len(frame)), barmode="overlay", bargap=0.35, shapes=[line], annotations=[note],
        yaxis=dict(type="category", categoryorder="array", categoryarray=list(frame["commitment_id"]),
                   tickvals=list(frame["commitment_id"]), ticktext=ticks, autorange="reversed", automargin=True),
        xaxis=dict(type="date", tickformat=MONTH_TICKS, hoverformat=DAY_HOVER, gridcolor="#eee"),
    )


def _revision_marks(revisions: pd.DataFrame | None) -> list[tuple[pd.Timestamp, str, str]]:
    """(day, '목표 3만→5만2천 · 마감 2030-12-31→2026-12-31', sentence) for each change of the chain."""
    if revisions is None or revisions.empty:
        return []
    marks = []
    previous_target, previous_deadline = None, None
    for row in revisions.sort_values("changed_at", na_position="first").itertuples():
        parts = []
        value = None if pd.isna(row.target_value) else float(row.target_value)
        deadline = None if pd.isna(row.deadline) else pd.Timestamp(row.deadline)
        was = previous_deadline if previous_deadline is not None else (
            None if pd.isna(row.previous_deadline) else pd.Timestamp(row.previous_deadline))
        if previous_target is not None and value is not None and value != previous_target:
            parts.append(f"목표 {labels.number(previous_target)}→{labels.number(value)}")
        if was is not None and deadline is not None and deadline != was:
            parts.append(f"마감 {was:%Y-%m-%d}→{deadline:%Y-%m-%d}")
        if parts and not pd.isna(row.changed_at):
            marks.append((pd.Timestamp(row.changed_at), " · ".join(parts), getattr(row, "sentence", "")))
        previous_target = value if value is not None else previous_target
        previous_deadline = deadline if deadline is not None else previous_deadline
    return marks


def target_progress(events: pd.DataFrame, commitment: dict, revisions: pd.DataFrame | None = None) -> go.Figure:
    """Target (a step line) against reported progress (points) over time, revisions marked.

    `events`: day, kind, role ('target' | 'progress'), value, unit, sentence
    (queries.target_events). `commitment`: the commitment row (commitment_id, target_value,
    target_unit, deadline, announced_at). `revisions`: queries.revisions_of — the chain of
    targets and deadlines; every change in it (target or deadline) is a diamond on the line.
    """
    unit = commitment.get("target_unit") or ""
    unit = "" if pd.isna(unit) else unit
    cid = commitment.get("commitment_id")
    has = not events.empty
    targets = events[(events["role"] == "target") & events["value"].notna()] if has else events
    progress = events[(events["role"] == "progress") & events["value"].notna()] if has else events

    chain: list[tuple[pd.Timestamp, float, str]] = []
    if revisions is not None and not revisions.empty:
        chain = [(pd.Timestamp(r.changed_at), float(r.target_value), labels.text(getattr(r, "sentence", "")))
                 for r in revisions.itertuples() if pd.notna(r.target_value) and pd.notna(r.changed_at)]
    if not chain:
        chain = [(pd.Timestamp(r.day), float(r.value), r.sentence) for r in targets.itertuples()]
    if not chain and pd.notna(commitment.get("target_value")) and pd.notna(commitment.get("announced_at")):
        chain = [(pd.Timestamp(commitment["announced_at"]), float(commitment["target_value"]),
                  labels.text(commitment.get("source_sentence")))]
    if not chain and progress.empty:
        return empty("숫자로 된 목표나 진척 보도가 없습니다")

    traces = []
    chain.sort(key=lambda item: item[0])
    if chain:
        days = [d for d, _, _ in chain]
        values = [v for _, v, _ in chain]
        ends = days + [pd.Timestamp(d) for d in (progress["day"] if not progress.empty else [])]
        last_day = max([pd.Timestamp(date.today())] + ends)
        traces.append(dict(
            type="scatter", x=days + [last_day], y=values + [values[-1]], mode="lines",
            line=dict(color="#0072B2", width=3, shape="hv"), name="목표",
            customdata=[[cid, hover_text(s)] for _, _, s in chain] + [[cid, ""]],
            hovertemplate="목표 %{y:,}" + unit + "<br>%{x|%Y-%m-%d}<br><br>%{customdata[1]}<extra></extra>",
        ))

    def target_on(day: pd.Timestamp) -> float:
        """The target in force on a day (for placing a revision mark on the line)."""
        in_force = [v for d, v, _ in chain if d <= day]
        return in_force[-1] if in_force else (chain[0][1] if chain else 0.0)

    marks = _revision_marks(revisions)
    if marks:
        traces.append(dict(
            type="scatter", x=[d for d, _, _ in marks], y=[target_on(d) for d, _, _ in marks], mode="markers+text",
            marker=dict(symbol="diamond", size=14, color="#CC79A7", line=dict(color="white", width=1)),
            text=[t for _, t, _ in marks], textposition="bottom right", textfont=dict(size=12, color="#7A3E65"),
            name="변경", customdata=[[cid, hover_text(s), t] for _, t, s in marks],
            hovertemplate="<b>%{customdata[2]}</b><br>%{x|%Y-%m-%d}<br><br>%{customdata[1]}<extra></extra>",
        ))
    if not progress.empty:
        traces.append(dict(
            type="scatter", x=pd.to_datetime(progress["day"]), y=progress["value"], mode="lines+markers",
            line=dict(color="#009E73", width=2, dash="dot"), marker=dict(size=11), name="보고된 진척",
            customdata=[[cid, hover_text(s), labels.kind(k)] for s, k in zip(progress["sentence"], progress["kind"])],
            hovertemplate="%{customdata[2]}: %{y:,}" + unit + "<br>%{x|%Y-%m-%d}<br><br>%{customdata[1]}<extra></extra>",
        ))
    deadline = commitment.get("deadline")
    marked = {}
    if deadline is not None and not pd.isna(deadline):
        line, note = _vline(pd.Timestamp(deadline).timestamp() * 1000, dash="dash", color="#E69F00",
                            text=f"마감 {labels.day(deadline)}", position="top left", font_color="#B07800")
        marked = dict(shapes=[line], annotations=[note])
    return _figure(
        traces, height=400, **marked,
        xaxis=dict(type="date", tickformat=MONTH_TICKS, hoverformat=DAY_HOVER, gridcolor="#eee"),
        yaxis=dict(title=dict(text=f"수량 ({unit})" if unit else "수량"), tickformat=",", rangemode="tozero", gridcolor="#eee"),
    )


def commitments_per_term(frame: pd.DataFrame) -> go.Figure:
    """Commitments announced during each minister's (or chair's) term, split by status.

    `frame`: person, title, ministry, term_start, term_end, status, n (queries.terms).
    customdata = [ministry, term_start, term_end] so a click can open the list for that term.
    """
    if frame.empty:
        return empty("재임 기간에 발표된 약속이 없습니다 (officials 표 확인)")
    frame = frame.copy()
    names = frame["short_name"] if "short_name" in frame else frame["ministry"]
    frame["label"] = [
        f"{p} ({_short(m, 12)} {t}, {labels.day(s)[:7]}~{labels.day(e)[:7]})"
        for p, t, m, s, e in zip(frame["person"], frame["title"], names, frame["term_start"], frame["term_end"])
    ]
    order = (frame.groupby("label", sort=False)["n"].sum().sort_values(ascending=True).index.tolist())
    firsts = frame.drop_duplicates("label")
    term = {label: [ministry, labels.day(start), labels.day(end)] for label, ministry, start, end
            in zip(firsts["label"], firsts["ministry"], firsts["term_start"], firsts["term_end"])}
    customdata = [term[label] for label in order]
    counts = _counts(frame["label"], frame["status"], frame["n"])
    bars = []
    for code in labels.STATUS_ORDER:
        x = [counts.get((label, code), 0) for label in order]
        if not any(x):
            continue
        bars.append(dict(
            type="bar", y=order, x=x, orientation="h", name=labels.status(code),
            marker=dict(color=labels.STATUS_COLORS[code]), customdata=customdata,
            hovertemplate="<b>%{y}</b><br>" + labels.status(code) + ": %{x:,}건<extra></extra>",
        ))
    return _figure(bars, height=max(260, 90 + 28 * len(order)), barmode="stack",
                   xaxis=dict(title=dict(text="재임 중 발표된 약속 수"), tickformat=",d", gridcolor="#eee"),
                   yaxis=dict(automargin=True))


def clicked(event, index: int = 0) -> list | None:
    """The customdata of the first clicked point of a `st.plotly_chart(on_select=…)` event."""
    try:
        points = event.selection.points if hasattr(event, "selection") else event["selection"]["points"]
    except (KeyError, TypeError, AttributeError):
        return None
    for point in points or []:
        custom = point.get("customdata") if isinstance(point, dict) else None
        if custom:
            return list(custom) if isinstance(custom, (list, tuple)) else [custom]
    return None
