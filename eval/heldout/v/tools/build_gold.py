"""Writes the hand annotations of held-out set v to gold/*.toml.

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

ME = "환경부"                # until 2025-09-30
MCEE = "기후에너지환경부"     # from 2025-10-01 (successor of 환경부; kept 폐기물·자원순환; took the energy work of
                             # 산업통상자원부, here the 공공건물 히트펌프 보급)
MOE = "교육부"
KNPA = "경찰청"
MOTIE = "산업통상자원부"      # until 2025-09-30
MOTI = "산업통상부"          # from 2025-10-01 (successor of 산업통상자원부; kept 로봇·첨단산업)
MOEF = "기획재정부"          # until 2026-01-01
MOFE = "재정경제부"          # from 2026-01-02 (took 세제 from 기획재정부: the primary successor is right here)
NTS = "국세청"
MOLIT = "국토교통부"

O = "other"        # 생활폐기물 직매립 금지, 학교폭력 (no topic fits)
IND = "industry"   # 휴머노이드·로봇 (제조업, 휴머노이드; 산업통상자원부 / 산업통상부)
FIS = "fiscal"     # 근로·자녀장려금 (세제: 세법개정안; 국세청 is in fiscal's remit_of)
CLI = "climate"    # 건물 부문 탄소중립 (온실가스 감축: ZEB, 그린리모델링, 히트펌프)

LATE = "achieved after the deadline the commitment named; no deadline fields (the sentence names a missed date or none)"
LATER = "deadline moved later: delayed (convention of j-u), new date in deadline"
WHEN = "on time, but the time words say when it was done, not what was promised: no deadline fields (q-u)"

W1T = 1000000000000.0        # 1조 원
W1_5T = 1500000000000.0      # 1조5천억 원 / 1조 5,000억 원
W26M = 26000000.0            # 2,600만 원
W4M = 4000000.0              # 400만 원
W3_8M = 3800000.0            # 380만 원
W1_2M = 1200000.0            # 120만 원
P2M = 2000000.0              # 200만 명

PAGES: list[dict] = []

# ---------------------------------------------------------------- 생활폐기물 1/3 (wire, `(세종=노을통신)` dateline; 환경부)
P1_H = "수도권 쓰레기 직매립 내년 1월부터 금지…공공 소각장 10곳 더 짓는다"
PAGES.append(dict(
    source="2025-01-15_v_waste-landfill-ban-wire.txt", title=P1_H, published_at="2025-01-15",
    mentions=[
        m("v-me-waste-ban-2026", "new", ME, O, P1_H, deadline="2026-01-31", dtext="내년 1월부터",
          comment="the headline names no body: 환경부's plan; one headline, two commitments"),
        m("v-me-waste-incin-10", "new", ME, O, P1_H, target=10.0, unit="곳", comment="no date in the clause"),
        m("v-me-waste-ban-2026", "new", ME, O,
          "환경부가 수도권 생활폐기물 직매립 금지를 예정대로 내년 1월부터 시행한다고 15일 밝혔다.",
          deadline="2026-01-31", dtext="내년 1월부터",
          comment="the wire dateline is not part of the sentence; the ministry commits to the date the 2021 rule set "
                  "('예정대로'); the rule's own schedule (2021년 7월, 수도권 2026년, 그 밖 2030년) is not annotated"),
        m("v-me-waste-incin-10", "new", ME, O, "환경부는 2027년까지 수도권에 공공 소각시설 10곳을 새로 짓거나 늘리기로 했다.",
          target=10.0, unit="곳", deadline="2027-12-31", dtext="2027년까지"),
        m("v-me-waste-subsidy-50", "new", ME, O,
          "이를 앞당기려고 소각시설 설치비의 국고 보조율을 지금의 40%에서 50%로 올리는 폐기물관리법 시행령 개정을 상반기 안에 마친다.",
          target=50.0, unit="%", deadline="2025-06-30", dtext="상반기 안에",
          comment="subjectless: 환경부; 40% is the baseline; '평균 7년' in the next sentence is context"),
        m("v-me-waste-contract", "new", ME, O,
          "소각시설을 제때 갖추지 못한 기초지자체를 위해서는 민간 소각장에 처리를 맡길 때 쓰는 표준계약서를 3월까지 만들어 배포한다.",
          deadline="2025-03-31", dtext="3월까지", comment="subjectless: 환경부"),
        m("v-me-waste-sorter-20", "new", ME, O, "연내 수도권 공공 선별시설 20곳에 인공지능(AI) 광학 선별기를 들인다.",
          target=20.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment="subjectless: 환경부; '… 작업도 강화한다.' before it is an umbrella"),
        m("v-me-waste-reduce-10", "new", ME, O,
          "환경부는 수도권 생활폐기물 발생량을 2026년까지 2023년보다 10% 줄이겠다고 밝혔다.",
          target=10.0, unit="%", deadline="2026-12-31", dtext="2026년까지",
          comment="'2023년보다' is the base year, not a date; '1만 9천여 톤' (2023) is a statistic"),
        m("v-me-waste-ban-2026", "new", ME, O,
          "도이현 환경부 자원순환정책관은 \"내년 1월 시행에는 변함이 없다\"며 \"소각시설이 들어설 지역 주민에게는 지원을 충분히 하겠다\"고 말했다.",
          person="도이현", deadline="2026-01-31", dtext="내년 1월",
          comment="annotated for its first half (the date restated); the second half is an undated intention. Not "
                  "annotated: 51만 톤 / 1천400톤, the 1992/2016/2015/2021 history, 인천시's '2025년 안에' (a local "
                  "government's demand), 서울시's 2029년 plan, 나윤태's '다음 달' bill (a lawmaker), the institute's forecast"),
    ]))

# ---------------------------------------------------------------- 학교폭력 1/4 (straight news, one deck line; 교육부 + 경찰청)
P2_H = "학폭 전담조사관 연내 2,700명으로…피해 학생 신고 앱 9월 나온다"
P2_D = "심의 기간 21일 이내로 단축…경찰, 학교전담경찰관 1,500명까지 증원"
PAGES.append(dict(
    source="2025-02-26_v_school-violence-plan.txt", title=P2_H, published_at="2025-02-26",
    mentions=[
        m("v-moe-sv-investigators-2700", "new", MOE, O, P2_H, target=2700.0, unit="명", deadline="2025-12-31", dtext="연내",
          comment="the headline names no body: 교육부's plan; one headline, two commitments"),
        m("v-moe-sv-app", "new", MOE, O, P2_H, deadline="2025-09-30", dtext="9월"),
        m("v-moe-sv-deliberation-21", "new", MOE, O, P2_D, target=21.0, unit="일",
          comment="one deck line, two commitments (two bodies); no date in either clause"),
        m("v-knpa-sv-spo-1500", "new", KNPA, O, P2_D, target=1500.0, unit="명", comment="'경찰' names 경찰청"),
        m("v-moe-sv-investigators-2700", "new", MOE, O, "교육부는 이를 연내 2,700명으로 늘린다.",
          target=2700.0, unit="명", deadline="2025-12-31", dtext="연내",
          comment="the lead is an umbrella (no promise named); 1,900명 is the baseline; 2만 6,000여 건 and 2.1% are statistics"),
        m("v-moe-sv-deliberation-21", "new", MOE, O, "지금은 평균 40일이 걸리는데, 하반기부터 21일 이내로 끝내도록 하겠다는 것이다.",
          target=21.0, unit="일", deadline="2025-12-31", dtext="하반기부터",
          comment="subjectless: 교육부; '… 기간도 줄인다.' before it is the undated umbrella; 40일 is the baseline; a "
                  "standing target with a start date: the start period's end is the deadline (u)"),
        m("v-moe-sv-app", "new", MOE, O, "피해 학생이 직접 신고하고 전문 상담사와 대화할 수 있는 앱 '마음톡'은 9월 내놓는다.",
          deadline="2025-09-30", dtext="9월", comment="subjectless: 교육부"),
        m("v-moe-sv-centers-17", "new", MOE, O,
          "교육부는 전국 6곳뿐인 피해학생 전담 지원기관을 2026년까지 17개 시도마다 한 곳씩, 모두 17곳으로 늘리기로 했다.",
          target=17.0, unit="곳", deadline="2026-12-31", dtext="2026년까지", comment="6곳 is the baseline"),
        m("v-moe-sv-ai-monitor", "new", MOE, O,
          "하반기 중에는 사회관계망서비스(SNS)와 메신저에서 벌어지는 사이버 학교폭력을 AI로 찾아내는 모니터링 시범 사업을 시작한다.",
          deadline="2025-12-31", dtext="하반기 중", comment="subjectless: 교육부"),
        m("v-knpa-sv-spo-1500", "new", KNPA, O, "경찰청은 학교전담경찰관(SPO)을 지금 1,100명에서 2026년까지 1,500명으로 늘린다.",
          target=1500.0, unit="명", deadline="2026-12-31", dtext="2026년까지"),
        m("v-knpa-sv-cyber-team", "new", KNPA, O, "상반기 중에는 시도경찰청마다 사이버 학교폭력 전담 수사팀을 꾸린다.",
          deadline="2025-06-30", dtext="상반기 중", comment="subjectless: 경찰청; this page is its only page"),
        m("v-moe-sv-app", "new", MOE, O,
          "형도훈 교육부 책임교육지원관은 \"교사가 조사와 처분의 부담에서 벗어나 수업에 집중할 수 있게 하겠다\"며 \"9월에는 학생들이 마음톡을 쓸 수 있도록 준비하겠다\"고 말했다.",
          person="형도훈", deadline="2025-09-30", dtext="9월에는",
          comment="annotated for its second half; the first is an undated intention. Not annotated: the 교원단체, the 학부모 "
                  "단체's '올해 안에' (a demand), 옥찬우's '이달 안에' bill (a lawmaker), 서울시교육청's '올해' plan (not a "
                  "body in ministries.csv), the professor"),
    ]))

# ---------------------------------------------------------------- 휴머노이드 1/3 (Q&A interview, quoted deck line; 산업통상자원부)
P3_H = "[인터뷰] 서다올 산업부 첨단산업정책관 \"2030년까지 휴머노이드에 1조 원…부품 국산화 50%로\""
P3_D = "\"올해 공장 30곳에서 실증…안전 기준은 연내 만든다\""
PAGES.append(dict(
    source="2025-03-25_v_humanoid-robot-interview.txt", title=P3_H, published_at="2025-03-25",
    mentions=[
        m("v-motie-robot-rnd-1t", "new", MOTIE, IND, P3_H, person="서다올", target=W1T, unit="원",
          deadline="2030-12-31", dtext="2030년까지",
          comment="the interviewee speaks in the headline and deck (person); '산업부' on 2025-03-25 = 산업통상자원부; one "
                  "headline, two commitments"),
        m("v-motie-robot-parts-50", "new", MOTIE, IND, P3_H, person="서다올", target=50.0, unit="%",
          comment="no date in this clause"),
        m("v-motie-robot-testbed-30", "new", MOTIE, IND, P3_D, person="서다올", target=30.0, unit="곳",
          deadline="2025-12-31", dtext="올해", comment="the quoted deck line is the sentence (quote marks kept); two commitments"),
        m("v-motie-robot-safety-ks", "new", MOTIE, IND, P3_D, person="서다올", deadline="2025-12-31", dtext="연내"),
        m("v-motie-robot-rnd-1t", "new", MOTIE, IND,
          "2030년까지 휴머노이드의 손과 관절, 두뇌에 해당하는 핵심기술 개발에 1조 원을 투입하겠습니다.",
          person="서다올", target=W1T, unit="원", deadline="2030-12-31", dtext="2030년까지",
          comment="'A. ' is not part of the sentence; the strategy's release (지난 20일) and the 연합 (means) are not annotated"),
        m("v-motie-robot-parts-50", "new", MOTIE, IND, "이를 2030년까지 50%로 끌어올리겠습니다.",
          person="서다올", target=50.0, unit="%", deadline="2030-12-31", dtext="2030년까지",
          comment="'이를' = 핵심부품 국산화율 (20% 안팎, the baseline, in the sentence before)"),
        m("v-motie-robot-testbed-30", "new", MOTIE, IND, "올해 자동차·조선·물류 공장 30곳에서 휴머노이드 실증을 시작합니다.",
          person="서다올", target=30.0, unit="곳", deadline="2025-12-31", dtext="올해"),
        m("v-motie-robot-safety-ks", "new", MOTIE, IND, "휴머노이드 안전 기준은 연내 한국산업표준(KS)으로 만들겠습니다.",
          person="서다올", deadline="2025-12-31", dtext="연내"),
        m("v-motie-robot-law", "new", MOTIE, IND,
          "휴머노이드가 사람과 같은 공간에서 일할 수 있도록 지능형로봇법 개정안을 상반기 안에 국회에 내겠습니다.",
          person="서다올", deadline="2025-06-30", dtext="상반기 안에", comment="a bill's submission is the promise (r-u)"),
        m("v-motie-robot-data-factory", "new", MOTIE, IND, "내년 상반기까지 휴머노이드 학습 데이터 팩토리 두 곳을 짓겠습니다.",
          person="서다올", target=2.0, unit="곳", deadline="2026-06-30", dtext="내년 상반기까지",
          comment="'두 곳' → 2 곳. Not annotated: the statistics (6만 개, 1만 명당 1,000대), the 석·박사 과정 '논의', the 재교육 "
                  "'만들 생각' (undated), the 세액공제 '협의', the company's 2027 양산, '받치는 역할을 하겠습니다', the "
                  "2035 forecast, China's 2027 plan (a foreign government), '대화하겠습니다'"),
    ]))

# ---------------------------------------------------------------- 근로장려금 1/3 (explainer, ◆ Q heads; 기획재정부 + 국세청)
P4_H = "근로장려금 정기 신청 시작…올해는 8월에 받고, 내년엔 소득 기준 오른다"
PAGES.append(dict(
    source="2025-05-13_v_earned-income-credit-explainer.txt", title=P4_H, published_at="2025-05-13",
    mentions=[
        m("v-nts-eitc-pay-aug", "new", NTS, FIS, P4_H, deadline="2025-08-31", dtext="8월",
          comment="the headline names no body: 국세청's payment date; one headline, two commitments (two bodies)"),
        m("v-moef-eitc-single-2600", "new", MOEF, FIS, P4_H, deadline="2026-12-31", dtext="내년",
          comment="the clause is the 단독가구 소득 기준 of the body (기획재정부); '내년엔' → next year's 12-31"),
        m("v-nts-eitc-pay-aug", "new", NTS, FIS, "국세청은 올해 정기 신청분부터 지급 시기를 9월 말에서 8월 말로 한 달 앞당기기로 했다.",
          deadline="2025-08-31", dtext="8월 말",
          comment="9월 말 is the old schedule; the 반기 schedule (12월, 6월) and the 신청 기간 (이달 31일까지) are rules, not annotated"),
        m("v-nts-eitc-pay-aug", "new", NTS, FIS, "연수아 국세청 개인납세국장은 \"올해는 8월 안에 모든 정기 신청분을 지급하겠다\"고 말했다.",
          person="연수아", deadline="2025-08-31", dtext="8월 안에"),
        m("v-nts-eitc-auto-200", "new", NTS, FIS, "자동 신청에 동의한 사람을 연내 200만 명으로 늘리는 게 목표다.",
          target=P2M, unit="명", deadline="2025-12-31", dtext="연내",
          comment="subjectless: 국세청; 120만 명 is the baseline; the 안내 문자 is a means (undated)"),
        m("v-nts-eitc-appeal-30", "new", NTS, FIS, "국세청은 하반기부터 환수 전에 소명할 수 있는 기간을 15일에서 30일로 늘린다.",
          target=30.0, unit="일", deadline="2025-12-31", dtext="하반기부터", comment="3만 2,000여 가구 is a statistic"),
        m("v-moef-eitc-single-2600", "new", MOEF, FIS,
          "기획재정부는 단독가구 소득 기준을 2,200만 원에서 2,600만 원으로 올리는 내용을 올해 세법개정안에 담아 내년 신청분부터 적용하겠다고 밝혔다.",
          target=W26M, unit="원", deadline="2026-12-31", dtext="내년 신청분부터",
          comment="a step's date (올해 세법개정안) and the commitment's date: the commitment's (q); '내년 신청분부터' → next "
                  "year's 12-31 (as u's '내년 사업승인분부터')"),
        m("v-moef-eitc-max-400", "new", MOEF, FIS, "맞벌이 가구의 최대 지급액도 내년부터 330만 원에서 400만 원으로 오른다.",
          target=W4M, unit="원", deadline="2026-12-31", dtext="내년부터",
          comment="subjectless: 기획재정부. Not annotated: the eligibility rules (2,200만 / 3,200만 / 4,400만 / 2억 4,000만 원), "
                  "510만 가구 / 5조 8,000억 원 / 114만 원, the 재산 기준 '검토', the 시민단체 and the expert, the bills in the "
                  "국회, the 기한 후 신청 rule (11월 말, 95%)"),
    ]))

# ---------------------------------------------------------------- 건물 탄소중립 1/3 (construction trade paper, one deck line, ad line)
P5_H = "공공건물 그린리모델링 올해 2,000동…민간 아파트 ZEB 4등급 2027년부터 의무화"
P5_D = "산업부, 공공건물 히트펌프 2026년까지 1만 대 보급"
PAGES.append(dict(
    source="2025-06-17_v_building-carbon-plan.txt", title=P5_H, published_at="2025-06-17",
    mentions=[
        m("v-molit-remodel-2000", "new", MOLIT, CLI, P5_H, target=2000.0, unit="동", deadline="2025-12-31", dtext="올해",
          comment="the headline names no body: both clauses are 국토교통부's promises"),
        m("v-molit-zeb-private-4", "new", MOLIT, CLI, P5_H, target=4.0, unit="등급", deadline="2027-12-31", dtext="2027년부터",
          comment="the grade the rule sets is its target (r-u's rule values); '2027년부터' → that year's 12-31"),
        m("v-motie-heatpump-10k", "new", MOTIE, CLI, P5_D, target=10000.0, unit="대", deadline="2026-12-31", dtext="2026년까지",
          comment="'산업부' on 2025-06-17 = 산업통상자원부"),
        m("v-molit-zeb-private-4", "new", MOLIT, CLI,
          "정부가 건물 부문 온실가스를 줄이기 위해 새로 짓는 민간 아파트에도 제로에너지건축물(ZEB) 인증을 한층 엄격하게 의무화한다.",
          comment="a lead that restates one promise as its effect is annotated (s, u), without fields; '정부' → the body "
                  "of this promise (국토교통부)"),
        m("v-molit-zeb-private-4", "new", MOLIT, CLI,
          "국토부는 30세대 이상 민간 공동주택에 ZEB 4등급 인증을 받도록 하는 의무를 2027년 사업승인분부터 적용한다.",
          target=4.0, unit="등급", deadline="2027-12-31", dtext="2027년 사업승인분부터",
          comment="'30세대 이상' is the scope; 5등급 in the next sentence is the present rule"),
        m("v-molit-zeb-cost-guide", "new", MOLIT, CLI,
          "업계가 공사비 부담을 호소하는 만큼 ZEB 인증에 드는 추가 공사비 산정 가이드라인을 9월까지 내놓기로 했다.",
          deadline="2025-09-30", dtext="9월까지", comment="subjectless: 국토부"),
        m("v-molit-remodel-2000", "new", MOLIT, CLI, "노후 공공건축물을 고쳐 에너지 효율을 높이는 그린리모델링은 올해 2,000동으로 늘린다.",
          target=2000.0, unit="동", deadline="2025-12-31", dtext="올해",
          comment="subjectless: 국토부; 1,300여 동 (last year) is the baseline"),
        m("v-molit-remodel-interest-4", "new", MOLIT, CLI,
          "민간 건물 그린리모델링에 대출 이자를 대주는 지원도 하반기부터 최대 3%p에서 4%p로 늘린다.",
          target=4.0, unit="%p", deadline="2025-12-31", dtext="하반기부터",
          comment="subjectless: 국토부; the raised rate is the promise's value ('최대' qualifies the support, as the rate itself)"),
        m("v-molit-energy-disclosure", "new", MOLIT, CLI,
          "내년 하반기부터는 연면적 3,000㎡ 이상 민간 업무용 건물도 에너지 사용량을 누구나 볼 수 있게 공개해야 한다.",
          target=3000.0, unit="㎡", deadline="2026-12-31", dtext="내년 하반기부터",
          comment="subjectless: 국토부; the threshold the rule sets is its target (u); 1만㎡ is the present rule"),
        m("v-motie-heatpump-10k", "new", MOTIE, CLI, "산업부는 2026년까지 학교와 공공청사 등 공공건물에 히트펌프 1만 대를 보급한다.",
          target=10000.0, unit="대", deadline="2026-12-31", dtext="2026년까지",
          comment="the next sentence (절반 가까이) is the ministry's explanation, not annotated"),
        m("v-me-building-label", "new", ME, CLI,
          "환경부는 연내 건물의 온실가스 감축 실적을 등급으로 보여 주는 '건물 온실가스 감축 인증' 표시제를 도입한다.",
          deadline="2025-12-31", dtext="연내"),
        m("v-molit-remodel-2000", "new", MOLIT, CLI,
          "엄재석 국토교통부 건축정책관은 \"새 건물은 처음부터 에너지를 적게 쓰게 짓고, 헌 건물은 고쳐 써야 한다\"며 \"공공건축물 2,000동 그린리모델링은 올해 안에 반드시 마치겠다\"고 말했다.",
          person="엄재석", target=2000.0, unit="동", deadline="2025-12-31", dtext="올해 안에",
          comment="annotated for its second half. Not annotated: 24%, the 건설사's 3~4%, the 단체's '2030년 이후' (a demand), "
                  "the 대형 건설사's '내년부터' (a company), the EU's 2030 rule, the professor, the ad line"),
    ]))

# ---------------------------------------------------------------- 학교폭력 2/4 (TV script: 앵커/리포트/인터뷰; 교육부 + 경찰청)
P6_H = "학폭 신고 앱 '마음톡' 내년 3월로 밀려…AI 감시 시범은 백지화"
PAGES.append(dict(
    source="2025-09-09_v_school-violence-tv.txt", title=P6_H, published_at="2025-09-09",
    mentions=[
        m("v-moe-sv-app", "delayed", MOE, O, P6_H, deadline="2026-03-31", dtext="내년 3월로",
          comment=LATER + "; the headline names no body; one headline, two commitments"),
        m("v-moe-sv-ai-monitor", "cancelled", MOE, O, P6_H, comment="'백지화' names no date"),
        m("v-moe-sv-deliberation-21", "progress", MOE, O,
          "사안 접수부터 심의 결과까지는 평균 29일이 걸려, 하반기부터 21일 이내로 줄이겠다던 목표와는 아직 거리가 있습니다.",
          target=21.0, unit="일", deadline="2025-12-31", dtext="하반기부터",
          comment="short of the target before the deadline (2025-12-31): progress; 1만 4,000여 건 and the 117 figure are statistics"),
        m("v-moe-sv-investigators-2700", "progress", MOE, O,
          "전담조사관은 지금까지 2,300명이 뽑혀, 연말까지 채우겠다던 2,700명에 400명이 모자랍니다.",
          target=2700.0, unit="명", deadline="2025-12-31", dtext="연말까지", comment="short before the deadline: progress"),
        m("v-moe-sv-app", "delayed", MOE, O,
          "9월 나올 예정이던 신고·상담 앱 '마음톡'은 개인정보 보안 점검에서 문제가 드러나 출시가 내년 3월로 미뤄졌습니다.",
          deadline="2026-03-31", dtext="내년 3월로", prev="2025-09-30", comment=LATER + "; the missed date named ('9월')"),
        m("v-moe-sv-ai-monitor", "cancelled", MOE, O,
          "하반기 중 시작하려던 사이버 학교폭력 AI 모니터링 시범 사업은 학생 메신저를 들여다본다는 사생활 침해 논란 끝에 아예 접었습니다.",
          prev="2025-12-31", comment="a cancelled promise whose date had not passed keeps the named date (o-u)"),
        m("v-moe-sv-app", "delayed", MOE, O, "마음톡은 보안을 완전히 점검해 내년 3월 새 학기에는 반드시 내놓겠습니다.",
          person="형도훈", deadline="2026-03-31", dtext="내년 3월",
          comment="the bite restates the moved date: stays delayed (s-u); the quote marks are not part of the sentence"),
        m("v-moe-sv-online-system", "new", MOE, O, "사안 처리도 내년 3월부터는 모든 학교가 온라인 시스템으로 하도록 바꾸겠습니다.",
          person="형도훈", deadline="2026-03-31", dtext="내년 3월부터는", comment="the bite's second sentence: a new commitment"),
        m("v-knpa-sv-spo-1500", "progress", KNPA, O, "경찰청의 학교전담경찰관은 올봄 1,100명에서 1,260명으로 늘었습니다.",
          comment="a measured value reported without the target: progress, no fields"),
        m("v-moe-sv-centers-17", "progress", MOE, O,
          "전국 6곳이던 피해학생 전담 지원기관은 8곳으로 늘었지만, 내년까지 17곳을 채우려면 속도를 더 내야 합니다.",
          target=17.0, unit="곳", deadline="2026-12-31", dtext="내년까지",
          comment="subject named by the object (교육부's centres). Not annotated: the anchor's lines, the 수당 explanation, the "
                  "teacher, the 학부모 단체's '연말까지' (a demand), the 경기 북부 context, the professor"),
    ]))

# ---------------------------------------------------------------- 생활폐기물 2/3 (regional paper, `인천=` byline, one deck line; 기후에너지환경부)
P7_H = "직매립 금지 두 달 앞…소각장 10곳 중 착공 3곳, 선별기 절반"
P7_D = "기후부 \"예정대로 내년 1월 시행\"…광역 소각장 공동 이용 협약 연내 체결"
PAGES.append(dict(
    source="2025-10-28_v_waste-incinerator-incheon.txt", title=P7_H, published_at="2025-10-28",
    mentions=[
        m("v-me-waste-incin-10", "progress", MCEE, O, P7_H, target=10.0, unit="곳",
          comment="the headline names no body: the promises are 기후에너지환경부's since 2025-10-01; one headline, two commitments"),
        m("v-me-waste-sorter-20", "progress", MCEE, O, P7_H, comment="'절반' is relative: no target fields (t)"),
        m("v-me-waste-ban-2026", "progress", MCEE, O, P7_D, deadline="2026-01-31", dtext="내년 1월",
          comment="'기후부' = 기후에너지환경부 (short name); restating an unchanged date on a follow-up page: progress (t); "
                  "one deck line, two commitments"),
        m("v-mcee-waste-joint-use", "new", MCEE, O, P7_D, deadline="2025-12-31", dtext="연내"),
        m("v-me-waste-ban-2026", "progress", MCEE, O, "기후에너지환경부는 직매립 금지를 예정대로 내년 1월부터 시행하겠다고 거듭 밝혔다.",
          deadline="2026-01-31", dtext="내년 1월부터",
          comment="the rename line before it (with the cue '출범') is not annotated; the lead names no date"),
        m("v-me-waste-incin-10", "progress", MCEE, O,
          "2027년까지 수도권에 새로 짓거나 늘리겠다던 공공 소각시설 10곳 가운데 지금까지 착공한 곳은 3곳뿐이다.",
          target=10.0, unit="곳", deadline="2027-12-31", dtext="2027년까지", comment="short before the deadline: progress"),
        m("v-me-waste-subsidy-50", "achieved", MCEE, O,
          "소각시설 국고 보조율을 40%에서 50%로 올리는 시행령 개정은 상반기를 넘겨 8월에야 마무리됐다.",
          target=50.0, unit="%", comment=LATE),
        m("v-me-waste-sorter-20", "progress", MCEE, O, "연내 수도권 선별시설 20곳에 들이겠다던 AI 광학 선별기는 지금까지 11곳에 설치됐다.",
          target=20.0, unit="곳", deadline="2025-12-31", dtext="연내", comment="short before the deadline: progress"),
        m("v-me-waste-contract", "achieved", MCEE, O, "민간 소각장 위탁 표준계약서는 약속대로 3월 각 지자체에 배포됐다.",
          comment=WHEN + "; the 단가 sentence after it is context"),
        m("v-mcee-waste-joint-use", "new", MCEE, O,
          "도이현 기후에너지환경부 자원순환정책관은 \"연말까지 서울·인천·경기와 광역 소각시설을 함께 쓰는 협약을 맺겠다\"며 \"소각 용량이 모자라는 시군구 12곳에는 내년 상반기까지 이동식 압축·보관 설비를 보내겠다\"고 말했다.",
          person="도이현", deadline="2025-12-31", dtext="연말까지",
          comment="one quote, two new commitments of the renamed body (two entries)"),
        m("v-mcee-waste-mobile-12", "new", MCEE, O,
          "도이현 기후에너지환경부 자원순환정책관은 \"연말까지 서울·인천·경기와 광역 소각시설을 함께 쓰는 협약을 맺겠다\"며 \"소각 용량이 모자라는 시군구 12곳에는 내년 상반기까지 이동식 압축·보관 설비를 보내겠다\"고 말했다.",
          person="도이현", target=12.0, unit="곳", deadline="2026-06-30", dtext="내년 상반기까지",
          comment="Not annotated: the residents, 인천시's '2028년까지' plan (a local government), the 시 관계자's demand, the "
                  "공사's 1,250톤 / 11%, 서울시's 95%, the expert's forecast (with the cue '재정'), the 주민 단체's '다음 달' rally"),
    ]))

# ---------------------------------------------------------------- 휴머노이드 2/3 (economic daily, one deck line, ad line; 산업통상부)
P8_H = "휴머노이드 실증 24곳에서 멈춰…정부, 기술 개발 투자 1조5천억 원으로 늘린다"
P8_D = "산업통상부 \"올해 중소 제조업체에 로봇 1,000대 임대…6월 인천서 국제 실증대회\""
PAGES.append(dict(
    source="2026-01-20_v_humanoid-robot-follow-up.txt", title=P8_H, published_at="2026-01-20",
    mentions=[
        m("v-motie-robot-testbed-30", "delayed", MOTI, IND, P8_H,
          comment="short after the deadline (2025-12-31); the target is not named; '정부' → 산업통상부; one headline, two commitments"),
        m("v-motie-robot-rnd-1t", "revision", MOTI, IND, P8_H, target=W1_5T, unit="원", comment="a raised target: revision"),
        m("v-moti-robot-lease-1000", "new", MOTI, IND, P8_D, target=1000.0, unit="대", deadline="2026-12-31", dtext="올해",
          comment="a deck that quotes a body: person ''; one deck line, two new commitments of the renamed body"),
        m("v-moti-robot-expo", "new", MOTI, IND, P8_D, deadline="2026-06-30", dtext="6월"),
        m("v-motie-robot-testbed-30", "delayed", MOTI, IND, "지난해 30곳을 목표로 한 제조 현장 실증은 24곳에서 멈췄다.",
          target=30.0, unit="곳", prev="2025-12-31",
          comment="short after the deadline: delayed; '지난해' names the missed year (u). The company's '올해 안에' 1,000대 "
                  "(first paragraph) is not annotated: a company's plan"),
        m("v-motie-robot-testbed-30", "delayed", MOTI, IND, "산업통상부는 남은 6곳을 상반기 안에 채우겠다고 밝혔다.",
          target=6.0, unit="곳", deadline="2026-06-30", dtext="상반기 안에",
          comment=LATER + "; a remainder is the target of the sentence that moves it (t, u)"),
        m("v-motie-robot-law", "achieved", MOTI, IND,
          "지난해 상반기 국회에 내겠다던 지능형로봇법 개정안은 9월에야 제출돼 상임위원회에 계류돼 있다.",
          comment=LATE + "; a bill's submission is the promise, the 국회's pace is not the ministry's (u)"),
        m("v-motie-robot-safety-ks", "achieved", MOTI, IND, "휴머노이드 안전 기준은 지난해 12월 한국산업표준(KS)으로 고시됐다.",
          comment=WHEN + "; the next sentence describes the standard"),
        m("v-motie-robot-rnd-1t", "revision", MOTI, IND,
          "산업통상부는 2030년까지 1조 원으로 잡았던 휴머노이드 핵심기술 개발 투자를 1조 5,000억 원으로 늘리기로 했다.",
          target=W1_5T, unit="원", deadline="2030-12-31", dtext="2030년까지", comment="the new target; the date unchanged"),
        m("v-motie-robot-data-factory", "progress", MOTI, IND, "학습 데이터 팩토리는 경기 시흥에 첫 번째 시설이 착공했다.",
          comment="a step before the deadline (2026-06-30): progress, no fields"),
        m("v-moti-robot-lease-1000", "new", MOTI, IND,
          "산업통상부는 올해 로봇을 살 여력이 없는 중소 제조업체에 로봇 1,000대를 장기 임대 방식으로 보급한다.",
          target=1000.0, unit="대", deadline="2026-12-31", dtext="올해",
          comment="the industry cue '제조업' (in 제조업체); '중소 제조업체' holds no startup cue (not '중소기업')"),
        m("v-moti-robot-expo", "new", MOTI, IND,
          "6월에는 인천에서 세계 각국의 휴머노이드가 실제 공장 작업을 겨루는 국제 실증대회를 연다.",
          deadline="2026-06-30", dtext="6월에는", comment="subjectless: 산업통상부"),
        m("v-motie-robot-testbed-30", "delayed", MOTI, IND,
          "서다올 산업통상부 첨단산업정책관은 \"실증은 상반기 안에 30곳을 모두 채우겠다\"며 \"중소기업도 로봇을 쉽게 쓸 수 있게 하겠다\"고 말했다.",
          person="서다올", target=30.0, unit="곳", deadline="2026-06-30", dtext="상반기 안에",
          comment="restating the moved date: stays delayed (s-u); the second half (with the startup cue '중소기업') is an "
                  "undated intention. Not annotated: the rename line, the CES context, the 부품업체 대표, 모승완's demand "
                  "(cue '예산'), the 수출 statistic, the institute's 2030 forecast"),
    ]))

# ---------------------------------------------------------------- 학교폭력 3/4 (data page, ▣ heads, no promise)
PAGES.append(dict(
    source="2026-02-17_v_school-violence-by-numbers.txt",
    title="[셈틀 데이터] 학교폭력 피해 응답 2.4%…열 건 중 네 건은 '말'로", published_at="2026-02-17",
    mentions=[]))

# ---------------------------------------------------------------- 근로장려금 2/3 (기자수첩 column; 재정경제부 + 국세청)
PAGES.append(dict(
    source="2026-05-12_v_earned-income-credit-column.txt",
    title="[기자수첩] 근로장려금, 약속은 절반만 지켜졌다", published_at="2026-05-12",
    mentions=[
        m("v-moef-eitc-single-2600", "achieved", MOFE, FIS,
          "단독가구 소득 기준을 2,600만 원으로 올린 개정 세법은 올해 정기 신청분부터 적용됐다.",
          target=W26M, unit="원",
          comment=WHEN + "; 세제 is 재정경제부's since 2026-01-02 (the rename line before it is not annotated); the "
                  "headline and '제때 지킨 약속도 있다.' are not annotated"),
        m("v-nts-eitc-pay-aug", "achieved", NTS, FIS, "국세청은 지난해 정기 신청분 지급을 8월 27일 마쳐 약속대로 한 달 앞당겼다.",
          comment=WHEN),
        m("v-nts-eitc-appeal-30", "achieved", NTS, FIS, "환수 전 소명 기간도 지난해 10월부터 30일로 늘었다.",
          target=30.0, unit="일", comment=WHEN + "; subjectless: 국세청"),
        m("v-moef-eitc-max-400", "revision", MOFE, FIS,
          "400만 원으로 올리겠다던 맞벌이 가구 최대 지급액은 국회 심의를 거치며 380만 원으로 줄었다.",
          target=W3_8M, unit="원", comment="a lowered target: revision; the date (2026-12-31) unchanged"),
        m("v-nts-eitc-auto-200", "delayed", NTS, FIS, "지난해 안에 200만 명으로 늘리겠다던 자동 신청 동의자는 152만 명에 그쳤다.",
          target=P2M, unit="명", prev="2025-12-31", comment="short after the deadline: delayed; the missed date named"),
        m("v-mofe-eitc-indexation", "new", MOFE, FIS,
          "금시율 재정경제부 세제실장은 지난주 기자간담회에서 \"근로장려금 소득 기준을 물가에 연동하는 방안을 7월 세법개정안에 담겠다\"고 말했다.",
          person="금시율", deadline="2026-07-31", dtext="7월",
          comment="a new commitment of the renamed body; its object is the 7월 세법개정안"),
        m("v-nts-eitc-ai-guide", "new", NTS, FIS, "국세청은 하반기부터 신청 대상자에게 AI 상담으로 서류 준비를 돕겠다고 했다.",
          deadline="2026-12-31", dtext="하반기부터",
          comment="Not annotated: 230만 가구, the 배달 노동자, the 30% / 20만 가구 figures, the 500만 원 bill, the 시민단체, the "
                  "columnist's demands"),
    ]))

# ---------------------------------------------------------------- 건물 탄소중립 2/3 (editorial, no byline)
PAGES.append(dict(
    source="2026-08-25_v_building-carbon-editorial.txt",
    title="[사설] 건물 탄소중립 약속, 미루고 접고 머뭇거리면 2050은 없다", published_at="2026-08-25",
    mentions=[
        m("v-molit-zeb-private-4", "delayed", MOLIT, CLI,
          "2027년 사업승인분부터 적용하겠다던 민간 공동주택 ZEB 4등급 의무화는 지난달 2029년으로 미뤄졌다.",
          target=4.0, unit="등급", deadline="2029-12-31", dtext="2029년으로", prev="2027-12-31",
          comment=LATER + "; the old date named; the headline and '가장 큰 약속부터 미뤄졌다.' are not annotated"),
        m("v-molit-zeb-cost-guide", "delayed", MOLIT, CLI,
          "공사비가 가구당 3~4% 오른다는 업계의 주장은 정부가 지난해 9월까지 내놓겠다던 공사비 산정 가이드라인이 나오지 않으면서 검증조차 되지 않았다.",
          prev="2025-09-30",
          comment="a follow-up inside a subordinate clause: the guideline is not out after its deadline; '정부' → 국토교통부"),
        m("v-molit-remodel-2000", "delayed", MOLIT, CLI, "지난해 2,000동을 고치겠다던 공공건축물 그린리모델링은 1,640동에 그쳤다.",
          target=2000.0, unit="동", prev="2025-12-31", comment="short after the deadline: delayed"),
        m("v-me-building-label", "cancelled", MCEE, CLI,
          "지난해 도입하겠다던 건물 온실가스 감축 인증 표시제는 기존 녹색건축 인증과 겹친다는 이유로 아예 없던 일이 됐다.",
          prev="2025-12-31", comment="환경부's promise, under 기후에너지환경부 on the page's date (the sentence names no body)"),
        m("v-motie-heatpump-10k", "progress", MCEE, CLI,
          "산업통상자원부에서 기후에너지환경부로 넘어간 공공건물 히트펌프 보급은 1만 대 목표 가운데 6,200대에 머물러 있다.",
          target=10000.0, unit="대",
          comment="the energy work moved to 기후에너지환경부, not to 산업통상부 (the listed successor); short before the "
                  "deadline (2026-12-31): progress"),
        m("v-molit-remodel-interest-4", "achieved", MOLIT, CLI,
          "민간 그린리모델링 이자 지원을 4%p로 올리는 조치는 지난해 하반기부터 시행됐다.",
          target=4.0, unit="%p", comment=WHEN),
        m("v-molit-energy-disclosure", "progress", MOLIT, CLI,
          "연면적 3,000㎡ 이상 건물의 에너지 사용량 공개는 시스템 개발을 마치고 시범 운영에 들어갔다.",
          target=3000.0, unit="㎡", comment="a step before the deadline (2026-12-31): progress; the clause names the threshold"),
        m("v-molit-remodel-3000", "new", MOLIT, CLI, "국토교통부는 내년 공공건축물 그린리모델링을 3,000동으로 늘리겠다고 한다.",
          target=3000.0, unit="동", deadline="2027-12-31", dtext="내년",
          comment="a new yearly target is a new commitment (s-u). Not annotated: the 폭염 and NDC context, the editorial's "
                  "inferences and demands, '4분의 1'"),
    ]))

# ---------------------------------------------------------------- year-end roundup (all five subjects; two deck lines)
P12_H = "[2026 약속 결산] 직매립 금지·학폭 신고 앱은 지켰다…휴머노이드 실증대회는 무산"
P12_D1 = "근로장려금 자동 신청 200만 명 못 채워…데이터 팩토리는 내년 상반기로"
P12_D2 = "학폭 전담조사관 2,700명 약속 어긋나…교육부 \"내년 상반기 3,000명\""
PAGES.append(dict(
    source="2026-11-24_v_promise-yearend-roundup.txt", title=P12_H, published_at="2026-11-24",
    mentions=[
        m("v-me-waste-ban-2026", "achieved", MCEE, O, P12_H,
          comment="the headline names no body; one headline, three commitments (three bodies, two categories)"),
        m("v-moe-sv-app", "achieved", MOE, O, P12_H),
        m("v-moti-robot-expo", "cancelled", MOTI, IND, P12_H),
        m("v-nts-eitc-auto-200", "delayed", NTS, FIS, P12_D1, target=P2M, unit="명",
          comment="one deck line, two commitments (two categories)"),
        m("v-motie-robot-data-factory", "delayed", MOTI, IND, P12_D1, deadline="2027-06-30", dtext="내년 상반기로",
          comment=LATER),
        m("v-moe-sv-investigators-2700", "delayed", MOE, O, P12_D2, target=2700.0, unit="명",
          comment="one deck line, two commitments: the missed 2,700 and the new 3,000 (a quote of a body: person '')"),
        m("v-moe-sv-investigators-3000", "new", MOE, O, P12_D2, target=3000.0, unit="명", deadline="2027-06-30",
          dtext="내년 상반기"),
        # 생활폐기물
        m("v-me-waste-ban-2026", "achieved", MCEE, O, "수도권 생활폐기물 직매립 금지는 예정대로 1월부터 시행됐다.",
          comment=WHEN + "; the intro and ■ heads are not annotated"),
        m("v-me-waste-incin-10", "progress", MCEE, O,
          "2027년까지 짓거나 늘리겠다던 공공 소각시설 10곳 가운데 착공한 곳은 6곳으로 늘었다.",
          target=10.0, unit="곳", deadline="2027-12-31", dtext="2027년까지", comment="short before the deadline: progress"),
        m("v-me-waste-sorter-20", "delayed", MCEE, O, "AI 광학 선별기는 20곳 목표 가운데 17곳에 들어가는 데 그쳤다.",
          target=20.0, unit="곳", comment="short after the deadline (2025-12-31): delayed"),
        m("v-mcee-waste-joint-use", "achieved", MCEE, O, "수도권 시도와 맺겠다던 광역 소각시설 공동 이용 협약은 올해 2월에야 체결됐다.",
          comment=LATE),
        m("v-mcee-waste-mobile-12", "delayed", MCEE, O,
          "소각 용량이 모자라는 시군구 12곳에 상반기까지 보내겠다던 이동식 압축·보관 설비는 9곳에만 갔다.",
          target=12.0, unit="곳", prev="2026-06-30", comment="short after the deadline: delayed; the missed date named"),
        m("v-me-waste-reduce-10", "progress", MCEE, O, "올해까지 10% 줄이겠다던 수도권 생활폐기물 발생량은 9월까지 6.1% 줄었다.",
          target=10.0, unit="%", deadline="2026-12-31", dtext="올해까지",
          comment="short before the deadline: progress; '9월까지' dates the measurement"),
        m("v-mcee-waste-roadmap", "new", MCEE, O,
          "기후에너지환경부는 2030년 비수도권 직매립 금지에 대비한 시설 확충 로드맵을 내년 상반기까지 내놓겠다고 밝혔다.",
          deadline="2027-06-30", dtext="내년 상반기까지", comment="'2030년' is the rule's schedule, not the deadline"),
        # 학교폭력
        m("v-moe-sv-investigators-2700", "delayed", MOE, O, "지난해 안에 2,700명으로 늘리겠다던 전담조사관은 2,550명에서 멈췄다.",
          target=2700.0, unit="명", prev="2025-12-31", comment="short after the deadline: delayed; the missed date named"),
        m("v-moe-sv-investigators-3000", "new", MOE, O, "교육부는 내년 상반기까지 조사관을 3,000명으로 늘리겠다고 밝혔다.",
          target=3000.0, unit="명", deadline="2027-06-30", dtext="내년 상반기까지",
          comment="a new hiring target is a new commitment, not a revision of the 2025 one (t)"),
        m("v-moe-sv-deliberation-21", "achieved", MOE, O, "심의 기간은 올해 1학기 평균 19일로 21일 이내 목표를 맞췄다.",
          target=21.0, unit="일", comment=LATE + " (promised from 2025 H2, reached in the 2026 first term)"),
        m("v-moe-sv-app", "achieved", MOE, O, "올해 3월로 미뤄졌던 신고·상담 앱 '마음톡'은 예정대로 3월 개학에 맞춰 나왔다.",
          deadline="2026-03-31", dtext="올해 3월로", comment="reached on the moved date: achieved with the moved date (t, u)"),
        m("v-moe-sv-online-system", "achieved", MOE, O, "학교폭력 사안 처리 온라인 시스템도 3월부터 모든 학교에서 쓰이고 있다.",
          comment=WHEN),
        m("v-moe-sv-centers-17", "revision", MOE, O, "17개 시도마다 한 곳씩 두겠다던 피해학생 전담 지원기관은 목표를 12곳으로 줄였다.",
          target=12.0, unit="곳", comment="a lowered target: revision; the date (2026-12-31) is still ahead"),
        m("v-knpa-sv-spo-1500", "progress", KNPA, O, "학교전담경찰관은 1,420명으로 올해 목표인 1,500명까지 80명 남았다.",
          target=1500.0, unit="명", deadline="2026-12-31", dtext="올해", comment="short before the deadline: progress"),
        # 휴머노이드
        m("v-motie-robot-testbed-30", "achieved", MOTI, IND, "상반기 안에 마치겠다던 제조 현장 실증 30곳은 5월 모두 채워졌다.",
          target=30.0, unit="곳", deadline="2026-06-30", dtext="상반기 안에",
          comment="reached within the moved date: achieved with that date (u)"),
        m("v-motie-robot-data-factory", "delayed", MOTI, IND,
          "학습 데이터 팩토리는 시흥 한 곳만 문을 열었고, 두 번째 시설은 내년 상반기로 미뤄졌다.",
          deadline="2027-06-30", dtext="내년 상반기로", comment=LATER + "; no target named in the clause that moves it"),
        m("v-moti-robot-lease-1000", "progress", MOTI, IND, "로봇 장기 임대는 1,000대 목표 가운데 10월까지 640대가 나갔다.",
          target=1000.0, unit="대", comment="short before the deadline (2026-12-31): progress"),
        m("v-moti-robot-expo", "cancelled", MOTI, IND, "6월 인천에서 열겠다던 휴머노이드 국제 실증대회는 예산이 깎이면서 무산됐다.",
          prev="2026-06-30", comment="the fiscal cue '예산' names a circumstance (a weak cue): industry"),
        # 근로장려금
        m("v-nts-eitc-auto-200", "delayed", NTS, FIS, "자동 신청 동의자는 170만 명으로 늘었지만 200만 명 목표에는 여전히 못 미친다.",
          target=P2M, unit="명", comment="short after the deadline: delayed"),
        m("v-mofe-eitc-indexation", "cancelled", MOFE, FIS,
          "재정경제부가 7월 세법개정안에 담겠다던 소득 기준 물가 연동은 세수 부족을 이유로 빠졌다.",
          prev="2026-07-31", comment="dropped: cancelled; the named date kept (o-u)"),
        m("v-nts-eitc-ai-guide", "progress", NTS, FIS, "국세청의 AI 신청 상담은 9월 시범 운영에 들어갔다.",
          comment="a pilot step before the deadline (2026-12-31): progress"),
        m("v-mofe-ctc-120", "new", MOFE, FIS,
          "재정경제부는 내년부터 자녀장려금 최대액을 자녀 1인당 100만 원에서 120만 원으로 올리겠다고 밝혔다.",
          target=W1_2M, unit="원", deadline="2027-12-31", dtext="내년부터", comment="100만 원 is the baseline"),
        # 건물 탄소중립
        m("v-molit-energy-disclosure", "achieved", MOLIT, CLI, "연면적 3,000㎡ 이상 민간 건물의 에너지 사용량은 9월부터 공개되고 있다.",
          target=3000.0, unit="㎡", comment=WHEN + " (from 2026-09, within '내년 하반기부터')"),
        m("v-motie-heatpump-10k", "progress", MCEE, CLI, "공공건물 히트펌프는 올해 목표 1만 대 가운데 8,100대가 깔렸다.",
          target=10000.0, unit="대", deadline="2026-12-31", dtext="올해",
          comment="short before the deadline: progress. Not annotated: the outlet's own plan ('약속눈금은 내년에도 …')"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-24)
LAST = "2026-11-24"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    # 생활폐기물
    ("v-me-waste-ban-2026", MCEE, O, "수도권 생활폐기물 직매립 금지 2026년 1월부터 시행", "achieved",
     "in force from January 2026 (on time); made by 환경부, under 기후에너지환경부 since 2025-10-01"),
    ("v-me-waste-incin-10", MCEE, O, "수도권 공공 소각시설 10곳 신·증설 2027년까지", "in_progress", "착공 3곳 (Oct 2025), 6곳 (Nov 2026)"),
    ("v-me-waste-subsidy-50", MCEE, O, "소각시설 국고 보조율 40% → 50% 시행령 개정 2025년 상반기 안에", "achieved",
     "August 2025 (late)"),
    ("v-me-waste-contract", MCEE, O, "민간 소각 위탁 표준계약서 배포 2025년 3월까지", "achieved", "March 2025 (on time)"),
    ("v-me-waste-sorter-20", MCEE, O, "공공 선별시설 20곳 AI 광학 선별기 2025년 내", "delayed", "11곳 (Oct 2025), 17곳 (Nov 2026)"),
    ("v-me-waste-reduce-10", MCEE, O, "수도권 생활폐기물 발생량 2023년 대비 10% 감축 2026년까지", "in_progress",
     "6.1% by September 2026"),
    ("v-mcee-waste-joint-use", MCEE, O, "수도권 3개 시도 광역 소각시설 공동 이용 협약 2025년 말까지", "achieved",
     "February 2026 (late)"),
    ("v-mcee-waste-mobile-12", MCEE, O, "소각 용량 부족 시군구 12곳 이동식 압축·보관 설비 2026년 상반기까지", "delayed",
     "9곳 (Nov 2026)"),
    ("v-mcee-waste-roadmap", MCEE, O, "2030년 비수도권 직매립 금지 대비 시설 확충 로드맵 2027년 상반기까지", "announced", ""),
    # 학교폭력
    ("v-moe-sv-investigators-2700", MOE, O, "학교폭력 전담조사관 1,900명 → 2,700명 2025년 내", "delayed",
     "2,300명 (Sep 2025), 2,550명 (end 2025)"),
    ("v-moe-sv-deliberation-21", MOE, O, "학교폭력 심의 기간 평균 40일 → 21일 이내 2025년 하반기부터", "achieved",
     "29일 (Sep 2025), 19일 in the 2026 first term (late)"),
    ("v-moe-sv-app", MOE, O, "피해 학생 신고·상담 앱 '마음톡' (2025년 9월 → 2026년 3월)", "achieved",
     "released March 2026, on the moved date"),
    ("v-moe-sv-centers-17", MOE, O, "피해학생 전담 지원기관 6곳 → 17곳 2026년까지", "revised", "8곳 (Sep 2025); target cut to 12곳 (Nov 2026)"),
    ("v-moe-sv-ai-monitor", MOE, O, "사이버 학교폭력 AI 모니터링 시범 2025년 하반기 중", "cancelled", "dropped (Sep 2025)"),
    ("v-knpa-sv-spo-1500", KNPA, O, "학교전담경찰관 1,100명 → 1,500명 2026년까지", "in_progress", "1,260명 (Sep 2025), 1,420명 (Nov 2026)"),
    ("v-knpa-sv-cyber-team", KNPA, O, "시도경찰청별 사이버 학교폭력 전담 수사팀 2025년 상반기 중", "delayed",
     "deadline 2025-06-30 passed with no report (the 2025-02-26 page is its only page)"),
    ("v-moe-sv-online-system", MOE, O, "모든 학교 학교폭력 사안 처리 온라인 시스템 2026년 3월부터", "achieved", "from March 2026"),
    ("v-moe-sv-investigators-3000", MOE, O, "학교폭력 전담조사관 3,000명 2027년 상반기까지", "announced", ""),
    # 휴머노이드
    ("v-motie-robot-rnd-1t", MOTI, IND, "휴머노이드 핵심기술 개발 투자 1조 원 → 1조 5,000억 원 2030년까지", "revised",
     "raised January 2026; made by 산업통상자원부, under 산업통상부 since 2025-10-01"),
    ("v-motie-robot-testbed-30", MOTI, IND, "휴머노이드 제조 현장 실증 30곳 (2025년 → 남은 6곳 2026년 상반기)", "achieved",
     "24곳 (end 2025); all 30 in May 2026, within the moved date"),
    ("v-motie-robot-parts-50", MOTI, IND, "휴머노이드 핵심부품 국산화율 20% → 50% 2030년까지", "announced", ""),
    ("v-motie-robot-law", MOTI, IND, "지능형로봇법 개정안 국회 제출 2025년 상반기 안에", "achieved", "submitted September 2025 (late)"),
    ("v-motie-robot-data-factory", MOTI, IND, "휴머노이드 학습 데이터 팩토리 2곳 (2026년 상반기 → 두 번째 2027년 상반기)", "delayed",
     "one opened; the second moved, its new date still ahead (convention 1)"),
    ("v-motie-robot-safety-ks", MOTI, IND, "휴머노이드 안전 기준 KS 2025년 내", "achieved", "December 2025 (on time)"),
    ("v-moti-robot-lease-1000", MOTI, IND, "중소 제조업체 로봇 1,000대 장기 임대 보급 2026년", "in_progress", "640대 by October 2026"),
    ("v-moti-robot-expo", MOTI, IND, "인천 휴머노이드 국제 실증대회 2026년 6월", "cancelled", "dropped after a budget cut"),
    # 근로장려금
    ("v-moef-eitc-single-2600", MOFE, FIS, "근로장려금 단독가구 소득 기준 2,200만 → 2,600만 원 2026년 신청분부터", "achieved",
     "applied from the May 2026 round (on time); made by 기획재정부, under 재정경제부 (세제) since 2026-01-02"),
    ("v-moef-eitc-max-400", MOFE, FIS, "근로장려금 맞벌이 최대 지급액 330만 → 400만 원 2026년부터", "revised",
     "cut to 380만 원 in the 국회 (May 2026 report)"),
    ("v-nts-eitc-pay-aug", NTS, FIS, "근로장려금 정기분 지급 9월 말 → 8월 말 2025년부터", "achieved", "paid 2025-08-27 (on time)"),
    ("v-nts-eitc-auto-200", NTS, FIS, "근로장려금 자동 신청 동의자 200만 명 2025년 내", "delayed", "152만 명 (end 2025), 170만 명 (Nov 2026)"),
    ("v-nts-eitc-appeal-30", NTS, FIS, "근로장려금 환수 전 소명 기간 15일 → 30일 2025년 하반기부터", "achieved", "from October 2025"),
    ("v-mofe-eitc-indexation", MOFE, FIS, "근로장려금 소득 기준 물가 연동 2026년 7월 세법개정안", "cancelled",
     "left out of the July 2026 세법개정안"),
    ("v-nts-eitc-ai-guide", NTS, FIS, "근로장려금 신청 AI 상담 2026년 하반기부터", "in_progress", "pilot from September 2026"),
    ("v-mofe-ctc-120", MOFE, FIS, "자녀장려금 자녀 1인당 최대 100만 → 120만 원 2027년부터", "announced", ""),
    # 건물 탄소중립
    ("v-molit-zeb-private-4", MOLIT, CLI, "30세대 이상 민간 공동주택 ZEB 4등급 의무화 (2027년 → 2029년 사업승인분)", "delayed",
     "moved to 2029 (July 2026), the new date still ahead (convention 1)"),
    ("v-molit-remodel-2000", MOLIT, CLI, "노후 공공건축물 그린리모델링 2025년 2,000동", "delayed", "1,640동 (2025)"),
    ("v-molit-remodel-interest-4", MOLIT, CLI, "민간 그린리모델링 이자 지원 최대 3%p → 4%p 2025년 하반기부터", "achieved",
     "from 2025 H2 (on time)"),
    ("v-molit-energy-disclosure", MOLIT, CLI, "연면적 3,000㎡ 이상 민간 업무용 건물 에너지 사용량 공개 2026년 하반기부터", "achieved",
     "from September 2026 (on time)"),
    ("v-motie-heatpump-10k", MCEE, CLI, "공공건물 히트펌프 1만 대 보급 2026년까지", "in_progress",
     "6,200대 (Aug 2026), 8,100대 (Nov 2026); made by 산업통상자원부, whose energy work went to 기후에너지환경부 on "
     "2025-10-01 (not to 산업통상부, the listed successor)"),
    ("v-me-building-label", MCEE, CLI, "'건물 온실가스 감축 인증' 표시제 2025년 내", "cancelled",
     "dropped (Aug 2026 report); made by 환경부"),
    ("v-molit-zeb-cost-guide", MOLIT, CLI, "ZEB 추가 공사비 산정 가이드라인 2025년 9월까지", "delayed", "not out (Aug 2026)"),
    ("v-molit-remodel-3000", MOLIT, CLI, "공공건축물 그린리모델링 2027년 3,000동", "announced", ""),
]


if __name__ == "__main__":
    write(ROOT, "v", PAGES, COMMITMENTS, LAST,
          ["ministry = the responsible body under the name valid on that date (환경부's 직매립·건물 인증 promises are",
           "listed under 기후에너지환경부, its successor from 2025-10-01; 산업통상자원부's 로봇 promises under 산업통상부,",
           "its successor from 2025-10-01, but its 히트펌프 promise under 기후에너지환경부, which took the energy work;",
           "기획재정부's 세제 promises under 재정경제부, its primary successor from 2026-01-02; every other body kept its",
           "name through 2026-11-24)."],
          with_commitments="--commitments" in sys.argv[1:])
