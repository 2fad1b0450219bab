"""Writes the hand annotations of held-out set ak to gold/*.toml.

The annotations below were written by hand, sentence by sentence, from the pages in
articles/. This script only serialises them (so that quoting in TOML is never wrong);
check_gold.py validates the result.

Run (from the set folder or anywhere):
    python3 tools/build_gold.py                 # per-page gold files only
    python3 tools/build_gold.py --commitments   # also gold/commitments/unseen.toml
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT.parent))

from goldtools import m, write  # noqa: E402

MAFRA = "농림축산식품부"
FSC = "금융위원회"
MOEF = "기획재정부"           # until 2026-01-01
MOFE = "재정경제부"           # from 2026-01-02: 기획재정부's primary successor (tax policy)
MOE = "교육부"
MOLIT = "국토교통부"
MOEL = "고용노동부"
ME = "환경부"                 # until 2025-09-30
MCEE = "기후에너지환경부"     # from 2025-10-01, 환경부's successor
MOF = "해양수산부"
KCG = "해양경찰청"
MSS = "중소벤처기업부"
NFA = "소방청"

OTH = "other"      # 반려동물 진료비, 학자금, 택배, 바다낚시, 소방청's 전통시장 items
SU = "startup"     # 중소벤처기업부's 전통시장 화재 items: remit_of (cue 소상공인 nowhere; no other topic's cue)
FIS = "fiscal"     # 학자금 상환액 세액공제 (세법, 소득세법), 반려동물 진료 부가가치세 면제

LATE = "achieved after the deadline the commitment named; no deadline fields"
WHEN = "on time, but the time words say when it was done, not what was promised: no deadline fields"
LATER = "deadline moved later: delayed (convention 1), new date in deadline"
SHORT = "short after the deadline: delayed (convention 2)"
MEAS = "a measured value without the target, before the deadline: progress, no fields"

PAGES: list[dict] = []

# ---------------------------------------------------------------- 반려동물 진료비 1/3 (veterinary clinic's website fee-notice page; 농림축산식품부, 금융위원회)
VET = "the clinic's '- ' line relaying the government plan, whole with its marker; person ''"
P1_S = "[요약] 진료비 게시 의무 모든 동물병원으로(7월) · 표준 진료 항목 200개(연내) · 진료비 비교 누리집(하반기)"
PAGES.append(dict(
    source="2025-01-22_ak_vet-clinic-fee-page.txt",
    title="진료비 안내 — 정부 '반려동물 진료비 부담 완화 방안'에 따른 변경 사항", published_at="2025-01-22",
    mentions=[
        m("ak-mafra-posting-all", "new", MAFRA, OTH, P1_S, deadline="2025-07-31", dtext="7월",
          comment="the post's summary line (above the body): one line, three commitments, each item with its own "
                  "date phrase; names no body: 농림축산식품부 (the plan's body). The title names no date or number"),
        m("ak-mafra-std-200", "new", MAFRA, OTH, P1_S, target=200.0, unit="개", deadline="2025-12-31", dtext="연내",
          comment="second item"),
        m("ak-mafra-compare-site", "new", MAFRA, OTH, P1_S, deadline="2025-12-31", dtext="하반기",
          comment="third item"),
        m("ak-mafra-posting-all", "new", MAFRA, OTH,
          "- 지금은 수의사 2인 이상 동물병원만 진료비를 게시해야 하지만, 7월부터는 수의사 1인 병원을 포함한 모든 동물병원으로 게시 의무가 확대됩니다.",
          deadline="2025-07-31", dtext="7월부터",
          comment=VET + "; a rule change stated as an outcome: 농림축산식품부. The intro ('지난 16일' release) and the "
                        "clinic's own price table are not annotated"),
        m("ak-mafra-std-200", "new", MAFRA, OTH,
          "- 농식품부는 진료 항목의 이름과 절차를 통일한 '표준 진료 항목'을 현재 100개에서 연내 200개로 늘립니다.",
          target=200.0, unit="개", deadline="2025-12-31", dtext="연내",
          comment=VET + "; '농식품부' → 농림축산식품부; 100개 is the baseline"),
        m("ak-mafra-compare-site", "new", MAFRA, OTH,
          "- 지역별 평균·최저·최고 진료비를 한눈에 비교하는 정부 공식 누리집도 하반기 중 문을 엽니다.",
          deadline="2025-12-31", dtext="하반기 중", comment=VET + "; subjectless: 농림축산식품부"),
        m("ak-fsc-petins-10", "new", FSC, OTH,
          "- 금융위원회는 펫보험 가입률을 현재 1.7%에서 2027년까지 10%로 끌어올리겠다며 보험 상품 구조를 손보기로 했습니다.",
          target=10.0, unit="%", deadline="2027-12-31", dtext="2027년까지",
          comment=VET + "; another body's promise in the same plan keeps its body; 1.7% is the baseline"),
        m("ak-fsc-auto-claim", "new", FSC, OTH,
          "- 금융위는 또 동물병원과 보험사 전산을 이어 진료비 보험금을 자동으로 청구하는 서비스를 내년 상반기까지 선보일 계획입니다.",
          deadline="2026-06-30", dtext="내년 상반기까지",
          comment=VET + "; '금융위' → 금융위원회. Not annotated: the clinic's own plans (3월부터 5% 조정, 토요일 진료, "
                        "세부 내역서, 항목 이름), the director's quote (일본 15%, 영국 25%: other countries; an opinion), "
                        "대한수의사회's position, the 2023 figure (26만 원)"),
    ]))

# ---------------------------------------------------------------- 학자금 1/3 (university student-support office's notice-board post; 교육부, 기획재정부)
UNI = "the notice's ○ line relaying 교육부's plan, whole with its marker; person ''"
PAGES.append(dict(
    source="2025-02-19_ak_univ-scholarship-notice.txt",
    title="[장학] 2025학년도 1학기 국가장학금 2차 신청 안내 및 정부 학자금 지원 계획 주요 내용",
    published_at="2025-02-19",
    mentions=[
        m("ak-moe-tier9", "new", MOE, OTH, "· 국가장학금 9구간까지 확대(9월 2학기부터)",
          deadline="2025-09-30", dtext="9월 2학기부터",
          comment="the [한눈에 보기] '· ' line (above the body), whole; names no body: 교육부; '9구간' names the scope, "
                  "not a count target"),
        m("ak-moe-work-140k", "new", MOE, OTH, "· 근로장학생 14만 명(올해)", target=140000.0, unit="명",
          deadline="2025-12-31", dtext="올해", comment="[한눈에 보기] line"),
        m("ak-moe-rate-17", "new", MOE, OTH, "· 학자금 대출 금리 연 1.7% 동결(올해 1·2학기)", target=1.7, unit="%",
          deadline="2025-12-31", dtext="올해", comment="[한눈에 보기] line; a freeze: the rate is the target"),
        m("ak-moe-tier9", "new", MOE, OTH, "○ 9월 2학기부터 국가장학금 지원 대상이 학자금 지원 8구간에서 9구간까지 넓어집니다.",
          deadline="2025-09-30", dtext="9월 2학기부터",
          comment=UNI + "; subjectless: 교육부. The next line ('약 10만 명이 … 내다봤습니다') is a forecast, not annotated. "
                        "The application dates of section 1 (2. 20.~3. 18., 3. 25.) are deadline look-alikes"),
        m("ak-moe-work-140k", "new", MOE, OTH, "○ 교내·교외 근로장학생을 지난해 12만 명에서 올해 14만 명으로 늘립니다.",
          target=140000.0, unit="명", deadline="2025-12-31", dtext="올해", comment=UNI + "; 12만 명 is the baseline"),
        m("ak-moe-rate-17", "new", MOE, OTH, "○ 학자금 대출 금리는 올해 1·2학기 모두 연 1.7%로 동결합니다.",
          target=1.7, unit="%", deadline="2025-12-31", dtext="올해", comment=UNI),
        m("ak-moe-icl-grad", "new", MOE, OTH,
          "○ 대학원생도 내년 3월부터 '취업 후 상환 학자금 대출'을 받을 수 있도록 관련 법 개정을 추진합니다.",
          deadline="2026-03-31", dtext="내년 3월부터", comment=UNI),
        m("ak-moe-search", "new", MOE, OTH,
          "○ 한국장학재단 앱에 교내·교외·지방자치단체 장학금을 한 번에 찾아보는 '장학금 통합 검색' 서비스를 상반기 중 엽니다.",
          deadline="2025-06-30", dtext="상반기 중",
          comment=UNI + "; 교육부's plan (한국장학재단 runs the app); never reported on again: delayed by the date rule"),
        m("ak-moef-loan-credit", "new", MOEF, FIS,
          "○ 기획재정부는 학자금 대출 원리금 상환액에 대한 세액공제율을 15%에서 20%로 높이는 세법 개정을 추진해 내년 상환분부터 적용할 계획입니다.",
          target=20.0, unit="%", deadline="2026-12-31", dtext="내년",
          comment=UNI + "; another body's promise keeps its body; fiscal (cues 세액공제, 세법). Not annotated: the "
                        "2024 count (100만 명), the university's own changes (3.3, 생활비 장학금 '2학기부터', 420명), "
                        "총학생회's demand, the 등록금심의위원회 '3월 중', the eligibility rules and the FAQ"),
    ]))

# ---------------------------------------------------------------- 택배 1/3 (courier company's earnings-call summary on an investor portal; 국토교통부, 고용노동부, 환경부)
CALL = "the CFO's answer relaying a government plan (after 'A. ' or '. '); person '' (a company officer, not an official)"
PAGES.append(dict(
    source="2025-03-13_ak_courier-earnings-call.txt",
    title="큰길로지스 2024년 4분기 실적 컨퍼런스콜 녹취 요약", published_at="2025-03-13",
    mentions=[
        m("ak-molit-sorting-100", "new", MOLIT, OTH,
          "국토교통부는 현재 85%인 분류 전담 인력 투입률을 연내 100%로 끌어올리겠다고 했습니다.",
          target=100.0, unit="%", deadline="2025-12-31", dtext="연내",
          comment=CALL + "; 85% is the baseline. The company's own 92% and its plans (매출 4조 2,000억 원, 자동 분류기 "
                         "40개 터미널 '2026년까지', 주 5일 배송 시범 '하반기') are not annotated"),
        m("ak-molit-rest-300", "new", MOLIT, OTH,
          "국토부는 또 2026년까지 택배 터미널 휴게시설을 300곳 새로 짓기로 했는데, 저희 터미널 12곳이 대상에 포함됐습니다.",
          target=300.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment=CALL + "; one sentence with the company's share (12곳: not a target)"),
        m("ak-molit-night-guide", "new", MOLIT, OTH,
          "밤 10시 이후 심야 배송을 제한하는 국토부 가이드라인이 상반기 중 나올 예정이어서, 새벽 배송 상품 구성은 그 뒤에 다시 보겠습니다.",
          deadline="2025-06-30", dtext="상반기 중",
          comment=CALL + "; '밤 10시' is the rule's hour, not a deadline"),
        m("ak-moel-night-checkup", "new", MOEL, OTH,
          "고용노동부가 하반기부터 야간 택배 작업자에게 특수건강진단을 의무화하겠다고 해 검진 비용으로 연 20억 원가량을 올해 계획에 반영했습니다.",
          deadline="2025-12-31", dtext="하반기부터",
          comment=CALL + "; '20억 원' is the company's cost, not a target"),
        m("ak-moel-inspect-200", "new", MOEL, OTH,
          "노동부는 9월까지 과로 위험이 큰 택배 대리점 200곳을 감독한다고 밝혔고, 저희 대리점도 일부 포함될 수 있습니다.",
          target=200.0, unit="곳", deadline="2025-09-30", dtext="9월까지", comment=CALL + "; '노동부' → 고용노동부"),
        m("ak-me-overpack", "new", ME, OTH,
          "환경부의 택배 과대포장 규제는 계도기간이 끝나는 내년 4월부터 실제 단속에 들어간다고 들었습니다.",
          deadline="2026-04-30", dtext="내년 4월부터",
          comment=CALL + "; 환경부 on 2025-03-13 (기후에너지환경부 from 2025-10-01). Not annotated: the union's demands "
                         "(택배노동자연대), UPS's wage deal to 2028 (a foreign company), the IR desk's comment"),
    ]))

# ---------------------------------------------------------------- 바다낚시 1/3 (fishing-boat booking site's boat page with the captain's notice; 해양수산부, 해양경찰청)
BOAT = "the captain's ▶ line relaying the ministries' plan, whole with its marker; person ''"
PAGES.append(dict(
    source="2025-04-17_ak_fishing-boat-booking.txt", title="해돋이3호 (보령 오천항) - 물때온 바다낚시 예약",
    published_at="2025-04-17",
    mentions=[
        m("ak-mof-lifejacket", "new", MOF, OTH,
          "▶ 지금은 기상 특보 때만 의무인 구명조끼 착용이 7월부터 날씨와 관계없이 상시 의무가 됩니다.",
          deadline="2025-07-31", dtext="7월부터",
          comment=BOAT + "; a rule change stated as an outcome: 해양수산부 (the rule's body). The boat's own rules "
                         "(출항 5시, 정원 20명, 환불 규정, 4/19 … reservations) are not promises"),
        m("ak-mof-captain-8h", "new", MOF, OTH, "▶ 선장 안전교육이 내년부터 연 4시간에서 8시간으로 늘어납니다.",
          target=8.0, unit="시간", deadline="2026-12-31", dtext="내년부터",
          comment=BOAT + "; subjectless: 해양수산부; 4시간 is the baseline"),
        m("ak-mof-vpass-4300", "new", MOF, OTH,
          "▶ 해수부는 노후 위치발신장치(V-Pass)를 단 낚시어선 4,300척의 장비를 2026년까지 모두 새것으로 바꿔 줍니다.",
          target=4300.0, unit="척", deadline="2026-12-31", dtext="2026년까지", comment=BOAT + "; '해수부' → 해양수산부"),
        m("ak-kcg-inspect-4000", "new", KCG, OTH, "▶ 해경은 상반기 중 전국 낚시어선 4,000척을 출항 전에 합동 점검합니다.",
          target=4000.0, unit="척", deadline="2025-06-30", dtext="상반기 중", comment=BOAT + "; '해경' → 해양경찰청"),
        m("ak-kcg-boat-20", "new", KCG, OTH, "▶ 해경은 또 낚시어선이 몰리는 해역 20곳에 전담 연안구조정을 연내 배치합니다.",
          target=20.0, unit="곳", deadline="2025-12-31", dtext="연내", comment=BOAT),
        m("ak-kcg-rate-15", "new", KCG, OTH,
          "▶ 해경은 낚시어선 사고율을 지난해 2.4‰(천 척당 2.4건)에서 2027년까지 1.5‰ 이하로 낮추겠다고 밝혔습니다.",
          target=1.5, unit="‰", deadline="2027-12-31", dtext="2027년까지",
          comment=BOAT + "; a per-mille target (unit ‰); 2.4‰ is the baseline"),
        m("ak-mof-license", "new", MOF, OTH, "▶ 해수부는 바다낚시 면허제(낚시 허가제) 도입도 2026년을 목표로 추진합니다.",
          deadline="2026-12-31", dtext="2026년",
          comment=BOAT + ". Not annotated: the boat's own 구명조끼 rule '이달부터' and its fare rise '5월 1일 출항분부터', "
                         "the 2024 accident count (251건), the 조황, the reviews (일본 면허: an angler's opinion)"),
    ]))

# ---------------------------------------------------------------- 전통시장 화재 1/4 (market merchants' association's BAND group post; 중소벤처기업부, 소방청)
BAND = "the secretary-general's numbered line relaying the plan, whole with its emoji marker; person ''"
P5_S = "📌 한 줄 요약: 화재알림기 7만 점포(올해 말까지) · 노후 전선 200개 시장(2026년까지) · 소방청 전수 점검(6월 말까지)"
PAGES.append(dict(
    source="2025-05-27_ak_market-merchants-band.txt",
    title="[필독] 정부 '전통시장 화재 안전 종합대책' 우리 시장에 해당하는 것만 정리했습니다 🔥🧯",
    published_at="2025-05-27",
    mentions=[
        m("ak-mss-alarm-70k", "new", MSS, SU, P5_S, target=70000.0, unit="곳", deadline="2025-12-31", dtext="올해 말까지",
          comment="the post's one-line summary: three commitments; the first two name no body: 중소벤처기업부 "
                  "(startup by remit); '7만 점포' → 70000 '곳' (the body lines' counter)"),
        m("ak-mss-wiring-200", "new", MSS, SU, P5_S, target=200.0, unit="개", deadline="2026-12-31", dtext="2026년까지",
          comment="second item; '200개 시장' → 200 '개'"),
        m("ak-nfa-inspect-all", "new", NFA, OTH, P5_S, deadline="2025-06-30", dtext="6월 말까지",
          comment="third item: 소방청 (named); '전수' names no number here"),
        m("ak-mss-alarm-70k", "new", MSS, SU,
          "1️⃣ 중기부는 화재알림시설을 단 점포를 지난해 4만 2,000곳에서 올해 말까지 7만 곳으로 늘린다고 합니다.",
          target=70000.0, unit="곳", deadline="2025-12-31", dtext="올해 말까지",
          comment=BAND + "; '중기부' → 중소벤처기업부; 4만 2,000곳 is the baseline. The line under it (자부담 10%, the "
                         "market's 38 shops) is a rule and a local fact"),
        m("ak-mss-wiring-200", "new", MSS, SU,
          "2️⃣ 노후 전기 배선을 통째로 바꾸는 '전선 정비 사업'은 2026년까지 200개 시장에서 진행됩니다.",
          target=200.0, unit="개", deadline="2026-12-31", dtext="2026년까지",
          comment=BAND + "; subjectless: 중소벤처기업부. '7월 공모' under it is an event"),
        m("ak-mss-mutual-40", "new", MSS, SU,
          "3️⃣ 중기부는 화재공제 가입률을 지금 25%에서 2027년까지 40%로 끌어올리겠다고 하네요.",
          target=40.0, unit="%", deadline="2027-12-31", dtext="2027년까지",
          comment=BAND + "; never reported on again; its deadline is still ahead: announced. The 공제 terms under it "
                         "(2만~3만 원, 6,000만 원) describe the product"),
        m("ak-nfa-inspect-all", "new", NFA, OTH, "4️⃣ 소방청은 6월 말까지 전국 전통시장 1,388곳을 모두 합동 점검합니다.",
          target=1388.0, unit="곳", deadline="2025-06-30", dtext="6월 말까지", comment=BAND),
        m("ak-nfa-hydrant-320", "new", NFA, OTH,
          "5️⃣ 소방청은 또 비상소화장치가 없는 시장 320곳에 내년 상반기까지 장치를 설치해 준다고 합니다.",
          target=320.0, unit="곳", deadline="2026-06-30", dtext="내년 상반기까지",
          comment=BAND + ". Not annotated: the market's own figures (📍 현황), the association's own tasks (순찰조 '6월 "
                         "둘째 주부터', 공동구매 '6월 10일까지'), 도담시's 3억 원 (a local government), 전국상인연합회's "
                         "demand, the five-year fire count, the comments"),
    ]))

# ---------------------------------------------------------------- 학자금 2/3 (disability NGO's easy-read guide; 교육부, 기획재정부)
EASY = "an easy-read sentence, whole (one line); person ''"
PAGES.append(dict(
    source="2025-08-12_ak_scholarship-easy-read.txt", title="국가장학금, 쉽게 알아봐요 (2025년 2학기)",
    published_at="2025-08-12",
    mentions=[
        m("ak-moe-tier9", "achieved", MOE, OTH, "① 교육부는 2학기 국가장학금 심사부터 9구간까지 넓혔어요.",
          comment="the ■ 한 장으로 보기 box's line, whole with its marker; the 2학기 screening already under 9구간: "
                  "achieved before the semester's start (on time; " + WHEN + ")"),
        m("ak-moe-rate-17", "achieved", MOE, OTH, "② 2학기 학자금 대출 이자도 1년에 1.7%로 1학기와 같아요.",
          target=1.7, unit="%",
          comment="box line; subjectless: 교육부; both semesters of the year fixed at 1.7%: the freeze is achieved"),
        m("ak-moe-housing-20", "new", MOE, OTH,
          "③ 교육부는 내년부터 집을 떠나 사는 대학생에게 '주거 안정 장학금'을 주겠다고 했어요.",
          deadline="2026-12-31", dtext="내년부터", comment="box line; a new promise (its amount is in section 4)"),
        m("ak-moe-tier9", "achieved", MOE, OTH, "교육부는 9월 2학기부터 9구간 학생도 받을 수 있게 바꿨어요.",
          comment=EASY + "; the rule changed: achieved; " + WHEN + ". The next line ('… 이미 심사를 받고 있어요.') "
                         "describes it and is not annotated"),
        m("ak-moe-rate-17", "achieved", MOE, OTH, "교육부는 2학기 학자금 대출 이자를 1학기처럼 1년에 1.7%로 정했어요.",
          target=1.7, unit="%", comment=EASY),
        m("ak-moe-work-140k", "progress", MOE, OTH, "근로장학금을 받은 학생은 1학기에 7만 8,000명이었어요.",
          comment=EASY + "; " + MEAS),
        m("ak-moe-work-140k", "progress", MOE, OTH, "교육부는 올해 근로장학생 14만 명을 채우겠다고 했어요.",
          target=140000.0, unit="명", deadline="2025-12-31", dtext="올해", comment=EASY + "; the promise restated"),
        m("ak-moe-icl-grad", "progress", MOE, OTH,
          "대학원생이 '취업 후 상환 학자금 대출'을 받을 수 있게 하는 법은 아직 국회에서 이야기하고 있어요.",
          comment=EASY + "; the bill pending before the deadline: progress, no fields"),
        m("ak-moe-icl-grad", "progress", MOE, OTH,
          "교육부는 법이 바뀌면 내년 초 1학기부터 대학원생도 이 대출을 받을 수 있게 하겠다고 했어요.",
          deadline="2026-03-31", dtext="내년 초",
          comment=EASY + "; restated: '내년 초' → 2026-03-31 (DESIGN), the same date as '내년 3월부터': progress"),
        m("ak-moef-loan-credit", "progress", MOEF, FIS,
          "기획재정부는 학자금 대출을 갚은 돈에 대한 세금 공제 비율을 15%에서 20%로 올리는 안을 지난달 31일 내놓았어요.",
          target=20.0, unit="%", comment=EASY + "; the 세법 개정안 published: progress; '지난달 31일' is when"),
        m("ak-moef-loan-credit", "progress", MOEF, FIS, "기획재정부는 이 내용을 내년에 갚는 돈부터 적용하는 것이 목표예요.",
          deadline="2026-12-31", dtext="내년", comment=EASY + "; the date restated"),
        m("ak-moe-housing-20", "new", MOE, OTH,
          "교육부는 내년부터 집을 떠나 사는 대학생에게 '주거 안정 장학금'을 한 달에 20만 원씩 주겠다고 했어요.",
          target=200000.0, unit="원", deadline="2026-12-31", dtext="내년부터", comment=EASY + "; '한 달에 20만 원' → 200000 원"),
        m("ak-moe-helper-4000", "new", MOE, OTH,
          "교육부는 장애 대학생을 돕는 '도우미 장학금'을 받는 학생을 올해 3,000명에서 내년 4,000명으로 늘릴 계획이에요.",
          target=4000.0, unit="명", deadline="2026-12-31", dtext="내년",
          comment=EASY + "; 3,000명 is the baseline. Not annotated: the glossary, the application period ('8월 21일부터 9월 "
                         "10일까지'), the US loan-forgiveness line (another country)"),
    ]))

# ---------------------------------------------------------------- 전통시장 화재 2/4 and 바다낚시 2/3 (lawmaker's 의정보고서 as text; 중소벤처기업부, 소방청, 해양수산부, 해양경찰청)
LAW = "the report's account of a ministry's answer, whole line; person '' (the lawmaker reports; no official speaks)"
P7_S = "▲ 중기부, 화재알림시설 연말까지 7만 곳 ▲ 화재 피해 상인 재기 지원금 500만 원으로(내년부터) ▲ 낚시어선 구명조끼 상시 착용 시행"
PAGES.append(dict(
    source="2025-09-30_ak_lawmaker-chuseok-report.txt", title="차서율 의원 의정보고서 2025 추석호 (제6호) 텍스트 보기",
    published_at="2025-09-30",
    mentions=[
        m("ak-mss-alarm-70k", "progress", MSS, SU, P7_S, target=70000.0, unit="곳", deadline="2025-12-31", dtext="연말까지",
          comment="the [이번 호 핵심] line (above the body): three commitments; restated on course: progress"),
        m("ak-mss-recovery-500", "new", MSS, SU, P7_S, target=5000000.0, unit="원", deadline="2026-12-31", dtext="내년부터",
          comment="second item; names no body: 중소벤처기업부 (its promise below)"),
        m("ak-mof-lifejacket", "achieved", MOF, OTH, P7_S,
          comment="third item: '시행' (in force since July: on time); names no body: 해양수산부"),
        m("ak-mss-alarm-70k", "progress", MSS, SU,
          "중기부는 8월 말 기준 화재알림시설 설치 점포가 5만 8,000곳이라며 연말까지 7만 곳을 채우겠다고 답했습니다.",
          target=70000.0, unit="곳", deadline="2025-12-31", dtext="연말까지",
          comment=LAW + "; a count and the promise restated: progress ('8월 말 기준' is a measured period)"),
        m("ak-nfa-inspect-all", "achieved", NFA, OTH, "소방청은 상반기에 전국 전통시장 1,388곳 합동 점검을 모두 마쳤다고 보고했습니다.",
          target=1388.0, unit="곳", comment=LAW + "; " + WHEN),
        m("ak-nfa-hydrant-320", "progress", NFA, OTH, "소방청은 비상소화장치 설치 대상 320곳 가운데 140곳을 마쳤다고 밝혔습니다.",
          target=320.0, unit="곳", comment=LAW + "; short before the deadline: progress; the clause names the target"),
        m("ak-mss-recovery-500", "new", MSS, SU,
          "차서율 의원의 요구에 중기부는 화재 피해 상인 재기 지원금을 점포당 200만 원에서 내년부터 500만 원으로 올리겠다고 약속했습니다.",
          target=5000000.0, unit="원", deadline="2026-12-31", dtext="내년부터",
          comment=LAW + "; a new promise made to a lawmaker: the ministry's; 200만 원 is the baseline"),
        m("ak-mof-lifejacket", "achieved", MOF, OTH, "해수부는 7월부터 낚시어선 승객의 구명조끼 상시 착용을 의무화했다고 밝혔습니다.",
          comment=LAW + "; " + WHEN),
        m("ak-kcg-inspect-4000", "achieved", KCG, OTH, "해경은 상반기 낚시어선 4,120척을 출항 전 점검해 목표(4,000척)를 넘겼습니다.",
          target=4000.0, unit="척", comment=LAW + "; over the target, on time; " + WHEN + "; '목표(4,000척)' names the target"),
        m("ak-kcg-boat-20", "progress", KCG, OTH,
          "해경 전담 연안구조정은 현재 8곳에 배치돼 있으며, 해경은 연내 20곳 목표를 지키겠다고 했습니다.",
          target=20.0, unit="곳", deadline="2025-12-31", dtext="연내", comment=LAW + "; count and restated promise: progress"),
        m("ak-mof-license", "progress", MOF, OTH,
          "다만 바다낚시 면허제는 해수부가 \"2026년 도입 목표는 유지하되 시기는 의견 수렴 뒤 정하겠다\"고 해 불투명합니다.",
          deadline="2026-12-31", dtext="2026년",
          comment=LAW + "; the year kept, the timing left open: read as progress with its date (uncertain call: not a "
                        "delay). Not annotated: 은포낚시어선협회's petition, the lawmaker's numbers and funding claims, "
                        "his own pledges (하나.–셋.: '임기 내', '내년 상반기', '연내' — a lawmaker's, not a ministry's)"),
    ]))

# ---------------------------------------------------------------- 전통시장 화재 3/4 (online shop's product page for an extinguisher; passing mentions)
SHOP = "the seller's product text relaying the plan (passing mention); person ''"
PAGES.append(dict(
    source="2025-11-20_ak_extinguisher-product-page.txt",
    title="불지킴이 점포용 천장형 자동확산소화기 FX-20 (전통시장·소형 점포용)", published_at="2025-11-20",
    mentions=[
        m("ak-mss-alarm-70k", "progress", MSS, SU,
          "중기부는 올해 말까지 전통시장 점포 7만 곳에 화재알림시설을 보급하겠다고 했고, 10월 말까지 6만 4,000곳에 설치됐다고 밝혔습니다.",
          target=70000.0, unit="곳", deadline="2025-12-31", dtext="올해 말까지",
          comment=SHOP + "; promise and count before the deadline: progress ('10월 말까지' is a measured period)"),
        m("ak-nfa-hydrant-320", "progress", NFA, OTH,
          "소방청도 비상소화장치가 없는 시장 320곳에 내년 상반기까지 장치를 보급하고 있습니다.",
          target=320.0, unit="곳", deadline="2026-06-30", dtext="내년 상반기까지", comment=SHOP + "; under way: progress"),
        m("ak-mss-recovery-500", "progress", MSS, SU,
          "중기부가 내년부터 화재 피해 상인 재기 지원금을 500만 원으로 올린다고 하니 참고하세요.",
          target=5000000.0, unit="원", deadline="2026-12-31", dtext="내년부터",
          comment="the seller's Q&A answer, second sentence (after '. '); a restated promise: progress. Not "
                  "annotated: the product's specs (72℃, 20㎡, 10년), the 41% statistic, the seller's own plans "
                  "('12월 중순' FX-30, '연말까지' 10% 할인), the reviews, the delivery date"),
    ]))

# ---------------------------------------------------------------- 반려동물 진료비 2/3 (price-comparison platform's monthly statistics report; 농림축산식품부, 금융위원회, 재정경제부)
REP = "the report's ■ 정책/보험 동향 prose; person ''"
PAGES.append(dict(
    source="2026-01-21_ak_pet-fee-price-report.txt", title="펫값 월간 진료비 리포트 2026년 1월호", published_at="2026-01-21",
    mentions=[
        m("ak-mafra-posting-all", "achieved", MAFRA, OTH, "· 1인 동물병원 진료비 게시 의무 1월 1일 시행",
          comment="the ■ 이달의 요약 '· ' line (above the body), whole; names no body: 농림축산식품부; " + LATE),
        m("ak-mafra-std-200", "delayed", MAFRA, OTH, "· 표준 진료 항목 150개, 정부 목표 200개 미달", target=200.0, unit="개",
          comment="summary line; " + SHORT + "; the clause names the target. The third line (진찰료 1만 3,200원) is a statistic"),
        m("ak-mafra-posting-all", "achieved", MAFRA, OTH,
          "농림축산식품부는 1인 동물병원까지 진료비 게시 의무를 넓히는 수의사법 시행규칙을 이달 1일부터 시행했습니다.",
          comment=REP + "; " + LATE),
        m("ak-mafra-posting-all", "delayed", MAFRA, OTH,
          "당초 지난해 7월 시행 예정이었으나 수의사 단체와의 협의가 길어지며 반년 늦어졌습니다.",
          prev="2025-07-31",
          comment=REP + "; a reported delay beside the achievement on the same page (the achievement wins the day); the "
                        "missed date in previous_deadline (uncertain call)"),
        m("ak-mafra-std-200", "delayed", MAFRA, OTH,
          "표준 진료 항목은 지난해 말까지 150개가 고시돼 목표(200개)에 못 미쳤습니다.",
          target=200.0, unit="개", comment=REP + "; " + SHORT + " ('지난해 말까지' is the measured period)"),
        m("ak-mafra-std-200", "delayed", MAFRA, OTH, "농식품부는 나머지 50개를 상반기 중 추가 고시하겠다고 밝혔습니다.",
          target=50.0, unit="개", deadline="2026-06-30", dtext="상반기 중",
          comment=REP + "; the remainder moved: " + LATER + "; the remainder is the target of the sentence that moves it"),
        m("ak-mafra-compare-site", "delayed", MAFRA, OTH,
          "정부 공식 진료비 비교 누리집은 아직 문을 열지 않았으며, 농식품부는 개통 시점을 1분기 안으로 다시 잡았습니다.",
          deadline="2026-03-31", dtext="1분기 안으로", comment=REP + "; " + LATER + "; '1분기' → 03-31"),
        m("ak-mofe-vat-exempt", "new", MOFE, FIS,
          "재정경제부는 부가가치세가 면제되는 반려동물 진료 항목을 현재 100여 개에서 하반기부터 모든 질병 치료로 넓히겠다고 밝혔습니다.",
          deadline="2026-12-31", dtext="하반기부터",
          comment=REP + "; a new promise of 재정경제부 (valid from 2026-01-02); fiscal (cue 부가가치세); '100여 개' is "
                        "the baseline, '모든' no number; never reported again, deadline ahead: announced"),
        m("ak-fsc-petins-10", "progress", FSC, OTH, "금융위원회에 따르면 펫보험 가입률은 지난해 11월 말 2.4%로 집계됐습니다.",
          comment=REP + "; " + MEAS),
        m("ak-fsc-auto-claim", "progress", FSC, OTH,
          "보험금 자동 청구는 지난해 12월 보험사 2곳과 동물병원 30곳에서 시범 운영을 시작했고, 금융위는 상반기 중 전면 시행하겠다는 입장입니다.",
          deadline="2026-06-30", dtext="상반기 중",
          comment=REP + "; pilot and the same date restated: progress. Not annotated: the insurance institute's "
                        "hypothetical (10%에 이르면 12만 원), Sweden's 40%, the tables, the platform's own app plan ('3월')"),
    ]))

# ---------------------------------------------------------------- 택배 2/3 (speech-to-text app's meeting transcript export; 국토교통부, 고용노동부, 기후에너지환경부)
AI = "the app's AI summary '· ' line (auto-generated, part of the page), whole; names the body by its short name; person ''"
PAGES.append(dict(
    source="2026-03-18_ak_courier-council-transcript.txt", title="생활물류 노사정 실무협의회 3차 회의",
    published_at="2026-03-18",
    mentions=[
        m("ak-molit-sorting-100", "delayed", MOLIT, OTH, "· 국토부: 분류 전담 인력 97%, 남은 21곳은 석 달 안에 배치",
          target=21.0, unit="곳", deadline="2026-06-18", dtext="석 달 안에",
          comment=AI + "; short after the 2025 deadline and the rest moved: " + LATER + "; '석 달 안에' → page date + 3 "
                       "months"),
        m("ak-molit-rest-300", "progress", MOLIT, OTH, "· 국토부: 휴게시설 300곳 중 182곳 완공, 올해 안에 300곳",
          target=300.0, unit="곳", deadline="2026-12-31", dtext="올해 안에", comment=AI + "; progress"),
        m("ak-moel-inspect-200", "achieved", MOEL, OTH,
          "· 노동부: 과로 위험 대리점 214곳 감독 완료, 야간 특수건강진단 의무화 철회",
          comment=AI + "; one line, two commitments: the inspections done by September (on time; " + WHEN + ")"),
        m("ak-moel-night-checkup", "cancelled", MOEL, OTH,
          "· 노동부: 과로 위험 대리점 214곳 감독 완료, 야간 특수건강진단 의무화 철회",
          comment="second clause: '철회': cancelled"),
        m("ak-moel-free-checkup", "new", MOEL, OTH, "· 노동부: 택배기사 무료 건강검진 4월부터 연 1회",
          deadline="2026-04-30", dtext="4월부터", comment=AI + "; the replacement measure: a new commitment"),
        m("ak-me-overpack", "progress", MCEE, OTH, "· 기후부: 과대포장 단속 4월 30일부터 시작",
          deadline="2026-04-30", dtext="4월 30일부터",
          comment=AI + "; '기후부' → 기후에너지환경부 (환경부's successor); the date kept: progress; day precision"),
        m("ak-molit-noparcel-day", "new", MOLIT, OTH,
          "☐ 국토부 — '택배 없는 날' 법정화 생활물류법 개정안 상반기 중 국회 제출",
          deadline="2026-06-30", dtext="상반기 중",
          comment="the summary's 할 일 item, whole with its box; a new promise (its speaker's line below). The "
                  "association's own 할 일 item is not annotated"),
        m("ak-molit-sorting-100", "delayed", MOLIT, OTH, "분류 전담 인력 투입률은 지난해 말 기준 97%입니다.",
          person="변주하", comment="the speaker's line under his label (label on its own line); " + SHORT),
        m("ak-molit-sorting-100", "delayed", MOLIT, OTH,
          "연내 100%가 목표였는데 못 채웠고요, 남은 3%, 터미널로 치면 스물한 곳은 석 달 안에 다 맞추겠습니다.",
          person="변주하", target=21.0, unit="곳", deadline="2026-06-18", dtext="석 달 안에", prev="2025-12-31",
          comment=LATER + "; '스물한 곳' (Korean numeral) → 21 곳, the remainder moved; '연내' here names last year's "
                          "missed deadline → previous_deadline"),
        m("ak-molit-rest-300", "progress", MOLIT, OTH,
          "휴게시설은 300곳 목표 가운데 지금까지 182곳을 지었고요, 올해 안에 나머지를 다 짓는 게 목표입니다.",
          person="변주하", target=300.0, unit="곳", deadline="2026-12-31", dtext="올해 안에", comment="progress"),
        m("ak-molit-night-guide", "achieved", MOLIT, OTH, "심야 배송 가이드라인은 작년 6월에 발표해서 지금 현장에 적용되고 있습니다.",
          person="변주하", comment="published June 2025: on time; " + WHEN),
        m("ak-molit-noparcel-day", "new", MOLIT, OTH,
          "그리고 '택배 없는 날'을 법에 넣는 생활물류법 개정안은 상반기 중 국회에 내겠습니다.",
          person="변주하", deadline="2026-06-30", dtext="상반기 중", comment="a new promise"),
        m("ak-moel-inspect-200", "achieved", MOEL, OTH, "대리점 감독은 작년 9월까지 214곳을 마쳤습니다.",
          person="탁세린", comment="on time, over the target; " + WHEN),
        m("ak-moel-night-checkup", "cancelled", MOEL, OTH, "야간 작업자 특수건강진단 의무화는 검토 끝에 추진하지 않기로 했습니다.",
          person="탁세린", comment="dropped: cancelled"),
        m("ak-moel-free-checkup", "new", MOEL, OTH, "대신 택배기사 무료 건강검진을 4월부터 연 1회 지원합니다.",
          person="탁세린", deadline="2026-04-30", dtext="4월부터", comment="'연 1회' is the frequency, not a target"),
        m("ak-me-overpack", "progress", MCEE, OTH, "과대포장 단속은 예정대로 4월 30일부터 시작합니다.",
          person="연보슬", deadline="2026-04-30", dtext="4월 30일부터",
          comment="the date kept: progress. Not annotated: her next line (the 50% / 1회 standard: the rule; results "
                  "'분기마다': a vague reporting plan), her answer on who is inspected, 탁세린's reasons and '다시 "
                  "논의하겠습니다', the union's words, the industry's 자동 분류기 50대 '상반기 중' (a private plan), 58억 "
                  "상자, 변주하's '점검표에 넣겠습니다' and the next meeting '6월 중순'"),
    ]))

# ---------------------------------------------------------------- 바다낚시 3/3 (press-pool report on the press corps' shared board; 해양수산부, 해양경찰청)
POOL = "a quoted remark in the pool's 현장 발언 요지 (the sentence inside the quotes)"
P11_S = "【요지】 ▲ 바다낚시 면허제 도입 계획 접어 ▲ 낚시어선 승선 정원 22→18명(내년 1월부터) ▲ 해경 전담 구조정 나머지 8곳 10월까지"
PAGES.append(dict(
    source="2026-07-09_ak_fishing-pool-report.txt",
    title="[풀 취재] 해수부 어업자원정책관·해경 구조안전국장, 보령 오천항 낚시어선 안전 점검 현장 (7.9.)",
    published_at="2026-07-09",
    mentions=[
        m("ak-mof-license", "cancelled", MOF, OTH, P11_S,
          comment="the 【요지】 line (above the body): three commitments; '접어': cancelled; names no body: 해양수산부"),
        m("ak-mof-capacity-18", "new", MOF, OTH, P11_S, target=18.0, unit="명", deadline="2027-01-31", dtext="내년 1월부터",
          comment="second item: a new promise; 22명 the baseline"),
        m("ak-kcg-boat-20", "delayed", KCG, OTH, P11_S, target=8.0, unit="곳", deadline="2026-10-31", dtext="10월까지",
          comment="third item: '해경' → 해양경찰청; the remainder moved: " + LATER),
        m("ak-mof-captain-8h", "progress", MOF, OTH, "선장 안전교육 8시간은 시행규칙 개정을 마쳐 하반기 교육부터 적용합니다.",
          person="도해련", target=8.0, unit="시간", deadline="2026-12-31", dtext="하반기",
          comment=POOL + "; the rule amended, applied within the promised year: progress ('하반기' → 12-31)"),
        m("ak-mof-vpass-4300", "progress", MOF, OTH, "V-Pass 교체는 6월 말까지 2,900척을 마쳤습니다.",
          person="도해련", comment=POOL + "; " + MEAS),
        m("ak-mof-vpass-4300", "progress", MOF, OTH, "남은 1,400척도 연말까지 끝낼 계획입니다.",
          person="도해련", deadline="2026-12-31", dtext="연말까지",
          comment=POOL + "; the remainder of an unmoved promise is not a target: progress with the date"),
        m("ak-mof-lifejacket", "achieved", MOF, OTH,
          "구명조끼 상시 착용은 지난해 7월 시행 이후 점검 때 착용률이 98%까지 올라왔습니다.",
          person="도해련", comment=POOL + "; in force since July 2025 (on time); " + WHEN + "; 98% is a result"),
        m("ak-mof-capacity-18", "new", MOF, OTH,
          "13톤 미만 낚시어선의 승선 정원을 22명에서 18명으로 줄이는 기준을 내년 1월부터 적용하겠습니다.",
          person="도해련", target=18.0, unit="명", deadline="2027-01-31", dtext="내년 1월부터",
          comment=POOL + "; '13톤' is the scope. Never reported again, deadline ahead: announced"),
        m("ak-kcg-boat-20", "delayed", KCG, OTH, "전담 구조정 배치는 지난해 말까지 12곳에 그쳤고, 나머지 8곳은 올해 10월까지 갖추겠습니다.",
          person="석마루", target=8.0, unit="곳", deadline="2026-10-31", dtext="올해 10월까지", prev="2025-12-31",
          comment=POOL + "; " + LATER + "; '지난해 말까지' names the missed 연내 → previous_deadline"),
        m("ak-kcg-rate-15", "progress", KCG, OTH, "낚시어선 사고율은 지난해 1.9‰로 떨어졌습니다.",
          person="석마루", comment=POOL + "; " + MEAS),
        m("ak-kcg-breath-300", "new", KCG, OTH,
          "해경은 3분기까지 낚시어선 음주 운항 단속용 감지기 300대를 전국 파출소에 보급하겠습니다.",
          person="석마루", target=300.0, unit="대", deadline="2026-09-30", dtext="3분기까지",
          comment=POOL + "; '3분기' → 09-30; never reported again: delayed by the date rule at 2026-11-24"),
        m("ak-mof-license", "cancelled", MOF, OTH, "(도해련 정책관) 낚시업계와 지역 반발이 커서 도입 계획을 접기로 했습니다.",
          person="도해련",
          comment="the answer after 'A. ', with its bracketed speaker (part of the sentence as written); cancelled. Not "
                  "annotated: the 영상 방안 ('협의하겠습니다': no date or number), '손실 보전 … 없습니다', the boat "
                  "answer ('8월에 끝납니다': delivery), the questions, the pool's notes (the association's demand, 212건, "
                  "Japan's fines), the 참고자료 figures (its V-Pass 실적 line: a handout's figures, the remark above "
                  "carries them; uncertain call), the caption after the sign-off"),
    ]))

# ---------------------------------------------------------------- all five, last (newspaper's live reader Q&A log)
PIN = "the pinned summary line (above the body), whole with its icon and label; one mention per item; person ''"
LIVE = "the reporter's answer (after 'A. ' or '. '); person '' (the reporter)"
P12_OK = "✅ 이행: 1인 동물병원 진료비 게시(1월) · 과대포장 단속(4월 30일부터) · 학자금 상환 세액공제 20%(재정경제부)"
P12_GO = "⏳ 진행: 택배 휴게시설 263곳(목표 300곳) · 전통시장 전선 정비 158곳(목표 200개 시장)"
P12_LATE = "⚠ 지연: 펫보험 자동 청구(2027년 상반기로) · 대학원생 취업 후 상환 대출(내년 3월로) · '택배 없는 날' 개정안(미제출)"
P12_NO = "✖ 무산: 바다낚시 면허제(7월 철회)"
P12_CH = "✏ 변경: 펫보험 가입률 목표 10%→6% · V-Pass 교체 4,300→3,500척 · 화재 재기 지원금 500만→300만 원"
S_EDU = ("반면 국가장학금 9구간 확대는 지난해 2학기부터 예정대로 시행됐고, 올해 2학기부터는 집을 떠나 사는 대학생에게 "
         "주거 안정 장학금이 월 20만 원씩 지급되고 있습니다.")
S_FISH = ("선장 안전교육 8시간은 하반기 교육부터 적용되고 있고, 위치발신장치(V-Pass) 교체 목표는 4,300척에서 3,500척으로 "
          "줄었습니다.")
PAGES.append(dict(
    source="2026-11-24_ak_reader-live-qa.txt", title="[라이브 Q&A] 약속, 어디까지 왔나 — 독자 질문에 기자가 답합니다",
    published_at="2026-11-24",
    mentions=[
        m("ak-mafra-posting-all", "achieved", MAFRA, OTH, P12_OK, comment=PIN + "; " + LATE),
        m("ak-me-overpack", "achieved", MCEE, OTH, P12_OK,
          comment="second item: on time; the date says when it began: no deadline fields; 기후에너지환경부"),
        m("ak-moef-loan-credit", "achieved", MOFE, FIS, P12_OK, target=20.0, unit="%",
          comment="third item: 재정경제부 (named; 기획재정부's successor); on time"),
        m("ak-molit-rest-300", "progress", MOLIT, OTH, P12_GO, target=300.0, unit="곳",
          comment=PIN + "; a count and the target, no date: progress"),
        m("ak-mss-wiring-200", "progress", MSS, SU, P12_GO, target=200.0, unit="개", comment="second item; 중소벤처기업부"),
        m("ak-fsc-auto-claim", "delayed", FSC, OTH, P12_LATE, deadline="2027-06-30", dtext="2027년 상반기로",
          comment=PIN + "; " + LATER),
        m("ak-moe-icl-grad", "delayed", MOE, OTH, P12_LATE, deadline="2027-03-31", dtext="내년 3월로",
          comment="second item; " + LATER),
        m("ak-molit-noparcel-day", "delayed", MOLIT, OTH, P12_LATE,
          comment="third item: '미제출' after its June date: delayed, no fields"),
        m("ak-mof-license", "cancelled", MOF, OTH, P12_NO, comment=PIN + "; '7월' is when it was dropped"),
        m("ak-fsc-petins-10", "revision", FSC, OTH, P12_CH, target=6.0, unit="%", comment=PIN + "; a lowered target"),
        m("ak-mof-vpass-4300", "revision", MOF, OTH, P12_CH, target=3500.0, unit="척", comment="second item"),
        m("ak-mss-recovery-500", "revision", MSS, SU, P12_CH, target=3000000.0, unit="원",
          comment="third item: '500만→300만 원' (uncertain call: revision rather than an achievement at a lower amount)"),
        # answers
        m("ak-mafra-posting-all", "achieved", MAFRA, OTH,
          "농림축산식품부는 올해 1월 1일부터 수의사 1인 병원까지 진료비 게시 의무를 넓혔습니다.",
          comment=LIVE + "; " + LATE + ". 'A. 네, 됐습니다.' and '처음 약속한 지난해 7월보다 반년 늦었습니다.' (the "
                         "reporter's reading) are not annotated"),
        m("ak-mafra-std-200", "achieved", MAFRA, OTH, "표준 진료 항목은 7월에야 200개가 모두 고시됐습니다.",
          target=200.0, unit="개", comment=LIVE + "; " + LATE),
        m("ak-mafra-compare-site", "achieved", MAFRA, OTH,
          "정부 공식 비교 누리집 '동물병원 진료비 한눈에'는 3월 말 문을 열었습니다.",
          comment=LIVE + "; " + LATE + " (by the first promise; on the moved date)"),
        m("ak-fsc-petins-10", "revision", FSC, OTH, "금융위원회는 2027년 펫보험 가입률 목표를 10%에서 6%로 낮췄습니다.",
          target=6.0, unit="%", deadline="2027-12-31", dtext="2027년", comment=LIVE + "; revision (the year kept)"),
        m("ak-fsc-petins-10", "progress", FSC, OTH, "9월 말 가입률은 3.1%였습니다.",
          comment=LIVE + "; a measured value (the revision wins the day)"),
        m("ak-fsc-auto-claim", "delayed", FSC, OTH,
          "보험금 자동 청구는 수의사 단체 반발로 시범 단계에 머물러 있고, 금융위는 전면 시행을 2027년 상반기로 미뤘습니다.",
          deadline="2027-06-30", dtext="2027년 상반기로", comment=LIVE + "; " + LATER),
        m("ak-moe-icl-grad", "delayed", MOE, OTH,
          "법 개정이 늦어지면서 교육부는 대학원생 취업 후 상환 대출 시행을 내년 3월로 미뤘습니다.",
          deadline="2027-03-31", dtext="내년 3월로",
          comment=LIVE + "; " + LATER + ". The next sentence ('처음 약속한 시점은 올해 3월이었습니다.') is the reporter's "
                         "reading and is not annotated; the readers' Q. lines are questions, not annotated"),
        m("ak-moe-work-140k", "delayed", MOE, OTH, "근로장학생은 지난해 13만 1,000명으로 목표 14만 명에 못 미쳤습니다.",
          target=140000.0, unit="명", comment=LIVE + "; " + SHORT),
        m("ak-moe-tier9", "achieved", MOE, OTH, S_EDU,
          comment=LIVE + "; one sentence, two commitments: 9구간 on time ('예정대로'); " + WHEN),
        m("ak-moe-housing-20", "achieved", MOE, OTH, S_EDU, target=200000.0, unit="원",
          comment="second clause: paid since the 2026 second semester (within '내년부터' of 2025); " + WHEN),
        m("ak-moef-loan-credit", "achieved", MOFE, FIS,
          "재정경제부 소관 소득세법이 개정돼 올해 상환분부터 학자금 대출 상환액 세액공제율 20%가 적용됩니다.",
          target=20.0, unit="%", comment=LIVE + "; 재정경제부; fiscal (소득세법, 세액공제); " + WHEN),
        m("ak-moe-helper-4000", "progress", MOE, OTH,
          "장애 대학생 도우미 장학생은 10월 현재 3,600명이고, 교육부는 연말까지 4,000명을 채우겠다고 했습니다.",
          target=4000.0, unit="명", deadline="2026-12-31", dtext="연말까지", comment=LIVE + "; count and restated promise"),
        m("ak-molit-sorting-100", "delayed", MOLIT, OTH,
          "국토교통부는 지난 3월 '석 달 안에' 모든 터미널에 분류 전담 인력을 배치하겠다고 했지만, 10월 현재 투입률은 99%입니다.",
          prev="2026-06-18",
          comment=LIVE + "; " + SHORT + "; the missed date ('석 달 안에' of 18 March) → previous_deadline. 'A. 완전히는 "
                         "아닙니다.' is not annotated"),
        m("ak-molit-sorting-100", "delayed", MOLIT, OTH, "국토부는 완료 시점을 다시 연내로 미뤘습니다.",
          deadline="2026-12-31", dtext="연내로", comment=LIVE + "; " + LATER),
        m("ak-molit-rest-300", "progress", MOLIT, OTH,
          "휴게시설은 10월 말까지 263곳이 지어졌고, 국토부는 올해 안에 300곳을 채우겠다는 입장입니다.",
          target=300.0, unit="곳", deadline="2026-12-31", dtext="올해 안에",
          comment=LIVE + "; '10월 말까지' is a measured period; the promise restated: progress"),
        m("ak-molit-noparcel-day", "delayed", MOLIT, OTH,
          "'택배 없는 날'을 법에 넣는 생활물류법 개정안은 상반기 중 내겠다던 약속과 달리 아직 국회에 제출되지 않았습니다.",
          prev="2026-06-30", comment=LIVE + "; not done after the deadline: delayed; the missed '상반기 중' → previous_deadline"),
        m("ak-moel-free-checkup", "achieved", MOEL, OTH, "노동부의 택배기사 무료 건강검진은 4월부터 시작됐습니다.",
          comment=LIVE + "; on time; " + WHEN),
        m("ak-me-overpack", "achieved", MCEE, OTH,
          "기후에너지환경부의 과대포장 단속은 4월 30일부터 시작돼 9월까지 41개 업체가 적발됐습니다.",
          comment=LIVE + "; on time; " + WHEN + "; 41개 is a result"),
        m("ak-mof-license", "cancelled", MOF, OTH, "해양수산부는 7월 바다낚시 면허제 도입 계획을 철회했습니다.",
          comment=LIVE + "; 'A. 생기지 않습니다.' is not annotated"),
        m("ak-mof-lifejacket", "achieved", MOF, OTH, "구명조끼 상시 착용 의무는 지난해 7월부터 그대로입니다.",
          comment=LIVE + "; restated as in force (on time); " + WHEN),
        m("ak-mof-captain-8h", "achieved", MOF, OTH, S_FISH, target=8.0, unit="시간",
          comment=LIVE + "; one sentence, two commitments: 8시간 applied in the promised year; " + WHEN),
        m("ak-mof-vpass-4300", "revision", MOF, OTH, S_FISH, target=3500.0, unit="척",
          comment="second clause: a lowered target (no date named; the 2026 date of the earlier mentions stands)"),
        m("ak-kcg-boat-20", "achieved", KCG, OTH, "해양경찰청 전담 연안구조정은 10월 20곳 배치를 모두 마쳤습니다.",
          target=20.0, unit="곳", comment=LIVE + "; on the moved date, late by the first promise; " + LATE),
        m("ak-kcg-rate-15", "progress", KCG, OTH, "낚시어선 사고율은 올해 상반기 1.7‰로 목표(1.5‰)에 아직 못 미칩니다.",
          target=1.5, unit="‰", comment=LIVE + "; short before the 2027 deadline: progress; the clause names the target"),
        m("ak-mss-alarm-70k", "delayed", MSS, SU, "화재알림시설은 지난해 말 6만 6,000곳에 그쳐 목표 7만 곳을 채우지 못했습니다.",
          target=70000.0, unit="곳", comment=LIVE + "; " + SHORT),
        m("ak-mss-wiring-200", "progress", MSS, SU, "전선 정비는 200개 시장 가운데 158곳에서 끝났습니다.",
          target=200.0, unit="개", comment=LIVE + "; short before the 2026-12-31 deadline: progress"),
        m("ak-nfa-hydrant-320", "achieved", NFA, OTH, "소방청의 비상소화장치 320곳 설치는 약속한 상반기를 넘겨 8월에야 끝났습니다.",
          target=320.0, unit="곳", comment=LIVE + "; " + LATE),
        m("ak-mss-recovery-500", "revision", MSS, SU,
          "재기 지원금은 예산 심사 과정에서 500만 원이 아닌 300만 원으로 정해져 올해부터 지급되고 있습니다.",
          target=3000000.0, unit="원",
          comment=LIVE + "; paid, but at a lower amount: revision (uncertain call); '예산' a weak fiscal cue (startup). "
                         "Not annotated: the closing line, the readers' comments, the most-read list"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-24)
LAST = "2026-11-24"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    # 반려동물 진료비
    ("ak-mafra-posting-all", MAFRA, OTH, "진료비 게시 의무 수의사 1인 병원 포함 모든 동물병원으로 2025년 7월부터", "achieved",
     "in force from 1 January 2026, half a year late (Jan 2026, Nov 2026)"),
    ("ak-mafra-std-200", MAFRA, OTH, "표준 진료 항목 100 → 2025년 안에 200개", "achieved",
     "150 by the end of 2025 and the rest moved to H1 2026 (Jan 2026); all 200 in July 2026 (late; Nov 2026)"),
    ("ak-mafra-compare-site", MAFRA, OTH, "정부 공식 동물병원 진료비 비교 누리집 2025년 하반기 중 개통", "achieved",
     "moved to Q1 2026 (Jan 2026); opened at the end of March 2026 (late; Nov 2026)"),
    ("ak-fsc-petins-10", FSC, OTH, "펫보험 가입률 1.7 → 2027년까지 10% (→ 6%)", "revised",
     "2.4% (Jan 2026); target cut to 6% with 3.1% (Nov 2026)"),
    ("ak-fsc-auto-claim", FSC, OTH, "펫보험 진료비 보험금 자동 청구 2026년 상반기까지 (→ 2027년 상반기)", "delayed",
     "pilot from December 2025, the date restated (Jan 2026); full launch moved to H1 2027 (Nov 2026)"),
    ("ak-mofe-vat-exempt", MOFE, FIS, "반려동물 진료 부가가치세 면제 모든 질병 치료로 2026년 하반기부터", "announced", ""),
    # 학자금
    ("ak-moe-tier9", MOE, OTH, "국가장학금 지원 대상 8 → 9구간 2025년 9월 2학기부터", "achieved",
     "applied from the 2025 second-semester screening (on time; Aug 2025, Nov 2026)"),
    ("ak-moe-work-140k", MOE, OTH, "근로장학생 12만 → 2025년 14만 명", "delayed",
     "7만 8,000 in the first semester and restated (Aug 2025); 13만 1,000 in 2025 (Nov 2026)"),
    ("ak-moe-rate-17", MOE, OTH, "학자금 대출 금리 2025년 1·2학기 연 1.7% 동결", "achieved",
     "the second semester's rate fixed at 1.7% (Aug 2025)"),
    ("ak-moe-icl-grad", MOE, OTH, "대학원생 취업 후 상환 학자금 대출 2026년 3월부터 (→ 2027년 3월)", "delayed",
     "bill pending, date restated (Aug 2025); moved to March 2027 (Nov 2026)"),
    ("ak-moe-search", MOE, OTH, "'장학금 통합 검색' 서비스 2025년 상반기 중 개시", "delayed",
     "never reported on again: its deadline (2025-06-30) passed with no report of achievement (date rule)"),
    ("ak-moef-loan-credit", MOFE, FIS, "학자금 대출 상환액 세액공제율 15 → 20% 2026년 상환분부터", "achieved",
     "in the 2025 tax bill (Aug 2025); applied to 2026 repayments (on time; Nov 2026); made by 기획재정부"),
    ("ak-moe-housing-20", MOE, OTH, "'주거 안정 장학금' 월 20만 원 2026년부터", "achieved",
     "paid from the 2026 second semester (on time; Nov 2026)"),
    ("ak-moe-helper-4000", MOE, OTH, "장애 대학생 도우미 장학생 3,000 → 2026년 4,000명", "in_progress",
     "3,600 in October 2026, restated for the year's end (Nov 2026)"),
    # 택배
    ("ak-molit-sorting-100", MOLIT, OTH, "택배 분류 전담 인력 투입률 85 → 2025년 안에 100% (→ 2026년 6월 → 연내)", "delayed",
     "97% and the last 21 terminals moved to June 2026 (Mar 2026); 99% and moved to the end of 2026 (Nov 2026)"),
    ("ak-molit-rest-300", MOLIT, OTH, "택배 터미널 휴게시설 2026년까지 300곳", "in_progress",
     "182 (Mar 2026); 263 by October, restated for the year's end (Nov 2026)"),
    ("ak-molit-night-guide", MOLIT, OTH, "밤 10시 이후 심야 배송 제한 가이드라인 2025년 상반기 중", "achieved",
     "published in June 2025 (on time; Mar 2026)"),
    ("ak-moel-night-checkup", MOEL, OTH, "야간 택배 작업자 특수건강진단 의무화 2025년 하반기부터", "cancelled",
     "dropped, replaced by a free check-up (Mar 2026)"),
    ("ak-moel-inspect-200", MOEL, OTH, "과로 위험 택배 대리점 200곳 2025년 9월까지 감독", "achieved",
     "214 by September 2025 (on time; Mar 2026)"),
    ("ak-me-overpack", MCEE, OTH, "택배 과대포장 단속 2026년 4월부터", "achieved",
     "date kept (Mar 2026); began on 30 April 2026 (on time; Nov 2026); made by 환경부"),
    ("ak-molit-noparcel-day", MOLIT, OTH, "'택배 없는 날' 법정화 생활물류법 개정안 2026년 상반기 중 국회 제출", "delayed",
     "not submitted after June 2026 (Nov 2026)"),
    ("ak-moel-free-checkup", MOEL, OTH, "택배기사 무료 건강검진 연 1회 2026년 4월부터", "achieved",
     "began in April 2026 (on time; Nov 2026)"),
    # 바다낚시
    ("ak-mof-lifejacket", MOF, OTH, "낚시어선 승객 구명조끼 상시 착용 의무화 2025년 7월부터", "achieved",
     "in force from July 2025 (on time; Sep 2025, Jul 2026, Nov 2026)"),
    ("ak-mof-captain-8h", MOF, OTH, "낚시어선 선장 안전교육 연 4 → 8시간 2026년부터", "achieved",
     "rule amended, applied from the H2 2026 courses (Jul 2026, Nov 2026)"),
    ("ak-mof-vpass-4300", MOF, OTH, "낚시어선 노후 V-Pass 4,300척 2026년까지 교체 (→ 3,500척)", "revised",
     "2,900 by June and the rest for the year's end (Jul 2026); target cut to 3,500 (Nov 2026)"),
    ("ak-kcg-inspect-4000", KCG, OTH, "낚시어선 4,000척 2025년 상반기 중 출항 전 합동 점검", "achieved",
     "4,120 checked in H1 2025 (on time; Sep 2025)"),
    ("ak-kcg-boat-20", KCG, OTH, "낚시어선 밀집 해역 20곳 전담 연안구조정 2025년 안에 배치 (→ 2026년 10월)", "achieved",
     "8 and restated (Sep 2025); 12 by the end of 2025, the rest moved to October 2026 (Jul 2026); all 20 in "
     "October 2026 (Nov 2026)"),
    ("ak-kcg-rate-15", KCG, OTH, "낚시어선 사고율 2.4 → 2027년까지 1.5‰ 이하", "in_progress",
     "1.9‰ in 2025 (Jul 2026); 1.7‰ in H1 2026 (Nov 2026)"),
    ("ak-mof-license", MOF, OTH, "바다낚시 면허제 2026년 도입", "cancelled",
     "the year kept, timing left open (Sep 2025); dropped (Jul 2026, Nov 2026)"),
    ("ak-mof-capacity-18", MOF, OTH, "13톤 미만 낚시어선 승선 정원 22 → 18명 2027년 1월부터", "announced", ""),
    ("ak-kcg-breath-300", KCG, OTH, "낚시어선 음주 운항 감지기 300대 2026년 3분기까지 보급", "delayed",
     "never reported on again: its deadline (2026-09-30) passed with no report of achievement (date rule)"),
    # 전통시장 화재
    ("ak-mss-alarm-70k", MSS, SU, "전통시장 화재알림시설 점포 4만 2,000 → 2025년 말까지 7만 곳", "delayed",
     "5만 8,000 (Sep 2025) and 6만 4,000 (Nov 2025) with the promise restated; 6만 6,000 at the end of 2025 "
     "(Nov 2026)"),
    ("ak-mss-wiring-200", MSS, SU, "노후 전선 정비 2026년까지 200개 시장", "in_progress", "158 markets (Nov 2026)"),
    ("ak-mss-mutual-40", MSS, SU, "전통시장 화재공제 가입률 25 → 2027년까지 40%", "announced", ""),
    ("ak-nfa-inspect-all", NFA, OTH, "전국 전통시장 1,388곳 2025년 6월 말까지 합동 점검", "achieved",
     "all done in H1 2025 (on time; Sep 2025)"),
    ("ak-nfa-hydrant-320", NFA, OTH, "비상소화장치 미설치 시장 320곳 2026년 상반기까지 설치", "achieved",
     "140 (Sep 2025), under way (Nov 2025); done in August 2026 (late; Nov 2026)"),
    ("ak-mss-recovery-500", MSS, SU, "화재 피해 상인 재기 지원금 점포당 200만 → 500만 원 2026년부터 (→ 300만 원)", "revised",
     "restated (Nov 2025); set at 300만 원 and paid from 2026 (Nov 2026)"),
]


if __name__ == "__main__":
    write(ROOT, "ak", PAGES, COMMITMENTS, LAST,
          ["ministry = the responsible body under the name valid on that date (환경부's 과대포장 promise is listed",
           "under 기후에너지환경부, its successor from 2025-10-01; 기획재정부's 세액공제 promise under 재정경제부,",
           "its primary successor from 2026-01-02 (tax policy); every other body kept its name through 2026-11-24)."],
          with_commitments="--commitments" in sys.argv[1:])
