"""Writes the hand annotations of held-out set w to gold/*.toml.

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

MOEF = "기획재정부"          # until 2026-01-01
MOFE = "재정경제부"          # from 2026-01-02 (took 세제 from 기획재정부: the primary successor is right for 유류세)
MOPB = "기획예산처"          # from 2026-01-02 (took the budget from 기획재정부: the 추경 promise goes here, not to
                             # 재정경제부, the primary successor)
MOLIT = "국토교통부"
KFTC = "공정거래위원회"
MOEL = "고용노동부"
MOJ = "법무부"
MOGEF = "여성가족부"          # until 2025-09-30
MOGE = "성평등가족부"         # from 2025-10-01 (successor of 여성가족부; kept 가족정책)
MOTIE = "산업통상자원부"      # until 2025-09-30
MOTI = "산업통상부"          # from 2025-10-01 (successor of 산업통상자원부; kept 자동차·통상)
KCS = "관세청"
ME = "환경부"                # until 2025-09-30
MCEE = "기후에너지환경부"     # from 2025-10-01 (successor of 환경부: 전기차 보조금; and took the energy work of
                             # 산업통상자원부, here CCUS, which is not the listed successor's)
MOF = "해양수산부"
MSIT = "과학기술정보통신부"
MOHW = "보건복지부"

FIS = "fiscal"     # 유류세 (세제: 탄력세율, 교통·에너지·환경세; 기획재정부 / 재정경제부 own fiscal)
O = "other"        # 외국인 가사관리사, 요양병원 간병비 (no topic fits)
IND = "industry"   # 자동차 관세 대응 (자동차, 관세, 수출; 산업통상자원부 / 산업통상부)
CLI = "climate"    # CCUS (온실가스 감축 수단: 포집·저장; 기후에너지환경부 owns climate)

LATE = "achieved after the deadline the commitment named; no deadline fields (the sentence names a missed date or none)"
LATER = "deadline moved later: delayed (convention of j-v), new date in deadline"
WHEN = "on time, but the time words say when it was done, not what was promised: no deadline fields (q-v)"

W3T = 3000000000000.0        # 3조 원
W500B = 500000000000.0       # 5,000억 원
W150B = 150000000000.0       # 1,500억 원
W90B = 90000000000.0         # 900억 원
W1M = 1000000.0              # 100만 원
T1_2M = 1200000.0            # 120만 톤
T400K = 400000.0             # 40만 톤
T4M = 4000000.0              # 400만 톤

PAGES: list[dict] = []

# ---------------------------------------------------------------- 유류세 1/3 (wire, `(세종=물빛통신)` dateline; 기획재정부, 국토교통부, 공정위)
P1_H = "유류세 인하 4월까지 두 달 더…휘발유 인하율 15%→10%로 줄인다"
PAGES.append(dict(
    source="2025-02-18_w_fuel-tax-cut-wire.txt", title=P1_H, published_at="2025-02-18",
    mentions=[
        m("w-moef-fuel-rate-10", "new", MOEF, FIS, P1_H, target=10.0, unit="%",
          comment="the headline names no body: 기획재정부's plan. '4월까지 두 달 더' is the extension of a standing "
                  "tax cut (a state of the rule, not a promise with a target): not a deadline of this clause"),
        m("w-moef-fuel-rate-10", "new", MOEF, FIS,
          "정부가 이달 말 끝날 예정이던 유류세 한시 인하 조치를 4월 말까지 두 달 더 연장하되, 다음 달부터 인하 폭을 줄이기로 했다.",
          deadline="2025-03-31", dtext="다음 달부터",
          comment="the lead: the promise is the narrowing ('다음 달부터 인하 폭을 줄이기로'); '4월 말까지' extends the "
                  "existing cut and is not annotated as a deadline (uncertain call); the wire dateline is not part of "
                  "the sentence; '정부' → 기획재정부"),
        m("w-moef-fuel-rate-10", "new", MOEF, FIS,
          "기재부는 휘발유에 붙는 유류세 인하율을 지금의 15%에서 3월부터 10%로, 경유와 액화석유가스(LPG)부탄은 23%에서 15%로 낮춘다고 밝혔다.",
          target=10.0, unit="%", deadline="2025-03-31", dtext="3월부터",
          comment="one commitment (the narrowed rates); the target is the first one named (휘발유 10%); 15% and 23% "
                  "are baselines; the 41원 / 46원 effect is arithmetic"),
        m("w-moef-fuel-phaseout", "new", MOEF, FIS,
          "기재부는 국제유가 흐름을 보며 인하 폭을 한 번 더 줄여 상반기 안에 인하 조치를 끝내겠다고 밝혔다.",
          deadline="2025-06-30", dtext="상반기 안에",
          comment="the 2021 start, the 37% peak and 5조 원 are history and statistics; the 오피넷 prices are statistics"),
        m("w-moef-fuel-flex-law", "new", MOEF, FIS,
          "기재부는 이 조정 폭을 15%로 좁히는 교통·에너지·환경세법 개정안을 7월 세법개정안에 담겠다고 밝혔다.",
          target=15.0, unit="%", deadline="2025-07-31", dtext="7월",
          comment="the rule value the bill sets is its target (r-v); '최대 30%' is the present rule"),
        m("w-molit-fuel-truck-1700", "new", MOLIT, FIS,
          "국토교통부는 오는 3월부터 화물차 유가연동보조금 지급 기준가격을 ℓ당 1,750원에서 1,700원으로 낮춘다고 밝혔다.",
          target=1700.0, unit="원", deadline="2025-03-31", dtext="오는 3월부터",
          comment="a threshold the measure sets is its target; 1,750원 is the baseline; fiscal by subject (a measure of "
                  "the 유류세 package), though 국토교통부 owns no topic"),
        m("w-kftc-fuel-price-check", "new", KFTC, FIS,
          "공정거래위원회는 유류세 인하분과 환원분이 주유소 판매가격에 제대로 반영되는지 정유 4사와 주요 주유소를 점검해 상반기 중 결과를 공개하기로 했다.",
          deadline="2025-06-30", dtext="상반기 중",
          comment="'정유 4사' is a count of the objects, not a target. Not annotated: 허현서's quote (an undated "
                  "intention), 류건우's '20%' (an opposition lawmaker's demand), the 주유소협회's '한 달' (a demand), "
                  "the 에너지경제연구원 and 증권사 forecasts"),
    ]))

# ---------------------------------------------------------------- 가사관리사 1/3 (general daily, one deck line; 고용노동부, 여성가족부, 법무부)
P2_H = "외국인 가사관리사 연내 1,200명으로…서울 밖 5개 시도로 넓힌다"
P2_D = "노동부 \"고충 상담 창구 4월 개설\"…법무부, 전용 체류자격 상반기 중 신설"
PAGES.append(dict(
    source="2025-03-26_w_foreign-housekeepers-plan.txt", title=P2_H, published_at="2025-03-26",
    mentions=[
        m("w-moel-maid-1200", "new", MOEL, O, P2_H, target=1200.0, unit="명", deadline="2025-12-31", dtext="연내",
          comment="the headline names no body: 고용노동부's plan; one headline, two commitments"),
        m("w-moel-maid-regions-5", "new", MOEL, O, P2_H, target=5.0, unit="개",
          comment="'5개 시도' keeps the counter 개 (u's '17개 시도'); no date in the clause"),
        m("w-moel-maid-helpdesk", "new", MOEL, O, P2_D, deadline="2025-04-30", dtext="4월",
          comment="a deck quoting a body: person ''; one deck line, two commitments (two bodies)"),
        m("w-moj-maid-visa", "new", MOJ, O, P2_D, deadline="2025-06-30", dtext="상반기 중"),
        m("w-moel-maid-1200", "new", MOEL, O,
          "고용노동부는 26일 '외국인 가사관리사 본사업 추진 방안'을 발표하고 지금 180명인 외국인 가사관리사를 연내 1,200명으로 늘리겠다고 밝혔다.",
          target=1200.0, unit="명", deadline="2025-12-31", dtext="연내",
          comment="the plan release and the promise in one sentence: annotated; 180명 is the baseline. The lead "
                  "('… 전국 사업으로 커진다.') is an umbrella and is not annotated"),
        m("w-moel-maid-regions-5", "new", MOEL, O,
          "하반기부터는 서울 밖 부산·인천·대구·광주·경기 등 5개 시도에서도 가사관리사를 쓸 수 있게 한다.",
          target=5.0, unit="개", deadline="2025-12-31", dtext="하반기부터는", comment="subjectless: 고용노동부"),
        m("w-mogef-maid-fee-30", "new", MOGEF, O,
          "여성가족부는 7월부터 한부모·다자녀 가정이 외국인 가사관리사를 쓰면 이용료의 30%를 지원하기로 했다.",
          target=30.0, unit="%", deadline="2025-07-31", dtext="7월부터",
          comment="'중위소득 150%' is the scope; '3,000가구 안팎' is the ministry's estimate, not a target"),
        m("w-moel-maid-helpdesk", "new", MOEL, O,
          "노동부는 4월 중 가사관리사 전용 고충 상담 창구를 열어 필리핀어(타갈로그어) 통역 상담을 제공한다.",
          deadline="2025-04-30", dtext="4월 중"),
        m("w-moj-maid-visa", "new", MOJ, O,
          "법무부는 지금은 비전문취업(E-9) 비자로 들어오는 가사관리사를 위한 전용 체류자격을 상반기 중 신설하기로 했다.",
          deadline="2025-06-30", dtext="상반기 중",
          comment="Not annotated: the 100명 / 170여 가정 / 2명 / 80% / 180명 statistics, 1만 6,800원 and 130만 원 "
                  "(the present fee), 변해인's quote (undated), 서울시's 하반기 200명 (a local government), the 필리핀 "
                  "이주노동자부's 연말까지 2,000명 (a foreign government), the 단체's demand, 황보윤결's '다음 달' bill "
                  "(a lawmaker of the then ruling party), the institute's 2032 forecast"),
    ]))

# ---------------------------------------------------------------- 자동차 관세 1/4 (economic daily, one deck line, ad line; 산업통상자원부 + 관세청, 환경부, 기획재정부)
P3_H = "美 자동차 관세 25%에 부품업계 긴급 수혈…정책금융 3조 원 푼다"
P3_D = "산업부 \"신흥시장 개척단 연내 10회\"…전기차 전환 지원금 대당 100만 원 더"
PAGES.append(dict(
    source="2025-04-15_w_auto-tariff-package.txt", title=P3_H, published_at="2025-04-15",
    mentions=[
        m("w-motie-auto-finance-3t", "new", MOTIE, IND, P3_H, target=W3T, unit="원",
          comment="the headline names no body: 산업통상자원부's plan; '25%' is the US tariff (a foreign government's "
                  "measure), not a target"),
        m("w-motie-auto-market-10", "new", MOTIE, IND, P3_D, target=10.0, unit="회", deadline="2025-12-31",
          dtext="연내", comment="a deck quoting a body: person ''; one deck line, two commitments (two bodies)"),
        m("w-me-auto-ev-bonus", "new", ME, IND, P3_D, target=W1M, unit="원",
          comment="the second clause names no body: 환경부's promise (the body says so); no date in the clause; "
                  "the climate cue '전기차' is a trap: the subject is the tariff package"),
        m("w-motie-auto-finance-3t", "new", MOTIE, IND,
          "산업부는 관세 피해가 우려되는 자동차 부품업체에 상반기 중 3조 원 규모의 정책금융을 공급하기로 했다.",
          target=W3T, unit="원", deadline="2025-06-30", dtext="상반기 중",
          comment="the plan-release sentence before it is not annotated"),
        m("w-motie-auto-market-10", "new", MOTIE, IND,
          "북미에 쏠린 수출처를 넓히기 위해 중남미·중동·동남아 시장을 뚫는 민관 합동 시장개척단을 연내 10회 파견한다.",
          target=10.0, unit="회", deadline="2025-12-31", dtext="연내",
          comment="subjectless: 산업부 (the sentence before, '… 작업도 병행한다.', is an umbrella)"),
        m("w-motie-auto-center", "new", MOTIE, IND,
          "다음 달에는 관세 대응 원스톱 지원센터를 열어 부품업체의 원산지 판정과 관세 부담 상담을 한곳에서 처리한다.",
          deadline="2025-05-31", dtext="다음 달에는", comment="subjectless: 산업부"),
        m("w-kcs-auto-origin-500", "new", KCS, IND,
          "관세청은 미국 세관의 원산지 검증에 대비해 수출 부품업체 500곳에 연내 1대1 컨설팅을 제공한다.",
          target=500.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment="'1대1' is a form, not a target; industry by subject (관세청 owns no topic)"),
        m("w-me-auto-ev-bonus", "new", ME, IND,
          "환경부는 올해 전기차 구매 보조금에 대당 100만 원을 더 얹어 주는 '전환 지원금'을 연말까지 지급한다.",
          target=W1M, unit="원", deadline="2025-12-31", dtext="연말까지",
          comment="환경부 owns climate and '전기차' is a climate cue; industry by subject (a demand measure of the tariff "
                  "package): an uncertain call. Not annotated: the 개별소비세 인하 '이미 6월 말까지 연장돼 있다' "
                  "(a rule already in force)"),
        m("w-moef-auto-supp-5000", "new", MOEF, IND,
          "기획재정부는 부품업체 지원에 필요한 예산 5,000억 원을 다음 달 국회에 낼 추가경정예산안에 반영하기로 했다.",
          target=W500B, unit="원", deadline="2025-05-31", dtext="다음 달",
          comment="the fiscal cues '예산' / '추가경정예산' are a trap: industry by subject (uncertain call). Not "
                  "annotated: 347억 달러 / 49% / 82억 달러 (statistics), the institute's 20% (a forecast), 설가은's "
                  "quote (undated), 심재율's 10조 원 (an opposition lawmaker's demand), the 완성차 업체's 2028년 50만 대 "
                  "(a company), 미국 정부's '다음 달 3일부터' (a foreign government)"),
    ]))

# ---------------------------------------------------------------- CCUS 1/3 (trade-paper Q&A interview, quoted deck line; 산업통상자원부 + 과기정통부, 해수부)
P4_H = "[인터뷰] 주승하 산업부 탄소중립산업국장 \"동해 가스전에 2028년부터 CO2 연 120만 톤 묻는다\""
P4_D = "\"저장소 후보지 평가 연내 마무리…포집 설비 보조율 50%로\""
PAGES.append(dict(
    source="2025-05-20_w_ccus-interview.txt", title=P4_H, published_at="2025-05-20",
    mentions=[
        m("w-motie-ccs-donghae", "new", MOTIE, CLI, P4_H, person="주승하", target=T1_2M, unit="톤",
          deadline="2028-12-31", dtext="2028년부터",
          comment="the interviewee for the interview headline and deck (u, v); '연 120만 톤' → 1,200,000 톤"),
        m("w-motie-ccs-site-eval", "new", MOTIE, CLI, P4_D, person="주승하", deadline="2025-12-31", dtext="연내",
          comment="one deck line, two commitments; the quote marks are part of the line"),
        m("w-motie-ccs-subsidy-50", "new", MOTIE, CLI, P4_D, person="주승하", target=50.0, unit="%",
          comment="no date in the clause"),
        m("w-msit-ccu-rnd", "new", MSIT, CLI,
          "과학기술정보통신부는 이와 별도로 2030년까지 1,500억 원을 들여 포집한 이산화탄소를 연료와 건축 자재로 바꾸는 CCU 원천기술을 개발하겠다고 밝혔다.",
          target=W150B, unit="원", deadline="2030-12-31", dtext="2030년까지",
          comment="another body's promise in the intro; climate by subject (과기정통부 owns no climate topic)"),
        m("w-motie-ccs-donghae", "new", MOTIE, CLI,
          "생산이 끝난 동해 가스전을 저장소로 바꿔 2028년부터 해마다 이산화탄소 120만 톤을 주입하는 실증을 시작합니다.",
          person="주승하", target=T1_2M, unit="톤", deadline="2028-12-31", dtext="2028년부터",
          comment="the 'A. ' label is not part of the answer's sentences; the first two sentences are context"),
        m("w-motie-ccs-site-eval", "new", MOTIE, CLI, "서해와 남해 대륙붕의 저장소 후보지 평가도 연내 끝내겠습니다.",
          person="주승하", deadline="2025-12-31", dtext="연내"),
        m("w-motie-ccs-subsidy-50", "new", MOTIE, CLI,
          "그래서 포집 설비 투자 보조율을 지금의 30%에서 하반기부터 50%로 올립니다.",
          person="주승하", target=50.0, unit="%", deadline="2025-12-31", dtext="하반기부터",
          comment="'80~100달러' is a cost statistic; 30% is the baseline"),
        m("w-motie-ccs-pipeline-std", "new", MOTIE, CLI,
          "포집한 이산화탄소를 저장소까지 옮기는 배관의 안전기준도 9월까지 고시하겠습니다.",
          person="주승하", deadline="2025-09-30", dtext="9월까지"),
        m("w-motie-ccs-cluster-2", "new", MOTIE, CLI,
          "울산·여수·당진처럼 배출 기업이 모인 곳을 중심으로 CCUS 클러스터 2곳을 내년 상반기까지 지정하려고 합니다.",
          person="주승하", target=2.0, unit="곳", deadline="2026-06-30", dtext="내년 상반기까지",
          comment="'-려고 합니다' with a target and a date: a promise; the companies' 2027 가동 (the answer before) is "
                  "companies' plans and is not annotated"),
        m("w-mof-ccs-permit-guide", "new", MOF, CLI,
          "해양수산부가 해양 저장 허가 절차와 환경 영향 조사 방법을 담은 지침을 하반기 중 마련합니다.",
          deadline="2025-12-31", dtext="하반기 중",
          comment="another body's promise reported by the interviewee: person '' (he is not its official; uncertain "
                  "call). Not annotated: the 어민 설명 (undated), the MOU '논의', 말레이시아 정부's 2026년 (a foreign "
                  "government), the NDC's 1,120만 톤 (an existing plan's figure), IEA's forecast, the 환경단체"),
    ]))

# ---------------------------------------------------------------- 간병비 1/3 (explainer, ◆ Q heads, ◇ summary box, no deck; 보건복지부 + 고용노동부)
P5_H = "[한입 정책] 요양병원 간병비, 내년부터 건강보험 된다는데…얼마나 줄어드나"
PAGES.append(dict(
    source="2025-06-24_w_care-cost-explainer.txt", title=P5_H, published_at="2025-06-24",
    mentions=[
        m("w-mohw-care-insurance", "new", MOHW, O, P5_H, deadline="2026-12-31", dtext="내년부터",
          comment="the title names no body: 보건복지부's plan; '내년부터' → next year's 12-31 (the body says 1월)"),
        m("w-mohw-care-insurance", "new", MOHW, O, "복지부는 내년 1월부터 요양병원 간병비에 건강보험을 적용한다.",
          deadline="2026-01-31", dtext="내년 1월부터", comment="'그렇다. ' before it is the answer word, not part of it"),
        m("w-mohw-care-hospitals-200", "new", MOHW, O,
          "내년에는 의료 필요도가 높은 환자가 많은 요양병원 200곳을 골라 먼저 시작하고, 대상 병원을 해마다 늘린다.",
          target=200.0, unit="곳", deadline="2026-12-31", dtext="내년에는",
          comment="subjectless: 복지부 (the page's body; the sentence before describes the present)"),
        m("w-mohw-care-copay-30", "new", MOHW, O, "복지부는 본인부담률을 2027년까지 30%로 낮추겠다고 밝혔다.",
          target=30.0, unit="%", deadline="2027-12-31", dtext="2027년까지",
          comment="'절반에서 출발' is the starting rate (a description); the 3만 6,000원 example is arithmetic"),
        m("w-mohw-care-ratio-4", "new", MOHW, O, "복지부는 2027년까지 간병인 한 명이 맡는 환자를 4명으로 줄이겠다고 했다.",
          target=4.0, unit="명", deadline="2027-12-31", dtext="2027년까지", comment="'6~8명' is the present practice"),
        m("w-mohw-care-cert", "new", MOHW, O,
          "간병의 질을 높이기 위해 하반기에는 표준교육과정을 마친 간병인에게 자격을 인증하는 제도를 도입한다.",
          deadline="2025-12-31", dtext="하반기에는", comment="subjectless: 복지부"),
        m("w-moel-care-training-5000", "new", MOEL, O, "고용노동부는 올해 간병인 양성 훈련생 5,000명을 뽑아 교육비를 전액 지원한다.",
          target=5000.0, unit="명", deadline="2025-12-31", dtext="올해"),
        m("w-mohw-care-matching", "new", MOHW, O,
          "복지부는 연내 보호자가 간병인의 경력과 평가를 보고 직접 고를 수 있는 공공 간병인 매칭 플랫폼도 열기로 했다.",
          deadline="2025-12-31", dtext="연내",
          comment="Not annotated: the 재원 answer (3,000억 원, 1조 5,000억 원, 2028 적자: estimates and forecasts), 조해솔's "
                  "20% (an opposition lawmaker's demand), the 협회's claim, the 보험사's 하반기 20만 원 (a company)"),
        m("w-mohw-care-insurance", "new", MOHW, O, "내년 1월부터 요양병원 간병비 건강보험 적용",
          deadline="2026-01-31", dtext="내년 1월부터",
          comment="the ◇ summary box restates the promises: its lines are annotated like deck lines (uncertain call)"),
        m("w-mohw-care-copay-30", "new", MOHW, O, "본인부담률 50%에서 시작해 2027년까지 30%로",
          target=30.0, unit="%", deadline="2027-12-31", dtext="2027년까지"),
        m("w-mohw-care-cert", "new", MOHW, O, "간병인 자격 인증제 하반기 도입", deadline="2025-12-31", dtext="하반기"),
    ]))

# ---------------------------------------------------------------- 유류세 2/3 (TV script: 앵커/리포트/인터뷰; 기획재정부, 국토교통부, 공정위)
P6_H = "유류세 인하 연말까지 또 연장…'상반기 종료' 약속 무색"
PAGES.append(dict(
    source="2025-09-16_w_fuel-tax-tv.txt", title=P6_H, published_at="2025-09-16",
    mentions=[
        m("w-moef-fuel-phaseout", "delayed", MOEF, FIS, P6_H, deadline="2025-12-31", dtext="연말까지",
          comment=LATER + "; the headline names no body"),
        m("w-moef-fuel-phaseout", "delayed", MOEF, FIS,
          "기획재정부는 이달 말 끝날 예정이던 유류세 인하 조치를 연말까지 석 달 더 연장한다고 밝혔습니다.",
          deadline="2025-12-31", dtext="연말까지",
          comment=LATER + "; the end of the cut, promised for H1, moves again. The anchor's lines are not annotated"),
        m("w-moef-fuel-phaseout", "delayed", MOEF, FIS,
          "지난 2월 상반기 안에 끝내겠다고 했던 인하 조치는 6월에 한 번, 이번에 또 한 번 연장됐습니다.",
          prev="2025-06-30", comment="the missed date named ('상반기 안에'); '지난 2월' dates the promise"),
        m("w-moef-fuel-rate-10", "achieved", MOEF, FIS,
          "휘발유 인하율은 예정대로 3월부터 10%로 줄었고, 이번 연장 기간에도 그대로 유지됩니다.",
          target=10.0, unit="%", comment=WHEN),
        m("w-moef-fuel-flex-law", "cancelled", MOEF, FIS,
          "탄력세율 조정 폭을 줄이겠다던 법 개정은 7월 세법개정안에 아예 담기지 않았습니다.",
          prev="2025-07-31", comment="dropped from the bill it was promised for: cancelled, the named date kept (o-v); "
                                     "'국회 논의 상황을 지켜보겠다' is not a promise"),
        m("w-molit-fuel-truck-1700", "achieved", MOLIT, FIS,
          "화물차 유가연동보조금 기준가격은 예정대로 3월부터 ℓ당 1,700원으로 내려갔습니다.",
          target=1700.0, unit="원", comment=WHEN),
        m("w-kftc-fuel-price-check", "achieved", KFTC, FIS,
          "공정거래위원회가 상반기 중 내놓겠다던 정유사 가격 반영 점검 결과는 지난달에야 발표됐습니다.",
          comment=LATE + "; the 92% finding is a result, not a target"),
        m("w-moef-fuel-phaseout", "delayed", MOEF, FIS, "연말에는 인하 조치를 반드시 마무리하겠습니다.",
          person="허현서", deadline="2025-12-31", dtext="연말에는",
          comment="the bite restates the moved date: stays delayed (s-v); the quote marks are not part of the sentence"),
        m("w-moef-fuel-flex-reform", "new", MOEF, FIS, "탄력세율 제도 개선안은 내년 상반기 안에 다시 마련하겠습니다.",
          person="허현서", deadline="2026-06-30", dtext="내년 상반기 안에",
          comment="a new commitment after the cancelled bill (a new measure, not a revision of the 15% bill)"),
        m("w-molit-fuel-subsidy-check", "new", MOLIT, FIS,
          "국토교통부는 화물차 유가보조금 부정수급을 막기 위해 주유 결제 정보와 차량 위치를 실시간으로 맞춰 보는 시스템을 내년 7월부터 도입하겠다고 밝혔습니다.",
          deadline="2026-07-31", dtext="내년 7월부터",
          comment="1,200여 건 / 90억 원 are statistics. Not annotated: the 주유소 운영자 and the 화물차주, 채민혁's 15% (an opposition lawmaker's demand), 4조 원 (an "
                  "estimate), the 증권사's 80달러 (a forecast)"),
    ]))

# ---------------------------------------------------------------- 가사관리사 2/3 (feature `[현장]`, one deck line, series box; 고용노동부, 법무부, 성평등가족부)
P7_H = "[현장] 외국인 가사관리사 '1,200명 약속'…일곱 달 지나 530명"
P7_D = "5개 시도 중 2곳만 시작…한부모 이용료 30% 지원은 내년 1월로"
PAGES.append(dict(
    source="2025-11-04_w_foreign-housekeepers-feature.txt", title=P7_H, published_at="2025-11-04",
    mentions=[
        m("w-moel-maid-1200", "progress", MOEL, O, P7_H, target=1200.0, unit="명",
          comment="short before the deadline (2025-12-31): progress; the headline names no body"),
        m("w-moel-maid-regions-5", "progress", MOEL, O, P7_D, target=5.0, unit="개",
          comment="one deck line, two commitments (two bodies); short before the deadline"),
        m("w-mogef-maid-fee-30", "delayed", MOGE, O, P7_D, target=30.0, unit="%", deadline="2026-01-31",
          dtext="내년 1월로", comment=LATER + "; 성평등가족부, the name on the page's date"),
        m("w-moel-maid-1200", "progress", MOEL, O,
          "고용노동부가 연내 1,200명으로 늘리겠다던 외국인 가사관리사는 10월 말 현재 530명이다.",
          target=1200.0, unit="명", deadline="2025-12-31", dtext="연내", comment="short before the deadline: progress"),
        m("w-moel-maid-regions-5", "progress", MOEL, O,
          "하반기부터 서울 밖 5개 시도로 넓히겠다던 계획도 부산과 인천 두 곳에서만 시작됐다.",
          target=5.0, unit="개", deadline="2025-12-31", dtext="하반기부터", comment="short before the deadline: progress"),
        m("w-moel-maid-regions-5", "progress", MOEL, O, "노동부는 나머지 대구·광주·경기도 연말까지 문을 열겠다고 밝혔다.",
          deadline="2025-12-31", dtext="연말까지",
          comment="restating the unchanged date for the rest is progress (t-v); the remainder is not moved, so no target"),
        m("w-moel-maid-helpdesk", "achieved", MOEL, O,
          "4월 문을 연 고충 상담 창구에는 지금까지 1,400여 건의 상담이 들어왔다.",
          comment=WHEN + "; the opening is reported in a relative clause; 1,400여 건 and 41% are statistics"),
        m("w-moj-maid-visa", "achieved", MOJ, O, "법무부가 상반기 중 만들겠다던 가사관리사 전용 체류자격은 8월에야 신설됐다.",
          comment=LATE),
        m("w-mogef-maid-fee-30", "delayed", MOGE, O,
          "여성가족부에서 이름을 바꾼 성평등가족부가 7월부터 주겠다던 한부모·다자녀 가정 이용료 30% 지원은 예산을 확보하지 못해 내년 1월로 미뤄졌다.",
          target=30.0, unit="%", deadline="2026-01-31", dtext="내년 1월로", prev="2025-07-31",
          comment=LATER + "; the missed date named ('7월부터'); the weak fiscal cue '예산' names a circumstance"),
        m("w-moel-maid-agencies-20", "new", MOEL, O,
          "변해인 고용노동부 외국인력정책관은 \"지역 수요에 맞춰 입국 일정을 조정하다 보니 속도가 늦어졌다\"며 \"내년에는 가사관리사를 고용하는 민간 서비스 기관을 20곳으로 늘려 공급을 키우겠다\"고 말했다.",
          person="변해인", target=20.0, unit="곳", deadline="2026-12-31", dtext="내년에는",
          comment="annotated for its second half; '두 곳뿐' (the paragraph before) is the baseline. Not annotated: the "
                  "lead and the umbrella '약속이 지켜진 대목도 있다.', 12명 / 230만 원 (statistics), 서울시's 내년 300명 "
                  "(a local government), 필리핀 정부's 내년부터 (a foreign government), the 지원단체's demand, the "
                  "professor, the series box after the sign-off"),
    ]))

# ---------------------------------------------------------------- 자동차 관세 2/4 (auto trade paper, one deck line, ad line; 산업통상부 + 관세청, 기획재정부, 기후에너지환경부)
P8_H = "부품업계 정책금융 3조 원 다 풀렸다…시장개척단은 6회에 그쳐"
P8_D = "산업통상부 \"남은 4회 내년 상반기에\"…미래차 전환 기업 300곳 지원"
PAGES.append(dict(
    source="2025-12-09_w_auto-parts-trade-paper.txt", title=P8_H, published_at="2025-12-09",
    mentions=[
        m("w-motie-auto-finance-3t", "achieved", MOTI, IND, P8_H, target=W3T, unit="원",
          comment="the headline names no body; one headline, two commitments; 산업통상부, the name on the page's date"),
        m("w-motie-auto-market-10", "progress", MOTI, IND, P8_H,
          comment="a measured value without the target, before the deadline: progress, no fields (uncertain: the deck "
                  "moves the rest)"),
        m("w-motie-auto-market-10", "delayed", MOTI, IND, P8_D, target=4.0, unit="회", deadline="2026-06-30",
          dtext="내년 상반기에", comment=LATER + "; the remainder is the target of the line that moves it; person ''"),
        m("w-moti-auto-transition-300", "new", MOTI, IND, P8_D, target=300.0, unit="곳", comment="no date in the clause"),
        m("w-motie-auto-finance-3t", "achieved", MOTI, IND,
          "산업통상부에 따르면 상반기 중 공급하겠다던 3조 원 규모의 정책금융은 8월 말 모두 집행됐다.",
          target=W3T, unit="원",
          comment=LATE + "; the rename line before it is not annotated; 2조 3,000억 원 (by June) and 1,870곳 are context"),
        m("w-motie-auto-center", "achieved", MOTI, IND,
          "5월 문을 연 관세 대응 원스톱 지원센터는 지금까지 부품업체 상담 2,300여 건을 처리했다.", comment=WHEN),
        m("w-kcs-auto-origin-500", "progress", KCS, IND,
          "관세청이 연내 500곳에 제공하겠다던 원산지 검증 컨설팅은 11월까지 410곳이 받았다.",
          target=500.0, unit="곳", deadline="2025-12-31", dtext="연내", comment="short before the deadline: progress"),
        m("w-motie-auto-market-10", "progress", MOTI, IND, "연내 10회 보내겠다던 신흥시장 개척단은 지금까지 6회 파견됐다.",
          target=10.0, unit="회", deadline="2025-12-31", dtext="연내",
          comment="short before the deadline: progress; the next sentence moves the rest"),
        m("w-motie-auto-market-10", "delayed", MOTI, IND, "산업통상부는 남은 4회를 내년 상반기에 보내기로 했다.",
          target=4.0, unit="회", deadline="2026-06-30", dtext="내년 상반기에", comment=LATER),
        m("w-moef-auto-supp-5000", "achieved", MOEF, IND,
          "기획재정부가 추경에 반영하겠다던 부품업체 지원 예산 5,000억 원은 5월 국회를 통과한 추경에 그대로 담겼다.",
          target=W500B, unit="원", comment=WHEN + " (May 2025, within '다음 달')"),
        m("w-me-auto-ev-bonus", "progress", MCEE, IND,
          "기후에너지환경부가 연말까지 주는 전기차 전환 지원금은 지금까지 4만 2,000대에 지급됐다.",
          deadline="2025-12-31", dtext="연말까지",
          comment="payments under way before the deadline: progress; 기후에너지환경부, the name on the page's date (the "
                  "rename line before it is not annotated)"),
        m("w-moti-auto-transition-300", "new", MOTI, IND,
          "산업통상부는 내년 상반기까지 엔진 부품에서 전기차·수소차 부품으로 업종을 바꾸려는 중소 부품기업 300곳에 설비 자금과 기술 컨설팅을 지원하겠다고 밝혔다.",
          target=300.0, unit="곳", deadline="2026-06-30", dtext="내년 상반기까지",
          comment="the umbrella '새 과제도 나왔다.' before it is not annotated"),
        m("w-moti-auto-emerging-25", "new", MOTI, IND,
          "미국에 쏠린 수출 구조를 바꾸기 위해 2027년까지 자동차 수출에서 중남미·중동·동남아 등 신흥시장 비중을 25%로 높이겠다는 목표도 내놨다.",
          target=25.0, unit="%", deadline="2027-12-31", dtext="2027년까지",
          comment="subjectless: 산업통상부; 17% (last year) is the baseline. Not annotated: the 관세율 25% → 15% (the "
                  "outcome of a negotiation, context), 설가은's quote (undated), the 업계 단체's '내년에도 3조 원 이상' "
                  "(a demand), the 협력사 대표, the 완성차 업체's 내년 30% (a company), the institute's forecast"),
    ]))

# ---------------------------------------------------------------- 자동차 관세 3/4 (data page, ■ heads, no promise)
PAGES.append(dict(
    source="2026-02-10_w_auto-exports-by-numbers.txt",
    title="[보늬 데이터] 지난해 대미 자동차 수출 12% 줄었다…중동·유럽은 늘어", published_at="2026-02-10",
    mentions=[]))

# ---------------------------------------------------------------- CCUS 2/3 (editorial, no byline; 기후에너지환경부, 해양수산부)
PAGES.append(dict(
    source="2026-04-21_w_ccus-editorial.txt", title="[사설] 탄소 묻겠다던 약속, 1년 만에 곳곳이 멈췄다",
    published_at="2026-04-21",
    mentions=[
        m("w-motie-ccs-donghae", "delayed", MCEE, CLI,
          "2028년부터 동해 가스전에 이산화탄소를 묻겠다던 실증 사업은 지난달 2030년으로 미뤄졌다.",
          deadline="2030-12-31", dtext="2030년으로", prev="2028-12-31",
          comment=LATER + "; 기후에너지환경부 (CCUS moved from 산업통상자원부 on 2025-10-01, as the page says; not the "
                  "listed successor 산업통상부). The editorial's headline and the umbrella '가장 큰 약속부터 흔들린다.' "
                  "are not annotated"),
        m("w-motie-ccs-donghae", "revision", MCEE, CLI, "주입 규모도 연 120만 톤에서 40만 톤으로 줄었다.",
          target=T400K, unit="톤", comment="a lowered target: revision (same day as the delay; the rule gives revised)"),
        m("w-motie-ccs-site-eval", "delayed", MCEE, CLI,
          "지난해 안에 끝내겠다던 서해·남해 저장소 후보지 평가는 해를 넘겨서도 결과가 나오지 않았다.",
          prev="2025-12-31", comment="not done after its deadline: delayed; the missed date named ('지난해 안에')"),
        m("w-motie-ccs-site-eval", "delayed", MCEE, CLI, "기후에너지환경부는 지난주 국회 답변에서 평가를 6월까지 마치겠다고 했다.",
          deadline="2026-06-30", dtext="6월까지", comment=LATER),
        m("w-motie-ccs-cluster-2", "progress", MCEE, CLI,
          "상반기 안에 지정하겠다던 CCUS 클러스터 2곳은 이제 겨우 공모 접수를 마쳤다.",
          target=2.0, unit="곳", deadline="2026-06-30", dtext="상반기 안에",
          comment="a step before the deadline: progress"),
        m("w-mof-ccs-permit-guide", "cancelled", MOF, CLI,
          "해양수산부가 지난해 하반기 중 만들겠다던 해양 저장 허가 지침은 아예 없던 일이 됐다.",
          prev="2025-12-31", comment="dropped: cancelled; the named date kept (o-v); the explanation after it is context"),
        m("w-motie-ccs-subsidy-50", "achieved", MCEE, CLI, "포집 설비 투자 보조율은 지난해 10월부터 50%로 올랐다.",
          target=50.0, unit="%", comment=WHEN + "; the umbrella '제때 지킨 약속도 있다.' is not annotated"),
        m("w-motie-ccs-pipeline-std", "achieved", MCEE, CLI,
          "이산화탄소 수송 배관의 안전기준은 9월까지 내겠다던 약속보다 석 달 늦은 12월에 고시됐다.",
          comment=LATE + ". Not annotated: the rename line, the NDC's 1,120만 톤, the EU's 2030 5,000만 톤 and Japan's "
                         "아홉 곳 (foreign governments), the editorial's demands ('정부는 … 내놓아야 한다', '국회도 …')"),
    ]))

# ---------------------------------------------------------------- 간병비 2/3 (regional paper, `광주=` byline, one deck line; 보건복지부 + 고용노동부)
P11_D = "전국 시범 병원 200곳 목표에 128곳…본인부담 30% 목표는 40%로 후퇴"
PAGES.append(dict(
    source="2026-07-14_w_care-cost-gwangju.txt", title="간병비 건보 반년…광주·전남 요양병원 참여는 '절반'",
    published_at="2026-07-14",
    mentions=[
        m("w-mohw-care-hospitals-200", "progress", MOHW, O, P11_D, target=200.0, unit="곳",
          comment="the headline (a regional share: '절반') is not annotated; the deck: one line, two commitments"),
        m("w-mohw-care-copay-30", "revision", MOHW, O, P11_D, target=40.0, unit="%",
          comment="a target raised (a looser goal): revision"),
        m("w-mohw-care-insurance", "achieved", MOHW, O, "요양병원 간병비에 건강보험을 적용하는 제도는 예정대로 1월부터 시행됐다.",
          comment=WHEN + "; the hospital in the lead ('올해 1월부터 … 참여하고 있다') is one case, not annotated"),
        m("w-mohw-care-hospitals-200", "progress", MOHW, O,
          "보건복지부는 올해 200곳을 목표로 시범 병원을 모집했지만 지금까지 참여한 곳은 128곳이다.",
          target=200.0, unit="곳", deadline="2026-12-31", dtext="올해",
          comment="short before the deadline: progress; '30곳 가운데 14곳' (광주·전남) is a regional statistic"),
        m("w-mohw-care-copay-30", "revision", MOHW, O,
          "복지부는 2027년까지 30%로 낮추겠다던 본인부담률 목표를 지난달 40%로 올려 잡았다.",
          target=40.0, unit="%", deadline="2027-12-31", dtext="2027년까지",
          comment="the date is unchanged and restated, so it carries the deadline; the target changed: revision"),
        m("w-mohw-care-cert", "achieved", MOHW, O, "지난해 하반기 도입하겠다던 간병인 자격 인증제는 3월에야 시행됐다.",
          comment=LATE + "; 6,800여 명 is a count, not a target"),
        m("w-mohw-care-matching", "cancelled", MOHW, O,
          "반면 지난해 안에 열겠다던 공공 간병인 매칭 플랫폼은 민간 앱과 겹친다는 지적에 없던 일이 됐다.",
          prev="2025-12-31", comment="dropped: cancelled; the named date kept"),
        m("w-moel-care-training-5000", "delayed", MOEL, O,
          "고용노동부가 지난해 5,000명을 길러 내겠다던 간병인 양성 훈련은 3,900명이 수료하는 데 그쳤다.",
          target=5000.0, unit="명", prev="2025-12-31",
          comment="short after the deadline: delayed; '지난해' names the missed deadline (u)"),
        m("w-mohw-care-hospitals-500", "new", MOHW, O,
          "도재하 보건복지부 요양병원간병지원과장은 \"참여 병원의 인건비 부담을 덜 방법을 찾고 있다\"며 \"내년에는 시범 병원을 500곳으로 늘리겠다\"고 말했다.",
          person="도재하", target=500.0, unit="곳", deadline="2027-12-31", dtext="내년에는",
          comment="a new, higher target for a new year: a new commitment (t-v); the first half is undated. Not annotated: "
                  "김모 씨's 380만 → 190만 원, the 원장's 320만 원, 광주시's 9월부터 (a local government), 전라남도's "
                  "'검토', 건보공단's 168만 원 (a statistic), the researcher"),
    ]))

# ---------------------------------------------------------------- year-end roundup (all five subjects; two deck lines)
P12_H = "[2026 약속 점검] 유류세 인하는 끝냈다…CCUS 클러스터·간병인 훈련은 '미달'"
P12_D1 = "가사관리사 1,200명 약속 해 넘겨 1,150명…노동부 \"내년 2,000명\""
P12_D2 = "유가보조금 부정수급 확인 시스템 내년 1월로…간병비 시범 병원 176곳"
PAGES.append(dict(
    source="2026-11-17_w_promise-yearend-roundup.txt", title=P12_H, published_at="2026-11-17",
    mentions=[
        m("w-moef-fuel-phaseout", "achieved", MOFE, FIS, P12_H,
          comment="the headline names no body; one headline, three commitments (three bodies, three categories)"),
        m("w-motie-ccs-cluster-2", "delayed", MCEE, CLI, P12_H, comment="short after the deadline (2026-06-30)"),
        m("w-moel-care-training-5000", "delayed", MOEL, O, P12_H),
        m("w-moel-maid-1200", "delayed", MOEL, O, P12_D1, target=1200.0, unit="명",
          comment="one deck line, two commitments: the missed 1,200 and the new 2,000 (a quote of a body: person '')"),
        m("w-moel-maid-2000", "new", MOEL, O, P12_D1, target=2000.0, unit="명", deadline="2027-12-31", dtext="내년"),
        m("w-molit-fuel-subsidy-check", "delayed", MOLIT, FIS, P12_D2, deadline="2027-01-31", dtext="내년 1월로",
          comment=LATER + "; one deck line, two commitments (two categories)"),
        m("w-mohw-care-hospitals-200", "progress", MOHW, O, P12_D2,
          comment="a measured value without the target, before the deadline: progress, no fields"),
        # 유류세
        m("w-moef-fuel-phaseout", "achieved", MOFE, FIS, "지난해 말로 미뤄졌던 유류세 인하 종료는 예정대로 12월 31일 이뤄졌다.",
          deadline="2025-12-31", dtext="지난해 말로",
          comment="reached on the moved date: achieved with the moved date (t-v); 재정경제부 took 세제 (the rename line "
                  "after it is not annotated); the intro and ■ heads are not annotated"),
        m("w-moef-fuel-flex-reform", "delayed", MOFE, FIS,
          "재정경제부가 상반기 안에 다시 내놓겠다던 탄력세율 제도 개선안은 아직 나오지 않았다.",
          prev="2026-06-30", comment="not done after its deadline: delayed; made by 기획재정부 (2025-09-16)"),
        m("w-molit-fuel-subsidy-check", "delayed", MOLIT, FIS,
          "국토교통부가 7월부터 도입하겠다던 화물차 유가보조금 부정수급 실시간 확인 시스템은 카드사 전산 연계가 늦어지면서 내년 1월로 미뤄졌다.",
          deadline="2027-01-31", dtext="내년 1월로", prev="2026-07-31", comment=LATER + "; the missed date named"),
        # 외국인 가사관리사
        m("w-moel-maid-1200", "delayed", MOEL, O,
          "지난해 1,200명으로 늘리겠다던 외국인 가사관리사는 지난해 말 870명에 그쳤고, 10월 현재 1,150명이다.",
          target=1200.0, unit="명", prev="2025-12-31",
          comment="short after the deadline: delayed; '지난해' names the missed deadline (u); '지난해 말' dates a count"),
        m("w-moel-maid-regions-5", "achieved", MOEL, O, "서울 밖 5개 시도로 넓히는 작업은 올해 3월에야 마무리됐다.",
          target=5.0, unit="개", comment=LATE),
        m("w-mogef-maid-fee-30", "achieved", MOGE, O,
          "올해 1월로 미뤄졌던 한부모·다자녀 가정 이용료 30% 지원은 예정대로 1월부터 지급되고 있다.",
          target=30.0, unit="%", deadline="2026-01-31", dtext="올해 1월로",
          comment="reached on the moved date: achieved with that date; the sentence names no body: 성평등가족부"),
        m("w-moel-maid-agencies-20", "progress", MOEL, O,
          "가사관리사를 고용하는 민간 서비스 기관은 올해 목표 20곳 가운데 14곳으로 늘었다.",
          target=20.0, unit="곳", deadline="2026-12-31", dtext="올해", comment="short before the deadline: progress"),
        m("w-moel-maid-2000", "new", MOEL, O, "고용노동부는 내년에는 가사관리사를 2,000명까지 늘리겠다고 밝혔다.",
          target=2000.0, unit="명", deadline="2027-12-31", dtext="내년에는",
          comment="a new, higher target after a miss: a new commitment (t-v)"),
        # 자동차 관세 대응
        m("w-motie-auto-market-10", "achieved", MOTI, IND, "올해 상반기로 미뤘던 남은 시장개척단 4회는 5월까지 모두 파견됐다.",
          target=4.0, unit="회", deadline="2026-06-30", dtext="올해 상반기로",
          comment="reached within the moved date: achieved with that date (u, v); the clause names the remainder"),
        m("w-moti-auto-transition-300", "delayed", MOTI, IND, "상반기까지 300곳을 돕겠다던 미래차 부품 전환 지원은 260곳에 그쳤다.",
          target=300.0, unit="곳", prev="2026-06-30", comment="short after the deadline: delayed; the missed date named"),
        m("w-moti-auto-emerging-25", "progress", MOTI, IND,
          "자동차 수출에서 중남미·중동·동남아 등 신흥시장이 차지하는 비중은 3분기까지 22%로, 2027년 목표인 25%에 다가섰다.",
          target=25.0, unit="%", deadline="2027-12-31", dtext="2027년",
          comment="short before the deadline: progress; '3분기까지' dates the measurement"),
        # CCUS
        m("w-motie-ccs-site-eval", "achieved", MCEE, CLI, "6월까지 마치겠다던 서해·남해 저장소 후보지 평가는 8월에야 결과가 나왔다.",
          comment=LATE + " (after the moved date too)"),
        m("w-motie-ccs-cluster-2", "delayed", MCEE, CLI,
          "CCUS 클러스터는 7월 울산 한 곳만 지정됐고, 기후에너지환경부는 나머지 한 곳을 내년 상반기까지 지정하겠다고 밝혔다.",
          target=1.0, unit="곳", deadline="2027-06-30", dtext="내년 상반기까지",
          comment=LATER + "; the remainder ('나머지 한 곳') is the target of the sentence that moves it"),
        m("w-msit-ccu-rnd", "revision", MSIT, CLI,
          "과학기술정보통신부가 2030년까지 1,500억 원을 넣겠다던 CCU 원천기술 개발 사업은 예비타당성조사를 거치며 900억 원으로 줄었다.",
          target=W90B, unit="원", deadline="2030-12-31", dtext="2030년까지",
          comment="a lowered amount: revision; the unchanged date is restated and carried"),
        m("w-mcee-ccs-capture-4mt", "new", MCEE, CLI,
          "기후에너지환경부는 2030년까지 연간 400만 톤의 이산화탄소를 포집해 저장하겠다는 새 목표를 내놨다.",
          target=T4M, unit="톤", deadline="2030-12-31", dtext="2030년까지"),
        # 간병비
        m("w-mohw-care-hospitals-200", "progress", MOHW, O,
          "간병비 건강보험 시범 요양병원은 10월 현재 176곳으로, 올해 목표 200곳에 24곳 모자란다.",
          target=200.0, unit="곳", deadline="2026-12-31", dtext="올해", comment="short before the deadline: progress"),
        m("w-moel-care-training-5000", "delayed", MOEL, O,
          "지난해 5,000명을 길러 내겠다던 간병인 양성 훈련은 3,900명 수료로 끝났고, 고용노동부는 올해도 훈련 인원을 따로 늘리지 않았다.",
          target=5000.0, unit="명", prev="2025-12-31",
          comment="short after the deadline: delayed. Not annotated: the outlet's own plan ('약속잣대는 내년에도 …')"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-17)
LAST = "2026-11-17"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    # 유류세
    ("w-moef-fuel-rate-10", MOFE, FIS, "유류세 인하율 축소 (휘발유 15% → 10%, 경유·LPG부탄 23% → 15%) 2025년 3월부터", "achieved",
     "from March 2025 (on time); made by 기획재정부, under 재정경제부 (세제) since 2026-01-02"),
    ("w-moef-fuel-phaseout", MOFE, FIS, "유류세 한시 인하 종료 (2025년 상반기 → 2025년 말)", "achieved",
     "extended twice (June, September 2025); ended 2025-12-31, on the moved date"),
    ("w-moef-fuel-flex-law", MOFE, FIS, "유류세 탄력세율 조정 폭 30% → 15% 법 개정 (2025년 7월 세법개정안)", "cancelled",
     "left out of the July 2025 세법개정안"),
    ("w-molit-fuel-truck-1700", MOLIT, FIS, "화물차 유가연동보조금 기준가격 ℓ당 1,750원 → 1,700원 2025년 3월부터", "achieved",
     "from March 2025 (on time)"),
    ("w-kftc-fuel-price-check", KFTC, FIS, "유류세 인하분 판매가격 반영 점검 결과 공개 2025년 상반기 중", "achieved",
     "published August 2025 (late)"),
    ("w-moef-fuel-flex-reform", MOFE, FIS, "유류세 탄력세율 제도 개선안 2026년 상반기 안에", "delayed",
     "not out by November 2026; made by 기획재정부 (2025-09-16)"),
    ("w-molit-fuel-subsidy-check", MOLIT, FIS, "화물차 유가보조금 부정수급 실시간 확인 시스템 (2026년 7월 → 2027년 1월)", "delayed",
     "moved to January 2027 (Nov 2026), the new date still ahead (convention 1)"),
    # 외국인 가사관리사
    ("w-moel-maid-1200", MOEL, O, "외국인 가사관리사 180명 → 1,200명 2025년 내", "delayed",
     "530명 (Oct 2025), 870명 (end 2025), 1,150명 (Oct 2026)"),
    ("w-moel-maid-regions-5", MOEL, O, "외국인 가사관리사 서울 밖 5개 시도 확대 2025년 하반기부터", "achieved",
     "2 of 5 (Nov 2025); all five in March 2026 (late)"),
    ("w-mogef-maid-fee-30", MOGE, O, "한부모·다자녀 가정 가사관리사 이용료 30% 지원 (2025년 7월 → 2026년 1월)", "achieved",
     "paid from January 2026, on the moved date; made by 여성가족부, under 성평등가족부 since 2025-10-01"),
    ("w-moel-maid-helpdesk", MOEL, O, "가사관리사 전용 고충 상담 창구 2025년 4월 중", "achieved", "opened April 2025 (on time)"),
    ("w-moj-maid-visa", MOJ, O, "가사관리사 전용 체류자격 신설 2025년 상반기 중", "achieved", "August 2025 (late)"),
    ("w-moel-maid-agencies-20", MOEL, O, "가사관리사 고용 민간 서비스 기관 2곳 → 20곳 2026년", "in_progress", "14곳 (Nov 2026)"),
    ("w-moel-maid-2000", MOEL, O, "외국인 가사관리사 2,000명 2027년", "announced", ""),
    # 자동차 관세 대응
    ("w-motie-auto-finance-3t", MOTI, IND, "자동차 부품업체 정책금융 3조 원 2025년 상반기 중", "achieved",
     "all paid by end of August 2025 (late); made by 산업통상자원부, under 산업통상부 since 2025-10-01"),
    ("w-motie-auto-market-10", MOTI, IND, "신흥시장 개척단 10회 (2025년 → 남은 4회 2026년 상반기)", "achieved",
     "6회 (Dec 2025); the remaining 4 by May 2026, within the moved date"),
    ("w-motie-auto-center", MOTI, IND, "관세 대응 원스톱 지원센터 2025년 5월", "achieved", "opened May 2025 (on time)"),
    ("w-kcs-auto-origin-500", KCS, IND, "수출 부품업체 500곳 원산지 검증 컨설팅 2025년 내", "delayed",
     "410곳 by November 2025; deadline 2025-12-31 passed with no later report"),
    ("w-me-auto-ev-bonus", MCEE, IND, "전기차 전환 지원금 대당 100만 원 2025년 말까지", "delayed",
     "4만 2,000대 by December 2025; deadline 2025-12-31 passed with no report that it was done; made by 환경부"),
    ("w-moef-auto-supp-5000", MOPB, IND, "자동차 부품업체 지원 예산 5,000억 원 추경 반영 2025년 5월", "achieved",
     "in the May 2025 추경 (on time); made by 기획재정부, whose budget work went to 기획예산처 on 2026-01-02 (not to "
     "재정경제부, the primary successor)"),
    ("w-moti-auto-transition-300", MOTI, IND, "미래차 부품 전환 중소기업 300곳 지원 2026년 상반기까지", "delayed",
     "260곳 (Nov 2026)"),
    ("w-moti-auto-emerging-25", MOTI, IND, "자동차 수출 신흥시장 비중 17% → 25% 2027년까지", "in_progress",
     "22% by Q3 2026"),
    # CCUS
    ("w-motie-ccs-donghae", MCEE, CLI, "동해 가스전 CO2 저장 실증 (2028년 연 120만 톤 → 2030년 연 40만 톤)", "revised",
     "moved to 2030 and cut to 40만 톤 (April 2026 report); made by 산업통상자원부, whose CCUS work went to "
     "기후에너지환경부 on 2025-10-01 (not to 산업통상부, the listed successor)"),
    ("w-motie-ccs-site-eval", MCEE, CLI, "서해·남해 대륙붕 저장소 후보지 평가 (2025년 내 → 2026년 6월)", "achieved",
     "results in August 2026 (late, after the moved date too)"),
    ("w-motie-ccs-subsidy-50", MCEE, CLI, "포집 설비 투자 보조율 30% → 50% 2025년 하반기부터", "achieved",
     "from October 2025 (on time)"),
    ("w-motie-ccs-pipeline-std", MCEE, CLI, "CO2 수송 배관 안전기준 고시 2025년 9월까지", "achieved", "December 2025 (late)"),
    ("w-motie-ccs-cluster-2", MCEE, CLI, "CCUS 클러스터 2곳 지정 (2026년 상반기 → 남은 1곳 2027년 상반기)", "delayed",
     "공모 only (Apr 2026); 울산 in July 2026, the second moved, its new date still ahead (convention 1)"),
    ("w-mof-ccs-permit-guide", MOF, CLI, "해양 저장 허가·환경 영향 조사 지침 2025년 하반기 중", "cancelled",
     "dropped: folded into the 시행령 (April 2026 report)"),
    ("w-msit-ccu-rnd", MSIT, CLI, "CCU 원천기술 개발 1,500억 원 → 900억 원 2030년까지", "revised",
     "cut in the 예비타당성조사 (Nov 2026 report)"),
    ("w-mcee-ccs-capture-4mt", MCEE, CLI, "CO2 포집·저장 연 400만 톤 2030년까지", "announced", ""),
    # 요양병원 간병비
    ("w-mohw-care-insurance", MOHW, O, "요양병원 간병비 건강보험 적용 2026년 1월부터", "achieved", "from January 2026 (on time)"),
    ("w-mohw-care-hospitals-200", MOHW, O, "간병비 건강보험 시범 요양병원 200곳 2026년", "in_progress",
     "128곳 (Jul 2026), 176곳 (Oct 2026)"),
    ("w-mohw-care-copay-30", MOHW, O, "간병비 본인부담률 2027년까지 30% → 40%", "revised",
     "target raised to 40% (June 2026), the date unchanged"),
    ("w-mohw-care-ratio-4", MOHW, O, "간병인 1명당 환자 6~8명 → 4명 2027년까지", "announced", ""),
    ("w-mohw-care-cert", MOHW, O, "간병인 자격 인증제 2025년 하반기", "achieved", "March 2026 (late)"),
    ("w-moel-care-training-5000", MOEL, O, "간병인 양성 훈련 5,000명 2025년", "delayed", "3,900명 (2025)"),
    ("w-mohw-care-matching", MOHW, O, "공공 간병인 매칭 플랫폼 2025년 내", "cancelled", "dropped (July 2026 report)"),
    ("w-mohw-care-hospitals-500", MOHW, O, "간병비 건강보험 시범 요양병원 500곳 2027년", "announced", ""),
]


if __name__ == "__main__":
    write(ROOT, "w", PAGES, COMMITMENTS, LAST,
          ["ministry = the responsible body under the name valid on that date (기획재정부's 유류세 promises are listed",
           "under 재정경제부, its primary successor from 2026-01-02, but its 추경 promise under 기획예산처, which took the",
           "budget; 산업통상자원부's 자동차 promises under 산업통상부, its successor from 2025-10-01, but its CCUS",
           "promises under 기후에너지환경부, which took the energy work; 환경부's 전기차 지원금 under 기후에너지환경부 and",
           "여성가족부's 이용료 지원 under 성평등가족부, their successors from 2025-10-01; every other body kept its name",
           "through 2026-11-17)."],
          with_commitments="--commitments" in sys.argv[1:])
