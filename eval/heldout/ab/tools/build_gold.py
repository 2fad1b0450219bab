"""Writes the hand annotations of held-out set ab to gold/*.toml.

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

KNPA = "경찰청"
MOLIT = "국토교통부"
MOJ = "법무부"
MOE = "교육부"
MOGEF = "여성가족부"           # until 2025-09-30
MGEF = "성평등가족부"          # from 2025-10-01, 여성가족부's successor (the 치유캠프 and 연계율 are listed here)
KCC = "방송통신위원회"         # until 2025-09-30
KMCC = "방송미디어통신위원회"  # from 2025-10-01, 방송통신위원회's successor (the SNS 가이드라인 is listed here)
MSIT = "과학기술정보통신부"
MAFRA = "농림축산식품부"
RDA = "농촌진흥청"
KDCA = "질병관리청"
MOHW = "보건복지부"
MOF = "해양수산부"
MOEF = "기획재정부"            # until 2026-01-01
MPB = "기획예산처"             # from 2026-01-02: took the budget and 예비타당성조사 (the 인천 신항 예타)
MOEL = "고용노동부"

OTH = "other"   # 음주운전, 청소년 스마트폰, 꿀벌, 결핵, 스마트 항만: no topic of topics.toml fits
FIS = "fiscal"  # 기획재정부 → 기획예산처's 예타 결과, inside the 스마트 항만 storyline (remit body)

LATE = "achieved after the deadline the commitment named; no deadline fields"
LATER = "deadline moved later: delayed (convention of j-aa), new date in deadline"
WHEN = "on time, but the time words say when it was done, not what was promised: no deadline fields (q-aa)"
AGO = "a reported slip before the deadline: delayed with the new date (x-aa)"
INST = "another body's promise stated by the speaker: the promising body, person '' (w-aa)"

PAGES: list[dict] = []

# ---------------------------------------------------------------- 음주운전 1/3 (briefing transcript reposted: 모두발언, [질문]/[답변 = …] labels on their own lines)
P1_H = "[브리핑 전문] 경찰청 \"음주운전 방지장치 10월 의무화…비접촉 감지기 연내 1,000대\""
P1_D = "국토부 \"택시회사 음주측정기 연내 보급\"…법무부 \"상습범 차량 3월부터 몰수\""
SPK = "the 모두발언 is 남태겸's (the transcript's speaker heading): person 남태겸"
PAGES.append(dict(
    source="2025-02-11_ab_drunk-driving-briefing.txt", title=P1_H, published_at="2025-02-11",
    mentions=[
        m("ab-knpa-drunk-interlock", "new", KNPA, OTH, P1_H, deadline="2025-10-31", dtext="10월",
          comment="the headline quotes 경찰청 as a body: person ''; one headline, two commitments; '10월' → 2025-10-31"),
        m("ab-knpa-drunk-detectors-1000", "new", KNPA, OTH, P1_H, target=1000.0, unit="대", deadline="2025-12-31",
          dtext="연내"),
        m("ab-molit-drunk-taxi-1600", "new", MOLIT, OTH, P1_D, deadline="2025-12-31", dtext="연내",
          comment="one deck line, two commitments (two bodies, named); 국토부 = 국토교통부; no number in the clause"),
        m("ab-moj-drunk-forfeit", "new", MOJ, OTH, P1_D, deadline="2025-03-31", dtext="3월부터"),
        m("ab-knpa-drunk-interlock", "new", KNPA, OTH,
          "먼저 상습 음주운전자에 대한 음주운전 방지장치 부착 의무화를 10월부터 차질 없이 시행하겠습니다.",
          person="남태겸", deadline="2025-10-31", dtext="10월부터",
          comment=SPK + ". Not annotated: the editor's note, the greeting, 159명 and 42.3% (statistics), the plan "
                        "sentence, the rule after it ('5년 안에 두 번 이상 …': a description)"),
        m("ab-knpa-drunk-detectors-1000", "new", KNPA, OTH,
          "운전자가 숨을 불어넣지 않아도 차 안의 알코올 성분을 잡아내는 비접촉 감지기를 연내 1,000대 보급해 상시 단속에 쓰겠습니다.",
          person="남태겸", target=1000.0, unit="대", deadline="2025-12-31", dtext="연내",
          comment="the sentence before it ('단속 방식도 바꾸겠습니다.') is an umbrella without number or date"),
        m("ab-knpa-drunk-edu-48h", "new", KNPA, OTH,
          "음주운전 재범자가 받는 특별교육은 지금 16시간에서 하반기부터 48시간으로 늘리겠습니다.",
          person="남태겸", target=48.0, unit="시간", deadline="2025-12-31", dtext="하반기부터",
          comment="16시간 is the baseline"),
        m("ab-knpa-drunk-recid-35", "new", KNPA, OTH, "이런 대책을 통해 음주운전 재범률을 2027년까지 35% 아래로 낮추겠습니다.",
          person="남태겸", target=35.0, unit="%", deadline="2027-12-31", dtext="2027년까지"),
        m("ab-molit-drunk-record-rule", "new", MOLIT, OTH,
          "국토교통부는 버스와 택시, 화물차 등 사업용 차량 운전자의 운행 전 음주 측정 기록을 전산으로 보관하도록 하는 운수사업법 시행규칙 개정을 상반기 중 마칠 계획입니다.",
          deadline="2025-06-30", dtext="상반기 중", comment=INST + " (남태겸 speaks for 국토교통부)"),
        m("ab-moj-drunk-forfeit", "new", MOJ, OTH,
          "법무부는 상습 음주운전자의 차량을 압수해 몰수하는 기준을 3월부터 전국 검찰청에 적용합니다.",
          deadline="2025-03-31", dtext="3월부터",
          comment=INST + "; '3월부터' on 2025-02-11 → 2025-03-31. The closing appeal is not annotated"),
        m("ab-molit-drunk-taxi-1600", "new", MOLIT, OTH,
          "전국 법인택시 회사 1,600여 곳에 호흡식 음주측정기를 연내 모두 보급하겠습니다.",
          person="여문혁", target=1600.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment="the answer under '[답변 = 여문혁 국토교통부 모빌리티정책과장]' (the label is its own line); "
                  "'1,600여 곳' → 1600.0. Not annotated: the answers on cost and the 4 installers (a statement, no "
                  "promise), the 배치 order, 국비·지방비 절반씩 (means), 금시온's answer ('… 고쳤습니다': done, a rule "
                  "changed before the briefing), the 35% justification; the 시민단체's 0.05% demand, 곽재민's bill "
                  "(a ruling-party lawmaker), the 자동차 보험사's 10% 특약 (a company; trap: industry cue '자동차')"),
    ]))

# ---------------------------------------------------------------- 청소년 스마트폰 1/3 (blog-style explainer: a parent's policy blog, tags, comments)
P2_T = "[정책 정리] 2026년 3월부터 수업 중 휴대폰 금지…정부 청소년 스마트폰 대책 한 번에 보기"
BLOG = "the blogger restates a body's plan: person ''"
PAGES.append(dict(
    source="2025-03-05_ab_phone-blog-explainer.txt", title=P2_T, published_at="2025-03-05",
    mentions=[
        m("ab-moe-phone-class-ban", "new", MOE, OTH, P2_T, deadline="2026-03-31", dtext="2026년 3월부터",
          comment="the post's title, a plan's promise stated as an outcome; '정부' = the measure's body, 교육부"),
        m("ab-moe-phone-bill", "new", MOE, OTH,
          "교육부는 수업 중 휴대폰 사용을 제한하는 근거를 담은 초·중등교육법 개정안을 상반기 안에 국회에 내기로 했어요.",
          deadline="2025-06-30", dtext="상반기 안에",
          comment=BLOG + "; a promise to submit a bill (z, aa). The lines before it (학칙, 분쟁) are context"),
        m("ab-moe-phone-class-ban", "new", MOE, OTH,
          "법이 통과되면 2026년 3월 신학기부터 전국 모든 초·중·고에 적용된대요.",
          deadline="2026-03-31", dtext="2026년 3월 신학기부터",
          comment="subjectless: 교육부; conditional on the bill, but the plan names its date (uncertain call). The "
                  "exceptions after it are a rule"),
        m("ab-moe-phone-textbook", "new", MOE, OTH,
          "교육부는 초등 5학년부터 고1까지 쓸 디지털 시민교육 교재를 새로 만들어 9월부터 학교에 보급한대요.",
          deadline="2025-09-30", dtext="9월부터", comment=BLOG),
        m("ab-mogef-phone-camp-1200", "new", MOGEF, OTH,
          "여성가족부는 청소년 인터넷·스마트폰 치유캠프 정원을 지난해 600명에서 올해 1,200명으로 늘린대요.",
          target=1200.0, unit="명", deadline="2025-12-31", dtext="올해",
          comment="600명 is the baseline; the 11박 12일 / 무료 line after it is a description"),
        m("ab-mogef-phone-link-80", "new", MOGEF, OTH,
          "여가부는 또 과의존 위험군으로 나온 청소년이 실제 상담까지 이어지는 비율을 지금 52%에서 2026년까지 80%로 끌어올리겠다고 했어요.",
          target=80.0, unit="%", deadline="2026-12-31", dtext="2026년까지", comment="'여가부' = 여성가족부; 52% is the baseline"),
        m("ab-kcc-phone-sns-guide", "new", KCC, OTH,
          "방송통신위원회는 만 14세 미만이 SNS에 가입할 때 법정대리인 동의를 제대로 확인하도록 플랫폼 사업자용 가이드라인을 하반기 중 만들기로 했어요.",
          deadline="2025-12-31", dtext="하반기 중",
          comment="'만 14세 미만' describes whom the rule covers, no target; the current-law line after it is context"),
        m("ab-msit-phone-centers-24", "new", MSIT, OTH,
          "과학기술정보통신부는 과의존 상담과 예방교육을 하는 '디지털 쉼 센터'를 지금 18곳에서 2026년까지 24곳으로 늘린다고 해요.",
          target=24.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment="18곳 is the baseline. Not annotated: the '헷갈리기 쉬운 것' list (the 이동통신 3사' 차단 앱: "
                  "companies, trap: telecom cues '이동통신' / '통신'; 서울시교육청's 50곳 시범: a local education "
                  "office; 호주's ban: a foreign state), the blogger's opinion, the 교원단체s' demand ('예산'), the "
                  "source line, tags and comments after the sign-off"),
    ]))

# ---------------------------------------------------------------- 결핵 1/3 (general daily, one deck line; 질병청, 복지부, 법무부)
P3_H = "결핵 발생률 2030년까지 10만 명당 20명 이하로…65세 이상 독거노인도 올해부터 무료 검진"
P3_D = "보건소 258곳 모두 신속 분자진단 장비…법무부, 7월부터 장기체류 외국인 검진 확대"
PAGES.append(dict(
    source="2025-03-24_ab_tb-day-daily.txt", title=P3_H, published_at="2025-03-24",
    mentions=[
        m("ab-kdca-tb-incidence-20", "new", KDCA, OTH, P3_H, target=20.0, unit="명", deadline="2030-12-31",
          dtext="2030년까지", comment="the headline names no body: 질병관리청's plan; one headline, two commitments; "
                                      "'10만 명당 20명' → 20.0 명 (the rate's counter)"),
        m("ab-kdca-tb-elderly-250k", "new", KDCA, OTH, P3_H, deadline="2025-12-31", dtext="올해부터",
          comment="no number in the clause; '올해부터' on a 2025 page → 2025-12-31"),
        m("ab-kdca-tb-pcr-258", "new", KDCA, OTH, P3_D, target=258.0, unit="곳",
          comment="one deck line, two commitments (two bodies); no date in the first clause"),
        m("ab-moj-tb-visa", "new", MOJ, OTH, P3_D, deadline="2025-07-31", dtext="7월부터", comment="'법무부' named"),
        m("ab-kdca-tb-incidence-20", "new", KDCA, OTH,
          "질병관리청은 인구 10만 명당 결핵 발생률을 2030년까지 20명 이하로 낮추겠다고 밝혔다.",
          target=20.0, unit="명", deadline="2030-12-31", dtext="2030년까지",
          comment="1만 7,900여 명, 34.9명, 58% (the sentences before) are statistics; the lead is the plan release"),
        m("ab-kdca-tb-elderly-250k", "new", KDCA, OTH,
          "질병관리청은 의료급여 수급자와 거동이 불편한 노인에게만 해 주던 무료 결핵 검진을 올해부터 65세 이상 독거노인까지 넓혀, 연내 25만 명을 검진하기로 했다.",
          target=250000.0, unit="명", deadline="2025-12-31", dtext="연내",
          comment="two time words; '연내' dates the number (both → 2025-12-31)"),
        m("ab-kdca-tb-van-20", "new", KDCA, OTH,
          "보건소가 멀리 있는 읍·면 지역을 돌며 흉부 X선을 찍는 이동검진 차량은 지금 8대에서 연내 20대로 늘린다.",
          target=20.0, unit="대", deadline="2025-12-31", dtext="연내",
          comment="subjectless: 질병관리청; 8대 is the baseline; the AI 판독 sentence after it is a description"),
        m("ab-kdca-tb-pcr-258", "new", KDCA, OTH,
          "질병관리청은 하루 만에 결핵균 여부를 확인하는 신속 분자진단(PCR) 장비를 내년 상반기까지 전국 보건소 258곳에 모두 갖추겠다고 밝혔다.",
          target=258.0, unit="곳", deadline="2026-06-30", dtext="내년 상반기까지",
          comment="'8주' (the sentence before) is context; '하루 만에' describes the device"),
        m("ab-kdca-tb-pill-app", "new", KDCA, OTH,
          "결핵 환자가 약을 제대로 먹는지 영상으로 확인하는 '복약 확인 앱'도 연내 내놓는다.",
          deadline="2025-12-31", dtext="연내",
          comment="subjectless: 질병관리청; '6개월' in the next sentence is a description"),
        m("ab-mohw-tb-beds-30", "new", MOHW, OTH,
          "보건복지부는 결핵 환자를 격리해 치료할 수 있는 병상을 갖춘 지정 병원을 지금 20곳에서 2026년까지 30곳으로 늘리기로 했다.",
          target=30.0, unit="곳", deadline="2026-12-31", dtext="2026년까지", comment="20곳 is the baseline"),
        m("ab-moj-tb-visa", "new", MOJ, OTH,
          "법무부는 7월부터 결핵 고위험국 출신 외국인이 취업이나 유학 비자로 90일 넘게 머물려면 반드시 결핵 검진 결과를 내도록 대상을 넓히기로 했다.",
          deadline="2025-07-31", dtext="7월부터",
          comment="'90일' is the rule's threshold, not a target. Not annotated: 1,100여 명 / 6% (statistics), the "
                  "current rule, 유세겸's quote (an undated intention), the 2013 promise (2020년까지 50명: a past "
                  "promise as context), the 교수's doubt, 하은솔's 추경 200억 원 demand (an opposition lawmaker; "
                  "fiscal cues), 서울시's 3,000명 (a local government)"),
    ]))

# ---------------------------------------------------------------- 꿀벌 1/3 (farm trade paper, one deck line, [광고] line; 농식품부, 농진청)
P4_H = "밀원 2030년까지 3만ha로…꿀벌응애 새 방제제 하반기 보급"
P4_D = "월동 폐사도 내년 1월부터 재해보험 보상…'응애에 강한 꿀벌' 2027년까지 농가 3,000곳에"
PAGES.append(dict(
    source="2025-04-22_ab_bees-farm-trade.txt", title=P4_H, published_at="2025-04-22",
    mentions=[
        m("ab-mafra-bee-nectar-30k", "new", MAFRA, OTH, P4_H, target=30000.0, unit="ha", deadline="2030-12-31",
          dtext="2030년까지", comment="the headline names no body: 농림축산식품부's plan; one headline, two commitments"),
        m("ab-rda-bee-mite", "new", RDA, OTH, P4_H, deadline="2025-12-31", dtext="하반기",
          comment="the clause is 농촌진흥청's promise (the body names it)"),
        m("ab-mafra-bee-insurance", "new", MAFRA, OTH, P4_D, deadline="2026-01-31", dtext="내년 1월부터",
          comment="one deck line, two commitments (two bodies), no body named; '내년 1월부터' → 2026-01-31 (y)"),
        m("ab-rda-bee-breed-3000", "new", RDA, OTH, P4_D, target=3000.0, unit="곳", deadline="2027-12-31",
          dtext="2027년까지"),
        m("ab-mafra-bee-nectar-30k", "new", MAFRA, OTH,
          "농식품부는 아까시나무와 헛개나무 같은 꿀샘식물(밀원)을 심은 밀원 단지를 지금 1만 5,000ha에서 2030년까지 3만ha로 두 배 늘리겠다고 밝혔다.",
          target=30000.0, unit="ha", deadline="2030-12-31", dtext="2030년까지",
          comment="'농식품부' = 농림축산식품부; 1만 5,000ha is the baseline. Not annotated: 38% / 1,200곳 (a survey), "
                  "the plan release, the umbrella before it"),
        m("ab-mafra-bee-nectar-2025", "new", MAFRA, OTH, "올해는 하천변과 유휴 농지 등에 2,000ha를 새로 조성한다.",
          target=2000.0, unit="ha", deadline="2025-12-31", dtext="올해",
          comment="subjectless: 농식품부; a year's target inside the long one: its own commitment. The 기후변화 "
                  "sentence after it is context (trap: climate cue '기후')"),
        m("ab-rda-bee-mite", "new", RDA, OTH,
          "농촌진흥청은 기존 약에 내성이 생긴 응애를 잡는 천연물 방제제를 하반기 중 농가에 보급하기로 했다.",
          deadline="2025-12-31", dtext="하반기 중", comment="the description of 응애 before it is context"),
        m("ab-rda-bee-breed-3000", "new", RDA, OTH,
          "응애에 강한 꿀벌 품종 '버팀벌'은 2027년까지 양봉 농가 3,000곳에 보급할 계획이다.",
          target=3000.0, unit="곳", deadline="2027-12-31", dtext="2027년까지",
          comment="the subject of the sentence before: 농촌진흥청. The 꽃가루받이 paragraph (30%, 두 배) is context"),
        m("ab-mafra-bee-insurance", "new", MAFRA, OTH,
          "농식품부는 내년 1월부터 월동 중 꿀벌이 집단으로 폐사한 경우에도 보험금을 받을 수 있도록 상품을 고치기로 했다.",
          deadline="2026-01-31", dtext="내년 1월부터"),
        m("ab-mafra-bee-diagnosis-17", "new", MAFRA, OTH,
          "농식품부는 연내 17개 시도 모두에 꿀벌 질병 진단 기관을 지정하기로 했다.",
          target=17.0, unit="개", deadline="2025-12-31", dtext="연내",
          comment="'17개 시도 모두' keeps the page's counter; '9곳뿐' (the sentence before) is the baseline. Not "
                  "annotated: 도희찬's quote (an undated intention), the 농가 단체's 입식비 demand, 이모씨, 경상북도's "
                  "150ha by 올해 안에 (a local government), 어윤하's bill (an opposition lawmaker)"),
    ]))

# ---------------------------------------------------------------- 스마트 항만 1/3 (economic daily, one deck line, [광고] line; 해수부, 기재부, 노동부)
P5_H = "광양항 완전자동화 부두 2026년 하반기 개장…부산 신항 서측은 2027년까지"
P5_D = "해수부 '스마트 항만 전환 전략'…하역장비 국산화율 2030년 50%, 인천 신항 예타는 연내 결론"
PAGES.append(dict(
    source="2025-06-17_ab_smart-port-economic.txt", title=P5_H, published_at="2025-06-17",
    mentions=[
        m("ab-mof-port-gwangyang", "new", MOF, OTH, P5_H, deadline="2026-12-31", dtext="2026년 하반기",
          comment="the headline names no body: 해양수산부's plan; one headline, two commitments"),
        m("ab-mof-port-busan", "new", MOF, OTH, P5_H, deadline="2027-12-31", dtext="2027년까지"),
        m("ab-mof-port-local-50", "new", MOF, OTH, P5_D, target=50.0, unit="%", deadline="2030-12-31", dtext="2030년",
          comment="one deck line, two commitments (two bodies); '해수부' names the plan's body"),
        m("ab-moef-port-yeta", "new", MOEF, FIS, P5_D, deadline="2025-12-31", dtext="연내",
          comment="the clause names no body: the 예타 is 기획재정부's (the body says so); fiscal by remit"),
        m("ab-mof-port-gwangyang", "new", MOF, OTH,
          "해수부는 16일 '스마트 항만 전환 전략'을 발표하고 전남 광양항에 짓고 있는 국내 첫 완전자동화 컨테이너 부두를 2026년 하반기 개장하겠다고 밝혔다.",
          deadline="2026-12-31", dtext="2026년 하반기",
          comment="a plan release and a promise in one sentence (w-aa). The lead (no number, no date) and its 99% "
                  "(trap: industry cue '수출') are not annotated"),
        m("ab-mof-port-busan", "new", MOF, OTH, "부산항 신항 서측 컨테이너 부두도 2027년까지 자동화 부두로 문을 연다.",
          deadline="2027-12-31", dtext="2027년까지",
          comment="subjectless: 해수부. The AGV description after it is not annotated (trap: industry cue '자율주행'); "
                  "nor the 1,050m / 100만 개 / 4분의 3 paragraph (descriptions)"),
        m("ab-mof-port-local-50", "new", MOF, OTH, "해수부는 자동화 하역장비 국산화율을 2030년까지 50%로 높이기로 했다.",
          target=50.0, unit="%", deadline="2030-12-31", dtext="2030년까지",
          comment="'10%에 못 미친다' is the baseline; the 공급망 sentence after it is context (trap: industry cue)"),
        m("ab-mof-port-platform", "new", MOF, OTH,
          "선사와 터미널 운영사, 화물차 기사가 저마다 다른 시스템으로 주고받던 반출입 정보를 하나로 모은 항만 물류 통합 플랫폼 '포트링크'를 연내 가동한다는 계획이다.",
          deadline="2025-12-31", dtext="연내", comment="subjectless: 해수부; the umbrella before it is not annotated"),
        m("ab-mof-port-5g", "new", MOF, OTH,
          "광양항 자동화 부두에는 하반기 중 5G 특화망을 깔아 크레인과 이송장비를 원격으로 제어한다.",
          deadline="2025-12-31", dtext="하반기 중",
          comment="subjectless: 해수부. Trap: telecom cue '5G'; other by subject (a port's private network, not the "
                  "telecom market: uncertain call)"),
        m("ab-moef-port-yeta", "new", MOEF, FIS,
          "기획재정부는 인천 신항 자동화 부두 사업의 예타 결과를 연내 내놓겠다고 밝혔다.",
          deadline="2025-12-31", dtext="연내",
          comment="fiscal: 예비타당성조사 is the budget body's remit (no fiscal cue in the sentence; '예타' is no cue); "
                  "the 1조 원 before it is the project's size"),
        m("ab-moel-port-retrain-3000", "new", MOEL, OTH,
          "고용노동부는 항만 하역 노동자 3,000명에게 2027년까지 자동화 장비 원격 조종과 정비 교육을 하기로 했다.",
          target=3000.0, unit="명", deadline="2027-12-31", dtext="2027년까지",
          comment="Not annotated: the 노조s' 80% demand, 진무겸's quote (an undated intention), 여수광양항만공사's "
                  "운영사 선정 by 9월 (a port authority: another actor), the 업계 관계자"),
    ]))

# ---------------------------------------------------------------- 꿀벌 2/3 (regional paper, [바로잡습니다] notice above the corrected article; `안동=` byline)
P6_H = "꿀벌 밀원 조성 반년…올해 목표 2,000ha의 절반 그쳐"
P6_D = "응애 방제제는 9월부터 보급…농식품부, 2030년 밀원 목표 3만→2만 5,000ha로 낮춰"
PAGES.append(dict(
    source="2025-09-09_ab_bees-correction.txt", title=P6_H, published_at="2025-09-09",
    mentions=[
        m("ab-mafra-bee-nectar-2025", "progress", MAFRA, OTH, P6_H, target=2000.0, unit="ha", deadline="2025-12-31",
          dtext="올해",
          comment="the corrected headline: short before the deadline, the promise restated with its year: progress; "
                  "names no body: 농림축산식품부. The [바로잡습니다] notice above it (the paper's own error, with the "
                  "old and the corrected figure) is not annotated (uncertain call)"),
        m("ab-rda-bee-mite", "achieved", RDA, OTH, P6_D, comment=WHEN + "; one deck line, two commitments; names no body: 농촌진흥청"),
        m("ab-mafra-bee-nectar-30k", "revision", MAFRA, OTH, P6_D, target=25000.0, unit="ha", deadline="2030-12-31",
          dtext="2030년", comment="a lowered target, the date unchanged: revision"),
        m("ab-mafra-bee-nectar-2025", "progress", MAFRA, OTH,
          "농림축산식품부에 따르면 올해 새로 조성하기로 한 밀원 2,000ha 가운데 8월 말까지 1,020ha가 조성됐다.",
          target=2000.0, unit="ha", deadline="2025-12-31", dtext="올해",
          comment="a count short before the deadline: progress; the clause names the target and its year. The scene "
                  "and the lead are not annotated"),
        m("ab-mafra-bee-nectar-2025", "progress", MAFRA, OTH,
          "농식품부는 나무 심기에 알맞은 가을철 물량을 더해 연내 2,000ha를 채우겠다고 밝혔다.",
          target=2000.0, unit="ha", deadline="2025-12-31", dtext="연내",
          comment="the promise restated on course: progress with its date"),
        m("ab-mafra-bee-nectar-30k", "revision", MAFRA, OTH,
          "농식품부는 지난달 밀원 단지를 2030년까지 3만ha로 늘리겠다던 목표를 2만 5,000ha로 조정했다.",
          target=25000.0, unit="ha", deadline="2030-12-31", dtext="2030년까지",
          comment="revision; the reason after it is a circumstance (trap: fiscal cues '예산안' / '예산', weak)"),
        m("ab-rda-bee-mite", "achieved", RDA, OTH,
          "농촌진흥청이 개발한 천연물 방제제는 7월 농약 등록을 마치고 9월부터 농가 보급이 시작됐다.",
          comment=WHEN + " ('9월부터 … 시작됐다', within '하반기 중')"),
        m("ab-rda-bee-breed-3000", "progress", RDA, OTH, "응애에 강한 꿀벌 품종 '버팀벌'은 올해 200개 농가에서 시범 사육하고 있다.",
          comment="a pilot before the deadline (2027): progress, no fields; names no body: 농촌진흥청"),
        m("ab-mafra-bee-diagnosis-17", "progress", MAFRA, OTH, "꿀벌 질병 진단 기관은 4월 9곳에서 지금 12곳으로 늘었다.",
          comment="a measured value without the target, before the deadline: progress, no fields"),
        m("ab-mafra-bee-insurance", "progress", MAFRA, OTH, "월동 폐사 보상은 예정대로 내년 1월부터 재해보험에 들어간다.",
          deadline="2026-01-31", dtext="내년 1월부터", comment="the promise restated on course: progress"),
        m("ab-mafra-bee-restock-2000", "new", MAFRA, OTH,
          "농식품부는 월동 폐사 피해를 본 농가 2,000곳에 벌을 새로 들이는 비용의 절반을 연내 지원하기로 했다.",
          target=2000.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment="a new commitment (the farmers' April demand, now the ministry's). Not annotated: the 30% / 10만 원 "
                  "rule after it, 김씨's and the 농가s' quotes, 도희찬's quote (an explanation), 경상북도's 150ha / 90ha "
                  "(a local government's own promise and its progress), the 교수's advice, the 꿀벌 보호법 (a "
                  "lawmaker's bill)"),
    ]))

# ---------------------------------------------------------------- 결핵 2/3 (국정감사 report, politics site; 질병청, 법무부, 복지부)
P7_H = "[국감] 질병청장 \"노인 결핵 검진 25만 명 연말까지 채우겠다\"…이동검진차는 내년 3월로"
P7_D = "신속 진단 장비 보건소 110곳에 그쳐…\"접촉자 조사 전담 인력 60명 내년 상반기까지\""
HEAD = "the headline names the 청장 by title only: person '' (aa)"
PAGES.append(dict(
    source="2025-10-16_ab_tb-audit-report.txt", title=P7_H, published_at="2025-10-16",
    mentions=[
        m("ab-kdca-tb-elderly-250k", "progress", KDCA, OTH, P7_H, target=250000.0, unit="명", deadline="2025-12-31",
          dtext="연말까지", comment="the promise restated on course before the deadline: progress; " + HEAD),
        m("ab-kdca-tb-van-20", "delayed", KDCA, OTH, P7_H, deadline="2026-03-31", dtext="내년 3월로",
          comment=AGO + "; one headline, two commitments"),
        m("ab-kdca-tb-pcr-258", "progress", KDCA, OTH, P7_D,
          comment="a measured value without the target, before the deadline: progress, no fields"),
        m("ab-kdca-tb-contact-60", "new", KDCA, OTH, P7_D, target=60.0, unit="명", deadline="2026-06-30",
          dtext="내년 상반기까지", comment="a new commitment; the quoted clause names no speaker: person ''"),
        m("ab-kdca-tb-elderly-250k", "progress", KDCA, OTH,
          "임도경 질병관리청장은 \"9월 말 기준 14만 2,000명이 검진을 받았다\"며 \"겨울이 오기 전 이동검진을 집중해 연말까지 25만 명을 채우겠다\"고 답했다.",
          person="임도경", target=250000.0, unit="명", deadline="2025-12-31", dtext="연말까지",
          comment="short before the deadline, restated: progress; the whole sentence (indirect frame + quotes, z). "
                  "모건우's question is not annotated (a lawmaker); nor the 186명 result after it"),
        m("ab-kdca-tb-van-20", "delayed", KDCA, OTH,
          "질병관리청은 연내 20대로 늘리겠다던 이동검진 차량을 지금까지 13대만 확보했고, 나머지 7대는 차량 개조 업체 선정이 늦어져 내년 3월에야 들여온다고 국회에 보고했다.",
          target=7.0, unit="대", deadline="2026-03-31", dtext="내년 3월에야", prev="2025-12-31",
          comment=AGO + "; the remainder is the target of the sentence that moves it; the old date named ('연내'). "
                        "The umbrella before it is not annotated"),
        m("ab-kdca-tb-pcr-258", "progress", KDCA, OTH, "신속 분자진단 장비는 전국 보건소 258곳 가운데 110곳에 설치됐다.",
          target=258.0, unit="곳", comment="short before the deadline: progress; the clause names the target"),
        m("ab-kdca-tb-pcr-258", "progress", KDCA, OTH,
          "임 청장은 \"내년 상반기까지 모든 보건소에 설치한다는 계획에는 변함이 없다\"고 말했다.",
          person="임도경", deadline="2026-06-30", dtext="내년 상반기까지", comment="the promise restated on course"),
        m("ab-kdca-tb-pill-app", "delayed", KDCA, OTH,
          "결핵 환자의 복약 확인 앱은 개인정보 영향평가에서 보완 요구를 받아 아직 출시 시점을 정하지 못했다.",
          comment="a reported slip before the deadline (2025-12-31) without a new date: delayed, no fields"),
        m("ab-kdca-tb-contact-60", "new", KDCA, OTH,
          "이에 임 청장은 \"결핵 접촉자 조사만 전담하는 인력 60명을 내년 상반기까지 새로 뽑겠다\"고 밝혔다.",
          person="임도경", target=60.0, unit="명", deadline="2026-06-30", dtext="내년 상반기까지",
          comment="a new commitment; 탁은서's criticism and her statistic before it are not annotated"),
        m("ab-moj-tb-visa", "achieved", MOJ, OTH, "외국인 검진 확대는 예정대로 7월부터 시행됐다.",
          comment=WHEN + "; names no body: 법무부 (its promise; the next sentence cites it). 2만 3,000여 명 / 41명 "
                         "(results) are not annotated"),
        m("ab-mohw-tb-beds-30", "progress", MOHW, OTH,
          "보건복지부는 결핵 격리 병상을 갖춘 지정 병원을 2026년까지 30곳으로 늘리겠다고 했지만, 지금까지 22곳을 지정했다.",
          target=30.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment="short before the deadline: progress. Not annotated: '… 조사하고 있다고 설명했다' (a means), the "
                  "질병관리청's forecast of 32명 (a forecast), 모건우's 300억 원 demand (an opposition lawmaker; fiscal "
                  "cue '예산'), 임도경's closing words ('힘쓰겠다': no number, no date; '예산' cue), the other 국감 "
                  "headlines in the list after the sign-off"),
    ]))

# ---------------------------------------------------------------- 음주운전 2/3 (팩트체크: claims, ①–⑦ promise by promise, verdicts)
P8_H = "[살핌 팩트체크] \"음주운전 대책 대부분 약속대로\"? 방지장치는 시행, 감지기·택시 측정기는 해 넘겨"
PAGES.append(dict(
    source="2025-11-25_ab_drunk-driving-factcheck.txt", title=P8_H, published_at="2025-11-25",
    mentions=[
        m("ab-knpa-drunk-interlock", "achieved", KNPA, OTH, P8_H,
          comment="'방지장치는 시행': achieved, no fields; the quoted claim at the head of the title is no mention; "
                  "one title, three commitments"),
        m("ab-knpa-drunk-detectors-1000", "delayed", KNPA, OTH, P8_H,
          comment="'해 넘겨': " + AGO + " — no date named in the clause, no fields"),
        m("ab-molit-drunk-taxi-1600", "delayed", MOLIT, OTH, P8_H, comment="'해 넘겨', as above; names no body: 국토교통부"),
        m("ab-knpa-drunk-interlock", "achieved", KNPA, OTH,
          "상습 음주운전자에 대한 음주운전 방지장치 부착 의무화는 약속대로 10월 24일부터 시행됐다.",
          comment=WHEN + "; names no body: 경찰청. The claims under '검증 대상' (a named official's and an "
                         "opposition lawmaker's, quoted as checked claims) and the method are not annotated; 37명 "
                         "and the 결격 기간 sentence are context"),
        m("ab-knpa-drunk-installers-30", "new", KNPA, OTH,
          "성능 인증을 받은 설치 업체는 2월 4곳에서 12곳으로 늘었고, 경찰청은 내년 상반기까지 30곳으로 늘리겠다고 밝혔다.",
          target=30.0, unit="곳", deadline="2026-06-30", dtext="내년 상반기까지",
          comment="a new commitment; the 4 → 12곳 clause is its baseline"),
        m("ab-knpa-drunk-detectors-1000", "progress", KNPA, OTH,
          "경찰청은 연내 1,000대를 보급하겠다고 했지만 11월 현재 전국 경찰서에 배치된 감지기는 610대다.",
          target=1000.0, unit="대", deadline="2025-12-31", dtext="연내",
          comment="a count short before the deadline: progress (the same day's delay, next, decides the status)"),
        m("ab-knpa-drunk-detectors-1000", "delayed", KNPA, OTH,
          "경찰청은 장비 구매 예산이 모자라 남은 390대를 내년 3월까지 나눠 들여오겠다고 밝혔다.",
          target=390.0, unit="대", deadline="2026-03-31", dtext="내년 3월까지",
          comment=AGO + "; the remainder is the target; trap: fiscal cue '예산' (weak, a circumstance)"),
        m("ab-knpa-drunk-edu-48h", "progress", KNPA, OTH,
          "특별교육을 16시간에서 48시간으로 늘리는 도로교통법 시행규칙 개정안은 10월 입법예고를 마쳤다.",
          target=48.0, unit="시간", comment="a step before the deadline: progress; names no body: 경찰청"),
        m("ab-knpa-drunk-edu-48h", "progress", KNPA, OTH, "경찰청은 \"12월 시행을 목표로 하고 있다\"고 했다.",
          deadline="2025-12-31", dtext="12월", comment="a nearer date inside the promised period: progress"),
        m("ab-molit-drunk-taxi-1600", "progress", MOLIT, OTH,
          "국토교통부가 연내 전국 법인택시 회사 1,600여 곳에 모두 보급하겠다던 호흡식 음주측정기는 지금까지 700곳에 들어갔다.",
          target=1600.0, unit="곳", deadline="2025-12-31", dtext="연내", comment="short before the deadline: progress"),
        m("ab-molit-drunk-taxi-1600", "delayed", MOLIT, OTH,
          "국토부는 지방비를 제때 마련하지 못한 지역이 많아 나머지는 내년 상반기까지 보급하겠다고 밝혔다.",
          deadline="2026-06-30", dtext="내년 상반기까지", comment=AGO + "; '나머지' has no number: no target"),
        m("ab-molit-drunk-record-rule", "achieved", MOLIT, OTH,
          "상반기 중 마치겠다던 운수사업법 시행규칙 개정은 8월에야 공포·시행됐다.", comment=LATE + "; names no body: 국토교통부"),
        m("ab-moj-drunk-forfeit", "achieved", MOJ, OTH, "법무부는 약속대로 3월부터 상습 음주운전자 차량 압수·몰수 기준을 적용했다.",
          comment=WHEN + "; 214대 (the next sentence) is a result"),
        m("ab-knpa-drunk-recid-35", "progress", KNPA, OTH,
          "경찰청 통계로 지난해 재범률은 42.3%였고, 올해 1~9월 잠정치는 43.1%다.",
          comment="a measured value without the target, before the deadline (2027): progress, no fields. Not "
                  "annotated: '… 평가하기 이르다.' and the verdict paragraphs (the outlet's judgement, with its "
                  "counts), the IFCN note and the list after the sign-off"),
    ]))

# ---------------------------------------------------------------- 생활법률 Q&A (law news site), no promise
PAGES.append(dict(
    source="2026-01-20_ab_interlock-law-qa.txt",
    title="[알쓸생법] 음주운전 방지장치, 누가 언제까지 달아야 하나", published_at="2026-01-20",
    mentions=[]))

# ---------------------------------------------------------------- 청소년 스마트폰 2/3 (email newsletter, web view; ■ sections, unsubscribe footer)
P10_H = "[교실편지 58호] 휴대폰 없는 수업, 이번 신학기 시작…치유캠프·SNS 가이드라인은 '아직'"
PAGES.append(dict(
    source="2026-03-05_ab_classroom-newsletter.txt", title=P10_H, published_at="2026-03-05",
    mentions=[
        m("ab-moe-phone-class-ban", "achieved", MOE, OTH, P10_H,
          comment=WHEN + " ('이번 신학기 시작'); the subject line names no body: 교육부; one line, three commitments"),
        m("ab-mogef-phone-camp-1200", "delayed", MGEF, OTH, P10_H,
          comment="'아직': the 2025 target missed (the body says so), no fields; 성평등가족부 (여성가족부's successor "
                  "from 2025-10-01)"),
        m("ab-kcc-phone-sns-guide", "delayed", KMCC, OTH, P10_H,
          comment="'아직': not done after its deadline; 방송미디어통신위원회 (방송통신위원회's successor from 2025-10-01)"),
        m("ab-moe-phone-class-ban", "achieved", MOE, OTH,
          "수업 중 휴대폰 사용을 제한하는 개정 초·중등교육법이 이번 신학기부터 전국 모든 학교에 적용됐습니다.",
          comment=WHEN + "; the rules after it are a description"),
        m("ab-moe-phone-bill", "achieved", MOE, OTH,
          "교육부는 약속대로 지난해 5월 개정안을 국회에 냈고, 법은 8월 본회의를 통과했습니다.",
          comment=WHEN + "; a promise to submit a bill is achieved when it is submitted (z)"),
        m("ab-moe-phone-textbook", "achieved", MOE, OTH,
          "9월부터 보급하겠다던 디지털 시민교육 교재는 검토 과정이 길어져 11월에야 학교에 배포됐습니다.",
          comment=LATE + "; names no body: 교육부"),
        m("ab-mogef-phone-camp-1200", "delayed", MGEF, OTH,
          "지난해 10월 여성가족부에서 이름을 바꾼 성평등가족부는 치유캠프 정원을 지난해 1,200명으로 늘리겠다고 했지만, 실제 참가자는 1,050명에 그쳤습니다.",
          target=1200.0, unit="명", prev="2025-12-31",
          comment="short after the deadline: delayed; the missed period named ('지난해'); the body under its name on "
                  "the page's date (the sentence names both). The reason after it is not annotated"),
        m("ab-mogef-phone-link-80", "progress", MGEF, OTH,
          "과의존 위험군 청소년의 상담 연계율은 지난해 64%로, 2026년까지 80%로 높이겠다는 목표에 아직 못 미칩니다.",
          target=80.0, unit="%", deadline="2026-12-31", dtext="2026년까지",
          comment="short before the deadline: progress; names no body: 성평등가족부"),
        m("ab-kcc-phone-sns-guide", "delayed", KMCC, OTH,
          "SNS 가입 때 부모 동의 확인을 강화하는 가이드라인은 해를 넘겼습니다.",
          comment="not done after its deadline: delayed, no fields ('해를 넘겼다' names no date)"),
        m("ab-kcc-phone-sns-guide", "delayed", KMCC, OTH,
          "지난해 10월 방송통신위원회를 이어 출범한 방송미디어통신위원회는 \"플랫폼 사업자와 협의를 마무리해 상반기 중 가이드라인을 내놓겠다\"고 밝혔습니다.",
          deadline="2026-06-30", dtext="상반기 중",
          comment=LATER + "; the body under its name on the page's date. Trap: government cue '출범' (the rename "
                          "clause), kept other"),
        m("ab-msit-phone-centers-24", "progress", MSIT, OTH, "과학기술정보통신부의 '디지털 쉼 센터'는 18곳에서 21곳으로 늘었습니다.",
          comment="a measured value without the target, before the deadline: progress, no fields"),
        m("ab-moe-phone-rule-audit", "new", MOE, OTH,
          "교육부는 학교마다 정한 휴대폰 사용 규칙이 법 취지에 맞는지 점검해 그 결과를 4월까지 공개하겠다고 밝혔습니다.",
          deadline="2026-04-30", dtext="4월까지",
          comment="a new commitment; never followed up: delayed by the date rule alone"),
        m("ab-mgef-phone-camp-1500", "new", MGEF, OTH, "성평등가족부는 올해 치유캠프 정원을 1,500명으로 다시 늘리겠다고 했습니다.",
          target=1500.0, unit="명", deadline="2026-12-31", dtext="올해",
          comment="a new year's target of the renamed body: a new key (aa's 공무원 시범 extension). Not annotated: the "
                  "숫자로 보기 lines (statistics), the teacher's and parents' words, the 교원단체s' 국비 demand, "
                  "서울시교육청's 100만 원 (a local education office), the next issue's topic, the footer"),
    ]))

# ---------------------------------------------------------------- 스마트 항만 2/3 (regional paper, `광양=` byline, one deck line; 해수부, 기획예산처, 노동부)
P11_H = "광양항 자동화 부두 시운전 돌입…\"하반기 개장 문제없다\""
P11_D = "부산 신항 서측은 내년 상반기로 앞당겨…인천 신항 예타는 해 넘겨 '상반기 안에'"
PAGES.append(dict(
    source="2026-04-14_ab_gwangyang-port-regional.txt", title=P11_H, published_at="2026-04-14",
    mentions=[
        m("ab-mof-port-gwangyang", "progress", MOF, OTH, P11_H, deadline="2026-12-31", dtext="하반기",
          comment="a step (시운전) and the promise restated on course: progress; names no body: 해양수산부; the "
                  "quote has no named speaker"),
        m("ab-mof-port-busan", "revision", MOF, OTH, P11_D, deadline="2027-06-30", dtext="내년 상반기로",
          comment="a deadline moved EARLIER: revision (y-aa); one deck line, two commitments; the old date is not "
                  "named in the clause"),
        m("ab-moef-port-yeta", "delayed", MPB, FIS, P11_D, deadline="2026-06-30", dtext="상반기 안에",
          comment=LATER + "; the body on the page's date, 기획예산처 (took the 예타 on 2026-01-02; the body names it)"),
        m("ab-mof-port-gwangyang", "progress", MOF, OTH,
          "국내 첫 완전자동화 컨테이너 부두인 광양항 자동화 부두가 이달 초 시운전에 들어갔다.",
          comment="a step before the deadline: progress, no fields. The scene before it is not annotated (trap: "
                  "industry cue '자율주행')"),
        m("ab-mof-port-gwangyang", "progress", MOF, OTH, "해양수산부는 시운전을 거쳐 올해 하반기 예정대로 개장하겠다고 밝혔다.",
          deadline="2026-12-31", dtext="올해 하반기",
          comment="restated on course; the equipment counts and the 시운전 plan after it are descriptions"),
        m("ab-mof-port-platform", "achieved", MOF, OTH,
          "지난해 연내 가동하기로 했던 항만 물류 통합 플랫폼 '포트링크'는 지난해 12월 광양항과 부산항에서 먼저 문을 열었다.",
          comment=WHEN + " (December, within '연내')"),
        m("ab-mof-port-5g", "achieved", MOF, OTH, "광양항 자동화 부두의 5G 특화망은 지난해 11월 구축을 마쳤다.",
          comment=WHEN + "; trap: telecom cue '5G'; the 운영사's remark after it (with '통신') is not annotated"),
        m("ab-mof-port-local-50", "progress", MOF, OTH, "이번 광양 부두에 들어간 크레인과 이송장비 가운데 국산은 18%다.",
          comment="a measured value without the target, before the deadline (2030): progress, no fields; the "
                  "umbrella before it ('장비 국산화는 더디다.') and the 업계 remark after it are not annotated"),
        m("ab-mof-port-busan", "revision", MOF, OTH,
          "해수부는 부산항 신항 서측 자동화 부두 개장을 2027년 말에서 내년 상반기로 앞당기기로 했다.",
          deadline="2027-06-30", dtext="내년 상반기로", prev="2027-12-31",
          comment="a deadline moved EARLIER: revision; the old date named ('2027년 말에서')"),
        m("ab-moef-port-yeta", "delayed", MPB, FIS,
          "반면 인천 신항 자동화 부두 사업의 예비타당성조사 결과는 해를 넘겼다.",
          comment="not done after its deadline (2025-12-31): delayed, no fields ('해를 넘겼다' names no date); names no "
                  "body: 기획예산처 (the next sentence)"),
        m("ab-moef-port-yeta", "delayed", MPB, FIS,
          "올해 1월 기획재정부로부터 예타 업무를 넘겨받은 기획예산처는 \"상반기 안에 결과를 내겠다\"고 밝혔다.",
          deadline="2026-06-30", dtext="상반기 안에",
          comment=LATER + "; fiscal by remit ('예산' inside the body's name is not a cue)"),
        m("ab-moel-port-retrain-3000", "progress", MOEL, OTH,
          "고용노동부의 항만 하역 노동자 자동화 장비 교육은 지난해 420명이 마쳤다.",
          comment="a measured value without the target, before the deadline: progress, no fields"),
        m("ab-mof-port-act", "new", MOF, OTH,
          "해수부는 이날 자동화 부두 확산의 근거가 될 '스마트 항만 특별법' 제정안을 하반기 중 국회에 내겠다고 밝혔다.",
          deadline="2026-12-31", dtext="하반기 중",
          comment="a new commitment. Not annotated: the 항운노조's 120명 / 70명 and its demand, 진무겸's quote (no "
                  "number or date), 광양시's 500억 원 by 2028 (a local government), 여수광양항만공사's 15% (a "
                  "forecast by another actor)"),
    ]))

# ---------------------------------------------------------------- year-end roundup (all five storylines; two deck lines, ◆ sections, tally after the sign-off)
P12_H = "[2026 약속 결산] 결핵 신속진단 장비 보건소 모두 갖춰…'스마트 항만 특별법'은 없던 일로"
P12_D1 = "광양항 자동화 부두 개장 내년 상반기로…음주 방지장치 업체 30곳은 연말로"
P12_D2 = "치유캠프 올해 1,320명…밀원 2030년 목표는 또 낮춰 2만 2,000ha"
PAGES.append(dict(
    source="2026-11-24_ab_promise-roundup.txt", title=P12_H, published_at="2026-11-24",
    mentions=[
        m("ab-kdca-tb-pcr-258", "achieved", KDCA, OTH, P12_H,
          comment="on time (June 2026, the body says), no fields; names no body: 질병관리청; one headline, two commitments"),
        m("ab-mof-port-act", "cancelled", MOF, OTH, P12_H, comment="'없던 일로': cancelled; names no body: 해양수산부"),
        m("ab-mof-port-gwangyang", "delayed", MOF, OTH, P12_D1, deadline="2027-06-30", dtext="내년 상반기로",
          comment=AGO + "; one deck line, two commitments; names no body: 해양수산부"),
        m("ab-knpa-drunk-installers-30", "delayed", KNPA, OTH, P12_D1, target=30.0, unit="곳", deadline="2026-12-31",
          dtext="연말로", comment=LATER + "; names no body: 경찰청; the clause names the whole target"),
        m("ab-mgef-phone-camp-1500", "progress", MGEF, OTH, P12_D2,
          comment="a measured value without the target, before the deadline: progress, no fields; one deck line, "
                  "two commitments; names no body: 성평등가족부"),
        m("ab-mafra-bee-nectar-30k", "revision", MAFRA, OTH, P12_D2, target=22000.0, unit="ha", deadline="2030-12-31",
          dtext="2030년", comment="lowered a second time: revision; names no body: 농림축산식품부"),
        # 음주운전 근절
        m("ab-knpa-drunk-detectors-1000", "achieved", KNPA, OTH,
          "비접촉 감지기 1,000대는 남은 390대가 4월에야 모두 배치되면서 목표를 채웠다.",
          target=1000.0, unit="대",
          comment=LATE + " (after the moved date too, 2026-03-31); the remainder's completion closes the whole target "
                         "(x-aa). The intro is not annotated"),
        m("ab-molit-drunk-taxi-1600", "delayed", MOLIT, OTH,
          "택시회사 음주측정기는 상반기까지 보급을 마치겠다던 약속과 달리 6월 말 1,600여 곳 가운데 1,420곳에 그쳤다.",
          target=1600.0, unit="곳", prev="2026-06-30",
          comment="short after the (moved) deadline: delayed; the missed date named ('상반기까지'); names no body: "
                  "국토교통부"),
        m("ab-knpa-drunk-edu-48h", "achieved", KNPA, OTH,
          "재범자 특별교육 48시간은 시행규칙 개정이 늦어져 올해 2월에야 시행됐다.",
          target=48.0, unit="시간", comment=LATE + "; names no body: 경찰청"),
        m("ab-knpa-drunk-installers-30", "delayed", KNPA, OTH,
          "방지장치 설치 업체는 상반기까지 30곳으로 늘리겠다던 목표에 못 미친 24곳에 머물렀고, 경찰청은 남은 6곳을 연말까지 지정하겠다고 밝혔다.",
          target=6.0, unit="곳", deadline="2026-12-31", dtext="연말까지", prev="2026-06-30",
          comment=LATER + "; the remainder is the target of the sentence that moves it; the old date named "
                          "('상반기까지'); '연말' on a 2026 page → 2026-12-31 (z, aa)"),
        m("ab-knpa-drunk-recid-35", "progress", KNPA, OTH,
          "음주운전 재범률은 지난해 41.8%로, 2027년까지 35% 아래로 낮추겠다는 목표와는 거리가 있다.",
          target=35.0, unit="%", deadline="2027-12-31", dtext="2027년까지",
          comment="a measured value with the target named, before the deadline: progress"),
        m("ab-moj-drunk-penalty-bill", "new", MOJ, OTH,
          "법무부는 음주운전으로 사람을 숨지게 한 경우의 법정형 하한을 높이는 특정범죄가중처벌법 개정안을 내년 상반기까지 국회에 제출하겠다고 밝혔다.",
          deadline="2027-06-30", dtext="내년 상반기까지", comment="a new commitment; '내년 상반기까지' on 2026-11-24 → 2027-06-30"),
        # 청소년 스마트폰 과의존
        m("ab-kcc-phone-sns-guide", "achieved", KMCC, OTH,
          "SNS 가입 부모 동의 가이드라인은 방송미디어통신위원회가 6월에야 내놨다.",
          comment="reached on the moved date but after the promised one (2025-12-31): achieved late, no fields (aa)"),
        m("ab-mgef-phone-camp-1500", "progress", MGEF, OTH,
          "성평등가족부의 치유캠프는 10월까지 1,320명이 참가해 올해 목표 1,500명에 다가섰다.",
          target=1500.0, unit="명", deadline="2026-12-31", dtext="올해",
          comment="short before the deadline: progress; the clause names the target and its year"),
        m("ab-mogef-phone-link-80", "progress", MGEF, OTH,
          "과의존 위험군 청소년의 상담 연계율은 9월 기준 71%로, 연말까지 80%를 채우기는 어려울 전망이다.",
          target=80.0, unit="%", deadline="2026-12-31", dtext="연말까지",
          comment="short before the deadline: progress ('어려울 전망' is the reporter's forecast, no delay is reported: "
                  "uncertain call); names no body: 성평등가족부"),
        m("ab-msit-phone-centers-24", "cancelled", MSIT, OTH,
          "과학기술정보통신부는 '디지털 쉼 센터'를 올해까지 24곳으로 늘리겠다던 계획을 접고, 기존 21곳에 온라인 상담을 붙이는 쪽으로 방향을 바꿨다.",
          prev="2026-12-31",
          comment="'계획을 접고': cancelled (a replacement, not a lowered target: uncertain call, revision to 21곳 is "
                  "defensible); the named date kept as previous_deadline (o-aa)"),
        # 꿀벌 살리기
        m("ab-mafra-bee-nectar-30k", "revision", MAFRA, OTH,
          "밀원 단지는 9월 기준 1만 9,000ha로, 농림축산식품부는 2030년 목표를 2만 5,000ha에서 2만 2,000ha로 한 번 더 낮췄다.",
          target=22000.0, unit="ha", deadline="2030-12-31", dtext="2030년",
          comment="a measured value and a lowered target in one sentence: annotated once, with its latest state "
                  "(revision; z's one-sentence rule)"),
        m("ab-mafra-bee-nectar-2025", "delayed", MAFRA, OTH,
          "지난해 새로 조성하기로 한 밀원 2,000ha는 연말까지 1,780ha에 그쳤다.",
          target=2000.0, unit="ha", prev="2025-12-31",
          comment="short after the deadline: delayed; the missed date named ('연말까지' of '지난해')"),
        m("ab-mafra-bee-insurance", "achieved", MAFRA, OTH, "월동 폐사를 보상하는 양봉 재해보험은 예정대로 1월 출시됐다.",
          comment=WHEN + "; names no body: 농림축산식품부"),
        m("ab-mafra-bee-diagnosis-17", "achieved", MAFRA, OTH, "꿀벌 질병 진단 기관은 지난해 말 17개 시도 모두에 지정을 마쳤다.",
          target=17.0, unit="개", comment=WHEN + " ('지난해 말', within '연내'); the clause names the target"),
        m("ab-mafra-bee-restock-2000", "delayed", MAFRA, OTH, "입식비 지원은 지난해 2,000곳 목표 가운데 1,640곳에 돌아갔다.",
          target=2000.0, unit="곳", prev="2025-12-31",
          comment="short after the deadline: delayed; '지난해' names the promised period"),
        m("ab-rda-bee-breed-3000", "progress", RDA, OTH, "응애에 강한 꿀벌 '버팀벌'은 지금까지 1,100개 농가에 보급됐다.",
          comment="a measured value without the target, before the deadline: progress, no fields"),
        m("ab-rda-bee-alert", "new", RDA, OTH,
          "농촌진흥청은 벌통 속 온도와 소리로 월동 폐사 징후를 미리 알려 주는 조기 경보 장치를 2027년 상반기까지 보급하겠다고 밝혔다.",
          deadline="2027-06-30", dtext="2027년 상반기까지", comment="a new commitment"),
        # 결핵 퇴치
        m("ab-kdca-tb-pcr-258", "achieved", KDCA, OTH,
          "신속 분자진단 장비는 약속대로 6월까지 전국 보건소 258곳에 모두 설치됐다.",
          target=258.0, unit="곳", comment=WHEN + " ('약속대로 6월까지'); the clause names the target"),
        m("ab-kdca-tb-elderly-250k", "delayed", KDCA, OTH,
          "65세 이상 노인 무료 검진은 지난해 23만 1,000명에 그쳐 목표 25만 명에 못 미쳤다.",
          target=250000.0, unit="명", prev="2025-12-31",
          comment="short after the deadline: delayed; '지난해' names the promised period (aa's '지난해 말 380만 명')"),
        m("ab-kdca-tb-van-20", "achieved", KDCA, OTH, "이동검진 차량은 3월에야 20대를 모두 갖췄다.",
          target=20.0, unit="대",
          comment="reached on the moved date (2026-03) but after the promised one: achieved late, no deadline fields"),
        m("ab-kdca-tb-pill-app", "cancelled", KDCA, OTH,
          "질병관리청은 결핵 환자의 복약 확인 앱 개발을 접고 보건소의 전화 확인을 늘리기로 했다.",
          comment="dropped: cancelled; no date named"),
        m("ab-mohw-tb-beds-30", "progress", MOHW, OTH,
          "결핵 격리 병상을 갖춘 지정 병원은 지금 26곳으로, 보건복지부가 연말까지 30곳을 채우려면 서둘러야 한다.",
          target=30.0, unit="곳", deadline="2026-12-31", dtext="연말까지",
          comment="short before the deadline: progress (the reporter's urging is no delay)"),
        m("ab-kdca-tb-contact-60", "delayed", KDCA, OTH,
          "결핵 접촉자 조사 전담 인력 60명은 상반기까지 48명만 뽑혀, 질병관리청은 남은 12명을 연말까지 채우겠다고 밝혔다.",
          target=12.0, unit="명", deadline="2026-12-31", dtext="연말까지", prev="2026-06-30",
          comment=LATER + "; the remainder is the target; the old date named ('상반기까지')"),
        m("ab-kdca-tb-incidence-20", "progress", KDCA, OTH, "지난해 결핵 발생률은 인구 10만 명당 31.6명으로 집계됐다.",
          comment="a measured value without the target, before the deadline (2030): progress, no fields"),
        m("ab-kdca-tb-ltbi-20s", "new", KDCA, OTH,
          "질병관리청은 2027년부터 대학 신입생과 사회초년생 등 20대의 잠복결핵 검진을 무료로 해 주겠다고 밝혔다.",
          deadline="2027-12-31", dtext="2027년부터", comment="a new commitment"),
        # 스마트 항만
        m("ab-mof-port-gwangyang", "delayed", MOF, OTH,
          "광양항 완전자동화 부두 개장은 시운전에서 원격 크레인 오류가 잇따르면서 올해 하반기에서 내년 상반기로 밀렸다.",
          deadline="2027-06-30", dtext="내년 상반기로", prev="2026-12-31",
          comment=AGO + "; the old date named ('올해 하반기에서'); names no body: 해양수산부"),
        m("ab-moef-port-yeta", "achieved", MPB, FIS, "인천 신항 자동화 부두의 예타는 6월 결과가 나와 사업이 확정됐다.",
          comment="reached on the moved date (상반기 안에) but after the promised one (2025): achieved late, no "
                  "fields; names no body: 기획예산처"),
        m("ab-moel-port-retrain-3000", "progress", MOEL, OTH, "하역 노동자 자동화 교육은 지금까지 1,350명이 마쳤다.",
          comment="a measured value without the target, before the deadline (2027): progress, no fields; names no "
                  "body: 고용노동부"),
        m("ab-mof-port-local-50", "revision", MOF, OTH,
          "해양수산부는 자동화 하역장비 국산화율 목표를 2030년 50%에서 40%로 낮췄다.",
          target=40.0, unit="%", deadline="2030-12-31", dtext="2030년", comment="a lowered target, the date unchanged: revision"),
        m("ab-mof-port-act", "cancelled", MOF, OTH,
          "하반기 중 국회에 내겠다던 '스마트 항만 특별법' 제정안은 기존 항만법을 고치는 쪽으로 방향이 바뀌면서 없던 일이 됐다.",
          prev="2026-12-31",
          comment="dropped: cancelled (before its deadline); the named date kept as previous_deadline (o-aa)"),
        m("ab-mof-port-pyeongtaek", "new", MOF, OTH, "해수부는 평택·당진항에도 2030년까지 자동화 부두를 짓겠다고 밝혔다.",
          deadline="2030-12-31", dtext="2030년까지",
          comment="a new commitment. Not annotated: the closing assessment, the outlet's own plan, the tally and "
                  "the links after the sign-off"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-24)
LAST = "2026-11-24"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    # 음주운전 근절
    ("ab-knpa-drunk-interlock", KNPA, OTH, "상습 음주운전자 음주운전 방지장치 부착 의무화 2025년 10월부터", "achieved",
     "in force from 2025-10-24 (on time; Nov 2025 fact-check)"),
    ("ab-knpa-drunk-detectors-1000", KNPA, OTH, "비접촉 음주 감지기 2025년 내 1,000대 보급 (남은 390대 → 2026년 3월)",
     "achieved", "610대 and the rest moved to March 2026 (Nov 2025); all placed April 2026 (late)"),
    ("ab-knpa-drunk-edu-48h", KNPA, OTH, "음주운전 재범자 특별교육 16시간 → 48시간 2025년 하반기부터", "achieved",
     "입법예고 in October 2025, 12월 aimed; in force February 2026 (late)"),
    ("ab-knpa-drunk-recid-35", KNPA, OTH, "음주운전 재범률 2027년까지 35% 아래로", "in_progress",
     "43.1% (Jan–Sep 2025, provisional); 41.8% in 2025"),
    ("ab-molit-drunk-record-rule", MOLIT, OTH, "사업용 차량 운전자 운행 전 음주 측정 기록 전산 보관 운수사업법 시행규칙 2025년 상반기 중",
     "achieved", "in force August 2025 (late)"),
    ("ab-molit-drunk-taxi-1600", MOLIT, OTH, "법인택시 회사 1,600여 곳 호흡식 음주측정기 2025년 내 보급 (→ 2026년 상반기)", "delayed",
     "700곳 and moved to H1 2026 (Nov 2025); 1,420곳 at the end of June 2026"),
    ("ab-moj-drunk-forfeit", MOJ, OTH, "상습 음주운전자 차량 압수·몰수 기준 2025년 3월부터 적용", "achieved",
     "applied from March 2025 (on time); 214대 by September"),
    ("ab-knpa-drunk-installers-30", KNPA, OTH, "방지장치 설치 업체 12곳 → 2026년 상반기까지 30곳 (남은 6곳 → 2026년 말)", "delayed",
     "24곳 by June 2026; the remaining 6 moved to the year's end (Nov 2026)"),
    ("ab-moj-drunk-penalty-bill", MOJ, OTH, "음주운전 치사 법정형 하한 상향 특가법 개정안 2027년 상반기까지 국회 제출", "announced", ""),
    # 청소년 스마트폰 과의존
    ("ab-moe-phone-bill", MOE, OTH, "수업 중 휴대폰 사용 제한 초·중등교육법 개정안 2025년 상반기 안에 국회 제출", "achieved",
     "submitted May 2025 (on time), passed August 2025"),
    ("ab-moe-phone-class-ban", MOE, OTH, "수업 중 휴대폰 사용 제한 2026년 3월 신학기부터 전국 초·중·고 적용", "achieved",
     "applied from the March 2026 term (on time)"),
    ("ab-moe-phone-textbook", MOE, OTH, "디지털 시민교육 교재 (초5~고1) 2025년 9월부터 학교 보급", "achieved",
     "distributed November 2025 (late)"),
    ("ab-mogef-phone-camp-1200", MGEF, OTH, "청소년 인터넷·스마트폰 치유캠프 정원 600명 → 2025년 1,200명", "delayed",
     "1,050명 in 2025; made by 여성가족부, 성평등가족부 since 2025-10-01"),
    ("ab-mogef-phone-link-80", MGEF, OTH, "과의존 위험군 청소년 상담 연계율 52% → 2026년까지 80%", "in_progress",
     "64% in 2025; 71% in September 2026; made by 여성가족부, 성평등가족부 since 2025-10-01"),
    ("ab-kcc-phone-sns-guide", KMCC, OTH, "만 14세 미만 SNS 가입 법정대리인 동의 확인 가이드라인 2025년 하반기 중", "achieved",
     "missed 2025, moved to H1 2026 (Mar 2026); issued June 2026 (late); made by 방송통신위원회, 방송미디어통신위원회 "
     "since 2025-10-01"),
    ("ab-msit-phone-centers-24", MSIT, OTH, "'디지털 쉼 센터' 18곳 → 2026년까지 24곳", "cancelled",
     "21곳 (Mar 2026); plan dropped for online counselling at the existing 21 (Nov 2026)"),
    ("ab-moe-phone-rule-audit", MOE, OTH, "학교별 휴대폰 사용 규칙 점검 결과 2026년 4월까지 공개", "delayed",
     "never followed up: its deadline (2026-04-30) passed with no report of achievement (date rule)"),
    ("ab-mgef-phone-camp-1500", MGEF, OTH, "청소년 치유캠프 정원 2026년 1,500명", "in_progress", "1,320명 by October 2026"),
    # 꿀벌 살리기
    ("ab-mafra-bee-nectar-30k", MAFRA, OTH, "밀원 단지 1만 5,000ha → 2030년까지 3만ha (→ 2만 5,000ha → 2만 2,000ha)", "revised",
     "lowered to 2만 5,000ha (Aug 2025) and to 2만 2,000ha (Nov 2026 report); 1만 9,000ha in September 2026"),
    ("ab-mafra-bee-nectar-2025", MAFRA, OTH, "밀원 2025년 2,000ha 신규 조성", "delayed",
     "1,020ha by August 2025; 1,780ha at the end of 2025"),
    ("ab-rda-bee-mite", RDA, OTH, "내성 응애용 천연물 방제제 2025년 하반기 중 농가 보급", "achieved",
     "registered July, supplied from September 2025 (on time)"),
    ("ab-rda-bee-breed-3000", RDA, OTH, "응애 저항성 꿀벌 '버팀벌' 2027년까지 양봉 농가 3,000곳", "in_progress",
     "200 농가 pilot (Sep 2025); 1,100 농가 (Nov 2026)"),
    ("ab-mafra-bee-insurance", MAFRA, OTH, "양봉 재해보험 월동 폐사 보상 2026년 1월부터", "achieved", "launched January 2026 (on time)"),
    ("ab-mafra-bee-diagnosis-17", MAFRA, OTH, "꿀벌 질병 진단 기관 2025년 내 17개 시도 모두 지정", "achieved",
     "12곳 (Sep 2025); all 17 by the end of 2025 (on time)"),
    ("ab-mafra-bee-restock-2000", MAFRA, OTH, "월동 폐사 농가 2,000곳 입식비 절반 2025년 내 지원", "delayed",
     "1,640곳 in 2025"),
    ("ab-rda-bee-alert", RDA, OTH, "꿀벌 월동 폐사 조기 경보 장치 2027년 상반기까지 보급", "announced", ""),
    # 결핵 퇴치
    ("ab-kdca-tb-incidence-20", KDCA, OTH, "결핵 발생률 인구 10만 명당 2030년까지 20명 이하", "in_progress",
     "34.9명 (2024); 31.6명 (2025)"),
    ("ab-kdca-tb-elderly-250k", KDCA, OTH, "65세 이상 독거노인까지 무료 결핵 검진 2025년 내 25만 명", "delayed",
     "14만 2,000명 by September 2025; 23만 1,000명 in 2025"),
    ("ab-kdca-tb-van-20", KDCA, OTH, "결핵 이동검진 차량 8대 → 2025년 내 20대 (남은 7대 → 2026년 3월)", "achieved",
     "13대 and the rest moved to March 2026 (Oct 2025); all 20 in March 2026 (late)"),
    ("ab-kdca-tb-pcr-258", KDCA, OTH, "신속 분자진단(PCR) 장비 2026년 상반기까지 보건소 258곳", "achieved",
     "110곳 (Oct 2025); all 258 by June 2026 (on time)"),
    ("ab-kdca-tb-pill-app", KDCA, OTH, "결핵 '복약 확인 앱' 2025년 내 출시", "cancelled",
     "held up by a privacy review (Oct 2025); dropped for phone checks by 보건소 (Nov 2026)"),
    ("ab-mohw-tb-beds-30", MOHW, OTH, "결핵 격리 병상 지정 병원 20곳 → 2026년까지 30곳", "in_progress",
     "22곳 (Oct 2025); 26곳 (Nov 2026)"),
    ("ab-moj-tb-visa", MOJ, OTH, "결핵 고위험국 외국인 취업·유학 장기체류 비자 검진 의무 2025년 7월부터", "achieved",
     "in force from July 2025 (on time)"),
    ("ab-kdca-tb-contact-60", KDCA, OTH, "결핵 접촉자 조사 전담 인력 60명 2026년 상반기까지 (남은 12명 → 2026년 말)", "delayed",
     "48명 by June 2026; the remaining 12 moved to the year's end (Nov 2026)"),
    ("ab-kdca-tb-ltbi-20s", KDCA, OTH, "20대 잠복결핵 무료 검진 2027년부터", "announced", ""),
    # 스마트 항만
    ("ab-mof-port-gwangyang", MOF, OTH, "광양항 완전자동화 컨테이너 부두 개장 (2026년 하반기 → 2027년 상반기)", "delayed",
     "시운전 from April 2026; moved to H1 2027 after crane faults (Nov 2026)"),
    ("ab-mof-port-busan", MOF, OTH, "부산항 신항 서측 자동화 부두 개장 (2027년 → 2027년 상반기로 앞당김)", "revised",
     "moved EARLIER to H1 2027 (Apr 2026)"),
    ("ab-mof-port-local-50", MOF, OTH, "항만 자동화 하역장비 국산화율 2030년까지 50% (→ 40%)", "revised",
     "18% at 광양 (Apr 2026); target lowered to 40% (Nov 2026)"),
    ("ab-mof-port-platform", MOF, OTH, "항만 물류 통합 플랫폼 '포트링크' 2025년 내 가동", "achieved",
     "opened December 2025 at 광양 and 부산 (on time)"),
    ("ab-mof-port-5g", MOF, OTH, "광양항 자동화 부두 5G 특화망 2025년 하반기 중 구축", "achieved", "built November 2025 (on time)"),
    ("ab-moef-port-yeta", MPB, FIS, "인천 신항 자동화 부두 예비타당성조사 결과 2025년 내 (→ 2026년 상반기)", "achieved",
     "missed 2025, promised for H1 2026 by 기획예산처 (Apr 2026); result in June 2026 (late); made by 기획재정부, "
     "under 기획예산처 (예타) since 2026-01-02"),
    ("ab-moel-port-retrain-3000", MOEL, OTH, "항만 하역 노동자 3,000명 자동화 장비 교육 2027년까지", "in_progress",
     "420명 in 2025; 1,350명 (Nov 2026)"),
    ("ab-mof-port-act", MOF, OTH, "'스마트 항만 특별법' 제정안 2026년 하반기 중 국회 제출", "cancelled",
     "dropped for an amendment of the 항만법 (Nov 2026)"),
    ("ab-mof-port-pyeongtaek", MOF, OTH, "평택·당진항 자동화 부두 2030년까지", "announced", ""),
]


if __name__ == "__main__":
    write(ROOT, "ab", PAGES, COMMITMENTS, LAST,
          ["ministry = the responsible body under the name valid on that date (여성가족부's 치유캠프 and 연계율 are",
           "listed under 성평등가족부, its successor from 2025-10-01; 방송통신위원회's SNS 가이드라인 under",
           "방송미디어통신위원회, its successor that day; 기획재정부's 인천 신항 예타 under 기획예산처, which took the",
           "budget and 예비타당성조사 on 2026-01-02; every other body kept its name through 2026-11-24)."],
          with_commitments="--commitments" in sys.argv[1:])
