"""Writes the hand annotations of held-out set ar to gold/*.toml.

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
MOLIT = "국토교통부"
MFDS = "식품의약품안전처"
MCST = "문화체육관광부"
MOE = "교육부"
PPS = "조달청"
KHS = "국가유산청"
NFA = "소방청"
RDA = "농촌진흥청"
KDCA = "질병관리청"
MAFRA = "농림축산식품부"
ME = "환경부"                      # until 2025-09-30
MCEE = "기후에너지환경부"           # from 2025-10-01, 환경부's successor
MOTIE = "산업통상자원부"            # until 2025-09-30
MOTI = "산업통상부"                # from 2025-10-01, 산업통상자원부's successor
KOSTAT = "통계청"                 # until 2025-09-30
NDO = "국가데이터처"               # from 2025-10-01, 통계청's successor
MOEF = "기획재정부"                # until 2026-01-01
MOFE = "재정경제부"                # from 2026-01-02, 기획재정부's primary successor (tax)

OTH = "other"      # 안내견, 조류충돌, 커피 찌꺼기, 한옥, 말벌: no topic fits
IND = "industry"   # 산업통상자원부 → 산업통상부's bioplastic R&D with 제조업체 (its remit; the cue 제조업)
FIS = "fiscal"     # 기획재정부 → 재정경제부's 소득세 공제 (세법; the tax office's remit)

LATE = "achieved after the deadline the commitment named; no deadline fields"
AGAIN = "an achievement restated: achieved again, no fields"
SHORT = "short after the deadline: delayed"
LATER = "deadline moved later: delayed, new date in deadline"

PAGES: list[dict] = []

# ---------------------------------------------------------------- 안내견 1/4 (a pet app's growth diary of a puppy-walker; 복지부, 식약처, 국토부)
PUP = "a numbered `n)` line of the diary's '설명회에서 들은 정부 계획', whole with its marker; person ''"
PAGES.append(dict(
    source="2025-02-15_ar_puppy-growth-diary.txt",
    title="보리 14주, 처음으로 주황 조끼를 입던 날", published_at="2025-02-15",
    mentions=[
        m("ar-mohw-refusal-fine-500", "new", MOHW, OTH,
          "[오늘의 한 줄] 보리 13.1kg 돌파 · 복지부, 안내견 출입 거부 과태료 500만 원으로 올린다 · 다음 주엔 첫 버스 타기 연습",
          target=5000000.0, unit="원",
          comment="the diary's [오늘의 한 줄] line (above the body): only its second item is a government commitment; "
                  "no date in the item. The page's date: only '오늘 (14주)' in the weight log and '태어난 지 딱 14주 "
                  "되는 날' with the birthday 2024.11.09 (+ 98 days = Saturday 2025-02-15); the other dates (생일, "
                  "우리 집에 온 날 2025.01.04, 3월 8일) are not the page's"),
        m("ar-mohw-guidedog-120", "new", MOHW, OTH,
          "1) 보건복지부는 한 해 80마리 남짓인 안내견 분양을 2027년까지 120마리로 늘리겠다고 했어요.",
          target=120.0, unit="마리", deadline="2027-12-31", dtext="2027년까지", comment=PUP + "; 80마리 the baseline"),
        m("ar-mohw-refusal-fine-500", "new", MOHW, OTH,
          "2) 안내견과 함께 온 손님을 거부한 가게에 물리는 과태료 상한을 300만 원에서 500만 원으로 올리는 장애인복지법 개정안을 상반기 중 국회에 낸다고 해요(복지부).",
          target=5000000.0, unit="원", deadline="2025-06-30", dtext="상반기 중",
          comment=PUP + "; the body in brackets; the ministry's own act (submitting a bill); 300만 원 the baseline"),
        m("ar-mfds-welcome-sticker", "new", MFDS, OTH,
          "3) 식품의약품안전처는 음식점 위생 지침에 '안내견은 들어올 수 있다'는 문장을 넣고, 연내 음식점 5만 곳에 '안내견 환영' 스티커를 붙이기로 했대요.",
          target=50000.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment=PUP + "; the guideline and the stickers taken as one commitment, the count as its target"),
        m("ar-molit-driver-training", "new", MOLIT, OTH,
          "4) 국토교통부는 하반기부터 택시·버스 기사님들이 받는 보수교육에 안내견 동반 승객 응대 과정을 꼭 넣도록 하겠다고 밝혔어요.",
          deadline="2025-12-31", dtext="하반기부터", comment=PUP),
        m("ar-mohw-puppywalker-aid", "new", MOHW, OTH,
          "5) 저희 같은 퍼피워킹 가정에는 7월부터 사료비와 진료비로 월 10만 원씩 양육 지원금이 나온대요(복지부).",
          target=100000.0, unit="원", deadline="2025-07-31", dtext="7월부터", comment=PUP + "; a monthly amount"),
        m("ar-mohw-trainer-40", "new", MOHW, OTH,
          "6) 훈련사가 모자라 분양 대기가 길다는 얘기가 많았는데, 복지부가 내년까지 안내견 훈련사 40명을 새로 길러 내겠다고 하네요.",
          target=40.0, unit="명", deadline="2026-12-31", dtext="내년까지", comment=PUP),
        m("ar-mohw-refusal-fine-500", "new", MOHW, OTH,
          "안내견과 함께 온 손님을 돌려보내는 일이 없도록 상반기 안에 과태료 상한을 500만 원으로 올리는 법안을 내겠다",
          person="탁서연", target=5000000.0, unit="원", deadline="2025-06-30", dtext="상반기 안에",
          comment="the official's quote, between its quotation marks; person 탁서연 (보건복지부 장애인권익지원과장). "
                  "Not annotated: the school's own plans (3월 8일 모임, 대중교통 교육, 견사, 안내견 교실: a private "
                  "school), the puppy's homework, the comments (a commenter's hearsay on the 10만 원)"),
    ]))

# ---------------------------------------------------------------- 조류충돌 1/3 (a birding club's monthly trip report; 환경부, 국토부, 교육부)
BRD = "a `▸ ` line of the report's '유리창 충돌, 정부는 이렇게 하겠다고 합니다 (2월 환경부 발표)', whole with its marker; person ''"
PAGES.append(dict(
    source="2025-03-15_ar_birding-trip-report.txt",
    title="3월 정기 탐조 후기 — 둥지천 하류와 강변로 방음벽 충돌 조사", published_at="2025-03-15",
    mentions=[
        m("ar-me-bird-glass-rule", "new", ME, OTH,
          "[요약] 오늘 27종 관찰 · 강변로 투명 방음벽 1.2km에서 충돌 사체 14구 · 환경부, 7월부터 공공건물·방음벽 새로 지을 때 충돌 저감 설계 의무화",
          deadline="2025-07-31", dtext="7월부터",
          comment="the report's [요약] line (above the body): only its third item is a government commitment (the "
                  "first two are the club's counts). The page's date: the club's rule '매월 셋째 토요일' with '3월 "
                  "정기 탐조', '오늘 아침' and the season '2025 봄' (third Saturday of March 2025 = 2025-03-15); "
                  "the next trip '4월 19일(토)' is not the page's date"),
        m("ar-me-bird-glass-rule", "new", ME, OTH,
          "▸ 환경부는 7월부터 공공기관이 새로 짓는 건물과 투명 방음벽에 새가 부딪히지 않도록 점 무늬 같은 저감 설계를 의무화합니다.",
          deadline="2025-07-31", dtext="7월부터", comment=BRD),
        m("ar-me-soundwall-film", "new", ME, OTH,
          "▸ 이미 세워진 투명 방음벽은 2026년까지 300km 구간에 점 무늬 필름을 붙이겠다는 계획입니다(환경부).",
          target=300.0, unit="km", deadline="2026-12-31", dtext="2026년까지", comment=BRD + "; the body in brackets"),
        m("ar-molit-soundwall-std", "new", MOLIT, OTH,
          "▸ 국토교통부는 상반기 중 도로 방음벽 설계기준을 고쳐, 투명판 대신 무늬가 들어간 판이나 불투명한 재질을 먼저 쓰게 한다고 합니다.",
          deadline="2025-06-30", dtext="상반기 중", comment=BRD),
        m("ar-me-collision-survey", "new", ME, OTH,
          "▸ 환경부는 연말까지 전국 조류충돌 실태조사 결과를 처음으로 공개하겠다고 밝혔습니다.",
          deadline="2025-12-31", dtext="연말까지", comment=BRD),
        m("ar-moe-school-glass", "new", MOE, OTH,
          "▸ 교육부는 내년부터 새로 짓는 학교 건물의 유리 외벽에도 같은 저감 설계를 적용하기로 했습니다.",
          deadline="2026-12-31", dtext="내년부터", comment=BRD),
        m("ar-me-soundwall-film", "new", ME, OTH,
          "2026년까지 투명 방음벽 300km에 모두 무늬를 입혀 새들이 벽을 볼 수 있게 하겠다",
          person="여민결", target=300.0, unit="km", deadline="2026-12-31", dtext="2026년까지",
          comment="the official's quote (from the ministry's release), between its quotation marks; person 여민결 "
                  "(환경부 자연생태정책과장). Not annotated: the spacing of the dots (10cm, 5cm: context), the "
                  "club's survey (14구, 200m), the club's own plans (4월 19일 봉사 with 미루시, 5월까지 보고서), "
                  "the comments"),
    ]))

# ---------------------------------------------------------------- 커피 찌꺼기 1/3 (a roastery's subscription-box letter, web version; 환경부, 농식품부, 산업부, 통계청)
CUP = "a `· ` line of the letter's '커피 찌꺼기 이야기', relaying the government's plan; person ''"
PAGES.append(dict(
    source="2025-04-09_ar_roastery-subscription-letter.txt",
    title="[볕든 편지] 4월, 커피 찌꺼기가 쓰레기가 아니게 되는 봄", published_at="2025-04-09",
    mentions=[
        m("ar-me-coffee-resource", "new", ME, OTH,
          "[이달의 한 줄] 봄 햇살 같은 구지 · 환경부, 상반기 중 커피 찌꺼기 '순환자원' 인정 · 5월 상자부터 찌꺼기 회수 봉투 동봉",
          deadline="2025-06-30", dtext="상반기 중",
          comment="the letter's [이달의 한 줄] line (above the body): only its second item is a government commitment. "
                  "The page's date: only the bean label's '로스팅 2025.04.09 (수)' with the letter's '오늘 아침 … "
                  "볶은 콩 … 오후 택배 차에 실어 보냅니다' (the drinking window and the next delivery are not the "
                  "page's date)"),
        m("ar-me-coffee-resource", "new", ME, OTH,
          "· 환경부는 상반기 중 고시를 고쳐 카페에서 나온 커피 찌꺼기를 '순환자원'으로 인정하기로 했습니다.",
          deadline="2025-06-30", dtext="상반기 중",
          comment=CUP + "; the line's first sentence (the second says what follows from it)"),
        m("ar-me-coffee-collect-20", "new", ME, OTH,
          "· 카페 커피 찌꺼기를 따로 모아 가는 공공 수거 시범 지자체도 지난해 8곳에서 올해 20곳으로 늘어난답니다(환경부).",
          target=20.0, unit="곳", deadline="2025-12-31", dtext="올해", comment=CUP + "; 8곳 the baseline"),
        m("ar-mafra-coffee-compost", "new", MAFRA, OTH,
          "· 농림축산식품부는 하반기 중 비료 공정규격을 고쳐 커피 찌꺼기를 퇴비 원료로 쓸 수 있게 하겠다고 밝혔어요.",
          deadline="2025-12-31", dtext="하반기 중", comment=CUP),
        m("ar-motie-coffee-bioplastic", "new", MOTIE, IND,
          "· 산업통상자원부는 2027년까지 제조업체 10곳과 함께 커피 찌꺼기로 바이오플라스틱 소재를 만드는 기술 개발을 지원한다고 합니다.",
          target=10.0, unit="곳", deadline="2027-12-31", dtext="2027년까지",
          comment=CUP + "; industry: 산업부's remit and the cue 제조업 (in 제조업체)"),
        m("ar-kostat-coffee-stat", "new", KOSTAT, OTH,
          "· 통계청은 한 해에 커피 찌꺼기가 얼마나 나오는지 연말까지 처음으로 통계를 만들어 내놓겠다고 했습니다.",
          deadline="2025-12-31", dtext="연말까지",
          comment=CUP + "; 통계청 under its name on the page's date (국가데이터처 from 2025-10-01)"),
        m("ar-me-coffee-resource", "new", ME, OTH,
          "상반기 안에 고시를 고쳐 커피 찌꺼기가 더는 쓰레기로 불리지 않게 하겠다",
          person="봉시우", deadline="2025-06-30", dtext="상반기 안에",
          comment="the official's quote, between its quotation marks; person 봉시우 (환경부 자원순환정책과장). Not "
                  "annotated: the roastery's own plans (5월 회수 봉투, 텃밭 나눔, 6월 탈취제 주머니, 수거 시범 신청), "
                  "its 40kg a week and 99% (context), the brewing guide, the subscribers' notes"),
    ]))

# ---------------------------------------------------------------- 한옥 1/3 (a hanok stay's room page with its booking calendar; 국토부, 기재부, 국가유산청, 문체부)
HAN = "a numbered line of the host's '한옥을 고쳐 쓰는 분들께 — 올해 달라지는 것', whole with its marker; person ''"
PAGES.append(dict(
    source="2025-05-14_ar_hanok-stay-room-calendar.txt",
    title="안채 윗방 — 90년 된 안채의 온돌방", published_at="2025-05-14",
    mentions=[
        m("ar-molit-hanok-repair-5000", "new", MOLIT, OTH,
          "[호스트 한마디] 90년 된 안채, 지난겨울 기와를 새로 얹었어요 · 국토부, 7월부터 한옥 수리비 지원 한도 5,000만 원으로 · 6월 둘째 주엔 사랑채 공사로 쉬어요",
          target=50000000.0, unit="원", deadline="2025-07-31", dtext="7월부터",
          comment="the room page's [호스트 한마디] line (above the body): only its second item is a government "
                  "commitment; '국토부' → 국토교통부. The page's date: only the booking calendar's cell '[14 오늘]' "
                  "under '2025년 5월' (the reviews' stay dates and 6월 9일–13일 are not the page's)"),
        m("ar-molit-hanok-repair-5000", "new", MOLIT, OTH,
          "1. 국토교통부는 7월부터 한옥을 고칠 때 받을 수 있는 수리비 보조금 한도를 3,000만 원에서 5,000만 원으로 올립니다.",
          target=50000000.0, unit="원", deadline="2025-07-31", dtext="7월부터", comment=HAN + "; 3,000만 원 the baseline"),
        m("ar-moef-hanok-tax-credit", "new", MOEF, FIS,
          "2. 기획재정부는 올해 세법 개정안에 한옥 수리비를 소득세에서 공제해 주는 내용을 담아 내년부터 시행하겠다고 밝혔습니다.",
          deadline="2026-12-31", dtext="내년부터", comment=HAN + "; fiscal (세법, 소득세; the tax office's remit)"),
        m("ar-khs-material-center", "new", KHS, OTH,
          "3. 국가유산청은 전통 기와와 목재를 미리 사 두었다가 수리하는 집에 공급하는 '전통 재료 비축 센터'를 내년 상반기에 열 계획입니다.",
          deadline="2026-06-30", dtext="내년 상반기", comment=HAN),
        m("ar-molit-hanok-village-30", "new", MOLIT, OTH,
          "4. 국토교통부는 2027년까지 전국 30곳에 한옥마을 조성을 지원하겠다고 합니다.",
          target=30.0, unit="곳", deadline="2027-12-31", dtext="2027년까지", comment=HAN),
        m("ar-mcst-hanok-stay-cert", "new", MCST, OTH,
          "5. 문화체육관광부는 연내 한옥체험업에 화재·안전 인증제를 도입해, 인증을 받은 곳만 '안심 한옥' 표시를 달 수 있게 하겠다고 했습니다.",
          deadline="2025-12-31", dtext="연내", comment=HAN),
        m("ar-molit-hanok-repair-5000", "new", MOLIT, OTH,
          "7월부터 한옥 한 채를 제대로 고칠 수 있을 만큼, 5,000만 원까지 지원하겠다",
          person="은도겸", target=50000000.0, unit="원", deadline="2025-07-31", dtext="7월부터",
          comment="the official's quote, between its quotation marks; person 은도겸 (국토교통부 건축문화경관과장). "
                  "Not annotated: the host's own plans (6월 사랑채 공사, 다도, 담쟁이, 인증 신청), the FAQ (the house's "
                  "rules: 안내견 환영 is its own), the reviews"),
    ]))

# ---------------------------------------------------------------- 안내견 2/4 (a taxi company's pre-shift briefing on its drivers' board; 국토부, 식약처, 복지부, 문체부)
TAX = "a `▷ ` line of the briefing's '안내견과 함께 타는 손님 (정부 방침 정리)', whole with its marker; person ''"
PAGES.append(dict(
    source="2025-07-17_ar_taxi-preshift-briefing.txt",
    title="[출근 조회] 빗길 감속, 안내견 승객 응대, 8월 정산 일정", published_at="2025-07-17",
    mentions=[
        m("ar-molit-taxi-refusal", "new", MOLIT, OTH,
          "[오늘 조회 요약] 오후 소나기, 빗길 감속 · 9월부터 안내견 동반 승차 거부도 '승차 거부' 신고 대상(국토부) · 8월 정산은 25일",
          deadline="2025-09-30", dtext="9월부터",
          comment="the briefing's [오늘 조회 요약] line (above the body): only its second item is a government "
                  "commitment. The page's date: only '제헌절인 오늘은 공휴일이 아니어서' (7월 17일) with the year "
                  "from '2025년 하반기 보수교육은 9월 3일(수)부터'; 8월 25일 and 9월 3일 are not the page's date"),
        m("ar-molit-taxi-refusal", "new", MOLIT, OTH,
          "▷ 국토교통부는 9월부터 안내견과 함께 탄 손님을 태우지 않거나 내리게 하는 것도 택시 승차 거부로 보고 신고를 받습니다.",
          deadline="2025-09-30", dtext="9월부터", comment=TAX),
        m("ar-molit-driver-training", "new", MOLIT, OTH,
          "▷ 하반기부터는 우리가 받는 운수종사자 보수교육에 안내견 동반 승객 응대 과정이 반드시 들어갑니다(국토부).",
          deadline="2025-12-31", dtext="하반기부터", comment=TAX + "; the dated plan restated, no news of it: new"),
        m("ar-mfds-welcome-sticker", "progress", MFDS, OTH,
          "▷ 식품의약품안전처가 연내 5만 곳에 붙이기로 한 '안내견 환영' 스티커는 지금까지 음식점 1만 8,000곳에 붙었다고 합니다.",
          target=50000.0, unit="곳", deadline="2025-12-31", dtext="연내", comment=TAX + "; 1만 8,000 before the deadline: progress"),
        m("ar-mohw-refusal-fine-500", "delayed", MOHW, OTH,
          "▷ 보건복지부가 상반기 중 국회에 내겠다던 과태료 상한 인상(300만 원 → 500만 원) 장애인복지법 개정안은 부처 협의가 늦어져 연말까지로 미뤄졌습니다.",
          target=5000000.0, unit="원", deadline="2025-12-31", dtext="연말까지로", prev="2025-06-30",
          comment=TAX + "; " + LATER + "; the missed '상반기 중' in previous_deadline"),
        m("ar-mcst-together-map", "new", MCST, OTH,
          "▷ 문화체육관광부는 안내견과 함께 갈 수 있는 관광지와 숙박 정보를 모은 '함께가요' 지도를 내년 2분기 안에 내놓겠다고 했습니다.",
          deadline="2026-06-30", dtext="내년 2분기 안에", comment=TAX + "; the second quarter ends on 06-30"),
        m("ar-mohw-puppywalker-aid", "delayed", MOHW, OTH,
          "▷ 복지부는 이달부터 퍼피워킹 가정에 월 10만 원씩 주기로 했던 양육 지원금을 예산 협의 때문에 하반기 중 지급하겠다고 밝혔습니다.",
          target=100000.0, unit="원", deadline="2025-12-31", dtext="하반기 중", prev="2025-07-31",
          comment=TAX + "; " + LATER + "; the missed '이달부터' (July 2025) in previous_deadline"),
        m("ar-molit-taxi-refusal", "new", MOLIT, OTH,
          "9월부터는 안내견을 이유로 태우지 않는 것도 승차 거부로 똑같이 처분하겠다",
          person="도휘성", deadline="2025-09-30", dtext="9월부터",
          comment="the official's quote, between its quotation marks; person 도휘성 (국토교통부 택시정책과장). Not "
                  "annotated: '정부도 올해 하반기부터 이 문제를 더 엄하게 보겠다고 하니' (a pointer, no promise of "
                  "its own), the company's own rules and plans (방수 시트 8월까지, 징계), the weather, the accident, "
                  "the company notes, the comments"),
    ]))

# ---------------------------------------------------------------- 말벌 1/3 (a beekeeper's farm log in a farm-diary app; 농진청, 환경부, 질병청, 소방청, 농식품부)
BEE = "a `✎ ` line of the log's '교육 메모', whole with its marker; person ''"
PAGES.append(dict(
    source="2025-08-23_ar_beekeeping-farm-log.txt",
    title="처서(處暑) — 모기 입은 비뚤어져도 말벌은 지금부터", published_at="2025-08-23",
    mentions=[
        m("ar-rda-hornet-trap", "new", RDA, OTH,
          "[메모 요약] 3번·7번 통 말벌 피해 · 농진청, 올해 말벌 포획 트랩 2만 개 보급 (군 센터에 신청) · 9월 첫 주 월동 사양 시작",
          target=20000.0, unit="개", deadline="2025-12-31", dtext="올해",
          comment="the log's [메모 요약] line (above the body): only its second item is a government commitment; "
                  "'농진청' → 농촌진흥청. The page's date: only the solar term '처서(處暑)' in the title and '오늘이 "
                  "처서다' with '2025 시즌' (처서 2025 = 2025-08-23); the training day '8월 21일' ('그제') is not the "
                  "page's date"),
        m("ar-rda-hornet-trap", "new", RDA, OTH,
          "✎ 농촌진흥청은 올해 등검은말벌 포획 트랩 2만 개를 양봉 농가에 나눠 준다고 함.",
          target=20000.0, unit="개", deadline="2025-12-31", dtext="올해", comment=BEE),
        m("ar-me-hornet-designation", "new", ME, OTH,
          "✎ 환경부는 연내 등검은말벌을 생태계교란 생물로 지정해 지자체가 퇴치에 예산을 쓸 수 있게 하겠다고 함.",
          deadline="2025-12-31", dtext="연내", comment=BEE + "; other (예산 here is a circumstance, a weak cue)"),
        m("ar-kdca-epipen-261", "new", KDCA, OTH,
          "✎ 질병관리청은 9월부터 전국 보건소 261곳 모두에 벌 쏘임 응급용 에피네프린 자가주사기를 둔다고 함.",
          target=261.0, unit="곳", deadline="2025-09-30", dtext="9월부터", comment=BEE),
        m("ar-nfa-nest-transfer", "new", NFA, OTH,
          "✎ 소방청은 내년 상반기까지 사람이 다칠 위험이 없는 벌집 제거 출동은 지자체와 민간 업체로 넘기는 기준을 만들겠다고 함.",
          deadline="2026-06-30", dtext="내년 상반기까지", comment=BEE),
        m("ar-mafra-bee-insurance", "new", MAFRA, OTH,
          "✎ 농림축산식품부는 내년부터 말벌 피해도 양봉 재해보험으로 보상받을 수 있게 하겠다고 밝힘.",
          deadline="2026-12-31", dtext="내년부터", comment=BEE),
        m("ar-rda-hornet-trap", "new", RDA, OTH,
          "올해 안에 트랩 2만 개를 한 곳도 빠짐없이 농가에 나눠 드리겠다",
          person="나설희", target=20000.0, unit="개", deadline="2025-12-31", dtext="올해 안에",
          comment="the official's quote, between its quotation marks; person 나설희 (농촌진흥청 양봉생태과 연구관). "
                  "Not annotated: the county centre's handing out in September (a county), the 119 remark (no "
                  "promise), the keeper's own plans, the hive table, the comments"),
    ]))

# ---------------------------------------------------------------- 조류충돌 2/3 (a glass-film installer's case-study page; 기후부, 국토부, 조달청)
CASE = "a `▸ ` line of the case study's '정부 정책, 지금 어디까지 (10월 기준)', whole with its marker; person ''"
P7_S = ("[한 줄 소식] 공공건물 충돌 저감 설계 7월부터 의무화 · 방음벽 필름 112km 완료(기후에너지환경부) · "
        "조달청, 연말까지 저감 필름 혁신제품 지정")
PAGES.append(dict(
    source="2025-10-28_ar_bird-film-case-study.txt",
    title="[시공 사례] 미루시 강변로 투명 방음벽 1.4km, 조류충돌 저감 필름 시공", published_at="2025-10-28",
    mentions=[
        m("ar-me-bird-glass-rule", "achieved", MCEE, OTH, P7_S,
          comment="the page's [한 줄 소식] line (above the body): three commitments; first item: in force from July "
                  "(on time): achieved, no fields; the body named by the second item (기후에너지환경부, 환경부's "
                  "successor on the page's date). The page's date: only the address bar's URL "
                  "'…/cases/2025/10/28/…' (the works ran 2025.10.13–10.24; the related cases are dated by month)"),
        m("ar-me-soundwall-film", "progress", MCEE, OTH, P7_S,
          comment="second item: 112km before the deadline, the target not named here: progress, no fields"),
        m("ar-pps-film-innovation", "new", PPS, OTH, P7_S, deadline="2025-12-31", dtext="연말까지",
          comment="third item"),
        m("ar-me-bird-glass-rule", "achieved", MCEE, OTH,
          "▸ 환경부가 예고한 대로 7월부터 공공기관이 새로 짓는 건물과 방음벽에는 조류충돌 저감 설계가 의무가 됐습니다.",
          comment=CASE + "; on time: achieved, no fields; '환경부' names the body as it was when it promised: the "
                         "mention carries 기후에너지환경부, its name on the page's date"),
        m("ar-me-soundwall-film", "progress", MCEE, OTH,
          "▸ 기후에너지환경부는 2026년까지 300km에 필름을 붙이겠다던 기존 투명 방음벽 가운데 지금까지 112km를 마쳤다고 밝혔습니다.",
          target=300.0, unit="km", deadline="2026-12-31", dtext="2026년까지", comment=CASE + "; 112km before the deadline: progress"),
        m("ar-molit-soundwall-std", "delayed", MOLIT, OTH,
          "▸ 국토교통부가 상반기 중 고치겠다던 도로 방음벽 설계기준은 아직 개정되지 않았고, 국토부는 연말까지 개정을 마치겠다고 했습니다.",
          deadline="2025-12-31", dtext="연말까지", prev="2025-06-30",
          comment=CASE + "; " + LATER + "; the missed '상반기 중' in previous_deadline"),
        m("ar-me-collision-survey", "progress", MCEE, OTH,
          "▸ 전국 200개 지점 조사를 마친 조류충돌 실태조사는 분석 중이며, 결과는 연말까지 공개한다고 합니다(기후에너지환경부).",
          deadline="2025-12-31", dtext="연말까지",
          comment=CASE + "; the fieldwork done, the result due as promised: progress; 200개 지점 the survey's size, not a target"),
        m("ar-mcee-collision-app", "new", MCEE, OTH,
          "▸ 기후에너지환경부는 시민이 충돌로 죽은 새를 사진으로 신고하는 앱 '새충돌 알림이'를 내년 3월부터 운영한다고 합니다.",
          deadline="2026-03-31", dtext="내년 3월부터", comment=CASE),
        m("ar-pps-film-innovation", "new", PPS, OTH,
          "▸ 조달청은 연말까지 조류충돌 저감 필름을 '혁신제품'으로 지정해 공공기관이 수의계약으로 살 수 있게 하겠다고 밝혔습니다.",
          deadline="2025-12-31", dtext="연말까지",
          comment=CASE + "; never reported on again (the last page says no news was found): the date rule makes it delayed"),
        m("ar-mcee-collision-app", "new", MCEE, OTH,
          "내년 3월부터는 시민 누구나 앱으로 충돌 지점을 올릴 수 있게 하겠다",
          person="여민결", deadline="2026-03-31", dtext="내년 3월부터",
          comment="the official's quote, between its quotation marks; person 여민결 (기후에너지환경부 자연생태정책과장; "
                  "the same official as on 2025-03-15, her ministry renamed). Not annotated: the works' facts, "
                  "the club's counts (61구), the company's own plans (시공팀 4개, 11월 무료 진단, 혁신제품 신청, "
                  "3년 점검), the inquiries, the related cases"),
    ]))

# ---------------------------------------------------------------- 커피 찌꺼기 2/3 (an urban-farming club's season plan; 기후부, 농식품부, 산업부, 데이터처)
GAR = "a circled-number line of the plan's '커피 찌꺼기 퇴비, 올해는 이렇게', whole with its marker; person ''"
P8_S = ("[올해 한 줄] 3월 21일(토) 개장 · 커피 찌꺼기 '순환자원' 인정돼 카페 찌꺼기 받아 오기 쉬워져 · "
        "퇴비 원료 허용은 토양개량제로 바뀌어 3월까지")
PAGES.append(dict(
    source="2026-01-05_ar_garden-club-season-plan.txt",
    title="[공지] 새 시즌 계획 — 개장일, 구획 배정, 그리고 커피 찌꺼기 퇴비", published_at="2026-01-05",
    mentions=[
        m("ar-me-coffee-resource", "achieved", MCEE, OTH, P8_S,
          comment="the notice's [올해 한 줄] line (above the body): the first item is the club's own; second item: "
                  "achieved (기후에너지환경부, ① below). The page's date: only '새해 첫 월요일인 오늘' with the "
                  "footer's '2026 시즌' (2026-01-05); 2월 14일, 3월 14일, 3월 21일 are the club's days"),
        m("ar-mafra-coffee-compost", "revision", MAFRA, OTH, P8_S, deadline="2026-03-31", dtext="3월까지",
          comment="third item: the form changed (퇴비 → 토양개량제) with a new date: revision"),
        m("ar-me-coffee-resource", "achieved", MCEE, OTH,
          "① 환경부가 지난해 6월 고시를 고쳐 커피 찌꺼기를 '순환자원'으로 인정하면서, 이제 카페에서 받아 온 찌꺼기를 쓰레기봉투에 담지 않아도 됩니다.",
          comment=GAR + "; done in June 2025 (on time): achieved, no fields; 환경부 then, 기후에너지환경부 on the page's date"),
        m("ar-me-coffee-collect-20", "delayed", MCEE, OTH,
          "② 공공 수거 시범 지자체는 지난해 20곳으로 늘리겠다던 계획과 달리 16곳에 그쳤고, 기후에너지환경부는 나머지 4곳을 올해 상반기까지 채우겠다고 했습니다.",
          target=20.0, unit="곳", deadline="2026-06-30", dtext="올해 상반기까지", prev="2025-12-31",
          comment=GAR + "; " + SHORT + " with the rest moved: delayed with the new date; '지난해' in previous_deadline"),
        m("ar-mafra-coffee-compost", "revision", MAFRA, OTH,
          "③ 농림축산식품부는 지난해 하반기 중 커피 찌꺼기를 퇴비 원료로 허용하겠다던 계획을 바꿔, 퇴비 대신 토양개량제 원료로만 쓸 수 있게 3월까지 규격을 고치기로 했습니다.",
          deadline="2026-03-31", dtext="3월까지", prev="2025-12-31",
          comment=GAR + "; what is allowed changed (퇴비 → 토양개량제) and the date with it: revision (as aq's AED "
                         "app), the old '지난해 하반기 중' in previous_deadline"),
        m("ar-motie-coffee-bioplastic", "progress", MOTI, IND,
          "④ 산업통상부는 커피 찌꺼기 바이오플라스틱 기술 개발에 제조업체 6곳이 협약을 맺었고, 2027년까지 10곳으로 늘린다고 밝혔습니다.",
          target=10.0, unit="곳", deadline="2027-12-31", dtext="2027년까지",
          comment=GAR + "; 6 of 10 before the deadline: progress; 산업통상부, 산업통상자원부's successor"),
        m("ar-kostat-coffee-stat", "delayed", NDO, OTH,
          "⑤ 국가데이터처(옛 통계청)는 연말까지 내겠다던 커피 찌꺼기 발생량 통계를 올해 6월로 미뤘습니다.",
          deadline="2026-06-30", dtext="올해 6월로", prev="2025-12-31",
          comment=GAR + "; " + LATER + "; 국가데이터처, 통계청's successor; the missed '연말까지' (2025) in previous_deadline"),
        m("ar-mcee-cafe-guide", "new", MCEE, OTH,
          "⑥ 기후에너지환경부는 3월 말까지 카페용 '커피 찌꺼기 분리배출 안내서'를 만들어 전국 카페에 나눠 주겠다고 했습니다.",
          deadline="2026-03-31", dtext="3월 말까지",
          comment=GAR + ". Not annotated: the club's harvest and its own plans (카페 다섯 곳, 퇴비 더미 여섯 개, "
                        "창고 지붕, 경로당 화단), '미루시는 아직 수거 시범 지자체가 아닙니다' (a city), the comments"),
    ]))

# ---------------------------------------------------------------- 안내견 3/4 (a webtoon episode page with the author's note; 식약처, 복지부, 국토부, 문체부)
TOON = "a sentence of the author's note ('작가의 말'), relaying the government's news; person ''"
PAGES.append(dict(
    source="2026-04-20_ar_webtoon-episode-page.txt",
    title="43화 — 우리는 같이 들어갑니다 (2026 장애인의 날 특별편)", published_at="2026-04-20",
    mentions=[
        m("ar-mfds-welcome-sticker", "achieved", MFDS, OTH,
          "[이번 화 한 줄] 까미가 식당 문 앞에서 멈춘 이유 · 식당 '안내견 환영' 스티커 5만 곳 다 붙었대요(식약처) · 다음 화는 까미의 건강검진",
          comment="the episode's [이번 화 한 줄] line (above the body): only its second item is a government "
                  "commitment; achieved, no fields. The page's date: only '2026 장애인의 날 특별편' in the title "
                  "and '장애인의 날인 오늘' in the author's note (4월 20일); the comments' '3시간 전' are relative"),
        m("ar-mfds-welcome-sticker", "achieved", MFDS, OTH,
          "식품의약품안전처가 지난해 말까지 음식점 5만 곳에 '안내견 환영' 스티커를 모두 붙였다고 해요.",
          comment=TOON + "; done by the end of 2025 (on time): achieved, no fields"),
        m("ar-mohw-refusal-fine-500", "achieved", MOHW, OTH,
          "보건복지부는 과태료 상한을 500만 원으로 올리는 장애인복지법 개정안을 지난해 12월 국회에 냈다고 합니다.",
          comment=TOON + "; submitted in December 2025 (the moved date): achieved, no fields (the promise was the "
                         "ministry's submission, not the Assembly's vote)"),
        m("ar-molit-taxi-refusal", "achieved", MOLIT, OTH,
          "9월부터는 안내견 승차 거부도 택시 승차 거부로 신고할 수 있게 됐고요(국토교통부).",
          comment=TOON + "; in force from September 2025 (on time): achieved, no fields"),
        m("ar-molit-driver-training", "cancelled", MOLIT, OTH,
          "그런데 택시·버스 기사님 보수교육에 안내견 응대를 꼭 넣겠다던 계획은 업계 반발로 의무가 아닌 '권고'로 바뀌어 사실상 없던 일이 됐어요(국토부).",
          comment=TOON + "; a duty turned into advice, '사실상 없던 일': cancelled (as aq's insurance), no fields"),
        m("ar-mohw-guidedog-120", "progress", MOHW, OTH,
          "복지부에 따르면 지난해 분양된 안내견은 94마리로, 2027년까지 120마리로 늘린다는 목표는 그대로예요.",
          target=120.0, unit="마리", deadline="2027-12-31", dtext="2027년까지", comment=TOON + "; 94 before the deadline: progress"),
        m("ar-mohw-trainer-40", "progress", MOHW, OTH,
          "올해 말까지 40명을 채우겠다던 안내견 훈련사는 지금 26명이 과정을 밟고 있대요(복지부).",
          target=40.0, unit="명", deadline="2026-12-31", dtext="올해 말까지",
          comment=TOON + "; 26 in training before the deadline: progress"),
        m("ar-mohw-puppywalker-aid", "achieved", MOHW, OTH,
          "퍼피워킹 가정 양육 지원금 월 10만 원은 지난해 7월부터 주겠다던 것이 올해 1월에야 처음 나왔어요(복지부).",
          comment=TOON + "; " + LATE + " (paid from January 2026, after both the July and the moved H2 2025 dates)"),
        m("ar-mcst-together-map", "progress", MCST, OTH,
          "문화체육관광부는 안내견과 함께 갈 수 있는 관광지·숙박 1,200곳을 모은 '함께가요' 지도를 6월에 공개하겠다고 밝혔어요.",
          deadline="2026-06-30", dtext="6월에",
          comment=TOON + "; the places gathered, the launch within the promised H1 2026: progress; 1,200곳 the map's "
                         "content, not a target"),
        m("ar-mohw-retired-dog-care", "new", MOHW, OTH,
          "보건복지부는 하반기부터 은퇴한 안내견의 의료비를 한 해 50만 원까지 지원하겠다고 했어요.",
          target=500000.0, unit="원", deadline="2026-12-31", dtext="하반기부터", comment=TOON + "; a yearly cap as the target"),
        m("ar-mohw-retired-dog-care", "new", MOHW, OTH,
          "평생 일한 은퇴견도 끝까지 책임지겠다는 뜻에서 하반기부터 의료비를 드리겠다",
          person="탁서연", deadline="2026-12-31", dtext="하반기부터",
          comment="the official's quote (as reported), between its quotation marks; person 탁서연 (보건복지부 "
                  "장애인권익지원과장). Not annotated: the scene descriptions (the story), the author's own plans "
                  "(다음 화), the comments (a driver's company rule; a puppy-walker's word on the January payment)"),
    ]))

# ---------------------------------------------------------------- 한옥 2/3 (a master carpenter's work journal with the ridge-beam writing; 국토부, 재경부, 국가유산청, 문체부)
JRN = "a `○ ` line of the journal's '나라 돈으로 고치는 집들 — 요즘 바뀐 것', whole with its marker; person ''"
P10_S = ("[일지 한 줄] 감나무집 상량 · 한옥 수리비 지원 한도 5,000만 원 적용받아 · "
         "전통 재료 비축 센터 개관은 하반기로 밀려(국가유산청)")
PAGES.append(dict(
    source="2026-06-15_ar_carpenter-work-journal.txt",
    title="감나무집, 마룻대를 올리다", published_at="2026-06-15",
    mentions=[
        m("ar-molit-hanok-repair-5000", "achieved", MOLIT, OTH, P10_S,
          comment="the journal's [일지 한 줄] line (above the body): the first item is the carpenter's own; second "
                  "item: achieved (국토교통부, ○ below), no fields. The page's date: only the ridge-beam writing "
                  "(상량문) '檀紀四三五九年 丙午 陽曆 六月 十五日 上樑' (단기 4359 = 2026, solar 6/15) with '오늘 … "
                  "상량식을 올렸다'; 1941, '6월 둘째 주' and the months ahead are not the page's date"),
        m("ar-khs-material-center", "delayed", KHS, OTH, P10_S, deadline="2026-12-31", dtext="하반기로",
          comment="third item: " + LATER + "; no earlier date named in the item"),
        m("ar-molit-hanok-repair-5000", "achieved", MOLIT, OTH,
          "○ 이 집도 지난해 7월부터 5,000만 원으로 오른 국토교통부 한옥 수리비 지원 한도를 적용받았다.",
          comment=JRN + "; raised in July 2025 (on time): achieved, no fields"),
        m("ar-moef-hanok-tax-credit", "delayed", MOFE, FIS,
          "○ 재정경제부는 올해부터 하겠다던 한옥 수리비 소득세 공제를 2027년부터로 미뤘다.",
          deadline="2027-12-31", dtext="2027년부터로", prev="2026-12-31",
          comment=JRN + "; " + LATER + "; 재정경제부, the successor that took 기획재정부's tax work on 2026-01-02; "
                        "the missed '올해부터' (2026) in previous_deadline"),
        m("ar-khs-material-center", "delayed", KHS, OTH,
          "○ 국가유산청은 상반기에 열겠다던 전통 재료 비축 센터 개관을 하반기로 늦췄다.",
          deadline="2026-12-31", dtext="하반기로", prev="2026-06-30",
          comment=JRN + "; " + LATER + "; the missed '상반기에' in previous_deadline"),
        m("ar-molit-hanok-village-30", "progress", MOLIT, OTH,
          "○ 국토교통부가 2027년까지 30곳을 만들겠다던 한옥마을은 지금까지 11곳에서 조성이 시작됐다.",
          target=30.0, unit="곳", deadline="2027-12-31", dtext="2027년까지", comment=JRN + "; 11 before the deadline: progress"),
        m("ar-mcst-hanok-stay-cert", "achieved", MCST, OTH,
          "○ 문화체육관광부의 한옥체험업 안전 인증제는 지난해 연내 도입 약속보다 늦은 올해 3월에야 시행됐다.",
          comment=JRN + "; " + LATE),
        m("ar-molit-carpenter-500", "new", MOLIT, OTH,
          "○ 국토교통부는 2027년까지 한옥 목수 500명을 길러 내겠다며 올해 첫 교육생을 뽑고 있다.",
          target=500.0, unit="명", deadline="2027-12-31", dtext="2027년까지",
          comment=JRN + "; a new promise (its first intake under way is part of its news): new"),
        m("ar-molit-carpenter-500", "new", MOLIT, OTH,
          "2027년까지 목수 500명을 길러 한옥을 고칠 사람이 없어 공사가 멈추는 일은 없게 하겠다",
          person="은도겸", target=500.0, unit="명", deadline="2027-12-31", dtext="2027년까지",
          comment="the official's quote, between its quotation marks; person 은도겸 (국토교통부 건축문화경관과장). "
                  "Not annotated: the elder's words ('다시 백 년을 산다'), the house's repair, the carpenter's own "
                  "plans (7월–9월 일정, 견습 목수 두 명), the private tile maker's wait, the comments"),
    ]))

# ---------------------------------------------------------------- 말벌 2/3 (a pest-control firm's customer Q&A board; 소방청, 질병청, 농진청, 기후부, 농식품부)
QA = "a `● ` line of the firm's answer ('119가 안 온다는 얘기, 사실인가요?'), whole with its marker; person ''"
P11_S = "[이번 달 핵심] 벌집 제거 119 출동 민간 이관, 내년으로 또 밀려(소방청) · 보건소 자가주사기 180곳뿐 · 든든방제 출장비 올해 동결"
PAGES.append(dict(
    source="2026-08-11_ar_pest-control-qna-board.txt",
    title="[답변 완료] 처마 밑 말벌집, 119에 부르면 안 되나요? 요금은요?", published_at="2026-08-11",
    mentions=[
        m("ar-nfa-nest-transfer", "delayed", NFA, OTH, P11_S, deadline="2027-12-31", dtext="내년으로",
          comment="the answer's [이번 달 핵심] line: the third item is the firm's own; first item: " + LATER
                  + "; no earlier date named in the item. The page's date: only the board's notice '작성 후 30일이 "
                    "지나면 비공개 … 이 글은 2026. 9. 10. 비공개로 바뀝니다' (2026-09-10 − 30 days = 2026-08-11)"),
        m("ar-kdca-epipen-261", "delayed", KDCA, OTH, P11_S,
          comment="second item: " + SHORT + "; no body, target or missed date named in the item (질병관리청 from the ● line)"),
        m("ar-nfa-nest-transfer", "delayed", NFA, OTH,
          "● 소방청은 올해 상반기까지 만들겠다던 비긴급 벌집 제거 출동의 지자체·민간 이관 기준을 내년으로 미뤘습니다.",
          deadline="2027-12-31", dtext="내년으로", prev="2026-06-30",
          comment=QA + "; " + LATER + "; the missed '올해 상반기까지' in previous_deadline"),
        m("ar-kdca-epipen-261", "delayed", KDCA, OTH,
          "● 질병관리청이 지난해 9월부터 전국 보건소 261곳 모두에 두겠다던 에피네프린 자가주사기는 지금 180곳에만 있습니다.",
          target=261.0, unit="곳", prev="2025-09-30",
          comment=QA + "; " + SHORT + "; the missed '지난해 9월부터' in previous_deadline; the clause names the target"),
        m("ar-rda-hornet-trap", "achieved", RDA, OTH,
          "● 농촌진흥청은 지난해 약속한 등검은말벌 포획 트랩 2만 개를 연말까지 모두 나눠 줬다고 밝혔습니다.",
          comment=QA + "; done by the end of 2025 (on time): achieved, no fields"),
        m("ar-me-hornet-designation", "achieved", MCEE, OTH,
          "● 기후에너지환경부는 지난해 12월 등검은말벌을 생태계교란 생물로 지정했습니다.",
          comment=QA + "; done in December 2025 (on time): achieved; promised by 환경부, done by 기후에너지환경부"),
        m("ar-mafra-bee-insurance", "revision", MAFRA, OTH,
          "● 농림축산식품부는 말벌 피해를 양봉 재해보험으로 보상하겠다던 계획을 바꿔, 보험 대신 피해 농가에 긴급 경영자금을 빌려주는 방식으로 10월부터 지원하기로 했습니다.",
          deadline="2026-10-31", dtext="10월부터",
          comment=QA + "; the form changed (보험 → 융자) with a date: revision; no earlier date named"),
        m("ar-rda-hornet-lure", "new", RDA, OTH,
          "● 농촌진흥청은 내년 상반기까지 등검은말벌만 골라 꾀어내는 유인제를 개발해 농가에 보급하겠다고 했습니다.",
          deadline="2027-06-30", dtext="내년 상반기까지", comment=QA + "; never reported on again; its date is ahead: announced"),
        m("ar-nfa-nest-transfer", "delayed", NFA, OTH,
          "내년에는 반드시 이관 기준을 만들어 구급차가 벌집 때문에 자리를 비우는 일을 줄이겠다",
          person="고은재", deadline="2027-12-31", dtext="내년에는",
          comment="the official's quote, between its quotation marks; person 고은재 (소방청 119생활안전과장); it "
                  "restates the moved date on the page that reports the delay: delayed with the new date (no "
                  "previous date in the quote). Not annotated: the question, the firm's advice and price table, "
                  "its own plans (주말 팀, 9월 무료 제거, 군청 통보), the first-aid steps, the replies"),
    ]))

# ---------------------------------------------------------------- all five, last (a civic group's 'promise route map', text version)
MAP = "a station line of the route map, whole with its marker; person ''; the body from the brackets (short names)"
P12_S = ("[이번 주 운행 요약] 방음벽 필름 목표 300km → 250km로 줄어 · 벌집 출동 이관 또 지연 · "
         "커피 찌꺼기 바이오플라스틱 운행 중단 · 전통 재료 비축 센터 11월 개관")
PAGES.append(dict(
    source="2026-11-23_ar_promise-route-map.txt",
    title="2026 생활 약속 노선도 (텍스트 버전)", published_at="2026-11-23",
    mentions=[
        m("ar-me-soundwall-film", "revision", MCEE, OTH, P12_S, target=250.0, unit="km",
          comment="the map's [이번 주 운행 요약] line (above the body): four commitments, no body named (기후에너지환경부, "
                  "소방청, 산업통상부, 국가유산청 from the stations); first item: the target cut: revision. The page's "
                  "date: only '2026년 48주 차 월요일 07:00 기준' (ISO week 48 of 2026 begins on Monday 2026-11-23); "
                  "the comments' '2일 전' are relative; 12월 13일 is the group's meeting"),
        m("ar-nfa-nest-transfer", "delayed", NFA, OTH, P12_S,
          comment="second item: delayed again, no date named in the item"),
        m("ar-motie-coffee-bioplastic", "cancelled", MOTI, IND, P12_S,
          comment="third item: 운행 중단 = dropped: cancelled (산업통상부)"),
        m("ar-khs-material-center", "achieved", KHS, OTH, P12_S, comment="fourth item: opened in November 2026 (on the moved date)"),
        # 1호선 안내견선
        m("ar-mfds-welcome-sticker", "achieved", MFDS, OTH,
          "● 식당 '안내견 환영' 스티커 5만 곳 — 2025년 말 모두 부착 (식약처)", comment=MAP + "; " + AGAIN),
        m("ar-mohw-refusal-fine-500", "achieved", MOHW, OTH,
          "● 안내견 출입 거부 과태료 500만 원 장애인복지법 개정안 — 2025년 12월 국회 제출 (복지부)", comment=MAP + "; " + AGAIN),
        m("ar-molit-taxi-refusal", "achieved", MOLIT, OTH,
          "● 안내견 동반 승차 거부도 택시 승차 거부 신고 대상 — 2025년 9월 시행 (국토부)", comment=MAP + "; " + AGAIN),
        m("ar-mohw-puppywalker-aid", "achieved", MOHW, OTH,
          "● 퍼피워킹 가정 양육 지원금 월 10만 원 — 2026년 1월 첫 지급 (복지부)", comment=MAP + "; " + AGAIN),
        m("ar-mohw-retired-dog-care", "achieved", MOHW, OTH,
          "● 은퇴 안내견 의료비 한 해 50만 원 — 9월부터 지급 시작 (복지부)",
          comment=MAP + "; paid from September 2026 (within the promised H2): achieved, no fields"),
        m("ar-mohw-guidedog-120", "progress", MOHW, OTH,
          "◐ 안내견 분양 2027년까지 120마리 — 올해 10월까지 101마리 (복지부)",
          target=120.0, unit="마리", deadline="2027-12-31", dtext="2027년까지", comment=MAP + "; 101 before the deadline: progress"),
        m("ar-mohw-trainer-40", "progress", MOHW, OTH,
          "◐ 안내견 훈련사 40명 — 33명 과정 중, 올해 말이 기한 (복지부)",
          target=40.0, unit="명", deadline="2026-12-31", dtext="올해 말",
          comment=MAP + "; 33 before the deadline (2026-12-31, after the page's date): progress"),
        m("ar-mcst-together-map", "delayed", MCST, OTH,
          "⏸ '함께가요' 안내견 동반 관광 지도 — 6월 공개 약속, 2027년 상반기로 연기 (문체부)",
          deadline="2027-06-30", dtext="2027년 상반기로", prev="2026-06-30",
          comment=MAP + "; " + LATER + "; the missed '6월' in previous_deadline"),
        m("ar-molit-driver-training", "cancelled", MOLIT, OTH,
          "✕ 운수종사자 보수교육 안내견 응대 의무화 — 권고로 바꿔 없던 일 (국토부)", comment=MAP + "; dropped, restated"),
        # 2호선 새길선
        m("ar-me-bird-glass-rule", "achieved", MCEE, OTH,
          "● 공공건물·방음벽 신축 때 충돌 저감 설계 의무 — 2025년 7월 시행 (기후부)", comment=MAP + "; " + AGAIN),
        m("ar-molit-soundwall-std", "achieved", MOLIT, OTH,
          "● 도로 방음벽 설계기준 개정 — 2026년 2월 고시, 약속보다 8개월 늦게 (국토부)",
          comment=MAP + "; " + LATE + " (after the June and the moved December 2025 dates)"),
        m("ar-mcee-collision-app", "achieved", MCEE, OTH,
          "● 충돌 신고 앱 '새충돌 알림이' — 3월 약속보다 한 달 늦은 4월 개통 (기후부)", comment=MAP + "; " + LATE),
        m("ar-me-soundwall-film", "revision", MCEE, OTH,
          "↻ 기존 투명 방음벽 필름 300km → 250km로 목표 축소, 기한 2026년 말 그대로, 지금 231km (기후부)",
          target=250.0, unit="km", deadline="2026-12-31", dtext="2026년 말",
          comment=MAP + "; the target cut (300 → 250km), the deadline kept: revision with the new target"),
        m("ar-moe-school-glass", "progress", MOE, OTH,
          "◐ 새로 짓는 학교 건물 유리 외벽 저감 설계 — 올해 착공한 학교 12곳 중 9곳 적용 (교육부)",
          comment=MAP + "; applied to 9 of 12 before the deadline (2026-12-31): progress, no fields"),
        m("ar-me-collision-survey", "cancelled", MCEE, OTH,
          "✕ 전국 조류충돌 실태조사 결과 공개 — 표본이 모자라 공개를 접음 (기후부)",
          comment=MAP + "; dropped: cancelled. Not annotated: the ※ line on 조달청's 혁신제품 지정 (no news found: "
                        "no report of delay or of anything else)"),
        m("ar-mcee-private-glass-guide", "new", MCEE, OTH,
          "○ 민간 건물 유리 외벽 조류충돌 권고 기준 — 2027년 상반기 (기후부)",
          deadline="2027-06-30", dtext="2027년 상반기", comment=MAP + "; a new station: new"),
        # 3호선 커피박선
        m("ar-me-coffee-resource", "achieved", MCEE, OTH,
          "● 커피 찌꺼기 '순환자원' 인정 — 2025년 6월 고시 (기후부)", comment=MAP + "; " + AGAIN),
        m("ar-me-coffee-collect-20", "achieved", MCEE, OTH,
          "● 카페 커피 찌꺼기 공공 수거 시범 지자체 20곳 — 반년 늦은 6월에 20곳 채움 (기후부)",
          comment=MAP + "; done in June 2026 (late for the 2025 promise, on the moved date): achieved, no fields"),
        m("ar-mafra-coffee-compost", "achieved", MAFRA, OTH,
          "● 커피 찌꺼기 토양개량제 원료 허용 — 3월 규격 개정 (농식품부)",
          comment=MAP + "; the revised promise done in March 2026 (on the revised date): achieved"),
        m("ar-kostat-coffee-stat", "achieved", NDO, OTH,
          "● 커피 찌꺼기 발생량 통계 — 미뤄진 날짜대로 6월 첫 공표 (데이터처)",
          comment=MAP + "; published in June 2026 (the moved date): achieved; '데이터처' → 국가데이터처"),
        m("ar-mcee-cafe-guide", "delayed", MCEE, OTH,
          "⏸ 카페용 커피 찌꺼기 분리배출 안내서 — 3월까지 약속, 아직 안 나옴 (기후부)", prev="2026-03-31",
          comment=MAP + "; not done after the deadline: delayed; the missed '3월까지' in previous_deadline, no new date"),
        m("ar-motie-coffee-bioplastic", "cancelled", MOTI, IND,
          "✕ 커피 찌꺼기 바이오플라스틱 제조업체 10곳 기술 개발 — 내년 예산안에서 빠져 중단 (산업부)",
          comment=MAP + "; dropped: cancelled, no fields; industry (the cue 제조업 beside the weak cue 예산안, "
                        "which names the circumstance)"),
        m("ar-mcee-coffee-collect-50", "new", MCEE, OTH,
          "○ 카페 커피 찌꺼기 공공 수거 2027년까지 50곳으로 (기후부)",
          target=50.0, unit="곳", deadline="2027-12-31", dtext="2027년까지",
          comment=MAP + "; a new station: a new commitment (a larger target and a new date), not a revision of the "
                        "20곳 promise, which was achieved"),
        # 4호선 한옥선
        m("ar-molit-hanok-repair-5000", "achieved", MOLIT, OTH,
          "● 한옥 수리비 지원 한도 5,000만 원 — 2025년 7월 시행 (국토부)", comment=MAP + "; " + AGAIN),
        m("ar-khs-material-center", "achieved", KHS, OTH,
          "● 전통 재료 비축 센터 — 하반기로 밀린 끝에 11월 개관 (국가유산청)",
          comment=MAP + "; opened in November 2026 (within the moved H2): achieved, no fields"),
        m("ar-mcst-hanok-stay-cert", "achieved", MCST, OTH,
          "● 한옥체험업 안전 인증제 — 2026년 3월 시행 (문체부)", comment=MAP + "; " + AGAIN),
        m("ar-moef-hanok-tax-credit", "progress", MOFE, FIS,
          "◐ 한옥 수리비 소득세 공제 — 세법 개정안에 담겨 국회 심사 중, 2027년부터 적용 예정 (재경부)",
          deadline="2027-12-31", dtext="2027년부터",
          comment=MAP + "; in the tax bill before the Assembly, on the moved date: progress; '재경부' → 재정경제부"),
        m("ar-molit-hanok-village-30", "revision", MOLIT, OTH,
          "↻ 한옥마을 조성 30곳 → 20곳으로 축소, 기한 2027년까지 그대로, 지금 14곳 (국토부)",
          target=20.0, unit="곳", deadline="2027-12-31", dtext="2027년까지",
          comment=MAP + "; the target cut (30 → 20곳), the deadline kept: revision with the new target"),
        m("ar-molit-carpenter-500", "progress", MOLIT, OTH,
          "◐ 한옥 목수 500명 양성 — 첫 교육생 120명 수료, 2027년까지 (국토부)",
          target=500.0, unit="명", deadline="2027-12-31", dtext="2027년까지", comment=MAP + "; 120 before the deadline: progress"),
        # 5호선 말벌선
        m("ar-rda-hornet-trap", "achieved", RDA, OTH,
          "● 등검은말벌 포획 트랩 2만 개 — 2025년 안에 모두 보급 (농진청)", comment=MAP + "; " + AGAIN),
        m("ar-me-hornet-designation", "achieved", MCEE, OTH,
          "● 등검은말벌 생태계교란 생물 지정 — 2025년 12월 (기후부)", comment=MAP + "; " + AGAIN),
        m("ar-mafra-bee-insurance", "achieved", MAFRA, OTH,
          "● 말벌 피해 양봉 농가 긴급 경영자금 융자 — 10월부터 지원 시작 (농식품부)",
          comment=MAP + "; the revised promise started in October 2026 (on the revised date): achieved"),
        m("ar-kdca-epipen-261", "delayed", KDCA, OTH,
          "⏸ 보건소 261곳 에피네프린 자가주사기 — 2025년 9월 약속, 지금 230곳 (질병청)",
          target=261.0, unit="곳", prev="2025-09-30",
          comment=MAP + "; " + SHORT + " (230 of 261); the missed '2025년 9월' in previous_deadline"),
        m("ar-nfa-nest-transfer", "delayed", NFA, OTH,
          "⏸ 비긴급 벌집 제거 출동 지자체·민간 이관 기준 — 2026년 상반기 약속, 내년으로 밀린 채 (소방청)",
          deadline="2027-12-31", dtext="내년으로", prev="2026-06-30",
          comment=MAP + "; the delay restated with its moved date ('내년으로' from 2026 → 2027-12-31) and the missed "
                        "one. Not annotated: '노선도 읽는 법' (the renames listed as facts), '기관사 한마디' (the "
                        "group's own plans: 12월 13일 모임, 2027 노선도), the tally, the comments"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-23)
LAST = "2026-11-23"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    # 안내견
    ("ar-mohw-guidedog-120", MOHW, OTH, "안내견 분양 연 80 → 120마리 2027년까지", "in_progress",
     "94 in 2025 (Apr 2026); 101 by October 2026 (Nov 2026)"),
    ("ar-mohw-refusal-fine-500", MOHW, OTH, "안내견 출입 거부 과태료 상한 300만 → 500만 원 장애인복지법 개정안 2025년 상반기 중 국회 제출",
     "achieved", "moved to the end of 2025 (Jul 2025); submitted in December 2025 (Apr 2026, Nov 2026)"),
    ("ar-mfds-welcome-sticker", MFDS, OTH, "음식점 위생 지침 안내견 출입 명시, '안내견 환영' 스티커 2025년 안에 5만 곳", "achieved",
     "1만 8,000 (Jul 2025); all 5만 by the end of 2025 (on time; Apr 2026, Nov 2026)"),
    ("ar-molit-driver-training", MOLIT, OTH, "운수종사자 보수교육 안내견 동반 승객 응대 의무화 2025년 하반기부터", "cancelled",
     "turned into advice, '사실상 없던 일' (Apr 2026, Nov 2026)"),
    ("ar-molit-taxi-refusal", MOLIT, OTH, "안내견 동반 승차 거부를 택시 승차 거부 신고 대상으로 2025년 9월부터", "achieved",
     "in force from September 2025 (on time; Apr 2026, Nov 2026)"),
    ("ar-mcst-together-map", MCST, OTH, "'함께가요' 안내견 동반 관광지·숙박 지도 2026년 상반기 (→ 2027년 상반기)", "delayed",
     "1,200곳 gathered, due in June (Apr 2026); moved to H1 2027 (Nov 2026)"),
    ("ar-mohw-puppywalker-aid", MOHW, OTH, "퍼피워킹 가정 양육 지원금 월 10만 원 2025년 7월부터", "achieved",
     "moved to H2 2025 (Jul 2025); first paid in January 2026 (late; Apr 2026, Nov 2026)"),
    ("ar-mohw-trainer-40", MOHW, OTH, "안내견 훈련사 2026년까지 40명 양성", "in_progress",
     "26 in training (Apr 2026); 33 (Nov 2026)"),
    ("ar-mohw-retired-dog-care", MOHW, OTH, "은퇴 안내견 의료비 한 해 50만 원 2026년 하반기부터", "achieved",
     "paid from September 2026 (Nov 2026)"),
    # 조류충돌
    ("ar-me-bird-glass-rule", MCEE, OTH, "공공건축물·방음벽 신설 때 조류충돌 저감 설계 의무화 2025년 7월부터", "achieved",
     "in force from July 2025 (on time; Oct 2025, Nov 2026); made by 환경부"),
    ("ar-me-soundwall-film", MCEE, OTH, "기존 투명 방음벽 조류충돌 저감 필름 2026년까지 300km (→ 250km)", "revised",
     "112km (Oct 2025); target cut to 250km, 231km done (Nov 2026); made by 환경부"),
    ("ar-molit-soundwall-std", MOLIT, OTH, "도로 방음벽 설계기준 개정 2025년 상반기 중 (→ 연말)", "achieved",
     "moved to the end of 2025 (Oct 2025); published in February 2026 (late; Nov 2026)"),
    ("ar-me-collision-survey", MCEE, OTH, "전국 조류충돌 실태조사 결과 2025년 말까지 첫 공개", "cancelled",
     "fieldwork done, due by the end of 2025 (Oct 2025); dropped for want of samples (Nov 2026); made by 환경부"),
    ("ar-moe-school-glass", MOE, OTH, "새로 짓는 학교 건물 유리 외벽 조류충돌 저감 설계 2026년부터", "in_progress",
     "applied to 9 of 12 schools begun in 2026 (Nov 2026)"),
    ("ar-mcee-collision-app", MCEE, OTH, "조류충돌 시민 신고 앱 '새충돌 알림이' 2026년 3월부터", "achieved",
     "opened in April 2026 (late; Nov 2026)"),
    ("ar-pps-film-innovation", PPS, OTH, "조류충돌 저감 필름 혁신제품 지정 2025년 말까지", "delayed",
     "never reported on again: its deadline (2025-12-31) passed with no report of achievement (date rule)"),
    ("ar-mcee-private-glass-guide", MCEE, OTH, "민간 건물 유리 외벽 조류충돌 권고 기준 2027년 상반기", "announced", ""),
    # 커피 찌꺼기
    ("ar-me-coffee-resource", MCEE, OTH, "커피 찌꺼기 순환자원 인정 고시 개정 2025년 상반기 중", "achieved",
     "done in June 2025 (on time; Jan 2026, Nov 2026); made by 환경부"),
    ("ar-me-coffee-collect-20", MCEE, OTH, "카페 커피 찌꺼기 공공 수거 시범 지자체 8 → 20곳 2025년", "achieved",
     "16 in 2025, the rest moved to H1 2026 (Jan 2026); 20 in June 2026 (late; Nov 2026); made by 환경부"),
    ("ar-mafra-coffee-compost", MAFRA, OTH, "커피 찌꺼기 퇴비 원료 허용 비료 공정규격 2025년 하반기 중 (→ 토양개량제 원료, 2026년 3월까지)",
     "achieved", "changed to 토양개량제 and moved to March 2026 (Jan 2026); done in March 2026 (Nov 2026)"),
    ("ar-motie-coffee-bioplastic", MOTI, IND, "커피 찌꺼기 바이오플라스틱 기술 개발 2027년까지 제조업체 10곳", "cancelled",
     "6 signed (Jan 2026); dropped from the budget bill (Nov 2026); made by 산업통상자원부"),
    ("ar-kostat-coffee-stat", NDO, OTH, "커피 찌꺼기 발생량 통계 2025년 말까지 첫 작성 (→ 2026년 6월)", "achieved",
     "moved to June 2026 (Jan 2026); published in June 2026 (Nov 2026); made by 통계청"),
    ("ar-mcee-cafe-guide", MCEE, OTH, "카페용 커피 찌꺼기 분리배출 안내서 2026년 3월까지", "delayed",
     "not out after March 2026 (Nov 2026)"),
    ("ar-mcee-coffee-collect-50", MCEE, OTH, "카페 커피 찌꺼기 공공 수거 2027년까지 50곳", "announced", ""),
    # 한옥
    ("ar-molit-hanok-repair-5000", MOLIT, OTH, "한옥 수리비 보조금 한도 3,000만 → 5,000만 원 2025년 7월부터", "achieved",
     "raised in July 2025 (on time; Jun 2026, Nov 2026)"),
    ("ar-moef-hanok-tax-credit", MOFE, FIS, "한옥 수리비 소득세 공제 2026년부터 (→ 2027년부터)", "in_progress",
     "moved to 2027 (Jun 2026); in the tax bill before the Assembly (Nov 2026); made by 기획재정부, its tax work "
     "with 재정경제부 from 2026-01-02"),
    ("ar-khs-material-center", KHS, OTH, "전통 재료(기와·목재) 비축 센터 2026년 상반기 개관 (→ 하반기)", "achieved",
     "moved to H2 2026 (Jun 2026); opened in November 2026 (Nov 2026)"),
    ("ar-molit-hanok-village-30", MOLIT, OTH, "한옥마을 조성 지원 2027년까지 30곳 (→ 20곳)", "revised",
     "11 under way (Jun 2026); target cut to 20, 14 now (Nov 2026)"),
    ("ar-mcst-hanok-stay-cert", MCST, OTH, "한옥체험업 화재·안전 인증제 2025년 안에 도입", "achieved",
     "in force from March 2026 (late; Jun 2026, Nov 2026)"),
    ("ar-molit-carpenter-500", MOLIT, OTH, "한옥 목수 2027년까지 500명 양성", "in_progress", "first 120 trained (Nov 2026)"),
    # 말벌
    ("ar-nfa-nest-transfer", NFA, OTH, "비긴급 벌집 제거 출동 지자체·민간 이관 기준 2026년 상반기까지 (→ 2027년)", "delayed",
     "moved to 2027 (Aug 2026, Nov 2026)"),
    ("ar-rda-hornet-trap", RDA, OTH, "등검은말벌 포획 트랩 2025년 2만 개 양봉 농가 보급", "achieved",
     "all handed out by the end of 2025 (on time; Aug 2026, Nov 2026)"),
    ("ar-me-hornet-designation", MCEE, OTH, "등검은말벌 생태계교란 생물 지정 2025년 안에", "achieved",
     "designated in December 2025 by 기후에너지환경부 (on time; Aug 2026, Nov 2026); promised by 환경부"),
    ("ar-kdca-epipen-261", KDCA, OTH, "전국 보건소 261곳 에피네프린 자가주사기 비치 2025년 9월부터", "delayed",
     "180 (Aug 2026); 230 (Nov 2026)"),
    ("ar-mafra-bee-insurance", MAFRA, OTH, "말벌 피해 양봉 재해보험 보상 2026년부터 (→ 긴급 경영자금 융자, 2026년 10월부터)", "achieved",
     "changed to emergency loans from October 2026 (Aug 2026); loans started in October 2026 (Nov 2026)"),
    ("ar-rda-hornet-lure", RDA, OTH, "등검은말벌 전용 유인제 2027년 상반기까지 개발·보급", "announced", ""),
]


if __name__ == "__main__":
    write(ROOT, "ar", PAGES, COMMITMENTS, LAST,
          ["ministry = the responsible body under the name valid on that date (환경부's promises are listed under",
           "기후에너지환경부, its successor from 2025-10-01; 산업통상자원부's bioplastic R&D under 산업통상부, its successor",
           "from 2025-10-01; 통계청's statistic under 국가데이터처, its successor from 2025-10-01; 기획재정부's tax",
           "promise under 재정경제부, the successor that took its tax work on 2026-01-02; every other body kept its",
           "name through 2026-11-23)."],
          with_commitments="--commitments" in sys.argv[1:])
