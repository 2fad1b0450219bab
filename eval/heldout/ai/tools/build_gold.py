"""Writes the hand annotations of held-out set ai to gold/*.toml.

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
KDCA = "질병관리청"
MOE = "교육부"
MOEF = "기획재정부"           # until 2026-01-01
MOFE = "재정경제부"           # from 2026-01-02: 기획재정부's primary successor, took tax policy (소득세법)
ME = "환경부"                 # until 2025-09-30
MCEE = "기후에너지환경부"     # from 2025-10-01, 환경부's successor
MAFRA = "농림축산식품부"
MOF = "해양수산부"
MOLIT = "국토교통부"
KNPA = "경찰청"
MOIS = "행정안전부"
MSIT = "과학기술정보통신부"
MCST = "문화체육관광부"
FTC = "공정거래위원회"
MSS = "중소벤처기업부"

OTH = "other"      # 장기기증, 외래 생물, 도로 살얼음, 게임 이용자 보호, 경로당 (but the three below)
FIS = "fiscal"     # 기획재정부 → 재정경제부's 위로금 비과세: remit_of, cues 세법/소득세
STA = "startup"    # 중소벤처기업부's 게임 스타트업 펀드: remit_of, cue 스타트업
TEL = "telecom"    # 과학기술정보통신부's 내비게이션 결빙 경고 with the 이동통신 3사: owner, cues 이동통신/통신

LATE = "achieved after the deadline the commitment named; no deadline fields"
WHEN = "on time, but the time words say when it was done, not what was promised: no deadline fields"
LATER = "deadline moved later: delayed (convention 1), new date in deadline"
SHORT = "short after the deadline: delayed (convention 2)"
MEAS = "a measured value without the target, before the deadline: progress, no fields"

PAGES: list[dict] = []

# ---------------------------------------------------------------- 장기기증 1/3 (academic society's conference abstract page; 보건복지부, 질병관리청, 교육부)
ABS = "the abstract's 배경 (the authors are clinicians, no officials): person ''"
PAGES.append(dict(
    source="2025-01-23_ai_organ-donation-abstract.txt",
    title="정부 '생명나눔 활성화 방안'의 목표와 뇌사 기증 현장의 준비도: 한 권역 12개 병원 조사",
    published_at="2025-01-23",
    mentions=[
        m("ai-kdca-auto-notify-120", "new", KDCA, OTH,
          "• 정부는 뇌사 추정자 자동 통보 시스템을 2026년까지 120개 병원으로 넓힐 계획이다.",
          target=120.0, unit="개", deadline="2026-12-31", dtext="2026년까지",
          comment="the [핵심 요약] bullet, whole with its marker; '정부' → 질병관리청 (the body the 배경 names for "
                  "this promise). The other two bullets are the study's results. The title names no promise"),
        m("ai-mohw-reg-150k", "new", MOHW, OTH,
          "보건복지부는 올해 장기기증 희망 신규 등록을 15만 명으로 늘리겠다고 밝혔다(2024년 9만 1,000명).",
          target=150000.0, unit="명", deadline="2025-12-31", dtext="올해",
          comment=ABS + "; 9만 1,000명 is the baseline. The sentence before (the plan's release '지난 14일') is not "
                        "annotated"),
        m("ai-mohw-reg-center", "new", MOHW, OTH,
          "희망등록은 7월부터 전국 읍·면·동 주민센터 어디서나 할 수 있게 된다.",
          deadline="2025-07-31", dtext="7월부터", comment="a promise stated as an outcome, subjectless: 보건복지부"),
        m("ai-mohw-family-counsel", "new", MOHW, OTH,
          "기증자 유가족을 위한 심리상담은 하반기부터 17개 시도 모두에서 제공한다.",
          target=17.0, unit="개", deadline="2025-12-31", dtext="하반기부터",
          comment="subjectless: 보건복지부; '17개 시도' → 17 '개'"),
        m("ai-kdca-auto-notify-120", "new", KDCA, OTH,
          "질병관리청은 뇌사 추정자가 생기면 병원 전산에서 바로 통보되는 자동 통보 시스템을 2026년까지 120개 병원에 구축할 계획이다(현재 35곳).",
          target=120.0, unit="개", deadline="2026-12-31", dtext="2026년까지", comment=ABS + "; 35곳 is the baseline"),
        m("ai-mohw-deceased-10", "new", MOHW, OTH,
          "정부는 인구 100만 명당 뇌사 기증자를 2024년 7.6명에서 2029년까지 10명으로 늘린다는 목표를 제시했다.",
          target=10.0, unit="명", deadline="2029-12-31", dtext="2029년까지",
          comment="'정부' → 보건복지부 (the plan's body); a rate target per million, unit '명'; 7.6명 is the baseline"),
        m("ai-moe-life-edu", "new", MOE, OTH,
          "교육부는 2026년 3월 신학기부터 중학교 자유학기 주제선택 활동에 생명나눔 교육을 넣기로 했다.",
          deadline="2026-03-31", dtext="2026년 3월 신학기부터",
          comment=ABS + ". Not annotated: 방법, 결과 (87건, 19건, 9.5시간, 4·6·2곳, the hospitals' own plans '올해 "
                        "안에 도입할 계획' (5곳: other actors), 3곳, 7곳), 결론 (the authors' proposals), 키워드, the other "
                        "abstracts of the session"),
    ]))

# ---------------------------------------------------------------- 게임 이용자 보호 1/2 (listed company's annual report on the disclosure system; 문화체육관광부, 공정거래위원회, 중소벤처기업부)
DART = "the report's summary of the government plan (the filer is a company): '- ' bullet, whole with its marker; person ''"
PAGES.append(dict(
    source="2025-03-17_ai_game-company-disclosure.txt", title="사업보고서 (2024.12)", published_at="2025-03-17",
    mentions=[
        m("ai-mcst-monitor-60", "new", MCST, OTH,
          "- 문화체육관광부는 확률 정보 표시 모니터링단을 현재 24명에서 상반기 중 60명으로 늘릴 계획입니다.",
          target=60.0, unit="명", deadline="2025-06-30", dtext="상반기 중",
          comment=DART + "; 24명 is the baseline. The 2024-03-22 rule in (1) is history"),
        m("ai-mcst-relief-center", "new", MCST, OTH,
          "- 환불·보상 분쟁을 전담하는 '게임 이용자 피해구제 센터'를 하반기 중 개소할 예정입니다.",
          deadline="2025-12-31", dtext="하반기 중", comment=DART + "; subjectless: 문화체육관광부 (the bullet before)"),
        m("ai-mcst-minor-consent", "new", MCST, OTH,
          "- 만 19세 미만 이용자가 유료 아이템을 결제할 때 보호자 동의를 받도록 하는 제도를 2026년 7월부터 시행할 계획입니다.",
          deadline="2026-07-31", dtext="2026년 7월부터", comment=DART + "; subjectless: 문화체육관광부"),
        m("ai-mcst-verify-cert", "new", MCST, OTH,
          "- 표시된 확률이 실제로 구현되는지 제3의 기관이 검증하는 '확률 검증 인증제'를 2026년 상반기에 도입할 예정입니다.",
          deadline="2026-06-30", dtext="2026년 상반기", comment=DART + "; subjectless: 문화체육관광부"),
        m("ai-kftc-probe-10", "new", FTC, OTH,
          "- 공정거래위원회는 확률 조작이 의심되는 게임사 10곳을 연내 직권조사하겠다고 밝혔습니다.",
          target=10.0, unit="곳", deadline="2025-12-31", dtext="연내", comment=DART),
        m("ai-mss-game-fund-500", "new", MSS, STA,
          "- 중소벤처기업부는 2026년까지 500억 원 규모의 게임 스타트업 전용 펀드를 조성할 계획입니다.",
          target=50000000000.0, unit="원", deadline="2026-12-31", dtext="2026년까지",
          comment=DART + "; startup (remit and cue '스타트업'). Not annotated: the caveat after the list ('달라질 수 "
                         "있습니다'), (3) 당사의 대응 (the company's own plans: '2025년 하반기 중' 자동 공시, '2025년 중' "
                         "시범 검증, 32 → 45명), 다. (ranking, 48%), 라. (risks: '시행되면' is conditional; 6.2%), the "
                         "forward-looking ※"),
    ]))

# ---------------------------------------------------------------- 외래 생물 1/2 (open-data portal's dataset page; 환경부, 농림축산식품부, 해양수산부)
DATA = "the provider's '관련 정책 안내' bullet (국립생태원 relaying 환경부's plan), whole with its marker; person ''"
PAGES.append(dict(
    source="2025-04-22_ai_invasive-species-dataset.txt", title="국립생태원_생태계교란 생물 퇴치 실적",
    published_at="2025-04-22",
    mentions=[
        m("ai-me-nutria-erad", "new", ME, OTH, "· 낙동강 수계의 뉴트리아를 2026년까지 근절합니다.",
          deadline="2026-12-31", dtext="2026년까지",
          comment=DATA + "; subjectless: 환경부 (the intro's plan). The 설명's 2024 figures (1,600마리, 1,350ha) are "
                         "results"),
        m("ai-me-plant-2000ha", "new", ME, OTH,
          "· 가시박·환삼덩굴 등 교란식물 제거 면적을 올해 2,000ha로 늘립니다(2024년 1,350ha).",
          target=2000.0, unit="ha", deadline="2025-12-31", dtext="올해", comment=DATA + "; 1,350ha is the baseline"),
        m("ai-me-report-app", "new", ME, OTH,
          "· 생태계교란 생물 시민 신고 기능을 하반기 중 '우리생물지도' 앱에 넣습니다.",
          deadline="2025-12-31", dtext="하반기 중", comment=DATA),
        m("ai-me-designate-10", "new", ME, OTH, "· 생태계교란 생물을 연내 10종 추가 지정합니다(현재 39종).",
          target=10.0, unit="종", deadline="2025-12-31", dtext="연내", comment=DATA + "; 39종 is the baseline"),
        m("ai-mafra-fireant-weekly", "new", MAFRA, OTH,
          "· 농림축산식품부는 5월부터 주요 항만 10곳에서 붉은불개미 예찰을 월 2회에서 주 1회로 늘립니다.",
          deadline="2025-05-31", dtext="5월부터",
          comment="another body's promise in the list keeps its body; the promise is a frequency (주 1회), no count "
                  "target ('10곳' is its scope)"),
        m("ai-mof-port-alert", "new", MOF, OTH,
          "· 해양수산부는 2026년 상반기까지 항만 외래생물 조기경보 시스템을 구축합니다.",
          deadline="2026-06-30", dtext="2026년 상반기까지",
          comment="another body's promise keeps its body. Not annotated: the ※ line (국립생태원's own data plan, "
                  "'2026년부터' quarterly updates: the provider, not a ministry), the 차기 등록 예정일, the 의견 and "
                  "국립생태원's reply, the preview rows"),
    ]))

# ---------------------------------------------------------------- 경로당 1/3 (senior association branch's notice board post with a menu; 보건복지부, 농림축산식품부)
P4_T = "[공지] 경로당 점심, 하반기부터 주 5일로 늘어납니다 (6월 공동 식단표 첨부)"
P4_S = "한눈에: 주 5일 점심 경로당 연말까지 1만 곳 · 정부양곡 70% 할인(7월부터) · 냉방비 월 15만 원(7월부터)"
BRANCH = "the branch office's account of the government plan (person '')"
PAGES.append(dict(
    source="2025-06-10_ai_senior-center-notice.txt", title=P4_T, published_at="2025-06-10",
    mentions=[
        m("ai-mohw-lunch-10k", "new", MOHW, OTH, P4_T, deadline="2025-12-31", dtext="하반기부터",
          comment="the post's title: names no body (보건복지부's programme); no numeral"),
        m("ai-mohw-lunch-10k", "new", MOHW, OTH, P4_S, target=10000.0, unit="곳", deadline="2025-12-31",
          dtext="연말까지", comment="the summary line: one line, three commitments, each with its own date phrase"),
        m("ai-mafra-rice-70", "new", MAFRA, OTH, P4_S, target=70.0, unit="%", deadline="2025-07-31",
          dtext="7월부터", comment="second item: 농림축산식품부's (the body named in section 2)"),
        m("ai-mohw-cool-15", "new", MOHW, OTH, P4_S, target=150000.0, unit="원", deadline="2025-07-31",
          dtext="7월부터",
          comment="third item; '월 15만 원' → 150000 '원'. The two items share the text '7월부터': the first "
                  "occurrence in the line is the rice item's, the same date either way"),
        m("ai-mohw-lunch-10k", "new", MOHW, OTH,
          "보건복지부는 주 5일 점심을 제공하는 경로당을 현재 전국 4,200곳에서 올해 말까지 1만 곳으로 늘리기로 했습니다.",
          target=10000.0, unit="곳", deadline="2025-12-31", dtext="올해 말까지",
          comment=BRANCH + "; 4,200곳 is the baseline. The release line before ('지난 5일') is not annotated"),
        m("ai-mohw-lunch-30k", "new", MOHW, OTH, "2027년까지는 3만 곳으로 더 늘린다는 계획입니다.",
          target=30000.0, unit="곳", deadline="2027-12-31", dtext="2027년까지",
          comment="a later target of the same programme: its own commitment; subjectless: 보건복지부. The branch's "
                  "own plan ('7월 중' 신청, 23곳 / 4곳 counts) is not annotated"),
        m("ai-mafra-rice-70", "new", MAFRA, OTH,
          "농림축산식품부는 7월부터 경로당에 공급하는 정부양곡 할인율을 50%에서 70%로 높입니다.",
          target=70.0, unit="%", deadline="2025-07-31", dtext="7월부터",
          comment=BRANCH + "; 50% is the baseline; '1만 원가량' is the branch's arithmetic"),
        m("ai-mohw-cool-15", "new", MOHW, OTH, "보건복지부는 7월부터 경로당 냉방비 지원을 월 10만 원에서 15만 원으로 올립니다.",
          target=150000.0, unit="원", deadline="2025-07-31", dtext="7월부터",
          comment=BRANCH + "; '7월과 8월 두 달' describes the subsidy"),
        m("ai-mohw-nurse-1000", "new", MOHW, OTH,
          "경로당을 찾아가 혈압·혈당을 재 드리는 방문 간호사를 2026년까지 1,000명으로 늘린다고 합니다(현재 430명).",
          target=1000.0, unit="명", deadline="2026-12-31", dtext="2026년까지",
          comment="subjectless: 보건복지부 (the plan's body); 430명 is the baseline. Not annotated: 새말시's 식기세척기 "
                  "'하반기 중' (a local government), the 식단표 dates, the 6월 19일 meeting, the comments"),
    ]))

# ---------------------------------------------------------------- 장기기증 2/3 (agency chatbot's saved conversation; 보건복지부, 기획재정부, 질병관리청, 교육부)
BOT = "the chatbot's answer (an agency's automatic guidance, no person): person ''"
PAGES.append(dict(
    source="2025-08-26_ai_organ-chatbot-log.txt", title="생명나눔 상담 챗봇 '나누미' 대화 내용",
    published_at="2025-08-26",
    mentions=[
        m("ai-mohw-reg-center", "achieved", MOHW, OTH,
          "7월 1일부터는 전국 3,500여 개 읍·면·동 주민센터 어디서나 희망등록을 할 수 있게 됐습니다.",
          comment=BOT + "; " + WHEN + "; 3,500여 개 is a count of the offices, not a target. The user's questions "
                                    "([나] lines) are not annotated"),
        m("ai-mohw-reg-150k", "progress", MOHW, OTH, "올해 7월 말까지 새로 희망등록을 하신 분은 8만 2,000명입니다.",
          comment=BOT + "; " + MEAS + "; '7월 말까지' is the measured period"),
        m("ai-mohw-reg-150k", "progress", MOHW, OTH, "정부는 올해 15만 명을 목표로 하고 있습니다.",
          target=150000.0, unit="명", deadline="2025-12-31", dtext="올해",
          comment="the target restated on course: progress; '정부' → 보건복지부. 190만여 명 (next) is a cumulative count"),
        m("ai-moef-consolation-tax", "new", MOEF, FIS,
          "기획재정부는 지난달 31일 발표한 세법개정안에서 유가족 위로금에 소득세를 물리지 않기로 했습니다.",
          comment="first reported here: new ('지난달 31일' is when it was announced); fiscal (remit; cues 세법, 소득세). "
                  "The current 장제비/위로금/진료비 line before is the standing rule"),
        m("ai-moef-consolation-tax", "new", MOEF, FIS, "내년 1월 1일 이후 지급분부터 적용될 예정입니다.",
          deadline="2026-01-01", dtext="내년 1월 1일",
          comment="subjectless: 기획재정부 (the sentence before); day precision"),
        m("ai-mohw-family-counsel", "progress", MOHW, OTH,
          "유가족 심리상담은 9월부터 서울·부산 등 6개 시도에서 먼저 시작하고, 연말까지 17개 시도 모두로 넓힐 예정입니다.",
          target=17.0, unit="개", deadline="2025-12-31", dtext="연말까지",
          comment="the promise restated on course with a first step: progress"),
        m("ai-kdca-auto-notify-120", "progress", KDCA, OTH,
          "질병관리청은 이 통보를 병원 전산에서 자동으로 하는 시스템을 내년까지 120개 병원으로 넓히고 있습니다.",
          target=120.0, unit="개", deadline="2026-12-31", dtext="내년까지",
          comment="restated on course ('넓히고 있습니다'): progress. The ①–③ procedure lines are descriptions"),
        m("ai-moe-life-edu", "progress", MOE, OTH,
          "교육부는 내년 3월 신학기부터 중학교 자유학기 주제선택 활동에 생명나눔 교육을 넣을 계획입니다.",
          deadline="2026-03-31", dtext="내년 3월 신학기부터",
          comment="restated on course (the same date as 2026년 3월 신학기부터): progress. Not annotated: the "
                  "운전면허증 기증 희망 표시 (an existing service), 취소 rules, the closing line"),
    ]))

# ---------------------------------------------------------------- 외래 생물 2/2 (citizen-science observation record with notices and comments; 기후에너지환경부)
OBS = "a regional office of 기후에너지환경부 (낙동강유역환경청) answering on the platform: the ministry, person ''"
PAGES.append(dict(
    source="2025-10-14_ai_nutria-citizen-record.txt", title="뉴트리아 (Myocastor coypus) · 생태계교란 생물",
    published_at="2025-10-14",
    mentions=[
        m("ai-me-nutria-erad", "progress", MCEE, OTH,
          "프로젝트 소개: 기후에너지환경부의 '낙동강 수계 뉴트리아 2026년까지 근절' 목표에 힘을 보태기 위해 시민 관찰 기록을 모읍니다.",
          deadline="2026-12-31", dtext="2026년까지",
          comment="the project's description restates the promise (uncertain call: a platform's standing text); "
                  "기후에너지환경부 (named; 환경부's successor from 2025-10-01)"),
        m("ai-me-report-app", "achieved", MCEE, OTH,
          "신고는 어떻게 하나 찾아보니 이달부터 '우리생물지도' 앱에서 바로 할 수 있더라고요.",
          comment="the observer's own words report the feature in service (uncertain call: a citizen's account); "
                  "the app is 기후에너지환경부's; " + WHEN),
        m("ai-me-report-app", "achieved", MCEE, OTH,
          "기후에너지환경부가 10월 1일 '우리생물지도' 앱에 생태계교란 생물 신고 기능을 열었습니다.",
          comment="the project notice (dated 2025-10-02, read against the page's date: the same either way); within "
                  "'하반기 중': achieved, " + WHEN),
        m("ai-mcee-bass-20", "new", MCEE, OTH,
          "기후에너지환경부는 내년 큰입배스·블루길 같은 외래어종의 수매 퇴치 사업을 전국 저수지 20곳으로 넓힌다고 밝혔습니다.",
          target=20.0, unit="곳", deadline="2026-12-31", dtext="내년",
          comment="a new dated promise of the renamed body (key prefix ai-mcee-); '내년' on 2025-10-14 (and on the "
                  "notice's 10-02) → 2026-12-31. The ※ 관찰회 '다음 달 둘째 주 토요일(11월 8일)' is the platform's event"),
        m("ai-me-nutria-erad", "progress", MCEE, OTH,
          "올해 9월까지 낙동강 수계에서 뉴트리아 1,840마리를 잡았고, 기후에너지환경부는 내년 말까지 낙동강 수계 근절 목표를 지킨다는 계획입니다.",
          deadline="2026-12-31", dtext="내년 말까지",
          comment=OBS + "; a count and the promise restated on course: progress. The reply's first sentences ('이번 "
                        "주 안에 포획 틀을 더 놓겠습니다': one site's field work, not a policy promise) are not annotated"),
        m("ai-me-plant-2000ha", "progress", MCEE, OTH,
          "교란식물도 9월 말까지 전국에서 1,460ha를 제거해 올해 목표(2,000ha)의 73%를 채웠습니다.",
          target=2000.0, unit="ha", deadline="2025-12-31", dtext="올해",
          comment=OBS + "; short of the target before the deadline: progress; the clause names the target and its "
                        "year. Not annotated: the 포상금 question and answer (a city's rule), the identifications, the "
                        "other comments, similar observations"),
    ]))

# ---------------------------------------------------------------- 도로 살얼음 1/3, with 장기기증, 게임, 경로당 items (government's weekly press schedule on a press-room site)
SCHED = "the schedule's '주요 내용' ○ line (the ministry's own summary submitted ahead of the release), whole with its marker; person ''"
PAGES.append(dict(
    source="2025-11-14_ai_weekly-press-schedule.txt", title="2025년 11월 셋째 주 정부 보도계획 (11. 17.~11. 23.)",
    published_at="2025-11-14",
    mentions=[
        m("ai-mohw-reg-150k", "progress", MOHW, OTH, "○ 올해 장기기증 희망 신규 등록 10월 말 11만 2,000명",
          comment=SCHED + "; " + MEAS + ". The 포상 line (24명) is an event"),
        m("ai-mcst-relief-center", "progress", MCST, OTH,
          "○ 환불·보상 분쟁 상담부터 조정까지 한곳에서 처리하는 피해구제 센터가 19일 문을 엶",
          deadline="2025-11-19", dtext="19일",
          comment=SCHED + "; the opening set for a date ahead within '하반기 중': progress (day precision); the "
                          "staffing line (12명, hours) describes the centre"),
        m("ai-molit-brine-500", "new", MOLIT, OTH,
          "○ 결빙 취약구간 자동염수분사장치를 현재 260곳에서 2026년까지 500곳으로 늘림",
          target=500.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment=SCHED + "; the joint item's unnamed lines go to its lead body, 국토교통부; 260곳 is the baseline. "
                          "The item's title names no promise"),
        m("ai-molit-heat-50", "new", MOLIT, OTH,
          "○ 터널 입·출구와 교량 등 상습 결빙 구간 50곳에 도로 열선을 내년 1월까지 설치",
          target=50.0, unit="곳", deadline="2026-01-31", dtext="내년 1월까지", comment=SCHED + "; 국토교통부"),
        m("ai-knpa-vsl-120", "new", KNPA, OTH,
          "○ 경찰청은 내년 1월부터 결빙 취약구간 120곳에서 가변형 속도제한 표지를 운영함",
          target=120.0, unit="곳", deadline="2026-01-31", dtext="내년 1월부터", comment=SCHED),
        m("ai-mois-ice-alert", "new", MOIS, OTH, "○ 행정안전부는 12월부터 '안전디딤돌' 앱으로 도로 살얼음 위험 알림을 보냄",
          deadline="2025-12-31", dtext="12월부터", comment=SCHED),
        m("ai-msit-navi-alert", "new", MSIT, TEL,
          "○ 과학기술정보통신부는 이동통신 3사와 함께 내비게이션 결빙 경고 알림을 내년 1월 시범 운영함",
          deadline="2026-01-31", dtext="내년 1월",
          comment=SCHED + "; telecom (owner 과학기술정보통신부, cues '이동통신', '통신'); never reported on again: "
                          "delayed by the date rule. The '107명(참고 통계)' line is a statistic; the 보도시점 and 담당 "
                          "lines are not sentences of any promise"),
        m("ai-mohw-lunch-10k", "progress", MOHW, OTH, "○ 주 5일 점심 경로당 10월 말 8,900곳", comment=SCHED + "; " + MEAS),
        m("ai-mohw-lunch-10k", "progress", MOHW, OTH, "○ 연말까지 1만 곳 목표 달성을 위한 조리 인력 지원 방안 논의",
          target=10000.0, unit="곳", deadline="2025-12-31", dtext="연말까지",
          comment="a meeting's agenda restating the target on course: progress (uncertain call). Not annotated: the "
                  "attendance line, the 해양수산부 / 기획재정부 / 기후에너지환경부 / 행정안전부 (시상식) items (events, no promise), the "
                  "엠바고 notice"),
    ]))

# ---------------------------------------------------------------- 게임 이용자 보호 2/2 (user group's survey report page with a promise check; 문화체육관광부, 공정거래위원회, 중소벤처기업부)
P8_S = "[요약] 모니터링단 48명(목표 60명) · 피해구제 센터 지난해 11월 개소 · 공정위 직권조사 10곳 중 7곳"
GRP = "the group's check of the government's promises (person '')"
PAGES.append(dict(
    source="2026-01-20_ai_game-user-survey.txt", title="[조사보고서] 2025 게임 이용자 인식 조사 결과",
    published_at="2026-01-20",
    mentions=[
        m("ai-mcst-monitor-60", "delayed", MCST, OTH, P8_S, target=60.0, unit="명",
          comment="the summary line: one line, three commitments; " + SHORT + "; the clause names the target"),
        m("ai-mcst-relief-center", "achieved", MCST, OTH, P8_S, comment="second item; " + WHEN),
        m("ai-kftc-probe-10", "delayed", FTC, OTH, P8_S, target=10.0, unit="곳",
          comment="third item: 7 of 10 after '연내': " + SHORT + "; '공정위' → 공정거래위원회"),
        m("ai-mcst-monitor-60", "delayed", MCST, OTH,
          "문화체육관광부는 확률 표시 모니터링단을 지난해 상반기 중 60명으로 늘리겠다고 했지만, 12월 기준 48명에 머물렀다.",
          target=60.0, unit="명", prev="2025-06-30",
          comment=GRP + "; " + SHORT + "; the old date named ('지난해 상반기 중'). The 주요 결과 (68.4%, 31.7%, 14.9%, "
                        "81.2%, 2만 8,400원, 22.6% …) are the survey's statistics; '정부는 지난해 3월 …' is history"),
        m("ai-mcst-monitor-60", "delayed", MCST, OTH,
          "여민호 문화체육관광부 게임콘텐츠산업과장은 \"모니터링단 60명은 3월까지 모두 채우겠다\"고 말했다.",
          person="여민호", target=60.0, unit="명", deadline="2026-03-31", dtext="3월까지",
          comment="the official's new date after the missed one: " + LATER + "; never reported on again: still "
                  "delayed at the last page's date"),
        m("ai-mcst-relief-center", "achieved", MCST, OTH,
          "'게임 이용자 피해구제 센터'는 약속대로 지난해 11월 19일 문을 열어 두 달 동안 1,137건의 상담을 받았다.",
          comment=GRP + "; " + WHEN + "; 1,137건 is a result"),
        m("ai-kftc-probe-10", "delayed", FTC, OTH,
          "공정거래위원회는 확률 조작이 의심되는 게임사 10곳을 지난해 안에 직권조사하겠다고 밝혔으나 7곳만 조사를 마쳤고, 나머지 3곳은 3월까지 마무리하겠다는 입장이다.",
          target=3.0, unit="곳", deadline="2026-03-31", dtext="3월까지", prev="2025-12-31",
          comment="one sentence: short after the deadline and the remainder moved: annotated once with its latest "
                  "state, " + LATER + "; the remainder moved is the target of the sentence that moves it"),
        m("ai-mcst-minor-consent", "progress", MCST, OTH,
          "만 19세 미만 유료 결제 보호자 동의 의무화는 문화체육관광부가 지난달 시행령 개정안을 입법예고해 7월 시행을 앞두고 있다.",
          deadline="2026-07-31", dtext="7월", comment="a step taken and the date restated on course: progress"),
        m("ai-mcst-verify-cert", "progress", MCST, OTH,
          "'확률 검증 인증제'는 상반기 도입을 목표로 검증 기준을 업계와 협의하고 있다.",
          deadline="2026-06-30", dtext="상반기", comment="restated on course; subjectless: 문화체육관광부"),
        m("ai-mss-game-fund-500", "progress", MSS, STA,
          "중소벤처기업부의 게임 스타트업 전용 펀드는 지난해 1차로 200억 원이 결성됐다.",
          comment=MEAS + " (a first tranche toward 2026년까지 500억 원); startup. Not annotated: the group's '하나.' "
                         "demands ('예정대로 도입하고'), the related-material list"),
    ]))

# ---------------------------------------------------------------- 도로 살얼음 2/3 (district court judgment on a case-law site; 국토교통부, 경찰청, 행정안전부)
COURT = "the court's finding of fact on the measures after the accident, whole with its ①–④ marker; person ''"
PAGES.append(dict(
    source="2026-03-10_ai_black-ice-judgment.txt", title="대전지방법원 2024가단51873 손해배상(자)",
    published_at="2026-03-10",
    mentions=[
        m("ai-molit-brine-500", "progress", MOLIT, OTH,
          "① 국토교통부는 2025. 11. 20. 결빙 취약구간 자동염수분사장치를 2026. 12. 31.까지 500곳으로 늘리겠다고 발표하였고, 2025. 12. 31. 기준 340곳에 설치를 마쳤다.",
          target=500.0, unit="곳", deadline="2026-12-31", dtext="2026. 12. 31.까지",
          comment=COURT + "; the promise restated with a count before its deadline: progress; '2025. 12. 31. 기준' "
                          "is the measured date"),
        m("ai-molit-heat-50", "delayed", MOLIT, OTH,
          "② 국토교통부는 상습 결빙 구간 50곳에 도로 열선을 2026. 1. 31.까지 설치하기로 하였으나, 변론종결일 현재 38곳에만 설치하였다.",
          target=50.0, unit="곳", prev="2026-01-31",
          comment=COURT + "; 38곳 on 2026-02-10 (the close of argument), after the deadline: " + SHORT),
        m("ai-knpa-vsl-120", "delayed", KNPA, OTH,
          "③ 경찰청은 2026. 1. 5.부터 결빙 취약구간 45곳에서 가변형 속도제한 표지를 운영하기 시작하였다(당초 발표는 120곳).",
          target=120.0, unit="곳",
          comment=COURT + "; started with 45 of 120 after the January deadline: " + SHORT + "; the bracket names the "
                          "target; '2026. 1. 5.부터' is when it started"),
        m("ai-mois-ice-alert", "achieved", MOIS, OTH,
          "④ 행정안전부는 2025. 12. 1.부터 '안전디딤돌' 앱으로 도로 살얼음 위험 알림을 보내고 있다.",
          comment=COURT + "; from December as promised: achieved, " + WHEN + ". Not annotated: the site's 요약, the "
                          "parties' claims, the 2024 facts, the defendant's statement ('2026년 추가 설치 대상에 넣는 "
                          "방안을 검토': a litigant's consideration about one bridge), the reasoning; the unannotated "
                          "'자동차종합보험' carries the industry cue '자동차'"),
    ]))

# ---------------------------------------------------------------- 장기기증 3/3 (ministry's written answer to a lawmaker, HWP converted to text on the lawmaker's site; 보건복지부, 재정경제부, 질병관리청, 교육부)
ANS = "the ministry's written answer, ○ line whole with its marker (공문 style '~하였음', '~계획임'); person ''"
PAGES.append(dict(
    source="2026-05-19_ai_organ-written-answer.txt", title="[서면답변] 보건복지부 — 장기기증 활성화 대책 이행 상황",
    published_at="2026-05-19",
    mentions=[
        m("ai-mohw-reg-150k", "delayed", MOHW, OTH,
          "○ 2025년 장기기증 희망 신규 등록은 13만 4,000명으로 목표(15만 명)에 미치지 못하였음.",
          target=150000.0, unit="명", prev="2025-12-31",
          comment=ANS + "; " + SHORT + "; '2025년' names the promised period. The 【질의】 lines (the lawmaker's "
                        "questions, which restate the target) are not annotated"),
        m("ai-mohw-reg-center", "achieved", MOHW, OTH,
          "○ 2025년 7월부터 전국 읍·면·동 주민센터에서 희망등록을 받기 시작한 이후 월평균 등록은 1만 2,000명으로 늘었으나, 상반기 실적 부진을 만회하지 못하였음.",
          comment=ANS + "; the July start reported again: achieved, " + WHEN + "; 1만 2,000명 is a result"),
        m("ai-mohw-reg-2026-160k", "new", MOHW, OTH,
          "○ 2026년에는 운전면허 갱신 안내문과 국가건강검진 결과 통보서에 희망등록 안내를 넣어 연간 신규 등록 16만 명을 목표로 추진하고 있음.",
          target=160000.0, unit="명", deadline="2026-12-31", dtext="2026년",
          comment="a new year's target after the missed one: its own commitment, first reported here (new); the "
                  "안내문 are its means"),
        m("ai-mohw-family-counsel", "delayed", MOHW, OTH,
          "○ 유가족 심리상담은 2025년 말까지 11개 시도에서 시작하였으며, 나머지 6개 시도는 2026년 9월까지 시작할 계획임.",
          target=6.0, unit="개", deadline="2026-09-30", dtext="2026년 9월까지",
          comment="one sentence: short after the deadline and the remainder moved: " + LATER + "; '2025년 말까지' is "
                  "the measured period (it is also the old deadline, but the sentence does not name it as the "
                  "promise's date: no previous_deadline)"),
        m("ai-moef-consolation-tax", "achieved", MOFE, FIS,
          "○ 유가족 위로금은 「소득세법」 개정에 따라 2026년 1월 1일 이후 지급분부터 비과세되고 있음(재정경제부 소관).",
          comment=ANS + "; in force from 2026-01-01 as promised: achieved, " + WHEN + "; the body on the page's date, "
                        "재정경제부 (기획재정부's primary successor, named as 소관); fiscal (cue 소득세)"),
        m("ai-mohw-memorial-park", "new", MOHW, OTH,
          "○ 기증자를 기리는 '생명나눔 추모공원'은 2027년 하반기 개장을 목표로 올해 안에 부지를 확정할 계획임.",
          deadline="2027-12-31", dtext="2027년 하반기",
          comment="a new dated promise; one commitment (the opening), the site choice '올해 안에' a step toward it"),
        m("ai-kdca-auto-notify-120", "progress", KDCA, OTH,
          "○ 질병관리청은 2026년 4월 기준 64개 병원에 자동 통보 시스템을 구축하였으며, 연말까지 120개 병원 구축을 목표로 추진 중임.",
          target=120.0, unit="개", deadline="2026-12-31", dtext="연말까지",
          comment=ANS + "; a count and the target restated before the deadline: progress"),
        m("ai-mohw-deceased-10", "progress", MOHW, OTH,
          "○ 2025년 인구 100만 명당 뇌사 기증자는 7.9명으로 전년(7.6명)보다 늘었음.",
          comment=MEAS + "; answered under 질병관리청's heading, but the 2029 target is 보건복지부's (the plan's "
                         "body). The next ○ ('검토하고 있음') is a consideration"),
        m("ai-moe-life-edu", "delayed", MOE, OTH,
          "○ 교육부는 중학교 자유학기 주제선택 활동 반영 시기를 2026년 3월에서 2027년 3월 신학기로 미루었음.",
          deadline="2027-03-31", dtext="2027년 3월 신학기로", prev="2026-03-31", comment=LATER),
        m("ai-moe-life-edu", "progress", MOE, OTH,
          "○ 교과서 개발 일정과 교원 연수 준비 기간을 고려한 것이며, 올해는 희망 학교 120곳에서 시범 운영하고 있음.",
          comment="a pilot after the delay on the same page: progress (as ah's 600곳), no target fields (120곳 is the "
                  "pilot's size). Not annotated: 질의 5 (대기자 statistics), the lawmaker's statement (its '추경' is "
                  "a fiscal cue; a lawmaker's plan)"),
    ]))

# ---------------------------------------------------------------- 경로당 2/3 (AI news-summary aggregator page; 보건복지부, 농림축산식품부)
P11_T = "🤖 AI 이슈 요약: 경로당 '주 5일 점심' 1년…목표 줄이고 식사 도우미 늘린다"
AI = "the aggregator's AI-written summary (no person): annotated like news; person ''"
PAGES.append(dict(
    source="2026-08-11_ai_senior-lunch-ai-summary.txt", title=P11_T, published_at="2026-08-11",
    mentions=[
        m("ai-mohw-lunch-30k", "revision", MOHW, OTH, P11_T,
          comment="the page title: one line, two commitments; '목표 줄이고' (no numeral): revision, no fields"),
        m("ai-mohw-cook-jobs-20k", "new", MOHW, OTH, P11_T, comment="'식사 도우미 늘린다': new, no numeral, no date"),
        m("ai-mohw-lunch-10k", "delayed", MOHW, OTH, "1. 주 5일 점심 경로당은 지난해 말 9,600곳으로 목표 1만 곳에 조금 못 미쳤다.",
          target=10000.0, unit="곳", prev="2025-12-31",
          comment=AI + "; the [3줄 요약] items annotated whole with their number; " + SHORT + "; '지난해 말' names "
                       "the promised date"),
        m("ai-mohw-lunch-30k", "revision", MOHW, OTH,
          "2. 보건복지부는 2027년까지 3만 곳으로 늘리겠다던 목표를 2만 5,000곳으로 낮췄다.",
          target=25000.0, unit="곳", deadline="2027-12-31", dtext="2027년까지",
          comment="a lowered target, the date kept: revision (the new target in target_value)"),
        m("ai-mohw-cook-jobs-20k", "new", MOHW, OTH,
          "3. 대신 내년부터 어르신 식사 도우미 일자리 2만 명을 새로 뽑아 조리 인력난을 풀겠다는 계획이다.",
          target=20000.0, unit="명", deadline="2027-12-31", dtext="내년부터",
          comment="a new dated promise; subjectless: 보건복지부; '내년부터' on 2026-08-11 → 2027-12-31"),
        m("ai-mafra-rice-70", "achieved", MAFRA, OTH,
          "지난해 7월부터 경로당 정부양곡 할인율은 50%에서 70%로 올랐고, 냉방비도 월 15만 원으로 인상돼 올여름까지 두 해째 지원되고 있다.",
          target=70.0, unit="%",
          comment="one sentence, two commitments: 농림축산식품부's (not named: the owner of 정부양곡) rice discount in "
                  "force since July 2025: achieved, " + WHEN + ". The sentence before (the check's release '10일') is "
                  "not annotated"),
        m("ai-mohw-cool-15", "achieved", MOHW, OTH,
          "지난해 7월부터 경로당 정부양곡 할인율은 50%에서 70%로 올랐고, 냉방비도 월 15만 원으로 인상돼 올여름까지 두 해째 지원되고 있다.",
          target=150000.0, unit="원", comment="second clause: 보건복지부's 냉방비, in force from July 2025: achieved, " + WHEN),
        m("ai-mohw-lunch-30k", "progress", MOHW, OTH, "올해 상반기 기준 주 5일 점심 경로당은 1만 3,400곳이다.",
          comment=MEAS + "; the revision on the same page decides the status"),
        m("ai-mohw-nurse-1000", "progress", MOHW, OTH,
          "경로당 방문 간호사는 7월 기준 760명으로, 연말 목표(1,000명)까지 240명이 남았다.",
          target=1000.0, unit="명", deadline="2026-12-31", dtext="연말",
          comment="short of the target before the deadline: progress; '연말 목표(1,000명)' names the target and its "
                  "date (2026년까지 = 올해 연말); 240명 is arithmetic"),
        m("ai-mohw-lunch-30k", "revision", MOHW, OTH,
          "구세영 보건복지부 노인정책관은 \"조리 인력을 먼저 갖춰야 주 5일 점심이 오래 간다\"며 \"3만 곳 목표를 2만 5,000곳으로 조정하되 내년에 식사 도우미 2만 명을 배치하겠다\"고 말했다.",
          person="구세영", target=25000.0, unit="곳",
          comment="the official's quote (indirect frame + quote, whole): one sentence, two commitments; revision"),
        m("ai-mohw-cook-jobs-20k", "new", MOHW, OTH,
          "구세영 보건복지부 노인정책관은 \"조리 인력을 먼저 갖춰야 주 5일 점심이 오래 간다\"며 \"3만 곳 목표를 2만 5,000곳으로 조정하되 내년에 식사 도우미 2만 명을 배치하겠다\"고 말했다.",
          person="구세영", target=20000.0, unit="명", deadline="2027-12-31", dtext="내년에",
          comment="second clause: new. Not annotated: the local governments' plans (a 광역시's 주 6일 '9월부터', a 군's "
                  "인건비: other actors), the 현장의 목소리 (residents, groups, experts), the AI's 쟁점 bullets (the "
                  "aggregator's reading), the source headlines after the sign-off"),
    ]))

# ---------------------------------------------------------------- all five, last (newspaper's infographic page: the text version (alt text) by subject, then prose)
ALT = "the infographic's text version (its alt text for screen readers): '· ' line whole with its marker and colour label; person ''"
PROSE = "the prose under the graphic, annotated like news (person '')"
P12_D = "도로 열선·속도제한 표지는 늦게나마 채웠고, 뉴트리아 근절은 2028년으로 밀려"
PAGES.append(dict(
    source="2026-11-24_ai_promise-infographic.txt",
    title="[인포그래픽] 약속 다섯 개, 어디까지 왔나…신호등으로 본 2026년 가을", published_at="2026-11-24",
    mentions=[
        m("ai-molit-heat-50", "achieved", MOLIT, OTH, P12_D,
          comment="the deck line: one line, three commitments; names no body: 국토교통부's 열선; " + LATE +
                  ". The headline names no promise"),
        m("ai-knpa-vsl-120", "achieved", KNPA, OTH, P12_D, comment="second item: 경찰청's 속도제한 표지; " + LATE),
        m("ai-me-nutria-erad", "delayed", MCEE, OTH, P12_D, deadline="2028-12-31", dtext="2028년으로",
          comment="third item: " + LATER + "; the old date not named in the deck"),
        # 장기기증
        m("ai-mohw-family-counsel", "achieved", MOHW, OTH, "· 초록: 유가족 심리상담 17개 시도 모두 시작 (9월)",
          target=17.0, unit="개",
          comment=ALT + "; the line names no body: the promise's, 보건복지부; " + LATE + " (promised for 2025 H2, moved "
                        "to September 2026, done then). The colour labels are the paper's verdicts, read through the "
                        "facts each line states. The intro ('11월 20일 기준') names no promise"),
        m("ai-mohw-deceased-10", "progress", MOHW, OTH, "· 노랑: 뇌사 기증자 인구 100만 명당 8.3명 (2029년 목표 10명)",
          target=10.0, unit="명", deadline="2029-12-31", dtext="2029년",
          comment=ALT + "; a measure with the target and its year: progress"),
        m("ai-mohw-memorial-park", "progress", MOHW, OTH, "· 노랑: '생명나눔 추모공원' 부지 9월 확정",
          comment=ALT + "; a step toward the 2027 opening: progress, no fields"),
        m("ai-kdca-auto-notify-120", "delayed", KDCA, OTH,
          "· 빨강: 뇌사 추정자 자동 통보 시스템 98곳, 120곳 목표는 내년 상반기로",
          target=120.0, unit="곳", deadline="2027-06-30", dtext="내년 상반기로",
          comment=ALT + "; " + LATER + " (before the old deadline, 2026-12-31); the line names the whole target "
                        "(the page's counter '곳')"),
        m("ai-moe-life-edu", "cancelled", MOE, OTH, "· 빨강: 중학교 생명나눔 교육 교과 반영 철회",
          comment=ALT + "; '철회': cancelled; the line names no body: 교육부"),
        # 외래 생물
        m("ai-me-plant-2000ha", "achieved", MCEE, OTH, "· 초록: 교란식물 제거 2025년 2,130ha (목표 2,000ha)",
          target=2000.0, unit="ha", comment=ALT + "; done in 2025, over the target: achieved, " + WHEN + "; 기후에너지환경부"),
        m("ai-mafra-fireant-weekly", "achieved", MAFRA, OTH,
          "· 초록: 항만 붉은불개미 주 1회 예찰 (2025년 5월부터 10개 항만)",
          comment=ALT + "; in place from May 2025 as promised: achieved, " + WHEN),
        m("ai-mof-port-alert", "achieved", MOF, OTH, "· 초록: 항만 외래생물 조기경보 시스템 10월 가동 (목표보다 넉 달 늦게)",
          comment=ALT + "; " + LATE),
        m("ai-mcee-bass-20", "progress", MCEE, OTH, "· 노랑: 외래어종 수매 퇴치 저수지 14곳 (올해 목표 20곳)",
          target=20.0, unit="곳", deadline="2026-12-31", dtext="올해",
          comment=ALT + "; short of the target before the deadline: progress"),
        m("ai-me-designate-10", "delayed", MCEE, OTH, "· 빨강: 생태계교란 생물 추가 지정 10종 목표에 8종",
          target=10.0, unit="종",
          comment=ALT + "; 8 of 10 after '연내' (2025): " + SHORT + "; first reported after its deadline here"),
        m("ai-me-nutria-erad", "delayed", MCEE, OTH, "· 빨강: 뉴트리아 근절 목표 2026년 → 2028년으로 연기",
          deadline="2028-12-31", dtext="2028년으로", prev="2026-12-31", comment=ALT + "; " + LATER),
        m("ai-mcee-edna-300", "new", MCEE, OTH, "· 새 약속: 2027년까지 환경DNA 조기 탐지 지점 300곳",
          target=300.0, unit="곳", deadline="2027-12-31", dtext="2027년까지",
          comment=ALT + "; a new dated promise, first reported here; the line names no body: 기후에너지환경부 (the "
                        "subject's body)"),
        # 도로 살얼음
        m("ai-molit-heat-50", "achieved", MOLIT, OTH, "· 초록: 도로 열선 50곳 설치 완료 (4월)", target=50.0, unit="곳",
          comment=ALT + "; " + LATE + " (promised by January 2026, done in April)"),
        m("ai-knpa-vsl-120", "achieved", KNPA, OTH, "· 초록: 가변형 속도제한 표지 120곳 운영 (6월부터)", target=120.0,
          unit="곳", comment=ALT + "; " + LATE + " (promised from January 2026, all 120 from June); 경찰청's"),
        m("ai-mois-ice-alert", "achieved", MOIS, OTH, "· 초록: '안전디딤돌' 살얼음 알림 (지난해 12월부터)",
          comment=ALT + "; " + WHEN),
        m("ai-molit-brine-500", "delayed", MOLIT, OTH, "· 빨강: 자동염수분사장치 430곳, 남은 70곳은 내년 상반기로",
          target=70.0, unit="곳", deadline="2027-06-30", dtext="내년 상반기로",
          comment=ALT + "; " + LATER + " (before the old deadline); the remainder moved is the target. 과학기술정보"
                        "통신부's 내비게이션 경고 is not on this page"),
        # 게임
        m("ai-kftc-probe-10", "achieved", FTC, OTH, "· 초록: 공정위 확률 조작 의심 게임사 10곳 직권조사 마무리 (3월)",
          target=10.0, unit="곳", comment=ALT + "; " + LATE + " (promised within 2025, the rest moved to March, done then)"),
        m("ai-mss-game-fund-500", "revision", MSS, STA, "· 노랑: 게임 스타트업 펀드 목표 500억 원 → 300억 원으로 축소",
          target=30000000000.0, unit="원", comment=ALT + "; a lowered target: revision; startup (cue 스타트업)"),
        m("ai-mcst-minor-consent", "delayed", MCST, OTH, "· 빨강: 청소년 결제 보호자 동의 의무화 7월 → 내년 1월로 연기",
          deadline="2027-01-31", dtext="내년 1월로", prev="2026-07-31", comment=ALT + "; " + LATER),
        m("ai-mcst-verify-cert", "cancelled", MCST, OTH, "· 빨강: '확률 검증 인증제' 도입 철회",
          comment=ALT + "; '철회': cancelled (its June date had passed; the line does not name it)"),
        m("ai-mcst-ai-check", "new", MCST, OTH, "· 새 약속: 확률 정보 AI 자동 점검 내년 도입",
          deadline="2027-12-31", dtext="내년",
          comment=ALT + "; a new dated promise, first reported here; names no body: 문화체육관광부 (named in the prose)"),
        # 경로당
        m("ai-mohw-lunch-30k", "progress", MOHW, OTH, "· 노랑: 주 5일 점심 경로당 1만 7,200곳 (2027년 목표 2만 5,000곳)",
          target=25000.0, unit="곳", deadline="2027-12-31", dtext="2027년",
          comment=ALT + "; a measure with the (lowered) target and its year before the deadline: progress"),
        m("ai-mohw-nurse-1000", "revision", MOHW, OTH, "· 노랑: 방문 간호사 880명, 목표는 1,000명에서 900명으로 낮춤",
          target=900.0, unit="명",
          comment=ALT + "; one line, a count and a lowered target: annotated once with its latest state, revision "
                        "(the new target). 식사 도우미 2만 명 is not on this page"),
        # prose
        m("ai-molit-heat-50", "achieved", MOLIT, OTH, "도로 열선 50곳은 원래 1월까지 설치하기로 했지만 4월에야 모두 깔렸다.",
          target=50.0, unit="곳",
          comment=PROSE + "; " + LATE + " ('원래 1월까지' is the old date in an achievement: no fields). The "
                          "paragraph's first two sentences are the paper's reading"),
        m("ai-knpa-vsl-120", "achieved", KNPA, OTH, "가변형 속도제한 표지는 1월 45곳으로 시작해 6월에야 120곳을 채웠다.",
          target=120.0, unit="곳", comment=PROSE + "; " + LATE + "; subjectless: 경찰청"),
        m("ai-mohw-family-counsel", "achieved", MOHW, OTH, "장기기증 분야에서는 유가족 심리상담이 9월 17개 시도 모두로 넓어졌다.",
          target=17.0, unit="개", comment=PROSE + "; " + LATE),
        m("ai-kdca-auto-notify-120", "delayed", KDCA, OTH,
          "질병관리청은 10월 기준 98개 병원에 자동 통보 시스템을 갖췄다며 남은 22곳을 내년 상반기까지 마치겠다고 밝혔다.",
          target=22.0, unit="곳", deadline="2027-06-30", dtext="내년 상반기까지",
          comment=PROSE + "; a count and the remainder moved past the old deadline (2026-12-31): " + LATER +
                  "; the remainder moved is the target"),
        m("ai-moe-life-edu", "cancelled", MOE, OTH, "교육부는 생명나눔 교육을 교과 활동에 넣는 계획을 접고 학교 자율에 맡기기로 했다.",
          comment=PROSE + "; dropped: cancelled; the replacement (학교 자율) is undated: no new commitment"),
        m("ai-me-nutria-erad", "delayed", MCEE, OTH,
          "외래 생물 분야에서 기후에너지환경부는 뉴트리아가 낙동강 지류로 번지면서 근절 목표 시점을 2026년에서 2028년으로 늦췄다.",
          deadline="2028-12-31", dtext="2028년으로", prev="2026-12-31", comment=PROSE + "; " + LATER),
        m("ai-mof-port-alert", "achieved", MOF, OTH,
          "해양수산부의 항만 조기경보 시스템은 올해 상반기까지 구축하기로 했지만 10월에야 가동됐다.",
          comment=PROSE + "; " + LATE + " ('올해 상반기까지' is the old date in an achievement: no fields)"),
        m("ai-molit-brine-500", "delayed", MOLIT, OTH,
          "도로 분야에서 국토교통부는 자동염수분사장치를 10월까지 430곳에 설치했고, 나머지 70곳은 내년 상반기까지 마치겠다고 했다.",
          target=70.0, unit="곳", deadline="2027-06-30", dtext="내년 상반기까지",
          comment=PROSE + "; one sentence: a count and the remainder moved: annotated once, " + LATER),
        m("ai-mcst-minor-consent", "delayed", MCST, OTH,
          "게임 분야에서 문화체육관광부는 결제 시스템 개편에 시간이 더 필요하다는 업계 요청을 받아들여 보호자 동의 의무화를 내년 1월로 미뤘다.",
          deadline="2027-01-31", dtext="내년 1월로", comment=PROSE + "; " + LATER + "; the old date not named"),
        m("ai-mcst-verify-cert", "cancelled", MCST, OTH,
          "문화체육관광부는 확률 검증 인증제를 접는 대신 내년부터 AI로 확률 정보를 자동 점검하겠다고 밝혔다.",
          comment=PROSE + "; one sentence, two commitments: the 인증제 dropped (cancelled)"),
        m("ai-mcst-ai-check", "new", MCST, OTH,
          "문화체육관광부는 확률 검증 인증제를 접는 대신 내년부터 AI로 확률 정보를 자동 점검하겠다고 밝혔다.",
          deadline="2027-12-31", dtext="내년부터",
          comment="second clause: the replacement is dated, so it is a new commitment ('내년부터' → 2027-12-31)"),
        m("ai-mss-game-fund-500", "revision", MSS, STA,
          "중소벤처기업부는 게임 스타트업 펀드 목표를 500억 원에서 300억 원으로 줄이고 연말까지 결성을 마치겠다고 했다.",
          target=30000000000.0, unit="원", deadline="2026-12-31", dtext="연말까지",
          comment=PROSE + "; a lowered target, the date kept (2026년까지 = 연말까지): revision"),
        m("ai-mohw-lunch-30k", "progress", MOHW, OTH, "경로당 분야에서 주 5일 점심 경로당은 10월 기준 1만 7,200곳이다.",
          comment=PROSE + "; " + MEAS),
        m("ai-mohw-nurse-1000", "revision", MOHW, OTH, "보건복지부는 방문 간호사 목표를 1,000명에서 900명으로 낮췄다.",
          target=900.0, unit="명",
          comment=PROSE + "; a lowered target, no date named (2026-12-31 stands): revision. Not annotated: the "
                          "sign-off, the 데이터 출처 and 함께 보기 lines, the most-read list"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-24)
LAST = "2026-11-24"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    # 장기기증
    ("ai-mohw-reg-150k", MOHW, OTH, "장기기증 희망 신규 등록 2025년 15만 명", "delayed",
     "8만 2,000명 by July (Aug 2025), 11만 2,000명 by October (Nov 2025); 13만 4,000명 in 2025 (May 2026)"),
    ("ai-mohw-reg-center", MOHW, OTH, "희망등록 전국 읍·면·동 주민센터 2025년 7월부터", "achieved",
     "from 1 July 2025 (on time; Aug 2025, May 2026)"),
    ("ai-mohw-family-counsel", MOHW, OTH, "기증자 유가족 심리상담 17개 시도 2025년 하반기부터 (남은 6곳 → 2026년 9월)",
     "achieved", "6 시도 first and restated (Aug 2025); 11 and the rest moved to September 2026 (May 2026); all 17 in "
     "September 2026 (late)"),
    ("ai-kdca-auto-notify-120", KDCA, OTH, "뇌사 추정자 자동 통보 시스템 35 → 120개 병원 2026년까지 (→ 2027년 상반기)",
     "delayed", "restated (Aug 2025); 64곳 by April (May 2026); 98곳 by October and the rest moved to H1 2027 (Nov 2026)"),
    ("ai-mohw-deceased-10", MOHW, OTH, "인구 100만 명당 뇌사 기증자 7.6 → 2029년까지 10명", "in_progress",
     "7.9명 in 2025 (May 2026); 8.3명 (Nov 2026)"),
    ("ai-moe-life-edu", MOE, OTH, "중학교 자유학기 주제선택 활동에 생명나눔 교육 2026년 3월 신학기부터", "cancelled",
     "restated (Aug 2025); moved to March 2027 with a pilot (May 2026); dropped for school autonomy (Nov 2026)"),
    ("ai-moef-consolation-tax", MOFE, FIS, "기증자 유가족 위로금 소득세 비과세 2026년 1월 1일 지급분부터", "achieved",
     "in force from 2026-01-01 (on time; May 2026); made by 기획재정부"),
    ("ai-mohw-memorial-park", MOHW, OTH, "'생명나눔 추모공원' 2027년 하반기 개장", "in_progress", "site fixed in September 2026"),
    ("ai-mohw-reg-2026-160k", MOHW, OTH, "장기기증 희망 신규 등록 2026년 16만 명", "announced", ""),
    # 외래 생물
    ("ai-me-nutria-erad", MCEE, OTH, "낙동강 수계 뉴트리아 2026년까지 근절 (→ 2028년)", "delayed",
     "restated with 1,840마리 (Oct 2025); moved to 2028 (Nov 2026); made by 환경부"),
    ("ai-me-plant-2000ha", MCEE, OTH, "교란식물 제거 1,350 → 2025년 2,000ha", "achieved",
     "1,460ha by September (Oct 2025); 2,130ha in 2025 (Nov 2026); made by 환경부"),
    ("ai-me-report-app", MCEE, OTH, "생태계교란 생물 시민 신고 기능 '우리생물지도' 앱 2025년 하반기 중", "achieved",
     "opened 1 October 2025 (on time); made by 환경부"),
    ("ai-me-designate-10", MCEE, OTH, "생태계교란 생물 2025년 10종 추가 지정", "delayed", "8종 (Nov 2026); made by 환경부"),
    ("ai-mafra-fireant-weekly", MAFRA, OTH, "주요 항만 10곳 붉은불개미 예찰 월 2회 → 주 1회 2025년 5월부터", "achieved",
     "weekly from May 2025 (on time; Nov 2026)"),
    ("ai-mof-port-alert", MOF, OTH, "항만 외래생물 조기경보 시스템 2026년 상반기까지 구축", "achieved",
     "running from October 2026 (late)"),
    ("ai-mcee-bass-20", MCEE, OTH, "외래어종 수매 퇴치 2026년 전국 저수지 20곳", "in_progress", "14곳 (Nov 2026)"),
    ("ai-mcee-edna-300", MCEE, OTH, "환경DNA 조기 탐지 지점 2027년까지 300곳", "announced", ""),
    # 도로 살얼음
    ("ai-molit-brine-500", MOLIT, OTH, "결빙 취약구간 자동염수분사장치 260 → 500곳 2026년까지 (남은 70곳 → 2027년 상반기)",
     "delayed", "340곳 at the end of 2025 (Mar 2026); 430곳 by October and the rest moved to H1 2027 (Nov 2026)"),
    ("ai-molit-heat-50", MOLIT, OTH, "상습 결빙 구간 도로 열선 50곳 2026년 1월까지", "achieved",
     "38곳 in February (Mar 2026); all 50 in April 2026 (late)"),
    ("ai-knpa-vsl-120", KNPA, OTH, "결빙 취약구간 가변형 속도제한 표지 120곳 2026년 1월부터", "achieved",
     "45곳 from 5 January (Mar 2026); all 120 from June 2026 (late)"),
    ("ai-mois-ice-alert", MOIS, OTH, "'안전디딤돌' 앱 도로 살얼음 위험 알림 2025년 12월부터", "achieved",
     "from 1 December 2025 (on time; Mar and Nov 2026)"),
    ("ai-msit-navi-alert", MSIT, TEL, "이동통신 3사 내비게이션 결빙 경고 알림 2026년 1월 시범", "delayed",
     "never reported on again: its deadline (2026-01-31) passed with no report of achievement (date rule)"),
    # 게임 이용자 보호
    ("ai-mcst-monitor-60", MCST, OTH, "확률 정보 모니터링단 24 → 60명 2025년 상반기 중 (→ 2026년 3월)", "delayed",
     "48명 in December 2025 and moved to March 2026 (Jan 2026); never reported on again"),
    ("ai-mcst-relief-center", MCST, OTH, "'게임 이용자 피해구제 센터' 2025년 하반기 중 개소", "achieved",
     "set for 19 November (Nov 2025); opened then (on time; Jan 2026)"),
    ("ai-mcst-minor-consent", MCST, OTH, "만 19세 미만 유료 결제 보호자 동의 의무화 2026년 7월부터 (→ 2027년 1월)", "delayed",
     "decree in pre-announcement for July (Jan 2026); moved to January 2027 (Nov 2026)"),
    ("ai-kftc-probe-10", FTC, OTH, "확률 조작 의심 게임사 10곳 2025년 안에 직권조사 (남은 3곳 → 2026년 3월)", "achieved",
     "7 and the rest moved to March (Jan 2026); all 10 in March 2026 (late)"),
    ("ai-mss-game-fund-500", MSS, STA, "게임 스타트업 전용 펀드 2026년까지 500억 원 (→ 300억 원)", "revised",
     "200억 원 first tranche (Jan 2026); cut to 300억 원 by the year's end (Nov 2026)"),
    ("ai-mcst-verify-cert", MCST, OTH, "'확률 검증 인증제' 2026년 상반기 도입", "cancelled",
     "restated for H1 (Jan 2026); withdrawn for AI checks (Nov 2026)"),
    ("ai-mcst-ai-check", MCST, OTH, "확률 정보 AI 자동 점검 2027년 도입", "announced", ""),
    # 경로당
    ("ai-mohw-lunch-10k", MOHW, OTH, "주 5일 점심 경로당 4,200 → 2025년 말까지 1만 곳", "delayed",
     "8,900곳 by October (Nov 2025); 9,600곳 at the end of 2025 (Aug 2026)"),
    ("ai-mohw-lunch-30k", MOHW, OTH, "주 5일 점심 경로당 2027년까지 3만 곳 (→ 2만 5,000곳)", "in_progress",
     "cut to 2만 5,000곳 with 1만 3,400곳 (Aug 2026); 1만 7,200곳 by October (Nov 2026)"),
    ("ai-mafra-rice-70", MAFRA, OTH, "경로당 정부양곡 할인율 50 → 70% 2025년 7월부터", "achieved",
     "from July 2025 (on time; Aug 2026)"),
    ("ai-mohw-cool-15", MOHW, OTH, "경로당 냉방비 월 10만 → 15만 원 2025년 7월부터", "achieved",
     "from July 2025, paid for two summers (Aug 2026)"),
    ("ai-mohw-nurse-1000", MOHW, OTH, "경로당 방문 간호사 430 → 2026년까지 1,000명 (→ 900명)", "revised",
     "760명 and restated for the year's end (Aug 2026); 880명 and the target cut to 900명 (Nov 2026)"),
    ("ai-mohw-cook-jobs-20k", MOHW, OTH, "어르신 식사 도우미 일자리 2027년 2만 명", "announced", ""),
]


if __name__ == "__main__":
    write(ROOT, "ai", PAGES, COMMITMENTS, LAST,
          ["ministry = the responsible body under the name valid on that date (환경부's 외래 생물 promises are listed",
           "under 기후에너지환경부, its successor from 2025-10-01; 기획재정부's 위로금 비과세 promise under 재정경제부,",
           "its primary successor from 2026-01-02 (tax policy); every other body kept its name through 2026-11-24)."],
          with_commitments="--commitments" in sys.argv[1:])
