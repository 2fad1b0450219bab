"""Writes the hand annotations of held-out set al to gold/*.toml.

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

KDCA = "질병관리청"
RDA = "농촌진흥청"
MND = "국방부"
MOIS = "행정안전부"
ME = "환경부"                      # until 2025-09-30
MCEE = "기후에너지환경부"          # from 2025-10-01, 환경부's successor
MOEF = "기획재정부"                # until 2026-01-01
MPB = "기획예산처"                 # from 2026-01-02: 기획재정부's budget successor
MOJ = "법무부"
KNPA = "경찰청"
MOHW = "보건복지부"
MFDS = "식품의약품안전처"
KCC = "방송통신위원회"             # until 2025-09-30
KMCC = "방송미디어통신위원회"      # from 2025-10-01, 방송통신위원회's successor
KFTC = "공정거래위원회"

OTH = "other"   # every storyline's subject: no topic fits (see NOTES: the `통신` cue in 전기통신사업법)
FIS = "fiscal"  # 기획재정부 → 기획예산처's 폐현수막 재활용 지원 예산 (remit_of; cues 예산, 국민참여예산)

LATE = "achieved after the deadline the commitment named; no deadline fields"
WHEN = "on time, but the time words say when it was done, not what was promised: no deadline fields"
LATER = "deadline moved later: delayed (convention 1), new date in deadline"
SHORT = "short after the deadline: delayed (convention 2)"
MEAS = "a measured value without the target, before the deadline: progress, no fields"

PAGES: list[dict] = []

# ---------------------------------------------------------------- 구독 해지 1/4 (consumer group's monthly counselling casebook; 방송통신위원회, 공정거래위원회)
CASE = "the casebook's ☞ line relaying the plan, whole with its marker; person ''"
P1_S = ("[이렇게 바뀝니다] 구독 중도 해지·잔여 요금 환불 의무화(하반기부터) · 해지 절차 가이드라인(상반기 중) · "
        "요금 인상 30일 전 개별 고지(7월부터)")
PAGES.append(dict(
    source="2025-02-18_al_subscription-case-book.txt",
    title="[이달의 상담 사례] 해지 버튼이 안 보여요 — 구독 서비스 편 (2025년 2월)", published_at="2025-02-18",
    mentions=[
        m("al-kcc-midterm-refund", "new", KCC, OTH, P1_S, deadline="2025-12-31", dtext="하반기부터",
          comment="the post's [이렇게 바뀝니다] line (above the body): three commitments, all 방송통신위원회's (named in the "
                  "☞ lines); names no body. The title names no date or number"),
        m("al-kcc-cancel-guide", "new", KCC, OTH, P1_S, deadline="2025-06-30", dtext="상반기 중", comment="second item"),
        m("al-kcc-price-notice", "new", KCC, OTH, P1_S, target=30.0, unit="일", deadline="2025-07-31", dtext="7월부터",
          comment="third item; '30일 전' a rule value (unit 일), not a deadline"),
        m("al-kcc-midterm-refund", "new", KCC, OTH,
          "☞ 방송통신위원회는 OTT·음악·전자책 같은 구독 서비스도 중도 해지를 받아 주고 남은 기간 요금을 돌려주도록 하는 전기통신사업법 시행령 개정을 하반기부터 시행하겠다고 밝혔습니다.",
          deadline="2025-12-31", dtext="하반기부터",
          comment=CASE + "; other, although '전기통신사업법' holds the telecom cue 통신 (trap). The intro's counts (412건, "
                         "187건, 51%, 23%, 14%), the cases' amounts and the outcomes are not annotated"),
        m("al-kcc-cancel-guide", "new", KCC, OTH,
          "☞ 방통위는 가입할 때와 같은 단계 수 안에서 해지할 수 있도록 하는 '구독 해지 절차 가이드라인'을 상반기 중 내놓겠다고 했습니다.",
          deadline="2025-06-30", dtext="상반기 중", comment=CASE + "; '방통위' → 방송통신위원회"),
        m("al-kftc-inspect-50", "new", KFTC, OTH,
          "☞ 공정거래위원회도 상반기 안에 구독 서비스 50곳을 골라 해지 방해 실태를 점검하겠다고 밝혔습니다.",
          target=50.0, unit="곳", deadline="2025-06-30", dtext="상반기 안에", comment=CASE),
        m("al-kftc-trial-consent", "new", KFTC, OTH,
          "☞ 공정위는 무료 체험이 유료로 바뀌기 전에 소비자의 동의를 다시 받도록 하는 고시 개정안을 4월부터 적용하기로 했습니다.",
          deadline="2025-04-30", dtext="4월부터", comment=CASE + "; '공정위' → 공정거래위원회"),
        m("al-kcc-price-notice", "new", KCC, OTH,
          "☞ 방통위는 구독료를 올릴 때 30일 전까지 이용자에게 문자나 이메일로 따로 알리도록 하는 의무를 7월부터 도입하겠다고 했습니다.",
          target=30.0, unit="일", deadline="2025-07-31", dtext="7월부터",
          comment=CASE + "; '30일 전까지' is the rule (a deadline look-alike), the date is '7월부터'. Not annotated: the "
                         "counselling office's advice, the 1372 line, the comments (a reply after the sign-off)"),
    ]))

# ---------------------------------------------------------------- 전자감독 1/4 (police-exam academy's interview-prep blog post; 법무부, 경찰청)
ACAD = "the instructor's note-style line relaying the plan (~함/~임), whole with its marker; person ''"
P2_S = "- 핵심: 전담 인력 1인당 관리 인원 17명 → 10명(2026년까지), 위치추적 관제센터 3곳(연내), 보호관찰관 300명 증원(올해)"
PAGES.append(dict(
    source="2025-03-19_al_police-interview-notes.txt",
    title="[경찰 면접 시사 #14] 전자감독 실효성 강화 방안 한 장 정리", published_at="2025-03-19",
    mentions=[
        m("al-moj-ratio-10", "new", MOJ, OTH, P2_S, target=10.0, unit="명", deadline="2026-12-31", dtext="2026년까지",
          comment="the 세 줄 요약 line (above the body): three commitments of 법무부 (named in the line before); 17명 "
                  "the baseline"),
        m("al-moj-center-3", "new", MOJ, OTH, P2_S, target=3.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment="second item"),
        m("al-moj-officers-300", "new", MOJ, OTH, P2_S, target=300.0, unit="명", deadline="2025-12-31", dtext="올해",
          comment="third item"),
        m("al-knpa-location-share", "new", KNPA, OTH, "- 경찰청은 대상자 위치정보 112 실시간 공유(9월부터)",
          deadline="2025-09-30", dtext="9월부터", comment="the summary's third line; '112' is the emergency number"),
        m("al-moj-ratio-10", "new", MOJ, OTH,
          "① 법무부는 전자감독 전담 직원 1인당 관리 인원을 17명에서 2026년까지 10명으로 줄이겠다고 함.",
          target=10.0, unit="명", deadline="2026-12-31", dtext="2026년까지",
          comment=ACAD + ". The 배경 lines (4,300명, 1.6배, 250명, 11건, 2건) are statistics"),
        m("al-moj-center-3", "new", MOJ, OTH, "② 위치추적 관제센터를 지금 2곳에서 연내 3곳으로 늘림.",
          target=3.0, unit="곳", deadline="2025-12-31", dtext="연내", comment=ACAD + "; subjectless: 법무부; 2곳 the baseline"),
        m("al-moj-officers-300", "new", MOJ, OTH, "③ 보호관찰관을 올해 300명 증원함.",
          target=300.0, unit="명", deadline="2025-12-31", dtext="올해", comment=ACAD + "; subjectless: 법무부"),
        m("al-moj-breath-100", "new", MOJ, OTH,
          "④ 음주 제한 명령을 받은 대상자 100명에게 하반기부터 원격 음주측정기를 시범 부착함.",
          target=100.0, unit="명", deadline="2025-12-31", dtext="하반기부터", comment=ACAD + "; subjectless: 법무부"),
        m("al-moj-victim-app", "new", MOJ, OTH,
          "⑤ 피해자가 가해자 접근을 미리 알 수 있는 '보호장치 앱 2.0'을 상반기 중 내놓음.",
          deadline="2025-06-30", dtext="상반기 중", comment=ACAD + "; subjectless: 법무부; '2.0' is a version, not a target"),
        m("al-knpa-location-share", "new", KNPA, OTH,
          "⑥ 경찰청은 9월부터 전자감독 대상자의 위치정보를 112 상황실과 실시간으로 공유하겠다고 밝힘.",
          deadline="2025-09-30", dtext="9월부터",
          comment=ACAD + ". Not annotated: the questions, the instructor's answer points (외국), the next post's topic, "
                         "the comments and the other posts"),
    ]))

# ---------------------------------------------------------------- 진드기·모기 1/4 (village PA-broadcast scripts on a village blog; 질병관리청, 농촌진흥청, 국방부)
VIL = "the village head's broadcast sentence relaying the plan (spoken 합니다 style), whole; person ''"
PAGES.append(dict(
    source="2025-04-08_al_village-broadcast-scripts.txt",
    title="가래울마을 이야기 — 마을방송 원고 (4월 8일 아침 방송)", published_at="2025-04-08",
    mentions=[
        m("al-kdca-kit-258", "new", KDCA, OTH,
          "질병관리청은 6월까지 전국 보건소 258곳에 에스에프티에스 신속진단키트를 모두 보급한다고 합니다.",
          target=258.0, unit="곳", deadline="2025-06-30", dtext="6월까지",
          comment=VIL + "; 'SFTS' spelled out in Hangul as spoken. The next line ('그러니까 … 말씀입니다.') explains it "
                        "and is not annotated; '지난해 … 두 분' is a past fact"),
        m("al-kdca-tick-alert", "new", KDCA, OTH,
          "또 7월부터는 진드기가 많은 지역에 사시는 분들 휴대전화로 '진드기 위험 알림' 문자를 보내 준다고 합니다.",
          deadline="2025-07-31", dtext="7월부터", comment=VIL + "; subjectless: 질병관리청 (the sentence before)"),
        m("al-rda-clothes-50k", "new", RDA, OTH, "농촌진흥청은 올해 진드기 기피 농작업복 5만 벌을 농가에 보급한다고 했습니다.",
          target=50000.0, unit="벌", deadline="2025-12-31", dtext="올해",
          comment=VIL + ". The village's own sign-up 'this Friday' is the village's, not a promise"),
        m("al-kdca-trap-120", "new", KDCA, OTH,
          "질병관리청은 말라리아 모기 감시 트랩도 지금 60곳에서 연내 120곳으로 늘린다고 합니다.",
          target=120.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment=VIL + " (after '모기 이야기도 하겠습니다. '); 60곳 the baseline"),
        m("al-kdca-sfts-drug", "new", KDCA, OTH,
          "그리고 국산 에스에프티에스 치료제는 2026년까지 허가 신청을 목표로 개발을 지원한다고 합니다.",
          deadline="2026-12-31", dtext="2026년까지", comment=VIL + "; subjectless: 질병관리청"),
        m("al-mnd-malaria-pill", "new", MND, OTH,
          "군대 가 있는 손주 두신 분들 걱정하시던데, 국방부는 5월부터 접경지역 근무 장병 전원에게 말라리아 예방약을 복용하게 한다고 합니다.",
          deadline="2025-05-31", dtext="5월부터",
          comment=VIL + "; never reported on again: delayed by the date rule. Not annotated: the advice, the village's "
                        "own dates (고추 모종 '4월 15일까지', '4월 25일', 보일러 '내일', 농기계 '사흘 전까지'), the comments"),
    ]))

# ---------------------------------------------------------------- 노인 난청 1/3 (church's weekly bulletin, web version; 보건복지부, 식품의약품안전처)
CHU = "the bulletin's health-corner '· ' line relaying the plan, whole with its marker; person '' (a church member)"
PAGES.append(dict(
    source="2025-04-13_al_church-bulletin.txt",
    title="은혜샘교회 주보 — 2025년 4월 13일 종려주일 (제38권 15호)", published_at="2025-04-13",
    mentions=[
        m("al-mohw-aid-160", "new", MOHW, OTH,
          "· 보건복지부는 청각장애로 등록된 분의 보청기 지원금을 7월부터 131만 원에서 160만 원으로 올립니다.",
          target=1600000.0, unit="원", deadline="2025-07-31", dtext="7월부터",
          comment=CHU + "; 131만 원 the baseline. The church's own dates (새벽기도 14~19일, 부활주일, 은빛대학 '4월 16일', "
                        "새가족 환영회 27일) and the '세 분 가운데 한 분' statistic are not annotated"),
        m("al-mohw-mild-pilot", "new", MOHW, OTH,
          "· 장애 등록 기준에 못 미치는 가벼운 난청 어르신에게도 보청기를 지원하는 시범사업을 하반기에 5개 시군구에서 시작합니다.",
          target=5.0, unit="개", deadline="2025-12-31", dtext="하반기에", comment=CHU + "; subjectless: 보건복지부"),
        m("al-mohw-screen-60", "new", MOHW, OTH,
          "· 국가건강검진의 청력검사 대상이 내년부터 만 66세에서 만 60세 이상으로 넓어집니다.",
          deadline="2026-12-31", dtext="내년부터",
          comment=CHU + "; a rule change stated as an outcome: 보건복지부; the ages name the scope, not a target"),
        m("al-mohw-center-17", "new", MOHW, OTH,
          "· 복지부는 2026년까지 17개 시도에 한 곳씩, 모두 17곳의 '난청 상담센터'를 열겠다고 했습니다.",
          target=17.0, unit="곳", deadline="2026-12-31", dtext="2026년까지", comment=CHU + "; '복지부' → 보건복지부"),
        m("al-mohw-cochlear", "new", MOHW, OTH, "· 인공와우 수술의 양쪽 귀 건강보험 적용을 10월부터 모든 나이로 넓힌다고 합니다.",
          deadline="2025-10-31", dtext="10월부터", comment=CHU + "; subjectless: 보건복지부"),
        m("al-mfds-otc-aid", "new", MFDS, OTH,
          "· 식품의약품안전처는 약국이나 가게에서 바로 살 수 있는 '자가 적합 보청기'의 판매 기준을 연내 마련하기로 했습니다.",
          deadline="2025-12-31", dtext="연내",
          comment=CHU + ". Not annotated: the advice ('석 달쯤 적응 기간'), where to apply, the prayers, the attendance"),
    ]))

# ---------------------------------------------------------------- 현수막 1/4 (citizen-budget proposal page with the ministries' review; 행정안전부, 환경부, 기획재정부)
REV = "a ministry's ○ line in the 부처 검토 의견, whole with its marker; person '' (a division, no official named)"
PAGES.append(dict(
    source="2025-05-21_al_citizen-budget-proposal.txt",
    title="[국민제안] 선거철마다 쏟아지는 폐현수막, 재활용 지원 예산을 만들어 주세요", published_at="2025-05-21",
    mentions=[
        m("al-mois-party-banner", "new", MOIS, OTH,
          "○ 정당 현수막을 읍·면·동마다 2개 이내로 제한하는 옥외광고물법 개정을 추진해 내년 상반기부터 시행하겠습니다.",
          target=2.0, unit="개", deadline="2026-06-30", dtext="내년 상반기부터",
          comment=REV + "; under [행정안전부 …]: 행정안전부; '2개 이내' a rule value (unit 개). The citizen's proposal "
                        "(1)–3), 연 50억 원) is not a promise"),
        m("al-mois-ai-report", "new", MOIS, OTH,
          "○ 불법 현수막을 사진으로 신고하면 AI가 위치와 내용을 판독해 과태료 부과까지 처리하는 시스템을 하반기 중 10개 시군구에서 시범 운영합니다.",
          target=10.0, unit="개", deadline="2025-12-31", dtext="하반기 중", comment=REV + "; '10개 시군구' → 10 개"),
        m("al-mois-fine-1000", "new", MOIS, OTH,
          "○ 불법 현수막 과태료 상한을 내년 1월부터 건당 500만 원에서 1,000만 원으로 올립니다.",
          target=10000000.0, unit="원", deadline="2026-01-31", dtext="내년 1월부터", comment=REV + "; 500만 원 the baseline"),
        m("al-me-recycle-50", "new", ME, OTH, "○ 환경부는 폐현수막 재활용률을 지난해 25%에서 2026년까지 50%로 높이겠습니다.",
          target=50.0, unit="%", deadline="2026-12-31", dtext="2026년까지",
          comment=REV + "; 환경부 on 2025-05-21 (기후에너지환경부 from 2025-10-01); 25% the baseline"),
        m("al-me-hub-30", "new", ME, OTH, "○ 폐현수막 수거·선별 거점 30곳을 연내 설치합니다.",
          target=30.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment=REV + "; under [환경부 …]: 환경부. The next ○ line (생분해 지침: no date, no number) is not annotated"),
        m("al-moef-banner-budget", "new", MOEF, FIS,
          "○ 이 제안은 환경부 소관 '폐현수막 재활용 지원 사업'(가칭)으로 국민 선호도 조사에 올라가며, 기획재정부는 정부안에 반영되면 내년부터 30억 원 규모로 지원할 계획입니다.",
          target=3000000000.0, unit="원", deadline="2026-12-31", dtext="내년부터",
          comment=REV + "; 기획재정부's budget promise (conditional on the government bill): fiscal (remit_of); '30억 원' → "
                        "3000000000 원. Not annotated: the ※ caveat, the stage dates ('7월 예정', '9월 초 발표'), the "
                        "proposer's reply, the comments"),
    ]))

# ---------------------------------------------------------------- 구독 해지 2/4 (open-source app's GitHub issue thread; 방송통신위원회, 공정거래위원회)
ISS = "the maintainer's '- ' status line in the issue (note style), whole with its marker; person ''"
PAGES.append(dict(
    source="2025-07-15_al_subscription-app-issue.txt",
    title="[정책 대응] 방통위 구독 해지 가이드라인 반영 + 구독료 인상 알림 #214", published_at="2025-07-15",
    mentions=[
        m("al-kcc-cancel-guide", "achieved", KCC, OTH,
          "- 방송통신위원회가 6월 27일 '구독 해지 절차 가이드라인'을 발표함 → 가입 단계 수 이내 해지, 해지 버튼은 첫 화면 또는 설정 1단계에 노출.",
          comment=ISS + "; published in June: on time; " + WHEN),
        m("al-kcc-price-notice", "delayed", KCC, OTH,
          "- 구독료 인상 30일 전 개별 고지 의무는 7월 시행 예정이었는데, 시행령 개정이 늦어져 10월로 밀림 (방통위 보도 참고자료 7/10).",
          target=30.0, unit="일", deadline="2025-10-31", dtext="10월로", prev="2025-07-31",
          comment=ISS + "; " + LATER + "; '7월' names the missed date → previous_deadline; '7/10' is a source date"),
        m("al-kcc-midterm-refund", "progress", KCC, OTH,
          "- 중도 해지·잔여 요금 환불 의무화는 시행령 개정안 입법예고 중이고 하반기 시행 목표 그대로임.",
          deadline="2025-12-31", dtext="하반기", comment=ISS + "; the draft decree out, the date kept: progress"),
        m("al-kftc-trial-consent", "achieved", KFTC, OTH, "- 공정위 '무료 체험 → 유료 전환 재동의'는 4월부터 이미 시행 중.",
          comment=ISS + "; on time; " + WHEN),
        m("al-kftc-inspect-50", "delayed", KFTC, OTH,
          "- 공정위 구독 서비스 50곳 실태 점검은 상반기에 38곳만 마쳤고, 나머지 12곳은 하반기 중 점검한다고 함(결과 발표도 미뤄짐).",
          target=12.0, unit="곳", deadline="2025-12-31", dtext="하반기 중", prev="2025-06-30",
          comment=ISS + "; short at the deadline and the rest moved: " + LATER + "; the remainder is the target of the "
                        "sentence that moves it; '상반기에' names the missed period → previous_deadline. Never reported "
                        "again: its moved date passed too"),
        m("al-kcc-onestop", "new", KCC, OTH,
          "> 방통위는 여러 서비스의 구독을 한곳에서 해지할 수 있는 '통합 해지 창구'를 2026년 상반기까지 열겠다고 했습니다.",
          deadline="2026-06-30", dtext="2026년 상반기까지",
          comment="a commenter's quote of the ministry's briefing (markdown '> ' line), whole with its marker; a new "
                  "promise; no official named: person ''"),
        m("al-kftc-fine-3000", "new", KFTC, OTH,
          "그리고 공정위가 해지 방해 과태료 상한을 500만 원에서 3,000만 원으로 올리는 전자상거래법 개정을 내년 중 추진한다는 기사도 봤는데, 이건 우리 앱 기능에는 영향이 없을 듯.",
          target=30000000.0, unit="원", deadline="2026-12-31", dtext="내년 중",
          comment="the maintainer's comment, second line (whole); a new promise relayed from the press. Not "
                  "annotated: the to-do items (the app's own plans), the PR, the reference list, the labels"),
    ]))

# ---------------------------------------------------------------- 진드기·모기 2/4 (KakaoTalk group-chat export pasted on the village blog; 질병관리청, 농촌진흥청)
CHAT = "a line of a multi-line chat message (continuation lines carry no speaker prefix), whole; person ''"
PAGES.append(dict(
    source="2025-08-21_al_farm-group-chat.txt",
    title="작목반 단톡방 대화 모음 (8월 19일~21일) — 진드기 알림 문자, 작업복 소식", published_at="2025-08-21",
    mentions=[
        m("al-kdca-kit-258", "achieved", KDCA, OTH,
          "질병관리청은 6월 말까지 전국 보건소 258곳에 SFTS 신속진단키트 보급을 마쳤습니다.",
          target=258.0, unit="곳",
          comment=CHAT + " (the pasted health-centre notice); on time; " + WHEN + ". The neighbour's test "
                         "('한 시간 만에 음성') is an anecdote"),
        m("al-kdca-tick-alert", "delayed", KDCA, OTH,
          "'진드기 위험 알림' 문자는 당초 7월부터 보낼 예정이었으나 통신사 시스템 연동이 늦어져 9월부터 발송됩니다.",
          deadline="2025-09-30", dtext="9월부터", prev="2025-07-31",
          comment=CHAT + "; subjectless: 질병관리청; " + LATER + "; '당초 7월부터' → previous_deadline"),
        m("al-kdca-trap-120", "progress", KDCA, OTH,
          "말라리아 매개모기 감시 트랩은 7월 말 현재 91곳에 설치돼 있으며 연말까지 120곳을 채울 예정입니다.",
          target=120.0, unit="곳", deadline="2025-12-31", dtext="연말까지",
          comment=CHAT + "; count and restated promise: progress ('7월 말 현재' a measured period)"),
        m("al-rda-clothes-50k", "progress", RDA, OTH,
          "농촌진흥청 작업복은 전국에 3만 2,000벌 나갔고 나머지는 연말까지 다 보낸다고 하네요.",
          deadline="2025-12-31", dtext="연말까지",
          comment="the village head's chat message, second sentence (after '. '); count and the date restated: "
                  "progress; the remainder of an unmoved promise is not a target. '9월 첫 주' is the village's delivery"),
        m("al-rda-sprayer-1000", "new", RDA, OTH,
          "농촌진흥청은 내년 상반기까지 전국 마을회관·경로당 1,000곳에 진드기 기피제 자동분사기를 설치한다고 합니다.",
          target=1000.0, unit="곳", deadline="2026-06-30", dtext="내년 상반기까지",
          comment=CHAT + " (relaying the township's letter); a new promise"),
        m("al-kdca-sfts-drug", "progress", KDCA, OTH, "질병청은 내년까지 허가 신청한다는 목표 그대로고요",
          deadline="2026-12-31", dtext="내년까지",
          comment="a member's chat message, second sentence (after '. '); '질병청' → 질병관리청; the date restated: "
                  "progress. Not annotated: the message's first sentence (starts after the speaker prefix), the "
                  "dryer repair (32만 원), '9월 문자 … 모기 알림도 같이' (vague), the blog comment"),
    ]))

# ---------------------------------------------------------------- 전자감독 2/4 (event-registration page with the organiser's post-event summary; 법무부, 경찰청)
EVT = "a quoted remark in the post-event summary (the sentence inside the quotes)"
P8_S = "📌 세 줄 요약: 세 번째 관제센터 12월 개소 · 보호관찰관 증원 300→210명 · 피해자 앱 2.0은 연말로"
PAGES.append(dict(
    source="2025-10-23_al_seminar-registration.txt",
    title="[마감·후기] 전자감독 도입 17년, 피해자는 더 안전해졌나 — 늘곁 정책 세미나", published_at="2025-10-23",
    mentions=[
        m("al-moj-center-3", "progress", MOJ, OTH, P8_S, deadline="2025-12-31", dtext="12월",
          comment="the summary's 세 줄 요약 line: three commitments of 법무부 (named below); on course: progress"),
        m("al-moj-officers-300", "revision", MOJ, OTH, P8_S, target=210.0, unit="명", comment="second item: a lowered target"),
        m("al-moj-victim-app", "delayed", MOJ, OTH, P8_S, deadline="2025-12-31", dtext="연말로",
          comment="third item: " + LATER),
        m("al-moj-center-3", "progress", MOJ, OTH, "세 번째 위치추적 관제센터는 남부권에 짓고 있고 12월에 문을 엽니다.",
          person="봉태서", deadline="2025-12-31", dtext="12월에", comment=EVT + "; under construction, a date within 연내"),
        m("al-moj-breath-100", "progress", MOJ, OTH,
          "음주 제한 명령 대상자 원격 음주측정기는 9월부터 시범 부착을 시작해 지금 64명이 차고 있습니다.",
          person="봉태서", comment=EVT + "; " + MEAS + " ('9월부터' says when the pilot began)"),
        m("al-moj-officers-300", "revision", MOJ, OTH, "보호관찰관 증원은 예산 사정으로 올해 300명이 아니라 210명으로 줄었습니다.",
          person="봉태서", target=210.0, unit="명", deadline="2025-12-31", dtext="올해",
          comment=EVT + "; the target cut, the year kept: revision; '예산' a weak fiscal cue (circumstance): other"),
        m("al-moj-victim-app", "delayed", MOJ, OTH, "피해자 보호장치 앱 2.0은 상반기에 내놓지 못했고, 연말까지 출시하겠습니다.",
          person="봉태서", deadline="2025-12-31", dtext="연말까지", prev="2025-06-30",
          comment=EVT + "; " + LATER + "; '상반기에' names the missed date → previous_deadline"),
        m("al-moj-ai-risk", "new", MOJ, OTH, "재범 위험을 AI로 예측하는 시스템은 내년 하반기 도입을 목표로 준비하고 있습니다.",
          person="봉태서", deadline="2026-12-31", dtext="내년 하반기", comment=EVT + "; a new promise"),
        m("al-knpa-location-share", "achieved", KNPA, OTH,
          "전자감독 대상자 위치정보 실시간 공유는 예정대로 9월 1일부터 전국 112 상황실에서 가동하고 있습니다.",
          person="소이안", comment=EVT + "; on time; " + WHEN + ". The next remark (37건) is a result"),
        m("al-moj-ratio-10", "progress", MOJ, OTH,
          "· 봉태서 과장 답변: 올해 9월 현재 1인당 관리 인원은 15명이고, 2026년까지 10명으로 줄이는 목표는 그대로입니다.",
          person="봉태서", target=10.0, unit="명", deadline="2026-12-31", dtext="2026년까지",
          comment="the 토론 요지 '· ' line, whole with its marker and inline label (the speaker is named in it); count "
                  "and restated promise: progress. Not annotated: the professor's and the lawyer's lines, the Q&A "
                  "notes ('시범 결과를 보고 정하겠다', '함께 검토하겠다': no date or number), the organiser's own "
                  "'내년 이맘때' check, the event's original programme after the sign-off"),
    ]))

# ---------------------------------------------------------------- 현수막 2/4 (social enterprise's annual impact report page; 기후에너지환경부, 행정안전부, 기획재정부)
IMP = "the report's ■ 정책 환경 prose line, whole; person ''"
PAGES.append(dict(
    source="2025-12-11_al_upcycling-impact-report.txt",
    title="2025 임팩트 리포트 — 폐현수막 12만 장, 다시 펼치다", published_at="2025-12-11",
    mentions=[
        m("al-me-recycle-50", "progress", MCEE, OTH, "기후에너지환경부에 따르면 폐현수막 재활용률은 올해 10월 말 34%로 집계됐습니다.",
          comment=IMP + "; 기후에너지환경부 (환경부's successor since 2025-10-01); " + MEAS),
        m("al-me-recycle-50", "progress", MCEE, OTH,
          "기후에너지환경부는 2026년까지 재활용률 50%를 달성한다는 목표를 유지하고 있습니다.",
          target=50.0, unit="%", deadline="2026-12-31", dtext="2026년까지", comment=IMP + "; the promise restated"),
        m("al-me-hub-30", "progress", MCEE, OTH,
          "연내 30곳을 만들겠다던 폐현수막 수거·선별 거점은 11월 말까지 22곳이 문을 열었습니다.",
          target=30.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment=IMP + "; a count short of the target before the deadline: progress; names no body: 기후에너지환경부 "
                        "('11월 말까지' a measured period)"),
        m("al-me-hub-30", "delayed", MCEE, OTH, "기후에너지환경부는 나머지 8곳을 내년 3월까지 설치하겠다고 밝혔습니다.",
          target=8.0, unit="곳", deadline="2026-03-31", dtext="내년 3월까지",
          comment=IMP + "; the remainder moved past the deadline (before it passed): " + LATER + "; the remainder is "
                        "the target"),
        m("al-mois-ai-report", "achieved", MOIS, OTH,
          "행정안전부는 11월부터 10개 시군구에서 AI 불법 현수막 신고 시스템 시범 운영을 시작했습니다.",
          target=10.0, unit="개", comment=IMP + "; within 하반기: on time; " + WHEN),
        m("al-mois-party-banner", "progress", MOIS, OTH,
          "정당 현수막을 읍·면·동마다 2개 이내로 제한하는 옥외광고물법 개정안은 6월 국회에 제출됐지만 아직 상임위원회에 머물러 있습니다.",
          target=2.0, unit="개", comment=IMP + "; the bill submitted and pending before the 2026 deadline: progress"),
        m("al-moef-banner-budget", "revision", MOEF, FIS,
          "국민참여예산으로 제안된 '폐현수막 재활용 지원 사업'은 정부안에 30억 원으로 올라갔다가 국회 심의에서 24억 원으로 깎여 내년 예산에 반영됐습니다.",
          target=2400000000.0, unit="원", deadline="2026-12-31", dtext="내년",
          comment=IMP + "; the amount cut (30억 → 24억 원), the year kept: revision; 기획재정부 (valid to 2026-01-01); fiscal"),
        m("al-mcee-public-purchase", "new", MCEE, OTH,
          "기후에너지환경부는 내년 하반기부터 공공기관이 폐현수막 재활용 제품을 우선 구매하도록 의무화하겠다고 밝혔습니다.",
          deadline="2026-12-31", dtext="내년 하반기부터",
          comment=IMP + "; a new promise of the renamed body (key al-mcee-). Not annotated: the 친환경 지침 line (its "
                        "promise named no date or number), the 1.8배 price, '전처리 인력', the enterprise's own 2026 "
                        "pledges (40곳, 30개, '내년 6월까지': not a ministry's), the 숫자로 보는 figures, 불량률"),
    ]))

# ---------------------------------------------------------------- 노인 난청 2/3 and 진드기·모기 3/4 (map app's place page of a county health centre: two 소식 posts and reviews)
NEWS = "the health centre's 소식 post line, whole with its marker; person '' (a team)"
PAGES.append(dict(
    source="2026-03-05_al_health-center-map-page.txt", title="한들군보건소 : 길잡이지도", published_at="2026-03-05",
    mentions=[
        m("al-mohw-screen-60", "achieved", MOHW, OTH, "✔ 국가건강검진 청력검사는 올해부터 만 60세 이상이면 받을 수 있습니다.",
          comment=NEWS + "; in force from 2026 as promised ('내년부터' of 2025): on time; " + WHEN),
        m("al-mohw-aid-160", "achieved", MOHW, OTH, "✔ 청각장애로 등록된 분의 보청기 지원금은 지난해 7월부터 160만 원으로 올랐습니다.",
          target=1600000.0, unit="원", comment=NEWS + "; on time; " + WHEN),
        m("al-mohw-mild-pilot", "achieved", MOHW, OTH,
          "✔ 보건복지부가 지난해 11월 시작한 경도 난청 어르신 보청기 지원 시범사업에 우리 군이 5개 시범 지역 가운데 하나로 참여하고 있습니다.",
          target=5.0, unit="개", comment=NEWS + "; started within 하반기 2025: on time; " + WHEN),
        m("al-mohw-mild-nationwide", "new", MOHW, OTH, "✔ 복지부는 이 시범사업을 내년에 전국으로 넓힐 계획입니다.",
          deadline="2027-12-31", dtext="내년에", comment=NEWS + "; a new promise ('내년에' on a 2026 page → 2027-12-31)"),
        m("al-mohw-center-17", "progress", MOHW, OTH,
          "✔ 권역 난청 상담센터는 17곳 가운데 현재 9곳이 문을 열었고, 우리 권역 센터는 6월 개소 예정입니다.",
          target=17.0, unit="곳",
          comment=NEWS + "; short before the deadline: progress; the clause names the target; '6월' is one centre's "
                         "date, not the commitment's"),
        m("al-mfds-otc-aid", "delayed", MFDS, OTH,
          "✔ 약국에서 살 수 있는 '자가 적합 보청기'는 식품의약품안전처가 지난해 안에 기준을 만들겠다고 했지만 아직 고시되지 않았으며, 식약처는 상반기 중 고시하겠다고 밝혔습니다.",
          deadline="2026-06-30", dtext="상반기 중", prev="2025-12-31",
          comment=NEWS + "; " + LATER + "; '지난해 안에' → previous_deadline. The eligibility line (만 65세, 40~59dB, "
                         "하루 12명) is a rule"),
        m("al-kdca-trap-120", "delayed", KDCA, OTH,
          "· 질병관리청의 말라리아 매개모기 감시 트랩은 지난해 말까지 102곳에 그쳐 목표 120곳을 채우지 못했습니다.",
          target=120.0, unit="곳",
          comment="the second post (dated 2026.02.26 on the page; the page's date is its latest post, 2026.03.05), '· ' "
                  "line whole; " + SHORT),
        m("al-kdca-tick-alert", "achieved", KDCA, OTH,
          "· 지난해 9월부터 진드기 위험 지역 주민에게 '진드기 위험 알림' 문자가 발송되고 있습니다.",
          comment="second post; names no body: 질병관리청; on the moved date, late by the first promise; " + LATE),
        m("al-rda-clothes-50k", "delayed", RDA, OTH,
          "· 농촌진흥청의 진드기 기피 농작업복은 지난해 4만 1,000벌 보급에 그쳐 목표 5만 벌에 못 미쳤습니다.",
          target=50000.0, unit="벌", comment="second post; " + SHORT),
        m("al-rda-sprayer-1000", "progress", RDA, OTH,
          "· 농촌진흥청은 진드기 기피제 자동분사기를 상반기까지 마을회관·경로당 1,000곳에 설치할 예정이며, 우리 군에는 12곳이 배정됐습니다.",
          target=1000.0, unit="곳", deadline="2026-06-30", dtext="상반기까지",
          comment="second post; the promise restated with the county's share (12곳: not a target): progress"),
        m("al-kdca-beds-17", "new", KDCA, OTH,
          "· 질병관리청은 올해 하반기 권역 거점병원 17곳에 진드기 매개 감염병 전담 병상을 지정하겠다고 밝혔습니다.",
          target=17.0, unit="곳", deadline="2026-12-31", dtext="올해 하반기", comment="second post; a new promise"),
        m("al-kdca-sfts-drug", "progress", KDCA, OTH,
          "· 국산 SFTS 치료제는 임상 3상이 진행 중이며, 질병관리청은 연내 허가 신청 목표를 유지하고 있습니다.",
          deadline="2026-12-31", dtext="연내",
          comment="second post; trial under way, the date kept: progress. Not annotated: the 3명 count, '3월 중' "
                  "notice of the villages (the county's), the reviews (a citizen's '올해 물량은 아직')"),
    ]))

# ---------------------------------------------------------------- four storylines (law firm's monthly regulatory-tracker web page; note style ~함/~임)
LAW = "the tracker's '- ' line (note style), whole with its marker; person ''"
P11_A = "· 구독 서비스 중도 해지 의무 시행 8개월 — 방송미디어통신위원회 이행 점검 착수"
P11_B = "· 전자감독 1인당 관리 인원 13명, 연말 10명 목표 유지"
P11_C = "· 정당 현수막 제한법, 상반기 시행 불발 — 하반기 재논의"
PAGES.append(dict(
    source="2026-07-16_al_law-firm-regulatory-tracker.txt",
    title="너른 규제 트래커 2026년 7월호 — 구독 해지·전자감독·옥외광고·보청기", published_at="2026-07-16",
    mentions=[
        m("al-kcc-midterm-refund", "achieved", KMCC, OTH, P11_A,
          comment="the [이달의 핵심] line (above the body): in force for eight months (since November 2025: on time); "
                  "방송미디어통신위원회 (방송통신위원회's successor since 2025-10-01); '8개월' a duration"),
        m("al-moj-ratio-10", "progress", MOJ, OTH, P11_B, target=10.0, unit="명", deadline="2026-12-31", dtext="연말",
          comment="[이달의 핵심] line; names no body: 법무부; count and restated promise: progress"),
        m("al-mois-party-banner", "delayed", MOIS, OTH, P11_C, prev="2026-06-30",
          comment="[이달의 핵심] line; names no body: 행정안전부; '상반기 시행 불발' after the deadline: delayed (not "
                  "cancelled: '하반기 재논의' names a discussion, no new date) → previous_deadline"),
        m("al-kcc-midterm-refund", "achieved", KMCC, OTH,
          "- 구독 서비스 중도 해지·잔여 요금 환불 의무는 개정 전기통신사업법 시행령에 따라 지난해 11월부터 시행 중임.",
          comment=LAW + "; within 하반기 2025: on time; " + WHEN + ". The next line (20곳 환불 산식 점검, '7월부터') is "
                        "an ongoing check, not annotated"),
        m("al-kcc-price-notice", "achieved", KMCC, OTH,
          "- 구독료 인상 30일 전 개별 고지 의무는 당초 7월 예정에서 석 달 늦은 지난해 10월 시행됨.",
          target=30.0, unit="일", comment=LAW + "; on the moved date, late by the first promise; " + LATE),
        m("al-kcc-onestop", "delayed", KMCC, OTH,
          "- 방송미디어통신위원회는 여러 구독을 한곳에서 해지하는 '통합 해지 창구'를 상반기 안에 열겠다고 했으나, 사업자 연동 지연으로 개통 목표를 연말로 미룸.",
          deadline="2026-12-31", dtext="연말로", prev="2026-06-30",
          comment=LAW + "; " + LATER + "; '상반기 안에' → previous_deadline"),
        m("al-kftc-fine-3000", "progress", KFTC, OTH,
          "- 공정거래위원회가 추진하는 해지 방해 과태료 상향(500만 → 3,000만 원) 전자상거래법 개정안은 6월 정무위원회 법안소위를 통과하지 못함.",
          target=30000000.0, unit="원",
          comment=LAW + "; the bill pending before its 2026 deadline: progress (a stall, not a reported delay)"),
        m("al-moj-ratio-10", "progress", MOJ, OTH, "- 법무부에 따르면 6월 말 기준 전자감독 전담 직원 1인당 관리 인원은 13명임.",
          comment=LAW + "; " + MEAS),
        m("al-moj-ratio-10", "progress", MOJ, OTH, "- 법무부는 연말까지 10명으로 줄인다는 목표를 유지하고 있음.",
          target=10.0, unit="명", deadline="2026-12-31", dtext="연말까지", comment=LAW + "; the promise restated"),
        m("al-moj-center-3", "achieved", MOJ, OTH,
          "- 세 번째 위치추적 관제센터(남부권)는 당초 지난해 12월 개소 예정이었으나 올해 1월 문을 엶.",
          comment=LAW + "; " + LATE + " (the missed date is named, but an achievement carries none)"),
        m("al-moj-breath-100", "achieved", MOJ, OTH, "- 원격 음주측정기 시범 부착은 지난해 12월 목표 인원 100명을 채웠음.",
          target=100.0, unit="명", comment=LAW + "; within 하반기 2025: on time; " + WHEN),
        m("al-moj-breath-nationwide", "new", MOJ, OTH, "- 법무부는 원격 음주측정기를 2027년부터 전국 보호관찰소로 확대하겠다고 밝힘.",
          deadline="2027-12-31", dtext="2027년부터", comment=LAW + "; a new promise; never reported again: announced"),
        m("al-moj-victim-app", "achieved", MOJ, OTH, "- 피해자 보호장치 앱 2.0은 지난해 12월 출시됨.",
          comment=LAW + "; on the moved date (연말까지), late by the first promise (상반기 중); " + LATE),
        m("al-moj-ai-risk", "progress", MOJ, OTH,
          "- AI 재범 위험 예측 시스템의 법적 근거를 담은 전자장치부착법 개정안이 5월 국회에 제출됨.",
          comment=LAW + "; a step before the deadline: progress, no fields"),
        m("al-mois-fine-1000", "achieved", MOIS, OTH,
          "- 불법 현수막 과태료 상한을 건당 1,000만 원으로 올린 개정 옥외광고물법 시행령이 1월 1일부터 시행 중임.",
          target=10000000.0, unit="원", comment=LAW + "; names no body: 행정안전부; on time; " + WHEN),
        m("al-mois-party-banner", "delayed", MOIS, OTH,
          "- 정당 현수막을 읍·면·동마다 2개 이내로 제한하는 옥외광고물법 개정안은 행정안전위원회에 계류돼, 행정안전부가 목표로 한 상반기 시행이 이뤄지지 않음.",
          target=2.0, unit="개", prev="2026-06-30",
          comment=LAW + "; not done after the deadline: delayed; '상반기' → previous_deadline"),
        m("al-me-hub-30", "delayed", MCEE, OTH,
          "- 폐현수막 수거·선별 거점은 3월 기한을 넘긴 6월 말 현재 30곳 가운데 27곳이 운영 중임.",
          target=30.0, unit="곳", prev="2026-03-31",
          comment=LAW + "; names no body: 기후에너지환경부 (the section's body for 폐현수막); " + SHORT + "; '3월 기한' → "
                        "previous_deadline"),
        m("al-mcee-public-purchase", "progress", MCEE, OTH,
          "- 기후에너지환경부는 공공기관 폐현수막 재활용 제품 우선 구매 의무화를 위한 지침 개정안을 행정예고했으며, 하반기 시행 일정을 유지함.",
          deadline="2026-12-31", dtext="하반기", comment=LAW + "; draft published, date kept: progress"),
        m("al-moef-banner-budget", "progress", MPB, FIS,
          "- 기획예산처는 폐현수막 재활용 지원 사업(올해 24억 원)의 1차 공모를 3월에 마쳤다고 밝힘.",
          target=2400000000.0, unit="원",
          comment=LAW + "; 기획예산처 (기획재정부's budget successor since 2026-01-02); the funded programme under way: "
                        "progress; the bracket names the (revised) amount"),
        m("al-mfds-otc-aid", "delayed", MFDS, OTH,
          "- 식품의약품안전처는 '자가 적합 보청기' 판매 기준을 담은 고시를 상반기 중 내겠다고 했으나, 청각 전문가 단체 반대로 고시를 내년 상반기로 다시 미룸.",
          deadline="2027-06-30", dtext="내년 상반기로", prev="2026-06-30", comment=LAW + "; " + LATER),
        m("al-mohw-cochlear", "delayed", MOHW, OTH,
          "- 보건복지부는 인공와우 양측 건강보험 적용 연령 제한 폐지를 지난해 10월 시행하려 했으나, 재정 부담을 이유로 2027년으로 미뤘음.",
          deadline="2027-12-31", dtext="2027년으로", prev="2025-10-31",
          comment=LAW + "; " + LATER + "; '지난해 10월' → previous_deadline; '재정' (a fiscal cue) names the reason: "
                        "other. Not annotated: the 실무 시사점 lines, the ※ disclaimer, the footer"),
    ]))

# ---------------------------------------------------------------- all five, last (wiki talk page: editors' status updates with signatures)
DRAFT = "an editor's draft line of changed verdicts (':* ' list item), whole with its marker; one mention per item; person ''"
TALK = "an editor's '* ' item, first sentence (the editor's verdict after it is not annotated); person ''"
P12_OK = ":* 이행으로: 기피 작업복 5만 벌(3월) · 폐현수막 거점 30곳(9월) · 재활용 제품 공공 우선 구매(10월)"
P12_NO = ":* 무산으로: 정당 현수막 제한 · AI 재범 위험 예측 · 전담 병상 17곳 · 경도 난청 보청기 전국 확대"
P12_CH = ":* 변경으로: 기피제 분사기 1,000→700곳(연말로) · 인공와우 적용 연령 · 해지 방해 과태료 3,000만→2,000만 원"
P12_LATE = ":* 지연으로: 전자감독 1인당 10명(2028년으로) · 통합 해지 창구(2027년 3월로)"
P12_NEW = ":* 새 항목: AI 불법 현수막 신고 전국 확대(내년부터) · AI 음성비서 구독 해지(2027년 상반기)"
PAGES.append(dict(
    source="2026-11-26_al_wiki-talk-page.txt", title="토론:2025년 생활 정책 약속 이행 현황", published_at="2026-11-26",
    mentions=[
        m("al-rda-clothes-50k", "achieved", RDA, OTH, P12_OK, target=50000.0, unit="벌",
          comment=DRAFT + "; '(3월)' says when: " + LATE),
        m("al-me-hub-30", "achieved", MCEE, OTH, P12_OK, target=30.0, unit="곳", comment="second item; " + LATE),
        m("al-mcee-public-purchase", "achieved", MCEE, OTH, P12_OK, comment="third item; within 하반기: on time"),
        m("al-mois-party-banner", "cancelled", MOIS, OTH, P12_NO, comment=DRAFT),
        m("al-moj-ai-risk", "cancelled", MOJ, OTH, P12_NO, comment="second item"),
        m("al-kdca-beds-17", "cancelled", KDCA, OTH, P12_NO, comment="third item ('17곳' names the dropped promise)"),
        m("al-mohw-mild-nationwide", "cancelled", MOHW, OTH, P12_NO, comment="fourth item"),
        m("al-rda-sprayer-1000", "revision", RDA, OTH, P12_CH, target=700.0, unit="곳", deadline="2026-12-31", dtext="연말로",
          comment=DRAFT + "; target cut and date moved: revision (the talk page's own rule: a changed target first), "
                          "the new date in deadline"),
        m("al-mohw-cochlear", "revision", MOHW, OTH, P12_CH, comment="second item: the scope changed, no number"),
        m("al-kftc-fine-3000", "revision", KFTC, OTH, P12_CH, target=20000000.0, unit="원", comment="third item"),
        m("al-moj-ratio-10", "delayed", MOJ, OTH, P12_LATE, target=10.0, unit="명", deadline="2028-12-31", dtext="2028년으로",
          comment=DRAFT + "; " + LATER),
        m("al-kcc-onestop", "delayed", KMCC, OTH, P12_LATE, deadline="2027-03-31", dtext="2027년 3월로",
          comment="second item; 방송미디어통신위원회; " + LATER),
        m("al-mois-ai-nationwide", "new", MOIS, OTH, P12_NEW, deadline="2027-12-31", dtext="내년부터",
          comment=DRAFT + "; a new promise ('내년부터' on a 2026 page → 2027-12-31)"),
        m("al-kmcc-voice-cancel", "new", KMCC, OTH, P12_NEW, deadline="2027-06-30", dtext="2027년 상반기",
          comment="second item; a new promise of the renamed body (key al-kmcc-)"),
        # 진드기·모기
        m("al-kdca-sfts-drug", "progress", KDCA, OTH,
          "* 국산 SFTS 치료제는 3상 결과 분석이 끝나 질병관리청이 12월 중 허가 신청을 하겠다고 밝혔습니다.",
          deadline="2026-12-31", dtext="12월 중", comment=TALK + "; a date within the promise: progress"),
        m("al-rda-clothes-50k", "achieved", RDA, OTH,
          "* 농촌진흥청 진드기 기피 작업복은 올해 3월 추가 보급분이 나가면서 누적 5만 벌을 채웠습니다.",
          target=50000.0, unit="벌", comment=TALK + "; " + LATE),
        m("al-rda-sprayer-1000", "revision", RDA, OTH,
          "* 기피제 자동분사기는 상반기까지 1,000곳이 목표였는데, 농촌진흥청이 목표를 700곳으로 줄이고 기한도 연말로 바꿨습니다.",
          target=700.0, unit="곳", deadline="2026-12-31", dtext="연말로", prev="2026-06-30",
          comment=TALK + "; target cut and date moved in one sentence: revision (uncertain call), the new date in "
                         "deadline, '상반기까지' → previous_deadline"),
        m("al-rda-sprayer-1000", "progress", RDA, OTH, "지금까지 640곳 설치.",
          comment="the same item's second sentence (after '. '): a count; the revision wins the day"),
        m("al-kdca-beds-17", "cancelled", KDCA, OTH,
          "* 질병관리청이 약속한 진드기 매개 감염병 전담 병상 17곳 지정은 기존 격리 병상을 쓰는 쪽으로 방침이 바뀌면서 철회됐습니다.",
          comment=TALK + "; '철회': cancelled. The trap line ('새 자료가 없어 지연 그대로') is an editor's reading"),
        # 현수막
        m("al-mois-party-banner", "cancelled", MOIS, OTH,
          "* 정당 현수막을 읍·면·동마다 2개로 묶는 옥외광고물법 개정은 행정안전부가 10월 국정감사에서 \"여야 합의가 어렵다\"며 추진을 접었습니다.",
          comment=TALK + "; '추진을 접었습니다': cancelled"),
        m("al-me-recycle-50", "progress", MCEE, OTH, "* 폐현수막 재활용률은 상반기 41%입니다(기후에너지환경부 자원순환 통계).",
          comment=TALK + "; " + MEAS + "; the editor's '목표 시한이 아직 남았으니' is a reading"),
        m("al-mcee-public-purchase", "achieved", MCEE, OTH, "* 공공기관 재활용 제품 우선 구매 의무화는 10월 1일 지침 개정으로 시행됐습니다.",
          comment=TALK + "; on time; " + WHEN),
        m("al-me-hub-30", "achieved", MCEE, OTH, "* 수거·선별 거점 30곳은 9월에 마지막 세 곳이 문을 열어 다 채웠습니다.",
          target=30.0, unit="곳", comment=TALK + "; " + LATE),
        m("al-mois-ai-nationwide", "new", MOIS, OTH,
          "그리고 행정안전부가 AI 불법 현수막 신고 시스템을 내년부터 전국 시군구로 넓힌다고 11월 12일 발표했으니 새 항목으로 넣어 주세요.",
          deadline="2027-12-31", dtext="내년부터",
          comment="a reply's second sentence (after '. '); a new promise; '11월 12일' is when it was announced"),
        # 전자감독
        m("al-moj-ratio-10", "progress", MOJ, OTH,
          "* 법무부 국정감사 답변 자료에 따르면 전자감독 전담 직원 1인당 관리 인원은 9월 기준 12명입니다.",
          comment=TALK + "; " + MEAS),
        m("al-moj-ratio-10", "delayed", MOJ, OTH,
          "* 법무부는 연말 10명 목표를 지키기 어렵다며 달성 시점을 2028년으로 미뤘습니다.",
          target=10.0, unit="명", deadline="2028-12-31", dtext="2028년으로", prev="2026-12-31",
          comment=TALK + "; " + LATER + " (before the old deadline passed); '연말' → previous_deadline"),
        m("al-moj-officers-300", "delayed", MOJ, OTH, "* 보호관찰관 증원은 지난해 210명으로 줄여 잡았는데 실제 채용은 180명에 그쳤습니다.",
          target=210.0, unit="명", comment=TALK + "; short of the revised target after its 2025 deadline: delayed"),
        m("al-moj-ai-risk", "cancelled", MOJ, OTH,
          "* AI 재범 위험 예측은 개인정보 침해 논란 끝에 법무부가 9월 도입 계획을 철회했습니다.",
          comment=TALK + "; '9월' is when it was dropped. The 음주측정기 line ('새 소식이 없어') is a reading"),
        # 노인 난청
        m("al-mohw-cochlear", "revision", MOHW, OTH,
          "* 인공와우 양쪽 건강보험 적용은 보건복지부가 연령 제한을 없애는 대신 만 12세 이하와 65세 이상으로 넓히는 것으로 바꿨고, 시행은 2027년 그대로입니다.",
          deadline="2027-12-31", dtext="2027년", comment=TALK + "; the scope narrowed, the moved year kept: revision"),
        m("al-mohw-center-17", "progress", MOHW, OTH,
          "* 권역 난청 상담센터는 17곳 가운데 15곳이 문을 열었고, 복지부는 나머지 두 곳을 연말까지 열겠다고 합니다.",
          target=17.0, unit="곳", deadline="2026-12-31", dtext="연말까지",
          comment=TALK + "; count and the date restated: progress; the remainder of an unmoved promise is not a target"),
        m("al-mohw-mild-nationwide", "cancelled", MOHW, OTH,
          "* 경도 난청 보청기 지원 전국 확대는 내년 예산안에 반영되지 않아 복지부가 계획을 거둬들였습니다.",
          comment=TALK + "; dropped: cancelled; '예산안' a weak fiscal cue (the reason): other. The 자가 적합 보청기 "
                         "line ('새 소식이 없어') is a reading"),
        # 구독 해지
        m("al-kcc-onestop", "delayed", KMCC, OTH,
          "* 방송미디어통신위원회의 '통합 해지 창구'는 연말 개통도 어렵게 돼 2027년 3월로 다시 미뤄졌습니다(11월 18일 업무보고).",
          deadline="2027-03-31", dtext="2027년 3월로", prev="2026-12-31", comment=TALK + "; " + LATER),
        m("al-kftc-fine-3000", "revision", KFTC, OTH,
          "* 공정거래위원회의 해지 방해 과태료 상향 개정안은 국회 정무위원회에서 상한을 3,000만 원이 아니라 2,000만 원으로 낮춰 통과됐고, 2027년 1월 시행됩니다.",
          target=20000000.0, unit="원", deadline="2027-01-31", dtext="2027년 1월",
          comment=TALK + "; target lowered and the effective date set: revision"),
        m("al-kmcc-voice-cancel", "new", KMCC, OTH,
          "* 방송미디어통신위원회는 AI 음성비서로 구독을 해지할 수 있게 하는 기능을 2027년 상반기까지 사업자와 함께 도입하겠다고 밝혔습니다.",
          deadline="2027-06-30", dtext="2027년 상반기까지",
          comment=TALK + "; a new promise. Not annotated: the reply on 중도 해지 and 인상 고지 (readings of the table), "
                         "the archived 판정 기준 thread after the sign-off marker, the footer"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-26)
LAST = "2026-11-26"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    # 진드기·모기 매개 감염병
    ("al-kdca-kit-258", KDCA, OTH, "SFTS 신속진단키트 전국 보건소 258곳 2025년 6월까지 보급", "achieved",
     "done by the end of June 2025 (on time; Aug 2025)"),
    ("al-kdca-trap-120", KDCA, OTH, "말라리아 매개모기 감시 트랩 60 → 2025년 안에 120곳", "delayed",
     "91 and restated (Aug 2025); 102 at the end of 2025 (Mar 2026)"),
    ("al-kdca-tick-alert", KDCA, OTH, "'진드기 위험 알림' 문자 2025년 7월부터 (→ 9월)", "achieved",
     "moved to September (Aug 2025); sent since September 2025 (late; Mar 2026)"),
    ("al-kdca-sfts-drug", KDCA, OTH, "국산 SFTS 치료제 2026년까지 허가 신청", "in_progress",
     "date restated (Aug 2025, Mar 2026); phase 3 analysed, filing in December 2026 (Nov 2026)"),
    ("al-rda-clothes-50k", RDA, OTH, "진드기 기피 농작업복 2025년 5만 벌 보급", "achieved",
     "3만 2,000 and restated (Aug 2025); 4만 1,000 in 2025 (Mar 2026); 5만 reached in March 2026 (late; Nov 2026)"),
    ("al-mnd-malaria-pill", MND, OTH, "접경지역 근무 장병 전원 말라리아 예방약 2025년 5월부터", "delayed",
     "never reported on again: its deadline (2025-05-31) passed with no report of achievement (date rule)"),
    ("al-rda-sprayer-1000", RDA, OTH, "마을회관·경로당 진드기 기피제 자동분사기 2026년 상반기까지 1,000곳 (→ 연말 700곳)", "revised",
     "restated with the county's share (Mar 2026); target cut to 700 and moved to the end of 2026, 640 done (Nov 2026)"),
    ("al-kdca-beds-17", KDCA, OTH, "권역 거점병원 17곳 진드기 매개 감염병 전담 병상 2026년 하반기 지정", "cancelled",
     "dropped for existing isolation beds (Nov 2026)"),
    # 현수막
    ("al-mois-ai-report", MOIS, OTH, "AI 불법 현수막 신고·과태료 처리 시스템 2025년 하반기 10개 시군구 시범", "achieved",
     "pilot from November 2025 (on time; Dec 2025)"),
    ("al-mois-party-banner", MOIS, OTH, "정당 현수막 읍·면·동마다 2개 이내 제한 옥외광고물법 2026년 상반기부터 시행", "cancelled",
     "bill pending (Dec 2025); not in force after June 2026 (Jul 2026); dropped in October 2026 (Nov 2026)"),
    ("al-mois-fine-1000", MOIS, OTH, "불법 현수막 과태료 상한 500만 → 1,000만 원 2026년 1월부터", "achieved",
     "in force from 1 January 2026 (on time; Jul 2026)"),
    ("al-me-recycle-50", MCEE, OTH, "폐현수막 재활용률 25 → 2026년까지 50%", "in_progress",
     "34% and restated (Dec 2025); 41% in H1 2026 (Nov 2026); made by 환경부"),
    ("al-me-hub-30", MCEE, OTH, "폐현수막 수거·선별 거점 2025년 안에 30곳 (→ 2026년 3월)", "achieved",
     "22 and the rest moved to March 2026 (Dec 2025); 27 in June (Jul 2026); all 30 in September 2026 (late; Nov "
     "2026); made by 환경부"),
    ("al-moef-banner-budget", MPB, FIS, "폐현수막 재활용 지원 사업 2026년부터 30억 원 (→ 24억 원)", "in_progress",
     "cut to 24억 원 in the 2026 budget (Dec 2025); first call done in March 2026 (Jul 2026, 기획예산처); made by "
     "기획재정부"),
    ("al-mcee-public-purchase", MCEE, OTH, "공공기관 폐현수막 재활용 제품 우선 구매 의무화 2026년 하반기부터", "achieved",
     "draft rule, date kept (Jul 2026); in force from 1 October 2026 (on time; Nov 2026)"),
    ("al-mois-ai-nationwide", MOIS, OTH, "AI 불법 현수막 신고 시스템 2027년부터 전국 시군구 확대", "announced", ""),
    # 전자감독
    ("al-moj-ratio-10", MOJ, OTH, "전자감독 전담 직원 1인당 관리 인원 17 → 2026년까지 10명 (→ 2028년)", "delayed",
     "15 (Sep 2025), 13 (Jun 2026) with the date restated; 12 and moved to 2028 (Nov 2026)"),
    ("al-moj-center-3", MOJ, OTH, "위치추적 관제센터 2 → 2025년 안에 3곳", "achieved",
     "December opening restated (Oct 2025); opened in January 2026 (late; Jul 2026)"),
    ("al-moj-officers-300", MOJ, OTH, "보호관찰관 2025년 300명 증원 (→ 210명)", "delayed",
     "cut to 210 (Oct 2025); 180 hired in 2025 (Nov 2026)"),
    ("al-moj-breath-100", MOJ, OTH, "음주 제한 명령 대상자 원격 음주측정기 2025년 하반기부터 100명 시범", "achieved",
     "64 (Oct 2025); 100 in December 2025 (on time; Jul 2026)"),
    ("al-moj-victim-app", MOJ, OTH, "피해자 '보호장치 앱 2.0' 2025년 상반기 중 출시 (→ 연말)", "achieved",
     "moved to the end of 2025 (Oct 2025); released in December 2025 (late; Jul 2026)"),
    ("al-knpa-location-share", KNPA, OTH, "전자감독 대상자 위치정보 112 상황실 실시간 공유 2025년 9월부터", "achieved",
     "running from 1 September 2025 (on time; Oct 2025)"),
    ("al-moj-ai-risk", MOJ, OTH, "AI 재범 위험 예측 시스템 2026년 하반기 도입", "cancelled",
     "bill submitted in May 2026 (Jul 2026); dropped in September 2026 (Nov 2026)"),
    ("al-moj-breath-nationwide", MOJ, OTH, "원격 음주측정기 2027년부터 전국 보호관찰소 확대", "announced", ""),
    # 노인 난청
    ("al-mohw-aid-160", MOHW, OTH, "청각장애 보청기 지원금 131만 → 160만 원 2025년 7월부터", "achieved",
     "raised from July 2025 (on time; Mar 2026)"),
    ("al-mohw-screen-60", MOHW, OTH, "국가건강검진 청력검사 66세 → 60세 이상 2026년부터", "achieved",
     "in force from 2026 (on time; Mar 2026)"),
    ("al-mohw-mild-pilot", MOHW, OTH, "경도 난청 어르신 보청기 지원 시범 2025년 하반기 5개 시군구", "achieved",
     "started in November 2025 (on time; Mar 2026)"),
    ("al-mohw-center-17", MOHW, OTH, "난청 상담센터 2026년까지 17곳", "in_progress",
     "9 (Mar 2026); 15, the rest restated for the year's end (Nov 2026)"),
    ("al-mfds-otc-aid", MFDS, OTH, "'자가 적합 보청기' 판매 기준 2025년 안에 마련 (→ 2026년 상반기 → 2027년 상반기)", "delayed",
     "moved to H1 2026 (Mar 2026); moved to H1 2027 (Jul 2026)"),
    ("al-mohw-cochlear", MOHW, OTH, "인공와우 양측 건강보험 적용 전 연령 2025년 10월부터 (→ 2027년, 12세 이하·65세 이상)", "revised",
     "moved to 2027 (Jul 2026); scope narrowed, 2027 kept (Nov 2026)"),
    ("al-mohw-mild-nationwide", MOHW, OTH, "경도 난청 보청기 지원 2027년 전국 확대", "cancelled",
     "dropped, not in the 2027 budget bill (Nov 2026)"),
    # 구독 해지
    ("al-kcc-midterm-refund", KMCC, OTH, "구독 서비스 중도 해지·잔여 요금 환불 의무화 2025년 하반기부터", "achieved",
     "draft decree, date kept (Jul 2025); in force from November 2025 (on time; Jul 2026); made by 방송통신위원회"),
    ("al-kcc-cancel-guide", KMCC, OTH, "'구독 해지 절차 가이드라인' 2025년 상반기 중", "achieved",
     "published on 27 June 2025 (on time; Jul 2025); made by 방송통신위원회"),
    ("al-kcc-price-notice", KMCC, OTH, "구독료 인상 30일 전 개별 고지 의무 2025년 7월부터 (→ 10월)", "achieved",
     "moved to October (Jul 2025); in force from October 2025 (late; Jul 2026); made by 방송통신위원회"),
    ("al-kftc-trial-consent", KFTC, OTH, "무료 체험 유료 전환 때 재동의 고시 2025년 4월부터", "achieved",
     "in force from April 2025 (on time; Jul 2025)"),
    ("al-kftc-inspect-50", KFTC, OTH, "구독 서비스 50곳 해지 방해 실태 점검 2025년 상반기", "delayed",
     "38 in H1 2025 and the other 12 moved to H2 (Jul 2025); never reported again, H2 passed"),
    ("al-kcc-onestop", KMCC, OTH, "'통합 해지 창구' 2026년 상반기까지 개통 (→ 연말 → 2027년 3월)", "delayed",
     "moved to the end of 2026 (Jul 2026); moved to March 2027 (Nov 2026); made by 방송통신위원회"),
    ("al-kftc-fine-3000", KFTC, OTH, "해지 방해 과태료 상한 500만 → 3,000만 원 2026년 중 (→ 2,000만 원, 2027년 1월)", "revised",
     "bill stalled in June (Jul 2026); passed at 2,000만 원, in force January 2027 (Nov 2026)"),
    ("al-kmcc-voice-cancel", KMCC, OTH, "AI 음성비서 구독 해지 기능 2027년 상반기까지 도입", "announced", ""),
]


if __name__ == "__main__":
    write(ROOT, "al", PAGES, COMMITMENTS, LAST,
          ["ministry = the responsible body under the name valid on that date (환경부's 폐현수막 promises are listed",
           "under 기후에너지환경부 and 방송통신위원회's 구독 promises under 방송미디어통신위원회, their successors from",
           "2025-10-01; 기획재정부's 폐현수막 예산 promise under 기획예산처, its budget successor from 2026-01-02;",
           "every other body kept its name through 2026-11-26)."],
          with_commitments="--commitments" in sys.argv[1:])
