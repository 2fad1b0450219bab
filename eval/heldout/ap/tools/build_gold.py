"""Writes the hand annotations of held-out set ap to gold/*.toml.

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

MOHW = "보건복지부"
MFDS = "식품의약품안전처"
MOIS = "행정안전부"
KNPA = "경찰청"
MOGEF = "여성가족부"               # until 2025-09-30
MOGE = "성평등가족부"              # from 2025-10-01, 여성가족부's successor
MAFRA = "농림축산식품부"
RDA = "농촌진흥청"
MOEF = "기획재정부"                # until 2026-01-01
MOFE = "재정경제부"                # from 2026-01-02, 기획재정부's primary successor (tax)
MOPB = "기획예산처"                # from 2026-01-02, 기획재정부's other successor (budget)
MOLIT = "국토교통부"
MND = "국방부"
MOEL = "고용노동부"

OTH = "other"      # 문신 제도, 불법촬영 점검, 배추 수급 (농식품부, 농진청), 수요응답형 버스, 예비군: no topic fits
FIS = "fiscal"     # the budget and tax offices' own promises (예비비, 의제매입세액 공제): remit of 기획재정부 and its successors

LATE = "achieved after the deadline the commitment named; no deadline fields"
AGAIN = "an achievement restated: achieved again, no fields"
SHORT = "short after the deadline: delayed"
LATER = "deadline moved later: delayed, new date in deadline"

PAGES: list[dict] = []

# ---------------------------------------------------------------- 문신 제도 1/3 (a tattoo studio's online consent form; 복지부, 식약처)
FORM = "a sentence of the form's '4. 달라지는 제도' section, relaying the government's plan; person ''"
P1_S = "[안내 요약] 문신사 국가시험 내년 상반기 첫 시행 · 식약처 문신 염료 안전기준 9월까지 고시 — 아래 '4. 달라지는 제도' 참고"
PAGES.append(dict(
    source="2025-01-23_ap_tattoo-consent-form.txt",
    title="시술 전 사전 동의서 (온라인)", published_at="2025-01-23",
    mentions=[
        m("ap-mohw-tattoo-exam", "new", MOHW, OTH, P1_S, deadline="2026-06-30", dtext="내년 상반기",
          comment="the form's [안내 요약] line (above the body): two commitments; the first names no body: "
                  "보건복지부 (section 4). The page's date: the form's own revision line '2025. 1. 23. 개정' "
                  "(and '2025년 1월 23일 현재' in section 4)"),
        m("ap-mfds-ink-standard", "new", MFDS, OTH, P1_S, deadline="2025-09-30", dtext="9월까지",
          comment="second item; '식약처' → 식품의약품안전처"),
        m("ap-mohw-tattoo-exam", "new", MOHW, OTH,
          "보건복지부는 내년 상반기 중 첫 문신사 국가시험을 치르고, 합격자에게 면허를 주겠다고 밝혔습니다.",
          deadline="2026-06-30", dtext="내년 상반기 중", comment=FORM),
        m("ap-mohw-tattoo-register", "new", MOHW, OTH,
          "내년 1월부터는 문신 시술 업소가 관할 보건소에 신고해야 영업할 수 있습니다(복지부).",
          deadline="2026-01-31", dtext="내년 1월부터", comment=FORM + "; the body in brackets"),
        m("ap-mohw-hygiene-edu", "new", MOHW, OTH,
          "복지부는 또 하반기부터 현업 문신사가 해마다 8시간의 위생교육을 받도록 할 계획입니다.",
          target=8.0, unit="시간", deadline="2025-12-31", dtext="하반기부터",
          comment=FORM + "; the yearly hours taken as the target"),
        m("ap-mfds-ink-standard", "new", MFDS, OTH,
          "식품의약품안전처는 9월까지 문신 염료에 쓸 수 없는 중금속과 방부제 기준을 담은 안전기준을 고시하기로 했습니다.",
          deadline="2025-09-30", dtext="9월까지", comment=FORM),
        m("ap-mfds-ink-test-300", "new", MFDS, OTH,
          "식약처는 연내 시중에 유통되는 문신 염료 300개 제품을 거둬 유해물질을 검사한다고 합니다.",
          target=300.0, unit="개", deadline="2025-12-31", dtext="연내",
          comment=FORM + ". Not annotated: the lawmaker's quote (a member of the National Assembly's own "
                         "promise to take part in the decree's drafting: no government commitment), the studio's "
                         "own plans (3월부터 제조번호, 올해 안에 위생교육), the form's fields and risk notes"),
    ]))

# ---------------------------------------------------------------- 배추 수급 1/4 (a recipe site's recipe page; 농식품부, 농진청)
RCP = "a sentence of the recipe's '요즘 배춧값' section, relaying the government's plan; person ''"
PAGES.append(dict(
    source="2025-02-18_ap_cabbage-recipe-page.txt",
    title="배춧값 비쌀 때, 알배추 반 통으로 담그는 겉절이 (2인분)", published_at="2025-02-18",
    mentions=[
        m("ap-mafra-stock-20k", "new", MAFRA, OTH,
          "💡 한 줄 요약: 정부가 배추 비축을 2만 톤으로 늘린다지만 당장은 알배추 반 통이 답!",
          target=20000.0, unit="톤",
          comment="the recipe's '한 줄 요약' line (above the body), whole with its label; '정부' → 농림축산식품부 "
                  "(the body below); no time named. The page's date: '02.18' in the author line, the year only "
                  "in the footer '© 2025' (and '설 연휴 끝나고')"),
        m("ap-mafra-stock-20k", "new", MAFRA, OTH,
          "농림축산식품부는 올해 정부 비축 배추를 지난해 1만 톤에서 2만 톤으로 두 배 늘리기로 했어요.",
          target=20000.0, unit="톤", deadline="2025-12-31", dtext="올해", comment=RCP + "; 1만 톤 the baseline"),
        m("ap-mafra-release-5000", "new", MAFRA, OTH,
          "농식품부는 3월부터 비축 배추 5,000톤을 도매시장에 풀어 봄까지 가격을 누르겠다고 해요.",
          target=5000.0, unit="톤", deadline="2025-03-31", dtext="3월부터", comment=RCP),
        m("ap-mafra-smart-storage", "new", MAFRA, OTH,
          "배추를 오래 신선하게 보관하는 스마트 저장고도 2026년까지 산지 10곳에 짓는대요(농식품부).",
          target=10.0, unit="곳", deadline="2026-12-31", dtext="2026년까지", comment=RCP),
        m("ap-mafra-contract-30", "new", MAFRA, OTH,
          "가격이 미리 정해지는 계약재배 비중은 지금 15%인데, 2027년까지 30%로 올리는 게 목표래요(농식품부).",
          target=30.0, unit="%", deadline="2027-12-31", dtext="2027년까지", comment=RCP + "; 15% the baseline"),
        m("ap-rda-heat-variety", "new", RDA, OTH,
          "농촌진흥청은 더위에 강한 여름배추 신품종을 내년까지 1,000ha에 보급하겠다고 밝혔어요.",
          target=1000.0, unit="ha", deadline="2026-12-31", dtext="내년까지", comment=RCP),
        m("ap-mafra-release-5000", "new", MAFRA, OTH,
          "💡 3월부터 정부 비축 배추가 풀린다니, 다음 달엔 배춧값이 조금 내려가길 기대해 봐요.",
          deadline="2025-03-31", dtext="3월부터",
          comment="the author's tip line, whole with its marker, relaying the same plan (the hope is hers); "
                  "'정부' → 농림축산식품부. Not annotated: the price and acreage figures (5,480원, 3,100원, "
                  "5,200 → 3,900ha: context), `4월 전까지는 값이 쉽게 내리지 않을 거라니` (a forecast), the "
                  "author's own plan (다음 주 봄동 겉절이), the comments"),
    ]))

# ---------------------------------------------------------------- 불법촬영 점검 1/3 (a city's public-toilet QR inspection page; 행안부, 경찰청, 여가부)
QRP = "a `· ` line of the page's '정부 대책 (4월 현재)' list, whole with its marker; person ''"
P3_S = "[알림] 경찰청 불법촬영 합동 점검 하반기부터 연 4회로 · 행안부 비상벨 2026년까지 전국 4만 곳"
PAGES.append(dict(
    source="2025-04-09_ap_toilet-qr-inspection-page.txt",
    title="벼리천 수변공원 제2 공중화장실 (여자)", published_at="2025-04-09",
    mentions=[
        m("ap-knpa-joint-4x", "new", KNPA, OTH, P3_S, target=4.0, unit="회", deadline="2025-12-31", dtext="하반기부터",
          comment="the page's [알림] line (above the inspection log): two commitments. The page's date: only the "
                  "newest row of its inspection log '2025.04.09 10:40' (the footer says '최종 갱신: 오늘 06:00'); "
                  "the yearly count taken as the target"),
        m("ap-mois-bell-40k", "new", MOIS, OTH, P3_S, target=40000.0, unit="곳", deadline="2026-12-31",
          dtext="2026년까지", comment="second item; '행안부' → 행정안전부"),
        m("ap-mois-qr-50k", "new", MOIS, OTH,
          "행정안전부는 이 QR 점검 이력 공개를 연내 전국 공중화장실 5만 곳으로 넓힐 계획입니다.",
          target=50000.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment="a sentence of '이 서비스는', relaying the ministry's plan; person ''. Not annotated: the city's "
                  "own plan in the next sentence (5월까지 212곳 QR 안내판, 3일 안에: a city, no body of "
                  "ministries.csv)"),
        m("ap-mois-bell-40k", "new", MOIS, OTH,
          "· 행정안전부는 2026년까지 전국 공중화장실 4만 곳에 비상벨을 설치하고, 누르면 경찰 상황실로 바로 연결되도록 합니다.",
          target=40000.0, unit="곳", deadline="2026-12-31", dtext="2026년까지", comment=QRP),
        m("ap-knpa-joint-4x", "new", KNPA, OTH,
          "· 경찰청은 하반기부터 지자체와 함께하는 공중화장실 불법촬영 합동 점검을 연 2회에서 연 4회로 늘립니다.",
          target=4.0, unit="회", deadline="2025-12-31", dtext="하반기부터", comment=QRP + "; 연 2회 the baseline"),
        m("ap-knpa-squad-17", "new", KNPA, OTH,
          "· 경찰청은 연내 17개 시도경찰청마다 불법촬영 전담수사팀을 두기로 했습니다.",
          target=17.0, unit="개", deadline="2025-12-31", dtext="연내", comment=QRP),
        m("ap-mogef-inspector-1000", "new", MOGEF, OTH,
          "· 여성가족부는 연말까지 불법촬영 탐지 장비를 다룰 수 있는 '디지털 점검원' 1,000명을 길러 지자체에 배치하겠다고 밝혔습니다.",
          target=1000.0, unit="명", deadline="2025-12-31", dtext="연말까지",
          comment=QRP + ". Not annotated: the next line `행안부는 … 방안도 검토하고 있습니다` (a consideration)"),
        m("ap-knpa-joint-4x", "new", KNPA, OTH,
          "경찰청 계획대로 하반기부터 합동 점검이 연 4회로 늘면, 경찰과 함께하는 점검도 분기마다 이뤄집니다.",
          target=4.0, unit="회", deadline="2025-12-31", dtext="하반기부터",
          comment="the second FAQ answer's second sentence: a conditional on the dated plan (as ao's trail FAQ); "
                  "person ''. Not annotated: its first sentence (the city's present practice), the other "
                  "answers, the report guidance"),
    ]))

# ---------------------------------------------------------------- 수요응답형 버스 1/3 (a county's bus timetable PDF shown as text; 국토부, 행안부)
PDF = "a 가.–마. line of the notice's '5. 정부 지원 사업 안내 (참고)', whole with its marker; person ''"
PAGES.append(dict(
    source="2025-05-16_ap_county-bus-timetable-pdf.txt",
    title="농어촌버스 노선 개편 및 수요응답형 버스 운행 알림", published_at="2025-05-16",
    mentions=[
        m("ap-molit-drt-app", "new", MOLIT, OTH,
          "[개편 요약] 이용객 적은 4개 노선 수요응답형 전환(6월 1일) · 국토부 전국 통합 호출 앱 하반기 출시 예정 · 읍내 순환 2번 증회",
          deadline="2025-12-31", dtext="하반기",
          comment="the notice's [개편 요약] line: only its second item is a government commitment (the first and "
                  "third are the county's own changes). The page's date is the notice's '공고일 2025. 5. 16.' at its "
                  "foot, not the '2025. 6. 1. 시행' of the PDF's running header"),
        m("ap-molit-drt-150", "new", MOLIT, OTH,
          "정부도 수요응답형 버스를 농어촌 교통의 중심으로 키우겠다며 2026년까지 150개 시군 도입을 목표로 하고 있습니다.",
          target=150.0, unit="개", deadline="2026-12-31", dtext="2026년까지",
          comment="a sentence of '1. 개편 사유'; '정부' → 국토교통부 (the body of the plan, 가. below); the page's "
                  "counter '150개 시군' kept"),
        m("ap-molit-drt-150", "new", MOLIT, OTH,
          "가. 국토교통부는 수요응답형 버스를 운행하는 시군을 지금 80곳에서 2026년까지 150곳으로 늘리고, 차량 구입비와 운영비를 지원합니다.",
          target=150.0, unit="곳", deadline="2026-12-31", dtext="2026년까지", comment=PDF + "; 80곳 the baseline"),
        m("ap-molit-drt-app", "new", MOLIT, OTH,
          "나. 국토교통부는 하반기 중 전국의 수요응답형 버스를 앱 하나로 부를 수 있는 통합 호출 앱을 내놓을 예정입니다.",
          deadline="2025-12-31", dtext="하반기 중", comment=PDF),
        m("ap-molit-drt-wait-20", "new", MOLIT, OTH,
          "다. 국토부는 연말까지 수요응답형 버스를 부른 뒤 기다리는 시간을 평균 20분 이내로 줄이는 것을 목표로 하고 있습니다.",
          target=20.0, unit="분", deadline="2025-12-31", dtext="연말까지",
          comment=PDF + "; '국토부' → 국토교통부; a ceiling taken as the target"),
        m("ap-molit-lowfloor-30", "new", MOLIT, OTH,
          "라. 국토부는 2027년까지 수요응답형 버스 차량의 30%를 휠체어를 태울 수 있는 저상 차량으로 바꾸도록 구입비를 더 얹어 줍니다.",
          target=30.0, unit="%", deadline="2027-12-31", dtext="2027년까지", comment=PDF),
        m("ap-mois-village-taxi", "new", MOIS, OTH,
          "마. 행정안전부는 내년부터 인구감소지역 89곳 모두에 버스가 닿지 않는 마을 주민을 위한 '마실택시' 운영비를 국비로 지원합니다.",
          target=89.0, unit="곳", deadline="2026-12-31", dtext="내년부터",
          comment=PDF + ". Not annotated: 바. (the county's own 7월 중 시범 마을, a county is no body of "
                         "ministries.csv), the county's route changes and timetable, '다음 개편 때 반영하겠습니다'"),
    ]))

# ---------------------------------------------------------------- 예비군 1/3 (a reservist's mobile call-up notice; 국방부, 노동부)
NOTE = "a numbered line of the notice's '이번 훈련부터 달라지는 점 (국방부 안내)', whole with its marker; person ''"
P5_S = ("📢 달라지는 점: 동원훈련 보상비 내년 10만 원 · 대중교통 교통비 실비 지급(하반기부터) · "
        "쉬는 시간 휴대전화 시범(9월부터)")
PAGES.append(dict(
    source="2025-06-12_ap_reservist-mobile-notice.txt",
    title="예비군 훈련 소집 통지서 (모바일)", published_at="2025-06-12",
    mentions=[
        m("ap-mnd-comp-100k", "new", MND, OTH, P5_S, target=100000.0, unit="원", deadline="2026-12-31", dtext="내년",
          comment="the notice's '📢 달라지는 점' line (above the body): three commitments, no body named: 국방부 "
                  "(the section below). The page's date: only the footer's '발송 2025-06-12 09:00' (the dates in "
                  "the body are the training's, 2025-07-08 … 07-10)"),
        m("ap-mnd-transport", "new", MND, OTH, P5_S, deadline="2025-12-31", dtext="하반기부터", comment="second item"),
        m("ap-mnd-phone-trial", "new", MND, OTH, P5_S, deadline="2025-09-30", dtext="9월부터", comment="third item"),
        m("ap-mnd-comp-100k", "new", MND, OTH,
          "1. 국방부는 동원훈련 보상비를 올해 8만 2,000원에서 내년부터 10만 원으로 올립니다.",
          target=100000.0, unit="원", deadline="2026-12-31", dtext="내년부터", comment=NOTE + "; 8만 2,000원 the baseline"),
        m("ap-mnd-range-40", "new", MND, OTH,
          "2. 전국 예비군 훈련장 가운데 영상 사격장과 모의 전투장을 갖춘 과학화 훈련장을 2026년까지 40곳으로 늘립니다(국방부).",
          target=40.0, unit="곳", deadline="2026-12-31", dtext="2026년까지", comment=NOTE),
        m("ap-mnd-transport", "new", MND, OTH,
          "3. 하반기부터는 훈련장까지 대중교통으로 오시는 분께 교통비를 실비로 드립니다(국방부).",
          deadline="2025-12-31", dtext="하반기부터", comment=NOTE),
        m("ap-mnd-phone-trial", "new", MND, OTH,
          "4. 9월부터 일부 훈련장에서 쉬는 시간에 개인 휴대전화를 쓸 수 있게 하는 시범 운영을 합니다(국방부).",
          deadline="2025-09-30", dtext="9월부터",
          comment=NOTE + "; never reported on again (the date rule makes it delayed). Not annotated: the ※ line "
                         "(this year's 8만 2,000원, a fact)"),
        m("ap-moel-penalty-500", "new", MOEL, OTH,
          "고용노동부는 하반기 중 예비군 훈련 참가를 이유로 불이익을 준 것으로 의심되는 사업장 500곳을 점검할 예정입니다.",
          target=500.0, unit="곳", deadline="2025-12-31", dtext="하반기 중",
          comment="a sentence of '직장에 다니시는 분께'; person ''. Not annotated: the law's rule (a fact), the "
                  "training ground's own changes (7월 훈련부터 모바일 출석, 식당, 셔틀), the schedule"),
    ]))

# ---------------------------------------------------------------- 문신 제도 2/3 (an ink importer's voluntary recall notice; 식약처, 복지부)
RCL = "a sentence of the recall notice relaying the government's measures; person ''"
PAGES.append(dict(
    source="2025-09-17_ap_tattoo-ink-recall-notice.txt",
    title="[자진 회수] 블랙노트 라이닝 잉크 일부 제조번호 회수 안내", published_at="2025-09-17",
    mentions=[
        m("ap-mfds-ink-standard", "achieved", MFDS, OTH,
          "[요약] 제조번호 BN-2507 계열 회수 · 식약처 문신 염료 안전기준(9월 1일 고시)에 따른 조치 · 환불과 교환은 10월 31일까지",
          comment="the notice's [요약] line: only its second item concerns a government commitment (issued on "
                  "1 September, on time); the others are the importer's own. The page's date: the table row "
                  "'회수 공표일 | 2025년 9월 17일(수)' (the post line has none)"),
        m("ap-mfds-ink-standard", "achieved", MFDS, OTH,
          "식품의약품안전처는 9월 1일 문신 염료 안전기준을 고시했고, 이번 회수는 그 기준에 따른 첫 검사 결과입니다.",
          comment=RCL + "; on time ('9월까지'): the date says when it was done, no deadline fields"),
        m("ap-mfds-ink-test-300", "progress", MFDS, OTH,
          "식약처에 따르면 연내 300개 제품을 검사하겠다는 계획 가운데 지금까지 186개 제품 검사를 마쳤고, 14개 제품이 부적합 판정을 받았습니다.",
          target=300.0, unit="개", deadline="2025-12-31", dtext="연내",
          comment=RCL + "; 186 before the deadline: progress; the clause restates target and deadline"),
        m("ap-mfds-ink-online", "new", MFDS, OTH,
          "부적합 염료가 온라인에서 다시 팔리지 않도록 11월부터 온라인 판매 게시물을 상시 모니터링하겠다",
          person="용하준", deadline="2025-11-30", dtext="11월부터",
          comment="the official's quote, between its quotation marks; person 용하준 (식약처 위해정보과장)"),
        m("ap-mfds-import-cert", "new", MFDS, OTH,
          "식약처는 또 내년 1월부터 문신 염료를 수입할 때 성분 시험성적서를 반드시 내도록 할 계획입니다.",
          deadline="2026-01-31", dtext="내년 1월부터", comment=RCL),
        m("ap-mohw-hygiene-edu", "progress", MOHW, OTH,
          "보건복지부는 현업 문신사가 해마다 8시간의 위생교육을 받도록 하는 시행규칙 개정안을 8월에 입법예고했습니다.",
          target=8.0, unit="시간",
          comment=RCL + "; a step done (입법예고), the rule not yet in force: progress; the clause names the "
                        "target; '8월에' is when the step was taken, no deadline fields"),
        m("ap-mohw-tattoo-exam", "progress", MOHW, OTH,
          "복지부는 내년 상반기 첫 문신사 국가시험도 예정대로 치른다는 입장입니다.",
          deadline="2026-06-30", dtext="내년 상반기",
          comment=RCL + "; on schedule, restated with its date: progress (as an's co-op '계획 유지')"),
        m("ap-mohw-tattoo-register", "new", MOHW, OTH,
          "내년 1월 문신 업소 신고제가 시행되면, 시술 기록지에 염료 제조번호를 적는 것이 의무가 됩니다(복지부).",
          deadline="2026-01-31", dtext="내년 1월",
          comment=RCL + "; the dated plan restated inside a conditional, no news of its progress: new (as an's "
                        "restated card). Not annotated: the importer's own plans (10월 31일까지 폐기·환불, 연내 "
                        "외부 시험기관 검사) and instructions"),
    ]))

# ---------------------------------------------------------------- 배추 수급 2/4 (a supermarket's weekly flyer as text; 농식품부, 기재부)
FLY = "a sentence of the flyer's '김장철 장바구니 소식' box, relaying the government's measures; person ''"
PAGES.append(dict(
    source="2025-10-30_ap_mart-kimjang-flyer.txt",
    title="🥬 2025 김장 대축제 — 정부 할인 지원으로 배추 최대 30% ↓ (11월 한 달)", published_at="2025-10-30",
    mentions=[
        m("ap-mafra-kimjang-30", "new", MAFRA, OTH,
          "🥬 2025 김장 대축제 — 정부 할인 지원으로 배추 최대 30% ↓ (11월 한 달)",
          target=30.0, unit="%", deadline="2025-11-30", dtext="11월 한 달",
          comment="the flyer's title line; '정부' → 농림축산식품부 (the box below). The page's date: the "
                  "price note '10월 30일 기준' and the sale period '10. 30.(목) ~ 11. 5.(수)', the year only in this "
                  "title"),
        m("ap-mafra-kimjang-30", "new", MAFRA, OTH,
          "농림축산식품부는 11월 한 달 동안 배추·무·고춧가루 같은 김장 재료를 대형마트와 전통시장에서 최대 30% 싸게 살 수 있도록 할인을 지원합니다.",
          target=30.0, unit="%", deadline="2025-11-30", dtext="11월 한 달", comment=FLY),
        m("ap-moef-reserve-600", "new", MOEF, FIS,
          "기획재정부는 이 할인 지원에 쓸 예비비 600억 원을 11월 중 풀기로 했습니다.",
          target=60000000000.0, unit="원", deadline="2025-11-30", dtext="11월 중",
          comment=FLY + "; fiscal: no cue in the sentence, the remit of 기획재정부"),
        m("ap-mafra-stock-20k", "progress", MAFRA, OTH,
          "농식품부가 비축한 배추는 지금 1만 8,000톤으로, 연말까지 2만 톤을 채울 계획이라고 합니다.",
          target=20000.0, unit="톤", deadline="2025-12-31", dtext="연말까지",
          comment=FLY + "; 18,000 before the deadline: progress; target and deadline restated"),
        m("ap-mafra-release-5000", "achieved", MAFRA, OTH,
          "농식품부는 약속대로 지난 3월 비축 배추 5,000톤을 도매시장에 풀었습니다.",
          comment=FLY + "; on time: no deadline fields"),
        m("ap-mafra-smart-storage", "progress", MAFRA, OTH,
          "배추 스마트 저장고는 강원 평창 등 3곳이 문을 열었고, 2026년까지 10곳을 짓는 계획은 그대로입니다(농식품부).",
          target=10.0, unit="곳", deadline="2026-12-31", dtext="2026년까지", comment=FLY + "; 3 of 10: progress"),
        m("ap-mafra-contract-30", "progress", MAFRA, OTH,
          "가격을 미리 정해 두는 계약재배 비중은 올해 18%까지 올라왔다고 농식품부는 밝혔습니다.",
          comment=FLY + "; a measured value without the target, before the deadline: progress, no fields"),
        m("ap-mafra-kimjang-30", "new", MAFRA, OTH,
          "정부 할인 지원(최대 30%)은 11월 30일까지 계산대에서 자동으로 적용됩니다.",
          target=30.0, unit="%", deadline="2025-11-30", dtext="11월 30일까지",
          comment="the first FAQ answer's second sentence (after 'A. 따로 신청하지 않으셔도 됩니다.'), relaying the "
                  "same plan; person ''. Not annotated: the price lines and their '🏷 정부 할인 지원 적용 시' "
                  "tags (a price list), the cost box, the mart's own offers (11월 15일까지 예약, 김장 매트, 시연), "
                  "the second answer (a rule detail)"),
    ]))

# ---------------------------------------------------------------- 불법촬영 점검 2/3 (a volunteer patrol's monthly log; 행안부, 경찰청, 성평등가족부)
LOG = "a `· ` line of the log's '이달의 정부 소식' list, whole with its marker; person ''"
PAGES.append(dict(
    source="2025-11-20_ap_safety-patrol-log.txt",
    title="[11월 순찰 일지] 벼리천 수변공원·벼리역 일대 (11.20 갱신)", published_at="2025-11-20",
    mentions=[
        m("ap-mois-qr-50k", "delayed", MOIS, OTH,
          "📌 요약: 11월 3회 순찰, 의심 기기 발견 0건 · 비상벨 고장 2건 신고 · 행안부 QR 점검 이력 전국 확대는 내년 상반기로 연기",
          deadline="2026-06-30", dtext="내년 상반기로",
          comment="the log's 📌 요약 line: only its third item is a government commitment (the others are the "
                  "patrol's own counts); " + LATER + " (no previous date named here). The page's date: the title's "
                  "'(11.20 갱신)', the year only in the breadcrumb '2025년 하반기' and the footer"),
        m("ap-mois-bell-40k", "progress", MOIS, OTH,
          "· 행정안전부에 따르면 공중화장실 비상벨은 전국 2만 3,000곳에 설치됐고, 2026년까지 4만 곳 목표는 그대로라고 합니다.",
          target=40000.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment=LOG + "; 23,000 before the deadline: progress"),
        m("ap-knpa-joint-4x", "achieved", KNPA, OTH,
          "· 경찰청은 약속대로 7월부터 지자체와 합동 점검을 분기마다 하고 있고, 3분기 점검도 마쳤습니다.",
          comment=LOG + "; quarterly inspections in force from July (on time): achieved, no fields"),
        m("ap-mois-qr-50k", "delayed", MOIS, OTH,
          "· 행안부가 연내 전국 5만 곳으로 넓히겠다던 QR 점검 이력 공개는 내년 상반기로 미뤄졌습니다.",
          target=50000.0, unit="곳", deadline="2026-06-30", dtext="내년 상반기로", prev="2025-12-31",
          comment=LOG + "; " + LATER + "; the missed '연내' in previous_deadline; the clause names the target"),
        m("ap-mogef-inspector-1000", "progress", MOGE, OTH,
          "· 여성가족부는 지난달 성평등가족부로 이름이 바뀌었는데, '디지털 점검원'은 지금까지 620명이 교육을 마쳤다고 합니다.",
          comment=LOG + "; 620 before the deadline: progress; the body under its name on the page's date, "
                        "성평등가족부 (the page says so)"),
        m("ap-knpa-squad-17", "progress", KNPA, OTH,
          "· 불법촬영 전담수사팀은 17개 시도경찰청 가운데 11곳에 꾸려졌습니다(경찰청).",
          target=17.0, unit="개", comment=LOG + "; 11 of 17 before the deadline: progress; '17개 … 가운데' names the target"),
        m("ap-knpa-detect-app", "new", KNPA, OTH,
          "· 경찰청은 시민이 휴대전화로 불법촬영 카메라를 찾아볼 수 있는 탐지 앱을 내년 3월 내놓겠다고 밝혔습니다.",
          deadline="2026-03-31", dtext="내년 3월",
          comment=LOG + ". Not annotated: the patrol log's rows, the city's repair (11.10), the patrol's own "
                        "plans (12월부터 주 2회, 탐지기 1대, 12월 6일 교육), its lessons and rules, the comments"),
    ]))

# ---------------------------------------------------------------- 수요응답형 버스 2/3 (residents' online petition with updates; 국토부, 행안부)
UPD = "a sentence of the petition's update #3, relaying the ministry's written answer; person ''"
P9_R = "국토부 답변 요약: 150곳 목표 유지 · 호출 앱 상반기로 연기 · 야간 시범 10개 시군 새로 추진"
PAGES.append(dict(
    source="2026-01-22_ap_drt-bus-petition.txt",
    title="너븐군 가지면에 콜버스를 저녁에도 다니게 해 주세요", published_at="2026-01-22",
    mentions=[
        m("ap-molit-drt-app", "delayed", MOLIT, OTH,
          "진행 상황 요약: 서명 2,148명 · 국토부 통합 호출 앱 상반기로 연기 · 가지면 야간 시범 신청 예정",
          deadline="2026-06-30", dtext="상반기로",
          comment="the campaign's '진행 상황 요약' line: only its second item is a government commitment (the "
                  "count and the residents' own application are not); " + LATER + " (no previous date named). The "
                  "page's date: the newest update's '1월 22일' (no year), the year from the footer '© 2026' and "
                  "'새해 인사' (the campaign's start line says 2025. 12. 3.)"),
        m("ap-molit-drt-150", "progress", MOLIT, OTH, P9_R, target=150.0, unit="곳",
          comment="update #3's '국토부 답변 요약' line: three commitments; first item, the target kept: progress"),
        m("ap-molit-drt-app", "delayed", MOLIT, OTH, P9_R, deadline="2026-06-30", dtext="상반기로",
          comment="second item; " + LATER),
        m("ap-molit-drt-night", "new", MOLIT, OTH, P9_R, target=10.0, unit="개", comment="third item; no time named"),
        m("ap-molit-drt-150", "progress", MOLIT, OTH,
          "국토교통부에 따르면 수요응답형 버스를 도입한 시군은 지난해 말 112곳이 됐고, 2026년까지 150곳으로 늘린다는 목표는 그대로입니다.",
          target=150.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment=UPD + "; 112 before the deadline: progress"),
        m("ap-molit-drt-app", "delayed", MOLIT, OTH,
          "지난해 하반기에 나온다던 전국 통합 호출 앱은 올해 상반기로 미뤄졌습니다(국토부).",
          deadline="2026-06-30", dtext="올해 상반기로", prev="2025-12-31",
          comment=UPD + "; " + LATER + "; the missed '하반기' in previous_deadline"),
        m("ap-molit-drt-wait-20", "delayed", MOLIT, OTH,
          "국토부가 지난해 말까지 20분 이내로 줄이겠다던 평균 대기시간은 31분에 머물렀습니다.",
          target=20.0, unit="분", prev="2025-12-31",
          comment=UPD + "; " + SHORT + "; the missed deadline in previous_deadline; the clause names the target"),
        m("ap-molit-lowfloor-30", "progress", MOLIT, OTH,
          "저상 차량 비율은 지난해 말 12%라고 합니다(국토부).",
          comment=UPD + "; a measured value before the deadline (2027): progress, no fields"),
        m("ap-mois-village-taxi", "progress", MOIS, OTH,
          "행정안전부의 '마실택시' 국비 지원은 이달부터 시작됐고, 인구감소지역 89곳 가운데 61곳이 참여했습니다.",
          target=89.0, unit="곳",
          comment=UPD + "; started on time with 61 of 89: progress; '89곳 가운데' names the target"),
        m("ap-molit-drt-night", "new", MOLIT, OTH,
          "국토부는 상반기 중 10개 시군에서 수요응답형 버스 야간 운행 시범사업을 하겠다고 밝혔습니다.",
          target=10.0, unit="개", deadline="2026-06-30", dtext="상반기 중",
          comment=UPD + ". Not annotated: the residents' own plans (2월 중 신청서, 3,000명이면 직접 전달), the "
                        "county's consideration in update #2 (밤 9시, 차량 1대 예산), the petition's demands and "
                        "the signers' comments"),
    ]))

# ---------------------------------------------------------------- 배추 수급 3/4 (a kimchi maker's price letter to business customers; 농식품부, 농진청, 기획예산처, 재정경제부)
LET = "a sentence of the letter's '2. 조정 사유', relaying the government's measures; person ''"
P10_S = "[요약] 4월 공급분부터 포기김치 10kg 단가 10.7% 조정 · 정부 배추 비축 2만 1,000톤 완료 · 계약재배 30% 목표는 2028년으로 연기"
P10_K = ("지난해 11월 김장 재료 할인 지원(최대 30%)은 계획대로 한 달 동안 진행됐고, 기획예산처에 따르면 여기에 쓴 "
         "예비비 600억 원도 모두 집행됐습니다.")
PAGES.append(dict(
    source="2026-03-19_ap_kimchi-supplier-price-letter.txt",
    title="[거래처 안내] 4월 공급분부터 포기김치 납품 단가 조정 안내", published_at="2026-03-19",
    mentions=[
        m("ap-mafra-stock-20k", "achieved", MAFRA, OTH, P10_S,
          comment="the letter's [요약] line: the first item is the maker's own price change (not annotated); "
                  "second item, no body named: 농림축산식품부. The page's date: the document line '시행 2026. 3. 19.'"),
        m("ap-mafra-contract-30", "delayed", MAFRA, OTH, P10_S, target=30.0, unit="%", deadline="2028-12-31",
          dtext="2028년으로", comment="third item; " + LATER + " (no previous date named here)"),
        m("ap-mafra-stock-20k", "achieved", MAFRA, OTH,
          "농림축산식품부는 지난해 배추 비축 목표였던 2만 톤을 넘겨 연말까지 2만 1,000톤을 비축했습니다.",
          comment=LET + "; done by the deadline: achieved, no fields"),
        m("ap-mafra-kimjang-30", "achieved", MAFRA, OTH, P10_K,
          comment=LET + "; one sentence, two commitments: the discount (농림축산식품부's, named on the flyer) run "
                        "for the month as planned"),
        m("ap-moef-reserve-600", "achieved", MOPB, FIS, P10_K,
          comment=LET + "; the reserve fund spent: 기획예산처 (named), the successor that took 기획재정부's budget "
                        "work on 2026-01-02 (not the primary successor 재정경제부)"),
        m("ap-mafra-contract-30", "delayed", MAFRA, OTH,
          "다만 농식품부는 계약재배 비중을 2027년까지 30%로 올리겠다던 목표를 2028년으로 늦췄습니다.",
          target=30.0, unit="%", deadline="2028-12-31", dtext="2028년으로", prev="2027-12-31",
          comment=LET + "; " + LATER + "; the first '2027년까지' in previous_deadline"),
        m("ap-rda-heat-variety", "progress", RDA, OTH,
          "농촌진흥청은 더위에 강한 여름배추 신품종 '한여름'을 올해 300ha에 먼저 보급하고, 연말까지 1,000ha로 늘리는 계획은 그대로라고 밝혔습니다.",
          target=1000.0, unit="ha", deadline="2026-12-31", dtext="연말까지",
          comment=LET + "; 300ha first, before the deadline: progress; target and deadline restated"),
        m("ap-mafra-spring-buy", "new", MAFRA, OTH,
          "봄배추 출하가 몰리는 5월까지 비축용 배추 3,000톤을 더 사들이겠다",
          person="진솔아", target=3000.0, unit="톤", deadline="2026-05-31", dtext="5월까지",
          comment="the official's quote, between its quotation marks; person 진솔아 (농림축산식품부 원예산업과장). "
                  "Never reported on again (the date rule makes it delayed). Not annotated: her second quote "
                  "('작황이 나쁘면 … 일찍 풀겠다': a conditional with no number or date)"),
        m("ap-mofe-vat-credit", "new", MOFE, FIS,
          "재정경제부는 하반기부터 연말까지 음식점이 농산물을 살 때 적용하는 의제매입세액 공제 한도를 10%p 높이겠다고 밝혔습니다.",
          target=10.0, unit="%p", deadline="2026-12-31", dtext="하반기부터 연말까지",
          comment="a sentence of '3. 음식점 사장님께 드리는 세금 정보'; person ''; fiscal: no cue word "
                  "('의제매입세액' holds none), the remit of 재정경제부. Not annotated: the maker's own price change "
                  "and promises (3월 31일까지, 7월 공급분부터 인하, 4월 배송비, 국산 100%), the price table"),
    ]))

# ---------------------------------------------------------------- 예비군 2/3 (a trade union's wall poster, transcribed on its site; 국방부, 노동부)
WALL = "a sentence of the poster's '정부 약속은 어디까지 왔나', relaying the government's measures; person ''"
P11_S = "[요약] 예비군 훈련은 공가로! · 동원훈련 보상비 10만 원은 2027년으로 밀려 · 노동부 익명 신고센터 7월 개설"
PAGES.append(dict(
    source="2026-05-14_ap_union-wall-poster.txt",
    title="[대자보] 예비군 훈련 다녀온 동료에게 연차를 쓰라니요", published_at="2026-05-14",
    mentions=[
        m("ap-mnd-comp-100k", "delayed", MND, OTH, P11_S, target=100000.0, unit="원", deadline="2027-12-31",
          dtext="2027년으로",
          comment="the post's [요약] line: the first item is the union's own demand (not annotated); second item, "
                  "no body named: 국방부; " + LATER + " (no previous date named). The page's date: the poster's own "
                  "closing line '2026년 5월 14일' (the post line shows only '05-14')"),
        m("ap-moel-report-center", "new", MOEL, OTH, P11_S, deadline="2026-07-31", dtext="7월",
          comment="third item; '노동부' → 고용노동부"),
        m("ap-mnd-comp-100k", "delayed", MND, OTH,
          "국방부는 지난해 '내년부터 동원훈련 보상비 10만 원'을 약속했지만, 올해 보상비는 9만 원에 그쳤고 10만 원은 2027년으로 밀렸습니다.",
          target=100000.0, unit="원", deadline="2027-12-31", dtext="2027년으로", prev="2026-12-31",
          comment=WALL + "; " + LATER + " (this year's 9만 원 is a step, not a new target); the first "
                         "'내년부터' (of 2025, so 2026) in previous_deadline"),
        m("ap-mnd-transport", "achieved", MND, OTH,
          "교통비 실비 지급은 지난해 10월부터 시작돼 그나마 나아졌습니다(국방부).",
          comment=WALL + "; started in October 2025, within '하반기부터': achieved on time, no fields"),
        m("ap-mnd-range-40", "progress", MND, OTH,
          "영상 사격장을 갖춘 과학화 훈련장은 2026년까지 40곳이 목표인데, 지금 27곳입니다(국방부).",
          target=40.0, unit="곳", deadline="2026-12-31", dtext="2026년까지", comment=WALL + "; 27 before the deadline: progress"),
        m("ap-mnd-notice-30d", "new", MND, OTH,
          "국방부는 하반기부터 예비군 훈련 일정을 30일 전에 모바일로 알려 주겠다고 밝혔습니다.",
          target=30.0, unit="일", deadline="2026-12-31", dtext="하반기부터",
          comment=WALL + "; the notice period taken as the target (as ao's thresholds)"),
        m("ap-moel-penalty-500", "delayed", MOEL, OTH,
          "고용노동부가 지난해 하반기에 500곳을 점검하겠다던 예비군 불이익 사업장 점검은 312곳에 그쳤습니다.",
          target=500.0, unit="곳", prev="2025-12-31",
          comment=WALL + "; " + SHORT + "; the missed '하반기' in previous_deadline"),
        m("ap-moel-report-center", "new", MOEL, OTH,
          "노동부는 7월 '예비군 불이익 익명 신고센터'를 열겠다고 발표했습니다.",
          deadline="2026-07-31", dtext="7월",
          comment=WALL + ". Not annotated: `신고센터가 문을 열면 조합이 함께 신고하겠습니다` and the union's other "
                         "plans and demands (5월 말까지 설문, 6월 임단협), the company's quoted answer (6월 말까지 "
                         "인사 규정: a company's promise), the law's rule, the comments"),
    ]))

# ---------------------------------------------------------------- all five, last (a civic group's satirical promise awards page)
AW = "an award line, whole with its `· ` marker; the body from its bracket"
P12_S = ("📌 심사위원 한 줄 평: 문신사 첫 국가시험 10월 시행 · QR 점검 이력 올해 6월 전국 공개 · 시민용 탐지 앱은 철회 · "
         "예비군 보상비 10만 원은 2027년으로")
PAGES.append(dict(
    source="2026-11-27_ap_promise-awards-page.txt",
    title="2026 생활약속 시상식 — 올해의 참약속과 헛약속", published_at="2026-11-27",
    mentions=[
        m("ap-mohw-tattoo-exam", "achieved", MOHW, OTH, P12_S,
          comment="the page's '📌 심사위원 한 줄 평' line: four commitments, no body named; first item: 보건복지부; "
                  + LATE + ". The page's date: the broadcast line '🎙 2026. 11. 27.(금) 저녁 7시'"),
        m("ap-mois-qr-50k", "achieved", MOIS, OTH, P12_S, comment="second item: 행정안전부; achieved on the moved date"),
        m("ap-knpa-detect-app", "cancelled", KNPA, OTH, P12_S, comment="third item: 경찰청; withdrawn"),
        m("ap-mnd-comp-100k", "delayed", MND, OTH, P12_S, target=100000.0, unit="원", deadline="2027-12-31",
          dtext="2027년으로", comment="fourth item: 국방부; the moved date restated: delayed with it"),
        # 🏆 개근상
        m("ap-mohw-tattoo-register", "achieved", MOHW, OTH, "· 문신 업소 신고제 — 올해 1월 예정대로 시행 (복지부)",
          comment=AW + "; on time"),
        m("ap-mfds-ink-standard", "achieved", MFDS, OTH, "· 문신 염료 안전기준 — 2025년 9월 고시 (식약처)",
          comment=AW + "; " + AGAIN),
        m("ap-mfds-ink-test-300", "achieved", MFDS, OTH, "· 문신 염료 300개 제품 유해물질 검사 — 2025년 안에 모두 마침 (식약처)",
          comment=AW + "; on time"),
        m("ap-mfds-import-cert", "achieved", MFDS, OTH, "· 문신 염료 수입 때 시험성적서 제출 의무 — 올해 1월부터 (식약처)",
          comment=AW + "; on time"),
        m("ap-knpa-joint-4x", "achieved", KNPA, OTH, "· 불법촬영 합동 점검 연 4회 — 2025년 7월부터 분기마다 (경찰청)",
          comment=AW + "; " + AGAIN),
        m("ap-mafra-stock-20k", "achieved", MAFRA, OTH, "· 정부 비축 배추 2만 톤 — 2025년 말 2만 1,000톤 (농식품부)",
          comment=AW + "; " + AGAIN),
        m("ap-mafra-release-5000", "achieved", MAFRA, OTH, "· 비축 배추 5,000톤 봄 방출 — 2025년 3월 (농식품부)",
          comment=AW + "; " + AGAIN),
        m("ap-mafra-kimjang-30", "achieved", MAFRA, OTH, "· 김장 재료 최대 30% 할인 지원 — 2025년 11월 한 달 (농식품부)",
          comment=AW + "; " + AGAIN + " ('11월 한 달' says when it ran)"),
        m("ap-moef-reserve-600", "achieved", MOPB, FIS, "· 김장 할인 예비비 600억 원 — 2025년 11월 모두 집행 (기획처)",
          comment=AW + "; '기획처' → 기획예산처 (the budget office); " + AGAIN),
        m("ap-mois-village-taxi", "achieved", MOIS, OTH, "· 마실택시 국비 지원 — 인구감소지역 89곳 모두 (행안부)",
          comment=AW + "; all 89 within 2026: achieved"),
        m("ap-mnd-transport", "achieved", MND, OTH, "· 예비군 교통비 실비 지급 — 2025년 10월부터 (국방부)",
          comment=AW + "; " + AGAIN),
        m("ap-moel-report-center", "achieved", MOEL, OTH, "· 예비군 불이익 익명 신고센터 — 올해 7월 개설 (노동부)",
          comment=AW + "; on time"),
        # ⏰ 지각상
        m("ap-mohw-tattoo-exam", "achieved", MOHW, OTH,
          "· 문신사 첫 국가시험 — 올해 상반기에서 미뤄져 10월 시행, 1,204명 합격 (복지부)",
          comment=AW + "; " + LATE + " (the delay was never reported before it was done)"),
        m("ap-mois-qr-50k", "achieved", MOIS, OTH,
          "· QR 점검 이력 공개 전국 5만 곳 — 2025년 말에서 미뤄져 올해 6월 마침 (행안부)",
          comment=AW + "; done by the moved date (2026-06-30), late by the first: no fields"),
        m("ap-knpa-squad-17", "achieved", KNPA, OTH,
          "· 불법촬영 전담수사팀 17개 시도경찰청 — 2025년 말을 넘겨 올해 3월 모두 꾸림 (경찰청)",
          comment=AW + "; " + LATE),
        m("ap-molit-drt-app", "achieved", MOLIT, OTH,
          "· 수요응답형 버스 통합 호출 앱 — 2025년 하반기에서 미뤄져 올해 6월 출시 (국토부)",
          comment=AW + "; done by the moved date, late by the first: no fields"),
        # 🐢 끈기상
        m("ap-mois-bell-40k", "progress", MOIS, OTH, "· 공중화장실 비상벨 4만 곳 — 지금 3만 6,000곳, 기한 2026년까지 (행안부)",
          target=40000.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment=AW + "; 36,000 before the deadline: progress; target and deadline restated"),
        m("ap-mafra-smart-storage", "progress", MAFRA, OTH, "· 배추 스마트 저장고 10곳 — 지금 7곳, 기한 2026년까지 (농식품부)",
          target=10.0, unit="곳", deadline="2026-12-31", dtext="2026년까지", comment=AW + "; 7 of 10: progress"),
        m("ap-rda-heat-variety", "progress", RDA, OTH, "· 더위에 강한 여름배추 1,000ha — 지금 620ha, 기한 올해 말 (농진청)",
          target=1000.0, unit="ha", deadline="2026-12-31", dtext="올해 말", comment=AW + "; '농진청' → 농촌진흥청; progress"),
        m("ap-molit-drt-150", "progress", MOLIT, OTH, "· 수요응답형 버스 150개 시군 — 지금 138곳, 기한 2026년까지 (국토부)",
          target=150.0, unit="개", deadline="2026-12-31", dtext="2026년까지", comment=AW + "; 138 of 150: progress"),
        m("ap-mnd-range-40", "progress", MND, OTH, "· 과학화 예비군 훈련장 40곳 — 지금 34곳, 기한 2026년까지 (국방부)",
          target=40.0, unit="곳", deadline="2026-12-31", dtext="2026년까지", comment=AW + "; 34 of 40: progress"),
        m("ap-mnd-notice-30d", "progress", MND, OTH,
          "· 예비군 훈련 30일 전 모바일 알림 — 7월부터 일부 훈련장, 전면 시행은 연말 (국방부)",
          target=30.0, unit="일", deadline="2026-12-31", dtext="연말",
          comment=AW + "; in force at some grounds, in full by the year's end: progress"),
        # 🔄 변신상
        m("ap-mohw-hygiene-edu", "revision", MOHW, OTH,
          "· 문신사 위생교육 — 해마다 8시간에서 4시간으로 줄이고 2027년부터 시행 (복지부)",
          target=4.0, unit="시간", deadline="2027-12-31", dtext="2027년부터",
          comment=AW + "; target cut and start moved in one line: revision with the new date"),
        m("ap-mofe-vat-credit", "revision", MOFE, FIS,
          "· 음식점 의제매입세액 공제 한도 — 10%p에서 5%p로 줄여 올해 10월부터 연말까지 (재경부)",
          target=5.0, unit="%p", deadline="2026-12-31", dtext="연말까지",
          comment=AW + "; '재경부' → 재정경제부; the rise halved and its start moved: revision with the date"),
        # ⌛ 기다림상
        m("ap-mogef-inspector-1000", "delayed", MOGE, OTH, "· 디지털 점검원 1,000명 — 2025년 말까지 870명에 그침 (성평등부)",
          target=1000.0, unit="명", prev="2025-12-31",
          comment=AW + "; '성평등부' → 성평등가족부 (made by 여성가족부); " + SHORT + "; the missed deadline in "
                       "previous_deadline"),
        m("ap-mafra-contract-30", "delayed", MAFRA, OTH, "· 배추 계약재배 30% — 2027년에서 2028년으로 (농식품부)",
          target=30.0, unit="%", deadline="2028-12-31", dtext="2028년으로", prev="2027-12-31",
          comment=AW + "; the moved date restated: delayed with it; the first year in previous_deadline"),
        m("ap-molit-drt-wait-20", "delayed", MOLIT, OTH, "· 수요응답형 버스 평균 대기 20분 — 올해도 27분 (국토부)",
          target=20.0, unit="분", comment=AW + "; " + SHORT),
        m("ap-mnd-comp-100k", "delayed", MND, OTH, "· 동원훈련 보상비 10만 원 — 올해 9만 원, 10만 원은 2027년으로 (국방부)",
          target=100000.0, unit="원", deadline="2027-12-31", dtext="2027년으로",
          comment=AW + "; the moved date restated (the first one not named here)"),
        m("ap-moel-penalty-500", "delayed", MOEL, OTH,
          "· 예비군 불이익 사업장 500곳 점검 — 2025년 312곳, 올해 점검 결과는 아직 없음 (노동부)",
          target=500.0, unit="곳", comment=AW + "; " + SHORT + " ('2025년' is when the count was made, no previous date)"),
        # 👻 실종상
        m("ap-mfds-ink-online", "cancelled", MFDS, OTH, "· 문신 염료 온라인 상시 모니터링 — 인력이 없다며 접음 (식약처)",
          comment=AW + "; dropped"),
        m("ap-knpa-detect-app", "cancelled", KNPA, OTH, "· 시민용 불법촬영 탐지 앱 — 개인정보 우려로 출시 철회 (경찰청)",
          comment=AW + "; withdrawn"),
        m("ap-molit-drt-night", "cancelled", MOLIT, OTH,
          "· 수요응답형 버스 야간 운행 시범 10개 시군 — 신청한 시군이 없어 무산 (국토부)",
          comment=AW + "; fell through"),
        # 🌱 신인상
        m("ap-mohw-side-effect", "new", MOHW, OTH, "· 문신 부작용 신고 시스템 — 2027년 상반기 (복지부)",
          deadline="2027-06-30", dtext="2027년 상반기", comment=AW),
        m("ap-mois-private-bell", "new", MOIS, OTH, "· 민간 개방화장실 비상벨 1만 곳 — 2027년까지 (행안부)",
          target=10000.0, unit="곳", deadline="2027-12-31", dtext="2027년까지", comment=AW),
        m("ap-mafra-forecast-ai", "new", MAFRA, OTH, "· 배추 수급 예측 AI — 2027년 도입 (농식품부)",
          deadline="2027-12-31", dtext="2027년",
          comment=AW + "; other ('AI' alone is no cue). Not annotated: '시상식을 열며' (the group's counts), "
                       "'심사위원 한마디' and its ※ line on the three promises left out (no news, no number or "
                       "date), the chat replay"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-27)
LAST = "2026-11-27"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    # 문신 제도
    ("ap-mohw-tattoo-exam", MOHW, OTH, "첫 문신사 국가시험 2026년 상반기 시행", "achieved",
     "on schedule (Sep 2025); held in October 2026 (late; Nov 2026)"),
    ("ap-mohw-tattoo-register", MOHW, OTH, "문신 시술 업소 보건소 신고제 2026년 1월부터", "achieved",
     "restated (Sep 2025); in force from January 2026 (on time; Nov 2026)"),
    ("ap-mohw-hygiene-edu", MOHW, OTH, "현업 문신사 연 8시간 위생교육 2025년 하반기부터 (→ 4시간, 2027년)", "revised",
     "rule pre-announced in August 2025 (Sep 2025); cut to 4 hours and moved to 2027 (Nov 2026)"),
    ("ap-mfds-ink-standard", MFDS, OTH, "문신 염료 안전기준 2025년 9월까지 고시", "achieved",
     "issued on 1 September 2025 (on time; Sep 2025, Nov 2026)"),
    ("ap-mfds-ink-test-300", MFDS, OTH, "시중 문신 염료 300개 제품 유해물질 검사 2025년 안에", "achieved",
     "186 (Sep 2025); all 300 in 2025 (Nov 2026)"),
    ("ap-mfds-ink-online", MFDS, OTH, "부적합 문신 염료 온라인 판매 상시 모니터링 2025년 11월부터", "cancelled",
     "dropped for want of staff (Nov 2026)"),
    ("ap-mfds-import-cert", MFDS, OTH, "문신 염료 수입 때 성분 시험성적서 제출 의무 2026년 1월부터", "achieved",
     "in force from January 2026 (on time; Nov 2026)"),
    ("ap-mohw-side-effect", MOHW, OTH, "문신 부작용 신고 시스템 2027년 상반기", "announced", ""),
    # 불법촬영 점검
    ("ap-mois-bell-40k", MOIS, OTH, "공중화장실 비상벨 2026년까지 전국 4만 곳", "in_progress",
     "23,000 (Nov 2025); 36,000 (Nov 2026)"),
    ("ap-knpa-joint-4x", KNPA, OTH, "공중화장실 불법촬영 합동 점검 연 2회 → 4회 2025년 하반기부터", "achieved",
     "quarterly from July 2025 (on time; Nov 2025, Nov 2026)"),
    ("ap-mois-qr-50k", MOIS, OTH, "QR 점검 이력 공개 2025년 안에 전국 공중화장실 5만 곳 (→ 2026년 상반기)", "achieved",
     "moved to H1 2026 (Nov 2025); done in June 2026 (Nov 2026)"),
    ("ap-mogef-inspector-1000", MOGE, OTH, "불법촬영 '디지털 점검원' 2025년 말까지 1,000명 양성", "delayed",
     "620 (Nov 2025); 870 by the deadline (Nov 2026); made by 여성가족부"),
    ("ap-knpa-squad-17", KNPA, OTH, "17개 시도경찰청 불법촬영 전담수사팀 2025년 안에", "achieved",
     "11 (Nov 2025); all 17 by March 2026 (late; Nov 2026)"),
    ("ap-knpa-detect-app", KNPA, OTH, "시민용 불법촬영 카메라 탐지 앱 2026년 3월 출시", "cancelled",
     "withdrawn over privacy concerns (Nov 2026)"),
    ("ap-mois-private-bell", MOIS, OTH, "민간 개방화장실 비상벨 2027년까지 1만 곳", "announced", ""),
    # 배추 수급
    ("ap-mafra-stock-20k", MAFRA, OTH, "정부 비축 배추 1만 → 2만 톤 2025년", "achieved",
     "18,000 (Oct 2025); 21,000 by the end of 2025 (Mar 2026, Nov 2026)"),
    ("ap-mafra-release-5000", MAFRA, OTH, "비축 배추 5,000톤 도매시장 방출 2025년 3월부터", "achieved",
     "released in March 2025 (on time; Oct 2025, Nov 2026)"),
    ("ap-mafra-smart-storage", MAFRA, OTH, "배추 스마트 저장고 2026년까지 산지 10곳", "in_progress",
     "3 (Oct 2025); 7 (Nov 2026)"),
    ("ap-mafra-contract-30", MAFRA, OTH, "배추 계약재배 비중 15 → 30% 2027년까지 (→ 2028년)", "delayed",
     "18% (Oct 2025); moved to 2028 (Mar 2026, Nov 2026)"),
    ("ap-rda-heat-variety", RDA, OTH, "고온에 강한 여름배추 신품종 2026년까지 1,000ha 보급", "in_progress",
     "300ha first (Mar 2026); 620ha (Nov 2026)"),
    ("ap-mafra-kimjang-30", MAFRA, OTH, "김장 재료 최대 30% 할인 지원 2025년 11월 한 달", "achieved",
     "run for the month (Mar 2026, Nov 2026)"),
    ("ap-moef-reserve-600", MOPB, FIS, "김장 할인 지원 예비비 600억 원 2025년 11월 중 집행", "achieved",
     "spent (Mar 2026, Nov 2026); made by 기획재정부, its budget work with 기획예산처 from 2026-01-02"),
    ("ap-mofe-vat-credit", MOFE, FIS, "음식점 농산물 의제매입세액 공제 한도 10%p 상향 2026년 하반기부터 연말까지 (→ 5%p, 10월부터)",
     "revised", "halved to 5%p and started in October (Nov 2026)"),
    ("ap-mafra-spring-buy", MAFRA, OTH, "비축용 봄배추 3,000톤 추가 수매 2026년 5월까지", "delayed",
     "never reported on again: its deadline (2026-05-31) passed with no report of achievement (date rule)"),
    ("ap-mafra-forecast-ai", MAFRA, OTH, "배추 수급 예측 AI 2027년 도입", "announced", ""),
    # 수요응답형 버스
    ("ap-molit-drt-150", MOLIT, OTH, "수요응답형 버스 도입 시군 80 → 150곳 2026년까지", "in_progress",
     "112 (Jan 2026); 138 (Nov 2026)"),
    ("ap-molit-drt-app", MOLIT, OTH, "수요응답형 버스 전국 통합 호출 앱 2025년 하반기 (→ 2026년 상반기)", "achieved",
     "moved to H1 2026 (Jan 2026); launched in June 2026 (Nov 2026)"),
    ("ap-molit-drt-wait-20", MOLIT, OTH, "수요응답형 버스 평균 대기시간 2025년 말까지 20분 이내", "delayed",
     "31 minutes (Jan 2026); 27 minutes (Nov 2026)"),
    ("ap-molit-lowfloor-30", MOLIT, OTH, "수요응답형 버스 저상 차량 2027년까지 30%", "in_progress", "12% (Jan 2026)"),
    ("ap-mois-village-taxi", MOIS, OTH, "인구감소지역 89곳 '마실택시' 국비 지원 2026년부터", "achieved",
     "started with 61 (Jan 2026); all 89 (Nov 2026)"),
    ("ap-molit-drt-night", MOLIT, OTH, "수요응답형 버스 야간 운행 시범 10개 시군 2026년 상반기 중", "cancelled",
     "no county applied (Nov 2026)"),
    # 예비군
    ("ap-mnd-comp-100k", MND, OTH, "동원훈련 보상비 8만 2,000 → 10만 원 2026년부터 (→ 2027년)", "delayed",
     "9만 원 in 2026, 10만 원 moved to 2027 (May 2026, Nov 2026)"),
    ("ap-mnd-range-40", MND, OTH, "과학화 예비군 훈련장 2026년까지 40곳", "in_progress", "27 (May 2026); 34 (Nov 2026)"),
    ("ap-mnd-transport", MND, OTH, "예비군 훈련 대중교통 교통비 실비 지급 2025년 하반기부터", "achieved",
     "from October 2025 (on time; May 2026, Nov 2026)"),
    ("ap-mnd-phone-trial", MND, OTH, "예비군 훈련장 쉬는 시간 휴대전화 사용 시범 2025년 9월부터", "delayed",
     "never reported on again: its deadline (2025-09-30) passed with no report of achievement (date rule)"),
    ("ap-moel-penalty-500", MOEL, OTH, "예비군 훈련 불이익 의심 사업장 500곳 점검 2025년 하반기 중", "delayed",
     "312 in 2025 (May 2026, Nov 2026)"),
    ("ap-moel-report-center", MOEL, OTH, "예비군 불이익 익명 신고센터 2026년 7월 개설", "achieved",
     "opened in July 2026 (on time; Nov 2026)"),
    ("ap-mnd-notice-30d", MND, OTH, "예비군 훈련 일정 30일 전 모바일 알림 2026년 하반기부터", "in_progress",
     "at some grounds from July, in full by the end of 2026 (Nov 2026)"),
]


if __name__ == "__main__":
    write(ROOT, "ap", PAGES, COMMITMENTS, LAST,
          ["ministry = the responsible body under the name valid on that date (여성가족부's 디지털 점검원 promise is",
           "listed under 성평등가족부, its successor from 2025-10-01; 기획재정부's 예비비 promise under 기획예산처, the",
           "successor that took its budget work on 2026-01-02; every other body kept its name through 2026-11-27)."],
          with_commitments="--commitments" in sys.argv[1:])
