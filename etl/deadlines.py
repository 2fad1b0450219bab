"""Korean time expressions, normalised against the article's date (DCT), read as deadlines.

`find_time_expressions(text, dct)` finds every time expression; `deadline_for(sentence, dct)`
picks the one that governs a commitment sentence and, for a revision, the deadline it replaced.
Both are pure functions of their arguments (no Kiwi): the rules below work on the surface text.

Each expression carries `date`, the *deadline* it names, and the span it was read from.

Conventions (DESIGN.md §2, fixed here)
--------------------------------------
* A period's deadline is its LAST day: `2026년` → 2026-12-31, `3월` → 03-31, `상반기` → 06-30,
  `하반기` → 12-31, `N분기` → the quarter's last day, `이번 주` → Sunday.
  `period_start` is the period's first day.
* `부터` (`10월부터`, `하반기부터`, `올해부터`) names the period the thing starts in, so its deadline
  is that period's last day too (`10월부터 시행` is kept by a start on 31 October); `period_start`
  keeps the first day. Exception, a start without `부터` (`이르면 3월`, `2026년 이후`): `date` is
  the FIRST day of the period. `이르면 / 빠르면 X` without a particle is FROM ("at the earliest":
  `이르면 3월` → 03-01, approximate). `이전`/`전` gives the day before the period.
* Part-of-period modifiers:

  ======================  =====================  ===========================
  modifier                of a year              of a month
  ======================  =====================  ===========================
  초 초반 초순 상순 연초  01-01 .. 03-31 (START) 1st .. 10th (START)
  중순 중반               05-01 .. 08-31 (MID)   11th .. 20th (MID)
  후반                    07-01 .. 12-31 (END)   16th .. last day (END)
  말 하순 연말 말경       11-01 .. 12-31 (END)   21st .. last day (END)
  ======================  =====================  ===========================

  Halves, quarters and seasons are split in thirds by month (초 = the first third, 말 = the last).
  `중` alone is not MID but WITHIN: `이달 중`, `하반기 중`, `올해 중` = before the period ends.
* Particles: `까지` (and `늦어도 …`, `… 이전`, `…을 목표로`) → BY; `안에 / 안 / 내에 / 내 / 내로 /
  이내 / 중 / 중으로 / 중에`, `연내`, `연중` → WITHIN; `부터` → FROM; `이후 / 후 / 뒤` → AFTER; no
  particle or `에 / (으)로` → ON; a part modifier without particle → START / MID / END.
* Relative words resolve against the DCT: 올해 / 금년 / 올 / 당해 = DCT year; 내년 / 명년 / 다음
  해 = +1; 내후년 = +2; 작년 / 지난해 / 전년 = −1 and 재작년 = −2 (PAST, unless a BY / WITHIN
  particle follows: `지난해 안에`, `지난 3월까지` keep BY / WITHIN — a deadline already passed,
  which a follow-up article reports); 이듬해 = the year
  after the last year mentioned before it in the text (else DCT + 1). 이달 / 이번 달 / 금월 / 당월,
  다음 달 / 내달 / 익월, 지난달 / 전월 (PAST); 이번 주 / 금주, 다음 주 / 차주 / 내주, 지난주 (PAST);
  오늘 / 금일, 내일, 모레, 어제 / 그제 (PAST).
* `M월` / `D일` without a year take the DCT's year (and month); a bare `D일` after an expression
  that named a month takes that month (`지난달 26일 … 30일`). `오는 M월` / `오는 D일` is the next
  occurrence (this year's when not yet over). `지난 …` is PAST; `지난 9월` said in March is the
  previous year's September.
* A bare `상반기` / `하반기` / `N분기` / `연초` / season (no year word) is the next such period that
  is not already over on the DCT: `상반기` said on 2024-12-23 → 2025-06-30; `3분기` said on
  2026-03-10 → 2026-09-30. With `올`/`올해`/a year it is that year's.
* Durations: `N년 / N개월 / N달 / N주 / N일` (digits or 한·두·세·석·네·넉…, `반년`, `1년 반`,
  `1년 6개월`, `1~2년` takes the upper end) followed by `내 / 안(에) / 이내` → WITHIN DCT + N;
  `후 / 뒤 / 이후 / 지나` → AFTER DCT + N; `전` → PAST DCT − N. `향후 / 앞으로 N년(간)` and
  `N년간 / N년 동안 / N년에 걸쳐` → WITHIN DCT + N (a window from the DCT; after `X부터` the
  window starts at X: `내년부터 3년간` → the end of the third year); `지난 / 최근 / 그간 N년간` →
  PAST.
  Precision is "day" and `anchor` is "dct". A bare duration (`6개월`, `24년이 지난`) is not a time
  expression, nor is a length set or measured: `5일로 단축`, a span within which every case is
  done (`여권을 5일 안에 발급`, `30일 안에 지급 여부를 결정`), a length after 기간 / 평균
  (`처리 기간은 7일이다`) and one ending a dated headline point (`…2027년엔 12개월`) are
  quantities, read as targets. `수년 내` / `몇 달 안에` have no date (precision "unknown",
  approximate).
* Event anchors: a duration after an event phrase ending in `후 / 이후 / 뒤 / 부터 / 로부터` or in
  a conditional verb (`통과하면`, `시행되면`) — `법 시행 후 1년 내`, `폐지안 국회 통과 이후 관련
  시행령이 약 6개월 이후`, `폐지안이 국회를 통과하면 약 6개월 뒤`; at most two words between them,
  no clause boundary and no adverbial (…에서) in between — has `date` None, precision "event",
  anchor "event", and its `text` runs from the event phrase (up to three words before the marker,
  stopping at a topic, a place or a clause ending) to the duration's end.
* Apposition: `2년 후인 2026년` (and `2026년, 즉 2년 뒤`) is one expression; the explicit year wins.
* Ranges: `2025~2027년`, `3~4월`, `2025년부터 2027년까지` → one BY expression ending at the end of
  the later period, `period_start` = the first day of the earlier.
* Approximate: 약 / 대략 / 이르면 / 빠르면 before; 께 / 경 / 무렵 / 쯤 / 즈음 / 전후 / 가량 after.
* Years are 4-digit 1900–2100, `'25년` (any apostrophe), or a bare 2-digit `25년` only when a
  month, half, quarter or 초/말 follows (`25년 3월`), so that `24년이 지난` stays a duration.
* With `dct` None, expressions that need it have `date` None and precision "unknown".

deadline_for
------------
Revisions first: a time marked as the old deadline — `당초 / 애초 / 원래 …`, `기존 X`, `X(으)로
계획한 / 예정이던 / 잡았던 / …하겠다고 했던`, past perfect `…밝혔었다`, or (weakly, only with a
change verb or a later `…(으)로`) `X에서 / X보다 / X이던 / X 목표보다` — against the time in the
target slot `Y(으)로` of 앞당기다 / 늦추다 / 미루다 / 연기 / 조정 …, or else the best remaining time.
Without a marker, `A … B(으)로 앞당겨` still reads (B, A). Otherwise: drop context — PAST
references, a bare time already over on the DCT (`2000년 법제화됐는데`, `23일` of the press
conference), a FROM whose whole period is over (`10월부터 시행 중인` said in December), a bare
year dating a budget or statistic (`내년 예산`, `올해 추경`) — but keep a past time that is
followed by a commitment cue (`11월에 내놓겠다고 밝혔지만`: -겠-, -기로, -ㄹ 계획 / 예정 / 방침,
약속, 목표) or named as a deadline (`시한인 12월 2일`); then prefer BY / WITHIN / FROM (and stated
deadlines) not yet passed, then other times, then deadlines already passed, earliest first.

`mod` values: BY | WITHIN | START | MID | END | AFTER | FROM | ON | PAST.
`precision` values: day | month | quarter | half | year | event | unknown (weeks and named days
are "day"; seasons are "quarter").
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import dataclass, replace
from typing import Callable

__all__ = ["TimeExpression", "find_time_expressions", "deadline_for", "shortened_span_at"]

MODS = ("BY", "WITHIN", "START", "MID", "END", "AFTER", "FROM", "ON", "PAST")
PRECISIONS = ("day", "month", "quarter", "half", "year", "event", "unknown")


@dataclass(frozen=True)
class TimeExpression:
    text: str
    start: int
    end: int
    date: _dt.date | None
    precision: str  # day|month|quarter|half|year|event|unknown
    mod: str  # BY|WITHIN|START|MID|END|AFTER|FROM|ON|PAST
    approximate: bool = False
    anchor: str = "explicit"  # explicit|dct|event
    period_start: _dt.date | None = None


# --------------------------------------------------------------------------------------------
# calendar helpers

_MIN_YEAR, _MAX_YEAR = 1900, 2100


def _month_end(y: int, m: int) -> _dt.date:
    return _dt.date(y, m, calendar.monthrange(y, m)[1])


def _add_months(d: _dt.date, months: int) -> _dt.date:
    total = d.year * 12 + (d.month - 1) + months
    y, m = divmod(total, 12)
    m += 1
    day = min(d.day, calendar.monthrange(y, m)[1])
    return _dt.date(y, m, day)


def _add(d: _dt.date, years: int = 0, months: int = 0, days: int = 0) -> _dt.date:
    return _add_months(d, years * 12 + months) + _dt.timedelta(days=days)


Period = tuple[_dt.date, _dt.date]


def _year(y: int) -> Period:
    return _dt.date(y, 1, 1), _dt.date(y, 12, 31)


def _school_year(y: int, term: str | None = None) -> Period:
    """A school year, `2026학년도`: from March to the end of the next February; its first term March to
    August, its second September to February."""
    if term == "1":
        return _dt.date(y, 3, 1), _dt.date(y, 8, 31)
    start = _dt.date(y, 9, 1) if term == "2" else _dt.date(y, 3, 1)
    return start, _dt.date(y + 1, 3, 1) - _dt.timedelta(days=1)


def _half(y: int, h: int) -> Period:
    return (_dt.date(y, 1, 1), _dt.date(y, 6, 30)) if h == 1 else (_dt.date(y, 7, 1), _dt.date(y, 12, 31))


def _quarter(y: int, q: int) -> Period:
    m0 = 3 * (q - 1) + 1
    return _dt.date(y, m0, 1), _month_end(y, m0 + 2)


def _month(y: int, m: int) -> Period:
    return _dt.date(y, m, 1), _month_end(y, m)


def _season(y: int, s: str) -> Period:
    start = {"봄": 3, "여름": 6, "가을": 9, "겨울": 12}[s]
    first = _dt.date(y, start, 1)
    return first, _add_months(first, 3) - _dt.timedelta(days=1)


def _week(d: _dt.date, offset: int) -> Period:
    monday = d - _dt.timedelta(days=d.weekday()) + _dt.timedelta(weeks=offset)
    return monday, monday + _dt.timedelta(days=6)


def _months_between(p: Period) -> list[tuple[int, int]]:
    out = []
    y, m = p[0].year, p[0].month
    while (y, m) <= (p[1].year, p[1].month):
        out.append((y, m))
        m += 1
        if m > 12:
            y, m = y + 1, 1
    return out


_PART_MOD = {"초": "START", "초반": "START", "초순": "START", "상순": "START",
             "중순": "MID", "중반": "MID",
             "후반": "END", "말": "END", "하순": "END", "말경": "END", "말께": "END"}


def _apply_part(p: Period, grain: str, part: str) -> Period:
    """The sub-period a part modifier names (see the table in the module docstring)."""
    kind = _PART_MOD[part]
    s, e = p
    if grain == "month":
        y, m = s.year, s.month
        if kind == "START":
            return _dt.date(y, m, 1), _dt.date(y, m, 10)
        if kind == "MID":
            return _dt.date(y, m, 11), _dt.date(y, m, 20)
        if part == "후반":
            return _dt.date(y, m, 16), e
        return _dt.date(y, m, 21), e
    if grain == "year":
        y = s.year
        if kind == "START":
            return _dt.date(y, 1, 1), _dt.date(y, 3, 31)
        if kind == "MID":
            return _dt.date(y, 5, 1), _dt.date(y, 8, 31)
        if part == "후반":
            return _dt.date(y, 7, 1), e
        return _dt.date(y, 11, 1), e
    # half, quarter, season: thirds by month
    months = _months_between(p)
    k = max(1, len(months) // 3)
    if kind == "START":
        sel = months[:k]
    elif kind == "MID":
        first = max(0, len(months) // 2 - k // 2)
        sel = months[first:first + k] or months
    elif part == "후반":
        sel = months[len(months) // 2:]
    else:
        sel = months[-k:]
    return _dt.date(sel[0][0], sel[0][1], 1), _month_end(*sel[-1])


# --------------------------------------------------------------------------------------------
# the expressions' building blocks

_NB = r"(?<![가-힣A-Za-z0-9])"  # a word starts here
_ND = r"(?<![\d.,:/\-])"  # a number starts here
_TILDE = r"[~∼〜～\-–—]"

# what may follow an expression (or one of its pieces): not the rest of a longer word
_TAIL = (r"(?=$|[^가-힣]|까지|부터|에|엔|께|경|쯤|즈음|무렵|의|는|은|이|가|을|를|로|으로|과|와|도|만|"
         r"중|내|안|이내|이후|이전|후|뒤|전|인|였|보다|초|말|상반기|하반기|분기|하순|상순|중순|초순|"
         r"초반|중반|후반|간|동안|대비|목표|마다|씩|이래|께서|정도|가량|즈음|엔|까|나|라|다|면|"
         r"연말|연초|봄|여름|가을|겨울|자(?=$|[^가-힣]|로))")  # (`7월 1일자 시행`: as of the day)

_Y4 = r"(?:19|20)\d{2}"
_APOS = r"['‘’`´]"

# Each core pattern is tried at a candidate position; order matters (longest first).
_RE_NUMDATE = re.compile(
    _ND + r"(?P<y>" + _Y4 + r")\s*(?P<sep>[./\-])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<d>\d{1,2})(?!\d)"
    r"(?:\s*\.(?=\s|$))?"
)
_RE_YEAR_RANGE = re.compile(
    _ND + r"(?P<y1>" + _Y4 + r")\s*(?:년도?)?\s*" + _TILDE + r"\s*(?P<y2>(?:19|20)?\d{2})\s*년도?(?![가-힣]*간)"
)
# (`2027 회계연도까지`: a fiscal year, which is the calendar year's)
_RE_YEAR4 = re.compile(_ND + r"(?P<y>" + _Y4 + r")\s*(?:년(?P<do>도)?|회계\s*연도)(?!대|생|형|차|간|치|째|산|제|식)")
# (not an admission's: `2028학년도 대입`, `2026학년도 수능` name the year of entry, the exam the year before)
_RE_SCHOOL_YEAR = re.compile(_ND + r"(?P<y>" + _Y4 + r")\s*학년도(?!\s*(?:부터\s*)?(?:대입|대학|입시|수능|정시|수시|입학|신입|모집|전형"
                             r"|의대|의과|정원|증원))(?:\s*(?P<term>[12])\s*학기)?")
_RE_YEAR_APOS = re.compile(_APOS + r"(?P<y>\d{2})\s*년(?P<do>도)?(?!대|생|형|차|간|째)")
_RE_YEAR2 = re.compile(
    _ND + r"(?P<y>\d{2})\s*년(?=\s*(?:\d{1,2}\s*월|상반기|하반기|[1-4]\s*분기|[1-4]\s*[/·・]\s*4\s*분기|말|초|연말|연초))"
)
_REL_YEARS = {
    "올해": 0, "금년": 0, "올": 0, "당해": 0, "이번 해": 0, "이번해": 0, "당해년도": 0, "금년도": 0,
    "내년": 1, "명년": 1, "다음 해": 1, "다음해": 1, "내년도": 1, "내후년": 2,
    "작년": -1, "지난해": -1, "전년": -1, "전년도": -1, "재작년": -2, "이듬해": None,
}
_RE_REL_YEAR = re.compile(
    _NB + r"(?P<w>당해년도|금년도|내년도|전년도|올해|금년|당해|이번\s?해|내후년|내년|명년|다음\s?해|재작년|작년|"
    r"지난해|전년|이듬해|올(?=\s*(?:\d{1,2}\s*월|상반기|하반기|[1-4]\s*분기|[1-4]\s*[/·・]\s*4\s*분기|연말|연초|"
    r"초|말|한\s?해|봄|여름|가을|겨울|안|중|내)))"
)
_RE_AFTER_YEAR = re.compile(
    r"\s*(?:"
    r"(?P<m1>\d{1,2})\s*월?\s*" + _TILDE + r"\s*(?P<m2>\d{1,2})\s*월"
    r"|(?P<m>\d{1,2})\s*월(?!간)(?:\s*(?P<d>\d{1,2})\s*일(?!간|째))?"
    r"|(?P<h>상반기|하반기)"
    r"|(?P<q>[1-4])\s*(?:[/·・]\s*4\s*)?분기"
    r"|(?P<s>봄|여름|가을|겨울)(?:철)?"
    r"|(?P<yp>연말|연초|연중|연내)"
    r")"
)
_REL_MONTHS = {"이달": 0, "이번달": 0, "이번 달": 0, "금월": 0, "당월": 0, "다음달": 1, "다음 달": 1,
               "내달": 1, "익월": 1, "다다음달": 2, "다다음 달": 2, "지난달": -1, "지난 달": -1,
               "전월": -1, "저번달": -1, "저번 달": -1}
_RE_REL_MONTH = re.compile(
    _NB + r"(?P<w>이달|이번\s?달|금월|당월|다다음\s?달|다음\s?달|내달|익월|지난\s?달|전월|저번\s?달)"
    r"(?:\s*(?P<d>\d{1,2})\s*일(?!간|째))?"
)
_REL_WEEKS = {"이번주": 0, "이번 주": 0, "금주": 0, "다음주": 1, "다음 주": 1, "차주": 1, "내주": 1,
              "다다음주": 2, "다다음 주": 2, "지난주": -1, "지난 주": -1, "저번주": -1, "저번 주": -1}
_RE_REL_WEEK = re.compile(
    _NB + r"(?P<w>이번\s?주|금주|다다음\s?주|다음\s?주|차주|내주|지난\s?주|저번\s?주)"
    r"(?=$|[^가-힣]|까지|중|에|부터|안|내|말|초|는|도|께|쯤|의|엔)"
)
_REL_DAYS = {"오늘": 0, "금일": 0, "내일": 1, "모레": 2, "어제": -1, "그제": -2, "그저께": -2}
_RE_REL_DAY = re.compile(_NB + r"(?P<w>오늘|금일|내일|모레|어제|그저께|그제)")
_RE_MONTH = re.compile(
    _ND + r"(?:(?P<m1>\d{1,2})\s*월?\s*" + _TILDE + r"\s*)?(?P<m>\d{1,2})\s*월(?!간)"
    r"(?:\s*(?P<d>\d{1,2})\s*일(?!간|째))?"
)
_RE_DAY = re.compile(_ND + r"(?P<d>\d{1,2})\s*일(?!간|째|동안|치|본|반|대|정|상|제|자리|원|출|차)")
_RE_HALF = re.compile(_NB + r"(?P<h>상반기|하반기)")
_RE_QUARTER = re.compile(
    _ND + r"(?P<q>[1-4])\s*(?:[/·・]\s*4\s*)?분기"
    r"|" + _NB + r"(?P<w>이번\s?분기|다음\s?분기|지난\s?분기|전\s?분기)"
)
_RE_YEARPART = re.compile(_NB + r"(?P<w>연내|연말|연초|연중|월말|월초|월중|월내)")

_NATIVE = {"한": 1, "두": 2, "세": 3, "석": 3, "네": 4, "넉": 4, "다섯": 5, "여섯": 6, "일곱": 7,
           "여덟": 8, "아홉": 9, "열": 10, "열한": 11, "열두": 12, "스무": 20}
_RE_DURATION = re.compile(
    r"(?:" + _ND + r"(?P<n>\d{1,3}(?:\.\d+)?)(?:\s*" + _TILDE + r"\s*(?P<n2>\d{1,3}))?"
    r"|" + _NB + r"(?P<w>열한|열두|다섯|여섯|일곱|여덟|아홉|스무|한|두|세|석|네|넉|열)\s*(?=달|해|주)"
    r"|" + _NB + r"(?P<v>수|몇)\s*(?=년|개월|달|주|해|일)"
    r"|" + _NB + r"(?P<hf>반)\s*(?=년))"
    r"\s*(?P<u>개월|년|달|주일|주|일|해)"
    r"(?:\s*(?P<half>반)(?![가-힣]))?"
    r"(?:\s*(?P<n3>\d{1,2})\s*개월)?"
    r"(?P<approx1>\s*(?:가량|정도|쯤|여))?"
    r"(?P<span>\s*(?:간|동안)|에\s*걸쳐서?|에\s*걸친|에\s*걸쳐)?"
)
_RE_DUR_REL = re.compile(
    r"\s*(?P<rel>이내|내|안|이후|후|뒤|(?:이\s*)?(?:경과한|지난)\s*(?:날|뒤|후)|(?:이\s*)?지나(?:서|면)|경과\s*후|전)"
    r"(?P<p>에는|에|로|으로)?"
    r"(?=$|[^가-힣]|는|도|까지|인|엔|쯤|께|이면|면|부터)"
)

# `올해 초·중·고 학생`, `올해 초등학생`: school grades, not the start of the year
_RE_PART = re.compile(r"\s*(?P<part>초순|초반|초(?!과|등|\s*[·ㆍ,]\s*중)|중순|중반|말경|말께|말|후반|하순|상순)" + _TAIL)
_RE_APPROX_SUFFIX = re.compile(r"\s*(?P<ap>께|경|무렵|쯤|즈음|전후|가량)" + _TAIL)
_RE_PARTICLE = re.compile(
    r"\s*(?P<pt>까지|안에|안으로|안|내에|내로|내|이내에|이내로|이내|중으로|중에|중|부터|이후|후|뒤|이전|전)"
    r"(?=$|[^가-힣]|는|도|로|에|만|인|의|엔|이|을|를|께|쯤|부터|에는|으로)"
)
_PARTICLE_MOD = {"까지": "BY", "안에": "WITHIN", "안으로": "WITHIN", "안": "WITHIN", "내에": "WITHIN",
                 "내로": "WITHIN", "내": "WITHIN", "이내에": "WITHIN", "이내로": "WITHIN",
                 "이내": "WITHIN", "중으로": "WITHIN", "중에": "WITHIN", "중": "WITHIN",
                 "부터": "FROM", "이후": "AFTER", "후": "AFTER", "뒤": "AFTER", "이전": "BY", "전": "BY"}

_RE_PREFIX = re.compile(
    r"(?P<w>오는|지난|이르면|빠르면|늦어도|약|대략|향후|앞으로|최근|그간|그동안|지금까지|과거)\s*$"
)
_PAST_PREFIX = {"지난", "최근", "그간", "그동안", "지금까지", "과거"}
_APPROX_PREFIX = {"약", "대략", "이르면", "빠르면"}

_TRIGGER = re.compile(
    r"\d|" + _APOS + r"\d|" + _NB + r"(?:올|금년|당해|이번|내후년|내년|명년|다음|다다음|재작년|작년|지난|전년|"
    r"이듬해|이달|금월|당월|내달|익월|전월|저번|금주|차주|내주|오늘|금일|내일|모레|어제|그제|그저께|상반기|"
    r"하반기|연내|연말|연초|연중|월말|월초|월중|월내|한|두|세|석|네|넉|다섯|여섯|일곱|여덟|아홉|열|스무|수|몇|반|전)"
)


# --------------------------------------------------------------------------------------------
# parsed pieces


# `기간을 14일에서 5일로 단축`, `7년 이내로 줄인다`, `대기 시간이 48시간으로 줄어든다`: a count of
# days, months or years that something is shortened from or to is its length, an amount (the
# target), not a date or a deadline: nothing is ever shortened to the 5th of a month.
_SPAN = re.compile(r"(?!(?:19|20)\d\d\s*년)(?:\d[\d,]*(?:\.\d+)?)\s*(?:일|시간|개월|주일|주|년|분(?!기)|초(?![반과순]))")  # not a year: 2032년에서 2030년으로
# Days counted in native words (`이틀 안으로 줄이겠다`, `사흘에서 하루로`) and months counted with a
# native numeral (`석 달로 단축`) are lengths too, but only where the text shortens them or does
# every case within them: `하루 평균 3만 명` is a rate, `두 달 만에` an interval.
NATIVE_DAYS = {"하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7, "여드레": 8,
               "아흐레": 9, "열흘": 10, "보름": 15}
_NATIVE_SPAN = re.compile("(?:" + "|".join(NATIVE_DAYS) + r")|(?:한|두|세|석|네|넉|다섯|여섯|일곱|여덟|아홉|열)\s*달")
_SHORTENED_AFTER = re.compile(
    r"대?(?:\s*(?:이내|안|내))?\s*(?:에서|으로|로)\s*(?:[^\s.,…]+\s+){0,2}?"  # (`1,700시간대로`: in that range)
    r"(?:단축|감축|연장|줄(?:이|여|인|일|였|어|었)|늘(?:리|려|린|릴|렸|어)|맞(?:추|춰|춘|출|췄))"
    # a headline's point that ends on the length (`심사 연내 14개월로…`, `하반기엔 30일 이내로`)
    r"|(?:\s*(?:이내|안|내))?\s*(?:으로|로)\s*(?=$|…|\.\.\.|⋯|[\"'”’」』])"
    # `3초 이내로 당긴다`: brought within the length (`15일로 앞당긴다` is a day of the month)
    r"|\s*(?:이내|안|내)\s*(?:으로|로)\s*(?:[^\s.,…]+\s+){0,2}?(?:앞)?당(?:기|겨|긴|길|겼)"
    # `48시간 전으로 앞당긴다`, `7일 전으로 늘린다`: a warning's lead time, brought further ahead
    r"|\s*전\s*(?:에서|으로|로)\s*(?:[^\s.,…]+\s+){0,2}?(?:앞당|늘(?:리|려|린|릴|렸))")


# (a deed follows: `30일 전까지 알리도록`; a schedule's field `완료 보고: 사업 종료 15일 전` sets no figure)
_BEFORE_EVENT = re.compile(r"\s*전(?:까지|에|에는|부터)?\s+[가-힣]")
_LENGTH_BEFORE = re.compile(r"(?:기간[은이을도]?|(?:걸린|도착|대기|처리|소요)\s*시간[은이을도]?|평균)\s*$")
_DATED_BEFORE = re.compile(r"(?:\d\s*년|\d\s*월|분기|반기|연내|연말)\s*(?:에는|엔|까지는?|에)?\s+$")
_POINT_END = re.compile(r"\s*(?:$|…|\.\.\.|⋯)|[\"'”’」』]")  # (a closing quote is glued: `2월 13일 '…'` opens one)
# A service standard: every case done within the span (`여권을 5일 안에 발급`, `30일 안에 지급 여부를
# 결정`, `3일 안에 끝내겠다`, `24시간 안에 지우지 않으면`), a length promised, not a date.
_WITHIN = re.compile(r"\s*(?:이내|안|내)(?:에|로)?\s")  # `5일 안에 `, `30일 이내 `
_EACH_CASE_WITHIN = re.compile(
    _WITHIN.pattern + r"\s*(?:[^\s.,…]+\s+){0,2}(?:발급|처리|지급|결정|심사|회신|답변|통보|끝내|끝낸|끝낼|삭제|차단|지우|지운|"
    r"지워|조치|출동|도착|닿|주(?:겠|기로|도록)|준다)"
    # (not a noun that names a thing of it: `6개월 안에 심사 기준 초안을 마련하겠다` is one-off work)
    r"(?!\s*(?:기준|제도|체계|절차|규정|지침|방안|계획|시스템|서비스|인력|조직|센터|창구))")
# a case ends within the span, the case named before it (`체류자격 심사도 … 14일 안에 끝납니다`; not one-off
# work, `2년 안에 공사를 마치겠다`)
_CASE_ENDS_WITHIN = re.compile(_WITHIN.pattern + r"\s*끝(?:나|납|난|날)")
_CASES_BEFORE = re.compile(r"(?:심사|처리|발급|민원|결정|심의|회신)")
# A span counted from each case's start (`신고 뒤 48시간 안에`, `신청 후 5일 이내`): every case is done
# within it, whatever the deed (one-off work in a span, `6개월 안에 해결하겠다`, is a deadline)
_PER_CASE_BEFORE = re.compile(
    r"(?:(?:신고|신청|접수|요청|발생|고장|청구)\s*(?:한\s*)?(?:뒤|후|이후|때부터)|[가-힣]면|날부터|날로부터)\s*$")  # (`고장 나면 7일 안에`)


# The event a span before `전` is counted back from, named right before it: a `-기` form (`문을 닫기 30일
# 전`) or a noun for a day things happen on (`시행 7일 전`, `폐업 30일 전`); not a body (`환경부 2년 전
# 약속한`, a headline's) nor an adverb (`불과 7일 전`: that many days ago)
_EVENT_WORD_BEFORE = re.compile(r"(?<![가-힣])(?P<word>[가-힣]{2,8})\s+$")
_EVENT_DAYS = {"시행", "폐업", "폐점", "폐원", "폐쇄", "만기", "만료", "마감", "출발", "도착", "출국", "입국", "선거", "개학",
               "개통", "개장", "개관", "착공", "준공", "입주", "계약", "해지", "공고", "신청", "접수", "시작", "종료", "개최",
               "행사", "시험", "수술", "출산", "퇴원", "입원", "철거", "인상", "변경", "납부", "이사", "휴업", "운항", "출항"}


def lead_time_before(text: str, start: int) -> bool:
    """Is the span at `start`, followed by `전`, counted back from an event the text names just before it
    (`시행 7일 전`, `닫기 30일 전`): a lead time, not that many days before the article's day?"""
    found = _EVENT_WORD_BEFORE.search(text, max(0, start - 10), start)
    if found is None:
        return False
    word = found.group("word")
    return word.endswith("기") or any(word.endswith(day) for day in _EVENT_DAYS)


