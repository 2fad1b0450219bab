"""Writes the hand annotations of held-out set af to gold/*.toml.

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

NSSC = "원자력안전위원회"
ME = "환경부"                 # until 2025-09-30
MCEE = "기후에너지환경부"     # from 2025-10-01, 환경부's successor
MOLIT = "국토교통부"
MOEF = "기획재정부"           # until 2026-01-01
MOFE = "재정경제부"           # from 2026-01-02: 기획재정부's primary successor, took tax (주세 is a tax)
NTS = "국세청"
MAFRA = "농림축산식품부"
MFDS = "식품의약품안전처"
MCST = "문화체육관광부"
KCC = "방송통신위원회"        # until 2025-09-30
KMCC = "방송미디어통신위원회"  # from 2025-10-01, 방송통신위원회's successor
MOIS = "행정안전부"
NFA = "소방청"
KCG = "해양경찰청"
MOE = "교육부"

OTH = "other"      # 라돈, 주류 (식약처, 농식품부's shops), 웹툰 불법유통, 승강기, 물놀이: no topic of topics.toml fits
FIS = "fiscal"     # 기획재정부 → 재정경제부's 주세 promises (remit, cue 세법 where written) and 국세청's (remit_of only)
IND = "industry"   # 농식품부's 전통주 수출 target (cue 수출: an export target)

LATE = "achieved after the deadline the commitment named; no deadline fields"
WHEN = "on time, but the time words say when it was done, not what was promised: no deadline fields (q-ae)"
LATER = "deadline moved later: delayed (convention of j-ae), new date in deadline"
SHORT = "short after the deadline: delayed (convention 2)"
INST = "another body's promise or result stated by the speaker: the promising body, person '' (w-ae)"
NTSREM = "국세청: fiscal by topics.toml's remit_of (neither the sentence nor the article names a topic; uncertain call)"

PAGES: list[dict] = []

# ---------------------------------------------------------------- 라돈 1/2 (consumer magazine's test report, one deck line; 원안위, 환경부, 국토부)
P1_H = "[시험 리포트] '음이온' 침구 20개 중 2개 방사선 기준 초과…원안위 \"올해 3,000건 조사\""
P1_D = "환경부, 라돈 무료 측정 1만 가구로…국토부는 새 아파트 측정값 입주 전 공개"
PAGES.append(dict(
    source="2025-01-23_af_radon-test-report.txt", title=P1_H, published_at="2025-01-23",
    mentions=[
        m("af-nssc-radon-survey-3000", "new", NSSC, OTH, P1_H, target=3000.0, unit="건", deadline="2025-12-31",
          dtext="올해", comment="the headline's second clause quotes the body (원안위 = 원자력안전위원회), no person; the "
                               "first clause is the magazine's own test result (20개 중 2개: not a promise)"),
        m("af-me-radon-measure-10k", "new", ME, OTH, P1_D, target=10000.0, unit="가구",
          comment="one deck line, two commitments (two bodies); no date in the clause"),
        m("af-molit-radon-disclose", "new", MOLIT, OTH, P1_D, comment="'국토부' = 국토교통부; no date in the clause"),
        m("af-nssc-radon-survey-3000", "new", NSSC, OTH,
          "원안위는 올해 시중에 유통되는 가공제품 3,000건을 수거해 방사선 방출 여부를 측정하겠다고 밝혔다.",
          target=3000.0, unit="건", deadline="2025-12-31", dtext="올해",
          comment="1,200건 (next) is the baseline. The sentence before (the plan's release, the 2018 '라돈 침대' "
                  "history) is not annotated; the test lead (20개, 2개, 1mSv, 2.3배, 5개) is the magazine's own"),
        m("af-nssc-radon-ad-law", "new", NSSC, OTH,
          "음이온이나 '건강 효과'를 앞세운 가공제품 광고를 금지하는 생활방사선법 개정안도 상반기 중 국회에 제출하기로 했다.",
          deadline="2025-06-30", dtext="상반기 중", comment="subjectless: 원자력안전위원회 (the sentence before)"),
        m("af-nssc-radon-portal", "new", NSSC, OTH,
          "흩어져 있는 측정 결과와 수거 명령 정보를 한데 모은 통합 누리집 '라돈 바로알기'는 7월 문을 연다.",
          deadline="2025-07-31", dtext="7월",
          comment="a promise stated as an outcome, subjectless: 원자력안전위원회; '7월' on 2025-01-23 → 2025-07-31. "
                  "곽도운's quote (next) is undated ('바로 판매를 막겠다'): not annotated"),
        m("af-me-radon-measure-10k", "new", ME, OTH,
          "환경부는 라돈 무료 측정 서비스 대상을 지난해 6,000가구에서 올해 1만 가구로 늘린다.",
          target=10000.0, unit="가구", deadline="2025-12-31", dtext="올해",
          comment="6,000가구 is the baseline; '10곳 중 1곳꼴' (before) a statistic"),
        m("af-me-radon-reduce-3000", "new", ME, OTH,
          "권고기준(148Bq/㎥)을 넘는 집에 사는 저소득층 3,000가구에는 2026년까지 환기장치 등 저감 시설 설치비를 지원하겠다고 밝혔다.",
          target=3000.0, unit="가구", deadline="2026-12-31", dtext="2026년까지",
          comment="subjectless: 환경부 (the sentence before); 148Bq/㎥ is the rule in force, not the target"),
        m("af-molit-radon-disclose", "new", MOLIT, OTH,
          "국토교통부는 하반기부터 새로 짓는 공동주택의 라돈 측정 결과를 입주 전에 입주예정자에게 공개하도록 의무화한다.",
          deadline="2025-12-31", dtext="하반기부터",
          comment="Not annotated: 한국소비자원's survey '상반기 중' (no ministry), an open market's '다음 달부터' (a "
                  "company), the expert's view, the tips box after the sign-off"),
    ]))

# ---------------------------------------------------------------- 주류 1/2 (wire '(종합)' with its update note; 기재부, 국세청, 농식품부, 식약처)
P2_T = "전통주 주세 감면 대상 2배로…수제맥주·와인도 온라인 판매(종합)"
P2_L = "정부가 지역 양조장이 빚는 전통주의 주세 감면 대상을 두 배로 넓히고, 소규모 수제맥주·와인 양조장에도 온라인 판매를 허용한다."
PAGES.append(dict(
    source="2025-02-18_af_liquor-wire.txt", title=P2_T, published_at="2025-02-18",
    mentions=[
        m("af-moef-liquor-taxcut-1000", "new", MOEF, FIS, P2_T,
          comment="the title names no body: 기획재정부's tax measure; '2배로' is a relative change, not the target "
                  "level (the body's 1,000㎘ is): no target fields (uncertain call); one title, two commitments"),
        m("af-nts-liquor-online-sales", "new", NTS, FIS, P2_T, comment="names no body: 국세청's notice; " + NTSREM),
        m("af-moef-liquor-taxcut-1000", "new", MOEF, FIS, P2_L,
          comment="the wire's lead after ' = '; '정부' = the body of each clause (기획재정부, 국세청); '두 배로': no "
                  "target; one sentence, two commitments"),
        m("af-nts-liquor-online-sales", "new", NTS, FIS, P2_L, comment="'정부' = 국세청 (the notice is its)"),
        m("af-moef-liquor-taxcut-1000", "new", MOEF, FIS,
          "기재부는 주세의 50%를 깎아 주는 전통주 감면 대상을 연간 출고량 500㎘ 이하 양조장에서 1,000㎘ 이하로 넓히는 내용을 7월 세법개정안에 담겠다고 밝혔다.",
          target=1000.0, unit="㎘", deadline="2025-07-31", dtext="7월",
          comment="a promise to put a clause in the July tax bill; 500㎘ is the baseline, 50% the rate (a rule). "
                  "The 감면 한도 sentence (next) describes the rule kept"),
        m("af-moef-liquor-specific-tax", "new", MOEF, FIS,
          "위스키·소주 등 증류주에 매기는 주세를 가격 기준(종가세)에서 알코올 도수와 양 기준(종량세)으로 바꾸는 방안은 연구용역을 거쳐 연내 마련하기로 했다.",
          deadline="2025-12-31", dtext="연내",
          comment="subjectless: 기획재정부; fiscal by remit (no cue: '주세', '종량세' are none). 2020's 맥주·탁주 "
                  "(next) is history; 표가윤's quote is undated"),
        m("af-nts-liquor-online-sales", "new", NTS, FIS,
          "국세청은 상반기 중 '주류 통신판매 고시'를 고쳐 연간 생산량이 일정 규모 이하인 소규모 맥주·와인 제조자도 자기 제품을 온라인으로 팔 수 있게 한다.",
          deadline="2025-06-30", dtext="상반기 중",
          comment=NTSREM + "; the telecom cue '통신' inside '통신판매' (the notice's name) is a trap. The next two "
                  "sentences (전통주 only today; the 성인 인증 '방침') describe the rule"),
        m("af-nts-liquor-license-15d", "new", NTS, FIS, "주류 제조면허 처리 기간도 하반기부터 평균 30일에서 15일로 줄인다.",
          target=15.0, unit="일", deadline="2025-12-31", dtext="하반기부터",
          comment="subjectless: 국세청 (the sentence before); '15일' is how fast (a target), 30일 the baseline; "
                  + NTSREM),
        m("af-mafra-liquor-export-50m", "new", MAFRA, IND,
          "농식품부는 지난해 1,800만 달러였던 전통주 수출액을 2027년까지 5,000만 달러로 늘리겠다는 목표를 내놨다.",
          target=50000000.0, unit="달러", deadline="2027-12-31", dtext="2027년까지",
          comment="an export target: industry by its cue '수출' (uncertain call: 전통주 promotion is also defensible as "
                  "other); 1,800만 달러 is the baseline; the means (next) undated"),
        m("af-mfds-liquor-calorie-label", "new", MFDS, OTH, "식약처는 소주·맥주 등 주류의 열량(칼로리) 표시를 내년 1월부터 의무화한다.",
          deadline="2026-01-31", dtext="내년 1월부터",
          comment="'식약처' = 식품의약품안전처; '내년 1월부터' on 2025-02-18 → 2026-01-31. Not annotated: the market "
                  "figures (1,400여 곳, 90%, 1,600억 원, 1.5%), the brewers and the 시민단체, the lawmaker's bill '다음 "
                  "달' (a lawmaker), 일본 (foreign)"),
    ]))

# ---------------------------------------------------------------- 웹툰 1/2 (speech transcript [전문] with a summary box; 문체부, 방통위)
P3_T = "[전문] 은주하 문체부 저작권국장 \"웹툰 불법유통 피해 2027년까지 절반으로\""
SP = "the speaker's own body (문체부) in her speech: person 은주하 (the title and the editor's note name her)"
PAGES.append(dict(
    source="2025-03-26_af_webtoon-speech.txt", title=P3_T, published_at="2025-03-26",
    mentions=[
        m("af-mcst-piracy-damage-200b", "new", MCST, OTH, P3_T, person="은주하", deadline="2027-12-31",
          dtext="2027년까지",
          comment="the quoted title names the speaker (ad's radio title); '절반으로' has no numeral: no target here"),
        m("af-kcc-piracy-block-7d", "new", KCC, OTH,
          "- 불법 사이트 접속 차단까지 평균 3주 → 7일 이내(하반기부터, 방송통신위원회)",
          target=7.0, unit="일", deadline="2025-12-31", dtext="하반기부터",
          comment="the summary box's bullets are annotated like deck lines, whole with their marker (person ''); "
                  "'7일 이내' is how fast (a target), 3주 the baseline"),
        m("af-mcst-piracy-ai-detect", "new", MCST, OTH, "- AI 불법 복제물 자동 탐지 시스템 연내 구축",
          deadline="2025-12-31", dtext="연내"),
        m("af-mcst-piracy-ad-pact-100", "new", MCST, OTH,
          "- 광고·결제대행사 100곳과 '불법 사이트 광고 중단 협약' 상반기 중 체결",
          target=100.0, unit="곳", deadline="2025-06-30", dtext="상반기 중"),
        m("af-kcc-piracy-block-7d", "new", KCC, OTH, "방송통신위원회는 하반기부터 이 기간을 7일 이내로 줄이기로 했습니다.",
          target=7.0, unit="일", deadline="2025-12-31", dtext="하반기부터",
          comment=INST + ". The sentence before (방송통신심의위원회, 3주) is context and carries the telecom cue "
                         "'통신' in a name that is not in ministries.csv (a trap); '먼저 빨리 막겠습니다' is an umbrella"),
        m("af-mcst-piracy-ai-detect", "new", MCST, OTH,
          "문체부는 연내 인공지능(AI)으로 불법 복제 웹툰을 자동으로 찾아내는 탐지 시스템을 구축하겠습니다.",
          person="은주하", deadline="2025-12-31", dtext="연내", comment=SP + "; 120명 (before) is the baseline"),
        m("af-mcst-piracy-ad-pact-100", "new", MCST, OTH,
          "상반기 중 광고대행사와 결제대행사 100곳과 '불법 사이트 광고 중단 협약'을 맺겠습니다.",
          person="은주하", target=100.0, unit="곳", deadline="2025-06-30", dtext="상반기 중",
          comment=SP + "; the next sentences describe the pact and foreign self-regulation"),
        m("af-mcst-piracy-centers-8", "new", MCST, OTH,
          "현재 4곳인 해외 저작권센터를 2026년까지 8곳으로 늘려 현지 수사기관과 공조를 강화하겠습니다.",
          person="은주하", target=8.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment=SP + "; 4곳 is the baseline; the 경찰청·인터폴 sentence (next) is undated"),
        m("af-mcst-piracy-damage-200b", "new", MCST, OTH,
          "이를 통해 2027년까지 웹툰 불법유통 피해액을 지금의 절반인 2,000억 원 이하로 줄이는 것이 저희 목표입니다.",
          person="은주하", target=200000000000.0, unit="원", deadline="2027-12-31", dtext="2027년까지",
          comment=SP + "; 4,100억 원 (2023, earlier) is the baseline. Not annotated: the 480여 곳 and the author's "
                       "anecdote, the 소송 지원 '검토', the bill in the 국회 (lawmakers), the closing"),
    ]))

# ---------------------------------------------------------------- 승강기 1/2 (apartment app notice summarising a press release; 행안부, 국토부, 소방청)
P4_Q = "\"행안부, 노후 승강기 교체 융자 3,000대로…내년부터 새 승강기 원격감시 의무화\""
NOTICE = "the notice's ○ line (the ministry's release summarised), annotated whole with its marker; person ''"
PAGES.append(dict(
    source="2025-05-13_af_elevator-notice.txt", title="[관리사무소] 승강기 안전관리 제도 변경 안내 및 단지 승강기 교체 일정",
    published_at="2025-05-13",
    mentions=[
        m("af-mois-lift-loan-3000", "new", MOIS, OTH, P4_Q, target=3000.0, unit="대",
          comment="the release's title quoted in the notice (the whole line with its quote marks, as a headline); "
                  "one line, two commitments; no date in this clause. The post's own title has no promise"),
        m("af-mois-lift-iot-new", "new", MOIS, OTH, P4_Q, deadline="2026-12-31", dtext="내년부터",
          comment="'내년부터' on 2025-05-13 → 2026-12-31 (the phrase's own period; the body says '내년 1월부터')"),
        m("af-mois-lift-loan-3000", "new", MOIS, OTH,
          "○ 설치 25년이 넘은 노후 승강기 교체비 융자 지원을 올해 3,000대로 늘립니다(지난해 1,100대).",
          target=3000.0, unit="대", deadline="2025-12-31", dtext="올해",
          comment=NOTICE + "; 1,100대 is the baseline; the next ○ (70%, 1%대) describes the loan"),
        m("af-mois-lift-iot-new", "new", MOIS, OTH,
          "○ 내년 1월부터 새로 설치하는 승강기에는 고장·갇힘을 실시간으로 알리는 원격 감시 장치(IoT) 설치가 의무화됩니다.",
          deadline="2026-01-31", dtext="내년 1월부터", comment=NOTICE),
        m("af-mois-lift-online-edu", "new", MOIS, OTH, "○ 7월부터 승강기 안전관리자 법정 교육을 온라인으로도 받을 수 있습니다.",
          deadline="2025-07-31", dtext="7월부터", comment=NOTICE + "; subjectless: 행정안전부 (the release)"),
        m("af-molit-lift-cycle-25y", "new", MOLIT, OTH,
          "○ 국토교통부는 장기수선계획상 승강기 교체 주기를 15년에서 25년으로 늘리는 공동주택관리법 시행규칙 개정을 상반기 중 마칠 예정입니다.",
          target=25.0, unit="년", deadline="2025-06-30", dtext="상반기 중",
          comment=NOTICE + "; '25년' is the rule value the amendment sets (ae's 95dB), 15년 the baseline"),
        m("af-nfa-lift-auto-dispatch", "new", NFA, OTH,
          "○ 소방청은 하반기 중 승강기 갇힘 신고가 들어오면 유지관리업체에도 자동으로 출동 요청이 가도록 119 신고 시스템을 바꿉니다.",
          deadline="2025-12-31", dtext="하반기 중", comment=NOTICE),
        m("af-mois-lift-deaths-10", "new", MOIS, OTH,
          "○ 정부는 승강기 사고 사망자를 2027년까지 한 해 10명 이하로 줄이는 것이 목표라고 밝혔습니다.",
          target=10.0, unit="명", deadline="2027-12-31", dtext="2027년까지",
          comment=NOTICE + "; '정부' = the release's body, 행정안전부; 17명 (※ line) is the baseline. Not annotated: "
                           "the complex's own plans ('8월 중' 101동 교체, 103동 '검토', the 입대의 meeting '다음 달', "
                           "its 장기수선계획 '확정되면'), the tips, the comments"),
    ]))

# ---------------------------------------------------------------- 물놀이 1/3 (ministry site's FAQ page: ■ box, Q/A; 행안부, 해경, 소방청, 교육부)
FAQ = "the FAQ's answer, 행정안전부's page: person ''; the answer starts after 'A. ' or '. '"
PAGES.append(dict(
    source="2025-06-24_af_water-safety-faq.txt", title="여름철 물놀이 안전대책, 무엇이 달라지나요?", published_at="2025-06-24",
    mentions=[
        m("af-mois-water-deaths-2025", "new", MOIS, OTH, "· 물놀이 사망자 8월 말까지 15명 이하로",
          target=15.0, unit="명", deadline="2025-08-31", dtext="8월 말까지",
          comment="the ■ box's bullets are annotated like deck lines, whole with their marker; names no body: the "
                  "page's, 행정안전부. The page title (a question) is not annotated"),
        m("af-mois-water-guards-1500", "new", MOIS, OTH, "· 하천·계곡 안전관리요원 1,500곳, 연안 구명조끼 무료 대여소 300곳(7월)",
          target=1500.0, unit="곳", deadline="2025-07-31", dtext="7월",
          comment="one bullet, two commitments; '(7월)' dates both"),
        m("af-kcg-water-vest-300", "new", KCG, OTH, "· 하천·계곡 안전관리요원 1,500곳, 연안 구명조끼 무료 대여소 300곳(7월)",
          target=300.0, unit="곳", deadline="2025-07-31", dtext="7월", comment="names no body: 해양경찰청's (the Q4 answer)"),
        m("af-moe-water-swim-grade12", "new", MOE, OTH, "· 초등 생존수영 실기 교육 1·2학년까지 확대(내년부터)",
          deadline="2026-12-31", dtext="내년부터", comment="names no body: 교육부's; '내년부터' on 2025-06-24 → 2026-12-31"),
        m("af-mois-water-deaths-2025", "new", MOIS, OTH,
          "정부는 올해 여름철 안전관리 기간이 끝나는 8월 말까지 물놀이 사망자를 15명 이하로 줄이는 것을 목표로 합니다.",
          target=15.0, unit="명", deadline="2025-08-31", dtext="8월 말까지",
          comment=FAQ + "; '정부' = 행정안전부 (the plan's lead body); 24명 (before) is the baseline. The Q2 answer's "
                        "figures (120명, 66명, 38명 …) are statistics"),
        m("af-mois-water-guards-1500", "new", MOIS, OTH,
          "하천·계곡 등 물놀이 위험구역 안전관리요원 배치 지역을 지난해 1,200곳에서 7월부터 1,500곳으로 늘립니다.",
          target=1500.0, unit="곳", deadline="2025-07-31", dtext="7월부터",
          comment=FAQ + "; the answer's first sentence ('네.') is not annotated; 1,200곳 is the baseline; the 국비 "
                        "sentence (next) describes the funding"),
        m("af-kcg-water-vest-300", "new", KCG, OTH,
          "해양경찰청은 해수욕장 밖 갯바위·방파제 등 연안 사고 위험구역에 구명조끼 무료 대여소 300곳을 7월 중 설치합니다.",
          target=300.0, unit="곳", deadline="2025-07-31", dtext="7월 중",
          comment=FAQ + "; the next sentences (휴대전화 인증; 해수욕장 run by local governments) describe"),
        m("af-nfa-water-rescuers-2025", "new", NFA, OTH,
          "소방청은 7월부터 주요 계곡과 하천에 119 시민수상구조대 4,000명을 배치합니다.",
          target=4000.0, unit="명", deadline="2025-07-31", dtext="7월부터", comment=FAQ),
        m("af-moe-water-swim-grade12", "new", MOE, OTH,
          "교육부는 지금 초등학교 3~6학년이 받는 생존수영 실기 교육을 내년부터 1·2학년까지 넓힙니다.",
          deadline="2026-12-31", dtext="내년부터", comment=FAQ + "; 교육부's promise on 행정안전부's page keeps 교육부"),
        m("af-moe-water-pools-100", "new", MOE, OTH,
          "학교 수영장이 없는 지역을 위해 2027년까지 학교 운동장 등에 설치하는 이동식 수영장 100곳을 지원할 계획입니다.",
          target=100.0, unit="곳", deadline="2027-12-31", dtext="2027년까지", comment="subjectless: 교육부"),
        m("af-mois-water-level-alert-50", "new", MOIS, OTH,
          "8월부터 계곡 50곳에서 상류 수위가 갑자기 오르면 주변 방문객 휴대전화로 위험 알림을 보내는 '실시간 계곡 수위 알림' 서비스를 시범 운영합니다.",
          target=50.0, unit="곳", deadline="2025-08-31", dtext="8월부터",
          comment=FAQ + "; subjectless: 행정안전부. Not annotated: '전국 확대 여부를 정할 예정' (conditional), the "
                        "Q8 rules, the 시·군·구's '6월 말까지' (local governments), the ※ note"),
    ]))

# ---------------------------------------------------------------- 주류 2/2 (economic desk's reporters' dialogue, [name] lines above each turn; 기재부, 국세청, 농식품부, 식약처)
P6_T = "[세종 뒷담화] 전통주 감면은 세법개정안에 담겼는데…수제맥주 온라인 판매는 9월로"
TALK = "a reporter's turn (the speaker line above it): the article's own account, person ''"
PAGES.append(dict(
    source="2025-08-05_af_liquor-desk-talk.txt", title=P6_T, published_at="2025-08-05",
    mentions=[
        m("af-moef-liquor-taxcut-1000", "achieved", MOEF, FIS, P6_T,
          comment="in the July tax bill, as promised: " + WHEN + "; names no body: 기획재정부; cue '세법'; one title, "
                  "two commitments"),
        m("af-nts-liquor-online-sales", "delayed", NTS, FIS, P6_T, deadline="2025-09-30", dtext="9월로",
          comment=LATER + "; names no body: 국세청"),
        m("af-moef-liquor-taxcut-1000", "achieved", MOEF, FIS,
          "전통주 주세 50% 감면 대상을 연간 출고량 500㎘ 이하에서 1,000㎘ 이하 양조장으로 넓히는 내용이 세법개정안에 그대로 들어갔습니다.",
          target=1000.0, unit="㎘",
          comment=TALK + "; subjectless: 기획재정부 (the sentence before, '기재부가 2월에 한 약속은 지켰어요', which names "
                         "no promise: not annotated); " + WHEN + "; the clause names the target. '국회를 통과하면 …' "
                         "(next) is conditional"),
        m("af-moef-liquor-specific-tax", "progress", MOEF, FIS,
          "표가윤 환경에너지세제과장은 \"연구용역 결과를 보고 연내 전환 방안을 내놓겠다\"고 하더라고요.",
          person="표가윤", deadline="2025-12-31", dtext="연내",
          comment="indirect frame + quote (the reporter quotes him): person 표가윤; the promise restated with its "
                  "date: progress. '이번 개정안에선 빠졌어요' is not a delay (the promise was a plan within the year); "
                  "the industry's '물 건너간 것' is speculation"),
        m("af-nts-liquor-online-sales", "delayed", NTS, FIS,
          "국세청은 소규모 제조자 기준을 놓고 업계와 이견을 좁히느라 통신판매 고시 개정을 9월로 미뤘습니다.",
          deadline="2025-09-30", dtext="9월로",
          comment=LATER + "; the old date is only in the other reporter's question ('상반기 중이라고'): no "
                          "previous_deadline; '통신판매' carries the telecom cue '통신' (a trap, fiscal by remit)"),
        m("af-mafra-liquor-export-50m", "progress", MAFRA, IND,
          "상반기 전통주 수출액이 1,100만 달러였는데, 2027년까지 5,000만 달러로 늘리겠다는 목표까지는 갈 길이 멀어요.",
          target=50000000.0, unit="달러", deadline="2027-12-31", dtext="2027년까지",
          comment="a measured value with the target and its date named, before the deadline: progress; subjectless: "
                  "농림축산식품부 (the question names it)"),
        m("af-mafra-liquor-shops-30", "new", MAFRA, OTH,
          "농식품부는 내년 말까지 공항 면세구역과 주요 관광지에 '우리술 전문 매장' 30곳을 열겠다고 했습니다.",
          target=30.0, unit="곳", deadline="2026-12-31", dtext="내년 말까지",
          comment="a new commitment ('대신 새 카드를 꺼냈어요' before it is not annotated); shops, not exports: other"),
        m("af-mfds-liquor-calorie-label", "progress", MFDS, OTH, "식약처는 내년 1월 의무화 일정에 변함이 없다고 했어요.",
          deadline="2026-01-31", dtext="내년 1월",
          comment="a restated promise on course: progress. Not annotated: the industry's request for a delay, the "
                  "brewer's words and 기재부's estimate (40곳, 30억 원: effects), the export markets, the opposition "
                  "lawmaker's bill '이달 중', the questions"),
    ]))

# ---------------------------------------------------------------- 물놀이 2/3 (a reporter's Threads thread, n/11 posts, replies; 행안부, 해경, 소방청, 교육부)
THR = "the reporter's post, annotated like news (person ''); a ✅/⚠️ line is annotated whole with its emoji"
PAGES.append(dict(
    source="2025-09-09_af_water-thread.txt", title="올여름 물놀이 안전대책 결산 🧵 (1/11)", published_at="2025-09-09",
    mentions=[
        m("af-mois-water-deaths-2025", "delayed", MOIS, OTH, "올해 6~8월 물놀이 사망자는 19명이었습니다.",
          comment="a measured value above the cap after the deadline (2025-08-31): delayed (convention 2), no fields; "
                  "names no body: 행정안전부 (its results); '결론부터.' before it is not annotated"),
        m("af-mois-water-deaths-2025", "delayed", MOIS, OTH,
          "정부가 6월에 내건 목표는 '8월 말까지 15명 이하'였으니 목표를 넘긴 셈입니다.",
          target=15.0, unit="명", prev="2025-08-31",
          comment=SHORT + "; the clause names the target and the missed date ('8월 말까지'); '정부' = 행정안전부; "
                          "23명 (next) is last year's"),
        m("af-mois-water-guards-1500", "achieved", MOIS, OTH,
          "✅ 하천·계곡 안전관리요원 배치 지역은 약속대로 7월 1일부터 1,500곳으로 늘었습니다.",
          target=1500.0, unit="곳", comment=THR + "; " + WHEN + "; the clause names the target"),
        m("af-mois-water-level-alert-50", "achieved", MOIS, OTH,
          "✅ 계곡 50곳 '실시간 수위 알림' 시범 서비스도 8월 1일 시작됐습니다.",
          target=50.0, unit="곳", comment=THR + "; " + WHEN + "; 2명 / 17명 / 37번 (next) are results"),
        m("af-kcg-water-vest-300", "delayed", KCG, OTH,
          "⚠️ 해경이 7월 중 설치하겠다던 구명조끼 무료 대여소는 300곳 가운데 212곳만 문을 열었습니다.",
          target=300.0, unit="곳", prev="2025-07-31",
          comment=SHORT + "; '해경' = 해양경찰청; the clause names the target and the missed date"),
        m("af-kcg-water-vest-300", "delayed", KCG, OTH,
          "해경은 부지 협의가 늦어진 나머지 88곳을 내년 6월까지 설치하겠다고 밝혔습니다.",
          target=88.0, unit="곳", deadline="2026-06-30", dtext="내년 6월까지",
          comment=LATER + "; the remainder is the target of the sentence that moves it"),
        m("af-nfa-water-rescuers-2025", "delayed", NFA, OTH,
          "⚠️ 소방청 119 시민수상구조대는 목표 4,000명에 못 미치는 3,870명이 배치됐습니다.",
          target=4000.0, unit="명", comment=SHORT + " ('7월부터'); the missed date is not named: no previous_deadline"),
        m("af-mois-water-ai-cctv-30", "new", MOIS, OTH,
          "행안부는 내년 6월부터 사망 사고가 잦은 계곡 30곳에 물에 빠진 사람을 인공지능(AI)이 감지해 119와 현장 방송으로 알리는 CCTV를 설치하겠다고 했습니다.",
          target=30.0, unit="곳", deadline="2026-06-30", dtext="내년 6월부터",
          comment="a new commitment ('그래서 새 대책도 나왔습니다.' before it is not annotated); '내년 6월부터' on "
                  "2025-09-09 → 2026-06-30. The 6/11 and 7/11 posts (41% → 67%, 19건, 11건, 5건, 16건) are statistics"),
        m("af-moe-water-swim-grade12", "progress", MOE, OTH,
          "생존수영 1·2학년 확대는 교육부가 내년부터 예정대로 시작한다고 다시 확인했습니다.",
          deadline="2026-12-31", dtext="내년부터",
          comment="a restated promise on course: progress. Not annotated: 강원도's 출입 통제선 '내년 여름부터' (a local "
                  "government), the link to the reporter's own article (its headline repeats the 88곳 delay: a "
                  "promotion, not a new report; uncertain call), the replies after the post"),
    ]))

# ---------------------------------------------------------------- 웹툰 2/2 (TV debate transcript excerpt, [name] lines above each turn; 문체부, 방미통위)
P8_T = "[광장] 불법 웹툰 차단 6일로 빨라졌지만…AI 탐지는 내년으로"
HT = "하태온's answer (the speaker line names him) on his own body's (문체부) promise: person 하태온"
PAGES.append(dict(
    source="2025-12-10_af_webtoon-debate.txt", title=P8_T, published_at="2025-12-10",
    mentions=[
        m("af-kcc-piracy-block-7d", "achieved", KMCC, OTH, P8_T,
          comment="done within 하반기: achieved, no fields ('6일' is the result); names no body: 방송통신위원회's "
                  "promise, under its name on the page's date, 방송미디어통신위원회; one title, two commitments"),
        m("af-mcst-piracy-ai-detect", "delayed", MCST, OTH, P8_T, deadline="2026-12-31", dtext="내년으로",
          comment=LATER + "; '내년으로' on 2025-12-10 → 2026-12-31 (the phrase's own period; the body says 상반기)"),
        m("af-kcc-piracy-block-7d", "achieved", KMCC, OTH,
          "방송미디어통신위원회가 심의 절차를 바꾸면서 11월부터 불법 사이트 접속 차단까지 평균 6일이 걸리고 있습니다.",
          comment=INST + "; " + WHEN + "; 6일 is the result, not the target. '가장 체감되는 건 차단 속도입니다.' is not "
                         "annotated"),
        m("af-kcc-piracy-block-7d", "achieved", KMCC, OTH, "3월에 약속드린 '7일 이내'를 지킨 겁니다.",
          target=7.0, unit="일",
          comment="the same achievement restated with the target; 문체부's official speaking for the government on "
                  "방미통위's promise: person '' (w-ae; uncertain call: '약속드린' is first person)"),
        m("af-mcst-piracy-ai-detect", "delayed", MCST, OTH,
          "학습용 데이터를 만드는 데 작가님들 동의를 받는 과정이 길어지면서 AI 탐지 시스템 구축은 내년 상반기로 미뤄졌습니다.",
          person="하태온", deadline="2026-06-30", dtext="내년 상반기로",
          comment=HT + "; " + LATER + "; the old date is only in the host's question: no previous_deadline; '그 "
                                     "부분은 늦어졌습니다.' (no promise named) is not annotated"),
        m("af-mcst-piracy-ai-detect", "progress", MCST, OTH,
          "대신 시범 버전으로 지난달부터 주요 불법 사이트 20곳을 감시하고 있습니다.",
          person="하태온",
          comment=HT + "; work under way on the delayed system (a pilot): progress (uncertain call: a stop-gap, not "
                       "the promised system)"),
        m("af-mcst-piracy-ad-pact-100", "delayed", MCST, OTH,
          "상반기 중 100곳과 협약을 맺겠다고 했는데 지금까지 74곳입니다.",
          person="하태온", target=100.0, unit="곳", prev="2025-06-30",
          comment=HT + "; " + SHORT + "; the clause names the target and the missed date ('상반기 중')"),
        m("af-mcst-piracy-ad-pact-100", "delayed", MCST, OTH, "내년 상반기까지는 100곳을 채우겠습니다.",
          person="하태온", target=100.0, unit="곳", deadline="2026-06-30", dtext="내년 상반기까지",
          comment=HT + "; " + LATER + ". 툰브릿지's watermark '내년부터' (a company) is not annotated"),
        m("af-mcst-piracy-centers-8", "progress", MCST, OTH,
          "올해 필리핀 마닐라와 튀르키예 이스탄불에 새로 열어 지금 6곳입니다.",
          person="하태온", comment=HT + "; a measured value without the target: progress, no fields"),
        m("af-mcst-piracy-centers-8", "progress", MCST, OTH, "내년까지 8곳을 채우겠습니다.",
          person="하태온", target=8.0, unit="곳", deadline="2026-12-31", dtext="내년까지",
          comment=HT + "; the promise restated with its date ('2026년까지' = '내년까지'): progress"),
        m("af-mcst-piracy-copyright-bill", "new", MCST, OTH,
          "그래서 불법 사이트 접속 차단의 근거와 해외 운영자의 범죄수익 몰수 규정을 담은 저작권법 개정안을 내년 상반기 국회에 제출하겠습니다.",
          person="하태온", deadline="2026-06-30", dtext="내년 상반기",
          comment=HT + "; a new commitment (a bill). 류단우's turn before it (with the telecom cue '정보통신망법') is "
                       "not annotated"),
        m("af-mcst-piracy-damage-200b", "progress", MCST, OTH, "올해 상반기 피해 추정액이 1,300억 원입니다.",
          person="하태온",
          comment=HT + "; a measured value without the target: progress, no fields. '15%쯤 줄어드는 흐름' is an "
                       "estimate and '충분히 달성할 수 있다고 봅니다' a view (not annotated). Not annotated: the host, "
                       "보늬, 여진솔 (20%, 30%), the viewers' comments"),
    ]))

# ---------------------------------------------------------------- 승강기 2/2 (local online paper: 시의회 시정질문 report, quoted title, one deck line; 행안부, 국토부, 소방청)
P9_T = "\"25년 넘은 승강기 1,900대, 시는 뭐 했나\"…하람시의회 시정질문"
P9_D = "정부 노후 승강기 교체 융자 지난해 2,460대에 그쳐…국토부 수선 주기 개정은 상반기로"
PAGES.append(dict(
    source="2026-02-24_af_elevator-council.txt", title=P9_T, published_at="2026-02-24",
    mentions=[
        m("af-mois-lift-loan-3000", "delayed", MOIS, OTH, P9_D, prev="2025-12-31",
          comment=SHORT + "; '지난해' names the promised period; no target in the clause; names no body: "
                          "행정안전부; one deck line, two commitments. The title (a councillor's quote) is not "
                          "annotated"),
        m("af-molit-lift-cycle-25y", "delayed", MOLIT, OTH, P9_D, deadline="2026-06-30", dtext="상반기로",
          comment=LATER + "; '상반기로' on 2026-02-24 → 2026-06-30"),
        m("af-mois-lift-loan-3000", "delayed", MOIS, OTH,
          "행정안전부는 지난해 5월 노후 승강기 교체비 융자를 3,000대로 늘리겠다고 했지만, 실제 융자가 나간 것은 2,460대에 그쳤다.",
          target=3000.0, unit="대",
          comment=SHORT + "; '지난해 5월' is when it was promised, not its deadline: no previous_deadline. '정부 "
                          "대책의 이행도 더디다.' (before) is not annotated; the reason (next) is context"),
        m("af-mois-lift-loan-4000", "new", MOIS, OTH,
          "행안부는 올해 융자 대상을 4,000대로 늘리고, 신청 서류도 간소화하겠다고 밝혔다.",
          target=4000.0, unit="대", deadline="2026-12-31", dtext="올해",
          comment="a new year's target after a missed one is its own commitment (ad)"),
        m("af-molit-lift-cycle-25y", "delayed", MOLIT, OTH,
          "입주민 부담을 덜기 위해 국토교통부가 지난해 상반기 중 고치겠다던 공동주택 장기수선계획의 승강기 교체 주기 개정(15년→25년)도 아직 이뤄지지 않았다.",
          target=25.0, unit="년", prev="2025-06-30",
          comment="not done after its deadline: delayed; the missed date named ('지난해 상반기 중'); the clause names the "
                  "rule value"),
        m("af-molit-lift-cycle-25y", "delayed", MOLIT, OTH,
          "국토부는 관계기관 협의를 거쳐 올해 상반기 중 시행규칙을 개정하겠다는 입장이다.",
          deadline="2026-06-30", dtext="올해 상반기 중", comment=LATER),
        m("af-mois-lift-iot-new", "achieved", MOIS, OTH,
          "새로 설치하는 승강기에 원격 감시 장치를 달도록 한 제도는 예정대로 1월부터 시행됐다.",
          comment=WHEN + "; names no body: 행정안전부. '다른 약속은 제때 지켜졌다.' (before) is not annotated"),
        m("af-nfa-lift-auto-dispatch", "achieved", NFA, OTH,
          "소방청이 약속한 '갇힘 신고 시 유지관리업체 자동 출동 요청'도 지난해 11월부터 전국에서 운영되고 있다.",
          comment="done within 하반기 (November 2025): achieved, " + WHEN),
        m("af-mois-lift-online-edu", "achieved", MOIS, OTH,
          "승강기 안전관리자 법정 교육은 지난해 7월부터 온라인으로도 받을 수 있게 됐다.",
          comment=WHEN + "; names no body: 행정안전부"),
        m("af-mois-lift-deaths-10", "progress", MOIS, OTH,
          "행안부에 따르면 지난해 승강기 사고 사망자는 13명으로 전년(17명)보다 4명 줄었다.",
          comment="a measured value without the target, before the deadline (2027): progress, no fields. Not "
                  "annotated: the 갇힘 신고 2만 3,000여 건, the company head, the councillor's questions and his "
                  "ordinance '다음 달', the 시장's answer (시비 10억 원 in the '추경' — a fiscal cue —, 50대, 전담 창구 "
                  "'상반기 안에': a local government) and the 국장's '협의하겠다'"),
    ]))

# ---------------------------------------------------------------- 물놀이 3/3 (school's 가정통신문 on its homepage; 교육부, 행안부, 해경, 소방청)
LET = "the letter's account of a body's promise or result: person ''"
PAGES.append(dict(
    source="2026-06-30_af_water-school-letter.txt", title="2026-87호 여름방학 물놀이 안전 및 생존수영 교육 안내",
    published_at="2026-06-30",
    mentions=[
        m("af-moe-water-swim-grade12", "achieved", MOE, OTH,
          "교육부가 지난해 발표한 대로 올해부터 생존수영 실기 교육이 1·2학년까지 확대되었습니다.",
          comment=LET + "; in force from 2026 as promised ('내년부터' of 2025): achieved, " + WHEN + ". The school's "
                        "own schedule ('2학기에', 4시간, '7월 10일까지') is not annotated"),
        m("af-moe-water-swim-hours-12", "new", MOE, OTH,
          "교육부는 내년부터 3학년 이상 학생의 생존수영 실기 교육 시간을 연 10시간에서 12시간으로 늘릴 계획이라고 밝혔습니다.",
          target=12.0, unit="시간", deadline="2027-12-31", dtext="내년부터",
          comment="a new commitment; 10시간 is the baseline; '내년부터' on 2026-06-30 → 2027-12-31 (y-ae)"),
        m("af-moe-water-pools-100", "progress", MOE, OTH,
          "학교 수영장이 없는 지역에 교육부가 지원하는 이동식 수영장은 현재 전국 41곳이며, 우리 시에는 아직 없습니다.",
          comment="a measured value without the target, before the deadline (2027): progress, no fields; the "
                  "school's 유치 신청 '내년' (next) is its own plan"),
        m("af-mois-water-deaths-2026", "new", MOIS, OTH,
          "행정안전부는 올여름에도 8월 말까지 물놀이 사망자를 15명 이하로 줄이겠다는 목표를 세웠습니다.",
          target=15.0, unit="명", deadline="2026-08-31", dtext="8월 말까지",
          comment="a new year's target after the missed 2025 one: its own commitment (ad). 어린이 3명 (next) is a "
                  "statistic"),
        m("af-kcg-water-vest-300", "achieved", KCG, OTH,
          "해양경찰청이 연안 갯바위·방파제 등에 설치하는 구명조끼 무료 대여소는 이달까지 300곳 모두 설치를 마쳤습니다.",
          target=300.0, unit="곳",
          comment="done by June 2026, the moved date, after the promised one (2025-07): " + LATE),
        m("af-mois-water-ai-cctv-30", "delayed", MOIS, OTH,
          "행정안전부가 계곡 30곳에 설치하기로 한 인공지능(AI) 익수 감지 CCTV는 6월부터 18곳이 가동 중이며, 나머지 12곳은 8월까지 설치될 예정입니다.",
          target=12.0, unit="곳", deadline="2026-08-31", dtext="8월까지",
          comment="a partial start and the rest moved later in one sentence: annotated once with its latest state "
                  "(ad), delayed; the remainder is the target of the sentence that moves it"),
        m("af-nfa-water-rescuers-2026", "new", NFA, OTH,
          "소방청은 올해도 119 시민수상구조대 4,000명을 7월부터 주요 계곡과 하천에 배치합니다.",
          target=4000.0, unit="명", deadline="2026-07-31", dtext="7월부터",
          comment="a new year's target after the missed 2025 one: its own commitment. Not annotated: the tips (가.–마.), "
                  "the greeting and closing, the ※ note on the consent form"),
    ]))

# ---------------------------------------------------------------- 라돈 2/2 (a lawmaker's 국정감사 press release on his site: page title, release title, '- ' sub-titles, □/○ lines; 원안위, 기후부, 국토부)
P11_T = "[국정감사 보도자료] 원안위, 라돈 가공제품 실태조사 목표 못 채워…통합 누리집 계획은 철회"
P11_R = "[2026 국정감사] 원안위, 라돈 가공제품 실태조사 목표 못 채워…통합 누리집 계획은 철회"
REL = "the release reports the body's own data and answers: annotated whole with its marker, person '' (uncertain call: a lawmaker's release)"
PAGES.append(dict(
    source="2026-10-15_af_radon-lawmaker-release.txt", title=P11_T, published_at="2026-10-15",
    mentions=[
        m("af-nssc-radon-survey-3000", "delayed", NSSC, OTH, P11_T,
          comment="the page title (the release's, as posted): short after the deadline, no fields; '원안위' = "
                  "원자력안전위원회; one title, two commitments"),
        m("af-nssc-radon-portal", "cancelled", NSSC, OTH, P11_T, comment="'철회': cancelled"),
        m("af-nssc-radon-survey-3000", "delayed", NSSC, OTH, P11_R,
          comment="the release's own title (ad's portal headline and release title: both annotated)"),
        m("af-nssc-radon-portal", "cancelled", NSSC, OTH, P11_R),
        m("af-nssc-radon-survey-3000", "delayed", NSSC, OTH, "- 지난해 3,000건 조사 약속했지만 2,410건에 그쳐",
          target=3000.0, unit="건", prev="2025-12-31",
          comment="a '- ' sub-title (ad), whole: " + SHORT + "; '지난해' names the promised period"),
        m("af-nssc-radon-ad-law", "delayed", NSSC, OTH,
          "- '건강 효과' 광고 금지 법안, 지난해 상반기 제출 약속 넘기고 아직 국회에 안 와",
          prev="2025-06-30",
          comment="not done after its deadline: delayed; the missed date named. The third sub-title (the "
                  "lawmaker's quote) is not annotated"),
        m("af-nssc-radon-survey-3000", "delayed", NSSC, OTH,
          "□ 국회 과학기술정보방송통신위원회 모윤재 의원이 원자력안전위원회로부터 받은 자료에 따르면, 원안위가 지난해 시중 유통 가공제품 3,000건을 수거·측정하겠다고 밝혔지만 실제 조사는 2,410건에 그친 것으로 나타났다.",
          target=3000.0, unit="건", prev="2025-12-31",
          comment=REL + "; " + SHORT + ". The committee's name carries the telecom cue '통신' (not a ministry "
                        "name in ministries.csv): a trap, other. The ○ lines after it (37건, 29건, 22건, 15건, 11명, "
                        "the reason) are results and context"),
        m("af-nssc-radon-portal", "delayed", NSSC, OTH,
          "□ 원안위가 지난해 7월 열겠다고 한 통합 누리집 '라돈 바로알기'는 개설되지 않았다.",
          prev="2025-07-31", comment=REL + "; not done after its deadline: delayed, the missed date named"),
        m("af-nssc-radon-portal", "cancelled", NSSC, OTH,
          "○ 원안위는 의원실에 \"별도 누리집을 만드는 대신 기존 생활방사선 정보 사이트에 기능을 통합하기로 했다\"고 설명했다.",
          comment=REL + "; dropped for a merger into an existing site: cancelled (the cancellation, later on the "
                        "page, decides the status)"),
        m("af-nssc-radon-ad-law", "delayed", NSSC, OTH,
          "□ 음이온·'건강 효과' 광고를 금지하는 생활방사선법 개정안은 지난해 상반기 중 국회에 제출하겠다던 약속과 달리 아직 제출되지 않았다.",
          prev="2025-06-30", comment=REL),
        m("af-nssc-radon-ad-law", "delayed", NSSC, OTH,
          "○ 원안위는 \"법제처 심사와 관계부처 협의가 길어졌다\"며 \"연내 국회에 제출하겠다\"고 밝혔다.",
          deadline="2026-12-31", dtext="연내", comment=REL + "; " + LATER),
        m("af-me-radon-measure-10k", "achieved", MCEE, OTH,
          "○ 기후에너지환경부(옛 환경부)는 지난해 라돈 무료 측정을 1만 200가구에 제공해 목표(1만 가구)를 넘겼다.",
          target=10000.0, unit="가구",
          comment=REL + "; " + WHEN + "; the body under its name on the page's date, 기후에너지환경부 (환경부's "
                        "successor); the clause names the target. '주택 라돈 대책은 일부 성과를 냈다.' (the □ before) "
                        "names no promise; 1,430가구 (next) is a result"),
        m("af-me-radon-reduce-3000", "progress", MCEE, OTH,
          "○ 그러나 저소득층 라돈 저감 시설 설치 지원은 올해 8월까지 1,150가구로, 올해 말까지 3,000가구를 지원하겠다는 목표의 38%에 머물렀다.",
          target=3000.0, unit="가구", deadline="2026-12-31", dtext="올해 말까지",
          comment=REL + "; short before the deadline: progress; subjectless: 기후에너지환경부 (the ○ before); "
                        "'2026년까지' = '올해 말까지'; 40여 곳 (next) is a reason"),
        m("af-molit-radon-disclose", "achieved", MOLIT, OTH,
          "○ 국토교통부가 지난해 12월부터 신축 공동주택의 라돈 측정 결과를 입주 전에 공개하도록 한 조치는 예정대로 시행되고 있다.",
          comment=REL + "; in force from December 2025, within 하반기: achieved, " + WHEN),
        m("af-nssc-radon-customs-pilot", "new", NSSC, OTH,
          "□ 원안위는 의원실 서면 답변에서 \"내년 상반기부터 관세청과 함께 수입 침구류를 통관 단계에서 방사선 검사하는 시범 사업을 하겠다\"고 밝혔다.",
          deadline="2027-06-30", dtext="내년 상반기부터",
          comment=REL + "; a new commitment of 원안위 (관세청 a helper; its name, a ministries.csv row, does not fire "
                        "the cue '관세'). Not annotated: the ○ on where the pilot starts and '결과를 보고 … 넓히겠다' "
                        "(conditional), the 직구 shares (38/54/78%), the lawmaker's own survey (2,000건), his quote "
                        "and his bill, the 붙임 table"),
    ]))

# ---------------------------------------------------------------- all five, last (data desk's promise-tracker cards: headline, two deck lines, ▣ sections, [카드] header lines, tally after the sign-off)
P12_H = "[약속 트래커] 생활방사선법 개정안 1년 4개월 늦게 국회로…증류주 종량세는 없던 일로"
P12_D1 = "물놀이 사망자 14명, 2년 만에 목표 달성…AI 익수 감지 CCTV 30곳 완공"
P12_D2 = "전통주 수출 목표 7,000만 달러로 상향…라돈 저감 지원 3,000가구는 내년 말로"
CARD = "the card's prose (its [카드] header line, a label, is not annotated); a subjectless sentence takes the body the header names"
PAGES.append(dict(
    source="2026-11-26_af_promise-tracker.txt", title=P12_H, published_at="2026-11-26",
    mentions=[
        m("af-nssc-radon-ad-law", "achieved", NSSC, OTH, P12_H,
          comment=LATE + "; names no body: 원자력안전위원회; one headline, two commitments"),
        m("af-moef-liquor-specific-tax", "cancelled", MOFE, FIS, P12_H,
          comment="'없던 일로': cancelled; the body on the page's date, 재정경제부"),
        m("af-mois-water-deaths-2026", "achieved", MOIS, OTH, P12_D1,
          comment="14명 under the cap of 15 by the end of August: achieved, no fields (14명 is the result, the "
                  "target not written); one deck line, two commitments"),
        m("af-mois-water-ai-cctv-30", "achieved", MOIS, OTH, P12_D1, target=30.0, unit="곳",
          comment=LATE + " (promised from June, the last 12 in August)"),
        m("af-mafra-liquor-export-50m", "revision", MAFRA, IND, P12_D2, target=70000000.0, unit="달러",
          comment="a raised target: revision; no date in the clause; one deck line, two commitments"),
        m("af-me-radon-reduce-3000", "delayed", MCEE, OTH, P12_D2, target=3000.0, unit="가구",
          deadline="2027-12-31", dtext="내년 말로",
          comment=LATER + "; '내년 말로' on 2026-11-26 → 2027-12-31; the line's other clause carries the industry cue "
                          "'수출' (a trap for this clause)"),
        # 생활방사선
        m("af-nssc-radon-ad-law", "achieved", NSSC, OTH,
          "원자력안전위원회는 음이온·'건강 효과' 광고를 금지하는 생활방사선법 개정안을 이달 3일 국회에 제출했다.",
          comment=CARD + "; " + LATE + ". The intro paragraph is not annotated"),
        m("af-nssc-radon-ad-law", "delayed", NSSC, OTH, "당초 약속보다 1년 4개월 늦었다.",
          comment="the same achievement's lateness, restated: delayed without previous_deadline (the date is not "
                  "named; uncertain call, as ae's '반년 늦었다'); the achievement the same day decides the status"),
        m("af-me-radon-reduce-3000", "progress", MCEE, OTH, "10월까지 1,620가구가 설치 지원을 받았다.",
          comment=CARD + "; a measured value without the target, before the deadline (2026-12-31): progress; "
                         "'10월까지' is the measured period"),
        m("af-me-radon-reduce-3000", "delayed", MCEE, OTH,
          "기후에너지환경부는 시공업체가 부족하다며 목표 시점을 올해 말에서 내년 말로 미뤘다.",
          deadline="2027-12-31", dtext="내년 말로", prev="2026-12-31",
          comment=LATER + "; the old date named ('올해 말에서'); a delay reported before the deadline (x-ae)"),
        m("af-nssc-radon-customs-pilot", "progress", NSSC, OTH,
          "원안위는 관세청과 협의를 마치고 내년 예산안에 시범 사업비 12억 원을 반영했다.",
          comment=CARD + "; work under way: progress, no fields (12억 원 is a means, not the target); the fiscal "
                         "weak cue '예산안' in an article on no fiscal topic: other (a trap)"),
        # 주류 규제
        m("af-moef-liquor-taxcut-1000", "achieved", MOFE, FIS, "확대된 감면은 올해 1월 출고분부터 적용되고 있다.",
          comment=CARD + " (재정경제부, the body on the page's date, 기획재정부's primary successor, which took tax); the "
                         "clause in force: achieved, no fields; fiscal by remit, no cue in the sentence. 41곳 (next) "
                         "is an effect"),
        m("af-moef-liquor-specific-tax", "cancelled", MOFE, FIS,
          "기획재정부가 지난해 말까지 내놓겠다던 전환 방안은 해를 넘겼고, 재정경제부는 6월 세수 감소와 물가 부담을 이유로 종량세 전환을 추진하지 않기로 했다.",
          prev="2025-12-31",
          comment="one sentence: the missed date ('지난해 말까지', 기획재정부's) and the drop (재정경제부's, June 2026): "
                  "annotated once with its latest state, cancelled, under 재정경제부"),
        m("af-nts-liquor-online-sales", "achieved", NTS, FIS, "9월로 미뤄졌던 고시 개정은 지난해 10월에야 시행됐다.",
          comment=CARD + "; " + LATE + " (promised for 상반기, moved to September, done in October); " + NTSREM),
        m("af-nts-liquor-license-15d", "delayed", NTS, FIS, "지난해 평균 처리 기간은 19일로 목표 15일에 못 미쳤다.",
          target=15.0, unit="일", prev="2025-12-31",
          comment=CARD + "; " + SHORT + "; '지난해' names the promised period; the clause names the target"),
        m("af-mfds-liquor-calorie-label", "delayed", MFDS, OTH,
          "식품의약품안전처는 업계의 라벨 교체 부담을 이유로 의무화 시점을 올해 1월에서 내년 1월로 미뤘다.",
          deadline="2027-01-31", dtext="내년 1월로", prev="2026-01-31",
          comment=LATER + "; the old date named ('올해 1월에서')"),
        m("af-mafra-liquor-export-50m", "progress", MAFRA, IND, "지난해 전통주 수출액은 2,300만 달러였다.",
          comment=CARD + "; a measured value without the target: progress, no fields (the revision below decides "
                         "the status)"),
        m("af-mafra-liquor-export-50m", "revision", MAFRA, IND,
          "농림축산식품부는 케이푸드 인기에 힘입어 2027년 목표를 5,000만 달러에서 7,000만 달러로 높였다.",
          target=70000000.0, unit="달러", deadline="2027-12-31", dtext="2027년",
          comment="a raised target, the date unchanged: revision (the new target in target_value); no cue in this "
                  "sentence, the commitment's category (industry) stands"),
        m("af-mafra-liquor-shops-30", "progress", MAFRA, OTH,
          "지금까지 21곳이 문을 열었고, 농식품부는 연말까지 나머지 9곳을 열겠다고 밝혔다.",
          deadline="2026-12-31", dtext="연말까지",
          comment="a measure and the promise restated on course: progress; '나머지 9곳' is the remainder of an "
                  "unmoved promise, not its target"),
        # 웹툰 불법유통
        m("af-mcst-piracy-ai-detect", "achieved", MCST, OTH,
          "지난해 말에서 상반기로 미뤄졌던 탐지 시스템은 6월 가동에 들어갔다.",
          comment=CARD + "; in service June 2026, on the moved date but after the promised one: " + LATE),
        m("af-mcst-piracy-ad-pact-100", "achieved", MCST, OTH, "협약에 참여한 광고·결제대행사는 3월에야 100곳을 넘었다.",
          target=100.0, unit="곳", comment=CARD + "; " + LATE + "; the clause names the target"),
        m("af-mcst-piracy-centers-8", "progress", MCST, OTH, "올해 베트남 하노이에 7번째 센터가 문을 열었다.",
          comment=CARD + "; a measured value ('7번째') without the target: progress, no fields"),
        m("af-mcst-piracy-centers-8", "progress", MCST, OTH, "문체부는 연말까지 마지막 1곳을 열 계획이다.",
          deadline="2026-12-31", dtext="연말까지",
          comment="the promise restated on course: progress; '마지막 1곳' is the remainder of an unmoved promise"),
        m("af-mcst-piracy-damage-200b", "progress", MCST, OTH, "지난해 피해 추정액은 2,650억 원으로 전년보다 35% 줄었다.",
          comment=CARD + "; a measured value without the target, before the deadline (2027): progress, no fields"),
        # 승강기 안전
        m("af-molit-lift-cycle-25y", "achieved", MOLIT, OTH,
          "국토교통부는 5월 공동주택관리법 시행규칙을 고쳐 승강기 교체 주기를 25년으로 늘렸다.",
          target=25.0, unit="년", comment=LATE + " (promised for 2025 H1, moved to 2026 H1, done in May)"),
        m("af-mois-lift-loan-4000", "revision", MOIS, OTH,
          "행정안전부는 융자 재원 사정으로 올해 목표를 4,000대에서 3,500대로 낮췄다.",
          target=3500.0, unit="대", deadline="2026-12-31", dtext="올해",
          comment="a lowered target, the date unchanged: revision"),
        m("af-mois-lift-loan-4000", "progress", MOIS, OTH, "10월까지 3,100대에 융자가 나갔다.",
          comment="a measured value without the target: progress, no fields; the revision the same day decides "
                  "the status"),
        m("af-mois-lift-deaths-10", "progress", MOIS, OTH, "올해 9월까지 승강기 사고 사망자는 8명이다.",
          comment=CARD + "; a measured value (nine months) before the deadline (2027): progress, no fields"),
        # 물놀이 안전
        m("af-mois-water-deaths-2026", "achieved", MOIS, OTH, "올해 6~8월 물놀이 사망자는 14명으로 목표를 지켰다.",
          comment=CARD + "; on time: achieved, no fields (14명 is the result). '지난해에는 19명이었다.' (next) "
                         "recalls the 2025 commitment's known result: not annotated again"),
        m("af-mois-water-ai-cctv-30", "achieved", MOIS, OTH, "나머지 12곳이 8월 설치를 마쳐 30곳 모두 가동 중이다.",
          target=30.0, unit="곳", comment=CARD + "; " + LATE + "; the clause names the target"),
        m("af-nfa-water-rescuers-2026", "achieved", NFA, OTH, "소방청은 7월 4,120명을 배치해 목표를 넘겼다.",
          comment=CARD + "; " + WHEN + "; 4,120명 is the result, the target not written: no target fields"),
        m("af-moe-water-pools-100", "progress", MOE, OTH, "10월 기준 58곳이 설치됐다.",
          comment=CARD + "; a measured value without the target: progress, no fields. Not annotated: the card "
                         "header lines, the tally line and the CSV note after the sign-off, the series links"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-26)
LAST = "2026-11-26"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    # 라돈 (생활방사선)
    ("af-nssc-radon-survey-3000", NSSC, OTH, "시중 유통 가공제품 방사선 실태조사 1,200 → 2025년 3,000건", "delayed",
     "2,410건 in 2025 (Oct 2026)"),
    ("af-nssc-radon-portal", NSSC, OTH, "생활방사선 통합 누리집 '라돈 바로알기' 2025년 7월 개설", "cancelled",
     "not opened; merged into an existing site instead (Oct 2026)"),
    ("af-nssc-radon-ad-law", NSSC, OTH, "음이온·건강 효과 광고 금지 생활방사선법 개정안 2025년 상반기 중 국회 제출 (→ 2026년 내)",
     "achieved", "not submitted and moved to the end of 2026 (Oct 2026); submitted 2026-11-03 (late)"),
    ("af-me-radon-measure-10k", MCEE, OTH, "라돈 무료 측정 6,000 → 2025년 1만 가구", "achieved",
     "1만 200가구 in 2025 (on time); made by 환경부, 기후에너지환경부 since 2025-10-01"),
    ("af-me-radon-reduce-3000", MCEE, OTH, "저소득층 라돈 저감 시설 설치 지원 2026년까지 3,000가구 (→ 2027년 말)", "delayed",
     "1,150가구 by August 2026 (Oct 2026); 1,620가구 by October and moved to the end of 2027 (Nov 2026); made by 환경부"),
    ("af-molit-radon-disclose", MOLIT, OTH, "신축 공동주택 라돈 측정 결과 입주 전 공개 의무화 2025년 하반기부터", "achieved",
     "in force from December 2025 (on time)"),
    ("af-nssc-radon-customs-pilot", NSSC, OTH, "수입 침구류 통관 단계 방사선 검사 시범 2027년 상반기부터 (관세청과)", "in_progress",
     "12억 원 in the 2027 budget bill (Nov 2026)"),
    # 주류 규제
    ("af-moef-liquor-taxcut-1000", MOFE, FIS, "전통주 주세 50% 감면 대상 출고량 500 → 1,000㎘ 이하, 2025년 7월 세법개정안에",
     "achieved", "in the July 2025 tax bill (on time), applied from January 2026; made by 기획재정부, 재정경제부 (tax) "
                 "since 2026-01-02"),
    ("af-moef-liquor-specific-tax", MOFE, FIS, "증류주 종가세 → 종량세 전환 방안 2025년 내 마련", "cancelled",
     "restated (Aug 2025); not presented by the end of 2025, dropped by 재정경제부 in June 2026 (Nov 2026)"),
    ("af-nts-liquor-online-sales", NTS, FIS, "소규모 맥주·와인 제조자 온라인 판매 허용 통신판매 고시 2025년 상반기 중 (→ 9월)",
     "achieved", "moved to September 2025 (Aug 2025); in force October 2025 (late, Nov 2026)"),
    ("af-mafra-liquor-export-50m", MAFRA, IND, "전통주 수출 1,800만 → 2027년까지 5,000만 달러 (→ 7,000만 달러)", "revised",
     "1,100만 달러 in H1 2025 (Aug 2025); 2,300만 달러 in 2025 and the target raised to 7,000만 달러 (Nov 2026)"),
    ("af-mfds-liquor-calorie-label", MFDS, OTH, "주류 열량 표시 의무화 2026년 1월부터 (→ 2027년 1월)", "delayed",
     "schedule kept (Aug 2025); moved to January 2027 (Nov 2026)"),
    ("af-nts-liquor-license-15d", NTS, FIS, "주류 제조면허 처리 기간 30 → 15일 2025년 하반기부터", "delayed",
     "평균 19일 in 2025 (Nov 2026)"),
    ("af-mafra-liquor-shops-30", MAFRA, OTH, "공항·관광지 '우리술 전문 매장' 2026년 말까지 30곳", "in_progress",
     "21곳 and the rest restated for the year's end (Nov 2026)"),
    # 웹툰 불법유통
    ("af-kcc-piracy-block-7d", KMCC, OTH, "불법 사이트 접속 차단 평균 3주 → 7일 이내 2025년 하반기부터", "achieved",
     "평균 6일 from November 2025 (on time); made by 방송통신위원회, 방송미디어통신위원회 since 2025-10-01"),
    ("af-mcst-piracy-ai-detect", MCST, OTH, "AI 불법 복제물 자동 탐지 시스템 2025년 내 구축 (→ 2026년 상반기)", "achieved",
     "moved to H1 2026, pilot on 20 sites (Dec 2025); in service June 2026 (late)"),
    ("af-mcst-piracy-centers-8", MCST, OTH, "해외 저작권센터 4 → 2026년까지 8곳", "in_progress",
     "6곳 (Dec 2025); 7곳 and the last one restated for the year's end (Nov 2026)"),
    ("af-mcst-piracy-ad-pact-100", MCST, OTH, "광고·결제대행사 100곳 '불법 사이트 광고 중단 협약' 2025년 상반기 중 (→ 2026년 상반기)",
     "achieved", "74곳 and moved to H1 2026 (Dec 2025); over 100 in March 2026 (late)"),
    ("af-mcst-piracy-damage-200b", MCST, OTH, "웹툰 불법유통 피해액 4,100억 → 2027년까지 2,000억 원 이하", "in_progress",
     "1,300억 원 in H1 2025 (Dec 2025); 2,650억 원 in 2025 (Nov 2026)"),
    ("af-mcst-piracy-copyright-bill", MCST, OTH, "불법 사이트 차단 근거·범죄수익 몰수 저작권법 개정안 2026년 상반기 국회 제출",
     "delayed", "never followed up: its deadline (2026-06-30) passed with no report of achievement (date rule)"),
    # 승강기 안전
    ("af-mois-lift-loan-3000", MOIS, OTH, "노후 승강기 교체비 융자 1,100 → 2025년 3,000대", "delayed",
     "2,460대 in 2025 (Feb 2026)"),
    ("af-mois-lift-iot-new", MOIS, OTH, "신규 승강기 원격 감시 장치(IoT) 의무화 2026년 1월부터", "achieved",
     "in force January 2026 (on time)"),
    ("af-mois-lift-online-edu", MOIS, OTH, "승강기 안전관리자 법정 교육 온라인 2025년 7월부터", "achieved",
     "from July 2025 (on time)"),
    ("af-molit-lift-cycle-25y", MOLIT, OTH, "장기수선계획 승강기 교체 주기 15 → 25년 시행규칙 2025년 상반기 중 (→ 2026년 상반기)",
     "achieved", "not done and moved to H1 2026 (Feb 2026); amended May 2026 (late)"),
    ("af-mois-lift-deaths-10", MOIS, OTH, "승강기 사고 사망자 17명 → 2027년까지 연 10명 이하", "in_progress",
     "13명 in 2025 (Feb 2026); 8명 in January–September 2026"),
    ("af-mois-lift-loan-4000", MOIS, OTH, "노후 승강기 교체비 융자 2026년 4,000대 (→ 3,500대)", "revised",
     "target cut to 3,500대, 3,100대 by October (Nov 2026)"),
    ("af-nfa-lift-auto-dispatch", NFA, OTH, "갇힘 신고 시 유지관리업체 자동 출동 요청 119 시스템 2025년 하반기 중", "achieved",
     "nationwide from November 2025 (on time)"),
    # 물놀이 안전
    ("af-mois-water-deaths-2025", MOIS, OTH, "여름철 물놀이 사망자 2025년 8월 말까지 15명 이하", "delayed",
     "19명 in June–August 2025 (Sep 2025)"),
    ("af-mois-water-guards-1500", MOIS, OTH, "하천·계곡 안전관리요원 배치 1,200 → 1,500곳 2025년 7월부터", "achieved",
     "from 1 July 2025 (on time)"),
    ("af-kcg-water-vest-300", KCG, OTH, "연안 구명조끼 무료 대여소 300곳 2025년 7월 중 (남은 88곳 → 2026년 6월)", "achieved",
     "212곳 and the rest moved to June 2026 (Sep 2025); all 300 by June 2026 (late)"),
    ("af-nfa-water-rescuers-2025", NFA, OTH, "119 시민수상구조대 4,000명 2025년 7월부터", "delayed",
     "3,870명 (Sep 2025)"),
    ("af-moe-water-swim-grade12", MOE, OTH, "초등 생존수영 실기 교육 1·2학년까지 2026년부터", "achieved",
     "restated (Sep 2025); in force 2026 (on time)"),
    ("af-moe-water-pools-100", MOE, OTH, "이동식 수영장 2027년까지 100곳", "in_progress",
     "41곳 (Jun 2026); 58곳 by October 2026"),
    ("af-mois-water-level-alert-50", MOIS, OTH, "실시간 계곡 수위 알림 50곳 시범 2025년 8월부터", "achieved",
     "from 1 August 2025 (on time)"),
    ("af-mois-water-ai-cctv-30", MOIS, OTH, "계곡 30곳 AI 익수 감지 CCTV 2026년 6월부터 (남은 12곳 → 8월)", "achieved",
     "18곳 and the rest moved to August (Jun 2026); all 30 in August 2026 (late)"),
    ("af-mois-water-deaths-2026", MOIS, OTH, "여름철 물놀이 사망자 2026년 8월 말까지 15명 이하", "achieved",
     "14명 in June–August 2026 (on time)"),
    ("af-moe-water-swim-hours-12", MOE, OTH, "3학년 이상 생존수영 실기 연 10 → 12시간 2027년부터", "announced", ""),
    ("af-nfa-water-rescuers-2026", NFA, OTH, "119 시민수상구조대 4,000명 2026년 7월부터", "achieved",
     "4,120명 in July 2026 (on time)"),
]


if __name__ == "__main__":
    write(ROOT, "af", PAGES, COMMITMENTS, LAST,
          ["ministry = the responsible body under the name valid on that date (환경부's 라돈 promises are",
           "listed under 기후에너지환경부, its successor from 2025-10-01; 방송통신위원회's 차단 promise under",
           "방송미디어통신위원회, its successor that day; 기획재정부's 주세 promises (tax measures) under",
           "재정경제부, its primary successor from 2026-01-02; every other body kept its name through 2026-11-26)."],
          with_commitments="--commitments" in sys.argv[1:])
