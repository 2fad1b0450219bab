"""Writes the hand annotations of held-out set aj to gold/*.toml.

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
MCST = "문화체육관광부"
FSC = "금융위원회"
MOIS = "행정안전부"
MOEF = "기획재정부"           # until 2026-01-01
MOFE = "재정경제부"           # from 2026-01-02: 기획재정부's primary successor, took tax policy (소득세법)
OKA = "재외동포청"
MOJ = "법무부"
MOFA = "외교부"
MOEL = "고용노동부"
MOE = "교육부"
MOGEF = "여성가족부"          # until 2025-09-30
MGEF = "성평등가족부"         # from 2025-10-01, 여성가족부's successor

OTH = "other"      # 선불 체육시설, 고향사랑기부제, 재외동포, 예술인 복지, 학교 밖 청소년 (but the one below)
FIS = "fiscal"     # 기획재정부 → 재정경제부's 고향사랑기부 세액공제율: remit_of, cues 세법/소득세 in some sentences

LATE = "achieved after the deadline the commitment named; no deadline fields"
WHEN = "on time, but the time words say when it was done, not what was promised: no deadline fields"
LATER = "deadline moved later: delayed (convention 1), new date in deadline"
SHORT = "short after the deadline: delayed (convention 2)"
MEAS = "a measured value without the target, before the deadline: progress, no fields"

PAGES: list[dict] = []

# ---------------------------------------------------------------- 재외동포 1/3 (agency's bilingual Korean-English press release; 재외동포청, 법무부, 외교부)
REL = "the release's □/○ line in Korean, whole with its marker (the English line under it is the translation: not annotated); person ''"
P1_T = "[보도자료 | Press Release] 재외동포 민원, 한 곳에서 24시간…'동포누리' 하반기 개통"
P1_S = "【주요 내용】 ▲ 통합 민원 플랫폼 '동포누리' 하반기 개통 ▲ 동포 청소년 모국 연수 3,000명으로 확대 ▲ 법무부 F-4 심사 14일로 단축(7월부터)"
PAGES.append(dict(
    source="2025-01-16_aj_overseas-koreans-bilingual-release.txt", title=P1_T, published_at="2025-01-16",
    mentions=[
        m("aj-oka-portal", "new", OKA, OTH, P1_T, deadline="2025-12-31", dtext="하반기",
          comment="the headline (Korean part of a bilingual line); names no body: 재외동포청, the release's body; "
                  "the English sub-title line is not annotated"),
        m("aj-oka-portal", "new", OKA, OTH, P1_S, deadline="2025-12-31", dtext="하반기",
          comment="the 【주요 내용】 summary line (Korean): one line, three commitments, each item with its own date "
                  "phrase or none; the [Highlights] line under it is the translation"),
        m("aj-oka-youth-3000", "new", OKA, OTH, P1_S, target=3000.0, unit="명",
          comment="second item: no date in the item: no deadline fields"),
        m("aj-moj-f4-14", "new", MOJ, OTH, P1_S, target=14.0, unit="일", deadline="2025-07-31", dtext="7월부터",
          comment="third item: 법무부 (named)"),
        m("aj-oka-portal", "new", OKA, OTH,
          "□ 재외동포청은 여권·가족관계·병역·재외국민 등록 등 여러 기관에 흩어져 있던 재외동포 민원 42종을 한데 모은 통합 민원 플랫폼 '동포누리'를 하반기 중 개통한다.",
          deadline="2025-12-31", dtext="하반기 중",
          comment=REL + "; '42종' is the portal's scope, not a target. The line before (the plan's release, '16일') "
                        "is not annotated; the ○ lines on the portal's use and today's channels describe it"),
        m("aj-oka-youth-3000", "new", OKA, OTH, "□ 동포 청소년 모국 연수 참가자를 지난해 1,800명에서 올해 3,000명으로 늘린다.",
          target=3000.0, unit="명", deadline="2025-12-31", dtext="올해",
          comment=REL + "; subjectless: 재외동포청; 1,800명 is the baseline"),
        m("aj-oka-teacher-online", "new", OKA, OTH, "○ 한글학교 교사를 위한 온라인 연수 과정도 상반기 안에 새로 연다.",
          deadline="2025-06-30", dtext="상반기 안에",
          comment=REL + "; subjectless: 재외동포청. The next ○ (1,420곳) is a statistic"),
        m("aj-moj-f4-14", "new", MOJ, OTH, "○ 법무부는 7월부터 재외동포(F-4) 체류자격 심사 기간을 현재 30일에서 14일로 줄인다.",
          target=14.0, unit="일", deadline="2025-07-31", dtext="7월부터",
          comment=REL + "; another body's promise in the agency's release keeps its body; '14일' is how fast (a target, "
                        "ah's 30일), 30일 the baseline"),
        m("aj-mofa-video-40", "new", MOFA, OTH, "○ 외교부는 재외공관 화상 영사 상담을 현재 20개 공관에서 연내 40개 공관으로 넓힌다.",
          target=40.0, unit="개", deadline="2025-12-31", dtext="연내",
          comment=REL + "; '40개 공관' → 40 '개'. Not annotated: the official's quote ('크게 줄이겠다': no number, no "
                        "date), the 2024 consultation count (31만 2,000건, 18%), every English line"),
    ]))

# ---------------------------------------------------------------- 고향사랑기부제 1/2 (local government's designated-donation fundraising page on the donation platform; 행정안전부, 기획재정부)
BOX = "the platform's '알아 두세요' box relaying 행정안전부's plan, '- ' line whole with its marker; person ''"
PAGES.append(dict(
    source="2025-02-20_aj_hometown-donation-fundraiser.txt", title="[지정기부] 솔매천 반딧불이 숲을 되살려 주세요",
    published_at="2025-02-20",
    mentions=[
        m("aj-mois-designated-100", "new", MOIS, OTH,
          "- 지정기부 모금함을 여는 지방자치단체를 지난해 30곳에서 올해 100곳으로 늘립니다.",
          target=100.0, unit="곳", deadline="2025-12-31", dtext="올해",
          comment=BOX + "; subjectless: 행정안전부 (the box's plan); 30곳 is the baseline. The fundraiser's own "
                        "target (1억 2,000만 원), the spending lines, the donor benefits (the standing rule: 16.5%) and "
                        "the title (names no promise) are not annotated"),
        m("aj-mois-private-5", "new", MOIS, OTH,
          "- 하반기부터 행정안전부가 지정한 민간 기부 플랫폼 5곳에서도 고향사랑기부를 할 수 있게 됩니다.",
          target=5.0, unit="곳", deadline="2025-12-31", dtext="하반기부터",
          comment=BOX + "; a promise stated as an outcome"),
        m("aj-mois-easypay", "new", MOIS, OTH, "- 4월부터 고향사랑e음에서 모바일 간편결제로도 기부할 수 있습니다.",
          deadline="2025-04-30", dtext="4월부터", comment=BOX + "; subjectless: 행정안전부 (the platform's operator)"),
        m("aj-mois-corporate", "new", MOIS, OTH,
          "- 기업(법인)도 고향사랑기부를 할 수 있도록 고향사랑기부금법을 고쳐 내년부터 법인 기부를 허용합니다.",
          deadline="2026-12-31", dtext="내년부터", comment=BOX + "; subjectless: 행정안전부"),
        m("aj-moef-credit-30", "new", MOEF, FIS,
          "- 기획재정부는 10만 원 초과 기부분의 소득세 세액공제율을 15%에서 30%로 높이는 세법 개정을 추진해 2026년 1월 1일 기부분부터 적용할 계획입니다.",
          target=30.0, unit="%", deadline="2026-01-01", dtext="2026년 1월 1일",
          comment=BOX + "; another body's promise keeps its body; fiscal (remit; cues 소득세, 세법); day precision. "
                        "Not annotated: the caveat ※ ('달라질 수 있습니다'), the county official's quote ('내년에는 … "
                        "넓히겠다': a local government), 2024's 4억 1,000만 원, the other fundraisers"),
    ]))

# ---------------------------------------------------------------- 선불 체육시설 1/2 (fitness franchise's terms-change notice; 공정거래위원회, 문화체육관광부, 금융위원회)
GYM = "the company's account of the government plan, '· ' line whole with its marker; person ''"
PAGES.append(dict(
    source="2025-03-12_aj_gym-terms-change-notice.txt",
    title="[공지] 회원 약관 변경 예정 및 환불 기준 안내 (정부 '선불 체육시설 소비자 보호 대책' 관련)",
    published_at="2025-03-12",
    mentions=[
        m("aj-kftc-std-terms", "new", KFTC, OTH,
          "· 공정거래위원회는 헬스장·필라테스·요가 등 체육시설 표준약관을 상반기 중 개정해 중도 해지 위약금을 총 이용금액의 10% 이내로 제한합니다.",
          target=10.0, unit="%", deadline="2025-06-30", dtext="상반기 중",
          comment=GYM + "; '10% 이내' is the rule value (a cap: target 10 '%'). The intro (the plan's release, '지난 "
                        "5일') and the title (names no date or number) are not annotated"),
        m("aj-kftc-inspect-30", "new", KFTC, OTH, "· 공정위는 또 환불 거부 민원이 많은 사업자 30곳을 상반기 중 직권 점검합니다.",
          target=30.0, unit="곳", deadline="2025-06-30", dtext="상반기 중", comment=GYM + "; '공정위' → 공정거래위원회"),
        m("aj-mcst-bond", "new", MCST, OTH,
          "· 문화체육관광부는 체육시설법 시행령을 고쳐 10월부터 선불 이용료를 받는 체육시설에 보증보험 가입을 의무화합니다.",
          deadline="2025-10-31", dtext="10월부터", comment=GYM),
        m("aj-mcst-closure-notice", "new", MCST, OTH,
          "· 문체부는 체육시설이 문을 닫기 30일 전까지 회원에게 알리도록 하는 폐업 사전 통지 의무를 2026년 상반기까지 도입합니다.",
          target=30.0, unit="일", deadline="2026-06-30", dtext="2026년 상반기까지",
          comment=GYM + "; '문체부' → 문화체육관광부; '30일 전' is the rule value (ah's 30일), kept as the target"),
        m("aj-fsc-installment", "new", FSC, OTH,
          "· 금융위원회는 하반기 중 신용카드 할부 항변권 적용 기준을 결제 금액 20만 원 이상에서 10만 원 이상으로 낮춥니다.",
          target=100000.0, unit="원", deadline="2025-12-31", dtext="하반기 중",
          comment=GYM + "; the threshold lowered to 10만 원 (the rule value); never reported on again: delayed by the "
                        "date rule. The ※ definition is a description"),
        m("aj-kftc-std-terms", "new", KFTC, OTH,
          "정부는 표준약관은 상반기 중, 보증보험 의무화는 10월부터 시행할 계획이라고 밝혔습니다.",
          deadline="2025-06-30", dtext="상반기 중",
          comment="the FAQ answer after 'A. ': one sentence, two commitments; '정부' → the body of each promise "
                  "(공정거래위원회's 표준약관)"),
        m("aj-mcst-bond", "new", MCST, OTH,
          "정부는 표준약관은 상반기 중, 보증보험 의무화는 10월부터 시행할 계획이라고 밝혔습니다.",
          deadline="2025-10-31", dtext="10월부터",
          comment="second clause: 문화체육관광부's 보증보험. Not annotated: section 2 (the company's own plans: "
                  "'4월 1일부터' 위약금, '5월부터' 분할 결제, '상반기 안에' 128곳 가입), the other FAQ answers, the "
                  "'지점 이관 보장' rule"),
    ]))

# ---------------------------------------------------------------- 예술인 복지 1/2 (non-profit's annual grant calendar page; 문화체육관광부, 고용노동부)
CAL = "the calendar's [정부 발표] entry (the site relaying the plan), '· ' line whole with its marker; person ''"
P4_S = "[한눈에] 창작준비금 올해 2만 명 · 예술인 패스 5월 · 예술활동증명 유효기간 5년(9월) · 예술인 고용보험 30만 명(2027년)"
PAGES.append(dict(
    source="2025-04-08_aj_artist-support-calendar.txt", title="2025 예술인 지원 달력 — 올해 놓치면 안 될 날짜들",
    published_at="2025-04-08",
    mentions=[
        m("aj-mcst-prep-20k", "new", MCST, OTH, P4_S, target=20000.0, unit="명", deadline="2025-12-31", dtext="올해",
          comment="the summary line: one line, four commitments, each with its own date phrase; names no body: the "
                  "body of each promise (문화체육관광부 ×3, 고용노동부)"),
        m("aj-mcst-art-pass", "new", MCST, OTH, P4_S, deadline="2025-05-31", dtext="5월", comment="second item"),
        m("aj-mcst-cert-5yr", "new", MCST, OTH, P4_S, target=5.0, unit="년", deadline="2025-09-30", dtext="9월",
          comment="third item; '5년' is the rule value (af's 25년)"),
        m("aj-moel-insured-30", "new", MOEL, OTH, P4_S, target=300000.0, unit="명", deadline="2027-12-31",
          dtext="2027년", comment="fourth item: 고용노동부's"),
        m("aj-mcst-art-pass", "new", MCST, OTH,
          "· [정부 발표] 5월부터 '예술인 패스' 발급: 예술활동증명을 받은 예술인은 누구나 국공립 공연장·전시장·박물관 관람료를 할인받습니다 (문화체육관광부)",
          deadline="2025-05-31", dtext="5월부터",
          comment=CAL + ". The dated agency entries (4/14~4/25 신청, 4/30 마감, 5/19 접수 …) are application "
                        "periods, not promises"),
        m("aj-mcst-contract-500", "new", MCST, OTH,
          "· [정부 발표] 6월 안에 공연·출판·영상 분야 사업장 500곳을 골라 예술 분야 표준계약서 이행 실태를 점검합니다 (문화체육관광부)",
          target=500.0, unit="곳", deadline="2025-06-30", dtext="6월 안에", comment=CAL),
        m("aj-mcst-cert-5yr", "new", MCST, OTH,
          "· [정부 발표] 9월부터 예술활동증명 유효기간을 3년에서 5년으로 늘리고, 이미 받은 증명도 자동으로 연장합니다 (문화체육관광부)",
          target=5.0, unit="년", deadline="2025-09-30", dtext="9월부터", comment=CAL + "; 3년 is the baseline"),
        m("aj-mcst-prep-20k", "new", MCST, OTH,
          "· [정부 발표] 창작준비금 지원 인원을 지난해 1만 3,000명에서 올해 2만 명으로 늘리고, 연말까지 세 차례로 나눠 지급합니다 (문화체육관광부)",
          target=20000.0, unit="명", deadline="2025-12-31", dtext="올해",
          comment=CAL + "; 1만 3,000명 is the baseline; '연말까지' names the same date"),
        m("aj-moel-insured-30", "new", MOEL, OTH,
          "· [정부 발표] 예술인 고용보험 가입자를 현재 18만 명에서 2027년까지 30만 명으로 늘립니다 (고용노동부)",
          target=300000.0, unit="명", deadline="2027-12-31", dtext="2027년까지",
          comment=CAL + "; 18만 명 is the baseline. Not annotated: the last [정부 발표] entry (the 신문고 stays as it "
                        "is: no change promised), the 설명회 '8월 중' (an agency event), the tips (경쟁률 1.8대 1, 6주), "
                        "the comments"),
    ]))

# ---------------------------------------------------------------- 학교 밖 청소년 1/2 (youth centre's Instagram card post; 교육부, 여성가족부)
CARD = "a card slide's text, whole with its '[사진 n/6]' marker (the centre relaying the plan); person ''"
CAP = "the caption's account of the plan (person '')"
PAGES.append(dict(
    source="2025-05-14_aj_out-of-school-youth-instagram.txt",
    title="다래시 학교밖청소년지원센터 꿈드림(@darae_dream) • Instagram 사진 및 동영상", published_at="2025-05-14",
    mentions=[
        m("aj-moe-dropout-link", "new", MOE, OTH,
          "[사진 2/6] 학교를 그만두면 학교가 꿈드림에 알려 줘요 → 9월부터 학업중단 학생 정보가 꿈드림 센터로 자동 연계됩니다 (교육부)",
          deadline="2025-09-30", dtext="9월부터", comment=CARD + ". The cover card's alt text names no promise"),
        m("aj-mogef-allowance", "new", MOGEF, OTH,
          "[사진 3/6] 하반기부터 학교 밖 청소년 '교육참여수당' 월 20만 원 새로 생겨요 (여성가족부)",
          target=200000.0, unit="원", deadline="2025-12-31", dtext="하반기부터", comment=CARD + "; '월 20만 원' → 200000 '원'"),
        m("aj-mogef-center-250", "new", MOGEF, OTH, "[사진 4/6] 꿈드림 센터를 2026년까지 250곳으로 늘립니다 (지금 전국 220곳)",
          target=250.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment=CARD + "; names no body: 여성가족부 (the plan's body); 220곳 is the baseline"),
        m("aj-moe-exam-online", "new", MOE, OTH, "[사진 5/6] 검정고시, 이제 온라인으로 접수! 내년 4월 시험부터 (교육부)",
          deadline="2026-04-30", dtext="내년 4월", comment=CARD + "; '내년 4월 시험부터' on 2025-05-14 → 2026-04-30"),
        m("aj-mogef-checkup-50", "new", MOGEF, OTH,
          "[사진 6/6] 건강검진도 챙겨요: 학교 밖 청소년 건강검진 수검률을 2026년까지 50%로 (지금 35%)",
          target=50.0, unit="%", deadline="2026-12-31", dtext="2026년까지",
          comment=CARD + "; names no body: 여성가족부; 35% is the baseline"),
        m("aj-moe-dropout-link", "new", MOE, OTH,
          "교육부는 9월부터 학업을 중단하는 학생의 정보를 본인 동의를 받아 꿈드림 센터로 바로 넘기는 시스템을 운영한대요.",
          deadline="2025-09-30", dtext="9월부터",
          comment=CAP + ". The caption's first line (the plan's release, '지난 8일') is not annotated"),
        m("aj-mogef-allowance", "new", MOGEF, OTH,
          "여성가족부는 하반기부터 검정고시 준비나 직업훈련에 참여하는 학교 밖 청소년에게 월 20만 원의 교육참여수당을 준다고 해요.",
          target=200000.0, unit="원", deadline="2025-12-31", dtext="하반기부터",
          comment=CAP + ". Not annotated: '꿈드림 센터도 전국에 더 생긴다고 하니 …' (a hope, no number or date), the "
                        "centre's own notes (대비반 '5월 19일' 개강, 자격증반 '6월', 214명/61명/18명), the hashtags, the "
                        "comments and the centre's replies ('하반기에 공고가 나오면')"),
    ]))

# ---------------------------------------------------------------- 재외동포 2/3 (overseas Korean community weekly's web article, Sydney; 재외동포청, 법무부, 외교부)
NEWS = "the community paper's report (person '')"
P6_T = "재외동포청 \"동포누리 10월 문 연다\"…시드니서 동포 간담회"
P6_D = "모국 연수 3,000명 목표 그대로, F-4 심사 단축은 10월로 늦춰져"
PAGES.append(dict(
    source="2025-07-10_aj_sydney-korean-weekly.txt", title=P6_T, published_at="2025-07-10",
    mentions=[
        m("aj-oka-portal", "progress", OKA, OTH, P6_T, deadline="2025-10-31", dtext="10월",
          comment="the headline: a quoted date within the promised '하반기 중': progress (ai's '19일'); the month "
                  "names a date ahead, not moved later"),
        m("aj-oka-youth-3000", "progress", OKA, OTH, P6_D, target=3000.0, unit="명",
          comment="the deck: one line, two commitments; '목표 그대로': the target restated, no date: progress"),
        m("aj-moj-f4-14", "delayed", MOJ, OTH, P6_D, deadline="2025-10-31", dtext="10월로",
          comment="second item: " + LATER + "; the old date not named in the deck; names no body: 법무부"),
        m("aj-oka-portal", "progress", OKA, OTH,
          "한국 재외동포청이 9일 시드니를 찾아 동포 간담회를 열고 통합 민원 플랫폼 '동포누리'를 10월 개통을 목표로 준비하고 있다고 밝혔다.",
          deadline="2025-10-31", dtext="10월", comment=NEWS + "; '9일' is the meeting's date"),
        m("aj-oka-portal", "progress", OKA, OTH,
          "간담회에 나선 위수현 재외동포청 동포서비스국장은 \"동포누리는 9월 한 달 시범 운영을 거쳐 10월에 문을 열 수 있도록 막바지 점검을 하고 있다\"고 말했다.",
          person="위수현", deadline="2025-10-31", dtext="10월에",
          comment="the official's quote (frame + quote, the whole sentence); '9월 한 달 시범 운영' is a step"),
        m("aj-oka-youth-3000", "progress", OKA, OTH,
          "올여름 모국 연수에는 전 세계에서 1,400명이 참가하며, 재외동포청은 겨울 방학 과정까지 더해 연말까지 3,000명을 채운다는 계획이다.",
          target=3000.0, unit="명", deadline="2025-12-31", dtext="연말까지",
          comment=NEWS + "; a count and the target restated before the deadline: progress. The paragraph's first "
                         "sentence names no promise; 46명 (Australia's share) is a count"),
        m("aj-oka-teacher-online", "achieved", OKA, OTH,
          "5월 문을 연 한글학교 교사 온라인 연수 과정에는 호주에서만 교사 60여 명이 등록했다.",
          comment=NEWS + "; opened in May, within '상반기 안에': achieved, " + WHEN + "; subjectless: 재외동포청's "
                         "course; 60여 명 is a result"),
        m("aj-moj-f4-14", "delayed", MOJ, OTH,
          "법무부는 전산 시스템 개편이 늦어지면서 F-4 체류자격 심사 기간을 14일로 줄이는 시점을 7월에서 10월로 미뤘다.",
          target=14.0, unit="일", deadline="2025-10-31", dtext="10월로", prev="2025-07-31",
          comment=NEWS + "; " + LATER + "; the old date named ('7월에서'). The participant's quote ('7월부터 빨라진다고 "
                         "해서') is a citizen's"),
        m("aj-mofa-video-40", "progress", MOFA, OTH, "외교부 화상 영사 상담은 현재 28개 공관에서 운영되고 있다.",
          comment=NEWS + "; " + MEAS),
        m("aj-mofa-video-40", "progress", MOFA, OTH,
          "시드니총영사관은 아직 명단에 없지만, 외교부는 올해 안에 대상 공관을 40곳으로 늘린다는 계획을 그대로 추진하고 있다.",
          target=40.0, unit="곳", deadline="2025-12-31", dtext="올해 안에",
          comment=NEWS + "; the target restated on course: progress; the page's counter '곳'. Not annotated: the "
                         "Q&A paragraphs (residents' requests; the agency's description of the bilingual screens; "
                         "'안내 자료를 … 정리해 보내겠다': no number or date), 시드니한인회's '9월부터' 민원 도우미 (another "
                         "actor), the related and most-read lists, the ads"),
    ]))

# ---------------------------------------------------------------- 선불 체육시설 2/2 (legislative pre-announcement page of a decree; 문화체육관광부, 공정거래위원회)
LEG = "the 입법예고 notice's 개정 이유 (공고 style '~함', '~임'), annotated like an official text; person ''"
PAGES.append(dict(
    source="2025-08-20_aj_sports-facility-decree-notice.txt",
    title="체육시설의 설치·이용에 관한 법률 시행령 일부개정령(안) 입법예고", published_at="2025-08-20",
    mentions=[
        m("aj-mcst-bond", "progress", MCST, OTH,
          "이에 일정 규모 이상의 선불 이용료를 받는 체육시설업자에게 보증보험 가입 등 이용료 보전 조치를 의무화하려는 것임.",
          comment=LEG + "; the decree's purpose: the promised measure under way (the draft itself is the step), no "
                        "date: progress (uncertain call). The first paragraph's statistics (3,118건, 41%, 72%) are "
                        "context"),
        m("aj-mcst-bond", "delayed", MCST, OTH,
          "당초 정부는 올해 10월부터 보증보험 가입을 의무화할 계획이었으나, 업계의 준비 기간 요청을 반영해 시행일을 2026년 1월 1일로 조정함.",
          deadline="2026-01-01", dtext="2026년 1월 1일", prev="2025-10-31",
          comment=LEG + "; " + LATER + " (day precision); the old date named ('올해 10월부터'); '정부' → 문화체육관광부, "
                        "the decree's body. The 부칙 '이 영은 2026년 1월 1일부터 시행한다' is the draft's own clause, not "
                        "annotated (the delay is annotated once, here)"),
        m("aj-kftc-inspect-30", "achieved", KFTC, OTH,
          "한편 공정거래위원회는 올해 상반기 환불 거부 민원이 많은 사업자 30곳을 점검해 12곳에 시정 조치를 내렸고, 6월에는 중도 해지 위약금을 총 이용금액의 10% 이내로 제한하는 표준약관 개정을 마쳤음.",
          target=30.0, unit="곳",
          comment="one sentence, two commitments of another body cited in the notice: 30곳 checked in H1: achieved, "
                  + WHEN + "; 12곳 is a result"),
        m("aj-kftc-std-terms", "achieved", KFTC, OTH,
          "한편 공정거래위원회는 올해 상반기 환불 거부 민원이 많은 사업자 30곳을 점검해 12곳에 시정 조치를 내렸고, 6월에는 중도 해지 위약금을 총 이용금액의 10% 이내로 제한하는 표준약관 개정을 마쳤음.",
          target=10.0, unit="%", comment="second clause: the 표준약관 revised in June: achieved, " + WHEN),
        m("aj-mcst-closure-notice", "progress", MCST, OTH,
          "폐업 30일 전 회원 통지 의무는 법률을 고쳐야 하는 사항이어서 이번 개정안에 담지 않았으며, 문화체육관광부는 체육시설법 개정안을 연내 국회에 제출해 2026년 상반기 시행을 추진함.",
          target=30.0, unit="일", deadline="2026-06-30", dtext="2026년 상반기",
          comment=LEG + "; the date restated on course with a step ('연내 국회에 제출'): progress"),
        m("aj-mcst-lookup-site", "new", MCST, OTH,
          "○ 문화체육관광부는 2026년 3월까지 회원이 보증보험 가입 여부를 직접 조회할 수 있는 누리집을 개통할 예정임.",
          deadline="2026-03-31", dtext="2026년 3월까지",
          comment="a new dated promise in the 주요 내용, ○ line whole with its marker. Not annotated: the draft's "
                  "rules (가. 1)–2), 나. the 게시 duty, 다. 과태료: the content of the rule, not promises), the 의견 "
                  "제출 deadline ('2025년 9월 29일까지': a look-alike), the 부칙, the citizens' opinions"),
    ]))

# ---------------------------------------------------------------- 예술인 복지 2/2 (artists' association board meeting minutes; 문화체육관광부, 고용노동부)
OK_ = "the ministry officer's report in the minutes, one line (her own words; the speaker label stands on the line above)"
PAGES.append(dict(
    source="2025-11-18_aj_stage-artists-board-minutes.txt", title="[회의록] 2025년 제7차 이사회 회의록 (회원 공개본)",
    published_at="2025-11-18",
    mentions=[
        m("aj-mcst-art-pass", "achieved", MCST, OTH, "예술인 패스는 5월부터 발급을 시작해 10월 말까지 6만 2,000명이 받았습니다.",
          person="옥하린", comment=OK_ + "; started in May as promised: achieved, " + WHEN + "; 6만 2,000명 is a result. "
                                   "Her opening line names no promise"),
        m("aj-mcst-prep-20k", "progress", MCST, OTH,
          "창작준비금은 10월 말까지 1만 8,200명에게 지급했고, 연말까지 2만 명을 채울 계획입니다.",
          person="옥하린", target=20000.0, unit="명", deadline="2025-12-31", dtext="연말까지",
          comment=OK_ + "; a count and the target restated before the deadline: progress; '10월 말까지' is the "
                        "measured period"),
        m("aj-mcst-cert-5yr", "delayed", MCST, OTH,
          "예술활동증명 유효기간을 5년으로 늘리는 것은 전산 시스템 개편이 늦어져 9월에서 내년 1월로 미뤄졌습니다.",
          person="옥하린", target=5.0, unit="년", deadline="2026-01-31", dtext="내년 1월로", prev="2025-09-30",
          comment=OK_ + "; " + LATER + "; the old date named ('9월에서'). Her answer to 박 이사 (the interim "
                        "extension of expiring certificates) is a stop-gap, not annotated"),
        m("aj-mcst-contract-500", "delayed", MCST, OTH,
          "표준계약서 이행 실태 점검은 8월에야 마쳤고, 점검한 사업장도 목표 500곳보다 적은 350곳이었습니다.",
          person="옥하린", target=500.0, unit="곳",
          comment=OK_ + "; done late and short of the target: 350 of 500 after the June deadline: " + SHORT + " (not "
                        "an achievement); no new date. The next line (38%) is the check's finding"),
        m("aj-moel-insured-30", "progress", MOEL, OTH, "고용노동부 자료에 따르면 예술인 고용보험 가입자는 9월 기준 21만 명입니다.",
          comment="another body's count relayed by 문화체육관광부's officer: 고용노동부's promise, person '' (she "
                  "speaks, but not for that body; uncertain call); " + MEAS),
        m("aj-mcst-prep-25k", "new", MCST, OTH,
          "내년에는 창작준비금 지원 인원을 2만 5,000명으로 늘리는 예산안이 국회에 제출돼 있습니다.",
          person="옥하린", target=25000.0, unit="명", deadline="2026-12-31", dtext="내년에는",
          comment=OK_ + "; a new year's target is its own commitment, first reported here; the budget bill is its "
                        "means ('예산안' is a weak fiscal cue: the subject is 예술인 복지, other). Not annotated: the "
                        "secretariat's figures (4,812명, 6%, 312건, 41%), the directors' questions, '담당 부서에 "
                        "전하겠습니다', the association's own plans ('내년 3월까지' 상담 전화, 안전 교육), the votes"),
    ]))

# ---------------------------------------------------------------- 고향사랑기부제 2/2 (county's thank-you email to donors, web-mail view; 행정안전부, 기획재정부)
P9_P = "미리 보기: 반딧불이 숲 모금 마감 감사 인사 · 2026년 1월 1일 기부분부터 세액공제율 30% · 민간 기부 플랫폼 2곳은 내년 3월 추가 개방"
MAIL = "the email's '내년에 달라지는 고향사랑기부제' box (the county relaying 행정안전부·기획재정부), line whole with its marker; person ''"
PAGES.append(dict(
    source="2025-12-29_aj_hometown-donation-thanks-email.txt",
    title="[솔매군] 반딧불이 숲에 함께해 주셔서 고맙습니다 — 연말정산 안내와 내년에 달라지는 점", published_at="2025-12-29",
    mentions=[
        m("aj-moef-credit-30", "progress", MOEF, FIS, P9_P, target=30.0, unit="%", deadline="2026-01-01",
          dtext="2026년 1월 1일",
          comment="the preview (preheader) line above the body: one line, two commitments, like a deck; names no body: "
                  "기획재정부's 세액공제 (fiscal by remit); the first item (the fundraiser's close) names no promise"),
        m("aj-mois-private-5", "delayed", MOIS, OTH, P9_P, target=2.0, unit="곳", deadline="2026-03-31", dtext="내년 3월",
          comment="third item: the remaining two platforms moved to March 2026: " + LATER + "; 행정안전부's"),
        m("aj-moef-credit-30", "progress", MOEF, FIS, "· 10만 원 초과 기부분의 세액공제율이 15%에서 30%로 오릅니다.",
          target=30.0, unit="%",
          comment=MAIL + "; the line's first sentence restates the promise: progress; names no body: 기획재정부 (tax, "
                         "still its name on 2025-12-29); fiscal by remit (no cue in this sentence)"),
        m("aj-moef-credit-30", "progress", MOEF, FIS,
          "지난 2일 국회를 통과한 소득세법 개정에 따라 2026년 1월 1일 기부분부터 적용됩니다.",
          deadline="2026-01-01", dtext="2026년 1월 1일",
          comment="the line's second sentence: the law passed, the date ahead: progress (a step done, not yet in "
                  "force); fiscal (cue 소득세법)"),
        m("aj-mois-private-5", "delayed", MOIS, OTH,
          "· 12월 1일부터 민간 기부 플랫폼 3곳에서도 고향사랑기부를 할 수 있게 됐고, 나머지 2곳은 내년 3월에 열립니다.",
          target=2.0, unit="곳", deadline="2026-03-31", dtext="내년 3월",
          comment=MAIL + "; 3 of 5 opened and the remainder moved past '하반기부터' (2025-12-31): " + LATER + " (before "
                         "the old deadline, x-ah); the remainder moved is the target; the old date not named"),
        m("aj-mois-easypay", "achieved", MOIS, OTH, "· 4월부터는 고향사랑e음에서 모바일 간편결제로도 기부할 수 있게 됐습니다.",
          comment=MAIL + "; in service since April as promised: achieved, " + WHEN + ". The line's second sentence "
                         "describes the service"),
        m("aj-mois-2026-1000", "new", MOIS, OTH, "· 행정안전부는 내년 고향사랑기부 모금액 목표를 1,000억 원으로 잡았습니다.",
          target=100000000000.0, unit="원", deadline="2026-12-31", dtext="내년",
          comment=MAIL + "; a new year's target, first reported here: new; '1,000억 원' → 1e11 '원'"),
        m("aj-mois-designated-100", "progress", MOIS, OTH,
          "· 올해 지정기부 모금함을 연 지방자치단체는 87곳으로 늘었습니다(행정안전부 목표 100곳).",
          target=100.0, unit="곳",
          comment=MAIL + "; short of the target two days before the deadline: progress (convention 2); the bracket "
                         "names the target without a date"),
        m("aj-mois-corporate", "progress", MOIS, OTH,
          "※ 기업(법인)도 고향사랑기부를 할 수 있도록 하는 법 개정안은 국회 상임위원회에서 논의 중입니다.",
          comment="the box's ※ line, whole with its marker: the bill under discussion: progress, no date. Not "
                  "annotated: the fundraiser's result (1억 3,410만 원, 2,187명), the 연말정산 guidance (the standing "
                  "16.5%), the 답례품 notes ('1월 23일까지' 주문: a look-alike), the county's news (축제 dates, the "
                  "'1월 중' fundraiser: a local government), the footer"),
    ]))

# ---------------------------------------------------------------- 학교 밖 청소년 2/2 (National Assembly committee's bill review report, PDF converted to text; 교육부, 성평등가족부)
REV = "the review report's account of the government's measures (Ⅲ.1.나.), ○ line whole with its marker; person ''"
PAGES.append(dict(
    source="2026-03-17_aj_out-of-school-youth-bill-review.txt",
    title="[2214307] 학교 밖 청소년 지원에 관한 법률 일부개정법률안(표지안의원 등 11인)", published_at="2026-03-17",
    mentions=[
        m("aj-moe-dropout-link", "achieved", MOE, OTH,
          "○ 교육부는 2025년 9월부터 학업중단 학생 정보를 본인 동의를 받아 학교 밖 청소년 지원센터(꿈드림)로 연계하고 있으며, 2025년 말 연계율은 38%임.",
          comment=REV + "; in force from September 2025 as promised: achieved, " + WHEN + "; 38% is a result. The "
                        "line before (the plan's release, '2025년 5월') is history"),
        m("aj-moe-exam-online", "achieved", MOE, OTH, "○ 교육부는 2026년 제1회 검정고시 접수(2월)부터 온라인 접수를 시행하였음.",
          comment=REV + "; for the April exam as promised (applications taken in February): achieved, " + WHEN),
        m("aj-mogef-center-250", "progress", MGEF, OTH,
          "○ 꿈드림 센터는 2025년 말 236곳으로, 성평등가족부는 2026년까지 250곳으로 늘린다는 목표를 추진 중임.",
          target=250.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment=REV + "; a count and the target restated before the deadline: progress; 성평등가족부 (여성가족부's "
                        "successor from 2025-10-01)"),
        m("aj-mogef-checkup-50", "progress", MGEF, OTH, "○ 학교 밖 청소년 건강검진 수검률은 2025년 41%임(2026년 목표 50%).",
          target=50.0, unit="%", deadline="2026-12-31", dtext="2026년",
          comment=REV + "; a measure with the target and its year: progress; names no body: 성평등가족부"),
        m("aj-mogef-allowance", "delayed", MGEF, OTH,
          "○ 교육참여수당은 2025년 하반기 도입을 계획하였으나 2026년 예산에 전국 시행분이 반영되지 않아, 성평등가족부는 2026년 7월부터 5개 시도에서 시범 지급하기로 하였음.",
          deadline="2026-07-31", dtext="2026년 7월부터", prev="2025-12-31",
          comment=REV + "; " + LATER + " (a pilot in 5 시도); the old date named ('2025년 하반기'); '예산' is a weak "
                        "fiscal cue (other)"),
        m("aj-mgef-career-voucher", "new", MGEF, OTH,
          "○ 성평등가족부는 학교 밖 청소년의 진로 탐색을 돕는 '진로 바우처'를 2027년에 도입할 계획이라고 밝혔는바, 개정안의 수당과 바우처의 관계를 정리할 필요가 있음.",
          deadline="2027-12-31", dtext="2027년에",
          comment="a new dated promise of the renamed body, first reported in the report (key prefix aj-mgef-). Not "
                  "annotated: the bill's content (a lawmaker's), the 5만 2,981명 statistic, the cost estimate (412억 "
                  "원), '13곳', the ministries' opinions ('2027년 이후 마련하는 것이 바람직함': an opinion on the bill; "
                  "기획예산처's '신중한 검토'), the 종합 의견"),
    ]))

# ---------------------------------------------------------------- 재외동포 3/3 (agency's explainer video subtitles, .srt shown as text; 재외동포청, 외교부, 법무부)
SRT = "a subtitle cue's text (the presenter, 재외동포청's officer, in his own words)"
PAGES.append(dict(
    source="2026-06-23_aj_dongpo-nuri-video-subtitles.txt", title="[영상] 동포누리 1년 차, 이렇게 달라졌어요 (한국어 자막)",
    published_at="2026-06-23",
    mentions=[
        m("aj-oka-portal", "achieved", OKA, OTH,
          "지난해 11월 문을 연 통합 민원 플랫폼 동포누리는 지금까지 민원 58만 건을 처리했습니다.",
          person="길상우",
          comment=SRT + "; opened in November 2025, within the first promise's '하반기 중' though a month after the "
                        "'10월' restated in July: achieved, no deadline fields; 58만 건 is a result. The cue numbers "
                        "and time codes are not part of any sentence"),
        m("aj-mofa-video-40", "achieved", MOFA, OTH, "외교부 화상 영사 상담은 지난해 12월부터 40개 공관 모두에서 받을 수 있습니다.",
          target=40.0, unit="개",
          comment="another body's promise relayed by the agency's officer: 외교부's, person '' (uncertain call); all "
                  "40 from December 2025, within '연내': achieved, " + WHEN),
        m("aj-moj-f4-14", "achieved", MOJ, OTH, "법무부 재외동포 체류자격 심사도 지난해 11월부터 14일 안에 끝납니다.",
          target=14.0, unit="일",
          comment="법무부's, person ''; from November 2025, after the October date it was moved to: " + LATE),
        m("aj-oka-youth-3000", "delayed", OKA, OTH, "모국 연수는 지난해 2,650명이 참가했고, 올해는 3,500명을 초청할 계획입니다.",
          person="길상우",
          comment=SRT + "; one sentence, two commitments: 2,650 after the 2025 target of 3,000 (not named here): "
                        + SHORT + ", no fields"),
        m("aj-oka-youth-3500", "new", OKA, OTH, "모국 연수는 지난해 2,650명이 참가했고, 올해는 3,500명을 초청할 계획입니다.",
          person="길상우", target=3500.0, unit="명", deadline="2026-12-31", dtext="올해",
          comment="second clause: a new year's target, its own commitment (ai's 16만 명). Cue 10's '7월 10일까지' is "
                  "an application period (the cue before the 한글학교 cue)"),
        m("aj-oka-teacher-online", "achieved", OKA, OTH,
          "한글학교 교사 온라인 연수 과정은 지난해 5월 문을 열어 지금까지 교사 2,300명이 들었습니다.",
          person="길상우", comment=SRT + "; opened in May 2025 as promised: achieved, " + WHEN + "; 2,300명 a result"),
        m("aj-oka-app", "new", OKA, OTH, "올해 안에 동포누리 모바일 앱도 내놓겠습니다.",
          person="길상우", deadline="2026-12-31", dtext="올해 안에",
          comment=SRT + "; a new dated promise. Not annotated: the descriptions (42종, 3분의 1, 9일 → 4일, 만족도 "
                        "4.4점), the next cue (what the app will do), the sign-up and help cues, the video info"),
    ]))

# ---------------------------------------------------------------- all five, last (newspaper data desk's promise comparison table page)
ROW = "a table row, the whole line (promise (body) | first deadline | result | verdict); person ''"
PROSE = "the prose under the tables, annotated like news (person '')"
P12_D = "'먹튀' 헬스장 보증보험은 1월 시행됐지만 고향사랑기부 법인 허용과 학교 밖 청소년 진로 바우처는 무산"
PAGES.append(dict(
    source="2026-11-19_aj_promise-comparison-table.txt", title="[약속 비교표] 다섯 분야 약속 30개, 말한 것과 한 것",
    published_at="2026-11-19",
    mentions=[
        m("aj-mcst-bond", "achieved", MCST, OTH, P12_D,
          comment="the deck: one line, three commitments; names no body: 문화체육관광부's 보증보험; " + LATE +
                  ". The headline names no promise; '표 보는 법' (11월 15일 기준) describes the table"),
        m("aj-mois-corporate", "cancelled", MOIS, OTH, P12_D, comment="second item: '무산': cancelled; 행정안전부's"),
        m("aj-mgef-career-voucher", "cancelled", MGEF, OTH, P12_D, comment="third item: cancelled; 성평등가족부's"),
        # [표 1] 선불 체육시설
        m("aj-kftc-std-terms", "achieved", KFTC, OTH,
          "체육시설 표준약관 위약금 10% 이내(공정위) | 2025년 상반기 | 2025년 6월 개정 | 이행",
          target=10.0, unit="%",
          comment=ROW + "; the '처음 기한' cell is the promise's first date; on time: achieved, " + WHEN +
                  ". The table heads and the '약속(부처) | …' header rows are not sentences"),
        m("aj-kftc-inspect-30", "achieved", KFTC, OTH, "환불 거부 사업자 30곳 직권 점검(공정위) | 2025년 상반기 | 30곳 점검, 12곳 시정 | 이행",
          target=30.0, unit="곳", comment=ROW + "; " + WHEN),
        m("aj-mcst-bond", "achieved", MCST, OTH, "선불 이용료 보증보험 가입 의무화(문체부) | 2025년 10월 | 2026년 1월 1일 시행 | 이행",
          comment=ROW + "; " + LATE),
        m("aj-mcst-lookup-site", "achieved", MCST, OTH, "보증보험 가입 조회 누리집(문체부) | 2026년 3월 | 2026년 3월 개통 | 이행",
          comment=ROW + "; " + WHEN),
        m("aj-mcst-closure-notice", "delayed", MCST, OTH,
          "폐업 30일 전 회원 통지 의무화(문체부) | 2026년 상반기 | 법 개정안 국회 계류 | 지연",
          target=30.0, unit="일", prev="2026-06-30",
          comment=ROW + "; the bill still pending after '2026년 상반기': delayed, no new date; the old date named"),
        # [표 2] 고향사랑기부제
        m("aj-mois-designated-100", "delayed", MOIS, OTH, "지정기부 모금함 여는 지자체 100곳(행안부) | 2025년 | 94곳 | 지연",
          target=100.0, unit="곳", prev="2025-12-31", comment=ROW + "; 94 of 100 after 2025: " + SHORT),
        m("aj-mois-private-5", "achieved", MOIS, OTH,
          "민간 기부 플랫폼 5곳 개방(행안부) | 2025년 하반기 | 2026년 4월 5곳 모두 개방 | 이행",
          target=5.0, unit="곳", comment=ROW + "; all five in April 2026, after the March date of the remainder: " + LATE),
        m("aj-mois-easypay", "achieved", MOIS, OTH, "모바일 간편결제 기부(행안부) | 2025년 4월 | 2025년 4월 도입 | 이행",
          comment=ROW + "; " + WHEN),
        m("aj-moef-credit-30", "achieved", MOFE, FIS,
          "10만 원 초과분 세액공제율 15%→30%(재경부) | 2026년 1월 1일 기부분 | 예정대로 적용 | 이행",
          target=30.0, unit="%",
          comment=ROW + "; " + WHEN + "; '재경부' → 재정경제부 (기획재정부's primary successor, tax policy); fiscal by "
                        "remit (no cue in the row)"),
        m("aj-mois-corporate", "cancelled", MOIS, OTH, "법인 고향사랑기부 허용(행안부) | 2026년 | 방안 철회 | 무산",
          prev="2026-12-31", comment=ROW + "; '철회': cancelled; the old date named (not yet passed: ai's '2026년 →')"),
        m("aj-mois-2026-1000", "revision", MOIS, OTH,
          "2026년 모금액 1,000억 원(행안부) | 2026년 | 목표 800억 원으로 낮춤, 10월 말 612억 원 | 변경",
          target=80000000000.0, unit="원", deadline="2026-12-31", dtext="2026년",
          comment=ROW + "; a lowered target, the date kept: revision, annotated once with its latest state (the new "
                        "target); 612억 원 is a count"),
        # [표 3] 재외동포 지원
        m("aj-oka-portal", "achieved", OKA, OTH, "통합 민원 플랫폼 '동포누리'(동포청) | 2025년 하반기 | 2025년 11월 개통 | 이행",
          comment=ROW + "; '동포청' → 재외동포청 (its short name); " + WHEN + " (within '2025년 하반기')"),
        m("aj-oka-youth-3000", "delayed", OKA, OTH, "동포 청소년 모국 연수 3,000명(동포청) | 2025년 | 2,650명 | 지연",
          target=3000.0, unit="명", prev="2025-12-31", comment=ROW + "; " + SHORT),
        m("aj-oka-teacher-online", "achieved", OKA, OTH,
          "한글학교 교사 온라인 연수 과정(동포청) | 2025년 상반기 | 2025년 5월 개설 | 이행", comment=ROW + "; " + WHEN),
        m("aj-moj-f4-14", "achieved", MOJ, OTH, "F-4 체류자격 심사 14일(법무부) | 2025년 7월 | 2025년 11월부터 14일 이내 | 이행",
          target=14.0, unit="일", comment=ROW + "; " + LATE),
        m("aj-mofa-video-40", "achieved", MOFA, OTH, "화상 영사 상담 40개 공관(외교부) | 2025년 | 2025년 12월 40개 공관 | 이행",
          target=40.0, unit="개", comment=ROW + "; " + WHEN),
        m("aj-oka-app", "progress", OKA, OTH,
          "동포누리 모바일 앱(동포청) | 2026년 | 10월 시범 서비스, 12월 정식 출시 예정 | 진행",
          deadline="2026-12-31", dtext="12월",
          comment=ROW + "; a pilot and the launch restated for December (the same date as '올해 안에'): progress"),
        m("aj-oka-youth-3500", "progress", OKA, OTH, "모국 연수 3,500명(동포청) | 2026년 | 3,100명(10월 말) | 진행",
          target=3500.0, unit="명", deadline="2026-12-31", dtext="2026년",
          comment=ROW + "; short of the target before the deadline: progress"),
        # [표 4] 예술인 복지
        m("aj-mcst-prep-20k", "delayed", MCST, OTH, "창작준비금 2만 명(문체부) | 2025년 | 1만 9,400명 | 지연",
          target=20000.0, unit="명", prev="2025-12-31", comment=ROW + "; " + SHORT),
        m("aj-mcst-art-pass", "achieved", MCST, OTH, "예술인 패스 발급(문체부) | 2025년 5월 | 2025년 5월 발급 시작 | 이행",
          comment=ROW + "; " + WHEN),
        m("aj-mcst-cert-5yr", "achieved", MCST, OTH, "예술활동증명 유효기간 5년(문체부) | 2025년 9월 | 2026년 1월 시행 | 이행",
          target=5.0, unit="년", comment=ROW + "; in force in January 2026, the date it was moved to: " + LATE),
        m("aj-mcst-contract-500", "delayed", MCST, OTH,
          "표준계약서 이행 점검 500곳(문체부) | 2025년 6월 | 2025년 8월 350곳 | 지연",
          target=500.0, unit="곳", prev="2025-06-30", comment=ROW + "; " + SHORT),
        m("aj-moel-insured-30", "revision", MOEL, OTH,
          "예술인 고용보험 가입자 30만 명(노동부) | 2027년 | 목표 27만 명으로 낮춤, 9월 24만 명 | 변경",
          target=270000.0, unit="명", deadline="2027-12-31", dtext="2027년",
          comment=ROW + "; '노동부' → 고용노동부 (its short name); a lowered target, the date kept: revision (the new "
                        "target); 24만 명 is a count"),
        m("aj-mcst-prep-25k", "progress", MCST, OTH, "창작준비금 2만 5,000명(문체부) | 2026년 | 2만 1,000명(10월 말) | 진행",
          target=25000.0, unit="명", deadline="2026-12-31", dtext="2026년",
          comment=ROW + "; short of the target before the deadline: progress"),
        # [표 5] 학교 밖 청소년
        m("aj-moe-dropout-link", "achieved", MOE, OTH,
          "학업중단 학생 정보 꿈드림 자동 연계(교육부) | 2025년 9월 | 2025년 9월 시행 | 이행", comment=ROW + "; " + WHEN),
        m("aj-moe-exam-online", "achieved", MOE, OTH, "검정고시 온라인 접수(교육부) | 2026년 4월 시험 | 2026년 2월 접수부터 | 이행",
          comment=ROW + "; " + WHEN),
        m("aj-mogef-allowance", "delayed", MGEF, OTH,
          "교육참여수당 월 20만 원(성평등부) | 2025년 하반기 | 2026년 7월 5개 시도 시범, 전국 시행은 2028년으로 | 지연",
          target=200000.0, unit="원", deadline="2028-12-31", dtext="2028년으로", prev="2025-12-31",
          comment=ROW + "; '성평등부' → 성평등가족부; the pilot started, the nationwide payment moved to 2028: " + LATER
                  + "; the first date named ('2025년 하반기')"),
        m("aj-mogef-center-250", "delayed", MGEF, OTH,
          "꿈드림 센터 250곳(성평등부) | 2026년 | 243곳, 남은 7곳은 내년 상반기로 | 지연",
          target=7.0, unit="곳", deadline="2027-06-30", dtext="내년 상반기로", prev="2026-12-31",
          comment=ROW + "; a count and the remainder moved past the old date (before it passed, x-ah): " + LATER +
                  "; the remainder moved is the target"),
        m("aj-mogef-checkup-50", "progress", MGEF, OTH,
          "학교 밖 청소년 건강검진 수검률 50%(성평등부) | 2026년 | 46%(9월 말) | 진행",
          target=50.0, unit="%", deadline="2026-12-31", dtext="2026년",
          comment=ROW + "; short of the target before the deadline: progress"),
        m("aj-mgef-career-voucher", "cancelled", MGEF, OTH, "진로 바우처(성평등부) | 2027년 | 예산 미반영, 도입 철회 | 무산",
          prev="2027-12-31", comment=ROW + "; '철회': cancelled; '예산' a weak fiscal cue (other)"),
        # prose
        m("aj-mcst-bond", "achieved", MCST, OTH, "문화체육관광부는 선불 이용료 보증보험 가입 의무화를 올해 1월 1일부터 시행했다.",
          comment=PROSE + "; " + LATE + ". The paragraph's first two sentences and the next ('석 달 늦었다') are the "
                          "paper's reading"),
        m("aj-mcst-closure-notice", "delayed", MCST, OTH,
          "폐업 30일 전 회원 통지를 의무화하는 체육시설법 개정안은 국회 상임위원회에 묶여 있다.",
          target=30.0, unit="일", comment=PROSE + "; the bill stuck after its June date: delayed, no fields"),
        m("aj-mois-corporate", "cancelled", MOIS, OTH,
          "고향사랑기부 분야에서 행정안전부는 기업 반발과 '강제 모금' 우려에 부딪혀 법인 기부 허용 방안을 접었다.",
          comment=PROSE + "; dropped: cancelled"),
        m("aj-mois-2026-1000", "revision", MOIS, OTH, "행정안전부는 올해 모금 목표를 1,000억 원에서 800억 원으로 낮췄다.",
          target=80000000000.0, unit="원", deadline="2026-12-31", dtext="올해",
          comment=PROSE + "; a lowered target, the year kept: revision"),
        m("aj-moef-credit-30", "achieved", MOFE, FIS,
          "재정경제부 소관 소득세법 개정으로 10만 원 초과 기부분 세액공제율은 올해 기부분부터 30%가 적용되고 있다.",
          target=30.0, unit="%", comment=PROSE + "; " + WHEN + "; fiscal (cue 소득세법)"),
        m("aj-moj-f4-14", "achieved", MOJ, OTH, "법무부의 F-4 심사 기간 단축은 약속보다 넉 달 늦은 지난해 11월부터 시행됐다.",
          comment=PROSE + "; " + LATE + ". '재외동포 분야는 이행이 가장 많다.' is the paper's reading"),
        m("aj-moel-insured-30", "revision", MOEL, OTH,
          "예술인 복지 분야에서 고용노동부는 예술인 고용보험 가입자 목표를 2027년까지 30만 명에서 27만 명으로 낮췄다.",
          target=270000.0, unit="명", deadline="2027-12-31", dtext="2027년까지",
          comment=PROSE + "; revision (the new target, the date kept)"),
        m("aj-mogef-allowance", "delayed", MGEF, OTH,
          "학교 밖 청소년 분야에서 성평등가족부는 교육참여수당을 7월 5개 시도에서 시범 지급하기 시작했지만, 전국 확대는 2028년으로 잡았다.",
          deadline="2028-12-31", dtext="2028년으로", comment=PROSE + "; " + LATER + "; the old date not named"),
        m("aj-mogef-center-250", "delayed", MGEF, OTH,
          "꿈드림 센터는 10월 말 243곳으로, 성평등가족부는 남은 7곳을 내년 상반기까지 열겠다고 밝혔다.",
          target=7.0, unit="곳", deadline="2027-06-30", dtext="내년 상반기까지",
          comment=PROSE + "; one sentence: a count and the remainder moved: annotated once, " + LATER),
        m("aj-mgef-career-voucher", "cancelled", MGEF, OTH,
          "성평등가족부는 내년 예산안에 진로 바우처가 빠지자 '진로 바우처' 도입 계획을 접었다.",
          comment=PROSE + "; dropped: cancelled ('예산안': the circumstance, a weak cue)"),
        m("aj-kftc-report-reward", "new", KFTC, OTH,
          "공정거래위원회는 내년부터 선불 이용료를 받고 문을 닫는 '먹튀' 체육시설을 신고하면 포상금을 주는 제도를 도입하겠다고 밝혔다.",
          deadline="2027-12-31", dtext="내년부터",
          comment=PROSE + "; a new dated promise, first reported here; '내년부터' on 2026-11-19 → 2027-12-31"),
        m("aj-mois-gift-mall", "new", MOIS, OTH,
          "행정안전부는 2027년까지 지방자치단체 답례품을 한곳에서 고르는 통합 답례품몰을 열겠다고 했다.",
          deadline="2027-12-31", dtext="2027년까지", comment=PROSE + "; a new dated promise"),
        m("aj-mgef-night-counsel", "new", MGEF, OTH,
          "성평등가족부는 2027년까지 꿈드림 센터 100곳에서 밤 10시까지 야간 상담을 하겠다고 밝혔다.",
          target=100.0, unit="곳", deadline="2027-12-31", dtext="2027년까지",
          comment=PROSE + "; a new dated promise; '밤 10시까지' is the hours, not a deadline. Not annotated: the "
                          "sign-off, the [자료] note after it (it names 금융위원회's 할부 항변권 promise as left out of "
                          "the table: boilerplate, no follow-up), the download and most-read lines"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-19)
LAST = "2026-11-19"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    # 선불 체육시설
    ("aj-kftc-std-terms", KFTC, OTH, "체육시설 표준약관 중도 해지 위약금 10% 이내 2025년 상반기 중", "achieved",
     "revised in June 2025 (on time; Aug 2025, Nov 2026)"),
    ("aj-kftc-inspect-30", KFTC, OTH, "환불 거부 다발 체육시설 사업자 30곳 2025년 상반기 중 직권 점검", "achieved",
     "30 checked, 12 corrected in H1 2025 (on time; Aug 2025, Nov 2026)"),
    ("aj-mcst-bond", MCST, OTH, "선불 이용료 체육시설 보증보험 가입 의무화 2025년 10월부터 (→ 2026년 1월 1일)", "achieved",
     "draft decree with the date moved to 2026-01-01 (Aug 2025); in force from 1 January 2026 (late; Nov 2026)"),
    ("aj-mcst-closure-notice", MCST, OTH, "체육시설 폐업 30일 전 회원 통지 의무화 2026년 상반기까지", "delayed",
     "bill to be submitted within 2025 for H1 2026 (Aug 2025); the bill still pending after June 2026 (Nov 2026)"),
    ("aj-fsc-installment", FSC, OTH, "신용카드 할부 항변권 적용 기준 20만 → 10만 원 2025년 하반기 중", "delayed",
     "never reported on again: its deadline (2025-12-31) passed with no report of achievement (date rule)"),
    ("aj-mcst-lookup-site", MCST, OTH, "보증보험 가입 여부 조회 누리집 2026년 3월까지 개통", "achieved",
     "opened in March 2026 (on time; Nov 2026)"),
    ("aj-kftc-report-reward", KFTC, OTH, "'먹튀' 체육시설 신고 포상금 2027년 도입", "announced", ""),
    # 고향사랑기부제
    ("aj-mois-designated-100", MOIS, OTH, "지정기부 모금함 여는 지방자치단체 30 → 2025년 100곳", "delayed",
     "87곳 (Dec 2025); 94곳 in 2025 (Nov 2026)"),
    ("aj-mois-private-5", MOIS, OTH, "민간 기부 플랫폼 5곳 2025년 하반기부터 개방 (남은 2곳 → 2026년 3월)", "achieved",
     "3 from 1 December 2025 and the rest moved to March 2026 (Dec 2025); all five in April 2026 (late; Nov 2026)"),
    ("aj-mois-easypay", MOIS, OTH, "고향사랑e음 모바일 간편결제 2025년 4월부터", "achieved",
     "from April 2025 (on time; Dec 2025, Nov 2026)"),
    ("aj-moef-credit-30", MOFE, FIS, "고향사랑기부 10만 원 초과분 세액공제율 15 → 30% 2026년 1월 1일 기부분부터", "achieved",
     "law passed 2 December 2025 (Dec 2025); applied from 2026 donations (on time; Nov 2026); made by 기획재정부"),
    ("aj-mois-corporate", MOIS, OTH, "기업(법인) 고향사랑기부 허용 2026년부터", "cancelled",
     "bill in committee (Dec 2025); dropped (Nov 2026)"),
    ("aj-mois-2026-1000", MOIS, OTH, "2026년 고향사랑기부 모금액 1,000억 원 (→ 800억 원)", "revised",
     "cut to 800억 원 with 612억 원 by October (Nov 2026)"),
    ("aj-mois-gift-mall", MOIS, OTH, "지방자치단체 통합 답례품몰 2027년까지", "announced", ""),
    # 재외동포
    ("aj-oka-portal", OKA, OTH, "재외동포 통합 민원 플랫폼 '동포누리' 2025년 하반기 중 개통", "achieved",
     "restated for October (Jul 2025); opened in November 2025 (within H2; Jun 2026, Nov 2026)"),
    ("aj-oka-youth-3000", OKA, OTH, "동포 청소년 모국 연수 1,800 → 2025년 3,000명", "delayed",
     "1,400 in summer and restated (Jul 2025); 2,650 in 2025 (Jun 2026, Nov 2026)"),
    ("aj-oka-teacher-online", OKA, OTH, "한글학교 교사 온라인 연수 과정 2025년 상반기 개설", "achieved",
     "opened in May 2025 (on time; Jul 2025, Nov 2026)"),
    ("aj-moj-f4-14", MOJ, OTH, "재외동포(F-4) 체류자격 심사 30 → 14일 2025년 7월부터 (→ 10월)", "achieved",
     "moved to October (Jul 2025); in force from November 2025 (late; Jun 2026, Nov 2026)"),
    ("aj-mofa-video-40", MOFA, OTH, "재외공관 화상 영사 상담 20 → 40개 공관 2025년 안에", "achieved",
     "28 and restated (Jul 2025); all 40 from December 2025 (on time; Jun 2026, Nov 2026)"),
    ("aj-oka-app", OKA, OTH, "동포누리 모바일 앱 2026년 안에 출시", "in_progress", "pilot in October, launch set for December (Nov 2026)"),
    ("aj-oka-youth-3500", OKA, OTH, "동포 청소년 모국 연수 2026년 3,500명", "in_progress", "3,100 by October (Nov 2026)"),
    # 예술인 복지
    ("aj-mcst-prep-20k", MCST, OTH, "창작준비금 지원 1만 3,000 → 2025년 2만 명", "delayed",
     "1만 8,200명 by October and restated (Nov 2025); 1만 9,400명 in 2025 (Nov 2026)"),
    ("aj-mcst-art-pass", MCST, OTH, "'예술인 패스' 발급 2025년 5월부터", "achieved", "from May 2025 (on time; Nov 2025, Nov 2026)"),
    ("aj-mcst-cert-5yr", MCST, OTH, "예술활동증명 유효기간 3 → 5년 2025년 9월부터 (→ 2026년 1월)", "achieved",
     "moved to January 2026 (Nov 2025); in force in January 2026 (late; Nov 2026)"),
    ("aj-mcst-contract-500", MCST, OTH, "예술 분야 표준계약서 이행 실태 점검 500곳 2025년 6월 안에", "delayed",
     "350 checked, done in August (Nov 2025, Nov 2026)"),
    ("aj-moel-insured-30", MOEL, OTH, "예술인 고용보험 가입자 18만 → 2027년까지 30만 명 (→ 27만 명)", "revised",
     "21만 명 in September 2025 (Nov 2025); target cut to 27만 명 with 24만 명 (Nov 2026)"),
    ("aj-mcst-prep-25k", MCST, OTH, "창작준비금 지원 2026년 2만 5,000명", "in_progress", "2만 1,000명 by October (Nov 2026)"),
    # 학교 밖 청소년
    ("aj-moe-dropout-link", MOE, OTH, "학업중단 학생 정보 꿈드림 센터 자동 연계 2025년 9월부터", "achieved",
     "from September 2025 (on time; Mar 2026, Nov 2026)"),
    ("aj-moe-exam-online", MOE, OTH, "검정고시 온라인 접수 2026년 4월 시험부터", "achieved",
     "from the first 2026 exam, applications in February (on time; Mar 2026, Nov 2026)"),
    ("aj-mogef-allowance", MGEF, OTH, "학교 밖 청소년 교육참여수당 월 20만 원 2025년 하반기부터 (→ 2026년 7월 시범, 전국 2028년)",
     "delayed", "pilot in 5 시도 from July 2026 (Mar 2026); nationwide moved to 2028 (Nov 2026); made by 여성가족부"),
    ("aj-mogef-center-250", MGEF, OTH, "꿈드림 센터 220 → 2026년까지 250곳 (남은 7곳 → 2027년 상반기)", "delayed",
     "236곳 (Mar 2026); 243곳 and the rest moved to H1 2027 (Nov 2026); made by 여성가족부"),
    ("aj-mogef-checkup-50", MGEF, OTH, "학교 밖 청소년 건강검진 수검률 35 → 2026년까지 50%", "in_progress",
     "41% in 2025 (Mar 2026); 46% by September (Nov 2026); made by 여성가족부"),
    ("aj-mgef-career-voucher", MGEF, OTH, "학교 밖 청소년 '진로 바우처' 2027년 도입", "cancelled",
     "dropped when left out of the budget bill (Nov 2026)"),
    ("aj-mgef-night-counsel", MGEF, OTH, "꿈드림 센터 100곳 야간 상담 2027년까지", "announced", ""),
]


if __name__ == "__main__":
    write(ROOT, "aj", PAGES, COMMITMENTS, LAST,
          ["ministry = the responsible body under the name valid on that date (여성가족부's 학교 밖 청소년 promises are",
           "listed under 성평등가족부, its successor from 2025-10-01; 기획재정부's 세액공제 promise under 재정경제부,",
           "its primary successor from 2026-01-02 (tax policy); every other body kept its name through 2026-11-19)."],
          with_commitments="--commitments" in sys.argv[1:])