def shortened_span_at(text: str, start: int) -> int | None:
    """The end of the number and time unit at `start` when the text goes on to shorten it
    (`5일로 단축`, `30일에서 14일로 줄였다`), to promise every case done within it (`5일 안에
    발급`) or to name it as the target (`30일 목표에 못 미쳤다`); None otherwise."""
    span = _SPAN.match(text, start)
    if span is None:
        native = _NATIVE_SPAN.match(text, start)
        if native and (_SHORTENED_AFTER.match(text, native.end()) or _EACH_CASE_WITHIN.match(text, native.end())
                       or _TARGET_AFTER.match(text, native.end())):
            return native.end()
        return None
    if _TARGET_AFTER.match(text, span.end()) and not re.search(r"(?:월|오는)\s*$", text[max(0, start - 4):start]):
        return span.end()  # `30일 목표에 못 미쳤다`: the length aimed at, not the 30th
    if (_SHORTENED_AFTER.match(text, span.end()) or _EACH_CASE_WITHIN.match(text, span.end())) and not re.search(
            r"(?:월|달)\s*$", text[max(0, start - 4):start]):  # (`이달 25일 안으로 앞당긴다`: a day)
        return span.end()
    if _CASE_ENDS_WITHIN.match(text, span.end()) and _CASES_BEFORE.search(text, max(0, start - 30), start):
        return span.end()  # `체류자격 심사도 지난해 11월부터 14일 안에 끝납니다`
    if _WITHIN.match(text, span.end()) and _PER_CASE_BEFORE.search(text, max(0, start - 14), start):
        return span.end()  # `고장 신고 뒤 48시간 안에 수리하는`
    if _LENGTH_BEFORE.search(text, max(0, start - 12), start):
        return span.end()  # `평균 발급 기간은 7일이다`, `평균 5.2일에 머물렀다`: a length, not the 7th
    if _BEFORE_EVENT.match(text, span.end()) and lead_time_before(text, start):
        return span.end()  # `문을 닫기 30일 전까지 알리도록`: a lead time set, the figure promised
    if text.startswith("까지", span.end()) and re.search(r"최장\s*$", text[max(0, start - 5):start]):
        return span.end()  # `최장 23년까지 쓸 수 있도록`: the longest allowed, not the year 2023 (`최장 10년간`: a window)
    if _POINT_END.match(text, span.end()) and _DATED_BEFORE.search(text, max(0, start - 12), start):
        return span.end()  # a headline point `…2027년엔 12개월`: the length due by then
    if _CHANGED_TO.search(text, max(0, start - 3), start):
        return span.end()  # `환급 '3개월→1개월'`, `12개월→24개월 연장`: what the length becomes
    if _STANDARD_NAMED.match(text, span.end()):
        return span.end()  # `3월에 약속드린 '7일 이내'를 지켰다`: the standard itself, named as a thing
    return None


