"""Korean numerals and counters, read from Kiwi's token stream.

Why tokens and not a regex over the text: Kiwi already tells a counter from a homograph.
`4대 과학기술원` ("the four major institutes") is `4/SN 대/NNG`, while `GPU 1000대` is
`1000/SN 대/NNB`; `3분기` is `3/SN 분기/NNG` (a quarter, not three of something); `1차관` is
`1/SN 차관/NNG`. A regex over the surface cannot see that (notes/korean-nlp.md §3).

What counts as a quantity
-------------------------
A *number* followed by a *unit*.

Number: a run of `SN` (digits, `1,460`, `3.5`), `NR` (만 억 조 천 백 십, Sino-Korean digits 삼 오…,
native 하나 둘 열…; 수천 / 수십억 are vague), native-numeral determiners `MM` (한 두 세 네 다섯…,
서너, 몇 = vague; they need a counter after a space or an NNB counter, so `세종` is not 3 종) and
a magnitude word glued to a digit whatever Kiwi tagged it (`3.5조` → `조/NNB`, `GPU 3만 확보` →
`만/JX`, the particle "only"). Digits glued on the left to Latin letters, `_` or `/` belong to an
identifier (`H200`, `rect_5g`) and are skipped.
Groups combine the Korean way: Σ group × 10⁴ᵏ with 천/백/십 inside a group, so `1조4600억` is
1.46e12 and `5만2000` is 52 000; a space may separate groups (`3만 3000명`, `2억 5천만 원`) only
after a 만/억/조 and only when the magnitudes keep falling. A currency sign written before the
digits (`₩5000`, `$100`) is the unit.

Unit (at most one space after the number, or after the approximate `여` of `10여개`):

* a Kiwi counter `NNB` (개 장 대 기 명 원 달러 곳 가구 …), except time units
  (년 월 일 시 분 초 개월 주 주년 개년 …: durations and dates are `etl.deadlines`' business),
  ordinal / rank / age counters (차 위 호 호기 호선 등 번째 회차 세 살 …) and grammatical bound nouns
  (것 수 데 때 중 등 …);
* a short list of counting nouns Kiwi sometimes tags `NNG` when glued to digits
  (`8,496장` alone is `장/NNG`; `3곳`, `30만 가구`, `2배`): 장 곳 가구 세대 개소 배 척 채 …;
  `대` and `기` as NNG are never counters (`4대 과학기술원`, `3기 신도시`);
* a Latin unit symbol `SL` built from an SI prefix and a base unit (GW, kWh, TB, Gbps, nm, km,
  PF/EF flops, TEU, …); a bare letter that is not a base unit (`5G`, `3D`) is not one;
* a unit sign `SW`: %, ‰, ℃, and the squared CJK unit signs (㎿ ㎡ ㎓ …, NFKC-normalised to
  MW, m2, GHz); `%` followed by `p` / `포인트` is `%p`;
* no unit at all when the number has digits and a 만/억/조 magnitude (`GPU 3만 확보`,
  `20조 규모`): unit "".

Not quantities: anything whose counter is a time unit (2026년, 9월, 23일, 6개월, 24년이 지난,
3개년), ordinals (`제4이통사`, `제22대`, `3번째`, `1차`), a `대`/`기` counter used as an ordinal or
age band (`22대 국회`, `20대 청년`: followed directly by a noun — not a qualifier such as 이상 or
규모 — without a counted noun before it; `이번 22대 국회` likewise), numbers inside `W_SERIAL`
tokens (dates, phone numbers, times),
and bare numbers without a magnitude (`12·3`, `2000`).

Flags: `approximate` for 약 / 대략 / 얼추 / 거의 before, 여 between number and unit, and 가량 /
정도 / 쯤 / 안팎 / 내외 / 남짓 / 가까이 / -대 (`40만 원대`) / 선 after; `at_least` for 이상 / 초과 /
넘게 / 최소 / 적어도. A range `2만~3만장` (also `2~3만장`: the upper end's magnitude is carried to
a bare lower end, and the unit is carried leftwards) has `value` = upper end (the target) and
`low` = lower end. A vague number (`수천억원`, `몇 개`) has `value` None, `vague` True and `low`
= the smallest value it can mean (수천억 → 1000억), or None when there is none (몇, 여러).
`text`, `start`, `end` cover the number through the unit (the range from its lower end); the
approximate and at-least words around it are flags, not part of `text`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple, Sequence

from .deadlines import NATIVE_DAYS, shortened_span_at
from .nlp import KIWI_OPTIONS, Token

__all__ = ["Quantity", "find_quantities", "quantities_in", "same_unit_family", "unit_family"]


@dataclass(frozen=True)
class Quantity:
    value: float | None
    unit: str
    text: str
    start: int
    end: int
    approximate: bool = False
    vague: bool = False
    low: float | None = None
    at_least: bool = False


# --------------------------------------------------------------------------------------------
# vocabulary

_BIG = {"만": 10**4, "억": 10**8, "조": 10**12, "경": 10**16}
_SMALL = {"십": 10, "백": 100, "천": 1000}
_SINO_DIGITS = {"영": 0, "공": 0, "일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "륙": 6,
                "칠": 7, "팔": 8, "구": 9}
_NATIVE_UNITS = {"하나": 1, "한": 1, "둘": 2, "두": 2, "셋": 3, "세": 3, "석": 3, "서": 3,
                 "넷": 4, "네": 4, "넉": 4, "너": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8,
                 "아홉": 9}
_NATIVE_TENS = {"열": 10, "스물": 20, "스무": 20, "서른": 30, "마흔": 40, "쉰": 50, "예순": 60,
                "일흔": 70, "여든": 80, "아흔": 90}
# "one or two", "two or three" …: (low, high)
_NATIVE_PAIRS = {"한두": (1, 2), "두세": (2, 3), "두어": (2, 3), "서너": (3, 4), "너덧": (4, 5),
                 "네댓": (4, 5), "너더댓": (4, 5), "대여섯": (5, 6), "대엿": (5, 6),
                 "예닐곱": (6, 7), "일여덟": (7, 8), "일고여덟": (7, 8), "엳아홉": (8, 9)}
_VAGUE_WORDS = {"몇", "여러", "수", "수개", "십수", "수십", "수백", "수천", "수만", "수억", "수조"}

# bound nouns that measure time, or rank / order / age: never a quantity's counter.
_TIME_UNITS = {"년", "년도", "년대", "년간", "연", "월", "일", "일간", "시", "시간", "분", "초",
               "개월", "달", "주", "주일", "주간", "주년", "개년", "년차", "박", "해", "세기",
               "분기", "반기", "학기", "차년도", "회계연도", "시즌", "개년도"}
_ORDINAL_UNITS = {"차", "위", "호", "등", "번", "번째", "째", "회차", "세", "살", "항", "조항", "단",
                  "쇄", "판", "번지", "라운드", "차전", "강", "호기", "호선", "호차", "호점", "기수"}
# words right after a counter that qualify the number, not a noun the counter modifies
_QUALIFIERS = {"이상", "이하", "미만", "초과", "가량", "정도", "안팎", "내외", "규모", "수준", "남짓",
               "분량", "씩", "가까이", "넘게", "여"}
_NON_COUNTER_NNB = {"것", "수", "데", "바", "지", "때", "중", "만큼", "뿐", "듯", "줄", "적", "측",
                    "김", "나름", "대로", "따름", "즈음", "무렵", "만", "터", "리", "양", "체",
                    "탓", "노릇", "겸", "간", "내", "외", "전", "후", "초", "말"}
# counters that are also ordinals / age bands (22대 국회, 3기 신도시, 20대 청년)
_AMBIGUOUS_COUNTERS = {"대", "기"}
# counting nouns Kiwi may tag NNG when glued to digits (8,496장 → 장/NNG)
_NNG_COUNTERS = {"장", "곳", "가구", "세대", "개소", "배", "척", "채", "편", "종", "건", "명",
                 "개", "그루", "마리", "톤", "평", "병", "포기", "켤레", "벌", "봉", "점",
                 "개국", "개사", "개교", "필지", "팀", "국", "실", "동", "호실", "병상", "품목"}
# nouns that count by themselves and name what a generic 개 counts when they follow it after a
# space (`5개 팀` → 5 팀, `63개 과` → 63 과): the counted unit, not the classifier
_COUNTED_AFTER_GAE = (_NNG_COUNTERS - {"개", "배", "톤", "평", "품목"}) | {"과", "사", "부", "처", "청", "반", "조"}
# deeds done to counted machines (`100대 설치`, `원전 2기 건설`), which no ordinal or age band
# precedes (`22대 국회`, `20대 청년`, `3기 신도시`)
_DEEDS_ON_COUNTED = {"설치", "보급", "도입", "구매", "구입", "배치", "확보", "생산", "운행", "투입", "교체", "증설",
                     "건설", "건조", "판매", "공급", "배정", "확충", "추가", "반입", "수입", "수출", "폐차", "철거"}
# `로봇 1,000대 목표`: the figure a target sets, when it is a count (`3대 목표` are three major goals)
_TARGET_OF_COUNT = {"목표", "목표치"}
# nouns before a number that are deictic, not the counted thing (이번 22대 국회)
_DEICTIC = {"이번", "지난", "다음", "올해", "역대", "금번", "현", "전", "차기", "새", "제", "당시"}

_RANGE_SIGNS = {"~", "∼", "〜", "～", "-", "–", "—", "‐"}
_CURRENCY_SIGNS = {"₩": "원", "￦": "원", "$": "달러", "＄": "달러", "US$": "달러", "€": "유로",
                   "¥": "엔", "￥": "엔", "£": "파운드", "￡": "파운드"}

_APPROX_BEFORE = {"약", "대략", "얼추", "거의", "대충"}
_AT_LEAST_BEFORE = {"최소", "최소한", "적어도"}
_APPROX_AFTER = {"가량", "정도", "쯤", "안팎", "내외", "남짓", "가까이", "선", "전후", "여"}
_AT_LEAST_AFTER = {"이상", "초과", "넘", "넘어", "넘게", "넘는", "웃돌"}

_SI_PREFIX = "kKMGTPEmμun"
_SI_BASE = {"W", "Wh", "B", "bps", "Hz", "m", "g", "t", "L", "l", "V", "J", "Pa", "FLOPS",
            "flops", "OPS", "TOPS", "Wp", "VA", "ton"}
# units that need a prefix to be read as a unit (a bare F is a floor, a bare B a grade …)
_SI_PREFIXED_ONLY = {"F", "b", "A", "s"}
_SL_EXTRA = {"TEU", "bbl", "ha", "bp", "bps", "m2", "m3", "km2", "cc", "ppm", "ppb", "kcal",
             "cal", "mAh", "Ah", "dB"}
_SL_UNIT_RE = re.compile(
    r"^(?:[%s]?(?:%s)|[%s](?:%s)|%s)$"
    % (
        _SI_PREFIX,
        "|".join(sorted(map(re.escape, _SI_BASE), key=len, reverse=True)),
        _SI_PREFIX,
        "|".join(sorted(map(re.escape, _SI_PREFIXED_ONLY), key=len, reverse=True)),
        "|".join(sorted(map(re.escape, _SL_EXTRA), key=len, reverse=True)),
    )
)
_SW_UNITS = {"%", "‰", "℃", "℉", "ℓ", "°C", "°"}

_SN_RE = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$")


# --------------------------------------------------------------------------------------------
# token access (kiwipiepy Token, or anything with form/tag/start and len or end)


class _Tok(NamedTuple):
    form: str
    tag: str
    start: int
    end: int


_new_tuple = tuple.__new__


def _norm_tokens(tokens: Sequence[Any], text: str) -> list[_Tok]:
    out: list[_Tok] = []
    n = len(text)
    for t in tokens or ():
        if type(t) is Token:  # the pipeline's own tokens: already plain values, tag without suffix
            form, tag, start = t.form, t.tag, t.start
            end = start + t.len
        else:
            try:
                form = str(getattr(t, "form"))
                tag = str(getattr(t, "tag")).split("-")[0]
                start = int(getattr(t, "start"))
                end = getattr(t, "end", None)
                if end is None:
                    end = start + int(getattr(t, "len"))
                end = int(end)
            except Exception:  # not a token: ignore it rather than fail
                continue
        if not (0 <= start <= end <= n):
            continue
        # Digits and numerals are read from the text itself: the surface is the authority.
        if (tag == "SN" or tag == "NR") and end > start:
            form = text[start:end]
        out.append(_new_tuple(_Tok, (form, tag, start, end)))  # not _Tok(): its __new__ is Python
    return out


def _gap(text: str, a: int, b: int) -> str | None:
    """The text between two tokens, or None when it is not a short horizontal space."""
    if b < a:
        return None
    g = text[a:b]
    if len(g) > 2 or (g and not all(c in " \t\u00a0\u3000" for c in g)):
        return None
    return g


def _adjacent(text: str, a: _Tok, b: _Tok) -> bool:
    return b.start == a.end


def _near(text: str, a: _Tok, b: _Tok) -> bool:
    return _gap(text, a.end, b.start) is not None


# --------------------------------------------------------------------------------------------
# numbers


def _sn_value(form: str) -> Decimal | None:
    s = form.strip()
    if not _SN_RE.match(s) or (len(s) > 1 and s[0] == "0" and s[1].isdigit()):
        return None
    try:
        return Decimal(s.replace(",", ""))
    except InvalidOperation:
        return None


def _native_value(form: str) -> tuple[int, int] | None:
    """Native numerals: 열두 → (12, 12); 서너 → (3, 4)."""
    if form in _NATIVE_PAIRS:
        return _NATIVE_PAIRS[form]
    if form in _NATIVE_UNITS:
        v = _NATIVE_UNITS[form]
        return v, v
    if form in _NATIVE_TENS:
        v = _NATIVE_TENS[form]
        return v, v
    for tens, tv in _NATIVE_TENS.items():
        if form.startswith(tens) and len(form) > len(tens):
            rest = _native_value(form[len(tens):])
            if rest and rest[1] < 10:
                return tv + rest[0], tv + rest[1]
    return None


def number_in_words(form: str) -> int | None:
    """A whole number written in Hangul words, Sino-Korean or native (`이천이십오` → 2025, `십사` → 14, `서른` →
    30); None when the words are no number or a vague one (`수십`)."""
    syms = _nr_symbols(form)
    value = _evaluate(syms) if syms else None
    return int(value[0]) if value is not None and not value[1] and value[0] == int(value[0]) else None


# A number is evaluated from a list of symbols:
#   ("n", Decimal)          a literal value
#   ("s", int)              a small multiplier inside a group (십 백 천)
#   ("b", int)              a big multiplier closing a group (만 억 조)
#   ("v", None)             the vague 수 / 몇 ("some")


def _nr_symbols(form: str) -> list[tuple[str, Any]] | None:
    """Symbols of a Hangul numeral such as 천억, 수십억, 이십, 하나, 열."""
    native = _native_value(form)
    if native is not None and native[0] == native[1]:
        return [("n", Decimal(native[0]))]
    syms: list[tuple[str, Any]] = []
    i = 0
    while i < len(form):
        c = form[i]
        if c in _BIG:
            syms.append(("b", _BIG[c]))
        elif c in _SMALL:
            syms.append(("s", _SMALL[c]))
        elif c in _SINO_DIGITS:
            syms.append(("n", Decimal(_SINO_DIGITS[c])))
        elif c in ("수", "몇"):
            syms.append(("v", None))
        else:
            return None
        i += 1
    return syms or None


def _evaluate(syms: list[tuple[str, Any]]) -> tuple[Decimal, bool, bool] | None:
    """(value, vague, has_big) of a symbol list; vague words count as 1 (the floor).

    Returns None when the symbols do not form one number (two literals in a row, a big
    multiplier larger than the previous one …).
    """
    total = Decimal(0)
    group = Decimal(0)
    cur: Decimal | None = None
    vague = False
    has_big = False
    last_big: int | None = None
    last_small: int | None = None
    for kind, val in syms:
        if kind in ("n", "v"):
            if cur is not None:
                return None
            if kind == "v":
                vague = True
                cur = Decimal(1)
            else:
                cur = val
        elif kind == "s":
            if last_small is not None and val >= last_small and cur is None:
                return None
            group += (cur if cur is not None else Decimal(1)) * val
            cur = None
            last_small = val
        else:  # big
            if last_big is not None and val >= last_big:
                return None
            group += cur if cur is not None else Decimal(0)
            if group == 0:
                group = Decimal(1)
            total += group * val
            group = Decimal(0)
            cur = None
            last_small = None
            last_big = val
            has_big = True
    total += group + (cur if cur is not None else Decimal(0))
    return total, vague, has_big


@dataclass
class _Num:
    start: int  # token index
    end: int  # token index (exclusive)
    value: Decimal | None
    low: Decimal | None
    vague: bool
    has_big: bool
    approximate: bool
    last_big: int | None
    currency: str | None = None


def _is_magnitude_word(tok: _Tok) -> bool:
    # Kiwi reads a glued 만 as the particle "only" in `GPU 3만 확보` (만/JX): after digits it is 10⁴
    return tok.tag in ("NNB", "NNG", "NR", "JX") and bool(tok.form) and all(
        c in _BIG or c in _SMALL for c in tok.form)


def _parse_number(toks: list[_Tok], i: int, text: str) -> _Num | None:
    """Parse the number that starts at token i, if any."""
    n = len(toks)
    t = toks[i]
    currency = None
    j = i
    if t.tag == "SW" and t.form in _CURRENCY_SIGNS and i + 1 < n and toks[i + 1].tag == "SN" \
            and _near(text, t, toks[i + 1]):
        currency = _CURRENCY_SIGNS[t.form]
        j = i + 1
    t = toks[j]

    # native determiners: 두 명, 서너 개, 몇 개, 여러 곳, 수 개
    if t.tag == "MM":
        if t.form in ("몇", "여러", "수"):
            # 수 천억 (MM + NR) is a vague Sino numeral; 몇/여러 stand alone.
            if t.form == "수" and j + 1 < n and toks[j + 1].tag == "NR" and _near(text, t, toks[j + 1]):
                syms = _nr_symbols(toks[j + 1].form)
                if syms:
                    ev = _evaluate([("v", None)] + syms)
                    if ev:
                        return _Num(j, j + 2, None, ev[0], True, ev[2], False,
                                    _last_big(syms), currency)
            return _Num(j, j + 1, None, None, True, False, False, None, currency)
        nv = _native_value(t.form)
        if nv is None:
            return None
        lo, hi = nv
        return _Num(j, j + 1, Decimal(hi), Decimal(lo) if lo != hi else None, False, False,
                    lo != hi, None, currency)

    if t.tag not in ("SN", "NR"):
        return None
    if t.tag == "NR":
        nv = _native_value(t.form)
        if nv is not None and nv[0] != nv[1]:  # 대여섯
            return _Num(j, j + 1, Decimal(nv[1]), Decimal(nv[0]), False, False, True, None, currency)
        if t.form in _VAGUE_WORDS and t.form in ("몇", "여러"):
            return _Num(j, j + 1, None, None, True, False, False, None, currency)

    syms: list[tuple[str, Any]] = []
    best: tuple[int, tuple[Decimal, bool, bool], list] | None = None
    k = j
    prev: _Tok | None = None
    while k < n:
        tk = toks[k]
        if prev is not None:
            adjacent = _adjacent(text, prev, tk)
            if not adjacent:
                # a space may only follow a big multiplier (3만 3000명, 2억 5천만 원)
                if not (syms and syms[-1][0] == "b" and _near(text, prev, tk)):
                    break
        new: list[tuple[str, Any]] | None
        if tk.tag == "SN":
            v = _sn_value(tk.form)
            new = [("n", v)] if v is not None else None
        elif tk.tag == "NR" and not (prev is not None and prev.tag == "NR" and prev.form in _NATIVE_TENS
                                     and tk.form in _NATIVE_UNITS and _adjacent(text, prev, tk)):
            new = _nr_symbols(tk.form)
            # native tens + units: 열/NR 두/MM, 열/NR 다섯/NR (`열다섯 개`), 스물/NR 다섯/NR
        elif tk.tag in ("MM", "NR") and prev is not None and prev.tag == "NR" and _adjacent(text, prev, tk) \
                and prev.form in _NATIVE_TENS and tk.form in _NATIVE_UNITS:
            new = [("n", Decimal(_NATIVE_UNITS[tk.form]))]
            # 열 + 두: replace the tens literal by their sum
            if syms and syms[-1][0] == "n":
                syms[-1] = ("n", syms[-1][1] + new[0][1])
                new = []
        elif prev is not None and _adjacent(text, prev, tk) and _is_magnitude_word(tk) \
                and tk.tag != "NR":
            new = _nr_symbols(tk.form)  # 3.5/SN 조/NNB
        else:
            break
        if new is None:
            break
        cand = syms + new
        ev = _evaluate(cand)
        if ev is None:
            break
        syms = cand
        best = (k + 1, ev, list(syms))
        prev = tk
        k += 1
    if best is None:
        return None
    end, (value, vague, has_big), syms = best
    if vague:
        return _Num(j, end, None, value, True, has_big, False, _last_big(syms), currency)
    return _Num(j, end, value, None, False, has_big, False, _last_big(syms), currency)


def _last_big(syms: list[tuple[str, Any]]) -> int | None:
    if syms and syms[-1][0] == "b":
        return syms[-1][1]
    return None


# --------------------------------------------------------------------------------------------
# units


def _sl_unit(form: str) -> str | None:
    f = unicodedata.normalize("NFKC", form)
    return f if _SL_UNIT_RE.match(f) else None


def _sw_unit(form: str) -> str | None:
    if form in _SW_UNITS:
        return form
    if len(form) == 1 and 0x3380 <= ord(form) <= 0x33DF:
        f = unicodedata.normalize("NFKC", form)
        if f.startswith("μ") and f[1:].isascii():
            return form  # ㎍, ㎛: kept as written, as news writes them
        if "." in f or not f.isascii():
            return None  # ㏂ ㏘ (a.m. / p.m.)
        return f
    if form in _CURRENCY_SIGNS:
        return _CURRENCY_SIGNS[form]
    return None


@dataclass
class _Unit:
    unit: str
    end: int  # token index after the unit
    approximate: bool = False  # 여 before the counter


def _unit_across_arrow(toks, k: int, text: str) -> str | None:
    """The unit of the figure an arrow leads to, for a bare figure before it (`500만→300만 원`,
    `10만 → 12만 명`): the change is in one unit, written once at its end."""
    n = len(toks)
    if not (k + 1 < n and toks[k].form in ("→", "⇒", "➡") and _near(text, toks[k - 1], toks[k])
            and _near(text, toks[k], toks[k + 1]) and toks[k + 1].tag in ("SN", "NR")):
        return None
    after = _parse_number(toks, k + 1, text)
    if after is None or after.value is None:
        return None
    if after.currency is not None:
        return after.currency
    unit = _parse_unit(toks, after.end, text, after)
    return unit.unit if unit is not None else None


def _parse_unit(toks: list[_Tok], k: int, text: str, num: _Num) -> _Unit | None:
    n = len(toks)
    if k >= n:
        return None
    prev = toks[k - 1]
    approx = False
    t = toks[k]
    # 10여개, 3만여 장: 여/XSN sits between the number and the counter
    if t.tag == "XSN" and t.form == "여" and _adjacent(text, prev, t):
        approx = True
        prev = t
        k += 1
        if k >= n:
            return None
        t = toks[k]
    if not _near(text, prev, t):
        return None
    glued = _adjacent(text, prev, t)
    tag = t.tag
    if t.form in _TIME_UNITS and tag in ("NNB", "NNG"):  # Kiwi tags 시간 either way
        unit = "개월" if t.form == "달" else t.form  # 석 달 in 개월, like 3개월
        if _worth_of(toks, k, text):
            return _Unit(unit, k + 2, approx)  # 100일분, 3개월 치: a stock measured in days, not a date
        if shortened_span_at(text, toks[num.start].start) == t.end:
            return _Unit(unit, k + 1, approx)  # 5일로 단축: a length set as the target
    if tag == "NNB":
        if t.form == "호" and (num.has_big or (num.value is not None and num.value >= 1000)):
            return _Unit(t.form, k + 1, approx)  # 5만 호, 1,180호: dwellings (1호, 제1234호: ordinals)
        if t.form in _TIME_UNITS or t.form in _ORDINAL_UNITS or t.form in _NON_COUNTER_NNB:
            return None
        if _is_magnitude_word(t):
            return None
        if t.form == "개" and k + 1 < n and toks[k + 1].tag == "NNG" and toks[k + 1].form == "교" and (
                _adjacent(text, t, toks[k + 1])):
            return _Unit("개교", k + 2, approx)  # Kiwi's `650/SN 개/NNB 교/NNG`: 650개교, schools
        return _Unit(t.form, k + 1, approx)
    if tag == "NNG":
        if t.form in _NNG_COUNTERS or (t.form in _AMBIGUOUS_COUNTERS and glued):
            return _Unit(t.form, k + 1, approx)  # (대/기 as NNG: `1,000대 목표`; checked as ambiguous below)
        return None
    if tag == "SL" and not approx:
        u = _sl_unit(t.form)
        if u is None or _names_a_band(u, toks, k):
            return None
        return _Unit(u, k + 1, approx)
    if tag == "SW" and not approx:
        u = _sw_unit(t.form)
        if u is None or u in ("달러", "원", "유로", "엔", "파운드") and not glued:
            return None
        if _names_a_band(u, toks, k):
            return None
        if k + 2 < n and toks[k + 1].form == "/" and _adjacent(text, t, toks[k + 1]) and _adjacent(
                text, toks[k + 1], toks[k + 2]) and toks[k + 2].tag == "SW" and _sw_unit(toks[k + 2].form):
            return _Unit(f"{t.form}/{toks[k + 2].form}", k + 3, approx)  # 15㎍/㎥: a concentration
        if u == "%" and k + 1 < n and _adjacent(text, t, toks[k + 1]):
            nxt = toks[k + 1]
            if (nxt.tag == "SL" and nxt.form in ("p", "P", "pt")) or nxt.form in ("포인트", "퍼센트포인트"):
                return _Unit("%p", k + 2, approx)
        return _Unit(u, k + 1, approx)
    return None


def _worth_of(toks: list[_Tok], k: int, text: str) -> bool:
    """The time unit at k is followed by 분 (glued) or 치: `N일분`, `N개월 치` say how much of
    something lasts that long (a stockpile, a supply), a quantity rather than a day or a span."""
    if k + 1 >= len(toks):
        return False
    after = toks[k + 1]
    if after.form == "분" and after.tag == "XSN":
        return _adjacent(text, toks[k], after)
    return after.form == "치" and after.tag in ("NNB", "XSN") and _near(text, toks[k], after)


# --------------------------------------------------------------------------------------------
# the scanner


def _is_ordinal_context(toks: list[_Tok], i: int, text: str) -> bool:
    """제4이통사, 제22대: a 제/XPN glued before the number."""
    if i > 0:
        p = toks[i - 1]
        if p.form == "제" and p.tag in ("XPN", "NNG", "NNB", "MM") and _adjacent(text, p, toks[i]):
            return True
    return False


_DECADES = {Decimal(n) for n in range(10, 100, 10)}
# people just before a decade with 대 make it an age band (`신청자는 30대가`, `청년 등 20대의`)
_PEOPLE_BEFORE_AGE = {"청년", "세대", "연령", "연령대", "남성", "여성", "신청자", "가입자", "환자", "취업자", "근로자",
                      "국민", "학생", "청소년", "노인", "어르신", "신입생", "사회초년생", "응답자", "이용자", "피해자"}


def _ambiguous_counter_ok(toks: list[_Tok], num: _Num, unit_idx: int, text: str) -> bool:
    """대/기 are counters after a counted noun (GPU 1000대, 원전 10기), ordinals or age bands
    when they modify the next noun directly (22대 국회, 20대 청년). Tagged NNG, they are a
    ranking as often (`국내 100대 기업`): only a deed or a target after them makes them counters."""
    if num.has_big:
        return True
    nxt = toks[unit_idx + 1] if unit_idx + 1 < len(toks) else None
    unit_tok = toks[unit_idx]
    followed_by_noun = (
        nxt is not None
        and nxt.tag in ("NNG", "NNP", "SL", "SH", "XPN")
        and nxt.form not in _QUALIFIERS
        and _near(text, unit_tok, nxt)
        and not _adjacent(text, unit_tok, nxt)
    )
    if nxt is not None and _adjacent(text, unit_tok, nxt) and nxt.tag in ("NNG", "NNP", "XSN"):
        # 20대가? no: XSN/NNG glued (30대그룹) reads as an attribute
        followed_by_noun = nxt.tag != "XSN" or nxt.form not in ("씩",)
    if not followed_by_noun and unit_tok.form == "대" and nxt is not None and nxt.tag in ("JKG", "JKS", "JX") and (
            num.value is not None and num.value in _DECADES) and any(
            t.form in _PEOPLE_BEFORE_AGE or (t.tag == "XSN" and t.form in ("생", "자")) for t in toks[max(0, num.start - 4) : num.start]):
        return False  # `사회초년생 등 20대의 검진`, `신청자는 30대가 가장 많았다`: people by age band, not machines
    if not followed_by_noun or nxt.form in _DEEDS_ON_COUNTED or (
            nxt.form in _TARGET_OF_COUNT and (unit_tok.form != "대" or num.has_big or (
                num.value is not None and num.value >= 100))):
        return True  # (`카메라 100대 설치`, `TV는 8,400대 보급`: what is done to the counted things)
    first = num.start
    if first > 0 and unit_tok.tag == "NNB":
        p = toks[first - 1]
        if p.tag in ("NNG", "NNP", "SL", "SH") and _near(text, p, toks[first]) \
                and p.form not in _DEICTIC:
            return True
    return False


def _flags_around(toks: list[_Tok], first: int, last: int, text: str) -> tuple[bool, bool]:
    """(approximate, at_least) from the words before token `first` and after token `last-1`."""
    approx = False
    at_least = False
    if first > 0:
        p = toks[first - 1]
        if _near(text, p, toks[first]):
            if p.form in _APPROX_BEFORE:
                approx = True
            elif p.form in _AT_LEAST_BEFORE:
                at_least = True
    if last < len(toks):
        a = toks[last]
        if _near(text, toks[last - 1], a):
            if a.form in _APPROX_AFTER and a.tag in ("NNG", "NNB", "XSN", "MAG", "NNP"):
                approx = True
            elif a.form == "대" and a.tag in ("XSN", "NNG") and _adjacent(text, toks[last - 1], a):
                approx = True  # 40만 원대, 8%대
            elif a.form in _AT_LEAST_AFTER and a.tag in ("NNG", "VV", "VA", "XSN", "MAG"):
                at_least = True
    return approx, at_least


def _dec_to_float(d: Decimal | None) -> float | None:
    if d is None:
        return None
    try:
        f = float(d)
    except (OverflowError, ValueError):
        return None
    if f != f or f in (float("inf"), float("-inf")):
        return None
    return f


def _starts_number(t: _Tok) -> bool:
    return t.tag in ("SN", "NR", "MM") or (t.tag == "SW" and t.form in _CURRENCY_SIGNS)


def find_quantities(tokens: Sequence[Any], text: str) -> list[Quantity]:
    """Quantities in `text`, read from its Kiwi tokens (see the module docstring for the rules)."""
    if not text or not tokens:
        return []
    try:
        toks = _norm_tokens(tokens, text)
    except Exception:
        return []
    out: list[Quantity] = []
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        if not _starts_number(t):
            if t.form == "절반" and _halved(toks, i):
                out.append(Quantity(50.0, "%", t.form, t.start, t.end))
            elif t.form in NATIVE_DAYS and t.tag == "NNG" and shortened_span_at(text, t.start) == t.end:
                out.append(Quantity(float(NATIVE_DAYS[t.form]), "일", t.form, t.start, t.end))  # 이틀 안으로 줄이겠다
            i += 1
            continue
        try:
            q, nxt = _quantity_at(toks, i, text)
        except (ArithmeticError, ValueError, IndexError):
            q, nxt = None, i + 1
        if q is not None:
            if q.unit == "분" and q.value is not None and 0 < q.value < 60 and (
                    hours := _HOURS_BEFORE.search(text, max(0, q.start - 12), q.start)):
                start = hours.start(1)  # `2시간 30분`: one duration, 2.5 hours
                q = Quantity(int(hours[1]) + q.value / 60, "시간", text[start : q.end], start, q.end, q.approximate)
                out = [kept for kept in out if kept.end <= start]
            out.append(q)
        i = max(nxt, i + 1)
    return out


_HOURS_BEFORE = re.compile(r"(?<![\d.,])(\d{1,3})\s*시간\s*$")


_FREQUENCIES = {"Hz", "kHz", "MHz", "GHz", "THz"}


def _names_a_band(unit: str, toks, k: int) -> bool:
    """`5G 28㎓ 대역`, `3.5GHz 대역`: a frequency before `대역` is the band's name, no figure promised."""
    return unit in _FREQUENCIES and k + 1 < len(toks) and toks[k + 1].form == "대역"

