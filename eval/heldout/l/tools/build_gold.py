"""Writes the hand annotations of held-out set l to gold/*.toml.

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

ME = "환경부"               # until 2025-09-30
MCEE = "기후에너지환경부"     # from 2025-10-01 (successor of 환경부)
MOTIE = "산업통상자원부"      # until 2025-09-30
MOTI = "산업통상부"          # from 2025-10-01 (successor of 산업통상자원부)
MOLIT = "국토교통부"
MOHW = "보건복지부"
MAFRA = "농림축산식품부"
MOF = "해양수산부"
MOIS = "행정안전부"
KHS = "국가유산청"
MPVA = "국가보훈부"

O = "other"
C = "climate"    # 환경부/기후에너지환경부's 사용후 배터리 promises (전기차 전환; the body owns `climate`)
I = "industry"   # 산업통상자원부/산업통상부's 재활용 특화단지 (이차전지 industry policy)

LATE = "achieved after the deadline the commitment named; no deadline fields (the sentence names a missed date or none)"
LATER = "deadline moved later: delayed (project sample-corpus convention), new date in deadline"
NAME = "promise made by 환경부; from 2025-10-01 the body is 기후에너지환경부 (the name on the page date)"

PAGES: list[dict] = []

# ---------------------------------------------------------------- 폐배터리 1/3 (wire, (세종=) dateline)
P1_H = "환경부, 전기차 폐배터리 거점센터 2026년까지 10곳…성능평가 30일로 단축"
P1_Q = ("성도윤 환경부 자원순환국장은 \"폐배터리는 버려지는 쓰레기가 아니라 리튬과 니켈을 캐낼 수 있는 '도시 광산'\"이라며 "
        "\"거점센터 10곳은 2026년까지 차질 없이 갖추겠다\"고 말했다.")
PAGES.append(dict(
    source="2025-01-21_l_ev-battery-wire.txt", title=P1_H, published_at="2025-01-21",
    mentions=[
        m("l-me-battery-centers-10", "new", ME, C, P1_H, target=10.0, unit="곳", deadline="2026-12-31", dtext="2026년까지"),
        m("l-me-battery-eval-30d", "new", ME, C, P1_H, target=30.0, unit="일",
          comment="one headline, two commitments; the date belongs to the first clause: no deadline fields here"),
        m("l-me-battery-centers-10", "new", ME, C,
          "환경부는 전기차에서 나온 사용후 배터리를 모아 보관하고 성능을 평가하는 거점수거센터를 현재 4곳에서 2026년까지 10곳으로 늘리는 내용의 '사용후 배터리 순환이용 활성화 방안'을 21일 발표했다.",
          target=10.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment="the wire dateline '(세종=한가람통신) 윤서후 기자 = ' is not part of the sentence; 4곳 is the baseline"),
        m("l-me-battery-eval-30d", "new", ME, C,
          "환경부는 먼저 사용후 배터리를 다시 쓸 수 있는지 가리는 성능평가 기간을 7월부터 평균 60일에서 30일 이내로 줄인다.",
          target=30.0, unit="일", deadline="2025-07-31", dtext="7월부터", comment="60일 is the baseline"),
        m("l-me-battery-tracking", "new", ME, C,
          "배터리의 생산부터 운행, 폐차, 재활용까지 전 과정을 한 번에 추적하는 '배터리 이력관리 통합시스템'은 하반기 중 구축한다.",
          deadline="2025-12-31", dtext="하반기 중"),
        m("l-me-battery-cert", "new", ME, C,
          "재활용 업체가 리튬과 니켈 같은 핵심 광물을 일정 수준 이상 회수하는지 따지는 '재활용 우수업체 인증제'도 연내 도입한다.",
          deadline="2025-12-31", dtext="연내", comment="'일정 수준 이상' is no number"),
        m("l-me-battery-return-100k", "new", ME, C,
          "전기차를 폐차하면서 배터리를 거점수거센터에 반납하는 차주에게는 4월부터 대당 10만 원의 반납 지원금을 준다.",
          target=100000.0, unit="원", deadline="2025-04-30", dtext="4월부터"),
        m("l-motie-battery-cluster-2", "new", MOTIE, I,
          "산업통상자원부는 재활용 기업과 소재 기업이 한데 모이는 '사용후 배터리 재활용 특화단지'를 2026년까지 2곳 지정하기로 했다.",
          target=2.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment="the 2,400억 원 estimate in the next sentence is a budget, not a target"),
        m("l-me-battery-centers-10", "new", ME, C, P1_Q, person="성도윤", target=10.0, unit="곳",
          deadline="2026-12-31", dtext="2026년까지"),
    ]))

# ---------------------------------------------------------------- 청년월세 1/3 (press-release style, inline ▲ points, one deck line)
P2_H = "국토부, 청년월세 지원 최대 24개월로…올해 15만 명에 월 20만 원"
P2_D = "신청부터 첫 지급까지 하반기엔 30일 이내로"
P2_L = ("국토교통부가 부모와 떨어져 사는 저소득 청년에게 월세를 지원하는 '청년월세 지원사업'을 한시 사업에서 상시 사업으로 "
        "바꾸고 지원 기간을 최대 24개월로 늘린다.")
P2_B = ("주요 내용은 ▲지원 기간 12개월→24개월 연장(5월 신청분부터) ▲올해 지원 인원 15만 명으로 확대 ▲신청부터 첫 지급까지 "
        "걸리는 기간 30일 이내로 단축(하반기) ▲'마이홈' 앱 원스톱 신청(7월) 등이다.")
PAGES.append(dict(
    source="2025-02-25_l_youth-rent-release.txt", title=P2_H, published_at="2025-02-25",
    mentions=[
        m("l-molit-rent-24m", "new", MOLIT, O, P2_H, target=24.0, unit="개월",
          comment="the first clause has no date: no deadline fields"),
        m("l-molit-rent-150k", "new", MOLIT, O, P2_H, target=150000.0, unit="명", deadline="2025-12-31", dtext="올해",
          comment="one headline, two commitments; '월 20만 원' is the benefit amount (a parameter), not the target"),
        m("l-molit-rent-pay-30d", "new", MOLIT, O, P2_D, target=30.0, unit="일", deadline="2025-12-31", dtext="하반기"),
        m("l-molit-rent-24m", "new", MOLIT, O, P2_L, target=24.0, unit="개월", comment="no date in the lead"),
        m("l-molit-rent-decree", "new", MOLIT, O, P2_L,
          comment="one sentence, two commitments: '상시 사업으로 바꾸고' is the 상시화 promise (시행령 개정), no date here"),
        m("l-molit-rent-24m", "new", MOLIT, O, P2_B, target=24.0, unit="개월", deadline="2025-05-31", dtext="5월 신청분부터",
          comment="inline ▲ list: one sentence, four commitments; '12개월' is the baseline; 'N월 … 부터' → that month's last day"),
        m("l-molit-rent-150k", "new", MOLIT, O, P2_B, target=150000.0, unit="명", deadline="2025-12-31", dtext="올해"),
        m("l-molit-rent-pay-30d", "new", MOLIT, O, P2_B, target=30.0, unit="일", deadline="2025-12-31", dtext="하반기"),
        m("l-molit-rent-app", "new", MOLIT, O, P2_B, deadline="2025-07-31", dtext="7월"),
        m("l-molit-rent-income-120", "new", MOLIT, O, "원가구 소득 기준은 내년 1월부터 중위소득 120% 이하로 완화된다.",
          target=120.0, unit="%", deadline="2026-01-31", dtext="내년 1월부터",
          comment="the 60% / 100% thresholds in the previous sentence are the current rules"),
        m("l-molit-rent-24m", "new", MOLIT, O, "국토부는 5월 신청분부터 지원 기간을 24개월로 늘려 한 번의 계약 기간을 모두 지원하기로 했다.",
          target=24.0, unit="개월", deadline="2025-05-31", dtext="5월 신청분부터"),
        m("l-molit-rent-pay-30d", "new", MOLIT, O,
          "국토부는 지자체가 손으로 하던 소득 조회를 전산으로 바꿔 하반기부터 이 기간을 30일 이내로 줄인다.",
          target=30.0, unit="일", deadline="2025-12-31", dtext="하반기부터"),
        m("l-molit-rent-app", "new", MOLIT, O,
          "그동안 복지로 누리집과 주민센터로 나뉘어 있던 신청 창구는 7월부터 국토부 '마이홈' 앱 하나로 모은다.",
          deadline="2025-07-31", dtext="7월부터"),
        m("l-molit-rent-decree", "new", MOLIT, O,
          "한시 사업이던 청년월세 지원을 상시 사업으로 바꾸기 위한 주거급여법 시행령 개정은 상반기 안에 마친다.",
          deadline="2025-06-30", dtext="상반기 안에", comment="the 3,600억 원 budget that follows is not annotated"),
        m("l-molit-rent-150k", "new", MOLIT, O,
          "여다온 국토부 주거복지정책관은 \"월급의 4분의 1을 월세로 내는 청년들의 현실을 외면할 수 없다\"며 \"올해 15만 명 지원 목표를 반드시 채우겠다\"고 말했다.",
          person="여다온", target=150000.0, unit="명", deadline="2025-12-31", dtext="올해"),
    ]))

# ---------------------------------------------------------------- 공공심야약국 1/3 (Q&A interview, two deck lines)
WOO = "우하진"
P3_H = "[인터뷰] 우하진 복지부 약무정책과장 \"공공심야약국 2027년까지 300곳…연내 '약국 없는 시군구' 없앤다\""
P3_D1 = "심야약국 운영 지원금 7월부터 시간당 5만 원으로"
P3_D2 = "약사법 개정안 상반기 국회 제출"
PAGES.append(dict(
    source="2025-03-25_l_night-pharmacy-interview.txt", title=P3_H, published_at="2025-03-25",
    mentions=[
        m("l-mohw-pharm-300", "new", MOHW, O, P3_H, person=WOO, target=300.0, unit="곳", deadline="2027-12-31",
          dtext="2027년까지", comment="interview headline: the interviewee"),
        m("l-mohw-pharm-gap-zero", "new", MOHW, O, P3_H, person=WOO, deadline="2025-12-31", dtext="연내",
          comment="one headline, two commitments; 'no district without one' has no number: no target fields"),
        m("l-mohw-pharm-pay-50k", "new", MOHW, O, P3_D1, target=50000.0, unit="원", deadline="2025-07-31", dtext="7월부터"),
        m("l-mohw-pharm-law", "new", MOHW, O, P3_D2, deadline="2025-06-30", dtext="상반기"),
        m("l-mohw-pharm-300", "new", MOHW, O, "지금 186곳인 공공심야약국을 2027년까지 300곳으로 늘리겠다.", person=WOO,
          target=300.0, unit="곳", deadline="2027-12-31", dtext="2027년까지",
          comment="Q&A answer: the 'A. ' label is not part of the sentence; 186곳 is the baseline"),
        m("l-mohw-pharm-gap-zero", "new", MOHW, O, "무엇보다 심야약국이 한 곳도 없는 시군구를 연내 모두 없애겠다.", person=WOO,
          deadline="2025-12-31", dtext="연내", comment="the 64 districts are in the reporter's intro (baseline), not here"),
        m("l-mohw-pharm-pay-50k", "new", MOHW, O, "지금은 운영 시간 1시간에 4만 원을 지원하는데, 7월부터 이를 5만 원으로 올린다.",
          person=WOO, target=50000.0, unit="원", deadline="2025-07-31", dtext="7월부터", comment="4만 원 is the baseline"),
        m("l-mohw-pharm-1am", "new", MOHW, O, "하반기부터는 운영 종료 시간을 자정에서 새벽 1시로 한 시간 늦추겠다.", person=WOO,
          deadline="2025-12-31", dtext="하반기부터", comment="'새벽 1시' is a time of day, not a target"),
        m("l-mohw-pharm-finder", "new", MOHW, O,
          "지도 앱에서 지금 문을 연 공공심야약국을 바로 찾을 수 있는 '밤약국 찾기' 서비스를 9월 시작한다.", person=WOO,
          deadline="2025-09-30", dtext="9월"),
        m("l-mohw-pharm-law", "new", MOHW, O, "공공심야약국 지정과 지원 근거를 담은 약사법 개정안을 상반기 중 국회에 내겠다.",
          person=WOO, deadline="2025-06-30", dtext="상반기 중",
          comment="경기도's 60곳 in the previous sentence is a local government's programme: not annotated"),
        m("l-mohw-pharm-gap-zero", "new", MOHW, O, "올해 안에 심야약국 공백 지역을 반드시 채우겠다.", person=WOO,
          deadline="2025-12-31", dtext="올해 안에"),
    ]))

# ---------------------------------------------------------------- 농어촌 빈집 1/2 (straight news, two deck lines; three bodies)
P4_H = "농촌 빈집 2027년까지 3만 동 정비…'빈집은행' 하반기 문 연다"
P4_D1 = "철거비 지원 7월부터 동당 최대 500만 원으로"
P4_D2 = "해수부, 어촌 빈집 200동 고쳐 '살아보기' 주택으로"
PAGES.append(dict(
    source="2025-04-15_l_rural-vacant-houses.txt", title=P4_H, published_at="2025-04-15",
    mentions=[
        m("l-mafra-vacant-30k", "new", MAFRA, O, P4_H, target=30000.0, unit="동", deadline="2027-12-31", dtext="2027년까지"),
        m("l-mafra-vacant-bank", "new", MAFRA, O, P4_H, deadline="2025-12-31", dtext="하반기",
          comment="one headline, two commitments"),
        m("l-mafra-vacant-demolish-5m", "new", MAFRA, O, P4_D1, target=5000000.0, unit="원", deadline="2025-07-31",
          dtext="7월부터"),
        m("l-mof-fishing-homes-200", "new", MOF, O, P4_D2, target=200.0, unit="동",
          comment="the deck names 해수부; no date in the deck"),
        m("l-mafra-vacant-30k", "new", MAFRA, O, "농림축산식품부가 농촌 마을의 흉물로 방치된 빈집을 2027년까지 3만 동 정비한다.",
          target=30000.0, unit="동", deadline="2027-12-31", dtext="2027년까지"),
        m("l-mafra-vacant-demolish-5m", "new", MAFRA, O,
          "지금은 동당 최대 300만 원까지 철거비를 지원하지만, 7월부터는 이를 500만 원으로 올린다.",
          target=5000000.0, unit="원", deadline="2025-07-31", dtext="7월부터", comment="300만 원 is the baseline"),
        m("l-mafra-vacant-bank", "new", MAFRA, O,
          "빈집 소유자와 빈집을 찾는 귀농·귀촌인을 이어 주는 온라인 중개 플랫폼 '농촌 빈집은행'은 하반기 중 문을 연다.",
          deadline="2025-12-31", dtext="하반기 중"),
        m("l-mafra-vacant-survey", "new", MAFRA, O,
          "시군마다 기준이 달라 정확한 규모조차 파악되지 않는 빈집 현황은 연내 전국 실태조사를 마쳐 하나의 데이터베이스로 정리한다.",
          deadline="2025-12-31", dtext="연내"),
        m("l-mois-vacant-tax", "new", MOIS, O,
          "행정안전부는 빈집을 철거한 뒤 남은 땅에 매기는 재산세를 5년 동안 깎아 주는 지방세 특례를 내년 1월부터 적용하기로 했다.",
          deadline="2026-01-31", dtext="내년 1월부터", comment="'5년 동안' is the length of the relief, not a target"),
        m("l-mof-fishing-homes-200", "new", MOF, O,
          "해양수산부는 어촌 빈집 200동을 2026년까지 고쳐 도시민이 한두 달씩 머물러 볼 수 있는 '어촌 살아보기' 주택으로 내놓는다.",
          target=200.0, unit="동", deadline="2026-12-31", dtext="2026년까지",
          comment="the next sentence ('직권으로 철거 … 방안도 검토하기로') is a consideration: not annotated"),
        m("l-mafra-vacant-30k", "new", MAFRA, O,
          "탁윤재 농식품부 농촌정책국장은 \"빈집 한 채가 마을 전체의 활력을 떨어뜨린다\"며 \"3만 동 정비 목표는 지자체와 함께 해마다 점검해 2027년까지 반드시 달성하겠다\"고 말했다.",
          person="탁윤재", target=30000.0, unit="동", deadline="2027-12-31", dtext="2027년까지"),
    ]))

# ---------------------------------------------------------------- 국가유산 디지털 기록 1/2 (culture desk, straight news, one deck line)
P5_H = "국가유산 1,000건, 2027년까지 '디지털 쌍둥이'로 남긴다"
P5_D = "통합 플랫폼 '유산온' 12월 개통…목조 유산 50곳은 화재 대비 디지털 트윈"
PAGES.append(dict(
    source="2025-06-10_l_heritage-digital-plan.txt", title=P5_H, published_at="2025-06-10",
    mentions=[
        m("l-khs-scan-1000", "new", KHS, O, P5_H, target=1000.0, unit="건", deadline="2027-12-31", dtext="2027년까지",
          comment="the headline names no body; the article's body is 국가유산청"),
        m("l-khs-platform", "new", KHS, O, P5_D, deadline="2025-12-31", dtext="12월"),
        m("l-khs-twin-50", "new", KHS, O, P5_D, target=50.0, unit="곳",
          comment="one deck line, two commitments; the 50곳 clause has no date"),
        m("l-khs-scan-1000", "new", KHS, O,
          "국가유산청이 화재나 자연재해로 훼손될 위험이 큰 국가유산 1,000건을 2027년까지 3차원(3D) 정밀 스캔해 디지털 기록으로 남긴다.",
          target=1000.0, unit="건", deadline="2027-12-31", dtext="2027년까지"),
        m("l-khs-twin-50", "new", KHS, O,
          "국가유산청은 특히 불에 약한 목조 건축 유산 50곳은 내년까지 건물 안팎을 통째로 디지털 쌍둥이(디지털 트윈)로 만들어, 화재가 나면 이 자료로 원형을 되살릴 수 있게 한다.",
          target=50.0, unit="곳", deadline="2026-12-31", dtext="내년까지"),
        m("l-khs-platform", "new", KHS, O,
          "흩어져 있던 국가유산 3D 자료와 사진, 도면을 한곳에서 내려받을 수 있는 통합 플랫폼 '유산온'은 12월 개통한다.",
          deadline="2025-12-31", dtext="12월"),
        m("l-khs-vr-30", "new", KHS, O,
          "훼손된 석탑과 불상 30점은 하반기부터 가상현실(VR)로 본래 모습을 되살려 박물관과 온라인에서 공개한다.",
          target=30.0, unit="점", deadline="2025-12-31", dtext="하반기부터"),
        m("l-khs-experts-100", "new", KHS, O, "디지털 복원 전문 인력도 2026년까지 100명 양성한다.",
          target=100.0, unit="명", deadline="2026-12-31", dtext="2026년까지",
          comment="the 180억 원 budget that follows is not annotated"),
        m("l-khs-scan-1000", "new", KHS, O,
          "채윤슬 국가유산청 디지털정책과장은 \"노트르담 대성당이 불탄 뒤 복원에 가장 큰 도움이 된 것이 화재 전에 만들어 둔 3D 자료였다\"며 \"1,000건 기록 사업은 2027년까지 반드시 마치겠다\"고 말했다.",
          person="채윤슬", target=1000.0, unit="건", deadline="2027-12-31", dtext="2027년까지"),
    ]))

# ---------------------------------------------------------------- 보훈 위탁병원 (standalone short brief)
P6_H = "보훈 위탁병원 2027년까지 1,000곳으로…9월부터 약제비 본인부담 없앤다"
PAGES.append(dict(
    source="2025-08-19_l_veterans-clinics-brief.txt", title=P6_H, published_at="2025-08-19",
    mentions=[
        m("l-mpva-clinics-1000", "new", MPVA, O, P6_H, target=1000.0, unit="곳", deadline="2027-12-31", dtext="2027년까지"),
        m("l-mpva-drug-copay", "new", MPVA, O, P6_H, deadline="2025-09-30", dtext="9월부터",
          comment="one headline, two commitments"),
        m("l-mpva-clinics-1000", "new", MPVA, O,
          "국가보훈부가 국가유공자가 집 가까운 곳에서 진료받을 수 있는 보훈 위탁병원을 지금의 680곳에서 2027년까지 1,000곳으로 늘린다.",
          target=1000.0, unit="곳", deadline="2027-12-31", dtext="2027년까지", comment="680곳 is the baseline"),
        m("l-mpva-drug-copay", "new", MPVA, O, "위탁병원에서 처방받은 약값의 본인 부담은 9월부터 없어진다.",
          deadline="2025-09-30", dtext="9월부터"),
        m("l-mpva-telehealth-6", "new", MPVA, O, "거동이 불편한 유공자를 위한 비대면 진료는 연내 보훈병원 6곳에서 시범 운영한다.",
          target=6.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment="the 관계자 quote at the end (no number or date) and 전라남도's 순회 진료 버스 are not annotated"),
    ]))

# ---------------------------------------------------------------- 청년월세 2/3 (국정감사 report, one deck line)
BAE = "배은결"
P7_H = "[2025 국감] 청년월세 첫 지급까지 52일…국토부 \"연말까지 30일 이내로\""
P7_D = "'마이홈' 원스톱 신청은 12월로 늦춰…시행령 개정은 두 달 늦게 마무리"
PAGES.append(dict(
    source="2025-10-14_l_youth-rent-audit.txt", title=P7_H, published_at="2025-10-14",
    mentions=[
        m("l-molit-rent-pay-30d", "progress", MOLIT, O, P7_H, target=30.0, unit="일", deadline="2025-12-31", dtext="연말까지",
          comment="52일 is the count; before the deadline (2025-12-31) a shortfall is progress"),
        m("l-molit-rent-app", "delayed", MOLIT, O, P7_D, deadline="2025-12-31", dtext="12월",
          comment=LATER + "; the deck does not name the old date"),
        m("l-molit-rent-decree", "achieved", MOLIT, O, P7_D, comment=LATE + " (상반기 = 2025-06-30); one deck line, two follow-ups"),
        m("l-molit-rent-pay-30d", "progress", MOLIT, O,
          "국토부는 지난 2월 신청부터 첫 지급까지 걸리는 기간을 하반기부터 30일 이내로 줄이겠다고 약속했지만, 하재림 의원이 국토부에서 받은 자료를 보면 올해 상반기에도 평균 52일이 걸렸다.",
          target=30.0, unit="일", deadline="2025-12-31", dtext="하반기부터",
          comment="the lawmaker's figure is tied to the promise in the sentence; person '' (a lawmaker is not the body's official)"),
        m("l-molit-rent-pay-30d", "progress", MOLIT, O,
          "장관을 대신해 답변에 나선 배은결 국토부 주택토지실장은 \"지자체 소득 조회 전산화가 9월에 끝나 지급 기간이 빠르게 줄고 있다\"며 \"연말까지는 반드시 30일 이내로 맞추겠다\"고 답했다.",
          person=BAE, target=30.0, unit="일", deadline="2025-12-31", dtext="연말까지",
          comment="the official restates the unchanged date on the page that reports progress: progress, not new"),
        m("l-molit-rent-150k", "progress", MOLIT, O,
          "올해 15만 명을 지원하겠다던 목표는 9월 말까지 9만 2,000명을 지원하는 데 머물렀다.",
          target=150000.0, unit="명", deadline="2025-12-31", dtext="올해",
          comment="before the deadline: a shortfall is progress; '9월 말까지' is the reporting date, not a deadline"),
        m("l-molit-rent-24m", "achieved", MOLIT, O, "5월 신청분부터 24개월로 늘어난 지원 기간은 예정대로 적용되고 있다.",
          target=24.0, unit="개월", deadline="2025-05-31", dtext="5월 신청분부터", comment="on time: the deadline is kept"),
        m("l-molit-rent-app", "delayed", MOLIT, O, "신청 창구를 하나로 모으겠다던 약속은 지켜지지 않았다.",
          comment="after the deadline (2025-07-31); no number or date"),
        m("l-molit-rent-app", "delayed", MOLIT, O, "7월 문을 열기로 했던 '마이홈' 앱 원스톱 신청은 아직 개통하지 못했다.",
          prev="2025-07-31", comment="reports the missed date; no new date in this sentence"),
        m("l-molit-rent-app", "delayed", MOLIT, O,
          "국토부는 지자체 복지 전산망과 연계하는 작업이 늦어졌다며 개통 시기를 12월로 미뤘다.",
          deadline="2025-12-31", dtext="12월", comment=LATER + "; the old date is in the previous sentence, not this one"),
        m("l-molit-rent-decree", "achieved", MOLIT, O,
          "상반기 안에 마치겠다던 주거급여법 시행령 개정은 8월에야 국무회의를 통과했다.", comment=LATE),
        m("l-molit-rent-fraud-3000", "new", MOLIT, O, "배 실장은 \"부정수급 의심 사례 3,000건을 연내 전수 점검하겠다\"고 말했다.",
          person=BAE, target=3000.0, unit="건", deadline="2025-12-31", dtext="연내",
          comment="'배 실장' = 배은결, named earlier on the page; 470건 (previous sentence) is a statistic"),
    ]))

# ---------------------------------------------------------------- 폐배터리 2/3 (TV script: 앵커/리포트/인터뷰 bites; after the rename)
P8_H = "폐배터리 성능평가 30일로 줄었지만…이력관리 시스템은 내년 6월로"
PAGES.append(dict(
    source="2025-11-25_l_ev-battery-tv.txt", title=P8_H, published_at="2025-11-25",
    mentions=[
        m("l-me-battery-eval-30d", "achieved", MCEE, C, P8_H, target=30.0, unit="일",
          comment=NAME + "; the headline names no deadline"),
        m("l-me-battery-tracking", "delayed", MCEE, C, P8_H, deadline="2026-06-30", dtext="내년 6월",
          comment=LATER + "; one headline, two follow-ups; the headline does not name the old date"),
        m("l-me-battery-eval-30d", "achieved", MCEE, C,
          "올해 1월 환경부가 30일 이내로 줄이겠다고 한 배터리 성능평가 기간은 예정대로 7월부터 평균 26일로 짧아졌습니다.",
          target=30.0, unit="일", deadline="2025-07-31", dtext="7월부터",
          comment="on time; the sentence says 환경부 (the promise's date) but the page date's name is 기후에너지환경부; 26일 is the count"),
        m("l-me-battery-return-100k", "achieved", MCEE, C,
          "4월부터 주기로 한 대당 10만 원의 배터리 반납 지원금도 예정대로 지급되고 있습니다.",
          target=100000.0, unit="원", deadline="2025-04-30", dtext="4월부터",
          comment="on time; 3,200여 명 and the 5,800개 statistic that follow are usage, not annotated"),
        m("l-me-battery-centers-10", "progress", MCEE, C,
          "거점수거센터는 2026년까지 10곳으로 늘린다는 목표 가운데 지금까지 6곳이 문을 열었습니다.",
          target=10.0, unit="곳", deadline="2026-12-31", dtext="2026년까지"),
        m("l-me-battery-tracking", "delayed", MCEE, C,
          "하지만 배터리의 생산부터 재활용까지 전 과정을 추적하는 '배터리 이력관리 통합시스템'은 올해 안에 구축하기 어렵게 됐습니다.",
          prev="2025-12-31", comment="the old date (올해 안에) will be missed: delayed, named date to previous_deadline"),
        m("l-me-battery-tracking", "delayed", MCEE, C, "내년 6월까지는 시스템을 완전히 개통하겠습니다.",
          person="성도윤", deadline="2026-06-30", dtext="내년 6월까지",
          comment=LATER + "; bite of the speaker in '[인터뷰] 성도윤 / 기후에너지환경부 자원순환국장'"),
        m("l-me-battery-cert", "progress", MCEE, C,
          "연내 도입하기로 한 재활용 우수업체 인증제는 관련 고시 개정을 마쳤고, 다음 달 첫 인증 업체가 발표됩니다.",
          deadline="2025-12-31", dtext="연내", comment="a step of the work before the deadline; '다음 달' (December) is within it"),
        m("l-me-battery-ess-5", "new", MCEE, C,
          "기후에너지환경부는 또 사용후 배터리를 에너지저장장치, ESS로 다시 쓰는 시범사업을 내년 상반기 5개 지역에서 시작하기로 했습니다.",
          target=5.0, unit="개", deadline="2026-06-30", dtext="내년 상반기",
          comment="the researcher's 1조 원 forecast and 경기도's 방화 창고 (300곳) are not annotated"),
    ]))

# ---------------------------------------------------------------- 빈집 통계 (data briefing; no promise on the page)
PAGES.append(dict(
    source="2026-02-10_l_vacant-homes-data.txt",
    title="[데이터로 본 빈집] 전국 빈집 153만 호…셋 중 하나는 1년 넘게 비었다", published_at="2026-02-10",
    mentions=[]))

# ---------------------------------------------------------------- 공공심야약국 2/3 (editorial)
PAGES.append(dict(
    source="2026-04-21_l_night-pharmacy-editorial.txt", title="[사설] 불 꺼진 심야약국, 약속은 있고 이행은 없다",
    published_at="2026-04-21",
    mentions=[
        m("l-mohw-pharm-gap-zero", "delayed", MOHW, O,
          "보건복지부는 지난해 공공심야약국이 한 곳도 없는 시군구를 연내 모두 없애겠다고 약속했지만, 지금도 전국 41개 시군구에는 밤 10시 이후 문을 여는 공공심야약국이 한 곳도 없다.",
          prev="2025-12-31",
          comment="after the deadline: a shortfall is delayed; '연내' of last year's promise → previous_deadline; 41 is the count"),
        m("l-mohw-pharm-gap-zero", "delayed", MOHW, O, "복지부는 지난달 이 공백을 6월까지 메우겠다고 다시 밝혔다.",
          deadline="2026-06-30", dtext="6월까지", comment=LATER),
        m("l-mohw-pharm-300", "progress", MOHW, O, "2027년까지 300곳으로 늘리겠다던 공공심야약국은 현재 221곳으로 늘었다.",
          target=300.0, unit="곳", deadline="2027-12-31", dtext="2027년까지"),
        m("l-mohw-pharm-300", "revision", MOHW, O, "복지부는 최근 이 목표 시점을 올해 말로 1년 앞당기겠다고 밝혔다.",
          deadline="2026-12-31", dtext="올해 말", prev="2027-12-31",
          comment="a date moved EARLIER is revision; '1년 앞당기겠다' implies the old date; no number in the sentence"),
        m("l-mohw-pharm-pay-50k", "achieved", MOHW, O, "지난해 7월부터 시간당 5만 원으로 올리기로 한 운영 지원금도 예정대로 인상됐다.",
          target=50000.0, unit="원", deadline="2025-07-31", dtext="지난해 7월부터", comment="on time"),
        m("l-mohw-pharm-finder", "achieved", MOHW, O, "지난해 9월 문을 연 '밤약국 찾기' 서비스는 지금까지 120만 명이 이용했다.",
          deadline="2025-09-30", dtext="지난해 9월", comment="on time (promised for 9월 2025); 120만 명 is usage"),
        m("l-mohw-pharm-1am", "cancelled", MOHW, O,
          "게다가 운영 시간을 새벽 1시까지 늘리겠다던 계획은 약사 구인난을 이유로 슬그머니 접었다.",
          comment="dropped; the sentence names no date"),
        m("l-mohw-pharm-law", "achieved", MOHW, O,
          "공공심야약국의 지정과 지원 근거를 담은 약사법 개정안은 지난해 상반기에 내겠다던 약속보다 반년 넘게 늦은 올해 1월에야 국회에 제출됐다.",
          comment=LATE + " (상반기 = 2025-06-30); the promise was to submit the bill, which is done"),
        m("l-mohw-pharm-vending", "new", MOHW, O,
          "복지부는 약사가 없는 읍면 지역에는 하반기부터 '안전상비의약품 자판기' 100대를 시범 설치하겠다고 했지만, 이 역시 약사회 반대를 넘어설 수 있을지 장담하기 어렵다.",
          target=100.0, unit="대", deadline="2026-12-31", dtext="하반기부터",
          comment="first report of this promise in the set: new, although inside an editorial's doubt"),
    ]))

# ---------------------------------------------------------------- 농어촌 빈집 2/2 (regional paper, two deck lines)
P11_H = "농촌 빈집 1만 1,400동 정비…'빈집은행'은 반년 늦게 문 열어"
P11_D1 = "농식품부, 정비 목표 3만 동→2만 5,000동으로 낮춰"
P11_D2 = "전국 빈집 실태조사 마무리는 9월로"
PAGES.append(dict(
    source="2026-07-14_l_vacant-houses-regional.txt", title=P11_H, published_at="2026-07-14",
    mentions=[
        m("l-mafra-vacant-30k", "progress", MAFRA, O, P11_H, comment="1만 1,400동 is the count, not the target"),
        m("l-mafra-vacant-bank", "achieved", MAFRA, O, P11_H,
          comment=LATE + " ('반년 늦게'); one headline, two follow-ups"),
        m("l-mafra-vacant-30k", "revision", MAFRA, O, P11_D1, target=25000.0, unit="동", comment="a lowered target is revision"),
        m("l-mafra-vacant-survey", "delayed", MAFRA, O, P11_D2, deadline="2026-09-30", dtext="9월",
          comment=LATER + "; the deck does not name the old date"),
        m("l-mafra-vacant-30k", "progress", MAFRA, O,
          "농림축산식품부는 지난해 4월 '농어촌 빈집 정비 종합대책'을 내놓은 뒤 올해 6월 말까지 전국에서 빈집 1만 1,400동을 정비했다고 13일 밝혔다.",
          comment="a measured value without the target; '6월 말까지' is the reporting date, not a deadline; "
                  "the same day's revision sets the status (revised)"),
        m("l-mafra-vacant-30k", "revision", MAFRA, O,
          "하지만 농식품부는 2027년까지 3만 동을 정비하겠다던 목표를 2만 5,000동으로 낮췄다.",
          target=25000.0, unit="동", deadline="2027-12-31", dtext="2027년까지",
          comment="a changed target is revision; the date is unchanged"),
        m("l-mafra-vacant-bank", "achieved", MAFRA, O,
          "지난해 하반기 문을 열기로 했던 온라인 중개 플랫폼 '농촌 빈집은행'은 올해 6월에야 서비스를 시작했다.",
          comment=LATE + " (하반기 = 2025-12-31); 1,300여 채 / 90채 (next sentence) are usage"),
        m("l-mafra-vacant-demolish-5m", "achieved", MAFRA, O,
          "지난해 7월부터 동당 최대 500만 원으로 올린 철거비 지원은 예정대로 시행되고 있다.",
          target=5000000.0, unit="원", deadline="2025-07-31", dtext="지난해 7월부터", comment="on time"),
        m("l-mois-vacant-tax", "achieved", MOIS, O,
          "행정안전부가 올해 1월부터 적용하기로 한 빈집 철거 부지 재산세 감면도 계획대로 시행됐다.",
          deadline="2026-01-31", dtext="올해 1월부터", comment="on time"),
        m("l-mafra-vacant-survey", "delayed", MAFRA, O,
          "반면 연내 마치기로 했던 전국 빈집 실태조사는 해를 넘긴 지금도 끝나지 않았다.",
          prev="2025-12-31", comment="'연내' of last year's promise → previous_deadline"),
        m("l-mof-fishing-homes-200", "progress", MOF, O,
          "해양수산부가 2026년까지 200동을 고치기로 한 '어촌 살아보기' 주택은 지금까지 86동이 완공됐다.",
          target=200.0, unit="동", deadline="2026-12-31", dtext="2026년까지"),
        m("l-mafra-vacant-youth-500", "new", MAFRA, O,
          "농식품부는 정비 목표를 낮추는 대신 고친 빈집을 귀농 청년에게 싸게 빌려주는 '청년 빈집 임대주택'을 2027년까지 500동 새로 공급하기로 했다.",
          target=500.0, unit="동", deadline="2027-12-31", dtext="2027년까지"),
        m("l-mafra-vacant-survey", "delayed", MAFRA, O,
          "탁윤재 농식품부 농촌정책국장은 \"목표 숫자보다 실제로 사람이 들어와 사는 빈집을 늘리는 데 무게를 두겠다\"며 \"실태조사는 9월까지 반드시 끝내겠다\"고 말했다.",
          person="탁윤재", deadline="2026-09-30", dtext="9월까지",
          comment="the official restates the moved date on the page that reports the delay: delayed with the new date; "
                  "전라남도's 1,000동 / 1,500동 (next paragraph) are a local government's"),
    ]))

# ---------------------------------------------------------------- year-end roundup (three storylines + one short item; two deck lines)
PAGES.append(dict(
    source="2026-11-24_l_promise-roundup.txt",
    title="[약속 점검 2026] 폐배터리·청년월세·국가유산 기록…정부 약속 성적표", published_at="2026-11-24",
    mentions=[
        m("l-me-battery-tracking", "delayed", MCEE, C, "배터리 이력관리 시스템 또 늦어져 내년 3월로",
          deadline="2027-03-31", dtext="내년 3월", comment=LATER + "; the deck names no body: the body that owns the promise"),
        m("l-molit-rent-150k", "delayed", MOLIT, O, "청년월세 지난해 13만 1,000명 지원…목표 15만 명 못 채워",
          target=150000.0, unit="명", prev="2025-12-31",
          comment="after the deadline: a shortfall is delayed; '지난해' = the promised year → previous_deadline"),
        m("l-me-battery-centers-10", "progress", MCEE, C,
          "2026년까지 10곳으로 늘리기로 한 사용후 배터리 거점수거센터는 10월 말 현재 8곳이 운영 중이다.",
          target=10.0, unit="곳", deadline="2026-12-31", dtext="2026년까지", comment="before the deadline: progress"),
        m("l-me-battery-cert", "achieved", MCEE, C,
          "지난해 12월 예정대로 도입된 재활용 우수업체 인증제로는 지금까지 업체 14곳이 인증을 받았다.",
          deadline="2025-12-31", dtext="지난해 12월", comment="on time (연내 2025); 14곳 is usage"),
        m("l-me-battery-tracking", "delayed", MCEE, C,
          "올해 6월로 한 차례 미뤘던 '배터리 이력관리 통합시스템'은 아직 시범 운영 단계에 머물러 있다.",
          prev="2026-06-30", comment="the moved date is named and missed"),
        m("l-me-battery-tracking", "delayed", MCEE, C, "기후에너지환경부는 정식 개통을 내년 3월로 다시 늦췄다.",
          deadline="2027-03-31", dtext="내년 3월", comment=LATER),
        m("l-me-battery-ess-5", "delayed", MCEE, C,
          "상반기 5개 지역에서 시작하기로 한 ESS 재사용 시범사업은 8월에야 3개 지역에서 첫발을 뗐다.",
          target=5.0, unit="개", prev="2026-06-30", comment="after the deadline, late and short (3 of 5): delayed"),
        m("l-motie-battery-cluster-2", "cancelled", MOTI, I,
          "산업통상부는 2026년까지 2곳을 지정하겠다던 '사용후 배터리 재활용 특화단지' 계획을 접고, 기존 이차전지 특화단지에 재활용 시설을 넣는 쪽으로 방향을 틀었다.",
          target=2.0, unit="곳", prev="2026-12-31",
          comment="promise made by 산업통상자원부; from 2025-10-01 the body is 산업통상부; dropped; the dropped promise's date "
                  "goes to previous_deadline"),
        m("l-molit-rent-150k", "delayed", MOLIT, O, "지난해 15만 명을 지원하겠다던 청년월세 사업은 13만 1,000명을 지원하는 데 그쳤다.",
          target=150000.0, unit="명", prev="2025-12-31"),
        m("l-molit-rent-pay-30d", "achieved", MOLIT, O,
          "신청부터 첫 지급까지 30일 이내로 줄이겠다던 목표는 올해 3월에야 평균 27일로 맞춰졌다.",
          target=30.0, unit="일", comment=LATE + " (연말 = 2025-12-31); 27일 is the count"),
        m("l-molit-rent-app", "achieved", MOLIT, O, "지난해 12월로 미뤄졌던 '마이홈' 앱 원스톱 신청은 올해 2월 문을 열었다.",
          comment=LATE + " (the moved date 2025-12-31)"),
        m("l-molit-rent-income-120", "achieved", MOLIT, O, "원가구 소득 기준은 예정대로 올해 1월부터 중위소득 120% 이하로 완화됐다.",
          target=120.0, unit="%", deadline="2026-01-31", dtext="올해 1월부터", comment="on time"),
        m("l-khs-scan-1000", "progress", KHS, O,
          "국가유산청이 2027년까지 1,000건을 남기겠다던 3D 정밀 기록은 지금까지 540건을 마쳤다.",
          target=1000.0, unit="건", deadline="2027-12-31", dtext="2027년까지"),
        m("l-khs-platform", "achieved", KHS, O,
          "지난해 12월 개통하기로 했던 통합 플랫폼 '유산온'은 예정보다 한 달 늦은 올해 1월 문을 열었다.",
          comment=LATE + " (12월 = 2025-12-31)"),
        m("l-khs-twin-50", "delayed", KHS, O, "목조 유산 50곳의 디지털 트윈은 올해 안에 끝내기 어려워 내년 6월로 미뤄졌다.",
          target=50.0, unit="곳", deadline="2027-06-30", dtext="내년 6월", prev="2026-12-31",
          comment=LATER + "; the old date (올해 안에) is named"),
        m("l-khs-experts-100", "progress", KHS, O,
          "디지털 복원 전문 인력은 2026년까지 100명을 양성하기로 했지만 올해 과정 수료 예정자까지 합쳐도 72명이다.",
          target=100.0, unit="명", deadline="2026-12-31", dtext="2026년까지", comment="before the deadline: progress"),
        m("l-mohw-pharm-gap-zero", "delayed", MOHW, O,
          "보건복지부가 6월까지 메우겠다던 공공심야약국 공백 시군구는 10월 현재 17곳이 남아 있다.",
          prev="2026-06-30",
          comment="after the moved deadline: delayed; the next sentence ('약사를 구하는 대로') is conditional: not annotated"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-24)
LAST = "2026-11-24"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    ("l-me-battery-centers-10", MCEE, C, "사용후 배터리 거점수거센터 2026년까지 10곳", "in_progress", "8곳 at the end of October"),
    ("l-me-battery-eval-30d", MCEE, C, "배터리 성능평가 기간 30일 이내 2025년 7월부터", "achieved", "평균 26일"),
    ("l-me-battery-tracking", MCEE, C, "배터리 이력관리 통합시스템 구축 (2025년 하반기 → 2026년 6월 → 2027년 3월)", "delayed",
     "moved later twice; last on 2026-11-24"),
    ("l-me-battery-cert", MCEE, C, "재활용 우수업체 인증제 2025년 내 도입", "achieved", "December 2025"),
    ("l-me-battery-return-100k", MCEE, C, "배터리 반납 지원금 대당 10만 원 2025년 4월부터", "achieved", ""),
    ("l-me-battery-ess-5", MCEE, C, "사용후 배터리 ESS 재사용 시범사업 2026년 상반기 5개 지역", "delayed",
     "started late (August) in 3 regions"),
    ("l-motie-battery-cluster-2", MOTI, I, "사용후 배터리 재활용 특화단지 2026년까지 2곳 지정", "cancelled", "dropped on 2026-11-24"),
    ("l-molit-rent-24m", MOLIT, O, "청년월세 지원 기간 24개월 2025년 5월 신청분부터", "achieved", ""),
    ("l-molit-rent-150k", MOLIT, O, "청년월세 2025년 15만 명 지원", "delayed", "13만 1,000명"),
    ("l-molit-rent-pay-30d", MOLIT, O, "청년월세 신청~첫 지급 30일 이내 2025년 하반기", "achieved", "March 2026"),
    ("l-molit-rent-app", MOLIT, O, "'마이홈' 앱 원스톱 신청 (2025년 7월 → 12월)", "achieved", "February 2026"),
    ("l-molit-rent-income-120", MOLIT, O, "청년월세 원가구 소득 기준 중위소득 120% 2026년 1월부터", "achieved", ""),
    ("l-molit-rent-decree", MOLIT, O, "청년월세 상시 사업 전환 (주거급여법 시행령 개정) 2025년 상반기", "achieved", "August 2025"),
    ("l-molit-rent-fraud-3000", MOLIT, O, "청년월세 부정수급 의심 3,000건 2025년 내 전수 점검", "delayed",
     "deadline 2025-12-31 passed with no report (the audit page is its only page)"),
    ("l-mohw-pharm-300", MOHW, O, "공공심야약국 300곳 (2027년 → 2026년 말로 앞당김)", "revised", "date moved earlier on 2026-04-21; 221곳"),
    ("l-mohw-pharm-gap-zero", MOHW, O, "공공심야약국 없는 시군구 해소 (2025년 내 → 2026년 6월)", "delayed", "17곳 left in October 2026"),
    ("l-mohw-pharm-pay-50k", MOHW, O, "공공심야약국 운영 지원금 시간당 5만 원 2025년 7월부터", "achieved", ""),
    ("l-mohw-pharm-1am", MOHW, O, "공공심야약국 운영 새벽 1시까지 연장 2025년 하반기부터", "cancelled", ""),
    ("l-mohw-pharm-finder", MOHW, O, "'밤약국 찾기' 서비스 2025년 9월", "achieved", ""),
    ("l-mohw-pharm-law", MOHW, O, "공공심야약국 근거 약사법 개정안 2025년 상반기 국회 제출", "achieved", "January 2026"),
    ("l-mohw-pharm-vending", MOHW, O, "약국 없는 읍면 안전상비의약품 자판기 100대 2026년 하반기 시범", "announced", ""),
    ("l-mafra-vacant-30k", MAFRA, O, "농촌 빈집 2027년까지 정비 (3만 동 → 2만 5,000동)", "revised",
     "target lowered on 2026-07-14; 1만 1,400동"),
    ("l-mafra-vacant-bank", MAFRA, O, "'농촌 빈집은행' 2025년 하반기 개설", "achieved", "June 2026"),
    ("l-mafra-vacant-demolish-5m", MAFRA, O, "빈집 철거비 지원 동당 최대 500만 원 2025년 7월부터", "achieved", ""),
    ("l-mafra-vacant-survey", MAFRA, O, "전국 빈집 실태조사 (2025년 내 → 2026년 9월)", "delayed",
     "moved later on 2026-07-14; that date passed too"),
    ("l-mof-fishing-homes-200", MOF, O, "어촌 빈집 200동 '어촌 살아보기' 주택 2026년까지", "in_progress", "86동 by July"),
    ("l-mois-vacant-tax", MOIS, O, "빈집 철거 부지 재산세 감면 2026년 1월부터", "achieved", ""),
    ("l-mafra-vacant-youth-500", MAFRA, O, "'청년 빈집 임대주택' 2027년까지 500동", "announced", ""),
    ("l-khs-scan-1000", KHS, O, "국가유산 1,000건 3D 정밀 기록 2027년까지", "in_progress", "540건"),
    ("l-khs-platform", KHS, O, "국가유산 통합 플랫폼 '유산온' 2025년 12월 개통", "achieved", "January 2026"),
    ("l-khs-twin-50", KHS, O, "목조 유산 50곳 디지털 트윈 (2026년 → 2027년 6월)", "delayed", "moved later on 2026-11-24"),
    ("l-khs-experts-100", KHS, O, "디지털 복원 전문 인력 2026년까지 100명 양성", "in_progress", "72명"),
    ("l-khs-vr-30", KHS, O, "훼손 석탑·불상 30점 VR 복원 공개 2025년 하반기부터", "delayed",
     "deadline 2025-12-31 passed with no report (the plan is its only page)"),
    ("l-mpva-clinics-1000", MPVA, O, "보훈 위탁병원 2027년까지 1,000곳", "announced", ""),
    ("l-mpva-drug-copay", MPVA, O, "위탁병원 약제비 본인부담 면제 2025년 9월부터", "delayed",
     "deadline 2025-09-30 passed with no report (the brief is its only page)"),
    ("l-mpva-telehealth-6", MPVA, O, "보훈병원 6곳 비대면 진료 2025년 내 시범", "delayed", "deadline 2025-12-31 passed with no report"),
]


if __name__ == "__main__":
    write(ROOT, "l", PAGES, COMMITMENTS, LAST,
          ['ministry = the responsible body under the name valid on that date (the 환경부 promises are listed under',
           '기후에너지환경부, and the 산업통상자원부 promise under 산업통상부, their successors from 2025-10-01).'],
          with_commitments="--commitments" in sys.argv[1:])
