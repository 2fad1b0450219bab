"""Status of a commitment over time, from the evidence and the day it is judged (DESIGN.md §3).

The rule status is replayed in date order over a commitment's mentions: a follow-up moves it
(progress → in_progress, revision → revised, achieved, delayed, cancelled), and a deadline that
passes without achievement makes it `delayed` (기한 경과) the day after. Judging at an earlier
date (`as_of`) replays only what was published by then, so the dashboard can show the state of
knowledge on any day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

STATUSES = {
    "announced": "발표",
    "in_progress": "진행 중",
    "revised": "변경",
    "delayed": "지연",
    "achieved": "이행",
    "cancelled": "무산",
}

KIND_TO_STATUS = {
    "new": None,
    "progress": "in_progress",
    "revision": "revised",
    "achieved": "achieved",
    "delayed": "delayed",
    "cancelled": "cancelled",
}

FINAL = {"achieved", "cancelled"}


@dataclass(frozen=True)
class StatusChange:
    status: str
    since: date
    mention_id: str | None
    reason: str


def replay(events: list[tuple[date, str, str, date | None]], as_of: date) -> list[StatusChange]:
    """Status changes of one commitment up to `as_of`.

    `events` are (published date, kind, mention_id, deadline in force after this mention) in
    reading order; they are replayed by date, keeping that order within a day (a later
    paragraph's revision comes after an earlier paragraph's restatement). A mention without a
    date cannot be placed in time and is ignored here.
    """
    events = sorted((e for e in events if e[0] is not None and e[0] <= as_of), key=lambda e: e[0])
    changes: list[StatusChange] = []
    status: str | None = None
    deadline: date | None = None

    def move(new: str, since: date, mention_id: str | None, reason: str) -> None:
        nonlocal status
        if new != status:
            changes.append(StatusChange(new, since, mention_id, reason))
            status = new

    def deadline_passes(until: date) -> None:
        if deadline is not None and status not in FINAL and status != "delayed" and deadline < until:
            move("delayed", deadline + timedelta(days=1), None, f"기한 경과 ({deadline.isoformat()})")

    for published, kind, mention_id, new_deadline in events:
        deadline_passes(published)
        target = KIND_TO_STATUS.get(kind)
        if status is None:
            move(target or "announced", published, mention_id, "첫 보도")
        elif target and not (status in FINAL and target in ("in_progress", "revised")):
            # Work reported after the deadline does not undo 기한 경과; only a new deadline does.
            overdue = deadline is not None and deadline < published
            # Work reported on a revised promise leaves it 변경: the change is what the desk tracks.
            if not (target == "in_progress" and (overdue or status == "revised")):
                move(target, published, mention_id, f"후속 보도: {kind}")
        if new_deadline is not None:
            deadline = new_deadline
            if status == "delayed" and kind in ("revision", "new") and deadline >= published:
                move("revised", published, mention_id, "기한 변경")
    deadline_passes(as_of)
    return changes
