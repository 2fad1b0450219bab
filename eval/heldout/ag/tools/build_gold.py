"""Writes the hand annotations of held-out set ag to gold/*.toml.

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

MOE = "교육부"
MOEL = "고용노동부"
ME = "환경부"                 # until 2025-09-30
MCEE = "기후에너지환경부"     # from 2025-10-01, 환경부's successor
MOEF = "기획재정부"           # until 2026-01-01
MPB = "기획예산처"            # from 2026-01-02: took the budget from 기획재정부 (the budget promises are its)
MOHW = "보건복지부"
MSS = "중소벤처기업부"
MSIT = "과학기술정보통신부"
MOIS = "행정안전부"
KNPA = "경찰청"
MOGEF = "여성가족부"          # until 2025-09-30
MGEF = "성평등가족부"         # from 2025-10-01, 여성가족부's successor
FSC = "금융위원회"

OTH = "other"      # 석면, 상수도, 발달장애인, 키오스크 (but 중기부's), 청소년 도박: no topic of topics.toml fits
FIS = "fiscal"     # 기획재정부 → 기획예산처's budget promises (remit, cue 예산/예산안 where written)
SUP = "startup"    # 중소벤처기업부's 소상공인 키오스크 구매 지원 (remit; cue 소상공인 where written)

LATE = "achieved after the deadline the commitment named; no deadline fields"
WHEN = "on time, but the time words say when it was done, not what was promised: no deadline fields (q-af)"
LATER = "deadline moved later: delayed (convention of j-af), new date in deadline"
SHORT = "short after the deadline: delayed (convention 2)"
MEAS = "a measured value without the target, before the deadline: progress, no fields"

PAGES: list[dict] = []

# ---------------------------------------------------------------- 석면 1/2 (ministry's official blog post; 교육부, 고용노동부, 환경부)
P1_T = "겨울방학 동안 학교 석면, 650개교에서 걷어냅니다 🏫"
BLOG = "the ministry's own blog speaking (person ''); annotated like a release"
PAGES.append(dict(
    source="2025-01-16_ag_asbestos-ministry-blog.txt", title=P1_T, published_at="2025-01-16",
    mentions=[
        m("ag-moe-asbestos-winter-650", "new", MOE, OTH, P1_T, target=650.0, unit="개교",
          comment="the post title, whole with its emoji; '겨울방학 동안' is a period, not a date phrase: no deadline "
                  "fields here (the body's '2월 말까지' gives it)"),
        m("ag-moe-asbestos-zero-2027", "new", MOE, OTH,
          "교육부는 2027년까지 남은 2,480개교의 석면을 모두 없애 '석면 없는 학교'를 만들겠습니다.",
          target=2480.0, unit="개교", deadline="2027-12-31", dtext="2027년까지",
          comment=BLOG + "; the remaining 2,480 schools are the target (all of them). 1만 3,000여 곳 (2017), 1,120개교 "
                         "(last year's work) and the 시·도 counts before it are history and statistics"),
        m("ag-moe-asbestos-winter-650", "new", MOE, OTH,
          "먼저 이번 겨울방학에는 전국 650개교에서 공사를 진행하고, 2월 말까지 모두 마칠 계획입니다.",
          target=650.0, unit="개교", deadline="2025-02-28", dtext="2월 말까지",
          comment=BLOG + "; the next line (공사는 방학 중에만 …) describes the rule of the works"),
        m("ag-moe-asbestos-air-disclose", "new", MOE, OTH,
          "3월부터는 공사를 마친 학교의 공기 중 석면 농도 측정 결과를 '학교알리미'에 공개합니다.",
          deadline="2025-03-31", dtext="3월부터",
          comment=BLOG + ". The next line (서울시교육청's own plan, with the weak fiscal cue '예산') is another actor: "
                         "a 시·도교육청 is no ministry"),
        m("ag-moe-asbestos-monitor-all", "new", MOE, OTH,
          "지금은 모니터단이 참여하는 현장이 전체의 80% 정도인데, 올해부터는 모든 공사 현장에 모니터단이 참여하도록 하겠습니다.",
          deadline="2025-12-31", dtext="올해부터",
          comment=BLOG + "; 80% is the baseline; '모든' has no numeral: no target fields. 사전 교육(2시간) (next) "
                         "describes the scheme"),
        m("ag-moel-asbestos-inspect-all", "new", MOEL, OTH,
          "고용노동부는 상반기 중 학교를 포함한 전국 석면 해체·제거 사업장 1,380곳을 모두 점검하기로 했어요.",
          target=1380.0, unit="곳", deadline="2025-06-30", dtext="상반기 중",
          comment="another body's promise on 교육부's blog keeps its body (person '')"),
        m("ag-me-slate-25k", "new", ME, OTH,
          "환경부는 주택과 마을회관 등의 슬레이트 지붕 철거비 지원을 올해 2만 5,000동으로 늘립니다.",
          target=25000.0, unit="동", deadline="2025-12-31", dtext="올해",
          comment="환경부 on 2025-01-16. Not annotated: the expectation after it, the FAQ (Q./A. lines: no promise), "
                  "the closing slogan ('끝까지 챙기겠습니다', undated), the hashtags and the comments"),
    ]))

# ---------------------------------------------------------------- 상수도 1/4 (a ministry 공문 reposted on an association's board; 환경부)
P2_S = "주요 내용은 올해 노후 상수관로 1,000km 정비, 스마트 관망관리 30개 지방자치단체 추가 구축, 상반기 중 정수장 485곳 유충 점검입니다."
LETTER = "the 공문's ○ line (the ministry writing: '우리 부'), annotated whole with its marker; person ''"
PAGES.append(dict(
    source="2025-02-20_ag_water-pipe-official-letter.txt",
    title="[공문 안내] 환경부 「2025년 노후 상수도 정비사업 추진계획」 알림", published_at="2025-02-20",
    mentions=[
        m("ag-me-pipe-1000km", "new", ME, OTH, P2_S, target=1000.0, unit="km", deadline="2025-12-31", dtext="올해",
          comment="the association's summary of the letter (person ''): one sentence, three commitments; '올해' "
                  "heads the list and is given to its first item only (uncertain call)"),
        m("ag-me-smart-grid-30", "new", ME, OTH, P2_S, target=30.0, unit="개",
          comment="second item of the summary; no date phrase of its own"),
        m("ag-me-larva-inspect-485", "new", ME, OTH, P2_S, target=485.0, unit="곳", deadline="2025-06-30",
          dtext="상반기 중", comment="third item of the summary"),
        m("ag-me-pipe-1000km", "new", ME, OTH,
          "○ 우리 부는 올해 노후 상수관로 1,000km를 교체·개량할 계획임(지난해 실적 820km).",
          target=1000.0, unit="km", deadline="2025-12-31", dtext="올해",
          comment=LETTER + "; 820km is the baseline (last year's result)"),
        m("ag-me-leak-rate-12", "new", ME, OTH,
          "○ 농어촌 지역 상수도 누수율을 2023년 19.6%에서 2030년까지 12% 이하로 낮추는 것을 목표로 함.",
          target=12.0, unit="%", deadline="2030-12-31", dtext="2030년까지",
          comment=LETTER + "; 19.6% (2023) is the baseline. The 인구감소지역 89곳 line (next) is an undated priority"),
        m("ag-me-smart-grid-30", "new", ME, OTH,
          "○ 관로의 수압·수질을 실시간으로 감시하는 스마트 관망관리 체계를 올해 30개 지방자치단체에 추가로 구축할 예정임(현재 131개).",
          target=30.0, unit="개", deadline="2025-12-31", dtext="올해",
          comment=LETTER + "; 131개 is the baseline; the 국비 50% line (next) describes the subsidy"),
        m("ag-me-larva-inspect-485", "new", ME, OTH,
          "○ 상반기 중 전국 정수장 485곳을 대상으로 유충 유입 차단 실태를 일제 점검하겠음.",
          target=485.0, unit="곳", deadline="2025-06-30", dtext="상반기 중",
          comment=LETTER + ". Not annotated: the 개선 명령 line (undated), 라. 재원 (국고보조율 50% kept: a rule), "
                           "the 시·도's submission '3월 14일(금)까지' (a request to local governments), the 설명회 "
                           "'2월 27일(목)' (an event), the association's own 교육 '3월 중', the comments"),
    ]))

# ---------------------------------------------------------------- 도박 1/3 (police agency's press release with a table; 경찰청, 교육부, 여성가족부, 금융위원회)
P3_T = "청소년 사이버도박 1,035명 검거…10월까지 2차 단속, 검거 청소년 전원 상담 연계"
P3_S = "- 5월부터 10월까지 2차 특별단속, 교육부·여성가족부·금융위원회와 합동 대응 -"
REL = "the release's □/○ line, annotated whole with its marker; person ''"
PAGES.append(dict(
    source="2025-04-08_ag_gambling-police-release.txt", title=P3_T, published_at="2025-04-08",
    mentions=[
        m("ag-knpa-gamble-crackdown-2", "new", KNPA, OTH, P3_T, deadline="2025-10-31", dtext="10월까지",
          comment="the release's page title: one line, two commitments (1,035명 is the first crackdown's result); "
                  "names no body: 경찰청's"),
        m("ag-knpa-gamble-counsel-all", "new", KNPA, OTH, P3_T, comment="'전원' has no numeral: no target; no date"),
        m("ag-knpa-gamble-crackdown-2", "new", KNPA, OTH, P3_S, deadline="2025-10-31", dtext="10월까지",
          comment="the second '- … -' sub-title, whole; the first sub-title is the first crackdown's result "
                  "(statistics, not annotated)"),
        m("ag-knpa-gamble-crackdown-2", "new", KNPA, OTH, "□ 경찰청은 5월부터 10월까지 6개월간 2차 특별단속을 벌인다.",
          deadline="2025-10-31", dtext="10월까지",
          comment=REL + "; a dated action: the period's end is the deadline. The first □ and its ○ lines, the table "
                        "and the ※ line are the first crackdown's results (statistics); the 방송통신심의위원회 line "
                        "(a cue '통신' in a name that is no ministries.csv row) is a result too"),
        m("ag-knpa-gamble-counsel-all", "new", KNPA, OTH,
          "○ 경찰청은 하반기부터 검거된 청소년 전원을 청소년상담복지센터 등 전문 상담기관에 연계한다.",
          deadline="2025-12-31", dtext="하반기부터",
          comment=REL + "; '58%' (the next sentence) is the baseline; the ○ on the means (광고책, 총판) and the 전담 "
                        "수사팀 count are not annotated"),
        m("ag-moe-gamble-edu-all", "new", MOE, OTH,
          "○ 교육부는 7월까지 전국 모든 중·고등학교에서 사이버도박 예방교육을 실시하기로 했다.",
          deadline="2025-07-31", dtext="7월까지", comment=REL + "; another body's promise in 경찰청's release keeps its body"),
        m("ag-mogef-gamble-shelter-4", "new", MOGEF, OTH,
          "○ 여성가족부는 도박 문제를 겪는 청소년이 학업을 이어 가며 회복할 수 있도록 돕는 '회복 지원 쉼터'를 올해 4곳으로 늘린다(지금은 1곳).",
          target=4.0, unit="곳", deadline="2025-12-31", dtext="올해",
          comment=REL + "; 여성가족부 on 2025-04-08; 1곳 is the baseline"),
        m("ag-fsc-gamble-account-law", "new", FSC, OTH,
          "○ 금융위원회는 도박 사이트로 의심되는 계좌를 신속히 지급정지할 수 있도록 「전기통신금융사기 피해 방지 및 피해금 환급에 관한 특별법」(통신사기피해환급법) 개정안을 하반기 중 국회에 제출할 계획이다.",
          deadline="2025-12-31", dtext="하반기 중",
          comment=REL + "; the law's names carry the telecom cue '통신' (a trap: a bill on gambling accounts, "
                        "other). Not annotated: 은행연합회's 기준 (no ministry, undated), 용채린's quote (an umbrella: "
                        "'반드시 검거하겠다'), the 신고 guidance, 담당 부서 and the footer"),
    ]))

# ---------------------------------------------------------------- 발달장애 1/2 (ministry site's meeting-result notice; 보건복지부, 고용노동부, 교육부)
MEET = "the notice's ○ line (the ministry's report to the council), annotated whole with its marker; person ''"
PAGES.append(dict(
    source="2025-05-22_ag_disability-council-result.txt", title="제1차 발달장애인 지원 민관협의체 회의 결과",
    published_at="2025-05-22",
    mentions=[
        m("ag-mohw-dd-24h-3500", "new", MOHW, OTH,
          "○ 보건복지부는 최중증 발달장애인에게 하루 24시간 1:1 돌봄을 제공하는 통합돌봄 대상을 현재 1,800명에서 2026년까지 3,500명으로 늘리기로 했다.",
          target=3500.0, unit="명", deadline="2026-12-31", dtext="2026년까지",
          comment=MEET + "; 1,800명 is the baseline; '24시간' and '1:1' describe the service, not a target"),
        m("ag-mohw-dd-day-hours-176", "new", MOHW, OTH,
          "○ 주간활동서비스 월 이용 한도는 하반기부터 최대 132시간에서 176시간으로 확대한다.",
          target=176.0, unit="시간", deadline="2025-12-31", dtext="하반기부터",
          comment=MEET + "; subjectless: 보건복지부; 132시간 is the baseline. The 단가 line (next) is undated"),
        m("ag-mohw-dd-crisis-17", "new", MOHW, OTH,
          "○ 부모가 입원하거나 숨지는 등 긴급 상황에서 발달장애인을 맡아 주는 긴급돌봄센터를 연내 17개 시도 모두에 설치한다(현재 9개 시도).",
          target=17.0, unit="개", deadline="2025-12-31", dtext="연내",
          comment=MEET + "; '17개 시도' → 17 '개' (ae's 17개 시도경찰청); 9개 is the baseline; '최대 7일' (next) "
                         "is the rule of use"),
        m("ag-mohw-dd-trust-law", "new", MOHW, OTH,
          "○ 부모가 세상을 떠난 뒤에도 발달장애인의 재산을 안전하게 관리할 수 있도록 '공공신탁' 제도를 도입하는 발달장애인법 개정안은 하반기 중 국회에 제출할 예정이다.",
          deadline="2025-12-31", dtext="하반기 중",
          comment=MEET + "; never reported on again: delayed by the date rule alone"),
        m("ag-moel-dd-centers-30", "new", MOEL, OTH,
          "○ 고용노동부는 발달장애인 직업훈련센터를 2026년까지 현재 23곳에서 30곳으로 늘린다.",
          target=30.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment=MEET + "; another body's plan reported at the council keeps its body; 23곳 is the baseline"),
        m("ag-moe-dd-school-10", "new", MOE, OTH,
          "○ 교육부는 특수학교 과밀을 해소하기 위해 2027년까지 특수학교 10곳을 새로 짓겠다고 보고했다.",
          target=10.0, unit="곳", deadline="2027-12-31", dtext="2027년까지", comment=MEET),
        m("ag-mohw-dd-crisis-17", "new", MOHW, OTH,
          "○ 회의를 주재한 남희조 보건복지부 장애인정책국장은 \"부모님들이 '내가 없으면 우리 아이는 어떻게 되나'를 걱정하지 않는 나라를 만들겠다\"며 \"긴급돌봄센터는 올해 안에 17개 시도 모두에 문을 열도록 하겠다\"고 말했다.",
          person="남희조", target=17.0, unit="개", deadline="2025-12-31", dtext="올해 안에",
          comment="the official's quote (indirect frame + quote), whole line; its first clause is an umbrella. Not "
                  "annotated: the 위원's requests (5,000명 '2026년까지' is a demand, not a promise), '최소 14일' (a "
                  "proposal), '단가 인상은 … 검토하겠다' (a consideration; weak fiscal cue '예산'), the 2차 회의 '8월 "
                  "중' (a meeting), the 종합계획 (undated), the 위원 위촉 and the '쉬운 정보' line"),
    ]))

# ---------------------------------------------------------------- 키오스크 1/2 (securities firm's industry report summary on a finance portal; 중기부, 행안부, 복지부, 과기정통부)
P5_B = "- 중기부 소상공인 키오스크 지원 올해 3,000대, 행안부 무인민원발급기 1,200대 교체(2026년까지)"
BROKER = "the report's account of a government plan (the analyst is no official): person ''"
PAGES.append(dict(
    source="2025-06-18_ag_kiosk-broker-report.txt", title="[산업분석] 키오스크 \"배리어프리 의무화가 교체 수요 부른다\"",
    published_at="2025-06-18",
    mentions=[
        m("ag-mss-kiosk-3000", "new", MSS, SUP, P5_B, target=3000.0, unit="대", deadline="2025-12-31", dtext="올해",
          comment="the [요약] bullet, whole: one line, two commitments ('중기부' = 중소벤처기업부; startup by remit, cue "
                  "'소상공인'). The first and third bullets are the analyst's forecasts"),
        m("ag-mois-kiosk-public-1200", "new", MOIS, OTH, P5_B, target=1200.0, unit="대", deadline="2026-12-31",
          dtext="2026년까지",
          comment="'행안부' = 행정안전부; the line's other clause carries the startup cue '소상공인' (a trap for this "
                  "clause)"),
        m("ag-mohw-kiosk-small-shops", "new", MOHW, OTH,
          "보건복지부는 내년 1월부터 50㎡ 미만 소규모 매장의 신규 키오스크에도 같은 의무를 적용하기로 하고, 하반기 중 장애인차별금지법 시행령 개정을 마칠 예정이다.",
          deadline="2026-01-31", dtext="내년 1월부터",
          comment=BROKER + "; one commitment (the rule in force from January 2026), the 하반기 amendment its step; "
                           "'올해 1월부터 … 50㎡ 이상' (before) is the rule already in force; 21만 대, 40% are estimates"),
        m("ag-mss-kiosk-3000", "new", MSS, SUP,
          "중소벤처기업부는 소상공인이 배리어프리 키오스크를 살 때 구매비의 70%(최대 350만 원)를 지원하는 사업 물량을 올해 3,000대로 늘렸다(지난해 1,000대).",
          target=3000.0, unit="대", deadline="2025-12-31", dtext="올해",
          comment=BROKER + "; this year's programme size: a target for the year; 70%, 350만 원 describe the subsidy, "
                           "1,000대 is the baseline"),
        m("ag-mss-kiosk-3000", "progress", MSS, SUP,
          "피준오 중소벤처기업부 소상공인정책관은 지난달 업계 간담회에서 \"올해 지원 물량 3,000대 가운데 1,700대가 이미 신청됐다\"고 말했다.",
          person="피준오", target=3000.0, unit="대", deadline="2025-12-31", dtext="올해",
          comment="the official quoted (indirect frame + quote): person 피준오; applications, a measure before the "
                  "deadline: progress, the clause names the target and its year"),
        m("ag-mois-kiosk-public-1200", "new", MOIS, OTH,
          "행정안전부는 2026년까지 전국 주민센터 무인민원발급기 1,200대를 음성 안내와 화면 높낮이 조절이 되는 기기로 바꿀 계획이다.",
          target=1200.0, unit="대", deadline="2026-12-31", dtext="2026년까지", comment=BROKER),
        m("ag-msit-kiosk-edu-200k", "new", MSIT, OTH,
          "과학기술정보통신부는 올해 디지털배움터를 통해 어르신 20만 명에게 키오스크 사용 교육을 하겠다고 밝혔다.",
          target=200000.0, unit="명", deadline="2025-12-31", dtext="올해", comment=BROKER),
        m("ag-msit-kiosk-test-center", "new", MSIT, OTH,
          "또 하반기에 키오스크 접근성 인증 시험센터를 열어 제조사의 인증 부담을 덜어 주기로 했다.",
          deadline="2025-12-31", dtext="하반기에",
          comment=BROKER + "; subjectless: 과학기술정보통신부 (the sentence before). Not annotated: the 수혜 전망 "
                           "(the firm's estimates, 한터시스템's new product '하반기 중' and 소담테크's 30% — companies), "
                           "'예정대로 시행되면 2026년부터 … 3만 대' (a conditional forecast), 목표주가, the risks, "
                           "the compliance notice and the lists"),
    ]))

# ---------------------------------------------------------------- 상수도 2/4 (editorial digest: three papers' editorials summarised; 환경부, 기재부)
P6_D = "기재부 \"내년 상수관 예산 1조 2,000억 원 이상\"…환경부, 정수장 60곳 방충 설비 내년 상반기까지"
DIG = "the digest's account of the facts an editorial cites (person ''); the editorials' demands are not annotated"
PAGES.append(dict(
    source="2025-08-12_ag_water-editorial-digest.txt",
    title="[사설 읽기] 또 나온 수돗물 유충…\"점검보다 배관 교체가 먼저\"", published_at="2025-08-12",
    mentions=[
        m("ag-moef-pipe-budget-12t", "new", MOEF, FIS, P6_D, target=1200000000000.0, unit="원",
          comment="the deck line: one line, two commitments; '기재부' = 기획재정부; '내년' names the budget year, not a "
                  "deadline: no deadline fields; cue '예산'. The title (a slogan) is not annotated"),
        m("ag-me-larva-filter-60", "new", ME, OTH, P6_D, target=60.0, unit="곳", deadline="2026-06-30",
          dtext="내년 상반기까지", comment="'내년 상반기까지' on 2025-08-12 → 2026-06-30"),
        m("ag-me-larva-inspect-485", "achieved", ME, OTH,
          "환경부는 상반기 중 전국 정수장 485곳을 모두 점검하겠다고 약속했고, 실제로 6월 말까지 점검을 마쳤다.",
          target=485.0, unit="곳",
          comment=DIG + "; " + WHEN + "; the clause names the target. The next sentence (미령시's 미흡 판정) is context"),
        m("ag-me-pipe-1000km", "progress", ME, OTH,
          "환경부가 올해 교체하겠다고 한 노후 상수관로 1,000km 가운데 상반기 실적은 410km에 머물렀다.",
          target=1000.0, unit="km", deadline="2025-12-31", dtext="올해",
          comment=DIG + "; short before the deadline: progress; the clause names the target and its year. 23만km "
                        "and 37% (before) are statistics"),
        m("ag-moef-pipe-budget-12t", "new", MOEF, FIS,
          "기획재정부는 지난 11일 \"이달 말 확정하는 내년 예산안에 노후 상수관 정비 예산을 1조 2,000억 원 이상 반영하겠다\"고 밝혔다.",
          target=1200000000000.0, unit="원", deadline="2025-08-31", dtext="이달 말",
          comment="the body as an institution (no person named); a promise to put an amount in the budget bill "
                  "fixed at the end of the month: '이달 말' on 2025-08-12 → 2025-08-31; fiscal by remit and cue "
                  "'예산안'. 8,600억 원 (next) is the baseline"),
        m("ag-me-larva-filter-60", "new", ME, OTH,
          "환경부도 같은 날 유충 차단을 위해 내년 상반기까지 정수장 60곳의 활성탄 여과지에 미세 방충망과 역세척 설비를 설치하겠다고 발표했다.",
          target=60.0, unit="곳", deadline="2026-06-30", dtext="내년 상반기까지", comment="a new commitment"),
        m("ag-me-smart-grid-30", "progress", ME, OTH,
          "환경부는 연말까지 스마트 관망관리 지방자치단체를 30곳 늘리겠다는 기존 계획도 예정대로 추진한다고 밝혔다.",
          target=30.0, unit="곳", deadline="2025-12-31", dtext="연말까지",
          comment="a restated promise on course: progress; the unit keeps this page's counter '곳' (the letter said "
                  "'30개'). Not annotated: 미령시's '이달 말까지' (a local government), the 수도법 bill (lawmakers), "
                  "육지안's quote (an umbrella), the editorials' demands (one with the fiscal cue '재정')"),
    ]))

# ---------------------------------------------------------------- 석면 2/2 + 상수도 3/4 + 도박 2/3 (a youth news site's weekly quiz: Q1–Q5, answers and notes; 교육부, 고용노동부, 기재부, 환경부)
QUIZ = "the answer note (the site's account, person ''); the questions and the ①–④ choices are not annotated"
PAGES.append(dict(
    source="2025-09-19_ag_policy-news-quiz.txt",
    title="[주간 시사 퀴즈] 석면 없는 학교, 도박 예방교육, 상수관 예산…이번 주 뉴스 다섯 문제", published_at="2025-09-19",
    mentions=[
        m("ag-moe-asbestos-winter-650", "achieved", MOE, OTH,
          "겨울방학에 계획한 650개교 공사는 2월 말까지 모두 끝났고, 여름방학에 590개교에서 추가로 공사를 마쳐 이제 남은 학교는 1,240곳이에요.",
          target=650.0, unit="개교",
          comment=QUIZ + "; one sentence, two commitments: the winter works done by the end of February: achieved, "
                         + WHEN + "; the clause names the target. The note's first line (the plan's release, no "
                         "content) is not annotated"),
        m("ag-moe-asbestos-zero-2027", "progress", MOE, OTH,
          "겨울방학에 계획한 650개교 공사는 2월 말까지 모두 끝났고, 여름방학에 590개교에서 추가로 공사를 마쳐 이제 남은 학교는 1,240곳이에요.",
          comment="the same sentence: 1,240곳 left, a measure before 2027: progress, no fields"),
        m("ag-moe-asbestos-air-disclose", "achieved", MOE, OTH,
          "공사를 마친 학교의 공기 중 석면 농도 측정 결과는 약속대로 3월부터 '학교알리미'에 공개되고 있어요.",
          comment=QUIZ + "; " + WHEN),
        m("ag-moe-asbestos-monitor-all", "progress", MOE, OTH, "여름방학 공사 현장 590곳 가운데 555곳에 모니터단이 참여했어요.",
          comment=QUIZ + "; " + MEAS + " (555 of 590; the question's 94% is a choice)"),
        m("ag-moe-asbestos-monitor-all", "progress", MOE, OTH,
          "교육부는 연말까지 모든 현장에 모니터단이 참여하도록 하겠다는 목표를 지키겠다고 밝혔어요.",
          deadline="2025-12-31", dtext="연말까지",
          comment="the promise restated on course: progress ('올해부터' of January = '연말까지')"),
        m("ag-moel-asbestos-inspect-all", "delayed", MOEL, OTH,
          "한편 고용노동부는 상반기 중 전국 석면 해체·제거 사업장 1,380곳을 모두 점검하겠다고 했지만, 실제로 점검한 곳은 1,150곳에 그쳤어요.",
          target=1380.0, unit="곳", prev="2025-06-30",
          comment=QUIZ + "; " + SHORT + "; the clause names the target and the missed date ('상반기 중')"),
        m("ag-moef-pipe-budget-12t", "achieved", MOEF, FIS,
          "정부가 지난달 29일 발표한 내년 예산안에는 노후 상수관 정비 예산 1조 2,300억 원이 담겼어요.",
          comment=QUIZ + "; '정부' = 기획재정부 (the budget bill is its); the amount in the bill by the end of August: "
                         "achieved, " + WHEN + "; 1조 2,300억 원 is the result, the target is not in this sentence"),
        m("ag-moef-pipe-budget-12t", "achieved", MOEF, FIS,
          "기획재정부가 지난달 \"1조 2,000억 원 이상 반영하겠다\"고 한 약속을 지킨 셈이에요.",
          target=1200000000000.0, unit="원",
          comment="the same achievement with the target named; no fiscal cue in this sentence (the commitment's "
                  "category stands). '국회 심의를 거쳐야 … 바뀔 수 있어요' (next) is a caveat"),
        m("ag-moe-gamble-edu-all", "delayed", MOE, OTH,
          "교육부는 4월 \"7월까지 모든 중·고교에서 사이버도박 예방교육을 하겠다\"고 했지만, 1학기에 교육을 마친 학교는 중학교 71%, 고등학교 64%였어요.",
          prev="2025-07-31",
          comment=QUIZ + "; " + SHORT + "; the quoted promise names the missed date ('7월까지'); '4월' is when it was "
                         "made"),
        m("ag-moe-gamble-edu-all", "delayed", MOE, OTH, "교육부는 남은 학교도 연말까지 모두 교육을 마치겠다고 밝혔어요.",
          deadline="2025-12-31", dtext="연말까지",
          comment=LATER + ". 경찰청's 12% (next) is a statistic"),
        m("ag-me-slate-25k", "progress", ME, OTH,
          "환경부가 올해 철거비를 지원하기로 한 슬레이트 지붕 2만 5,000동 가운데 8월까지 1만 2,600동의 철거가 끝났어요.",
          target=25000.0, unit="동", deadline="2025-12-31", dtext="올해",
          comment=QUIZ + "; short before the deadline: progress, the clause names the target and its year; '8월까지' "
                         "is the measured period; 환경부 on 2025-09-19. Not annotated: the slate rule line, the note to "
                         "teachers, the debate topic and the comments"),
    ]))

# ---------------------------------------------------------------- 도박 3/3 (a parents' group's 성명 on its site; 경찰청, 교육부, 성평등가족부, 금융위원회)
STM = "the statement's account of a body's promise or result (person ''); its demands are not annotated"
PAGES.append(dict(
    source="2025-11-13_ag_gambling-parents-statement.txt",
    title="[성명] 정부는 청소년 도박 대책, '숫자 맞추기' 말고 끝까지 책임져라", published_at="2025-11-13",
    mentions=[
        m("ag-knpa-gamble-crackdown-2", "achieved", KNPA, OTH, "경찰청이 10월까지 벌인 청소년 사이버도박 2차 특별단속 결과가 어제 발표됐다.",
          comment=STM + "; the crackdown held to the end of October as promised: achieved, " + WHEN + ". 1,412명, "
                        "680명, 13.8세 (next) and the group's own survey (1,204곳, 73%, 29%) are statistics"),
        m("ag-moe-gamble-edu-all", "delayed", MOE, OTH,
          "교육부는 7월까지 모든 중·고교에서 예방교육을 하겠다고 했으나 이를 지키지 못했고, 기한을 연말까지로 미뤘다.",
          deadline="2025-12-31", dtext="연말까지로", prev="2025-07-31",
          comment=STM + "; " + LATER + "; the old date named ('7월까지')"),
        m("ag-moe-gamble-edu-all", "progress", MOE, OTH, "10월 말 현재 교육을 마친 학교는 중학교 88%, 고등학교 81%다.",
          comment=MEAS + " (the moved one, 2025-12-31); subjectless: 교육부; the next sentence (동영상) is the "
                         "group's criticism"),
        m("ag-knpa-gamble-counsel-all", "progress", KNPA, OTH,
          "경찰청은 하반기부터 검거된 청소년을 모두 상담기관에 연계하겠다고 했지만, 2차 단속에서 검거된 청소년 680명 가운데 상담으로 이어진 것은 585명(86%)이다.",
          deadline="2025-12-31", dtext="하반기부터",
          comment=STM + "; short before the deadline (the half-year is not over): progress; the promise restated "
                        "with its date; 95명 (next) is context"),
        m("ag-mogef-gamble-shelter-4", "progress", MGEF, OTH,
          "성평등가족부(옛 여성가족부)는 올해 '회복 지원 쉼터'를 4곳으로 늘리겠다고 했고, 지금까지 3곳이 문을 열었다.",
          target=4.0, unit="곳", deadline="2025-12-31", dtext="올해",
          comment=STM + "; the body under its name on the page's date, 성평등가족부 (여성가족부's successor from "
                        "2025-10-01); short before the deadline: progress"),
        m("ag-mogef-gamble-shelter-4", "progress", MGEF, OTH, "남은 1곳은 12월에 문을 연다.",
          deadline="2025-12-31", dtext="12월에",
          comment="subjectless: 성평등가족부; the rest of an unmoved promise scheduled on course: progress ('남은 1곳' "
                  "is no target)"),
        m("ag-mge-gamble-counselor-240", "new", MGEF, OTH,
          "성평등가족부는 또 청소년상담복지센터에 도박 전담 상담사를 2026년까지 240명 배치하겠다고 이달 초 발표했다.",
          target=240.0, unit="명", deadline="2026-12-31", dtext="2026년까지",
          comment="a new commitment of the renamed body (key prefix ag-mge-); 38명 and 50명 (next) are the baseline "
                  "and a statistic"),
        m("ag-fsc-gamble-account-law", "progress", FSC, OTH,
          "금융위원회는 도박 사이트 계좌를 바로 막을 수 있도록 통신사기피해환급법 개정안을 하반기 중 국회에 내겠다고 했고, 개정안은 지난달 입법예고를 마쳤다.",
          deadline="2025-12-31", dtext="하반기 중",
          comment=STM + "; a step done before the deadline: progress; the telecom cue '통신' in the law's name is a "
                        "trap. Not annotated: the group's demands ('하나.' lines: '2026년까지 500명으로 늘리고', the 국회 "
                        "'연내에 처리하라' — not promises), the closing and the footer"),
    ]))

# ---------------------------------------------------------------- 발달장애 2/2 (work-report slides as text on a policy archive site; 보건복지부, 고용노동부)
SLIDE = "a slide's line (the ministry's own document), annotated whole with its marker; person ''"
P9_SCHED = "1월 업무계획 확정 → 3월 콜센터 개통 → 6월 긴급돌봄센터 17개 시도 완비 → 12월 통합돌봄 3,500명"
PAGES.append(dict(
    source="2026-01-15_ag_disability-work-report-slides.txt",
    title="[자료] 보건복지부 2026년 업무보고 '발달장애인' 슬라이드 전문", published_at="2026-01-15",
    mentions=[
        m("ag-mohw-dd-day-hours-176", "achieved", MOHW, OTH, "✔ 주간활동서비스 월 이용 한도 132시간 → 176시간 확대(2025년 10월 시행)",
          target=176.0, unit="시간",
          comment=SLIDE + "; in force October 2025, within the promised 하반기: achieved, " + WHEN + ". Slide 20 "
                          "(vision, goals, 27만 4,000명) is not annotated"),
        m("ag-mohw-dd-24h-3500", "progress", MOHW, OTH, "✔ 최중증 발달장애인 24시간 통합돌봄 1,800명 → 2,600명",
          comment=SLIDE + "; " + MEAS),
        m("ag-mohw-dd-crisis-17", "delayed", MOHW, OTH, "✔ 발달장애인 긴급돌봄센터 9개 → 14개 시도",
          comment=SLIDE + "; listed as an achievement, but 14 of 17 after the deadline (2025-12-31): " + SHORT +
                          ". The 일자리 3만 2,000개 line is a statistic (no commitment on record)"),
        m("ag-mohw-dd-crisis-17", "delayed", MOHW, OTH,
          "▪ 긴급돌봄센터 17개 시도 설치는 부지·인력 확보 지연으로 3개 시도가 남음",
          target=17.0, unit="개", comment=SLIDE + "; " + SHORT + "; the missed date is not named: no previous_deadline"),
        m("ag-mohw-dd-24h-3500", "progress", MOHW, OTH, "▪ 24시간 통합돌봄 대상 연말까지 3,500명으로 확대(2025년 2,600명)",
          target=3500.0, unit="명", deadline="2026-12-31", dtext="연말까지",
          comment=SLIDE + "; the promise restated on course ('2026년까지' = '연말까지'): progress. 1,900명 (slide 22) "
                          "is a statistic, the quoted 현장 의견 a parents' view"),
        m("ag-mohw-dd-crisis-17", "delayed", MOHW, OTH, "▪ 남은 3개 시도 긴급돌봄센터 상반기 중 개소",
          target=3.0, unit="개", deadline="2026-06-30", dtext="상반기 중",
          comment=SLIDE + "; " + LATER + "; the remainder is the target of the line that moves it"),
        m("ag-mohw-dd-waitlist-zero", "new", MOHW, OTH, "▪ 주간활동서비스 이용 대기자 연말까지 '0명' 달성",
          target=0.0, unit="명", deadline="2026-12-31", dtext="연말까지",
          comment=SLIDE + "; a new commitment (a cap of zero); never reported on again, its deadline ahead: announced"),
        m("ag-mohw-dd-callcenter", "new", MOHW, OTH, "▪ 발달장애인 가족 24시간 상담 콜센터(☎129 연계) 3월부터 운영",
          deadline="2026-03-31", dtext="3월부터",
          comment=SLIDE + "; a new commitment. The 단가 8.1% line (undated) and slide 24's 장려금 '유지' and 우수 사례 "
                          "lines are not annotated"),
        m("ag-moel-dd-centers-30", "progress", MOEL, OTH, "▪ 고용노동부 협업: 발달장애인 직업훈련센터 2026년까지 30곳(현재 26곳)",
          target=30.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment=SLIDE + "; 고용노동부's promise on 보건복지부's slide keeps its body; a measure (26곳) with the "
                          "promise restated: progress. Slide 25's budget lines (fiscal cue '예산') are statistics"),
        m("ag-mohw-dd-callcenter", "new", MOHW, OTH, P9_SCHED, deadline="2026-03-31", dtext="3월",
          comment="the schedule slide's one line, three commitments (its '1월 업무계획 확정' is an event, not a "
                  "promise); '3월' → 2026-03-31"),
        m("ag-mohw-dd-crisis-17", "delayed", MOHW, OTH, P9_SCHED, target=17.0, unit="개", deadline="2026-06-30",
          dtext="6월", comment="the moved date restated: delayed (its state on this page)"),
        m("ag-mohw-dd-24h-3500", "progress", MOHW, OTH, P9_SCHED, target=3500.0, unit="명", deadline="2026-12-31",
          dtext="12월",
          comment="'12월' → 2026-12-31. Not annotated: the editors' notes (the Q&A's '하반기 연구용역 결과를 보고 "
                  "정한다' is conditional), the archive's lists"),
    ]))

# ---------------------------------------------------------------- 키오스크 2/2 (wiki article with footnotes and a 연혁 list; 복지부, 중기부, 행안부, 과기정통부)
WIKI = "the wiki's prose (person ''); footnote markers stand after unannotated sentences only"
PAGES.append(dict(
    source="2026-03-24_ag_kiosk-wiki.txt", title="배리어프리 키오스크", published_at="2026-03-24",
    mentions=[
        m("ag-mohw-kiosk-small-shops", "delayed", MOHW, OTH,
          "보건복지부는 2026년 1월부터 50㎡ 미만 소규모 매장까지 의무를 넓히겠다고 밝혔으나, 소상공인 부담을 이유로 시행 시점을 2027년 1월로 1년 미뤘다.",
          deadline="2027-01-31", dtext="2027년 1월로", prev="2026-01-31",
          comment=WIKI + "; " + LATER + "; the old date named ('2026년 1월부터'); the startup cue '소상공인' is a trap "
                         "(the reason, not the subject: other). The 개요 and the 2025년 1월 rule are not annotated"),
        m("ag-mss-kiosk-3000", "delayed", MSS, SUP, "2025년 지원 목표는 3,000대였지만 실제 지원은 2,140대에 그쳤다.",
          target=3000.0, unit="대", prev="2025-12-31",
          comment=WIKI + "; " + SHORT + "; subjectless: 중소벤처기업부 (the sentence before, which describes the "
                         "subsidy); '2025년' names the promised period; no cue in the sentence (startup by remit). "
                         "The industry's reasons (next, footnoted) are not annotated"),
        m("ag-mss-kiosk-5000", "new", MSS, SUP, "중기부는 2026년 지원 물량을 5,000대로 늘리고 자부담 비율도 20%로 낮추기로 했다.",
          target=5000.0, unit="대", deadline="2026-12-31", dtext="2026년",
          comment="a new year's target after a missed one is its own commitment (ad); '중기부' = 중소벤처기업부; 20% "
                  "is the co-payment rule"),
        m("ag-mois-kiosk-public-1200", "progress", MOIS, OTH,
          "행정안전부는 2026년까지 전국 주민센터 무인민원발급기 1,200대를 배리어프리 기기로 바꾸고 있으며, 2025년 말까지 640대를 교체했다.",
          target=1200.0, unit="대", deadline="2026-12-31", dtext="2026년까지",
          comment=WIKI + "; a measure with the promise restated: progress; '2025년 말까지' is the measured period"),
        m("ag-msit-kiosk-edu-200k", "achieved", MSIT, OTH,
          "과학기술정보통신부는 2025년 디지털배움터에서 어르신 21만 3,000명에게 키오스크 사용 교육을 해 목표(20만 명)를 넘겼다.",
          target=200000.0, unit="명", comment=WIKI + "; " + WHEN + "; the clause names the target"),
        m("ag-msit-kiosk-test-center", "achieved", MSIT, OTH,
          "과기정통부가 2025년 하반기에 열기로 한 키오스크 접근성 인증 시험센터는 장비 도입이 늦어져 2026년 2월에야 문을 열었다.",
          comment=WIKI + "; " + LATE + " ('과기정통부' = 과학기술정보통신부). 한국디지털접근성협회's own 인증 '2026년 "
                         "중' (next) is another actor"),
        m("ag-mohw-kiosk-small-shops", "delayed", MOHW, OTH,
          "- 2025년 12월: 보건복지부, 소규모 매장 의무화 시점을 2027년 1월로 유예",
          deadline="2027-01-31", dtext="2027년 1월로",
          comment="a 연혁 entry that reports an outcome, whole with its marker and date (ae's timeline); the "
                  "2025년 1월 entry (a rule in force) is not annotated"),
        m("ag-msit-kiosk-test-center", "achieved", MSIT, OTH,
          "- 2026년 2월: 키오스크 접근성 인증 시험센터 개소(당초 2025년 하반기 예정)",
          comment="the 연혁 entry: " + LATE + "; names no body: 과학기술정보통신부's"),
        m("ag-mss-kiosk-5000", "new", MSS, SUP, "- 2026년 3월: 중기부, 2026년 지원 물량 5,000대로 확대 발표",
          target=5000.0, unit="대", deadline="2026-12-31", dtext="2026년",
          comment="the 연혁 entry of this month's announcement (the new commitment, as in the prose). Not "
                  "annotated: 비판과 논란 (groups' views, a lawmaker's bill), the footnotes and the licence"),
    ]))

# ---------------------------------------------------------------- 상수도 4/4 (portal's news cluster: auto title, snippets of seven outlets; 기후에너지환경부, 기획예산처)
P11_T = "'노후 상수관 1,000km' 약속 못 지킨 정부…내년 보조율 70%로 올린다"
SNIP = "a snippet of an outlet's article in the cluster (person '')"
PAGES.append(dict(
    source="2026-06-16_ag_water-news-cluster.txt", title=P11_T, published_at="2026-06-16",
    mentions=[
        m("ag-me-pipe-1000km", "delayed", MCEE, OTH, P11_T, target=1000.0, unit="km",
          comment="the cluster's title (the portal's, as a headline): one line, two commitments; " + SHORT +
                  "; '정부' = the body of each clause (기후에너지환경부; 기획예산처)"),
        m("ag-mpb-pipe-subsidy-70", "new", MPB, FIS, P11_T, target=70.0, unit="%",
          comment="'내년' names the budget year, not a deadline; fiscal by remit (no cue in the line)"),
        m("ag-me-pipe-1000km", "delayed", MCEE, OTH, "노후 상수관 교체 지난해 870km…목표 1,000km 못 미쳐",
          target=1000.0, unit="km", prev="2025-12-31",
          comment=SNIP + " (its headline); " + SHORT + "; '지난해' names the promised period; the body under its name "
                         "on the page's date, 기후에너지환경부 (환경부's successor)"),
        m("ag-me-pipe-1000km", "delayed", MCEE, OTH,
          "기후에너지환경부가 지난해 교체하겠다고 한 노후 상수관로 1,000km 가운데 실제로 교체된 것은 870km에 그쳤다.",
          target=1000.0, unit="km", prev="2025-12-31",
          comment=SNIP + "; " + SHORT + ". The reasons and the 11개 시·군 (next) are context"),
        m("ag-me-leak-rate-12", "progress", MCEE, OTH, "농어촌 누수율 17.9%로 낮아졌지만…'2030년 12%'는 먼 길",
          target=12.0, unit="%", deadline="2030-12-31", dtext="2030년",
          comment=SNIP + " (its headline); a measure with the target and its year named: progress"),
        m("ag-me-leak-rate-12", "progress", MCEE, OTH,
          "지난해 농어촌 지역 상수도 누수율은 17.9%로 1년 전보다 1.2%포인트 내려갔다.",
          comment=SNIP + "; " + MEAS + "; subjectless: 기후에너지환경부 (the statistic is its); 6억 8,000만 톤 "
                         "(next) is an estimate"),
        m("ag-me-leak-rate-12", "progress", MCEE, OTH, "기후에너지환경부는 2030년까지 12% 이하로 낮추겠다는 목표를 유지한다고 밝혔다.",
          target=12.0, unit="%", deadline="2030-12-31", dtext="2030년까지", comment="the promise restated on course"),
        m("ag-me-smart-grid-30", "achieved", MCEE, OTH, "스마트 관망관리 지난해 31곳 추가…유충 차단 설비는 '절반의 성공'",
          comment=SNIP + " (its headline): 31 against 30, on time: achieved, no fields (31곳 is the result); the "
                         "line's second clause ('절반의 성공', a figure of speech, no measure) is not annotated "
                         "(uncertain call)"),
        m("ag-me-smart-grid-30", "achieved", MCEE, OTH,
          "환경부 시절 약속한 스마트 관망관리 구축은 지난해 31개 지방자치단체에 새로 들어서 목표(30개)를 넘었다.",
          target=30.0, unit="개",
          comment=SNIP + "; " + WHEN + "; '환경부 시절' names the predecessor; the body on the page's date, "
                         "기후에너지환경부"),
        m("ag-me-larva-filter-60", "progress", MCEE, OTH,
          "반면 정수장 60곳에 유충 차단 설비를 설치하겠다던 계획은 이달 현재 42곳만 끝났다.",
          target=60.0, unit="곳",
          comment=SNIP + "; short before the deadline (2026-06-30): progress; the clause names the target"),
        m("ag-me-larva-filter-60", "delayed", MCEE, OTH, "기후에너지환경부는 나머지 18곳의 설치를 연말까지 마치겠다고 밝혔다.",
          target=18.0, unit="곳", deadline="2026-12-31", dtext="연말까지",
          comment=LATER + " (reported before the old deadline, x-af); the remainder is the target of the sentence that "
                          "moves it; this delay, later on the page, decides the status"),
        m("ag-mpb-pipe-subsidy-70", "new", MPB, FIS, "기획예산처 \"내년 농어촌 상수관 국고보조율 70%로\"",
          target=70.0, unit="%", comment=SNIP + " (its headline, a quoted title); no deadline fields ('내년' = the "
                                                "budget year)"),
        m("ag-mpb-pipe-subsidy-70", "new", MPB, FIS,
          "기획예산처는 9월 국회에 제출하는 2027년 예산안에 농어촌 노후 상수관 정비 사업의 국고보조율을 50%에서 70%로 높여 반영하겠다고 15일 밝혔다.",
          target=70.0, unit="%", deadline="2026-09-30", dtext="9월",
          comment=SNIP + "; a new commitment of the budget office (key prefix ag-mpb-): to put the rate in the bill "
                         "it submits in September → 2026-09-30; 50% is the rule in force; cue '예산안'"),
        m("ag-moef-pipe-budget-12t", "achieved", MPB, FIS,
          "올해 노후 상수관 정비 예산은 1조 2,400억 원으로, 기획재정부가 지난해 약속한 1조 2,000억 원보다 많다.",
          target=1200000000000.0, unit="원",
          comment="the 2026 budget as passed, above the promised amount: achieved again; the sentence names the "
                  "promiser 기획재정부, but the body on the page's date for the budget is 기획예산처 (기획재정부's "
                  "successor that took the budget). Not annotated: 한국수자원공사's '하반기부터' (a public "
                  "corporation, no ministry), 미령시's works and its 120km '내년까지' (a local government), the "
                  "report from a village (31%, 8% — statistics), the reporter's column, the lists"),
    ]))

# ---------------------------------------------------------------- all five, last (a think tank's promise-check brief: headline, 요약 bullets, Ⅱ sections, tally after the sign-off)
P12_H = "학교 석면 제거 2029년으로…발달장애인 긴급돌봄센터 17개 시도 완비"
BRIEF = "the brief's prose (person ''); a subjectless sentence takes the body its section or the sentence before names"
PAGES.append(dict(
    source="2026-11-26_ag_promise-check-brief.txt", title=P12_H, published_at="2026-11-26",
    mentions=[
        m("ag-moe-asbestos-zero-2027", "delayed", MOE, OTH, P12_H, deadline="2029-12-31", dtext="2029년으로",
          comment=LATER + "; the headline names no body: 교육부's; one line, two commitments"),
        m("ag-mohw-dd-crisis-17", "achieved", MOHW, OTH, P12_H, target=17.0, unit="개",
          comment=LATE + " (promised for 2025, moved to H1 2026, done in July); names no body: 보건복지부's"),
        m("ag-moe-asbestos-zero-2027", "delayed", MOE, OTH, "· 교육부는 '석면 없는 학교' 목표 시점을 2027년에서 2029년으로 늦췄다.",
          deadline="2029-12-31", dtext="2029년으로", prev="2027-12-31",
          comment="the 요약 bullets are annotated like deck lines, whole with their marker; " + LATER +
                  "; the old date named ('2027년에서')"),
        m("ag-mohw-dd-crisis-17", "achieved", MOHW, OTH, "· 발달장애인 긴급돌봄센터는 7월 17개 시도에 모두 문을 열었다.",
          target=17.0, unit="개", comment=LATE),
        m("ag-mpb-pipe-subsidy-70", "cancelled", MPB, FIS, "· 기획예산처는 농어촌 상수관 국고보조율 70% 상향 계획을 접었다.",
          target=70.0, unit="%", comment="'접었다': cancelled; no fiscal cue in the bullet (the category stands)"),
        m("ag-mss-kiosk-5000", "progress", MSS, SUP,
          "· 중기부 배리어프리 키오스크 지원은 10월까지 3,900대로, 올해 목표(5,000대)의 78%다.",
          target=5000.0, unit="대", deadline="2026-12-31", dtext="올해",
          comment="a measure with the target and its year named, before the deadline: progress; '10월까지' is the "
                  "measured period; no cue in the bullet (startup by remit). Ⅰ (the method: 34건, 11월 20일 기준) is "
                  "not annotated"),
        # 1. 학교 석면·슬레이트
        m("ag-moe-asbestos-zero-2027", "progress", MOE, OTH, "석면이 남은 학교는 10월 기준 610곳이다.",
          comment=BRIEF + " (교육부's count); a measure: progress, no fields; the delay (next) decides the status"),
        m("ag-moe-asbestos-zero-2027", "delayed", MOE, OTH,
          "교육부는 지난 8월 공사비 상승과 방학 중 공사 인력 부족을 이유로 목표 시점을 2027년에서 2029년으로 늦췄다.",
          deadline="2029-12-31", dtext="2029년으로", prev="2027-12-31",
          comment=LATER + "; moved before the old deadline (x-af); '지난 8월' is when it was moved"),
        m("ag-moe-asbestos-monitor-all", "achieved", MOE, OTH, "학부모 모니터단은 지난해 하반기부터 모든 석면 공사 현장에 참여하고 있다.",
          comment=BRIEF + "; subjectless: 교육부's scheme; all sites from the second half of 2025, within the promised "
                          "year: achieved, " + WHEN),
        m("ag-me-slate-25k", "delayed", MCEE, OTH,
          "슬레이트 지붕 철거 지원은 지난해 2만 1,300동에 그쳐 목표(2만 5,000동)에 못 미쳤다.",
          target=25000.0, unit="동", prev="2025-12-31",
          comment=BRIEF + "; " + SHORT + "; '지난해' names the promised period; subjectless: the body on the page's "
                          "date, 기후에너지환경부 (환경부's successor)"),
        m("ag-mcee-slate-40k", "new", MCEE, OTH, "기후에너지환경부는 남은 슬레이트 지붕 4만 동을 2027년까지 모두 철거하겠다고 새로 밝혔다.",
          target=40000.0, unit="동", deadline="2027-12-31", dtext="2027년까지",
          comment="a new commitment of the renamed body (key prefix ag-mcee-); its deadline ahead: announced"),
        # 2. 노후 상수도
        m("ag-me-leak-rate-12", "progress", MCEE, OTH, "농어촌 누수율은 지난해 17.9%였고, 기후에너지환경부는 2030년 12% 목표를 유지하고 있다.",
          target=12.0, unit="%", deadline="2030-12-31", dtext="2030년",
          comment=BRIEF + "; a measure and the promise restated on course: progress"),
        m("ag-mpb-pipe-subsidy-70", "cancelled", MPB, FIS,
          "기획예산처는 8월 국회에 낸 2027년 예산안에 농어촌 상수관 국고보조율 70% 상향을 담지 않았고, 지방비 분담 구조를 다시 짜겠다며 상향 계획을 접었다.",
          target=70.0, unit="%",
          comment="one sentence: left out of the bill and dropped: annotated once with its latest state, cancelled; "
                  "'8월' is when the bill was submitted (not the promised '9월'): no previous_deadline; cue '예산안'. "
                  "The 정수장 유충 차단 설비 promise is not written on this page"),
        # 3. 발달장애인 돌봄
        m("ag-mohw-dd-24h-3500", "progress", MOHW, OTH, "최중증 발달장애인 24시간 통합돌봄은 10월 기준 3,280명이 받고 있다.",
          comment=BRIEF + "; " + MEAS + "; subjectless: 보건복지부 (the next sentence)"),
        m("ag-mohw-dd-24h-3500", "progress", MOHW, OTH, "보건복지부는 연말까지 3,500명을 채우겠다는 입장이다.",
          target=3500.0, unit="명", deadline="2026-12-31", dtext="연말까지", comment="the promise restated on course"),
        m("ag-mohw-dd-crisis-17", "achieved", MOHW, OTH, "긴급돌봄센터는 7월 남은 3개 시도에 문을 열어 17개 시도에 모두 갖춰졌다.",
          target=17.0, unit="개", comment=BRIEF + "; " + LATE + "; the clause names the target"),
        m("ag-mohw-dd-callcenter", "achieved", MOHW, OTH,
          "3월 문을 연 발달장애인 가족 24시간 상담 콜센터에는 10월까지 2만 1,000여 건의 상담이 들어왔다.",
          comment=BRIEF + "; opened in March as promised: achieved, " + WHEN + "; 2만 1,000여 건 is a statistic, "
                          "'10월까지' the measured period"),
        m("ag-moel-dd-centers-30", "progress", MOEL, OTH, "고용노동부의 발달장애인 직업훈련센터는 10월 기준 28곳이다.",
          comment=BRIEF + "; " + MEAS + " (2026-12-31)"),
        m("ag-moe-dd-school-10", "revision", MOE, OTH, "교육부는 특수학교 신설 목표를 2027년까지 10곳에서 8곳으로 줄였다.",
          target=8.0, unit="곳", deadline="2027-12-31", dtext="2027년까지",
          comment="a lowered target, the date unchanged: revision (the new target in target_value). The trust "
                  "bill (2025) and the 대기자 '0명' promise (2026) are not written on this page"),
        # 4. 배리어프리 키오스크
        m("ag-mois-kiosk-public-1200", "achieved", MOIS, OTH, "행정안전부는 9월 주민센터 무인민원발급기 1,200대 교체를 마쳤다.",
          target=1200.0, unit="대", comment=BRIEF + "; done in September 2026, within '2026년까지': achieved, " + WHEN),
        m("ag-mohw-kiosk-small-shops", "delayed", MOHW, OTH, "소규모 매장 의무화는 내년 1월로 1년 미뤄진 상태다.",
          deadline="2027-01-31", dtext="내년 1월로",
          comment="the delay restated: delayed with its new date ('내년 1월로' on 2026-11-26 → 2027-01-31); "
                  "subjectless: 보건복지부 (the rule is its)"),
        m("ag-mss-kiosk-5000", "progress", MSS, SUP, "중소벤처기업부의 올해 소상공인 키오스크 구매 지원은 10월까지 3,900대다.",
          comment=BRIEF + "; " + MEAS + "; '올해 … 10월까지' is the measured period, not a deadline; cue '소상공인'"),
        m("ag-mss-kiosk-5000", "progress", MSS, SUP, "중기부는 연말까지 추가 공모로 남은 1,100대를 채운다는 계획이다.",
          deadline="2026-12-31", dtext="연말까지",
          comment="the promise restated on course: progress; '남은 1,100대' is the remainder of an unmoved promise, "
                  "not its target"),
        # 5. 청소년 사이버도박
        m("ag-moe-gamble-edu-all", "achieved", MOE, OTH, "교육부는 올해 2월에야 모든 중·고교에서 예방교육을 마쳤다.",
          comment=BRIEF + "; " + LATE + " (promised for July 2025, moved to the end of 2025, done in February 2026)"),
        m("ag-mogef-gamble-shelter-4", "achieved", MGEF, OTH, "성평등가족부는 지난해 회복 지원 쉼터 4곳을 모두 열었다.",
          target=4.0, unit="곳", comment=BRIEF + "; " + WHEN + "; the clause names the target; 성평등가족부 "
                                                               "(여성가족부's successor)"),
        m("ag-knpa-gamble-counsel-all", "delayed", KNPA, OTH,
          "지난해 하반기 검거된 청소년의 상담 연계율은 91%로, 경찰청이 약속한 '전원 연계'에 못 미쳤다.",
          comment=BRIEF + "; " + SHORT + "; '지난해 하반기' is the measured period (the promise ran '하반기부터', no "
                          "end): no previous_deadline"),
        m("ag-fsc-gamble-account-law", "cancelled", FSC, OTH,
          "금융위원회는 통신사기피해환급법을 고치는 대신 은행권 자율 지급정지 협약으로 방향을 바꿔, 개정안을 국회에 내지 않기로 했다.",
          comment="dropped for a bank agreement: cancelled (the replacement is undated: no new commitment); the "
                  "telecom cue '통신' in the law's name is a trap"),
        m("ag-mge-gamble-counselor-240", "progress", MGEF, OTH, "현재 배치된 도박 전담 상담사는 152명이다.",
          comment=BRIEF + "; " + MEAS + "; the revision (next) decides the status"),
        m("ag-mge-gamble-counselor-240", "revision", MGEF, OTH,
          "성평등가족부는 상담사 배치 목표를 2026년까지 240명에서 180명으로 낮췄다.",
          target=180.0, unit="명", deadline="2026-12-31", dtext="2026년까지",
          comment="a lowered target, the date unchanged: revision. Not annotated: Ⅲ 제언 (the institute's advice "
                  "and its own next issue '내년 상반기'), the tally line after the sign-off, the notes and lists"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-26)
LAST = "2026-11-26"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    # 학교 석면·슬레이트
    ("ag-moe-asbestos-zero-2027", MOE, OTH, "남은 2,480개교 석면 모두 제거 '석면 없는 학교' 2027년까지 (→ 2029년)", "delayed",
     "1,240곳 left (Sep 2025); 610곳 left and moved to 2029 in August 2026 (Nov 2026)"),
    ("ag-moe-asbestos-winter-650", MOE, OTH, "2024-25 겨울방학 650개교 석면 공사 2025년 2월 말까지", "achieved",
     "done by the end of February 2025 (on time, Sep 2025)"),
    ("ag-moe-asbestos-air-disclose", MOE, OTH, "공사 마친 학교 공기 중 석면 농도 '학교알리미' 공개 2025년 3월부터", "achieved",
     "published from March 2025 (on time)"),
    ("ag-moe-asbestos-monitor-all", MOE, OTH, "학교 석면 모니터단 모든 공사 현장 참여 2025년부터 (80% → 100%)", "achieved",
     "555 of 590 sites and restated (Sep 2025); all sites from H2 2025 (Nov 2026)"),
    ("ag-moel-asbestos-inspect-all", MOEL, OTH, "석면 해체·제거 사업장 1,380곳 전수 점검 2025년 상반기 중", "delayed",
     "1,150곳 inspected (Sep 2025)"),
    ("ag-me-slate-25k", MCEE, OTH, "슬레이트 지붕 철거비 지원 2025년 2만 5,000동", "delayed",
     "1만 2,600동 by August (Sep 2025); 2만 1,300동 in 2025 (Nov 2026); made by 환경부, 기후에너지환경부 since "
     "2025-10-01"),
    ("ag-mcee-slate-40k", MCEE, OTH, "남은 슬레이트 지붕 4만 동 2027년까지 모두 철거", "announced", ""),
    # 노후 상수도
    ("ag-me-pipe-1000km", MCEE, OTH, "노후 상수관로 2025년 1,000km 교체·개량 (지난해 820km)", "delayed",
     "410km in H1 (Aug 2025); 870km in 2025 (Jun 2026); made by 환경부"),
    ("ag-me-leak-rate-12", MCEE, OTH, "농어촌 상수도 누수율 19.6% → 2030년까지 12% 이하", "in_progress",
     "17.9% in 2025, target kept (Jun and Nov 2026); made by 환경부"),
    ("ag-me-smart-grid-30", MCEE, OTH, "스마트 관망관리 2025년 30개 지방자치단체 추가 구축", "achieved",
     "restated (Aug 2025); 31 in 2025 (on time, Jun 2026); made by 환경부"),
    ("ag-me-larva-inspect-485", MCEE, OTH, "전국 정수장 485곳 유충 유입 차단 일제 점검 2025년 상반기 중", "achieved",
     "done by the end of June 2025 (on time, Aug 2025); made by 환경부"),
    ("ag-me-larva-filter-60", MCEE, OTH, "정수장 60곳 활성탄 여과지 유충 차단 설비 2026년 상반기까지 (남은 18곳 → 연말)", "delayed",
     "42곳 and the other 18 moved to the end of 2026 (Jun 2026); made by 환경부"),
    ("ag-moef-pipe-budget-12t", MPB, FIS, "2026년 예산안에 노후 상수관 정비 예산 1조 2,000억 원 이상 반영 (2025년 8월 말)",
     "achieved", "1조 2,300억 원 in the bill (Sep 2025); 1조 2,400억 원 in the 2026 budget (Jun 2026); made by "
                 "기획재정부, 기획예산처 (budget) since 2026-01-02"),
    ("ag-mpb-pipe-subsidy-70", MPB, FIS, "농어촌 노후 상수관 정비 국고보조율 50 → 70% 2027년 예산안 반영 (2026년 9월)",
     "cancelled", "left out of the bill and dropped (Nov 2026)"),
    # 발달장애인 돌봄
    ("ag-mohw-dd-24h-3500", MOHW, OTH, "최중증 발달장애인 24시간 통합돌봄 1,800 → 2026년까지 3,500명", "in_progress",
     "2,600명 in 2025 (Jan 2026); 3,280명 in October and restated (Nov 2026)"),
    ("ag-mohw-dd-day-hours-176", MOHW, OTH, "주간활동서비스 월 한도 132 → 176시간 2025년 하반기부터", "achieved",
     "in force October 2025 (on time, Jan 2026)"),
    ("ag-mohw-dd-crisis-17", MOHW, OTH, "발달장애인 긴급돌봄센터 17개 시도 모두 2025년 내 (남은 3곳 → 2026년 상반기)", "achieved",
     "14 and the rest moved to H1 2026 (Jan 2026); all 17 in July 2026 (late)"),
    ("ag-mohw-dd-trust-law", MOHW, OTH, "발달장애인 재산 '공공신탁' 도입 발달장애인법 개정안 2025년 하반기 중 국회 제출", "delayed",
     "never followed up: its deadline (2025-12-31) passed with no report of achievement (date rule)"),
    ("ag-moel-dd-centers-30", MOEL, OTH, "발달장애인 직업훈련센터 23 → 2026년까지 30곳", "in_progress",
     "26곳 (Jan 2026); 28곳 in October 2026"),
    ("ag-moe-dd-school-10", MOE, OTH, "특수학교 2027년까지 10곳 신설 (→ 8곳)", "revised", "target cut to 8곳 (Nov 2026)"),
    ("ag-mohw-dd-callcenter", MOHW, OTH, "발달장애인 가족 24시간 상담 콜센터 2026년 3월부터", "achieved",
     "opened in March 2026 (on time)"),
    ("ag-mohw-dd-waitlist-zero", MOHW, OTH, "주간활동서비스 이용 대기자 2026년 말까지 0명", "announced", ""),
    # 배리어프리 키오스크
    ("ag-mss-kiosk-3000", MSS, SUP, "소상공인 배리어프리 키오스크 구매 지원 2025년 3,000대", "delayed",
     "1,700대 applied for (Jun 2025); 2,140대 in 2025 (Mar 2026)"),
    ("ag-mss-kiosk-5000", MSS, SUP, "소상공인 배리어프리 키오스크 구매 지원 2026년 5,000대", "in_progress",
     "3,900대 by October, the rest restated for the year's end (Nov 2026)"),
    ("ag-mohw-kiosk-small-shops", MOHW, OTH, "50㎡ 미만 소규모 매장 키오스크 접근성 의무 2026년 1월부터 (→ 2027년 1월)",
     "delayed", "moved to January 2027 in December 2025 (Mar 2026; restated Nov 2026)"),
    ("ag-msit-kiosk-edu-200k", MSIT, OTH, "디지털배움터 어르신 키오스크 교육 2025년 20만 명", "achieved",
     "21만 3,000명 in 2025 (on time, Mar 2026)"),
    ("ag-mois-kiosk-public-1200", MOIS, OTH, "주민센터 무인민원발급기 1,200대 배리어프리 교체 2026년까지", "achieved",
     "640대 by the end of 2025 (Mar 2026); all 1,200 in September 2026"),
    ("ag-msit-kiosk-test-center", MSIT, OTH, "키오스크 접근성 인증 시험센터 2025년 하반기 개소", "achieved",
     "opened February 2026 (late)"),
    # 청소년 사이버도박
    ("ag-knpa-gamble-crackdown-2", KNPA, OTH, "청소년 사이버도박 2차 특별단속 2025년 5~10월", "achieved",
     "held through October 2025, results published (Nov 2025)"),
    ("ag-knpa-gamble-counsel-all", KNPA, OTH, "검거 청소년 전원 전문 상담기관 연계 2025년 하반기부터 (58% → 100%)", "delayed",
     "86% (Nov 2025); 91% in H2 2025 (Nov 2026)"),
    ("ag-moe-gamble-edu-all", MOE, OTH, "모든 중·고교 사이버도박 예방교육 2025년 7월까지 (→ 연말)", "achieved",
     "71%/64% and moved to the end of 2025 (Sep 2025); 88%/81% (Nov 2025); done February 2026 (late)"),
    ("ag-mogef-gamble-shelter-4", MGEF, OTH, "도박 문제 청소년 '회복 지원 쉼터' 1 → 2025년 4곳", "achieved",
     "3 by November (Nov 2025); all 4 in 2025 (Nov 2026); made by 여성가족부, 성평등가족부 since 2025-10-01"),
    ("ag-fsc-gamble-account-law", FSC, OTH, "도박 의심 계좌 지급정지 통신사기피해환급법 개정안 2025년 하반기 중 국회 제출", "cancelled",
     "pre-announced in October 2025 (Nov 2025); dropped for a bank agreement (Nov 2026)"),
    ("ag-mge-gamble-counselor-240", MGEF, OTH, "청소년상담복지센터 도박 전담 상담사 2026년까지 240명 (→ 180명)", "revised",
     "target cut to 180명, 152명 placed (Nov 2026)"),
]


if __name__ == "__main__":
    write(ROOT, "ag", PAGES, COMMITMENTS, LAST,
          ["ministry = the responsible body under the name valid on that date (환경부's 석면·상수도 promises are",
           "listed under 기후에너지환경부, its successor from 2025-10-01; 여성가족부's 쉼터 promise under 성평등가족부, its",
           "successor that day; 기획재정부's 상수관 예산 promise under 기획예산처, the successor that took the budget",
           "on 2026-01-02; every other body kept its name through 2026-11-26)."],
          with_commitments="--commitments" in sys.argv[1:])
