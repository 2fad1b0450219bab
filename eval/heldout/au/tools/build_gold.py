"""Writes the hand annotations of held-out set au to gold/*.toml.

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
MCEE = "기후에너지환경부"           # from 2025-10-01, 환경부's successor
MOTIE = "산업통상자원부"            # until 2025-09-30
MOTI = "산업통상부"                # from 2025-10-01, 산업통상자원부's successor
KOSTAT = "통계청"                 # until 2025-09-30
NDO = "국가데이터처"               # from 2025-10-01, 통계청's successor
MOEF = "기획재정부"                # until 2026-01-01
MOFE = "재정경제부"                # from 2026-01-02, took 기획재정부's tax work (its primary successor)
MOF = "해양수산부"
MOLIT = "국토교통부"
MCST = "문화체육관광부"
MSIT = "과학기술정보통신부"
MOIS = "행정안전부"
MOHW = "보건복지부"
MFDS = "식품의약품안전처"
KNPA = "경찰청"
MSS = "중소벤처기업부"
FTC = "공정거래위원회"

OTH = "other"      # 동물 전시, 밤하늘, 나눔 식품, 무인점포: no topic fits
TEL = "telecom"    # 아마추어 무선: radio licensing and spectrum (주파수 분배), 비상통신
IND = "industry"   # 산업통상자원부 → 산업통상부's shielded LED streetlight standard for 조명 제조업체
FIS = "fiscal"     # 기획재정부 → 재정경제부's tax credits for donated food (세법 개정안)
SUP = "startup"    # 중소벤처기업부's support for 소상공인 unmanned shops

LATE = "achieved after the deadline the commitment named; no fields"
AGAIN = "an achievement restated: achieved again, no fields"

PAGES: list[dict] = []

# ---------------------------------------------------------------- 나눔 식품 1/3 (a residents' shared fridge: check sheet on the association's blog)
FRIDGE = "a `☞ ` line of '나라에서 이렇게 하겠답니다', whole with its marker; person ''"
PAGES.append(dict(
    source="2025-02-20_au_shared-fridge-check-sheet.txt",
    title="[점검 일지] 한 칸도 비지 않게 — 2월 셋째 주 한칸 냉장고 이야기",
    published_at="2025-02-20",
    mentions=[
        m("au-mohw-fridge-guideline", "new", MOHW, OTH,
          "[한칸 한 줄] 2월 나눔 412건 · 공유냉장고 위생 지침, 상반기 중 나온다(복지부) · 우유에도 2027년부터 소비기한 표시(식약처) · 25일(화) 냉장고 대청소",
          deadline="2025-06-30", dtext="상반기 중",
          comment="the page's [한칸 한 줄] line (above the body): its second and third items are government commitments, "
                  "one mention each; '복지부' → 보건복지부. The page's date: only the last filled row of the fridge's "
                  "check sheet, '20 (목) 08:40', under '2025년 2월 한칸 점검표', with '오늘 아침' in the body (21 and 22 "
                  "are blank rows); 25일(화), 3월 8일 and 17–19 are not the page's date"),
        m("au-mfds-milk-date-label", "new", MFDS, OTH,
          "[한칸 한 줄] 2월 나눔 412건 · 공유냉장고 위생 지침, 상반기 중 나온다(복지부) · 우유에도 2027년부터 소비기한 표시(식약처) · 25일(화) 냉장고 대청소",
          deadline="2027-12-31", dtext="2027년부터", comment="the same line's third item; '식약처' → 식품의약품안전처"),
        m("au-mohw-fridge-guideline", "new", MOHW, OTH,
          "☞ 보건복지부는 전국 공유냉장고가 같은 기준으로 관리되도록 위생 관리 지침을 상반기 중 내놓겠다고 밝혔습니다.",
          deadline="2025-06-30", dtext="상반기 중", comment=FRIDGE),
        m("au-moef-donation-tax-credit", "new", MOEF, FIS,
          "☞ 기부 식품을 내놓는 가게와 기업이 받는 세액공제 대상을 넓히는 방안은 기획재정부가 7월 세법 개정안에 담겠다고 했습니다.",
          deadline="2025-07-31", dtext="7월",
          comment=FRIDGE + "; fiscal (세법); '7월 세법 개정안' → the end of July 2025"),
        m("au-kostat-food-loss-stat", "new", KOSTAT, OTH,
          "☞ 통계청은 먹을 수 있는데도 버려지는 식품이 한 해 얼마나 되는지 '식품 손실·폐기 통계'를 연내 처음으로 내겠다고 합니다.",
          deadline="2025-12-31", dtext="연내", comment=FRIDGE),
        m("au-mfds-expired-donation", "new", MFDS, OTH,
          "☞ 식품의약품안전처는 소비기한이 조금 지났어도 품질에 문제가 없는 일부 가공식품(통조림, 건면 같은 것)은 기부할 수 있도록 하반기에 기준을 마련하겠다고 했습니다.",
          deadline="2025-12-31", dtext="하반기에", comment=FRIDGE),
        m("au-mohw-foodbank-hubs", "new", MOHW, OTH,
          "☞ 지역 푸드뱅크에 냉장·냉동 창고와 차량을 갖춘 광역 물류 거점을 2026년까지 10곳 세우겠다는 계획도 나왔습니다(복지부).",
          target=10.0, unit="곳", deadline="2026-12-31", dtext="2026년까지", comment=FRIDGE + "; the body in brackets"),
        m("au-mfds-milk-date-label", "new", MFDS, OTH,
          "☞ 우유는 아직 유통기한을 쓰는데, 식약처는 냉장 유통 환경을 점검한 뒤 2027년부터 우유에도 소비기한 표시를 적용하겠다고 합니다.",
          deadline="2027-12-31", dtext="2027년부터", comment=FRIDGE),
        m("au-mfds-expired-donation", "new", MFDS, OTH,
          "소비기한이 조금 지났다는 이유만으로 멀쩡한 통조림이 버려지는 일은 없게 하겠다",
          person="남궁별",
          comment="the official's quote, between its quotation marks; person 남궁별 (식품의약품안전처 "
                  "식품표시광고정책과장); the donation rule restated, no date. Not annotated: '380개쯤' (the fridge's "
                  "own count), 달무리시's five more fridges '연말까지' (a city, not a body of ministries.csv), the "
                  "association's plans (대청소, 토요일 당번, 봉사자), the check sheet, the comments (the bakery's '화·목·토 "
                  "아침에 넣겠습니다')"),
    ]))

# ---------------------------------------------------------------- 아마추어 무선 1/3 (a ham radio club's QSL card gallery)
HAM = "a `📻 ` line of '전파 행정, 이렇게 바뀐답니다', whole with its marker; person ''"
PAGES.append(dict(
    source="2025-04-13_au_ham-club-qsl-gallery.txt",
    title="[QSL 갤러리] 40m 밴드 아침 교신 세 국, 그리고 '무선국 신고제' 소식",
    published_at="2025-04-13",
    mentions=[
        m("au-msit-station-notify", "new", MSIT, TEL,
          "[이번 주 무전 한 줄] 40m 일본 교신 3국 · 아마추어무선국, 하반기부터 '허가' 대신 '신고'로(과기정통부) · 26일(토) 안테나 정비의 날",
          deadline="2025-12-31", dtext="하반기부터",
          comment="the page's summary line (above the body): only its second item is a government commitment; "
                  "'과기정통부' → 과학기술정보통신부. The page's date: the e-QSL card says 'DATE (UTC) 12 APR 2025  TIME "
                  "(UTC) 2310', and the body says the contact was '오늘 아침 8시 10분' Korean time and that the card's "
                  "date is a day behind (UTC = KST − 9 h): 2025-04-13 (a Sunday, '일요일 아침'). Arithmetic needed. "
                  "02 MAR 2025 (the paper card), 26일(토), 5월 11일 are not the page's date"),
        m("au-msit-station-notify", "new", MSIT, TEL,
          "📻 과학기술정보통신부는 하반기부터 아마추어무선국을 열 때 받던 허가를 간단한 신고로 바꾸겠다고 밝혔습니다.",
          deadline="2025-12-31", dtext="하반기부터", comment=HAM),
        m("au-msit-cbt-exam", "new", MSIT, TEL,
          "📻 아마추어 무선기사 자격시험도 연내 컴퓨터 기반 시험(CBT)으로 바꿔, 원하는 날 언제든 볼 수 있게 하겠다고 합니다.",
          deadline="2025-12-31", dtext="연내", comment=HAM + "; no body named: 과학기술정보통신부 (the line above)"),
        m("au-msit-ham-band", "new", MSIT, TEL,
          "📻 아마추어에게 쓰라고 내주는 주파수 대역은 내년 상반기까지 분배표를 고쳐 넓히겠다는 계획입니다(과기정통부).",
          deadline="2026-06-30", dtext="내년 상반기까지", comment=HAM + "; the body in brackets"),
        m("au-mois-emcomm-volunteers", "new", MOIS, TEL,
          "📻 행정안전부는 큰 재난으로 휴대전화가 끊길 때 무전으로 소식을 잇는 비상통신 자원봉사자를 올해 200명 모으겠다고 했습니다.",
          target=200.0, unit="명", deadline="2025-12-31", dtext="올해", comment=HAM + "; telecom (비상통신)"),
        m("au-mois-repeater-50", "new", MOIS, TEL,
          "📻 행안부는 또 산간 지역에 재난 때 쓸 무전 중계소를 내년까지 50곳 세우겠다고 밝혔습니다.",
          target=50.0, unit="곳", deadline="2026-12-31", dtext="내년까지", comment=HAM + "; '행안부' → 행정안전부"),
        m("au-msit-station-notify", "new", MSIT, TEL,
          "서류 몇 장 때문에 무선을 포기하는 분이 없도록 하반기부터는 신고만으로 무선국을 열 수 있게 하겠다",
          person="석지오", deadline="2025-12-31", dtext="하반기부터",
          comment="the official's quote, between its quotation marks; person 석지오 (과학기술정보통신부 전파정책기획과장)"),
        m("au-msit-cbt-exam", "new", MSIT, TEL,
          "시험 날짜를 기다리느라 반년씩 허비하는 일이 없게 하겠다",
          person="석지오",
          comment="the same official's second quote (the exam), no date. Not annotated: the QSL cards, the club's "
                  "plans (안테나 정비, 초보 교실, 'QSL 카드 300장을 이달 안에 새로 찍겠습니다'), the comments"),
    ]))

# ---------------------------------------------------------------- 동물 전시 1/3 (a raccoon café's last day, with its carrier name tags)
CAFE = "a `🦝 ` line of '환경부가 약속한 것들', whole with its marker; person ''"
PAGES.append(dict(
    source="2025-05-31_au_raccoon-cafe-carrier-tags.txt",
    title="[공지] 솜뭉치 마지막 영업일 — 아이들이 어디로 가는지 알려 드립니다",
    published_at="2025-05-31",
    mentions=[
        m("au-me-zoo-inspector", "new", ME, OTH,
          "[솜뭉치 소식 한 줄] 오늘 마지막 영업 · 동물원 검사관 연내 30명 뽑는다(환경부) · 갈 곳 없는 동물 보호시설 두 곳 2026년까지(환경부) · 적립금 환불은 6월 30일까지",
          target=30.0, unit="명", deadline="2025-12-31", dtext="연내",
          comment="the page's summary line (above the body): its second and third items are government "
                  "commitments, one mention each. The page's date: the carrier name tags '떠나는 날: 2025. 5. 31.' put "
                  "on '오늘 아침' (and '오늘 저녁 6시 마지막 손님'); the meerkats' tag '2025. 6. 7.' (다음 주 토요일), "
                  "'5월 29일' (the briefing), '6월 30일' and 2019 are not the page's date"),
        m("au-me-wildlife-shelter", "new", ME, OTH,
          "[솜뭉치 소식 한 줄] 오늘 마지막 영업 · 동물원 검사관 연내 30명 뽑는다(환경부) · 갈 곳 없는 동물 보호시설 두 곳 2026년까지(환경부) · 적립금 환불은 6월 30일까지",
          target=2.0, unit="곳", deadline="2026-12-31", dtext="2026년까지", comment="the same line's third item"),
        m("au-me-wildlife-shelter", "new", ME, OTH,
          "🦝 환경부는 전시가 금지되면서 갈 곳이 없어지는 야생동물을 돌볼 거점 보호시설을 2026년까지 두 곳 짓겠다고 밝혔습니다.",
          target=2.0, unit="곳", deadline="2026-12-31", dtext="2026년까지", comment=CAFE),
        m("au-me-cafe-transition-grant", "new", ME, OTH,
          "🦝 업종을 바꾸는 카페에는 하반기부터 한 곳당 최대 1,500만 원의 전환 지원금을 주겠다고 했습니다.",
          target=15000000.0, unit="원", deadline="2025-12-31", dtext="하반기부터",
          comment=CAFE + "; no body named: 환경부 (the line above)"),
        m("au-me-zoo-inspector", "new", ME, OTH,
          "🦝 동물원 허가제가 제대로 돌아가도록 전문 검사관을 연내 30명 뽑겠다고 합니다(환경부).",
          target=30.0, unit="명", deadline="2025-12-31", dtext="연내", comment=CAFE),
        m("au-me-cafe-census", "new", ME, OTH,
          "🦝 전국 야생동물 카페가 몇 곳이고 어떤 동물이 몇 마리 있는지, 전수 실태조사 결과를 9월까지 공개하겠다고 했습니다.",
          deadline="2025-09-30", dtext="9월까지", comment=CAFE + "; no body named: 환경부"),
        m("au-mof-beluga-seapen", "new", MOF, OTH,
          "🦝 해양수산부는 수족관에 남은 벨루가를 옮길 바다쉼터를 2026년까지 만들고, 입지는 연내 정하겠다고 밝혔습니다.",
          deadline="2026-12-31", dtext="2026년까지",
          comment=CAFE + "; one commitment (the sea pen) with its completion date; the site choice '연내' is a "
                  "step of it, not kept apart"),
        m("au-me-wildlife-shelter", "new", ME, OTH,
          "남는 동물 한 마리도 길에 버려지지 않게 보호시설부터 서두르겠다",
          person="곽다슬",
          comment="the official's quote, between its quotation marks; person 곽다슬 (환경부 생물다양성과장); no date. "
                  "Not annotated: the law's grace period '2027년 12월까지' (a fact of the law), the café's plans "
                  "(북카페 7월 중, 적립금 6월 30일까지, '매달 사료값을 보내겠습니다'), the name tags, the comments"),
    ]))

# ---------------------------------------------------------------- 밤하늘 1/3 (an astronomy club's observing guide with its planisphere setting)
STAR = "a `✦ ` line of '밤하늘을 지키겠다는 약속들', whole with its marker; person ''"
PAGES.append(dict(
    source="2025-07-24_au_stargazing-planisphere-guide.txt",
    title="[관측 안내] 그믐 밤, 싸리재에서 은하수를 — 2025 여름 정기 관측 2회차",
    published_at="2025-07-24",
    mentions=[
        m("au-me-light-zone-17", "new", ME, OTH,
          "[관측회 한 줄] 오늘 밤 싸리재 · 조명환경관리구역, 2026년까지 17개 시·도 모두(환경부) · 차 라이트는 주차장 들어오기 전에 끄기",
          target=17.0, unit="개", deadline="2026-12-31", dtext="2026년까지",
          comment="the page's summary line (above the body): only its second item is a government commitment. "
                  "The page's date: the planisphere instructions '날짜 눈금에서 7월 24일을 찾습니다' headed '(오늘 밤용)', "
                  "the year from the title's '2025 여름 정기 관측 2회차'; 6월 25일(수), 8월 23일(토), '9월 중' are other "
                  "days of the season"),
        m("au-me-light-zone-17", "new", ME, OTH,
          "✦ 환경부는 지금 11개 시·도에만 지정된 조명환경관리구역을 2026년까지 17개 시·도 모두로 넓히겠다고 밝혔습니다.",
          target=17.0, unit="개", deadline="2026-12-31", dtext="2026년까지", comment=STAR + "; 11개 the baseline"),
        m("au-me-light-emission-rule", "new", ME, OTH,
          "✦ 광고판과 건물 외벽 조명의 빛방사 허용기준을 더 엄격하게 고친 시행규칙을 하반기 중 시행하겠다고 합니다(환경부).",
          deadline="2025-12-31", dtext="하반기 중", comment=STAR),
        m("au-me-dark-sky-park", "new", ME, OTH,
          "✦ 별이 잘 보이는 곳을 '밤하늘 보호공원'으로 내년 상반기까지 세 곳 지정하겠다는 계획도 나왔습니다.",
          target=3.0, unit="곳", deadline="2026-06-30", dtext="내년 상반기까지",
          comment=STAR + "; no body named: 환경부 (the lines above)"),
        m("au-me-light-meter-200", "new", ME, OTH,
          "✦ 환경부는 지자체에 휴대용 빛 측정 장비 200대를 올해 보급하겠다고 했습니다.",
          target=200.0, unit="대", deadline="2025-12-31", dtext="올해", comment=STAR),
        m("au-molit-road-lighting-rule", "new", MOLIT, OTH,
          "✦ 국토교통부는 도로 가로등이 하늘로 빛을 뿌리지 않도록 도로조명 설치 기준을 연내 고치겠다고 밝혔습니다.",
          deadline="2025-12-31", dtext="연내", comment=STAR),
        m("au-motie-shielded-led-ks", "new", MOTIE, IND,
          "✦ 산업통상자원부는 빛이 위로 새지 않는 차광형 LED 가로등의 KS 표준을 내년 3월까지 만들어 국내 조명 제조업체들이 인증을 받을 수 있게 하겠다고 합니다.",
          deadline="2026-03-31", dtext="내년 3월까지", comment=STAR + "; industry (the cue 제조업 in 제조업체)"),
        m("au-me-light-emission-rule", "new", ME, OTH,
          "올 하반기 중 빛방사 기준부터 바꾸고, 2026년까지는 모든 시·도가 조명환경관리구역을 두게 하겠다",
          person="봉수안", deadline="2025-12-31", dtext="하반기 중",
          comment="the official's quote, between its quotation marks; person 봉수안 (환경부 생활환경과장); it holds "
                  "two commitments: annotated twice (this one, the emission rule)"),
        m("au-me-light-zone-17", "new", ME, OTH,
          "올 하반기 중 빛방사 기준부터 바꾸고, 2026년까지는 모든 시·도가 조명환경관리구역을 두게 하겠다",
          person="봉수안", deadline="2026-12-31", dtext="2026년까지",
          comment="the same quote's second commitment (the zones; '모든 시·도', no number). Not annotated: 능금군's "
                  "six shaded streetlights '올가을 안에' (a county), the club's notices (대여 마감, 3회차, 회비 8월부터, "
                  "SQM 기록), the planisphere box, the comments"),
    ]))

# ---------------------------------------------------------------- 무인점포 1/3 (an unmanned ice-cream shop's one-day sale poster)
ICE = "a `🍦 ` line of '무인가게 사장님 단톡방에서 함께 정리한 나라 계획', whole with its marker; person ''"
PAGES.append(dict(
    source="2025-08-12_au_unmanned-icecream-sale-poster.txt",
    title="[사장님 소식] 딱 하루, 30% — 도둑맞은 날보다 고마운 날이 더 많아서",
    published_at="2025-08-12",
    mentions=[
        m("au-mss-security-kit", "new", MSS, SUP,
          "[사장님 한 줄] 오늘 하루 전 품목 30% · 무인점포 보안 장비, 소상공인 5,000곳 하반기 지원(중기부) · 무인점포 절도 전담팀 9월 출범(경찰청)",
          target=5000.0, unit="곳", deadline="2025-12-31", dtext="하반기",
          comment="the page's summary line (above the body): its second and third items are government "
                  "commitments, one mention each; '중기부' → 중소벤처기업부; startup (소상공인). The page's date: only "
                  "the sale poster '★ 8월 12일(화) 딱 하루 ★' with the summary's and body's '오늘 하루'; the year from "
                  "the footer's 'ⓒ 2025' (no year on the poster). '지난달 28일 새벽' (the theft) is not the page's date"),
        m("au-knpa-theft-team", "new", KNPA, OTH,
          "[사장님 한 줄] 오늘 하루 전 품목 30% · 무인점포 보안 장비, 소상공인 5,000곳 하반기 지원(중기부) · 무인점포 절도 전담팀 9월 출범(경찰청)",
          deadline="2025-09-30", dtext="9월", comment="the same line's third item ('9월 출범')"),
        m("au-knpa-theft-team", "new", KNPA, OTH,
          "🍦 경찰청은 9월부터 전국 18개 시·도경찰청에 무인점포 절도 전담팀을 두겠다고 밝혔습니다.",
          target=18.0, unit="개", deadline="2025-09-30", dtext="9월부터", comment=ICE),
        m("au-mss-security-kit", "new", MSS, SUP,
          "🍦 중소벤처기업부는 하반기에 소상공인 무인점포 5,000곳에 출입 인증기와 고화질 CCTV 설치비를 지원하겠다고 했습니다.",
          target=5000.0, unit="곳", deadline="2025-12-31", dtext="하반기에", comment=ICE + "; startup (소상공인)"),
        m("au-mfds-unmanned-hygiene", "new", MFDS, OTH,
          "🍦 무인 아이스크림·밀키트 가게의 냉동고 온도와 위생을 어떻게 관리할지, 식품의약품안전처가 연말까지 기준을 만들겠다고 합니다.",
          deadline="2025-12-31", dtext="연말까지", comment=ICE),
        m("au-knpa-theft-stats", "new", KNPA, OTH,
          "🍦 경찰청은 4분기부터 무인점포 절도 통계를 분기마다 공개하겠다고 했습니다.",
          deadline="2025-12-31", dtext="4분기부터", comment=ICE + "; '4분기부터' → the end of Q4 2025"),
        m("au-knpa-theft-team", "new", KNPA, OTH,
          "무인점포 절도는 작은 사건이 아니라는 생각으로 전담팀이 끝까지 추적하겠다",
          person="반시우",
          comment="the official's quote, between its quotation marks; person 반시우 (경찰청 범죄예방정책과장); no "
                  "date. Not annotated: the theft (42 items, 23 notes, 1,600원), the shop's plans (card entry 9월부터, "
                  "'냉동고 한 대를 바꾸겠습니다'), the poster, the comments"),
    ]))

# ---------------------------------------------------------------- 아마추어 무선 2/3 (the club's emergency-communications drill log with a radiogram)
DRILL = "a `📻 ` line of '봄에 들었던 약속, 지금은', whole with its marker; person ''"
PAGES.append(dict(
    source="2025-10-29_au_ham-radiogram-drill-log.txt",
    title="[훈련 기록] 2025 안전한국훈련 — 싸리재 대피소에서 군청 상황실까지, 무전으로",
    published_at="2025-10-29",
    mentions=[
        m("au-msit-station-notify", "achieved", MSIT, TEL,
          "[훈련 한 줄] 전문 11통 모두 전달 · 무선국 신고제, 10월부터 시행(과기정통부) · 비상통신 자원봉사자 230명, 목표 넘김(행안부) · 11월 8일(토) 결산 모임",
          comment="the page's summary line (above the body): its second and third items are achievements, one "
                  "mention each; no fields. The page's date: only the radiogram's preamble '… 1005 OCT 29' (its last "
                  "field the date filed) with the body's '우리 군 차례는 오늘'; the year from the title's '2025 "
                  "안전한국훈련'; 10월 27일~31일 (the drill week) and 11월 8일(토) are not the page's date"),
        m("au-mois-emcomm-volunteers", "achieved", MOIS, TEL,
          "[훈련 한 줄] 전문 11통 모두 전달 · 무선국 신고제, 10월부터 시행(과기정통부) · 비상통신 자원봉사자 230명, 목표 넘김(행안부) · 11월 8일(토) 결산 모임",
          comment="the same line's third item: 230 of 200 (achieved, no fields)"),
        m("au-msit-station-notify", "achieved", MSIT, TEL,
          "📻 과학기술정보통신부가 하반기부터 하겠다던 아마추어무선국 '신고제'는 10월 1일부터 시행돼, 이제 서류 한 장이면 무선국을 열 수 있습니다.",
          comment=DRILL + "; on time; no fields"),
        m("au-msit-cbt-exam", "progress", MSIT, TEL,
          "📻 자격시험 CBT는 11월 서울 시험장에서 먼저 시범으로 치르고, 상시 시행은 아직 준비 중이라고 합니다.",
          comment=DRILL + "; a trial ahead, the deadline (연내) not restated: progress, no fields"),
        m("au-msit-ham-band", "progress", MSIT, TEL,
          "📻 아마추어 대역을 넓히는 주파수 분배표 개정안은 지난달 행정예고됐습니다(과기정통부).",
          comment=DRILL + "; a step (pre-announcement): progress, no fields"),
        m("au-mois-emcomm-volunteers", "achieved", MOIS, TEL,
          "📻 행정안전부가 올해 200명 모으겠다던 비상통신 자원봉사자는 9월에 벌써 230명이 됐습니다.",
          comment=DRILL + "; no fields"),
        m("au-mois-repeater-50", "progress", MOIS, TEL,
          "📻 재난용 무전 중계소는 50곳 가운데 12곳이 세워졌고, 나머지는 내년까지 채운다는 게 행안부 설명입니다.",
          target=50.0, unit="곳", deadline="2026-12-31", dtext="내년까지",
          comment=DRILL + "; 12 of 50 before the deadline: progress; the target named in the clause, the "
                  "deadline restated"),
        m("au-msit-school-radio-club", "new", MSIT, TEL,
          "📻 과기정통부는 내년부터 중·고등학교 무선 동아리 100곳에 무전기와 안테나를 지원하겠다고 새로 밝혔습니다.",
          target=100.0, unit="곳", deadline="2026-12-31", dtext="내년부터", comment=DRILL),
        m("au-mois-drill-guideline", "new", MOIS, TEL,
          "📻 행안부는 아마추어 무선을 넣은 비상통신 훈련을 해마다 정례화하는 지침을 내년 상반기 중 내놓겠다고 했습니다.",
          deadline="2026-06-30", dtext="내년 상반기 중", comment=DRILL),
        m("au-msit-ham-band", "progress", MSIT, TEL,
          "분배표 개정을 연말까지 마무리해 내년 상반기에는 새 대역을 쓰실 수 있게 하겠다",
          person="석지오", deadline="2026-06-30", dtext="내년 상반기에는",
          comment="the official's quote, between its quotation marks; person 석지오; the original deadline restated "
                  "with a step ('연말까지'): progress with the commitment's date. Not annotated: the radiogram box, "
                  "the county official's quoted words, the club's plans (결산 모임, 상시 안테나 '추진하겠습니다', "
                  "'배터리 10개를 새로 사겠습니다'), the comments (the county's '보내 드리겠습니다')"),
    ]))

# ---------------------------------------------------------------- 나눔 식품 2/3 (a bakery's price-change notice)
BREAD = "a `🥖 ` line of '나눔 상자 한 해, 그리고 나라 약속들', whole with its marker; person ''"
PAGES.append(dict(
    source="2025-12-17_au_bakery-price-change-notice.txt",
    title="[알림] 식빵 값이 오늘부터 바뀝니다 — 그리고 나눔 상자 한 해",
    published_at="2025-12-17",
    mentions=[
        m("au-moef-donation-tax-credit", "achieved", MOEF, FIS,
          "[밀알 한 줄] 식빵 300원 올림 · 올해 나눔 상자 1,180개 · 기부 식품 세액공제 넓힌 세법 개정안 국회 통과(기재부) · 케이크 예약 21일(일)까지",
          comment="the page's summary line (above the body): only its third item is a government commitment "
                  "(achieved, no fields); '기재부' → 기획재정부 (before its split). The page's date: only the price "
                  "notice '가격 조정 안내 (12월 17일부터)' with '※ 오늘 아침 첫 판부터 바뀐 값으로'; the year from the "
                  "body's '2025년 한 해' and the footer; 21일(일) and 1월 1일~6일 are not the page's date"),
        m("au-moef-donation-tax-credit", "achieved", MOEF, FIS,
          "🥖 기획재정부가 7월 세법 개정안에 담겠다던 기부 식품 세액공제 확대는 그대로 개정안에 들어가 이달 초 국회를 통과했습니다.",
          comment=BREAD + "; no fields"),
        m("au-mohw-fridge-guideline", "delayed", MOHW, OTH,
          "🥖 보건복지부가 상반기 중 내놓겠다던 공유냉장고 위생 관리 지침은 아직 나오지 않았고, 복지부는 내년 3월까지 내겠다고 다시 밝혔습니다.",
          deadline="2026-03-31", dtext="내년 3월까지", prev="2025-06-30",
          comment=BREAD + "; the missed date named ('상반기 중' of 2025)"),
        m("au-kostat-food-loss-stat", "delayed", NDO, OTH,
          "🥖 국가데이터처(옛 통계청)가 연내 내겠다던 식품 손실·폐기 통계는 집계 기준을 다시 맞추느라 내년 2월로 늦춰졌습니다.",
          deadline="2026-02-28", dtext="내년 2월로", prev="2025-12-31",
          comment=BREAD + "; 통계청 is 국가데이터처 on this date; moved before the old date passed"),
        m("au-mfds-expired-donation", "cancelled", MFDS, OTH,
          "🥖 소비기한이 지난 통조림 같은 식품도 기부할 수 있게 하반기에 기준을 마련하겠다던 식약처 계획은 '안전을 장담할 수 없다'는 반대가 커서 없던 일이 됐습니다.",
          prev="2025-12-31", comment=BREAD + "; the old date named ('하반기에'), no new one"),
        m("au-mohw-foodbank-hubs", "progress", MOHW, OTH,
          "🥖 복지부의 광역 푸드뱅크 냉장 물류 거점 10곳은 지금까지 4곳이 문을 열었습니다.",
          target=10.0, unit="곳", comment=BREAD + "; 4 of 10 before the deadline: progress; the target named"),
        m("au-mfds-date-font-12pt", "new", MFDS, OTH,
          "🥖 식약처는 내년 7월부터 모든 포장 식품의 소비기한 글자를 12포인트 이상으로 키우게 하겠다고 새로 발표했습니다.",
          target=12.0, unit="포인트", deadline="2026-07-31", dtext="내년 7월부터", comment=BREAD),
        m("au-moef-small-shop-credit", "new", MOEF, FIS,
          "🥖 기획재정부는 빵집·반찬가게 같은 작은 가게가 식품을 기부할 때 받는 세액공제율을 15%에서 25%로 올리는 안을 내년 세법 개정안에 담겠다고 밝혔습니다.",
          target=25.0, unit="%", deadline="2026-12-31", dtext="내년",
          comment=BREAD + "; fiscal (세법); 15% the baseline; '내년 세법 개정안' → 2026 (the year's end)"),
        m("au-mfds-date-font-12pt", "new", MFDS, OTH,
          "날짜가 안 보여서 버리는 일이 없도록 글자부터 키우겠다",
          person="남궁별",
          comment="the official's quote, between its quotation marks; person 남궁별; no date. Not annotated: the "
                  "price notice (38%, the prices), 1,180개 and 9천 개 (the bakery's own counts), its plans (날짜 "
                  "스티커 두 배, 나눔 상자 계속, 휴무, 케이크 70개), the tax adviser's words, the comments"),
    ]))

# ---------------------------------------------------------------- 동물 전시 2/3 (an exotic-pet keepers' forum post with a poll)
PETS = "a `🦎 ` line of '기후에너지환경부 발표 정리', whole with its marker; person ''"
PAGES.append(dict(
    source="2026-02-10_au_exotic-pet-forum-poll.txt",
    title="[투표] 지정관리 야생동물 자진 신고, 하셨나요? — 제도 정리 2026년판",
    published_at="2026-02-10",
    mentions=[
        m("au-mcee-self-report", "new", MCEE, OTH,
          "[글쓴이 요약] 자진 신고는 3월 말까지(기후부) · 백색목록 200종 추가는 하반기 중 · 동물원 검사관은 아직 18명 · 우리 카페 신고 도우미 모임 3월 15일(일)",
          deadline="2026-03-31", dtext="3월 말까지",
          comment="the page's summary line (above the body): its first three items are government commitments, "
                  "one mention each; '기후부' → 기후에너지환경부; no body named for the second and third (the same "
                  "ministry). The page's date: only the poll widget '오늘(2/10 화) 밤 11시 59분 마감', the year from "
                  "the title's '2026년판'; 3월 15일(일) and '3월 말' are not the page's date"),
        m("au-mcee-whitelist-200", "new", MCEE, OTH,
          "[글쓴이 요약] 자진 신고는 3월 말까지(기후부) · 백색목록 200종 추가는 하반기 중 · 동물원 검사관은 아직 18명 · 우리 카페 신고 도우미 모임 3월 15일(일)",
          target=200.0, unit="종", deadline="2026-12-31", dtext="하반기 중", comment="the same line's second item"),
        m("au-me-zoo-inspector", "delayed", MCEE, OTH,
          "[글쓴이 요약] 자진 신고는 3월 말까지(기후부) · 백색목록 200종 추가는 하반기 중 · 동물원 검사관은 아직 18명 · 우리 카페 신고 도우미 모임 3월 15일(일)",
          comment="the same line's third item: 18 of 30 after the deadline (2025-12-31): delayed, no fields"),
        m("au-mcee-self-report", "new", MCEE, OTH,
          "🦎 기후에너지환경부는 집에서 기르는 미신고 야생동물을 3월 말까지 자진 신고하면 과태료 없이 받아 주겠다고 밝혔습니다.",
          deadline="2026-03-31", dtext="3월 말까지", comment=PETS),
        m("au-mcee-whitelist-200", "new", MCEE, OTH,
          "🦎 개인이 기를 수 있는 '지정관리 야생동물' 목록(백색목록)에는 하반기 중 200종을 더 올리겠다고 합니다.",
          target=200.0, unit="종", deadline="2026-12-31", dtext="하반기 중", comment=PETS + "; no body named: 기후에너지환경부"),
        m("au-me-zoo-inspector", "delayed", MCEE, OTH,
          "🦎 지난해 연내 30명을 뽑겠다던 동물원 검사관은 18명에 그쳐, 나머지는 상반기 중 채우겠다고 했습니다.",
          target=30.0, unit="명", deadline="2026-06-30", dtext="상반기 중", prev="2025-12-31",
          comment=PETS + "; 환경부's promise, 기후에너지환경부 on this date; the old date named ('지난해 연내')"),
        m("au-me-cafe-transition-grant", "achieved", MCEE, OTH,
          "🦎 카페를 접고 업종을 바꾼 곳에 주는 전환 지원금은 지난해 10월부터 140곳에 지급됐습니다.",
          comment=PETS + "; paid from October 2025 (within 하반기): achieved, no fields"),
        m("au-me-cafe-census", "achieved", MCEE, OTH,
          "🦎 야생동물 카페 전수조사 결과는 지난해 9월 공개됐는데, 전국 186곳에 동물 4,300여 마리가 있었습니다.",
          comment=PETS + "; on time; 186곳 and 4,300여 마리 are findings, not targets"),
        m("au-me-wildlife-shelter", "progress", MCEE, OTH,
          "🦎 갈 곳 없는 동물을 맡을 거점 보호시설 두 곳 가운데 충남 시설은 지난달 문을 열었고, 경북 시설은 공사 중입니다.",
          target=2.0, unit="곳", comment=PETS + "; one of two open before the deadline: progress; the target named"),
        m("au-mcee-self-report", "new", MCEE, OTH,
          "벌주려는 제도가 아니니 3월 말까지 신고하시면 과태료는 묻지 않겠다",
          person="곽다슬", deadline="2026-03-31", dtext="3월 말까지",
          comment="the official's quote, between its quotation marks; person 곽다슬 (now 기후에너지환경부 "
                  "생물다양성과장). Not annotated: the law explained (facts), the poll, the experts' view, the forum's "
                  "rules (도우미 모임, '글을 올릴 수 없습니다', 'PDF로 올려 두겠습니다'), the comments"),
    ]))

# ---------------------------------------------------------------- 밤하늘 2/3 (a travel blog's trip by train, with the ticket)
TRAIN = "a `🚆 ` line of '보호공원 안내판에서 옮겨 적은 것 + 뉴스 정리', whole with its marker; person ''"
PAGES.append(dict(
    source="2026-04-18_au_dark-sky-train-trip.txt",
    title="새벽 기차 타고 싸리재 '밤하늘 보호공원' 첫 방문기",
    published_at="2026-04-18",
    mentions=[
        m("au-me-light-emission-rule", "achieved", MCEE, OTH,
          "[여행 한 줄 요약] 싸리재 보호공원 첫 밤 · 빛방사 기준 1월부터 강화(기후부) · LED 가로등 KS 3월 제정(산업부) · 도로조명 기준은 6월로 미뤄짐(국토부)",
          comment="the page's summary line (above the body): its second to fourth items are government "
                  "commitments, one mention each; '기후부' → 기후에너지환경부, '산업부' → 산업통상부 (on this date), "
                  "'국토부' → 국토교통부. Achieved late (the rule was due in H2 2025), no fields. The page's date: only "
                  "the mobile ticket '2026년 04월 18일 (토) 청량리 06:42' with '오늘 아침 6시 42분 기차'; the return "
                  "ticket 04월 19일 (일) and 8월 12일 are not the page's date"),
        m("au-motie-shielded-led-ks", "achieved", MOTI, IND,
          "[여행 한 줄 요약] 싸리재 보호공원 첫 밤 · 빛방사 기준 1월부터 강화(기후부) · LED 가로등 KS 3월 제정(산업부) · 도로조명 기준은 6월로 미뤄짐(국토부)",
          comment="the same line's third item: on time (due by March), no fields"),
        m("au-molit-road-lighting-rule", "delayed", MOLIT, OTH,
          "[여행 한 줄 요약] 싸리재 보호공원 첫 밤 · 빛방사 기준 1월부터 강화(기후부) · LED 가로등 KS 3월 제정(산업부) · 도로조명 기준은 6월로 미뤄짐(국토부)",
          deadline="2026-06-30", dtext="6월로", comment="the same line's fourth item: moved, the old date not named"),
        m("au-me-dark-sky-park", "progress", MCEE, OTH,
          "🚆 싸리재는 기후에너지환경부가 2026년 상반기까지 세 곳 지정하겠다던 '밤하늘 보호공원' 가운데 지난달 처음 지정된 곳이고, 나머지 두 곳은 심사 중입니다.",
          target=3.0, unit="곳", deadline="2026-06-30", dtext="2026년 상반기까지",
          comment=TRAIN + "; one of three before the deadline: progress; the target and date named (an absolute "
                  "year, not '내년')"),
        m("au-me-light-emission-rule", "achieved", MCEE, OTH,
          "🚆 빛방사 허용기준을 강화한 시행규칙은 원래 지난해 하반기에 하겠다던 것이 조금 늦어 올해 1월부터 시행됐습니다.",
          comment=TRAIN + "; " + LATE),
        m("au-me-light-zone-17", "progress", MCEE, OTH,
          "🚆 조명환경관리구역은 17개 시·도 가운데 14곳까지 지정됐습니다(기후에너지환경부).",
          target=17.0, unit="개", comment=TRAIN + "; 14 of 17 before the deadline: progress; the target named"),
        m("au-molit-road-lighting-rule", "delayed", MOLIT, OTH,
          "🚆 국토교통부의 도로조명 기준 개정은 지난해 연내 하겠다던 약속을 넘겨 6월로 미뤄졌습니다.",
          deadline="2026-06-30", dtext="6월로", prev="2025-12-31", comment=TRAIN + "; the missed date named ('지난해 연내')"),
        m("au-motie-shielded-led-ks", "achieved", MOTI, IND,
          "🚆 산업통상부는 차광형 LED 가로등 KS 표준을 3월에 제정했다고 밝혔습니다.",
          comment=TRAIN + "; 산업통상자원부's promise, by its successor; keeps the commitment's category"),
        m("au-me-light-meter-200", "cancelled", MCEE, OTH,
          "🚆 지자체에 빛 측정 장비 200대를 보급하겠다던 계획은 지난해 예산에서 빠지면서 없던 일이 됐습니다.",
          comment=TRAIN + "; no body named: 기후에너지환경부 (환경부's promise); other (the budget is the "
                  "circumstance); no date of the promise named, so no previous_deadline"),
        m("au-mcee-ad-light-midnight", "new", MCEE, OTH,
          "🚆 기후에너지환경부는 밤 12시가 넘으면 옥외 광고 조명을 끄도록 하는 의무를 내년부터 도입하겠다고 새로 밝혔습니다.",
          deadline="2027-12-31", dtext="내년부터", comment=TRAIN),
        m("au-mcst-starlight-routes", "new", MCST, OTH,
          "🚆 문화체육관광부는 별 보기 좋은 마을과 숲길을 묶은 '별빛 여행길' 10곳을 8월까지 고르겠다고 했습니다.",
          target=10.0, unit="곳", deadline="2026-08-31", dtext="8월까지", comment=TRAIN),
        m("au-mcee-ad-light-midnight", "new", MCEE, OTH,
          "밤 12시 소등은 내년부터 반드시 시행하겠다",
          person="봉수안", deadline="2027-12-31", dtext="내년부터",
          comment="the official's quote, between its quotation marks; person 봉수안 (now 기후에너지환경부 "
                  "생활환경과장). Not annotated: the ticket, the park's sign (a fact), the blogger's plans (8월 12일, "
                  "연재 '시작하겠습니다'), the comments"),
    ]))

# ---------------------------------------------------------------- 무인점포 2/3 (an unmanned study café's lost-and-found list)
STUDY = "a `📚 ` line of '무인점포 관련 나라 소식', whole with its marker; person ''"
PAGES.append(dict(
    source="2026-06-24_au_study-cafe-lost-and-found.txt",
    title="[공지] 6월 분실물 목록, 그리고 무인 운영 관련 안내",
    published_at="2026-06-24",
    mentions=[
        m("au-mss-security-kit", "delayed", MSS, SUP,
          "[점장 한 줄] 이번 달 습득물 4건 · 무인점포 보안 장비 지원, 3,200곳에서 멈춰 연말까지(중기부) · 스터디카페 환불 표준약관 하반기 중(공정위) · 시험 기간 스터디룸 2시간 제한",
          deadline="2026-12-31", dtext="연말까지",
          comment="the page's summary line (above the body): its second and third items are government "
                  "commitments, one mention each; '공정위' → 공정거래위원회. The second: short of its target after "
                  "the deadline and moved: delayed with the new date (the old one not named here). The page's "
                  "date: only the lost-and-found row '6/24 (수) 오늘 아침' under '2026년 6월 습득물'; 6/3, 6/11, 6/19, "
                  "6월 29일~7월 10일 and 7월 24일 are not the page's date"),
        m("au-ftc-studycafe-refund", "new", FTC, OTH,
          "[점장 한 줄] 이번 달 습득물 4건 · 무인점포 보안 장비 지원, 3,200곳에서 멈춰 연말까지(중기부) · 스터디카페 환불 표준약관 하반기 중(공정위) · 시험 기간 스터디룸 2시간 제한",
          deadline="2026-12-31", dtext="하반기 중", comment="the same line's third item"),
        m("au-knpa-theft-team", "achieved", KNPA, OTH,
          "📚 경찰청이 지난해 9월부터 18개 시·도경찰청에 둔 무인점포 절도 전담팀은 계획대로 운영되고 있고, 지난달 우리 카페 노트북 사건도 이 팀이 맡았습니다.",
          comment=STUDY + "; set up as promised: achieved, no fields"),
        m("au-mss-security-kit", "delayed", MSS, SUP,
          "📚 중소벤처기업부가 지난해 하반기에 5,000곳 지원하겠다던 무인점포 보안 장비는 3,200곳에서 멈췄다가, 올해 연말까지 나머지를 지원하기로 했습니다.",
          target=5000.0, unit="곳", deadline="2026-12-31", dtext="올해 연말까지", prev="2025-12-31",
          comment=STUDY + "; the old date named ('지난해 하반기'); keeps startup (no cue in this sentence)"),
        m("au-mfds-unmanned-hygiene", "achieved", MFDS, OTH,
          "📚 무인 판매점 위생 관리 기준은 식품의약품안전처가 지난해 12월 고시해, 냉동고 온도 기록이 의무가 됐습니다.",
          comment=STUDY + "; on time, no fields"),
        m("au-knpa-theft-stats", "cancelled", KNPA, OTH,
          "📚 경찰청은 분기마다 내겠다던 무인점포 절도 통계를 모방 범죄가 걱정된다며 공개하지 않기로 했습니다.",
          comment=STUDY + "; no date of the promise named"),
        m("au-ftc-studycafe-refund", "new", FTC, OTH,
          "📚 공정거래위원회는 무인 스터디카페 이용권을 중간에 그만둘 때 남은 시간만큼 돌려주는 환불 표준약관을 하반기 중 만들겠다고 밝혔습니다.",
          deadline="2026-12-31", dtext="하반기 중", comment=STUDY),
        m("au-mss-night-insurance", "new", MSS, SUP,
          "📚 중기부는 9월부터 소상공인 무인점포의 야간 화재·도난 보험료 절반을 지원하겠다고 했습니다.",
          deadline="2026-09-30", dtext="9월부터",
          comment=STUDY + "; startup (소상공인); '절반' is a share, not a target. Not annotated: the laptop theft, "
                  "the café's own plans ('약관도 그에 맞게 고치겠습니다', 2시간 제한, 휴대전화 인증 7월부터, 7월 24일), "
                  "곰솔동 행정복지센터's meeting (not a ministry), the table, the comments"),
    ]))

# ---------------------------------------------------------------- 동물 전시 3/3 (a photographer's contact sheet at the shelter)
PHOTO = "a `📷 ` line of '시설 분들에게 들은 것, 뉴스에서 찾은 것', whole with its marker; person ''"
PAGES.append(dict(
    source="2026-09-06_au_sanctuary-contact-sheet.txt",
    title="「떠난 동물들」 #7 — 호두를 다시 만나다 (밀착 인화지 메모)",
    published_at="2026-09-06",
    mentions=[
        m("au-me-wildlife-shelter", "delayed", MCEE, OTH,
          "[작업 메모 한 줄] 호두·밤톨 잘 지냄 · 경북 보호시설은 내년 상반기로(기후부) · 벨루가 바다쉼터는 없던 일로(해수부) · 10월 24일 전시 시작",
          deadline="2027-06-30", dtext="내년 상반기로",
          comment="the page's summary line (above the body): its second and third items are government "
                  "commitments, one mention each; '해수부' → 해양수산부. The page's date: only the camera's orange "
                  "date imprint '’26 9 6' on the contact sheet's frames, shot '오늘 아침'; frame 08's '’25 5 31' (last "
                  "year's photo), 10월 24일 ~ 11월 2일 (the exhibition) are not the page's date"),
        m("au-mof-beluga-seapen", "cancelled", MOF, OTH,
          "[작업 메모 한 줄] 호두·밤톨 잘 지냄 · 경북 보호시설은 내년 상반기로(기후부) · 벨루가 바다쉼터는 없던 일로(해수부) · 10월 24일 전시 시작",
          comment="the same line's third item"),
        m("au-me-wildlife-shelter", "delayed", MCEE, OTH,
          "📷 기후에너지환경부가 올해 안에 열겠다던 경북 거점 보호시설은 공사가 늦어져 내년 상반기로 미뤄졌습니다.",
          deadline="2027-06-30", dtext="내년 상반기로", prev="2026-12-31",
          comment=PHOTO + "; the second of the two shelters; the old date named ('올해 안에')"),
        m("au-me-zoo-inspector", "achieved", MCEE, OTH,
          "📷 동물원 검사관은 6월에 30명을 다 채웠다고 합니다.",
          comment=PHOTO + "; at the revised date (상반기 중); no body named: 기후에너지환경부; no fields"),
        m("au-mcee-self-report", "achieved", MCEE, OTH,
          "📷 3월 말까지 받은 야생동물 자진 신고는 1만 2,400건이었습니다(기후에너지환경부).",
          comment=PHOTO + "; the reporting window ran as promised; 1만 2,400건 a count, no fields"),
        m("au-mof-beluga-seapen", "cancelled", MOF, OTH,
          "📷 해양수산부는 벨루가 바다쉼터를 만들겠다던 계획을 접고, 수족관 안 사육 환경을 넓히는 쪽으로 방향을 바꿨습니다.",
          comment=PHOTO + "; no date of the promise named"),
        m("au-mcee-foster-adoption", "new", MCEE, OTH,
          "📷 기후에너지환경부는 보호시설에 있는 동물을 자격을 갖춘 민간 보호단체에 맡기거나 입양 보낼 수 있는 위탁·입양 제도를 내년부터 시행하겠다고 밝혔습니다.",
          deadline="2027-12-31", dtext="내년부터", comment=PHOTO),
        m("au-mof-dolphin-touch-ban", "new", MOF, OTH,
          "📷 해양수산부는 연말까지 전국 수족관의 돌고래 먹이 주기·만지기 체험을 모두 중단시키겠다고 했습니다.",
          deadline="2026-12-31", dtext="연말까지", comment=PHOTO),
        m("au-me-wildlife-shelter", "delayed", MCEE, OTH,
          "경북 시설은 늦어도 내년 상반기에는 문을 열겠다",
          person="곽다슬", deadline="2027-06-30", dtext="내년 상반기에는",
          comment="the official's quote, between its quotation marks; person 곽다슬; the moved date restated: "
                  "delayed, no previous date. Not annotated: the contact sheet, the shelter's facts (여섯 마리, 정원), "
                  "the photographer's plans (전시, 촬영, 사진집 '보냅니다'), the comments"),
    ]))

# ---------------------------------------------------------------- all five, last (a civic group's 'promise bingo' final draw, live)
CELL = "a bingo cell line, whole with its number and stamp; ministry as the cell names it (today's name); person ''"
PAGES.append(dict(
    source="2026-11-28_au_promise-bingo-live.txt",
    title="[2026 약속 빙고] 마지막 추첨 — 다섯 판, 마흔 칸의 한 해",
    published_at="2026-11-28",
    mentions=[
        m("au-msit-cbt-exam", "achieved", MSIT, TEL,
          "[오늘의 빙고 한 줄] 무선기사 시험 CBT 3월부터 상시 ● · 벨루가 바다쉼터 ✕ · 백색목록 200종에서 120종으로, 내년 상반기로 ◇ · 오늘 밤 빙고 다섯 줄",
          comment="the page's summary line (above the body): its first three items are government commitments, one "
                  "mention each (no bodies named: 과학기술정보통신부, 해양수산부, 기후에너지환경부). " + LATE + ". "
                  "The page's date: only the live overlay '● LIVE  SAT 28 NOV 2026 · 20:00 KST'; 1월 10일(일), 12월 5일 "
                  "and the comments' times are not the page's date"),
        m("au-mof-beluga-seapen", "cancelled", MOF, OTH,
          "[오늘의 빙고 한 줄] 무선기사 시험 CBT 3월부터 상시 ● · 벨루가 바다쉼터 ✕ · 백색목록 200종에서 120종으로, 내년 상반기로 ◇ · 오늘 밤 빙고 다섯 줄",
          comment="the same line's second item (✕, cancelled again)"),
        m("au-mcee-whitelist-200", "revision", MCEE, OTH,
          "[오늘의 빙고 한 줄] 무선기사 시험 CBT 3월부터 상시 ● · 벨루가 바다쉼터 ✕ · 백색목록 200종에서 120종으로, 내년 상반기로 ◇ · 오늘 밤 빙고 다섯 줄",
          target=120.0, unit="종", deadline="2027-06-30", dtext="내년 상반기로",
          comment="the same line's third item: target cut and date moved: revision (the old date not named here)"),
        # board 1
        m("au-me-wildlife-shelter", "delayed", MCEE, OTH,
          "[1-1] △ 거점 보호시설 두 곳 — 충남은 열었고 경북은 내년 상반기로 (기후에너지환경부)",
          target=2.0, unit="곳", deadline="2027-06-30", dtext="내년 상반기로", comment=CELL),
        m("au-me-cafe-transition-grant", "achieved", MCEE, OTH,
          "[1-2] ● 카페 전환 지원금 — 누적 212곳 지급 (기후에너지환경부)", comment=CELL + "; " + AGAIN),
        m("au-me-zoo-inspector", "achieved", MCEE, OTH,
          "[1-3] ● 동물원 검사관 30명 — 6월에 다 채움 (기후에너지환경부)", comment=CELL + "; " + AGAIN),
        m("au-me-cafe-census", "achieved", MCEE, OTH,
          "[1-4] ● 야생동물 카페 전수조사 공개 — 지난해 9월 (기후에너지환경부)", comment=CELL + "; " + AGAIN),
        m("au-mof-beluga-seapen", "cancelled", MOF, OTH,
          "[1-5] ✕ 벨루가 바다쉼터 — 계획 접음 (해양수산부)", comment=CELL),
        m("au-mcee-whitelist-200", "revision", MCEE, OTH,
          "[1-6] ◇ 백색목록 추가 — 하반기 200종에서 내년 상반기 120종으로 (기후에너지환경부)",
          target=120.0, unit="종", deadline="2027-06-30", dtext="내년 상반기", prev="2026-12-31",
          comment=CELL + "; both target (200 → 120) and date (하반기 → 내년 상반기) changed: revision, the old date named"),
        m("au-mcee-self-report", "achieved", MCEE, OTH,
          "[1-7] ● 미신고 야생동물 자진 신고 — 3월 말 마감, 1만 2,400건 (기후에너지환경부)", comment=CELL + "; " + AGAIN),
        m("au-mcee-foster-adoption", "progress", MCEE, OTH,
          "[1-8] ◐ 보호시설 동물 위탁·입양 제도 — 고시안 행정예고, 내년부터 시행 (기후에너지환경부)",
          deadline="2027-12-31", dtext="내년부터", comment=CELL + "; a step before the deadline"),
        m("au-mof-dolphin-touch-ban", "progress", MOF, OTH,
          "[1-9] ◐ 수족관 돌고래 체험 중단 — 7곳 중 5곳 멈춤, 나머지는 연말까지 (해양수산부)",
          deadline="2026-12-31", dtext="연말까지", comment=CELL + "; 5 of 7 aquariums before the deadline (a count, no target)"),
        # board 2
        m("au-me-light-zone-17", "delayed", MCEE, OTH,
          "[2-1] △ 조명환경관리구역 17개 시·도 — 16곳, 남은 한 곳은 내년 상반기로 (기후에너지환경부)",
          target=17.0, unit="개", deadline="2027-06-30", dtext="내년 상반기로",
          comment=CELL + "; the last one moved past the deadline (2026-12-31, not named): delayed"),
        m("au-me-light-emission-rule", "achieved", MCEE, OTH,
          "[2-2] ● 빛방사 허용기준 강화 — 1월 시행 (기후에너지환경부)", comment=CELL + "; " + AGAIN),
        m("au-me-dark-sky-park", "delayed", MCEE, OTH,
          "[2-3] △ 밤하늘 보호공원 세 곳 — 상반기 마감 넘겨 두 곳, 한 곳은 주민 반대로 보류 (기후에너지환경부)",
          target=3.0, unit="곳", prev="2026-06-30",
          comment=CELL + "; two of three after the deadline, the third on hold (not dropped): delayed; the missed "
                  "date named ('상반기 마감'), no new one"),
        m("au-molit-road-lighting-rule", "achieved", MOLIT, OTH,
          "[2-4] ● 도로조명 기준 개정 — 6월 (국토교통부)", comment=CELL + "; at the moved date: achieved, no fields"),
        m("au-motie-shielded-led-ks", "achieved", MOTI, IND,
          "[2-6] ● 차광형 LED 가로등 KS — 3월 제정 (산업통상부)", comment=CELL + "; " + AGAIN),
        m("au-me-light-meter-200", "cancelled", MCEE, OTH,
          "[2-7] ✕ 빛 측정 장비 200대 — 예산에서 빠져 무산 (기후에너지환경부)",
          comment=CELL + "; cancelled again; other (the budget is the circumstance)"),
        m("au-mcee-ad-light-midnight", "progress", MCEE, OTH,
          "[2-8] ◐ 옥외 광고 조명 자정 소등 — 개정안 국회 제출, 내년부터 (기후에너지환경부)",
          deadline="2027-12-31", dtext="내년부터", comment=CELL + "; a bill before the legislature: progress"),
        # board 3
        m("au-msit-station-notify", "achieved", MSIT, TEL,
          "[3-1] ● 아마추어무선국 신고제 — 지난해 10월부터 (과학기술정보통신부)", comment=CELL + "; " + AGAIN),
        m("au-msit-cbt-exam", "achieved", MSIT, TEL,
          "[3-2] ● 무선기사 시험 CBT 상시 — 3월부터, 약속보다 석 달 늦게 (과학기술정보통신부)", comment=CELL + "; " + LATE),
        m("au-msit-ham-band", "delayed", MSIT, TEL,
          "[3-3] △ 아마추어 대역 확대 — 상반기를 넘겨 내년 말로 (과학기술정보통신부)",
          deadline="2027-12-31", dtext="내년 말로", prev="2026-06-30", comment=CELL + "; the missed date named ('상반기')"),
        m("au-mois-emcomm-volunteers", "achieved", MOIS, TEL,
          "[3-4] ● 비상통신 자원봉사자 200명 — 230명 (행정안전부)", comment=CELL + "; " + AGAIN),
        m("au-mois-repeater-50", "delayed", MOIS, TEL,
          "[3-6] △ 재난용 중계소 50곳 — 41곳, 남은 9곳은 내년 상반기로 (행정안전부)",
          target=50.0, unit="곳", deadline="2027-06-30", dtext="내년 상반기로",
          comment=CELL + "; moved past the deadline (2026-12-31, not named) before it passed: delayed"),
        m("au-mois-drill-guideline", "achieved", MOIS, TEL,
          "[3-7] ● 비상통신 훈련 정례화 지침 — 5월 (행정안전부)", comment=CELL + "; on time (상반기), no fields"),
        m("au-msit-school-radio-club", "cancelled", MSIT, TEL,
          "[3-8] ✕ 학교 무선 동아리 100곳 장비 — 예산안에서 빠져 접음 (과학기술정보통신부)",
          comment=CELL + "; telecom kept (the commitment's category; the budget is the circumstance)"),
        # board 4
        m("au-mohw-fridge-guideline", "achieved", MOHW, OTH,
          "[4-1] ● 공유냉장고 위생 관리 지침 — 3월, 아홉 달 늦게 (보건복지부)", comment=CELL + "; " + LATE),
        m("au-moef-donation-tax-credit", "achieved", MOFE, FIS,
          "[4-2] ● 기부 식품 세액공제 확대 — 지난해 세법 개정 (재정경제부)",
          comment=CELL + "; 기획재정부's promise under 재정경제부 (its tax work) on this date; " + AGAIN),
        m("au-kostat-food-loss-stat", "achieved", NDO, OTH,
          "[4-3] ● 식품 손실·폐기 통계 — 2월 첫 공표 (국가데이터처)",
          comment=CELL + "; at the moved date (내년 2월로): achieved, no fields"),
        m("au-mfds-expired-donation", "cancelled", MFDS, OTH,
          "[4-4] ✕ 소비기한 지난 식품 기부 — 지난해 철회 (식품의약품안전처)", comment=CELL + "; cancelled again"),
        m("au-mohw-foodbank-hubs", "revision", MOHW, OTH,
          "[4-6] ◇ 광역 푸드뱅크 물류 거점 — 10곳에서 8곳으로 줄이고 2027년까지 (보건복지부)",
          target=8.0, unit="곳", deadline="2027-12-31", dtext="2027년까지",
          comment=CELL + "; target cut (10 → 8) and date moved (the old one not named): revision"),
        m("au-mfds-milk-date-label", "new", MFDS, OTH,
          "[4-7] ○ 우유 소비기한 표시 — 2027년부터, 아직 소식 없음 (식품의약품안전처)",
          deadline="2027-12-31", dtext="2027년부터",
          comment=CELL + "; the promise restated with no news ('발표만'): new, as a summary line's restatement"),
        m("au-mfds-date-font-12pt", "achieved", MFDS, OTH,
          "[4-8] ● 소비기한 글자 12포인트 — 7월부터 (식품의약품안전처)", comment=CELL + "; on time, no fields"),
        m("au-moef-small-shop-credit", "revision", MOFE, FIS,
          "[4-9] ◇ 작은 가게 기부 공제율 — 25% 아닌 20%로, 2027년부터 (재정경제부)",
          target=20.0, unit="%", deadline="2027-12-31", dtext="2027년부터",
          comment=CELL + "; 기획재정부's promise under 재정경제부; target cut (25 → 20%), in force 2027: revision; "
                  "fiscal kept (the cell holds no cue)"),
        # board 5
        m("au-knpa-theft-team", "achieved", KNPA, OTH,
          "[5-1] ● 무인점포 절도 전담팀 — 18개 시·도경찰청 (경찰청)", comment=CELL + "; " + AGAIN),
        m("au-mss-security-kit", "achieved", MSS, SUP,
          "[5-2] ● 무인점포 보안 장비 5,000곳 — 10월에 다 채움, 열 달 늦게 (중소벤처기업부)", comment=CELL + "; " + LATE),
        m("au-mfds-unmanned-hygiene", "achieved", MFDS, OTH,
          "[5-3] ● 무인 판매점 위생 기준 — 지난해 12월 (식품의약품안전처)", comment=CELL + "; " + AGAIN),
        m("au-knpa-theft-stats", "cancelled", KNPA, OTH,
          "[5-4] ✕ 절도 통계 분기 공개 — 안 하기로 (경찰청)", comment=CELL + "; cancelled again"),
        m("au-mss-night-insurance", "delayed", MSS, SUP,
          "[5-6] △ 야간 화재·도난 보험료 절반 — 9월 약속 넘겨 내년 초로 (중소벤처기업부)",
          deadline="2027-03-31", dtext="내년 초로", prev="2026-09-30",
          comment=CELL + "; '내년 초' → 2027-03-31; the missed date named ('9월 약속')"),
        m("au-ftc-studycafe-refund", "achieved", FTC, OTH,
          "[5-7] ● 스터디카페 환불 표준약관 — 10월 (공정거래위원회)", comment=CELL + "; on time (하반기 중), no fields"),
        # next year's reserved cells
        m("au-msit-callsign-online", "new", MSIT, TEL,
          "[예약] ○ 호출부호 온라인 즉시 발급 — 내년 상반기 중 (과학기술정보통신부)",
          deadline="2027-06-30", dtext="내년 상반기 중", comment="a reserved cell of the 2027 board: a new promise"),
        m("au-mss-unmanned-guide", "new", MSS, SUP,
          "[예약] ○ 무인점포 운영 안내서 — 내년 3월 말까지 (중소벤처기업부)",
          deadline="2027-03-31", dtext="내년 3월 말까지",
          comment="a reserved cell of the 2027 board: a new promise; startup (중소벤처기업부's remit, no cue)"),
        # quotes
        m("au-mcee-whitelist-200", "revision", MCEE, OTH,
          "백색목록은 120종이라도 내년 상반기에는 꼭 올리겠다",
          person="곽다슬", target=120.0, unit="종", deadline="2027-06-30", dtext="내년 상반기에는",
          comment="the official's quote, between its quotation marks; person 곽다슬; the revised target and date "
                  "restated: revision, no previous date"),
        m("au-msit-ham-band", "delayed", MSIT, TEL,
          "대역 확대는 늦어도 내년 말까지 마치겠다",
          person="석지오", deadline="2027-12-31", dtext="내년 말까지",
          comment="the official's quote, between its quotation marks; person 석지오; the moved date restated: "
                  "delayed, no previous date. Not annotated: the legend and the renames (facts), the ★ cells, the ※ "
                  "line (문체부 '별빛 여행길' 10곳 8월까지, left out for want of news), the bingo tally, the group's "
                  "plans (1월 10일, 12월 5일, 칸 추천), the live comments"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-28)
LAST = "2026-11-28"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    # 동물 전시
    ("au-me-wildlife-shelter", MCEE, OTH, "전시 금지 야생동물 거점 보호시설 2곳 2026년까지 (→ 경북 2027년 상반기)", "delayed",
     "충남 open (Feb 2026); 경북 moved to H1 2027 (Sep 2026, Nov 2026); made by 환경부"),
    ("au-me-cafe-transition-grant", MCEE, OTH, "야생동물 카페 업종 전환 지원금 최대 1,500만 원 2025년 하반기부터", "achieved",
     "paid from October 2025 (Feb 2026; 212곳 Nov 2026); made by 환경부"),
    ("au-me-zoo-inspector", MCEE, OTH, "동물원 전문 검사관 30명 2025년 안에 (→ 2026년 상반기)", "achieved",
     "18 and the rest moved to H1 2026 (Feb 2026); all 30 in June 2026 (Sep 2026, Nov 2026); made by 환경부"),
    ("au-me-cafe-census", MCEE, OTH, "야생동물 카페 전수 실태조사 결과 공개 2025년 9월까지", "achieved",
     "published in September 2025 (Feb 2026, Nov 2026); made by 환경부"),
    ("au-mof-beluga-seapen", MOF, OTH, "수족관 벨루가 바다쉼터 2026년까지 (입지 2025년 안에)", "cancelled",
     "dropped for better tanks (Sep 2026, Nov 2026)"),
    ("au-mcee-whitelist-200", MCEE, OTH, "지정관리 야생동물(백색목록) 200종 추가 2026년 하반기 중 (→ 120종 2027년 상반기)", "revised",
     "cut to 120 and moved to H1 2027 (Nov 2026)"),
    ("au-mcee-self-report", MCEE, OTH, "미신고 개인 사육 야생동물 자진 신고 과태료 면제 2026년 3월 말까지", "achieved",
     "12,400 reports by the end of March 2026 (Sep 2026, Nov 2026)"),
    ("au-mcee-foster-adoption", MCEE, OTH, "보호시설 동물 민간 위탁·입양 제도 2027년부터", "in_progress",
     "draft notice pre-announced (Nov 2026)"),
    ("au-mof-dolphin-touch-ban", MOF, OTH, "수족관 돌고래 먹이 주기·만지기 체험 전면 중단 2026년 말까지", "in_progress",
     "5 of 7 aquariums (Nov 2026)"),
    # 밤하늘
    ("au-me-light-zone-17", MCEE, OTH, "조명환경관리구역 11개 → 17개 시·도 모두 2026년까지 (→ 마지막 한 곳 2027년 상반기)", "delayed",
     "14 (Apr 2026); 16 and the last moved to H1 2027 (Nov 2026); made by 환경부"),
    ("au-me-light-emission-rule", MCEE, OTH, "빛방사 허용기준 강화 시행규칙 2025년 하반기 중", "achieved",
     "in force from January 2026 (late; Apr 2026, Nov 2026); made by 환경부"),
    ("au-me-dark-sky-park", MCEE, OTH, "밤하늘 보호공원 3곳 지정 2026년 상반기까지", "delayed",
     "one (Apr 2026); two after the deadline, the third on hold (Nov 2026); made by 환경부"),
    ("au-molit-road-lighting-rule", MOLIT, OTH, "도로조명 설치 기준 상향광 차단 개정 2025년 안에 (→ 2026년 6월)", "achieved",
     "moved to June 2026 (Apr 2026); revised in June 2026 (Nov 2026)"),
    ("au-motie-shielded-led-ks", MOTI, IND, "차광형 LED 가로등 KS 표준 2026년 3월까지", "achieved",
     "set in March 2026 (on time; Apr 2026, Nov 2026); made by 산업통상자원부"),
    ("au-mcee-ad-light-midnight", MCEE, OTH, "옥외 광고 조명 자정 이후 소등 의무 2027년부터", "in_progress",
     "bill before the National Assembly (Nov 2026)"),
    ("au-mcst-starlight-routes", MCST, OTH, "'별빛 여행길' 10곳 선정 2026년 8월까지", "delayed",
     "never reported on again (the last page's ※ line names it with no news): its deadline (2026-08-31) passed with "
     "no report of achievement (date rule)"),
    ("au-me-light-meter-200", MCEE, OTH, "지자체 휴대용 빛 측정 장비 200대 보급 2025년", "cancelled",
     "dropped from the budget (Apr 2026, Nov 2026); made by 환경부"),
    # 아마추어 무선
    ("au-msit-station-notify", MSIT, TEL, "아마추어무선국 개설 허가 → 신고제 2025년 하반기부터", "achieved",
     "from 1 October 2025 (on time; Oct 2025, Nov 2026)"),
    ("au-msit-cbt-exam", MSIT, TEL, "아마추어 무선기사 자격시험 CBT 상시 시행 2025년 안에", "achieved",
     "trial in November 2025 (Oct 2025); always on from March 2026 (late; Nov 2026)"),
    ("au-msit-ham-band", MSIT, TEL, "아마추어 주파수 대역 확대 (분배표 개정) 2026년 상반기까지 (→ 2027년 말)", "delayed",
     "pre-announced (Oct 2025); moved to the end of 2027 (Nov 2026)"),
    ("au-mois-emcomm-volunteers", MOIS, TEL, "재난 비상통신 자원봉사자 200명 2025년", "achieved",
     "230 by September 2025 (Oct 2025, Nov 2026)"),
    ("au-mois-repeater-50", MOIS, TEL, "산간 재난용 무전 중계소 50곳 2026년까지 (→ 남은 9곳 2027년 상반기)", "delayed",
     "12 (Oct 2025); 41 and the rest moved to H1 2027 (Nov 2026)"),
    ("au-msit-school-radio-club", MSIT, TEL, "중·고교 무선 동아리 100곳 장비 지원 2026년부터", "cancelled",
     "dropped from the budget bill (Nov 2026)"),
    ("au-mois-drill-guideline", MOIS, TEL, "아마추어 무선 포함 비상통신 훈련 정례화 지침 2026년 상반기 중", "achieved",
     "issued in May 2026 (on time; Nov 2026)"),
    ("au-msit-callsign-online", MSIT, TEL, "호출부호 온라인 즉시 발급 2027년 상반기 중", "announced", ""),
    # 나눔 식품
    ("au-mohw-fridge-guideline", MOHW, OTH, "공유냉장고 위생 관리 지침 2025년 상반기 중 (→ 2026년 3월)", "achieved",
     "moved to March 2026 (Dec 2025); issued in March 2026 (Nov 2026)"),
    ("au-moef-donation-tax-credit", MOFE, FIS, "기부 식품 세액공제 대상 확대 2025년 7월 세법 개정안", "achieved",
     "in the bill, passed in December 2025 (Dec 2025, Nov 2026); made by 기획재정부, whose tax work went to 재정경제부 "
     "(its primary successor) on 2026-01-02"),
    ("au-kostat-food-loss-stat", NDO, OTH, "식품 손실·폐기 통계 첫 공표 2025년 안에 (→ 2026년 2월)", "achieved",
     "moved to February 2026 (Dec 2025, 국가데이터처); published in February 2026 (Nov 2026); made by 통계청"),
    ("au-mfds-expired-donation", MFDS, OTH, "소비기한 지난 일부 가공식품 기부 허용 기준 2025년 하반기", "cancelled",
     "withdrawn over safety concerns (Dec 2025, Nov 2026)"),
    ("au-mohw-foodbank-hubs", MOHW, OTH, "광역 푸드뱅크 냉장 물류 거점 10곳 2026년까지 (→ 8곳 2027년까지)", "revised",
     "4 (Dec 2025); cut to 8 by 2027 (Nov 2026)"),
    ("au-mfds-milk-date-label", MFDS, OTH, "우유 소비기한 표시 2027년부터", "announced",
     "restated with no news on the last page"),
    ("au-mfds-date-font-12pt", MFDS, OTH, "포장 식품 소비기한 글자 12포인트 이상 2026년 7월부터", "achieved",
     "from July 2026 (on time; Nov 2026)"),
    ("au-moef-small-shop-credit", MOFE, FIS, "작은 가게 식품 기부 세액공제율 15 → 25% 2026년 세법 개정안 (→ 20%, 2027년부터)",
     "revised", "20% from 2027 in the bill (Nov 2026, 재정경제부); made by 기획재정부"),
    # 무인점포
    ("au-knpa-theft-team", KNPA, OTH, "18개 시·도경찰청 무인점포 절도 전담팀 2025년 9월부터", "achieved",
     "set up in September 2025 (Jun 2026, Nov 2026)"),
    ("au-mss-security-kit", MSS, SUP, "소상공인 무인점포 5,000곳 출입 인증기·CCTV 지원 2025년 하반기 (→ 2026년 말)", "achieved",
     "3,200 and the rest moved to the end of 2026 (Jun 2026); all 5,000 in October 2026 (Nov 2026)"),
    ("au-mfds-unmanned-hygiene", MFDS, OTH, "무인 아이스크림·밀키트 판매점 위생 관리 기준 2025년 말까지", "achieved",
     "issued in December 2025 (on time; Jun 2026, Nov 2026)"),
    ("au-knpa-theft-stats", KNPA, OTH, "무인점포 절도 통계 분기별 공개 2025년 4분기부터", "cancelled",
     "dropped over copycat fears (Jun 2026, Nov 2026)"),
    ("au-ftc-studycafe-refund", FTC, OTH, "무인 스터디카페 이용권 환불 표준약관 2026년 하반기 중", "achieved",
     "in October 2026 (on time; Nov 2026)"),
    ("au-mss-night-insurance", MSS, SUP, "소상공인 무인점포 야간 화재·도난 보험료 절반 지원 2026년 9월부터 (→ 2027년 초)", "delayed",
     "moved to early 2027 (Nov 2026)"),
    ("au-mss-unmanned-guide", MSS, SUP, "무인점포 운영 안내서 2027년 3월 말까지", "announced", ""),
]


if __name__ == "__main__":
    write(ROOT, "au", PAGES, COMMITMENTS, LAST,
          ["ministry = the responsible body under the name valid on that date (환경부's promises are listed under",
           "기후에너지환경부, its successor from 2025-10-01; 산업통상자원부's standard under 산업통상부, its successor from",
           "2025-10-01; 통계청's statistic under 국가데이터처, its successor from 2025-10-01; 기획재정부's two tax promises",
           "under 재정경제부, which took its tax work (its primary successor) on 2026-01-02; every other body kept its name",
           "through 2026-11-28)."],
          with_commitments="--commitments" in sys.argv[1:])
