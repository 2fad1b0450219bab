"""Writes the hand annotations of held-out set u to gold/*.toml.

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

MOIS = "행정안전부"
MOEF = "기획재정부"          # until 2026-01-01
MPB = "기획예산처"           # from 2026-01-02 (took the budget and the 재정사업 평가 from 기획재정부)
MOLIT = "국토교통부"
ME = "환경부"                # until 2025-09-30
MCEE = "기후에너지환경부"     # from 2025-10-01 (successor of 환경부; kept the 층간소음 이웃사이센터)
MOHW = "보건복지부"
DAPA = "방위사업청"
MOTIE = "산업통상자원부"      # until 2025-09-30
MOTI = "산업통상부"          # from 2025-10-01 (successor of 산업통상자원부; kept 무역보험 and KOTRA)
MND = "국방부"
MOFA = "외교부"
KNPA = "경찰청"
KCMC = "방송미디어통신위원회"  # from 2025-10-01

O = "other"        # 층간소음, 난임 지원, 해외 취업사기·감금 (no topic fits)
IND = "industry"   # 방산 수출 (수출, 산업통상자원부 / 산업통상부)
FIS = "fiscal"     # 지역사랑상품권 (a 재정 지원 사업: 국비, 추경, 재정사업 평가)

LATE = "achieved after the deadline the commitment named; no deadline fields (the sentence names a missed date or none)"
LATER = "deadline moved later: delayed (convention of j-t), new date in deadline"
WHEN = "on time, but the time words say when it was done, not what was promised: no deadline fields (q-t)"

W29T = 29000000000000.0     # 29조원 / 29조 원
W4000B = 400000000000.0     # 4천억원 / 4,000억 원
W3B = 3000000000.0          # 30억원 / 30억 원
W1T = 1000000000000.0       # 1조 원
W1_2T = 1200000000000.0     # 1조 2,000억 원
W3T = 3000000000000.0       # 3조 원
W2T = 2000000000000.0       # 2조 원
USD20B = 20000000000.0      # 200억 달러
USD22B = 22000000000.0      # 220억 달러

PAGES: list[dict] = []

# ---------------------------------------------------------------- 지역사랑상품권 1/3 (wire, `(세종=단비통신)` dateline; 행정안전부 + 기획재정부)
P1_H = "지역사랑상품권 올해 29조원 발행…비수도권 할인 국비 2%p 더 얹는다"
PAGES.append(dict(
    source="2025-01-21_u_local-voucher-plan-wire.txt", title=P1_H, published_at="2025-01-21",
    mentions=[
        m("u-mois-lv-issue-29t", "new", MOIS, FIS, P1_H, target=W29T, unit="원", deadline="2025-12-31", dtext="올해",
          comment="the headline names no body: 행정안전부's plan; one headline, two commitments; wire numbers '29조원' → 29조 원"),
        m("u-mois-lv-discount-2p", "new", MOIS, FIS, P1_H, target=2.0, unit="%p", comment="no date in the clause"),
        m("u-mois-lv-issue-29t", "new", MOIS, FIS, "행정안전부가 올해 지역사랑상품권을 29조원어치 발행하겠다고 21일 밝혔다.",
          target=W29T, unit="원", deadline="2025-12-31", dtext="올해",
          comment="the wire dateline is not part of the sentence; 24조6천억원 (2024) is the baseline"),
        m("u-mois-lv-discount-2p", "new", MOIS, FIS,
          "비수도권 지방자치단체가 발행하는 상품권에는 3월부터 할인 비용의 국비 지원을 2%p 더 얹는다.",
          target=2.0, unit="%p", deadline="2025-03-31", dtext="3월부터",
          comment="subjectless: 행안부; the 4%p in the next sentence is the same measure spelled out (not annotated)"),
        m("u-mois-lv-platform", "new", MOIS, FIS,
          "행안부는 하반기 중 전국 어디서나 한 앱으로 상품권을 사고 쓸 수 있는 통합 플랫폼 '지역사랑 ON'을 열기로 했다.",
          deadline="2025-12-31", dtext="하반기 중", comment="243곳 is context"),
        m("u-mois-lv-merchant-30", "new", MOIS, FIS, "7월부터 연매출 30억원이 넘는 가게에서는 상품권을 쓸 수 없다.",
          target=W3B, unit="원", deadline="2025-07-31", dtext="7월부터",
          comment="subjectless: 행안부; a rule value the promise sets is its target (r-t); '가맹점 문턱은 높인다.' is an umbrella"),
        m("u-mois-lv-fraud-4", "new", MOIS, FIS, "연 2회이던 정부 합동 일제 점검을 올해부터 연 4회로 늘린다.",
          target=4.0, unit="회", deadline="2025-12-31", dtext="올해부터",
          comment="subjectless: 행안부; '올해부터' (a standing rule from this year) → this year's 12-31; 1천870곳 is a result"),
        m("u-moef-lv-supp-4000", "new", MOEF, FIS, "기재부는 상반기 중 추경을 통해 상품권 국비 지원 4천억원을 더 마련하기로 했다.",
          target=W4000B, unit="원", deadline="2025-06-30", dtext="상반기 중",
          comment="short name 기재부; 3천억원 (본예산) is the baseline; '재원은 기획재정부가 맡는다.' is context"),
        m("u-moef-lv-review", "new", MOEF, FIS,
          "기재부는 또 국비 지원이 지역 소비를 실제로 얼마나 늘렸는지 따지는 재정사업 심층평가를 연말까지 마치고 결과를 공개하기로 했다.",
          deadline="2025-12-31", dtext="연말까지", comment="the reason (next sentence) is context"),
        m("u-mois-lv-issue-29t", "new", MOIS, FIS,
          "국예서 행정안전부 지역경제지원관은 \"상품권은 골목상권에 돈이 돌게 하는 가장 빠른 수단\"이라며 \"올해 29조원 발행 목표를 반드시 달성하겠다\"고 말했다.",
          person="국예서", target=W29T, unit="원", deadline="2025-12-31", dtext="올해",
          comment="not annotated: the 소상공인 단체's demand (fiscal cue '예산'), 지유건's bill ('이달 안에', a lawmaker), "
                  "경기도's 15% (a local government, '검토'), 한국지방재정연구소's analysis (국비 1조원, a forecast)"),
    ]))

# ---------------------------------------------------------------- 층간소음 1/3 (housing daily, one deck line; 국토교통부 + 환경부)
P2_H = "층간소음 기준 못 넘으면 준공 승인 안 난다…국토부, 주택법 개정안 상반기 제출"
P2_D = "기존 아파트 바닥 보강 융자 올해 1만 가구…환경부는 이웃사이센터 상담 대기 20일로"
PAGES.append(dict(
    source="2025-03-18_u_floor-noise-plan.txt", title=P2_H, published_at="2025-03-18",
    mentions=[
        m("u-molit-noise-law", "new", MOLIT, O, P2_H, deadline="2025-06-30", dtext="상반기",
          comment="a bill's submission is the promise (r-t); the first clause is the bill's content"),
        m("u-molit-noise-loan-10k", "new", MOLIT, O, P2_D, target=10000.0, unit="가구", deadline="2025-12-31", dtext="올해",
          comment="the deck names no body for its first clause: 국토부's loan; one deck, two commitments"),
        m("u-me-noise-wait-20", "new", ME, O, P2_D, target=20.0, unit="일", comment="no date in the clause"),
        m("u-molit-noise-law", "new", MOLIT, O,
          "윗집 발소리를 둘러싼 갈등이 끊이지 않자 정부가 새 아파트의 층간소음 기준을 사실상 '준공 조건'으로 묶기로 했다.",
          comment="a lead that restates the promise as its effect (s): 정부 = 국토부; no date"),
        m("u-molit-noise-law", "new", MOLIT, O,
          "국토교통부는 18일 '층간소음 해소 방안'을 발표하고, 완공된 아파트의 바닥 충격음을 재는 사후확인 결과가 기준(49dB)에 못 미치면 보완 시공을 마칠 때까지 지방자치단체가 준공 승인을 내주지 않도록 하는 주택법 개정안을 상반기 중 국회에 내겠다고 밝혔다.",
          deadline="2025-06-30", dtext="상반기 중", comment="49dB is the present standard, not a target"),
        m("u-molit-noise-sample-5", "new", MOLIT, O, "국토부는 하반기부터 사후확인 표본을 단지 전체 가구의 2%에서 5%로 늘린다.",
          target=5.0, unit="%", deadline="2025-12-31", dtext="하반기부터", comment="2% is the baseline"),
        m("u-molit-noise-loan-10k", "new", MOLIT, O,
          "바닥에 방음재를 덧대거나 소음 저감 매트를 까는 보강 공사 비용을 가구당 최대 500만 원까지 연 1%대 금리로 빌려주는 융자를 올해 1만 가구에 내준다.",
          target=10000.0, unit="가구", deadline="2025-12-31", dtext="올해",
          comment="subjectless: 국토부; '최대 500만 원' is a cap, not a target; '신청은 다음 달부터 …' (a step of the "
                  "means, fiscal cue '기금') is not annotated"),
        m("u-molit-noise-slab-250", "new", MOLIT, O,
          "내년 사업승인분부터 한국토지주택공사(LH) 등이 짓는 공공주택의 바닥 슬래브 두께를 지금의 210mm에서 250mm로 높인다.",
          target=250.0, unit="mm", deadline="2026-12-31", dtext="내년 사업승인분부터",
          comment="subjectless: 국토부 (LH is its object); a rule value is the target; 210mm is the baseline"),
        m("u-molit-noise-labs-6", "new", MOLIT, O, "바닥 충격음 성능검사를 할 수 있는 기관은 2027년까지 지금 2곳에서 6곳으로 늘리기로 했다.",
          target=6.0, unit="곳", deadline="2027-12-31", dtext="2027년까지"),
        m("u-me-noise-wait-20", "new", ME, O,
          "환경부는 한국환경공단이 운영하는 '층간소음 이웃사이센터'의 방문 상담 대기 기간을 지금 평균 45일에서 연내 20일로 줄이겠다고 했다.",
          target=20.0, unit="일", deadline="2025-12-31", dtext="연내",
          comment="'이웃 간 갈등 중재는 환경부 몫이다.' is context; 45일 is the baseline"),
        m("u-me-noise-staff-160", "new", ME, O, "이를 위해 상담·측정 인력을 80명에서 내년 상반기까지 160명으로 두 배 늘린다.",
          target=160.0, unit="명", deadline="2026-06-30", dtext="내년 상반기까지", comment="subjectless: 환경부"),
        m("u-me-noise-app", "new", ME, O,
          "3분기 중에는 스마트폰으로 소음을 재고 기록해 분쟁 때 근거 자료로 쓸 수 있는 '층간소음 알리미' 앱도 내놓는다.",
          deadline="2025-09-30", dtext="3분기 중",
          comment="'3분기' → 09-30 (DESIGN.md); not annotated: the 3만 3,000여 건 / 4만 6,000여 건 / 70% statistics, "
                  "제갈윤's quote (its second half is the bill's content, event-anchored), the 건설사's cost, the "
                  "입주민 단체's demand, 서울시's '올해 안에' 중재단 (a local government)"),
    ]))

# ---------------------------------------------------------------- 난임 1/4 (Q&A interview, one deck line; 보건복지부)
P3_H = "[인터뷰] 단소율 복지부 인구아동정책관 \"난임 시술 본인부담 하반기 10%로…난자 동결 보관비 내년 1월부터 지원\""
P3_D = "\"상담센터 2026년까지 10곳으로 늘릴 것\""
PAGES.append(dict(
    source="2025-04-22_u_infertility-interview.txt", title=P3_H, published_at="2025-04-22",
    mentions=[
        m("u-mohw-ivf-copay-10", "new", MOHW, O, P3_H, person="단소율", target=10.0, unit="%", deadline="2025-12-31",
          dtext="하반기", comment="the interview headline: person = the interviewee (r-t); one headline, two commitments"),
        m("u-mohw-egg-storage", "new", MOHW, O, P3_H, person="단소율", deadline="2026-01-31", dtext="내년 1월부터"),
        m("u-mohw-center-10", "new", MOHW, O, P3_D, person="단소율", target=10.0, unit="곳", deadline="2026-12-31",
          dtext="2026년까지", comment="the deck quotes the interviewee (the whole line is the sentence)"),
        m("u-mohw-ivf-copay-10", "new", MOHW, O, "난임 시술의 건강보험 본인부담률을 하반기부터 30%에서 10%로 낮추겠다.",
          person="단소율", target=10.0, unit="%", deadline="2025-12-31", dtext="하반기부터",
          comment="'A. ' and the answer's first sentences are context; 30% is the baseline"),
        m("u-mohw-egg-storage", "new", MOHW, O, "내년 1월부터는 보관 비용도 지원하겠다.",
          person="단소율", deadline="2026-01-31", dtext="내년 1월부터는",
          comment="'최대 200만 원 … 검토하고 있다' (next sentence) is a consideration and a cap: not annotated"),
        m("u-mohw-fertility-test", "new", MOHW, O, "5월부터는 미혼 남녀도 받을 수 있게 하겠다.",
          person="단소율", deadline="2025-05-31", dtext="5월부터는"),
        m("u-mohw-clinic-rate", "new", MOHW, O, "연내 의료기관별 시술 성공률을 공개하겠다.",
          person="단소율", deadline="2025-12-31", dtext="연내", comment="the format (next sentence) is a description"),
        m("u-mohw-notice-3d", "new", MOHW, O, "9월부터는 온라인으로 신청하면 3일 안에 결정을 알려 드리겠다.",
          person="단소율", target=3.0, unit="일", deadline="2025-09-30", dtext="9월부터는", comment="14일 is the baseline"),
        m("u-mohw-center-10", "new", MOHW, O, "전국 5곳인 난임·우울증 상담센터를 2026년까지 10곳으로 늘리겠다.",
          person="단소율", target=10.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment="not annotated: '강원과 호남, 제주를 먼저 챙기겠다' (undated), the 재원 answer (fiscal cues '재정', "
                  "'예산'; a consideration), the 한의 answer ('살펴보겠다', '판단하겠다'), '없도록 하겠다' (undated)"),
    ]))

# ---------------------------------------------------------------- 방산 수출 1/3 (economic daily, one deck line; 방위사업청 + 산업통상자원부 + 국방부)
P4_H = "방산 수주 올해 200억 달러 목표…수출 허가 심사 15일로 줄인다"
P4_D = "정부 'K-방산 수출 확대 전략' 발표…산업부, 무역보험 방산 전용 보증 3조 원"
PAGES.append(dict(
    source="2025-05-27_u_defense-export-strategy.txt", title=P4_H, published_at="2025-05-27",
    mentions=[
        m("u-dapa-orders-200", "new", DAPA, IND, P4_H, target=USD20B, unit="달러", deadline="2025-12-31", dtext="올해",
          comment="the headline names no body: 방위사업청's targets; one headline, two commitments"),
        m("u-dapa-license-15", "new", DAPA, IND, P4_H, target=15.0, unit="일", comment="no date in the clause"),
        m("u-motie-defense-guarantee", "new", MOTIE, IND, P4_D, target=W3T, unit="원",
          comment="the deck's second clause names 산업부 (short name, valid until 2025-09-30); its first clause is an umbrella"),
        m("u-dapa-orders-200", "new", DAPA, IND,
          "정부가 올해 방위산업 수주 목표를 200억 달러로 잡고 수출 허가 절차를 대폭 줄이기로 했다.",
          target=USD20B, unit="달러", deadline="2025-12-31", dtext="올해",
          comment="정부 → the plan's lead body for these two promises (방위사업청); one sentence, two commitments"),
        m("u-dapa-license-15", "new", DAPA, IND,
          "정부가 올해 방위산업 수주 목표를 200억 달러로 잡고 수출 허가 절차를 대폭 줄이기로 했다.",
          comment="the second clause names neither figure nor date"),
        m("u-dapa-orders-200", "new", DAPA, IND, "방사청은 올해 수주 200억 달러를 달성하겠다고 밝혔다.",
          target=USD20B, unit="달러", deadline="2025-12-31", dtext="올해",
          comment="short name 방사청; 95억 / 173억 달러 are history; '10여 건' is context"),
        m("u-dapa-license-15", "new", DAPA, IND, "수출 허가 심사는 하반기부터 평균 30일에서 15일로 줄인다.",
          target=15.0, unit="일", deadline="2025-12-31", dtext="하반기부터",
          comment="subjectless: 방사청; the method (협의 부처, 온라인) is a description"),
        m("u-dapa-parts-1t", "new", DAPA, IND, "핵심 부품 국산화에는 2029년까지 1조 원을 투입한다.",
          target=W1T, unit="원", deadline="2029-12-31", dtext="2029년까지", comment="subjectless: 방사청"),
        m("u-dapa-sme-300", "new", DAPA, IND,
          "방산 부품을 만드는 중소기업 300곳에는 올해 해외 인증 취득과 현지 마케팅을 돕는 수출 컨설팅을 제공한다.",
          target=300.0, unit="곳", deadline="2025-12-31", dtext="올해",
          comment="subjectless: 방사청; carries the startup cue '중소기업' beside the industry cue '수출' (trap)"),
        m("u-motie-defense-guarantee", "new", MOTIE, IND,
          "산업통상자원부는 하반기 한국무역보험공사를 통해 방산 수출 전용 보증 상품을 3조 원 규모로 내놓는다.",
          target=W3T, unit="원", deadline="2025-12-31", dtext="하반기", comment="'10년 넘게' (next sentence) is context"),
        m("u-motie-defense-desk-10", "new", MOTIE, IND,
          "오는 6월 말까지는 폴란드와 루마니아, 사우디아라비아 등 주요 수출 대상국의 KOTRA 무역관 10곳에 방산 수출 전담 데스크를 둔다.",
          target=10.0, unit="곳", deadline="2025-06-30", dtext="오는 6월 말까지는",
          comment="subjectless: 산업부 (the sentence before); '오는 6월 말' → 06-30"),
        m("u-mnd-defense-demo", "new", MND, IND,
          "국방부는 연내 수출 상담 때 군이 운용 중인 장비를 외국 대표단에 시연할 수 있도록 관련 훈령을 고친다.",
          deadline="2025-12-31", dtext="연내", comment="a third body's measure of the same plan: industry; no later page reports it"),
        m("u-dapa-orders-200", "new", DAPA, IND,
          "설유진 방위사업청 국제협력관은 \"방산 수출은 무기를 파는 데서 끝나지 않고 수십 년 동안 후속 군수지원으로 이어지는 사업\"이라며 \"올해 200억 달러 수주로 세계 4대 방산 수출국의 발판을 놓겠다\"고 말했다.",
          person="설유진", target=USD20B, unit="달러", deadline="2025-12-31", dtext="올해",
          comment="'4대' is context, not a target (DESIGN.md); not annotated: the 업체 임원, the 평화단체's demand, "
                  "하태민's bill ('하반기 중', a lawmaker), the 경제연구소's 150억~170억 달러 forecast"),
    ]))

# ---------------------------------------------------------------- 지역사랑상품권 2/3 (opinion-like explainer, ◆ heads; 행정안전부 + 기획재정부)
P5_H = "[뉴스 풀이] 반년 지난 지역사랑상품권…할인은 늘고 '연매출 30억' 제한은 없던 일로"
PAGES.append(dict(
    source="2025-08-19_u_local-voucher-explainer.txt", title=P5_H, published_at="2025-08-19",
    mentions=[
        m("u-mois-lv-discount-2p", "achieved", MOIS, FIS, P5_H,
          comment="the headline names no body; '할인은 늘고' reports the promised extra discount support as done (the body says so); "
                  "one headline, two commitments"),
        m("u-mois-lv-merchant-30", "cancelled", MOIS, FIS, P5_H, target=W3B, unit="원",
          comment="the clause names the threshold (30억) without '원': read as 원"),
        m("u-mois-lv-issue-29t", "progress", MOIS, FIS,
          "행정안전부가 올해 29조 원어치를 발행하겠다고 했지만 상반기 발행액은 13조 1,000억 원에 머물렀다.",
          target=W29T, unit="원", deadline="2025-12-31", dtext="올해",
          comment="short of the target before the deadline: progress; '16조 원 가까이' (next sentence) is arithmetic"),
        m("u-moef-lv-supp-4000", "achieved", MOEF, FIS,
          "기획재정부가 상반기 중 추경으로 국비 지원 4,000억 원을 더 마련하겠다고 했고, 6월 국회를 통과한 추경에 이 돈이 그대로 담겼다.",
          target=W4000B, unit="원", deadline="2025-06-30", dtext="상반기 중",
          comment="on time, the promise restated: deadline fields (r-t); 3,000억 원 (본예산) is the baseline; the 7% → 10% "
                  "sentence is a local effect"),
        m("u-mois-lv-discount-2p", "achieved", MOIS, FIS,
          "비수도권 상품권에 더 얹어 주기로 한 국비 할인 지원 2%p는 3월부터 예정대로 지급되고 있다.",
          target=2.0, unit="%p", deadline="2025-03-31", dtext="3월부터",
          comment="on time, the promise restated; 전남's 15% is a local government's own money"),
        m("u-mois-lv-merchant-30", "cancelled", MOIS, FIS,
          "7월부터 연매출 30억 원이 넘는 가게에서 상품권을 못 쓰게 하겠다던 계획은 결국 없던 일이 됐다.",
          target=W3B, unit="원", prev="2025-07-31",
          comment="the named date goes to previous_deadline; '행안부는 지난달 … 방침을 바꿨다.' narrates the same "
                  "cancellation: not annotated"),
        m("u-mois-lv-platform", "progress", MOIS, FIS,
          "하반기 중 열겠다던 통합 플랫폼 '지역사랑 ON'은 9월 시범 운영을 거쳐 11월 정식으로 문을 연다.",
          deadline="2025-11-30", dtext="11월",
          comment="a date named more exactly, earlier than promised (2025-12-31): progress with that date (t's 본인 확인); "
                  "the '60여 곳' rollout sentence is a description of the launch (see NOTES, uncertain)"),
        m("u-mois-lv-fraud-4", "progress", MOIS, FIS, "연 4회로 늘리겠다던 부정 유통 일제 점검은 1분기와 2분기에 한 번씩 열렸다.",
          target=4.0, unit="회", comment="on pace before the year ends: progress; 1,240곳 / 300곳 are results"),
        m("u-moef-lv-review", "delayed", MOEF, FIS,
          "기재부가 연말까지 내놓기로 한 국비 지원 심층평가는 연구 용역 계약이 늦어지면서 결과 공개가 내년 상반기로 밀렸다.",
          deadline="2026-06-30", dtext="내년 상반기로", prev="2025-12-31", comment=LATER + "; the old date named"),
        m("u-mois-lv-depop-15", "new", MOIS, FIS,
          "인구감소지역 89곳은 내년 1월부터 상품권 할인율을 15%까지 올릴 수 있도록 국비 지원을 늘리기로 했다.",
          target=15.0, unit="%", deadline="2026-01-31", dtext="내년 1월부터",
          comment="the subject is the beneficiaries; the body is 행안부 (the ◆ head and the page); '89곳' is the scope, "
                  "15% the rule value (target)"),
        m("u-mois-lv-data-open", "new", MOIS, FIS, "연말까지는 지역별·업종별 상품권 결제 데이터를 공공데이터포털에 공개한다.",
          deadline="2025-12-31", dtext="연말까지는",
          comment="subjectless: 행안부; no later page reports it (date rule); not annotated: the closing ◆ (the "
                  "editorial demand '다시 짜야 한다', fiscal cue '예산')"),
    ]))

# ---------------------------------------------------------------- 해외 취업사기 1/3 (straight news, one deck line; 외교부 + 경찰청 + 방송미디어통신위원회)
P6_H = "동남아 취업사기·감금 막는다…공관 사건사고 인력 12명으로, 코리안데스크 다음 달 설치"
P6_D = "외교부·경찰청 합동 대책…방미통위, '고수익 해외 취업' 광고 24시간 안에 삭제"
PAGES.append(dict(
    source="2025-10-23_u_overseas-job-scam-measures.txt", title=P6_H, published_at="2025-10-23",
    mentions=[
        m("u-mofa-scam-consul-12", "new", MOFA, O, P6_H, target=12.0, unit="명",
          comment="the headline names no body: 외교부's staff; no date in the clause; one headline, two commitments; the "
                  "first clause is an umbrella"),
        m("u-knpa-scam-desk", "new", KNPA, O, P6_H, deadline="2025-11-30", dtext="다음 달", comment="'다음 달' → next month's last day"),
        m("u-kcmc-scam-ads-24h", "new", KCMC, O, P6_D, target=24.0, unit="시간",
          comment="the deck's second clause names 방미통위 (short name); its first clause is an umbrella"),
        m("u-mofa-scam-consul-12", "new", MOFA, O,
          "외교부는 캄보디아와 라오스, 미얀마 주재 공관의 사건사고 담당 영사와 행정직원을 지금 5명에서 연내 12명으로 늘린다.",
          target=12.0, unit="명", deadline="2025-12-31", dtext="연내",
          comment="the lead is an umbrella; 320여 명 / 220여 명 are statistics; 5명 is the baseline"),
        m("u-mofa-scam-48h", "new", MOFA, O,
          "피해 신고가 들어오면 본부 신속대응팀이 48시간 안에 현지에 도착하도록 다음 달부터 출동 체계를 바꾼다.",
          target=48.0, unit="시간", deadline="2025-11-30", dtext="다음 달부터", comment="subjectless: 외교부"),
        m("u-mofa-scam-app", "new", MOFA, O,
          "'해외안전여행' 앱에는 12월 위치 정보와 함께 영사콜센터로 바로 연결되는 긴급 신고 버튼을 넣는다.",
          deadline="2025-12-31", dtext="12월", comment="subjectless: 외교부 (the app is its object)"),
        m("u-knpa-scam-desk", "new", KNPA, O, "경찰청은 다음 달 캄보디아 프놈펜에 현지 경찰과 함께 일하는 '코리안데스크'를 설치한다.",
          deadline="2025-11-30", dtext="다음 달"),
        m("u-knpa-scam-investigators-300", "new", KNPA, O,
          "국내에서는 해외 범죄조직의 모집책과 자금 세탁책을 쫓는 전담 수사 인력 300명을 연말까지 전국 시도경찰청에 배치한다.",
          target=300.0, unit="명", deadline="2025-12-31", dtext="연말까지", comment="subjectless: 경찰청"),
        m("u-kcmc-scam-ads-24h", "new", KCMC, O,
          "이달 초 출범한 방송미디어통신위원회는 주요 구인 플랫폼과 11월 중 협약을 맺어, 불법 취업 광고가 신고되면 24시간 안에 삭제하도록 하기로 했다.",
          target=24.0, unit="시간", deadline="2025-11-30", dtext="11월 중",
          comment="carries the government cue '출범' (the body's launch) and the body's name holds '통신' (ignored as a "
                  "ministry name): other (trap); '평균 닷새' is the baseline"),
        m("u-mofa-scam-consul-12", "new", MOFA, O,
          "빈지아 외교부 재외국민안전국장은 \"한 명의 국민도 범죄단지에 남겨 두지 않겠다\"며 \"연내 공관 인력을 12명으로 늘려 구출과 귀국 지원에 속도를 내겠다\"고 말했다.",
          person="빈지아", target=12.0, unit="명", deadline="2025-12-31", dtext="연내",
          comment="annotated for its second half (the first is undated); not annotated: the 여행금지 '검토' and the 여권법 "
                  "rule, the mother's demand, 변서영's bill ('다음 달', a lawmaker), 캄보디아 정부's '연말까지' crackdown (a "
                  "foreign government), the professor, the ◇ box"),
    ]))

# ---------------------------------------------------------------- 층간소음 2/3 (TV script: 앵커/리포트/인터뷰; 기후에너지환경부 + 국토교통부)
P7_H = "윗집 소음 분쟁 여전한데…'층간소음 알리미' 앱은 내년 3월로"
PAGES.append(dict(
    source="2025-11-25_u_floor-noise-tv.txt", title=P7_H, published_at="2025-11-25",
    mentions=[
        m("u-me-noise-app", "delayed", MCEE, O, P7_H, deadline="2026-03-31", dtext="내년 3월로",
          comment=LATER + "; the headline names no body: 환경부's app, under 기후에너지환경부 since 2025-10-01; its "
                  "first clause is context"),
        m("u-me-noise-wait-20", "progress", MCEE, O, "연내 20일로 줄이겠다던 방문 상담 대기 기간은 아직 평균 31일입니다.",
          target=20.0, unit="일", deadline="2025-12-31", dtext="연내",
          comment="short of the target before the deadline: progress; the sentence before (the rename, government cue "
                  "'출범') is context; the anchor's lines are umbrellas; 2만 9,000여 건 / 120건 are statistics"),
        m("u-me-noise-staff-160", "progress", MCEE, O,
          "상담 인력은 80명에서 112명으로 늘었지만, 내년 상반기 목표인 160명까지는 갈 길이 멉니다.",
          target=160.0, unit="명", deadline="2026-06-30", dtext="내년 상반기"),
        m("u-me-noise-app", "delayed", MCEE, O,
          "3분기 중 내놓겠다던 '층간소음 알리미' 앱은 측정값이 휴대전화 기종마다 들쭉날쭉하다는 문제가 드러나 출시가 내년 3월로 미뤄졌습니다.",
          deadline="2026-03-31", dtext="내년 3월로", prev="2025-09-30", comment=LATER + "; the missed date named"),
        m("u-me-noise-app", "delayed", MCEE, O, "앱은 정확도를 충분히 검증해 내년 3월에는 꼭 내놓겠습니다.",
          person="엄태린", deadline="2026-03-31", dtext="내년 3월에는",
          comment="the official restating the moved date: delayed (s, t); the quote marks of the bite are not part of the sentence"),
        m("u-mcee-noise-mediation-17", "new", MCEE, O, "내년 상반기까지는 17개 시도마다 층간소음 분쟁조정위원회를 두겠습니다.",
          person="엄태린", target=17.0, unit="개", deadline="2026-06-30", dtext="내년 상반기까지는",
          comment="a new promise in the bite (the renamed body's own); '17개 시도' → 17 개"),
        m("u-molit-noise-law", "achieved", MOLIT, O,
          "국토교통부가 상반기에 내겠다던 주택법 개정안은 7월에야 국회에 제출됐고, 아직 국토교통위원회 소위원회에 묶여 있습니다.",
          comment=LATE + "; the promise was the submission (the 국회's pace is not the body's); '… 속도가 더딥니다.' is an umbrella"),
        m("u-molit-noise-sample-5", "achieved", MOLIT, O, "사후확인 표본을 5%로 늘리는 조치는 예정대로 하반기부터 시행됐습니다.",
          target=5.0, unit="%", deadline="2025-12-31", dtext="하반기부터", comment="on time, the promise restated: deadline fields"),
        m("u-molit-noise-loan-10k", "progress", MOLIT, O,
          "올해 1만 가구에 내주겠다던 바닥 보강 융자는 지금까지 4,100가구가 받는 데 그쳤습니다.",
          target=10000.0, unit="가구", deadline="2025-12-31", dtext="올해",
          comment="'그쳤다' before the deadline is progress (t); the next sentence is the reason"),
        m("u-molit-noise-sensor-100", "new", MOLIT, O,
          "국토부는 내년 하반기까지 신축 아파트 100개 단지에 바닥 진동 센서를 달아 소음 자료를 모으는 시범 사업을 하겠다고 밝혔습니다.",
          target=100.0, unit="개", deadline="2026-12-31", dtext="내년 하반기까지",
          comment="'100개 단지' keeps the counter 개 (s's 150개 품목); not annotated: the residents' words, the experts and "
                  "the professor"),
    ]))

# ---------------------------------------------------------------- 방산 수출 2/3 (regional paper, `창원=` byline, one deck line; 방위사업청 + 산업통상부)
P8_H = "방산 수주 지난해 183억 달러…'200억 달러' 목표엔 못 미쳐"
P8_D = "수출 허가 심사 14일로 줄여…무역보험 방산 전용 보증은 2조 원으로 축소"
PAGES.append(dict(
    source="2026-01-13_u_defense-export-changwon.txt", title=P8_H, published_at="2026-01-13",
    mentions=[
        m("u-dapa-orders-200", "delayed", DAPA, IND, P8_H, target=USD20B, unit="달러",
          comment="short after the deadline: delayed; '지난해' dates the measurement, not the deadline (t): no "
                  "previous_deadline; the headline names no body"),
        m("u-dapa-license-15", "achieved", DAPA, IND, P8_D,
          comment="a measured value reported without the target: no target fields; one deck, two commitments"),
        m("u-motie-defense-guarantee", "revision", MOTI, IND, P8_D, target=W2T, unit="원",
          comment="a lowered target: revision; 산업통상자원부's promise, under 산업통상부 since 2025-10-01"),
        m("u-dapa-orders-200", "delayed", DAPA, IND,
          "지난해 우리나라 방위산업 수주액이 183억 달러로, 정부가 내건 200억 달러 목표에 17억 달러 못 미쳤다.",
          target=USD20B, unit="달러", comment="정부 → 방위사업청 (whose target it was); short after the deadline"),
        m("u-dapa-license-15", "achieved", DAPA, IND,
          "지난해 하반기부터 15일로 줄이겠다던 수출 허가 심사 기간은 하반기 평균 14일로 목표를 달성했다.",
          target=15.0, unit="일", deadline="2025-12-31", dtext="지난해 하반기부터",
          comment="on time, the promise restated (its date relative to this page: '지난해 하반기') ; the sentence before "
                  "is an umbrella; the 잠수함 '연내' is a foreign deal's expected timing, context"),
        m("u-dapa-sme-300", "achieved", DAPA, IND,
          "방산 부품을 만드는 중소기업 300곳에 수출 컨설팅을 해 주겠다던 약속도 312곳이 지원을 받아 지켜졌다.",
          target=300.0, unit="곳", comment="startup cue '중소기업' again (trap); no time words"),
        m("u-motie-defense-guarantee", "revision", MOTI, IND,
          "산업통상부는 지난해 하반기 3조 원 규모로 내놓겠다던 방산 수출 전용 보증을 2조 원으로 줄여 올해 상반기 안에 출시하기로 했다.",
          target=W2T, unit="원", deadline="2026-06-30", dtext="올해 상반기 안에", prev="2025-12-31",
          comment="target lowered and date moved in one sentence: revision (the target changed), the new date in "
                  "deadline, the named old one in previous_deadline; the rename sentence before it is context; the "
                  "reason (fiscal cue '기금') is context"),
        m("u-motie-defense-desk-10", "delayed", MOTI, IND,
          "지난해 6월 말까지 10곳에 두겠다던 KOTRA 무역관 방산 전담 데스크는 6곳에만 설치됐다.",
          target=10.0, unit="곳", prev="2025-06-30", comment="short after the deadline: delayed; the missed date named"),
        m("u-motie-defense-desk-10", "delayed", MOTI, IND, "산업통상부는 나머지 4곳을 3월까지 채우겠다고 밝혔다.",
          target=4.0, unit="곳", deadline="2026-03-31", dtext="3월까지",
          comment=LATER + "; a remainder is the target of the sentence that moves it (s, t)"),
        m("u-dapa-parts-1t", "progress", DAPA, IND,
          "2029년까지 1조 원을 들이겠다던 핵심 부품 국산화 연구개발에는 올해 예산 1,900억 원이 배정됐다.",
          target=W1T, unit="원", deadline="2029-12-31", dtext="2029년까지",
          comment="a step, the date unchanged: progress; fiscal cue '예산' (trap); the 7개 품목 sentence is a description"),
        m("u-dapa-orders-220", "new", DAPA, IND, "방사청은 올해 수주 목표를 220억 달러로 잡았다.",
          target=USD22B, unit="달러", deadline="2026-12-31", dtext="올해",
          comment="a yearly target of a new year is a new commitment (s, t)"),
        m("u-moti-defense-g2g", "new", MOTI, IND,
          "산업통상부는 4월 중 정부 간 수출 계약(G2G)을 전담하는 지원단도 출범시키기로 했다.",
          deadline="2026-04-30", dtext="4월 중",
          comment="the renamed body's own promise; government cue '출범' (trap); not annotated: 경상남도's '올해' "
                  "200억 원 centre (a local government), the 업체 대표, 맹도준's quote (undated '이어 가겠다'), the professor, "
                  "the 110여 곳 / 2만 1,000여 명 / 2,300명 statistics"),
    ]))

# ---------------------------------------------------------------- 난임 2/4: data page, no promise
PAGES.append(dict(
    source="2026-02-24_u_infertility-by-numbers.txt",
    title="[수치로 읽는 난임] 시술로 태어난 아기 열 명 중 한 명 넘었다", published_at="2026-02-24",
    mentions=[]))

# ---------------------------------------------------------------- 해외 취업사기 2/3 (feature with a [바로잡습니다] box above the headline, one deck line)
P10_H = "취업사기 감금 대책 반년…코리안데스크는 열었지만 공관 인력 충원은 더뎌"
P10_D = "외교부, 남은 영사 인력 상반기 안에…동남아 3개국과 구출 공조 MOU 추진"
PAGES.append(dict(
    source="2026-04-14_u_job-scam-six-months.txt", title=P10_H, published_at="2026-04-14",
    mentions=[
        m("u-knpa-scam-desk", "achieved", KNPA, O, P10_H,
          comment="the headline names no body; one headline, two commitments; the correction box above it is not annotated"),
        m("u-mofa-scam-consul-12", "delayed", MOFA, O, P10_H,
          comment="a specific delay of a specific promise without detail: delayed, no fields (s, t)"),
        m("u-mofa-scam-consul-12", "delayed", MOFA, O, P10_D, deadline="2026-06-30", dtext="상반기 안에",
          comment=LATER + "; '남은 영사 인력' names no number; one deck, two commitments"),
        m("u-mofa-scam-mou-3", "new", MOFA, O, P10_D, target=3.0, unit="개국", comment="no date in the clause"),
        m("u-knpa-scam-desk", "achieved", KNPA, O, "경찰청은 약속대로 지난해 11월 캄보디아 프놈펜에 코리안데스크를 열었다.",
          comment=WHEN + "; the lead paragraph is an umbrella; 41명 is a result"),
        m("u-knpa-scam-investigators-300", "achieved", KNPA, O, "전담 수사 인력 300명은 지난해 말까지 전국 시도경찰청에 모두 배치됐다.",
          target=300.0, unit="명", comment=WHEN + "; 126명 is a result"),
        m("u-kcmc-scam-ads-24h", "achieved", KCMC, O,
          "방송미디어통신위원회는 지난해 11월 중 맺겠다던 불법 취업 광고 삭제 협약을 12월에야 구인 플랫폼 다섯 곳과 체결했다.",
          comment=LATE + "; 1,900여 건 / 96% are results; '광고 차단도 시작됐다.' is an umbrella"),
        m("u-mofa-scam-consul-12", "delayed", MOFA, O,
          "반면 외교부가 지난해 안에 12명으로 늘리겠다던 3개국 공관의 사건사고 담당 인력은 9명에 머물러 있다.",
          target=12.0, unit="명", prev="2025-12-31", comment="short after the deadline: delayed; the missed date named"),
        m("u-mofa-scam-consul-12", "delayed", MOFA, O, "외교부는 남은 3명을 상반기 안에 보내겠다고 밝혔다.",
          target=3.0, unit="명", deadline="2026-06-30", dtext="상반기 안에",
          comment=LATER + "; a remainder is the target of the sentence that moves it"),
        m("u-mofa-scam-48h", "delayed", MOFA, O, "신고 뒤 48시간 안에 현지에 닿겠다던 신속대응팀의 평균 도착 시간은 59시간이었다.",
          target=48.0, unit="시간", comment="short after the date it took effect (2025-11-30): delayed; '닷새' is an example"),
        m("u-mofa-scam-app", "achieved", MOFA, O,
          "해외안전여행 앱의 긴급 신고 버튼은 지난해 12월 넣겠다던 것보다 한 달 늦은 1월 말 추가됐다.",
          comment=LATE + "; subjectless: 외교부's app"),
        m("u-mofa-scam-mou-3", "new", MOFA, O,
          "외교부는 상반기 안에 캄보디아·라오스·미얀마 3개국과 피해자 구출 공조 양해각서(MOU)를 맺겠다고 밝혔다.",
          target=3.0, unit="개국", deadline="2026-06-30", dtext="상반기 안에",
          comment="'정부는 … 다음 과제로 꼽았다.' is an umbrella; the MOU's content (next sentence) is a description"),
        m("u-knpa-scam-airport", "new", KNPA, O,
          "경찰청은 5월부터 인천국제공항 출국장에 해외 취업 상담 창구를 열어, 동남아로 떠나는 청년들에게 취업 제안이 믿을 만한지 확인해 주기로 했다.",
          deadline="2026-05-31", dtext="5월부터"),
        m("u-knpa-scam-repatriate-50", "new", KNPA, O, "경찰청은 또 올해 안에 범죄단지 총책과 모집책 50명을 국내로 송환하겠다고 밝혔다.",
          target=50.0, unit="명", deadline="2026-12-31", dtext="올해 안에",
          comment="not annotated: 추하람's quote (a consideration, '협의하고 있다', and an undated intention), the 20대's "
                  "words, the 인권 단체's demand, the 여행사"),
    ]))

# ---------------------------------------------------------------- 난임 3/4 (health-policy trade paper, one deck line; 보건복지부)
P11_H = "난임 시술 본인부담 10%로 낮췄지만…의료기관별 성공률은 반년 늦게 공개"
P11_D = "상담센터 8곳 운영 중…복지부, 난임 전문기관 인증제 내년 상반기 도입"
PAGES.append(dict(
    source="2026-07-07_u_infertility-follow-up.txt", title=P11_H, published_at="2026-07-07",
    mentions=[
        m("u-mohw-ivf-copay-10", "achieved", MOHW, O, P11_H, target=10.0, unit="%",
          comment="the headline names no body; one headline, two commitments"),
        m("u-mohw-clinic-rate", "achieved", MOHW, O, P11_H, comment=LATE + "; '반년 늦게' names no date"),
        m("u-mohw-center-10", "progress", MOHW, O, P11_D,
          comment="a measured value without the target: progress, no fields; one deck, two commitments"),
        m("u-mohw-clinic-cert", "new", MOHW, O, P11_D, deadline="2027-06-30", dtext="내년 상반기"),
        m("u-mohw-ivf-copay-10", "achieved", MOHW, O, "복지부는 지난해 10월부터 난임 시술의 건강보험 본인부담률을 30%에서 10%로 낮췄다.",
          target=10.0, unit="%", comment=WHEN + "; the lead is an umbrella; 82만 → 31만 원 and 9만 1,000건 / 8% are results"),
        m("u-mohw-egg-storage", "achieved", MOHW, O, "올해 1월부터는 난자 동결 보관비 지원도 시작돼 5월까지 3,900여 명이 지원을 받았다.",
          comment=WHEN),
        m("u-mohw-clinic-rate", "achieved", MOHW, O, "반면 지난해 안에 내놓겠다던 의료기관별 시술 성공률은 지난달에야 공개됐다.",
          comment=LATE + "; the 142곳 sentence narrates the same event; the reason is context"),
        m("u-mohw-notice-3d", "delayed", MOHW, O,
          "지난해 9월부터 온라인 신청 뒤 3일 안에 알려 주겠다던 지원 결정 통지는 올해 상반기에도 평균 6일이 걸렸다.",
          target=3.0, unit="일", prev="2025-09-30",
          comment="short after the deadline: delayed; the missed date named; '절차 개선도 더디다.' is an umbrella"),
        m("u-mohw-fertility-test", "cancelled", MOHW, O,
          "지난해 5월부터 미혼 남녀에게도 가임력 검사비를 지원하겠다던 계획은 예산을 확보하지 못해 결국 없던 일이 됐다.",
          prev="2025-05-31",
          comment="fiscal cue '예산' (trap); the next sentence ('복지부는 대신 …') is another measure, undated: not annotated"),
        m("u-mohw-center-10", "progress", MOHW, O,
          "2026년까지 10곳으로 늘리겠다던 난임·우울증 상담센터는 강원과 전북에 새로 문을 열어 지금 8곳이 운영 중이다.",
          target=10.0, unit="곳", deadline="2026-12-31", dtext="2026년까지", comment="short of the target before the deadline"),
        m("u-mohw-clinic-cert", "new", MOHW, O, "복지부는 내년 상반기 난임 전문 의료기관 인증제를 도입하겠다고 밝혔다.",
          deadline="2027-06-30", dtext="내년 상반기", comment="the method (next sentence) is a description"),
        m("u-mohw-clinic-cert", "new", MOHW, O,
          "단소율 복지부 인구아동정책관은 \"성공률 공개가 늦어진 점은 송구하다\"며 \"인증제는 내년 상반기 안에 반드시 시행하겠다\"고 말했다.",
          person="단소율", deadline="2027-06-30", dtext="내년 상반기 안에",
          comment="not annotated: the 전문병원 원장, the 개원의, the 환자 모임's demand, 전라남도's '하반기부터' 교통비 "
                  "(a local government)"),
    ]))

# ---------------------------------------------------------------- roundup (all five storylines)
P12_H = "[2026 약속 결산] 방산 전용 보증·층간소음 앱은 나왔다…G2G 지원단은 없던 일로"
P12_D1 = "지역사랑상품권 29조 원 발행 약속 못 지켜…난임 전문기관 인증제는 2028년으로"
P12_D2 = "해외 취업사기 구출 공조 MOU, 미얀마와는 해 넘겨"
PAGES.append(dict(
    source="2026-11-26_u_promise-yearend-roundup.txt", title=P12_H, published_at="2026-11-26",
    mentions=[
        m("u-motie-defense-guarantee", "achieved", MOTI, IND, P12_H,
          comment="the headline names no body; one headline, three commitments (two bodies, two categories)"),
        m("u-me-noise-app", "achieved", MCEE, O, P12_H),
        m("u-moti-defense-g2g", "cancelled", MOTI, IND, P12_H),
        m("u-mois-lv-issue-29t", "delayed", MOIS, FIS, P12_D1, target=W29T, unit="원",
          comment="one deck line, two commitments (two categories)"),
        m("u-mohw-clinic-cert", "delayed", MOHW, O, P12_D1, deadline="2028-12-31", dtext="2028년으로", comment=LATER),
        m("u-mofa-scam-mou-3", "delayed", MOFA, O, P12_D2,
          comment="'해 넘겨' names no new date: delayed without deadline fields (s's anchor line); the body gives the date"),
        # 층간소음
        m("u-molit-noise-loan-10k", "delayed", MOLIT, O, "지난해 1만 가구에 내주겠다던 바닥 보강 융자는 연말까지 7,600가구에 그쳤다.",
          target=10000.0, unit="가구", prev="2025-12-31",
          comment="short after the deadline: delayed; '지난해' names the missed year; the intro and ■ heads are not annotated"),
        m("u-molit-noise-slab-250", "achieved", MOLIT, O, "공공주택 바닥 두께를 250mm로 높이는 기준은 올해 1월 사업승인분부터 적용됐다.",
          target=250.0, unit="mm", comment=WHEN),
        m("u-molit-noise-labs-6", "progress", MOLIT, O, "성능검사 기관은 6곳 목표 가운데 4곳이 지정됐다.",
          target=6.0, unit="곳", comment="short of the target before its date (2027-12-31): progress"),
        m("u-molit-noise-sensor-100", "revision", MOLIT, O,
          "국토교통부는 신축 아파트 100개 단지에 바닥 진동 센서를 달겠다던 시범 사업 대상을 60개 단지로 줄였다.",
          target=60.0, unit="개", comment="a lowered target: revision; the date (2026-12-31) is still ahead"),
        m("u-molit-noise-subsidy", "new", MOLIT, O, "국토부는 내년부터 기존 아파트의 바닥 보강 공사비를 가구당 300만 원까지 직접 보조하겠다고 밝혔다.",
          deadline="2027-12-31", dtext="내년부터",
          comment="'가구당 300만 원까지' is a cap, not a target; '내년부터' (a standing subsidy from next year) → next year's 12-31"),
        m("u-me-noise-wait-20", "delayed", MCEE, O,
          "기후에너지환경부의 이웃사이센터 방문 상담 대기는 지난해 말 평균 27일로 20일 목표를 채우지 못했다.",
          target=20.0, unit="일", comment="short after the deadline: delayed; '지난해 말' dates the measurement"),
        m("u-me-noise-staff-160", "achieved", MCEE, O, "상담 인력은 5월 160명을 모두 채웠다.",
          target=160.0, unit="명", comment=WHEN + " (May, within the promised 2026 H1)"),
        m("u-me-noise-app", "achieved", MCEE, O, "3월로 미뤄졌던 '층간소음 알리미' 앱은 예정대로 3월 출시됐다.",
          deadline="2026-03-31", dtext="3월로",
          comment="reached on the moved date: achieved with the moved date (t)"),
        m("u-mcee-noise-mediation-17", "delayed", MCEE, O, "상반기까지 17개 시도에 두겠다던 분쟁조정위원회는 11곳에만 생겼다.",
          target=17.0, unit="개", prev="2026-06-30", comment="short after the deadline: delayed; the missed date named"),
        # 난임
        m("u-mohw-center-10", "progress", MOHW, O, "2026년까지 10곳으로 늘리겠다던 난임·우울증 상담센터는 9곳이 문을 열었다.",
          target=10.0, unit="곳", deadline="2026-12-31", dtext="2026년까지", comment="short of the target before the deadline"),
        m("u-mohw-notice-3d", "delayed", MOHW, O, "지원 결정 통지는 평균 4일까지 줄었지만 3일 목표에는 아직 못 미친다.",
          target=3.0, unit="일", comment="still short after the deadline: delayed"),
        m("u-mohw-clinic-cert", "delayed", MOHW, O,
          "내년 상반기 도입하기로 한 난임 전문기관 인증제는 인증 기준을 두고 의료계와 이견이 좁혀지지 않아 2028년으로 미뤄졌다.",
          deadline="2028-12-31", dtext="2028년으로", prev="2027-06-30",
          comment=LATER + "; the not-yet-passed old date named → previous_deadline (t)"),
        m("u-mohw-ivf-30", "new", MOHW, O, "보건복지부는 내년부터 난임 시술 지원 횟수를 출산당 25회에서 30회로 늘리겠다고 밝혔다.",
          target=30.0, unit="회", deadline="2027-12-31", dtext="내년부터", comment="25회 is the baseline"),
        # 방산 수출
        m("u-dapa-orders-220", "progress", DAPA, IND, "올해 220억 달러를 내건 방산 수주는 10월 말까지 149억 달러에 머물렀다.",
          target=USD22B, unit="달러", deadline="2026-12-31", dtext="올해",
          comment="short before the deadline: progress; '10월 말까지' dates the measurement"),
        m("u-motie-defense-guarantee", "achieved", MOTI, IND,
          "산업통상부가 상반기 안에 내놓겠다던 2조 원 규모 방산 수출 전용 보증은 5월 출시됐다.",
          target=W2T, unit="원", deadline="2026-06-30", dtext="상반기 안에",
          comment="reached within the revised date, the revised promise restated: deadline fields"),
        m("u-motie-defense-desk-10", "achieved", MOTI, IND, "3월까지 채우겠다던 나머지 무역관 데스크 4곳은 5월에야 모두 문을 열었다.",
          target=4.0, unit="곳", comment=LATE + "; subjectless: 산업통상부 (the sentence before)"),
        m("u-moti-defense-g2g", "cancelled", MOTI, IND,
          "4월 출범하겠다던 G2G 지원단은 국방부·방위사업청과 역할 조정이 안 돼 결국 만들지 않기로 했다.",
          prev="2026-04-30", comment="subjectless: 산업통상부's office; government cue '출범' (trap); the named date → previous_deadline"),
        m("u-dapa-parts-1t", "revision", DAPA, IND,
          "방위사업청은 핵심 부품 국산화 연구개발 투자를 2029년까지 1조 원에서 1조 2,000억 원으로 늘리기로 했다.",
          target=W1_2T, unit="원", deadline="2029-12-31", dtext="2029년까지", comment="a raised target: revision"),
        # 지역사랑상품권
        m("u-mois-lv-issue-29t", "delayed", MOIS, FIS, "지난해 29조 원을 찍겠다던 지역사랑상품권 발행액은 27조 3,000억 원에 그쳤다.",
          target=W29T, unit="원", prev="2025-12-31", comment="short after the deadline: delayed; the missed year named"),
        m("u-mois-lv-platform", "achieved", MOIS, FIS,
          "지난해 11월 열겠다던 통합 플랫폼 '지역사랑 ON'은 결제 오류를 잡느라 올해 2월에야 문을 열었다.",
          comment=LATE + "; subjectless: 행안부's platform"),
        m("u-mois-lv-fraud-4", "delayed", MOIS, FIS, "연 4회로 늘리겠다던 부정 유통 일제 점검은 지난해 4분기를 건너뛰어 세 번에 그쳤다.",
          target=4.0, unit="회", comment="short after the deadline (2025-12-31): delayed; '지난해 4분기' is the skipped round, not a deadline"),
        m("u-mois-lv-depop-15", "achieved", MOIS, FIS, "인구감소지역 상품권 할인율을 15%까지 국비로 받쳐 주는 지원은 1월부터 시행됐다.",
          target=15.0, unit="%", comment=WHEN),
        m("u-moef-lv-review", "achieved", MPB, FIS, "올해 상반기로 미뤄졌던 국비 지원 심층평가 결과는 기획예산처가 5월 공개했다.",
          deadline="2026-06-30", dtext="올해 상반기로",
          comment="reached within the moved date: achieved with the moved date; 기획재정부's promise, kept by 기획예산처 "
                  "(the sentence before, context, says so) — not 재정경제부, the primary successor"),
        m("u-mois-lv-app-all", "new", MOIS, FIS,
          "행정안전부는 내년 상반기까지 모든 지자체 상품권을 '지역사랑 ON' 한 곳에서 쓸 수 있게 하겠다고 밝혔다.",
          deadline="2027-06-30", dtext="내년 상반기까지"),
        # 해외 취업사기
        m("u-mofa-scam-consul-12", "delayed", MOFA, O, "외교부가 상반기 안에 채우겠다던 남은 공관 인력 3명 가운데 2명만 배치됐다.",
          target=3.0, unit="명", prev="2026-06-30", comment="short after the moved date: delayed; the missed date named"),
        m("u-mofa-scam-mou-3", "delayed", MOFA, O,
          "3개국과 맺겠다던 구출 공조 양해각서는 캄보디아·라오스와 체결했고, 미얀마와는 내년 상반기로 미뤄졌다.",
          target=3.0, unit="개국", deadline="2027-06-30", dtext="내년 상반기로",
          comment="two of three signed, the third moved later: delayed with the new date (s's 압류 2 of 5, t's 울타리); "
                  "subjectless: 외교부"),
        m("u-mofa-scam-48h", "delayed", MOFA, O, "신속대응팀의 현지 도착 시간은 평균 52시간으로 줄었지만 48시간 목표에는 못 미친다.",
          target=48.0, unit="시간", comment="still short: delayed"),
        m("u-knpa-scam-airport", "achieved", KNPA, O, "5월 열겠다던 인천공항 출국장 상담 창구는 예정대로 문을 열었다.",
          deadline="2026-05-31", dtext="5월", comment="on time, the promise restated: deadline fields; subjectless: 경찰청"),
        m("u-knpa-scam-repatriate-50", "progress", KNPA, O,
          "경찰청이 올해 안에 국내로 데려오겠다던 범죄단지 총책·모집책 50명 가운데 지금까지 37명이 송환됐다.",
          target=50.0, unit="명", deadline="2026-12-31", dtext="올해 안에",
          comment="short before the deadline: progress; not annotated: the outlet's own plan ('약속등대는 내년에도 …') "
                  "and all boilerplate"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-26)
LAST = "2026-11-26"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    # 층간소음
    ("u-molit-noise-law", MOLIT, O, "층간소음 사후확인 미달 시 준공 승인 보류 주택법 개정안 국회 제출 2025년 상반기 중", "achieved",
     "submitted July 2025 (late)"),
    ("u-molit-noise-sample-5", MOLIT, O, "층간소음 사후확인 표본 2% → 5% 2025년 하반기부터", "achieved", "on time"),
    ("u-molit-noise-loan-10k", MOLIT, O, "기존 아파트 바닥 보강 융자 2025년 1만 가구", "delayed", "4,100 (Nov 2025), 7,600가구 (end 2025)"),
    ("u-molit-noise-slab-250", MOLIT, O, "공공주택 바닥 슬래브 210 → 250mm 2026년 사업승인분부터", "achieved", "from January 2026"),
    ("u-molit-noise-labs-6", MOLIT, O, "바닥 충격음 성능검사 기관 2곳 → 6곳 2027년까지", "in_progress", "4곳 (Nov 2026)"),
    ("u-me-noise-wait-20", MCEE, O, "이웃사이센터 방문 상담 대기 45일 → 20일 2025년 내", "delayed",
     "31일 (Nov 2025), 27일 (end 2025); made by 환경부, under 기후에너지환경부 since 2025-10-01"),
    ("u-me-noise-staff-160", MCEE, O, "이웃사이센터 상담·측정 인력 80명 → 160명 2026년 상반기까지", "achieved",
     "160명 in May 2026; made by 환경부"),
    ("u-me-noise-app", MCEE, O, "'층간소음 알리미' 앱 (2025년 3분기 → 2026년 3월)", "achieved",
     "March 2026, on the moved date; made by 환경부"),
    ("u-mcee-noise-mediation-17", MCEE, O, "17개 시도 층간소음 분쟁조정위원회 2026년 상반기까지", "delayed", "11곳"),
    ("u-molit-noise-sensor-100", MOLIT, O, "신축 아파트 바닥 진동 센서 시범 (100개 → 60개 단지) 2026년 하반기까지", "revised",
     "lowered on 2026-11-26"),
    ("u-molit-noise-subsidy", MOLIT, O, "기존 아파트 바닥 보강 공사비 직접 보조 (가구당 최대 300만 원) 2027년부터", "announced", ""),
    # 난임
    ("u-mohw-ivf-copay-10", MOHW, O, "난임 시술 건강보험 본인부담률 30% → 10% 2025년 하반기부터", "achieved", "from October 2025"),
    ("u-mohw-egg-storage", MOHW, O, "난자 동결 보관비 지원 2026년 1월부터", "achieved", "from January 2026"),
    ("u-mohw-fertility-test", MOHW, O, "가임력 검사비 지원 미혼 남녀로 확대 2025년 5월부터", "cancelled", "dropped (2026-07-07)"),
    ("u-mohw-clinic-rate", MOHW, O, "의료기관별 난임 시술 성공률 공개 2025년 내", "achieved", "June 2026 (late)"),
    ("u-mohw-notice-3d", MOHW, O, "난임 시술 지원 결정 통지 14일 → 3일 2025년 9월부터", "delayed", "6일 (H1 2026), 4일 (Nov 2026)"),
    ("u-mohw-center-10", MOHW, O, "난임·우울증 상담센터 5곳 → 10곳 2026년까지", "in_progress", "8곳 (Jul 2026), 9곳 (Nov 2026)"),
    ("u-mohw-clinic-cert", MOHW, O, "난임 전문 의료기관 인증제 (2027년 상반기 → 2028년)", "delayed",
     "moved on 2026-11-26; the new date still ahead (convention 1)"),
    ("u-mohw-ivf-30", MOHW, O, "난임 시술 지원 횟수 출산당 25회 → 30회 2027년부터", "announced", ""),
    # 방산 수출
    ("u-dapa-orders-200", DAPA, IND, "2025년 방산 수주 200억 달러", "delayed", "183억 달러"),
    ("u-dapa-license-15", DAPA, IND, "방산 수출 허가 심사 30일 → 15일 2025년 하반기부터", "achieved", "14일 in H2 2025"),
    ("u-dapa-parts-1t", DAPA, IND, "핵심 부품 국산화 R&D 2029년까지 (1조 원 → 1조 2,000억 원)", "revised",
     "1,900억 원 in the 2026 budget; raised on 2026-11-26"),
    ("u-dapa-sme-300", DAPA, IND, "방산 부품 중소기업 300곳 수출 컨설팅 2025년", "achieved", "312곳"),
    ("u-motie-defense-guarantee", MOTI, IND, "무역보험 방산 수출 전용 보증 (3조 원, 2025년 하반기 → 2조 원, 2026년 상반기)", "achieved",
     "May 2026, within the revised date; made by 산업통상자원부, under 산업통상부 since 2025-10-01"),
    ("u-motie-defense-desk-10", MOTI, IND, "KOTRA 무역관 10곳 방산 수출 전담 데스크 (2025년 6월 말 → 2026년 3월)", "achieved",
     "6곳 (Jan 2026), all 10 by May 2026 (late); made by 산업통상자원부"),
    ("u-mnd-defense-demo", MND, IND, "수출 상담용 운용 장비 시연 훈령 개정 2025년 내", "delayed",
     "deadline 2025-12-31 passed with no report (the 2025-05-27 page is its only page)"),
    ("u-dapa-orders-220", DAPA, IND, "2026년 방산 수주 220억 달러", "in_progress", "149억 달러 by October 2026"),
    ("u-moti-defense-g2g", MOTI, IND, "정부 간 수출 계약(G2G) 지원단 2026년 4월 출범", "cancelled", "dropped (2026-11-26)"),
    # 지역사랑상품권
    ("u-mois-lv-issue-29t", MOIS, FIS, "지역사랑상품권 2025년 29조 원 발행", "delayed", "13조 1,000억 원 (H1), 27조 3,000억 원 (2025)"),
    ("u-mois-lv-discount-2p", MOIS, FIS, "비수도권 상품권 할인 국비 2%p 추가 2025년 3월부터", "achieved", "on time"),
    ("u-mois-lv-platform", MOIS, FIS, "통합 플랫폼 '지역사랑 ON' 2025년 하반기 중", "achieved", "February 2026 (late)"),
    ("u-mois-lv-merchant-30", MOIS, FIS, "연매출 30억 원 초과 가맹점 상품권 사용 제한 2025년 7월부터", "cancelled", "dropped (2025-08-19)"),
    ("u-mois-lv-fraud-4", MOIS, FIS, "부정 유통 정부 합동 일제 점검 연 2회 → 4회 2025년부터", "delayed", "three rounds in 2025"),
    ("u-moef-lv-supp-4000", MPB, FIS, "추경으로 상품권 국비 지원 4,000억 원 추가 2025년 상반기 중", "achieved",
     "June 2025 추경; made by 기획재정부, whose budget work went to 기획예산처 on 2026-01-02"),
    ("u-moef-lv-review", MPB, FIS, "상품권 국비 지원 재정사업 심층평가 공개 (2025년 말 → 2026년 상반기)", "achieved",
     "May 2026, within the moved date; made by 기획재정부, published by 기획예산처"),
    ("u-mois-lv-depop-15", MOIS, FIS, "인구감소지역 상품권 할인율 15%까지 국비 지원 2026년 1월부터", "achieved", "from January 2026"),
    ("u-mois-lv-data-open", MOIS, FIS, "지역별·업종별 상품권 결제 데이터 공개 2025년 말까지", "delayed",
     "deadline 2025-12-31 passed with no report (the 2025-08-19 page is its only page)"),
    ("u-mois-lv-app-all", MOIS, FIS, "모든 지자체 상품권 '지역사랑 ON' 통합 2027년 상반기까지", "announced", ""),
    # 해외 취업사기
    ("u-mofa-scam-consul-12", MOFA, O, "동남아 3개국 공관 사건사고 인력 5명 → 12명 (2025년 내 → 남은 3명 2026년 상반기)", "delayed",
     "9명 (Apr 2026), 2 of the remaining 3 (Nov 2026)"),
    ("u-mofa-scam-48h", MOFA, O, "신속대응팀 신고 후 48시간 내 현지 도착 2025년 11월부터", "delayed", "59시간 (Apr 2026), 52시간 (Nov 2026)"),
    ("u-mofa-scam-app", MOFA, O, "'해외안전여행' 앱 긴급 신고 버튼 2025년 12월", "achieved", "end of January 2026 (late)"),
    ("u-knpa-scam-desk", KNPA, O, "프놈펜 코리안데스크 2025년 11월 설치", "achieved", "on time"),
    ("u-knpa-scam-investigators-300", KNPA, O, "해외 취업사기 전담 수사 인력 300명 2025년 말까지", "achieved", "on time"),
    ("u-kcmc-scam-ads-24h", KCMC, O, "불법 취업 광고 24시간 내 삭제 구인 플랫폼 협약 2025년 11월 중", "achieved", "December 2025 (late)"),
    ("u-mofa-scam-mou-3", MOFA, O, "캄보디아·라오스·미얀마 구출 공조 MOU (2026년 상반기 → 미얀마 2027년 상반기)", "delayed",
     "two signed; the third moved, its new date still ahead (convention 1)"),
    ("u-knpa-scam-airport", KNPA, O, "인천공항 출국장 해외 취업 상담 창구 2026년 5월부터", "achieved", "on time"),
    ("u-knpa-scam-repatriate-50", KNPA, O, "범죄단지 총책·모집책 50명 송환 2026년 안에", "in_progress", "37명 by November 2026"),
]


if __name__ == "__main__":
    write(ROOT, "u", PAGES, COMMITMENTS, LAST,
          ["ministry = the responsible body under the name valid on that date (환경부's 층간소음 promises are listed",
           "under 기후에너지환경부, its successor from 2025-10-01; 산업통상자원부's under 산업통상부, its successor from",
           "2025-10-01; 기획재정부's 국비·평가 promises under 기획예산처, which took the budget and the 재정사업 평가 on",
           "2026-01-02 — not under 재정경제부, the primary successor; every other body kept its name through 2026-11-26)."],
          with_commitments="--commitments" in sys.argv[1:])
