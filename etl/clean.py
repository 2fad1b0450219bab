"""Turn a pasted Korean news page into an article: headline, dates, byline, outlet and body.

A reporter's copy of a news page carries the site's furniture around the article: menus, ad
captions (`… 광고 이미지`), photo captions, share buttons, the byline and copyright, related-news
and most-read lists, customer-centre blocks. The body we store must be exactly the article's
paragraphs, so every line is classified, and every line that is not body is kept with its reason
(`removed_lines`) so a reader can check that nothing of the article was lost.

The rules are line classes, in order (measured on real pages; see notes/korean-nlp.md §5.2):
datelines, ads, captions, bylines, copyright, section markers, menus, then body lines, which end
in a Korean sentence-final form or are long prose. Once body text has been seen, a byline,
copyright or related-news line ends the article: everything after it is page footer. The deck
(subtitle lines between the headline and the dateline) opens the body, and is also kept as
`extra["subtitle"]`.
"""

from __future__ import annotations

import re
from typing import Iterator
from datetime import date, datetime, timedelta, timezone

from .deadlines import NATIVE_DAYS
from .model import Article, RawDocument, Rejection, RemovedLine
from .readers.common import normalise_text as normalise_read_text
from .korea_time import SEOUL

# (a notice's own date only with its tail, `공고일시`, `고시일`: a bare `고시 2025-12호에 따라 …` cites a rule)
DATE_LABELS_PUBLISHED = ("기사입력", "입력", "등록", "송고", "게재", "게시", "발행", "승인", "작성", "배포", "보도", "공표",
                         "보도 가능", "보도가능",  # (a release's `보도 가능 시점 : 2025. 7. 3.(목) 10:00`; not `등록 가능 일시`, a window)
                         "자료제공", "자료 제공",  # (a city's release: `자료제공일 2025. 11. 5.(수) | 담당부서 …`)
                         "최초 공개", "업로드", "올린 날", "올린날",  # (`올린 날: 2025-08-12`: an easy-read page's label)
                         "출간일", "출간", "게시기간", "게시 기간",
                         "공고기간", "공고 기간",  # (a notice's period opens the day it is posted: `공고 기간 2025.12.10 ~ 2025.12.19`)
                         "발간", "발령", "발송일",  # (a fact sheet's, an alert's, a newsletter's: `발간일 2025-10-28`, `발송일 2026.05.19`)
                         "공고일시", "공고일자", "공고일", "고시일자", "고시일", "공지일시", "공지일자", "공지일",
                         "확인매물",  # (a property portal's listing, checked and posted that day: `확인매물 24.07.14.`)
                         "탑재",  # (a government board's: `탑재일 2025-02-05 | 탑재부서 예보과`)
                         "생성일", "클립 생성")  # (a clip's or a page's own making: `스트리머 달빛고양이 · 클립 생성 2025.08.21 · 조회수 4.2만`)
DATE_LABELS_UPDATED = ("최종수정", "수정", "업데이트", "갱신", "마지막 편집", "최종 편집",
                       "개정",  # (a form's or terms' revision: `양식 번호 MS-F04 · 개정 4판 · 2025. 1. 23. 개정`)
                       "마지막 활동", "최근 활동")  # (a board's or a shared page's: `멤버 5명 · 마지막 활동 2026년 11월 24일`)
# A filing's or a judgment's own day (`제출일: 2025.03.17`, `선고 2026. 3. 10.`): the page's date only when
# no posting date is given, and only heading a line or in a row of fields (`신청서 제출일: 3. 14.` is a deadline)
DATE_LABELS_DOCUMENT = ("제출일자", "제출일", "제출",  # (`… 보고서 | 2학년 3반 연도희 | 제출 2025. 3. 27.(목)`)
                        "생산일자",  # (an archived record's: `생산일자: 1998-04-17`)
                        "공시일자", "공시일", "판결선고", "선고일자", "선고일", "선고",
                        "제안일자", "제안일", "발의일자", "발의일",  # (a bill's page: the day it was put forward)
                        "녹음일시", "녹음일", "녹음",  # (a transcript's: the day it was recorded)
                        "방송일시", "방송일자", "방송일",  # (a programme's script: the day it went on air)
                        # (a petition's, a poll's, a registration page's day, which may be a result's or a club's)
                        "공개일자", "공개일", "발표일자", "발표일시", "발표일", "개설일",
                        # (a tribunal's or a commission's decision: `결정일자 2026.01.22`, `의  결  일  2024. 12. 11.`)
                        "결정일자", "결정일", "의결일자", "의결일",
                        "회신일자", "회신일",  # (a ruling's or a complaint's answer: `안건번호 25-0187 | 요청기관 ○○도 | 회신일자 2025. 4. 3.`)
                        "접수일시",  # (a letter's day in, `접수일시 2025-03-05 08:41 | 접수자 …`, or a complaint's own; its `시행` day first)
                        "견적일자", "견적일", "판정일자", "판정일")  # (a quotation's, a verdict's: `견적일자: 2026년 3월 9일 (월)`)
# The day the page was printed or read, or the day its figures stand at (`출력일시 : 2026-01-05 09:12`,
# `기준일 2025-06-30`): never the day it was posted
DATE_LABELS_NOT_POSTED = ("출력일시", "출력일", "인쇄일시", "인쇄일", "조회일시", "접속일", "기준일자", "기준일",
                          # (an application's day on its published patent or claim: `(22) 출원일자 2024년03월11일`)
                          "출원일자", "출원일", "심사청구일자", "청구일자", "청구일",
                          "사용승인일", "준공일",  # (a building's: `사용승인일 1998-11-20` on a flat's listing)
                          # (a forecast's target day, an event's or a quake's time, the day a chat was saved)
                          "대상일", "발생시각", "발생일시", "저장한 날짜",
                          "최초 공개 예정", "공개 예정", "방송 예정")  # (a premiere still to come: `최초 공개 예정: 2025. 9. 4.`)
_LABEL = "|".join(DATE_LABELS_PUBLISHED + DATE_LABELS_UPDATED + DATE_LABELS_DOCUMENT + DATE_LABELS_NOT_POSTED)

_DATE = (r"(?P<y>\d{4})\s*[.\-/년]\s*(?P<m>\d{1,2})\s*[.\-/월]\s*(?P<d>\d{1,2})\s*일?\.?"
         r"(?:\s*(?:\([월화수목금토일](?:요일)?\)|[월화수목금토일]요일|(?<=\s)[월화수목금토일](?=\s+(?:오전|오후|\d))))?")
_TIME = r"(?:,?\s*(?P<ampm>오전|오후|AM|PM)?\s*(?P<H>\d{1,2})\s*(?:[:시]\s*(?P<M>\d{1,2})(?!\d)|시(?![가-힣]))(?:\s*[:분]\s*(?P<S>\d{2}))?분?)?"
_LABEL_TAIL = r"(?:\s*(?:시간|시각|일시|일자|날짜|시점|일))?"  # 송고시간, 게시 시각, 입력일시, 등록일, 공표 시점
_LABEL_OPENS = "".join(sorted({label[0] for label in _LABEL.split("|")}))  # (a quick test before the long alternation)
_STAMP = re.compile(rf"(?:(?=[{_LABEL_OPENS}])(?P<label>{_LABEL}){_LABEL_TAIL}(?:\s*[|│](?=\s*\d))?)?\s*[:：]?\s*{_DATE}{_TIME}")  # (`등록일 | 2026-02-09`)
_DATELINE = re.compile(rf"^\s*(?:{_LABEL}){_LABEL_TAIL}\s*[:：|│]?\s*\d{{4}}\s*[.\-/년]")
_BARE_STAMP_LINE = re.compile(rf"^\s*(?:(?:[◀◁‹«<]|-{{3,}}|={{3,}})\s*)?{_DATE}{_TIME}\s*(?:(?:[▶▷›»>]|-{{3,}}|={{3,}})\s*)?$")  # (`◀ 2025/09/16(화) ▶`: a day's list; `----- 2025년 9월 3일 수요일 -----`: a chat's day)
# What may sit beside a stamp on a dateline: an outlet or a section and separators
# (`2025-05-20 11:02 | 한빛통신`, `[미래일보] 입력 2026.03.05 11:20`).
_STAMP_COMPANION = re.compile(r"[\s\[\]()【】<>|·,/:-]*(?:[가-힣A-Za-z0-9.&]{1,15}[\s\[\]()【】<>|·,/:-]*){0,2}")

