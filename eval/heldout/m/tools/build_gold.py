"""Writes the hand annotations of held-out set m to gold/*.toml.

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

KCS = "관세청"
MFDS = "식품의약품안전처"
MOTIE = "산업통상자원부"     # until 2025-09-30
MOTI = "산업통상부"         # from 2025-10-01 (successor of 산업통상자원부)
MOEF = "기획재정부"         # until 2026-01-01
MOFE = "재정경제부"         # from 2026-01-02 (the tax half of 기획재정부; the budget half is 기획예산처)
MAFRA = "농림축산식품부"
MSS = "중소벤처기업부"
FSC = "금융위원회"
KFS = "산림청"
MOHW = "보건복지부"
MOLIT = "국토교통부"

O = "other"
F = "fiscal"     # 기획재정부/재정경제부's 직구 면세 누적 한도 (a tax rule: 관세법 시행령)
S = "startup"    # 소상공인 폐업 지원 (중기부 and 금융위's 소상공인 promises)
C = "climate"    # 산림청's 탄소흡수원 promises (all from the '산림 탄소흡수원 확충 전략')

LATE = "achieved after the deadline the commitment named; no deadline fields (the sentence names a missed date or none)"
LATER = "deadline moved later: delayed (sample-corpus convention, as in j/k/l), new date in deadline"

PAGES: list[dict] = []

# ---------------------------------------------------------------- 해외직구 1/3 (wire, (세종=) dateline; four bodies)
P1_H = "해외직구 안전성 검사 올해 1만 건으로 3배 늘린다…위해물품 차단 시스템 하반기 구축"
PAGES.append(dict(
    source="2025-02-18_m_direct-purchase-safety-wire.txt", title=P1_H, published_at="2025-02-18",
    mentions=[
        m("m-kcs-test-10k", "new", KCS, O, P1_H, target=10000.0, unit="건", deadline="2025-12-31", dtext="올해",
          comment="the headline names no body: the article's body (관세청); '3배' is the ratio to last year, not the target"),
        m("m-kcs-block-system", "new", KCS, O, P1_H, deadline="2025-12-31", dtext="하반기",
          comment="one headline, two commitments"),
        m("m-kcs-test-10k", "new", KCS, O,
          "관세청이 해외 온라인 플랫폼에서 산 직구 물품의 안전성 검사를 올해 1만 건으로 지난해의 3배 가까이 늘린다.",
          target=10000.0, unit="건", deadline="2025-12-31", dtext="올해",
          comment="the wire dateline '(세종=미르통신) 채하람 기자 = ' is not part of the sentence"),
        m("m-kcs-block-system", "new", KCS, O,
          "관세청은 검사에서 위해성이 확인된 물품의 판매 정보와 통관 정보를 식약처, 국가기술표준원과 함께 들여다보는 '위해물품 통관 차단 정보 공유 시스템'을 하반기 구축한다.",
          deadline="2025-12-31", dtext="하반기"),
        m("m-kcs-alert", "new", KCS, O,
          "관세청은 또 4월부터 위해물품으로 판정된 제품 정보를 소비자 휴대전화로 바로 알려 주는 '직구안전 알리미' 서비스를 시작한다.",
          deadline="2025-04-30", dtext="4월부터"),
        m("m-mfds-food-600", "new", MFDS, O,
          "식약처는 해외직구 식품에서 검사하는 위해 성분을 현재 300종에서 2026년까지 600종으로 늘린다.",
          target=600.0, unit="종", deadline="2026-12-31", dtext="2026년까지",
          comment="300종 is the baseline; the 46종 in the next sentence is a statistic"),
        m("m-motie-kid-labs-3", "new", MOTIE, O,
          "산업통상자원부 국가기술표준원은 어린이 제품 직구 물품만 전담해 검사하는 시험기관 3곳을 상반기 중 지정하기로 했다.",
          target=3.0, unit="곳", deadline="2025-06-30", dtext="상반기 중",
          comment="국가기술표준원 is an agency of 산업통상자원부 (not in ministries.csv): the body is the ministry"),
        m("m-moef-duty-cap", "new", MOEF, F,
          "기획재정부는 개인이 1년 동안 면세로 들여올 수 있는 직구 금액에 누적 한도를 두는 관세법 시행령 개정을 추진해 내년 1월부터 적용하기로 했다.",
          deadline="2026-01-31", dtext="내년 1월부터",
          comment="a tax rule: fiscal; the 150/200달러 per-item rule in the next sentence is the current law"),
        m("m-kcs-test-10k", "new", KCS, O,
          "모하준 관세청 통관국장은 \"값싼 직구 물품이 아이들 장난감과 식탁까지 들어와 있는데 안전 검증은 한참 뒤처져 있었다\"며 \"올해 1만 건 검사 목표는 반드시 채우겠다\"고 말했다.",
          person="모하준", target=10000.0, unit="건", deadline="2025-12-31", dtext="올해",
          comment="the consumer group's 5만 건 demand and the platform's 3천억 원 / 100명 plan that follow are not annotated"),
    ]))

# ---------------------------------------------------------------- 온라인 도매시장 1/3 (Q&A interview, two deck lines)
PYO = "표서진"
P2_H = ("[인터뷰] 표서진 농식품부 유통정책관 \"온라인 도매시장 거래액 올해 1조 원…하반기부터 거래 다음 날 정산\"")
P2_D1 = "판매자 가입 기준 5월부터 연 거래액 10억 원으로 낮춰"
P2_D2 = "공동 물류거점 2026년까지 5곳…축산물 거래 9월 시범"
PAGES.append(dict(
    source="2025-03-20_m_online-wholesale-interview.txt", title=P2_H, published_at="2025-03-20",
    mentions=[
        m("m-mafra-owm-1t", "new", MAFRA, O, P2_H, person=PYO, target=1000000000000.0, unit="원",
          deadline="2025-12-31", dtext="올해", comment="interview headline: the interviewee"),
        m("m-mafra-owm-next-day", "new", MAFRA, O, P2_H, person=PYO, deadline="2025-12-31", dtext="하반기부터",
          comment="one headline, two commitments; '다음 날' is no number: no target fields"),
        m("m-mafra-owm-seller-10b", "new", MAFRA, O, P2_D1, target=1000000000.0, unit="원", deadline="2025-05-31",
          dtext="5월부터", comment="a threshold lowered to a stated value is the target (as l's 중위소득 120%)"),
        m("m-mafra-owm-hubs-5", "new", MAFRA, O, P2_D2, target=5.0, unit="곳", deadline="2026-12-31", dtext="2026년까지"),
        m("m-mafra-owm-livestock", "new", MAFRA, O, P2_D2, deadline="2025-09-30", dtext="9월",
          comment="one deck line, two commitments"),
        m("m-mafra-owm-1t", "new", MAFRA, O, "올해 거래액을 1조 원으로 끌어올리겠다.", person=PYO,
          target=1000000000000.0, unit="원", deadline="2025-12-31", dtext="올해",
          comment="Q&A answer: the 'A. ' label is not part of the sentence; '2.7배' (next sentence) is arithmetic"),
        m("m-mafra-owm-seller-10b", "new", MAFRA, O,
          "5월부터 이 기준을 10억 원으로 낮춰 작은 농협과 영농조합법인도 들어올 수 있게 하겠다.", person=PYO,
          target=1000000000.0, unit="원", deadline="2025-05-31", dtext="5월부터", comment="20억 원 is the baseline"),
        m("m-mafra-owm-next-day", "new", MAFRA, O, "하반기부터는 거래 다음 날 바로 정산해 주겠다.", person=PYO,
          deadline="2025-12-31", dtext="하반기부터"),
        m("m-mafra-owm-hubs-5", "new", MAFRA, O,
          "산지에서 모은 물량을 권역별로 나눠 보내는 공동 물류거점을 2026년까지 5곳 만들겠다.", person=PYO,
          target=5.0, unit="곳", deadline="2026-12-31", dtext="2026년까지"),
        m("m-mafra-owm-livestock", "new", MAFRA, O,
          "9월에는 한우와 돼지고기 같은 축산물 거래를 시범으로 시작한다.", person=PYO,
          deadline="2025-09-30", dtext="9월"),
        m("m-mafra-owm-1t", "new", MAFRA, O, "거래액 1조 원은 올해 반드시 넘기겠다.", person=PYO,
          target=1000000000000.0, unit="원", deadline="2025-12-31", dtext="올해",
          comment="'상생 방안을 계속 논의해 나가겠다' is undated: not annotated; nor 경상북도's 40곳 or the 8조 원 forecast"),
    ]))

# ---------------------------------------------------------------- 폐업 지원 (press-release style: ▲ lines, one deck line; two bodies)
P3_H = "폐업 소상공인 점포 철거비 최대 400만 원으로…'폐업 한 번에' 원스톱 신청 9월 개통"
P3_D = "중기부, 올해 재기 지원 4만 명…금융위는 하반기 '폐업 브릿지 보증'"
P3_L = ("중소벤처기업부가 장사를 접는 소상공인의 점포 철거비 지원을 늘리고, 폐업 신고와 지원 신청을 한 번에 할 수 있는 "
        "원스톱 창구를 만든다.")
PAGES.append(dict(
    source="2025-04-22_m_closure-support-release.txt", title=P3_H, published_at="2025-04-22",
    mentions=[
        m("m-mss-closure-demolish-4m", "new", MSS, S, P3_H, target=4000000.0, unit="원",
          comment="the first clause has no date: no deadline fields; the headline names no body (중기부's plan)"),
        m("m-mss-closure-onestop", "new", MSS, S, P3_H, deadline="2025-09-30", dtext="9월",
          comment="one headline, two commitments"),
        m("m-mss-closure-return-40k", "new", MSS, S, P3_D, target=40000.0, unit="명", deadline="2025-12-31", dtext="올해"),
        m("m-fsc-closure-bridge", "new", FSC, S, P3_D, deadline="2025-12-31", dtext="하반기",
          comment="a deck line with two bodies: one entry per body"),
        m("m-mss-closure-demolish-4m", "new", MSS, S, P3_L,
          comment="one sentence, two commitments, neither with a number or date in it"),
        m("m-mss-closure-onestop", "new", MSS, S, P3_L),
        m("m-mss-closure-demolish-4m", "new", MSS, S, "▲점포 철거비 지원 한도 250만 원→400만 원 상향(7월부터)",
          target=4000000.0, unit="원", deadline="2025-07-31", dtext="7월부터",
          comment="each ▲ point stands on its own line: one sentence each, the ▲ included; 250만 원 is the baseline"),
        m("m-mss-closure-onestop", "new", MSS, S, "▲온라인 '폐업 한 번에' 원스톱 신청 서비스 개통(9월)",
          deadline="2025-09-30", dtext="9월"),
        m("m-mss-closure-return-40k", "new", MSS, S, "▲재취업·재창업 지원 '희망리턴패키지' 대상 4만 명으로 확대(올해)",
          target=40000.0, unit="명", deadline="2025-12-31", dtext="올해"),
        m("m-mss-closure-desk-70", "new", MSS, S, "▲전국 소상공인지원센터 70곳에 폐업·재기 전담 창구 설치(상반기)",
          target=70.0, unit="곳", deadline="2025-06-30", dtext="상반기"),
        m("m-mss-closure-demolish-4m", "new", MSS, S,
          "점포 철거비 지원은 7월부터 한도가 400만 원으로 오르고, 지원 대상도 점포 면적과 관계없이 모든 폐업 소상공인으로 넓어진다.",
          target=4000000.0, unit="원", deadline="2025-07-31", dtext="7월부터",
          comment="the 3.3㎡당 20만 원 / 250만 원 rule and the 580만 원 survey figure that follow are not annotated"),
        m("m-mss-closure-onestop", "new", MSS, S,
          "중기부는 9월 국세청과 전산을 연계해 폐업 신고만 하면 각종 지원 신청까지 한 번에 끝나는 '폐업 한 번에' 서비스를 연다.",
          deadline="2025-09-30", dtext="9월"),
        m("m-mss-closure-return-40k", "new", MSS, S, "중기부는 올해 지원 인원을 4만 명으로 늘리기로 했다.",
          target=40000.0, unit="명", deadline="2025-12-31", dtext="올해",
          comment="2만 6,000명 (previous sentence) is last year's usage; 최대 100만 원 is a benefit parameter"),
        m("m-mss-closure-desk-70", "new", MSS, S,
          "상반기 안에 전국 70곳 소상공인지원센터에 폐업·재기 전담 창구를 두고, 세무·법률 상담과 채무 조정 안내를 한자리에서 받을 수 있게 한다.",
          target=70.0, unit="곳", deadline="2025-06-30", dtext="상반기 안에",
          comment="the sentence has no subject: 중기부, the subject of the sentence before"),
        m("m-fsc-closure-bridge", "new", FSC, S,
          "금융위원회는 폐업한 소상공인이 보증부 대출을 한꺼번에 갚지 않고 최장 10년에 걸쳐 나눠 갚을 수 있는 '폐업 브릿지 보증'을 하반기부터 운영한다.",
          deadline="2025-12-31", dtext="하반기부터", comment="'최장 10년' is the repayment term (a parameter), not a target"),
        m("m-mss-closure-onestop", "new", MSS, S,
          "기하람 중기부 소상공인정책관은 \"폐업은 실패가 아니라 다음 출발을 위한 정리 과정이 돼야 한다\"며 \"9월 원스톱 서비스 개통 일정은 차질 없이 맞추겠다\"고 말했다.",
          person="기하람", deadline="2025-09-30", dtext="9월",
          comment="the 2,900억 원 budget, the 법무부 consultation, 소상공인연합회's 600만 원 demand and 서울시's 5,000명 are not annotated"),
    ]))

# ---------------------------------------------------------------- 산림 탄소흡수원 1/2 (straight news, two deck lines)
P4_H = "산림청, 도시숲 올해 300ha 더 만든다…'산림 탄소 인벤토리' 12월 첫 공개"
P4_D1 = "산림탄소상쇄 사업 2026년까지 1,000건으로…공공건축물 국산 목재 의무화"
P4_D2 = "노후 인공림 2만 3,000ha 어린나무로 바꿔 심어"
P4_L = ("산림청이 숲이 빨아들이는 온실가스를 늘리기 위해 올해 도시숲 300ha를 새로 조성하고, 나이 든 인공림 2만 3,000ha를 "
        "어린나무로 바꿔 심는다.")
PAGES.append(dict(
    source="2025-05-27_m_forest-carbon-sink.txt", title=P4_H, published_at="2025-05-27",
    mentions=[
        m("m-kfs-urban-300", "new", KFS, C, P4_H, target=300.0, unit="ha", deadline="2025-12-31", dtext="올해"),
        m("m-kfs-inventory", "new", KFS, C, P4_H, deadline="2025-12-31", dtext="12월", comment="one headline, two commitments"),
        m("m-kfs-offset-1000", "new", KFS, C, P4_D1, target=1000.0, unit="건", deadline="2026-12-31", dtext="2026년까지"),
        m("m-kfs-wood-decree", "new", KFS, C, P4_D1, comment="one deck line, two commitments; the 목재 clause has no date"),
        m("m-kfs-reforest-23k", "new", KFS, C, P4_D2, target=23000.0, unit="ha", comment="no date in the deck"),
        m("m-kfs-urban-300", "new", KFS, C, P4_L, target=300.0, unit="ha", deadline="2025-12-31", dtext="올해"),
        m("m-kfs-reforest-23k", "new", KFS, C, P4_L, target=23000.0, unit="ha", deadline="2025-12-31", dtext="올해",
          comment="one sentence, two commitments; '올해' governs both clauses"),
        m("m-kfs-offset-1000", "new", KFS, C, "산림청은 이를 2026년까지 1,000건으로 늘린다.", target=1000.0, unit="건",
          deadline="2026-12-31", dtext="2026년까지", comment="'이를' = 산림탄소상쇄 사업 (420건 registered, the baseline)"),
        m("m-kfs-offset-market", "new", KFS, C, "상쇄 실적을 사고팔 수 있는 온라인 거래 플랫폼도 연내 연다.",
          deadline="2025-12-31", dtext="연내"),
        m("m-kfs-inventory", "new", KFS, C,
          "숲이 실제로 얼마나 탄소를 흡수하는지 시군구 단위로 집계한 '국가 산림 탄소 인벤토리'는 12월 처음 공개한다.",
          deadline="2025-12-31", dtext="12월"),
        m("m-kfs-wood-decree", "new", KFS, C,
          "공공기관이 짓는 건축물에 국산 목재를 일정 비율 이상 쓰도록 하는 '탄소흡수원 증진법' 시행령 개정은 하반기 안에 마친다.",
          deadline="2025-12-31", dtext="하반기 안에",
          comment="'일정 비율' is no number; 1,000㎡ (two sentences on) is the scope of the rule, not a target"),
        m("m-kfs-offset-1000", "new", KFS, C,
          "여채린 산림청 산림자원국장은 \"숲도 나이를 먹으면 흡수량이 줄어든다\"며 \"2026년까지 상쇄 사업 1,000건을 채워 민간의 숲 가꾸기 투자를 끌어내겠다\"고 말했다.",
          person="여채린", target=1000.0, unit="건", deadline="2026-12-31", dtext="2026년까지",
          comment="the 2050 forecast, 강원도's 50ha (2027) and 경상남도's 30% ordinance are not annotated"),
    ]))

# ---------------------------------------------------------------- 어린이 급식 1/3 (regional paper, one deck line; two bodies)
P5_H = "소규모 어린이집·유치원 급식, 연내 모두 '관리 센터' 품으로…영양사 방문 월 2회로"
P5_D = "복지부, 어린이집 급·간식비 내년 1월부터 하루 3,500원으로"
PAGES.append(dict(
    source="2025-06-17_m_kids-meal-plan.txt", title=P5_H, published_at="2025-06-17",
    mentions=[
        m("m-mfds-meal-centre-100", "new", MFDS, O, P5_H, deadline="2025-12-31", dtext="연내",
          comment="the headline names no body: 식약처's plan; '모두' is no number: no target fields"),
        m("m-mfds-meal-visits-2", "new", MFDS, O, P5_H, target=2.0, unit="회",
          comment="one headline, two commitments; the 방문 clause has no date"),
        m("m-mohw-meal-3500", "new", MOHW, O, P5_D, target=3500.0, unit="원", deadline="2026-01-31", dtext="내년 1월부터"),
        m("m-mfds-meal-centre-100", "new", MFDS, O,
          "식품의약품안전처가 영양사가 없는 100인 미만 소규모 어린이집과 유치원을 연내 모두 어린이급식관리지원센터에 등록시켜 위생과 영양 관리를 받게 한다.",
          deadline="2025-12-31", dtext="연내", comment="'100인 미만' is the scope; no target number"),
        m("m-mfds-meal-visits-2", "new", MFDS, O,
          "센터 영양사가 급식소를 찾아가 위생 상태를 점검하고 식단을 살펴보는 순회 방문은 하반기부터 월 1회에서 2회로 늘린다.",
          target=2.0, unit="회", deadline="2025-12-31", dtext="하반기부터", comment="월 1회 is the baseline"),
        m("m-mfds-meal-allergy", "new", MFDS, O,
          "9월부터는 모든 급식소가 식단표에 알레르기 유발 식품을 표시하도록 의무화한다.",
          deadline="2025-09-30", dtext="9월부터", comment="the 22종 in the next sentence is the rule's scope, not a target"),
        m("m-mohw-meal-3500", "new", MOHW, O,
          "보건복지부는 물가 상승으로 급식의 질이 떨어진다는 지적에 따라 어린이집 급·간식비 지원 단가를 내년 1월부터 1인당 하루 2,500원에서 3,500원으로 올리기로 했다.",
          target=3500.0, unit="원", deadline="2026-01-31", dtext="내년 1월부터", comment="2,500원 is the baseline"),
        m("m-mfds-meal-centre-100", "new", MFDS, O,
          "마소윤 식약처 급식안전정책과장은 \"규모가 작을수록 급식 관리의 사각지대에 놓이기 쉽다\"며 \"연내 센터 등록률 100%를 반드시 달성하겠다\"고 말했다.",
          person="마소윤", target=100.0, unit="%", deadline="2025-12-31", dtext="연내",
          comment="here the goal has a number (100%); 대전시's 800곳 and 충남교육청's 120명 are not annotated"),
    ]))

# ---------------------------------------------------------------- 전세버스 (standalone; correction notice on top of the corrected article)
P6_H = "전세버스 운행기록 실시간 전송 내년 7월부터 의무화…노후 차량 안전검사 6개월마다"
PAGES.append(dict(
    source="2025-08-12_m_charter-bus-correction.txt", title=P6_H, published_at="2025-08-12",
    mentions=[
        m("m-molit-cbus-dtg", "new", MOLIT, O, P6_H, deadline="2026-07-31", dtext="내년 7월부터",
          comment="the headline names no body: 국토교통부's plan; the [바로잡습니다] lines above the body are not annotated"),
        m("m-molit-cbus-inspect-6m", "new", MOLIT, O, P6_H, target=6.0, unit="개월",
          comment="one headline, two commitments; an interval is a target (as i's durations); no date in the clause"),
        m("m-molit-cbus-dtg", "new", MOLIT, O,
          "국토교통부가 수학여행과 단체 관광에 쓰이는 전세버스의 운행 기록을 실시간으로 받아 과속과 휴게시간 위반을 바로 잡아내는 체계를 내년 7월부터 도입한다.",
          deadline="2026-07-31", dtext="내년 7월부터"),
        m("m-molit-cbus-inspect-6m", "new", MOLIT, O,
          "차령 10년이 넘은 전세버스의 정기 안전검사 주기는 10월부터 1년에서 6개월로 줄인다.",
          target=6.0, unit="개월", deadline="2025-10-31", dtext="10월부터", comment="1년 is the baseline"),
        m("m-molit-cbus-lookup", "new", MOLIT, O,
          "수학여행 전세버스를 빌리는 학교가 차량의 검사 이력과 운전기사의 경력, 사고 기록을 한 번에 조회할 수 있는 '안심 전세버스' 조회 서비스는 2학기 개학에 맞춰 다음 달 연다.",
          deadline="2025-09-30", dtext="다음 달", comment="'다음 달' on 2025-08-12 → September"),
        m("m-molit-cbus-dtg", "new", MOLIT, O,
          "구태하 국토부 대중교통과장은 \"아이들을 태우는 버스만큼은 한 치의 빈틈도 없어야 한다\"며 \"실시간 전송 체계는 내년 7월부터 차질 없이 시행하겠다\"고 말했다.",
          person="구태하", deadline="2026-07-31", dtext="내년 7월부터",
          comment="'… 할 계획이다' (단말기 교체, no date), the 기획재정부 consultation and 경기도's 120곳 are not annotated"),
    ]))

# ---------------------------------------------------------------- 해외직구 2/3 (국정감사 report, one deck line; after the 2025-10-01 rename)
SEOK = "석지안"
P7_H = "[2025 국감] 해외직구 위해물품 차단 시스템 내년 3월로…관세청 \"검사 1만 건 연내 채운다\""
P7_D = "국표원 직구 전담 시험기관 3곳 중 2곳만 지정"
PAGES.append(dict(
    source="2025-10-15_m_direct-purchase-audit.txt", title=P7_H, published_at="2025-10-15",
    mentions=[
        m("m-kcs-block-system", "delayed", KCS, O, P7_H, deadline="2026-03-31", dtext="내년 3월",
          comment=LATER + "; the headline does not name the old date"),
        m("m-kcs-test-10k", "progress", KCS, O, P7_H, target=10000.0, unit="건", deadline="2025-12-31", dtext="연내",
          comment="the body restating its unchanged date on a page that reports the shortfall: progress (l's 국감 convention); "
                  "the body as an institution: person ''"),
        m("m-motie-kid-labs-3", "delayed", MOTI, O, P7_D, target=3.0, unit="곳",
          comment="promise made by 산업통상자원부; from 2025-10-01 the body is 산업통상부; after the deadline (2025-06-30) "
                  "a shortfall is delayed; the deck does not name the old date"),
        m("m-kcs-block-system", "progress", KCS, O,
          "관세청은 지난 2월 위해물품의 판매 정보와 통관 정보를 관계 기관이 함께 보는 '위해물품 통관 차단 정보 공유 시스템'을 하반기 구축하겠다고 했지만, 지금까지 식품의약품안전처와의 연계만 끝났을 뿐 국가기술표준원 전산과는 아직 연결되지 않았다.",
          deadline="2025-12-31", dtext="하반기",
          comment="a step done, the rest not yet, before the deadline: progress (the delay is the next sentence)"),
        m("m-kcs-block-system", "delayed", KCS, O, "관세청은 시스템을 완전히 개통하는 시점을 내년 3월로 미뤘다.",
          deadline="2026-03-31", dtext="내년 3월", comment=LATER + "; the old date is in the previous sentence, not this one"),
        m("m-kcs-test-10k", "progress", KCS, O,
          "올해 1만 건으로 늘리겠다던 직구 물품 안전성 검사는 9월 말까지 6,100건에 그쳤다.",
          target=10000.0, unit="건", deadline="2025-12-31", dtext="올해",
          comment="before the deadline a shortfall is progress; '9월 말까지' is the reporting date, not a deadline"),
        m("m-kcs-test-10k", "progress", KCS, O,
          "답변에 나선 석지안 관세청 차장은 \"하반기 들어 한 달에 800건 넘게 검사하고 있다\"며 \"연말까지 1만 건은 반드시 채우겠다\"고 말했다.",
          person=SEOK, target=10000.0, unit="건", deadline="2025-12-31", dtext="연말까지",
          comment="the official restates the unchanged date on the page that reports progress: progress, not new"),
        m("m-kcs-alert", "achieved", KCS, O,
          "4월부터 시작하기로 한 '직구안전 알리미' 서비스는 예정대로 문을 열어 지금까지 42만 명이 가입했다.",
          deadline="2025-04-30", dtext="4월부터", comment="on time; 42만 명 is usage"),
        m("m-motie-kid-labs-3", "delayed", MOTI, O,
          "산업통상부(옛 산업통상자원부) 국가기술표준원이 상반기 중 지정하기로 했던 어린이 제품 직구 전담 시험기관은 3곳 가운데 2곳만 지정됐다.",
          target=3.0, unit="곳", prev="2025-06-30",
          comment="after the deadline, short (2 of 3): delayed; the missed '상반기 중' → previous_deadline"),
        m("m-moef-duty-cap", "progress", MOEF, F,
          "기획재정부는 개인 직구 면세 누적 한도를 내년 1월부터 적용하기 위한 관세법 시행령 개정안을 지난달 입법예고했다.",
          deadline="2026-01-31", dtext="내년 1월부터", comment="a step of the work before the deadline (still 기획재정부 until 2026-01-01)"),
        m("m-kcs-platform-5", "new", KCS, O,
          "석 차장은 \"해외 플랫폼과의 위해물품 판매 차단 협약을 연내 5곳으로 늘리겠다\"고 밝혔다.",
          person=SEOK, target=5.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment="'석 차장' = 석지안, named earlier on the page; 2곳 (previous sentence) is the baseline"),
        m("m-kcs-test-15k", "new", KCS, O,
          "관세청은 내년에는 직구 물품 검사를 1만 5,000건으로 더 늘리겠다는 계획도 내놨다.",
          target=15000.0, unit="건", deadline="2026-12-31", dtext="내년",
          comment="the lawmakers' 310건 / 41일, the 43명 staff figure and the 입법조사처 forecast are not annotated"),
    ]))

# ---------------------------------------------------------------- 온라인 도매시장 2/3 (TV script: 앵커/리포트/인터뷰 bites)
P8_H = "농산물 온라인 도매시장 '다음 날 정산' 안착…축산물 거래는 내년 3월로"
P8_N = "농식품부는 내년 거래액 목표를 2조 원으로 잡고, 다음 달부터는 대형 식자재 유통업체도 구매자로 참여할 수 있게 문을 열기로 했습니다."
PAGES.append(dict(
    source="2025-12-09_m_online-wholesale-tv.txt", title=P8_H, published_at="2025-12-09",
    mentions=[
        m("m-mafra-owm-next-day", "achieved", MAFRA, O, P8_H, comment="on time; the headline names no deadline"),
        m("m-mafra-owm-livestock", "delayed", MAFRA, O, P8_H, deadline="2026-03-31", dtext="내년 3월",
          comment=LATER + "; one headline, two follow-ups; the old date is not named"),
        m("m-mafra-owm-next-day", "achieved", MAFRA, O,
          "올해 하반기부터 주기로 한 거래 다음 날 정산은 예정대로 7월부터 시행되고 있습니다.",
          deadline="2025-12-31", dtext="하반기부터", comment="on time; '7월부터' is when it started, the promise said 하반기"),
        m("m-mafra-owm-seller-10b", "achieved", MAFRA, O,
          "판매자 가입 기준도 5월부터 연 거래액 10억 원으로 낮아지면서, 판매자는 연초 150곳에서 340곳으로 늘었습니다.",
          target=1000000000.0, unit="원", deadline="2025-05-31", dtext="5월부터",
          comment="on time; 150곳 → 340곳 is the effect, not a target"),
        m("m-mafra-owm-1t", "progress", MAFRA, O,
          "하지만 올해 1조 원을 목표로 한 거래액은 11월 말까지 7,800억 원에 머물렀습니다.",
          target=1000000000000.0, unit="원", deadline="2025-12-31", dtext="올해",
          comment="before the deadline a shortfall is progress; 7,800억 원 is the count"),
        m("m-mafra-owm-hubs-5", "progress", MAFRA, O,
          "2026년까지 5곳을 만들기로 한 공동 물류거점은 경기 이천과 경북 김천 2곳이 문을 열었습니다.",
          target=5.0, unit="곳", deadline="2026-12-31", dtext="2026년까지"),
        m("m-mafra-owm-livestock", "delayed", MAFRA, O,
          "9월 시작하기로 했던 축산물 시범 거래는 등급 판정 정보를 연계하는 작업이 늦어지면서 아직 첫 거래를 하지 못했습니다.",
          prev="2025-09-30", comment="the missed '9월' → previous_deadline"),
        m("m-mafra-owm-livestock", "delayed", MAFRA, O, "내년 3월에는 반드시 첫 거래를 시작하겠습니다.", person=PYO,
          deadline="2026-03-31", dtext="내년 3월",
          comment=LATER + "; bite of the speaker in '[인터뷰] 표서진 / 농림축산식품부 유통정책관'"),
        m("m-mafra-owm-2t", "new", MAFRA, O, P8_N, target=2000000000000.0, unit="원", deadline="2026-12-31", dtext="내년",
          comment="one sentence, two new commitments"),
        m("m-mafra-owm-buyers", "new", MAFRA, O, P8_N, deadline="2026-01-31", dtext="다음 달부터",
          comment="'다음 달부터' on 2025-12-09 → January 2026; the researcher's 20조 / 10% / 2조 arithmetic is not annotated"),
    ]))

# ---------------------------------------------------------------- 폐업 현장 (feature; no promise on the page)
PAGES.append(dict(
    source="2026-02-24_m_closing-shops-feature.txt",
    title="[현장] \"권리금은커녕 철거비도 못 건져\"…문 닫는 골목 가게들", published_at="2026-02-24",
    mentions=[]))

# ---------------------------------------------------------------- 산림 탄소흡수원 2/2 (data feature with ◆ subheads, one deck line)
P10_H = "[숫자로 본 산림 탄소] 도시숲 목표 넘겼지만…노후림 재조림은 1만 9,000ha 그쳐"
P10_D = "탄소 인벤토리 두 달 늦게 공개…목재 의무화 시행령은 6월로"
YEO = "여채린"
PAGES.append(dict(
    source="2026-03-17_m_forest-carbon-numbers.txt", title=P10_H, published_at="2026-03-17",
    mentions=[
        m("m-kfs-urban-300", "achieved", KFS, C, P10_H, comment="the headline names no number for this clause: no fields"),
        m("m-kfs-reforest-23k", "delayed", KFS, C, P10_H,
          comment="one headline, two follow-ups; 1만 9,000ha is the count (no target in the clause); after the deadline"),
        m("m-kfs-inventory", "achieved", KFS, C, P10_D, comment=LATE + " ('두 달 늦게')"),
        m("m-kfs-wood-decree", "delayed", KFS, C, P10_D, deadline="2026-06-30", dtext="6월",
          comment=LATER + "; one deck line, two follow-ups; the deck does not name the old date"),
        m("m-kfs-urban-300", "achieved", KFS, C,
          "산림청이 지난해 300ha를 새로 만들겠다고 한 도시숲은 312ha가 조성됐다.",
          target=300.0, unit="ha", deadline="2025-12-31", dtext="지난해", comment="on time (the promised year); 312ha is the count"),
        m("m-kfs-reforest-23k", "delayed", KFS, C,
          "지난해 2만 3,000ha를 어린나무로 바꿔 심겠다던 노후 인공림 재조림은 1만 9,000ha에 그쳤다.",
          target=23000.0, unit="ha", prev="2025-12-31",
          comment="after the deadline a shortfall is delayed; '지난해' = the promised year → previous_deadline"),
        m("m-kfs-offset-1000", "progress", KFS, C,
          "2026년까지 1,000건으로 늘리기로 한 산림탄소상쇄 사업 등록은 지난달 말 기준 610건이다.",
          target=1000.0, unit="건", deadline="2026-12-31", dtext="2026년까지"),
        m("m-kfs-offset-1000", "revision", KFS, C,
          "등록 속도가 예상보다 빨라지자 산림청은 2026년 목표를 1,200건으로 높였다.",
          target=1200.0, unit="건", deadline="2026-12-31", dtext="2026년",
          comment="a raised target is revision; the date is unchanged (no previous_deadline); same day as the progress: revised"),
        m("m-kfs-offset-market", "cancelled", KFS, C,
          "반면 상쇄 실적을 사고파는 온라인 거래 플랫폼은 연내 열겠다던 약속과 달리 결국 백지화됐다.",
          prev="2025-12-31",
          comment="dropped; last year's '연내' → previous_deadline; the next sentence (기존 시스템을 함께 쓰기로) has no number or date"),
        m("m-kfs-inventory", "achieved", KFS, C,
          "지난해 12월 처음 공개하기로 했던 '국가 산림 탄소 인벤토리'는 두 달 늦은 지난달에야 공개됐다.",
          comment=LATE + " (12월 = 2025-12-31); the inventory's figures that follow are statistics"),
        m("m-kfs-wood-decree", "delayed", KFS, C,
          "하반기 안에 마치기로 했던 '탄소흡수원 증진법' 시행령 개정은 부처 협의가 길어지면서 6월로 미뤄졌다.",
          deadline="2026-06-30", dtext="6월", prev="2025-12-31",
          comment=LATER + "; the old date ('하반기 안에', 2025) is named → previous_deadline"),
        m("m-kfs-urban-350", "new", KFS, C, "산림청은 올해 도시숲 350ha를 새로 조성하기로 했다.",
          target=350.0, unit="ha", deadline="2026-12-31", dtext="올해"),
        m("m-kfs-reforest-30k", "new", KFS, C,
          "여채린 산림청 산림자원국장은 \"지난해 재조림이 밀린 만큼 올해는 묘목 생산을 늘려 3만 ha를 심겠다\"고 말했다.",
          person=YEO, target=30000.0, unit="ha", deadline="2026-12-31", dtext="올해",
          comment="a new yearly target (2026), not a revision of the 2025 one; 산림조합중앙회's 2,000만 그루 is not annotated"),
    ]))

# ---------------------------------------------------------------- 어린이 급식 2/3 (editorial)
PAGES.append(dict(
    source="2026-04-21_m_kids-meal-editorial.txt", title="[사설] 어린이 급식 사각지대, '연내 100%' 약속은 어디 갔나",
    published_at="2026-04-21",
    mentions=[
        m("m-mfds-meal-centre-100", "delayed", MFDS, O,
          "식품의약품안전처는 지난해 영양사 없는 소규모 어린이집과 유치원을 연내 모두 어린이급식관리지원센터에 등록시키겠다고 약속했지만, 올해 3월 현재 등록률은 94%에 머물러 있다.",
          prev="2025-12-31",
          comment="after the deadline a shortfall is delayed; last year's '연내' → previous_deadline; 94% is the count; "
                  "the editorial headline is not annotated"),
        m("m-mfds-meal-centre-100", "delayed", MFDS, O, "식약처는 남은 곳도 6월까지 등록을 마치겠다고 했다.",
          deadline="2026-06-30", dtext="6월까지",
          comment=LATER + "; '2,500곳 넘는' (previous sentence) is the editorial's arithmetic"),
        m("m-mfds-meal-visits-2", "achieved", MFDS, O,
          "지난해 하반기부터 월 2회로 늘리기로 한 센터 영양사의 순회 방문은 예정대로 시행되고 있다.",
          target=2.0, unit="회", deadline="2025-12-31", dtext="지난해 하반기부터", comment="on time"),
        m("m-mfds-meal-allergy", "achieved", MFDS, O, "지난해 9월부터 의무화된 식단표 알레르기 표시도 자리를 잡아 가고 있다.",
          deadline="2025-09-30", dtext="지난해 9월부터", comment="on time"),
        m("m-mohw-meal-3500", "delayed", MOHW, O,
          "보건복지부는 어린이집 급·간식비를 올해 1월부터 하루 3,500원으로 올리겠다고 했지만, 예산 심의 과정에서 인상 폭이 줄어 3,000원에 그쳤다.",
          target=3500.0, unit="원", prev="2026-01-31",
          comment="after the deadline, short (3,000 of 3,500원): delayed; the missed '올해 1월부터' → previous_deadline"),
        m("m-mohw-meal-3500", "delayed", MOHW, O, "복지부는 나머지 500원 인상을 내년 1월로 미뤘다.",
          target=500.0, unit="원", deadline="2027-01-31", dtext="내년 1월",
          comment=LATER + "; a delay of the remainder takes the remainder as target (k's '나머지 190곳')"),
        m("m-mfds-meal-kits-10k", "new", MFDS, O,
          "식약처는 올해 하반기부터 소규모 급식소 1만 곳에 식중독균 간이 검사 키트를 보급하겠다고 했지만, 정작 키트를 쓰는 법을 가르칠 인력 계획은 빠져 있다.",
          target=10000.0, unit="곳", deadline="2026-12-31", dtext="올해 하반기부터",
          comment="first report of this promise in the set: new, although inside the editorial's criticism; "
                  "180곳 (next sentence) is a statistic; the closing demands are not annotated"),
    ]))

# ---------------------------------------------------------------- year-end roundup (three storylines + three one-liners; two deck lines)
P12_D1 = "직구 위해물품 공유 시스템 두 달 늦게 개통…국표원 시험기관 1곳은 끝내 무산"
P12_D2 = "온라인 도매시장 올해 거래액 목표 2조→1조 5,000억 원으로 낮춰"
PAGES.append(dict(
    source="2026-11-17_m_promise-roundup.txt",
    title="[2026 약속 점검] 해외직구·온라인 도매시장·폐업 지원…부처 약속 어디까지 왔나", published_at="2026-11-17",
    mentions=[
        m("m-kcs-block-system", "achieved", KCS, O, P12_D1,
          comment=LATE + " ('두 달 늦게'); the deck names no body: the body that owns the promise"),
        m("m-motie-kid-labs-3", "cancelled", MOTI, O, P12_D1, target=1.0, unit="곳",
          comment="one deck line, two follow-ups; the remainder (1곳) is dropped: cancelled with the remainder as target"),
        m("m-mafra-owm-2t", "revision", MAFRA, O, P12_D2, target=1500000000000.0, unit="원", deadline="2026-12-31",
          dtext="올해", comment="a lowered target is revision; 2조 is the old target"),
        m("m-kcs-test-10k", "achieved", KCS, O,
          "관세청은 지난해 1만 건을 목표로 한 직구 물품 안전성 검사를 1만 300건 실시해 목표를 채웠다.",
          target=10000.0, unit="건", deadline="2025-12-31", dtext="지난해", comment="on time; 1만 300건 is the count"),
        m("m-kcs-test-15k", "progress", KCS, O,
          "올해 1만 5,000건으로 늘리기로 한 검사는 10월 말까지 1만 1,200건을 마쳤다.",
          target=15000.0, unit="건", deadline="2026-12-31", dtext="올해",
          comment="before the deadline: progress; '10월 말까지' is the reporting date"),
        m("m-kcs-block-system", "achieved", KCS, O,
          "올해 3월로 한 차례 미뤘던 '위해물품 통관 차단 정보 공유 시스템'은 그보다도 두 달 늦은 5월에야 국가기술표준원 전산까지 연결돼 완전히 개통했다.",
          comment=LATE + " (the moved date 2026-03-31)"),
        m("m-kcs-platform-5", "delayed", KCS, O,
          "지난해 연말까지 5곳으로 늘리겠다던 해외 플랫폼과의 위해물품 판매 차단 협약은 3곳에 그쳤다.",
          target=5.0, unit="곳", prev="2025-12-31", comment="after the deadline a shortfall is delayed"),
        m("m-motie-kid-labs-3", "cancelled", MOTI, O,
          "산업통상부는 지난해 상반기까지 3곳을 지정하겠다던 어린이 제품 직구 전담 시험기관 가운데 남은 1곳의 지정 계획을 접었다.",
          target=1.0, unit="곳", prev="2025-06-30",
          comment="the remainder is dropped (k's '남은 270곳'); the promise's missed date → previous_deadline"),
        m("m-moef-duty-cap", "achieved", MOFE, F,
          "재정경제부는 기획재정부 시절인 지난해 예고한 대로 직구 면세 누적 한도를 올해 1월부터 시행했다.",
          deadline="2026-01-31", dtext="올해 1월부터",
          comment="on time; promise made by 기획재정부, whose tax work passed to 재정경제부 on 2026-01-02 (the name on the page date)"),
        m("m-mfds-food-600", "progress", MFDS, O,
          "식품의약품안전처가 2026년까지 600종으로 늘리기로 한 직구 식품 위해 성분 검사 대상은 현재 480종이다.",
          target=600.0, unit="종", deadline="2026-12-31", dtext="2026년까지",
          comment="before the deadline: progress; the 1억 5,400만 건 / 11% statistic that follows is not annotated"),
        m("m-mafra-owm-1t", "delayed", MAFRA, O,
          "지난해 1조 원을 목표로 했던 온라인 도매시장 거래액은 9,100억 원으로 마감했다.",
          target=1000000000000.0, unit="원", prev="2025-12-31",
          comment="after the deadline a shortfall is delayed; '지난해' = the promised year → previous_deadline"),
        m("m-mafra-owm-2t", "revision", MAFRA, O,
          "농림축산식품부는 올해 목표로 잡았던 거래액 2조 원을 지난달 1조 5,000억 원으로 낮췄다.",
          target=1500000000000.0, unit="원", deadline="2026-12-31", dtext="올해",
          comment="a lowered target is revision; the date is unchanged"),
        m("m-mafra-owm-2t", "progress", MAFRA, O, "10월 말까지 거래액은 1조 1,000억 원이다.",
          comment="a measured value without the target; '10월 말까지' is the reporting date; the same day's revision "
                  "sets the status (revised)"),
        m("m-mafra-owm-livestock", "achieved", MAFRA, O,
          "지난해 9월에서 올해 3월로 미뤘던 축산물 거래는 예정대로 3월 첫 거래를 했다.",
          deadline="2026-03-31", dtext="올해 3월", comment="on time for the moved date (k's 섬배표 convention)"),
        m("m-mafra-owm-hubs-5", "delayed", MAFRA, O,
          "2026년까지 5곳을 열기로 한 공동 물류거점은 3곳이 운영 중이며, 나머지 2곳은 부지 확보가 늦어져 내년 상반기로 미뤄졌다.",
          target=2.0, unit="곳", deadline="2027-06-30", dtext="내년 상반기", prev="2026-12-31",
          comment=LATER + "; one sentence reporting the count and the move gets one entry (delayed); the remainder "
                  "(2곳) is the target; the old date '2026년까지' is named"),
        m("m-mafra-owm-buyers", "achieved", MAFRA, O,
          "대형 식자재 유통업체의 구매자 참여는 예정대로 1월부터 허용돼 지금까지 48곳이 들어왔다.",
          deadline="2026-01-31", dtext="1월부터", comment="on time; 48곳 is usage"),
        m("m-mss-closure-demolish-4m", "achieved", MSS, S,
          "중소벤처기업부가 지난해 7월부터 최대 400만 원으로 올리기로 한 점포 철거비 지원은 예정대로 시행됐다.",
          target=4000000.0, unit="원", deadline="2025-07-31", dtext="지난해 7월부터", comment="on time"),
        m("m-mss-closure-onestop", "achieved", MSS, S,
          "지난해 9월 열기로 했던 '폐업 한 번에' 원스톱 신청은 국세청 전산 연계가 늦어져 올해 2월에야 문을 열었다.",
          comment=LATE + " (9월 = 2025-09-30)"),
        m("m-mss-closure-return-40k", "delayed", MSS, S,
          "지난해 4만 명을 지원하겠다던 희망리턴패키지는 3만 2,000명 지원에 그쳤다.",
          target=40000.0, unit="명", prev="2025-12-31", comment="after the deadline a shortfall is delayed"),
        m("m-mss-closure-desk-70", "delayed", MSS, S,
          "지난해 상반기 안에 전국 70곳 소상공인지원센터에 두기로 했던 폐업·재기 전담 창구는 지금도 58곳에만 있다.",
          target=70.0, unit="곳", prev="2025-06-30", comment="after the deadline a shortfall is delayed"),
        m("m-fsc-closure-bridge", "achieved", FSC, S,
          "금융위원회의 '폐업 브릿지 보증'은 예정대로 지난해 하반기에 출시돼 1만 2,000명이 이용했다.",
          deadline="2025-12-31", dtext="지난해 하반기", comment="on time; 1만 2,000명 is usage"),
        m("m-mss-closure-restart-10k", "new", MSS, S,
          "중기부는 내년 상반기까지 폐업 소상공인 1만 명에게 재창업 전용 교육을 제공하겠다고 밝혔다.",
          target=10000.0, unit="명", deadline="2027-06-30", dtext="내년 상반기까지",
          comment="소상공인연합회's '폐업 안전망' demand (6개월) that follows is not annotated"),
        m("m-kfs-wood-decree", "achieved", KFS, C,
          "산림청의 '탄소흡수원 증진법' 시행령 개정은 6월로 미룬 시한보다 한 달 늦은 7월 국무회의를 통과했다.",
          comment=LATE + " (the moved date 2026-06-30)"),
        m("m-mfds-meal-centre-100", "achieved", MFDS, O, "식약처는 소규모 어린이 급식소의 센터 등록을 9월에야 모두 마쳤다.",
          comment=LATE + " (the moved date 2026-06-30)"),
        m("m-molit-cbus-dtg", "achieved", MOLIT, O,
          "국토교통부가 올해 7월부터 의무화하기로 한 전세버스 운행기록 실시간 전송은 예정대로 시행됐다.",
          deadline="2026-07-31", dtext="올해 7월부터",
          comment="on time; the roundup intro, the section heads and the outlet's own plan are not annotated"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-17)
LAST = "2026-11-17"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    ("m-kcs-test-10k", KCS, O, "해외직구 물품 안전성 검사 2025년 1만 건", "achieved", "1만 300건"),
    ("m-kcs-block-system", KCS, O, "위해물품 통관 차단 정보 공유 시스템 (2025년 하반기 → 2026년 3월)", "achieved",
     "May 2026, two months after the moved date"),
    ("m-kcs-alert", KCS, O, "'직구안전 알리미' 서비스 2025년 4월부터", "achieved", ""),
    ("m-mfds-food-600", MFDS, O, "직구 식품 위해 성분 검사 대상 2026년까지 600종", "in_progress", "480종"),
    ("m-motie-kid-labs-3", MOTI, O, "어린이 제품 직구 전담 시험기관 3곳 2025년 상반기 지정", "cancelled",
     "2 of 3 designated; the last one dropped on 2026-11-17"),
    ("m-moef-duty-cap", MOFE, F, "직구 면세 누적 한도 2026년 1월부터 적용", "achieved", "on time (재정경제부)"),
    ("m-kcs-platform-5", KCS, O, "해외 플랫폼 위해물품 판매 차단 협약 2025년 내 5곳", "delayed", "3곳"),
    ("m-kcs-test-15k", KCS, O, "해외직구 물품 안전성 검사 2026년 1만 5,000건", "in_progress", "1만 1,200건 by October"),
    ("m-mafra-owm-1t", MAFRA, O, "농산물 온라인 도매시장 거래액 2025년 1조 원", "delayed", "9,100억 원"),
    ("m-mafra-owm-seller-10b", MAFRA, O, "온라인 도매시장 판매자 가입 기준 연 거래액 10억 원 2025년 5월부터", "achieved", ""),
    ("m-mafra-owm-next-day", MAFRA, O, "온라인 도매시장 거래 다음 날 정산 2025년 하반기부터", "achieved", "from July 2025"),
    ("m-mafra-owm-hubs-5", MAFRA, O, "온라인 도매시장 공동 물류거점 5곳 (2026년 → 나머지 2곳 2027년 상반기)", "delayed",
     "3곳; the rest moved later on 2026-11-17"),
    ("m-mafra-owm-livestock", MAFRA, O, "온라인 도매시장 축산물 시범 거래 (2025년 9월 → 2026년 3월)", "achieved",
     "on the moved date"),
    ("m-mafra-owm-2t", MAFRA, O, "온라인 도매시장 거래액 2026년 (2조 원 → 1조 5,000억 원)", "revised",
     "target lowered on 2026-11-17; 1조 1,000억 원 by October"),
    ("m-mafra-owm-buyers", MAFRA, O, "대형 식자재 유통업체 구매자 참여 2026년 1월부터", "achieved", ""),
    ("m-mss-closure-demolish-4m", MSS, S, "폐업 점포 철거비 지원 최대 400만 원 2025년 7월부터", "achieved", ""),
    ("m-mss-closure-onestop", MSS, S, "'폐업 한 번에' 원스톱 신청 2025년 9월 개통", "achieved", "February 2026"),
    ("m-mss-closure-return-40k", MSS, S, "희망리턴패키지 2025년 4만 명 지원", "delayed", "3만 2,000명"),
    ("m-mss-closure-desk-70", MSS, S, "소상공인지원센터 70곳 폐업·재기 전담 창구 2025년 상반기", "delayed", "58곳"),
    ("m-fsc-closure-bridge", FSC, S, "'폐업 브릿지 보증' 2025년 하반기부터", "achieved", ""),
    ("m-mss-closure-restart-10k", MSS, S, "폐업 소상공인 재창업 교육 2027년 상반기까지 1만 명", "announced", ""),
    ("m-kfs-urban-300", KFS, C, "도시숲 2025년 300ha 조성", "achieved", "312ha"),
    ("m-kfs-reforest-23k", KFS, C, "노후 인공림 재조림 2025년 2만 3,000ha", "delayed", "1만 9,000ha"),
    ("m-kfs-offset-1000", KFS, C, "산림탄소상쇄 사업 등록 2026년까지 (1,000건 → 1,200건)", "revised",
     "target raised on 2026-03-17; 610건"),
    ("m-kfs-inventory", KFS, C, "국가 산림 탄소 인벤토리 2025년 12월 공개", "achieved", "February 2026"),
    ("m-kfs-wood-decree", KFS, C, "국산 목재 사용 의무화 시행령 (2025년 하반기 → 2026년 6월)", "achieved", "July 2026"),
    ("m-kfs-offset-market", KFS, C, "산림탄소상쇄 실적 온라인 거래 플랫폼 2025년 내 개설", "cancelled", "백지화 (2026-03-17)"),
    ("m-kfs-urban-350", KFS, C, "도시숲 2026년 350ha 조성", "announced", ""),
    ("m-kfs-reforest-30k", KFS, C, "노후 인공림 재조림 2026년 3만 ha", "announced", ""),
    ("m-mfds-meal-centre-100", MFDS, O, "소규모 어린이 급식소 급식관리지원센터 등록 100% (2025년 → 2026년 6월)", "achieved",
     "September 2026"),
    ("m-mfds-meal-visits-2", MFDS, O, "센터 영양사 순회 방문 월 2회 2025년 하반기부터", "achieved", ""),
    ("m-mfds-meal-allergy", MFDS, O, "급식 식단표 알레르기 표시 의무화 2025년 9월부터", "achieved", ""),
    ("m-mohw-meal-3500", MOHW, O, "어린이집 급·간식비 하루 3,500원 (2026년 1월 → 나머지 500원 2027년 1월)", "delayed",
     "3,000원 from January 2026; the rest moved later on 2026-04-21"),
    ("m-mfds-meal-kits-10k", MFDS, O, "소규모 급식소 1만 곳 식중독균 간이 검사 키트 2026년 하반기부터", "announced", ""),
    ("m-molit-cbus-dtg", MOLIT, O, "전세버스 운행기록 실시간 전송 의무화 2026년 7월부터", "achieved", ""),
    ("m-molit-cbus-inspect-6m", MOLIT, O, "노후 전세버스 안전검사 주기 6개월 2025년 10월부터", "delayed",
     "deadline 2025-10-31 passed with no report (the correction page is its only page)"),
    ("m-molit-cbus-lookup", MOLIT, O, "'안심 전세버스' 조회 서비스 2025년 9월", "delayed",
     "deadline 2025-09-30 passed with no report (the correction page is its only page)"),
]


if __name__ == "__main__":
    write(ROOT, "m", PAGES, COMMITMENTS, LAST,
          ['ministry = the responsible body under the name valid on that date (the 산업통상자원부 promise is listed under',
           '산업통상부, its successor from 2025-10-01; the 기획재정부 promise under 재정경제부, which took over its tax work',
           'on 2026-01-02).'],
          with_commitments="--commitments" in sys.argv[1:])
