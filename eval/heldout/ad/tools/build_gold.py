"""Writes the hand annotations of held-out set ad to gold/*.toml.

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

MOJ = "법무부"
MOEF = "기획재정부"           # until 2026-01-01
MOBP = "기획예산처"           # from 2026-01-02: took the budget and 예비타당성조사 (not the primary successor)
ME = "환경부"                 # until 2025-09-30
MCEE = "기후에너지환경부"     # from 2025-10-01: 환경부's successor, and took 산업통상자원부's energy work (에너지바우처)
MOTIE = "산업통상자원부"      # until 2025-09-30 (its energy-welfare promises are listed under 기후에너지환경부, its part_to)
MOE = "교육부"
MOF = "해양수산부"
MOLIT = "국토교통부"
KOSTAT = "통계청"             # until 2025-09-30
KDATA = "국가데이터처"        # from 2025-10-01, 통계청's successor
FSC = "금융위원회"
KNPA = "경찰청"
KCC = "방송통신위원회"        # until 2025-09-30
KMCC = "방송미디어통신위원회"  # from 2025-10-01, 방송통신위원회's successor
MCST = "문화체육관광부"

OTH = "other"      # 교정시설 과밀, 미세먼지, 불법사금융, 독서·도서관: no topic of topics.toml fits
FIS = "fiscal"     # 기획재정부 → 기획예산처's 예타 면제, inside the 교정시설 storyline (remit body)
CLI = "climate"    # 에너지 복지 (energy policy: topics.toml's 기후·에너지), every body of that storyline

LATE = "achieved after the deadline the commitment named; no deadline fields"
LATER = "deadline moved later: delayed (convention of j-ac), new date in deadline"
WHEN = "on time, but the time words say when it was done, not what was promised: no deadline fields (q-ac)"
INST = "another body's promise stated by the speaker: the promising body, person '' (w-ac)"
SHORT = "short after the deadline: delayed (convention 2)"

PAGES: list[dict] = []

# ---------------------------------------------------------------- 교정시설 1/3 (general daily, one deck line; 법무부, 기재부)
P1_H = "교정시설 수용률 2027년까지 105%로…수도권 새 교정시설 2곳 2026년까지 착공"
P1_D = "임시 수용동 상반기 중 1,200명분…기재부, 신축 예타 면제 여부 연내 결론"
PAGES.append(dict(
    source="2025-01-21_ad_prison-crowding-plan.txt", title=P1_H, published_at="2025-01-21",
    mentions=[
        m("ad-moj-prison-rate-105", "new", MOJ, OTH, P1_H, target=105.0, unit="%", deadline="2027-12-31",
          dtext="2027년까지", comment="the headline names no body: 법무부's plan; one headline, two commitments"),
        m("ad-moj-prison-newbuild-2", "new", MOJ, OTH, P1_H, target=2.0, unit="곳", deadline="2026-12-31",
          dtext="2026년까지"),
        m("ad-moj-prison-modular-1200", "new", MOJ, OTH, P1_D, target=1200.0, unit="명", deadline="2025-06-30",
          dtext="상반기 중", comment="the clause names no body: 법무부; '1,200명분' keeps the counter 명; one deck "
                                  "line, two commitments (two bodies)"),
        m("ad-moef-prison-exempt", "new", MOEF, FIS, P1_D, deadline="2025-12-31", dtext="연내",
          comment="'기재부' = 기획재정부; fiscal by remit (no cue once the ministry name is removed: '예타' is none)"),
        m("ad-moj-prison-rate-105", "new", MOJ, OTH,
          "법무부는 20일 '교정시설 과밀 수용 해소 방안'을 발표하고 지난해 말 124%였던 전국 교정시설 수용률을 2027년까지 105% 이하로 낮추겠다고 밝혔다.",
          target=105.0, unit="%", deadline="2027-12-31", dtext="2027년까지",
          comment="a plan release and a target in one sentence (w); 124% is the baseline. Not annotated: the lead "
                  "(an umbrella), 4만 8,900여 명 / 6만 600여 명 / 140% (statistics)"),
        m("ad-moj-prison-newbuild-2", "new", MOJ, OTH,
          "법무부는 수도권에 새 교정시설 2곳을 짓기로 하고 2026년까지 두 곳 모두 착공하겠다고 했다.",
          target=2.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment="the promise is the groundbreaking of both; '부지는 … 고르고 있다' (next) is a description"),
        m("ad-moj-prison-modular-1200", "new", MOJ, OTH,
          "당장 급한 불을 끄기 위해 기존 교정시설 안 유휴 부지에 조립식(모듈러) 임시 수용동을 지어 상반기 중 1,200명분의 수용 공간을 늘린다.",
          target=1200.0, unit="명", deadline="2025-06-30", dtext="상반기 중", comment="subjectless: 법무부"),
        m("ad-moj-prison-newbuild-2", "new", MOJ, OTH,
          "봉서진 법무부 교정정책단장은 \"과밀 수용은 수용자 인권 문제이자 교정 사고의 원인\"이라며 \"신축 교정시설은 2026년까지 반드시 첫 삽을 뜨겠다\"고 말했다.",
          person="봉서진", deadline="2026-12-31", dtext="2026년까지",
          comment="indirect frame + two quotes, the whole sentence; no number in it: no target"),
        m("ad-moj-prison-parole-35", "new", MOJ, OTH,
          "법무부는 모범 수형자의 가석방 심사 기준을 완화해 지난해 29.6%였던 가석방률을 연내 35%로 끌어올리기로 했다.",
          target=35.0, unit="%", deadline="2025-12-31", dtext="연내",
          comment="29.6% is the baseline; '가석방 문도 넓힌다.' before it is an umbrella"),
        m("ad-moj-prison-guards-1000", "new", MOJ, OTH,
          "교정직 공무원은 올해 1,000명을 새로 뽑아 현장에 배치할 계획이다.",
          target=1000.0, unit="명", deadline="2025-12-31", dtext="올해",
          comment="subjectless: 법무부; '수용자를 관리할 인력도 늘린다.' before it is an umbrella"),
        m("ad-moj-prison-telemed-55", "new", MOJ, OTH,
          "외부 병원 진료를 위한 호송 부담을 줄이려고 원격 진료 시스템도 연내 전국 55개 교정기관 모두로 넓힌다.",
          target=55.0, unit="개", deadline="2025-12-31", dtext="연내",
          comment="subjectless: 법무부; '55개 교정기관 모두' names the target (the counter 개); 38곳 (next) is the "
                  "baseline"),
        m("ad-moef-prison-exempt", "new", MOEF, FIS,
          "예산을 쥔 기획재정부는 두 시설의 예비타당성조사 면제 여부를 연내 결론 내겠다고 밝혔다.",
          deadline="2025-12-31", dtext="연내",
          comment="fiscal: the budget body's measure (remit_of; '예산' is a weak cue here). The 3,000억 원 estimate "
                  "before it is not a target. Not annotated: the 2017 promise of '2022년까지 수용률 100%' (a past "
                  "promise recalled), a 시의회's resolution, the 2016 헌법재판소 decision (past), 독일 and 일본 "
                  "(foreign), 엄기찬's bill '이달 안에' (a lawmaker), the professor's view"),
    ]))

# ---------------------------------------------------------------- 미세먼지 1/3 (press release reposted on a portal: □ / ○ lines; 환경부, 교육부, 해수부)
P2_H = "[보도자료] 환경부, 초미세먼지 2027년까지 15㎍/㎥…노후 경유차 올해 15만 대 조기폐차"
P2_T = "전국 초미세먼지 농도 2027년까지 15㎍/㎥로 낮춘다"
P2_S1 = "- 12월 7차 계절관리제부터 5등급 차량 운행제한 비수도권 5개 광역시로 확대"
P2_S2 = "- 미세먼지 예보 하반기부터 7일 앞까지 내는 '주간 예보'로"
REL = "the release's own line (□ / ○ lines and sub-titles annotated as written, with their marker, aa)"
PAGES.append(dict(
    source="2025-02-13_ad_fine-dust-release-portal.txt", title=P2_H, published_at="2025-02-13",
    mentions=[
        m("ad-me-dust-pm25-15", "new", ME, OTH, P2_H, target=15.0, unit="㎍/㎥", deadline="2027-12-31",
          dtext="2027년까지", comment="the portal's headline over the release, '환경부' named; one headline, two "
                                     "commitments"),
        m("ad-me-dust-diesel-150k", "new", ME, OTH, P2_H, target=150000.0, unit="대", deadline="2025-12-31",
          dtext="올해"),
        m("ad-me-dust-pm25-15", "new", ME, OTH, P2_T, target=15.0, unit="㎍/㎥", deadline="2027-12-31",
          dtext="2027년까지", comment="the release's title (not a substring of the portal's headline)"),
        m("ad-me-dust-ban-5cities", "new", ME, OTH, P2_S1, target=5.0, unit="개", deadline="2025-12-31",
          dtext="12월", comment="a sub-title line with its '- ' marker; '12월' on 2025-02-13 → 2025-12-31; '5개 "
                               "광역시' keeps the counter 개"),
        m("ad-me-dust-forecast-7d", "new", ME, OTH, P2_S2, target=7.0, unit="일", deadline="2025-12-31",
          dtext="하반기부터", comment="'7일 앞까지' is how far ahead (the target), not a deadline (aa's '48시간 전')"),
        m("ad-me-dust-pm25-15", "new", ME, OTH,
          "□ 환경부는 2월 13일 '2025년 미세먼지 관리 시행계획'을 발표하고, 지난해 17.6㎍/㎥였던 전국 초미세먼지(PM2.5) 연평균 농도를 2027년까지 15㎍/㎥로 낮추겠다고 밝혔다.",
          target=15.0, unit="㎍/㎥", deadline="2027-12-31", dtext="2027년까지",
          comment=REL + "; 17.6 is the baseline. The ○ lines after it (WHO's 5, the sources' shares) are statistics"),
        m("ad-me-dust-diesel-150k", "new", ME, OTH, "□ (수송) 배출가스 5등급 경유차는 올해 15만 대를 조기폐차하도록 지원한다.",
          target=150000.0, unit="대", deadline="2025-12-31", dtext="올해",
          comment=REL + ". The ○ line after it (최대 100만 원 more for 전기차 or 수소차: an undated means) is not "
                        "annotated (trap: climate cues '전기차', '수소차')"),
        m("ad-me-dust-ban-5cities", "new", ME, OTH,
          "□ (계절관리제) 올해 12월 시작하는 7차 계절관리제(12월∼이듬해 3월)부터는 그동안 수도권에서만 하던 5등급 차량 운행제한을 부산·대구·광주·대전·울산 등 비수도권 5개 광역시로 넓힌다.",
          target=5.0, unit="개", deadline="2025-12-31", dtext="올해 12월",
          comment=REL + "; '올해 12월' on 2025-02-13 → 2025-12-31. Not annotated: the ○ lines after it (국비 half "
                        "of the cameras: an undated means; the exemptions, hours and 10만 원 fine: rules; 68만 대 / 41%: "
                        "statistics)"),
        m("ad-me-dust-forecast-7d", "new", ME, OTH,
          "□ (예보) 미세먼지 예보는 하반기부터 지금의 3일에서 7일 앞까지 내놓는 '주간 예보'로 바뀐다.",
          target=7.0, unit="일", deadline="2025-12-31", dtext="하반기부터",
          comment=REL + "; a plan's promise stated as an outcome; 3일 is the baseline. The 국립환경과학원's AI "
                        "model (next) is the means"),
        m("ad-me-dust-stations-700", "new", ME, OTH, "□ (측정) 전국 도시대기측정소는 현재 612곳에서 2026년까지 700곳으로 늘린다.",
          target=700.0, unit="곳", deadline="2026-12-31", dtext="2026년까지", comment=REL + "; 612곳 is the baseline"),
        m("ad-moe-dust-purifier-100k", "new", MOE, OTH,
          "○ 교육부는 교실 공기정화장치 가운데 설치한 지 5년이 넘은 노후 기기 10만 대를 연내 교체한다.",
          target=100000.0, unit="대", deadline="2025-12-31", dtext="연내",
          comment="another body's promise in 환경부's release: the promising body, 교육부 (aa: 국방부's 기본설계 in "
                  "국토부's 보도해명자료); the □ line before it is an umbrella"),
        m("ad-mof-dust-amp-20", "new", MOF, OTH,
          "○ 해양수산부는 선박이 정박 중 엔진 대신 육상 전기를 쓰게 하는 육상전원공급설비(AMP)를 연내 부산항·인천항·광양항 20개 선석에 추가로 설치한다.",
          target=20.0, unit="개", deadline="2025-12-31", dtext="연내",
          comment="해양수산부's promise; never reported on again (date rule). Not annotated: 표다경's quote "
                  "(undated intentions), 중국's 2025 target (a foreign state), the contact lines, 붙임, comments"),
    ]))

# ---------------------------------------------------------------- 독서·도서관 1/3 (radio interview transcript: ◇ host> / ◆ guest> lines)
P3_H = "[가온 시사 아침] 나윤슬 \"도서관 300곳 밤 10시까지…전자책 한 앱으로 12월 개통\""
ANS = "his or her answer (the ◆ line's speaker, named in the title and the ■ lines): person 나윤슬; the answer opens with an unannotated '네.' or the like"
PAGES.append(dict(
    source="2025-04-23_ad_reading-radio.txt", title=P3_H, published_at="2025-04-23",
    mentions=[
        m("ad-mcst-read-night-300", "new", MCST, OTH, P3_H, person="나윤슬", target=300.0, unit="곳",
          comment="the quoted title names the speaker: person 나윤슬; '밤 10시까지' is a time of day, not a deadline: "
                  "no deadline fields; one title, two commitments"),
        m("ad-mcst-read-ebook", "new", MCST, OTH, P3_H, person="나윤슬", deadline="2025-12-31", dtext="12월",
          comment="'12월' on 2025-04-23 → 2025-12-31"),
        m("ad-mcst-read-rate-55", "new", MCST, OTH, "성인 독서율을 2030년까지 55%로 끌어올리는 것이 목표입니다.",
          person="나윤슬", target=55.0, unit="%", deadline="2030-12-31", dtext="2030년까지",
          comment=ANS + ". 43% (before) is the baseline; the 3차 계획's '2023년까지 독서율 60%' (after) is a past "
                        "promise recalled, not annotated"),
        m("ad-mcst-read-night-300", "new", MCST, OTH,
          "그래서 올해 공공도서관 300곳이 평일 밤 10시까지 문을 열 수 있도록 인건비를 지원합니다.",
          person="나윤슬", target=300.0, unit="곳", deadline="2025-12-31", dtext="올해",
          comment=ANS + "; '올해' dates it, '밤 10시까지' is the opening hour. 1,270여 곳 / 90곳 are baselines; the "
                        "host's 서울시 line (a local government) is not annotated"),
        m("ad-mcst-read-ebook", "new", MCST, OTH,
          "전국 공공도서관 전자책을 앱 하나로 빌릴 수 있는 통합 플랫폼 '도서관 하나로'를 12월 개통합니다.",
          person="나윤슬", deadline="2025-12-31", dtext="12월", comment=ANS),
        m("ad-mcst-read-small-lib-1500", "new", MCST, OTH,
          "하반기부터 작은도서관 1,500곳에 순회 사서를 보내 책 정리와 프로그램 운영을 돕겠습니다.",
          person="나윤슬", target=1500.0, unit="곳", deadline="2025-12-31", dtext="하반기부터",
          comment=ANS + "; the cost sharing with local governments (next) is the means"),
        m("ad-mcst-read-bookstart-229", "new", MCST, OTH,
          "아기에게 그림책 꾸러미를 나눠 주는 '북스타트'는 지금 180여 개 시군구에서 하고 있는데, 하반기부터 전국 229개 시군구 모두로 넓힙니다.",
          person="나윤슬", target=229.0, unit="개", deadline="2025-12-31", dtext="하반기부터",
          comment=ANS + "; 180여 개 is the baseline inside the sentence; '229개 시군구' keeps the counter 개"),
        m("ad-moe-read-librarian-70", "new", MOE, OTH,
          "학교도서관은 교육부 소관인데요, 교육부는 사서교사나 사서가 있는 학교 비율을 지금 48%에서 2027년까지 70%로 높이기로 했습니다.",
          target=70.0, unit="%", deadline="2027-12-31", dtext="2027년까지", comment=INST + "; 48% is the baseline"),
        m("ad-mcst-read-bookstore-300", "new", MCST, OTH,
          "주민과 함께 독서 모임을 꾸리는 서점을 '우수 지역서점'으로 인증해 연내 300곳을 지정하고, 공공도서관이 책을 살 때 이런 서점을 먼저 이용하도록 하겠습니다.",
          person="나윤슬", target=300.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment=ANS + "; one commitment dated by '연내' (the purchasing preference is its undated means). Not "
                        "annotated: the 예산 +12% answer (fiscal cue in a context sentence), 핀란드 (foreign), the "
                        "closing answer ('도서관이 그 곁을 지키겠습니다': undated), the host's lines"),
    ]))

# ---------------------------------------------------------------- 에너지 복지 1/3 (live blog: [hh:mm] entries, newest first, ■ 핵심 정리 bullets; 산업부, 국토부, 통계청)
P4_H = "[라이브] 여름 에너지바우처 7만 원으로…등유 가구엔 겨울 연료비 바우처 신설"
P4_B1 = "- 하절기 바우처 7월부터 가구당 평균 7만 원"
P4_B2 = "- 바우처 대상 올해 130만 가구로 확대"
P4_B3 = "- 12월부터 등유·LPG 난방 가구에 연료비 바우처"
LIVE = "the live blog reports the briefing: person '' unless a named official speaks"
PAGES.append(dict(
    source="2025-06-11_ad_energy-welfare-live.txt", title=P4_H, published_at="2025-06-11",
    mentions=[
        m("ad-motie-energy-summer-70k", "new", MOTIE, CLI, P4_H, target=70000.0, unit="원",
          comment="the headline names no body: 산업통상자원부's plan (energy welfare: climate by subject, though the "
                  "body owns industry on this date: uncertain call); no date in the clause; one headline, two "
                  "commitments"),
        m("ad-motie-energy-kerosene", "new", MOTIE, CLI, P4_H,
          comment="'겨울' names the kind of voucher, not a deadline: no deadline fields"),
        m("ad-motie-energy-summer-70k", "new", MOTIE, CLI, P4_B1, target=70000.0, unit="원", deadline="2025-07-31",
          dtext="7월부터", comment="a summary bullet, annotated as written with its marker; '7월부터' → 2025-07-31"),
        m("ad-motie-energy-households-130", "new", MOTIE, CLI, P4_B2, target=1300000.0, unit="가구",
          deadline="2025-12-31", dtext="올해"),
        m("ad-motie-energy-kerosene", "new", MOTIE, CLI, P4_B3, deadline="2025-12-31", dtext="12월부터"),
        m("ad-kostat-energy-stats", "new", KOSTAT, CLI,
          "통계청은 소득 대비 에너지 비용 부담이 큰 '에너지 빈곤 가구'를 처음으로 집계해 연내 국가통계로 공표하겠다고 밝혔습니다.",
          deadline="2025-12-31", dtext="연내",
          comment=LIVE + "; the storyline's category (climate). Not annotated: the entries of 16:42, 15:20 (영국, "
                         "프랑스: foreign), 15:05 (an NGO's demands), 14:52 (천 정책관's non-answer; 한국전력's 단전 유예: "
                         "a company's plan), the 60만–130만 가구 range (context)"),
        m("ad-molit-energy-insulation-20k", "new", MOLIT, CLI,
          "국토교통부는 지은 지 15년이 넘은 공공임대주택 2만 호의 단열재와 창호를 2026년까지 바꾸겠다고 밝혔습니다.",
          target=20000.0, unit="호", deadline="2026-12-31", dtext="2026년까지",
          comment=LIVE + "; the next sentence ('… 줄이겠다는 겁니다.') is a gloss"),
        m("ad-motie-energy-solar-1000", "new", MOTIE, CLI,
          "산업부는 공공임대 단지 옥상에 태양광 설비를 달고, 여기서 만든 전기로 입주민 관리비를 깎아 주는 사업을 2027년까지 1,000개 단지로 넓힌다는 계획입니다.",
          target=1000.0, unit="개", deadline="2027-12-31", dtext="2027년까지",
          comment="'산업부' on 2025-06-11 = 산업통상자원부; climate cue '태양광'; '1,000개 단지' keeps the counter 개"),
        m("ad-motie-energy-kerosene", "new", MOTIE, CLI,
          "도시가스가 들어가지 않아 등유나 LPG로 난방하는 가구에는 12월부터 별도의 '연료비 바우처'를 새로 지급합니다.",
          deadline="2025-12-31", dtext="12월부터",
          comment="subjectless: 산업통상자원부; '겨울 대책도 미리 나왔습니다.' before it is an umbrella, the 20% price "
                  "rise after it a statistic"),
        m("ad-motie-energy-auto-apply", "new", MOTIE, CLI,
          "산업부는 바우처를 몰라서 못 받는 가구를 없애기 위해 하반기 중 기초생활수급 정보와 연계한 '자동 신청'을 도입한다고 밝혔습니다.",
          deadline="2025-12-31", dtext="하반기 중", comment="7% (next) is a statistic"),
        m("ad-motie-energy-summer-70k", "new", MOTIE, CLI,
          "천우람 산업통상자원부 에너지혁신정책관은 \"하절기 에너지바우처 지원액을 가구당 평균 4만 3,000원에서 7만 원으로 올려 7월부터 지급하겠다\"고 말했습니다.",
          person="천우람", target=70000.0, unit="원", deadline="2025-07-31", dtext="7월부터",
          comment="indirect frame + quote, the whole sentence; 4만 3,000원 is the baseline"),
        m("ad-motie-energy-households-130", "new", MOTIE, CLI,
          "바우처를 받는 가구도 지난해 115만 가구에서 올해 130만 가구로 늘립니다.",
          target=1300000.0, unit="가구", deadline="2025-12-31", dtext="올해",
          comment="subjectless: 산업통상자원부 (천우람 does not speak it: person ''); 115만 is the baseline. The 14:00 "
                  "entry (the briefing's start, 기상청's forecast) is not annotated"),
    ]))

# ---------------------------------------------------------------- 불법사금융 1/3 (foreign-wire brief, Korean service: dateline ' = ', (끝); 금융위, 경찰청, 방통위, 법무부)
P5_H = "한국, 불법 사채 추심 처벌 강화…피해자 긴급 생계비 대출 1,000억 원"
WIRE = "the wire reports a body's plan: person ''"
PAGES.append(dict(
    source="2025-07-15_ad_loan-shark-wire.txt", title=P5_H, published_at="2025-07-15",
    mentions=[
        m("ad-fsc-loan-collection-bill", "new", FSC, OTH, P5_H,
          comment="the headline names no body: 금융위원회's bill; no date in the clause; one headline, two commitments"),
        m("ad-fsc-loan-relief-100b", "new", FSC, OTH, P5_H, target=100000000000.0, unit="원",
          comment="no date in the clause: no deadline fields"),
        m("ad-fsc-loan-collection-bill", "new", FSC, OTH,
          "한국 금융위원회는 14일 경찰청 등 관계 기관과 함께 발표한 '불법사금융 근절 대책'에서 불법 추심의 처벌을 징역 3년 이하에서 5년 이하로 높이는 채권추심법 개정안을 하반기 국회에 제출하겠다고 밝혔다.",
          deadline="2025-12-31", dtext="하반기",
          comment=WIRE + "; a promise to submit a bill (z-ac); '5년 이하' is the bill's content, not the promise's "
                         "target. The dateline lead is an umbrella"),
        m("ad-fsc-loan-platform-reg", "new", FSC, OTH,
          "금융위원회는 온라인 대부중개 사이트도 금융당국에 등록하도록 하는 등록제를 연말부터 시행하기로 했다.",
          deadline="2025-12-31", dtext="연말부터",
          comment=WIRE + ". Not annotated (the paragraph before): the 20% ceiling (a rule), the amended 대부업법 in "
                         "force '이달 하순부터' (a law already passed, described), 1만 5,000여 건 (a statistic)"),
        m("ad-fsc-loan-relief-100b", "new", FSC, OTH,
          "불법 사채에 손을 벌릴 수밖에 없는 저신용자를 위해서는 정책금융기관을 통한 긴급 생계비 대출 1,000억 원을 연내 공급한다.",
          target=100000000000.0, unit="원", deadline="2025-12-31", dtext="연내", comment="subjectless: 금융위원회"),
        m("ad-fsc-loan-debtor-4000", "new", FSC, OTH,
          "빚 독촉에 시달리는 피해자에게 무료로 변호사를 붙여 주는 '채무자대리인' 지원은 올해 4,000건으로 늘린다.",
          target=4000.0, unit="건", deadline="2025-12-31", dtext="올해", comment="subjectless: 금융위원회"),
        m("ad-knpa-loan-teams-18", "new", KNPA, OTH,
          "한국 경찰청은 8월까지 전국 18개 시도경찰청에 불법사금융 전담수사팀을 꾸리기로 했다.",
          target=18.0, unit="개", deadline="2025-08-31", dtext="8월까지",
          comment="'단속도 강화한다.' before it is an umbrella; '18개 시도경찰청' keeps the counter 개"),
        m("ad-kcc-loan-ad-block-3d", "new", KCC, OTH,
          "온라인 불법 대부 광고를 감시하는 방송통신위원회는 평균 10일 걸리던 광고 차단 처리 기간을 하반기부터 3일로 줄이겠다고 밝혔다.",
          target=3.0, unit="일", deadline="2025-12-31", dtext="하반기부터", comment="10일 is the baseline"),
        m("ad-moj-loan-proceeds", "new", MOJ, OTH,
          "법무부는 불법 이자로 벌어들인 돈을 범죄수익으로 보고 몰수·추징할 수 있도록 관련 시행령을 연내 고치기로 했다.",
          deadline="2025-12-31", dtext="연내",
          comment="Not annotated: 예준호's quote (undated intention), 금융감독원's 상담 인력 '연내 두 배' (not a "
                  "ministry: no body of ministries.csv), 일본 2006 and 필리핀 (foreign), the 단체 관계자's view"),
    ]))

# ---------------------------------------------------------------- 교정시설 2/3 (국정감사 minutes excerpt: ◯speaker  lines; answers by 노현창)
P6_H = "[회의록 발췌] 법사위 법무부 국감…\"임시 수용동 남은 400명분 연말까지\""
MIN = "the 교정본부장's answer (the ◯ label names him): person 노현창; the answer opens with an unannotated sentence, so the annotated one starts after '. '"
PAGES.append(dict(
    source="2025-10-21_ad_prison-audit-minutes.txt", title=P6_H, published_at="2025-10-21",
    mentions=[
        m("ad-moj-prison-modular-1200", "delayed", MOJ, OTH, P6_H, target=400.0, unit="명", deadline="2025-12-31",
          dtext="연말까지",
          comment=LATER + "; the quoted title names no speaker: person ''; the remainder is the target (ac)"),
        m("ad-moj-prison-modular-1200", "delayed", MOJ, OTH, "지금까지 800명분이 완공돼 수용자가 들어가 있습니다.",
          person="노현창", comment=MIN + "; " + SHORT + " (상반기 passed); the target is not named: no fields. "
                                                         "'일정이 밀렸습니다.' (next) gives the reason, not a date"),
        m("ad-moj-prison-modular-1200", "delayed", MOJ, OTH, "남은 400명분은 연말까지 마치겠습니다.",
          person="노현창", target=400.0, unit="명", deadline="2025-12-31", dtext="연말까지",
          comment=LATER + "; the remainder is the target of the sentence that moves it"),
        m("ad-moj-prison-rate-105", "progress", MOJ, OTH, "9월 말 기준 121%입니다.", person="노현창",
          comment=MIN + "; a measured value without the target: progress, no fields"),
        m("ad-moj-prison-newbuild-2", "progress", MOJ, OTH,
          "경기 남부 부지는 화성으로 확정했고, 내년 하반기 착공 일정에는 변함이 없습니다.",
          person="노현창", deadline="2026-12-31", dtext="내년 하반기",
          comment="a step done and the date restated: progress; '내년 하반기' on 2025-10-21 → 2026-12-31"),
        m("ad-moj-prison-newbuild-2", "progress", MOJ, OTH,
          "북부 후보지는 주민 반대가 커서 해당 시와 협의를 계속하고 있습니다.",
          person="노현창",
          comment="work under way, no date: progress (ac's 전기요금 협의); '아직 확정하지 못했습니다.' before it is not "
                  "annotated. 맹주완's '연말까지는 결론을 내 주십시오' is a lawmaker's demand"),
        m("ad-moj-prison-telemed-55", "progress", MOJ, OTH,
          "현재 47개 기관에서 원격 진료가 가능하고, 나머지 8개 기관도 연말까지 모두 연결하겠습니다.",
          person="노현창", deadline="2025-12-31", dtext="연말까지",
          comment="a measure and the promise restated on course: progress with its date; '8개 기관' is the "
                  "remainder of an unmoved promise, not its target (55): no target"),
        m("ad-moj-prison-parole-35", "progress", MOJ, OTH, "8월까지 가석방률은 33.1%입니다.", person="노현창",
          comment=MIN + "; a measured value without the target: progress; '8월까지' is the measured period, not a "
                        "deadline: no fields. The 35% is named in 변태성's question, not here"),
        m("ad-moj-prison-guards-1000", "progress", MOJ, OTH,
          "상반기 공채로 620명이 현장에 배치됐고, 하반기 채용을 마치면 연내 1,000명을 채울 수 있습니다.",
          person="노현창", target=1000.0, unit="명", deadline="2025-12-31", dtext="연내",
          comment="short before the deadline, restated with its date: progress"),
        m("ad-moef-prison-exempt", "progress", MOEF, FIS,
          "기획재정부가 다음 달 재정사업 심의에서 면제 여부를 결정하기로 한 것으로 알고 있습니다.",
          deadline="2025-11-30", dtext="다음 달",
          comment=INST + "; the decision scheduled within the promised year: progress ('다음 달' on 2025-10-21 → "
                         "2025-11-30); fiscal by remit (cue '재정' in '재정사업')"),
        m("ad-moj-prison-min-space", "new", MOJ, OTH,
          "수용자 1인당 최소 2.58㎡를 보장하는 내용을 형집행법 시행령에 담아 내년 상반기까지 개정하겠습니다.",
          person="노현창", target=2.58, unit="㎡", deadline="2026-06-30", dtext="내년 상반기까지",
          comment="a new commitment in answer to a lawmaker; '2.58㎡' is the rule value the amendment sets (aa's "
                  "'12명 이상'). Not annotated: 변태성's bill '다음 달' (a lawmaker), '적극 협조하겠습니다.' (no date), "
                  "the questions, the editor's note and the closing note"),
    ]))

# ---------------------------------------------------------------- 미세먼지 2/3 (photo gallery: six captions with credits; 기후에너지환경부, 교육부)
P7_H = "[포토] 7차 미세먼지 계절관리제 첫날…5등급 차량 운행제한 5개 광역시로"
CAP = "a caption's sentence (the caption's first sentence describes the photo and is not annotated)"
PAGES.append(dict(
    source="2025-12-02_ad_fine-dust-photo.txt", title=P7_H, published_at="2025-12-02",
    mentions=[
        m("ad-me-dust-ban-5cities", "achieved", MCEE, OTH, P7_H, target=5.0, unit="개",
          comment="on time (in force from 1 December); names no body: 기후에너지환경부 (환경부's successor); the "
                  "gallery's title"),
        m("ad-me-dust-ban-5cities", "achieved", MCEE, OTH,
          "10월 환경부에서 확대 개편된 기후에너지환경부는 이날 계절관리제를 시작하면서 그동안 수도권에서만 하던 5등급 차량 운행제한을 약속대로 부산·대구·광주·대전·울산 등 5개 광역시로 넓혔다.",
          target=5.0, unit="개", comment=CAP + "; " + WHEN + "; the clause names the target. The intro (the season's "
                                              "dates) is a description"),
        m("ad-me-dust-diesel-150k", "progress", MCEE, OTH,
          "기후에너지환경부에 따르면 올해 5등급 경유차 조기폐차는 11월 말까지 11만 2,000대로, 연말 목표 15만 대에 못 미친다.",
          target=150000.0, unit="대", deadline="2025-12-31", dtext="연말",
          comment="short before the deadline: progress; the clause names the target and its date ('연말' on a 2025 "
                  "page → 2025-12-31); '11월 말까지' is the measured period"),
        m("ad-me-dust-diesel-150k", "progress", MCEE, OTH,
          "기후에너지환경부는 12월에 신청이 몰리는 만큼 연말까지 목표를 채우겠다는 입장이다.",
          deadline="2025-12-31", dtext="연말까지", comment="the body restates the promise with its date: progress"),
        m("ad-me-dust-forecast-7d", "achieved", MCEE, OTH,
          "미세먼지 예보는 약속대로 10월부터 7일 앞까지 내놓는 주간 예보로 바뀌었다.",
          target=7.0, unit="일",
          comment=CAP + "; " + WHEN + "; names no body: 기후에너지환경부 (the 국립환경과학원 of the photo is its "
                                      "institute)"),
        m("ad-moe-dust-purifier-100k", "progress", MOE, OTH,
          "교육부는 올해 바꾸기로 한 노후 공기정화장치 10만 대 가운데 11월까지 7만 4,000대를 교체했다고 밝혔다.",
          target=100000.0, unit="대", deadline="2025-12-31", dtext="올해",
          comment="short before the deadline: progress; the clause names the target and its year; '11월까지' is the "
                  "measured period, not a deadline"),
        m("ad-me-dust-stations-700", "progress", MCEE, OTH, "전국 도시대기측정소는 올해 들어 40곳 늘어 652곳이 됐다.",
          comment="a measured value without the target: progress, no fields"),
        m("ad-me-dust-stations-700", "revision", MCEE, OTH,
          "기후에너지환경부는 2026년까지 700곳으로 늘리기로 한 목표를 720곳으로 높였다.",
          target=720.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment="a raised target, the date unchanged: revision"),
        m("ad-mcee-dust-nationwide", "new", MCEE, OTH,
          "기후에너지환경부는 이날 내년 12월 시작하는 8차 계절관리제부터 5등급 차량 운행제한을 전국으로 넓히겠다고 밝혔다.",
          deadline="2026-12-31", dtext="내년 12월",
          comment="a new commitment of the renamed body; '내년 12월' on 2025-12-02 → 2026-12-31. 서울시's parking fee "
                  "(the sentence before, a local government) is not annotated"),
        m("ad-mcee-dust-workplace-300", "new", MCEE, OTH,
          "대형 사업장 300곳과는 내년 3월까지 자발적 감축 협약을 맺어 고농도 때 가동률을 낮추기로 했다.",
          target=300.0, unit="곳", deadline="2026-03-31", dtext="내년 3월까지",
          comment="subjectless: 기후에너지환경부; a new commitment"),
    ]))

# ---------------------------------------------------------------- 에너지 복지 2/3 (data story: ▣ heads, source note; 국가데이터처, 기후에너지환경부, 국토부)
P8_H = "[숫자로 본 에너지 빈곤] 74만 가구가 소득 10% 넘게 난방·전기에…바우처 자동 신청은 하반기로"
P8_D = "바우처 받은 가구 124만에 그쳐…고효율 가전 교체 올해 5만 가구 지원"
PAGES.append(dict(
    source="2026-01-13_ad_energy-poverty-data.txt", title=P8_H, published_at="2026-01-13",
    mentions=[
        m("ad-motie-energy-auto-apply", "delayed", MCEE, CLI, P8_H, deadline="2026-12-31", dtext="하반기로",
          comment=LATER + "; names no body: 기후에너지환경부, which took 에너지바우처 from 산업통상자원부 on "
                          "2025-10-01 (its part_to, the owner of climate); '하반기로' on 2026-01-13 → 2026-12-31"),
        m("ad-motie-energy-households-130", "delayed", MCEE, CLI, P8_D,
          comment=SHORT + "; no target and no period in the clause: no fields; one deck line, two commitments"),
        m("ad-mcee-energy-appliance-50k", "new", MCEE, CLI, P8_D, target=50000.0, unit="가구", deadline="2026-12-31",
          dtext="올해"),
        m("ad-kostat-energy-stats", "achieved", KDATA, CLI,
          "통계청에서 이름을 바꾼 국가데이터처는 약속대로 지난달 '에너지 빈곤 가구 통계'를 국가통계로 처음 공표했다.",
          comment=WHEN + " ('지난달' = December 2025, within '연내'); the body under its name on the page's date "
                         "(국가데이터처, named with its old name). The lead's 74만 가구 and the ▣ sections' figures "
                         "are statistics, the 에너지경제연구원's 80만 가구 a forecast"),
        m("ad-motie-energy-households-130", "delayed", MCEE, CLI,
          "에너지바우처 업무를 산업통상자원부로부터 넘겨받은 기후에너지환경부에 따르면 지난해 바우처를 받은 가구는 124만 가구로 목표였던 130만 가구에 못 미쳤다.",
          target=1300000.0, unit="가구", prev="2025-12-31",
          comment=SHORT + "; the clause names the target and its year ('지난해' → prev 2025-12-31)"),
        m("ad-motie-energy-summer-70k", "achieved", MCEE, CLI,
          "하절기 바우처는 예정대로 지난해 7월부터 가구당 평균 7만 원씩 지급됐다.",
          target=70000.0, unit="원", comment=WHEN + "; the clause names the target"),
        m("ad-motie-energy-kerosene", "achieved", MCEE, CLI,
          "등유·LPG 가구 연료비 바우처도 약속대로 지난해 12월 첫 지급이 이뤄졌다.", comment=WHEN),
        m("ad-motie-energy-auto-apply", "delayed", MCEE, CLI,
          "다만 신청하지 않아도 바우처를 주는 자동 신청은 전산 연계가 늦어지면서 지난해 하반기에서 올해 하반기로 미뤄졌다.",
          deadline="2026-12-31", dtext="올해 하반기로", prev="2025-12-31",
          comment=LATER + "; the old date named ('지난해 하반기에서')"),
        m("ad-molit-energy-insulation-20k", "progress", MOLIT, CLI,
          "국토교통부가 2026년까지 2만 호를 고치기로 한 노후 공공임대 단열·창호 공사는 지난해 6,100호를 마쳤다.",
          target=20000.0, unit="호", deadline="2026-12-31", dtext="2026년까지",
          comment="short before the deadline: progress; the clause names the target and its date; 19% (next) is a "
                  "statistic"),
        m("ad-mcee-energy-appliance-50k", "new", MCEE, CLI,
          "기후에너지환경부는 올해 에너지 빈곤층 5만 가구에 고효율 냉장고와 에어컨 교체를 지원하겠다고 밝혔다.",
          target=50000.0, unit="가구", deadline="2026-12-31", dtext="올해",
          comment="a new commitment of 기후에너지환경부. Not annotated: the 1만 원 saving (a claim), EU's 2023 "
                  "directive (foreign), the experts' view, the source note"),
    ]))

# ---------------------------------------------------------------- 불법사금융 2/3 (columnist's blog: numbered sections, tags, comments; 금융위, 경찰청, 법무부, 방미통위)
P9_H = "불법 사채 대책 8개월…추심 처벌법은 통과, 생계비 대출은 목표 못 채워"
BLOG = "the blogger reports a body's deed or plan: person ''"
PAGES.append(dict(
    source="2026-03-10_ad_loan-shark-blog.txt", title=P9_H, published_at="2026-03-10",
    mentions=[
        m("ad-fsc-loan-collection-bill", "achieved", FSC, OTH, P9_H,
          comment="the post's title: the bill passed (submitted on time); names no body: 금융위원회; one title, two "
                  "commitments"),
        m("ad-fsc-loan-relief-100b", "delayed", FSC, OTH, P9_H,
          comment=SHORT + "; '목표 못 채워' names no number: no fields"),
        m("ad-fsc-loan-collection-bill", "achieved", FSC, OTH,
          "불법 추심 처벌을 징역 5년 이하로 높이는 채권추심법 개정안은 약속대로 지난해 11월 국회에 제출됐고, 지난달 본회의를 통과했습니다.",
          comment=WHEN + "; " + BLOG + ". The intro (the blogger's own work) is not annotated"),
        m("ad-knpa-loan-teams-18", "achieved", KNPA, OTH,
          "경찰청은 지난해 8월까지 18개 시도경찰청 모두에 불법사금융 전담수사팀을 꾸렸습니다.",
          target=18.0, unit="개", comment=WHEN + " ('지난해 8월까지'); the clause names the target"),
        m("ad-moj-loan-proceeds", "achieved", MOJ, OTH,
          "법무부는 불법 이자를 범죄수익으로 보고 몰수할 수 있게 한 시행령 개정을 약속대로 지난해 12월 마쳤습니다.",
          comment=WHEN),
        m("ad-fsc-loan-debtor-4000", "achieved", FSC, OTH,
          "빚 독촉에 시달리는 분들에게 무료로 변호사를 붙여 주는 채무자대리인 지원은 지난해 4,300건으로 목표 4,000건을 넘었습니다.",
          target=4000.0, unit="건", comment=WHEN + "; names no body: 금융위원회; the blogger's anecdote (next) is context"),
        m("ad-fsc-loan-relief-100b", "delayed", FSC, OTH,
          "긴급 생계비 대출은 지난해 720억 원이 나가 목표였던 1,000억 원에 못 미쳤습니다.",
          target=100000000000.0, unit="원", prev="2025-12-31",
          comment=SHORT + "; '지난해' names the promised period; the reason (next) is context"),
        m("ad-fsc-loan-platform-reg", "delayed", FSC, OTH,
          "온라인 대부중개 사이트 등록제는 업계 반발로 시행이 지난해 연말에서 올해 7월로 미뤄졌습니다.",
          deadline="2026-07-31", dtext="올해 7월로", prev="2025-12-31",
          comment=LATER + "; the old date named ('지난해 연말에서')"),
        m("ad-kcc-loan-ad-block-3d", "delayed", KMCC, OTH,
          "방송통신위원회를 이어 지난해 10월 출범한 방송미디어통신위원회는 불법 대부 광고 차단 기간을 3일로 줄이겠다고 했지만, 지금도 평균 5일이 걸립니다.",
          target=3.0, unit="일",
          comment=SHORT + " (2025 H2 passed; 5일 against 3일); the body under its name on the page's date, named "
                          "with its predecessor (trap: government cue '출범' in the rename clause)"),
        m("ad-fsc-loan-rate-check", "new", FSC, OTH,
          "금융위원회는 지난달 대부업체 금리를 소비자가 직접 조회할 수 있는 '대출 금리 확인 서비스'를 상반기 중 열겠다고 밝혔습니다.",
          deadline="2026-06-30", dtext="상반기 중",
          comment="a new commitment, reported by the blogger. Not annotated: 금융감독원's 상담 인력 (not a ministry), "
                  "the 2021 최고금리 cut and its promise (a past promise recalled), the blogger's opinions, the hotline "
                  "advice, the disclaimer, tags and comments"),
    ]))

# ---------------------------------------------------------------- 미세먼지 3/3 (children's newspaper, ■ heads, quiz; 기후에너지환경부, 교육부)
P10_H = "[시사 쏙쏙] 봄철 미세먼지, 얼마나 줄었을까?"
P10_S = "교실 공기정화장치 교체는 6월까지 늦춰져요"
KID = "the children's paper reports a body's deed or plan: person ''"
PAGES.append(dict(
    source="2026-04-08_ad_fine-dust-kids-paper.txt", title=P10_H, published_at="2026-04-08",
    mentions=[
        m("ad-moe-dust-purifier-100k", "delayed", MOE, OTH, P10_S, deadline="2026-06-30", dtext="6월까지",
          comment=LATER + "; the subtitle names no body: 교육부; '6월까지' on 2026-04-08 → 2026-06-30. The title (a "
                          "question) is not annotated"),
        m("ad-me-dust-pm25-15", "progress", MCEE, OTH,
          "기후에너지환경부에 따르면 지난해 전국 초미세먼지 연평균 농도는 16.9㎍/㎥로, 정부가 2027년까지 낮추겠다고 한 15㎍/㎥에 조금씩 다가가고 있어요.",
          target=15.0, unit="㎍/㎥", deadline="2027-12-31", dtext="2027년까지",
          comment="a measured value with the target and its date named, before the deadline: progress; '정부' = the "
                  "plan's body, 기후에너지환경부 (환경부's successor). The lead (what 초미세먼지 is) and '26㎍/㎥ 안팎' "
                  "are context"),
        m("ad-me-dust-stations-700", "progress", MCEE, OTH, "전국의 공기를 재는 도시대기측정소도 지금 671곳으로 늘었어요.",
          comment="a measured value without the target: progress, no fields; names no body: 기후에너지환경부"),
        m("ad-moe-dust-purifier-100k", "delayed", MOE, OTH,
          "학교 교실의 낡은 공기정화장치 10만 대를 지난해 안에 바꾸겠다던 교육부는 8만 2,000대까지만 바꿨어요.",
          target=100000.0, unit="대", prev="2025-12-31",
          comment=SHORT + "; the clause names the target and the missed date ('지난해 안에')"),
        m("ad-moe-dust-purifier-100k", "delayed", MOE, OTH, "교육부는 나머지 1만 8,000대를 오는 6월까지 바꾸겠다고 했어요.",
          target=18000.0, unit="대", deadline="2026-06-30", dtext="6월까지",
          comment=LATER + "; the remainder is the target of the sentence that moves it"),
        m("ad-me-dust-diesel-150k", "delayed", MCEE, OTH,
          "오래된 경유차를 일찍 폐차하도록 돕는 '조기폐차'도 지난해 13만 8,000대로, 목표였던 15만 대를 채우지 못했어요.",
          target=150000.0, unit="대", prev="2025-12-31",
          comment=SHORT + "; names no body: 기후에너지환경부; '지난해 … 목표' names the promised period"),
        m("ad-mcee-dust-workplace-300", "delayed", MCEE, OTH,
          "대형 공장 300곳과 미세먼지를 함께 줄이자는 약속(협약)을 3월까지 맺겠다던 계획은 270곳에서 멈췄어요.",
          target=300.0, unit="곳", prev="2026-03-31",
          comment=SHORT + "; names no body: 기후에너지환경부; the missed date named ('3월까지' = March 2026)"),
        m("ad-mcee-dust-signal-2000", "new", MCEE, OTH,
          "기후에너지환경부는 올해 말까지 전국 초등학교와 어린이집 주변 2,000곳에 미세먼지 농도를 색깔로 알려 주는 '미세먼지 신호등'을 세우기로 했어요.",
          target=2000.0, unit="곳", deadline="2026-12-31", dtext="올해 말까지",
          comment="a new commitment. Not annotated: the colours (a description), 중국 and 인도 (foreign), the child "
                  "reporter's words, the quiz"),
    ]))

# ---------------------------------------------------------------- 독서·도서관 2/3 (public petition answer on a government portal: ■ 민원 내용 / ■ 답변 내용, ○ bullets)
PET = "the ministry's answer (an institution; ○ bullets annotated as written, with their marker): person ''"
PAGES.append(dict(
    source="2026-06-16_ad_library-petition-answer.txt", title="동네 도서관 밤 개관이 없어졌습니다", published_at="2026-06-16",
    mentions=[
        m("ad-mcst-read-night-300", "delayed", MCST, OTH,
          "○ 문화체육관광부는 지난해 공공도서관 야간 개관을 지원했으나, 실제 참여한 도서관은 260곳으로 목표한 300곳에 미치지 못했습니다.",
          target=300.0, unit="곳", prev="2025-12-31",
          comment=PET + "; " + SHORT + "; '지난해' names the promised period. The petition's title and text (a "
                                       "citizen recalling the promises) are not annotated; nor the next bullet (a "
                                       "reason)"),
        m("ad-mcst-read-night-350", "new", MCST, OTH,
          "○ 올해는 하반기부터 야간 개관 지원 대상을 350곳으로 늘리고, 사업 기간도 1년 단위로 바꿔 중간에 끊기는 일이 없도록 하겠습니다.",
          target=350.0, unit="곳", deadline="2026-12-31", dtext="하반기부터",
          comment="a new year's target after a missed one: its own commitment (ac's 관제 1,500명). The next bullet "
                  "(local governments set opening hours) is not annotated"),
        m("ad-mcst-read-small-lib-1500", "cancelled", MCST, OTH,
          "○ 작은도서관 1,500곳에 순회 사서를 보내려던 사업은 올해 정부 예산에 반영되지 못해 추진하지 않기로 했습니다.",
          target=1500.0, unit="곳",
          comment="dropped: cancelled (fiscal cue '예산' names the reason, a weak cue outside a fiscal article); the "
                  "clause names the target. The replacement (거점 도서관, next bullet) has no date: not a commitment"),
        m("ad-mcst-read-ebook", "delayed", MCST, OTH,
          "○ 전자책 통합 플랫폼 '도서관 하나로'는 출판사와의 저작권 계약이 늦어지면서 개통을 지난해 12월에서 올해 9월로 미뤘습니다.",
          deadline="2026-09-30", dtext="올해 9월로", prev="2025-12-31",
          comment=LATER + "; the old date named ('지난해 12월에서')"),
        m("ad-mcst-read-ebook", "progress", MCST, OTH,
          "○ 현재 공공도서관 820곳의 전자책 14만 종을 연결해 시험 운영을 하고 있습니다.",
          comment="work under way on the moved date: progress, no fields"),
        m("ad-mcst-read-bookstart-229", "achieved", MCST, OTH,
          "○ 아기에게 그림책을 나눠 주는 '북스타트'는 지난해 하반기부터 전국 229개 시군구 모두에서 시행되고 있습니다.",
          target=229.0, unit="개", comment=WHEN + "; the clause names the target"),
        m("ad-mcst-read-bookstore-300", "achieved", MCST, OTH,
          "○ 주민과 함께하는 '우수 지역서점'은 지난해 12월 312곳을 처음 인증했습니다.",
          comment=WHEN + " (within '연내'); 312곳 is the result, the target is not named: no target fields. The "
                         "contact line, the satisfaction survey and the note are not annotated"),
    ]))

# ---------------------------------------------------------------- all five, last (year-end roundup, two deck lines, ◆ sections, tally line after the sign-off)
P12_H = "[약속, 그 후] 도서관 전자책 통합 8월에야 개통…5등급 차량 운행제한 전국 확대는 없던 일로"
P12_D1 = "수도권 새 교정시설 한 곳만 착공…에너지바우처 자동 신청 9월 시행"
P12_D2 = "불법 대부 광고 차단 3일로…노후 공공임대 단열 목표는 1만 5,000호로 축소"
BOTH = "one sentence, two commitments: one entry each"
PAGES.append(dict(
    source="2026-11-26_ad_promise-roundup.txt", title=P12_H, published_at="2026-11-26",
    mentions=[
        m("ad-mcst-read-ebook", "achieved", MCST, OTH, P12_H,
          comment=LATE + "; names no body: 문화체육관광부; one headline, two commitments"),
        m("ad-mcee-dust-nationwide", "cancelled", MCEE, OTH, P12_H, comment="'없던 일로': cancelled; names no body: 기후에너지환경부"),
        m("ad-moj-prison-newbuild-2", "delayed", MOJ, OTH, P12_D1,
          comment="one of two started, the other moved (body): delayed, no date in the clause (ac's 보호시설 15곳 "
                  "deck; uncertain call); names no body: 법무부"),
        m("ad-motie-energy-auto-apply", "achieved", MCEE, CLI, P12_D1,
          comment=LATE + " (on the moved date, after the promised one); names no body: 기후에너지환경부"),
        m("ad-kcc-loan-ad-block-3d", "achieved", KMCC, OTH, P12_D2, target=3.0, unit="일",
          comment="reached after the deadline: achieved late, no deadline fields; names no body: "
                  "방송미디어통신위원회; one deck line, two commitments"),
        m("ad-molit-energy-insulation-20k", "revision", MOLIT, CLI, P12_D2, target=15000.0, unit="호",
          comment="a lowered target: revision; no date in the clause; names no body: 국토교통부"),
        # 교정시설 과밀
        m("ad-moj-prison-newbuild-2", "progress", MOJ, OTH,
          "법무부가 지난해 초 약속한 수도권 새 교정시설 두 곳 가운데 화성 시설은 지난 9월 첫 삽을 떴다.",
          comment="one of the two started: a step, progress without fields (the next sentence decides the status). "
                  "The intro is not annotated"),
        m("ad-moj-prison-newbuild-2", "delayed", MOJ, OTH, "북부 시설은 부지를 다시 고르느라 착공이 2028년으로 밀렸다.",
          deadline="2028-12-31", dtext="2028년으로",
          comment=LATER + " (a reported slip before the deadline, x-ac); the old date not named; the remainder "
                          "('북부 시설') has no number: no target"),
        m("ad-moj-prison-rate-105", "progress", MOJ, OTH,
          "전국 교정시설 수용률은 9월 말 기준 116%로, 2027년 목표 105%까지는 아직 멀다.",
          target=105.0, unit="%", deadline="2027-12-31", dtext="2027년",
          comment="a measured value with the target and its date named, before the deadline: progress; names no "
                  "body: 법무부"),
        m("ad-moj-prison-modular-1200", "achieved", MOJ, OTH, "임시 수용동 1,200명분은 지난해 12월에야 모두 완공됐다.",
          target=1200.0, unit="명",
          comment="reached on the moved date (연말), after the promised one (상반기): achieved late, no deadline "
                  "fields; the clause names the target"),
        m("ad-moj-prison-parole-35", "achieved", MOJ, OTH,
          "가석방률은 지난해 35.4%로 목표를 넘겼고, 원격 진료는 약속대로 지난해 말 55개 교정기관 모두로 넓어졌다.",
          comment=BOTH + " ... the 가석방률 above its (unnamed) target: achieved, " + WHEN),
        m("ad-moj-prison-telemed-55", "achieved", MOJ, OTH,
          "가석방률은 지난해 35.4%로 목표를 넘겼고, 원격 진료는 약속대로 지난해 말 55개 교정기관 모두로 넓어졌다.",
          target=55.0, unit="개", comment="... and 원격 진료 at all 55: achieved, " + WHEN + "; the clause names the target"),
        m("ad-moj-prison-guards-1000", "delayed", MOJ, OTH, "교정직 신규 채용은 지난해 940명에 그쳐 1,000명을 채우지 못했다.",
          target=1000.0, unit="명", prev="2025-12-31",
          comment=SHORT + "; '지난해' names the promised period"),
        m("ad-moef-prison-exempt", "achieved", MOBP, FIS,
          "두 시설의 예비타당성조사 면제는 기획재정부에서 예산 업무를 넘겨받은 기획예산처가 올해 2월에야 확정했다.",
          comment=LATE + " (promised for 2025, decided February 2026); the body under its name on the page's date: "
                         "기획예산처, which took the budget from 기획재정부 on 2026-01-02 (not the primary successor, "
                         "재정경제부); fiscal by remit"),
        m("ad-moj-prison-min-space", "cancelled", MOJ, OTH,
          "수용자 1인당 최소 면적을 시행령에 담겠다던 법무부는 신축 시설이 들어서기 전에는 지킬 수 없는 기준이라며 개정을 하지 않기로 했다.",
          comment="dropped: cancelled; the missed date is not named: no previous_deadline"),
        m("ad-moj-prison-ai-cctv", "new", MOJ, OTH,
          "대신 법무부는 2028년까지 교정시설 10곳에 자해와 폭행을 감지하는 AI 영상 분석 장비를 설치하겠다고 밝혔다.",
          target=10.0, unit="곳", deadline="2028-12-31", dtext="2028년까지",
          comment="a new commitment ('AI' alone is no cue)"),
        # 미세먼지
        m("ad-me-dust-pm25-15", "progress", MCEE, OTH, "지난해 전국 초미세먼지 농도는 확정치 16.8㎍/㎥였다.",
          comment="a measured value without the target, before the deadline (2027): progress, no fields; names no "
                  "body: 기후에너지환경부"),
        m("ad-moe-dust-purifier-100k", "achieved", MOE, OTH, "교육부의 노후 공기정화장치 교체는 6월에야 마무리됐다.",
          comment=LATE + " (done on the moved date, after the promised 2025)"),
        m("ad-me-dust-stations-700", "progress", MCEE, OTH,
          "도시대기측정소는 10월 기준 688곳으로, 연말 목표 720곳에 다가섰다.",
          target=720.0, unit="곳", deadline="2026-12-31", dtext="연말",
          comment="short before the deadline: progress; the clause names the (raised) target and its date"),
        m("ad-mcee-dust-signal-2000", "progress", MCEE, OTH, "어린이집과 학교 주변 미세먼지 신호등은 1,340곳에 세워졌다.",
          comment="a measured value without the target: progress, no fields"),
        m("ad-mcee-dust-nationwide", "cancelled", MCEE, OTH,
          "기후에너지환경부는 다음 달 시작하는 8차 계절관리제부터 5등급 차량 운행제한을 전국으로 넓히겠다던 계획을 생계형 차주들의 반발로 접었다.",
          prev="2026-12-31",
          comment="dropped: cancelled; the promised date named ('다음 달 시작하는 8차 계절관리제' = December 2026)"),
        m("ad-mcee-dust-public-diesel", "new", MCEE, OTH,
          "대신 내년부터 계절관리제 기간에는 공공기관 경유차 운행을 막고 전기차와 수소차로 대체하겠다고 밝혔다.",
          deadline="2027-12-31", dtext="내년부터",
          comment="subjectless: 기후에너지환경부; a new commitment; category by subject (air quality: other), though "
                  "the sentence carries climate cues '전기차', '수소차' (uncertain call)"),
        # 에너지 복지
        m("ad-motie-energy-auto-apply", "achieved", MCEE, CLI,
          "에너지바우처 자동 신청은 미뤄진 일정대로 9월 시행됐고, 올해 바우처 대상자의 신청률은 99%로 올랐다.",
          comment=LATE + "; names no body: 기후에너지환경부; 99% is its effect"),
        m("ad-molit-energy-insulation-20k", "revision", MOLIT, CLI,
          "국토교통부는 공사비가 오르자 노후 공공임대 단열·창호 개선 목표를 올해까지 2만 호에서 1만 5,000호로 줄였다.",
          target=15000.0, unit="호", deadline="2026-12-31", dtext="올해까지",
          comment="a lowered target, the date unchanged: revision"),
        m("ad-motie-energy-solar-1000", "revision", MCEE, CLI,
          "공공임대 옥상 태양광은 10월까지 430개 단지에 설치됐고, 기후에너지환경부는 2027년까지 목표를 1,000개 단지에서 1,500개 단지로 늘렸다.",
          target=1500.0, unit="개", deadline="2027-12-31", dtext="2027년까지",
          comment="a measure and a raised target in one sentence: annotated once, with its latest state (revision, "
                  "ab); 기후에너지환경부 (the energy body since 2025-10-01) named; climate cue '태양광'"),
        m("ad-mcee-energy-appliance-50k", "progress", MCEE, CLI, "고효율 가전 교체 지원은 10월까지 3만 1,000가구가 받았다.",
          comment="a measured value without the target, before the deadline: progress, no fields ('10월까지' is the "
                  "measured period)"),
        m("ad-mcee-energy-voucher-yearround", "new", MCEE, CLI,
          "기후에너지환경부는 2027년부터 여름과 겨울로 나눠 주던 바우처를 하나로 합쳐 1년 내내 쓸 수 있게 하겠다고 밝혔다.",
          deadline="2027-12-31", dtext="2027년부터", comment="a new commitment"),
        m("ad-kdata-energy-stats-2nd", "new", KDATA, CLI, "국가데이터처는 두 번째 에너지 빈곤 가구 통계를 다음 달 공표한다.",
          deadline="2026-12-31", dtext="다음 달",
          comment="a new commitment of 국가데이터처 (a year's release after the first: its own commitment); '다음 달' on "
                  "2026-11-26 → 2026-12-31"),
        # 불법사금융
        m("ad-kcc-loan-ad-block-3d", "achieved", KMCC, OTH, "방송미디어통신위원회의 불법 대부 광고 차단 기간은 지난 5월에야 평균 3일로 줄었다.",
          target=3.0, unit="일", comment=LATE + "; the clause names the target"),
        m("ad-fsc-loan-platform-reg", "achieved", FSC, OTH, "온라인 대부중개 사이트 등록제는 미뤄진 대로 7월부터 시행됐다.",
          comment=LATE + " (on the moved date, after the promised one); names no body: 금융위원회"),
        m("ad-fsc-loan-rate-check", "delayed", FSC, OTH,
          "금융위원회가 상반기 중 열겠다던 '대출 금리 확인 서비스'는 아직 시범 운영에 머물러 있다.",
          prev="2026-06-30", comment="not done after the deadline, no new date: delayed; the missed date named"),
        m("ad-fsc-loan-ad-precheck", "new", FSC, OTH, "금융위원회는 2027년부터 대부업 광고를 사전 심의하도록 하겠다고 밝혔다.",
          deadline="2027-12-31", dtext="2027년부터", comment="a new commitment"),
        # 독서·도서관
        m("ad-mcst-read-ebook", "achieved", MCST, OTH, "전자책 통합 대출 플랫폼 '도서관 하나로'는 8월에야 문을 열었다.",
          comment=LATE + " (promised December 2025, moved to September 2026, opened in August)"),
        m("ad-mcst-read-night-350", "progress", MCST, OTH,
          "공공도서관 야간 개관은 10월 기준 328곳으로, 올해 목표 350곳에 다가섰다.",
          target=350.0, unit="곳", deadline="2026-12-31", dtext="올해",
          comment="short before the deadline: progress; the clause names the target and its year"),
        m("ad-mcst-read-rate-55", "revision", MCST, OTH,
          "올해 3월 나온 국민 독서실태조사에서 성인 독서율은 44.8%에 머물렀고, 문화체육관광부는 2030년 목표를 55%에서 50%로 낮췄다.",
          target=50.0, unit="%", deadline="2030-12-31", dtext="2030년",
          comment="a measure and a lowered target in one sentence: annotated once, with its latest state "
                  "(revision, ab)"),
        m("ad-moe-read-librarian-70", "progress", MOE, OTH, "교육부는 사서교사나 사서가 있는 학교 비율이 55%로 늘었다고 밝혔다.",
          comment="a measured value without the target, before the deadline (2027): progress, no fields"),
        m("ad-mcst-read-branch-120", "new", MCST, OTH,
          "문화체육관광부는 2028년까지 공공도서관이 없는 읍·면 120곳에 작은 분관을 세우겠다고 밝혔다.",
          target=120.0, unit="곳", deadline="2028-12-31", dtext="2028년까지",
          comment="a new commitment. Not annotated: the closing assessment, the outlet's own plan, the tally line "
                  "and the series links after the sign-off"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-26)
LAST = "2026-11-26"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    # 교정시설 과밀 수용 해소
    ("ad-moj-prison-rate-105", MOJ, OTH, "전국 교정시설 수용률 124% → 2027년까지 105% 이하", "in_progress",
     "121% (Sep 2025), 116% (Sep 2026)"),
    ("ad-moj-prison-newbuild-2", MOJ, OTH, "수도권 새 교정시설 2곳 2026년까지 착공 (북부 1곳 → 2028년)", "delayed",
     "화성 site fixed, schedule kept (Oct 2025); 화성 started September 2026, the northern site moved to 2028 (Nov 2026)"),
    ("ad-moj-prison-modular-1200", MOJ, OTH, "모듈러 임시 수용동 1,200명분 2025년 상반기 중 (남은 400명분 → 연말)", "achieved",
     "800명분 and the remaining 400 moved to the year's end (Oct 2025); all done December 2025 (late)"),
    ("ad-moj-prison-parole-35", MOJ, OTH, "가석방률 29.6% → 2025년 내 35%", "achieved",
     "33.1% by August 2025; 35.4% in 2025 (on time)"),
    ("ad-moj-prison-guards-1000", MOJ, OTH, "교정직 공무원 2025년 1,000명 신규 채용", "delayed",
     "620명 (Oct 2025); 940명 in 2025"),
    ("ad-moj-prison-telemed-55", MOJ, OTH, "원격 진료 38곳 → 2025년 내 전국 55개 교정기관 모두", "achieved",
     "47 (Oct 2025); all 55 at the end of 2025 (on time)"),
    ("ad-moef-prison-exempt", MOBP, FIS, "새 교정시설 2곳 예비타당성조사 면제 여부 2025년 내 결론", "achieved",
     "decision scheduled for November 2025 (Oct 2025); decided February 2026 by 기획예산처 (late); made by "
     "기획재정부, 기획예산처 (budget, 예타) since 2026-01-02"),
    ("ad-moj-prison-min-space", MOJ, OTH, "수용자 1인당 최소 2.58㎡ 형집행법 시행령 2026년 상반기까지 개정", "cancelled",
     "dropped (Nov 2026)"),
    ("ad-moj-prison-ai-cctv", MOJ, OTH, "교정시설 10곳 AI 영상 분석 장비 2028년까지", "announced", ""),
    # 미세먼지
    ("ad-me-dust-pm25-15", MCEE, OTH, "초미세먼지 연평균 농도 17.6 → 2027년까지 15㎍/㎥", "in_progress",
     "16.9 provisional (Apr 2026), 16.8 final (Nov 2026); made by 환경부, 기후에너지환경부 since 2025-10-01"),
    ("ad-me-dust-diesel-150k", MCEE, OTH, "5등급 경유차 2025년 15만 대 조기폐차", "delayed",
     "11만 2,000대 by November 2025; 13만 8,000대 in 2025"),
    ("ad-me-dust-ban-5cities", MCEE, OTH, "5등급 차량 운행제한 2025년 12월 7차 계절관리제부터 비수도권 5개 광역시로", "achieved",
     "in force from 1 December 2025 (on time)"),
    ("ad-me-dust-forecast-7d", MCEE, OTH, "미세먼지 예보 3일 → 7일 '주간 예보' 2025년 하반기부터", "achieved",
     "from October 2025 (on time)"),
    ("ad-me-dust-stations-700", MCEE, OTH, "도시대기측정소 612 → 2026년까지 700곳 (→ 720곳)", "in_progress",
     "652곳 and the target raised to 720 (Dec 2025); 671곳 (Apr 2026); 688곳 (Nov 2026)"),
    ("ad-moe-dust-purifier-100k", MOE, OTH, "교실 노후 공기정화장치 10만 대 2025년 내 교체 (남은 1만 8,000대 → 2026년 6월)",
     "achieved", "7만 4,000대 by November 2025; 8만 2,000대 and the rest moved to June 2026 (Apr 2026); done June "
                 "2026 (late)"),
    ("ad-mof-dust-amp-20", MOF, OTH, "항만 육상전원공급설비(AMP) 2025년 내 20개 선석 추가", "delayed",
     "never followed up: its deadline (2025-12-31) passed with no report of achievement (date rule)"),
    ("ad-mcee-dust-nationwide", MCEE, OTH, "5등급 차량 운행제한 2026년 12월 8차 계절관리제부터 전국 확대", "cancelled",
     "dropped after protests by drivers (Nov 2026)"),
    ("ad-mcee-dust-workplace-300", MCEE, OTH, "대형 사업장 300곳 자발적 감축 협약 2026년 3월까지", "delayed",
     "270곳 (Apr 2026)"),
    ("ad-mcee-dust-signal-2000", MCEE, OTH, "초등학교·어린이집 주변 '미세먼지 신호등' 2026년 말까지 2,000곳", "in_progress",
     "1,340곳 (Nov 2026)"),
    ("ad-mcee-dust-public-diesel", MCEE, OTH, "계절관리제 기간 공공기관 경유차 운행 금지 2027년부터", "announced", ""),
    # 에너지 복지
    ("ad-motie-energy-summer-70k", MCEE, CLI, "하절기 에너지바우처 가구당 평균 4만 3,000 → 7만 원 2025년 7월부터", "achieved",
     "paid from July 2025 (on time); made by 산업통상자원부, 기후에너지환경부 (its part_to for energy) since 2025-10-01"),
    ("ad-motie-energy-households-130", MCEE, CLI, "에너지바우처 대상 115만 → 2025년 130만 가구", "delayed",
     "124만 가구 in 2025"),
    ("ad-motie-energy-auto-apply", MCEE, CLI, "에너지바우처 '자동 신청' 2025년 하반기 중 (→ 2026년 하반기)", "achieved",
     "moved to H2 2026 (Jan 2026); in force September 2026 (late)"),
    ("ad-motie-energy-kerosene", MCEE, CLI, "등유·LPG 난방 가구 '연료비 바우처' 2025년 12월부터 신설", "achieved",
     "first paid December 2025 (on time)"),
    ("ad-molit-energy-insulation-20k", MOLIT, CLI, "노후 공공임대 2만 호 단열·창호 2026년까지 (→ 1만 5,000호)", "revised",
     "6,100호 in 2025 (Jan 2026); target cut to 1만 5,000호 (Nov 2026)"),
    ("ad-motie-energy-solar-1000", MCEE, CLI, "공공임대 옥상 태양광 2027년까지 1,000개 단지 (→ 1,500개 단지)", "revised",
     "430 단지 and the target raised to 1,500 (Nov 2026)"),
    ("ad-kostat-energy-stats", KDATA, CLI, "'에너지 빈곤 가구 통계' 2025년 내 첫 국가통계 공표", "achieved",
     "published December 2025 by 국가데이터처 (on time); made by 통계청, 국가데이터처 since 2025-10-01"),
    ("ad-mcee-energy-appliance-50k", MCEE, CLI, "에너지 빈곤층 고효율 가전 교체 2026년 5만 가구", "in_progress",
     "3만 1,000가구 by October 2026"),
    ("ad-mcee-energy-voucher-yearround", MCEE, CLI, "여름·겨울 바우처 통합, 연중 사용 2027년부터", "announced", ""),
    ("ad-kdata-energy-stats-2nd", KDATA, CLI, "두 번째 에너지 빈곤 가구 통계 2026년 12월 공표", "announced", ""),
    # 불법사금융
    ("ad-fsc-loan-collection-bill", FSC, OTH, "불법 추심 처벌 3 → 5년 이하 채권추심법 개정안 2025년 하반기 국회 제출", "achieved",
     "submitted November 2025 (on time), passed February 2026"),
    ("ad-fsc-loan-platform-reg", FSC, OTH, "온라인 대부중개 사이트 등록제 2025년 연말부터 (→ 2026년 7월)", "achieved",
     "moved to July 2026 (Mar 2026); in force July 2026 (late)"),
    ("ad-fsc-loan-relief-100b", FSC, OTH, "불법사금융 피해 저신용자 긴급 생계비 대출 2025년 1,000억 원", "delayed",
     "720억 원 in 2025"),
    ("ad-fsc-loan-debtor-4000", FSC, OTH, "채무자대리인 무료 지원 2025년 4,000건", "achieved", "4,300건 in 2025 (on time)"),
    ("ad-knpa-loan-teams-18", KNPA, OTH, "18개 시도경찰청 불법사금융 전담수사팀 2025년 8월까지", "achieved",
     "all 18 by August 2025 (on time)"),
    ("ad-kcc-loan-ad-block-3d", KMCC, OTH, "불법 대부 광고 차단 처리 평균 10 → 3일 2025년 하반기부터", "achieved",
     "still 5일 (Mar 2026); 3일 in May 2026 (late); made by 방송통신위원회, 방송미디어통신위원회 since 2025-10-01"),
    ("ad-moj-loan-proceeds", MOJ, OTH, "불법 이자 범죄수익 몰수·추징 시행령 2025년 내 개정", "achieved",
     "amended December 2025 (on time)"),
    ("ad-fsc-loan-rate-check", FSC, OTH, "'대출 금리 확인 서비스' 2026년 상반기 중 개시", "delayed",
     "still in pilot (Nov 2026)"),
    ("ad-fsc-loan-ad-precheck", FSC, OTH, "대부업 광고 사전 심의 2027년부터", "announced", ""),
    # 독서·도서관
    ("ad-mcst-read-rate-55", MCST, OTH, "성인 연간 독서율 43% → 2030년까지 55% (→ 50%)", "revised",
     "44.8% and the target cut to 50% (Nov 2026)"),
    ("ad-mcst-read-night-300", MCST, OTH, "공공도서관 300곳 평일 밤 10시까지 야간 개관 2025년 지원", "delayed",
     "260곳 in 2025"),
    ("ad-mcst-read-ebook", MCST, OTH, "전자책 통합 대출 플랫폼 '도서관 하나로' 2025년 12월 개통 (→ 2026년 9월)", "achieved",
     "moved to September 2026 (Jun 2026); opened August 2026 (late)"),
    ("ad-mcst-read-small-lib-1500", MCST, OTH, "작은도서관 1,500곳 순회 사서 2025년 하반기부터", "cancelled",
     "dropped, not in the 2026 budget (Jun 2026)"),
    ("ad-mcst-read-bookstart-229", MCST, OTH, "'북스타트' 180여 개 → 2025년 하반기부터 전국 229개 시군구", "achieved",
     "nationwide from H2 2025 (on time)"),
    ("ad-mcst-read-bookstore-300", MCST, OTH, "'우수 지역서점' 2025년 내 300곳 인증", "achieved",
     "312곳 certified December 2025 (on time)"),
    ("ad-moe-read-librarian-70", MOE, OTH, "학교도서관 사서(교사) 배치율 48% → 2027년까지 70%", "in_progress",
     "55% (Nov 2026)"),
    ("ad-mcst-read-night-350", MCST, OTH, "공공도서관 야간 개관 지원 2026년 하반기부터 350곳", "in_progress",
     "328곳 by October 2026"),
    ("ad-mcst-read-branch-120", MCST, OTH, "공공도서관 없는 읍·면 120곳 작은 분관 2028년까지", "announced", ""),
]


if __name__ == "__main__":
    write(ROOT, "ad", PAGES, COMMITMENTS, LAST,
          ["ministry = the responsible body under the name valid on that date (환경부's 미세먼지 promises are",
           "listed under 기후에너지환경부, its successor from 2025-10-01; 산업통상자원부's energy-welfare promises",
           "under 기후에너지환경부, which took the ministry's energy work that day (its part_to, not its successor",
           "산업통상부); 통계청's statistic under 국가데이터처, its successor that day; 방송통신위원회's promise",
           "under 방송미디어통신위원회, its successor that day; 기획재정부's 예타 면제 under 기획예산처, which took",
           "the budget on 2026-01-02; every other body kept its name through 2026-11-26)."],
          with_commitments="--commitments" in sys.argv[1:])
