"""Writes the hand annotations of held-out set ah to gold/*.toml.

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

KOSTAT = "통계청"             # until 2025-09-30
NDS = "국가데이터처"          # from 2025-10-01, 통계청's successor
MOEF = "기획재정부"           # until 2026-01-01
MOFE = "재정경제부"           # from 2026-01-02: 기획재정부's primary successor, took economic policy (prices)
MOLIT = "국토교통부"
KNPA = "경찰청"
MOTIR = "산업통상부"          # from 2025-10-01 (산업통상자원부's successor; only its own 2026 promise here)
MOIS = "행정안전부"
ME = "환경부"                 # until 2025-09-30
MCEE = "기후에너지환경부"     # from 2025-10-01, 환경부's successor
MOE = "교육부"
MCST = "문화체육관광부"
NFA = "소방청"
MOGEF = "여성가족부"          # until 2025-09-30
MGEF = "성평등가족부"         # from 2025-10-01, 여성가족부's successor
MOJ = "법무부"

OTH = "other"      # 야영장 안전, 화물차 졸음운전 (but 산업통상부's), 놀이시설, 물가 통계 (but 기재부/재경부's), 이주배경 학생
FIS = "fiscal"     # 기획재정부 → 재정경제부's price promises: topics.toml's remit_of (no cue in most sentences)
IND = "industry"   # 산업통상부's DSM 센서 국산화 (owner 산업통상부, cue 자동차)

LATE = "achieved after the deadline the commitment named; no deadline fields"
WHEN = "on time, but the time words say when it was done, not what was promised: no deadline fields"
LATER = "deadline moved later: delayed (convention 1), new date in deadline"
SHORT = "short after the deadline: delayed (convention 2)"
MEAS = "a measured value without the target, before the deadline: progress, no fields"

PAGES: list[dict] = []

# ---------------------------------------------------------------- 물가 통계 1/3 (job-board notice; 통계청, 기획재정부)
P1_S = "· 주요 사업: 지역 소비자물가지수 작성 지역 80개 시·군 확대(2026년 상반기), 웹 가격수집 300개 품목"
JOB = "the notice's account of the hiring body's plan (person '')"
PAGES.append(dict(
    source="2025-01-22_ah_price-survey-job-notice.txt",
    title="[통계청] 2025년 지역물가 조사원(기간제 근로자) 채용 공고", published_at="2025-01-22",
    mentions=[
        m("ah-kostat-cpi-80", "new", KOSTAT, OTH, P1_S, target=80.0, unit="개", deadline="2026-06-30",
          dtext="2026년 상반기",
          comment="the 공고 요약 bullet, whole with its marker: one line, two commitments; '80개 시·군' → 80 '개'. "
                  "The other bullets (320명, 근무 기간 '2025. 12. 31.', 보수) are the job's terms, not promises"),
        m("ah-kostat-web-300", "new", KOSTAT, OTH, P1_S, target=300.0, unit="개",
          comment="second item of the bullet; no date phrase of its own"),
        m("ah-kostat-cpi-80", "new", KOSTAT, OTH,
          "통계청은 지역 소비자물가지수 작성 지역을 현재 39개 도시에서 2026년 상반기까지 80개 시·군으로 늘릴 계획입니다.",
          target=80.0, unit="개", deadline="2026-06-30", dtext="2026년 상반기까지",
          comment=JOB + "; 39개 도시 is the baseline. The sentence before (the plan's release '지난 15일') is not annotated"),
        m("ah-kostat-web-300", "new", KOSTAT, OTH,
          "이를 위해 올해 하반기부터 온라인 쇼핑몰 가격을 자동으로 모으는 '웹 가격수집' 품목을 120개에서 300개로 늘립니다.",
          target=300.0, unit="개", deadline="2025-12-31", dtext="올해 하반기부터",
          comment="subjectless: 통계청; 120개 is the baseline"),
        m("ah-kostat-price-portal", "new", KOSTAT, OTH,
          "동네별 생활물가를 지도로 보여 주는 '우리동네 물가' 누리집도 7월 문을 엽니다.",
          deadline="2025-07-31", dtext="7월", comment="a promise stated as an outcome, subjectless: 통계청"),
        m("ah-moef-weekly-prices", "new", MOEF, FIS,
          "같은 날 기획재정부는 3월부터 매주 목요일 달걀·배추·휘발유 등 생활물가 30개 품목의 시·도별 가격 동향을 발표하기로 했습니다.",
          target=30.0, unit="개", deadline="2025-03-31", dtext="3월부터",
          comment="another body's promise in 통계청's notice keeps its body; fiscal by remit (no cue). Not annotated: "
                  "the hiring itself (280 → 320명, 41개 시·군 2명씩: the notice's own staffing), the 전형 일정 dates, "
                  "'2026년 계약', the undated 스마트폰 조사 앱 ('앞으로'), the similar-notice list"),
    ]))

# ---------------------------------------------------------------- 화물차 졸음운전 1/2 (procurement portal's tender notice; 국토교통부, 경찰청)
P2_SUM = "사업 요약: 대형 화물차 DSM 장착 보조금(올해 1만 대) 신청·심사 시스템 구축"
P2_DSM = ("○ 국토교통부는 총중량 20톤 이상 대형 화물차에 DSM 장착비의 80%(대당 최대 40만 원)를 지원하며, "
          "올해 1만 대, 2026년까지 누적 3만 대를 지원할 계획임.")
RFP = "the 제안요청서's ○ line (the buyer's plan), annotated whole with its marker; person ''"
PAGES.append(dict(
    source="2025-02-26_ah_truck-dsm-tender.txt",
    title="대형 화물차 운전자 상태감지장치(DSM) 장착 지원 관리시스템 구축 용역", published_at="2025-02-26",
    mentions=[
        m("ah-molit-dsm-2025-10k", "new", MOLIT, OTH, P2_SUM, target=10000.0, unit="대", deadline="2025-12-31",
          dtext="올해",
          comment="the notice's 사업 요약 line, whole: the system to be built is the contractor's task, the subsidy "
                  "size in brackets is 국토교통부's promise (uncertain call); 수요기관 names the body"),
        m("ah-molit-dsm-2025-10k", "new", MOLIT, OTH, P2_DSM, target=10000.0, unit="대", deadline="2025-12-31",
          dtext="올해", comment=RFP + "; one sentence, two commitments (this year's 1만 대 and the cumulative 3만 대); "
                                     "80%, 40만 원 describe the subsidy"),
        m("ah-molit-dsm-30k", "new", MOLIT, OTH, P2_DSM, target=30000.0, unit="대", deadline="2026-12-31",
          dtext="2026년까지", comment="second clause of the line"),
        m("ah-molit-rest-30", "new", MOLIT, OTH, "○ 고속도로 졸음쉼터를 2026년까지 30곳 새로 만들고, 화물차 전용 주차칸을 함께 늘릴 예정임.",
          target=30.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment=RFP + "; subjectless: 국토교통부 (the parking bays have no number: part of the same promise)"),
        m("ah-molit-ldws-inspect", "new", MOLIT, OTH,
          "○ 2026년 1월부터 대형 화물차 정기검사에 차로이탈경고장치 작동 점검을 추가하는 「자동차관리법 시행규칙」 개정을 추진함.",
          deadline="2026-01-31", dtext="2026년 1월부터",
          comment=RFP + "; the law's name carries the industry cue '자동차' (a trap: a vehicle-inspection rule, other)"),
        m("ah-knpa-rest-crackdown", "new", KNPA, OTH,
          "○ 경찰청은 상반기 중 한국도로공사와 함께 고속도로 화물차 휴게시간 위반 합동 단속을 벌일 예정임.",
          deadline="2025-06-30", dtext="상반기 중",
          comment=RFP + "; another body's dated action in 국토교통부's plan keeps its body (한국도로공사, a public "
                        "corporation, is a partner, not the promiser)"),
        m("ah-molit-deaths-60", "new", MOLIT, OTH,
          "○ 대형 화물차 졸음운전 사망자를 2024년 112명에서 2027년까지 60명 이하로 줄이는 것을 목표로 함.",
          target=60.0, unit="명", deadline="2027-12-31", dtext="2027년까지",
          comment=RFP + "; a cap target; 112명 (2024) is the baseline. Not annotated: 사업 배경's statistics, 배정 "
                        "예산 9억 8,000만 원, 사업 기간 240일, the 입찰 마감/개찰/평가 dates, the 추진 일정 (착수 14일, "
                        "중간 120일, 시범 운영 '2025년 9월': the contractor's schedule), 자격 and 유의 사항"),
    ]))

# ---------------------------------------------------------------- 놀이시설 1/2 (ministry's correction notice with the corrected release; 행정안전부, 환경부, 교육부)
P3_H = "노후 어린이 놀이시설 1,020곳 교체…2026년까지 시도마다 '함께 놀이터'"
REL = "the corrected release's □/○ line, annotated whole with its marker; person ''"
PAGES.append(dict(
    source="2025-04-10_ah_playground-correction-release.txt",
    title="[정정] 「노후 어린이 놀이시설 안전 강화 방안」 보도자료 일부 수치 정정", published_at="2025-04-10",
    mentions=[
        m("ah-mois-play-1020", "new", MOIS, OTH, "- 정정 후: 노후 어린이 놀이시설 1,020곳 교체", target=1020.0, unit="곳",
          comment="the correction's 정정 후 line states the promise as corrected (uncertain call); the 정정 전 lines "
                  "(1,200곳, 2027년까지, 190곳) were never the promise: not annotated. No date in the line"),
        m("ah-mois-inclusive-17", "new", MOIS, OTH, "- 정정 후: 2026년까지 17개 시도에 조성", target=17.0, unit="개",
          deadline="2026-12-31", dtext="2026년까지",
          comment="정정 후 line; '17개 시도' → 17 '개'. The ③ line (경기 172곳) is a row of the allocation table: no promise"),
        m("ah-mois-play-1020", "new", MOIS, OTH, P3_H, target=1020.0, unit="곳",
          comment="the corrected release's headline: one line, two commitments; names no body: 행정안전부's"),
        m("ah-mois-inclusive-17", "new", MOIS, OTH, P3_H, deadline="2026-12-31", dtext="2026년까지",
          comment="'시도마다' has no numeral: no target fields in this clause"),
        m("ah-mois-inspect-1y", "new", MOIS, OTH, "- 정기 안전검사 주기 2년 → 1년으로 단축 추진 -", target=1.0, unit="년",
          comment="the second '- … -' sub-title, whole; the rule value the amendment sets as the target (af's 25년); "
                  "the first sub-title (the release itself) is not annotated"),
        m("ah-mois-play-1020", "new", MOIS, OTH,
          "□ 행정안전부는 올해 설치된 지 15년이 넘은 노후 어린이 놀이시설 1,020곳의 교체·보수비를 지원한다고 9일 밝혔다.",
          target=1020.0, unit="곳", deadline="2025-12-31", dtext="올해",
          comment=REL + "; '15년' describes the facilities. The ○ lines under it are statistics (7만 8,400여 곳, "
                        "1만 1,300여 곳, 1,410건, 38%) and the subsidy rule (최대 3,000만 원, 국비 50%)"),
        m("ah-mois-inclusive-17", "new", MOIS, OTH,
          "□ 장애가 있는 어린이와 없는 어린이가 함께 노는 무장애 통합놀이터 '함께 놀이터'는 2026년까지 17개 시도에 1곳 이상씩 조성한다.",
          target=17.0, unit="개", deadline="2026-12-31", dtext="2026년까지",
          comment=REL + "; 4곳 (next) is the baseline; the 설계 기준 line is undated: not annotated"),
        m("ah-mois-inspect-1y", "new", MOIS, OTH,
          "□ 놀이시설 정기 안전검사 주기를 2년에서 1년으로 줄이는 「어린이놀이시설 안전관리법」 시행령 개정을 하반기 중 마칠 계획이다.",
          target=1.0, unit="년", deadline="2025-12-31", dtext="하반기 중",
          comment=REL + "; the '2개월 안에' line after it is the current rule, kept"),
        m("ah-me-play-env-5000", "new", ME, OTH,
          "○ 환경부는 놀이터 모래와 도료의 중금속 등을 살피는 환경안전 점검 대상을 올해 5,000곳으로 늘린다(지난해 3,200곳).",
          target=5000.0, unit="곳", deadline="2025-12-31", dtext="올해",
          comment=REL + "; 환경부 on 2025-04-10; 3,200곳 is the baseline"),
        m("ah-moe-school-play-214", "new", MOE, OTH,
          "○ 교육부는 지난해 정기검사에서 불합격한 학교 놀이시설 214곳을 8월까지 모두 고치기로 했다.",
          target=214.0, unit="곳", deadline="2025-08-31", dtext="8월까지", comment=REL),
        m("ah-mois-play-1020", "new", MOIS, OTH,
          "□ 도예준 행정안전부 생활안전정책관은 \"아이들이 노는 곳만큼은 걱정이 없어야 한다\"며 \"올해 안에 노후 시설 1,020곳 교체를 반드시 끝내겠다\"고 말했다.",
          person="도예준", target=1020.0, unit="곳", deadline="2025-12-31", dtext="올해 안에",
          comment="the official's quote restates the promise: annotated whole (its first clause is an umbrella). "
                  "Not annotated: 붙임, 담당 부서, the attachments, 이전글/다음글"),
    ]))

# ---------------------------------------------------------------- 야영장 안전 1/3 (community Q&A page; 문화체육관광부, 소방청)
P4_S = ("정리하면 ① 7월부터 글램핑·카라반 경보기 의무 ② 올해 등록 야영장 전수 점검 ③ 6월까지 소방청 글램핑장 점검 "
        "④ 안전등급 표시는 내년 상반기, 이렇게 기억하시면 됩니다.")
QA = "the chosen answer's account of the government plan (the answerer is no official): person ''"
PAGES.append(dict(
    source="2025-05-28_ah_camping-qna.txt",
    title="글램핑장 일산화탄소 경보기, 이제 의무인가요? 여름에 아이들이랑 가려고요", published_at="2025-05-28",
    mentions=[
        m("ah-mcst-co-alarm", "new", MCST, OTH,
          "문화체육관광부는 7월부터 모든 글램핑·카라반 객실에 일산화탄소 경보기 설치를 의무화하기로 했습니다.",
          deadline="2025-07-31", dtext="7월부터",
          comment=QA + ". The question (title and text) is not annotated; the answer's first line names the plan's "
                       "release ('지난 22일'), not a promise"),
        m("ah-mcst-camp-inspect-3400", "new", MCST, OTH,
          "문화체육관광부는 또 올해 전국 등록 야영장 3,400곳을 지방자치단체와 함께 모두 점검하겠다고 했고요.",
          target=3400.0, unit="곳", deadline="2025-12-31", dtext="올해", comment=QA),
        m("ah-mcst-unregistered-survey", "new", MCST, OTH,
          "신고하지 않고 영업하는 미등록 야영장은 하반기 중 전수조사를 벌여 등록을 유도하거나 문을 닫게 한다고 합니다.",
          deadline="2025-12-31", dtext="하반기 중",
          comment=QA + "; subjectless: 문화체육관광부 (the plan's body)"),
        m("ah-nfa-glamping-1100", "new", NFA, OTH, "소방청은 6월까지 글램핑장 1,100곳의 전기·소방시설을 먼저 점검합니다.",
          target=1100.0, unit="곳", deadline="2025-06-30", dtext="6월까지", comment=QA),
        m("ah-mcst-safety-grade", "new", MCST, OTH,
          "야영장마다 1~3등급의 안전등급을 매겨 예약 사이트에 표시하는 제도는 내년 상반기 도입될 예정이에요.",
          deadline="2026-06-30", dtext="내년 상반기",
          comment=QA + "; subjectless: 문화체육관광부; '1~3등급' describes the scheme, not a target"),
        m("ah-mcst-co-alarm", "new", MCST, OTH, P4_S, deadline="2025-07-31", dtext="7월부터",
          comment="the answer's summary line: one sentence, four commitments (①–④), each with its own date phrase"),
        m("ah-mcst-camp-inspect-3400", "new", MCST, OTH, P4_S, deadline="2025-12-31", dtext="올해",
          comment="② has no numeral: no target fields"),
        m("ah-nfa-glamping-1100", "new", NFA, OTH, P4_S, deadline="2025-06-30", dtext="6월까지", comment="③"),
        m("ah-mcst-safety-grade", "new", MCST, OTH, P4_S, deadline="2026-06-30", dtext="내년 상반기",
          comment="④. The 미등록 전수조사 is not in the summary. Not annotated: the tips 1)–5), the other answers "
                  "(a camper's advice; 별빛글램핑's '다음 달까지' is a company's own plan), similar questions, ads"),
    ]))

# ---------------------------------------------------------------- 이주배경 학생 1/2 (ministry's KakaoTalk channel message list; 교육부, 여성가족부)
P5_T = "🌏 가정통신문, 이제 20개 언어로 번역됩니다"
KAKAO = "the ministry's channel message speaking (person ''); annotated like a release"
PAGES.append(dict(
    source="2025-07-16_ah_moe-kakao-channel.txt", title="📢 이주배경 학생 한국어교육, 이렇게 달라집니다",
    published_at="2025-07-16",
    mentions=[
        m("ah-moe-korean-class-1200", "new", MOE, OTH, "교육부는 9월 2학기부터 한국어학급을 950개에서 1,200개로 늘립니다.",
          target=1200.0, unit="개", deadline="2025-09-30", dtext="9월 2학기부터",
          comment=KAKAO + "; 950개 is the baseline. The message's title and the card-image line '(카드 이미지: …)' "
                          "(an image's alt text) are not annotated (uncertain call for the alt text)"),
        m("ah-moe-bilingual-1000", "new", MOE, OTH,
          "학생들의 모국어로 수업 이해를 돕는 이중언어 강사는 2026년까지 1,000명으로 늘립니다(현재 620명).",
          target=1000.0, unit="명", deadline="2026-12-31", dtext="2026년까지",
          comment=KAKAO + "; subjectless: 교육부; 620명 is the baseline"),
        m("ah-moe-ai-helper", "new", MOE, OTH,
          "입국한 지 얼마 되지 않은 학생을 위한 'AI 통번역 학습 도우미'는 내년 3월 신학기부터 모든 초·중학교에서 쓸 수 있게 하겠습니다.",
          deadline="2026-03-31", dtext="내년 3월 신학기부터", comment=KAKAO),
        m("ah-moe-korean-diagnosis", "new", MOE, OTH,
          "학교마다 제각각이던 한국어 능력 진단 도구는 연말까지 하나로 묶어 '한국어 성장 진단'으로 내놓겠습니다.",
          deadline="2025-12-31", dtext="연말까지", comment=KAKAO),
        m("ah-mogef-visit-10k", "new", MOGEF, OTH,
          "여성가족부는 하반기부터 다문화가족 자녀 기초학력 방문 지원 대상을 6,500명에서 1만 명으로 늘립니다.",
          target=10000.0, unit="명", deadline="2025-12-31", dtext="하반기부터",
          comment="another body's promise in 교육부's message keeps its body (여성가족부 on 2025-07-16). Not annotated: "
                  "the ※ statistic (19만 3,800명, 3.7%), the 💬 Q./A. box (no promise), the closing '끝까지 "
                  "챙기겠습니다' (an undated umbrella)"),
        m("ah-moe-translate-20", "new", MOE, OTH, P5_T, target=20.0, unit="개",
          comment="the 2025-07-02 message's title, whole with its emoji; no date. '가정통신문' carries the telecom "
                  "cue '통신' (a trap: other)"),
        m("ah-moe-translate-20", "new", MOE, OTH,
          "교육부는 학부모가 가정통신문을 모국어로 받아 볼 수 있도록 '가정통신문 자동 번역 서비스'의 지원 언어를 7월 말까지 12개에서 20개로 늘립니다.",
          target=20.0, unit="개", deadline="2025-07-31", dtext="7월 말까지",
          comment="an older message on the list: '7월 말까지' reads the same against its own date (07-02) and the "
                  "page's (07-16); 12개 is the baseline; the 8개 new languages (next) are a description. The "
                  "공모전 and 설문 messages hold no promise"),
    ]))

# ---------------------------------------------------------------- 야영장 안전 2/3 (app-store page: release notes and notice; 문화체육관광부, 소방청)
APP = "the app page's notice or release note (the operator, 한국관광공사, reporting the bodies' plans): person ''"
PAGES.append(dict(
    source="2025-09-03_ah_camping-app-update.txt", title="캠핑누리 - 전국 야영장 예약·안전정보", published_at="2025-09-03",
    mentions=[
        m("ah-mcst-co-alarm", "achieved", MCST, OTH,
          "· 7월부터 글램핑·카라반 객실의 일산화탄소 경보기 설치가 의무화된 데 맞춰, 야영장 상세 화면에 '경보기 설치 확인' 표시를 추가했습니다.",
          comment=APP + "; the rule in force from July as promised: achieved, " + WHEN + "; the app feature itself "
                        "is the operator's. The badge line (next) is an app feature"),
        m("ah-mcst-camp-inspect-3400", "progress", MCST, OTH,
          "· 문화체육관광부와 지자체의 등록 야영장 합동 점검은 8월 말까지 3,400곳 가운데 2,150곳을 마쳤습니다.",
          target=3400.0, unit="곳",
          comment=APP + "; a count short of the target before the deadline: progress; '8월 말까지' is the measured "
                        "period; the clause names the target"),
        m("ah-nfa-glamping-1100", "achieved", NFA, OTH,
          "· 소방청의 글램핑장 1,100곳 전기·소방시설 점검은 당초 6월에서 한 달 늦은 7월 말에 모두 끝났습니다.",
          target=1100.0, unit="곳", comment=APP + "; " + LATE),
        m("ah-mcst-unregistered-survey", "progress", MCST, OTH,
          "· 문화체육관광부는 미등록 야영장 전수조사를 10월 시작해 연말까지 마칠 계획입니다.",
          deadline="2025-12-31", dtext="연말까지",
          comment="the promise restated on course ('10월' is when it starts); never reported on again: delayed by the "
                  "date rule"),
        m("ah-mcst-safety-grade", "progress", MCST, OTH,
          "· 야영장 안전등급 표시는 문화체육관광부 계획대로 내년 상반기에 앱에 반영할 예정입니다.",
          deadline="2026-06-30", dtext="내년 상반기",
          comment="the ministry's schedule restated by the app's operator ('문화체육관광부 계획대로'): progress of "
                  "문화체육관광부's promise, not the operator's own (uncertain call). Not annotated: the ※ line, the "
                  "app description (3,400여 곳: a count), data safety, the reviews and the operator's replies ('10월 "
                  "업데이트', '다음 주 중': the operator's own plans), the version history"),
    ]))

# ---------------------------------------------------------------- 물가 통계 2/3 (official gazette notice; 국가데이터처)
GAZ = "the gazette notice's item, annotated whole with its marker (공고 style: '~함', '~예정임'); person ''"
PAGES.append(dict(
    source="2025-11-12_ah_data-office-gazette.txt", title="통계작성 변경 승인 사항 공고", published_at="2025-11-12",
    mentions=[
        m("ah-kostat-web-300", "achieved", NDS, OTH, "가. 웹 가격수집 품목을 120개에서 300개로 늘림(2025년 10월 작성분부터 적용).",
          target=300.0, unit="개",
          comment=GAZ + "; in force from the October 2025 data, within the promised year: achieved, " + WHEN +
                  "; 국가데이터처 (통계청's successor from 2025-10-01)"),
        m("ah-kostat-cpi-80", "progress", NDS, OTH,
          "나. 지역 소비자물가지수 작성 지역을 39개 도시에서 80개 시·군으로 넓힘(2026년 6월 공표분부터 적용).",
          target=80.0, unit="개", deadline="2026-06-30", dtext="2026년 6월",
          comment=GAZ + "; the approved change for a date ahead: work under way, the promise restated on course"),
        m("ah-nds-cpi-reweight", "new", NDS, OTH, "다. 가중치 기준연도를 2020년에서 2025년으로 바꿈(2026년 12월 공표분부터 적용).",
          deadline="2026-12-31", dtext="2026년 12월",
          comment=GAZ + "; a new dated commitment of the renamed body (key prefix ah-nds-). 라. (조사 주기 변경 없음) "
                        "and 5. 변경 사유 (reasons; '1년간' comparison is a method) are not annotated"),
        m("ah-kostat-web-300", "achieved", NDS, OTH, "○ 웹 가격수집 300개 품목은 2025년 10월 작성분(11월 4일 공표)부터 반영하였음.",
          target=300.0, unit="개", comment=GAZ + "; " + WHEN),
        m("ah-kostat-cpi-80", "progress", NDS, OTH, "○ 지역 소비자물가지수(80개 시·군)는 2026년 6월부터 매월 공표할 예정임.",
          target=80.0, unit="개", deadline="2026-06-30", dtext="2026년 6월부터", comment=GAZ + "; restated on course"),
        m("ah-nds-cpi-reweight", "new", NDS, OTH, "○ 2025년 기준 가중치를 적용한 소비자물가지수는 2026년 12월에 처음 공표할 예정임.",
          deadline="2026-12-31", dtext="2026년 12월에",
          comment=GAZ + ". Not annotated: the 승인일 and 공고일, 7. (41개 시·군 by 시·도: a list), 8. (180개 품목 by "
                        "분류, 12곳: description), 9. (효력; '조정될 수 있으며' is conditional; the old index kept "
                        "'일정 기간', undated), the same-issue list"),
    ]))

# ---------------------------------------------------------------- 놀이시설 2/2 (district office's newsletter; 행정안전부, 기후에너지환경부, 교육부)
P8_D = "노후 놀이시설 840곳 교체 끝나…정부, 내년엔 1,500곳 지원"
NEWS = "the newsletter's account of the government's programmes (person '')"
PAGES.append(dict(
    source="2025-12-05_ah_district-newsletter.txt", title="우리 동네 놀이터, 내년엔 이렇게 바뀝니다",
    published_at="2025-12-05",
    mentions=[
        m("ah-mois-play-1020", "progress", MOIS, OTH, P8_D,
          comment="the deck line: one line, two commitments; 840곳 is a measure without the target: progress, no "
                  "fields; '정부' → 행정안전부 (the programme's body). The headline names no promise"),
        m("ah-mois-play-1500", "new", MOIS, OTH, P8_D, target=1500.0, unit="곳", deadline="2026-12-31", dtext="내년엔",
          comment="next year's target after this year's: its own commitment; '내년엔' on 2025-12-05 → 2026-12-31"),
        m("ah-mois-play-1020", "progress", MOIS, OTH,
          "행정안전부는 올해 노후 놀이시설 1,020곳 가운데 11월 말까지 840곳의 교체를 마쳤다고 밝혔습니다.",
          target=1020.0, unit="곳", deadline="2025-12-31", dtext="올해",
          comment=NEWS + "; short of the target before the deadline: progress; the clause names the target and its "
                         "year; '11월 말까지' is the measured period. The district's 7곳 (next) is a count"),
        m("ah-mois-inspect-1y", "achieved", MOIS, OTH,
          "놀이시설 정기 안전검사 주기를 2년에서 1년으로 줄이는 시행령 개정안은 지난달 국무회의를 통과해 내년 1월 1일부터 시행됩니다.",
          target=1.0, unit="년",
          comment="the amendment promised for H2 2025 passed in November: achieved, " + WHEN + " ('내년 1월 1일부터' "
                  "is the rule's entry into force, not the promise's deadline); subjectless: 행정안전부"),
        m("ah-me-play-env-5000", "achieved", MCEE, OTH,
          "기후에너지환경부(옛 환경부)는 놀이터 5,000곳의 모래·도료 환경안전 점검을 10월 모두 마쳤습니다.",
          target=5000.0, unit="곳",
          comment=NEWS + "; " + WHEN + "; 기후에너지환경부 (환경부's successor). The district's 46곳/2곳 (next) are counts"),
        m("ah-moe-school-play-214", "delayed", MOE, OTH,
          "교육부는 8월까지 모두 고치겠다던 학교 놀이시설 214곳 가운데 190곳만 마쳤고, 나머지 24곳은 내년 2월까지 고치기로 했습니다.",
          target=24.0, unit="곳", deadline="2026-02-28", dtext="내년 2월까지", prev="2025-08-31",
          comment="one sentence: short after the deadline and the remainder moved: annotated once with its latest "
                  "state (ad), " + LATER + "; the remainder moved is the target of the sentence that moves it"),
        m("ah-mois-inclusive-17", "progress", MOIS, OTH,
          "장애 어린이도 함께 노는 '함께 놀이터'는 현재 6개 시도에 문을 열었고, 행정안전부는 내년 말까지 나머지 11개 시도에도 조성할 계획입니다.",
          deadline="2026-12-31", dtext="내년 말까지",
          comment="a count and the promise restated on course (the same date: 2026년까지 = 내년 말까지): progress; "
                  "'나머지 11개 시도' is the remainder of an unmoved promise, not its target"),
        m("ah-mois-play-1500", "new", MOIS, OTH, "행정안전부는 내년에는 노후 놀이시설 1,500곳의 교체를 지원하겠다고 밝혔습니다.",
          target=1500.0, unit="곳", deadline="2026-12-31", dtext="내년에는",
          comment=NEWS + ". Not annotated: the district's own plans (8곳 '내년 3월까지', 통합놀이터 '내년 하반기', "
                         "CCTV '내년 상반기까지': a local government), the explainer box (the rule's effect), the "
                         "residents' words, the tips, the 알림판 (dates of events and recruitment)"),
    ]))

# ---------------------------------------------------------------- 물가 통계 3/3 (university course's lecture notes; 국가데이터처, 재정경제부)
NOTE = "the lecture notes' account (the professor is no official): person ''"
PAGES.append(dict(
    source="2026-03-18_ah_statistics-lecture-notes.txt", title="[3주차] 물가지수는 어떻게 만들어지나 - 강의 노트",
    published_at="2026-03-18",
    mentions=[
        m("ah-kostat-web-300", "achieved", NDS, OTH, "· 웹 가격수집 300개 품목 확대 완료", target=300.0, unit="개",
          comment="the [이번 주 핵심] bullets are annotated like deck lines, whole with their marker; names no body: "
                  "국가데이터처"),
        m("ah-kostat-cpi-80", "delayed", NDS, OTH, "· 지역 소비자물가지수 80개 시·군 첫 공표는 12월로 연기", target=80.0,
          unit="개", deadline="2026-12-31", dtext="12월로", comment=LATER),
        m("ah-mofe-felt-cpi", "new", MOFE, FIS, "· 재정경제부 '체감물가 보조지표' 6월 공개 예정", deadline="2026-06-30",
          dtext="6월", comment="fiscal by remit (no cue); the sections 1–2 (what an index is, 460개 품목, 2020년 가중치) "
                               "are textbook context"),
        m("ah-kostat-web-300", "achieved", NDS, OTH,
          "국가데이터처(지난해 10월 통계청에서 이름이 바뀌었습니다)는 지난해 10월 작성분부터 웹 가격수집 품목을 300개로 늘렸습니다.",
          target=300.0, unit="개", comment=NOTE + "; " + WHEN),
        m("ah-kostat-cpi-80", "delayed", NDS, OTH,
          "지역 소비자물가지수를 80개 시·군으로 넓히는 작업은 원래 올해 6월 첫 공표가 목표였지만, 국가데이터처는 지난달 표본 설계를 보완해야 한다며 첫 공표를 12월로 미뤘습니다.",
          target=80.0, unit="개", deadline="2026-12-31", dtext="12월로", prev="2026-06-30",
          comment=NOTE + "; " + LATER + "; the old date named ('올해 6월')"),
        m("ah-nds-cpi-reweight", "progress", NDS, OTH, "2025년 기준 가중치를 적용한 새 지수도 12월 공표분부터 나옵니다.",
          deadline="2026-12-31", dtext="12월", comment="the promise restated on course; subjectless: 국가데이터처"),
        m("ah-kostat-price-portal", "achieved", NDS, OTH,
          "동네별 물가를 보여 주는 '우리동네 물가' 누리집은 약속한 지난해 7월보다 넉 달 늦은 11월에야 문을 열었습니다.",
          comment=NOTE + "; " + LATE + " (July 2025 → November 2025); opened after the rename: 국가데이터처"),
        m("ah-moef-weekly-prices", "achieved", MOFE, FIS,
          "기획재정부가 지난해 3월 시작한 주간 생활물가 30개 품목 발표는 재정경제부가 이어받아 지금도 매주 목요일 나옵니다.",
          target=30.0, unit="개",
          comment="started in March 2025 as promised: achieved, " + WHEN + "; the body on the page's date, 재정경제부 "
                  "(기획재정부's primary successor, which the sentence names as carrying it on)"),
        m("ah-mofe-felt-cpi", "new", MOFE, FIS,
          "재정경제부는 1월 물가관계장관회의에서 소득 계층별로 체감물가를 보여 주는 '체감물가 보조지표'를 6월까지 개발해 공개하겠다고 밝혔습니다.",
          deadline="2026-06-30", dtext="6월까지",
          comment="first reported here: new ('1월' is when it was said); fiscal by remit (물가 is no cue)"),
        m("ah-nds-card-stats", "new", NDS, OTH,
          "국가데이터처는 올해 안에 카드 결제 데이터로 만든 '실시간 소비 동향' 통계를 시험 공표할 계획입니다.",
          deadline="2026-12-31", dtext="올해 안에",
          comment=NOTE + ". Not annotated: the professor's view (→ 생각해 볼 점), 한국은행's 2% 물가안정목표 (a central "
                         "bank's standing target, not a ministry's dated promise), 2.3% (a statistic), the exam "
                         "'4월 22일' and the homework '3월 25일(수) 23:59까지', the comments after the sign-off"),
    ]))

# ---------------------------------------------------------------- 화물차 졸음운전 2/2 (forum proceedings on a research institute's site; 국토교통부, 경찰청, 산업통상부)
PAPER = "the presenter's account in the paper (a researcher, no official): person ''"
PAGES.append(dict(
    source="2026-05-20_ah_truck-drowsy-forum-paper.txt",
    title="「대형 화물차 졸음운전, 대책 1년 무엇이 달라졌나」 국회 정책토론회 자료집", published_at="2026-05-20",
    mentions=[
        m("ah-molit-dsm-2025-10k", "delayed", MOLIT, OTH, "· DSM 장착 지원 2025년 8,140대, 목표 1만 대 미달",
          target=10000.0, unit="대", prev="2025-12-31",
          comment="the [발제 1 핵심] bullets are annotated like deck lines, whole; " + SHORT + "; '2025년' names the "
                  "promised period"),
        m("ah-molit-dsm-30k", "revision", MOLIT, OTH, "· 누적 지원 목표 3만 대 → 2만 대로 하향", target=20000.0, unit="대",
          comment="a lowered target: revision (the new target in target_value); no date in the bullet"),
        m("ah-molit-ldws-inspect", "delayed", MOLIT, OTH, "· 정기검사 차로이탈경고장치 점검 7월로 연기",
          deadline="2026-07-31", dtext="7월로", comment=LATER + "; the old date not named in the bullet"),
        m("ah-molit-deaths-60", "progress", MOLIT, OTH, "· 졸음운전 사망자 112명 → 94명", comment=MEAS),
        m("ah-molit-dsm-2025-10k", "delayed", MOLIT, OTH, "국토교통부의 DSM 장착 지원은 지난해 8,140대에 그쳐 목표(1만 대)에 못 미쳤다.",
          target=10000.0, unit="대", prev="2025-12-31",
          comment=PAPER + "; " + SHORT + "; '지난해' names the promised period. The reasons (next: 20%, 수도권) are "
                          "not annotated"),
        m("ah-molit-dsm-30k", "revision", MOLIT, OTH, "국토교통부는 지난 3월 2026년까지 누적 3만 대라는 목표를 2만 대로 낮췄다.",
          target=20000.0, unit="대", deadline="2026-12-31", dtext="2026년까지",
          comment="a lowered target, the date unchanged: revision; '지난 3월' is when it was lowered"),
        m("ah-molit-rest-30", "progress", MOLIT, OTH, "고속도로 졸음쉼터는 지난해 말까지 11곳이 새로 문을 열었다.",
          comment=PAPER + "; " + MEAS + " (2026-12-31); subjectless: 국토교통부. The 주차칸 line (next) is a count"),
        m("ah-molit-ldws-inspect", "delayed", MOLIT, OTH,
          "정기검사에 차로이탈경고장치 점검을 추가하는 시행규칙 개정은 업계 의견 수렴이 길어지면서 시행 시기가 올해 1월에서 7월로 미뤄졌다.",
          deadline="2026-07-31", dtext="7월로", prev="2026-01-31",
          comment=LATER + "; the old date named ('올해 1월에서'); subjectless: 국토교통부"),
        m("ah-knpa-rest-crackdown", "achieved", KNPA, OTH,
          "경찰청은 지난해 4~5월 한국도로공사와 함께 고속도로 화물차 휴게시간 위반 합동 단속을 벌여 1,240건을 적발했다.",
          comment="held within the promised H1 2025: achieved, " + WHEN + "; 1,240건 is a result, no target was set"),
        m("ah-knpa-ai-camera-20", "new", KNPA, OTH,
          "경찰청은 6월까지 고속도로순찰대 암행 순찰차 20대에 AI 졸음운전 감지 카메라를 시범 장착할 계획이다.",
          target=20.0, unit="대", deadline="2026-06-30", dtext="6월까지", comment="first reported here: new"),
        m("ah-molit-deaths-60", "progress", MOLIT, OTH,
          "지난해 대형 화물차 졸음운전 사망자는 94명으로 2024년(112명)보다 18명 줄었다.", comment=MEAS),
        m("ah-molit-deaths-60", "progress", MOLIT, OTH,
          "2027년까지 60명 이하라는 목표에 닿으려면 해마다 17명 안팎씩 더 줄여야 한다.",
          target=60.0, unit="명", deadline="2027-12-31", dtext="2027년까지",
          comment="the presenter restates the target with its date beside the measure: progress (uncertain call: an "
                  "analyst's arithmetic; '17명 안팎' is not a target)"),
        m("ah-motir-dsm-local-70", "new", MOTIR, IND,
          "산업통상부는 지난 3월 자동차 부품 R&D 사업으로 DSM 핵심 센서를 개발해 2028년까지 국산화율을 30%에서 70%로 높이겠다고 발표했다.",
          target=70.0, unit="%", deadline="2028-12-31", dtext="2028년까지",
          comment="first reported here: new; industry (owner 산업통상부, cue '자동차'); 30% is the baseline. Not "
                  "annotated: Ⅲ 제언 (the presenter's proposals; 한국도로공사's 500면 '내년까지' is a public "
                  "corporation's), 발제 2 (the drivers' association's petition '다음 달'), the 도로공사 관계자"),
        m("ah-molit-dsm-30k", "progress", MOLIT, OTH, "낮춘 목표인 2만 대는 연말까지 반드시 채우겠다.",
          person="홍서준", target=20000.0, unit="대", deadline="2026-12-31", dtext="연말까지",
          comment="the official's own words in the 지정 토론 요지 (his name on the line): the lowered promise restated "
                  "on course; his first sentence ('사실이다') is not annotated. 모지혁 의원's bill '이달 안에' (a "
                  "lawmaker; '화물자동차' carries the cue '자동차') and the disclaimer are not"),
    ]))

# ---------------------------------------------------------------- 이주배경 학생 2/2 (teachers' e-learning module; 교육부, 성평등가족부, 법무부)
MOD = "the module's account (a course text, no official speaking): person ''"
PAGES.append(dict(
    source="2026-08-26_ah_teacher-training-module.txt", title="3차시. 정부 지원 정책은 어디까지 왔나",
    published_at="2026-08-26",
    mentions=[
        m("ah-moe-korean-class-1200", "achieved", MOE, OTH,
          "한국어학급은 지난해 9월 2학기부터 1,200개로 늘었고, 올해 4월 현재 1,260개가 운영되고 있습니다.",
          target=1200.0, unit="개",
          comment=MOD + "; reached in September 2025 as promised: achieved, " + WHEN + "; 1,260개 is a later count. "
                        "The scenario (생각 열기) and the 학습 목표 are not annotated"),
        m("ah-moe-bilingual-1000", "progress", MOE, OTH, "이중언어 강사는 올해 4월 기준 830명입니다.", comment=MOD + "; " + MEAS),
        m("ah-moe-bilingual-1000", "progress", MOE, OTH, "교육부는 연말까지 1,000명을 채우겠다는 계획입니다.",
          target=1000.0, unit="명", deadline="2026-12-31", dtext="연말까지", comment="the promise restated on course"),
        m("ah-moe-ai-helper", "delayed", MOE, OTH,
          "'AI 통번역 학습 도우미'는 당초 올해 3월 모든 초·중학교 보급이 목표였지만, 학생 개인정보 처리 방식을 다시 검토하면서 보급 시기가 9월로 미뤄졌습니다.",
          deadline="2026-09-30", dtext="9월로", prev="2026-03-31",
          comment=LATER + "; the old date named ('올해 3월')"),
        m("ah-moe-ai-helper", "progress", MOE, OTH, "지금은 시범학교 600곳에서만 쓸 수 있습니다.",
          comment="a measure before the moved date: progress, no fields (no target was ever a number)"),
        m("ah-moe-translate-20", "achieved", MOE, OTH, "가정통신문 자동 번역은 지난해 7월부터 20개 언어로 제공되고 있습니다.",
          target=20.0, unit="개",
          comment=MOD + "; " + WHEN + "; subjectless: 교육부 (its service); '가정통신문' carries the cue '통신' (trap)"),
        m("ah-moe-korean-diagnosis", "achieved", MOE, OTH,
          "학교마다 따로 쓰던 한국어 진단 도구는 지난해 12월 '한국어 성장 진단'으로 통합돼 모든 학교에 보급됐습니다.",
          comment=MOD + "; done in December 2025, within '연말까지': achieved, " + WHEN),
        m("ah-mogef-visit-10k", "delayed", MGEF, OTH,
          "성평등가족부(옛 여성가족부)의 다문화가족 자녀 기초학력 방문 지원은 지난해 8,700명에 그쳐 목표(1만 명)에 닿지 못했습니다.",
          target=10000.0, unit="명", prev="2025-12-31",
          comment=MOD + "; " + SHORT + "; '지난해' names the promised period; 성평등가족부 (여성가족부's successor)"),
        m("ah-moj-visa-30d", "new", MOJ, OTH,
          "법무부는 내년 1월부터 이주배경 청소년의 체류자격 변경 심사 기간을 60일에서 30일로 줄이겠다고 밝혔습니다.",
          target=30.0, unit="일", deadline="2027-01-31", dtext="내년 1월부터",
          comment="first reported here: new; '30일' is how fast (a target, not a deadline); 60일 is the baseline. "
                  "경기도교육청's 거점학교 30곳 '내년 3월까지' (현장 사례) is a local education office's: not annotated"),
        m("ah-moe-korean-class-1200", "achieved", MOE, OTH, "· 한국어학급 1,200개 목표 달성(2025년 9월)", target=1200.0,
          unit="개", comment="the 정리하기 bullets are annotated like deck lines, whole; " + WHEN),
        m("ah-moe-bilingual-1000", "progress", MOE, OTH, "· 이중언어 강사 830명 → 연말 1,000명 목표", target=1000.0,
          unit="명", deadline="2026-12-31", dtext="연말", comment="measure and target with its date: progress"),
        m("ah-moe-ai-helper", "delayed", MOE, OTH, "· AI 통번역 도우미 전면 보급 9월로 연기", deadline="2026-09-30",
          dtext="9월로", comment=LATER),
        m("ah-moj-visa-30d", "new", MOJ, OTH, "· 체류자격 변경 심사 30일로 단축(법무부, 2027년 1월)", target=30.0, unit="일",
          deadline="2027-01-31", dtext="2027년 1월",
          comment="the bullet restates this page's new promise: new. Not annotated: the 확인 문제 and its 정답 "
                  "('2026년 9월'), the 참고 자료 titles, the 학습 기간 '~ 9. 30.' (the course's own period)"),
    ]))

# ---------------------------------------------------------------- all five, last (civic budget explainer: headline, two deck lines, 핵심 요약 bullets, ①–⑤ sections, tally after the sign-off)
P12_D1 = "화물차 DSM 지원 1만 5,300대…'함께 놀이터' 3곳은 내년으로"
P12_D2 = "체감물가 보조지표 무산, 야영장 안전등급제도 철회"
P12_B3 = "· 재정경제부는 체감물가 보조지표를, 문화체육관광부는 야영장 안전등급제를 접었다."
EXPL = "the explainer's prose (person ''); a subjectless sentence takes the body its section or the sentence before names"
PAGES.append(dict(
    source="2026-11-25_ah_budget-explainer.txt",
    title="[예산안 쉽게 읽기 ⑤] 약속 따라 돈이 움직였나…생활안전·통계·교육 다섯 개 사업", published_at="2026-11-25",
    mentions=[
        m("ah-molit-dsm-30k", "progress", MOLIT, OTH, P12_D1,
          comment="first deck line: one line, two commitments; a measure without the target: progress, no fields; "
                  "names no body: 국토교통부's. The headline names no promise"),
        m("ah-mois-inclusive-17", "delayed", MOIS, OTH, P12_D1, target=3.0, unit="곳", deadline="2027-12-31",
          dtext="내년으로",
          comment=LATER + "; the remainder moved is the clause's target (the page's counter '곳'); '내년으로' → "
                          "2027-12-31 (the phrase's own period; the body's '내년 6월까지' is finer)"),
        m("ah-mofe-felt-cpi", "cancelled", MOFE, FIS, P12_D2,
          comment="second deck line: one line, two commitments; '무산': cancelled (no fiscal cue here; the category "
                  "stands)"),
        m("ah-mcst-safety-grade", "cancelled", MCST, OTH, P12_D2, comment="'철회': cancelled"),
        m("ah-molit-dsm-30k", "progress", MOLIT, OTH, "· 국토교통부의 DSM 지원은 10월까지 1만 5,300대지만 내년 예산은 150억 원으로 줄었다.",
          comment="the 핵심 요약 bullets are annotated like deck lines, whole; " + MEAS + "; the budget figure carries "
                  "the weak fiscal cue '예산' (a circumstance: other)"),
        m("ah-mois-inclusive-17", "delayed", MOIS, OTH, "· 행정안전부의 '함께 놀이터'는 14개 시도에 그쳐 남은 곳은 내년 6월로 넘어갔다.",
          deadline="2027-06-30", dtext="내년 6월로", comment=LATER + " (before the old deadline, 2026-12-31)"),
        m("ah-mofe-felt-cpi", "cancelled", MOFE, FIS, P12_B3, comment="one bullet, two commitments; '접었다': cancelled"),
        m("ah-mcst-safety-grade", "cancelled", MCST, OTH, P12_B3, comment="second clause"),
        m("ah-moe-ai-helper", "achieved", MOE, OTH, "· 교육부는 AI 통번역 도우미를 9월 전면 보급했다.",
          comment=LATE + " (promised for March 2026, moved to September, done in September). The intro (국회 심사, "
                         "'12월 2일까지': the constitution's deadline for the assembly) is not annotated"),
        # ① 화물차
        m("ah-molit-dsm-30k", "progress", MOLIT, OTH, "DSM 장착 지원은 10월까지 누적 1만 5,300대로, 국토교통부가 낮춘 누적 목표(2만 대)의 77%다.",
          target=20000.0, unit="대",
          comment=EXPL + "; a measure with the lowered target named, before the deadline: progress; '10월까지' is the "
                         "measured period. The 예산 lines (420억 → 150억 원, −64.3%) are budget figures"),
        m("ah-molit-dsm-2027-3000", "new", MOLIT, OTH, "국토교통부는 2027년 정부안에 DSM 장착 지원 물량을 3,000대로 잡았다.",
          target=3000.0, unit="대", deadline="2027-12-31", dtext="2027년",
          comment="next year's subsidy size in the budget bill: its own commitment (a new year's target), announced"),
        m("ah-molit-ldws-inspect", "achieved", MOLIT, OTH, "정기검사 차로이탈경고장치 점검은 7월부터 시행됐다.",
          comment=LATE + " (promised for January 2026, moved to July, in force in July); subjectless: 국토교통부"),
        m("ah-molit-rest-30", "delayed", MOLIT, OTH,
          "고속도로 졸음쉼터는 10월까지 19곳이 새로 문을 열었고, 국토교통부는 나머지 11곳을 내년 상반기까지 마치겠다고 밝혔다.",
          target=11.0, unit="곳", deadline="2027-06-30", dtext="내년 상반기까지",
          comment="one sentence: a count and the remainder moved past the old deadline (2026-12-31): annotated once "
                  "with its latest state, " + LATER + "; the remainder moved is the target"),
        m("ah-knpa-ai-camera-20", "achieved", KNPA, OTH, "경찰청은 7월 암행 순찰차 20대에 AI 졸음운전 감지 카메라 장착을 마쳤다.",
          target=20.0, unit="대",
          comment=LATE + " (promised by June 2026, done in July). The → 따져 볼 점 lines (남은 4,700대 '연말까지': the "
                         "explainer's doubt) are not annotated"),
        # ② 놀이시설
        m("ah-mois-play-1020", "delayed", MOIS, OTH, "노후 놀이시설 교체는 2025년 970곳에 그쳐 목표(1,020곳)에 못 미쳤다.",
          target=1020.0, unit="곳", prev="2025-12-31",
          comment=EXPL + "; " + SHORT + "; '2025년' names the promised period; subjectless: 행정안전부 (the section's)"),
        m("ah-mois-play-1500", "progress", MOIS, OTH, "올해 1,500곳 교체 목표 가운데 10월까지 1,180곳을 마쳤다.",
          target=1500.0, unit="곳", deadline="2026-12-31", dtext="올해",
          comment="a measure with the target and its year named, before the deadline: progress"),
        m("ah-mois-inclusive-17", "progress", MOIS, OTH, "'함께 놀이터'는 17개 시도 가운데 14곳에 문을 열었다.",
          target=17.0, unit="개", comment=EXPL + "; a measure naming the target: progress; the delay (next) decides"),
        m("ah-mois-inclusive-17", "delayed", MOIS, OTH, "행정안전부는 남은 3개 시도의 조성을 내년 6월까지 마치겠다고 밝혔다.",
          target=3.0, unit="개", deadline="2027-06-30", dtext="내년 6월까지",
          comment=LATER + "; the remainder moved is the target (this sentence's counter '개')"),
        m("ah-moe-school-play-214", "achieved", MOE, OTH, "교육부는 2월 말 학교 놀이시설 214곳의 보수를 모두 끝냈다.",
          target=214.0, unit="곳",
          comment=LATE + " (promised for August 2025, the rest moved to February 2026, done then); the clause names "
                         "the original target"),
        # ③ 야영장
        m("ah-mcst-camp-inspect-3400", "delayed", MCST, OTH, "등록 야영장 합동 점검은 지난해 3,100곳에서 끝나 목표(3,400곳)를 채우지 못했다.",
          target=3400.0, unit="곳", prev="2025-12-31",
          comment=EXPL + "; " + SHORT + "; subjectless: 문화체육관광부 (the section's)"),
        m("ah-mcst-safety-grade", "cancelled", MCST, OTH,
          "문화체육관광부는 업계 반발을 이유로 야영장 안전등급 표시제 도입을 철회하고 민간 자율 인증으로 바꿨다.",
          comment="withdrawn for a private scheme: cancelled; the replacement (민간 자율 인증) is undated: no new "
                  "commitment. The promised date (2026 H1) had passed: cancelled decides"),
        m("ah-mcst-camp-upgrade-500", "new", MCST, OTH,
          "대신 2027년까지 노후 야영장 500곳의 시설 개선을 지원하겠다며 예산안에 60억 원을 새로 넣었다.",
          target=500.0, unit="곳", deadline="2027-12-31", dtext="2027년까지",
          comment="a new dated promise; subjectless: 문화체육관광부; the weak fiscal cue '예산안' names the means (a "
                  "trap: other); 60억 원 is a budget figure, not the target. 미등록 야영장 전수조사 is not written on "
                  "this page"),
        # ④ 물가 통계
        m("ah-kostat-cpi-80", "revision", NDS, OTH, "국가데이터처는 12월 첫 공표하는 지역 소비자물가지수의 대상을 80개에서 60개 시·군으로 줄였다.",
          target=60.0, unit="개", deadline="2026-12-31", dtext="12월",
          comment="a lowered target, the moved date kept: revision (the new target in target_value)"),
        m("ah-nds-cpi-reweight", "progress", NDS, OTH, "2025년 기준 가중치를 적용한 소비자물가지수도 12월 공표를 앞두고 있다.",
          deadline="2026-12-31", dtext="12월", comment="on course before its date: progress; subjectless: 국가데이터처"),
        m("ah-nds-card-stats", "achieved", NDS, OTH,
          "국가데이터처는 9월 카드 결제 데이터로 만든 '실시간 소비 동향' 시험 통계를 처음 내놓았다.",
          comment="done in September 2026, within '올해 안에': achieved, " + WHEN),
        m("ah-mofe-felt-cpi", "cancelled", MOFE, FIS,
          "재정경제부는 '체감물가 보조지표' 개발을 접고, 관련 연구용역 예산 3억 원도 2027년 예산안에 담지 않았다.",
          comment="dropped: cancelled (its June date had passed unmet; the sentence does not name it: no "
                  "previous_deadline); cues '예산', '예산안'; 3억 원 is a budget figure"),
        # ⑤ 이주배경 학생
        m("ah-moe-ai-helper", "achieved", MOE, OTH, "'AI 통번역 학습 도우미'는 9월 모든 초·중학교에 보급됐다.", comment=LATE),
        m("ah-moe-bilingual-1000", "progress", MOE, OTH, "이중언어 강사는 10월 기준 910명이다.",
          comment=EXPL + "; " + MEAS + "; the revision (next) decides the status"),
        m("ah-moe-bilingual-1000", "revision", MOE, OTH, "교육부는 이중언어 강사 확충 목표를 1,000명에서 950명으로 낮췄다.",
          target=950.0, unit="명",
          comment="a lowered target, no date named (2026-12-31 stands): revision. Not annotated: 맺으며 (the "
                  "institute's view and its next issue), the tally line after the sign-off, the notes and lists"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-25)
LAST = "2026-11-25"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    # 지역 물가 통계
    ("ah-kostat-cpi-80", NDS, OTH, "지역 소비자물가지수 39개 도시 → 80개 시·군 2026년 상반기까지 (→ 12월, 60개 시·군)", "revised",
     "approved for June 2026 (Nov 2025); moved to December (Mar 2026); cut to 60 시·군 for December (Nov 2026); made by "
     "통계청, 국가데이터처 since 2025-10-01"),
    ("ah-kostat-web-300", NDS, OTH, "웹 가격수집 품목 120 → 300개 2025년 하반기부터", "achieved",
     "in force from the October 2025 data (on time; Nov 2025, Mar 2026); made by 통계청"),
    ("ah-kostat-price-portal", NDS, OTH, "'우리동네 물가' 누리집 2025년 7월 개설", "achieved",
     "opened November 2025 (late; Mar 2026); made by 통계청"),
    ("ah-moef-weekly-prices", MOFE, FIS, "생활물가 30개 품목 시·도별 가격 동향 매주 발표 2025년 3월부터", "achieved",
     "weekly since March 2025, carried on by 재정경제부 (Mar 2026); made by 기획재정부"),
    ("ah-mofe-felt-cpi", MOFE, FIS, "소득 계층별 '체감물가 보조지표' 2026년 6월까지 개발·공개", "cancelled",
     "dropped, its study left out of the 2027 budget bill (Nov 2026)"),
    ("ah-nds-card-stats", NDS, OTH, "카드 결제 데이터 '실시간 소비 동향' 통계 2026년 안에 시험 공표", "achieved",
     "first published September 2026 (on time)"),
    ("ah-nds-cpi-reweight", NDS, OTH, "소비자물가지수 가중치 기준연도 2020 → 2025년 2026년 12월 공표분부터", "in_progress",
     "restated for December (Mar and Nov 2026)"),
    # 화물차 졸음운전
    ("ah-molit-dsm-2025-10k", MOLIT, OTH, "대형 화물차 DSM 장착 지원 2025년 1만 대", "delayed", "8,140대 in 2025 (May 2026)"),
    ("ah-molit-dsm-30k", MOLIT, OTH, "대형 화물차 DSM 장착 지원 2026년까지 누적 3만 대 (→ 2만 대)", "in_progress",
     "cut to 2만 대 in March 2026 and restated for the year's end (May 2026); 1만 5,300대 by October (Nov 2026)"),
    ("ah-molit-rest-30", MOLIT, OTH, "고속도로 졸음쉼터 2026년까지 30곳 신설 (남은 11곳 → 2027년 상반기)", "delayed",
     "11곳 by the end of 2025 (May 2026); 19곳 by October and the rest moved to H1 2027 (Nov 2026)"),
    ("ah-molit-ldws-inspect", MOLIT, OTH, "대형 화물차 정기검사 차로이탈경고장치 점검 2026년 1월부터 (→ 7월)", "achieved",
     "moved to July (May 2026); in force July 2026 (late)"),
    ("ah-molit-deaths-60", MOLIT, OTH, "대형 화물차 졸음운전 사망자 112명 → 2027년까지 60명 이하", "in_progress",
     "94명 in 2025 (May 2026)"),
    ("ah-knpa-ai-camera-20", KNPA, OTH, "암행 순찰차 20대 AI 졸음운전 감지 카메라 시범 장착 2026년 6월까지", "achieved",
     "done July 2026 (late)"),
    ("ah-motir-dsm-local-70", MOTIR, IND, "DSM 핵심 센서 국산화율 30 → 70% 2028년까지", "announced", ""),
    ("ah-knpa-rest-crackdown", KNPA, OTH, "고속도로 화물차 휴게시간 위반 합동 단속 2025년 상반기 중", "achieved",
     "held April–May 2025 (on time; May 2026)"),
    ("ah-molit-dsm-2027-3000", MOLIT, OTH, "대형 화물차 DSM 장착 지원 2027년 3,000대", "announced", ""),
    # 어린이 놀이시설
    ("ah-mois-play-1020", MOIS, OTH, "노후 어린이 놀이시설 2025년 1,020곳 교체 지원", "delayed",
     "840곳 by November (Dec 2025); 970곳 in 2025 (Nov 2026)"),
    ("ah-mois-inclusive-17", MOIS, OTH, "무장애 통합놀이터 '함께 놀이터' 2026년까지 17개 시도 (남은 3곳 → 2027년 6월)", "delayed",
     "6 시도 and restated (Dec 2025); 14 and the rest moved to June 2027 (Nov 2026)"),
    ("ah-mois-inspect-1y", MOIS, OTH, "놀이시설 정기 안전검사 주기 2 → 1년 시행령 개정 2025년 하반기 중", "achieved",
     "passed the cabinet in November 2025 (on time)"),
    ("ah-me-play-env-5000", MCEE, OTH, "놀이터 환경안전 점검 3,200 → 2025년 5,000곳", "achieved",
     "all 5,000 in October 2025 (on time); made by 환경부, 기후에너지환경부 since 2025-10-01"),
    ("ah-moe-school-play-214", MOE, OTH, "정기검사 불합격 학교 놀이시설 214곳 2025년 8월까지 보수 (남은 24곳 → 2026년 2월)",
     "achieved", "190곳 and the rest moved to February 2026 (Dec 2025); all done end of February 2026 (late)"),
    ("ah-mois-play-1500", MOIS, OTH, "노후 어린이 놀이시설 2026년 1,500곳 교체 지원", "in_progress", "1,180곳 by October 2026"),
    # 야영장 안전
    ("ah-mcst-co-alarm", MCST, OTH, "글램핑·카라반 객실 일산화탄소 경보기 의무화 2025년 7월부터", "achieved",
     "in force July 2025 (on time; Sep 2025)"),
    ("ah-mcst-camp-inspect-3400", MCST, OTH, "등록 야영장 3,400곳 합동 점검 2025년", "delayed",
     "2,150곳 by August (Sep 2025); 3,100곳 in 2025 (Nov 2026)"),
    ("ah-mcst-unregistered-survey", MCST, OTH, "미등록 야영장 전수조사 2025년 하반기 중", "delayed",
     "restated for the year's end (Sep 2025), never reported on again: its deadline (2025-12-31) passed with no "
     "report of achievement (date rule)"),
    ("ah-nfa-glamping-1100", NFA, OTH, "글램핑장 1,100곳 전기·소방시설 점검 2025년 6월까지", "achieved",
     "done end of July 2025 (late; Sep 2025)"),
    ("ah-mcst-safety-grade", MCST, OTH, "야영장 안전등급(1~3등급) 예약 사이트 표시제 2026년 상반기 도입", "cancelled",
     "restated (Sep 2025); withdrawn for private certification (Nov 2026)"),
    ("ah-mcst-camp-upgrade-500", MCST, OTH, "노후 야영장 500곳 시설 개선 지원 2027년까지", "announced", ""),
    # 이주배경 학생
    ("ah-moe-korean-class-1200", MOE, OTH, "한국어학급 950 → 1,200개 2025년 9월 2학기부터", "achieved",
     "1,200 from September 2025 (on time; Aug 2026)"),
    ("ah-moe-bilingual-1000", MOE, OTH, "이중언어 강사 620 → 2026년까지 1,000명 (→ 950명)", "revised",
     "830명 and restated (Aug 2026); 910명 and the target cut to 950명 (Nov 2026)"),
    ("ah-moe-ai-helper", MOE, OTH, "'AI 통번역 학습 도우미' 모든 초·중학교 2026년 3월부터 (→ 9월)", "achieved",
     "moved to September, 600 pilot schools (Aug 2026); all schools in September 2026 (late)"),
    ("ah-mogef-visit-10k", MGEF, OTH, "다문화가족 자녀 기초학력 방문 지원 6,500 → 1만 명 2025년 하반기부터", "delayed",
     "8,700명 in 2025 (Aug 2026); made by 여성가족부, 성평등가족부 since 2025-10-01"),
    ("ah-moe-translate-20", MOE, OTH, "가정통신문 자동 번역 12 → 20개 언어 2025년 7월 말까지", "achieved",
     "20 languages from July 2025 (on time; Aug 2026)"),
    ("ah-moj-visa-30d", MOJ, OTH, "이주배경 청소년 체류자격 변경 심사 60 → 30일 2027년 1월부터", "announced", ""),
    ("ah-moe-korean-diagnosis", MOE, OTH, "한국어 진단 도구 통합 '한국어 성장 진단' 2025년 연말까지", "achieved",
     "in all schools December 2025 (on time; Aug 2026)"),
]


if __name__ == "__main__":
    write(ROOT, "ah", PAGES, COMMITMENTS, LAST,
          ["ministry = the responsible body under the name valid on that date (통계청's 물가 통계 promises are listed",
           "under 국가데이터처, its successor from 2025-10-01; 기획재정부's 주간 생활물가 promise under 재정경제부, its",
           "primary successor from 2026-01-02 (price policy); 환경부's 놀이터 점검 promise under 기후에너지환경부, and",
           "여성가족부's 방문 지원 promise under 성평등가족부, their successors from 2025-10-01; every other body kept",
           "its name through 2026-11-25)."],
          with_commitments="--commitments" in sys.argv[1:])