# A length within which something is done, named as a noun (the object or topic of the sentence):
# `'7일 이내'를 지킨 겁니다`, `7일 이내는 어렵다` (not `7일 이내에`, `7일 이내로`, when it is done)
_STANDARD_NAMED = re.compile(r"\s*(?:이내|이하)\s*['’\"”」』]?\s*(?:를|을|는|은|가)(?=[\s.,]|$)")


_CHANGED_TO = re.compile(r"[→⇒]\s*$")
_TARGET_AFTER = re.compile(r"(?:\s*(?:이내|이하|미만|안팎))?\s*목표(?:치)?(?:를|에|는|였|로|가|이)")  # (`21일 이내 목표를`)


@dataclass
class _Core:
    start: int
    end: int
    grain: str  # year|half|quarter|month|day|week|season|duration|unknown
    resolve: Callable[[_dt.date | None], Period | None]  # None: needs a DCT that is missing
    relative: bool = False
    past: bool = False
    next_rule: bool = False  # bare 상반기 / N분기 / 연초: the next one not already over
    yearpart: str | None = None  # 연말 / 연초 / 연중 / 연내 …
    range_start: Callable[[_dt.date | None], Period | None] | None = None
    year_value: int | None = None  # for 이듬해
    # durations
    dur: tuple[int, int, int] | None = None  # (years, months, days)
    dur_vague: bool = False
    dur_rel: str | None = None
    dur_span: bool = False
    event_only: bool = False  # 통과 이후 약 6개월: only an event anchor makes it a time
    approximate: bool = False