_HALVING_VERBS = {"줄이", "낮추", "감축", "축소", "줄", "단축"}


def _halved(toks: list[_Tok], i: int) -> bool:
    """`스팸을 절반으로 줄이겠다`: halving is a target of 50 % (not `임대료 절반 감면`, an amount,
    nor `목표의 절반에 그쳤다`, a share)."""
    if not (i + 1 < len(toks) and toks[i + 1].form in ("으로", "로") and toks[i + 1].tag == "JKB"):
        return False
    rest = toks[i + 2 : i + 4]
    # a headline's point ends on it, the verb left out (`임금체불 2027년까지 절반으로…`)
    return any(t.form in _HALVING_VERBS for t in rest) or all(t.tag in ("SF", "SP", "SE", "SS", "SW") for t in rest)


def _quantity_at(toks: list[_Tok], i: int, text: str) -> tuple[Quantity | None, int]:
    n = len(toks)
    num = _parse_number(toks, i, text)
    if num is None:
        return None, i + 1
    if toks[num.start].tag == "MM":
        nxt = toks[num.end] if num.end < n else None
        ok = nxt is not None and _near(text, toks[num.end - 1], nxt) and (
            nxt.tag == "NNB"
            or (nxt.form in _NNG_COUNTERS and not _adjacent(text, toks[num.end - 1], nxt))
            or (nxt.form == "달" and shortened_span_at(text, toks[num.start].start) == nxt.end))  # 석 달로 단축
        if not ok:
            return None, num.end  # 두/MM needs a counter (두 명, 한 곳); 세종 is a name
    if (toks[num.start].tag == "NR" or toks[num.start].form == "1") and num.end == num.start + 1 and num.end + 1 < n and (
            ((toks[num.end + 1].form in ("용", "성") and toks[num.end + 1].tag == "XSN") or toks[num.end + 1].form == "용품")
            and _adjacent(text, toks[num.end - 1], toks[num.end]) and _adjacent(text, toks[num.end], toks[num.end + 1])):
        return None, num.end + 2  # `일회용 컵`, `일회성 지원`: a word, not one time
    # digits glued to Latin letters, '_' or '/' on the left are part of an identifier (H200, rect_5g)
    first_tok = toks[i]
    if first_tok.start > 0 and re.match(r"[A-Za-z_/\\]", text[first_tok.start - 1]):
        return None, num.end
    if _is_ordinal_context(toks, i if num.currency is None else i + 1, text):
        return None, num.end

    first = i  # token index where the quantity's text starts
    low = num.low
    approx = num.approximate
    k = num.end

    # a range: 2만~3만장, 2~3만장, 20~30%
    if (k + 1 < n and toks[k].form in _RANGE_SIGNS and toks[k].tag in ("SO", "SW", "SP")
            and _near(text, toks[k - 1], toks[k]) and _near(text, toks[k], toks[k + 1])
            and toks[k + 1].tag in ("SN", "NR") and num.value is not None):
        hi = _parse_number(toks, k + 1, text)
        if hi is not None and hi.value is not None and hi.currency is None:
            lo_v = num.value
            if not num.has_big and hi.last_big and lo_v * hi.last_big <= hi.value:
                lo_v = lo_v * hi.last_big  # 2~3만 → 2만~3만
            if lo_v <= hi.value:
                low = lo_v
                num = _Num(num.start, hi.end, hi.value, low, False, hi.has_big or num.has_big,
                           approx, hi.last_big, num.currency)
                k = hi.end
    # the year of a date range (2025~2027년) is handled by the unit check below

    unit: _Unit | None = None
    if num.currency is None:
        unit = _parse_unit(toks, k, text, num)
    if unit is not None:
        if unit.unit in _AMBIGUOUS_COUNTERS and toks[unit.end - 1].tag in ("NNB", "NNG"):
            if _is_ordinal_context(toks, num.start, text) or not _ambiguous_counter_ok(
                    toks, num, unit.end - 1, text):
                return None, unit.end
        # a counter glued to a time unit: 3개년, 5개월 → a duration (not 1,200명분, 30인분: a portion)
        if unit.end < n and _adjacent(text, toks[unit.end - 1], toks[unit.end]) \
                and toks[unit.end].form in _TIME_UNITS and not (toks[unit.end].form == "분" and toks[unit.end].tag == "XSN"):
            return None, unit.end + 1
        # 3번째, 2개째: ordinal
        if unit.end < n and _adjacent(text, toks[unit.end - 1], toks[unit.end]) \
                and toks[unit.end].form in ("째", "번째"):
            return None, unit.end + 1
        unit_name = unit.unit
        approx = approx or unit.approximate
        last = unit.end
        if unit_name == "개" and last < n and toks[last].tag == "NNG" and toks[last].form in _COUNTED_AFTER_GAE \
                and _near(text, toks[last - 1], toks[last]) and not _adjacent(text, toks[last - 1], toks[last]):
            unit_name = toks[last].form  # 4개 팀 → 4 팀
            last += 1
    elif num.currency is not None:
        unit_name = num.currency
        last = num.end
        if last < n and _adjacent(text, toks[last - 1], toks[last]) and toks[last].form in (
                "달러", "원", "유로", "엔"):
            last += 1  # US$100달러 (sic) — keep one unit
    else:
        # a number that runs into a time or ordinal counter is not a quantity at all
        nxt = toks[k] if k < n else None
        if nxt is not None and _near(text, toks[k - 1], nxt) and (
                nxt.form in _TIME_UNITS or nxt.form in _ORDINAL_UNITS):
            return None, k + 1
        if not num.has_big or toks[num.start].tag != "SN":
            return None, k  # a bare 만 / 억 without digits is the particle or a mis-tag
        # 10년 만에 is 만/NNB after 년, never here; a bare 3만 keeps an empty unit, but a bare
        # 700억 or 20조 is won (`회수펀드 1,000억→700억 축소`): news counts little else in 억 without a counter
        unit_name = _unit_across_arrow(toks, k, text) or ("원" if num.value is not None and num.value >= 10**8 else "")
        last = k
        if last < n and toks[last].tag == "XSN" and toks[last].form == "여" \
                and _adjacent(text, toks[last - 1], toks[last]):
            approx = True
            last += 1

    if num.value == 1 and (_emphatic_one(toks, last) or _one_by_one(toks, first, last)):
        return None, last
    a, al = _flags_around(toks, first, last, text)
    approx = approx or a
    start = toks[first].start
    end = toks[last - 1].end
    value = _dec_to_float(num.value)
    lowf = _dec_to_float(low)
    if num.value is not None and value is None:
        return None, last
    q = Quantity(
        value=value if not num.vague else None,
        unit=unit_name,
        text=text[start:end],
        start=start,
        end=end,
        approximate=approx,
        vague=num.vague,
        low=lowf,
        at_least=al,
    )
    return q, last


