"""Writes the hand annotations of held-out set y to gold/*.toml.

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
KMA = "기상청"
MOE = "교육부"
MOLIT = "국토교통부"
MOEF = "기획재정부"          # until 2026-01-01
MOFE = "재정경제부"          # from 2026-01-02 (took 세제 from 기획재정부: the 영상콘텐츠 세액공제 goes here)
MOPB = "기획예산처"          # from 2026-01-02 (took the budget from 기획재정부: the 내진 국비 and the 영화발전기금
                             # 전입 go here, not to 재정경제부, the primary successor)
MAFRA = "농림축산식품부"
RDA = "농촌진흥청"
MOTIE = "산업통상자원부"      # until 2025-09-30
MOTI = "산업통상부"          # from 2025-10-01 (successor of 산업통상자원부; kept 바이오 산업)
MFDS = "식품의약품안전처"
MOHW = "보건복지부"
MCST = "문화체육관광부"
KCC = "방송통신위원회"        # until 2025-09-30
KMCC = "방송미디어통신위원회"  # from 2025-10-01 (replaced 방송통신위원회; the 불법 스트리밍 차단 goes here)

OTH = "other"       # 지진 대비, 스마트팜·청년농, 영화산업, 생활체육: no topic of topics.toml fits
IND = "industry"    # 바이오 제조 (바이오의약품 CDMO; 산업통상자원부 / 산업통상부 own industry)

LATE = "achieved after the deadline the commitment named; no deadline fields (the sentence names a missed date or none)"
LATER = "deadline moved later: delayed (convention of j-x), new date in deadline"
WHEN = "on time, but the time words say when it was done, not what was promised: no deadline fields (q-x)"

W1T = 1000000000000.0        # 1조 원
W400B = 400000000000.0       # 4,000억 원
W300B = 300000000000.0       # 3,000억 원
W100B = 100000000000.0       # 1,000억 원
W60B = 60000000000.0         # 600억 원
W5B = 5000000000.0           # 50억 원
W1_3M = 1300000.0            # 130만 원
W1_2M = 1200000.0            # 120만 원
W120K = 120000.0             # 12만 원

PAGES: list[dict] = []

# ---------------------------------------------------------------- 지진 1/3 (wire, `(세종=새길통신)` dateline; 행안부, 기상청, 교육부, 국토부, 기재부)
P1_H = "공공시설 내진율 2030년 90%로…지진 조기경보 3초 이내로 당긴다"
PAGES.append(dict(
    source="2025-02-11_y_quake-plan-wire.txt", title=P1_H, published_at="2025-02-11",
    mentions=[
        m("y-mois-quake-public-90", "new", MOIS, OTH, P1_H, target=90.0, unit="%", deadline="2030-12-31",
          dtext="2030년", comment="the headline names no body: 행정안전부's plan; one headline, two commitments"),
        m("y-kma-quake-alert-3s", "new", KMA, OTH, P1_H, target=3.0, unit="초",
          comment="the second clause is 기상청's promise; no date in the clause"),
        m("y-mois-quake-public-90", "new", MOIS, OTH,
          "정부가 지난달 충북 충주에서 일어난 규모 4.6 지진을 계기로 2030년까지 전국 공공시설물의 내진율을 90%로 끌어올리기로 했다.",
          target=90.0, unit="%", deadline="2030-12-31", dtext="2030년까지",
          comment="the lead; the wire dateline is not part of the sentence; '정부' → 행정안전부 (the plan's body). "
                  "Not annotated: the plan-release sentence, the 충주 지진 facts (240건, 3곳), 79.2% (the baseline), "
                  "'행안부는 시설별 진도를 … 공개해 … 경쟁을 붙일 계획이다.' (undated, no target)"),
        m("y-mois-quake-shelter", "new", MOIS, OTH,
          "행안부는 전국 1만 1,000여 곳의 지진 옥외대피장소를 상반기 중 모두 현장 점검해 부적합한 곳은 지정을 취소하고 새로 지정하기로 했다.",
          target=11000.0, unit="곳", deadline="2025-06-30", dtext="상반기 중",
          comment="'1만 1,000여 곳' (all of them) is the target; the umbrella before it is not annotated"),
        m("y-kma-quake-alert-3s", "new", KMA, OTH,
          "기상청은 지진 관측부터 조기경보 발표까지 걸리는 시간을 지금의 5~10초에서 2027년까지 3초 이내로 줄이겠다고 밝혔다.",
          target=3.0, unit="초", deadline="2027-12-31", dtext="2027년까지",
          comment="5~10초 is the baseline; '경보도 빨라진다.' (the umbrella before it) is not annotated"),
        m("y-kma-quake-stations-500", "new", KMA, OTH,
          "이를 위해 전국 지진 관측소를 지금의 400곳에서 2026년까지 500곳으로 늘린다.",
          target=500.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment="subjectless: 기상청; 400곳 is the baseline. 국세윤's quote after it is an explanation, not a promise"),
        m("y-moe-quake-school-2100", "new", MOE, OTH,
          "교육부는 아직 내진 보강을 하지 않은 학교 건물 2,100동을 2027년까지 모두 보강하겠다고 밝혔다.",
          target=2100.0, unit="동", deadline="2027-12-31", dtext="2027년까지"),
        m("y-molit-quake-piloti-500", "new", MOLIT, OTH,
          "국토교통부는 1층을 기둥만 세워 주차장으로 쓰는 민간 필로티 건축물 500동에 대해 연내 내진 보강 비용의 최대 절반을 지원하기로 했다.",
          target=500.0, unit="동", deadline="2025-12-31", dtext="연내",
          comment="'최대 절반' is the rule of the subsidy, not the target; the count of buildings is"),
        m("y-molit-quake-label", "new", MOLIT, OTH,
          "건물의 지진 안전 등급을 매겨 출입구에 붙이는 '지진안전 성능 표시제'도 하반기에 도입한다.",
          deadline="2025-12-31", dtext="하반기에", comment="subjectless: 국토부"),
        m("y-moef-quake-budget", "new", MOEF, OTH,
          "기획재정부는 공공시설 내진 보강에 드는 국비 3,000억 원을 8월 말 확정하는 내년 예산안에 담기로 했다.",
          target=W300B, unit="원", deadline="2025-08-31", dtext="8월 말",
          comment="the fiscal cues '예산안' (weak) and 기획재정부 (fiscal's remit_of) are a trap: other by subject "
                  "(uncertain call); listed under 기획예산처 in unseen.toml. Not annotated: 17.3% (a statistic), "
                  "은채하's 1조 원 (an opposition lawmaker's demand), 충청북도's 300만 원 by 이달 (a local "
                  "government), the 40조 원 (a private institute's estimate)"),
    ]))

# ---------------------------------------------------------------- 스마트팜 1/3 (economic daily, one deck line, ad line; 농식품부, 농진청)
P2_H = "청년농 2027년까지 3만 명 키운다…임대형 스마트팜 15곳 조성"
P2_D = "스마트팜 청년 대출 한도 50억 원으로…영농정착지원금 월 130만 원"
PAGES.append(dict(
    source="2025-03-18_y_smartfarm-youth-plan.txt", title=P2_H, published_at="2025-03-18",
    mentions=[
        m("y-mafra-farm-youth-30k", "new", MAFRA, OTH, P2_H, target=30000.0, unit="명", deadline="2027-12-31",
          dtext="2027년까지", comment="the headline names no body: 농림축산식품부's plan; one headline, two commitments"),
        m("y-mafra-farm-lease-15", "new", MAFRA, OTH, P2_H, target=15.0, unit="곳", comment="no date in the clause"),
        m("y-mafra-farm-loan-50", "new", MAFRA, OTH, P2_D, target=W5B, unit="원",
          comment="the deck names no body: 농식품부; one deck line, two commitments; no dates"),
        m("y-mafra-farm-stipend-130", "new", MAFRA, OTH, P2_D, target=W1_3M, unit="원"),
        m("y-mafra-farm-youth-30k", "new", MAFRA, OTH,
          "농식품부는 2027년까지 만 40세 미만 청년농 3만 명을 길러 내겠다고 밝혔다.",
          target=30000.0, unit="명", deadline="2027-12-31", dtext="2027년까지",
          comment="the plan-release sentence before it and the lead are not annotated; 1만 8,400명, 1.8%, 52.6% are "
                  "statistics"),
        m("y-mafra-farm-lease-15", "new", MAFRA, OTH,
          "시설을 지을 목돈이 없는 청년을 위해 지자체와 함께 임대형 스마트팜을 2026년까지 15곳 만든다.",
          target=15.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment="subjectless: 농식품부; the 3년 임대 description after it is not annotated"),
        m("y-mafra-farm-loan-50", "new", MAFRA, OTH,
          "청년이 스마트팜을 창업할 때 빌릴 수 있는 스마트팜 종합자금 한도는 하반기부터 30억 원에서 50억 원으로 오른다.",
          target=W5B, unit="원", deadline="2025-12-31", dtext="하반기부터",
          comment="a plan's promise stated as an outcome; the startup cue '창업' is a trap: other by subject"),
        m("y-mafra-farm-stipend-130", "new", MAFRA, OTH,
          "영농 초기 소득을 보전하는 영농정착지원금도 월 최대 110만 원에서 내년부터 130만 원으로 늘린다.",
          target=W1_3M, unit="원", deadline="2026-12-31", dtext="내년부터", comment="subjectless: 농식품부"),
        m("y-mafra-farm-landbank-2000", "new", MAFRA, OTH,
          "농식품부는 한국농어촌공사 농지은행을 통해 청년에게 빌려주는 농지를 올해 2,000ha로 늘리기로 했다.",
          target=2000.0, unit="ha", deadline="2025-12-31", dtext="올해",
          comment="the 농지은행 is run by a public company, the promise is 농식품부's; 1,420ha is the baseline"),
        m("y-mafra-farm-share-30", "new", MAFRA, OTH,
          "시설원예 농가 가운데 스마트팜 비중은 지금 16%에서 2030년 30%로 높인다는 목표다.",
          target=30.0, unit="%", deadline="2030-12-31", dtext="2030년",
          comment="subjectless: 농식품부; a stated target ('목표다'); never followed up (announced)"),
        m("y-rda-farm-ai-10", "new", RDA, OTH,
          "농촌진흥청은 온도·습도와 생육 데이터를 분석해 물과 비료를 줄 시기를 알려 주는 AI 생육관리 모델을 토마토·딸기·파프리카 등 10개 품목에 연내 보급하겠다고 밝혔다.",
          target=10.0, unit="개", deadline="2025-12-31", dtext="연내",
          comment="'10개 품목' keeps the counter 개 (x's '3개 도시'). Not annotated: 염시후's quote (an undated "
                  "intention), 20억 원 / 41% / 1,500만 원 (statistics), 임하결's 1% (an opposition lawmaker's demand), "
                  "the 농업회사's 10ha 유리온실 (a company), the 청년농 단체s' opposition"),
    ]))

# ---------------------------------------------------------------- 바이오 1/3 (pharma trade-paper Q&A interview, quoted deck line; 산업통상자원부, 식약처, 복지부)
P3_H = "[인터뷰] 설하준 산업부 바이오융합산업정책관 \"바이오 인력 2030년 1만 1,000명…CDMO 공동시설 하반기 착공\""
P3_D = "\"국가 바이오파운드리 2026년 착공…원부자재 국산화율 50%로\""
PAGES.append(dict(
    source="2025-04-29_y_bio-manufacturing-interview.txt", title=P3_H, published_at="2025-04-29",
    mentions=[
        m("y-motie-bio-talent-11k", "new", MOTIE, IND, P3_H, person="설하준", target=11000.0, unit="명",
          deadline="2030-12-31", dtext="2030년",
          comment="the interviewee for the interview headline and deck (u-x); one headline, two commitments"),
        m("y-motie-bio-cdmo", "new", MOTIE, IND, P3_H, person="설하준", deadline="2025-12-31", dtext="하반기"),
        m("y-motie-bio-foundry", "new", MOTIE, IND, P3_D, person="설하준", deadline="2026-12-31", dtext="2026년",
          comment="one deck line, two commitments; the quote marks are part of the line"),
        m("y-motie-bio-parts-50", "new", MOTIE, IND, P3_D, person="설하준", target=50.0, unit="%",
          comment="no date in the clause"),
        m("y-motie-bio-cdmo", "new", MOTIE, IND,
          "인천 송도 바이오 특화단지에 중소기업이 함께 쓰는 CDMO 공동 생산시설을 하반기에 착공하겠습니다.",
          person="설하준", deadline="2025-12-31", dtext="하반기에",
          comment="the 'A. ' label and the first two sentences of the answer are not part of it; 'CDMO', '바이오' "
                  "are no cues ('스타트업' is in the sentence before)"),
        m("y-motie-bio-talent-11k", "new", MOTIE, IND, "2030년까지 바이오 제조 전문인력 1만 1,000명을 길러 내겠습니다.",
          person="설하준", target=11000.0, unit="명", deadline="2030-12-31", dtext="2030년까지",
          comment="3,000명 is the shortfall (a statistic); the 교육센터 sentence after it is a means"),
        m("y-motie-bio-foundry", "new", MOTIE, IND, "국가 바이오파운드리는 2026년에 착공하겠습니다.",
          person="설하준", deadline="2026-12-31", dtext="2026년에"),
        m("y-motie-bio-parts-50", "new", MOTIE, IND, "2030년까지 이를 50%로 끌어올리겠습니다.",
          person="설하준", target=50.0, unit="%", deadline="2030-12-31", dtext="2030년까지",
          comment="'이를' = the 국산화율 of the sentence before (26%, the baseline); never followed up (announced)"),
        m("y-mfds-bio-review-295", "new", MFDS, IND,
          "식약처가 신약 허가 심사 기간을 지금 평균 420일에서 내년부터 295일로 줄이기로 했습니다.",
          target=295.0, unit="일", deadline="2026-12-31", dtext="내년부터",
          comment="a promise of another body reported by the interviewee: ministry 식품의약품안전처, person '' (w, x); "
                  "industry by subject"),
        m("y-mohw-bio-fund-1t", "new", MOHW, IND,
          "보건복지부가 민간과 함께 1조 원 규모의 바이오 메가펀드를 연내 결성하기로 했습니다.",
          target=W1T, unit="원", deadline="2025-12-31", dtext="연내",
          comment="another body's promise reported by the interviewee: person ''. Not annotated: '심사 인력도 "
                  "늘어납니다.' (undated, no number), the 정책금융 "
                  "'협의' (a consideration), the 생물보안법 answer, 85억 달러 / 24% (statistics), the 업계 단체's 40% "
                  "(a demand), the CDMO company's 2032년 7조 원 (a company), the 증권사's 500억 달러 (a forecast)"),
    ]))

# ---------------------------------------------------------------- 영화 1/3 (general daily, one deck line, ad line; 문체부, 기재부, 방통위)
P4_H = "영화관람 할인권 450만 장 푼다…중예산 영화 30편 제작 지원"
P4_D = "영상콘텐츠 세액공제 5%p 상향 추진…불법 스트리밍 24시간 내 차단"
PAGES.append(dict(
    source="2025-06-17_y_film-recovery-plan.txt", title=P4_H, published_at="2025-06-17",
    mentions=[
        m("y-mcst-film-discount-450", "new", MCST, OTH, P4_H, target=4500000.0, unit="장",
          comment="the headline names no body: 문화체육관광부's plan; one headline, two commitments; no dates"),
        m("y-mcst-film-midbudget-30", "new", MCST, OTH, P4_H, target=30.0, unit="편"),
        m("y-moef-film-taxcredit", "new", MOEF, OTH, P4_D, target=5.0, unit="%p",
          comment="the deck names no body: 기획재정부's promise (the body says so); one deck line, two commitments "
                  "(two bodies); no dates"),
        m("y-kcc-film-piracy-24h", "new", KCC, OTH, P4_D, target=24.0, unit="시간",
          comment="'24시간 내' is the target (how fast), not a deadline"),
        m("y-mcst-film-discount-450", "new", MCST, OTH,
          "문화체육관광부는 17일 '영화산업 위기 극복 지원 방안'을 발표하고 다음 달부터 영화관람 할인권 450만 장을 배포한다고 밝혔다.",
          target=4500000.0, unit="장", deadline="2025-07-31", dtext="다음 달부터",
          comment="a plan release and a promise in one sentence (w); '다음 달부터' on 2025-06-17 → 2025-07-31; the "
                  "6,000원 and the 평일 절반 are descriptions"),
        m("y-mcst-film-midbudget-30", "new", MCST, OTH,
          "제작비 30억~100억 원 규모의 중예산 영화는 올해 30편을 골라 편당 최대 10억 원을 지원한다.",
          target=30.0, unit="편", deadline="2025-12-31", dtext="올해",
          comment="subjectless: 문체부; '30억~100억 원' defines the films and '10억 원' is the rule per film; 17편 is "
                  "a statistic"),
        m("y-mcst-film-arthouse-60", "new", MCST, OTH,
          "독립·예술영화 전용관 운영 지원도 지금 40곳에서 내년부터 60곳으로 늘린다.",
          target=60.0, unit="곳", deadline="2026-12-31", dtext="내년부터", comment="subjectless: 문체부; 40곳 is the baseline"),
        m("y-mcst-film-holdback", "new", MCST, OTH,
          "극장 개봉 뒤 일정 기간 OTT에 영화를 풀지 못하게 하는 이른바 '홀드백' 6개월 규정을 담은 영화비디오물진흥법 개정안은 연내 국회에 낸다.",
          target=6.0, unit="개월", deadline="2025-12-31", dtext="연내",
          comment="subjectless: 문체부; the rule value the bill sets (6개월) is its target (r-x)"),
        m("y-moef-film-taxcredit", "new", MOEF, OTH,
          "기획재정부는 영화·드라마 등 영상콘텐츠 제작비 세액공제의 기본 공제율을 5%포인트 올리는 내용을 7월 발표할 세법개정안에 담기로 했다.",
          target=5.0, unit="%p", deadline="2025-07-31", dtext="7월",
          comment="the fiscal cue '세법' and 기획재정부 (fiscal's remit_of) are a trap: other by subject (uncertain "
                  "call); the umbrella before it ('관계부처도 힘을 보탠다.') is not annotated"),
        m("y-moef-film-fund-1000", "new", MOEF, OTH,
          "기재부는 고갈 위기에 놓인 영화발전기금에 내년부터 일반회계에서 해마다 1,000억 원을 넣기로 했다.",
          target=W100B, unit="원", deadline="2026-12-31", dtext="내년부터",
          comment="a budget promise of 기획재정부: listed under 기획예산처 in unseen.toml; the fiscal weak cue '기금' is "
                  "a trap (other by subject); 300억 원대 is a forecast"),
        m("y-kcc-film-piracy-24h", "new", KCC, OTH,
          "방송통신위원회는 방송통신심의위원회의 긴급 심의를 거쳐 불법 스트리밍 사이트 접속을 막는 데 걸리는 시간을 지금 평균 3주에서 하반기부터 24시간 이내로 줄이기로 했다.",
          target=24.0, unit="시간", deadline="2025-12-31", dtext="하반기부터",
          comment="'방송통신심의위원회' is not a ministry of ministries.csv, so its '통신' fires the telecom cue: a trap "
                  "(other by subject). Not annotated: 추예린's quote (undated intentions), 1억 2,300만 명 / 54% / "
                  "1만 5,000원 (statistics), the 멀티플렉스's 20곳 (a company), 제갈도현's criticism (an opposition "
                  "lawmaker), the 영화인 단체s' 9개월 (a demand), the OTT 업계's objection"),
    ]))

# ---------------------------------------------------------------- 생활체육 1/3 (press release reposted, ▲ summary box; 문체부, 교육부)
P5_H = "문체부, 국민체육센터 2030년까지 150곳 더 짓는다…스포츠강좌이용권 월 12만 원으로"
BOX = "summary box line, annotated like a deck line (w's ◇ box); the whole line with its '▲ ' is the sentence"
PAGES.append(dict(
    source="2025-07-22_y_sports-plan-release.txt", title=P5_H, published_at="2025-07-22",
    mentions=[
        m("y-mcst-sport-centers-150", "new", MCST, OTH, P5_H, target=150.0, unit="곳", deadline="2030-12-31",
          dtext="2030년까지", comment="'문체부' names the body; one headline, two commitments"),
        m("y-mcst-sport-voucher-12", "new", MCST, OTH, P5_H, target=W120K, unit="원", comment="no date in the clause"),
        m("y-mcst-sport-centers-150", "new", MCST, OTH, "▲ 국민체육센터 2030년까지 150곳 추가 건립",
          target=150.0, unit="곳", deadline="2030-12-31", dtext="2030년까지", comment=BOX),
        m("y-mcst-sport-voucher-12", "new", MCST, OTH,
          "▲ 스포츠강좌이용권 지원액 월 10만 원→12만 원(2026년 1월부터)",
          target=W120K, unit="원", deadline="2026-01-31", dtext="2026년 1월부터", comment=BOX),
        m("y-mcst-sport-bandabi-30", "new", MCST, OTH, "▲ 장애인 반다비체육센터 2026년까지 30곳 준공",
          target=30.0, unit="곳", deadline="2026-12-31", dtext="2026년까지", comment=BOX),
        m("y-mcst-sport-platform", "new", MCST, OTH, "▲ 공공 체육시설 통합 예약 누리집 '공체온' 연내 개통",
          deadline="2025-12-31", dtext="연내", comment=BOX),
        m("y-moe-sport-teacher-2000", "new", MOE, OTH, "▲ 초등학교 체육 전담교사 2027년까지 2,000명 배치(교육부)",
          target=2000.0, unit="명", deadline="2027-12-31", dtext="2027년까지",
          comment=BOX + "; '(교육부)' names the body"),
        m("y-moe-sport-field-1000", "new", MOE, OTH, "▲ 학교 운동장·체육관 주말 개방 9월부터 1,000곳(교육부)",
          target=1000.0, unit="곳", deadline="2025-09-30", dtext="9월부터", comment=BOX),
        m("y-mcst-sport-rate-70", "new", MCST, OTH, "▲ 생활체육 참여율 2030년 70% 달성",
          target=70.0, unit="%", deadline="2030-12-31", dtext="2030년", comment=BOX),
        m("y-mcst-sport-centers-150", "new", MCST, OTH,
          "문체부는 수영장과 다목적 체육관을 갖춘 국민체육센터를 2030년까지 150곳 더 짓겠다고 밝혔다.",
          target=150.0, unit="곳", deadline="2030-12-31", dtext="2030년까지",
          comment="the plan-release sentence, 62.4% and the umbrella ('우선 집 가까이에서 …') are not annotated; 330곳 "
                  "and 41개 시군구 are statistics"),
        m("y-mcst-sport-bandabi-30", "new", MCST, OTH,
          "장애인과 비장애인이 함께 쓰는 반다비체육센터는 2026년까지 30곳을 준공한다.",
          target=30.0, unit="곳", deadline="2026-12-31", dtext="2026년까지", comment="subjectless: 문체부"),
        m("y-mcst-sport-voucher-12", "new", MCST, OTH,
          "저소득층 유·청소년과 장애인에게 주는 스포츠강좌이용권 지원액은 내년 1월부터 월 10만 원에서 12만 원으로 오른다.",
          target=W120K, unit="원", deadline="2026-01-31", dtext="내년 1월부터",
          comment="a plan's promise stated as an outcome; 13만 5,000명 is a statistic"),
        m("y-mcst-sport-platform", "new", MCST, OTH,
          "지자체마다 제각각인 예약 누리집을 통합한 '공체온'을 연내 개통해 전국 공공 체육시설을 한 번에 검색하고 예약할 수 있게 한다.",
          deadline="2025-12-31", dtext="연내", comment="subjectless: 문체부; the umbrella before it is not annotated"),
        m("y-moe-sport-teacher-2000", "new", MOE, OTH,
          "교육부는 초등학교에 체육 수업만 가르치는 전담교사를 2027년까지 2,000명 배치하기로 했다.",
          target=2000.0, unit="명", deadline="2027-12-31", dtext="2027년까지"),
        m("y-moe-sport-field-1000", "new", MOE, OTH,
          "교육부는 9월부터 학교 운동장과 체육관 1,000곳을 주말에 주민에게 개방한다.",
          target=1000.0, unit="곳", deadline="2025-09-30", dtext="9월부터",
          comment="the 인건비·보험료 support after it is a description"),
        m("y-mcst-sport-rate-70", "new", MCST, OTH,
          "문체부는 이런 정책을 통해 생활체육 참여율을 2030년 70%로 끌어올리겠다고 밝혔다.",
          target=70.0, unit="%", deadline="2030-12-31", dtext="2030년",
          comment="Not annotated: 왕보라's quote (an undated intention), the 교장's worry, the 교원단체's 2,000명 (a "
                  "demand), 시흥시's 5곳 by 내년 (a local government), the 문의 line"),
    ]))

# ---------------------------------------------------------------- 지진 2/3 (TV script: 앵커/리포트/인터뷰; 국토부, 기상청, 행안부, 기재부, 교육부)
P6_H = "조기경보 '3초 이내' 1년 앞당긴다…필로티 보강은 180동에 그쳐"
PAGES.append(dict(
    source="2025-09-09_y_quake-followup-tv.txt", title=P6_H, published_at="2025-09-09",
    mentions=[
        m("y-kma-quake-alert-3s", "revision", KMA, OTH, P6_H, target=3.0, unit="초",
          comment="the deadline moved EARLIER ('1년 앞당긴다'): revision; the headline names no body: 기상청; no date "
                  "named in the clause; one headline, two commitments"),
        m("y-molit-quake-piloti-500", "progress", MOLIT, OTH, P6_H,
          comment="a measured value without the target, before the deadline: progress, no fields; the clause names "
                  "no body: 국토교통부"),
        m("y-molit-quake-piloti-500", "progress", MOLIT, OTH,
          "국토교통부가 연내 500동을 지원하겠다던 필로티 건축물 내진 보강은 지금까지 180동에 그쳤습니다.",
          target=500.0, unit="동", deadline="2025-12-31", dtext="연내",
          comment="short before the deadline: progress. The anchor's lines, the scene and the 건물주 bite are not "
                  "annotated"),
        m("y-molit-quake-label", "delayed", MOLIT, OTH,
          "하반기에 도입하겠다던 지진안전 성능 표시제는 건물주 반발에 부딪혀 내년 상반기로 미뤄졌습니다.",
          deadline="2026-06-30", dtext="내년 상반기로", prev="2025-12-31",
          comment=LATER + "; the old date named ('하반기에'); the sentence names no body: 국토부"),
        m("y-kma-quake-alert-3s", "revision", KMA, OTH,
          "기상청은 지진 조기경보를 3초 이내로 줄이는 목표 시점을 2027년에서 내년으로 1년 앞당기기로 했습니다.",
          target=3.0, unit="초", deadline="2026-12-31", dtext="내년으로", prev="2027-12-31",
          comment="moved earlier, the old date named: revision with previous_deadline (x's HVDC)"),
        m("y-kma-quake-stations-500", "progress", KMA, OTH,
          "새로 늘리기로 한 지진 관측소는 목표 500곳 가운데 438곳이 가동되고 있습니다.",
          target=500.0, unit="곳", comment="short before the deadline: progress; the clause names the target"),
        m("y-kma-quake-tsunami-1m", "new", KMA, OTH,
          "바다에서 난 지진 뒤 지진해일 경보도 지금 2분에서 내년 상반기까지 1분으로 줄이겠습니다.",
          person="국세윤", target=1.0, unit="분", deadline="2026-06-30", dtext="내년 상반기까지",
          comment="the bite's second sentence (the quote marks are not part of it); its first is not a promise; 2분 "
                  "is the baseline"),
        m("y-mois-quake-shelter", "achieved", MOIS, OTH,
          "행정안전부가 상반기 중 마치겠다던 지진 옥외대피장소 1만 1,000여 곳 점검은 두 달 늦은 지난달에야 끝났습니다.",
          target=11000.0, unit="곳", comment=LATE + "; 870곳 is a result"),
        m("y-mois-quake-public-90", "progress", MOIS, OTH,
          "공공시설물 내진율은 81.5%로 올해 초보다 2.3%포인트 올랐습니다.",
          comment="a measured value without the target, before the deadline: progress, no fields; names no body: 행안부"),
        m("y-moef-quake-budget", "achieved", MOEF, OTH,
          "지난달 말 확정된 내년 정부 예산안에는 내진 보강 국비 3,000억 원이 그대로 담겼습니다.",
          target=W300B, unit="원", comment=WHEN + "; names no body: 기획재정부 (the budget was its work until "
                                                 "2026-01-01)"),
        m("y-moe-quake-school-2100", "progress", MOE, OTH,
          "교육부는 학교 건물 2,100동 가운데 올해 610동을 보강하고 있다고 밝혔습니다.",
          target=2100.0, unit="동", comment="work under way before the deadline: progress; the clause names the target"),
        m("y-mois-quake-taxcut", "new", MOIS, OTH,
          "행안부는 내진 보강을 마친 민간 건축물의 재산세를 내년 1월부터 5년간 50% 깎아 주기로 했습니다.",
          target=50.0, unit="%", deadline="2026-01-31", dtext="내년 1월부터",
          comment="'5년간' is how long it applies, not a deadline; 재산세 is a local tax (행안부), no fiscal cue. Not "
                  "annotated: the umbrella before it, 모서진's 80% (an opposition lawmaker's demand), the expert's "
                  "18만 동"),
    ]))

# ---------------------------------------------------------------- 스마트팜 2/3 (regional paper, `김제=` byline, one deck line; 농식품부, 농진청)
P7_H = "김제 임대형 스마트팜 문 열었지만…청년 정착지원금은 월 120만 원으로 깎여"
P7_D = "AI 생육관리 모델 4개 품목은 내년 상반기로…혁신밸리 2곳 추가 지정 추진"
PAGES.append(dict(
    source="2025-10-28_y_smartfarm-gimje-regional.txt", title=P7_H, published_at="2025-10-28",
    mentions=[
        m("y-mafra-farm-lease-15", "progress", MAFRA, OTH, P7_H,
          comment="one site opened, before the deadline: progress, no fields; one headline, two commitments"),
        m("y-mafra-farm-stipend-130", "revision", MAFRA, OTH, P7_H, target=W1_2M, unit="원",
          comment="a lowered amount: revision"),
        m("y-rda-farm-ai-10", "delayed", RDA, OTH, P7_D, target=4.0, unit="개", deadline="2026-06-30",
          dtext="내년 상반기로", comment=LATER + "; the remainder is the target of the line that moves it; the clause "
                                              "names no body: 농촌진흥청; one deck line, two commitments"),
        m("y-mafra-farm-valley-2", "new", MAFRA, OTH, P7_D, target=2.0, unit="곳",
          comment="a new commitment; no date in the clause; names no body: 농식품부"),
        m("y-mafra-farm-lease-15", "progress", MAFRA, OTH,
          "농림축산식품부가 2026년까지 15곳을 만들겠다던 임대형 스마트팜은 김제를 포함해 지금까지 7곳이 문을 열었다.",
          target=15.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment="short before the deadline: progress; the scene and 정다은 씨's quote are not annotated; 84명 is a count"),
        m("y-mafra-farm-loan-50", "achieved", MAFRA, OTH,
          "청년이 스마트팜을 창업할 때 빌리는 종합자금 한도는 예정대로 7월부터 50억 원으로 올랐다.",
          target=W5B, unit="원", comment=WHEN + "; the umbrella before it ('자금 지원은 일부 약속대로 됐다.') is not "
                                               "annotated; '창업' (startup cue) again"),
        m("y-mafra-farm-stipend-130", "revision", MAFRA, OTH,
          "하지만 내년부터 월 130만 원으로 올리겠다던 영농정착지원금은 내년 예산안 편성 과정에서 120만 원으로 줄었다.",
          target=W1_2M, unit="원", deadline="2026-12-31", dtext="내년부터",
          comment="a lowered amount, the date unchanged and restated: revision; '예산안' (fiscal, weak) names a "
                  "circumstance"),
        m("y-mafra-farm-landbank-2000", "progress", MAFRA, OTH,
          "올해 2,000ha를 빌려주겠다던 농지은행 청년 임대는 9월 말까지 1,300ha가 나갔다.",
          target=2000.0, unit="ha", deadline="2025-12-31", dtext="올해",
          comment="short before the deadline: progress; '9월 말까지' dates the count"),
        m("y-rda-farm-ai-10", "delayed", RDA, OTH,
          "농촌진흥청은 AI 생육관리 모델을 연내 10개 품목에 보급하겠다고 했지만, 올해는 토마토 등 6개 품목에 그치고 나머지 4개 품목은 내년 상반기로 미루기로 했다.",
          target=4.0, unit="개", deadline="2026-06-30", dtext="내년 상반기로", prev="2025-12-31",
          comment=LATER + " (a reported delay before the deadline); the remainder is the target; the old date named "
                          "('연내'); the umbrella before it is not annotated"),
        m("y-mafra-farm-youth-30k", "progress", MAFRA, OTH,
          "청년농 수는 지난해 말보다 2,300명 늘어난 2만 700명으로 집계됐다.",
          comment="a measured value without the target, before the deadline: progress, no fields; names no body: "
                  "농식품부; the 전북 share after it is a statistic"),
        m("y-mafra-farm-valley-2", "new", MAFRA, OTH,
          "농식품부는 내년 상반기 스마트팜 혁신밸리 2곳을 추가로 지정하겠다고 밝혔다.",
          target=2.0, unit="곳", deadline="2026-06-30", dtext="내년 상반기",
          comment="Not annotated: the 혁신밸리 description (네 곳), 염시후's quote ('찾고 있다': a consideration), "
                  "김제시's 50가구 by 내년 (a local government), 전북특별자치도's '검토', 58% (a statistic), the 청년농's "
                  "quote"),
    ]))

# ---------------------------------------------------------------- 바이오 2/3 (economic daily, one deck line, ad line; 산업통상부, 복지부, 식약처)
P8_H = "바이오 CDMO 공동시설 송도서 첫 삽…메가펀드는 6,000억 원에 그쳐"
P8_D = "국가 바이오파운드리 착공 2027년으로 밀려…산업통상부, AI 공장 20곳 추진"
PAGES.append(dict(
    source="2025-12-16_y_bio-cdmo-groundbreaking.txt", title=P8_H, published_at="2025-12-16",
    mentions=[
        m("y-motie-bio-cdmo", "achieved", MOTI, IND, P8_H,
          comment=WHEN + "; the headline names no body: 산업통상부 (the name on the page's date); one headline, two "
                         "commitments"),
        m("y-mohw-bio-fund-1t", "progress", MOHW, IND, P8_H,
          comment="a measured value without the target, before the deadline: progress, no fields (w's '6회에 그쳐'); "
                  "the body moves the rest (delayed)"),
        m("y-motie-bio-foundry", "delayed", MOTI, IND, P8_D, deadline="2027-12-31", dtext="2027년으로",
          comment=LATER + "; the clause names no body: 산업통상부; one deck line, two commitments"),
        m("y-moti-bio-ai-20", "new", MOTI, IND, P8_D, target=20.0, unit="곳",
          comment="a new commitment of the renamed body; no date in the clause"),
        m("y-motie-bio-cdmo", "achieved", MOTI, IND,
          "산업통상부가 하반기 착공을 약속했던 바이오 CDMO 공동 생산시설이 지난 12일 인천 송도 바이오 특화단지에서 첫 삽을 떴다.",
          deadline="2025-12-31", dtext="하반기",
          comment="on time, the promise restated with its date: achieved with deadline fields (x); made by "
                  "산업통상자원부, 산업통상부 on this date. The lead before it and the rename line after it are not "
                  "annotated; 2027년 말 완공 and 30여 곳 are descriptions"),
        m("y-mohw-bio-fund-1t", "progress", MOHW, IND,
          "보건복지부가 연내 1조 원 규모로 결성하겠다던 바이오 메가펀드는 이달 15일까지 6,000억 원이 모였다.",
          target=W1T, unit="원", deadline="2025-12-31", dtext="연내", comment="short before the deadline: progress"),
        m("y-mohw-bio-fund-1t", "delayed", MOHW, IND,
          "복지부는 나머지 4,000억 원을 내년 상반기까지 채우겠다고 밝혔다.",
          target=W400B, unit="원", deadline="2026-06-30", dtext="내년 상반기까지",
          comment=LATER + "; the remainder is the target of the sentence that moves it"),
        m("y-motie-bio-foundry", "delayed", MOTI, IND,
          "예비타당성조사가 길어지면서 국가 바이오파운드리 착공은 2026년에서 2027년으로 1년 늦춰졌다.",
          deadline="2027-12-31", dtext="2027년으로", prev="2026-12-31",
          comment=LATER + "; the old date named; the sentence names no body: 산업통상부; 기획재정부's 연장 (the "
                          "sentence after it) is context"),
        m("y-mfds-bio-review-295", "progress", MFDS, IND,
          "식품의약품안전처의 신약 허가 심사 기간은 올해 평균 340일로 지난해보다 80일 줄었다.",
          comment="a measured value without the target, before the deadline: progress, no fields"),
        m("y-motie-bio-talent-11k", "progress", MOTI, IND,
          "바이오 제조 전문인력 양성 과정에서는 올해 2,100명이 교육을 마쳤다.",
          comment="a measured value without the target: progress, no fields; names no body: 산업통상부"),
        m("y-moti-bio-ai-20", "new", MOTI, IND,
          "산업통상부는 바이오 의약품 생산 공정에 AI를 접목한 선도 공장을 2027년까지 20곳 만들겠다고 밝혔다.",
          target=20.0, unit="곳", deadline="2027-12-31", dtext="2027년까지",
          comment="the umbrella before it ('새 과제도 내놨다.') and the purpose after it ('… 줄이는 것이 목표다.', no "
                  "number) are not annotated. Not annotated: 설하준's quote (an "
                  "observation), 94억 달러 (a statistic), the CDMO company's 미국 공장 인수 (a company), the 업계 "
                  "단체's demand, the 증권사 연구원's view"),
    ]))

# ---------------------------------------------------------------- 극장가 by numbers (data page, ■ heads, no promise)
PAGES.append(dict(
    source="2026-02-10_y_box-office-by-numbers.txt",
    title="[숫자로 읽는 극장가] 지난해 관객 1억 1,800만 명…한국 영화 점유율 41%", published_at="2026-02-10",
    mentions=[]))

# ---------------------------------------------------------------- 영화 2/3 (signed opinion column; 문체부, 재정경제부, 기획예산처, 방미통위)
PAGES.append(dict(
    source="2026-04-21_y_film-promise-column.txt", title="[해밀칼럼] 극장 살리기 약속, 성적표는 반타작",
    published_at="2026-04-21",
    mentions=[
        m("y-mcst-film-discount-450", "achieved", MCST, OTH,
          "지난해 7월부터 풀린 영화관람 할인권 450만 장은 석 달 만에 모두 쓰였다.",
          target=4500000.0, unit="장",
          comment=WHEN + "; names no body: 문체부. The columnist's visit, the plan line and the umbrellas ('약속을 하나씩 "
                         "…', '지켜진 쪽부터 보자.') are not annotated"),
        m("y-moef-film-taxcredit", "achieved", MOFE, OTH,
          "영상콘텐츠 제작비 세액공제율 상향은 약속대로 지난해 세법개정안에 담겨 올해 1월부터 적용됐다.",
          comment=WHEN + "; the promise was to put it in the July 2025 세법개정안, which happened (x's 소득공제); names "
                         "no body: 재정경제부 (세제, from 2026-01-02); the fiscal cue '세법' again"),
        m("y-mcst-film-arthouse-60", "achieved", MCST, OTH, "독립·예술영화관 지원은 올해 60곳으로 늘었다.",
          target=60.0, unit="곳",
          comment=WHEN + " ('올해' is within the promised '내년부터', 2026); names no body: 문체부; the sentence after "
                         "it is the columnist's aside"),
        m("y-mcst-film-midbudget-30", "delayed", MCST, OTH,
          "문화체육관광부가 지난해 30편을 지원하겠다던 중예산 영화는 22편에 그쳤다.",
          target=30.0, unit="편", prev="2025-12-31",
          comment="short after the deadline: delayed; '지난해' names the missed deadline (u-x); '문제는 나머지다.' is "
                  "not annotated"),
        m("y-moef-film-fund-1000", "revision", MOPB, OTH,
          "올해부터 해마다 1,000억 원을 넣겠다던 영화발전기금 일반회계 전입은 올해 예산에서 600억 원으로 깎였다.",
          target=W60B, unit="원", deadline="2026-12-31", dtext="올해부터",
          comment="a lowered amount, the date unchanged and restated: revision; names no body: the budget is "
                  "기획예산처's on this date (made by 기획재정부, 2025-06-17); cues '기금', '예산' (fiscal, weak)"),
        m("y-kcc-film-piracy-24h", "delayed", KMCC, OTH,
          "옛 방송통신위원회가 지난해 하반기부터 24시간 안에 끝내겠다던 불법 스트리밍 사이트 차단은 아직 평균 열흘이 걸린다.",
          target=24.0, unit="시간", prev="2025-12-31",
          comment="not done after its deadline: delayed; the missed date named ('지난해 하반기부터'); ministry "
                  "방송미디어통신위원회 (the body's name on the page's date; the page names the old one); the rename "
                  "line after it ('… 새로 출범한 뒤 …', a government cue) is not annotated"),
        m("y-mcst-film-holdback", "cancelled", MCST, OTH,
          "홀드백 6개월을 법에 못 박겠다던 영화비디오물진흥법 개정안은 업계 자율 협약으로 대신하기로 하면서 없던 일이 됐다.",
          target=6.0, unit="개월",
          comment="dropped: cancelled; no date named; names no body: 문체부. Not annotated: '아예 사라진 약속도 있다.', "
                  "the 협약 and 46일 / 160개 / 43곳 (statistics), the column's demands ('정부는 … 밝혀야 한다.', "
                  "'국회도 …')"),
    ]))

# ---------------------------------------------------------------- 생활체육 2/3 (`[현장]` feature, one deck line, series box; 문체부, 교육부)
P11_H = "[현장] 이용권 12만 원은 지켰지만…학교 운동장 주말 개방은 '반쪽'"
P11_D = "반다비체육센터 17곳 준공…문체부 '퇴근길 체육교실' 내년 100곳"
PAGES.append(dict(
    source="2026-07-14_y_sports-feature.txt", title=P11_H, published_at="2026-07-14",
    mentions=[
        m("y-mcst-sport-voucher-12", "achieved", MCST, OTH, P11_H, target=W120K, unit="원",
          comment=WHEN + "; the headline names no body: 문체부; one headline, two commitments (two bodies)"),
        m("y-moe-sport-field-1000", "delayed", MOE, OTH, P11_H,
          comment="a measured share ('반쪽') after the deadline: delayed, no fields; names no body: 교육부"),
        m("y-mcst-sport-bandabi-30", "progress", MCST, OTH, P11_D,
          comment="a measured value without the target, before the deadline: progress, no fields; one deck line, "
                  "two commitments"),
        m("y-mcst-sport-commute-100", "new", MCST, OTH, P11_D, target=100.0, unit="곳", deadline="2027-12-31",
          dtext="내년", comment="a new commitment; '문체부' names the body"),
        m("y-mcst-sport-voucher-12", "achieved", MCST, OTH,
          "문화체육관광부가 올해 1월부터 올리겠다던 스포츠강좌이용권 지원액은 예정대로 1월부터 월 12만 원으로 올랐다.",
          target=W120K, unit="원", deadline="2026-01-31", dtext="올해 1월부터",
          comment="on time, the promise restated with its date ('올해 1월부터' = '내년 1월부터' on 2025-07-22): achieved "
                  "with deadline fields. The scene, 최모 씨 and the plan line are not annotated"),
        m("y-moe-sport-field-1000", "delayed", MOE, OTH,
          "교육부가 지난해 9월부터 1,000곳을 열겠다던 학교 운동장·체육관 주말 개방은 지금 640곳에서만 이뤄지고 있다.",
          target=1000.0, unit="곳", prev="2025-09-30",
          comment="short after the deadline: delayed; the missed date named ('지난해 9월부터'); the umbrella before it "
                  "('학교 문은 다 열리지 않았다.') is not annotated"),
        m("y-moe-sport-teacher-2000", "progress", MOE, OTH, "초등 체육 전담교사는 올해 1학기 820명이 배치됐다.",
          comment="a measured value without the target, before the deadline: progress, no fields; names no body: 교육부"),
        m("y-mcst-sport-bandabi-30", "progress", MCST, OTH,
          "2026년까지 30곳을 짓겠다던 장애인 반다비체육센터는 지금까지 17곳이 준공됐다.",
          target=30.0, unit="곳", deadline="2026-12-31", dtext="2026년까지", comment="short before the deadline: progress"),
        m("y-mcst-sport-centers-150", "progress", MCST, OTH,
          "국민체육센터는 2030년까지 150곳을 더 짓는 계획 가운데 올해까지 38곳이 착공했다.",
          target=150.0, unit="곳", deadline="2030-12-31", dtext="2030년까지",
          comment="work under way before the deadline: progress; '올해까지' dates the count"),
        m("y-mcst-sport-platform", "achieved", MCST, OTH,
          "지난해 연내 개통하겠다던 공공 체육시설 통합 예약 누리집 '공체온'은 올해 3월에야 문을 열었다.",
          comment=LATE),
        m("y-mcst-sport-rate-70", "progress", MCST, OTH,
          "지난해 생활체육 참여율은 63.1%로 1년 전보다 0.7%포인트 오르는 데 그쳤다.",
          comment="a measured value of the stated target, before 2030: progress, no fields; the 20대 figure after it "
                  "is a statistic"),
        m("y-mcst-sport-commute-100", "new", MCST, OTH,
          "문체부는 직장인이 퇴근 뒤 가까운 체육시설에서 운동을 배울 수 있는 '퇴근길 체육교실'을 내년 100곳에서 열겠다고 밝혔다.",
          target=100.0, unit="곳", deadline="2027-12-31", dtext="내년",
          comment="the umbrella before it is not annotated. Not annotated: 왕보라's quote (an observation), the "
                  "체육센터 관계자, 시흥시's 내년부터 (a local government), the 연구진's 2,000억 원 (an estimate), the "
                  "series box after the sign-off"),
    ]))

# ---------------------------------------------------------------- year-end roundup (all five subjects; two deck lines)
P12_H = "[2026 약속 점검] 지진 조기경보 '3초'는 지켰다…바이오파운드리·체육 전담교사는 '무산'"
P12_D1 = "임대형 스마트팜 목표 12곳으로 줄여…불법 스트리밍 24시간 차단은 9월 시작"
P12_D2 = "지진 관측소 남은 30곳 내년 상반기로…학교 내진 보강은 2029년까지"
PAGES.append(dict(
    source="2026-11-26_y_promise-yearend-roundup.txt", title=P12_H, published_at="2026-11-26",
    mentions=[
        m("y-kma-quake-alert-3s", "achieved", KMA, OTH, P12_H, target=3.0, unit="초",
          comment=WHEN + "; one headline, three commitments (three bodies, two categories); names no body: 기상청"),
        m("y-motie-bio-foundry", "cancelled", MOTI, IND, P12_H, comment="'무산': cancelled; names no body: 산업통상부"),
        m("y-moe-sport-teacher-2000", "cancelled", MOE, OTH, P12_H, comment="'무산': cancelled; names no body: 교육부"),
        m("y-mafra-farm-lease-15", "revision", MAFRA, OTH, P12_D1, target=12.0, unit="곳",
          comment="a lowered target: revision; one deck line, two commitments (two bodies)"),
        m("y-kcc-film-piracy-24h", "achieved", KMCC, OTH, P12_D1, target=24.0, unit="시간",
          comment=LATE + " ('9월 시작'); names no body: 방송미디어통신위원회"),
        m("y-kma-quake-stations-500", "delayed", KMA, OTH, P12_D2, target=30.0, unit="곳", deadline="2027-06-30",
          dtext="내년 상반기로", comment=LATER + "; the remainder is the target; one deck line, two commitments"),
        m("y-moe-quake-school-2100", "delayed", MOE, OTH, P12_D2, deadline="2029-12-31", dtext="2029년까지",
          comment=LATER),
        # 지진
        m("y-kma-quake-alert-3s", "achieved", KMA, OTH,
          "기상청이 올해로 1년 앞당긴 3초 이내 지진 조기경보는 지난 10월부터 전국에서 시행되고 있다.",
          target=3.0, unit="초", deadline="2026-12-31", dtext="올해로",
          comment="reached on the moved date: achieved with that date (t-x: '올해 1월로 앞당겨진 …'); the intro and "
                  "the ■ heads are not annotated"),
        m("y-kma-quake-stations-500", "delayed", KMA, OTH,
          "2026년까지 500곳으로 늘리겠다던 지진 관측소는 470곳이 가동 중이고, 기상청은 남은 30곳을 내년 상반기까지 채우겠다고 밝혔다.",
          target=30.0, unit="곳", deadline="2027-06-30", dtext="내년 상반기까지", prev="2026-12-31",
          comment="a reported delay before the deadline (x's '연내 개정이 어려워졌다'), the rest moved: delayed with the "
                  "new date; the old date named ('2026년까지'); the remainder is the target"),
        m("y-kma-quake-tsunami-1m", "delayed", KMA, OTH,
          "기상청이 올해 상반기까지 1분으로 줄이겠다던 지진해일 경보는 1분 30초에 머물러 있다.",
          target=1.0, unit="분", prev="2026-06-30", comment="short after the deadline: delayed; the missed date named"),
        m("y-moe-quake-school-2100", "delayed", MOE, OTH,
          "교육부는 2027년까지 마치겠다던 학교 건물 내진 보강을 시도교육청 재정 사정을 이유로 2029년까지 늦췄다.",
          deadline="2029-12-31", dtext="2029년까지", prev="2027-12-31",
          comment=LATER + "; the old date named; '재정' (a fiscal cue) names a circumstance"),
        m("y-molit-quake-piloti-500", "delayed", MOLIT, OTH,
          "국토교통부가 지난해 500동을 지원하겠다던 필로티 건축물 내진 보강은 310동에서 멈췄다.",
          target=500.0, unit="동", prev="2025-12-31",
          comment="short after the deadline: delayed; '지난해' names the missed deadline"),
        m("y-molit-quake-label", "cancelled", MOLIT, OTH,
          "올해 상반기로 미뤘던 지진안전 성능 표시제는 의무화 대신 자율 참여로 바꾸면서 사실상 무산됐다.",
          prev="2026-06-30",
          comment="dropped ('사실상 무산'): cancelled; the moved date named ('올해 상반기로'); names no body: 국토부"),
        m("y-mois-quake-taxcut", "achieved", MOIS, OTH,
          "내진 보강을 마친 민간 건축물의 재산세 감면은 예정대로 1월부터 시행됐다.",
          comment=WHEN + "; names no body: 행정안전부"),
        m("y-mois-quake-public-90", "progress", MOIS, OTH, "공공시설물 내진율은 9월 말 84.1%다.",
          comment="a measured value without the target, before the deadline: progress, no fields"),
        m("y-mois-quake-hazard-map", "new", MOIS, OTH,
          "행정안전부는 활성단층 조사 결과를 반영한 지진 위험지도를 2027년 상반기까지 공개하겠다고 밝혔다.",
          deadline="2027-06-30", dtext="2027년 상반기까지", comment="a new commitment"),
        # 스마트팜·청년농
        m("y-mafra-farm-youth-30k", "progress", MAFRA, OTH,
          "청년농은 9월 말 2만 4,600명으로, 2027년 3만 명 목표까지 5,400명이 남았다.",
          target=30000.0, unit="명", deadline="2027-12-31", dtext="2027년",
          comment="short before the deadline: progress; the clause names the target; names no body: 농식품부"),
        m("y-mafra-farm-lease-15", "revision", MAFRA, OTH,
          "농식품부는 올해까지 15곳을 만들겠다던 임대형 스마트팜 목표를 12곳으로 줄였다.",
          target=12.0, unit="곳", deadline="2026-12-31", dtext="올해까지",
          comment="a lowered target, the date unchanged and restated: revision; the sentence after it (지자체 매칭 "
                  "예산) is context"),
        m("y-mafra-farm-landbank-2000", "delayed", MAFRA, OTH,
          "지난해 2,000ha를 빌려주겠다던 농지은행 청년 임대는 1,850ha에 그쳤다.",
          target=2000.0, unit="ha", prev="2025-12-31", comment="short after the deadline: delayed"),
        m("y-rda-farm-ai-10", "achieved", RDA, OTH,
          "올해 상반기로 미뤘던 AI 생육관리 모델 나머지 4개 품목은 8월에야 보급됐다.",
          target=4.0, unit="개",
          comment=LATE + " (after the moved date); the remainder reached closes the whole target (x); names no body: "
                         "농촌진흥청"),
        m("y-mafra-farm-valley-2", "delayed", MAFRA, OTH,
          "상반기에 2곳을 더 지정하겠다던 스마트팜 혁신밸리는 경북 1곳만 지정됐다.",
          target=2.0, unit="곳", prev="2026-06-30",
          comment="short after the deadline: delayed; '상반기에' (this year's, on a 2026 page) names the missed date"),
        # 바이오 제조
        m("y-mfds-bio-review-295", "progress", MFDS, IND,
          "식약처의 신약 허가 심사 기간은 올해 평균 310일로, 295일 목표에 아직 못 미친다.",
          target=295.0, unit="일", comment="short before the deadline (2026-12-31): progress; the clause names the target"),
        m("y-mohw-bio-fund-1t", "achieved", MOHW, IND,
          "보건복지부가 지난해 연내 결성하겠다던 1조 원 바이오 메가펀드는 올해 8월에야 규모를 채웠다.",
          target=W1T, unit="원", comment=LATE + " (after the moved date, 2026-06-30)"),
        m("y-motie-bio-talent-11k", "revision", MOTI, IND,
          "산업통상부는 2030년까지 바이오 제조 전문인력 1만 1,000명을 기르겠다던 목표를 1만 5,000명으로 늘려 잡았다.",
          target=15000.0, unit="명", deadline="2030-12-31", dtext="2030년까지",
          comment="a raised target, the date unchanged and restated: revision (x's 세컨더리 펀드)"),
        m("y-motie-bio-foundry", "cancelled", MOTI, IND,
          "2027년으로 한 차례 미뤄졌던 국가 바이오파운드리는 예비타당성조사를 통과하지 못해 사업이 무산됐다.",
          prev="2027-12-31", comment="dropped: cancelled; the moved date named ('2027년으로'); names no body: 산업통상부"),
        m("y-moti-bio-ai-20", "progress", MOTI, IND, "바이오 AI 선도 공장은 지금까지 8곳이 지정됐다.",
          comment="a measured value without the target, before the deadline: progress, no fields"),
        # 영화산업
        m("y-kcc-film-piracy-24h", "achieved", KMCC, OTH,
          "옛 방송통신위원회가 약속했던 불법 스트리밍 사이트 24시간 내 차단은 방송미디어통신위원회 출범 1년 만인 지난 9월부터 시행되고 있다.",
          target=24.0, unit="시간",
          comment=LATE + "; ministry 방송미디어통신위원회 (the page names both); '출범' (a government cue) names the "
                         "event. 9,400만 명 (the next sentence) is a statistic"),
        m("y-mcst-film-regional-5", "new", MCST, OTH,
          "문화체육관광부는 내년 상반기까지 지역 독립영화 제작 거점 5곳을 열겠다고 밝혔다.",
          target=5.0, unit="곳", deadline="2027-06-30", dtext="내년 상반기까지", comment="a new commitment"),
        # 생활체육
        m("y-mcst-sport-bandabi-30", "delayed", MCST, OTH,
          "2026년까지 30곳을 짓겠다던 반다비체육센터는 연말까지 22곳만 준공되고, 남은 8곳은 내년으로 넘어간다.",
          target=8.0, unit="곳", deadline="2027-12-31", dtext="내년으로", prev="2026-12-31",
          comment=LATER + " (a reported delay before the deadline); the remainder is the target; the old date named"),
        m("y-moe-sport-teacher-2000", "cancelled", MOE, OTH,
          "교육부는 2027년까지 2,000명을 배치하겠다던 초등 체육 전담교사 계획을 교원 정원 감축을 이유로 접었다.",
          prev="2027-12-31",
          comment="dropped: cancelled; the named date kept (o-x). Not annotated: '이미 배치된 820명은 …' (what "
                  "follows from the cancellation), the closing tally ('셋 중 둘꼴'), the outlet's own plan "
                  "('약속돋보기는 내년에도 …'), the related-article list"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-26)
LAST = "2026-11-26"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    # 지진 대비
    ("y-mois-quake-public-90", MOIS, OTH, "공공시설물 내진율 79.2% → 2030년까지 90%", "in_progress",
     "81.5% (Sep 2025), 84.1% (Sep 2026)"),
    ("y-mois-quake-shelter", MOIS, OTH, "지진 옥외대피장소 1만 1,000여 곳 전수 점검·재지정 2025년 상반기 중", "achieved",
     "finished in August 2025 (late)"),
    ("y-kma-quake-alert-3s", KMA, OTH, "지진 조기경보 5~10초 → 3초 이내 (2027년 → 2026년으로 앞당김)", "achieved",
     "moved earlier (Sep 2025); nationwide from October 2026, within the moved date"),
    ("y-kma-quake-stations-500", KMA, OTH, "지진 관측소 400곳 → 500곳 2026년까지 (남은 30곳 → 2027년 상반기)", "delayed",
     "438곳 (Sep 2025), 470곳 and the rest moved to H1 2027 (Nov 2026), the new date still ahead (convention 1)"),
    ("y-kma-quake-tsunami-1m", KMA, OTH, "지진해일 경보 2분 → 1분 2026년 상반기까지", "delayed",
     "1분 30초 (Nov 2026), after the deadline"),
    ("y-moe-quake-school-2100", MOE, OTH, "학교 건물 내진 보강 2,100동 (2027년 → 2029년까지)", "delayed",
     "610동 under way (Sep 2025); put back to 2029 (Nov 2026), the new date still ahead (convention 1)"),
    ("y-molit-quake-piloti-500", MOLIT, OTH, "민간 필로티 건축물 500동 내진 보강 비용 지원 2025년 내", "delayed",
     "180동 (Sep 2025); 310동 (Nov 2026 report), after the deadline"),
    ("y-molit-quake-label", MOLIT, OTH, "지진안전 성능 표시제 도입 (2025년 하반기 → 2026년 상반기)", "cancelled",
     "moved to H1 2026 (Sep 2025), then made voluntary: 사실상 무산 (Nov 2026 report)"),
    ("y-moef-quake-budget", MOPB, OTH, "공공시설 내진 보강 국비 3,000억 원 2026년 예산안 반영", "achieved",
     "in the 2026 정부 예산안 fixed at the end of August 2025 (on time); made by 기획재정부, whose budget work went to "
     "기획예산처 on 2026-01-02 (not to 재정경제부, the primary successor)"),
    ("y-mois-quake-taxcut", MOIS, OTH, "내진 보강 민간 건축물 재산세 5년간 50% 감면 2026년 1월부터", "achieved",
     "in force from January 2026 (on time)"),
    ("y-mois-quake-hazard-map", MOIS, OTH, "활성단층 반영 지진 위험지도 공개 2027년 상반기까지", "announced", ""),
    # 스마트팜·청년농
    ("y-mafra-farm-youth-30k", MAFRA, OTH, "청년농 1만 8,400명 → 2027년까지 3만 명", "in_progress",
     "2만 700명 (Oct 2025), 2만 4,600명 (Sep 2026)"),
    ("y-mafra-farm-lease-15", MAFRA, OTH, "임대형 스마트팜 2026년까지 15곳 → 12곳", "revised",
     "7곳 (Oct 2025); target cut to 12 (Nov 2026), the date unchanged"),
    ("y-mafra-farm-loan-50", MAFRA, OTH, "청년 스마트팜 종합자금 한도 30억 → 50억 원 2025년 하반기부터", "achieved",
     "from July 2025 (on time)"),
    ("y-mafra-farm-stipend-130", MAFRA, OTH, "영농정착지원금 월 110만 원 → 130만 원 → 120만 원 (2026년부터)", "revised",
     "cut to 120만 원 in the 2026 예산안 (Oct 2025 report); no later report"),
    ("y-mafra-farm-landbank-2000", MAFRA, OTH, "농지은행 청년 임대 농지 2025년 2,000ha", "delayed",
     "1,300ha (Sep 2025); 1,850ha for 2025 (Nov 2026 report)"),
    ("y-mafra-farm-share-30", MAFRA, OTH, "시설원예 스마트팜 비중 16% → 2030년 30%", "announced", ""),
    ("y-rda-farm-ai-10", RDA, OTH, "AI 생육관리 모델 10개 품목 보급 2025년 내 (남은 4개 → 2026년 상반기)", "achieved",
     "6 of 10 in 2025, the rest moved to H1 2026 (Oct 2025); the last 4 in August 2026 (late)"),
    ("y-mafra-farm-valley-2", MAFRA, OTH, "스마트팜 혁신밸리 2곳 추가 지정 2026년 상반기", "delayed",
     "1곳 (경북) by November 2026, after the deadline"),
    # 바이오 제조
    ("y-motie-bio-cdmo", MOTI, IND, "송도 바이오 특화단지 CDMO 공동 생산시설 2025년 하반기 착공", "achieved",
     "groundbreaking 2025-12-12 (on time); made by 산업통상자원부, under 산업통상부 since 2025-10-01"),
    ("y-motie-bio-talent-11k", MOTI, IND, "바이오 제조 전문인력 2030년까지 1만 1,000명 → 1만 5,000명", "revised",
     "2,100명 trained in 2025; target raised (Nov 2026), the date unchanged"),
    ("y-motie-bio-foundry", MOTI, IND, "국가 바이오파운드리 착공 (2026년 → 2027년)", "cancelled",
     "moved to 2027 (Dec 2025); failed the 예비타당성조사: 무산 (Nov 2026 report)"),
    ("y-motie-bio-parts-50", MOTI, IND, "바이오 원부자재 국산화율 26% → 2030년까지 50%", "announced",
     "made by 산업통상자원부, under 산업통상부 since 2025-10-01; never followed up"),
    ("y-mfds-bio-review-295", MFDS, IND, "신약 허가 심사 기간 420일 → 295일 2026년부터", "in_progress",
     "340일 (2025), 310일 (2026 so far)"),
    ("y-mohw-bio-fund-1t", MOHW, IND, "바이오 메가펀드 1조 원 2025년 내 결성 (남은 4,000억 원 → 2026년 상반기)", "achieved",
     "6,000억 원 by mid-December 2025, the rest moved to H1 2026; full in August 2026 (late)"),
    ("y-moti-bio-ai-20", MOTI, IND, "바이오 AI 선도 공장 2027년까지 20곳", "in_progress", "8곳 (Nov 2026)"),
    # 영화산업
    ("y-mcst-film-discount-450", MCST, OTH, "영화관람 할인권 450만 장 2025년 7월부터 배포", "achieved",
     "released from July 2025, all used within three months (Apr 2026 report)"),
    ("y-mcst-film-midbudget-30", MCST, OTH, "중예산 영화 2025년 30편 제작 지원", "delayed", "22편 (Apr 2026 report)"),
    ("y-mcst-film-arthouse-60", MCST, OTH, "독립·예술영화관 운영 지원 40곳 → 60곳 2026년부터", "achieved",
     "60곳 in 2026 (Apr 2026 report)"),
    ("y-mcst-film-holdback", MCST, OTH, "홀드백 6개월 영화비디오물진흥법 개정안 2025년 내 국회 제출", "cancelled",
     "replaced by a voluntary industry agreement (Apr 2026 report)"),
    ("y-moef-film-taxcredit", MOFE, OTH, "영상콘텐츠 제작비 세액공제 기본 공제율 5%p 상향 2025년 7월 세법개정안", "achieved",
     "in the July 2025 세법개정안, applied from January 2026; made by 기획재정부, under 재정경제부 (세제) since 2026-01-02"),
    ("y-moef-film-fund-1000", MOPB, OTH, "영화발전기금 일반회계 전입 2026년부터 해마다 1,000억 원 → 600억 원", "revised",
     "600억 원 in the 2026 budget (Apr 2026 report); made by 기획재정부, under 기획예산처 (budget) since 2026-01-02"),
    ("y-kcc-film-piracy-24h", KMCC, OTH, "불법 스트리밍 사이트 차단 3주 → 24시간 이내 2025년 하반기부터", "achieved",
     "still 열흘 (Apr 2026); in force from September 2026 (late); made by 방송통신위원회, replaced by "
     "방송미디어통신위원회 on 2025-10-01"),
    ("y-mcst-film-regional-5", MCST, OTH, "지역 독립영화 제작 거점 5곳 2027년 상반기까지", "announced", ""),
    # 생활체육
    ("y-mcst-sport-centers-150", MCST, OTH, "국민체육센터 2030년까지 150곳 추가 건립", "in_progress",
     "38곳 착공 (Jul 2026)"),
    ("y-mcst-sport-voucher-12", MCST, OTH, "스포츠강좌이용권 월 10만 원 → 12만 원 2026년 1월부터", "achieved",
     "from January 2026 (on time)"),
    ("y-mcst-sport-bandabi-30", MCST, OTH, "장애인 반다비체육센터 2026년까지 30곳 준공 (남은 8곳 → 2027년)", "delayed",
     "17곳 (Jul 2026); 22곳 by the end of 2026 and 8 moved to 2027 (Nov 2026), the new date still ahead"),
    ("y-mcst-sport-platform", MCST, OTH, "공공 체육시설 통합 예약 누리집 '공체온' 2025년 내 개통", "achieved",
     "opened March 2026 (late)"),
    ("y-moe-sport-teacher-2000", MOE, OTH, "초등 체육 전담교사 2027년까지 2,000명 배치", "cancelled",
     "820명 (1학기 2026); dropped over the 교원 정원 cut (Nov 2026 report)"),
    ("y-moe-sport-field-1000", MOE, OTH, "학교 운동장·체육관 주말 개방 2025년 9월부터 1,000곳", "delayed",
     "640곳 (Jul 2026), after the deadline"),
    ("y-mcst-sport-rate-70", MCST, OTH, "생활체육 참여율 62.4% → 2030년 70%", "in_progress", "63.1% (2025)"),
    ("y-mcst-sport-commute-100", MCST, OTH, "직장인 '퇴근길 체육교실' 2027년 100곳", "announced", ""),
]


if __name__ == "__main__":
    write(ROOT, "y", PAGES, COMMITMENTS, LAST,
          ["ministry = the responsible body under the name valid on that date (기획재정부's 영상콘텐츠 세액공제 is",
           "listed under 재정경제부, its primary successor from 2026-01-02, but its 내진 국비 and 영화발전기금 전입",
           "promises under 기획예산처, which took the budget; 산업통상자원부's 바이오 promises under 산업통상부, its",
           "successor from 2025-10-01; 방송통신위원회's 불법 스트리밍 차단 under 방송미디어통신위원회, which replaced",
           "it on 2025-10-01; every other body kept its name through 2026-11-26)."],
          with_commitments="--commitments" in sys.argv[1:])
