"""Writes the hand annotations of held-out set am to gold/*.toml.

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

ME = "환경부"                      # until 2025-09-30
MCEE = "기후에너지환경부"          # from 2025-10-01, 환경부's successor
MFDS = "식품의약품안전처"
MOHW = "보건복지부"
MOLIT = "국토교통부"
KFTC = "공정거래위원회"
KNPA = "경찰청"
MSIT = "과학기술정보통신부"
KCC = "방송통신위원회"             # until 2025-09-30
KMCC = "방송미디어통신위원회"      # from 2025-10-01, 방송통신위원회's successor
MSS = "중소벤처기업부"
MOEF = "기획재정부"                # until 2026-01-01
MOFE = "재정경제부"                # from 2026-01-02: 기획재정부's tax and economic-policy successor
MOIS = "행정안전부"
KMA = "기상청"

OTH = "other"      # 폐의약품, 관리비, 반지하 침수, 청년마을: no topic fits
TEL = "telecom"    # 어르신 통신비: 요금제, 통신비 감면, 알뜰폰, 이동통신 대리점 (cues 통신, 5G, 알뜰폰, 이동통신, 통신비)
SUP = "startup"    # 중소벤처기업부's 로컬 창업 promises (remit_of 중소벤처기업부; cue 창업 in the article)
FIS = "fiscal"     # 기획재정부 → 재정경제부's 소득세 감면 (cues 소득세, 세법; remit_of)

LATE = "achieved after the deadline the commitment named; no deadline fields"
WHEN = "on time; the time words say when it was done, not what was promised: no deadline fields"
LATER = "deadline moved later: delayed, new date in deadline"
SHORT = "short after the deadline: delayed"
MEAS = "a measured value without the target, before the deadline: progress, no fields"

PAGES: list[dict] = []

# ---------------------------------------------------------------- 관리비 1/4 (apartment management-fee bill, web view; 국토교통부)
BILL = "the management office's ○ line relaying 국토교통부's plan, whole with its marker; person ''"
P1_S = ("[이달의 알림] 7월부터 관리비 공개 대상이 50세대 이상 단지로 넓어지고, 장기수선충당금 최소 적립 기준이 "
        "하반기부터 생깁니다(국토교통부).")
PAGES.append(dict(
    source="2025-01-23_am_apartment-fee-bill.txt",
    title="2024년 12월분 관리비 고지서", published_at="2025-01-23",
    mentions=[
        m("am-molit-disclose-50", "new", MOLIT, OTH, P1_S, target=50.0, unit="세대", deadline="2025-07-31",
          dtext="7월부터",
          comment="the bill's [이달의 알림] line (above the body): two commitments of 국토교통부 (named at its end); "
                  "'50세대 이상' a threshold taken as the target (rule value, like al's '2개 이내')"),
        m("am-molit-ltr-200", "new", MOLIT, OTH, P1_S, deadline="2025-12-31", dtext="하반기부터",
          comment="second item; the line names no amount"),
        m("am-molit-disclose-50", "new", MOLIT, OTH,
          "○ 관리비 공개 의무 대상이 7월부터 100세대 이상에서 50세대 이상 단지로 넓어집니다.",
          target=50.0, unit="세대", deadline="2025-07-31", dtext="7월부터",
          comment=BILL + "; subjectless: 국토교통부 (the plan relayed); 100세대 the baseline"),
        m("am-molit-item-std", "new", MOLIT, OTH,
          "○ 국토교통부는 단지마다 제각각인 관리비 항목 이름과 분류를 통일하는 '관리비 항목 표준화' 고시를 상반기 중 내놓겠다고 밝혔습니다.",
          deadline="2025-06-30", dtext="상반기 중", comment=BILL),
        m("am-molit-ltr-200", "new", MOLIT, OTH,
          "○ 장기수선충당금은 하반기부터 ㎡당 월 200원 이상을 적립하도록 최소 기준이 생깁니다.",
          target=200.0, unit="원", deadline="2025-12-31", dtext="하반기부터",
          comment=BILL + "; subjectless: 국토교통부; the ※ line's 371원 is the complex's own figure"),
        m("am-molit-fee-app", "new", MOLIT, OTH,
          "○ 국토교통부는 우리 단지 관리비를 비슷한 규모의 단지와 견줘 볼 수 있는 '관리비 한눈에' 앱을 연내 내놓기로 했습니다.",
          deadline="2025-12-31", dtext="연내", comment=BILL),
        m("am-molit-inspect-500", "new", MOLIT, OTH,
          "○ 국토부와 지방자치단체는 관리비 민원이 많은 500개 단지를 상반기 중 합동 점검할 계획입니다.",
          target=500.0, unit="개", deadline="2025-06-30", dtext="상반기 중",
          comment=BILL + "; '국토부' → 국토교통부 (the local governments share it; the ministry leads). Not annotated: "
                         "the ※ line, the bill's figures, the office's own plans (승강기 교체 3월 4일~4월 30일, 경비비 "
                         "2.4% 인상, 택배함 2월부터, 설 연휴 hours)"),
    ]))

# ---------------------------------------------------------------- 어르신 통신비 1/3 (TV home-shopping broadcast page with its caption transcript; 과학기술정보통신부, 방송통신위원회)
HOST = "a show host's spoken line relaying the government's plan, whole line; person '' (not an official)"
PAGES.append(dict(
    source="2025-02-26_am_homeshopping-phone-plan.txt",
    title="[알찬모바일] 어르신 전용 알뜰폰 '알찬 효도 LTE 11GB' 유심 요금제", published_at="2025-02-26",
    mentions=[
        m("am-msit-senior-5g", "new", MSIT, TEL,
          "[자막] 정부 \"통신 3사 65세 이상 전용 5G 요금제 상반기 중 출시\"",
          deadline="2025-06-30", dtext="상반기 중",
          comment="an on-screen caption line, whole with its [자막] marker; '정부' → 과학기술정보통신부 (named in the next "
                  "line); '65세' is eligibility, not a target. The first caption (4만 8,000원) is a statistic"),
        m("am-msit-senior-5g", "new", MSIT, TEL,
          "과학기술정보통신부는 통신 3사가 65세 이상 전용 5G 요금제를 상반기 중 내놓도록 하겠다고 밝혔어요.",
          deadline="2025-06-30", dtext="상반기 중", comment=HOST),
        m("am-msit-discount", "new", MSIT, TEL,
          "기초연금 받으시는 어르신은 하반기부터 통신비 감면 한도가 월 1만 1,000원에서 1만 5,000원으로 올라갑니다.",
          target=15000.0, unit="원", deadline="2025-12-31", dtext="하반기부터",
          comment=HOST + "; subjectless: 과학기술정보통신부 (통신비 감면 is its scheme)"),
        m("am-msit-mvno-20", "new", MSIT, TEL,
          "정부는 알뜰폰 업체들이 시니어 요금제를 2026년까지 20종 넘게 내놓을 수 있도록 도매대가를 낮춰 주겠다고 했어요.",
          target=20.0, unit="종", deadline="2026-12-31", dtext="2026년까지",
          comment=HOST + "; '정부' → 과학기술정보통신부 (도매대가 is its remit)"),
        m("am-kcc-missell-1000", "new", KCC, TEL, "[자막] 방통위, 이동통신 대리점 1,000곳 고령층 불완전판매 연내 점검",
          target=1000.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment="caption line, whole; '방통위' → 방송통신위원회"),
        m("am-kcc-missell-1000", "new", KCC, TEL,
          "방송통신위원회가 올해 안에 이동통신 대리점 1,000곳을 골라 어르신 대상 불완전판매를 점검하겠다고 했어요.",
          target=1000.0, unit="곳", deadline="2025-12-31", dtext="올해 안에", comment=HOST),
        m("am-msit-post-1000", "new", MSIT, TEL,
          "그리고 9월부터는 전국 우체국 1,000곳에 '어르신 통신 상담 창구'가 생겨서 요금제 고르는 것도 도와준대요.",
          target=1000.0, unit="곳", deadline="2025-09-30", dtext="9월부터",
          comment=HOST + "; subjectless: 과학기술정보통신부 (우체국 = 우정사업본부, under it)"),
        m("am-msit-senior-5g", "new", MSIT, TEL,
          "정리하면, 정부 대책으로 통신 3사 시니어 5G 요금제는 상반기, 감면 확대는 하반기예요.",
          deadline="2025-06-30", dtext="상반기", comment="the host's recap: two commitments; first item"),
        m("am-msit-discount", "new", MSIT, TEL,
          "정리하면, 정부 대책으로 통신 3사 시니어 5G 요금제는 상반기, 감면 확대는 하반기예요.",
          deadline="2025-12-31", dtext="하반기", comment="second item"),
        m("am-msit-discount", "new", MSIT, TEL,
          "정부 발표대로라면 하반기부터는 통신비 감면 한도가 월 1만 5,000원으로 커집니다.",
          target=15000.0, unit="원", deadline="2025-12-31", dtext="하반기부터",
          comment="the seller's Q&A answer, second sentence (after '. '). Not annotated: the MVNO's own plans (3월 중 5G "
                  "요금제, 상반기 안에 편의점 2,000곳 유심: a company's, not a government's), prices, reviews"),
    ]))

# ---------------------------------------------------------------- 폐의약품 1/3 (middle-school inquiry report shared on the school site; 환경부, 식품의약품안전처)
REP = "the student's ①–⑤ line relaying 환경부's release, whole with its marker; person ''"
P3_S = ("[한 줄 요약] 정부는 폐의약품 전용 수거함을 연내 1만 곳까지 늘리고 회수율을 2027년까지 60%로 올리겠다고 했지만, "
        "우리 반 가구의 절반 이상은 아직 약을 일반 쓰레기로 버리고 있었다.")
PAGES.append(dict(
    source="2025-03-27_am_student-inquiry-report.txt",
    title="우리 집 약 상자 속 '버려지지 못한 약'은 어디로 갈까?", published_at="2025-03-27",
    mentions=[
        m("am-me-bin-10k", "new", ME, OTH, P3_S, target=10000.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment="the report's [한 줄 요약] line (above the body): two commitments; '정부' → 환경부 (the release's body)"),
        m("am-me-rate-60", "new", ME, OTH, P3_S, target=60.0, unit="%", deadline="2027-12-31", dtext="2027년까지",
          comment="second item"),
        m("am-me-bin-10k", "new", ME, OTH,
          "① 환경부는 약국과 주민센터 등에 두는 폐의약품 전용 수거함을 지금 6,000곳에서 연내 1만 곳으로 늘리겠다고 했다.",
          target=10000.0, unit="곳", deadline="2025-12-31", dtext="연내", comment=REP + "; 6,000곳 the baseline"),
        m("am-me-postbox", "new", ME, OTH,
          "② 하반기부터는 알약 폐의약품을 봉투에 담아 가까운 우체통에 넣을 수 있는 제도가 전국으로 넓어진다.",
          deadline="2025-12-31", dtext="하반기부터", comment=REP + "; subjectless: 환경부"),
        m("am-me-rate-60", "new", ME, OTH,
          "③ 환경부는 지금 30% 정도인 폐의약품 회수율을 2027년까지 60%로 높이는 것이 목표라고 밝혔다.",
          target=60.0, unit="%", deadline="2027-12-31", dtext="2027년까지", comment=REP + "; 30% the baseline"),
        m("am-me-drug-map", "new", ME, OTH,
          "④ 5월부터는 가까운 수거함 위치를 알려 주는 지도 서비스 '약 버릴 곳'이 문을 연다.",
          deadline="2025-05-31", dtext="5월부터", comment=REP + "; subjectless: 환경부"),
        m("am-mfds-label", "new", MFDS, OTH,
          "⑤ 식품의약품안전처는 2026년 7월부터 약 포장에 '폐의약품 분리배출' 표시를 넣도록 의무화하기로 했다.",
          deadline="2026-07-31", dtext="2026년 7월부터", comment=REP),
        m("am-me-drug-map", "new", ME, OTH,
          "정부가 5월부터 운영한다는 '약 버릴 곳' 지도가 나오면 안내문에 QR코드로 넣을 생각이다.",
          deadline="2025-05-31", dtext="5월부터",
          comment="a sentence of the student's own plan (after '. ') that restates the government's date: annotated for "
                  "the government's part; '정부' → 환경부. Not annotated: the survey figures (56%, 38%, 3가구), the "
                  "pharmacist's own 수거함 (다음 달부터), the centre's notice, the student's 캠페인 (4월), the teacher's note"),
    ]))

# ---------------------------------------------------------------- 로컬 창업 1/3 (start-up portal's call for applicants; 중소벤처기업부, 기획재정부, 행정안전부)
CALL = "the call's ○ line, whole with its marker; person ''"
P4_S = "[공고 요약] 올해 선정 1,000팀 · 팀당 사업화 자금 최대 3,000만 원(내년부터 5,000만 원으로 확대 예정) · 접수 4. 21.~5. 12."
PAGES.append(dict(
    source="2025-04-15_am_local-creator-call.txt",
    title="[모집 중] 2025년 로컬 크리에이터 활성화 지원사업 참여자 모집 공고", published_at="2025-04-15",
    mentions=[
        m("am-mss-creator-1000", "new", MSS, SUP, P4_S, target=1000.0, unit="팀", deadline="2025-12-31", dtext="올해",
          comment="the portal's [공고 요약] line (above the body): two commitments of 중소벤처기업부 (the call's body); "
                  "3,000만 원 this year's terms, 접수 dates procedure"),
        m("am-mss-grant-5000", "new", MSS, SUP, P4_S, target=50000000.0, unit="원", deadline="2026-12-31",
          dtext="내년부터", comment="second item"),
        m("am-mss-creator-1000", "new", MSS, SUP,
          "○ 중소벤처기업부는 올해 로컬 크리에이터 선정 규모를 지난해 700팀에서 1,000팀으로 늘립니다.",
          target=1000.0, unit="팀", deadline="2025-12-31", dtext="올해",
          comment=CALL + "; startup by remit (the sentence has no cue; the call is about 창업)"),
        m("am-mss-grant-5000", "new", MSS, SUP,
          "○ 팀당 사업화 자금 한도는 내년부터 5,000만 원으로 올릴 계획입니다.",
          target=50000000.0, unit="원", deadline="2026-12-31", dtext="내년부터",
          comment=CALL + "; subjectless: 중소벤처기업부. The line above (팀당 최대 3,000만 원) is this year's terms"),
        m("am-mss-district-30", "new", MSS, SUP,
          "○ 중소벤처기업부는 로컬 크리에이터가 모여 있는 골목을 '로컬 상권'으로 지정해 2027년까지 30곳을 조성할 계획입니다.",
          target=30.0, unit="곳", deadline="2027-12-31", dtext="2027년까지", comment=CALL),
        m("am-moef-tax-75", "new", MOEF, FIS,
          "○ 기획재정부는 인구감소지역에 가게를 연 청년 사업자의 소득세 감면율을 50%에서 75%로 높이는 방안을 내년부터 적용하는 것을 추진합니다.",
          target=75.0, unit="%", deadline="2026-12-31", dtext="내년부터",
          comment=CALL + "; fiscal (소득세; remit_of 기획재정부); 50% the baseline"),
        m("am-mois-youth-village", "new", MOIS, OTH,
          "○ 행정안전부는 청년들이 지역에 정착하도록 돕는 '청년마을'을 지금 39곳에서 2026년까지 60곳으로 늘립니다.",
          target=60.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment=CALL + "; other: no cue in the sentence, 행정안전부 has no remit (the article's 창업 is not its topic)"),
        m("am-mss-grant-5000", "new", MSS, SUP,
          "중기부는 내년부터 팀당 최대 5,000만 원으로 올릴 계획입니다.",
          target=50000000.0, unit="원", deadline="2026-12-31", dtext="내년부터",
          comment="the FAQ answer's first sentence (after 'A. '); '중기부' → 중소벤처기업부. Not annotated: the selection "
                  "schedule (5월 하순, 6월 중순, 6월 말, 7월), 협약 기간, the ※ caveat, the FAQ's first answer"),
    ]))

# ---------------------------------------------------------------- 반지하 침수 1/4 (traffic radio's script page; 행정안전부, 국토교통부, 기상청)
RADIO = "the reporter's script line relaying the plan, whole line; person ''"
P5_S = "■ 요약: 반지하 2만 가구 물막이판 이달 말까지 설치 완료 목표, 세입자 직접 대피 문자 7월부터 발송"
P5_R = "다시 한번 정리하면, 물막이판 설치는 이달 말까지, 세입자 직접 문자는 7월부터입니다."
PAGES.append(dict(
    source="2025-06-23_am_radio-traffic-script.txt",
    title="[원고] 장마 앞둔 퇴근길 — 반지하 침수 대책 함께 전해 드립니다", published_at="2025-06-23",
    mentions=[
        m("am-mois-barrier-20k", "new", MOIS, OTH, P5_S, target=20000.0, unit="가구", deadline="2025-06-30",
          dtext="이달 말까지",
          comment="the page's ■ 요약 line (above the body), whole with its marker: two commitments of 행정안전부"),
        m("am-mois-tenant-alert", "new", MOIS, OTH, P5_S, deadline="2025-07-31", dtext="7월부터", comment="second item"),
        m("am-mois-barrier-20k", "new", MOIS, OTH,
          "행정안전부는 반지하 주택 2만 가구에 물막이판을 설치하는 작업을 이달 말까지 모두 마치겠다고 밝혔습니다.",
          target=20000.0, unit="가구", deadline="2025-06-30", dtext="이달 말까지", comment=RADIO),
        m("am-mois-tenant-alert", "new", MOIS, OTH,
          "7월부터는 침수 위험이 커지면 집주인뿐 아니라 세입자 휴대전화로도 행정안전부가 직접 대피 안내 문자를 보냅니다.",
          deadline="2025-07-31", dtext="7월부터", comment=RADIO),
        m("am-molit-buy-5000", "new", MOLIT, OTH,
          "국토교통부는 침수 위험이 큰 반지하 주택 5,000호를 연내 사들여 공공임대주택으로 바꾸겠다고 했습니다.",
          target=5000.0, unit="호", deadline="2025-12-31", dtext="연내", comment=RADIO),
        m("am-molit-ban-semibasement", "new", MOLIT, OTH,
          "또 국토교통부는 새로 짓는 건물에는 반지하에 사람이 사는 공간을 두지 못하도록 건축법 시행령을 연내 고치겠다고 밝혔습니다.",
          deadline="2025-12-31", dtext="연내", comment=RADIO),
        m("am-kma-1h-alert", "new", KMA, OTH,
          "기상청은 지금 수도권에서만 시범 운영하는 '1시간 전 호우 예고'를 내년 5월부터 전국으로 넓히기로 했습니다.",
          deadline="2026-05-31", dtext="내년 5월부터", comment=RADIO),
        m("am-mois-barrier-20k", "new", MOIS, OTH, P5_R, deadline="2025-06-30", dtext="이달 말까지",
          comment="the reporter's recap: two commitments; first item"),
        m("am-mois-tenant-alert", "new", MOIS, OTH, P5_R, deadline="2025-07-31", dtext="7월부터",
          comment="second item. Not annotated: the traffic reports, the advice, the station's own 매시 정각과 30분 "
                  "bulletins, the listeners' messages"),
    ]))

# ---------------------------------------------------------------- 관리비 2/4, 반지하 침수 2/4 (real-estate listing page; 국토교통부, 공정거래위원회, 경찰청, 행정안전부)
LIST = "the realtor's ■ 관리비 안내 sentence relaying the policy, whole line; person ''"
ALERT = "the platform's ✔ policy line, whole with its marker; person ''"
PAGES.append(dict(
    source="2025-07-30_am_villa-listing.txt",
    title="전세 1억 4,000만 | 모퉁이빌라 B01호 (반지하) · 투룸", published_at="2025-07-30",
    mentions=[
        m("am-molit-disclose-50", "achieved", MOLIT, OTH,
          "국토교통부가 7월 1일부터 관리비 공개 의무 대상을 50세대 이상 단지로 넓혀, 이 단지(54세대)도 이번 달부터 관리비 내역을 공개하고 있습니다.",
          comment=LIST + "; " + WHEN),
        m("am-molit-item-std", "delayed", MOLIT, OTH,
          "국토부는 상반기 중 내놓겠다던 관리비 항목 표준화 고시를 연말로 늦췄습니다.",
          deadline="2025-12-31", dtext="연말로", prev="2025-06-30", comment=LIST + "; " + LATER),
        m("am-molit-ltr-200", "progress", MOLIT, OTH,
          "장기수선충당금 최소 기준(㎡당 월 200원)은 시행령 개정안이 입법예고 중이고 하반기에 시행될 예정입니다.",
          target=200.0, unit="원", deadline="2025-12-31", dtext="하반기에",
          comment=LIST + "; draft decree, date kept: progress; subjectless: 국토교통부"),
        m("am-molit-inspect-500", "achieved", MOLIT, OTH,
          "국토부와 지자체는 상반기에 관리비 민원이 많은 단지 520곳의 합동 점검을 마쳤다고 밝혔습니다.",
          comment=LIST + "; 520 ≥ 500 within 상반기: " + WHEN),
        m("am-kftc-bid-200", "new", KFTC, OTH,
          "공정거래위원회는 관리업체를 뽑는 입찰에서 담합이 의심되는 200개 단지를 하반기 중 조사하겠다고 했습니다.",
          target=200.0, unit="개", deadline="2025-12-31", dtext="하반기 중", comment=LIST),
        m("am-knpa-embezzle", "new", KNPA, OTH, "경찰청은 8월부터 10월까지 관리비 횡령 특별단속을 벌입니다.",
          deadline="2025-10-31", dtext="10월까지", comment=LIST + "; the period's end is the deadline"),
        m("am-molit-fee-app", "progress", MOLIT, OTH,
          "국토부가 연말까지 내놓기로 한 '관리비 한눈에' 앱이 나오면 비슷한 단지와 관리비를 견줘 보기도 쉬워집니다.",
          deadline="2025-12-31", dtext="연말까지", comment=LIST + "; the date restated: progress"),
        m("am-mois-barrier-20k", "delayed", MOIS, OTH,
          "✔ 행정안전부는 6월 말까지 반지하 2만 가구에 물막이판을 달겠다고 했지만 1만 8,000가구에 그쳤고, 나머지 2,000가구는 8월까지 마치기로 했습니다.",
          target=2000.0, unit="가구", deadline="2025-08-31", dtext="8월까지", prev="2025-06-30",
          comment=ALERT + "; short and the rest moved later: delayed; the remainder that is moved is the target"),
        m("am-mois-tenant-alert", "achieved", MOIS, OTH,
          "✔ 7월 15일부터 세입자 휴대전화로도 침수 위험 대피 문자가 직접 발송되고 있습니다.",
          comment=ALERT + "; subjectless: 행정안전부; " + WHEN),
        m("am-molit-buy-5000", "progress", MOLIT, OTH,
          "✔ 국토교통부의 반지하 주택 매입은 지금까지 1,200호로, 연내 5,000호가 목표입니다.",
          target=5000.0, unit="호", deadline="2025-12-31", dtext="연내", comment=ALERT + "; count and the target restated"),
        m("am-mois-sensor-10k", "new", MOIS, OTH,
          "✔ 행정안전부는 반지하 가구에 침수 감지 센서를 내년 6월까지 1만 가구 보급하겠다고 밝혔습니다.",
          target=10000.0, unit="가구", deadline="2026-06-30", dtext="내년 6월까지",
          comment=ALERT + ". Not annotated: the existing 이사비 40만 원 (a running scheme, no promise), the realtor's "
                          "notes on the flat, the owner's own plans (9월 중 방범창, 1회 연장), prices"),
    ]))

# ---------------------------------------------------------------- 폐의약품 2/3 (pharmacists' association board: saved Zoom chat of a briefing; 기후에너지환경부, 보건복지부, 식품의약품안전처)
YONG = "용세아 (기후에너지환경부 사무관)'s numbered chat line, whole with its marker"
P7_S = ("※ 요약(사무국): 수거함은 연말 1만 곳 목표 그대로, 약국 운영 지원금은 내년 1월부터 월 3만 원, "
        "물약 회수 시범은 내년 상반기까지 10개 시군구")
PAGES.append(dict(
    source="2025-10-22_am_pharmacist-webinar-chat.txt",
    title="[자료] 폐의약품 회수 약국 참여 설명회 채팅 기록 (발표 요지 포함)", published_at="2025-10-22",
    mentions=[
        m("am-me-bin-10k", "progress", MCEE, OTH, P7_S, target=10000.0, unit="곳", deadline="2025-12-31", dtext="연말",
          comment="the office's ※ 요약 line (above the body): three commitments; the date only in the Zoom folder name; "
                  "made by 환경부, now 기후에너지환경부 (2025-10-01)"),
        m("am-mohw-pharmacy-aid", "new", MOHW, OTH, P7_S, target=30000.0, unit="원", deadline="2026-01-31",
          dtext="내년 1월부터", comment="second item"),
        m("am-mcee-liquid-pilot", "new", MCEE, OTH, P7_S, target=10.0, unit="개", deadline="2026-06-30",
          dtext="내년 상반기까지", comment="third item; '10개 시군구' → 10 개"),
        m("am-me-bin-10k", "progress", MCEE, OTH,
          "1) 폐의약품 전용 수거함은 지금 6,800곳이고, 연말까지 1만 곳을 채우겠습니다.",
          person="용세아", target=10000.0, unit="곳", deadline="2025-12-31", dtext="연말까지",
          comment=YONG + "; count and the date restated: progress"),
        m("am-me-postbox", "achieved", MCEE, OTH,
          "2) 우체통으로 알약을 회수하는 제도는 9월 1일부터 전국에서 시행하고 있습니다.",
          person="용세아", comment=YONG + "; " + WHEN),
        m("am-me-rate-60", "progress", MCEE, OTH,
          "3) 올해 상반기 폐의약품 회수율은 38%로 잠정 집계됐고, 2027년까지 60%로 올린다는 목표는 그대로입니다.",
          person="용세아", target=60.0, unit="%", deadline="2027-12-31", dtext="2027년까지", comment=YONG),
        m("am-mcee-liquid-pilot", "new", MCEE, OTH,
          "4) 물약은 우체통에 넣을 수 없어서, 내년 상반기까지 10개 시군구에서 물약 전용 회수 시범사업을 하겠습니다.",
          person="용세아", target=10.0, unit="개", deadline="2026-06-30", dtext="내년 상반기까지",
          comment=YONG + "; a new promise of the renamed body"),
        m("am-mohw-pharmacy-aid", "new", MOHW, OTH,
          "보건복지부는 회수에 참여하는 약국에 내년 1월부터 월 3만 원의 운영 지원금을 드릴 계획입니다.",
          person="노은재", target=30000.0, unit="원", deadline="2026-01-31", dtext="내년 1월부터",
          comment="노은재 (보건복지부 주무관)'s chat line; other (no cue; the next line's 예산안 is a circumstance and is not "
                  "annotated)"),
        m("am-mfds-label", "progress", MFDS, OTH,
          "식약처는 의약품 포장의 분리배출 표시 의무화 고시 개정안을 이달 초 행정예고했습니다.",
          person="금하율", comment="금하율 (식품의약품안전처 사무관)'s chat line; '식약처' → 식품의약품안전처; " + MEAS),
        m("am-mfds-label", "progress", MFDS, OTH, "시행은 예정대로 내년 7월부터입니다.",
          person="금하율", deadline="2026-07-31", dtext="내년 7월부터",
          comment="his next line: the date restated: progress. Not annotated: 용세아's 가루약 answer and '협의해 보겠습니다' "
                  "(no date or number), the association's own sticker plan (11월부터 120곳), the pharmacists' lines, "
                  "the comments after the chat's end"),
    ]))

# ---------------------------------------------------------------- 로컬 창업 2/3 (reward crowdfunding page, the maker's update; 중소벤처기업부, 기획재정부)
MAKER = "the maker's update sentence relaying the policy, whole line; person ''"
P8_S = ("📌 한 줄 요약: 로컬 크리에이터 1,000팀 선정 완료 · 지원 한도 5,000만 원 계획은 4,000만 원으로 조정 · "
        "우리 골목 '로컬 상권' 1차 10곳에 선정")
PAGES.append(dict(
    source="2025-11-12_am_local-bakery-crowdfunding.txt",
    title="[로컬] 솔밭군 옛 정미소에서 굽는 갯벌 소금빵 — 골목 빵집 2호점 프로젝트", published_at="2025-11-12",
    mentions=[
        m("am-mss-creator-1000", "achieved", MSS, SUP, P8_S,
          comment="the update's 📌 line (above the body): three commitments of 중소벤처기업부; the page's date is its "
                  "latest update's"),
        m("am-mss-grant-5000", "revision", MSS, SUP, P8_S, target=40000000.0, unit="원",
          comment="second item: target cut 5,000만 → 4,000만 원; no date in the line"),
        m("am-mss-district-30", "progress", MSS, SUP, P8_S, comment="third item; " + MEAS),
        m("am-mss-creator-1000", "achieved", MSS, SUP,
          "중소벤처기업부가 이달 초 올해 1,000팀 선정을 모두 마쳤다고 발표했어요.", comment=MAKER + "; " + WHEN),
        m("am-mss-grant-5000", "revision", MSS, SUP,
          "중기부는 팀당 사업화 자금 한도를 내년부터 5,000만 원까지 올리겠다고 했었는데, 최근 4,000만 원으로 조정했다고 해요.",
          target=40000000.0, unit="원", deadline="2026-12-31", dtext="내년부터",
          comment=MAKER + "; changed target: revision, the date kept"),
        m("am-mss-district-30", "progress", MSS, SUP,
          "그리고 기쁜 소식! 우리 모래말 골목이 중소벤처기업부 '로컬 상권' 1차 10곳에 뽑혔어요.",
          comment=MAKER + " (the line from its start: '소식! ' is no sentence boundary for the check); " + MEAS),
        m("am-mss-district-30", "progress", MSS, SUP,
          "중기부는 2027년까지 이런 로컬 상권을 30곳으로 늘린다고 하니, 다른 동네에도 좋은 가게들이 많이 생기면 좋겠어요.",
          target=30.0, unit="곳", deadline="2027-12-31", dtext="2027년까지", comment=MAKER + "; target restated"),
        m("am-mss-loan-500", "new", MSS, SUP,
          "중기부는 로컬 창업 전용 융자 500억 원을 내년 상반기까지 새로 만들겠다고 밝혔어요.",
          target=50000000000.0, unit="원", deadline="2026-06-30", dtext="내년 상반기까지", comment=MAKER),
        m("am-moef-tax-75", "progress", MOEF, FIS,
          "인구감소지역 청년 사업자의 소득세 감면율을 75%로 올리는 세법 개정안은 아직 국회에서 심사 중이라고 합니다.",
          comment=MAKER + "; the bill pending before its date: progress; subjectless: 기획재정부 (its plan). Not annotated: "
                          "the maker's own plans (2호점 내년 3월, 청년 두 명, 리워드 12월 15일부터), the story's 3,000만 원 "
                          "(last year's grant) and 600개, '올해는 뽑는 팀이 훨씬 많아졌대요' (no number)"),
    ]))

# ---------------------------------------------------------------- 어르신 통신비 2/3 (welfare centre's smartphone-class handout; 과학기술정보통신부, 방송미디어통신위원회)
HAND = "the handout's 가.–바. line relaying the news, whole with its marker (or its first sentence); person ''"
PAGES.append(dict(
    source="2026-01-14_am_senior-phone-class-handout.txt",
    title="[스마트폰 기초반 7강 교안] 내 휴대폰 요금, 제대로 알고 아끼기", published_at="2026-01-14",
    mentions=[
        m("am-kmcc-confirm", "new", KMCC, TEL,
          "· 올해 하반기부터 65세 이상이 이동통신에 가입할 때는 '요금제 설명 확인서'를 꼭 받게 됩니다(방송미디어통신위원회).",
          deadline="2026-12-31", dtext="올해 하반기부터", comment="the [오늘의 핵심] · line, whole with its marker"),
        m("am-msit-discount", "delayed", MSIT, TEL, "· 기초연금 받는 분의 통신비 감면 확대는 올해 7월로 미뤄졌습니다.",
          deadline="2026-07-31", dtext="올해 7월로",
          comment="[오늘의 핵심]; " + LATER + "; the old date is not named here"),
        m("am-msit-post-1000", "delayed", MSIT, TEL,
          "· 우체국 '어르신 통신 상담 창구'는 1,000곳 목표에 아직 640곳뿐이니, 가까운 우체국에 미리 전화로 확인하세요.",
          target=1000.0, unit="곳", comment="[오늘의 핵심]; " + SHORT),
        m("am-msit-senior-5g", "achieved", MSIT, TEL,
          "가. 통신 3사의 65세 이상 전용 5G 요금제는 지난해 5월 모두 나왔습니다.",
          comment=HAND + " (first sentence); " + WHEN + "; the promise was 과학기술정보통신부's"),
        m("am-msit-discount", "delayed", MSIT, TEL,
          "나. 기초연금 받는 분의 통신비 감면 한도를 월 1만 5,000원으로 올리는 것은 지난해 하반기에서 올해 7월로 미뤄졌습니다.",
          target=15000.0, unit="원", deadline="2026-07-31", dtext="올해 7월로", prev="2025-12-31",
          comment=HAND + "; " + LATER),
        m("am-msit-mvno-20", "progress", MSIT, TEL,
          "다. 알뜰폰 시니어 요금제는 지금까지 11종이 나왔고, 과학기술정보통신부는 올해 말까지 20종으로 늘린다고 합니다.",
          target=20.0, unit="종", deadline="2026-12-31", dtext="올해 말까지", comment=HAND + "; count and target restated"),
        m("am-msit-post-1000", "delayed", MSIT, TEL,
          "라. 우체국 '어르신 통신 상담 창구'는 지난해 9월부터 1,000곳을 여는 것이 목표였지만 연말까지 640곳만 열렸습니다.",
          target=1000.0, unit="곳", prev="2025-09-30",
          comment=HAND + "; " + SHORT + "; '연말까지' says when the 640 opened, not a new date"),
        m("am-kcc-missell-1000", "delayed", KMCC, TEL,
          "마. 방송미디어통신위원회는 지난해 이동통신 대리점 1,000곳의 어르신 불완전판매를 점검하겠다고 했지만 620곳 점검에 그쳤습니다.",
          target=1000.0, unit="곳", prev="2025-12-31",
          comment=HAND + "; " + SHORT + "; made by 방송통신위원회, followed up under its successor"),
        m("am-kmcc-confirm", "new", KMCC, TEL,
          "바. 방송미디어통신위원회는 올해 하반기부터 65세 이상이 이동통신에 가입할 때 '요금제 설명 확인서'를 받도록 의무화하겠다고 밝혔습니다.",
          deadline="2026-12-31", dtext="올해 하반기부터",
          comment=HAND + ". Not annotated: the glossary, the steps, the class's 9명/1만 8,000원, the centre's own plans "
                         "(토요일 오전반 2월부터, after the sign-off)"),
    ]))

# ---------------------------------------------------------------- 반지하 침수 3/4 (weather app's monsoon-preparation page; 기상청, 행정안전부, 국토교통부)
CARD = "the page's ①–⑥ line, whole with its marker; person ''"
P10_S = "7월부터 반지하 이주 이사비 최대 100만 원 지원 · '1시간 전 호우 예고' 전국 서비스 시작"
PAGES.append(dict(
    source="2026-05-20_am_weather-app-monsoon-guide.txt",
    title="🌧 2026 장마 대비 체크리스트 — 반지하·저지대 편", published_at="2026-05-20",
    mentions=[
        m("am-mois-moving-100", "new", MOIS, OTH, P10_S, target=1000000.0, unit="원", deadline="2026-07-31",
          dtext="7월부터",
          comment="the 오늘의 요약 카드 line (above the body): two commitments; the page shows its date without a year "
                  "('발표 05.20 11:00'), the year only in the title"),
        m("am-kma-1h-alert", "achieved", KMA, OTH, P10_S, comment="second item; " + WHEN),
        m("am-kma-1h-alert", "achieved", KMA, OTH,
          "① 기상청의 '1시간 전 호우 예고'가 5월 15일부터 전국에서 제공되고 있어요.", comment=CARD + "; " + WHEN),
        m("am-mois-barrier-20k", "achieved", MOIS, OTH,
          "② 행정안전부가 약속했던 반지하 2만 가구 물막이판 설치는 지난해 9월 모두 끝났어요.",
          comment=CARD + "; done in September 2025, after the moved date (August): " + LATE),
        m("am-mois-sensor-10k", "progress", MOIS, OTH,
          "③ 반지하 침수 감지 센서는 지금까지 6,400가구에 설치됐고, 행정안전부는 6월까지 1만 가구를 채우겠다고 했어요.",
          target=10000.0, unit="가구", deadline="2026-06-30", dtext="6월까지", comment=CARD + "; count and date restated"),
        m("am-molit-buy-5000", "delayed", MOLIT, OTH,
          "④ 국토교통부의 반지하 주택 매입은 지난해 목표 5,000호 가운데 3,100호에 그쳤고, 나머지 1,900호는 올해 말까지 사들이기로 했어요.",
          target=1900.0, unit="호", deadline="2026-12-31", dtext="올해 말까지", prev="2025-12-31",
          comment=CARD + "; short, rest moved later: delayed; the moved remainder is the target"),
        m("am-molit-ban-semibasement", "delayed", MOLIT, OTH,
          "⑤ 새 건물에 반지하 주거를 못 두게 하는 건축법 시행령 개정은 지난해 안에 하겠다던 계획이 늦어져, 올해 하반기 시행이 목표예요.",
          deadline="2026-12-31", dtext="올해 하반기", prev="2025-12-31",
          comment=CARD + "; subjectless: 국토교통부; " + LATER),
        m("am-mois-moving-100", "new", MOIS, OTH,
          "⑥ 행정안전부는 7월부터 반지하에서 지상층으로 이사하는 가구의 이사비 지원을 40만 원에서 100만 원으로 올려요.",
          target=1000000.0, unit="원", deadline="2026-07-31", dtext="7월부터",
          comment=CARD + "; 40만 원 the baseline. Not annotated: the app's own forecast and its push alert (6월부터), "
                         "the checklist"),
    ]))

# ---------------------------------------------------------------- 관리비 3/4 (web-mail view of an e-mail thread with a forwarded lawmaker's release; 국토교통부, 공정거래위원회, 경찰청)
MAIL = "the office head's reply, first sentence of a numbered section; person ''"
P11_S = "[요약] 관리비 항목 표준화 3월 시행 완료 / 장기수선충당금 최소 기준 150원·2027년 1월로 변경 / 공정위 담합 조사 60개 단지 남음"
PAGES.append(dict(
    source="2026-08-19_am_council-email-thread.txt",
    title="RE: RE: [안건 자료] 9월 정기회의 — 관리비 제도 바뀐 점 정리 부탁드립니다", published_at="2026-08-19",
    mentions=[
        m("am-molit-item-std", "achieved", MOLIT, OTH, P11_S,
          comment="the reply's [요약] line: three commitments; " + LATE),
        m("am-molit-ltr-200", "revision", MOLIT, OTH, P11_S, target=150.0, unit="원", deadline="2027-01-31",
          dtext="2027년 1월로", comment="second item: target lowered and date moved: revision"),
        m("am-kftc-bid-200", "delayed", KFTC, OTH, P11_S, target=60.0, unit="개",
          comment="third item; '공정위' → 공정거래위원회; the rest after the deadline: delayed"),
        m("am-molit-item-std", "achieved", MOLIT, OTH,
          "국토교통부의 관리비 항목 표준화 고시는 올해 3월부터 시행됐고, 우리 단지 고지서도 4월분부터 새 항목 이름으로 바뀌었습니다.",
          comment=MAIL + "; " + LATE),
        m("am-molit-ltr-200", "revision", MOLIT, OTH,
          "국토부는 장기수선충당금 최소 적립 기준을 ㎡당 월 200원에서 150원으로 낮추고, 시행도 2027년 1월로 늦추기로 했습니다.",
          target=150.0, unit="원", deadline="2027-01-31", dtext="2027년 1월로",
          comment=MAIL + "; target lowered (200 → 150원) and the date moved in one clause: revision (as al's 분사기)"),
        m("am-kftc-bid-200", "delayed", KFTC, OTH,
          "공정거래위원회는 지난해 하반기 200개 단지 가운데 140개 단지 조사를 마쳤고, 나머지 60개 단지는 올해 안에 조사하겠다고 밝혔습니다.",
          target=60.0, unit="개", deadline="2026-12-31", dtext="올해 안에", prev="2025-12-31",
          comment=MAIL + "; short, rest moved later: delayed"),
        m("am-knpa-embezzle", "achieved", KNPA, OTH,
          "경찰청의 관리비 횡령 특별단속은 지난해 10월 끝났고, 모두 312건을 적발했다고 합니다.",
          comment=MAIL + "; " + WHEN),
        m("am-molit-e-notice", "new", MOLIT, OTH,
          "국토부는 지난달 발표에서 2027년부터 관리비 전자고지를 모든 의무관리 단지에 의무화하겠다고 밝혔습니다.",
          deadline="2027-12-31", dtext="2027년부터", comment=MAIL + "; a new promise (made in July, relayed here)"),
        m("am-molit-fee-app", "delayed", MOLIT, OTH,
          "국토교통부는 지난해 안에 내놓겠다던 '관리비 한눈에' 앱 출시를 올해 12월로 미뤘다고 답했다.",
          deadline="2026-12-31", dtext="올해 12월로", prev="2025-12-31",
          comment="the forwarded lawmaker's release: the ministry's written answer relayed; " + LATER + ". Not "
                  "annotated: the lawmaker's own bill (이달 안에 대표 발의: a lawmaker's pledge, not a ministry's), his "
                  "quote, the office's own plans (8월 28일, 내년 3월 입찰), the quoted older mail"),
    ]))

# ---------------------------------------------------------------- all five, last (a civic group's published Notion tracker page)
NOTE = "a checkbox line of the tracker, whole with its marker and verdict tag; person ''"
P12_C = ("💡 이번 달 바뀐 판정: 식품의약품안전처의 포장 분리배출 표시 의무화가 2027년 1월로 미뤄졌고, "
         "방송미디어통신위원회의 '요금제 설명 확인서'는 대상과 시기가 바뀌었습니다.")
PAGES.append(dict(
    source="2026-11-25_am_civic-notion-tracker.txt",
    title="📝 2026년 11월 정리: 우리 생활 약속, 어디까지 왔나", published_at="2026-11-25",
    mentions=[
        m("am-mfds-label", "delayed", MFDS, OTH, P12_C, deadline="2027-01-31", dtext="2027년 1월로",
          comment="the second 💡 callout (above the body): two commitments; the date as 'Nov 25, 2026' in the UI's "
                  "English 'Last edited' line"),
        m("am-kmcc-confirm", "revision", KMCC, TEL, P12_C,
          comment="second item: scope and date changed, neither named here; telecom (the commitment's topic) although "
                  "this line holds no telecom cue"),
        # 폐의약품
        m("am-me-bin-10k", "achieved", MCEE, OTH,
          "☑ [이행] 폐의약품 전용 수거함은 지난해 말 8,900곳에 머물렀다가 올해 3월 1만 곳을 넘겼다(기후에너지환경부).",
          comment=NOTE + "; " + LATE),
        m("am-me-postbox", "achieved", MCEE, OTH, "☑ [이행] 우체통 알약 회수는 지난해 9월부터 전국에서 시행 중이다.",
          comment=NOTE + "; subjectless: 기후에너지환경부 (the renamed maker); " + WHEN),
        m("am-me-rate-60", "progress", MCEE, OTH,
          "☐ [진행 중] 폐의약품 회수율은 올해 상반기 47%로, 2027년까지 60%라는 목표에는 아직 못 미친다.",
          target=60.0, unit="%", deadline="2027-12-31", dtext="2027년까지", comment=NOTE),
        m("am-mfds-label", "delayed", MFDS, OTH,
          "☐ [지연] 식품의약품안전처는 의약품 포장 '분리배출' 표시 의무화를 올해 7월에서 2027년 1월로 미뤘다.",
          deadline="2027-01-31", dtext="2027년 1월로", prev="2026-07-31", comment=NOTE + "; " + LATER),
        m("am-mcee-liquid-pilot", "revision", MCEE, OTH,
          "☐ [변경] 기후에너지환경부의 물약 회수 시범은 대상을 10개에서 6개 시군구로 줄이고 시작도 올해 12월로 늦췄다.",
          target=6.0, unit="개", deadline="2026-12-31", dtext="올해 12월로",
          comment=NOTE + "; target cut and date moved in one clause: revision, new date in deadline"),
        m("am-mohw-pharmacy-aid", "cancelled", MOHW, OTH,
          "☒ [무산] 보건복지부가 약속한 회수 참여 약국 운영 지원금(월 3만 원)은 올해 예산에 반영되지 않아 없던 일이 됐다.",
          comment=NOTE + "; dropped: cancelled; '예산' a weak fiscal cue (the reason): other. The 메모 on '약 버릴 곳' "
                         "(no news found) is not a follow-up"),
        # 관리비
        m("am-molit-disclose-50", "achieved", MOLIT, OTH, "☑ [이행] 관리비 공개 의무 대상 50세대 이상 확대는 지난해 7월 시행됐다.",
          comment=NOTE + "; subjectless: 국토교통부; " + WHEN),
        m("am-molit-item-std", "achieved", MOLIT, OTH, "☑ [이행] 관리비 항목 표준화 고시는 올해 3월 시행됐다.",
          comment=NOTE + "; " + LATE),
        m("am-molit-ltr-200", "revision", MOLIT, OTH,
          "☐ [변경] 장기수선충당금 최소 적립 기준은 ㎡당 150원, 2027년 1월 시행으로 바뀐 내용 그대로다.",
          target=150.0, unit="원", deadline="2027-01-31", dtext="2027년 1월",
          comment=NOTE + "; the revision restated under its 변경 tag: revision (as al's talk-page 변경 lines)"),
        m("am-molit-fee-app", "delayed", MOLIT, OTH, "☐ [지연] 국토교통부는 '관리비 한눈에' 앱 출시를 다시 2027년 상반기로 미뤘다.",
          deadline="2027-06-30", dtext="2027년 상반기로",
          comment=NOTE + "; " + LATER + "; the old date (올해 12월) is not named. The 메모 on 공정위 (no news) is not annotated"),
        # 어르신 통신비
        m("am-msit-discount", "achieved", MSIT, TEL,
          "☑ [이행] 기초연금 수급자 통신비 감면 한도 월 1만 5,000원은 올해 7월부터 적용됐다.",
          comment=NOTE + "; on the moved date, late by the first promise: " + LATE),
        m("am-msit-post-1000", "achieved", MSIT, TEL,
          "☑ [이행] 우체국 '어르신 통신 상담 창구'는 올해 6월 1,000곳을 모두 채웠다.", comment=NOTE + "; " + LATE),
        m("am-msit-mvno-20", "progress", MSIT, TEL,
          "☐ [진행 중] 알뜰폰 시니어 요금제는 17종으로, 올해 말 목표인 20종까지 3종 남았다.",
          target=20.0, unit="종", deadline="2026-12-31", dtext="올해 말", comment=NOTE + "; subjectless: 과학기술정보통신부"),
        m("am-kmcc-confirm", "revision", KMCC, TEL,
          "☐ [변경] 방송미디어통신위원회는 이동통신 가입 때 받는 '요금제 설명 확인서' 의무화 대상을 70세 이상으로 좁히고 시행을 내년 3월로 늦췄다.",
          deadline="2027-03-31", dtext="내년 3월로",
          comment=NOTE + "; scope narrowed (65 → 70세) and the date moved: revision; 70세 is scope, not a target"),
        m("am-msit-data-double", "new", MSIT, TEL,
          "➕ [새 약속] 과학기술정보통신부는 통신 3사의 65세 이상 5G 요금제 데이터 제공량을 2027년 상반기까지 두 배로 늘리도록 하겠다고 밝혔다.",
          deadline="2027-06-30", dtext="2027년 상반기까지",
          comment="the tracker's new-promise line, whole with its marker; '두 배' a ratio left without a target value"),
        # 로컬 창업
        m("am-mss-creator-1000", "achieved", MSS, SUP,
          "☑ [이행] 중소벤처기업부의 로컬 크리에이터 1,000팀 선정은 지난해 11월 끝났다.", comment=NOTE + "; " + WHEN),
        m("am-mss-district-30", "progress", MSS, SUP,
          "☐ [진행 중] 중소벤처기업부가 지정한 '로컬 상권'은 18곳으로, 2027년까지 30곳이라는 목표의 절반을 넘었다.",
          target=30.0, unit="곳", deadline="2027-12-31", dtext="2027년까지", comment=NOTE),
        m("am-mss-loan-500", "delayed", MSS, SUP,
          "☐ [지연] 로컬 창업 전용 융자 500억 원은 상반기 출시가 무산돼 하반기로 미뤄졌고, 11월 현재까지 나오지 않았다.",
          target=50000000000.0, unit="원", deadline="2026-12-31", dtext="하반기로", prev="2026-06-30",
          comment=NOTE + "; subjectless: 중소벤처기업부; " + LATER + " ('무산' of the date, not of the loan)"),
        m("am-moef-tax-75", "cancelled", MOFE, FIS,
          "☒ [무산] 인구감소지역 청년 사업자 소득세 감면율 75% 상향은 지난해 말 국회 세법 심사에서 빠져 무산됐다(재정경제부 소관).",
          comment=NOTE + "; made by 기획재정부; on this date its tax successor 재정경제부 (named)"),
        m("am-mois-youth-village", "progress", MOIS, OTH,
          "☐ [진행 중] 행정안전부의 청년마을은 52곳으로 늘어, 올해 목표인 60곳까지 8곳 남았다.",
          target=60.0, unit="곳", deadline="2026-12-31", dtext="올해", comment=NOTE),
        # 반지하 침수
        m("am-mois-moving-100", "achieved", MOIS, OTH,
          "☑ [이행] 반지하에서 지상층으로 옮기는 가구의 이사비 지원 100만 원은 7월부터 시행됐다.",
          comment=NOTE + "; subjectless: 행정안전부; " + WHEN),
        m("am-mois-sensor-10k", "delayed", MOIS, OTH,
          "☐ [지연] 반지하 침수 감지 센서는 6월까지 1만 가구가 목표였지만 8,100가구에 그쳤다.",
          target=10000.0, unit="가구", prev="2026-06-30", comment=NOTE + "; " + SHORT),
        m("am-molit-buy-5000", "delayed", MOLIT, OTH,
          "☐ [지연] 반지하 주택 매입은 누적 4,300호에 머물렀고, 국토교통부는 남은 700호를 내년 상반기까지 채우겠다고 했다.",
          target=700.0, unit="호", deadline="2027-06-30", dtext="내년 상반기까지",
          comment=NOTE + "; moved later again before the year's end: delayed; the moved remainder is the target"),
        m("am-molit-ban-semibasement", "cancelled", MOLIT, OTH,
          "☒ [무산] 국토교통부는 새 건물의 반지하 주거를 막는 건축법 시행령 개정을 지난 10월 철회했다.",
          comment=NOTE + "; withdrawn: cancelled"),
        m("am-kma-1h-alert", "achieved", KMA, OTH,
          "메모: 기상청 '1시간 전 호우 예고'는 5월 전국 확대 뒤 올여름 내내 운영됐다(이행 유지).",
          comment="a 메모 line with a fact (the service ran all summer), whole with its label: achieved again. Not "
                  "annotated: the other 메모 lines (no news), the first 💡 callout, the comments after the sign-off"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-25)
LAST = "2026-11-25"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    # 폐의약품
    ("am-me-bin-10k", MCEE, OTH, "폐의약품 전용 수거함 6,000 → 2025년 안에 1만 곳", "achieved",
     "6,800 and the date restated (Oct 2025); 8,900 at the end of 2025, 1만 in March 2026 (late; Nov 2026); made by 환경부"),
    ("am-me-postbox", MCEE, OTH, "우체통 알약 폐의약품 회수 2025년 하반기부터 전국 확대", "achieved",
     "nationwide from 1 September 2025 (on time; Oct 2025, Nov 2026); made by 환경부"),
    ("am-me-rate-60", MCEE, OTH, "폐의약품 회수율 30 → 2027년까지 60%", "in_progress",
     "38% (Oct 2025); 47% (Nov 2026); made by 환경부"),
    ("am-me-drug-map", MCEE, OTH, "수거함 위치 지도 '약 버릴 곳' 2025년 5월부터", "delayed",
     "never reported on again: its deadline (2025-05-31) passed with no report of achievement (date rule); made by 환경부"),
    ("am-mfds-label", MFDS, OTH, "의약품 포장 '폐의약품 분리배출' 표시 의무화 2026년 7월부터 (→ 2027년 1월)", "delayed",
     "draft notice, date kept (Oct 2025); moved to January 2027 (Nov 2026)"),
    ("am-mohw-pharmacy-aid", MOHW, OTH, "폐의약품 회수 참여 약국 운영 지원금 월 3만 원 2026년 1월부터", "cancelled",
     "not in the 2026 budget, dropped (Nov 2026)"),
    ("am-mcee-liquid-pilot", MCEE, OTH, "물약 전용 회수 시범 2026년 상반기까지 10개 시군구 (→ 6개, 12월)", "revised",
     "cut to 6 and moved to December 2026 (Nov 2026)"),
    # 아파트 관리비
    ("am-molit-disclose-50", MOLIT, OTH, "관리비 공개 의무 대상 100 → 50세대 이상 2025년 7월부터", "achieved",
     "in force from 1 July 2025 (on time; Jul 2025, Nov 2026)"),
    ("am-molit-item-std", MOLIT, OTH, "관리비 항목 표준화 고시 2025년 상반기 중 (→ 연말)", "achieved",
     "moved to the end of 2025 (Jul 2025); in force from March 2026 (late; Aug 2026, Nov 2026)"),
    ("am-molit-ltr-200", MOLIT, OTH, "장기수선충당금 최소 적립 ㎡당 월 200원 2025년 하반기부터 (→ 150원, 2027년 1월)", "revised",
     "draft decree (Jul 2025); lowered to 150원 and moved to January 2027 (Aug 2026, Nov 2026)"),
    ("am-molit-fee-app", MOLIT, OTH, "'관리비 한눈에' 비교 앱 2025년 안에 출시 (→ 2026년 12월 → 2027년 상반기)", "delayed",
     "date restated (Jul 2025); moved to December 2026 (Aug 2026, a lawmaker's release); moved to H1 2027 (Nov 2026)"),
    ("am-molit-inspect-500", MOLIT, OTH, "관리비 민원 다발 500개 단지 2025년 상반기 합동 점검", "achieved",
     "520 inspected in H1 2025 (on time; Jul 2025)"),
    ("am-kftc-bid-200", KFTC, OTH, "관리업체 입찰 담합 의심 200개 단지 2025년 하반기 조사 (→ 나머지 60개 2026년)", "delayed",
     "140 done in 2025, the other 60 moved to 2026 (Aug 2026); no news since"),
    ("am-knpa-embezzle", KNPA, OTH, "관리비 횡령 특별단속 2025년 8~10월", "achieved",
     "ended in October 2025 with 312 cases (on time; Aug 2026)"),
    ("am-molit-e-notice", MOLIT, OTH, "관리비 전자고지 의무관리 단지 2027년부터 의무화", "announced", ""),
    # 어르신 통신비
    ("am-msit-senior-5g", MSIT, TEL, "통신 3사 65세 이상 전용 5G 요금제 2025년 상반기 중 출시", "achieved",
     "all three launched in May 2025 (on time; Jan 2026)"),
    ("am-msit-discount", MSIT, TEL, "기초연금 수급자 통신비 감면 한도 월 1만 1,000 → 1만 5,000원 2025년 하반기부터 (→ 2026년 7월)",
     "achieved", "moved to July 2026 (Jan 2026); applied from July 2026 (late; Nov 2026)"),
    ("am-msit-mvno-20", MSIT, TEL, "알뜰폰 시니어 요금제 2026년까지 20종", "in_progress", "11 (Jan 2026); 17 (Nov 2026)"),
    ("am-kcc-missell-1000", KMCC, TEL, "이동통신 대리점 1,000곳 고령층 불완전판매 2025년 안에 점검", "delayed",
     "620 inspected in 2025 (Jan 2026); made by 방송통신위원회"),
    ("am-msit-post-1000", MSIT, TEL, "우체국 1,000곳 '어르신 통신 상담 창구' 2025년 9월부터", "achieved",
     "640 at the end of 2025 (Jan 2026); all 1,000 in June 2026 (late; Nov 2026)"),
    ("am-kmcc-confirm", KMCC, TEL, "65세 이상 이동통신 가입 때 '요금제 설명 확인서' 의무화 2026년 하반기부터 (→ 70세 이상, 2027년 3월)",
     "revised", "scope narrowed to 70+ and moved to March 2027 (Nov 2026)"),
    ("am-msit-data-double", MSIT, TEL, "통신 3사 65세 이상 5G 요금제 데이터 제공량 2027년 상반기까지 두 배", "announced", ""),
    # 로컬 창업
    ("am-mss-creator-1000", MSS, SUP, "로컬 크리에이터 선정 700 → 2025년 1,000팀", "achieved",
     "selection completed in early November 2025 (on time; Nov 2025, Nov 2026)"),
    ("am-mss-grant-5000", MSS, SUP, "로컬 크리에이터 팀당 사업화 자금 한도 3,000만 → 5,000만 원 2026년부터 (→ 4,000만 원)", "revised",
     "target cut to 4,000만 원, date kept (Nov 2025)"),
    ("am-mss-district-30", MSS, SUP, "'로컬 상권' 2027년까지 30곳 조성", "in_progress", "first 10 (Nov 2025); 18 (Nov 2026)"),
    ("am-moef-tax-75", MOFE, FIS, "인구감소지역 청년 사업자 소득세 감면율 50 → 75% 2026년부터", "cancelled",
     "bill pending (Nov 2025); dropped from the tax bills at the end of 2025 (Nov 2026); made by 기획재정부"),
    ("am-mois-youth-village", MOIS, OTH, "청년마을 39 → 2026년까지 60곳", "in_progress", "52 (Nov 2026)"),
    ("am-mss-loan-500", MSS, SUP, "로컬 창업 전용 융자 500억 원 2026년 상반기까지 신설 (→ 하반기)", "delayed",
     "moved to H2 2026, not launched by November (Nov 2026)"),
    # 반지하 침수
    ("am-mois-barrier-20k", MOIS, OTH, "반지하 2만 가구 물막이판 2025년 6월 말까지 설치 (→ 8월)", "achieved",
     "18,000 and the rest moved to August (Jul 2025); all done in September 2025 (late; May 2026)"),
    ("am-mois-tenant-alert", MOIS, OTH, "침수 위험 대피 문자 세입자 직접 발송 2025년 7월부터", "achieved",
     "sent from 15 July 2025 (on time; Jul 2025)"),
    ("am-molit-buy-5000", MOLIT, OTH, "침수 위험 반지하 주택 2025년 안에 5,000호 매입 (→ 2026년 말 → 2027년 상반기)", "delayed",
     "1,200 (Jul 2025); 3,100 in 2025, the rest moved to the end of 2026 (May 2026); 4,300, the rest moved to H1 2027 "
     "(Nov 2026)"),
    ("am-molit-ban-semibasement", MOLIT, OTH, "신축 건물 반지하 주거 제한 건축법 시행령 2025년 안에 개정", "cancelled",
     "moved to H2 2026 (May 2026); withdrawn in October 2026 (Nov 2026)"),
    ("am-kma-1h-alert", KMA, OTH, "'1시간 전 호우 예고' 2026년 5월부터 전국 확대", "achieved",
     "nationwide from 15 May 2026 (on time; May 2026, Nov 2026)"),
    ("am-mois-sensor-10k", MOIS, OTH, "반지하 침수 감지 센서 2026년 6월까지 1만 가구", "delayed",
     "6,400 and the date restated (May 2026); 8,100 by June (Nov 2026)"),
    ("am-mois-moving-100", MOIS, OTH, "반지하 이주 이사비 지원 40만 → 100만 원 2026년 7월부터", "achieved",
     "in force from July 2026 (on time; Nov 2026)"),
]


if __name__ == "__main__":
    write(ROOT, "am", PAGES, COMMITMENTS, LAST,
          ["ministry = the responsible body under the name valid on that date (환경부's 폐의약품 promises are listed",
           "under 기후에너지환경부 and 방송통신위원회's 불완전판매 promise under 방송미디어통신위원회, their successors from",
           "2025-10-01; 기획재정부's 소득세 감면 promise under 재정경제부, its tax successor from 2026-01-02;",
           "every other body kept its name through 2026-11-25)."],
          with_commitments="--commitments" in sys.argv[1:])
