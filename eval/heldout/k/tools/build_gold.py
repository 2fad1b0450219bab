"""Writes the hand annotations of held-out set k to gold/*.toml.

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

MOF = "해양수산부"
MOGEF = "여성가족부"     # until 2025-09-30
MOGE = "성평등가족부"    # from 2025-10-01 (successor of 여성가족부)
MOIS = "행정안전부"
MOE = "교육부"
KNPA = "경찰청"
MND = "국방부"
MAFRA = "농림축산식품부"

O = "other"

LATE = "achieved after the deadline the commitment named; no deadline fields (the sentence names a missed date or none)"
LATER = "deadline moved later: delayed (project sample-corpus convention), new date in deadline"

PAGES: list[dict] = []

# ---------------------------------------------------------------- 여객선 1/3 (wire, (세종=) dateline)
P1_H = "해수부, 섬 주민 여객선 운임 1천 원으로…공영제 항로 2027년까지 30개"
P1_Q = ("변주원 해수부 해운물류국장은 \"섬 주민에게 여객선은 시내버스이자 지하철\"이라며 \"7월 요금 인하는 차질 없이 "
        "시행하고 공영제 항로 30개 목표도 반드시 지키겠다\"고 말했다.")
P1_2 = ("하루 두 차례 이상 왕복해 섬 주민이 당일에 뭍에 다녀올 수 있는 '1일 생활권' 항로는 연내 10개를 새로 만들고, "
        "선사별로 흩어진 여객선 예매를 한곳에서 할 수 있는 통합 예매 앱 '섬배표'도 9월 개통한다.")
PAGES.append(dict(
    source="2025-02-11_k_island-ferry-wire.txt", title=P1_H, published_at="2025-02-11",
    mentions=[
        m("k-mof-ferry-fare-1000", "new", MOF, O, P1_H, target=1000.0, unit="원",
          comment="the headline's date belongs to the second clause; the fare clause has none: no deadline fields"),
        m("k-mof-ferry-public-30", "new", MOF, O, P1_H, target=30.0, unit="개", deadline="2027-12-31", dtext="2027년까지",
          comment="one headline, two commitments"),
        m("k-mof-ferry-fare-1000", "new", MOF, O,
          "해양수산부는 7월부터 섬 주민이 여객선을 탈 때 내는 운임을 거리와 관계없이 편도 1,000원으로 낮추는 내용의 '섬 주민 해상교통 기본권 보장 방안'을 11일 발표했다.",
          target=1000.0, unit="원", deadline="2025-07-31", dtext="7월부터",
          comment="the wire dateline '(세종=한빛통신) 김도담 기자 = ' is not part of the sentence; 'N월부터': that month's last day"),
        m("k-mof-ferry-public-30", "new", MOF, O, "해수부는 현재 12개인 공영제 항로를 2027년까지 30개로 늘린다.",
          target=30.0, unit="개", deadline="2027-12-31", dtext="2027년까지", comment="12개 is the baseline"),
        m("k-mof-ferry-newships-8", "new", MOF, O, "선령 25년을 넘긴 노후 여객선을 대신할 신조선 8척도 2026년까지 건조한다.",
          target=8.0, unit="척", deadline="2026-12-31", dtext="2026년까지"),
        m("k-mof-ferry-daily-10", "new", MOF, O, P1_2, target=10.0, unit="개", deadline="2025-12-31", dtext="연내"),
        m("k-mof-ferry-booking-app", "new", MOF, O, P1_2, deadline="2025-09-30", dtext="9월",
          comment="one sentence, two commitments"),
        m("k-mof-ferry-fare-1000", "new", MOF, O, P1_Q, person="변주원", deadline="2025-07-31", dtext="7월",
          comment="'요금 인하' restates the fare promise without the number"),
        m("k-mof-ferry-public-30", "new", MOF, O, P1_Q, person="변주원", target=30.0, unit="개",
          comment="one quote, two commitments; the 30개 clause has no date"),
    ]))

# ---------------------------------------------------------------- 아이돌봄 1/3 (straight news, press-release lead, two deck lines)
P2_H = "여가부, 아이돌보미 3만 5천 명으로 늘린다…\"대기 기간 연내 2주 이내로\""
P2_D1 = "야간·긴급 돌봄 거점기관 연내 50곳 지정"
P2_D2 = "정부 지원 소득 기준 내년 1월부터 중위소득 200%로 확대"
PAGES.append(dict(
    source="2025-03-18_k_childcare-plan.txt", title=P2_H, published_at="2025-03-18",
    mentions=[
        m("k-mogef-carers-35k", "new", MOGEF, O, P2_H, target=35000.0, unit="명",
          comment="the first clause has no date: no deadline fields"),
        m("k-mogef-wait-2w", "new", MOGEF, O, P2_H, target=2.0, unit="주", deadline="2025-12-31", dtext="연내",
          comment="one headline, two commitments; the unit keeps the page's counter (주)"),
        m("k-mogef-emergency-50", "new", MOGEF, O, P2_D1, target=50.0, unit="곳", deadline="2025-12-31", dtext="연내"),
        m("k-mogef-income-200", "new", MOGEF, O, P2_D2, target=200.0, unit="%", deadline="2026-01-31",
          dtext="내년 1월부터", comment="'정부' resolved to the body the article is about"),
        m("k-mogef-carers-35k", "new", MOGEF, O,
          "여성가족부가 맞벌이 가정의 '돌봄 공백'을 줄이기 위해 아이돌보미를 2026년까지 3만 5,000명으로 늘린다.",
          target=35000.0, unit="명", deadline="2026-12-31", dtext="2026년까지"),
        m("k-mogef-carers-35k", "new", MOGEF, O,
          "방안에 따르면 여가부는 지금 2만 8,000명인 아이돌보미를 해마다 3,500명씩 늘려 2026년까지 3만 5,000명을 확보한다.",
          target=35000.0, unit="명", deadline="2026-12-31", dtext="2026년까지",
          comment="2만 8,000명 is the baseline, 3,500명 the yearly step"),
        m("k-mogef-wait-2w", "new", MOGEF, O,
          "서비스를 신청한 뒤 돌보미를 배정받기까지 평균 33일 걸리던 대기 기간은 연내 2주 이내로 줄인다.",
          target=2.0, unit="주", deadline="2025-12-31", dtext="연내", comment="33일 is the baseline"),
        m("k-mogef-emergency-50", "new", MOGEF, O,
          "밤늦게 퇴근하거나 아이가 갑자기 아플 때 맡길 수 있는 야간·긴급 돌봄 거점기관은 연내 50곳을 지정한다.",
          target=50.0, unit="곳", deadline="2025-12-31", dtext="연내"),
        m("k-mogef-infant-allowance", "new", MOGEF, O,
          "돌보기가 까다로운 생후 36개월 이하 영아를 맡는 아이돌보미에게는 7월부터 시간당 1,500원의 영아 돌봄 수당을 따로 준다.",
          target=1500.0, unit="원", deadline="2025-07-31", dtext="7월부터"),
        m("k-mogef-income-200", "new", MOGEF, O,
          "정부가 이용료를 지원하는 가구의 소득 기준도 내년 1월부터 기준 중위소득 150% 이하에서 200% 이하로 넓힌다.",
          target=200.0, unit="%", deadline="2026-01-31", dtext="내년 1월부터", comment="150% is the baseline"),
        m("k-mogef-matching-app", "new", MOGEF, O,
          "부모가 돌보미의 활동 일지를 실시간으로 확인하고 원하는 돌보미를 바로 고를 수 있는 '아이돌봄 실시간 매칭 앱'도 하반기 중 내놓는다.",
          deadline="2025-12-31", dtext="하반기 중"),
        m("k-mogef-wait-2w", "new", MOGEF, O,
          "도하린 여가부 가족정책관은 \"돌보미가 없어 서비스를 포기하는 가정이 더는 없어야 한다\"며 \"대기 기간 2주 목표는 시도별로 점검해 연말까지 반드시 맞추겠다\"고 말했다.",
          person="도하린", target=2.0, unit="주", deadline="2025-12-31", dtext="연말까지"),
    ]))

# ---------------------------------------------------------------- 스쿨존 1/3 (straight news, press-release lead, one deck line; three bodies)
P3_H = "스쿨존 무인단속카메라 연내 2,000대 더…통학버스 '하차 확인 장치' 2026년까지 모두 단다"
P3_D = "정부 '어린이 교통안전 강화 대책'…2027년까지 스쿨존 사망자 '0명' 목표"
PAGES.append(dict(
    source="2025-04-22_k_school-zone-plan.txt", title=P3_H, published_at="2025-04-22",
    mentions=[
        m("k-mois-sz-camera-2000", "new", MOIS, O, P3_H, target=2000.0, unit="대", deadline="2025-12-31", dtext="연내"),
        m("k-moe-bus-sensor", "new", MOE, O, P3_H, deadline="2026-12-31", dtext="2026년까지",
          comment="one headline, two commitments of two bodies (행정안전부 cameras; 교육부 sensors, per the body); '모두' is no number"),
        m("k-mois-sz-death-zero", "new", MOIS, O, P3_D, target=0.0, unit="명", deadline="2027-12-31", dtext="2027년까지",
          comment="'정부' = the joint plan led and reported by 행정안전부; 0명 is a numeric target"),
        m("k-mois-sz-camera-2000", "new", MOIS, O,
          "행정안전부가 어린이보호구역(스쿨존)에 무인 교통단속카메라 2,000대를 연내 추가로 설치한다.",
          target=2000.0, unit="대", deadline="2025-12-31", dtext="연내"),
        m("k-mois-sz-death-zero", "new", MOIS, O, "대책의 목표는 2027년까지 스쿨존 안 어린이 사망자를 '0명'으로 만드는 것이다.",
          target=0.0, unit="명", deadline="2027-12-31", dtext="2027년까지"),
        m("k-mois-sz-camera-2000", "new", MOIS, O,
          "이를 위해 행안부는 단속카메라가 없는 스쿨존부터 카메라를 설치하고, 보도가 없어 아이들이 차도 가장자리로 걸어야 하는 스쿨존 1,200곳에는 2027년까지 보도를 만든다.",
          comment="the camera clause restates the promise without number or date: no fields"),
        m("k-mois-sz-sidewalk-1200", "new", MOIS, O,
          "이를 위해 행안부는 단속카메라가 없는 스쿨존부터 카메라를 설치하고, 보도가 없어 아이들이 차도 가장자리로 걸어야 하는 스쿨존 1,200곳에는 2027년까지 보도를 만든다.",
          target=1200.0, unit="곳", deadline="2027-12-31", dtext="2027년까지", comment="one sentence, two commitments"),
        m("k-mois-sz-parking-1100", "new", MOIS, O, "스쿨존 안에 있는 노상주차장 1,100곳도 연내 모두 없앤다.",
          target=1100.0, unit="곳", deadline="2025-12-31", dtext="연내"),
        m("k-mois-sz-map", "new", MOIS, O,
          "통학로의 위험 지점과 안전한 우회로를 지도 위에 보여 주는 '통학로 안전지도' 서비스는 9월 공개한다.",
          deadline="2025-09-30", dtext="9월"),
        m("k-moe-bus-sensor", "new", MOE, O,
          "교육부는 유치원과 초등학교 통학버스 1만 2,000대 전부에 아이가 차 안에 남아 있는지 확인하는 '하차 확인 장치'를 2026년까지 달 수 있도록 설치비를 지원한다.",
          target=12000.0, unit="대", deadline="2026-12-31", dtext="2026년까지"),
        m("k-knpa-sz-flex-speed-500", "new", KNPA, O,
          "경찰청은 등·하교 시간이 아닌 밤 시간대에는 스쿨존 제한속도를 시속 30km에서 40km로 올려 주는 '탄력 속도제' 구간을 하반기까지 전국 500곳으로 늘린다.",
          target=500.0, unit="곳", deadline="2025-12-31", dtext="하반기까지",
          comment="30km/40km are the speed limits of the scheme, not the target; 120곳 (next sentence) is the baseline"),
        m("k-mois-sz-camera-2000", "new", MOIS, O,
          "공태오 행안부 안전정책실장은 \"아이들이 다니는 길에서만큼은 단 한 건의 사망사고도 용납할 수 없다\"며 \"카메라 2,000대는 연말까지 모두 설치를 끝내겠다\"고 말했다.",
          person="공태오", target=2000.0, unit="대", deadline="2025-12-31", dtext="연말까지"),
    ]))

# ---------------------------------------------------------------- 장병 처우 1/2 (Q&A interview, two deck lines)
P4_H = "[인터뷰] 함지후 국방부 인사복지실장 \"초급간부 당직비 4만 원으로…병 생활관 2027년까지 2인실\""
P4_D1 = "간부 독신자 숙소 2026년까지 3,000실 새로 짓는다"
P4_D2 = "병영생활 전문상담관 연내 100명 증원"
P4_MW = "장병 하루 급식비는 지금 1만 3,000원에서 내년 1월부터 1만 5,000원으로 올리고, 하반기에는 모든 부대 생활관에 와이파이를 깐다."
P4_R = "그래도 당직비와 급식비 인상만큼은 어떤 일이 있어도 지키겠다."
HAM = "함지후"
PAGES.append(dict(
    source="2025-07-15_k_soldier-welfare-interview.txt", title=P4_H, published_at="2025-07-15",
    mentions=[
        m("k-mnd-duty-pay", "new", MND, O, P4_H, person=HAM, target=40000.0, unit="원",
          comment="interview headline: the interviewee; the 당직비 clause has no date"),
        m("k-mnd-barracks-2p", "new", MND, O, P4_H, person=HAM, deadline="2027-12-31", dtext="2027년까지",
          comment="one headline, two commitments; '2인실' is the kind of room, not a count"),
        m("k-mnd-housing-3000", "new", MND, O, P4_D1, target=3000.0, unit="실", deadline="2026-12-31", dtext="2026년까지"),
        m("k-mnd-counselors-100", "new", MND, O, P4_D2, target=100.0, unit="명", deadline="2025-12-31", dtext="연내"),
        m("k-mnd-duty-pay", "new", MND, O, "이 당직근무비를 내년 1월부터 4만 원으로 두 배 올린다.", person=HAM,
          target=40000.0, unit="원", deadline="2026-01-31", dtext="내년 1월부터",
          comment="Q&A answer: the 'A. ' label is not part of the sentence; 2만 원 (previous sentence) is the baseline"),
        m("k-mnd-barracks-2p", "new", MND, O, "2027년까지 병 생활관 4만 실을 모두 2인 1실로 바꾸겠다.", person=HAM,
          target=40000.0, unit="실", deadline="2027-12-31", dtext="2027년까지"),
        m("k-mnd-meal-15k", "new", MND, O, P4_MW, person=HAM, target=15000.0, unit="원", deadline="2026-01-31",
          dtext="내년 1월부터", comment="1만 3,000원 is the baseline"),
        m("k-mnd-wifi", "new", MND, O, P4_MW, person=HAM, deadline="2025-12-31", dtext="하반기",
          comment="one sentence, two commitments; '모든 부대' is no number"),
        m("k-mnd-housing-3000", "new", MND, O, "2026년까지 간부 독신자 숙소 3,000실을 새로 짓겠다.", person=HAM,
          target=3000.0, unit="실", deadline="2026-12-31", dtext="2026년까지"),
        m("k-mnd-flex-commute", "new", MND, O,
          "출퇴근 부담을 덜 수 있도록 하반기부터 수도권 부대 10곳에서 '간부 자율출퇴근제'를 시범 운영한다.", person=HAM,
          target=10.0, unit="곳", deadline="2025-12-31", dtext="하반기부터", comment="'하반기부터': by the end of the half (12-31)"),
        m("k-mnd-counselors-100", "new", MND, O, "연내 상담관을 100명 늘려 상담 문턱을 낮추겠다.", person=HAM,
          target=100.0, unit="명", deadline="2025-12-31", dtext="연내"),
        m("k-mnd-duty-pay", "new", MND, O, P4_R, person=HAM, comment="restates two promises without numbers or dates"),
        m("k-mnd-meal-15k", "new", MND, O, P4_R, person=HAM, comment="one sentence, two commitments"),
    ]))

# ---------------------------------------------------------------- 폐교 (standalone short brief)
P5_H = "교육부, 방치 폐교 100곳 2년 안에 새 주인 찾는다…임대료 절반 감면"
TWO_YEARS = "'2년 안에' counted from the page date (2025-08-26 + 2 years)"
PAGES.append(dict(
    source="2025-08-26_k_closed-schools-brief.txt", title=P5_H, published_at="2025-08-26",
    mentions=[
        m("k-moe-closed-school-100", "new", MOE, O, P5_H, target=100.0, unit="곳", deadline="2027-08-26", dtext="2년 안에",
          comment=TWO_YEARS),
        m("k-moe-closed-school-rent", "new", MOE, O, P5_H,
          comment="one headline, two commitments; '절반' is relative: no target fields; no date in the headline"),
        m("k-moe-closed-school-100", "new", MOE, O,
          "교육부는 미활용 폐교 가운데 100곳을 2년 안에 매각하거나 임대해 새 용도를 찾는다는 목표를 세웠다.",
          target=100.0, unit="곳", deadline="2027-08-26", dtext="2년 안에", comment=TWO_YEARS + "; 362곳 is the stock"),
        m("k-moe-closed-school-rent", "new", MOE, O,
          "폐교를 빌려 쓰는 지방자치단체와 주민 단체, 사회적기업에는 10월부터 연간 임대료를 지금의 절반으로 깎아 준다.",
          deadline="2025-10-31", dtext="10월부터"),
        m("k-moe-closed-school-platform", "new", MOE, O,
          "전국 폐교의 위치와 건물 상태, 임대 조건을 한눈에 볼 수 있는 '폐교 활용 통합 플랫폼'도 12월 문을 연다.",
          deadline="2025-12-31", dtext="12월"),
    ]))

# ---------------------------------------------------------------- 여객선 2/3 (TV script: 앵커/리포트/인터뷰 bites)
P6_H = "섬 주민 여객선 1천 원 시대 석 달…통합 예매 앱은 내년 3월로 연기"
PAGES.append(dict(
    source="2025-10-28_k_island-ferry-tv.txt", title=P6_H, published_at="2025-10-28",
    mentions=[
        m("k-mof-ferry-fare-1000", "achieved", MOF, O, P6_H, target=1000.0, unit="원",
          comment="'1천 원 시대 석 달': in force; the headline names no deadline"),
        m("k-mof-ferry-booking-app", "delayed", MOF, O, P6_H, deadline="2026-03-31", dtext="내년 3월",
          comment=LATER + "; the headline does not name the old date"),
        m("k-mof-ferry-fare-1000", "achieved", MOF, O,
          "해양수산부가 7월부터 시행하기로 한 섬 주민 여객선 1,000원 요금제는 예정대로 7월 1일 시작됐습니다.",
          target=1000.0, unit="원", deadline="2025-07-31", dtext="7월부터", comment="on time: the deadline is kept"),
        m("k-mof-ferry-daily-10", "progress", MOF, O,
          "연내 10개를 새로 만들겠다던 '1일 생활권' 항로는 지금까지 6개가 생겼습니다.",
          target=10.0, unit="개", deadline="2025-12-31", dtext="연내",
          comment="before the deadline (2025-12-31): a count short of the target is progress"),
        m("k-mof-ferry-booking-app", "delayed", MOF, O,
          "하지만 9월 문을 열기로 했던 통합 예매 앱 '섬배표'는 아직 개통하지 못했습니다.", prev="2025-09-30",
          comment="reports the missed date; no new date in this sentence"),
        m("k-mof-ferry-booking-app", "delayed", MOF, O, "충분히 시험을 거쳐 내년 3월에는 반드시 개통하겠습니다.",
          person="변주원", deadline="2026-03-31", dtext="내년 3월",
          comment=LATER + "; bite of the speaker in '[인터뷰] 변주원 / 해양수산부 해운물류국장'"),
        m("k-mof-ferry-newships-8", "progress", MOF, O,
          "노후 여객선을 대신할 신조선 8척은 3척이 건조에 들어갔고, 나머지 5척은 내년 초 발주됩니다.",
          target=8.0, unit="척", comment="'내년 초 발주' is a step of the work, not a new deadline"),
        m("k-mof-ferry-cancel-fare", "new", MOF, O,
          "해수부는 또 기상 악화로 여객선이 결항하면 섬 주민에게 대체 교통비를 지원하는 제도를 내년 1월부터 시행하기로 했습니다.",
          deadline="2026-01-31", dtext="내년 1월부터",
          comment="the 5만 원 cap (next sentence) is a parameter, not a target"),
        m("k-mof-ferry-public-30", "progress", MOF, O,
          "공영제 항로는 현재 15개로, 2027년까지 30개로 늘린다는 목표의 절반에 머물러 있습니다.",
          target=30.0, unit="개", deadline="2027-12-31", dtext="2027년까지"),
    ]))

# ---------------------------------------------------------------- 스쿨존 2/3 (data feature with ◆ subheads and a deck)
P7_H = "[숫자로 본 스쿨존] 단속카메라 2,140대 늘었지만…'탄력 속도제'는 310곳 그쳐"
P7_D = "노상주차장 정비도 목표 못 미쳐…올해 노후 신호등 3,000개 교체"
PAGES.append(dict(
    source="2026-01-20_k_school-zone-numbers.txt", title=P7_H, published_at="2026-01-20",
    mentions=[
        m("k-mois-sz-camera-2000", "achieved", MOIS, O, P7_H, comment="2,140대 is the count, not the target"),
        m("k-knpa-sz-flex-speed-500", "delayed", KNPA, O, P7_H,
          comment="one headline, two follow-ups of two bodies; 310곳 is the count; after the deadline: delayed"),
        m("k-mois-sz-parking-1100", "delayed", MOIS, O, P7_D, comment="after the deadline; no number for this clause"),
        m("k-mois-sz-signal-3000", "new", MOIS, O, P7_D, target=3000.0, unit="개", deadline="2026-12-31", dtext="올해",
          comment="one deck line, two commitments; the body names 행안부"),
        m("k-mois-sz-camera-2000", "achieved", MOIS, O,
          "연내 2,000대를 늘리기로 한 스쿨존 무인단속카메라는 지난해 12월 말까지 2,140대가 새로 설치됐다.",
          target=2000.0, unit="대", deadline="2025-12-31", dtext="연내",
          comment="on time: the deadline is kept; '연내' here means the promised year 2025"),
        m("k-knpa-sz-flex-speed-500", "delayed", KNPA, O,
          "경찰청이 하반기까지 500곳으로 늘리겠다던 스쿨존 '탄력 속도제' 구간은 310곳에 그쳤다.",
          target=500.0, unit="곳", prev="2025-12-31", comment="after the deadline: a shortfall is delayed"),
        m("k-knpa-sz-flex-speed-500", "delayed", KNPA, O, "경찰청은 나머지 190곳을 올해 6월까지 지정하겠다고 밝혔다.",
          target=190.0, unit="곳", deadline="2026-06-30", dtext="올해 6월까지",
          comment=LATER + "; the remainder is the target; the old date is in the previous sentence, not this one"),
        m("k-mois-sz-parking-1100", "delayed", MOIS, O,
          "연내 1,100곳을 모두 없애기로 했던 스쿨존 안 노상주차장은 830곳만 정비됐다.",
          target=1100.0, unit="곳", prev="2025-12-31",
          comment="the quote about the remaining 270곳 that follows has no date: not annotated"),
        m("k-mois-sz-map", "achieved", MOIS, O,
          "지난해 9월 공개하기로 했던 '통학로 안전지도'는 두 달 늦은 11월에야 서비스를 시작했다.",
          comment=LATE + " (9월 = 2025-09-30)"),
        m("k-mois-sz-sidewalk-1200", "progress", MOIS, O,
          "2027년까지 1,200곳에 보도를 놓기로 한 사업은 지난해 380곳에서 공사를 마쳤다.",
          target=1200.0, unit="곳", deadline="2027-12-31", dtext="2027년까지"),
        m("k-moe-bus-sensor", "progress", MOE, O,
          "교육부가 2026년까지 모든 통학버스에 달기로 한 하차 확인 장치는 지난해 말 기준 설치율이 64%다.",
          deadline="2026-12-31", dtext="2026년까지", comment="64% is a measured rate, not the target: no target fields"),
        m("k-mois-sz-signal-3000", "new", MOIS, O,
          "행안부는 올해 스쿨존 안 노후 신호등 3,000개를 잔여 시간 표시 LED 신호등으로 바꾼다.",
          target=3000.0, unit="개", deadline="2026-12-31", dtext="올해"),
    ]))

# ---------------------------------------------------------------- 반려동물 등록제 (standalone column, 기자수첩)
PAGES.append(dict(
    source="2026-03-03_k_pet-registration-column.txt", title="[기자수첩] 반려동물 등록률 80%, 구호로 끝나지 않으려면",
    published_at="2026-03-03",
    mentions=[
        m("k-mafra-pet-registration-80", "new", MAFRA, O,
          "농림축산식품부는 지난달 26일 '반려동물 등록제 개선 방안'을 내놓고 2027년까지 반려견 등록률을 80%로 끌어올리겠다고 밝혔다.",
          target=80.0, unit="%", deadline="2027-12-31", dtext="2027년까지", comment="53% (next sentence) is the baseline"),
        m("k-mafra-pet-chip", "new", MAFRA, O,
          "방안에는 목걸이처럼 떼어 낼 수 있는 외장형 인식표 등록을 하반기부터 없애고 몸속에 심는 내장형 칩으로 일원화하는 내용도 담겼다.",
          deadline="2026-12-31", dtext="하반기부터"),
        m("k-mafra-pet-database", "new", MAFRA, O,
          "농식품부는 지난해 5월 동물병원과 지자체로 흩어진 등록 정보를 하나로 합치는 '동물등록 통합 전산망'을 연내 구축하겠다고 약속했다.",
          deadline="2025-12-31", dtext="연내",
          comment="first report in the set of a 2025 promise: new; '연내' = the year of the promise (2025)"),
        m("k-mafra-pet-database", "delayed", MAFRA, O,
          "하지만 전산망은 해가 바뀐 지금도 일부 시군에서만 돌아가는 시범 운영 단계에 머물러 있다.",
          comment="reports the missed date; no number or date"),
        m("k-mafra-pet-database", "delayed", MAFRA, O, "이번 방안에서 농식품부는 전산망 정식 개통 시기를 9월로 다시 잡았다.",
          deadline="2026-09-30", dtext="9월", comment=LATER + "; the old date is not named in the sentence"),
    ]))

# ---------------------------------------------------------------- 아이돌봄 2/3 (straight news with a deck; 여성가족부 is now 성평등가족부)
P9_H = "아이돌봄 대기 여전히 21일…성평등부, '2주 목표' 올해 말로 미뤄"
P9_D = "돌보미 3만 1,400명으로 늘어…7월부터 시급 1만 3,000원으로 인상"
PAGES.append(dict(
    source="2026-04-14_k_childcare-followup.txt", title=P9_H, published_at="2026-04-14",
    mentions=[
        m("k-mogef-wait-2w", "delayed", MOGE, O, P9_H, target=2.0, unit="주", deadline="2026-12-31", dtext="올해 말",
          comment="promise made by 여성가족부; from 2025-10-01 the body is 성평등가족부. " + LATER + "; 21일 is the count"),
        m("k-mogef-carers-35k", "progress", MOGE, O, P9_D, comment="3만 1,400명 is the count; before the deadline (2026-12-31)"),
        m("k-mogef-wage-13k", "new", MOGE, O, P9_D, target=13000.0, unit="원", deadline="2026-07-31", dtext="7월부터",
          comment="one deck line, a follow-up and a new commitment"),
        m("k-mogef-wait-2w", "delayed", MOGE, O,
          "성평등가족부는 지난해 말 기준 아이돌봄서비스 평균 대기 기간이 21일로 집계됐다고 14일 밝혔다.",
          comment="a measured value after the deadline, without the target: delayed, no fields"),
        m("k-mogef-wait-2w", "delayed", MOGE, O,
          "여성가족부 시절인 지난해 3월 '연내 2주 이내'로 줄이겠다고 약속했지만 목표에 미치지 못했다.",
          target=2.0, unit="주", prev="2025-12-31",
          comment="the missed '연내' (2025) goes to previous_deadline; ministry = the body's name on the page date"),
        m("k-mogef-wait-2w", "delayed", MOGE, O, "성평등가족부는 대기 기간 2주 목표 달성 시점을 올해 말로 1년 늦췄다.",
          target=2.0, unit="주", deadline="2026-12-31", dtext="올해 말", prev="2025-12-31",
          comment=LATER + "; '1년 늦췄다' implies the old date"),
        m("k-mogef-carers-35k", "progress", MOGE, O, "아이돌보미는 지난해 말 3만 1,400명으로 늘었다.",
          comment="a measured value without the target; '목표까지는 3,600명이 남았다' is the reporter's arithmetic"),
        m("k-mogef-online-training", "new", MOGE, O,
          "성평등가족부는 아이돌보미 양성 교육을 온라인으로도 받을 수 있는 과정을 다음 달 개설해 인력 확충에 속도를 내기로 했다.",
          deadline="2026-05-31", dtext="다음 달", comment="'다음 달' on 2026-04-14 = May 2026, that month's last day"),
        m("k-mogef-infant-allowance", "achieved", MOGE, O,
          "지난해 7월부터 주기로 한 영아 돌봄 수당(시간당 1,500원)은 예정대로 지급되고 있다.",
          target=1500.0, unit="원", deadline="2025-07-31", dtext="지난해 7월부터", comment="on time: the deadline is kept"),
        m("k-mogef-emergency-50", "achieved", MOGE, O,
          "연내 50곳을 지정하기로 했던 야간·긴급 돌봄 거점기관은 지난해 12월 52곳이 지정됐다.",
          target=50.0, unit="곳", deadline="2025-12-31", dtext="연내", comment="on time; 52곳 is the count"),
        m("k-mogef-income-200", "achieved", MOGE, O,
          "정부 지원 소득 기준도 계획대로 올해 1월부터 기준 중위소득 200% 이하로 넓어졌다.",
          target=200.0, unit="%", deadline="2026-01-31", dtext="올해 1월부터", comment="on time"),
        m("k-mogef-matching-app", "achieved", MOGE, O,
          "다만 지난해 하반기 출시하기로 했던 '아이돌봄 실시간 매칭 앱'은 개인정보 보호 검토가 길어지면서 올해 2월에야 나왔다.",
          comment=LATE + " (하반기 = 2025-12-31)"),
        m("k-mogef-wage-13k", "new", MOGE, O, "성평등가족부는 7월부터 아이돌보미 시급을 1만 2,000원에서 1만 3,000원으로 올린다.",
          target=13000.0, unit="원", deadline="2026-07-31", dtext="7월부터", comment="1만 2,000원 is the baseline"),
        m("k-mogef-wait-2w", "delayed", MOGE, O,
          "도하린 성평등가족부 가족정책관은 \"돌보미 수가 늘어도 수요가 더 빨리 늘어 대기 기간을 줄이는 데 한계가 있었다\"며 \"올해는 반드시 대기 기간을 2주 안으로 줄이겠다\"고 말했다.",
          person="도하린", target=2.0, unit="주", deadline="2026-12-31", dtext="올해",
          comment="the official restates the moved date on the page that reports the delay: delayed, with the new date"),
    ]))

# ---------------------------------------------------------------- 스쿨존 3/3 (editorial)
PAGES.append(dict(
    source="2026-05-12_k_school-zone-editorial.txt", title="[사설] 스쿨존 약속, 숫자만 채우고 아이 안전은 뒷전인가",
    published_at="2026-05-12",
    mentions=[
        m("k-mois-sz-death-zero", "progress", MOIS, O,
          "정부는 2027년까지 스쿨존 어린이 사망자를 '0명'으로 만들겠다고 했지만 지난해에도 4명의 어린이가 스쿨존에서 목숨을 잃었다.",
          target=0.0, unit="명", deadline="2027-12-31", dtext="2027년까지",
          comment="the statistic is tied to the promise in the sentence: a follow-up before the deadline (progress)"),
        m("k-knpa-sz-flex-speed-500", "achieved", KNPA, O,
          "경찰청이 6월까지 지정하겠다던 '탄력 속도제' 나머지 190곳은 지난달 지정을 모두 마쳤다.",
          target=190.0, unit="곳", deadline="2026-06-30", dtext="6월까지", comment="on time for the moved date"),
        m("k-mois-sz-parking-1100", "cancelled", MOIS, O,
          "반면 행정안전부는 스쿨존 노상주차장을 모두 없애겠다던 계획에서 남은 270곳 정비를 지방자치단체 자율에 맡기기로 해 사실상 손을 뗐다.",
          target=270.0, unit="곳", comment="handed to local governments = dropped by the body; the remainder is the target"),
        m("k-moe-bus-sensor", "revision", MOE, O,
          "교육부는 하차 확인 장치 설치 대상을 학원 통학차량까지 넓혀 1만 2,000대에서 1만 8,000대로 늘리되, 완료 시점은 올해 말로 그대로 두었다.",
          target=18000.0, unit="대", deadline="2026-12-31", dtext="올해 말", comment="a changed target is revision"),
        m("k-mois-sz-signal-3000", "progress", MOIS, O,
          "행안부가 올해 교체하기로 한 노후 신호등 3,000개는 4월까지 1,100개가 바뀌었다.",
          target=3000.0, unit="개", deadline="2026-12-31", dtext="올해"),
    ]))

# ---------------------------------------------------------------- 여객선 3/3 (regional paper with two deck lines)
P11_H = "섬 '1일 생활권' 항로 10개 채웠지만…신조선 8척은 2028년으로"
P11_D1 = "해수부, 공영제 항로 목표 30개→25개로 낮춰"
P11_D2 = "신안·완도 5개 항로 하반기 야간 운항 시범"
PAGES.append(dict(
    source="2026-07-07_k_island-ferry-regional.txt", title=P11_H, published_at="2026-07-07",
    mentions=[
        m("k-mof-ferry-daily-10", "achieved", MOF, O, P11_H, target=10.0, unit="개", comment=LATE + " (연내 = 2025-12-31)"),
        m("k-mof-ferry-newships-8", "delayed", MOF, O, P11_H, target=8.0, unit="척", deadline="2028-12-31", dtext="2028년",
          comment=LATER + "; one headline, two follow-ups; the headline does not name the old date"),
        m("k-mof-ferry-public-30", "revision", MOF, O, P11_D1, target=25.0, unit="개", comment="a lowered target is revision"),
        m("k-mof-ferry-night-5", "new", MOF, O, P11_D2, target=5.0, unit="개", deadline="2026-12-31", dtext="하반기"),
        m("k-mof-ferry-daily-10", "achieved", MOF, O,
          "해양수산부는 지난해 연내 10개를 새로 만들기로 했던 '1일 생활권' 항로가 올해 2월 10개를 모두 채웠다고 7일 밝혔다.",
          target=10.0, unit="개", comment=LATE + " (지난해 연내 = 2025-12-31)"),
        m("k-mof-ferry-newships-8", "delayed", MOF, O,
          "반면 2026년까지 짓기로 한 노후 여객선 대체 신조선 8척은 조선소 일감이 밀리면서 완공 시점이 2028년으로 늦춰졌다.",
          target=8.0, unit="척", deadline="2028-12-31", dtext="2028년", prev="2026-12-31", comment=LATER),
        m("k-mof-ferry-public-30", "revision", MOF, O,
          "해수부는 또 2027년까지 30개로 늘리기로 한 여객선 공영제 항로 목표를 25개로 낮췄다.",
          target=25.0, unit="개", deadline="2027-12-31", dtext="2027년까지", comment="a changed target is revision; the date is unchanged"),
        m("k-mof-ferry-public-30", "progress", MOF, O, "현재 공영제 항로는 19개다.",
          comment="a measured value without the target; the same day's revision sets the status (revised)"),
        m("k-mof-ferry-booking-app", "achieved", MOF, O,
          "지난해 9월에서 올해 3월로 미뤄졌던 통합 예매 앱 '섬배표'는 올해 3월 예정대로 문을 열어 지금까지 8만 명이 가입했다.",
          deadline="2026-03-31", dtext="올해 3월", comment="on time for the moved date (2026-03-31); 8만 명 is usage"),
        m("k-mof-ferry-cancel-fare", "achieved", MOF, O,
          "1월부터 시행된 결항 대체 교통비 지원은 상반기에만 섬 주민 1만 2,000명이 받았다.",
          deadline="2026-01-31", dtext="1월부터", comment="on time; 1만 2,000명 is usage, not a target"),
        m("k-mof-ferry-night-5", "new", MOF, O,
          "해수부는 하반기 중 신안·완도 등 5개 항로에서 여객선 야간 운항을 시범 도입하기로 했다.",
          target=5.0, unit="개", deadline="2026-12-31", dtext="하반기 중",
          comment="the 2천억 원 budget and 윤바다's quote (no number or date) that follow are not annotated"),
    ]))

# ---------------------------------------------------------------- year-end roundup (two bodies + one short item of a third; two deck lines)
P12_DM = "국방부가 올해 1월부터 4만 원으로 올리기로 한 간부 당직근무비와 1만 5,000원으로 올리기로 한 장병 하루 급식비는 모두 예정대로 인상됐다."
PAGES.append(dict(
    source="2026-11-20_k_promise-roundup.txt",
    title="[2026 약속 점검] 아이돌봄·장병 처우…정부가 한 약속, 얼마나 지켰나", published_at="2026-11-20",
    mentions=[
        m("k-mnd-barracks-2p", "delayed", MND, O, "장병 생활관 2인실 전환 2029년으로 늦춰",
          deadline="2029-12-31", dtext="2029년", comment=LATER + "; the deck does not name the old date"),
        m("k-mogef-wage-13k", "achieved", MOGE, O, "아이돌보미 시급 7월 예정대로 1만 3,000원",
          target=13000.0, unit="원", deadline="2026-07-31", dtext="7월", comment="on time"),
        m("k-mogef-carers-35k", "progress", MOGE, O,
          "올해 말까지 3만 5,000명을 확보하겠다던 아이돌보미는 10월 말 기준 3만 3,800명이다.",
          target=35000.0, unit="명", deadline="2026-12-31", dtext="올해 말까지", comment="before the deadline: progress"),
        m("k-mogef-wait-2w", "progress", MOGE, O,
          "올해 말로 한 차례 미뤄진 '대기 기간 2주' 목표는 9월 기준 평균 17일로 아직 사흘이 모자란다.",
          target=2.0, unit="주", deadline="2026-12-31", dtext="올해 말",
          comment="before the moved deadline: progress; '사흘이 모자란다' is arithmetic inside the sentence"),
        m("k-mogef-online-training", "achieved", MOGE, O,
          "5월 예정대로 문을 연 아이돌보미 온라인 양성 과정에는 지금까지 6,200명이 수강 신청을 했다.",
          deadline="2026-05-31", dtext="5월", comment="on time; 6,200명 is usage"),
        m("k-mogef-wage-13k", "achieved", MOGE, O,
          "성평등가족부가 7월부터 올리기로 한 아이돌보미 시급은 예정대로 1만 3,000원으로 인상됐다.",
          target=13000.0, unit="원", deadline="2026-07-31", dtext="7월부터", comment="on time"),
        m("k-mnd-duty-pay", "achieved", MND, O, P12_DM, target=40000.0, unit="원", deadline="2026-01-31", dtext="올해 1월부터",
          comment="on time"),
        m("k-mnd-meal-15k", "achieved", MND, O, P12_DM, target=15000.0, unit="원", deadline="2026-01-31", dtext="올해 1월부터",
          comment="one sentence, two commitments; the date is shared"),
        m("k-mnd-wifi", "achieved", MND, O,
          "지난해 하반기 모든 부대에 깔기로 했던 생활관 와이파이는 올해 3월에야 설치가 끝났다.",
          comment=LATE + " (하반기 = 2025-12-31)"),
        m("k-mnd-counselors-100", "delayed", MND, O,
          "연내 100명을 늘리겠다던 병영생활 전문상담관은 지난해 68명을 늘리는 데 그쳤다.",
          target=100.0, unit="명", prev="2025-12-31",
          comment="after the deadline: a shortfall is delayed; the next sentence ('예산이 확보되는 대로') is conditional: not annotated"),
        m("k-mnd-housing-3000", "progress", MND, O,
          "2026년까지 새로 짓기로 한 간부 독신자 숙소 3,000실은 10월 말까지 2,100실이 완공됐다.",
          target=3000.0, unit="실", deadline="2026-12-31", dtext="2026년까지"),
        m("k-mnd-barracks-2p", "delayed", MND, O,
          "2027년까지 마치겠다던 병 생활관 2인실 전환은 공사비가 오르면서 2029년으로 2년 늦춰졌다.",
          deadline="2029-12-31", dtext="2029년", prev="2027-12-31", comment=LATER),
        m("k-mnd-flex-commute", "cancelled", MND, O,
          "지난해 하반기부터 수도권 부대 10곳에서 시범 운영하겠다던 '간부 자율출퇴근제'는 부대 경계 태세에 문제가 생길 수 있다는 지적에 끝내 취소됐다.",
          target=10.0, unit="곳", prev="2025-12-31"),
        m("k-mof-ferry-night-5", "progress", MOF, O,
          "해양수산부가 하반기 중 시범 도입하겠다던 여객선 야간 운항은 10월 신안 2개 항로에서 먼저 시작됐다.",
          deadline="2026-12-31", dtext="하반기 중",
          comment="2 of 5 routes, before the deadline; the sentence does not restate the 5: no target fields; "
                  "'나머지 3개 항로는 … 끝나는 대로' is conditional: not annotated"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-20)
LAST = "2026-11-20"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    ("k-mof-ferry-fare-1000", MOF, O, "섬 주민 여객선 운임 편도 1,000원 2025년 7월부터", "achieved", "7월 1일 시행"),
    ("k-mof-ferry-public-30", MOF, O, "여객선 공영제 항로 2027년까지 (30개 → 25개)", "revised", "target lowered on 2026-07-07; 19개"),
    ("k-mof-ferry-newships-8", MOF, O, "노후 여객선 대체 신조선 8척 (2026년 → 2028년)", "delayed", "moved later on 2026-07-07"),
    ("k-mof-ferry-daily-10", MOF, O, "'1일 생활권' 항로 2025년 내 10개 추가", "achieved", "February 2026"),
    ("k-mof-ferry-booking-app", MOF, O, "통합 여객선 예매 앱 '섬배표' 개통 (2025년 9월 → 2026년 3월)", "achieved", "March 2026"),
    ("k-mof-ferry-cancel-fare", MOF, O, "여객선 결항 시 섬 주민 대체 교통비 지원 2026년 1월부터", "achieved", ""),
    ("k-mof-ferry-night-5", MOF, O, "5개 항로 여객선 야간 운항 2026년 하반기 시범", "in_progress", "2 of 5 routes in October"),
    ("k-mogef-carers-35k", MOGE, O, "아이돌보미 2026년까지 3만 5,000명", "in_progress", "3만 3,800명 at the end of October"),
    ("k-mogef-wait-2w", MOGE, O, "아이돌봄 대기 기간 2주 이내 (2025년 내 → 2026년 말)", "in_progress", "17일 in September"),
    ("k-mogef-infant-allowance", MOGE, O, "영아 돌봄 수당 시간당 1,500원 2025년 7월부터", "achieved", ""),
    ("k-mogef-emergency-50", MOGE, O, "야간·긴급 돌봄 거점기관 2025년 내 50곳 지정", "achieved", "52곳"),
    ("k-mogef-matching-app", MOGE, O, "아이돌봄 실시간 매칭 앱 2025년 하반기 출시", "achieved", "February 2026"),
    ("k-mogef-income-200", MOGE, O, "아이돌봄 정부 지원 소득 기준 중위소득 200% 2026년 1월부터", "achieved", ""),
    ("k-mogef-wage-13k", MOGE, O, "아이돌보미 시급 1만 3,000원 2026년 7월부터", "achieved", ""),
    ("k-mogef-online-training", MOGE, O, "아이돌보미 온라인 양성 과정 2026년 5월 개설", "achieved", ""),
    ("k-mois-sz-camera-2000", MOIS, O, "스쿨존 무인단속카메라 2025년 내 2,000대 추가", "achieved", "2,140대"),
    ("k-mois-sz-sidewalk-1200", MOIS, O, "보도 없는 스쿨존 1,200곳 2027년까지 보도 설치", "in_progress", "380곳 in 2025"),
    ("k-mois-sz-parking-1100", MOIS, O, "스쿨존 노상주차장 1,100곳 2025년 내 폐지", "cancelled", "830곳, remaining 270곳 left to local governments"),
    ("k-mois-sz-map", MOIS, O, "통학로 안전지도 2025년 9월 공개", "achieved", "November 2025"),
    ("k-mois-sz-death-zero", MOIS, O, "스쿨존 어린이 사망자 2027년까지 0명", "in_progress", "4명 in 2025"),
    ("k-mois-sz-signal-3000", MOIS, O, "스쿨존 노후 신호등 2026년 3,000개 교체", "in_progress", "1,100개 by April"),
    ("k-moe-bus-sensor", MOE, O, "통학버스 하차 확인 장치 2026년까지 (1만 2,000대 → 1만 8,000대)", "revised",
     "target raised on 2026-05-12"),
    ("k-knpa-sz-flex-speed-500", KNPA, O, "스쿨존 탄력 속도제 500곳 (2025년 하반기 → 나머지 190곳 2026년 6월)", "achieved",
     "April 2026, on time for the moved date"),
    ("k-mnd-duty-pay", MND, O, "간부 당직근무비 4만 원 2026년 1월부터", "achieved", ""),
    ("k-mnd-meal-15k", MND, O, "장병 하루 급식비 1만 5,000원 2026년 1월부터", "achieved", ""),
    ("k-mnd-barracks-2p", MND, O, "병 생활관 4만 실 2인 1실 전환 (2027년 → 2029년)", "delayed", "moved later on 2026-11-20"),
    ("k-mnd-wifi", MND, O, "전 부대 생활관 와이파이 2025년 하반기", "achieved", "March 2026"),
    ("k-mnd-housing-3000", MND, O, "간부 독신자 숙소 3,000실 2026년까지 신축", "in_progress", "2,100실 by October"),
    ("k-mnd-flex-commute", MND, O, "수도권 부대 10곳 간부 자율출퇴근제 2025년 하반기 시범", "cancelled", ""),
    ("k-mnd-counselors-100", MND, O, "병영생활 전문상담관 2025년 내 100명 증원", "delayed", "68명"),
    ("k-moe-closed-school-100", MOE, O, "미활용 폐교 100곳 2년 안에 (2027-08-26) 매각·임대", "announced", ""),
    ("k-moe-closed-school-rent", MOE, O, "폐교 임대료 절반 감면 2025년 10월부터", "delayed",
     "deadline 2025-10-31 passed with no report (the brief is its only page)"),
    ("k-moe-closed-school-platform", MOE, O, "폐교 활용 통합 플랫폼 2025년 12월 개설", "delayed",
     "deadline 2025-12-31 passed with no report"),
    ("k-mafra-pet-registration-80", MAFRA, O, "반려견 등록률 2027년까지 80%", "announced", ""),
    ("k-mafra-pet-chip", MAFRA, O, "외장형 인식표 폐지·내장형 칩 일원화 2026년 하반기부터", "announced", ""),
    ("k-mafra-pet-database", MAFRA, O, "동물등록 통합 전산망 (2025년 내 → 2026년 9월)", "delayed",
     "moved later on 2026-03-03; that date passed too (the column is its only page)"),
]


if __name__ == "__main__":
    write(ROOT, "k", PAGES, COMMITMENTS, LAST,
          ['ministry = the responsible body under the name valid on that date (the 여성가족부 promises are',
           'listed under 성평등가족부, its successor from 2025-10-01).'],
          with_commitments="--commitments" in sys.argv[1:])