def _const(p: Period) -> Callable[[_dt.date | None], Period | None]:
    return lambda dct: p


def _two_digit_year(yy: int) -> int:
    return 2000 + yy if yy < 70 else 1900 + yy


def _ok_year(y: int) -> bool:
    return _MIN_YEAR <= y <= _MAX_YEAR


_RE_TAIL = re.compile(_TAIL)


def _tail_ok(text: str, pos: int) -> bool:
    return _RE_TAIL.match(text, pos) is not None


def _after_year(text: str, pos: int, year_fn: Callable[[_dt.date | None], int | None], core: _Core) -> _Core:
    """Extend a year core with a month / day / half / quarter / season / 연말 that follows it."""
    m = _RE_AFTER_YEAR.match(text, pos)
    if not m or not _tail_ok(text, m.end()):
        return core
    g = m.groupdict()

    def wrap(f: Callable[[int], Period]) -> Callable[[_dt.date | None], Period | None]:
        def r(dct: _dt.date | None) -> Period | None:
            y = year_fn(dct)
            return None if y is None else f(y)
        return r

    if g["m1"]:
        m1, m2 = int(g["m1"]), int(g["m2"])
        if not (1 <= m1 < m2 <= 12):
            return core
        core.resolve = wrap(lambda y: (_dt.date(y, m1, 1), _month_end(y, m2)))
        core.range_start = wrap(lambda y: _month(y, m1))
        core.grain = "month"
        core.end = m.end()
        return core
    if g["m"]:
        mo = int(g["m"])
        if not 1 <= mo <= 12:
            return core
        if g["d"]:
            d = int(g["d"])
            if not 1 <= d <= 31:
                return core

            def fd(y: int, mo=mo, d=d) -> Period:
                day = _dt.date(y, mo, min(d, calendar.monthrange(y, mo)[1]))
                return day, day
            core.resolve = wrap(fd)
            core.grain = "day"
        else:
            core.resolve = wrap(lambda y: _month(y, mo))
            core.grain = "month"
        core.end = m.end()
        return core
    if g["h"]:
        h = 1 if g["h"] == "상반기" else 2
        core.resolve = wrap(lambda y: _half(y, h))
        core.grain = "half"
    elif g["q"]:
        q = int(g["q"])
        core.resolve = wrap(lambda y: _quarter(y, q))
        core.grain = "quarter"
    elif g["s"]:
        s = g["s"]
        core.resolve = wrap(lambda y: _season(y, s))
        core.grain = "season"
    elif g["yp"]:
        yp = g["yp"]
        core.yearpart = yp
        core.grain = "year"
    else:
        return core
    core.end = m.end()
    return core


def _parse_core(text: str, pos: int, last_year: int | None,
                last_month: tuple[int, int] | None = None) -> _Core | None:
    """The core time expression starting exactly at `pos`, if any."""
    ch = text[pos]

    if ch.isdigit():
        m = _RE_NUMDATE.match(text, pos)
        if m:
            y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
            try:
                day = _dt.date(y, mo, d)
            except ValueError:
                day = None
            if day is not None and _ok_year(y):
                return _Core(pos, m.end(), "day", _const((day, day)), year_value=y)
        m = _RE_YEAR_RANGE.match(text, pos)
        if m and _tail_ok(text, m.end()):
            y1 = int(m["y1"])
            y2s = m["y2"]
            y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
            if _ok_year(y1) and _ok_year(y2) and y1 < y2:
                return _Core(pos, m.end(), "year", _const(_year(y2)),
                             range_start=_const(_year(y1)), year_value=y2)
        m = _RE_SCHOOL_YEAR.match(text, pos)
        if m and _ok_year(int(m["y"])) and _tail_ok(text, m.end()):
            return _Core(pos, m.end(), "half" if m["term"] else "year", _const(_school_year(int(m["y"]), m["term"])),
                         year_value=int(m["y"]))
        m = _RE_YEAR4.match(text, pos)
        if m and _ok_year(int(m["y"])):
            y = int(m["y"])
            core = _Core(pos, m.end(), "year", _const(_year(y)), year_value=y)
            core = _after_year(text, m.end(), lambda dct, y=y: y, core)
            if _tail_ok(text, core.end):
                return core
        m = _RE_YEAR2.match(text, pos)
        if m:
            y = _two_digit_year(int(m["y"]))
            core = _Core(pos, m.end(), "year", _const(_year(y)), year_value=y)
            core = _after_year(text, m.end(), lambda dct, y=y: y, core)
            if _tail_ok(text, core.end):
                return core
        core = _parse_duration(text, pos)
        if core is not None:
            return core
        m = _RE_MONTH.match(text, pos)
        if m and _tail_ok(text, m.end()):
            mo = int(m["m"])
            m1 = int(m["m1"]) if m["m1"] else None
            if 1 <= mo <= 12 and (m1 is None or 1 <= m1 < mo):
                if m["d"]:
                    d = int(m["d"])
                    if 1 <= d <= 31 and m1 is None:

                        def fd(dct: _dt.date | None, mo=mo, d=d) -> Period | None:
                            if dct is None:
                                return None
                            day = _dt.date(dct.year, mo, min(d, calendar.monthrange(dct.year, mo)[1]))
                            return day, day
                        return _Core(pos, m.end(), "day", fd, relative=True)
                else:
                    def fm(dct: _dt.date | None, mo=mo) -> Period | None:
                        return None if dct is None else _month(dct.year, mo)
                    core = _Core(pos, m.end(), "month", fm, relative=True)
                    if m1 is not None:
                        core.range_start = (lambda dct, m1=m1: None if dct is None else _month(dct.year, m1))
                    return core
        m = _RE_DAY.match(text, pos)
        if m and _tail_ok(text, m.end()):
            d = int(m["d"])
            if 1 <= d <= 31:
                if last_month is not None:
                    # 지난달 26일 … 30일: a bare day stays in the month just mentioned
                    ly, lm = last_month
                    day = _dt.date(ly, lm, min(d, calendar.monthrange(ly, lm)[1]))
                    return _Core(pos, m.end(), "day", _const((day, day)), relative=True)

                def fday(dct: _dt.date | None, d=d) -> Period | None:
                    if dct is None:
                        return None
                    day = _dt.date(dct.year, dct.month, min(d, calendar.monthrange(dct.year, dct.month)[1]))
                    return day, day
                return _Core(pos, m.end(), "day", fday, relative=True)
        m = _RE_QUARTER.match(text, pos)
        if m and m["q"] and _tail_ok(text, m.end()):
            q = int(m["q"])
            return _Core(pos, m.end(), "quarter",
                         lambda dct, q=q: None if dct is None else _quarter(dct.year, q),
                         relative=True, next_rule=True)
        return None

    if ch in "'‘’`´":
        m = _RE_YEAR_APOS.match(text, pos)
        if m:
            y = _two_digit_year(int(m["y"]))
            core = _Core(pos, m.end(), "year", _const(_year(y)), year_value=y)
            core = _after_year(text, m.end(), lambda dct, y=y: y, core)
            if _tail_ok(text, core.end):
                return core
        return None

    m = _RE_REL_YEAR.match(text, pos)
    if m and _tail_ok(text, m.end()):
        w = m["w"]
        off = _REL_YEARS.get(w, _REL_YEARS.get(w.replace(" ", ""), 0))
        if w == "이듬해":
            if last_year is not None:
                fixed = last_year + 1
                year_fn: Callable[[_dt.date | None], int | None] = lambda dct, y=fixed: y
                relative = False
            else:
                year_fn = lambda dct: None if dct is None else dct.year + 1
                relative = True
        else:
            year_fn = (lambda dct, off=off: None if dct is None else dct.year + off)
            relative = True
        core = _Core(pos, m.end(), "year", lambda dct: (None if year_fn(dct) is None else _year(year_fn(dct))),
                     relative=relative, past=(off is not None and off < 0 and w != "이듬해"))
        core = _after_year(text, m.end(), year_fn, core)
        if w == "올" and core.end == m.end():
            # 올 needs something after it (올 3분기, 올 연말, 올 초, 올 안에)
            if not (_RE_PART.match(text, m.end()) or _RE_PARTICLE.match(text, m.end())):
                return None
        if _tail_ok(text, core.end):
            return core
        return None

    m = _RE_REL_MONTH.match(text, pos)
    if m and _tail_ok(text, m.end()):
        off = _REL_MONTHS.get(m["w"], _REL_MONTHS.get(m["w"].replace(" ", ""), 0))
        if m["d"]:
            d = int(m["d"])
            if not 1 <= d <= 31:
                return None

            def frd(dct: _dt.date | None, off=off, d=d) -> Period | None:
                if dct is None:
                    return None
                first = _add_months(dct.replace(day=1), off)
                day = first.replace(day=min(d, calendar.monthrange(first.year, first.month)[1]))
                return day, day
            return _Core(pos, m.end(), "day", frd, relative=True, past=off < 0)

        def frm(dct: _dt.date | None, off=off) -> Period | None:
            if dct is None:
                return None
            first = _add_months(dct.replace(day=1), off)
            return _month(first.year, first.month)
        return _Core(pos, m.end(), "month", frm, relative=True, past=off < 0)

    m = _RE_REL_WEEK.match(text, pos)
    if m:
        off = _REL_WEEKS.get(m["w"], _REL_WEEKS.get(m["w"].replace(" ", ""), 0))
        return _Core(pos, m.end(), "week", lambda dct, off=off: None if dct is None else _week(dct, off),
                     relative=True, past=off < 0)

    m = _RE_REL_DAY.match(text, pos)
    if m and _tail_ok(text, m.end()):
        off = _REL_DAYS[m["w"]]

        def fdd(dct: _dt.date | None, off=off) -> Period | None:
            if dct is None:
                return None
            d = dct + _dt.timedelta(days=off)
            return d, d
        return _Core(pos, m.end(), "day", fdd, relative=True, past=off < 0)

    m = _RE_HALF.match(text, pos)
    if m and _tail_ok(text, m.end()):
        h = 1 if m["h"] == "상반기" else 2
        return _Core(pos, m.end(), "half", lambda dct, h=h: None if dct is None else _half(dct.year, h),
                     relative=True, next_rule=True)

    m = _RE_QUARTER.match(text, pos)
    if m and m["w"] and _tail_ok(text, m.end()):
        w = m["w"].replace(" ", "")
        off = {"이번분기": 0, "다음분기": 1, "지난분기": -1, "전분기": -1}[w]

        def fq(dct: _dt.date | None, off=off) -> Period | None:
            if dct is None:
                return None
            q0 = (dct.month - 1) // 3
            first = _add_months(_dt.date(dct.year, 3 * q0 + 1, 1), 3 * off)
            return first, _add_months(first, 3) - _dt.timedelta(days=1)
        return _Core(pos, m.end(), "quarter", fq, relative=True, past=off < 0)

    m = _RE_YEARPART.match(text, pos)
    if m and _tail_ok(text, m.end()):
        w = m["w"]
        if w.startswith("월"):
            def fmo(dct: _dt.date | None) -> Period | None:
                return None if dct is None else _month(dct.year, dct.month)
            core = _Core(pos, m.end(), "month", fmo, relative=True)
            core.yearpart = {"월말": "말", "월초": "초", "월중": "중", "월내": "내"}[w]
            return core
        core = _Core(pos, m.end(), "year", lambda dct: None if dct is None else _year(dct.year),
                     relative=True, next_rule=(w == "연초"))
        core.yearpart = w
        return core

    return _parse_duration(text, pos)


