"""Writes the hand annotations of held-out set at to gold/*.toml.

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

MCST = "문화체육관광부"
MOIS = "행정안전부"
MOLIT = "국토교통부"
MOE = "교육부"
KNPA = "경찰청"
RDA = "농촌진흥청"
FTC = "공정거래위원회"
KCS = "관세청"
KHS = "국가유산청"
ME = "환경부"                      # until 2025-09-30
MCEE = "기후에너지환경부"           # from 2025-10-01, 환경부's successor
MOTIE = "산업통상자원부"            # until 2025-09-30
MOTI = "산업통상부"                # from 2025-10-01, 산업통상자원부's successor
KOSTAT = "통계청"                 # until 2025-09-30
NDO = "국가데이터처"               # from 2025-10-01, 통계청's successor
MOEF = "기획재정부"                # until 2026-01-01
MOPB = "기획예산처"                # from 2026-01-02, took 기획재정부's budget work

OTH = "other"      # 문화누리카드, 폐의류, 자전거, 러브버그, 로드킬: no topic fits
FIS = "fiscal"     # the 문화누리카드 budget promises (예산안) of 기획재정부 → 기획예산처
IND = "industry"   # 산업통상자원부 → 산업통상부's 섬유 제조업 재생 원사 plant; 관세청's used-clothes export codes (수출)

LATE = "achieved after the deadline the commitment named; no fields"
AGAIN = "an achievement restated: achieved again, no fields"

PAGES: list[dict] = []

# ---------------------------------------------------------------- 문화누리카드 1/4 (a neighbourhood bookstore's 'blind date with a book' page)
BOOK = "a `✎ ` line of the page's '문화누리카드로 책 사시는 분들께', whole with its marker; person ''"
PAGES.append(dict(
    source="2025-02-19_at_bookstore-blind-date-books.txt",
    title="[블라인드 북] 포장지 속 책, 힌트 카드만 보고 골라 주세요 — 2월의 열두 권",
    published_at="2025-02-19",
    mentions=[
        m("at-mcst-nuri-150k", "new", MCST, OTH,
          "[책방 한 줄] 2월 블라인드 북 12권 포장 완료 · 문화누리카드, 내년부터 1인당 15만 원으로(문체부) · 22일(토) 저녁 낭독회",
          target=150000.0, unit="원", deadline="2026-12-31", dtext="내년부터",
          comment="the page's [책방 한 줄] line (above the body): only its second item is a government commitment; "
                  "'문체부' → 문화체육관광부. The page's date: only the reading challenge's counter 'Day 50' with "
                  "'2025 도전' and '1월 1일을 Day 1로' (day 50 of 2025 = 2025-02-19, a Wednesday); 2월 22일(토), "
                  "2월 3일 (the card's issue start), 3월 1일 and '이번 주 월요일' (the announcement) are not the page's date"),
        m("at-mcst-nuri-150k", "new", MCST, OTH,
          "✎ 문화체육관광부는 문화누리카드 지원금을 올해 1인당 14만 원에서 내년부터 15만 원으로 올리겠다고 밝혔습니다.",
          target=150000.0, unit="원", deadline="2026-12-31", dtext="내년부터", comment=BOOK + "; 14만 원 the baseline"),
        m("at-mcst-nuri-auto-recharge", "new", MCST, OTH,
          "✎ 카드를 해마다 새로 발급받지 않아도 하반기부터는 지난해 카드에 지원금이 자동으로 다시 충전되게 하겠다고 합니다(문체부).",
          deadline="2025-12-31", dtext="하반기부터", comment=BOOK + "; the body in brackets"),
        m("at-mcst-nuri-merchants", "new", MCST, OTH,
          "✎ 카드를 쓸 수 있는 가맹점도 지금 2만 5,000곳에서 연내 3만 곳으로 늘린다고 합니다.",
          target=30000.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment=BOOK + "; no body named: 문화체육관광부 (the card's body, named two lines above); 2만 5,000곳 the baseline"),
        m("at-mcst-nuri-online-ticket", "new", MCST, OTH,
          "✎ 공연·전시 온라인 예매처에서도 상반기 중 문화누리카드로 결제할 수 있게 하겠다는 계획도 나왔습니다.",
          deadline="2025-06-30", dtext="상반기 중", comment=BOOK + "; no body named: 문화체육관광부"),
        m("at-mcst-nuri-youth-bonus", "new", MCST, OTH,
          "✎ 13세부터 18세까지 청소년 이용자에게는 올해 1만 원을 더 얹어 주겠다고 했습니다(문체부).",
          target=10000.0, unit="원", deadline="2025-12-31", dtext="올해",
          comment=BOOK + "; the ages are the scope, 1만 원 the amount"),
        m("at-moef-nuri-budget-2026", "new", MOEF, FIS,
          "✎ 기획재정부는 15만 원 인상분을 8월 말 정부 예산안에 반영하겠다고 했습니다.",
          deadline="2025-08-31", dtext="8월 말",
          comment=BOOK + "; fiscal (예산안); the 15만 원 is the card's amount, not this promise's target"),
        m("at-mcst-nuri-auto-recharge", "new", MCST, OTH,
          "하반기부터는 카드를 다시 발급받으러 주민센터에 가실 필요가 없게 하겠다",
          person="계예린", deadline="2025-12-31", dtext="하반기부터",
          comment="the official's quote (as relayed), between its quotation marks; person 계예린 (문화체육관광부 "
                  "지역문화정책과장). Not annotated: '올해 카드 발급은 2월 3일부터 이미 시작됐고' (a fact), the "
                  "bookstore's own plans (낭독회, 휴무, 새 단말기 3월 안에, 청소년 책갈피), the hint cards, the comments"),
    ]))

# ---------------------------------------------------------------- 폐의류 1/3 (a vintage clothing shop's weekly-drop page)
SHOP = "a `♻ ` line of the page's '헌 옷, 나라에서는 이렇게 하겠답니다', whole with its marker; person ''"
PAGES.append(dict(
    source="2025-04-16_at_vintage-shop-weekly-drop.txt",
    title="[4월 셋째 드롭] 봄 셔츠·니트 38벌 입고 — 그리고 헌 옷 이야기",
    published_at="2025-04-16",
    mentions=[
        m("at-me-textile-epr", "new", ME, OTH,
          "[두벌째 한 줄] 4월 셋째 드롭 38벌 · 헌 옷 생산자책임재활용, 2027년부터 의류에도(환경부) · 수선 예약은 토요일만",
          deadline="2027-12-31", dtext="2027년부터",
          comment="the page's [두벌째 한 줄] line (above the body): only its second item is a government commitment. "
                  "The page's date: only the clipping's '뭉게구름일보 2025년 4월 16일 자 18면' found '오늘 아침' in the "
                  "door; 4월 19일(토) and '매주 수요일' are not the page's date"),
        m("at-me-textile-epr", "new", ME, OTH,
          "♻ 환경부는 2027년부터 의류에도 생산자책임재활용(EPR)을 적용해, 옷을 만들고 파는 회사가 판매량에 맞춰 재활용 비용을 내게 하겠다고 밝혔습니다.",
          deadline="2027-12-31", dtext="2027년부터", comment=SHOP),
        m("at-me-textile-epr-notice", "new", ME, OTH,
          "♻ 이를 위한 자원재활용법 시행령 개정안은 하반기 중 입법예고하겠다고 합니다(환경부).",
          deadline="2025-12-31", dtext="하반기 중", comment=SHOP + "; a step of its own (the pre-announcement), kept apart from the 2027 start"),
        m("at-me-clothing-bin-map", "new", ME, OTH,
          "♻ 주인을 알 수 없는 의류수거함이 많아, 환경부는 수거함마다 운영자 이름과 연락처를 붙이게 하고 전국 수거함 위치 지도를 9월까지 공개하겠다고 했습니다.",
          deadline="2025-09-30", dtext="9월까지",
          comment=SHOP + "; one commitment (labels and the map, one date)"),
        m("at-kostat-textile-stat", "new", KOSTAT, OTH,
          "♻ 통계청은 연말까지 폐의류가 얼마나 나오고 얼마나 수출되는지 처음으로 통계를 내겠다고 합니다.",
          deadline="2025-12-31", dtext="연말까지", comment=SHOP + "; other (a statistic; 수출 is what it counts)"),
        m("at-motie-recycled-yarn", "new", MOTIE, IND,
          "♻ 산업통상자원부는 버려진 옷에서 실을 다시 뽑는 섬유 제조업체의 재생 원사 실증 공장을 2026년까지 두 곳 짓겠다고 했습니다.",
          target=2.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment=SHOP + "; industry (the ministry's remit and the cue 제조업 in 제조업체)"),
        m("at-ftc-greenwash-check", "new", FTC, OTH,
          "♻ 공정거래위원회는 상반기 중 패스트패션 브랜드 50곳의 '친환경' 광고를 점검해 근거 없는 표시를 바로잡겠다고 합니다.",
          target=50.0, unit="곳", deadline="2025-06-30", dtext="상반기 중", comment=SHOP),
        m("at-kcs-used-clothes-code", "new", KCS, IND,
          "♻ 관세청은 7월부터 중고 의류 수출 품목 코드를 '재사용'과 '재활용 원료'로 나눠 적용하겠다고 했습니다.",
          deadline="2025-07-31", dtext="7월부터", comment=SHOP + "; industry (export classification, the cue 수출)"),
        m("at-me-textile-epr", "new", ME, OTH,
          "옷을 많이 파는 회사일수록 재활용에 더 많은 몫을 내게 하겠다",
          person="변서담",
          comment="the official's quote (as the clipping reports it), between its quotation marks; person 변서담 "
                  "(환경부 자원순환정책과장); the EPR principle restated, no date. Not annotated: '한 해 버려지는 옷이 "
                  "8만 톤' (an industry estimate, context), the shop's own plans (수선 데이, 공방에 천으로, 매입 기준), "
                  "the drop list, the comments"),
    ]))

# ---------------------------------------------------------------- 자전거 1/3 (a cycling app's public ride activity)
RIDE = "a `🚲 ` line of the activity's '마침 이번 주에 나온 정부 발표', whole with its marker; person ''"
PAGES.append(dict(
    source="2025-05-18_at_cycling-app-ride-log.txt",
    title="일요일 아침 라이딩 — 한강 한 바퀴, 그리고 자전거도로 이야기",
    published_at="2025-05-18",
    mentions=[
        m("at-mois-bike-road-1200", "new", MOIS, OTH,
          "📝 한 줄 메모: 62km 한강 한 바퀴 · 행안부, 낡은 자전거도로 1,200km 2026년까지 정비 · 다음 달 클럽 라이딩은 북악",
          target=1200.0, unit="km", deadline="2026-12-31", dtext="2026년까지",
          comment="the activity's '📝 한 줄 메모' line (above the body): only its second item is a government "
                  "commitment; '행안부' → 행정안전부. The page's date: only the segment badge '🏆 개인 최고 기록 "
                  "(25.05.18 달성)' with '오늘 드디어 … 기록을 … 깼어요' (a Sunday, '일요일 아침 라이딩'); 지난 "
                  "목요일(15일) and 6월 8일(일) are not the page's date"),
        m("at-mois-bike-road-1200", "new", MOIS, OTH,
          "🚲 행정안전부는 2026년까지 깨지고 들뜬 노후 자전거도로 1,200km를 다시 포장하겠다고 발표했습니다.",
          target=1200.0, unit="km", deadline="2026-12-31", dtext="2026년까지", comment=RIDE),
        m("at-mois-bike-insurance-portal", "new", MOIS, OTH,
          "🚲 시군구마다 다른 자전거 보험을 한 번에 조회하고 청구하는 누리집을 하반기에 열겠다고 합니다(행안부).",
          deadline="2025-12-31", dtext="하반기에", comment=RIDE),
        m("at-moe-bike-safety-class", "new", MOE, OTH,
          "🚲 교육부는 9월 2학기부터 초등학교 4학년 이상 모든 학생에게 자전거 안전교육을 하겠다고 했습니다.",
          deadline="2025-09-30", dtext="9월 2학기부터", comment=RIDE + "; the start month (September) as the deadline"),
        m("at-knpa-ebike-tuning", "new", KNPA, OTH,
          "🚲 경찰청은 6월부터 석 달 동안 속도 제한을 풀어 개조한 전기자전거를 집중 단속한다고 합니다.",
          deadline="2025-08-31", dtext="6월부터 석 달 동안",
          comment=RIDE + "; a campaign of three months from June: its last month (August) as the deadline"),
        m("at-molit-bike-pass", "new", MOLIT, OTH,
          "🚲 국토교통부는 지역마다 따로 노는 공공자전거를 한 이용권으로 탈 수 있는 전국 통합 이용권을 내년 하반기에 내놓겠다고 했습니다.",
          deadline="2026-12-31", dtext="내년 하반기에", comment=RIDE),
        m("at-mcst-bike-cert-app", "new", MCST, OTH,
          "🚲 문화체육관광부는 국토종주 자전거길 인증을 종이 수첩 대신 앱으로 받을 수 있게 연내 바꾸겠다고 합니다.",
          deadline="2025-12-31", dtext="연내", comment=RIDE),
        m("at-mois-bike-road-1200", "new", MOIS, OTH,
          "2026년까지 1,200km를 모두 고쳐 자전거도로에서 넘어지는 사고를 줄이겠다",
          person="탁윤오", target=1200.0, unit="km", deadline="2026-12-31", dtext="2026년까지",
          comment="the official's quote, between its quotation marks; person 탁윤오 (행정안전부 생활안전정책과장). "
                  "Not annotated: the ride's figures, '자전거 보험은 지금도 … 단체로 들어 둔 곳이 많은데' (a fact), "
                  "the rider's and the club's plans (6월 8일 북악, 출퇴근, 28mm), the comments"),
    ]))

# ---------------------------------------------------------------- 러브버그 1/2 (an insect collectors' club report with specimen labels)
BUG = "a `◦ ` line of the report's '정부는 이렇게 하겠답니다', whole with its marker; person ''"
PAGES.append(dict(
    source="2025-06-26_at_insect-club-specimen-report.txt",
    title="[채집기] 봉산 능선, 붉은등우단털파리 대발생 한가운데서",
    published_at="2025-06-26",
    mentions=[
        m("at-me-lovebug-biocontrol", "new", ME, OTH,
          "[채집기 요약] 붉은등우단털파리 대발생 관찰 · 환경부, 친환경 방제제 내년 상반기까지 개발 · 7월 서울 정기 모임 취소",
          deadline="2026-06-30", dtext="내년 상반기까지",
          comment="the report's [채집기 요약] line (above the body): only its second item is a government "
                  "commitment. The page's date: only the specimen label '26.VI.2025' (day.Roman month.year) of the "
                  "specimens caught that evening ('오늘 능선에서', '오늘 만든 표본 라벨'); the older label "
                  "14.VI.2024, 7월 12일(토) and a comment's 6월 24일 are not the page's date"),
        m("at-me-lovebug-biocontrol", "new", ME, OTH,
          "◦ 환경부는 붉은등우단털파리만 골라 죽이는 곰팡이 균주로 친환경 방제제를 만들어 내년 상반기까지 내놓겠다고 했습니다.",
          deadline="2026-06-30", dtext="내년 상반기까지", comment=BUG),
        m("at-me-lovebug-forecast-map", "new", ME, OTH,
          "◦ 내년 5월부터는 대발생이 언제 어디서 시작될지 미리 알려 주는 예측 지도도 공개하겠다고 합니다(환경부).",
          deadline="2026-05-31", dtext="내년 5월부터", comment=BUG),
        m("at-me-lovebug-guideline", "new", ME, OTH,
          "◦ 지자체가 화학 살충제를 마구 뿌리지 않도록 물 뿌리기와 포충기 중심의 방제 지침을 7월 중 내려보내겠다고 했습니다(환경부).",
          deadline="2025-07-31", dtext="7월 중", comment=BUG),
        m("at-me-mass-insect-study", "new", ME, OTH,
          "◦ 동양하루살이, 미국선녀벌레 등 '대발생 곤충' 6종의 생태 연구도 2027년까지 마치겠다고 합니다(환경부).",
          deadline="2027-12-31", dtext="2027년까지", comment=BUG + "; 6종 the study's scope, not a target"),
        m("at-rda-lanternfly-enemy", "new", RDA, OTH,
          "◦ 농촌진흥청은 과수원을 괴롭히는 미국선녀벌레를 잡아먹는 천적 곤충을 올해 농가 3,000곳에 풀겠다고 했습니다.",
          target=3000.0, unit="곳", deadline="2025-12-31", dtext="올해", comment=BUG),
        m("at-mois-insect-grant", "new", MOIS, OTH,
          "◦ 행정안전부는 방제 인력과 장비에 쓰라며 특별교부세 30억 원을 이달 안에 지자체에 내려보내겠다고 밝혔습니다.",
          target=3000000000.0, unit="원", deadline="2025-06-30", dtext="이달 안에",
          comment=BUG + "; other (a grant for pest control; 특별교부세 is no cue of fiscal)"),
        m("at-me-lovebug-biocontrol", "new", ME, OTH,
          "내년 상반기까지 사람과 다른 곤충에는 해가 없는 방제제를 내놓겠다",
          person="빈채하", deadline="2026-06-30", dtext="내년 상반기까지",
          comment="the official's quote, between its quotation marks; person 빈채하 (국립생물자원관 연구관, named "
                  "with '(환경부)': 환경부's promise). Not annotated: the labels, the species' habits, '방역차가 "
                  "돌았다고' (a district's hearsay), the club's plans (모임 취소, 관찰 기록, 교환전), the comments"),
    ]))

# ---------------------------------------------------------------- 문화누리카드 2/4 (a small theatre's backstage post with its cue sheet)
STAGE = "a `▷ ` line of the post's '문화누리카드, 지금 어디까지 왔나', whole with its marker; person ''"
P05_S = "[극단 한 줄] 〈빨래 너는 여자〉 10월 12일까지 · 문화누리카드 7월부터 자동 재충전 시작 · 온라인 예매 결제는 10월로 미뤄짐"
PAGES.append(dict(
    source="2025-09-27_at_small-theatre-cue-sheet.txt",
    title="[무대 뒤] 큐시트 한 장으로 보는 오늘 낮 공연 — 그리고 문화누리카드 관객 이야기",
    published_at="2025-09-27",
    mentions=[
        m("at-mcst-nuri-auto-recharge", "achieved", MCST, OTH, P05_S,
          comment="the post's [극단 한 줄] line (above the body): the first item is the company's run; second item: "
                  "started in July (within the promised H2): achieved. The page's date: only the cue sheet's head "
                  "'〈빨래 너는 여자〉 · 25.09.27 SAT 마티네' with '오늘 낮 공연'; the run 2025. 9. 5.(금) ~ 10. 12.(일), "
                  "10월 3일(금) and '어제 저녁 공연' are not the page's date"),
        m("at-mcst-nuri-online-ticket", "delayed", MCST, OTH, P05_S,
          deadline="2025-10-31", dtext="10월로",
          comment="the same line's third item: moved later: delayed with the new date; the missed date is not named in the item"),
        m("at-mcst-nuri-auto-recharge", "achieved", MCST, OTH,
          "▷ 문화누리카드는 약속대로 7월부터 지난해 카드에 올해 지원금이 자동으로 충전되고 있습니다.",
          comment=STAGE + "; on time: achieved, no fields"),
        m("at-mcst-nuri-online-ticket", "delayed", MCST, OTH,
          "▷ 문화체육관광부가 상반기 중 열겠다던 온라인 예매처 결제는 보안 심사가 늦어져 10월로 밀렸습니다.",
          deadline="2025-10-31", dtext="10월로", prev="2025-06-30",
          comment=STAGE + "; moved later: delayed, the missed '상반기 중' in previous_deadline"),
        m("at-mcst-nuri-merchants", "revision", MCST, OTH,
          "▷ 가맹점은 8월 말 현재 2만 7,400곳이고, 문체부는 연내 목표를 3만 곳에서 3만 5,000곳으로 높였습니다.",
          target=35000.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment=STAGE + "; the target raised (3만 → 3만 5,000곳), the date unchanged: revision (the count 2만 7,400 is progress told in the same sentence)"),
        m("at-mcst-nuri-youth-bonus", "cancelled", MCST, OTH,
          "▷ 청소년 1만 원 추가 지원은 올해 예산을 확보하지 못해 없던 일이 됐습니다.",
          comment=STAGE + "; dropped ('없던 일이 됐습니다'): cancelled, no fields (예산 the circumstance)"),
        m("at-moef-nuri-budget-2026", "achieved", MOEF, FIS,
          "▷ 기획재정부는 약속대로 8월 말 정부 예산안에 문화누리카드 1인당 15만 원 인상분을 담았습니다.",
          comment=STAGE + "; on time: achieved, no fields; 기획재정부 still (the split came on 2026-01-02)"),
        m("at-mcst-nuri-150k", "progress", MCST, OTH,
          "▷ 국회에서 예산안이 통과되면 내년부터 1인당 15만 원이 충전됩니다.",
          target=150000.0, unit="원", deadline="2026-12-31", dtext="내년부터",
          comment=STAGE + "; no body named (문화체육관광부's amount); in the government's budget bill, awaiting the "
                          "Assembly: progress (category other: the card's amount, 예산안 the circumstance)"),
        m("at-mcst-nuri-theatre-terminal", "new", MCST, OTH,
          "▷ 문체부는 또 내년 상반기까지 지역 소극장 300곳에 문화누리카드 결제 단말기를 무료로 놓아 주겠다고 했습니다.",
          target=300.0, unit="곳", deadline="2026-06-30", dtext="내년 상반기까지", comment=STAGE + "; a new promise"),
        m("at-mcst-nuri-online-ticket", "delayed", MCST, OTH,
          "보안 심사를 마치는 대로 10월에는 온라인 결제를 열겠다",
          person="계예린", deadline="2025-10-31", dtext="10월에는",
          comment="the official's quote, between its quotation marks; person 계예린; it restates the moved date on "
                  "the page that reports the delay: delayed with the new date, no previous date. Not annotated: the "
                  "cue sheet, the company's plans (추가 공연 앞쪽 두 줄, 단말기 신청, 다음 작품), the comments"),
    ]))

# ---------------------------------------------------------------- 폐의류 2/3 (a clothing-bin collector's weigh-bridge log)
WEIGH = "a `▸ ` line of the log's '헌 옷 정책, 지금 어디까지', whole with its marker; person ''"
P06_S = "[계근 일지 한 줄] 오늘 6개 노선 8.4톤 · 의류 EPR 시행령 10월 입법예고(기후부) · 수거함 지도는 9월 약속 넘겨 연말로"
PAGES.append(dict(
    source="2025-11-05_at_clothing-collector-weigh-log.txt",
    title="[계근 일지] 6개 노선 8.4톤 — 수거함 지도와 의류 EPR 소식",
    published_at="2025-11-05",
    mentions=[
        m("at-me-textile-epr-notice", "achieved", MCEE, OTH, P06_S,
          comment="the log's [계근 일지 한 줄] line (above the body): the first item is the firm's tonnage; second "
                  "item: pre-announced in October (within the promised H2): achieved; '기후부' → 기후에너지환경부 "
                  "(환경부's successor). The page's date: only the weigh numbers '251105-01' … '251105-06', whose "
                  "first six digits are the weighing day (the ※ note says so), with '정기 수거일인 오늘'; 10월 29일, "
                  "11월 12일(수) and '지난달' are not the page's date"),
        m("at-me-clothing-bin-map", "delayed", MCEE, OTH, P06_S,
          deadline="2025-12-31", dtext="연말로", prev="2025-09-30",
          comment="the same line's third item: the September date missed and moved to the year's end: delayed, "
                  "'9월 약속' in previous_deadline"),
        m("at-me-textile-epr-notice", "achieved", MCEE, OTH,
          "▸ 기후에너지환경부는 약속대로 10월 의류 생산자책임재활용(EPR) 도입을 담은 자원재활용법 시행령 개정안을 입법예고했습니다.",
          comment=WEIGH + "; on time: achieved, no fields"),
        m("at-me-textile-epr", "progress", MCEE, OTH,
          "▸ 개정안에는 2027년 1월부터 의류 회사에 재활용 의무를 지운다는 일정이 그대로 담겼습니다.",
          deadline="2027-01-31", dtext="2027년 1월부터",
          comment=WEIGH + "; no body named (기후에너지환경부's draft); the start kept and made precise (January 2027): progress"),
        m("at-me-clothing-bin-map", "delayed", MCEE, OTH,
          "▸ 9월까지 공개하겠다던 전국 의류수거함 위치 지도는 17개 시도 가운데 11곳 자료만 모여 연말로 미뤄졌습니다.",
          deadline="2025-12-31", dtext="연말로", prev="2025-09-30",
          comment=WEIGH + "; no body named (기후에너지환경부); missed and moved: delayed"),
        m("at-kostat-textile-stat", "progress", NDO, OTH,
          "▸ 국가데이터처(옛 통계청)는 폐의류 발생·수출 첫 통계를 12월에 공표하겠다고 밝혔습니다.",
          deadline="2025-12-31", dtext="12월에",
          comment=WEIGH + "; the publication set within the promised year: progress; 국가데이터처, 통계청's successor"),
        m("at-ftc-greenwash-check", "achieved", FTC, OTH,
          "▸ 공정거래위원회는 상반기 중 패스트패션 브랜드 50곳을 점검해 7월에 12곳의 '친환경' 표시를 고치게 했습니다.",
          comment=WEIGH + "; checked in H1 as promised, corrections in July: achieved, no fields"),
        m("at-kcs-used-clothes-code", "achieved", KCS, IND,
          "▸ 관세청은 7월부터 중고 의류 수출 신고를 '재사용'과 '재활용 원료'로 나눠 받고 있습니다.",
          comment=WEIGH + "; on time: achieved, no fields"),
        m("at-motie-recycled-yarn", "progress", MOTI, IND,
          "▸ 산업통상부는 재생 원사 실증 공장 두 곳 가운데 첫 곳을 지난달 착공했다고 합니다.",
          comment=WEIGH + "; one of two started: progress; 산업통상부, 산업통상자원부's successor"),
        m("at-mcee-clothes-price-notice", "new", MCEE, OTH,
          "▸ 기후에너지환경부는 내년 상반기부터 헌 옷 kg당 매입 단가를 지역별로 매달 공시하겠다고 했습니다.",
          deadline="2026-06-30", dtext="내년 상반기부터", comment=WEIGH + "; a new promise (no amount: the price is published, not set)"),
        m("at-me-clothing-bin-map", "delayed", MCEE, OTH,
          "수거함 지도는 연말까지 모든 시도 자료를 받아 열겠다",
          person="변서담", deadline="2025-12-31", dtext="연말까지",
          comment="the official's quote, between its quotation marks; person 변서담 (now 기후에너지환경부 "
                  "자원순환정책과장); it restates the moved date: delayed with the new date, no previous date. Not "
                  "annotated: the weigh table, the firm's '182톤', the industry's worry quoted (\"단가가 공개되면 …\", "
                  "no promise), the firm's plans (스티커 이달 안에, 11월 12일 수거, 견학), the comments"),
    ]))

# ---------------------------------------------------------------- 로드킬 1/3 (a private wildlife shelter's patient board)
SHELTER = "a `◆ ` line of the board's '찻길 사고(로드킬), 정부가 내놓은 것', whole with its marker; person ''"
PAGES.append(dict(
    source="2025-12-03_at_wildlife-shelter-patient-board.txt",
    title="[현황판] 입원 일곱 마리 중 다섯 마리가 찻길에서 왔습니다",
    published_at="2025-12-03",
    mentions=[
        m("at-mcee-roadkill-fence", "new", MCEE, OTH,
          "[쉼터 한 줄] 입원 7마리 중 5마리가 찻길 사고 · 기후부, 로드킬 유도 울타리 2027년까지 300km · 봉사자 겨울 교육 13일(토)",
          target=300.0, unit="km", deadline="2027-12-31", dtext="2027년까지",
          comment="the board's [쉼터 한 줄] line (above the body): only its second item is a government commitment. "
                  "The page's date: only by counting the patient board's days ('입원 일수는 입소한 날을 1일째로': "
                  "11. 30.(일) + 4일째, 11. 21.(금) + 13일째, 11. 14.(금) + 20일째, … all give 12월 3일; the year from "
                  "the rescue numbers 2025-R-…; '오늘 아침 회진'); the admission days, 12월 13일(토) and '지난주' "
                  "(the announcement) are not the page's date"),
        m("at-mcee-roadkill-fence", "new", MCEE, OTH,
          "◆ 기후에너지환경부는 로드킬이 잦은 도로 구간에 동물이 찻길로 못 들어오게 막는 유도 울타리를 2027년까지 300km 설치하겠다고 밝혔습니다.",
          target=300.0, unit="km", deadline="2027-12-31", dtext="2027년까지", comment=SHELTER),
        m("at-mcee-roadkill-report-line", "new", MCEE, OTH,
          "◆ 도로마다 관리 기관이 달라 헷갈리던 로드킬 신고는 내년 상반기 중 전화 한 번호와 앱 하나로 합치겠다고 했습니다(기후에너지환경부).",
          deadline="2026-06-30", dtext="내년 상반기 중", comment=SHELTER),
        m("at-mcee-eco-passage-audit", "new", MCEE, OTH,
          "◆ 생태통로 560곳이 제 구실을 하는지 내년 말까지 모두 평가하겠다고도 했습니다(기후에너지환경부).",
          target=560.0, unit="곳", deadline="2026-12-31", dtext="내년 말까지", comment=SHELTER),
        m("at-molit-roadkill-navi", "new", MOLIT, OTH,
          "◆ 국토교통부는 내년 3월부터 내비게이션에 '로드킬 주의 구간' 알림이 뜨게 하겠다고 합니다.",
          deadline="2026-03-31", dtext="내년 3월부터", comment=SHELTER),
        m("at-molit-night-sign-50", "new", MOLIT, OTH,
          "◆ 밤에 사고가 몰리는 국도 50곳에는 내년 상반기까지 야간 감속을 알리는 전광판을 달겠다고 했습니다(국토부).",
          target=50.0, unit="곳", deadline="2026-06-30", dtext="내년 상반기까지", comment=SHELTER),
        m("at-khs-monument-rescue-center", "new", KHS, OTH,
          "◆ 국가유산청은 수달, 산양 같은 천연기념물을 치료할 구조치료센터를 2026년까지 두 곳 더 열겠다고 했습니다.",
          target=2.0, unit="곳", deadline="2026-12-31", dtext="2026년까지", comment=SHELTER),
        m("at-mcee-roadkill-fence", "new", MCEE, OTH,
          "2027년까지 300km 울타리를 세워 고라니가 찻길에 뛰어드는 일을 크게 줄이겠다",
          person="용해원", target=300.0, unit="km", deadline="2027-12-31", dtext="2027년까지",
          comment="the official's quote, between its quotation marks; person 용해원 (기후에너지환경부 "
                  "자연보전정책과장). Not annotated: the patient board, the shelter's view of fences, the shelter's "
                  "plans (교육 12월 13일, 방사, 구조 차량 모금 이달 말까지), the comments"),
    ]))

# ---------------------------------------------------------------- 문화누리카드 3/4 (a pottery studio's class notice with its kiln log)
KILN = "a `✔ ` line of the notice's '문화누리카드로 결제하시는 분들께', whole with its marker; person ''"
P08_S = "[공방 한 줄] 3월 원데이 클래스 문화누리카드 결제 가능 · 올해 1인당 15만 원 충전 시작 · 소극장 단말기는 6월까지 300곳 목표에 120곳"
PAGES.append(dict(
    source="2026-03-11_at_pottery-studio-kiln-log.txt",
    title="[3월 원데이 클래스] 봄 컵·접시 만들기 — 문화누리카드 결제 안내를 함께 올립니다",
    published_at="2026-03-11",
    mentions=[
        m("at-mcst-nuri-150k", "achieved", MCST, OTH, P08_S,
          comment="the notice's [공방 한 줄] line (above the body): the first item is the studio's; second item: "
                  "the 15만 원 charged this year: achieved (no body named: 문화체육관광부). The page's date: only the "
                  "kiln log's '소성 번호 26-031 | 2026.03.11 (수) 09:30 초벌 시작' with '아침 아홉 시 반에 가마 문을 "
                  "닫고'; 2026.03.07 (the last firing), '지난 토요일', '다음 주 토요일' and '지난달' are not the page's date"),
        m("at-mcst-nuri-theatre-terminal", "progress", MCST, OTH, P08_S,
          target=300.0, unit="곳", deadline="2026-06-30", dtext="6월까지",
          comment="the same line's third item: 120 of 300 before the deadline: progress"),
        m("at-mcst-nuri-150k", "achieved", MCST, OTH,
          "✔ 문화누리카드 지원금은 약속대로 올해부터 1인당 15만 원으로 올라 2월부터 충전되고 있습니다(문체부).",
          comment=KILN + "; on time: achieved, no fields"),
        m("at-mcst-nuri-online-ticket", "achieved", MCST, OTH,
          "✔ 문화체육관광부가 지난해 10월로 한 번 미뤘던 온라인 예매처 결제는 10월 말에 열려, 지금은 공연·전시 예매 사이트에서도 쓸 수 있습니다.",
          comment=KILN + "; opened at the end of October 2025, within the moved date: achieved (late against the first date), no fields"),
        m("at-mcst-nuri-merchants", "delayed", MCST, OTH,
          "✔ 가맹점은 지난해 말 3만 1,200곳으로 늘었지만, 높여 잡은 목표 3만 5,000곳에는 못 미쳤습니다.",
          target=35000.0, unit="곳",
          comment=KILN + "; no body named (문화체육관광부); short of the raised target after its date (2025): "
                         "delayed; the clause names the target; no new date"),
        m("at-mcst-nuri-theatre-terminal", "progress", MCST, OTH,
          "✔ 지역 소극장 300곳에 결제 단말기를 놓아 주는 사업은 지금까지 120곳에 설치됐습니다(문체부).",
          target=300.0, unit="곳", comment=KILN + "; 120 before the deadline: progress"),
        m("at-mopb-nuri-near-poor", "new", MOPB, FIS,
          "✔ 기획예산처는 올해 8월 정부 예산안에 문화누리카드 지원 대상을 차상위 계층 20만 명까지 넓히는 예산을 담겠다고 밝혔습니다.",
          target=200000.0, unit="명", deadline="2026-08-31", dtext="올해 8월",
          comment=KILN + "; a new promise of the budget office (from 2026-01-02): fiscal (예산안, 예산)"),
        m("at-mcst-nuri-balance-sms", "new", MCST, OTH,
          "✔ 문체부는 5월부터 한 해 지원금을 다 쓰지 못한 이용자에게 남은 금액을 문자로 알려 주겠다고 했습니다.",
          deadline="2026-05-31", dtext="5월부터", comment=KILN + "; a new promise"),
        m("at-mcst-nuri-balance-sms", "new", MCST, OTH,
          "5월부터는 잔액이 남은 분께 꼭 문자를 드려 지원금이 그냥 사라지는 일이 없게 하겠다",
          person="계예린", deadline="2026-05-31", dtext="5월부터",
          comment="the official's quote, between its quotation marks; person 계예린. Not annotated: the kiln log, "
                  "the class, the FAQ on 재료비, the studio's plans (클래스 시간, 젓가락 받침, 4월 저녁반), the comments"),
    ]))

# ---------------------------------------------------------------- 자전거 2/3 (a bike shop's notice with a stamped service booklet)
BIKE = "a `⚙ ` line of the notice's '자전거 타는 분들이 알면 좋은 나라 소식', whole with its marker; person ''"
P09_S = "[가게 한 줄] 봄 무상 점검 214대 마침 · 자전거 보험 통합 조회 누리집 열림 · 공공자전거 통합 이용권은 내년 상반기로 밀림"
PAGES.append(dict(
    source="2026-05-23_at_bike-shop-service-booklet.txt",
    title="[공지] 봄 무상 점검 주간 마지막 날 — 정비 수첩 도장 찍어 드렸습니다",
    published_at="2026-05-23",
    mentions=[
        m("at-mois-bike-insurance-portal", "achieved", MOIS, OTH, P09_S,
          comment="the notice's [가게 한 줄] line (above the body): the first item is the shop's; second item: "
                  "opened: achieved (no body named: 행정안전부). The page's date: only the service booklet's stamp "
                  "'[도장: 바퀴살 2026.05.23]' of the check-up done '오늘' (the ※ line: the stamp's date is the "
                  "check-up day); 2025.10.11 (the first stamp), 2025.06.02, '이번 주 월요일', 6월 6일(토) and "
                  "'10월 둘째 주' are not the page's date"),
        m("at-molit-bike-pass", "delayed", MOLIT, OTH, P09_S,
          deadline="2027-06-30", dtext="내년 상반기로",
          comment="the same line's third item: moved later: delayed with the new date (no body named: 국토교통부; "
                  "the old date not named in the item)"),
        m("at-mois-bike-road-1200", "progress", MOIS, OTH,
          "⚙ 행정안전부가 2026년까지 1,200km를 고치겠다던 노후 자전거도로는 지난해 480km를 다시 포장했습니다.",
          target=1200.0, unit="km", deadline="2026-12-31", dtext="2026년까지",
          comment=BIKE + "; 480 of 1,200 before the deadline: progress"),
        m("at-mois-bike-insurance-portal", "achieved", MOIS, OTH,
          "⚙ 시군구 자전거 보험을 한 번에 조회하는 누리집은 약속대로 지난해 12월 문을 열었습니다(행안부).",
          comment=BIKE + "; on time (December 2025): achieved, no fields"),
        m("at-moe-bike-safety-class", "achieved", MOE, OTH,
          "⚙ 교육부는 지난해 2학기부터 초등 4학년 이상 자전거 안전교육을 시작해 올해 1학기까지 38만 명이 교육을 받았습니다.",
          comment=BIKE + "; started with the autumn term as promised: achieved, no fields (38만 명 a count, no target was set)"),
        m("at-knpa-ebike-tuning", "achieved", KNPA, OTH,
          "⚙ 경찰청은 지난해 여름 석 달 동안 불법 개조 전기자전거 1,900여 건을 단속했다고 밝혔습니다.",
          comment=BIKE + "; the three-month campaign done: achieved, no fields"),
        m("at-mcst-bike-cert-app", "achieved", MCST, OTH,
          "⚙ 문화체육관광부가 연내 내놓겠다던 국토종주 인증 앱은 석 달 늦은 올해 3월에 나왔습니다.",
          comment=BIKE + "; " + LATE),
        m("at-molit-bike-pass", "delayed", MOLIT, OTH,
          "⚙ 국토교통부는 올해 하반기로 약속했던 공공자전거 전국 통합 이용권을 지자체 정산 문제로 내년 상반기로 미뤘습니다.",
          deadline="2027-06-30", dtext="내년 상반기로", prev="2026-12-31",
          comment=BIKE + "; moved later before the old date passed: delayed, '올해 하반기로 약속했던' in previous_deadline"),
        m("at-knpa-bike-signal-500", "new", KNPA, OTH,
          "⚙ 경찰청은 연말까지 자전거 전용 신호등을 500곳에 새로 달겠다고 했습니다.",
          target=500.0, unit="곳", deadline="2026-12-31", dtext="연말까지", comment=BIKE + "; a new promise"),
        m("at-mcst-bike-travel-map", "new", MCST, OTH,
          "⚙ 문체부는 8월까지 전국 자전거 여행길 안내 지도를 새로 만들겠다고 합니다.",
          deadline="2026-08-31", dtext="8월까지",
          comment=BIKE + "; a new promise, never reported on again (the last page lists it among those it left out): "
                         "the date rule makes it delayed"),
        m("at-mois-bike-road-1200", "progress", MOIS, OTH,
          "2026년까지 1,200km 약속은 지키겠다",
          person="탁윤오", target=1200.0, unit="km", deadline="2026-12-31", dtext="2026년까지",
          comment="the official's quote (as relayed), between its quotation marks; person 탁윤오; the promise "
                  "reaffirmed on a page reporting its progress: progress. Not annotated: the booklet, the check-up "
                  "figures, the shop's doubts and plans (현충일 라이딩, 개조 거절, 가을 점검), the comments"),
    ]))

# ---------------------------------------------------------------- 러브버그 2/2 (a baseball fan community's game report)
FAN = "a `⚾ ` line of the report's '러브버그, 나라에서 하겠다던 것들', whole with its marker; person ''"
P10_S = "[직관 한 줄] 9회말 3점 역전승 · 러브버그 예측 '곤충 알림' 5월부터 시작(기후부) · 친환경 방제제는 내년 5월로"
PAGES.append(dict(
    source="2026-06-19_at_baseball-fan-lovebug-game.txt",
    title="[직관 후기] 러브버그 떼 속에서 9회말 3점 역전 — 다들 살아서 돌아오셨나요",
    published_at="2026-06-19",
    mentions=[
        m("at-me-lovebug-forecast-map", "achieved", MCEE, OTH, P10_S,
          comment="the report's [직관 한 줄] line (above the body): the first item is the game's; second item: "
                  "started in May as promised: achieved; '기후부' → 기후에너지환경부 (환경부's successor). The page's "
                  "date: only the scoreboard box '6월 19일 (금) 18:30 · 강바람파크' headed '오늘 경기', the year from "
                  "the site's '2026 시즌' line; '작년 이맘때', 6월 23일 화요일 and '7월 첫 홈 주말' are not the page's date"),
        m("at-me-lovebug-biocontrol", "delayed", MCEE, OTH, P10_S,
          deadline="2027-05-31", dtext="내년 5월로",
          comment="the same line's third item: moved later: delayed with the new date (no body named: "
                  "기후에너지환경부; the old date not named in the item)"),
        m("at-me-lovebug-forecast-map", "achieved", MCEE, OTH,
          "⚾ 기후에너지환경부는 약속대로 5월부터 '곤충 알림' 서비스에 러브버그 대발생 예측 지도를 올리고 있습니다.",
          comment=FAN + "; on time: achieved, no fields"),
        m("at-me-lovebug-biocontrol", "delayed", MCEE, OTH,
          "⚾ 올해 상반기까지 내놓겠다던 친환경 방제제는 현장 시험이 길어져 내년 5월까지로 미뤄졌습니다(기후에너지환경부).",
          deadline="2027-05-31", dtext="내년 5월까지", prev="2026-06-30",
          comment=FAN + "; moved later: delayed, '올해 상반기까지' in previous_deadline"),
        m("at-me-lovebug-guideline", "achieved", MCEE, OTH,
          "⚾ 화학 살충제 대신 물 뿌리기와 포충기를 쓰라는 방제 지침은 지난해 7월 지자체에 내려갔습니다(기후에너지환경부).",
          comment=FAN + "; issued in July 2025 as promised: achieved, no fields"),
        m("at-mois-insect-grant", "achieved", MOIS, OTH,
          "⚾ 행정안전부는 지난해 6월 특별교부세 30억 원을 약속대로 지자체에 나눠 줬습니다.",
          comment=FAN + "; on time: achieved, no fields"),
        m("at-rda-lanternfly-enemy", "achieved", RDA, OTH,
          "⚾ 농촌진흥청은 지난해 미국선녀벌레 천적을 농가 3,400곳에 풀어 목표 3,000곳을 넘겼다고 합니다.",
          comment=FAN + "; over the target in the promised year: achieved, no fields"),
        m("at-me-mass-insect-study", "progress", MCEE, OTH,
          "⚾ '대발생 곤충' 6종 생태 연구는 붉은등우단털파리와 동양하루살이 두 종의 중간 결과가 나왔습니다(기후에너지환경부).",
          comment=FAN + "; two of six, interim: progress"),
        m("at-mcee-lovebug-light-trap", "new", MCEE, OTH,
          "⚾ 기후에너지환경부는 8월까지 한강과 북한산 주변에 빛으로 벌레를 모으는 포충기 200대를 설치하겠다고 했습니다.",
          target=200.0, unit="대", deadline="2026-08-31", dtext="8월까지", comment=FAN + "; a new promise"),
        m("at-me-lovebug-biocontrol", "delayed", MCEE, OTH,
          "내년 5월까지는 반드시 방제제를 내놓겠다",
          person="빈채하", deadline="2027-05-31", dtext="내년 5월까지",
          comment="the official's quote (as relayed from radio), between its quotation marks; person 빈채하 "
                  "(국립생물자원관 연구관: 기후에너지환경부's promise); it restates the moved date: delayed with the "
                  "new date, no previous date. Not annotated: the game, the ballpark's watering, the club's own plans "
                  "copied from its site (노란 조명, 우비 — a private club, no government body), the community's meet-up, "
                  "the comments"),
    ]))

# ---------------------------------------------------------------- 로드킬 2/3 (a dashcam community's roadkill report)
CAM = "a `⊙ ` line of the moderators' '로드킬, 나라 약속은 지금', whole with its marker; person ''"
P11_S = "[운영진 한 줄 정리] 로드킬 내비 알림 3월부터 시작(국토부) · 신고 번호·앱 통합은 9월로 밀림 · 유도 울타리 96km"
PAGES.append(dict(
    source="2026-08-20_at_dashcam-roadkill-report.txt",
    title="[로드킬 제보] 새벽 국도, 고라니 두 마리 — 한 마리는 피했고 한 마리는 못 피했습니다",
    published_at="2026-08-20",
    mentions=[
        m("at-molit-roadkill-navi", "achieved", MOLIT, OTH, P11_S,
          comment="the moderators' [운영진 한 줄 정리] line (above the body): three commitments; first item: "
                  "started in March as promised: achieved. The page's date: only the dashcam's recording line "
                  "'▶ 영상 정보: REC 2026/08/20 04:37:12' of the clip taken '오늘 새벽'; 7월 제보, 9월, 10월 첫 주 "
                  "and '지난달' are not the page's date"),
        m("at-mcee-roadkill-report-line", "delayed", MCEE, OTH, P11_S,
          deadline="2026-09-30", dtext="9월로",
          comment="the same line's second item: moved later: delayed with the new date (no body named: "
                  "기후에너지환경부; the old date not named in the item)"),
        m("at-mcee-roadkill-fence", "progress", MCEE, OTH, P11_S,
          comment="the same line's third item: 96km, no target or date named: progress, no fields"),
        m("at-molit-roadkill-navi", "achieved", MOLIT, OTH,
          "⊙ 국토교통부는 약속대로 3월부터 내비게이션에 '로드킬 주의 구간' 알림을 띄우고 있습니다.",
          comment=CAM + "; on time: achieved, no fields"),
        m("at-mcee-roadkill-report-line", "delayed", MCEE, OTH,
          "⊙ 상반기 중 하나로 합치겠다던 로드킬 신고 번호와 앱은 지자체 전산 연결이 늦어져 9월로 미뤄졌습니다(기후에너지환경부).",
          deadline="2026-09-30", dtext="9월로", prev="2026-06-30",
          comment=CAM + "; missed and moved: delayed, '상반기 중' in previous_deadline"),
        m("at-mcee-roadkill-fence", "progress", MCEE, OTH,
          "⊙ 기후에너지환경부가 2027년까지 300km 세우겠다던 유도 울타리는 지금까지 96km가 설치됐습니다.",
          target=300.0, unit="km", deadline="2027-12-31", dtext="2027년까지",
          comment=CAM + "; 96 of 300 before the deadline: progress"),
        m("at-molit-night-sign-50", "delayed", MOLIT, OTH,
          "⊙ 국도 50곳에 상반기까지 달겠다던 야간 감속 전광판은 31곳에 그쳤습니다(국토부).",
          target=50.0, unit="곳", prev="2026-06-30",
          comment=CAM + "; short after the deadline, no new date: delayed; '상반기까지' in previous_deadline"),
        m("at-khs-monument-rescue-center", "progress", KHS, OTH,
          "⊙ 국가유산청은 천연기념물 구조치료센터 두 곳 가운데 강원 한 곳을 지난달 착공했습니다.",
          comment=CAM + "; one of two started: progress"),
        m("at-molit-roadkill-liability", "new", MOLIT, OTH,
          "⊙ 국토교통부는 로드킬 사고로 차가 부서졌을 때 도로 관리 기관이 배상하는 기준을 연말까지 만들겠다고 했습니다.",
          deadline="2026-12-31", dtext="연말까지", comment=CAM + "; a new promise"),
        m("at-molit-highway-animal-sensor", "new", MOLIT, OTH,
          "⊙ 고속도로 로드킬 다발 구간 20곳에는 2027년까지 동물이 다가오면 전광판에 경고를 띄우는 감지 카메라를 달겠다고 합니다(국토부).",
          target=20.0, unit="곳", deadline="2027-12-31", dtext="2027년까지",
          comment=CAM + "; a new promise; the last page leaves it out (no news): announced"),
        m("at-mcee-roadkill-report-line", "delayed", MCEE, OTH,
          "9월에는 어느 도로에서든 같은 번호로 신고하실 수 있게 하겠다",
          person="용해원", deadline="2026-09-30", dtext="9월에는",
          comment="the official's quote, between its quotation marks; person 용해원; it restates the moved date: "
                  "delayed with the new date, no previous date. Not annotated: the driver's account (340만 원, 112), "
                  "the advice to file with insurers, the community's rules (제보왕 10월 첫 주), the comments (an "
                  "insurance agent's advice)"),
    ]))

# ---------------------------------------------------------------- all five, last (a civic group's year-end 'promise stock board')
BOARD = "a listed line of the stock board, whole with its bracketed market status; person ''; the body from the brackets (short names) or the line"
P12_S = "[오늘의 시황 한 줄] 문화누리카드 15만 원 체결 · 헌 옷 단가 공시는 상장 폐지 · 러브버그 방제제 거래 정지 · 새로 상장한 약속 3종목"
PAGES.append(dict(
    source="2026-11-27_at_promise-stock-board.txt",
    title="[약속 시세판] 2026 폐장 — 문화누리카드·헌 옷·자전거·러브버그·로드킬, 다섯 업종 43개 종목 마감 시세",
    published_at="2026-11-27",
    mentions=[
        m("at-mcst-nuri-150k", "achieved", MCST, OTH, P12_S,
          comment="the board's [오늘의 시황 한 줄] line (above the body): three commitments and a count; first item: "
                  "[체결] = achieved (문화체육관광부). The page's date: only the scrolling ticker '◀◀ 전광판 ◀◀ 2026 약속 "
                  "시장 폐장 · 2026.11.27 (금) 15:30 마지막 종'; the earlier months, '지난주', '내년 3월' and "
                  "'내년 11월 마지막 금요일' are not the page's date"),
        m("at-mcee-clothes-price-notice", "cancelled", MCEE, OTH, P12_S,
          comment="the same line's second item: [상장 폐지] = dropped: cancelled, no fields (no body named: 기후에너지환경부)"),
        m("at-me-lovebug-biocontrol", "delayed", MCEE, OTH, P12_S,
          comment="the same line's third item: [거래 정지] = delayed, no date in the item (기후에너지환경부). The "
                  "fourth item ('새로 상장한 약속 3종목') is a count, not annotated"),
        # 업종 1 · 문화누리카드
        m("at-mcst-nuri-150k", "achieved", MCST, OTH,
          "[체결] 문화누리카드 지원금 1인당 14만 → 15만 원 — 약속대로 올해 2월부터 충전됐습니다 (문체부).",
          comment=BOARD + "; " + AGAIN),
        m("at-mcst-nuri-auto-recharge", "achieved", MCST, OTH,
          "[체결] 문화누리카드 자동 재충전 — 지난해 7월부터 그대로 운영 중입니다 (문체부).",
          comment=BOARD + "; " + AGAIN),
        m("at-mcst-nuri-online-ticket", "achieved", MCST, OTH,
          "[체결] 공연·전시 온라인 예매처 결제 — 한 번 밀린 끝에 지난해 10월 열렸습니다 (문체부).",
          comment=BOARD + "; " + AGAIN),
        m("at-mcst-nuri-balance-sms", "achieved", MCST, OTH,
          "[체결] 다 쓰지 못한 지원금 잔액 알림 문자 — 약속대로 5월부터 보내고 있습니다 (문체부).",
          comment=BOARD + "; on time: achieved, no fields"),
        m("at-mcst-nuri-merchants", "delayed", MCST, OTH,
          "[거래 정지] 문화누리카드 가맹점 3만 5,000곳 — 지난해 연내 목표에 못 미친 뒤 올해 10월 현재 3만 3,800곳입니다 (문체부).",
          target=35000.0, unit="곳", prev="2025-12-31",
          comment=BOARD + "; still short, no new date: delayed; '지난해 연내' in previous_deadline"),
        m("at-mcst-nuri-theatre-terminal", "delayed", MCST, OTH,
          "[거래 정지] 지역 소극장 300곳 결제 단말기 — 6월까지 약속했지만 210곳에서 멈췄고, 문체부는 연말까지 마치겠다고 합니다.",
          target=300.0, unit="곳", deadline="2026-12-31", dtext="연말까지", prev="2026-06-30",
          comment=BOARD + "; short after the deadline, the rest moved: delayed with the new date; '6월까지' in previous_deadline"),
        m("at-mopb-nuri-near-poor", "revision", MOPB, FIS,
          "[정정 주문] 차상위 계층 지원 확대 — 기획예산처가 8월 정부 예산안에 20만 명 대신 12만 명분만 담아, 내년부터 12만 명에게 넓힙니다.",
          target=120000.0, unit="명", deadline="2027-12-31", dtext="내년부터",
          comment=BOARD + "; the target cut (20만 → 12만 명) in the budget bill made on time (August): revision with "
                          "the new target; no previous date (the August date was kept)"),
        m("at-mcst-nuri-youth-bonus", "cancelled", MCST, OTH,
          "[상장 폐지] 청소년 1만 원 추가 지원 — 지난해 예산을 못 잡아 없던 일이 된 뒤 다시 상장되지 않았습니다 (문체부).",
          comment=BOARD + "; cancelled again, no fields"),
        m("at-mcst-nuri-mobile-card", "new", MCST, OTH,
          "[신규 상장] 문화누리카드 모바일 카드 — 문체부는 2027년부터 실물 카드 없이 앱으로 결제하게 하겠다고 밝혔습니다.",
          deadline="2027-12-31", dtext="2027년부터", comment=BOARD + "; a new promise"),
        m("at-mcst-nuri-theatre-terminal", "delayed", MCST, OTH,
          "연말까지 남은 90곳에도 단말기를 모두 놓겠다",
          person="계예린", deadline="2026-12-31", dtext="연말까지",
          comment="the official's quote, between its quotation marks; person 계예린; the moved date restated: "
                  "delayed with the new date, no previous date (90곳 the remainder, not the target)"),
        # 업종 2 · 헌 옷
        m("at-me-clothing-bin-map", "achieved", MCEE, OTH,
          "[체결] 전국 의류수거함 위치 지도 — 9월 약속을 넘겨 지난해 12월 말 17개 시도 자료를 모두 올렸습니다 (기후부).",
          comment=BOARD + "; done at the end of December 2025 (within the moved date): achieved, no fields"),
        m("at-kostat-textile-stat", "achieved", NDO, OTH,
          "[체결] 폐의류 발생·수출 첫 통계 — 지난해 12월 공표됐습니다 (데이터처).",
          comment=BOARD + "; published in December 2025 (on time): achieved, no fields; '데이터처' → 국가데이터처"),
        m("at-ftc-greenwash-check", "achieved", FTC, OTH,
          "[체결] 패스트패션 '친환경' 표시 점검 — 지난해 50곳을 점검해 12곳을 시정했습니다 (공정위).",
          comment=BOARD + "; " + AGAIN),
        m("at-me-textile-epr", "progress", MCEE, OTH,
          "[상승] 의류 생산자책임재활용(EPR) — 시행령 개정이 끝나 2027년 1월 시행이 확정됐습니다 (기후부).",
          deadline="2027-01-31", dtext="2027년 1월",
          comment=BOARD + "; the decree amended, in force from January 2027: progress (not yet in force)"),
        m("at-motie-recycled-yarn", "delayed", MOTI, IND,
          "[거래 정지] 재생 원사 실증 공장 두 곳 — 첫 곳은 9월 가동했지만 둘째 곳은 부지 문제로 2027년 상반기로 밀렸습니다 (산업부).",
          target=2.0, unit="곳", deadline="2027-06-30", dtext="2027년 상반기로",
          comment=BOARD + "; one of two moved later: delayed with the new date (the old date not named); '산업부' "
                          "→ 산업통상부 on this date; industry kept from the commitment (no cue here)"),
        m("at-mcee-clothes-price-notice", "cancelled", MCEE, OTH,
          "[상장 폐지] 헌 옷 kg당 매입 단가 공시 — 상반기부터 하겠다던 공시는 업계 반발에 결국 접었습니다 (기후부).",
          prev="2026-06-30",
          comment=BOARD + "; dropped: cancelled; '상반기부터 하겠다던' in previous_deadline"),
        # 업종 3 · 자전거
        m("at-mois-bike-insurance-portal", "achieved", MOIS, OTH,
          "[체결] 시군구 자전거 보험 통합 조회 누리집 — 지난해 12월부터 운영 중입니다 (행안부).",
          comment=BOARD + "; " + AGAIN),
        m("at-mcst-bike-cert-app", "achieved", MCST, OTH,
          "[체결] 국토종주 인증 앱 — 석 달 늦었지만 3월에 나왔습니다 (문체부).",
          comment=BOARD + "; " + AGAIN),
        m("at-mois-bike-road-1200", "progress", MOIS, OTH,
          "[상승] 노후 자전거도로 1,200km 정비 — 지금까지 1,020km, 연말까지 남은 180km를 마치겠다고 합니다 (행안부).",
          target=1200.0, unit="km", deadline="2026-12-31", dtext="연말까지",
          comment=BOARD + "; 1,020 of 1,200 before the deadline (2026-12-31): progress"),
        m("at-molit-bike-pass", "progress", MOLIT, OTH,
          "[상승] 공공자전거 전국 통합 이용권 — 내년 상반기로 한 번 밀린 뒤, 지금은 세 도시에서 시범 운영 중입니다 (국토부).",
          deadline="2027-06-30", dtext="내년 상반기",
          comment=BOARD + "; on trial before the moved date: progress (the earlier delay told as history)"),
        m("at-knpa-bike-signal-500", "delayed", KNPA, OTH,
          "[거래 정지] 자전거 전용 신호등 500곳 — 연말 약속이었지만 지금 312곳이고, 경찰청은 내년 3월까지로 미뤘습니다.",
          target=500.0, unit="곳", deadline="2027-03-31", dtext="내년 3월까지", prev="2026-12-31",
          comment=BOARD + "; moved later before the old date passed: delayed; '연말 약속' in previous_deadline"),
        m("at-mois-bike-crossing-100", "new", MOIS, OTH,
          "[신규 상장] 자전거 사고 다발 교차로 100곳 — 행안부는 내년까지 교차로 구조를 고치겠다고 했습니다.",
          target=100.0, unit="곳", deadline="2027-12-31", dtext="내년까지", comment=BOARD + "; a new promise"),
        # 업종 4 · 러브버그
        m("at-me-lovebug-forecast-map", "achieved", MCEE, OTH,
          "[체결] 대발생 예측 지도 '곤충 알림' — 5월부터 운영 중입니다 (기후부).",
          comment=BOARD + "; " + AGAIN),
        m("at-me-lovebug-biocontrol", "delayed", MCEE, OTH,
          "[거래 정지] 러브버그 친환경 방제제 — 올해 상반기 약속이 내년 5월까지로 밀린 그대로입니다 (기후부).",
          deadline="2027-05-31", dtext="내년 5월까지", prev="2026-06-30",
          comment=BOARD + "; the delay restated: delayed; '올해 상반기 약속' in previous_deadline"),
        m("at-mcee-lovebug-light-trap", "delayed", MCEE, OTH,
          "[거래 정지] 포충기 200대 — 8월까지 약속했지만 140대만 달았습니다 (기후부).",
          target=200.0, unit="대", prev="2026-08-31",
          comment=BOARD + "; short after the deadline, no new date: delayed; '8월까지' in previous_deadline"),
        m("at-me-mass-insect-study", "progress", MCEE, OTH,
          "[상승] '대발생 곤충' 6종 생태 연구 — 네 종의 결과가 나왔고 2027년까지 마친다고 합니다 (기후부).",
          deadline="2027-12-31", dtext="2027년까지", comment=BOARD + "; four of six: progress"),
        m("at-mois-lovebug-shop-subsidy", "new", MOIS, OTH,
          "[신규 상장] 러브버그 피해 상가 소독비 — 행정안전부는 내년 6월부터 대발생 지역 상가에 소독비를 지원하겠다고 밝혔습니다.",
          deadline="2027-06-30", dtext="내년 6월부터", comment=BOARD + "; a new promise"),
        # 업종 5 · 로드킬
        m("at-mcee-roadkill-report-line", "achieved", MCEE, OTH,
          "[체결] 로드킬 신고 번호·앱 통합 — 한 번 밀린 끝에 9월 문을 열었습니다 (기후부).",
          comment=BOARD + "; opened in September 2026 (within the moved date; late against the first): achieved, no fields"),
        m("at-molit-roadkill-navi", "achieved", MOLIT, OTH,
          "[체결] 내비 '로드킬 주의 구간' 알림 — 3월부터 운영 중입니다 (국토부).",
          comment=BOARD + "; " + AGAIN),
        m("at-molit-night-sign-50", "achieved", MOLIT, OTH,
          "[체결] 국도 50곳 야간 감속 전광판 — 상반기 약속을 넘겨 10월에 50곳을 모두 채웠습니다 (국토부).",
          comment=BOARD + "; " + LATE),
        m("at-mcee-roadkill-fence", "revision", MCEE, OTH,
          "[정정 주문] 로드킬 유도 울타리 — 2027년까지 300km에서 2028년까지 250km로 목표를 고쳤고, 지금 142km입니다 (기후부).",
          target=250.0, unit="km", deadline="2028-12-31", dtext="2028년까지", prev="2027-12-31",
          comment=BOARD + "; target and date changed (300 → 250km, 2027 → 2028): revision; '2027년까지' in previous_deadline"),
        m("at-mcee-eco-passage-audit", "progress", MCEE, OTH,
          "[상승] 생태통로 560곳 성능 평가 — 지금까지 380곳을 평가했습니다 (기후부).",
          target=560.0, unit="곳", comment=BOARD + "; 380 of 560 before the deadline (2026-12-31): progress"),
        m("at-molit-roadkill-liability", "progress", MOLIT, OTH,
          "[상승] 로드킬 차량 피해 배상 기준 — 행정예고를 마쳤고 연말까지 고시한다고 합니다 (국토부).",
          deadline="2026-12-31", dtext="연말까지", comment=BOARD + "; pre-announced, due within the promised date: progress"),
        m("at-khs-monument-rescue-center", "delayed", KHS, OTH,
          "[거래 정지] 천연기념물 구조치료센터 두 곳 — 강원 센터는 문을 열었지만 전남 센터는 내년 상반기로 미뤄졌습니다 (국가유산청).",
          target=2.0, unit="곳", deadline="2027-06-30", dtext="내년 상반기로",
          comment=BOARD + "; one of two moved later: delayed with the new date (the old date not named)"),
        m("at-mcee-roadkill-fence", "revision", MCEE, OTH,
          "2028년까지 250km는 반드시 채우겠다",
          person="용해원", target=250.0, unit="km", deadline="2028-12-31", dtext="2028년까지",
          comment="the official's quote, between its quotation marks; person 용해원; the revised target restated: "
                  "revision, no previous date. Not annotated: the legend, the renames (facts), the ※ line (two "
                  "promises left out for want of news: 자전거 여행길 지도 8월까지, 고속도로 감지 카메라 2027년까지), the "
                  "group's own plans (재상장 심사 내년 3월, 엽서, 2027 시세판), the tally, the comments"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-27)
LAST = "2026-11-27"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    # 문화누리카드
    ("at-mcst-nuri-150k", MCST, OTH, "문화누리카드 지원금 1인당 14만 → 15만 원 2026년부터", "achieved",
     "in the budget bill (Sep 2025); charged from February 2026 (Mar 2026, Nov 2026)"),
    ("at-mcst-nuri-auto-recharge", MCST, OTH, "문화누리카드 자동 재충전 (재발급 없이) 2025년 하반기부터", "achieved",
     "from July 2025 (on time; Sep 2025, Nov 2026)"),
    ("at-mcst-nuri-merchants", MCST, OTH, "문화누리카드 가맹점 2만 5,000 → 3만 곳 2025년 안에 (→ 3만 5,000곳)", "delayed",
     "target raised to 3만 5,000 (Sep 2025); 3만 1,200 at the end of 2025 (Mar 2026); 3만 3,800 (Nov 2026)"),
    ("at-mcst-nuri-online-ticket", MCST, OTH, "공연·전시 온라인 예매처 문화누리카드 결제 2025년 상반기 중 (→ 10월)", "achieved",
     "moved to October (Sep 2025); opened at the end of October 2025 (Mar 2026, Nov 2026)"),
    ("at-mcst-nuri-youth-bonus", MCST, OTH, "청소년(13~18세) 문화누리카드 1만 원 추가 2025년", "cancelled",
     "dropped for want of budget (Sep 2025, Nov 2026)"),
    ("at-moef-nuri-budget-2026", MOPB, FIS, "문화누리카드 15만 원 인상분 2026년 정부 예산안 반영 (2025년 8월 말)", "achieved",
     "in the budget bill at the end of August 2025 (Sep 2025); made by 기획재정부, whose budget work went to 기획예산처 on 2026-01-02"),
    ("at-mcst-nuri-theatre-terminal", MCST, OTH, "지역 소극장 300곳 문화누리카드 결제 단말기 무료 설치 2026년 상반기까지 (→ 연말)",
     "delayed", "120 (Mar 2026); 210 and the rest moved to the end of 2026 (Nov 2026)"),
    ("at-mopb-nuri-near-poor", MOPB, FIS, "문화누리카드 지원 대상 차상위 계층 20만 명 확대 예산 2026년 8월 예산안 (→ 12만 명, 2027년부터)",
     "revised", "cut to 12만 명 in the August budget bill, from 2027 (Nov 2026)"),
    ("at-mcst-nuri-balance-sms", MCST, OTH, "문화누리카드 잔액 알림 문자 2026년 5월부터", "achieved",
     "sent from May 2026 (on time; Nov 2026)"),
    ("at-mcst-nuri-mobile-card", MCST, OTH, "문화누리카드 모바일 카드(앱 결제) 2027년부터", "announced", ""),
    # 폐의류
    ("at-me-textile-epr-notice", MCEE, OTH, "의류 EPR 자원재활용법 시행령 개정안 입법예고 2025년 하반기 중", "achieved",
     "pre-announced in October 2025 (on time; Nov 2025); made by 환경부"),
    ("at-me-textile-epr", MCEE, OTH, "의류 생산자책임재활용(EPR) 2027년부터 (2027년 1월)", "in_progress",
     "in the draft (Nov 2025); decree amended, in force from January 2027 (Nov 2026); made by 환경부"),
    ("at-me-clothing-bin-map", MCEE, OTH, "의류수거함 운영자 표시·전국 위치 지도 2025년 9월까지 (→ 연말)", "achieved",
     "11 of 17 provinces, moved to the end of 2025 (Nov 2025); all 17 at the end of December 2025 (Nov 2026); made by 환경부"),
    ("at-kostat-textile-stat", NDO, OTH, "폐의류 발생·수출 첫 통계 2025년 말까지", "achieved",
     "set for December (Nov 2025); published in December 2025 (Nov 2026); made by 통계청"),
    ("at-motie-recycled-yarn", MOTI, IND, "섬유 제조업체 재생 원사 실증 공장 2곳 2026년까지 (→ 둘째 곳 2027년 상반기)", "delayed",
     "first started (Nov 2025); first running, second moved to H1 2027 (Nov 2026); made by 산업통상자원부"),
    ("at-ftc-greenwash-check", FTC, OTH, "패스트패션 브랜드 50곳 '친환경' 광고 점검 2025년 상반기 중", "achieved",
     "50 checked, 12 corrected in July 2025 (Nov 2025, Nov 2026)"),
    ("at-kcs-used-clothes-code", KCS, IND, "중고 의류 수출 품목 코드 '재사용'·'재활용 원료' 구분 2025년 7월부터", "achieved",
     "from July 2025 (on time; Nov 2025)"),
    ("at-mcee-clothes-price-notice", MCEE, OTH, "헌 옷 kg당 매입 단가 지역별 월 공시 2026년 상반기부터", "cancelled",
     "dropped after industry opposition (Nov 2026)"),
    # 자전거
    ("at-mois-bike-road-1200", MOIS, OTH, "노후 자전거도로 1,200km 정비 2026년까지", "in_progress",
     "480 (May 2026); 1,020 (Nov 2026)"),
    ("at-mois-bike-insurance-portal", MOIS, OTH, "시군구 자전거 보험 통합 조회·청구 누리집 2025년 하반기", "achieved",
     "opened in December 2025 (on time; May 2026, Nov 2026)"),
    ("at-moe-bike-safety-class", MOE, OTH, "초등 4학년 이상 자전거 안전교육 2025년 9월 2학기부터", "achieved",
     "started with the autumn term 2025 (May 2026)"),
    ("at-knpa-ebike-tuning", KNPA, OTH, "속도 제한 해제 개조 전기자전거 집중 단속 2025년 6월부터 석 달", "achieved",
     "1,900 cases in summer 2025 (May 2026)"),
    ("at-molit-bike-pass", MOLIT, OTH, "공공자전거 전국 통합 이용권 2026년 하반기 (→ 2027년 상반기)", "in_progress",
     "moved to H1 2027 (May 2026); on trial in three cities (Nov 2026)"),
    ("at-mcst-bike-cert-app", MCST, OTH, "국토종주 자전거길 인증 앱 2025년 안에", "achieved",
     "out in March 2026 (late; May 2026, Nov 2026)"),
    ("at-knpa-bike-signal-500", KNPA, OTH, "자전거 전용 신호등 500곳 2026년 말까지 (→ 2027년 3월)", "delayed",
     "312 and moved to March 2027 (Nov 2026)"),
    ("at-mcst-bike-travel-map", MCST, OTH, "전국 자전거 여행길 안내 지도 2026년 8월까지", "delayed",
     "never reported on again: its deadline (2026-08-31) passed with no report of achievement (date rule)"),
    ("at-mois-bike-crossing-100", MOIS, OTH, "자전거 사고 다발 교차로 100곳 구조 개선 2027년까지", "announced", ""),
    # 러브버그
    ("at-me-lovebug-biocontrol", MCEE, OTH, "붉은등우단털파리 친환경(곰팡이 균주) 방제제 2026년 상반기까지 (→ 2027년 5월)", "delayed",
     "moved to May 2027 (Jun 2026, Nov 2026); made by 환경부"),
    ("at-me-lovebug-forecast-map", MCEE, OTH, "러브버그 대발생 예측 지도 2026년 5월부터", "achieved",
     "in '곤충 알림' from May 2026 (on time; Jun 2026, Nov 2026); made by 환경부"),
    ("at-me-lovebug-guideline", MCEE, OTH, "지자체 대발생 곤충 방제 지침(화학 살충제 자제) 2025년 7월 중", "achieved",
     "issued in July 2025 (on time; Jun 2026); made by 환경부"),
    ("at-me-mass-insect-study", MCEE, OTH, "'대발생 곤충' 6종 생태 연구 2027년까지", "in_progress",
     "two species (Jun 2026); four (Nov 2026); made by 환경부"),
    ("at-rda-lanternfly-enemy", RDA, OTH, "미국선녀벌레 천적 농가 3,000곳 방사 2025년", "achieved",
     "3,400 in 2025 (Jun 2026)"),
    ("at-mois-insect-grant", MOIS, OTH, "대발생 곤충 방제 특별교부세 30억 원 2025년 6월 안에", "achieved",
     "paid in June 2025 (on time; Jun 2026)"),
    ("at-mcee-lovebug-light-trap", MCEE, OTH, "한강·북한산 주변 포충기 200대 2026년 8월까지", "delayed",
     "140 after the deadline (Nov 2026)"),
    ("at-mois-lovebug-shop-subsidy", MOIS, OTH, "러브버그 대발생 지역 상가 소독비 지원 2027년 6월부터", "announced", ""),
    # 로드킬
    ("at-mcee-roadkill-fence", MCEE, OTH, "로드킬 유도 울타리 2027년까지 300km (→ 2028년까지 250km)", "revised",
     "96km (Aug 2026); target cut to 250km by 2028, 142km now (Nov 2026)"),
    ("at-mcee-roadkill-report-line", MCEE, OTH, "로드킬 신고 전화·앱 일원화 2026년 상반기 중 (→ 9월)", "achieved",
     "moved to September (Aug 2026); opened in September 2026 (Nov 2026)"),
    ("at-mcee-eco-passage-audit", MCEE, OTH, "생태통로 560곳 성능 평가 2026년 말까지", "in_progress", "380 (Nov 2026)"),
    ("at-molit-roadkill-navi", MOLIT, OTH, "내비게이션 '로드킬 주의 구간' 알림 2026년 3월부터", "achieved",
     "from March 2026 (on time; Aug 2026, Nov 2026)"),
    ("at-molit-night-sign-50", MOLIT, OTH, "로드킬 다발 국도 50곳 야간 감속 전광판 2026년 상반기까지", "achieved",
     "31 after the deadline (Aug 2026); all 50 in October 2026 (late; Nov 2026)"),
    ("at-khs-monument-rescue-center", KHS, OTH, "천연기념물 구조치료센터 2곳 추가 2026년까지 (→ 전남 2027년 상반기)", "delayed",
     "one started (Aug 2026); 강원 open, 전남 moved to H1 2027 (Nov 2026)"),
    ("at-molit-roadkill-liability", MOLIT, OTH, "로드킬 차량 피해 도로 관리 기관 배상 기준 2026년 말까지", "in_progress",
     "pre-announced, due by the end of 2026 (Nov 2026)"),
    ("at-molit-highway-animal-sensor", MOLIT, OTH, "고속도로 로드킬 다발 구간 20곳 동물 감지 카메라 경보 2027년까지", "announced", ""),
]


if __name__ == "__main__":
    write(ROOT, "at", PAGES, COMMITMENTS, LAST,
          ["ministry = the responsible body under the name valid on that date (환경부's promises are listed under",
           "기후에너지환경부, its successor from 2025-10-01; 산업통상자원부's plant under 산업통상부, its successor from",
           "2025-10-01; 통계청's statistic under 국가데이터처, its successor from 2025-10-01; 기획재정부's budget promise",
           "under 기획예산처, which took its budget work on 2026-01-02; every other body kept its name through 2026-11-27)."],
          with_commitments="--commitments" in sys.argv[1:])
