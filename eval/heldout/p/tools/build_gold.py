"""Writes the hand annotations of held-out set p to gold/*.toml.

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

NAIC = "국가인공지능위원회"        # until 2025-09-07
NAISC = "국가인공지능전략위원회"    # from 2025-09-08 (successor of 국가인공지능위원회)
KOSTAT = "통계청"                  # until 2025-09-30
NDA = "국가데이터처"               # from 2025-10-01 (통계청 raised to a 처)
MOIS = "행정안전부"
MSIT = "과학기술정보통신부"
MOTIE = "산업통상자원부"           # until 2025-09-30
MOTI = "산업통상부"                # from 2025-10-01 (its primary successor)
MCEE = "기후에너지환경부"          # from 2025-10-01 (took over the power/energy work of 산업통상자원부)
MOE = "교육부"
MOJ = "법무부"
MSS = "중소벤처기업부"
PIPC = "개인정보보호위원회"

AIP = "ai_policy"          # 공공부문 AI 전환 (the national AI strategy's public-sector part), AI rules
AII = "ai_infra"           # AI 데이터센터 지방 분산
TEL = "telecom"            # 농어촌 이동통신망·위성통신·와이파이
COM = "commercialization"  # 연구소기업·공공기술 이전
IND = "industry"           # 반도체 전문인력
SU = "startup"             # 소상공인 AI 도입 바우처
O = "other"                # 농어촌 어르신 스마트폰 교육 (digital literacy)

LATE = "achieved after the deadline the commitment named; no deadline fields (the sentence names a missed date or none)"
LATER = "deadline moved later: delayed (sample-corpus convention, as in j/k/l/m/n/o), new date in deadline"
WON1500B = 150000000000.0   # 1,500억 원

PAGES: list[dict] = []

# ---------------------------------------------------------------- 공공 AI 1/3 (press-release style: numbered points with timing and body; 국가인공지능위원회 + 행정안전부 + 통계청)
P1_H = "공공기관 AI 도입 전 '영향평가' 하반기 의무화…중앙부처 49곳에 연내 AI 비서"
P1_D = "공무원 10만 명 AI 교육…AI 학습용 공공데이터 2026년까지 1,000종 개방"
PAGES.append(dict(
    source="2025-01-21_p_public-ai-plan.txt", title=P1_H, published_at="2025-01-21",
    mentions=[
        m("p-naic-impact-assess", "new", NAIC, AIP, P1_H, deadline="2025-12-31", dtext="하반기",
          comment="the headline names no body: the 영향평가 is 국가인공지능위원회's (lead); '하반기' → 12-31"),
        m("p-mois-ai-assistant-49", "new", MOIS, AIP, P1_H, target=49.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment="one headline, two commitments; the AI 비서 is 행정안전부's (point 2)"),
        m("p-mois-ai-training-100k", "new", MOIS, AIP, P1_D, target=100000.0, unit="명",
          comment="the deck names no body: 행안부 (point 3); the clause has no date"),
        m("p-mois-open-data-1000", "new", MOIS, AIP, P1_D, target=1000.0, unit="종", deadline="2026-12-31",
          dtext="2026년까지", comment="one deck line, two commitments"),
        m("p-naic-impact-assess", "new", NAIC, AIP,
          "국가인공지능위원회가 하반기부터 공공기관이 인공지능(AI) 서비스를 도입하기 전에 '공공 AI 영향평가'를 반드시 거치도록 한다.",
          deadline="2025-12-31", dtext="하반기부터",
          comment="18% / 1,100여 곳 / 절반 / 1조 2,400억 원 / 두 배 (the paragraph after) are statistics and a budget"),
        m("p-naic-impact-assess", "new", NAIC, AIP, "1. 공공 AI 영향평가 의무화(하반기부터, 위원회)",
          deadline="2025-12-31", dtext="하반기부터",
          comment="each numbered point stands on its own line: one sentence each, the number included; the bracket names "
                  "the timing and the body ('주요 내용은 다음과 같다(…).' is not annotated)"),
        m("p-mois-ai-assistant-49", "new", MOIS, AIP, "2. 중앙행정기관 49곳 업무용 AI 비서 도입(연내, 행안부)",
          target=49.0, unit="곳", deadline="2025-12-31", dtext="연내"),
        m("p-mois-ai-training-100k", "new", MOIS, AIP, "3. 공무원 AI 활용 교육 10만 명(올해, 행안부)",
          target=100000.0, unit="명", deadline="2025-12-31", dtext="올해"),
        m("p-mois-open-data-1000", "new", MOIS, AIP, "4. AI 학습용 공공데이터 1,000종 개방(2026년까지, 행안부)",
          target=1000.0, unit="종", deadline="2026-12-31", dtext="2026년까지",
          comment="'지금까지 320종이 공개돼 있다' (body) is the baseline"),
        m("p-kostat-ai-coding", "new", KOSTAT, AIP, "5. 통계 조사 AI 자동 분류 도입(연내, 통계청)",
          deadline="2025-12-31", dtext="연내"),
        m("p-naic-pilot-100", "new", NAIC, AIP, "6. 공공 AI 선도 과제 100개 발굴(2026년까지, 위원회)",
          target=100.0, unit="개", deadline="2026-12-31", dtext="2026년까지",
          comment="'위원회가 맡는 선도 과제는 … 지원하는 방식이다' (body) describes the scheme, no number or date: not annotated"),
        m("p-naic-guideline", "new", NAIC, AIP,
          "위원회는 3월까지 평가 항목과 절차를 담은 '공공 AI 활용 가이드라인'을 내놓는다.",
          deadline="2025-03-31", dtext="3월까지",
          comment="the next sentence ('위험이 크다고 나오면 도입을 미루거나 …') is the rule's content, not a commitment"),
        m("p-kostat-ai-coding", "new", KOSTAT, AIP,
          "통계청은 연내 경제총조사와 가계동향조사 응답을 산업·직업 분류로 바꾸는 작업에 AI 자동 분류를 도입해, 사람이 하던 분류 작업의 80%를 AI가 맡게 한다.",
          target=80.0, unit="%", deadline="2025-12-31", dtext="연내",
          comment="the share of the work the AI takes is the target; 석하랑's quote is normative ('없어야 한다'), the union's "
                  "demand, 서울시's 120다산콜센터 plan and the 2030 forecast (12%) are not annotated"),
    ]))

# ---------------------------------------------------------------- AI 데이터센터 1/3 (straight news, two deck lines; 과기정통부 + 산업통상자원부)
WI = "위서준"
P2_H = "수도권 AI 데이터센터 '전력 줄서기' 끝낸다…비수도권 전력 승인 7월부터 6개월 안에"
P2_D1 = "과기정통부, 'AI 데이터센터 특화지구' 하반기 5곳 지정"
P2_D2 = "비수도권 데이터센터 전기요금 할인 특례 내년 1월 시행"
PAGES.append(dict(
    source="2025-03-11_p_datacenter-regional.txt", title=P2_H, published_at="2025-03-11",
    mentions=[
        m("p-motie-dc-grid-6m", "new", MOTIE, AII, P2_H, target=6.0, unit="개월", deadline="2025-07-31", dtext="7월부터",
          comment="the headline names no body: the 전력 공급 승인 promise is 산업통상자원부's; a duration is a target (i's "
                  "convention): '6개월 안에' → 6 개월; '전력 줄서기 끝낸다' is the framing, not a second commitment"),
        m("p-msit-dc-zones-5", "new", MSIT, AII, P2_D1, target=5.0, unit="곳", deadline="2025-12-31", dtext="하반기"),
        m("p-motie-dc-power-discount", "new", MOTIE, AII, P2_D2, deadline="2026-01-31", dtext="내년 1월",
          comment="the deck names no body: 산업부's promise (body); no number (the 할인 폭 is not set)"),
        m("p-motie-dc-grid-6m", "new", MOTIE, AII,
          "비수도권에 짓는 AI 데이터센터는 7월부터 전력 공급 승인을 6개월 안에 받을 수 있게 된다.",
          target=6.0, unit="개월", deadline="2025-07-31", dtext="7월부터",
          comment="subject is the data centres; the promise is 산업부's (the body says so); 18개월 / 3년 (next paragraph) are the "
                  "baseline, 70% / 600여 곳 / 80% statistics"),
        m("p-motie-dc-grid-6m", "new", MOTIE, AII,
          "산업부는 7월부터 비수도권 데이터센터의 전력 공급 승인 기간을 평균 18개월에서 6개월 이내로 줄인다.",
          target=6.0, unit="개월", deadline="2025-07-31", dtext="7월부터", comment="18개월 is the baseline"),
        m("p-motie-dc-power-discount", "new", MOTIE, AII,
          "내년 1월부터는 비수도권 데이터센터에 전기요금 할인 특례를 적용한다.",
          deadline="2026-01-31", dtext="내년 1월부터",
          comment="subjectless: 산업부 from the sentence before; no number ('할인 폭은 아직 정해지지 않았다', next)"),
        m("p-motie-dc-subsidy", "new", MOTIE, AII,
          "산업부는 하반기부터 지방투자촉진보조금 지원 대상에 데이터센터를 넣어, 비수도권으로 옮기거나 새로 짓는 데이터센터도 보조금을 받을 수 있게 한다.",
          deadline="2025-12-31", dtext="하반기부터",
          comment="'최대 100억 원' (next sentence) is a cap of the benefit, not a target"),
        m("p-msit-dc-zones-5", "new", MSIT, AII,
          "과기정통부는 하반기 전력과 용수, 통신망을 갖춘 비수도권 지역 5곳을 'AI 데이터센터 특화지구'로 지정한다.",
          target=5.0, unit="곳", deadline="2025-12-31", dtext="하반기",
          comment="'통신망' carries the telecom cue '통신'; the subject is the data-centre zones: ai_infra"),
        m("p-msit-dc-regional-60", "new", MSIT, AII, "2030년까지 새로 짓는 AI 데이터센터의 60%를 비수도권에 두는 것이 목표다.",
          target=60.0, unit="%", deadline="2030-12-31", dtext="2030년까지",
          comment="subjectless: 과기정통부 from the paragraph (the body that owns ai_infra)"),
        m("p-msit-dc-cooling-2", "new", MSIT, AII,
          "과기정통부는 또 서버를 액체에 담가 식히는 '액침 냉각' 실증 센터를 2026년까지 두 곳에 세운다.",
          target=2.0, unit="곳", deadline="2026-12-31", dtext="2026년까지", comment="'두 곳' → 2 곳"),
        m("p-msit-dc-zones-5", "new", MSIT, AII,
          "위서준 과기정통부 인공지능기반정책관은 \"데이터센터가 수도권에 몰리면 송전망이 버티지 못한다\"며 \"특화지구 5곳은 연내 반드시 지정하겠다\"고 말했다.",
          person=WI, target=5.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment="the 협의회's 10% demand, 강원도's 부지 plan, 설도윤's bill and the 2.5배 forecast are not annotated"),
    ]))

# ---------------------------------------------------------------- 농어촌 통신 1/3 (Q&A interview, two deck lines; 과기정통부)
CHA = "차우빈"
P3_H = "[인터뷰] 차우빈 과기정통부 통신정책관 \"농어촌 5G 공동망 연내 완성…섬 10곳 위성통신 하반기 시범\""
P3_D1 = "농어촌 버스 와이파이 내년 상반기까지 5,000대 교체"
P3_D2 = "농어촌 5G 속도 2026년까지 500Mbps로"
PAGES.append(dict(
    source="2025-04-15_p_rural-network-interview.txt", title=P3_H, published_at="2025-04-15",
    mentions=[
        m("p-msit-rural-5g-shared", "new", MSIT, TEL, P3_H, person=CHA, deadline="2025-12-31", dtext="연내",
          comment="interview headline: the interviewee; no number in the clause"),
        m("p-msit-island-satellite-10", "new", MSIT, TEL, P3_H, person=CHA, target=10.0, unit="곳",
          deadline="2025-12-31", dtext="하반기", comment="one headline, two commitments"),
        m("p-msit-bus-wifi-5000", "new", MSIT, TEL, P3_D1, target=5000.0, unit="대", deadline="2026-06-30",
          dtext="내년 상반기까지", comment="the deck names no body: 과학기술정보통신부, the body the interview is about"),
        m("p-msit-rural-5g-500", "new", MSIT, TEL, P3_D2, target=500.0, unit="Mbps", deadline="2026-12-31",
          dtext="2026년까지"),
        m("p-msit-rural-5g-shared", "new", MSIT, TEL, "연내 남은 읍·면 320곳까지 공동망을 모두 깔겠다.", person=CHA,
          target=320.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment="Q&A answer: the interviewee; the intro's '읍·면 320곳' and 371Mbps / 1,020Mbps are the baseline; "
                  "'매달 함께 점검하기로 했다' (next) is a consultation"),
        m("p-msit-rural-5g-500", "new", MSIT, TEL, "2026년까지 농어촌 5G 평균 속도를 500Mbps 이상으로 끌어올리겠다.",
          person=CHA, target=500.0, unit="Mbps", deadline="2026-12-31", dtext="2026년까지"),
        m("p-msit-island-satellite-10", "new", MSIT, TEL, "하반기 섬 10곳에서 저궤도 위성통신 시범 서비스를 하겠다.",
          person=CHA, target=10.0, unit="곳", deadline="2025-12-31", dtext="하반기"),
        m("p-msit-island-cable-3", "new", MSIT, TEL, "해저 광케이블도 2027년까지 세 곳에 새로 깔겠다.", person=CHA,
          target=3.0, unit="곳", deadline="2027-12-31", dtext="2027년까지", comment="'세 곳' → 3 곳"),
        m("p-msit-bus-wifi-5000", "new", MSIT, TEL,
          "내년 상반기까지 농어촌 버스 5,000대의 와이파이 장비를 새것으로 바꾸겠다.", person=CHA,
          target=5000.0, unit="대", deadline="2026-06-30", dtext="내년 상반기까지",
          comment="public Wi-Fi on buses is part of the 통신 access promises: telecom (no cue in the sentence)"),
        m("p-msit-rural-quality-report", "new", MSIT, TEL,
          "올해부터 통신 품질 평가 결과를 농어촌 지역만 따로 떼어 12월에 공개하겠다.", person=CHA,
          deadline="2025-12-31", dtext="12월",
          comment="'12월' is the date of the promised release ('올해부터' says from when it is done)"),
        m("p-msit-senior-digital-20k", "new", MSIT, O,
          "디지털 배움터에서 올해 농어촌 어르신 2만 명에게 스마트폰 활용 교육을 하겠다.", person=CHA,
          target=20000.0, unit="명", deadline="2025-12-31", dtext="올해",
          comment="digital-literacy teaching is no topic of topics.toml: other; the closing answer ('차별받는 일이 없게 하겠다') "
                  "is an umbrella line; the 3사's 1,200억 원, the lawmakers' 통신비 bill and 신안군's 검토 are not annotated"),
    ]))

# ---------------------------------------------------------------- 연구소기업 1/3 (wire, (세종=) dateline, wire-style numbers; 과기정통부 + 중기부)
JO = "조은재"
P4_H = "연구소기업 2027년까지 3000개로…공공기관 최소 지분 10%로 낮춘다"
PAGES.append(dict(
    source="2025-05-20_p_lab-companies-wire.txt", title=P4_H, published_at="2025-05-20",
    mentions=[
        m("p-msit-lab-co-3000", "new", MSIT, COM, P4_H, target=3000.0, unit="개", deadline="2027-12-31", dtext="2027년까지",
          comment="the headline names no body: 과학기술정보통신부's plan; wire style '3000개' → 3000 개"),
        m("p-msit-lab-equity-10", "new", MSIT, COM, P4_H, target=10.0, unit="%",
          comment="one headline, two commitments; a rule value set to a stated figure is the target; no date in the clause"),
        m("p-msit-lab-co-3000", "new", MSIT, COM,
          "과학기술정보통신부가 공공연구기관의 기술로 세운 연구소기업을 2027년까지 3000개로 늘린다.",
          target=3000.0, unit="개", deadline="2027-12-31", dtext="2027년까지",
          comment="the wire dateline is not part of the sentence; 2100여개 / 5만2000건 / 4% / 10곳 중 3곳 are statistics"),
        m("p-msit-lab-equity-10", "new", MSIT, COM,
          "과기정통부는 하반기부터 연구소기업을 세울 때 공공연구기관이 반드시 가져야 하는 지분을 20%에서 10%로 낮춘다.",
          target=10.0, unit="%", deadline="2025-12-31", dtext="하반기부터", comment="20% is the baseline"),
        m("p-msit-tech-fee-waiver", "new", MSIT, COM,
          "7월부터는 창업 3년 미만 기업이 출연연 기술을 가져갈 때 내는 선급 기술료를 면제한다.",
          deadline="2025-07-31", dtext="7월부터",
          comment="subjectless: 과기정통부; '창업 3년 미만' is the scope, not a target"),
        m("p-msit-tech-fund-1500", "new", MSIT, COM,
          "내년 상반기까지 공공기술 사업화에 투자하는 1500억원 규모 펀드도 만든다.",
          target=WON1500B, unit="원", deadline="2026-06-30", dtext="내년 상반기까지",
          comment="subjectless: 과기정통부; money in 원 ('1500억원' → 1.5e11)"),
        m("p-msit-tech-market", "new", MSIT, COM,
          "출연연과 대학이 따로 운영하던 기술 거래 누리집 세 곳은 하나로 합쳐 3분기 중 '공공기술 통합 장터'를 연다.",
          deadline="2025-09-30", dtext="3분기 중",
          comment="'3분기 중' → 09-30; '세 곳' is what is merged (scope), not a target"),
        m("p-mss-lab-tips-100", "new", MSS, COM,
          "중기부는 내년부터 연구소기업만 따로 뽑는 팁스(TIPS) 전용 트랙을 만들어 해마다 100개 기업을 지원한다.",
          target=100.0, unit="개", deadline="2026-12-31", dtext="내년부터",
          comment="the subject is 연구소기업 support: commercialization, although 중기부 owns `startup` and '팁스' is a "
                  "startup cue (the category follows the subject); 'Y년부터' → that year's 12-31"),
        m("p-msit-lab-co-3000", "new", MSIT, COM,
          "조은재 과기정통부 연구성과혁신정책관은 \"좋은 기술이 논문과 특허로만 남는 일이 너무 많다\"며 \"2027년까지 3000개를 채워 연구실 기술이 시장에서 쓰이게 하겠다\"고 말했다.",
          person=JO, target=3000.0, unit="개", deadline="2027-12-31", dtext="2027년까지",
          comment="특구기업인모임's 3000억원 demand and the 출연연 관계자 are not annotated"),
    ]))

# ---------------------------------------------------------------- 반도체 인력 1/2 (straight news, one deck line, correction at the foot; 산업통상자원부 + 교육부 + 법무부)
NG = "남궁세아"
P5_H = "반도체 아카데미 올해 3,600명 배출…석·박사 설계 인력 2030년까지 1만 명"
P5_D = "'반도체 인재 비자' 하반기 도입…특성화고 20곳 연내 지정"
PAGES.append(dict(
    source="2025-06-24_p_chip-talent-plan.txt", title=P5_H, published_at="2025-06-24",
    mentions=[
        m("p-motie-chip-academy-3600", "new", MOTIE, IND, P5_H, target=3600.0, unit="명", deadline="2025-12-31",
          dtext="올해", comment="the headline names no body: 산업통상자원부's plan"),
        m("p-motie-chip-design-10k", "new", MOTIE, IND, P5_H, target=10000.0, unit="명", deadline="2030-12-31",
          dtext="2030년까지", comment="one headline, two commitments"),
        m("p-moj-chip-visa", "new", MOJ, IND, P5_D, deadline="2025-12-31", dtext="하반기",
          comment="a deck line with two bodies: one entry per body; the visa is for 반도체 인력: industry by subject"),
        m("p-moe-chip-hs-20", "new", MOE, IND, P5_D, target=20.0, unit="곳", deadline="2025-12-31", dtext="연내"),
        m("p-motie-chip-academy-3600", "new", MOTIE, IND, "산업통상자원부가 올해 반도체 아카데미에서 실무 인력 3,600명을 길러 낸다.",
          target=3600.0, unit="명", deadline="2025-12-31", dtext="올해",
          comment="3,400명 / 1만 1,000명 / 1,300명 (next paragraph) are statistics"),
        m("p-motie-chip-design-10k", "new", MOTIE, IND, "산업부는 2030년까지 석·박사급 반도체 설계 인력 1만 명을 양성한다.",
          target=10000.0, unit="명", deadline="2030-12-31", dtext="2030년까지"),
        m("p-motie-chip-fab-center-2", "new", MOTIE, IND,
          "내년 상반기까지는 구미와 천안에 실제 생산라인과 같은 장비를 갖춘 '팹 실습센터' 두 곳을 연다.",
          target=2.0, unit="곳", deadline="2026-06-30", dtext="내년 상반기까지", comment="subjectless: 산업부; '두 곳' → 2 곳"),
        m("p-motie-chip-supply-stats", "new", MOTIE, IND, "다음 달부터는 반도체 인력 수급 현황을 분기마다 공개한다.",
          deadline="2025-07-31", dtext="다음 달부터",
          comment="subjectless: 산업부; '다음 달부터' on 2025-06-24 → 2025-07-31; '분기마다' is a parameter"),
        m("p-moe-chip-contract-10", "new", MOE, IND,
          "교육부는 내년 3월 반도체 기업과 채용을 약정하는 계약학과 10곳을 대학에 새로 연다.",
          target=10.0, unit="곳", deadline="2026-03-31", dtext="내년 3월"),
        m("p-moe-chip-hs-20", "new", MOE, IND, "연내 반도체 특성화고 20곳도 지정한다.",
          target=20.0, unit="곳", deadline="2025-12-31", dtext="연내", comment="subjectless: 교육부"),
        m("p-moj-chip-visa", "new", MOJ, IND,
          "법무부는 하반기 해외 반도체 인재가 취업 비자를 빨리 받을 수 있는 '반도체 인재 비자'를 도입한다.",
          deadline="2025-12-31", dtext="하반기", comment="'두 달 넘게' (next sentence) is the present processing time"),
        m("p-motie-chip-academy-3600", "new", MOTIE, IND,
          "남궁세아 산업부 반도체과장은 \"사람이 없으면 공장을 지어도 돌릴 수 없다\"며 \"올해 3,600명은 반드시 채우겠다\"고 말했다.",
          person=NG, target=3600.0, unit="명", deadline="2025-12-31", dtext="올해",
          comment="the company's 2,000명, 칩워커스연대, 편예린's bill and the professor's hypothetical ('…빠져나간다면 …') are "
                  "not annotated; nor is the [바로잡습니다] line below the byline ('내년 9월' / '내년 3월')"),
    ]))

# ---------------------------------------------------------------- AI 데이터센터 2/3 (TV script: 앵커/리포트/인터뷰 bites)
MO = "모정연"
P6_H = "데이터센터 전력 승인 6개월로 단축…전기요금 특례는 내년 7월로 밀려"
PAGES.append(dict(
    source="2025-09-16_p_datacenter-tv.txt", title=P6_H, published_at="2025-09-16",
    mentions=[
        m("p-motie-dc-grid-6m", "achieved", MOTIE, AII, P6_H, target=6.0, unit="개월",
          comment="the headline names no body: 산업통상자원부; the clause has no date"),
        m("p-motie-dc-power-discount", "delayed", MOTIE, AII, P6_H, deadline="2026-07-31", dtext="내년 7월",
          comment="one headline, two follow-ups; " + LATER + "; the clause does not name the old date"),
        m("p-motie-dc-grid-6m", "achieved", MOTIE, AII,
          "산업통상자원부가 약속한 대로 7월부터 비수도권 데이터센터의 전력 공급 승인 기간은 평균 6개월 안으로 줄었습니다.",
          target=6.0, unit="개월", deadline="2025-07-31", dtext="7월부터",
          comment="on time; the 앵커 lead is not annotated; '신청 다섯 달 만에 승인' (next sentence) is an instance, not annotated"),
        m("p-motie-dc-power-discount", "delayed", MOTIE, AII,
          "산업부는 내년 1월로 예정했던 전기요금 할인 특례 시행을 내년 7월로 미뤘습니다.",
          deadline="2026-07-31", dtext="내년 7월", prev="2026-01-31",
          comment=LATER + "; the old '내년 1월' is named → previous_deadline (first delay)"),
        m("p-motie-dc-power-discount", "delayed", MOTIE, AII, "내년 7월에는 할인 특례를 반드시 시행하겠습니다.", person=MO,
          deadline="2026-07-31", dtext="내년 7월",
          comment="bite of the speaker in '[인터뷰] 모정연 / …'; restates the moved date on the page that reports the delay"),
        m("p-msit-dc-zones-5", "progress", MSIT, AII,
          "과기정통부가 하반기 지정하기로 한 AI 데이터센터 특화지구는 지난달 공모를 마감해 9곳이 신청했습니다.",
          deadline="2025-12-31", dtext="하반기",
          comment="a step before the deadline: progress; 9곳 are applicants, not the target"),
        m("p-msit-dc-zones-5", "progress", MSIT, AII, "연말까지 5곳 지정을 마치겠습니다.", person=WI,
          target=5.0, unit="곳", deadline="2025-12-31", dtext="연말까지",
          comment="bite of '[인터뷰] 위서준 / …'; restates the unchanged date: progress"),
        m("p-msit-dc-regional-60", "progress", MSIT, AII,
          "정부는 2030년까지 새 AI 데이터센터의 60%를 비수도권에 두겠다고 했지만, 올해 상반기 새로 착공한 데이터센터 가운데 비수도권 비중은 24%에 그쳤습니다.",
          target=60.0, unit="%", deadline="2030-12-31", dtext="2030년까지",
          comment="a statistic tied to the promise in the same sentence, before the deadline: progress (n's convention); "
                  "'정부' → 과학기술정보통신부, whose promise it is; the 협의회's demand is not annotated"),
    ]))

# ---------------------------------------------------------------- 공공 AI 2/3 (국정감사 report, one deck line; after both renames)
HA = "하예준"
P7_H = "[2025 국감] 공공 AI 영향평가 '하반기 의무화' 내년 3월로…AI 비서는 49곳 중 31곳"
P7_D = "국가데이터처 AI 자동 분류는 연내 목표 앞당겨 달성…공무원 AI 교육 6만 2,000명"
PAGES.append(dict(
    source="2025-10-21_p_public-ai-audit.txt", title=P7_H, published_at="2025-10-21",
    mentions=[
        m("p-naic-impact-assess", "delayed", NAISC, AIP, P7_H, deadline="2026-03-31", dtext="내년 3월", prev="2025-12-31",
          comment=LATER + "; the clause quotes the old '하반기' → previous_deadline; from 2025-09-08 the body is "
                  "국가인공지능전략위원회"),
        m("p-mois-ai-assistant-49", "progress", MOIS, AIP, P7_H, target=49.0, unit="곳",
          comment="one headline, two follow-ups; '49곳 중 31곳' names the target; before the deadline: progress"),
        m("p-kostat-ai-coding", "achieved", NDA, AIP, P7_D, deadline="2025-12-31", dtext="연내",
          comment="achieved early, i.e. on time: the promised date is the deadline; from 2025-10-01 the body is 국가데이터처"),
        m("p-mois-ai-training-100k", "progress", MOIS, AIP, P7_D,
          comment="one deck line, two follow-ups; 6만 2,000명 is the count (no target in the clause), before the deadline"),
        m("p-naic-impact-assess", "delayed", NAISC, AIP,
          "국가인공지능위원회가 하반기부터 공공기관의 AI 도입 전에 반드시 거치게 하겠다던 '공공 AI 영향평가'는 평가 기준 확정이 늦어지면서, 위원회 업무를 이어받은 국가인공지능전략위원회가 의무화 시점을 내년 3월로 미뤘다.",
          deadline="2026-03-31", dtext="내년 3월", prev="2025-12-31",
          comment=LATER + "; promise made by 국가인공지능위원회, annotated with the body's name on the page date; the "
                  "written answer's '다시 평가할 수 있다' (next sentence) is a hypothetical, not annotated"),
        m("p-naic-guideline", "achieved", NAISC, AIP,
          "3월까지 내놓기로 한 '공공 AI 활용 가이드라인'은 두 달 늦은 5월에야 나왔다.",
          comment=LATE + " ('3월까지' = 2025-03-31); the sentence names no body: the committee whose promise it is, under "
                  "its name on the page date"),
        m("p-mois-ai-assistant-49", "progress", MOIS, AIP,
          "행안부에 따르면 연내 중앙행정기관 49곳 모두에 도입하기로 한 업무용 AI 비서는 이달까지 31곳에 도입됐다.",
          target=49.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment="before the deadline: progress; 온시현's 22% is the lawmaker's figure, not annotated"),
        m("p-mois-ai-assistant-49", "progress", MOIS, AIP,
          "답변에 나선 하예준 행정안전부 디지털정부혁신실장은 \"보안 점검에 예상보다 시간이 걸렸다\"며 \"연말까지 49곳 모두에 도입을 마치겠다\"고 말했다.",
          person=HA, target=49.0, unit="곳", deadline="2025-12-31", dtext="연말까지",
          comment="the official restates the unchanged date on the page that reports progress: progress, not new"),
        m("p-mois-ai-training-100k", "progress", MOIS, AIP,
          "행안부는 지난 1월 올해 공무원 10만 명에게 AI 활용 교육을 하겠다고 발표했다.",
          target=100000.0, unit="명", deadline="2025-12-31", dtext="올해",
          comment="reported speech of the January promise on a follow-up page: progress, not new; '지난 1월' is when it "
                  "was said"),
        m("p-mois-ai-training-100k", "progress", MOIS, AIP, "교육을 받은 공무원은 9월 말까지 6만 2,000명이다.",
          comment="a measured value without the target; '9월 말까지' is the reporting date, not a deadline"),
        m("p-mois-open-data-1000", "progress", MOIS, AIP,
          "2026년까지 1,000종을 개방하기로 한 AI 학습용 공공데이터는 지금까지 450종이 공개됐다.",
          target=1000.0, unit="종", deadline="2026-12-31", dtext="2026년까지",
          comment="the sentence names no body: 행안부, whose promise it is; before the deadline: progress"),
        m("p-naic-pilot-100", "progress", NAISC, AIP,
          "위원회가 2026년까지 100개를 찾겠다던 공공 AI 선도 과제는 지금까지 23개가 선정됐다.",
          target=100.0, unit="개", deadline="2026-12-31", dtext="2026년까지",
          comment="'위원회' is the AI committee, now 국가인공지능전략위원회"),
        m("p-kostat-ai-coding", "achieved", NDA, AIP,
          "국가데이터처(옛 통계청)는 연내 도입하기로 한 통계 조사 AI 자동 분류를 예정보다 앞당겨 지난 7월 도입했고, 분류 작업의 83%를 AI가 맡고 있다고 밝혔다.",
          deadline="2025-12-31", dtext="연내",
          comment="achieved early: on time with the promised '연내' as deadline; promise made by 통계청, annotated "
                  "국가데이터처 (name on the page date); 83% is the measured share, not the 80% target: no target fields"),
        m("p-mois-civil-ai-243", "new", MOIS, AIP,
          "행안부는 이날 내년 상반기까지 전국 지자체 243곳의 민원 안내 전화에 AI 상담을 도입하겠다고 밝혔다.",
          target=243.0, unit="곳", deadline="2026-06-30", dtext="내년 상반기까지",
          comment="a new promise at the 국감; 하 실장's 30% (next) is a statistic; 봉다슬's demand and the union's statement "
                  "are not annotated"),
    ]))

# ---------------------------------------------------------------- 농어촌 통신 2/3 (regional paper, `신안=` byline, one deck line)
P8_H = "위성통신 섬 12곳서 먼저 터졌지만…농어촌 5G 공동망 70곳은 내년 초로"
P8_D = "농어촌 통신 품질 '따로 공개'는 없던 일로"
PAGES.append(dict(
    source="2025-12-09_p_island-network-regional.txt", title=P8_H, published_at="2025-12-09",
    mentions=[
        m("p-msit-island-satellite-10", "achieved", MSIT, TEL, P8_H,
          comment="the headline names no body: 과학기술정보통신부; 12곳 is the count reached, not the target (10); no date"),
        m("p-msit-rural-5g-shared", "delayed", MSIT, TEL, P8_H, target=70.0, unit="곳", deadline="2026-03-31",
          dtext="내년 초", comment="one headline, two follow-ups; " + LATER + "; '내년 초' → next year's 03-31 (DESIGN); "
                                "the remainder is the target (n's '나머지 900곳')"),
        m("p-msit-rural-quality-report", "cancelled", MSIT, TEL, P8_D, comment="the deck names no body and no date"),
        m("p-msit-island-satellite-10", "achieved", MSIT, TEL,
          "과학기술정보통신부가 하반기 섬 10곳에서 하기로 한 저궤도 위성통신 시범 서비스는 예정보다 이른 9월부터 신안·완도·옹진 등 섬 12곳에서 시작됐다.",
          target=10.0, unit="곳", deadline="2025-12-31", dtext="하반기",
          comment="achieved early and beyond the target: on time, with the promised '하반기' as deadline and the promised "
                  "10 as target; 3,100명 (next) is usage"),
        m("p-msit-rural-5g-shared", "progress", MSIT, TEL,
          "반면 연내 남은 읍·면 320곳에 모두 깔겠다던 농어촌 5G 공동이용망은 지난달 말까지 250곳에 깔렸다.",
          target=320.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment="before the deadline a shortfall is progress; the next sentence moves the rest (same day: delayed wins as the "
                  "later entry)"),
        m("p-msit-rural-5g-shared", "delayed", MSIT, TEL, "과기정통부는 나머지 70곳의 공동망 구축을 내년 초로 미뤘다.",
          target=70.0, unit="곳", deadline="2026-03-31", dtext="내년 초",
          comment=LATER + "; the sentence does not name the old date; '40곳' (next) is a breakdown of the 70"),
        m("p-msit-rural-5g-shared", "delayed", MSIT, TEL,
          "차우빈 과기정통부 통신정책관은 \"섬과 산간은 기지국 부지와 전력을 확보하기가 어려웠다\"며 \"내년 3월까지는 70곳도 모두 마치겠다\"고 말했다.",
          person=CHA, target=70.0, unit="곳", deadline="2026-03-31", dtext="내년 3월까지",
          comment="the official restates the moved date on the page that reports the delay: delayed with the new date"),
        m("p-msit-rural-quality-report", "cancelled", MSIT, TEL,
          "과기정통부가 12월에 농어촌만 따로 떼어 공개하겠다던 통신 품질 평가 결과는 전국 평가에 합쳐 발표하는 것으로 바뀌어, 별도 공개는 없던 일이 됐다.",
          prev="2025-12-31",
          comment="dropped before its date: the not-yet-passed '12월' → previous_deadline (l's 특화단지, o's 요금 상한제)"),
        m("p-msit-rural-5g-500", "progress", MSIT, TEL,
          "올해 평가에서 농어촌 5G 평균 다운로드 속도는 412Mbps로, 2026년까지 500Mbps로 끌어올리겠다는 목표에는 아직 못 미친다.",
          target=500.0, unit="Mbps", deadline="2026-12-31", dtext="2026년까지",
          comment="a measured value tied to the promise, before the deadline: progress"),
        m("p-msit-bus-wifi-5000", "progress", MSIT, TEL,
          "내년 상반기까지 5,000대를 바꾸기로 한 농어촌 버스 공공 와이파이 장비는 지금까지 2,100대가 교체됐다.",
          target=5000.0, unit="대", deadline="2026-06-30", dtext="내년 상반기까지", comment="before the deadline: progress"),
        m("p-msit-senior-digital-20k", "progress", MSIT, O,
          "올해 2만 명을 목표로 한 농어촌 어르신 스마트폰 교육은 11월까지 1만 6,000명이 받았다.",
          target=20000.0, unit="명", deadline="2025-12-31", dtext="올해",
          comment="before the deadline: progress; '11월까지' is the reporting date; 신안군's 월 1만 원, 전라남도's 건의 and the "
                  "어민 단체 are not annotated"),
    ]))

# ---------------------------------------------------------------- 데이터센터 전력 데이터 (no promise on the page)
PAGES.append(dict(
    source="2026-02-24_p_datacenter-power-data.txt",
    title="[데이터] 데이터센터 전력 사용 5년 새 2.3배…열에 일곱은 수도권", published_at="2026-02-24",
    mentions=[]))

# ---------------------------------------------------------------- 연구소기업 2/3 (op-ed column by an outside writer)
PAGES.append(dict(
    source="2026-04-14_p_lab-companies-column.txt",
    title="[현장칼럼] 연구소기업 3,000개보다 중요한 것", published_at="2026-04-14",
    mentions=[
        m("p-msit-lab-co-3000", "progress", MSIT, COM,
          "과학기술정보통신부가 지난해 5월 2027년까지 3,000개로 늘리겠다고 한 연구소기업은 지난해 말 2,480개가 됐다.",
          target=3000.0, unit="개", deadline="2027-12-31", dtext="2027년까지",
          comment="before the deadline: progress; '지난해 5월' is when the promise was made; the column headline is not "
                  "annotated; 170곳 / 40% (next) are statistics"),
        m("p-msit-tech-fee-waiver", "achieved", MSIT, COM,
          "창업 3년 미만 기업의 선급 기술료 면제는 약속대로 지난해 7월부터 시행됐다.",
          deadline="2025-07-31", dtext="지난해 7월부터",
          comment="on time; the sentence names no body: 과기정통부, whose promise it is; '약속이 지켜진 대목도 있다.' is an "
                  "umbrella line"),
        m("p-msit-lab-equity-10", "achieved", MSIT, COM,
          "공공연구기관의 최소 지분을 10%로 낮추는 시행령 개정은 지난해 하반기 약속보다 늦은 올해 1월에야 시행됐다.",
          target=10.0, unit="%",
          comment=LATE + " ('지난해 하반기' = 2025-12-31); late achievements keep the target the sentence names (n)"),
        m("p-msit-tech-market", "delayed", MSIT, COM, "지난해 3분기 중 열겠다던 통합 장터는 아직 열리지 않았다.",
          prev="2025-09-30", comment="after the deadline, not done: delayed; '지난해 3분기 중' → previous_deadline"),
        m("p-msit-tech-market", "delayed", MSIT, COM, "과기정통부는 개통을 오는 6월로 미뤘다.",
          deadline="2026-06-30", dtext="오는 6월", comment=LATER + "; '오는 6월' on 2026-04-14 → 2026-06-30"),
        m("p-msit-tech-fund-1500", "progress", MSIT, COM,
          "올해 상반기까지 1,500억 원을 모으겠다던 공공기술 사업화 펀드는 지금까지 900억 원이 모였다.",
          target=WON1500B, unit="원", deadline="2026-06-30", dtext="올해 상반기까지", comment="before the deadline: progress"),
        m("p-mss-lab-tips-100", "progress", MSS, COM,
          "중소벤처기업부가 올해부터 해마다 100개를 뽑겠다던 연구소기업 전용 팁스 트랙은 지난달 첫 공고를 냈다.",
          target=100.0, unit="개", deadline="2026-12-31", dtext="올해부터",
          comment="a step before the deadline: progress. The columnist's hypothetical ('만약 … 5%까지 더 낮춘다면 …'), "
                  "her demands and closing are not annotated"),
    ]))

# ---------------------------------------------------------------- 반도체 인력 2/2 (fact-check with ■ items and verdicts)
P11_H = "[팩트체크] \"반도체 인력 약속 다 지켰다\"?…아카데미는 초과, 계약학과는 10곳 중 7곳"
PAGES.append(dict(
    source="2026-06-16_p_chip-talent-factcheck.txt", title=P11_H, published_at="2026-06-16",
    mentions=[
        m("p-motie-chip-academy-3600", "achieved", MOTI, IND, P11_H,
          comment="the headline names no body: the academy is 산업통상부's (산업통상자원부 renamed on 2025-10-01); no number "
                  "or date in the clause; the quoted claim is 산업통상부's SNS line, not a promise"),
        m("p-moe-chip-contract-10", "delayed", MOE, IND, P11_H, target=10.0, unit="곳",
          comment="a headline with two bodies: one entry per body; 7 of 10 after the deadline (2026-03-31): delayed"),
        m("p-motie-chip-academy-3600", "achieved", MOTI, IND,
          "지난해 3,600명을 길러 내기로 한 반도체 아카데미는 지난해 3,950명이 수료해 목표를 넘겼다.",
          target=3600.0, unit="명", deadline="2025-12-31", dtext="지난해",
          comment="on time: 2025's target reached in 2025; the ■ item heads and verdicts are not annotated; 71% is a statistic"),
        m("p-moe-chip-hs-20", "achieved", MOE, IND,
          "교육부가 지난해 안에 지정하겠다던 반도체 특성화고 20곳은 12월 예정대로 지정됐다.",
          target=20.0, unit="곳", deadline="2025-12-31", dtext="지난해 안에", comment="on time"),
        m("p-moj-chip-visa", "achieved", MOJ, IND,
          "법무부가 지난해 하반기 도입하겠다던 '반도체 인재 비자'는 올해 2월에야 도입됐다.",
          comment=LATE + " ('지난해 하반기' = 2025-12-31); 86명 (next) is usage"),
        m("p-moe-chip-contract-10", "delayed", MOE, IND,
          "교육부는 올해 3월 계약학과 10곳을 새로 열겠다고 했지만, 실제로 문을 연 곳은 7곳이다.",
          target=10.0, unit="곳", prev="2026-03-31",
          comment="after the deadline a shortfall is delayed; '올해 3월' → previous_deadline"),
        m("p-moe-chip-contract-10", "delayed", MOE, IND, "교육부는 나머지 세 곳을 내년 3월 열겠다고 밝혔다.",
          target=3.0, unit="곳", deadline="2027-03-31", dtext="내년 3월",
          comment=LATER + "; the remainder is the target ('세 곳' → 3 곳)"),
        m("p-motie-chip-fab-center-2", "delayed", MOTI, IND,
          "구미 팹 실습센터는 지난 4월 문을 열었지만, 천안 센터는 장비 반입이 늦어져 산업통상부가 개소를 내년 상반기로 미뤘다.",
          deadline="2027-06-30", dtext="내년 상반기",
          comment=LATER + " (the promised 2026-06-30 had not passed); one sentence reporting one centre open and the other "
                  "moved gets one entry; no number in the sentence"),
        m("p-motie-chip-design-10k", "progress", MOTI, IND,
          "2030년까지 1만 명을 기르겠다는 석·박사급 설계 인력은 지난해 1,900명이 배출됐다.",
          target=10000.0, unit="명", deadline="2030-12-31", dtext="2030년까지",
          comment="before the deadline: progress; the lawmaker's '2만 명' claim (not a promise) is not annotated"),
        m("p-moti-chip-academy-5000", "new", MOTI, IND,
          "산업통상부는 올해 하반기부터 반도체 아카데미 정원을 연 5,000명으로 늘리겠다고 밝혔다.",
          target=5000.0, unit="명", deadline="2026-12-31", dtext="올해 하반기부터",
          comment="a new commitment for 2026, not a revision of the achieved 2025 target (n's GPR 2만 km); key of the renamed "
                  "body; the official's admission and the 종합 판정 are not annotated"),
    ]))

# ---------------------------------------------------------------- year-end roundup (three storylines + one-liners; two deck lines)
P12_D1 = "공공 AI 영향평가 3월 시행…민원 AI 상담은 243곳 중 188곳서 멈춰"
P12_D2 = "농어촌 5G 공동망 3월 완성…버스 와이파이는 3,800대 그쳐"
PAGES.append(dict(
    source="2026-11-24_p_promise-roundup.txt",
    title="[2026 약속 결산] 공공 AI·농어촌 통신·연구소기업…부처 약속 얼마나 지켰나", published_at="2026-11-24",
    mentions=[
        m("p-naic-impact-assess", "achieved", NAISC, AIP, P12_D1, deadline="2026-03-31", dtext="3월",
          comment="on the moved date; the deck names no body: 국가인공지능전략위원회; '3월' on 2026-11-24 → 2026-03-31"),
        m("p-mois-civil-ai-243", "delayed", MOIS, AIP, P12_D1, target=243.0, unit="곳",
          comment="a deck line with two bodies: one entry per body; after the deadline a shortfall is delayed"),
        m("p-msit-rural-5g-shared", "achieved", MSIT, TEL, P12_D2, deadline="2026-03-31", dtext="3월",
          comment="on the moved date; the deck names no body: 과학기술정보통신부"),
        m("p-msit-bus-wifi-5000", "delayed", MSIT, TEL, P12_D2,
          comment="one deck line, two follow-ups; 3,800대 is the count (no target in the clause); after the deadline"),
        m("p-naic-impact-assess", "achieved", NAISC, AIP,
          "국가인공지능전략위원회는 올해 3월로 미뤘던 공공 AI 영향평가 의무화를 예정대로 3월부터 시행했다.",
          deadline="2026-03-31", dtext="올해 3월",
          comment="on time for the moved date (o's convention); 112건 (next) is usage; the intro and ■ heads are not annotated"),
        m("p-mois-ai-assistant-49", "achieved", MOIS, AIP,
          "행정안전부가 지난해 연말까지 중앙행정기관 49곳 모두에 도입하겠다던 업무용 AI 비서는 해를 넘겨 올해 2월에야 49곳을 채웠다.",
          target=49.0, unit="곳", comment=LATE + " ('지난해 연말까지' = 2025-12-31); the target the sentence names is kept"),
        m("p-mois-ai-training-100k", "delayed", MOIS, AIP,
          "지난해 10만 명에게 하기로 한 공무원 AI 활용 교육은 9만 1,000명에 그쳤다.",
          target=100000.0, unit="명", prev="2025-12-31",
          comment="after the deadline a shortfall is delayed; subjectless: 행안부 from the sentence before"),
        m("p-mois-civil-ai-243", "delayed", MOIS, AIP,
          "올해 상반기까지 지자체 243곳의 민원 안내 전화에 AI 상담을 도입하겠다던 행안부 약속은 188곳에서 멈춰 있다.",
          target=243.0, unit="곳", prev="2026-06-30", comment="after the deadline a shortfall is delayed"),
        m("p-naic-pilot-100", "revision", NAISC, AIP,
          "국가인공지능전략위원회는 2026년까지 100개를 찾겠다던 공공 AI 선도 과제 목표를 60개로 줄였다.",
          target=60.0, unit="개", deadline="2026-12-31", dtext="2026년까지",
          comment="a lowered target is revision; the date is unchanged: no previous_deadline; the reason given next is not "
                  "annotated"),
        m("p-naisc-ai-label", "new", NAISC, AIP,
          "위원회는 또 내년 1월부터 모든 공공 AI 서비스의 답변에 'AI가 만든 결과물'이라는 표시를 붙이겠다고 밝혔다.",
          deadline="2027-01-31", dtext="내년 1월부터",
          comment="a new promise of the renamed body: key p-naisc-; '모든' is no number"),
        m("p-msit-rural-5g-shared", "achieved", MSIT, TEL,
          "과학기술정보통신부는 올해 초로 미뤘던 농어촌 5G 공동이용망의 남은 70곳 구축을 3월에 모두 마쳤다.",
          target=70.0, unit="곳", deadline="2026-03-31", dtext="올해 초",
          comment="on time for the moved date ('올해 초' = 03-31); the remainder is the target"),
        m("p-msit-bus-wifi-5000", "delayed", MSIT, TEL,
          "올해 상반기까지 5,000대를 바꾸기로 한 농어촌 버스 와이파이 장비는 3,800대에서 교체가 멈췄다.",
          target=5000.0, unit="대", prev="2026-06-30", comment="after the deadline a shortfall is delayed"),
        m("p-msit-rural-5g-500", "progress", MSIT, TEL,
          "올해 평가에서 농어촌 5G 평균 다운로드 속도는 463Mbps로 1년 새 51Mbps 빨라졌다.",
          comment="the promised quantity measured, without the target (o's 'measured value reported without the target'); "
                  "before the deadline (2026-12-31): progress; '1년 새 51Mbps' is arithmetic"),
        m("p-msit-island-cable-3", "revision", MSIT, TEL,
          "2027년까지 세 곳에 깔기로 했던 섬 지역 해저 광케이블은 과기정통부가 완공 시점을 올해 말로 1년 앞당겼다.",
          target=3.0, unit="곳", deadline="2026-12-31", dtext="올해 말", prev="2027-12-31",
          comment="a date moved EARLIER is revision (n's convention), old date named → previous_deadline"),
        m("p-msit-senior-digital-20k", "achieved", MSIT, O,
          "지난해 2만 명을 목표로 한 농어촌 어르신 스마트폰 교육은 2만 1,000명이 받아 목표를 넘겼다.",
          target=20000.0, unit="명", deadline="2025-12-31", dtext="지난해",
          comment="on time (2025's target reached in 2025); the sentence names no body: 과기정통부"),
        m("p-msit-lab-co-3000", "progress", MSIT, COM,
          "2027년까지 3,000개로 늘리기로 한 연구소기업은 10월 말 현재 2,760개다.",
          target=3000.0, unit="개", deadline="2027-12-31", dtext="2027년까지",
          comment="before the deadline: progress; the sentence names no body: 과기정통부"),
        m("p-msit-tech-fund-1500", "achieved", MSIT, COM,
          "상반기까지 1,500억 원을 모으기로 한 공공기술 사업화 펀드는 두 달 늦은 8월에야 1,500억 원을 채웠다.",
          target=WON1500B, unit="원", comment=LATE + " ('상반기까지' = 2026-06-30); the target is kept"),
        m("p-msit-tech-market", "cancelled", MSIT, COM,
          "올해 6월 열겠다며 한 차례 미뤘던 '공공기술 통합 장터'는 결국 없던 일이 됐다.",
          prev="2026-06-30",
          comment="dropped after the moved date had passed: cancelled, the moved date → previous_deadline; the replacement "
                  "(기존 누리집 세 곳 연결, next) has no number or date and is not a new commitment"),
        m("p-mss-lab-tips-100", "progress", MSS, COM,
          "중소벤처기업부가 올해 100개를 뽑기로 한 연구소기업 전용 팁스 트랙은 지금까지 64개 기업을 선정했다.",
          target=100.0, unit="개", deadline="2026-12-31", dtext="올해", comment="before the deadline: progress"),
        m("p-motie-dc-power-discount", "delayed", MCEE, AII,
          "기후에너지환경부는 산업통상자원부 시절 올해 7월로 미뤘던 데이터센터 전기요금 할인 특례를 다시 내년 1월로 미뤘다.",
          deadline="2027-01-31", dtext="내년 1월", prev="2026-07-31",
          comment="delayed a second time; " + LATER + "; the power work of 산업통상자원부 went to 기후에너지환경부 on "
                  "2025-10-01, so the follow-up is that body's (not 산업통상부's), as the sentence says"),
        m("p-msit-dc-zones-5", "achieved", MSIT, AII,
          "과기정통부가 지난해 하반기 지정하기로 한 AI 데이터센터 특화지구 5곳은 올해 2월에야 지정됐다.",
          target=5.0, unit="곳", comment=LATE + " ('지난해 하반기' = 2025-12-31)"),
        m("p-motie-dc-subsidy", "achieved", MOTI, AII,
          "산업통상부가 산업통상자원부 시절 약속한 지방투자촉진보조금의 데이터센터 지원은 예정대로 지난해 하반기부터 시행돼 지금까지 4곳이 받았다.",
          deadline="2025-12-31", dtext="지난해 하반기부터",
          comment="on time; the regional-investment subsidy stays with 산업통상부 (the primary successor); 4곳 is usage"),
        m("p-moti-chip-academy-5000", "progress", MOTI, IND,
          "산업통상부가 올해 하반기부터 연 5,000명으로 늘리기로 한 반도체 아카데미는 10월까지 4,100명이 수료했다.",
          target=5000.0, unit="명", deadline="2026-12-31", dtext="올해 하반기부터", comment="before the deadline: progress"),
        m("p-mss-ai-voucher-10k", "delayed", MSS, SU,
          "중소벤처기업부가 올해 상반기까지 소상공인 1만 곳에 주겠다던 'AI 도입 바우처'는 7,400곳에 그쳤다.",
          target=10000.0, unit="곳", prev="2026-06-30",
          comment="standalone inside the roundup (h/i): first reported here, after its deadline: delayed; 소상공인 support: "
                  "startup"),
        m("p-mss-ai-voucher-10k", "delayed", MSS, SU, "중기부는 남은 2,600곳을 올해 말까지 채우겠다고 했다.",
          target=2600.0, unit="곳", deadline="2026-12-31", dtext="올해 말까지",
          comment=LATER + "; the remainder is the target"),
        m("p-pipc-pseudonym-ai", "new", PIPC, AIP,
          "개인정보보호위원회는 내년 상반기까지 AI 학습에 쓰는 개인정보의 가명처리 기준을 내놓겠다고 밝혔다.",
          deadline="2027-06-30", dtext="내년 상반기까지",
          comment="standalone; a rule for AI training data: ai_policy (AI 법·규범); the outlet's own plan and boilerplate are "
                  "not annotated"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-24)
LAST = "2026-11-24"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    ("p-naic-impact-assess", NAISC, AIP, "공공 AI 영향평가 의무화 (2025년 하반기부터 → 2026년 3월)", "achieved",
     "on the moved date, March 2026; made by 국가인공지능위원회"),
    ("p-naic-guideline", NAISC, AIP, "'공공 AI 활용 가이드라인' 2025년 3월까지", "achieved", "May 2025 (late)"),
    ("p-naic-pilot-100", NAISC, AIP, "공공 AI 선도 과제 2026년까지 (100개 → 60개)", "revised",
     "target lowered on 2026-11-24; 23개 in October 2025"),
    ("p-naisc-ai-label", NAISC, AIP, "공공 AI 서비스 답변에 'AI가 만든 결과물' 표시 2027년 1월부터", "announced", ""),
    ("p-mois-ai-assistant-49", MOIS, AIP, "중앙행정기관 49곳 업무용 AI 비서 2025년 내", "achieved",
     "February 2026 (late); 31곳 in October 2025"),
    ("p-mois-ai-training-100k", MOIS, AIP, "공무원 AI 활용 교육 2025년 10만 명", "delayed", "9만 1,000명"),
    ("p-mois-open-data-1000", MOIS, AIP, "AI 학습용 공공데이터 2026년까지 1,000종 개방", "in_progress",
     "450종 in October 2025; no later report, deadline 2026-12-31 still ahead"),
    ("p-mois-civil-ai-243", MOIS, AIP, "지자체 243곳 민원 안내 전화 AI 상담 2026년 상반기까지", "delayed", "188곳"),
    ("p-kostat-ai-coding", NDA, AIP, "통계 조사 AI 자동 분류 (분류 작업 80%) 2025년 내", "achieved",
     "July 2025, ahead of the deadline; made by 통계청, reported by 국가데이터처"),
    ("p-msit-dc-regional-60", MSIT, AII, "신규 AI 데이터센터 60% 비수도권 2030년까지", "in_progress",
     "24% in H1 2025 (reported 2025-09-16)"),
    ("p-msit-dc-zones-5", MSIT, AII, "'AI 데이터센터 특화지구' 5곳 2025년 하반기 지정", "achieved", "February 2026 (late)"),
    ("p-msit-dc-cooling-2", MSIT, AII, "액침 냉각 실증 센터 2026년까지 두 곳", "announced",
     "no follow-up; its deadline (2026-12-31) is still ahead"),
    ("p-motie-dc-grid-6m", MCEE, AII, "비수도권 데이터센터 전력 공급 승인 6개월 이내 2025년 7월부터", "achieved",
     "on time; made by 산업통상자원부, whose power work went to 기후에너지환경부 on 2025-10-01"),
    ("p-motie-dc-power-discount", MCEE, AII, "비수도권 데이터센터 전기요금 할인 특례 (2026년 1월 → 7월 → 2027년 1월)",
     "delayed", "moved twice (2025-09-16, 2026-11-24)"),
    ("p-motie-dc-subsidy", MOTI, AII, "지방투자촉진보조금 데이터센터 지원 2025년 하반기부터", "achieved",
     "on time; made by 산업통상자원부, followed up by 산업통상부"),
    ("p-msit-rural-5g-shared", MSIT, TEL, "농어촌 5G 공동이용망 남은 읍·면 320곳 (2025년 내 → 나머지 70곳 2026년 초)",
     "achieved", "on the moved date, March 2026"),
    ("p-msit-rural-5g-500", MSIT, TEL, "농어촌 5G 평균 속도 2026년까지 500Mbps", "in_progress", "463Mbps in 2026"),
    ("p-msit-bus-wifi-5000", MSIT, TEL, "농어촌 버스 와이파이 장비 5,000대 교체 2026년 상반기까지", "delayed", "3,800대"),
    ("p-msit-island-satellite-10", MSIT, TEL, "섬 10곳 저궤도 위성통신 시범 서비스 2025년 하반기", "achieved",
     "September 2025 in 12 islands (early)"),
    ("p-msit-rural-quality-report", MSIT, TEL, "농어촌 통신 품질 평가 결과 별도 공개 2025년 12월", "cancelled",
     "folded into the national results (2025-12-09)"),
    ("p-msit-senior-digital-20k", MSIT, O, "농어촌 어르신 스마트폰 교육 2025년 2만 명", "achieved", "2만 1,000명"),
    ("p-msit-island-cable-3", MSIT, TEL, "섬 지역 해저 광케이블 세 곳 (2027년까지 → 2026년 말)", "revised",
     "date moved earlier on 2026-11-24"),
    ("p-msit-lab-co-3000", MSIT, COM, "연구소기업 2027년까지 3,000개", "in_progress", "2,760개 in October 2026"),
    ("p-msit-lab-equity-10", MSIT, COM, "연구소기업 공공연구기관 최소 지분 20% → 10% 2025년 하반기부터", "achieved",
     "January 2026 (late)"),
    ("p-msit-tech-fee-waiver", MSIT, COM, "창업 3년 미만 기업 선급 기술료 면제 2025년 7월부터", "achieved", ""),
    ("p-msit-tech-fund-1500", MSIT, COM, "공공기술 사업화 펀드 1,500억 원 2026년 상반기까지", "achieved", "August 2026 (late)"),
    ("p-msit-tech-market", MSIT, COM, "'공공기술 통합 장터' (2025년 3분기 → 2026년 6월)", "cancelled",
     "dropped on 2026-11-24 after one delay"),
    ("p-mss-lab-tips-100", MSS, COM, "연구소기업 전용 팁스 트랙 2026년부터 연 100개", "in_progress", "64개 by November 2026"),
    ("p-motie-chip-academy-3600", MOTI, IND, "반도체 아카데미 2025년 3,600명", "achieved", "3,950명"),
    ("p-motie-chip-design-10k", MOTI, IND, "석·박사급 반도체 설계 인력 2030년까지 1만 명", "in_progress", "1,900명 in 2025"),
    ("p-motie-chip-fab-center-2", MOTI, IND, "팹 실습센터 두 곳 (2026년 상반기 → 천안 2027년 상반기)", "delayed",
     "구미 opened April 2026; 천안 moved (convention 1, although the new date is ahead)"),
    ("p-motie-chip-supply-stats", MOTI, IND, "반도체 인력 수급 현황 분기별 공개 2025년 7월부터", "delayed",
     "deadline 2025-07-31 passed with no report (the 2025-06-24 page is its only page)"),
    ("p-moti-chip-academy-5000", MOTI, IND, "반도체 아카데미 정원 연 5,000명 2026년 하반기부터", "in_progress",
     "4,100명 by October"),
    ("p-moe-chip-contract-10", MOE, IND, "반도체 계약학과 10곳 (2026년 3월; 나머지 세 곳 2027년 3월)", "delayed",
     "7곳 opened; the rest moved (convention 1)"),
    ("p-moe-chip-hs-20", MOE, IND, "반도체 특성화고 20곳 2025년 내 지정", "achieved", ""),
    ("p-moj-chip-visa", MOJ, IND, "'반도체 인재 비자' 2025년 하반기 도입", "achieved", "February 2026 (late)"),
    ("p-mss-ai-voucher-10k", MSS, SU, "소상공인 'AI 도입 바우처' 1만 곳 (2026년 상반기 → 나머지 2,600곳 연말)", "delayed",
     "7,400곳; the rest moved to 2026-12-31"),
    ("p-pipc-pseudonym-ai", PIPC, AIP, "AI 학습용 개인정보 가명처리 기준 2027년 상반기까지", "announced", ""),
]


if __name__ == "__main__":
    write(ROOT, "p", PAGES, COMMITMENTS, LAST,
          ['ministry = the responsible body under the name valid on that date (국가인공지능위원회 promises are listed',
           'under 국가인공지능전략위원회 (from 2025-09-08), 통계청\'s under 국가데이터처 (from 2025-10-01); 산업통상자원부\'s',
           'data-centre power promises under 기후에너지환경부, which took over its power work on 2025-10-01, and its',
           'other promises under 산업통상부).'],
          with_commitments="--commitments" in sys.argv[1:])
