"""Korean time expressions read as deadlines against the article's date (etl/deadlines.py)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from etl.deadlines import TimeExpression, deadline_for, due_before_late, find_time_expressions

D = date.fromisoformat
SEED = Path("/work/shared/seeds/000_b0f070cd7e78df0e.txt")
SEED_DCT = D("2024-12-23")  # 입력 2024-12-23 16:38


def only(text: str, dct: date | None) -> TimeExpression:
    found = find_time_expressions(text, dct)
    assert len(found) == 1, found
    e = found[0]
    assert text[e.start:e.end] == e.text
    return e


# phrase, article date, deadline, mod, precision
TABLE = [
    # the seed's phrases, said on 2024-12-23
    ("2026년까지", "2024-12-23", "2026-12-31", "BY", "year"),
    ("올해 안에", "2024-12-23", "2024-12-31", "WITHIN", "year"),
    ("내년 초", "2024-12-23", "2025-03-31", "START", "year"),
    ("2년 내", "2024-12-23", "2026-12-23", "WITHIN", "day"),
    ("상반기", "2024-12-23", "2025-06-30", "ON", "half"),  # the next H1 not already over
    ("하반기", "2024-12-23", "2024-12-31", "ON", "half"),  # this H2 is not over yet
    ("1분기", "2024-12-23", "2025-03-31", "ON", "quarter"),
    ("내년", "2024-12-23", "2025-12-31", "ON", "year"),
    # the brief's phrases, each said on its own article date
    ("올 3분기", "2026-03-10", "2026-09-30", "ON", "quarter"),
    ("3분기", "2026-03-10", "2026-09-30", "ON", "quarter"),
    ("오는 9월까지", "2025-05-14", "2025-09-30", "BY", "month"),
    ("다음 달 안", "2025-01-15", "2025-02-28", "WITHIN", "month"),
    ("내년 2월부터", "2025-12-18", "2026-02-28", "FROM", "month"),
    ("이르면 3월부터", "2026-01-12", "2026-03-31", "FROM", "month"),
    ("이달 중", "2025-07-04", "2025-07-31", "WITHIN", "month"),
    ("연내", "2025-11-11", "2025-12-31", "WITHIN", "year"),
    ("2028년까지", "2025-01-01", "2028-12-31", "BY", "year"),
    ("2026년 말까지", "2024-12-23", "2026-12-31", "BY", "year"),
    # more of the inventory
    ("2026년도", "2025-02-01", "2026-12-31", "ON", "year"),
    ("'25년까지", "2024-12-23", "2025-12-31", "BY", "year"),
    ("25년 3월", "2024-12-23", "2025-03-31", "ON", "month"),
    ("2025년 3월 15일", "2024-12-23", "2025-03-15", "ON", "day"),
    ("2025.3.15", "2024-12-23", "2025-03-15", "ON", "day"),
    ("2025-03-15까지", "2024-12-23", "2025-03-15", "BY", "day"),
    ("12월 31일까지", "2024-12-23", "2024-12-31", "BY", "day"),
    ("오는 3월", "2024-12-23", "2025-03-31", "ON", "month"),  # next occurrence
    ("오는 15일", "2024-12-23", "2025-01-15", "ON", "day"),
    ("지난 9월", "2024-12-23", "2024-09-30", "PAST", "month"),
    ("지난해 12월", "2025-02-01", "2024-12-31", "PAST", "month"),
    ("작년 말", "2024-12-23", "2023-12-31", "PAST", "year"),
    ("내후년 상반기", "2025-02-01", "2027-06-30", "ON", "half"),
    ("올 하반기", "2024-12-23", "2024-12-31", "ON", "half"),
    ("2026년 상반기 중", "2024-12-23", "2026-06-30", "WITHIN", "half"),
    ("하반기 중", "2024-12-23", "2024-12-31", "WITHIN", "half"),
    ("올해 3분기까지", "2025-02-01", "2025-09-30", "BY", "quarter"),
    ("4/4분기", "2025-02-01", "2025-12-31", "ON", "quarter"),
    ("연말까지", "2024-12-23", "2024-12-31", "BY", "year"),
    # 연내 under a year word is that year's (not the article's)
    ("내년 연내", "2026-11-26", "2027-12-31", "WITHIN", "year"),
    ("2027년 연내", "2026-11-26", "2027-12-31", "WITHIN", "year"),
    ("지난해 연내", "2026-11-26", "2025-12-31", "PAST", "year"),
    ("연초", "2025-07-01", "2026-03-31", "START", "year"),  # this year's is over
    ("내년 말까지", "2024-12-23", "2025-12-31", "BY", "year"),
    ("이달 말", "2024-12-23", "2024-12-31", "END", "month"),
    ("2월 말까지", "2025-02-01", "2025-02-28", "BY", "month"),
    ("다음 달 초", "2025-02-01", "2025-03-10", "START", "month"),
    ("내달 중순", "2025-02-01", "2025-03-20", "MID", "month"),
    ("이번 달 하순", "2025-02-01", "2025-02-28", "END", "month"),
    ("내년 중반", "2024-12-23", "2025-08-31", "MID", "year"),
    ("이번 주까지", "2024-12-23", "2024-12-29", "BY", "day"),  # Sunday
    ("다음 주 중", "2024-12-23", "2025-01-05", "WITHIN", "day"),
    ("내일", "2024-12-23", "2024-12-24", "ON", "day"),
    ("3년 이내", "2024-12-23", "2027-12-23", "WITHIN", "day"),
    ("두 달 안에", "2024-12-23", "2025-02-23", "WITHIN", "day"),
    ("1년 6개월 이내", "2024-12-23", "2026-06-23", "WITHIN", "day"),
    ("반년 내", "2024-12-23", "2025-06-23", "WITHIN", "day"),
    ("1~2년 내", "2024-12-23", "2026-12-23", "WITHIN", "day"),
    ("6개월 후", "2024-12-23", "2025-06-23", "AFTER", "day"),
    ("3년이 지나면", "2025-02-01", "2028-02-01", "AFTER", "day"),
    ("향후 5년간", "2024-12-23", "2029-12-23", "WITHIN", "day"),
    ("앞으로 3년 동안", "2025-02-01", "2028-02-01", "WITHIN", "day"),
    ("내년부터 3년간", "2025-02-01", "2028-12-31", "WITHIN", "day"),
    ("2025~2027년", "2024-12-23", "2027-12-31", "BY", "year"),
    ("2025년부터 2027년까지", "2024-12-23", "2027-12-31", "BY", "year"),
    ("3~4월", "2025-02-01", "2025-04-30", "BY", "month"),
    ("늦어도 3월", "2025-01-01", "2025-03-31", "BY", "month"),
    ("2026년 이후", "2025-02-01", "2026-01-01", "AFTER", "year"),
    ("2026년 하반기 이전", "2025-02-01", "2026-06-30", "BY", "half"),
    ("올 상반기 중으로", "2025-02-01", "2025-06-30", "WITHIN", "half"),
    ("내년 하반기부터", "2024-12-23", "2025-12-31", "FROM", "half"),
    ("올 가을까지", "2025-02-01", "2025-11-30", "BY", "quarter"),
]


@pytest.mark.parametrize("phrase,said,deadline,mod,precision", TABLE, ids=[f"{r[0]}@{r[1]}" for r in TABLE])
def test_time_expression(phrase, said, deadline, mod, precision):
    e = only(phrase, D(said))
    assert e.text == phrase
    assert e.date == D(deadline)
    assert e.mod == mod
    assert e.precision == precision
    if mod == "FROM":
        assert e.period_start < e.date  # starts then, kept if it starts by the period's end


APPROXIMATE = [
    ("이르면 3월부터", "2026-01-12", "2026-03-31"),
    ("약 6개월 후", "2024-12-23", "2025-06-23"),
    ("6개월가량 뒤", "2024-12-23", "2025-06-23"),
    ("9월께", "2025-02-01", "2025-09-30"),
    ("내년 3월 말경", "2024-12-23", "2025-03-31"),
    ("연말쯤", "2025-02-01", "2025-12-31"),
]


@pytest.mark.parametrize("phrase,said,deadline", APPROXIMATE)
def test_approximate(phrase, said, deadline):
    e = only(phrase, D(said))
    assert e.approximate is True
    assert e.date == D(deadline)


def test_a_target_year_reads_as_by():
    e = only("2026년 완공을 목표로", D("2025-02-01"))
    assert (e.text, e.date, e.mod) == ("2026년", D("2026-12-31"), "BY")
    e = only("2027년을 목표로", D("2025-02-01"))
    assert e.mod == "BY"


def test_precise_is_not_approximate():
    assert only("2026년까지", SEED_DCT).approximate is False


def test_from_gives_the_last_day_of_the_period_named_and_its_first_as_period_start():
    # `10월부터 시행` is kept if it starts any day in October (DESIGN §2)
    e = only("10월부터", D("2025-02-01"))
    assert (e.mod, e.date, e.period_start) == ("FROM", D("2025-10-31"), D("2025-10-01"))
    e = only("올해부터", D("2025-02-01"))
    assert (e.date, e.period_start) == (D("2025-12-31"), D("2025-01-01"))
    # without 부터, `이르면 3월` is the earliest day
    assert only("이르면 3월", D("2026-01-12")).date == D("2026-03-01")
    e = only("2026년 말까지", SEED_DCT)
    assert e.period_start == D("2026-11-01")


@pytest.mark.parametrize(
    "sentence,event_text,mod",
    [
        (
            "유 장관은 단통법(이동통신단말장치 유통구조 개선에 관한 법률) 폐지안 국회 통과 이후 관련 시행령이 "
            "약 6개월 이후 적용될 것으로 예상하면서",
            "폐지안 국회 통과 이후 관련 시행령이 약 6개월 이후",
            "AFTER",
        ),
        ("법 시행 후 1년 내 기준을 마련한다", "법 시행 후 1년 내", "WITHIN"),
        ("폐지안 국회 통과 이후 약 6개월", "폐지안 국회 통과 이후 약 6개월", "AFTER"),
        ("시행 후 6개월부터 적용한다", "시행 후 6개월", "AFTER"),
        (
            "장관은 폐지안이 국회를 통과하면 약 6개월 뒤 시행령이 적용될 것으로 내다봤다",
            "폐지안이 국회를 통과하면 약 6개월 뒤",
            "AFTER",
        ),
        ("시행일로부터 1년 이내에 보고해야 한다", "시행일로부터 1년 이내에", "WITHIN"),
        ("이 법은 공포 후 6개월이 경과한 날부터 시행한다", "공포 후 6개월이 경과한 날", "AFTER"),
    ],
)
def test_event_anchored(sentence, event_text, mod):
    (e,) = find_time_expressions(sentence, SEED_DCT)
    assert e.text == event_text and sentence[e.start:e.end] == event_text
    assert (e.date, e.precision, e.anchor, e.mod) == (None, "event", "event", mod)


def test_seed_six_months_after_the_repeal_is_event_anchored_and_approximate():
    text = SEED.read_text(encoding="utf-8")
    (e,) = [x for x in find_time_expressions(text, SEED_DCT) if x.anchor == "event"]
    assert e.text.startswith("폐지안 국회 통과 이후") and e.text.endswith("약 6개월 이후")
    assert e.date is None and e.approximate


def test_apposition_keeps_the_explicit_year():
    e = only("2년 후인 2026년으로", SEED_DCT)
    assert e.text == "2년 후인 2026년" and e.date == D("2026-12-31") and e.anchor == "explicit"
    e = only("2026년, 즉 2년 뒤", SEED_DCT)
    assert e.date == D("2026-12-31")
    e = only("3년 뒤인 2028년까지", D("2025-02-01"))
    assert (e.date, e.mod) == (D("2028-12-31"), "BY")


@pytest.mark.parametrize(
    "phrase",
    ["24년이 지난 지금도", "6개월", "10년 만에 처음", "오후 3시까지", "12·3 비상계엄 이후", "2026년형 모델",
     "2030년대", "3만장", "4대 과학기술원", "올리다", "일자리 10만개"],
)
def test_not_time_expressions(phrase):
    assert find_time_expressions(phrase, SEED_DCT) == []


@pytest.mark.parametrize(
    "sentence",
    ["여권 발급 기간을 현재 14일에서 5일로 단축한다", "무기 획득 기간을 7년 이내로 줄이겠다",
     "처리 기간이 30일에서 14일로 줄었다", "심사 기간을 3개월에서 1개월로 줄인다"],
)
def test_a_length_being_shortened_is_not_a_date(sentence):
    # nothing is shortened to the 5th of a month: the counts are lengths (quantities reads them)
    assert find_time_expressions(sentence, SEED_DCT) == []


@pytest.mark.parametrize("sentence,text", [("회의를 5일로 연기했다", "5일"), ("마감을 12월 5일로 줄였다", "12월 5일"),
                                           ("완공 시기를 2030년으로 단축한다", "2030년"),
                                           ("3년 안에 완공한다", "3년 안에")])
def test_a_day_moved_to_or_a_span_to_finish_in_stays_a_time(sentence, text):
    assert [e.text for e in find_time_expressions(sentence, SEED_DCT)] == [text]


DECEMBER = D("2025-12-10")


@pytest.mark.parametrize("sentence,deadline", [
    ("예산은 상반기에 모두 집행됐다", "2025-06-30"),  # told as done: this year's
    ("3분기에 착공했다", "2025-09-30"),
    ("상반기에 있었던 일", "2025-06-30"),
    ("상반기에 예산을 모두 집행하겠다", "2026-06-30"),  # still to come: the next one
    ("상반기 중 발표하겠다고 밝혔다", "2026-06-30"),  # the past of the telling, not of the deed
    ("상반기에 발표할 것이라고 말했다", "2026-06-30"),
    ("상반기에 계획이 있다", "2026-06-30"),
    # a plan recalled, and what became of it told
    ("상반기까지 1,500억 원을 모으기로 한 펀드는 8월에야 다 모였다", "2025-06-30"),
    ("3분기 중 열겠다던 장터는 결국 없던 일이 됐다", "2025-09-30"),
    ("상반기 중 내놓겠다던 점검 결과는 지난달에야 발표됐습니다", "2025-06-30"),  # a broadcast's past
    ("상반기에 예산을 모두 집행했습니다", "2025-06-30"),
    ("상반기 중 발표하겠다고 밝혔습니다", "2026-06-30"),
    ("상반기까지 완공하기로 한 계획을 발표했다", "2026-06-30"),  # a plan told now: the next one
    # where a count stopped short, whatever target is named after it
    ("협약은 상반기까지 74개 대학과 맺는 데 그쳐 목표 100곳에 못 미쳤다", "2025-06-30"),
    ("상반기까지 74곳에 그치는 것으로 보인다", "2026-06-30"),  # (a forecast: still to come)
    ("상반기까지 절반에 그쳐서는 안 된다", "2026-06-30"),
    ("상반기까지 현장에 머물러 복구를 지휘하겠다고 밝혔다", "2026-06-30"),  # staying, no count
    ("상반기까지 200곳으로 늘리고, 부진한 기관은 하위 등급에 머물러 예산이 깎인다", "2026-06-30"),
])
def test_a_bare_period_told_as_done_is_the_last_one(sentence, deadline):
    assert find_time_expressions(sentence, DECEMBER)[0].date == D(deadline)


def test_relative_phrases_without_a_dct_have_no_date():
    e = only("내년 초", None)
    assert (e.date, e.precision) == (None, "unknown")
    e = only("2년 내", None)
    assert (e.date, e.precision) == (None, "unknown")
    e = only("2026년까지", None)
    assert e.date == D("2026-12-31")  # an absolute year needs no DCT


def test_past_references():
    e = only("지난 9월부터", SEED_DCT)
    assert e.mod == "PAST"
    e = only("지난 9월", D("2025-03-01"))  # said in March: last year's September
    assert e.date == D("2024-09-30")
    assert only("지난 5년간", SEED_DCT).mod == "PAST"
    assert only("3일 전", SEED_DCT).mod == "PAST"


# ---------------------------------------------------------------- deadline_for

SEED_SENTENCES = [
    (
        "유상임 장관, AI 경쟁력 확보 '올인'…\"2년 내 GPU 3만개 확보\"",
        "2026-12-23",
        None,
    ),
    (
        "그러면서 2030년으로 계획한 그래픽처리장치(GPU) 3만장 확보 시기를 2년 후인 2026년으로 앞당겨야 한다고 "
        "목소리를 높였다.",
        "2026-12-31",
        "2030-12-31",
    ),
    (
        "유 장관은 23일 세종에서 열린 '과기정통부 송년 기자간담회'에서 \"4대 과학기술원에 GPU 보유량을 "
        "조사해보니 전무한 상황인데, 대학이든 연구소든 GPU 컴퓨팅 인프라가 없어 연구를 할 수 없는 상황에서 "
        "벗어나야 한다\"며 \"2026년까지 3만개를 확보해야 한다\"며 이같이 말했다.",
        "2026-12-31",
        None,
    ),
    (
        "유 장관은 올해 안에 과기정통부와 산업통상자원부, 중소벤처기업부 등 기술사업화 업무를 하는 부처의 "
        "인력을 모은 범부처 조직을 만든다는 구상을 발표했다.",
        "2024-12-31",
        None,
    ),
    (
        "통신 시장 경쟁 활성화 대책에 대해선 \"제4이통사 유치 문제 등을 진지하게 고민했고 국민들의 통신료 "
        "부담을 줄이기 위해 지침을 마련했다\"면서 내년 초 알뜰폰 활성화 대책을 포함한 통신 정책 발표를 "
        "예고했다.",
        "2025-03-31",
        None,
    ),
]


@pytest.mark.parametrize("sentence,new,old", SEED_SENTENCES, ids=range(len(SEED_SENTENCES)))
def test_seed_sentences(sentence, new, old):
    got_new, got_old = deadline_for(sentence, SEED_DCT)
    assert got_new is not None and got_new.date == D(new)
    assert (got_old.date if got_old else None) == (D(old) if old else None)


def test_seed_past_context_gives_nothing():
    sentence = (
        "유 장관은 \"기술사업화와 관련한 법이 2000년 이미 법제화됐는데 24년이 지난 지금도 여전히 생태계는 "
        "나아진 것이 없다\"며 \"국가 연구개발(R&D) 예산을 쓰는 만큼 사업화 실적이 나오지 않는다는 지적이 "
        "나와 지난 9월부터 본격적으로 다시 의논하고 있다\"고 말했다."
    )
    assert deadline_for(sentence, SEED_DCT) == (None, None)
    assert deadline_for("유 장관은 지난 8월 취임한 이후 줄곧 기술사업화의 중요성을 강조해왔다.", SEED_DCT) == (None, None)


def test_seed_event_sentence():
    new, old = deadline_for(
        "유 장관은 단통법 폐지안 국회 통과 이후 관련 시행령이 약 6개월 이후 적용될 것으로 예상하면서", SEED_DCT
    )
    assert new is not None and (new.date, new.precision, new.anchor) == (None, "event", "event")
    assert old is None


REVISIONS = [
    ("기존 2030년에서 2028년으로 앞당긴다", "2025-02-01", "2028-12-31", "2030-12-31"),
    ("당초 2월에서 3월로 늦춰졌다", "2025-01-10", "2025-03-31", "2025-02-28"),
    ("정부는 당초 올해 말까지 완료할 예정이던 사업을 내년 6월로 미뤘다.", "2025-10-01", "2026-06-30", "2025-12-31"),
    ("원래 3월이던 발표 시점이 5월로 연기됐다.", "2025-02-01", "2025-05-31", "2025-03-31"),
    ("애초 2025년 개통 예정이던 노선은 2027년으로 밀렸다.", "2025-02-01", "2027-12-31", "2025-12-31"),
    ("2030년 목표를 2026년으로 앞당긴다", "2025-02-01", "2026-12-31", "2030-12-31"),
    # a date said to be out of reach, then a later one set
    ("연말까지 500곳을 다 열기는 어려워서, 내년 상반기까지 모두 열 계획이다.", "2025-11-10", "2026-06-30", "2025-12-31"),
    ("어선 '연내 100척' 못 지켜…해수부 \"내년 3월까지 마무리\"", "2025-12-01", "2026-03-31", "2025-12-31"),
]


def test_a_deed_done_with_difficulty_gives_up_no_date():
    new, old = deadline_for("올해 어렵게 마련한 예산으로 내년 상반기까지 쉼터 100곳을 짓는다.", D("2025-11-10"))
    assert (new.date, old) == (D("2026-06-30"), None)


@pytest.mark.parametrize("sentence,said,new,old", REVISIONS)
def test_revisions_give_new_and_previous(sentence, said, new, old):
    got_new, got_old = deadline_for(sentence, D(said))
    assert got_new.date == D(new)
    assert got_old.date == D(old)


PREFERENCES = [
    # the day it was said (a bare day of this week after the subject) is not the deadline
    ("과학기술정보통신부는 28일 정식 서비스를 오는 11월에 시작하겠다고 밝혔다.", "2026-07-28", "2026-11-30"),
    ("국토교통부는 23일 노선 개통을 9월로 맞추겠다고 밝혔다.", "2026-07-28", "2026-09-30"),
    # ... but a day named as the term is one (`시한인 12월 2일`)
    ("예산안은 법정 처리 시한인 12월 2일을 지켜 통과했다.", "2025-12-03", "2025-12-02"),
    # `마무리` is no `무리`: finishing this month, then building within the year
    ("협상을 이달 안에 마무리하고 연내 착공하겠다.", "2025-10-14", "2025-10-31"),
    # BY/WITHIN/FROM beat bare times; context is skipped
    ("10일 발표한 계획에 따르면 2027년까지 구축한다", "2025-03-12", "2027-12-31"),
    ("정부는 2030년까지 GPU 5만장을 확보하고 2027년 상반기 중 센터를 개소할 계획이다.", "2025-03-01", "2030-12-31"),
    ("2024년 말 기준 보유량은 2000장이며 2026년 상반기 1만장을 추가한다", "2025-02-01", "2026-06-30"),
    ("지난해보다 10% 늘린 예산으로 올해 안에 착공한다", "2025-02-01", "2025-12-31"),
    ("정부는 오는 2027년까지 전국에 기지국 3만 곳을 구축한다.", "2025-02-01", "2027-12-31"),
    ("당초 계획대로 2026년까지 완료한다", "2025-02-01", "2026-12-31"),
]


@pytest.mark.parametrize("sentence,said,deadline", PREFERENCES)
def test_governing_deadline(sentence, said, deadline):
    new, old = deadline_for(sentence, D(said))
    assert new is not None and new.date == D(deadline)
    assert old is None


@pytest.mark.parametrize(
    "sentence",
    ["정부가 계획을 발표했다.", "과기정통부는 10일 이런 내용의 계획을 발표했다.", "지난 3분기 실적이 부진했다.", ""],
)
def test_nothing_qualifies(sentence):
    assert deadline_for(sentence, D("2025-03-12")) == (None, None)


# ---------------------------------------------------------------- properties

HANGUL = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)
PIECES = st.sampled_from(
    ["년", "월", "일", "까지", "내", "안에", "이내", "중", "초", "말", "부터", "후", "이후", "전", "상반기",
     "하반기", "분기", "올해", "내년", "지난", "오는", "이달", "다음 달", "연내", "연말", "이르면", "늦어도",
     "약", "향후", "간", "개월", "두 달", "당초", "에서", "으로", "앞당겨", "인", "~", "-", ".", " ", "'",
     "2026", "2030", "12", "31", "0", "13", "99", "9999"]
)
KOREANISH = st.lists(st.one_of(PIECES, HANGUL, st.sampled_from(list("0123456789"))), max_size=30).map("".join)
DCTS = st.one_of(st.none(), st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)))


def _check(text: str, dct: date | None) -> None:
    found = find_time_expressions(text, dct)
    prev_end = 0
    for e in found:
        assert text[e.start:e.end] == e.text
        assert prev_end <= e.start < e.end <= len(text)
        prev_end = e.end
        assert e.mod in {"BY", "WITHIN", "START", "MID", "END", "AFTER", "FROM", "ON", "PAST"}
        assert e.precision in {"day", "month", "quarter", "half", "year", "event", "unknown"}
        assert e.anchor in {"explicit", "dct", "event"}
        for d in (e.date, e.period_start):
            assert d is None or type(d) is date
        if e.precision in ("event", "unknown"):
            assert e.date is None
    new, old = deadline_for(text, dct)
    for e in (new, old):
        assert e is None or e in found


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60), DCTS)
def test_never_raises_on_arbitrary_text(text, dct):
    _check(text, dct)


@settings(max_examples=200, deadline=None)
@given(KOREANISH, DCTS)
def test_never_raises_on_koreanish_text(text, dct):
    _check(text, dct)


def test_extreme_article_dates_do_not_raise():
    for dct in (date(1, 1, 1), date(9999, 12, 31)):
        _check("내년 초 다음 달 2년 내 상반기 오는 3월 지난 9월 이번 주", dct)


def test_every_offset_in_the_seed_slices_its_text():
    text = SEED.read_text(encoding="utf-8")
    for e in find_time_expressions(text, SEED_DCT):
        assert text[e.start:e.end] == e.text
        assert not re.match(r"\s", e.text) and not re.search(r"\s$", e.text)


@pytest.mark.parametrize("sentence", ["장관은 \"GPU 확보, 2030년이면 늦다\"고 말했다.", "내년이면 늦고 2027년이라면 더 늦다"])
def test_a_time_set_as_a_condition_is_no_deadline(sentence):
    assert deadline_for(sentence, D("2025-02-04")) == (None, None)


@pytest.mark.parametrize("sentence", [
    "장관은 \"올해 말이면 국민들이 수도권 하늘에서 UAM을 직접 타 보실 수 있도록 하겠다\"고 말했다.",
    "장관은 \"올해 말이면 서비스를 시작하는 앱을 내놓겠다\"고 말했다.",  # an adnominal -는 is no topic
    "장관은 \"올해 말이면 주민이 직접 고르는 앱 3종을 내놓겠다\"고 말했다.",
])
def test_a_time_a_plan_is_promised_by_is_its_deadline_even_as_a_condition(sentence):
    assert deadline_for(sentence, D("2025-01-21"))[0].date == D("2025-12-31")


@pytest.mark.parametrize("sentence", [
    "2027년이면 늦다는 지적에 정부는 목표 시점을 앞당기기로 했다.",  # the clause it opens ends at 늦다
    "내년이면 임기가 끝나는 장관은 남은 과제를 마무리하겠다고 말했다.",  # another subject's plan
    "내년이면 임기가 다하는 총리는 예산 5조 원을 새로 짜겠다고 말했다.",
])
def test_a_condition_only_dates_the_plan_of_its_own_clause(sentence):
    found = deadline_for(sentence, D("2025-01-21"))[0]
    assert found is None or found.text not in ("2027년", "내년")


@pytest.mark.parametrize("sentence,deadline", [
    # a span counted from today beside a date of the calendar is how long it takes by then
    ("2028년에는 9개월 안에 심사 결과를 받아 볼 수 있게 하는 게 목표다.", "2028-12-31"),
    ("국방부는 무기 획득 기간을 2030년까지 6년 이내로 줄인다.", "2030-12-31"),
    # alone, the span from today is the deadline
    ("2년 내 GPU 3만개 확보", "2026-12-23"),
])
def test_a_counted_span_gives_way_to_a_date_of_the_calendar(sentence, deadline):
    got, _ = deadline_for(sentence, SEED_DCT)
    assert got is not None and got.date == D(deadline)


@pytest.mark.parametrize("sentence,deadline", [
    ("시행령은 이달 중 입법예고를 거쳐 하반기 국무회의에 올린다.", "2025-12-31"),
    ("3월 시범 운영을 마친 뒤 하반기 전국에서 시행한다.", "2025-12-31"),
    ("5월 공청회를 연 다음 9월까지 확정하겠다.", "2025-09-30"),
    # with no step between them, the first date governs as before
    ("3월까지 시범 운영하고, 하반기 전국으로 넓힌다.", "2025-03-31"),
])
def test_a_date_on_the_way_gives_way_to_the_date_of_what_is_promised(sentence, deadline):
    got, _ = deadline_for(sentence, D("2025-02-10"))
    assert got is not None and got.date == D(deadline)


@pytest.mark.parametrize("sentence", [
    # every case done within the span: a length promised, not a date
    "관세청은 수입 신고 물품을 3일 안에 통관 처리하겠다고 밝혔다.",
    "병무청은 신청 후 10일 이내에 결과를 통보하기로 했다.",
    "고용센터는 30일 안에 지급 대상 여부를 알려준다.",  # (the case's word before a noun of it: still each case)
    "국세청은 신청 뒤 5일 안에 환급하기로 했다.",
    "환경부는 고장 신고 뒤 3일 안에 충전기를 수리하겠다고 밝혔다.",  # counted from each case
    # a length stated after 기간 or 평균
    "현재 평균 처리 기간은 7일이다.",
    "출입국청은 체류 허가 심사가 신청 후 14일 안에 끝난다고 밝혔다.",  # (the case ends within it)
    # the standard named as a thing: kept, or hard to keep
    "방통위는 약속한 '7일 이내'를 지켰다.",
    "업계는 7일 이내는 어렵다고 했다.",
])
def test_a_span_within_which_each_case_is_done_is_no_deadline(sentence):
    assert deadline_for(sentence, D("2025-03-10")) == (None, None)


@pytest.mark.parametrize("sentence,deadline", [
    ("정부는 30일 안에 보완 대책을 마련하겠다고 밝혔다.", "2025-04-09"),
    # a case's word that names a thing of it (`심사 기준`) is one-off work, not each case done within the span
    ("원안위는 6개월 안에 소형모듈원자로 인허가 심사 기준 초안을 마련하겠다고 밝혔다.", "2025-09-10"),
    ("법무부는 3개월 안에 처리 절차 개선안을 내놓겠다고 밝혔다.", "2025-06-10"),
])
def test_a_span_to_do_one_thing_in_is_still_a_deadline(sentence, deadline):
    got, _ = deadline_for(sentence, D("2025-03-10"))
    assert got is not None and got.date == D(deadline)


@pytest.mark.parametrize("sentence,deadline", [
    ("학교를 찾아가 올해 초·중·고 학생 100만 명에게 예방 교육을 하겠다.", "2025-12-31"),
    ("올해 초등학생 돌봄 교실을 늘리겠다.", "2025-12-31"),
    ("올해 초 새 지침을 내놓겠다.", "2025-03-31"),
])
def test_school_grades_after_this_year_are_not_its_start(sentence, deadline):
    got, _ = deadline_for(sentence, D("2025-01-10"))
    assert got is not None and got.date == D(deadline)


@pytest.mark.parametrize("sentence,deadline", [
    ("교육부는 2026학년도부터 모든 고등학교에 진로전담교사를 배치하겠다고 밝혔다.", "2027-02-28"),  # March to February
    ("교육부는 2027학년도까지 늘봄학교를 모든 초등학교로 넓힌다.", "2028-02-29"),
    ("교육부는 2026학년도 1학기까지 모든 교실에 공기청정기를 둔다.", "2026-08-31"),  # a term: March to August
])
def test_a_school_year_ends_in_the_february_after(sentence, deadline):
    got, _ = deadline_for(sentence, D("2025-04-22"))
    assert got is not None and got.date == D(deadline)


@pytest.mark.parametrize("sentence", [
    "교육부는 2028학년도 대입 개편 시안을 발표했다.",  # an admission's year is the year of entry
    "2026학년도 수능 응시자는 지난해보다 늘었다.",
    "교육부는 2026학년도 의대 모집인원을 3,058명으로 확정했다.",
])
def test_an_admissions_school_year_is_no_deadline(sentence):
    assert deadline_for(sentence, D("2025-04-22")) == (None, None)


def test_native_day_counts_shortened_are_no_deadline():
    assert deadline_for("처리 기간을 열흘에서 이틀 안으로 줄이겠다.", D("2025-03-10")) == (None, None)


@pytest.mark.parametrize("sentence,deadline", [
    # when a figure was measured is no deadline
    ("삭제 요청 처리 기간은 하반기 평균 2.4일이었다.", None),
    ("햇빛소득마을은 10월 기준 132곳이 만들어졌다.", None),
    # a deadline before an average or a base still is one
    ("공항 보안검색 대기 시간을 연내 평균 20분 이내로 줄인다.", "2026-12-31"),
    ("구급차 현장 도착 2028년까지 평균 7분 이내로", "2028-12-31"),
])
def test_the_time_a_figure_was_measured_is_no_deadline(sentence, deadline):
    got, _ = deadline_for(sentence, D("2026-01-20"))
    assert (str(got.date) if got is not None else None) == deadline


def test_a_day_of_the_month_aimed_at_is_still_a_date():
    got, _ = deadline_for("공단은 오는 30일 목표로 개통을 준비하고 있다.", D("2026-06-10"))
    assert got is not None and got.date == D("2026-06-30")


@pytest.mark.parametrize("sentence, dct, deadline", [
    # a recalled plan told done, and this year's period not begun: last year's
    ("하반기까지 500곳으로 늘리겠다던 구간은 310곳에 그쳤다", "2026-02-10", "2025-12-31"),
    ("하반기에 60명을 늘리기로 했던 인력은 41명 충원에 그쳤다", "2026-03-10", "2025-12-31"),
    ("3분기까지 열겠다던 센터는 결국 문을 열지 못했다", "2026-05-10", "2025-09-30"),
    # this year's under way: this year's
    ("하반기까지 500곳으로 늘리겠다던 구간은 310곳에 그쳤다", "2025-10-10", "2025-12-31"),
    # put off, dropped or not yet done: nothing says the period is over
    ("하반기 중 마무리하겠다던 이전은 공사 지연으로 내년으로 미뤄졌다", "2025-06-10", "2025-12-31"),
    ("하반기 출시하겠다던 개편안은 아직 세부안조차 나오지 않았다", "2025-06-10", "2025-12-31"),
    ("하반기까지 마련하겠다던 개편안은 결국 백지화됐다", "2025-06-10", "2025-12-31"),
    # hearsay of a plan made now
    ("하반기 중 대책을 내놓기로 한 것으로 전해졌다", "2025-06-10", "2025-12-31"),
    # a plan told now: the next one
    ("하반기까지 500곳으로 늘리겠다고 밝혔다", "2026-02-10", "2026-12-31"),
])
def test_a_recalled_period_told_done_before_this_years_begins_is_last_years(sentence, dct, deadline):
    assert find_time_expressions(sentence, D(dct))[0].date == D(deadline)


@pytest.mark.parametrize("sentence, deadline", [
    ("국토교통부는 전세사기 피해 문제를 6개월 안에 해결하겠다고 밝혔다.", "2025-09-10"),  # one-off work in a span
    ("과학기술정보통신부는 끊긴 통신망을 3일 안에 모두 복구하겠다고 밝혔다.", "2025-03-13"),
    ("해양수산부는 6개월 안에 구조조정 방안을 내놓겠다고 밝혔다.", "2025-09-10"),
])
def test_one_off_work_within_a_span_has_a_deadline(sentence, deadline):
    got, _ = deadline_for(sentence, D("2025-03-10"))
    assert got is not None and got.date == D(deadline)


@pytest.mark.parametrize("sentence", [
    "환경부는 급속충전기가 고장 나면 7일 안에 수리하도록 하겠다고 밝혔다.",  # a condition opens each case
    "국세청은 근로장려금을 신청한 날부터 14일 이내 환급하겠다고 밝혔다.",
])
def test_a_span_opened_by_each_case_is_no_deadline(sentence):
    assert deadline_for(sentence, D("2025-06-10")) == (None, None)


@pytest.mark.parametrize("text, due", [
    ("청년미래적금은 전산 점검이 길어져 예정보다 한 달 늦은 7월 출시됐다.", "2026-06-30"),
    ("제재 결론은 석 달 늦은 지난 9월에야 나왔다.", "2026-06-30"),
    ("개통은 당초보다 1년 늦은 2027년으로 밀렸다.", "2026-12-31"),
    ("발표는 예정보다 2주 늦은 3월 15일 나왔다.", "2026-03-01"),
    ("센터는 늦은 밤까지 문을 연다.", None),  # late in the day, not late by so much
    ("약속한 달 늦은 7월에 나왔다.", None),  # `약속한 달`: the month promised, not one month
])
def test_a_date_told_as_so_much_late_gives_the_date_it_was_due(text, due):
    found = due_before_late(text, date(2026, 11, 17))
    assert (str(found[0].date) if found else None) == due


@pytest.mark.parametrize("sentence,deadline", [
    ("환경부는 '2025년 미세먼지 관리 시행계획'을 발표하고 농도를 낮추겠다고 밝혔다", None),
    ("‘2026년 국가 R&D 혁신 방안’을 내놨다", None),
    ("'2026년 GPU 3만 장' 확보가 목표다", "2026-12-31"),  # a quoted goal, not a plan's name
    ("2026년 완공 계획이다", "2026-12-31"),
    ("GTX-C 노선의 '2028년 개통 계획'을 지키겠다", "2028-12-31"),  # a promise quoted, no document's name
])
def test_a_year_that_opens_a_quoted_plans_name_is_no_deadline(sentence, deadline):
    found, _ = deadline_for(sentence, D("2025-02-13"))
    assert (str(found.date) if found else None) == deadline


@pytest.mark.parametrize("sentence,deadline", [
    ("법무부가 지난해 초 약속한 교정시설 두 곳 가운데 한 곳만 첫 삽을 떴다", None),
    ("교육부가 지난 3월 약속한 교원 증원은 절반에 그쳤다", None),
    ("지난해 말까지 짓겠다고 약속한 시설은 아직 착공하지 못했다", "2025-12-31"),  # the date promised
])
def test_the_time_a_promise_was_made_is_no_deadline(sentence, deadline):
    found, _ = deadline_for(sentence, D("2026-11-26"))
    assert (str(found.date) if found else None) == deadline


@pytest.mark.parametrize("sentence,said,new,old", [
    ("개통을 지난해 12월에서 올해 9월로 미뤘다", "2026-06-16", "2026-09-30", "2025-12-31"),
    ("시행이 지난해 연말에서 올해 7월로 미뤄졌다", "2026-03-10", "2026-07-31", "2025-12-31"),
])
def test_a_date_moved_from_a_past_time_straight_to_the_next_names_both(sentence, said, new, old):
    found, previous = deadline_for(sentence, D(said))
    assert (str(found.date), str(previous.date)) == (new, old)


@pytest.mark.parametrize("sentence", [
    "문체부는 학원이 문을 닫기 30일 전까지 수강생에게 알리도록 하겠다고 밝혔다.",
    "정부는 요금 인상 시행 7일 전에 공고하겠다고 밝혔다.",
    "폐업 30일 전 회원 통지 의무화를 추진한다.",
])
def test_a_lead_time_before_an_event_is_no_date(sentence):
    assert deadline_for(sentence, D("2025-03-10")) == (None, None)


def test_days_ago_with_an_adverb_before_them_are_still_a_day_gone_by():
    [expression] = find_time_expressions("불과 7일 전에 발표한 계획이다.", D("2025-03-10"))
    assert (expression.date, expression.mod) == (D("2025-03-03"), "PAST")


@pytest.mark.parametrize("sentence,due", [
    ("국토교통부는 2년 안에 GTX-A 공사를 마치겠다고 밝혔다.", "2027-03-10"),  # one-off work in a span: a deadline
    ("환경부 2년 전 약속한 일회용컵 보증금제 무산", None),  # a body before the span, a headline's: days gone by
])
def test_a_span_before_a_body_or_one_off_work_is_read_as_before(sentence, due):
    got, previous = deadline_for(sentence, D("2025-03-10"))
    assert (got.date.isoformat() if got and got.mod != "PAST" else None) == due


def test_a_recalled_promise_kept_on_track_is_not_read_as_late():
    got, _ = deadline_for("금융위원회가 상반기까지 내놓겠다고 한 방안은 차질 없이 준비 중이다.", D("2025-08-26"))
    assert got.date == D("2026-06-30")


@pytest.mark.parametrize("text, said, new, old", [
    ("상용화 시점 2030년→2028년 단축", date(2025, 6, 11), date(2028, 12, 31), date(2030, 12, 31)),
    ("제출 시기 상반기 → 1분기로 앞당김", date(2026, 2, 25), date(2026, 3, 31), date(2026, 6, 30)),
    # a chain of moves: the last one is where it stands
    ("가동 또 미뤄져…'상반기→7월→11월'", date(2026, 7, 28), date(2026, 11, 30), date(2026, 7, 31)),
])
def test_a_date_moved_across_an_arrow_gives_the_new_deadline_and_the_old(text, said, new, old):
    deadline, previous = deadline_for(text, said)
    assert (deadline.date, previous.date) == (new, old)


@pytest.mark.parametrize("text", [
    "정부는 로드맵에 따라 2026년→2028년→2030년 3단계로 제도를 도입한다",  # a roadmap's stages
    "접수는 7월→9월 두 달간 받는다",  # a span
])
def test_dates_across_an_arrow_with_no_word_of_a_change_are_no_move(text):
    assert deadline_for(text, date(2025, 6, 1))[1] is None
