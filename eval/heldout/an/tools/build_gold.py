"""Writes the hand annotations of held-out set an to gold/*.toml.

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

KFTC = "공정거래위원회"
MOTIE = "산업통상자원부"           # until 2025-09-30
MOTI = "산업통상부"                # from 2025-10-01, 산업통상자원부's successor
MOEF = "기획재정부"                # until 2026-01-01
MOFE = "재정경제부"                # from 2026-01-02: 기획재정부's tax successor
MOPB = "기획예산처"                # from 2026-01-02: 기획재정부's budget successor
MOIS = "행정안전부"
MOGEF = "여성가족부"               # until 2025-09-30
MOGE = "성평등가족부"              # from 2025-10-01, 여성가족부's successor
MOHW = "보건복지부"
NFA = "소방청"
MOLIT = "국토교통부"
ME = "환경부"                      # until 2025-09-30
MCEE = "기후에너지환경부"          # from 2025-10-01, 환경부's successor
RDA = "농촌진흥청"
KNPA = "경찰청"
MAFRA = "농림축산식품부"

OTH = "other"      # 결혼 비용 (but the tax credit), 소아 야간 진료, 농기계 안전, 장례 (but the budget share): no topic fits
FIS = "fiscal"     # 결혼세액공제 (기획재정부 → 재정경제부; remit, cue 세법) and 화장시설 국비 보조율 (cue 예산; remit)
IND = "industry"   # 전기차 배터리 인증·BMS 표준 (cue 배터리; 배터리 + 전기차 tie → industry, listed first)
CLI = "climate"    # 충전기 (cue 충전기), and the 전기차-cued fire-safety promises (cue 전기차)

LATE = "achieved after the deadline the commitment named; no deadline fields"
WHEN = "on time; the time words say when it was done, not what was promised: no deadline fields"
LATER = "deadline moved later: delayed, new date in deadline"
SHORT = "short after the deadline: delayed"
MEAS = "a measured value without the target, before the deadline: progress, no fields"
AGAIN = "an achievement restated: achieved again, no fields"

PAGES: list[dict] = []

# ---------------------------------------------------------------- 결혼 비용 1/4 (a couple's wedding budget, published spreadsheet)
SHEET = "a memo line of the sheet's '정책 메모' block (column A only), whole with its date prefix; person ''"
P1_S = ("📌 요약: 스드메 가격 세부 공개(상반기) · 위약금 10% 제한(하반기) · 결혼세액공제 100만 원(내년부터) "
        "→ 본계약은 가격 공개 뒤에!")
PAGES.append(dict(
    source="2025-01-14_an_wedding-budget-sheet.txt",
    title="지안♥도현 결혼 준비 예산표 (25.1.14 업데이트)", published_at="2025-01-14",
    mentions=[
        m("an-kftc-sdm-price", "new", KFTC, OTH, P1_S, deadline="2025-06-30", dtext="상반기",
          comment="the sheet's 📌 요약 cell (above the body): three commitments, no body named; 공정거래위원회 (the memo "
                  "lines below); the date of the page is read from the title's '25.1.14'"),
        m("an-kftc-penalty-10", "new", KFTC, OTH, P1_S, target=10.0, unit="%", deadline="2025-12-31", dtext="하반기",
          comment="second item; '10% 제한' a ceiling taken as the target (a rule value, as am's '50세대 이상')"),
        m("an-moef-wedding-credit", "new", MOEF, FIS, P1_S, target=1000000.0, unit="원", deadline="2026-12-31",
          dtext="내년부터", comment="third item; 기획재정부 (the memo line says 기재부); fiscal by remit"),
        m("an-kftc-sdm-price", "new", KFTC, OTH,
          "1/6 공정위: 스드메(스튜디오·드레스·메이크업) 업체가 기본가뿐 아니라 추가금까지 세부 가격을 공개하도록 하는 지침을 상반기 중 시행한다고 함.",
          deadline="2025-06-30", dtext="상반기 중", comment=SHEET + "; '공정위' → 공정거래위원회"),
        m("an-kftc-penalty-10", "new", KFTC, OTH,
          "1/6 공정위: 결혼서비스 표준약관도 고쳐서 하반기부터는 위약금을 총액의 10% 이내로 묶을 계획이라고 함.",
          target=10.0, unit="%", deadline="2025-12-31", dtext="하반기부터", comment=SHEET),
        m("an-motie-price-tag", "new", MOTIE, OTH,
          "1/9 산업통상자원부가 가격표시제 실시요령을 바꿔서 내년 1월부터는 웨딩홀·스드메 업체도 매장과 홈페이지에 가격을 표시해야 한다고 함.",
          deadline="2026-01-31", dtext="내년 1월부터",
          comment=SHEET + "; other: no cue, 산업통상자원부 has no remit"),
        m("an-moef-wedding-credit", "new", MOEF, FIS,
          "1/10 기재부: 결혼세액공제를 1인 50만 원에서 100만 원으로 늘리는 방안을 내년부터 적용하는 걸 추진 중이라고 함.",
          target=1000000.0, unit="원", deadline="2026-12-31", dtext="내년부터",
          comment=SHEET + "; '기재부' → 기획재정부; 50만 원 the baseline"),
        m("an-mois-public-hall-300", "new", MOIS, OTH,
          "1/13 행안부: 공공기관 강당·정원 같은 빈 공간을 예식장으로 빌려주는 곳을 지금 100곳에서 2026년까지 300곳으로 늘린다고 함.",
          target=300.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment=SHEET + "; '행안부' → 행정안전부. Not annotated: the '→' lines (the couple's own notes and plans: "
                          "구청 문의 2월, 신고 날짜), the budget table and its figures (목표 3,000만 원), the hall comparison, "
                          "the ☐/☑ to-do lines (2월 15일, 4월 안에 계약, 3월까지)"),
    ]))

# ---------------------------------------------------------------- 소아 야간 진료 1/3 (daycare communication app's notice; 보건복지부, 소방청)
APP = "the director's notice sentence relaying the government's plan, whole line; person '' (not an official)"
P2_S = "요약 ▶ 달빛어린이병원 150곳(연내) / 소아 야간 가산 50%(7월부터) / 119 소아 전담 상담(하반기부터)"
PAGES.append(dict(
    source="2025-02-20_an_daycare-app-notice.txt",
    title="[공지] 밤에 아이가 아플 때 — 달라지는 소아 야간 진료 안내", published_at="2025-02-20",
    mentions=[
        m("an-mohw-moonlight-150", "new", MOHW, OTH, P2_S, target=150.0, unit="곳", deadline="2025-12-31",
          dtext="연내",
          comment="the notice's 요약 ▶ line (above the body): three commitments, no body named; the date is read from "
                  "the month header '2025년 2월' and the post's '20일 (목)'"),
        m("an-mohw-night-fee-50", "new", MOHW, OTH, P2_S, target=50.0, unit="%", deadline="2025-07-31",
          dtext="7월부터", comment="second item"),
        m("an-nfa-119-peds", "new", NFA, OTH, P2_S, deadline="2025-12-31", dtext="하반기부터",
          comment="third item; 소방청 (named in the body)"),
        m("an-mohw-moonlight-150", "new", MOHW, OTH,
          "보건복지부는 밤늦게나 휴일에도 아이 진료를 볼 수 있는 '달빛어린이병원'을 지금 100곳에서 연내 150곳으로 늘리겠다고 밝혔습니다.",
          target=150.0, unit="곳", deadline="2025-12-31", dtext="연내", comment=APP + "; 100곳 the baseline"),
        m("an-mohw-night-fee-50", "new", MOHW, OTH,
          "7월부터는 소아 야간·휴일 진료 가산 수가가 30%에서 50%로 올라, 밤에 문을 여는 동네 소아과가 더 많아질 거라고 해요.",
          target=50.0, unit="%", deadline="2025-07-31", dtext="7월부터",
          comment=APP + "; subjectless: 보건복지부 (수가 is its remit); 30% the baseline"),
        m("an-nfa-119-peds", "new", NFA, OTH,
          "하반기부터는 119에 전화하면 소아과 전문의가 직접 상담해 주는 '소아 전담 상담'이 전국 18개 구급상황관리센터에서 시작된다고 합니다(소방청).",
          target=18.0, unit="개", deadline="2025-12-31", dtext="하반기부터",
          comment=APP + "; the body in brackets at the end"),
        m("an-mohw-peds-er-14", "new", MOHW, OTH,
          "중증 소아 환자를 보는 소아 전문응급센터도 10곳에서 2026년까지 14곳으로 늘린다고 합니다.",
          target=14.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment=APP + "; subjectless: 보건복지부 (the measures' body)"),
        m("an-mohw-wait-info", "new", MOHW, OTH,
          "또 병원마다 지금 몇 명이 기다리는지 알려 주는 '우리 아이 진료 대기' 서비스가 상반기 중 문을 연다고 하니, 나오면 알림장으로 다시 안내해 드릴게요.",
          deadline="2025-06-30", dtext="상반기 중",
          comment=APP + "; subjectless: 보건복지부; the daycare's own promise to pass it on rides in the same sentence"),
        m("an-mohw-resident-stipend", "new", MOHW, OTH,
          "복지부는 소아청소년과 전공의에게 월 100만 원의 수련수당을 내년 3월부터 주는 방안도 함께 내놨습니다.",
          target=1000000.0, unit="원", deadline="2026-03-31", dtext="내년 3월부터",
          comment=APP + "; '복지부' → 보건복지부. Not annotated: the daycare's own plans (비상연락망 3월 4일, 응급처치 교육 "
                        "3월 중, 투약의뢰서 3월부터 / 2월 28일까지), the home-care tips, the comments after the sign-off"),
    ]))

# ---------------------------------------------------------------- 전기차 화재 1/3 (current-affairs dictionary entry; 국토교통부, 환경부, 소방청, 산업통상자원부)
DIC = "a ①–④ line of the entry's '관련 정책 동향', whole with its marker and label; person ''"
P3_E = ("③ 소방 장비: 소방청은 전기차 화재 진압용 질식소화포를 상반기 중 전국 240개 소방서에 모두 배치하고, 차량을 통째로 "
        "물에 담그는 이동식 침수조는 2026년까지 100대를 갖추기로 했다.")
PAGES.append(dict(
    source="2025-03-18_an_ev-battery-dictionary.txt",
    title="전기차 배터리 안전성 인증제", published_at="2025-03-18",
    mentions=[
        m("an-molit-battery-cert", "new", MOLIT, IND,
          "한 줄 정의: 정부가 전기차 배터리의 안전성을 판매 전에 직접 시험해 인증하는 제도(2026년 2월 전면 시행 예정).",
          deadline="2026-02-28", dtext="2026년 2월",
          comment="the entry's one-line definition (above the body), whole with its label; '정부' → 국토교통부 (named in "
                  "the body); industry: cues 배터리 (industry) and 전기차 (climate) tie, industry is listed first"),
        m("an-molit-battery-cert", "new", MOLIT, IND,
          "국토교통부는 2025년 2월 시범 인증을 시작했으며, 2026년 2월부터 국내에서 팔리는 모든 전기차에 인증을 의무화할 예정이다.",
          deadline="2026-02-28", dtext="2026년 2월부터",
          comment="the definition's second sentence (after '. '); the pilot of February 2025 is the circumstance"),
        m("an-molit-battery-cert", "new", MOLIT, IND,
          "인증을 받지 못한 배터리를 단 차는 내년 2월부터 국내에서 팔 수 없다",
          person="탁경호", deadline="2026-02-28", dtext="내년 2월부터",
          comment="the official's quoted words (between the quotation marks); '내년' from the page's year (2025)"),
        m("an-me-charger-90k", "new", ME, CLI,
          "① 충전기: 환경부는 배터리 상태를 읽어 과충전을 막는 '화재 예방형' 완속충전기를 연내 9만 기 보급하겠다고 밝혔다.",
          target=90000.0, unit="기", deadline="2025-12-31", dtext="연내",
          comment=DIC + "; climate: a charger (cue 충전기) although the sentence also holds 배터리 (a tie the cue rule "
                        "would give to industry)"),
        m("an-molit-sprinkler", "new", MOLIT, CLI,
          "② 주차장: 국토부는 지하주차장 전기차 충전구역에 스프링클러를 더 촘촘히 달도록 하는 주차장법 시행규칙 개정안을 하반기 중 마련하기로 했다.",
          deadline="2025-12-31", dtext="하반기 중", comment=DIC + "; '국토부' → 국토교통부; climate (cue 전기차)"),
        m("an-nfa-blanket-240", "new", NFA, CLI, P3_E, target=240.0, unit="개", deadline="2025-06-30", dtext="상반기 중",
          comment=DIC + "; two commitments in one sentence; '240개 소방서' → 240 개; climate (cue 전기차)"),
        m("an-nfa-tank-100", "new", NFA, CLI, P3_E, target=100.0, unit="대", deadline="2026-12-31", dtext="2026년까지",
          comment="second commitment of the ③ line"),
        m("an-motie-bms-ks", "new", MOTIE, IND,
          "④ 표준: 산업통상자원부는 배터리관리시스템(BMS)이 화재 징후를 감지하면 차주 휴대전화로 알리는 기능의 국가표준(KS)을 연내 제정할 계획이다.",
          deadline="2025-12-31", dtext="연내",
          comment=DIC + "; industry (cue 배터리). Not annotated: ⑤ (carmakers' own free checks 'this year': a company's "
                        "promise), the 도입 배경 statistics, 주요 내용 (rules in force or the scheme's terms), 쟁점, 수정 이력"),
    ]))

# ---------------------------------------------------------------- 농기계 안전 1/3 (farm-machinery maker's safety-campaign notice; 농촌진흥청, 경찰청, 농림축산식품부)
MAKER = "a ①–⑤ line of the maker's '정부 지원 제도 안내', whole with its marker; person ''"
P4_S = ("[요약] 무상 점검 4. 28.~5. 30.(전국 42개 대리점) · 정부 전복 감지 장치 2026년까지 1만 대 보급 · "
        "경운기 반사판 9월까지 무료 부착")
PAGES.append(dict(
    source="2025-04-24_an_tractor-maker-safety-notice.txt",
    title="[안전 캠페인] 봄철 농기계 사고 예방 무상 점검 및 정부 지원 제도 안내", published_at="2025-04-24",
    mentions=[
        m("an-rda-rollover-10k", "new", RDA, OTH, P4_S, target=10000.0, unit="대", deadline="2026-12-31",
          dtext="2026년까지",
          comment="the notice's [요약] line (above the body): its first item is the maker's own campaign (not annotated); "
                  "second item '정부' → 농촌진흥청 (named in ①)"),
        m("an-knpa-reflector-50k", "new", KNPA, OTH, P4_S, deadline="2025-09-30", dtext="9월까지",
          comment="third item; 경찰청 (named in ③); the line names no number for it"),
        m("an-rda-rollover-10k", "new", RDA, OTH,
          "① 농촌진흥청은 트랙터·경운기가 넘어지면 자동으로 119와 가족에게 위치를 보내는 '전복 감지·자동 신고 장치'를 2026년까지 1만 대 보급할 계획입니다.",
          target=10000.0, unit="대", deadline="2026-12-31", dtext="2026년까지", comment=MAKER),
        m("an-rda-training-30k", "new", RDA, OTH,
          "② 농진청은 또 올해 65세 이상 고령 농업인 3만 명에게 농기계 안전교육을 하겠다고 밝혔습니다.",
          target=30000.0, unit="명", deadline="2025-12-31", dtext="올해",
          comment=MAKER + "; '농진청' → 농촌진흥청; '65세' eligibility, not a target"),
        m("an-knpa-reflector-50k", "new", KNPA, OTH,
          "③ 경찰청은 농번기 교통사고를 줄이려고 9월까지 경운기 5만 대에 야간 반사판과 등화장치를 무료로 달아 주기로 했습니다.",
          target=50000.0, unit="대", deadline="2025-09-30", dtext="9월까지", comment=MAKER),
        m("an-mafra-insurance-70", "new", MAFRA, OTH,
          "④ 농림축산식품부는 농업인안전보험 보험료의 국고 지원율을 50%에서 내년부터 70%로 높이는 방안을 추진합니다.",
          target=70.0, unit="%", deadline="2026-12-31", dtext="내년부터", comment=MAKER + "; 50% the baseline"),
        m("an-mafra-proxy-100", "new", MAFRA, OTH,
          "⑤ 하반기부터는 75세 이상 고령농의 논밭 일을 대신해 주는 '농작업 대행' 지원이 100개 시군으로 넓어집니다.",
          target=100.0, unit="개", deadline="2025-12-31", dtext="하반기부터",
          comment=MAKER + "; subjectless: 농림축산식품부 (the scheme is its). Not annotated: the maker's own campaign and "
                          "plans (4월 28일~5월 30일, T-35 올해 안에, 순회 일정), last year's check figures, the researcher's "
                          "quote (a statistic, no promise), the advice"),
    ]))

# ---------------------------------------------------------------- 장례 1/3 (civic group's funeral-preparation guide with a form; 보건복지부, 공정거래위원회, 기획재정부)
GUIDE = "the guide's sentence relaying the plan, whole line; person ''"
P5_S = ("[이번 개정판에서 달라진 점] 장례식장 가격 전 항목 공개(하반기부터), 화장로 60기 증설(2027년까지), "
        "공영장례 전국 확대(2026년까지) 내용을 새로 넣었습니다.")
PAGES.append(dict(
    source="2025-05-29_an_funeral-prep-guide.txt",
    title="나의 장례, 미리 준비하기 — 가족에게 남기는 안내서 (개정 3판)", published_at="2025-05-29",
    mentions=[
        m("an-mohw-price-all", "new", MOHW, OTH, P5_S, deadline="2025-12-31", dtext="하반기부터",
          comment="the guide's '달라진 점' line (above the body): three commitments of 보건복지부 (named in the body)"),
        m("an-mohw-furnace-60", "new", MOHW, OTH, P5_S, target=60.0, unit="기", deadline="2027-12-31",
          dtext="2027년까지", comment="second item"),
        m("an-mohw-public-funeral", "new", MOHW, OTH, P5_S, deadline="2026-12-31", dtext="2026년까지",
          comment="third item; '전국' names no number"),
        m("an-mohw-price-all", "new", MOHW, OTH,
          "보건복지부는 하반기부터 전국 장례식장이 빈소 사용료·음식·용품 가격을 빠짐없이 'e하늘 장사정보시스템'에 올리도록 의무화하겠다고 밝혔습니다.",
          deadline="2025-12-31", dtext="하반기부터", comment=GUIDE),
        m("an-kftc-sangjo-80", "new", KFTC, OTH,
          "공정거래위원회는 올해 안에 상조업체 80곳을 골라 선수금을 제대로 맡겨 두었는지 점검하겠다고 했습니다.",
          target=80.0, unit="곳", deadline="2025-12-31", dtext="올해 안에",
          comment="the section's second sentence (after '. '); the first (선수금의 절반) is the rule in force"),
        m("an-mohw-public-funeral", "new", MOHW, OTH,
          "복지부는 연고가 없거나 장례를 치를 형편이 안 되는 분의 장례를 지자체가 치러 주는 공영장례를 2026년까지 전국 모든 시군구로 넓히기로 했습니다.",
          deadline="2026-12-31", dtext="2026년까지", comment=GUIDE + "; '전국 모든 시군구' names no number"),
        m("an-mohw-furnace-60", "new", MOHW, OTH,
          "· 화장로: 복지부는 수도권 화장 대기를 줄이려고 2027년까지 화장로 60기를 새로 짓겠다고 발표했습니다.",
          target=60.0, unit="기", deadline="2027-12-31", dtext="2027년까지", comment="a '· ' line, whole with its label"),
        m("an-moef-cremation-70", "new", MOEF, FIS,
          "· 국비 지원: 기획재정부는 화장시설을 짓는 지자체에 주는 국비 보조율을 50%에서 70%로 올려 내년 예산부터 반영하겠다고 했습니다.",
          target=70.0, unit="%", deadline="2026-12-31", dtext="내년 예산부터",
          comment="a '· ' line; fiscal (cue 예산; remit of 기획재정부); 50% the baseline"),
        m("an-mohw-funeral-guide", "new", MOHW, OTH,
          "· 안내서: 복지부는 9월까지 '표준 장례 절차 안내서'를 만들어 전국 장례식장과 주민센터에 나눠 줄 예정입니다.",
          deadline="2025-09-30", dtext="9월까지",
          comment="a '· ' line; never reported on again (status from the date rule). Not annotated: '그 밖에 … 달라진 것이 "
                  "없습니다', the form's ①–⑦ fields, the group's own plans (6월부터 장례 준비 교실, 연말까지 회원 1,000명)"),
    ]))

# ---------------------------------------------------------------- 결혼 비용 2/4 (family centre's Korean–Vietnamese notice; 여성가족부, 행정안전부, 공정거래위원회)
FAM = "a Korean sentence of the bilingual notice, whole line; person ''; its Vietnamese translation on the next line is not annotated"
P6_S = ("[요약] 국제결혼중개업체 380곳 전수 점검(연내) · 상대방 신상정보 모국어 번역 의무(7월부터) · "
        "센터 합동 작은 결혼식 참가 부부 모집(~7. 4.)")
PAGES.append(dict(
    source="2025-06-17_an_family-center-bilingual-notice.txt",
    title="[한국어/Tiếng Việt] 국제결혼중개업 이용자 보호 강화 및 작은 결혼식 안내", published_at="2025-06-17",
    mentions=[
        m("an-mogef-broker-380", "new", MOGEF, OTH, P6_S, target=380.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment="the notice's [요약] line (above the body): two commitments of 여성가족부 (named in the body); its third "
                  "item is the centre's own call (not annotated); the date line shows 'Ngày đăng 17/06/2025' first"),
        m("an-mogef-translate", "new", MOGEF, OTH, P6_S, deadline="2025-07-31", dtext="7월부터", comment="second item"),
        m("an-mogef-broker-380", "new", MOGEF, OTH,
          "여성가족부는 올해 안에 전국 국제결혼중개업체 380곳을 모두 점검하겠다고 밝혔습니다.",
          target=380.0, unit="곳", deadline="2025-12-31", dtext="올해 안에", comment=FAM),
        m("an-mogef-translate", "new", MOGEF, OTH,
          "7월부터는 중개업체가 맞선 상대방의 혼인 경력·건강 상태·범죄 경력 같은 신상정보를 이용자의 모국어로 번역해 서면으로 주어야 합니다.",
          deadline="2025-07-31", dtext="7월부터", comment=FAM + "; subjectless: 여성가족부 (the rule is its)"),
        m("an-mois-public-hall-300", "progress", MOIS, OTH,
          "행정안전부가 공공기관 강당과 정원을 예식장으로 빌려주는 곳은 지금 150곳으로 늘었고, 2026년까지 300곳으로 늘릴 계획입니다.",
          target=300.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment=FAM + "; 150곳 a count before the deadline with the target restated: progress"),
        m("an-kftc-sdm-price", "achieved", KFTC, OTH,
          "공정거래위원회가 상반기 중 시행하겠다고 한 스드메(스튜디오·드레스·메이크업) 가격 세부 공개 지침은 6월 2일부터 시행되고 있습니다.",
          comment=FAM + "; in force from 2 June: " + WHEN),
        m("an-kftc-penalty-10", "progress", KFTC, OTH,
          "위약금을 총액의 10% 이내로 묶는 결혼서비스 표준약관 개정안도 행정예고를 마쳐 하반기에 시행될 예정입니다.",
          target=10.0, unit="%", deadline="2025-12-31", dtext="하반기에",
          comment=FAM + "; subjectless: 공정거래위원회 (the sentence before); draft notice done, date kept: progress. "
                        "Not annotated: the centre's advice, its own 작은 결혼식 (9월 20일, 10쌍, 7월 4일까지), the "
                        "Vietnamese lines"),
    ]))

# ---------------------------------------------------------------- 소아 야간 진료 2/3 (county councillor's five-minute speech on the council site)
SPEECH = "a sentence of the councillor's speech relaying the government's plan, whole line; person '' (not an official of the body)"
PAGES.append(dict(
    source="2025-08-26_an_council-free-speech.txt",
    title="밤에 아픈 아이, 산내군에는 갈 곳이 없습니다", published_at="2025-08-26",
    mentions=[
        m("an-mohw-moonlight-150", "progress", MOHW, OTH,
          "보건복지부는 올해 초 달빛어린이병원을 연내 150곳으로 늘리겠다고 했고, 8월 현재 전국 128곳이 지정됐습니다.",
          target=150.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment=SPEECH + "; 128곳 before the deadline: progress; the date from the session line '2025. 8. 26.(화)'"),
        m("an-mohw-night-fee-50", "achieved", MOHW, OTH,
          "지난 7월 1일부터는 약속대로 소아 야간·휴일 진료 가산이 50%로 올랐습니다.",
          comment=SPEECH + "; subjectless: 보건복지부; " + WHEN),
        m("an-mohw-peds-er-14", "progress", MOHW, OTH, "소아 전문응급센터도 12곳까지 늘었습니다.",
          comment=SPEECH + "; subjectless: 보건복지부; " + MEAS),
        m("an-nfa-119-peds", "delayed", NFA, OTH,
          "소방청이 하반기부터 전국 18개 구급상황관리센터에서 하겠다던 119 소아 전담 상담은 지금 4곳에서만 시범 운영되고 있고, 나머지 14곳은 내년 상반기로 미뤄졌습니다.",
          target=14.0, unit="곳", deadline="2026-06-30", dtext="내년 상반기로", prev="2025-12-31",
          comment=SPEECH + "; " + LATER + "; the moved remainder is the target; prev from '하반기부터'"),
        m("an-mohw-wait-info", "delayed", MOHW, OTH,
          "병원 대기 현황을 알려 주겠다던 '우리 아이 진료 대기' 서비스는 상반기 중 연다고 했지만 아직 소식이 없습니다.",
          prev="2025-06-30", comment=SPEECH + "; subjectless: 보건복지부; the deadline passed without it: delayed, no new date"),
        m("an-mohw-moon-pharmacy", "new", MOHW, OTH,
          "다행히 복지부는 지난주 달빛어린이병원 주변 약국이 밤늦게까지 문을 열도록 '달빛 약국' 200곳을 내년 상반기까지 지정하겠다고 발표했습니다.",
          target=200.0, unit="곳", deadline="2026-06-30", dtext="내년 상반기까지", comment=SPEECH),
        m("an-mohw-resident-stipend", "progress", MOHW, OTH,
          "소아청소년과 전공의 수련수당 월 100만 원도 내년 3월 지급을 목표로 정부 예산안에 담겼다고 합니다.",
          target=1000000.0, unit="원", deadline="2026-03-31", dtext="내년 3월",
          comment=SPEECH + "; in the budget bill, date kept: progress; other ('예산안' a weak cue, the page is not on "
                           "fiscal policy). Not annotated: the county's figures, the councillor's three proposals to the "
                           "county (내년까지, 올해 안에) and his own ordinance (다음 회기): not bodies of ministries.csv"),
    ]))

# ---------------------------------------------------------------- 전기차 화재 2/3 (insurer's EV product page; 2025-10-01 renames in force)
INS = "a sentence of the product page's '정부 대책' section, whole line; person ''"
PAGES.append(dict(
    source="2025-10-15_an_ev-insurance-product-page.txt",
    title="온길 EV 안심 자동차보험", published_at="2025-10-15",
    mentions=[
        m("an-molit-battery-cert", "progress", MOLIT, IND,
          "국토교통부의 배터리 안전성 인증제는 지금 시범 인증이 진행 중이며, 내년 2월부터 모든 신차에 의무 적용됩니다.",
          deadline="2026-02-28", dtext="내년 2월부터",
          comment=INS + "; pilot running, date kept: progress; the date from '이 페이지는 2025년 10월 15일 기준'"),
        m("an-me-charger-90k", "progress", MCEE, CLI,
          "기후에너지환경부는 화재 예방형 완속충전기를 9월 말까지 6만 2,000기 보급했고, 연말까지 9만 기를 채우겠다는 입장입니다.",
          target=90000.0, unit="기", deadline="2025-12-31", dtext="연말까지",
          comment=INS + "; 환경부's promise carried by its successor (from 2025-10-01); count and target restated"),
        m("an-nfa-blanket-240", "achieved", NFA, CLI,
          "소방청은 전기차 화재 진압용 질식소화포를 지난 5월 전국 240개 소방서에 모두 배치했습니다.",
          comment=INS + "; done in May (before the H1 deadline): " + WHEN),
        m("an-nfa-tank-100", "progress", NFA, CLI, "차량을 물에 담가 불을 끄는 이동식 침수조는 현재 38대가 배치됐습니다.",
          comment=INS + "; subjectless: 소방청 (the sentence before); " + MEAS),
        m("an-molit-sprinkler", "delayed", MOLIT, CLI,
          "국토부가 하반기 중 내놓겠다던 지하주차장 전기차 충전구역 스프링클러 기준 강화는 업계 의견 수렴을 이유로 내년 상반기로 미뤄졌습니다.",
          deadline="2026-06-30", dtext="내년 상반기로", prev="2025-12-31", comment=INS + "; " + LATER),
        m("an-motie-bms-ks", "progress", MOTI, IND,
          "산업통상부는 배터리관리시스템(BMS) 화재 징후 알림 국가표준(KS) 제정안을 예고했고 연내 확정할 계획입니다.",
          deadline="2025-12-31", dtext="연내",
          comment=INS + "; 산업통상자원부's promise carried by its successor (from 2025-10-01)"),
        m("an-mcee-charge-limit", "new", MCEE, CLI,
          "기후에너지환경부는 또 아파트 지하 공용충전기에 배터리를 90%까지만 채우는 '충전율 제한' 기능을 내년 하반기부터 의무화하겠다고 밝혔습니다.",
          target=90.0, unit="%", deadline="2026-12-31", dtext="내년 하반기부터",
          comment=INS + "; the renamed body's own promise; '90%까지만' a ceiling taken as the target; climate (a "
                        "charger; 배터리 also stands in it)"),
        m("an-mcee-charge-limit", "new", MCEE, CLI,
          "정부가 내년 하반기부터 공용충전기 충전율 제한을 의무화하면 관련 할인 특약을 검토할 예정입니다.",
          deadline="2026-12-31", dtext="내년 하반기부터",
          comment="the FAQ answer's first sentence (after 'A. '): the insurer's own plan hangs on the government's dated "
                  "one; '정부' → 기후에너지환경부. Not annotated: the [한눈에] line, the cover and its limits, the "
                  "insurer's own 3% 특약 (2026년 1월 출시 예정), the other answers, the compliance line"),
    ]))

# ---------------------------------------------------------------- 농기계 안전 2/3 (farm co-op's '10대 뉴스' listicle)
TOP = "an item's head line, whole with its ①–⑩ marker"
COOP = "the item's sentence relaying the government's plan; person ''"
PAGES.append(dict(
    source="2025-12-09_an_farm-coop-top10-news.txt",
    title="2025년 큰들농협 10대 뉴스", published_at="2025-12-09",
    mentions=[
        m("an-rda-training-30k", "achieved", RDA, OTH, "③ 고령 농업인 농기계 안전교육 3만 2,000명, 목표 넘겨",
          comment=TOP + "; 32,000 against 30,000 within the year: achieved"),
        m("an-rda-training-30k", "achieved", RDA, OTH,
          "농촌진흥청이 올해 3만 명을 목표로 한 고령 농업인 농기계 안전교육은 11월 말까지 3만 2,000명이 받아 목표를 넘겼습니다.",
          comment=COOP + "; " + WHEN),
        m("an-rda-rollover-10k", "progress", RDA, OTH, "⑤ 전복 감지 장치 전국 3,800대, 우리 조합원 농가에도 27대",
          comment=TOP + "; " + MEAS),
        m("an-rda-rollover-10k", "progress", RDA, OTH,
          "농진청의 전복 감지·자동 신고 장치는 올해 전국에 3,800대가 보급됐고, 우리 조합원 농가에도 27대가 달렸습니다.",
          comment=COOP + "; " + MEAS),
        m("an-rda-rollover-10k", "progress", RDA, OTH, "농진청은 2026년까지 1만 대를 채운다는 계획을 그대로 유지했습니다.",
          target=10000.0, unit="대", deadline="2026-12-31", dtext="2026년까지",
          comment="the item's second sentence (after '. '): target and date restated: progress"),
        m("an-knpa-reflector-50k", "delayed", KNPA, OTH, "⑥ 경운기 반사판 4만 1,000대… 5만 대 목표엔 못 미쳐",
          target=50000.0, unit="대", comment=TOP + "; the clause names the target; " + SHORT),
        m("an-knpa-reflector-50k", "delayed", KNPA, OTH,
          "경찰청이 9월까지 5만 대에 달아 주겠다던 경운기 반사판·등화장치는 전국 4만 1,000대에 그쳤습니다.",
          target=50000.0, unit="대", prev="2025-09-30", comment=COOP + "; " + SHORT + "; prev from '9월까지'"),
        m("an-mafra-insurance-70", "revision", MAFRA, OTH, "⑦ 농업인안전보험 국고 지원, 70% 아닌 60%로",
          target=60.0, unit="%", comment=TOP + "; target cut 70 → 60%: revision"),
        m("an-mafra-insurance-70", "revision", MAFRA, OTH,
          "농림축산식품부가 50%에서 70%로 올리겠다던 농업인안전보험 국고 지원율은 국회 예산 심의에서 60%로 조정돼 내년부터 적용됩니다.",
          target=60.0, unit="%", deadline="2026-12-31", dtext="내년부터",
          comment=COOP + "; target cut, date kept: revision; other ('예산' a weak cue here, the page is not on fiscal "
                         "policy)"),
        m("an-mafra-proxy-100", "progress", MAFRA, OTH, "⑧ 고령농 농작업 대행, 전국 64개 시군으로",
          comment=TOP + "; " + MEAS),
        m("an-mafra-proxy-100", "progress", MAFRA, OTH,
          "하반기부터 100개 시군으로 넓히겠다던 75세 이상 고령농 농작업 대행 지원은 현재 64개 시군에서 시행되고 있습니다.",
          target=100.0, unit="개", deadline="2025-12-31", dtext="하반기부터",
          comment=COOP + "; subjectless: 농림축산식품부; 64 before the year's end: progress with the target the clause names"),
        m("an-rda-ai-warning", "new", RDA, OTH, "⑩ 내년엔 AI 농로 경고 시범도",
          deadline="2026-12-31", dtext="내년", comment=TOP + "; a new promise of 농촌진흥청 (named in the item)"),
        m("an-rda-ai-warning", "new", RDA, OTH,
          "농진청은 내년 급경사 농로 20곳에 농기계가 다가오면 경고음과 불빛으로 알리는 'AI 영상 경고 시스템'을 시범 설치하겠다고 밝혔습니다.",
          target=20.0, unit="곳", deadline="2026-12-31", dtext="내년",
          comment=COOP + ". Not annotated: the co-op's own news and plans (①, ②, ④ 임대사업소 내년 3월, ⑨ 수매가), "
                         "its local counts (214명, 27대 as a part of the head, 88대, 41필지), the closing wish"),
    ]))

# ---------------------------------------------------------------- 장례 2/3 (crematorium's booking-status board with its latest notice; 2026-01-02 split in force)
BOARD = "a sentence of the crematorium's notice relaying the government's plan, whole line; person ''"
PAGES.append(dict(
    source="2026-03-10_an_crematorium-booking-board.txt",
    title="화장 예약 현황", published_at="2026-03-10",
    mentions=[
        m("an-mohw-price-all", "delayed", MOHW, OTH,
          "※ 요약: 3월 예약 정상 운영 · 4월 6일부터 공사로 하루 회차 축소 · 장례식장 가격 전 항목 공개는 상반기로 연기",
          deadline="2026-06-30", dtext="상반기로",
          comment="the notice's ※ 요약 line (above its body), third item: " + LATER + "; its first two items are the "
                  "park's own; the date from the board's '2026-03-10 (화) 09:00 기준'"),
        m("an-mohw-furnace-60", "progress", MOHW, OTH,
          "보건복지부가 2027년까지 약속한 화장로 60기 증설은 지난해 말까지 전국에서 14기가 완공됐고, 우리 추모공원의 2기도 이 계획에 들어 있습니다.",
          target=60.0, unit="기", deadline="2027-12-31", dtext="2027년까지", comment=BOARD + "; 14기: progress"),
        m("an-moef-cremation-70", "achieved", MOPB, FIS,
          "기획예산처에 따르면 화장시설 국비 보조율 70%는 올해 예산에 그대로 반영됐습니다.",
          comment=BOARD + "; 기획재정부's budget promise carried by its budget successor (from 2026-01-02): " + WHEN),
        m("an-mohw-price-all", "delayed", MOHW, OTH,
          "지난해 하반기 시행 예정이던 장례식장 가격 전 항목 공개 의무는 시행규칙 개정이 늦어져 올해 상반기로 미뤄졌습니다(보건복지부).",
          deadline="2026-06-30", dtext="올해 상반기로", prev="2025-12-31", comment=BOARD + "; " + LATER),
        m("an-kftc-sangjo-80", "achieved", KFTC, OTH,
          "공정거래위원회가 지난해 벌인 상조업체 80곳 선수금 보전 점검은 12월에 마무리됐고, 11곳이 시정 명령을 받았습니다.",
          comment=BOARD + "; done in December 2025 (on time): " + WHEN),
        m("an-mohw-public-funeral", "progress", MOHW, OTH,
          "공영장례는 전국 229개 시군구 가운데 180곳이 조례를 만들어 시행하고 있으며, 복지부는 올해 말까지 전 시군구 시행을 목표로 하고 있습니다.",
          target=229.0, unit="개", deadline="2026-12-31", dtext="올해 말까지",
          comment=BOARD + "; '229개 시군구 가운데' names the whole as the target; 180: progress; the following sentence "
                          "(소담시 since 2024) is a local fact"),
        m("an-mohw-natural-burial", "new", MOHW, OTH,
          "복지부는 또 수목장 같은 공공 자연장지를 올해 안에 10곳 새로 만들겠다고 밝혔습니다.",
          target=10.0, unit="곳", deadline="2026-12-31", dtext="올해 안에",
          comment=BOARD + ". Not annotated: the booking table, the park's own works (4월 6일~10월 말, 2기, 24 → 18건, "
                          "36건), the grant in won (38억 원 / 26억 6,000만 원: the park's own project), fees, rules"),
    ]))

# ---------------------------------------------------------------- 결혼 비용 3/4 (company groupware notice by the HR team; 2026 names)
HR = "a ①–④ line of the HR notice's '정부 제도', whole with its marker and label; person ''"
P11_S = ("[요약] 축하금 150만 원(8월 1일 신청분부터) · 경조 휴가 7일(9월 1일부터) · 정부: 결혼서비스 가격 표시 의무 "
         "7월 본격 시행, 결혼세액공제 100만 원 확대는 무산")
PAGES.append(dict(
    source="2026-07-14_an_company-intranet-wedding-notice.txt",
    title="[인사팀] 2026년 하반기 결혼 지원 제도 안내 (사내 제도 + 정부 제도)", published_at="2026-07-14",
    mentions=[
        m("an-motie-price-tag", "achieved", MOTI, OTH, P11_S,
          comment="the post's [요약] line (above the body): its first two items are the company's own (not annotated); "
                  "third item: 산업통상부 (named in ①); " + LATE),
        m("an-moef-wedding-credit", "cancelled", MOFE, FIS, P11_S,
          comment="fourth item: 재정경제부 (named in ②, the tax successor); dropped: cancelled"),
        m("an-motie-price-tag", "achieved", MOTI, OTH,
          "① 결혼서비스 가격 표시: 산업통상부가 1월부터 하겠다던 웨딩홀·스드메 업체 가격 표시 의무는 계도기간을 거쳐 7월 1일부터 본격 시행됐습니다.",
          comment=HR + "; 산업통상자원부's promise carried by its successor; in force from July after a grace period: " + LATE),
        m("an-moef-wedding-credit", "cancelled", MOFE, FIS,
          "② 결혼세액공제: 1인 100만 원으로 늘리겠다던 결혼세액공제 확대는 지난해 세법 개정 과정에서 빠져, 올해도 1인 50만 원 그대로입니다(재정경제부).",
          comment=HR + "; dropped from the tax bill at the end of 2025 (then 기획재정부's), reported under 재정경제부: cancelled"),
        m("an-kftc-penalty-10", "revision", KFTC, OTH,
          "③ 위약금: 공정거래위원회는 결혼서비스 위약금 상한을 당초 10%에서 15%로 조정해 올해 하반기 중 표준약관을 고치겠다고 밝혔습니다.",
          target=15.0, unit="%", deadline="2026-12-31", dtext="올해 하반기 중",
          comment=HR + "; target 10 → 15% and the date moved in one clause: revision with the new date (am's call 8)"),
        m("an-mois-public-hall-300", "progress", MOIS, OTH,
          "④ 공공 예식장: 행정안전부가 개방한 공공기관 예식 공간은 6월 말 230곳이며, 연말까지 300곳을 채울 계획입니다.",
          target=300.0, unit="곳", deadline="2026-12-31", dtext="연말까지", comment=HR + "; 230: progress"),
        m("an-kftc-sdm-price", "achieved", KFTC, OTH,
          "스드메 가격 세부 공개는 지난해 6월부터 시행되고 있으니, 계약 전에 업체 누리집의 공개 가격표를 꼭 확인하세요.",
          comment="a line after ④ (no marker); subjectless: 공정거래위원회; " + AGAIN + ". Not annotated: the company's "
                  "own schemes (축하금, 경조 휴가, 라운지, 건강검진 10월 시행 예정), the ※ lines, the FAQ, the comments"),
    ]))

# ---------------------------------------------------------------- all five, last (civic group's public kanban board)
CARD = "a card's title line on the board (whole line); person ''"
CHG = "a line of the board's '11월 24일 바뀐 카드' list (above the columns), whole with its '· ' marker"
PAGES.append(dict(
    source="2026-11-24_an_kanban-promise-board.txt",
    title="생활 약속 보드 (2025~2026)", published_at="2026-11-24",
    mentions=[
        # the change list above the columns
        m("an-mcee-charge-limit", "revision", MCEE, CLI,
          "· 충전율 제한 의무화: 진행 중 → 변경 (신규 설치분만, 2027년 상반기로)",
          deadline="2027-06-30", dtext="2027년 상반기로",
          comment=CHG + "; scope narrowed and the date moved in one clause: revision with the new date; the date of "
                        "the page from '마지막 활동 2026년 11월 24일'"),
        m("an-mohw-moon-pharmacy", "revision", MOHW, OTH, "· 달빛 약국: 지연 → 변경 (150곳으로 줄이고 올해 말까지)",
          target=150.0, unit="곳", deadline="2026-12-31", dtext="올해 말까지",
          comment=CHG + "; target 200 → 150 and the date moved: revision"),
        m("an-molit-sprinkler", "cancelled", MOLIT, CLI, "· 지하주차장 스프링클러 기준: 지연 → 무산",
          comment=CHG + "; cancelled"),
        m("an-moge-broker-renewal", "new", MOGE, OTH, "· 새 카드: 국제결혼중개업 등록 갱신제 (2027년부터)",
          deadline="2027-12-31", dtext="2027년부터", comment=CHG + "; 성평등가족부 (the card's title)"),
        # 📢 발표
        m("an-moge-broker-renewal", "new", MOGE, OTH, "성평등가족부, 국제결혼중개업 등록 3년마다 갱신제 2027년부터 도입",
          deadline="2027-12-31", dtext="2027년부터", comment=CARD + "; the renamed body's own new promise"),
        m("an-moge-broker-renewal", "new", MOGE, OTH,
          "설명: 성평등가족부는 11월 20일 결혼중개업법 개정안을 내고 2027년부터 중개업 등록을 3년마다 새로 받게 하겠다고 밝혔다.",
          deadline="2027-12-31", dtext="2027년부터", comment="the card's description line, whole with its label"),
        m("an-molit-cert-2wheel", "new", MOLIT, IND, "국토교통부, 2027년부터 전기 이륜차 배터리도 안전성 인증 대상에 넣기로",
          deadline="2027-12-31", dtext="2027년부터", comment=CARD + "; industry (cue 배터리)"),
        m("an-rda-ai-warning", "new", RDA, OTH, "농진청 AI 농로 경고 시범 20곳 (2026년 안)",
          target=20.0, unit="곳", deadline="2026-12-31", dtext="2026년 안",
          comment=CARD + "; the promise restated as it was made (no follow-up): new; its description line (no news "
                         "found yet) is not annotated"),
        # 🔧 진행 중
        m("an-mois-public-hall-300", "progress", MOIS, OTH, "공공 예식장 10월 말 262곳, 행정안전부는 연말까지 300곳 채운다는 계획",
          target=300.0, unit="곳", deadline="2026-12-31", dtext="연말까지", comment=CARD),
        m("an-mohw-peds-er-14", "progress", MOHW, OTH, "소아 전문응급센터 13곳, 복지부 목표는 올해 말까지 14곳",
          target=14.0, unit="곳", deadline="2026-12-31", dtext="올해 말까지", comment=CARD),
        m("an-nfa-tank-100", "progress", NFA, CLI, "이동식 침수조 71대 배치 (소방청, 올해 말까지 100대)",
          target=100.0, unit="대", deadline="2026-12-31", dtext="올해 말까지", comment=CARD),
        m("an-rda-rollover-10k", "progress", RDA, OTH, "전복 감지 장치 누적 8,200대 (농진청, 올해 1만 대 목표)",
          target=10000.0, unit="대", deadline="2026-12-31", dtext="올해", comment=CARD),
        m("an-mohw-furnace-60", "progress", MOHW, OTH, "화장로 23기 완공 (복지부, 2027년까지 60기)",
          target=60.0, unit="기", deadline="2027-12-31", dtext="2027년까지", comment=CARD),
        m("an-mohw-public-funeral", "progress", MOHW, OTH, "공영장례 212개 시군구 시행 중, 복지부는 올해 말까지 전 시군구 목표",
          deadline="2026-12-31", dtext="올해 말까지", comment=CARD + "; '전 시군구' names no number here"),
        # ✏️ 변경
        m("an-kftc-penalty-10", "revision", KFTC, OTH, "위약금 상한 10% → 15%, 공정위는 연내 표준약관 고시하겠다고 재확인",
          target=15.0, unit="%", deadline="2026-12-31", dtext="연내",
          comment=CARD + "; the changed target restated: revision (as am's repeated [변경] line)"),
        m("an-mohw-moon-pharmacy", "revision", MOHW, OTH, "달빛 약국 200곳 → 150곳으로 줄이고 기한은 올해 말로 (복지부)",
          target=150.0, unit="곳", deadline="2026-12-31", dtext="올해 말로", comment=CARD),
        m("an-mohw-moon-pharmacy", "revision", MOHW, OTH,
          "설명: 복지부는 상반기까지 200곳을 지정하겠다고 했지만 참여 약국이 적어 목표를 150곳으로 낮추고 기한을 올해 말로 늦췄다.",
          target=150.0, unit="곳", deadline="2026-12-31", dtext="올해 말로", prev="2026-06-30",
          comment="the card's description, first sentence: target cut and date moved: revision; prev from '상반기까지'"),
        m("an-mohw-moon-pharmacy", "progress", MOHW, OTH, "11월 현재 131곳.",
          comment="the description's second sentence (after '. '), a count: " + MEAS),
        m("an-mcee-charge-limit", "revision", MCEE, CLI,
          "공용충전기 충전율 90% 제한 의무화, 신규 설치분만·2027년 상반기로 (기후에너지환경부)",
          target=90.0, unit="%", deadline="2027-06-30", dtext="2027년 상반기로", comment=CARD),
        m("an-mafra-insurance-70", "revision", MAFRA, OTH, "농업인안전보험 국고 지원율 70% 약속 → 60%로 낮춰 올해부터 적용 (농식품부)",
          target=60.0, unit="%", deadline="2026-12-31", dtext="올해부터",
          comment=CARD + "; the revised target in force this year, filed in the 변경 column: revision, not achieved"),
        # ⏳ 지연
        m("an-mogef-broker-380", "delayed", MOGE, OTH, "국제결혼중개업체 380곳 전수 점검, 지난해 290곳에서 멈춤 (성평등가족부)",
          target=380.0, unit="곳", comment=CARD + "; 여성가족부's promise under its successor; " + SHORT),
        m("an-nfa-119-peds", "delayed", NFA, OTH, "119 소아 전담 상담 18개 센터 중 11곳 — 상반기로 미룬 기한도 넘김 (소방청)",
          target=18.0, unit="개", prev="2026-06-30", comment=CARD + "; the moved date passed short: delayed"),
        m("an-mohw-wait-info", "delayed", MOHW, OTH, "'우리 아이 진료 대기' 서비스, 2025년 상반기 약속 뒤 아직 안 열림 (복지부)",
          prev="2025-06-30", comment=CARD + "; still not open: delayed"),
        m("an-me-charger-90k", "delayed", MCEE, CLI,
          "화재 예방형 충전기 지난해 7만 4,000기, 남은 1만 6,000기는 올해 말까지 (기후에너지환경부)",
          target=16000.0, unit="기", deadline="2026-12-31", dtext="올해 말까지",
          comment=CARD + "; " + LATER + "; the moved remainder is the target"),
        m("an-mafra-proxy-100", "delayed", MAFRA, OTH, "고령농 농작업 대행 지난해 82개 시군, 100개 시군 약속 못 채움 (농식품부)",
          target=100.0, unit="개", comment=CARD + "; " + SHORT),
        m("an-knpa-reflector-50k", "delayed", KNPA, OTH, "경운기 반사판 5만 대 약속, 4만 1,000대에서 끝 (경찰청)",
          target=50000.0, unit="대", comment=CARD + "; the shortfall restated: delayed"),
        m("an-mohw-natural-burial", "delayed", MOHW, OTH, "공공 자연장지 10곳, 예정지 주민 반대로 2027년으로 (복지부)",
          target=10.0, unit="곳", deadline="2027-12-31", dtext="2027년으로", comment=CARD + "; " + LATER),
        # ✅ 이행
        m("an-mohw-moonlight-150", "achieved", MOHW, OTH, "달빛어린이병원 150곳, 올해 4월 채움 (복지부, 약속은 2025년 말)",
          comment=CARD + "; " + LATE),
        m("an-molit-battery-cert", "achieved", MOLIT, IND, "배터리 안전성 인증제 2월 전면 시행 (국토교통부)",
          comment=CARD + "; " + WHEN),
        m("an-motie-bms-ks", "achieved", MOTI, IND, "BMS 화재 알림 국가표준(KS) 지난해 12월 제정 (산업통상부)",
          comment=CARD + "; " + WHEN),
        m("an-mohw-price-all", "achieved", MOHW, OTH, "장례식장 가격 전 항목 공개, 7월 1일부터 의무 (복지부)",
          comment=CARD + "; " + LATE + " (first by the 2025 promise; on time by the moved date)"),
        m("an-motie-price-tag", "achieved", MOTI, OTH, "결혼서비스 가격 표시 의무 7월 본격 시행 (산업통상부)",
          comment=CARD + "; " + AGAIN),
        m("an-mogef-translate", "achieved", MOGE, OTH, "국제결혼 상대 신상정보 모국어 번역 의무, 지난해 7월부터 (성평등가족부)",
          comment=CARD + "; first report of its being done; 여성가족부's promise under its successor; " + WHEN),
        m("an-mohw-night-fee-50", "achieved", MOHW, OTH, "소아 야간·휴일 가산 50% (2025년 7월부터)",
          comment=CARD + "; " + AGAIN),
        m("an-nfa-blanket-240", "achieved", NFA, CLI, "질식소화포 240개 소방서 배치 (2025년 5월)", comment=CARD + "; " + AGAIN),
        m("an-rda-training-30k", "achieved", RDA, OTH, "고령 농업인 농기계 안전교육 3만 2,000명 (2025년)",
          comment=CARD + "; " + AGAIN),
        m("an-kftc-sangjo-80", "achieved", KFTC, OTH, "상조업체 80곳 선수금 점검 마무리 (공정위, 2025년 12월)",
          comment=CARD + "; " + AGAIN),
        m("an-moef-cremation-70", "achieved", MOPB, FIS, "화장시설 국비 보조율 70% 올해 예산 반영 (기획예산처)",
          comment=CARD + "; " + AGAIN),
        m("an-kftc-sdm-price", "achieved", KFTC, OTH, "스드메 가격 세부 공개 (공정위, 2025년 6월)", comment=CARD + "; " + AGAIN),
        # ❌ 무산
        m("an-moef-wedding-credit", "cancelled", MOFE, FIS, "결혼세액공제 100만 원 확대, 세법 개정안에서 빠짐 (재정경제부)",
          comment=CARD + "; cancelled"),
        m("an-mohw-resident-stipend", "cancelled", MOHW, OTH,
          "소아청소년과 전공의 수련수당 월 100만 원, 예산 반영 안 돼 철회 (복지부)",
          comment=CARD + "; withdrawn: cancelled; other ('예산' a weak cue here)"),
        m("an-molit-sprinkler", "cancelled", MOLIT, CLI,
          "지하주차장 전기차 충전구역 스프링클러 기준 강화, 의무화 접고 '권고'로 (국토교통부)",
          comment=CARD + "; the rule dropped for a recommendation: cancelled. Not annotated: the board's description, "
                         "the label and badge lines, the F6 card's 'no news' description, '+ 카드 추가', the activity log "
                         "after the columns"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-24)
LAST = "2026-11-24"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    # 결혼 비용
    ("an-kftc-sdm-price", KFTC, OTH, "스드메 가격 세부 공개 지침 2025년 상반기 중 시행", "achieved",
     "in force from 2 June 2025 (on time; Jun 2025, Jul 2026, Nov 2026)"),
    ("an-kftc-penalty-10", KFTC, OTH, "결혼서비스 표준약관 위약금 총액 10% 이내 2025년 하반기부터 (→ 15%, 2026년 하반기)",
     "revised", "draft notice (Jun 2025); ceiling raised to 15% and moved to H2 2026 (Jul 2026), restated (Nov 2026)"),
    ("an-motie-price-tag", MOTI, OTH, "웨딩홀·스드메 업체 가격 표시 의무 2026년 1월부터", "achieved",
     "in force from 1 July 2026 after a grace period (late; Jul 2026, Nov 2026); made by 산업통상자원부"),
    ("an-moef-wedding-credit", MOFE, FIS, "결혼세액공제 1인 50만 → 100만 원 2026년부터", "cancelled",
     "dropped from the 2025 tax bill (Jul 2026, Nov 2026); made by 기획재정부"),
    ("an-mois-public-hall-300", MOIS, OTH, "공공기관 유휴 공간 예식장 개방 100 → 2026년까지 300곳", "in_progress",
     "150 (Jun 2025); 230 (Jul 2026); 262 (Nov 2026)"),
    ("an-mogef-broker-380", MOGE, OTH, "국제결혼중개업체 380곳 2025년 안에 전수 점검", "delayed",
     "290 in 2025, no result since (Nov 2026); made by 여성가족부"),
    ("an-mogef-translate", MOGE, OTH, "중개업체의 상대방 신상정보 모국어 번역 제공 의무 2025년 7월부터", "achieved",
     "in force from July 2025 (on time; Nov 2026); made by 여성가족부"),
    ("an-moge-broker-renewal", MOGE, OTH, "국제결혼중개업 등록 3년 갱신제 2027년부터", "announced", ""),
    # 소아 야간 진료
    ("an-mohw-moonlight-150", MOHW, OTH, "달빛어린이병원 100 → 2025년 안에 150곳", "achieved",
     "128 (Aug 2025); 150 in April 2026 (late; Nov 2026)"),
    ("an-mohw-night-fee-50", MOHW, OTH, "소아 야간·휴일 진료 가산 30 → 50% 2025년 7월부터", "achieved",
     "in force from 1 July 2025 (on time; Aug 2025, Nov 2026)"),
    ("an-mohw-peds-er-14", MOHW, OTH, "소아 전문응급센터 10 → 2026년까지 14곳", "in_progress", "12 (Aug 2025); 13 (Nov 2026)"),
    ("an-nfa-119-peds", NFA, OTH, "119 소아 전담 상담 18개 구급상황관리센터 2025년 하반기부터 (→ 2026년 상반기)", "delayed",
     "4 pilots, the other 14 moved to H1 2026 (Aug 2025); 11 of 18 after the moved date (Nov 2026)"),
    ("an-mohw-resident-stipend", MOHW, OTH, "소아청소년과 전공의 수련수당 월 100만 원 2026년 3월부터", "cancelled",
     "in the budget bill (Aug 2025); withdrawn, not funded (Nov 2026)"),
    ("an-mohw-moon-pharmacy", MOHW, OTH, "'달빛 약국' 2026년 상반기까지 200곳 지정 (→ 150곳, 2026년 말)", "revised",
     "cut to 150 and moved to the end of 2026; 131 (Nov 2026)"),
    ("an-mohw-wait-info", MOHW, OTH, "'우리 아이 진료 대기' 서비스 2025년 상반기 중 개시", "delayed",
     "not open after its deadline (Aug 2025, Nov 2026)"),
    # 전기차 화재
    ("an-molit-battery-cert", MOLIT, IND, "전기차 배터리 안전성 인증제 2026년 2월 전면 시행", "achieved",
     "pilot, date kept (Oct 2025); in force from February 2026 (on time; Nov 2026)"),
    ("an-me-charger-90k", MCEE, CLI, "화재 예방형 완속충전기 2025년 안에 9만 기 (→ 남은 1만 6,000기 2026년 말)", "delayed",
     "62,000 (Oct 2025); 74,000 in 2025, the rest moved to the end of 2026 (Nov 2026); made by 환경부"),
    ("an-molit-sprinkler", MOLIT, CLI, "지하주차장 전기차 충전구역 스프링클러 기준 강화 2025년 하반기 중", "cancelled",
     "moved to H1 2026 (Oct 2025); dropped for a recommendation (Nov 2026)"),
    ("an-nfa-blanket-240", NFA, CLI, "질식소화포 2025년 상반기 중 전국 240개 소방서 배치", "achieved",
     "all placed in May 2025 (on time; Oct 2025, Nov 2026)"),
    ("an-nfa-tank-100", NFA, CLI, "이동식 침수조 2026년까지 100대", "in_progress", "38 (Oct 2025); 71 (Nov 2026)"),
    ("an-motie-bms-ks", MOTI, IND, "BMS 화재 징후 알림 국가표준(KS) 2025년 안에 제정", "achieved",
     "draft noticed (Oct 2025); enacted in December 2025 (on time; Nov 2026); made by 산업통상자원부"),
    ("an-mcee-charge-limit", MCEE, CLI, "지하 공용충전기 충전율 90% 제한 의무화 2026년 하반기부터 (→ 신규 설치분, 2027년 상반기)",
     "revised", "scope narrowed to new chargers and moved to H1 2027 (Nov 2026)"),
    ("an-molit-cert-2wheel", MOLIT, IND, "전기 이륜차 배터리 안전성 인증 2027년부터", "announced", ""),
    # 농기계 안전
    ("an-rda-rollover-10k", RDA, OTH, "전복 감지·자동 신고 장치 2026년까지 1만 대 보급", "in_progress",
     "3,800 (Dec 2025); 8,200 (Nov 2026)"),
    ("an-rda-training-30k", RDA, OTH, "고령 농업인 농기계 안전교육 2025년 3만 명", "achieved",
     "32,000 by the end of November 2025 (on time; Dec 2025, Nov 2026)"),
    ("an-knpa-reflector-50k", KNPA, OTH, "경운기 5만 대 야간 반사판·등화장치 2025년 9월까지 무료 부착", "delayed",
     "41,000 by the deadline (Dec 2025, Nov 2026)"),
    ("an-mafra-insurance-70", MAFRA, OTH, "농업인안전보험 국고 지원율 50 → 70% 2026년부터 (→ 60%)", "revised",
     "cut to 60% in the budget, from 2026 (Dec 2025, Nov 2026)"),
    ("an-mafra-proxy-100", MAFRA, OTH, "75세 이상 고령농 농작업 대행 2025년 하반기부터 100개 시군", "delayed",
     "64 (Dec 2025); 82 in 2025 (Nov 2026)"),
    ("an-rda-ai-warning", RDA, OTH, "'AI 영상 경고 시스템' 급경사 농로 20곳 2026년 시범 설치", "announced",
     "restated on the board with no news (Nov 2026); deadline 2026-12-31 still ahead"),
    # 장례
    ("an-mohw-furnace-60", MOHW, OTH, "화장로 2027년까지 60기 증설", "in_progress", "14 (Mar 2026); 23 (Nov 2026)"),
    ("an-mohw-price-all", MOHW, OTH, "장례식장 가격 전 항목 e하늘 공개 의무 2025년 하반기부터 (→ 2026년 상반기)", "achieved",
     "moved to H1 2026 (Mar 2026); in force from 1 July 2026 (late; Nov 2026)"),
    ("an-mohw-public-funeral", MOHW, OTH, "공영장례 2026년까지 전국 모든 시군구", "in_progress", "180 of 229 (Mar 2026); 212 (Nov 2026)"),
    ("an-kftc-sangjo-80", KFTC, OTH, "상조업체 80곳 선수금 보전 2025년 안에 점검", "achieved",
     "finished in December 2025, 11 ordered to correct (on time; Mar 2026, Nov 2026)"),
    ("an-moef-cremation-70", MOPB, FIS, "화장시설 국비 보조율 50 → 70% 2026년 예산부터", "achieved",
     "in the 2026 budget (on time; Mar 2026, Nov 2026); made by 기획재정부"),
    ("an-mohw-natural-burial", MOHW, OTH, "공공 자연장지 2026년 안에 10곳 신설 (→ 2027년)", "delayed",
     "moved to 2027 after residents' objections (Nov 2026)"),
    ("an-mohw-funeral-guide", MOHW, OTH, "'표준 장례 절차 안내서' 2025년 9월까지 배포", "delayed",
     "never reported on again: its deadline (2025-09-30) passed with no report of achievement (date rule)"),
]


if __name__ == "__main__":
    write(ROOT, "an", PAGES, COMMITMENTS, LAST,
          ["ministry = the responsible body under the name valid on that date (여성가족부's 중개업 promises are listed",
           "under 성평등가족부, 산업통상자원부's 가격 표시 and BMS promises under 산업통상부 and 환경부's 충전기 promise",
           "under 기후에너지환경부, their successors from 2025-10-01; 기획재정부's 결혼세액공제 under 재정경제부 (tax) and its",
           "화장시설 보조율 under 기획예산처 (budget), its successors from 2026-01-02; every other body kept its name",
           "through 2026-11-24)."],
          with_commitments="--commitments" in sys.argv[1:])