# (`▶ … 프리미엄 리포트: … (유료)`: a promotion of the site's paid content)
_AD = re.compile(r"광고\s*이미지|^\s*\[?\s*(광고|AD|ad|Advertisement|스폰서|협찬)\s*\]?\s*$|\(\s*유료\s*\)\s*$")
_CAPTION = re.compile(
    r"^\s*[▲△▶]\s*\S.*(사진|제공|=)|^\s*[\[<(]?\s*사진\s*[\]>)]|^\s*[\[<(]\s*(?:표|도표|그래픽|인포그래픽)\s*[\]>)]|[\[(]\s*사진\s*[=:]|/\s*사진\s*=|사진\s*=\s*\S+\s*제공|(연합뉴스|뉴스1|뉴시스)\s*자료\s*사진"
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_REPORTER_WORDS = r"(?:기자|특파원|선임기자|전문기자|수석기자|논설위원|객원기자|인턴기자|통신원|기자단|에디터)"
_BYLINE = re.compile(
    rf"^\s*(?:[\[(【]?[가-힣A-Za-z]+\s*=\s*[가-힣A-Za-z0-9]+[\])】]?\s*"
    rf"|(?:[\[(【]?[가-힣A-Za-z0-9]{{2,12}}[\])】]?\s+){{1,2}}(?=[가-힣]{{2,4}}\s*{_REPORTER_WORDS}))?"
    rf"(?P<names>[가-힣]{{2,4}}(?:\s*[·,]\s*[가-힣]{{2,4}})*)\s*{_REPORTER_WORDS}"
    rf"(?:\s*[=·,/|]?\s*\(?\s*(?:이메일\s*[:：]?\s*)?(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*\)?)?\s*=?\s*$"
)
_REPORTER = re.compile(_REPORTER_WORDS)
# A line of credits (`글 배수아 기자 / 사진 임태경 기자`, `[아침경제] 정하윤 기자 | 승인 … | 댓글 3`)
_CREDIT_ROLES = r"(?:글|사진|영상|그래픽|취재|편집|촬영)"
_CREDIT_ROLE = re.compile(rf"^\s*{_CREDIT_ROLES}(?:\s*[·/]\s*{_CREDIT_ROLES})*\s*[:：]?\s+")  # `글·사진 노을빛 기자`
_CREDIT_SPLIT = re.compile(r"\s*[|/]\s*|\s+·\s+")
_EMAIL_LINE = re.compile(r"^\s*(?:e-?mail|이메일|메일)?\s*[:：]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$", re.I)
# "(세종=연합뉴스) 홍길동 기자 = " or "[서울=뉴스1] 홍길동 기자 =" opening the first paragraph.
_LEAD_BYLINE = re.compile(
    rf"^\s*[\[(【]\s*[가-힣A-Za-z]+\s*=\s*(?P<outlet>[가-힣A-Za-z0-9]+)\s*[\])】]\s*"
    rf"(?:(?P<names>[가-힣]{{2,4}}(?:\s*[·,]\s*[가-힣]{{2,4}})*)\s*{_REPORTER_WORDS}\s*)?=?\s*"
)
_COPYRIGHT = re.compile(r"무단\s*전재|재배포\s*금지|저작권자|copyright|ⓒ|©|all rights reserved", re.I)
# The heading of the page's furniture after the article (related and popular news, comments, subscriptions)
_SECTION_HEADS = (
    r"(관련\s*뉴스|관련\s*기사|(이\s*(기사|보도자료|글|뉴스)[을를]\s*(본|읽은)(\s*\S+){1,2}\s*)?많이\s*(본|읽은)\s*(뉴스|기사|자료|보도자료|글)|인기\s*(뉴스|기사)|이\s*시각\s*(주요\s*)?(뉴스|기사)?"
    r"|추천\s*(뉴스|기사)|함께\s*(보면|볼만한)|기자\s*구독|구독하기|오늘의\s*(핫이슈|주요뉴스)|주요\s*뉴스|실시간\s*(뉴스|인기)"
    r"|댓글|포토\s*뉴스|많이\s*읽은|랭킹\s*뉴스|top|open|고객센터|전체\s*메뉴)"
)
_SECTION_END = re.compile(r"^\s*[\[<【]?\s*" + _SECTION_HEADS + r"\b", re.I)
# the same heading alone on its line but for a mark or an emoji before it and a count after it (`💬 실시간 댓글 (방송
# 중)`, `▶ 독자 댓글 12`, `🔥 인기 뉴스`; not a bulleted link, `➤ 관련기사: 국토부, …`, nor prose, `전체 댓글 1,200건 가운데
# 70%가 찬성했다`)
_MARKED_SECTION_END = re.compile(r"\s*[^\w\s\[<【(]{0,3}\s*(?:(?:실시간|독자|전체)\s*)?" + _SECTION_HEADS
                                 + r"\s*(?:\d+\s*(?:개|건)?|\([^()]{0,12}\))?\s*", re.I)
_MENU_WORDS = {
    "공유", "공유하기", "프린트", "인쇄", "스크랩", "글자크기", "글씨크기", "좋아요", "싫어요", "댓글", "구독", "기사구독",
    "본문듣기", "듣기", "URL복사", "복사", "페이스북", "트위터", "카카오톡", "카카오", "네이버", "밴드", "top", "open",
    "닫기", "이전", "다음", "목록", "가", "가가", "메뉴", "검색", "로그인", "회원가입", "홈", "전체메뉴", "기사저장",
    "추천", "반대", "찬성", "화나요", "슬퍼요", "후속기사", "원해요", "응원", "기사", "보기", "더보기",
    "뉴스레터", "구독하기", "로그아웃", "마이페이지", "알림", "제보", "기사제보", "기사검색", "구독신청", "전체기사",
    "지면", "지면보기", "면", "A면", "B면",  # the print edition's page (`지면 2026-07-16 6면`, `A6면`)
}
# A site's section names, which a menu bar lists with single spaces (`전체기사 정치 경제 사회 국제`)
_SECTION_NAMES = {
    "정치", "경제", "사회", "국제", "세계", "전국", "지역", "문화", "스포츠", "연예", "오피니언", "사설", "칼럼", "라이프",
    "생활", "건강", "교육", "과학", "IT", "산업", "금융", "증권", "부동산", "북한", "포토", "영상", "날씨", "피플", "인물",
    "기획", "연재", "데이터", "팩트체크", "정책", "속보", "단독", "전체", "많이본",
}
_WEEKDAY = re.compile(r"^\(?[월화수목금토일](?:요일)?\)?$")
# A site's short bracketed tag in a menu bar (`[속보]  [단독]  뉴스레터 | 로그인`)
_TAG_WORD = re.compile(r"\[[^\[\]\s]{1,6}\]")
_BULLET_MENU = re.compile(r"^\s*[•·▶▷◆◇■□☞※\-–]\s*\S.{0,15}$")
_BREADCRUMB = re.compile(r"^\s*[가-힣A-Za-z0-9&·/ ]{1,12}(\s*[>|›»]\s*[가-힣A-Za-z0-9&·/ ]{1,12})+\s*$")
# A path with the marks only a site's path uses may name an issue by its date (`관보 › 2025. 11. 12.(수)
# 제20998호 › 공고`); a bar or `>` may join a chronology's date and event, which are the article's
_SITE_PATH = re.compile(r"^\s*[가-힣A-Za-z0-9&·/ .()]{1,24}(\s*[›»]\s*[가-힣A-Za-z0-9&·/ .()]{1,24})+"
                        r"(?:\s*\([^()]{1,40}\))?\s*$")  # (and the page's view toggles: `(월별 보기 | 목록 보기)`)
_SAMPLE_NOTE = re.compile(r"^\s*\[\s*샘플\s*기사\s*\]")
# An outlet's note on this very article (`※ 바로잡습니다: 이 기사의 첫 보도에서 …`), wherever the page
# puts it, even above the headline: the page's, not the article's text. A correction article's own
# headline (`[바로잡습니다] 11월 26일자 12면 '…' 기사`) names another day's article and stays.
_CORRECTION_NOTE = re.compile(
    r"^\s*(?:※|\*|\[|<|【)?\s*(?:바로\s*잡습니다|정정(?:합니다|보도)?|알려\s*드립니다)\s*[\]>】]?\s*[:：]?\s*"
    r".{0,40}?(?:이|본|해당|당초|최초|처음|첫)\s*(?:기사|보도|출고)"
)
# The same tag over a sentence that ends in a full stop (`[정정] 본지 1월 13일자 … 바로잡습니다.`): a
# notice about another day's article, not a correction article's headline, which ends on the article.
_CORRECTION_TAG = re.compile(r"^\s*(?:※|\*|\[|<|【)\s*(?:바로\s*잡습니다|정정(?:합니다|보도)?)\s*[\]>】]")
# The tag alone on its line, the notice on the lines under it (a boxed notice atop the page).
_CORRECTION_BOX = re.compile(_CORRECTION_TAG.pattern + r"\s*$")
_CORRECTION_END = re.compile(r"(?:바로\s*잡습니다|정정합니다|알려\s*드립니다)\.\s*$")
# A release's list of what is attached (`붙임 1. 2025년 미세먼지 관리 시행계획 요약 1부.`, `첨부 회의자료.pdf`)
_ATTACHMENT = re.compile(
    r"^\s*(?:※\s*|📎\s*|[\[<【]\s*)?(?:붙임|첨부(?:\s*파일|\s*자료)?)\s*[\]>】]?\s*(?:\d+\s*[.)_]|\d*\s*:|\s|_)")
_ATTACHED = re.compile(r"\d\s*부\s*\.?\s*(?:\([^()]{1,40}\)\s*)?(?:끝\.?)?\s*$|\.(?:hwpx?|pdf|xlsx?|docx?|pptx?|zip)\b"
                       r"|\b(?:HWPX?|PDF|XLSX?|DOCX?)\b")  # (`… 1부 (국문 PDF · English PDF)`)
_SOURCE_LINE = re.compile(r"^\s*\[\s*(출처|원문|source)\s*\]\s*:?\s*(?P<url>https?://\S+)\s*$", re.I)
# A Korean sentence ends in a final ending (다/요/죠/음/함/됨/임…) then punctuation, maybe a closing quote.
_SENTENCE_FINAL = re.compile(r"([다요죠음함됨임니까][.!?…]*|[.!?…])\s*[\"'”’」』)\]]*\s*$")
# A paragraph of prose ends with a full stop; a headline hardly ever does, even one ending in 다.
_PROSE_END = re.compile(r"\.\s*[\"'”’」』)\]]*\s*$")
_HANGUL = re.compile(r"[가-힣]")

MIN_PROSE_CHARS = 40


def normalise_text(text: str) -> str:
    """The readers' normal form (`etl.readers.common.normalise_text`: NFC, one kind of newline and of space, long
    runs of blanks cut), for a page handed straight here too, and the vowel `ㅣ` set as a separator read as `|`."""
    return _JAMO_BAR.sub("|", normalise_read_text(text))


# What an icon is: emoji, and the symbols pages set before a field (`⏱`, `☎`, `✍`, `⭐`), as a character class's ranges
ICONS = "\U0001F000-\U0001FFFF\u2300-\u23FF\u2600-\u27BF\u2B00-\u2BFF"


# The vowel letter ㅣ that many Korean sites set as a separator (`홍길동 기자 ㅣ 2025.04.15 17:40`)
_JAMO_BAR = re.compile(r"(?<=[ \t])\u3163(?=[ \t])")


# Dates written other ways than the cleaner reads, rewritten as it does (only to read them; the text
# kept is the page's): ISO 8601 (`2025-06-12T15:12:00+09:00`), English (`May 27, 2025`, `Sep 03. 2024`,
# `3 June 2025`), a two-digit year (`25.06.11`), and English labels (`Posted on`, `Last updated:`)
_ISO_STAMP = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NAME = (r"(?P<mon>(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?"
               r"|Nov(?:ember)?|Dec(?:ember)?|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?"
               r"|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)(?![A-Za-z]))\.?")
_ENGLISH_DATE = re.compile(rf"\b{_MONTH_NAME}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\.?,?\s+(?P<y>\d{{4}})\b"
                           rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH_NAME.replace('mon>', 'mon2>')},?\s+(?P<y2>\d{{4}})\b")
_SHORT_YEAR = re.compile(r"(?<![\d.,:/\-])(?P<y>[0-4]\d)(?P<sep>[.\-])(?P<m>0[1-9]|1[0-2])(?P=sep)(?P<d>0[1-9]|[12]\d|3[01])"
                         r"(?![\d,]|[.\-]\d)")  # (2000–2049; `25.06.11`, `25-09-30`; a slash's order is the reader's)
_ENGLISH_LABEL = re.compile(r"(?:^|(?<=[|│·\[(,]))\s*(?:(?P<posted>(?i:posted|published|submitted)(?:\s+on)?"
                            r"|(?i:date|datum)(?=\s*:)(?![^\n]*(?i:venue|location|place|장소)))"
                            r"|(?P<updated>(?i:last\s+(?:updated|modified|revised)|updated|revised)(?:\s+on)?"
                            # (a notes app's page: `Last edited by 발자국 정책팀 · Nov 25, 2026 4:12 PM`)
                            r"|(?i:last\s+edited(?:\s+by\s+[^·|\d]{1,30}?\s*[·|]|\s+on)?)))\s*:?\s+(?=\d)"
                            # (a code forum's thread: `hanbit-kim opened this issue on Jul 15, 2025`)
                            r"|(?<=\s)(?P<opened>opened\s+this\s+(?:issue|pull\s+request|discussion)\s+on"
                            r"|released\s+this(?:\s+on)?)\s+(?=\d)")
_POSTING_WORDS = "게시|등록|작성|입력|발행|송고|배포|수정|업데이트|갱신"  # (a label before or after a date)
_POSTING_WORD = re.compile(_POSTING_WORDS)
# A two-digit year with slashes after a posting label (`등록 25/02/18`): a year past 12 cannot be a month,
# and a label says the day is the page's (a slash's order is otherwise the reader's)
_LABELLED_SLASH_YEAR = re.compile(rf"((?:{_POSTING_WORDS})(?:일자|일시|일|시간|시각)?\s*[:：]?\s*)(?P<y>1[3-9]|[2-4]\d)/"
                                  r"(?P<m>0[1-9]|1[0-2])/(?P<d>0[1-9]|[12]\d|3[01])(?![\d/])")
# An archive's path down to the day (`보도자료 › 2025년 › 12월 › 9일(화)`): the day, written as a date
_PATH_TO_DAY = re.compile(r"(?<!\d)(?P<y>20[0-4]\d)\s*년?\s*[›>»]\s*(?P<m>1[0-2]|0?[1-9])\s*월?\s*[›>»]\s*"
                          r"(?P<d>3[01]|[12]\d|0?[1-9])\s*(?:일(?!\d)|$)")  # (`홈 > 전체기사 > 2025 > 10 > 02`, the path's end)
_PATH_ENDS_ON_DAY = re.compile(rf"[›>»]\s*{_DATE}{_TIME}\s*$")
# A two-digit year in Korean units after a posting label (`작성: 25년 9월 30일(화) 밤 9시`)
_LABELLED_SHORT_YEAR = re.compile(rf"((?:{_POSTING_WORDS})(?:일자|일시|일)?\s*[:：]?\s*)(?P<y>[0-4]\d)\s*년(?=\s*(?:1[0-2]|0?[1-9])\s*월)")
# A two-digit year with its month, day and clock (`26년 3월 8일 오후 9:14 · 조회 245`, a community post): a stamp
_SHORT_YEAR_CLOCKED = re.compile(r"(?<![\d'’.])(?P<y>[0-4]\d)\s*년(?=\s*(?:1[0-2]|0?[1-9])\s*월\s*(?:3[01]|[12]\d|0?[1-9])\s*일"
                                 r"\s*(?:\(?[월화수목금토일]\)?\s*)?(?:오전|오후)?\s*\d{1,2}:\d{2})")
# A month-first date after a posting label, as Korean-American sites write it (`작성일 : 04/07/2026 02:22 PM`): a
# four-digit year last; under a Korean label the order is the American one
_LABELLED_MONTH_FIRST = re.compile(rf"((?:{_POSTING_WORDS})(?:일자|일시|일)?\s*[:：]?\s*)(?P<m>0?[1-9]|1[0-2])/"
                                   r"(?P<d>0?[1-9]|[12]\d|3[01])/(?P<y>20\d\d)(?![\d/])")
# `수정됨: 2024년 9월 3일`, `(편집됨 2025.03.02)`: an edit's label in the past form, read as the label
_EDITED_LABEL = re.compile(r"(수정|편집|게시|작성|등록|발행)됨\s*[:：]?\s*(?=\d{4}\s*[.\-/년])")  # (`게시됨: 2025년 7월 22일`)
# A posting label after its date (`Vol. 31 | 2026.07.16 게시 | 규제대응그룹`, `(2025-05-21 등록)`), read as before it
_LABEL_AFTER = re.compile(r"(?P<date>\d{4}\s*[.\-/]\s*\d{1,2}\s*[.\-/]\s*\d{1,2}\.?(?:\s*\([월화수목금토일]\))?"
                          r"(?:\s+\d{1,2}:\d{2})?)\s*"
                          rf"(?P<label>{_POSTING_WORDS}|개정)(?:일|됨)?(?=\s*(?:$|[|│·)\]]|\((?!안\))))")
# A day written out with its year, in figures or Korean units (`2026.07.17`, `2026년 07월 17일`), for a pattern that
# moves it as a whole
_WRITTEN_DAY = r"\d{4}\s*[.\-/년]\s*\d{1,2}\s*[.\-/월]\s*\d{1,2}\s*일?\.?"
# A programme's day and then its name, as a broadcaster's clip page heads it
# (`▶ 영상 재생 | 2026년 07월 17일 (금) 「NBS 뉴스투데이 영동」 방송 | 재생시간 02:38`), read as `방송일 …`
_AIRED_AFTER = re.compile(rf"(?P<date>{_WRITTEN_DAY}(?:\s*\([월화수목금토일]\))?)\s*"
                          r"(?:[「『<《〈\[][^」』>》〉\]|]{1,30}[」』>》〉\]]\s*)?방송(?:분|됨)?(?=\s*(?:$|[|│]))")  # (not `방송·통신 …`)
_AMENDMENT_MARK = re.compile(r"([<‹〈\[]\s*)(?:전문)?개정(?=\s*\d)")
# `발송 2025-06-12 09:00`, a notice's sending with its clock (not a shop's `발송 2025. 12. 15. (월) 순차`)
_SENT_AT = re.compile(r"발송(?=\s*\d{4}\s*[.\-/]\s*\d{1,2}\s*[.\-/]\s*\d{1,2}\.?\s*(?:\([월화수목금토일]\)\s*)?\d{1,2}:\d{2})")
# A programme's or a post's time, then its day (`방송 시각 17시 50분~17시 54분, 2025년 6월 23일 월요일`), read as the
# day first under the label's date form (`방송일시 2025년 6월 23일 월요일 17시 50분`)
_CLOCK = r"(?:오전|오후)?\s*\d{1,2}\s*(?::\s*\d{2}|시(?:\s*\d{1,2}\s*분)?)"
_TIME_BEFORE_DATE = re.compile(rf"(?P<label>방송|녹음|녹화|{_POSTING_WORDS})\s*(?:시각|시간|일시)\s*[:：]?\s*(?P<time>{_CLOCK})"
                               rf"(?:\s*[~∼～\-–]\s*{_CLOCK})?\s*,?\s*"
                               rf"(?P<date>{_WRITTEN_DAY}(?:\s*\([월화수목금토일]\)|\s*[월화수목금토일]요일)?)")
# A label spelt out letter by letter to line up a document's fields (`의  결  일   2024. 12. 11.`)
_SPACED_LABEL = re.compile(r"^(\s*)([가-힣])\s+([가-힣])\s+([가-힣])(?:\s+([가-힣]))?(?=\s+\d{4}\s*[.\-/년])")
# A date in Chinese characters (`2025年 3月 5日`), or in eight digits after a date's label (`등록일자  20250312`,
# `작성일 20240814`)
# A day first, as Europe and Australia write it (`게시일 17/06/2025`, `Datum: 19.06.2024`): with a slash only when the
# day cannot be a month; with dots always (a Korean date with dots puts its year first)
_DAY_FIRST_SLASH = re.compile(r"(?<![\d/])(?P<d>1[3-9]|2\d|3[01])/(?P<m>0?[1-9]|1[0-2])/(?P<y>20\d\d)(?![\d/])")
_DAY_FIRST_DOTS = re.compile(r"(?<![\w.])(?P<d>0?[1-9]|[12]\d|3[01])\.(?P<m>0?[1-9]|1[0-2])\.(?P<y>(?:19|20)\d\d)(?![\d.])")
# A two-digit year with slashes and a clock after it (`24/11/03 14:22`, a campus app's post): a stamp, year first
_SLASH_YEAR_CLOCK = re.compile(r"(?<![\d/])(?P<y>1[3-9]|[2-4]\d)/(?P<m>0[1-9]|1[0-2])/(?P<d>0[1-9]|1[0-2])(?=\s+\d{1,2}:\d{2})")
# A year with its century left out behind an apostrophe (`'24년 10월 27일`), and a year of the Buddhist era
# (`불기 2569. 5. 14.`: 544 years ahead)
_APOSTROPHE_YEAR = re.compile(r"(?<![\w'’])['’](?P<y>[0-4]\d)(?=\s*년\s*\d{1,2}\s*월|\.\s*(?:1[0-2]|0?[1-9])\.\s*(?:3[01]|[12]\d|0?[1-9])\.)")
_BUDDHIST_YEAR = re.compile(r"불기\s*(?P<y>2[5-6]\d\d)(?=\s*[.\-/년])")
_DANGUN_YEAR = re.compile(r"단기\s*(?P<y>4[34]\d\d)(?:\s*\(\s*20[0-4]\d\s*\))?(?=\s*[.\-/년])")
_WON_YEAR = re.compile(r"원기\s*(?P<y>1\d\d)(?=\s*[.\-/년])")  # (Won Buddhism's era: `원기 111년 5월 10일`, 1915 years behind)
_HANJA_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_ENCLOSED_WEEKDAYS = "㈪㈫㈬㈭㈮㈯㈰"
_ENCLOSED_WEEKDAY = re.compile(f"[{_ENCLOSED_WEEKDAYS}]")
_COMPACT_DATE = re.compile(r"(?:(?<=일자|일시)|(?<=작성일|등록일|게시일|입력일|발행일|배포일|송고일|게재일|수정일))(\s*[:：]?\s*)(20\d{2})"
                           r"(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")


_LATIN = re.compile(r"[A-Za-z]")
_FOUR_DIGITS = re.compile(r"\d{4}")
# An English clock's AM/PM after its time (`Nov 25, 2026 4:12 PM`), read before it as a Korean one is (`오후 4:12`)
_MERIDIEM_AFTER = re.compile(r"(?<![\d:])(\d{1,2}:\d{2})\s*([AaPp])\.?[Mm]\.?(?![A-Za-z])")


def written_dates(line: str) -> str:
    """The line with its dates written as the cleaner reads them (`2025.05.27`), for reading only."""
    if len(line) > 200:
        return line  # (a paragraph of prose is no dateline; every line of every page comes through here)
    if "월 " in line and (worded := _WORDED_DATE.search(line)) and worded["d"]:
        line = _WORDED_DATE.sub(_in_figures, line)  # (`이천이십오년 오월 칠일`: a certificate's day, in words)
    if _DIGITS.search(line) is None:
        return line
    if "\u20e3" in line:
        line = _KEYCAP.sub(r"\1", line)  # (`🗓️ 게시 2️⃣0️⃣2️⃣6️⃣.0️⃣3️⃣.1️⃣3️⃣`: a channel's digits as keycap emoji)
    if "·" in line:
        line = _DOTTED_DATE.sub(r"\1.\2.\3", line)  # (`2025·09·15 · 글 편집팀`)
    if _WIDE.search(line):
        line = line.translate(_NARROWED)  # (`작성일　２０２４．１１．０８　｜　조회　５６`: full-width forms)
    if _ICON.search(line):
        line = _ICON.sub("", line)  # (`🗓️ 2026.02.10 · ✍️ 머니랩 에디터 수아 · ⏱️ 4분`: an icon before a stamp)
    latin = _LATIN.search(line) is not None
    if latin and ("UTC" in line or "GMT" in line or "Z" in line or "+0" in line or "-0" in line):
        line = _ZONED_STAMP.sub(_in_korea_time, line)  # (`2026.02.24 16:20 UTC`: already the 25th in Korea)
    if latin and "T" in line:
        line = _ISO_STAMP.sub(r"\1 \2", line)
    if latin and ("KST" in line or "GMT" in line):
        line = _MACHINE_DATE.sub(_machine_date, line)  # (`등록일 : Fri Sep 13 17:22:05 KST 2024`: Java's, JavaScript's)
    if latin:
        line = _ENGLISH_DATE.sub(_english_date, line)
        line = _ENGLISH_WEEKDAY.sub(lambda m: f"{m[1]} ({_WEEKDAY_NAMES[m['wd'][:3].lower()]})", line)  # (`2024.05.14 TUE`)
    if "." in line or "-" in line:
        line = _SHORT_YEAR.sub(lambda m: f"20{m['y']}.{m['m']}.{m['d']}", line)
    if "›" in line or ">" in line or "»" in line:
        line = _PATH_TO_DAY.sub(_year_first, line)
    if "년" in line and _POSTING_WORD.search(line):
        line = _LABELLED_SHORT_YEAR.sub(lambda m: f"{m[1]}20{m['y']}년", line)
    if "년" in line and ":" in line:
        line = _SHORT_YEAR_CLOCKED.sub(lambda m: f"20{m['y']}년", line)
    if "/" in line:
        line = _LABELLED_SLASH_YEAR.sub(lambda m: f"{m[1]}20{m['y']}.{m['m']}.{m['d']}", line)
        line = _LABELLED_MONTH_FIRST.sub(lambda m: m[1] + _year_first(m), line)
        line = _DAY_FIRST_SLASH.sub(_year_first, line)
        line = _SLASH_YEAR_CLOCK.sub(lambda m: f"20{m['y']}.{m['m']}.{m['d']}", line)
    if "." in line and _FOUR_DIGITS.search(line):
        line = _DAY_FIRST_DOTS.sub(_year_first, line)
    if "'" in line or "’" in line:
        line = _APOSTROPHE_YEAR.sub(lambda m: f"20{m['y']}", line)
    if _ENCLOSED_WEEKDAY.search(line):
        line = _ENCLOSED_WEEKDAY.sub(lambda m: f"({_WEEKDAYS[_ENCLOSED_WEEKDAYS.index(m[0])]})", line)  # (`2025. 3. 11.㈫`)
    if "불기" in line:
        line = _BUDDHIST_YEAR.sub(lambda m: str(int(m["y"]) - 544), line)
    if "단기" in line:
        line = _DANGUN_YEAR.sub(lambda m: str(int(m["y"]) - 2333), line)  # (`단기 4358(2025)년 2월 24일`)
    if "원기" in line:
        line = _WON_YEAR.sub(lambda m: str(int(m["y"]) + 1915), line)
    if "개정" in line and _AMENDMENT_MARK.search(line):
        line = _AMENDMENT_MARK.sub(r"\1改正", line)  # (a statute's `<개정 2020. 6. 9., 2023. 3. 14.>`: its history, no label)
    if _POSTING_WORD.search(line) or "개정" in line:
        line = _LABEL_AFTER.sub(r"\g<label> \g<date>", line)
    if "발송" in line:
        line = _SENT_AT.sub("발송일", line)
    if "방송" in line:
        line = _AIRED_AFTER.sub(r"방송일 \g<date>", line)
    if "됨" in line:
        line = _EDITED_LABEL.sub(lambda m: "수정 " if m[1] in ("수정", "편집") else f"{m[1]} ", line)
    if ("시각" in line or "시간" in line or "일시" in line) and _FOUR_DIGITS.search(line):
        line = _TIME_BEFORE_DATE.sub(r"\g<label>일시 \g<date> \g<time>", line)
    if line[:1].isspace() or line[1:2].isspace():
        line = _SPACED_LABEL.sub(lambda m: m[1] + "".join(filter(None, m.groups()[1:])), line)
    if latin and ":" in line:
        line = _MERIDIEM_AFTER.sub(lambda m: f"{m[2].upper()}M {m[1]}", line)
    if latin:
        line = _ENGLISH_LABEL.sub(lambda m: " 수정 " if m["updated"] else " 게시 ", line)
    if "年" in line:
        line = _HANJA_DATE.sub(r"\1.\2.\3", line)
    if "일" in line:
        line = _COMPACT_DATE.sub(r"\1\2.\3.\4", line)
    return line


_KEYCAP = re.compile("(\\d)\ufe0f?\u20e3")
_DOTTED_DATE = re.compile(r"(?<!\d)(\d{4})·(\d{1,2})·(\d{1,2})(?!\d)")
_WIDE = re.compile("[\uff01-\uff5e\u3000]")
_NARROWED = {**{code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}, 0x3000: " "}
_ICON = re.compile(f"(?<!\\w)[{ICONS}]\uFE0F?\\s*(?=\\d)")
_ENGLISH_WEEKDAY = re.compile(r"(?<=\d)(\.?)\s+(?P<wd>MON|TUE|WED|THU|FRI|SAT|SUN)(?:DAY|SDAY|NESDAY|RSDAY|URDAY)?\b", re.I)


# A day written in Sino-Korean words (`이천이십오년 오월 칠일`, `오월 십사일`, `시월 삼십일일`), as certificates and
# invitations write it; a month's word then a day's, so that `이월 금액` or `오월에` is no date
_WORDED_DATE = re.compile(r"(?<![가-힣])(?:(?P<y>이천(?:[이삼사오육칠팔구]?십)?[일이삼사오육칠팔구]?)년\s*)?"
                          r"(?P<m>십[일이]?|[일이삼사오유육칠팔구시])월\s+(?P<d>(?:[이삼]?십)?[일이삼사오육칠팔구]?)일(?![가-힣])")
_MONTH_WORDS = {"유": "육", "시": "십"}  # (유월 is June, 시월 October)


def _words_value(words: str) -> int | None:
    from .quantities import number_in_words  # (here: quantities reads Kiwi's tokens, and nlp reads this module)
    return number_in_words(words)


def _in_figures(match: re.Match[str]) -> str:
    if not match["d"]:
        return match[0]
    day = f"{_words_value(_MONTH_WORDS.get(match['m'], match['m']))}월 {_words_value(match['d'])}일"
    return f"{_words_value(match['y'])}년 {day}" if match["y"] else day


def _year_first(match: re.Match[str]) -> str:
    return f"{match['y']}.{int(match['m']):02d}.{int(match['d']):02d}"


# a machine's default date string, in Korean time: Java's `Fri Sep 13 17:22:05 KST 2024`, JavaScript's `Tue Apr 22
# 2025 16:05:00 GMT+0900 (한국 표준시)`
_MACHINE_DATE = re.compile(rf"\b(?P<wd>Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+{_MONTH_NAME}\s+(?P<d>\d{{1,2}})\s+"
                           r"(?:(?P<t>\d{2}:\d{2}(?::\d{2})?)\s+KST\s+(?P<y>\d{4})\b"
                           r"|(?P<y2>\d{4})\s+(?P<t2>\d{2}:\d{2}(?::\d{2})?)\s+GMT\+0900\b(?:\s*\([^()]*\))?)")


def _machine_date(match: re.Match[str]) -> str:
    month = _MONTHS.index(match["mon"][:3].lower()) + 1
    weekday = _WEEKDAY_NAMES[match["wd"].lower()]
    return f"{match['y'] or match['y2']}.{month:02d}.{int(match['d']):02d} ({weekday}) {match['t'] or match['t2']}"


# A stamp with its time zone, other than Korea's (`2026.02.24 16:20 UTC`, `2025-06-12T06:12:00Z`,
# `2025-06-12T15:12:00+09:00`): written as the time in Korea, which dates a Korean page
_ZONED_STAMP = re.compile(r"(?<![\d.])(?P<y>20\d\d)(?P<sep>[.\-/])\s?(?P<m>1[0-2]|0?[1-9])(?P=sep)\s?(?P<d>3[01]|[12]\d|0?[1-9])\.?"
                          r"(?:(?P<t>T)|\s+)(?P<H>[01]?\d|2[0-3]):(?P<M>[0-5]\d)(?P<s>:\d{2}(?:\.\d+)?)?\s*"
                          r"(?:(?P<z>Z)\b|\(?\s*(?:UTC|GMT)(?:\s*(?P<off>[+-]\d{1,2})(?::?(?P<offm>\d{2}))?)?\s*\)?(?![+\-\d])"
                          r"|(?<=\d)(?P<iso>[+-]\d{2}):?(?P<isom>\d{2})(?![:\d]))")


def _in_korea_time(match: re.Match[str]) -> str:
    if match["iso"] and not (match["t"] or match["s"]):
        return match[0]  # (`09:00-18:00`: a clock's range, not an offset; ISO 8601 writes one after `T…` or seconds)
    hours = match["off"] or match["iso"] or "+0"
    offset = (-1 if hours[0] == "-" else 1) * timedelta(hours=abs(int(hours)), minutes=int(match["offm"] or match["isom"] or 0))
    try:
        stamp = datetime(int(match["y"]), int(match["m"]), int(match["d"]), int(match["H"]), int(match["M"]),
                         tzinfo=timezone(offset))
    except ValueError:
        return match[0]
    return f"{stamp.astimezone(SEOUL):%Y.%m.%d %H:%M} "


def _english_date(match: re.Match[str]) -> str:
    month = _MONTHS.index((match["mon"] or match["mon2"])[:3].lower()) + 1
    return f"{match['y'] or match['y2']}.{month:02d}.{int(match['d'] or match['d2']):02d}"


_ORIGINALS_LINE = re.compile(r"\s*[\[(]?\s*(?:원문|원본|원출처|(?i:original|source))\s*[\])]?\s*[:：|]")


def parse_stamps(line: str) -> tuple[datetime | None, datetime | None]:
    """The published and updated timestamps a dateline carries (`입력 … 수정 …`); a posting label's date
    before a bare one (`관찰일 2025-10-12 07:20 | 등록일 2025-10-14`: the day it was observed, then posted).
    A document's own day is `_document_day`'s."""
    labelled = bare = updated = printed = None
    first_label = ""
    if _ORIGINALS_LINE.match(line):
        return None, None  # `원문: Financial Times | Published: 12 Mar 2025` over a translation: the original's day
    if "등록" in line and _OUTLET_REGISTRATION.search(line):
        return None, None  # `등록번호 충북 아00321 | 등록일 2015.06.11 | 발행일 …`: the outlet's registration, its first issue
    for match in _STAMP.finditer(line):
        stamp = _to_datetime(match)
        if stamp is None:
            continue
        label = match.group("label") or ""
        if label in DATE_LABELS_NOT_POSTED:
            continue
        if label in DATE_LABELS_UPDATED:
            updated = updated or stamp
        elif label in DATE_LABELS_DOCUMENT:
            continue
        elif label and _PRINT_PAGE_AFTER.match(line, match.end()):
            printed = printed or stamp  # `발행 2025/11/07 미주판 3면  기사입력 2025/11/06 19:40`: the paper's day, after the web's
        elif label:
            if first_label == "작성" and label in _ISSUED_LABELS:
                labelled = stamp  # `기사 작성 2025년 4월 29일 | 기사 발행 2025년 4월 30일 06:00`: out when issued, not written
            first_label = first_label or label
            labelled = labelled or stamp
        else:
            bare = bare or stamp
    if first_label == "보도" and "이후" in line and (online := _online_from(line, labelled)):
        labelled = online
    return labelled or printed or bare, updated


_ISSUED_LABELS = ("발행", "게재", "승인")
# A release's embargo for print with the hour it may go online the day before
# (`보도일시 2025. 3. 20.(목) 조간 (온라인 2025. 3. 19.(수) 12:00 이후 보도 가능)`): the page is out from then
_MEDIA = r"(?:온라인|인터넷|방송|통신|모바일|포털)"
_ONLINE_FROM = re.compile(
    rf"\(\s*(?:{_MEDIA}(?:\s*[·ㆍ,/]\s*{_MEDIA})*\s*(?:은|는)?\s*[:：]?\s*)?(?:(?P<y>\d{{4}})\s*\.\s*)?(?P<m>\d{{1,2}})\s*\.\s*"
    r"(?P<d>\d{1,2})\s*\.?\s*(?:\(\s*[월화수목금토일]\s*\)\s*)?(?:낮\s*)?(?P<H>\d{1,2})\s*(?::\s*(?P<M>\d{2})|시)\s*이후")


def _online_from(line: str, embargoed: datetime | None) -> datetime | None:
    if embargoed is None or not (found := _ONLINE_FROM.search(line)):
        return None
    year = int(found["y"]) if found["y"] else embargoed.year - ((int(found["m"]), int(found["d"])) > (embargoed.month, embargoed.day))
    online = _day_of(year, int(found["m"]), int(found["d"]))
    if online is None or not timedelta(0) < embargoed.replace(hour=0, minute=0) - online <= timedelta(days=3):
        return None
    return online.replace(hour=int(found["H"]) % 24, minute=int(found["M"] or 0))


# An outlet's registration (`등록번호 충북 아00321`, `등록 서울 아01234`): its `등록일` is the paper's, not the page's day
_OUTLET_REGISTRATION = re.compile(r"등록\s*번호|(?<![가-힣])[가-힣]{2}\s*[아가다라바사]\s*\d{4,5}(?!\d)")
_PRINT_PAGE_AFTER = re.compile(r"\s*(?:[가-힣]{1,4}판\s*)?[A-Z]?\d{1,2}\s*면(?![가-힣])")


# An official letter's foot: its issue number and day (`시행  학생생활교육과-8821 (2024. 9. 3.)`)
_LETTER_ISSUED = re.compile(rf"^\s*시\s*행\s+[가-힣A-Za-z]+\s*-\s*\d+\s*\(\s*{_DATE}{_TIME}\s*\)")
# or its head, the day among the letter's fields (`문서번호 배꽃영업-2026-031 · 시행 2026. 3. 19. · 수신 거래처 사장님`)
_LETTER_FIELDS = re.compile(rf"\s*문서\s*번호[^·|│]*(?:[·|│][^·|│]*)*?[·|│]\s*시\s*행(?:\s*일자?)?\s*[:：]?\s*{_DATE}{_TIME}")


def _letter_issued(line: str) -> re.Match[str] | None:
    return _LETTER_ISSUED.match(line) or (
        _LETTER_FIELDS.match(line) if line.lstrip().startswith("문서") and "행" in line else None)


_NOT_AN_ICON = re.compile(f"[^\\s{ICONS}\uFE0F]")  # (an icon may head the line: `🎙 녹음 2026.03.18 …`)
_SPACED_FIELDS = re.compile(r"\S\s{3,}\S")  # (`개설자 … 사무국   개설일 2025.08.04`)


# A page's own word on when it was posted (`이 대화는 2025년 11월 6일에 공유되었습니다`), and a press release's dateline
# opening its first paragraph with the place (`서울, 2025년 10월 22일 – 주한 덴마크대사관은 …`)
_STATED_POSTED = re.compile(rf"(?<![가-힣])(?:이|본)\s*(?:대화|글|게시물|페이지|기사|메일|소식지|뉴스레터)[은는]\s*{_DATE}{_TIME}\s*"
                            r"(?:에\s*)?(?:처음\s*)?(?:공유|작성|게시|게재|발행|등록|공개|발송)(?:되었|됐|하였|했)")
# (or told the other way round, the day first: `2024년 7월 9일 화요일에 작성된 글입니다`)
# A page's source copied as text: its publication time in a meta tag or JSON-LD (`"datePublished":"2025-06-17T14:05:00+09:00"`)
_PUBLISHED_TAG = re.compile(r"(?:article:published_time|og:published_time|datePublished|pubdate|publish_date)[\"']?\s*"
                            r"(?:content\s*=|:|=)\s*[\"'](?P<stamp>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?"
                            r"(?:Z|[+\-]\d{2}:?\d{2})?)[\"']")


def _tagged_time(tag: re.Match[str]) -> datetime | None:
    """The tagged time as a wall-clock time in Korea (a time zone given is turned to Korea's)."""
    try:
        stamp = datetime.fromisoformat(tag["stamp"].replace("Z", "+00:00"))
    except ValueError:
        return None
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(SEOUL).replace(tzinfo=None)
    return stamp


_FIRST_POSTED = re.compile(r"최초\s*(?:입력|등록|작성|게시|발행|송고)")
_STATED_WRITTEN_ON = re.compile(rf"{_DATE}{_TIME}\s*에\s*(?:처음\s*)?(?:작성|게시|게재|발행|등록)된\s*(?:글|게시물|기사)(?:입니다|이다)")
# a chat's line as a phone exports it (`2025년 5월 30일 오전 7:12, 최○○ : 오늘 구청에서 …`)
_CHAT_EXPORT_LINE = re.compile(rf"\s*{_DATE}{_TIME}\s*,\s*[^,:：]{{1,20}}?\s*:\s")
_PLACE_DATELINE = re.compile(rf"\s*[가-힣A-Za-z]{{2,10}}\s*,\s*{_DATE}{_TIME}\s*[–—-]\s+\S")
# a wire's dateline opening the lead, its place, its outlet and the day in brackets (`[세종=○○경제통신 2025.3.28] 기획…`)
_WIRE_DATELINE = re.compile(rf"\s*[\[(【]\s*[가-힣]{{2,6}}\s*=\s*[^\[\]()【】=\d]{{1,20}}?\s*{_DATE}{_TIME}\s*[\])】]\s*\S")
# a print edition's label over the headline, the day and the page (`[지면기사] 2025년 2월 19일 수요일 A6면 종합`,
# `2025년 4월 16일 자 18면`); the same in a list of other articles stands after the prose
_PRINT_EDITION = re.compile(rf"\s*(?:[\[【<]\s*[가-힣 ]{{2,8}}\s*[\]】>]\s*)?{_DATE}{_TIME}\s*(?:자\s*)?[A-Z]?\d{{1,3}}\s*면"
                            r"(?:\s*[가-힣]{1,4}){0,2}\s*")  # (and its section: `종합`, `경제`; not a correction's prose after it)
# a reporter's byline closing the article with the day it was filed (`2025.04.23 김민지 기자 mjkim@…`, `김민지 기자
# 2025.04.23`)
_DATED_BYLINE = (re.compile(rf"\s*{_DATE}{_TIME}\s+[가-힣]{{2,4}}\s*{_REPORTER_WORDS}(?:\s+{_EMAIL.pattern})?\s*"),
                 re.compile(rf"\s*[가-힣]{{2,4}}\s*{_REPORTER_WORDS}\s*[·|/]?\s*{_DATE}{_TIME}(?:\s+{_EMAIL.pattern})?\s*"))
# a blog's permalink with the day in its path (`https://tech.example.kr/2024/05/21/gpu-scheduler/`)
_PERMALINK = re.compile(r"\s*(?:[^\w\s]{1,2}\s*)?(?:https?://)?[\w.-]+\.[A-Za-z]{2,}(?:/[\w.%-]+)*?/(?P<y>20[0-4]\d)/(?P<m>0[1-9]|1[0-2])/"
                        r"(?P<d>0[1-9]|[12]\d|3[01])/")
# a yearless day that the figures on a page's head are as of (`※ 3월 27일 현재 요금이며, …`)
_WORD = re.compile(r"\w")
# (`[2025 봄 축제 특가]`, a flyer's `🥬 2025 김장 대축제 — …`: an event's year heading its title)
_YEAR_TAG = re.compile(r"\s*(?:[\[【]|[^\w\s\[【]{0,2}(?=\s*20[0-4]\d\s+[가-힣]))\s*(20[0-4]\d)(?!\d)(?![^\]】\n]*(?:로드맵|계획|목표|비전|전략))")
_YEARLESS_AS_OF = re.compile(r"(?<!\d)(?P<m>1[0-2]|0?[1-9])\s*월\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*일\s*(?:\([월화수목금토일]\)\s*)?(?:기준|현재)")


def _as_of_day(line: str, above: list[str]) -> datetime | None:
    """The day a line atop the page gives its figures as of: a stamp opening the line (`2025.05.14 (수)
    06:00 기준 · …`), or a month and day whose year is the one year the lines above give as a time or in
    a tag (`[2025 봄 축제 특가] …` over `※ 3월 27일 현재 요금이며`; not a plan's, `2030 탄소중립 로드맵`)."""
    for match in _STAMP.finditer(line):
        if AS_OF_STAMP.match(line, match.end()) and not _WORD.search(line, 0, match.start()):
            return _to_datetime(match)
    found = _YEARLESS_AS_OF.search(line)
    if found is None:
        return None
    years = _years_as_times(above) | {
        int(tag[1]) for text in above if (tag := _YEAR_TAG.match(text))}
    if len(years) != 1:
        return None
    return _day_of(years.pop(), int(found["m"]), int(found["d"]))


def _document_day(line: str) -> datetime | None:
    """A filing's or a judgment's own day on a dateline (`제출인: … | 제출일: 2025.03.17`, `선고 2026. 3.
    10. | 민사`): heading the line, or in a row of fields."""
    if issued := _letter_issued(line):
        return _to_datetime(issued)
    for match in _STAMP.finditer(line):
        if (match.group("label") or "") in DATE_LABELS_DOCUMENT and (
                "|" in line or "│" in line or " · " in line or _SPACED_FIELDS.search(line)
                or not _NOT_AN_ICON.search(line[: match.start()])):
            return _to_datetime(match)
    return None


# A fax's header, the time it was sent (a page's own day below it comes first: a release faxed again the next morning)
_FAX_HEADER = re.compile(rf"^\s*{_DATE}{_TIME}\s+FROM\b")
# A form's own day, heading its line in the form's box or beside its weather (`│ 날짜: 2025년 12월 4일 목요일`,
# `날짜: 2025. 8. 21.  날씨: 비`: a diary's, a log's); not `보낸 날짜:`, an e-mail's, nor `- 날짜: 5월 3일(토) ~ 5일`, an
# event's days
_FORM_DAY_OPENS = r"^(?P<box>[\s│┃|]*)날\s*짜\s*[:：]\s*"
_DAY_FIELD = re.compile(_FORM_DAY_OPENS + _DATE + _TIME)
# A wiki's or a board's line on its last edit
_LAST_EDITED = re.compile(rf"{_DATE}{_TIME}\s*에\s*(?:마지막으로|최종)\s*(?:편집|수정)")
# The page saying what day it was written as of (`이 페이지는 2025년 10월 15일 기준으로 작성되었습니다`): the page's
# own words, not a table's figures as of a day (`이 자료는 6월 30일 기준`)
_WRITTEN_AS_OF = re.compile(rf"(?<![가-힣])(?:이|본)\s*(?:페이지|글|게시물|안내문?|화면)[은는]\s*{_DATE}{_TIME}\s*(?:현재|기준(?:으로)?)\s*"
                            r"(?:작성|업데이트|갱신)")
# A shop page's day an order placed now leaves the warehouse (`배송: 택배 3,000원 · 2025.11.20(목) 출고 예정`)
_DISPATCH = re.compile(rf"{_DATE}{_TIME}\s*(?:출고|발송|출발)\s*예정\s*$")  # (`… 출고 예정이다.` is news)
_SHIPPING = re.compile(r"배송|택배|주문|결제")  # (not a notice's `안내문: 2026.01.05 발송 예정`)
# A date and the days left to it, as a page counts down to a closing day (`마감 2025.12.31 (D-314)`, `~ 2025.05.30
# (마감 D-22)`)
_COUNTDOWN = re.compile(rf"{_DATE}{_TIME}\s*[(\[]?\s*(?:[가-힣]{{1,4}}\s*)?D\s*-\s*(?:(?P<left>\d{{1,4}})|(?i:day))\s*[)\]]?")


# A bulletin's or a magazine's issue line (`은혜샘교회 주보 — 2025년 4월 13일 종려주일 (제38권 15호)`): the issue's day.
# (Not a law's number: `법률 제20123호, 2025. 1. 7. 공포`.)
_ISSUE_MARK = re.compile(r"제\s*\d{1,4}\s*권\s*(?:제\s*)?\d{1,4}\s*호|(?<![가-힣])제\s*\d{1,5}\s*호|\b(?:Vol|No)\.\s*\d{1,4}\b"
                         r"|통권\s*\d{1,5}")
_LAW_NUMBER = re.compile(r"법률|(?:대통령|총리|부|시행)령|고시|훈령|조례|규칙|공고|의안|안건|태풍")  # (`제11호 태풍`)


def _issue_day(line: str) -> datetime | None:
    if len(line) > 100 or not _ISSUE_MARK.search(line) or _LAW_NUMBER.search(line):
        return None
    if _SENTENCE_FINAL.search(_STAMP.sub(" ", line).strip() or "-"):
        return None  # (the date's own dot is no full stop: `이슈와 논점   제2281호  2024. 11. 4.`)
    stamps = list(_STAMP.finditer(line))
    return _to_datetime(stamps[0]) if len(stamps) == 1 else None


# A post's day with no year, as feeds and apps show this year's (`(메이커 여은솔 · 11월 12일 오후 8:20)`, `05.27 (TUE)`,
# `발표 05.20 11:00`, `5월 13일 수요일`): a weekday or a time marks it as a stamp, not a day the text names
_WEEKDAYS = "월화수목금토일"
_ENGLISH_WEEKDAYS = ("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")
_WEEKDAY_NAMES = dict(zip((w.lower() for w in _ENGLISH_WEEKDAYS), _WEEKDAYS))
_YEARLESS_DAY = re.compile(
    # alone, or set off as a field (`· 11월 12일 …`, `(… · 11월 12일 …)`) or after a posting label (`발표 05.20 11:00`)
    rf"(?:^\s*|[·|│(]\s*|(?P<label>발표|{_POSTING_WORDS})\s*[:：]?\s*)(?:(?P<m>1[0-2]|0?[1-9])\s*월\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*일|(?P<m2>1[0-2]|0[1-9])[./](?P<d2>3[01]|[12]\d|0[1-9])\.?)"
    rf"(?![\d.]?\d)(?:\s*\(?(?P<wd>[{_WEEKDAYS}])(?:요일)?\)?(?![가-힣])|\s*\((?P<ewd>(?i:mon|tue|wed|thu|fri|sat|sun))[a-z]*\))?"
    r"(?P<time>\s*(?:오전|오후)?\s*\d{1,2}:\d{2}|\s*(?:오전|오후)\s*\d{1,2}시)?"
    rf"(?P<after>\s*(?:{_POSTING_WORDS})(?:됨)?)?(?=\s*(?:$|[)|│·(\[]))")  # (`(11.20 갱신)`)
_CLOCK_READ = re.compile(r"(?P<ampm>오전|오후)?\s*(?P<H>\d{1,2})(?::(?P<M>\d{2})|시)")
# what a deadline's or a period's line says (`접수 5월 12일 오후 6시까지`, `발송 12월 15일부터`): no post's day
_SPAN_WORDS = re.compile(r"[~∼～]|까지|부터|마감|접수|기간|예정|신청|시작|종료|개최|운행|영업")
_PAGE_YEAR = re.compile(r"(?<!\d)(20[0-4]\d)(?!\d)")
# a year the header gives as a time: in a date, a school year, or a step of the archive's path (`Archive › 2025 ›
# 05`); not a figure (`조회 2031`) nor a title's year of a plan (`2030 탄소중립 로드맵`)
_DATED_YEAR = re.compile(r"(?<!\d)(20[0-4]\d)(?=\s*(?:[.\-/년]\s*\d{1,2}|학년도|시즌|[›>/]))|(?<=[›>/])\s*(20[0-4]\d)(?!\d)")


def _years_as_times(lines: list[str]) -> set[int]:
    """The years the lines give as a time (`_DATED_YEAR`: in a date, a school year, a season, a path's step)."""
    return {int(a or b) for line in lines for a, b in _DATED_YEAR.findall(line)}


def _years_named(lines: list[str]) -> set[int]:
    """Every year the lines name (`© 2026`, `2025년 송이 공판 현황`)."""
    return {int(y) for line in lines for y in _PAGE_YEAR.findall(line)}


def _near(years) -> list[int]:
    """The years named and those either side of each: where a yearless day with its weekday may fall."""
    return sorted({year + k for year in years for k in (-1, 0, 1)})


def _the_one_day(month: int, day: int, weekday: int | None, named, dated) -> datetime | None:
    """The one day of a yearless date a page's years allow: given its weekday, in the one year near a year the
    page names whose calendar puts it there; else in the one year the page gives as a time. None when no year
    or two could hold it (no guess)."""
    days = _days_on([(year, month) for year in (_near(named) if weekday is not None else sorted(dated))], day, weekday)
    return days[0] if len(days) == 1 else None


def _yearless_day(header: list[str], footer: list[str] = ()) -> datetime | None:
    """A post's day with no year in the lines above the body, its year the one the header gives as a
    time (the archive's `› 2025 ›`, a class's `2026학년도`, a campaign's `2025.10.20 ~ 2025.11.30`) or, given
    a weekday, the year near any year it names whose calendar puts the day on that weekday. None when
    nothing settles the year.

    A day with neither weekday nor clock dates the page only as a post's (under a posting label, beside its
    view count: `마늘한쪽 · 02.18 · 조회 3,412`, `(11.20 갱신)`, `업데이트 #3 · 1월 22일`): its year the first that
    puts it after the latest day the header names (a campaign's `시작일 2025. 12. 3.`), else the header's year
    as a time, else the year of the page's copyright line (`© 2025 집밥곳간`), which a site bumps each year
    (a page copied long after it was posted, or a stale footer, gives a later or an older year)."""
    dated = sorted(_years_as_times(header))
    named = _years_named(header)
    for line in header:
        if len(line) > 100 or _SPAN_WORDS.search(line):
            continue
        for match in _YEARLESS_DAY.finditer(line):
            weekday = (_WEEKDAYS.index(match["wd"]) if match["wd"] else
                       _ENGLISH_WEEKDAYS.index(match["ewd"][:3].upper()) if match["ewd"] else None)
            # (with a clock, a post's own only when the header gives no year as a time: `06.15 10:20 | … | 조회 1,022`)
            posted = weekday is None and not (match["time"] and dated) and _post_of(line, match)
            if weekday is None and not match["time"] and not posted:
                continue
            if _SENTENCE_FINAL.search(line[match.end():].strip() or "-"):
                continue  # (`… 11월 12일 오후 8시에 문을 엽니다.`: a sentence names the day)
            month, day = int(match["m"] or match["m2"]), int(match["d"] or match["d2"])
            if posted:
                if (posted_on := _posted_on(month, day, [text for text in header if not _AHEAD_WORDS.search(text)], footer)):
                    return _at_clock(posted_on, match["time"])
                continue
            if not named:
                return None
            found = _the_one_day(month, day, weekday, named, dated)
            return _at_clock(found, match["time"]) if found else None
    return _day_under_month(header) if named else None


_BEFORE_A_DAY = re.compile(r"(?:^|[·|│])\s*[^·|│]{0,12}$")  # (the field before it: `업데이트 #3 · `)
_COPYRIGHT_MARK = re.compile(r"[©ⓒ]|\(c\)|copyright", re.I)  # (a copyright line's own mark, not `저작권자가 …`)
_AHEAD_WORDS = re.compile(r"[~∼～]|까지|마감|예정|종료|시행")  # (a day still to come is no day the post came after)


def _post_of(line: str, day: re.Match[str]) -> bool:
    """Is a yearless day a post's own: under a posting label (`발표 05.20`, `업데이트 #3 · 1월 22일`), with one
    after it (`(11.20 갱신)`), or beside the post's view count?"""
    if day["label"] or day["after"] or _VIEWS_FIELD.search(line):
        return True
    field = _BEFORE_A_DAY.search(line[: day.start() + 1].rstrip("·|│ "))
    return field is not None and _POSTING_WORD.search(field.group(0)) is not None


def _posted_on(month: int, day: int, past: list[str], footer: list[str]) -> datetime | None:
    """The day of a yearless post: after the days the header names that are no deadline, effect, print or
    filing (`시작일 2025. 12. 3.`), else before the day it was printed or read (`출력일시 2026-01-05`), else in
    the year the header gives as a time, else in the footer's copyright year."""
    after, before = [], []  # (days the post came after; days it was printed or read, which it came before)
    for line in past:
        for match in _STAMP.finditer(line):
            label = match["label"] or ""
            if label not in DATE_LABELS_DOCUMENT and (stamp := _to_datetime(match)) is not None:
                (before if label in DATE_LABELS_NOT_POSTED else after).append(stamp)
    if after:
        latest = max(after)
        return _day_of(latest.year + ((month, day) < (latest.month, latest.day)), month, day)
    if before:
        earliest = min(before)
        return _day_of(earliest.year - ((month, day) > (earliest.month, earliest.day)), month, day)
    years = (sorted(_years_as_times(past))
             or sorted({max(int(y) for y in _PAGE_YEAR.findall(line)) for line in footer
                        if _COPYRIGHT_MARK.search(line) and _PAGE_YEAR.search(line)}))
    return _day_of(years[0], month, day) if len(years) == 1 else None


# A month heading over a board's posts, as a calendar's or an app's list shows it (`◀  2025년 2월  ▶`) or at the
# end of a path (a status page's `지난 사고 기록 › 2025년 1월`), and a post's day under it with its weekday
# or its clock (`원장 … · 20일 (목) 오후 3:47 · 읽음 41/48`, `사후 보고 (Postmortem) — 21일 10:30 KST`)
_MONTH_HEADING = re.compile(r"(?:[^\n›»]{0,30}[›»])*[^\w]*(?P<y>20[0-4]\d)\s*(?:년|\.)\s*(?P<m>1[0-2]|0?[1-9])\s*월?\.?[^\w]*")
_DAY_ONLY = re.compile(rf"(?:^\s*|[·|│(]\s*|\s[—–]\s*)(?P<d>3[01]|[12]\d|0?[1-9])\s*일\s*(?:\(?(?P<wd>[{_WEEKDAYS}])(?:요일)?\)?(?![가-힣]))?"
                       r"(?P<time>\s*(?:오전|오후)?\s*\d{1,2}:\d{2})?(?=\s*(?:KST\s*)?(?:$|[)|│·(\[]))")


def _day_under_month(header: list[str]) -> datetime | None:
    """A post's day of the month alone, its month and year a heading's above it, when the weekday given
    beside it falls on that day of that month, or a clock beside it says it is a stamp."""
    months = [(int(m["y"]), int(m["m"])) for line in header if (m := _MONTH_HEADING.fullmatch(line))]
    if len(months) != 1:
        return None  # (an archive's list of months in a sidebar settles none)
    for line in header:
        if len(line) > 100 or _SPAN_WORDS.search(line):
            continue
        for match in _DAY_ONLY.finditer(line):
            if not (match["wd"] or match["time"]):
                continue
            days = _days_on(months, int(match["d"]), _WEEKDAYS.index(match["wd"]) if match["wd"] else None)
            if len(days) == 1:
                return _at_clock(days[0], match["time"])
    return None


def _days_on(months: list[tuple[int, int]], day: int, weekday: int | None) -> list[datetime]:
    """The day of each (year, month) that has it, on the weekday given (if one is)."""
    found = (_day_of(year, month, day) for year, month in months)
    return [d for d in found if d is not None and (weekday is None or d.weekday() == weekday)]


def called_today(lines: list[str]) -> datetime | None:
    """The day a line opens on and then calls today, when nothing else dates the page: a photo's capture line
    (`촬영 정보: 2025.01.22 07:08 · 3동 (오늘 아침)`), an image's description (`(이미지 설명) 2025년 4월 2일 수요일
    오전, … 오늘 작업한 현장팀`). The day heads the line, alone, so it is no deadline nor a day gone by.
    Failing that, a yearless day with its weekday said to be today (`"오늘은 5월 14일 목요일!"`) or heading a form
    (`│ 날짜: 7 / 14 (화)`), in the one year near those the page names whose calendar has that weekday."""
    for line in lines:
        if "오늘" in line and (counted := _DAYS_SINCE_TODAY.search(line) or _ANNIVERSARY_TODAY.search(line)) and (
                day := _counted_to_today(counted)):
            return day
    for line in lines:
        if "오늘" in line and (opening := _OPENS_ON_DAY.match(line)) and _TODAY_WORD.search(line, opening.end()) and (
                len(_FULL_DAY.findall(line)) == 1) and not _NOT_THAT_DAY.search(line):
            return _to_datetime(opening)
    years = None
    for line in lines:
        if ("오늘" in line or "날" in line) and (said := _TODAY_IS.search(line) or form_day(line, _YEARLESS_DAY_FIELD)):
            if years is None:  # (years the page names as times, outside its sentences: not `2030년까지`, `2016년 문을 연`)
                years = {int(y) for other in lines if len(other) <= 120 and not _SENTENCE_FINAL.search(other)
                         for y in _YEAR_AS_TIME_NOT_DUE.findall(other)}
            if day := _the_one_day(int(said["m"]), int(said["d"]), _WEEKDAYS.index(said["wd"]), years, ()):
                return day
    return None


def _counted_to_today(counted: re.Match[str]) -> datetime | None:
    """The day a count from a day reaches (`2022. 10. 16.로부터 1,000일이 지난 오늘`, `1996년 9월 8일 … 오늘로 서른
    돌`): N days gone by after it, the Nth day counting it as the first (`100일째인 오늘`), N years on."""
    start = _day_of(int(counted["y"]), int(counted["m"]), int(counted["d"]))
    words = counted["n"] or counted.groupdict().get("n2")
    count = int(words.replace(",", "")) if words[0].isdigit() else _words_value(words)
    if start is None or not count or count > (36500 if "days" in counted.groupdict() else 1000):
        return None  # (no count past a century's days or a millennium: `로부터 3000000일째` is no day)
    if "days" not in counted.groupdict():
        return _day_of(start.year + count, start.month, start.day)
    return start + timedelta(days=count if counted["gone"] else count - 1)


# a day heading its line, after at most a short label or a bracketed one, and followed by a separator or the time of day
_OPENS_ON_DAY = re.compile(rf"^[^\w◀◁‹«<]{{0,3}}(?:[가-힣A-Za-z ]{{1,10}}[:：]|[(\[【][가-힣 ]{{1,10}}[)\]】])?\s*{_DATE}{_TIME}"
                           r"(?=\s*(?:[,·—–|(]|-\s|$)|\s+(?:오전|오후|아침|저녁|새벽|낮|밤))")
_TODAY_IS = re.compile(rf"(?<![가-힣])오늘은\s*(?P<m>1[0-2]|0?[1-9])월\s*(?P<d>3[01]|[12]\d|0?[1-9])일\s*,?\s*"
                       rf"\(?(?P<wd>[{_WEEKDAYS}])요일")
_YEARLESS_DAY_FIELD = re.compile(_FORM_DAY_OPENS + rf"(?P<m>1[0-2]|0?[1-9])\s*[./월]\s*"
                                 rf"(?P<d>3[01]|[12]\d|0?[1-9])\s*일?\s*\(\s*(?P<wd>[{_WEEKDAYS}])(?:요일)?\s*\)")


def form_day(line: str, pattern: re.Pattern = _DAY_FIELD) -> re.Match[str] | None:
    """A form's own day heading the line (`_DAY_FIELD`), in its box (`│ 날짜: …`) or beside the day's weather,
    and no span nor deadline after it."""
    found = pattern.match(line)
    if found is None or not ("│" in found["box"] or "┃" in found["box"] or "|" in found["box"] or "날씨" in line):
        return None
    return None if _SPAN_AFTER.match(line, found.end()) else found


_SPAN_AFTER = re.compile(r"\s*(?:[~∼～\-–]|까지|부터)")
_DAYS_SINCE_TODAY = re.compile(rf"{_DATE}\s*\)?[^.!?]{{0,25}}?(?:로부터|부터|이후)\s*(?:[가-힣]+\s+){{0,2}}(?P<n>\d[\d,]*)\s*(?P<days>일)"
                               r"(?:째\s*(?:인|가?\s*되는|를?\s*맞은|를?\s*맞는)|\s*[이가을를]?\s*(?:(?P<gone>지난)|되는|맞은|맞는))"
                               r"\s*오늘(?!까지|부터)")
_YEARS_WORDS = r"\d{1,3}|[가-힣]{1,4}"
_ANNIVERSARY_TODAY = re.compile(rf"{_DATE}[^.!?]{{0,40}}?(?:오늘로\s*(?:꼭|딱|만)?\s*(?P<n>{_YEARS_WORDS})\s*(?:돌|주년)"
                                rf"|(?P<n2>{_YEARS_WORDS})\s*(?:돌|주년)[을를이]?\s*(?:맞은|맞는|되는|인)\s*오늘)")
# a line about another day than today's: a span or a deadline (`… - 신청 마감 (오늘 접수분까지)`), a headline's
# `오늘부터`, a day gone by (`1년이 지난 오늘`)
_NOT_THAT_DAY = re.compile(r"까지|부터|마감|지난\s*오늘|[~∼～]")
_TODAY_WORD = re.compile(r"(?<![\[(])오늘|오늘(?![\])])")  # (not a day selector's tab, `◀ 2025.04.21 (월) ▶ [오늘]`)
_FULL_DAY = re.compile(_DATE)


def stamped_once(header: list[str], lines: list[str]) -> datetime | None:
    """The one day the page stamps with a time of day, on a line that is no sentence, when the page speaks of today
    and nothing else dates it: a recording's overlay (`▶ 영상 정보: REC 2026/08/20 04:37:12 · 87km/h`), a board's
    closing bell (`… · 2026.11.27 (금) 15:30 마지막 종 · …`). Not a day ahead or a span (`… 18:00 마감`, `~`), not a
    printout's or a visit's time, not an event's field (`▶ 일시: …`), and not one of two stamped days: which would be
    the page's? Only the `header`'s lines above the prose are read for the stamp, the page's `lines` for today."""
    if not any("오늘" in line and _TODAY_SAID.search(line) for line in lines):
        return None
    stamped: set[datetime] = set()
    for line in header:
        if ":" not in line or len(line) > 300 or _SENTENCE_FINAL.search(line):
            continue
        for found in _CLOCKED_DAY.finditer(line):
            if not found["M"] or _AHEAD_WORDS.search(line) or _NOT_THAT_DAY.search(line) or _SEEN_AT.search(line) or (
                    _EVENT_FIELD.search(line)):
                continue
            if (day := _to_datetime(found)) is not None:
                stamped.add(day)
        if len({day.date() for day in stamped}) > 1:
            return None
    return min(stamped) if stamped else None


_CLOCKED_DAY = re.compile(rf"(?<!\d){_DATE}{_TIME}")
_SEEN_AT = re.compile(r"인쇄|출력|조회|열람|접속|다운로드|내려받|캡처|저장")  # (the time a reader printed or saved it)
_EVENT_FIELD = re.compile(r"일시|장소|시험일|개최|행사|설명회")
_TODAY_SAID = re.compile(rf"(?:{_TODAY_WORD.pattern})(?!날)")  # (today as `_TODAY_WORD` reads it, not `오늘날`)


def day_by_calendar(lines: list[str]) -> datetime | None:
    """The day a page names only through the calendar, when nothing else dates it: a month's grid with its
    today cell (`◀ 2025년 5월 ▶` over `… [14 오늘] …`), a week of the year and its weekday (`2026년 48주 차
    월요일 07:00 기준`, ISO weeks), a day kept on a fixed date that is today (`제헌절인 오늘은`, `장애인의 날인
    오늘`), in the year beside its name (`2026 장애인의 날 특별편`) or the one year the page names."""
    month = None
    for index, line in enumerate(lines):
        if "20" in line and (heading := _MONTH_HEADING.fullmatch(line.strip())) is not None:
            month = (int(heading["y"]), int(heading["m"]), index)
        elif month is not None and index - month[2] <= 8 and (cell := _TODAY_CELL.search(line)):
            return _day_of(month[0], month[1], int(cell["d"] or cell["e"]))
        if "주" in line and (week := _WEEK_OF_YEAR.search(line)):
            try:
                return datetime.fromisocalendar(int(week["y"]), int(week["w"]), _WEEKDAYS.index(week["wd"]) + 1)
            except ValueError:
                pass
    for line in lines:
        if "오늘" in line and (kept := _KEPT_TODAY.search(line)):
            name = kept["name"]
            month_day = next(md for names, md in _KEPT_DAYS if name in names)
            beside = {int(y) for other in lines for y in re.findall(rf"(20[0-4]\d)년?\s*(?:{re.escape(name)})", other)}
            years = beside or {int(y) for other in lines for y in _YEAR_AS_TIME_NOT_DUE.findall(other)}
            return _day_of(years.pop(), *month_day) if len(years) == 1 else None
    return None


_TODAY_CELL = re.compile(r"[\[(]\s*(?P<d>[12]\d|3[01]|0?[1-9])\s*(?:오늘|today)\s*[\])]|(?<!\d)(?P<e>[12]\d|3[01]|0?[1-9])\s*\(오늘\)")
_WEEK_OF_YEAR = re.compile(r"(?P<y>20[0-4]\d)년\s*(?P<w>[1-4]?\d|5[0-3])\s*주\s*차?\s*\(?(?P<wd>[월화수목금토일])(?:요일|(?![가-힣]))")
# days kept on a fixed day each year (not those that move with the lunar calendar or a weekday)
_KEPT_DAYS = [
    (("신정",), (1, 1)), (("삼일절", "3·1절", "3.1절"), (3, 1)), (("세계 물의 날",), (3, 22)), (("식목일",), (4, 5)),
    (("장애인의 날",), (4, 20)), (("과학의 날",), (4, 21)), (("지구의 날", "정보통신의 날"), (4, 22)),
    (("근로자의 날", "노동절"), (5, 1)), (("어린이날",), (5, 5)), (("어버이날",), (5, 8)), (("스승의 날",), (5, 15)),
    (("바다의 날",), (5, 31)), (("환경의 날",), (6, 5)), (("현충일",), (6, 6)), (("제헌절",), (7, 17)),
    (("광복절",), (8, 15)), (("국군의 날",), (10, 1)), (("노인의 날",), (10, 2)), (("개천절",), (10, 3)),
    (("한글날",), (10, 9)), (("경찰의 날",), (10, 21)), (("소방의 날",), (11, 9)), (("농업인의 날",), (11, 11)),
    (("세계 장애인의 날",), (12, 3)), (("성탄절", "크리스마스"), (12, 25)),
]
# a year the page names, not as a deadline or a start (`2027년까지`, `2030년 목표`)
_YEAR_AS_TIME_NOT_DUE = re.compile(r"(?<!\d)(20[0-4]\d)(?!\d)(?!\s*년?\s*(?:까지|부터|말|이후|목표|이내|안에|내))")
_KEPT_TODAY = re.compile(
    r"(?<![가-힣])(?P<name>" + "|".join(re.escape(name) for names, _ in _KEPT_DAYS for name in sorted(names, key=len, reverse=True))
    + r")(?:인|이자|을 맞은|를 맞은)\s*오늘")


def _day_of(year: int, month: int, day: int) -> datetime | None:
    """That day, or None when the calendar has none (`2025/02/30`)."""
    try:
        return datetime(year, month, day)
    except ValueError:
        return None


def _at_clock(day: datetime, time: str | None) -> datetime:
    """The day at the clock time a stamp gives beside it (`오후 3:47`), if any."""
    clock = _CLOCK_READ.search(time or "")
    if clock is None:
        return day
    hour = int(clock["H"]) + (12 if clock["ampm"] == "오후" and int(clock["H"]) < 12 else 0)
    return day.replace(hour=hour % 24, minute=int(clock["M"] or 0))


# A note exported with its front matter (`---` / `date: 2025-06-12` / … / `---`), as notes apps and static sites write it
_FRONT_MATTER_DATE = re.compile(r"\s*(?i:date|created|published|pubdate)\s*:\s*[\"']?(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?")


def _front_matter_day(lines: list[str]) -> datetime | None:
    if not lines or lines[0].strip() != "---":
        return None
    for line in lines[1:30]:
        if line.strip() == "---":
            return None
        if found := _FRONT_MATTER_DATE.match(line):
            try:
                return datetime.fromisoformat(" ".join(filter(None, found.groups())))
            except ValueError:
                return None  # (`date: 2025-13-40`)
    return None


def _counted_from(countdown: re.Match[str]) -> datetime | None:
    """The day the page was read on: the counted-down date less the days left."""
    day = _to_datetime(countdown)
    try:
        return day - timedelta(days=int(countdown.group("left") or 0)) if day else None
    except OverflowError:
        return None  # (`0001.01.01 (D-9)`: before the calendar's first day)


# The time the page was served or read, not posted (`서버 시간 2026-07-08 (수) 23:47 KST`, `현재 시각 …`, a site's top bar
# `오늘 2025년 7월 10일 (목)`, `이 페이지는 2024-08-19 14:02:11 (KST)에 생성되었습니다`): the time a post's relative stamp
# counts back from, and the last resort when nothing else dates the page
_SERVED_AT = re.compile(rf"(?:(?:서버|현재|접속)\s*(?:시간|시각)|(?<![가-힣])오늘)\s*[:：]?\s*{_DATE}{_TIME}")
_GENERATED_AT = re.compile(rf"(?:페이지|화면)[은는이가]?\s*{_DATE}{_TIME}\s*(?:\([A-Z]{{2,4}}\)\s*)?에\s*생성")
_GENERATED_AT_EN = re.compile(rf"(?i:page\s+generated(?:\s+(?:at|on))?)\s*[:：]?\s*{_DATE}{_TIME}")  # (`Page generated 2025-05-20 …`)
# a browser's print header, its two-digit year first (`25. 9. 3. 오후 4:12      … : 네이버 카페`): when the page was printed
_PRINTED_AT = re.compile(r"\s*(?P<y>[0-4]\d)\.\s*(?P<m>1[0-2]|[1-9])\.\s*(?P<d>3[01]|[12]\d|[1-9])\.\s*(?P<ampm>오전|오후)\s*"
                         r"(?P<H>\d{1,2}):(?P<M>\d{2})(?P<S>)\s{2,}\S")
# An attachment's file name above the body, with the day its document was made (`📎 …_안전의료안내_v3_20250116.pdf`,
# `20251218_해양수산부_정례브리핑_자막.srt`, a photo's `IMG_20250116.jpg`, the day it was taken): the page's day when
# nothing else gives one
_FILED_AS = re.compile(r"(?<![\d])(?P<y>20[0-4]\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?P<H>)(?P<M>)(?P<S>)(?P<ampm>)"
                       r"(?!\d)[^\s()|/]{0,40}?\.(?i:pdf|hwpx?|docx?|xlsx?|pptx?|zip|jpe?g|png|srt|vtt|smi|txt|mp[34]|m4a)\b")
_OTHER_POSTS = re.compile(r"관련|많이\s*본|인기|랭킹|다른\s*(?:글|기사)|[이다]음\s*글|이전\s*글")  # (a listing's stamps are its posts')
# A post's stamp relative to the time it is read (`캠핑초보 · 2일 전 · 조회 311`, `○○동주민 | 어제 21:14 | 조회 87`)
_RELATIVE_STAMP = re.compile(r"(?:^|[·|│]|\s{2})\s*(?:(?:(?P<n>\d{1,2})\s*(?P<unit>분|시간|일|주)|(?P<native>"
                             + "|".join(NATIVE_DAYS) + r"))\s*전|(?P<word>오늘|어제|그제|그저께))"
                             r"(?P<time>\s*(?:오전|오후)?\s*\d{1,2}:\d{2})?\s*(?=$|[·|│]|\s{2})")
_DAY_OFFSETS = {"그저께": -2, "그제": -2, "어제": -1, "오늘": 0, "내일": 1, "모레": 2}  # (from the day it is read)


def served_at(line: str) -> tuple[datetime, bool] | None:
    """The time a line says the page was served or read, and whether it gives the clock."""
    if (printed := _PRINTED_AT.match(line)) is not None:
        day = _to_datetime(printed)
        return (day.replace(year=day.year + 2000), True) if day else None
    if len(line) > 120 or not ("시각" in line or "시간" in line or "오늘" in line or "생성" in line or "enerated" in line):
        return None
    found = ((_GENERATED_AT.search(line) if "생성" in line else None)
             or (_GENERATED_AT_EN.search(line) if "enerated" in line else None)
             or (None if _SENTENCE_FINAL.search(line) else _SERVED_AT.search(line)))
    day = _to_datetime(found) if found else None
    return (day, found["H"] is not None) if day else None


# A day the page marks as today, or tomorrow's as a delivery promises it, with no year (`▶ 제14차 09.26(금) 오늘`,
# `오늘(목) 오후 3시까지 주문하면 내일(3/21, 금) 도착`): the day it is read
_TODAY_AFTER = re.compile(rf"(?<![\d.])(?P<m>1[0-2]|0?[1-9])[./](?P<d>3[01]|[12]\d|0?[1-9])\.?\s*(?:\(\s*(?P<wd>[{_WEEKDAYS}])\s*\))?"
                          r"\s*오늘(?![가-힣])")
_TODAY_BEFORE = re.compile(rf"(?<![가-힣])(?P<rel>오늘|내일|모레)\s*\(\s*(?P<m>1[0-2]|0?[1-9])[./](?P<d>3[01]|[12]\d|0?[1-9])"
                           rf"(?:(?:\s*[,·]\s*|\s+)(?P<wd>[{_WEEKDAYS}])(?:요일)?)?\s*\)")


def marked_today(lines: list[str], years: set[int], dated_years: set[int]) -> datetime | None:
    """The day a yearless mark of today (or of tomorrow, less a day) falls on: given its weekday, in the one year
    near a year the page names that puts it there; else in the one year the page gives as a time."""
    for line in lines:
        if len(line) > 200 or not ("오늘" in line or "내일" in line or "모레" in line):
            continue
        for match in (*_TODAY_AFTER.finditer(line), *_TODAY_BEFORE.finditer(line)):
            weekday = _WEEKDAYS.index(match["wd"]) if match["wd"] else None
            if found := _the_one_day(int(match["m"]), int(match["d"]), weekday, years, dated_years):
                return found - timedelta(days=_DAY_OFFSETS[match.groupdict().get("rel") or "오늘"])
    return None


def counted_back(now: tuple[datetime, bool], stamp: re.Match[str]) -> datetime:
    """The day and time a relative stamp (`3시간 전`, `어제 21:14`) means, read at `now` (a time, and whether its
    clock is known: hours back from an unknown clock stay on the day read)."""
    read, clocked = now
    day = read.replace(hour=0, minute=0, second=0, microsecond=0)
    if stamp["word"]:
        return _at_clock(day + timedelta(days=_DAY_OFFSETS[stamp["word"]]), stamp["time"])
    if stamp["native"]:
        return day - timedelta(days=NATIVE_DAYS[stamp["native"]])  # `나흘 전`: four days back
    n = int(stamp["n"])
    if stamp["unit"] in ("일", "주"):
        return day - timedelta(days=n * (7 if stamp["unit"] == "주" else 1))
    if not clocked:
        return day
    return read - (timedelta(hours=n) if stamp["unit"] == "시간" else timedelta(minutes=n))


def _to_datetime(match: re.Match[str]) -> datetime | None:
    try:
        hour = int(match.group("H") or 0)
        if match.group("ampm") in ("오후", "PM") and hour < 12:
            hour += 12
        if match.group("ampm") in ("오전", "AM") and hour == 12:
            hour = 0
        return datetime(
            int(match.group("y")), int(match.group("m")), int(match.group("d")),
            hour, int(match.group("M") or 0), int(match.group("S") or 0),
        )
    except (TypeError, ValueError):
        return None


def byline_match(line: str) -> re.Match[str] | None:
    """The byline a line is (`홍길동 기자 hong@…`), or the first reporter's of a line of credits
    whose other parts are only stamps and page buttons; None for any other line."""
    if not _REPORTER.search(line):
        return None
    match = _BYLINE.match(line)
    if match is not None or not _CREDIT_SPLIT.search(line):
        return match or _BYLINE.match(_CREDIT_ROLE.sub("", line))
    first = None
    for part in _CREDIT_SPLIT.split(line):
        part = _STAMP.sub(" ", part).strip()
        if not part or _menu_words_only(part) or _PLACE_CLOCK.fullmatch(part):
            continue
        match = _BYLINE.match(_CREDIT_ROLE.sub("", part))
        if match is None:
            return None
        first = first or match
    return first


def _credited_byline(unstamped: str) -> re.Match[str] | None:
    """The byline among a line of credits with its stamps taken out (`인채온 기자 | 입력 … | 지면 A3`,
    `2025.04.22 08:00 | 인채온 기자 | 읽는 시간 6분`), whatever stands beside it."""
    for part in _CREDIT_SPLIT.split(unstamped):
        if part.strip() and (found := byline_match(part.strip())):
            return found
    return None


def _menu_words_only(text: str) -> bool:
    """Is every word a page button, a section name, a count or a weekday (at least three section
    names, as one `경제` may be a headline's word)?"""
    words = sections = 0
    if len(text) <= 80 and _DIGITS.search(text):  # (prose stops at its first word anyway)
        text = _STAMP.sub(" ", text)
    for word in _words(text, _MENU_WORD):
        if word in _SECTION_NAMES:
            sections += 1
        elif not (_DIGITS.sub("", word) in _MENU_WORDS or word.isdigit() or _TAG_WORD.fullmatch(word)
                  or _WEEKDAY.match(word) or _PRINT_PAGE.fullmatch(word) or _ISSUE_NUMBER.fullmatch(word)
                  or not _WORD_CHAR.search(word)):
            return False
        words += 1
    return words > 0 and (sections == 0 or sections >= 3)


_SEARCH_BOX = re.compile(r"(?:🔍\s*)?(?:검색어|검색할\s*(?:내용|단어)|키워드)[를을]?\s*입력(?:하세요|해\s*주세요|하십시오|하세요\.)?"
                         r"\s*(?:🔍|\[?검색\]?)?")


def _heads_prose(lines: list[str], kinds: list, index: int) -> bool:
    """Is the line a section's heading (`■ 우리 모임은`, `◆ 오늘의 탐조`: one mark, a few words, no more)
    with prose or a list under it? A bar of such marks (`■ 홈 ■ 뉴스`) or a box's title over links is not."""
    if not _SECTION_MARK.fullmatch(lines[index].strip()) or not OWN_HEADING.search(lines[index].strip()[1:].strip()):
        return False
    below = next((i for i in range(index + 1, len(lines)) if lines[i].strip()), None)
    if below is None or kinds[below] is not None:
        return False
    text = lines[below].strip()
    return (is_body_line(text) and ends_with_full_stop(text)) or (is_list_item(text) and ends_with_full_stop(text))


# the writer's own: first person (`우리 모임은`, `저희는`, `내 계획`), an owner's plan (`담쟁이채의 올해 계획`,
# `해님반 다음 계획`), `X는 이렇게 합니다` (`… 하겠습니다`, `공사는 이렇게 진행합니다`), a to-do list (`다음 할 일`), what
# its owner does (`폴짝파크가 지키는 것`, `바른발이 준비한 것`)
OWN_HEADING = re.compile(
    r"(?:^|\s)(?:우리|저희)(?:의|는|가|도|$|\s*(?:모임|단지|반|회사|가게|절|교회|학교|동아리|클럽|협회|조합|마을|팀|동네|농장|집|구|군)"
    r"(?:은|는|이|가|의|에서는|에서|도)?(?=\s|$|[,.:])|\s*(?!나라|정부|국민|경제|사회)[가-힣]{1,5}(?:은|는|에서는)(?=\s|$))"
    r"|^(?:내|나의)\s*(?:계획|할\s*일)"
    r"|^(?![가-힣]*(?:시|도|군|구|부|처|청|원|회|대통령|정부|국회|장관|후보|당선인|교육감|의원|여당|야당|정당)의? )"
    r"(?:\S+의 (?:올해 |새해 |다음 |앞으로의 )?|\S+ (?:올해|새해|다음|앞으로의) )(?:계획|일정)$"
    r"|^\S+(?:는|은) 이렇게 (?:합니다|하겠습니다|진행합니다)$|(?:^|\s)할 일$"
    r"|^(?![가-힣]*(?:대통령|후보|당선인|장관|교육감|시장|의원|여당|야당|정당)[이가] )\S+[이가] (?:앞으로 |먼저 |함께 |새로 )?"
    r"(?:지키는|지킬|준비한|준비하는|드리는|드린|약속드리는) 것$")
# (not a news page's `■ 내 월급에서 달라지는 것`, `■ 우리 경제 전망`, `■ 서울시의 계획`, `■ 소비자가 챙겨야 할 것`)
_SECTION_MARK = re.compile(r"[■□◆◇][ \t]*[^■□◆◇\s|][^■□◆◇|]{0,15}")


def is_menu_line(line: str) -> bool:
    """Share buttons, font-size toggles, breadcrumbs and bullet menus: no sentence, few words."""
    stripped = line.strip()
    if not stripped:
        return False
    if _BULLET_MENU.match(stripped) or _BREADCRUMB.match(stripped) or _SITE_PATH.match(stripped) or _BUTTONS.fullmatch(stripped):
        return True
    if "입력" in stripped and _SEARCH_BOX.fullmatch(stripped):
        return True  # `검색어를 입력하세요 🔍`: a search box's placeholder, never a headline
    # Word by word, stopping at the first that is no menu word: a paragraph of prose stops at once.
    # The page's date may stand among them (`2025년 4월 24일 목요일  로그인  회원가입`).
    if _menu_words_only(stripped):
        return True
    # A bar copied with its gaps, maybe with bars too: "미래일보  전체메뉴  정치  경제  사회  국제",
    # "길잡이지도   검색 | 길찾기 | 버스 | 지하철 | 내 장소          로그인"
    gapped = [part for part in _GAP_OR_BAR.split(stripped) if part]
    if len(gapped) >= 4 and all(len(part) <= 8 for part in gapped) and not _SENTENCE_FINAL.search(stripped):
        return True
    # A section bar: "전체메뉴 | 정치 | 경제 | 산업", "한빛경제 산업 · 기업 · 증권", "로그인 | … | 고객센터 1588-0000"
    parts = 0
    for part in _words(stripped, _BAR_PART):
        if len(part.strip()) > 8 and ("-" not in part or len(_CALL_NUMBER.sub("", part).strip()) > 8):
            return False
        parts += 1
    return parts >= 3 and not _SENTENCE_FINAL.search(stripped)


_MENU_WORD = re.compile(r"[^\s|/·•]+")
# a row of buttons, three or more in brackets (`[희망등록 방법] [등록 취소·변경] [상담원 연결]`)
_BUTTONS = re.compile(r"(?:\[[^\[\]]{1,15}\]\s*){3,}")
_GAP_OR_BAR = re.compile(r"\s{2,}|\s*[|│·•>›»]\s*")
_BAR_PART = re.compile(r"[^|·•>›»]*[^|·•>›»\s][^|·•>›»]*")
_DIGITS = re.compile(r"\d+")
_CALL_NUMBER = re.compile(r"(?<![\d-])(?:\d{2,4}-)?\d{3,4}-\d{4}(?![\d-])")  # (`1588-0000`, `02-000-0000`)
# A print edition's page as a page shows it beside the byline (`지면 A3`, `B12면`)
_PRINT_PAGE = re.compile(r"[A-Z]\d{1,2}면?")
_ISSUE_NUMBER = re.compile(r"제\d{1,5}호")  # a weekly's issue (`제1287호`)
_WORD_CHAR = re.compile(r"\w")  # (a word without one is an icon button: `🖨`, `✉`)


def _words(text: str, pattern: re.Pattern) -> Iterator[str]:
    return (m.group() for m in pattern.finditer(text))


# An item of a list in the article (`▲공공주택 5만 호 연내 착공`, `1. 청년 일경험 5만 명`): a press
# release's points, written as nouns, so no sentence ending and often short. Slides and cards mark
# them with any of a dozen bullets and check marks (`▪ …`, `✔ …`).
_LIST_ITEM = re.compile(r"^\s*(?:[▲△■□●○◆◇▶▷►▸▹•·▪▫◦‣✔✓☑✅√➤➢◎◈★☆\-–]|\d{1,2}[.)](?!\d)|[①-⑳]|[가-하][.)])\s*\S")
MIN_LIST_ITEM_CHARS = 10


# the heading of a page's summary box above the article (`■ 핵심 정리`, `[3줄 요약]`, `주요 내용`)
_SUMMARY_HEADING = re.compile(r"^[\W_]*(?:\d줄\s*요약|핵심\s*(?:정리|요약|내용)|요약|주요\s*내용|한눈에\s*보기)[\W_]*$")


# A bulleted line of the page's own: a link to another article, a prompt to subscribe, rate or
# read more
_BULLETED_FURNITURE = re.compile(
    r"^[^\w\s]{1,2}\s*(?:\[?\s*관련\s*(?:기사|뉴스)|함께\s*(?:보면|볼)|많이\s*(?:본|읽은)"
    r"|.{0,40}(?:알림을?\s*받아\s*보세요|구독(?:하기|하세요)|어떠셨나요|더\s*보기\s*$|좋아요\s*\d)"
    # a board's listing of other postings: one with its closing day (`· [국민연금공단] … 인턴 채용 (~02.03)`),
    # one by its notice number (`· 국가데이터처공고제2025-56호 … 실시 공고`)
    r"|\s*\[[^\]]{2,20}\]\s*.{4,80}\(\s*~\s*(?:\d{2,4}[./]\s*)?\d{1,2}[./]\s*\d{1,2}\.?\s*\)\s*$"
    r"|\s*[가-힣]{2,20}(?:공고|고시|훈령|예규|공지)\s*제?\s*\d{4}\s*-\s*\d+\s*호\s[^.]{2,80}(?:공고|고시|안내|모집)\s*$)")


# A link to the posting before or after this one on a board or in a mailbox (`이전 글 | …`, `▼ 다음 글: …`,
# `목록 | 이전글: …`, `[이전 메일] …`)
_NEIGHBOUR_LINK = re.compile(
    r"^(?:[\[<【]목록[\]>】]\s*|목록\s*(?:[|│]|\s{2,})\s*)?[▲▼△▽◀▶<>]?\s*[\[<【]?\s*(?:이전|다음|윗|아랫)\s*(?:글|메일|기사|게시물|게시글)\s*"
    r"(?:[\]>】]|[:：|│]|$|\s+\S.{0,60}$(?<![다요.]))")  # (not `윗글 내용에 이어 교육청은 … 밝혔습니다.`)


# A shared board's or document's activity feed: who did what, and when (`고석진 님이 '…' 카드를 무산(으)로
# 옮겼습니다 · 11월 24일 오후 5:10`, `민채원 님이 댓글을 남겼습니다 · 3분 전`)
_ACTIVITY_LINE = re.compile(r"\S{1,20}\s*님이\s.{2,120}?(?:습니다|했어요|어요)[^·|\n]{0,80}?\s*[·|]\s*"
                            r"(?:\d{1,2}월\s*\d{1,2}일|\d{4}[.\-/]|어제|오늘|방금|\d+\s*(?:분|시간|일)\s*전)[^\n]{0,30}")


def is_list_item(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) >= MIN_LIST_ITEM_CHARS and bool(_LIST_ITEM.match(stripped)) and bool(
        _HANGUL.search(stripped)) and not _DASHED_SUBHEAD.fullmatch(stripped)


# A press release's sub-head between dashes (`- 자립수당 월 60만 원으로…전담인력 300명 -`): the
# headline's deck, not a bullet
_DASHED_SUBHEAD = re.compile(r"[-–]\s[^\n]*\S\s[-–]")


def ends_with_full_stop(line: str) -> bool:
    """Prose, not a headline or a heading: those hardly ever end in a full stop, even on 다. Nor is a
    date's own stop one (`시작일 2025. 12. 3.`)."""
    return _PROSE_END.search(line) is not None and _DATE_STOP_AT_END.search(line) is None


_DATE_STOP_AT_END = re.compile(r"(?<!\d)\d{4}\s*\.\s*\d{1,2}\s*\.\s*\d{1,2}\s*\.\s*\)?\s*$")  # (`… 검인 (2025. 9. 3.)`)


def is_body_line(line: str) -> bool:
    """Prose: ends like a Korean sentence, or is long enough to be a paragraph."""
    stripped = line.strip()
    if not _HANGUL.search(stripped):
        return False
    if _SENTENCE_FINAL.search(stripped) and len(stripped) >= 12 and not _DATE_STOP_AT_END.search(stripped):
        return True
    return len(stripped) >= MIN_PROSE_CHARS and not _COPYRIGHT.search(stripped)


def classify(line: str) -> str | None:
    """The furniture class of one line, or None when it may be article text."""
    stripped = line.strip()
    if _SAMPLE_NOTE.match(stripped):
        return "sample_note"
    if _CORRECTION_NOTE.match(stripped) or (_CORRECTION_TAG.match(stripped) and ends_with_full_stop(stripped)):
        return "correction_note"
    if _SOURCE_LINE.match(stripped):
        return "source"
    if len(stripped) <= 120 and _ATTACHMENT.match(stripped) and _ATTACHED.search(stripped):
        return "attachment"
    if _is_event_line(stripped):
        return "event_date"
    if sign_off(stripped) is not None:
        return None  # `… 드림 · 2026. 2. 26. 개정`: the letter's end, kept with its body (its day is read there)
    if _DIGITS.search(stripped) and _DATED_BYLINE[0].fullmatch(stripped):
        return "byline"  # `2025.04.23 김민지 기자 mjkim@…`: the reporter's, with the day it was filed
    if "면" in stripped and _PRINT_EDITION.fullmatch(stripped):
        return "dateline"  # `[지면기사] 2025년 2월 19일 수요일 A6면 종합`: the print edition's day and page
    if _DATELINE.match(stripped) or _BARE_STAMP_LINE.match(stripped) or _is_stamped_line(stripped) or (
            _letter_issued(stripped)):
        return "dateline"
    if len(stripped) <= 60 and _AD.search(stripped):
        return "ad"
    if len(stripped) <= 200 and _CAPTION.search(stripped):
        return "caption"
    if byline_match(stripped) or _EMAIL_LINE.match(stripped):
        return "byline"
    if len(stripped) <= 200 and _COPYRIGHT.search(stripped):
        return "copyright"
    if len(stripped) <= 40 and (_SECTION_END.match(stripped) or _MARKED_SECTION_END.fullmatch(stripped)):
        return "section_end"
    if _BULLETED_FURNITURE.match(stripped) or _NEIGHBOUR_LINK.match(stripped) or (
            "님이" in stripped and _ACTIVITY_LINE.fullmatch(stripped)):
        return "menu"  # `➤ 관련기사: …`, `★ … 앱에서 속보 알림을 받아보세요`: a link or a prompt, not a list item
    if is_speaker_caption(stripped) or is_speaker_heading(stripped):
        return None  # `[인터뷰] 모정연 / 산업통상자원부 전력산업정책관`, `[질문]`: who says the next lines
    if is_menu_line(stripped):
        return "menu"
    return None


# A broadcast script's caption naming the speaker of the lines after it (`[인터뷰] 이름 / 소속 직함`)
SPEAKER_CAPTION = re.compile(r"\[(?:인터뷰|녹취|싱크)\]\s*(?P<name>[가-힣]{2,4})(?:\s*씨)?\s*/\s*\S")


# A transcript's heading: who speaks in the lines under it (`■ 모두발언 (남태겸 경찰청 교통국장)`,
# `[답변 = 남태겸 교통국장]`), or that a question or the Q&A follows (`[질문]`, `■ 질의응답`)
SPEAKER_HEADING = re.compile(
    r"\s*[■□▶▷◆◇●○◎◈【\[<〈]\s*(?P<label>모두\s*발언|질의\s*응답|일문일답|발언|답변|답|질문|질의|문|인사말|연설|Q|A)"
    r"\s*(?:[=:：(]\s*(?P<who>[^\]】>〉)]{2,40}?)\s*[)\]】>〉]?|[\]】>〉])?\s*")


# A podcast's or a video's script: a time code and the speaker over their lines (`[03:25] 편다율`);
# its label is empty, as it says nothing of a question or an answer
TIMED_TURN = re.compile(r"\s*\[\d{1,2}:\d{2}(?::\d{2})?\]\s*(?P<label>)(?P<who>[가-힣]{2,4}(?:\s+[가-힣]{1,10})?)\s*")


# A speech-to-text note's turn: who speaks (maybe with their post in brackets, or a numbered voice) and
# the time code into the recording (`변주하 (국토교통부 생활물류정책과장)  01:12`, `참석자 4  06:40`)
RECORDED_TURN = re.compile(r"\s*(?P<label>)(?:(?P<who>[가-힣]{2,4})\s*\((?P<post>[^()]{2,40})\)|(?P<voice>(?:참석자|화자|발언자)\s*\d{1,2}))"
                           r"\s+\d{1,2}:\d{2}(?::\d{2})?\s*")  # (not a timetable's `개회 10:00`)


# A video call's saved chat: the time, who wrote, and to whom, over their lines (`14:24:52 From 기후에너지환경부
# 용세아 사무관 to Everyone:`, `14:01:08 보낸 사람 최다정 받는 사람 모두:`)
CHAT_TURN = re.compile(r"\s*\d{1,2}:\d{2}(?::\d{2})?\s+(?:From|보낸\s*사람\s*[:：]?)\s+(?P<label>)(?P<who>[^:：]{2,40}?)"
                       r"\s+(?:to|받는\s*사람\s*[:：]?)\s+[^:：]{1,20}?\s*[:：]\s*")


def speaker_heading(line: str) -> re.Match[str] | None:
    """The line as a transcript's heading (its `label`, maybe its `who`), or None. (Not a Q&A's line
    with its words on it: `▶ 답: 연내 모두 보급하겠습니다.`, `■ Q: 누가 내나?`)"""
    stripped = line.strip()
    if len(stripped) > 60 or ends_with_full_stop(stripped) or stripped.endswith("?"):
        return None
    return SPEAKER_HEADING.fullmatch(stripped) or TIMED_TURN.fullmatch(stripped) or RECORDED_TURN.fullmatch(stripped) or (
        CHAT_TURN.fullmatch(stripped))


def is_speaker_heading(line: str) -> bool:
    return speaker_heading(line) is not None


# A page's own bracketed tags, never a speaker (`[사진]` over a caption, `[속보]`)
_PAGE_TAGS = {"사진", "영상", "그래픽", "표", "도표", "속보", "단독", "기고", "전문", "사설", "인터뷰", "자료", "출처",
              "참고", "요약", "해설", "칼럼", "포토", "카드뉴스", "알림", "공지", "광고", "정정", "반론", "종합", "부고"}
# A dialogue's turn: the speaker's name alone in brackets on its own line (`[하태온]`, `[도하린]`)
NAMED_TURN = re.compile(r"\s*\[(?P<label>)(?P<who>[가-힣]{2,4})\]\s*")


def named_turns(lines: list[str]) -> set[int]:
    """The lines that are a dialogue's turns: bracketed names on their own with words under them, of
    two speakers or more, one of them at least twice (a tag such as `[속보]` alone on a line does not
    come back)."""
    found: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        turn = NAMED_TURN.fullmatch(line)
        if turn is None or turn["who"] in _PAGE_TAGS:
            continue
        said = next((after for after in lines[index + 1 :] if after.strip()), None)
        if said is not None and NAMED_TURN.fullmatch(said) is None:
            found.setdefault(turn["who"], []).append(index)  # (a turn has its words under it)
    if len(found) < 2 or max(len(at) for at in found.values()) < 2:
        return set()
    return {index for at in found.values() for index in at}


def is_speaker_caption(line: str) -> bool:
    """A caption line on its own: the speaker's name, a slash, and a short affiliation."""
    caption = SPEAKER_CAPTION.match(line)
    return caption is not None and len(line) - caption.end() <= 60


def _is_stamped_line(line: str) -> bool:
    """A short line whose stamp has a time or a label and whose other words name only the outlet,
    or a date set off among short fields (`_fielded_date`). A date that only opens a line is not
    enough: a headline may open with one (`2025년 7월 22일 국무회의`)."""
    if _ENUMERATED.match(line):
        return False  # `3. 변경 승인일: 2025. 11. 7.`: a numbered item of the document, its own date
    stamps = list(_STAMP.finditer(line))
    if len(stamps) == 2 and _SPAN_MARK.fullmatch(line, stamps[0].end(), stamps[1].start()) and not _posting_labelled(line):
        return False  # `훈련 기간: 2025. 7. 8.(화) 08:30 ~ 2025. 7. 10.(목) 17:00`: a period's, not a posting's (`게시기간 …`)
    if len(line) <= 120 and len(stamps) == 1 and (_fielded_date(line, stamps[0]) or (
            _VIEWS_FIELD.search(line) and not _NO_POINT.match(line) and _only_fields_besides_views(_STAMP.sub(" ", line)))):
        return True  # (`… 한 해 · 기획총무팀 · 2025-12-09 · 조회 576`: a post's head, its views beside its day)
    if not any(_timed(m) or m.group("label") for m in stamps):
        return False
    if AS_OF_STAMP.match(line, stamps[0].end()):
        return False  # `2026.07.15 18:00 기준 | 이재민 1,200명`: a count as of a time, the article's
    rest = _STAMP.sub(" ", line)
    if _EDITED_ONLY.fullmatch(rest):
        rest = ""  # `2025년 5월 27일 오후 7:42 · 수정됨`: a post's stamp, edited since (not `… 사업 일정 수정됨`)
    labelled = any(m.group("label") for m in stamps)
    if labelled and ")" in rest:
        rest = _ASIDE_AT_END.sub("", rest)  # (`… · 2025. 1. 23. 개정 (이전 양식으로 작성하신 분은 다시 작성해 주세요)`: a note on the fields)
    if len(line) > 80:
        # `공고번호 … | 등록일 2025.01.22 | 접수기간 … | 조회 3,417 | 스크랩 212`; a labelled date may sit among
        # longer fields (`관찰자 … | 등록일 2025-10-14 | 위치 경남 낙동강 하류 둔치 (정확한 좌표는 …)`)
        return _barred_fields(rest, 40 if labelled else 20, dots=labelled or "|" in rest or "│" in rest)
    if not _SENTENCE_FINAL.search(rest.strip() or "-") and (
        any(m.group("H") and m.group("label") for m in stamps) or _credited_byline(rest)
    ):
        # `입력 2025-04-15 17:40`, `홍길동 기자 | 2025.04.15 09:00`, whatever furniture sits beside it
        return True
    if byline_match(rest.strip(" |·/,-")):
        return True  # `2025.05.28 09:40 | 머니브리프 김서하 기자`: the stamp and the byline on one line
    # a labelled date, or a time that opens the line, heads the page's own barred fields, which may
    # be longer (`2026.01.15 17:20 | 자료팀 | 원문 PDF(복지부 제공, 48쪽 중 6쪽)`)
    barred = "|" in rest or "│" in rest
    if _barred_fields(rest, 40 if barred and (labelled or (
            not line[: stamps[0].start()].strip() and _timed(stamps[0]))) else 20, dots=labelled or barred):
        return True  # `담당부서 항공안전정책과 | 등록일 2025-07-29 | 조회수 1,204`, `2025.08.27 08:05 | 조회 2,318`: fields
    return _STAMP_COMPANION.fullmatch(rest) is not None and not _SENTENCE_FINAL.search(rest.strip() or "-")


_SPAN_MARK = re.compile(r"\s*[~∼～]\s*")
# a posting period's label (`게시기간 2025.10.01 ~ 2025.10.31`, a pop-up's): its first day, unless a day's own label follows
_PERIOD_LABEL = re.compile(r"(?:게시|공고)\s*기간")


_ASIDE_AT_END = re.compile(r"\s*\([^()]{2,60}\)\s*$")
_FIELD_BARS = re.compile(r"[|│]|\s{3,}")
# a post's view count as a field of its head (`· 조회 576`, `| 조회수 1,204`, `· 읽음 41/48`)
_VIEWS_FIELD = re.compile(r"(?:^|[|│·]\s*)(?:(?:조회수?|읽음|(?i:views?))\s*[:：]?\s*\d[\d,]*(?:\s*/\s*\d+)?\s*회?"
                          r"|\d[\d,]*\s*(?:읽음|(?i:views?)))\s*(?=$|[|│·])")  # (`| 9,812 읽음`)
# (`참여 312명 · 질문 58건 · 답변 19건` among bars: a spaced middle dot sets fields apart as a bar does; not a
# live blog's `14:00 · 국토부 … 공급 · 월세 지원 …`, its points)
_FIELD_BARS_AND_DOTS = re.compile(r"[|│]|\s{3,}|\s+·\s+")


def _only_fields_besides_views(unstamped: str) -> bool:
    """Is the line, its stamps and its view count taken out, only short fields (or nothing)?"""
    rest = _VIEWS_FIELD.sub(" | ", unstamped)
    return not rest.strip(" |│·") or _barred_fields(rest, 30, dots=True)


def _barred_fields(unstamped: str, longest: int, dots: bool = False) -> bool:
    """Is the line, its stamps taken out, only fields of up to `longest` characters between bars (and
    spaced middle dots, with `dots`), none a sentence? (However long the line: a notice's header row may
    hold many.)"""
    parts = [p.strip() for p in (_FIELD_BARS_AND_DOTS if dots else _FIELD_BARS).split(unstamped) if p.strip()]
    return bool(parts) and all(len(p) <= longest and not _SENTENCE_FINAL.search(p) for p in parts)


AS_OF_STAMP = re.compile(r"\s*(?:기준|현재)")
# a post's mark that it was edited since, all that follows its stamp (`2025년 5월 27일 오후 7:42 · 수정됨`)
_EDITED_ONLY = re.compile(r"[\s·|]*[(\[]?\s*(?:수정|편집)됨\s*[)\]]?\s*")
_ENUMERATED = re.compile(r"\s*(?:\d{1,2}|[가나다라마바사아자차카타파하])[.)]\s+[가-힣]")
# what meets on an event's day (`회의일시 2025년 12월 9일(화) 19:00 | 장소 …`: the minutes are posted later)
_GATHERINGS = "회의|행사|모임|교육|강의|집회|예배|미사|대회|공연|상영|설명회|간담회|토론회|세미나|포럼|총회"
# An event's date and place over a page that has no date of its own (`일시 2026. 5. 20.(수) 14:00 | 장소
# 국회의원회관 제2세미나실 | 주관 …`: a forum's proceedings): the day, when nothing else dates it
# (a meeting of days gives its first: `일시: 2025년 1월 23일(목)~24일(금) | 장소: …`)
_EVENT_LINE = re.compile(rf"^\s*[□■○●◆◇▶·-]?\s*(?:{_GATHERINGS})?\s*(?:일\s*시|일\s*자)\s*[:：]?\s*{_DATE}{_TIME}"
                         r"(?:\s*[~∼～-]\s*(?:(?:오전|오후)?\s*\d{1,2}\s*:\s*\d{2}"  # (`09:00 ~ 17:00`: the hours it runs)
                         r"|(?:\d{1,2}\s*[.월]\s*)?\d{1,2}\s*일?\.?(?:\s*\([월화수목금토일]\))?))?\s*(?:[|│]|$)")


def _is_event_line(line: str) -> bool:
    """The event's date heading a line of short fields, none a sentence (or alone on its line)."""
    stamp = _EVENT_LINE.match(line)
    return stamp is not None and (
        stamp.end() == len(line) or _barred_fields(_STAMP.sub(" ", line), 40))


def _fielded_date(line: str, stamp: re.Match[str]) -> bool:
    """A date with no time, set off by bars or middle dots among short fields that are no sentence:
    `교실편지 · 2026년 3월 5일 · 제58호` (a newsletter's issue line), `2025.11.25 | 팩트체크팀 나은결
    기자`, `제1287호 | 2025년 7월 10일(목) 시드니 오후 4:20 (한국 시각 오후 3:20) | 글·사진 …` (a place's
    clock after the date). A headline that opens with a date (`2025년 7월 22일 국무회의…`) has no separator
    after it."""
    opening = len(stamp.group(0)) - len(stamp.group(0).lstrip())  # (the gap the stamp's match took in)
    before, after = line[: stamp.start() + opening], line[stamp.end():]
    after = after[_PLACE_CLOCK.match(after).end():]
    after = after[_DAYPART.match(after).end():]  # (`2026년 5월 21일 목요일 아침`: a morning letter's issue)
    if not ((_ENDS_IN_BAR.fullmatch(before) or _CREDIT_BEFORE.fullmatch(before)) and _OPENS_WITH_BAR.match(after)):
        return False
    fields = [f.strip(" |│·—–") for f in _FIELD_SPLIT.split(f"{before} | {_HASHTAG.sub(' ', after)}") if f.strip(" |│·—–")]
    if not re.search(r"[|│·—–]", line) and not _CREDIT_BEFORE.fullmatch(before) and not all(
            _DIGITS.search(f) for f in fields):
        return False  # fields set apart by spaces only are counts (`조회수 34,512회`), not a review's `김**`
    return bool(fields) and all(
        (len(_ROLE_AFTER.sub("", f)) <= 15 or byline_match(f)) and not _SENTENCE_FINAL.search(f) and not _EVENT_END.search(f)
        for f in fields)


# what a chronology's row says happened that day (`2024년 10월 25일 · 도입 방안 발표`): no page's date
_EVENT_END = re.compile(r"(?:발표|의결|시행|개최|출범|통과|공포|착공|준공|개통|제출|발의|확정|공개|선정|지정|체결)$")


# a city's clock after a date (`시드니 오후 4:20 (한국 시각 오후 3:20)`)
_PLACE_CLOCK = re.compile(r"(?:\s*(?:[가-힣A-Za-z]{2,10}\s+)?(?:오전|오후|AM|PM)?\s*\d{1,2}:\d{2}(?:\s*\([^()]{1,24}\))?)?")
_DAYPART = re.compile(r"(?:\s*(?:아침|저녁|새벽|오전|오후|밤)(?![가-힣])(?:\s*\d{1,2}\s*시(?:\s*\d{1,2}\s*분)?(?![가-힣]))?)?")  # (`저녁 7시`)
# (a video page's `조회수 34,512회  2025. 6. 30.`: two spaces; a handout's head `스마트폰 기초반 7강 — 2026. 1. 14. 수요일`: a dash)
_ENDS_IN_BAR = re.compile(r"(?:.*(?:[|│·]|\S\s{2,}|\S\s+[—–]))?\s*")
_OPENS_WITH_BAR = re.compile(r"\s{2,}|\s*(?:[|│·]|$)")
_FIELD_SPLIT = re.compile(r"\s+·\s+|\s*[|│]\s*|\s{2,}")
_HASHTAG = re.compile(r"#[^\s#]+")
_ROLE_AFTER = re.compile(r"\s*\([^()]{1,30}\)$")  # `김도현 (Backend Engineer)`: a name and its role
_CREDIT_BEFORE = re.compile(r"\s*(?:by|By|BY|글)\s+[^\s|·]{1,20}(?:\s+[^\s|·]{1,20})?\s*")  # `by 김소연 Sep 03. 2024`
# a date and, alone after it, the name of the body that posted the page (`2024.08.27 고용노동부`)
_DATE_THEN_BODY = re.compile(rf"\s*{_DATE}{_TIME}\s*(?P<body>[가-힣]{{2,15}})\s*")
# a footer's list of other articles (`많이 본 기사`, `관련 뉴스`): dates under it are theirs
_LISTING_HEADING = re.compile(r"관련|많이|인기|추천|함께|이\s*시각|주요|실시간|랭킹")


# a row of the page's own log, opening on its day and time (`2025.04.09 10:40 | 벼리시·벼리경찰서 합동 | 전파·렌즈 탐지 |
# 이상 없음`, an inspection history; not a chronology's days, `2024.10.25 | 도입 방안`)
_LOGGED_ROW = re.compile(rf"\s*{_DATE}{_TIME}\s*[|│]\s*\S")


def _newest_logged(lines: list[str]) -> datetime | None:
    """The newest day of a log's timed rows, two or more, none of them ahead (`… 예정`): the page is as new as its
    latest entry, the last resort when nothing else dates it (a QR page's inspection history)."""
    logged = [day for line in lines if line.lstrip()[:1].isdigit()
              for row in [_LOGGED_ROW.match(line)] if row and row["H"] and not _AHEAD_WORDS.search(line)
              for day in [_to_datetime(row)] if day is not None]
    return max(logged) if len(logged) >= 2 else None


# a row of a log that gives no year, opening on its day, weekday and clock (`[01/14(수) 07:50] [느릅실 알림] …`, a
# village head's text messages kept on the village's site)
_YEARLESS_LOGGED_ROW = re.compile(rf"\s*[\[(]\s*(?P<m>1[0-2]|0?[1-9])\s*[./]\s*(?P<d>3[01]|[12]\d|0?[1-9])\.?\s*"
                                  rf"\(\s*(?P<wd>[{_WEEKDAYS}])\s*\)\s*(?P<time>(?:오전|오후)?\s*\d{{1,2}}:\d{{2}})\s*[\])]")


def _logged_on(row: re.Match[str], years, until: date | None = None) -> datetime | None:
    """The day and time of a yearless log row (`[12/30(화) 16:45]`): in the one year of `years` whose calendar
    puts it on its weekday (and not after `until`), or None."""
    days = [day for day in _days_on([(year, int(row["m"])) for year in years], int(row["d"]), _WEEKDAYS.index(row["wd"]))
            if until is None or day.date() <= until]
    return _at_clock(days[0], row["time"]) if len(days) == 1 else None


def logged_days(body: str, page_day: date | None) -> list[tuple[int, int, date]]:
    """The (start, end, day) of each paragraph of the body that is a log's row opening on its own day (`[12/22(월)
    11:30] [마을 알림] … 내년 3월로 미뤘답니다`, `2025년 5월 30일 오전 7:12, 최○○ : …`), when two or more are: what
    the row says of `내년` or `지난달` it says as of its own day, not the page's. A row's day with no year is the
    one before the page's own, in this year or the last, that falls on its weekday."""
    if page_day is None or ("(" not in body and "," not in body):
        return []
    rows, start = [], 0
    for paragraph in body.split("\n\n"):
        end = start + len(paragraph)
        head = paragraph.lstrip()[:1]
        if head in "[(0123456789":
            day = None
            if head in "[(" and (row := _YEARLESS_LOGGED_ROW.match(paragraph)) is not None:
                day = _logged_on(row, (page_day.year - 1, page_day.year), until=page_day)
            elif head.isdigit() and (said := _CHAT_EXPORT_LINE.match(paragraph)) is not None:
                day = _to_datetime(said)
            if day is not None:
                rows.append((start, end, day.date()))
        start = end + 2
    return rows if len(rows) >= 2 else []


def _newest_yearless_logged(lines: list[str], years: set[int]) -> datetime | None:
    """The newest day of a log's rows that give no year, two or more, each put in the one year near a year
    the page names (its copyright's, `© 2026`) where its weekday falls (`12/30(화)` in 2025, `01/14(수)` in 2026)."""
    candidates = _near(years)
    logged = [day for line in lines if line.lstrip()[:1] in "[("
              for row in [_YEARLESS_LOGGED_ROW.match(line)] if row
              for day in [_logged_on(row, candidates)] if day is not None]
    return max(logged) if len(logged) >= 2 else None


def _in_dated_rows(lines: list[str], kinds: list[str | None], index: int) -> bool:
    """Is the untimed date line at `index`, with no byline on it, one of two or more such lines on
    the page (a chronology's rows, maybe with lines between them)? A page has one dateline; a table of
    dates is the article's."""
    def row(i: int) -> bool:
        line = lines[i].strip()
        return kinds[i] == "dateline" and not _is_header_stamp(line) and not _BARE_STAMP_LINE.match(line) and (
            _stamped_byline(line) is None) and not _CREDITED_UNIT.fullmatch(_STAMP.sub(" ", line))

    return row(index) and any(row(i) for i in range(len(lines)) if i != index)


# A post's stamp crediting an office's team, not a byline's reporter (`2026.03.05. · 한들군보건소 건강증진팀`): a
# feed's posts, each with its own, newest first
_CREDITED_UNIT = re.compile(r"\s*[|│·]\s*(?:[가-힣A-Za-z0-9]{1,15}\s+){0,2}[가-힣]{0,12}(?:팀|센터|본부|사무국|사무처|담당관|편집부|"
                            r"편집국|홍보실|운영진|운영팀|관리자)[\s|│·,]*")  # (a bar or a dot credits it: not a row's `  서울센터`)


def _stamped_byline(line: str) -> re.Match[str] | None:
    """The byline that shares a dateline with its stamp (`2025.11.25 | 팩트체크팀 나은결 기자`), if any."""
    return byline_match(_STAMP.sub(" ", line).strip(" |·/,-"))


_EPOCH = date(1970, 1, 1)
_TITLE_CODE = re.compile(r"\[(?P<y>1[5-9]|[23]\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])\]\s*\S")  # (yymmdd, a broadcast's)
_TITLE_DAY = re.compile(rf"\s*[\[(【]\s*{_DATE}{_TIME}\s*[\])】]\s*\S")  # (a title opening on its day in brackets)
# A headline's own note of its last update in brackets (`결혼 준비 예산표 (25.1.14 업데이트)`, `[2025.3.2 수정]`)
_TITLE_UPDATED = re.compile(r"[(\[]\s*(?P<y>(?:20)?[0-4]\d)\s*[.\-/]\s*(?P<m>1[0-2]|0?[1-9])\s*[.\-/]\s*(?P<d>3[01]|[12]\d|0?[1-9])"
                            r"\.?\s*(?:업데이트|수정)\s*(?:판|본|됨)?\s*[)\]]")


def _title_update_day(title: str) -> datetime | None:
    found = _TITLE_UPDATED.search(title)
    return None if found is None else _day_of(2000 + int(found["y"]) % 100, int(found["m"]), int(found["d"]))


def _posting_labelled(line: str) -> bool:
    """Does a date on the line carry a posting label (`등록일자 2025-07-14`)?"""
    return _posting_label(line) != ""


def _posting_label(line: str) -> str:
    """The first posting label a date on the line carries (`등록일자`, `게시기간`), or ""."""
    return next((label for m in _STAMP.finditer(line) if (label := m.group("label") or "") in DATE_LABELS_PUBLISHED), "")


def _is_header_stamp(line: str) -> bool:
    """A dateline with a label or a time (`입력 2025-03-18 11:00`), not a bare date atop the page."""
    return any(_timed(m) or m.group("label") for m in _STAMP.finditer(line))


def _timed(stamp: re.Match[str]) -> bool:
    """Does the stamp give a time: hours and minutes, or an hour labelled (`게시 … 오전 6시`) or set off
    by a bar (`2025.06.12 오후 3시 | 한빛통신`)? An hour alone may be an event's (`2025년 7월 22일 오전
    10시 국무회의`, a headline)."""
    if stamp.group("H") is None:
        return False
    return stamp.group("M") is not None or stamp.group("label") is not None or _BAR_AFTER.match(stamp.string, stamp.end()) is not None


_BAR_AFTER = re.compile(r"\s*(?:$|[|│/·])")


def headline_at(lines: list[str], kinds: list[str | None], reference=None) -> tuple[int, int] | None:
    """The index of the headline among a pasted page's lines, and of the dateline or byline under
    it (what lies between is the deck), when the page shows where they are.

    A news page stacks masthead, menus, a date, the section path, then the headline (maybe with a
    subtitle) right above the article's dateline or byline. So the headline is the first line that
    could be one in the run of unclassified lines just above the first dateline or byline that has
    such a run; a menu, a section path or a bare date in between starts the run again, since
    whatever came before them (a tagline, a page banner, a weekday date) is the site's, not the
    article's. None when no dateline or byline comes before the first paragraph of prose.
    `kinds`: each line's `classify` (None for a blank line too).
    """
    run: list[int] = []
    dated = False  # the run began right under a date
    menu_items: set[str] = set()  # (a blog's category over its post, `면접 시사 정리 (14)`, names a menu's item)

    def headline_in_run() -> int | None:
        return next((i for i in run if _could_be_headline(lines[i].strip(), reference) and (
            _COUNTED.sub("", lines[i].strip()) not in menu_items)), None)

    for index, (line, kind) in enumerate(zip(lines, kinds)):
        stripped = line.strip()
        if not stripped:
            continue
        if kind is None:
            if len(stripped) >= MIN_PROSE_CHARS and ends_with_full_stop(stripped) and is_body_line(stripped):
                found = headline_in_run() if dated else None
                if found is not None:
                    return found, found + 1  # `교실편지 · 2026년 3월 5일 · 제58호`, then the headline
                return None  # the article began without a dateline above it
            run.append(index)
        elif _ends_header(stripped, kind):
            found = headline_in_run()
            if found is not None:
                return found, index
            run, dated = [], False
        elif kind not in ("ad", "caption"):
            if kind == "menu":
                menu_items.update(part.strip() for part in _GAP_OR_BAR.split(stripped))
            run, dated = [], kind == "dateline"
    return None


_COUNTED = re.compile(r"\s*[(\[]\d{1,5}[)\]]$")


# a year named as gone by: not one a plan runs to (`2030년까지`, `2026년 목표`)
_YEAR_NAMED = re.compile(r"(?<![\d.,])((?:19|20)\d{2})\s*년(?!\s*(?:까지|목표|에는|부터|이후|말까지|안에|내))")


def _rewritten_since(published: datetime | None, updated: datetime | None, body: str) -> bool:
    """Is the page's text that of its update, not of its first posting? A dataset's or a board's page
    (`등록일: 2021-05-11`, `수정일: 2025-04-22`) is rewritten in place, an article hardly ever a year on.
    So: an update more than a year after posting, over a text that tells of a year after the posting
    year and no later than the update's (`2024년 실적 312행이 추가되었습니다`). A year a plan runs to
    (`2030년까지 40% 감축`) says nothing of when it was written; an old article re-saved keeps its day."""
    if published is None or updated is None or (updated - published).days <= 365:
        return False
    return any(published.year < int(year) <= updated.year for year in _YEAR_NAMED.findall(body))


def _ends_header(line: str, kind: str | None) -> bool:
    """A byline or a labelled/timed dateline: the line a page puts under its headline."""
    return kind in ("byline", "event_date") or (kind == "dateline" and (
        _is_header_stamp(line) or _stamped_byline(line) is not None))


def clean_document(raw: RawDocument, reference=None) -> Article | Rejection:
    """Clean one document into an Article, or say why it holds no article.

    `reference` (etl.reference.Reference) names the outlet from the reporter's e-mail domain or
    the copyright line when the input did not say; without it the outlet stays as given.
    """
    lines = normalise_text(raw.text).split("\n")
    removed: list[RemovedLine] = []
    paragraphs: list[str] = []
    title = (raw.title or "").strip() or None
    published, updated = raw.published_at, raw.updated_at
    published = published or _front_matter_day(lines)
    byline, email = raw.byline, raw.reporter_email
    source_urls = list(raw.source_urls)
    extra = dict(raw.extra)
    subtitles: list[str] = []
    copyright_lines: list[str] = []
    seen_body = False
    seen_prose = False  # a paragraph ending in a full stop: a deck's long line is body but no prose
    seen_dateline = False
    footer = False
    dating = [written_dates(line) for line in lines]  # (read for dates; the text kept is `lines`)
    kinds = [classify(line.strip()) if line.strip() else None for line in dating]
    turns = named_turns(lines)
    legend = heading_legend("\n".join(lines))  # (a tracker's own section names: `[결제 완료 ✔]`)
    for index in turns:
        kinds[index] = None  # (read as a short menu line otherwise)
    _mark_correction_boxes(lines, kinds)
    for index, line in enumerate(dating):
        if kinds[index] is None and reference is not None and (found := _DATE_THEN_BODY.fullmatch(line)) and (
                reference.resolve_ministry(found["body"]) is not None):
            kinds[index] = "dateline"  # `2024.08.27 고용노동부` under a policy portal's headline
        elif kinds[index] == "menu" and _row_in_table(lines, kinds, index):
            kinds[index] = None  # (a short row among its table's rows reads as a menu bar alone)
        elif kinds[index] == "section_end" and _beside_alike(lines, kinds, index, lambda other: _same_state(line, other)):
            kinds[index] = None  # `고객센터 ARS 🟢 정상` among a status page's rows: a row, not the footer's heading
        elif kinds[index] in (None, "menu") and reference is not None and _name_plate(lines, index, reference):
            kinds[index] = None
            turns.add(index)  # (kept for who speaks next: a name plate over the quotes under it)
    headline, header_end = (headline_at(dating, kinds, reference) if title is None else None) or (None, 0)
    dated = None  # a bare date atop the page: the day, when no dateline gives the time
    held_on = None  # an event's date over a page that gives none of its own (`일시 … | 장소 …`)
    filed = None  # a filing's or a judgment's own day, when no posting date is given
    faxed = None  # the time a fax's header says it was sent (`2025-11-18 화 08:47  FROM …`)
    form_dated = None  # a form's own day (`│ 날짜: 2025년 12월 4일 목요일   날씨: 함박눈`), after its last edit's
    listing = False  # a footer's list of other articles has begun: its dates are theirs
    footer_dated = None  # a posting date under the comments (`작성일시 2025. 7. 8. 09:12`, a post's own date line)
    counted_from = None  # the day a countdown was read on (`모금 마감 2025.12.31 (D-314)`), when nothing else dates the page
    issued = None  # a bulletin's issue line atop the page (`… 주보 — 2025년 4월 13일 종려주일 (제38권 15호)`)
    dispatched = None  # a shop page's dispatch day for an order placed now (`2025.11.20(목) 출고 예정`), the last resort
    unposted_head = False  # `published` is a header line's day under no posting label: a later one's may replace it
    signed_on = None  # the day beside a letter's sign-off (`… 드림 · 2026. 2. 26. 개정`)
    bylined = None  # the day by the reporter's name under the prose (`2025.04.23 김민지 기자 mjkim@…`)
    essay_signed = None  # an essay's `— 2024. 5. 30. 새벽, 대전에서` after its prose, below a last edit or an as-of day
    as_of = None  # the day atop the page that its figures are as of (`2025.05.14 (수) 06:00 기준 · 매일 06시, 14시 갱신`)
    first_posted = None  # the day an edit history says the page was first posted, wherever it stands
    marked_up = None  # the time a page's source code (copied as text) tags as its publication
    addressed = None  # the day in the page's own address atop it (`https://tech.example.kr/2024/05/21/gpu-…`)
    chatted = None  # the day of a chat export's first message, each line opening on its day and clock
    top_bar = None  # (line, day) of the header's first day with no label nor clock: maybe the day it is read, not posted
    # list items met before the body, held until it is known whether the list goes on into it
    # (`▲ 국민체육센터 … 건립` before `▲ 스포츠강좌이용권 지원액 월 10만 원→12만 원`, which reads as body)
    held: list[tuple[int, str]] = []
    prose_start = None  # the first line of prose: above it, a post's day with no year may date the page
    summary = False  # the held list sits under a summary's heading (`■ 핵심 정리`): the article's own points

    for index, line in enumerate(lines):
        line_no = index + 1
        stripped = line.strip()
        if not stripped:
            continue
        kind = kinds[index]
        stamped = dating[index].strip()
        if counted_from is None and not footer and "D" in stamped and (countdown := _COUNTDOWN.search(stamped)):
            counted_from = _counted_from(countdown)
        if dispatched is None and not footer and "예정" in stamped and (dispatch := _DISPATCH.search(stamped)) and (
                _SHIPPING.search(stamped)):
            dispatched = _to_datetime(dispatch)
        if issued is None and not seen_body and not footer and _DIGITS.search(stamped):
            issued = _issue_day(stamped)
        if form_dated is None and not footer and "날" in stamped and (field := form_day(stamped)):
            form_dated = _to_datetime(field)  # `│ 날짜: 2025년 12월 4일 목요일   날씨: 함박눈`: a diary's, a log's own day
        if updated is None and ("편집" in stamped or "수정" in stamped) and (edited := _LAST_EDITED.search(stamped)):
            updated = _to_datetime(edited)  # `이 문서는 2025년 5월 2일 (금) 11:23에 마지막으로 편집되었습니다.`
        if "기준" in stamped or "현재" in stamped:
            if updated is None and (written := _WRITTEN_AS_OF.search(stamped)):
                updated = _to_datetime(written)
            if as_of is None and not seen_prose and not footer:
                as_of = _as_of_day(stamped, dating[:index])
        if dated is None and _DIGITS.search(stamped) and (said := (
                _STATED_POSTED.search(stamped) if "되었" in stamped or "됐" in stamped or "했" in stamped else None)
                or (_STATED_WRITTEN_ON.search(stamped) if "된 " in stamped else None)
                or (None if footer or seen_prose else _PLACE_DATELINE.match(stamped) or (
                    _WIRE_DATELINE.match(stamped) if "=" in stamped and ends_with_full_stop(stamped) else None))):
            # `이 대화는 2025년 11월 6일에 공유되었습니다`, `이 기사는 … 처음 게재됐으며` (the page on itself, wherever
            # it says so), `서울, 2025년 10월 22일 – …`, `[세종=○○경제통신 2025.3.28] …` (a dateline above the prose
            # or opening it)
            dated = _to_datetime(said)
        if bylined is None and seen_prose and not listing and not footer and _DIGITS.search(stamped) and (
                found := next((m for byline in _DATED_BYLINE if (m := byline.fullmatch(stamped))), None)):
            bylined = _to_datetime(found)
        if essay_signed is None and seen_prose and stamped[:1] in "—―" and (dashed := _DASHED_SIGN_OFF.fullmatch(stamped)):
            essay_signed = _to_datetime(dashed)  # `— 2024. 5. 30. 새벽, 대전에서`: an essay's sign-off under its last line
        if faxed is None and "FROM" in stamped and (fax := _FAX_HEADER.match(stamped)):
            faxed = _to_datetime(fax)  # `2025-11-18 화 08:47  FROM (주)새땅자원 …  TO …  P.1/2`: the day it was sent
        if first_posted is None and "최초" in stamped and len(stamped) <= 60 and not _SENTENCE_FINAL.search(stamped) and (
                _FIRST_POSTED.search(stamped)):
            first_posted = parse_stamps(stamped)[0]  # `- 2025.07.01 16:40 최초 입력`: an edit history's first row
        if marked_up is None and ("ublish" in line or "pubdate" in line) and (tag := _PUBLISHED_TAG.search(line)):
            marked_up = _tagged_time(tag)  # `<meta property="article:published_time" content="2025-06-17T14:05:00+09:00">`
        if chatted is None and not footer and "," in stamped and (said := _CHAT_EXPORT_LINE.match(stamped)):
            chatted = _to_datetime(said)  # `2025년 5월 30일 오전 7:12, 최○○ : …`: a chat's export, its first line's day
        if addressed is None and not seen_body and "/20" in stamped and (link := _PERMALINK.match(stamped)):
            addressed = _day_of(int(link["y"]), int(link["m"]), int(link["d"]))
        if addressed is None and not seen_body and kind == "menu" and ("›" in stamped or ">" in stamped or "»" in stamped) and (
                step := _PATH_ENDS_ON_DAY.search(stamped)):
            addressed = _to_datetime(step)  # `보도자료 › 2025년 › 12월 › 9일(화)`: an archive's path down to the day
        if kind in ("sample_note", "correction_note"):
            if kind == "sample_note":
                extra.setdefault("sample", stripped)
            elif "correction" not in extra:
                extra["correction"] = stripped
            elif kinds[index - 1] == "correction_note":  # a boxed notice's tag and its lines make one note
                extra["correction"] = f"{extra['correction']} {stripped}"
            removed.append(RemovedLine(line_no, stripped, kind))
            continue
        if kind == "source":
            source_urls.append(_SOURCE_LINE.match(stripped).group("url"))
            removed.append(RemovedLine(line_no, stripped, kind))
            continue
        if kind == "section_end" and _LISTING_HEADING.search(stripped):
            listing = True
        if footer:
            if footer_dated is None and not listing and kind == "dateline" and (
                    _BARE_STAMP_LINE.match(stamped) or _posting_labelled(stamped)):
                footer_dated = parse_stamps(stamped)[0]  # (a line that is only a date, or has a posting label)
            found = _EMAIL.search(stripped) if kind == "byline" else None
            if found and not email:  # the e-mail line under a name-only byline
                email = found.group(0)
            removed.append(RemovedLine(line_no, stripped, "after_footer"))
            continue
        if kind == "dateline" and seen_body and _in_dated_rows(dating, kinds, index):
            kind = None  # `2024.10.25 | 도입 방안` in the body, with another such row: a chronology's, no page's date
        if kind == "dateline":
            p, u = parse_stamps(stamped)
            filed = filed or _document_day(stamped)
            posted = p is not None and (label := _posting_label(stamped)) != "" and not _PERIOD_LABEL.fullmatch(label)
            if top_bar is None and p is not None and label == "" and not seen_body and (p.hour, p.minute) == (0, 0):
                top_bar = (index, p)  # (a day with its clock is a post's stamp, not a site's top bar)
            if _is_header_stamp(stamped):
                if published is None and p is not None:
                    published, unposted_head = p, not posted
                elif unposted_head and posted and not seen_body:
                    # `습득일자 2025-07-12 19:30` then `등록일자 2025-07-14`: a field's day, then the posting label's
                    published, unposted_head = p, False
            else:
                dated = dated or p
            updated = updated or u
            unstamped = "" if byline else _STAMP.sub(" ", stamped)
            credit = None if byline else byline_match(unstamped.strip(" |·/,-")) or _credited_byline(unstamped)
            if credit:  # `정하윤 기자 | 입력 2025-04-24 17:10 | 지면 A6면`: the stamp and the byline on one line
                byline = credit.group("names").strip()
            seen_dateline = True
            removed.append(RemovedLine(line_no, stripped, kind))
            continue
        if kind == "event_date" and not seen_body:
            held_on = held_on or parse_stamps(stamped)[0]
            seen_dateline = True
            removed.append(RemovedLine(line_no, stripped, kind))
            continue
        if kind == "event_date":
            kind = None  # (in the body, an event's own details: the article's)
        if headline is not None and index <= headline and kind is None:
            if index == headline:
                title = stripped
            removed.append(RemovedLine(line_no, stripped, "title" if index == headline else "menu"))
            continue
        if headline is not None and headline < index < header_end and kind is None:
            subtitles.append(stripped)  # long or ending in 다, still the headline's deck
            continue
        if title is None and kind is None and not seen_body and _could_be_headline(stripped, reference):
            title = stripped
            removed.append(RemovedLine(line_no, stripped, "title"))
            continue
        if title is not None and stripped == title and not seen_body:
            removed.append(RemovedLine(line_no, stripped, "title"))
            continue
        if kind == "byline":
            match = byline_match(stripped) or byline_match(_STAMP.sub(" ", stripped).strip())  # (a dated one's)
            if match and not byline:
                byline = match.group("names").strip()
            found = _EMAIL.search(stripped)
            if found and not email:
                email = found.group(0)
            removed.append(RemovedLine(line_no, stripped, kind))
            footer = seen_prose  # a byline under the headline's long deck is the header's
            continue
        if kind in ("copyright", "section_end"):
            if kind == "copyright":
                copyright_lines.append(stripped)
            removed.append(RemovedLine(line_no, stripped, kind))
            footer = seen_body
            continue
        if kind == "menu" and seen_body and heading_verdict(stripped, legend):
            paragraphs.append(stripped)  # `🏆 개근상 — 약속한 때에 지킨 약속`: what became of the items under it
            continue
        if kind == "menu" and seen_body and _heads_prose(lines, kinds, index):
            paragraphs.append(stripped)  # `■ 우리 모임은`: whose the paragraphs under it are
            continue
        if kind is not None:
            removed.append(RemovedLine(line_no, stripped, kind))
            continue
        lead = _LEAD_BYLINE.match(stripped)
        if lead and lead.end() < len(stripped):
            prefix = stripped[: lead.end()]
            if lead.group("names") and not byline:
                byline = lead.group("names").strip()
            removed.append(RemovedLine(line_no, prefix.strip(), "byline"))
            stripped = stripped[lead.end():].strip()
        if index in turns or (is_speaker_heading(stripped) and (seen_body or title is not None)):
            paragraphs.append(stripped)  # (kept for who speaks next; no sentence of its own)
            continue
        if is_body_line(stripped) or (seen_body and (is_list_item(stripped) or is_speaker_caption(stripped))):
            if held and not seen_body and (is_list_item(stripped) or (summary and len(held) >= 2)):
                paragraphs.extend(text for _, text in held)  # the list's first items, kept with it
            else:
                removed.extend(RemovedLine(number, text, "menu") for number, text in held)
            held = []
            paragraphs.append(stripped)
            seen_body = True
            seen_prose = seen_prose or ends_with_full_stop(stripped)
            prose_start = index if prose_start is None and seen_prose else prose_start
        elif not seen_body and not seen_dateline and raw.title is None and title is not None:
            subtitles.append(stripped)
        elif seen_body and (signed := sign_off(stripped)) is not None:
            paragraphs.append(stripped[: signed.start("on")].rstrip(" ·|,(") if signed["on"] else stripped)
            signed_on = signed_on or (_to_datetime(signed) if signed["on"] else None)
        elif seen_body and (_item_headline(lines, kinds, index, reference) or _row_among_rows(lines, kinds, index)
                            or heading_verdict(stripped, legend)
                            or _marked_field_among_fields(lines, kinds, index)
                            or (reference is not None and credited_point(stripped, reference))):
            paragraphs.append(stripped)
        elif not seen_body and is_list_item(stripped):
            if not held:
                above = next((lines[k].strip() for k in range(index - 1, -1, -1) if lines[k].strip()), "")
                summary = bool(_SUMMARY_HEADING.match(above))
            held.append((line_no, stripped))
        else:
            removed.extend(RemovedLine(number, text, "menu") for number, text in held)
            held = []
            removed.append(RemovedLine(line_no, stripped, "menu"))

    removed.extend(RemovedLine(number, text, "menu") for number, text in held)  # (a list that never led into a body)
    removed.sort(key=lambda r: r.line_no)
    if published is not None and published.date() == _EPOCH:
        published = None  # `작성일 1970-01-01 09:00`: a board's script that failed; the page may date itself elsewhere
    if first_posted is not None and published is None and updated is not None and first_posted <= updated:
        published = first_posted  # (a header that shows only the last edit)
    published = (published or marked_up or dated or chatted or signed_on or bylined or issued or filed or faxed or footer_dated or updated
                 or form_dated or as_of or essay_signed or held_on or counted_from or dispatched or addressed)  # (updated, an as-of day: a page that shows only that)
    if published is None and prose_start is not None:
        published = _yearless_day([dating[i] for i in range(prose_start) if kinds[i] not in ("section_end", "copyright")],
                                  [dating[i] for i in range(prose_start, len(dating)) if kinds[i] == "copyright"])
    if published is None and title and title[:1] in "[(【" and (opening := _TITLE_DAY.match(written_dates(title))):
        published = _to_datetime(opening)  # `[2025.11.05] 과학기술·디지털 정책 동향`: a daily brief's own day
    if published is None and title and title[:1] == "[" and (code := _TITLE_CODE.match(title)):
        published = _day_of(2000 + int(code["y"]), int(code["m"]), int(code["d"]))  # `[250626] …`: an episode's day
    if published is None and title and ("업데이트" in title or "수정" in title):
        updated = updated or _title_update_day(title)  # `… 예산표 (25.1.14 업데이트)`: the page shows only that
        published = updated
    def undated_or_read() -> bool:  # (a news page's own stamp: no need to look further)
        return published is None or top_bar is not None or unposted_head or published == dated

    header = dating[:prose_start or 0]
    page_years = _years_named(header + copyright_lines) if undated_or_read() else set()
    if published is None:
        footer_lines = {r.line_no - 1 for r in removed if r.reason == "after_footer"}  # (a list of other articles' days)
        logged = [line for i, line in enumerate(dating) if i not in footer_lines]
        published = _newest_logged(logged) or _newest_yearless_logged(logged, page_years)
    if published is None and prose_start is not None:
        published = next((day for line in header if "." in line
                          for found in _FILED_AS.finditer(line) if (day := _to_datetime(found))), None)
    now = None
    if undated_or_read():
        now = next((read for line in dating if (read := served_at(line.strip()))), None)
        if now is None:
            today = marked_today(header, page_years, _years_as_times(header))
            now = (today, False) if today else None
    if published is None or published in ((top_bar or (0, None))[1], (now or (None,))[0]):
        # the post's own relative stamp, under the top bar (not a listing's `관련 기사 · 3시간 전`, a tab's bare `오늘`)
        relative = next(((i, stamp) for i, line in enumerate(header)
                         if len(line) <= 100 and (top_bar is None or i > top_bar[0]) and not _SENTENCE_FINAL.search(line)
                         and not _OTHER_POSTS.search(line)
                         for stamp in [_RELATIVE_STAMP.search(line)] if stamp and (stamp["n"] or stamp["native"] or stamp["time"])), None)
        if now is None and top_bar is not None and relative is not None:
            now = (top_bar[1], False)  # (a site's top bar: the day it is read)
        if now is not None and relative is not None:
            published = counted_back(now, relative[1])
        elif published is None and now is not None:
            published = now[0]
    if published is None:
        published = called_today(logged) or day_by_calendar(dating) or stamped_once(header, logged)
    if published is not None and published.date() == _EPOCH:
        published = None  # `입력 1970.01.01 09:00`: a page's script that failed, showing its clock's zero
    # The deck under the headline opens the body: it is article text, and often a promise of its own.
    body = "\n\n".join(subtitles + paragraphs) if paragraphs else ""
    if raw.published_at is None and _rewritten_since(published, updated, body):
        published = updated
    if not body or not title:
        return Rejection(
            raw.source_path,
            "no_article",
            "기사 제목이나 본문 문단을 찾지 못했습니다 / no headline or body paragraph found",
        )
    if subtitles:
        extra["subtitle"] = "\n".join(subtitles)
    outlet = raw.outlet or _outlet_from(email, copyright_lines, reference)
    flags = tuple(raw.flags) + (("no_date",) if published is None else ())
    return Article(
        title=title,
        body=body,
        source_path=raw.source_path,
        source_format=raw.source_format,
        published_at=published,
        updated_at=updated,
        byline=byline,
        reporter_email=email,
        outlet=outlet,
        url=raw.url,
        source_urls=tuple(dict.fromkeys(source_urls)),
        flags=tuple(dict.fromkeys(flags)),
        extra=extra,
        removed=removed,
    )


# A letter's sign-off on its own line (`햇살숲어린이집 원장 배정화 드림`, `큰들농협 조합장 남우진 올림`): kept with
# the body, as who wrote the letter is who the plans it makes in its own voice are; maybe with the day it was
# written or its rules amended (`스시 해온 궁다인 드림 · 2026. 2. 26. 개정`), maybe after a long dash (`— 물안개 햄클럽 총무
# 갈치 드림`; not a list's `-`: `- 임대인 재산 추적 후 피해 배상`)
_SIGN_OFF = re.compile(r"\s*(?:[—―]{1,2}\s*)?(?P<who>[가-힣A-Za-z0-9(][^\n#]{1,39}?)\s+(?:드림|올림|배상|일동(?:\s*(?:드림|올림))?|(?<=위원회 )검인)\s*[.!]?"  # (not `… 손해배상`)
                       rf"(?:\s*(?:[·|,]|(?=\())\s*(?P<open>\()?\s*(?:(?:개정|작성)\s*)?(?P<on>{_DATE}{_TIME})\s*(?:개정|작성|씀)?"
                       r"\s*(?(open)\)))?\s*")


# an essay's or a column's sign-off: a long dash (not a list's `-`), the day it was written, maybe the hour's word and
# the place
_DASHED_SIGN_OFF = re.compile(rf"\s*[—―]{{1,2}}\s*{_DATE}{_TIME}\s*(?:새벽|아침|오전|낮|오후|저녁|밤)?\s*(?:,\s*[가-힣 ]{{1,12}}?(?:에서)?)?\s*")


def sign_off(line: str) -> re.Match[str] | None:
    """The letter's sign-off on this line: who signs (`who`), and the day beside it (`on`), if any."""
    if "드림" not in line and "올림" not in line and "배상" not in line and "일동" not in line and "검인" not in line:
        return None
    return _SIGN_OFF.fullmatch(line)


def signed_by(line: str) -> str | None:
    """Who signs the letter off on this line (`솔뫼농기계(주) 고객만족팀`), or None."""
    found = sign_off(line)
    return found["who"] if found else None


# A point credited to a body in brackets at its end, as trackers' cards and lists write them (`이동식 침수조 71대 배치
# (소방청, 올해 말까지 100대)`, `배터리 안전성 인증제 2월 전면 시행 (국토교통부)`)
_CREDIT_AT_END = re.compile(r".*\d.*\((?P<credit>[^()]{2,40})\)\s*")
# or to a body named first and set off by a comma, as headlines do (`성평등가족부, … 갱신제 2027년부터 도입`)
_CREDIT_FIRST = re.compile(r"\s*(?P<credit>[가-힣]{2,15}),\s.*\d.*")
_NO_POINT = re.compile(r"\W*(?:관련|사진|문의|자료|출처|첨부|참고|담당|연락처)")
_PHONE = re.compile(r"\d{2,4}-\d{3,4}-\d{4}")
_BODY_LIKE = re.compile(r"[가-힣]{1,14}(?:부|청|처|위원회|위|실)")  # what a body's name ends on, short or full


def credited_point(line: str, reference=None) -> bool:
    """Is the short line, no sentence, a point with a figure or a date credited in brackets at its end or
    to a name set first (with `reference`: a government body's)? A line alone, where a tracker's card
    shows one, with its labels and badges around it."""
    if len(line) > 120 or ends_with_full_stop(line) or _NO_POINT.match(line) or _PHONE.search(line):
        return False  # (`문의 044-201-3321 (국토교통부)`, `사진 1장 (국토교통부)`)
    found = _CREDIT_AT_END.fullmatch(line) or _CREDIT_FIRST.fullmatch(line)
    if found is None:
        return False
    names = [part.strip() for part in found["credit"].split(",")]
    if reference is None:
        return any(_BODY_LIKE.fullmatch(name) for name in names)  # (`(소방청, …)`, not `(+5.6%)` nor `(2.1MB)`)
    return any(reference.resolve_ministry(name) for name in names)


def _mark_correction_boxes(lines: list[str], kinds: list[str | None]) -> None:
    """A correction tag alone on its line (`[바로잡습니다]`) heads a notice about another article
    (`본지 4월 10일자 … 바로잡습니다.`): the lines of prose right under it, up to a blank line, are the
    notice too. Without this the notice, a full sentence above the dateline, reads as the article's
    first paragraph or its headline."""
    for index, line in enumerate(lines):
        if not _CORRECTION_BOX.match(line):
            continue
        kinds[index] = "correction_note"
        for below in range(index + 1, len(lines)):
            stripped = lines[below].strip()
            if not stripped or kinds[below] is not None or not ends_with_full_stop(stripped):
                break
            kinds[below] = "correction_note"
            if _CORRECTION_END.search(stripped):
                break  # the notice's last line: what follows may be the article's


def _item_headline(lines: list[str], kinds: list[str | None], index: int, reference) -> bool:
    """Is the line at `index` the headline of one article among several on the page (a portal's
    cluster, a roundup of clippings): right under the item's own source and date line
    (`① 청암일보 | 2026.06.16 06:01 | 사회`), above its first lines of prose?"""
    above = next((k for k in range(index - 1, -1, -1) if lines[k].strip()), None)
    below = next((k for k in range(index + 1, len(lines)) if lines[k].strip()), None)
    return above is not None and below is not None and kinds[above] == "dateline" and (
        kinds[below] is None and is_body_line(lines[below])) and _could_be_headline(lines[index].strip(), reference)


# An official's name plate on its own line (`도해련 해양수산부 어업자원정책관`) over what they said
_NAME_PLATE = re.compile(r"\s*[가-힣]{2,4}\s+(?P<body>[가-힣]{2,15})\s+[가-힣]{2,15}\s*")
_QUOTE_OPENS = re.compile(r"\s*[\"“‘'「『]")


def _name_plate(lines: list[str], index: int, reference) -> bool:
    """Is the line a name, a body and a post, with a quote opening the line under it?"""
    plate = _NAME_PLATE.fullmatch(lines[index])
    if plate is None or reference.resolve_ministry(plate["body"]) is None:
        return False
    said = next((line for line in lines[index + 1:] if line.strip()), "")
    return _QUOTE_OPENS.match(said) is not None


def _row_in_table(lines: list[str], kinds: list[str | None], index: int) -> bool:
    """Is the short line at `index`, read as a menu bar, a row of a table in the article: as many cells
    (three or more) as a row beside it that is no furniture, and a figure or a date of its own (a
    header's labels, `약속(부처) | 처음 기한 | 결과 | 판정`, have none)?"""
    return _DIGITS.search(lines[index]) is not None and _row_among_rows(lines, kinds, index)


def _row_among_rows(lines: list[str], kinds: list[str | None], index: int) -> bool:
    """Is the line at `index` a row of a table in the article (`법인 기부 허용(행안부) | 2026년 | 철회 | 무산`):
    three cells or more between bars, beside a line of as many cells that is no furniture? A short
    row reads as a menu bar alone; among its table's rows it is the table's."""
    cells = row_cell_count(lines[index])
    return cells >= 3 and _beside_alike(lines, kinds, index, lambda line: row_cell_count(line) == cells)


def _beside_alike(lines: list[str], kinds: list[str | None], index: int, alike) -> bool:
    """Is the line right above or below `index` (not blank) no furniture and `alike`: one more row of
    the same table, one more line of the same summary?"""
    return any(kinds[k] is None and alike(lines[k]) for k in (index - 1, index + 1)
               if 0 <= k < len(lines) and lines[k].strip())


def _same_state(line: str, other: str) -> bool:
    """Do two lines end on the same word that is no figure (`음성 통화 🟢 정상`, `고객센터 ARS 🟢 정상`), as
    the rows of a list of states do?"""
    words, others = line.split(), other.split()
    return len(words) >= 2 and len(others) >= 2 and words[-1] == others[-1] and not _DIGITS.search(words[-1])


# A promise tracker's verdict (a row's last cell, `약속(부처) | 처음 기한 | 결과 | 판정`, or a summary line's
# label, `✖ 무산: …`), in the words Korean trackers use, spaces taken out
VERDICTS = {
    **dict.fromkeys(("이행", "완료", "달성", "이행완료", "지연이행"), "achieved"),
    **dict.fromkeys(("진행", "진행중", "추진중", "정상추진", "일부이행", "부분이행", "순항", "이행중"), "progress"),
    **dict.fromkeys(("변경", "수정", "조정", "축소", "하향"), "revision"),
    **dict.fromkeys(("지연", "연기", "보류", "미이행", "미달", "차질"), "delayed"),
    **dict.fromkeys(("무산", "폐기", "철회", "파기", "중단", "취소", "백지화"), "cancelled"),
    # (a tracker's promises made since its last issue, `[새 약속] …`, or with no news since: `○ 발표만`)
    **dict.fromkeys(("새약속", "발표만", "약속만"), "new"),
}
# A tracker's summary line under a mark and its verdict (`✅ 이행: 진료비 게시(1월) · …`, `[무산] 면허제(7월 철회)`),
# or the verdict a wiki's talk page moves items to (`:* 무산으로: 정당 현수막 제한 · …`)
_VERDICT_LABEL = re.compile(r"\s*(?:[^\w\s\[【<]{1,3}\s*(?P<verdict>[가-힣]{2,5}?|[가-힣]{1,4}\s[가-힣]{1,3})(?:으로|로)?\s*[:：]"
                            r"|[^\w\s\[【<]{0,3}\s*[\[【<]\s*(?P<bracketed>[가-힣]{1,4}(?:\s[가-힣]{1,3})?)\s*[\]】>]\s*[:：]?)\s*")


def verdict_label(line: str) -> re.Match[str] | None:
    """The mark and verdict opening a tracker's summary line (its `verdict`), or None."""
    label = _VERDICT_LABEL.match(line)
    if label is None or verdict_of(label) is None:
        return None
    return label


# A tracker's section heading that says what became of the promises listed under it (`🏆 개근상 — 약속한 때에 지킨
# 약속`, `■ 미뤄진 공약`, `⌛ 기다림상 — 기한을 넘긴 약속`): the verdict the words right before `약속` give
_HEADING_VERDICT = re.compile(
    r"(?:(?P<delayed>(?:지키지|지켜지지|이행하지|이행되지|이루지)\s*(?:못한|않은)|(?:못|안)\s*(?:지킨|이룬|지켜진)|못다\s*이룬"
    r"|넘긴|미뤄진|미룬|늦어진|지연된|연기된|밀린)"
    r"|(?P<cancelled>없던\s*일이\s*된|무산된|철회된|취소된|폐기된|백지화된|접은|사라진|중단된)"
    r"|(?P<revision>바뀐|변경된|수정된|조정된|달라진|축소된|바꾼)"
    r"|(?P<progress>(?:진행|추진|이행|가는|나아가는)\s*중인|진행되는|추진되는)"
    r"|(?P<achieved>지킨|지켜진|이행된|완료된|달성한|달성된|이룬|이뤄진|실현된|마친)"
    r"|(?P<new>새로\s*(?:나온|생긴|내놓은|더한)|새로운|새|추가된))"
    r"\s*(?:약속|공약)(?:들)?\s*(?:\(\s*\d+\s*[개건]?\s*\))?\s*$")


def heading_verdict(line: str, legend: dict[str, str] | None = None) -> str | None:
    """The kind a tracker's section heading gives the items under it (`… 늦었지만 지킨 약속`: achieved, or a name
    of its own its legend explains: `[결제 완료 ✔]`), or None for any other line."""
    if legend and len(line) <= 30 and (kind := legend.get(" ".join(_NOT_A_WORD.sub(" ", line).split()))):
        return kind
    if len(line) > 50 or ("약속" not in line and "공약" not in line) or ends_with_full_stop(line):
        return None
    found = _HEADING_VERDICT.search(line)
    return next(kind for kind, words in found.groupdict().items() if words) if found else None


# A tracker's legend for section names of its own (`결제 완료는 이행, 배송 중은 진행 중, 주문 변경은 목표나 기한이 바뀐
# 약속, …`): each name, then what it stands for, a verdict or a heading's words (`기한을 넘긴 약속`)
_LEGEND_ENTRY = re.compile(r"\s*(?P<name>[가-힣A-Za-z0-9][가-힣A-Za-z0-9 ]{1,11}?)[은는]\s+(?P<meaning>[^,]{2,30}?)"
                           r"\s*(?:입니다|이에요|예요|이고|이다)?\s*\.?\s*")
_NOT_A_WORD = re.compile(r"[^\w\s]|_")


def legend_entries(sentence: str) -> dict[str, str]:
    """The names a sentence explains as verdicts (`결제 완료는 이행, 배송 중은 진행 중, …`), each with its kind."""
    return {" ".join(entry["name"].split()): kind for piece in sentence.split(",")
            for entry in [_LEGEND_ENTRY.fullmatch(piece)] if entry
            for kind in [VERDICTS.get(entry["meaning"].replace(" ", "")) or heading_verdict(entry["meaning"])] if kind}


def heading_legend(text: str) -> dict[str, str]:
    """The verdict each of a tracker's own section names stands for, as a sentence of its legend says (three
    names or more, two of them the text's own short heading lines, `[결제 완료 ✔]`: not a status told place by
    place, `대구는 완료, 부산은 진행 중, 광주는 연기입니다`), or {} when the text gives none."""
    lines = text.split("\n")
    headings = None
    for line in lines:
        if line.count(",") < 2 or len(line) > 800:
            continue
        for sentence in re.split(r"(?<=[.!?])\s+", line):
            legend = legend_entries(sentence)
            if len(legend) < 3:
                continue
            if headings is None:
                headings = {" ".join(_NOT_A_WORD.sub(" ", other).split()) for other in lines if 0 < len(other) <= 30}
            if len(legend.keys() & headings) >= 2:
                return legend
    return {}


def mark_legend(text: str) -> dict[str, str]:
    """The verdict each mark of a tracker's legend stands for (`● 종착 (이행) · ◐ 운행 중 (진행) · ⏸ 지연 운행
    (지연)`, `✅ 이행 ⏳ 진행 중 ❌ 무산`): three marks or more on one line, each with a verdict or a name and its
    verdict in brackets, two of them opening other lines of the page; failing that, a legend set down line by line
    (`_legend_down`); {} when the page gives none."""
    lines = text.split("\n")
    for line in lines:
        if len(line) > 300:
            continue
        legend = {}
        for entry in _MARK_ENTRY.finditer(line):
            if kind := entry["meaning"] and _meant(entry["meaning"]) or _meant(entry["name"]):
                legend[entry["mark"]] = kind
        if len(legend) < 3 and "[" in line:
            legend = {entry["label"]: kind for entry in _LABEL_ENTRY.finditer(line) if (kind := _meant(entry["meaning"]))}
        if len(legend) >= 3 and sum(1 for other in lines if other is not line and marked_by(other, legend)) >= 2:
            return legend
    return _legend_down(lines)


def _legend_down(lines: list[str]) -> dict[str, str]:
    """A legend set down line by line, each a bullet, a bracketed label and the sentence saying what it means (`·
    [거래 정지] 기한을 넘겼거나 정부가 기한을 뒤로 미뤘습니다.`): three such lines in a row under a legend's heading
    (`■ 시세판 읽는 법`), or four verdicts or more where the cleaner left no heading, and two other lines of the page
    opening on their labels; {} when the page gives none (a digest's topic tags, `· [교통] 광역버스 증차 계획이 내년으로
    미뤄졌습니다.`, `· [복지] …`, `· [환경] …`, are news under no legend's heading, and seldom four verdicts apart)."""
    run: dict[str, str] = {}
    above: list[str] = []  # (the heading, and a line or two of introduction under it)
    for line in [line for line in lines if line.strip()] + [""]:  # (a body's paragraphs stand a blank line apart)
        entry = _LEGEND_LINE.match(line) if "[" in line else None
        if entry is not None and (kind := legend_line_kind(entry)):
            run[entry["label"]] = kind
            continue
        if len(run) >= 3 and (len(set(run.values())) >= 4 or any(
                len(heading) <= 40 and _LEGEND_HEADING.search(heading) for heading in above[-3:])) and (
                sum(1 for other in lines if marked_by(other, run)) >= 2):
            return run
        run = {}
        above.append(line)
    return {}


# a legend's heading (`■ 시세판 읽는 법`, `[범례]`, `판정 기준`, `표시의 뜻`)
_LEGEND_HEADING = re.compile(r"읽는\s*법|보는\s*법|범례|판정\s*기준|평가\s*기준|등급|표시|뜻|기호")


def legend_line_kind(entry: re.Match[str]) -> str | None:
    """The verdict a legend's line gives its label (`약속이 이행됐습니다.`: achieved), or None."""
    meaning = entry["meaning"].strip()
    if kind := _meant(meaning.rstrip(".")):
        return kind
    said = _STATED_STATE.search(re.split(r"[.!?]\s", meaning, maxsplit=1)[0])
    return next(kind for kind, word in said.groupdict().items() if word) if said else None


def legend_line(line: str, legend: dict[str, str]) -> bool:
    """Is the line one of a legend set down line by line, its label's meaning (not a row under the label)?"""
    entry = _LEGEND_LINE.match(line) if legend and "[" in line else None
    return entry is not None and legend.get(entry["label"]) is not None and legend_line_kind(entry) == legend[entry["label"]]


def marked_by(line: str, legend: dict[str, str]) -> str | None:
    """The legend's mark or bracketed label opening the line (`● …`, `[재검] …`), maybe after the row's number
    or place on a board (`[1-3] ● …`, `12. ● …`), or None."""
    opening = line.lstrip()
    if opening and (index := _ROW_INDEX.match(opening)):
        opening = opening[index.end():]
    return next((mark for mark in legend if opening.startswith(mark)), None) if opening else None


# a row's number or its place on a board, before its mark (`[1-3]`, `[B2]`, `12.`, `(3)`, `3)`)
_ROW_INDEX = re.compile(r"(?:\[[A-Za-z]?\d{1,3}(?:[-–.]\d{1,3})?\]|\(?\d{1,3}[.)])\s*(?=\S)")


def _meant(meaning: str) -> str | None:
    """The verdict a legend's words give (`이행`, `진행 중`, `늦어짐`, `목표나 방식이 바뀜`, `새로 생긴 약속`)."""
    compact = meaning.replace(" ", "")
    if kind := VERDICTS.get(compact) or VERDICTS.get(compact.replace("중", "")) or heading_verdict(meaning.strip()):
        return kind
    said = _SAID_STATE.search(meaning)
    return next(kind for kind, word in said.groupdict().items() if word) if said else None


# a legend's entry: a mark, its name, maybe its verdict in brackets (`◐ 운행 중 (진행)`, `❌ 무산`)
_MARK_ENTRY = re.compile(r"(?P<mark>[^\w\s()\[\]·,|:/~\-–—.'\"“”‘’])\ufe0f?\s*(?P<name>[가-힣]{1,6}(?: [가-힣]{1,4})?)"
                         r"(?:\s*\((?P<meaning>[가-힣 ]{1,6})\))?")


# a legend's bracketed label and what it means, up to the next entry (`[정상] 이행 · [재검] 늦어짐 · [처방 변경] 목표나
# 방식이 바뀜`)
_BRACKETED_LABEL = r"\[[가-힣]{1,4}(?: [가-힣]{1,4})?\]"  # (`[정상]`, `[처방 변경]`)
_LABEL_ENTRY = re.compile(rf"(?P<label>{_BRACKETED_LABEL})\s*(?P<meaning>[^\[\]·|/]{{1,20}}?)\s*(?=[·|/]|\[|$)")
# a legend's line set down alone: a bullet, a bracketed label, what it means (`· [상승] 일이 진행 중이고, …`)
_LEGEND_LINE = re.compile(rf"\s*[·•∙▪◦\-*]\s*(?P<label>{_BRACKETED_LABEL})\s*(?P<meaning>[^\[\]\d]{{2,80}})$")
# the state a legend's sentence says of the promises under its label (`약속이 이행됐습니다`, `기한을 넘겼거나 …
# 미뤘습니다`, `정부가 접었습니다`, `올해 새로 나온 약속입니다`), its first predicate's
_STATED_STATE = re.compile(
    r"(?P<achieved>(?:이행|완료|달성)(?:됐|되었)|지켜졌|이뤄졌|이루어졌)|(?P<progress>(?:진행|추진)\s*중)"
    r"|(?P<revision>고쳤|바꿨|바꾸었|바뀌었|달라졌|(?:변경|수정|조정)(?:했|됐|되었))"
    r"|(?P<delayed>미뤘|미루었|미뤄졌|늦어졌|늦췄|(?:기한|시한|마감)[을를]?\s*넘겼|(?:연기|지연)(?:했|됐|되었))"
    r"|(?P<cancelled>접었|(?:취소|철회|폐기|중단)(?:했|됐|되었)|무산됐|없던 일)|(?P<new>새로\s*(?:나온|생긴|내놓은|발표한|발표된))")
# a state said by a noun form of its verb, as a legend or a table says it (`늦어짐`, `바뀜`, `무산됨`)
_SAID_STATE = re.compile(r"(?:(?P<delayed>늦어짐|늦춰짐|미뤄짐|밀림|지연됨|연기됨)|(?P<revision>바뀜|달라짐|변경됨|수정됨|조정됨)"
                         r"|(?P<cancelled>무산됨|취소됨|철회됨|중단됨|폐기됨|없어짐)|(?P<achieved>지켜짐|이뤄짐|이행됨|완료됨|달성됨)"
                         r"|(?P<progress>진행됨|추진됨))(?=\s*$)")


def verdict_of(label: re.Match[str]) -> str | None:
    """The kind a verdict label says (`[진행 중]` as `진행중`), or None."""
    return VERDICTS.get((label["verdict"] or label["bracketed"]).replace(" ", ""))


def _marked_field_among_fields(lines: list[str], kinds: list[str | None], index: int) -> bool:
    """Is the line one of a tracker's summary lines, beside another that is no furniture? A short one
    reads as a menu line alone."""
    return verdict_label(lines[index]) is not None and _beside_alike(
        lines, kinds, index, lambda line: verdict_label(line) is not None)


def row_cell_count(line: str) -> int:
    """How many cells a row of a table set out on one line has (`a | b | c`, `| a | b | c |`); 0 when
    one is blank or there is no bar."""
    cells = [cell.strip() for cell in re.split(r"[|│]", line.strip().strip("|│"))]
    return len(cells) if len(cells) > 1 and all(cells) else 0


def _could_be_headline(line: str, reference) -> bool:
    """Not the site's masthead ("아침경제") and long enough to say something."""
    if not _HANGUL.search(line) or len(line) < 8:
        return False
    if reference is not None and reference.outlet_by_name(line) is not None:
        return False
    if _SECTION_LABEL.fullmatch(line.strip()):
        return False  # `[브리핑] 세금`, `[단독]`: the section or series above the headline
    return True


# A bracketed tag with at most two short words after it.
_SECTION_LABEL = re.compile(r"[\[【<]\s*[^\]】>]{1,12}\s*[\]】>](?:\s*[가-힣A-Za-z·]{1,8}){0,2}")


def _outlet_from(email: str | None, copyright_lines: list[str], reference) -> str | None:
    if reference is None:
        return None
    if email:
        outlet = reference.outlet_for_domain(email.rsplit("@", 1)[-1])
        if outlet:
            return outlet
    for line in copyright_lines:
        for outlet in reference.outlets:
            if any(name and name in line for name in (outlet.name, *outlet.aliases)):
                return outlet.name
    return None