_RE_EVENT_BEFORE = re.compile(r"[가-힣](?:\s+|\s*)(?:이후|후|뒤|부터|로부터)\s+(?:약\s*|대략\s*)?$")
_RE_WINDOW_BEFORE = re.compile(r"(?<![가-힣])(?:향후|앞으로)\s*(?:약\s*)?$")


def _parse_duration(text: str, pos: int) -> _Core | None:
    m = _RE_DURATION.match(text, pos)
    if not m:
        return None
    u = m["u"]
    vague = False
    if m["n"]:
        try:
            n = float(m["n2"] or m["n"])
        except ValueError:
            return None
        if u == "해":
            return None  # 2해 is not a duration
    elif m["v"]:
        vague, n = True, 0.0
    elif m["hf"]:
        n = 0.5
    else:
        n = float(_NATIVE[m["w"]])
    if n > 200:
        return None
    years = months = days = 0
    frac = n - int(n)
    if u == "년" or u == "해":
        years = int(n)
        months = int(round(frac * 12))
    elif u in ("개월", "달"):
        months = int(n)
        days = int(round(frac * 30))
    elif u in ("주", "주일"):
        days = int(round(n * 7))
    elif u == "일":
        days = int(n)
    if m["half"]:
        if u in ("년", "해"):
            months += 6
        elif u in ("개월", "달"):
            days += 15
        else:
            return None
    if m["n3"]:
        if u not in ("년", "해"):
            return None
        months += int(m["n3"])
    end = m.end()
    core = _Core(pos, end, "duration", lambda dct: None, relative=True)
    core.dur = (years, months, days)
    core.dur_vague = vague
    core.dur_span = bool(m["span"])
    core.approximate = bool(m["approx1"]) or vague
    r = _RE_DUR_REL.match(text, end)
    if not r and not m["span"] and not _RE_WINDOW_BEFORE.search(text, max(0, pos - 12), pos):
        # 통과 이후 약 6개월: the relation is the event marker before the duration
        if not _RE_EVENT_BEFORE.search(text, max(0, pos - 12), pos):
            return None  # a bare duration (6개월, 24년이 지난) names no time
        core.event_only = True
        core.dur_rel = "AFTER"
    if r and not m["span"]:
        rel = r["rel"].replace(" ", "")
        if rel == "전" and lead_time_before(text, pos):
            return None  # `문을 닫기 30일 전까지 알리도록`: a lead time before the event, no day of its own
        core.dur_rel = {"이내": "WITHIN", "내": "WITHIN", "안": "WITHIN", "전": "PAST"}.get(rel, "AFTER")
        core.end = r.end()
    elif m["span"]:
        core.dur_rel = "WITHIN"
        # 3년간 안에 is rare; 3년 동안 is the window itself
    return core


# --------------------------------------------------------------------------------------------
# event anchors, revision cues

# a word that cannot be inside an event phrase: a topic, a place, a clause ending
_STOP_WORD = re.compile(r"(?:은|는|에서|께서|에게|에는|으로써|로서|다|고|며|면|서|지만|는데|니|자)$")
_CLAUSE_END_WORD = re.compile(r"(?:고|며|면서|지만|는데|니까|어서|아서|해서|다|면|자)$")
_ADVERBIAL_WORD = re.compile(r"(?:에서|에게|께서|에는|에|한테)$")
_EVENT_MARK = re.compile(r"(?:이후|후|뒤|부터|로부터|으로부터|때부터)$")
# a conditional event: 폐지안이 국회를 통과하면 약 6개월 뒤, 법이 시행되면 1년 안에
_EVENT_COND = re.compile(r"[가-힣](?:하면|되면|나면|지면|치면|오면|가면|으면)$")
_NOT_COND = {"반면", "측면", "전면", "이면", "한편", "그러면", "그렇다면", "이라면"}
_WORD_CHARS = r"[^\s,.;:!?\"“”'‘’()\[\]{}<>「」『』]"


def _event_phrase(text: str, start: int, taken: list[tuple[int, int]]) -> int | None:
    """Where the event phrase before a duration starts, if the duration is event-anchored."""
    window_start = max(0, start - 60)
    left = text[window_start:start]
    words = list(re.finditer(_WORD_CHARS + r"+", left))
    if not words:
        return None
    # the marker word is one of the last three words; the ones after it are the gap
    for gap in range(0, 3):
        idx = len(words) - 1 - gap
        if idx < 0:
            break
        w = words[idx]
        # nothing but spaces between consecutive words
        seg = left[w.end():]
        if re.search(r"[,.;:!?\"“”'‘’()\[\]{}<>「」『』\n]", seg):
            break
        word = w.group(0)
        is_mark = bool(_EVENT_MARK.search(word)) or (
            bool(_EVENT_COND.search(word)) and word not in _NOT_COND)
        if is_mark and not re.search(r"\d", word):
            abs_end = window_start + w.end()
            abs_start = window_start + w.start()
            if any(a < abs_end and abs_start < b for a, b in taken):
                return None  # the marker belongs to a time expression (2026년 이후 3년 내)
            gap_words = words[idx + 1:]
            if any(_CLAUSE_END_WORD.search(g.group(0)) or _ADVERBIAL_WORD.search(g.group(0))
                   for g in gap_words):
                return None
            # the event: the marker word and up to three words before it (nouns, 이/가/을/를)
            first = idx
            if word in ("이후", "후", "뒤", "부터", "로부터", "때부터"):
                if idx == 0:
                    return None
                first = idx - 1
            k = first
            while k - 1 >= 0 and first - (k - 1) < 3:
                prev = words[k - 1]
                between = left[prev.end():words[k].start()]
                if not between.isspace() or "\n" in between:
                    break
                if _STOP_WORD.search(prev.group(0)) or re.search(r"\d", prev.group(0)):
                    break
                k -= 1
            # a bare 후 without any event word before it is not an event
            if first == idx - 1 and (_STOP_WORD.search(words[first].group(0))
                                     or re.search(r"\d", words[first].group(0))):
                return None
            return window_start + words[k].start()
        if gap == 0 and _CLAUSE_END_WORD.search(w.group(0)):
            break
    return None


# --------------------------------------------------------------------------------------------
# the scanner


def find_time_expressions(text: str, dct: _dt.date | None) -> list[TimeExpression]:
    """All time expressions in `text`, left to right, resolved against `dct`."""
    if not isinstance(text, str) or not text:
        return []
    if isinstance(dct, _dt.datetime):
        dct = dct.date()
    out: list[TimeExpression] = []
    taken: list[tuple[int, int]] = []
    last_year: int | None = None
    last_month: tuple[int, int] | None = None
    pos = 0
    n = len(text)
    while pos < n:
        m = _TRIGGER.search(text, pos)
        if not m:
            break
        p = m.start()
        shortened = shortened_span_at(text, p)
        if shortened is not None:
            pos = shortened
            continue
        try:
            core = _parse_core(text, p, last_year, last_month)
        except (ValueError, OverflowError, KeyError, IndexError, TypeError):
            core = None
        if core is None:
            pos = p + 1
            continue
        try:
            te = _build(text, core, dct, taken, out)
        except (ValueError, OverflowError, KeyError, IndexError, TypeError):
            te = None
        if te is None:
            pos = max(core.end, p + 1)
            continue
        if out and te.start < out[-1].end:
            # an apposition/event phrase swallowed the previous expression
            while out and te.start < out[-1].end:
                out.pop()
                taken.pop()
        out.append(te)
        taken.append((te.start, te.end))
        if te.date is not None and core.grain in ("day", "month") and re.search(r"월|달", te.text):
            last_month = (te.date.year, te.date.month)
        if core.year_value is not None:
            last_year = core.year_value
        elif te.date is not None and core.grain in ("year", "half", "quarter", "month", "season"):
            last_year = te.date.year
        pos = max(te.end, p + 1)
    return _merge_ranges(text, out)


def _prefixes(text: str, start: int, floor: int) -> tuple[int, list[str]]:
    """Prefix words (오는, 지난, 이르면, 약 …) right before `start`, not before `floor`."""
    words: list[str] = []
    s = start
    while True:
        m = _RE_PREFIX.search(text, max(floor, s - 12), s)
        if not m or m.end() != s:
            break
        b = m.start()
        if b > 0 and re.match(r"[가-힣A-Za-z0-9]", text[b - 1]):
            break  # part of a longer word (예약, 요약)
        words.append(m["w"])
        s = b
    return s, words


