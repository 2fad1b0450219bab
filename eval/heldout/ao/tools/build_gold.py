"""Writes the hand annotations of held-out set ao to gold/*.toml.

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

MSIT = "과학기술정보통신부"
KCC = "방송통신위원회"             # until 2025-09-30
KMCC = "방송미디어통신위원회"      # from 2025-10-01, 방송통신위원회's successor
KFTC = "공정거래위원회"
MSS = "중소벤처기업부"
MCST = "문화체육관광부"
MOIS = "행정안전부"
ME = "환경부"                      # until 2025-09-30
MCEE = "기후에너지환경부"          # from 2025-10-01, 환경부's successor
MAFRA = "농림축산식품부"
MOHW = "보건복지부"
MOEL = "고용노동부"
MOGEF = "여성가족부"               # until 2025-09-30
MOGE = "성평등가족부"              # from 2025-10-01, 여성가족부's successor

TEL = "telecom"    # 통신 장애 보상 (cues 통신, 알뜰폰; owners 과기정통부, 방통위 → 방미통위)
STA = "startup"    # 중기부's 노쇼 measures (remit of 중소벤처기업부; cue 소상공인)
OTH = "other"      # 노쇼 (공정위), 축제 바가지요금, 들개, 고립·은둔 청년: no topic fits

LATE = "achieved after the deadline the commitment named; no deadline fields"
WHEN = "on time; the time words say when it was done, not what was promised: no deadline fields"
LATER = "deadline moved later: delayed, new date in deadline"
SHORT = "short after the deadline: delayed"
MEAS = "a measured value without the target, before the deadline: progress, no fields"
AGAIN = "an achievement restated: achieved again, no fields"

PAGES: list[dict] = []

# ---------------------------------------------------------------- 통신 장애 보상 1/3 (a carrier's service status page; 과기정통부, 방통위)
STAT = "a sentence of the postmortem's '5. 정부 후속 조치 안내', relaying the government's measures; person ''"
P1_S = ("[정부 후속 조치] 장애 보상 기준 3시간 → 2시간(상반기 중) · 재난 로밍 알뜰폰 확대(하반기부터) · "
        "신청 없는 자동 보상 표준약관(연내)")
P1_A = ("과학기술정보통신부는 1월 20일 통신 장애 보상 기준을 지금의 '연속 3시간 이상'에서 '연속 2시간 이상'으로 낮추는 "
        "이용약관 인가 기준 개정을 상반기 중 마치겠다고 발표했습니다.")
PAGES.append(dict(
    source="2025-01-21_ao_carrier-status-page.txt",
    title="[해결됨] 수도권·충청 일부 지역 LTE·5G 음성·데이터 장애", published_at="2025-01-21",
    mentions=[
        m("ao-msit-outage-2h", "new", MSIT, TEL, P1_S, target=2.0, unit="시간", deadline="2025-06-30",
          dtext="상반기 중",
          comment="the incident's '[정부 후속 조치]' line (above the postmortem): three commitments, no body named; "
                  "과기정통부 (the body below); the threshold taken as the target (as am's '50세대 이상'). The page's "
                  "date: the history header '2025년 1월' and the postmortem's '21일 10:30 KST'"),
        m("ao-msit-roaming-mvno", "new", MSIT, TEL, P1_S, deadline="2025-12-31", dtext="하반기부터",
          comment="second item; 과기정통부 (the body line below)"),
        m("ao-kcc-auto-comp", "new", KCC, TEL, P1_S, deadline="2025-12-31", dtext="연내",
          comment="third item; 방송통신위원회 (the body line below)"),
        m("ao-msit-outage-2h", "new", MSIT, TEL, P1_A, target=2.0, unit="시간", deadline="2025-06-30",
          dtext="상반기 중", comment=STAT + "; '연속 3시간 이상' the baseline"),
        m("ao-msit-facility-870", "new", MSIT, TEL,
          "과기정통부는 또 A·B급 주요 통신시설 870곳의 전원·전송로 이중화를 2026년까지 모두 마치도록 하고, 해마다 현장 "
          "점검을 하기로 했습니다.",
          target=870.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment=STAT + "; '과기정통부' → 과학기술정보통신부"),
        m("ao-msit-roaming-mvno", "new", MSIT, TEL,
          "장애가 났을 때 다른 통신사 망으로 자동 연결해 주는 '재난 로밍'은 하반기부터 알뜰폰 가입자에게도 "
          "적용됩니다(과기정통부).",
          deadline="2025-12-31", dtext="하반기부터", comment=STAT + "; the body in brackets at the end"),
        m("ao-kcc-auto-comp", "new", KCC, TEL,
          "방송통신위원회는 고객이 신청하지 않아도 보상금이 요금에서 자동으로 빠지도록 하는 표준 이용약관을 연내 마련해 "
          "모든 통신사에 적용하겠다고 밝혔습니다.",
          deadline="2025-12-31", dtext="연내", comment=STAT),
        m("ao-kcc-notice-30m", "new", KCC, TEL,
          "7월부터는 장애가 30분 넘게 이어지면 통신사가 가입자에게 문자로 알려야 합니다(방통위).",
          target=30.0, unit="분", deadline="2025-07-31", dtext="7월부터",
          comment=STAT + "; '방통위' → 방송통신위원회; the 30-minute threshold taken as the target"),
        m("ao-msit-drill", "new", MSIT, TEL,
          "과기정통부는 올해 하반기에 통신 3사가 함께하는 장애 대응 합동 훈련도 처음 열기로 했습니다.",
          deadline="2025-12-31", dtext="올해 하반기에", comment=STAT),
        m("ao-msit-roaming-mvno", "new", MSIT, TEL,
          "과기정통부 발표대로라면 하반기부터는 알뜰폰 가입자도 장애 때 다른 통신사 망을 쓸 수 있게 됩니다.",
          deadline="2025-12-31", dtext="하반기부터",
          comment="the FAQ answer's second sentence, relaying the same plan; person ''. Not annotated: the carrier's "
                  "own compensation (약관 8배 as the rule in force, its own 10배 in the February bill, the 2월 14일 "
                  "window), its own 재발 방지 plans (3월까지, 6월까지, 상반기 안에 ARS 10분), the first FAQ answers, the "
                  "update log (after the sign-off)"),
    ]))

# ---------------------------------------------------------------- 식당 노쇼 1/3 (a reservation app's merchant help-centre article; 공정위, 중기부)
HELP = "a sentence of the help article relaying the government's measure; person ''"
P2_S = "[한눈에 보기] 노쇼 위약금 최대 20%(상반기 중) · 소상공인 예약 보증금 시스템 1만 곳 지원(올해) · 노쇼 피해 신고센터(4월부터)"
PAGES.append(dict(
    source="2025-02-27_ao_reservation-app-help-center.txt",
    title="노쇼(예약 부도) 관련 제도가 이렇게 바뀝니다", published_at="2025-02-27",
    mentions=[
        m("ao-kftc-noshow-20", "new", KFTC, OTH, P2_S, target=20.0, unit="%", deadline="2025-06-30", dtext="상반기 중",
          comment="the article's [한눈에 보기] line (above the body): three commitments, no body named; 공정거래위원회 "
                  "(section 1). Category other: a restaurant's no-show fee, not telecom. The "
                  "page's date stands only at its foot ('최종 업데이트: 2025년 2월 27일 목요일')"),
        m("ao-mss-deposit-10k", "new", MSS, STA, P2_S, target=10000.0, unit="곳", deadline="2025-12-31", dtext="올해",
          comment="second item; 중소벤처기업부 (section 2)"),
        m("ao-mss-report-center", "new", MSS, STA, P2_S, deadline="2025-04-30", dtext="4월부터",
          comment="third item; 중소벤처기업부 (section 2)"),
        m("ao-kftc-noshow-20", "new", KFTC, OTH,
          "공정거래위원회는 상반기 중 소비자분쟁해결기준을 고쳐, 예약 시간에 연락 없이 나타나지 않은 손님에게 물릴 수 있는 "
          "위약금을 지금의 이용 금액 10%에서 최대 20%까지 올리기로 했습니다.",
          target=20.0, unit="%", deadline="2025-06-30", dtext="상반기 중", comment=HELP + "; 10% the baseline"),
        m("ao-kftc-platform-terms", "new", KFTC, OTH,
          "공정위는 또 예약 플랫폼 7곳의 취소·환불 약관을 연내 점검해 불공정 조항을 고치도록 할 계획입니다.",
          target=7.0, unit="곳", deadline="2025-12-31", dtext="연내", comment=HELP + "; '공정위' → 공정거래위원회"),
        m("ao-mss-deposit-10k", "new", MSS, STA,
          "중소벤처기업부는 올해 소상공인 1만 곳에 노쇼 방지 '예약 보증금' 결제 시스템 구축비를 최대 50만 원까지 "
          "지원합니다.",
          target=10000.0, unit="곳", deadline="2025-12-31", dtext="올해",
          comment=HELP + "; the target is the count of shops (50만 원 is a per-shop ceiling)"),
        m("ao-mss-report-center", "new", MSS, STA,
          "4월부터는 소상공인시장진흥공단에 '노쇼 피해 신고센터'가 생겨, 피해 사례 접수와 법률 상담을 한곳에서 받을 수 "
          "있습니다(중기부).",
          deadline="2025-04-30", dtext="4월부터",
          comment=HELP + "; '중기부' → 중소벤처기업부 (the agency is under it). Not annotated: the app's own changes "
                         "(3월 중 예약금 기능, 4월부터 예약 제한, 상반기 안에 PDF), the no-show statistics, the FAQ"),
    ]))

# ---------------------------------------------------------------- 축제 바가지요금 1/3 (a travel agency's package-tour page; 문체부, 행안부)
TOUR = "a ①–⑤ line of the page's '알아두세요' box, whole with its marker; person ''"
PAGES.append(dict(
    source="2025-03-27_ao_travel-package-page.txt",
    title="[2025 봄 축제 특가] 은하강 벚꽃축제 + 강변 둘레길 당일 버스투어", published_at="2025-03-27",
    mentions=[
        m("ao-mcst-price-disclose", "new", MCST, OTH,
          "[여행 팁] 4월부터 축제 먹거리 가격이 미리 공개돼요 — 아래 '알아두세요'를 확인하세요",
          deadline="2025-04-30", dtext="4월부터",
          comment="the page's [여행 팁] banner (above the body), no body named: 문화체육관광부 (① below). The page's "
                  "date: '※ 3월 27일 현재 요금' with the year from the title"),
        m("ao-mcst-price-disclose", "new", MCST, OTH,
          "① 4월부터 국비를 지원받는 지역축제는 먹거리 부스의 메뉴와 가격을 축제 홈페이지에 미리 공개해야 "
          "합니다(문화체육관광부).",
          deadline="2025-04-30", dtext="4월부터", comment=TOUR),
        m("ao-mcst-report-17", "new", MCST, OTH,
          "② 문체부는 상반기 중 17개 시도마다 '바가지요금 신고센터'를 열어, 현장에서 전화나 QR로 바로 신고할 수 있게 "
          "한다고 밝혔습니다.",
          target=17.0, unit="개", deadline="2025-06-30", dtext="상반기 중", comment=TOUR + "; '문체부' → 문화체육관광부"),
        m("ao-mois-safe-cert-100", "new", MOIS, OTH,
          "③ 행정안전부는 가격을 미리 정하고 지키는 축제에 '가격 안심 축제' 인증을 주는데, 연내 100곳을 인증하는 것이 "
          "목표입니다.",
          target=100.0, unit="곳", deadline="2025-12-31", dtext="연내", comment=TOUR),
        m("ao-mcst-eval-price", "new", MCST, OTH,
          "④ 올해 문화관광축제 평가부터는 '가격 적정성'이 평가 항목에 들어가, 바가지 논란이 난 축제는 국비 지원 등급이 "
          "내려갈 수 있습니다(문체부).",
          deadline="2025-12-31", dtext="올해", comment=TOUR),
        m("ao-mcst-inspect-40", "new", MCST, OTH,
          "⑤ 문체부와 지자체는 5월까지 주요 봄 축제 40곳에 '가격 점검단'을 보내 현장 가격을 직접 확인하기로 했습니다.",
          target=40.0, unit="곳", deadline="2025-05-31", dtext="5월까지",
          comment=TOUR + "; a joint plan led by 문화체육관광부 (the local bodies are no bodies of ministries.csv)"),
        m("ao-mcst-report-17", "new", MCST, OTH,
          "문체부가 상반기 중 시도별 '바가지요금 신고센터'를 열 예정이고, 그 전까지는 축제 안내소나 지역번호 없이 "
          "120으로 신고하시면 됩니다.",
          deadline="2025-06-30", dtext="상반기 중",
          comment="the FAQ answer after its 'A. ' label (labels are no part of a sentence), relaying the same plan; "
                  "person ''. Not annotated: `행안부는 … "
                  "검토하고 있다고 합니다` (a consideration, not a commitment), 은하군's own QR menu plan (a county, no "
                  "body of ministries.csv), the agency's own plans (4월 출발 상품부터 예상 비용), prices and reviews"),
    ]))

# ---------------------------------------------------------------- 들개 1/4 (a county trail centre's trail-status page; 환경부, 농식품부)
TRAIL = "a `· ` line of the page's '정부·지자체 대책 (5월 현재)' list, whole with its marker; person ''"
PAGES.append(dict(
    source="2025-05-14_ao_trail-status-page.txt",
    title="탐방로 상태", published_at="2025-05-14",
    mentions=[
        m("ao-me-feral-designation", "new", ME, OTH,
          "오늘의 한 줄: 3코스 들개 출몰 주의 — 환경부, 하반기 중 들개 '유해야생동물' 지정 추진",
          deadline="2025-12-31", dtext="하반기 중",
          comment="the page's '오늘의 한 줄' line (above the body), whole with its label; the date from "
                  "'2025.05.14 (수) 06:00 기준'"),
        m("ao-me-feral-designation", "new", ME, OTH,
          "· 환경부는 하반기 중 야생생물법 시행규칙을 고쳐 들개를 '유해야생동물'에 넣고, 지자체가 허가를 받아 포획할 수 "
          "있게 할 계획입니다.",
          deadline="2025-12-31", dtext="하반기 중", comment=TRAIL),
        m("ao-me-sign-500", "new", ME, OTH,
          "· 국립공원 탐방로 가운데 들개 출몰이 잦은 곳에는 9월까지 경고 표지판 500개가 설치됩니다(환경부).",
          target=500.0, unit="개", deadline="2025-09-30", dtext="9월까지", comment=TRAIL),
        m("ao-mafra-capture-50", "new", MAFRA, OTH,
          "· 농림축산식품부는 연내 50개 시군에 들개 전담 포획반을 꾸리도록 인건비와 장비를 지원합니다.",
          target=50.0, unit="개", deadline="2025-12-31", dtext="연내", comment=TRAIL),
        m("ao-mafra-neuter-40k", "new", MAFRA, OTH,
          "· 주인이 있는 실외 사육견이 들개가 되지 않도록, 중성화 수술 지원도 지난해 2만 마리에서 올해 4만 마리로 "
          "늘어납니다(농식품부).",
          target=40000.0, unit="마리", deadline="2025-12-31", dtext="올해", comment=TRAIL + "; 2만 마리 the baseline"),
        m("ao-mafra-shelter-10k", "new", MAFRA, OTH,
          "· 붙잡힌 들개를 보호할 시설도 지금 3,000마리 규모에서 2026년까지 1만 마리 규모로 넓힌다는 것이 농식품부 "
          "설명입니다.",
          target=10000.0, unit="마리", deadline="2026-12-31", dtext="2026년까지", comment=TRAIL),
        m("ao-me-feral-designation", "new", ME, OTH,
          "환경부가 하반기 중 시행규칙을 고치면 지자체가 허가를 받아 포획반을 운영할 수 있게 됩니다.",
          deadline="2025-12-31", dtext="하반기 중",
          comment="the FAQ answer's second sentence (after '. '), a conditional on the dated plan (as am's student's "
                  "map sentence); person ''. Not annotated: `환경부는 … 지도를 만드는 방안도 검토하고 있습니다` (a "
                  "consideration; the map is promised later, on 2025-12-10), 달래군's own plans (6월까지 안내 요원, "
                  "포획 틀), the centre's notices, the sighting reports and the safety tips"),
    ]))

# ---------------------------------------------------------------- 고립·은둔 청년 1/3 (a web magazine's advice column; 복지부, 노동부, 여가부)
COL = "a sentence of the answer's '정부 지원, 이렇게 바뀝니다' part relaying the plan; person ''"
BOX = "a `· ` line of the '한눈에 보는 지원 (6월 기준)' box, whole with its marker; person ''"
P5_S = ("[이번 주 요약] 방 안에만 머무는 청년을 위한 온라인 상담 창구가 7월에 열리고, 전담 센터는 2026년까지 17개 시도 "
        "모두로 늘어납니다.")
P5_Q = ("7월부터는 가족이 대신 신청해도 되는 온라인 원스톱 상담 창구 '다시봄'을 열고, 지금 4곳인 청년미래센터를 "
        "2026년까지 17개 시도 모두에 두겠습니다")
PAGES.append(dict(
    source="2025-06-20_ao_advice-column-youth.txt",
    title="[고민 있어요 #41] 3년째 방 밖으로 나오지 않는 동생, 어떻게 도와야 할까요", published_at="2025-06-20",
    mentions=[
        m("ao-mohw-platform", "new", MOHW, OTH, P5_S, deadline="2025-07-31", dtext="7월에",
          comment="the column's [이번 주 요약] line (above the body): two commitments, no body named; 보건복지부 (the "
                  "official quoted below). The date from the header line '2025. 6. 20. 금요일'"),
        m("ao-mohw-center-17", "new", MOHW, OTH, P5_S, target=17.0, unit="개", deadline="2026-12-31", dtext="2026년까지",
          comment="second item; '17개 시도' → 17 `개`"),
        m("ao-mohw-platform", "new", MOHW, OTH, P5_Q, person="편도윤", deadline="2025-07-31", dtext="7월부터",
          comment="the official's quoted words, between the quotation marks; person 편도윤 (보건복지부 사무관)"),
        m("ao-mohw-center-17", "new", MOHW, OTH, P5_Q, person="편도윤", target=17.0, unit="개", deadline="2026-12-31",
          dtext="2026년까지", comment="second commitment in the quote; 4곳 the baseline"),
        m("ao-mohw-survey", "new", MOHW, OTH,
          "복지부는 하반기 중 고립·은둔 청년 전국 실태조사 결과도 내놓는다고 합니다.",
          deadline="2025-12-31", dtext="하반기 중", comment=COL + "; '복지부' → 보건복지부"),
        m("ao-moel-allowance-350", "new", MOEL, OTH,
          "고용노동부는 하반기부터 '청년도전지원사업'에 참여하는 은둔 청년의 참여수당을 최대 300만 원에서 350만 원으로 "
          "올립니다.",
          target=3500000.0, unit="원", deadline="2025-12-31", dtext="하반기부터", comment=COL + "; 300만 원 the baseline"),
        m("ao-mogef-outreach-5000", "new", MOGEF, OTH,
          "여성가족부도 연내 은둔 청소년 5,000명을 찾아가 상담하는 사업을 벌인다고 밝혔습니다.",
          target=5000.0, unit="명", deadline="2025-12-31", dtext="연내", comment=COL),
        m("ao-mohw-platform", "new", MOHW, OTH,
          "· 온라인 상담 창구 '다시봄': 7월부터, 가족 대리 신청 가능 (복지부)",
          deadline="2025-07-31", dtext="7월부터", comment=BOX),
        m("ao-moel-allowance-350", "new", MOEL, OTH,
          "· 청년도전지원사업 참여수당: 최대 350만 원, 하반기부터 (노동부)",
          target=3500000.0, unit="원", deadline="2025-12-31", dtext="하반기부터", comment=BOX + "; '노동부' → 고용노동부"),
        m("ao-mogef-outreach-5000", "new", MOGEF, OTH,
          "· 은둔 청소년 찾아가는 상담: 연내 5,000명 (여가부)",
          target=5000.0, unit="명", deadline="2025-12-31", dtext="연내",
          comment=BOX + "; '여가부' → 여성가족부. Not annotated: the box's fourth line (4곳 운영 중, a fact), the "
                        "counsellor's advice to ask '다시봄' when it opens, the reader's letter, the next episode's date, "
                        "the comments"),
    ]))

# ---------------------------------------------------------------- 축제 바가지요금 2/3 (a festival's official site, notice-board post; 문체부, 행안부)
FEST = "a sentence of the festival committee's notice relaying the government's measure; person ''"
PAGES.append(dict(
    source="2025-09-22_ao_festival-site-notice.txt",
    title="[필독] 먹거리 부스 가격 공개 및 바가지요금 신고 안내", published_at="2025-09-22",
    mentions=[
        m("ao-mcst-three-strikes", "new", MCST, OTH,
          "[요약] 부스 31곳 가격 전체 공개 · 신고센터 없는 지역이라 현장 안내소·120으로 신고 · 정부 '삼진아웃제' 내년 도입",
          deadline="2026-12-31", dtext="내년",
          comment="the notice's [요약] line (above the body): only its third item is the government's ('정부' → "
                  "문화체육관광부, section 4); the first two are the committee's own. No number in the item, no target"),
        m("ao-mcst-price-disclose", "achieved", MCST, OTH,
          "4월부터 국비 지원 축제의 먹거리 가격 사전 공개가 의무가 되어, 저희 축제도 올해 처음으로 모든 부스 가격을 축제 "
          "열흘 전에 공개합니다.",
          comment=FEST + "; the rule in force since April: achieved (on time), no fields; the committee's own action "
                         "rides in the same sentence"),
        m("ao-mois-safe-cert-100", "progress", MOIS, OTH,
          "행정안전부의 '가격 안심 축제' 인증은 9월까지 전국 62곳이 받았습니다.",
          comment=FEST + "; " + MEAS),
        m("ao-mcst-eval-price", "progress", MCST, OTH,
          "올해부터 문화관광축제 평가에 '가격 적정성' 항목이 새로 들어가, 저희 축제도 12월 평가에서 가격 점검 결과를 "
          "제출하게 됩니다.",
          comment=FEST + "; the item in place, the evaluation still ahead: progress, no fields"),
        m("ao-mcst-report-17", "delayed", MCST, OTH,
          "문화체육관광부가 상반기 중 열겠다던 시도별 '바가지요금 신고센터'는 지금까지 9곳만 문을 열었고, 나머지 8곳은 "
          "연말까지 연다고 합니다.",
          target=8.0, unit="곳", deadline="2025-12-31", dtext="연말까지", prev="2025-06-30",
          comment=FEST + "; " + LATER + "; the remainder (나머지 8곳) is the target of the sentence that moves it"),
        m("ao-mcst-inspect-40", "delayed", MCST, OTH,
          "봄 축제 40곳을 점검하겠다던 정부 가격 점검단은 5월까지 31곳을 돌아보는 데 그쳤습니다.",
          prev="2025-05-31",
          comment=FEST + "; " + SHORT + "; the missed '5월까지' in previous_deadline; '정부' → 문화체육관광부"),
        m("ao-mcst-three-strikes", "new", MCST, OTH,
          "내년부터 바가지요금이 3회 적발된 축제는 국비 지원에서 제외하는 삼진아웃제를 도입하겠다",
          person="함도율", target=3.0, unit="회", deadline="2026-12-31", dtext="내년부터",
          comment="the official's quoted words, between the quotation marks; person 함도율 (문체부 지역축제팀장); the "
                  "threshold '3회' taken as the target. Not annotated: the committee's own rules (가격 상한, 영업 정지, "
                  "가격 지킴이, 카드 결제), its request for an autumn check, '우리 도에는 아직 신고센터가 없어' (a local "
                  "fact), the festival's own certification in August, the price table"),
    ]))

# ---------------------------------------------------------------- 고립·은둔 청년 2/3 (a peer-support Discord server's announcement channel; 복지부, 노동부, 성평등가족부)
DISC = "a numbered line of the operator's 10월 정리 message, whole with its marker; person ''"
P7_P = "모모: 일상회복 지원금 월 30만 원(내년 상반기부터) · 실태조사 발표는 내년 초로 연기 — 자세한 건 아래 공지를 봐 주세요."
PAGES.append(dict(
    source="2025-10-16_ao_discord-announcements.txt",
    title="# 📢공지사항", published_at="2025-10-16",
    mentions=[
        m("ao-mohw-recovery-grant", "new", MOHW, OTH, P7_P, target=300000.0, unit="원", deadline="2026-06-30",
          dtext="내년 상반기부터",
          comment="the pinned message (above the body), whole with the operator's name: two items, no body named; "
                  "보건복지부 (the announcements below). The page's date: the last message's '오늘 오전 10:02' with "
                  "'오늘(16일)', after '2025.10.14.' and '어제'"),
        m("ao-mohw-survey", "delayed", MOHW, OTH, P7_P, deadline="2026-03-31", dtext="내년 초",
          comment="second item; " + LATER + " ('내년 초' → 03-31); the missed date is not named in the item"),
        m("ao-mohw-platform", "achieved", MOHW, OTH,
          "1) 복지부 온라인 상담 창구 '다시봄'이 7월 1일 문을 열어 지금까지 4,800건 넘는 상담이 들어왔대요.",
          comment=DISC + "; " + WHEN),
        m("ao-mohw-center-17", "progress", MOHW, OTH,
          "2) 청년미래센터는 지금 8곳이에요. 복지부 말로는 2026년까지 17개 시도 모두 생긴다고 하니 우리 지역도 기다려 봐요.",
          target=17.0, unit="개", deadline="2026-12-31", dtext="2026년까지",
          comment=DISC + "; 8곳 before the deadline: progress; the line restates the target and date, which it carries"),
        m("ao-moel-allowance-350", "achieved", MOEL, OTH,
          "3) 노동부 청년도전지원사업 참여수당이 9월 신청자부터 최대 350만 원으로 올랐어요.",
          comment=DISC + "; '노동부' → 고용노동부; " + WHEN),
        m("ao-mogef-outreach-5000", "progress", MOGE, OTH,
          "4) 여가부는 이제 성평등가족부로 이름이 바뀌었는데, 은둔 청소년 찾아가는 상담은 9월까지 3,100명이 받았대요.",
          comment=DISC + "; 성평등가족부 (the successor, named on the page); " + MEAS),
        m("ao-mohw-survey", "delayed", MOHW, OTH,
          "5) 하반기에 나온다던 실태조사 결과는 내년 초로 미뤄졌대요 😢",
          deadline="2026-03-31", dtext="내년 초", prev="2025-12-31", comment=DISC + "; " + LATER),
        m("ao-mohw-recovery-grant", "new", MOHW, OTH,
          "복지부가 내년 상반기부터 6개월 넘게 고립된 청년에게 '일상회복 지원금' 월 30만 원을 최대 6개월 준다고 "
          "발표했어요!",
          target=300000.0, unit="원", deadline="2026-06-30", dtext="내년 상반기부터",
          comment="the operator's '새 소식' message; person ''; the monthly amount is the target (6개월 the duration)"),
        m("ao-mohw-family-staff", "new", MOHW, OTH,
          "그리고 내년부터는 청년미래센터마다 가족 상담을 맡는 전담 인력을 2명씩 둔다고 해요(복지부).",
          target=2.0, unit="명", deadline="2026-12-31", dtext="내년부터",
          comment="the same message; person ''. Not annotated: `지원금은 아직 '발표'일 뿐이라 …` (the server's own "
                  "promise to report back), `신청은 다시봄에서 …` (a detail), the server's own meetings (16일 밤 9시, "
                  "11월 22일 오프라인 모임), reactions and the member list"),
    ]))

# ---------------------------------------------------------------- 들개 2/4 (a city animal shelter's adoption notice; 기후에너지환경부, 농식품부)
SHEL = "a sentence of the shelter's '센터에서 알려드립니다' notes relaying the measure; person ''"
P8_S = "[센터 알림 요약] 들개 유해야생동물 지정 내년 상반기로 연기 · 출몰 신고 지도 내년 3월 · 입양 시 중성화·접종 무료"
PAGES.append(dict(
    source="2025-12-10_ao_shelter-adoption-notice.txt",
    title="[입양 공고] 새터-2025-0871 · 믹스견 · 수컷 · 추정 2살", published_at="2025-12-10",
    mentions=[
        m("ao-me-feral-designation", "delayed", MCEE, OTH, P8_S, deadline="2026-06-30", dtext="내년 상반기",
          comment="the notes' [센터 알림 요약] line: two government items (기후에너지환경부, named in the notes) and the "
                  "shelter's own third item; " + LATER + "; the missed date is not named in the item. The page's date: "
                  "the start of '공고 기간 2025.12.10 ~ 2025.12.19'"),
        m("ao-mcee-sighting-map", "new", MCEE, OTH, P8_S, deadline="2026-03-31", dtext="내년 3월",
          comment="second item; a promise of the successor body itself"),
        m("ao-me-feral-designation", "delayed", MCEE, OTH,
          "들개를 '유해야생동물'로 지정하는 시행규칙 개정은 당초 올해 하반기에서 내년 상반기로 미뤄졌다고 "
          "기후에너지환경부가 밝혔습니다.",
          deadline="2026-06-30", dtext="내년 상반기", prev="2025-12-31",
          comment=SHEL + "; " + LATER + "; made by 환경부, named under its successor on the page date"),
        m("ao-mafra-capture-50", "progress", MAFRA, OTH,
          "농림축산식품부가 지원하는 들개 전담 포획반은 지금 전국 38개 시군에서 운영 중이며, 우리 새터시도 그중 "
          "하나입니다.",
          comment=SHEL + "; " + MEAS + " (the deadline, 2025-12-31, three weeks ahead)"),
        m("ao-mafra-neuter-40k", "achieved", MAFRA, OTH,
          "농식품부의 실외 사육견 중성화 지원은 올해 목표 4만 마리를 넘겨 11월까지 4만 1,000마리가 수술을 받았습니다.",
          comment=SHEL + "; " + WHEN),
        m("ao-mafra-shelter-10k", "progress", MAFRA, OTH,
          "포획된 들개를 보호하는 시설은 전국 6,200마리 규모까지 늘었지만, 포획이 함께 늘면서 여전히 빠듯합니다.",
          comment=SHEL + "; subjectless: 농림축산식품부 (the plan it relays); " + MEAS),
        m("ao-mcee-sighting-map", "new", MCEE, OTH,
          "기후에너지환경부는 내년 3월부터 시민이 들개를 목격하면 앱으로 신고하고, 출몰 지점을 지도로 볼 수 있는 서비스를 "
          "시작한다고 밝혔습니다.",
          deadline="2026-03-31", dtext="내년 3월부터",
          comment=SHEL + ". Not annotated: 새터시's own works (격리 견사 20칸, 1월 착공 6월 완공: a city, no body of "
                         "ministries.csv), the shelter's own notices (토요일 상담, 후원 물품 12월 31일까지, 봉사 신청), "
                         "the adoption terms and dates"),
    ]))

# ---------------------------------------------------------------- 식당 노쇼 2/3 (a sushi bar's own website, reservation page; 공정위, 중기부)
REST = "a sentence of the chef's '배경' paragraph relaying the measure; person '' (not an official)"
PAGES.append(dict(
    source="2026-02-26_ao_restaurant-reservation-policy.txt",
    title="예약 안내", published_at="2026-02-26",
    mentions=[
        m("ao-kftc-noshow-20", "achieved", KFTC, OTH,
          "한 줄 안내: 노쇼 위약금 기준이 바뀌어(공정위) 저희 취소 규정도 3월 1일부터 달라집니다.",
          comment="the page's '한 줄 안내' line (above the body): the government's change as done (achieved, no fields) "
                  "and the restaurant's own new rule in one sentence. The page's date stands only after the sign-off "
                  "on the same line ('2026. 2. 26. 개정')"),
        m("ao-kftc-noshow-20", "achieved", KFTC, OTH,
          "공정거래위원회가 지난해 9월 소비자분쟁해결기준을 고쳐, 예약 부도 위약금을 이용 금액의 20%까지 받을 수 있게 "
          "됐습니다.",
          comment=REST + "; " + LATE + " (상반기 중 → September 2025)"),
        m("ao-mss-deposit-10k", "delayed", MSS, STA,
          "중소벤처기업부가 지난해 1만 곳에 지원하겠다던 예약 보증금 시스템은 6,300곳에 그쳤는데, 저희도 그 지원을 받아 "
          "올해부터 보증금 결제를 들였습니다.",
          prev="2025-12-31",
          comment=REST + "; " + SHORT + " ('지난해' names the missed year: previous_deadline); the restaurant's own use "
                         "of the grant rides in the same sentence"),
        m("ao-mss-report-center", "achieved", MSS, STA,
          "소상공인시장진흥공단의 '노쇼 피해 신고센터'(중기부)는 지난해 4월 문을 열어, 저희도 두 번 상담을 받았습니다.",
          comment=REST + "; " + WHEN),
        m("ao-kftc-platform-terms", "achieved", KFTC, OTH,
          "공정위는 지난해 12월 예약 플랫폼 7곳의 취소 약관을 점검해 5곳의 불공정 조항을 고치게 했습니다.",
          comment=REST + "; all 7 checked in December 2025: " + WHEN),
        m("ao-mss-noshow-insurance", "new", MSS, STA,
          "중기부는 상반기 중 소상공인 2,000곳을 대상으로 노쇼 피해를 보험으로 메워 주는 시범 사업을 시작하겠다고 "
          "밝혔습니다.",
          target=2000.0, unit="곳", deadline="2026-06-30", dtext="상반기 중", comment=REST),
        m("ao-kftc-noshow-20", "achieved", KFTC, OTH,
          "지난해 9월부터 위약금 상한이 이용 금액의 20%로 올랐고, 저희 예약금도 그 안에서 정했습니다.",
          comment="the FAQ answer's second sentence (after '. '); achieved again, no fields. Not annotated: the "
                  "restaurant's own rules (예약금 1인 3만 원, 3월 1일 예약분부터), its plan to apply for the insurance "
                  "pilot and to lower the deposit, the bill in the National Assembly (a lawmaker's bill, no promise), "
                  "the other FAQ answers"),
    ]))

# ---------------------------------------------------------------- 통신 장애 보상 2/3 (a complaint portal's post with the carrier's reply; 과기정통부, 방미통위)
REPLY = "a sentence of the carrier's official reply relaying the measure; person '' (the carrier's staff is no official)"
PAGES.append(dict(
    source="2026-04-13_ao_consumer-complaint-reply.txt",
    title="[답변 완료] 2시간 40분 먹통이었는데 보상 대상이 아니라니요?", published_at="2026-04-13",
    mentions=[
        m("ao-kcc-auto-comp", "delayed", KMCC, TEL,
          "[처리 결과 요약] 보상 대상 확인(2시간 기준 충족) · 4월 요금에서 감면 · 자동 보상 제도는 올해 상반기로 연기",
          deadline="2026-06-30", dtext="올해 상반기",
          comment="the reply's [처리 결과 요약] line: only the third item is a government follow-up (방송미디어통신위원회, "
                  "named in section 2); " + LATER + ", the missed date not named in the item. The first two items are "
                  "the carrier's handling of this case. The page's date: the reply's '답변 26.04.13 16:30' (the "
                  "complaint is of 26.04.09)"),
        m("ao-msit-outage-2h", "achieved", MSIT, TEL,
          "과학기술정보통신부의 이용약관 인가 기준 개정으로 지난해 10월부터 통신 장애 보상 기준이 '연속 2시간 이상'으로 "
          "바뀌었습니다.",
          comment=REPLY + "; " + LATE + " (상반기 중 → October 2025)"),
        m("ao-kcc-auto-comp", "delayed", KMCC, TEL,
          "다만 방송미디어통신위원회가 추진 중인 '자동 보상' 표준 약관은 당초 지난해 말에서 올해 상반기 중으로 적용이 "
          "미뤄져, 아직은 고객님께서 신청해 주셔야 보상이 이뤄집니다.",
          deadline="2026-06-30", dtext="올해 상반기 중", prev="2025-12-31",
          comment=REPLY + "; " + LATER + "; made by 방송통신위원회, named under its successor"),
        m("ao-kcc-notice-30m", "achieved", KMCC, TEL,
          "장애 30분 안 문자 고지는 지난해 7월부터 의무화되어, 고객님께도 3월 5일 19시 52분에 안내 문자가 "
          "발송되었습니다.",
          comment=REPLY + "; subjectless: the promise of 방송통신위원회, under its successor 방송미디어통신위원회 on "
                          "the page date; " + WHEN),
        m("ao-msit-roaming-mvno", "delayed", MSIT, TEL,
          "재난 로밍의 알뜰폰 확대는 지난해 하반기에서 올해 6월로 미뤄졌습니다(과기정통부).",
          deadline="2026-06-30", dtext="올해 6월로", prev="2025-12-31", comment=REPLY + "; " + LATER),
        m("ao-msit-facility-870", "progress", MSIT, TEL,
          "A·B급 통신시설 870곳 이중화는 3월 말 현재 612곳을 마쳤다고 과기정통부가 밝혔습니다.",
          comment=REPLY + "; " + MEAS + " (870곳 names the whole, the sentence gives no date: no fields)"),
        m("ao-msit-drill", "achieved", MSIT, TEL,
          "과기정통부가 지난해 11월 처음 연 통신 3사 장애 대응 합동 훈련에는 저희도 참여했습니다.",
          comment=REPLY + "; " + WHEN),
        m("ao-msit-comp-10x", "new", MSIT, TEL,
          "과기정통부는 올해 하반기부터 장애 보상액을 장애 시간 요금의 8배에서 10배로 올리겠다고 지난달 발표했습니다.",
          target=10.0, unit="배", deadline="2026-12-31", dtext="올해 하반기부터",
          comment=REPLY + "; 8배 the baseline. Not annotated: the complaint (the customer's own account and questions), "
                          "the carrier's handling (8배 in April, the 4월 30일 window) and its own plan "
                          "(`6월까지 … 자체 구축하겠습니다`, a company's promise), the author's comment after the sign-off"),
    ]))

# ---------------------------------------------------------------- 들개 3/4 (a hiking club's online-café post; 기후에너지환경부, 농식품부)
CLUB = "a sentence of the post's '들개 관련 최근 소식' part relaying the measure; person ''"
PAGES.append(dict(
    source="2026-07-22_ao_hiking-club-notice.txt",
    title="[8월 정기산행] 달래군 갈대숲 둘레길 3코스 — 들개 관련 안내 필독", published_at="2026-07-22",
    mentions=[
        m("ao-me-feral-designation", "achieved", MCEE, OTH,
          "[요약] 들개 유해야생동물 지정 시행(6월) · 출몰 지도 확인 필수 · 호루라기 지참",
          comment="the post's [요약] line (above the body): its first item is the government's (기후에너지환경부, named "
                  "below), achieved in June 2026 (on the moved date; late by the first one), no fields. The second "
                  "item is the club's advice to check the map (not a report on it) and the third its own kit; not "
                  "annotated as mentions. The date: '2026.07.22. 20:47' on the author line"),
        m("ao-me-feral-designation", "achieved", MCEE, OTH,
          "들개를 유해야생동물로 지정하는 시행규칙이 지난달 시행돼, 이제 지자체가 허가를 받아 들개를 포획할 수 "
          "있습니다(기후에너지환경부).",
          comment=CLUB + "; achieved by the moved deadline (2026-06-30), no fields"),
        m("ao-mcee-sighting-map", "achieved", MCEE, OTH,
          "기후에너지환경부 '들개 출몰 지도'는 3월부터 운영 중인데, 3코스 갈대습지 구간에 빨간 점이 여럿 찍혀 있습니다.",
          comment=CLUB + "; " + WHEN),
        m("ao-mafra-capture-50", "delayed", MAFRA, OTH,
          "농식품부가 지난해까지 50개 시군에 꾸리겠다던 전담 포획반은 41곳에 그쳤고, 달래군은 아직 없습니다.",
          prev="2025-12-31",
          comment=CLUB + "; " + SHORT + " ('지난해까지' in previous_deadline; the clause naming 50 restates the "
                         "promise, the count 41 is what was done: no target)"),
        m("ao-mafra-shelter-10k", "progress", MAFRA, OTH,
          "보호시설은 지금 전국 7,400마리 규모라고 하네요.",
          comment=CLUB + "; subjectless: 농림축산식품부; " + MEAS),
        m("ao-mafra-adopt-grant", "new", MAFRA, OTH,
          "농식품부는 하반기부터 포획된 들개를 입양하는 가정에 15만 원을 지원한다고 합니다.",
          target=150000.0, unit="원", deadline="2026-12-31", dtext="하반기부터",
          comment=CLUB + ". Not annotated: 달래군's plans (8월 중 CCTV 4대, 군 자체 포획반: a county), the club's "
                         "own plans (8월 15일 산행, 9월부터 회비 5만 원, 호루라기), the safety rules and the comments "
                         "after the sign-off (one of them repeats the grant)"),
    ]))

# ---------------------------------------------------------------- roundup: all five (a civic group's 'report card' of promises)
CARD = "a graded line of the report card, whole with its [tag]; person ''"
P12_S = ("📌 이번 학기 한 줄 평: 들개 지정과 바가지요금 신고센터는 늦게라도 지켰고, 자동 보상과 노쇼 보험은 무산됐으며, "
         "들개 포획반과 예약 보증금 지원은 기한을 넘겼다.")
PAGES.append(dict(
    source="2026-11-26_ao_civic-report-card.txt",
    title="2026학년도 2학기 생활약속 통지표", published_at="2026-11-26",
    mentions=[
        m("ao-me-feral-designation", "achieved", MCEE, OTH, P12_S,
          comment="the '📌 이번 학기 한 줄 평' line (above the body): six items, no body named; each goes to the body "
                  "of its line below; achieved again. The page's date: '발행 2026. 11. 26.' (the school-year label "
                  "'2026학년도 2학기' is no date)"),
        m("ao-mcst-report-17", "achieved", MCST, OTH, P12_S, comment="second item; achieved late (March 2026)"),
        m("ao-kcc-auto-comp", "cancelled", KMCC, TEL, P12_S, comment="third item; cancelled"),
        m("ao-mss-noshow-insurance", "cancelled", MSS, STA, P12_S, comment="fourth item; cancelled"),
        m("ao-mafra-capture-50", "delayed", MAFRA, OTH, P12_S, comment="fifth item; past its deadline, short: delayed"),
        m("ao-mss-deposit-10k", "delayed", MSS, STA, P12_S, comment="sixth item; delayed"),
        # 1교시 통신 장애 보상
        m("ao-msit-outage-2h", "achieved", MSIT, TEL,
          "[이행] 통신 장애 보상 기준 '연속 3시간'에서 '연속 2시간'으로 완화 — 2025년 10월 시행 (과기정통부)",
          comment=CARD + "; " + AGAIN),
        m("ao-kcc-notice-30m", "achieved", KMCC, TEL, "[이행] 장애 30분 넘으면 문자 고지 의무 — 2025년 7월부터 (방미통위)",
          comment=CARD + "; '방미통위' → 방송미디어통신위원회; " + AGAIN),
        m("ao-msit-roaming-mvno", "achieved", MSIT, TEL,
          "[이행] 재난 로밍 알뜰폰 확대 — 2025년 하반기에서 미뤄진 끝에 올해 7월 1일 시행 (과기정통부)",
          comment=CARD + "; " + LATE + " (also a day after the moved date, 2026-06-30)"),
        m("ao-msit-drill", "achieved", MSIT, TEL, "[이행] 통신 3사 장애 대응 합동 훈련 — 2025년 11월 첫 실시 (과기정통부)",
          comment=CARD + "; " + AGAIN),
        m("ao-msit-facility-870", "progress", MSIT, TEL,
          "[진행 중] A·B급 통신시설 870곳 이중화 — 11월 현재 804곳, 기한 2026년까지 (과기정통부)",
          target=870.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment=CARD + "; 804곳 before the deadline: progress; the line restates target and deadline"),
        m("ao-msit-comp-10x", "progress", MSIT, TEL,
          "[진행 중] 장애 보상액 요금 8배 → 10배 — 행정예고를 마쳤고 연내 시행 목표 (과기정통부)",
          target=10.0, unit="배", deadline="2026-12-31", dtext="연내", comment=CARD + "; the notice done: progress"),
        m("ao-kcc-auto-comp", "cancelled", KMCC, TEL,
          "[무산] 신청 없이 받는 '자동 보상' 표준 약관 — 의무화 대신 사업자 자율로 돌려 사실상 무산 (방미통위)",
          comment=CARD + "; the mandate dropped for voluntary schemes: cancelled"),
        m("ao-kmcc-outage-history", "new", KMCC, TEL, "[새 약속] 통신 장애 이력 공개 누리집 — 2027년 상반기 개설 (방미통위)",
          deadline="2027-06-30", dtext="2027년 상반기", comment=CARD + "; a new promise of the successor body"),
        # 2교시 식당 노쇼
        m("ao-kftc-noshow-20", "achieved", KFTC, OTH,
          "[이행] 노쇼 위약금 상한 이용 금액의 10% → 20% — 2025년 9월 소비자분쟁해결기준 고시 (공정위)",
          comment=CARD + "; " + AGAIN + " (late by its first deadline)"),
        m("ao-kftc-platform-terms", "achieved", KFTC, OTH, "[이행] 예약 플랫폼 7곳 취소 약관 점검 — 2025년 12월, 5곳 시정 (공정위)",
          comment=CARD + "; " + AGAIN),
        m("ao-mss-report-center", "achieved", MSS, STA, "[이행] 노쇼 피해 신고센터 — 2025년 4월 개소 (중기부)",
          comment=CARD + "; " + AGAIN),
        m("ao-mss-deposit-10k", "delayed", MSS, STA,
          "[지연] 소상공인 예약 보증금 시스템 1만 곳 — 2025년 6,300곳, 남은 3,700곳은 올해 말까지로 (중기부)",
          target=3700.0, unit="곳", deadline="2026-12-31", dtext="올해 말까지",
          comment=CARD + "; " + LATER + "; the remainder is the target of the sentence that moves it; the missed "
                         "year is not named as a deadline"),
        m("ao-mss-noshow-insurance", "cancelled", MSS, STA,
          "[무산] 노쇼 피해 보전 보험 시범 2,000곳 — 참여하겠다는 보험사가 없어 접음 (중기부)",
          comment=CARD + "; cancelled"),
        m("ao-kftc-noshow-display", "new", KFTC, OTH, "[새 약속] 예약 화면에 노쇼 위약금 비율 표시 의무 — 2027년부터 (공정위)",
          deadline="2027-12-31", dtext="2027년부터",
          comment=CARD + "; other (a restaurant's no-show fee, as the 20% rule)"),
        # 3교시 축제 바가지요금
        m("ao-mcst-price-disclose", "achieved", MCST, OTH, "[이행] 국비 지원 축제 먹거리 가격 사전 공개 의무 — 2025년 4월부터 (문체부)",
          comment=CARD + "; " + AGAIN),
        m("ao-mcst-report-17", "achieved", MCST, OTH,
          "[이행] 시도별 바가지요금 신고센터 17곳 — 기한(2025년 상반기)을 넘겨 올해 3월에야 모두 개소 (문체부)",
          comment=CARD + "; " + LATE + " (also after the moved date, 2025-12-31)"),
        m("ao-mcst-eval-price", "revision", MCST, OTH,
          "[변경] 문화관광축제 평가 '가격 적정성' 항목 — 2025년 평가는 시범 적용에 그치고 점수 반영은 2026년 평가부터 (문체부)",
          deadline="2026-12-31", dtext="2026년 평가부터",
          comment=CARD + "; what the item does changed (a trial, no score) and its scoring moved to the 2026 "
                         "evaluation: revision with the new date"),
        m("ao-mcst-three-strikes", "revision", MCST, OTH,
          "[변경] 바가지 축제 국비 배제 — '3회 적발'에서 '2회 적발'로 강화하고 시행은 2027년으로 (문체부)",
          target=2.0, unit="회", deadline="2027-12-31", dtext="2027년으로",
          comment=CARD + "; target and date changed in one line: revision with the new date (the first date, "
                         "'내년부터' of 2025, is not named here)"),
        m("ao-mois-safe-cert-100", "delayed", MOIS, OTH, "[지연] 가격 안심 축제 인증 100곳 — 2025년 86곳에 그침 (행안부)",
          comment=CARD + "; " + SHORT),
        m("ao-mcst-inspect-40", "delayed", MCST, OTH, "[지연] 봄 축제 가격 점검단 40곳 — 2025년 5월까지 31곳만 점검 (문체부)",
          prev="2025-05-31", comment=CARD + "; " + SHORT + " (restated); the missed '5월까지' in previous_deadline"),
        # 4교시 들개
        m("ao-me-feral-designation", "achieved", MCEE, OTH,
          "[이행] 들개 '유해야생동물' 지정 — 2025년 하반기에서 미뤄진 끝에 올해 6월 시행 (기후부)",
          comment=CARD + "; '기후부' → 기후에너지환경부; " + AGAIN),
        m("ao-mcee-sighting-map", "achieved", MCEE, OTH, "[이행] 들개 출몰 신고·지도 서비스 — 올해 3월 개시 (기후부)",
          comment=CARD + "; " + AGAIN),
        m("ao-mafra-neuter-40k", "achieved", MAFRA, OTH, "[이행] 실외 사육견 중성화 4만 마리 — 2025년 4만 1,000마리 (농식품부)",
          comment=CARD + "; " + AGAIN),
        m("ao-mafra-shelter-10k", "progress", MAFRA, OTH,
          "[진행 중] 들개 보호시설 1만 마리 규모 — 8,900마리, 기한 2026년까지 (농식품부)",
          target=10000.0, unit="마리", deadline="2026-12-31", dtext="2026년까지",
          comment=CARD + "; 8,900 before the deadline: progress; target and deadline restated"),
        m("ao-mafra-capture-50", "delayed", MAFRA, OTH,
          "[지연] 들개 전담 포획반 50개 시군 — 기한(2025년)을 넘겨 11월 현재 48곳 (농식품부)",
          prev="2025-12-31", comment=CARD + "; " + SHORT + "; the missed year in previous_deadline"),
        m("ao-mafra-adopt-grant", "cancelled", MAFRA, OTH,
          "[무산] 포획 들개 입양 지원금 15만 원 — 예산이 반영되지 않아 없던 일로 (농식품부)",
          comment=CARD + "; cancelled; other ('예산' a weak cue, the page not on fiscal policy)"),
        # 5교시 고립·은둔 청년
        m("ao-mohw-platform", "achieved", MOHW, OTH, "[이행] 온라인 원스톱 상담 창구 '다시봄' — 2025년 7월 개통 (복지부)",
          comment=CARD + "; " + AGAIN),
        m("ao-mohw-survey", "achieved", MOHW, OTH,
          "[이행] 고립·은둔 청년 전국 실태조사 — 2025년 하반기에서 미뤄진 끝에 올해 2월 발표 (복지부)",
          comment=CARD + "; achieved by the moved date (2026-03-31), late by the first; no fields"),
        m("ao-moel-allowance-350", "achieved", MOEL, OTH,
          "[이행] 청년도전지원사업 참여수당 최대 350만 원 — 2025년 9월 신청분부터 (노동부)",
          comment=CARD + "; " + AGAIN),
        m("ao-mohw-center-17", "progress", MOHW, OTH, "[진행 중] 청년미래센터 17개 시도 — 지금 14곳, 기한 2026년까지 (복지부)",
          target=17.0, unit="개", deadline="2026-12-31", dtext="2026년까지",
          comment=CARD + "; 14 before the deadline: progress; target and deadline restated"),
        m("ao-mohw-family-staff", "progress", MOHW, OTH, "[진행 중] 센터마다 가족 상담 전담 인력 2명 — 14곳 중 9곳 배치 (복지부)",
          target=2.0, unit="명", comment=CARD + "; 9 of 14 centres staffed: progress; the clause names the target"),
        m("ao-mogef-outreach-5000", "delayed", MOGE, OTH,
          "[지연] 은둔 청소년 찾아가는 상담 5,000명 — 2025년 4,200명에 그침 (성평등가족부)",
          comment=CARD + "; " + SHORT + "; made by 여성가족부"),
        m("ao-mohw-recovery-grant", "revision", MOHW, OTH,
          "[변경] 일상회복 지원금 — 월 30만 원에서 20만 원으로 줄이고 시작도 올해 하반기로 (복지부)",
          target=200000.0, unit="원", deadline="2026-12-31", dtext="올해 하반기로",
          comment=CARD + "; target cut and start moved in one line: revision with the new date"),
        m("ao-moel-work-exp", "new", MOEL, OTH, "[새 약속] 은둔 청년 일경험 프로그램 3,000명 — 2027년까지 (노동부)",
          target=3000.0, unit="명", deadline="2027-12-31", dtext="2027년까지",
          comment=CARD + ". Not annotated: the '📊 한눈에' tally, '통지표 읽는 법', the 담임 의견 lines (members' "
                         "surveys and opinions), the 출결 line on the 탐방로 경고 표지판 (no result found: no news, no "
                         "number or date), the 종합 의견, the members' comments"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-26)
LAST = "2026-11-26"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    # 통신 장애 보상
    ("ao-msit-outage-2h", MSIT, TEL, "통신 장애 보상 기준 연속 3시간 → 2시간 2025년 상반기 중 개정", "achieved",
     "in force from October 2025 (late; Apr 2026, Nov 2026)"),
    ("ao-msit-facility-870", MSIT, TEL, "A·B급 주요 통신시설 870곳 전원·전송로 이중화 2026년까지", "in_progress",
     "612 (Apr 2026); 804 (Nov 2026)"),
    ("ao-msit-roaming-mvno", MSIT, TEL, "재난 로밍 알뜰폰 가입자 확대 2025년 하반기부터 (→ 2026년 6월)", "achieved",
     "moved to June 2026 (Apr 2026); in force from 1 July 2026 (late; Nov 2026)"),
    ("ao-kcc-auto-comp", KMCC, TEL, "신청 없는 장애 보상 자동 지급 표준 이용약관 2025년 안에 (→ 2026년 상반기)", "cancelled",
     "moved to H1 2026 (Apr 2026); mandate dropped for voluntary schemes (Nov 2026); made by 방송통신위원회"),
    ("ao-kcc-notice-30m", KMCC, TEL, "장애 30분 넘으면 가입자 문자 고지 의무 2025년 7월부터", "achieved",
     "in force from July 2025 (on time; Apr 2026, Nov 2026); made by 방송통신위원회"),
    ("ao-msit-drill", MSIT, TEL, "통신 3사 장애 대응 합동 훈련 2025년 하반기 첫 실시", "achieved",
     "held in November 2025 (on time; Apr 2026, Nov 2026)"),
    ("ao-msit-comp-10x", MSIT, TEL, "장애 보상액 요금 8배 → 10배 2026년 하반기부터", "in_progress",
     "administrative notice done, in force targeted within 2026 (Nov 2026)"),
    ("ao-kmcc-outage-history", KMCC, TEL, "통신 장애 이력 공개 누리집 2027년 상반기 개설", "announced", ""),
    # 식당 노쇼
    ("ao-kftc-noshow-20", KFTC, OTH, "소비자분쟁해결기준 노쇼 위약금 10% → 20% 2025년 상반기 중 개정", "achieved",
     "issued in September 2025 (late; Feb 2026, Nov 2026)"),
    ("ao-kftc-platform-terms", KFTC, OTH, "예약 플랫폼 7곳 취소·환불 약관 2025년 안에 점검", "achieved",
     "checked in December 2025, 5 corrected (on time; Feb 2026, Nov 2026)"),
    ("ao-mss-deposit-10k", MSS, STA, "소상공인 1만 곳 예약 보증금 시스템 구축비 2025년 지원 (→ 남은 3,700곳 2026년 말)",
     "delayed", "6,300 in 2025 (Feb 2026); the rest moved to the end of 2026 (Nov 2026)"),
    ("ao-mss-report-center", MSS, STA, "노쇼 피해 신고센터 2025년 4월 개소", "achieved",
     "opened in April 2025 (on time; Feb 2026, Nov 2026)"),
    ("ao-mss-noshow-insurance", MSS, STA, "노쇼 피해 보전 보험 시범 소상공인 2,000곳 2026년 상반기 중", "cancelled",
     "dropped, no insurer joined (Nov 2026)"),
    ("ao-kftc-noshow-display", KFTC, OTH, "예약 화면 노쇼 위약금 비율 표시 의무 2027년부터", "announced", ""),
    # 축제 바가지요금
    ("ao-mcst-price-disclose", MCST, OTH, "국비 지원 축제 먹거리 가격 사전 공개 의무 2025년 4월부터", "achieved",
     "in force from April 2025 (on time; Sep 2025, Nov 2026)"),
    ("ao-mcst-report-17", MCST, OTH, "바가지요금 신고센터 17개 시도 2025년 상반기 중 (→ 남은 8곳 연말)", "achieved",
     "9 open, the other 8 moved to the end of 2025 (Sep 2025); all 17 by March 2026 (late; Nov 2026)"),
    ("ao-mois-safe-cert-100", MOIS, OTH, "'가격 안심 축제' 인증 2025년 안에 100곳", "delayed",
     "62 (Sep 2025); 86 in 2025 (Nov 2026)"),
    ("ao-mcst-eval-price", MCST, OTH, "문화관광축제 평가 '가격 적정성' 항목 2025년 평가부터 (→ 점수 반영 2026년 평가부터)",
     "revised", "in place for the 2025 evaluation (Sep 2025); a trial only, scoring moved to 2026 (Nov 2026)"),
    ("ao-mcst-inspect-40", MCST, OTH, "봄 축제 40곳 '가격 점검단' 2025년 5월까지", "delayed",
     "31 by the deadline (Sep 2025, Nov 2026)"),
    ("ao-mcst-three-strikes", MCST, OTH, "바가지 3회 적발 축제 국비 배제 2026년부터 (→ 2회, 2027년)", "revised",
     "tightened to two and moved to 2027 (Nov 2026)"),
    # 들개
    ("ao-me-feral-designation", MCEE, OTH, "들개 '유해야생동물' 지정 시행규칙 2025년 하반기 중 개정 (→ 2026년 상반기)",
     "achieved", "moved to H1 2026 (Dec 2025); in force in June 2026 (Jul 2026, Nov 2026); made by 환경부"),
    ("ao-me-sign-500", MCEE, OTH, "국립공원 탐방로 들개 경고 표지판 500개 2025년 9월까지", "delayed",
     "never reported on again: its deadline (2025-09-30) passed with no report of achievement (date rule); made by "
     "환경부"),
    ("ao-mafra-capture-50", MAFRA, OTH, "들개 전담 포획반 2025년 안에 50개 시군", "delayed",
     "38 (Dec 2025); 41 by the deadline (Jul 2026); 48 (Nov 2026)"),
    ("ao-mafra-neuter-40k", MAFRA, OTH, "실외 사육견 중성화 지원 2만 → 2025년 4만 마리", "achieved",
     "41,000 by November 2025 (on time; Dec 2025, Nov 2026)"),
    ("ao-mafra-shelter-10k", MAFRA, OTH, "들개 보호시설 3,000 → 2026년까지 1만 마리 규모", "in_progress",
     "6,200 (Dec 2025); 7,400 (Jul 2026); 8,900 (Nov 2026)"),
    ("ao-mcee-sighting-map", MCEE, OTH, "들개 목격 신고·출몰 지도 서비스 2026년 3월부터", "achieved",
     "opened in March 2026 (on time; Jul 2026, Nov 2026)"),
    ("ao-mafra-adopt-grant", MAFRA, OTH, "포획 들개 입양 가정 지원금 15만 원 2026년 하반기부터", "cancelled",
     "not funded, dropped (Nov 2026)"),
    # 고립·은둔 청년
    ("ao-mohw-center-17", MOHW, OTH, "청년미래센터 4곳 → 2026년까지 17개 시도", "in_progress",
     "8 (Oct 2025); 14 (Nov 2026)"),
    ("ao-mohw-platform", MOHW, OTH, "온라인 원스톱 상담 창구 '다시봄' 2025년 7월 개통", "achieved",
     "opened on 1 July 2025 (on time; Oct 2025, Nov 2026)"),
    ("ao-mohw-survey", MOHW, OTH, "고립·은둔 청년 전국 실태조사 결과 2025년 하반기 중 발표 (→ 2026년 초)", "achieved",
     "moved to early 2026 (Oct 2025); published in February 2026 (Nov 2026)"),
    ("ao-moel-allowance-350", MOEL, OTH, "청년도전지원사업 은둔 청년 참여수당 300만 → 350만 원 2025년 하반기부터", "achieved",
     "from September 2025 applicants (on time; Oct 2025, Nov 2026)"),
    ("ao-mogef-outreach-5000", MOGE, OTH, "은둔 청소년 찾아가는 상담 2025년 안에 5,000명", "delayed",
     "3,100 (Oct 2025); 4,200 in 2025 (Nov 2026); made by 여성가족부"),
    ("ao-mohw-recovery-grant", MOHW, OTH, "일상회복 지원금 월 30만 원 2026년 상반기부터 (→ 20만 원, 하반기)", "revised",
     "cut to 200,000 won and moved to H2 2026 (Nov 2026)"),
    ("ao-mohw-family-staff", MOHW, OTH, "청년미래센터마다 가족 상담 전담 인력 2명 2026년부터", "in_progress",
     "9 of 14 centres (Nov 2026)"),
    ("ao-moel-work-exp", MOEL, OTH, "은둔 청년 일경험 프로그램 2027년까지 3,000명", "announced", ""),
]


if __name__ == "__main__":
    write(ROOT, "ao", PAGES, COMMITMENTS, LAST,
          ["ministry = the responsible body under the name valid on that date (방송통신위원회's 자동 보상 and 문자 고지",
           "promises are listed under 방송미디어통신위원회, 환경부's 들개 지정 and 표지판 promises under 기후에너지환경부",
           "and 여성가족부's 찾아가는 상담 promise under 성평등가족부, their successors from 2025-10-01; every other body",
           "kept its name through 2026-11-26)."],
          with_commitments="--commitments" in sys.argv[1:])
