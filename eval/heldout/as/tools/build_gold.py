"""Writes the hand annotations of held-out set as to gold/*.toml.

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

MAFRA = "농림축산식품부"
MOIS = "행정안전부"
KMA = "기상청"
MOLIT = "국토교통부"
RDA = "농촌진흥청"
KFS = "산림청"
MCST = "문화체육관광부"
MSIT = "과학기술정보통신부"       # 우정사업본부's promise (the 본부 is under it; not a row of ministries.csv)
MOEL = "고용노동부"
KNPA = "경찰청"
ME = "환경부"                      # until 2025-09-30
MCEE = "기후에너지환경부"           # from 2025-10-01, 환경부's successor
MOTIE = "산업통상자원부"            # until 2025-09-30
MOTI = "산업통상부"                # from 2025-10-01, 산업통상자원부's successor
KOSTAT = "통계청"                 # until 2025-09-30
NDO = "국가데이터처"               # from 2025-10-01, 통계청's successor
MOEF = "기획재정부"                # until 2026-01-01
MOFE = "재정경제부"                # from 2026-01-02, 기획재정부's primary successor (tax)

OTH = "other"      # 폭설, 영농폐기물, 가로수, 유원시설, 개 물림: no topic fits
FIS = "fiscal"     # 기획재정부 → 재정경제부's 부가가치세 환급 (세법, 부가가치세)
IND = "industry"   # 산업통상부's support for 제조업체 using recycled film (the cue 제조업)
CLI = "climate"    # 환경부 → 기후에너지환경부's 'shade street trees' as 기후 적응 (the cue 기후 on its pages)

LATE = "achieved after the deadline the commitment named; no deadline fields"
AGAIN = "an achievement restated: achieved again, no fields"
SHORT = "short after the deadline: delayed"
LATER = "deadline moved later: delayed, new date in deadline"

PAGES: list[dict] = []

# ---------------------------------------------------------------- 폭설 1/2 (a strawberry farm's shop notice on shipping after a greenhouse collapse)
FARM = "a `☞ ` line of the notice's '농사짓는 집에서 챙겨 본 정부 대책', whole with its marker; person ''"
PAGES.append(dict(
    source="2025-01-22_as_strawberry-farm-shipping-notice.txt",
    title="[출고 안내] 눈에 무너진 하우스 복구 중 — 설 선물 딸기 출고 일정을 다시 알려 드립니다",
    published_at="2025-01-22",
    mentions=[
        m("as-mafra-greenhouse-snow-std", "new", MAFRA, OTH,
          "[농원 한 줄] 설 선물 상자 1월 24일(금)까지 출고 · 무너진 3동은 3월 재건 · 농식품부, 비닐하우스 적설 기준 상반기 중 강화",
          deadline="2025-06-30", dtext="상반기 중",
          comment="the notice's [농원 한 줄] line (above the body): only its third item is a government commitment; "
                  "'농식품부' → 농림축산식품부. The page's date: only the photo's capture line '촬영 정보: "
                  "2025.01.22 07:08 … (오늘 아침 …)' with '오늘 아침 … 사진은 그때 찍은 것'; the shipping days "
                  "(1월 23일, 24일, 2월 3일), 설 연휴 and 3월 8일 are not the page's date"),
        m("as-mafra-greenhouse-snow-std", "new", MAFRA, OTH,
          "☞ 농림축산식품부는 상반기 중 비닐하우스 내재해형 설계기준을 고쳐, 지역마다 견뎌야 하는 적설 깊이를 지금보다 높이겠다고 했습니다.",
          deadline="2025-06-30", dtext="상반기 중", comment=FARM),
        m("as-mafra-collapse-demolition", "new", MAFRA, OTH,
          "☞ 눈에 무너진 비닐하우스는 2월부터 동당 최대 300만 원까지 철거비를 지원받을 수 있다고 합니다(농식품부).",
          target=3000000.0, unit="원", deadline="2025-02-28", dtext="2월부터",
          comment=FARM + "; the body in brackets; a cap per greenhouse as the target"),
        m("as-mafra-greenhouse-insurance", "new", MAFRA, OTH,
          "☞ 비닐하우스 농작물재해보험의 보험료 국고 지원 비율도 내년부터 50%에서 60%로 올린다고 합니다(농식품부).",
          target=60.0, unit="%", deadline="2026-12-31", dtext="내년부터", comment=FARM + "; 50% the baseline"),
        m("as-kma-heavy-snow-info", "new", KMA, OTH,
          "☞ 기상청은 올해 11월부터 눈 예보에 '무거운 눈(습설)' 정보를 따로 붙여, 하우스 농가가 미리 눈을 털어 낼 수 있게 하겠다고 밝혔습니다.",
          deadline="2025-11-30", dtext="올해 11월부터", comment=FARM),
        m("as-mois-snow-structure-check", "new", MOIS, OTH,
          "☞ 행정안전부는 10월까지 전통시장 아케이드, 체육관처럼 지붕이 넓고 가벼운 구조물 1만 2,000곳의 적설 취약 여부를 모두 점검하겠다고 했습니다.",
          target=12000.0, unit="곳", deadline="2025-10-31", dtext="10월까지", comment=FARM),
        m("as-molit-roof-snow-load", "new", MOLIT, OTH,
          "☞ 국토교통부는 연내 건축구조기준을 고쳐 물류창고·공장처럼 가벼운 지붕을 얹은 건물의 적설하중 기준을 높이기로 했습니다.",
          deadline="2025-12-31", dtext="연내", comment=FARM + "; other (공장 here is a kind of building, not industry policy)"),
        m("as-moef-greenhouse-vat", "new", MOEF, FIS,
          "☞ 기획재정부는 내재해형 하우스 자재를 살 때 낸 부가가치세를 내년부터 돌려주는 방안을 세법 개정안에 담겠다고 했습니다.",
          deadline="2026-12-31", dtext="내년부터", comment=FARM + "; fiscal (부가가치세, 세법)"),
        m("as-mafra-greenhouse-snow-std", "new", MAFRA, OTH,
          "상반기 중 기준을 고쳐 이번처럼 젖은 눈 한 번에 하우스가 주저앉는 일이 없게 하겠다",
          person="옥채운", deadline="2025-06-30", dtext="상반기 중",
          comment="the official's quote, between its quotation marks; person 옥채운 (농림축산식품부 원예경영과장). "
                  "Not annotated: '이미 지은 하우스는 농가가 알아서 보강해야 한다고 하니' (no promise), the farm's "
                  "own plans (3동 재건 3월 말까지, 못난이 딸기, 체험 3월 8일), the shipping table, the comments "
                  "(a neighbour's hearsay on where to apply)"),
    ]))

# ---------------------------------------------------------------- 영농폐기물 1/3 (a farm-supply shop's daily post under its tear-off calendar page)
SHOP = "a `▶ ` line of the post's '폐비닐, 농약병 — 올해는 이렇게 바뀐답니다', whole with its marker; person ''"
PAGES.append(dict(
    source="2025-03-14_as_farm-supply-tearoff-calendar.txt",
    title="멀칭 비닐 들어왔습니다 — 올해 달라지는 폐비닐·농약병 수거", published_at="2025-03-14",
    mentions=[
        m("as-me-film-bonus-120", "new", ME, OTH,
          "[사장님 한 줄] 흑색 멀칭 비닐 입고 · 폐비닐 수거보상금 7월부터 kg당 120원(환경부) · 가게 앞에 농약 빈병 수거함 새로 놓음",
          target=120.0, unit="원", deadline="2025-07-31", dtext="7월부터",
          comment="the post's [사장님 한 줄] line (above the body): only its second item is a government commitment; "
                  "a rate per kg as the target. The page's date: only the transcribed tear-off calendar page "
                  "'2025 을사년 ｜ 3月 ｜ 14 ｜ 金曜日 ｜ 음력 2월 15일 ｜ 경칩 지나 아흐레, 춘분까지 엿새' "
                  "(2025-03-14, a Friday; '내일은 토요일'); 4월 5일(토) and 3월 말 are not the page's date"),
        m("as-me-film-bonus-120", "new", ME, OTH,
          "▶ 환경부는 7월부터 농가가 모아 내는 영농 폐비닐 수거보상금을 kg당 80원에서 120원으로 올린다고 합니다.",
          target=120.0, unit="원", deadline="2025-07-31", dtext="7월부터", comment=SHOP + "; 80원 the baseline"),
        m("as-me-collection-yard-5000", "new", ME, OTH,
          "▶ 마을마다 폐비닐과 농약 빈병을 모아 두는 공동집하장을 2026년까지 5,000곳 새로 짓겠다는 계획도 내놨습니다(환경부).",
          target=5000.0, unit="곳", deadline="2026-12-31", dtext="2026년까지", comment=SHOP + "; the body in brackets"),
        m("as-me-pesticide-bottle-bonus", "new", ME, OTH,
          "▶ 지금은 보상금이 없는 농약 빈병과 빈 봉지도 하반기부터 모아 오면 보상금을 주겠다고 했습니다(환경부).",
          deadline="2025-12-31", dtext="하반기부터", comment=SHOP),
        m("as-mafra-biofilm-10000ha", "new", MAFRA, OTH,
          "▶ 농림축산식품부는 생분해 멀칭 필름을 올해 2,000ha에 보급하고, 2027년까지 1만 ha로 넓히겠다고 합니다.",
          target=10000.0, unit="ha", deadline="2027-12-31", dtext="2027년까지",
          comment=SHOP + "; one commitment with its end target (1만 ha by 2027); this year's 2,000ha is a step, not "
                         "annotated as a commitment of its own"),
        m("as-rda-burning-education", "new", RDA, OTH,
          "▶ 농촌진흥청은 상반기 중 농업인 3만 명에게 폐비닐·농약병 불법 소각을 막는 교육을 하겠다고 했습니다.",
          target=30000.0, unit="명", deadline="2025-06-30", dtext="상반기 중", comment=SHOP),
        m("as-kostat-farm-waste-stat", "new", KOSTAT, OTH,
          "▶ 통계청은 농가에서 한 해 나오는 영농 폐기물이 얼마나 되는지 연말까지 처음으로 통계를 내겠다고 했습니다.",
          deadline="2025-12-31", dtext="연말까지",
          comment=SHOP + "; 통계청 under its name on the page's date (국가데이터처 from 2025-10-01)"),
        m("as-rda-burning-education", "new", RDA, OTH,
          "상반기 안에 3만 명을 만나 밭에서 비닐 태우는 연기를 없애겠다",
          person="여다름", target=30000.0, unit="명", deadline="2025-06-30", dtext="상반기 안에",
          comment="the official's quote, between its quotation marks; person 여다름 (농촌진흥청 연구관). Not "
                  "annotated: '보상금이 오르면 … 늘겠지요' (the owner's guess), the shop's own plans (빈병 수거함, "
                  "사용 요령, 4월 5일 설명회, 배달), the fertiliser price, the comments (a village head's hearsay "
                  "on the county's 집하장: a county is no body of ministries.csv)"),
    ]))

# ---------------------------------------------------------------- 가로수 1/2 (an arborist firm's work-completion report with image descriptions)
ARB = "a `◇ ` line of the report's '가로수·조경수 가지치기, 나라 기준이 생깁니다', whole with its marker; person ''"
PAGES.append(dict(
    source="2025-04-02_as_arborist-pruning-report.txt",
    title="[작업 완료 보고] 물푸레마을 2단지 느티나무·왕벚나무 34주 가지치기 — '닭발'로 자르지 않았습니다",
    published_at="2025-04-02",
    mentions=[
        m("as-kfs-pruning-std", "new", KFS, OTH,
          "[작업 요약] 34주 중 31주 약전정, 3주는 위험 가지만 제거 · 산림청 가로수 가지치기 기준 상반기 중 고시 예정 · 2단지 다음 점검은 10월",
          deadline="2025-06-30", dtext="상반기 중",
          comment="the report's [작업 요약] line (above the body): only its second item is a government commitment. "
                  "The page's date: only the first image description '(이미지 설명) 2025년 4월 2일 수요일 오전, "
                  "작업을 마친 …' with '오늘 작업한 현장팀'; 10월, 5월 and 하반기 are the firm's"),
        m("as-kfs-pruning-std", "new", KFS, OTH,
          "◇ 산림청은 상반기 중 가로수 가지치기 기준을 고시해, 한 번에 수관의 25%가 넘게 잘라 내는 '강전정'을 원칙적으로 금지하겠다고 밝혔습니다.",
          deadline="2025-06-30", dtext="상반기 중", comment=ARB + "; 25% is the rule's threshold, not a target"),
        m("as-kfs-street-tree-map", "new", KFS, OTH,
          "◇ 전국 가로수를 한 그루씩 조사해 수종과 건강 상태를 담은 디지털 지도를 2026년까지 만들겠다는 계획도 나왔습니다(산림청).",
          deadline="2026-12-31", dtext="2026년까지", comment=ARB + "; the body in brackets"),
        m("as-kfs-tree-doctor-duty", "new", KFS, OTH,
          "◇ 산림청은 내년부터 지자체가 가로수 가지치기를 맡길 때 나무의사나 수목보호기술자가 반드시 현장에 참여하도록 하겠다고 했습니다.",
          deadline="2026-12-31", dtext="내년부터", comment=ARB),
        m("as-kfs-pruning-report-center", "new", KFS, OTH,
          "◇ 과도한 가지치기를 본 시민이 사진으로 알릴 수 있는 '가로수 신고센터'도 7월부터 문을 연다고 합니다(산림청).",
          deadline="2025-07-31", dtext="7월부터", comment=ARB),
        m("as-molit-root-zone-guide", "new", MOLIT, OTH,
          "◇ 국토교통부는 연내 도로 설계 지침을 고쳐 새로 만드는 보도에는 가로수 뿌리가 뻗을 식재 공간을 폭 1.5m 이상 두게 하겠다고 했습니다.",
          deadline="2025-12-31", dtext="연내", comment=ARB + "; 1.5m is a design width, not a target"),
        m("as-me-shade-street-300", "new", ME, CLI,
          "◇ 환경부는 폭염에 대비한 기후 적응 대책으로 2026년까지 도심에 '그늘 가로수길' 300km를 만들겠다고 밝혔습니다.",
          target=300.0, unit="km", deadline="2026-12-31", dtext="2026년까지",
          comment=ARB + "; climate: heat adaptation, named '기후 적응' (the cue 기후)"),
        m("as-kfs-pruning-std", "new", KFS, OTH,
          "상반기 중 기준을 고시해 가로수를 전봇대처럼 깎아 놓는 일은 없게 하겠다",
          person="염시후", deadline="2025-06-30", dtext="상반기 중",
          comment="the official's quote, between its quotation marks; person 염시후 (산림청 도시숲경관과장). Not "
                  "annotated: the works' facts, the firm's own plans (10월 점검, 나무 산책, 나무의사 채용), the "
                  "image descriptions, the residents' comments"),
    ]))

# ---------------------------------------------------------------- 유원시설 1/2 (a trampoline park's notice with its safety certificate transcribed)
JUMP = "a `✓ ` line of the notice's '나라 제도도 바뀝니다', whole with its marker; person ''"
PAGES.append(dict(
    source="2025-05-07_as_trampoline-park-certificate.txt",
    title="[안전] 폴짝파크 모래내점, 실내 놀이시설 안전 인증을 받았습니다 — 달라지는 놀이시설 안전 제도도 알려 드려요",
    published_at="2025-05-07",
    mentions=[
        m("as-mcst-trampoline-park-rule", "new", MCST, OTH,
          "[알림 한 줄] 안전 인증 통과 · 실내 트램펄린장도 하반기부터 놀이공원처럼 정기 검사(문체부) · 5월 12일(월)부터 평일 오전 10시 개장",
          deadline="2025-12-31", dtext="하반기부터",
          comment="the notice's [알림 한 줄] line (above the body): only its second item is a government commitment. "
                  "The page's date: only the certificate's date written in words, '이천이십오년 오월 칠일', with "
                  "'오늘 오전 … 받은 인증서'; 어린이날 연휴, 5월 12일(월) and 6월 are not the page's date"),
        m("as-mcst-trampoline-park-rule", "new", MCST, OTH,
          "✓ 문화체육관광부는 하반기 중 관광진흥법 시행규칙을 고쳐 트램펄린 파크 같은 실내 놀이시설도 유원시설업으로 등록하고 정기 안전성 검사를 받게 하겠다고 밝혔습니다.",
          deadline="2025-12-31", dtext="하반기 중", comment=JUMP),
        m("as-mcst-inspection-twice", "new", MCST, OTH,
          "✓ 문체부는 놀이기구 정기 안전성 검사를 내년부터 한 해 한 번에서 두 번으로 늘린다고 합니다.",
          target=2.0, unit="번", deadline="2026-12-31", dtext="내년부터",
          comment=JUMP + "; '문체부' → 문화체육관광부; the yearly count as the target"),
        m("as-mcst-manager-education", "new", MCST, OTH,
          "✓ 7월부터는 유원시설의 안전관리자가 해마다 8시간씩 안전 교육을 반드시 받아야 합니다(문화체육관광부).",
          deadline="2025-07-31", dtext="7월부터", comment=JUMP + "; the body in brackets; 8시간 a rule, not a target"),
        m("as-motie-home-trampoline-std", "new", MOTIE, OTH,
          "✓ 산업통상자원부 국가기술표준원은 연내 가정용 트램펄린 안전기준을 고쳐 그물망과 스프링 덮개를 꼭 달도록 하겠다고 했습니다.",
          deadline="2025-12-31", dtext="연내",
          comment=JUMP + "; 국가기술표준원 is 산업통상자원부's agency (not a row of ministries.csv); other (a product "
                         "safety standard, no industry policy)"),
        m("as-mois-festival-ride-check", "new", MOIS, OTH,
          "✓ 행정안전부는 이달부터 지역 축제의 안전관리계획을 심의할 때 이동식 놀이기구 점검 결과가 없으면 승인하지 않겠다고 했습니다.",
          deadline="2025-05-31", dtext="이달부터", comment=JUMP + "; '이달부터' (May 2025) → 2025-05-31"),
        m("as-mcst-mobile-ride-registry", "new", MCST, OTH,
          "✓ 축제를 따라 전국을 도는 이동식 놀이기구는 내년 상반기까지 등록과 점검 이력을 한눈에 보는 전산 시스템을 만든다고 합니다(문체부).",
          deadline="2026-06-30", dtext="내년 상반기까지", comment=JUMP),
        m("as-mcst-trampoline-park-rule", "new", MCST, OTH,
          "하반기 중 제도를 고쳐 아이들이 뛰노는 실내 놀이시설도 놀이공원과 같은 기준으로 검사받게 하겠다",
          person="추윤서", deadline="2025-12-31", dtext="하반기 중",
          comment="the official's quote, between its quotation marks; person 추윤서 (문화체육관광부 관광산업정책과장). "
                  "Not annotated: the private certificate (a civic body's, not a ministry's), the park's own rules "
                  "and plans (안전 요원 8명 6월부터, 점검표, 운영 시간), the comments"),
    ]))

# ---------------------------------------------------------------- 개 물림 1/2 (a dog-training academy's special-class report)
DOG = "a `▪ ` line of the report's '물림 사고, 정부는 이렇게 하겠다고 합니다', whole with its marker; person ''"
PAGES.append(dict(
    source="2025-07-12_as_dog-academy-bite-class.txt",
    title="[특강 후기] 물림 사고 예방 보호자 교실 — 무사고 1,000일 기념 무료 특강을 마치고",
    published_at="2025-07-12",
    mentions=[
        m("as-mafra-temperament-evaluators", "new", MAFRA, OTH,
          "[오늘 특강 요약] 14가족 참석 · 맹견 기질평가 위원 연말까지 150명으로(농식품부) · 8월부터 달마다 보호자 교실",
          target=150.0, unit="명", deadline="2025-12-31", dtext="연말까지",
          comment="the report's [오늘 특강 요약] line (above the body): only its second item is a government "
                  "commitment. The page's date: only the banner '개원한 날(2022. 10. 16.)로부터 무사고 1,000일이 "
                  "지난 오늘' (2022-10-16 + 1,000 days = Saturday 2025-07-12) with '토요일 아침반'; 8월, 9월 and "
                  "'둘째 토요일' are the academy's"),
        m("as-mafra-temperament-evaluators", "new", MAFRA, OTH,
          "▪ 농림축산식품부는 맹견 사육허가에 필요한 기질평가를 맡을 평가위원을 연말까지 60명에서 150명으로 늘리겠다고 했습니다.",
          target=150.0, unit="명", deadline="2025-12-31", dtext="연말까지", comment=DOG + "; 60명 the baseline"),
        m("as-mafra-bite-statistics", "new", MAFRA, OTH,
          "▪ 흩어져 있던 개물림 사고 자료를 소방 출동 기록, 병원 진료 기록과 묶어 하반기 중 처음으로 통계로 공개한다고 합니다(농식품부).",
          deadline="2025-12-31", dtext="하반기 중", comment=DOG + "; the body in brackets"),
        m("as-mafra-etiquette-class", "new", MAFRA, OTH,
          "▪ 올해 반려견 보호자 1만 가구에 무료 '반려견 예절교육'을 지원한다는 계획도 나왔습니다(농식품부).",
          target=10000.0, unit="가구", deadline="2025-12-31", dtext="올해", comment=DOG),
        m("as-mafra-accident-dog-order", "new", MAFRA, OTH,
          "▪ 사람을 문 적이 있는 개에게 입마개와 교육을 명령할 수 있는 '사고견 관리 명령제'는 동물보호법을 고쳐 내년 하반기부터 시행하는 것이 목표라고 합니다(농식품부).",
          deadline="2026-12-31", dtext="내년 하반기부터", comment=DOG),
        m("as-msit-carrier-bite-kit", "new", MSIT, OTH,
          "▪ 우체국 집배원의 물림 사고가 잦다 보니, 과학기술정보통신부 우정사업본부는 9월까지 집배원 1만 6,000명 모두에게 개 기피 스프레이와 다리 보호대를 나눠 주겠다고 했습니다.",
          target=16000.0, unit="명", deadline="2025-09-30", dtext="9월까지",
          comment=DOG + "; 우정사업본부 is under 과학기술정보통신부 (no row of its own); other (no telecom matter)"),
        m("as-moel-visit-worker-guide", "new", MOEL, OTH,
          "▪ 고용노동부는 하반기 중 가스 검침원, 방문 간호사처럼 남의 집을 찾아가 일하는 노동자가 개에 물렸을 때의 산재 처리 지침과 사업주 안전 수칙을 내놓겠다고 했습니다.",
          deadline="2025-12-31", dtext="하반기 중", comment=DOG),
        m("as-mafra-temperament-evaluators", "new", MAFRA, OTH,
          "연말까지 평가위원을 150명으로 늘려 기질평가를 받으려고 몇 달씩 기다리는 일을 없애겠다",
          person="인세아", target=150.0, unit="명", deadline="2025-12-31", dtext="연말까지",
          comment="the official's quote, between its quotation marks; person 인세아 (농림축산식품부 "
                  "반려산업동물의료과장). Not annotated: the trainer's advice, the academy's own plans (보호자 "
                  "교실 8월부터, 평가 준비반 9월, 리드줄, 할인), the comments"),
    ]))

# ---------------------------------------------------------------- 영농폐기물 2/3 (a recycler's fax to village heads, posted with its transmission header)
FAX = "a `가.`–`사.` item of the fax's '3. 정부 소식', whole with its marker; person ''"
P6_S = "[팩스 요지] 수거 11월 24일~12월 12일 · 폐비닐 보상금 kg당 120원 지급 중 · 농약병 보상금은 내년 3월로 밀림"
PAGES.append(dict(
    source="2025-11-18_as_recycler-fax-to-village-heads.txt",
    title="[이장님께] 가을걷이 뒤 영농 폐비닐·농약 빈병 수거 일정과 바뀐 보상금 안내", published_at="2025-11-18",
    mentions=[
        m("as-me-film-bonus-120", "achieved", MCEE, OTH, P6_S,
          comment="the fax's [팩스 요지] line (above the body): the first item is the recycler's own; second item: "
                  "paid at 120원 (from July, on time): achieved, no fields; 기후에너지환경부 (named in 가.), 환경부's "
                  "successor on the page's date. The page's date: only the fax transmission header '2025-11-18 화 "
                  "08:47 FROM (주)새땅자원 …' (and its P.2/2 line); the collection days and 12월 15일(월) are not"),
        m("as-me-pesticide-bottle-bonus", "delayed", MCEE, OTH, P6_S, deadline="2026-03-31", dtext="내년 3월로",
          comment="third item: " + LATER + "; no earlier date named in the item"),
        m("as-me-film-bonus-120", "achieved", MCEE, OTH,
          "가. 기후에너지환경부는 7월부터 영농 폐비닐 수거보상금을 kg당 120원으로 올려 지급하고 있습니다.",
          comment=FAX + "; raised from July (on time): achieved, no fields"),
        m("as-me-collection-yard-5000", "progress", MCEE, OTH,
          "나. 마을 공동집하장은 2026년까지 5,000곳을 짓기로 한 가운데 지금까지 1,800곳이 지어졌습니다(기후에너지환경부).",
          target=5000.0, unit="곳", deadline="2026-12-31", dtext="2026년까지", comment=FAX + "; 1,800 before the deadline: progress"),
        m("as-me-pesticide-bottle-bonus", "delayed", MCEE, OTH,
          "다. 하반기부터 주겠다던 농약 빈병·빈 봉지 보상금은 예산이 늦게 잡혀 내년 3월로 미뤄졌습니다(기후에너지환경부).",
          deadline="2026-03-31", dtext="내년 3월로", prev="2025-12-31",
          comment=FAX + "; " + LATER + "; the missed '하반기부터' (2025) in previous_deadline"),
        m("as-rda-burning-education", "achieved", RDA, OTH,
          "라. 농촌진흥청은 상반기 중 하겠다던 불법 소각 예방 교육을 6월까지 농업인 3만 2,000명에게 마쳤다고 밝혔습니다.",
          comment=FAX + "; 3만 2,000 by June (on time, over the target): achieved, no fields"),
        m("as-mafra-biofilm-10000ha", "progress", MAFRA, OTH,
          "마. 농림축산식품부에 따르면 생분해 멀칭 필름은 올해 2,300ha에 보급돼, 2027년까지 1만 ha로 넓힌다는 목표를 향해 가고 있습니다.",
          target=10000.0, unit="ha", deadline="2027-12-31", dtext="2027년까지", comment=FAX + "; 2,300ha before the deadline: progress"),
        m("as-kostat-farm-waste-stat", "progress", NDO, OTH,
          "바. 국가데이터처(옛 통계청)는 영농 폐기물 발생량 조사를 마치고 12월 중 첫 통계를 공표한다고 합니다.",
          deadline="2025-12-31", dtext="12월 중",
          comment=FAX + "; the survey done, the publication due within the promised year: progress; 국가데이터처, "
                        "통계청's successor"),
        m("as-mcee-pickup-text-alert", "new", MCEE, OTH,
          "사. 기후에너지환경부는 내년 상반기부터 전국 모든 군에서 폐비닐 수거 차량이 오는 날을 하루 전에 문자로 알려 주는 서비스를 하겠다고 했습니다.",
          deadline="2026-06-30", dtext="내년 상반기부터", comment=FAX),
        m("as-me-pesticide-bottle-bonus", "delayed", MCEE, OTH,
          "내년 3월에는 농약 빈병 보상금을 반드시 드리겠다",
          person="맹하진", deadline="2026-03-31", dtext="내년 3월에는",
          comment="the official's quote, between its quotation marks; person 맹하진 (기후에너지환경부 자원재활용과장); "
                  "it restates the moved date on the page that reports the delay: delayed with the new date (no "
                  "previous date in the quote). Not annotated: the collection table, the recycler's own requests "
                  "and plans (트럭 세 대, 12월 12일, 설비 점검), its tonnage (410톤, context), the comments"),
    ]))

# ---------------------------------------------------------------- 폭설 2/2 (the farm's child's picture diary, with the mother's notes)
KID = "a `◎ ` line of the mother's '엄마가 덧붙이는 농사 이야기', whole with its marker; person ''"
PAGES.append(dict(
    source="2025-12-04_as_strawberry-kid-picture-diary.txt",
    title="[보람이 그림일기 #31] 눈사람과 새 3동", published_at="2025-12-04",
    mentions=[
        m("as-kma-heavy-snow-info", "achieved", KMA, OTH,
          "[엄마 메모 한 줄] 첫눈이 함박눈 · 새로 지은 3동은 끄떡없음 · 기상청 '무거운 눈' 예보 11월부터 시작",
          comment="the post's [엄마 메모 한 줄] line (above the body): only its third item is a government "
                  "commitment; started in November (on time): achieved, no fields. The page's date: only the "
                  "picture diary's head '날짜: 2025년 12월 4일 목요일 날씨: ☃ 함박눈' with the mother's '오늘 "
                  "새벽 첫눈'; 12월 15일(월), 1월 10일(토) and '올해 1월' are not the page's date"),
        m("as-kma-heavy-snow-info", "achieved", KMA, OTH,
          "◎ 기상청이 약속대로 11월부터 눈 예보에 '무거운 눈' 표시를 붙이기 시작해, 어젯밤 예보를 보고 미리 하우스 난방을 올려 둘 수 있었습니다.",
          comment=KID + "; started in November (on time): achieved, no fields"),
        m("as-mafra-greenhouse-snow-std", "achieved", MAFRA, OTH,
          "◎ 농림축산식품부는 지난 6월 비닐하우스 내재해형 설계기준을 고쳐 우리 지역의 적설 기준을 높였고, 새로 지은 3동도 이 기준에 맞췄습니다.",
          comment=KID + "; done in June (on time): achieved, no fields"),
        m("as-mafra-collapse-demolition", "achieved", MAFRA, OTH,
          "◎ 2월부터 준다던 무너진 하우스 철거비는 서류 심사가 밀려 4월에야 받았습니다(농식품부).",
          comment=KID + "; " + LATE + " (paid in April, not from February)"),
        m("as-mafra-greenhouse-insurance", "revision", MAFRA, OTH,
          "◎ 내년부터 60%로 올리겠다던 재해보험료 국고 지원은 예산 협의 끝에 55%로 낮춰 내년 1월 가입분부터 적용된답니다(농식품부).",
          target=55.0, unit="%", deadline="2026-01-31", dtext="내년 1월 가입분부터",
          comment=KID + "; the target cut (60 → 55%) with its start named: revision with the new target; no "
                        "missed date (the old one, 2026, has not passed)"),
        m("as-mois-snow-structure-check", "delayed", MOIS, OTH,
          "◎ 행정안전부가 10월까지 마치겠다던 전통시장 아케이드·체육관 지붕 1만 2,000곳 점검은 8,900곳에서 멈췄고, 행안부는 나머지를 내년 2월까지 마치겠다고 했습니다.",
          target=12000.0, unit="곳", deadline="2026-02-28", dtext="내년 2월까지", prev="2025-10-31",
          comment=KID + "; " + SHORT + " with the rest moved: delayed with the new date; the missed '10월까지' in "
                        "previous_deadline; the clause names the target"),
        m("as-molit-roof-snow-load", "progress", MOLIT, OTH,
          "◎ 국토교통부는 물류창고·공장 지붕의 적설하중 기준을 높이는 건축구조기준 개정안의 행정예고를 마쳤고, 이달 안에 고시하겠다고 합니다.",
          deadline="2025-12-31", dtext="이달 안에",
          comment=KID + "; pre-announced, due within the promised year ('이달 안에', December 2025): progress"),
        m("as-moef-greenhouse-vat", "progress", MOEF, FIS,
          "◎ 기획재정부는 내재해형 하우스 자재의 부가가치세 환급을 담은 세법 개정안이 국회를 통과해 내년 1월부터 적용한다고 밝혔습니다.",
          deadline="2026-01-31", dtext="내년 1월부터",
          comment=KID + "; the law passed, in force from January (within the promised 2026): progress; 기획재정부 "
                        "still (the split came on 2026-01-02)"),
        m("as-mois-mini-snowplow", "new", MOIS, OTH,
          "◎ 행정안전부는 눈이 많이 오는 산골 마을에 소형 제설기 1,000대를 내년 11월까지 나눠 주겠다고 새로 밝혔습니다.",
          target=1000.0, unit="대", deadline="2026-11-30", dtext="내년 11월까지", comment=KID + "; a new promise"),
        m("as-mois-mini-snowplow", "new", MOIS, OTH,
          "내년 11월까지 제설기 1,000대를 보내 눈 오는 날 고립되는 마을이 없게 하겠다",
          person="편지호", target=1000.0, unit="대", deadline="2026-11-30", dtext="내년 11월까지",
          comment="the official's quote, between its quotation marks; person 편지호 (행정안전부 자연재난대응과장). "
                  "Not annotated: the child's diary (the teacher's text message, the snowman), the farm's own news "
                  "(첫 상자 12월 15일, 체험 1월 10일), the comments (a neighbour's April payment)"),
    ]))

# ---------------------------------------------------------------- 가로수 2/2 (a landscaper's published quotation with its explanation)
QUO = "a numbered `(n)` line of the quotation post's '왜 가로수는 견적에 없나요', whole with its marker; person ''"
PAGES.append(dict(
    source="2026-03-09_as_landscaper-public-quote.txt",
    title="[견적 공개] 매화로 상가 번영회 화단 정비 — \"가로수도 같이 잘라 주세요\"에 대한 답",
    published_at="2026-03-09",
    mentions=[
        m("as-kfs-pruning-std", "achieved", KFS, OTH,
          "[견적 요약] 화단 정비 합계 412만 원 · 가로수는 구청 허가 사항이라 견적에서 뺌 · 가로수 가지치기 기준은 지난해 5월부터 시행(산림청)",
          comment="the post's [견적 요약] line (above the body): only its third item is a government commitment; "
                  "achieved, no fields. The page's date: only the quotation's '견적일자: 2026년 3월 9일 (월) — "
                  "오늘 오전 현장 실측 후 작성'; 3월 23일(월), 22일 and the 30-day validity are not the page's date"),
        m("as-kfs-pruning-std", "achieved", KFS, OTH,
          "(1) 산림청은 지난해 5월 가로수 가지치기 기준을 고시해, 한 번에 수관의 25%가 넘게 잘라 내는 강전정을 원칙적으로 금지했습니다.",
          comment=QUO + "; published in May 2025 (on time): achieved, no fields"),
        m("as-kfs-pruning-report-center", "achieved", KFS, OTH,
          "(2) 지난해 7월 문을 연 산림청 '가로수 신고센터'에는 과도한 가지치기 신고가 꾸준히 들어온다고 합니다.",
          comment=QUO + "; opened in July 2025 (on time): achieved, no fields"),
        m("as-kfs-street-tree-map", "progress", KFS, OTH,
          "(3) 산림청이 2026년까지 만들겠다던 전국 가로수 디지털 지도는 지금까지 가로수의 43%를 조사했습니다.",
          deadline="2026-12-31", dtext="2026년까지", comment=QUO + "; 43% surveyed before the deadline: progress"),
        m("as-kfs-tree-doctor-duty", "delayed", KFS, OTH,
          "(4) 올해부터 하겠다던 가로수 가지치기 현장의 나무의사 참여 의무화는 지자체 인력 사정으로 2027년으로 1년 미뤄졌습니다(산림청).",
          deadline="2027-12-31", dtext="2027년으로", prev="2026-12-31",
          comment=QUO + "; " + LATER + "; the '올해부터' (2026) in previous_deadline"),
        m("as-molit-root-zone-guide", "delayed", MOLIT, OTH,
          "(5) 국토교통부가 연내 고치겠다던 보도 식재 공간 1.5m 지침은 아직 개정되지 않았고, 국토부는 올해 6월까지 마치겠다고 했습니다.",
          deadline="2026-06-30", dtext="올해 6월까지", prev="2025-12-31",
          comment=QUO + "; " + LATER + "; the missed '연내' (2025) in previous_deadline"),
        m("as-me-shade-street-300", "progress", MCEE, CLI,
          "(6) 기후에너지환경부는 2026년까지 300km를 만들겠다던 기후 적응 '그늘 가로수길'이 지금까지 120km 조성됐다고 밝혔습니다.",
          target=300.0, unit="km", deadline="2026-12-31", dtext="2026년까지",
          comment=QUO + "; 120km before the deadline: progress; promised by 환경부, 기후에너지환경부 on the page's date"),
        m("as-kfs-replant-50000", "new", KFS, OTH,
          "(7) 산림청은 올해 안에 말라 죽거나 훼손된 가로수 5만 그루를 새로 심겠다고 했습니다.",
          target=50000.0, unit="그루", deadline="2026-12-31", dtext="올해 안에", comment=QUO),
        m("as-molit-tree-grate-pilot", "new", MOLIT, OTH,
          "(8) 국토교통부는 하반기에 시범 도시 10곳에서 가로수 뿌리 위를 덮는 보호 덮개를 물이 스미는 소재로 바꾸겠다고 했습니다.",
          target=10.0, unit="곳", deadline="2026-12-31", dtext="하반기에",
          comment=QUO + "; never reported on again; its date is ahead: announced"),
        m("as-kfs-replant-50000", "new", KFS, OTH,
          "올해 안에 5만 그루를 다시 심어 빈 가로수 자리를 채우겠다",
          person="염시후", target=50000.0, unit="그루", deadline="2026-12-31", dtext="올해 안에",
          comment="the official's quote, between its quotation marks; person 염시후 (산림청 도시숲경관과장). Not "
                  "annotated: the quotation's items and sums, '구청도 간판을 가리는 가지는 … 정리해 주는 편' (a "
                  "district office's habit), the firm's own plans (착공 3월 23일, 통로 1m, 서식, 나무의사 시험), "
                  "the questions and answers"),
    ]))

# ---------------------------------------------------------------- 유원시설 2/2 (a kindergarten class's field-trip photo album with a note to parents)
KG = "a `★ ` line of the teacher's '학부모님께 — 놀이시설 안전 제도, 이렇게 바뀌었어요', whole with its marker; person ''"
PAGES.append(dict(
    source="2026-05-14_as_kindergarten-field-trip-album.txt",
    title="[현장학습] 해님반, 모래내 어린이 놀이동산에 다녀왔어요 🎠", published_at="2026-05-14",
    mentions=[
        m("as-mcst-trampoline-park-rule", "achieved", MCST, OTH,
          "[학부모님께 한 줄] 다친 친구 없이 즐겁게 다녀왔어요 · 실내 트램펄린장도 올해 2월부터 정기 안전 검사 대상(문체부) · 다음 현장학습은 6월 숲 체험",
          comment="the album's [학부모님께 한 줄] line (above the body): only its second item is a government "
                  "commitment; in force from February 2026 (late for 2025): achieved, no fields. The page's date: "
                  "only the caption of photo 1, the weather helper's '오늘은 오월 십사일 목요일!', with the year "
                  "from '2026학년도' in the breadcrumb; 6월 11일(목), 4월 and 10월 are not the page's date"),
        m("as-mcst-trampoline-park-rule", "achieved", MCST, OTH,
          "★ 문화체육관광부가 지난해 하반기 중 하겠다던 실내 놀이시설의 유원시설업 편입은 조금 늦은 올해 2월 시행돼, 트램펄린 파크도 이제 정기 안전성 검사를 받습니다.",
          comment=KG + "; " + LATE),
        m("as-mcst-inspection-twice", "progress", MCST, OTH,
          "★ 올해부터 놀이기구 정기 안전성 검사가 한 해 두 번으로 늘어, 오늘 간 놀이동산도 4월에 첫 검사를 마쳤고 두 번째 검사는 10월에 받는다고 합니다(문체부).",
          target=2.0, unit="번", deadline="2026-12-31", dtext="올해부터",
          comment=KG + "; in force, the first of the two yearly inspections done: progress (the year's second "
                       "inspection still to come)"),
        m("as-mcst-manager-education", "achieved", MCST, OTH,
          "★ 지난해 7월부터 유원시설 안전관리자는 해마다 안전 교육을 받아야 해서, 놀이동산 안전관리자 선생님도 교육 수료증을 보여 주셨어요(문체부).",
          comment=KG + "; in force from July 2025 (on time): achieved, no fields"),
        m("as-motie-home-trampoline-std", "delayed", MOTI, OTH,
          "★ 산업통상부는 지난해 연내 고치겠다던 가정용 트램펄린 안전기준을 아직 고시하지 못했고, 하반기 중 마치겠다고 했습니다.",
          deadline="2026-12-31", dtext="하반기 중", prev="2025-12-31",
          comment=KG + "; " + LATER + "; 산업통상부, 산업통상자원부's successor; the missed '연내' (2025) in "
                       "previous_deadline"),
        m("as-mois-festival-ride-check", "achieved", MOIS, OTH,
          "★ 지역 축제의 이동식 놀이기구는 지난해 5월부터 점검 결과가 없으면 축제 안전관리계획이 승인되지 않는다고 합니다(행정안전부).",
          comment=KG + "; in force from May 2025 (on time): achieved, no fields"),
        m("as-mcst-mobile-ride-registry", "progress", MCST, OTH,
          "★ 문체부는 이동식 놀이기구의 등록·점검 이력을 보는 전산 시스템을 시험 운영하고 있고, 6월에 정식으로 연다고 합니다.",
          deadline="2026-06-30", dtext="6월에",
          comment=KG + "; on trial, the launch within the promised H1 2026: progress"),
        m("as-mcst-accident-disclosure", "new", MCST, OTH,
          "★ 문화체육관광부는 연말까지 유원시설마다 사고 이력을 누리집에 공개하겠다고 새로 밝혔습니다.",
          deadline="2026-12-31", dtext="연말까지", comment=KG + "; a new promise; never reported on again (announced)"),
        m("as-mcst-accident-disclosure", "new", MCST, OTH,
          "연말까지 사고 이력을 공개해 부모님들이 놀이기구를 골라 탈 수 있게 하겠다",
          person="추윤서", deadline="2026-12-31", dtext="연말까지",
          comment="the official's quote (as reported), between its quotation marks; person 추윤서 (문화체육관광부 "
                  "관광산업정책과장). Not annotated: the captions and the day's story (the park's inspection sticker), "
                  "the class's own plans (6월 11일 숲 체험), the parents' comments"),
    ]))

# ---------------------------------------------------------------- 개 물림 2/2 (a gas company's meter-reading team: the morning whiteboard, transcribed)
WB = "a `◈ ` line of the team leader's '개 물림, 나라 대책은 지금 어디까지', whole with its marker; person ''"
PAGES.append(dict(
    source="2026-07-14_as_meter-reader-whiteboard.txt",
    title="[오늘 보드] 폭염경보 · 주의 세대 2곳 · 개 물림 대책 정리 — 2026 여름 안전 캠페인 3주 차",
    published_at="2026-07-14",
    mentions=[
        m("as-moel-visit-worker-guide", "delayed", MOEL, OTH,
          "[오늘 보드 요약] 폭염경보, 14~16시 실외 쉬기 · 주의 세대 2곳은 2인 1조 · 방문 노동자 개물림 산재 지침, 올해 말로 밀려(노동부)",
          deadline="2026-12-31", dtext="올해 말로",
          comment="the post's [오늘 보드 요약] line (above the body): only its third item is a government commitment; "
                  + LATER + "; no earlier date named in the item; '노동부' → 고용노동부. The page's date: only the "
                  "whiteboard's '날짜: 7 / 14 (화)' with the year from the title's '2026 여름 안전 캠페인'; "
                  "'금요일까지', 8월 and 9월 are not the page's date"),
        m("as-moel-visit-worker-guide", "delayed", MOEL, OTH,
          "◈ 고용노동부는 지난해 하반기 중 내겠다던 방문 노동자 개물림 산재 처리 지침을 아직 내지 못했고, 올해 말로 미뤘습니다.",
          deadline="2026-12-31", dtext="올해 말로", prev="2025-12-31",
          comment=WB + "; " + LATER + "; the missed '지난해 하반기 중' in previous_deadline"),
        m("as-mafra-temperament-evaluators", "delayed", MAFRA, OTH,
          "◈ 농림축산식품부가 지난해 말까지 150명으로 늘리겠다던 맹견 기질평가 위원은 지금 110명입니다.",
          target=150.0, unit="명", prev="2025-12-31",
          comment=WB + "; " + SHORT + " (110 of 150); the missed '지난해 말까지' in previous_deadline; the clause "
                       "names the target"),
        m("as-mafra-bite-statistics", "achieved", MAFRA, OTH,
          "◈ 개물림 사고 통계는 지난해 12월 처음 공개됐고, 한 해 2,300여 건 가운데 배달·검침 같은 방문 업무 중 사고가 9%였습니다(농식품부).",
          comment=WB + "; published in December 2025 (on time): achieved, no fields; 2,300 and 9% are the "
                       "statistic's content"),
        m("as-msit-carrier-bite-kit", "achieved", MSIT, OTH,
          "◈ 우체국 집배원 1만 6,000명에게는 지난해 9월까지 개 기피 스프레이와 다리 보호대가 모두 지급됐다고 합니다(과학기술정보통신부).",
          comment=WB + "; all handed out by September 2025 (on time): achieved, no fields"),
        m("as-mafra-etiquette-class", "cancelled", MAFRA, OTH,
          "◈ 농식품부가 지난해 1만 가구에 주겠다던 무료 반려견 예절교육은 6,000가구에 그쳤고, 올해는 예산이 빠져 사업이 없어졌습니다.",
          comment=WB + "; short in 2025 and the programme dropped in 2026 ('사업이 없어졌습니다'): cancelled, no "
                       "fields (예산 here the circumstance)"),
        m("as-mafra-accident-dog-order", "progress", MAFRA, OTH,
          "◈ 사람을 문 개에게 입마개와 교육을 명령하는 '사고견 관리 명령제'는 동물보호법 개정안이 국회를 통과해 10월부터 시행됩니다(농식품부).",
          deadline="2026-10-31", dtext="10월부터",
          comment=WB + "; the law passed, in force from October (within the promised H2 2026): progress"),
        m("as-mafra-large-dog-insurance", "new", MAFRA, OTH,
          "◈ 농식품부는 내년부터 몸무게 25kg이 넘는 반려견의 보호자도 배상책임보험에 들도록 하겠다고 했습니다.",
          deadline="2027-12-31", dtext="내년부터", comment=WB + "; a new promise; 25kg a threshold, not a target"),
        m("as-knpa-bite-manual", "new", KNPA, OTH,
          "◈ 경찰청은 9월까지 개물림 사고가 났을 때 견주의 과실을 따지는 수사 매뉴얼을 만들어 전국 경찰서에 보내겠다고 했습니다.",
          deadline="2026-09-30", dtext="9월까지",
          comment=WB + "; never reported on again (the last page does not list it): the date rule makes it delayed"),
        m("as-moel-visit-worker-guide", "delayed", MOEL, OTH,
          "올해 말까지는 반드시 지침을 내 검침원이 물려도 산재를 인정받지 못하는 일이 없게 하겠다",
          person="함주원", deadline="2026-12-31", dtext="올해 말까지는",
          comment="the official's quote (as reported), between its quotation marks; person 함주원 (고용노동부 "
                  "산업안전보건정책과장); it restates the moved date on the page that reports the delay: delayed "
                  "with the new date (no previous date in the quote). Not annotated: the whiteboard, the team "
                  "leader's rules and the company's plans (보호대 금요일까지, 8월 근무, 산재 신청 돕기), the comments"),
    ]))

# ---------------------------------------------------------------- 영농폐기물 3/3 (the farm-supply shop's 30th-anniversary post with its prize draw)
ANN = "a `[n]` line of the post's '폐비닐·농약병, 1년 반 사이 이렇게 됐습니다', whole with its marker; person ''"
PAGES.append(dict(
    source="2026-09-08_as_farm-supply-30th-anniversary.txt",
    title="[30주년] 서른 해 고맙습니다 — 감사 추첨 결과와 가을 폐비닐 이야기", published_at="2026-09-08",
    mentions=[
        m("as-me-pesticide-bottle-bonus", "revision", MCEE, OTH,
          "[30년 감사 한 줄] 감사 추첨 당첨 42분 · 가을 폐비닐 수거 10월 13일부터 · 농약 빈병 보상금, 반납 포인트로 바뀌어 내년부터(기후부)",
          deadline="2027-12-31", dtext="내년부터",
          comment="the post's [30년 감사 한 줄] line (above the body): the first two items are the shop's and the "
                  "recycler's; third item: the form changed (보상금 → 반납 포인트) with a new date: revision; no "
                  "earlier date named in the item; '기후부' → 기후에너지환경부. The page's date: only '1996년 9월 8일 "
                  "… 문을 연 참일꾼이 오늘로 꼭 서른 돌' (+ 30 years = 2026-09-08); 9월 30일, 10월 13일(화) and "
                  "12월 are not the page's date"),
        m("as-me-collection-yard-5000", "progress", MCEE, OTH,
          "[1] 기후에너지환경부가 2026년까지 5,000곳을 짓겠다던 마을 공동집하장은 지금 3,900곳까지 늘었습니다.",
          target=5000.0, unit="곳", deadline="2026-12-31", dtext="2026년까지", comment=ANN + "; 3,900 before the deadline: progress"),
        m("as-me-pesticide-bottle-bonus", "revision", MCEE, OTH,
          "[2] 지난해 하반기부터 준다던 농약 빈병 보상금은 올해 3월로 한 번 밀렸다가, 결국 보상금 대신 농약 판매점에 빈병을 돌려주면 포인트를 쌓아 주는 방식으로 바뀌어 내년부터 시행됩니다(기후에너지환경부).",
          deadline="2027-12-31", dtext="내년부터", prev="2026-03-31",
          comment=ANN + "; what is given changed (보상금 → 판매점 반납 포인트) and the date with it: revision; the "
                        "last missed date ('올해 3월로', 2026) in previous_deadline"),
        m("as-mcee-pickup-text-alert", "delayed", MCEE, OTH,
          "[3] 상반기부터 전국에서 하겠다던 수거 차량 방문 문자 알림은 아직 6개 도에서만 되고, 기후에너지환경부는 연말까지 나머지 도로 넓히겠다고 했습니다.",
          deadline="2026-12-31", dtext="연말까지", prev="2026-06-30",
          comment=ANN + "; short after the deadline with the rest moved: delayed with the new date; the missed "
                        "'상반기부터' in previous_deadline"),
        m("as-kostat-farm-waste-stat", "achieved", NDO, OTH,
          "[4] 국가데이터처는 지난해 12월 내겠다던 영농 폐기물 발생량 첫 통계를 올해 2월에 공표했습니다.",
          comment=ANN + "; the line's first sentence (the second gives the figure); " + LATE),
        m("as-mafra-film-retriever", "new", MAFRA, OTH,
          "[5] 농림축산식품부는 내년까지 전국 농기계 임대사업소 100곳에 폐비닐 걷는 기계를 두겠다고 했습니다.",
          target=100.0, unit="곳", deadline="2027-12-31", dtext="내년까지",
          comment=ANN + "; a new promise; the last page leaves it out as not yet due (announced)"),
        m("as-moti-recycled-resin", "new", MOTI, IND,
          "[6] 산업통상부는 하반기 중 폐비닐 재생 원료를 쓰는 제조업체 50곳에 설비 자금을 지원하겠다고 밝혔습니다.",
          target=50.0, unit="곳", deadline="2026-12-31", dtext="하반기 중",
          comment=ANN + "; industry: 산업통상부's remit and the cue 제조업 (in 제조업체)"),
        m("as-mcee-pickup-text-alert", "delayed", MCEE, OTH,
          "연말까지는 어느 군에 살든 수거 차량 오는 날을 문자로 받게 하겠다",
          person="맹하진", deadline="2026-12-31", dtext="연말까지는",
          comment="the official's quote, between its quotation marks; person 맹하진 (기후에너지환경부 "
                  "자원재활용과장); it restates the moved date on the page that reports the delay: delayed with "
                  "the new date. Not annotated: the shop's history, the prize draw, the shop's own plans (반납 창구, "
                  "후기, 일력), the recycler's collection from 10월 13일, the comments (a village head's new 집하장)"),
    ]))

# ---------------------------------------------------------------- all five, last (a civic group's 'promise health check-up' results notice)
CHK = "a judged line of the results notice, whole with its bracketed verdict; person ''; the body from the brackets (short names)"
P12_S = ("[종합 소견] 그늘 가로수길 '중단' · 적설하중 기준 또 '재검' · 농약 빈병 보상은 '처방 변경' · "
         "사고견 관리 명령제 10월 '정상' 도착")
PAGES.append(dict(
    source="2026-11-26_as_promise-checkup-results.txt",
    title="2026 생활 약속 건강검진 결과통보서", published_at="2026-11-26",
    mentions=[
        m("as-me-shade-street-300", "cancelled", MCEE, CLI, P12_S,
          comment="the notice's [종합 소견] line (above the body): four commitments, no body named (기후에너지환경부, "
                  "국토교통부, 기후에너지환경부, 농림축산식품부 from the judged lines); first item: dropped: "
                  "cancelled. The page's date: only the judgement line '판정일: 2026년 11월 26일 (목) · 판정: … "
                  "(서명)' above the sign-off; the check-up period (… 2026. 11. 20.), the next check-up (2027년 "
                  "11월 넷째 주) and 12월 5일(토) are not the page's date"),
        m("as-molit-roof-snow-load", "delayed", MOLIT, OTH, P12_S,
          comment="second item: delayed again ('또 재검'), no date in the item: no fields"),
        m("as-me-pesticide-bottle-bonus", "revision", MCEE, OTH, P12_S,
          comment="third item: the changed form restated ('처방 변경'): revision, no fields"),
        m("as-mafra-accident-dog-order", "achieved", MAFRA, OTH, P12_S,
          comment="fourth item: in force from October (on the date reported in July): achieved"),
        # 검사 1 · 눈
        m("as-mafra-greenhouse-snow-std", "achieved", MAFRA, OTH,
          "[정상] 비닐하우스 내재해형 설계기준 적설 깊이 상향 — 2025년 6월 고시 (농식품부)", comment=CHK + "; " + AGAIN),
        m("as-mafra-collapse-demolition", "achieved", MAFRA, OTH,
          "[정상] 무너진 비닐하우스 철거비 동당 300만 원 — 2025년 4월 지급, 두 달 늦게 (농식품부)", comment=CHK + "; " + AGAIN),
        m("as-mafra-greenhouse-insurance", "achieved", MAFRA, OTH,
          "[정상] 비닐하우스 재해보험료 국고 지원 55% — 2026년 1월 가입분부터 적용 (농식품부)",
          comment=CHK + "; the revised target applied from January 2026 (on the revised date): achieved"),
        m("as-kma-heavy-snow-info", "achieved", KMA, OTH,
          "[정상] '무거운 눈' 예보 — 2025년 11월부터 (기상청)", comment=CHK + "; " + AGAIN),
        m("as-mois-snow-structure-check", "achieved", MOIS, OTH,
          "[정상] 지붕 넓은 구조물 1만 2,000곳 적설 점검 — 2026년 3월 완료, 약속보다 다섯 달 늦게 (행안부)",
          comment=CHK + "; done in March 2026 (after the moved February date too): achieved, no fields"),
        m("as-moef-greenhouse-vat", "achieved", MOFE, FIS,
          "[정상] 내재해형 하우스 자재 부가가치세 환급 — 2026년 1월부터 (재경부)",
          comment=CHK + "; refunds from January 2026 (on time): achieved; '재경부' → 재정경제부, the successor that took "
                        "기획재정부's tax work on 2026-01-02"),
        m("as-molit-roof-snow-load", "delayed", MOLIT, OTH,
          "[재검] 물류창고·공장 지붕 적설하중 기준 — 2025년 말 고시 약속, 업계 반발로 내년 상반기로 또 미룸 (국토부)",
          deadline="2027-06-30", dtext="내년 상반기로", prev="2025-12-31",
          comment=CHK + "; " + LATER + " ('내년 상반기로' from 2026 → 2027-06-30); the missed '2025년 말' in "
                        "previous_deadline"),
        m("as-mois-mini-snowplow", "progress", MOIS, OTH,
          "[경계] 산골 마을 소형 제설기 1,000대 — 지금 760대, 11월 말까지 (행안부)",
          target=1000.0, unit="대", deadline="2026-11-30", dtext="11월 말까지",
          comment=CHK + "; 760 of 1,000 four days before the deadline: progress"),
        m("as-kma-village-snow-forecast", "new", KMA, OTH,
          "[신규] 읍·면 단위 적설 예보 — 2027년 11월부터 (기상청)",
          deadline="2027-11-30", dtext="2027년 11월부터", comment=CHK + "; a new promise: new"),
        # 검사 2 · 흙
        m("as-me-film-bonus-120", "achieved", MCEE, OTH,
          "[정상] 영농 폐비닐 수거보상금 kg당 120원 — 2025년 7월부터 (기후부)", comment=CHK + "; " + AGAIN),
        m("as-rda-burning-education", "achieved", RDA, OTH,
          "[정상] 농업인 3만 명 불법 소각 예방 교육 — 2025년 6월까지 3만 2,000명 (농진청)", comment=CHK + "; " + AGAIN),
        m("as-kostat-farm-waste-stat", "achieved", NDO, OTH,
          "[정상] 영농 폐기물 발생량 통계 — 2026년 2월 첫 공표, 두 달 늦게 (데이터처)",
          comment=CHK + "; " + AGAIN + "; '데이터처' → 국가데이터처"),
        m("as-me-collection-yard-5000", "revision", MCEE, OTH,
          "[처방 변경] 마을 공동집하장 5,000곳 → 4,000곳으로 목표 축소, 기한 2026년 말 그대로, 지금 3,950곳 (기후부)",
          target=4000.0, unit="곳", deadline="2026-12-31", dtext="2026년 말",
          comment=CHK + "; the target cut (5,000 → 4,000곳), the deadline kept: revision with the new target"),
        m("as-me-pesticide-bottle-bonus", "revision", MCEE, OTH,
          "[처방 변경] 농약 빈병 보상금 → 판매점 반납 포인트제로 바꿔 2027년부터 (기후부)",
          deadline="2027-12-31", dtext="2027년부터", comment=CHK + "; the change restated with its date: revision"),
        m("as-mafra-biofilm-10000ha", "progress", MAFRA, OTH,
          "[경계] 생분해 멀칭 필름 2027년까지 1만 ha — 지금 5,100ha (농식품부)",
          target=10000.0, unit="ha", deadline="2027-12-31", dtext="2027년까지", comment=CHK + "; 5,100ha before the deadline: progress"),
        m("as-moti-recycled-resin", "progress", MOTI, IND,
          "[경계] 폐비닐 재생 원료 쓰는 제조업체 50곳 설비 자금 — 32곳 지원, 연말까지 (산업부)",
          target=50.0, unit="곳", deadline="2026-12-31", dtext="연말까지",
          comment=CHK + "; 32 of 50 before the deadline: progress; '산업부' → 산업통상부 on the page's date"),
        m("as-mcee-pickup-text-alert", "delayed", MCEE, OTH,
          "[재검] 수거 차량 방문 문자 알림 전국 확대 — 상반기 약속, 지금 7개 도, 연말까지 (기후부)",
          deadline="2026-12-31", dtext="연말까지", prev="2026-06-30",
          comment=CHK + "; short after the first deadline, on the moved date: delayed restated with both dates"),
        # 검사 3 · 나무
        m("as-kfs-pruning-std", "achieved", KFS, OTH,
          "[정상] 가로수 가지치기 기준(강전정 금지) — 2025년 5월 고시 (산림청)", comment=CHK + "; " + AGAIN),
        m("as-kfs-pruning-report-center", "achieved", KFS, OTH,
          "[정상] 가로수 신고센터 — 2025년 7월 개통 (산림청)", comment=CHK + "; " + AGAIN),
        m("as-molit-root-zone-guide", "achieved", MOLIT, OTH,
          "[정상] 새 보도 가로수 식재 공간 1.5m 지침 — 2026년 8월 개정, 여덟 달 늦게 (국토부)",
          comment=CHK + "; revised in August 2026 (after the moved June date too): achieved, no fields"),
        m("as-kfs-street-tree-map", "progress", KFS, OTH,
          "[경계] 전국 가로수 디지털 지도 — 86% 조사, 2026년 말까지 (산림청)",
          deadline="2026-12-31", dtext="2026년 말까지", comment=CHK + "; 86% before the deadline: progress"),
        m("as-kfs-replant-50000", "progress", KFS, OTH,
          "[경계] 말라 죽은 가로수 5만 그루 보식 — 지금 3만 8,000그루, 올해 안에 (산림청)",
          target=50000.0, unit="그루", deadline="2026-12-31", dtext="올해 안에",
          comment=CHK + "; 3만 8,000 before the deadline: progress"),
        m("as-kfs-tree-doctor-duty", "delayed", KFS, OTH,
          "[재검] 가지치기 현장 나무의사 참여 의무화 — 2026년 약속, 2027년으로 미룸 (산림청)",
          deadline="2027-12-31", dtext="2027년으로", prev="2026-12-31", comment=CHK + "; the delay restated with both dates"),
        m("as-me-shade-street-300", "cancelled", MCEE, CLI,
          "[중단] 기후 적응 '그늘 가로수길' 300km — 140km에서 예산이 끊겨 사업 중단 (기후부)",
          comment=CHK + "; dropped at 140km: cancelled, no fields"),
        # 검사 4 · 놀이
        m("as-mcst-trampoline-park-rule", "achieved", MCST, OTH,
          "[정상] 트램펄린 파크 등 실내 놀이시설 유원시설업 편입 — 2026년 2월 시행 (문체부)", comment=CHK + "; " + AGAIN),
        m("as-motie-home-trampoline-std", "achieved", MOTI, OTH,
          "[정상] 가정용 트램펄린 안전기준(그물망·스프링 덮개) — 2026년 10월 고시 (산업부)",
          comment=CHK + "; published in October 2026 (within the moved H2 2026): achieved; '산업부' → 산업통상부"),
        m("as-mcst-manager-education", "achieved", MCST, OTH,
          "[정상] 유원시설 안전관리자 해마다 안전 교육 — 2025년 7월부터 (문체부)", comment=CHK + "; " + AGAIN),
        m("as-mcst-inspection-twice", "progress", MCST, OTH,
          "[경계] 놀이기구 정기 안전성 검사 연 2회 — 하반기 두 번째 검사 82% 마침, 연말까지 (문체부)",
          target=2.0, unit="회", deadline="2026-12-31", dtext="연말까지",
          comment=CHK + "; the year's second round 82% done before the deadline: progress"),
        m("as-mcst-mobile-ride-registry", "delayed", MCST, OTH,
          "[재검] 이동식 놀이기구 등록·점검 이력 시스템 — 2026년 6월 개통 약속, 아직 시험 운영 (문체부)",
          prev="2026-06-30",
          comment=CHK + "; not open after the deadline: delayed; the missed '2026년 6월' in previous_deadline, no "
                        "new date"),
        # 검사 5 · 물림
        m("as-mafra-bite-statistics", "achieved", MAFRA, OTH,
          "[정상] 개물림 사고 통계 — 2025년 12월 첫 공개 (농식품부)", comment=CHK + "; " + AGAIN),
        m("as-msit-carrier-bite-kit", "achieved", MSIT, OTH,
          "[정상] 집배원 1만 6,000명 개 기피 스프레이·다리 보호대 — 2025년 9월까지 지급 (과기정통부)",
          comment=CHK + "; " + AGAIN + "; '과기정통부' → 과학기술정보통신부"),
        m("as-mafra-accident-dog-order", "achieved", MAFRA, OTH,
          "[정상] 사고견 관리 명령제 — 2026년 10월 시행 (농식품부)", comment=CHK + "; in force from October 2026: achieved"),
        m("as-moel-visit-worker-guide", "achieved", MOEL, OTH,
          "[정상] 방문 노동자 개물림 산재 처리 지침 — 한 번 미룬 끝에 10월 배포 (노동부)",
          comment=CHK + "; issued in October 2026 (within the moved date): achieved; '노동부' → 고용노동부"),
        m("as-mafra-temperament-evaluators", "delayed", MAFRA, OTH,
          "[재검] 맹견 기질평가 위원 150명 — 2025년 말 약속, 지금 132명 (농식품부)",
          target=150.0, unit="명", prev="2025-12-31",
          comment=CHK + "; " + SHORT + " (132 of 150); the missed '2025년 말' in previous_deadline"),
        m("as-mafra-etiquette-class", "cancelled", MAFRA, OTH,
          "[중단] 반려견 예절교육 1만 가구 — 6,000가구에서 멈추고 사업 폐지 (농식품부)",
          comment=CHK + "; dropped: cancelled again, no fields"),
        m("as-mafra-large-dog-insurance", "cancelled", MAFRA, OTH,
          "[중단] 25kg 넘는 반려견 배상책임보험 의무 — 반발에 입법예고 철회 (농식품부)",
          comment=CHK + "; withdrawn: cancelled, no fields. Not annotated: the legend, the renames (facts), the ※ "
                        "line (two promises left out as not yet due, no news), '검진팀 소견' (the group's own plans: "
                        "12월 5일 설명회, 2027 검진), the judgement line, the tally, the comments"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-26)
LAST = "2026-11-26"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    # 폭설
    ("as-mafra-greenhouse-snow-std", MAFRA, OTH, "비닐하우스 내재해형 설계기준 적설 깊이 상향 고시 2025년 상반기 중", "achieved",
     "published in June 2025 (on time; Dec 2025, Nov 2026)"),
    ("as-mafra-collapse-demolition", MAFRA, OTH, "눈에 무너진 비닐하우스 철거비 동당 최대 300만 원 2025년 2월부터", "achieved",
     "paid from April 2025 (late; Dec 2025, Nov 2026)"),
    ("as-mafra-greenhouse-insurance", MAFRA, OTH, "비닐하우스 재해보험료 국고 지원 50 → 60% 2026년부터 (→ 55%, 2026년 1월 가입분부터)",
     "achieved", "cut to 55% from January 2026 (Dec 2025); applied (Nov 2026)"),
    ("as-kma-heavy-snow-info", KMA, OTH, "눈 예보에 '무거운 눈(습설)' 정보 2025년 11월부터", "achieved",
     "started in November 2025 (on time; Dec 2025, Nov 2026)"),
    ("as-mois-snow-structure-check", MOIS, OTH, "지붕 넓은 구조물 1만 2,000곳 적설 취약 점검 2025년 10월까지 (→ 2026년 2월)", "achieved",
     "8,900 and the rest moved to February 2026 (Dec 2025); done in March 2026 (late; Nov 2026)"),
    ("as-molit-roof-snow-load", MOLIT, OTH, "물류창고·공장 지붕 적설하중 건축구조기준 개정 2025년 안에 (→ 2027년 상반기)", "delayed",
     "pre-announced, due in December 2025 (Dec 2025); moved to H1 2027 (Nov 2026)"),
    ("as-moef-greenhouse-vat", MOFE, FIS, "내재해형 하우스 자재 부가가치세 환급 2026년부터", "achieved",
     "law passed, from January 2026 (Dec 2025); refunds from January 2026 (Nov 2026); made by 기획재정부, its tax "
     "work with 재정경제부 from 2026-01-02"),
    ("as-mois-mini-snowplow", MOIS, OTH, "산골 마을 소형 제설기 1,000대 2026년 11월까지", "in_progress",
     "760 four days before the deadline (Nov 2026)"),
    ("as-kma-village-snow-forecast", KMA, OTH, "읍·면 단위 적설 예보 2027년 11월부터", "announced", ""),
    # 영농폐기물
    ("as-me-film-bonus-120", MCEE, OTH, "영농 폐비닐 수거보상금 kg당 80 → 120원 2025년 7월부터", "achieved",
     "paid at 120원 from July 2025 (on time; Nov 2025, Nov 2026); made by 환경부"),
    ("as-me-collection-yard-5000", MCEE, OTH, "마을 공동집하장 2026년까지 5,000곳 (→ 4,000곳)", "revised",
     "1,800 (Nov 2025); 3,900 (Sep 2026); target cut to 4,000, 3,950 now (Nov 2026); made by 환경부"),
    ("as-me-pesticide-bottle-bonus", MCEE, OTH, "농약 빈병·빈 봉지 수거보상금 2025년 하반기부터 (→ 2026년 3월 → 판매점 반납 포인트제, 2027년부터)",
     "revised", "moved to March 2026 (Nov 2025); changed to a return-point scheme from 2027 (Sep 2026, Nov 2026); "
                "made by 환경부"),
    ("as-mafra-biofilm-10000ha", MAFRA, OTH, "생분해 멀칭 필름 보급 2027년까지 1만 ha", "in_progress",
     "2,300ha (Nov 2025); 5,100ha (Nov 2026)"),
    ("as-rda-burning-education", RDA, OTH, "영농 폐기물 불법 소각 예방 교육 2025년 상반기 중 농업인 3만 명", "achieved",
     "3만 2,000 by June 2025 (on time; Nov 2025, Nov 2026)"),
    ("as-kostat-farm-waste-stat", NDO, OTH, "영농 폐기물 발생량 첫 통계 2025년 말까지", "achieved",
     "survey done, due in December (Nov 2025); published in February 2026 (late; Sep 2026, Nov 2026); made by 통계청"),
    ("as-mcee-pickup-text-alert", MCEE, OTH, "폐비닐 수거 차량 방문 문자 알림 전국 2026년 상반기부터 (→ 연말)", "delayed",
     "six provinces, the rest moved to the end of 2026 (Sep 2026); seven now (Nov 2026)"),
    ("as-mafra-film-retriever", MAFRA, OTH, "농기계 임대사업소 100곳에 폐비닐 수거기 2027년까지", "announced", ""),
    ("as-moti-recycled-resin", MOTI, IND, "폐비닐 재생 원료 쓰는 제조업체 50곳 설비 자금 2026년 하반기 중", "in_progress",
     "32 of 50 (Nov 2026)"),
    # 가로수
    ("as-kfs-pruning-std", KFS, OTH, "가로수 가지치기 기준(강전정 금지) 고시 2025년 상반기 중", "achieved",
     "published in May 2025 (on time; Mar 2026, Nov 2026)"),
    ("as-kfs-street-tree-map", KFS, OTH, "전국 가로수 전수조사 디지털 지도 2026년까지", "in_progress",
     "43% (Mar 2026); 86% (Nov 2026)"),
    ("as-kfs-tree-doctor-duty", KFS, OTH, "지자체 가로수 가지치기 나무의사 참여 의무화 2026년부터 (→ 2027년)", "delayed",
     "moved to 2027 (Mar 2026, Nov 2026)"),
    ("as-molit-root-zone-guide", MOLIT, OTH, "새 보도 가로수 식재 공간 1.5m 도로 설계 지침 2025년 안에 (→ 2026년 6월)", "achieved",
     "moved to June 2026 (Mar 2026); revised in August 2026 (late; Nov 2026)"),
    ("as-me-shade-street-300", MCEE, CLI, "기후 적응 '그늘 가로수길' 2026년까지 300km", "cancelled",
     "120km (Mar 2026); dropped at 140km for want of budget (Nov 2026); made by 환경부"),
    ("as-kfs-pruning-report-center", KFS, OTH, "'가로수 신고센터' 2025년 7월부터", "achieved", "opened in July 2025 (on time; Mar 2026, Nov 2026)"),
    ("as-kfs-replant-50000", KFS, OTH, "고사·훼손 가로수 5만 그루 보식 2026년 안에", "in_progress",
     "3만 8,000 (Nov 2026)"),
    ("as-molit-tree-grate-pilot", MOLIT, OTH, "투수성 가로수 보호 덮개 시범 도시 10곳 2026년 하반기", "announced", ""),
    # 유원시설
    ("as-mcst-trampoline-park-rule", MCST, OTH, "트램펄린 파크 등 실내 놀이시설 유원시설업 편입·정기 검사 2025년 하반기 중", "achieved",
     "in force from February 2026 (late; May 2026, Nov 2026)"),
    ("as-mcst-inspection-twice", MCST, OTH, "놀이기구 정기 안전성 검사 연 1 → 2회 2026년부터", "in_progress",
     "first round done (May 2026); second round 82% (Nov 2026)"),
    ("as-mcst-manager-education", MCST, OTH, "유원시설 안전관리자 해마다 안전 교육 의무 2025년 7월부터", "achieved",
     "in force from July 2025 (on time; May 2026, Nov 2026)"),
    ("as-motie-home-trampoline-std", MOTI, OTH, "가정용 트램펄린 안전기준(그물망·스프링 덮개) 개정 2025년 안에 (→ 2026년 하반기)", "achieved",
     "moved to H2 2026 (May 2026); published in October 2026 (Nov 2026); made by 산업통상자원부"),
    ("as-mois-festival-ride-check", MOIS, OTH, "지역 축제 안전관리계획 심의에 이동식 놀이기구 점검 결과 필수 2025년 5월부터", "achieved",
     "in force from May 2025 (on time; May 2026)"),
    ("as-mcst-mobile-ride-registry", MCST, OTH, "이동식 놀이기구 등록·점검 이력 전산 시스템 2026년 상반기", "delayed",
     "on trial, due in June (May 2026); still on trial after June (Nov 2026)"),
    ("as-mcst-accident-disclosure", MCST, OTH, "유원시설별 사고 이력 누리집 공개 2026년 말까지", "announced", ""),
    # 개 물림
    ("as-mafra-temperament-evaluators", MAFRA, OTH, "맹견 기질평가 위원 60 → 150명 2025년 말까지", "delayed",
     "110 (Jul 2026); 132 (Nov 2026)"),
    ("as-mafra-bite-statistics", MAFRA, OTH, "개물림 사고 통계 첫 공개 2025년 하반기 중", "achieved",
     "published in December 2025 (on time; Jul 2026, Nov 2026)"),
    ("as-mafra-etiquette-class", MAFRA, OTH, "무료 반려견 예절교육 2025년 1만 가구", "cancelled",
     "6,000 in 2025 and the programme dropped (Jul 2026, Nov 2026)"),
    ("as-msit-carrier-bite-kit", MSIT, OTH, "집배원 1만 6,000명 개 기피 스프레이·다리 보호대 2025년 9월까지", "achieved",
     "all handed out by September 2025 (on time; Jul 2026, Nov 2026)"),
    ("as-moel-visit-worker-guide", MOEL, OTH, "방문 노동자 개물림 산재 처리 지침·사업주 안전 수칙 2025년 하반기 중 (→ 2026년 말)",
     "achieved", "moved to the end of 2026 (Jul 2026); issued in October 2026 (Nov 2026)"),
    ("as-mafra-accident-dog-order", MAFRA, OTH, "사고견 관리 명령제(동물보호법 개정) 2026년 하반기 시행", "achieved",
     "law passed, from October (Jul 2026); in force from October 2026 (Nov 2026)"),
    ("as-mafra-large-dog-insurance", MAFRA, OTH, "25kg 넘는 반려견 보호자 배상책임보험 의무 2027년부터", "cancelled",
     "pre-announcement withdrawn (Nov 2026)"),
    ("as-knpa-bite-manual", KNPA, OTH, "개물림 사고 견주 과실 수사 매뉴얼 2026년 9월까지", "delayed",
     "never reported on again: its deadline (2026-09-30) passed with no report of achievement (date rule)"),
]


if __name__ == "__main__":
    write(ROOT, "as", PAGES, COMMITMENTS, LAST,
          ["ministry = the responsible body under the name valid on that date (환경부's promises are listed under",
           "기후에너지환경부, its successor from 2025-10-01; 산업통상자원부's trampoline standard under 산업통상부, its",
           "successor from 2025-10-01; 통계청's statistic under 국가데이터처, its successor from 2025-10-01; 기획재정부's",
           "tax promise under 재정경제부, the successor that took its tax work on 2026-01-02; every other body kept its",
           "name through 2026-11-26)."],
          with_commitments="--commitments" in sys.argv[1:])
