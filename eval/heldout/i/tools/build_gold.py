"""Writes the hand annotations of held-out set i to gold/*.toml.

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
MOJ = "법무부"
MOLIT = "국토교통부"
FSC = "금융위원회"
KNPA = "경찰청"
MOHW = "보건복지부"
MOGEF = "여성가족부"        # until 2025-09-30
MOGE = "성평등가족부"       # from 2025-10-01 (successor of 여성가족부)
MSS = "중소벤처기업부"

O = "other"
S = "startup"


LATE = "achieved after the deadline the commitment named; no deadline fields (the sentence names a missed date or none)"
KRW_400B = 400000000000.0   # 4,000억 원

PAGES: list[dict] = []

# ---------------------------------------------------------------- 계절근로 1/3 (Q&A interview, one deck line)
P1_H = "[인터뷰] 배수현 농식품부 농업인력정책관 \"공공형 계절근로 올해 70곳…기숙사 2026년까지 40곳\""
P1_D = "통역 인력 300명 4월까지 배치…전자 근로계약 상반기 100% 적용"
PAGES.append(dict(
    source="2025-01-23_i_seasonal-workers-interview.txt", title=P1_H, published_at="2025-01-23",
    mentions=[
        m("i-mafra-public-70", "new", MAFRA, O, P1_H, person="배수현", target=70.0, unit="곳",
          deadline="2025-12-31", dtext="올해",
          comment="interview headline: the interviewee; one headline, two commitments"),
        m("i-mafra-dorm-40", "new", MAFRA, O, P1_H, person="배수현", target=40.0, unit="곳",
          deadline="2026-12-31", dtext="2026년까지"),
        m("i-mafra-interpreter-300", "new", MAFRA, O, P1_D, target=300.0, unit="명",
          deadline="2025-04-30", dtext="4월까지", comment="deck line: person empty; one deck line, two commitments"),
        m("i-mafra-contract-100", "new", MAFRA, O, P1_D, target=100.0, unit="%",
          deadline="2025-06-30", dtext="상반기"),
        m("i-mafra-public-70", "new", MAFRA, O,
          "지역 농협이 근로자를 고용해 일손이 필요한 농가에 하루 단위로 보내는 공공형 계절근로를 지난해 55곳에서 올해 70곳으로 늘리겠다.",
          person="배수현", target=70.0, unit="곳", deadline="2025-12-31", dtext="올해",
          comment="Q&A answer: the interviewee speaks; 'A. ' label not part of the sentence; 55곳 is the baseline"),
        m("i-mafra-dorm-40", "new", MAFRA, O, "2026년까지 전국 40곳에 공공 기숙사를 마련하는 게 목표다.",
          person="배수현", target=40.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment="'50명 안팎' and '230억 원' in the next sentence are parameters and budget"),
        m("i-mafra-wage-account", "new", MAFRA, O, "3월부터는 계절근로자 임금을 반드시 본인 명의 계좌로만 지급하도록 바꾼다.",
          person="배수현", deadline="2025-03-31", dtext="3월부터",
          comment="'N월부터' for a change that must be in place by then: that month's last day"),
        m("i-mafra-contract-100", "new", MAFRA, O,
          "표준 근로계약도 종이 대신 전자 방식으로 바꿔 상반기 중 모든 계절근로 계약에 적용하겠다.",
          person="배수현", deadline="2025-06-30", dtext="상반기 중",
          comment="'모든' is not a number: no target fields in this sentence (the deck has 100%)"),
        m("i-mafra-interpreter-300", "new", MAFRA, O, "계절근로자가 많은 시군을 중심으로 통역 인력 300명을 4월까지 배치한다.",
          person="배수현", target=300.0, unit="명", deadline="2025-04-30", dtext="4월까지"),
        m("i-mafra-app", "new", MAFRA, O,
          "하반기에는 근로계약과 임금 명세, 고충 신고를 모국어로 확인할 수 있는 계절근로자 전용 앱도 내놓을 계획이다.",
          person="배수현", deadline="2025-12-31", dtext="하반기"),
    ]))

# ---------------------------------------------------------------- 전세사기 1/3 (straight news, press-release lead, two deck lines)
P2_H = "전세사기 피해주택 연내 5,000호 매입…피해자 결정 30일로 단축"
P2_D1 = "9월까지 17개 시도에 피해지원센터…HUG 대위변제 45일로"
P2_D2 = "'전세 안심 진단' 서비스 하반기 출시"
P2_Q = ("김도윤 국토부 전세피해지원단장은 \"피해자들이 집을 잃고 나서도 몇 달씩 결정을 기다리는 상황을 더는 두지 않겠다\"며 "
        "\"올해 5,000호 매입은 반드시 달성하겠다\"고 말했다.")
PAGES.append(dict(
    source="2025-02-26_i_jeonse-fraud-support.txt", title=P2_H, published_at="2025-02-26",
    mentions=[
        m("i-molit-buy-5000", "new", MOLIT, O, P2_H, target=5000.0, unit="호", deadline="2025-12-31", dtext="연내",
          comment="the headline names no body; the article is 국토교통부's plan"),
        m("i-molit-decision-30", "new", MOLIT, O, P2_H, target=30.0, unit="일",
          comment="the headline gives no date for the second clause: no deadline fields"),
        m("i-molit-center-17", "new", MOLIT, O, P2_D1, target=17.0, unit="개", deadline="2025-09-30", dtext="9월까지"),
        m("i-molit-hug-45", "new", MOLIT, O, P2_D1, target=45.0, unit="일",
          comment="the deck's 9월까지 belongs to the first clause (the body gives 대위변제 연내): no deadline fields"),
        m("i-molit-jeonse-check", "new", MOLIT, O, P2_D2, deadline="2025-12-31", dtext="하반기"),
        m("i-molit-buy-5000", "new", MOLIT, O,
          "국토교통부가 전세사기 피해자가 살던 집을 한국토지주택공사(LH)가 사들여 공공임대로 내주는 피해주택 매입을 연내 5,000호까지 늘린다.",
          target=5000.0, unit="호", deadline="2025-12-31", dtext="연내",
          comment="the next sentence ('기간도 대폭 줄인다') has no number or date: not annotated; the 30일 sentence is"),
        m("i-molit-buy-5000", "new", MOLIT, O,
          "방안에 따르면 LH는 피해자에게서 우선매수권을 넘겨받아 올해 안에 피해주택 5,000호를 사들인다.",
          target=5000.0, unit="호", deadline="2025-12-31", dtext="올해 안에",
          comment="LH carries out 국토교통부's plan: the ministry is 국토교통부; '최장 10년' next is a programme parameter"),
        m("i-molit-decision-30", "new", MOLIT, O,
          "지금은 신청부터 결정까지 평균 72일이 걸리는데, 국토부는 심의 인력을 늘리고 제출 서류를 줄여 상반기까지 이를 평균 30일로 줄이기로 했다.",
          target=30.0, unit="일", deadline="2025-06-30", dtext="상반기까지", comment="72일 is the baseline"),
        m("i-molit-center-17", "new", MOLIT, O,
          "지금은 서울·인천·경기 등 8개 시도에만 있는 전세피해지원센터를 9월까지 17개 시도 전체로 넓힌다.",
          target=17.0, unit="개", deadline="2025-09-30", dtext="9월까지"),
        m("i-molit-hug-45", "new", MOLIT, O,
          "주택도시보증공사(HUG)가 집주인 대신 보증금을 돌려주는 대위변제 기간도 평균 90일에서 연내 45일로 단축한다.",
          target=45.0, unit="일", deadline="2025-12-31", dtext="연내"),
        m("i-molit-jeonse-check", "new", MOLIT, O,
          "국토부는 집주인의 세금 체납과 선순위 채권, 주변 시세 대비 전세가율을 한 번에 확인할 수 있는 '전세 안심 진단' 서비스를 하반기 중 내놓을 예정이다.",
          deadline="2025-12-31", dtext="하반기 중"),
        m("i-molit-buy-5000", "new", MOLIT, O, P2_Q, person="김도윤", target=5000.0, unit="호",
          deadline="2025-12-31", dtext="올해"),
    ]))

# ---------------------------------------------------------------- 보이스피싱 1/3 (wire, (서울=) dateline; two bodies)
P3_H = "보이스피싱 피해금 환급 '3개월→1개월'…경찰 전담 수사관 1,200명으로"
P3_Q = ("한정우 금융위원회 금융안전과장은 \"범죄 조직이 빠르게 수법을 바꾸는 만큼 금융권 전체가 함께 움직여야 한다\"며 "
        "\"환급 기간 1개월은 하반기부터 반드시 지키겠다\"고 말했다.")
PAGES.append(dict(
    source="2025-03-19_i_voice-phishing-wire.txt", title=P3_H, published_at="2025-03-19",
    mentions=[
        m("i-fsc-refund-1m", "new", FSC, O, P3_H, target=1.0, unit="개월",
          comment="the first clause names no body; the body gives the refund to 금융위원회. No dates in the headline"),
        m("i-knpa-investigator-1200", "new", KNPA, O, P3_H, target=1200.0, unit="명"),
        m("i-fsc-refund-1m", "new", FSC, O,
          "금융위원회와 경찰청은 보이스피싱 피해자가 돈을 돌려받기까지 걸리는 기간을 평균 3개월에서 1개월로 줄이는 내용의 '보이스피싱 근절 종합대책'을 19일 발표했다.",
          target=1.0, unit="개월",
          comment="the wire dateline '(서울=다온통신) 윤채원 기자 = ' is not part of the sentence; the refund is 금융위원회's task"),
        m("i-fsc-refund-1m", "new", FSC, O,
          "대책에 따르면 금융위는 하반기부터 피해금 환급 절차를 1개월 안에 끝내도록 채권소멸 공고 기간을 줄이고 금융회사끼리 지급정지 정보를 실시간으로 주고받게 한다.",
          target=1.0, unit="개월", deadline="2025-12-31", dtext="하반기부터",
          comment="'하반기부터' → the last day of the named period (as g's '올해 하반기부터')"),
        m("i-fsc-fds-platform", "new", FSC, O,
          "은행과 증권사, 카드사, 상호금융 등 전 금융권이 의심 거래 정보를 함께 보는 'AI 이상거래 탐지 공유 플랫폼'도 9월까지 구축한다.",
          deadline="2025-09-30", dtext="9월까지"),
        m("i-fsc-delay-transfer", "new", FSC, O,
          "고령층 피해를 막기 위해 일정 금액 이상을 이체하면 3시간 뒤에 돈이 빠져나가도록 하는 '지연이체 서비스' 가입자는 연내 100만 명으로 늘리기로 했다.",
          target=1000000.0, unit="명", deadline="2025-12-31", dtext="연내", comment="'3시간' is a parameter"),
        m("i-fsc-loss-400b", "new", FSC, O, "금융위는 2026년까지 연간 피해액을 4,000억 원 아래로 떨어뜨린다는 목표를 제시했다.",
          target=KRW_400B, unit="원", deadline="2026-12-31", dtext="2026년까지"),
        m("i-knpa-investigator-1200", "new", KNPA, O,
          "경찰청은 전국 시도경찰청의 보이스피싱 전담 수사관을 현재 640명에서 연내 1,200명으로 늘린다.",
          target=1200.0, unit="명", deadline="2025-12-31", dtext="연내", comment="640명 is the baseline"),
        m("i-knpa-onestop", "new", KNPA, O,
          "7월부터는 피해 신고와 지급정지 요청, 수사 의뢰를 한 번에 처리하는 '보이스피싱 통합신고대응센터'를 24시간 운영한다.",
          deadline="2025-07-31", dtext="7월부터",
          comment="subject carried over from the previous sentence (경찰청); '24시간' is a parameter"),
        m("i-fsc-refund-1m", "new", FSC, O, P3_Q, person="한정우", target=1.0, unit="개월",
          deadline="2025-12-31", dtext="하반기부터"),
    ]))

# ---------------------------------------------------------------- 치매안심센터 (standalone short brief)
P4_H = "복지부 \"치매안심센터 야간·주말 운영 연내 100곳\""
PAGES.append(dict(
    source="2025-04-29_i_dementia-centre-brief.txt", title=P4_H, published_at="2025-04-29",
    mentions=[
        m("i-mohw-dementia-night", "new", MOHW, O, P4_H, target=100.0, unit="곳", deadline="2025-12-31", dtext="연내"),
        m("i-mohw-dementia-night", "new", MOHW, O,
          "보건복지부는 치매 환자 가족이 퇴근 뒤나 주말에도 상담을 받을 수 있도록 평일 야간과 주말에 문을 여는 치매안심센터를 연내 100곳으로 늘린다고 29일 밝혔다.",
          target=100.0, unit="곳", deadline="2025-12-31", dtext="연내"),
        m("i-mohw-dementia-screen", "new", MOHW, O,
          "복지부는 또 만 75세 이상 어르신을 대상으로 한 무료 인지 선별검사를 올해 200만 명에게 제공할 계획이다.",
          target=2000000.0, unit="명", deadline="2025-12-31", dtext="올해"),
        m("i-mohw-guardian-1000", "new", MOHW, O,
          "혼자서 의사결정을 하기 어려운 치매 환자의 재산 관리와 의료 동의를 돕는 공공후견인은 2026년까지 1,000명을 확보하기로 했다.",
          target=1000.0, unit="명", deadline="2026-12-31", dtext="2026년까지"),
    ]))

# ---------------------------------------------------------------- 양육비 선지급 1/2 (straight news, press-release lead, deck)
P5_H = "양육비 선지급 신청 후 30일 안에 지급 결정…여가부, 회수율 연내 25% 목표"
P5_D = "9월까지 '복지로' 온라인 신청…이행관리원 전담 인력 하반기 60명 충원"
P5_Q = ("오서영 여가부 가족정책관은 \"양육비를 못 받아 생계가 막막한 가정이 더는 기다리지 않게 하겠다\"며 "
        "\"30일 안에 결정한다는 약속은 7월부터 반드시 지키겠다\"고 말했다.")
PAGES.append(dict(
    source="2025-06-24_i_child-support-advance.txt", title=P5_H, published_at="2025-06-24",
    mentions=[
        m("i-mogef-decide-30", "new", MOGEF, O, P5_H, target=30.0, unit="일",
          comment="'30일 안에' is the target (processing time), not a deadline: no deadline fields"),
        m("i-mogef-recover-25", "new", MOGEF, O, P5_H, target=25.0, unit="%", deadline="2025-12-31", dtext="연내"),
        m("i-mogef-online-9", "new", MOGEF, O, P5_D, deadline="2025-09-30", dtext="9월까지"),
        m("i-mogef-staff-60", "new", MOGEF, O, P5_D, target=60.0, unit="명", deadline="2025-12-31", dtext="하반기"),
        m("i-mogef-decide-30", "new", MOGEF, O,
          "여성가족부가 양육비 선지급 신청부터 지급 결정까지 걸리는 기간을 30일 이내로 묶기로 했다.",
          target=30.0, unit="일",
          comment="the next sentence ('회수율도 해마다 끌어올린다는 계획') has no number or date: not annotated"),
        m("i-mogef-decide-30", "new", MOGEF, O,
          "여가부는 24일 '양육비 선지급제 시행 계획'을 발표하고 7월부터 신청 후 30일 안에 지급 여부를 결정하겠다고 밝혔다.",
          target=30.0, unit="일", deadline="2025-07-31", dtext="7월부터",
          comment="the law's own start ('다음 달 1일부터 시행되는', previous paragraph) is not annotated"),
        m("i-mogef-recover-25", "new", MOGEF, O,
          "선지급한 돈을 비양육 부모에게서 돌려받는 회수율은 올해 말까지 25%로 끌어올린다는 목표다.",
          target=25.0, unit="%", deadline="2025-12-31", dtext="올해 말까지"),
        m("i-mogef-online-9", "new", MOGEF, O,
          "신청 창구는 우선 주소지 읍면동 주민센터로 하고, 9월까지 '복지로' 누리집과 앱에서도 신청할 수 있게 할 계획이다.",
          deadline="2025-09-30", dtext="9월까지"),
        m("i-mogef-staff-60", "new", MOGEF, O,
          "업무를 맡는 한국건강가정진흥원 양육비이행관리원의 전담 인력도 하반기에 60명 늘린다.",
          target=60.0, unit="명", deadline="2025-12-31", dtext="하반기"),
        m("i-mogef-income-180", "new", MOGEF, O,
          "여가부는 내년부터 소득 기준을 중위소득 180% 이하로 완화해 더 많은 한부모가족이 선지급을 받을 수 있도록 할 방침이다.",
          target=180.0, unit="%", deadline="2026-12-31", dtext="내년부터",
          comment="'내년부터' → the last day of that year (as h's '올해부터')"),
        m("i-mogef-decide-30", "new", MOGEF, O, P5_Q, person="오서영", target=30.0, unit="일",
          deadline="2025-07-31", dtext="7월부터"),
    ]))

# ---------------------------------------------------------------- 계절근로 2/3 (regional paper, deck)
P6_H = "계절근로 전자계약 '상반기 100%' 못 지켜…공공 기숙사는 9곳뿐"
P6_D = "법무부 \"무단이탈률 연내 5% 밑으로\""
PAGES.append(dict(
    source="2025-09-16_i_seasonal-workers-harvest.txt", title=P6_H, published_at="2025-09-16",
    mentions=[
        m("i-mafra-contract-100", "delayed", MAFRA, O, P6_H, target=100.0, unit="%", prev="2025-06-30",
          comment="the headline names the missed deadline (상반기): previous_deadline"),
        m("i-mafra-dorm-40", "progress", MAFRA, O, P6_H,
          comment="one headline, two follow-ups; 9곳 is the count, not the target: no target fields"),
        m("i-moj-leave-5", "new", MOJ, O, P6_D, target=5.0, unit="%", deadline="2025-12-31", dtext="연내"),
        m("i-mafra-contract-100", "delayed", MAFRA, O,
          "농식품부는 상반기 중 모든 계절근로 계약에 전자 근로계약을 적용하겠다고 했지만, 6월 말 기준 적용률은 83%에 그쳤다.",
          prev="2025-06-30", comment="83% is the measured rate, not the target ('모든')"),
        m("i-mafra-interpreter-300", "achieved", MAFRA, O,
          "4월까지 배치하겠다던 통역 인력 300명은 두 달 늦은 6월에야 모두 현장에 배치됐다.",
          target=300.0, unit="명", comment=LATE + " (4월까지 = 2025-04-30)"),
        m("i-mafra-wage-account", "achieved", MAFRA, O,
          "임금을 본인 명의 계좌로만 지급하도록 한 조치는 계획대로 3월부터 시행됐다.",
          deadline="2025-03-31", dtext="3월부터", comment="on time: the deadline is kept"),
        m("i-mafra-public-70", "progress", MAFRA, O, "올해 70곳으로 늘리기로 한 공공형 계절근로는 현재 64곳에서 운영되고 있다.",
          target=70.0, unit="곳", deadline="2025-12-31", dtext="올해", comment="before the deadline: progress"),
        m("i-mafra-dorm-40", "progress", MAFRA, O,
          "2026년까지 40곳을 짓기로 한 공공 기숙사는 지금까지 9곳이 문을 열었고, 강원에는 홍천과 양구 두 곳뿐이다.",
          target=40.0, unit="곳", deadline="2026-12-31", dtext="2026년까지"),
        m("i-mafra-app", "progress", MAFRA, O,
          "하반기 내놓기로 한 계절근로자 전용 앱은 현재 베트남어와 라오스어 두 개 언어로 시범 운영 중이다.",
          deadline="2025-12-31", dtext="하반기"),
        m("i-mafra-insurance", "new", MAFRA, O, "농식품부는 또 내년 1월부터 모든 계절근로자의 상해보험 가입을 의무화하기로 했다.",
          deadline="2026-01-31", dtext="내년 1월부터"),
        m("i-moj-leave-5", "new", MOJ, O,
          "무단이탈 문제를 맡은 법무부는 올해 계절근로자 무단이탈률을 5% 미만으로 낮추겠다고 밝혔다.",
          target=5.0, unit="%", deadline="2025-12-31", dtext="올해",
          comment="'5% 미만' → 5.0 %; the 장현석 quote that follows has no number or date"),
    ]))

# ---------------------------------------------------------------- 전세사기 2/3 (TV script: 앵커/리포트/인터뷰 bites)
P7_H = "전세사기 피해주택 매입 '연내 5,000호' 어렵다…국토부 \"내년 상반기까지\""
PAGES.append(dict(
    source="2025-10-28_i_jeonse-fraud-tv.txt", title=P7_H, published_at="2025-10-28",
    mentions=[
        m("i-molit-buy-5000", "revision", MOLIT, O, P7_H, target=5000.0, unit="호",
          deadline="2026-06-30", dtext="내년 상반기까지", prev="2025-12-31"),
        m("i-molit-buy-5000", "progress", MOLIT, O,
          "국토교통부는 지난 2월 피해주택을 연내 5,000호 사들이겠다고 약속했지만, 지난달 말까지 LH가 매입한 주택은 1,960호에 그쳤습니다.",
          target=5000.0, unit="호", deadline="2025-12-31", dtext="연내",
          comment="before the deadline: a count short of the target is progress; '목표의 40% 수준입니다' is arithmetic"),
        m("i-molit-buy-5000", "revision", MOLIT, O,
          "연말까지 5,000호를 다 사들이기는 어려워서, 내년 상반기까지는 목표 물량을 채우겠습니다.",
          person="김도윤", target=5000.0, unit="호", deadline="2026-06-30", dtext="내년 상반기까지", prev="2025-12-31",
          comment="bite of the speaker named in '[인터뷰] 김도윤 / 국토교통부 전세피해지원단장'; quote marks not part of the sentence"),
        m("i-molit-decision-30", "delayed", MOLIT, O,
          "상반기까지 평균 30일로 줄이겠다던 피해자 결정 기간은 지금도 평균 41일이 걸립니다.",
          target=30.0, unit="일", prev="2025-06-30"),
        m("i-molit-center-17", "achieved", MOLIT, O,
          "9월까지 17개 시도 모두에 세우기로 한 전세피해지원센터는 계획대로 지난달 문을 다 열었습니다.",
          target=17.0, unit="개", deadline="2025-09-30", dtext="9월까지", comment="on time (지난달 = September)"),
        m("i-molit-hug-45", "progress", MOLIT, O, "연내 45일로 줄이기로 한 HUG의 대위변제 기간은 지금 평균 58일입니다.",
          target=45.0, unit="일", deadline="2025-12-31", dtext="연내", comment="before the deadline: progress"),
        m("i-molit-jeonse-check", "progress", MOLIT, O,
          "하반기에 내놓기로 한 '전세 안심 진단' 서비스는 12월 출시를 목표로 시범 운영에 들어갔습니다.",
          deadline="2025-12-31", dtext="12월", comment="12월 = the end of 하반기: the deadline is unchanged"),
        m("i-molit-online-apply", "new", MOLIT, O, "국토부는 또 내년 3월부터 피해자 결정 신청을 온라인으로도 받기로 했습니다.",
          deadline="2026-03-31", dtext="내년 3월부터"),
    ]))

# ---------------------------------------------------------------- 교통약자 (standalone correction notice + corrected article)
P8_T = "[바로잡습니다] 11월 26일자 12면 '교통약자 이동권 강화…저상버스 확대' 기사"
PAGES.append(dict(
    source="2025-12-03_i_low-floor-bus-correction.txt", title=P8_T, published_at="2025-12-03",
    mentions=[
        m("i-molit-lowbus-58", "new", MOLIT, O,
          "국토교통부가 2026년까지 전국 시내버스 가운데 저상버스 비율을 58%로 높인다.",
          target=58.0, unit="%", deadline="2026-12-31", dtext="2026년까지",
          comment="from the corrected article reprinted on the page; the correction lines ('68%'는 '58%'의 잘못) are not annotated"),
        m("i-molit-intercity-300", "new", MOLIT, O,
          "국토부는 시외버스와 고속버스에도 휠체어 탑승 설비를 갖춘 버스를 내년까지 300대 투입한다.",
          target=300.0, unit="대", deadline="2026-12-31", dtext="내년까지"),
        m("i-molit-stt-wait-30", "new", MOLIT, O,
          "장애인 콜택시 등 특별교통수단의 평균 대기 시간은 2027년까지 30분 이내로 줄인다는 목표다.",
          target=30.0, unit="분", deadline="2027-12-31", dtext="2027년까지"),
        m("i-molit-stt-booking", "new", MOLIT, O,
          "시도 경계를 넘는 특별교통수단 예약을 한 곳에서 받는 '광역 통합예약 시스템'은 내년 6월까지 전국에 구축한다.",
          deadline="2026-06-30", dtext="내년 6월까지"),
    ]))

# ---------------------------------------------------------------- 보이스피싱 2/3 (data feature, ◆ subheads, deck)
P9_H = "[데이터로 본 보이스피싱 대책 1년] 환급 '1개월' 약속 못 지켜…평균 1.6개월"
P9_D = "지연이체 가입 112만 명으로 목표 넘겨…전담 수사관은 6월까지 1,200명"
P9_Q = ("한정우 금융위원회 금융안전과장은 \"범죄 수법이 예상보다 빠르게 바뀌었다\"며 "
        "\"올해 안에 4,000억 원 목표를 달성할 수 있도록 대응을 더 강화하겠다\"고 말했다.")
PAGES.append(dict(
    source="2026-02-24_i_voice-phishing-data.txt", title=P9_H, published_at="2026-02-24",
    mentions=[
        m("i-fsc-refund-1m", "delayed", FSC, O, P9_H, target=1.0, unit="개월",
          comment="'1년' is the feature's label, not a deadline; the headline names no missed date"),
        m("i-fsc-delay-transfer", "achieved", FSC, O, P9_D,
          comment="112만 명 is the count, the target is not named: no target fields; one deck line, two follow-ups"),
        m("i-knpa-investigator-1200", "revision", KNPA, O, P9_D, target=1200.0, unit="명",
          deadline="2026-06-30", dtext="6월까지"),
        m("i-fsc-refund-1m", "delayed", FSC, O,
          "금융위는 지난해 하반기부터 피해금 환급을 1개월 안에 끝내겠다고 했지만, 지난해 4분기 환급에 걸린 기간은 평균 1.6개월이었다.",
          target=1.0, unit="개월", prev="2025-12-31",
          comment="the next sentence (3분기 2.1개월, 0.5개월) is the reporter's arithmetic: not annotated"),
        m("i-fsc-fds-platform", "achieved", FSC, O,
          "9월까지 구축하기로 한 AI 이상거래 탐지 공유 플랫폼은 예정대로 지난해 9월 문을 열었다.",
          deadline="2025-09-30", dtext="9월까지", comment="on time: the deadline is kept"),
        m("i-fsc-delay-transfer", "achieved", FSC, O,
          "지연이체 서비스 가입자는 지난해 말 112만 명으로 늘어 목표(100만 명)를 넘어섰다.",
          target=1000000.0, unit="명", deadline="2025-12-31", dtext="지난해 말",
          comment="on time: 지난해 말 = the promised 연내"),
        m("i-knpa-investigator-1200", "delayed", KNPA, O,
          "경찰청은 전담 수사관을 연내 1,200명으로 늘리겠다고 했지만 지난해 말 기준 1,030명에 그쳤다.",
          target=1200.0, unit="명", prev="2025-12-31", comment="'연내' here is the promise of 2025 as reported"),
        m("i-knpa-investigator-1200", "revision", KNPA, O, "경찰청은 나머지 170명을 올해 6월까지 배치하기로 했다.",
          target=170.0, unit="명", deadline="2026-06-30", dtext="올해 6월까지",
          comment="a revision that covers only the remainder takes the remainder as target (as h's '나머지 1척')"),
        m("i-knpa-onestop", "achieved", KNPA, O,
          "피해 신고를 한 번에 받는 통합신고대응센터는 7월 개소 약속보다 두 달 늦은 9월 문을 열었다.",
          comment=LATE + " (7월부터 = 2025-07-31)"),
        m("i-fsc-loss-400b", "progress", FSC, O,
          "2026년까지 연간 피해액을 4,000억 원 아래로 줄이겠다던 목표와 달리 지난해 피해액은 1조 1,300억 원으로 오히려 늘었다.",
          target=KRW_400B, unit="원", deadline="2026-12-31", dtext="2026년까지",
          comment="before the deadline: progress (even though the figure went the wrong way)"),
        m("i-fsc-loss-400b", "progress", FSC, O, P9_Q, person="한정우", target=KRW_400B, unit="원",
          deadline="2026-12-31", dtext="올해 안에", comment="an official restating a deadline set on an earlier page: progress"),
        m("i-fsc-liability-bill", "new", FSC, O,
          "금융위는 보이스피싱 피해 일부를 금융회사가 먼저 배상하도록 하는 '무과실 배상책임' 도입을 위한 법 개정안을 상반기 중 국회에 제출하기로 했다.",
          deadline="2026-06-30", dtext="상반기 중"),
    ]))

# ---------------------------------------------------------------- 계절근로 3/3 (wire, (세종=) dateline)
P10_H = "공공형 계절근로 올해 100곳으로…기숙사 목표는 40곳→25곳 하향"
P10_Q = ("배수현 농식품부 농업인력정책관은 \"기숙사는 숫자보다 제대로 된 시설을 짓는 게 중요하다고 판단해 목표를 현실에 맞게 조정했다\"며 "
         "\"공공형 100곳은 연내 반드시 채우겠다\"고 말했다.")
PAGES.append(dict(
    source="2026-05-12_i_seasonal-workers-wire.txt", title=P10_H, published_at="2026-05-12",
    mentions=[
        m("i-mafra-public-100", "new", MAFRA, O, P10_H, target=100.0, unit="곳", deadline="2026-12-31", dtext="올해",
          comment="a new commitment for 2026, not a revision of the 2025 70곳 (as h's 14만 → 15만 톤)"),
        m("i-mafra-dorm-40", "revision", MAFRA, O, P10_H, target=25.0, unit="곳",
          comment="new target; the headline names no date"),
        m("i-mafra-public-100", "new", MAFRA, O,
          "농림축산식품부가 농협이 외국인 계절근로자를 고용해 일손이 필요한 농가에 보내는 공공형 계절근로를 올해 100곳으로 늘린다.",
          target=100.0, unit="곳", deadline="2026-12-31", dtext="올해",
          comment="the wire dateline '(세종=가람통신) 문지후 기자 = ' is not part of the sentence"),
        m("i-mafra-public-70", "achieved", MAFRA, O, "지난해 공공형 계절근로는 목표(70곳)보다 많은 72곳에서 운영됐다.",
          target=70.0, unit="곳", deadline="2025-12-31", dtext="지난해", comment="on time: 지난해 = the promised year"),
        m("i-mafra-dorm-40", "revision", MAFRA, O,
          "농식품부는 2026년까지 40곳을 짓기로 했던 공공 기숙사 목표를 25곳으로 낮췄다.",
          target=25.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment="target lowered, deadline unchanged: the sentence's 2026년까지 is still the deadline; no previous_deadline"),
        m("i-mafra-dorm-40", "progress", MAFRA, O, "지금까지 문을 연 기숙사는 14곳이다.",
          comment="a measured value without the target (as h's '지금까지 계약을 마친 대형 헬기는 4대'): no target fields"),
        m("i-mafra-contract-100", "achieved", MAFRA, O,
          "상반기 중 모든 계약에 적용하겠다던 전자 근로계약은 지난해 11월에야 적용률 100%를 채웠다.",
          target=100.0, unit="%", comment=LATE + " (상반기 = 2025-06-30)"),
        m("i-mafra-insurance", "revision", MAFRA, O,
          "1월부터 의무화하기로 했던 계절근로자 상해보험은 보험사들의 상품 개발이 늦어지면서 시행 시기가 7월로 미뤄졌다.",
          deadline="2026-07-31", dtext="7월", prev="2026-01-31",
          comment="'7월로 미뤄졌다' for a start date: that month's last day"),
        m("i-mafra-app", "cancelled", MAFRA, O,
          "농식품부는 지난해 하반기 내놓기로 했던 계절근로자 전용 앱 계획을 철회했다.",
          prev="2025-12-31",
          comment="the next sentence (a menu in 고용노동부's app instead) has no number or date: not annotated"),
        m("i-mafra-interpreter-400", "new", MAFRA, O, "농식품부는 또 계절근로자 통역 인력을 올해 400명으로 늘린다.",
          target=400.0, unit="명", deadline="2026-12-31", dtext="올해",
          comment="'지난해에는 300명이 활동했다' that follows is a baseline (the 300명 promise was annotated achieved in 2025-09)"),
        m("i-moj-leave-5", "delayed", MOJ, O, "법무부에 따르면 지난해 계절근로자 무단이탈률은 6.9%로 목표(5% 미만)를 넘었다.",
          target=5.0, unit="%", prev="2025-12-31", comment="지난해 = the promised year"),
        m("i-moj-broker-bounty", "new", MOJ, O,
          "법무부는 무단이탈을 알선하는 불법 브로커를 신고하면 최대 500만 원의 포상금을 주는 제도를 7월부터 시행하기로 했다.",
          deadline="2026-07-31", dtext="7월부터", comment="'최대 500만 원' is a programme parameter: no target fields"),
        m("i-mafra-public-100", "new", MAFRA, O, P10_Q, person="배수현", target=100.0, unit="곳",
          deadline="2026-12-31", dtext="연내",
          comment="the first half of the quote is the reason for the 기숙사 revision: annotated only for its second half"),
    ]))

# ---------------------------------------------------------------- 자살 예방 (standalone editorial)
P11_T = "[사설] 자살예방의 날, 1년 전 약속은 얼마나 지켜졌나"
P11_TWO = ("자살예방 상담전화 109의 응답률을 지난해 안에 90%로 끌어올리겠다고 했고, "
           "2026년까지 지역 정신건강복지센터의 자살예방 전담 인력을 500명 늘리겠다고 했다.")
PAGES.append(dict(
    source="2026-09-09_i_suicide-prevention-editorial.txt", title=P11_T, published_at="2026-09-09",
    mentions=[
        m("i-mohw-hotline-90", "new", MOHW, O, P11_TWO, target=90.0, unit="%", deadline="2025-12-31", dtext="지난해 안에",
          comment="the promises are first seen in this editorial: new (as g's 공정위 editorial); the body is 보건복지부 "
                  "from the previous sentence; one sentence, two commitments"),
        m("i-mohw-counselor-500", "new", MOHW, O, P11_TWO, target=500.0, unit="명", deadline="2026-12-31", dtext="2026년까지"),
        m("i-mohw-er-link", "new", MOHW, O,
          "응급실을 찾은 자살 시도자를 퇴원 뒤 지역 사후관리 기관으로 이어 주는 서비스는 지난해 말까지 전국 모든 권역응급의료센터로 넓히겠다고 약속했다.",
          deadline="2025-12-31", dtext="지난해 말까지"),
        m("i-mohw-sns-ai", "new", MOHW, O,
          "복지부는 SNS에 올라오는 자살 유해정보를 AI로 찾아내 지우는 모니터링 시스템도 올해 상반기까지 구축하겠다고 했다.",
          deadline="2026-06-30", dtext="올해 상반기까지"),
        m("i-mohw-rate-17", "new", MOHW, O,
          "이 모든 약속 위에는 2030년까지 인구 10만 명당 자살률을 17명으로 낮춘다는 목표가 걸려 있다.",
          target=17.0, unit="명", deadline="2030-12-31", dtext="2030년까지", comment="'10만 명당' is the rate's base, not the target"),
        m("i-mohw-hotline-90", "delayed", MOHW, O, "109 응답률은 지난해 말 81%에 머물렀다.", prev="2025-12-31",
          comment="81% is the measured rate; 지난해 = the promised year"),
        m("i-mohw-counselor-500", "progress", MOHW, O, "상담 인력은 올해 8월까지 190명 느는 데 그쳐 목표의 절반에도 못 미친다.",
          comment="before the deadline (2026-12-31): progress; '올해 8월까지' is when the count was taken, not a deadline; "
                  "190명 is the count: no target fields"),
        m("i-mohw-sns-ai", "cancelled", MOHW, O, "AI 모니터링 시스템은 관련 예산이 전액 깎이면서 지난 4월 백지화됐다."),
        m("i-mohw-er-link", "achieved", MOHW, O,
          "그나마 자살 시도자 사후관리 연계는 약속대로 지난해 말 전국 권역응급의료센터 44곳 모두로 확대됐다.",
          deadline="2025-12-31", dtext="지난해 말",
          comment="on time; 44곳 is the count of all centres reached, the promise named no number: no target fields"),
        m("i-mohw-hotline-90", "revision", MOHW, O,
          "복지부는 이번 주 내놓을 보완 대책에서 109 응답률 90% 달성 시점을 내년 상반기로 다시 잡기로 했다.",
          target=90.0, unit="%", deadline="2027-06-30", dtext="내년 상반기"),
    ]))

# ---------------------------------------------------------------- year-end roundup (several bodies)
P12_H = "[2026 약속 추적] 전세사기·보이스피싱·양육비 선지급…부처 약속 어디까지 왔나"
P12_D1 = "전세사기 피해주택 5,000호 매입 8월에야 달성"
P12_D2 = "보이스피싱 피해액 '4,000억 원' 목표는 사실상 철회"
P12_Q = ("강지은 성평등가족부 가족정책관은 \"내년 상반기 안에 양육비를 주지 않는 부모의 소득에서 선지급금을 자동으로 "
         "떼어 가는 징수 체계를 갖추겠다\"고 말했다.")
PAGES.append(dict(
    source="2026-11-24_i_promise-tracker-roundup.txt", title=P12_H, published_at="2026-11-24",
    mentions=[
        m("i-molit-buy-5000", "achieved", MOLIT, O, P12_D1, target=5000.0, unit="호",
          comment=LATE + " (revised deadline 2026-06-30)"),
        m("i-fsc-loss-400b", "cancelled", FSC, O, P12_D2, target=KRW_400B, unit="원"),
        m("i-molit-buy-5000", "achieved", MOLIT, O,
          "올해 상반기까지 채우겠다던 전세사기 피해주택 5,000호 매입은 두 달 늦은 8월 말에야 달성됐다.",
          target=5000.0, unit="호", comment=LATE + " (상반기까지 = 2026-06-30); '5,870호' next is evidence"),
        m("i-molit-decision-30", "delayed", MOLIT, O,
          "지난해 상반기까지 30일로 줄이겠다던 피해자 결정 기간은 올해 3분기 평균 33일로 여전히 목표에 닿지 못했다.",
          target=30.0, unit="일", prev="2025-06-30"),
        m("i-molit-decision-30", "revision", MOLIT, O, "국토부는 결정 기간 30일 달성 시점을 내년 상반기로 다시 잡았다.",
          target=30.0, unit="일", deadline="2027-06-30", dtext="내년 상반기"),
        m("i-molit-online-apply", "achieved", MOLIT, O, "3월부터 받기로 한 피해자 결정 온라인 신청은 예정대로 3월 시작됐다.",
          deadline="2026-03-31", dtext="3월부터", comment="on time: the deadline is kept"),
        m("i-molit-jeonse-check", "cancelled", MOLIT, O,
          "반면 지난해 12월 출시됐어야 할 '전세 안심 진단' 서비스는 민간 플랫폼과 기능이 겹친다는 지적 끝에 올해 2월 철회됐다.",
          prev="2025-12-31"),
        m("i-molit-hug-45", "delayed", MOLIT, O,
          "HUG의 대위변제 기간은 지난해 말 평균 52일, 올해 9월 49일로 여전히 '45일' 목표에 못 미친다.",
          target=45.0, unit="일", prev="2025-12-31", comment="지난해 말 = the promised 연내"),
        m("i-fsc-loss-400b", "cancelled", FSC, O,
          "금융위는 2026년까지 연간 피해액을 4,000억 원 아래로 줄이겠다던 목표를 사실상 철회했다.",
          target=KRW_400B, unit="원", prev="2026-12-31",
          comment="the target is dropped before its deadline; the next sentence (new focus on 환급률) has no number: not annotated"),
        m("i-fsc-refund-1m", "delayed", FSC, O,
          "피해금 환급 기간은 올해 3분기 평균 1.2개월로 줄었지만 여전히 '1개월 이내' 약속에는 못 미친다.",
          target=1.0, unit="개월"),
        m("i-knpa-investigator-1200", "delayed", KNPA, O,
          "경찰청은 올해 6월까지 나머지 170명을 배치해 전담 수사관 1,200명을 채우겠다고 했지만, 6월 말 기준 인원은 1,160명이었다.",
          target=1200.0, unit="명", prev="2026-06-30",
          comment="the revised deadline missed; target = the commitment's total (1,200), 170 is the remainder recalled"),
        m("i-fsc-liability-bill", "revision", FSC, O,
          "상반기 중 국회에 내겠다던 금융회사 무과실 배상책임 법 개정안은 업계 반발로 제출 시점이 연말로 미뤄졌다.",
          deadline="2026-12-31", dtext="연말", prev="2026-06-30"),
        m("i-mogef-decide-30", "delayed", MOGE, O,
          "여성가족부에서 이름을 바꾼 성평등가족부는 선지급 신청부터 지급 결정까지 30일 안에 끝내겠다던 약속을 아직 지키지 못하고 있다.",
          target=30.0, unit="일",
          comment="promise made by 여성가족부; from 2025-10-01 the body is 성평등가족부. The next sentence (47일) is the supporting figure"),
        m("i-mogef-recover-25", "delayed", MOGE, O,
          "지난해 말까지 25%로 끌어올리겠다던 선지급금 회수율은 지난해 말 9.7%에 그쳤다.",
          target=25.0, unit="%", prev="2025-12-31"),
        m("i-mogef-online-9", "achieved", MOGE, O,
          "9월까지 열기로 한 '복지로' 온라인 신청은 석 달 늦은 지난해 12월에야 문을 열었다.",
          comment=LATE + " (9월까지 = 2025-09-30)"),
        m("i-mogef-staff-60", "delayed", MOGE, O,
          "하반기에 60명을 늘리기로 했던 양육비이행관리원 전담 인력은 지난해 말까지 41명 충원에 그쳤다.",
          target=60.0, unit="명", prev="2025-12-31"),
        m("i-mogef-income-180", "revision", MOGE, O,
          "올해부터 중위소득 180% 이하로 넓히겠다던 지원 대상 확대는 예산 협의가 끝나지 않아 2027년으로 미뤄졌다.",
          target=180.0, unit="%", deadline="2027-12-31", dtext="2027년", prev="2026-12-31",
          comment="'올해부터' on this page = the 2025 page's '내년부터' = 2026-12-31"),
        m("i-moge-auto-collect", "new", MOGE, O, P12_Q, person="강지은", deadline="2027-06-30", dtext="내년 상반기 안에"),
        m("i-mss-market-online-500", "new", MSS, S,
          "중기부는 올해 1월 \"연말까지 전통시장 500곳을 온라인 장보기 플랫폼에 입점시키겠다\"고 밝혔다.",
          target=500.0, unit="곳", deadline="2026-12-31", dtext="연말까지",
          comment="first report in the set of an early-2026 promise: new; category startup (전통시장·소상공인, 중소벤처기업부)"),
        m("i-mss-market-online-500", "progress", MSS, S, "10월 말 현재 입점한 시장은 318곳이다.",
          comment="measured value without the target, before the deadline: progress, no target fields"),
        m("i-mafra-public-100", "progress", MAFRA, O,
          "농식품부가 올해 100곳으로 늘리겠다던 공공형 계절근로는 10월 현재 91곳에서 운영 중이다.",
          target=100.0, unit="곳", deadline="2026-12-31", dtext="올해"),
        m("i-molit-lowbus-58", "progress", MOLIT, O,
          "국토부의 시내버스 저상버스 도입률은 지난해 말 47.5%로, 2026년까지 58%로 높이겠다는 목표와는 거리가 있다.",
          target=58.0, unit="%", deadline="2026-12-31", dtext="2026년까지"),
        m("i-mohw-guardian-1000", "progress", MOHW, O,
          "복지부가 2026년까지 1,000명을 확보하겠다던 공공후견인은 9월 말 현재 640명이다.",
          target=1000.0, unit="명", deadline="2026-12-31", dtext="2026년까지"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-24)
LAST = "2026-11-24"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    ("i-mafra-public-70", MAFRA, O, "공공형 계절근로 2025년 70곳 운영", "achieved", "72곳"),
    ("i-mafra-public-100", MAFRA, O, "공공형 계절근로 2026년 100곳 운영", "in_progress", "91곳 in October 2026"),
    ("i-mafra-dorm-40", MAFRA, O, "계절근로자 공공 기숙사 2026년까지 40곳 (→ 25곳)", "revised",
     "target lowered 2026-05-12; deadline 2026-12-31 not yet passed"),
    ("i-mafra-contract-100", MAFRA, O, "전자 근로계약 2025년 상반기 모든 계절근로 계약 적용", "achieved", "November 2025"),
    ("i-mafra-interpreter-300", MAFRA, O, "계절근로 통역 인력 300명 2025년 4월까지 배치", "achieved", "June 2025"),
    ("i-mafra-interpreter-400", MAFRA, O, "계절근로 통역 인력 2026년 400명", "announced", ""),
    ("i-mafra-wage-account", MAFRA, O, "계절근로자 임금 본인 명의 계좌 지급 2025년 3월부터", "achieved", ""),
    ("i-mafra-app", MAFRA, O, "계절근로자 전용 앱 2025년 하반기 출시", "cancelled", ""),
    ("i-mafra-insurance", MAFRA, O, "계절근로자 상해보험 가입 의무화 (2026년 1월 → 7월)", "delayed",
     "revised 2026-05-12 to 2026-07-31; that deadline passed before 2026-11-24 with no report"),
    ("i-moj-leave-5", MOJ, O, "계절근로자 무단이탈률 2025년 5% 미만", "delayed", "6.9%"),
    ("i-moj-broker-bounty", MOJ, O, "불법 브로커 신고 포상금 제도 2026년 7월부터 시행", "delayed",
     "deadline 2026-07-31 passed with no report (the wire is its only page)"),
    ("i-molit-buy-5000", MOLIT, O, "전세사기 피해주택 5,000호 매입 (2025년 내 → 2026년 상반기)", "achieved", "August 2026"),
    ("i-molit-decision-30", MOLIT, O, "전세사기 피해자 결정 기간 평균 30일 (2025년 상반기 → 2027년 상반기)", "revised", ""),
    ("i-molit-center-17", MOLIT, O, "전세피해지원센터 2025년 9월까지 17개 시도", "achieved", ""),
    ("i-molit-jeonse-check", MOLIT, O, "'전세 안심 진단' 서비스 2025년 하반기 출시", "cancelled", "withdrawn February 2026"),
    ("i-molit-hug-45", MOLIT, O, "HUG 대위변제 기간 2025년 내 평균 45일", "delayed", "52일 / 49일"),
    ("i-molit-online-apply", MOLIT, O, "전세사기 피해자 결정 온라인 신청 2026년 3월부터", "achieved", ""),
    ("i-molit-lowbus-58", MOLIT, O, "시내버스 저상버스 도입률 2026년까지 58%", "in_progress", "47.5% at the end of 2025"),
    ("i-molit-intercity-300", MOLIT, O, "휠체어 탑승 시외·고속버스 2026년까지 300대", "announced", ""),
    ("i-molit-stt-wait-30", MOLIT, O, "특별교통수단 평균 대기 시간 2027년까지 30분 이내", "announced", ""),
    ("i-molit-stt-booking", MOLIT, O, "특별교통수단 광역 통합예약 시스템 2026년 6월까지 구축", "delayed",
     "deadline 2026-06-30 passed with no report (the correction page is its only one)"),
    ("i-fsc-refund-1m", FSC, O, "보이스피싱 피해금 환급 기간 1개월 (2025년 하반기부터)", "delayed", "1.6개월, then 1.2개월"),
    ("i-fsc-fds-platform", FSC, O, "전 금융권 AI 이상거래 탐지 공유 플랫폼 2025년 9월까지 구축", "achieved", ""),
    ("i-fsc-delay-transfer", FSC, O, "지연이체 서비스 가입자 2025년 내 100만 명", "achieved", "112만 명"),
    ("i-fsc-loss-400b", FSC, O, "보이스피싱 연간 피해액 2026년까지 4,000억 원 미만", "cancelled", ""),
    ("i-fsc-liability-bill", FSC, O, "금융회사 무과실 배상책임 법 개정안 국회 제출 (2026년 상반기 → 연말)", "revised", ""),
    ("i-knpa-investigator-1200", KNPA, O, "보이스피싱 전담 수사관 1,200명 (2025년 내 → 2026년 6월)", "delayed", "1,160명 at the end of June 2026"),
    ("i-knpa-onestop", KNPA, O, "보이스피싱 통합신고대응센터 2025년 7월부터 24시간 운영", "achieved", "September 2025"),
    ("i-mohw-dementia-night", MOHW, O, "야간·주말 운영 치매안심센터 2025년 내 100곳", "delayed",
     "deadline 2025-12-31 passed with no report (the brief is its only page)"),
    ("i-mohw-dementia-screen", MOHW, O, "만 75세 이상 인지 선별검사 2025년 200만 명", "delayed",
     "deadline 2025-12-31 passed with no report"),
    ("i-mohw-guardian-1000", MOHW, O, "치매 공공후견인 2026년까지 1,000명", "in_progress", "640명 in September 2026"),
    ("i-mohw-hotline-90", MOHW, O, "자살예방 상담전화 109 응답률 90% (2025년 내 → 2027년 상반기)", "revised", ""),
    ("i-mohw-counselor-500", MOHW, O, "자살예방 전담 인력 2026년까지 500명 증원", "in_progress", "190명 by August 2026"),
    ("i-mohw-er-link", MOHW, O, "자살 시도자 사후관리 연계 2025년 말까지 전국 권역응급의료센터", "achieved", ""),
    ("i-mohw-sns-ai", MOHW, O, "SNS 자살 유해정보 AI 모니터링 시스템 2026년 상반기 구축", "cancelled", ""),
    ("i-mohw-rate-17", MOHW, O, "자살률 2030년까지 인구 10만 명당 17명", "announced", ""),
    ("i-mogef-decide-30", MOGE, O, "양육비 선지급 신청 후 30일 안에 지급 결정 (2025년 7월부터)", "delayed", "47일"),
    ("i-mogef-recover-25", MOGE, O, "양육비 선지급금 회수율 2025년 말까지 25%", "delayed", "9.7%"),
    ("i-mogef-online-9", MOGE, O, "양육비 선지급 '복지로' 온라인 신청 2025년 9월까지", "achieved", "December 2025"),
    ("i-mogef-staff-60", MOGE, O, "양육비이행관리원 전담 인력 2025년 하반기 60명 충원", "delayed", "41명"),
    ("i-mogef-income-180", MOGE, O, "양육비 선지급 소득 기준 중위소득 180% 이하로 완화 (2026년 → 2027년)", "revised", ""),
    ("i-moge-auto-collect", MOGE, O, "선지급금 자동 징수 체계 2027년 상반기 구축", "announced", ""),
    ("i-mss-market-online-500", MSS, S, "전통시장 500곳 온라인 장보기 입점 2026년 말까지", "in_progress", "318곳 in October 2026"),
]


if __name__ == "__main__":
    write(ROOT, "i", PAGES, COMMITMENTS, LAST,
          ['ministry = the responsible body under the name valid on that date (여성가족부 promises are',
           'listed under 성평등가족부, its successor from 2025-10-01).'],
          with_commitments="--commitments" in sys.argv[1:])
