"""Cue scope, targets and actors of etl/extract.py, one Korean rule per table.

Each case is a small article (a headline and a body) run through the real Kiwi analysis and
`mentions_in`; the tables hold varied sentences, none taken from the sample corpus.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from etl import extract
from etl.model import Article
from etl.nlp import analyse, segments
from etl.reference import load_reference

REFERENCE = load_reference()


def mentions(body: str, title: str = "정책 브리핑", date: str = "2025-06-10"):
    article = Article(title=title, body=body, source_path="test.txt", source_format="text",
                      published_at=datetime.fromisoformat(date))
    [sentences] = analyse([article])
    return extract.mentions_in(article, sentences, REFERENCE)


def mention_of(body: str, fragment: str, **kwargs):
    found = [m for m in mentions(body, **kwargs) if fragment in m.sentence]
    return found[0] if found else None


def in_a_review(body: str):
    """The mention of `body` read as the second paragraph of a ministry's progress review."""
    return mention_of("국토교통부는 10일 추진 상황을 점검했다.\n\n" + body, body[:10], date="2026-02-10")


def standing(mention):
    """The mention unless it is a measured figure, which stands only when linking finds the promise
    it measures (etl.link), as most statistics do not."""
    return None if mention is None or mention.strength == "measured" else mention


def sentence_cues(text: str):
    [sentences] = analyse([Article(title="", body=text, source_path="t", source_format="text")])
    return [c for s in sentences for c in extract._cues(s.tokens)]


# --- targets: the number's role in its clause ------------------------------------------------

TARGETS = [
    # the counted noun after a generic 개 is the unit
    ("정부는 내년 6월 평가를 거쳐 5개 팀 가운데 3개 팀을 최종 후보로 올린다.", 3, "팀"),
    # a denied number gives way to the one that stands
    ("교육부는 당초 계획한 10개 대학이 아닌 7개 대학을 올해 안에 선정하기로 했다.", 7, "개"),
    # the complement of 되다 is the result; the parts added up are not
    ("올해 들여오는 2000대와 내년 물량 3000대를 더하면 정부가 보유하는 서버는 2028년까지 5000대가 된다.", 5000, "대"),
    # a recipient marked by 에 is not what is given
    ("과기정통부는 연내 300억원을 20개 기관에 나눠 지원할 계획이다.", 300e8, "원"),
    # a condition (-면, -ㄹ 때) is not the target
    ("국토부는 연말까지 공공주택 5만 가구를 착공하고, 민간이 1만 가구 이상을 지으면 세제 혜택을 주기로 했다.", 50_000, "가구"),
    # the number right after the deadline is that deadline's object
    ("해수부는 2027년까지 항만 3곳, 2030년까지 8곳을 스마트항만으로 바꾸는 것을 목표로 한다.", 3, "곳"),
    # the number a sentence states as its predicate beats a modifier's object
    ("기업들이 공급하기로 한 전기차 충전기 10만 기를 설치하기 위한 협의체로, 이 가운데 정부 몫은 2만 기다.", 20_000, "기"),
    # a rank set as a goal
    ("산업부는 2030년까지 세계 3위권 진입을 목표로 내걸었다.", 3, "위"),
    # a length brought into a range (`…시간대로`)
    ("고용노동부는 연간 노동시간을 2030년까지 1,700시간대로 줄이겠다고 밝혔다.", 1700, "시간"),
    # a difference before the level it describes (`5%p 높은 15%`) is not the target
    ("기후부는 올해 무공해차 비중을 지난해보다 5%p 높은 15%까지 끌어올릴 계획이다.", 15, "%"),
    ("고용부는 올해 지원 인원을 지난해보다 2만 명 많은 12만 명으로 늘리기로 했다.", 120_000, "명"),
    ("기후부는 올해 무공해차 비중을 5%p 높일 계획이다.", 5, "%p"),
    # (a difference before no figure of its own is the target still)
    ("국토부는 공공임대 공급을 지난해보다 5만 호 많은 수준으로 늘리고 이 가운데 3만 호는 수도권에 짓는다.", 50_000, "호"),
]


@pytest.mark.parametrize("body,value,unit", TARGETS, ids=[t[0][:18] for t in TARGETS])
def test_target_is_the_number_the_clause_commits_to(body, value, unit):
    m = mention_of(body, body[:10])
    assert m is not None
    assert m.target_value == pytest.approx(value)
    assert m.target_unit == unit


NO_TARGET = [
    # parts listed side by side make no single target
    ("복지부는 이달 중 수도권 약 300곳, 비수도권 약 200곳 규모의 추가 공모에 나선다.", "추가 공모"),
    # the subject of a relative clause is another actor's number
    ("금융위는 앞서 시중은행 5곳이 처음으로 합의한 수수료 결과를 3월 안에 처리하겠다고 밝혔다.", "수수료"),
    # what a body is made of is not a goal
    ("새 위원회는 내년 1월 출범할 예정이며, 위원 9명으로 구성된다.", "위원회"),
]


@pytest.mark.parametrize("body,fragment", NO_TARGET, ids=[t[1] for t in NO_TARGET])
def test_context_numbers_are_no_target(body, fragment):
    m = mention_of(body, fragment)
    assert m is None or m.target_value is None


# --- cues ------------------------------------------------------------------------------------

CUE_LABELS = [
    ("산업 현장의 로봇 도입률을 2030년까지 40%로 높이는 것이 목표다.", "목표", "planned"),
    ("새 청사 착공은 내년 상반기로 예정됐다.", "예정", "decided"),
    # the target named well before the figure it is moved to
    ("해양수산부는 올해 목표로 잡았던 수산물 수출액 35억 달러를 지난달 31억 5,000만 달러로 낮췄다.", "낮추", "revision"),
    ("사업자 선정 작업은 석 달째 지연되고 있다.", "지연", "delayed"),
    ("공단은 두 차례 입찰에서 모두 사업자를 찾지 못했다.", "못", "delayed"),  # 못/MAG 하/XSV
    ("시는 약속한 기한까지 설계를 끝내지 못했다.", "못", "delayed"),
    ("협상 결과가 나왔지만 아직 요금은 정해지지 않았다.", "않", "delayed"),
    ("개편으로 기존 인증 방식은 더 이상 쓰지 않게 됐다.", "않", "cancelled"),
    ("정부 주도 신도시 추가 지정 사실상 폐기…민간 제안 받기로", "폐기", "cancelled"),
    ("지방 공항 신설 계획도 불투명해졌다.", "불투명", "delayed"),
    ("국토부는 요금 개편을 지난달 마쳤다.", "마치", "achieved"),
    # a count set against the promised figure
    ("시는 올해 자전거 보관소 640곳을 설치해 연초 세운 목표(600곳)를 넘어섰다.", "넘어서", "achieved"),
    ("도서관 신축은 연간 목표였던 30곳을 채운 것으로 집계됐다.", "채우", "achieved"),
    ("지금까지 보급된 수소버스는 1,100대로, 내년까지 5,000대를 보급하겠다던 목표에 한참 못 미친다.", "미치", "delayed"),
    ("상반기 채용 인원은 계획을 크게 밑돌았다.", "밑돌", "delayed"),
]


def test_a_count_without_the_target_named_is_no_cue():
    assert not [c for c in sentence_cues("일도, 구직도 하지 않는 청년은 40만 명을 웃돈다.") if c.word == "웃돌"]
    assert not [c for c in sentence_cues("고도화 단계는 20%에 못 미친다.") if c.word == "미치"]


def test_a_plan_that_ran_aground_is_cancelled():
    body = "국토교통부가 연내 착공하겠다던 물류센터 사업은 사업자를 찾지 못해 결국 좌초됐다."
    assert mention_of(body, "좌초", date="2026-04-15").kind == "cancelled"


def test_a_plan_folded_in_the_passive_is_cancelled():
    body = "국토교통부가 올해까지 마치겠다던 지하 공동 조사 계획은 예산이 깎이면서 사실상 접혔다."
    assert mention_of(body, "접혔다", date="2026-04-15").kind == "cancelled"


def test_a_change_gone_back_on_is_cancelled():
    body = "해양수산부가 올해부터 석 달로 늘리기로 했던 오징어 금어기는 두 달로 되돌아갔다."
    assert mention_of(body, "되돌아갔다", date="2026-07-08").kind == "cancelled"
    refund = "보조금 부정수급액 가운데 실제로 되돌려 받은 돈의 비율은 48%에 그쳤다."
    assert mention_of(refund, "되돌려", date="2026-07-08") is None or mention_of(refund, "되돌려").kind != "cancelled"


def test_a_promise_not_kept_in_the_passive_is_a_delay():
    body = "보건복지부가 연내 모든 읍·면에 공공 산후조리원을 두겠다던 약속은 지켜지지 않았다."
    assert mention_of(body, "지켜지지", date="2026-02-10").kind == "delayed"


COURSE_CHANGES = [
    ("국토교통부는 공영 주차장을 현재 40곳에서 2027년까지 60곳으로 늘리기로 했다.", "new"),  # a promise
    ("국토교통부는 공영 주차장 목표를 당초 60곳에서 80곳으로 늘리기로 했다.", "revision"),  # of a figure
    ("국토교통부는 주차장 완공 시점을 2028년 말로 1년 늦추기로 했다.", "delayed"),  # decided: done
    ("국토교통부는 주차장 100곳 신설 계획을 접는다.", "cancelled"),
]


@pytest.mark.parametrize("body,kind", COURSE_CHANGES, ids=[c[0][7:24] for c in COURSE_CHANGES])
def test_a_change_of_course_is_read_as_decided(body, kind):
    assert mentions(body)[0].kind == kind


def test_passing_the_target_in_the_present_is_a_forecast():
    [cue] = [c for c in sentence_cues("정부 물량만으로도 올해 목표로 잡았던 8천 대를 넘어선다.") if c.word == "넘어서"]
    assert not cue.realised


@pytest.mark.parametrize("text,word,label", CUE_LABELS, ids=[c[0][:16] for c in CUE_LABELS])
def test_cue_is_read_with_its_label(text, word, label):
    cues = [(c.word, c.label) for c in sentence_cues(text) if not c.hypothetical]
    assert (word, label) in cues
    live = [c for c in sentence_cues(text) if c.word == word][0]
    if label in ("delayed", "cancelled", "achieved"):
        assert live.realised


NOT_EVENTS = [
    ("단통법 폐지 이후 시장 상황에 대한 의견을 들었다.", "폐지"),  # a time named by the event
    ("지난 3월 출범 당시 200곳이던 회원사는 350곳으로 늘었다.", "출범"),
    ("폐지안은 본회의에서 가결됐다.", "폐지"),  # 폐지안: a bill, not the abolition
    ("배분 물량은 학계 300장, 산업계 200장이다.", "배분"),  # modifies the next noun
    ("장관은 \"제도 폐지 목적인 요금 인하 효과를 기대하고 있다\"고 말했다.", "폐지"),  # …, a copula's noun
    ("아직 착공 단계인 현장이 40곳이다.", "착공"),
    ("이번 공모에는 120개 기업이 신청했다.", "공모"),  # another verb's argument
    ("시장 도전자가 선구매할 때 20%를 할인한다.", "구매"),  # a condition
]


@pytest.mark.parametrize("text,word", NOT_EVENTS, ids=[n[0][:14] for n in NOT_EVENTS])
def test_event_nouns_that_are_not_the_event_are_no_cue(text, word):
    assert not [c for c in sentence_cues(text) if c.word == word and not c.hypothetical]


def test_a_decision_that_only_describes_a_noun_is_no_cue():
    assert not [c for c in sentence_cues("지원 대상자로 결정된 사람은 지난달 말까지 3만 명이다.") if c.word == "결정"]
    assert [c for c in sentence_cues("정부가 확정한 계획은 내년 시행된다.") if c.word == "확정"]


def test_a_plan_under_review_is_no_commitment():
    body = "정부는 예산을 수도권 60%, 지방 40%로 나누는 방안을 검토하고 있다."
    assert mention_of(body, "방안") is None


OUTSIDERS = [
    "삼성전자가 내년까지 평택 공장에 반도체 설비 500대를 들여온다.",
    "미국은 다음 달부터 한국산 철강에 25%의 관세를 매긴다.",
    "현대차는 2030년까지 전기차 200만 대를 생산한다.",
    "테슬라는 지난 5월 한국에 충전소 300곳을 짓겠다고 밝힌 바 있다.",  # 지난: 지나/VV ᆫ/ETM, no relative clause
    # a company or an outside expert speaking the sentence
    'KT는 "사고를 무겁게 받아들인다"며 "앞으로 3년간 보안에 5,000억원을 투자하겠다"고 밝혔다.',
    '한 민간 연구소 연구위원은 "하반기 중 수출이 반등하기는 어려울 것"이라고 말했다.',
    '국회 교육위원회 야당 간사는 "5년 안에 교원 1만 명을 늘려야 한다"고 주장했다.',
    '국토교통위원회 소속 김민재 의원은 "지원금을 2027년까지 두 배로 올리는 법안을 다음 달 발의하겠다"고 밝혔다.',
    '한 클라우드 업체 임원은 "민간이 2027년까지 GPU 수만 장을 들여와야 한다"고 말했다.',
    # the speakers named with a plural or as a place (`전문가들은`, `업계에서는`)
    "업계에서는 부품 공급이 빠듯해 연내 5000대를 모두 들여오기는 쉽지 않을 것이라는 전망도 나온다.",
    "전문가들은 내년 상반기까지 수출이 10% 넘게 늘어날 것으로 내다봤다.",
    # an outside body doing likewise (`…도`)
    "전국농협중앙회도 올해 자체적으로 계절근로 전담 직원 200명을 두기로 했다.",
    # (one that Kiwi keeps whole, ending in an outsider's word)
    "농협중앙회도 올해 자체적으로 계절근로 전담 직원 200명을 두기로 했다.",
    "한국경영자총협회는 내년부터 회원사 신규 채용을 5% 늘리겠다고 밝혔다.",
    # a citizens' group or network making its demand
    '전통시장상인모임은 "온누리상품권 할인율을 15%로 올려야 한다"고 요구했다.',
    '지역돌봄네트워크는 "돌봄 인력을 내년까지 2만 명으로 늘려야 한다"고 밝혔다.',
    "물류창고사업자협의회는 내년부터 창고 임대료를 5% 낮추겠다고 밝혔다.",
    '한국외식업연맹은 "배달 수수료를 연내 5%로 낮춰야 한다"고 주장했다.',
    # an official of a company, not of the government
    '한 대형 증권사 관계자는 "연내 비대면 전용 화면을 새로 만들겠다"고 말했다.',
    '업계 관계자는 "내년까지 설비 2,000대를 들여오겠다"고 말했다.',
    # outsiders counted, as the topic
    "배달 대행 업체 세 곳은 수수료 부담을 이유로 지난달 서비스를 접었다.",
    # a local council's own business
    "군의회 산업건설위원회는 다음 달 임시회에서 폐업 농장 부지를 체험시설로 바꿔 쓰는 조례안을 다룰 예정이다.",
    "서울시의회는 다음 달 임시회에서 조례안 3건을 처리할 예정이다.",
    # another state's deed, named with its aside or alone
    "유럽연합(EU)은 2031년부터 새 배터리에 재활용 리튬을 일정 비율 이상 쓰도록 의무화했다.",
    "유럽연합은 2031년부터 새 배터리에 재활용 리튬을 일정 비율 이상 쓰도록 의무화했다.",
]


@pytest.mark.parametrize("body", OUTSIDERS, ids=[o[:8] for o in OUTSIDERS])
def test_another_actors_plan_is_not_a_government_commitment(body):
    text = "산업통상자원부는 이날 업계 간담회를 열었다. " + body
    assert mention_of(text, body[:8]) is None


@pytest.mark.parametrize("speaker", ["산업통상자원부 관계자는", "한 정부 관계자는", "관계자는"])
def test_a_government_official_unnamed_still_speaks_for_the_government(speaker):
    body = f'산업통상자원부는 이날 업계 간담회를 열었다. {speaker} "연내 지원센터 5곳을 열겠다"고 말했다.'
    assert mention_of(body, "지원센터") is not None


def test_an_event_with_its_target_date_is_a_plan():
    body = "국토교통부는 10일 추진 상황을 점검했다. 센터 착공 목표 시점은 내년 상반기다."
    assert mention_of(body, "착공", date="2026-02-10").kind == "new"


def test_outsiders_counted_as_the_subject_of_a_programme_still_report_on_it():
    body = "지난해 7월 예정대로 도입된 우수 물류업체 인증제로는 지금까지 업체 21곳이 인증을 받았다."
    assert mention_of(body, "인증제", date="2026-11-24") is not None


def test_an_agency_named_after_its_ministry_is_no_outsider():
    # the dictionary need not list every agency: one named after its ministry is the ministry's
    found = mention_of("국토교통부 항공안전기술원은 드론 시험장 3곳을 연내 새로 짓기로 했다.", "항공안전기술원")
    assert found is not None and (found.ministry, found.target_value) == ("국토교통부", 3)


def test_a_topic_without_an_object_may_be_the_thing_planned():
    body = "과기정통부는 지역 AI 거점을 늘린다. AI 팩토리는 2030년까지 500곳에 보급한다는 계획이다."
    assert mention_of(body, "AI 팩토리") is not None


def test_the_number_one_before_a_counter_is_no_unnamed_outsider():
    body = "농림축산식품부는 8일 농가 지원 방안을 발표했다. 농가 한 곳당 지원 한도도 9월부터 2,000만 원에서 3,000만 원으로 높인다."
    assert mention_of(body, "한 곳당", date="2025-07-08") is not None


def test_a_name_the_government_is_said_to_act_on_is_its_thing_not_an_actor():
    body = "산업통상자원부는 11일 에너지 수급 대책을 내놨다. 정부가 사들여 보관하는 전략비축유는 올해 500만 배럴을 매입할 계획이다."
    assert mention_of(body, "전략비축유", date="2025-03-11") is not None


# --- actors ----------------------------------------------------------------------------------

MINISTRIES = [
    # a body named as a place or an object is not the actor; the article's body is
    ("과기정통부는 올해 업무계획을 보고했다. 구체적인 지원 방안은 3월 중 국가인공지능위원회에서 발표하기로 했다.",
     "구체적인", "과학기술정보통신부"),
    # the legislature passes what a ministry proposed
    ("기획재정부가 편성한 예산안이 국회를 통과했다. 내년 예산 700조원은 국회 본회의를 통과한 뒤 1월부터 집행된다.",
     "내년 예산", "기획재정부"),
    # the chair of a meeting is not the actor
    ("정부는 한덕수 대통령 권한대행 주재로 국무회의를 열고 연내 GPU 2000장을 확보하기로 했다. 기획재정부는 예산을 배정했다. "
     "기획재정부 관계자는 설명회를 열었다.", "연내 GPU", "기획재정부"),
    # `A와 B에 따르면`: both are sources; the first named leads
    ("국토교통부와 행정안전부에 따르면 새 제도는 내년 3월까지 시행된다.", "새 제도", "국토교통부"),
]


@pytest.mark.parametrize("body,fragment,ministry", MINISTRIES, ids=[m[1] for m in MINISTRIES])
def test_ministry_is_the_acting_body(body, fragment, ministry):
    m = mention_of(body, fragment, date="2025-01-20")
    assert m is not None
    assert m.ministry == ministry


def test_headline_clause_with_the_deadline_gives_the_ministry():
    m = mention_of("국회는 이날 반도체특별법을 논의했다. 국회는 다음 달 법안을 다시 다룬다.", "논의…",
                   title="국회 반도체특별법 논의…산업부는 내년 1월 2일 지원센터 개소", date="2025-09-01")
    assert m is not None and (m.ministry, str(m.deadline)) == ("산업통상자원부", "2026-01-02")


def test_a_headline_mention_keeps_to_the_point_of_its_cue():
    # 출범 is done and is the climate ministry's; the finance ministry's date is another point's
    m = mention_of("기후에너지환경부는 이날 출범했다.", "출범",
                   title="기후에너지환경부 출범…기재부는 내년 1월 2일 둘로 나뉜다", date="2025-10-01")
    assert m is not None and (m.kind, m.ministry, m.deadline) == ("achieved", "기후에너지환경부", None)


def test_the_lead_body_is_the_one_most_named_not_the_first_person():
    body = ("정부가 2035년 감축 목표를 확정했다. 이재명 대통령은 국무회의에서 목표안을 확정했다. "
            "기후에너지환경부는 연내 유엔에 목표를 제출할 계획이다. 기후부는 이행 점검도 맡는다.")
    m = mention_of(body, "정부가 2035년", date="2025-11-11")
    assert m is not None and m.ministry == "기후에너지환경부"


@pytest.mark.parametrize("title,ministry", [
    ("대통령 권한대행", "대통령비서실"),
    ("국무총리", "국무조정실"),
    (None, "국무조정실"),  # several posts and no title said: the first in file order
])
def test_an_official_with_two_posts_is_read_by_the_title_the_text_gives(title, ministry):
    from datetime import date

    official = REFERENCE.find_official("한덕수", date(2025, 4, 20), title)
    assert official is not None and official.ministry == ministry


def test_an_official_the_dictionary_does_not_list_is_known_by_ministry_and_title():
    body = ("하진우 보건복지부 건강정책국장은 \"올해 안에 금연 클리닉을 300곳으로 늘리겠다\"고 말했다. "
            "그는 \"내년까지 상담 인력도 두 배로 늘리겠다\"고 덧붙였다. "
            "하 국장은 2027년까지 보건소 50곳에 검진실을 새로 두겠다고 밝혔다.")
    people = [(m.person, m.ministry) for m in mentions(body)]
    assert people == [("하진우", "보건복지부")] * 3


def test_an_unlisted_officials_name_and_title_are_read_when_kiwi_cuts_them():
    # Kiwi cuts an unfamiliar name into nouns (`표준희` → 표준 + 희) and a long title too
    # (`기술혁신정책관` → … 정책 + 관)
    body = ("표준희 해양수산부 어업정책과장은 \"올해 어선 500척을 친환경 어선으로 바꾸겠다\"고 말했다. "
            "반서진 중기부 기술혁신정책관은 \"연내 2,000곳에 보안 컨설팅을 제공하겠다\"고 말했다.")
    people = [(m.person, m.ministry) for m in mentions(body, date="2025-04-16")]
    assert people == [("표준희", "해양수산부"), ("반서진", "중소벤처기업부")]


@pytest.mark.parametrize("title", ["국제협력관", "지역경제지원관", "정책조정관", "감사관", "통상교섭본부장"])
def test_an_unlisted_official_with_a_title_ending_in_an_office_speaks(title):
    body = f"추하람 경찰청 {title}은 \"올해 안에 모집책 50명을 송환하겠다\"고 말했다."
    assert [(m.person, m.ministry) for m in mentions(body, date="2026-04-14")] == [("추하람", "경찰청")]


def test_a_word_before_a_ministry_is_a_name_only_if_it_opens_on_a_surname():
    body = "지난달 과기정통부 장관은 \"연내 1만곳에 서비스를 제공하겠다\"고 말했다."
    assert [m.person for m in mentions(body)] == [None]


def test_a_name_without_a_ministry_and_title_is_no_official():
    body = "한빛건설 현장소장은 내년까지 공사를 마치겠다고 밝혔다. 인천계양 신도시 입주는 2026년 하반기에 시작한다."
    assert all(m.person is None for m in mentions(body))


@pytest.mark.parametrize("body", [
    "고용노동부에 따르면 구직을 단념한 청년은 올해 40만 명을 웃돈다.",
    "국토교통부 집계로 이 가운데 수도권 거주자가 61%를 차지한다.",
    "교육부가 정한 기존 비율(5%)은 내년에도 그대로 유지된다.",
])
def test_a_measure_stated_in_the_present_is_no_scheduled_action(body):
    assert mentions(body) == []


@pytest.mark.parametrize("body", [
    "지금은 가구당 연 30만 원까지만 지원한다.",
    "현재는 한 가구에 최대 50만 원까지만 준다.",
    "전력 가운데 재생에너지 비중은 9%에 그치고, 나머지는 화석연료에 의존한다.",
])
def test_how_things_stand_now_is_no_scheduled_action(body):
    # in a ministry's announcement, the present of the status quo the plan will change
    assert mention_of("산업통상자원부는 10일 지원 확대 방안을 발표했다.\n\n" + body, body[:6]) is None


@pytest.mark.parametrize("body", [
    # what something costs, comes to, or usually or would come to
    "임시청사 임차료만 한 해 140억 원가량이 든다.",
    "1km당 건설비는 육상 송전선로의 세 배 가까이 됩니다.",
    "모태펀드가 출자하면 민간 출자자의 돈이 붙어 보통 2~3배 규모의 펀드가 만들어진다.",
    "정보가 하나로 모이지 않으면 등록률 80%도 허수가 된다.",
    "유류세는 인하 전 기준으로 휘발유 ℓ당 820원가량이 붙는다.",
    "이 노선 운영에는 2021년부터 해마다 3000억 원이 든다.",  # dated, but not ahead
    "지방 공항 국제선은 대체로 주 3회 운항한다.",
])
def test_a_cost_or_what_usually_happens_is_no_scheduled_action(body):
    assert mention_of("중소벤처기업부는 22일 벤처투자 활성화 방안을 발표했다.\n\n" + body, body[:6]) is None


@pytest.mark.parametrize("body,planned", [
    # undated, a condition and its present say how a scheme works
    ("개인투자용 국채 10년물을 만기까지 들고 있으면 원금의 약 1.4배를 돌려받는다.", False),
    ("벼를 심던 논에 콩을 심으면 ha당 200만 원을 받는다.", False),
    # a source is no condition, and a dated one is a plan
    ("방안에 따르면 데이터 도매대가는 1MB당 1.29원에서 0.62원으로 최대 52% 내려간다.", True),
    ("법이 통과되면 농림축산식품부는 내년 1월부터 농가에 ha당 200만 원을 지급한다.", True),
    # the government's own next step is its plan; a gloss is no condition
    ("농림축산식품부는 예비타당성조사를 통과하면 총사업비 4조 원을 들여 농업용수로를 놓는다.", True),
    ("예를 들면 농림축산식품부는 올해 청년 8만 명에게 영농 실습을 제공한다.", True),
])
def test_a_condition_tells_how_a_scheme_works_unless_dated_or_the_governments_own(body, planned):
    found = mention_of("농림축산식품부는 11일 쌀 수급 안정 대책을 발표했다.\n\n" + body, body[:6], date="2025-03-11")
    assert (found is not None) is planned


@pytest.mark.parametrize("body", [
    "보통 3년 걸리던 심사 기간을 내년부터 1년으로 줄인다.",  # the usual is the old state, in its own clause
    "국민연금 보험료율은 내년부터 해마다 0.5%포인트씩 올라 2033년 13%가 된다.",  # what it is set to come to
    "내년부터는 누구나 벤처펀드에 가입할 수 있게 된다.",
    # a charge or an amount dated ahead is scheduled; `대체로` is also "mostly"
    "2027년 1월부터 해외 직구 소액 물품에도 부가가치세가 붙는다.",
    "계획대로라면 2028년 정부가 확보하는 GPU는 지금의 세 배 가까이 된다.",
    "중소벤처기업부는 대체로 비수도권 위주로 내년까지 창업 거점 5곳을 추가 지정한다.",
])
def test_what_is_set_to_happen_is_scheduled_still(body):
    assert mention_of("중소벤처기업부는 22일 벤처투자 활성화 방안을 발표했다.\n\n" + body, body[:6]) is not None


@pytest.mark.parametrize("body,kind", [
    # a deed done that names what a plan is for is no follow-up
    ("지정된 단지는 곧바로 설계에 들어가 2027년까지 공사를 시작한다는 목표다.", "new"),
    ("완공된 정류장 10곳은 내년 상반기까지 모두 친환경 설비로 바꿀 계획이다.", "new"),
    # a plan announced today with its goal is no recalled promise
    ("국토교통부는 2030년 매출 1조 원을 목표로 한 지원 방안을 발표했다.", "new"),
    # the target moved by a decision is a revision
    ("국토교통부는 목표를 하루 76만t에서 107만t으로 높이고, 공급 시점은 2030년을 유지하기로 했다.", "revision"),
    # the target set in one clause is not what the next clause's verb changes
    ("정부가 올해 방위산업 수주 목표를 200억 달러로 잡고 수출 허가 절차를 대폭 줄이기로 했다.", "new"),
])
def test_the_plan_a_sentence_ends_in_decides_its_kind(body, kind):
    found = mention_of("국토교통부는 18일 '지역 교통 혁신 전략'을 발표했다.\n\n" + body, body[:8], date="2025-02-18")
    assert found is not None and found.kind == kind


@pytest.mark.parametrize("body", [
    "시범지구 5곳에 드는 사업비는 약 2조 원으로 추산된다.",
    "한 기에 3억 원이 넘는 설비 가격이 걸림돌로 꼽힌다.",
    "올해 관련 예산은 2조 원 안팎으로 전망된다.",
    "국토교통부는 사업비가 2조 원 안팎에 이르는 것으로 본다.",
])
def test_an_estimate_or_a_reading_in_the_present_is_no_scheduled_action(body):
    assert mention_of("국토교통부는 10일 시범지구 조성 계획을 발표했다.\n\n" + body, body[:8]) is None


@pytest.mark.parametrize("body,target", [
    # the recalled promise's figure, in its clause or in the noun it describes, is the target
    ("올해 2,500곳으로 늘리기로 한 창업 지원 기업은 9월 말까지 1,870곳이 선정됐다.", (2500, "곳")),
    ("올해 확보하기로 한 공공 기숙사 2,000실은 8월 말까지 1,350실이 마련됐다.", (2000, "실")),
    ("새로 짓기로 한 수소충전소 50곳 가운데 8월 말까지 38곳만 완공됐다.", (50, "곳")),
    # a figure set as the goal is recalled the same way
    ("2027년까지 5,000곳을 목표로 한 스마트공장 보급은 지난해 2,300곳을 기록했다.", (5000, "곳")),
])
def test_a_follow_up_on_a_recalled_promise_holds_the_promise_to_its_figure(body, target):
    found = in_a_review(body)
    assert found is not None and found.kind in ("progress", "delayed")
    assert (found.target_value, found.target_unit) == target


@pytest.mark.parametrize("body,kind", [
    # the recalled plan finalised, or the promised change made as planned, is done
    ("올해 상반기까지 내놓기로 한 도시철도 종합계획은 3월 확정됐다.", "achieved"),
    ("지난해 7월부터 3,000만 원으로 올리기로 한 가구당 지원 한도는 예정대로 상향됐다.", "achieved"),
    # a new date for it is not
    ("올해 상반기까지 내놓기로 한 도시철도 종합계획은 내년 3월까지 내놓기로 했다.", "revision"),
    # taking applications from a date is a service started, unlike a call's closing date
    ("5월부터 받기로 한 보조금 온라인 신청은 예정대로 5월 시작됐다.", "achieved"),
    # a deed done that is the subject itself is the news
    ("개정안이 회기 안에 국회를 통과한 것은 3년 만에 처음이다.", "achieved"),
])
def test_a_recalled_plan_finalised_or_made_as_planned_is_achieved(body, kind):
    found = in_a_review(body)
    assert found is not None and found.kind == kind


@pytest.mark.parametrize("body,kind", [
    # a figure to reach, reached
    ("연말까지 ㎏당 3,000원 선을 회복하겠다던 산지 배추값은 이달 기준 3,400원을 기록했다.", "achieved"),
    # not reached yet
    ("연말까지 ㎏당 3,000원 선을 회복하겠다던 산지 배추값은 이달 기준 2,600원을 기록했다.", "progress"),
    # a cut: a higher figure is no success
    ("연말까지 500명 이하로 줄이겠다던 입원 대기 환자는 이달 기준 620명을 기록했다.", "progress"),
])
def test_a_recalled_figure_reached_is_achieved(body, kind):
    found = in_a_review(body)
    assert found is not None and found.kind == kind


@pytest.mark.parametrize("body,kind", [
    # two promises recalled, both done: the second's figure is no count short of the first's
    ("국토교통부가 올해 1월부터 4만 원으로 올리기로 한 야간 수당과 1만 5,000원으로 올리기로 한 식비는 모두 예정대로 "
     "인상됐다.", "achieved"),
    # short of a figure promised for last year, which has passed: missed
    ("지난해 2,000억 원을 목표로 했던 공공 조달 규모는 1,700억 원으로 마감했다.", "delayed"),
    # short of a figure for this year: how far it has got
    ("올해 2,000억 원을 목표로 한 공공 조달 규모는 지난달까지 1,700억 원이다.", "progress"),
    # not yet done, and not yet due: under way
    ("국토교통부는 지난 1월 교통 정보 연계 시스템을 하반기 구축하겠다고 했지만, 지금까지 3개 기관만 연결됐을 뿐 "
     "경찰청 전산과는 아직 연결되지 않았다.", "progress"),
])
def test_falling_short_is_a_delay_only_once_the_recalled_date_has_passed(body, kind):
    found = in_a_review(body)
    assert found is not None and found.kind == kind


@pytest.mark.parametrize("body,kind", [
    # a count now, under way or in the present, against a recalled promise: how far it has got
    ("국토교통부가 올해 70곳으로 늘리기로 한 공공 주차장은 현재 64곳에서 운영되고 있다.", "progress"),
    ("국토교통부가 하반기 내놓기로 한 주차 안내 앱은 현재 세종과 대전에서 시범 운영 중이다.", "progress"),
    # a length in the promise's own unit is a count, not a date
    ("국토교통부가 연내 45일로 줄이기로 한 보증금 반환 기간은 지금 평균 58일이다.", "progress"),
    # a late date is still a date: the deed done, late
    ("국토교통부가 지난해 6월 말까지 공개하기로 했던 침수 지도는 두 달 늦은 8월에 공개됐다.", "achieved"),
])
def test_a_recalled_promise_reported_as_it_stands_now(body, kind):
    found = in_a_review(body)
    assert found is not None and found.kind == kind


@pytest.mark.parametrize("body,kind", [
    # right after a promise reported missed, a new date for what is left puts the rest off
    ("국토교통부가 연내 열기로 한 공공 주차장 50곳은 14곳에 그쳤다. 국토교통부는 나머지 36곳을 내년 6월까지 열겠다고 밝혔다.",
     "delayed"),
    # so does a date for the rest past the one a report of how far it has got recalls; by that
    # date, the promise goes on
    ("연내 10곳을 만들겠다던 지역 벤처펀드는 지금까지 6곳이 결성됐다. 중소벤처기업부는 남은 4곳을 내년 상반기에 결성하기로 했다.",
     "delayed"),
    ("연내 10곳을 만들겠다던 지역 벤처펀드는 지금까지 6곳이 결성됐다. 중소벤처기업부는 남은 4곳도 다음 달 안에 결성하기로 했다.",
     "progress"),
    # a plan that was (`계획이었으나`) recalls the promise's date
    ("환경부는 6월까지 급속충전기 1만 기를 설치할 계획이었으나 7000기를 설치했다. 환경부는 나머지 3000기를 연말까지 설치한다.",
     "delayed"),
    # the date a count runs to is no promise's date
    ("국토교통부는 8월까지 공공분양 1만 2000가구를 착공했다. 국토교통부는 남은 8000가구도 연내 착공할 계획이다.", "new"),
    # a plan split in its own article is a plan
    ("국토교통부는 공공 주차장 50곳 가운데 14곳을 올해 열기로 했다. 나머지 36곳은 내년 6월까지 연다.", "new"),
    # what is left of a time is no remainder of a promise
    ("국토교통부가 연내 열기로 한 공공 주차장 50곳은 14곳에 그쳤다. 국토교통부는 남은 두 달 동안 12곳을 더 열 계획이다.",
     "new"),
])
def test_a_new_date_for_what_is_left_of_a_missed_promise_is_a_delay(body, kind):
    last = [m for m in mentions(body, date="2026-11-10") if not m.in_title][-1]
    assert last.kind == kind


def test_a_count_set_against_the_target_keeps_the_promised_figure():
    body = "행정안전부는 올해 공공 자전거 보관소 640곳을 설치해 연초 세운 목표(600곳)를 넘어섰다고 밝혔다."
    m = mention_of(body, "보관소", date="2025-12-20")
    assert (m.kind, m.target_value, m.target_unit) == ("achieved", 600, "곳")


def test_a_list_item_is_read_like_a_headline():
    body = ("국토교통부는 10일 올해 공공주택 공급 계획을 내놨다.\n\n▲공공분양·공공임대 5만 호 연내 착공\n\n"
            "▲공공택지 용적률 상향으로 2027년까지 수도권 2만 호 추가 확보")
    found = [(m.kind, m.target_value, m.target_unit, str(m.deadline)) for m in mentions(body, date="2025-03-10")]
    assert ("new", 50_000, "호", "2025-12-31") in found
    assert ("new", 20_000, "호", "2027-12-31") in found


@pytest.mark.parametrize("bullet", ["▪", "✔", "◦", "➢"])
def test_a_slides_bullets_are_list_items_each_its_own_sentence(bullet):
    body = (f"보건복지부는 14일 업무계획을 발표했다.\n\n[슬라이드 23] 2026년 핵심 과제\n"
            f"{bullet} 통합돌봄 대상 연말까지 3,500명으로 확대(2025년 2,600명)\n"
            f"{bullet} 남은 3개 시도 긴급돌봄센터 상반기 중 개소")
    found = [(m.target_value, str(m.deadline)) for m in mentions(body, date="2026-01-15") if bullet in m.sentence]
    assert found == [(3_500, "2026-12-31"), (3, "2026-06-30")]


@pytest.mark.parametrize("paragraph, headline", [
    ("노후 상수관 교체 지난해 870km…목표 1,000km 못 미쳐", True),
    ('기획예산처 "내년 농어촌 상수관 국고보조율 70%로"', True),
    ('정부 "주요 국정과제 연내 80% 완료"…야당 "공수표"', True),
    ('국토부 관계자는 "임대주택 공급은 내년으로 미뤄질 수 있다"', False),  # prose ending on a quote
    ("원문은 누리집에 있습니다. 기사로도 정리했어요 👉 늘빛신문 '물놀이 19명…'", False),
    ("환경부는 지난해 870km를 교체했다.", False),
])
def test_a_one_line_headline_inside_the_body_is_a_headline_piece(paragraph, headline):
    article = Article(title="제목", body="여러 언론사의 기사를 묶었습니다.\n\n" + paragraph + "\n\n끝 문단입니다.",
                      source_path="t.txt", source_format="text")
    assert [h for text, _, _, h in segments(article) if text == paragraph] == [headline]


def test_a_headline_inside_the_body_is_read_as_one():
    body = ("여러 언론사의 기사를 묶었습니다.\n\n노후 상수관 교체 지난해 870km…목표 1,000km 못 미쳐\n\n"
            "환경부가 지난해 교체하겠다고 한 노후 상수관로 1,000km 가운데 870km만 교체됐다.\n\n"
            "원문은 누리집에 있습니다. 기사로도 정리했어요 👉 늘빛신문 '물놀이 19명…'")
    found = [m for m in mentions(body, date="2026-06-16") if "못 미쳐" in m.sentence]
    assert [(m.kind, m.target_value) for m in found] == [("delayed", 1_000)]  # last year's target missed
    assert not [m for m in mentions(body, date="2026-06-16") if "👉" in m.sentence]


def test_a_service_to_run_from_a_date_is_a_listed_deed():
    body = "보건복지부는 14일 업무계획을 발표했다.\n\n▲발달장애인 가족 상담 콜센터 3월부터 운영"
    found = [(m.kind, str(m.deadline)) for m in mentions(body, date="2026-01-15") if "▲" in m.sentence]
    assert found == [("new", "2026-03-31")]


def test_a_list_item_without_a_figure_needs_its_date_and_its_deed_like_a_headline():
    body = ("국토교통부는 10일 주택 공급 대책을 내놨다.\n\n▲모바일 '청약 한 번에' 신청 서비스 개통(9월)\n\n"
            "▲청약 제도 개선 방향(검토)")
    found = [(m.kind, m.target_value, str(m.deadline)) for m in mentions(body, date="2025-03-10") if "▲" in m.sentence]
    assert found == [("new", None, "2025-09-30")]


def test_a_list_of_deeds_with_their_dates_and_bodies_in_parentheses_is_a_plan():
    body = ("정부는 10일 불법 광고 문자 대책을 발표했다. 주요 내용은 다음과 같다.\n\n"
            "▲대량 문자 발송 사업자 전수 점검(상반기 중, 방통위)\n"
            "▲AI 차단 서비스 모든 가입자 기본 적용(연내, 과기정통부)\n"
            "▲발송 조직 집중 단속(3월부터 8월까지, 경찰청)")
    found = [(m.ministry, str(m.deadline)) for m in mentions(body, date="2025-02-10") if "▲" in m.sentence]
    assert found == [("방송통신위원회", "2025-06-30"), ("과학기술정보통신부", "2025-12-31"), ("경찰청", "2025-08-31")]


def test_a_sentence_naming_no_body_goes_to_the_owner_of_its_topic_when_the_lead_is_unclear():
    body = ("방송미디어통신위원회는 통신 분쟁 조정 기간을 줄였다.\n\n"
            "과학기술정보통신부는 AI 인재 양성 사업도 손봤다.\n\n"
            "정부는 그래픽처리장치(GPU) 1만 장을 연내 확보하겠다고 했다.")
    assert mention_of(body, "GPU", date="2025-03-02").ministry == "과학기술정보통신부"


def test_a_paragraph_goes_on_with_the_body_it_is_about():
    body = ("국토교통부는 10일 주택 공급 대책을 냈다.\n\n"
            "교육부는 지역 대학 지원책도 확정했다. 중점대학은 상반기 중 열 곳을 지정한다.")
    assert mention_of(body, "중점대학", date="2026-02-10").ministry == "교육부"


@pytest.mark.parametrize("sentence, fragment, ministry", [
    # a body's part as the subject (`전산 연계가`) is what the promise waited on
    ("통합 신청 창구는 국세청 전산 연계가 늦어져 내년 3월로 미뤄졌다.", "창구", "교육부"),
    ("학자금 심사 시스템은 행정안전부 인증 절차가 길어져 올해 10월에야 문을 연다.", "심사", "교육부"),
    # the body's own promise or plan stays the body's
    ("연내 200곳에 보급하겠다던 기후에너지환경부 약속은 120곳에서 멈췄다.", "보급", "기후에너지환경부"),
])
def test_a_sentence_whose_subject_is_a_part_of_another_body_goes_on_with_its_paragraph(sentence, fragment, ministry):
    body = "교육부는 10일 대학 지원 사업 점검 결과를 냈다. " + sentence
    assert mention_of(body, fragment, date="2026-02-10").ministry == ministry


@pytest.mark.parametrize("quote, ministry, person", [
    # an official telling of another body's promise does not make it theirs
    ("인사혁신처가 연내 겸직 제한 지침을 마련하기로 했다", "인사혁신처", None),
    ("행안부도 연내 위원회 50개를 정리하기로 했다", "행정안전부", "김하나"),
])
def test_an_official_telling_of_another_bodys_promise_is_not_its_promiser(quote, ministry, person):
    body = f"김하나 행정안전부 조직국장을 만났다.\n\nQ. 겸직하는 위원이 많다.\nA. 다섯 곳 넘게 겸하는 위원도 있다. {quote}."
    found = mention_of(body, "연내", date="2025-08-27")
    assert (found.ministry, found.person) == (ministry, person)


def test_a_thing_of_one_syllable_is_a_word_to_link_by_but_a_function_noun_is_not():
    found = mention_of("과학기술정보통신부는 9월까지 섬 주민용 모바일 앱을 내놓겠다고 밝혔다.", "앱", date="2025-03-11")
    assert {"섬", "앱"} <= set(found.keywords)
    assert not {"안", "때", "전"} & set(found.keywords)


@pytest.mark.parametrize("sentence,kind", [
    ("복지부는 지난해 10월부터 난임 시술의 본인부담률을 30%에서 10%로 낮췄다.", "achieved"),
    ("고용노동부도 지난해 9월부터 고용유지지원금 지원 비율을 90%로 높였다.", "achieved"),
    ("해양수산부는 감척 목표를 2,000척에서 1,500척으로 낮췄다.", "revision"),  # the target itself moved
    ("할인율을 7%로 낮췄던 지자체 여러 곳이 10%로 되돌렸다.", None),  # who the subject is, not news
    ("기획재정부는 올해 경제성장률 전망치를 1.8%로 낮췄다.", None),  # a forecast, no promise
    ("금융위원회는 정책대출 가산금리를 1.5%로 올렸다.", None),  # a market rate
    ("국회에는 분리과세 한도를 5억 원으로 올리는 개정안이 계류돼 있다.", None),  # a bill's content
])
def test_a_rate_set_to_a_figure_is_the_change_made(sentence, kind):
    found = [m.kind for m in mentions(sentence, date="2026-07-07")]
    assert found == ([kind] if kind else [])


@pytest.mark.parametrize("sentence,kind", [
    ("산업통상부가 상반기 안에 내놓겠다던 2조 원 규모 방산 수출 전용 보증은 5월 출시됐다.", "achieved"),
    ("과기정통부는 하반기 중 신고 앱을 출시할 예정이다.", "new"),
    ("과기정통부는 연내 정식 출시를 목표로 신고 앱 베타 버전을 5월 출시했다.", "progress"),  # a step
])
def test_a_launch_is_the_deed_done(sentence, kind):
    assert [m.kind for m in mentions(sentence, date="2026-11-26")] == [kind]


@pytest.mark.parametrize("sentence,kind", [
    ("해양수산부는 항만 주변에 쌓인 폐어구 4,000여 개를 9월 말까지 모두 치웠다고 밝혔다.", "achieved"),
    ("해양수산부는 올해 바다에 버려진 폐어구 1만 2,000개를 치웠다.", "progress"),
    ("해양수산부는 연말까지 폐어구 2만 개를 치울 계획이다.", "new"),
])
def test_clearing_away_is_a_deed(sentence, kind):
    assert [m.kind for m in mentions(sentence, date="2025-11-26")] == [kind]


@pytest.mark.parametrize("sentence,done", [
    ("교육부가 겨울방학에 계획한 650개교 석면 공사는 2월 말까지 모두 끝났다.", True),
    ("교육부가 계획한 650개교 석면 공사는 2월 말까지 모두 끝났고, 여름방학 공사가 이어진다.", True),
    # a term ending, or the work stopped short, is no deed done
    ("교육부는 사업 기간이 끝나는 2027년까지 학교 1,000곳을 고친다.", False),
    ("교육부는 보호가 끝난 뒤 연락이 끊긴 학생 120명을 찾았다.", False),
    ("교육부의 5만 곳 점검은 4만 6,000곳에서 끝났다.", False),
    ("교육부의 석면 공사는 겨우 절반만 끝났다.", False),
    ("교육부의 학교 5만 곳 지원 사업은 신청 기간이 지난달 끝났다.", False),
])
def test_work_told_finished_is_done(sentence, done):
    assert ("achieved" in [m.kind for m in mentions(sentence, date="2025-09-19")]) == done


@pytest.mark.parametrize("sentence,kind", [
    ("성평등가족부는 지난해 회복 지원 쉼터 4곳을 모두 열었다.", "achieved"),  # (the cue is the noun 지원)
    ("국토교통부는 올해 지원센터 10곳을 모두 설치했다.", "achieved"),
    ("성평등가족부는 지난해 회복 지원 쉼터 4곳을 열었다.", "progress"),
    ("성평등가족부는 회복 지원 쉼터 4곳을 모두 열지 못했다.", "delayed"),
    ("국토교통부는 충전기 50기를 설치했으나 신청은 모두 마감됐다.", "progress"),  # `모두` of another clause
])
def test_the_sentences_own_verb_told_of_the_whole_is_done(sentence, kind):
    assert [m.kind for m in mentions(sentence, date="2026-11-26")] == [kind]


def test_what_is_left_of_more_than_the_promise_missed_is_a_new_plan():
    body = ("환경부는 지난해 슬레이트 지붕 2만 5,000동을 철거하겠다고 했지만 2만 1,300동에 그쳐 목표에 못 미쳤다. "
            "환경부는 남은 슬레이트 지붕 4만 동을 2027년까지 모두 철거하겠다고 밝혔다.")
    found = mention_of(body, "4만 동", date="2026-11-26")
    assert (found.kind, found.target_value) == ("new", 40_000)
    body = body.replace("남은 슬레이트 지붕 4만 동을", "남은 슬레이트 지붕 3,700동을")
    assert mention_of(body, "3,700동", date="2026-11-26").kind == "delayed"  # the rest, put off


@pytest.mark.parametrize("sentence,promise", [
    ("정부는 도박 전담 상담사를 2026년까지 500명으로 늘리고, 상담 대상을 20명 이하로 줄여라.", False),
    ("정부는 연내 대책 3건을 내놓으라.", False),
    ("보건복지부는 8일 대책을 발표했다.\n\n당사는 연내 신제품 3종을 출시할 계획이다.", False),  # a firm's own
    ("보건복지부는 도박 전담 상담사를 2026년까지 500명으로 늘린다.", True),
])
def test_a_demand_or_a_firms_plan_is_no_promise(sentence, promise):
    last = sentence.split("\n\n")[-1]
    assert bool([m for m in mentions(sentence, date="2025-11-13") if m.sentence == last]) is promise


def test_a_plans_items_listed_as_nouns_are_one_promise_each():
    body = ("환경부는 올해 상수도 정비 계획을 시·도에 보냈다. 주요 내용은 올해 노후 상수관로 1,000km 정비, "
            "스마트 관망관리 30개 지방자치단체 추가 구축, 상반기 중 정수장 485곳 유충 점검입니다.")
    found = [(m.target_value, m.target_unit, str(m.deadline)) for m in mentions(body, date="2025-02-20")]
    assert found == [(1_000, "km", "2025-12-31"), (30, "개", "None"), (485, "곳", "2025-06-30")]
    # a list of results, or of someone's demands, is no plan's items
    results = body.replace("주요 내용은 올해", "지난해 실적은")
    assert len(mentions(results, date="2025-02-20")) < 3


@pytest.mark.parametrize("sentence,reported", [
    ("행정안전부는 2025년 말까지 무인민원발급기 640대를 교체했다.", 640),
    ("행정안전부의 노후 발급기 640대가 교체됐다.", 640),
    ("행정안전부는 교체 사업에 300억 원을 썼다.", None),  # the programme's name, no deed
    ("행정안전부는 지난달 위탁 운영업체 3곳을 교체했다.", None),  # contractors, not units
])
def test_units_replaced_is_a_deed(sentence, reported):
    found = [m.reported_value for m in mentions(sentence, date="2026-03-24") if m.kind == "progress"]
    assert found == ([reported] if reported else [])


@pytest.mark.parametrize("sentence,promise", [
    ("보건복지부 협의체는 분기마다 회의를 열며, 2차 회의는 8월 중 열 예정이다.", False),
    ("보건복지부는 8월 간담회를 개최하기로 했다.", False),
    ("보건복지부 운영진은 다음 달 8일 낙동강 둔치에서 합동 관찰회를 엽니다.", False),  # any gathering (Kiwi: 관찰/회)
    ("보건복지부는 9월 장기기증 박람회를 연다.", False),
    ("국토교통부의 공공임대 500호 공급은 시행사가 부도를 내 1년 연기됐다.", True),  # a developer, no gathering
    # the meeting where a deed was done, or a promise with a figure
    ("기후에너지환경부는 지난 3일 점검회의를 열고 HVDC 준공 목표를 2030년에서 2029년으로 앞당겼다.", True),
    ("보건복지부는 연내 설명회를 열어 지원 대상을 3만 명으로 늘리겠다고 밝혔다.", True),
    ("보건복지부는 연내 돌봄수당 제도를 도입하고, 다음 달 공청회를 연다.", True),  # a promise before it
])
def test_a_meeting_to_be_held_is_no_promise(sentence, promise):
    assert bool(mentions(sentence, date="2025-05-22")) is promise


@pytest.mark.parametrize("field, promise", [
    ("환경부 자료 차기 등록 예정일: 2026-04-30", False),
    ("환경부 신안산선 완공 목표: 2026년 12월 31일", True),  # a fact box naming a deed and its date
])
def test_a_pages_field_of_a_label_and_a_date_is_no_promise(field, promise):
    page = "환경부는 생태계교란 생물 퇴치 실적을 공개했습니다.\n\n" + field
    assert (mention_of(page, field[:5], date="2025-04-22") is not None) is promise


@pytest.mark.parametrize("sentence,kind", [
    # `기존` describing the plan the cue's own clause tells, not an earlier figure
    ("환경부는 연말까지 관망관리 지자체를 30곳 늘리겠다는 기존 계획도 예정대로 추진한다고 밝혔다.", "new"),
    ("환경부는 관망관리 지자체를 기존 20곳에서 30곳으로 늘리겠다고 밝혔다.", "revision"),
])
def test_an_existing_plan_described_by_the_cue_is_no_earlier_figure(sentence, kind):
    assert [m.kind for m in mentions(sentence, date="2025-08-12")] == [kind]


@pytest.mark.parametrize("sentence,kinds", [
    ("보건복지부는 소규모 매장 의무화 시점을 2027년 1월로 유예했다.", ["delayed"]),
    # a grace period as policy, or a legal term, is no plan put off
    ("과학기술정보통신부는 과태료 부과를 최소 1년 유예한다.", []),
    ("법무부는 '치료조건부 기소유예' 대상을 1,000명으로 늘린다.", ["new"]),
    ("고용노동부는 제도 시행 후 1년간 과태료 부과를 유예한다.", ["new"]),  # (시행 is not what is put off)
])
def test_a_plan_deferred_is_delayed(sentence, kinds):
    assert [m.kind for m in mentions(sentence, date="2025-12-10")] == kinds


def test_far_to_go_to_a_target_is_progress_against_that_target():
    found = mention_of("상담 인력은 80명에서 112명으로 늘었지만, 내년 상반기 목표인 160명까지는 갈 길이 멉니다.", "상담",
                       date="2025-11-25")
    assert (found.kind, found.target_value, str(found.deadline)) == ("progress", 160, "2026-06-30")
    found = mention_of("상담 인력은 112명으로 늘었지만 목표인 160명까지는 갈 길이 아직 멀다.", "상담", date="2025-11-25")
    assert (found.kind, found.target_value) == ("progress", 160)


@pytest.mark.parametrize("sentence,target,deadline", [
    # `10월까지`: when the count was taken, not a deadline
    ("로봇 장기 임대는 1,000대 목표 가운데 10월까지 640대가 나갔다.", 1000, "None"),
    ("공공건물 히트펌프는 올해 목표 1만 대 가운데 8,100대가 깔렸다.", 10000, "2026-12-31"),
    ("성능검사 기관은 6곳 목표 중 4곳이 지정됐다.", 6, "None"),
])
def test_a_count_out_of_the_target_is_progress_against_the_target(sentence, target, deadline):
    found = mentions(sentence, date="2026-11-24")
    assert [(m.kind, m.target_value, str(m.deadline)) for m in found] == [("progress", target, deadline)]


@pytest.mark.parametrize("sentence", [
    "정책워치가 주요 부처가 지난해와 올해 내놓은 약속 가운데 12개를 골라 이행 여부를 따져 봤다.",
    # `3대 목표`: three major goals; the count after is in another unit
    "정부가 올해 내건 3대 목표 가운데 하나인 물가 상승률은 지난달 2.1%로 내려왔다.",
])
def test_a_part_of_something_else_is_no_count_against_the_target(sentence):
    assert all(m.kind != "progress" for m in mentions(sentence, date="2026-11-24"))


@pytest.mark.parametrize("sentence,deadline", [
    ("정부는 1,000곳 목표 가운데 400곳을 연내 지정할 방침이다.", "2026-12-31"),
    ("국토부는 3만 가구 계획 가운데 1만 가구를 내년 상반기에 착공한다.", "2027-06-30"),
])
def test_a_part_of_the_target_still_to_do_keeps_its_date(sentence, deadline):
    assert [(m.kind, str(m.deadline)) for m in mentions(sentence, date="2026-05-12")] == [("new", deadline)]


def test_falling_short_out_of_a_target_keeps_the_targets_figure():
    found = mention_of("AI 광학 선별기는 20곳 목표 가운데 17곳에 들어가는 데 그쳤다.", "선별기", date="2026-11-24")
    assert (found.kind, found.target_value) == ("delayed", 20)


def test_an_event_noun_that_is_another_verbs_subject_is_no_report_of_it():
    # `지원이 소비를 늘렸는지`: what the support did is asked about; the plan is the evaluation
    sentence = "기재부는 국비 지원이 지역 소비를 얼마나 늘렸는지 따지는 심층평가를 연말까지 마치기로 했다."
    assert [m.kind for m in mentions(sentence, date="2025-01-21")] == ["new"]


@pytest.mark.parametrize("sentence", [
    "4월 출범하겠다던 G2G 지원단은 역할 조정이 안 돼 결국 만들지 않기로 했다.",
    "국토부는 피해주택 매입 방식을 일원화하고 별도의 매입 호수 목표는 두지 않기로 했다고 밝혔다.",
])
def test_deciding_not_to_do_it_is_a_cancellation(sentence):
    assert [m.kind for m in mentions(sentence, date="2026-11-26")] == ["cancelled"]


@pytest.mark.parametrize("quote,kind", [
    # the dated plan's quote opens on a subject of its own: the other quote's delay is another promise's
    ('"성공률 공개가 늦어진 점은 송구하다"며 "인증제는 내년 상반기 안에 반드시 시행하겠다"', "new"),
    # the same promise taken up again: the delay is its news
    ('"센터를 열 건물을 아직 구하지 못했다"며 "남은 두 곳도 하반기에는 반드시 문을 열겠다"', "delayed"),
])
def test_a_second_quote_on_a_subject_of_its_own_is_not_the_first_quotes_news(quote, kind):
    found = mention_of(f"단소율 복지부 인구아동정책관은 {quote}고 말했다.", "단소율", date="2026-07-07")
    assert found.kind == kind


@pytest.mark.parametrize("sentence", [
    "지난해 IP 담보대출을 알아보다 포기한 중소기업 가운데 절반 가까이가 평가 비용을 이유로 꼽았다.",
    "감척 보상금이 적다며 신청을 철회한 어선이 적지 않았다.",
])
def test_those_a_programme_serves_giving_up_is_their_deed_not_a_promises_fate(sentence):
    assert [m.kind for m in mentions("해양수산부는 연근해 어선 감척을 추진하고 있다. " + sentence, date="2026-07-08")
            if m.sentence == sentence] == []


@pytest.mark.parametrize("sentence,kind", [
    ("고용노동부가 중단한 청년 일자리 사업 때문에 참여자 2만 명이 일자리를 잃었다.", "cancelled"),  # a compound
    ("교육부가 지난달 완공한 학생 기숙사 5,000실에 입주가 시작됐다.", "achieved"),  # a ministry's deed
])
def test_a_ministrys_deed_for_those_it_serves_is_still_news(sentence, kind):
    assert [m.kind for m in mentions(sentence, date="2026-07-08")] == [kind]


def test_a_local_government_is_an_actor_not_a_word_to_link_by():
    found = mention_of("행정안전부는 지방자치단체와 지자체 금고의 상품권 할인 지원을 3월부터 2%p 늘린다.", "상품권", date="2025-01-21")
    assert {"상품권", "할인"} <= set(found.keywords)
    assert not {"지방", "자치", "단체", "지자체"} & set(found.keywords)
    found = mention_of("교육부는 지방 의대 정원을 2027년까지 500명 늘린다.", "의대", date="2025-01-21")
    assert "지방" in found.keywords  # alone, `지방` is what the promise is about


@pytest.mark.parametrize("sentence", [
    "국토교통부는 완공된 아파트의 바닥 소음이 기준에 못 미치면 준공 승인을 내주지 않도록 하는 개정안을 상반기 중 국회에 내겠다고 밝혔다.",
    "국토교통부는 개통된 도로의 소음 기준을 강화하는 법안을 연내 국회에 제출하겠다고 말했다.",
    "국토교통부는 완공된 아파트의 소음 기준을 강화하는 개정안을 상반기 중 국회에 낼 계획이라고 밝혔다.",
    "국토교통부는 완공된 아파트의 소음 기준을 강화하는 개정안을 상반기 중 국회에 내겠다고 설명했다.",
])
def test_a_deed_that_names_what_a_reported_plan_is_about_is_no_news_of_it(sentence):
    assert mention_of(sentence, "국회", date="2025-03-18").kind == "new"


def test_a_range_promises_its_lower_end():
    m = mention_of("산업통상부는 이 가운데 70~80개 품목을 2028년까지 국산화 지원 품목으로 지정한다.", "품목", date="2025-11-10")
    assert (m.target_value, m.target_text) == (70, "70~80개")


def test_one_weak_cue_does_not_give_the_article_its_topic():
    body = "국방부는 올해 예산 집행 계획을 밝혔다.\n\n국방부는 2028년까지 소형 드론 5만 대를 전군에 보급하겠다고 강조했다."
    assert mention_of(body, "드론", date="2026-04-21").category == "other"


def test_a_promise_with_no_topic_word_goes_to_its_bodys_remit():
    body = "기획예산처는 심사 기간을 올해 안에 12개월 이내로 줄이겠다고 밝혔다."
    assert mention_of(body, "심사", date="2026-03-10").category == "fiscal"
    # 환경부's work spans climate, water and parks: no remit, so no topic from the body alone
    assert mention_of("환경부는 국립공원 탐방로 500km를 2028년까지 정비한다.", "탐방로").category == "other"


def test_a_roundup_of_several_fields_lends_no_topic():
    title = "[약속 점검] 농어촌 통신·연구소기업·반도체 인력…부처 약속 얼마나 지켰나"
    body = ("농어촌 5G 공동망과 통신 요금 약속부터 연구소기업, 반도체 인력 양성까지 지난해 약속을 따라가 봤다.\n\n"
            "과기정통부는 5G 공동망 구축을 3월에 마쳤다고 밝혔다.\n\n"
            "연구소기업은 10월 말 현재 2,760개로 늘었고, 기술이전 실적도 늘었다.\n\n"
            "반도체 아카데미는 10월까지 4,100명이 수료했다.\n\n"
            "소상공인 AI 바우처는 목표의 74%인 7,400곳에 그쳤다.\n\n"
            "행정안전부는 지자체 민원 상담 서비스를 내년 상반기까지 모든 시군구로 넓히겠다고 밝혔다.")
    assert mention_of(body, "민원 상담", title=title, date="2026-11-24").category == "other"


def test_a_headline_on_one_field_lends_it_to_the_whole_article():
    title = "알뜰폰 도매대가 인하…통신비 부담 던다"
    body = ("과기정통부는 알뜰폰 도매대가를 내리고 통신 요금제 경쟁을 넓히는 방안을 발표했다.\n\n"
            "출범 당시 내건 목표에 따라 예산도 늘린다.\n\n"
            "재정 여건을 감안해 기금 운용도 조정한다.\n\n"
            "과기정통부는 연말까지 사업자 10곳을 새로 선정하겠다고 밝혔다.")
    assert mention_of(body, "사업자 10곳", title=title, date="2026-03-10").category == "telecom"


def test_a_bare_committee_is_the_one_named_before():
    body = ("행정안전부와 국가인공지능위원회가 21일 공공부문 AI 전환 계획을 내놓았다.\n\n"
            "행안부는 연내 중앙부처 49곳에 AI 비서를 도입한다.\n\n"
            "위원회는 3월까지 평가 항목과 절차를 담은 가이드라인을 내놓는다.")
    assert mention_of(body, "가이드라인", date="2025-01-21").ministry == "국가인공지능위원회"
    # the tail of its name, after its rename
    later = ("국가인공지능전략위원회는 21일 공공 AI 계획을 점검했다.\n\n"
             "행안부는 연내 중앙부처 49곳에 AI 비서를 도입한다.\n\n"
             "전략위원회는 내년 3월까지 영향평가 기준을 확정하겠다고 밝혔다.")
    assert mention_of(later, "영향평가", date="2025-10-21").ministry == "국가인공지능전략위원회"
    # a committee the reference does not know comes between: the bare one is not the AI committee
    other = body.replace("위원회는 3월까지", "규제개혁위원회는 심사를 마쳤다. 위원회는 3월까지")
    assert mention_of(other, "가이드라인", date="2025-01-21").ministry != "국가인공지능위원회"


def test_what_is_left_of_a_promise_goes_on_with_it():
    body = ("고용노동부가 올해 상반기까지 청년 일자리 카드를 5만 명에게 주겠다던 약속은 3만 8,000명에 그쳤다. "
            "노동부는 남은 1만 2,000명을 연말까지 채우겠다고 했다.")
    rest = mention_of(body, "남은", date="2026-09-10")
    assert {"일자리", "카드"} <= set(rest.keywords)
    # one word of its own, right after: `개통을 … 미뤘다` is the opening of the hub just told
    body = "지난해 3분기 중 열겠다던 공공데이터 통합 창구는 아직 열리지 않았다. 행정안전부는 개통을 오는 6월로 미뤘다."
    assert {"통합", "창구"} <= set(mention_of(body, "개통", date="2026-04-14").keywords)


def test_a_sentence_with_a_topic_of_its_own_keeps_its_words():
    body = ("국토교통부가 올해 상반기에 시작하겠다던 신공항 부지 공사는 결국 무산됐다. "
            "국토교통부의 2029년 개항 목표는 아직 바꾸지 않았다.")
    assert "부지" not in mention_of(body, "개항", date="2026-06-05").keywords


def test_a_broadcasts_caption_gives_the_speaker_of_the_quote_under_it():
    body = ("해양수산부가 항만 자동화 계획을 내놓은 지 1년이 지났습니다.\n\n"
            "국토교통부는 배후 도로 공사를 서두르고 있습니다.\n\n"
            "[인터뷰] 하진우 / 해양수산부 항만정책관\n\n"
            "\"부두마다 사정이 달랐습니다. 남은 두 곳도 내년 상반기까지 자동화를 마치겠습니다.\"")
    found = mention_of(body, "자동화를 마치겠", date="2025-10-02")
    assert (found.person, found.ministry) == ("하진우", "해양수산부")
    # the next caption names someone else, with no ministry: the official no longer speaks
    body += ("\n\n[인터뷰] 김모 씨 / 부두 운영사 직원\n\n"
             "\"우리 회사는 내년 말까지 무인 크레인 20대를 들여오겠습니다.\"")
    assert getattr(mention_of(body, "무인 크레인", date="2025-10-02"), "person", None) != "하진우"


def test_a_possibility_is_no_promise():
    body = ("보건복지부는 야간 진료 기관을 연내 100곳으로 늘리기로 했다. 이 국장은 \"지역 의사회가 협조해 준다면 "
            "참여 기관을 200곳까지 늘리는 것도 가능하다\"고 덧붙였다.")
    assert mention_of(body, "100곳") is not None
    assert mention_of(body, "200곳") is None


def test_a_failure_still_to_come_is_no_plan():
    body = "정부가 의무 고용 비율을 3%까지 더 낮춘다면 장애인 일자리가 제대로 늘지 못하는 문제가 생길 수 있다."
    assert mention_of(body, "비율") is None


def test_a_mid_heading_leaves_the_mention_to_its_paragraph():
    body = ("■ 관광: 외래관광객 2천만 명, 1년 늦게 달성\n\n"
            "문화체육관광부는 10월까지 누적 외래관광객이 2010만 명으로 지난해 목표였던 2000만 명을 넘어섰다고 밝혔다.")
    found = mentions(body, date="2026-11-20")
    assert [m.sentence[:5] for m in found] == ["문화체육관"]


def test_a_tables_row_on_one_line_leaves_the_mention_to_the_prose_under_it():
    body = ("[카드] 노후 승강기 교체 융자 4,000대 | 2026년 | 행정안전부 | 변경\n\n"
            "행정안전부는 융자 재원 사정으로 올해 목표를 4,000대에서 3,500대로 낮췄다.")
    found = mentions(body, date="2026-11-26")
    assert [(m.sentence[:6], m.kind, m.target_value) for m in found] == [("행정안전부는", "revision", 3500)]
    assert [m.target_value for m in mentions(body.replace("\n\n", "\n"), date="2026-11-26")] == [3500]


@pytest.mark.parametrize("body", [
    "참가 동의서는 7월 10일까지 담임선생님께 제출해 주시기 바랍니다.",
    "※ 생존수영 참가 동의서(첨부 2)는 출력하여 작성 후 7월 10일(금)까지 제출해 주십시오.",
    "7월 24일부터 시작되는 여름방학을 앞두고 올해 달라진 생존수영 교육에 관해 안내해 드립니다.",
    "'광장'은 다음 주 같은 시간, 「의대 정원 이후의 지역 의료」로 찾아뵙겠습니다.",
    "다음 주에는 부동산 공급 대책 뒷얘기를 들고 오겠습니다.",
    # a plan given as the request's reason: the page's invitation
    "7월 3일 세종청사에서 사업설명회를 개최할 예정이오니 담당자는 참석하여 주시기 바랍니다.",
])
def test_the_pages_own_words_to_its_reader_are_no_ones_plan(body):
    assert _after_a_ministrys_promise(body) == []


def _after_a_ministrys_promise(body: str):
    """The mentions of `body` read as the paragraph after one in which a ministry promised (whose
    name would otherwise carry over to it)."""
    promise = "행정안전부는 올해 노후 승강기 교체 융자를 3,000대로 늘리겠다고 밝혔다."
    found = mentions(promise + "\n\n" + body, date="2025-06-30")
    assert found and found[0].sentence == promise
    return found[1:]


def test_an_officials_plan_to_tell_the_public_is_still_a_plan():
    m = mention_of("교육부는 다음 달까지 학부모 10만 명에게 새 제도를 안내하겠다고 밝혔다.", "교육부", date="2026-06-30")
    assert (m.kind, m.target_value, m.ministry) == ("new", 100_000, "교육부")


@pytest.mark.parametrize("body", [
    "관리사무소는 입주자대표회의 의결을 거쳐 8월 중 101동 승강기 2대를 먼저 교체할 계획입니다.",
    "A. 각 시·군·구는 6월 말까지 물놀이 관리지역을 지정해 누리집에 공개합니다.",
    "답변에 나선 하람시장은 \"올해 첫 추경에 시비 10억 원을 편성해 노후 승강기 50대의 교체비 일부를 지원하겠다\"고 답했다.",
    "저희 툰브릿지는 내년부터 모든 연재작에 보이지 않는 워터마크를 넣어 유출 경로를 추적할 계획입니다.",
    "대표가 \"내년부터 세금이 한 병에 200원 가까이 줄어드는데, 그만큼 수출용 라벨에 쓰겠다\"고 하더라고요.",
    "시·군·구는 6월 말까지 물놀이 관리지역을 지정해 누리집에 공개합니다.",
    "서울시장은 \"올해 첫 추경에 시비 10억 원을 편성해 노후 승강기 50대를 지원하겠다\"고 말했다.",
    "금융감독원도 피해 신고센터 상담 인력을 연내 두 배로 늘리겠다고 밝혔다.",
    # a city or county Kiwi does not know, cut as its name and 군 (시)
    "달래군은 6월까지 3코스 입구 두 곳에 안내 요원을 배치하기로 했습니다.",
    "새터시는 내년 1월 센터 옆 격리 견사 20칸을 새로 짓기 시작해 6월에 마칠 예정입니다.",
    # the page's writer as `저희`, outside a quote, naming no body of government
    "저희는 표준 약관과 별도로 6월까지 장애 지역 가입자를 자동으로 찾아 보상하는 시스템을 자체 구축하겠습니다.",
    # the writer's service to its readers (`… 드립니다`), naming no body of government
    "리쉬 없이 오신 분께는 7월 한 달 무료로 빌려 드립니다.",
    "다음 교체 일정은 주문량을 보고 내년 여름에 다시 알려 드리겠습니다.",
])
def test_a_complex_a_local_government_a_mayor_or_a_firm_plans_its_own_business(body):
    assert _after_a_ministrys_promise(body) == []


@pytest.mark.parametrize("body", [
    "저희 부처는 연내 전담 창구 100곳을 열겠습니다.",
    "행정안전부는 점검 결과를 12월 중 국민께 알려 드리겠습니다.",  # (a body named: its own word)
    "저희 처는 연내 심사관을 100명으로 늘리겠습니다.",
    "저희 청은 연내 단속 장비 1,000대를 보급하겠습니다.",
    "협상 대표가 \"연내 타결을 목표로 10차례 협의하겠다\"고 말했다.",
    "행정안전부와 각 시·군·구는 6월 말까지 물놀이 관리지역 500곳을 지정한다.",
    "배출권 선물시장은 내년 하반기에 연다.",  # (a market, not a mayor: `선물` + `시장`)
    "행정안전부는 연내 노후 승강기 3,000대를 교체할 계획이며, 관리 주체의 적극적인 협조를 바랍니다.",
    "행정안전부는 내년까지 상담 인력을 160명으로 늘릴 계획이니 많은 관심 바랍니다.",  # (no event invited to)
    "저희 소관은 아닙니다만, 공정거래위원회가 연내 전자상거래법 개정안을 국회에 내겠다고 했습니다.",
    "정부 측 대표는 \"연내 협상을 타결하겠다\"고 말했다.",
])
def test_an_official_speaking_for_their_own_body_is_not_an_outsider(body):
    assert len(_after_a_ministrys_promise(body)) == 1


# --- headlines that join two promises with `…` ------------------------------------------------

def test_each_point_of_a_two_promise_headline_is_a_mention_with_its_own_figures():
    title = "해수부 \"연안 여객선 40척 2028년까지 교체\"…섬 주민 운임 지원은 하반기 3만 명으로"
    found = [m for m in mentions("해양수산부는 3일 이같이 밝혔다.", title=title, date="2025-04-03") if m.in_title]
    got = sorted((m.sentence, m.target_value, m.target_unit, str(m.deadline), m.ministry) for m in found)
    assert got == [
        ("섬 주민 운임 지원은 하반기 3만 명으로", 30_000, "명", "2025-12-31", "해양수산부"),
        ("해수부 \"연안 여객선 40척 2028년까지 교체\"", 40, "척", "2028-12-31", "해양수산부"),
    ]
    for m in found:
        assert title[m.sentence_start:m.sentence_end] == m.sentence
    assert len({m.mention_id for m in found}) == 2


def test_a_headline_with_one_figure_stays_one_mention():
    title = "국토부, 2027년까지 광역버스 노선 20개 신설…출퇴근 시간 단축 기대"
    found = [m for m in mentions("국토교통부는 이날 계획을 발표했다.", title=title, date="2025-04-03") if m.in_title]
    assert [(m.sentence, m.target_value) for m in found] == [(title, 20)]


def test_a_headline_mention_is_linked_by_the_words_of_its_own_point():
    title = "해양연구센터 9월 조기 개소…장관 \"GPU 확보, 2030년이면 늦다\""
    [m] = [m for m in mentions("해양수산부는 이날 밝혔다.", title=title, date="2025-02-04") if m.in_title]
    assert "해양연구센터" in m.keywords and "GPU" not in m.keywords


@pytest.mark.parametrize("title,date,kind", [
    # a deed cannot be done at a future date: the headline announces it
    ("국토부, 신공항 관제탑 7월 가동", "2026-01-12", "new"),
    # the deadline of one point says nothing of the other point's deed
    ("과기정통부 \"위성 5기 발사 완료\"…내년 초 관측 자료 개방", "2025-12-02", "achieved"),
    # a promise said to fail before its date is a delay, not a plan
    ("공공 충전기 '연내 1만 기' 못 지킨다…환경부 \"내년 6월까지 마무리\"", "2025-12-17", "delayed"),
    # a verb clipped before `…` is as done as one that ends the headline
    ("국토부, 교량 안전 점검 마쳐…보수 결과 7월 공개", "2026-01-15", "achieved"),
])
def test_headline_kinds_read_point_by_point(title, date, kind):
    found = [m for m in mentions("정부는 이날 이같이 밝혔다.", title=title, date=date) if m.in_title]
    assert found and found[0].kind == kind


@pytest.mark.parametrize("title,deed", [
    ("농진청, 병해충 방제 로봇 100대 보급…'드론 예찰 지도' 10월 첫 공개", "'드론 예찰 지도' 10월 첫 공개"),
    ("노후 예인선 2027년까지 40척 교체…자율운항 화물선 내년 시범", "자율운항 화물선 내년 시범"),
    ("공사장 안전관리자 2028년까지 3천 명 양성…타워크레인 원격 감시 하반기부터 의무화",
     "타워크레인 원격 감시 하반기부터 의무화"),
    # the deed's object may come between the date and the deed
    ("해수부 \"연안 여객선 40척 2028년까지 교체…하반기부터 운임 당일 환급\"", "하반기부터 운임 당일 환급\""),
    # a quoted name a body launches on the date
    ("해수부, 어선 40척 2028년까지 교체…금융위는 하반기 '어업인 안심 보증'", "금융위는 하반기 '어업인 안심 보증'"),
    # the deed named first, its date last
    ("어선 40척 2028년까지 교체…무인 등대 시범 운영 내년 하반기", "무인 등대 시범 운영 내년 하반기"),
])
def test_a_headline_point_ending_on_a_date_and_a_noun_is_the_deed_due_then(title, deed):
    # the verbal noun's `-한다` is dropped; any noun after the date is what happens on it
    found = [m for m in mentions("해양수산부는 이날 이같이 밝혔다.", title=title, date="2025-03-04") if m.in_title]
    assert deed in [m.sentence for m in found]
    [point] = [m for m in found if m.sentence == deed]
    assert point.kind == "new" and point.deadline is not None and point.target_value is None


@pytest.mark.parametrize("title,body,kind", [
    ("수산물 이력 조회 앱 석 달 늦게 개통…어촌 정비는 내년으로", "해양수산부는 이날 점검 결과를 밝혔다.", "achieved"),
    ("어촌 정책 점검", "해양수산부의 수산물 이력 조회 앱은 예정보다 석 달 늦게 문을 열었다.", "achieved"),
    # not a deed done: `늦게까지`, and a deed still to come
    ("어촌 정책 점검", "해양수산부 직원들은 밤 늦게까지 어선 3척을 수색했다.", None),
])
def test_a_deed_done_a_span_late_is_achieved_late(title, body, kind):
    found = [m for m in mentions(body, title=title, date="2026-03-10") if "늦게" in m.sentence]
    assert [m.kind for m in found][:1] == ([kind] if kind else [])
    if kind:
        assert found[0].cue == extract.LATE_DEED and found[0].deadline is None


@pytest.mark.parametrize("body,kind", [
    # the delay is the reason, the deed done the sentence's own predicate
    ("해양수산부의 수산물 이력 앱은 업체 선정이 늦어져 올해 2월에야 문을 열었다.", "achieved"),
    # the delay modifies a date; the deed is done
    ("해양수산부의 어항법 시행령 개정은 6월로 미룬 시한보다 한 달 늦은 7월 국무회의를 통과했다.", "achieved"),
    # the delay is the reason for another delay
    ("해양수산부의 어항 공사가 늦어져 개통은 내년으로 미뤄졌다.", "delayed"),
])
def test_a_deed_done_after_a_delay_is_achieved_late(body, kind):
    found = mention_of(body, body[:8], date="2026-11-10")
    assert found is not None and found.kind == kind


@pytest.mark.parametrize("title", [
    "수산물 수출 2028년까지 40억 달러로…올해 수출 역대 최대",
    "어선 40척 2028년까지 교체…하반기 수산물 수출 '관세 먹구름'",
])
def test_a_dated_headline_point_ending_on_a_state_or_a_quoted_label_is_no_deed(title):
    found = [m for m in mentions("해양수산부는 이날 이같이 밝혔다.", title=title, date="2025-03-04") if m.in_title]
    assert all(m.target_value is not None for m in found)


def test_every_point_of_a_headline_that_says_something_of_its_own_is_a_mention():
    # the first point has neither figure nor date the second has, but a deed of its own
    title = "어선 사고 보상금 신청 후 30일 안에 지급 결정…해경, 구조율 연내 95% 목표"
    found = [m for m in mentions("해양경찰청은 이날 이같이 밝혔다.", title=title, date="2025-06-24") if m.in_title]
    assert sorted(m.sentence for m in found) == ["어선 사고 보상금 신청 후 30일 안에 지급 결정", "해경, 구조율 연내 95% 목표"]


def test_a_headline_point_after_a_figures_comma_is_a_point_of_its_own():
    title = "취업사기·감금 막는다…공관 사건사고 인력 12명으로, 코리안데스크 다음 달 설치"
    found = {m.sentence: m for m in mentions("경찰청은 이날 이같이 밝혔다.", title=title, date="2025-10-23") if m.in_title}
    assert (found["공관 사건사고 인력 12명으로"].target_value, found["공관 사건사고 인력 12명으로"].deadline) == (12, None)
    assert str(found["코리안데스크 다음 달 설치"].deadline) == "2025-11-30"
    # one deed's figure and its date stay one point
    found = [m.sentence for m in mentions("고용노동부는 이날 이같이 밝혔다.", title="청년 지원금 월 50만 원으로, 내년 1월부터 지급",
                                          date="2025-10-23") if m.in_title]
    assert found == ["청년 지원금 월 50만 원으로, 내년 1월부터 지급"]
    # a list of things with one deed stays one point
    found = [m.sentence for m in mentions("경찰청은 이날 이같이 밝혔다.", title="순찰차 300대, 드론 50대 연내 도입",
                                          date="2025-10-23") if m.in_title]
    assert found == ["순찰차 300대, 드론 50대 연내 도입"]


@pytest.mark.parametrize("title,point,target", [
    # a quoted name inside the point, its deed after it
    ("9월까지 '바다누리' 온라인 신청…구조 인력 하반기 60명 충원", "9월까지 '바다누리' 온라인 신청", None),
    # a figure and a deed, the date in the other point
    ("노후 어선 연내 500척 교체…어선 검사 기간 30일로 단축", "어선 검사 기간 30일로 단축", 30),
    # a length in seconds the service is brought within
    ("항만 안전관리 연내 강화…선박 충돌 경보 5초 이내로 당긴다", "선박 충돌 경보 5초 이내로 당긴다", 5),
    # every case blocked within the length
    ("어선 검사 기간 30일로 단축…불법 조업 신고 24시간 내 차단", "불법 조업 신고 24시간 내 차단", 24),
])
def test_a_headline_point_with_its_deed_and_a_date_or_a_figure_is_a_plan(title, point, target):
    found = [m for m in mentions("해양수산부는 이날 이같이 밝혔다.", title=title, date="2025-06-24") if m.in_title]
    assert point in [m.sentence for m in found]
    assert [m.target_value for m in found if m.sentence == point] == [target]


def test_the_deck_under_the_headline_is_read_as_a_headline():
    body = ("복지부 \"하위법령 연내 정비\"…기금 수익률 1%p 끌어올린다\n\n"
            "국민연금법 개정안이 20일 국회 본회의를 통과했다.")
    deck = mention_of(body, "하위법령", title="18년 만의 연금개혁", date="2025-03-21")
    assert (deck.in_title, deck.kind, str(deck.deadline), deck.ministry, deck.cue) == (
        False, "new", "2025-12-31", "보건복지부", "부제")
    assert body[deck.sentence_start:deck.sentence_end] == deck.sentence


def test_a_ministry_kiwi_also_knows_as_a_common_noun_is_still_the_body_named():
    # (Kiwi's own dictionary has 교육부 as a common noun, and in this sentence its reading won)
    sentence = "교육부는 학부모 서비스의 민원 접수 기능을 내년 3월 신학기부터 운영하겠다고 밝혔다."
    found = mention_of(sentence, "교육부는", date="2026-11-19")
    assert found is not None and found.ministry == "교육부"


@pytest.mark.parametrize("sentence, kind", [
    # an older programme's promise, conceded and set against what came of it: the article's precedent
    ("정부는 2022년 청년희망적금을 내놓으며 가입자 200만 명을 모으겠다고 했지만, 가입자는 목표의 절반에 그쳤다.", None),
    ("해양수산부는 2019년에도 어선 안전 대책을 내놓으며 구명조끼 보급을 늘리겠다고 약속했지만, 보급률은 제자리였다.", None),
    ("청년 자산형성 약속이 목표에 못 미친 전례도 있다.", None),
    # a promise of the storyline, made two years before and recalled as missed: still news of it
    ("2024년 안에 범부처 기술사업화 조직을 만들겠다던 과기정통부의 약속은 지금까지 출범 소식이 없다.", "delayed"),
    ("해양수산부는 지난해 3월 구명조끼 보급을 늘리겠다고 약속했지만, 보급률은 제자리였다.", "delayed"),
])
def test_an_older_programmes_promise_told_as_a_precedent_is_no_report(sentence, kind):
    body = "금융위원회는 19일 청년미래적금을 내년 6월 출시하겠다고 밝혔다.\n\n" + sentence
    found = standing(mention_of(body, sentence[:8], date="2026-02-10"))
    assert (found.kind if found else None) == kind


@pytest.mark.parametrize("sentence", [
    # what ought to be or may be, said of a promise: the writer's view, not news of it
    "금융위원회가 약속한 기여금 두 배 지원이 예산 부족을 이유로 흔들려서는 안 된다.",
    "금융위원회가 지난해 하반기 중 내놓겠다던 갈아타기 방안이 늦어지면 같은 일이 되풀이될 수 있다.",
    "지난해 내놓겠다던 갈아타기 방안이 늦어진 만큼 금융위원회는 중도 해지를 줄일 장치부터 설계해야 한다.",
    # a newspaper's report, quoted by the ministry that answers it
    "○ ○○일보는 7월 28일자 기사에서 정부가 연내 없애겠다던 둔덕 7곳 가운데 공사를 시작한 곳이 없다고 보도하였습니다.",
    "일부 언론은 정부가 연내 없애겠다던 둔덕 7곳의 공사가 시작되지 않았다고 보도했다.",
])
def test_an_opinion_or_another_papers_report_on_a_promise_is_no_report(sentence):
    body = "금융위원회는 19일 청년미래적금을 내년 6월 출시하겠다고 밝혔다.\n\n" + sentence
    assert standing(mention_of(body, sentence[:8], date="2026-02-10")) is None


def test_a_press_releases_sub_head_between_dashes_is_its_deck_not_a_bullet():
    body = ("- 돌봄 전담인력 연내 500명으로…공공 돌봄센터 올해 40곳 추가 -\n\n"
            "□ 보건복지부는 3일 지역 돌봄 강화 방안을 발표하였다.")
    found = mentions(body, title="보건복지부, 지역 돌봄 강화 방안 발표", date="2025-03-03")
    deck = [(m.cue, m.target_value, m.target_unit, str(m.deadline)) for m in found if not m.in_title and "□" not in m.sentence]
    assert deck == [("부제", 500, "명", "2025-12-31"), ("부제", 40, "곳", "2025-12-31")]


def test_a_paragraph_naming_no_body_goes_on_with_the_one_named_above_it():
    body = ("방위사업청과 산업통상자원부는 27일 방산 수출 확대 전략을 발표했다.\n\n"
            "산업통상자원부는 하반기 방산 수출 전용 보증을 3조 원 규모로 내놓는다.\n\n"
            "방사청은 수출 허가 심사를 하반기부터 15일로 줄인다.\n\n"
            "핵심 부품 국산화에는 2029년까지 1조 원을 투입한다.\n\n"
            "정부는 중소기업 300곳에 올해 수출 컨설팅을 제공한다.")
    found = {m.sentence: m.ministry for m in mentions(body, title="방산 수출 확대 전략", date="2025-05-27")}
    assert found["핵심 부품 국산화에는 2029년까지 1조 원을 투입한다."] == "방위사업청"
    # the government as a whole is no body above it: the article's lead stands
    assert found["정부는 중소기업 300곳에 올해 수출 컨설팅을 제공한다."] == "산업통상자원부"
    # nor does a sentence that turns to another matter
    body = body.replace("정부는 중소기업", "한편 중소기업")
    found = {m.sentence: m.ministry for m in mentions(body, title="방산 수출 확대 전략", date="2025-05-27")}
    assert found["한편 중소기업 300곳에 올해 수출 컨설팅을 제공한다."] == "산업통상자원부"


def test_a_paragraph_does_not_go_on_with_a_body_across_a_roundups_section_heading():
    body = ("행정안전부는 상품권 약속 다섯 가지의 이행 상황을 공개했다.\n\n"
            "■ 방산 수출: 보증은 나왔다\n방위사업청은 올해 수주 목표를 220억 달러로 잡았다.\n\n"
            "■ 지역사랑상품권: 발행은 모자라\n\n연말까지 결제 데이터를 공공데이터포털에 공개한다.\n\n"
            "행정안전부는 상품권 발행을 내년 30조 원으로 늘린다.")
    found = {m.sentence: m.ministry for m in mentions(body, title="행안부 약속 결산", date="2026-11-26")}
    assert found["연말까지 결제 데이터를 공공데이터포털에 공개한다."] == "행정안전부"


def test_a_body_named_in_a_decks_later_point_is_not_the_earlier_points():
    body = ("기존 아파트 바닥 보강 융자 올해 1만 가구…환경부는 이웃사이센터 상담 대기 20일로\n\n"
            "국토교통부는 18일 층간소음 해소 방안을 발표했다. 국토교통부는 바닥 보강 융자를 올해 1만 가구에 내준다.")
    found = {m.sentence: m for m in mentions(body, title="층간소음 해소 방안", date="2025-03-18")}
    assert found["기존 아파트 바닥 보강 융자 올해 1만 가구"].ministry == "국토교통부"
    later = found["환경부는 이웃사이센터 상담 대기 20일로"]
    assert (later.ministry, later.kind, later.target_value, later.target_unit) == ("환경부", "new", 20, "일")


@pytest.mark.parametrize("point,delayed", [
    ("환경부는 이웃사이센터 상담 대기 20일로", False),  # a day with no month: a span
    ("통합 예매 앱 개통은 6월 20일로", True),
    ("통합 예매 앱 개통은 다음 달 20일로", True),
    ("통합 예매 앱 개통은 내년 3월로", True),
])
def test_a_headline_point_ending_on_a_date_moved_names_its_month(point, delayed):
    found = [m for m in mentions("해양수산부는 이날 이같이 밝혔다.", title=f"{point}…교통비 부담 줄인다", date="2025-03-18")
             if m.sentence.startswith(point)]
    assert (found[0].kind == "delayed") == delayed


@pytest.mark.parametrize("sentence,delayed", [
    ("해양관측소 완공 목표는 2028년으로 밀렸다.", True),
    ("시범망 구축 공정이 4개월가량 밀렸다.", True),
    ("백신 공급은 하반기 이후로 또 밀렸다.", True),
    ("국내 업체들이 가격 경쟁에서 밀렸다.", False),
    ("정부는 밀린 임금을 대신 지급했다.", False),
])
def test_pushed_back_to_a_date_or_by_a_span_is_a_delay(sentence, delayed):
    assert any(c.label == "delayed" and c.word == "밀리" for c in sentence_cues(sentence)) is delayed


@pytest.mark.parametrize("title,body", [
    ("해수부, 해양위성 2호 발사 성공…관측 자료 연내 공개", "해양수산부는 이날 밝혔다."),
    ("정책 브리핑", "해양수산부는 해양위성 2호를 목표 궤도에 올려놓는 데 성공했다고 밝혔다."),
])
def test_a_success_reported_is_an_achievement(title, body):
    m = mention_of(body, "성공", title=title, date="2025-11-27")
    assert m is not None and m.kind == "achieved"


def test_an_interview_answer_in_the_formal_present_is_a_scheduled_action():
    body = ("이수진 해양수산부 장관은 지난 5일 세종청사에서 본지와 만났다.\n\n"
            "- 어촌 지원은 어떻게 됩니까.\n\n"
            "\"스마트 양식장은 2030년까지 1200곳을 더 짓습니다.\"")
    m = mention_of(body, "양식장", date="2025-11-06")
    assert m is not None and (m.kind, m.target_value, str(m.deadline)) == ("new", 1200, "2030-12-31")


@pytest.mark.parametrize("body", [
    "해양수산부 관계자는 \"지난해 수산물 수출은 30억 달러로 정점이던 2021년에 한참 못 미칩니다\"라고 말했다.",
    "[정정] 해양수산부 예산 기사 중 사업 수를 12개로 바로잡습니다.",
])
def test_a_measure_or_a_correction_in_the_formal_present_is_no_scheduled_action(body):
    assert mentions(body) == []


@pytest.mark.parametrize("body,outside", [
    ("한 민간 경제연구소는 다음 달 중 인구 전망 보고서를 내놓을 계획이다.", True),
    ("한 방산업체 대표는 \"2030년까지 해외 매출 비중을 60%로 높이겠다\"고 말했다.", True),
    ("미국 상무부는 반도체 조사 결과를 이르면 이달 말 발표할 예정이다.", True),
    ("캄보디아 정부도 연말까지 범죄단지 일제 단속을 벌이겠다고 한국 측에 알려 왔다.", True),  # any state's
    ("국회 산업위 소속 탁유건 의원(더불어민주당)은 \"개정안을 상반기 중 발의하겠다\"고 밝혔다.", True),  # an aside
    # an outsider with an aside as the subject of a clause the ministry's plan hangs on
    ("박 의원(국민의힘)이 대표 발의한 특별법에 따라 국토교통부는 2027년까지 공공임대 5만 호를 공급하겠다고 밝혔다.", False),
    # a Korean administration before 정부 is no foreign state
    ("문 정부는 2022년까지 공적임대 85만 호를 공급하겠다고 약속했다.", False),
    ("미국 연방통신위원회(FCC)는 주파수 경매를 2027년까지 마치겠다는 계획을 내놨다.", True),
    ("충남도는 2028년까지 소규모 저수지 10곳의 용량을 늘리겠다고 밝혔다.", True),
    ("서울시도 2031년까지 31만 호 착공을 추진하겠다는 입장을 밝혔다.", True),
    ("일부 대학은 2028년까지 연구 인력 2,000명을 뽑겠다는 계획을 내놨다.", True),
    ("전북교육청은 2027년까지 폐교 30곳을 마을 도서관으로 바꾸기로 했다.", True),
    ("충청남도 교육청은 올해 안에 통학버스 120대를 새로 들이기로 했다.", True),
    # a public corporation's plans of its own
    ("한국전력은 2035년까지 변전소 40곳을 새로 짓겠다는 계획을 내놨다.", True),
    ("코트라도 올해 해외 무역관 15곳에 수출 상담 창구를 두기로 했다.", True),
    # nor its own deeds
    ("전라남도는 2029년까지 도내 귀농 인구를 3만 명으로 늘리겠다며 정착 지원금 20억 원을 편성했다.", True),
    ("충남도는 지난해 소규모 저수지 10곳의 용량을 늘렸다.", True),
    # a company or an association as the topic of a sentence whose object comes in a later clause
    ("한빛해운협회는 운임 부담이 커질 수 있다며 지원 예산을 3조 원으로 늘려야 한다고 요구했다.", True),
    ("HMM은 운임 부담이 커질 수 있다며 항로를 2027년까지 5개로 늘리겠다고 밝혔다.", True),
    # the government unnamed, and the number one, are not outsiders
    ("한 정부 관계자는 \"연내 5곳을 추가로 지정하겠다\"고 말했다.", False),
    ("국토교통부는 이 가운데 한 곳은 연내 착공하겠다고 밝혔다.", False),
    ("일부 부처는 연내 세부 과제를 확정하기로 했다.", False),
])
def test_a_body_outside_the_central_government_makes_no_promise_of_its(body, outside):
    # in a story on a ministry's plans, whose lead body a sentence with no body of its own takes
    story = "해양수산부는 8일 중장기 계획을 발표했다.\n\n해양수산부는 연내 세부 과제를 정한다.\n\n" + body
    assert (mention_of(story, body[:8], date="2025-07-08") is None) is outside


@pytest.mark.parametrize("sentence,progress", [
    ("해양관측망 50곳 정비는 현재 18곳이 공사에 들어갔고, 2027년 완료 목표는 그대로다.", True),
    ("나머지 두 곳도 2027년 상반기까지 완공한다는 일정에는 변함이 없다고 해수부는 설명했다.", True),
    ("식약처는 내년 1월 의무화 일정에 변함이 없다고 했어요.", True),  # (`에` with no topic's 는)
    ("쌀값은 지난해와 변함이 없다.", False),
    ("점검 결과는 내년 교체 계획에 그대로 반영된다.", False),  # (the `에` of a plan, before 그대로: no plan kept)
    ("수산물 가격에 변함이 없다.", False),
    ("연안여객선 개통 목표 시점은 2030년으로 유지됐다.", True),
    ("2032년 심해 탐사선 발사라는 큰 목표는 바뀌지 않았습니다.", True),
    # a rule that stays is no promise; keeping a target, decided, is the decision
    ("해양수산부가 정한 기존 비율(5%)은 내년에도 그대로 유지된다.", False),
    ("해양수산부는 2027년 3천만 명 목표도 그대로 유지하기로 했다.", False),
    # the plan as the object kept
    ("기후에너지환경부는 2030년 12% 목표를 유지하고 있다.", True),
    ("과기정통부는 2028년까지 GPU 5만 2,000장을 확보한다는 목표를 그대로 유지한다고 설명했다.", True),
    ("정부는 재정 건전성 기조를 유지한다.", False),
    ("기후에너지환경부는 2030년 12% 목표를 유지하기 어렵다고 밝혔다.", False),
])
def test_a_promise_said_to_stand_is_progress(sentence, progress):
    assert any(c.label == "progress" and c.word in ("그대로", "유지", "변하", "바뀌") and c.realised
               for c in sentence_cues(sentence)) is progress


@pytest.mark.parametrize("body,kind", [
    ("승강기 안전관리자 법정 교육은 지난해 7월부터 온라인으로도 받을 수 있게 됐다.", "achieved"),
    ("승강기 안전관리자 법정 교육은 내년부터 온라인으로도 받을 수 있게 된다.", "new"),
    # what became possible, as a description: not the deed
    ("하지만 예산이 깎이면서 올해 교체할 수 있게 된 승강기는 1,000대에 그쳤다.", "revision"),
])
def test_a_change_that_has_made_something_possible_is_done(body, kind):
    found = _after_a_ministrys_promise(body)
    assert [(m.kind, m.ministry) for m in found] == [(kind, "행정안전부")]


@pytest.mark.parametrize("sentence, in_effect", [
    ("행정안전부는 2025. 12. 1.부터 '안전디딤돌' 앱으로 도로 살얼음 위험 알림을 보내고 있다.", True),
    ("지난해 7월부터 경로당 정부양곡 할인율은 50%에서 70%로 올랐다.", True),
    ("경찰청은 지난 5일부터 결빙 취약구간 45곳에서 가변형 속도제한 표지를 운영하기 시작했다.", True),
    # a span, work towards the measure, a plan, a check still to come
    ("행정안전부는 지난해 3월부터 10월까지 알림을 보냈다.", False),
    ("행정안전부는 3월부터 알림 서비스를 준비하고 있다.", False),
    ("경찰청은 하반기부터 검거된 청소년 전원을 전문 상담기관에 연계한다.", False),
    ("경찰청은 지난달부터 표지를 운영하기로 했다.", False),
    ("수어통역 편성 비율을 내년 1월부터 5%에서 7%로 올리는 고시 개정안은 지난달 행정예고를 마쳤다.", False),
    ("과기정통부는 11월부터 통신사가 대책을 이행하고 있는지 점검할 계획이다.", False),
    ("행정안전부는 내년 1월부터 알림을 보낼 계획이다.", False),
    # a year's noun alone: as often how long someone has been at something (`지난해부터 … 추적해 왔다`)
    ("행정안전부는 지난해부터 알림을 보내고 있다.", False),
    ("질병관리청은 내년 3월부터 120개 병원에서 시스템을 운영하게 됐다.", False),  # decided, the day ahead
    ("행정안전부는 지난해 12월부터 알림을 보내지 못하고 있다.", False),  # not running
    ("국토교통부는 지난 3월부터 광역버스 운행을 중단했다.", False),
    ("통계청에 따르면 지난해 7월부터 청년 실업률은 8%로 올랐다.", False),  # a statistic
])
def test_a_measure_run_since_a_day_gone_by_is_in_effect(sentence, in_effect):
    assert any(c.label == "achieved" and c.word == "부터" for c in sentence_cues(sentence)) is in_effect


@pytest.mark.parametrize("sentence", [
    "해양수산부 목표를 채우려면 앞으로 6년 동안 해마다 양식장 40곳을 새로 지어야 한다는 계산이 나온다.",
    "해양수산부 계획대로라면 남은 5년 동안 해마다 12척 이상을 건조해야 하는 셈이다.",
    "해양수산부 목표를 연평균으로 환산하면 2만 7000톤으로, 지난해 실적의 1.7배에 이른다.",
    "해양수산부가 목표로 잡은 2030년까지 신항이 문을 열지 못한다는 뜻이다.",
])
def test_the_writers_arithmetic_is_no_promise(sentence):
    story = "해양수산부는 27일 중장기 계획을 발표했다.\n\n해양수산부는 2030년까지 신항을 연다.\n\n" + sentence
    assert mention_of(story, sentence[:12], date="2026-01-27") is None


def test_a_headline_point_ending_in_a_target_is_a_plan():
    title = "해수부 \"2027년까지 해양레저 거점 다섯 곳\"…해양관광객 3000만 명 목표"
    found = {(m.target_value, m.kind) for m in mentions("해양수산부는 24일 이같이 밝혔다.", title=title, date="2025-09-24")
             if m.in_title}
    assert found == {(5, "new"), (30_000_000, "new")}


def test_a_headline_point_ending_on_a_date_moved_to_is_a_delay_beside_the_other_points_news():
    title = "해수부, 연안 크루즈 계획 철회…해양 거점 완공도 2028년으로"
    found = sorted((m.sentence, m.kind, str(m.deadline))
                   for m in mentions("해양수산부는 8일 이같이 밝혔다.", title=title, date="2026-09-08") if m.in_title)
    assert found == [("해수부, 연안 크루즈 계획 철회", "cancelled", "None"),
                     ("해양 거점 완공도 2028년으로", "delayed", "2028-12-31")]


@pytest.mark.parametrize("point,deadline", [("라돈 저감 지원 3,000가구는 내년 말로", "2027-12-31"),
                                            ("해양 거점 완공은 2028년 초로", "2028-03-31")])
def test_a_headline_point_ending_on_the_end_or_start_of_a_period_is_a_delay(point, deadline):
    title = "전통주 수출 목표 7,000만 달러로 상향…" + point
    found = {m.sentence: (m.kind, str(m.deadline)) for m in mentions("정부는 26일 점검 결과를 발표했다.", title=title,
                                                                     date="2026-11-26") if m.in_title}
    assert found[point] == ("delayed", deadline)


@pytest.mark.parametrize("body,kind", [
    # a date put back is a delay, whatever the verb calls it
    ("해양수산부는 신항 준공을 올해 연말에서 내년 3월로 조정했다고 밝혔다.", "delayed"),
    ("해양수산부는 신항 준공을 내년 3월에서 올해 연말로 조정했다고 밝혔다.", "revision"),
    # a deed done in full is done
    ("해양수산부 예산 2조 원은 지난달까지 17개 시도에 모두 배분됐다.", "achieved"),
    ("해양수산부 예산 2조 원 가운데 1조 원이 지난달까지 17개 시도에 배분됐다.", "progress"),
])
def test_a_follow_up_reads_what_its_figures_say(body, kind):
    m = mention_of(body, "해양수산부", date="2025-12-16")
    assert m is not None and m.kind == kind


@pytest.mark.parametrize("body,kind", [
    # a promise named in an adnominal clause is reported on; the main predicate says how it went
    ("국토교통부가 연내 30곳에 짓겠다던 복합환승센터는 현재 12곳만 문을 열었다.", "delayed"),
    ("연말까지 끝내겠다던 노선 조정 협의는 해를 넘긴 지금까지 결론 소식이 없다.", "delayed"),
    ("해양수산부는 지난해 20척을 건조하겠다고 했지만, 현재까지 진수된 선박은 9척이다.", "delayed"),
    ("올해 보급하기로 한 전기 굴착기 500대 가운데 지금까지 보급된 것은 180대다.", "progress"),
    ("상반기까지 내놓기로 했던 세부 지침은 두 달 늦은 8월에 공개됐다.", "achieved"),
    ("200곳으로 늘리기로 했던 공공 충전소는 목표를 150곳으로 줄이기로 했다.", "revision"),
    # the promise itself: announced today, or restated (`밝힌 바 있다`)
    ("국토교통부는 올해 공공 충전소 200곳을 짓기로 한 계획을 발표했다.", "new"),
    ("국토교통부 장관은 취임 당시 2027년까지 충전소 1만 곳을 짓겠다고 밝힌 바 있다.", "new"),
])
def test_a_recalled_promise_is_read_by_what_became_of_it(body, kind):
    found = in_a_review(body)
    assert found is not None and found.kind == kind


def test_a_measure_of_an_event_is_not_the_event():
    assert in_a_review("올해 6월 말 기준 국토교통부 예산 집행률은 61.2%였다.") is None


def test_only_part_of_a_recalled_promise_done_is_a_delay():
    found = mentions("국토교통부는 10일 이같이 밝혔다.", title="지난해 짓기로 한 도서관 40곳 중 25곳만 개관", date="2027-01-10")
    assert [m.kind for m in found if m.in_title] == ["delayed"]


@pytest.mark.parametrize("body,kind", [
    ("국토교통부가 지난해 말까지 48곳에 열기로 했던 상담소는 현재 31곳에서만 운영되고 있다.", "delayed"),
    ("국토교통부가 지난해 3월부터 모든 역에 두겠다던 안내 요원은 이달 기준 전체 역의 87%에만 배치됐다.", "delayed"),
    ("국토교통부가 연말까지 공개하겠다던 안전 점검 결과는 해를 넘긴 지금까지 감감무소식이다.", "delayed"),
    ("정상화를 약속했던 국토교통부 민원 서비스는 연휴 첫날 오전에야 재개됐다.", "achieved"),
    # a deed done only at a late date, or as planned
    ("국토교통부의 제재 결론은 석 달 늦은 지난 9월에야 나왔다.", "achieved"),
    # the promised figure in the name of what was promised is no count since
    ("국토교통부가 상반기 중 마치겠다던 교량 1만 2,000여 곳 점검은 두 달 늦은 지난달에야 끝났다.", "achieved"),
    ("국토교통부가 연내 설치하겠다던 충전기 1만 기 가운데 6,000기는 설치됐다.", "progress"),
    ("운임 기준을 담은 국토교통부 세부 고시는 계획대로 지난 6월 제정됐다.", "achieved"),
    ("국토교통부의 공항 소음 대책은 예고대로 지난 2월 국무회의에서 나왔다.", "achieved"),
    ("국토교통부가 마련한 건설안전법 개정안은 약속대로 지난해 12월 국회에 제출됐다.", "achieved"),
    ("국토교통부는 올해 들어 점검 인력 64명을 채용했다.", "progress"),
    ("국토교통부의 교통안전 체험관은 지금 12곳이 문을 열었다.", "progress"),  # a tally so far
    ("국토교통부의 교통안전 체험관은 12곳이 모두 문을 열었다.", "achieved"),
])
def test_what_became_of_a_promise_in_other_words(body, kind):
    found = in_a_review(body)
    assert found is not None and found.kind == kind


@pytest.mark.parametrize("title,promise", [
    # a headline with no figure is a promise when it has its date and its deed
    ("해양경찰청 \"무인 순찰선 내년 하반기 시범 도입\"", True),
    ("해수부 \"서해 해저터널 2031년 12월 개항\"", True),
    ("해양경찰청 \"연내 '해상 안전 종합계획' 수립\"", True),
    ("해양경찰청 \"하위법령 연내 정비\"", True),
    # deeds of tax and law: taxing, exempting, extending
    ("해양경찰청 \"2028년부터 어선 연료 물려받은 만큼 과세\"", True),
    ("해양경찰청 \"어민 면허 기간 내년부터 연장\"", True),
    # without a date still to come, or without a deed, it is a topic; a deed of tax or law counts
    # only closing the point (`면제 차량 2300만 대` counts cars)
    ("해양경찰청 \"무인 순찰선 시범 도입\"", False),
    ("해양경찰청, 추석 통행료 면제 어선 2300척", False),
    ("해양경찰청, 내년 하반기 무인 순찰선 논의", False),
])
def test_a_headline_without_a_figure_needs_its_date_and_its_deed(title, promise):
    found = mentions("해양경찰청은 5일 이같이 밝혔다.", title=title, date="2025-03-05")
    assert any(m.in_title and m.kind == "new" for m in found) is promise


def test_the_writers_gloss_of_a_plan_is_the_plan():
    body = ("과학기술정보통신부는 10일 \"GPU 확보에 속도를 내겠다\"고 밝혔다.\n\n"
            "2030년까지 GPU 5만 장을 확보하겠다는 얘기다.")
    m = mention_of(body, "5만 장", date="2025-07-10")
    assert m is not None and (m.target_value, m.target_unit) == (50000, "장")
    # the writer's inference is no plan
    inferred = ("국토교통부는 10일 공공주택 공급 계획을 발표했다.\n\n"
                "결국 연초 목표였던 5만 가구에서 2만 가구를 줄이겠다는 얘기다.")
    assert mention_of(inferred, "결국", date="2025-07-10") is None


def test_the_writers_demand_about_a_delay_is_no_report_of_it():
    before = "기후에너지환경부는 CCUS 실증 일정을 2030년으로 미뤘다.\n\n"
    demand = "정부는 미뤄진 일정을 하나씩 나열하는 데 그칠 게 아니라, CCUS 로드맵을 다시 짜서 내놓아야 한다."
    assert mention_of(before + demand, "나열", date="2026-04-21") is None
    # the delay told as news still is, and the body's own `해야 한다고 밝혔다`
    told = "기후에너지환경부는 미뤄진 실증 일정을 2030년으로 확정했다."
    assert mention_of(before + told, "확정", date="2026-04-21") is not None
    said = "기후에너지환경부는 지연된 저장소 평가를 내년 상반기까지 마쳐야 한다고 밝혔다."
    assert mention_of(before + said, "평가", date="2026-04-21") is not None


@pytest.mark.parametrize("body", [
    # someone's reading of the news, attributed in the predicate
    "업계에서는 국토교통부의 연내 착공 목표 달성이 쉽지 않다는 관측이 나온다.",
    "국토교통부 사업이 1년 넘게 늦어진 데는 인력 부족이 발목을 잡았다는 분석이다.",
    "국토교통부 청사 주변 식당가는 점심 손님이 30% 넘게 줄었다는 하소연이 나온다.",
    "국토교통부 예산이 2028년 적자로 돌아설 수 있다는 전망이 나오는 상황이어서 속도 조절론도 나온다.",
    # a lawmaker's charge, the writer's own demand, a reason, a duration, an option weighed
    "국민의힘 김하나 의원은 \"국토교통부가 약속한 2028년 개통은 사실상 물 건너갔다\"고 지적했다.",
    "국토교통부는 연말까지 남은 7주 동안 요금 상한 방안을 반드시 내놔야 한다.",
    "민간 건설사들이 올해 국토교통부 착공 일정을 3개월씩 미룬 영향이 컸다.",
    "국토교통부 일정이 다시 밀린 것은 기체 인증이 지난해보다 석 달 늦어졌기 때문이다.",
    "국토교통부 심사 인력이 부족해 처리가 늦어진 데다 신청도 지난해 3만 건에서 5만 건으로 늘었다.",
    "현재 국토교통부 인허가는 신청부터 승인까지 평균 21일이 걸린다.",
    "국토교통부 안팎에서는 공항마다 5년간 최대 1000억 원을 지원하는 방안이 검토되고 있다.",
    "국토교통부는 공항마다 최대 1000억 원을 지원하는 방안은 검토하고 있다고 했다.",  # (reported)
    "하반기 수요가 몰리는 점을 고려하면 국토교통부의 연내 목표는 빠듯하다는 평가가 많다.",
    "국토교통부의 주거급여는 올해와 같이 월 최대 35만 원이 지급된다.",  # as this year: no date set
    "국토교통부는 사업비의 국비 비율을 40%에서 60%로 올리는 방안을 행정안전부와 협의하고 있다.",
    # a shortfall asked about, not reported
    "국토교통부 보급 실적이 왜 계획에 못 미쳤는지부터 꼼꼼히 따져 봐야 한다.",
    "국토교통부는 착공 일정이 왜 두 번이나 미뤄졌는지 먼저 밝혀야 한다.",  # through the passive 미루+어 지
    "국토교통부 공약이 얼마나 지켜지고 있는지 시민단체가 점검했다.",  # through the progressive -고 있
    # a question, a sentence that calls itself a reason, a hope with no date, a request to another body
    "국토교통부가 임기 안에 착공하겠다던 약속은 얼마나 지켜졌나.",
    "국토교통부가 내걸었던 착공 약속은 과연 지켜지고 있을까요?",
    "국토교통부가 올해를 '착공 정상화의 해'로 정한 이유다.",
    "국토교통부는 인허가 기간이 지금보다 20% 이상 줄어들 것으로 기대한다.",
    "국토교통부는 심사관들이 교육을 마치고 내년 3월부터 투입되면 처리 속도가 빨라질 것으로 기대하고 있다.",  # the date is the condition's
    "국토교통부는 올해분 1,200억 원을 추가경정예산안에 반영해 달라고 기획재정부에 요청했다.",
    # a figure compared with last year's, an association's demand, an opposition party's charge
    "내년 국토교통부 예산은 올해보다 6% 늘어난 62조 원이다.",
    "국토교통부 집계로 1년 전(12만 4,000건)보다 18% 늘어난 규모다.",
    # when a call closes, for those who answer it
    "국토교통부 공모의 사업계획서와 제안서는 오는 20일까지 받는다.",
    # a ministry's forecast of the economy, with no official voicing it as a promise
    "기획재정부는 올해 국세 수입이 350조 원 안팎에 이를 것으로 전망했다.",
    # a count of what was done, stated of its subject
    "국토교통부 집계로 지난해 말 기준 전국에 설치된 무인민원발급기는 1만 2,000대다.",
    "국토교통부 조사에서 충전 부지를 확보하지 못한 곳이 많았다.",
    # a definition: how the thing works, deeds and all
    "국토교통부 공공버스는 승객이 적어 민간 업체가 운행을 포기한 노선에 정부가 직접 버스를 넣는 제도다.",
    # a research institute's reading, a time counted from a launch, a price range
    "한국도로정책연구소는 국토교통부 카메라가 설치된 구간에서 사고가 30% 줄어드는 효과가 있을 것으로 분석했다.",
    "국토교통부 예약 앱 출시 석 달 만에 이용자 12만 명이 가입했다.",
    "국토교통부 인증 수수료는 기관에 따라 3만 원에서 8만 원까지 한다.",
    # a count of those who did or could not (`…구하지 못해 포기한 가구는 …에 달했다`)
    "국토교통부 집계로 지난해 임대주택을 신청하고도 배정받지 못해 취소한 가구는 8,000가구에 달했다.",
    "대한건설협회는 \"국토교통부가 공공주택 착공을 연 10만 가구로 늘려야 한다\"고 요구했다.",
    "야당인 국민의힘은 \"국토교통부가 착공 실적을 제대로 확보하지 않은 채 목표만 부풀렸다\"고 비판했다.",
    # the writer's wish, a reason or a meaning told in the predicate
    "국토교통부도 착공 목표를 연내 채울 수 있도록 지자체와 함께해 주길 바란다.",
    "국토교통부 인허가 전산 연동이 3개월 늦어진 탓이다.",
    "국토교통부 공공임대 공실이 평균 9% 줄어든 덕이다.",
    "국토교통부 착공 5만 호 가운데 1만 호는 아직 첫 삽도 뜨지 못했다는 뜻이다.",
    # a learned society's demand, banks' and a private citizen's plans, an institute's estimate
    "대한건축학회는 \"안전이 먼저\"라며 국토교통부가 점검 인력을 두 배로 늘려야 한다고 요구했다.",
    "주요 은행들은 상반기 안에 국토교통부 전세 대출 심사 절차를 새로 도입할 계획이다.",
    "서울에 사는 김모(51)씨는 \"국토교통부 임대주택 청약을 한 번도 해 보지 못했다\"고 말했다.",
    "국토연구원은 국토교통부 공급 계획대로라면 2030년 주택 수가 2,400만 호로 늘어날 것으로 추산했다.",
    # what a law does on its own schedule
    "개정 주택임대차보호법에 따라 7월부터는 계약 갱신 때 임대료 인상 상한이 3%로 내려간다.",
    # a roundup's frame: promises as a lot
    "국토교통부가 올해 내놓은 12개 약속을 따라가 보면 공통점이 있다.",
    "이행을 마친 국토교통부 약속은 5개, 진행 중인 약속은 3개였다.",
    "본지는 내년에도 이들 약속을 계속 점검할 예정이다.",
    "국토교통부의 착공 약속은 대부분 제날짜에 지켜졌지만, 전산을 잇는 약속은 번번이 밀렸다.",
    "올해도 정부 부처들은 숫자와 날짜를 내건 약속을 쏟아냈다.",
    "국토교통부가 지난해 약속한 다른 과제들도 성적이 엇갈렸다.",
    "국토교통부 약속 가운데 약속대로 이뤄진 것은 6개였고, 나머지는 늦어지거나 바뀌었다.",
    "본지는 내년에도 분기마다 국토교통부 약속의 이행 상황을 점검해 보도할 예정이다.",
    "국토교통부가 내놓은 주요 약속 다섯 가지를 하나씩 짚어 봤다.",
    "세 가지 약속 가운데 기한 안에 지켜진 것은 한 가지이고, 나머지는 늦어졌다.",
    # an event noun in a compound naming a measure (`편성 의무 비율은`): a rule in force, stated
    "현재 지상파의 화면해설 편성 의무 비율은 전체 방송 시간의 10%다.",
    # a correction notice quoting the article it corrects
    "어제 '주택 공급 목표 달성' 기사에서 국토교통부가 올해 착공한 공공주택을 '5만 호'로 보도했으나, 확인 결과 '4만 호'이기에 바로잡습니다.",
    # what such ministries tend to do
    "일정을 미룬 부처일수록 늦어진 이유는 짧게 설명하는 경우가 많았다.",
    "약속을 늦춘 기관일수록 새 일정만 내놓고 지연 이유는 설명하지 않았다.",
    # a promise not yet named, which the next sentence names
    "제일 급한 약속부터 늦어졌다.",
    "제때 이뤄진 약속도 있다.",
])
def test_a_sentence_about_a_promise_that_is_not_the_governments_word_on_it(body):
    assert standing(in_a_review(body)) is None


def test_an_officials_demand_is_a_promise():
    found = in_a_review("국토교통부 장관은 \"연말까지 요금 상한 방안을 반드시 내놔야 한다\"고 강조했다.")
    assert found is not None and found.kind == "new"


@pytest.mark.parametrize("body", [
    # the announcement's date between the plan and `밝혔다`
    "국토교통부는 9월까지 주택청약 누리집을 모바일 중심으로 전면 개편한다고 10일 밝혔다.",
    # the subject of a relative clause (`AI가 써 주는`) is not the sentence's
    "국토교통부는 10일 이같이 밝혔다. 인허가 서류를 AI가 대신 써 주는 '자동 작성 서비스'도 내년 하반기 시범 도입한다.",
    # an official's hope with a date to hold it to
    "국토교통부 주택정책관은 \"상반기 안에 청약 대기 기간이 절반으로 줄어들 것으로 기대한다\"고 말했다.",
])
def test_a_plan_said_in_the_plain_present_or_as_a_dated_hope_is_a_promise(body):
    found = [m for m in mentions(body, date="2025-06-10") if not m.in_title]
    assert found and found[-1].kind == "new"


def test_the_difference_from_last_year_is_not_the_amount():
    found = in_a_review("국토교통부는 내년도 예산안을 올해보다 9.7% 늘어난 62조 원으로 편성했다고 10일 밝혔다.")
    assert found is not None and (found.target_value, found.target_unit) == (62e12, "원")


def test_a_headline_is_one_sentence_however_kiwi_cuts_it():
    title = "주택 착공 '연내 5만 가구' 결국 못 지켜…국토부 \"내년 상반기로\""
    [sentences] = analyse([Article(title=title, body="본문이다.", source_path="t", source_format="text")])
    assert [s.text for s in sentences if s.in_title] == [title]


def test_but_goes_on_with_this_sections_body_not_a_speaker_paragraphs_back():
    body = ("배경훈 과학기술정보통신부 장관은 \"GPU 1만 장을 연내 확보하겠다\"고 말했다.\n\n"
            "■ 해양수산부: 어촌 정비\n\n"
            "해수부는 올해 초 어촌 300곳을 6월까지 정비하겠다고 약속했다. "
            "하지만 자재 수급이 늦어지면서 정비는 8월에야 마무리됐다.")
    late = mention_of(body, "8월에야", date="2025-09-18")
    assert late is not None and late.ministry == "해양수산부" and late.person is None


def test_then_goes_on_with_the_last_speaker():
    body = ("배경훈 과학기술정보통신부 장관은 \"GPU 1만 장을 연내 확보하겠다\"고 말했다.\n\n"
            "산업통상자원부는 이날 전력망 계획을 따로 발표했다.\n\n"
            "이어 \"국가AI컴퓨팅센터도 2027년까지 두 곳을 열겠다\"고 덧붙였다.")
    found = mention_of(body, "컴퓨팅센터", date="2025-09-10")
    assert found is not None and found.ministry == "과학기술정보통신부" and found.person == "배경훈"


@pytest.mark.parametrize("official", ["권도윤 해수부 해운물류국장", "모하람 국방부 인사복지실장"])
def test_an_unlisted_official_whose_office_kiwi_reads_as_a_name_still_speaks(official):
    found = mention_of(f"{official}은 \"항만 5곳을 연내 새로 열겠다\"고 말했다.", "항만 5곳")
    assert found is not None and found.person == official.split()[0]


@pytest.mark.parametrize("deed", ["배치", "보급", "설치", "채용", "확충"])
def test_a_deck_line_with_a_date_a_figure_and_a_deed_is_a_promise(deed):
    found = mentions(f"야간 감시 드론 10월까지 50대 {deed}\n\n해양경찰청은 5일 이같이 밝혔다.", date="2025-03-05")
    assert any(m.kind == "new" and "드론" in m.sentence for m in found)


@pytest.mark.parametrize("body,revised", [
    # raising or lowering the target is a change of plan
    ("해양수산부는 올해 연안 정화 목표를 15만 톤으로 높여 잡았다.", True),
    ("해양수산부는 올해 어선 감척 목표치를 300척에서 200척으로 낮췄다.", True),
    # raising a share is a result, not a new plan
    ("해양수산부는 지난해 연안 정화 실적 비중을 40%로 높였다.", False),
    # the figure set again: with a verb of change, or `다시` (`목표치` is 목표 + 치 to Kiwi)
    ("고용노동부는 1조 원 아래로 줄이겠다던 체불액 목표를 1조 2,000억 원 아래로 고쳐 잡았다.", True),
    ("해양수산부는 올해 어선 감척 목표치를 1,500척으로 다시 잡았다.", True),
    ("해양수산부는 올해 어선 감척 목표치를 1,500척으로 잡았다.", False),
])
def test_moving_the_target_is_a_revision(body, revised):
    found = in_a_review(body)
    assert (found is not None and found.kind == "revision") is revised


def test_a_ministry_acting_under_a_law_still_promises():
    found = in_a_review("국토교통부는 개정 주택법에 따라 연말까지 하위 법령 12건을 고친다.")
    assert found is not None and found.kind == "new"


@pytest.mark.parametrize("title,delayed", [
    ("국토부 \"인허가 처리 연내 14개월로…2027년엔 12개월\"", False),  # a span is a target
    ("국토부 \"인허가 전산화 2027년으로\"", True),  # a date moved to
])
def test_a_headline_point_ending_on_a_span_is_not_a_date_moved(title, delayed):
    found = mentions("국토교통부는 5일 이같이 밝혔다.", title=title, date="2025-03-05")
    assert any(m.in_title and m.kind == "delayed" for m in found) is delayed


def test_a_headline_point_joining_two_figures_deeds_with_go_is_two_promises():
    title = "해경 \"구조대원 연내 1,200명 늘리고 무인 순찰선 9월까지 30척 배치\""
    found = [m for m in mentions("해양경찰청은 5일 이같이 밝혔다.", title=title, date="2025-03-05") if m.in_title]
    assert sorted((m.target_value, m.deadline.month) for m in found) == [(30, 9), (1200, 12)]


@pytest.mark.parametrize("body,kind", [
    # fewer than the recalled figure is done in part
    ("2026년까지 100곳을 짓기로 한 공공 물류센터는 지난해 말까지 58곳이 완공됐다.", "progress"),
    # all of it is done
    ("2026년까지 100곳을 짓기로 한 공공 물류센터는 지난해 말까지 100곳이 모두 완공됐다.", "achieved"),
])
def test_a_deed_done_for_fewer_than_the_recalled_figure_is_progress(body, kind):
    found = in_a_review(body)
    assert found is not None and found.kind == kind


@pytest.mark.parametrize("title", [
    "어항 정비 1만 곳…해수부 '1만 2천 곳' 목표 못 채워",
    "해수부 어항 정비, 목표 못 넘어",
])
def test_a_target_not_reached_is_a_delay(title):
    found = mentions("해양수산부는 10일 이같이 밝혔다.", title=title, date="2026-02-10")
    assert any(m.in_title and m.kind == "delayed" for m in found)


@pytest.mark.parametrize("title,delayed", [
    ("거점센터는 9곳에 그쳐…이용자 2만 명 넘어", True),
    ("창업바우처 2,140곳 지원…공유오피스는 11곳 그쳐", True),
    ("수출 증가율 2%대에 그쳐", False),  # no count of things: a statistic
])
def test_a_headlines_count_that_stops_short_is_a_delay(title, delayed):
    found = mentions("교육부는 9일 이같이 밝혔다.", title=title, date="2026-06-09")
    assert any(m.in_title and m.kind == "delayed" for m in found) is delayed


def test_a_count_that_stops_short_of_the_target_is_a_delay():
    found = in_a_review("국토교통부는 지난해 공공주택 착공이 연초 세운 목표(5만 호)의 82% 수준에 그쳤다고 밝혔다.")
    assert found is not None and found.kind == "delayed"


@pytest.mark.parametrize("body", [
    "국토교통부는 지난해 말까지 전국 모든 역에 승강기를 설치하겠다고 약속했다.",
    "국토교통부는 올해 상반기까지 역사 안전 점검 시스템을 구축하겠다고 했다.",
])
def test_a_promise_reported_as_made_is_one_though_its_date_has_passed(body):
    found = mention_of("국토교통부는 지난해 교통약자 대책을 내놨다.\n\n" + body, body[:12], date="2026-09-09")
    assert found is not None and found.kind == "new"


@pytest.mark.parametrize("body", [
    # the subject of a relative clause of two verbs (`농협이 … 고용해 … 보내는`) is not the sentence's
    "농림축산식품부는 10일 이같이 밝혔다. 지역 농협이 근로자를 고용해 농가에 보내는 공공형 계절근로를 올해 70곳으로 늘리겠다.",
    # what a plan says, whoever carries it out
    "국토교통부는 10일 대책을 내놨다. 방안에 따르면 LH는 우선매수권을 넘겨받아 올해 안에 피해주택 5,000호를 사들인다.",
])
def test_a_plan_carried_out_by_another_body_is_still_the_ministrys(body):
    found = [m for m in mentions(body, date="2025-02-10") if not m.in_title]
    assert found and found[-1].kind == "new"


def test_a_day_said_relative_to_the_article_is_not_a_key_term():
    [sentences] = analyse([Article(title="", body="지난해 말까지 지역 센터를 작년보다 늘린다.", source_path="t",
                                   source_format="text")])
    words = extract._keywords(sentences[0].tokens, REFERENCE)
    assert "센터" in words and "지난해" not in words and "작년" not in words


# --- two plans joined by `-고,` in one body sentence -------------------------------------------

def test_two_plans_joined_by_go_are_two_mentions_each_with_its_own_figure_and_date():
    found = mentions("해양수산부는 연내 어항 20곳을 새로 정비하고, 수산물 이력 조회 앱도 9월 출시한다.")
    assert {(m.target_value, m.target_unit, str(m.deadline)) for m in found} == {
        (20, "곳", "2025-12-31"), (None, None, "2025-09-30")}
    assert all(m.kind == "new" and m.ministry == "해양수산부" for m in found)
    assert any(m.sentence.endswith("새로 정비하고") for m in found)


@pytest.mark.parametrize("body, found", [
    # `-고` straight into the next clause's object, with no comma, or after a verb's `-어지-`
    ("환경부는 폐의약품 전용 수거함을 연내 1만 곳까지 늘리고 회수율을 2027년까지 60%로 올리겠다고 했다.",
     {(10000, "2025-12-31"), (60, "2027-12-31")}),
    ("7월부터 관리비 공개 대상이 50세대 이상 단지로 넓어지고, 장기수선충당금 최소 기준이 하반기부터 생깁니다(국토교통부).",
     {(50, "2025-07-31"), (None, "2025-12-31")}),
])
def test_two_plans_joined_by_go_before_the_next_clauses_own_object_are_two_mentions(body, found):
    assert {(m.target_value, str(m.deadline)) for m in mentions(body, date="2025-03-27")} == found


@pytest.mark.parametrize("body", [
    # a deed going on, or one not done, is no clause of its own
    "보건복지부는 올해 처음으로 고독사 위험군 전국 실태조사를 하고 있고, 결과는 9월 공개한다.",
    "기획재정부는 자녀공제 확대안을 2028년까지 기다리지 않고 내년 1월부터 지금 체계에서 적용하기로 했다.",
])
def test_a_deed_going_on_or_not_done_before_go_is_no_plan_of_its_own(body):
    assert len(mentions(body, date="2025-03-27")) == 1


def test_a_clause_dated_by_words_alone_is_a_plan_of_its_own():
    # `다음 달부터는`, with no digit and no date word Kiwi tags as one, still dates its clause
    found = mentions("해양수산부는 내년 수산물 수출 목표를 150억 달러로 잡고, 다음 달부터는 중소 수출업체에 물류비를 지원하기로 했다.")
    assert {(m.target_value, str(m.deadline)) for m in found} == {(15_000_000_000, "2026-12-31"), (None, "2025-07-31")}


def test_parallel_clauses_given_one_verb_by_respectively_are_a_mention_each():
    found = mentions("해양수산부는 1단계 준공은 올해 하반기에서 내년 상반기로, 2단계 준공은 2027년에서 2028년으로 각각 "
                     "늦췄다.", date="2026-06-15")
    assert {(m.kind, str(m.deadline), str(m.previous_deadline)) for m in found} == {
        ("delayed", "2027-06-30", "2026-12-31"), ("delayed", "2028-12-31", "2027-12-31")}


def test_the_first_clause_borrows_the_decision_said_once_at_the_end():
    found = mentions("국토교통부는 역세권 주택 5,000호를 내년 하반기 착공하고, 2029년까지 광역버스 노선 40개를 새로 놓기로 했다.")
    assert {(m.kind, m.target_value, str(m.deadline)) for m in found} == {
        ("new", 5000, "2026-12-31"), ("new", 40, "2029-12-31")}


@pytest.mark.parametrize("body", [
    # the second clause has no date of its own: it widens the plan the first date governs
    "교육부는 내년 3월 새 학기부터 대상을 중학교 1학년으로 넓히고, 과목도 모두 5개 과목으로 늘린다.",
    # `이를` points back: one plan, its figure in one clause and its date in the other
    "과기정통부는 GPU 1만 장을 새로 확보하고, 2030년까지 이를 모두 지역 센터에 배치하기로 했다.",
    # a deed reported in two clauses is one report
    "산업부는 지난달 공모를 마무리하고, 1차 보증금 100억 원을 올해 3월 돌려줬다.",
])
def test_one_plan_in_two_clauses_stays_one_mention(body):
    assert len(mentions(body, date="2025-06-10")) <= 1


@pytest.mark.parametrize("body,target", [
    ("국토교통부는 내년 3월부터 청년 전세대출 금리를 1%로 낮추는 내용의 '청년 주거 안정 방안'을 10일 발표했다.", (1, "%")),
    ("환경부는 2028년까지 폐배터리 재활용률을 70%로 높이는 내용을 담은 종합계획을 내놨다.", (70, "%")),
    ("환경부는 10일 대책을 내놨다. 대책에는 2028년까지 폐배터리 재활용률을 70%로 높이는 내용도 담겼다.", (70, "%")),
])
def test_what_an_announced_plan_holds_is_a_promise(body, target):
    found = mention_of(body, "70%" if "70%" in body else body[:8])
    assert found is not None and found.kind == "new" and (found.target_value, found.target_unit) == target


def test_a_plan_that_holds_what_was_said_before_is_no_new_promise():
    assert mentions("과학기술정보통신부는 25일 이 같은 내용을 담은 '2025년 전파정책 추진방향'을 발표했다.") == []


def test_a_headline_point_that_ends_on_the_figure_something_is_brought_to_is_a_promise():
    found = mentions("국토교통부는 10일 이같은 내용의 방안을 발표했다.",
                     title="국토부, 광역버스 요금 1천 원으로…환승센터 2027년까지 12곳", date="2025-02-10")
    headline = {(m.target_value, m.target_unit) for m in found if m.in_title}
    assert headline == {(1000, "원"), (12, "곳")}


def test_a_headline_point_that_reports_a_delay_is_news_of_its_own_promise_not_of_the_others_figure():
    found = mentions("해양수산부는 28일 이같이 밝혔다.",
                     title="어촌 뉴딜 300곳 시대 1년…수산물 이력 앱은 내년 6월로 연기", date="2025-10-28")
    [headline] = [m for m in found if m.in_title]
    assert headline.kind == "delayed" and headline.target_value is None and "앱" in headline.sentence


def test_a_negation_in_the_next_clause_is_not_the_deeds():
    found = mention_of("국토교통부는 역이 없는 지역부터 버스 노선을 늘리고, 인도가 없어 주민들이 찻길로 다녀야 하는 "
                       "마을 300곳에는 2027년까지 인도를 놓는다.", "마을 300곳")
    assert found is not None and found.kind == "new" and found.target_value == 300


def test_what_a_repeal_brings_about_is_not_a_scheduled_action():
    assert mentions("단통법이 폐지되면 유통점 추가지원금을 공시지원금의 15% 이내로 묶어 둔 상한도 함께 사라진다.") == []


@pytest.mark.parametrize("body,promise", [
    ("대책의 목표는 2028년까지 농촌 빈집 1만 채를 정비하는 것이다.", True),
    ("정부 계획은 2027년까지 공공 심야약국을 200곳으로 늘리는 것이다.", True),
    # a goal recalled in the past is no new promise
    ("당초 목표는 2024년까지 빈집 1만 채를 정비하는 것이었다.", False),
])
def test_a_goal_as_the_subject_of_a_present_copula_is_a_promise(body, promise):
    found = mention_of("농림축산식품부는 10일 방안을 발표했다.\n\n" + body, body[:6])
    assert (found is not None and found.kind == "new") is promise


@pytest.mark.parametrize("body,deadline", [
    # `연내` of a promise whose outcome came last year is last year's end, not this year's
    ("연내 3,000대를 늘리기로 한 무인단속카메라는 지난해 12월 말까지 3,120대가 설치됐다.", "2025-12-31"),
    ("9월까지 열기로 한 온라인 신청 창구는 예정대로 지난해 9월 문을 열었다.", "2025-09-30"),
    # with no last year in the sentence, the article's own year stands
    ("연내 3,000대를 늘리기로 한 무인단속카메라는 지금까지 1,120대가 설치됐다.", "2026-12-31"),
])
def test_a_recalled_date_relative_to_a_promise_made_last_year(body, deadline):
    found = mention_of("행정안전부는 20일 점검 결과를 발표했다.\n\n" + body, body[:8], date="2026-01-20")
    assert found is not None and str(found.deadline) == deadline


def test_two_plans_joined_by_go_straight_into_the_next_date_are_two_mentions():
    found = mentions("서지민 국토부 철도정책과장은 \"연말까지 보상 협의를 마무리하고 내년 3월에는 반드시 착공하겠다\"고 말했다.",
                     date="2026-10-20")
    assert {str(m.deadline) for m in found} == {"2026-12-31", "2027-03-31"}
    assert all(m.person == "서지민" for m in found)


def test_a_headline_point_ending_in_a_noun_with_hwa_reports_the_deed_done():
    found = mentions("교육부는 9일 점검 결과를 냈다.", title="학폭 신고 앱 '마음톡' 내년 3월로 밀려…AI 감시 시범은 백지화",
                     date="2025-09-09")
    assert sorted(m.kind for m in found if m.in_title) == ["cancelled", "delayed"]


@pytest.mark.parametrize("sentence,kind", [
    # the past tense is the saying's: the deed is still ahead
    ("환경부가 수도권 생활폐기물 직매립 금지를 예정대로 내년 1월부터 시행한다고 15일 밝혔다.", "new"),
    # the deed's own past, reported
    ("고용노동부는 7월부터 공제 적립금 지원액을 약속대로 월 20만 원으로 올렸다고 보고했다.", "achieved"),
])
def test_kept_to_schedule_only_when_the_deed_itself_is_past(sentence, kind):
    assert [m.kind for m in mentions(sentence, date="2025-01-15" if kind == "new" else "2025-09-01")] == [kind]


def test_a_promised_figure_cut_in_the_course_of_things_is_a_revision_to_the_new_figure():
    found = mentions("400만 원으로 올리겠다던 맞벌이 가구 최대 지급액은 국회 심의를 거치며 380만 원으로 줄었다.", date="2026-05-12")
    assert [(m.kind, m.target_value) for m in found] == [("revision", 3_800_000)]


def test_growth_towards_a_promised_figure_is_no_revision():
    # (a guard: growth is left out of _FIGURE_SHIFTS on purpose)
    found = mentions("2027년까지 300곳으로 늘리겠다던 공공심야약국은 현재 221곳으로 늘었다.", date="2026-05-12")
    assert all(m.kind != "revision" for m in found)
    found = mentions("2027년까지 200곳으로 줄이겠다던 노후 시설은 250곳으로 줄었다.", date="2026-05-12")
    assert all(m.kind != "revision" for m in found)


def test_an_amount_recalled_then_raised_is_a_revision_whose_date_stands():
    found = mentions("산업통상부는 2030년까지 1조 원으로 잡았던 로봇 핵심기술 개발 투자를 1조 5,000억 원으로 늘리기로 했다.",
                     date="2026-01-20")
    assert [(m.kind, m.target_value, str(m.deadline), m.previous_deadline) for m in found] == [
        ("revision", 1_500_000_000_000, "2030-12-31", None)]


@pytest.mark.parametrize("sentence,kind", [
    ("지난해 상반기 국회에 내겠다던 지능형로봇법 개정안은 9월에야 제출돼 상임위원회에 계류돼 있다.", "achieved"),
    # still to come: no state holding now
    ("로봇법 개정안은 9월에야 제출돼 있을 것으로 보인다.", None),
])
def test_a_passives_result_holding_now_is_the_deed_done(sentence, kind):
    assert [m.kind for m in mentions(sentence, date="2026-01-20") if m.kind == "achieved"] == ([kind] if kind else [])


def test_starting_a_trial_of_a_promised_service_is_progress():
    found = mentions("하반기에 내놓기로 한 '전세 안심 진단' 서비스는 12월 출시를 목표로 시범 운영에 들어갔습니다.",
                     date="2025-11-04")
    assert [m.kind for m in found] == ["progress"]


def test_a_delay_describing_the_subject_gives_way_to_the_new_date_kept():
    found = mentions("올해 3월로 미뤄졌던 신고·상담 앱 '마음톡'은 예정대로 3월 개학에 맞춰 나왔다.", date="2026-11-24")
    assert [m.kind for m in found] == ["achieved"]
    # the new date still to come: nothing is kept yet
    found = mentions("올해 3월로 미뤄졌던 신고·상담 앱 '마음톡'은 예정대로라면 다음 달 나온다.", date="2026-02-10")
    assert "achieved" not in [m.kind for m in found]


@pytest.mark.parametrize("sentence,kind", [
    ("재정경제부가 7월 세법개정안에 담겠다던 소득 기준 물가 연동은 세수 부족을 이유로 빠졌다.", "cancelled"),
    ("7월 세법개정안에 담겠다던 물가 연동은 개정안에서 제외됐다.", "cancelled"),
    # fallen into trouble: not done, not dropped
    ("연내 완공하겠다던 기숙사 사업은 자금난에 빠졌다.", "delayed"),
])
def test_a_recalled_promise_left_out_is_cancelled(sentence, kind):
    assert [m.kind for m in mentions(sentence, date="2026-11-24")] == [kind]


def test_a_gap_to_a_recalled_figure_falls_short_of_that_figure():
    found = mentions("전담조사관은 지금까지 2,300명이 뽑혀, 지난해 채우겠다던 2,700명에 400명이 모자랍니다.",
                     date="2026-09-09")
    assert [(m.kind, m.target_value) for m in found] == [("delayed", 2700)]


def test_the_figure_a_gap_is_measured_to_is_the_target():
    sentence = "경찰청은 학교전담경찰관을 올해 1,500명으로 늘리겠다고 밝혔다. 학교전담경찰관은 1,420명으로 올해 목표인 1,500명까지 80명 남았다."
    found = [m for m in mentions(sentence, date="2026-11-24") if "남았다" in m.sentence]
    assert [m.target_value for m in found] == [1500]


def test_a_length_named_as_the_target_with_its_bound_is_the_target():
    found = mentions("심의 기간은 올해 1학기 평균 19일로 21일 이내 목표를 맞췄다.", date="2026-11-24")
    assert [(m.kind, m.target_value, m.target_unit) for m in found] == [("achieved", 21, "일")]


@pytest.mark.parametrize("sentence,kind", [
    ("국세청은 반기 신청분을 지금처럼 12월에 지급한다.", None),
    ("국세청은 반기 신청분을 예전처럼 12월에 지급한다.", None),
    ("국세청은 반기 신청분을 12월에 지급한다.", "new"),
])
def test_the_present_of_things_going_on_as_before_schedules_nothing(sentence, kind):
    assert [m.kind for m in mentions(sentence, date="2025-05-13")] == ([kind] if kind else [])


def test_what_goes_on_as_before_in_one_clause_leaves_the_new_plan_in_the_next():
    found = mentions("국세청은 반기 신청분을 예전처럼 12월에 지급하고, 내년부터는 매달 지급하는 방식을 도입한다.", date="2026-05-12")
    assert "2027-12-31" in [str(m.deadline) for m in found]


@pytest.mark.parametrize("deed", ["한국산업표준(KS)으로 고시됐다", "국가표준으로 제정됐다"])
def test_a_standard_issued_is_the_promise_kept(deed):
    body = f"산업통상부는 20일 로봇 산업 점검 결과를 발표했다. 휴머노이드 안전 기준은 지난해 12월 {deed}."
    assert mention_of(body, "안전 기준", date="2026-01-20").kind == "achieved"


def test_a_rule_applied_is_in_force_but_applying_it_as_a_condition_is_not():
    body = ("국세청은 지난 5월 근로장려금 신청을 받았다. 단독가구 소득 기준을 2,600만 원으로 올린 개정 세법은 "
            "올해 정기 신청분부터 적용됐다.")
    assert mention_of(body, "개정 세법", date="2026-11-24").kind == "achieved"
    said = "감 실장은 \"내년 1월부터 새 기준을 적용하려면 연내 처리가 꼭 필요하다\"며 국회에 협조를 요청했다."
    assert mentions(said, date="2025-10-21") == []


def test_a_meeting_called_off_is_no_promises_fate():
    body = "기후에너지환경부는 소각장 후보지를 찾고 있다. 경기 남부의 한 후보지에서는 지난달 주민설명회가 주민들의 항의로 두 차례 무산됐다."
    assert [m.kind for m in mentions(body, date="2025-10-28") if "설명회" in m.sentence] == []
    # a meeting promised is a promise
    assert [m.kind for m in mentions("연내 열겠다던 공청회는 다음 달로 연기됐다.", date="2025-10-28")] == ["delayed"]


@pytest.mark.parametrize("sentence,date,expected", [
    # a past state recalled, not a plan: no figure of a promise changed
    ("2019년 3,300명으로 정점을 찍었던 교통사고 사망자는 지난해 2,500명으로 줄었다.", "2026-05-12", []),
    ("코로나19 때 5,000명으로 늘었던 방역 인력은 올해 4,200명으로 줄었다.", "2026-05-12", []),
    # the amount raised and the date put back: the delay is the news, the old date its previous one
    ("산업부는 2028년까지 1조 원으로 잡았던 로봇 투자를 1조 5,000억 원으로 늘리고 기한은 2년 늦추기로 했다.", "2026-05-12",
     [("delayed", 1_500_000_000_000, "None", "2028-12-31")]),
    # due, not done
    ("기숙사는 올해 말 완공하게 돼 있다.", "2026-05-12", []),
    # in operation now, reported with -다고
    ("교육부는 학폭 신고 앱을 계획대로 지난 3월 개통해 운영하고 있다고 밝혔다.", "2026-05-12",
     [("achieved", None, "2026-03-31", "None")]),
    # left out: a modifier, or something else after the promise was kept
    ("올해부터 지급하겠다던 청년 월세 지원은 그동안 대상에서 제외됐던 대학원생까지 포함해 지난달 첫 지급이 이뤄졌다.", "2026-05-12",
     [("achieved", None, "2026-12-31", "None")]),
    ("연내 발표하겠다던 대책은 지난달 발표됐지만 핵심인 세제 지원은 빠졌다.", "2026-05-12",
     [("achieved", None, "2026-12-31", "None")]),
    ("올해 3월 문을 열겠다던 어린이 전문병원은 지난달 개원했지만 의료진 이탈로 운영 위기에 빠졌다.", "2026-05-12",
     [("achieved", None, "2026-03-31", "None")]),
    # time left, or a gap still to close before the date: under way
    ("정부가 연내 마련하겠다던 연금개혁안은 발표 시한인 12월 31일까지 7개월 남았다.", "2026-09-09",
     [("progress", None, "2026-12-31", "None")]),
    ("연말까지 1,500명으로 늘리겠다던 학교전담경찰관은 현재 1,420명으로, 1,500명까지 80명 남았다.", "2026-09-09",
     [("progress", 1500, "2026-12-31", "None")]),
    ("전담조사관은 지난해 채우겠다던 2,700명에 아직 400명이 모자란다.", "2026-09-09",
     [("delayed", 2700, "None", "2025-12-31")]),
    # over a ceiling is short of it
    ("민원 처리 기간은 올해 평균 25일로 21일 이내 목표를 넘겼다.", "2026-05-12", [("delayed", 21, "None", "None")]),
])
def test_the_sessions_rules_do_not_reach_past_their_shape(sentence, date, expected):
    found = [(m.kind, m.target_value, str(m.deadline), str(m.previous_deadline)) for m in mentions(sentence, date=date)
             if standing(m)]
    assert found == expected


def test_a_delay_of_another_thing_beside_the_subject_is_not_put_off_then_kept():
    found = mentions("내년으로 연기된 2단계 사업과 별개로 1단계 사업은 계획대로 지난달 착공했다.", date="2026-11-24")
    assert all(m.kind != "achieved" or str(m.deadline) != "2027-12-31" for m in found)


@pytest.mark.parametrize("sentence,kind,target", [
    ("번호 도용 문자 차단 서비스 가입자는 9월 말 620만 명으로, 연말 목표 1,000만 명의 62%다.", "progress", 10_000_000),
    ("수소차 보급은 1만 2,000대로 목표 1만 대의 120%를 달성했다.", "achieved", 10_000),
    ("수소버스는 지난해 1,140대가 보급돼 연간 목표(2,000대)의 57% 수준에 머물렀다.", "delayed", 2_000),
])
def test_a_share_of_the_targets_figure_is_how_far_it_got(sentence, kind, target):
    assert [(m.kind, m.target_value) for m in mentions(sentence, date="2026-10-10")] == [(kind, target)]


def test_a_share_of_the_target_still_to_come_is_no_report():
    found = mentions("수소차 보급은 연말까지 목표 1만 대의 80%를 채울 것으로 보인다.", date="2026-10-10")
    assert all(m.kind not in ("progress", "achieved", "delayed") for m in found)


@pytest.mark.parametrize("sentence,target", [
    ("계통 접속 대기 기간은 평균 11개월로, 올해 안에 6개월로 줄이겠다던 목표와 거리가 멀다.", 6),
    ("심의 기간은 평균 29일이 걸려, 하반기부터 21일 이내로 줄이겠다던 목표와는 아직 거리가 있습니다.", 21),
])
def test_far_from_the_target_is_progress_against_its_figure(sentence, target):
    assert [(m.kind, m.target_value) for m in mentions(sentence, date="2026-06-10")] == [("progress", target)]


@pytest.mark.parametrize("sentence,kind", [
    ("상담 인력은 5월 160명을 모두 채웠다.", "achieved"),
    ("복지부는 상담 인력을 연말까지 160명을 모두 채우겠다고 밝혔다.", "new"),
])
def test_filling_the_whole_figure_is_the_promise_kept(sentence, kind):
    assert [(m.kind, m.target_value) for m in mentions(sentence, date="2026-06-10")] == [(kind, 160)]


@pytest.mark.parametrize("sentence,date,kind,target", [
    ("올해 220억 달러를 목표로 내건 방산 수주는 10월 말까지 149억 달러에 머물렀다.", "2026-11-26", "progress", 22_000_000_000),
    # the figure the recalling clause modifies, after it, is the promise's; the one before it is not
    ("문화체육관광부는 10월까지 누적 외래관광객이 2010만 명으로, 지난해 목표로 내걸었던 2000만 명을 1년 늦게 넘어섰다고 밝혔다.",
     "2025-11-20", "achieved", 20_000_000),
    ("농림축산식품부는 올해 목표로 잡았던 거래액 2조 원을 지난달 1조 5,000억 원으로 낮췄다.", "2025-11-20", "revision",
     1_500_000_000_000),
])
def test_a_target_set_with_naegeolda_or_japda_is_recalled(sentence, date, kind, target):
    assert [(m.kind, m.target_value) for m in mentions(sentence, date=date)] == [(kind, target)]


@pytest.mark.parametrize("sentence,date,expected", [
    # a share planned, not reached
    ("기재부는 올해 예산 목표 30조 원의 65%를 상반기에 집행하기로 했다.", "2026-05-12", ["new"]),
    ("중기부는 정책자금 목표 5조 원의 60%를 상반기에 푼다.", "2026-05-12", ["new"]),
    # the count after `-지만` is the report, not the promise's head
    ("국토부는 올해 공공 어린이집 100곳을 완공하겠다고 했지만 올해 58곳이 준공됐다.", "2026-05-12", ["progress"]),
    ("정부는 지난해 공공 심야약국 100곳을 열기로 했지만 58곳이 문을 열었다.", "2027-02-10", ["delayed"]),
    # a target set in the plan announced now, or in a clause of time: no promise recalled
    ("해수부는 2030년까지 수산물 수출 50억 달러를 목표로 세운 'K-수산 비전'을 내놨다.", "2026-05-12", ["new"]),
    ("정부는 2030년 무공해차 450만 대 보급을 목표로 세운 가운데 올해 30만 대를 보급할 계획이다.", "2026-05-12", ["new"]),
    # over a cap is short of it; a share governs the verb beside it
    ("지난해 온실가스 배출량은 6억 2,400만 톤으로 배출 목표 6억 톤의 104%였다.", "2026-05-12", ["delayed"]),
    ("수소차 보급은 8,000대로 목표 1만 대의 80%를 달성했다.", "2026-05-12", ["progress"]),
    # filled, but no quota of a promise
    ("이날 개막 공연은 객석 1,200석을 모두 채웠다.", "2026-05-12", []),
    ("김 장관은 임기 2년을 모두 채운 뒤 퇴임했다.", "2026-05-12", []),
    # a pledge departed from, not a target's figure short of
    ("기초연금을 내년부터 월 40만 원으로 올리는 정부안은 국민연금과 통합하겠다던 공약과는 거리가 있다.", "2026-05-12", []),
])
def test_shares_gaps_and_targets_set_stay_within_their_shape(sentence, date, expected):
    assert [m.kind for m in mentions(sentence, date=date)] == expected


def test_a_figure_before_the_recalling_clause_is_not_the_promises():
    # 2010만 is the count reported; the promise is the 2000만 the clause modifies
    found = mentions("관광객은 2010만 명으로, 지난해 목표로 내걸었던 2000만 명을 1년 늦게 넘어섰다.", date="2025-11-20")
    assert [(m.kind, m.target_value) for m in found] == [("achieved", 20_000_000)]


@pytest.mark.parametrize("sentence", [
    "한국인터넷진흥원에 따르면 올해 1~9월 접수된 스팸 신고는 1억 9,000만 건으로 지난해 같은 기간보다 7% 늘었다.",
    "교육부에 따르면 올해 1학기 접수된 학교폭력 사안은 1만 4,000여 건으로, 지난해 같은 기간보다 8% 늘었습니다.",
])
def test_what_came_in_is_a_statistic_not_progress(sentence):
    assert [m for m in mentions(sentence, date="2025-10-10") if standing(m)] == []


def test_taking_applications_is_still_progress():
    found = mentions("국토부는 연내 시범 사업지 10곳을 뽑겠다고 밝혔다. 국토부는 지난달 신청 접수를 마쳤다.", date="2025-10-10")
    assert "achieved" in [m.kind for m in found] or "progress" in [m.kind for m in found]


def test_what_someone_asks_a_ministry_to_do_is_no_report():
    body = ("중기부는 창원 기술보호센터를 하반기에 열겠다고 밝혔다. "
            "창원상공회의소는 창원센터 개소를 앞당겨 달라고 중기부에 건의했다.")
    assert [m.kind for m in mentions(body, date="2026-06-09")] == ["new"]


@pytest.mark.parametrize("body,kinds", [
    ("중기부는 기술 탈취 피해 기업에 연내 소송 비용을 지원하겠다고 밝혔다. 피해 기업 10곳 중 7곳은 소송을 포기했다.", ["new"]),
    ("교육부는 연내 산학 협력 대학 20곳을 뽑겠다고 밝혔다. 참여 기업을 찾지 못한 대학이 신청을 철회했다.", ["new"]),
    # the promise itself dropped, whatever the residents did
    ("연내 짓겠다던 센터는 주민 반대로 건립이 취소됐다.", ["cancelled"]),
])
def test_those_served_giving_up_as_the_subject_is_their_deed(body, kinds):
    assert [m.kind for m in mentions(body, date="2026-06-09")] == kinds


@pytest.mark.parametrize("title,kind,target", [
    ("판매처 5곳 중 3곳 확정…상반기 발행 8,400억 원", "progress", 5),
    ("국표원 직구 전담 시험기관 3곳 중 2곳만 지정", "delayed", 3),
    ("직매립 금지 두 달 앞…소각장 10곳 중 착공 3곳, 선별기 절반", "progress", 10),
    ("품절 대책 '150개 중 112개만 인상' 질타", "delayed", 150),
])
def test_a_headline_part_done_of_a_whole_is_how_far_it_got(title, kind, target):
    found = [m for m in mentions("정부는 10일 점검 결과를 냈다.", title=title, date="2026-06-10") if m.in_title]
    assert (found[0].kind, found[0].target_value) == (kind, target)


def test_a_part_planned_in_a_headline_is_still_a_plan():
    found = [m for m in mentions("정부는 10일 계획을 냈다.", title="시험기관 3곳 중 2곳 내년 지정", date="2026-06-10")
             if m.in_title]
    assert all(m.kind == "new" for m in found)


def test_a_deed_stuck_at_a_stage_is_not_done():
    found = mentions("연내 짓겠다던 센터 착공은 아직 설계 단계에 머물러 있다.", date="2026-05-12")
    assert [m.kind for m in found] == ["delayed"]


def test_two_quotes_each_with_a_date_are_two_plans():
    found = mentions("한서진 해양수산부 어촌정책관은 \"연말까지 지자체와 어항 공동 관리 협약을 맺겠다\"며 "
                     "\"시설이 모자라는 어촌 8곳에는 내년 상반기까지 이동식 저온 창고를 보내겠다\"고 말했다.",
                     date="2025-10-28")
    assert {(m.target_value, str(m.deadline)) for m in found} == {(None, "2025-12-31"), (8, "2026-06-30")}
    assert all(m.kind == "new" and m.person == "한서진" for m in found)


def test_a_second_quote_with_no_date_of_its_own_widens_the_first():
    found = mentions("한서진 해양수산부 어촌정책관은 \"연말까지 어항 20곳을 정비하겠다\"며 \"주민 의견도 충분히 듣겠다\"고 말했다.",
                     date="2025-10-28")
    assert [(m.target_value, str(m.deadline)) for m in found] == [(20, "2025-12-31")]


@pytest.mark.parametrize("body,promise", [
    ("국토교통부는 남은 180곳에 대해서는 \"주민 협의를 거쳐 순차적으로 정비하겠다\"고만 밝혔다.", False),
    ("국토교통부는 남은 180곳은 예산이 확보되는 대로 정비하겠다는 입장이다.", False),
    ("국토교통부는 남은 180곳은 예산이 확보되는 대로 내년 상반기까지 정비하겠다는 입장이다.", True),
    # with a date, it is a promise all the same
    ("국토교통부는 남은 180곳에 대해서는 \"내년 6월까지 정비하겠다\"고만 밝혔다.", True),
])
def test_all_a_ministry_would_say_with_no_date_is_no_promise(body, promise):
    assert (mention_of(body, "180곳") is not None) is promise


@pytest.mark.parametrize("body,promise", [
    # an official's promise, named so, with no date or figure
    ("한서윤 국토교통부 장관은 이날 주민들과 만나 \"별도 상생협의체를 꾸리겠다\"고 약속했다.", True),
    ("한서윤 국토교통부 장관은 이날 주민 대표단을 만나 상생협의체를 구성하겠다고 다짐했다.", True),
    # a wish to promise, and a plan with no date, figure or promise named, are not
    ("한서윤 국토교통부 장관은 \"주민 곁에 있겠다는 약속을 드리고 싶다\"고 말했다.", False),
    ("한서윤 국토교통부 장관은 상생협의체를 꾸리겠다고 말했다.", False),
    # an effort vowed is no deed to check
    ("한서윤 국토교통부 장관은 정책들이 차질 없이 이행될 수 있도록 노력하겠다고 다짐했다.", False),
])
def test_an_officials_vow_needs_no_date(body, promise):
    assert (mention_of(body, "한서윤") is not None) is promise


def test_an_interviews_answers_are_the_interviewees_and_its_questions_are_no_news():
    body = ("산림 재난 대응 계획을 총괄한 구민서 산림청 산림재난국장을 9일 만났다.\n\n"
            "Q. 지자체들은 진화 헬기를 2030년까지 100대로 늘려 달라고 한다.\n"
            "A. 요구는 알고 있다. 진화 헬기는 내년까지 60대로 늘리겠다.\n\n"
            "Q. 감시 인력은.\n"
            "A. 산불 감시원 1만 명을 상반기 안에 새로 뽑는다.")
    found = mentions(body, title="[인터뷰] 구민서 산림청 산림재난국장", date="2025-03-10")
    assert not [m for m in found if "지자체들은" in m.sentence]
    answers = [m for m in found if "60대" in m.sentence or "1만 명" in m.sentence]
    assert len(answers) == 2
    assert {m.person for m in answers} == {"구민서"}
    assert {m.ministry for m in answers} == {"산림청"}


@pytest.mark.parametrize("body", [
    "지난해 말까지 마치기로 했던 전국 저수지 안전진단은 해를 넘긴 지금도 끝나지 않았다.",
    "상반기 안에 내놓기로 했던 연구 용역 결과는 9월이 지나도록 나오지 않았다.",
])
def test_a_recalled_promise_said_not_done_is_a_delay(body):
    m = mention_of(body, body[:10], date="2026-09-15")
    assert m is not None and m.kind == "delayed"


def test_a_course_dropped_before_a_clause_with_its_own_adnominal_is_dropped_now():
    body = ("해양수산부는 2027년까지 3곳을 짓겠다던 '수산물 가공 클러스터' 계획을 접고, "
            "기존 산업단지에 가공 시설을 넣는 쪽으로 방향을 바꿨다.")
    m = mention_of(body, "해양수산부", date="2026-05-20")
    assert m is not None and m.kind == "cancelled"


@pytest.mark.parametrize("body,date,kind", [
    # the promise's own date is still ahead: how far it has got
    ("올해 2만 가구를 지원하겠다던 목표는 8월 말까지 1만 1,000가구 지원에 머물렀다.", "2025-09-20", "progress"),
    ("해수부는 지난 3월 어선 5,000척에 안전장비를 연내 설치하겠다고 약속했지만, 지난달까지 설치된 곳은 2,100척에 그쳤다.",
     "2025-10-02", "progress"),
    ("교육부는 2027년까지 기숙사 2만 실을 새로 짓기로 했지만 지금까지 지은 것은 6,400실이다.", "2026-03-05", "progress"),
    ("해양수산부는 올해 안에 20척을 건조하겠다고 했지만, 현재까지 진수된 선박은 9척이다.", "2026-02-10", "progress"),
    # the date has passed, or a bare `연내` recalled may be last year's: short of it is late
    ("지난해 2만 가구를 지원하겠다던 목표는 1만 6,000가구 지원에 그쳤다.", "2026-02-10", "delayed"),
    ("연내 300곳으로 늘리기로 했던 공공 쉼터는 240곳만 문을 열었다.", "2026-01-15", "delayed"),
])
def test_a_count_short_of_a_recalled_promise_is_progress_until_its_date(body, date, kind):
    m = mention_of(body, body[:10], date=date)
    assert m is not None and m.kind == kind


@pytest.mark.parametrize("body", [
    "신청 자격의 소득 기준은 예정대로 올해 2월부터 중위소득 150% 이하로 완화됐다.",
    "3월 신청분부터 18개월로 늘어난 지원 기간은 예정대로 적용되고 있다.",
    "고용노동부가 지난해 7월부터 주기로 한 교통비 지원금 월 5만 원도 계획대로 지급되고 있습니다.",
])
def test_a_change_made_as_planned_or_in_force_as_planned_is_a_promise_kept(body):
    m = mention_of(body, body[:10], date="2026-05-12")
    assert m is not None and m.kind == "achieved"


@pytest.mark.parametrize("body,kind", [
    ("다만 연내 문을 열기로 한 통합 민원 창구는 전산 이관이 늦어져 올해 안에 개통하기 어렵게 됐다.", "delayed"),
    ("국토부가 약속한 고속도로 휴게소 전기차 충전기 2,000기는 부지 확보가 늦어져 연말까지 설치하기가 어려워졌다.", "delayed"),
])
def test_a_plan_that_has_become_hard_to_do_in_time_is_a_delay(body, kind):
    m = mention_of(body, body[:10], date="2025-10-20")
    assert m is not None and m.kind == kind


def test_a_sentence_that_names_no_body_takes_the_one_its_paragraph_names_later():
    body = ("정부 부처들이 올해 내놓은 약속을 분야별로 따져 봤다. 보건복지부의 돌봄 약속은 대체로 지켜졌다. "
            "복지부는 돌봄 인력도 늘렸다.\n\n"
            "■ 항만: 시설은 늘었지만 시스템은 제자리\n"
            "2027년까지 12곳으로 늘리기로 한 스마트 항만 관제센터는 10월 말 현재 7곳이 운영 중이다. "
            "해양수산부는 통합 관제 시스템 개통을 내년 3월로 다시 늦췄다.")
    m = mention_of(body, "관제센터는", date="2026-11-20")
    assert m is not None and m.ministry == "해양수산부"


@pytest.mark.parametrize("body", [
    "지난해 10월에서 올해 3월로 미뤄졌던 '바다택시' 예약 앱은 올해 3월 문을 열었다.",
    "두 차례 연기된 항만 통합 관제센터는 지난달 부산에서 첫 가동에 들어갔다.",
])
def test_a_delay_that_describes_the_subject_of_a_deed_done_is_the_deed_done_late(body):
    assert in_a_review(body).kind == "achieved"


def test_a_delay_that_describes_the_subject_of_a_state_still_pending_stays_a_delay():
    assert in_a_review("올해 6월로 한 차례 미뤘던 항만 통합 관제 시스템은 아직 시범 운영 단계에 머물러 있다.").kind == "delayed"


def test_a_press_releases_inline_points_are_a_mention_each():
    body = ("고용노동부가 청년 구직자 지원을 늘린다. 주요 내용은 ▲구직촉진수당 월 50만 원→60만 원 인상(7월부터) "
            "▲올해 지원 인원 20만 명으로 확대 ▲상담부터 첫 지급까지 걸리는 기간 14일 이내로 단축(하반기) 등이다.")
    points = [m for m in mentions(body, date="2025-03-04") if m.sentence.startswith("▲")]
    assert [(m.target_value, m.target_unit) for m in points] == [(600_000, "원"), (200_000, "명"), (14, "일")]
    assert [str(m.deadline) for m in points] == ["2025-07-31", "2025-12-31", "2025-12-31"]
    assert not points[-1].sentence.endswith("등이다.")


@pytest.mark.parametrize("body,value,unit", [
    ("법무부는 연말까지 체류 허가 처리 기간을 20일 이내로 맞추겠다고 밝혔다.", 20, "일"),
    ("고용노동부는 7월부터 구직촉진수당 지급 기간을 9개월로 늘린다.", 9, "개월"),
    ("병무청은 하반기부터 입영 연기 심사 기간을 2주로 단축한다.", 2, "주"),
])
def test_a_length_set_as_the_goal_is_the_target_not_a_date(body, value, unit):
    m = mention_of(body, body[:10], date="2025-03-04")
    assert m is not None and (m.target_value, m.target_unit) == (value, unit)
    assert m.deadline is not None and m.deadline.year == 2025


def test_a_cut_promised_and_met_below_its_figure_is_achieved():
    m = in_a_review("14일 이내로 줄이겠다던 여권 발급 기간은 지난달에야 평균 12일로 맞춰졌다.")
    assert m is not None and m.kind == "achieved"


def test_a_cut_by_an_amount_is_short_when_less_is_cut():
    # `6만 5,000ha를 줄이기로 한`: the figure is how much to cut, so less cut falls short
    m = in_a_review("올해 6만 5,000ha를 줄이기로 한 벼 재배면적은 지금까지 5만 1,000ha 감축에 그쳤다.")
    assert m is not None and m.kind == "progress"


def test_a_mention_is_linked_by_what_it_is_about_not_by_who_says_it():
    body = ("구민서 산림청 산림재난국장을 9일 만났다.\n\n"
            "Q. 감시 인력은.\n"
            "A. 산불 감시원 1만 명을 상반기 안에 새로 뽑는다.")
    found = mentions(body, title="[인터뷰] 구민서 산림청 산림재난국장 \"산불 감시원 1만 명 상반기 채용\"", date="2025-03-10")
    for m in found:
        assert not {"A.", "인터뷰", "구민서", "국장"} & set(m.keywords), m.keywords
    assert any("감시원" in m.keywords for m in found)


@pytest.mark.parametrize("title,value,unit", [
    ("병무청 \"입영 심사 연내 20일로…2027년엔 14일\"", 20, "일"),
    ("여권 발급 하반기엔 5일 이내로", 5, "일"),
])
def test_a_headline_point_that_ends_on_a_length_has_it_as_its_target(title, value, unit):
    found = [m for m in mentions("병무청은 10일 이같이 밝혔다.", title=title, date="2025-03-04") if m.in_title]
    assert found and (found[0].target_value, found[0].target_unit) == (value, unit)


def test_the_length_after_an_arrow_is_what_it_becomes():
    body = "주요 내용은 ▲실업급여 지급 기간 6개월→9개월 연장(7월부터) ▲올해 지원 인원 20만 명으로 확대 등이다."
    found = [m for m in mentions("고용노동부가 구직자 지원을 늘린다. " + body, date="2025-03-04") if "6개월" in m.sentence]
    assert found and (found[0].target_value, found[0].target_unit) == (9, "개월")


@pytest.mark.parametrize("body", [
    "농식품부는 이번 대책을 추진하는 데 앞으로 3년간 1,800억 원이 들 것으로 추산했다.",
    "기재부 추산으로는 새로 혜택을 받는 양조장이 40곳 남짓이고, 세수는 한 해 30억 원 정도 줄어든대요.",
    "통계청 추계에 따르면 2072년 총인구는 약 3,622만 명으로 줄어든다.",
    "정부가 지역 응급실 확충을 약속한 지 2년이 넘었다.",
    "정부가 연초 상품권 발행 규모를 크게 늘리겠다고 밝힌 지 반년이 넘었다.",
    "정부가 연초 상품권 발행 규모를 크게 늘리겠다고 밝힌 지 반년도 훌쩍 넘었다.",
])
def test_a_reckoning_or_the_time_since_a_promise_is_no_mention(body):
    assert mention_of(body, body[:10], date="2026-04-21") is None


def test_the_time_since_a_repeal_before_the_news_of_it_leaves_the_news():
    body = "단말기 유통법이 폐지된 지 6개월이 지났지만 후속 고시 정비는 아직 마무리되지 않았다."
    m = in_a_review(body)
    assert m is not None and m.kind == "delayed"


def test_a_deed_done_after_its_promise_was_put_off_is_kept_though_no_earlier_mention_is_found():
    from etl import link
    found = mentions("해양수산부는 10일 추진 상황을 점검했다.\n\n"
                     "지난해 10월에서 올해 3월로 미뤄졌던 '바다택시' 예약 앱은 올해 3월 문을 열었다.", date="2026-05-12")
    [late] = [m for m in found if "바다택시" in m.sentence]
    assert late.kind == "achieved" and late.target_value is None
    link.link(found, REFERENCE)
    assert late.commitment_id is not None


def test_a_count_set_against_a_target_is_more_likely_this_promises_when_in_reach_of_it():
    import dataclasses

    from etl import link
    [promise] = mentions("특허청은 올해 온라인 위조상품 판매 게시물 30만 건을 차단하겠다고 밝혔다.", date="2025-04-15")
    [kept] = [m for m in mentions("지식재산처는 20일 성과를 공개했다.\n\n지난해 33만 4,000건을 차단해서 목표를 넘겼습니다.",
                                  date="2026-01-20") if "목표를 넘겼" in m.sentence]
    assert (kept.kind, kept.cue, kept.reported_value) == ("achieved", "넘기", 334_000)
    c = link._create(promise, frozenset({"특허청"}))
    def score(m):
        return link._score(m, link._Probe.of(m, frozenset({"특허청", "지식재산처"})), c, {})[0]
    # (the same count told as a plain deed, with no target it is set against)
    assert score(kept) > score(dataclasses.replace(kept, cue="차단")) + 0.05


def test_a_headline_that_asks_whether_a_promise_was_kept_is_no_mention():
    assert [m for m in mentions("지식재산처 과장과 이야기 나눴습니다.", title="짝퉁 30만 건 차단 약속, 지켜졌을까? – 지식재산처 편다율 과장",
                                date="2026-01-20") if m.in_title] == []


def test_only_the_last_inline_point_loses_the_sentences_close():
    body = ("고용노동부가 구직자 지원을 늘린다. 주요 내용은 ▲고용센터 등 전국 40곳에 상담 창구 설치(상반기) "
            "▲올해 지원 인원 20만 명으로 확대 등이다.")
    points = [m for m in mentions(body, date="2025-03-04") if m.sentence.startswith("▲")]
    assert [m.sentence for m in points] == ["▲고용센터 등 전국 40곳에 상담 창구 설치(상반기)", "▲올해 지원 인원 20만 명으로 확대"]


@pytest.mark.parametrize("body,planned", [
    # from a date on, people may do what they could not: the scheduled change
    ("보건복지부는 지금은 일부 지역에서만 하지만, 하반기부터는 모든 가정이 방문 검진을 무료로 받을 수 있다.", True),
    ("국토교통부는 다음 달 앱을 연다. 10월부터는 앱에서 원하는 노선을 직접 골라 신청할 수 있습니다.", True),
    # what may merely happen from then is not a plan
    ("국토교통부는 내년부터 택시 요금이 오를 수 있다.", False),
    # nor is an ability with no date it starts from
    ("보건복지부는 모든 가정이 방문 검진을 무료로 받을 수 있다.", False),
])
def test_what_people_may_do_from_a_date_is_the_plan_that_allows_it(body, planned):
    found = [m for m in mentions(body, date="2025-02-25") if "수 있" in m.sentence]
    assert bool(found) == planned
    assert all(m.kind == "new" for m in found)


def test_a_headline_point_that_brings_a_figure_to_a_new_value_is_a_plan_of_its_own():
    # the verb left out of `시속 25km→20km로` is the change itself; the other point has its date
    found = mentions("국토교통부가 킥보드 속도를 낮춘다.", title="킥보드 시속 25km→20km로…대여 면허 확인 내년 1월부터 의무화",
                     date="2025-03-18")
    points = {(m.target_value, str(m.deadline)) for m in found if m.in_title}
    assert points == {(20, "None"), (None, "2026-01-31")}


@pytest.mark.parametrize("title", [
    "산후조리원 요금 정보 7월 한곳에 공개",  # where the deed goes, between the date and the deed
    "청년 월세 지원 내년 전국으로 확대",
])
def test_a_dated_headline_deed_may_say_where_it_goes(title):
    found = [m for m in mentions("보건복지부는 25일 대책을 발표했다.", title=title, date="2025-02-25") if m.in_title]
    assert [m.kind for m in found] == ["new"]


@pytest.mark.parametrize("body,kind,deadline,previous", [
    # the date in the clause that recalls the promise is the one missed, not one the sentence sets
    ("행정안전부가 지난해 안에 1,000곳에 두겠다던 민원실 안전요원은 지난해 말까지 640곳에 배치됐을 뿐이다.",
     "delayed", None, "2025-12-31"),
    ("올해 상반기까지 지역 방송사 18곳에 인건비를 지원하겠다던 보건복지부의 약속은 사실상 백지화됐다.",
     "cancelled", None, "2026-06-30"),
    # a deed done late: its date is when it was done, not a deadline
    ("보건복지부가 7월 열기로 한 누리집은 석 달 늦은 10월에 문을 열었다.", "achieved", None, "2026-07-31"),
    # a new date outside the recalled clause is the deadline now
    ("국토교통부는 지난해 말까지 끝내겠다던 정비를 내년 6월로 미뤘다.", "delayed", "2027-06-30", "2025-12-31"),
    # the date a count that fell short was taken is no deadline; the recalled promise's date was missed
    ("교육부가 지난해 하반기 200곳으로 늘리겠다던 영유아학교는 연말까지 168곳에 그쳤다.", "delayed", None, "2025-12-31"),
    ("고용노동부가 지난해 300명을 늘리겠다던 근로감독관은 연말까지 260명이 충원되는 데 그쳤다.",
     "delayed", None, "2025-12-31"),
])
def test_a_missed_date_recalled_is_the_previous_deadline(body, kind, deadline, previous):
    m = mention_of(body, body[:8], date="2026-11-27")
    assert (m.kind, str(m.deadline) if m.deadline else None, str(m.previous_deadline)) == (kind, deadline, previous)


def test_a_promise_quoted_after_its_recall_keeps_its_deadline():
    body = "하지만 과기정통부가 지난해 2월 약속한 '2026년 상반기까지 GPU 2만 장'은 지금도 1만5000장 안팎에 머물러 있다."
    m = mention_of(body, body[:8], date="2026-04-14")
    assert str(m.deadline) == "2026-06-30"


@pytest.mark.parametrize("body,title,kind", [
    ("경찰청은 지난해 100대를 달겠다던 단속 카메라 설치 계획을 없었던 일로 했다.", "정책 점검", "cancelled"),
    ("경찰청은 26일 점검 결과를 냈다.", "면허 확인 다음 달 예정대로 시행…단속 카메라는 없던 일로", "cancelled"),
])
def test_a_plan_made_as_if_it_never_was_is_cancelled(body, title, kind):
    found = mentions(body, title=title, date="2026-06-30")
    assert any(m.kind == kind and "없" in m.sentence and "일로" in m.sentence for m in found)


@pytest.mark.parametrize("body", [
    # the condition reaches the cue through its auxiliaries (`지키+어 지+지 않+으면`)
    "원하는 일을 맡기겠다는 인사혁신처의 약속이 지켜지지 않으면 젊은 공무원의 실망은 더 커진다.",
    "국토교통부의 착공 일정이 또 미뤄지게 되면 입주는 2030년을 넘긴다.",
])
def test_a_follow_up_imagined_under_a_condition_is_no_report(body):
    assert [m for m in mentions(body, date="2026-04-21") if m.kind != "new"] == []


@pytest.mark.parametrize("body,kind", [
    ("보건복지부의 24시간 소아 상담센터가 예정대로 지난달 문을 열었다.", "achieved"),
    # a count so far is how far a promise got
    ("보건복지부는 2027년까지 공공 산후조리원을 40곳으로 늘린다고 했다. 지금까지 문을 연 곳은 29곳이다.", "progress"),
    # part of a whole the promise named is short of it
    ("환경부가 올해 새로 짓기로 한 수소충전소 50곳 가운데 8월 말까지 문을 연 곳은 21곳이다.", "progress"),
])
def test_a_facility_that_opened_its_doors(body, kind):
    m = [m for m in mentions(body, date="2026-09-15") if "문을" in m.sentence][0]
    assert m.kind == kind


@pytest.mark.parametrize("body", [
    "보건복지부가 운영하는 온라인 상담창구가 문을 연 지 2년이 됐다.",  # a time reckoned from the opening
    "보건복지부 앱에서 지금 문을 연 공공심야약국을 찾을 수 있다.",  # open now
    "보건복지부는 새해 첫 회의를 열었다.",  # a meeting held is not a facility opened
])
def test_what_is_not_news_of_an_opening(body):
    assert [m for m in mentions(body, date="2026-09-15") if m.kind == "achieved"] == []


@pytest.mark.parametrize("sentence,target,reported", [
    # the count a follow-up reports reached is no target: it is kept apart, as what was reported
    ("농림축산식품부의 스마트 경로당은 10월 말 기준 1,240곳에 설치됐다.", None, 1240),
    ("보건복지부의 방문 간호사는 지금까지 640명이 배치됐다.", None, 640),
    # the promise's own figure stays the target: recalled, named as the goal, or the thing put off
    # (and a count beside it is still what was reported)
    ("농림축산식품부가 연내 2,000곳에 보급하겠다던 스마트 경로당은 지금까지 1,240곳에 설치됐다.", 2000, 1240),
    ("해양수산부는 올해 300척을 목표로 어선 장비를 지원했지만 지금까지 참여한 배는 170척이다.", 300, 170),
    ("교육부는 돌봄교실 1,200곳 확대 시점을 올해 말에서 내년 3월로 늦췄다.", 1200, None),
])
def test_a_count_reached_is_reported_apart_from_the_target(sentence, target, reported):
    [m] = mentions(sentence, date="2026-11-20")
    assert (m.target_value, m.reported_value) == (target, reported)


@pytest.mark.parametrize("sentence,kind,reported,deadline", [
    # handed out, deployed, paid: deeds when told as verbs, and the date says when the count was taken
    ("경찰청의 신변보호용 스마트워치는 9월까지 5,200대가 보급됐다.", "progress", 5200, None),
    # but a date ahead that the goal is set by stays the deadline
    ("행정안전부의 스마트 쉼터는 연말 완료 목표로 지금까지 120곳에 설치됐다.", "progress", 120, "2026-12-31"),
    ("국토교통부가 연내 구축하기로 한 통합 관제 시스템은 9월 말 기준 12곳에 설치됐다.", "progress", 12, "2026-12-31"),
    # a levy in force as planned is the promise kept
    ("기획재정부의 합성니코틴 액상 개별소비세는 예정대로 7월부터 부과되고 있다.", "achieved", None, "2026-07-31"),
])
def test_a_deed_told_as_done_reports_its_count_as_of_a_date(sentence, kind, reported, deadline):
    [m] = mentions(sentence, date="2026-10-20")
    assert (m.kind, m.reported_value, str(m.deadline) if m.deadline else None) == (kind, reported, deadline)


def test_a_programmes_name_is_no_deed():
    assert mentions("환경부의 올해 수소버스 보급이 더디다.", date="2026-10-20") == []


@pytest.mark.parametrize("title,points", [
    # a point with its thing, its date and where it goes, the verb left out
    ("치매 안심 병동 연내 60곳으로…노인 일자리 상담사 4월부터 모든 주민센터에",
     [("치매 안심 병동 연내 60곳으로", "2026-12-31"), ("노인 일자리 상담사 4월부터 모든 주민센터에", "2026-04-30")]),
    # two dated deeds joined by a comma in one point
    ("공공기관 일회용 컵 9월부터 금지, 학교 급식 잔반 연내 20% 감축…무엇이 달라지나",
     [("공공기관 일회용 컵 9월부터 금지", "2026-09-30"), ("학교 급식 잔반 연내 20% 감축", "2026-12-31")]),
])
def test_a_headlines_dated_points_are_promises_of_their_own(title, points):
    found = [(m.sentence, str(m.deadline)) for m in mentions("보건복지부와 환경부는 대책을 발표했다.", title=title,
                                                            date="2026-02-10") if m.in_title]
    assert found == points


@pytest.mark.parametrize("sentence,kind", [
    # in the end not done at all: given up
    ("환경부가 지난해 하반기 국회에 내겠다던 보증금제 확대 개정안은 끝내 제출되지 않았다.", "cancelled"),
    # in the end could not, or fell short: late, and may yet come
    ("국토교통부가 연내 열겠다던 환승센터는 끝내 문을 열지 못했다.", "delayed"),
    ("행정안전부는 모바일 주민등록증 발급 목표 500만 명을 끝내 채우지 못했다.", "delayed"),
    # silence about a new date, or a deed still being put off, is no giving up
    ("국토교통부가 연내 열겠다던 환승센터는 개통이 연기됐지만 끝내 새 개통 시점을 밝히지 않았다.", "delayed"),
    ("교육부는 하반기 안에 내겠다던 개정안의 새 시점을 끝내 밝히지 않았다.", "delayed"),
    ("교육부가 연내 열겠다던 돌봄센터 개소는 끝내 예산이 반영되지 않아 미뤄지고 있다.", "delayed"),
])
def test_a_deed_in_the_end_not_done_is_given_up(sentence, kind):
    assert [m.kind for m in mentions(sentence, date="2026-03-12")] == [kind]


def test_a_share_of_last_years_named_target_is_short_and_late():
    [m] = mentions("산업통상부의 지역 철강 협력사 설비 전환 컨설팅은 지난해 목표 200곳 가운데 150곳에서만 이뤄졌다.",
                   date="2026-11-26")
    assert (m.kind, m.deadline, str(m.previous_deadline), m.target_value, m.reported_value) == (
        "delayed", None, "2025-12-31", 200, 150)


def test_a_shortfall_with_only_a_past_date_names_the_date_missed():
    [m] = mentions("보건복지부의 금연치료 지원은 지난해 36만 명으로 목표 40만 명에 못 미쳤다.", date="2026-01-20")
    assert (m.kind, m.deadline, str(m.previous_deadline)) == ("delayed", None, "2025-12-31")


@pytest.mark.parametrize("sentence,target,reported", [
    # what a thing is made of is no goal; the people it reaches are
    ("교육부는 12개 언어로 된 안내서를 만들어 올해 다문화 학부모 3만 명에게 상담을 제공하기로 했다.", (30_000, "명"), None),
    # the figure named as the goal, beside the count that falls short of it
    ("산재 사망자는 지난해 540명으로 줄었지만, 고용노동부는 '400명 이하' 목표 시점을 올해에서 2028년으로 늦췄다.",
     (400, "명"), None),
    # the rest put off is the target; the count so far is reported
    ("국토교통부의 공공 어린이집은 20곳에 그쳐, 남은 5곳은 내년 상반기에야 문을 연다.", (5, "곳"), 20),
    # a count past a goal the sentence gives no figure
    ("해양수산부의 항만 안전 점검은 지난해 3,400곳에서 이뤄져 목표를 넘겼다.", (None, None), 3400),
    ("해양수산부의 항만 안전 점검은 지난해 3,400곳에서 이뤄져 목표를 훌쩍 넘겼다.", (None, None), 3400),
    # where the count was made is no level it was changed from
    ("보건복지부의 돌봄센터는 지금까지 수도권에서 120곳이 문을 열었다.", (None, None), 120),
    # the rest put off is counted in the count's own unit
    ("국토교통부의 공공 어린이집은 20곳에 그쳐, 남은 사업비 20억 원은 내년 상반기에야 집행된다.", (None, None), 20),
])
def test_the_goals_figure_and_the_count_reached_are_told_apart(sentence, target, reported):
    [m] = mentions(sentence, date="2026-11-20")
    assert ((m.target_value, m.target_unit), m.reported_value) == (target, reported)


def test_a_body_whose_deed_a_promise_waits_on_is_not_the_promiser():
    [m] = mentions("기재부의 예산 편성이 끝나면 교육부는 연내 늘봄학교를 2,000곳으로 늘릴 계획이다.", date="2026-03-10")
    assert m.ministry == "교육부"


def test_a_forecast_in_a_headline_point_is_no_promise():
    found = mentions("기상청은 오늘 특보를 발표했다.", title="폭염 특보 다음 주부터 전국에…기상청 '외출 자제'",
                     date="2026-07-10")
    assert [m for m in found if m.in_title] == []


def test_an_answer_about_another_bodys_promise_is_that_bodys():
    # an interviewee's answer that opens on another body's own thing (`국토부의 … 발표는`) tells of
    # that body's promise; the interviewee's own plan in the next answer stays theirs
    body = ("한지원 고용노동부 산업안전보건정책관을 서울 사무실에서 만났다.\n\nQ. 가이드라인은 어떻게 됩니까.\n\n"
            "A. 국토부의 공사기간 가이드라인 발표는 의견 수렴이 길어지면서 상반기 중으로 넘어간 것으로 압니다.\n\n"
            "Q. 올해 계획은요.\n\nA. 올해는 추락 감지 센서를 500곳에 보급하겠습니다.")
    found = mentions(body, title='[인터뷰] 한지원 고용노동부 산업안전보건정책관 "추락 사고 절반으로"', date="2026-01-20")
    assert [(m.ministry, m.person) for m in found] == [("국토교통부", None), ("고용노동부", "한지원")]


def test_a_count_with_no_words_of_its_own_speaks_of_the_promise_before_it():
    found = mentions("보건복지부는 2027년까지 공공 산후조리원을 40곳으로 늘리겠다던 목표를 35곳으로 낮췄다. "
                     "지금까지 문을 연 곳은 29곳이다.", date="2026-11-27")
    revision, count = found
    assert count.target_value is None and count.reported_value == 29
    assert count.keywords == revision.keywords and revision.keywords


@pytest.mark.parametrize("body,reported", [
    # who some people are: their deed is theirs, not a promise's fate
    ("인사혁신처 자료에 따르면 합격하고도 임용을 포기한 사람은 지난해 1,040명으로 늘었다.", False),
    ("병무청에 따르면 대기 중에 병역을 마친 이는 4,300명이다.", False),
    ("경찰청에 따르면 1년 넘게 돌아오지 못한 아이도 100명이 넘는다.", False),  # children, counted
    ("지난해 학업을 중단한 초·중·고 학생은 5만 2,981명으로 전년보다 4.1% 늘었다.", False),  # the phrase's head
    ("지난해 학업을 중단한 초등학생은 5만 2,981명으로 늘었다.", False),
    # a thing the deed was done to is still news of it
    ("국토교통부가 착공을 포기한 사업은 지난해 3건이었다.", True),
])
def test_a_deed_that_says_who_people_are_is_no_report(body, reported):
    assert bool([m for m in mentions(body, date="2026-02-10") if m.kind != "new" and standing(m)]) == reported


def test_a_plan_that_became_as_if_it_never_was_is_cancelled():
    m = mention_of("지난해 국감에서 약속했던 점검 TF는 올해 2월 국토교통부 조직 개편 과정에서 없던 일이 됐다.", "TF",
                   date="2026-10-20")
    assert m.kind == "cancelled"


def test_the_next_plan_for_a_promise_just_reported_missed_puts_it_off():
    found = mentions("외교부는 지난해 하반기부터 여권 발급 기간을 5일로 줄이겠다고 했지만, 현재 평균 여권 발급 기간은 7일이다. "
                     "외교부는 3월까지 여권 5일 발급 체계를 갖추겠다고 밝혔다. "
                     "외교부는 재외공관 민원 창구도 6월까지 새로 연다.", date="2026-01-05")
    assert [m.kind for m in found] == ["delayed", "delayed", "new"]


def test_a_plan_for_what_a_missed_count_left_short_puts_the_promise_off():
    # (the two name it in other words: 정비업체, 검사소)
    found = mentions("국토교통부의 이륜차 정기검사를 맡을 정비업체는 지난해 말까지 270곳에 그쳐 목표 300곳에 못 미쳤다. "
                     "국토부는 이달 중 검사소 30곳을 추가로 지정하겠다고 밝혔다.", date="2026-03-17")
    assert [(m.kind, m.target_value) for m in found] == [("delayed", 300), ("delayed", 30)]
    found = mentions("국토교통부의 이륜차 정기검사를 맡을 정비업체는 지난해 말까지 270곳에 그쳐 목표 300곳에 못 미쳤다. "
                     "국토부는 이달 중 정비 인력 40명을 새로 뽑겠다고 밝혔다.", date="2026-03-17")
    assert found[-1].kind == "new"  # (another count: another plan)


def test_the_same_figure_promised_again_for_a_later_date_after_it_was_missed_puts_it_off():
    found = mentions("경찰청은 실종경보 문자를 지난해 9월부터 신고 후 30분 안에 보내겠다고 약속했지만, 지금도 평균 41분이 걸린다. "
                     "경찰청은 연말까지 발송 시간을 30분 안으로 줄이겠다.", date="2026-06-11")
    assert [m.kind for m in found] == ["delayed", "delayed"]
    # a share of a target counted so far names no promise missed: the target said still in reach is not put off
    found = mentions("환경부 집계에 따르면 올해 1~8월 수소버스 보급 대수는 812대로, 연간 목표 2,000대의 40.6%에 그쳤다. "
                     '환경부 관계자는 "하반기에 보조금 신청이 몰리는 만큼 연간 2,000대 목표는 달성할 수 있다"고 말했다.',
                     date="2025-09-15")
    assert found[-1].kind != "delayed"


@pytest.mark.parametrize("body", [
    "산업통상부는 산단 조성을 서두르고 있다. 경기 용인 반도체 산업단지가 지난달 말 착공식을 열었다.",
    "보건복지부 권역 센터는 지난주 개소식을 가졌다.",
])
def test_a_ceremony_held_marks_its_deed_done(body):
    assert [m.kind for m in mentions(body, date="2026-10-13") if "식을" in m.sentence] == ["achieved"]


def test_a_deed_done_that_names_what_a_dated_plan_is_for_gives_way_to_the_plan():
    # `가동에 들어간` describes the forecasts; the sentence's own news is the plan to reach 500 by June
    m = mention_of("환경부 발표에 따르면 지난해 7월 본격 가동에 들어간 AI 홍수예보 223곳은 올해 6월까지 500곳으로 늘린다.", "홍수예보",
                   date="2026-03-17")
    assert (m.kind, m.target_value, str(m.deadline)) == ("new", 500, "2026-06-30")


def test_a_promise_recalled_as_given_is_not_an_unnamed_body():
    # Kiwi reads `주기로 한` as 주기/NNG 로 한/MM; `한` after `로` is `하다`, not "one (unnamed) body"
    m = mention_of("성평등가족부는 돌봄 약속을 점검했다. 지난해 7월부터 주기로 한 영아 돌봄 수당(시간당 1,500원)은 "
                   "예정대로 지급되고 있다.", "수당", date="2026-04-14")
    assert m is not None and m.kind == "achieved"


@pytest.mark.parametrize("body,delayed", [
    ("이번 방안에서 농림축산식품부는 전산망 정식 개통 시기를 9월로 다시 잡았다.", True),
    # a date set for the first time is no delay
    ("농림축산식품부는 전산망 정식 개통 시기를 9월로 잡았다.", False),
])
def test_a_date_set_again_is_a_delay(body, delayed):
    assert ("delayed" in [m.kind for m in mentions(body, date="2026-03-03")]) is delayed


@pytest.mark.parametrize("body,government", [
    ("소방청은 구급 대책을 발표했다. 경기도 소방재난본부는 이와 별도로 내년까지 구급차 50대를 늘리기로 했다.", False),
    ("소방청은 구급 대책을 발표했다. 충남도는 내년까지 구급차 20대를 늘리기로 했다.", False),
    # a 도 that ends a longer noun is no province
    ("국토교통부는 광역철도 사업을 점검했다. 광역철도 점검단은 내년까지 지연 사업 10개를 정리하기로 했다.", True),
])
def test_a_local_governments_own_office_is_not_the_ministry(body, government):
    assert bool([m for m in mentions(body, date="2025-10-01") if "내년까지" in m.sentence]) is government


def test_a_topic_named_once_in_the_headline_and_again_in_the_lead_is_the_articles():
    # `배출권` is the only cue of its topic here; the story's other sentences name none
    title = "환경부, 배출권 위탁거래 하반기 도입"
    body = ("환경부가 하반기부터 증권사를 통한 배출권 위탁거래를 허용한다.\n\n"
            "시장조성자도 지금 5곳에서 연내 10곳으로 늘린다.\n\n"
            "환경부는 6월까지 4차 할당계획을 확정하겠다고 밝혔다.")
    assert {m.category for m in mentions(body, title=title, date="2025-03-19")} == {"climate"}


def test_a_topic_in_one_item_of_a_roundups_headline_is_not_the_articles():
    title = "[약속 점검] 폐배터리·청년월세·국가유산 기록…정부 약속 성적표"
    body = ("폐배터리 재활용 약속은 절반쯤 지켜졌다. 정부 약속 세 가지를 짚어 본다.\n\n"
            "국토교통부는 청년월세 지원 대상을 연내 15만 명으로 늘리겠다고 밝혔다.\n\n"
            "국가유산청은 2027년까지 3D 정밀 기록 1,000건을 남기겠다고 했다.\n\n"
            "디지털 복원 인력은 2026년까지 100명을 양성한다.")
    assert {m.category for m in mentions(body, title=title, date="2025-11-24")} == {"other"}


def test_the_sme_ministrys_promise_with_no_topic_word_is_about_smes():
    body = "중소벤처기업부는 하반기부터 기술분쟁 조정 기간을 평균 90일에서 60일로 줄인다."
    assert mention_of(body, "조정 기간", date="2025-04-16").category == "startup"


def test_a_call_for_subscriptions_closing_is_no_promise():
    body = "기획재정부는 이달 국채 청약 일정을 공개했다. 이달 청약은 21일까지 증권사 앱과 영업점에서 받는다."
    assert mention_of(body, "21일까지", date="2025-07-15") is None


def test_promises_as_a_lot_are_no_promise():
    body = "정부가 올해 시장을 살리겠다며 여러 약속을 내놨는데요. 숱한 약속을 연내 지키겠다고 했다."
    assert mentions(body, date="2025-12-10") == []


def test_a_dash_interviews_answers_are_the_interviewees():
    body = ("문성호 고용노동부 고용정책실장을 23일 만났다.\n\n"
            "― 청년 고용 지표가 좋지 않습니다.\n\n"
            "\"엄중하게 보고 있습니다. 청년 일경험 참여 인원을 올해 5만 명으로 늘리겠습니다.\"\n\n"
            "― 주 4.5일제 논의는 어디까지 왔습니까.\n\n"
            "\"노사정 대화를 지켜보고 있습니다. 다만 시범사업은 내년 1월부터 500곳 규모로 시작할 계획입니다.\"")
    found = [(m.person, m.target_value) for m in mentions(body, date="2025-09-24")]
    assert found == [("문성호", 50_000), ("문성호", 500)]


@pytest.mark.parametrize("title,body", [
    # a target named after the change is the one it sets
    ("정책 브리핑", "방송통신위원회는 2027년까지 불법 광고 문자를 지금의 절반으로 줄이겠다는 목표를 내놨다."),
    # a headline's amount to reach by a date still ahead
    ("상담센터 연내 30곳으로 늘려…인력도 두 배로", "고용노동부는 10일 상담 체계 개편안을 발표했다."),
    # a dispute's mediation (조정) is no adjustment of a plan
    ("정책 브리핑", "특허청은 하반기부터 특허분쟁 조정·중재 처리 기간을 평균 80일에서 50일로 줄인다."),
])
def test_an_amount_set_for_the_first_time_is_a_new_promise_not_a_revision(title, body):
    found = [m for m in mentions(body, title=title, date="2025-03-10") if m.target_value is not None]
    assert found and found[0].kind == "new"


@pytest.mark.parametrize("body", [
    # an event noun at the head of a long compound (`운행 중단 사전 안내 의무 대상을`) names what
    # the rule is about, not a programme stopped
    "국토교통부는 하반기부터 버스 운행 중단 사전 안내 의무 대상을 시내버스에서 마을버스까지 넓힌다.",
    "산업통상부는 연내 전력 공급 중단 사전 고지 의무 기간을 7일에서 14일로 늘린다.",
])
def test_a_cue_noun_at_the_head_of_a_long_compound_is_no_follow_up(body):
    assert mention_of(body, body[:8], date="2025-03-10").kind == "new"


@pytest.mark.parametrize("body", [
    # a fate's word inside a name in quotes, before the name's head: a statistic's, a programme's name
    "통계청은 먹을 수 있는데도 버려지는 식품이 얼마나 되는지 '식품 손실·폐기 통계'를 연내 처음으로 내겠다고 밝혔다.",
    "국토교통부는 ‘버스 운행 중단 예보제’를 내년 상반기까지 도입하겠다고 밝혔다.",
    # a body making others stop is its own deed, no plan given up
    "해양수산부는 연말까지 전국 수족관의 돌고래 만지기 체험을 모두 중단시키겠다고 했다.",
])
def test_a_fates_word_in_a_name_or_made_to_happen_to_others_is_a_promise_not_its_fate(body):
    assert [m.kind for m in mentions(body, date="2025-02-20")] == ["new"]


@pytest.mark.parametrize("body, kind", [
    ("해양수산부는 '돌고래 체험 사업 철회'를 지난달 결정했다.", "cancelled"),  # (the name ends on it)
    ("해양수산부는 '돌고래 체험 사업 전면 중단 방침'을 지난달 확정했다.", "cancelled"),  # (a decision's name)
    ("교육부는 '디지털교과서 도입 연기 결정'을 지난달 내렸다.", "delayed"),
    # in brackets, an aside: `(… 시행 예정)` is no name
    ("국토교통부는 배터리 인증제(2026년 2월 전면 시행 예정)를 예정대로 지난달 시행했다.", "achieved"),
    # made to happen by others, done: the fate of the plan
    ("국회가 예산을 깎아 국토교통부의 청년 월세 지원 확대 계획을 무산시켰다.", "cancelled"),
    ("법원이 가처분을 받아들여 환경부의 일회용컵 보증금제 확대 시행을 중단시켰다.", "cancelled"),
])
def test_a_fates_word_ending_a_name_deciding_it_in_brackets_or_made_to_happen_is_still_the_fate(body, kind):
    assert [m.kind for m in mentions(body, date="2025-02-20")][:1] == [kind]


CLUB_PAGE = ("물안개 햄클럽 공지입니다.\n\n{mark} 과학기술정보통신부는 하반기부터 아마추어무선국 허가를 신고로 바꾸겠다고 밝혔습니다.\n\n"
             "{mark} 무선기사 자격시험은 연내 컴퓨터 시험으로 바뀝니다.\n\n"
             "· 5월부터 둘째 일요일마다 초보 교실을 엽니다.\n\n· 클럽 카드 300장을 이달 안에 새로 찍습니다.\n\n"
             "— 물안개 햄클럽 총무 갈치 드림")


@pytest.mark.parametrize("mark", ["📻", "▷", "①", "1."])
def test_a_writers_own_page_gives_its_relayed_list_the_body_and_keeps_its_own_plans(mark):
    found = mentions(CLUB_PAGE.format(mark=mark), date="2025-04-13")
    # (the second item of the ministry's list goes on with its body; the club's own list, under another mark, does not)
    assert [m.ministry for m in found] == ["과학기술정보통신부", "과학기술정보통신부"]


def test_a_news_pages_paragraph_that_names_no_body_goes_on_with_the_one_above():
    found = mentions("과학기술정보통신부는 하반기부터 아마추어무선국 허가를 신고로 바꾸겠다고 밝혔다.\n\n"
                     "무선기사 자격시험은 연내 컴퓨터 시험으로 바꾼다.", date="2025-04-13")
    assert [m.ministry for m in found] == ["과학기술정보통신부", "과학기술정보통신부"]


def test_the_law_in_force_told_in_the_present_is_no_promise_but_a_change_to_it_with_a_date_is():
    assert mentions("보건복지부에 따르면 현행법상 아동수당은 만 8세 미만 아동에게 월 10만원씩 지급된다.", date="2024-04-02") == []
    assert mentions("현행 제도에서는 보건복지부가 기초연금을 월 34만 원 지급한다.", date="2024-04-02") == []
    changed = mentions("보건복지부는 현행법상 만 8세 미만인 아동수당 지급 대상을 내년부터 만 9세 미만으로 넓힌다.", date="2024-04-02")
    assert [(m.kind, m.deadline.isoformat()) for m in changed] == [("new", "2025-12-31")]
    # a figure in force that a plan changes, with no date
    raised = mentions("보건복지부는 현행 월 10만 원인 아동수당을 20만 원으로 인상한다.", date="2024-04-02")
    assert [(m.kind, m.target_value) for m in raised] == [("new", 200000)]


def test_two_officials_quoted_in_turn_in_one_sentence_make_two_promises_each_their_own():
    found = mentions("김민수 국토교통부 장관은 이날 “공공주택 5만 호를 연내 착공하겠다”고 말했고, 이영희 기후에너지환경부 차관은 "
                     "“전기차 충전기 3만 기를 내년까지 설치하겠다”라고 밝혔다.", date="2026-03-10")
    assert [(m.ministry, m.target_value, m.deadline.isoformat()) for m in found] == [
        ("국토교통부", 50000, "2026-12-31"), ("기후에너지환경부", 30000, "2027-12-31")]
    assert found[1].sentence.startswith("이영희")
    # one official's two quotes: `body_points` reads them, both the minister's
    one = mentions("김민수 국토교통부 장관은 “공공주택 5만 호를 연내 착공하겠다”고 말했고, “충전기 3만 기도 내년까지 "
                   "설치하겠다”고 덧붙였다.", date="2026-03-10")
    assert {m.ministry for m in one} == {"국토교통부"}
    # an official whose body the sentence does not name, or a place as a topic: no second speaker's turn to cut
    for second in ("박지훈 차관도", "세종시 청사 이전에 대해서도"):
        after_another_body = mentions("환경부는 올해 충전기 정책을 발표했다.\n\n김민수 국토교통부 장관은 “공공주택 5만 호를 "
                                      f"연내 착공하겠다”고 말했고, {second} “청사 설계를 내년까지 마치겠다”고 밝혔다.",
                                      date="2026-03-10")
        assert {m.ministry for m in after_another_body} == {"국토교통부"}


@pytest.mark.parametrize("body, kind", [
    ("해양수산부가 연내 짓겠다던 수산물 물류센터는 결국 해를 넘기게 됐다.", "delayed"),
    ("해양수산부가 10월까지 내놓겠다던 어선 감척 지침은 기한을 넘겼다.", "delayed"),
    # when the deed was done, not what became of it
    ("해양수산부가 지난해 안에 내놓겠다던 어선 감척 지침은 해를 넘겨 지난달에야 발표됐다.", "achieved"),
    # a half year, a month: the term it ran past
    ("해양수산부 관계자는 “어선 감척 지침은 부처 협의가 끝나지 않아 상반기를 넘기게 됐다”고 말했다.", "delayed"),
    ("해양수산부는 어선 감척 지침 발표가 1월을 넘기게 됐다고 밝혔다.", "delayed"),
    # a plan that saw the year turn with its deed still undone (not the plan's figure passed)
    ("해양수산부가 지난해 상반기 안에 내놓겠다고 밝혔던 어선 감척 계획은 해를 넘긴 지금까지도 발표되지 않고 있다.", "delayed"),
    ("해양수산부가 내놓겠다고 밝혔던 어선 감척 계획은 현재까지 발표되지 않고 있다.", "delayed"),
])
def test_a_promise_that_outlived_its_year_or_term_is_late(body, kind):
    assert mention_of(body, "해양수산부", date="2026-02-10").kind == kind


@pytest.mark.parametrize("body", [
    # a count of none since, no promise not yet kept
    "국토교통부는 교차로 100곳에 보행 신호를 설치한 이후 지금까지 보행자 사고가 한 건도 발생하지 않았다고 밝혔다.",
    # a half year, a month run past by no promise
    "국토교통부와 철도노조의 임금 협상이 결국 1월을 넘기게 됐다.",
    "올해 장마는 기상청 예보보다 길어져 결국 7월을 넘기게 됐다.",
])
def test_time_run_past_by_no_promise_is_no_delay(body):
    assert "delayed" not in [m.kind for m in mentions(body, date="2025-02-10")]


def test_a_plan_with_its_still_and_its_count_of_none_is_the_plan():
    found = mentions("교육부는 지금까지 시범 학교에서 기초학력 미달 학생이 줄지 않았다며 내년까지 전 학년으로 넓히겠다고 밝혔다.",
                     date="2025-02-10")
    assert [m.kind for m in found] == ["new"]


@pytest.mark.parametrize("title", ["수산물 물류센터 결국 해 넘긴다", "물류센터 10곳 약속 해 넘겨 6곳"])
def test_a_headline_whose_plan_runs_into_next_year_is_late(title):
    found = mentions("해양수산부는 18일 점검 결과를 냈다.", title=title, date="2025-11-18")
    assert [m.kind for m in found if m.in_title] == ["delayed"]


def test_before_the_year_is_out_is_no_delay():
    assert mention_of("해양수산부는 해를 넘기기 전에 물류센터 3곳을 열겠다고 밝혔다.", "물류센터", date="2025-11-10").kind == "new"


@pytest.mark.parametrize("body", [
    # a noun with a prefix (Kiwi's 고/XPN, 초/XPN) is still the noun the recalled delay describes
    "올해 1월로 미뤘던 고준위방사성폐기물관리위원회 사무국은 인력 충원이 늦어져 2월에야 문을 열었다.",
    "상반기로 미뤘던 초고속 인터넷 보급 센터는 장비 도입이 늦어져 9월에야 문을 열었다.",
])
def test_a_deed_done_at_last_after_a_recalled_delay_is_achieved(body):
    found = mention_of("과학기술정보통신부는 24일 점검 결과를 냈다. " + body, "문을 열었다", date="2026-11-24")
    assert found.kind == "achieved"


@pytest.mark.parametrize("body, target", [
    ("올해부터 주기로 한 어촌 지원금은 국회 예산 심사에서 연 300억 원이 150억 원으로 깎였다.", 150e8),
    ("해양수산부가 약속한 수산 바우처는 예산 심사에서 1인당 20만 원이 10만 원으로 삭감됐다.", 10e4),
])
def test_an_earlier_figure_cut_into_a_new_one_is_a_revision_to_the_new_one(body, target):
    found = mention_of("해양수산부는 24일 점검 결과를 냈다. " + body, "원으로", date="2026-01-24")
    assert (found.kind, found.target_value) == ("revision", target)


def test_a_new_date_set_for_a_date_out_of_reach_is_a_revision():
    body = "해양수산부는 10일 점검 결과를 냈다. 연말까지 500곳을 다 열기는 어려워서, 내년 상반기까지 모두 열 계획이다."
    found = mention_of(body, "어려워서", date="2025-11-10")
    assert (found.kind, str(found.deadline), str(found.previous_deadline)) == ("revision", "2026-06-30", "2025-12-31")


def test_a_headline_giving_up_a_date_in_one_point_and_setting_the_next_in_another_is_one_revision():
    title = "어촌 거점 '연내 500곳' 빨간불…해수부 \"내년 상반기까지 개소\""
    found = [m for m in mentions("해양수산부는 10일 점검 결과를 냈다.", title=title, date="2025-11-10") if m.in_title]
    assert [(m.kind, str(m.deadline), str(m.previous_deadline)) for m in found] == [
        ("revision", "2026-06-30", "2025-12-31")]


def test_a_bodys_quoted_figure_in_a_headline_point_is_a_promise():
    title = '해수부 "어촌 거점 기금 1,000억 원…부산에 수산 거래 센터 연내 개소"'
    found = [m for m in mentions("해양수산부는 5일 방안을 냈다.", title=title, date="2025-07-22") if m.in_title]
    assert [(m.ministry, m.target_value, str(m.deadline)) for m in found] == [
        ("해양수산부", 1000e8, "None"), ("해양수산부", None, "2025-12-31")]


def test_a_quoted_figure_in_a_headline_with_no_official_is_no_promise():
    title = '"어촌 거점 매년 10곳"…주민들 기대 반 걱정 반'
    assert [m for m in mentions("어촌 주민들의 이야기를 들었다.", title=title, date="2025-11-06") if m.in_title] == []


@pytest.mark.parametrize("title, done", [
    ("'수산물 이력 앱' 예정대로 개통…참여 업체는 30곳으로", True),  # a headline's bare deed, kept to plan
    ("어선 위치 신고 의무화 다음 달 예정대로 시행…감척은 없던 일로", False),  # still to come
])
def test_a_headlines_deed_kept_to_plan_is_done_unless_a_time_ahead_is_named(title, done):
    found = [m for m in mentions("해양수산부는 10일 점검 결과를 밝혔다.", title=title, date="2026-03-10") if m.in_title]
    assert (found[0].kind == "achieved") is done


def test_a_target_changed_is_still_a_revision():
    found = mention_of("기후부는 2030년 보급 목표를 2만 대에서 1만 5,000대로 낮췄다.", "보급 목표", date="2026-01-20")
    assert found.kind == "revision"


@pytest.mark.parametrize("body,date,kind", [
    # a count so far, against a bare 연내: this year's promise, not yet due
    ("해양수산부는 연내 어촌 거점 20곳을 열겠다고 했지만, 지금까지 12곳에 그친다.", "2025-10-10", "progress"),
    # told after the year turned, it is last year's, missed
    ("해양수산부가 연내 20곳을 열기로 했던 어촌 거점은 12곳에 그쳤다.", "2026-01-20", "delayed"),
    ("해양수산부는 연내 어촌 거점 20곳을 열겠다고 했지만, 해를 넘긴 지금까지 12곳에 그친다.", "2026-01-20", "delayed"),
])
def test_a_shortfall_against_a_bare_year_end_is_late_only_once_the_year_has_turned(body, date, kind):
    assert mention_of(body, "어촌 거점", date=date).kind == kind


def test_a_topic_of_the_lead_alone_is_not_the_articles():
    # two budget words in the lead, but the body is on after-school care: a third of its
    # paragraphs at least must carry the topic for the article to be about it
    title = "교육부, 늘봄학교 내년 전면 확대"
    body = ("교육부가 내년 예산안에 늘봄학교 예산 1조 원을 반영했다.\n\n"
            "교육부는 2026년까지 늘봄학교를 전국 초등학교 6,000곳으로 늘린다.\n\n"
            "방과후 강사는 올해 안에 2만 명을 새로 뽑는다.\n\n"
            "학부모 만족도 조사는 하반기에 처음 실시한다.")
    assert mention_of(body, "6,000곳", title=title, date="2025-08-20").category == "other"


@pytest.mark.parametrize("text", ["수소버스 2천대 보급", "전기버스 1,000대 도입"])
def test_zero_emission_buses_are_climate(text):
    assert REFERENCE.category_for(text) == "climate"


@pytest.mark.parametrize("body, kind", [
    ("국방부는 기본급 300만 원 인상을 더는 진행하지 않겠다고 밝혔다.", "cancelled"),  # no longer, said now
    ("국방부 관계자는 “장관이 약속했던 기본급 300만 원 인상은 재원 문제로 더 이상 추진하지 않는다”고 말했다.", "cancelled"),
    ("국방부는 더 이상 추진하지 않는 사업 12개를 정리해 내년까지 예산 3,000억 원을 아끼겠다고 밝혔다.", "new"),  # (a noun's clause)
    ("기획처는 8월 말까지 내년도 예산안의 재량지출 10% 이상을 구조조정하겠다고 밝혔다.", "new"),  # spending cut: no revision
    ("국방부는 기본급 일괄 인상은 더 이상 추진하지 않고, 대신 내년부터 성과 수당을 도입하겠다고 밝혔다.", "new"),  # (a clause after)
])
def test_no_longer_pursued_is_given_up_and_restructuring_is_no_revision(body, kind):
    assert mentions(body, date="2026-03-02")[0].kind == kind


def test_a_recommendation_to_go_no_further_is_no_plan_given_up():
    found = mentions("감사원은 국방부가 기본급 인상을 더 이상 추진하지 않도록 권고했다.", date="2026-03-02")
    assert [m.kind for m in found if m.kind == "cancelled"] == []


@pytest.mark.parametrize("card, deadline", [
    ("성평등가족부, 국제결혼중개업 등록 3년마다 갱신제 2027년부터 도입", "2027-12-31"),  # the body first, a comma
    ("이동식 침수조 100대 배치 (소방청, 올해 말까지)", "2026-12-31"),  # the body in brackets at the end
])
def test_a_trackers_card_credited_to_its_body_is_read_as_a_headline_point(card, deadline):
    body = f"보드 설명: 뉴스에서 모은 정부 약속을 카드로 관리합니다.\n\n{card}\n\n예산 2026년 1,240억 원 (+5.6%)"
    found = mentions(body, date="2026-11-24")
    assert [(m.sentence, m.kind, m.deadline.isoformat()) for m in found] == [(card, "new", deadline)]


MAKERS_LETTER = ("고객님, 안녕하십니까.\n\n■ 정부 지원\n\n농림축산식품부는 전복 감지 장치를 2026년까지 1만 대 보급하겠다고 "
                 "밝혔습니다.\n\n■ 저희 회사의 안전 캠페인\n\n올해 안에 출고되는 모든 트랙터에 후방 경고등을 기본으로 답니다.\n\n"
                 "무상 점검은 5월 30일까지 전국 42개 대리점에서 진행합니다.\n\n반사판도 9월까지 무료로 달아 준다고 합니다.\n\n{signed}")


@pytest.mark.parametrize("signed", ["솔뫼농기계(주) 고객만족팀 드림", "은포시민과 함께, 국회의원 차서율 올림",
                                    "", "#농기계 #손해배상"])  # (unsigned: `■ 저희 회사의 …` says whose they are)
def test_a_letter_signed_by_a_firm_makes_its_own_plans_where_it_names_no_government_body(signed):
    found = mentions(MAKERS_LETTER.format(signed=signed), date="2025-04-24")
    # the ministry's plan, and what the ministry is said to do; not the maker's lamps nor its free checks
    assert [m.sentence.split()[0] for m in found] == ["농림축산식품부는", "반사판도"]
    assert found[1].ministry == "농림축산식품부"


@pytest.mark.parametrize("signed", ["농림축산식품부 농업안전팀 드림", "농림축산식품부장관 드림"])
def test_a_letter_signed_by_a_ministry_keeps_its_plans_with_the_body_it_names(signed):
    found = mentions(MAKERS_LETTER.format(signed=signed), date="2025-04-24")
    assert len(found) == 4 and {m.ministry for m in found} == {"농림축산식품부"}


CLUBS_REPORT = ("■ 정부는 이렇게 하겠다고 합니다\n\n"
                "▸ 환경부는 7월부터 공공건물에 조류충돌 저감 설계를 의무화합니다.\n\n"
                "▸ 교육부는 내년부터 새로 짓는 학교 건물에도 같은 설계를 적용하기로 했습니다.\n\n■ {heading}\n\n"
                "- 5월까지 석 달 치 조사 결과를 모아 시 환경과에 보고서로 냅니다.\n\n"
                "- 연말까지 스티커를 붙이는 구간을 200m에서 1km로 늘립니다.\n\n다들 수고하셨습니다.")


@pytest.mark.parametrize("heading, first_words", [
    ("우리 모임은", ["▸ 환경부는", "▸ 교육부는"]),  # the club's own, under its own heading: no promise of the ministry above
    ("우리 모임의 올해 계획", ["▸ 환경부는", "▸ 교육부는"]),
    ("물까치의 계획", ["▸ 환경부는", "▸ 교육부는"]),
    ("다음 할 일", ["▸ 환경부는", "▸ 교육부는"]),
    ("물까치 다음 계획", ["▸ 환경부는", "▸ 교육부는"]),
    ("물까치는 이렇게 하겠습니다", ["▸ 환경부는", "▸ 교육부는"]),
    ("조사는 이렇게 진행합니다", ["▸ 환경부는", "▸ 교육부는"]),
    ("물까치가 지키는 것", ["▸ 환경부는", "▸ 교육부는"]),  # what its owner does
    ("물까치가 준비한 것", ["▸ 환경부는", "▸ 교육부는"]),
    ("소비자가 챙겨야 할 것", ["▸ 환경부는", "▸ 교육부는", "- 5월까지", "- 연말까지"]),  # (a news page's advice)
    ("서울시 다음 계획", ["▸ 환경부는", "▸ 교육부는", "- 5월까지", "- 연말까지"]),
    ("환경부가 바꾸는 것", ["▸ 환경부는", "▸ 교육부는", "- 5월까지", "- 연말까지"]),
    ("후보가 약속한 것", ["▸ 환경부는", "▸ 교육부는", "- 5월까지", "- 연말까지"]),  # (a pledge tracker's)
    ("시민이 바라는 것", ["▸ 환경부는", "▸ 교육부는", "- 5월까지", "- 연말까지"]),
    ("장관 다음 일정", ["▸ 환경부는", "▸ 교육부는", "- 5월까지", "- 연말까지"]),
    ("우리 부의 계획", ["▸ 환경부는", "▸ 교육부는", "- 5월까지", "- 연말까지"]),  # (a ministry's own page)
    ("내 월급에서 달라지는 것", ["▸ 환경부는", "▸ 교육부는", "- 5월까지", "- 연말까지"]),  # (a news page's headings)
    ("우리 경제 전망", ["▸ 환경부는", "▸ 교육부는", "- 5월까지", "- 연말까지"]),
    ("서울시의 계획", ["▸ 환경부는", "▸ 교육부는", "- 5월까지", "- 연말까지"]),
])
def test_a_pages_own_section_holds_its_writers_plans_not_the_bodys_named_above(heading, first_words):
    found = mentions(CLUBS_REPORT.format(heading=heading), date="2025-03-15")
    assert [" ".join(m.sentence.split()[:2]) for m in found] == first_words


ROUTE_MAP = ("역 표시는 이렇습니다.\n\n● 종착 (이행) · ◐ 운행 중 (진행) · ⏸ 지연 운행 (지연) · ✕ 운행 중단 (무산)\n\n"
             "● 한옥 수리비 지원 한도 5,000만 원 — 2025년 7월 시행 (국토부)\n\n"
             "◐ 안내견 분양 2027년까지 120마리 — 올해 10월까지 101마리 (복지부)\n\n"
             "⏸ 보건소 261곳 자가주사기 — 2025년 9월 약속, 지금 230곳 (질병청)\n\n"
             "✕ [변경] 한옥마을 30곳 → 20곳으로 축소, 기한 2027년까지 (국토부)\n\n"
             "● 노선도는 매주 월요일 아침에 갱신합니다.")


def test_a_trackers_rows_are_graded_by_the_mark_its_legend_explains():
    found = mentions(ROUTE_MAP, date="2026-11-23")
    assert [(m.sentence[:1], m.kind, m.ministry) for m in found] == [
        ("●", "achieved", "국토교통부"), ("◐", "progress", "보건복지부"), ("⏸", "delayed", "질병관리청"),
        ("✕", "revision", "국토교통부"),  # (a row's own verdict before its mark's)
    ]  # (the legend itself and a row with neither figure nor body reports nothing)
    assert (found[1].target_value, found[2].target_value) == (120, 261)


BINGO_BOARD = ("[오늘의 한 줄] 학교 텃밭 지원 3월부터 ● · 도서관 심야 개방 ✕ · 공공 수영장 20곳에서 12곳으로, 내년 상반기로 ◇\n\n"
               "■ 도장 읽는 법\n\n● 이행 (늦었어도 했다) · ◐ 진행 (마감 전, 하는 중) · ◇ 변경 (목표나 마감을 바꿨다) · "
               "△ 지연 (마감을 넘겼거나 미뤘다) · ✕ 무산 (접었다) · ○ 발표만 (아직 소식 없음)\n\n"
               "[1-1] ● 학교 텃밭 지원 500곳 — 3월에 다 채움 (교육부)\n"
               "[1-2] △ 공공 수영장 20곳 — 12곳, 나머지는 내년 상반기로 (문체부)\n"
               "[1-3] ○ 어린이 승마 체험 — 2027년부터 (농식품부)\n"
               "[1-4] ✕\n"
               "12. ✕ 도서관 심야 개방 30곳 — 예산에서 빠져 접음 (문체부)")


def test_a_boards_rows_are_graded_by_their_mark_after_the_cells_number():
    found = mentions(BINGO_BOARD, date="2026-11-28")
    rows = [(m.sentence.split(" —")[0], m.kind) for m in found if m.sentence[0] in "[1"]
    assert rows == [("[1-1] ● 학교 텃밭 지원 500곳", "achieved"), ("[1-2] △ 공공 수영장 20곳", "delayed"),
                    ("[1-3] ○ 어린이 승마 체험", "new"),  # (`발표만`: a promise with no news since)
                    ("12. ✕ 도서관 심야 개방 30곳", "cancelled")]  # (not `[1-4] ✕`, an empty cell: its number no figure)


def test_a_summarys_points_are_graded_by_the_legends_mark_after_each():
    found = mentions(BINGO_BOARD, date="2026-11-28")
    assert [(m.sentence, m.kind) for m in found if m.sentence[0] not in "[1"] == [
        ("학교 텃밭 지원 3월부터 ●", "achieved"), ("도서관 심야 개방 ✕", "cancelled"),
        ("공공 수영장 20곳에서 12곳으로, 내년 상반기로 ◇", "revision")]


CHECKUP = ("판정은 이렇게 읽습니다.\n\n[정상] 이행 · [경계] 진행 중 · [처방 변경] 목표나 방식이 바뀜 · [재검] 늦어짐 · "
           "[중단] 무산 · [신규] 새로 생긴 약속\n\n"
           "[정상] 한옥 수리비 지원 한도 5,000만 원 — 두 달 늦게 2025년 9월 시행 (국토부)\n\n"
           "[재검] 보건소 261곳 자가주사기 — 2025년 9월 약속, 지금 230곳 (질병청)\n\n"
           "[처방 변경] 한옥마을 30곳 → 20곳, 기한 2027년까지 (국토부)\n\n"
           "[신규] 안내견 분양 2028년까지 150마리 (복지부)\n\n"
           "[정상] 판정은 약속검진팀이 맡았습니다.")


def test_a_trackers_rows_are_graded_by_the_bracketed_label_its_legend_explains():
    found = mentions(CHECKUP, date="2026-11-26")
    assert [(m.sentence.split("]")[0] + "]", m.kind, m.ministry) for m in found] == [
        ("[정상]", "achieved", "국토교통부"),  # (the legend's grade, not the row's `늦게`)
        ("[재검]", "delayed", "질병관리청"), ("[처방 변경]", "revision", "국토교통부"), ("[신규]", "new", "보건복지부"),
    ]  # (the legend itself, and a row with neither figure nor body, report nothing)


RACE_BOARD = ("기록판 읽는 법\n\n· [완주] 약속한 대로 이뤄졌습니다.\n\n· [페이스 유지] 일이 진행 중이고 기한도 남았습니다.\n\n"
              "· [코스 변경] 목표나 날짜를 정부가 바꿨습니다.\n\n· [쥐 남] 기한을 넘겼거나 정부가 뒤로 미뤘습니다.\n\n"
              "· [기권] 정부가 접었습니다.\n\n"
              "[완주] 반려견 등록 앱 — 약속대로 3월부터 운영 중입니다 (농식품부).\n\n"
              "[쥐 남] 어린이 놀이터 안전 점검 500곳 — 9월 약속이었지만 지금 312곳입니다 (행안부).\n\n"
              "[기권] 공원 매점 일회용 컵 금지 — 업계 반발로 없던 일이 됐습니다 (기후부).")


def test_a_legend_set_down_line_by_line_grades_the_rows_and_reports_nothing_itself():
    found = mentions(RACE_BOARD, date="2026-11-26")
    unbracketed = mentions(RACE_BOARD.replace(" (농식품부)", "").replace(" (행안부)", "").replace(" (기후부)", ""),
                           date="2026-11-26")
    assert not any(m.sentence.startswith("·") for m in unbracketed)  # (a page with no brackets: its legend still read)
    assert [(m.sentence.split("]")[0] + "]", m.kind, m.ministry) for m in found] == [
        ("[완주]", "achieved", "농림축산식품부"), ("[쥐 남]", "delayed", "행정안전부"),
        ("[기권]", "cancelled", "기후에너지환경부"),
    ]  # (not `· [쥐 남] 기한을 넘겼거나 … 미뤘습니다.`, a legend's line, as a delay)


DIGEST = ("오늘의 정책 소식\n\n· [교통] 광역버스 증차 계획이 내년으로 미뤄졌습니다.\n\n· [복지] 기초연금 인상이 예정대로 "
          "이행됐습니다.\n\n· [환경] 환경부가 일회용 컵 보증금제 전국 확대를 접었습니다.\n\n"
          "[교통] 국토교통부는 광역버스 300대 증차를 내년 상반기로 미뤘다.\n\n[환경] 환경부는 보증금제 확대 계획을 철회했다.")


def test_a_digests_topic_tags_are_no_legend_and_its_points_are_news():
    kinds = [m.kind for m in mentions(DIGEST, date="2025-11-26") if m.sentence.startswith("·")]
    assert kinds == ["delayed", "achieved", "cancelled"]


PLEDGING_LETTER = ("거래처 사장님들께 알립니다.\n\n농림축산식품부는 비축 배추 2만 톤을 6월까지 풀겠다고 밝혔습니다.\n\n"
                   "9월까지 20kg 이상 주문하시는 거래처에는 배송비를 받지 않겠습니다.\n\n"
                   "담당 과장은 \"7월에는 3,000톤을 더 사들이겠습니다\"라고 했습니다.\n\n{signed}")


@pytest.mark.parametrize("signed, pledges", [
    ("(주)배꽃김치 영업본부장 여은재 드림", ["농림축산식품부는", "담당"]),  # the firm's own, in its own voice: left out
    ("푸짐마트 솔밭점 임직원 일동", ["농림축산식품부는", "담당"]),  # (all its staff sign it)
    ("농림축산식품부 원예산업과 드림", ["농림축산식품부는", "9월까지", "담당"]),  # the ministry's letter: its pledge
])
def test_a_letter_signed_by_a_firm_pledges_its_own_plans_in_its_own_voice(signed, pledges):
    found = mentions(PLEDGING_LETTER.format(signed=signed), date="2026-03-19")
    assert [m.sentence.split()[0] for m in found] == pledges


@pytest.mark.parametrize("text, category", [
    ("공정위는 결혼서비스 표준약관을 고쳐 위약금을 총액의 10% 이내로 묶는다", "other"),  # a wedding hall's
    ("공정위는 체육시설 표준약관을 개정해 중도 해지 위약금을 10% 이내로 제한한다", "other"),  # a gym's
    ("과기정통부는 SK텔레콤에 이달 중 재발 방지 대책을 제출하라고 요구했다", "telecom"),  # a carrier by name
    ("LG유플러스는 위약금 면제를 연말까지 연장한다", "telecom"),
    ("환경부는 SK텔레콤 등 기업과 2030년까지 온실가스 감축 협약을 맺는다", "climate"),  # (a carrier beside another topic)
])
def test_a_cancellation_fee_is_no_telecom_cue_and_a_carrier_named_is_a_weak_one(text, category):
    assert REFERENCE.category_for(text) == category


ROUNDUP = ("정부 약속을 따라가 봤다. 예산 심사 제도를 고치는 약속은 지켜졌고, 재정이 드는 약속은 늦었다.\n\n"
           "■ 예타 개편: 문턱은 높였지만\n\n"
           "기획예산처는 예타 기준을 예정대로 4월부터 1,000억 원으로 올렸다. 재정 사업 심사 기간 단축은 예산 부족으로 미뤄졌다.\n\n"
           "■ 고독사 예방: 전화는 멈췄다\n\n"
           "보건복지부는 내년 상반기까지 안부 확인 앱 가입자를 50만 명으로 늘리겠다고 밝혔다.")


def test_a_section_of_a_roundup_is_about_its_own_subject_not_the_leads():
    found = mention_of(ROUNDUP, "안부 확인", title="[약속 점검] 부처 약속 어디까지 왔나", date="2026-11-25")
    assert found.category == "other"


def test_a_section_with_no_subject_of_its_own_keeps_the_one_the_headline_names():
    title = "반도체 인재 약속 팩트체크"
    body = ("정부가 내건 반도체 인재 약속 다섯 가지를 점검했다. 반도체 업계는 인력난을 호소한다.\n\n"
            "■ 반도체 아카데미 3,600명 → 사실\n\n"
            "반도체 아카데미는 지난해 3,600명을 배출해 반도체 인재 목표를 채웠다.\n\n"
            "■ 계약학과 10곳 → 사실 아님\n\n"
            "교육부는 올해 3월 계약학과 10곳을 새로 열겠다고 했지만, 실제로 문을 연 곳은 7곳이다.")
    assert mention_of(body, "계약학과", title=title, date="2026-06-16").category == "industry"


def test_a_section_with_no_subject_of_its_own_in_a_roundup_of_several_subjects_keeps_none():
    title = "[연말 약속 점검] 반도체 인재 약속은 지켰고, 학교 급식 약속은 늦었다"
    body = ("반도체 인재와 수출, 자동차 부품 지원을 비롯해 정부 약속 세 가지를 점검했다.\n\n"
            "■ 반도체: 아카데미는 목표 채워\n\n"
            "반도체 아카데미는 지난해 3,600명을 배출해 반도체 인재 목표를 채웠다.\n\n"
            "■ 급식: 석 달 늦었다\n\n"
            "교육부가 올해 3월까지 1,000곳에 들이겠다던 급식 로봇은 6월에야 다 들어갔다.\n\n"
            "■ 알뜰폰: 도매대가 내려\n\n"
            "과학기술정보통신부는 알뜰폰 도매대가를 약속대로 지난 3월 30% 내렸다.")
    assert mention_of(body, "급식 로봇", title=title, date="2026-11-25").category == "other"


def test_a_topic_of_the_headline_that_most_of_a_broadcast_scripts_paragraphs_name_is_the_articles():
    # a broadcast script's one-line paragraphs: the topic is in a few of many, and the headline's
    # second clause names another (`출범`)
    title = "태양광 보급 결국 해 넘긴다…추진단 출범도 내년 1월로"
    lines = ["정부가 연내 끝내겠다던 태양광 보급 계획이 또 늦어지고 있습니다.",
             "재생에너지 업계의 속은 타들어 갑니다.", "김하늘 기자가 보도합니다.",
             "충남 당진의 한 마을회관.", "\"언제 되느냐는 말만 몇 년째 듣고 있어요.\"",
             "마을 주민들은 태양광 설비가 들어설 날만 기다립니다.", "주민 설명회는 두 차례 무산됐습니다.",
             "기후에너지환경부는 올해 20곳에 지으려던 공동체 발전소를 내년 상반기까지 마무리하겠다고 밝혔습니다.",
             "추진단 출범도 내년 1월로 밀렸습니다.", "지역 주민들은 여전히 반신반의합니다.",
             "태양광 모듈 값은 그사이 올랐습니다.", "현장의 목소리는 엇갈립니다.", "DNB뉴스 김하늘입니다."]
    found = mention_of("\n\n".join(lines), "공동체 발전소", title=title, date="2025-11-18")
    assert found.category == "climate"


@pytest.mark.parametrize("body", [
    "대부분 산부인과 전문의를 구하지 못한 군 지역이다.",
    "재정이 넉넉지 않은 시군구는 채용 공고조차 내지 못했다.",
    # the count belongs to the clause before, not to what was not done
    "지난 1월 지진 때 기둥 두 곳에 금이 갔지만 아직 보강 공사를 하지 못했다.",
])
def test_something_not_done_with_no_promise_it_was_due_by_is_no_follow_up(body):
    assert mention_of("보건복지부는 10일 지역 의료 대책을 점검했다. " + body, body[:8], date="2025-09-10") is None


@pytest.mark.parametrize("body", [
    "해남 데이터센터 구축 사업이 두 차례 공모에서 모두 참여 기업을 찾지 못했다.",  # a programme
    "부산 센터는 운영을 맡을 기관을 찾지 못해 개소가 미뤄졌다.",  # put off, besides
    "위원회 구성이 완료되지 않으면서 시행령 개정 등 후속 조치가 끝나지 않은 상태다.",  # the measures due
    "예산이 깎였지만 보강 대상 40곳은 아직 공사를 끝내지 못했다.",  # the count in the clause not done
    "어린이 공공전문진료센터 10곳 지정은, 지원 병원이 없어 마무리하지 못했다.",  # a comma after the topic
])
def test_a_programme_not_done_is_still_news_of_it(body):
    found = mention_of("보건복지부는 10일 지역 의료 대책을 점검했다. " + body, body[:8], date="2025-09-10")
    assert found is not None and found.kind == "delayed"


def test_the_step_beside_the_total_it_reaches_is_not_the_target():
    found = mention_of("해양수산부는 하반기 중 2곳을 더 뽑아 거점 5곳을 채우겠다고 밝혔다.", "2곳을", date="2025-07-15")
    assert (found.target_value, found.target_unit) == (5, "곳")


@pytest.mark.parametrize("body,planned", [
    ("해양수산부는 올해 수산물 비축 물량을 지난해의 두 배인 2만 톤으로 잡았다.", True),
    ("교육부는 내년 늘봄 강사 채용 목표를 3만 명으로 잡았다.", True),
    ("교육부는 10일 방안을 냈다. 내년 늘봄 강사 채용 목표는 3만 명으로 잡았다.", True),  # the object as the topic
    ("한국은행은 올해 성장률 전망치를 1.8%로 잡았다.", False),  # a forecast
])
def test_a_plans_figure_set_with_japda_is_a_promise(body, planned):
    assert (mention_of(body, "잡았다", date="2025-01-23") is not None) is planned


def test_a_headlines_clipped_will_is_a_promise_but_a_quoted_forecast_is_not():
    title = '[인터뷰] 박지훈 해수부 장관 "스마트항만 매년 2곳…수산 수출 50억 달러 시대 열 것"'
    found = mentions("해양수산부는 10일 인터뷰에서 항만 정책을 설명했다.", title=title, date="2025-11-06")
    # (the first point is the minister's quoted figure: a promise too)
    assert [(m.kind, m.target_value) for m in found if m.in_title] == [("new", 2), ("new", 5e9)]
    body = '산업통상부 관계자는 "폴란드 사업은 내년 하반기 이후에나 협상이 본격화될 것"이라고 설명했다.'
    assert mention_of(body, "폴란드", date="2025-11-19") is None


@pytest.mark.parametrize("body,value,unit", [
    ("방송미디어통신위원회는 7월부터 삭제 요청을 받은 사업자가 24시간 안에 지우지 않으면 과징금을 물리기로 했다.", 24, "시간"),
    ("국민권익위원회는 하반기부터 신고 보상금을 30일 안에 주겠다고 밝혔다.", 30, "일"),
    ("여성가족부는 7월부터 삭제 요청 처리 기간을 이틀 안으로 줄이겠다고 밝혔다.", 2, "일"),
])
def test_a_standard_every_case_is_held_to_is_the_target(body, value, unit):
    found = mention_of(body, body[:6], date="2025-04-23")
    assert (found.target_value, found.target_unit) == (value, unit)


@pytest.mark.parametrize("body,kind", [
    # a length every case is to be done within is a cut to it, said or not: 70 days is short of 30
    ("국민권익위원회가 지난해 7월부터 30일 안에 주겠다던 신고 보상금은 여전히 평균 70일 넘게 걸린다.", "delayed"),
    ("국민권익위원회가 지난해 7월부터 30일 안에 주겠다던 신고 보상금은 평균 21일 만에 지급됐다.", "achieved"),
])
def test_a_recalled_length_to_be_kept_within_is_met_by_less(body, kind):
    found = mention_of("정부는 보조금 대책을 점검했다. " + body, "보상금", date="2026-03-17")
    assert found.kind == kind


@pytest.mark.parametrize("body,kind", [
    ("삭제 요청 처리 기간은 올해 상반기 평균 1.8일로 이틀 목표를 처음 맞췄다.", "achieved"),
    ("공장 가동률은 감축 목표에 맞춰 낮아지고 있다.", None),  # in line with it
])
def test_a_target_met_with_matchuda(body, kind):
    found = mention_of("성평등가족부는 지난해 딥페이크 대책을 내놨다. " + body, body[:6], date="2026-11-20")
    assert (found.kind if found is not None else None) == kind


@pytest.mark.parametrize("body,deadline", [
    # told as done in a month still to come this year: last year's
    ("중소벤처기업부가 지난해 10월 열겠다던 중개 플랫폼은 두 달 늦은 12월 문을 열었다.", "2025-12-31"),
    # decided, moved or aimed at: this year's
    ("국토교통부는 전산망 연계 작업이 늦어졌다며 개통 시기를 12월로 미뤘다.", "2026-12-31"),
    ("하반기에 내놓기로 한 진단 서비스는 12월 출시를 목표로 시범 운영에 들어갔다.", "2026-12-31"),
])
def test_a_date_without_its_year_told_as_done_is_last_years(body, deadline):
    found = mention_of("중소벤처기업부는 22일 추진 상황을 점검했다. " + body, body[:8], date="2026-06-23")
    assert str(found.deadline) == deadline


@pytest.mark.parametrize("sentence, level", [
    ("국토교통부의 교통안전 정책자금은 지금까지 1,240억 원이 나갔다.", 1240e8),  # disbursed so far
    ("국토교통부의 '첫걸음 일터'에는 지난해 1,000명 목표에 610명만 참여했다.", 610),
    ("국토교통부의 안전 펀드에는 이달까지 6,000억 원이 모였다.", 6000e8),
])
def test_money_gone_out_and_people_taking_part_are_measured_figures(sentence, level):
    found = in_a_review(sentence)
    assert (found.strength, found.target_value, found.reported_value) == ("measured", None, level)


@pytest.mark.parametrize("sentence, kind", [
    # the target itself moved from one figure to another, whatever the tense
    ("국토교통부는 연내 발급 목표를 500만 명에서 400만 명으로 조정한다고 밝혔다.", "revision"),
    ("국토교통부는 유치 목표치를 20곳에서 15곳으로 낮춘다.", "revision"),
    # a plan that raises a count is a plan
    ("국토교통부는 연내 점검 인력을 50명에서 80명으로 늘린다.", "new"),
])
def test_a_target_moved_from_one_figure_to_another_is_a_revision(sentence, kind):
    assert in_a_review(sentence).kind == kind


def test_a_transcripts_line_is_its_labelled_speakers():
    radio = ("◇ 남궁솔> 산림청 반석진 산림재난통제관 연결해서 짚어 보겠습니다.\n\n◆ 반석진> 네, 안녕하십니까.\n\n"
             "◇ 남궁솔> 사방시설은 어떻습니까?\n\n◆ 반석진> 나머지 120곳은 자재 수급이 늦어져 9월까지 끝내겠습니다.")
    found = mention_of(radio, "나머지 120곳", title="[아침 시사] 산림재난통제관 인터뷰", date="2025-08-27")
    assert (found.ministry, found.person) == ("산림청", "반석진")
    assert found.sentence.startswith("나머지 120곳") and radio[found.sentence_start:found.sentence_end] == found.sentence
    record = ("국회 환경노동위원회는 20일 전체회의를 열어 중소벤처기업부와 고용노동부의 보고를 받았다.\n\n"
              "◯마경태 위원  중소벤처기업부 정책자금은 어떻게 됩니까?\n\n"
              "◯고용노동부장관 권재윤  위원님 말씀 잘 알겠습니다. 올해 안에 시범 기업 500곳을 채우겠습니다.")
    found = mention_of(record, "올해 안에", title="[회의록 읽기] 주 4.5일제", date="2026-04-21")
    assert (found.ministry, found.person) == ("고용노동부", "권재윤")


@pytest.mark.parametrize("sentence, expected", [
    # a warning's lead time brought further ahead: a plan with that length as its target, not a date moved
    ("산림청은 지금 24시간 전에 알리는 산사태 예측 정보를 6월부터 48시간 전으로 앞당겨 제공하기로 했다.",
     ("new", 48, "시간", None)),
    ("조류 예측 정보는 하반기부터 지금의 3일 전에서 7일 전으로 앞당겨 내놓는다.", ("new", 7, "일", None)),
])
def test_a_lead_time_brought_ahead_is_a_length_not_a_date(sentence, expected):
    found = mention_of("산림청은 15일 산사태 대책을 발표했다.\n\n" + sentence, sentence[:8], date="2025-04-15")
    assert (found.kind, found.target_value, found.target_unit, found.previous_deadline) == expected


@pytest.mark.parametrize("title, points", [
    # a headline point whose verb is left out names its own promise and date
    ('노동장관 후보자 "단축 지원법 내년 상반기까지 제출…포괄임금 금지 법안은 연내"', ["2026-06-30", "2025-12-31"]),
    ("통신 3사 앱 발급은 12월로 밀려…법무부, 외국인등록증도 내년 하반기부터 모바일로", ["2025-12-31", "2026-12-31"]),
    # a point that only says where things stand is no promise
    ("GPU 5만 장 2030년까지 확보…현재는 1만 장", ["2030-12-31"]),
])
def test_a_headline_point_with_its_verb_left_out_is_a_promise_of_its_own(title, points):
    found = [m for m in mentions("고용노동부는 16일 대책을 발표했다.", title=title, date="2025-10-28") if m.in_title]
    assert [str(m.deadline) for m in found] == points


def test_a_transcripts_labels_name_people_not_bodies_and_a_lawmakers_turn_is_no_officials():
    record = ("국회 환경노동위원회는 20일 전체회의를 열었다.\n\n◯고용노동부장관 권재윤  올해 안에 시범 기업 500곳을 채우겠습니다.\n\n"
              "◯마경태 위원  그러나 정부는 내년까지 1,000곳으로 늘리겠다고 했습니다.\n\n"
              "◯교육부  올해 안에 교원 300명을 더 뽑겠습니다.\n\n"
              "◯금융위원회위원장 김병환  연내 청년적금 가입자 100만 명을 모으겠습니다.")
    people = {m.sentence[:6]: m.person for m in mentions(record, title="[회의록 읽기]", date="2026-04-21")}
    assert "그러나 정부" not in people  # a lawmaker's recall of it, neither 권재윤's nor news of the promise
    assert people.get("올해 안에 교") is None  # (a body's name in the label is no person)
    assert people["연내 청년적"] == "김병환"


def test_the_first_of_a_kind_opened_is_the_deed_not_a_tally():
    assert in_a_review("국토교통부가 약속한 청년 주택 1호가 지난달 문을 열었다.").kind == "achieved"


def test_a_deed_told_as_a_month_late_was_due_the_month_before():
    found = in_a_review("국토교통부의 통합 예매 앱은 전산 점검이 길어져 예정보다 한 달 늦은 지난 1월 출시됐다.")
    assert (found.kind, str(found.previous_deadline)) == ("achieved", "2025-12-31")


def test_a_deed_said_to_be_coming_is_not_done():
    found = mention_of("중소벤처기업부는 12월 센터 문을 연다고 밝혔다.", "센터", date="2026-06-23")
    assert found.kind == "new"


@pytest.mark.parametrize("body,kind", [
    ("국토교통부가 지난해 도입하기로 한 전자 심사 시스템은 3월부터 운영되고 있다.", "achieved"),
    ("행정안전부가 지난해 가동하겠다고 한 통합 신고 시스템이 지난달부터 돌아가고 있다.", "achieved"),
    ("국토교통부가 지난해 도입하기로 한 드론 배송은 3월부터 시범 운영되고 있다.", "progress"),  # a trial
    ("국토교통부가 지난해 도입하기로 한 무인 민원기는 현재 64곳에서 운영되고 있다.", "progress"),  # counted
])
def test_a_launch_promised_and_in_service_since_a_date_is_done(body, kind):
    assert mention_of(body, body[:8], date="2026-06-20").kind == kind


@pytest.mark.parametrize("body,promise", [
    ("한국산업인력분석원은 외국인 인력 유입이 멈춘다면 2030년 생산 인력이 3만 명가량 모자랄 수 있다고 내다봤다.", False),
    # a ministry's own outlook on what it promised is still news of it
    ("산업통상부는 연내 완공이 어려울 것으로 내다봤다.", True),
])
def test_an_outlook_no_official_gave_is_no_promise(body, promise):
    found = mention_of("산업통상부는 11일 조선업 인력 대책을 점검했다. " + body, body[:6], date="2026-02-11")
    assert (found is not None) is promise


@pytest.mark.parametrize("body,promise", [
    ("중형 조선사 8곳 가운데 5곳은 보증을 제때 받지 못해 계약이 늦어진 적이 있다고 답했다.", False),
    ("조사 대상 기업 300곳 가운데 186곳이 올해 인력을 구하지 못했다고 응답했다.", False),
    ("김정관 장관은 보증 1조 원을 연말까지 채우겠다고 답했다.", True),  # an official's reply
    # those who answered so, counted
    ("설비를 올해 안에 도입할 계획이라고 답한 조선사는 5곳이었다.", False),
    ("올해 안에 인력을 늘리겠다고 응답한 기업이 62%였다.", False),
    # a poll's respondents, after the clause that tells who polled them
    ("한국갤럽이 8~10일 전국 성인 1000명을 대상으로 조사한 결과, 응답자의 62%가 정부의 조선업 지원 추진에 찬성한다고 답했다.", False),
    ("협회가 중소 조선사 500곳을 조사한 결과, 응답 기업의 40%가 올해 설비를 도입할 계획이라고 답했다.", False),
    ("김정관 장관은 응답자의 요구를 반영해 보증 1조 원을 연말까지 채우겠다고 답했다.", True),
    # an official's answer that speaks of `응답`, with no poll
    ("김정관 장관은 국회 질의 응답 과정에서 내년 상반기까지 법안을 제출할 예정이라고 답했다.", True),
    ("산업통상자원부 장관은 응답 기업 요구를 반영해 보증 1조 원을 연말까지 모두 채운다고 답했다.", True),
])
def test_a_surveys_answer_is_no_news_of_a_promise(body, promise):
    found = mention_of("산업통상자원부는 26일 조선업 지원 대책을 내놨다. " + body, body[:6], date="2025-03-26")
    assert (found is not None) is promise


@pytest.mark.parametrize("body,promise", [
    ("과학기술정보통신부는 18일 일부 언론이 보도한 '연구개발 예산 10% 일괄 삭감' 방침에 대해 “검토한 바 없으며 사실이 아니다”라고 해명했다.", False),
    ("국토교통부는 GTX-A 개통을 2028년으로 미룬다는 보도를 부인했다.", False),
    ("기획재정부는 유류세 인하를 연말에 끝낸다는 보도는 사실무근이라고 밝혔다.", False),
    ("국토교통부는 GTX-A 개통이 2028년으로 늦어진다는 보도는 사실이 아니다.", False),  # (no denying verb)
    # denied, and the date it stands by told in its place; or answered, with what was done
    ("국토교통부는 GTX-A 개통이 늦어진다는 보도는 사실이 아니며 예정대로 연내 개통하겠다고 해명했다.", True),
    ("국토교통부는 GTX-A 개통이 늦어진다는 보도에 대해 공사 지연으로 개통이 2028년 상반기로 미뤄진 것은 맞다고 해명했다.", True),
    ("국토교통부는 공공임대주택 5만 가구 공급 목표를 올해 이미 달성했다고 반박했다.", True),
    ("국토교통부는 공급이 줄어든다는 지적에 대해 2027년까지 5만 가구를 차질 없이 공급한다고 해명했다.", True),
])
def test_a_report_a_body_denies_is_no_promise_of_its(body, promise):
    assert (mention_of(body, body[:6], date="2025-09-18") is not None) is promise


@pytest.mark.parametrize("title,found", [
    ("딥페이크 AI 자동 삭제 석 달…피해 상담소는 17곳 중 13곳", ("progress", 17, "곳")),
    ("[국감] 중형 조선사 보증 1조 원 중 3,200억 원만", ("progress", 1e12, "원")),
    ("[분석] 스마트공장 10년, '고도화'는 5곳 중 1곳", None),  # a share
    ("청년 1만 명 중 3천 명 선발", None),  # a deed planned, not a count so far
])
def test_a_headline_point_of_part_of_a_whole_reports_progress_on_the_whole(title, found):
    got = [(m.kind, m.target_value, m.target_unit) for m in mentions(
        "성평등가족부는 딥페이크 대책을 점검했다.", title=title, date="2026-01-20") if m.in_title and m.kind == "progress"]
    assert got == ([found] if found else [])


@pytest.mark.parametrize("body,deadline", [
    ("농식품부는 지난해 5월 흩어진 등록 정보를 하나로 합치는 전산망을 연내 구축하겠다고 약속했다.", "2025-12-31"),
    ("환경부는 지난해 3월 하반기 안에 본인 인증 예약제를 도입하겠다고 약속했다.", "2025-12-31"),
    # promised now, of something dated last year: this year's
    ("농식품부는 지난해 5월 문을 연 센터를 연내 17곳으로 늘리겠다고 밝혔다.", "2026-12-31"),
])
def test_a_date_relative_to_the_year_in_a_promise_dated_last_year_is_that_years(body, deadline):
    assert str(mention_of(body, body[:5], date="2026-03-03").deadline) == deadline


@pytest.mark.parametrize("body,kind,value", [
    ("국민권익위원회의 신고 보상금 지급 기간은 올해 상반기 평균 45일로 30일 목표에 못 미쳤다.", "delayed", 30),
    ("삭제 요청 처리 기간은 올해 상반기 평균 1.8일로 이틀 목표를 처음 맞췄다.", "achieved", 2),
])
def test_a_length_named_before_the_target_word_is_the_promise(body, kind, value):
    found = mention_of("국민권익위원회는 지난해 보상금 대책을 내놨다. " + body, body[:8], date="2026-11-20")
    assert (found.kind, found.target_value, found.target_unit, found.deadline) == (kind, value, "일", None)


@pytest.mark.parametrize("body,found", [
    ("2027년까지 80%로 높이겠다던 부정수급 환수율 목표는 70%로 낮아졌다.", ("revision", 70)),
    ("부정수급 환수율 목표는 70%로 하향됐다.", ("revision", 70)),
    ("전국 정비 목표는 결국 낮아졌다.", None),  # says nothing of the figure
])
def test_a_target_said_to_have_moved_to_a_figure_is_a_revision_to_it(body, found):
    got = mention_of("기획예산처는 보조금 대책을 점검했다. " + body, body[:8], date="2026-11-20")
    assert ((got.kind, got.target_value) if got is not None else None) == found


@pytest.mark.parametrize("body,deadline", [
    ("기획예산처는 약속한 대로 지난해 상반기 위험 사업 600개의 점검을 마쳤다.", "2025-06-30"),
    ("통합지원센터는 예정대로 4월 문을 열었고, 지금까지 상담 320건을 처리했다.", "2026-04-30"),
    ("지난해 7월부터 올린 철거비 지원은 예정대로 시행되고 있다.", "2025-07-31"),
])
def test_a_promise_kept_to_schedule_keeps_its_date(body, deadline):
    found = mention_of("정부는 추진 상황을 점검했다. " + body, body[:6], date="2026-06-20")
    assert (str(found.deadline) if found.deadline else None) == deadline


@pytest.mark.parametrize("body,kind", [
    ("지난해 하반기부터 공급하기로 한 승계 전용 정책자금 5,000억 원은 연말까지 모두 나갔다.", "achieved"),
    ("지난해 하반기부터 공급하기로 한 승계 전용 정책자금은 지금까지 1,200억 원이 나갔다.", "progress"),
])
def test_a_recalled_promise_done_in_full_is_achieved(body, kind):
    assert mention_of("중기부는 승계 대책을 점검했다. " + body, body[:8], date="2026-06-23").kind == kind


@pytest.mark.parametrize("body,kind", [
    ("영농형 태양광 농지법 개정안은 지난달 국회를 통과해, 예정대로 내년 상반기 시행을 앞두고 있다.", "progress"),
    # ahead of something else, the deed is done
    ("시행령은 지난달 국무회의를 통과해 오는 3월 법 시행을 앞두고 하위법령 정비가 마무리됐다.", "achieved"),
])
def test_a_step_taken_with_the_deed_still_ahead_is_progress(body, kind):
    assert mention_of("농림축산식품부는 추진 상황을 점검했다. " + body, body[:8], date="2025-12-09").kind == kind


@pytest.mark.parametrize("body,promise", [
    ("한 대형 회계법인은 연내 승계 자문 전담 조직을 100명 규모로 꾸리겠다고 밝혔다.", False),  # 대형, not the counter 대
    ("한 곳당 지원 한도는 연내 5억 원으로 늘린다.", True),  # the number one
    # a firm by its name: a letter with 사, a quoted name a firm's noun introduces
    ("국내 최대 예매처인 A사는 하반기 안에 자체 탐지 기술을 도입하겠다고 밝혔다.", False),
    ("부동산 중개업체 '방다움'은 상반기 안에 매물 위험도 진단 서비스를 선보일 계획이다.", False),
    ("중개 플랫폼 '농촌 빈집은행'은 하반기 중 문을 연다.", True),  # ministries run platforms too
    ("공기업 '한국가스공사'는 하반기 안에 수소 충전소 10곳을 추가로 짓겠다고 밝혔다.", True),  # public ones
    ("정부 출자 회사 '한국벤처투자'는 연내 펀드 1조 원을 조성하겠다고 밝혔다.", True),
    ("중기부 누리집 '창업마당'은 상반기 안에 기업 진단 서비스를 선보일 계획이다.", True),
])
def test_an_unnamed_firm_whose_name_kiwi_cuts_is_an_outsider(body, promise):
    found = mention_of("중소벤처기업부는 기업승계 대책을 발표했다. " + body, body[:6], date="2025-07-16")
    assert (found is not None) is promise


@pytest.mark.parametrize("body", [
    "기획재정부는 이달 말 발표할 세법개정안에서 가업상속공제 손질을 검토하겠다는 입장이다.",
    "과기정통부는 할당 대가 일부를 깎아 주는 방안도 검토하기로 했다.",
])
def test_a_review_is_all_that_is_promised_is_no_promise(body):
    assert mention_of(body, body[:6], date="2025-07-16") is None


@pytest.mark.parametrize("body,kind", [
    ("국회에서는 딥페이크 제작 프로그램을 퍼뜨린 사람도 처벌하는 법안이 다음 달 발의될 예정이다.", None),  # lawmakers' plan
    ("국회에서는 정부가 낸 개정안이 지난달 통과됐다.", "achieved"),  # what became of the ministry's bill
])
def test_what_the_assembly_plans_is_not_a_ministrys_promise(body, kind):
    found = mention_of("성평등가족부는 딥페이크 대책을 점검했다. " + body, body[:6], date="2026-01-20")
    assert (found.kind if found is not None else None) == kind


def test_a_step_taken_on_time_is_the_promise_kept():
    body = "지난해 10월 출범하기로 한 민관 합동 이행점검단도 제때 꾸려져 분기마다 점검 결과를 내놓고 있다."
    assert mention_of("보건복지부는 대책을 점검했다. " + body, "이행점검단", date="2025-10-20").kind == "achieved"


@pytest.mark.parametrize("date,kind", [("2025-10-15", "delayed"), ("2025-04-15", "progress")])
def test_a_recalled_standard_from_a_month_already_past_and_not_met_is_late(date, kind):
    body = "법무부가 5월부터 20일 안으로 줄이겠다던 외국인 용접공 비자 심사는 지금도 평균 31일이 걸린다."
    assert mention_of("법무부는 비자 대책을 점검했다. " + body, "비자 심사", date=date).kind == kind


@pytest.mark.parametrize("item,deadline", [
    ("▲산후조리원 요금·감염 정보 통합 공개(7월)", "2025-07-31"),  # 공개 is a deed
    ("▲문자 재판매사 전송자격인증제 의무화(6월부터, 방통위)", "2025-06-30"),  # 의무화: Kiwi's 의무 + 화
])
def test_a_list_item_disclosing_or_imposing_a_duty_is_a_promise(item, deadline):
    found = mention_of("보건복지부는 10일 지원 대책을 발표했다.\n\n주요 내용은 다음과 같다.\n\n" + item, item[1:6],
                       date="2025-04-10")
    assert found is not None and str(found.deadline) == deadline


def test_a_date_put_back_in_kiwis_one_verb_is_a_delay():
    body = "국가 슈퍼컴퓨터 6호기의 가동 시점이 다시 늦춰졌다."  # 늦춰지/VV, not 늦추 + 어 + 지
    found = mention_of("과학기술정보통신부는 6호기를 상반기 가동하겠다고 밝혔다. " + body, "다시 늦춰졌다", date="2026-02-10")
    assert found is not None and found.kind == "delayed"


def test_a_promise_recalled_before_bio_is_recalled():
    # Kiwi alone reads `약속했던 바이오` as 던 + 바/NNB + 이/VCP + 오, and the recall is lost
    body = "산업통상부가 하반기 착공을 약속했던 바이오 공동 생산시설이 지난 12일 첫 삽을 떴다."
    found = mention_of(body, "첫 삽", date="2025-12-16")
    assert found is not None and found.kind == "achieved"


@pytest.mark.parametrize("body,kind", [
    ("해가 바뀐 지금까지 도입 소식은 없다.", "delayed"),
    ("좋은 소식은 없다.", None),  # no deed
])
def test_no_news_of_the_deed_is_a_delay(body, kind):
    found = mention_of("국토교통부는 지난해 드론 배송을 연내 도입하겠다고 밝혔다. " + body, body[:5], date="2026-02-10")
    assert (found.kind if found is not None else None) == kind


@pytest.mark.parametrize("body", [
    "통신 3사는 올해 농어촌 공동망 구축에 모두 1,200억 원을 투자하겠다고 밝혔다.",  # companies counted
    "국내 배터리 3사는 올해 북미 공장에 모두 10조 원 안팎을 투자할 계획이다.",
    "국내 저비용항공사 6곳은 올해 정비사 300명을 새로 뽑겠다는 계획을 과기정통부에 냈다.",
    "통신 3사는 앱 개발을 마치고 보안 인증을 기다리고 있다.",  # their deed, not the ministry's
    "반면 충남도는 2028년까지 도내 저수지 10곳의 저수 용량을 늘리는 자체 대책을 추진하겠다고 밝혔다.",  # 충남 + 도
    "도는 도비 45억 원을 들여 올해 취약지역 120곳에 배수로를 새로 내기로 했다.",  # the province named before
])
def test_companies_counted_and_a_province_kiwi_cuts_are_outsiders(body):
    assert mention_of("과학기술정보통신부는 10일 대책을 발표했다. " + body, body[:6], date="2025-04-10") is None


def test_a_public_body_kiwi_cuts_is_an_outsider():
    body = "국립공원공단은 올해 안에 탐방로 안내 인력 200명을 더 뽑겠다고 했다."  # 국립공원 + 공단
    assert mention_of("환경부는 10일 탐방 대책을 발표했다. " + body, "국립공원공단", date="2025-04-10") is None


@pytest.mark.parametrize("body,kind", [
    ("새 임차인을 구하지 못해 주방 설비를 뜯어내고 벽을 처음 상태로 되돌리는 데만 650만 원이 들었다.", None),  # why a cost arose
    ("정부는 연내 착공하지 못해 2곳을 내년으로 넘겼다.", "delayed"),  # the deed itself put off
])
def test_a_negation_that_only_gives_a_cause_is_no_delay(body, kind):
    found = mention_of("중소벤처기업부는 폐업 지원 대책을 점검했다. " + body, body[:6], date="2025-09-10")
    assert (found.kind if found is not None else None) == kind


@pytest.mark.parametrize("body,value", [
    # an amount paid each month is what is promised
    ("교육부는 어린이집 교사 처우개선비를 내년 1월부터 한 달에 10만 원씩 더 주겠다고 밝혔다.", 100_000),
    ("보건복지부는 내년부터 매월 20만 원씩 돌봄 수당을 지급하겠다고 밝혔다.", 200_000),
    # an amount for each recipient is a rate, not the promise's figure
    ("보건복지부는 내년부터 야간 운영 센터에 운영비를 센터당 연 6,000만 원씩 지원한다고 밝혔다.", None),
])
def test_an_amount_each_period_is_the_target(body, value):
    m = mention_of(body, body[:8], date="2025-05-20")
    assert m is not None and m.target_value == value


def test_a_budget_named_as_the_cause_is_not_the_topic():
    body = "교육부가 올해 하기로 한 4세 무상 교육·보육은 예산을 확보하지 못해 내년으로 미뤄졌다."
    assert mention_of(body, "4세", date="2026-03-17").category == "other"


@pytest.mark.parametrize("body,named", [
    ("교육부는 4세 무상 교육·보육을 내년 3월부터 시작하겠다고 밝혔다.", "4세"),
    ("행정안전부는 2단계 실증을 연내 마치겠다고 밝혔다.", "2단계"),
    ("교육부는 1기 글로컬대학 10곳의 중간평가를 상반기 중 실시한다고 밝혔다.", "1기"),
])
def test_a_numbered_name_is_a_linking_word(body, named):
    assert named in mention_of(body, body[:6], date="2025-05-20").keywords


def test_a_count_or_a_range_is_no_numbered_name():
    m = mention_of("교육부는 3~5세 반 교사 한 명당 아동 수를 2027년까지 12명으로 낮추겠다고 밝혔다.", "교육부", date="2025-05-20")
    assert not any(w[0].isdigit() for w in m.keywords)


@pytest.mark.parametrize("body", [
    # a body named as a partner or a recipient is not the one who promises
    "고용노동부는 연말까지 상습 체불 사업주 정보를 조달청과 정책금융기관에 넘기겠다고 밝혔다.",
    "고용노동부가 지난해 연말까지 가동하겠다던 정보 공유는 올해 2월에야 조달청·정책금융기관과 연결됐다.",
])
def test_a_body_named_as_a_partner_is_not_the_promiser(body):
    assert mention_of(body, body[:6], date="2026-11-19").ministry == "고용노동부"


def test_a_partner_alone_does_not_make_the_sentence_its_own():
    body = "정부는 임금체불 대책을 냈다.\n\n상습 체불 사업주 정보는 연말까지 조달청과 정책금융기관에 넘긴다."
    m = mention_of(body, "상습", date="2025-10-14")
    assert m is None or m.ministry != "조달청"


@pytest.mark.parametrize("body,kind,deadline,previous", [
    # the rest planned for after the date promised: a delay, to the later date
    ("기후에너지환경부가 연내 300km를 새로 치겠다던 광역 울타리는 150km만 완공됐고, 나머지는 내년 상반기에 마무리하기로 했다.",
     "delayed", "2026-06-30", "2025-12-31"),
    ("기후에너지환경부가 연내 300곳을 새로 짓겠다던 마을 쉼터는 150곳만 완공됐고, 나머지는 내년 상반기에 마무리하기로 했다.",
     "delayed", "2026-06-30", "2025-12-31"),  # (a count in a counter word, `만` read as falling short)
    # a target met in a month past is no later plan (`목표를 달성했다`)
    ("고용노동부가 지난해 하반기 안에 7일 이내로 줄이겠다던 육아휴직 급여 처리 기간은 12월 평균 6.2일로 단축돼 목표를 달성했다.",
     "achieved", None, None),
])
def test_the_rest_planned_after_the_promised_date_is_a_delay(body, kind, deadline, previous):
    m = mention_of(body, body[:8], date="2025-12-09" if "울타리" in body or "쉼터" in body else "2026-02-24")
    assert m.kind == kind
    if deadline:
        assert (str(m.deadline), str(m.previous_deadline)) == (deadline, previous)


def test_a_rates_per_one_is_not_the_figure_reported():
    # `한 명당` counts the rate per teacher; the figure reported, 15.3, is short of a cut to 12
    body = "교육부가 2027년까지 12명으로 낮추겠다던 3~5세 반 교사 한 명당 아동 수는 올해 평균 15.3명이다."
    assert mention_of(body, "교육부", date="2026-11-19").kind == "progress"


@pytest.mark.parametrize("body,kind", [
    ("농림축산식품부의 살처분 범위 축소는 의견이 갈리면서 내년 상반기로 넘어갔다.", "delayed"),
    ("국토교통부의 역세권 개발 계획은 2027년 이후로 밀렸다.", "delayed"),
])
def test_a_promise_passed_on_to_a_later_date_is_a_delay(body, kind):
    assert mention_of(body, body[:6], date="2025-12-09").kind == kind


def test_back_without_a_date_is_no_delay():
    body = "그러나 지난 1년여의 기록을 되짚어 보면 과기정통부의 달력은 자꾸 뒤로 넘어가고 숫자는 슬그머니 바뀌었다."
    assert mention_of(body, "달력", date="2026-04-14") is None


def test_a_headline_point_that_halves_by_a_date_is_a_promise_of_its_own():
    found = [m for m in mentions("고용노동부는 18일 임금체불 근절 대책을 발표했다.",
                                 title="임금체불 2027년까지 절반으로…상습 체불 의심 사업장 5천곳 상반기 집중 감독",
                                 date="2025-02-18") if m.in_title]
    assert sorted(str(m.deadline) for m in found) == ["2025-06-30", "2027-12-31"]


def test_a_union_named_in_one_noun_is_an_outsider():
    # in an interview with an education official, a union's demand after it is not the ministry's promise
    body = ("교육부 인서우 영유아정책국장은 어린이집 교사 처우개선비를 내년 1월부터 월 10만 원 더 주겠다고 밝혔다.\n\n"
            "한편 전국 보육교사 노동조합은 이날 성명을 내고 \"처우개선비 인상 폭을 월 30만 원으로 늘리고, 올해 안에 "
            "임금 체계를 유치원 교사와 같게 맞춰야 한다\"고 요구했다.")
    assert mention_of(body, "노동조합", date="2025-05-20") is None


@pytest.mark.parametrize("body", [
    "국회도 영유아교육보육법 제정안 심사를 더 미뤄서는 안 된다.",
    "교육부는 통합 기관 출범을 더 늦춰서는 안 된다고 밝혔다.",
    "정부는 물가 연동을 또 '검토'로 미뤄선 안 된다.",  # (the short `-어선`: Kiwi's ᆫ)
])
def test_a_warning_against_a_delay_is_no_news_of_one(body):
    m = mention_of(body, body[:4], date="2026-03-17")
    assert m is None or m.kind != "delayed"


@pytest.mark.parametrize("body", [
    "해양수산부는 금어기를 두 달로 되돌렸다. 오징어가 워낙 안 잡혀 금어기를 늘려도 효과가 작고 어민 피해만 크다는 "
    "동해안 어업인들의 반발을 받아들였다.",
    "교육부는 법이 통과되더라도 통합 기관 출범까지 2년이 걸린다고 설명했다.",
])
def test_a_concession_imagines_the_deed(body):
    m = mention_of(body, "효과" if "효과" in body else body[:4], date="2026-07-08")
    assert m is None or m.kind not in ("revision", "achieved")


def test_a_title_glued_to_its_body_names_the_official():
    # Kiwi reads `우주항공청장` as 우주항공청 + 장: the head of the agency, an official it does not list
    body = "윤영빈 우주항공청장은 \"우주 전문 벤처펀드를 내년까지 2천억 원 규모로 키우겠다\"고 말했다."
    m = mention_of(body, "윤영빈", date="2026-06-15")
    assert (m.person, m.ministry) == ("윤영빈", "우주항공청")


@pytest.mark.parametrize("body,kind", [
    # part of a plan dropped and the rest kept is a change of the plan, not its end
    ("기후에너지환경부가 지난 정부에서 추진하던 기후대응댐 14곳 가운데 7곳의 건설 계획을 접고 나머지 7곳만 추진하기로 했다.",
     "revision"),
    ("기후에너지환경부는 기후대응댐 3곳의 건설 계획을 백지화했다.", "cancelled"),
])
def test_part_of_a_plan_dropped_is_a_revision(body, kind):
    assert mention_of(body, body[:6], date="2026-03-17").kind == kind


@pytest.mark.parametrize("sentence, kind", [
    ("기재부가 상반기 안에 끝내겠다던 유류세 인하 조치는 또 연장됐다.", "delayed"),  # the end put off
    ("정부가 6월 종료하기로 한 전기요금 할인은 연말까지 연장됐다.", "delayed"),
    ("위원회가 연말까지 마치겠다던 조사는 활동 기간을 다시 연장했다.", "delayed"),
    ("정부가 연말까지 연장하겠다던 지원 기간은 실제로 연장됐다.", "achieved"),  # the extension promised, kept
])
def test_a_promise_to_end_something_extended_again_is_put_off(sentence, kind):
    assert mention_of(sentence, sentence[:8], date="2025-09-16").kind == kind


@pytest.mark.parametrize("sentence, kind", [
    ("산업통상부가 올해 상반기로 미뤘던 남은 시장개척단 4회는 5월까지 모두 파견됐다.", "achieved"),  # done in full
    ("복지부가 올해 1월로 미뤄졌던 이용료 30% 지원은 예정대로 1월부터 지급되고 있다.", "achieved"),
    ("산업통상부가 상반기로 미뤄졌던 남은 사업 4건은 모두 또 연기됐다.", "delayed"),  # put off again
    ("산업통상부가 상반기로 미뤄졌던 남은 예산 30억 원은 아직 모두 집행되지 않았다.", "delayed"),
])
def test_a_delay_describing_the_subject_gives_way_to_what_became_of_it(sentence, kind):
    assert mention_of(sentence, sentence[:8], date="2026-11-17").kind == kind


def test_a_figure_recalled_as_the_object_of_the_plan_is_the_one_cut():
    found = mention_of("과학기술정보통신부가 2030년까지 1,500억 원을 넣겠다던 원천기술 개발 사업은 예비타당성조사를 거치며 "
                       "900억 원으로 줄었다.", "과학기술정보통신부가", date="2026-04-21")
    assert (found.kind, found.target_value) == ("revision", 900e8)


@pytest.mark.parametrize("sentence, kind", [
    ("기재부가 탄력세율 조정 폭을 줄이겠다던 법 개정은 7월 세법개정안에 아예 담기지 않았다.", "cancelled"),  # left out
    ("노동부가 주 52시간 예외를 넣겠다던 조항은 개정안에 포함되지 않았다.", "cancelled"),
    ("노동부가 연내 마치겠다던 조사는 아직 끝나지 않았다.", "delayed"),  # not yet done
])
def test_a_promised_item_not_in_what_went_ahead_is_left_out(sentence, kind):
    assert mention_of(sentence, sentence[:8], date="2025-09-16").kind == kind


def test_a_thing_contrasted_in_a_joined_clause_leaves_the_companys_plan_its_own():
    sentence = "SK하이닉스는 업황이 나빠졌지만, 투자 규모는 그대로 유지하고 용인 반도체 공장을 2027년까지 짓겠다고 밝혔다."
    assert mention_of(sentence, "SK하이닉스", title="산업부, 반도체 지원 확대", date="2025-06-10") is None


def test_a_named_topic_of_a_joined_clause_does_not_make_the_next_clauses_plan_an_outsiders():
    sentence = "CCUS 클러스터는 7월 울산 한 곳만 지정됐고, 기후에너지환경부는 나머지 한 곳을 내년 상반기까지 지정하겠다고 밝혔다."
    found = mention_of(sentence, "CCUS", date="2026-11-17")
    assert (found.ministry, str(found.deadline)) == ("기후에너지환경부", "2027-06-30")  # (its kind: one designated, progress)


@pytest.mark.parametrize("sentence", [
    "필리핀 이주노동자부는 한국에 보낼 가사관리사 후보를 연말까지 2,000명 규모로 확보하겠다고 밝힌 것으로 알려졌다.",
    "필리핀 노동부는 연말까지 가사관리사 후보 2,000명을 확보하겠다고 밝혔다.",  # not our 노동부
    "폴란드 국방부가 내년까지 K2 전차 180대를 더 사들이기로 했다.",
])
def test_a_foreign_states_ministry_is_an_outsider(sentence):
    assert mention_of(sentence, sentence[:5], date="2025-03-26") is None


def test_a_foreign_state_that_did_the_same_is_a_comparison_not_our_report():
    body = ("법무부는 창업 비자 준비 기간을 내년부터 2년으로 늘리겠다고 밝혔다.\n\n"
            "독일도 지난해 창업 비자의 체류 기간을 최장 3년으로 늘렸다.")
    assert mention_of(body, "독일도", date="2025-03-26") is None


@pytest.mark.parametrize("sentence, ministry", [
    ("우크라이나 재건 지원 예산은 내년까지 3,000억 원으로 늘리겠다고 외교부가 밝혔다.", "외교부"),  # our programme
    ("북한 이탈주민 정착지원금은 내년부터 1,500만 원으로 올리겠다고 통일부가 밝혔다.", "통일부"),
])
def test_a_programme_named_after_a_state_is_ours(sentence, ministry):
    assert mention_of(sentence, sentence[:5], date="2025-06-10").ministry == ministry


def test_a_ministry_named_after_a_common_word_is_not_taken_for_a_state():
    found = mention_of("고용노동부는 연말까지 취업 수단 200개를 새로 만들겠다고 밝혔다.", "고용노동부", date="2025-03-26")
    assert found is not None and found.ministry == "고용노동부"


@pytest.mark.parametrize("sentence", [
    "국토교통부는 연말까지 임대주택 2,000호를 공급하겠다고 밝힌 것으로 알려졌다.",
    "국토교통부는 연말까지 임대주택 2,000호를 공급하기로 한 것으로 전해졌다.",
])
def test_a_promise_the_reporter_heard_of_is_the_promise_not_a_recall(sentence):
    assert mention_of(sentence, "국토교통부", date="2025-03-26").kind == "new"


def test_a_promise_heard_of_and_then_its_outcome_is_a_recall():
    sentence = "국토교통부가 지난해 말까지 공공임대 5만 호를 착공하겠다고 밝힌 것으로 확인됐지만, 실제 착공은 2만 호에 그쳤다."
    assert mention_of(sentence, "국토교통부", date="2025-06-10").kind == "delayed"


@pytest.mark.parametrize("sentence", [
    "실제로 지난해 포집 설비 투자를 검토하던 정유·시멘트 업체 가운데 상당수가 결정을 미뤘다.",
    "지원을 신청한 기업 가운데 일부는 사업을 포기했다.",
])
def test_some_of_those_served_putting_off_or_giving_up_is_their_deed(sentence):
    body = "산업통상자원부는 포집 설비 보조율을 하반기부터 50%로 올리겠다고 밝혔다. " + sentence
    assert mention_of(body, sentence[:10], date="2026-04-21") is None


def test_a_recalled_period_is_put_in_last_year_once():
    sentence = "산업통상부는 승인 심사를 하반기부터 30일 안에 끝내겠다던 약속대로 지난해 10월부터 심사 기간을 줄였다."
    assert str(mention_of(sentence, "산업통상부", date="2026-02-10").deadline) == "2025-12-31"


@pytest.mark.parametrize("sentence, target", [
    ("농식품부는 영농형 태양광 농지를 최장 23년까지 쓸 수 있도록 농지법 개정을 내년 상반기 시행할 계획이다.", (23.0, "년")),
    ("금융위원회는 대출을 최장 10년간 나눠 갚을 수 있는 보증을 하반기부터 운영한다.", (None, None)),  # a window
])
def test_the_longest_term_allowed_is_a_length_not_a_year(sentence, target):
    found = mention_of(sentence, sentence[:5], date="2025-03-10")
    assert (found.target_value, found.target_unit) == target


@pytest.mark.parametrize("sentence, target", [
    ("해양수산부는 국내 조선소가 만든 20MW급 부유식 풍력 설비를 2028년까지 해상에서 시험한다.", (None, None)),
    ("방위사업청은 2030년까지 6000t급 차기 구축함 3척을 전력화할 계획이다.", (3.0, "척")),
])
def test_a_number_with_class_is_what_kind_of_thing_not_how_many(sentence, target):
    found = mention_of(sentence, sentence[:5], date="2025-03-10")
    assert (found.target_value, found.target_unit) == target


@pytest.mark.parametrize("sentence, kind", [
    ("국가유산청은 10일 서울 종로구의 한옥 3채를 국가등록문화유산으로 지정했다.", None),  # an act of administration
    ("국토교통부는 지난해 착공한 3개 노선을 2027년까지 개통할 계획이다.", "new"),  # a deed done modifying the plan's object
    ("교육부는 내년에는 글로컬대학을 추가로 지정하지 않기로 했다.", "cancelled"),  # decided against
])
def test_a_designation_alone_is_no_report_on_a_promise(sentence, kind):
    found = standing(mention_of(sentence, sentence[:6], date="2025-06-10"))
    assert (found.kind if found else None) == kind


@pytest.mark.parametrize("sentence, previous", [
    # put off to a date before this year's period: the period recalled was last year's
    ("산림청이 하반기 안에 마치기로 했던 시행령 개정은 부처 협의가 길어지면서 6월로 미뤄졌다.", "2025-12-31"),
    ("해양수산부가 하반기 중 마무리하겠다던 부산 이전은 청사 공사 지연으로 내년으로 미뤄졌다.", "2026-12-31"),
])
def test_a_period_put_off_to_an_earlier_date_was_last_years(sentence, previous):
    assert str(mention_of(sentence, sentence[:5], date="2026-04-10").previous_deadline) == previous


@pytest.mark.parametrize("sentence, kind", [
    ("농림축산식품부가 지난해 내세운 벼 재배면적 6만 5,000ha 감축은 5만 1,000ha에 그쳤다.", "delayed"),
    ("국토교통부가 내세운 공공주택 5만 호 착공은 3만 호에서 멈췄다.", "delayed"),
    ("정부가 내세운 명분은 국민 안전이었다.", None),  # nothing numbered put forward
])
def test_a_numbered_promise_put_forward_is_recalled(sentence, kind):
    found = mention_of(sentence, sentence[:6], date="2026-03-10")
    assert (found.kind if found else None) == kind


@pytest.mark.parametrize("sentence, kind", [
    ("정부가 외국인 가사관리사를 본사업으로 키우겠다고 한 지 일곱 달이 지났지만 현장의 속도는 더디다.", None),  # no outcome told
    ("정부가 외국인 가사관리사를 본사업으로 키우겠다고 한 지 일곱 달이 지났다.", None),
    ("정부가 연내 1,200명으로 늘리겠다고 한 지 일곱 달이 지났지만 아직 시작도 못 했다.", "delayed"),
])
def test_the_time_since_a_promise_is_no_outcome_of_it(sentence, kind):
    found = mention_of(sentence, "정부가", date="2025-11-04")
    assert (found.kind if found else None) == kind


@pytest.mark.parametrize("sentence, date, expected", [
    # a deed not done beside a decision not made is still not done
    ("국토교통부는 올해 착공하기로 한 신안산선 연장 구간을 아직 착공하지 못했고 완공 시점도 확정하지 않았다.", "2025-06-10",
     ("delayed", "국토교통부")),
    # a programme for a state's people is ours when a ministry of ours says it
    ("미국 관세 피해 수출기업 지원은 내년까지 1조 원으로 늘리겠다고 산업통상부가 밝혔다.", "2025-06-10", ("new", "산업통상자원부")),
    ("베트남 계절근로자 신청은 다음 달 말까지 받겠다고 법무부가 밝혔다.", "2025-06-10", ("new", "법무부")),
    ("일본 총무성은 내년까지 5G 기지국 1만 곳을 늘리겠다고 밝혔다.", "2025-06-10", None),
    # a joined clause's subject named by its body and unit
    ("현대차는 수출이 줄었지만, 산업통상부 통상교섭본부는 연내 대미 관세 협상을 마무리하겠다고 밝혔다.", "2025-06-10",
     ("new", "산업통상자원부")),
    # hearsay then more of the same report is the promise; hearsay then `-지만` and the outcome is a recall
    ("기획재정부는 내년부터 유류세 인하 폭을 10%로 줄이기로 한 것으로 전해졌는데, 업계는 반발하고 있다.", "2025-06-10",
     ("new", "기획재정부")),
    ("국토교통부는 연내 신도시 3곳을 착공하기로 한 것으로 알려졌으며, 세부 계획은 다음 달 발표된다.", "2025-06-10",
     ("new", "국토교통부")),
    # a plan put forward now, and a company's, are no recall
    ("국토교통부가 이번에 내세운 주택 공급 목표 135만 호는 역대 최대 규모다.", "2025-06-10", ("new", "국토교통부")),
    ("삼성전자가 지난해 내세운 2030년 시스템반도체 1위 목표는 사실상 멀어졌다.", "2026-03-10", None),
    # the time since a promise, then what became of it
    ("보건복지부가 간병비 지원 방안을 연내 내놓기로 한 지 1년이 지나도록 방안은 나오지 않았다.", "2026-06-10",
     ("delayed", "보건복지부")),
])
def test_the_second_reviews_cases(sentence, date, expected):
    found = mention_of(sentence, sentence[:6], date=date)
    assert ((found.kind, found.ministry) if found else None) == expected


@pytest.mark.parametrize("sentence, date, previous", [
    ("국토교통부는 하반기 시행 예정이던 전자여행허가 면제를 준비 부족으로 10월로 미뤘다.", "2025-06-10", "2025-12-31"),  # within it
    ("국토교통부는 12월 개통 예정이던 삼성역 구간을 6월로 미뤘다.", "2025-08-10", "2025-12-31"),  # (6월: a date already past)
])
def test_a_period_put_off_within_or_to_a_past_date_stays_this_years(sentence, date, previous):
    assert str(mention_of(sentence, sentence[:6], date=date).previous_deadline) == previous


@pytest.mark.parametrize("sentence,level", [
    ("독립·예술영화관 지원은 올해 60곳으로 늘었다.", (60, "곳")),
    ("청년농 수는 지난해 말보다 2,300명 늘어난 2만 700명으로 집계됐다.", (20_700, "명")),
    ("초등 체육 전담교사는 올해 1학기 820명에 이르렀다.", (820, "명")),
    # where it stands, not the change since
    ("국가필수의약품은 503개로 5월보다 33개 늘었다.", (503, "개")),
    ("공공시설물 내진율은 81.5%로 올해 초보다 2.3%포인트 올랐습니다.", (81.5, "%")),
    ("지난해 생활체육 참여율은 63.1%로 1년 전보다 0.7%포인트 오르는 데 그쳤다.", (63.1, "%")),
    # (the change in a clause before: `…보다 2,300명 늘어난` modifies the level)
    # no level: a change alone, a rate, a figure of another clause, a plan
    ("수출은 지난해보다 8% 늘었다.", None),
    ("급속충전기 1기당 전기차 수는 14대로 지난해보다 줄었다.", None),
    ("관세율이 15%로 내려간 11월 이후에는 감소 폭이 한 자릿수로 줄었다.", None),
    ("교육부는 전담교사를 2027년까지 2,000명으로 늘린다.", None),
    # a copula states what a count is, of anything (`구출한 한국인은 41명이다`)
    ("상반기 보조금 집행률은 48%였다.", None),
    ("구출한 한국인은 41명이다.", None),
    # unless it dates the count: then it says where the figure stands
    ("발달장애인 직업훈련센터는 10월 기준 28곳이다.", (28, "곳")),
    ("배치된 도박 전담 상담사는 현재 152명이다.", (152, "명")),
    ("10월 기준 28곳이다.", None),  # (no topic: what was counted is not said)
    ("보건복지부가 정한 선정 기준은 연 3회다.", None),  # a criterion, no day
    ("10월 말 현재 입점한 시장은 318곳이다.", (318, "곳")),  # a date's 현재, before the topic
    ("모바일 신분증을 받은 사람은 이달 기준 310만 명이다.", (3_100_000, "명")),
    ("국토부가 현재 계획하는 공공주택은 5만 호다.", None),  # (현재 describes the topic)
    # the level, by its particle: not the change, the old level, a rate, a multiple
    ("고용노동부에 따르면 지난달 청년 취업자는 전년 동월 대비 10만 명 줄었다.", None),
    ("소아 전문 응급센터는 지난해 12곳에서 올해 18곳으로 늘었다.", (18, "곳")),
    ("인구 1,000명당 의사 수는 2.6명으로 소폭 늘었다.", None),
    ("지원 대상은 당초 3만 명의 2배로 늘었다.", None),
    ("공공심야약국은 올해 다섯 곳으로 늘었다.", (5, "곳")),  # a number in words
    ("당초 계획보다 빠르게 스마트공장은 올해 2만 5,000곳으로 늘었다.", (25_000, "곳")),  # the plan is no subject
    ("지난해 임금체불액은 2조448억원으로 처음 2조원을 넘었다.", (2_000_000_000_000, "원")),
    # the other verbs of a level moved or reached, Kiwi's split `높/VA 어 지/VX` among them
    ("전국 공공도서관은 올해 1,300곳으로 늘어났다.", (1300, "곳")),
    ("지난해 헌혈률은 3.2%로 올라섰다.", (3.2, "%")),
    ("지난해 헌혈률은 3.2%로 높아졌다.", (3.2, "%")),
    ("아동 지문 사전등록률은 지난해 말 71%까지 올라왔다.", (71, "%")),
    ("재외공관은 지난 4월 60개 공관으로 넓어졌다.", (60, "개")),
    ("잔여견 보호 공간은 지자체 위탁으로 4,200마리분이 마련됐다.", (4200, "마리")),
    ("배달 이륜차 앞번호판 부착은 지난해 4,100대에 그쳤다.", (4100, "대")),
    # a comparison's adnominal opens no clause before the level
    ("올해 9월까지 이륜차 사망자는 297명으로 지난해 같은 기간보다 12% 줄었다.", (297, "명")),
    # a target moved is no measure of it
    ("국토교통부의 올해 공공주택 공급 목표는 25만 호로 늘었다.", None),
])
def test_a_figure_where_it_stands_is_a_measured_report(sentence, level):
    # the level is what was reported reached, not a target
    found = [(m.reported_value, m.reported_unit) for m in mentions(sentence, date="2026-07-14")
             if m.strength == "measured" and m.kind == "progress" and m.target_value is None]
    assert found == ([level] if level else [])


@pytest.mark.parametrize("body, kind, strength", [
    ("그 결과 지난해 심사 처리 기간이 평균 16.1개월까지 늘어났다.", "progress", "measured"),  # a statistic
    # the target itself, or a figure named before, moved: a revision
    ("정부의 GPU 확보 목표 물량도 5만 장으로 늘어났다.", "revision", "reported"),
    ("국토교통부의 지원 인원은 당초 3만 명에서 5만 명으로 늘어났다.", "revision", "reported"),
])
def test_a_figure_grown_is_a_revision_only_of_a_target(body, kind, strength):
    found = mention_of(body, body[:6], date="2026-07-14")
    assert (found.kind, found.strength) == (kind, strength)


@pytest.mark.parametrize("body, target", [
    ("금융위원회는 시간제 유상운송보험료를 이달부터 평균 16% 내렸다고 밝혔다.", (16, "%")),  # by an amount
    ("금융위원회는 보험료를 평균 16% 인하했다고 밝혔다.", (16, "%")),
    ("국토교통부는 1월부터 배기량과 관계없이 모든 이륜차에 정기검사를 의무화했다.", None),  # the rule made
])
def test_a_change_made_as_promised_is_achieved(body, target):
    found = mention_of(body, body[:6], date="2026-03-17")
    assert found.kind == "achieved"
    assert (None if found.target_value is None else (found.target_value, found.target_unit)) == target


@pytest.mark.parametrize("body", [
    "국토교통부는 내년부터 모든 이륜차에 정기검사를 의무화한다.",  # the plan
    "유럽연합은 이미 의무화했지만 국토교통부는 2027년까지 의무화하겠다고 밝혔다.",  # another's deed, joined
    "금융위원회는 대출금리를 평균 0.5% 내렸다.",  # a market rate
    "고유가가 소비자물가를 0.3% 끌어올렸다.",  # a market's figure, moved by no one
])
def test_a_change_still_ahead_or_of_a_market_rate_is_no_deed(body):
    found = mention_of(body, body[:6], date="2026-03-17")
    assert found is None or found.kind != "achieved"


@pytest.mark.parametrize("body, kind, target, reported", [
    # the part done and the rest planned add up to the whole: how far the whole has got
    ("환경부는 노후 버스 200대 가운데 140대를 새 차로 바꿨고, 연말까지 나머지 60대를 바꾸겠다고 밝혔다.",
     "progress", 200, 140),
    # the rest done too: the whole, achieved
    ("비수도권 헌혈의집 10곳은 지난해 8곳이 문을 연 데 이어 남은 2곳이 올해 9월에야 문을 열었다.", "achieved", 10, None),
    # no whole named: the part done and the rest due make it
    ("농식품부는 지금까지 전문 매장 21곳이 문을 열었고, 연말까지 나머지 9곳을 열겠다고 밝혔다.", "progress", 30, 21),
])
def test_a_part_and_the_rest_count_against_the_whole(body, kind, target, reported):
    found = mention_of(body, body[:6], date="2026-11-24")
    assert (found.kind, found.target_value, found.reported_value) == (kind, target, reported)


@pytest.mark.parametrize("body, kind, target", [
    # a plan's breakdown: nothing done yet
    ("국토부는 전세임대 2만 호 가운데 1만 5,000호는 신혼부부에게 공급하고 나머지 5,000호를 청년에게 공급할 예정이다.",
     "new", 5000),
    # the rest put to another use: the whole not done
    ("복지부는 예산 1조 원 가운데 7,000억 원을 집행했고 나머지 3,000억 원은 이월했다.", "progress", 1e12),
    # the rest done too, as the body reports it
    ("복지부는 헌혈의집 10곳 가운데 8곳을 열었고, 남은 2곳도 9월 문을 열었다고 밝혔다.", "achieved", 10),
])
def test_a_whole_is_done_only_when_its_part_and_its_rest_were(body, kind, target):
    found = mention_of(body, body[:6], date="2026-06-18")
    assert (found.kind, found.target_value) == (kind, target)


def test_the_rest_of_a_part_that_fell_short_is_no_whole_kept():
    [found] = [m for m in mentions("행안부는 이날 국회에 보고했다.", title='104개 중 80개만 이중화…행안부 "남은 24개 6월까지 마무리"',
                                   date="2026-04-16") if m.in_title]
    assert found.target_value == 24  # (the rest put off, not the 104 it is part of)


def test_outsiders_counted_short_of_a_target_are_a_programmes_reach():
    found = mention_of("다만 검사를 맡을 지정 정비업체는 지난해 말까지 270곳에 그쳐 목표 300곳에 못 미쳤다.", "정비업체",
                       date="2026-03-17")
    assert (found.kind, found.target_value, found.reported_value, str(found.previous_deadline)) == (
        "delayed", 300, 270, "2025-12-31")


@pytest.mark.parametrize("body", [
    "지원을 받은 가구는 서울이 3만 가구로 가장 많았다.",  # a breakdown's largest, not a level moved
    "박 의원은 지원 인원이 300명에 그쳐 목표에 못 미쳤다고 지적했다.",  # a count someone says falls short
])
def test_an_adjective_or_a_lawmakers_count_is_no_measured_report(body):
    assert mention_of(body, body[:6], date="2026-07-14") is None


@pytest.mark.parametrize("body, kind", [
    ("장관께서 연내 1,000대를 보급하겠다고 하셨던 약속을 지켰습니다.", "achieved"),  # the promise recalled as context
    ("장관님께서 연내 1,000대를 보급하겠다고 하셨는데, 실제로 1,200대를 보급해 목표를 넘겼습니다.", "achieved"),
])
def test_an_honoured_speakers_words_recalled_before_the_answer_leave_the_answer(body, kind):
    assert mention_of(body, body[:6], date="2026-06-18").kind == kind


def test_what_someone_receives_with_no_date_is_how_a_scheme_works_not_a_plan():
    assert mention_of("농식품부에 따르면 농장주는 폐업 시기에 따라 한 마리당 최대 60만 원의 지원금을 받는다.", "농식품부",
                      date="2025-01-14") is None
    dated = mention_of("농식품부에 따르면 농장주는 내년부터 한 마리당 최대 60만 원의 지원금을 받는다.", "농식품부",
                       date="2025-01-14")
    assert dated is not None and dated.kind == "new"


@pytest.mark.parametrize("body", [
    # a slogan for the year: the year is what is made into something, nothing is to be done by it
    '석하온 농식품부 개식용종식추진단장은 "올해를 폐업의 분수령으로 만들겠다"고 말했다.',
    '농식품부 장관은 "2026년을 AI 대전환의 원년으로 삼겠다"고 말했다.',
    # how long since a law was made, in a span of two units
    "농식품부에 따르면 개식용종식법이 공포된 지 1년 8개월이 지났다.",
])
def test_a_slogan_for_the_year_or_the_time_since_a_deed_is_no_mention(body):
    assert mention_of(body, body[:6], date="2025-10-28") is None


def test_another_states_deed_told_by_an_official_is_a_comparison_not_news_of_a_promise():
    body = ('여민규 국토교통부 자동차정책과장은 10일 브리핑에서 이렇게 답했다.\n\n'
            '"일본은 단속 장비와 검사 제도를 함께 손봐 10년 만에 이륜차 사망자를 절반으로 줄였다. '
            '단속과 검사가 함께 움직이면 충분히 가능하다고 본다."')
    assert mention_of(body, "일본은", date="2025-03-11") is None


def test_a_measured_figure_is_of_what_stands_at_it():
    # what linking compares with the noun a promise moves (`사망자를 300명 이하로 줄이겠다`)
    found = mention_of("올해 이륜차 사망자는 297명으로 줄었다.", "사망자", date="2026-07-14")
    assert (found.strength, found.object) == ("measured", "사망자")
    promise = mention_of("복지부는 헌혈률을 2027년까지 3.5%로 끌어올리겠다는 계획을 내놨다.", "헌혈률", date="2026-07-14")
    assert promise.object == "헌혈"  # past the suffix of `헌혈률을`, not the `계획` announced


def test_a_statistic_from_a_ministrys_release_is_no_announced_promise():
    found = mentions("국토교통부가 발표한 통계에 따르면 올해 전국 미분양 주택은 7만 2,000가구로 늘었다.", date="2026-07-14")
    assert [(m.kind, m.strength) for m in found] == [("progress", "measured")]


def test_a_statistic_between_a_miss_and_the_date_for_the_rest_leaves_the_delay():
    body = ("고용노동부가 지난해 1,000곳에 두겠다던 산업안전 감독관 배치는 640곳에 그쳤다. "
            "지난해 산업재해 사망자는 589명으로 줄었다. 노동부는 나머지 360곳을 올해 상반기 중 채우겠다고 밝혔다.")
    found = mention_of(body, "나머지 360곳", date="2026-02-10")
    assert found.kind == "delayed"


@pytest.mark.parametrize("body,reported", [
    # background: every year in it long gone
    ("1983년 이후 아홉 차례 부지 확보에 나섰지만 2003년 주민 반발에 부딪혀 모두 무산됐다.", False),
    ("2015년 문을 연 배출권 거래시장은 10년이 지나도록 꼬리표를 떼지 못했다.", False),
    # a year gone beside one counted from the article's date, or one ahead
    ("2019년 이후 면제받은 사업비를 올해 상반기까지 검증하겠다던 작업은 31건에서 멈춰 있다.", True),
    ("환경부는 2015년 세운 목표를 2030년까지 마치겠다고 밝혔다.", True),
    # a promise of its own, one recalled, or a figure: not background
    ("환경부는 2019년 발표한 매립지 계획을 차질 없이 이행하겠다고 밝혔다.", True),
    ("2020년 착공하기로 했던 매립지 시설은 여전히 첫 삽을 뜨지 못했다.", True),
    ("2016년 시작된 매립지 정비는 목표 150곳 중 90곳을 마치는 데 그쳤다.", True),
])
def test_a_sentence_dated_only_in_years_long_gone_is_background(body, reported):
    found = mention_of("환경부는 12일 추진 상황을 점검했다. " + body, body[:8], date="2025-11-12")
    assert (found is not None) is reported


@pytest.mark.parametrize("body,year", [
    # a weighing after a promise of its own leaves the promise
    ("국토교통부는 정비 인력 1만 명을 연내 충원하겠다고 했으며, 처우 개선 방안도 검토하고 있다고 했다.", 2026),
    # as this year, for a year ahead: a plan for that year
    ("국토교통부는 올해와 같이 내년에도 통행료를 4월에 인하한다.", 2027),
])
def test_a_plan_beside_a_weighing_or_said_as_this_year_for_next_year_is_a_promise(body, year):
    found = standing(mention_of(body, body[:8], date="2026-07-14"))
    assert found is not None and found.kind == "new" and found.deadline.year == year


def test_a_briefings_headings_say_who_speaks_in_the_lines_under_them():
    briefing = ("경찰청과 국토교통부는 11일 음주운전 근절 대책을 발표했다.\n\n■ 모두발언 (남태겸 경찰청 교통국장)\n\n"
                "안녕하십니까.\n\n비접촉 감지기를 연내 1,000대 보급하겠습니다.\n\n"
                "[질문]\n\n택시 음주측정기는 어떻게 보급하나.\n\n[답변 = 여문혁 국토교통부 모빌리티정책과장]\n\n"
                "전국 법인택시 회사 1,600여 곳에 호흡식 음주측정기를 연내 모두 보급하겠습니다.\n\n"
                "[질문]\n\n교육은 얼마나 늘리나.\n\n[답변 = 남태겸 교통국장]\n\n"
                "재범자 특별교육을 하반기부터 48시간으로 늘리겠습니다.\n\n"
                "경찰청은 단속 인력도 연내 200명 늘리기로 했다.")
    people = {m.sentence[:8]: (m.ministry, m.person) for m in mentions(briefing, title="[브리핑 전문]", date="2025-02-11")}
    assert people["비접촉 감지기를"] == ("경찰청", "남태겸")
    assert people["전국 법인택시 "] == ("국토교통부", "여문혁")
    assert people["재범자 특별교육"] == ("경찰청", "남태겸")  # (met before: the heading gives the name only)
    assert people["경찰청은 단속 "][1] is None  # the reporter's prose after the transcript



def test_an_officials_column_is_theirs_throughout():
    column = ("천세라 경찰청 생활안전교통국장\n\n지난해 7월 경찰청은 종합대책을 내놓았다.\n\n"
              "경찰청은 하반기부터 전국 모든 경찰서에 실종 전담 수사관을 두겠다.\n\n"
              "보건복지부가 지난해 보급하기로 한 배회감지기는 1만 7,000대가 보급돼 목표 2만 대에 못 미쳤다.")
    found = {m.sentence[:6]: (m.ministry, m.person) for m in mentions(column, title="[기고] 잃어버린 아이를 찾는 나라",
                                                                     date="2026-06-11")}
    assert found["경찰청은 하"] == ("경찰청", "천세라")
    assert found["보건복지부가"] == ("보건복지부", None)  # another body's promise, told by the author
    # an official named further down a column is someone it talks about, not its author
    professors = ("김철수 서울대 교수\n\n지난해 7월 정부는 종합대책을 내놓았다.\n\n박상우 국토교통부 장관\n\n"
                  "국토교통부는 하반기부터 전국 모든 경찰서에 실종 전담 수사관을 두겠다.")
    found = mentions(professors, title="[기고] 잃어버린 아이를 찾는 나라", date="2026-06-11")
    assert {m.sentence[:6]: m.person for m in found}["국토교통부는"] is None
    # a reporter's article: the official named once does not speak its later lines
    story = mentions(column, title="실종 아동 대책 1년", date="2026-06-11")
    assert {m.sentence[:6]: m.person for m in story}["경찰청은 하"] is None


def test_a_podcasts_time_coded_lines_say_who_answers_and_the_hosts_recall_is_no_report():
    script = ("지식재산처 편다율 산업재산보호과장님과 이야기 나눴습니다.\n\n[03:10] 마서준\n\n"
              "지난해 4월에 온라인 위조상품 30만 건을 차단하겠다고 하셨잖아요.\n\n[03:25] 편다율\n\n"
              "지난해 33만 4,000건을 차단해서 목표를 넘겼습니다.\n\n[14:20] 마서준\n\n"
              "상표 특사경을 2026년까지 100명으로 늘린다고 하셨는데, 지금 몇 명인가요.")
    found = {m.sentence[:8]: (m.ministry, m.person) for m in mentions(script, title="[EP.37] 팟캐스트", date="2026-01-20")}
    assert found == {"지난해 33만 ": ("지식재산처", "편다율")}


def test_a_debates_bracketed_turns_say_who_answers():
    script = ("■ 출연: 하태온 문화체육관광부 저작권보호과장 / 류단우 한솔대 교수\n\n[연서후]\n\n"
              "해외 센터는 어떻습니까?\n\n[하태온]\n\n올해 두 곳을 새로 열어 지금 6곳입니다. 내년까지 8곳을 채우겠습니다.\n\n"
              "[류단우]\n\n법 개정이 먼저입니다.")
    found = {m.sentence[:6]: (m.ministry, m.person) for m in mentions(script, title="[광장] 불법 웹툰", date="2025-12-10")}
    assert found["내년까지 8"] == ("문화체육관광부", "하태온")


def test_a_recorded_meetings_turns_say_who_speaks_and_a_unions_words_are_nobodys_promise():
    note = ("탁다온 (고용노동부 산업안전과장)  03:12\n\n노동부입니다.\n\n"
            "쉼터 점검은 작년 말까지 120곳을 마쳤고요, 올해는 9월까지 200곳을 더 보겠습니다.\n\n"
            "오유림 (물류노동조합 정책국장)  07:40\n\n노조는 주 5일 근무를 연내 법으로 정하도록 요구하겠습니다.\n\n"
            "참석자 4  09:02\n\n내년까지 분류 인력 100%를 맞추겠습니다.")
    found = {m.sentence: m.person for m in mentions(note, title="협의회 녹음", date="2026-03-18")}
    # (`…마쳤고요, 올해는 …`: Kiwi ends a sentence at a spoken ending before a comma; it goes on)
    assert found == {"쉼터 점검은 작년 말까지 120곳을 마쳤고요, 올해는 9월까지 200곳을 더 보겠습니다.": "탁다온",
                     "내년까지 분류 인력 100%를 맞추겠습니다.": None}  # (a numbered voice is nobody we know)


def test_a_name_plate_over_quotes_and_an_answer_under_its_speakers_name_say_who_speaks():
    from etl.clean import clean_document
    from etl.model import RawDocument

    page = """[풀 취재] 항만 안전 점검 현장
작성 2026-05-12 14:31

2. 현장 발언 요지
여수아 해양수산부 항만안전정책관
"항만 하역장 CCTV는 올해 말까지 1,200대로 늘리겠습니다."

3. 질의응답
Q. 하역 노동자 휴게실은 어떻게 되나.
A. (여수아 정책관) 휴게실은 내년 상반기까지 40곳을 짓겠습니다.
"""
    article = clean_document(RawDocument("pool.txt", "text", page), REFERENCE)
    assert "여수아 해양수산부 항만안전정책관" in article.body.split("\n\n")
    found = {m.sentence[:6]: (m.ministry, m.person) for m in extract.mentions_in(article, analyse([article])[0], REFERENCE)}
    assert found == {"\"항만 하역": ("해양수산부", "여수아"), "휴게실은 내": ("해양수산부", "여수아")}


def test_a_speech_is_the_speakers_who_introduces_themselves():
    speech = ("안녕하십니까. 문화체육관광부 저작권국장 은주하입니다.\n\n오늘 함께해 주셔서 감사합니다.\n\n"
              "문체부는 연내 인공지능(AI)으로 불법 복제 웹툰을 찾아내는 탐지 시스템을 구축하겠습니다.\n\n"
              "현재 4곳인 해외 저작권센터를 2026년까지 8곳으로 늘리겠습니다.")
    found = [(m.ministry, m.person) for m in mentions(speech, title="[전문] 저작권국장 연설", date="2025-03-26")]
    assert found == [("문화체육관광부", "은주하")] * 2
    # a host introducing a guest does not speak for them
    hosted = ("오늘 모신 분은 문화체육관광부 저작권국장 은주하입니다.\n\n오늘 함께해 주셔서 감사합니다.\n\n"
              "현재 4곳인 해외 저작권센터를 2026년까지 8곳으로 늘리겠습니다.")
    assert [m.person for m in mentions(hosted, date="2025-03-26")] == [None]
    # a title Kiwi cuts into pieces still introduces
    split = speech.replace("안녕하십니까. 문화체육관광부 저작권국장 은주하입니다.", "저는 문화체육관광부 저작권보호과장 하태온입니다.")
    assert [m.person for m in mentions(split, date="2025-03-26")] == ["하태온"] * 2
    # a reporter's sign-off names no official (`CSB 뉴스 공나래입니다.`)
    signed = mentions("CSB 뉴스 공나래입니다.\n\n문체부는 연내 탐지 시스템을 구축하겠다고 밝혔다.", date="2025-03-26")
    assert [m.person for m in signed] == [None]


def test_a_joint_briefings_lines_are_the_speakers_who_introduced_themselves_last():
    briefing = ("<진해랑 해양수산부 해양레저관광과장>\n안녕하십니까. 해양수산부 해양레저관광과장 진해랑입니다.\n\n"
                "현재 12곳인 이안류 감시 CCTV를 6월 말까지 25곳으로 늘리겠습니다.\n\n"
                "<엄도하 해양경찰청 수상레저과장>\n해양경찰청 수상레저과장 엄도하입니다. 해경은 현장 안전을 맡겠습니다.\n\n"
                "우선 리쉬 착용을 7월부터 의무화합니다.\n\n"
                "<질문> 리쉬 의무화를 어기면 어떻게 됩니까?\n\n"
                "<답변> (진해랑 과장) 강사 국가자격은 내년 상반기에 도입하겠습니다.\n\n"
                "<답변> (엄도하 과장) 7월 한 달은 계도 기간으로 운영하겠습니다.")
    found = [(m.ministry, m.person) for m in mentions(briefing, date="2025-05-28")]
    assert found == [("해양수산부", "진해랑"), ("해양경찰청", "엄도하"), ("해양수산부", "진해랑"), ("해양경찰청", "엄도하")]


@pytest.mark.parametrize("body,kind", [
    ("실노동시간 단축 지원법 제정안은 약속대로 5월 국회에 제출됐지만 아직 상임위원회 문턱을 넘지 못했다.", "achieved"),
    ("1월 국회에 제출된 영유아교육보육법 제정안은 아직 교육위원회 소위를 넘지 못했다.", "achieved"),
    ("지난 3월 발표 뒤 5월 국회에 제출된 정부 법안은 상임위원회에서 한 번도 논의되지 못한 채 계류돼 있습니다.", "achieved"),
    # the ministry's own step not taken is still its delay
    ("교육부는 상반기 안에 내겠다던 영유아교육보육법 제정안을 아직 국회에 제출하지 못했다.", "delayed"),
    # the Assembly's pace given as the reason a date or a goal was missed: still a delay
    ("정부가 지난해 국회에 제출한 개정안이 상임위원회에 계류되면서 올해 1월로 예정됐던 시행은 하반기로 미뤄졌다.", "delayed"),
    ("국회에 제출된 개정안이 법사위 문턱을 넘지 못하면서 1월 시행 목표는 결국 지키지 못했다.", "delayed"),
])
def test_a_bill_submitted_and_held_up_in_the_assembly_is_the_promise_kept(body, kind):
    [found] = _after_a_ministrys_promise(body)
    assert found.kind == kind


@pytest.mark.parametrize("body", ["청년농은 9월 말 2만 4,600명으로, 2027년 3만 명 목표까지 5,400명이 남았다.",
                                  "청년농은 9월 말 2만 4,600명으로, 목표인 3만 명까지 5,400명이 남았다."])
def test_a_gap_left_to_a_targets_figure_is_progress_on_that_figure(body):
    found = _after_a_ministrys_promise(body)
    assert [(m.kind, m.target_value) for m in found] == [("progress", 30_000)]


def test_a_countdown_to_a_date_is_no_gap():
    assert _after_a_ministrys_promise("12월 31일까지 7개월 남았다.") == []


def test_a_list_item_written_as_a_full_sentence_is_read_as_prose():
    body = ("국토교통부는 29일 해명자료를 냈다.\n\n"
            "○ 공항별 조류 퇴치 전담 인력은 6월 말 기준 204명으로, 상반기 중 200명으로 늘리겠다는 계획을 이미 달성하였습니다.")
    assert [(m.kind, m.target_value) for m in mentions(body, date="2025-07-29")] == [("achieved", 200)]


def test_a_deeds_noun_naming_a_plan_is_no_deed():
    body = ("환경부는 2월 13일 '2025년 미세먼지 관리 시행계획'을 발표하고, 지난해 17.6㎍/㎥였던 초미세먼지 연평균 "
            "농도를 2027년까지 15㎍/㎥로 낮추겠다고 밝혔다.")
    [found] = mentions(body, date="2025-02-13")
    assert (found.kind, found.target_value, str(found.deadline)) == ("new", 15, "2027-12-31")


@pytest.mark.parametrize("body,again", [
    ("소방청은 올해도 119 시민수상구조대 4,000명을 7월부터 주요 계곡과 하천에 배치합니다.", True),
    ("행정안전부는 올여름에도 8월 말까지 물놀이 사망자를 15명 이하로 줄이겠다는 목표를 세웠습니다.", True),
    ("행정안전부는 이번 겨울에도 한파 쉼터 5,000곳을 12월부터 운영한다.", True),
    ("소방청은 7월부터 주요 계곡과 하천에 119 시민수상구조대 4,000명을 배치합니다.", False),
    ("소방청은 올해 구조대원도 4,000명으로 늘린다.", False),  # (the 도 of another noun)
])
def test_a_promise_made_again_for_this_period_is_marked_as_recurring(body, again):
    [found] = mentions(body, date="2026-06-30")
    assert (found.kind, found.recurring) == ("new", again)


@pytest.mark.parametrize("sentence, expected", [
    # short of a promise still due: how far it has got
    ("경찰청은 연내 1,000대를 보급하겠다고 했지만 11월 현재 전국 경찰서에 배치된 감지기는 610대다.",
     ("progress", "2025-12-31", None)),
    ("노동부는 9월까지 폭염 취약 사업장 5만 곳을 점검하겠다고 했는데, 지난달 말까지 3만 8,000곳을 살펴봤다.",
     ("progress", "2025-09-30", None)),
    # last year's `연내`, long past: late
    ("복지부는 지난해 심야약국이 없는 시군구를 연내 모두 없애겠다고 약속했지만, 지금도 41개 시군구에는 심야약국이 없다.",
     ("delayed", None, "2024-12-31")),
    # last year only compared with
    ("경찰청은 지난해보다 두 배 많은 1,000대를 연내 보급하겠다고 했지만 11월 현재 전국 경찰서에 배치된 감지기는 610대다.",
     ("progress", "2025-12-31", None)),
])
def test_a_shortfall_before_the_recalled_date_is_progress_not_a_delay(sentence, expected):
    found = mention_of("정부는 25일 추진 상황을 점검했다.\n\n" + sentence, sentence[:6], date="2025-08-25"
                       if "9월까지" in sentence else "2025-11-25")
    assert (found.kind, found.deadline and str(found.deadline), found.previous_deadline and str(found.previous_deadline)) == expected


def test_a_joined_clause_with_a_body_as_subject_is_that_bodys_promise_after_an_outsiders_clause():
    found = mention_of("설치 업체는 2월 4곳에서 12곳으로 늘었고, 경찰청은 내년 상반기까지 30곳으로 늘리겠다고 밝혔다.",
                       "설치 업체", date="2025-11-25")
    assert (found.ministry, found.target_value, str(found.deadline)) == ("경찰청", 30, "2026-06-30")
    # the outsider's own plan, which the body only welcomed; another state's government
    assert mentions("한 보험사는 특약을 하반기에 내놓겠다고 밝혔고, 경찰청은 이를 환영했다.", date="2025-11-25") == []
    assert mentions("미국의 한 로보택시 업체는 운행이 25만 건을 넘었고, 중국 정부는 2030년까지 무인 택시를 전면 허용한다는 "
                    "계획을 내놨다.", date="2026-05-12") == []
    assert mentions("한 보험사는 특약을 하반기에 내놓겠다고 밝혔고, 경찰청은 이 계획을 환영했다.", date="2025-11-25") == []
    # the outsider's clause is the plan, with its figures; a firm's spokesman is no body
    assert mentions("민간 업체는 연내 충전기 1,000기를 설치하겠다고 밝혔고, 환경부는 내년부터 설치비를 지원하기로 했다.",
                    date="2025-11-25") == []
    assert mentions("인증 업체는 12곳으로 늘었다고 밝혔고, 이 업체 관계자는 연말까지 1,000곳으로 늘리겠다고 말했다.",
                    date="2025-11-25") == []


@pytest.mark.parametrize("sentence, expected", [
    ("결핵 접촉자 조사 전담 인력 60명은 상반기까지 48명만 뽑혀, 질병관리청은 남은 12명을 연말까지 채우겠다고 밝혔다.",
     ("delayed", 12, "2026-12-31", "2026-06-30")),
    ("방지장치 설치 업체는 상반기까지 30곳으로 늘리겠다던 목표에 못 미친 24곳에 머물렀고, 경찰청은 남은 6곳을 연말까지 "
     "지정하겠다고 밝혔다.", ("delayed", 6, "2026-12-31", "2026-06-30")),
    # the day it was done is no date missed; the rest next year is still later than promised
    ("CCUS 클러스터는 7월 울산 한 곳만 지정됐고, 기후에너지환경부는 나머지 한 곳을 내년 상반기까지 지정하겠다고 밝혔다.",
     ("delayed", 1, "2027-06-30", None)),
    # after a report of how far it has got; the rest planned in the plain present
    ("질병관리청은 연내 20대로 늘리겠다던 이동검진 차량을 지금까지 13대만 확보했고, 나머지 7대는 업체 선정이 늦어져 "
     "내년 3월에야 들여온다고 국회에 보고했다.", ("delayed", 7, "2027-03-31", "2026-12-31")),
    # a plan in phases tells no shortfall
    ("교육부는 올해 10곳 가운데 3곳만 먼저 문을 열고, 나머지 7곳은 내년 상반기까지 열 계획이다.",
     ("new", 10, "2026-12-31", None)),
    ("행정안전부는 내년 1월 서울 등 5곳에서만 먼저 시행하고, 나머지 지역은 2028년까지 넓히기로 했다.",
     ("new", 5, "2027-01-31", None)),
])
def test_the_rest_of_a_shortfall_planned_for_later_is_a_delay(sentence, expected):
    found = mention_of(sentence, sentence[:6], date="2026-11-24")
    assert (found.kind, found.target_value, str(found.deadline),
            found.previous_deadline and str(found.previous_deadline)) == expected


@pytest.mark.parametrize("sentence", [
    "성평등가족부의 치유캠프는 10월까지 1,320명이 참가해 올해 목표 1,500명에 다가섰다.",
    "청년적금 가입자는 92만 명으로 목표 100만 명에 근접했다.",
])
def test_a_count_near_the_target_is_progress_toward_it(sentence):
    found = mention_of("정부는 24일 올해 약속을 점검했다.\n\n" + sentence, sentence[:6], date="2026-11-24")
    assert found.kind == "progress"


def test_a_count_not_even_near_the_target_is_short_of_it():
    sentence = "청년적금 가입자는 50만 명으로 목표 100만 명에 근접하지도 못했다."
    found = mention_of("정부는 24일 올해 약속을 점검했다.\n\n" + sentence, sentence[:6], date="2026-11-24")
    assert found.kind == "delayed"


@pytest.mark.parametrize("sentence", [
    "교육부는 디지털 시민교육 교재를 새로 만들어 9월부터 학교에 보급한대요.",  # a blog's `-ㄴ다고 해요`
    "교육부는 디지털 시민교육 교재를 9월부터 학교에 보급한답니다.",
])
def test_a_plan_passed_on_in_the_spoken_present_is_a_promise(sentence):
    found = mention_of(sentence, "교육부", date="2025-03-05")
    assert (found.kind, str(found.deadline)) == ("new", "2025-09-30")


@pytest.mark.parametrize("sentence", [
    "국내 첫 완전자동화 컨테이너 부두인 광양항 자동화 부두가 이달 초 시운전에 들어갔다.",  # one noun for the trial
    "광양항 자동화 부두는 이달 초 시범 운영에 들어갔다.",  # dated only loosely
])
def test_a_trial_begun_is_a_step_toward_the_promise(sentence):
    found = mention_of("해양수산부는 광양항 자동화 부두를 하반기에 개장하겠다고 밝혔다.\n\n" + sentence, sentence[-12:],
                       date="2026-04-14")
    assert found.kind == "progress"


def test_work_begun_that_is_no_trial_needs_a_date_or_a_figure():
    assert mentions("환경부는 이달 초 하천 실태 조사에 착수했다.", date="2026-04-14") == []


def test_a_group_outside_government_named_in_quotes_is_an_outsider():
    briefing = ("국토교통부는 11일 음주운전 근절 대책을 발표했다.\n\n"
                "브리핑에 앞서 시민단체 '음주운전 없는 거리'는 면허 취소 기준을 0.08%에서 0.05%로 낮춰야 한다고 요구했다.")
    assert not [m for m in mentions(briefing, date="2025-02-11") if m.sentence.startswith("브리핑에")]


@pytest.mark.parametrize("sentence", [
    "농촌진흥청은 꿀벌이 크게 줄면 과수 농가의 수확량이 최대 30%까지 줄어들 수 있다고 본다.",
    "농촌진흥청은 꿀벌이 크게 줄면 농가의 수확량이 최대 30%까지 줄어들 수 있다고 밝혔다.",
])
def test_a_bodys_view_of_what_may_happen_if_is_no_promise(sentence):
    assert mentions(sentence, date="2025-04-22") == []


def test_a_view_that_leads_to_a_decision_leaves_the_decision_a_promise():
    found = mention_of("기획재정부는 국제 유가가 더 오르면 물가 상승률이 3%를 넘을 수 있다고 보고 유류세 인하를 연말까지 "
                       "연장하기로 했다.", "기획재정부", date="2025-06-10")
    assert (found.kind, str(found.deadline)) == ("new", "2025-12-31")


@pytest.mark.parametrize("sentence, date, kind", [
    # short of a target still due: how far it has got
    ("과의존 위험군 청소년의 상담 연계율은 지난해 64%로, 2026년까지 80%로 높이겠다는 목표에 아직 못 미칩니다.",
     "2026-03-05", "progress"),
    ("꿀벌 밀원 조성은 올해 목표 2,000ha의 절반에 그쳤다.", "2025-09-09", "progress"),
    # the day a count was taken, the day the target was set, a length the target is: no date it is due by
    ("HUG의 대위변제 기간은 올해 9월 49일로 여전히 '45일' 목표에 못 미친다.", "2025-10-20", "delayed"),
    ("남성 비중이 33.4%로, 연초 제시한 목표(35%)에 1.6%포인트 못 미쳤다.", "2026-02-24", "delayed"),
    ("피해금 환급 기간은 평균 1.2개월로 줄었지만 여전히 '1개월 이내' 약속에는 못 미친다.", "2025-10-20", "delayed"),
])
def test_a_shortfall_against_a_target_due_later_is_progress(sentence, date, kind):
    found = mention_of("정부는 추진 상황을 점검했다.\n\n" + sentence, sentence[:6], date=date)
    assert found.kind == kind


def test_a_bodys_founding_said_of_the_subject_is_background_not_a_deed():
    found = mention_of("지난해 10월 방송통신위원회를 이어 출범한 방송미디어통신위원회는 \"상반기 중 가이드라인을 "
                       "내놓겠다\"고 밝혔다.", "출범한", date="2026-03-05")
    assert (found.kind, str(found.deadline)) == ("new", "2026-06-30")
    assert mention_of("기후에너지환경부가 지난달 출범했다.", "출범", date="2026-11-05").kind == "achieved"


def test_the_rest_done_in_full_late_is_the_promise_kept_late():
    found = in_a_review("비접촉 감지기는 남은 390대가 4월에야 모두 배치됐다.")
    assert found.kind == "achieved"
    assert in_a_review("센터는 9곳이 4월에야 문을 열었다.").kind == "progress"  # a tally, not all of it


@pytest.mark.parametrize("sentence", [
    "특별교육을 48시간으로 늘리는 도로교통법 시행규칙 개정안은 10월 입법예고를 마쳤다.",  # Kiwi: 입법 + 예고
    "특별교육을 48시간으로 늘리는 시행규칙 개정안은 10월 행정예고를 마쳤다.",
])
def test_a_step_on_the_way_to_a_rule_finished_is_progress(sentence):
    found = in_a_review(sentence)  # (a review of 2026-02-10: last October's step, no date ahead)
    assert (found.kind, found.deadline) == ("progress", None)


def test_a_step_completed_is_progress_too():
    assert in_a_review("특별교육을 48시간으로 늘리는 개정안은 10월 입법예고를 완료했다.").kind == "progress"


def test_a_share_of_a_target_whose_year_is_over_is_short_of_it():
    found = mention_of("농식품부는 24일 추진 상황을 점검했다.\n\n입식비 지원은 지난해 2,000곳 목표 가운데 1,640곳에 돌아갔다.",
                       "입식비", date="2026-11-24")
    assert (found.kind, str(found.previous_deadline)) == ("delayed", "2025-12-31")
    still = mention_of("농식품부는 24일 추진 상황을 점검했다.\n\n입식비 지원은 올해 2,000곳 목표 가운데 1,640곳에 돌아갔다.",
                       "입식비", date="2026-11-24")
    assert still.kind == "progress"
    # met; the month a count was taken
    for sentence in ("입식비 지원은 지난해 2,000곳 목표 가운데 2,000곳에 모두 돌아갔다.",
                     "입식비 지원은 10월 2,000곳 목표 가운데 1,640곳에 돌아갔다."):
        found = mention_of("농식품부는 24일 추진 상황을 점검했다.\n\n" + sentence, "입식비", date="2026-11-24")
        assert found.kind != "delayed"


def test_a_headline_point_naming_a_thing_its_date_and_how_many_is_a_plan():
    title = "임시 수용동 상반기 중 1,200명분…기재부, 신축 예타 면제 여부 연내 결론"
    found = [m for m in mentions("법무부는 21일 교정시설 과밀 해소 대책을 발표했다.", title=title, date="2025-01-21")
             if m.in_title]
    [point] = [m for m in found if m.sentence == "임시 수용동 상반기 중 1,200명분"]
    assert (point.kind, point.target_value, point.target_unit, str(point.deadline)) == ("new", 1200, "명", "2025-06-30")


def test_a_headline_count_stopping_short_with_its_unit_said_before_it():
    title = "바우처 받은 가구 124만에 그쳐…고효율 가전 교체 올해 5만 가구 지원"
    found = {m.sentence: m for m in mentions("기후에너지환경부는 13일 에너지 빈곤 통계를 공개했다.", title=title,
                                             date="2026-01-13")}
    assert found["바우처 받은 가구 124만에 그쳐"].kind == "delayed"
    assert found["고효율 가전 교체 올해 5만 가구 지원"].target_value == 50000


@pytest.mark.parametrize("body,kind", [
    ("정부는 소득 요건을 완화해 지원 대상을 10만 명으로 늘린다.", "new"),
    ("법무부는 가석방 심사 기준을 완화해 지난해 29.6%였던 가석방률을 연내 35%로 끌어올리기로 했다.", "new"),
    ("정부는 일정을 조정해 내년 3월 개통하기로 했다.", "revision"),  # a date moved is still a revision
])
def test_a_rule_changed_as_the_means_of_a_plan_is_no_revision(body, kind):
    assert mention_of(body, body[:6], date="2025-01-21").kind == kind


@pytest.mark.parametrize("body,value", [
    ("교육부는 사서가 있는 학교 비율이 55%로 늘었다고 밝혔다.", 55),  # the body reports the measure
    ("전국 도시대기측정소는 올해 들어 40곳 늘어 652곳이 됐다.", 652),  # what the count became
    ("청소년 전자담배 감시 요원은 10월까지 430명이 활동을 시작했다.", 430),  # how many began
])
def test_a_figure_reported_as_where_it_now_stands_is_measured(body, value):
    found = mention_of(body, body[:6], date="2026-11-26")
    assert (found.kind, found.strength, found.reported_value) == ("progress", "measured", value)
    assert mention_of("시행 3년이 됐다.", "시행", date="2026-11-26") is None  # a span, no count


def test_a_deed_whose_result_holds_now_is_done():
    found = in_a_review("지금까지 800명분이 완공돼 수용자가 들어가 있습니다.")
    assert (found.kind, found.reported_value) == ("progress", 800)


def test_the_figure_a_recalled_promise_named_after_it_is_the_target_not_the_count():
    found = mention_of("지난해 농도는 16.9㎍/㎥로, 정부가 2027년까지 낮추겠다고 한 15㎍/㎥에 다가가고 있다.", "농도",
                       date="2026-04-08")
    assert (found.target_value, found.target_unit, found.reported_value) == (15, "㎍/㎥", None)


@pytest.mark.parametrize("body", [
    "교육부의 공기정화장치 교체는 6월까지 늦춰집니다.",  # formal present, as officials speak
    "교육부의 공기정화장치 교체는 6월로 늦춰져요.",  # polite present, as a children's paper writes (Kiwi: 늦춰지)
    "교육부는 공기정화장치 교체를 6월로 늦춥니다.",
])
def test_a_delay_told_in_the_formal_or_polite_present_is_a_delay(body):
    found = mention_of(body, "교육부", date="2026-04-08")
    assert (found.kind, str(found.deadline)) == ("delayed", "2026-06-30")


def test_smoke_is_no_postponement():
    found = mention_of("식품의약품안전처는 담배 연기 속 유해성분 분석 결과를 연내 처음으로 공개합니다.", "식품", date="2025-02-25")
    assert found.kind == "new"
    found = mention_of("식품의약품안전처는 연기 냄새 저감 기준을 연내 처음으로 공개합니다.", "식품", date="2025-02-25")
    assert found.kind == "new"
    assert mention_of("식약처는 결과 공개를 내년으로 연기합니다.", "식약처", date="2025-02-25").kind == "delayed"


def test_a_deed_done_to_all_of_the_count_is_achieved():
    assert in_a_review("경찰청은 18개 시도경찰청 모두에 전담수사팀을 꾸렸습니다.").kind == "achieved"
    assert in_a_review("경찰청은 18개 시도경찰청 가운데 9곳에 전담수사팀을 꾸렸습니다.").kind == "progress"


def test_a_failure_given_as_the_reason_for_deciding_against_it_is_a_cancellation():
    found = in_a_review("작은도서관 1,500곳에 순회 사서를 보내려던 사업은 예산에 반영되지 못해 추진하지 않기로 했습니다.")
    assert found.kind == "cancelled"
    assert in_a_review("순회 사서 사업은 예산에 반영되지 못해 내년으로 미뤄졌다.").kind == "delayed"


def test_the_existing_thing_a_plan_builds_on_is_no_earlier_figure():
    body = "법무부는 기존 교정시설 안 유휴 부지에 임시 수용동을 지어 상반기 중 1,200명분의 수용 공간을 늘린다."
    assert mention_of(body, "법무부", date="2025-01-21").kind == "new"
    assert mention_of("정부는 지원 인원을 기존 4만 명에서 5만 명으로 늘린다.", "정부", date="2025-01-21").kind == "revision"


def test_each_line_of_a_list_inside_a_paragraph_is_read_on_its_own():
    body = ("산업통상자원부는 11일 에너지바우처 개편안을 발표했다.\n\n주요 내용은 다음과 같다.\n"
            "- 하절기 바우처 7월부터 가구당 평균 7만 원\n- 바우처 대상 올해 130만 가구로 확대")
    found = {m.sentence: (m.kind, m.target_value) for m in mentions(body, date="2025-06-11")}
    assert found["- 하절기 바우처 7월부터 가구당 평균 7만 원"] == ("new", 70000)
    assert found["- 바우처 대상 올해 130만 가구로 확대"] == ("new", 1300000)


def test_a_deed_done_by_the_date_it_was_put_off_to_is_achieved():
    found = in_a_review("자동 신청은 미뤄진 일정대로 9월 시행됐고, 올해 신청률은 99%로 올랐다.")
    assert found.kind == "achieved"
    assert in_a_review("자동 신청은 미뤄진 일정대로 9월 시행될 예정이다.").kind != "achieved"


def test_a_figure_still_far_from_the_target_named_before_it_is_progress():
    found = in_a_review("전국 교정시설 수용률은 9월 말 기준 116%로, 2027년 목표 105%까지는 아직 멀다.")
    assert (found.kind, found.target_value, found.reported_value) == ("progress", 105, 116)


def test_how_many_got_what_the_promise_gives_is_measured():
    found = in_a_review("고효율 가전 교체 지원은 10월까지 3만 1,000가구가 받았다.")
    assert (found.kind, found.strength, found.reported_value) == ("progress", "measured", 31000)
    assert standing(in_a_review("기업들은 지원금 5억 원을 받았다.")) is None  # what one got, no count of who


def test_a_lawmakers_turn_in_minutes_is_no_promise_of_the_government():
    body = ("20일 국회 법제사법위원회의 법무부 국정감사 회의록을 정리했다.\n\n"
            "◯맹주완 위원  법무부가 1월에 상반기 중으로 임시 수용동 1,200명분을 짓겠다고 발표했습니다.\n\n"
            "◯법무부교정본부장 노현창  남은 400명분은 연말까지 마치겠습니다.\n\n"
            "◯변태성 위원  저는 교정시설 신축 절차를 앞당기는 특별법을 다음 달 대표 발의하겠습니다.")
    found = [m.sentence for m in mentions(body, date="2025-10-21")]
    assert found == ["남은 400명분은 연말까지 마치겠습니다."]


def test_a_call_chats_lines_are_the_officials_who_write_them_and_nobody_elses():
    body = ("온라인 설명회의 채팅 기록을 그대로 올립니다.\n\n"
            "14:01:08 From 사무국 최다정 to Everyone:\n\n"
            "오늘 설명회는 용세아 사무관님 발표 뒤 채팅으로 질문을 받겠습니다.\n\n"
            "14:24:52 From 기후에너지환경부 용세아 사무관 to Everyone:\n\n"
            "폐의약품 전용 수거함은 지금 6,800곳이고, 연말까지 1만 곳을 채우겠습니다.\n\n"
            "14:37:30 From 사무국 최다정 to Everyone:\n\n"
            "11월부터 참여 약국 120곳에 분류용 봉투를 나눠 드리겠습니다.\n\n"
            "14:38:02 From 강변약국 to 기후에너지환경부 용세아 사무관:\n\n"  # (to an official: still the member's)
            "다음 달부터 우리 약국은 수거함 2개를 더 두겠습니다.")
    found = {m.sentence: m.ministry for m in mentions(body, date="2025-10-22")}
    assert found == {"폐의약품 전용 수거함은 지금 6,800곳이고, 연말까지 1만 곳을 채우겠습니다.": "기후에너지환경부"}


@pytest.mark.parametrize("line", [
    "오늘 설명 감사합니다.",
    "관리비 제도 바뀐 점 9월까지 정리 부탁드립니다.",
    "5월 1일 출항분부터 승선료가 오르는 점도 양해 부탁드립니다.",
])
def test_a_courtesy_or_a_request_said_in_the_present_is_no_deed_to_come(line):
    assert in_a_review(line) is None


def test_a_ministrys_request_to_others_is_a_deed_of_its_own():
    assert in_a_review("교육부는 내년 3월부터 전국 대학에 등록금 동결을 요청한다.") is not None


def test_a_date_said_before_then_told_as_passed_is_this_years():
    # `-다더니`: what was said, then what came of it; the first quarter said is the one gone by
    found = mention_of("금융위 보이스피싱 환급 간소화 방안 1분기에 낸다더니 아직도 감감무소식이네요", "1분기",
                       date="2025-08-12")
    assert (found.kind, found.previous_deadline) == ("delayed", date(2025, 3, 31))


@pytest.mark.parametrize("body", [
    "국민의힘은 정부가 연내 전기요금 인상 방침을 거둬들여야 한다고 주장했다.",  # a party's demand of the government
    "더불어민주당은 정부가 연내 전기요금 인상 방침을 거둬들여야 한다고 주장했다.",
    "추경이 국회를 통과하면 복지부는 다음 달부터 긴급복지 생계지원 금액을 높일 수 있다.",  # what could be, on a condition
])
def test_a_partys_demand_or_a_deed_possible_on_a_condition_is_no_promise(body):
    assert mentions(body, date="2025-10-21") == []


def test_what_the_reader_does_to_get_it_is_no_condition_on_the_promise():
    found = mention_of("고용노동부가 구직자 지원을 늘린다.\n\n구직자는 다음 달부터 고용센터에 신청하면 월 50만 원을 받을 수 있다.",
                       "신청하면", date="2025-06-10")
    assert found is not None and found.target_value == 500_000


def test_an_age_that_makes_one_eligible_is_no_condition_on_the_promise():
    found = mention_of("보건복지부는 국가건강검진을 바꿨다.\n\n청력검사는 올해부터 만 60세 이상이면 받을 수 있습니다.",
                       "청력검사", date="2026-02-10")
    assert found is not None


@pytest.mark.parametrize("body, kind", [
    ("국토부, 경부선 철도 지하화 기본계획 수립 2026년 말→올해 말로 1년 당긴다", "revision"),  # how far, between
    ("문체부가 짓겠다던 국립 e스포츠 전용경기장 그거 결국 없던 일 됐대요", "cancelled"),  # the idiom, spoken
])
def test_a_date_brought_forward_by_how_much_or_a_plan_called_off_in_speech(body, kind):
    found = mentions(body, date="2025-06-25")
    assert found and found[0].kind == kind


def test_a_plan_told_on_course_is_progress():
    found = mentions('국토교통부는 "올해 1~9월 수도권 주택 착공 물량이 19만 호로 2030년까지 135만 호 착공 목표에 맞춰 '
                     '순항하고 있다"고 밝혔다.', date="2025-10-10")
    assert [(m.kind, m.target_value) for m in found] == [("progress", 1_350_000)]


@pytest.mark.parametrize("body, value", [
    ("[변경] 금융위 햇살론 유스 공급 목표: 올해 1,500억 원 → 2,000억 원 (5/30 발표)", 200_000_000_000),
    ("기획재정부가 세법개정안에 담겠다던 소득공제 한도 상향(3,000만 원→5,000만 원)은 예정대로 개정안에 들어갔다.", 50_000_000),
    # a quote closing before the particle: `‘…20곳’에서 ‘…25곳’으로`
    ("복지부는 치매안심병원 지정 목표를 ‘2028년까지 20곳’에서 ‘2027년까지 25곳’으로 상향했다.", 25),
])
def test_the_figure_a_change_leads_to_is_the_target_not_the_one_it_leaves(body, value):
    found = mentions(body, date="2025-06-03")
    assert found and found[0].target_value == value


@pytest.mark.parametrize("body, target", [
    ("해양수산부 차관은 국가어항 전기 충전설비 10곳 가운데 현재 4곳이 설치를 마쳤다고 밝혔다.", 10),
    ("지진 관측소는 목표 500곳 가운데 438곳이 가동되고 있다고 기상청이 밝혔다.", 500),
])
def test_how_far_a_promise_of_the_whole_has_got_targets_the_whole(body, target):
    found = mentions(body, date="2026-03-12")
    assert [(m.kind, m.target_value) for m in found] == [("progress", target)]


@pytest.mark.parametrize("body", [
    "국토부가 박 의원실에 제출한 자료에 따르면 올해 8월 기준 광역철도 사업 12건 가운데 7건이 당초 일정보다 늦어졌다.",
    "국토부가 제출한 자료에 따르면 올해 따로 사는 것처럼 꾸며 지원금을 받은 사례가 470건 적발됐다.",
    "국토부가 박 의원실에 제출한 자료에 의하면 광역철도 사업 12건 가운데 7건이 당초 일정보다 늦어졌다.",
])
def test_a_deed_in_the_words_that_say_where_the_news_comes_from_is_no_report(body):
    assert mentions(body, date="2025-09-10") == []


def test_a_ministrys_plan_carried_out_with_others_named_beside_it_is_the_ministrys():
    found = mentions("○ 국토부와 지방자치단체는 관리비 민원이 많은 500개 단지를 상반기 중 합동 점검할 계획입니다.",
                     date="2025-01-23")
    assert [(m.ministry, m.target_value) for m in found] == [("국토교통부", 500)]
    assert mentions("시민단체는 관리비 민원이 많은 500개 단지를 상반기 중 점검할 계획입니다.", date="2025-01-23") == []


@pytest.mark.parametrize("body, kind", [
    ("중기부는 로컬 창업 융자의 상반기 출시가 무산돼 하반기로 미뤘다.", "delayed"),  # the date fell through, moved
    ("중기부는 융자 출시를 하반기로 미뤘다가 결국 무산됐다고 밝혔다.", "cancelled"),  # moved, then given up
])
def test_a_date_that_fell_through_and_was_moved_is_a_delay(body, kind):
    found = mentions(body, date="2026-11-25")
    assert found and found[0].kind == kind


@pytest.mark.parametrize("body, kind, target", [
    ("청년고용올케어 센터는 3월까지 120곳을 열 계획이었지만 현재 문을 연 곳은 84곳이다.", "delayed", 120),  # the plan it was
    ("고용노동부는 연말까지 120곳을 열 계획이었지만 예산이 깎여 80곳으로 줄였다.", "revision", 80),
    ("고용노동부는 연말까지 120곳을 열 계획이다.", "new", 120),  # the plan it is
])
def test_the_plan_it_was_then_what_came_of_it_is_news_of_that_plan(body, kind, target):
    found = mention_of("고용노동부는 청년 지원을 늘린다고 밝혔다.\n\n" + body, body[:10], date="2025-05-10")
    assert (found.kind, found.target_value) == (kind, target)


def test_a_trial_under_way_is_progress():
    found = in_a_review("국토교통부는 전국 공공도서관 820곳의 전자책을 연결해 시험 운영을 하고 있습니다.")
    assert found.kind == "progress"
    assert in_a_review("국토교통부는 공공도서관 사업 설명을 하고 있습니다.") is None
    assert in_a_review("교육부는 올해 수능 시험 관리를 하고 있다.") is None  # an exam, no trial
    # a trial begun, the day between (`시범 운영을 이날 시작했다`), toward the service promised
    for when in ("이날", "20일"):
        found = mention_of(f"국세청은 연내 도입하기로 한 '원클릭 환급' 서비스의 시범 운영을 {when} 시작했다.", "시범",
                           date="2026-10-20")
        assert found.kind == "progress"


def test_ground_broken_is_the_start_of_works_or_the_promise_kept():
    assert in_a_review("법무부가 짓기로 한 교정시설 두 곳 가운데 화성 시설은 지난 9월 첫 삽을 떴다.").kind == "progress"
    assert in_a_review("하반기 착공을 약속했던 공동 생산시설이 지난 12일 첫 삽을 떴다.").kind == "achieved"
    # a 착공 named as history, not as the promise
    found = in_a_review("법무부가 짓기로 한 교정시설 두 곳 가운데 지난해 착공한 1단계에 이어 2단계도 지난 9월 첫 삽을 떴다.")
    assert found.kind == "progress"


def test_a_deed_kept_to_the_date_it_was_put_off_to_has_no_date_missed():
    found = in_a_review("지난해 9월에서 올해 3월로 미뤘던 축산물 온라인 거래는 예정대로 3월 첫 거래를 했다.")
    assert (found.kind, str(found.deadline), found.previous_deadline) == ("achieved", "2026-03-31", None)
    found = in_a_review("상반기에서 9월로 한 차례 미뤘던 5년물 국채는 예정대로 지난해 9월 첫 발행됐다.")
    assert (found.kind, found.previous_deadline) == ("achieved", None)


def test_a_figure_stated_with_the_copula_is_no_plan():
    # Kiwi reads `121%입니다` as 이/VV: still what something is, not an action scheduled
    assert in_a_review("전국 교정시설 수용률은 9월 말 기준 121%입니다.") is None
    assert in_a_review("국토교통부는 내년 3월 새 예매 시스템을 도입합니다.").kind == "new"


def test_a_count_reached_then_how_the_rest_can_be_done_is_progress():
    found = in_a_review("교정직은 상반기 공채로 620명이 현장에 배치됐고, 하반기 채용을 마치면 연내 1,000명을 채울 수 있습니다.")
    assert (found.kind, found.target_value, found.reported_value) == ("progress", 1000, 620)


def test_a_deed_done_everywhere_or_in_full_is_achieved():
    assert in_a_review("교육부의 'AI 통번역 학습 도우미'는 9월 모든 초·중학교에 보급됐다.").kind == "achieved"
    assert in_a_review("교육부는 AI 통번역 도우미를 9월 전면 보급했다.").kind == "achieved"
    assert in_a_review("교육부는 모든 학교가 신청했지만 300곳에 보급했다.").kind == "progress"  # `모든` a clause away
    assert in_a_review("행정안전부는 태양광 패널 120장을 청사 전면에 설치했다.").kind == "progress"  # the front face
    assert in_a_review("국토교통부는 공모에 낸 모든 후보지를 평가했다.") is None  # each one gone through, no deed done


def test_finishing_the_work_is_achieved():
    found = in_a_review("교육부는 2월 말 학교 놀이시설 214곳의 보수를 모두 끝냈다.")
    assert (found.kind, found.target_value) == ("achieved", 214)
    found = in_a_review("이번에 ASF가 나온 농장은 설치를 끝낸 곳이었지만, 분뇨 시설에서 바이러스가 검출됐다.")
    assert found is None or found.kind != "achieved"  # what a place is, no deed
    found = in_a_review("국토교통부 장관은 5일간의 미국 출장 일정을 끝냈다.")  # a trip over, no deed
    assert found is None or found.kind != "achieved"
    found = in_a_review("교육부는 결국 끝내 계획을 발표하지 않았다.")  # the adverb 끝내 (at last)
    assert found is None or found.kind != "achieved"


def test_circled_numbers_inline_are_points_of_their_own():
    body = ("문화체육관광부는 야영장 안전 대책을 내놨다. 정리하면 ① 올해 등록 야영장 3,400곳 전수 점검 "
            "② 6월까지 글램핑장 1,100곳 점검 ③ 안전등급 표시는 내년 상반기 도입이다.")
    points = [m for m in mentions(body, date="2025-05-28") if m.sentence.startswith(("①", "②", "③"))]
    assert [m.target_value for m in points[:2]] == [3400, 1100]
    assert [str(m.deadline) for m in points[:2]] == ["2025-12-31", "2025-06-30"]
    # marks cited in brackets are a figure's references, not points in a row
    body = "보건복지부는 1단계(①)로 올해 요양병원 500곳, 2단계(②)로 2027년까지 1,000곳에 간병 인력을 배치한다."
    assert not any(m.sentence.startswith(("①", "②")) or ")로" in m.sentence[:4] for m in mentions(body, date="2025-05-28"))


@pytest.mark.parametrize("label", ["[한눈에 보기]", "[센터 알림 요약]", "[정부 후속 조치]", "[알림]",
                                   "[이달의 알림]", "[출판사 한 줄]", "[안전 한 줄]",  # (a page's own words before `알림`, `한 줄`)
                                   "[편집부 한 줄 정리]", "[농장 한 줄 메모]", "✏ 한 줄 메모:", "한 줄 정리:",
                                   # a label of words before a colon: who sums up, what changes, a jury's verdict
                                   "국토부 답변 요약:", "📢 달라지는 점:", "📌 심사위원 한 줄 평:"])
def test_a_bracketed_summary_of_measures_is_read_point_by_point(label):
    body = (f"{label} 노쇼 위약금 최대 20%(상반기 중) · 예약 보증금 시스템 1만 곳 지원(올해)\n\n"
            "공정거래위원회는 지난 26일 노쇼 대책을 발표했습니다.")
    found = {m.sentence: (m.target_value, str(m.deadline)) for m in mentions(body, date="2025-02-27")}
    assert found["노쇼 위약금 최대 20%(상반기 중)"] == (20, "2025-06-30")
    assert found["예약 보증금 시스템 1만 곳 지원(올해)"] == (10000, "2025-12-31")


def test_a_summary_lines_points_between_middle_dots_are_a_mention_each():
    body = ("회원 어르신들께 알려드립니다.\n\n"
            "한눈에: 주 5일 점심 경로당 연말까지 1만 곳 · 정부양곡 70% 할인(7월부터) · 냉방비 월 15만 원(7월부터)\n\n"
            "보건복지부가 지난 5일 '경로당 활성화 방안'을 발표했습니다.")
    found = {m.sentence: (m.target_value, str(m.deadline)) for m in mentions(body, date="2025-06-10")}
    assert found["주 5일 점심 경로당 연말까지 1만 곳"] == (10000, "2025-12-31")
    assert found["정부양곡 70% 할인(7월부터)"] == (70, "2025-07-31")
    assert found["냉방비 월 15만 원(7월부터)"] == (150000, "2025-07-31")
    # a label after a mark, in words (`📌 한 줄 요약:`), and as the first line, which is read as the deck
    body = "📌 한 줄 요약: 쉼터 200곳(올해 말까지) · 전선 정비 100개 시장(2026년까지)\n\n소방청은 6월 말까지 시장 1,000곳을 점검한다."
    found = {m.sentence: (m.target_value, str(m.deadline)) for m in mentions(body, date="2025-05-27")}
    assert found["쉼터 200곳(올해 말까지)"] == (200, "2025-12-31")
    assert found["전선 정비 100개 시장(2026년까지)"] == (100, "2026-12-31")
    # a label of what changes, and points set apart by commas, each closing on its bracketed date
    body = ("[이렇게 바뀝니다] 구독 중도 해지 의무화(하반기부터) · 요금 인상 30일 전 개별 고지(7월부터)\n\n"
            "- 핵심: 관리 인원 17명 → 10명(2026년까지), 위치추적 관제센터 3곳(연내), 보호관찰관 300명 증원(올해)\n\n"
            "방송통신위원회와 법무부가 지난 13일 방안을 내놓았다.")
    found = {m.sentence: (m.target_value, str(m.deadline)) for m in mentions(body, date="2025-02-18")}
    assert found["요금 인상 30일 전 개별 고지(7월부터)"][1] == "2025-07-31"
    assert found["위치추적 관제센터 3곳(연내)"] == (3, "2025-12-31")
    assert found["보호관찰관 300명 증원(올해)"] == (300, "2025-12-31")
    # (commas join a sentence's parts: a summary that closes as a sentence is one, whatever its brackets)
    body = "핵심: 법무부는 관제센터를 3곳, 보호관찰관을 300명으로 연내 늘린다."
    assert len(mentions(body, date="2025-02-18")) == 1
    body = "핵심: 법무부는 관제센터 3곳(연내), 보호관찰관 300명을 2026년까지 늘린다."
    assert all(m.sentence.startswith("핵심") for m in mentions(body, date="2025-02-18"))
    # (nor a piece that leads into the next: `…대도시 중심으로, 2026년까지 …`)
    body = "요약: 환경부는 수요가 많은 대도시 중심으로, 2026년까지 충전기 5만 기 확충"
    assert all(m.sentence.startswith("요약") for m in mentions(body, date="2025-02-18"))
    # points some bracketed and some not, none a sentence: points all the same
    body = "핵심: 법무부 관제센터 3곳(연내), 보호관찰관 300명 증원, 관리 인원 10명(2026년까지)"
    found = {m.sentence: m.target_value for m in mentions(body, date="2025-02-18")}
    assert found.get("법무부 관제센터 3곳(연내)") == 3 and found.get("관리 인원 10명(2026년까지)") == 10
    # points set apart by commas or slashes, none closing as a sentence does, under a label that may name
    # who summed them up or what (`※ 요약(사무국):`, `[공고 요약]`)
    body = ("회원 여러분께 알려드립니다.\n\n"
            "※ 요약(사무국): 수거함은 연말 1만 곳 목표 그대로, 물약 회수 시범은 내년 상반기까지 10개 시군구\n\n"
            "[공고 요약] 올해 선정 1,000팀 / 팀당 사업화 자금 한도 내년부터 5,000만 원으로 확대\n\n"
            "기후에너지환경부와 중소벤처기업부가 지난 20일 계획을 내놓았다.")
    found = {m.sentence: (m.target_value, str(m.deadline)) for m in mentions(body, date="2025-10-22")}
    assert found["수거함은 연말 1만 곳 목표 그대로"] == (10000, "2025-12-31")
    assert found["물약 회수 시범은 내년 상반기까지 10개 시군구"] == (10, "2026-06-30")
    assert found["올해 선정 1,000팀"] == (1000, "2025-12-31")
    assert found["팀당 사업화 자금 한도 내년부터 5,000만 원으로 확대"] == (50000000, "2026-12-31")
    # middle dots in a sentence with no summary's label join names, not points
    body = "보건복지부는 서울 · 부산 · 대구에서 연말까지 경로당 1만 곳에 점심을 제공한다."
    assert [m.sentence for m in mentions(body, date="2025-06-10")] == [body]


@pytest.mark.parametrize("line, kind", [
    ("산업부 반도체 특화단지 용수 공급 시설 완공 2026년→2027년 연기됨", "delayed"),  # a memo's `~됨`: told as done
    ("재경부: 간이과세 기준 상향 세법 개정안 제출 시기 상반기→1분기로 앞당김", "revision"),
    ("산업부, 중소기업 수출 물류비 바우처 신설 계획 철회함", "cancelled"),
    ("산업부: 수출 바우처 지원 기업 2,500곳 연내 선정 완료함", "new"),  # a deed before its date ahead: the plan
    ("교육부는 2026년 제1회 검정고시 접수부터 온라인 접수를 시행하였음.", "achieved"),  # told in the past
    # (Kiwi reads these endings as a noun made of the verb: the same memo ending)
    ("법무부 세 번째 관제센터는 당초 지난해 12월 개소 예정이었으나 올해 1월 문을 엶.", "achieved"),
    ("법무부 피해자 보호장치 앱 2.0은 지난해 12월 출시됨.", "achieved"),
])
def test_a_memos_noun_endings_tell_a_change_or_a_deed_as_a_headline_does(line, kind):
    found = mention_of("관련 소식입니다.\n\n" + line, line[:8], date="2026-02-25")
    assert found is not None and found.kind == kind


@pytest.mark.parametrize("line, kind", [
    ("국토부 쉼터 200곳 완공 계획 철회 검토함", "new"),  # what is to be done about it, not done
    ("국토부 쉼터 200곳 연내 착공 완료 여부 확인 필요함", "new"),
])
def test_a_memos_ending_on_what_is_to_be_done_is_no_deed(line, kind):
    found = mention_of("관련 소식입니다.\n\n" + line, line[:8], date="2026-02-25")
    assert found is not None and found.kind == kind


def test_a_memos_ending_on_a_verb_of_saying_is_minutes_not_a_plan():
    assert mention_of("관련 소식입니다.\n\n복지부 과장이 2027년 사업계획(안)을 설명함.", "복지부", date="2026-02-25") is None
    # a memo's plan to announce or give notice is still a plan, and an ending inside brackets still ends it
    assert mention_of("관련 소식입니다.\n\n○ 중기부 12월 중 소상공인 종합대책 발표함", "○ 중기부", date="2026-02-25").kind == "new"
    assert mention_of("관련 소식입니다.\n\n- 방미통위 통합 해지 창구 개설 (2027년 3월로 연기됨)", "- 방미통위",
                      date="2026-02-25").kind == "delayed"


def test_we_in_an_officials_quote_is_the_ministry():
    body = "과학기술정보통신부 관계자는 \"저희는 연말까지 통신시설 870곳의 이중화를 모두 마치겠습니다\"라고 말했다."
    assert [m.ministry for m in mentions(body, date="2025-03-13")] == ["과학기술정보통신부"]


@pytest.mark.parametrize("body, deadline", [
    ("7월부터는 장애가 30분 넘게 이어지면 통신사가 가입자에게 문자로 알려야 합니다(방통위).", "2025-07-31"),
    ("① 4월부터 국비를 지원받는 지역축제는 먹거리 부스의 가격을 미리 공개해야 합니다(문화체육관광부).", "2025-04-30"),
])
def test_a_duty_on_others_from_a_day_ahead_credited_to_a_body_is_its_new_rule(body, deadline):
    [m] = mentions(body, date="2025-01-21")
    assert (m.kind, str(m.deadline)) == ("new", deadline)


@pytest.mark.parametrize("body", [
    "정부는 내년부터 통신사가 장애를 문자로 알리도록 제도를 바꿔야 한다(방통위).",  # (the government urged: a demand)
    "7월부터는 장애가 30분 넘게 이어지면 모두가 조심해야 합니다.",  # (no body made it: a warning)
    "장애가 30분 넘게 이어지면 통신사가 가입자에게 문자로 알려야 합니다(방통위).",  # (no day it starts)
])
def test_a_demand_a_warning_or_a_duty_with_no_day_is_no_rule(body):
    assert mentions(body, date="2025-01-21") == []


@pytest.mark.parametrize("opening", ["개선 방안에 따르면", "'반려동물 장묘 서비스 개선 방안'에 따르면", "이번 대책에 따르면"])
def test_a_duty_on_others_from_a_day_ahead_in_the_plan_a_body_announced_is_its_new_rule(opening):
    body = ("농림축산식품부는 23일 '반려동물 장묘 서비스 개선 방안'을 발표했다. " + opening
            + " 오는 7월부터 동물장묘업체는 화장·봉안·장례용품 가격을 업소 안과 홈페이지에 반드시 게시해야 한다.")
    [m] = [m for m in mentions(body, date="2025-04-24") if "게시" in m.sentence]
    assert (m.kind, m.ministry, str(m.deadline)) == ("new", "농림축산식품부", "2025-07-31")


@pytest.mark.parametrize("body", [
    # not opened on the plan: whoever says businesses must, it is a view
    "농림축산식품부는 23일 개선 방안을 발표했다. 업계에서는 오는 7월부터 동물장묘업체도 가격을 게시해야 한다는 목소리가 나온다.",
    "농림축산식품부는 23일 개선 방안을 발표했다. 전문가들은 7월부터 동물장묘업체가 가격을 게시해야 한다고 지적한다.",
    # the plan's, but with no day it starts, or a day it ends by
    "농림축산식품부는 23일 개선 방안을 발표했다. 개선 방안에 따르면 동물장묘업체는 가격을 게시해야 한다.",
    "농림축산식품부는 23일 개선 방안을 발표했다. 개선 방안에 따르면 동물장묘업체는 연말까지 가격을 게시해야 한다.",
    # someone else's plan
    "농림축산식품부는 23일 개선 방안을 발표했다. 업계 자율 계획에 따르면 7월부터 동물장묘업체는 가격을 게시해야 한다.",
])
def test_a_duty_not_from_the_plan_or_from_no_day_is_no_rule(body):
    assert [m for m in mentions(body, date="2025-04-24") if "게시" in m.sentence] == []


@pytest.mark.parametrize("body", [
    "산업통상자원부는 10일 반도체 지원 방안을 발표했다. 엔비디아 공급 계획에 따르면 엔비디아는 내년까지 한국에 GPU 26만 장을 공급한다.",
    "산업통상자원부는 10일 반도체 지원 방안을 발표했다. 삼성전자 투자 계획에 따르면 삼성전자는 2030년까지 평택에 공장 2곳을 짓는다.",
    "국토교통부는 10일 대책을 발표했다. 야당 대책에 따르면 내년부터 건설사는 공공임대주택 비율을 30%로 높여야 한다.",
])
def test_a_companys_or_a_partys_plan_is_not_the_bodys(body):
    assert [m for m in mentions(body, date="2025-03-10") if "따르면" in m.sentence] == []


def test_a_quote_is_the_one_s_named_after_it_with_said_thus():
    body = "“연말까지 노후 공공임대주택 1만 2,000가구의 리모델링을 끝내겠습니다.” 국토교통부 장관은 2일 인터뷰에서 이렇게 말했다."
    [m] = mentions(body, date="2025-07-15")
    assert (m.kind, m.ministry, m.target_value) == ("new", "국토교통부", 12000)
    # (a citizen's wish, said thus, is no body's)
    assert mentions("“내년에는 버스가 더 자주 다니겠습니다.” 한 시민은 이렇게 말했다.", date="2025-07-15") == []


@pytest.mark.parametrize("body", [
    "행정안전부가 주최하는 정부혁신 박람회는 다음 달 14일부터 사흘간 서울 코엑스에서 열린다.",
    "· 2026년 반딧불이 축제는 6월 12일(금)부터 14일(일)까지 솔매천 일원에서 열립니다.",
    "정책 설명회가 오는 20일 세종청사에서 개최된다.",
])
def test_an_events_schedule_is_no_promise(body):
    assert mentions(body, date="2025-07-15") == []


def test_the_weather_forecast_is_no_plan_whoever_gives_it():
    assert mentions("기상청은 17일까지 남부지방에 시간당 최대 50mm의 강한 비가 내리겠다고 예보했다.", date="2025-07-15") == []
    [m] = mentions("기상청은 연말까지 예보관 100명을 늘리겠다고 밝혔다.", date="2025-07-15")
    assert m.target_value == 100


def test_a_target_moved_beside_a_date_put_back_is_a_revision():
    body = ("국토부는 연말까지 끝내기로 했던 리모델링 물량을 1만 2,000가구에서 1만 5,000가구로 늘리고, "
            "완료 시점도 내년 6월로 조정했다.")
    [m] = mentions(body, date="2025-07-15")
    assert (m.kind, m.target_value, str(m.deadline)) == ("revision", 15000, "2026-06-30")
    [m] = mentions("국토부는 리모델링 준공을 연말에서 내년 3월로 조정했다.", date="2025-07-15")
    assert m.kind == "delayed"  # (a date moved alone)


def test_we_after_an_official_named_is_their_body():
    body = ("김민수 국토교통부 주택정책관은 2일 기자와 만나 공급 계획을 설명했다.\n\n"
            "저희는 연말까지 공공임대주택 1만 가구를 추가로 공급하겠습니다.")
    assert [(m.ministry, m.target_value) for m in mentions(body, date="2025-07-15")] == [("국토교통부", 10000)]
    # (an official named paragraphs before, and another after, leave a firm's `저희` its own)
    body = ("김민수 국토교통부 주택정책관은 2일 공급 계획을 설명했다.\n\n조합원들은 걱정이 많았다.\n\n"
            "단지 입구에는 안내문이 붙었다.\n\n저희는 6월까지 입주민 상담 창구 3곳을 자체로 열겠습니다.\n\n"
            "이어 박서연 국토교통부 과장은 연말까지 공공임대주택 1만 가구를 공급하겠다고 밝혔다.")
    assert [m.target_value for m in mentions(body, date="2025-07-15")] == [10000]


def test_we_after_an_official_quoted_is_the_pages_writer():
    # the official's own words were in the quote; the shop's `저희` outside it, after, is the shop
    body = ("국토교통부 주택정책과 박하늘 과장은 설명회에서 \"상반기 중 보도 설계 지침을 고치겠다\"고 말했습니다. "
            "저희는 지침이 나오기 전이지만 올해부터 모든 현장에 같은 원칙을 적용합니다.")
    assert [m.sentence.split()[0] for m in mentions(body, date="2025-04-02")] == ["국토교통부"]
    # (told of, not quoted: an interview's `저희` is still the official's body)
    body = ("김민수 국토교통부 주택정책관은 설명회에서 공급 계획을 설명했습니다. "
            "저희는 연말까지 공공임대주택 1만 가구를 추가로 공급하겠습니다.")
    assert [m.ministry for m in mentions(body, date="2025-07-15")] == ["국토교통부"]
    # (a plan's name in quotes is no quoted speech)
    body = ("김민수 국토교통부 주택정책관은 설명회에서 '공공임대 확대' 계획을 설명했습니다. "
            "저희는 연말까지 공공임대주택 1만 가구를 추가로 공급하겠습니다.")
    assert [m.ministry for m in mentions(body, date="2025-07-15")] == ["국토교통부"]


@pytest.mark.parametrize("body", [
    "푸름군은 6월까지 3코스 입구에 안내 요원 5명을 배치하기로 했습니다.",  # (Kiwi: 푸름 + 군/NNB)
    "하늘시는 6월까지 3코스 입구에 안내 요원 5명을 배치하기로 했습니다.",  # (Kiwi: 하늘/NNG + 시/NNG)
])
def test_a_city_or_county_kiwi_cuts_otherwise_plans_its_own_business(body):
    assert _after_a_ministrys_promise(body) == []


def test_a_quote_of_several_sentences_is_the_one_s_named_after_it():
    body = ("“올해 안에 법안을 내겠습니다. 연말까지 노후 공공임대주택 1만 2,000가구의 리모델링을 끝내겠습니다.” "
            "국토교통부 장관은 2일 인터뷰에서 이렇게 말했다.")
    found = mentions(body, date="2025-07-15")
    assert [m.ministry for m in found] == ["국토교통부", "국토교통부"] and found[1].target_value == 12000


@pytest.mark.parametrize("moved", ["예산을 300억 원에서 450억 원으로 늘리고", "보급률 목표를 30%에서 40%로 높이고"])
def test_money_or_a_rate_moved_beside_a_date_put_back_is_a_revision(moved):
    body = f"국토부는 연말까지 끝내기로 했던 사업의 {moved}, 완료 시점도 내년 6월로 조정했다."
    assert [m.kind for m in mentions(body, date="2025-07-15")] == ["revision"]


def test_a_warning_to_all_credited_to_a_body_is_no_rule():
    assert mentions("7월부터는 장애가 30분 넘게 이어지면 모두가 조심해야 합니다(방통위).", date="2025-01-21") == []


def test_a_summarys_commas_split_its_points_whatever_dash_one_holds_and_a_spaced_verdict_with_a_colon():
    body = ("[요약] 예약 보증금 시스템 1만 곳 지원(올해), 노쇼 위약금 최대 20%(상반기 중), 분쟁조정 창구 — 신설(연내)\n\n"
            "공정거래위원회와 중소벤처기업부는 지난 26일 노쇼 대책을 발표했습니다.")
    found = {m.sentence: m.target_value for m in mentions(body, date="2025-02-27")}
    assert found.get("예약 보증금 시스템 1만 곳 지원(올해)") == 10000 and found.get("노쇼 위약금 최대 20%(상반기 중)") == 20
    body = ("✅ 진행 중: A·B급 통신시설 870곳 이중화 — 11월 현재 804곳 (과기정통부)\n\n"
            "⚠ 지연: 장애 보상 기준 개정(내년 3월로) (과기정통부)")
    row = mentions(body, date="2026-11-26")[0]
    assert (row.kind, row.target_value, row.reported_value) == ("progress", 870, 804)


def test_the_pages_own_house_told_as_ours_is_no_ministry():
    body = ("농림축산식품부는 7월부터 모든 동물병원에 진료비 게시 의무를 확대한다.\n\n"
            "우리 병원은 3월부터 일부 검사 비용을 5% 조정합니다.\n\n저희 학교는 2학기부터 장학금 50명을 새로 뽑습니다.")
    assert [m.sentence[:8] for m in mentions(body, date="2025-03-13")] == ["농림축산식품부는"]
    # `우리 정부` is the government
    assert mention_of("우리 정부는 연말까지 공공병원 100곳을 짓겠다.", "우리 정부", date="2025-03-13") is not None


def test_a_verdict_word_before_a_colon_alone_is_no_trackers_line():
    body = "관련 소식입니다.\n\n진행: 국토부는 올해 말까지 쉼터 200곳을 짓겠다고 밝혔다."
    assert [(m.kind, m.target_value) for m in mentions(body, date="2025-06-10")] == [("new", 200)]
    assert mentions("관련 소식입니다.\n\n변경: 행사 장소가 세종청사 대강당으로 바뀌었습니다.", date="2025-06-10") == []
    # a tracker's lines together are read, a count of a whole as the goal (`200곳 중 120곳`)
    body = "⏳ 진행: 쉼터 200곳 중 120곳 완공(연말까지)\n\n✖ 무산: 바다낚시 면허제(7월 철회)"
    found = {m.sentence: m for m in mentions(body, date="2025-06-10")}
    assert (found["쉼터 200곳 중 120곳 완공(연말까지)"].target_value,
            found["쉼터 200곳 중 120곳 완공(연말까지)"].reported_value) == (200, 120)


def test_a_recalled_promises_date_on_track_stays_the_one_ahead():
    found = mention_of("금융위원회가 상반기까지 내놓겠다고 한 방안은 차질 없이 준비 중이다.", "금융위원회", date="2025-08-26")
    assert found.deadline == date(2026, 6, 30)


def test_a_date_brought_forward_or_a_plan_withdrawn_is_a_change_of_course():
    assert mention_of("중기부가 원래 다음 달에 열겠다던 판로 플랫폼을요, 이번 달 말로 당겼거든요.", "판로",
                      date="2025-04-17").kind == "revision"
    assert mention_of("재경부는 가상자산 과세를 내년부터 시행하겠다던 방침을 거둬들였다.", "가상자산",
                      date="2026-03-10").kind == "cancelled"
    # pulled or taken back, no plan: no change of course
    assert mention_of("정부는 투자금을 모두 거둬들였다.", "투자금", date="2026-03-10") is None


def test_a_recalled_promises_date_whose_time_is_over_this_year_is_this_years():
    # said in July: the first half promised was this year's, not next year's
    found = mention_of("방통위가 상반기까지 끝내겠다고 했던 단말기 고시 정비는 아직도 끝나지 않았다.", "방통위",
                       date="2025-07-25")
    assert found.kind == "delayed"
    assert (found.deadline or found.previous_deadline) == date(2025, 6, 30)


def test_a_trackers_summary_lines_under_its_verdicts_are_a_report_of_that_kind_each():
    body = ("오늘 다룬 약속을 정리했습니다.\n\n"
            "✅ 이행: 1인 병원 진료비 게시(1월) · 학자금 상환 세액공제 20%(재정경제부)\n\n"
            "⏳ 진행: 택배 휴게시설 263곳(목표 300곳)\n\n"
            "⚠ 지연: 대학원생 상환 대출(내년 3월로)\n\n"
            "✖ 무산: 바다낚시 면허제(7월 철회)\n\n"
            "✏ 변경: V-Pass 교체 4,300→3,500척")
    found = {m.sentence: m for m in mentions(body, date="2026-11-24")}
    assert {s: m.kind for s, m in found.items()} == {
        "1인 병원 진료비 게시(1월)": "achieved", "학자금 상환 세액공제 20%(재정경제부)": "achieved",
        "택배 휴게시설 263곳(목표 300곳)": "progress", "대학원생 상환 대출(내년 3월로)": "delayed",
        "바다낚시 면허제(7월 철회)": "cancelled", "V-Pass 교체 4,300→3,500척": "revision"}
    assert found["학자금 상환 세액공제 20%(재정경제부)"].ministry == "재정경제부"
    assert found["1인 병원 진료비 게시(1월)"].ministry is None  # (no body named: the promise it reports says)
    assert (found["택배 휴게시설 263곳(목표 300곳)"].target_value, found["택배 휴게시설 263곳(목표 300곳)"].reported_value) == (
        300, 263)
    assert str(found["대학원생 상환 대출(내년 3월로)"].deadline) == "2027-03-31"
    assert found["V-Pass 교체 4,300→3,500척"].target_value == 3500
    # a label that is no verdict is no tracker's line
    assert [m.kind for m in mentions("참고: 교육부는 내년 3월까지 대출 제도를 바꾼다.", date="2026-11-24")] == ["new"]
    # a wiki's talk page moves items to a verdict (`무산으로:`, `보류로:`)
    body = ("판정이 바뀌는 항목입니다.\n\n:* 무산으로: 정당 현수막 제한 · 전담 병상 17곳\n\n"
            ":* 보류로: 통합 해지 창구(2027년 3월로)")
    assert {m.sentence: m.kind for m in mentions(body, date="2026-11-24")} == {
        "정당 현수막 제한": "cancelled", "전담 병상 17곳": "cancelled", "통합 해지 창구(2027년 3월로)": "delayed"}


def test_a_trackers_section_heading_gives_the_items_under_it_their_kind():
    body = ("말과셈은 해마다 정부 부처의 약속을 세어 보고 상을 줍니다.\n\n"
            "🏆 개근상 — 약속한 때에 지킨 약속\n\n· 문신 염료 안전기준 — 2025년 9월 고시 (식약처)\n\n"
            "⏰ 지각상 — 늦었지만 지킨 약속\n\n· 수요응답형 버스 통합 호출 앱 — 2025년 하반기에서 미뤄져 올해 6월 출시 (국토부)\n\n"
            "🐢 끈기상 — 아직 가는 중인 약속\n\n· 배추 스마트 저장고 10곳 — 지금 7곳, 기한 2026년까지 (농식품부)\n\n"
            "🔄 변신상 — 목표나 기한이 바뀐 약속\n\n· 문신사 위생교육 — 해마다 8시간에서 4시간으로 줄이고 2027년부터 시행 (복지부)\n\n"
            "⌛ 기다림상 — 기한을 넘긴 약속\n\n· 배추 계약재배 30% — 2027년에서 2028년으로 (농식품부)\n\n"
            "■ 지키지 못한 공약\n\n· 디지털 점검원 1,000명 — 870명에 그침 (성평등부)\n\n"
            "👻 실종상 — 없던 일이 된 약속\n\n· 시민용 불법촬영 탐지 앱 — 개인정보 우려로 출시 철회 (경찰청)\n\n"
            "🌱 신인상 — 올해 새로 나온 약속\n\n· 민간 개방화장실 비상벨 1만 곳 — 2027년까지 (행안부)\n\n"
            "■ 심사위원 한마디\n\n기다림상 다섯 개 가운데 세 개가 사람과 돈이 드는 약속이었습니다.")
    found = {m.sentence: m for m in mentions(body, date="2026-11-27")}
    kinds = {s[2:8]: m.kind for s, m in found.items() if s.startswith("· ")}
    assert kinds == {"문신 염료 ": "achieved", "수요응답형 ": "achieved", "배추 스마트": "progress", "문신사 위생": "revision",
                     "배추 계약재": "delayed", "디지털 점검": "delayed", "시민용 불법": "cancelled", "민간 개방화": "new"}
    assert found["· 배추 스마트 저장고 10곳 — 지금 7곳, 기한 2026년까지 (농식품부)"].ministry == "농림축산식품부"
    assert str(found["· 민간 개방화장실 비상벨 1만 곳 — 2027년까지 (행안부)"].deadline) == "2027-12-31"
    assert not any("한마디" in s or "개근상" in s for s in found)  # (the headings themselves report nothing)
    # a late item's missed date: the one it moved from, or the one it ran up to and fell short by
    assert str(found["· 배추 계약재배 30% — 2027년에서 2028년으로 (농식품부)"].previous_deadline) == "2027-12-31"
    assert str(found["· 배추 계약재배 30% — 2027년에서 2028년으로 (농식품부)"].deadline) == "2028-12-31"
    body = ("🏆 개근상 — 지킨 약속\n\n· 비축 배추 5,000톤 봄 방출 — 2025년 3월 (농식품부)\n\n"
            "⌛ 기다림상 — 기한을 넘긴 약속\n\n· 디지털 점검원 1,000명 — 2025년 말까지 870명에 그침 (성평등부)\n\n"
            "✅ 이행: 1인 병원 진료비 게시(1월) · 학자금 상환 세액공제 20%(재정경제부)\n\n⚠ 지연: 쉼터 200곳(올해 말까지)")
    found = {m.sentence: m for m in mentions(body, date="2026-11-27")}
    assert str(found["· 디지털 점검원 1,000명 — 2025년 말까지 870명에 그침 (성평등부)"].previous_deadline) == "2025-12-31"
    assert found["1인 병원 진료비 게시(1월)"].kind == "achieved"  # (a verdict's own line ends the heading's items)
    assert found["쉼터 200곳(올해 말까지)"].previous_deadline is None  # (a day still ahead is no date missed)
    # one heading alone is no tracker's sections, and an item with no figure, date or body reports nothing
    assert mentions("■ 대통령의 새 약속\n\n· 다음 주 국무회의에서 논의 예정\n\n· 참석자: 홍길동, 김철수", date="2025-10-01") == []
    body = ("🏆 개근상 — 지킨 약속\n\n· 문신 염료 안전기준 — 2025년 9월 고시 (식약처)\n\n⌛ 기다림상 — 기한을 넘긴 약속\n\n"
            "· 참석자: 홍길동, 김철수")
    assert [m.sentence for m in mentions(body, date="2026-11-27")] == ["· 문신 염료 안전기준 — 2025년 9월 고시 (식약처)"]
    # a heading's verdict ends at the first paragraph that is no list item
    body = "🏆 개근상 — 약속한 때에 지킨 약속\n\n심사는 회원 17명이 했습니다.\n\n· 국토교통부는 2027년까지 정류장 500곳을 새로 짓겠다고 밝혔다"
    assert [m.kind for m in mentions(body, date="2026-11-27")] == ["new"]


def test_a_trackers_own_section_names_give_their_items_the_kind_its_legend_says():
    body = ("올해도 다섯 가지 약속을 '주문'으로 보고 영수증을 끊었습니다. 결제 완료는 이행, 배송 중은 진행 중, 주문 변경은 목표나 "
            "기한이 바뀐 약속, 배송 지연은 기한을 넘긴 약속, 주문 취소는 무산, 신규 주문은 새로 나온 약속입니다.\n\n"
            "[결제 완료 ✔]\n\n· 영상 심폐소생술 안내 18개 시도 — 2025년 6월 모두 도입 (소방청)\n\n"
            "[배송 중 🚚]\n\n· 개방형 AED 보관함 1만 곳 — 지금 8,900곳, 기한 2026년까지 (복지부)\n\n"
            "[배송 지연 ⏳]\n\n· 새내기 해녀 100명 — 2025년 91명에 그침 (해수부)\n\n"
            "[주문 취소 ✖]\n\n· 왕진버스 처방약 택배 — 약사법 문제로 없던 일 (농식품부)\n\n"
            "[신규 주문 🆕]\n\n· 초등 5·6학년 심폐소생술 체험 수업 — 2027년부터 (교육부)")
    found = {m.sentence[2:8]: m.kind for m in mentions(body, date="2026-11-27")}
    assert found == {"영상 심폐소": "achieved", "개방형 AE": "progress", "새내기 해녀": "delayed",
                     "왕진버스 처": "cancelled", "초등 5·6": "new"}  # (the legend itself reports nothing)
    # a status told place by place in the same words is no legend: it reports
    told = mentions("행정안전부는 연내 센터 세 곳을 열겠다고 밝혔다.\n\n현재 대구는 완료, 부산은 진행 중, 광주는 연기입니다.",
                    date="2025-10-01")
    assert [m.kind for m in told] == ["new", "delayed"]


def test_a_logs_row_says_next_year_as_of_its_own_day_not_the_pages():
    body = ("[01/14(수) 07:50] [마을 알림] 2월 이동 진료 날짜 나왔습니다. 2월 7일(토) 오전 9시 마을회관입니다. -이장\n\n"
            "[12/22(월) 11:30] [마을 알림] 국가데이터처는 연말까지 내겠다던 '농촌 의료 접근성 통계' 첫 공표를 내년 3월로 "
            "미뤘답니다. -이장")
    late = mention_of(body, "접근성 통계", date="2026-01-14")
    assert (str(late.deadline), str(late.previous_deadline)) == ("2026-03-31", "2025-12-31")
    # one dated paragraph alone is no log: the page's day stands
    late = mention_of(body.split("\n\n")[1], "접근성 통계", date="2026-01-14")
    assert str(late.deadline) == "2027-03-31"
    # a row's year is one its weekday falls in, before the page's day: `03/05(수)` on a page of 2025-03-01 is no
    # such day (2024-03-05 was a Tuesday), so the rows are no log and the page's day stands
    rows = ("[03/05(수) 14:00] [알림] 행정안전부는 내년 3월까지 마을 버스 노선을 모두 바꾸겠다고 밝혔습니다.\n\n"
            "[03/06(목) 09:00] [알림] 다음 모임은 3월 20일입니다.")
    assert str(mention_of(rows, "노선", date="2025-03-01").deadline) == "2026-03-31"
    # the title speaks as of the page's day, not its first row's
    found = mentions(body, title="국가데이터처, 농촌 의료 통계 내년 3월까지 낸다", date="2026-01-14")
    assert [str(m.deadline) for m in found if m.sentence.startswith("국가데이터처,")] == ["2027-03-31"]


def test_a_report_cards_lines_give_the_promise_before_the_dash_and_what_came_of_it_after():
    body = ("담당 선생님: 과학기술정보통신부 · 보건복지부\n\n"
            "[진행 중] A·B급 통신시설 870곳 이중화 — 11월 현재 804곳, 기한 2026년까지 (과기정통부)\n\n"
            "[진행 중] 센터마다 가족 상담 전담 인력 2명 — 14곳 중 9곳 배치 (복지부)\n\n"
            "[지연] 예약 플랫폼 7곳 약관 점검 — 2025년 12월, 5곳만 시정 (공정위)\n\n"
            "[새 약속] 통신 장애 이력 공개 누리집 — 2027년 상반기 개설 (과기정통부)")
    found = {m.sentence: m for m in mentions(body, date="2026-11-26")}
    row = found["A·B급 통신시설 870곳 이중화 — 11월 현재 804곳, 기한 2026년까지 (과기정통부)"]
    # (`진행 중` spaced as a tracker writes it; the count's as-of month is no deadline)
    assert (row.kind, row.target_value, row.reported_value, str(row.deadline)) == ("progress", 870, 804, "2026-12-31")
    staff = found["센터마다 가족 상담 전담 인력 2명 — 14곳 중 9곳 배치 (복지부)"]
    assert (staff.kind, staff.target_value) == ("progress", 2)  # (the promise's figure, not the whole of `14곳 중`)
    # a comma after the dash is inside what came of it: one point
    assert found["예약 플랫폼 7곳 약관 점검 — 2025년 12월, 5곳만 시정 (공정위)"].target_value == 7
    made = found["통신 장애 이력 공개 누리집 — 2027년 상반기 개설 (과기정통부)"]
    assert (made.kind, str(made.deadline)) == ("new", "2027-06-30")


@pytest.mark.parametrize("point, kind, target, reported", [
    ("· 모니터링단 48명(목표 60명)", "progress", 60, 48),
    ("· 교란식물 제거 2025년 2,130ha (목표 2,000ha)", "achieved", 2000, None),
    ("· 주 5일 점심 경로당 1만 7,200곳 (2027년 목표 2만 5,000곳)", "progress", 25000, 17200),
    ("· 생태계교란 생물 추가 지정 10종 목표에 8종", "progress", 10, 8),  # the goal, then the count
])
def test_a_count_with_its_goal_in_brackets_is_how_far_the_promise_got(point, kind, target, reported):
    found = in_a_review(point)
    assert (found.kind, found.target_value, found.reported_value) == (kind, target, reported)
    # a count and another figure in brackets that is no goal: no report
    assert standing(in_a_review("· 주 5일 점심 경로당 1만 7,200곳 (전년 1만 2,000곳)")) is None
    # over a goal to cut to is short of it
    assert in_a_review("· 교통사고 사망자 2,500명 (목표 2,000명)").kind == "progress"


def test_a_list_items_deed_done_is_read_past_an_aside_in_brackets():
    def item(text):
        return mention_of("해양수산부는 추진 상황을 점검했다.\n\n" + text, text[:10], date="2026-11-24")

    found = item("· 항만 외래생물 조기경보 시스템 10월 가동 (목표보다 넉 달 늦게)")
    assert (found.kind, found.deadline) == ("achieved", None)  # the month it was done, no date ahead
    # a deed dated ahead is the plan, aside or not
    found = item("· 항만 외래생물 조기경보 시스템 내년 10월 가동 (당초 계획보다 넉 달 늦게)")
    assert (found.kind, str(found.deadline)) == ("new", "2027-10-31")
    # a bracket that says it is still to come is no aside
    found = item("· 항만 외래생물 조기경보 시스템 10월 가동 (예정)")
    assert found is None or found.kind != "achieved"


def test_a_plan_told_as_under_way_with_its_date_and_figure_is_the_promise_restated():
    found = mention_of("질병관리청은 자동 통보 시스템을 내년까지 120개 병원으로 넓히고 있습니다.", "질병관리청", date="2025-08-26")
    assert (found.kind, found.target_value, str(found.deadline)) == ("new", 120, "2026-12-31")
    found = mention_of("질병관리청은 자동 통보 시스템을 내년까지 120개 병원으로 확대하고 있다.", "질병관리청", date="2025-08-26")
    assert (found.kind, found.target_value) == ("new", 120)
    # no date ahead: where things stand, not a promise
    assert standing(mention_of("질병관리청은 자동 통보 시스템을 120개 병원으로 넓히고 있습니다.", "질병관리청",
                               date="2025-08-26")) is None


@pytest.mark.parametrize("sentence, opened", [
    ("기후에너지환경부가 10월 1일 '우리생물지도' 앱에 생태계교란 생물 신고 기능을 열었습니다.", True),
    ("고용노동부는 지난달 노사 대표와 회의를 열었다.", False),  # a meeting
    ("고용노동부는 이번 합의로 노사 대화의 창구를 열었다.", False),  # a channel for talks
    ("고용노동부는 이번 합의로 청년 고용의 길을 열었다.", False),  # a way opened, no service
    ("고용노동부는 다음 달 상담 창구를 열 계획이다.", False),  # still to come
])
def test_a_service_opened_is_a_deed_done(sentence, opened):
    assert any(c.label == "achieved" and c.word == "열" and c.realised for c in sentence_cues(sentence)) is opened


def test_a_share_of_a_goal_in_hectares_is_how_far_it_got():
    found = in_a_review("교란식물도 9월 말까지 전국에서 1,460ha를 제거해 올해 목표(2,000ha)의 73%를 채웠습니다.")
    assert (found.kind, found.target_value, found.reported_value) == ("progress", 2000, 1460)


@pytest.mark.parametrize("item, done", [
    ("· 유가족 심리상담 17개 시도 모두 시작 (9월)", True),  # the deed, the month it was done
    ("· 가변형 속도제한 표지 120곳 운영 (6월부터)", True),  # running since a month gone by
    ("· '안전디딤돌' 살얼음 알림 (지난해 12월부터)", True),
    ("· 유가족 심리상담 17개 시도 모두 시작 (내년 3월)", False),  # a date ahead: the plan
    ("· 유가족 심리상담 17개 시도 (9월)", False),  # no deed named
    ("· 어린이 보호구역 단속 강화 (올해 3월부터 검토 중)", False),  # work towards it
    ("· 청년 월세 지원 확대 검토 (지난해 12월부터)", False),
])
def test_a_scorecards_item_dated_to_a_day_gone_by_is_a_deed_done(item, done):
    found = mention_of("보건복지부는 약속 이행 상황을 점검했다.\n\n" + item, item[:8], date="2026-11-24")
    assert (found is not None and found.kind == "achieved" and found.deadline is None) is done


@pytest.mark.parametrize("line, kind", [
    ("○ 행정안전부는 12월부터 '안전디딤돌' 앱으로 도로 살얼음 위험 알림을 보냄", "new"),  # a document's terse plan
    ("○ 행정안전부는 12월부터 알림 서비스를 시행함", "new"),
    ("○ 행정안전부는 지난 5일 알림 서비스를 시행하였음", "achieved"),
    ("○ 행정안전부는 알림 서비스를 운영함", None),  # no date ahead: what it does
])
def test_a_documents_terse_ending_with_a_date_ahead_is_a_plan(line, kind):
    found = mention_of(line, "○ 행정", date="2025-11-14")
    assert (found.kind if found else None) == kind


def test_a_deed_ahead_is_no_deed_done():
    def said(text):
        return mention_of("문화체육관광부는 게임 이용자 보호 대책을 점검했다.\n\n" + text, text[:5], date="2026-01-20")

    found = said("보호자 동의 의무화는 7월 시행을 앞두고 있다.")
    assert (found.kind, str(found.deadline)) == ("new", "2026-07-31")  # this July's, not last July's
    # a step taken before it is done
    assert said("개정안은 국회를 통과해 내년 상반기 시행을 앞두고 있다.").kind == "progress"


def test_the_words_a_correction_takes_back_are_no_mention():
    body = ("행정안전부는 놀이시설 보도자료의 수치를 바로잡았다.\n\n< 정정 내용 >\n"
            "- 정정 전: 2027년까지 17개 시도에 통합놀이터 조성\n- 정정 후: 2026년까지 17개 시도에 통합놀이터 조성")
    found = {m.sentence: str(m.deadline) for m in mentions(body, date="2025-04-10")}
    assert not any(s.startswith("- 정정 전") for s in found)
    assert found.get("- 정정 후: 2026년까지 17개 시도에 통합놀이터 조성") == "2026-12-31"


def test_what_would_be_dropped_on_a_condition_is_no_cancellation():
    assert in_a_review("국토교통부는 허위 기재가 확인되면 보조금 지급을 취소합니다.") is None
    assert in_a_review("국토교통부는 서류 제출이 늦으면 보조금 지급을 취소한다.") is None
    assert in_a_review("허위 기재가 확인되면 보조금 지급을 취소합니다.") is None
    assert in_a_review("국토교통부는 예산이 반영되지 않아 지원 사업을 취소했다.").kind == "cancelled"
    # the condition after the cue is the next step's, and a put-off decided is news
    found = in_a_review("국토교통부는 GTX-C 착공을 2027년으로 연기하기로 했으며, 사업비가 확정되면 즉시 공사에 들어갈 계획이다.")
    assert found.kind == "delayed"
    assert in_a_review("국토교통부는 허위 기재가 확인되면 보조금 지급을 취소하기로 했다.").kind == "cancelled"


def test_one_said_twice_is_each_of_them_not_a_figure():
    assert in_a_review("교육부는 이주배경 학생 한 명 한 명이 교실에서 말이 통하도록 끝까지 챙기겠습니다.") is None


def test_the_earliest_date_is_no_condition():
    found = mention_of("과학기술정보통신부는 GPU 공급을 이르면 3월로 또 늦춘다.", "GPU 공급", date="2026-01-12")
    assert found.kind == "delayed"  # `이르면`: the earliest date, no condition


def test_a_proceedings_summary_line_is_its_speakers():
    body = ("[지정 토론 요지]\n\n"
            '· 국토교통부 물류산업과 홍서준 사무관: "지원 물량이 부족했던 것은 사실이다. 낮춘 목표인 2만 대는 연말까지 반드시 채우겠다."\n\n'
            "· 모지혁 의원: 장착 지원을 법으로 의무화하는 개정안을 이달 안에 대표 발의하겠다.\n\n"
            "· 주요 사업: 지역 소비자물가지수 작성 지역 80개 시·군 확대(2026년 상반기)")
    found = {m.sentence: m for m in mentions(body, title="졸음운전 대책 1년 토론회", date="2026-05-20")}
    pledge = next(m for s, m in found.items() if "2만 대" in s)
    assert (pledge.ministry, pledge.person) == ("국토교통부", "홍서준")
    assert not any("발의" in s for s in found)  # a lawmaker's own promise
    assert "· 주요 사업: 지역 소비자물가지수 작성 지역 80개 시·군 확대(2026년 상반기)" in found  # a field, no speaker


def test_a_crackdown_carried_out_is_done_and_one_under_way_is_progress():
    assert in_a_review("경찰청은 지난해 4~5월 한국도로공사와 함께 합동 단속을 벌여 1,240건을 적발했다.").kind == "achieved"
    assert in_a_review("경찰청은 이달 고속도로 합동 단속을 벌이고 있다.").kind == "progress"
    assert in_a_review("경찰청은 다음 달 합동 단속을 벌일 예정이다.").kind == "new"


def test_a_local_governments_deed_is_its_own_when_a_time_opens_the_sentence():
    assert in_a_review("지난해 경기도는 도내 전세버스 업체 120곳을 상대로 자체 안전 점검을 벌여 42곳에서 위반 사항을 적발했다.") is None
    assert in_a_review("2024년 경기도는 도내 전세버스 업체 120곳의 안전 점검을 마쳤다.") is None
    assert in_a_review("지난해 국토교통부는 전세버스 업체 120곳의 안전 점검을 마쳤다.").kind == "achieved"


def test_a_budget_series_on_programmes_is_about_the_programmes():
    body = ("국토교통부의 DSM 지원은 10월까지 1만 5,300대지만 내년 예산은 150억 원으로 줄었다.\n\n"
            "교육부는 AI 통번역 도우미를 9월 전면 보급했다.\n\n경찰청은 7월 순찰차 20대에 감지 카메라 장착을 마쳤다.\n\n"
            "행정안전부는 남은 3개 시도의 조성을 내년 6월까지 마치겠다고 밝혔다.")
    found = {m.sentence: m for m in mentions(body, title="[예산안 쉽게 읽기 ⑤] 약속 따라 돈이 움직였나…다섯 개 사업",
                                              date="2026-11-25")}
    assert found["교육부는 AI 통번역 도우미를 9월 전면 보급했다."].category == "other"
    # an article on the budget itself names it by more than its weak cues
    body = "기획재정부는 내년 예산안을 728조 원으로 편성해 재정 지출을 8% 늘린다고 밝혔다.\n\n국토교통부는 도로 예산을 연내 집행한다."
    found = {m.sentence: m for m in mentions(body, title="정부, 내년 예산안 728조…재정 지출 8% 늘려", date="2026-08-27")}
    assert found["국토교통부는 도로 예산을 연내 집행한다."].category == "fiscal"


def test_a_numbered_heading_names_whose_lines_are_under_it():
    body = ("재정경제부는 '체감물가 보조지표' 개발을 접고, 관련 연구용역 예산 3억 원도 담지 않았다.\n\n"
            "⑤ 이주배경 학생 교육 (교육부)\n\n'AI 통번역 학습 도우미'는 9월 모든 초·중학교에 보급됐다.")
    found = {m.sentence: m for m in mentions(body, title="약속 따라 돈이 움직였나…다섯 개 사업", date="2026-11-25")}
    assert found["'AI 통번역 학습 도우미'는 9월 모든 초·중학교에 보급됐다."].ministry == "교육부"
    # a chart's source line names where figures come from, not whose the lines under it are
    body = ("재정경제부는 '체감물가 보조지표' 개발을 접었다.\n\n· 자료: 교육부\n\n"
            "'AI 통번역 학습 도우미'는 9월 모든 초·중학교에 보급됐다.")
    found = {m.sentence: m for m in mentions(body, title="약속 따라 돈이 움직였나…다섯 개 사업", date="2026-11-25")}
    assert found["'AI 통번역 학습 도우미'는 9월 모든 초·중학교에 보급됐다."].ministry != "교육부"


# (the cleaner leaves each line of a page a paragraph of its own)
SCORECARD = """정부가 지난해 내놓은 약속 가운데 결과가 나온 것을 표로 모았다.

약속(부처) | 처음 기한 | 결과 | 판정

공공 와이파이 2만 곳 설치(과기정통부) | 2025년 | 2025년 11월 2만 곳 | 이행

전통시장 주차장 300곳(중기부) | 2025년 | 214곳 | 지연

청년 월세 지원 월 30만 원(국토부) | 2026년 상반기 | 목표 월 20만 원으로 낮춤 | 변경

도서관 야간 개방 500곳(문체부) | 2026년 | 410곳(10월 말) | 진행

동물병원 진료비 공시 의무화(농식품부) | 2025년 하반기 | 2027년으로 | 지연

농촌 빈집 은행(행안부) | 2026년 | 예산 미반영, 도입 철회 | 무산

표를 읽는 법은 아래와 같다."""


def scorecard_row(fragment):
    return mention_of(SCORECARD, fragment, date="2026-11-20")


def test_a_trackers_table_row_reports_its_promise_with_the_tables_verdict():
    done = scorecard_row("공공 와이파이")
    assert (done.kind, done.ministry, done.target_value, done.target_unit) == ("achieved", "과학기술정보통신부", 20000, "곳")
    assert done.deadline is None and done.sentence.endswith("| 이행")
    short = scorecard_row("전통시장 주차장")
    assert (short.kind, short.ministry, short.target_value, short.reported_value) == ("delayed", "중소벤처기업부", 300, 214)
    assert (short.deadline, short.previous_deadline) == (None, date(2025, 12, 31))
    under_way = scorecard_row("도서관 야간 개방")
    assert (under_way.kind, under_way.target_value, under_way.reported_value, under_way.deadline) == (
        "progress", 500, 410, date(2026, 12, 31))


def test_a_trackers_row_reads_a_new_goal_and_a_new_date_from_its_result():
    lowered = scorecard_row("청년 월세")
    assert (lowered.kind, lowered.target_value, lowered.deadline) == ("revision", 200000, date(2026, 6, 30))
    moved = scorecard_row("동물병원")
    assert (moved.kind, moved.deadline, moved.previous_deadline) == ("delayed", date(2027, 12, 31), date(2025, 12, 31))
    dropped = scorecard_row("빈집 은행")
    assert (dropped.kind, dropped.ministry, dropped.deadline, dropped.previous_deadline) == (
        "cancelled", "행정안전부", None, date(2026, 12, 31))


def test_a_trackers_header_row_and_a_card_reported_in_prose_are_not_rows_read():
    assert scorecard_row("약속(부처) | 처음 기한") is None
    card = """[카드] 공공 와이파이 2만 곳 | 2025년 | 과학기술정보통신부 | 지연

과기정통부는 10월까지 1만 6,000곳에 와이파이를 설치했고, 나머지는 내년 상반기까지 마치겠다고 밝혔다.

[카드] 전통시장 주차장 300곳 | 2025년 | 중소벤처기업부 | 이행

중기부는 지난달 300번째 주차장을 열었다."""
    found = mentions(card, date="2026-11-20")
    assert found and not any("|" in m.sentence for m in found)


# 1,679 sentences of news, releases, transcripts and notices, each with the reading DESIGN.md gives it
# (kind or none, deadline, target, body), written apart from the rules as a measure of them, in fourteen
# rounds. Round one (0–119): at first sight 103 of the 120 were told apart right (a mention or none), and
# of 74 read as mentions by both the kind of 68, the deadline of 66, the target of 70, the body of 73;
# the rules written after it brought that to 105, and of 75, 73 / 68 / 75 / 74. Round two (120–239,
# mostly follow-ups, in many registers): at first sight 109, and of 96, 77 / 87 / 94 / 94; after the
# rules it prompted (dates moved across an arrow, a memo's `~됨`/`~함`, `당겼다`, `거둬들였다`, a recalled
# promise's date of this year) 110, and of 97, 84 / 94 / 95 / 95. Round three (240–359: voices outside
# government and those relaying a body's word, memo, chat and minutes registers, news): at first sight
# 101, and of 52, 46 / 49 / 48 / 51; after the rules it prompted (an outsider passing on a body's word, a
# plan decided against, a target across an arrow, `내년 말로 밀렸다`, `1일자`, `회계연도`, `한부모`) 108,
# and of 59, 55 / 58 / 55 / 57. Round four (360–479: promises in many shapes, follow-ups in trackers, memos,
# chats and minutes, look-alikes that are no promise): at first sight 109, and of 75, 65 / 69 / 63 / 73;
# after the rules it prompted (a span's `심사 기준`, `-다더니`, a party's demand, a possibility on a
# condition, `1년 당긴다`, `없던 일 됐대요`, `순항`, a trial begun, an arrow's figure, a quote before a
# particle, `N 가운데 M`, `…에 따르면`, `학년도`) 111, and of 75, 68 / 72 / 67 / 73. Round five (480–599: promises
# in many registers and number forms, follow-ups in trackers, chats and minutes, look-alikes): at first sight
# 108, and of 82, 73 / 79 / 78 / 81; after the rules it prompted (`더 이상 추진하지 않는다`, `구조조정` no
# revision) 108, and of 82, 75 / 79 / 78 / 81. Round six (600–719: look-alikes outside the central
# government, follow-ups in many registers, trackers' lines, quotes): at first sight 112, and of 62, 54 / 58 /
# 58 / 61; after the rules it prompted (a forecast of the weather, a target moved beside a date put back, a
# quote's speaker named after it with `이렇게 말했다`; `1단 엔진` a stage, no count; an event's schedule) 115,
# and of 63, 56 / 59 / 61 / 63. Round seven (720–839: promises, follow-ups and look-alikes in SNS posts, one-line
# tables, chats, minutes, memos and Q&A, with native numerals, hours and minutes, 분기 and 내달): at first sight
# 106, and of 75, 66 / 71 / 68 / 75; after the rules it prompted (`열다섯 개`, `2시간 30분`, `차질이 없습니다` no
# negation of the deed, `내년 상반기에서 하반기로`, a rumour, advice to the public) 108, and of 75, 66 / 72 / 71 /
# 75. Round eight (840–959: promises, follow-ups and look-alikes in tracker lines, table rows, chats, minutes,
# headlines and SNS, with ranges, fractions, `절반`, 학년도 and 내달 초): at first sight 109, and of 79, 71 / 74 / 71 /
# 79; after the rules it prompted (a question still open, `결정된 바 없다`; `2029년으로 … 늦어진다`, a delay told
# with its new date; an event held on its days, `… 행사를 연다`) 111, and of 79, 72 / 74 / 71 / 79. Round nine (960–1079:
# promises, follow-ups and look-alikes in minutes, Q&A, forum posts, tables and timelines, with 내달 초, 회계연도 and
# `N곳 중 M곳`): at first sight 111, and of 80, 72 / 74 / 77 / 79; after the rules it prompted (an outsider's demand in
# the imperative, `… 시행하라고 요구했다`; a yearless time gone by, `3분기를 넘기며`) 112, and of 80, 72 / 75 / 77 / 79.
# Round ten (1080–1199: promises, follow-ups and look-alikes in tracker lines, tables, SNS, chats, minutes and
# headlines, with `-급` classes, `N곳 중 M곳`, fractions, %p and 중순): at first sight 108, and of 81, 74 / 75 / 69 / 81
# (one rule tried from it, a bare month gone by read as next year's, fell on the held-out sets and was dropped).
# Round eleven (1200–1318: promises, follow-ups and look-alikes in plan tables, SNS, chats, minutes, Q&A, tracker
# lines and headlines, with 조/억, ranges, fractions, %p, 학년도 and 회계연도; one look-alike already here dropped):
# at first sight 108, and of 77, 65 / 69 / 66 / 77; after the rules it prompted (a deed finished in part of its
# whole, `20곳 중 12곳 … 마쳤다`, progress towards the whole; an event held on a day of this month, `12일 … 축제를
# 연다`, and an official's `… 참석한다`, no promise; `미달 비율 감축 목표`, a name, no verdict) 110, and of 77, 68 /
# 69 / 67 / 77.
# Round twelve (1319–1438: promises, follow-ups and look-alikes, most in the plain register of news reports and
# press releases, with officials' quotes, tracker lines, tables, chats and headlines; reorganised bodies' names): at
# first sight 113, and of 81, 71 / 75 / 72 / 81; after the rules it prompted (a term run past, `상반기를 넘기게 됐다`,
# and a plan still undone after the year turned, `해를 넘긴 지금까지도 발표되지 않고 있다`, read as late; the law in
# force told in the present, `현행법상 … 지급된다`, no promise) 115, and of 82, 73 / 75 / 73 / 82.
# Round thirteen (1439–1558: promises, follow-ups and look-alikes, most in the plain register of news reports and
# press releases, the rest in chats, minutes, Q&A, tables, tracker lines and headlines): 87 read in full as written
# at first sight; after the rules it prompted (a poll's respondents after the clause that tells who polled them,
# `조사한 결과, 응답자의 62%가 … 답했다`; a report a body denies, `"… 사실이 아니다"라고 해명했다`) 89.
# Round fourteen (1559–1678: promises, follow-ups and look-alikes, 86 in the plain register of news reports and
# press releases, the rest in minutes, Q&A, tables, tracker lines, chats and SNS; reorganised bodies' names): 96 read
# in full as written at first sight; after the rules it prompted (a figure raised from the one first given, `당초
# 발표한 1억 원에서 … 올리기로 했다`, a revision; a difference before the level it describes, `5%p 높은 15%까지`, no
# target; an event's run of days told by its length, `12일부터 나흘간`, under its quoted name) 99.
# Below: where the tool and the writer still differ (for rounds thirteen and fourteen, what the tool reads against
# the writer's reading), and why
COMMITMENT_SENTENCES = json.loads(
    (Path(__file__).parent / "fixtures" / "commitment_sentences.json").read_text(encoding="utf-8"))
_LOCAL = "a local government's promise: the tracker follows the central government's bodies"
_NOTHING_TO_TRACK = "a promise or a step with neither a date nor a figure: nothing to track until it links to one"
_DONE_ON = "a deed done keeps the day it was done as its date (tried without: linking recall fell)"
_LONE_ROW = "a tracker's row alone, with no table's rows beside it, is not read as one (an article's rows come together)"
_RESTATED = "a plan said to stand is read as the plan; linking makes a later restatement progress"
_STEP_DONE = "a step toward the promise told done reads as the deed done until it links to its promise"
_RELATIVE_BODY = "a body named only in a relative clause inside an outsider's words (`중기부가 … 시행하는 …에 맞춰`) is not taken"
_MEETING = "a briefing, a meeting or an exam held on a day: the sample corpus's gold counts a minister's meeting"
DIFFERENT_READINGS = {
    17: _NOTHING_TO_TRACK, 21: _LOCAL, 23: "a headline's date in one point, its figure in the other",
    24: "a bulleted line that names no body takes one from the page around it", 37: _NOTHING_TO_TRACK,
    38: _NOTHING_TO_TRACK, 39: "a share of a goal reached reads as a statistic until it links to the goal",
    43: _NOTHING_TO_TRACK, 44: "applications counted and a spending rate read as a statistic until linked",
    45: _LOCAL, 47: "a part done with its as-of date in brackets after it reads as a plan", 48: _NOTHING_TO_TRACK,
    56: _LOCAL, 57: "a target raised with `확대한다` in the present reads as a new promise", 59: _DONE_ON,
    60: _DONE_ON, 61: _DONE_ON, 63: _DONE_ON, 68: _LOCAL, 69: _DONE_ON,
    75: "`2026년 이후로` put off to: read as that year's first day", 79: _LOCAL, 86: _LOCAL,
    99: "a minister's meeting to be held on a date: the sample corpus's gold counts such a meeting",
    114: "a reporter's arithmetic on a condition, its date and figure read as a plan",
    140: _LONE_ROW, 146: "the rest to come (`나머지 물량을 채우겠다`) gives no figure; the whole named before is not taken",
    147: "`차질이 없다` on a date ahead reads as the promise kept", 148: "a body named as where a programme runs "
    "(`해수부에서 추진하는`) in speech is not taken as its owner", 149: _LONE_ROW,
    150: "a count installed so far, then the plan for the rest: read as the count's deed done",
    151: _RESTATED, 152: "`차질 없이 시행하고 있다`: `차질` read as a delay despite `없이`",
    153: "a spoken answer's `80% 끝났고 … 예정대로 간다는 겁니다`: the share read as a deed done",
    154: "a headline's quoted `계획대로 진행 중` after a review is read as the plan", 156: _RESTATED, 158: _RESTATED,
    159: _STEP_DONE, 160: "speech that reports a draft nearly done and a date held (`문제없다는 입장`): no cue read",
    161: _STEP_DONE, 165: "`단축` of a date moved across an arrow is not read as the change itself",
    170: _LONE_ROW, 176: "a target made stricter (`목표를 14개월에서 12개월로 강화했다`): `강화` is no cue of a change",
    179: _DONE_ON, 184: _DONE_ON, 185: _LONE_ROW, 186: _DONE_ON,
    197: "a headline's `연내 완료는 사실상 어렵다` after the quoted plan reads as the plan",
    200: _LONE_ROW, 204: "`지연으로 … 늦어지게 됐다`: the cause's noun and the change of state are not read as the delay",
    207: "`…해를 넘기고도 나오지 않고 있다`: a deed not yet done, told by its absence, is not read",
    217: _LONE_ROW, 239: "a deed of the 1990s told as history is read as progress",
    255: "a blogger's own plan to explain `정부 지원금` is read as the government's",
    271: "a company's earnings-call confidence (`달성이 가능하다고 자신했다`) is read as a deed done",
    272: "a company's plan on the condition of a body's act (`산업부가 … 확정하면`) is read as the body's change",
    274: _RELATIVE_BODY, 281: _RELATIVE_BODY, 284: _RELATIVE_BODY,
    288: "spoken `과기정통부에서 … 깐대요`: `에서` as the subject and the colloquial verb are not read",
    291: "a memo's first batch done of a count (`5,000명 중 1차 2,000명 선정 완료됨`) reads as the deed done",
    292: "a body as the source of hearsay (`국토부 얘기로는`) is not taken as its owner",
    299: "a step passed and the date ahead (`국무회의 통과했고 다음 달 시행이래요`) read as the plan",
    300: "an eligibility ceiling (`5천만 원 이하`) is read as the target",
    301: "spoken `우주청에서 … 연기한다고`: `에서` as the subject is not taken as the body",
    311: "a minister to appear before a committee (`국감 출석 예정임`) is read as a plan",
    322: "a school year's end (`2027학년도까지`, February after) is not read, and `1개 이상` is taken as the target",
    332: "a step done under a plan named beside it (`60곳 확충 계획에 따라 … 5곳을 새로 지정했다`) is not read",
    333: "a share of the work done (`70% 진척됐다`) reads as the plan",
    335: "an outlook of keeping a date (`일정에 맞출 수 있을 것`) is not read as progress",
    336: "a build's progress rate and the date held in an outlook read as the plan, the rate as its target",
    351: "a recalled promise's delay foreseen (`늦어질 전망이다`) is dropped as an outlook",
    358: "a standing programme (`2018년부터 지급해 왔으며 … 지급되고 있다`) reads as a promise kept",
    371: "'1명 이상' per school is a scope, read as the target",
    372: "a president's promise with no name and no office named (`대통령은`) is not taken as 대통령비서실's",
    374: "a share of a counted scope (`1,000여 개를 … 점검해 20%를 정리`): the count is taken as the target",
    389: "spoken `기재부에서 … 내려보낸대요`: `에서` as the subject is not taken as the body",
    401: _LONE_ROW,
    402: "a memo's part decided of an expansion (`1만 2,000명 확대분 중 … 4,300명 지원 결정됨`) reads as a plan dated by its reporting period",
    403: "a chat's count so far and the rest due this month (`120대 중에 지금 80대 배치됐대요, 나머지는 이달 안에`) reads as the plan for the rest",
    406: "a build's progress rate and the date held in an outlook read as the plan, the rate as its target",
    407: "a headline's `…내년 시행 순항`: the date and the deed read as the plan before `순항`",
    410: "a date changed as a state (`2030년으로 잡았던 … 시점이 2028년으로 바뀌었다`) is not read",
    412: "a tracker note's body after a tag, with no particle (`[변경] 금융위 …`), is not taken when nothing else names one",
    416: "a target and its date revised together (`‘2028년까지 20곳’에서 ‘2027년까지 25곳’으로`): the first date is read",
    420: "a chat's relay of a ministry's release (`…다 채웠대요, 복지부 보도자료 떴어요`) is not read",
    422: "a count of all districts done (`229개 시·군·구 모두 완료`) is read as the target",
    424: "a promised deed announced today in a quote (`약속드린 … 명단을 오늘 발표한다`) reads as the plan",
    426: "a tracker line's `[지연]` alone (no verdict lines beside it) and a quarter gone by read as next year's",
    431: "minutes' `하반기에나 확정될 것으로 보입니다` (a slip foreseen) reads as the plan",
    432: "a share done when the date passed (`60%만 … 마친 채`) is read as the target",
    437: _LONE_ROW,
    454: _MEETING,
    455: _MEETING,
    461: "a body defined by its launch (`…이어받아 2일 출범한 부처다`) reads as the launch done",
    478: _MEETING,
    484: "spoken `관세청에서 … 보내준대요`: `에서` as the subject is not taken as the body",
    485: "a promise on a bill's passage (`국회를 통과하면 즉시 … 확대하겠다`) with no date is dropped as a condition",
    518: "an eligibility line (`중위소득 200% 이하`) is the target, as the held-out sets' gold reads an income criterion widened",
    524: "a frequency changed (`연 1회에서 분기 1회로`) is read as a count",
    526: _LONE_ROW,
    528: "an answer that a date holds (`내년 상반기 시행에는 문제가 없습니다`) reads as the plan",
    529: "a chat's count so far beside the year's goal (`벌써 1,100곳 넘었대요, 연말 목표는 1,500곳`) reads as the plan, the count its target",
    532: "a headline's part of the whole and `순항` after the date ahead read as the plan",
    536: "a memo's scope raised across an arrow with its date kept (`1,100곳 → 1,400곳 확대(… 목표는 유지)`) reads as a new plan",
    537: "a chat's `…된다더니 45만 원으로 줄었대요`: `줄었대요` (hearsay of a fall) is not read",
    542: "a scope widened in the past (`대상을 … 전체로 넓혔다`) with no figure is not read",
    546: "a chat's `기상청이 말한 대로 시작했네요` after the day: read as the plan from `오늘부터`",
    547: _DONE_ON,
    548: "Kiwi reads `약속한` before `스토킹` as a noun and a determiner: the recalled promise is missed",
    553: "a chat's `시행한다더니 아직도 안 했대요`: the denied deed (`안 했`) is read as done",
    555: _LONE_ROW,
    558: "minutes' speaker label (`새만금청장:`) after the committee's name: the committee is taken, and `늦출 수밖에 없는 상황` is not read as a delay",
    566: _LONE_ROW,
    581: "an enforcement drive's result (`단속을 벌여 2,300여 명을 적발했다`) reads as a deed done",
    582: "a rule in force (`현행 …법은 … 5% 이내로 제한하고 있다`) reads as progress",
    585: _MEETING,
    590: "an advertisement's sale citing a government subsidy reads as a plan",
    602: "a headline's figure changed across an arrow (`1조 원→1조 5,000억 원으로 확대`) reads as a new plan",
    606: "a headline's missed day before its new one (`3월 말 시한 못 지켜…이달 말로 연기`) gives no deadline",
    609: "a plan given up is read with no figure of its own",
    620: "a bulleted line that names no body takes one from the page around it",
    624: "a fund's first part raised (`1차분 2조 원이 조성됐습니다`) reads as a statistic until it links to the promise",
    628: "`목표시간` inside the object reads the rate raised as a target moved",
    639: "a company's delay on a tracker's line (`(삼성바이오로직스 공시)`) is read as the tracker's",
    641: "a promised plan finalised (`확정해 발표했다`) reads as a revision",
    663: "a delay forecast (`늦어질 전망이다`) that no official gives reads as an outlook",
    664: _LONE_ROW, 681: _LONE_ROW,
    675: "a rule the cabinet passed, in force next month, reads as a new plan",
    679: "`늘린다던` (a plain present recalled) is not read as recalling a promise",
    700: "a headline's point on track (`6월 말 완료 '순항'`) beside a part done gives no deadline",
    704: _DONE_ON,
    709: "a slogan credited after a dash reads as a headline's plan",
    725: _LONE_ROW, 741: _LONE_ROW, 766: _LONE_ROW, 771: _LONE_ROW, 787: _LONE_ROW, 801: _LONE_ROW,
    728: "`내달 초` is read as no date, and a plan's revised draft to be published, told in chat (`발표한대요`), as no promise",
    733: "the first of two figures is taken (an eligibility line, `중위소득 65% 이하`, before `월 25만 원으로 올리겠다`)",
    739: "a spoken clause closed on `…겠다는 거고요` is not read as volition",
    745: "`올여름 … 개장 전까지` reads as summer's end: a limit set by an event is not left undated",
    748: "a headline's `연내 법 개정 추진` gives its date to its own point, not to the quoted figure's",
    767: "a recalled promise with `절반가량이 배정된 상태` (a share, no count) is not read as progress",
    768: _RESTATED,
    769: "`1,200여 종 중 900종 … 마쳐` under `7월 … 앞두고`: a headline's part done of a whole reads as the plan ahead",
    770: "`300만 명 발송 중! 현재 210만 명에게 도착`: the count reached reads as a deed done, the larger figure not as its goal",
    773: "a count done of a whole (`1,388곳 … 가운데 1,150곳을 마쳤으며`) reads as achieved before `예정대로 10일 완료`",
    775: "a memo's arrow (`195만 원 → 200만 원`) after `확대:` with `1분기 시행 유지` reads as the plan, not a revision",
    778: "`25만 원이라더니 28만 원으로 올렸대요`: the raised figure reads as a deed done, not a target revised",
    791: "`마치겠다던 … 이달 말까지 이어질 예정`: a date moved on by work going on reads as a revision",
    792: "a date in a clause after the question (`… 안 됐다는데요? 4월 말이라더니`) is not taken, nor `안 됐다` as a delay",
    794: "`미룰 수밖에 없습니다` (no choice but to put it off) reads as what is to come, not a delay announced",
    800: _NOTHING_TO_TRACK,
    813: "`통과한다면 … 검토해 볼 수 있다`, a possibility on a condition, with `하반기 중` reads as a plan",
    834: "a roadshow's schedule (`다음 달 5일 싱가포르를 시작으로 … 돈다`) reads as a plan: only holding an event (`열린다`, `개최`, `행사를 연다`) is one",
    846: "`절반 수준으로` is no figure: half is not read as 50%",
    856: "a range (`2만~3만 가구`) gives its lower bound as the target (the writer takes the upper)",
    860: "`2027학년도부터` reads as that school year's last day (the design's rule), the writer its first",
    865: _LONE_ROW, 866: _LONE_ROW,
    869: "a fraction of a whole (`3분의 1`) is no figure: not read as 33.3%",
    886: "`이달 현재 117곳으로, 연내 목표인 150곳의 78% 수준` reads as the plan (its goal's clause), not a count toward it",
    888: "a tracker line's `진행 중, 184곳 완료` reads as achieved with the count done as its target",
    889: "`현재 1,700명을 뽑았고 목표까지 얼마 남지 않았다` in a quote, with no goal's figure, reads as nothing to track",
    890: "`현재 5,200척(65%), 11월 중 완료 예정` in minutes reads as a plan with the share as its figure",
    891: "`12개 가운데 9개가 실증 단계에 들어갔다`: a stage entered is no deed the tool reads",
    892: "a chat's `5만 호 착공, 어제 기준 2만 1천 호래요` reads as a plan of the count told",
    893: "an amount lent passing a mark (`6조 3천억 원을 넘었다고`) with no goal is read as a statistic",
    894: "`'6월 목표 순항'` in a headline after `착수` reads as the plan",
    897: "a target raised across an arrow with `시점은 2030년 그대로` keeps no date: `그대로` is not read as the deadline kept",
    906: "`50건의 개선안을 모두 확정했다`: a decision made reads as a plan decided, not the promise done",
    908: _LONE_ROW,
    909: "`약속한 … 공표를 이번 달 처음 실현했다`: `실현` is not read as a deed done",
    914: "`4월 이후로` is read as a date (April's first days after `내달 초`), the writer leaves it open",
    915: "a tracker's `지연: 올해 집행률 38%` keeps this year's end as its date and the amount as its target",
    918: "`상반기 … 500대` recalled and `7월 현재 310대에 그쳤다`: the count's month is read as the date, not the half missed",
    949: "a forum's rhetorical question (`… 잡겠다는 말 믿는 사람 있음?`) reads as the promise it quotes",
    953: "a deed done years ago (`지난 2022년 … 먼저 시행했다`) reads as achieved, though no promise is recalled",
    977: "a minutes line's speaker by title alone (`○ 공정거래위원장: …`) is no turn label the tool reads",
    978: "`내달 초` is read as the month's first ten days; the writer takes the month",
    990: "a deadline tied to an event (`봄철 산불조심기간 시작 전까지`) is read as the season's end; the writer leaves it open",
    1004: "the parties in the Assembly (`여야는 … 처리하기로 합의했다`) are no body the tool names",
    1006: "a tracker line's count as of a day (`6월 말 기준 4,120가구 매입`) with no verdict reads as no report",
    1007: "`17개 … 중 12곳에서 … 마쳤다`: a part done reads as the deed done (tried as progress: kind fell on five sets)",
    1009: "a table row alone, with no rows beside it, is not read as one (an article's rows come together)",
    1010: "`절반가량 마쳤다` inside a quote reads as the deed done, not half of it",
    1012: "a target restated beside the means to reach it (`목표인 6개월 … 위해 심사관 80명을 증원한다`) reads as a plan of the means",
    1013: "a forum post's relayed `256곳 중 200곳 넘게 열었다고` reads as a plan of the count",
    1014: "a headline's `일정 '이상 무'` (on schedule) is not read as a report of progress",
    1015: "`이행 단계 진입` in a summary line is not read as progress",
    1016: "a timeline's dated step (`… 시행령 입법예고`) with no verb is not read",
    1019: "a date put back by a neutral `조정했다` reads as a delay; the writer reads a revision",
    1027: "`구축을 … 완료하고 … 재개한다`: the plan after the deed done is read, not the deed",
    1032: "a headline's `'연내' 약속 지켰다` gives no date to the deed done",
    1036: "`하반기 이후로 밀렸다` is read as a date (July's first day after `하반기`); the writer leaves it open",
    1037: "a tracker line's `3월 시한 넘김, 미확정` is not read as a delay",
    1038: "a table row alone, with no rows beside it, is not read as one (an article's rows come together)",
    1043: "a tracker line's figure of time (`체류 10개월 확대`) is no target when the promise is given up",
    1065: "a calendar entry's legal deadline for the public (`… 확정신고 마감 — 국세청`) reads as a promise",
    1108: "`1,000큐비트급` (a class of machine, `-급`) is read as no target",
    1111: "`30곳 중 20곳에 … 설치하겠다` reads the whole, 30, as the target; the writer, the part to be done",
    1118: "a bill the Assembly's committee agrees to pass (`여야 간사는 … 처리하기로 합의했다`) is not read as the Assembly's promise",
    1124: "a bare month before the article's (`3월까지 매입하겠다` in November) is this year's: across the held-out sets' gold a bare month is this year's (tried as the next: deadline accuracy 0.915 -> 0.902)",
    1128: "a tracker line's `— 9월 현재 118곳 지정` (a count as of a month, no verb) reads as the plan, not progress",
    1129: "`목표의 3분의 2 수준인 6만 6천 기를 넘어섰다` reads as the deed done, not part of it",
    1130: "a table row alone, with no rows beside it, is not read as one (an article's rows come together)",
    1131: "`16대 확보 목표 가운데 … 14대를 운용 중` inside a quote: `목표` read before the count, no target taken",
    1132: "`95명까지 늘렸으며 … 120명 달성에 속도를 내고 있다` reads as the deed done (`늘렸`), not progress toward 120",
    1133: "minutes' `… 시제품 제작에 착수했음` (a stage begun, with no date or target of the promise) reads as nothing to track",
    1134: "an SNS post's `1,200억 원, 1월 한 달 동안 18%를 집행했습니다` reads as a plan of the sum",
    1135: "a chat's `… 시범운영, 지금 4개 부대에서 하는 중이래요` reads as a plan",
    1136: "a legend line (`범례: ● 진행 중 — …`) is read as a plan, its `진행 중` not taken as progress",
    1137: "a headline's `1천만 명 돌파…행안부 “연내 전 국민 발급 가능”` reads as a new plan, its count no progress",
    1138: "`1만 2천여 곳 중 9,400곳의 공사가 끝나` after `교육부에 따르면` is read as no mention",
    1139: "`1,000큐비트급` (a class of machine) is read as no target",
    1141: "a tracker line's `2027년 20대 → 2026년 16대로 조정` takes the first year as the date",
    1146: "`2%p 높인 27%로 수정했다` takes the step, 2%p, as the target",
    1147: "a deed done keeps the day it was done as its date (`지난 5월 … 교체를 완료했다`)",
    1149: "`5천 편 제작 목표를 초과 달성해 … 5,312편을 만들었다` takes the count made, and this year's end as its date",
    1160: "a delay inside a quote told as what `-ㄹ 것` will be (`… 4월 중순으로 늦어질 것`) is not read",
    1164: "`… 전국으로 확대하지 않고 지자체 자율에 맡기기로 했다` (a plan decided against, told without its figure or date) is not read as cancelled",
    1175: "a scholar's view quoting the government's goal (`“정부가 … 회복하겠다는 건 비현실적”`) reads as the goal",
    1184: "heads of institutes urging a cut withdrawn (`… 삭감 철회를 촉구했다`) read as a revision",
    1189: "a chat about a team dinner put off reads as a delay (no body named, the page's own subject taken)",
    1192: "a firm's delay (`현대차는 … 연기했다`) reads as a delay of the page's subject",
    1195: "a survey of local governments (`17개 시도 중 12곳이 … 늘린 것으로 나타났다`) reads as a revision",
    1203: "a plan table's row alone (`| 조달청 | … | 1조 2천억 원 | 2026년 말 |`) is not read as one",
    1204: "a headline's `…발급 500만 명 목표` after `…` is not taken as the first point's target",
    1205: "a ministry's own SNS post signed only by a hashtag (`#국가보훈부`) names no body",
    1237: "a range (`2~3곳`) takes its lower bound",
    1239: "`수출 목표를 7천200억 달러로 제시했다` (an outlook set as a goal) is read as no promise",
    1242: "a plan `34개 세관 중 20곳에 도입하겠다` takes the whole, not the part, as its target",
    1244: "a fraction of a whole (`동물실험의 4분의 1`) is read as no target",
    1245: "a tracker line's `6,800호 매입, 진행 중` reads as a plan of 6,800",
    1247: "a chat's `87곳 지정됐고 100곳 목표로 진행 중` reads as a plan",
    1248: "minutes' `3월 중 … 상정을 목표로 … 협의 마무리 단계` reads as a plan",
    1249: "`20척 가운데 7척이 건조에 들어갔다` reads as a plan of 7",
    1250: "a progress rate (`공정률이 62%라고 밝혔다`) is read as no mention",
    1251: "a headline's `순항…상반기에만 800명 임용` reads as a plan of 800 by June",
    1252: "an SNS post's `목표 1만 기 중 6,200기 완료!` reads as achieved",
    1253: "a tracker table's row alone (`| … | 누적 발급 410만 명 | 진행 중 |`) is not read as one",
    1256: "a target's date moved later by `조정` reads as a delay",
    1257: "`상반기 1천500곳에서 연간 4천 곳으로` takes no date for the new target",
    1258: "a tracker line's `석탄발전 폐지 — 목표 20기→22기로 상향` reads the item's `폐지` as the deed done",
    1259: "`'1만 명 이하'에서 '8천 명 이하'로 강화했다` (figures in quotes) is read as no revision",
    1260: "`30분에서 10분으로 강화하고 … 9월로 앞당겼다` takes no target (minutes read as a time)",
    1265: "`이달부터 … 올라 … 약속을 지켰다` keeps this month's end as the date of the deed",
    1267: "`500건 … 목표를 넘겨 모두 612건을 정비했다` takes the count made, not the target",
    1268: "a headline's `'3월 말' 목표 지켰다` takes no date from the quoted month",
    1269: "a memo's `… 12개월 이내 목표 — 작년 12월 말 11.8개월로 달성` reads as a plan",
    1272: "`… 마련이 사실상 어려워졌다` (a slip told as hard now) is read as no mention",
    1273: "a tracker's `지연, 기한(2025년 12월) 경과` takes no date from the bracket",
    1277: "a headline's `'10월 말' 약속 못 지켜…연말로 순연` keeps the old date, not the new",
    1279: "a cancelled plan keeps no date (`올 상반기 출범을 약속했던 … 백지화했다`)",
    1280: "a tracker line's `무산(업계 자율 상생안으로 대체)` with no figure or date is read as no mention",
    1317: "a summary's counts by verdict (`128건 중 이행 41건, …`) read as progress",
    1320: "a background share before the promise (`사고가 … 40%를 웃돌자, …는 … 1200곳에`) is taken as its target",
    1335: "`네 차례 더 쏘아 올리겠다`: `더` beside a count in native words reads as a raise, and `네 차례` as no figure",
    1343: "a band's frequency (`3.7㎓ 이상 대역의 … 할당 계획`) is taken as the target",
    1362: "a span counted from an event (`국회를 통과하면 6개월 안에`) is taken as the target (tried without: the mention is lost, having no date)",
    1366: "a tracker line's `18곳 지정 완료, 진행 중`: `완료` is read before `진행 중`",
    1368: "a launch's ordinal (`4차 발사`) in a plan of `네 차례`: read as a new plan, no target",
    1370: "a chat's `오늘 입법예고 떴어요 … 목표는 그대로래요`: a step told in speech reads as the plan",
    1371: "a share of the whole in a fraction (`40대 가운데 4분의 1인 10대`) gives no target",
    1372: "a count as of now beside its goal in brackets (`7월 현재 88곳 지정(연말 목표 100곳)`) reads as a plan for the count",
    1373: "a headline's spending rate and warning (`집행률 41%…목표 달성 ‘빨간불’`) read as a plan",
    1374: "a target raised `당초 연내 5000호에서 7000호로`: the date kept is not read as the deadline",
    1377: "a ceiling tightened (`‘5초 이내’에서 ‘3초 이내’로 강화`) reads as progress; a ceiling's figure is no target",
    1378: "a tracker's `연말 → 내년 6월로 변경`: a date moved later reads as a delay (the held-out sets' gold reads it so)",
    1382: "a deed done keeps the year it was counted in as its date (`올해 … 넘어섰다`)",
    1385: "a deed done keeps the month it began in as its date (`이달부터 … 운영되고 있다`)",
    1386: "a ministry's post `… 구축 완료 ✅ 이제 …할 수 있습니다` reads as a plan",
    1388: _LONE_ROW,
    1389: "a deed done early keeps no date (`당초 목표였던 상반기보다 … 앞당겨 확정`)",
    1392: "a half year run past, told in quotes after it ended (`… 상반기를 넘기게 됐다”고 말했다`), gives no missed date",
    1397: _LONE_ROW,
    1399: "a plan given up takes `올해` of `올해 접기로 했다` as its date",
    1400: "a tracker line's `무산 (중소벤처기업부)` with no figure or date is read as no mention",
    1403: "a headline's plan given up (`내년 전 과목 확대 없던 일로`) keeps no date",
    1415: "an event on a holiday's day (`어린이날인 5일 … 축제를 열고 … 부스 30여 개를 운영한다`) reads as a plan",
    1436: "an editorial's headline (`[사설] 기후에너지환경부 출범…`) reads as a deed reported",
    1441: "read as revision (writer: delayed)",
    1444: "read as new (writer: progress)",
    1447: "no target (writer: 80000)",
    1451: "deadline 2025-05-15 (writer: None)",
    1452: "target 4 (writer: None)",
    1454: "read as delayed (writer: revision)",
    1455: "target 612 (writer: 1000)",
    1458: "read as new (writer: achieved)",
    1459: "deadline 2027-06-30 (writer: 2026-06-30)",
    1468: "read as no mention (writer: new)",
    1478: "read as no mention (writer: revision)",
    1479: "deadline 2025-03-31 (writer: None)",
    1483: "deadline 2025-06-30 (writer: 2025-12-31)",
    1484: "read as progress (writer: delayed)",
    1486: "read as new (writer: progress)",
    1488: "deadline 2029-01-01 (writer: None)",
    1493: "read as no mention (writer: achieved)",
    1496: "read as new (writer: revision)",
    1500: "target 13 (writer: None)",
    1501: "read as new (writer: delayed)",
    1502: "deadline 2025-06-30 (writer: None); target 81000 (writer: 80000)",
    1509: "read as revision (writer: cancelled)",
    1516: "read as new (writer: progress)",
    1517: "read as delayed (writer: revision)",
    1518: "read as progress (writer: delayed)",
    1520: "deadline 2025-02-28 (writer: None)",
    1522: "read as delayed (writer: progress)",
    1526: "read as delayed (writer: revision)",
    1536: "target 1e+11 (writer: None)",
    1540: "deadline 2024-12-30 (writer: None)",
    1552: _LOCAL,
    1567: "read as new (writer: None)",
    1574: "read as None (writer: new)",
    1575: "read as new (writer: None)",
    1580: "deadline 2025-03-31 (writer: None)",
    1582: "deadline 2026-03-31 (writer: None)",
    1587: "read as None (writer: new)",
    1603: "read as None (writer: delayed)",
    1606: "target 3 (writer: None)",
    1607: "read as None (writer: progress)",
    1609: "deadline 2024-12-31 (writer: None)",
    1620: "read as new (writer: None)",
    1622: "read as None (writer: new)",
    1626: "read as achieved (writer: None)",
    1637: "read as None (writer: delayed)",
    1642: "read as None (writer: new)",
    1643: "read as achieved (writer: None)",
    1645: "read as new (writer: achieved)",
    1648: "deadline 2025-12-31 (writer: None)",
    1660: "read as new (writer: progress)",
    1667: "read as progress (writer: None)",
    1673: "deadline 2025-10-31 (writer: None)",
}


def reading(case):
    """The first body mention of the sentence as the tool reads it (a statistic, `measured`, is no
    mention until linking finds the promise it measures)."""
    found = [m for m in mentions(case["sentence"], date=case["date"]) if m.strength != "measured"]
    return found[0] if found else None


@pytest.mark.parametrize("n", [
    pytest.param(n, id=f"{n:03d}", marks=[pytest.mark.xfail(strict=True, reason=DIFFERENT_READINGS[n])]
                 if n in DIFFERENT_READINGS else [])
    for n in range(len(COMMITMENT_SENTENCES))])
def test_a_sentence_written_apart_from_the_rules_is_read_as_its_writer_reads_it(n):
    case = COMMITMENT_SENTENCES[n]
    found = reading(case)
    assert (found.kind if found else None) == case["kind"], case["note"]
    if found is None:
        return
    due = found.deadline or (found.previous_deadline if found.kind == "delayed" else None)
    assert (due.isoformat() if due else None) == case["deadline"], case["note"]
    assert found.target_value == (pytest.approx(case["target_value"]) if case["target_value"] is not None else None)
    assert found.ministry == case["ministry"], case["note"]


@pytest.mark.parametrize("body,kind", [
    ("국토교통부는 동해선 포항~삼척 구간을 28일 개통했다고 밝혔다.", "achieved"),  # a line opened
    ("문화체육관광부는 국립한글박물관 분관이 지난 1일 개관됐다고 밝혔다.", "achieved"),
    ("국토교통부는 이 노선의 개통 목표 시점을 2030년으로 유지한다고 밝혔다.", "progress"),  # `개통 목표`: a plan kept
    ("국토교통부는 신분당선 연장선 개통 시기를 2027년 6월로 늦춘다고 밝혔다.", "delayed"),  # decided, told now
    ("해양수산부는 어촌 뉴딜 2단계 사업 계획을 철회한다고 밝혔다.", "cancelled"),
    ("환경부는 카페 내 플라스틱 빨대 금지 방침을 없던 일로 하기로 했다.", "cancelled"),  # the idiom's -던
    ("만약 국회가 연내 법안을 처리하지 못하면 시행은 2027년으로 늦어질 수 있다.", None),  # a case imagined
    ("해양수산부는 연안여객선 교체가 조선소 일정 탓에 2029년으로 2년 늦어진다고 밝혔다.", "delayed"),  # told with its new date
    ("연구 인프라 구축은 늦어진다.", None),  # (no date moved to, no body: a remark)
    ("기획재정부 관계자는 “유류세 인하 연장 여부는 아직 결정된 바 없다”고 말했다.", None),  # a question still open
    ("교육부는 시행 시기는 아직 정해지지 않았다고 밝혔다.", None),
    ("국토교통부는 그동안 미정이던 GTX-B 노선 착공을 2026년 상반기에 한다고 밝혔다.", "new"),  # (no longer open)
    ("민주노총은 노동부에 주 4.5일제를 내년부터 전면 시행하라고 요구했다.", None),  # an outsider's demand, in the imperative
    ("민주노총은 정부에 내년부터 주 4.5일제를 시행하라고 촉구했다.", None),
    ("과학기술정보통신부는 통신사에 이달 중 재발 방지 대책을 마련해 제출하라고 요구했다.", "new"),  # a body's order to others: set in motion, not done
    ("행정안전부는 각 시도에 이달 말까지 점검을 완료하라고 지시했다.", "new"),
    ("해양수산부는 세부 노선은 정해지지 않았지만 연내 연안여객선 10척을 새로 투입한다고 밝혔다.", "new"),  # (a plan after it)
    ("과기정통부는 다음 달 3일부터 5일까지 코엑스에서 '양자 주간' 행사를 연다.", None),  # an event's days
    ("문화체육관광부는 내년 6월에 국제 공연예술 행사를 처음 연다.", "new"),  # (a month's plan to hold one is a promise)
    ("문화체육관광부는 내년 10월 1일 국제 공연예술 행사를 처음 연다.", "new"),  # (and a day's, with no run of days)
    ("문화체육관광부는 12일 광화문광장에서 한글 축제를 연다.", None),  # a day of this month: the event's schedule
    ("해양수산부 장관은 오는 31일 부산에서 열리는 바다의 날 기념식에 참석한다.", None),  # an official's diary
    # (a lede's day of the news beside a plan's date, a day gone by, a promise to attend by a date: promises)
    ("문화체육관광부는 12일 2026년부터 매년 국제 공연예술 축제를 연다.", "new"),
    ("문화체육관광부는 지난 12일 발표한 계획에 따라 2026년 국제 공연예술 행사를 처음 연다.", "new"),
    ("해양수산부 장관은 2026년까지 매년 국제해사기구 총회에 직접 참석한다.", "new"),
    ("행정안전부는 지역 축제가 몰리는 10월까지 안전 점검을 모두 한다.", "new"),  # (a festival in a relative clause)
    ("교육부는 기초학력 미달 비율 감축 목표를 3%p에서 2%p로 하향 조정했다.", "revision"),  # (`미달 비율`: a name, no verdict)
    # a figure raised from the one first given (`당초 발표한 1억 원에서`), by decision: the promise revised; from the
    # figure as it stands, a new promise
    ("금융위원회는 대환대출 한도를 당초 발표한 1억 원에서 1억 5천만 원으로 올리기로 했다.", "revision"),
    ("금융위원회는 대환대출 한도를 1억 원에서 1억 5천만 원으로 올리기로 했다.", "new"),
    # an event's run of days told by its length, its name quoted: its schedule
    ("문화체육관광부가 주최하는 '2025 관광박람회'는 오는 6월 12일부터 나흘간 코엑스에서 열린다.", None),
    ("문화체육관광부는 오는 6월 12일부터 나흘간 코엑스에서 관광박람회를 연다.", None),
    ("문화체육관광부는 다음 달 12일부터 사흘 동안 광화문광장에서 한글 축제를 연다.", None),
    ("금융위원회는 대환대출 한도를 기존 1억 원에서 1억 5천만 원으로 올리기로 했다.", "revision"),  # (as `늘리기로`)
])
def test_deeds_told_a_few_more_ways(body, kind):
    found = [m for m in mentions(body, date="2025-10-01") if m.strength != "measured"]
    assert (found[0].kind if found else None) == kind


@pytest.mark.parametrize("body, reading", [
    # a deed finished in part of its whole: how far it got against the whole promised
    ("관세청은 목표한 20곳 중 12곳 세관에 판독 시스템 설치를 마쳤다고 밝혔다.", ("progress", 20)),
    ("식약처는 어린이 제품 300종 가운데 210종 검사를 완료했다고 밝혔다.", ("progress", 300)),
    ("산림청은 사방시설 1,200곳 가운데 1,080곳을 6월 말까지 마쳤다고 밝혔다.", ("delayed", 1200)),  # (its date gone by)
    ("산림청은 사방시설 1,200곳을 모두 마쳤다고 밝혔다.", ("achieved", 1200)),  # (the whole: done)
    # (money spent on the deed, not the deed done in part)
    ("국토교통부는 총사업비 1,000억 원 가운데 800억 원을 투입해 노후 교량 50곳 보수를 마쳤다고 밝혔다.", ("achieved", 50)),
])
def test_a_deed_finished_in_part_of_its_whole_is_progress_towards_the_whole(body, reading):
    found = mentions(body, date="2025-07-15")
    assert (found[0].kind, found[0].target_value) == reading


def test_a_clubs_gatherings_under_a_ministrys_news_are_no_promise_of_it():
    news = "기후에너지환경부는 2026년까지 포충기 200대를 달겠다고 밝혔다.\n\n"
    for own in ("- 9월 월간 사진왕 시상은 10월 첫 주에 합니다.", "- 7월 12일(토) 정기 모임(야간 채집)은 취소합니다.",
                "7월 서울 정기 모임 취소"):
        assert [m.sentence for m in mentions(news + own, date="2025-06-26")] == [news.strip()]
    # (a ministry's meeting promised and put off is still news of it)
    assert [m.kind for m in mentions("국토교통부는 연내 열겠다던 공청회를 내년 3월로 연기했다.", date="2025-06-26")] == ["delayed"]
    assert [m.kind for m in mentions("국토교통부, 연내 열겠다던 GTX 주민설명회 연기", date="2025-06-26")] == ["delayed"]


def test_a_county_speaking_of_itself_as_ours_makes_its_own_plan():
    ministry = "국토교통부는 수요응답형 버스를 2026년까지 150곳으로 늘린다.\n\n"  # (the body named before it)
    for plan in ("우리 시는 연말까지 공공자전거 500대를 늘립니다.", "우리 구는 7월 중 마을버스 5대를 더 운행할 계획입니다."):
        assert [m.sentence for m in mentions(ministry + plan, date="2025-05-16")] == [ministry.strip()]
    # `우리 군` is most often the armed forces
    found = mentions("국방부는 19일 국방혁신 계획을 발표했다.\n\n우리 군은 2026년까지 드론 5천 대를 도입할 계획이다.", date="2025-05-16")
    assert [(m.ministry, m.target_value) for m in found] == [("국방부", 5000)]
    found = mentions("국토교통부는 연말까지 우리 군에 버스 5대를 지원한다.", date="2025-05-16")  # (the ministry's, for us)
    assert [(m.ministry, m.target_value) for m in found] == [("국토교통부", 5)]


@pytest.mark.parametrize("body, reading", [
    # no setback is no negation of the deed: the plan stands (`차질이 없습니다`), a plan there is none of does not
    ("노동부 차관: 시행령 개정은 심사 단계에 있으며 이달 말 시행에는 차질이 없습니다.", ("new", "2025-10-31")),
    ("노동부는 올해 안에 지원금 인상을 시행할 계획이 없다고 밝혔다.", None),
    # the later time named without its year is in the year of the one it moved from
    ("병무청은 검사 시간 단축 목표 시점을 내년 상반기에서 하반기로 미뤘다.", ("delayed", "2026-12-31")),
    ("국토부는 개통 시기를 2027년 3월에서 6월로 늦췄다.", ("delayed", "2027-06-30")),
    ("해경은 구조정 20척 교체 시점을 2029년에서 내후년으로 앞당긴다고 밝혔다.", ("revision", "2027-12-31")),
    ("국토부는 개통 시기를 2027년 11월에서 2월로 미뤘다.", ("delayed", "2028-02-29")),  # (past the turn of the year)
    # hearsay and advice to the public are nobody's promise
    ("재경부가 3월에 유류세 인하를 끝낸다는 소문이 돌던데 아직 공식 발표는 없대요", None),
    ("식약처는 굴을 85도에서 1분 이상 익혀 먹어야 한다고 당부했다.", None),
    # (but care, `돌봄`, after `연말`, and a plan that takes up a recommendation, are)
    ("보건복지부는 연말 돌봄 인력을 1만 명 늘리겠다고 밝혔다.", ("new", "2025-12-31")),
    ("복지부는 요양병원에 스프링클러를 설치해야 한다는 인권위 권고를 받아들여 연말까지 500곳에 설치하겠다고 밝혔다.",
     ("new", "2025-12-31")),
])
def test_no_setback_a_year_carried_over_hearsay_and_advice(body, reading):
    found = [m for m in mentions(body, date="2025-10-01") if m.strength != "measured"]
    assert ((found[0].kind, found[0].deadline.isoformat()) if found else None) == reading


def test_a_recalled_promise_running_late_dates_its_period_gone_by():
    m = mention_of("산업부는 상반기까지 내놓겠다고 한 전력망 종합대책이 두 달째 지연되고 있다고 밝혔다.", "전력망",
                   date="2025-08-26")
    assert (m.kind, m.previous_deadline) == ("delayed", date(2025, 6, 30))


def test_a_promised_figure_with_letters_before_it_is_the_whole_a_part_is_counted_against():
    m = mention_of("과기정통부는 연말까지 구축하기로 한 AI 데이터센터 20곳 가운데 현재까지 9곳을 열었다고 밝혔다.", "데이터센터",
                   date="2025-06-24")
    assert (m.kind, m.target_value, m.reported_value) == ("progress", 20, 9)


def test_a_work_rate_is_how_far_the_work_got():
    m = mention_of("국토교통부는 새만금 신공항 공사가 공정률 42%를 넘어섰다고 밝혔다.", "공정률", date="2026-03-02")
    assert (m.kind, m.target_value, m.reported_value) == ("progress", None, 42)


def test_passing_a_feasibility_review_is_a_step_not_the_deed():
    found = mentions("국토교통부는 광역급행철도 D노선 사업이 예비타당성 조사를 통과해 2030년까지 착공한다고 밝혔다.",
                     date="2025-05-02")
    assert found and found[0].kind != "achieved"


@pytest.mark.parametrize("body,kind", [
    ("이 법은 국회 본회의를 통과해 내년 7월부터 시행된다.", "new"),  # news of a law, not its provision's wording
    ("개정안은 12일 국회 본회의 심의를 통과했다.", "achieved"),  # a law through the Assembly, not a review step
    ("만일의 사태에 대비해 산업통상자원부는 비축유 1억 배럴을 2026년까지 확보할 방침이다.", "new"),
    ("만약 법안이 통과되면 국토교통부는 2026년까지 공공주택 5만 호를 공급할 계획이다.", "new"),  # a pledge on a condition
    ("제22대 국회가 30일 개원했다.", None),  # an Assembly's term, not a hospital opened
])
def test_the_reviews_ordinary_sentences_keep_their_reading(body, kind):
    found = [m for m in mentions(body, date="2025-10-01") if m.strength != "measured"]
    assert (found[0].kind if found else None) == kind


def test_a_header_of_labels_among_rows_is_no_row_read():
    table = "구분 | 기존 | 변경\n\n지원 대상 | 2025년 3만 명 | 2026년 5만 명\n\n지원 금액 | 월 10만 원 | 월 20만 원"
    assert not [m for m in mentions(table, date="2025-10-01") if m.sentence.startswith("구분")]


def test_a_plan_that_lists_verdict_words_is_no_trackers_key_to_its_grades():
    assert extract._legend("판정은 이행·진행·변경·지연·무산 다섯 가지입니다.")
    assert not extract._legend("정부는 사업을 연기, 축소, 중단, 폐기 등 네 가지로 분류해 연말까지 재정비하겠다고 밝혔다.")


def test_an_outsider_passing_on_a_bodys_own_word_relays_the_bodys_promise():
    # the body only in a clause describing a thing of the outsider's own plan
    assert mention_of("경기도는 국토부가 확정한 노선에 맞춰 내년까지 환승센터 3곳을 짓겠다고 밝혔다.", "경기도는",
                      date="2025-12-09") is None
    found = mention_of("한국외식업중앙회는 농식품부가 연말까지 외식업체 5,000곳에 배달 수수료를 지원하기로 했다고 회원들에게 "
                       "안내했다.", "한국외식업중앙회", date="2025-09-02")
    assert (found.kind, found.ministry, found.target_value, str(found.deadline)) == (
        "new", "농림축산식품부", 5000, "2025-12-31")
    found = mention_of("경기도는 국토부가 GTX-C 노선 착공 시기를 내년 하반기로 미뤘다고 도의회에 보고했다.", "경기도는",
                       date="2025-12-09")
    assert (found.kind, found.ministry) == ("delayed", "국토교통부")
    # the outsider's own plan, a body named only in its condition, stays the outsider's
    assert mention_of("경기도는 국토부가 승인하면 내년까지 버스 200대를 늘리겠다고 밝혔다.", "경기도는", date="2025-12-09") is None


@pytest.mark.parametrize("sentence, day, kind", [
    ("방통위는 지상파 중간광고 전면 허용 방안을 추진하지 않기로 최종 결정했다.", "2025-05-08", "cancelled"),  # a plan dropped
    ("산업부 수소충전소 확충 목표 올해 180기→150기로 하향됨 (예산 삭감 영향)", "2025-04-11", "revision"),  # a target across an arrow
    ("- 해수부 섬 주민 여객선 운임 지원 전 항로 확대 시점 2027년 → 올해 하반기로 당겨짐", "2026-01-28", "revision"),  # the passive memo
    ("대구경북신공항 기본계획 고시가 또 내년 말로 밀렸다고 국토부가 밝혔다.", "2025-08-27", "delayed"),  # to a period's end
    ("성평등부 한부모 양육비 선지급 대상 확대 건은 결국 취소됐대요", "2026-09-24", "cancelled"),  # `한부모`: one word
])
def test_a_plan_dropped_a_target_moved_or_a_date_put_back_in_brief(sentence, day, kind):
    found = mention_of(sentence, sentence[:6], date=day)
    assert found is not None and found.kind == kind


def test_a_rules_figures_across_an_arrow_and_a_share_found_by_a_survey_are_no_change_of_a_promise():
    assert mention_of("▲중기부 점포 철거비 지원 한도 250만 원→400만 원 상향(7월부터)", "▲중기부", date="2025-04-22").kind == "new"
    assert mention_of("여성가족부에 따르면 이혼·미혼 한부모 10명 가운데 7명은 양육비를 한 번도 받지 못한 것으로 조사됐다.",
                      "여성가족부", date="2025-06-24") is None
    # a plan dropped only in a clause before another, or recalled, is no cancellation of the sentence
    found = mention_of("방통위는 A 방안을 추진하지 않기로 결정하고, 대신 연내 B 방안을 도입하겠다고 밝혔다.", "방통위는",
                       date="2025-06-24")
    assert found is not None and found.kind == "new"


def test_the_last_part_of_a_count_is_no_target_beside_the_whole():
    found = mention_of("환경부 수거·선별 거점 30곳은 9월에 마지막 세 곳이 문을 열어 다 채웠습니다.", "환경부", date="2026-11-26")
    assert (found.kind, found.target_value) == ("achieved", 30)


def test_a_heading_that_points_at_what_follows_is_no_promise():
    body = ("📢 [공지] 2026년 난청 검사·보청기 지원, 이렇게 바뀝니다\n\n"
            "보건복지부는 청각장애인 보청기 지원금을 7월부터 160만 원으로 올립니다.")
    assert [m.sentence[:5] for m in mentions(body, date="2026-03-05")] == ["보건복지부"]


def test_a_wish_is_no_promise():
    assert mention_of("· 익명 참가자 | 법무부 앱 2.0 꼭 연말에 나왔으면 합니다.", "· 익명", date="2025-10-23") is None
    assert mention_of("복지부가 연말까지 상담센터 17곳을 모두 열었으면 좋겠습니다.", "복지부가", date="2025-10-23") is None


@pytest.mark.parametrize("said, person, title", [
    ('국토교통부 택시정책과 도휘성 과장은 "9월부터는 승차 거부로 똑같이 처분하겠다"고 말했다.', "도휘성", "과장"),
    ('소방청 119생활안전과 고은재 과장은 "내년에는 반드시 이관 기준을 만들겠다"고 밝혔다.', "고은재", "과장"),
    ('농촌진흥청 양봉생태과 나설희 연구관은 "올해 안에 트랩 2만 개를 나눠 드리겠다"고 말했다.', "나설희", "연구관"),
    ('보건복지부 장애인권익지원과 탁서연 과장님이 "상반기 안에 법안을 내겠다"고 하셨어요.', "탁서연", "과장"),
    ('국토교통부 이상국 과장은 "9월부터는 승차 거부로 처분하겠다"고 말했다.', "이상국", "과장"),  # (a name ending like an office)
    # a division Kiwi cuts with a prefix and a conjunction (`재/XPN`, `과/JC`), a name it cuts into pieces (`맹 + 하 + 진`)
    ('기후에너지환경부 자원재활용과 맹하진 과장은 "내년 3월에는 보상금을 드리겠다"고 했습니다.', "맹하진", "과장"),
    ('행정안전부 자연재난대응과 편지호 과장은 "내년 11월까지 제설기를 보내겠다"고 했다.', "편지호", "과장"),
])
def test_an_official_named_after_their_ministrys_division_is_the_speaker(said, person, title):
    [found] = mentions(said, date="2025-07-17")
    assert (found.person, found.person_title) == (person, title)


@pytest.mark.parametrize("said", [
    '국토교통부 보행정책과 전담반 과장은 "연말까지 보행로 300곳을 고치겠다"고 말했다.',  # (an office, `전담 + 반`)
    '행정안전부 재난협력과 정책팀 팀장은 "연말까지 대피소 300곳을 고치겠다"고 말했다.',  # (`정책 + 팀`)
])
def test_an_office_after_a_division_is_no_name(said):
    [found] = mentions(said, date="2025-07-17")
    assert found.person is None


def test_a_time_named_without_its_year_that_the_news_says_has_gone_by_is_this_years():
    [found] = mentions("산업부의 해상풍력 첫 경쟁입찰 공고가 3분기를 넘기며 일정이 지연되고 있다.", date="2025-10-15")
    assert (found.kind, found.previous_deadline, found.ministry) == ("delayed", date(2025, 9, 30), "산업통상부")
    # (moved to a time, not past it: `상반기 중으로 넘어간` stays ahead)
    [moved] = mentions("식약처의 유해성분 분석 결과 공개는 검증 절차가 길어지면서 상반기 중으로 넘어간 것으로 압니다.",
                       date="2025-10-15")
    assert moved.deadline == date(2026, 6, 30)
    [kept] = mentions("보건복지부는 상반기를 넘기지 않고 개정안을 국회에 제출하겠다고 밝혔다.", date="2025-12-20")
    assert kept.deadline == date(2026, 6, 30)  # (not let pass: still ahead)


@pytest.mark.parametrize("said, first_words", [
    ("손님들이 자주 물으셔서, 올해 정부가 발표한 한옥 지원 계획을 정리해 둡니다.", []),  # the writer on what follows
    ("보건복지부 과장님이 오셔서 올해 바뀌는 것들을 설명해 주셨는데, 잊기 전에 정리해 둡니다.", []),
    ("정부가 올봄부터 시행하는 대책을 손님 입장에서 정리했습니다.", []),
    ("과기정통부는 2026년까지 GPU 3만 장을 확보하는 계획을 설명했다.", ["과기정통부는"]),  # (a figure: the plan's own)
    ("과기정통부는 AI 기본법 하위법령 내용을 정리해 연내 발표하겠다고 밝혔다.", ["과기정통부는"]),  # (a plan to sum it up)
])
def test_a_writer_telling_what_follows_makes_no_promise(said, first_words):
    assert [m.sentence.split()[0] for m in mentions(said, date="2025-05-14")] == first_words


@pytest.mark.parametrize("point, read_on, kind", [
    ("반려견 등록 앱 안내 3월부터 시작(농식품부)", "2026-08-20", "achieved"),  # a month gone by, then the deed done on it
    ("어린이 놀이터 안전 기준 10월 입법예고(행안부)", "2025-11-05", "achieved"),
    ("반려견 등록 앱 안내 7월 개통(농식품부)", "2026-08-20", "achieved"),  # (a month, no `부터`)
    ("반려견 등록 앱 안내 10월부터 시작(농식품부)", "2026-08-20", None),  # a month ahead: not done
    ("농식품부 반려견 등록 앱 안내 3월부터 시작(미정)", "2026-08-20", None),  # (its bracket says it is not settled)
])
def test_a_summary_point_closing_on_a_date_gone_by_and_its_deed_reports_it_done(point, read_on, kind):
    # (a plan's schedule listed item by item is no summary: `- 사업 공고 3월 시작` under `추진 일정`)
    schedule = "농림축산식품부 추진 일정\n\n- 반려견 등록 사업 공고 3월 시작\n\n- 동물병원 진료비 기준 6월 입법예고"
    assert "achieved" not in [m.kind for m in mentions(schedule, date="2025-08-20")]
    line = f"[동물병원 한 줄] 고양이 사료 20% 할인 · {point} · 놀이터 점검 500곳은 9월로 밀림"
    found = {m.sentence: m.kind for m in mentions(line, date=read_on)}
    if kind is None:
        assert "achieved" not in found.values()  # (nothing reported done: the line stays one, its delay)
    else:
        assert found.get(point) == kind


@pytest.mark.parametrize("label", ["[한 줄 소식]", "[이번 주 운행 요약]", "[이번 달 핵심]"])
def test_a_summary_lines_label_of_a_few_words_heads_its_points(label):
    line = f"{label} 방음벽 필름 112km 완료(기후에너지환경부) · 조달청, 연말까지 저감 필름 혁신제품 지정"
    found = mentions(line, date="2025-10-28")
    assert [(m.kind, m.ministry) for m in found] == [("achieved", "기후에너지환경부"), ("new", "조달청")]