def _build(text: str, core: _Core, dct: _dt.date | None, taken: list[tuple[int, int]],
           done: list[TimeExpression]) -> TimeExpression | None:
    floor = done[-1].end if done else 0
    start, prefixes = _prefixes(text, core.start, floor)
    approximate = core.approximate or any(w in _APPROX_PREFIX for w in prefixes)
    past_prefix = any(w in _PAST_PREFIX for w in prefixes)
    coming = "오는" in prefixes
    at_latest = "늦어도" in prefixes
    earliest = any(w in ("이르면", "빠르면") for w in prefixes)
    window_prefix = any(w in ("향후", "앞으로") for w in prefixes)

    if core.grain == "duration":
        return _build_duration(text, core, dct, taken, start, prefixes, approximate, past_prefix,
                               window_prefix, done)

    pos = core.end
    part = None
    yearpart = core.yearpart
    pm = _RE_PART.match(text, pos)
    if pm and core.grain in ("year", "half", "quarter", "month", "season") and yearpart is None:
        part = pm["part"]
        pos = pm.end()
        if part in ("말경", "말께"):
            approximate = True
    am = _RE_APPROX_SUFFIX.match(text, pos)
    if am:
        approximate = True
        pos = am.end()
    particle = None
    km = _RE_PARTICLE.match(text, pos)
    if km:
        particle = km["pt"]
        if particle in ("전", "후", "뒤") and core.grain not in (
                "year", "half", "quarter", "month", "day", "season", "week"):
            particle = None
        else:
            pos = km.end()
    end = pos

    # period
    period = core.resolve(dct)
    rstart = core.range_start(dct) if core.range_start else None
    precision = {"season": "quarter", "week": "day"}.get(core.grain, core.grain)
    if period is None:
        te = TimeExpression(text[start:end], start, end, None, "unknown",
                            _mod(particle, part, yearpart, past_prefix or core.past, at_latest, text, end,
                                 earliest),
                            approximate, "dct", None)
        return te
    if yearpart in ("연말", "말"):
        period = _apply_part(period, "year" if yearpart == "연말" else "month", "말")
    elif yearpart in ("연초", "초"):
        period = _apply_part(period, "year" if yearpart == "연초" else "month", "초")
    if part is not None:
        period = _apply_part(period, core.grain if core.grain in ("year", "month") else
                             ("month" if core.grain in ("day", "week") else core.grain), part)
    # the next such period not already over (상반기, 3분기, 연초, 오는 9월)
    if dct is not None and not past_prefix and not core.past and period[1] < dct:
        if core.next_rule and not _has_year_word_before(text, core.start) and not _told_as_done(text, end):
            period = _shift(period, years=1)
        elif coming and core.grain in ("month", "day", "half", "quarter", "season"):
            if core.grain == "day" and "월" not in text[core.start:core.end]:
                period = _shift(period, months=1)
            else:
                period = _shift(period, years=1)
    elif (dct is not None and not past_prefix and not core.past and period[0] > dct and core.next_rule
          and not _has_year_word_before(text, core.start) and _recalled_and_closed(text, end)):
        # `하반기까지 늘리겠다던 구간은 310곳에 그쳤다` said in February: this year's has not begun,
        # so what was told done is last year's
        period = _shift(period, years=-1)
    if dct is not None and past_prefix and core.relative and period[0] > dct:
        # 지난 9월 said in March: last year's September
        if core.grain == "day" and "월" not in text[core.start:core.end]:
            period = _shift(period, months=-1)
        else:
            period = _shift(period, years=-1)
    if rstart is not None:
        period = (rstart[0], period[1])

    mod = _mod(particle, part, yearpart, past_prefix or core.past, at_latest, text, end, earliest)
    if rstart is not None and mod == "ON":
        mod = "BY"  # 2025~2027년: the range runs until the end of its last period
    if particle == "부터":
        # 7월부터 지급: the promise is kept if it starts by the end of July (DESIGN §2: the last
        # day of the period named); period_start keeps the first day.
        date = period[1]
    elif particle in ("이후", "후", "뒤") or mod == "FROM":
        date = period[0]
    elif particle in ("이전", "전"):
        date = period[0] - _dt.timedelta(days=1)
    else:
        date = period[1]
    anchor = "dct" if core.relative else "explicit"
    return TimeExpression(text[start:end], start, end, date, precision, mod, approximate, anchor, period[0])


def _shift(p: Period, years: int = 0, months: int = 0) -> Period:
    """Move a period by whole years / months, keeping month ends at month ends."""
    s = _add(p[0], years=years, months=months)
    e = _add(p[1], years=years, months=months)
    if p[1] == _month_end(p[1].year, p[1].month):
        e = _month_end(e.year, e.month)
    return s, e


def _has_year_word_before(text: str, start: int) -> bool:
    """올 상반기 / 2025년 3분기: the year is explicit, so the next-period rule does not apply."""
    return re.search(r"(?:올해|올|금년|이번|(?:19|20)\d{2}\s*년도?)\s*$", text[max(0, start - 10):start]) is not None


# What, read on from a time expression, says its clause is still to come: the future (`-겠-`,
# `할 것`), a plan, a decision (`-기로`), a purpose (`-려고`, `-도록`).
_STOPPED_SHORT = re.compile(r"(?:그쳐|그쳤|그치는|머물러|머물렀)(?!서는|선|[가-힣]*\s*(?:것|전망|예정))")
# a count right before it (`74곳에 `, `74개 대학과 맺는 데 `): not `현장에 머물러` (stay), `그쳐서는 안 된다`
_COUNT_BEFORE = re.compile(r"(?:\d[\d,.]*\s*[가-힣%]{0,3}\s*(?:에|에서)|\d[^,.]{0,20}\s데)\s*$")
_STILL_AHEAD = re.compile(r"겠|[가-힣]\s*것|예정|계획|방침|목표|기로|려고|도록|전망")
_SENTENCE_END = re.compile(r"[.?!\n]")
# A plan recalled as the subject of what is told (`모으기로 한 펀드는`, `열겠다던 장터는`)
_RECALLED_PLAN = re.compile(r"(?:겠다던|겠다고\s*(?:한|했던)|기로\s*(?:한|했던|했었던))(?=\s)(?!\s*것으로)")  # (not hearsay)


def _clause_stop(text: str, end: int) -> int:
    """How far after a time expression its outcome is read: to the sentence's end, at most 80 characters."""
    sentence_end = _SENTENCE_END.search(text, end)
    return min(sentence_end.start() if sentence_end else len(text), end + 80)


def _recalled_and_closed(text: str, end: int) -> bool:
    """A plan recalled right after the time (`…늘리겠다던`, `…하기로 했던`) and its outcome told as the
    period's close (`310곳에 그쳤다`, `모두 마쳤다`); not put off, dropped or not yet done, which say
    nothing of whether the period is over."""
    stop = _clause_stop(text, end)
    recalled = _RECALLED_PLAN.search(text, end, stop)
    return recalled is not None and _CLOSED.search(text, recalled.end(), stop + 1) is not None


# A recalled plan told as late now (`…지연되고 있다`, `시점을 넘겨`): its period is over
_RUNNING_LATE = re.compile(r"지연되|늦어지|늦춰지|미뤄지|(?:시점|기한|시한|마감)을\s*넘(?:겨|긴|겼)|차질")
_NOT_LATE = re.compile(r"\s*(?:지\s*않|없|이\s*없)")  # (`지연되지 않도록`, `차질 없이`)
# An outcome told as the end of the period: a count it stopped at, the deed finished
_CLOSED = re.compile(r"(?:그쳤|머물렀|못\s*미쳤|미달했|끝났|마쳤|완료됐|완료했|달성했|달성됐|채웠|결국[^.]{0,30}?(?:못|않))")


def _told_as_done(text: str, end: int) -> bool:
    """The clause after `end` reaches a past tense before anything still to come: `상반기에 모두
    집행됐다` said in December is this year's first half, not next year's. The past is a syllable
    closed by ㅆ (했, 됐, 었, 났 …) before an ending (`-습니다` too, a broadcast's); 있 (there is) and
    겠 (will) are not."""
    stop = _clause_stop(text, end)
    i = end
    while i < stop:
        recalled = _RECALLED_PLAN.match(text, i)
        if recalled:  # `상반기까지 모으기로 한 펀드는 … 채웠다`: the plan recalled, its outcome told
            late = _RUNNING_LATE.search(text, recalled.end(), stop)
            if late and not _NOT_LATE.match(text, late.end()):
                return True  # `상반기까지 내놓겠다고 한 방안은 … 두 달째 지연되고 있다`: the period gone by
            i = recalled.end()
            continue
        if _STOPPED_SHORT.match(text, i) and "," not in text[end:i] and (
                _COUNT_BEFORE.search(text, max(end, i - 16), i) or _RECALLED_PLAN.search(text, end, i)):
            # `상반기까지 74곳에 그쳐 목표에 못 미쳤다`, `상반기 중 열겠다던 서비스는 아직 시범 운영에 머물러
            # 있다`: where the count or the plan stopped, the period over
            return True
        if _STILL_AHEAD.match(text, i):
            return False
        if (_jong(text[i]) == 20 and text[i] not in "있겠"
                and i + 1 < len(text) and text[i + 1] in "다고며지는던어습"):
            return True
        i += 1
    return False


def _mod(particle: str | None, part: str | None, yearpart: str | None, past: bool, at_latest: bool,
         text: str, end: int, earliest: bool = False) -> str:
    if particle is not None and _PARTICLE_MOD[particle] in ("BY", "WITHIN"):
        return _PARTICLE_MOD[particle]  # 지난해 안에: a deadline, even one already passed
    if past:
        return "PAST"
    if particle is not None:
        return _PARTICLE_MOD[particle]
    if yearpart in ("연내", "연중", "내", "중"):
        return "WITHIN"
    if at_latest:
        return "BY"
    if earliest and part is None:
        return "FROM"
    if _RE_TARGET.match(text, end):
        return "BY"
    if part is not None:
        return _PART_MOD[part]
    if yearpart in ("연말", "말"):
        return "END"
    if yearpart in ("연초", "초"):
        return "START"
    return "ON"


# 2026년을 목표로 / 2026년 완공 목표 / 2027년 상용화를 목표로: a target date reads as BY
_RE_TARGET = re.compile(r"(?:을|를)?\s*(?:[가-힣A-Za-z]+(?:을|를)?\s*)?목표(?!였|이었|했던|로\s*했던)")


def _build_duration(text: str, core: _Core, dct: _dt.date | None, taken: list[tuple[int, int]],
                    start: int, prefixes: list[str], approximate: bool, past_prefix: bool,
                    window_prefix: bool, done: list[TimeExpression]) -> TimeExpression | None:
    rel = core.dur_rel
    if rel is None and window_prefix:
        rel = "WITHIN"
    if rel is None and past_prefix and core.dur_span:
        rel = "PAST"
    if rel is None and core.dur_span:
        rel = "WITHIN"
    if rel is None:
        return None  # a bare duration (6개월, 24년이 지난) names no time
    if past_prefix:
        rel = "PAST"
    end = core.end
    y, mo, d = core.dur or (0, 0, 0)

    # apposition: 2년 후인 2026년 → the explicit expression wins
    if rel == "AFTER":
        am = re.compile(r"\s*인\s*").match(text, end)
        if am:
            nxt = _parse_core(text, am.end(), None)
            if nxt is not None and nxt.grain != "duration" and not nxt.relative:
                te = _build(text, nxt, dct, taken, done)
                if te is not None:
                    return replace(te, text=text[start:te.end], start=start)
    am = _RE_APPOS_BACK.search(text, max(0, start - 20), start)
    if am and am.end() == start and done and done[-1].anchor == "explicit" and done[-1].end == am.start():
        prev = done[-1]
        return replace(prev, text=text[prev.start:end], end=end)

    # 내년부터 3년간: a window that starts at the preceding FROM expression
    if core.dur_span and rel == "WITHIN" and done and done[-1].mod == "FROM" and done[-1].date is not None \
            and text[done[-1].end:core.start].strip() == "" and not window_prefix:
        prev = done[-1]
        try:
            last = _add(prev.period_start, years=y, months=mo, days=d) - _dt.timedelta(days=1)
        except (ValueError, OverflowError):
            return None
        return TimeExpression(text[prev.start:end], prev.start, end, last, "day", "WITHIN",
                              prev.approximate or approximate, prev.anchor, prev.period_start)

    if rel == "PAST" and not core.dur_rel == "PAST":
        # 지난 5년간: a past window, ending at the DCT
        if dct is None:
            return TimeExpression(text[start:end], start, end, None, "unknown", "PAST", approximate, "dct")
        try:
            s = _add(dct, years=-y, months=-mo, days=-d)
        except (ValueError, OverflowError):
            return None
        return TimeExpression(text[start:end], start, end, dct, "day", "PAST", approximate, "dct", s)

    # event anchor: 법 시행 후 1년 내, 국회 통과 이후 관련 시행령이 약 6개월 이후
    if rel in ("WITHIN", "AFTER") and not window_prefix:
        ev = _event_phrase(text, start, taken)
        if ev is not None:
            return TimeExpression(text[ev:end], ev, end, None, "event", rel, approximate, "event", None)
    if core.event_only:
        return None

    if core.dur_vague or dct is None:
        return TimeExpression(text[start:end], start, end, None, "unknown", rel,
                              approximate or core.dur_vague, "dct", None)
    try:
        if rel == "PAST":
            date = _add(dct, years=-y, months=-mo, days=-d)
            return TimeExpression(text[start:end], start, end, date, "day", "PAST", approximate, "dct", date)
        date = _add(dct, years=y, months=mo, days=d)
    except (ValueError, OverflowError):
        return None
    if rel == "AFTER":
        return TimeExpression(text[start:end], start, end, date, "day", "AFTER", approximate, "dct", date)
    return TimeExpression(text[start:end], start, end, date, "day", "WITHIN", approximate, "dct", dct)


