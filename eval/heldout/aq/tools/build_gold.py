"""Writes the hand annotations of held-out set aq to gold/*.toml.

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

MOHW = "보건복지부"
NFA = "소방청"
MOE = "교육부"
KDCA = "질병관리청"
KFS = "산림청"
KHS = "국가유산청"
MOF = "해양수산부"
KCG = "해양경찰청"
MAFRA = "농림축산식품부"
KOSTAT = "통계청"                 # until 2025-09-30
NDO = "국가데이터처"               # from 2025-10-01, 통계청's successor
MOIS = "행정안전부"
MOTIE = "산업통상자원부"            # until 2025-09-30
MOTI = "산업통상부"                # from 2025-10-01, 산업통상자원부's successor
MOEF = "기획재정부"                # until 2026-01-01
MOFE = "재정경제부"                # from 2026-01-02, 기획재정부's primary successor (tax)

OTH = "other"      # 심폐소생술·AED, 소나무재선충병, 해녀, 농촌 왕진버스, 전동보장구: no topic fits
IND = "industry"   # 산업통상자원부 → 산업통상부's own battery safety standard (its remit; the cue 배터리)
FIS = "fiscal"     # 기획재정부 → 재정경제부's own tax promise (부가가치세 면제): the remit of the tax office

LATE = "achieved after the deadline the commitment named; no deadline fields"
AGAIN = "an achievement restated: achieved again, no fields"
SHORT = "short after the deadline: delayed"
LATER = "deadline moved later: delayed, new date in deadline"

PAGES: list[dict] = []

# ---------------------------------------------------------------- 심폐소생술·AED 1/4 (a half-marathon's safety and medical guide; 복지부, 소방청, 교육부, 질병청)
RUN = "a numbered line of the guide's '심폐소생술과 AED, 이렇게 바뀝니다 (1월 기준 정부 발표)', whole with its marker; person ''"
P1_S = ("[안전 한 줄] 올해부터 코스 1km마다 자동심장충격기(AED) 배치 · 정부, 7월부터 300세대 이상 아파트에도 AED 의무 · "
        "출발 전 건강 문진표 필수")
PAGES.append(dict(
    source="2025-01-16_aq_marathon-safety-guide.txt",
    title="제8회 미리내강 하프마라톤 참가자 안전·의료 안내", published_at="2025-01-16",
    mentions=[
        m("aq-mohw-aed-apt-300", "new", MOHW, OTH, P1_S, target=300.0, unit="세대", deadline="2025-07-31",
          dtext="7월부터",
          comment="the guide's [안전 한 줄] line (above the body): only its second item is a government commitment "
                  "(the first and third are the race's own); '정부' → 보건복지부 (1. below); the threshold taken as "
                  "the target. The page's date: only the attachment's file name '…_v3_20250116.pdf' (the dates on "
                  "the page are the race's, 2025-03-16, and its entry deadline, 2월 14일)"),
        m("aq-mohw-aed-apt-300", "new", MOHW, OTH,
          "1. 보건복지부는 7월부터 자동심장충격기를 반드시 갖춰야 하는 공동주택을 500세대 이상에서 300세대 이상으로 넓힙니다.",
          target=300.0, unit="세대", deadline="2025-07-31", dtext="7월부터", comment=RUN + "; 500세대 the baseline"),
        m("aq-mohw-aed-box-10k", "new", MOHW, OTH,
          "2. 복지부는 2026년까지 누구나 24시간 꺼내 쓸 수 있는 개방형 AED 보관함을 전국 1만 곳에 설치할 계획입니다.",
          target=10000.0, unit="곳", deadline="2026-12-31", dtext="2026년까지", comment=RUN + "; '복지부' → 보건복지부"),
        m("aq-nfa-cpr-edu-150", "new", NFA, OTH,
          "3. 소방청은 올해 일반인 심폐소생술 교육 인원을 지난해 112만 명에서 150만 명으로 늘리겠다고 밝혔습니다.",
          target=1500000.0, unit="명", deadline="2025-12-31", dtext="올해", comment=RUN + "; 112만 명 the baseline"),
        m("aq-nfa-video-cpr", "new", NFA, OTH,
          "4. 119에 신고하면 상황요원이 영상통화로 가슴 압박 위치와 속도를 보여 주는 '영상 심폐소생술 안내'는 상반기 중 18개 시도 소방본부 모두에 도입됩니다(소방청).",
          target=18.0, unit="개", deadline="2025-06-30", dtext="상반기 중", comment=RUN + "; the body in brackets"),
        m("aq-moe-cpr-class", "new", MOE, OTH,
          "5. 교육부는 3월부터 모든 중·고등학생이 해마다 2시간씩 심폐소생술 실습을 하도록 했습니다.",
          target=2.0, unit="시간", deadline="2025-03-31", dtext="3월부터",
          comment=RUN + "; a rule starting in March (after the page's date): new; the yearly hours taken as the target"),
        m("aq-kdca-cpr-rate-40", "new", KDCA, OTH,
          "6. 질병관리청은 심정지 환자를 목격한 일반인이 심폐소생술을 하는 비율을 지난해 31%에서 2027년까지 40%로 끌어올리는 것을 목표로 하고 있습니다.",
          target=40.0, unit="%", deadline="2027-12-31", dtext="2027년까지", comment=RUN + "; 31% the baseline"),
        m("aq-nfa-cpr-edu-150", "new", NFA, OTH,
          "올해는 마라톤 대회와 지역 축제 현장까지 찾아가 150만 명이 직접 가슴 압박을 해 보게 하겠다",
          person="곽도헌", target=1500000.0, unit="명", deadline="2025-12-31", dtext="올해",
          comment="the official's quote, between its quotation marks; person 곽도헌 (소방청 119구급과장). Not "
                  "annotated: the next sentence (미리내시's own three AEDs: a city, no body of ministries.csv), "
                  "the race's own plans (22대, 60명, 2월 말까지 모집, 3월 8일 훈련), the checklist and the ①–④ steps"),
    ]))

# ---------------------------------------------------------------- 소나무재선충병 1/3 (a temple's monthly newsletter page; 산림청, 국가유산청)
TMP = "a `· ` line of the newsletter's '나라에서는 이렇게 한다고 합니다', whole with its marker; person ''"
P2_S = ("[이달의 알림] 대보름 달맞이 기도 오늘 저녁 7시 · 재선충병 피해목 벌채로 북쪽 포행길 통제 · "
        "산림청, 4월까지 피해목 100만 그루 방제")
PAGES.append(dict(
    source="2025-02-12_aq_temple-monthly-news.txt",
    title="정월 대보름에 전하는 뒷산 소나무 숲 이야기", published_at="2025-02-12",
    mentions=[
        m("aq-kfs-cut-1m", "new", KFS, OTH, P2_S, target=1000000.0, unit="그루", deadline="2025-04-30", dtext="4월까지",
          comment="the issue's [이달의 알림] line (above the body): only its third item is a government commitment "
                  "(the others are the temple's own). The page's date: only '불기 2569년 정월 대보름' (lunar 1/15 of "
                  "2025 = 2025-02-12) and '오늘 저녁 7시' for the 대보름 prayer; the year also in the footer '© 2025'"),
        m("aq-kfs-cut-1m", "new", KFS, OTH,
          "· 산림청은 하늘소가 나오기 전인 4월까지 전국의 재선충병 피해목 100만 그루를 베어 내 방제하기로 했습니다.",
          target=1000000.0, unit="그루", deadline="2025-04-30", dtext="4월까지", comment=TMP),
        m("aq-kfs-drone-17", "new", KFS, OTH,
          "· 드론과 인공지능으로 피해목을 찾아내는 예찰은 지금 12개 시도에서 하고 있는데, 산림청은 이를 연내 17개 시도 전체로 넓힌다고 합니다.",
          target=17.0, unit="개", deadline="2025-12-31", dtext="연내", comment=TMP + "; 12개 시도 the baseline"),
        m("aq-kfs-species-10k", "new", KFS, OTH,
          "· 피해목을 베어 낸 자리에는 2027년까지 1만ha에 걸쳐 참나무류 같은 다른 나무를 심어 숲을 바꾸겠다는 계획입니다(산림청).",
          target=10000.0, unit="ha", deadline="2027-12-31", dtext="2027년까지", comment=TMP + "; the body in brackets"),
        m("aq-khs-monument-pine", "new", KHS, OTH,
          "· 국가유산청은 상반기 중 천연기념물로 지정된 소나무 전체에 예방 나무주사를 놓겠다고 밝혔습니다.",
          deadline="2025-06-30", dtext="상반기 중", comment=TMP + "; no number ('전체')"),
        m("aq-kfs-special-law", "new", KFS, OTH,
          "· 산림청은 방제 명령을 따르지 않는 산주에게 책임을 묻는 내용을 담은 재선충병 방제 특별법 개정안을 상반기 중 국회에 내기로 했습니다.",
          deadline="2025-06-30", dtext="상반기 중", comment=TMP + "; the ministry's own act (submitting a bill), not 국회's"),
        m("aq-kfs-cut-1m", "new", KFS, OTH,
          "4월 말까지 피해목 100만 그루를 모두 베어 내고, 베어 낸 나무는 한 그루도 그냥 산 밖으로 나가지 않게 하겠다",
          person="우태경", target=1000000.0, unit="그루", deadline="2025-04-30", dtext="4월 말까지",
          comment="the official's quote (as relayed from the county's briefing), between its quotation marks; person "
                  "우태경 (산림청 산림병해충방제과장). Not annotated: the forest owners' quote, the temple's own "
                  "plans (포행길 4월까지 통제, 3월 식목 200그루, 참나무 장작, 나무 병원), the events"),
    ]))

# ---------------------------------------------------------------- 해녀 1/3 (an online bookstore's page for a photo essay; 해수부, 국가유산청, 해경)
BK = "a sentence of the publisher's review ('출판사 리뷰'), relaying the government's plan; person ''"
P3_S = ("[출판사 한 줄] \"물질은 혼자 하지만 살아남는 건 같이 한다\" — 해수부, 올해 새내기 해녀 100명 양성 · "
        "70세 이상 해녀에 내년부터 조업 수당 월 20만 원")
PAGES.append(dict(
    source="2025-03-20_aq_bookstore-haenyeo-book.txt",
    title="바다가 허락한 만큼만", published_at="2025-03-20",
    mentions=[
        m("aq-mof-new-haenyeo-100", "new", MOF, OTH, P3_S, target=100.0, unit="명", deadline="2025-12-31", dtext="올해",
          comment="the page's [출판사 한 줄] line (above the tabs), whole with its label and the book's slogan: two "
                  "commitments; '해수부' → 해양수산부. The page's date: only the delivery line '오늘(목) … 내일(3/21, "
                  "금) 도착' (so 2025-03-20), the year from '2025년 3월' (publication month)"),
        m("aq-mof-allowance", "new", MOF, OTH, P3_S, target=200000.0, unit="원", deadline="2026-12-31", dtext="내년부터",
          comment="second item (the body named by the first)"),
        m("aq-mof-new-haenyeo-100", "new", MOF, OTH,
          "해양수산부는 올해 새로 물질을 시작하는 해녀 100명에게 교육비와 장비 구입비를 지원해 새내기 해녀를 키우겠다고 밝혔다.",
          target=100.0, unit="명", deadline="2025-12-31", dtext="올해", comment=BK),
        m("aq-mof-allowance", "new", MOF, OTH,
          "해수부는 또 내년부터 70세 이상 현직 해녀에게 월 20만 원의 조업 수당을 주겠다는 계획이다.",
          target=200000.0, unit="원", deadline="2026-12-31", dtext="내년부터", comment=BK + "; a monthly amount"),
        m("aq-mof-smart-tewak", "new", MOF, OTH,
          "물속에서 해녀의 위치를 뭍에 알려 주는 '스마트 테왁'도 2026년까지 3,000개를 보급한다(해수부).",
          target=3000.0, unit="개", deadline="2026-12-31", dtext="2026년까지", comment=BK + "; the body in brackets"),
        m("aq-khs-oral-500", "new", KHS, OTH,
          "국가유산청은 연내 해녀 500명의 삶과 물질 기술을 구술로 기록해 남기기로 했다.",
          target=500.0, unit="명", deadline="2025-12-31", dtext="연내", comment=BK),
        m("aq-kcg-patrol", "new", KCG, OTH,
          "해양경찰청은 7월부터 해녀 조업 구역에 수상오토바이 순찰을 붙이겠다고 했다.",
          deadline="2025-07-31", dtext="7월부터",
          comment=BK + "; never reported on again (the last page says no record was found): the date rule makes it delayed"),
        m("aq-mof-new-haenyeo-100", "new", MOF, OTH,
          "해녀가 사라지면 마을 바다도 사라진다는 생각으로 올해 새내기 해녀 100명을 꼭 채우겠다",
          person="도해린", target=100.0, unit="명", deadline="2025-12-31", dtext="올해",
          comment="the official's quote, between its quotation marks; person 도해린 (해양수산부 어촌소득과장). Not "
                  "annotated: the publisher's and author's own plans (판매 수익 5% 장학금, 4월 북토크), the "
                  "excerpts, the reviews (one reviewer's own plan)"),
    ]))

# ---------------------------------------------------------------- 농촌 왕진버스 1/3 (a volunteer-matching site's listing; 농식품부, 복지부, 통계청)
VOL = "a `· ` line of the listing's '왕진버스, 이렇게 커집니다', whole with its marker; person ''"
P4_S = "[한눈에] 왕진버스 올해 100개 시군으로 늘어(농식품부) · 은솔군은 6월 7일 첫 운행 · 점심 제공, 교통비 1만 원"
PAGES.append(dict(
    source="2025-05-08_aq_volunteer-house-call-bus.txt",
    title="[모집 중] 농촌 왕진버스 동행 봉사자 (접수·안내·말벗)", published_at="2025-05-08",
    mentions=[
        m("aq-mafra-bus-100", "new", MAFRA, OTH, P4_S, target=100.0, unit="개", deadline="2025-12-31", dtext="올해",
          comment="the listing's [한눈에] line: only its first item is a government commitment (the others are "
                  "the county's and the centre's); the page's counter '100개 시군' kept. The page's date: the "
                  "recruiting period's start '2025.05.08' and '마감 D-22' (to 2025-05-30); no posting date"),
        m("aq-mafra-bus-100", "new", MAFRA, OTH,
          "· 농림축산식품부는 왕진버스가 다니는 시군을 지난해 50곳에서 올해 100곳으로 두 배 늘립니다.",
          target=100.0, unit="곳", deadline="2025-12-31", dtext="올해", comment=VOL + "; 50곳 the baseline"),
        m("aq-mafra-oriental-dental", "new", MAFRA, OTH,
          "· 하반기부터는 양방 진료에 더해 한방 진료와 치과 진료도 버스에서 받을 수 있게 한다고 합니다(농식품부).",
          deadline="2025-12-31", dtext="하반기부터", comment=VOL + "; the body in brackets"),
        m("aq-mafra-drug-delivery", "new", MAFRA, OTH,
          "· 농식품부는 또 하반기에 왕진버스에서 받은 처방약을 집으로 보내 주는 택배 시범 사업을 하겠다고 밝혔습니다.",
          deadline="2025-12-31", dtext="하반기", comment=VOL),
        m("aq-mohw-telemed-30", "new", MOHW, OTH,
          "· 보건복지부는 9월부터 섬과 산간 벽지 30곳에서 비대면 진료 시범 사업을 시작합니다.",
          target=30.0, unit="곳", deadline="2025-09-30", dtext="9월부터", comment=VOL),
        m("aq-kostat-access-stat", "new", KOSTAT, OTH,
          "· 통계청은 연말까지 시군구별로 가까운 병원까지 걸리는 시간 등을 담은 '농촌 의료 접근성 통계'를 처음 내놓기로 했습니다.",
          deadline="2025-12-31", dtext="연말까지",
          comment=VOL + "; 통계청 under its name on the page's date (국가데이터처 from 2025-10-01). Not annotated: "
                        "은솔군's own schedule and its health centre's visits (a county, no body of ministries.csv)"),
        m("aq-mafra-oriental-dental", "new", MAFRA, OTH,
          "농식품부 계획대로 하반기부터 치과 진료가 붙으면, 9월 이후 일정부터 치과 의사도 함께 탑니다.",
          deadline="2025-12-31", dtext="하반기부터",
          comment="the second FAQ answer's second sentence: a conditional on the dated plan (as ao's and ap's FAQs); "
                  "person ''. Not annotated: its first sentence (the county's bus today), the other answer, the "
                  "recruiting terms"),
    ]))

# ---------------------------------------------------------------- 전동보장구 1/3 (a neighbourhood classified ad for a used power wheelchair; 복지부, 행안부, 산업부, 기재부)
AD = "a numbered `n)` line of the seller's '사시기 전에 알아 두시면 좋은 것', whole with its marker; person ''"
PAGES.append(dict(
    source="2025-06-18_aq_used-wheelchair-classified.txt",
    title="[팝니다] 전동휠체어 (배터리 1년 사용, 충전기·방석 포함) 85만 원 · 새별동 직거래", published_at="2025-06-18",
    mentions=[
        m("aq-mohw-chair-250", "new", MOHW, OTH,
          "1) 보건복지부는 내년 1월부터 전동휠체어를 살 때 건강보험에서 주는 급여 기준액을 지금 209만 원에서 250만 원으로 올린다고 해요.",
          target=2500000.0, unit="원", deadline="2026-01-31", dtext="내년 1월부터",
          comment=AD + "; 209만 원 the baseline. The page's date: the post says only '2시간 전'; the seller's "
                       "'오늘이 수요일이라, 금요일(20일)' with '지난해 6월 … (1년 사용)' and the footer '© 2025' "
                       "give Wednesday 2025-06-18"),
        m("aq-mois-charger-3000", "new", MOIS, OTH,
          "2) 행정안전부는 2026년까지 주민센터와 복지관 같은 공공시설 3,000곳에 전동보장구 급속충전기를 설치한대요.",
          target=3000.0, unit="곳", deadline="2026-12-31", dtext="2026년까지", comment=AD),
        m("aq-motie-battery-std", "new", MOTIE, IND,
          "3) 배터리에서 불이 나는 사고가 잇따르자 산업통상자원부는 하반기 중 전동보장구 배터리 안전기준을 새로 만들기로 했대요.",
          deadline="2025-12-31", dtext="하반기 중", comment=AD + "; industry: the cue 배터리 and 산업부's remit"),
        m("aq-mohw-repair-17", "new", MOHW, OTH,
          "4) 고장 나면 맡길 곳이 없어 다들 고생인데, 보건복지부가 연내 17개 시도마다 보장구 수리센터를 하나씩 두겠다고 발표했어요.",
          target=17.0, unit="개", deadline="2025-12-31", dtext="연내", comment=AD),
        m("aq-mois-safety-insurance", "new", MOIS, OTH,
          "5) 행정안전부는 하반기부터 지자체가 드는 시민안전보험에 전동보장구 사고 배상을 넣도록 하겠다고 밝혔어요.",
          deadline="2025-12-31", dtext="하반기부터", comment=AD),
        m("aq-moef-vat-exempt", "new", MOEF, FIS,
          "6) 기획재정부는 연내 세법 시행령을 고쳐 전동보장구 배터리를 바꿀 때 드는 비용에도 부가가치세를 면제하겠다고 했어요.",
          deadline="2025-12-31", dtext="연내",
          comment=AD + "; fiscal (세법, 부가가치세; the tax office's remit) although 배터리 is an industry cue. Not "
                       "annotated: the seller's own plans (금요일까지 게시, 복지관 기증, 퇴원 후 새로 맞춤), the "
                       "product facts, the comments (a neighbour's word on the district's own chargers)"),
    ]))

# ---------------------------------------------------------------- 심폐소생술·AED 2/4 (a high school's student-council election bulletin; 복지부, 소방청, 교육부, 질병청)
CAND = "a sentence of a candidate team's statement, relaying the government's measures; person ''"
PAGES.append(dict(
    source="2025-09-03_aq_student-council-election-bulletin.txt",
    title="제38대 학생회장·부회장 선거 공보 (기호 1번·2번)", published_at="2025-09-03",
    mentions=[
        m("aq-mohw-aed-apt-300", "achieved", MOHW, OTH,
          "보건복지부가 7월부터 300세대 이상 아파트에도 자동심장충격기를 반드시 두도록 했는데, 학교는 아직 건물마다 한 대라는 기준도 없습니다.",
          comment=CAND + " (기호 1번); in force from July (on time): achieved, no fields. The page's date: the "
                         "posting period '9. 3.(수) ~ 9. 9.(화)' and the stamp '검인 (2025. 9. 3.)' above the "
                         "committee chair's name (the vote is on 9. 10.)"),
        m("aq-nfa-video-cpr", "achieved", NFA, OTH,
          "소방청은 상반기 중 18개 시도 소방본부에 '영상 심폐소생술 안내'를 모두 도입했다고 합니다.",
          comment=CAND + " (기호 1번); done within the first half (on time): achieved, no fields"),
        m("aq-kdca-cpr-rate-40", "new", KDCA, OTH,
          "질병관리청은 일반인 심폐소생술 시행률을 2027년까지 40%로 올리겠다고 했는데, 그 40% 안에 우리가 들어가야 합니다.",
          target=40.0, unit="%", deadline="2027-12-31", dtext="2027년까지",
          comment=CAND + " (기호 1번); the dated plan restated, no news of it: new (as an's and ap's restated plans)"),
        m("aq-moe-cpr-class", "achieved", MOE, OTH,
          "교육부가 올해 3월부터 중·고등학생이 해마다 2시간씩 심폐소생술 실습을 하도록 의무화했지만, 우리 학교는 1학기에 마네킹 네 개로 1시간만 했습니다.",
          comment=CAND + " (기호 2번); the rule in force from March: achieved (one school falling short of it is "
                         "no report on the promise)"),
        m("aq-nfa-cpr-edu-150", "progress", NFA, OTH,
          "소방청에 따르면 올해 8월까지 심폐소생술 교육을 받은 사람은 96만 명으로, 연말까지 150만 명을 채우겠다는 목표의 3분의 2쯤입니다.",
          target=1500000.0, unit="명", deadline="2025-12-31", dtext="연말까지",
          comment=CAND + " (기호 2번); 96만 before the deadline: progress; target and deadline restated"),
        m("aq-mohw-aed-box-10k", "progress", MOHW, OTH,
          "보건복지부는 2026년까지 전국 1만 곳에 두겠다던 24시간 개방형 AED 보관함을 지금까지 3,200곳에 설치했다고 밝혔습니다.",
          target=10000.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment=CAND + " (기호 2번); 3,200 before the deadline: progress"),
        m("aq-mohw-aed-app", "new", MOHW, OTH,
          "또 복지부는 내년 상반기에 전국 AED의 위치와 점검 결과를 실시간으로 보여 주는 앱을 내놓겠다고 했습니다.",
          deadline="2026-06-30", dtext="내년 상반기",
          comment=CAND + " (기호 2번). Not annotated: the six 공약 lines (the candidates' own promises), the "
                         "school's AED, the voting and debate notes"),
    ]))

# ---------------------------------------------------------------- 소나무재선충병 2/3 (a forestry co-op's pine-mushroom auction board; 산림청, 국가유산청)
AUC = "a `· ` line of the board's '재선충병 방제, 어디까지 왔나 (산림청 9월 발표 기준)', whole with its marker; person ''"
P7_S = ("[조합 알림 요약] 추석 선물 예약 10월 2일 마감 · 재선충병 피해목 방제 4월까지 86만 그루에 그쳐(산림청) · "
        "송이 피해 산주 손실 보상 내년부터")
PAGES.append(dict(
    source="2025-09-26_aq_pine-mushroom-auction-board.txt",
    title="2025년 솔안 송이 공판 현황 (매일 17시 갱신)", published_at="2025-09-26",
    mentions=[
        m("aq-kfs-cut-1m", "delayed", KFS, OTH, P7_S, prev="2025-04-30",
          comment="the board's [조합 알림 요약] line: the first item is the co-op's own; second item: " + SHORT
                  + "; the missed '4월까지' named, so in previous_deadline; no target named. The page's date: "
                    "the auction rounds line '▶ 제14차 09.26(금) 오늘', the year only in the title"),
        m("aq-kfs-pine-comp", "new", KFS, OTH, P7_S, deadline="2026-12-31", dtext="내년부터",
          comment="third item; no amount named here"),
        m("aq-kfs-cut-1m", "delayed", KFS, OTH,
          "· 산림청이 4월까지 베어 내겠다던 피해목 100만 그루 가운데 실제로 방제를 마친 것은 86만 그루에 그쳤습니다.",
          target=1000000.0, unit="그루", prev="2025-04-30",
          comment=AUC + "; " + SHORT + "; the missed '4월까지' in previous_deadline; the clause names the target"),
        m("aq-kfs-drone-17", "progress", KFS, OTH,
          "· 드론·인공지능 예찰은 지금 15개 시도로 넓어졌고, 산림청은 연내 17개 시도 전체로 넓힌다는 계획을 그대로 두었습니다.",
          target=17.0, unit="개", deadline="2025-12-31", dtext="연내", comment=AUC + "; 15 of 17 before the deadline: progress"),
        m("aq-kfs-species-10k", "progress", KFS, OTH,
          "· 베어 낸 자리에 다른 나무를 심는 수종 전환은 올해 2,300ha를 마쳤다고 합니다(산림청).",
          comment=AUC + "; a measured amount without the target, before the deadline (2027): progress, no fields"),
        m("aq-khs-monument-pine", "achieved", KHS, OTH,
          "· 국가유산청은 약속대로 6월까지 천연기념물 소나무 42곳 모두에 예방 나무주사를 놓았습니다.",
          comment=AUC + "; done by June (on time): achieved, no fields"),
        m("aq-kfs-special-law", "delayed", KFS, OTH,
          "· 상반기 중 국회에 내겠다던 재선충병 방제 특별법 개정안은 부처 협의가 길어져 하반기로 미뤄졌습니다(산림청).",
          deadline="2025-12-31", dtext="하반기로", prev="2025-06-30",
          comment=AUC + "; " + LATER + "; the missed '상반기 중' in previous_deadline"),
        m("aq-kfs-pine-comp", "new", KFS, OTH,
          "· 산림청은 재선충병 때문에 소나무를 잃어 송이를 딸 수 없게 된 산주에게 내년부터 1ha당 300만 원의 손실 보상금을 주기로 했습니다.",
          target=3000000.0, unit="원", deadline="2026-12-31", dtext="내년부터", comment=AUC + "; the amount per ha as the target"),
        m("aq-kfs-patrol-2000", "new", KFS, OTH,
          "· 내년 3월까지 마을마다 예찰방제단을 꾸려 전국에 2,000명을 두겠다는 계획도 새로 나왔습니다(산림청).",
          target=2000.0, unit="명", deadline="2026-03-31", dtext="내년 3월까지",
          comment=AUC + ". Not annotated: the official's quote ('송이 산지는 방제 순서에서 가장 앞에 두겠다': no "
                        "number, no date), the county's consideration (보상금 창구), the co-op's own plans (추석 "
                        "예약 10월 2일, 표고 종균 2,000본, 공판 시간), the price table"),
    ]))

# ---------------------------------------------------------------- 해녀 2/3 (a museum's online guestbook with a pinned notice; 해수부, 국가유산청)
GB = "a numbered line of the guestbook's pinned notice, whole with its marker; person ''"
P8_S = "[요약] 새내기 해녀 74명 물에 들어 · 스마트 테왁 보급 내년 상반기로 앞당겨 · 해녀 전승 교육관 내년 하반기 문 연다"
PAGES.append(dict(
    source="2025-11-19_aq_haenyeo-museum-guestbook.txt",
    title="온라인 방명록", published_at="2025-11-19",
    mentions=[
        m("aq-mof-new-haenyeo-100", "progress", MOF, OTH, P8_S,
          comment="the pinned notice's [요약] line: three commitments, no body named (해양수산부, 해양수산부, "
                  "국가유산청 from the notice); first item: 74 before the deadline: progress, no fields. The page's "
                  "date: the museum's replies '답글 11.19' under entries of '오늘', the year from the notice's "
                  "'2025 해녀 문화 주간'"),
        m("aq-mof-smart-tewak", "revision", MOF, OTH, P8_S, deadline="2026-06-30", dtext="내년 상반기로",
          comment="second item: the deadline moved EARLIER: revision with the new date (no previous date named here)"),
        m("aq-khs-heritage-center", "new", KHS, OTH, P8_S, deadline="2026-12-31", dtext="내년 하반기",
          comment="third item: 국가유산청 (6. below)"),
        m("aq-mof-new-haenyeo-100", "progress", MOF, OTH,
          "1. 해양수산부가 올해 100명을 키우겠다던 새내기 해녀는 지금까지 74명이 교육을 마치고 물에 들었고, 해수부는 연말까지 100명을 채우겠다고 합니다.",
          target=100.0, unit="명", deadline="2025-12-31", dtext="연말까지", comment=GB + "; 74 before the deadline: progress"),
        m("aq-mof-allowance", "progress", MOF, OTH,
          "2. 70세 이상 해녀에게 주는 월 20만 원 조업 수당은 정부 예산안에 들어가 내년부터 지급될 예정입니다(해수부).",
          target=200000.0, unit="원", deadline="2026-12-31", dtext="내년부터",
          comment=GB + "; a step done (in the budget bill): progress with target and deadline"),
        m("aq-mof-smart-tewak", "revision", MOF, OTH,
          "3. 위치를 알려 주는 스마트 테왁은 지금까지 1,200개가 보급됐고, 해수부는 2026년까지였던 3,000개 보급 시점을 내년 상반기로 앞당기기로 했습니다.",
          target=3000.0, unit="개", deadline="2026-06-30", dtext="내년 상반기로", prev="2026-12-31",
          comment=GB + "; the deadline moved earlier (2026 → H1 2026): revision (DESIGN.md's `앞당겨`), the first "
                       "'2026년까지' in previous_deadline; 1,200 is its progress"),
        m("aq-khs-oral-500", "progress", KHS, OTH,
          "4. 국가유산청은 연내 500명을 목표로 한 해녀 구술 기록을 지금까지 320명 마쳤습니다.",
          target=500.0, unit="명", deadline="2025-12-31", dtext="연내", comment=GB + "; 320 before the deadline: progress"),
        m("aq-mof-bulteok-50", "new", MOF, OTH,
          "5. 해수부는 해녀들이 물질을 마치고 몸을 녹이는 탈의장(불턱)을 2027년까지 50곳 새로 고치겠다고 밝혔습니다.",
          target=50.0, unit="곳", deadline="2027-12-31", dtext="2027년까지", comment=GB),
        m("aq-khs-heritage-center", "new", KHS, OTH,
          "6. 국가유산청은 해녀의 물질 기술과 노래를 가르치는 '해녀 전승 교육관'을 내년 하반기에 열 계획입니다.",
          deadline="2026-12-31", dtext="내년 하반기",
          comment=GB + ". Not annotated: the museum's own plans (내년 봄 전시, 12월부터 체험, 11월 22일 시연: a "
                       "foundation's museum), the visitors' entries (a trainee's own plan, a question on the "
                       "allowance) and the replies"),
    ]))

# ---------------------------------------------------------------- 농촌 왕진버스 2/3 (a village site's archive of the head's group text messages; 농식품부, 복지부, 국가데이터처)
SMS = "a sentence of a text message in the archive, relaying the government's measures; person ''"
PAGES.append(dict(
    source="2026-01-14_aq_village-sms-archive.txt",
    title="알림 문자 보관함", published_at="2026-01-14",
    mentions=[
        m("aq-mafra-bus-100", "delayed", MAFRA, OTH,
          "지난해 100곳 목표였던 왕진버스는 전국 88곳에 그쳤고, 농식품부는 올해 안에 100곳을 채우겠다고 합니다.",
          target=100.0, unit="곳", deadline="2026-12-31", dtext="올해 안에", prev="2025-12-31",
          comment=SMS + " (01/14); 88 of 100 after the deadline and the rest moved to this year: " + LATER
                  + "; the missed '지난해' in previous_deadline. The page's date: the newest message "
                    "'[01/14(수) 07:50]', the year from the footer '© 2026' and the messages of late December"),
        m("aq-mohw-remote-200", "new", MOHW, OTH,
          "보건복지부가 올해 말까지 전국 보건진료소 200곳에서 큰 병원 의사와 화상으로 함께 진료하는 원격 협진을 하겠다고 발표했습니다.",
          target=200.0, unit="곳", deadline="2026-12-31", dtext="올해 말까지", comment=SMS + " (01/12)"),
        m("aq-mafra-oriental-dental", "delayed", MAFRA, OTH,
          "농식품부가 지난해 하반기부터 붙이겠다던 한방·치과 진료 가운데 한방은 9월부터 시작됐지만, 치과 진료는 장비 문제로 올해 상반기로 미뤄졌답니다.",
          deadline="2026-06-30", dtext="올해 상반기로", prev="2025-12-31",
          comment=SMS + " (01/07); half done, the other half moved: " + LATER + "; the missed '하반기' in "
                        "previous_deadline"),
        m("aq-mafra-drug-delivery", "cancelled", MAFRA, OTH,
          "왕진버스에서 받은 약을 집으로 보내 준다던 택배 시범 사업은 약사법 문제로 농식품부가 없던 일로 했답니다.",
          comment=SMS + " (12/30); dropped"),
        m("aq-kostat-access-stat", "delayed", NDO, OTH,
          "국가데이터처(옛 통계청)는 연말까지 내겠다던 '농촌 의료 접근성 통계' 첫 공표를 내년 3월로 미뤘답니다.",
          deadline="2026-03-31", dtext="내년 3월로", prev="2025-12-31",
          comment=SMS + " (12/22, 2025): " + LATER + "; the message's own date, not the page's, fixes "
                        "'연말' (2025-12-31) and '내년 3월' (2026-03-31); 국가데이터처, 통계청's successor (named)"),
        m("aq-mohw-telemed-30", "delayed", MOHW, OTH,
          "보건복지부가 9월부터 30곳에서 하겠다던 비대면 진료 시범 사업은 22곳에서만 시작됐고, 우리 면은 빠졌습니다.",
          target=30.0, unit="곳", prev="2025-09-30",
          comment=SMS + " (12/15, 2025); 22 of 30 after the deadline: " + SHORT + "; the missed '9월부터' "
                        "(2025) in previous_deadline. Not annotated: the head's and the county's own plans "
                        "(2월 7일 운행, 야간 진료소 요청, 재신청), the local messages (cold, snow, flu shots)"),
    ]))

# ---------------------------------------------------------------- 전동보장구 2/3 (a district office's construction notice; 행안부, 복지부, 재경부, 산업통상부)
CON = "a `· ` line of the notice's '왜 설치하나요 — 정부 계획과 우리 구', whole with its marker; person ''"
P10_S = ("[요약] 3월 23일~4월 10일 공사, 4월 13일부터 이용 · 행안부 충전기 전국 1,850곳 설치 · "
         "배터리 안전기준은 올해 상반기로 연기(산업통상부)")
PAGES.append(dict(
    source="2026-03-11_aq_charger-construction-notice.txt",
    title="[공사 안내] 행정복지센터 6곳 전동보장구 급속충전기 설치 공사", published_at="2026-03-11",
    mentions=[
        m("aq-mois-charger-3000", "progress", MOIS, OTH, P10_S,
          comment="the notice's [요약] line: the first item is the district's own works; second item: 1,850 "
                  "before the deadline: progress, no fields. The page's date: only the post's line '최종 수정 "
                  "2026-03-11 09:40 (공사 기간 변경)' (no posting date; the works run 3. 23.–4. 10.)"),
        m("aq-motie-battery-std", "delayed", MOTI, IND, P10_S, deadline="2026-06-30", dtext="올해 상반기로",
          comment="third item; " + LATER + " (no previous date named); 산업통상부 (named), 산업통상자원부's successor"),
        m("aq-mois-charger-3000", "progress", MOIS, OTH,
          "· 행정안전부는 2026년까지 공공시설 3,000곳에 급속충전기를 두겠다는 목표로, 지난해 말까지 1,850곳에 설치를 마쳤다고 밝혔습니다.",
          target=3000.0, unit="곳", deadline="2026-12-31", dtext="2026년까지", comment=CON + "; 1,850 before the deadline: progress"),
        m("aq-mohw-chair-250", "achieved", MOHW, OTH,
          "· 보건복지부는 약속대로 1월부터 전동휠체어 건강보험 급여 기준액을 209만 원에서 250만 원으로 올렸습니다.",
          comment=CON + "; on time: achieved, no fields"),
        m("aq-moef-vat-exempt", "achieved", MOFE, FIS,
          "· 재정경제부는 1월부터 전동보장구 배터리를 바꿀 때 드는 비용에 부가가치세를 면제하고 있습니다.",
          comment=CON + "; the decree changed within 2025 and in force from January: achieved; 재정경제부 (named), "
                        "기획재정부's primary successor (tax)"),
        m("aq-motie-battery-std", "delayed", MOTI, IND,
          "· 산업통상부는 지난해 하반기 중 마련하겠다던 전동보장구 배터리 안전기준을 올해 상반기로 미뤘습니다.",
          deadline="2026-06-30", dtext="올해 상반기로", prev="2025-12-31",
          comment=CON + "; " + LATER + "; the missed '하반기 중' in previous_deadline"),
        m("aq-mohw-repair-17", "delayed", MOHW, OTH,
          "· 보건복지부가 지난해 17개 시도마다 두겠다던 보장구 수리센터는 13곳에 그쳤습니다.",
          target=17.0, unit="개", prev="2025-12-31",
          comment=CON + "; " + SHORT + "; '지난해' as the missed deadline in previous_deadline"),
        m("aq-mois-safety-insurance", "cancelled", MOIS, OTH,
          "· 전동보장구 사고 배상을 시민안전보험에 넣도록 하겠다던 행정안전부는 지자체 부담을 이유로 의무화 대신 권고로 돌려, 사실상 없던 일이 됐습니다.",
          comment=CON + "; a mandate turned into advice, '사실상 없던 일': cancelled"),
        m("aq-mohw-rental-2000", "new", MOHW, OTH,
          "· 보건복지부는 하반기부터 새 보장구를 기다리는 분에게 전동휠체어를 빌려주는 대여 사업을 전국 2,000대 규모로 시작합니다.",
          target=2000.0, unit="대", deadline="2026-12-31", dtext="하반기부터",
          comment=CON + ". Not annotated: the district's own plans (연말까지 10곳, 구민안전보험, 사흘 안에 점검) "
                        "and the works' details"),
    ]))

# ---------------------------------------------------------------- 심폐소생술·AED 3/4 (an exam-prep forum thread; 소방청, 질병청, 복지부)
FOR = "a `· ` line of the forum post's numbered summary, whole with its marker; person ''"
PAGES.append(dict(
    source="2026-07-08_aq_emt-exam-forum-thread.txt",
    title="[정리] 상반기 심폐소생술·AED 정책 근황 — 면접 대비용 (틀린 거 있으면 댓글 ㄱㄱ)", published_at="2026-07-08",
    mentions=[
        m("aq-nfa-cpr-edu-150", "delayed", NFA, OTH,
          "· 소방청이 2025년에 150만 명을 교육하겠다던 일반인 심폐소생술 교육은 138만 명에 그쳤습니다.",
          target=1500000.0, unit="명", prev="2025-12-31",
          comment=FOR + "; " + SHORT + "; '2025년에' as the missed deadline in previous_deadline. The page's "
                        "date: the post says '3시간 전'; only the forum footer's '서버 시간 2026-07-08 (수) 23:47 KST'"),
        m("aq-kdca-cpr-rate-40", "progress", KDCA, OTH,
          "· 질병관리청 발표로 일반인 심폐소생술 시행률은 지난해 33.6%로 올랐고, 2027년까지 40%라는 목표는 그대로입니다.",
          target=40.0, unit="%", deadline="2027-12-31", dtext="2027년까지", comment=FOR + "; 33.6% before the deadline: progress"),
        m("aq-mohw-aed-box-10k", "progress", MOHW, OTH,
          "· 보건복지부의 24시간 개방형 AED 보관함은 6월 말 기준 7,400곳이고, 연말까지 1만 곳을 채우겠다고 합니다.",
          target=10000.0, unit="곳", deadline="2026-12-31", dtext="연말까지", comment=FOR + "; 7,400 before the deadline: progress"),
        m("aq-mohw-aed-apt-300", "achieved", MOHW, OTH,
          "· 300세대 이상 공동주택 AED 설치 의무는 지난해 7월부터 이미 시행되고 있습니다(복지부).",
          comment=FOR + "; " + AGAIN),
        m("aq-mohw-aed-app", "delayed", MOHW, OTH,
          "· 복지부가 상반기에 내놓겠다던 AED 위치·점검 결과 실시간 앱은 하반기로 미뤄졌습니다.",
          deadline="2026-12-31", dtext="하반기로", prev="2026-06-30",
          comment=FOR + "; " + LATER + "; the missed '상반기' in previous_deadline"),
        m("aq-nfa-drone-aed", "new", NFA, OTH,
          "· 소방청은 연내 산간·섬 지역 5곳에서 드론으로 AED를 실어 보내는 시범 사업을 하겠다고 밝혔습니다.",
          target=5.0, unit="곳", deadline="2026-12-31", dtext="연내",
          comment=FOR + ". Not annotated: the author's bracketed notes, the station chief's impression of the "
                        "video guidance (no number), the interview questions, the comments (a member's own plan, "
                        "a hearsay question on the drone sites)"),
    ]))

# ---------------------------------------------------------------- all five, last (a civic group's year-end 'promise receipt')
RC = "a receipt line, whole with its `· ` marker; the body from its bracket"
P12_S = ("📌 한 줄 요약: 왕진버스 104곳 채움 · 재선충병 특별법은 접음 · 고령 해녀 수당은 15만 원으로 깎여 2027년부터 · "
         "보장구 배터리 안전기준 또 연기")
PAGES.append(dict(
    source="2026-11-27_aq_promise-receipt.txt",
    title="2026 생활약속 영수증 — 우리가 맡긴 믿음, 무엇으로 돌아왔나", published_at="2026-11-27",
    mentions=[
        m("aq-mafra-bus-100", "achieved", MAFRA, OTH, P12_S,
          comment="the receipt's '📌 한 줄 요약' line: four commitments, no body named; first item: 농림축산식품부; "
                  + LATE + ". The page's date: the receipt's own '거래일시: 2026-11-27 (금) 18:30'"),
        m("aq-kfs-special-law", "cancelled", KFS, OTH, P12_S, comment="second item: 산림청; dropped"),
        m("aq-mof-allowance", "revision", MOF, OTH, P12_S, target=150000.0, unit="원", deadline="2027-12-31",
          dtext="2027년부터", comment="third item: 해양수산부; amount cut and start moved: revision with the new date"),
        m("aq-motie-battery-std", "delayed", MOTI, IND, P12_S,
          comment="fourth item: 산업통상부; delayed again, no date named here"),
        # [결제 완료 ✔]
        m("aq-mohw-aed-apt-300", "achieved", MOHW, OTH, "· 공동주택 AED 설치 의무 300세대 이상 — 2025년 7월부터 시행 (복지부)",
          comment=RC + "; " + AGAIN),
        m("aq-nfa-video-cpr", "achieved", NFA, OTH, "· 영상 심폐소생술 안내 18개 시도 — 2025년 6월 모두 도입 (소방청)",
          comment=RC + "; " + AGAIN),
        m("aq-moe-cpr-class", "achieved", MOE, OTH, "· 중·고교 심폐소생술 실습 해마다 2시간 — 2025년 3월부터 의무 (교육부)",
          comment=RC + "; " + AGAIN),
        m("aq-kfs-drone-17", "achieved", KFS, OTH, "· 드론·AI 재선충병 예찰 17개 시도 — 2025년 12월 전국으로 (산림청)",
          comment=RC + "; on time"),
        m("aq-khs-monument-pine", "achieved", KHS, OTH, "· 천연기념물 소나무 예방 나무주사 — 2025년 6월 42곳 모두 (국가유산청)",
          comment=RC + "; " + AGAIN),
        m("aq-kfs-cut-1m", "achieved", KFS, OTH,
          "· 재선충병 피해목 100만 그루 방제 — 2025년 4월까지 86만 그루, 나머지는 올해 3월 마침 (산림청)",
          comment=RC + "; " + LATE),
        m("aq-khs-oral-500", "achieved", KHS, OTH, "· 해녀 구술 기록 500명 — 2025년 12월 마침 (국가유산청)",
          comment=RC + "; on time"),
        m("aq-mof-smart-tewak", "achieved", MOF, OTH, "· 스마트 테왁 3,000개 — 앞당긴 기한대로 올해 5월 보급 마침 (해수부)",
          comment=RC + "; done by the advanced deadline"),
        m("aq-mafra-bus-100", "achieved", MAFRA, OTH, "· 농촌 왕진버스 100개 시군 — 2025년 88곳, 올해 104곳으로 채움 (농식품부)",
          comment=RC + "; " + LATE),
        m("aq-mafra-oriental-dental", "achieved", MAFRA, OTH,
          "· 왕진버스 한방·치과 진료 — 한방은 2025년 9월, 치과는 올해 5월부터 (농식품부)",
          comment=RC + "; both parts done, the second by its moved date"),
        m("aq-mohw-telemed-30", "achieved", MOHW, OTH, "· 섬·벽지 비대면 진료 시범 30곳 — 2025년 22곳, 올해 4월 30곳 모두 (복지부)",
          comment=RC + "; " + LATE),
        m("aq-kostat-access-stat", "achieved", NDO, OTH,
          "· 농촌 의료 접근성 통계 — 2025년 말에서 미뤄져 올해 3월 첫 공표 (데이터처)",
          comment=RC + "; '데이터처' → 국가데이터처 (made by 통계청); done by the moved date, late by the first"),
        m("aq-mohw-chair-250", "achieved", MOHW, OTH, "· 전동휠체어 급여 기준액 250만 원 — 올해 1월부터 (복지부)",
          comment=RC + "; " + AGAIN),
        m("aq-moef-vat-exempt", "achieved", MOFE, FIS, "· 전동보장구 배터리 교체비 부가세 면제 — 올해 1월부터 (재경부)",
          comment=RC + "; '재경부' → 재정경제부 (made by 기획재정부); " + AGAIN + "; fiscal ('부가세' is no cue)"),
        m("aq-mohw-repair-17", "achieved", MOHW, OTH, "· 보장구 수리센터 17개 시도 — 2025년 13곳, 올해 9월 모두 (복지부)",
          comment=RC + "; " + LATE),
        # [배송 중 🚚]
        m("aq-mohw-aed-box-10k", "progress", MOHW, OTH, "· 개방형 AED 보관함 1만 곳 — 지금 8,900곳, 기한 2026년까지 (복지부)",
          target=10000.0, unit="곳", deadline="2026-12-31", dtext="2026년까지", comment=RC + "; 8,900 before the deadline: progress"),
        m("aq-kdca-cpr-rate-40", "progress", KDCA, OTH, "· 일반인 심폐소생술 시행률 40% — 2025년 33.6%, 기한 2027년까지 (질병청)",
          target=40.0, unit="%", deadline="2027-12-31", dtext="2027년까지", comment=RC + "; '질병청' → 질병관리청; progress"),
        m("aq-nfa-drone-aed", "progress", NFA, OTH, "· 드론 AED 배송 시범 5곳 — 지금 2곳, 기한 올해 말 (소방청)",
          target=5.0, unit="곳", deadline="2026-12-31", dtext="올해 말", comment=RC + "; 2 of 5: progress"),
        m("aq-kfs-species-10k", "progress", KFS, OTH, "· 재선충병 피해지 수종 전환 1만ha — 지금 6,100ha, 기한 2027년까지 (산림청)",
          target=10000.0, unit="ha", deadline="2027-12-31", dtext="2027년까지", comment=RC + "; progress"),
        m("aq-mof-bulteok-50", "progress", MOF, OTH, "· 해녀 불턱 현대화 50곳 — 지금 12곳, 기한 2027년까지 (해수부)",
          target=50.0, unit="곳", deadline="2027-12-31", dtext="2027년까지", comment=RC + "; progress"),
        m("aq-mohw-remote-200", "progress", MOHW, OTH, "· 보건진료소 원격 협진 200곳 — 지금 140곳, 기한 올해 말 (복지부)",
          target=200.0, unit="곳", deadline="2026-12-31", dtext="올해 말", comment=RC + "; progress"),
        m("aq-mois-charger-3000", "progress", MOIS, OTH,
          "· 공공시설 전동보장구 급속충전기 3,000곳 — 지금 2,700곳, 기한 2026년까지 (행안부)",
          target=3000.0, unit="곳", deadline="2026-12-31", dtext="2026년까지", comment=RC + "; progress"),
        m("aq-mohw-rental-2000", "progress", MOHW, OTH, "· 전동휠체어 대여 2,000대 — 지금 900대, 기한 올해 말 (복지부)",
          target=2000.0, unit="대", deadline="2026-12-31", dtext="올해 말", comment=RC + "; progress"),
        # [주문 변경 ✎]
        m("aq-mohw-aed-app", "revision", MOHW, OTH,
          "· AED 위치·점검 실시간 앱 — 자체 앱 대신 민간 지도 앱 3곳에 정보를 주는 방식으로 바꿔 연말까지 (복지부)",
          deadline="2026-12-31", dtext="연말까지",
          comment=RC + "; what is delivered changed (an own app → data to three private map apps), with its date: "
                       "revision (3곳 is the new form's detail, not a count of the promise)"),
        m("aq-kfs-pine-comp", "revision", KFS, OTH,
          "· 송이 산주 손실 보상 — 1ha당 300만 원에서 200만 원으로 줄여 2027년부터 (산림청)",
          target=2000000.0, unit="원", deadline="2027-12-31", dtext="2027년부터",
          comment=RC + "; amount cut and start moved in one line: revision with the new date"),
        m("aq-mof-allowance", "revision", MOF, OTH, "· 고령 해녀 조업 수당 — 월 20만 원에서 15만 원으로 줄여 2027년부터 (해수부)",
          target=150000.0, unit="원", deadline="2027-12-31", dtext="2027년부터",
          comment=RC + "; amount cut and start moved in one line: revision with the new date"),
        # [배송 지연 ⏳]
        m("aq-nfa-cpr-edu-150", "delayed", NFA, OTH, "· 일반인 심폐소생술 교육 150만 명 — 2025년 138만 명에 그침 (소방청)",
          target=1500000.0, unit="명",
          comment=RC + "; " + SHORT + " ('2025년' is when the count was made, no previous date)"),
        m("aq-kfs-patrol-2000", "delayed", KFS, OTH, "· 예찰방제단 2,000명 — 올해 3월까지 1,640명 (산림청)",
          target=2000.0, unit="명", prev="2026-03-31",
          comment=RC + "; " + SHORT + "; the missed '올해 3월까지' in previous_deadline"),
        m("aq-mof-new-haenyeo-100", "delayed", MOF, OTH, "· 새내기 해녀 100명 — 2025년 91명에 그침 (해수부)",
          target=100.0, unit="명", comment=RC + "; " + SHORT + " (no previous date)"),
        m("aq-khs-heritage-center", "delayed", KHS, OTH, "· 해녀 전승 교육관 — 올해 하반기에서 2027년으로 (국가유산청)",
          deadline="2027-12-31", dtext="2027년으로", prev="2026-12-31",
          comment=RC + "; " + LATER + " (before the first deadline passed); '올해 하반기' in previous_deadline"),
        m("aq-motie-battery-std", "delayed", MOTI, IND,
          "· 전동보장구 배터리 안전기준 — 올해 상반기에서 다시 2027년 상반기로 (산업부)",
          deadline="2027-06-30", dtext="2027년 상반기로", prev="2026-06-30",
          comment=RC + "; '산업부' → 산업통상부 (made by 산업통상자원부); " + LATER + " again; '올해 상반기' in "
                       "previous_deadline"),
        # [주문 취소 ✖]
        m("aq-kfs-special-law", "cancelled", KFS, OTH, "· 재선충병 방제 특별법 개정 — 시행령 손질로 방향을 틀며 접음 (산림청)",
          comment=RC + "; dropped for a decree"),
        m("aq-mafra-drug-delivery", "cancelled", MAFRA, OTH, "· 왕진버스 처방약 택배 — 약사법 문제로 없던 일 (농식품부)",
          comment=RC + "; dropped, restated"),
        m("aq-mois-safety-insurance", "cancelled", MOIS, OTH, "· 전동보장구 사고 시민안전보험 의무화 — 권고로 돌려 무산 (행안부)",
          comment=RC + "; dropped, restated"),
        # [신규 주문 🆕]
        m("aq-moe-elem-cpr", "new", MOE, OTH, "· 초등 5·6학년 심폐소생술 체험 수업 — 2027년부터 (교육부)",
          deadline="2027-12-31", dtext="2027년부터", comment=RC),
        m("aq-mof-injury-insurance", "new", MOF, OTH, "· 해녀 산재보험료 지원 — 2027년부터 (해수부)",
          deadline="2027-12-31", dtext="2027년부터", comment=RC),
        m("aq-mafra-xray-30", "new", MAFRA, OTH, "· 왕진버스 이동형 엑스레이 30대 — 2027년까지 (농식품부)",
          target=30.0, unit="대", deadline="2027-12-31", dtext="2027년까지", comment=RC),
        m("aq-mohw-safety-edu", "new", MOHW, OTH, "· 전동보장구 이용자 안전교육 온라인 과정 — 2027년 상반기 (복지부)",
          deadline="2027-06-30", dtext="2027년 상반기",
          comment=RC + ". Not annotated: '영수증 읽는 법', the tally, the ※ line on the 해경 patrol (no record "
                       "found: no news, no number or date), '영수증을 끊으며' (the group's counts and its own plans: "
                       "1월 설명회, 2027년 영수증), the members' comments"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-27)
LAST = "2026-11-27"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    # 심폐소생술·AED
    ("aq-mohw-aed-apt-300", MOHW, OTH, "자동심장충격기 설치 의무 공동주택 500 → 300세대 이상 2025년 7월부터", "achieved",
     "in force from July 2025 (on time; Sep 2025, Jul 2026, Nov 2026)"),
    ("aq-mohw-aed-box-10k", MOHW, OTH, "24시간 개방형 AED 보관함 2026년까지 전국 1만 곳", "in_progress",
     "3,200 (Sep 2025); 7,400 (Jul 2026); 8,900 (Nov 2026)"),
    ("aq-nfa-cpr-edu-150", NFA, OTH, "일반인 심폐소생술 교육 2025년 112만 → 150만 명", "delayed",
     "96만 by August (Sep 2025); 138만 in 2025 (Jul 2026, Nov 2026)"),
    ("aq-nfa-video-cpr", NFA, OTH, "119 영상 심폐소생술 안내 2025년 상반기 중 18개 시도 소방본부", "achieved",
     "all 18 in the first half (on time; Sep 2025, Nov 2026)"),
    ("aq-moe-cpr-class", MOE, OTH, "중·고등학생 심폐소생술 실습 해마다 2시간 2025년 3월부터", "achieved",
     "in force from March 2025 (Sep 2025, Nov 2026)"),
    ("aq-kdca-cpr-rate-40", KDCA, OTH, "일반인 심폐소생술 시행률 31 → 40% 2027년까지", "in_progress",
     "restated (Sep 2025); 33.6% in 2025 (Jul 2026, Nov 2026)"),
    ("aq-mohw-aed-app", MOHW, OTH, "AED 위치·점검 결과 실시간 앱 2026년 상반기 (→ 하반기; → 민간 지도 앱 정보 제공, 연말까지)",
     "revised", "moved to H2 2026 (Jul 2026); changed to data for private map apps by the end of 2026 (Nov 2026)"),
    ("aq-nfa-drone-aed", NFA, OTH, "드론 AED 배송 시범 2026년 안에 산간·섬 5곳", "in_progress", "2 of 5 (Nov 2026)"),
    ("aq-moe-elem-cpr", MOE, OTH, "초등 5·6학년 심폐소생술 체험 수업 2027년부터", "announced", ""),
    # 소나무재선충병
    ("aq-kfs-cut-1m", KFS, OTH, "재선충병 피해목 100만 그루 2025년 4월까지 방제", "achieved",
     "86만 by April 2025 (Sep 2025); the rest by March 2026 (late; Nov 2026)"),
    ("aq-kfs-drone-17", KFS, OTH, "드론·AI 재선충병 예찰 12 → 17개 시도 2025년 안에", "achieved",
     "15 (Sep 2025); all 17 in December 2025 (on time; Nov 2026)"),
    ("aq-kfs-species-10k", KFS, OTH, "재선충병 피해지 수종 전환 2027년까지 1만ha", "in_progress",
     "2,300ha (Sep 2025); 6,100ha (Nov 2026)"),
    ("aq-khs-monument-pine", KHS, OTH, "천연기념물 소나무 전체 예방 나무주사 2025년 상반기 중", "achieved",
     "all 42 by June 2025 (on time; Sep 2025, Nov 2026)"),
    ("aq-kfs-special-law", KFS, OTH, "재선충병 방제 특별법 개정안 2025년 상반기 중 국회 제출", "cancelled",
     "moved to H2 2025 (Sep 2025); dropped for a decree (Nov 2026)"),
    ("aq-kfs-pine-comp", KFS, OTH, "송이 피해 산주 손실 보상 1ha당 300만 원 2026년부터 (→ 200만 원, 2027년부터)", "revised",
     "cut to 200만 원 and moved to 2027 (Nov 2026)"),
    ("aq-kfs-patrol-2000", KFS, OTH, "마을 예찰방제단 2026년 3월까지 2,000명", "delayed", "1,640 by March 2026 (Nov 2026)"),
    # 해녀
    ("aq-mof-new-haenyeo-100", MOF, OTH, "새내기 해녀 2025년 100명 양성 지원", "delayed",
     "74 (Nov 2025); 91 in 2025 (Nov 2026)"),
    ("aq-mof-allowance", MOF, OTH, "70세 이상 해녀 조업 수당 월 20만 원 2026년부터 (→ 15만 원, 2027년부터)", "revised",
     "in the budget bill (Nov 2025); cut to 15만 원 and moved to 2027 (Nov 2026)"),
    ("aq-mof-smart-tewak", MOF, OTH, "스마트 테왁 3,000개 보급 2026년까지 (→ 2026년 상반기로 앞당김)", "achieved",
     "1,200 and the deadline advanced to H1 2026 (Nov 2025); done in May 2026 (Nov 2026)"),
    ("aq-khs-oral-500", KHS, OTH, "해녀 500명 구술 기록 2025년 안에", "achieved",
     "320 (Nov 2025); done in December 2025 (on time; Nov 2026)"),
    ("aq-kcg-patrol", KCG, OTH, "해녀 조업 구역 수상오토바이 순찰 2025년 7월부터", "delayed",
     "never reported on again: its deadline (2025-07-31) passed with no report of achievement (date rule)"),
    ("aq-mof-bulteok-50", MOF, OTH, "해녀 탈의장(불턱) 2027년까지 50곳 현대화", "in_progress", "12 (Nov 2026)"),
    ("aq-khs-heritage-center", KHS, OTH, "해녀 전승 교육관 2026년 하반기 개관 (→ 2027년)", "delayed",
     "moved to 2027 (Nov 2026)"),
    ("aq-mof-injury-insurance", MOF, OTH, "해녀 산재보험료 지원 2027년부터", "announced", ""),
    # 농촌 왕진버스
    ("aq-mafra-bus-100", MAFRA, OTH, "농촌 왕진버스 운행 시군 50 → 100곳 2025년", "achieved",
     "88 in 2025, the rest moved to 2026 (Jan 2026); 104 in 2026 (late; Nov 2026)"),
    ("aq-mafra-oriental-dental", MAFRA, OTH, "왕진버스 한방·치과 진료 2025년 하반기부터", "achieved",
     "한방 from September 2025, 치과 moved to H1 2026 (Jan 2026); 치과 from May 2026 (Nov 2026)"),
    ("aq-mafra-drug-delivery", MAFRA, OTH, "왕진버스 처방약 택배 시범 2025년 하반기", "cancelled",
     "dropped over the pharmacy law (Jan 2026, Nov 2026)"),
    ("aq-mohw-telemed-30", MOHW, OTH, "섬·산간 벽지 30곳 비대면 진료 시범 2025년 9월부터", "achieved",
     "22 (Jan 2026); all 30 in April 2026 (late; Nov 2026)"),
    ("aq-kostat-access-stat", NDO, OTH, "농촌 의료 접근성 통계 2025년 말까지 첫 공표 (→ 2026년 3월)", "achieved",
     "moved to March 2026 (Jan 2026); published in March 2026 (Nov 2026); made by 통계청"),
    ("aq-mohw-remote-200", MOHW, OTH, "보건진료소 원격 협진 2026년 말까지 200곳", "in_progress", "140 (Nov 2026)"),
    ("aq-mafra-xray-30", MAFRA, OTH, "왕진버스 이동형 엑스레이 2027년까지 30대", "announced", ""),
    # 전동보장구
    ("aq-mohw-chair-250", MOHW, OTH, "전동휠체어 건강보험 급여 기준액 209만 → 250만 원 2026년 1월부터", "achieved",
     "raised in January 2026 (on time; Mar 2026, Nov 2026)"),
    ("aq-mois-charger-3000", MOIS, OTH, "공공시설 전동보장구 급속충전기 2026년까지 3,000곳", "in_progress",
     "1,850 (Mar 2026); 2,700 (Nov 2026)"),
    ("aq-motie-battery-std", MOTI, IND, "전동보장구 배터리 안전기준 2025년 하반기 중 (→ 2026년 상반기 → 2027년 상반기)",
     "delayed", "moved to H1 2026 (Mar 2026); moved again to H1 2027 (Nov 2026); made by 산업통상자원부"),
    ("aq-mohw-repair-17", MOHW, OTH, "보장구 수리센터 2025년 안에 17개 시도", "achieved",
     "13 (Mar 2026); all 17 in September 2026 (late; Nov 2026)"),
    ("aq-mois-safety-insurance", MOIS, OTH, "시민안전보험 전동보장구 사고 배상 포함 2025년 하반기부터", "cancelled",
     "turned into advice, '사실상 없던 일' (Mar 2026, Nov 2026)"),
    ("aq-moef-vat-exempt", MOFE, FIS, "전동보장구 배터리 교체비 부가가치세 면제 2025년 안에 시행령 개정", "achieved",
     "in force from January 2026 (Mar 2026, Nov 2026); made by 기획재정부, its tax work with 재정경제부 from 2026-01-02"),
    ("aq-mohw-rental-2000", MOHW, OTH, "전동휠체어 대여 사업 2026년 하반기부터 2,000대", "in_progress", "900 (Nov 2026)"),
    ("aq-mohw-safety-edu", MOHW, OTH, "전동보장구 이용자 안전교육 온라인 과정 2027년 상반기", "announced", ""),
]


if __name__ == "__main__":
    write(ROOT, "aq", PAGES, COMMITMENTS, LAST,
          ["ministry = the responsible body under the name valid on that date (통계청's 통계 promise is listed under",
           "국가데이터처, its successor from 2025-10-01; 산업통상자원부's battery standard under 산업통상부, its successor",
           "from 2025-10-01; 기획재정부's tax promise under 재정경제부, the successor that took its tax work on",
           "2026-01-02; every other body kept its name through 2026-11-27)."],
          with_commitments="--commitments" in sys.argv[1:])
