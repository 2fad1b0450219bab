"""Writes the hand annotations of held-out set h to gold/*.toml.

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

KIPO = "특허청"            # until 2025-09-30
MIP = "지식재산처"          # from 2025-10-01 (successor of 특허청)
KFS = "산림청"
MFDS = "식품의약품안전처"
MOJ = "법무부"
KCS = "관세청"
MOF = "해양수산부"
NTS = "국세청"
NFA = "소방청"
MSS = "중소벤처기업부"

O = "other"
I = "industry"
F = "fiscal"
S = "startup"


LATE = "achieved after the deadline the commitment named; no deadline fields (the sentence names a missed date or none)"

PAGES: list[dict] = []

# ---------------------------------------------------------------- 특허 심사 1/3 (Q&A interview, two deck lines)
P1_H = "[인터뷰] 오세진 특허청 특허심사기획국장 \"특허 1차 심사 연내 14개월로…2027년엔 12개월\""
PAGES.append(dict(
    source="2025-02-11_h_patent-exam-interview.txt", title=P1_H, published_at="2025-02-11",
    mentions=[
        m("h-kipo-pendency-14", "new", KIPO, O, P1_H, person="오세진", target=14.0, unit="개월",
          deadline="2025-12-31", dtext="연내"),
        m("h-kipo-pendency-12", "new", KIPO, O, P1_H, person="오세진", target=12.0, unit="개월",
          deadline="2027-12-31", dtext="2027년",
          comment="one headline, two commitments (연내 14개월; 2027년 12개월)"),
        m("h-kipo-fasttrack-2m", "new", KIPO, I, "반도체·이차전지 우선심사 4월부터 '2개월 내 결론'",
          target=2.0, unit="개월", deadline="2025-04-30", dtext="4월부터",
          comment="'N월부터' for a change that must be in place by then: that month's last day; category industry (반도체·이차전지)"),
        m("h-kipo-trademark-9", "new", KIPO, O, "상표 심사도 상반기 9개월로 단축",
          target=9.0, unit="개월", deadline="2025-06-30", dtext="상반기"),
        m("h-kipo-pendency-14", "new", KIPO, O, "올해 말까지 1차 심사 처리 기간을 14개월로 줄이겠다.",
          person="오세진", target=14.0, unit="개월", deadline="2025-12-31", dtext="올해 말까지",
          comment="Q&A answer: the interviewee speaks; the 'A. ' label is not part of the sentence"),
        m("h-kipo-pendency-12", "new", KIPO, O, "2027년에는 12개월 안에 첫 결과를 받아 볼 수 있게 하는 게 목표다.",
          person="오세진", target=12.0, unit="개월", deadline="2027-12-31", dtext="2027년"),
        m("h-kipo-examiner-200", "new", KIPO, O,
          "상반기 중 반도체·이차전지·바이오 분야 경력자를 중심으로 심사관 200명을 새로 뽑는다.",
          person="오세진", target=200.0, unit="명", deadline="2025-06-30", dtext="상반기 중",
          comment="'6개월 교육 과정' two sentences later is a programme parameter"),
        m("h-kipo-fasttrack-2m", "new", KIPO, I,
          "그래서 4월부터 반도체·이차전지·디스플레이 분야 우선심사 신청 건은 2개월 안에 1차 심사 결과를 통보하도록 하겠다.",
          person="오세진", target=2.0, unit="개월", deadline="2025-04-30", dtext="4월부터"),
        m("h-kipo-ai-search", "new", KIPO, O, "하반기에는 AI 선행기술 검색 시스템을 모든 심사국에 도입할 계획이다.",
          person="오세진", deadline="2025-12-31", dtext="하반기",
          comment="the next sentence ('30% 이상 줄어들 것으로 기대한다') is an expectation, not the target"),
        m("h-kipo-trademark-9", "new", KIPO, O, "외부 전문기관 위탁을 늘려 상반기까지 9개월로 단축하겠다.",
          person="오세진", target=9.0, unit="개월", deadline="2025-06-30", dtext="상반기까지"),
    ]))

# ---------------------------------------------------------------- 마약 1/3 (straight news, press-release lead; three bodies)
P2_H = "마약 중독재활센터 연내 7곳으로…관세청, 6월까지 'AI 엑스레이' 도입"
PAGES.append(dict(
    source="2025-03-26_h_drug-control-plan.txt", title=P2_H, published_at="2025-03-26",
    mentions=[
        m("h-mfds-rehab-7", "new", MFDS, O, P2_H, target=7.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment="the headline names no body for the first clause; the body says 식약처"),
        m("h-kcs-xray-6", "new", KCS, O, P2_H, deadline="2025-06-30", dtext="6월까지"),
        m("h-mfds-rehab-7", "new", MFDS, O,
          "대책에 따르면 식약처는 현재 서울·부산·대전 3곳에서 운영 중인 마약류 중독재활센터를 연내 7곳으로 늘린다.",
          target=7.0, unit="곳", deadline="2025-12-31", dtext="연내", comment="3곳 is the baseline"),
        m("h-mfds-rehab-17", "new", MFDS, O, "2027년까지는 센터를 17곳으로 늘려 모든 시도에 하나씩 둔다는 목표다.",
          target=17.0, unit="곳", deadline="2027-12-31", dtext="2027년까지"),
        m("h-mfds-rehab-7", "new", MFDS, O,
          "김하린 식약처 마약안전기획관은 \"중독자가 사는 곳 가까이에서 치료를 받을 수 있어야 재발을 막을 수 있다\"며 \"올해 새로 여는 센터들은 하반기 안에 모두 운영을 시작하겠다\"고 말했다.",
          person="김하린", deadline="2025-12-31", dtext="하반기 안에",
          comment="'올해 새로 여는 센터들' = the four that take the count from 3 to 7"),
        m("h-mfds-ai-rx", "new", MFDS, O,
          "식약처는 또 7월부터 프로포폴과 식욕억제제, 졸피뎀 등 오남용 우려가 큰 의료용 마약류의 처방 정보를 인공지능(AI)으로 실시간 분석해 과다 처방이 의심되면 의사에게 곧바로 경고를 보내는 시스템을 가동하기로 했다.",
          deadline="2025-07-31", dtext="7월부터"),
        m("h-moj-treatment-1000", "new", MOJ, O, "대상 인원을 지난해 410명에서 올해 1,000명으로 늘릴 방침이다.",
          target=1000.0, unit="명", deadline="2025-12-31", dtext="올해",
          comment="the preceding '… 확대를 추진한다' has no number or date and is not annotated"),
        m("h-moj-rehab-prison", "new", MOJ, O,
          "마약사범만 따로 수용해 치료와 재활을 함께 하는 전담 재활교정시설도 2026년 상반기 문을 연다.",
          deadline="2026-06-30", dtext="2026년 상반기"),
        m("h-kcs-xray-6", "new", KCS, O,
          "관세청은 6월까지 인천·부산·평택 등 전국 6개 세관에 국제우편물과 특송화물의 엑스레이 영상을 AI가 판독하는 시스템을 도입한다.",
          target=6.0, unit="개", deadline="2025-06-30", dtext="6월까지"),
        m("h-kcs-dogs-60", "new", KCS, O, "현재 41마리인 마약 탐지견은 2026년까지 60마리로 늘리기로 했다.",
          target=60.0, unit="마리", deadline="2026-12-31", dtext="2026년까지"),
    ]))

# ---------------------------------------------------------------- 산불 1/3 (straight news, press-release lead, two deck lines)
P3_H = "산불 진화헬기 12대 늘리고 진화대 1,000명으로…산림청 '대형 산불 대응 강화 대책'"
P3_Q = ("윤재원 산림청 산림재난통제관은 \"이번 산불은 초기 진화 인력과 대형 헬기가 부족하다는 점을 그대로 드러냈다\"며 "
        "\"특수진화대 1,000명 체제는 올해 안에 반드시 갖추겠다\"고 말했다.")
PAGES.append(dict(
    source="2025-04-08_h_wildfire-measures.txt", title=P3_H, published_at="2025-04-08",
    mentions=[
        m("h-kfs-heli-12", "new", KFS, O, P3_H, target=12.0, unit="대",
          comment="the headline gives no date for either clause: no deadline fields"),
        m("h-kfs-crew-1000", "new", KFS, O, P3_H, target=1000.0, unit="명"),
        m("h-kfs-drone-50", "new", KFS, O, "야간 진화 드론 10월까지 50대 배치", target=50.0, unit="대",
          deadline="2025-10-31", dtext="10월까지"),
        m("h-kfs-cctv-1500", "new", KFS, O, "AI 감시카메라 1,500대 내년 1월까지 설치", target=1500.0, unit="대",
          deadline="2026-01-31", dtext="내년 1월까지"),
        m("h-kfs-heli-12", "new", KFS, O,
          "대책에 따르면 산림청은 한 번에 물 8,000ℓ 이상을 뿌릴 수 있는 대형 진화헬기를 2027년까지 12대 추가로 도입한다.",
          target=12.0, unit="대", deadline="2027-12-31", dtext="2027년까지",
          comment="8,000ℓ is the class of helicopter, not the target"),
        m("h-kfs-crew-1000", "new", KFS, O, "지상 진화의 핵심인 산불특수진화대는 현재 435명에서 연내 1,000명으로 늘린다.",
          target=1000.0, unit="명", deadline="2025-12-31", dtext="연내"),
        m("h-kfs-drone-50", "new", KFS, O,
          "헬기가 뜨지 못하는 밤사이 불길이 번지는 일을 막기 위해 물탱크를 단 대형 야간 진화 드론 50대를 10월까지 배치한다.",
          target=50.0, unit="대", deadline="2025-10-31", dtext="10월까지"),
        m("h-kfs-cctv-1500", "new", KFS, O,
          "또 봄철 산불조심기간이 시작되기 전인 내년 1월까지 연기를 AI가 자동으로 판별하는 산불 감시카메라 1,500대를 전국 산림에 설치하기로 했다.",
          target=1500.0, unit="대", deadline="2026-01-31", dtext="내년 1월까지"),
        m("h-kfs-evac-plan", "new", KFS, O,
          "산림청은 행정안전부와 함께 산림에서 가까운 전국 1만 2,000여 개 마을의 대피 장소와 경로를 담은 '마을별 대피 계획'을 6월까지 마련할 계획이다.",
          target=12000.0, unit="개", deadline="2025-06-30", dtext="6월까지",
          comment="산림청 is the subject (행정안전부 works with it)"),
        m("h-kfs-road-3000", "new", KFS, O,
          "진화 차량이 산속 깊이 들어갈 수 있는 산불 진화 임도는 2030년까지 3,000km를 새로 낸다는 목표다.",
          target=3000.0, unit="km", deadline="2030-12-31", dtext="2030년까지"),
        m("h-kfs-crew-1000", "new", KFS, O, P3_Q, person="윤재원", target=1000.0, unit="명",
          deadline="2025-12-31", dtext="올해 안에"),
    ]))

# ---------------------------------------------------------------- 국세청 (standalone short brief)
P4_H = "국세청 \"홈택스 9월까지 모바일 중심 개편…AI 상담 연내 60%\""
PAGES.append(dict(
    source="2025-05-28_h_income-tax-brief.txt", title=P4_H, published_at="2025-05-28",
    mentions=[
        m("h-nts-hometax-mobile", "new", NTS, F, P4_H, deadline="2025-09-30", dtext="9월까지"),
        m("h-nts-ai-chat-60", "new", NTS, F, P4_H, target=60.0, unit="%", deadline="2025-12-31", dtext="연내"),
        m("h-nts-hometax-mobile", "new", NTS, F,
          "국세청은 9월까지 홈택스의 종합소득세 신고 화면을 스마트폰에서 몇 번의 터치로 신고를 끝낼 수 있도록 모바일 중심으로 전면 개편한다고 28일 밝혔다.",
          deadline="2025-09-30", dtext="9월까지"),
        m("h-nts-ai-chat-60", "new", NTS, F,
          "국세청은 현재 시범 운영 중인 AI 상담 챗봇을 확대해 연내 전체 세무 상담의 60%를 AI가 처리하도록 할 계획이다.",
          target=60.0, unit="%", deadline="2025-12-31", dtext="연내"),
        m("h-nts-refund-10d", "new", NTS, F, "국세청은 올해부터 종합소득세 환급금을 신고 후 평균 10일 이내에 지급하기로 했다.",
          target=10.0, unit="일", deadline="2025-12-31", dtext="올해부터",
          comment="'올해부터' for a change that must be in place within the year: 2025-12-31"),
    ]))

# ---------------------------------------------------------------- 해양쓰레기 1/3 (wire, (세종=) dateline)
P5_H = "해수부, 2027년까지 폐어구 회수율 60%로…항·포구 집하장 100곳 짓는다"
PAGES.append(dict(
    source="2025-06-17_h_marine-litter-wire.txt", title=P5_H, published_at="2025-06-17",
    mentions=[
        m("h-mof-gear-60", "new", MOF, O, P5_H, target=60.0, unit="%", deadline="2027-12-31", dtext="2027년까지"),
        m("h-mof-depot-100", "new", MOF, O, P5_H, target=100.0, unit="곳",
          comment="the headline's 2027년까지 belongs to the first clause (the body gives the depots 2026년까지): no deadline fields"),
        m("h-mof-gear-60", "new", MOF, O,
          "해양수산부는 바다에 버려지거나 유실된 폐어구의 회수율을 2027년까지 60%로 끌어올리는 내용의 '해양 플라스틱 저감 종합대책'을 17일 발표했다.",
          target=60.0, unit="%", deadline="2027-12-31", dtext="2027년까지",
          comment="the wire dateline '(세종=하늬통신) 홍서윤 기자 = ' is not part of the sentence"),
        m("h-mof-collect-140k", "new", MOF, O,
          "해수부는 올해 해양쓰레기 수거량을 지난해(12만 6,000톤)보다 11% 많은 14만 톤으로 늘리기로 했다.",
          target=140000.0, unit="톤", deadline="2025-12-31", dtext="올해"),
        m("h-mof-biogear-3000", "new", MOF, O, "바다에서 분해되는 생분해성 어구도 올해 어선 3,000척에 보급한다.",
          target=3000.0, unit="척", deadline="2025-12-31", dtext="올해"),
        m("h-mof-depot-100", "new", MOF, O,
          "어민이 조업 중 건져 올린 쓰레기를 가져와 버릴 수 있는 항·포구 집하장은 2026년까지 100곳을 새로 설치할 계획이다.",
          target=100.0, unit="곳", deadline="2026-12-31", dtext="2026년까지"),
        m("h-mof-ship-2", "new", MOF, O,
          "해수부는 또 섬 지역에 쌓인 쓰레기를 육지로 실어 나르는 정화운반선 2척을 내년 상반기까지 건조해 전남 신안과 경남 통영 해역에 투입하기로 했다.",
          target=2.0, unit="척", deadline="2026-06-30", dtext="내년 상반기까지"),
        m("h-mof-gear-tracking-500", "new", MOF, O,
          "어구에 전자 태그를 달아 위치를 추적하는 '어구 위치 추적' 시범 사업은 9월부터 통영·여수 연근해 자망 어선 500척을 대상으로 진행한다.",
          target=500.0, unit="척", deadline="2025-09-30", dtext="9월부터"),
        m("h-mof-gear-60", "new", MOF, O,
          "임채윤 해수부 해양환경정책관은 \"폐어구는 바다 생물을 죽음으로 모는 유령 어업의 주범\"이라며 \"회수율 60%는 결코 낮은 목표가 아니지만 반드시 달성하겠다\"고 말했다.",
          person="임채윤", target=60.0, unit="%"),
    ]))

# ---------------------------------------------------------------- 산불 2/3 (TV script: 앵커/리포트/인터뷰 bites)
P6_H = "산불진화대 '연내 1,000명' 빨간불…산림청 \"내년 상반기까지 채용\""
PAGES.append(dict(
    source="2025-11-12_h_wildfire-season-tv.txt", title=P6_H, published_at="2025-11-12",
    mentions=[
        m("h-kfs-crew-1000", "revision", KFS, O, P6_H, target=1000.0, unit="명",
          deadline="2026-06-30", dtext="내년 상반기까지", prev="2025-12-31"),
        m("h-kfs-crew-1000", "progress", KFS, O,
          "산림청은 지난 4월 진화대를 연내 1,000명으로 늘리겠다고 했지만, 이달 초까지 채용된 인원은 780명에 그쳤습니다.",
          target=1000.0, unit="명", deadline="2025-12-31", dtext="연내",
          comment="before the deadline: a count short of the target is progress; the next line ('목표의 78% 수준입니다') is the reporter's arithmetic"),
        m("h-kfs-crew-1000", "revision", KFS, O,
          "연말까지 1,000명을 다 채우기는 어려워서, 내년 상반기까지 채용을 모두 마칠 계획입니다.",
          person="정민호", target=1000.0, unit="명", deadline="2026-06-30", dtext="내년 상반기까지", prev="2025-12-31",
          comment="bite of the speaker named in '[인터뷰] 정민호 / 산림청 산불방지과장'; quote marks not part of the sentence"),
        m("h-kfs-drone-50", "achieved", KFS, O,
          "10월까지 배치하기로 한 야간 진화 드론 50대는 계획대로 모두 현장에 배치됐습니다.",
          target=50.0, unit="대", deadline="2025-10-31", dtext="10월까지", comment="on time: the deadline is kept"),
        m("h-kfs-drone-100", "new", KFS, O,
          "산림청은 봄철 산불조심기간이 시작되는 내년 2월까지 이 드론을 100대로 늘리기로 했습니다.",
          target=100.0, unit="대", deadline="2026-02-28", dtext="내년 2월까지"),
        m("h-kfs-evac-plan", "achieved", KFS, O,
          "6월까지 마련하기로 했던 마을별 대피 계획은 석 달 늦은 9월에야 전국 1만 2,000여 개 마을에서 모두 마련됐습니다.",
          target=12000.0, unit="개", comment=LATE + " (6월까지 = 2025-06-30)"),
        m("h-kfs-cctv-1500", "progress", KFS, O,
          "AI 감시카메라는 내년 1월까지 1,500대를 설치하기로 했는데, 지금까지 640대가 설치돼 절반에도 못 미칩니다.",
          target=1500.0, unit="대", deadline="2026-01-31", dtext="내년 1월까지"),
        m("h-kfs-heli-12", "progress", KFS, O,
          "2027년까지 12대를 더 들여오겠다고 했지만, 올해 계약한 것은 2대뿐이고 그마저도 실제 인도는 2027년입니다.",
          target=12.0, unit="대", deadline="2027-12-31", dtext="2027년까지",
          comment="the expert's bite that follows ('2027년까지 12대를 다 들여오기는 어렵다') is a forecast: not annotated"),
    ]))

# ---------------------------------------------------------------- 특허 심사 2/3 (news with two deck lines; 특허청 is now 지식재산처)
P7_H = "특허 심사 '연내 14개월' 결국 못 지켜…지식재산처 \"내년 상반기로\""
P7_D1 = "내년 상반기 심사관 150명 추가 채용…AI 검색은 전 심사국 도입"
P7_Q = ("오세진 지식재산처 특허심사기획국장은 \"심사관 한 명이 1년에 처리하는 특허가 200건이 넘는 상황에서 "
        "인력 확충 없이는 기간 단축에 한계가 있었다\"며 \"내년 상반기에는 반드시 14개월을 맞추겠다\"고 말했다.")
PAGES.append(dict(
    source="2025-12-09_h_ip-office-pendency.txt", title=P7_H, published_at="2025-12-09",
    mentions=[
        m("h-kipo-pendency-14", "revision", MIP, O, P7_H, target=14.0, unit="개월",
          deadline="2026-06-30", dtext="내년 상반기", prev="2025-12-31",
          comment="promise made by 특허청; from 2025-10-01 the body is 지식재산처"),
        m("h-mip-examiner-150", "new", MIP, O, P7_D1, target=150.0, unit="명", deadline="2026-06-30", dtext="내년 상반기"),
        m("h-kipo-ai-search", "achieved", MIP, O, P7_D1, comment="one deck line, two commitments"),
        m("h-kipo-trademark-9", "delayed", MIP, O, "상표 심사 '9개월' 약속도 못 지켜", target=9.0, unit="개월"),
        m("h-kipo-pendency-14", "revision", MIP, O,
          "지식재산처가 올해 말까지 특허 1차 심사 처리 기간을 14개월로 줄이겠다던 목표를 결국 내년 상반기로 미뤘다.",
          target=14.0, unit="개월", deadline="2026-06-30", dtext="내년 상반기", prev="2025-12-31"),
        m("h-kipo-pendency-14", "progress", MIP, O,
          "지식재산처는 9일 '지식재산 심사 혁신 방안'을 발표하고 11월 말 기준 특허 1차 심사 처리 기간이 평균 14.9개월이라고 밝혔다.",
          comment="the measured value before the deadline; 14.9 is not the target. The next sentence (1.2개월/0.9개월) is the reporter's arithmetic"),
        m("h-kipo-examiner-200", "achieved", MIP, O,
          "특허청 시절인 올해 상반기까지 뽑기로 했던 심사관 200명은 9월에야 채용이 마무리됐다.",
          target=200.0, unit="명", comment=LATE + " (상반기까지 = 2025-06-30)"),
        m("h-mip-examiner-150", "new", MIP, O, "이와 함께 내년 상반기 중 심사관 150명을 추가로 채용하기로 했다.",
          target=150.0, unit="명", deadline="2026-06-30", dtext="내년 상반기 중"),
        m("h-kipo-ai-search", "achieved", MIP, O,
          "하반기 도입하기로 한 AI 선행기술 검색 시스템은 계획대로 지난달 모든 심사국에 깔렸다.",
          deadline="2025-12-31", dtext="하반기", comment="on time (November): the deadline is kept"),
        m("h-kipo-fasttrack-2m", "achieved", MIP, I,
          "반도체·이차전지·디스플레이 분야 우선심사는 4월 이후 신청 건의 1차 심사 결과가 평균 1.8개월 만에 나와 '2개월 이내' 약속을 지켰다.",
          target=2.0, unit="개월", comment="'4월 이후' describes the applications counted, not a deadline: no deadline fields"),
        m("h-kipo-trademark-9", "delayed", MIP, O,
          "반면 상반기까지 9개월로 줄이겠다던 상표 1차 심사 기간은 10.4개월로 목표에 한참 못 미쳤다.",
          target=9.0, unit="개월", prev="2025-06-30"),
        m("h-kipo-pendency-12", "progress", MIP, O, "지식재산처는 \"2027년 12개월 목표는 그대로 유지한다\"는 입장이다.",
          target=12.0, unit="개월", deadline="2027-12-31", dtext="2027년", comment="the body restates its deadline"),
        m("h-mip-ai-draft", "new", MIP, O,
          "심사관이 검토할 거절이유 초안을 AI가 써 주는 '심사 의견서 초안 서비스'도 내년 하반기 시범 도입한다.",
          deadline="2026-12-31", dtext="내년 하반기"),
        m("h-kipo-pendency-14", "revision", MIP, O, P7_Q, person="오세진", target=14.0, unit="개월",
          deadline="2026-06-30", dtext="내년 상반기", comment="restates the new date on the page that sets it"),
    ]))

# ---------------------------------------------------------------- 해양쓰레기 2/3 (regional paper, with a correction line)
P8_H = "해양쓰레기 13만 2천 톤 수거…해수부 '14만 톤' 목표 못 채워"
P8_Q = ("임채윤 해수부 해양환경정책관은 \"올해는 정화운반선과 집하장이 본격적으로 가동되는 만큼 수거량이 크게 늘 것\"이라며 "
        "\"집하장 100곳은 올해 안에 모두 완공하겠다\"고 말했다.")
PAGES.append(dict(
    source="2026-02-10_h_marine-litter-results.txt", title=P8_H, published_at="2026-02-10",
    mentions=[
        m("h-mof-collect-140k", "delayed", MOF, O, P8_H, target=140000.0, unit="톤"),
        m("h-mof-collect-140k", "delayed", MOF, O,
          "해양수산부는 지난해 해양쓰레기 수거량이 13만 2,000톤으로 연초 세운 목표(14만 톤)의 94% 수준에 그쳤다고 10일 밝혔다.",
          target=140000.0, unit="톤", prev="2025-12-31", comment="지난해 = the promised year"),
        m("h-mof-biogear-3000", "achieved", MOF, O, "생분해성 어구는 어선 3,240척에 보급돼 목표(3,000척)를 넘어섰다.",
          target=3000.0, unit="척",
          comment="no deadline phrase in the sentence; the correction line below ('3,420척' → '3,240척') is not annotated"),
        m("h-mof-gear-tracking-500", "delayed", MOF, O,
          "9월부터 시작하기로 했던 어구 위치 추적 시범 사업은 장비 인증이 늦어지면서 11월에야 첫발을 뗐고, 참여 어선도 목표(500척)의 64%인 320척에 그쳤다.",
          target=500.0, unit="척", prev="2025-09-30", comment="started late and short of the target: delayed"),
        m("h-mof-depot-100", "progress", MOF, O, "2026년까지 100곳을 짓기로 한 항·포구 집하장은 지난해 말까지 58곳이 완공됐다.",
          target=100.0, unit="곳", deadline="2026-12-31", dtext="2026년까지"),
        m("h-mof-gear-60", "progress", MOF, O, "2027년 60%를 목표로 한 폐어구 회수율은 지난해 41%로 1년 새 9%포인트 올랐다.",
          target=60.0, unit="%", deadline="2027-12-31", dtext="2027년"),
        m("h-mof-ship-2", "revision", MOF, O,
          "당초 올해 상반기까지 건조하기로 했던 정화운반선 2척은 조선소 일정이 밀리면서 완공 시점이 연말로 늦춰졌다.",
          target=2.0, unit="척", deadline="2026-12-31", dtext="연말", prev="2026-06-30"),
        m("h-mof-collect-150k", "new", MOF, O, "해수부는 올해 해양쓰레기 수거 목표를 15만 톤으로 높여 잡았다.",
          target=150000.0, unit="톤", deadline="2026-12-31", dtext="올해"),
        m("h-mof-gear-bounty", "new", MOF, O,
          "어민이 조업 중 끌어올린 폐어구를 가져오면 ㎏당 500원을 주는 수매 보상금 제도는 지금의 시범 지역 4곳에서 7월부터 전국으로 넓힌다.",
          deadline="2026-07-31", dtext="7월부터",
          comment="㎏당 500원 is a programme parameter and 4곳 the baseline: no target fields"),
        m("h-mof-depot-100", "progress", MOF, O, P8_Q, person="임채윤", target=100.0, unit="곳",
          deadline="2026-12-31", dtext="올해 안에", comment="the official restates the deadline"),
    ]))

# ---------------------------------------------------------------- 마약 2/3 (editorial)
P9_H = "[사설] 재활센터 7곳 약속도 못 지킨 마약 대책 1년"
PAGES.append(dict(
    source="2026-03-17_h_drug-editorial.txt", title=P9_H, published_at="2026-03-17",
    mentions=[
        m("h-mfds-rehab-7", "delayed", MFDS, O, P9_H, target=7.0, unit="곳"),
        m("h-mfds-rehab-7", "delayed", MFDS, O,
          "식약처는 중독재활센터를 지난해 안에 7곳으로 늘리겠다고 했지만 실제 문을 연 곳은 5곳에 그쳤다.",
          target=7.0, unit="곳", prev="2025-12-31"),
        m("h-mfds-rehab-7", "delayed", MFDS, O, "광주와 강원 센터는 운영을 맡을 기관을 찾지 못해 개소가 미뤄졌다.",
          comment="the two missing centres of the 7-centre promise; no number or date"),
        m("h-mfds-rehab-17", "revision", MFDS, O, "2027년까지 센터를 17곳으로 늘리겠다던 목표 시점은 2029년으로 2년 늦춰졌다.",
          target=17.0, unit="곳", deadline="2029-12-31", dtext="2029년", prev="2027-12-31"),
        m("h-moj-treatment-1000", "delayed", MOJ, O,
          "법무부의 치료조건부 기소유예는 지난해 620명에게 적용되는 데 그쳐 목표로 내건 1,000명에 크게 못 미쳤다.",
          target=1000.0, unit="명", prev="2025-12-31", comment="지난해 = the promised year"),
        m("h-moj-rehab-prison", "cancelled", MOJ, O,
          "법무부는 올해 상반기 문을 열겠다던 이 시설 계획을 부지 인근 주민들의 반발을 이유로 지난해 말 백지화했다.",
          prev="2026-06-30"),
        m("h-kcs-xray-6", "achieved", KCS, O, "관세청은 AI 엑스레이 판독 시스템을 약속대로 지난해 6월까지 6개 세관에 모두 설치했다.",
          target=6.0, unit="개", deadline="2025-06-30", dtext="지난해 6월까지", comment="on time: the deadline is kept"),
        m("h-mfds-ai-rx", "achieved", MFDS, O,
          "식약처가 7월 가동하겠다던 의료용 마약류 AI 처방 감시 시스템도 석 달 늦었지만 10월에는 돌아가기 시작했다.",
          comment=LATE + " (7월 = 2025-07-31)"),
    ]))

# ---------------------------------------------------------------- 산불 3/3 (data feature "숫자로 본", subheads, deck)
P10_H = "[숫자로 본 산불 대책 1년] 대형 헬기 12대 도입, 2028년으로 1년 늦춰"
P10_D = "특수진화대 948명…AI 감시카메라는 목표의 80%에 그쳐"
PAGES.append(dict(
    source="2026-04-14_h_wildfire-numbers.txt", title=P10_H, published_at="2026-04-14",
    mentions=[
        m("h-kfs-heli-12", "revision", KFS, O, P10_H, target=12.0, unit="대", deadline="2028-12-31", dtext="2028년"),
        m("h-kfs-crew-1000", "progress", KFS, O, P10_D, comment="948명 is the count, not the target: no target fields"),
        m("h-kfs-cctv-1500", "delayed", KFS, O, P10_D, comment="one deck line, two follow-ups; the deadline (2026-01-31) has passed"),
        m("h-kfs-heli-12", "revision", KFS, O,
          "산림청은 대형 진화헬기 12대를 추가로 들여오는 시점을 당초 2027년에서 2028년으로 1년 늦췄다.",
          target=12.0, unit="대", deadline="2028-12-31", dtext="2028년", prev="2027-12-31",
          comment="the next sentence (budget cut to 620억 원) is the reason, a budget figure as context"),
        m("h-kfs-heli-12", "progress", KFS, O, "지금까지 계약을 마친 대형 헬기는 4대이고, 실제로 들어온 헬기는 아직 한 대도 없다."),
        m("h-kfs-crew-1000", "progress", KFS, O,
          "상반기까지 1,000명을 채우겠다던 산불특수진화대는 지난달 말 기준 948명으로 늘었다.",
          target=1000.0, unit="명", deadline="2026-06-30", dtext="상반기까지",
          comment="상반기 = the revised deadline of 2025-11-12; '1년 전(435명)의 두 배가 넘는다' is arithmetic"),
        m("h-kfs-crew-1000", "progress", KFS, O,
          "정민호 산림청 산불방지과장은 \"남은 인원도 6월 안에 모두 채용해 1,000명 체제를 갖추겠다\"고 말했다.",
          person="정민호", target=1000.0, unit="명", deadline="2026-06-30", dtext="6월 안에",
          comment="restates the revised deadline set on an earlier page: progress"),
        m("h-kfs-cctv-1500", "delayed", KFS, O,
          "올해 1월까지 1,500대를 설치하겠다던 AI 산불감시 카메라는 1,212대(80.8%)만 설치됐다.",
          target=1500.0, unit="대", prev="2026-01-31"),
        m("h-kfs-drone-100", "delayed", KFS, O,
          "봄철 산불조심기간 전인 2월까지 100대로 늘리기로 한 야간 진화 드론은 92대에 머물렀다.",
          target=100.0, unit="대", prev="2026-02-28"),
        m("h-kfs-road-3000", "progress", KFS, O,
          "2030년까지 3,000km를 새로 내기로 한 산불 진화 임도는 지난해 410km가 새로 생겼다.",
          target=3000.0, unit="km", deadline="2030-12-31", dtext="2030년까지"),
        m("h-kfs-local-staff", "new", KFS, O,
          "산림청은 올해 말까지 전국 226개 시·군·구 모두에 산불 대응 전담 공무원을 두기로 했다.",
          target=226.0, unit="개", deadline="2026-12-31", dtext="올해 말까지"),
    ]))

# ---------------------------------------------------------------- 119 구급 (standalone, regional paper with deck)
P11_H = "소방청 \"구급대원 연내 1,200명 늘리고 이송병원 선정 AI 9월 전국 확대\""
P11_L = ("소방청이 119 구급대원을 연내 1,200명 늘리고, 구급차가 환자를 받아 줄 병원을 찾지 못해 길 위를 떠도는 일을 줄이기 위해 "
         "'AI 이송병원 선정 시스템'을 9월까지 전국으로 확대한다.")
PAGES.append(dict(
    source="2026-07-07_h_119-ems-plan.txt", title=P11_H, published_at="2026-07-07",
    mentions=[
        m("h-nfa-medics-1200", "new", NFA, O, P11_H, target=1200.0, unit="명", deadline="2026-12-31", dtext="연내"),
        m("h-nfa-ai-dispatch", "new", NFA, O, P11_H, deadline="2026-09-30", dtext="9월"),
        m("h-nfa-arrival-7", "new", NFA, O, "119 구급차 현장 도착 2028년까지 평균 7분 이내로",
          target=7.0, unit="분", deadline="2028-12-31", dtext="2028년까지"),
        m("h-nfa-medics-1200", "new", NFA, O, P11_L, target=1200.0, unit="명", deadline="2026-12-31", dtext="연내"),
        m("h-nfa-ai-dispatch", "new", NFA, O, P11_L, deadline="2026-09-30", dtext="9월까지"),
        m("h-nfa-ai-dispatch", "new", NFA, O,
          "이정현 소방청 119구급과장은 \"응급실을 찾아 헤매는 시간이 곧 환자의 생명과 직결된다\"며 \"9월까지는 전국 어디서나 AI가 병원을 찾아 주도록 하겠다\"고 말했다.",
          person="이정현", deadline="2026-09-30", dtext="9월까지"),
        m("h-nfa-arrival-7", "new", NFA, O, "소방청은 2028년까지 구급차의 현장 도착 시간을 평균 7분 이내로 줄인다는 목표를 세웠다.",
          target=7.0, unit="분", deadline="2028-12-31", dtext="2028년까지"),
        m("h-nfa-medics-1200", "new", NFA, O, "현재 1만 1,000여 명인 구급대원은 올해 안에 1,200명을 새로 뽑아 배치한다.",
          target=1200.0, unit="명", deadline="2026-12-31", dtext="올해 안에"),
        m("h-nfa-crew3-90", "new", NFA, O,
          "소방청은 이를 바탕으로 구급차 한 대에 대원 3명이 타는 '3인 탑승률'을 지난해 62%에서 2027년까지 90%로 끌어올릴 방침이다.",
          target=90.0, unit="%", deadline="2027-12-31", dtext="2027년까지"),
        m("h-nfa-video-1700", "new", NFA, O,
          "구급차 안에서 응급의학 전문의의 영상 의료지도를 받을 수 있는 스마트 장비도 연말까지 전국 구급차 1,700대 모두에 보급한다.",
          target=1700.0, unit="대", deadline="2026-12-31", dtext="연말까지"),
    ]))

# ---------------------------------------------------------------- year-end roundup (several bodies)
P12_H = "[연말 약속 점검] 특허 심사·해양쓰레기·마약 재활…부처 약속 성적표는"
P12_MSS = ("중기부는 올해 초 연 매출 3억 원 이하 소상공인 150만 곳에 전기요금을 최대 20만 원씩 지원하고 "
           "\"상반기 안에 지급을 끝내겠다\"고 약속했다.")
PAGES.append(dict(
    source="2026-11-18_h_promise-check-roundup.txt", title=P12_H, published_at="2026-11-18",
    mentions=[
        m("h-kipo-pendency-12", "revision", MIP, O, "지식재산처, 특허 심사 12개월 목표 2028년으로 또 후퇴",
          target=12.0, unit="개월", deadline="2028-12-31", dtext="2028년"),
        m("h-mss-power-support", "achieved", MSS, S, "소상공인 전기요금 지원은 8월에야 지급 완료",
          comment=LATE + " (상반기 = 2026-06-30)"),
        m("h-kipo-pendency-14", "delayed", MIP, O,
          "올해 상반기에는 반드시 맞추겠다던 특허 1차 심사 14개월 목표는 이번에도 지켜지지 않았다.",
          target=14.0, unit="개월", prev="2026-06-30",
          comment="the next sentence (14.2개월) is the supporting figure: not annotated"),
        m("h-kipo-pendency-12", "revision", MIP, O,
          "지식재산처는 2027년까지 12개월로 줄이겠다던 목표 시점도 2028년 말로 1년 늦췄다.",
          target=12.0, unit="개월", deadline="2028-12-31", dtext="2028년 말", prev="2027-12-31"),
        m("h-mip-examiner-150", "achieved", MIP, O, "상반기 중 뽑기로 한 심사관 150명은 계획대로 6월까지 모두 채용됐다.",
          target=150.0, unit="명", deadline="2026-06-30", dtext="상반기 중", comment="on time: the deadline is kept"),
        m("h-mip-ai-draft", "revision", MIP, O,
          "하반기 시범 도입하기로 했던 AI 심사 의견서 초안 서비스는 보안 검증이 길어지면서 내년 상반기로 미뤄졌다.",
          deadline="2027-06-30", dtext="내년 상반기", prev="2026-12-31"),
        m("h-mof-depot-100", "progress", MOF, O, "2026년까지 100곳을 짓겠다던 항·포구 집하장은 10월 말 현재 87곳이 완공됐다.",
          target=100.0, unit="곳", deadline="2026-12-31", dtext="2026년까지"),
        m("h-mof-ship-2", "revision", MOF, O,
          "연말까지 건조를 마치기로 한 정화운반선 2척 가운데 1척은 지난달 진수했지만, 나머지 1척은 내년 3월에야 완공된다.",
          target=1.0, unit="척", deadline="2027-03-31", dtext="내년 3월", prev="2026-12-31",
          comment="the new date applies to the remaining ship (as g's '남은 24개 6월까지': target = what the new date covers)"),
        m("h-mof-collect-150k", "progress", MOF, O,
          "올해 15만 톤을 목표로 한 해양쓰레기 수거량은 10월 말까지 12만 1,000톤을 기록했다.",
          target=150000.0, unit="톤", deadline="2026-12-31", dtext="올해",
          comment="the next sentence ('… 계획이지만 목표 달성은 빠듯해 보인다') is a plan without a number and the paper's assessment"),
        m("h-mof-gear-bounty", "cancelled", MOF, O,
          "7월부터 전국으로 넓히겠다던 폐어구 수매 보상금 제도는 시범 지역 4곳에 머물다 내년 예산안에서 관련 예산이 빠지면서 사실상 무산됐다.",
          prev="2026-07-31", comment="the nationwide plan is dropped (no budget): cancelled, although the pilot runs on"),
        m("h-mfds-rehab-7", "achieved", MFDS, O,
          "지난해 7곳 약속을 지키지 못했던 중독재활센터는 올해 5월 광주와 강원 센터가 문을 열면서 7곳을 채웠다.",
          target=7.0, unit="곳", comment=LATE + " (연내 = 2025-12-31)"),
        m("h-mss-power-support", "new", MSS, S, P12_MSS, target=1500000.0, unit="곳",
          deadline="2026-06-30", dtext="상반기 안에",
          comment="first report in the set of an early-2026 promise: new; '최대 20만 원' is a parameter"),
        m("h-mss-power-support", "achieved", MSS, S,
          "하지만 신청이 한꺼번에 몰리고 한국전력의 요금 자료와 대조하는 작업이 길어지면서 지급은 8월에야 마무리됐다.",
          comment=LATE + " (상반기 안에 = 2026-06-30)"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-18)
LAST = "2026-11-18"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    ("h-kipo-pendency-14", MIP, O, "특허 1차 심사 처리기간 14개월 (2025년 말 → 2026년 상반기)", "delayed",
     "revised 2025-12-09 to 2026-06-30; reported missed again 2026-11-18"),
    ("h-kipo-pendency-12", MIP, O, "특허 1차 심사 처리기간 12개월 (2027년 → 2028년 말)", "revised", ""),
    ("h-kipo-examiner-200", MIP, O, "특허 심사관 200명 2025년 상반기 채용", "achieved", "done September 2025"),
    ("h-kipo-fasttrack-2m", MIP, I, "반도체·이차전지·디스플레이 우선심사 2025년 4월부터 2개월 내 1차 결과", "achieved", ""),
    ("h-kipo-ai-search", MIP, O, "AI 선행기술 검색 시스템 2025년 하반기 전 심사국 도입", "achieved", ""),
    ("h-kipo-trademark-9", MIP, O, "상표 1차 심사 기간 2025년 상반기까지 9개월", "delayed", "10.4개월 in November 2025"),
    ("h-mip-examiner-150", MIP, O, "심사관 150명 2026년 상반기 추가 채용", "achieved", ""),
    ("h-mip-ai-draft", MIP, O, "AI 심사 의견서 초안 서비스 시범 도입 (2026년 하반기 → 2027년 상반기)", "revised", ""),
    ("h-mfds-rehab-7", MFDS, O, "마약류 중독재활센터 2025년 내 7곳", "achieved", "delayed (5 of 7); 7 reached May 2026"),
    ("h-mfds-rehab-17", MFDS, O, "마약류 중독재활센터 17곳 (2027년 → 2029년)", "revised", ""),
    ("h-mfds-ai-rx", MFDS, O, "의료용 마약류 AI 처방 감시 시스템 2025년 7월 가동", "achieved", "October 2025"),
    ("h-moj-treatment-1000", MOJ, O, "치료조건부 기소유예 2025년 1,000명", "delayed", "620명"),
    ("h-moj-rehab-prison", MOJ, O, "마약사범 전담 재활교정시설 2026년 상반기 개소", "cancelled", ""),
    ("h-kcs-xray-6", KCS, O, "AI 엑스레이 판독 시스템 2025년 6월까지 6개 세관 도입", "achieved", ""),
    ("h-kcs-dogs-60", KCS, O, "마약 탐지견 2026년까지 60마리", "announced", "deadline 2026-12-31 not yet passed"),
    ("h-kfs-heli-12", KFS, O, "대형 진화헬기 12대 추가 도입 (2027년 → 2028년)", "revised", ""),
    ("h-kfs-crew-1000", KFS, O, "산불특수진화대 1,000명 (2025년 내 → 2026년 상반기)", "delayed",
     "revised 2025-11-12 to 2026-06-30, 948 in March 2026; that deadline passed before 2026-11-18 with no report"),
    ("h-kfs-drone-50", KFS, O, "야간 진화 드론 2025년 10월까지 50대 배치", "achieved", ""),
    ("h-kfs-drone-100", KFS, O, "야간 진화 드론 2026년 2월까지 100대", "delayed", "92대"),
    ("h-kfs-cctv-1500", KFS, O, "AI 산불감시 카메라 2026년 1월까지 1,500대 설치", "delayed", "1,212대"),
    ("h-kfs-evac-plan", KFS, O, "산림 인접 마을 1만 2,000여 곳 마을별 대피 계획 2025년 6월까지", "achieved", "September 2025"),
    ("h-kfs-road-3000", KFS, O, "산불 진화 임도 2030년까지 3,000km 신설", "in_progress", ""),
    ("h-kfs-local-staff", KFS, O, "2026년 말까지 226개 시군구 산불 전담 공무원 배치", "announced", ""),
    ("h-nts-hometax-mobile", NTS, F, "홈택스 종합소득세 신고 모바일 중심 개편 2025년 9월까지", "delayed",
     "deadline 2025-09-30 passed with no report (the brief is its only page)"),
    ("h-nts-ai-chat-60", NTS, F, "2025년 내 세무 상담 60% AI 처리", "delayed", "deadline 2025-12-31 passed with no report"),
    ("h-nts-refund-10d", NTS, F, "종합소득세 환급금 신고 후 평균 10일 이내 지급 (2025년부터)", "delayed",
     "deadline 2025-12-31 passed with no report"),
    ("h-mof-gear-60", MOF, O, "폐어구 회수율 2027년까지 60%", "in_progress", "41% in 2025"),
    ("h-mof-collect-140k", MOF, O, "2025년 해양쓰레기 수거 14만 톤", "delayed", "13만 2,000톤"),
    ("h-mof-biogear-3000", MOF, O, "생분해성 어구 2025년 어선 3,000척 보급", "achieved", ""),
    ("h-mof-depot-100", MOF, O, "항·포구 해양쓰레기 집하장 2026년까지 100곳", "in_progress", "87 by October 2026"),
    ("h-mof-ship-2", MOF, O, "정화운반선 2척 건조 (2026년 상반기 → 연말 → 1척 2027년 3월)", "revised", ""),
    ("h-mof-gear-tracking-500", MOF, O, "어구 위치 추적 시범 사업 2025년 9월부터 어선 500척", "delayed", "November, 320척"),
    ("h-mof-collect-150k", MOF, O, "2026년 해양쓰레기 수거 15만 톤", "in_progress", ""),
    ("h-mof-gear-bounty", MOF, O, "폐어구 수매 보상금 제도 2026년 7월부터 전국 확대", "cancelled", ""),
    ("h-nfa-medics-1200", NFA, O, "119 구급대원 2026년 내 1,200명 증원", "announced", ""),
    ("h-nfa-ai-dispatch", NFA, O, "AI 이송병원 선정 시스템 2026년 9월까지 전국 확대", "delayed",
     "deadline 2026-09-30 passed with no report (the page is its only one)"),
    ("h-nfa-arrival-7", NFA, O, "구급차 현장 도착 2028년까지 평균 7분 이내", "announced", ""),
    ("h-nfa-crew3-90", NFA, O, "구급차 3인 탑승률 2027년까지 90%", "announced", ""),
    ("h-nfa-video-1700", NFA, O, "구급차 1,700대 영상 의료지도 장비 2026년 말까지 보급", "announced", ""),
    ("h-mss-power-support", MSS, S, "소상공인 150만 곳 전기요금 지원 2026년 상반기 지급 완료", "achieved", "August 2026"),
]


if __name__ == "__main__":
    write(ROOT, "h", PAGES, COMMITMENTS, LAST,
          ['ministry = the responsible body under the name valid on that date (특허청 promises are',
           'listed under 지식재산처, its successor from 2025-10-01).'],
          with_commitments="--commitments" in sys.argv[1:])
