"""Korean time for everything the desk reads: run logs, verdicts, "today" for deadlines.

Servers often run on UTC; a run at 21:41 UTC happened on the next day in Seoul, and a deadline
"passes" on Korean calendar days. Stored timestamps are naive Korea Standard Time.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

SEOUL = ZoneInfo("Asia/Seoul")


def now() -> datetime:
    return datetime.now(SEOUL).replace(tzinfo=None, microsecond=0)


def today() -> date:
    return datetime.now(SEOUL).date()