_RE_APPOS_BACK = re.compile(r",?\s*(?:즉|곧)\s+$")


def _merge_ranges(text: str, exprs: list[TimeExpression]) -> list[TimeExpression]:
    """`A부터 B까지` and `A~B` (two expressions) → one BY expression."""
    out: list[TimeExpression] = []
    i = 0
    while i < len(exprs):
        a = exprs[i]
        if i + 1 < len(exprs):
            b = exprs[i + 1]
            between = text[a.end:b.start]
            joined = (a.mod == "FROM" and between.strip() == "") or (
                re.fullmatch(r"\s*" + _TILDE + r"\s*", between) is not None and a.mod == "ON")
            if joined and b.mod in ("BY", "WITHIN", "ON", "END") and a.mod != "PAST" and b.mod != "PAST" \
                    and (a.date is None or b.date is None or a.date <= b.date) and b.anchor != "event":
                mod = b.mod if b.mod in ("BY", "WITHIN") else "BY"
                out.append(TimeExpression(text[a.start:b.end], a.start, b.end, b.date, b.precision, mod,
                                          a.approximate or b.approximate,
                                          "dct" if "dct" in (a.anchor, b.anchor) else "explicit",
                                          a.period_start))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


# --------------------------------------------------------------------------------------------
# the governing deadline of a sentence

# verbs that move a deadline (strong) or that may (weak: 일정 조정 is often not a deadline change)
_RE_MOVE_VERB = re.compile(
    r"앞당기|앞당겨|앞당긴|앞당겼|당겨|늦추|늦춰|늦춘|늦췄|미루|미뤄|미룬|미뤘|연기|순연|연장|단축|"
    r"늦어지|늦어졌|늦어진|밀리|밀려|밀린|밀렸|지연"
)
_RE_CHANGE_VERB = re.compile(
    r"재조정|조정|변경|바꾸|바꿔|바뀌|바뀐|수정|늘어나|늘어났|늘어난|늘리|늘려|늘린|줄어|줄이|줄인|상향|하향"
)
# 당초 / 애초 / 원래 ("originally") may stand a few words before the old time; 기존 / 종전 ("the
# existing") must be next to it or to 계획 / 목표 / 일정
_RE_OLD_BEFORE = re.compile(
    r"(?:(?<![가-힣])(?:당초|애초|원래|본래|애당초)(?:에는|엔|은|의)?\s+(?:[^\s,.;!?\"“”]*[^\s,.;!?\"“”로]\s+){0,2}?"
    r"|(?<![가-힣])(?:기존|종전|처음)(?:에는|엔|은|의)?\s*)"
    r"(?:(?:계획|예정|목표|일정|시한|기한)(?:인|이던|이었던|였던|한|했던|상|으로는|으로)?\s*)?$"
)
# "planned" forms after a time: strong evidence that the time is the old deadline
_RE_OLD_PLANNED = re.compile(
    r"[^,.;!?\"“”]{0,30}?(?:(?:계획|예정|목표)(?:이던|이었던|였던|했던|하던|한|됐던|되었던|이었으나|였으나|"
    r"이었지만|였지만|이었다가|였다가)|하기로\s*했던|기로\s*했던|잡았던|잡혔던|정했던|약속했던|내걸었던|"
    r"제시했던|밝혔던|발표했던|다고\s*했던)"
)
# weak evidence: A에서 (B로), A보다, A이던, '…' 계획보다, 착공 목표보다
_RE_OLD_WEAK = re.compile(
    r"(?:(?:에서|보다|이던|이었던|였던)"
    r"|\s*(?:[가-힣]+\s*)?['\"’”]?\s*(?:[가-힣]+\s+)?(?:계획|예정|목표|일정|시점|시한|기한)\s*"
    r"(?:에서|보다|이던|이었던|였던))(?=\s|$|[^가-힣])"
)
_RE_NEW_SLOT = re.compile(r"(?:으로|로|까지로)(?=\s|$|[^가-힣])")
_RE_CLAUSE = re.compile(r"[,.;!?\"“”]|(?:며|면서|지만|는데)\s")


def _jong(ch: str) -> int:
    """The final-consonant index of a Hangul syllable (0: none, 8: ㄹ, 20: ㅆ), -1 if not one."""
    o = ord(ch) - 0xAC00
    return o % 28 if 0 <= o < 11172 else -1


def _has_past_perfect(seg: str) -> bool:
    """-었었- (밝혔었다, 계획했었다): a plan that no longer holds."""
    return any(seg[i] == "었" and _jong(seg[i - 1]) == 20 for i in range(1, len(seg)))


def _prospective(seg: str) -> bool:
    """A commitment cue: -겠-, -기로, -키로, 약속, 목표, or -ㄹ 계획 / 예정 / 방침 (할 계획, 열 예정)."""
    if re.search(r"겠|기로|키로|약속|목표", seg):
        return True
    for m in re.finditer(r"([가-힣])\s*(?:계획|예정|방침|구상)", seg):
        if _jong(m.group(1)) == 8:
            return True
    return False


def _clause_after(text: str, e: TimeExpression, stop: int | None = None, size: int = 40) -> str:
    seg = text[e.end:min(len(text), e.end + size, stop if stop is not None else len(text))]
    m = _RE_CLAUSE.search(seg)
    return seg[:m.start()] if m else seg


def _old_prefixed(text: str, e: TimeExpression, exprs: list[TimeExpression]) -> bool:
    prev_end = max([x.end for x in exprs if x.end <= e.start], default=0)
    m = _RE_OLD_BEFORE.search(text, max(prev_end, e.start - 30), e.start)
    return bool(m and m.end() == e.start)


def _old_strength(text: str, e: TimeExpression, exprs: list[TimeExpression]) -> int:
    """2: marked as the old deadline (당초 …, …으로 계획한); 1: maybe (…에서, …보다); 0: no."""
    if _old_prefixed(text, e, exprs):
        return 2
    nxt = min([x.start for x in exprs if x.start >= e.end], default=len(text))
    clause = _clause_after(text, e, nxt, 45)
    if _RE_OLD_PLANNED.match(clause) or _has_past_perfect(clause):
        return 2
    if _RE_OLD_WEAK.match(text[e.end:min(nxt, e.end + 45)]):
        return 1
    return 0


# a year that only dates a budget or a statistic (내년 예산, 올해 추경, 2026년도 예산): not a deadline
_RE_FISCAL = re.compile(
    r"\s*(?:예산|본예산|예산안|추경|추가경정예산|정부안|세수|세법|국감|국정감사|나라\s*살림|살림|업무계획|"
    r"업무보고|실적|결산|성장률|물가|경제정책방향)"
)
# a year that opens a quoted plan's name of two words or more before its 계획 (`'2025년 미세먼지 관리
# 시행계획'을 발표했다`): the document's title, not a deadline (not `'2028년 개통 계획'을 지키겠다`)
_RE_TITLED_PLAN = re.compile(
    r"\s+[^'\"‘’“”「」『』《》<>\s]+(?:\s+[^'\"‘’“”「」『』《》<>\s]+){1,5}?\s*(?:계획|대책|방안|전략|로드맵|계획안)\s*['\"’”」』》>]")
_OPENING_QUOTES = "'\"‘“「『《<"
# the time a promise was made, said as the adnominal of its announcing (`지난해 초 약속한`, `지난 3월 발표한`)
_RE_PROMISED_THEN = re.compile(r"\s*(?:에\s*)?(?:(?:약속|발표|공언|예고|공표)(?:한|했던)|밝힌|밝혔던|내놓은|내놨던|내건)\s")
# a time named as a deadline (법정 처리 시한인 12월 2일, 마감은 3월 말)
_RE_STATED_DEADLINE = re.compile(r"(?:시한|기한|마감|마감일|만료일|데드라인)(?:인|은|는|이|:)?\s*$")


def _period_end(e: TimeExpression) -> _dt.date | None:
    d = e.date
    if d is None:
        return None
    if e.precision == "month":
        return _month_end(d.year, d.month)
    if e.precision == "quarter":
        q = (d.month - 1) // 3
        return _month_end(d.year, 3 * q + 3)
    if e.precision == "half":
        return _dt.date(d.year, 6, 30) if d.month <= 6 else _dt.date(d.year, 12, 31)
    if e.precision == "year":
        return _dt.date(d.year, 12, 31)
    return d


def _stated_deadline(text: str, e: TimeExpression) -> bool:
    return _RE_STATED_DEADLINE.search(text, max(0, e.start - 12), e.start) is not None


_RE_CONDITION = re.compile(r"(?:이|이라|라)?면(?![가-힣])")
_RE_CLAUSE_FINAL = re.compile(r"다(?:[^가-힣]|$|는|며|고)")
# another subject marked as the clause's topic: an official or a body (`장관은 `, `총리는 `, `정부는 `,
# `국토부는 `), not an adnominal `-는` (`고르는 앱`, `시작하는 앱`)
_RE_TOPIC = re.compile(r"(?:장관|차관|총리|청장|처장|실장|위원장|의원|대표|교수|정부|당국|[부처청])[은는]\s")


_RE_MEASURED = re.compile(r"\s*(?:평균|기준)(?![가-힣])")


_RE_LIKENED = re.compile(r"\s*(?:(?:와|과)\s*(?:같이|마찬가지로|똑같이|비슷하게)|처럼)")


def _is_context(text: str, e: TimeExpression, dct: _dt.date | None) -> bool:
    """A time that is only context: past, already over on the DCT, dating a budget, or a condition."""
    if _RE_CONDITION.match(text, e.end):
        # `2030년이면 늦다`: the time is what is weighed, not a date set; but `올해 말이면 … 타 보실
        # 수 있도록 하겠다`: the date by which the clause it opens promises it (up to that clause's
        # first `-다`, and with no subject of its own: `내년이면 임기가 끝나는 장관은 …하겠다`)
        clause = _clause_after(text, e, size=80)
        end = _RE_CLAUSE_FINAL.search(clause)
        clause = clause[: end.end()] if end else clause
        return _RE_TOPIC.search(clause) is not None or not _prospective(clause)
    if e.mod in ("ON", "START", "MID", "END") and e.text != "연내" and _RE_MEASURED.match(text, e.end):
        return True  # `하반기 평균 2.4일이었다`, `10월 기준 132곳`: when a figure was measured
    if _RE_LIKENED.match(text, e.end):
        return True  # `올해와 같이 … 지급된다`, `예년처럼`: the time compared with, not a date set
    if e.mod == "PAST" and _RE_PROMISED_THEN.match(text, e.end):
        return True  # `지난해 초 약속한 교정시설`: when the promise was made, not when it was due
    if e.mod == "PAST":
        return not _prospective(_clause_after(text, e))  # 지난해 12월 … 만들겠다고: a passed deadline
    if e.mod == "ON" and e.precision == "year" and _RE_FISCAL.match(text, e.end):
        return True
    if e.mod == "ON" and e.precision == "year" and e.start > 0 and text[e.start - 1] in _OPENING_QUOTES and (
            _RE_TITLED_PLAN.match(text, e.end)):
        return True
    if dct is None or e.date is None:
        return False
    if e.mod == "ON" and e.precision == "day" and "월" not in e.text and 0 <= (dct - e.date).days <= 7 and (
        not _stated_deadline(text, e)
    ):
        return True  # `과기정통부는 28일 … 시작하겠다고 밝혔다`: the day it was said, this week
    if e.mod in ("ON", "START", "MID", "END") and e.date <= dct:
        # 2000년 법제화됐는데, 23일 (the day of the press conference) — but not 11월에 내놓겠다고
        return not (_prospective(_clause_after(text, e)) or _stated_deadline(text, e))
    if e.mod in ("FROM", "AFTER"):
        end = _period_end(e) if e.anchor != "event" else None
        return end is not None and end < dct  # 10월부터 시행 중인 (said in December); 이달부터 is not
    return False


