"""Korean numerals and counters read from Kiwi's tokens (etl/quantities.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from etl.deadlines import find_time_expressions
from etl.quantities import Quantity, find_quantities, quantities_in, same_unit_family

SEED = Path("/work/shared/seeds/000_b0f070cd7e78df0e.txt")


def only(text: str) -> Quantity:
    found = quantities_in(text)
    assert len(found) == 1, found
    return found[0]


# phrase, value, unit, text of the quantity, extra expected fields
FOUND = [
    ("GPU 3만개를 확보한다", 30_000, "개", "3만개", {}),
    ("전국 650개교에서 공사를 한다", 650, "개교", "650개교", {}),  # (Kiwi: 개/NNB 교/NNG)
    ("5개 교육청에 보낸다", 5, "개", "5개", {}),  # (a space: 개 counts the 교육청)
    ("글로벌 기업들은 10만장씩", 100_000, "장", "10만장", {}),
    ("1조4600억원을 투입한다", 1.46e12, "원", "1조4600억원", {}),
    ("1조 4600억원", 1.46e12, "원", "1조 4600억원", {}),
    ("5만2000장", 52_000, "장", "5만2000장", {}),
    ("3만 3000명", 33_000, "명", "3만 3000명", {}),
    ("2억 5천만 원", 2.5e8, "원", "2억 5천만 원", {}),
    ("1,460억원", 1.46e11, "원", "1,460억원", {}),
    ("12조2000억원", 1.22e13, "원", "12조2000억원", {}),
    ("15.5조원", 1.55e13, "원", "15.5조원", {}),
    ("삼천억원", 3e11, "원", "삼천억원", {}),
    ("약 4000장", 4000, "장", "4000장", {"approximate": True}),
    ("대략 500명", 500, "명", "500명", {"approximate": True}),
    ("10여개", 10, "개", "10여개", {"approximate": True}),
    ("1만여 명", 10_000, "명", "1만여 명", {"approximate": True}),
    ("20% 가량", 20, "%", "20%", {"approximate": True}),
    ("로봇 장기 임대는 1,000대 목표", 1000, "대", "1,000대", {}),  # 대/NNG before the target word
    ("원전 수출은 2035년까지 10기 목표", 10, "기", "10기", {}),
    ("3,000명 정도", 3000, "명", "3,000명", {"approximate": True}),
    ("100명쯤", 100, "명", "100명", {"approximate": True}),
    ("10% 안팎", 10, "%", "10%", {"approximate": True}),
    ("40만 원대", 400_000, "원", "40만 원", {"approximate": True}),
    ("2만~3만장", 30_000, "장", "2만~3만장", {"low": 20_000}),
    ("2~3만장", 30_000, "장", "2~3만장", {"low": 20_000}),
    ("20~30%", 30, "%", "20~30%", {"low": 20}),
    ("약 2만~3만 장", 30_000, "장", "2만~3만 장", {"low": 20_000, "approximate": True}),
    ("3.5%", 3.5, "%", "3.5%", {}),
    ("50%", 50, "%", "50%", {}),
    ("2%p", 2, "%p", "2%p", {}),
    ("0.5%포인트", 0.5, "%p", "0.5%포인트", {}),
    ("GPU 8,496장을 확보했다", 8496, "장", "8,496장", {}),
    ("8,496장", 8496, "장", "8,496장", {}),  # Kiwi tags this 장 NNG when alone
    ("614PF 규모", 614, "PF", "614PF", {}),
    ("3GW", 3, "GW", "3GW", {}),
    ("20GB", 20, "GB", "20GB", {}),
    ("1GWh", 1, "GWh", "1GWh", {}),
    ("100㎿", 100, "MW", "100㎿", {}),
    ("100억 달러", 1e10, "달러", "100억 달러", {}),
    ("원전 10기를 건설", 10, "기", "10기", {}),
    ("GPU 1000대 도입", 1000, "대", "1000대", {}),
    ("순찰차 20대가 새로 배치됐다", 20, "대", "20대", {}),  # a round decade after the counted noun: a count
    ("감지기는 모두 40대가 배치됐다", 40, "대", "40대", {}),  # (the counted noun a word further back)
    ("순찰차 등 20대가 새로 배치됐다", 20, "대", "20대", {}),
    # after a date or a topic, not a noun: the deed after the count says it counts machines
    ("카메라 하반기까지 100대 설치", 100, "대", "100대", {}),
    ("맞춤형 TV는 8,400대 보급", 8400, "대", "8,400대", {}),
    ("자동차 100만대", 1_000_000, "대", "100만대", {}),
    ("5만 장 이상", 50_000, "장", "5만 장", {"at_least": True}),
    ("최소 3000명", 3000, "명", "3000명", {"at_least": True}),
    ("20% 넘게", 20, "%", "20%", {"at_least": True}),
    ("3배 이상", 3, "배", "3배", {"at_least": True}),
    ("₩5000", 5000, "원", "₩5000", {}),
    ("$100", 100, "달러", "$100", {}),
    ("30만 가구를 공급", 300_000, "가구", "30만 가구", {}),
    ("3곳을 지정", 3, "곳", "3곳", {}),
    ("두 명", 2, "명", "두 명", {}),
    ("열두 개", 12, "개", "열두 개", {}),
    ("노선 열다섯 개를 개통", 15, "개", "열다섯 개", {}),  # (Kiwi: 열/NR 다섯/NR)
    ("스물다섯 명", 25, "명", "스물다섯 명", {}),
    ("2시간 30분으로 줄이겠다", 2.5, "시간", "2시간 30분", {}),  # hours and minutes, one duration
    ("서너 개", 4, "개", "서너 개", {"low": 3, "approximate": True}),
    ("GPU 3만 확보", 30_000, "", "3만", {}),  # a magnitude without a counter keeps an empty unit
    # ... but one of 억 or more is won: nothing else is counted in 억 without its counter
    ("회수펀드 700억 축소", 700e8, "원", "700억", {}),
    ("필수의약품 다섯 품목을 골라", 5, "품목", "다섯 품목", {}),
    ("저가 의약품 150개 품목의 약값", 150, "개", "150개", {}),
    ("예산 1조 2천억 증액", 1.2e12, "원", "1조 2천억", {}),
    ("명단 공개 기준 1억 5,000만으로", 1.5e8, "원", "1억 5,000만", {}),
    # a counting noun after a generic 개 names the unit (`N개 팀` counts teams)
    ("5개 팀을 선정", 5, "팀", "5개 팀", {}),
    ("63개 과로 꾸려졌다", 63, "과", "63개 과", {}),
    ("3팀이 참가했다", 3, "팀", "3팀", {}),
    ("무선국 1만 국 이상", 10_000, "국", "1만 국", {"at_least": True}),
    ("10개 기관을 지정", 10, "개", "10개", {}),  # 기관 is a noun, not a counter: 개 stays
    # 호 counts dwellings in thousands, and is an ordinal below (1호 공약, 법률 제1234호)
    ("공공주택 5만 호 착공", 50_000, "호", "5만 호", {}),
    ("매입임대 3만 5,000호를 약정", 35_000, "호", "3만 5,000호", {}),
    ("피해주택은 1,180호다", 1180, "호", "1,180호", {}),
    # a stock measured in the time it lasts (`N일분`, `N개월 치`) is an amount, not a date
    ("원유 비축량을 60일분까지 늘린다", 60, "일", "60일분", {}),
    ("3개월치 재고를 확보", 3, "개월", "3개월치", {}),
    ("석 달 치 물량을 쌓아 둔다", 3, "개월", "석 달 치", {}),  # in 개월, like 3개월 치
    # a length something is shortened to is the target (`5일로 단축`), not the 5th of a month
    ("발급 기간을 5일로 단축한다", 5, "일", "5일", {}),
    ("대기 시간을 48시간 이내로 줄인다", 48, "시간", "48시간", {}),
    ("검색 대기를 평균 20분 이내로 줄인다", 20, "분", "20분", {}),
    ("지진 조기경보를 3초 이내로 줄인다", 3, "초", "3초", {}),
    ("조기경보 발표를 3초 이내로 앞당긴다", 3, "초", "3초", {}),  # brought within it
    # rooms and beds, which Kiwi reads as common nouns after a number
    ("기숙사 5,000실을 짓는다", 5000, "실", "5,000실", {}),
    ("공공 병상 1,200병상을 늘린다", 1200, "병상", "1,200병상", {}),
    # a portion for so many (`-분`), not a span of minutes
    ("임시 수용동 1,200명분을 짓는다", 1200, "명", "1,200명", {}),
    ("임대주택 1,000가구분 예산", 1000, "가구", "1,000가구", {}),
    # a concentration, as news writes it
    ("초미세먼지 농도를 15㎍/㎥로 낮춘다", 15, "㎍/㎥", "15㎍/㎥", {}),
]


def test_a_bare_figure_before_an_arrow_takes_the_unit_of_the_figure_it_leads_to():
    assert [(q.value, q.unit) for q in quantities_in("지원금 500만→300만 원으로 낮춘다")] == [(5e6, "원"), (3e6, "원")]
    assert [(q.value, q.unit) for q in quantities_in("정원 10만 → 12만 명")] == [(1e5, "명"), (1.2e5, "명")]
    # a figure with its own unit keeps it; a bare one after the arrow is not given the first's
    assert [(q.value, q.unit) for q in quantities_in("500만 가구 → 300만")] == [(5e6, "가구"), (3e6, "")]


@pytest.mark.parametrize("phrase,value,unit,text,extra", FOUND, ids=[r[0] for r in FOUND])
def test_quantity_is_read(phrase, value, unit, text, extra):
    q = only(phrase)
    assert q.value == pytest.approx(value)
    assert q.unit == unit
    assert q.text == text
    assert phrase[q.start:q.end] == q.text
    assert q.approximate is extra.get("approximate", False)
    assert q.at_least is extra.get("at_least", False)
    assert q.vague is False
    if "low" in extra:
        assert q.low == pytest.approx(extra["low"])
    else:
        assert q.low is None


VAGUE = [
    ("수천억원", "원", 1e11),
    ("수십억 원", "원", 1e9),
    ("수 천억 원", "원", 1e11),
    ("수만 장", "장", 1e4),
    ("몇 개", "개", None),
]


@pytest.mark.parametrize("phrase,unit,low", VAGUE)
def test_vague_numbers_have_no_value(phrase, unit, low):
    q = only(phrase)
    assert q.vague and q.value is None
    assert q.unit == unit
    assert q.low == (pytest.approx(low) if low is not None else None)


NOT_QUANTITIES = [
    "2026년",
    "출시일을 20일에서 15일로 앞당긴다",  # days of the month, moved forward
    "지원금 지급을 이달 25일 안으로 앞당긴다",
    "10초 동안 흔들렸다",
    "9월",
    "23일",
    "6개월",
    "2년",
    "24년이 지난 지금도",
    "3분기",
    "1차관",
    "1차",
    "4대 과학기술원",  # 대/NNG: "the four major"
    "국내 100대 기업",  # 대/NNG after a noun: a ranking
    "탄소중립을 위한 3대 목표",  # three major goals
    "세계 3대 강국",
    "제4이통사 유치",
    "제22대 국회",
    "22대 국회",
    "20대 청년",
    "사회초년생 등 20대의 잠복결핵 검진",  # an age band before a particle, no counted noun before it
    "신청자는 30대가 가장 많았다",
    "3기 신도시",
    "2000년 법제화",
    "3개년 계획",
    "10년 만에",
    "3번째",
    "1위",
    "5일간",
    "4~5단계",
    "TRL 1~9단계",
    "12·3 비상계엄",
    "010-1234-5678",
    "2024-12-23 16:38",
    "5G",
    "6G 상용화",
    "3D 프린팅",
    "G7",
    "오후 3시",
    "한 달",
    "세종 아00000",  # 세/MM + 종: a place name, not "three kinds"
    "슈퍼컴퓨터 6호기",  # the sixth unit
    "차세대 발사체 1단 엔진",  # a rocket's first stage
    "지하철 9호선",
    "1호 공약",
    "법률 제1234호",
    "/ads/rect_5g_route",
    "출범 78일 만에",
    "5일 오전 10시 30분에 발표",  # 분 the minute, apart from its day
    "10일 분량",
    "회의를 5일로 연기했다",
    "마감을 12월 5일로 줄였다",
    "일회용 컵을 금지한다",  # disposable, not one time
    "일회성 행사",
    "1회용품 사용 규제",
    "환경부는 2월 13일 '시행계획'을 발표했다",  # a day, then an opening quote
]


@pytest.mark.parametrize("phrase", NOT_QUANTITIES)
def test_dates_durations_ordinals_are_not_quantities(phrase):
    assert quantities_in(phrase) == []


@pytest.mark.parametrize("phrase,kept", [
    ("한 명의 국민도 남겨 두지 않겠다", []),
    ("단 한 건의 사고도 없도록 하겠다", []),
    ("안전 기준에서는 한 치도 물러서지 않겠다", []),
    ("연내 1명의 전담 인력을 둔다", [(1, "명")]),  # one without `도` is a figure
    ("상담사 2명과 변호사 1명도 배치한다", [(2, "명"), (1, "명")]),  # `도`, "also": one more
])
def test_not_even_one_is_no_figure(phrase, kept):
    assert [(q.value, q.unit) for q in quantities_in(phrase)] == kept


def test_model_names_are_not_counted():
    assert [(q.value, q.unit) for q in quantities_in("H200 2296장과 B200 2040장")] == [
        (2296, "장"),
        (2040, "장"),
    ]


def test_a_counter_before_a_qualifier_is_still_a_counter():
    q = only("2029년까지 연간 1000대 이상 양산")
    assert (q.value, q.unit, q.at_least) == (1000, "대", True)


def test_the_currency_pair_is_two_quantities():
    found = quantities_in("100억 달러(약 14조원)")
    assert [(q.value, q.unit, q.approximate) for q in found] == [
        (1e10, "달러", False),
        (1.4e13, "원", True),
    ]


def test_seed_article_quantities():
    text = SEED.read_text(encoding="utf-8")
    found = quantities_in(text)
    assert [(q.value, q.unit) for q in found] == [
        (30_000, "개"),  # title: 2년 내 GPU 3만개 확보
        (30_000, "장"),  # 2030년으로 계획한 … GPU 3만장
        (30_000, "개"),  # 2026년까지 3만개를
        (100_000, "장"),  # 글로벌 기업들은 10만장, 20만장씩
        (200_000, "장"),
    ]
    for q in found:
        assert text[q.start:q.end] == q.text
    # none of 4대 과학기술원, 2000년, 24년, 4~5단계, TRL 1~9단계, 7일간, the dateline
    assert all(q.unit for q in found)


def test_offsets_are_global_with_sentence_tokens():
    from etl.quantities import _kiwi

    text = "첫 문장이다. 정부는 GPU 3만장을 확보한다. 서버 300대를 도입한다."
    found = []
    for sent in _kiwi().split_into_sents(text, return_tokens=True):
        found += find_quantities(sent.tokens, text)
    assert [(q.text, text[q.start:q.end]) for q in found] == [("3만장", "3만장"), ("300대", "300대")]


SAME = [
    ("장", "개", True),  # GPU 3만장 == GPU 3만개
    ("개교", "개", True),  # 650개교 == 650개 학교
    ("개", "대", True),
    ("기", "장", True),
    ("원", "억원", True),
    ("조원", "원", True),
    ("₩", "원", True),
    ("달러", "USD", True),
    ("$", "억달러", True),
    ("MW", "GW", True),
    ("TB", "GB", True),
    ("PF", "EF", True),
    ("명", "만명", True),
    ("가구", "세대", True),
    ("%", "%", True),
    ("원", "달러", False),
    ("장", "명", False),
    ("%", "%p", False),
    ("GW", "GWh", False),
    ("곳", "개", False),
    ("품목", "개", True),  # `다섯 품목` == `5개`
]


@pytest.mark.parametrize("a,b,same", SAME)
def test_same_unit_family(a, b, same):
    assert same_unit_family(a, b) is same
    assert same_unit_family(b, a) is same


def test_no_tokens_or_foreign_tokens():
    assert find_quantities([], "3만장") == []
    assert find_quantities([object(), None, 3], "3만장") == []
    assert quantities_in("") == []


# ---------------------------------------------------------------- properties

HANGUL = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)
KOREANISH = st.text(
    alphabet=st.one_of(
        HANGUL,
        st.sampled_from(list("0123456789 ,.~-%·년월일까지내장개대기만억조원여약이상수천백십제₩$")),
    ),
    max_size=40,
)


def _check(text: str) -> None:
    from etl.quantities import _kiwi

    tokens = _kiwi().tokenize(text)
    for q in find_quantities(tokens, text):
        assert text[q.start:q.end] == q.text
        assert 0 <= q.start < q.end <= len(text)
        assert isinstance(q.unit, str)
        assert (q.value is None) == q.vague
        if q.value is not None:
            assert q.value == q.value  # not NaN
        if q.low is not None and q.value is not None:
            assert q.low <= q.value


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_never_raises_on_arbitrary_text(text):
    _check(text)


@settings(max_examples=200, deadline=None)
@given(KOREANISH)
def test_never_raises_on_koreanish_text(text):
    _check(text)



@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.sampled_from(["일", "시간", "개월", "년", "분"]),
       st.sampled_from(["{to} 단축한다", "{to} 줄이겠다", " 이내로 줄인다"]))
def test_a_length_shortened_to_is_its_amount_and_no_time(n, unit, shortened):
    to = "으로" if unit in ("시간", "년") else "로"  # after a closing ㄴ, 으로
    sentence = f"처리 기간을 {n:,}{unit}{shortened.format(to=to)}"
    assert [(q.value, q.unit) for q in quantities_in(sentence)] == [(n, unit)]
    assert find_time_expressions(sentence, date(2025, 6, 1)) == []


@pytest.mark.parametrize("text,lead", [
    ("학원이 문을 닫기 30일 전까지 수강생에게 알리도록 한다", (30, "일")),
    ("요금 인상 시행 7일 전에 공고한다", (7, "일")),
    ("완료 보고: 사업 종료 15일 전", None),  # a schedule's field: no deed follows
    ("불과 7일 전에 발표한 계획이다", None),  # days gone by
])
def test_a_lead_time_before_an_event_is_its_length(text, lead):
    assert [(q.value, q.unit) for q in quantities_in(text)] == ([lead] if lead else [])


@pytest.mark.parametrize("text,halved", [
    ("2027년까지 불법 광고 문자를 절반으로 줄이겠다", True),
    ("산재 사망자를 임기 안에 절반으로 낮춘다", True),
    ("연간 임대료를 절반 감면한다", False),  # an amount off, not a target
    ("실적은 목표의 절반에 그쳤다", False),  # a share of another figure
    ("임금체불 2027년까지 절반으로", True),  # a headline's point, its verb left out
    ("임금체불 절반으로 쪼개 지급", False),
    ("허가 심사 기간을 2026년까지 절반으로 단축한다", True),
])
def test_halving_is_a_target_of_fifty_percent(text, halved):
    assert ((50.0, "%") in [(q.value, q.unit) for q in quantities_in(text)]) is halved


@pytest.mark.parametrize("text,value,unit", [
    ("여권을 5일 안에 발급하겠다", 5, "일"),
    ("신청 후 2개월 안에 심사 결과를 통보한다", 2, "개월"),
    ("평균 처리 기간은 7일이다", 7, "일"),
    ("신고 뒤 48시간 안에 현지에 도착하겠다", 48, "시간"),
    ("신속대응팀의 평균 도착 시간은 59시간이었다", 59, "시간"),
])
def test_a_length_promised_or_measured_is_a_quantity(text, value, unit):
    assert [(q.value, q.unit) for q in quantities_in(text)] == [(value, unit)]


def test_a_length_ending_a_dated_headline_point_is_a_quantity():
    assert (12, "개월") in [(q.value, q.unit) for q in quantities_in("연내 14개월로…2027년엔 12개월")]


@pytest.mark.parametrize("text,lengths", [
    ("삭제 요청 처리 기간을 이틀 안으로 줄이겠다", [(2, "일")]),
    ("심사 기간을 사흘에서 하루로 줄였다", [(3, "일"), (1, "일")]),
    ("신고 보상금을 보름 안에 지급한다", [(15, "일")]),
    ("발급 기간을 여섯 달에서 석 달로 단축한다", [(6, "개월"), (3, "개월")]),
    # not shortened, nor every case done within: a rate, an interval
    ("하루 평균 3만 명이 이용한다", [(30000, "명")]),
    ("두 달 만에 문을 열었다", []),
])
def test_lengths_counted_in_native_words(text, lengths):
    assert [(q.value, q.unit) for q in quantities_in(text)] == lengths


def test_one_said_twice_is_no_figure():
    assert [q.text for q in quantities_in("학생 한 명 한 명이 말이 통하도록 챙기겠다.")] == []
    assert [q.text for q in quantities_in("센터 한 곳을 연다.")] == ["한 곳"]


@pytest.mark.parametrize("text", ["5G 28㎓ 대역 신규 사업자를 다시 뽑는다", "3.5GHz 대역 주파수를 경매한다"])
def test_a_frequency_band_is_named_by_its_figure_not_measured(text):
    assert [q for q in quantities_in(text) if q.unit in ("GHz", "MHz")] == []
