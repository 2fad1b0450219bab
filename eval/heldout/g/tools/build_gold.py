"""Writes the hand annotations of held-out set g to gold/*.toml.

The annotations below were written by hand, sentence by sentence, from the pages in
articles/. This script only serialises them (so that quoting in TOML is never wrong);
check_gold.py validates the result.

Run:  python3 tools/build_gold.py   (from the set folder or anywhere)
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT.parent))

from goldtools import m, write  # noqa: E402

MOLIT = "국토교통부"
MOTI = "산업통상부"
MOE = "교육부"
MOEL = "고용노동부"
KNPA = "경찰청"
MOIS = "행정안전부"
FTC = "공정거래위원회"

O = "other"
I = "industry"


LATE = "achieved after the deadline the commitment named; no deadline fields (the sentence names a missed date or none)"

PAGES: list[dict] = []

# ---------------------------------------------------------------- UAM 1/3 (straight news, press-release lead, deck)
S1_H = "UAM 연내 수도권 첫 상용 운항…버티포트 3곳 짓는다"
S1_Q = ("박상우 국토교통부 장관은 \"올해 말이면 국민들이 수도권 하늘에서 UAM을 직접 타 보실 수 있도록 하겠다\"며 "
        "\"안전 기준에서는 한 치도 물러서지 않겠다\"고 말했다.")
PAGES.append(dict(
    source="2025-01-21_g_uam-commercial-plan.txt", title=S1_H, published_at="2025-01-21",
    mentions=[
        m("g-molit-uam-launch", "new", MOLIT, O, S1_H, deadline="2025-12-31", dtext="연내"),
        m("g-molit-uam-vertiport-3", "new", MOLIT, O, S1_H, target=3.0, unit="곳",
          deadline="2025-12-31", dtext="연내",
          comment="the headline's 연내 governs both clauses, as in f's '올해 수소버스 2천대 보급…충전소 50곳'"),
        m("g-molit-uam-demo2", "new", MOLIT, O, "국토부 '2025 UAM 상용화 계획'…6월까지 2단계 실증 마무리",
          deadline="2025-06-30", dtext="6월까지"),
        m("g-molit-uam-pilot-300", "new", MOLIT, O, "2027년까지 전용 조종사 300명 양성",
          target=300.0, unit="명", deadline="2027-12-31", dtext="2027년까지"),
        m("g-molit-uam-launch", "new", MOLIT, O,
          "국토교통부가 올해 말 수도권에서 도심항공교통(UAM) 초기 상용 운항을 시작한다.",
          deadline="2025-12-31", dtext="올해 말"),
        m("g-molit-uam-demo2", "new", MOLIT, O,
          "계획에 따르면 국토부는 지난해 8월 시작한 K-UAM 그랜드챌린지 2단계 수도권 실증을 6월까지 마무리한다.",
          deadline="2025-06-30", dtext="6월까지"),
        m("g-molit-uam-launch", "new", MOLIT, O,
          "실증이 끝나면 하반기에 김포공항~여의도, 인천공항~고양 킨텍스 구간 시범 노선에서 승객을 태운 초기 상용 운항을 시작한다는 게 국토부 구상이다.",
          deadline="2025-12-31", dtext="하반기"),
        m("g-molit-uam-vertiport-3", "new", MOLIT, O,
          "이착륙장인 버티포트는 김포공항과 인천공항, 킨텍스 등 3곳에 연내 구축한다.",
          target=3.0, unit="곳", deadline="2025-12-31", dtext="연내"),
        m("g-molit-uam-rules", "new", MOLIT, O,
          "국토부는 또 UAM 운송사업 면허 요건과 운임 산정 방식, 보험 가입 기준 등을 담은 세부 고시를 6월까지 제정할 방침이다.",
          deadline="2025-06-30", dtext="6월까지"),
        m("g-molit-uam-hangang", "new", MOLIT, O,
          "2026년에는 여의도~잠실을 잇는 한강 회랑 노선을 새로 열어 도심 노선을 늘릴 계획이다.",
          deadline="2026-12-31", dtext="2026년"),
        m("g-molit-uam-pilot-300", "new", MOLIT, O,
          "국토부는 한국교통안전공단과 함께 UAM 전용 조종사 교육과정을 만들어 2027년까지 조종사 300명을 길러내기로 했다.",
          target=300.0, unit="명", deadline="2027-12-31", dtext="2027년까지"),
        m("g-molit-uam-launch", "new", MOLIT, O, S1_Q, person="박상우", deadline="2025-12-31", dtext="올해 말"),
    ]))

# ---------------------------------------------------------------- 늘봄학교 1/2 (Q&A interview)
S2_H = "[인터뷰] 한유진 교육부 늘봄학교추진단장 \"올해 1·2학년 희망하면 누구나…내년엔 3학년까지\""
S2_D = "늘봄지원실장 상반기 2,500명 배치…교사는 3월부터 늘봄 업무서 손 뗀다"
S2_G3 = "내년 3월에는 3학년까지 늘리고, 2027년에는 초등 전 학년으로 넓히는 게 목표다."
PAGES.append(dict(
    source="2025-02-18_g_neulbom-interview.txt", title=S2_H, published_at="2025-02-18",
    mentions=[
        m("g-moe-neulbom-grade2", "new", MOE, O, S2_H, person="한유진", deadline="2025-12-31", dtext="올해",
          comment="headline 올해 normalised as written (2025-12-31); the answer says 3월 새 학기부터 (2025-03-31)"),
        m("g-moe-neulbom-grade3", "new", MOE, O, S2_H, person="한유진", deadline="2026-12-31", dtext="내년",
          comment="headline 내년 normalised as written (2026-12-31); the answer says 내년 3월 (2026-03-31)"),
        m("g-moe-neulbom-staff-2500", "new", MOE, O, S2_D, target=2500.0, unit="명",
          deadline="2025-06-30", dtext="상반기"),
        m("g-moe-neulbom-teacher", "new", MOE, O, S2_D, deadline="2025-03-31", dtext="3월부터",
          comment="'N월부터' for a change that must be in place by then: that month's last day"),
        m("g-moe-neulbom-grade2", "new", MOE, O,
          "3월 새 학기부터 2학년까지 대상을 넓혀 1·2학년은 희망하는 학생이라면 누구나 늘봄학교에 참여할 수 있도록 하겠다.",
          person="한유진", deadline="2025-03-31", dtext="3월 새 학기부터"),
        m("g-moe-neulbom-free2h", "new", MOE, O,
          "1학년에게만 주던 하루 2시간 무료 맞춤형 프로그램도 9월까지 2학년 전체로 확대한다.",
          person="한유진", deadline="2025-09-30", dtext="9월까지",
          comment="'하루 2시간' is a programme parameter, not the target"),
        m("g-moe-neulbom-staff-2500", "new", MOE, O,
          "늘봄 업무를 총괄하는 늘봄지원실장을 상반기 중 전국에 2,500명 배치해 학교마다 책임자를 두겠다.",
          person="한유진", target=2500.0, unit="명", deadline="2025-06-30", dtext="상반기 중",
          comment="the 'A. ' label is not part of the sentence"),
        m("g-moe-neulbom-teacher", "new", MOE, O,
          "교사들이 가장 부담스러워하는 강사 채용과 출결 관리 같은 행정업무는 3월부터 실장과 전담 인력이 모두 맡아, 교사가 늘봄 업무에서 완전히 손을 떼도록 하겠다.",
          person="한유진", deadline="2025-03-31", dtext="3월부터"),
        m("g-moe-neulbom-programs-4000", "new", MOE, O,
          "대학과 지역 기관이 함께 만드는 프로그램을 연내 4,000개 이상 개발해 학교에 공급하겠다.",
          person="한유진", target=4000.0, unit="개", deadline="2025-12-31", dtext="연내"),
        m("g-moe-neulbom-hub-200", "new", MOE, O,
          "현재 80곳인 거점형 센터를 연말까지 200곳으로 늘릴 계획이다.",
          person="한유진", target=200.0, unit="곳", deadline="2025-12-31", dtext="연말까지"),
        m("g-moe-neulbom-grade3", "new", MOE, O, S2_G3, person="한유진", deadline="2026-03-31", dtext="내년 3월"),
        m("g-moe-neulbom-allgrades", "new", MOE, O, S2_G3, person="한유진", deadline="2027-12-31", dtext="2027년"),
    ]))

# ---------------------------------------------------------------- 육아휴직 1/2 (straight news with deck)
S3_H = "육아휴직 급여, 신청 후 7일 안에 받는다…노동부 \"하반기 처리기간 3분의 1로\""
PAGES.append(dict(
    source="2025-03-11_g_parental-leave-fast-pay.txt", title=S3_H, published_at="2025-03-11",
    mentions=[
        m("g-moel-leave-pay-7days", "new", MOEL, O, S3_H, target=7.0, unit="일",
          deadline="2025-12-31", dtext="하반기",
          comment="'3분의 1로' is the paper's ratio (21 → 7 days); the target is 7일"),
        m("g-moel-sub-bank-48", "new", MOEL, O, "중소기업 '대체인력 뱅크' 6월까지 전국 가동",
          deadline="2025-06-30", dtext="6월까지"),
        m("g-moel-male-35", "new", MOEL, O, "남성 육아휴직 비중 올해 35% 목표", target=35.0, unit="%",
          deadline="2025-12-31", dtext="올해"),
        m("g-moel-leave-pay-7days", "new", MOEL, O,
          "육아휴직 급여를 신청한 뒤 실제로 받기까지 걸리는 기간이 올해 하반기부터 7일 이내로 줄어든다.",
          target=7.0, unit="일", deadline="2025-12-31", dtext="올해 하반기"),
        m("g-moel-leave-pay-7days", "new", MOEL, O,
          "노동부는 고용보험 전산망과 국세청 소득 자료를 자동으로 연계해 심사를 간소화하고, 하반기 안에 평균 처리 기간을 7일 이내로 단축하기로 했다.",
          target=7.0, unit="일", deadline="2025-12-31", dtext="하반기 안에"),
        m("g-moel-sub-bank-48", "new", MOEL, O,
          "중소기업의 대체인력 구인난을 덜기 위한 '대체인력 뱅크'도 6월까지 전국 48개 고용센터에 설치한다.",
          target=48.0, unit="개", deadline="2025-06-30", dtext="6월까지"),
        m("g-moel-share-20k", "new", MOEL, O,
          "노동부는 연내 중소기업 2만 곳이 이 지원금을 받을 수 있도록 업종별 설명회를 열 방침이다.",
          target=20000.0, unit="곳", deadline="2025-12-31", dtext="연내"),
        m("g-moel-leave-app", "new", MOEL, O,
          "노동부는 9월까지 육아휴직 신청과 급여 청구를 한 번에 할 수 있는 모바일 앱도 내놓기로 했다.",
          deadline="2025-09-30", dtext="9월까지"),
        m("g-moel-male-35", "new", MOEL, O, "노동부는 올해 이 비율을 35% 이상으로 끌어올린다는 목표를 세웠다.",
          target=35.0, unit="%", deadline="2025-12-31", dtext="올해"),
        m("g-moel-sub-bank-48", "new", MOEL, O,
          "김유경 고용노동부 여성고용정책관은 \"급여가 늦게 나와 휴직을 망설이는 일이 없도록 하겠다\"며 \"대체인력 뱅크는 상반기 안에 전국 어디서나 이용할 수 있게 만들겠다\"고 말했다.",
          person="김유경", deadline="2025-06-30", dtext="상반기 안에"),
    ]))

# ---------------------------------------------------------------- 고령 운전자 (standalone short brief)
S4_H = "경찰청 \"고령운전자 '조건부 면허' 내년 하반기 시범 도입\""
PAGES.append(dict(
    source="2025-05-14_g_elderly-driver-brief.txt", title=S4_H, published_at="2025-05-14",
    mentions=[
        m("g-knpa-conditional-license", "new", KNPA, O, S4_H, deadline="2026-12-31", dtext="내년 하반기"),
        m("g-knpa-conditional-license", "new", KNPA, O,
          "경찰청이 고령 운전자의 운전 능력에 따라 야간 운전이나 고속도로 주행 등을 제한하는 '조건부 운전면허'를 내년 하반기 시범 도입한다.",
          deadline="2026-12-31", dtext="내년 하반기"),
        m("g-knpa-vr-27", "new", KNPA, O,
          "경찰청은 평가의 객관성을 높이기 위해 연내 전국 27개 운전면허시험장에 가상현실(VR) 기반 운전능력 평가 장비를 설치하기로 했다.",
          target=27.0, unit="개", deadline="2025-12-31", dtext="연내"),
        m("g-knpa-edu-120k", "new", KNPA, O,
          "올해 교육 이수 인원을 지난해(8만 4,000명)보다 40% 이상 많은 12만 명으로 늘릴 계획이다.",
          target=120000.0, unit="명", deadline="2025-12-31", dtext="올해"),
    ]))

# ---------------------------------------------------------------- UAM 2/3 (TV script)
S5_H = "UAM 연내 상용화 무산…국토부 \"내년 하반기로 연기\""
PAGES.append(dict(
    source="2025-09-16_g_uam-launch-delay-tv.txt", title=S5_H, published_at="2025-09-16",
    mentions=[
        m("g-molit-uam-launch", "revision", MOLIT, O, S5_H, deadline="2026-12-31", dtext="내년 하반기",
          prev="2025-12-31"),
        m("g-molit-uam-launch", "revision", MOLIT, O,
          "올해 말 수도권 하늘에 띄우겠다던 '하늘을 나는 택시' UAM의 상용 운항이 결국 내년으로 미뤄졌습니다.",
          deadline="2026-12-31", dtext="내년", prev="2025-12-31"),
        m("g-molit-uam-demo2", "delayed", MOLIT, O, "6월까지 끝내겠다던 실증 사업도 아직 마무리되지 못했습니다.",
          prev="2025-06-30"),
        m("g-molit-uam-launch", "revision", MOLIT, O,
          "국토교통부는 올해 말로 잡았던 UAM 초기 상용 운항 시점을 내년 하반기로 늦춘다고 오늘 밝혔습니다.",
          deadline="2026-12-31", dtext="내년 하반기", prev="2025-12-31"),
        m("g-molit-uam-demo2", "delayed", MOLIT, O,
          "당초 6월까지 끝내기로 했던 그랜드챌린지 2단계 실증은 참여 컨소시엄 7곳 가운데 3곳만 비행 시험을 마쳤습니다.",
          prev="2025-06-30"),
        m("g-molit-uam-vertiport-3", "progress", MOLIT, O,
          "연내 3곳을 짓기로 했지만 지금까지 완공된 곳은 김포공항 한 곳뿐이고, 인천공항과 킨텍스는 아직 공사 중입니다.",
          target=3.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment="before the deadline: one of three done, the rest under way"),
        m("g-molit-uam-vertiport-3", "progress", MOLIT, O,
          "인천공항 버티포트는 11월 준공 예정이고, 킨텍스도 연말까지는 마무리할 수 있을 것으로 보고 있습니다.",
          deadline="2025-12-31", dtext="연말까지",
          comment="interview bite of an unnamed official; the quote marks are not part of the sentence"),
        m("g-molit-uam-rules", "achieved", MOLIT, O,
          "운송사업 면허 요건과 운임 기준 등을 담은 세부 고시는 계획대로 지난 6월 제정됐습니다.",
          deadline="2025-06-30", dtext="지난 6월", comment="on time: the deadline is kept"),
        m("g-molit-uam-pilot-300", "progress", MOLIT, O,
          "2027년까지 300명을 길러내겠다던 전용 조종사 교육과정도 지난달 첫 교육생 40명을 받았습니다.",
          target=300.0, unit="명", deadline="2027-12-31", dtext="2027년까지"),
        m("g-molit-uam-roadmap2", "new", MOLIT, O,
          "국토부는 연말까지 기체 인증 기준과 노선 계획을 다시 짠 'UAM 상용화 로드맵 2.0'을 내놓기로 했습니다.",
          deadline="2025-12-31", dtext="연말까지"),
        m("g-molit-uam-launch", "revision", MOLIT, O, "내년 하반기에는 반드시 첫 승객을 태우겠습니다.",
          person="김윤덕", deadline="2026-12-31", dtext="내년 하반기",
          comment="second sentence of the minister's bite (speaker line '[인터뷰] 김윤덕 / 국토교통부 장관'); restates the new date"),
    ]))

# ---------------------------------------------------------------- 국정자원 화재 1/3 (wire)
S6_H = "정부 \"1등급 시스템 내달 3일까지 복구…불탄 96개는 대구센터로 옮겨 4주 내 재가동\""
PAGES.append(dict(
    source="2025-09-29_g_nirs-fire-restore-wire.txt", title=S6_H, published_at="2025-09-29",
    mentions=[
        m("g-mois-nirs-tier1-36", "new", MOIS, O, S6_H, deadline="2025-10-03", dtext="내달 3일까지",
          comment="'정부' in the headline; the body names 행정안전부"),
        m("g-mois-nirs-daegu-96", "new", MOIS, O, S6_H, target=96.0, unit="개",
          deadline="2025-10-27", dtext="4주 내", comment="4주 내 = page date + 28 days"),
        m("g-mois-nirs-tier1-36", "new", MOIS, O,
          "행정안전부는 국가정보자원관리원(국정자원) 대전 본원 화재로 멈춘 정부 전산시스템 가운데 국민 생활과 직결된 1등급 핵심 시스템 36개를 다음 달 3일까지 모두 복구하겠다고 29일 밝혔다.",
          target=36.0, unit="개", deadline="2025-10-03", dtext="다음 달 3일까지",
          comment="the wire dateline '(세종=누리통신) 박서연 기자 = ' is not part of the sentence"),
        m("g-mois-nirs-daegu-96", "new", MOIS, O,
          "행안부는 화재로 장비가 직접 불에 탄 96개 시스템은 대구센터의 민관협력형 클라우드로 옮겨 4주 안에 재가동하기로 했다.",
          target=96.0, unit="개", deadline="2025-10-27", dtext="4주 안에"),
        m("g-mois-nirs-full-647", "new", MOIS, O,
          "불길을 피한 나머지 551개 시스템은 전원과 항온·항습 설비가 복구되는 대로 차례로 다시 켜, 다음 달 말까지 전체 647개 시스템을 정상화한다는 목표다.",
          target=647.0, unit="개", deadline="2025-10-31", dtext="다음 달 말까지"),
        m("g-mois-nirs-civil", "new", MOIS, O,
          "윤호중 행정안전부 장관은 이날 정부서울청사에서 열린 중앙재난안전대책본부 회의에서 \"국민 불편을 하루라도 빨리 덜어 드리는 데 모든 역량을 모으겠다\"며 \"추석 연휴가 시작되기 전인 다음 달 2일까지 정부24와 국민신문고 등 주요 민원 서비스를 정상화하겠다\"고 말했다.",
          person="윤호중", deadline="2025-10-02", dtext="다음 달 2일까지"),
        m("g-mois-ups-battery", "new", MOIS, O,
          "행안부는 각 부처와 공공기관 전산실에서 쓰는 UPS용 리튬이온 배터리를 연내 전수 점검하기로 했다.",
          deadline="2025-12-31", dtext="연내"),
        m("g-mois-nirs-masterplan", "new", MOIS, O,
          "이번 사고의 원인 조사가 끝나는 대로 다음 달 중 재해복구 체계 개편 방안을 담은 '국가 정보시스템 안정화 종합대책'도 발표할 계획이다.",
          deadline="2025-10-31", dtext="다음 달 중"),
    ]))

# ---------------------------------------------------------------- 국정자원 화재 2/3 (feature with numbers)
S7_H = "[숫자로 본 국정자원 화재 한 달] 복구율 78%…전면 정상화 내달 20일로 늦춰"
S7_D = "1등급 36개는 모두 복구됐지만 대구 이전 96개 중 41개만 재가동"
PAGES.append(dict(
    source="2025-10-27_g_nirs-recovery-numbers.txt", title=S7_H, published_at="2025-10-27",
    mentions=[
        m("g-mois-nirs-full-647", "revision", MOIS, O, S7_H, deadline="2025-11-20", dtext="내달 20일"),
        m("g-mois-nirs-tier1-36", "achieved", MOIS, O, S7_D, target=36.0, unit="개"),
        m("g-mois-nirs-daegu-96", "delayed", MOIS, O, S7_D, target=96.0, unit="개",
          comment="the page date is the deadline (4주 안에 = 2025-10-27) and 41 of 96 run"),
        m("g-mois-nirs-full-647", "progress", MOIS, O,
          "화재 발생 한 달째인 26일 오후 6시 기준, 가동이 멈췄던 647개 시스템 가운데 505개가 복구돼 복구율은 78.1%를 기록했다.",
          target=647.0, unit="개"),
        m("g-mois-nirs-tier1-36", "achieved", MOIS, O,
          "등급별로 보면 1등급 36개는 모두 복구됐고, 2등급은 68개 중 61개(89.7%), 3등급은 261개 중 212개(81.2%), 4등급은 282개 중 196개(69.5%)가 다시 가동되고 있다.",
          target=36.0, unit="개", comment="only the first clause is about a commitment; the rest is statistics"),
        m("g-mois-nirs-tier1-36", "achieved", MOIS, O,
          "이달 3일까지 살리겠다던 1등급 핵심 시스템 36개는 약속보다 엿새 늦은 9일에야 모두 제자리를 찾았다.",
          target=36.0, unit="개", comment=LATE + " (이달 3일 = 2025-10-03)"),
        m("g-mois-nirs-civil", "achieved", MOIS, O,
          "추석 연휴 전 정상화를 약속했던 정부24와 국민신문고는 연휴 첫날인 3일 오전에야 서비스를 재개했다.",
          comment=LATE + " (promised by 2025-10-02, done 2025-10-03)"),
        m("g-mois-nirs-daegu-96", "delayed", MOIS, O,
          "4주 안에 재가동하기로 한 96개 시스템 가운데 이날까지 다시 돌아가는 것은 41개(42.7%)에 그쳤다.",
          target=96.0, unit="개", prev="2025-10-27"),
        m("g-mois-nirs-daegu-96", "revision", MOIS, O, "행안부는 나머지 55개의 이전을 다음 달 20일까지 끝내겠다고 밝혔다.",
          target=55.0, unit="개", deadline="2025-11-20", dtext="다음 달 20일까지"),
        m("g-mois-nirs-full-647", "revision", MOIS, O,
          "행안부는 당초 이달 말까지로 잡았던 전체 시스템 정상화 시점을 다음 달 20일로 늦췄다.",
          deadline="2025-11-20", dtext="다음 달 20일", prev="2025-10-31"),
        m("g-mois-ups-battery", "progress", MOIS, O,
          "연내 마치기로 한 UPS용 리튬이온 배터리 전수 점검은 점검 대상 1,432곳 가운데 610곳(42.6%)에서 끝났다.",
          deadline="2025-12-31", dtext="연내",
          comment="1,432곳 is the size of the task, not a promised target; no target fields"),
        m("g-mois-nirs-masterplan", "revision", MOIS, O,
          "이달 중 내놓겠다던 '국가 정보시스템 안정화 종합대책'은 국정감사 일정 등이 겹치며 다음 달로 발표가 미뤄졌다.",
          deadline="2025-11-30", dtext="다음 달", prev="2025-10-31"),
        m("g-mois-nirs-dr-104", "new", MOIS, O,
          "행안부는 1·2등급 시스템 104개에 대해서는 연말까지 대구·광주센터와 실시간으로 데이터를 주고받는 이중화 체계를 갖추겠다고 밝혔다.",
          target=104.0, unit="개", deadline="2025-12-31", dtext="연말까지"),
    ]))

# ---------------------------------------------------------------- 육아휴직 2/2 (with a correction line)
S8_H = "남성 육아휴직 비중 33.4%…노동부 '35% 목표' 못 미쳐"
S8_M = "노동부는 올해 남성 육아휴직 비중을 38%까지 높이겠다는 새 목표를 내놨다."
PAGES.append(dict(
    source="2026-02-24_g_parental-leave-review.txt", title=S8_H, published_at="2026-02-24",
    mentions=[
        m("g-moel-male-35", "delayed", MOEL, O, S8_H, target=35.0, unit="%"),
        m("g-moel-male-35", "delayed", MOEL, O,
          "지난해 육아휴직을 쓴 아빠가 크게 늘었지만 고용노동부가 내건 남성 비중 35% 목표에는 미치지 못했다.",
          target=35.0, unit="%", prev="2025-12-31"),
        m("g-moel-male-35", "delayed", MOEL, O,
          "고용노동부는 24일 '2025년 육아휴직 통계'를 발표하고 지난해 육아휴직자 가운데 남성 비중이 33.4%로, 연초 제시한 목표(35%)에 1.6%포인트 못 미쳤다고 밝혔다.",
          target=35.0, unit="%", prev="2025-12-31"),
        m("g-moel-leave-pay-7days", "achieved", MOEL, O,
          "지난해 하반기 안에 7일 이내로 줄이겠다던 육아휴직 급여 처리 기간은 12월 평균 6.2일로 단축돼 목표를 달성했다.",
          target=7.0, unit="일", deadline="2025-12-31", dtext="지난해 하반기 안에"),
        m("g-moel-share-20k", "achieved", MOEL, O,
          "업무분담지원금을 받은 중소기업도 지난해 2만 3,000곳으로 목표(2만 곳)를 넘어섰다.",
          target=20000.0, unit="곳",
          comment="'지난해' is the period of the count, not a deadline phrase: no deadline fields"),
        m("g-moel-sub-bank-48", "delayed", MOEL, O,
          "반면 지난해 6월까지 전국 48개 고용센터에 두기로 했던 대체인력 뱅크는 현재 31곳에서만 운영되고 있다.",
          target=48.0, unit="개", prev="2025-06-30"),
        m("g-moel-sub-bank-48", "revision", MOEL, O, "노동부는 나머지 17곳도 올해 상반기 안에 문을 열겠다고 밝혔다.",
          target=17.0, unit="곳", deadline="2026-06-30", dtext="올해 상반기 안에"),
        m("g-moel-leave-app", "cancelled", MOEL, O,
          "지난해 9월까지 내놓겠다던 육아휴직 통합 신청 앱은 별도 앱을 만드는 대신 기존 '고용24' 누리집과 앱에 기능을 붙이는 쪽으로 방향을 틀면서 없던 일이 됐다.",
          prev="2025-09-30"),
        m("g-moel-male-38", "new", MOEL, O, S8_M, target=38.0, unit="%", deadline="2026-12-31", dtext="올해"),
        m("g-moel-share-30k", "new", MOEL, O, "업무분담지원금 지원 대상도 올해 3만 곳으로 늘린다.",
          target=30000.0, unit="곳", deadline="2026-12-31", dtext="올해"),
        m("g-moel-male-38", "new", MOEL, O,
          "김영훈 고용노동부 장관은 \"아빠의 육아휴직이 특별한 일이 아닌 당연한 일이 되도록 하겠다\"며 \"올해는 남성 비중 38%를 반드시 넘기겠다\"고 말했다.",
          person="김영훈", target=38.0, unit="%", deadline="2026-12-31", dtext="올해"),
        m("g-moel-cap-bill", "new", MOEL, O,
          "노동부는 또 육아휴직 급여 상한을 월 250만 원에서 300만 원으로 올리는 내용의 고용보험법 개정안을 상반기 중 국회에 제출하기로 했다.",
          target=3000000.0, unit="원", deadline="2026-06-30", dtext="상반기 중",
          comment="the dated deliverable is the bill; 300만 원 is the level it proposes"),
    ]))

# ---------------------------------------------------------------- 늘봄학교 2/2
S9_H = "늘봄학교 3학년까지 확대…'초등 전 학년' 계획은 접어"
PAGES.append(dict(
    source="2026-03-05_g_neulbom-grade3.txt", title=S9_H, published_at="2026-03-05",
    mentions=[
        m("g-moe-neulbom-grade3", "achieved", MOE, O, S9_H),
        m("g-moe-neulbom-allgrades", "cancelled", MOE, O, S9_H),
        m("g-moe-neulbom-staff-2500", "delayed", MOE, O, "지원실장 2,500명 배치 목표 1년 넘게 못 채워",
          target=2500.0, unit="명"),
        m("g-moe-neulbom-grade3", "achieved", MOE, O, "교육부가 이달 새 학기부터 늘봄학교 대상을 초등학교 3학년까지 넓혔다.",
          deadline="2026-03-31", dtext="이달", comment="on time: 이달 (2026-03) is the promised 내년 3월"),
        m("g-moe-neulbom-allgrades", "cancelled", MOE, O,
          "다만 2027년까지 초등 전 학년으로 늘봄학교를 넓히겠다던 계획은 접고, 당분간 3학년까지만 운영하기로 했다.",
          prev="2027-12-31"),
        m("g-moe-neulbom-free2h", "achieved", MOE, O,
          "지난해 9월까지 2학년 전체로 넓히겠다던 하루 2시간 무료 맞춤형 프로그램은 계획대로 2학기부터 시행됐다.",
          deadline="2025-09-30", dtext="지난해 9월까지"),
        m("g-moe-neulbom-grade2", "achieved", MOE, O, "1·2학년 희망 학생을 모두 받겠다는 약속도 지켜졌다.",
          comment="the following sentence (참여율 87%/76%, no child turned away) is the ministry's supporting statistic: not annotated"),
        m("g-moe-neulbom-staff-2500", "delayed", MOE, O,
          "지난해 상반기까지 2,500명을 두겠다던 늘봄지원실장은 현재 2,214명으로 여전히 목표에 못 미친다.",
          target=2500.0, unit="명", prev="2025-06-30"),
        m("g-moe-neulbom-staff-2500", "revision", MOE, O, "교육부는 8월까지 나머지 286명을 채우겠다고 밝혔다.",
          target=286.0, unit="명", deadline="2026-08-31", dtext="8월까지"),
        m("g-moe-neulbom-teacher", "delayed", MOE, O,
          "교사를 늘봄 업무에서 완전히 떼어 내겠다던 약속도 온전히 지켜지지 않았다.",
          comment="the next sentence (18% of schools) is survey evidence: not annotated"),
        m("g-moe-neulbom-programs-4000", "delayed", MOE, O,
          "대학·지역 연계 프로그램은 지난해 4,000개 이상 개발하기로 했지만 연말까지 3,120개를 만드는 데 그쳤다.",
          target=4000.0, unit="개", prev="2025-12-31"),
        m("g-moe-neulbom-hub-200", "delayed", MOE, O,
          "거점형 늘봄센터도 지난해 200곳까지 늘린다는 계획이었으나 실제 문을 연 곳은 152곳에 머물렀다.",
          target=200.0, unit="곳", prev="2025-12-31"),
        m("g-moe-neulbom-hub-200", "revision", MOE, O, "교육부는 올해 안에 48곳을 더 열어 목표를 채우겠다고 했다.",
          target=48.0, unit="곳", deadline="2026-12-31", dtext="올해 안에"),
    ]))

# ---------------------------------------------------------------- 국정자원 화재 3/3 (news with deck)
S10_H = "국정자원 화재 반년…1·2등급 이중화 '연말 완료' 약속 못 지켜"
S10_D1 = "104개 중 80개만 이중화…행안부 \"남은 24개 6월까지 마무리\""
S10_C = ("종합대책에는 2030년까지 행정·공공기관 정보시스템의 70%를 민관협력형 클라우드로 옮기고, "
         "불에 탄 대전 본원 7-1 전산실을 2027년 상반기까지 복구해 다시 가동하는 내용이 담겼다.")
PAGES.append(dict(
    source="2026-04-16_g_nirs-dr-delay.txt", title=S10_H, published_at="2026-04-16",
    mentions=[
        m("g-mois-nirs-dr-104", "delayed", MOIS, O, S10_H, prev="2025-12-31"),
        m("g-mois-nirs-dr-104", "revision", MOIS, O, S10_D1, target=24.0, unit="개",
          deadline="2026-06-30", dtext="6월까지",
          comment="one entry per (key, sentence): the deck reports the shortfall and sets the new date; revision wins"),
        m("g-mois-nirs-71-rebuild", "new", MOIS, O, "불탄 대전 7-1 전산실은 내년 상반기 재가동",
          deadline="2027-06-30", dtext="내년 상반기",
          comment="first seen here although it is part of the December 2025 종합대책"),
        m("g-mois-nirs-dr-104", "delayed", MOIS, O,
          "행정안전부가 국가정보자원관리원(국정자원) 화재 뒤 지난해 말까지 끝내겠다고 한 1·2등급 핵심 시스템 이중화 작업이 해를 넘겨서도 마무리되지 못했다.",
          prev="2025-12-31"),
        m("g-mois-nirs-dr-104", "delayed", MOIS, O,
          "행안부는 16일 국회 행정안전위원회에 낸 '국가 정보시스템 안정화 대책 추진 현황' 보고서에서 1·2등급 시스템 104개 가운데 80개의 이중화를 마쳤다고 밝혔다.",
          target=104.0, unit="개", comment="a shortfall reported after the deadline: delayed"),
        m("g-mois-nirs-dr-104", "revision", MOIS, O, "나머지 24개는 6월까지 이중화를 끝낼 계획이다.",
          target=24.0, unit="개", deadline="2026-06-30", dtext="6월까지"),
        m("g-mois-nirs-dr-104", "revision", MOIS, O,
          "정보자원 업무를 맡은 정민수 행안부 디지털안전정책관은 이날 행안위 전체회의에 출석해 \"같은 사고가 되풀이되지 않도록 남은 이중화 작업은 6월 안에 반드시 끝내겠다\"고 말했다.",
          person="정민수", deadline="2026-06-30", dtext="6월 안에"),
        m("g-mois-nirs-full-647", "achieved", MOIS, O, "화재로 멈췄던 647개 시스템은 지난해 12월 12일 모두 정상화됐다.",
          target=647.0, unit="개", comment=LATE + " (revised deadline 2025-11-20)"),
        m("g-mois-nirs-daegu-96", "achieved", MOIS, O,
          "대구센터로 옮기기로 한 96개 시스템도 계획대로 11월 20일까지 이전을 끝냈다.",
          target=96.0, unit="개", deadline="2025-11-20", dtext="11월 20일까지",
          comment="on the revised deadline, so the deadline fields are kept"),
        m("g-mois-ups-battery", "delayed", MOIS, O,
          "다만 지난해 안에 마치기로 했던 UPS용 리튬이온 배터리 전수 점검은 대상 1,432곳 가운데 1,180곳에서만 끝났다.",
          prev="2025-12-31"),
        m("g-mois-nirs-masterplan", "achieved", MOIS, O,
          "당초 10월에서 11월로 한 차례 미뤘던 '국가 정보시스템 안정화 종합대책'은 결국 12월 9일에야 발표됐다.",
          comment=LATE + " (revised deadline 2025-11-30)"),
        m("g-mois-cloud-70", "new", MOIS, O, S10_C, target=70.0, unit="%", deadline="2030-12-31", dtext="2030년까지"),
        m("g-mois-nirs-71-rebuild", "new", MOIS, O, S10_C, deadline="2027-06-30", dtext="2027년 상반기까지"),
        m("g-mois-nirs-staff-150", "new", MOIS, O, "국정자원 전산 운영 인력도 올해 150명 늘린다.",
          target=150.0, unit="명", deadline="2026-12-31", dtext="올해"),
        m("g-mois-nirs-staff-150", "progress", MOIS, O, "행안부는 이 가운데 64명을 지난달까지 채용했다.",
          comment="'지난달까지' dates the count, it is not a deadline"),
    ]))

# ---------------------------------------------------------------- UAM 3/3 (wire)
S11_H = "UAM 상용화 또 미뤄 2028년으로…한강 노선은 백지화"
S11_R = "국토부는 당초 지난해 말까지 내놓기로 했던 로드맵 2.0을 올해 2월에야 발표했는데, 불과 다섯 달 만에 일정을 다시 고친 것이다."
PAGES.append(dict(
    source="2026-07-08_g_uam-2028-wire.txt", title=S11_H, published_at="2026-07-08",
    mentions=[
        m("g-molit-uam-launch", "revision", MOLIT, O, S11_H, deadline="2028-12-31", dtext="2028년"),
        m("g-molit-uam-hangang", "cancelled", MOLIT, O, S11_H),
        m("g-molit-uam-launch", "revision", MOLIT, O,
          "정부가 도심항공교통(UAM) 초기 상용 운항 시점을 올해 하반기에서 2028년으로 다시 늦췄다.",
          deadline="2028-12-31", dtext="2028년", prev="2026-12-31",
          comment="the wire dateline '(서울=한울통신) 이도현 기자 = ' is not part of the sentence"),
        m("g-molit-uam-roadmap2", "achieved", MOLIT, O, S11_R, comment=LATE + " (지난해 말 = 2025-12-31)"),
        m("g-molit-uam-launch", "revision", MOLIT, O, S11_R,
          comment="'일정을 다시 고친 것이다' refers to the launch date; no date in this sentence"),
        m("g-molit-uam-demo2", "achieved", MOLIT, O,
          "2단계 실증은 지난해 6월까지 끝낼 예정이었지만 9개월 늦은 올해 3월에야 마무리됐다.",
          comment=LATE + " (6월까지 = 2025-06-30)"),
        m("g-molit-uam-vertiport-3", "delayed", MOLIT, O,
          "지난해 말까지 세 곳에 짓기로 한 버티포트는 김포공항과 인천공항 두 곳만 완공됐다.",
          target=3.0, unit="곳", prev="2025-12-31"),
        m("g-molit-uam-vertiport-3", "revision", MOLIT, O,
          "킨텍스 버티포트는 시공사가 자금난으로 공사를 멈추면서 완공 시점이 내년 상반기로 밀렸다.",
          deadline="2027-06-30", dtext="내년 상반기"),
        m("g-molit-uam-hangang", "cancelled", MOLIT, O,
          "여의도~잠실 한강 노선을 올해 안에 열겠다던 계획은 비행금지구역 협의가 끝내 불발되면서 백지화됐다.",
          prev="2026-12-31"),
        m("g-molit-uam-pilot-300", "progress", MOLIT, O,
          "2027년까지 300명을 길러내기로 한 UAM 전용 조종사는 지금까지 126명이 교육을 마쳤다.",
          target=300.0, unit="명", deadline="2027-12-31", dtext="2027년까지"),
        m("g-molit-uam-regional", "new", MOLIT, O,
          "국토부는 수도권 상용화에 앞서 2027년 상반기 부산과 제주에서 관광형 UAM 실증에 착수하기로 했다.",
          deadline="2027-06-30", dtext="2027년 상반기"),
        m("g-molit-uam-launch", "revision", MOLIT, O,
          "배준석 국토교통부 도심항공교통정책관은 \"무리하게 날짜를 맞추기보다 안전하게 한 번에 가는 것이 맞다\"며 \"2028년에는 반드시 수도권 상용 노선을 열겠다\"고 말했다.",
          person="배준석", deadline="2028-12-31", dtext="2028년"),
        m("g-moti-uam-parts-70", "new", MOTI, I,
          "산업통상부도 이날 UAM 기체와 핵심 부품 산업을 키우기 위해 2030년까지 핵심 부품 국산화율을 70%로 끌어올리겠다고 밝혔다.",
          target=70.0, unit="%", deadline="2030-12-31", dtext="2030년까지",
          comment="industrial policy of 산업통상부 (parts localisation): category industry"),
    ]))

# ---------------------------------------------------------------- 배달앱 (standalone editorial)
S12_H = "[사설] 배달앱 상생안 2년, 공정위 약속은 어디까지 왔나"
PAGES.append(dict(
    source="2026-11-12_g_editorial-delivery-fees.txt", title=S12_H, published_at="2026-11-12",
    mentions=[
        m("g-ftc-platform-bill", "new", FTC, O,
          "공정거래위원회는 지난해 1월 업무계획에서 플랫폼과 입점업체 간 거래 관행을 규율하는 '플랫폼 공정화법' 정부안을 그해 상반기 안에 국회에 내겠다고 했다.",
          deadline="2025-06-30", dtext="그해 상반기 안에",
          comment="first report in the set of a January 2025 promise: new; 그해 = 2025"),
        m("g-ftc-platform-bill", "achieved", FTC, O,
          "그러나 정부안은 미국과의 통상 마찰 우려 속에 1년 가까이 늦어진 올해 5월에야 국회에 제출됐고, 아직 소관 상임위원회 문턱도 넘지 못했다.",
          comment=LATE + "; the promise was to submit the bill, which was done"),
        m("g-ftc-monitor", "new", FTC, O,
          "공정위는 또 상생안 이행 실태를 점검해 지난해 말까지 결과를 공개하겠다고 약속했다.",
          deadline="2025-12-31", dtext="지난해 말까지"),
        m("g-ftc-monitor", "delayed", FTC, O, "하지만 점검 결과는 해를 넘긴 지금까지 감감무소식이다."),
        m("g-ftc-mfn-probe", "new", FTC, O,
          "공정위는 올해 초에는 배달앱의 '최혜대우 요구' 행위에 대한 조사를 상반기 안에 마무리하겠다고 밝혔다.",
          deadline="2026-06-30", dtext="상반기 안에"),
        m("g-ftc-mfn-probe", "achieved", FTC, O, "제재 결론은 석 달 늦은 지난 9월에야 나왔다.",
          comment=LATE + " (상반기 = 2026-06-30)"),
        m("g-ftc-fee-cap-15", "new", FTC, O,
          "공정위는 지난 4월 중개수수료와 결제수수료, 배달비를 합친 총수수료를 주문 금액의 15% 안으로 묶는 방안을 연내 내놓겠다고 했다.",
          target=15.0, unit="%", deadline="2026-12-31", dtext="연내"),
        m("g-ftc-fee-cap-15", "progress", FTC, O,
          "공정위는 연내 발표 일정에 변함이 없다는 입장이지만, 업계 반발에 막혀 상한선 수준조차 정하지 못한 상태다.",
          deadline="2026-12-31", dtext="연내"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-12)
LAST = "2026-11-12"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    ("g-molit-uam-launch", MOLIT, O, "수도권 UAM 초기 상용 운항 (2025년 말 → 2026년 하반기 → 2028년)", "revised", ""),
    ("g-molit-uam-demo2", MOLIT, O, "K-UAM 그랜드챌린지 2단계 수도권 실증 2025년 6월까지 완료", "achieved",
     "delayed 2025-09-16; finished March 2026, reported 2026-07-08"),
    ("g-molit-uam-vertiport-3", MOLIT, O, "버티포트 3곳(김포·인천·킨텍스) 2025년 내 구축 (킨텍스 → 2027년 상반기)", "revised",
     "two done by end-2025; KINTEX moved to 2027-06-30, not yet passed"),
    ("g-molit-uam-rules", MOLIT, O, "UAM 운송사업 면허·운임 세부 고시 2025년 6월까지 제정", "achieved", ""),
    ("g-molit-uam-hangang", MOLIT, O, "여의도~잠실 한강 회랑 UAM 노선 2026년 개설", "cancelled", ""),
    ("g-molit-uam-pilot-300", MOLIT, O, "2027년까지 UAM 전용 조종사 300명 양성", "in_progress", ""),
    ("g-molit-uam-roadmap2", MOLIT, O, "UAM 상용화 로드맵 2.0 2025년 말까지 발표", "achieved", "published February 2026"),
    ("g-molit-uam-regional", MOLIT, O, "부산·제주 관광형 UAM 실증 2027년 상반기 착수", "announced", ""),
    ("g-moti-uam-parts-70", MOTI, I, "2030년까지 UAM 핵심 부품 국산화율 70%", "announced", ""),
    ("g-moe-neulbom-grade2", MOE, O, "2025년 3월부터 늘봄학교 1·2학년 희망 학생 전원 수용", "achieved", ""),
    ("g-moe-neulbom-free2h", MOE, O, "하루 2시간 무료 맞춤형 프로그램 2025년 9월까지 2학년 전체로 확대", "achieved", ""),
    ("g-moe-neulbom-staff-2500", MOE, O, "늘봄지원실장 2,500명 배치 (2025 상반기 → 2026년 8월)", "delayed",
     "revised 2026-03-05 to 2026-08-31; that deadline passed before 2026-11-12 with no report"),
    ("g-moe-neulbom-teacher", MOE, O, "2025년 3월부터 교사 늘봄 업무 완전 분리", "delayed", ""),
    ("g-moe-neulbom-programs-4000", MOE, O, "대학·지역 연계 늘봄 프로그램 2025년 내 4,000개 이상 개발", "delayed", "3,120"),
    ("g-moe-neulbom-hub-200", MOE, O, "거점형 늘봄센터 200곳 (2025년 말 → 2026년 말)", "revised", "152 by end-2025"),
    ("g-moe-neulbom-grade3", MOE, O, "2026년 3월 늘봄학교 3학년까지 확대", "achieved", ""),
    ("g-moe-neulbom-allgrades", MOE, O, "2027년 늘봄학교 초등 전 학년 확대", "cancelled", ""),
    ("g-moel-leave-pay-7days", MOEL, O, "육아휴직 급여 처리 기간 2025년 하반기 안에 7일 이내", "achieved", ""),
    ("g-moel-sub-bank-48", MOEL, O, "대체인력 뱅크 전국 48개 고용센터 (2025년 6월 → 2026년 상반기)", "delayed",
     "31 by 2026-02; the remaining 17 re-promised for 2026 H1, that deadline passed with no report"),
    ("g-moel-share-20k", MOEL, O, "업무분담지원금 2025년 중소기업 2만 곳 지급", "achieved", ""),
    ("g-moel-male-35", MOEL, O, "2025년 남성 육아휴직 비중 35% 이상", "delayed", "33.4%"),
    ("g-moel-leave-app", MOEL, O, "육아휴직 통합 신청 모바일 앱 2025년 9월까지 출시", "cancelled", ""),
    ("g-moel-male-38", MOEL, O, "2026년 남성 육아휴직 비중 38%", "announced", ""),
    ("g-moel-share-30k", MOEL, O, "2026년 업무분담지원금 지원 대상 3만 곳", "announced", ""),
    ("g-moel-cap-bill", MOEL, O, "육아휴직 급여 상한 300만 원 고용보험법 개정안 2026년 상반기 국회 제출", "delayed",
     "deadline 2026-06-30 passed with no report"),
    ("g-knpa-conditional-license", KNPA, O, "고령 운전자 조건부 운전면허 2026년 하반기 시범 도입", "announced", ""),
    ("g-knpa-vr-27", KNPA, O, "2025년 내 전국 27개 운전면허시험장에 VR 운전능력 평가 장비 설치", "delayed",
     "deadline 2025-12-31 passed with no report"),
    ("g-knpa-edu-120k", KNPA, O, "2025년 고령 운전자 교통안전교육 이수 12만 명", "delayed",
     "deadline 2025-12-31 passed with no report"),
    ("g-mois-nirs-tier1-36", MOIS, O, "국정자원 1등급 시스템 36개 2025-10-03까지 복구", "achieved", "done 2025-10-09, six days late"),
    ("g-mois-nirs-daegu-96", MOIS, O, "불탄 96개 시스템 대구센터 이전·재가동 (4주 내 → 2025-11-20)", "achieved", ""),
    ("g-mois-nirs-full-647", MOIS, O, "국정자원 647개 시스템 전면 정상화 (2025년 10월 말 → 11월 20일)", "achieved",
     "done 2025-12-12"),
    ("g-mois-nirs-civil", MOIS, O, "정부24·국민신문고 등 민원 서비스 2025-10-02까지 정상화", "achieved", "done 2025-10-03"),
    ("g-mois-ups-battery", MOIS, O, "공공기관 UPS 리튬이온 배터리 2025년 내 전수 점검", "delayed", "1,180 of 1,432"),
    ("g-mois-nirs-masterplan", MOIS, O, "국가 정보시스템 안정화 종합대책 발표 (2025년 10월 → 11월)", "achieved",
     "published 2025-12-09"),
    ("g-mois-nirs-dr-104", MOIS, O, "1·2등급 시스템 104개 이중화 (2025년 말 → 2026년 6월)", "delayed",
     "revised 2026-04-16 to 2026-06-30; that deadline passed before 2026-11-12 with no report"),
    ("g-mois-cloud-70", MOIS, O, "2030년까지 공공 정보시스템 70% 민관협력형 클라우드 전환", "announced", ""),
    ("g-mois-nirs-71-rebuild", MOIS, O, "대전 본원 7-1 전산실 2027년 상반기까지 복구·재가동", "announced", ""),
    ("g-mois-nirs-staff-150", MOIS, O, "2026년 국정자원 전산 운영 인력 150명 증원", "in_progress", "64 hired by March"),
    ("g-ftc-platform-bill", FTC, O, "플랫폼 공정화법 정부안 2025년 상반기 국회 제출", "achieved", "submitted May 2026"),
    ("g-ftc-monitor", FTC, O, "배달앱 상생안 이행 점검 결과 2025년 말까지 공개", "delayed", ""),
    ("g-ftc-mfn-probe", FTC, O, "배달앱 최혜대우 요구 조사 2026년 상반기 마무리", "achieved", "September 2026"),
    ("g-ftc-fee-cap-15", FTC, O, "배달앱 총수수료 상한(주문 금액 15% 이내) 방안 2026년 내 발표", "in_progress", ""),
]


if __name__ == "__main__":
    write(ROOT, "g", PAGES, COMMITMENTS, LAST,
          ['ministry = the responsible body under the name valid on that date (no body in this set',
           'was renamed between its promise and that date).'],
          with_commitments=True)
