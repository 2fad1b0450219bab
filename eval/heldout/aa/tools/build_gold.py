"""Writes the hand annotations of held-out set aa to gold/*.toml.

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

MOLIT = "국토교통부"
MND = "국방부"
ME = "환경부"                 # until 2025-09-30
MCEE = "기후에너지환경부"     # from 2025-10-01, 환경부's successor (the 철새 survey is listed here in unseen.toml)
MOEL = "고용노동부"
MPM = "인사혁신처"
MSS = "중소벤처기업부"
KFS = "산림청"
MOIS = "행정안전부"
KNPA = "경찰청"
FSC = "금융위원회"
MOJ = "법무부"
MOEF = "기획재정부"           # until 2026-01-01
MOFE = "재정경제부"           # from 2026-01-02: took 세제 (the 이자소득 비과세)
MPB = "기획예산처"            # from 2026-01-02: took the budget (the 기여금 예산)

OTH = "other"       # 항공 안전, 노동시간 단축, 산사태, 모바일 신분증, 청년미래적금 (금융위): no topic of topics.toml fits
STU = "startup"     # 중소벤처기업부's 4.5일제 정책자금, inside the 노동시간 storyline
FIS = "fiscal"      # 기획재정부's 비과세 (세제) and 기여금 예산, inside the 청년 자산형성 storyline

LATE = "achieved after the deadline the commitment named; no deadline fields"
LATER = "deadline moved later: delayed (convention of j-z), new date in deadline"
WHEN = "on time, but the time words say when it was done, not what was promised: no deadline fields (q-z)"
BOX = "card/bullet line: the whole line with its marker is the sentence (z's ○ bullets)"

W7400 = 740000000000.0       # 7,400억 원
W5900 = 590000000000.0       # 5,900억 원
W2000 = 200000000000.0       # 2,000억 원

PAGES: list[dict] = []

# ---------------------------------------------------------------- 항공 안전 1/3 (general daily, one deck line; 국토부, 국방부, 환경부)
P1_H = "콘크리트 둔덕 로컬라이저 7곳 연내 교체…조류 퇴치 인력 상반기 200명으로"
P1_D = "조류탐지 레이더 2026년까지 공항 4곳에…군·민 겸용 공항 3곳은 국방부가 내년 상반기까지"
PAGES.append(dict(
    source="2025-01-21_aa_air-safety-plan.txt", title=P1_H, published_at="2025-01-21",
    mentions=[
        m("aa-molit-air-localizer-7", "new", MOLIT, OTH, P1_H, target=7.0, unit="곳", deadline="2025-12-31",
          dtext="연내", comment="the headline names no body: 국토교통부's plan; one headline, two commitments"),
        m("aa-molit-air-bird-staff-200", "new", MOLIT, OTH, P1_H, target=200.0, unit="명", deadline="2025-06-30",
          dtext="상반기"),
        m("aa-molit-air-bird-radar-4", "new", MOLIT, OTH, P1_D, target=4.0, unit="곳", deadline="2026-12-31",
          dtext="2026년까지", comment="one deck line, two commitments (two bodies); the first clause names no body: 국토부"),
        m("aa-mnd-air-shared-3", "new", MND, OTH, P1_D, target=3.0, unit="곳", deadline="2026-06-30",
          dtext="내년 상반기까지", comment="'국방부' named in the clause"),
        m("aa-molit-air-localizer-7", "new", MOLIT, OTH,
          "국토부는 콘크리트 둔덕 위에 세워진 로컬라이저 7곳을 연내 모두 부서지기 쉬운 경량 구조물로 바꾸기로 했다.",
          target=7.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment="'국토부' = 국토교통부. Not annotated: the lead and the plan release, the 점검 finding (15개 공항, 7곳: a "
                  "statistic before the promise), the ICAO recommendation"),
        m("aa-molit-air-resa-9", "new", MOLIT, OTH,
          "국토부는 종단안전구역이 국제 권고 기준인 240m에 못 미치는 공항 9곳에 2027년까지 구역을 넓히거나 이탈방지시설(EMAS)을 설치하겠다고 밝혔다.",
          target=9.0, unit="곳", deadline="2027-12-31", dtext="2027년까지",
          comment="'240m' is the standard, '공항 9곳' the target; the sentence before it ('… 종단안전구역도 넓힌다.') is an "
                  "umbrella without number or date, not annotated"),
        m("aa-molit-air-bird-staff-200", "new", MOLIT, OTH,
          "국토부는 지금 15개 공항을 통틀어 128명인 조류 퇴치 전담 인력을 상반기 중 200명으로 늘리기로 했다.",
          target=200.0, unit="명", deadline="2025-06-30", dtext="상반기 중",
          comment="128명 is the baseline; 152건 and 40% (the sentence before) are statistics"),
        m("aa-molit-air-bird-radar-4", "new", MOLIT, OTH,
          "새 떼의 움직임을 미리 잡아내는 조류탐지 레이더는 2026년까지 무안과 김포, 제주, 김해 공항 4곳에 들여온다.",
          target=4.0, unit="곳", deadline="2026-12-31", dtext="2026년까지", comment="subjectless: 국토부"),
        m("aa-me-air-bird-survey", "new", ME, OTH,
          "환경부는 상반기 중 전국 공항 반경 13㎞ 안의 철새 도래지 실태조사를 마치기로 했다.",
          deadline="2025-06-30", dtext="상반기 중",
          comment="'13㎞' describes the area, no target; the umbrella before it is not annotated"),
        m("aa-mnd-air-shared-3", "new", MND, OTH,
          "국방부는 청주와 대구, 광주 등 군·민 겸용 공항 3곳의 로컬라이저 둔덕을 내년 상반기까지 개선하겠다고 밝혔다.",
          target=3.0, unit="곳", deadline="2026-06-30", dtext="내년 상반기까지"),
        m("aa-molit-air-mechanic-rule", "new", MOLIT, OTH,
          "국토부는 항공기 한 대당 정비사를 12명 이상 두도록 하는 항공안전법 시행규칙 개정을 상반기 중 마치기로 했다.",
          target=12.0, unit="명", deadline="2025-06-30", dtext="상반기 중",
          comment="the rule value the amendment sets (12명) is its target (z's 7년)"),
        m("aa-molit-air-inspectors-50", "new", MOLIT, OTH,
          "항공사를 점검하는 항공안전감독관은 지금 30명에서 연내 50명으로 늘린다.",
          target=50.0, unit="명", deadline="2025-12-31", dtext="연내",
          comment="subjectless: 국토부; 30명 is the baseline. Not annotated: 모준혁's quote (an undated intention), the "
                  "2019 '항공안전 종합대책' (a past promise as context), the 유가족협의회's demand, 위상민's 항공안전청 and "
                  "his own bill (an opposition lawmaker), the 저비용항공사 6곳's 300명 (companies), 전라남도's 50억 원 "
                  "(a local government)"),
    ]))

# ---------------------------------------------------------------- 모바일 신분증 1/3 (카드뉴스 text: numbered cards, ▶ lines; 행안부, 금융위, 경찰청)
P2_H = "[카드뉴스] 3월부터 전국 어디서나 '휴대폰 주민등록증'…연내 500만 명 발급"
PAGES.append(dict(
    source="2025-02-26_aa_mobile-id-cardnews.txt", title=P2_H, published_at="2025-02-26",
    mentions=[
        m("aa-mois-id-nationwide", "new", MOIS, OTH, P2_H, deadline="2025-03-31", dtext="3월부터",
          comment="the headline names no body: 행정안전부's plan; one headline, two commitments"),
        m("aa-mois-id-users-5m", "new", MOIS, OTH, P2_H, target=5000000.0, unit="명", deadline="2025-12-31",
          dtext="연내"),
        m("aa-mois-id-nationwide", "new", MOIS, OTH, "3월부터 전국 모든 주민센터에서 모바일 주민등록증 발급 시작",
          deadline="2025-03-31", dtext="3월부터",
          comment="card 1's second line, annotated like a deck line (the whole line); its first line has no number or date"),
        m("aa-mois-id-nationwide", "new", MOIS, OTH,
          "▶ 행정안전부는 3월부터 전국 모든 주민센터에서 모바일 주민등록증 발급을 시작합니다.",
          deadline="2025-03-31", dtext="3월부터",
          comment=BOX + ". Not annotated: card 2 (the pilot's 9개 시군 and 2만 1,000명: history and a statistic), card 3 "
                        "(how to, the 1만 원 fee: a rule)"),
        m("aa-mois-id-users-5m", "new", MOIS, OTH, "▶ 연내 500만 명이 발급받도록 하는 것이 목표입니다.",
          target=5000000.0, unit="명", deadline="2025-12-31", dtext="연내",
          comment=BOX + "; subjectless: 행정안전부; a stated target is a promise (y)"),
        m("aa-mois-id-places-10k", "new", MOIS, OTH,
          "▶ 행정안전부는 상반기 중 은행과 병원, 편의점 등 사용처를 1만 곳으로 늘릴 계획입니다.",
          target=10000.0, unit="곳", deadline="2025-06-30", dtext="상반기 중",
          comment=BOX + "; the line before it (where it can be shown) is a description"),
        m("aa-fsc-id-bank", "new", FSC, OTH,
          "▶ 금융위원회는 상반기 중 은행 비대면 계좌 개설 때 모바일 주민등록증으로 실명을 확인할 수 있도록 규정을 고칩니다.",
          deadline="2025-06-30", dtext="상반기 중", comment=BOX + "; 금융위원회 owns no topic: other by subject"),
        m("aa-mois-id-carrier-app", "new", MOIS, OTH,
          "▶ 7월부터는 이동통신 3사의 본인인증 앱에서도 모바일 주민등록증을 발급받을 수 있게 됩니다.",
          deadline="2025-07-31", dtext="7월부터",
          comment=BOX + "; a plan's promise stated as an outcome: 행정안전부. Trap: telecom cues ('이동통신', '통신') in an "
                        "ID subject: other by subject (uncertain call)"),
        m("aa-knpa-id-license-open", "new", KNPA, OTH,
          "▶ 경찰청은 모바일 운전면허증을 확인하는 앱을 하반기 중 편의점과 숙박업소 등 민간에 개방합니다.",
          deadline="2025-12-31", dtext="하반기 중",
          comment=BOX + ". Not annotated: '모바일 운전면허증은 이미 2022년부터 발급되고 있어요.' (history), card 9 (rules), "
                        "도유나's card-10 quote (an undated intention), the 함께 읽기 text (history, a description of the "
                        "technology, the expert's warning, the 시민단체s' demand, 서울시's 2,000여 곳 by 연내: a local "
                        "government)"),
    ]))

# ---------------------------------------------------------------- 산사태 1/3 (regional paper, `춘천=` byline, one deck line; 산림청, 행안부)
P3_H = "산사태 예측 '48시간 전'으로…위험 사면 2만 곳 연내 전수 조사"
P3_D = "사방시설 1,200곳 장마 전 완공…행안부, 붕괴위험 급경사지 480곳 연내 정비"
PAGES.append(dict(
    source="2025-04-15_aa_landslide-gangwon.txt", title=P3_H, published_at="2025-04-15",
    mentions=[
        m("aa-kfs-slide-forecast-48h", "new", KFS, OTH, P3_H, target=48.0, unit="시간",
          comment="the headline names no body: 산림청's plan; one headline, two commitments; '48시간 전' is how far ahead "
                  "(a target, not a deadline); no date in the clause"),
        m("aa-kfs-slide-survey-20k", "new", KFS, OTH, P3_H, target=20000.0, unit="곳", deadline="2025-12-31",
          dtext="연내"),
        m("aa-kfs-slide-works-1200", "new", KFS, OTH, P3_D, target=1200.0, unit="곳",
          comment="one deck line, two commitments (two bodies); '장마 전' is event-anchored and names no calendar date: "
                  "no deadline fields here (the body gives '6월 말까지')"),
        m("aa-mois-slide-slopes-480", "new", MOIS, OTH, P3_D, target=480.0, unit="곳", deadline="2025-12-31",
          dtext="연내", comment="'행안부' = 행정안전부"),
        m("aa-kfs-slide-forecast-48h", "new", KFS, OTH,
          "산림청은 지금 24시간 전에 알리는 산사태 예측 정보를 6월부터 48시간 전으로 앞당겨 제공하기로 했다.",
          target=48.0, unit="시간", deadline="2025-06-30", dtext="6월부터",
          comment="24시간 is the baseline. Not annotated: the scene, the plan release, 412㏊ / 63% / 58㏊ (statistics), "
                  "'… 시간을 벌어 주겠다는 것이다.' (a gloss)"),
        m("aa-kfs-slide-survey-20k", "new", KFS, OTH,
          "산림청은 전국 위험 사면 2만 곳을 연내 전수 조사해 위험도가 높은 곳을 취약지역으로 추가 지정할 계획이다.",
          target=20000.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment="'2만 9,000여 곳' (the next sentence) is the count of existing 취약지역: context"),
        m("aa-kfs-slide-works-1200", "new", KFS, OTH,
          "비에 쓸려 내려오는 흙과 돌을 막는 사방시설은 1,200곳을 장마가 오기 전인 6월 말까지 완공한다.",
          target=1200.0, unit="곳", deadline="2025-06-30", dtext="6월 말까지", comment="subjectless: 산림청"),
        m("aa-kfs-slide-ai-system", "new", KFS, OTH,
          "기상과 지형 자료를 인공지능(AI)으로 분석해 산사태 위험을 100m 단위로 예측하는 시스템은 내년 상반기까지 전국으로 넓힌다.",
          deadline="2026-06-30", dtext="내년 상반기까지",
          comment="subjectless: 산림청; '100m 단위' describes the system, no target"),
        m("aa-kfs-slide-speakers-5000", "new", KFS, OTH,
          "위험 마을에 경보를 울리는 '산사태 알림 스피커'도 연내 5,000대를 단다.",
          target=5000.0, unit="대", deadline="2025-12-31", dtext="연내", comment="subjectless: 산림청"),
        m("aa-mois-slide-slopes-480", "new", MOIS, OTH,
          "행정안전부는 도로변과 주택가 뒤편 등 붕괴 위험이 큰 급경사지 480곳의 정비를 연내 마치기로 했다.",
          target=480.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment="Not annotated: 하진규's quote (an undated intention), the 2023 예천 promise (a past promise as context), "
                  "the 인제군 residents' demand, 강원특별자치도's 45억 원 / 120곳 / 1,300명 and 인제군's 옹벽 (local "
                  "governments), the professor's advice"),
    ]))

# ---------------------------------------------------------------- 노동시간 1/3 (인사청문회 report, quoted headline and deck; 노동부, 인사처)
P4_H = "권재윤 노동장관 후보자 \"주 4.5일제 시범사업 하반기 500곳에서 시작\""
P4_D = "\"실노동시간 단축 지원법 내년 상반기까지 제출…포괄임금 금지 법안은 연내\""
NOMINEE = ("the nominee speaks: person is 권재윤 (not yet in office; he is 장관 on 2026-04-21), the promise is "
           "고용노동부's (uncertain call)")
PAGES.append(dict(
    source="2025-07-16_aa_labor-minister-hearing.txt", title=P4_H, published_at="2025-07-16",
    mentions=[
        m("aa-moel-week-pilot-500", "new", MOEL, OTH, P4_H, person="권재윤", target=500.0, unit="곳",
          deadline="2025-12-31", dtext="하반기", comment=NOMINEE + "; trap: '후보자' is a government cue"),
        m("aa-moel-week-act", "new", MOEL, OTH, P4_D, person="권재윤", deadline="2026-06-30", dtext="내년 상반기까지",
          comment="the quoted deck: the nominee's words; one deck line, two commitments"),
        m("aa-moel-week-wage-bill", "new", MOEL, OTH, P4_D, person="권재윤", deadline="2025-12-31", dtext="연내"),
        m("aa-moel-week-pilot-500", "new", MOEL, OTH,
          "권 후보자는 시범사업 계획을 묻는 질의에 \"하반기부터 중소·중견기업 500곳을 골라 임금을 줄이지 않고 노동시간을 줄이는 시범사업을 시작하겠다\"고 말했다.",
          person="권재윤", target=500.0, unit="곳", deadline="2025-12-31", dtext="하반기부터",
          comment="a quoted promise inside an indirect frame: the whole sentence (z). The lead's quote ('오명을 임기 안에 "
                  "벗겠다') is vague; the 40만 원 지원금 and 인건비 (the next sentence) describe the programme"),
        m("aa-moel-week-act", "new", MOEL, OTH,
          "그는 \"노동시간 단축을 지원하는 근거를 담은 가칭 '실노동시간 단축 지원법' 제정안을 내년 상반기까지 국회에 제출하겠다\"고 밝혔다.",
          person="권재윤", deadline="2026-06-30", dtext="내년 상반기까지"),
        m("aa-moel-week-hours-1750", "new", MOEL, OTH,
          "권 후보자는 서면 답변에서 \"지난해 1,865시간이었던 연간 실노동시간을 2030년까지 OECD 평균 수준인 1,750시간 이하로 줄이겠다\"고 했다.",
          person="권재윤", target=1750.0, unit="시간", deadline="2030-12-31", dtext="2030년까지",
          comment="1,865시간 is the baseline"),
        m("aa-moel-week-wage-bill", "new", MOEL, OTH,
          "권 후보자는 \"실제 일한 시간과 관계없이 정해진 수당만 주는 포괄임금 계약을 금지하는 근로기준법 개정안을 연내 국회에 내겠다\"고 답했다.",
          person="권재윤", deadline="2025-12-31", dtext="연내", comment="a promise to submit a bill (z)"),
        m("aa-moel-week-consulting-1000", "new", MOEL, OTH,
          "고용노동부는 청문회에 앞서 국회에 낸 자료에서 근무 체계를 바꾸려는 기업에 노사발전재단을 통한 컨설팅을 연내 1,000곳에 제공하겠다고 밝혔다.",
          target=1000.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment="the ministry as an institution: person ''; never followed up: delayed by the date rule alone"),
        m("aa-mpm-week-civil-5", "new", MPM, OTH,
          "인사혁신처는 청문회 답변 자료에서 내년 1월부터 중앙부처 5곳에서 공무원 주 4.5일 근무를 시범 운영하겠다고 밝혔다.",
          target=5.0, unit="곳", deadline="2026-01-31", dtext="내년 1월부터",
          comment="'내년 1월부터' on a 2025 page → 2026-01-31 (y). Not annotated: 하도균's attack (an opposition lawmaker; "
                  "300억 원), 송유라's 1,000곳 and 2027 (a ruling-party lawmaker's demand), the 2018 주 52시간 promise "
                  "(history), the 경영계's and 노동계's positions, 경기도's 50여 곳 / 100곳 (a local government)"),
    ]))

# ---------------------------------------------------------------- 항공 안전 2/3 (국토부 보도해명자료 on its own site: □ heads, ○ bullets)
P5_T = "로컬라이저 7곳 연내 개선 차질 없어…'공사 한 곳도 시작 안 해' 보도는 사실과 달라"
PAGES.append(dict(
    source="2025-07-29_aa_molit-clarification.txt", title=P5_T, published_at="2025-07-29",
    mentions=[
        m("aa-molit-air-localizer-7", "progress", MOLIT, OTH, P5_T, target=7.0, unit="곳", deadline="2025-12-31",
          dtext="연내", comment="the title restates the promise with its date, work under way: progress; the second "
                               "clause (a denial of a report) is no mention"),
        m("aa-molit-air-localizer-7", "progress", MOLIT, OTH, "□ 콘크리트 둔덕 로컬라이저 개선 공사는 이미 시작되었습니다.",
          comment="□ head annotated like a deck line (whole line). Not annotated: the 보도 내용 bullet (a newspaper's "
                  "claims)"),
        m("aa-molit-air-localizer-7", "progress", MOLIT, OTH,
          "○ 무안·여수·포항경주 3개 공항은 설계를 마치고 6월 공사에 들어갔으며, 나머지 4개 공항도 설계를 마무리하고 있습니다.",
          comment=BOX + "; a measured step before the deadline: progress, no fields"),
        m("aa-molit-air-localizer-7", "progress", MOLIT, OTH,
          "○ 국토교통부는 로컬라이저 7곳의 개선을 당초 계획대로 연내 모두 마칠 계획입니다.",
          target=7.0, unit="곳", deadline="2025-12-31", dtext="연내"),
        m("aa-mnd-air-shared-3", "progress", MND, OTH,
          "○ 국방부가 맡은 군·민 겸용 공항 3곳의 로컬라이저는 현재 국방부가 기본설계를 진행하고 있습니다.",
          target=3.0, unit="곳", comment="work under way before the deadline; reported by 국토부, 국방부's promise"),
        m("aa-molit-air-resa-9", "progress", MOLIT, OTH,
          "○ 종단안전구역을 넓히거나 이탈방지시설을 설치할 공항 9곳은 지난 5월 설계 용역을 발주하였습니다.",
          target=9.0, unit="곳", comment="a step before the deadline (2027): progress; '공항 9곳' names the target"),
        m("aa-molit-air-bird-staff-200", "achieved", MOLIT, OTH,
          "○ 공항별 조류 퇴치 전담 인력은 6월 말 기준 204명으로, 상반기 중 200명으로 늘리겠다는 계획을 이미 달성하였습니다.",
          target=200.0, unit="명", deadline="2025-06-30", dtext="상반기 중",
          comment="on time, the promise restated with its date: deadline fields (z). The □ head before it ('조류 충돌 "
                  "대책은 계획대로 …') is an umbrella over three commitments, not annotated"),
        m("aa-molit-air-bird-radar-4", "progress", MOLIT, OTH,
          "○ 조류탐지 레이더는 무안공항에 첫 장비를 들여와 이달부터 시험 운용하고 있으며, 나머지 3개 공항은 장비 구매 입찰을 진행하고 있습니다.",
          comment="work under way before the deadline: progress, no fields"),
        m("aa-me-air-bird-survey", "achieved", ME, OTH,
          "○ 환경부가 상반기 중 마치기로 한 공항 주변 철새 도래지 실태조사는 7월 초 마무리되었습니다.",
          comment=LATE + "; reported by 국토부, 환경부's promise (환경부 until 2025-09-30)"),
        m("aa-molit-air-mechanic-rule", "delayed", MOLIT, OTH,
          "○ 항공기 1대당 정비사 12명 기준을 담은 항공안전법 시행규칙 개정은 항공업계 의견 수렴이 길어져 9월 입법예고를 거쳐 연내 시행할 예정입니다.",
          target=12.0, unit="명", deadline="2025-12-31", dtext="연내",
          comment=LATER + "; the old date (상반기 중) is not named, so no previous_deadline. The □ head before it ('… 미뤄진 "
                          "것이 아니라 …': the ministry's denial) and the 단계적 적용 '검토' after it are not annotated"),
        m("aa-molit-air-inspectors-50", "progress", MOLIT, OTH,
          "○ 항공안전감독관은 7월 현재 41명으로, 연내 50명 확충 계획에 따라 하반기 채용 절차를 진행하고 있습니다.",
          target=50.0, unit="명", deadline="2025-12-31", dtext="연내", comment="short before the deadline: progress"),
        m("aa-molit-air-open-window", "new", MOLIT, OTH,
          "○ 아울러 국토교통부는 항공사별 정비 지연과 결항 현황 등 안전 지표를 한눈에 볼 수 있는 '항공안전 공개창' 누리집을 10월 문을 열 예정입니다.",
          deadline="2025-10-31", dtext="10월",
          comment="a new commitment. Not annotated: '… 분기마다 점검하고, 국민께 투명하게 알려 드리겠습니다.' (a recurring "
                  "intention), the ※ notes (descriptions), the contact line after the sign-off"),
    ]))

# ---------------------------------------------------------------- 청년 자산형성 1/3 (wire, `(서울=동서통신)` dateline, (끝); 금융위, 기재부)
P6_H = "청년미래적금 내년 6월 출시…중소기업 다니면 정부가 12% 얹어준다"
PAGES.append(dict(
    source="2025-08-19_aa_youth-savings-wire.txt", title=P6_H, published_at="2025-08-19",
    mentions=[
        m("aa-fsc-youth-launch", "new", FSC, OTH, P6_H, deadline="2026-06-30", dtext="내년 6월",
          comment="the headline names no body: 금융위원회's plan; one headline, two commitments"),
        m("aa-fsc-youth-match-12", "new", FSC, OTH, P6_H, target=12.0, unit="%",
          comment="'정부가' = the plan's body, 금융위원회; trap: startup cue '중소기업': other by subject"),
        m("aa-fsc-youth-launch", "new", FSC, OTH,
          "청년이 매달 일정액을 부으면 정부가 기여금을 보태 3년 뒤 목돈을 쥐여 주는 '청년미래적금'이 내년 6월 나온다.",
          deadline="2026-06-30", dtext="내년 6월",
          comment="the lead after the dateline (' = '): a plan's promise stated as an outcome (y); '3년 뒤' describes the "
                  "product. The plan-release sentence after it is not annotated"),
        m("aa-fsc-youth-match-12", "new", FSC, OTH, "중소기업에 다니는 청년에게는 기여금 비율을 최대 12%로 두 배 높여 준다.",
          target=12.0, unit="%",
          comment="subjectless: 금융위원회; the rule value it sets is the target; no date. The product description before "
                  "it (만 19∼34세, 50만 원, 3년, 6%) and after it (1,800만 원, 2,000만 원, 6,000만 원, 200%, the 해지 rule) "
                  "is not annotated"),
        m("aa-fsc-youth-members-1m", "new", FSC, OTH,
          "금융위는 출시 첫해인 내년 말까지 가입자 100만 명을 모으겠다는 목표를 세웠다.",
          target=1000000.0, unit="명", deadline="2026-12-31", dtext="내년 말까지", comment="'금융위' = 금융위원회"),
        m("aa-fsc-youth-switch", "new", FSC, OTH,
          "2023년 나온 청년도약계좌 가입자가 새 상품으로 갈아탈 수 있도록 하는 전환 방안도 하반기 중 내놓기로 했다.",
          deadline="2025-12-31", dtext="하반기 중",
          comment="subjectless: 금융위; '2023년' dates the old product; 200만 명 (the next sentence) is a statistic"),
        m("aa-moef-youth-tax", "new", MOEF, FIS,
          "기획재정부는 청년미래적금의 이자소득에 세금을 물리지 않는 내용을 이달 말 발표하는 세법개정안에 담기로 했다.",
          deadline="2025-08-31", dtext="이달 말",
          comment="fiscal: a tax measure of the tax body, with the cue '세법' (z's 소득세 감면); '이달 말' on 2025-08-19 → "
                  "2025-08-31. The umbrella before it is not annotated"),
        m("aa-moef-youth-budget", "new", MOEF, FIS, "기여금 재원 7,400억 원은 내년 예산안에 반영한다.",
          target=W7400, unit="원",
          comment="subjectless: 기획재정부 (the sentence before); fiscal (budget body, cue '예산안'); '내년 예산안' names "
                  "which budget, not a deadline: no deadline fields (uncertain call). Not annotated: 기도형's quote (an "
                  "undated intention), the 2023 청년도약계좌 300만 명 (a past promise as context; 15%), the 시중은행s' "
                  "우대금리 '검토' (companies), 서울시's 조례 by 내년 상반기 (a local government), the 국민의힘 "
                  "lawmakers' demand, the 청년단체s' 12% demand, the 연구위원's advice"),
    ]))

# ---------------------------------------------------------------- 산사태 2/3 (radio interview transcript: ◇ host / ◆ guest; 산림청, 행안부)
P7_T = "[아침 시사 열쇠] 반석진 산림재난통제관 \"사방시설 남은 120곳 9월까지 끝내겠다\""
GUEST = "the interviewee's answer (person 반석진); the '◆ 반석진> ' label is not part of the sentence"
PAGES.append(dict(
    source="2025-08-27_aa_landslide-radio.txt", title=P7_T, published_at="2025-08-27",
    mentions=[
        m("aa-kfs-slide-works-1200", "delayed", KFS, OTH, P7_T, person="반석진", target=120.0, unit="곳",
          deadline="2025-09-30", dtext="9월까지",
          comment=LATER + "; the interview's title quotes the guest (person as for an interview headline); the "
                          "remainder is the target"),
        m("aa-kfs-slide-forecast-48h", "achieved", KFS, OTH, "6월부터 산사태 예측 정보를 48시간 전에 내보내고 있습니다.",
          person="반석진", target=48.0, unit="시간",
          comment=WHEN + "; " + GUEST + ". The host's lines are not annotated; 180㏊ and the 청송 damage are "
                                        "statistics; the 청송 evacuation is an illustration"),
        m("aa-kfs-slide-works-1200", "delayed", KFS, OTH, "사방시설은 1,200곳 가운데 1,080곳을 6월 말까지 마쳤습니다.",
          person="반석진", target=1200.0, unit="곳", prev="2025-06-30",
          comment="short after the deadline: delayed; the missed date named ('6월 말까지')"),
        m("aa-kfs-slide-works-1200", "delayed", KFS, OTH, "나머지 120곳은 자재 수급이 늦어져 9월까지 끝내겠습니다.",
          person="반석진", target=120.0, unit="곳", deadline="2025-09-30", dtext="9월까지",
          comment=LATER + "; the remainder is the target of the sentence that moves it"),
        m("aa-kfs-slide-survey-20k", "progress", KFS, OTH, "위험 사면 2만 곳 가운데 지금까지 1만 1,000곳을 조사했습니다.",
          person="반석진", target=20000.0, unit="곳",
          comment="short before the deadline: progress; '2만 곳 가운데' names the target; the 740곳 newly designated "
                  "(the next sentence) is a result, not annotated"),
        m("aa-kfs-slide-ai-system", "progress", KFS, OTH,
          "AI 예측 시스템을 내년 상반기까지 전국으로 넓히는 일정에는 변함이 없습니다.",
          person="반석진", deadline="2026-06-30", dtext="내년 상반기까지",
          comment="the promise restated on course, the pilot under way (the sentence before, not annotated): progress"),
        m("aa-kfs-slide-speakers-5000", "progress", KFS, OTH, "알림 스피커는 지금까지 2,300대를 달았습니다.",
          person="반석진",
          comment="a measured value without the target, before the deadline: progress, no fields; '설치 방식을 다시 보고 "
                  "있습니다' (the next sentence) is a consideration"),
        m("aa-mois-slide-slopes-480", "progress", MOIS, OTH,
          "행안부가 연내 정비하기로 한 급경사지 480곳 가운데 250곳 정도가 끝난 것으로 알고 있습니다.",
          target=480.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment="another body's promise reported by the guest: ministry 행정안전부, person '' (w-z); short before the "
                  "deadline: progress"),
        m("aa-kfs-slide-inspectors-100", "new", KFS, OTH,
          "그래서 산사태 원인을 현장에서 조사하는 '산사태 원인분석관'을 내년까지 100명 새로 뽑으려고 합니다.",
          person="반석진", target=100.0, unit="명", deadline="2026-12-31", dtext="내년까지",
          comment="a new commitment ('~려고 합니다' with a number and a date). Not annotated: 경상북도's own warning "
                  "system (a local government) and the '협의하고 있습니다' (a consideration), the appeal to residents"),
    ]))

# ---------------------------------------------------------------- 모바일 신분증 2/3 (IT trade paper, one deck line, [광고] line; 행안부, 금융위, 경찰청, 법무부)
P8_H = "모바일 주민등록증 발급 목표 500만→400만 명으로 낮춰…사용처도 아직 8,900곳"
P8_D = "통신 3사 앱 발급은 12월로 밀려…법무부, 외국인등록증도 내년 하반기부터 모바일로"
PAGES.append(dict(
    source="2025-10-28_aa_mobile-id-trade.txt", title=P8_H, published_at="2025-10-28",
    mentions=[
        m("aa-mois-id-users-5m", "revision", MOIS, OTH, P8_H, target=4000000.0, unit="명",
          comment="a lowered target: revision; the headline names no body: 행정안전부; one headline, two commitments; "
                  "no date in the clause"),
        m("aa-mois-id-places-10k", "delayed", MOIS, OTH, P8_H,
          comment="a measured value after the deadline (2025-06-30): delayed, no fields"),
        m("aa-mois-id-carrier-app", "delayed", MOIS, OTH, P8_D, deadline="2025-12-31", dtext="12월로",
          comment=LATER + "; one deck line, two commitments (two bodies); names no body: 행정안전부; trap: telecom cue "
                          "'통신'"),
        m("aa-moj-id-foreigner", "new", MOJ, OTH, P8_D, deadline="2026-12-31", dtext="내년 하반기부터",
          comment="a new commitment; '법무부' named; '내년 하반기부터' on a 2025 page → 2026-12-31"),
        m("aa-mois-id-users-5m", "revision", MOIS, OTH,
          "행안부는 27일 '디지털 신분증 추진 현황'을 내고 연내 발급 목표를 500만 명에서 400만 명으로 조정한다고 밝혔다.",
          target=4000000.0, unit="명", deadline="2025-12-31", dtext="연내",
          comment="a lowered target, the date unchanged and restated: revision. The lead before it ('… 목표를 낮췄다.': "
                  "no number, no date) is not annotated (uncertain call)"),
        m("aa-mois-id-nationwide", "achieved", MOIS, OTH, "모바일 주민등록증 전국 발급은 예정대로 3월부터 시작됐다.",
          comment=WHEN + " ('예정대로 3월부터')"),
        m("aa-mois-id-users-5m", "progress", MOIS, OTH, "그 뒤 모바일 주민등록증을 받은 사람은 이달 기준 310만 명이다.",
          comment="a measured value without the target, before the deadline: progress, no fields (the same day's "
                  "revision decides the status). Not annotated: 도유나's explanation, 58% / 7% / 14% / 4% (statistics)"),
        m("aa-mois-id-places-10k", "delayed", MOIS, OTH,
          "상반기 중 1만 곳으로 늘리겠다던 사용처는 6월 말 6,200곳에 그쳤고, 지금은 8,900곳이다.",
          target=10000.0, unit="곳", prev="2025-06-30",
          comment="short after the deadline: delayed; the missed date named ('상반기 중'); names no body: 행정안전부"),
        m("aa-fsc-id-bank", "achieved", FSC, OTH,
          "금융위원회가 상반기 중 허용하겠다던 은행 비대면 계좌 개설 때의 모바일 주민등록증 실명 확인은 8월에야 시행됐다.",
          comment=LATE + "; 17곳 가운데 14곳 (the next sentence) is a result"),
        m("aa-mois-id-carrier-app", "delayed", MOIS, OTH,
          "7월부터 이동통신 3사 앱에서도 발급받을 수 있게 하겠다던 계획은 보안 인증 절차가 길어지면서 12월로 미뤄졌다.",
          deadline="2025-12-31", dtext="12월로", prev="2025-07-31",
          comment=LATER + "; the old date named ('7월부터'); names no body: 행정안전부; the 통신 3사' own state (the next "
                          "sentence: companies) is not annotated"),
        m("aa-knpa-id-license-open", "progress", KNPA, OTH,
          "경찰청의 모바일 운전면허증 확인 앱은 9월부터 편의점 2개 체인에서 시범 운영되고 있다.",
          comment="a pilot before the deadline (2025-12-31): progress, no fields; the description and the 1,000만 명 "
                  "after it are not annotated"),
        m("aa-moj-id-foreigner", "new", MOJ, OTH,
          "법무부는 국내 체류 외국인 270만 명이 쓰는 외국인등록증도 내년 하반기부터 모바일로 발급하겠다고 밝혔다.",
          deadline="2026-12-31", dtext="내년 하반기부터",
          comment="'270만 명' is the population, not a target. Not annotated: 개인정보보호위원회's 점검 (an event, no "
                  "promise), the 연구소장's warning, the 간편인증 업체s' and the 편의점 업체's plans (companies)"),
    ]))

# ---------------------------------------------------------------- data page (숫자공방, ▣ heads), no promise
PAGES.append(dict(
    source="2026-01-27_aa_work-hours-data.txt",
    title="[숫자공방] 1년에 1,836시간…한국인, OECD 평균보다 아직 130시간 더 일한다", published_at="2026-01-27",
    mentions=[]))

# ---------------------------------------------------------------- 청년 자산형성 2/3 (사설, unsigned; 금융위, 기획예산처, 재정경제부)
PAGES.append(dict(
    source="2026-02-10_aa_youth-savings-editorial.txt",
    title="[사설] 청년미래적금, 숫자 채우기보다 '끝까지 가는 적금'이 돼야", published_at="2026-02-10",
    mentions=[
        m("aa-fsc-youth-launch", "progress", FSC, OTH,
          "금융위원회는 지난주 발표한 올해 업무계획에서 6월 출시 일정을 지키겠다고 거듭 밝혔다.",
          deadline="2026-06-30", dtext="6월",
          comment="the promise restated on course before the deadline: progress with its date. The editorial's title "
                  "(an opinion) is not annotated (x, y)"),
        m("aa-moef-youth-budget", "revision", MPB, FIS,
          "정부가 지난해 8월 7,400억 원을 반영하겠다고 한 기여금 예산은 국회 심의를 거치며 5,900억 원으로 줄었다.",
          target=W5900, unit="원",
          comment="a lowered amount: revision; '정부' = the budget's body on the page's date, 기획예산처 (from 2026-01-02; "
                  "y's 기금 revision); no deadline. Not annotated: the 하반기 shortfall (a calculation), 기획예산처's "
                  "추경 '입장' (a consideration, no date or amount), '… 약속이 … 흔들려서는 안 된다.' (the paper's "
                  "demand restating the 12% promise)"),
        m("aa-fsc-youth-switch", "delayed", FSC, OTH,
          "금융위가 지난해 하반기 중 내놓겠다던 청년도약계좌 가입자의 전환 방안은 아직 나오지 않았다.",
          prev="2025-12-31",
          comment="not done after its deadline: delayed; the missed date named ('지난해 하반기 중'); the 200만 명 and the "
                  "은행 창구 hearsay after it are context"),
        m("aa-moef-youth-tax", "achieved", MOFE, FIS,
          "이자소득 비과세는 약속대로 지난해 세법개정안에 담겨 연말 국회를 통과했다.",
          comment=WHEN + "; names no body: 재정경제부 (세제, from 2026-01-02). Not annotated: the 15.4% (a rule), the "
                         "youth statistics, the 은행 우대금리 remark, the 2023 300만 명 (history), '출시 첫해 100만 명이라는 "
                         "숫자를 …' (opinion restating a promise), the closing demands ('정부는 …', '국회도 …')"),
    ]))

# ---------------------------------------------------------------- 노동시간 2/3 (국회 회의록-style report: ◯ speaker lines; 노동부, 인사처, 중기부)
P11_H = "[회의록 읽기] 노동장관 \"4.5일제 시범 500곳, 올해 안에 채우겠다\"…중기부는 정책자금 2,000억 원"
P11_D = "포괄임금 금지 법안은 지난해 12월 제출…연간 노동시간 목표는 1,700시간으로 높여"
MIN = "the minister's answer in the record (person 권재윤); the '◯고용노동부장관 권재윤  ' label is not part of it"
PAGES.append(dict(
    source="2026-04-21_aa_week-assembly-record.txt", title=P11_H, published_at="2026-04-21",
    mentions=[
        m("aa-moel-week-pilot-500", "delayed", MOEL, OTH, P11_H, target=500.0, unit="곳", deadline="2026-12-31",
          dtext="올해 안에",
          comment=LATER + "; the headline names the minister by title only: person '' (z); one headline, two "
                          "commitments (two bodies)"),
        m("aa-mss-week-loan-2000", "new", MSS, STU, P11_H, target=W2000, unit="원",
          comment="a new commitment; '중기부' = 중소벤처기업부 (startup: its remit); no date in the clause"),
        m("aa-moel-week-wage-bill", "achieved", MOEL, OTH, P11_D,
          comment=WHEN + " (December, within '연내'); one deck line, two commitments; names no body: 고용노동부"),
        m("aa-moel-week-hours-1750", "revision", MOEL, OTH, P11_D, target=1700.0, unit="시간",
          comment="a changed target (1,750 → 1,700시간): revision; no date in the clause"),
        m("aa-moel-week-pilot-500", "delayed", MOEL, OTH,
          "시범사업은 지난해 11월에야 참여 기업 모집을 마쳐 지금 320곳이 참여하고 있습니다.",
          person="권재윤",
          comment="a measured value after the deadline (2025-12-31): delayed, no fields; " + MIN + "; 마경태's question "
                  "and the admission before it ('위원님 지적대로 목표에 못 미쳤습니다.': no number, no date; it opens the "
                  "answer after the label) are not annotated"),
        m("aa-moel-week-pilot-500", "delayed", MOEL, OTH, "올해 안에 500곳을 채우겠습니다.",
          person="권재윤", target=500.0, unit="곳", deadline="2026-12-31", dtext="올해 안에",
          comment=LATER + "; the old date is not named. 마경태's attack and the minister's 인건비 answer (a means, no "
                          "number or date) are not annotated"),
        m("aa-moel-week-act", "progress", MOEL, OTH, "실노동시간 단축 지원법 제정안은 다음 달 국회에 제출하겠습니다.",
          person="권재윤", deadline="2026-05-31", dtext="다음 달",
          comment="a step done ('법제처 심사를 마쳤습니다', not annotated) and a nearer date within the promised one: "
                  "progress; '다음 달' on 2026-04-21 → 2026-05-31"),
        m("aa-moel-week-wage-bill", "achieved", MOEL, OTH,
          "그 법안은 약속드린 대로 지난해 12월 국회에 제출해 지금 소위원회에 계류돼 있습니다.",
          person="권재윤", comment=WHEN + "; a promise to submit a bill is achieved when it is submitted (z)"),
        m("aa-moel-week-hours-1750", "revision", MOEL, OTH,
          "연간 실노동시간 목표를 2030년까지 1,750시간에서 1,700시간으로 더 낮추겠습니다.",
          person="권재윤", target=1700.0, unit="시간", deadline="2030-12-31", dtext="2030년까지",
          comment="a changed target, the date unchanged and restated: revision"),
        m("aa-moel-week-hours-1750", "progress", MOEL, OTH,
          "정부가 2030년까지 1,750시간 이하로 줄이겠다고 한 연간 실노동시간은 지난해 1,836시간이었다.",
          target=1750.0, unit="시간", deadline="2030-12-31", dtext="2030년까지",
          comment="a measured value with the (old) target named, before the deadline: progress; '정부' = 고용노동부; the "
                  "same day's revision decides the status; the arithmetic after it is not annotated"),
        m("aa-mpm-week-civil-5", "achieved", MPM, OTH,
          "인사혁신처가 1월부터 5개 부처에서 시작한 공무원 주 4.5일 근무 시범도 이날 보고에 포함됐다.",
          target=5.0, unit="개",
          comment=WHEN + " ('1월부터 … 시작한'); the unit keeps the page's counter ('5개 부처'); the umbrella before it "
                         "and '… 함께 살피고 있다' after it are not annotated"),
        m("aa-mss-week-loan-2000", "new", MSS, STU,
          "중소벤처기업부는 이날 회의에 낸 자료에서 4.5일제를 도입하는 중소기업에 자동화 설비 등을 위한 정책자금 2,000억 원을 하반기부터 우대 공급하겠다고 밝혔다.",
          target=W2000, unit="원", deadline="2026-12-31", dtext="하반기부터",
          comment="startup: 중소벤처기업부's remit, cue '중소기업'. Not annotated: 마경태's and 여민호's statements (lawmakers; "
                  "여민호's 2028 demand), the 경영계's statement"),
    ]))

# ---------------------------------------------------------------- year-end roundup (all five storylines; two deck lines, ▶ sections)
P12_H = "[2026 약속 점검] 로컬라이저 7곳 개선 마무리…산사태 알림 스피커·적금 갈아타기는 없던 일로"
P12_D1 = "4.5일제 시범 500곳은 내년 상반기로…모바일 주민등록증 발급 목표는 끝내 못 채워"
P12_D2 = "청년미래적금 한 달 늦게 출시…AI 산사태 예측 전국 확대는 내년 상반기로"
PAGES.append(dict(
    source="2026-11-17_aa_yearend-roundup.txt", title=P12_H, published_at="2026-11-17",
    mentions=[
        m("aa-molit-air-localizer-7", "achieved", MOLIT, OTH, P12_H, target=7.0, unit="곳",
          comment=LATE + " (April 2026, the body says); one headline, three commitments (three bodies); names no body: "
                         "국토교통부"),
        m("aa-kfs-slide-speakers-5000", "cancelled", KFS, OTH, P12_H, comment="'없던 일로': cancelled; names no body: 산림청"),
        m("aa-fsc-youth-switch", "cancelled", FSC, OTH, P12_H,
          comment="'적금 갈아타기는 없던 일로' = the 전환 방안: cancelled; names no body: 금융위원회"),
        m("aa-moel-week-pilot-500", "delayed", MOEL, OTH, P12_D1, target=500.0, unit="곳", deadline="2027-06-30",
          dtext="내년 상반기로", comment=LATER + "; one deck line, two commitments; names no body: 고용노동부"),
        m("aa-mois-id-users-5m", "delayed", MOIS, OTH, P12_D1,
          comment="not reached after its deadline: delayed, no fields; names no body: 행정안전부"),
        m("aa-fsc-youth-launch", "achieved", FSC, OTH, P12_D2, comment=LATE + " ('한 달 늦게'); one deck line, two commitments"),
        m("aa-kfs-slide-ai-system", "delayed", KFS, OTH, P12_D2, deadline="2027-06-30", dtext="내년 상반기로",
          comment=LATER + "; names no body: 산림청"),
        # 항공 안전
        m("aa-molit-air-localizer-7", "achieved", MOLIT, OTH,
          "콘크리트 둔덕 로컬라이저 7곳 개선은 마지막 남은 울산공항 공사가 4월에야 끝나면서 마무리됐다.",
          target=7.0, unit="곳", comment=LATE + "; the remainder's completion closes the whole target (x, y). The intro "
                                              "is not annotated"),
        m("aa-mnd-air-shared-3", "delayed", MND, OTH,
          "국방부가 올해 상반기까지 고치겠다던 군·민 겸용 공항 3곳의 로컬라이저는 청주공항 1곳만 공사를 마쳤다.",
          target=3.0, unit="곳", prev="2026-06-30",
          comment="short after the deadline: delayed; the missed date named ('올해 상반기까지')"),
        m("aa-molit-air-mechanic-rule", "achieved", MOLIT, OTH,
          "항공기 한 대당 정비사 12명 기준을 담은 시행규칙은 연내 시행 약속을 넘겨 올해 1월에야 시행됐다.",
          target=12.0, unit="명", comment=LATE + " (after the moved date, 2025-12-31); names no body: 국토교통부"),
        m("aa-molit-air-inspectors-50", "delayed", MOLIT, OTH,
          "항공안전감독관은 지난해 말 46명으로 목표 50명에 못 미쳤다.",
          target=50.0, unit="명", prev="2025-12-31",
          comment="short after the deadline: delayed; '지난해 말' names it; the clause names the target"),
        m("aa-molit-air-bird-radar-4", "progress", MOLIT, OTH,
          "조류탐지 레이더는 무안과 김포, 제주 3곳에서 돌아가고 있고, 김해는 연말 설치를 앞두고 있다.",
          deadline="2026-12-31", dtext="연말",
          comment="short before the deadline, on course: progress; '연말' on a 2026 page → 2026-12-31 (z)"),
        m("aa-molit-air-resa-9", "revision", MOLIT, OTH,
          "국토교통부는 종단안전구역 보강 대상을 9곳에서 11곳으로 늘렸고, 지금까지 2곳이 공사를 마쳤다.",
          target=11.0, unit="곳",
          comment="a raised target, the date unchanged (2027): revision; the 2곳 done is part of the same sentence"),
        m("aa-molit-air-open-window", "cancelled", MOLIT, OTH,
          "지난해 10월 열겠다던 '항공안전 공개창'은 항공사들의 반발로 기존 항공 통계 누리집에 메뉴 하나를 더하는 것으로 바뀌면서 없던 일이 됐다.",
          prev="2025-10-31",
          comment="dropped: cancelled; the named date kept (o-z); a menu instead of the site is a replacement, not the "
                  "promise kept (uncertain call)"),
        m("aa-mcee-air-feeding-site", "new", MCEE, OTH,
          "기후에너지환경부는 공항 반경 13㎞ 안에 있는 철새 먹이터를 2028년까지 공항에서 먼 곳으로 옮기겠다고 밝혔다.",
          deadline="2028-12-31", dtext="2028년까지",
          comment="a new commitment of 환경부's successor; other by subject ('13㎞' describes the area)"),
        # 노동시간 단축
        m("aa-moel-week-pilot-500", "delayed", MOEL, OTH,
          "고용노동부가 올해 안에 채우겠다던 주 4.5일제 시범사업 참여 기업은 이달 기준 430곳에 그쳤고, 노동부는 500곳 달성 시점을 내년 상반기로 다시 늦췄다.",
          target=500.0, unit="곳", deadline="2027-06-30", dtext="내년 상반기로", prev="2026-12-31",
          comment=LATER + " (a reported slip before the moved deadline); the old date named ('올해 안에')"),
        m("aa-moel-week-act", "achieved", MOEL, OTH,
          "실노동시간 단축 지원법 제정안은 약속대로 5월 국회에 제출됐지만 아직 상임위원회 문턱을 넘지 못했다.",
          comment=WHEN + "; a promise to submit a bill (z); names no body: 고용노동부"),
        m("aa-mss-week-loan-2000", "progress", MSS, STU,
          "중소벤처기업부의 4.5일제 도입 기업 우대 정책자금은 지금까지 1,240억 원이 나갔다.",
          comment="a measured value without the target, before the deadline: progress, no fields; startup by its body "
                  "(no cue once the ministry name is removed)"),
        m("aa-mpm-week-civil-all", "new", MPM, OTH,
          "인사혁신처는 공무원 주 4.5일 근무 시범을 내년부터 모든 중앙부처로 넓히기로 했다.",
          deadline="2027-12-31", dtext="내년부터",
          comment="a new commitment (the 5-ministry pilot's extension: a new key); '내년부터' on a 2026 page → "
                  "2027-12-31 (y)"),
        # 산사태 대응
        m("aa-kfs-slide-ai-system", "delayed", KFS, OTH,
          "산사태 예측 시스템의 전국 확대는 올해 상반기까지 마치겠다던 약속과 달리 5개 시도에 그쳐, 산림청은 나머지 지역을 내년 상반기로 넘겼다.",
          deadline="2027-06-30", dtext="내년 상반기로", prev="2026-06-30",
          comment=LATER + "; the old date named ('올해 상반기까지')"),
        m("aa-kfs-slide-survey-20k", "achieved", KFS, OTH, "위험 사면 2만 곳 전수 조사는 지난해 말까지 마쳤다.",
          target=20000.0, unit="곳", comment=WHEN + " ('지난해 말까지 마쳤다', within '연내'); names no body: 산림청"),
        m("aa-kfs-slide-works-1200", "achieved", KFS, OTH, "장마 전 완공하겠다던 사방시설 1,200곳은 지난해 10월에야 모두 끝났다.",
          target=1200.0, unit="곳", comment=LATE + " (after the moved date, 2025-09-30)"),
        m("aa-kfs-slide-inspectors-100", "delayed", KFS, OTH,
          "산사태 원인분석관은 올해 62명을 뽑는 데 그쳤고, 산림청은 남은 38명을 내년 상반기까지 채우겠다고 밝혔다.",
          target=38.0, unit="명", deadline="2027-06-30", dtext="내년 상반기까지",
          comment="a reported slip of the remainder before the deadline (2026-12-31): delayed with the new date (y); "
                  "the remainder is the target"),
        m("aa-mois-slide-slopes-480", "delayed", MOIS, OTH,
          "행정안전부가 지난해 안에 끝내겠다던 급경사지 480곳 정비는 지난해 말 430곳에 그쳤다.",
          target=480.0, unit="곳", prev="2025-12-31",
          comment="short after the deadline: delayed; the missed date named ('지난해 안에')"),
        m("aa-kfs-slide-speakers-5000", "cancelled", KFS, OTH,
          "'산사태 알림 스피커'는 2,300여 대를 단 뒤 마을 방송과 겹친다는 지적에 올해 사업이 중단됐다.",
          comment="dropped: cancelled (its 2025 deadline had passed unmet); no date of the promise named"),
        # 모바일 신분증
        m("aa-mois-id-users-5m", "delayed", MOIS, OTH,
          "모바일 주민등록증 발급자는 지난해 말 380만 명으로, 500만 명에서 400만 명으로 낮춘 목표에도 못 미쳤다.",
          target=4000000.0, unit="명", prev="2025-12-31",
          comment="short of the revised target after the deadline: delayed; the target is the revised one; '지난해 말' "
                  "names the deadline"),
        m("aa-mois-id-places-10k", "achieved", MOIS, OTH, "사용처는 올해 상반기 1만 2,000곳으로 늘어 목표 1만 곳을 넘었다.",
          target=10000.0, unit="곳", comment=LATE + "; the clause names the target; names no body: 행정안전부"),
        m("aa-mois-id-carrier-app", "achieved", MOIS, OTH, "이동통신 3사 앱을 통한 발급은 미뤄진 일정대로 지난해 12월 시작됐다.",
          comment="reached on the moved date but after the promised one (July 2025): achieved, no deadline fields (z's "
                  "허브 6곳); trap: telecom cues"),
        m("aa-knpa-id-license-open", "delayed", KNPA, OTH,
          "경찰청은 모바일 운전면허 확인 앱을 편의점과 숙박업소에 먼저 개방했지만, 병원과 렌터카 업체 등은 내년으로 미뤘다.",
          deadline="2027-12-31", dtext="내년으로",
          comment="part opened, the rest moved after the deadline (2025-12-31): delayed with the new date; '내년으로' on "
                  "a 2026 page → 2027-12-31 (y). Uncertain call: the promise named 편의점 and 숙박업소 '등', which "
                  "opened; one could call it achieved"),
        m("aa-moj-id-foreigner", "delayed", MOJ, OTH,
          "법무부는 하반기부터 하겠다던 외국인등록증 모바일 발급을 내년 상반기로 미뤘다.",
          deadline="2027-06-30", dtext="내년 상반기로", prev="2026-12-31",
          comment=LATER + " (a reported delay before the deadline); the old date named ('하반기부터' = this year's H2)"),
        m("aa-mois-id-checkers-3500", "new", MOIS, OTH,
          "행정안전부는 2027년까지 전국 주민센터 3,500여 곳에 모바일 신분증 확인기를 두겠다고 밝혔다.",
          target=3500.0, unit="곳", deadline="2027-12-31", dtext="2027년까지", comment="a new commitment"),
        # 청년 자산형성
        m("aa-fsc-youth-launch", "achieved", FSC, OTH,
          "청년미래적금은 전산 점검이 길어져 예정보다 한 달 늦은 7월 출시됐다.",
          comment=LATE + "; names no body: 금융위원회"),
        m("aa-fsc-youth-match-12", "achieved", FSC, OTH,
          "중소기업 재직 청년에게 기여금을 12%까지 얹어 주는 우대는 예정대로 적용됐다.",
          target=12.0, unit="%", comment=WHEN + " ('예정대로'); trap: startup cue '중소기업'"),
        m("aa-fsc-youth-members-1m", "progress", FSC, OTH,
          "가입자는 10월 말 기준 61만 명으로, 금융위원회가 연말까지 모으겠다던 100만 명까지는 갈 길이 멀다.",
          target=1000000.0, unit="명", deadline="2026-12-31", dtext="연말까지",
          comment="short before the deadline (2026-12-31): progress ('갈 길이 멀다' is the reporter's tone, no delay is "
                  "reported)"),
        m("aa-fsc-youth-switch", "cancelled", FSC, OTH,
          "금융위는 청년도약계좌 가입자가 새 적금으로 갈아타는 길을 열지 않고 기존 계좌를 만기까지 유지하게 하기로 해, 전환 방안은 없던 일이 됐다.",
          comment="dropped: cancelled; no date named"),
        m("aa-fsc-youth-age-39", "new", FSC, OTH,
          "금융위원회는 2027년부터 가입 연령 상한을 만 34세에서 만 39세로 높이겠다고 밝혔다.",
          target=39.0, unit="세", deadline="2027-12-31", dtext="2027년부터",
          comment="a new commitment; 만 34세 is the baseline. Not annotated: the closing assessment, the outlet's own "
                  "plan, the tally and the links after the sign-off"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-17)
LAST = "2026-11-17"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    # 항공 안전
    ("aa-molit-air-localizer-7", MOLIT, OTH, "콘크리트 둔덕 로컬라이저 7곳 경량 구조물로 교체 2025년 내", "achieved",
     "3곳 착공 (Jul 2025); the last (울산) done April 2026 (late)"),
    ("aa-molit-air-bird-staff-200", MOLIT, OTH, "공항 조류 퇴치 전담 인력 128명 → 2025년 상반기 중 200명", "achieved",
     "204명 at the end of June 2025 (on time)"),
    ("aa-molit-air-bird-radar-4", MOLIT, OTH, "조류탐지 레이더 2026년까지 공항 4곳", "in_progress",
     "무안 on trial (Jul 2025); 3곳 running, 김해 due by the year's end (Nov 2026)"),
    ("aa-molit-air-resa-9", MOLIT, OTH, "종단안전구역 확대·이탈방지시설(EMAS) 2027년까지 공항 9곳 → 11곳", "revised",
     "design ordered (Jul 2025); target raised to 11, 2곳 done (Nov 2026), the date unchanged"),
    ("aa-molit-air-inspectors-50", MOLIT, OTH, "항공안전감독관 30명 → 2025년 내 50명", "delayed",
     "41명 (Jul 2025); 46명 at the end of 2025"),
    ("aa-molit-air-mechanic-rule", MOLIT, OTH, "항공기 1대당 정비사 12명 항공안전법 시행규칙 개정 (2025년 상반기 → 2025년 내)",
     "achieved", "moved to 연내 (Jul 2025); in force January 2026 (late)"),
    ("aa-mnd-air-shared-3", MND, OTH, "군·민 겸용 공항 3곳 로컬라이저 둔덕 개선 2026년 상반기까지", "delayed",
     "basic design (Jul 2025); only 청주 done after the deadline (Nov 2026)"),
    ("aa-me-air-bird-survey", MCEE, OTH, "공항 반경 13㎞ 철새 도래지 실태조사 2025년 상반기 중", "achieved",
     "finished early July 2025 (late); made by 환경부, 기후에너지환경부 since 2025-10-01"),
    ("aa-molit-air-open-window", MOLIT, OTH, "항공사별 안전 지표 '항공안전 공개창' 누리집 2025년 10월", "cancelled",
     "replaced by a menu on the existing statistics site after airlines objected (Nov 2026 report)"),
    ("aa-mcee-air-feeding-site", MCEE, OTH, "공항 반경 13㎞ 철새 먹이터 2028년까지 이전", "announced", ""),
    # 노동시간 단축
    ("aa-moel-week-pilot-500", MOEL, OTH, "주 4.5일제 시범사업 500곳 (2025년 하반기 → 2026년 내 → 2027년 상반기)", "delayed",
     "320곳 and moved to 2026 (Apr 2026); 430곳 and moved to H1 2027 (Nov 2026)"),
    ("aa-moel-week-act", MOEL, OTH, "실노동시간 단축 지원법 제정안 2026년 상반기까지 국회 제출", "achieved",
     "submitted in May 2026 (on time)"),
    ("aa-moel-week-hours-1750", MOEL, OTH, "연간 실노동시간 2030년까지 1,750시간 이하 → 1,700시간", "revised",
     "1,836시간 in 2025; target lowered to 1,700시간 (Apr 2026), the date unchanged"),
    ("aa-moel-week-consulting-1000", MOEL, OTH, "노사발전재단 근무 체계 개편 컨설팅 2025년 내 1,000곳", "delayed",
     "never followed up: its deadline (2025-12-31) passed with no report of achievement (date rule)"),
    ("aa-mpm-week-civil-5", MPM, OTH, "공무원 주 4.5일 근무 시범 2026년 1월부터 중앙부처 5곳", "achieved",
     "started January 2026 in 5 ministries (on time)"),
    ("aa-moel-week-wage-bill", MOEL, OTH, "포괄임금 계약 금지 근로기준법 개정안 2025년 내 국회 제출", "achieved",
     "submitted December 2025 (on time)"),
    ("aa-mss-week-loan-2000", MSS, STU, "4.5일제 도입 중소기업 우대 정책자금 2,000억 원 2026년 하반기부터", "in_progress",
     "1,240억 원 lent (Nov 2026)"),
    ("aa-mpm-week-civil-all", MPM, OTH, "공무원 주 4.5일 근무 시범 2027년부터 모든 중앙부처", "announced", ""),
    # 산사태 대응
    ("aa-kfs-slide-forecast-48h", KFS, OTH, "산사태 예측 정보 24시간 → 48시간 전 2025년 6월부터", "achieved",
     "from June 2025 (on time)"),
    ("aa-kfs-slide-survey-20k", KFS, OTH, "위험 사면 2만 곳 전수 조사 2025년 내", "achieved",
     "1만 1,000곳 (Aug 2025); done by the end of 2025 (on time)"),
    ("aa-kfs-slide-works-1200", KFS, OTH, "사방시설 1,200곳 2025년 6월 말까지 완공 (남은 120곳 → 2025년 9월)", "achieved",
     "1,080곳 by June, the rest moved to September (Aug 2025); all done October 2025 (late)"),
    ("aa-kfs-slide-ai-system", KFS, OTH, "AI 산사태 예측 시스템 전국 확대 (2026년 상반기 → 2027년 상반기)", "delayed",
     "pilot in 강원·경북 (Aug 2025); 5개 시도 and the rest moved to H1 2027 (Nov 2026)"),
    ("aa-mois-slide-slopes-480", MOIS, OTH, "붕괴위험 급경사지 480곳 정비 2025년 내", "delayed",
     "about 250곳 (Aug 2025); 430곳 at the end of 2025"),
    ("aa-kfs-slide-speakers-5000", KFS, OTH, "'산사태 알림 스피커' 2025년 내 5,000대", "cancelled",
     "2,300대 (Aug 2025); stopped in 2026 after overlapping with village broadcasts"),
    ("aa-kfs-slide-inspectors-100", KFS, OTH, "'산사태 원인분석관' 2026년까지 100명 신규 채용 (남은 38명 → 2027년 상반기)", "delayed",
     "62명 hired and the rest moved to H1 2027 (Nov 2026)"),
    # 모바일 신분증
    ("aa-mois-id-nationwide", MOIS, OTH, "모바일 주민등록증 2025년 3월부터 전국 발급", "achieved", "from March 2025 (on time)"),
    ("aa-mois-id-users-5m", MOIS, OTH, "모바일 주민등록증 2025년 내 500만 명 → 400만 명 발급", "delayed",
     "target cut to 400만 (Oct 2025, 310만); 380만 at the end of 2025"),
    ("aa-mois-id-places-10k", MOIS, OTH, "모바일 주민등록증 사용처 2025년 상반기 중 1만 곳", "achieved",
     "6,200곳 in June, 8,900곳 (Oct 2025); 1만 2,000곳 in H1 2026 (late)"),
    ("aa-mois-id-carrier-app", MOIS, OTH, "이동통신 3사 본인인증 앱 모바일 주민등록증 발급 (2025년 7월 → 12월)", "achieved",
     "moved to December (Oct 2025); started December 2025, late against July"),
    ("aa-fsc-id-bank", FSC, OTH, "은행 비대면 계좌 개설 모바일 주민등록증 실명 확인 허용 2025년 상반기 중", "achieved",
     "in force August 2025 (late)"),
    ("aa-knpa-id-license-open", KNPA, OTH, "모바일 운전면허 확인 앱 민간 개방 2025년 하반기 중 (병원·렌터카 등 → 2027년)",
     "delayed", "pilot in two convenience-store chains (Oct 2025); 편의점·숙박업소 open, the rest moved to 2027"),
    ("aa-moj-id-foreigner", MOJ, OTH, "외국인등록증 모바일 발급 (2026년 하반기부터 → 2027년 상반기)", "delayed",
     "moved to H1 2027 (Nov 2026)"),
    ("aa-mois-id-checkers-3500", MOIS, OTH, "전국 주민센터 3,500여 곳 모바일 신분증 확인기 2027년까지", "announced", ""),
    # 청년 자산형성
    ("aa-fsc-youth-launch", FSC, OTH, "청년미래적금 2026년 6월 출시", "achieved", "launched July 2026 (a month late)"),
    ("aa-fsc-youth-match-12", FSC, OTH, "청년미래적금 중소기업 재직 청년 기여금 최대 12%", "achieved", "applied at launch"),
    ("aa-fsc-youth-members-1m", FSC, OTH, "청년미래적금 가입자 2026년 말까지 100만 명", "in_progress", "61만 명 at the end of October 2026"),
    ("aa-fsc-youth-switch", FSC, OTH, "청년도약계좌 가입자 전환 방안 2025년 하반기 중", "cancelled",
     "not out (Feb 2026); switching not allowed, the plan dropped (Nov 2026)"),
    ("aa-moef-youth-tax", MOFE, FIS, "청년미래적금 이자소득 비과세 2025년 8월 세법개정안 반영", "achieved",
     "in the 2025 세법개정안, passed at the end of 2025; made by 기획재정부, under 재정경제부 (세제) since 2026-01-02"),
    ("aa-moef-youth-budget", MPB, FIS, "청년미래적금 기여금 예산 7,400억 원 → 5,900억 원 (2026년 예산)", "revised",
     "cut to 5,900억 원 by the Assembly (Feb 2026 report); made by 기획재정부, under 기획예산처 (budget) since 2026-01-02"),
    ("aa-fsc-youth-age-39", FSC, OTH, "청년미래적금 가입 연령 상한 만 34세 → 만 39세 2027년부터", "announced", ""),
]


if __name__ == "__main__":
    write(ROOT, "aa", PAGES, COMMITMENTS, LAST,
          ["ministry = the responsible body under the name valid on that date (환경부's 철새 survey is listed under",
           "기후에너지환경부, its successor from 2025-10-01; 기획재정부's 이자소득 비과세 under 재정경제부, which took 세제",
           "on 2026-01-02, and its 기여금 예산 under 기획예산처, which took the budget that day; every other body kept its",
           "name through 2026-11-17)."],
          with_commitments="--commitments" in sys.argv[1:])