def _one_by_one(toks, first: int, last: int) -> bool:
    """`학생 한 명 한 명이`, `한 곳 한 곳을`: one said twice is each of them, no figure."""
    said = [t.form for t in toks[first:last]]
    width = len(said)
    return [t.form for t in toks[last : last + width]] == said or (
        first >= width and [t.form for t in toks[first - width : first]] == said)


def _emphatic_one(toks, last: int) -> bool:
    """`한 명도 남기지 않겠다`, `단 한 건의 사고도 없도록`: one with `도` before a negation is
    "not even one", no figure (`변호사 1명도 배치한다`: one more, a figure)."""
    k = last
    if k + 1 < len(toks) and toks[k].form == "의" and toks[k].tag == "JKG" and toks[k + 1].tag in ("NNG", "NNP"):
        k += 2
    if not (k < len(toks) and toks[k].form == "도" and toks[k].tag == "JX"):
        return False
    return any(t.form in ("않", "없", "못", "못하", "안", "아니") and t.tag in ("VX", "VA", "MAG", "VCN")
               for t in toks[k + 1 : k + 9])


# --------------------------------------------------------------------------------------------
# units compared

_HW_COUNTERS = {"장", "개", "대", "기", "매", "식", "세트", "유닛"}
_FAMILIES = [
    ({"원", "₩", "￦", "KRW", "krw", "원화"}, "money:KRW"),
    ({"달러", "$", "＄", "US$", "USD", "usd", "불", "미국달러"}, "money:USD"),
    ({"유로", "€", "EUR", "eur"}, "money:EUR"),
    ({"엔", "¥", "￥", "JPY", "jpy", "엔화"}, "money:JPY"),
    ({"위안", "CNY", "cny", "元"}, "money:CNY"),
    ({"파운드", "£", "GBP"}, "money:GBP"),
    ({"명", "인", "사람"}, "count:person"),
    ({"곳", "개소", "군데"}, "count:place"),
    ({"가구", "세대", "호"}, "count:household"),
    ({"%", "퍼센트", "프로", "％"}, "ratio:%"),
    ({"%p", "%포인트", "퍼센트포인트", "％p", "pp"}, "ratio:%p"),
    ({"곳", "개소"}, "count:place"),
    ({"t", "톤", "ton"}, "si:t"),
]
_FLOPS_RE = re.compile(r"^[kMGTPEZ]?(?:F|FLOPS|flops|플롭스)$")
_SI_FAMILY_RE = re.compile(r"^[%s]?(Wh|W|B|bps|Hz|m|g|L|l|V|J|Pa|VA|Wp)$" % _SI_PREFIX)