def _rank(text: str, e: TimeExpression, dct: _dt.date | None) -> int:
    passed = dct is not None and e.date is not None and e.date < dct
    if e.mod in ("BY", "WITHIN", "FROM") or _stated_deadline(text, e):
        return 2 if passed else 0  # a deadline that has passed is still one, but the last choice
    return 3 if passed or e.mod == "PAST" else 1


def deadline_for(text: str, dct: _dt.date | None) -> tuple[TimeExpression | None, TimeExpression | None]:
    """(governing deadline, previous deadline) of one commitment sentence.

    Revisions (`2030년으로 계획한 … 2026년으로 앞당겨`, `기존 2030년에서 2028년으로`, `당초 2월에서
    3월로 늦춰`, `애초/원래 … 이던`) give (new, previous). Otherwise past references and times that
    are only context are skipped, BY / WITHIN / FROM expressions are preferred over the others,
    and the first remaining one is returned with previous None. (None, None) when nothing
    qualifies; (None, previous) when a revision names only the old deadline.
    """
    try:
        exprs = find_time_expressions(text, dct)
    except Exception:  # pragma: no cover - find_time_expressions is already defensive
        return None, None
    if not exprs:
        return None, None
    if isinstance(dct, _dt.datetime):
        dct = dct.date()
    try:
        rev = _revision(text, exprs, dct)
    except Exception:  # pragma: no cover
        rev = None
    if rev is not None:
        return rev
    given_up = _given_up_for_later(text, exprs, dct)
    if given_up is not None:
        return given_up
    cands = [e for e in exprs if not _is_context(text, e, dct)]
    cands = [e for e, later in zip(cands, cands[1:] + [None]) if later is None or not _step_before(text, e, later)]
    if not cands:
        return None, None
    # A span counted from today (`12개월 안에`) beside a date of the calendar (`2027년에는 12개월 안에
    # …`, `2030년까지 7년 이내로`) is how long something will take by then, not the deadline.
    dated = any(not _counted_span(e) for e in cands)
    best = min(cands, key=lambda e: (_rank(text, e, dct) + (dated and _counted_span(e)), e.start))
    return best, None


# A date said to be out of reach, then a later one (`'연내 1,000명' 빨간불…"내년 상반기까지 채용"`,
# `연말까지 다 채우기는 어려워서, 내년 상반기까지 마칠 계획`, `'연내 14개월' 결국 못 지켜…"내년 상반기로"`)
# (`어렵게 마련한`, `힘들게`: done with difficulty, not given up; `마무리` is no `무리`)
_RE_OUT_OF_REACH = re.compile(
    r"어려[워웠운우]|어렵(?!게)|빨간불|힘들(?!게)|(?<!마)무리|불가능|못\s*(?:지[키켜킨킬]|맞[추춰춘출]|채[우워운울])")


# `예정보다 한 달 늦은 7월`, `당초보다 두 달 늦게 9월에`, `석 달 늦은 10월`: a date told as so much late
_LATE_BY = re.compile(
    r"(?<![가-힣\d])(?P<n>\d+|한|두|세|석|네|넉|다섯|여섯|일곱|여덟|아홉|열)\s*(?P<unit>달|개월|년|주일|주|일)\s*(?:가량\s*|정도\s*|남짓\s*)?"
    r"(?:이나\s*)?늦(?:은|게|어진|춰진|어져|춘)\s+")


def due_before_late(text: str, dct: _dt.date | None) -> tuple[TimeExpression, TimeExpression] | None:
    """(when it was due, the date named) for a deed told as so much late (`예정보다 한 달 늦은 7월
    출시됐다`): the date it names, moved back by that much (June), as precise as the date named."""
    exprs = None
    for late in _LATE_BY.finditer(text):
        exprs = find_time_expressions(text, dct) if exprs is None else exprs
        named = next((e for e in exprs if e.start == late.end() and e.date is not None), None)
        if named is None or named.precision not in ("day", "month", "year"):
            continue
        n = int(late["n"]) if late["n"].isdigit() else _NATIVE[late["n"]]
        unit = late["unit"]
        if unit in ("달", "개월"):
            if named.precision == "year":
                continue
            start = _add_months(named.period_start or named.date.replace(day=1), -n)
            due = _month_end(start.year, start.month) if named.precision == "month" else _add_months(named.date, -n)
        elif unit == "년":
            due = _add(named.date, years=-n)
        else:
            if named.precision != "day":
                continue
            due = named.date - _dt.timedelta(days=n * (7 if unit.startswith("주") else 1))
        return replace(named, text=late.group(0) + named.text, start=late.start(), date=due, period_start=None), named
    return None


def out_of_reach(text: str, start: int, end: int) -> str | None:
    """The words between `start` and `end` saying a date is out of reach (`어려워서`, `못 지켜`), if any."""
    found = _RE_OUT_OF_REACH.search(text, start, end)
    return found.group(0) if found else None


def _given_up_for_later(text: str, exprs: list[TimeExpression], dct: _dt.date | None
                        ) -> tuple[TimeExpression, TimeExpression] | None:
    """(the later date, the one given up) when a date is said to be out of reach and a later one
    follows it, else None."""
    for e, later in zip(exprs, exprs[1:]):
        if e.mod == "PAST" or e.date is None or later.date is None or later.date <= e.date:
            continue
        if out_of_reach(text, e.end, later.start) and not _is_context(text, later, dct):
            return later, e
    return None


# `내달 중 입법예고를 거쳐 상반기 국회에 제출`, `3월 시범 운영을 마친 뒤 하반기 전면 시행`: the
# first date is a step on the way, the later one the date of what is promised.
_RE_STEP = re.compile(r"거쳐|거친\s*(?:뒤|후|다음)|[가-힣]\s+(?:뒤|후|다음)(?:에)?\s")


def _step_before(text: str, e: TimeExpression, later: TimeExpression) -> bool:
    return later.date is not None and e.date is not None and later.date > e.date and (
        _RE_STEP.search(text, e.end, later.start) is not None)


def _counted_span(e: TimeExpression) -> bool:
    return e.mod == "WITHIN" and e.anchor == "dct" and e.precision == "day"


# a date moved from one time straight to the next (`지난해 12월에서 올해 9월로`), past or not
_FROM_TO = re.compile(r"\s*에서\s*")


ARROW = re.compile(r"→|->|⇒|➡")  # (how a table, a headline or a memo writes a change: `2030년→2028년`, `10%->6%`)
_ARROW_BETWEEN = re.compile(rf"\s*(?:{ARROW.pattern})\ufe0f?\s*")
# a date moved across an arrow is a change only where a word says one was made (not a roadmap's `2026년→2028년
# →2030년 3단계로`, nor `7월→9월 두 달간`)
_MOVED_WORD = re.compile(r"단축|연기|변경|조정|순연|지연|앞당|당겨|당김|당긴|미뤄|미룬|미뤘|늦춰|늦춘|늦어|밀려|밀린|밀렸|바뀌|바꿔")
_STAGES_AFTER = re.compile(r"\s*(?:\d\s*단계|[가-힣]{1,3}\s*달간|\d+\s*(?:개월|년|주)간)")


def _revision(text: str, exprs: list[TimeExpression], dct: _dt.date | None
              ) -> tuple[TimeExpression | None, TimeExpression | None] | None:
    if _MOVED_WORD.search(text):
        arrowed = [(now, was) for was, now in zip(exprs, exprs[1:])
                   if was.date is not None and now.date is not None and _ARROW_BETWEEN.fullmatch(text, was.end, now.start)]
        if arrowed and not _STAGES_AFTER.match(text, arrowed[-1][0].end):
            return arrowed[-1]  # `상용화 시점 2030년→2028년 단축`, `또 미뤄져…'상반기→7월→11월'`: the date moved, to the last
    moved = _RE_MOVE_VERB.search(text) is not None
    changed = moved or _RE_CHANGE_VERB.search(text) is not None
    slots = [_RE_NEW_SLOT.match(text, e.end) is not None for e in exprs]
    strength = [_old_strength(text, e, exprs) for e in exprs]
    prefixed = [_old_prefixed(text, e, exprs) for e in exprs]
    # weak markers (…에서, …보다) only for a time that can be a deadline: 지난해보다 is a comparison
    old = [
        st == 2 or (st == 1 and exprs[i].mod != "PAST"
                    and (changed or any(slots[j] for j in range(i + 1, len(exprs)))))
        or (st == 1 and moved and i + 1 < len(exprs) and slots[i + 1] and _FROM_TO.fullmatch(
            text, exprs[i].end, exprs[i + 1].start) is not None)  # `지난해 12월에서 올해 9월로 미뤘다`
        for i, st in enumerate(strength)
    ]
    if not any(old):
        if not moved or len(exprs) < 2:
            return None
        # no marker: "A … B(으)로 앞당겨" reads old A, new B (A a deadline, not a past date)
        cand = [i for i in range(1, len(exprs)) if slots[i]]
        if not cand:
            return None
        ni = cand[-1]
        olds = [i for i in range(ni) if exprs[i].mod != "PAST"]
        if not olds:
            return None
        return exprs[ni], exprs[olds[-1]]
    olds = [i for i in range(len(exprs)) if old[i]]
    # the announcement date of the old plan (지난해 10월 … 내걸었던 상반기 목표) is not the old deadline
    dated = [i for i in olds if exprs[i].mod != "PAST"]
    old_i = dated[-1] if dated else olds[0]
    others = [i for i in range(len(exprs)) if not old[i]]
    new_i = None
    if changed:
        after = [i for i in others if slots[i] and i > old_i] or [i for i in others if slots[i]]
        if after:
            new_i = after[0]
    if new_i is None:
        rest = [i for i in others if not _is_context(text, exprs[i], dct)]
        if rest:
            new_i = min(rest, key=lambda i: (_rank(text, exprs[i], dct), exprs[i].start))
    if new_i is None:
        # the old deadline alone: a revision only when something says so (당초 …, 미뤄졌다,
        # 늘어났다); "올해 11월로 잡았던 일정" alone still names the current deadline
        if prefixed[old_i] or changed:
            return None, exprs[old_i]
        return None
    return exprs[new_i], exprs[old_i]