@functools.lru_cache(maxsize=4096)
def _family(u: str) -> str:
    u = unicodedata.normalize("NFKC", (u or "").strip())
    u = u.replace(" ", "")
    # strip a leading Hangul magnitude (억원 → 원, 만장 → 장, 천만명 → 명)
    stripped = u.lstrip("십백천만억조경")
    if stripped:
        u = stripped
    if u in _HW_COUNTERS or u in ("품목", "개교"):  # `다섯 품목`, `650개교` and `5개`: items counted alike
        return "count:hardware"
    for members, name in _FAMILIES:
        if u in members:
            return name
    if _FLOPS_RE.match(u):
        return "si:FLOPS"
    m = _SI_FAMILY_RE.match(u)
    if m:
        return "si:" + m.group(1)
    return "unit:" + u


def unit_family(unit: str) -> str:
    """The family a unit belongs to (`장` and `개` → `count:hardware`; `억원` → money)."""
    try:
        return _family(unit)
    except Exception:
        return "unit:" + (unit or "")


def same_unit_family(a: str, b: str) -> bool:
    """True when two units measure the same thing at any scale.

    Countable-hardware counters 장/개/대/기 (and 매, 식, 세트) are one family (GPU 3만장 ==
    GPU 3만개), and so is 품목 (`다섯 품목` == `5개`); a Hangul magnitude in front of a unit does
    not matter (원 == 억원 == 조원);
    currency signs and codes equal their Korean names (₩ == 원, $ == USD == 달러); an SI
    prefix does not matter (MW == GW, TB == GB, PF == EF flops); 명/인, 곳/개소, 가구/세대 are
    one family each; % and %p are different.
    """
    try:
        return _family(a) == _family(b)
    except Exception:
        return False


# --------------------------------------------------------------------------------------------
# convenience


@functools.lru_cache(maxsize=1)
def _kiwi():
    from kiwipiepy import Kiwi

    k = Kiwi(**KIWI_OPTIONS)
    k.tokenize("")  # load the model now, not on the first real call
    return k


def quantities_in(text: str) -> list[Quantity]:
    """Tokenise `text` with a module-level Kiwi and return its quantities."""
    if not text:
        return []
    tokens = _kiwi().tokenize(text)
    return find_quantities(tokens, text)
