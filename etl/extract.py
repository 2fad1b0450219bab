"""Commitments and follow-ups from analysed sentences: cues, targets, deadlines, actors.

A sentence becomes a mention when a cue says the government commits itself (graded: decided
`-기로 했다`, planned `계획·방침·구상·목표`, volition `-겠-`, advocacy `-어야 한다`, a
prediction voiced by an official) or reports what became of a commitment (`달성·완료·개시`,
`지연·연기·차질`, `무산·철회·백지화`, `앞당기·늦추`), and it names something trackable: a
target number or a deadline. A headline counts when it carries a number and an action
with a time or a named minister or ministry (`GPU 3만장 확보…2년 내`).

Cues are matched on Kiwi's morphemes, not on the surface, so `확보키로`, `확보하기로` and
`확보하기로 했다` are one cue, and `4대 과학기술원` is not a number. A follow-up cue counts only
when its predicate is realised (past tense or a headline's noun ending); the same verb in a plan
(`완료할 계획`) makes a commitment instead. Negation is read on the cue's own predicate
(`이행하지 못했다` is a delay; `차질 없이 이행` is no delay), and a cue inside a hypothetical
(`차질이 있을 것이란 우려`, `…하면`) is ignored.
"""

from __future__ import annotations

import calendar
import dataclasses
import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Sequence

from babel import Locale

from . import deadlines, quantities
from .clean import (AS_OF_STAMP, CHAT_TURN, NAMED_TURN, RECORDED_TURN, SPEAKER_CAPTION, OWN_HEADING, VERDICTS, ends_with_full_stop, marked_by, is_list_item,
                    heading_legend, heading_verdict, legend_entries, legend_line, logged_days, mark_legend, row_cell_count, signed_by, speaker_heading, verdict_label, verdict_of)
from .model import Article, Mention
from .nlp import Sentence

COMMITMENT_NOUNS = {
    "계획": "planned", "방침": "planned", "구상": "planned", "목표": "planned", "예정": "decided",
    "전략": "planned", "로드맵": "planned", "방안": "planned", "비전": "planned",
}
DECISION_NOUNS = {"결정", "확정", "합의", "의결"}
PLAN_NOUNS = {"추진", "예고", "약속", "공약", "다짐"}
PREDICTION_WORDS = {"예상", "전망", "관측", "예측", "보이", "내다보", "추산", "추정"}
ANNOUNCE_WORDS = {"발표", "밝히", "공개", "내놓", "제시", "소개", "설명", "보고"}

FOLLOW_UP_CUES = {
    # achieved
    "달성": "achieved", "완료": "achieved", "마무리": "achieved", "개시": "achieved", "출범": "achieved",
    "시행": "achieved", "가동": "achieved", "준공": "achieved", "개소": "achieved", "통과": "achieved",
    "도착": "achieved", "발효": "achieved", "이행": "achieved", "공포": "achieved", "폐지": "achieved",
    "완비": "achieved",  # `긴급돌봄센터 17개 시도 완비`: provided everywhere it was to be
    "개통": "achieved", "개관": "achieved", "개장": "achieved",  # opened: as deeds only (not `개통 목표`)
    "고시": "achieved", "제정": "achieved",  # a rule or standard issued (`안전 기준은 12월 KS로 고시됐다`)
    "적용": "achieved",  # `개정 세법은 올해 신청분부터 적용됐다`: in force
    # delayed
    "지연": "delayed", "차질": "delayed", "연기": "delayed", "순연": "delayed", "보류": "delayed",
    "유찰": "delayed", "미루": "delayed", "늦어지": "delayed", "늦추": "delayed", "표류": "delayed",
    "난항": "delayed", "미달": "delayed", "실패": "delayed", "제자리": "delayed", "답보": "delayed",
    "유예": "delayed",  # `의무화 시점을 2027년 1월로 유예했다`: put off, by decision
    "불투명": "delayed", "지지부진": "delayed", "공전": "delayed", "지키": "achieved", "성공": "achieved",
    # cancelled
    "무산": "cancelled", "백지": "cancelled", "철회": "cancelled", "취소": "cancelled", "폐기": "cancelled",
    "중단": "cancelled", "포기": "cancelled", "접": "cancelled", "접히": "cancelled", "좌초": "cancelled",
    "되돌아가": "cancelled",  # a change of course gone back on (not `되돌려 받은 돈`: money paid back)
    "거둬들이": "cancelled", "거두어들이": "cancelled",  # `…하겠다던 방침을 거둬들였다`: a plan withdrawn
    # revision
    "앞당기": "revision", "당기": "revision", "상향": "revision", "하향": "revision", "늘리": "revision", "변경": "revision",
    "조정": "revision", "수정": "revision", "축소": "revision", "늘어나": "revision", "줄어들": "revision",
    # progress
    "착수": "progress", "선정": "progress", "체결": "progress", "계약": "progress", "공고": "progress",
    "구매": "progress", "배분": "progress", "착공": "progress", "들여오": "progress", "공급": "progress",
    "확보": "progress", "모집": "progress", "접수": "progress", "입찰": "progress", "편성": "progress",
    "반영": "progress", "출시": "achieved", "지원": "progress", "투입": "progress", "할당": "progress",
    "진행": "progress", "심사": "progress", "평가": "progress", "구축": "progress", "설치": "progress",
    "제출": "progress", "개최": "progress", "발족": "progress", "신설": "progress", "꾸리": "progress",
    "공모": "progress", "마치": "achieved", "끝나": "achieved", "끝내": "achieved", "완화": "revision", "빨라지": "revision", "산정": "achieved",
    "집행": "progress", "타결": "achieved", "완공": "achieved", "줄이": "revision", "채용": "progress",
    "무소식": "delayed", "멈추": "delayed", "늦춰지": "delayed",  # (Kiwi reads `늦춰졌다` as one verb)
    "깎이": "revision", "삭감": "revision",
    "보급": "progress", "배치": "progress", "지급": "progress", "교체": "progress",  # as deeds only (_DEEDS_AS_VERBS)
    "실시": "progress",
    "순항": "progress",  # `…내년 시행 순항`, `협상이 순항하고 있다`: on course
    # clearing away (`야적 퇴비 3,000여 개를 6월 말까지 모두 치웠다`; not the nouns 수거, 철거, which
    # name trades and costs as often as deeds: `철거 업체`, `철거와 원상복구에 580만 원`)
    "치우": "progress",
}
# Words as common for a programme as for its deed (`보급 사업`, `보급이 더디다`, `지급된 비율`): a cue
# only as a verb told as done or going on (`5,200대가 보급됐다`, `300곳에 지급됐다`)
# reviews a plan passes on its way (`예비타당성 조사를 통과했다`), unlike a law through the Assembly
_REVIEWS_PASSED = {"예타", "타당성", "적정성", "적정"}  # (Kiwi: 예비/타당성, 적정/성; not `심의`: a law through the Cabinet)
_DEEDS_AS_VERBS = {"보급", "배치", "지급", "교체", "실시", "개통", "개관", "개장"}
# Raising or lowering is a change of plan only when what moves is the target (`수거 목표를 15만 톤으로
# 높여 잡았다`); `비율을 높였다` is a result.
TARGET_MOVES = {"높이": "revision", "낮추": "revision", "끌어올리": "revision", "올리": "revision", "내리": "revision"}
_RATE_CHANGES = {"인하", "인상"}  # (Kiwi: 인하/NNG 하/XSV) a rate cut or raised by an amount, see _by_figure


def _ends_its_sentence(tokens, k: int) -> bool:
    """Is the verb at `k` the sentence's own predicate, or what it reports (`…의무화했다`, `…의무화했다고
    밝혔다`), not a clause joined to another (`유럽연합은 이미 의무화했지만 국토부는 …`)?"""
    j = k + 1
    while j < len(tokens) and tokens[j].tag == "EP":
        j += 1
    return j < len(tokens) and (tokens[j].tag == "EF" or (tokens[j].tag == "EC" and tokens[j].form.endswith(("다고", "라고"))))
KIND_RANK = {"cancelled": 5, "delayed": 4, "achieved": 3, "revision": 2, "progress": 1}
# Follow-ups that need a realised predicate; "progress" verbs in a plan are just the plan.
ACTION_NOUNS = (
    "확보", "구축", "도입", "발표", "공급", "지원", "설립", "조성", "육성", "구매", "개소", "착공", "준공", "출범",
    "시행", "제출", "인하", "폐지", "선정", "개정", "마련", "신설", "개통", "출시", "달성", "완료", "개시", "배분",
    "투입", "유치", "창출", "감축", "전환", "개편", "확대", "인상", "지급", "가동", "개항", "운항", "완공", "개관",
    "배치", "보급", "설치", "채용", "양성", "확충", "증원", "배정", "건립", "건설",
    "수립", "지정", "개설", "정비", "발굴", "단축", "완화", "개선", "적용", "점검", "단속", "강화", "실시", "확정", "발행",
    "공개", "차단", "운영",
)
# Deeds of tax and law that close a headline point (`2028년부터 물려받은 만큼 과세`); elsewhere in one
# they name what is counted (`통행료 면제 차량 2300만 대`, `세액 감면 4조 원 돌파`)
CLOSING_DEEDS = ("과세", "감면", "면제", "연장", "상향", "하향", "이관", "통합", "개방")
PAST_TENSE = ("었", "았", "였", "ᆻ")  # the past-tense 선어말어미 as Kiwi tags them (EP)
NEGATIONS = {("않", "VX"), ("못", "MAG"), ("안", "MAG"), ("없", "VA"), ("못하", "VX"), ("아니", "VCN")}
TITLES = ("부총리", "장관", "차관", "제1차관", "제2차관", "위원장", "부위원장", "상근부위원장", "실장", "국장", "정책관",
          "청장", "처장", "차장", "총리", "대통령", "대행", "비서관", "수석", "원장", "의장", "정책위의장", "후보자",
          "기획관", "심의관", "단장", "과장", "팀장", "대변인", "협력관", "지원관", "조정관", "감사관", "본부장",
          "통제관", "관리관", "사무관", "서기관", "주무관", "연구관")
GOVERNMENT_WORDS = {"정부", "당국", "당정", "국회", "국무회의", "대통령실", "위원회", "부처", "관계부처"}
STOP_NOUNS = {
    "정부", "장관", "차관", "부총리", "위원장", "계획", "방침", "구상", "목표", "예정", "올해", "내년", "연내", "상반기",
    "하반기", "이번", "지난", "관계자", "관련", "이날", "당시", "때문", "경우", "이후", "이상", "이하", "규모", "수준",
    "가운데", "방안", "추진", "발표", "설명", "강조", "기자", "간담회", "전망", "예상", "정도", "최대", "최소", "분기",
    "연말", "연초", "내외", "이달", "다음", "오는", "당초", "기존", "현재", "향후", "앞", "뒤", "안", "내", "중", "말", "초",
    # a day said relative to the article's date names a different year in every article
    "지난해", "작년", "금년", "전년", "지난달", "이번달", "지난주", "최근", "지금", "그동안",
    "인터뷰",
    # local government carries out every ministry's promises: an actor, like a ministry, not a subject
    "지자체",
}
# Nouns of one syllable that name what a promise is about (`모바일 앱`, `섬 주민`); the others of one
# syllable (`안`, `때`, `전`) say nothing to link by, and some that do are left out: the ambiguous
# (`배` ship or double, `소`, `길`) and 쌀, the whole subject of a rice story, which then joins its
# several promises (j's linking precision 0.812 → 0.765 with it).
THINGS = {"앱", "섬", "약", "땅", "집", "숲", "빚", "법", "빵", "닭", "꿀"}
# A sentence opening with these goes on with the previous sentence's speaker.
CONTINUATIONS = {"그러면서", "이어", "이어서", "또", "또한", "아울러", "특히", "다만", "그러나", "하지만", "이와", "그는"}
SAME_SPEAKER = {"그러면서", "이어", "이어서", "그는"}  # (the others may open another body's news)
_OPENING_QUOTES = "\"“'‘「『"
_CLOSING_QUOTES = "\"”'’」』"
_SPEECH_OPEN = re.compile(f"[{re.escape(_OPENING_QUOTES)}]")
_PERSON_NAME = re.compile(r"^[가-힣]{2,4}$")


@dataclass
class _Cue:
    index: int
    label: str  # a kind (progress … cancelled) or a strength (decided … prediction)
    word: str
    realised: bool = False
    negated: bool = False
    hypothetical: bool = False
    quoted: bool = False
    recalled: bool = False  # inside a clause that recalls an earlier promise (`짓기로 한 충전소`)
    recall_end: int | None = None  # on that promise's own cue: where its clause ends (`던`, `ㄴ`, `지만`)


def extract_mentions(articles: Sequence[Article], analysed: Sequence[list[Sentence]], reference) -> list[Mention]:
    """Every mention in a batch of articles, given their analysis (`nlp.analyse`, one Kiwi pass)."""
    mentions: list[Mention] = []
    for article, sentences in zip(articles, analysed):
        mentions.extend(mentions_in(article, sentences, reference))
    return mentions


def mentions_in(article: Article, sentences: list[Sentence], reference) -> list[Mention]:
    dct = article.dct
    if "위원회" in article.body or "위원회" in article.title:  # (the one word the pass looks for)
        sentences = _committees_named_back(sentences, reference, dct)
    actors = _ActorTracker(reference, dct)
    actors.contributed = bool(_CONTRIBUTION.match(article.title or ""))
    body = article.body
    headings = list(_SECTION_HEADING.finditer(body))  # (a roundup's or a page's sections: `■ …`)
    actors.section_paragraphs = [body.count("\n\n", 0, h.start()) for h in headings]
    turns = [None if sentence.in_title else interview_turn(body, sentence.start) for sentence in sentences]
    if turns.count("Q") >= 2 and "A" not in turns:
        turns = _answers(turns, sentences)
    if "Q" not in turns or "A" not in turns:
        turns = [None] * len(sentences)
    states = [actors.read(sentence, None if sentence.in_title else body.count("\n\n", 0, sentence.start), turn)
              for sentence, turn in zip(sentences, turns)]
    lead_ministry = _lead_ministry(sentences, actors)
    _said_thus(sentences, states, actors)
    # What the article is about, for sentences with no cue of their own: only a clear topic (two
    # cues), as one `예산` or `중소기업` in a story on pensions or drones does not make it one.
    opening = article.title + " " + article.body[:400]
    article_category = reference.category_for(opening, at_least=2)
    if article_category != "other" and reference.named_by_weak_cues_only(opening, article_category):
        # `[예산안 쉽게 읽기] 약속 따라 돈이 움직였나`: a budget series on five programmes is about them
        # (a headline's one topic that runs through the body, `_headline_topic`, may still be one)
        article_category = "other"
    if article_category == "other":
        article_category = _headline_topic(article.title, article.body, reference)
    if article_category != "other" and not _holds_through(article_category, article.title, body, reference):
        article_category = "other"
    sections = _section_topics(body, reference, headings)
    # A section with no subject of its own keeps the headline's, unless other sections are on
    # other subjects: a roundup of several (`■ 방폐물`, `■ IP 금융`, `■ 의약품`) is about none of them.
    headline_named = article_category != "other" and (
        set(reference.topic_scores(article.title)) == {article_category}
        and {topic for _, topic in sections} <= {article_category, "other"})
    found: list[Mention] = []
    signed = _signers(body)
    by_government = any(_government_signer(who, reference) for who in signed)
    # a letter signed by no government body (a firm's team, a daycare's head, a co-op's chair): what it says it will
    # do with no body named is its own plan, not a promise; a ministry's letter says `저희` of itself
    own_voice = bool(signed) and not by_government
    own_sections = [] if by_government else _own_sections(body, reference, headings)
    heading = None  # the verdict of a tracker's section heading over the list items that follow (`… 기한을 넘긴 약속`)
    legend = heading_legend(body)  # (a tracker's own section names and what each stands for: `결제 완료는 이행, …`)
    marks = mark_legend(body) if "(" in body or "이행" in body or "[" in body else {}  # (`● 종착 (이행)`, `[재검] 늦어짐`)
    graded = ("약속" in body or "공약" in body) and sum(
        1 for paragraph in body.split("\n\n") if heading_verdict(paragraph.strip(), legend)) >= 2  # (its sections)
    logged = logged_days(body, article.dct)  # (a log's rows, each as of its own day)
    official_quoted = False  # (the last official named was quoted: their words are inside the quote marks)
    read_last = None  # the state the sentence before left (`speakers_turns` reads a sentence's parts on from it)
    for sentence, state, turn in zip(sentences, states, turns):
        before, read_last = read_last, state
        dct = next((day for start, end, day in logged if start <= sentence.start < end), article.dct) if (
            logged and not sentence.in_title) else article.dct
        if not sentence.in_title:
            if verdict := heading_verdict(sentence.text, legend):
                heading = (verdict, sentence.text) if graded else None
                continue  # (a heading reports nothing itself)
            if legend and sentence.text.count(",") >= 2 and legend_entries(sentence.text).keys() == legend.keys():
                continue  # (the legend itself: what the page's names mean)
            if heading is not None and (not is_list_item(sentence.text) or ends_with_full_stop(sentence.text)
                                        or _MID_HEADING.match(sentence.text) or verdict_label(sentence.text)):
                heading = None  # (prose, or the next heading: `■ 심사위원 한마디`, a verdict's own line: `✅ 이행: …`)
        if turn == "Q" or sentence.start in actors.outsiders_say:
            # the interviewer's question, a lawmaker's turn in minutes (`◯맹주완 위원 …`), a member's line in
            # a call's chat: the official's answer is the news, not what they recall, demand or promise themselves
            continue
        actors.restore(state)
        if actors.current is not None:
            official_quoted = _QUOTED_SPEECH.search(sentence.text) is not None
        if turn is None and (_writers_own_plan(sentence) or _served_to_reader(sentence)) and (
                not actors.official_near() or (actors.current is None and official_quoted)):
            # `저희는 … 자체 구축하겠습니다`: the page's writer (a firm, a festival) on its own plans; after an official
            # quoted (`… 과장은 "…"고 했습니다. 저희는 3동을 다시 지을 생각입니다`), whose own words were in the quote
            continue
        actors.unheard = (own_voice or any(start <= sentence.start < end for start, end in own_sections)) and (
            not _names_government(sentence))
        if sections and not sentence.in_title and sentence.start >= sections[0][0]:
            # a roundup's section is about its own subject, not the lead's; one with no clear
            # subject of its own keeps the one the headline names for the whole article
            topic = next(topic for start, topic in reversed(sections) if start <= sentence.start)
            category = topic if topic != "other" else (article_category if headline_named else "other")
        else:
            category = article_category
        if not sentence.in_title and (verdict := scorecard_verdict(sentence.text)) and _among_rows(body, sentence):
            found.extend(filter(None, [_scorecard_row(article, sentence, verdict, reference, category, dct)]))
            continue
        if marks and not sentence.in_title and legend_line(sentence.text, marks):
            continue  # (a legend set down line by line: `· [거래 정지] 기한을 넘겼거나 … 미뤘습니다.`)
        if marks and not sentence.in_title and (mark := marked_by(sentence.text, marks)) and not verdict_label(sentence.text):
            if sum(1 for m in marks if m in sentence.text) >= 3:
                continue  # (the legend itself)
            row = sentence.text[sentence.text.index(mark) + len(mark):]  # (after a board's `[1-3]`)
            if any(ch.isdigit() for ch in row) or _BODY_NAMED.search(row):
                # a row under its legend's mark (`● 한옥 수리비 지원 한도 5,000만 원 — 2025년 7월 시행 (국토부)`)
                found.append(_verdict_report(article, sentence, marks[mark], mark, reference, category, dct))
                continue
        if heading is not None and (any(ch.isdigit() for ch in sentence.text) or _BODY_NAMED.search(sentence.text)):
            # an item with a figure or a date, or credited to a body (`· 시민용 탐지 앱 — … 출시 철회 (경찰청)`)
            found.append(_verdict_report(article, sentence, heading[0], heading[1], reference, category, dct))
            continue
        verdict, reports = verdict_points(sentence, body)
        if verdict is not None:
            label = sentence.text[: reports[0].start - sentence.start].strip(" :：")
            found.extend(_verdict_report(article, point, verdict, label, reference, category, dct) for point in reports)
            continue
        if turns_of_speakers := speakers_turns(sentence):
            # `A 과장은 "…올리겠다"고 했고, B 과장은 "…마치겠다"고 했다`: each official's own promise, the parts read
            # in turn from where the sentence before left off (the second one's `박 차관도` after the first's body)
            actors.restore(before if before is not None else state)
            for part in turns_of_speakers:
                actors.restore(actors.read(part, body.count("\n\n", 0, sentence.start), turn))
                found.extend(filter(None, [_mention(article, part, reference, actors, lead_ministry, category, dct)]))
            continue
        mention = _mention(article, sentence, reference, actors, lead_ministry, category, dct)
        points = []
        split = headline_points(sentence)
        for point in split or list_points(sentence) or summary_points(sentence):
            actors.restore(state)
            if marks and (mark := next((m for m in marks if point.text.endswith(m)), None)):
                # a point stamped with the legend's mark after it (`… 벨루가 바다쉼터 ✕ · …`)
                points.append(_verdict_report(article, point, marks[mark], mark, reference, category, dct))
                continue
            points.append(_mention(article, point, reference, actors, lead_ministry, category, dct))
        points = [p for p in points if p is not None]
        figures = {(*p.figure, p.deadline) for p in points} - {(None, None, None)}
        every = len(points) >= 2 and len(points) == len(split) and len(
            {(*p.figure, p.deadline) for p in points}) == len(points)
        # a date given up in one point and the later one set in the next (`'연내 1,000명' 빨간불…"내년
        # 상반기까지 채용"`) are one revision, which the whole headline reads
        moved = bool(points) and mention is not None and mention.kind == "revision" and (
            mention.previous_deadline is not None
            and {p.deadline for p in points} <= {mention.deadline, mention.previous_deadline})
        if moved:
            found.append(mention)
            continue
        if len(figures) >= 2 or every or (mention is None and points) or (
            figures and len({p.kind for p in points}) >= 2 and len(points) >= 2
        ):
            found.extend(points)  # two promises or reports, or one the rest of the headline obscures
            continue
        if len(points) == 1 and mention is not None and points[0].kind in ("delayed", "cancelled", "achieved") and (
            points[0].figure[0] is None and mention.figure[0] is not None
        ):
            # `…1천 원 시대 석 달…통합 예매 앱은 내년 3월로 연기`: the one point that reports what
            # became of a promise is news of that promise, not of the figure in another point
            found.append(points[0])
            continue
        clauses = []
        for scope in body_points(sentence):
            actors.restore(state)
            clauses.append(_mention(article, sentence, reference, actors, lead_ministry, category, dct, scope))
        clauses = [c for c in clauses if c is not None]
        own = {(*c.figure, c.deadline, c.deadline_text) for c in clauses}
        any_kind = len(clauses) >= 2 and respective(sentence)  # `…로, …로 각각 조정했다`: delays too
        # (a plan's items listed as nouns are items, dated or not: `…1,000km 정비, … 30곳 구축, …`)
        listed = len(clauses) >= 2 and bool(_listed_deeds(sentence.tokens))
        if len(clauses) >= 2 and len(own) == len(clauses) and all(
            # a deed reported in two clauses is one report; a clause with no date of its own
            # (`… 넓히고, 과목도 6개로 늘린다`) widens the plan the date before it governs
            (c.kind == "new" or any_kind) and (c.deadline_text is not None or listed) for c in clauses
        ):
            found.extend(clauses)  # `…연내 10개를 새로 만들고, … 앱도 9월 개통한다`: two plans
        elif mention is not None:
            found.append(mention)
    by_start = {sentence.start: sentence for sentence in sentences if not sentence.in_title}
    return _words_widened(_remainders_put_off(_words_carried_over(found, body), by_start), body, by_start)


def _signers(body: str) -> list[str]:
    """Who signs the page off, as a letter (`… 드림`, `… 올림`, `… 일동`): in its second half, maybe with
    reviews or comments after it; not a reader's letter quoted early in the news."""
    if "드림" not in body and "올림" not in body and "배상" not in body and "일동" not in body:
        return []
    paragraphs = body.split("\n\n")
    return [who for line in paragraphs[len(paragraphs) // 2 :] if (who := signed_by(line))]


def _own_sections(body: str, reference, headings: list[re.Match[str]]) -> list[tuple[int, int]]:
    """(start, end) of each section whose heading speaks of the page's writer (`■ 우리 모임의 올해 계획`,
    `■ 저희는 이렇게 합니다`, `■ 투명너머의 계획`, `■ 내 계획`, `■ 다음 할 일`), not of a government body: a
    club's, a shop's, a keeper's page sets its own plans apart from the ones it relays (`■ 정부는 이렇게
    하겠다고 합니다`)."""
    if "\n" not in body:
        return []
    spans = []
    for heading, following in zip(headings, headings[1:] + [None]):
        text = heading.group().strip().lstrip("■◆□◇").strip()
        if OWN_HEADING.search(text) and not _GOVERNMENT_HEADING.search(text) and not (
                reference.ministry_pattern is not None and reference.ministry_pattern.search(text)):
            spans.append((heading.end(), following.start() if following is not None else len(body)))
    return spans


# (`우리 부는`, `나라에서는`: a ministry's own page, the government)
_GOVERNMENT_HEADING = re.compile(r"정부|나라|국가|당국|부처|우리\s*(?:부|처|청|위원회)(?:[는의가]|\s|$)")


def _government_signer(who: str, reference) -> bool:
    """Does the sign-off name an executive body (`국토교통부장관`, `교육부 학생지원국`)? A lawmaker's
    (`국회의원 차서율`) is no government's: their plans are their own."""
    named = reference.ministry_pattern.search(who)
    body = reference.ministry(reference.resolve_ministry(named.group()) or "") if named else None
    return body is not None and body.kind != "국회" and "의원" not in who


def _said_thus(sentences: list[Sentence], states: list[tuple], actors: "_ActorTracker") -> None:
    """Give a quote the speaker a sentence after it names with `이렇게 말했다` (`"…법안을 내겠습니다. 연말까지 …
    끝내겠습니다." 국토교통부 장관은 … 이렇게 말했다`), back to the sentence that opens it: `states` is changed."""
    for said in range(1, len(sentences)):
        text = sentences[said].text
        if sentences[said].in_title or not ("이렇게" in text or "이같이" in text or "이와 같이" in text) or not (
                _SAID_THUS.search(text)):
            continue
        opening = next((j for j in range(said - 1, max(-1, said - 6), -1) if _QUOTE_OPENS_TEXT.match(sentences[j].text)), None)
        if opening is None or sentences[opening].in_title:
            continue
        actors.restore(states[said])
        named = actors.current or actors.last
        voiced = named.ministry if named is not None else actors.ministry_for(sentences[said], None)
        if voiced is not None:
            for j in range(opening, said):
                states[j] = (named if named is not None and named.ministry else Speaker("", voiced), None, *states[j][2:])


_QUOTE_OPENS_TEXT = re.compile(r"\s*[\"“「『]")
# who said the quote before: named after it (`국토교통부 장관은 2일 인터뷰에서 이렇게 말했다`)
_SAID_THUS = re.compile(r"(?:이렇게|이같이|이와 같이)\s*(?:말|밝혔|밝히|강조|설명|답|전했|덧붙)[가-힣]*[.!]?\s*$")
_QUOTE_MARKS = re.compile("[\"'“”‘’「」『』]")


# words quoted and said (`"…"고 말했다`, `“…”라며`), not a name in quotes (`'공공임대 확대' 계획을 설명했다`)
_QUOTED_SPEECH = re.compile(r"[\"“][^\"“”]{2,}[\"”]\s*(?:(?:이?라)?고|(?:이?라)?며|하고)(?![가-힣])")


def _writers_own_plan(sentence: Sentence) -> bool:
    """Is the sentence the page's writer speaking of itself as `저희` (`저희는 적발 0회를 목표로 … 만들겠습니다`),
    outside any quote and naming no body of government? An official says `저희` in a quote or an answer,
    a firm or an organiser on its own page."""
    if sentence.in_title or "저희" not in sentence.text or _QUOTE_MARKS.search(sentence.text):
        return False
    tokens = sentence.tokens
    return any(t.form == "저희" and t.tag == "NP" and (n.tag == "JKS" or (n.tag == "JX" and n.form in ("는", "도")))
               and t.start + t.len == n.start for t, n in zip(tokens, tokens[1:])) and not _names_government(sentence)


def _served_to_reader(sentence: Sentence) -> bool:
    """Does the page's writer offer the reader a service (`리쉬 없이 오신 분께는 … 빌려 드립니다`, `… 내년 여름에 다시
    알려 드리겠습니다`: a verb then `드리다`, closing the sentence), outside any quote and naming no body of government?
    A shop's, a school's, a club's own doing, not a promise of policy."""
    if sentence.in_title or "드" not in sentence.text or _QUOTE_MARKS.search(sentence.text):
        return False
    words = _main_words(sentence.tokens)
    giving = next((k for k in range(len(words) - 1, 0, -1) if words[k].form == "드리" and words[k].tag == "VX"), None)
    return giving is not None and words[giving - 1].tag == "EC" and all(
        w.tag in ("EP", "EF") for w in words[giving + 1 :]) and not _names_government(sentence)


def _in_own_voice(tokens) -> bool:
    """Does the speaker's own `-겠-` end a clause (`… 다시 내리겠습니다`; also a wish, `좋겠습니다`), not one reported?"""
    return any(t.form == "겠" and t.tag == "EP" and n.tag == "EF" for t, n in zip(tokens, tokens[1:])) and not _reported(tokens)


def _names_government(sentence: Sentence) -> bool:
    """Does the sentence name a ministry, an official or the government as a whole?"""
    return any((isinstance(t.user_value, dict) and ("ministry" in t.user_value or "person" in t.user_value))
               or t.form in GOVERNMENT_WORDS for t in sentence.tokens)


def _committees_named_back(sentences: list[Sentence], reference, dct) -> list[Sentence]:
    """A bare `위원회` (`위원회는 3월까지 …`, a list item's `(하반기부터, 위원회)`) is the committee
    the article named last, and is read as that body from here on, as is the tail of its name
    (`전략위원회는`). A committee the reference does not know (`규제개혁위원회`, in Kiwi's parts)
    ends that: a bare `위원회` after it is not a known one."""
    last = None
    read: list[Sentence] = []
    for sentence in sentences:
        tokens = list(sentence.tokens)
        named_back = False
        for i, token in enumerate(tokens):
            value = token.user_value
            if isinstance(value, dict) and "ministry" in value:
                name = reference.resolve_ministry(token.form, dct) or value["ministry"]
                body = reference.ministry(name)
                if body is not None and body.kind == "위원회":
                    last = name
            elif token.form == "위원회" and token.tag == "NNG":
                j = i
                while j > 0 and tokens[j - 1].tag in ("NNG", "NNP", "SL", "XSN") and tokens[j - 1].end == tokens[j].start:
                    j -= 1
                named = "".join(t.form for t in tokens[j:i + 1])
                if last is not None and last.endswith(named):  # `전략위원회는`: the tail of its name
                    tokens[i] = token._replace(user_value={"ministry": last})
                    named_back = True
                elif j < i:
                    last = None
        if named_back:
            sentence = dataclasses.replace(sentence, tokens=tuple(tokens))
        read.append(sentence)
    return read


# A section heading inside the body (`■ 예타 개편: 문턱은 높였지만 속도는 그대로`)
_SECTION_HEADING = re.compile(r"^[ \t]*[■◆□◇][ \t]*\S[^\n]*$", re.M)


def _section_topics(body: str, reference, headings: list[re.Match[str]]) -> list[tuple[int, str]]:
    """(offset, topic) of each section of a body cut by two or more headings (`■ …`): the topic
    the section names clearly (two cues) in most of its paragraphs, else `other` (a
    section of brief items, `■ 짧게 보는 약속`, has none)."""
    if len(headings) < 2:
        return []
    ends = [h.start() for h in headings[1:]] + [len(body)]
    topics = []
    for heading, end in zip(headings, ends):
        section = body[heading.start():end]
        topic = reference.category_for(section, at_least=2)
        paragraphs = [p for p in body[heading.end():end].split("\n") if p.strip()]
        if 2 * sum(topic in reference.topic_scores(p) for p in paragraphs) <= len(paragraphs):
            topic = "other"
        topics.append((heading.start(), topic))
    return topics


def _headline_topic(title: str, body: str, reference) -> str:
    """The one topic the headline names, when the lead names it too and it runs through the body
    (a third of its paragraphs): a story on `배출권` that says only that word of its topic is about
    it, one on fishing villages whose headline and lead add `수출` is not."""
    named = reference.topic_scores(title)
    if len(named) != 1:
        return "other"
    [topic] = named
    if topic not in reference.topic_scores(body[:400]) or _one_of_a_list(topic, title, reference):
        return "other"
    paragraphs = body.split("\n\n")
    return topic if 3 * sum(topic in reference.topic_scores(p) for p in paragraphs) >= len(paragraphs) else "other"


def _one_of_a_list(topic: str, title: str, reference) -> bool:
    """Does the headline name the topic in one item of a list of three or more (a roundup's
    `폐배터리·청년월세·국가유산 기록`), most of whose items are other subjects?"""
    for point in _HEADLINE_JOIN.split(title):
        items = point.split("·")
        if len(items) >= 3 and 2 * sum(topic in reference.topic_scores(item) for item in items) < len(items):
            return True
    return False


def _holds_through(category: str, title: str, body: str, reference) -> bool:
    """Whether the topic of the headline and lead is the article's: the one topic the headline
    names, or else that of at least half the body's paragraphs that have one and of a third of
    all of them (a lead on a budget does not make a story on after-school care fiscal). A roundup whose
    headline lists `공공 AI·농어촌 통신·연구소기업` and whose lead is on telecom is not a telecom
    article, nor is a story on patent backlogs whose lead recalls the office's launch (`출범`)."""
    named = set(reference.topic_scores(title))
    if named == {category}:
        return True
    paragraphs = [reference.category_for(p) for p in body.split("\n\n")]
    topics = [t for t in paragraphs if t != "other"]
    if category in named and 2 * topics.count(category) > len(topics):
        return True  # one of the headline's topics, and most of the body's (a broadcast script's
        # one-line paragraphs name it in a few of many)
    return 2 * topics.count(category) >= len(topics) and 3 * topics.count(category) >= len(paragraphs)


def _words_carried_over(found: list[Mention], body: str) -> list[Mention]:
    """A sentence with no words of its own right after another mention (`…목표를 35곳으로 낮췄다.
    지금까지 문을 연 곳은 29곳이다`) speaks of what that one did: Korean leaves out a subject the
    reader already has, so the linker gets the words of the sentence before."""
    for before, mention in zip(found, found[1:]):
        if not mention.keywords and _right_after(before, mention, body):
            mention.keywords = before.keywords
    return found


def _right_after(before: Mention, mention: Mention, body: str) -> bool:
    """Is `mention` the body sentence next to `before`, with nothing but space between them? (A table's
    row is not: each row names its own promise.)"""
    return not mention.in_title and not before.in_title and not _table_row(mention.sentence) and (
        before.sentence_end <= mention.sentence_start and not body[before.sentence_end : mention.sentence_start].strip())


def _words_widened(found: list[Mention], body: str, sentences: dict[int, Sentence]) -> list[Mention]:
    """A sentence right after another mention by the same body, whose topic is that body or left
    out, and with one word of its own or about what is left (`과기정통부는 개통을 6월로 미뤘다`,
    `중기부는 남은 2,600곳을 연말까지 채우겠다고 했다` after a shortfall), goes on with that
    promise: the linker gets both sentences' words. One that names a topic of its own (`개항
    목표는 아직 바꾸지 않았다`) is about that, as is what is left after a cancellation (`3곳은
    백지화 … 나머지 7곳은 연내 착수`): the rest of a plan, not of the promise dropped."""
    for before, mention in zip(found, found[1:]):
        if mention.ministry != before.ministry or not _right_after(before, mention, body):
            continue
        sentence = sentences.get(mention.sentence_start)
        if sentence is None or _own_topic(sentence.tokens):
            continue
        if len(mention.keywords) <= 1 or (before.kind in ("delayed", "progress") and _REMAINDER.search(mention.sentence)):
            mention.keywords = tuple(dict.fromkeys(before.keywords + mention.keywords))
    return found


def _own_topic(tokens) -> bool:
    """Does the main clause open on a topic or subject that is not a body or an official?"""
    for k, token in enumerate(tokens):
        if token.sub_sent_position != 0 or k == 0:
            continue
        if token.tag == "JKS" or (token.tag == "JX" and token.form in ("은", "는", "도")):
            head = tokens[k - 1]
            return not _government_word(head)
        if token.tag in ("EF", "EC"):
            return False
    return False


# `나머지 36곳`, `남은 19곳`, `남은 물량`: what is left of a promise (not `남은 두 달 동안`)
_REMAINDER = re.compile(r"(?:나머지|남은)\s*(?!\S*\s*(?:달|개월|기간|동안|임기|시간))\S")


def _more_than_the_whole(before: Mention, mention: Mention) -> bool:
    """Is the rest `mention` names more than the whole promise `before` was of (same unit)? Then
    it cannot be what is left of it."""
    return before.target_value is not None and mention.target_value is not None and (
        before.target_unit == mention.target_unit) and mention.target_value > before.target_value


def _remainders_put_off(found: list[Mention], sentences: dict[int, Sentence]) -> list[Mention]:
    """Right after an article reports a promise missed, a new date for what is left (`…36곳에
    그쳤다. 노동부는 나머지 36곳을 하반기 중 열겠다고 밝혔다`) puts the rest off: a delay, not a new
    promise. So does a date for the rest after the one a report of how far it has got recalls
    (`연내 10곳을 만들겠다던 펀드는 지금까지 6곳이 결성됐다. 중기부는 남은 4곳을 내년 상반기에 결성하기로
    했다`); the rest by that date is the promise going on (`나머지 800억 원도 다음 달 안에`). The date must
    be the promise's, not how far the count runs (`8월까지 1만 2000가구를 착공했다. 남은 8000가구도 연내`).
    (In a plan's own article, `3곳은 올해, 나머지 2곳은 내년까지` splits the plan.)"""
    reports = [m for m in found if m.strength != "measured"]  # (a statistic between them is no report of it)
    for before, mention in zip(reports, reports[1:]):
        if mention.kind != "new" or mention.deadline is None:
            continue
        if _more_than_the_whole(before, mention):
            continue  # `…2만 1,300동에 그쳤다. 부처는 남은 지붕 4만 동을 2027년까지`: what is left of all, a new plan
        if before.kind == "delayed" and (_REMAINDER.search(mention.sentence) or _new_date_for(before, mention)
                                         or _the_rest_of(before, mention)):
            mention.kind = "delayed"
        elif before.kind == "progress" and before.deadline is not None and mention.ministry == before.ministry and (
            _REMAINDER.search(mention.sentence) and _promised_date(before, sentences)
        ):
            mention.kind = "delayed" if mention.deadline > before.deadline else "progress"
    return found


_ONCE_PLANNED = re.compile(r"(?:계획|예정|목표)(?:이었|였)")


def _promised_date(report: Mention, sentences: dict[int, Sentence]) -> bool:
    """Is the date of a progress report the promise's (still ahead, or recalled with the promise:
    `연내 10곳을 만들겠다던 펀드는`), not the date the count runs to (`8월까지 착공했다`)?"""
    if report.published_at is not None and report.deadline > report.published_at.date():
        return True
    if _ONCE_PLANNED.search(report.sentence):
        return True  # `6월까지 1만 기를 설치할 계획이었으나 7000기를 설치했다`
    sentence = sentences.get(report.sentence_start)
    return sentence is not None and any(c.recall_end is not None for c in _cues(sentence.tokens))


def _the_rest_of(missed: Mention, mention: Mention) -> bool:
    """Is the new plan's figure what the missed count left short of its target (`270곳에 그쳐 목표 300곳에
    못 미쳤다. 국토부는 이달 중 검사소 30곳을 추가로 지정하겠다고`), in its unit, by the same body?"""
    return bool(missed.target_value and missed.reported_value and mention.target_value
                and mention.ministry == missed.ministry and mention.target_unit == missed.target_unit == missed.reported_unit
                and abs(missed.reported_value + mention.target_value - missed.target_value) < 1e-9)


# the missed sentence recalls the promise itself (`…보내겠다고 약속했지만`), not only a target's share
_PROMISE_RECALLED = re.compile(r"약속|겠다고\s*(?:했|밝혔)|기로\s*했")


def _new_date_for(missed: Mention, mention: Mention) -> bool:
    """`외교부는 … 5일 안에 발급하겠다고 했지만 현재 7일이다. 외교부는 3월까지 5일 발급 체계를 갖추겠다고
    밝혔다`: the same body's next plan for the same thing, dated after the date it missed."""
    was = missed.previous_deadline or missed.deadline
    shared = set(missed.keywords) & set(mention.keywords)
    # (or the same figure promised again: `…30분 안에 보내겠다고 약속했지만, 지금도 41분이 걸린다. …
    # 경찰청은 연말까지 발송 시간을 30분 안으로 줄이겠다`)
    same_figure = missed.target_value is not None and (mention.target_value, mention.target_unit) == (
        missed.target_value, missed.target_unit) and _PROMISE_RECALLED.search(missed.sentence) is not None
    return bool(was and mention.deadline > was and mention.ministry == missed.ministry and (len(shared) >= 2 or same_figure)
                and not mention.in_title and not missed.in_title)


# An interview printed as questions and answers (`Q. 구체적인 목표는.` / `A. 2027년까지 300곳으로
# 늘리겠다.`): every answer is the interviewee's, though no line names them.
_TURN_LABEL = re.compile(r"\s*(?:(Q|A)\s*\d*\s*[.:)．]|(문|답)\s*[.:)])")


# A newspaper interview's question opens on a dash (`―쌀값이 불안하다.`); its answer has no label.
_DASH_QUESTION = re.compile(r"\s*[―—](?![―—])")


def interview_turn(body: str, offset: int) -> str | None:
    """`Q` or `A` when the line holding `offset` opens with an interview's turn label (a question's
    dash is a `Q`)."""
    line = body.rfind("\n", 0, offset) + 1
    label = _TURN_LABEL.match(body, line)
    if label is None:
        return "Q" if _DASH_QUESTION.match(body, line) else None
    return "Q" if (label.group(1) or label.group(2)) in ("Q", "문") else "A"


def _answers(turns: list[str | None], sentences: list[Sentence]) -> list[str | None]:
    """Every body sentence after the first question that is not one is an answer, when no line is
    labelled as one (questions on dashes, answers in quotes under them)."""
    first = turns.index("Q")
    return [turn if turn == "Q" or k < first or sentence.in_title else "A"
            for k, (turn, sentence) in enumerate(zip(turns, sentences))]


def _scoped_figures(sentence: Sentence, cues, all_found, all_deadline, all_previous, by_point: bool):
    """(targets, deadline, previous deadline) the first cue (in `_cues_in_order`) with any in its
    scope governs: its quotation (`_clause_span`) and, `by_point`, its headline point (`_reach`)."""
    found, deadline, previous = all_found, all_deadline, all_previous
    for cue in _cues_in_order(cues):
        span = _clause_span(sentence, cue)
        reach = _reach(sentence, sentence.tokens[cue.index].start - sentence.shift) if by_point and cue else None
        scoped = [q for q in all_found if _inside(q.start, span) and _within(q.start, reach)]
        timed = all_deadline is not None and _inside(all_deadline.start, span) and _within(all_deadline.start, reach)
        recalled = all_previous is not None and _inside(all_previous.start, span) and _within(all_previous.start, reach)
        found, deadline, previous = scoped, (all_deadline if timed else None), (all_previous if recalled else None)
        if scoped or timed or recalled:
            break
    return found, deadline, previous


def _point_bounds(sentence: Sentence) -> list[tuple[int, int]]:
    """Character ranges of a headline's `…`-joined points (one range for any other sentence)."""
    if not sentence.headline:
        return [(0, len(sentence.text))]
    bounds, start = [], 0
    for join in _HEADLINE_JOIN.finditer(sentence.text):
        bounds.extend(_clause_bounds(sentence, start, join.start()))
        start = join.end()
    bounds.extend(_clause_bounds(sentence, start, len(sentence.text)))
    return bounds


_DATE_OPENERS = {"내년", "올해", "연내", "다음", "내달", "이달", "오는", "금년", "연말", "연초"}


def _clause_bounds(sentence: Sentence, low: int, high: int) -> list[tuple[int, int]]:
    """Two dated deeds joined by a comma (`빨대 7월부터 과태료, 다회용컵 공유 연내 30곳`) are two points.
    A point that joins two figures' deeds with `-고` (`헬기 12대 늘리고 진화대 1,000명으로`) is two
    points; a point with one figure stays whole (`예산 늘리고 2만 명 채용`). So is one whose figure's
    `…로,` is followed by another thing's deed with its own number or date (`공관 인력 12명으로,
    코리안데스크 다음 달 설치`), not by the same deed's date (`월 50만 원으로, 내년 1월부터 지급`)."""
    tokens = [t for t in sentence.tokens if low <= t.start - sentence.shift < high]
    for k in range(1, len(tokens) - 1):
        token = tokens[k]
        if token.tag == "EC" and token.form == "고" and tokens[k - 1].tag in ("VV", "XSV"):
            cut = token.start - sentence.shift + token.len
            if any(t.tag == "SN" for t in tokens[:k]) and any(t.tag == "SN" for t in tokens[k + 1 :]):
                return [(low, cut)] + _clause_bounds(sentence, cut, high)
        if token.tag == "SP" and token.form == "," and tokens[k - 1].form in ("로", "으로") and (
            tokens[k - 1].tag == "JKB"
        ) and tokens[k + 1].tag in ("NNG", "NNP", "SL") and not _is_time_word(tokens[k + 1]) and (
            tokens[k + 1].form not in _DATE_OPENERS  # (`월 50만 원으로, 내년 1월부터 지급`: one deed's date)
        ) and any(t.tag == "SN" for t in tokens[:k]) and any(
            t.tag == "SN" or _is_time_word(t) or t.form in _TIME_UNITS for t in tokens[k + 1 :]
        ) and _acts(sentence, token.start - sentence.shift + token.len, high):
            # `공관 인력 12명으로, 코리안데스크 다음 달 설치`: a figure's point, then another deed's
            comma = token.start - sentence.shift
            return [(low, comma)] + _clause_bounds(sentence, comma + token.len, high)
        if token.tag == "SP" and token.form == "," and tokens[k - 1].tag == "NNG" and tokens[k + 1].tag in (
                "NNG", "NNP", "SL") and _dated_deed_between(sentence, low, token.start - sentence.shift) and (
                _dated_deed_between(sentence, token.start - sentence.shift + token.len, high)):
            # `빨대 7월부터 과태료, 다회용컵 공유 연내 30곳`: two deeds, each with its own date
            comma = token.start - sentence.shift
            return [(low, comma)] + _clause_bounds(sentence, comma + token.len, high)
    return [(low, high)]


def _dated_deed_between(sentence: Sentence, low: int, high: int) -> bool:
    """Does the stretch name a date and, after it, a thing or a deed (`빨대 7월부터 과태료`)?"""
    times = deadlines.find_time_expressions(sentence.text[low:high], None)
    return bool(times) and any(t.tag in ("NNG", "NNP", "SL") and t.start - sentence.shift >= low + times[0].end
                               for t in sentence.tokens if t.start - sentence.shift < high)


def _acts(sentence: Sentence, low: int, high: int, after: int | None = None) -> bool:
    """Does the text in [low, high) end in an action of its own (`내년 초 자료 개방`, `둘로
    나뉜다`), not in a time or a figure (`6G 시범망은 2028년까지`, `"2030년 부가가치 100조원"`)
    that leans on another point for its verb? With `after`, the action must come after it."""
    words = [t for t in sentence.tokens if low <= t.start - sentence.shift < high and t.tag[0] != "S"]
    if not words or (after is not None and words[-1].start - sentence.shift < after):
        return False
    last, before = words[-1], words[-2] if len(words) > 1 else None
    if last.tag[0] in "VE":
        return True
    return last.tag == "NNG" and not (before is not None and before.tag in ("SN", "NR", "MM"))


def _reach(sentence: Sentence, position: int) -> list[tuple[int, int]] | None:
    """The headline points a word at `position` speaks for: its own, and every point without an
    action of its own (`GPU 3만장 확보…2년 내`). None: the whole sentence (one point)."""
    bounds = _point_bounds(sentence)
    if len(bounds) < 2:
        return None
    return [(low, high) for low, high in bounds
            if low <= position < high or not _acts(sentence, low, high)]


def _within(position: int, reach: list[tuple[int, int]] | None) -> bool:
    return reach is None or any(low <= position < high for low, high in reach)


def _point_acts_after(sentence: Sentence, position: int) -> bool:
    """Does the headline point holding `position` go on to an action of its own after it?"""
    for low, high in _point_bounds(sentence):
        if low <= position <= high:
            return _acts(sentence, low, high, after=position)
    return False


def _same_point(sentence: Sentence, a: int, b: int) -> bool:
    """Are two places of the sentence in the same `…`-point (always, outside a headline)?"""
    return not sentence.headline or _HEADLINE_JOIN.search(sentence.text, min(a, b), max(a, b)) is None


def headline_points(sentence: Sentence) -> list[Sentence]:
    """A headline's `…`-joined points, each a sentence of its own (none when it has one point).

    `국토부 "올해 5만 호 착공"…매입임대 상반기 3만5000호 약정` makes two promises. The points
    replace the headline's one mention when two of them carry figures of their own, when they
    report different things and one carries a figure (`관광권 계획 철회…어촌 거점 완공도
    2028년으로`), or when the headline as a whole is no mention but a point is (`자율협상
    타결…과기정통부 "이달 안 검토 마무리"`), see mentions_in. The first point's speaker still speaks for the second (the
    tracker's state of the whole headline), and a point that names no body goes to the lead one.
    """
    bounds = _point_bounds(sentence)
    return _headline_like_points(sentence, bounds) if len(bounds) >= 2 else []


def _headline_like_points(sentence: Sentence, bounds, least: int = 2, headline: bool = True) -> list[Sentence]:
    """The sentence cut at `bounds` (character ranges), each piece a sentence read as a headline's point, or
    with `headline` unset as prose (none for fewer than `least`)."""
    text, shift = sentence.text, sentence.shift
    points = []
    for low, high in bounds:
        while low < high and text[low].isspace():
            low += 1
        while high > low and text[high - 1].isspace():
            high -= 1
        tokens = tuple(t for t in sentence.tokens if low <= t.start - shift < high)
        if tokens:
            points.append(Sentence(text[low:high], sentence.start + low, sentence.start + high, sentence.in_title,
                                   tokens, sentence.segment, shift + low, headline=headline))
    return points if len(points) >= least else []


# A summary's line of points between middle dots, under its label (`한눈에: 주 5일 점심 경로당 연말까지
# 1만 곳 · 정부양곡 70% 할인(7월부터) · 냉방비 월 15만 원(7월부터)`, `[요약] 모니터링단 48명(목표 60명)
# · 피해구제 센터 지난해 11월 개소`): each point written as a headline's is
# (`[이렇게 바뀝니다] 중도 해지 의무화(하반기부터) · …`, `[달라지는 점]`: what changes, in points; `[센터 알림 요약]`,
# `[한눈에 보기]`, `[정부 후속 조치] 보상 기준 3시간 → 2시간(상반기 중) · …`: the measures, in points)
_SUMMARY_LABEL = re.compile(
    r"\s*[^\w\s\[【<(]{0,3}\s*(?:[\[【<(]\s*(?:(?:[가-힣]{1,4}\s*){0,3}(?:요약|조치|알림|핵심|한\s*줄(?:\s*(?:평|소식|정리|메모))?)|한눈에(?:\s*보기)?|핵심|(?:\d|한|두|세)\s*줄\s*요약|이렇게\s*(?:바뀝니다|달라집니다)"
    r"|(?:달라지는|바뀌는)\s*(?:점|것)|알림|안내|공지)\s*[\]】>)]\s*[:：]?"
    # (`※ 요약(사무국):`, `[공고 요약]`: who summed it up, what it sums up; `국토부 답변 요약:`, `심사위원 한 줄 평:`)
    r"|(?:(?:[가-힣]{1,6}\s+){0,2}(?:요약|한\s*줄\s*(?:평|정리|메모)|총평)|한눈에(?:\s*보기)?|핵심(?:\s*(?:정리|요약))?"
    r"|(?:\d|한|두|세)\s*줄\s*요약|(?:달라지는|바뀌는)\s*(?:점|것)들?)\s*(?:\([^()]{1,12}\))?\s*[:：])\s*")
_MIDDLE_DOT = re.compile(r"\s+[·•/]\s+")  # (`[요약] 표준화 3월 시행 완료 / 최소 기준 150원·2027년 1월로 변경 / …`)
# points set apart by commas, each closing on its bracketed date (`핵심: 관리 인원 17명 → 10명(2026년까지),
# 관제센터 3곳(연내), 보호관찰관 300명 증원(올해)`), or none closing as a sentence does (`■ 요약: 물막이판 이달 말까지
# 설치 완료 목표, 세입자 직접 대피 문자 7월부터 발송`)
_COMMA = re.compile(r"\s*,\s+")
_CLOSES_AS_SENTENCE = re.compile(r"(?:[다죠까]|(?:어|아|해|세|예|에|네|지|군|나|래|대|니)요|[.!?…])\s*[\"'”’」』)\]]*\s*$")
# a piece that leads into the next (`요약: 환경부는 수요가 많은 대도시 중심으로, 2026년까지 …`): no point of its own
_LEADS_ON = re.compile(r"(?:으로|에서|에게|하고|하며|이며|으며|면서)$")


def summary_points(sentence: Sentence) -> list[Sentence]:
    """A summary line's points, each a sentence read as a headline's point (none for fewer than two)."""
    label = None if sentence.in_title else _SUMMARY_LABEL.match(sentence.text)  # (a deck may be one)
    if label is None:
        return []
    return _headline_like_points(sentence, _dotted_points(sentence.text, label.end(), outcomes=False))


def _dotted_points(text: str, start: int, outcomes: bool) -> list[tuple[int, int]]:
    """The spans between middle dots after a summary's label (which ends at `start`), or between commas
    when every point closes on its brackets."""
    dots = list(_MIDDLE_DOT.finditer(text, start))
    if not dots and "," in text and not (outcomes and _OUTCOME_DASH.search(text, start)):
        # (a verdict's `점검 — 2025년 12월, 5곳 시정`: what came of it after the dash, one point)
        commas = list(_COMMA.finditer(text, start))
        pieces = [text[low:high].strip() for low, high in
                  zip([start] + [c.end() for c in commas], [c.start() for c in commas] + [len(text)])]
        if commas and (all(piece.endswith(")") for piece in pieces) or all(
                len(piece) >= 8 and not _CLOSES_AS_SENTENCE.search(piece) and not _LEADS_ON.search(piece)
                for piece in pieces)):
            dots = commas
    return list(zip([start] + [dot.end() for dot in dots], [dot.start() for dot in dots] + [len(text)]))


# A tracker's summary line under a verdict (`✅ 이행: 진료비 게시(1월) · 과대포장 단속(4월 30일부터)`,
# `⚠ 지연: 자동 청구(2027년 상반기로)`, `[무산] 면허제(7월 철회)`): each point a report of that kind
def verdict_points(sentence: Sentence, body: str) -> tuple[str | None, list[Sentence]]:
    """A verdict's summary line: the kind its label says (`VERDICTS`) and its points, one or more; only
    beside another such line (a tracker's summary has several: `변경: 행사 장소가 …` alone is a notice)
    and only points that are no sentences."""
    label = None if sentence.in_title else verdict_label(sentence.text)
    if label is None or not _beside_a_verdict_line(body, sentence):
        return None, []
    kind = verdict_of(label)
    points = _headline_like_points(sentence, _dotted_points(sentence.text, label.end(), outcomes=True), least=1)
    if not points or any(ends_with_full_stop(point.text) for point in points):
        return None, []
    return kind, points


def _beside_a_verdict_line(body: str, sentence: Sentence) -> bool:
    return any(verdict_label(line) is not None for line in _paragraphs_beside(body, sentence) if line)


def _paragraphs_beside(body: str, sentence: Sentence) -> tuple[str, str]:
    """The body's paragraphs right above and below the sentence's (empty at either end)."""
    above = body[: sentence.start].rstrip().rsplit("\n\n", 1)[-1].strip()
    below = body[sentence.end:].lstrip().split("\n\n", 1)[0].strip()
    return above, below


# A press release's points run inline in one sentence (`주요 내용은 ▲기간 24개월로 연장(5월부터)
# ▲인원 15만 명으로 확대 ▲… 등이다`, `정리하면 ① 7월부터 … ② 올해 … 점검`): each is a list item of its own.
_INLINE_POINT = re.compile(r"[▲△①-⑳❶-❿]")


def list_points(sentence: Sentence) -> list[Sentence]:
    """A body sentence's inline `▲` points, each a sentence of its own (none for fewer than two);
    mentions_in takes them as it takes a headline's points."""
    if sentence.headline:
        return []
    text, shift = sentence.text, sentence.shift
    marks = [m.start() for m in _INLINE_POINT.finditer(text)]
    circled = [k for k in marks if text[k] not in "▲△"]
    if circled and (any(k and not text[k - 1].isspace() for k in circled) or any(
            ord(text[b]) != ord(text[a]) + 1 for a, b in zip(circled, circled[1:]))):
        return []  # (`1단계(①)로 …, 2단계(②)로`: a reference to a figure's marks, not points in a row)
    if len(marks) < 2:
        return []
    points = []
    for low, high in zip(marks, marks[1:] + [len(text)]):
        tokens = tuple(t for t in sentence.tokens if low <= t.start - shift < high)
        if high == len(text):
            # the last point ends before the sentence's own close (`… 등이다`, `… 등을 담았다`)
            close = next((k for k in range(len(tokens) - 1, 0, -1)
                          if tokens[k].form == "등" and tokens[k].tag == "NNB"), None)
            if close is not None:
                tokens = tokens[:close]
        while high > low and text[high - 1].isspace():
            high -= 1
        if tokens:
            high = min(high, tokens[-1].end - shift)
            points.append(Sentence(text[low:high], sentence.start + low, sentence.start + high, sentence.in_title,
                                   tokens, sentence.segment, shift + low))
    return points


_COORDINATING = ("고", "며", "으며")
_Q_AND_A = re.compile(rf"(?:{_TURN_LABEL.pattern}|\s*[-–]\s)\s*")  # a turn's label or a dash, to leave out


def _respective_cuts(tokens) -> list[int]:
    """The commas of `5차는 하반기에서 내년 상반기로, 6차는 2027년에서 2028년으로 각각 조정했다`: parallel
    clauses with no verb of their own, which `각각` gives the one verb at the end."""
    respectively = next((k for k, t in enumerate(tokens) if t.form == "각각" and t.tag == "MAG"
                         and t.sub_sent_position == 0), None)
    if respectively is None:
        return []
    return [k for k in range(1, respectively) if tokens[k].form == "," and tokens[k].tag == "SP"
            and tokens[k - 1].tag in ("JKB", "NNB", "NNG", "SN", "SW") and tokens[k].sub_sent_position == 0]


# what a list closed by the copula may be the items of (`주요 내용은`, `핵심 과제는`, `계획의 골자는`)
_LISTED_PLANS = {"내용", "계획", "과제", "골자", "방안", "핵심", "방향", "목표", "대책"}


def _listed_deeds(tokens) -> list[int]:
    """The commas of `주요 내용은 올해 상수관로 1,000km 정비, 관망관리 30곳 구축, 상반기 중 정수장 485곳
    점검입니다`: deeds named as nouns, one after another, which the copula at the end says are the
    plan's items. Each comma follows a deed's noun."""
    words = _main_words(tokens)
    if len(words) < 3 or words[-1].tag != "EF" or words[-2].tag != "VCP":
        return []
    topic = next((j for j, w in enumerate(words[1:], start=1) if w.tag == "JX" and w.form in ("은", "는")), None)
    if topic is None or words[topic - 1].form not in _LISTED_PLANS:
        return []  # (a list of results, `지난해 실적은 …`, or of someone's demands, `야당의 요구는 …`)
    return [k for k in range(1, len(tokens)) if tokens[k].form == "," and tokens[k].tag == "SP"
            and tokens[k].sub_sent_position == 0 and tokens[k - 1].tag == "NNG" and tokens[k - 1].form in ACTION_NOUNS]


def respective(sentence: Sentence) -> bool:
    return bool(_respective_cuts(sentence.tokens))


_QUOTE_JOINS = {"며", "으며", "면서", "라며", "라면서"}


def _opens_a_clause(tokens, k: int) -> bool:
    """Does a new clause's subject or object open at `k`, right after a `-고` (`수거함을 연내 1만 곳까지
    늘리고 회수율을 2027년까지 60%로 올리겠다`)? A noun or two and its case marker, no verb between."""
    for j in range(k, min(k + 4, len(tokens))):
        if tokens[j].tag in ("JKO", "JKS") or (tokens[j].tag == "JX" and tokens[j].form in ("은", "는", "도")):
            return j > k
        if tokens[j].tag not in ("NNG", "NNP", "XPN", "XSN"):  # (`회수/NNG 율/XSN 을`)
            return False
    return False


def speakers_turns(sentence: Sentence) -> list[Sentence]:
    """A body sentence that gives two officials' quotes in turn (`곽다슬 … 과장은 "…올리겠다"고 했고, 석지오 …
    과장은 "…마치겠다"고 했습니다`), cut after the first one's `-고 했고,` / `-고 말했으며`, each part a sentence of
    its own with its speaker; none when the part after the cut has no official of a body it names as the subject
    of its quote (`"…"고 말했고, "…"고 덧붙였다`: one speaker's two quotes, which `body_points` reads)."""
    if sentence.headline or sentence.in_title:
        return []
    tokens = sentence.tokens
    cuts = []
    for k in range(3, len(tokens) - 3):
        if tokens[k].tag != "EC" or tokens[k].form not in _TURN_JOINS:
            continue
        verb = k - 2 if tokens[k - 1].tag == "EP" else k - 1
        quoted = verb - 1 if tokens[verb].tag == "XSV" and tokens[verb - 1].tag == "NNG" else verb
        if tokens[verb].form not in _REPORTED_BY and tokens[quoted].form not in _REPORTED_BY:
            continue
        if not (tokens[quoted - 1].tag == "JKQ" and tokens[quoted - 2].tag == "SSC"):
            continue
        opening = next((j for j in range(k + 1, len(tokens)) if tokens[j].tag == "SSO"), None)
        if opening is not None and any(_is_ministry(t) for t in tokens[k + 1 : opening]) and any(
                tokens[j].tag in ("JX", "JKS") and tokens[j].form in ("은", "는", "도", "이", "가")
                and (tokens[j - 1].form in TITLES or (tokens[j - 1].tag == "NNP" and not _is_ministry(tokens[j - 1])))
                for j in range(k + 2, opening)):
            # (an official of a body named, its subject: not `… 세종시 이전에 대해서도 "…"`, nor `박 차관도 "…"`, whose
            # body the sentence leaves to the reader)
            cuts.append(k + 1 + (tokens[k + 1].form == ","))
    starts = [tokens[k].start - sentence.shift for k in cuts]
    return _headline_like_points(sentence, list(zip([0] + starts, starts + [len(sentence.text)])), headline=False)


_TURN_JOINS = {"고", "며", "으며", "면서"}
_REPORTED_BY = {"하", "말", "밝히", "강조", "설명", "덧붙이", "전하", "약속", "답하", "답변"}


def body_points(sentence: Sentence) -> list[tuple[int, int]]:
    """The clauses of a body sentence that joins two plans with `-고,` (`항로는 연내 10개를 새로
    만들고, 통합 예매 앱도 9월 개통한다`) or with `-고` straight into the next clause's date, each
    with a figure or a date of its own, as character ranges of its text (none for a sentence of
    one clause).

    Only a bare stem before `-고` counts: Korean then says the tense, the `-겠-` or the `-기로
    했다` once, at the end, for every clause, so each clause is read with the whole sentence's cues
    and only its own figures and date (`_mention`'s scope). A clause that points back (`이를`,
    `그`) continues the one before it. As with a headline's points, mentions_in takes the clauses
    only when two of them carry different figures; otherwise the sentence stays one mention.
    """
    if sentence.headline:
        return []
    tokens = sentence.tokens
    # `-고,` or `-고` straight into the next clause's date (`협상을 매듭짓고 내년 3월에는 착공하겠다`)
    cuts = [k for k in range(1, len(tokens) - 2)
            if tokens[k].tag == "EC" and tokens[k].form in _COORDINATING and (tokens[k - 1].tag in ("VV", "XSV") or (
                # (`넓어지고`, not `하고 있고`, `기다리지 않고`: a deed going on, or one not done, is no clause of its own)
                tokens[k - 1].tag == "VX" and tokens[k - 1].form not in ("있", "않", "말", "계시")))
            and (tokens[k + 1].form == "," or _is_time_word(tokens[k + 1]) or (
                tokens[k + 1].tag == "SN" and _is_time_word(tokens[k + 2])) or _opens_a_clause(tokens, k + 1))]
    # `"연말까지 협약을 맺겠다"며 "내년 상반기까지 설비를 보내겠다"고 말했다`: two quotes, two plans
    cuts = sorted(cuts + [k for k in range(1, len(tokens) - 2)
                          if tokens[k].tag == "EC" and tokens[k].form in _QUOTE_JOINS
                          and tokens[k - 1].tag == "SSC" and tokens[k + 1].tag == "SSO"])
    if not cuts:
        cuts = _respective_cuts(tokens) or _listed_deeds(tokens)
        if not cuts:
            return []
        cuts = [k - 1 for k in cuts]  # (each clause ends before its comma, as one ending in `-고` does)
    spans = list(zip([0] + [k + 1 + (tokens[k + 1].form == ",") for k in cuts], cuts + [len(tokens)]))
    shift = sentence.shift
    if not all(any(t.tag == "SN" or _is_time_word(t) for t in tokens[low:high]) or deadlines.find_time_expressions(
        sentence.text[tokens[low].start - shift : tokens[high - 1].end - shift], None  # `다음 달부터는`, `올해`
    ) for low, high in spans):
        return []
    if any(t.tag == "NP" or (t.tag == "MM" and t.form in ("이", "그", "해당")) for low, high in spans[1:]
           for t in tokens[low:high]):
        return []
    bounds = []
    for n, (low, high) in enumerate(spans):
        if n == 0:
            label = _Q_AND_A.match(sentence.text)
            first = label.end() if label else 0  # `A. 내년 3월에는 …`: the answer's label is no part of it
        else:
            first = tokens[low].start - shift
        last = tokens[high].end - shift if high < len(tokens) else len(sentence.text)  # `만들고` with its `-고`
        bounds.append((first, last))
    return bounds


# A mid-heading in the body (`■ 관광: 2천만 명, 1년 늦게 달성`) names what the paragraph under it
# reports; the paragraph is the mention, with its date, speaker and figures in full.
_MID_HEADING = re.compile(r"^\s*[■◆]\s*\S")
# A correction's old words, set beside the new (`- 정정 전: … / 정정 후: …`, `수정 전 : …`)
_CORRECTED_TEXT = re.compile(r"^\s*[-–·•○◦*]?\s*[(\[<]?\s*(?:정정|수정|바로잡기)\s*전\s*[)\]>]?\s*[:：]")

# A page's field of a label and a date (`차기 등록 예정일: 2026-04-30`); a fact box's `완공 목표: 2026년 12월
# 31일` names a deed and stays
_DATE_FIELD = re.compile(r"\s*[-–·•*○◦]?\s*(?P<label>[가-힣 ]{2,16})\s*[:：]\s*\d{2,4}\s*[.\-/년]\s*\d{1,2}\s*[.\-/월]\s*\d{1,2}\s*[.일]?"
                         r"\s*(?:\([월화수목금토일]\))?\s*")

# A row of a table set out on one line (`[카드] 승강기 교체 융자 4,000대 | 2026년 | 행정안전부 | 변경`):
# cells of labels, no clause; the prose under it is what reports


def _table_row(line: str) -> bool:
    """Three cells or more between bars on the line (`a | b | c`, `| a | b | c |`), none of them blank."""
    return row_cell_count(line) >= 3


_CELL = re.compile(r"[^|│]+")
_ROW_TAG = re.compile(r"\s*(?:\[[^\[\]]{1,8}\]|\d{1,3}[.)]?(?=\s))\s*")  # `[카드] …`, `3 …`: the row's tag or number
_BODY_NAMED = re.compile(r"\(\s*([^()]{2,15}?)\s*\)\s*$")  # `…(공정위)`: the body, at the promise's end
_ASIDE = re.compile(r"\([^()]*\)")
_MOVED_TO = re.compile(r"\s*(?:으로|로)(?![가-힣])")  # `전국 시행은 2028년으로`: the date a promise now runs to
_GOAL_CHANGED_TO = re.compile(r"\s*(?:으로|로)\s*(?:낮|높|줄|늘|올|내리|조정|상향|하향|변경|축소|확대)")


# A law's or a rule's own provision (`이 영은 … 시행한다.`, `부칙 ① 이 법은 공포한 날부터 시행한다.`)
_PROVISION = re.compile(r"\s*(?:부\s*칙\s*)?(?:[①-⑳]|제\s*\d+\s*조(?:\([^()]*\))?)?\s*이\s*(?:법|영|규칙|고시|훈령|조례|규정)\s*은\s")
_PROVISION_END = re.compile(r"(?:시행한다|효력을\s*발생한다)\.?\s*$")  # (not `이 법은 … 시행된다`, news of it)


_GRADING = re.compile(r"판정|등급|평가|구분|분류")
_RUMOUR = re.compile(r"(?<![가-힣])(?:얘기|이야기|소문|말|설|루머)(?:이|가|도)\s*(?:나\s*)?(?:돌|나돌|떠돌)(?!봄|보|아오|아가)"
                    r"|카더라|찌라시|(?:^|\s)지라시")  # (not `연말 돌봄`, `연말이 돌아오면`)
_ADVICE = {"당부", "권고", "조언", "권유"}
# a question still open (`연장 여부는 아직 결정된 바 없다`, `시기는 정해지지 않았다`, `…는 미정이다`): no one's word yet
_UNDECIDED = re.compile(r"(?:결정|확정|정해|결론\s*[이가]?\s*나)(?:된|진|지\s*않은)?\s*(?:바|것)[는가은이도]?\s*(?:전혀\s*)?없"
                        r"|(?:결정|확정)되지\s*않았|정해지지\s*않았|결론[이을]?\s*(?:내지|나지)\s*않았|미정(?:이(?![던었])|입니|인\s*상태)")
_OPEN_WORDS = re.compile(r"결정|확정|정해|결론|미정")  # (a quick test before the pattern: most sentences have none)
_GOES_ON = re.compile(r"\s*(?:지만|는데|으나|고\s|으며|며\s)")  # (`…정해지지 않았지만 연내 10척을 투입한다`: a plan after it)
_PLANNED_YET = ("겠", "기로", "계획", "예정", "방침", "목표")  # (`…은 정해지지 않았지만 연내 착공하겠다`: still a plan)


def _advises(tokens) -> bool:
    """Does a body close on telling people what they must do (`…익혀 먹어야 한다고 당부했다`, `…해야 한다고
    권고했다`), with no plan of its own (not `…권고를 받아들여 연말까지 … 설치하겠다고 밝혔다`)?"""
    advice = next((k for k in range(len(tokens) - 1, max(-1, len(tokens) - 7), -1) if tokens[k].form in _ADVICE
                   and tokens[k].tag == "NNG" and k + 1 < len(tokens) and tokens[k + 1].form == "하"), None)
    return advice is not None and not any(t.form == "겠" and t.tag == "EP" for t in tokens) and any(
        t.tag == "EC" and t.form.endswith("야") and tokens[k + 1].form == "하" and tokens[k + 1].tag == "VX"
        for k, t in enumerate(tokens[:advice]))


def _legend(text: str) -> bool:
    """Does the sentence list three or more verdicts as a tracker's key to its grades (`판정은
    이행·진행·변경·지연·무산 다섯 가지입니다`): a grading word, the verdicts between `·` or `,`, no one's plan?"""
    if text.count("·") + text.count(",") < 2 or not _GRADING.search(text) or "겠" in text:
        return False
    cells = [cell.split()[-1] if cell.split() else "" for cell in re.split(r"[·,]", text)]
    return sum(1 for cell in cells if cell in VERDICTS) >= 3


def _row_cells(text: str) -> list[tuple[int, int]]:
    """Each cell's span, blanks at its ends left out."""
    spans = []
    for cell in _CELL.finditer(text):
        low, high = cell.span()
        while low < high and text[low].isspace():
            low += 1
        while high > low and text[high - 1].isspace():
            high -= 1
        if high > low:
            spans.append((low, high))
    return spans


def scorecard_verdict(text: str) -> str | None:
    """The kind a tracker's row reports, read from its last cell (`이행`, `이행(지연 후)`, `❌ 무산`), or
    None for any other line (a header's `판정`, a row of figures)."""
    if ("|" not in text and "│" not in text) or not _table_row(text):
        return None  # (most sentences: no bar, asked of every one)
    cells = _row_cells(text)
    last = text[slice(*cells[-1])]
    if len(last) > 16:
        return None
    word = re.sub(r"[^가-힣]", "", _ASIDE.sub("", last))
    return VERDICTS.get(word)


def _among_rows(body: str, sentence: Sentence) -> bool:
    """Is the row one of a table's rows, the paragraph above or below it a row with as many cells? A
    tracker's card, a row with its report in prose under it, leaves the prose the mention."""
    cells = row_cell_count(sentence.text)
    return any(row_cell_count(line) == cells for line in _paragraphs_beside(body, sentence) if line)


def _figures_and_dates(target, reported, deadline, previous) -> dict[str, Any]:
    """A mention's target, count reached and dates as its fields (what a prose sentence and a
    tracker's row both give)."""
    return dict(
        target_value=_promised(target) if target is not None else None,
        target_unit=target.unit if target is not None else None,
        target_text=target.text if target is not None else None,
        target_approximate=target.approximate if target is not None else None,
        reported_value=_promised(reported) if reported is not None else None,
        reported_unit=reported.unit if reported is not None else None,
        deadline=deadline.date if deadline is not None else None,
        deadline_text=deadline.text if deadline is not None else None,
        deadline_precision=deadline.precision if deadline is not None else None,
        deadline_mod=deadline.mod if deadline is not None else None,
        previous_deadline=previous.date if previous is not None else None,
    )


def _scorecard_row(article, sentence: Sentence, kind: str, reference, article_category: str, dct) -> Mention | None:
    """A tracker's row as a report on its promise: the promise in the first cell (its body in brackets or
    a cell of its own), the date first promised in the first cell of a date, what came of it in the
    cells after, and the verdict in the last. The verdict is the row's kind; the date promised is what
    a delay or a cancellation missed, a date moved to in the result (`전국 시행은 2028년으로`) the new one,
    and a done promise has no date ahead. `kind`: the row's verdict (`scorecard_verdict`)."""
    if not re.search(r"\d", sentence.text):
        return None  # (`구분 | 기존 | 변경`: a header, no promise's figure or date)
    text, shift = sentence.text, sentence.shift
    cells = _row_cells(text)
    low, high = cells[0]
    if tag := _ROW_TAG.match(text, low, high):
        low = tag.end()
    if low >= high:
        return None
    tokens = tuple(t for t in sentence.tokens if low <= t.start - shift < high)
    point = Sentence(text[low:high], sentence.start + low, sentence.start + high, sentence.in_title, tokens,
                     sentence.segment, shift + low, headline=True)
    ministry = _promise_body(point, reference, dct, [text[a:b] for a, b in cells[1:-1]])
    due = None
    results: list[tuple[int, int]] = []
    for cell_low, cell_high in cells[1:-1]:
        cell = text[cell_low:cell_high]
        if due is None and len(cell) <= 20 and (times := [e for e in deadlines.find_time_expressions(cell, dct)
                                                          if e.date is not None]):
            due = times[0]
        elif due is not None:
            results.append((cell_low, cell_high))
    found = [q for q in _quantities(sentence) if not q.vague]
    in_promise = [q for q in found if low <= q.start and q.end <= high]
    arrow = text.rfind("→", low, high)
    target = next((q for q in in_promise if q.start > arrow), None) if arrow >= 0 else (in_promise[-1] if in_promise else None)
    in_results = [q for q in found if any(a <= q.start and q.end <= b for a, b in results)]
    moved_to = None
    for cell_low, cell_high in results:
        cell = text[cell_low:cell_high]
        for expression in deadlines.find_time_expressions(cell, dct):
            if expression.date is not None and _MOVED_TO.match(cell, expression.end):
                moved_to = expression
    reported = None
    if kind == "revision":
        changed = next((q for q in in_results if _GOAL_CHANGED_TO.match(text, q.end)
                        and (target is None or quantities.same_unit_family(q.unit, target.unit))), None)
        target = changed or target
    if kind in ("progress", "delayed") and target is not None:
        rest = next((q for q in in_results if _REST_BEFORE.search(text[max(0, q.start - 12) : q.start])
                     and quantities.same_unit_family(q.unit, target.unit)), None)
        reported = next((q for q in in_results if q is not rest and quantities.same_unit_family(q.unit, target.unit)), None)
        if kind == "delayed" and rest is not None:
            target = rest  # `243곳, 남은 7곳은 내년 상반기로`: the rest is what is put off
    deadline = previous = None
    if kind in ("progress", "revision"):
        deadline = moved_to or due
    elif kind in ("delayed", "cancelled"):
        previous = due
        deadline = moved_to if kind == "delayed" else None
    return _report(article, sentence, point, kind, text[slice(*cells[-1])], ministry, reference, article_category,
                   _figures_and_dates(target, reported, deadline, previous), found)


def _report(article, sentence: Sentence, point: Sentence, kind: str, cue: str, ministry: str | None, reference,
            article_category: str, figures: dict[str, Any], found) -> Mention:
    """A tracker's report on one promise (a row of its table, a point of its verdict's line): the kind its
    verdict gives, the promise's words from `point`, the quantities `found` in `sentence` as its numbers."""
    promise = point.text
    return Mention(
        article_id=article.article_id,
        sentence=sentence.text,
        sentence_start=sentence.start,
        sentence_end=sentence.end,
        in_title=sentence.in_title,
        kind=kind,
        category=_category(point, reference, article_category, ministry),
        published_at=article.published_at,
        strength="reported",
        cue=cue,
        ministry=ministry,
        **figures,
        keywords=_keywords(point.tokens, reference),
        numbers=tuple(dict.fromkeys(number_key(_promised(q), q.unit) for q in found)),
        phrase=_shorten(_BODY_NAMED.sub("", promise) or promise),
    )


def _promise_body(point: Sentence, reference, dct, cells: Sequence[str] = ()) -> str | None:
    """The body a tracker gives a promise: named in brackets at its end (`…(공정위)`), else a cell that is
    a body's name, else the first body its words name."""
    named = _BODY_NAMED.search(point.text)
    ministry = reference.resolve_ministry(named.group(1), dct) if named is not None else None
    for cell in cells:
        ministry = ministry or reference.resolve_ministry(cell, dct)
    return ministry or next((reference.resolve_ministry(value["ministry"], dct) or value["ministry"]
                             for t in point.tokens if isinstance(value := t.user_value, dict) and "ministry" in value), None)


def _verdict_report(article, point: Sentence, kind: str, cue: str, reference, article_category: str, dct) -> Mention:
    """A point of a verdict's summary line as a report on its promise (`택배 휴게시설 263곳(목표 300곳)`,
    `펫보험 자동 청구(2027년 상반기로)`, `V-Pass 교체 4,300→3,500척`), read as a tracker's row is: the
    goal after an arrow or `목표`, the count reached beside it, a date moved to (`…로`) the new one for a
    delay, a date the one ahead for work under way, none for a deed done or given up."""
    text = point.text
    ministry = _promise_body(point, reference, dct)
    found = [q for q in _quantities(point) if not q.vague]
    arrow = max((m.start() for m in deadlines.ARROW.finditer(text)), default=-1)
    # the goal after `목표`, the promise's before a dash with what came of it after (`통신시설 870곳 이중화 — 11월
    # 현재 804곳`), or the whole before `중`/`가운데` (`쉼터 200곳 중 120곳 완공`)
    dash = _OUTCOME_DASH.search(text)
    promised = [q for q in found if dash is not None and q.end <= dash.start()] if arrow < 0 else []
    goal = next((q for q in found if _GOAL_BEFORE.search(text[max(0, q.start - 8) : q.start])), None) or (
        promised[-1] if promised else next((q for q in found if _OF_WHOLE.match(text, q.end)), None))
    target = next((q for q in found if q.start > arrow), None) if arrow >= 0 else goal or (found[-1] if found else None)
    reported = None
    if kind in ("progress", "delayed") and goal is not None:
        reported = next((q for q in found if q is not goal and quantities.same_unit_family(q.unit, goal.unit)), None)
    times = [e for e in deadlines.find_time_expressions(text, dct) if e.date is not None
             and not AS_OF_STAMP.match(text, e.end)]  # (`11월 현재 804곳`: the day the count is as of)
    moved_to = next((e for e in times if _MOVED_TO.match(text, e.end)), None)
    deadline = moved_to if kind == "delayed" else (moved_to or (times[0] if times else None)) if kind in (
        "progress", "revision", "new") else None
    # the date it was due, missed: moved from (`2027년에서 2028년으로`) or run up to (`2025년 말까지 870명에 그침`)
    missed = next((e for e in times if e is not moved_to and (_FROM_THEN_TO.match(text, e.end) or (
        "까지" in e.text and dct is not None and e.date <= dct))), None) if kind == "delayed" else None
    return _report(article, point, point, kind, cue, ministry, reference, article_category,
                   _figures_and_dates(target, reported, deadline, missed), found)


_GOAL_BEFORE = re.compile(r"목표\s*[:：]?\s*$")
_OUTCOME_DASH = re.compile(r"\s[—–]\s")
_OF_WHOLE = re.compile(r"\s*(?:중|가운데)\s+\d")


def _mention(article, sentence: Sentence, reference, actors, lead_ministry, article_category, dct,
             scope: tuple[int, int] | None = None) -> Mention | None:
    """The sentence's mention, if any; with `scope`, one clause's (`body_points`): the whole
    sentence's cues and speaker, the clause's own figures, date and words."""
    if not sentence.headline and _MID_HEADING.match(sentence.text) and not ends_with_full_stop(sentence.text):
        return None
    if _CORRECTED_TEXT.match(sentence.text):
        return None  # `- 정정 전: 2027년까지 17개 시도에 조성`: the words a correction takes back
    if _PROVISION.match(sentence.text) and _PROVISION_END.search(sentence.text):
        return None  # `이 영은 2026년 1월 1일부터 시행한다.`: a draft's own wording, quoted on its notice
    if _legend(sentence.text):
        return None  # `판정은 이행·진행·변경·지연·무산 다섯 가지입니다.`: how a tracker grades, no promise
    if ("돌" in sentence.text or "라시" in sentence.text or "카더라" in sentence.text) and _RUMOUR.search(sentence.text):
        return None  # `… 끝낸다는 얘기가 돌던데 아직 공식 발표는 없대요`: hearsay, no one's word
    if _OPEN_WORDS.search(sentence.text) and (open_question := _UNDECIDED.search(sentence.text)) and not (
            _GOES_ON.match(sentence.text, open_question.end())) and not any(word in sentence.text for word in _PLANNED_YET):
        return None  # `유류세 인하 연장 여부는 아직 결정된 바 없다`: a question still open, no promise nor its end
    if _advises(sentence.tokens):
        return None  # `… 85도에서 1분 이상 익혀 먹어야 한다고 당부했다`: what the public should do, no promise
    if (field := _DATE_FIELD.fullmatch(sentence.text)) and not any(
            word in field.group("label") for word in ("목표", *ACTION_NOUNS)):
        return None  # `차기 등록 예정일: 2026-04-30`: a page's field, its label and a date, no deed named
    if not sentence.in_title and ("|" in sentence.text or "│" in sentence.text) and all(
            _table_row(line) for line in sentence.text.splitlines() if line.strip()):
        return None  # (a row Kiwi ran into the prose under it leaves that prose its mention)
    tokens = sentence.tokens
    if _introduces(tokens) and not ends_with_full_stop(sentence.text):
        return None  # `2026년 난청 검사·보청기 지원, 이렇게 바뀝니다`: a notice's heading over what changes, no promise
    cues = _cues(tokens)
    # A headline and a list item of the article (`▲공공주택 5만 호 연내 착공`) are written as nouns.
    headline_like = sentence.headline or (is_list_item(sentence.text) and not ends_with_full_stop(sentence.text)) or (
        _memo_ending(tokens))
    if not headline_like and any(c.word in _FIGURE_MOVED for c in cues):
        # `도서관은 1,300곳으로 늘어났다` is where a figure stands (a statistic, measured below), not
        # a target changed, unless the earlier figure or plan is named (`목표가 당초 3만 명에서 …`)
        cues = [c for c in cues if not (c.word in _FIGURE_MOVED and _figure_stands(tokens, c.index))]
    measured_only = False
    if not cues and not headline_like and not (_scheduled(tokens) or _fulfils_earlier_promise(tokens)
                                                or _widening_under_way(tokens)):
        if not _measured(tokens):
            return None  # most sentences: no cue, so no need to read their numbers and dates
        measured_only = True  # (`…가 발표한 통계에 따르면 올해 … 7만 가구로 늘었다` is no announcement)
    if len(tokens) > 1 and tokens[0].form in ("만약", "만일", "가령") and tokens[1].form != "의" and not any(
            (t.form == "겠" and t.tag == "EP") or t.form in ("계획", "방침", "예정", "기로") for t in tokens):
        return None  # `만약 … 통과시키지 못하면 … 늦어질 수 있다`: a case imagined (not `만약 …면 …하겠다`, a pledge)
    if _said_by_the_one_addressed(tokens):
        return None  # `…차단하겠다고 하셨잖아요`: an interviewer recalls the guest's promise, a question
    if _to_the_reader(tokens):
        return None  # `…7월 10일까지 제출해 주십시오`: the page asks its reader; no one's plan is reported
    if _demanded(tokens):
        return None  # `정부는 상담사를 2026년까지 500명으로 늘려라`: a group's demand, no one's promise
    all_found = [q for q in _quantities(sentence) if not q.vague] or _ranks(sentence, cues)
    if scope is None:
        all_deadline, all_previous = deadlines.deadline_for(sentence.text, dct)
    else:
        low, high = scope
        all_found = [q for q in all_found if low <= q.start < high]
        all_deadline, all_previous = (
            None if e is None else dataclasses.replace(e, start=e.start + low, end=e.end + low)
            for e in deadlines.deadline_for(sentence.text[low:high], dct)
        )
    if headline_like and all_deadline is not None and (
        all_deadline.date is None or dct is None or all_deadline.date >= dct
    ):
        # A headline's bare `GPU 3만장 확보`, `6호기 7월 가동` before a future deadline is the
        # plan, not the deed. A deed said done (`완료`, `마쳐`, `개소`) is the plan only in the
        # deadline's own point, unless that point has no verb of its own (`1만장 도입 완료…내년 초
        # 배분`: the delivery is done; `6호기 가동…2028년까지`: it is not).
        own_point = not _point_acts_after(sentence, all_deadline.end)
        for cue in cues:
            if cue.realised and cue.word in AMOUNT_CHANGES and not _changes_course(tokens, cue.index):
                # `시장조성자 연내 10곳으로 늘려`: an amount to reach by the date, not one changed
                cue.realised = False
                continue
            if not cue.realised or cue.negated or cue.label not in ("progress", "achieved"):
                continue
            if cue.label == "progress" or own_point or _same_point(
                sentence, tokens[cue.index].start - sentence.shift, all_deadline.start
            ):
                cue.realised = False
    recall = next((c for c in cues if c.recall_end is not None), None)
    if any(c.word == PERCENT_OF_TARGET for c in cues):
        # `8,000대로 목표 1만 대의 80%를 달성했다`: the share says how far, not the verb
        cues = [c for c in cues if c.word == PERCENT_OF_TARGET or c.label not in KIND_RANK]
    live = [c for c in cues if not c.recalled]
    followups = [c for c in live if c.label in KIND_RANK and c.realised and not c.hypothetical
                 and not _describes_people(tokens, c.index) and not _describes_body(tokens, c.index)
                 and not _in_attribution(tokens, c.index)]
    if followups and (_ends_in_plan(tokens) or (_ends_scheduled(tokens) and all_deadline is not None and (
        all_deadline.date is not None and dct is not None and all_deadline.date >= dct
    ))):
        # `선정된 구간은 … 2028년까지 첫 삽을 뜬다는 목표다`, `지난해 가동에 들어간 홍수예보 223곳은 6월까지
        # 500곳으로 늘린다`: a deed done names what the plan is for
        followups = [c for c in followups if not _adnominal(tokens, c.index) or c.word == "없던 일로"]  # (an idiom's -던)
    elif followups and recall is None and _ends_in_copula(tokens):
        # `전국에 설치된 급속충전기는 4만 3,000기다`: what the counted subject is, not news of a promise
        # (`…늦어진 일정이다`, `…지킨 셈이다`: the predicate itself is the news)
        # (`지금까지 문을 연 곳은 29곳이다`: a count so far is news of how far a promise got)
        followups = [c for c in followups if not (_adnominal(tokens, c.index) and (
            _describes_subject(tokens, c.index) or _defines(tokens)) and not _so_far(tokens, c.index))]
    commitments = [c for c in live if c.label not in KIND_RANK and not c.hypothetical and not c.negated]
    # (a failure still to come is no plan: `대가를 받지 못하는 문제가 생길 수 있다`)
    prospective = [c for c in live if c.label in KIND_RANK and not c.realised and not c.hypothetical and not c.negated
                   and c.word not in ("않", "못하", "못")]

    # A headline's cue speaks for its own point (and points with no verb of their own). When no
    # cue's point holds a figure (`장관, AI 경쟁력 확보 '올인'…"2년 내 GPU 3만개"`), the figures
    # are the headline's, unless the cue reports a deed of its own point (`기후부 출범…기재부는
    # 내년 1월 둘로 나뉜다`: the launch has no date to give).
    found, deadline, previous = _scoped_figures(sentence, cues, all_found, all_deadline, all_previous, by_point=True)
    if sentence.headline and not (found or deadline or previous):
        first = _cues_in_order(cues)[0]
        if first is None or first.label == "progress" or first.label not in KIND_RANK:
            found, deadline, previous = _scoped_figures(sentence, cues, all_found, all_deadline, all_previous, by_point=False)
    if deadline is None and previous is None and _kept_to_schedule(tokens):
        deadline = _date_kept(sentence, dct)  # `예정대로 4월 문을 열었다`: the date the promise gave, kept
    if deadline is None and previous is not None and any(
            c.label == "revision" and _earlier_figure_recalled(tokens, c.index) for c in cues) and not any(
            c.label in ("delayed", "cancelled") and not c.recalled for c in cues):
        # `2030년까지 1조 원으로 잡았던 투자를 1조 5,000억 원으로 늘리기로 했다`: the amount moved, the date stands
        deadline, previous = previous, None
    if deadline is not None and any(
            c.word == SHARE_OF_TARGET and tokens[c.index].end - sentence.shift <= deadline.start for c in cues):
        deadline = None  # `1,000대 목표 가운데 10월까지 640대가 나갔다`: when the count was taken
    if recall is not None and deadline is not None and _promised_last_year(sentence, deadline, recall) and (
            dct is None or deadline.date.year >= dct.year):  # (not one deadlines already put in last year)
        deadline = dataclasses.replace(deadline, date=_year_before(deadline.date))
    elif deadline is not None and (_done_before_in_year(sentence, deadline, followups, dct)
                                   or _said_last_year(sentence, deadline, dct)
                                   or _gone_past(sentence, deadline, dct)
                                   or _recalled_as_passed(sentence, deadline, recall.recall_end if recall is not None else None,
                                                          dct)):
        deadline = dataclasses.replace(deadline, date=_year_before(deadline.date))
    if previous is not None and deadline is not None and previous.date and deadline.date and dct is not None and (
            deadline.date >= dct and (previous.period_start or previous.date) > deadline.date and previous.anchor == "dct"
            and not _NAMES_ITS_YEAR.search(previous.text) and not _LAST_YEAR.search(previous.text)) and any(
            c.label == "delayed" and c.realised and not c.negated and not c.recalled for c in cues):
        # `하반기 안에 마치기로 했던 개정은 6월로 미뤄졌다` said in spring: put off to June, so last year's 하반기
        previous = dataclasses.replace(previous, date=_year_before(previous.date))
    if previous is not None and deadline is not None and previous.date and deadline.date and (
            previous.date.year != deadline.date.year and previous.end <= deadline.start
            and _FROM_THEN_TO.fullmatch(sentence.text, previous.end, deadline.start)
            and deadline.anchor == "dct" and "년" not in deadline.text and not _NAMES_ITS_YEAR.search(deadline.text)
            and (previous.anchor != "dct" or _NAMES_ITS_YEAR.search(previous.text))):
        # `내년 상반기에서 하반기로 미룬다`: the later time, named without its year, is in the earlier one's (or
        # the year after, put off past the turn of the year: `2027년 11월에서 2월로 미뤘다`)
        later = _in_year(deadline.date, previous.date.year)
        if later < previous.date and any(c.label == "delayed" and not c.negated for c in cues):
            later = _in_year(later, later.year + 1)
        deadline = dataclasses.replace(deadline, date=later)
    has_time = deadline is not None
    future_time = has_time and (deadline.date is None or dct is None or deadline.date >= dct)
    governing = next((c for c in _cues_in_order(cues) if c is not None), None)
    target = _target(found, tokens, sentence, governing, deadline)
    if not found and _SUMMING_UP.search(sentence.text) and (summed := _SUMMED_UP.search(sentence.text)) and not (
            _PLANNED_AFTER.search(sentence.text, summed.end())):
        # `올해 정부가 발표한 한옥 지원 계획을 정리해 둡니다`: the writer on what follows, no promise of its own (not
        # `… 내용을 정리해 연내 발표하겠다고 밝혔다`: a plan to sum it up)
        return None
    speaker, title_word = actors.speaker(sentence)
    focus = deadline.start if deadline is not None else (target.start if target is not None else None)
    category = None  # read when needed: most sentences end before
    if actors.unheard and speaker is None and not sentence.headline and _in_own_voice(tokens):
        # the letter's writer pledging in its own voice (`… 거래처에는 배송비를 받지 않겠습니다`): its own plan,
        # whatever body the paragraphs before it named
        return None
    ministry = actors.ministry_for(sentence, speaker, focus)
    ordered = _imperative_at(tokens) if "라" in sentence.text else None
    if ministry is None and speaker is None and ordered is not None:
        return None  # `민주노총은 노동부에 … 시행하라고 요구했다`: an outsider's demand, no body's deed or plan
    if ministry is None:
        if actors.unheard and not sentence.headline and not _reported(tokens):
            # a firm's, a daycare's, a co-op's letter: what it says it will do with no body named near is its
            # own plan, not that of the body the page names most (`해열제 투약의뢰서는 3월부터 앱으로만 받습니다`)
            return None
        category = _category(sentence, reference, article_category)
        ministry = actors.owner(category, lead_ministry)
    if actors.legislature(ministry) and lead_ministry and not actors.legislature(lead_ministry):
        # The Assembly passes what a ministry proposed: the commitment stays the executive's.
        ministry = speaker.ministry if speaker is not None and speaker.ministry else lead_ministry
    government = ministry is not None or speaker is not None or any(t.form in GOVERNMENT_WORDS for t in tokens)

    kind = strength = cue_word = None
    short = False  # a count short of a recalled promise's figure
    negated_decision = [c for c in cues if c.label == "decided" and c.negated]
    for cue in followups:
        if cue.negated and cue.label in ("achieved", "progress"):
            cue.label = "delayed"  # 이행하지 못했다, 완료되지 않았다
    followups = [c for c in followups if not (c.negated and c.label not in ("delayed",))]
    if (followups or not commitments) and ministry is not None and ordered is not None:
        # `지자체에 연말까지 점검을 마치라고 요구했다`: a deed ordered of others, not one done; the body's order, with
        # its date, is what it has set in motion (`SK텔레콤에 이달 중 대책을 제출하라고 요구했다`)
        followups = [c for c in followups if c.index > ordered]
        if not followups and not commitments:
            commitments = [_Cue(ordered, "planned", tokens[ordered].form)]
    # a revision that puts the date back is a delay
    put_back = bool(deadline is not None and previous is not None and deadline.date and previous.date
                    and deadline.date > previous.date)
    if followups and deadline is not None:
        followups = _outside_the_plans_quote(tokens, sentence, deadline, commitments, followups)
    if followups and speaker is None and all(_adnominal(tokens, c.index) for c in followups) and any(
            c.label == "advocacy" and not c.quoted and c.index > max(f.index for f in followups)
            and all(t.tag in ("EP", "EF", "SF", "SE") for t in tokens[c.index + 2 :]) for c in cues):
        # `정부는 미뤄진 일정을 나열하는 데 그칠 게 아니라 로드맵을 다시 짜서 내놓아야 한다`: the writer's
        # demand, the delay only what it is about (not `…마쳐야 한다고 밝혔다`: the body's own word)
        return None
    if followups:
        best = max(followups, key=lambda c: (KIND_RANK[c.label], -c.index))
        kind, cue_word, strength = best.label, best.word, "reported"
        if kind == "revision" and put_back and not _figure_moved(tokens, best.index):
            # `준공을 연말에서 내년 3월로 조정했다`: a date put back is a delay (not `물량을 1만 2,000가구에서
            # 1만 5,000가구로 늘리고, 완료 시점도 내년 6월로 조정했다`: the target moved too, a revision)
            kind = "delayed"
        elif kind == "cancelled" and put_back and (moved := next((c for c in followups if c.label == "delayed" and (
                c.index > best.index) and any(t.tag == "EC" and t.form in _BECAUSE for t in tokens[best.index + 1 : c.index])),
                None)) is not None:
            kind, cue_word = "delayed", moved.word  # `상반기 출시가 무산돼 하반기로 미뤄졌다`: the date fell through, moved
        elif kind == "delayed" and (_done_late(tokens, best, followups) or _late_then_done(tokens, best, followups)):
            kind, cue_word = "achieved", LATE_DEED
        elif kind == "delayed" and _put_off_then_kept(tokens, best):
            # `3월로 미뤄졌던 앱은 예정대로 3월 개학에 맞춰 나왔다`: kept to the new date, the old one is history
            kind, cue_word, previous = "achieved", "예고한 대로", None
        elif kind in ("achieved", "progress") and recall is not None and recall.index < best.index and (
            _falls_short(tokens[recall.recall_end + 1 :])
        ):
            kind, short = "delayed", True  # `짓기로 한 충전소 50곳 중 38곳만 완공`: only part of what was promised
        elif kind == "progress" and (_all_of_it(tokens, best.index) or _fulfils_earlier_promise(tokens)
                                     or any(t.form == "제때" for t in tokens[max(0, best.index - 3) : best.index])
                                     or _predicate_done_in_full(tokens, best.index)):
            kind = "achieved"  # `2조 원은 17개 시도에 모두 배분됐다`, `약속대로 12월 국회에 제출됐다`, `제때 꾸려져`: done
        elif kind == "achieved" and recall is None and (
            _so_far(tokens, best.index) or _counted_subject(tokens, best.index)
        ) and not (_all_of_it(tokens, best.index) or _all_of_it(tokens, _verb_after(tokens, best.index))
                   or _fulfils_earlier_promise(tokens)):
            # `지금까지 문을 연 곳은 29곳이다`, `그동안 12개 과제를 마쳤다`, `센터는 9곳이 문을 열었다`: done in part
            kind = "progress"
        elif kind == "revision" and _fulfils_earlier_promise(tokens):
            kind = "achieved"  # `…올리기로 한 지원 한도는 예정대로 상향됐다`: the promised change, made
        elif kind == "delayed" and _submitted_then_held(tokens, best.index):
            # `제정안은 약속대로 5월 국회에 제출됐지만 아직 상임위원회 문턱을 넘지 못했다`: the bill is in;
            # what the Assembly does with it is not the ministry's to promise
            kind, cue_word = "achieved", "제출"
        decided_against = next((c for c in negated_decision if c.index > best.index and any(
            t.tag == "EC" and t.form in ("어", "아", "여", "서", "어서", "아서") for t in tokens[best.index + 1 : c.index])),
            None) if kind == "delayed" and best.negated else None
        if decided_against is not None:
            # `예산에 반영되지 못해 추진하지 않기로 했다`: the failure is the reason; the decision drops it
            kind, cue_word, strength = "cancelled", decided_against.word, "decided"
    if kind is None and _fulfils_earlier_promise(tokens):
        kind, cue_word, strength = "achieved", "예고한 대로", "reported"
    if kind is None and recall is not None and negated_decision:
        kind, cue_word, strength = "cancelled", negated_decision[0].word, "decided"  # `…하겠다던 X는 만들지 않기로 했다`
    if kind in (None, "new") and government and (dropped := _plan_dropped(tokens)) is not None:
        kind, cue_word, strength = "cancelled", dropped, "decided"  # `허용 방안을 추진하지 않기로 (결정)했다`
    if kind is None and recall is not None:
        kind, cue_word, strength = _recall_outcome(tokens, recall, commitments + [
            c for c in prospective if c.label == "revision"])
        if kind == "revision" and put_back:
            kind = "delayed"  # `연내 확정하기로 했던 기준도 내년 3월까지 내놓겠다`
        short = cue_word in _SHORT_WORDS or (kind == "delayed" and cue_word == tokens[recall.recall_end].form and any(
            t.tag in ("SN", "NR") for t in tokens[recall.recall_end + 1 :]))
    if short and kind == "delayed" and (_due_later(sentence, recall, dct) or (
            cue_word == "남" and not _overdue(sentence, recall, dct))):  # (`80명 남았다`: still to close)
        kind = "progress"  # `올해 15만 명을 지원하겠다던 목표는 9월 말까지 9만 2,000명에 머물렀다`: not yet due
    if kind is None and negated_decision and government:
        kind, cue_word, strength = "cancelled", negated_decision[0].word, "decided"
    if kind is None and (commitments or (prospective and not (deadline is None and _as_things_stand(tokens)))):
        best = (commitments or prospective)[0]
        kind, cue_word = "new", best.word
        strength = best.label if best.label not in KIND_RANK else "planned"
        moved = next((c for c in prospective if c.word in TARGET_MOVES and c.label == "revision"), None)
        if moved is not None and commitments and any(c.label in ("decided", "volition") for c in commitments):
            kind, cue_word = "revision", moved.word  # `목표를 107만t으로 높이기로 했다`: the target moved by decision
        elif any(_target_reset(tokens, c.index) for c in (commitments or prospective)):
            kind, cue_word = "revision", best.word  # `발급 목표를 500만 명에서 400만 명으로 조정한다`: the target itself moved
        if strength == "prediction" and speaker is None:
            return None  # a forecast counts when an official makes it, not a ministry's outlook
        if strength == "advocacy" and speaker is None and not _reported(tokens) and not (future_time and (
                _duty_from(tokens, best.index) or (_per_plan(tokens) and _from_a_day(tokens, best.index)))):
            return None  # `공정위는 … 방안을 내놔야 한다`: the writer's demand, unless an official says it
    against = _count_against_goal(sentence, found) if kind is None and headline_like else None
    if against is not None:
        # `모니터링단 48명(목표 60명)`, `교란식물 제거 2025년 2,130ha (목표 2,000ha)`: a count set beside its goal
        goal, count = against
        # (a goal to cut to, `사망자 2,500명 (목표 2,000명)`, is not met by being over it)
        met = count.value >= goal.value and not any(t.form in REDUCING or t.form in _REDUCED_MEASURES for t in tokens)
        kind, cue_word, strength, target = ("achieved" if met else "progress"), "목표", "reported", goal
    if kind in (None, "new") and headline_like and not future_time and _done_as_dated(sentence, dct):
        # a scorecard's item `유가족 심리상담 17개 시도 모두 시작 (9월)`, `살얼음 알림 (지난해 12월부터)`:
        # the deed, with the day gone by it was done or has run since
        kind, cue_word, strength, deadline, previous = "achieved", "괄호 날짜", "reported", None, None
    whole = _whole_of_part(sentence, found) if kind is None and sentence.headline else None
    if whole is not None:
        # `피해 상담소는 17곳 중 13곳`, `보증 1조 원 중 3,200억 원`: how far a promise of the whole got
        kind, cue_word, strength, target = "progress", "중", "reported", whole
    if kind in (None, "new") and sentence.headline and not future_time and (done := _part_done(sentence, found)):
        # `판매처 5곳 중 3곳 확정`, `시험기관 3곳 중 2곳만 지정`, `소각장 10곳 중 착공 3곳`: part of it done
        whole, only = done
        kind, cue_word, strength, target = "delayed" if only else "progress", "중", "reported", whole
    if kind is None and headline_like and (target is not None or future_time) and (
        _has_action(tokens) or _dated_deed(sentence, deadline)
        or (target is not None and (future_time or _changed_to_figure(tokens)))
    ) and (has_time or actors.named_in(sentence) or (
        # a headline point with its figure and its deed (`…피해자 결정 30일로 단축`)
        sentence.headline and target is not None and (_has_action(tokens) or _changed_to_figure(tokens))
        and sentence.text != article.title
    )):
        # (a headline without a figure needs its date and its deed: `'조건부 면허' 내년 하반기 시범 도입`)
        kind, cue_word, strength = "new", ("제목" if sentence.in_title else "부제") if sentence.headline else "항목", "headline"
    if kind is None and sentence.headline and future_time and sentence.text != article.title and _verb_elided(
            sentence, deadline, target):
        # a headline point whose verb is left out (`…포괄임금 금지 법안은 연내`, `…외국인등록증도 내년
        # 하반기부터 모바일로`): the promise the point names, due then
        kind, cue_word, strength = "new", "제목" if sentence.in_title else "부제", "headline"
    if kind is None and sentence.headline and target is not None and actors.named_in(sentence) and _quoted_at(
        sentence.text, target.start
    ):
        # an official's quoted figure in a headline point (`장관 "팁스 기업 매년 1200개…"`): what they promise
        kind, cue_word, strength = "new", "제목" if sentence.in_title else "부제", "headline"
    if kind is None and not measured_only and future_time and target is not None and _announced(tokens):
        kind, cue_word, strength = "new", "발표", "reported"
    if kind is None and future_time and deadline.mod in ("BY", "END") and target is not None and _widening_under_way(tokens):
        kind, cue_word, strength = "new", "현재형", "planned"  # `…을 내년까지 120개 병원으로 넓히고 있습니다`
    if kind is None and (future_time or target is not None) and _scheduled(tokens, ahead=future_time) and not (
        (deadline is None and (_as_things_stand(tokens) or _if_then(tokens) or _received(tokens))) or _as_before(tokens)
    ):
        kind, cue_word, strength = "new", "현재형", "planned"
    if kind is None and target is not None and (level := _measured_level(sentence, found)) is not None:
        # `독립영화관 지원은 올해 60곳으로 늘었다`: where a figure stands, news of a promise only if
        # linking finds the promise it measures (`measured` mentions never start one); a date in it
        # says when the figure was taken, no deadline
        kind, cue_word, strength, target = "progress", "측정", "measured", level
        deadline = previous = None
        has_time = future_time = False
    if kind is None:
        return None
    if kind == "achieved" and future_time and any(t.form == "앞두" and t.tag == "VV" and _going_on(tokens, k + 1)
                                                  for k, t in enumerate(tokens[:-1])):
        kind = "progress"  # `개정안은 국회를 통과해 내년 상반기 시행을 앞두고 있다`: a step, the deed still ahead
    if kind == "achieved" and recall is not None and _short_of_recalled(sentence, recall, all_found, cues):
        kind = "progress"  # `100곳을 짓기로 한 집하장은 58곳이 완공됐다`: done in part
    if kind == "achieved" and cue_word in _FINISHED and (whole := _whole_done_in_part(sentence, found)) is not None:
        # `목표한 20곳 중 12곳 세관에 … 설치를 마쳤다`: done in part of the whole, and late when its date has gone by
        # (`사방시설은 1,200곳 가운데 1,080곳을 6월 말까지 마쳤습니다`, in July)
        kind, target = "progress", whole
        if deadline is not None and deadline.date is not None and dct is not None and deadline.date < dct:
            kind = "delayed"
    if kind == "progress" and recall is not None and _short_of_recalled(sentence, recall, all_found, cues) and (
        _overdue(sentence, recall, dct)
    ):
        kind = "delayed"  # `지난해 1조 원을 목표로 했던 거래액은 9,100억 원으로 마감했다`: short, and past its date
    if kind == "delayed" and recall is not None and cue_word in ("않", "못하", "못") and _due_later(sentence, recall, dct):
        kind = "progress"  # `…하반기 구축하겠다고 했지만, … 아직 연결되지 않았다`: not done yet, nor due yet
    if kind == "delayed" and recall is None and cue_word in _SHORT_OF_TARGET and previous is None and deadline is not None and (
            dct is not None and deadline.date is not None and deadline.date > dct and _targets_date(sentence, deadline)):
        # `2026년까지 80%로 높이겠다는 목표에 아직 못 미칩니다`, `올해 목표 2,000ha의 절반 그쳐` (in
        # September): short of a target still due, how far it has got
        kind = "progress"
    if kind == "progress" and recall is not None and cue_word not in _SHORT_BY and _reached_recalled(
            sentence, recall, all_found):
        kind = "achieved"  # `21만 원 선을 회복하겠다던 쌀값은 21만 8,000원을 기록했다`: the figure reached
    if kind == "revision" and recall is not None:
        # `80%로 높이겠다던 … 목표는 70%로 낮아졌다`: the recalled figure is the old one
        head = _recalled_head(sentence, recall, found)
        moved_to = [q for q in found if q.start >= tokens[recall.recall_end].end - sentence.shift and q is not head]
        target = _target(moved_to, tokens, sentence, None, deadline) or target
    if kind in ("progress", "achieved", "delayed") and recall is not None:
        # `4,000곳으로 늘리기로 한 지원 기업은 3,480곳이 선정됐다`: the promise is 4,000 곳; 3,480 is
        # how far it got, which the sentence reports against it
        target = _recalled_figure(sentence, recall, all_found) or target

    if recall is not None and _precedent(sentence, recall, dct):
        # `정부는 2023년 청년도약계좌를 내놓으며 300만 명을 모으겠다고 했지만, … 그쳤다`: an older
        # programme's promise, told as a precedent for the one in the news
        return None
    if recall is None and not commitments and target is None and _history(sentence, dct):
        # `1983년 이후 아홉 차례 … 모두 무산됐고, … 2005년 경주로 정해졌다`: background, years gone (not
        # `2019년 발표한 계획을 이행하겠다`, `2020년 착공하기로 했던 노선은 여전히 …`, `…9만 가구에 그쳤다`)
        return None
    if target is None and _year_made_into(tokens):
        return None  # `"올해를 폐업의 분수령으로 만들겠다"`, `올해를 … 원년으로 삼겠다`: a slogan for the year, no deed
    if _question(tokens) or _explains(tokens) or _about_promises(tokens) or _wished(tokens) or _since_promise(tokens) or (
        _precedent_noted(tokens)) or (
        _corrects(tokens)
    ):
        return None  # `약속은 얼마나 지켜졌나`, `…로 정한 이유다`: the news is in the sentences around it
    if _attributed_opinion(tokens) or _risk_told(_main_words(tokens)):
        # `…어렵다는 관측이 나온다`, `…발목을 잡았다는 분석이다`, `…줄면 … 줄어들 수 있다고 본다`: someone's
        # reading, not news of a promise
        return None
    head = _predicate_head(tokens)
    if speaker is None and head is not None and head.form in FORECASTING and not actors.named_in(sentence):
        return None  # `연구기관은 … 3만 명가량 모자랄 수 있다고 내다봤다`: an outlook no official gave
    if head is not None and head.form == "예보" and _reported(tokens):
        return None  # `기상청은 … 비가 내리겠다고 예보했다`: the weather, whoever forecasts it
    if head is not None and head.form in ("열리", "개최", "열") and target is None and _event_is_subject(
            tokens, held=head.form != "열리" and (_DAYS_SPAN.search(sentence.text) is not None or _held_that_day(sentence, dct))):
        # `정부혁신 박람회는 다음 달 14일부터 … 열린다`, `… 코엑스에서 '양자 주간' 행사를 연다`, `문체부는 12일
        # 광화문광장에서 한글문화축제를 연다`: an event's schedule
        return None
    if head is not None and target is None and (
            (head.form == "하" and head.tag == "VV" and _event_is_subject(tokens) and not any(
                t.tag == "ETM" for t in tokens[:tokens.index(head)]))
            or (head.form in ("취소", "연기") and _meeting_subject(tokens, tokens.index(head)))):
        # `… 시상은 10월 첫 주에 합니다`, `7월 정기 모임(…)은 취소합니다`: a gathering's day, or its calling off
        return None
    if head is not None and head.form == "참석" and target is None and (deadline is None or deadline.mod not in ("BY", "END")):
        return None  # `장관은 오는 31일 … 기념식에 참석한다`: an official's diary, no promise of policy
    if _survey_answer(tokens, head) or _respondents_counted(tokens) or _share_found(tokens):
        return None  # `조선사 8곳 가운데 5곳은 … 보증을 받지 못했다고 답했다`: respondents' experience
    if _report_denied(tokens, head):
        return None  # `… '예산 10% 삭감' 방침에 대해 "검토한 바 없으며 사실이 아니다"라고 해명했다`: a report denied
    if kind == "new":
        if not (future_time or target is not None or (has_time and _promise_reported_as_made(tokens)) or (
            speaker is not None and _vowed(tokens)
        )):
            return None  # (`지난해 말까지 넓히겠다고 약속했다`: a promise whose date has passed is still one)
        if not government:
            return None
        if target is None and _meeting_held(tokens):
            return None  # `2차 회의는 8월 중 열 예정이다`: a meeting's date, no promise of policy
        if deadline is None and any((a.tag == "JKQ" and b.form == "만" and b.tag == "JX") or (
                a.tag == "ETM" and b.form == "대로" and b.tag == "NNB") for a, b in zip(tokens, tokens[1:])):
            # `"순차적으로 정비하겠다"고만 밝혔다`: all it would say; `예산이 확보되는 대로 뽑겠다`: when
            # something else has happened. Neither gives a date to hold it to.
            return None
        if _hoped_for(sentence, deadline):
            return None  # `조사 시간이 30% 줄어들 것으로 기대한다`: an effect hoped for, with no date to hold it to
        if speaker is None and _by_law(tokens) and not _ministry_subject(tokens, sentence.headline):
            return None  # `개정 구급법에 따라 10월부터는 벌금 상한이 오른다`: what a law does, not a promise
        if _only_possible(tokens) or _must_not(tokens):
            return None  # `200곳까지 늘리는 것도 가능하다`: a possibility, not a promise; `…흔들려서는 안 된다`
        if deadline is not None and deadline.mod == "BY" and _call_closes(tokens):
            return None  # `제안서는 다음 달 13일까지 받는다`: when a call closes, for those who answer it
        if _only_weighed(tokens) or _to_be_weighed(tokens):
            return None  # `…지원하는 방안이 검토되고 있다`, `…손질을 검토하겠다는 입장이다`: an option being weighed
        if _reckoned(tokens):
            return None  # `앞으로 5년간 2,400억 원이 들 것으로 추산했다`: a reckoning, not a promise
        if _worked_out(tokens):
            return None  # `해마다 7GW를 설치해야 한다는 계산이 나온다`: the reporter's arithmetic
        outside = _outside_subject(tokens)
        if outside and not (outside in ("name", "speaker") and _per_plan(tokens)):
            return None  # `엔비디아가 … 공급한다`, `미국은 … 관세를 매긴다`: another actor's plan
        if len(tokens) > 3 and actors.legislature(tokens[0].form) and (tokens[1].form, tokens[2].form) == ("에서", "는"):
            return None  # `국회에서는 … 법안이 다음 달 발의될 예정이다`: lawmakers' plan, not a ministry's
    else:
        if not (has_time or target is not None or government):
            return None
        outside = _outside_subject(tokens)
        if outside == "speaker":
            return None  # `박 의원은 "개통은 사실상 물 건너갔다"며`: a lawmaker's charge, not the ministry's report
        if _ought_or_may(tokens):
            return None  # `…흔들려서는 안 된다`, `…설계해야 한다`, `…되풀이될 수 있다`: what should or could be, no report
        if kind in ("cancelled", "delayed") and followups and _on_condition(tokens, best.index):
            return None  # `허위 기재가 확인되면 합격을 취소합니다`: a rule for what may happen
        if outside == "foreign" or (outside == "body" and speaker is None):
            return None  # `경상북도는 … 장학금 30억 원을 편성했다`: a local government's own deed
        if kind == "progress" and not (has_time or target is not None) and not (
                governing is not None and governing.word in _TRIAL_STARTS and _trial_started(tokens, governing.index)
                and deadlines.find_time_expressions(sentence.text, dct)):
            return None  # (but a trial begun, dated however loosely, is news: `이달 초 시운전에 들어갔다`)
        if kind == "delayed" and recall is None and all(c.negated or c.word in ("않", "못하", "못") for c in followups) and not (
            has_time or (target is not None and (not followups or _in_clause_of(sentence, followups, target.start)))
            or previous is not None
            or _promise_named(tokens)
        ):
            # `전문의를 구하지 못한 군 지역이다`: something not done, with no promise it was due by
            # (`기둥 두 곳에 금이 갔지만 아직 보강 공사를 하지 못했다`: the count is another clause's)
            return None
        if kind == "delayed" and recall is None and followups and all(
                c.word in ("않", "못하", "못") and _only_a_cause(tokens, c.index) for c in followups):
            return None  # `새 임차인을 구하지 못해 … 650만 원이 들었다`: why something else happened

    late = kind == "achieved" and (cue_word in (LATE_DEED, "에야") or any(c.word == "에야" for c in cues) or any(
        t.form == "늦" and t.tag == "VA" and nxt.form in ("ᆫ", "은", "게") for t, nxt in zip(tokens, tokens[1:])))
    if (kind in ("delayed", "cancelled") or late) and recall is not None and deadline is not None and previous is None:
        low, high = _recalled_clause(sentence, recall)
        if low <= deadline.start < high:
            # `지난해 안에 1,000곳에 두겠다던 안전요원은 640곳에 그쳤다`, `7월 열기로 한 누리집은 석 달 늦은
            # 10월에 문을 열었다`: the date missed is the promise's, not one the sentence sets
            previous, deadline = _of_last_year(sentence.text, deadline, dct), None
        elif deadline.start >= high and not _SPEECH_OPEN.search(sentence.text, high, deadline.start) and (
                _count_as_of(sentence, deadline)):
            # `지난해 하반기 200곳으로 늘리겠다던 영유아학교는 연말까지 168곳에 그쳤다`: the date the count was
            # taken, not a deadline; the date missed is the recalled promise's own
            previous, deadline = _recalled_date(sentence, recall, dct), None
    if kind == "delayed" and recall is not None and deadline is None and previous is not None and previous.date and (
            dct is not None and previous.date > dct and cue_word in _CONCESSIVE) and not _PROMISED_LAST_YEAR.search(
            sentence.text, 0, _recalled_clause(sentence, recall)[1]):
        # `연내 1,000대를 보급하겠다고 했지만 11월 현재 610대다`: short of a promise still due, not late
        # (`지난해 … 연내 모두 없애겠다고 약속했지만`: last year's `연내`, long past)
        kind, deadline, previous = "progress", previous, None
    if (late or kind == "delayed") and previous is None and (told_late := deadlines.due_before_late(sentence.text, dct)):
        # `예정보다 한 달 늦은 7월 출시됐다`: due a month before the date it came
        due, named = told_late
        if late and dct is not None and named.anchor == "dct" and named.date > dct:
            due = dataclasses.replace(due, date=_year_before(due.date))  # (`두 달 늦은 12월 문을 열었다` said in June)
        previous = due
    if (kind in ("progress", "achieved") or (kind == "delayed" and short)) and recall is not None and (
            later := _later_plan(sentence, recall, dct)):
        # `연내 300km를 치겠다던 울타리는 150km만 완공됐고, 나머지는 내년 상반기에 마무리하기로 했다`: what
        # is not done is planned for after the date promised, which is a delay
        kind, deadline, previous = "delayed", later[0], later[1]
    if kind in ("new", "revision", "progress") and (put_off := _rest_put_off(sentence, dct, recall is not None)):
        # `60명은 상반기까지 48명만 뽑혀, 질병관리청은 남은 12명을 연말까지 채우겠다고`: the rest, after the date missed
        kind, deadline, previous = "delayed", put_off[0], put_off[1]
        target = next((q for q in all_found if put_off[2] <= q.start < put_off[0].start), target)  # (`나머지 7대는`)
    if kind == "progress" and cue_word in _STEP_DONE and deadline is not None and deadline.date is not None and (
            dct is not None and deadline.date > dct) and _PROCEDURAL_STEP_NAMED.match(
            sentence.text, deadline.end + len(sentence.text[deadline.end:]) - len(sentence.text[deadline.end:].lstrip())):
        deadline = None  # `10월 입법예고를 마쳤다` said in February: the step's own month, last October's, no date ahead
    if kind == "progress" and cue_word == SHARE_OF_TARGET and previous is None and (
            deadline is None or (deadline.date is not None and dct is not None and deadline.date < dct)) and (
            missed := _share_of_a_past_target(sentence, dct)) is not None:
        # `지난해 2,000곳 목표 가운데 1,640곳에 돌아갔다`: short, and its year is over (`지난해 목표 200곳
        # 가운데`: the year named is the target's, not a date ahead)
        kind, deadline, previous = "delayed", None, missed
    if kind == "cancelled" and _rest_kept(sentence, governing):
        kind = "revision"  # `14곳 가운데 7곳의 건설 계획을 접고 나머지 7곳만 추진하기로 했다`: part dropped
    if kind == "new" and previous is not None and deadline is not None and previous.end <= deadline.start and (
        given_up := deadlines.out_of_reach(sentence.text, previous.end, deadline.start)
    ):
        # `연말까지 다 채우기는 어려워서, 내년 상반기까지 마칠 계획`: the body sets a new date for its promise
        kind, cue_word, strength = "revision", given_up, "reported"
    if kind == "delayed" and deadline is not None and previous is None and deadline.date is not None and (
            dct is not None and deadline.date < dct):
        # `지난해 … 36만 명으로 목표 40만 명에 못 미쳤다` said this year: the date missed, not one ahead
        deadline, previous = None, deadline
    if kind == "achieved" and headline_like and deadline is not None and deadline.date is not None and (
            dct is not None and deadline.date < dct and deadline.mod == "ON") and not _kept_to_schedule(tokens):
        # `항만 조기경보 시스템 10월 가동` said in November: when it was done, no date ahead (`9월 예정대로
        # 시행`: the date promised, kept)
        deadline = None
    if kind == "delayed" and deadline is None and _never_done(tokens):
        kind = "cancelled"  # `…내겠다던 개정안은 끝내 제출되지 않았다`: not late, given up (not `끝내 못 채워`: short)
    if kind == "achieved" and previous is not None and any(
            c.label == "delayed" and _adnominal(tokens, c.index)
            and tokens[c.index].start - sentence.shift >= previous.end for c in cues):
        # `지난해 9월에서 올해 3월로 미뤄졌던 앱은 예정대로 3월 문을 열었다`: the delay describes what
        # was then done; the date it was first due is history, not the date it missed
        previous = None
    reported = None
    if target is not None and (strength == "measured" or (
            kind in ("progress", "delayed") and _count_reached(sentence, target, recall, kind, deadline)) or (
            kind == "achieved" and _OVER_THE_GOAL.match(sentence.text, target.end)
            and not _GOAL_NAMED_AFTER.match(sentence.text, target.end))):
        # `AI CCTV는 지금까지 320개 현장에 설치됐다`: how far the promise got, not what it promised
        reported, target = target, None
        rest = next((q for q in all_found if q.start > reported.start and quantities.same_unit_family(q.unit, reported.unit)
                     and _REST_BEFORE.search(sentence.text[max(0, q.start - 12) : q.start])), None)
        if kind == "delayed" and rest is not None:
            target = rest  # `15곳에 그쳐, 남은 2곳은 내년 상반기에야 문을 연다`: the rest is what is put off
        if kind == "progress" and deadline is not None and deadline.start < reported.start and (
                deadline.date is None or dct is None or deadline.date <= dct or _period_holds(deadline, dct)
                or _AS_OF_COUNT.search(
                    sentence.text, deadline.end, reported.start)) and not _GOAL_AFTER_DATE.match(
                    sentence.text, deadline.end) and not any(
                t.tag == "ETM" for t in tokens if deadline.end <= t.start - sentence.shift < reported.start):
            # `9월까지 5,200대가 보급됐다`: when the count was taken, no date ahead (but `연내 구축하기로
            # 한 시스템은 …`: the promise's own date, in the clause that names it)
            deadline = None
    elif target is not None and kind in ("progress", "delayed"):
        # `목표 1,500명에 … 1,380명으로 다가섰다`: the goal's figure is the target, the count beside it reported
        reported = next((q for q in all_found if q is not target and quantities.same_unit_family(q.unit, target.unit)
                         and _count_reached(sentence, q, recall, kind, deadline)), None)
    if against is not None and kind == "progress" and reported is None:
        reported = against[1]
    if target is not None and kind in ("achieved", "progress") and (target.value or 0) < 100 and _RATE_OF_WORK.search(
            sentence.text[max(0, target.start - 10) : target.start]):
        # `공정률 35%를 넘어섰다`, `집행률 70%를 기록하고 있다`: how far the work has got, not a goal met
        kind, reported, target = "progress", target, None
    split = _whole_and_rest(sentence, all_found) if kind in ("new", "progress", "achieved") else None
    if split is not None and split[0] is not None and (
            (target is not None and target.start in (split[1].start, split[2].start))
            or (reported is not None and reported.start == split[1].start)):
        # `노후 버스 200대 가운데 140대를 바꿨고, … 나머지 60대를 바꾸겠다`: how far a promise of 200 has got;
        # `헌혈의집 10곳은 지난해 8곳이 문을 연 데 이어 남은 2곳이 9월에야 문을 열었다`: all of it, done
        whole, done, rest = split
        finished = _rest_done_alike(sentence, done, rest)
        kind, target, reported = ("achieved", whole, None) if finished else ("progress", whole, done)
        if finished:
            deadline = previous = None
    elif split is not None and kind in ("new", "progress") and target is not None and target.start == split[2].start:
        # `지금까지 21곳이 문을 열었고, 농식품부는 연말까지 나머지 9곳을 열겠다고 밝혔다`: 21 of 30, the rest due
        _, done, rest = split
        whole = done.value + rest.value
        kind, reported = "progress", done
        target = quantities.Quantity(whole, rest.unit, f"{whole:,.10g}{rest.unit}", rest.start, rest.end)
    if kind in ("progress", "delayed") and strength != "measured" and (pair := _part_of_whole(sentence, all_found)) is not None and (
            target is None or target.start == pair[1].start):
        # `충전설비 10곳 가운데 현재 4곳이 설치를 마쳤습니다`: how far a promise of the whole has got
        target, reported = pair
    person = speaker.person if speaker is not None else None
    if person and speaker.ministry and ministry and ministry not in reference.lineage(speaker.ministry) and (
        _ministry_subject(tokens, sentence.headline)
    ):
        person = None  # a 행안부 official's `인사혁신처가 … 마련하기로 했다`: another body's promise, told
    counted = target if target is not None else reported
    object_word = _object(counted, tokens, sentence, measured=strength == "measured") if counted is not None else None
    # what the mention is about, for linking: a headline's point, not its neighbours
    # (`센터 11월 개소…"GPU 확보, 2030년이면 늦다"` is about the centre, not GPUs)
    anchor = tokens[governing.index].start - sentence.shift if governing is not None else focus
    reach = _reach(sentence, anchor) if anchor is not None else None
    if scope is not None:
        reach = [scope]
    keywords = _keywords([t for t in tokens if _within(t.start - sentence.shift, reach)] or tokens, reference)
    if category is None:
        category = _category(sentence, reference, article_category, ministry)
    elif category == "other":  # read before the body was known: only its remit is left to ask
        category = reference.remit(ministry) or category
    quoted = any(t.sub_sent_position > 0 for t in tokens) and any(c.quoted for c in cues)
    low, high = scope or (0, len(sentence.text))
    if scope is None and (label := _speaker_label(sentence.text)) is not None:
        low = label.end()  # `◆ 반석진> 나머지 120곳은 …`: the speaker's words, without the transcript's label
        while low < high and sentence.text[low].isspace():
            low += 1
    return Mention(
        article_id=article.article_id,
        sentence=sentence.text[low:high],
        sentence_start=sentence.start + low,
        sentence_end=sentence.start + high,
        in_title=sentence.in_title,
        kind=kind,
        category=category,
        published_at=article.published_at,
        strength=strength,
        cue=cue_word,
        ministry=ministry,
        person=person,
        person_title=title_word,
        object=object_word,
        **_figures_and_dates(target, reported, deadline, previous),
        quoted=quoted,
        recurring=kind == "new" and _promised_again(tokens),
        keywords=keywords,
        numbers=tuple(dict.fromkeys(number_key(_promised(q), q.unit) for q in found)),
        phrase=_phrase(sentence, governing),
    )


_RATE_OF_WORK = re.compile(r"(?:공정률|진척률|진도율|집행률|이행률|달성률|준공률)\s*(?:은|는|이|가|을|를|도)?\s*(?:약\s*)?$")
_NAMES_THE_GOAL = re.compile(
    r"(?:목표|약속|계획)(?:치|량)?(?:로|으로)?\s*(?:인|였던|이던|로 한|한|했던|의|내건|잡았던|잡은|세운|제시한|정한|삼은)?\s*\(?\s*$")
_FROM_A_FIGURE = re.compile(r"\d\s*\S{0,3}에서\s*$")  # `120만 톤에서 40만 톤으로`: a level changed
_REST_BEFORE = re.compile(r"(?:남은|나머지|잔여)\s*(?:\S+\s+){0,2}$")


def _whole_and_rest(sentence: Sentence, found):
    """(whole, part done, rest) when the sentence counts a whole, a part of it and the rest
    (`200대 가운데 140대를 … 나머지 60대를`, `10곳은 … 8곳이 … 남은 2곳이`), in that order and one unit,
    the part and the rest adding up to the whole; (None, part done, rest) when it names no whole
    (`지금까지 21곳이 문을 열었고, … 나머지 9곳을 열겠다`: their sum is the promise's figure); else None.
    The part is told as done, in the past, and not as short of anything (`80개만 …`)."""
    text = sentence.text
    for r, rest in enumerate(found):
        if not rest.value or not _REST_BEFORE.search(text[max(0, rest.start - 12) : rest.start]):
            continue
        alike = [q for q in found[:r] if q.value and quantities.same_unit_family(q.unit, rest.unit)]
        for w, whole in enumerate(alike):
            for done in alike[w + 1 :]:
                if abs(whole.value - done.value - rest.value) < 1e-9 and _done_before_rest(sentence, done, rest):
                    # (the part done, not a plan's breakdown: `2만 호 가운데 1만 5,000호는 신혼부부에게 공급하고 …`)
                    return whole, done, rest
        if len(alike) == 1 and alike[0] is found[r - 1] and _done_before_rest(sentence, alike[0], rest):
            return None, alike[0], rest
    return None


def _done_before_rest(sentence: Sentence, done, rest) -> bool:
    text = sentence.text
    if _SHORT_AFTER.match(text, done.end) or text.startswith("만", done.end):
        return False  # (`104개 중 80개만 이중화…남은 24개 6월까지`: the rest put off, read as such)
    deed = _deed_after(sentence, done.end, rest.start)
    return deed is not None and deed[1]


# A period named with `도` (`올해도`, `올여름에도`, `이번 겨울에도`): this one too, as the ones before
_THIS_PERIOD = {"올해", "금년", "내년", "올여름", "올겨울"}
_SEASONS = {"여름", "겨울", "봄", "가을", "여름철", "겨울철", "휴가철", "해", "학기", "시즌"}


def _promised_again(tokens) -> bool:
    """Is the promise made for this period as it was for the last (`소방청은 올해도 4,000명을 7월부터
    배치한다`): a recurring target's new edition?"""
    for k, t in enumerate(tokens):
        if not (t.form == "도" and t.tag == "JX" and k):
            continue
        j = k - 1 if tokens[k - 1].form != "에" else k - 2
        if j < 0:
            continue
        period = tokens[j]
        if period.form in _THIS_PERIOD or (period.form in _SEASONS and j and tokens[j - 1].form in ("올", "이번", "금년")):
            return True
    return False


# The Assembly's stages a bill waits at once it is in (`상임위원회 문턱을 넘지 못했다`, `소위에 계류돼 있다`)
_ASSEMBLY_STAGES = {"상임위원회", "상임위", "소위원회", "소위", "법사위", "법제사법위원회", "본회의", "문턱", "계류", "심사"}


def _submitted_then_held(tokens, k: int) -> bool:
    """Is the shortfall at `k` the Assembly's, after the sentence reports the bill submitted
    (`5월 국회에 제출됐지만 … 문턱을 넘지 못했다`, `제출된 법안은 … 논의되지 못한 채 계류돼 있다`)?"""
    submitted = next((j for j in range(k) if tokens[j].form == "제출" and tokens[j].tag == "NNG"
                      and _realised(tokens, j)), None)
    if submitted is None or not any(t.form == "국회" for t in tokens[:submitted]):
        return False
    # the shortfall must be the Assembly's step itself (`문턱을 넘지 못했다`, `논의되지 못한 채`), not a
    # date or a rule put off because of it (`…계류되면서 1월 시행은 하반기로 미뤄졌다`)
    if tokens[k].form not in ("못하", "못", "않") or k < 2 or tokens[k - 1].form != "지" or (
            tokens[k - 2].form not in _ASSEMBLY_STEPS):
        return False
    between = tokens[submitted + 1 : k + 1]
    if any(t.form in ("시행", "목표", "기한", "시점", "일정") for t in between) or any(
            t.form in ("못하", "못", "않", "미루", "연기", "늦추", "늦어지", "면서", "으면서") for t in tokens[k + 1 :]):
        return False  # (`…넘지 못하면서 1월 시행 목표는 결국 지키지 못했다`: the Assembly's pace is the reason)
    return any(t.form in _ASSEMBLY_STAGES or (t.form.endswith("위원회") and t.tag == "NNG") for t in between)


_ASSEMBLY_STEPS = {"넘", "통과", "처리", "논의", "심사", "상정", "오르", "되"}  # (`논의되지`: 논의 + 되)


def _deed_after(sentence: Sentence, low: int, high: int):
    """(the stem, told in the past?) of the first verb between the characters `low` and `high`
    (`문을 연 데 이어` → 열, True; `공급하고` → 공급, False), or None."""
    tokens = sentence.tokens
    for k, t in enumerate(tokens):
        at = t.start - sentence.shift
        if at < low or at >= high:
            continue
        verb = t.tag == "VV" or (t.tag == "NNG" and k + 1 < len(tokens) and tokens[k + 1].tag == "XSV")
        if not verb:
            continue
        j = k + 1 if t.tag == "VV" else k + 2
        while j < len(tokens) and tokens[j].tag == "EP" and tokens[j].form == "시":
            j += 1
        past = j < len(tokens) and ((tokens[j].tag == "EP" and tokens[j].form in PAST_TENSE) or (
            tokens[j].tag == "ETM" and tokens[j].form in ("ᆫ", "은")))
        return t.form, past
    return None


def _rest_done_alike(sentence: Sentence, done, rest) -> bool:
    """Was the rest done too, by the part's own deed (`8곳이 문을 연 데 이어 남은 2곳이 … 문을 열었다`,
    `…열었다고 밝혔다`), not another (`7,000억 원을 집행했고 나머지 3,000억 원은 이월했다`)?"""
    part = _deed_after(sentence, done.end, rest.start)
    after = _deed_after(sentence, rest.end, len(sentence.text))
    return part is not None and after is not None and after[1] and after[0] == part[0]
_GOAL_WORDS = {"목표", "목표치", "약속", "계획", "가운데", "중"}
_SET_LEVEL = {"확정", "편성", "결정", "의결", "책정", "잡"}
_SHORT_AFTER = re.compile(r"\S*?\s*(?:에|에서|으로|로)?\s*(?:그치|그쳐|그쳤|머물|머무|불과|못 미)")
_AS_OF_COUNT = re.compile(r"기준|현재")


def _period_holds(when, dct) -> bool:
    """Is `dct` inside the period `when` names (`올해`, `올해 1학기`, `이달`): the time a count covers so far?"""
    return when.precision in ("year", "half", "quarter", "month") and when.period_start is not None and (
        when.period_start <= dct <= when.date)


_GOAL_AFTER_DATE = re.compile(r"\s*(?:\S+\s+)?(?:목표|계획|예정|완료)")
_AS_OF = re.compile(r"지금|현재|기준|까지|말\b|올해|지난해|이달|\d+월")
_FUTURE_ENDINGS = {"겠", "기로", "려고", "려", "으려", "도록", "ᆯ", "을", "ㄹ"}
# `2만 1,300곳에서 이뤄져 목표를 넘겼다`: a count past a goal the sentence does not put a figure to
_OVER_THE_GOAL = re.compile(r"[^\d,.]{0,24}?목표(?:치)?(?:를|을)?\s*(?:\S+\s+)?(?:넘|웃돌|초과|넘어서|넘었|넘겼)")
_CONDITION_ENDINGS = {"면", "으면", "자", "자마자", "려면", "으려면"}
_PUT_OFF = {"연기", "미루", "미뤄지", "늦어지", "늦추", "늦춰지", "순연", "밀리"}
_TELLING = {"밝히", "설명", "답하", "언급", "공개", "제시"}  # `끝내 새 시점을 밝히지 않았다`: silence, not a deed given up
_FILLING = {"채우", "달성", "미치", "넘", "넘기", "도달", "맞추"}


def _never_done(tokens) -> bool:
    """`끝내 제출되지 않았다`, `끝내 내놓지 않고`: the deed, in the end, not done at all (but a figure not
    reached, `끝내 채우지 않았다`, is a shortfall)."""
    for i, t in enumerate(tokens):
        if t.form != "끝내" or t.tag != "MAG":
            continue
        if any(u.form in _PUT_OFF for u in tokens):
            return False  # `끝내 예산이 반영되지 않아 미뤄지고 있다`: put off, not given up
        verbs, negated = [], False
        for u in tokens[i + 1 : i + 8]:
            if u.tag in ("EF", "SF", "SP") or (u.tag == "EC" and u.form != "지"):
                break  # (the deed and its negation are one clause: `…지 않았다`)
            if u.form == "않" and u.tag in ("VX", "VV"):
                negated = True  # (`끝내 열지 못했다`: could not, and may yet; `않았다`: was not, at all)
            elif u.form in ("못하", "못"):
                return False
            elif u.tag in ("VV", "XSV", "NNG"):
                verbs.append(u.form)
        return negated and bool(verbs) and not any(v in _FILLING or v in _TELLING for v in verbs)
    return False


def _count_reached(sentence: Sentence, q, recall: "_Cue | None", kind: str, deadline) -> bool:
    """Is `q` the count a follow-up reports reached (`720명으로 늘었다`, `320개 현장에 설치됐다`),
    not the figure promised? The promise's figure is named as one (`목표 40만 명에`, `7곳 약속을`),
    recalled (`2,000곳에 지원하기로 한`), the rest still to do (`남은 2곳은`), the whole a part is of
    (`258곳 가운데`), what the sentence is about (`급경사지 480곳 정비는`, `12대를 들여오는 시점을`),
    a level set (`7만 명으로 잡았다`, `120만 톤에서 40만 톤으로`) or what is still to come (`2,000곳을
    채울 수 있다는`). A delay that sets a new date is of the promise, unless the figure falls short."""
    text = sentence.text
    if recall is not None and (q.start < _recalled_clause(sentence, recall)[1] or _recalled_figure(
            sentence, recall, [q]) is q):
        return False  # (`낮추겠다고 한 15㎍/㎥에 다가가고 있다`: the figure the promise named)
    before = text[max(0, q.start - 12) : q.start]
    if _NAMES_THE_GOAL.search(before) or _REST_BEFORE.search(before) or _FROM_A_FIGURE.search(before):
        return False
    if kind == "delayed" and not (_SHORT_AFTER.match(text, q.end) or re.match(r"\S*?만\s", text[q.end:])):
        return False  # a delay moves a date or a figure; a count only falls short (`26곳에 그쳐`, `3곳만`)
    if _gap_at(sentence.tokens) is not None:
        return False  # `2,700명에 아직 400명이 모자란다`: the figure the gap is measured to
    tokens = sentence.tokens
    k = next((j for j, t in enumerate(tokens) if t.start - sentence.shift >= q.end), len(tokens))
    while k < len(tokens) and tokens[k].tag in ("NNG", "NNB", "NNP", "SL", "XSN", "SSO", "SSC", "SW"):
        if tokens[k].form in _GOAL_WORDS:
            return False  # `2,500명 배치 목표`, `647개 시스템 가운데`: the promise, or the whole
        k += 1  # (`320개 현장에`: the counted noun's particle is the number's)
    if k < len(tokens) and (tokens[k].tag == "JKG" or (tokens[k].tag == "JX" and tokens[k].form in ("은", "는", "도"))):
        return False  # `급경사지 480곳 정비는 … 430곳에 그쳤다`: the promise the sentence is about
    if k + 1 < len(tokens) and tokens[k].tag.startswith("J") and tokens[k + 1].form in _GOAL_WORDS:
        return False  # `200곳을 목표로`
    seen_predicate = False
    for j in range(k, len(tokens)):
        t = tokens[j]
        if t.form in ("모두", "모든", "전부", "전량"):
            return False  # `20만 명에게 모두 지급됐다`: all of it, the promise's own figure
        if t.tag.startswith(("VV", "VA", "XSV", "VX", "VCP")) or t.form in _SET_LEVEL:
            if t.form == "앞두" or t.form in _SET_LEVEL:
                return False  # `연말 17곳 완성을 앞두고 있다`, `7만 명으로 잡았다`
            if t.tag == "VCP" and not seen_predicate and not _AS_OF.search(text, 0, q.start):
                return False  # `정부 몫은 2만 기다`: what a share is; `지금까지 문을 연 곳은 29곳이다`: a count
            seen_predicate = True
        elif t.tag == "EP" and t.form == "겠":
            return False
        elif t.tag in ("EC", "EF", "ETM", "ETN") and seen_predicate:
            if t.form in _FUTURE_ENDINGS or t.tag == "ETN":
                return False
            after = tokens[j + 1] if j + 1 < len(tokens) else None
            if t.tag == "ETM" and not (after is not None and after.form in ("것", "수준", "데")):
                return False  # `10년으로 늘리는 개정안`, `12대를 들여오는 시점을`: what the promise is
            return True
        elif t.tag == "SF":
            break
    return False  # no predicate told (`…기자재 업체 100곳 미국 인증 지원`): a headline's point, the promise


def _category(sentence: Sentence, reference, article_category: str, ministry: str | None = None) -> str:
    """The sentence's own topic, else the article's (when clear, see mentions_in), else the one
    that is the promising body's whole remit: a budget office's promise with no cue is about the
    budget, though `예타 조사 기간을 12개월로 줄인다` names no budget word."""
    category = reference.category_for(sentence.text, article=article_category)
    if category == "other":
        category = article_category
    if category == "other":
        category = reference.remit(ministry) or category
    return category


REPORTING_VERBS = {"말하", "밝히", "강조", "설명", "전하", "덧붙이", "언급", "예고", "발표", "보고", "다짐", "약속", "주장", "당부"}
SUMMARY_LIMIT = 60


def _phrase(sentence: Sentence, cue: "_Cue | None") -> str:
    """What was promised, in the article's own words: the sentence without its subject and
    its reporting verb (`과기정통부는 … 밝혔다` → `이달 중 … 추가 공모에 나선다`).

    A summary that is a verbatim excerpt cannot misstate the promise; it is cut at a word
    boundary when long.
    """
    tokens, shift, text = sentence.tokens, sentence.shift, sentence.text
    if sentence.headline:
        return _shorten(text)
    begin, finish = 0, len(text)
    limit = len(text) * 0.4
    for k, token in enumerate(tokens):
        if token.start - shift > limit:
            break
        if token.sub_sent_position == 0 and token.tag in ("JX", "JKS") and token.form in ("은", "는", "이", "가"):
            if k and _is_actor(tokens[k - 1]):  # only the actor goes: `과기정통부는`, `유 장관은`, `정부가`
                begin = token.start + token.len - shift
            break
    for k in range(len(tokens) - 1, 0, -1):
        token = tokens[k]
        if token.tag in ("EC", "JKQ") and token.form in ("고", "라고", "다고", "ᆫ다고", "는다고", "며", "면서") and k + 1 < len(tokens) and (
            tokens[k + 1].form in REPORTING_VERBS
        ):
            # keep the ending of `…하겠다고 밝혔다` / `…한다고 설명했다`, drop only the quotative 고
            glued = token.form.endswith("고") and token.form != "고" and token.len > 1
            finish = token.start + token.len - 1 - shift if glued else token.start - shift
            break
    excerpt = text[begin:finish].strip(" \"“”'‘’.,")
    return _shorten(excerpt or text)


def _is_actor(token) -> bool:
    value = token.user_value
    if isinstance(value, dict) and ("ministry" in value or "person" in value):
        return True
    return token.form in GOVERNMENT_WORDS or token.form in TITLES or token.form in ("당정", "그", "그녀")


def _shorten(text: str) -> str:
    text = " ".join(text.split()).rstrip(".")
    if len(text) <= SUMMARY_LIMIT:
        return text
    cut = text.rfind(" ", 0, SUMMARY_LIMIT)
    return text[: cut if cut > 20 else SUMMARY_LIMIT] + "…"


def number_key(value: float, unit: str) -> str:
    """`30000|장`: how a quantity is compared across sentences (GPU 3만장 == 3만 장)."""
    return f"{value:g}|{quantities.unit_family(unit)}"


# --- cues -------------------------------------------------------------------------------------

def _ceremony(tokens, k: int) -> bool:
    """`착공식`, `개소식`, `출범식` at `k` (or Kiwi's `착공`+`식`): a ceremony marking a deed."""
    token = tokens[k]
    if token.tag != "NNG" or not token.form.endswith("식"):
        return False
    if token.form == "식":
        return k > 0 and tokens[k - 1].form in FOLLOW_UP_CUES and tokens[k - 1].tag == "NNG"
    return token.form[:-1] in FOLLOW_UP_CUES or token.form in ("기공식", "개통식", "개관식")


# what a body opens as a service to the public (not `회의를 열었다`, `길을 열었다`, `입을 열었다`, `대화 창구를
# 열었다`)
_OPENED_SERVICES = {"기능", "서비스", "누리집", "홈페이지", "사이트", "플랫폼", "포털", "센터", "상담소", "쉼터", "매장",
                    "게시판", "앱", "시스템", "신청", "접수"}


def _opened(tokens, i: int) -> bool:
    """Is `문을 열` at `i` news of an opening, not a time reckoned from it (`문을 연 지 2년`, `문을 연
    2015년 이후`) or a place open now (`지금 문을 연 약국`)?"""
    if i > 2 and tokens[i - 3].form in ("지금", "현재"):
        return False
    if i + 2 < len(tokens) and tokens[i + 1].tag == "ETM":
        head = tokens[i + 2]
        return not (head.form in ("지", "뒤", "후", "이후", "이래", "때", "당시") or head.tag == "SN")
    return True


def _never_was(tokens, i: int) -> bool:
    """`없던 일로` / `없었던 일로` / `없던 일이 됐다` at `i`: the idiom for a plan called off."""
    j = i + 1
    if j < len(tokens) and tokens[j].tag == "EP":
        j += 1
    if not (j + 2 < len(tokens) and tokens[j].tag == "ETM" and tokens[j].form == "던" and tokens[j + 1].form == "일"):
        return False
    after = tokens[j + 2]
    if after.form in ("로", "으로"):
        return True
    return (after.form == "이" and after.tag in ("JKC", "JKS") and j + 3 < len(tokens) and tokens[j + 3].form == "되") or (
        after.form == "되" and after.tag == "VV")  # (spoken, the particle dropped: `결국 없던 일 됐대요`)


_TERMS = {"기간", "임기", "접수", "공모", "신청", "공고", "회기", "시한"}
_ITINERARY = {"일정", "출장", "순방", "방문", "방한", "회담", "회의", "간담회", "일과"}
# what a decision puts off when it `유예`s a plan (`의무화 시점을 2027년 1월로 유예`)
_DEFERRABLE = {"시점", "시행", "의무화", "적용", "도입", "일정", "시기"}
_REPLACED_UNITS = {"대", "개", "기", "식", "km", "m", "개소"}


def _plan_deferred(tokens, i: int) -> bool:
    """Is what `유예` at `i` puts off a plan's date or start, its object (`의무화 시점을 … 유예`; not
    `시행 후 1년간 과태료 부과를 유예한다`)?"""
    obj = next((k for k in range(i - 1, max(-1, i - 12), -1) if tokens[k].tag == "JKO"), None)
    return obj is not None and obj > 0 and tokens[obj - 1].form in _DEFERRABLE


def _finished(tokens, i: int) -> bool:
    """`공사는 2월 말까지 모두 끝났다`, `…끝났고, …`, `보수를 끝냈다`: the work told done, as a
    predicate in the past. `끝나` mostly tells a term ending (`기간이 끝나는 2027년`, `보호가 끝난 뒤`,
    `끝나면`), and `끝낸` describes (`설치를 끝낸 곳이었지만`): no deed."""
    if i > 0 and tokens[i - 1].tag == "JKB" and tokens[i - 1].form == "에서":
        return False  # `5만 곳 점검은 4만 6,000곳에서 끝났다`: it stopped short
    before = tokens[max(0, i - 4) : i]
    if any((t.form == "만" and t.tag == "JX") or t.form in ("절반", "일부", "겨우") for t in before):
        return False  # `공사는 겨우 절반만 끝났다`, `1차 점검만 끝났다`: a part
    if any(t.form in _TERMS and b.tag in ("JKS", "JX") for t, b in zip(before, before[1:])):
        return False  # `신청 기간이 지난달 끝났다`, `장관의 임기가 끝났다`: a term ran out
    return i + 2 < len(tokens) and tokens[i + 1].tag == "EP" and tokens[i + 1].form in PAST_TENSE and (
        tokens[i + 2].tag == "EF" or (tokens[i + 2].tag == "EC" and tokens[i + 2].form in ("고", "다고")))


def _cues(tokens: Sequence[Any]) -> list[_Cue]:
    cues: list[_Cue] = []
    n = len(tokens)
    for i, token in enumerate(tokens):
        form, t = token.form, token.tag
        if form not in _CUE_FORMS and not (form == "하" and t == "VV" and _going_on(tokens, i + 1)):
            continue  # most morphemes: no branch below can fire (`시험 운영을 하고 있다`: a trial's 하)
        if form in ("끝나", "끝내") and not _finished(tokens, i):
            continue
        if form in ("마치", "끝내") and i > 1 and tokens[i - 1].tag == "JKO" and tokens[i - 2].form in _ITINERARY:
            continue  # `5일간의 미국 출장 일정을 끝냈다`, `순방을 마쳤다`: a trip or a meeting over, no deed
        if form in ("거둬들이", "거두어들이") and not (i >= 2 and tokens[i - 1].tag == "JKO" and (
                tokens[i - 2].form in COMMITMENT_NOUNS or tokens[i - 2].form in PLAN_NOUNS)):
            continue  # a plan withdrawn (`…하겠다던 방침을 거둬들였다`), not funds taken back (`투자금을 거둬들였다`)
        if form == "당기" and not _to_a_date(tokens, i):
            continue  # pulled (`관심을 당겼다`), not a date brought forward (`이번 달 말로 당겼다`)
        if form == "유예" and not _plan_deferred(tokens, i):
            continue  # a grace period as policy (`과태료 부과를 1년 유예한다`, `기소유예`), not a plan put off
        if form == "교체" and not any(x.form in _REPLACED_UNITS for x in tokens[max(0, i - 4) : i]):
            continue  # units replaced (`640대를 교체했다`), not contractors or officials (`업체 3곳을 교체했다`)
        quoted = token.sub_sent_position > 0
        label = None
        if t == "ETN" and form == "기" and i + 2 < n and tokens[i + 1].form == "로" and tokens[i + 2].form == "하":
            label = "decided"
        elif t == "EP" and form == "겠":
            label = "volition"
        elif t == "EC" and form in ("어야", "아야") and i + 1 < n and tokens[i + 1].form == "하" and not (
            i + 2 < n and tokens[i + 2].tag == "ETM"  # `차도로 걸어야 하는 스쿨존`: a description
        ):
            label = "advocacy"
        elif t == "NNG" and form in COMMITMENT_NOUNS and i > 0 and tokens[i - 1].tag == "ETM":
            label = COMMITMENT_NOUNS[form]
        elif t == "NNG" and form == "목표" and i + 1 < n and tokens[i + 1].form in ("로", "으로"):
            label = "planned"
        elif t == "NNG" and form == "목표" and i > 0 and tokens[i - 1].tag in ("NNB", "NNG", "SL", "SW") and (
            i + 1 == n or tokens[i + 1].tag in ("SF", "SE", "SSC", "SP", "SW")
        ):
            label = "planned"  # a headline's `…외래 관광객 3000만 명 목표`: the figure is the target
        elif t == "NNG" and form == "내용" and i > 1 and tokens[i - 1].tag == "ETM" and tokens[i - 2].form != "같" and (
            _content_of_plan(tokens, i)  # (`이 같은 내용을 담은`: what the article said before)
        ):
            label = "planned"  # `…1,000원으로 낮추는 내용의 '…보장 방안'을 발표했다`: what the plan says
        elif t == "NNG" and form in ("예정", "계획") and i + 1 < n and tokens[i + 1].tag == "XSV" and tokens[i + 1].form == "되":
            label = COMMITMENT_NOUNS[form]  # `착공은 3분기로 예정됐다`
        elif t == "NNG" and form in COMMITMENT_NOUNS and i + 1 < n and tokens[i + 1].tag == "VCP":
            label = COMMITMENT_NOUNS[form]  # `…하는 것이 목표다`, `첫째 목표다`: the plan is the predicate
        elif t == "NNG" and form in ("목표", "계획", "방침") and i + 1 < n and tokens[i + 1].form in ("은", "는") and (
            _present_copula_of(tokens) is not None
        ):
            label = "planned"  # `대책의 목표는 2027년까지 … '0명'으로 만드는 것이다`: the plan is the subject
        elif i > 0 and tokens[i - 1].form == "지" and (
            (t == "VX" and form == "못하") or (t == "MAG" and form == "못" and i + 1 < n and tokens[i + 1].form == "하")
            or (t == "VX" and form == "않" and _still_not(tokens, i))
        ):
            label = "delayed"  # `찾지 못했다`, `아직 정해지지 않았다`: what was due has not happened
        elif t == "VV" and form == "열" and i > 1 and tokens[i - 1].form == "을" and tokens[i - 2].form == "문" and (
            _opened(tokens, i)
        ):
            label = "achieved"  # `센터가 문을 열었다`: a facility opened (not `회의를 열었다`)
        elif t == "VV" and form == "열" and i > 1 and tokens[i - 1].tag == "JKO" and tokens[i - 2].form in _OPENED_SERVICES and (
                _opened(tokens, i)):
            label = "achieved"  # `앱에 신고 기능을 열었습니다`, `상담 서비스를 열었다`: a service opened
        elif t == "VV" and form in ("열", "가지") and i > 1 and tokens[i - 1].form == "을" and _ceremony(tokens, i - 2):
            label = "achieved"  # `착공식을 열었다`, `개소식을 가졌다`: the deed the ceremony marks is done
        elif t == "VV" and form == "벌이" and i > 1 and tokens[i - 1].tag == "JKO" and tokens[i - 2].form in ACTION_NOUNS:
            # `합동 단속을 벌여 1,240건을 적발했다`: the deed promised, carried out (`벌이고 있다`: under way)
            label = "progress" if _going_on(tokens, i + 1) else "achieved"
        elif t == "VV" and form == "잡" and _reset_date(tokens, i):
            label = "delayed"  # `개통 시기를 9월로 다시 잡았다`: the date set again, after it slipped
        elif t == "VV" and form == "잡" and _figure_reset(tokens, i):
            label = "revision"  # `목표를 1조 2,000억 원 아래로 고쳐 잡았다`: the plan's figure, set again
        elif t == "VV" and form == "잡" and _figure_set(tokens, i):
            label = "decided"  # `발행 규모를 2조 원으로 잡았다`: the plan's figure, set
        elif t == "VA" and form == "없" and _never_was(tokens, i):
            # `AI 단속 카메라는 없던 일로`, `…계획을 없던 일로 했다`: dropped (a headline's needs no verb)
            cue = _Cue(i, "cancelled", "없던 일로", realised=not any(x.form == "겠" for x in tokens[i + 4 : i + 9]),
                       quoted=quoted)
            cues.append(cue)
            continue
        elif form in _SHORT_BY and _short_by(tokens, i) and _realised(tokens, i) and not any(
                x.tag == "ETM" and x.form.endswith("던") for x in tokens[:i]):  # (a recalled promise's gap is its recall's outcome)
            cue = _Cue(i, "progress", FAR_TO_GO, realised=True, quoted=quoted)
            cues.append(cue)  # `목표인 3만 명까지 5,400명이 남았다`: under way, short of the figure by so much
            continue
        elif (t == "VA" and form == "멀" and _far_to_go(tokens, i)) or (form in ("멀", "있") and _far_from_target(tokens, i)):
            cue = _Cue(i, "progress", FAR_TO_GO, realised=True, quoted=quoted)
            cues.append(cue)  # `목표인 160명까지는 갈 길이 멉니다`: under way, well short of the target
            continue
        elif t == "VX" and form == "않" and i > 0 and tokens[i - 1].form in ("지", "게") and _no_longer(tokens, i):
            label = "cancelled"  # `더 이상 쓰지 않게 됐다`: the old course is dropped
        elif t == "NNG" and (form in DECISION_NOUNS or form in PLAN_NOUNS) and _followed_by_predicate(tokens, i) and (
            not _describes_noun(tokens, i)
        ):
            label = "decided" if form in DECISION_NOUNS else "planned"
        elif t == "NNB" and form == "것" and i > 0 and tokens[i - 1].form == "ᆯ":
            label = _future_thing(tokens, i)
        elif t == "VV" and form == "내세우" and (end := _recall_end(tokens, i)) is not None and _numbered_subject(tokens, end):
            label = "planned"  # `지난해 내세운 6만 5,000ha 감축은`: a numbered promise put forward, recalled
        elif t == "VV" and form == "되" and i >= 4 and [x.form for x in tokens[i - 3 : i]] == ["수", "있", "게"] and (
                tokens[i - 4].tag == "ETM") and i + 2 < n and tokens[i + 1].tag == "EP" and tokens[i + 1].form in PAST_TENSE and (
                tokens[i + 2].tag == "EF" or (tokens[i + 2].tag == "EC" and tokens[i + 2].form in ("고", "며", "으며", "어", "아", "지만"))):
            # (not `교체할 수 있게 된 승강기는`, nor `…있게 되면서`: a description, a reason)
            label = "achieved"  # `교육을 지난해 7월부터 온라인으로도 받을 수 있게 됐다`: the change is in force
        elif t == "VV" and form in ("넘기", "넘") and _due_passed(tokens, i):
            label = "delayed"  # `결국 해를 넘기게 됐다`, `기한을 넘겼다`: the year or the term ran out first
        elif form in MEASURED_AGAINST and t in ("VV", "NNG") and (
            (named_at := _target_word_before(tokens, i)) is not None and not _time_passed(tokens, i)
        ) and not _term_passed(tokens, i):
            label = MEASURED_AGAINST[form]
            if form == "맞추" and tokens[named_at + 1].tag != "JKO":
                continue  # `목표를 맞췄다`, not `목표에 맞춰`: in line with it
            if form == "미치":  # `목표에 못 미친다`: only the negated verb says short
                if not _negated(tokens, i):
                    continue
                label = "delayed"
            elif label in ("achieved", "progress") and _negated(tokens, i):
                label = "delayed"  # `목표 못 채워`, `목표를 넘지 못했다`, `목표에 근접하지도 못했다`
            elif label == "achieved" and form in _EXCEEDING and _ceiling_target(tokens, named_at):
                label = "delayed"  # `21일 이내 목표를 넘겼다`: over a ceiling is short of it
        elif form == "의" and t == "JKG" and (share := _percent_of_target(tokens, i)) is not None:
            # `발행액은 8,400억 원으로, 연간 목표 2조 원의 42%다`: how far towards the target's figure
            short = any(x.form in ("그치", "머물", "머무르", "불과") for x in tokens[i + 3 : i + 9])  # `57% 수준에 머물렀다`
            over = share >= 100
            if over and _ceiling_of(tokens, i):
                over, short = False, True  # `배출 목표 6억 톤의 104%였다`: over a cap is short of it
            cue = _Cue(i, "achieved" if over else "delayed" if short else "progress", PERCENT_OF_TARGET,
                       realised=True, quoted=quoted)
            cue.hypothetical = _hypothetical(tokens, i)
            cues.append(cue)
            continue
        elif form in ("가운데", "중") and t in ("NNG", "NNB") and _share_of_target(tokens, i) and (
            _realised(tokens, i) or _stays_at(tokens, i)
        ):
            cue = _Cue(i, "progress", SHARE_OF_TARGET, realised=_realised(tokens, i), quoted=quoted)
            cue.hypothetical = _hypothetical(tokens, i)
            cues.append(cue)
            continue
        elif form == "채우" and t == "VV" and _filled_all(tokens, i):
            label = "achieved"  # `상담 인력은 5월 160명을 모두 채웠다`: the whole figure, reached
        elif form in ("그치", "머물", "머무르") and t == "VV" and _headline_shortfall(tokens, i):
            label = "delayed"
        elif form in UNCHANGED and t in ("MAG", "NNG", "VV") and _unchanged_plan(tokens, i):
            cue = _Cue(i, "progress", form, realised=True, quoted=quoted)
            cue.hypothetical = _hypothetical(tokens, i)
            cues.append(cue)  # `2027년 완료 목표는 그대로다`: the promise stands, as of the report
            continue
        elif t == "JKB" and form in ("로", "으로") and _moved_to_date(tokens, i):
            cue = _Cue(i, "delayed", "로", realised=True, quoted=quoted)
            cues.append(cue)  # a headline point `…AI센터 개소도 2028년으로`: the date was moved
            continue
        elif t == "JX" and form == "야" and i > 1 and tokens[i - 1].form == "에" and any(
            _is_time_word(x) or x.form in ("오전", "오후", "말", "초") for x in tokens[max(0, i - 4) : i - 1]
        ):
            if not _realised(tokens, i):
                continue  # `2028년에야 가능할 전망`: a forecast, not a report
            cue = _Cue(i, "achieved", "에야", realised=True, quoted=quoted)
            cues.append(cue)  # `석 달 늦은 9월에야 나왔다`, `3일 오전에야 재개했다`: done, late
            continue
        elif t == "JX" and form == "부터" and _in_effect_since(tokens, i):
            cues.append(_Cue(i, "achieved", "부터", realised=True, quoted=quoted))
            continue  # `2025. 12. 1.부터 … 알림을 보내고 있다`: the measure has run since that day
        elif form == "늦" and t == "VA" and _late_by(tokens, i):
            deed = i + 2  # `두 달 늦게 공개`, `예정보다 석 달 늦게 문을 열었다`: the deed, done late
            cue = _Cue(deed, "achieved", LATE_DEED, realised=_realised(tokens, deed), quoted=quoted)
            cue.hypothetical = _hypothetical(tokens, deed)
            cues.append(cue)
            continue
        elif form == "어렵" and t == "VA" and _became_hard(tokens, i):
            label = "delayed"  # `올해 안에 구축하기 어렵게 됐다`: the plan will not be done in time
        elif t == "VA" and _no_news(tokens, i) and i > 2 and tokens[i - 3].form in ACTION_NOUNS:
            # `해가 바뀐 지금까지 도입 소식은 없다`: the deed promised, not heard of (a state that holds now)
            cues.append(_Cue(i, "delayed", "소식이 없다", realised=not _still_to_come(tokens[i + 1 : i + 5]), quoted=quoted))
            continue
        elif form == "뜨" and t == "VV" and i >= 2 and tokens[i - 1].tag == "JKO" and tokens[i - 2].form == "삽":
            # `첫 삽을 떴다`: ground broken, the promise itself when it was the 착공 (`착공을 약속했던 시설이 …`)
            label = "achieved" if any(x.form == "착공" and any(y.form in _PROMISED_DEED for y in tokens[j + 1 : j + 5])
                                      for j, x in enumerate(tokens[:i])) else FOLLOW_UP_CUES["착공"]
        elif ((form in _TRIAL_STARTS and t in ("VV", "NNG")) or (form == "하" and t == "VV" and _going_on(tokens, i + 1))) and (
                _trial_started(tokens, i)):
            # (`시험 운영을 하고 있다`: a trial under way)
            label = "progress"  # `AI 신청 상담은 9월 시범 운영에 들어갔다`: a trial, a step towards the service
        elif form in _FIGURE_SHIFTS and t == "VV" and _earlier_figure_recalled(tokens, i, but=_CUTS) and (
            _realised(tokens, i)
        ):
            label = "revision"  # `400만 원으로 올리겠다던 지급액은 … 380만 원으로 줄었다`: the promised figure, changed
        elif form in ("밀리", "넘어가") and t == "VV" and _pushed_back(tokens, i):
            # `2033년으로 밀렸다`, `4개월가량 밀렸다`, `내년 상반기로 넘어갔다`; not `경쟁에서 밀렸다`, `밀린 임금`
            label = "delayed"
        elif form in FOLLOW_UP_CUES and t in ("NNG", "VV", "VA", "VX", "XR") and not _mediation(tokens, i) and not (
            _lead_time_moved(tokens, i)
        ) and not _smoke(tokens, i) and not _inside_a_name(tokens, i) and not (form in _DEEDS_AS_VERBS and not (
                i + 2 < len(tokens) and tokens[i + 1].tag == "XSV" and tokens[i + 2].tag in ("EP", "EC"))) and not (
                t == "NNG" and i + 1 < n and tokens[i + 1].start == token.end
                and tokens[i + 1].form in _PLAN_DOCUMENTS):
            # (not `'…시행계획'을 발표하고`, `이행방안`: the deed names the plan, a document, not its doing)
            label = FOLLOW_UP_CUES[form]
            if form == "통과" and any(x.form in _REVIEWS_PASSED for x in tokens[max(0, i - 4) : i]):
                label = "progress"  # `예비타당성 조사를 통과해`: a review passed on the way, not the deed
            if form == "출시" and any(x.form in ("시범", "베타", "일부", "시험") for x in tokens[max(0, i - 6) : i]):
                label = "progress"  # `베타 버전을 출시했다`: a step towards the launch promised
            elif label == "achieved" and form in _STEP_DONE and i >= 2 and tokens[i - 1].tag == "JKO" and (
                    tokens[i - 2].form in _PROCEDURAL_STEPS or (i >= 3 and tokens[i - 3].end == tokens[i - 2].start
                                                                 and tokens[i - 3].form + tokens[i - 2].form in _PROCEDURAL_STEPS)):
                label = "progress"  # `개정안은 10월 입법예고를 마쳤다` (Kiwi: 입법 + 예고): a step on the way, not the rule
        elif form in TARGET_MOVES and t == "VV" and (_target_word_before(tokens, i) is not None or (
                _figure_moved(tokens, i) and _recalls_earlier(tokens, i))):
            label = TARGET_MOVES[form]  # (`한도를 당초 발표한 1억 원에서 1억 5천만 원으로 올리기로`: the earlier figure)
        elif ((form in TARGET_MOVES and t == "VV") or (form in _RATE_CHANGES and t == "NNG")) and (
                _to_figure(tokens, i) or _by_figure(tokens, i)) and _realised(tokens, i) and not _adnominal(tokens, i):
            # `본인부담률을 30%에서 10%로 낮췄다`, `보험료를 평균 16% 내렸다`: the promised change, made
            label = "achieved"
        elif form == "의무" and t == "NNG" and i + 2 < len(tokens) and tokens[i + 1].form == "화" and (
                tokens[i + 1].tag == "XSN") and tokens[i + 2].tag == "XSV" and _realised(tokens, i + 2) and not (
                _adnominal(tokens, i + 2)) and _ends_its_sentence(tokens, i + 2):
            label = "achieved"  # `모든 이륜차에 정기검사를 의무화했다`: the rule made (a plan's `의무화한다` is no deed)
        elif _target_moved(tokens, i) and _target_word_before(tokens, i) is not None:
            label = "revision"  # `환수율 목표는 70%로 낮아졌다`, `목표가 200곳으로 상향됐다`: the target itself moved
        elif t in ("NNG", "XR") and i > 0 and tokens[i - 1].tag == "XPN" and tokens[i - 1].form + form in FOLLOW_UP_CUES:
            form = tokens[i - 1].form + form  # 불/XPN 투명/NNG: Kiwi splits `불투명해졌다`
            label = FOLLOW_UP_CUES[form]
        if label is None:
            continue
        if label == "cancelled" and form != "무산" and i + 1 < n and tokens[i + 1].form == "시키" and (
                tokens[i + 1].tag == "XSV") and any(t.form in ("겠", "기로") for t in tokens[i + 2 : i + 5]):
            continue  # `체험을 모두 중단시키겠다`: a body to make others stop, its own plan (not `… 계획을 무산시켰다`)
        if _grown_figure(tokens, i):
            continue  # `지난해보다 6% 늘어난 7,400억 원`: how a figure compares, not a change of plan
        if label in ("cancelled", "delayed") and _meeting_subject(tokens, i):
            continue  # `주민설명회가 항의로 무산됐다`: a meeting called off, not a promise
        if label in KIND_RANK and _requested(tokens, i):
            continue  # `추경에 반영해 달라고 요청했다`: what another body is asked to do
        if form in ("포기", "철회", "취소", "미루", "연기", "보류") and _clients_subject(tokens, i):
            continue  # `피해 기업 10곳 중 7곳은 소송을 포기했다`, `업체 가운데 상당수가 결정을 미뤘다`: their deed
        if form == "접수" and _adnominal(tokens, i):
            continue  # `올해 접수된 스팸 신고는 1억 9,000만 건으로`: what came in, a statistic
        if label in KIND_RANK and t == "NNG" and (_modifier_noun(tokens, i) or _argument_noun(tokens, i)):
            continue  # `폐지 이후`, `출범 당시`, `폐지안`, `시행령`, `이번 공모에는`: not the event reported
        if label in COMMITMENT_NOUNS.values() and t == "NNG" and _under_review(tokens, i):
            continue  # `…하는 방안을 검토하고 있다`: an option being weighed is not yet a plan
        cue = _Cue(i, label, form, quoted=quoted)
        if form in MEASURED_AGAINST:
            # Falling short is news in the present too (`목표에 못 미친다`) unless still to come
            # (`못 미칠 것`, `…면`); passing the target is done when told as done (`넘어섰다`,
            # `채운`): `1만 장을 넘어선다` is a forecast.
            cue.realised = _realised(tokens, i) if label == "achieved" else not _still_to_come(
                tokens[i + 1 : i + 6], conditions=True)
            cue.hypothetical = _hypothetical(tokens, i)
            cues.append(cue)
            continue
        if label in KIND_RANK:
            cue.realised = _realised(tokens, i)
            if _gives_reason(tokens, i):
                continue  # `형식증명이 늦어졌기 때문이다`: why something else happened, not the news
        cue.negated = _negated(tokens, i) and t not in ("VX", "MAG")  # a negation cue is not negated by itself
        if label == "decided" and form == "기" and i > 1 and tokens[i - 1].form in ("않", "못하") and (
            tokens[i - 2].form == "지" and tokens[i - 2].tag == "EC"
        ):
            cue.negated = True  # `결국 만들지 않기로 했다`: decided against it
        if cue.negated and label in ("achieved", "progress") and not cue.realised:
            # `구성이 완료되지 않으면서`, `끝나지 않은 상태다`: a deed reported as not done (not `않을 것`)
            cue.realised = not _still_to_come(tokens[i + 1 : i + 7])
        cue.hypothetical = _hypothetical(tokens, i)
        cues.append(cue)
    _mark_recalled(tokens, cues)
    # `소득 요건을 완화해 지원 대상을 10만 명으로 늘린다`: a rule changed as the means of the plan after it
    # is what the policy does, not a promise revised
    cues = [c for c in cues if not (c.label == "revision" and _rule_changed(tokens, c.index) and any(
        d.index > c.index for d in cues))]
    # `…방침을 없던 일로 하기로 했다`: the decision is the dropping, one cue
    dropped = [c.index for c in cues if c.word == "없던 일로"]
    cues = [c for c in cues if not (c.label == "decided" and any(0 < c.index - k <= 6 for k in dropped))]
    # `차질 없이 이행하겠다`: the negated delay is a promise, not a delay.
    return [c for c in cues if not (c.label in ("delayed", "cancelled") and c.negated)]


# An earlier promise named by an adnominal clause (`지정하겠다던 대학은`, `짓기로 한 충전소 50곳
# 가운데`, `가리겠다고 했던 팀은`, `늘리겠다던 목표에`): the sentence reports what became of it,
# and its own predicate says what (`일곱 곳만 지정됐다`, `21곳이다`, `무산됐다`, `내년 3월까지
# 내놓겠다`). `-겠다는 계획` (present) is the plan itself, and so is `…하기로 한 계획을 발표했다`.
_CLAUSE_BREAKS = ("EF", "SF", "SP", "ETM")
_PROMISE_NOUNS = {"약속", "공언", "예고", "다짐", "공약"}
_SAYING_VERBS = REPORTING_VERBS | {"하", "공언", "장담"}


PLAN_DOCUMENTS = {"방안", "대책", "계획", "종합계획", "기본계획", "전략", "로드맵", "개편안", "대책안", "개선안",
                  "발표", "지원책"}


def _promise_named(tokens) -> bool:
    """Does the sentence name a promise, plan, target or programme (`약속`, `계획`, `목표`, `일정`,
    `구축 사업`, `후속 조치`)?"""
    return any(t.tag == "NNG" and (t.form in COMMITMENT_NOUNS or t.form in _PROMISE_NOUNS or t.form in TARGET_WORDS
                                   or t.form in ("일정", "시한", "기한", "사업", "조치")) for t in tokens)


def _verb_elided(sentence: Sentence, deadline, target=None) -> bool:
    """Does a headline point name its topic (`법안은`, `외국인등록증도`) and end on the date or on what
    it becomes (`연내`, `…부터 모바일로`), or name a thing, its date and where it goes (`수사관 3월부터
    모든 경찰서에`) or how many (`임시 수용동 상반기 중 1,200명분`), its verb left out?"""
    words = [t for t in sentence.tokens if t.tag not in ("SF", "SSC", "SSO", "SP", "SW", "SE")]
    if len(words) < 3 or deadline is None:
        return False
    topic = next((k for k, t in enumerate(words) if t.tag == "JX" and t.form in ("은", "는", "도") and k > 0
                  and words[k - 1].tag in ("NNG", "NNP")), None)
    last = words[-1]
    if topic is None:
        # `교제폭력 전담 수사관 3월부터 모든 경찰서에`: the thing, its date, then where it goes or the
        # figure it comes to (a month or longer: `폭염 특보 다음 주부터 전국에` is a forecast)
        if deadline.precision not in ("month", "quarter", "half", "year") or words[0].tag not in ("NNG", "NNP", "SL") or (
                deadline.start <= words[0].start - sentence.shift):
            return False
        goes = last.tag == "JKB" and last.form in ("에", "에게") and words[-2].tag in ("NNG", "NNP") and (
            words[-2].start - sentence.shift >= deadline.end)
        comes_to = target is not None and target.start >= deadline.end and all(
            t.tag == "XSN" for t in words if t.start - sentence.shift >= target.end)  # (`1,200명분`)
        return goes or comes_to
    at_date = last.start - sentence.shift >= deadline.start and last.end - sentence.shift <= deadline.end + 3
    becomes = last.tag == "JKB" and last.form in ("로", "으로") and words[-2].tag in ("NNG", "NNP", "SL") and (
        words[-2].start - sentence.shift >= deadline.end)
    return (at_date or becomes) and deadline.start > words[topic].start - sentence.shift


_DATE_HEADS = {"년", "월", "일", "분기", "상반기", "하반기", "말", "초", "중순", "초순", "하순", "연말", "연초", "내년", "올해",
               "주", "달"}


def _to_a_date(tokens, i: int) -> bool:
    """Does `당기` at `i` follow a date it brings the plan to (`이번 달 말로`, `3분기에서 상반기로`, `올해 말로 1년
    당긴다`: with how far between)?"""
    if i >= 4 and tokens[i - 1].tag in ("NNB", "NNG") and tokens[i - 1].form in ("년", "개월", "달", "분기") and (
            tokens[i - 2].tag in ("SN", "NR", "MM")):
        i -= 2
    return i >= 2 and tokens[i - 1].form in ("로", "으로") and tokens[i - 1].tag == "JKB" and tokens[i - 2].form in _DATE_HEADS


def _lead_time_moved(tokens, i: int) -> bool:
    """Is the verb at `i` bringing forward a warning's lead time (`48시간 전으로 앞당겨 제공`, `3일 전에서
    7일 전으로 앞당긴다`): how far ahead a service warns, not a promise's date moved?"""
    if tokens[i].form not in ("앞당기", "당기", "늘리") or i < 3:
        return False
    particle, ago, unit = tokens[i - 1], tokens[i - 2], tokens[i - 3]
    return particle.form in ("로", "으로") and ago.form == "전" and unit.form in ("시간", "일", "주", "분", "개월") and (
        i >= 4 and tokens[i - 4].tag == "SN")


def _inside_a_name(tokens, i: int) -> bool:
    """Is the noun at `i` a word of a name in quotes, before the name's own head (`'식품 손실·폐기 통계'를 내겠다`,
    `‘운행 중단 예보제’`): a statistic's or a programme's name, not the event? (`'사업 철회'를 결정했다`, the
    event's own name, ends on it; `'… 중단 방침'`, `'… 연기 결정'` name the fate decided.)"""
    if tokens[i].tag != "NNG":
        return False
    opening = next((k for k in range(i - 1, max(-1, i - 8), -1) if tokens[k].tag in ("SSO", "SSC")), None)
    closing = next((k for k in range(i + 1, min(len(tokens), i + 8)) if tokens[k].tag in ("SSO", "SSC")), None)
    if opening is None or closing is None or tokens[opening].tag != "SSO" or tokens[closing].tag != "SSC" or (
            tokens[opening].form not in _NAME_QUOTES):
        return False  # (not brackets: `(2026년 2월 전면 시행 예정)` is an aside, no name)
    return closing > i + 1 and all(t.tag in _NAME_PARTS for t in tokens[opening + 1 : closing]) and not any(
        t.form in DECISION_NOUNS or t.form in PLAN_NOUNS or t.form in ("방침", "계획")
        for t in tokens[i + 1 : closing])  # (`'… 전면 중단 방침'을 확정했다`: the decision is the fate)


_NAME_PARTS = {"NNG", "NNP", "NNB", "SP", "XSN", "XPN", "SN", "SL"}
_NAME_QUOTES = {"'", "‘", '"', "“", "「", "『", "《", "〈", "<"}


def _mediation(tokens, i: int) -> bool:
    """Is `조정` at `i` a dispute's mediation (`기술분쟁 조정·중재`, `노사 조정`, `조정 신청`) or spending cut back
    (`재량지출 10%를 구조조정하겠다`, a plan in itself), not an adjustment of a plan?"""
    if tokens[i].form != "조정":
        return False
    before = tokens[i - 1].form if i > 0 else ""
    after = next((t.form for t in tokens[i + 1 : i + 3] if t.tag not in ("SP", "SW", "SC")), "")
    return before in ("분쟁", "노사", "갈등", "구조") or after in ("중재", "신청", "위원회")


# what says a deed named was the one promised (`착공을 약속했던`, `착공하기로 한`, `착공하겠다던`)
_PROMISED_DEED = {"약속", "기", "겠", "예정", "계획", "공언"}
_SMOKE_BEFORE = {"담배", "불", "화재", "매연", "배기", "유독"}
_SMOKE_AFTER = {"냄새", "흡입"}  # (not `속`: `개통 연기 속` is amid a postponement)


def _smoke(tokens, i: int) -> bool:
    """Is `연기` at `i` smoke (`담배 연기 속 유해성분`, `화재 연기`, `연기 냄새`), not a postponement?"""
    if tokens[i].form != "연기":
        return False
    before = tokens[i - 1].form if i > 0 else ""
    after = tokens[i + 1].form if i + 1 < len(tokens) else ""
    return before in _SMOKE_BEFORE or after in _SMOKE_AFTER


def _content_of_plan(tokens, i: int) -> bool:
    """Is `내용` at `i` what a plan holds (`…내용의 방안`, `…내용을 담은 대책`, `…내용이 담긴 계획`,
    `방안에는 …하는 내용도 담겼다`)?"""
    if any(a.tag == "NNG" and a.form in PLAN_DOCUMENTS and b.form == "에" and b.tag == "JKB"
           for a, b in zip(tokens[: i - 1], tokens[1:i])):
        return True
    for token in tokens[i + 1 : i + 14]:
        if token.tag in ("EF", "SF"):
            return False
        if token.tag == "NNG" and token.form in PLAN_DOCUMENTS:
            return True
    return False


_LAST_YEAR = re.compile(r"지난해|작년")


def _promised_last_year(sentence: Sentence, deadline, recall: _Cue) -> bool:
    """Is a date the recalled promise gave in words relative to its own day (`연내`, `하반기`)
    one of last year, as the sentence reports what came of it last year (`연내 2,000대를
    늘리기로 한 카메라는 지난해 12월 말까지 2,140대가 설치됐다`)? Read against the article's day,
    `연내` would be this year's end."""
    if deadline.anchor != "dct" or deadline.date is None or deadline.precision not in ("year", "half", "quarter", "month") or (
            _LAST_YEAR.search(deadline.text) or "내년" in deadline.text):
        return False
    clause_end = sentence.tokens[recall.recall_end].start - sentence.shift
    return deadline.end <= clause_end and _LAST_YEAR.search(sentence.text, clause_end) is not None


def _said_then(tokens) -> int | None:
    """Where a clause that tells what was said before, then goes on to what came of it, ends (`1분기에
    낸다더니 아직도 감감무소식이네요`, `연내 짓겠다더니`), or None."""
    return next((k for k, t in enumerate(tokens) if t.tag == "EC" and t.form.endswith("다더니")), None)


def _recalled_as_passed(sentence: Sentence, deadline, recall_end: int | None, dct) -> bool:
    """Is a date the recalled promise gave (`상반기까지 끝내겠다고 했던 정비는 아직도 안 끝났다`, said in
    July) one whose time of this year is over, which the reading against the article's day put next
    year? The promise was made before, for the one just past (not where the sentence tells the work on
    course after it: `…한 방안은 차질 없이 준비 중이다` keeps the one ahead)."""
    if dct is None or deadline.anchor != "dct" or deadline.date is None or deadline.period_start is None or (
            deadline.precision not in ("half", "quarter", "month")) or deadline.date.year != dct.year + 1:
        return False
    if deadline.period_start <= dct or _NAMES_ITS_YEAR.search(deadline.text) or _LAST_YEAR.search(deadline.text):
        return False
    if recall_end is None:
        recall_end = _said_then(sentence.tokens)  # (`1분기에 낸다더니 …`: told, then what came of it)
        if recall_end is None:
            return False
    clause_end = sentence.tokens[recall_end].start - sentence.shift
    return deadline.end <= clause_end and not _ON_TRACK.search(sentence.text, clause_end)


# work on the promise told as on course (`…한 방안은 차질 없이 준비 중이다`): its date is the one ahead
# (not `계획대로 6월까지 모두 채용됐다`: kept, on this year's date)
_ON_TRACK = re.compile(r"차질\s*(?:없|이\s*없)|순조롭|정상\s*추진|문제\s*없|준비\s*중|진행\s*중|추진\s*중")


_NAMES_ITS_YEAR = re.compile(r"올|금년|내년|이번|오는|다음|내달|이달|이듬해|당해")


def _done_before_in_year(sentence: Sentence, deadline, followups, dct) -> bool:
    """Is a date named without its year (`12월`, `연말`, `하반기`) that of something told as done
    (`두 달 늦은 12월 문을 열었다`, said in June) while that time of the year is still to come on
    the article's day? Then it is last year's: nothing is done in a month yet to come."""
    if dct is None or deadline.anchor != "dct" or deadline.date is None or deadline.period_start is None or (
            deadline.precision not in ("year", "half", "quarter", "month")):
        return False
    if deadline.period_start <= dct or "연내" in deadline.text or _NAMES_ITS_YEAR.search(deadline.text) or (
            _LAST_YEAR.search(deadline.text)):
        return False
    after = [t for t in sentence.tokens if t.start - sentence.shift >= deadline.end]
    if any(t.form in ("겠", "ᆯ", "기") or t.form in TARGET_WORDS or t.tag == "JKQ" for t in after):
        return False  # still to come, decided or aimed at (`12월 출시를 목표로`), or said
    return any(c.label == "achieved" and sentence.tokens[c.index].start - sentence.shift >= deadline.end
               for c in followups)


def _gone_past(sentence: Sentence, deadline, dct) -> bool:
    """Is a time named without its year one the news says has gone by (`공고가 3분기를 넘기며 …`, `9월을 넘겨`),
    read ahead into next year as a time still to come? It is this year's, passed."""
    if dct is None or deadline.anchor != "dct" or deadline.date is None or deadline.date <= dct or (
            _NAMES_ITS_YEAR.search(deadline.text) or _LAST_YEAR.search(deadline.text)):
        return False
    return bool(_GONE_PAST.match(sentence.text, deadline.end)) and _year_before(deadline.date) < dct


_GONE_PAST = re.compile(r"\s*(?:을|를)\s*(?:넘기(?!지\s*(?:않|말|못)|면)|넘겨|넘긴|넘어서|지나(?!면|기\s*전))")  # (not `상반기 중으로 넘어간`: moved to it)


_SAID_IN_LAST_YEAR = re.compile(r"(?:지난해|작년)\s*\d{1,2}\s*월")


def _said_last_year(sentence: Sentence, deadline, dct) -> bool:
    """Is a date relative to the year (`연내`, `하반기 안에`) one a promise dated last year gave
    (`지난해 5월 … 연내 구축하겠다고 약속했다`)? It was that year's, told now as made then."""
    if dct is None or deadline.anchor != "dct" or deadline.date is None or deadline.date.year != dct.year or (
            deadline.precision not in ("year", "half", "quarter")):
        return False
    if _NAMES_ITS_YEAR.search(deadline.text) or _LAST_YEAR.search(deadline.text):
        return False  # `올해 안에`, `내년`: a year of its own (`연내` is the year the promise was made in)
    if not _SAID_IN_LAST_YEAR.search(sentence.text, 0, deadline.start):
        return False
    # (`…늘리겠다고 밝혔다` is how any promise is reported today: `지난해 5월 문을 연 센터를` dates the centre)
    head = _predicate_head(sentence.tokens)
    return head is not None and head.form in _PROMISING and any(
        t.tag == "EP" and t.form in PAST_TENSE for t in sentence.tokens if t.start - sentence.shift >= deadline.end)


_PROMISING = {"약속", "공언", "공약", "발표", "예고"}


_FROM_THEN_TO = re.compile(r"\s*(?:에서|부터)\s*")


def _in_year(day: date, year: int) -> date:
    """The same day in another year; a month's last day stays its last (`2월 말`: the 28th, or the 29th)."""
    if day.month == 2 and day.day >= 28 and day.day == calendar.monthrange(day.year, 2)[1]:
        return date(year, 2, calendar.monthrange(year, 2)[1])
    return day.replace(year=year)


def _year_before(day: date) -> date:
    return _in_year(day, day.year - 1)


# `…한 것으로 알려졌다 / 전해졌다 / 파악됐다 / 확인됐다`: how the reporter learned of what was said
_HEARSAY = {"알려지", "알리", "전하", "전해지", "파악", "확인", "드러나", "나타나"}  # (Kiwi: 알려졌다 = 알리 + 어 + 지)


def _recall_end(tokens, i: int) -> int | None:
    """Where the ending that makes the promise cue at `i` (`겠`, `기` of `-기로 하다`, or a
    promise noun: `약속했던`) a recalled one is (an adnominal `던`/`ㄴ`, or a concessive `지만`
    after the past tense), or None."""
    n = len(tokens)
    if tokens[i].tag == "NNG" and tokens[i].form in _PROMISE_NOUNS:
        k = i + 1  # `정상화를 약속했던 정부24는`, `예고한 방안은`
        if not (k < n and tokens[k].tag == "XSV"):
            return None
    elif tokens[i].tag == "VV" and tokens[i].form == "내세우":
        k = i  # `지난해 내세운 감축은`
    elif tokens[i].form in ("계획", "방침") and i + 2 < len(tokens) and tokens[i + 1].tag == "VCP" and (
            tokens[i + 2].tag == "EP" and tokens[i + 2].form in PAST_TENSE):
        k = i + 1  # `3월까지 120곳을 열 계획이었지만 현재 …`: the plan it was, then what came of it
    elif tokens[i].form == "겠":
        k = i + 1
        if k < n and tokens[k].tag == "ETM" and tokens[k].form in ("다던", "던"):
            return k
        if not (k < n and tokens[k].tag == "EC" and tokens[k].form == "다고"):
            return None
        k += 1
        if k < n and tokens[k].tag == "NNG" and k + 1 < n and tokens[k + 1].tag == "XSV":
            k += 1  # `…하겠다고 약속한`
        if not (k < n and tokens[k].form in _SAYING_VERBS or (k < n and tokens[k].tag == "XSV")):
            return None
    elif tokens[i].form == "기":
        k = i + 2  # 기/ETN 로/JKB 하/VV
    elif tokens[i].form == "목표" and i + 2 < n and tokens[i + 1].form in ("로", "으로") and tokens[i + 2].form in (
            "하", "내걸", "잡", "세우", "정하"):
        k = i + 2  # `1만 곳을 목표로 한 발굴은`, `220억 달러를 목표로 내건 수주는`
        if tokens[k].form != "하" and k + 1 < n and tokens[k + 1].form != "던" and any(
                t.form in ANNOUNCE_WORDS or t.form in ("놓", "확정", "마련") for t in tokens[k + 2 :]):
            return None  # `…를 목표로 세운 'K-수산 비전'을 내놨다`: the plan announced now
    else:
        return None
    k += 1
    past = k < n and tokens[k].tag == "EP" and tokens[k].form in PAST_TENSE
    if past:
        k += 1
        if k < n and tokens[k].tag == "EC" and tokens[k].form in ("지만", "으나", "나", "는데", "ᆫ데"):
            return k  # `50곳을 새로 짓기로 했지만 38곳에 그쳤다`: promised then, and what came of it
    if not (k < n and tokens[k].tag == "ETM" and (tokens[k].form == "던" or tokens[k].form in ("ᆫ", "은"))):
        return None
    if k + 1 < n and tokens[k + 1].tag == "NNB" and tokens[k + 1].form in ("바", "적"):
        return None  # `…하겠다고 밝힌 바 있다`: the promise restated, not reported on
    if k + 3 < n and tokens[k + 1].form == "것" and tokens[k + 2].form == "으로" and tokens[k + 3].form in _HEARSAY and not any(
            t.tag == "EC" and t.form in ("지만", "으나", "나") for t in tokens[k + 4 : k + 9]):
        return None  # `…하겠다고 밝힌 것으로 알려졌다`: the promise itself, as the reporter heard it (not `…확인됐지만, 실제 …`)
    if k + 1 < n and tokens[k + 1].form in ("가운데", "만큼", "뒤", "이후", "후", "데", "채"):
        return None  # `…를 목표로 세운 가운데 올해 30만 대를`: a clause of time or reason, no recalled subject
    head = k + 1
    while head + 1 < n and head < k + 3 and tokens[head].tag == "NNG" and tokens[head + 1].tag == "NNG":
        head += 1  # (`…목표로 한 지원 방안을`: the head noun is the last of the compound)
    if not past and tokens[k].form != "던" and head < n and tokens[head].form in COMMITMENT_NOUNS and any(
        t.form in ANNOUNCE_WORDS or t.form in DECISION_NOUNS for t in tokens[head + 1 :]
    ):
        return None  # `확보하기로 한 계획을 발표했다`, `1조 원을 목표로 한 지원 방안을 발표했다`: announced today
    return k


def _clause_start(tokens, i: int, commas: bool = True) -> int:
    """Where the clause holding the token at `i` begins: after the last ending that closes one
    (with `commas`, also after a comma)."""
    breaks = _CLAUSE_BREAKS if commas else tuple(b for b in _CLAUSE_BREAKS if b != "SP")
    start = i
    while start > 0 and tokens[start - 1].tag not in breaks and not (
        tokens[start - 1].tag == "EC" and tokens[start - 1].form not in ("어", "아", "여", "고", "게", "지")
    ):
        start -= 1
    return start


def _in_clause_of(sentence: Sentence, cues, position: int) -> bool:
    """Is the character `position` inside the clause of one of the cues, not a clause before it? (A
    comma after the topic does not end its clause: `보강 10곳은, 예산이 없어 시작하지 못했다`.)"""
    tokens = sentence.tokens
    return any(position >= tokens[_clause_start(tokens, c.index, commas=False)].start - sentence.shift for c in cues)


def _numbered_subject(tokens, end: int) -> bool:
    """Was the plan put forward before (`지난해`, `당초`, `앞서` before it; not `이번에 내세운`), and does
    the noun phrase the adnominal at `end` modifies, up to its particle, hold a figure that is not a
    year (`지난해 내세운 벼 재배면적 6만 5,000ha 감축은`; not `내세운 명분은`, `…2030년 1위 목표는`)?"""
    if not any(t.form in ("지난해", "작년", "당초", "앞서", "지나", "지난달") for t in tokens[max(0, end - 6) : end]):
        return False
    for k in range(end + 1, min(len(tokens), end + 12)):
        token = tokens[k]
        if token.tag in ("JX", "JKS", "JKO") or token.tag.startswith("E") or token.tag.startswith("V"):
            return False
        if token.tag == "SN" and not (k + 1 < len(tokens) and tokens[k + 1].form in ("년", "월", "일", "위")):
            return True
    return False


def _mark_recalled(tokens, cues: list[_Cue]) -> None:
    for cue in cues:
        if cue.recalled or not (cue.label in ("volition", "decided") or cue.word in _PROMISE_NOUNS or cue.word in (
                "목표", "내세우", "계획", "방침")):
            continue
        end = _recall_end(tokens, cue.index)
        if end is None:
            continue
        cue.recall_end = end
        start = _clause_start(tokens, cue.index)
        head = end + 1 if end + 1 < len(tokens) and (
            tokens[end + 1].form in TARGET_WORDS or tokens[end + 1].form in COMMITMENT_NOUNS) else end
        for other in cues:
            if start <= other.index <= head:
                other.recalled = True


_CONCESSIVE = {"지만", "으나", "나", "는데", "ᆫ데", "은데"}
_TARGET_AFTER = re.compile(r"\s*(?:목표|계획)")
_TARGET_WORD = re.compile(r"목표|약속|계획")
_TARGET_SET = re.compile(r"제시|발표|내건|내놓|세운|세웠|밝힌|정한")
_LENGTH_WITHIN = re.compile(r"\d\s*(?:개월|주|일|년)\s*(?:이내|안|내)")


def _targets_date(sentence: Sentence, deadline) -> bool:
    """Is the date the one the target is due by (`2026년까지 80%로 높이겠다는 목표`, `올해 목표
    2,000ha`)? Not the day a count was taken (`올해 9월 49일로 … 목표에`), the day the target was set
    (`연초 제시한 목표`), nor a length the target is (`'1개월 이내' 약속`)."""
    if _LENGTH_WITHIN.search(deadline.text):
        return False
    if _TARGET_AFTER.match(sentence.text, deadline.end):
        return True
    named = _TARGET_WORD.search(sentence.text, deadline.end)
    return deadline.mod in ("BY", "WITHIN") and named is not None and not _TARGET_SET.search(
        sentence.text, deadline.end, named.start())


def _main_predicate(tokens, k: int) -> bool:
    """Is the verb at `k` the sentence's last, with only its endings and auxiliaries after it
    (`빠졌다`, `제외됐다`, `빠져 있다`)?"""
    return all(t.tag in ("EP", "EF", "VX", "SF", "XSV") or t.form == "되" or (
        t.tag == "EC" and t.form in ("어", "아", "여", "지")) for t in tokens[k + 1 :])


def _main_fate(rest) -> tuple[str, str] | None:
    """(kind, word) that the main predicate after a recalled promise reports, when it is one of these:
    time or a gap still left (`시한까지 7개월 남았다`: progress); the item left out of what went ahead
    (`…세수 부족을 이유로 빠졌다`, `제외됐다`, `누락됐다`: cancelled); fallen into trouble (`자금난에
    빠졌다`: delayed). Not a modifier (`제외됐던 대학원생까지`), and, but for what is left, not after
    `…발표됐지만`, where the promise is done and something else is left out or in trouble."""
    after_concessive = False
    for k, t in enumerate(rest):
        if t.tag == "EC" and t.form in _CONCESSIVE:
            after_concessive = True
        if t.form == "남" and t.tag == "VV":
            fate = ("progress", "남")
        elif after_concessive:
            continue
        elif t.form == "빠지" and t.tag == "VV":
            fate = ("delayed", "빠지") if k and rest[k - 1].form == "에" else ("cancelled", "빠지")
        elif t.form in ("제외", "누락") and t.tag == "NNG" and k + 1 < len(rest) and rest[k + 1].form == "되":
            fate = ("cancelled", t.form)
        else:
            continue
        if _main_predicate(rest, k):  # (only the last verb passes: at most one fate)
            return fate
    return None


def _promise_named_until(rest) -> int:
    """Where the noun phrase a recall modifies ends, at its topic particle, when it only names the
    promise (`…마치겠다던 대피장소 1만 1,000여 곳 점검은`: the promised figure, not a count since);
    0 when it also counts a part of it (`…1만 기 가운데 6,000기는`) or has no topic particle."""
    for k, t in enumerate(rest):
        if t.tag == "JX" and t.form in ("은", "는"):
            return k + 1
        if t.form in ("중", "가운데") or (t.tag[0] in ("V", "E", "J") and t.tag != "JKG"):
            return 0
    return 0


def _recall_outcome(tokens, recall: _Cue, plans: list[_Cue]) -> tuple[str | None, str | None, str | None]:
    """(kind, cue word, strength) of a sentence that recalls an earlier promise (see
    `_mark_recalled`) and has no follow-up cue of its own: a new plan for it is a revision
    (`줄여 내년 상반기에 출범시키기로 했다`); `만`, `머물`, `그치`, `소식이 없다`, `물 건너가` say it
    fell short; a count or a deed of its own is progress (`21곳이다`, `14조 원이 집행됐다`) or,
    with no count, the deed done (`8월에 공개됐다`)."""
    rest = tokens[recall.recall_end + 1 :]
    if rest and rest[0].form == "지" and rest[0].tag == "NNB":
        # `…키우겠다고 한 지 일곱 달이 지났지만 …`: the time since the promise; what follows the
        # concessive is the outcome, and without one nothing is told of it
        joint = next((k for k, t in enumerate(rest) if (t.tag == "EC" and (t.form in _CONCESSIVE or t.form == "도록")) or (
            t.form == "에도" and k and rest[k - 1].tag == "ETN")), None)  # (`지났지만`, `지나도록`, `지났음에도`)
        if joint is None:
            return None, None, None
        rest = rest[joint + 1 :]
    # `…내놓기로 한 종합계획은 3월 확정됐다`: a decision made, in the passive past, is the deed done
    plans = [c for c in plans if not (c.word in DECISION_NOUNS and _passive_past(tokens, c.index))]
    if any(t.form == "대로" and k and rest[k - 1].form in _KEPT_TO for k, t in enumerate(rest)):
        return "progress", "예정대로", "reported"  # `남은 물량도 예정대로 연내 보급하기로 했다`
    if plans:
        return "revision", plans[0].word, "reported"
    shortfall = _falls_short(rest)
    if shortfall:
        return "delayed", shortfall, "reported"
    if _scheduled(rest):
        return "revision", "현재형", "reported"
    if tokens[recall.recall_end].tag == "EC":
        return "delayed", tokens[recall.recall_end].form, "reported"  # `…하겠다고 했지만, 현재 7일이다`
    # a count, not a date; a length in the promise's own time unit is one (`45일로 줄이기로 한 기간은 58일이다`)
    measures = {tokens[k + 1].form for k in range(recall.recall_end - 1) if tokens[k].tag == "SN"
                and _is_time_word(tokens[k + 1]) and tokens[k + 2].form in ("로", "으로", "이내", "안")}
    counted = any(t.tag in ("SN", "NR") and not (
        k + 1 < len(rest) and _is_time_word(rest[k + 1]) and rest[k + 1].form not in measures)
        for k, t in enumerate(rest) if k >= _promise_named_until(rest))
    future = _still_to_come(rest)
    done = any(t.tag == "EP" and t.form in PAST_TENSE for t in rest) and not future
    # `현재 64곳에서 운영되고 있다`, `시범 운영 중이다`: under way now
    ongoing = not future and any(
        _going_on(rest, k) or (t.form == "중" and t.tag == "NNB" and k + 1 < len(rest) and rest[k + 1].tag == "VCP")
        for k, t in enumerate(rest))
    present = not future and any(t.tag == "EF" for t in rest)
    if done and _all_of_it(rest, max((k for k, t in enumerate(rest) if t.tag in ("VV", "XSV")), default=0)):
        return "achieved", "모두", "reported"  # `…공급하기로 한 정책자금 5,000억 원은 연말까지 모두 나갔다`
    if counted and (done or ongoing or present or (
            rest and rest[-1].tag == "SF" and len(rest) > 2 and rest[-3].tag == "VCP")):
        return "progress", "진척", "reported"
    if ongoing and not _denied(rest) and _running_since(rest):
        return "achieved", "가동 중", "reported"  # `…가동하겠다고 한 시스템이 10월부터 돌아가고 있다`
    if ongoing and not _denied(rest):
        return "progress", "진행", "reported"
    if done and _left_out_of(rest):
        return "cancelled", "않", "reported"  # `…줄이겠다던 법 개정은 세법개정안에 아예 담기지 않았다`
    if done and _denied(rest):
        return "delayed", "않", "reported"  # `연내 마치기로 했던 조사는 지금도 끝나지 않았다`
    if done and (fate := _main_fate(rest)):
        return fate[0], fate[1], "reported"  # `…7개월 남았다`, `…빠졌다`, `…자금난에 빠졌다`
    if done and _extended_instead(tokens[_clause_start(tokens, recall.index) : recall.recall_end], rest):
        return "delayed", "연장", "reported"  # `상반기 안에 끝내겠다던 인하 조치는 또 연장됐다`
    if done:
        return "achieved", "이행", "reported"
    return None, None, None


# Deeds that end something, so that its extension is the end put off
_WINDING_UP = {"끝내", "끝나", "종료", "마무리", "폐지", "중단", "마치", "종결", "일몰", "정리"}
# steps on the way to a rule or a project, finished (`입법예고를 마쳤다`, `공청회를 끝냈다`): progress
_PROCEDURAL_STEPS = {"입법예고", "행정예고", "공청회", "의견수렴", "설명회", "실시설계", "기본설계", "타당성조사", "사전심사"}
_STEP_DONE = _WINDING_UP | {"완료"}
_PROCEDURAL_STEP_NAMED = re.compile("|".join(sorted(_PROCEDURAL_STEPS, key=len, reverse=True)))


def _extended_instead(recalled, rest) -> bool:
    """A promise to end something (`끝내겠다던`, `종료하기로 한`) whose main predicate now is its
    extension (`또 연장됐다`): the end was put off, not the promise kept."""
    return any(t.form in _WINDING_UP and t.tag in ("VV", "NNG") for t in recalled) and any(
        t.form == "연장" and t.tag == "NNG" and k + 1 < len(rest) and rest[k + 1].tag == "XSV" and _main_predicate(rest, k + 1)
        for k, t in enumerate(rest))


_RUNNING = {"돌아가", "운영", "가동", "시행", "작동", "운행", "개통"}


def _running_since(rest) -> bool:
    """`10월부터 돌아가고 있다`, `3월부터 운영되고 있다`: in service since a date, so the launch
    promised is done (not `시범 운영되고 있다`, a trial, nor `64곳에서 운영되고 있다`, counted)."""
    since = any(t.form == "부터" and t.tag == "JX" and k and (_is_time_word(rest[k - 1]) or rest[k - 1].form in _SPANS)
                for k, t in enumerate(rest))  # (`지난달부터`: 지나 + ㄴ + 달)
    running = any(_going_on(rest, k) and (rest[k - 1].form in _RUNNING or (
        k > 1 and rest[k - 1].tag == "XSV" and rest[k - 2].form in _RUNNING)) for k in range(1, len(rest)))
    return since and running and not any(t.form == "시범" for t in rest)


def _no_news(tokens, k: int) -> bool:
    """`소식이 없다`, `소식은 없다`, `소식도 없다` ending at `k`: nothing heard of it."""
    return tokens[k].form == "없" and k > 1 and tokens[k - 1].form in ("이", "은", "도") and tokens[k - 2].form == "소식"


def _only_a_cause(tokens, i: int) -> bool:
    """Is the negation at `i` the reason of another clause (`구하지 못해 … 들었다`, `팔지 못해서`), its
    own predicate ending in a causal `-어(서)` that the sentence goes on from?"""
    k = i + 1
    while k < len(tokens) and (tokens[k].tag == "EP" or (tokens[k].form == "하" and tokens[k].tag in ("XSV", "VV"))):
        k += 1  # (`못/MAG 하/XSV 어/EC`: Kiwi's 못해)
    return k + 2 < len(tokens) and tokens[k].tag == "EC" and tokens[k].form in ("어", "아", "여", "어서", "아서", "여서") and (
        tokens[k + 1].tag not in ("VX", "SF", "SP"))


def _denied(tokens) -> bool:
    """`끝나지 않았다`, `열지 못했다`, `못 열었다`: the deed said not done."""
    return any((t.tag == "VX" and t.form in ("않", "못하") and k and tokens[k - 1].form == "지")
               or (t.tag == "MAG" and t.form == "못") for k, t in enumerate(tokens))


def _left_out_of(rest) -> bool:
    """`…개정안에 담기지 않았다`, `…안에 포함되지 않았다`: the main predicate says the promised item is
    not in what went ahead (the negative of `빠졌다`), not merely not yet done."""
    for k, t in enumerate(rest):
        stem = k + 1 if t.form == "포함" and t.tag == "NNG" and k + 1 < len(rest) and rest[k + 1].form == "되" else (
            k if t.form == "담기" and t.tag == "VV" else None)
        if stem is None or stem + 2 >= len(rest):
            continue
        before = next((x for x in reversed(rest[:k]) if x.tag != "MAG"), None)  # (`개정안에 아예 담기지`)
        if before is not None and before.form == "에" and rest[stem + 1].form == "지" and rest[stem + 2].form == "않" and (
            _main_predicate(rest, stem + 2)
        ):
            return True
    return False


_KEPT_TO = {"예정", "계획", "일정", "약속", "목표"}
_SHORT_BY = {"모자라", "부족", "남"}  # a gap to a figure: `2,700명에 400명이 모자란다`
SHORTFALL_WORDS = {"만", "머물", "머무르", "그치"}  # `110곳에 그쳐`, `48명만 뽑혀`: short of the figure, so far
_SHORT_WORDS = {*SHORTFALL_WORDS, *_SHORT_BY}


def _widening_under_way(tokens) -> bool:
    """Does the sentence end on an amount being raised, now (`…을 내년까지 120개 병원으로 넓히고
    있습니다`)? With a date ahead and a figure, the plan told as under way: the promise restated."""
    end = len(tokens) - 1
    while end > 0 and tokens[end].tag in ("SF", "SE", "SSC", "SW"):
        end -= 1
    if not (end >= 4 and tokens[end].tag == "EF" and _going_on(tokens, end - 2)):
        return False
    verb = tokens[end - 3]
    return (verb.tag == "VV" and verb.form in ("늘리", "넓히")) or (
        verb.tag == "XSV" and tokens[end - 4].form in ("확대", "확충", "확장", "증원"))


def _going_on(tokens, k: int) -> bool:
    """Is `k` the `-고` of `-고 있다` (`지연되고 있다`, `운영되고 있다`): under way now?"""
    return k + 1 < len(tokens) and tokens[k].tag == "EC" and tokens[k].form == "고" and (
        tokens[k + 1].form == "있" and tokens[k + 1].tag == "VX")


_TRIAL_RUNS = {"운영", "가동", "운행", "서비스", "사업"}  # what a `시험` is when it is a trial (`시험 운영`)


def _trial_started(tokens, i: int) -> bool:
    """Is the verb at `i` the start of a trial (`시범 운영에 들어갔다`, `시범 사업을 시작했다`,
    `시범 서비스에 착수`, `시운전에 들어갔다`): `시범` and at most one noun, then `에`/`을` (maybe a day
    between: `시범 운영을 이날 시작했다`)?"""
    if i >= 3 and tokens[i - 1].form in ("이날", "오늘", "어제", "지난달", "이달", "최근") and tokens[i - 1].tag in (
            "NNG", "MAG", "NNP"):
        i -= 1
    elif i >= 4 and tokens[i - 2].tag == "SN" and tokens[i - 1].form == "일" and tokens[i - 1].tag == "NNB":
        i -= 2  # (`시범 운영을 20일 시작했다`)
    if i < 2 or tokens[i - 1].tag not in ("JKB", "JKO") or tokens[i - 1].form not in ("에", "을", "를"):
        return False
    if tokens[i - 2].form in _TRIAL_NOUNS:
        return True
    k = i - 2
    if tokens[k].form != "시범":
        k -= 1
    return k >= 0 and tokens[k].form in ("시범", "시험") and tokens[k].tag == "NNG" and all(
        t.tag == "NNG" for t in tokens[k + 1 : i - 1]) and (
        tokens[k].form == "시범" or tokens[k + 1].form in _TRIAL_RUNS)  # (`수능 시험 관리`: an exam)


def _in_state(tokens, k: int) -> bool:
    """Is `k` the `-어` of a passive's or an intransitive's `-어 있다` (`제출돼 상임위에 계류돼 있다`,
    `설치돼 있다`, `세워져 있다`, `수용자가 들어가 있습니다`): the deed's result, holding now (not
    `있어야 한다`, `있지 않다`, `있을 것`)?"""
    if not (tokens[k].tag == "EC" and tokens[k].form in ("어", "아", "여") and k + 2 < len(tokens)):
        return False
    if not ((tokens[k - 1].form == "되" or tokens[k - 1].tag in ("VV", "VX")) and tokens[k + 1].form == "있"
            and tokens[k + 1].tag == "VX"):
        return False
    if k >= 2 and tokens[k - 2].tag == "EC" and tokens[k - 2].form in ("게", "도록"):
        return False  # `완공하게 돼 있다`, `제출하도록 돼 있다`: due, not done
    after = tokens[k + 2]
    return (after.tag in ("EF", "EP") and after.form != "겠") or (
        after.tag == "EC" and after.form in ("고", "며", "으며", "는데", "지만"))


def _recalled_clause(sentence: Sentence, recall: _Cue) -> tuple[int, int]:
    """Character range of the clause that recalls the promise (`올해 15만 명을 지원하겠다던`)."""
    tokens = sentence.tokens
    return (tokens[_clause_start(tokens, recall.index)].start - sentence.shift,
            tokens[recall.recall_end].start - sentence.shift)


def _due_later(sentence: Sentence, recall: _Cue, dct) -> bool:
    """Is the recalled promise's own date (in its clause: `올해 15만 명을 지원하겠다던`) still ahead?
    A count short of it then says how far it has got, not that it was missed."""
    low, high = _recalled_clause(sentence, recall)
    if not (_DATED_PROMISE.search(sentence.text, 0, high) or _SO_FAR_THIS_YEAR.search(sentence.text)):
        return False  # a bare `연내`, `상반기까지` recalled may be last year's: too weak to say it is not due
    due, _ = deadlines.deadline_for(sentence.text[low:high], dct)
    return dct is not None and due is not None and due.date is not None and due.date >= dct


def _overdue(sentence: Sentence, recall: _Cue, dct) -> bool:
    """Has the recalled promise's own date, one that says its year (`지난해 1조 원을 목표로 했던`),
    passed?"""
    low, high = _recalled_clause(sentence, recall)
    if not (_DATED_PROMISE.search(sentence.text, 0, high) or _LAST_YEAR.search(sentence.text, 0, high)):
        # `5월부터 20일 안으로 줄이겠다던 심사는 8월에도 31일`: a start month already past this year
        return dct is not None and any(
            e.mod == "FROM" and e.precision in ("month", "day") and e.date is not None and e.date < dct
            for e in deadlines.find_time_expressions(sentence.text[low:high], dct))
    # (every time the clause names: `지난해 2,000억 원을` is no deadline to deadline_for, but it dates the promise)
    dates = [e.date for e in deadlines.find_time_expressions(sentence.text[low:high], dct) if e.date is not None]
    return dct is not None and bool(dates) and max(dates) < dct


def _plan_word(tokens, k: int) -> bool:
    """Is the token at `k` a plan's mark: a plan's noun (`_PLAN_WORDS`: `목표`, `계획`, `일정` …) or `-기로`?"""
    form = tokens[k].form
    return form in _PLAN_WORDS or (form == "기" and tokens[k].tag == "ETN" and k + 1 < len(tokens)
                                   and tokens[k + 1].form == "로")


def _count_as_of(sentence: Sentence, deadline) -> bool:
    """Does the time close a count that fell short (`연말까지 168곳에 그쳤다`), with no plan between?"""
    tokens = sentence.tokens
    for k, token in enumerate(tokens):
        if token.start - sentence.shift < deadline.end:
            continue
        if _plan_word(tokens, k):
            return False
        if token.tag == "VV" and token.form in _SHORT_WORDS:
            return True
    return False


def _later_plan(sentence: Sentence, recall: _Cue, dct):
    """(the later date, the recalled one) when, after the clause recalling a dated promise, the
    sentence plans something (`-기로 했다`, `계획`, `일정`) for a date after the one promised."""
    _, high = _recalled_clause(sentence, recall)
    promised = _recalled_date(sentence, recall, dct)
    if promised is None or promised.date is None:
        return None
    for e in deadlines.find_time_expressions(sentence.text, dct):
        if e.start < high or e.date is None or e.date <= promised.date or e.mod == "PAST" or (
                dct is not None and e.date < dct):
            continue
        if _planned_after(sentence, e.end, but="목표"):
            return e, promised  # (`목표를 달성했다` is no plan)
    return None


def _share_of_a_past_target(sentence: Sentence, dct):
    """The date of a target whose share is counted (`지난해 2,000곳 목표 가운데 1,640곳`, `지난해 목표 200곳
    가운데 150곳`), when it names one right before its figure and that date has passed; else None."""
    if dct is None:
        return None
    if _ALL_OF.search(sentence.text):
        return None  # (`2,000곳 목표 가운데 2,000곳에 모두 돌아갔다`: met)
    for e in deadlines.find_time_expressions(sentence.text, dct):
        if e.date is not None and e.date < dct and e.precision == "year" and (
                (figure := _FIGURE_THEN_TARGET.match(sentence.text, e.end) or _TARGET_THEN_FIGURE.match(sentence.text, e.end))
                and _OUT_OF.match(sentence.text, figure.end())):
            return e  # (a year, not the month a count was taken: `10월 2,000곳 목표 가운데`)
    return None


_FIGURE_THEN_TARGET = re.compile(r"\s*\d[\d,.]*(?:\s*(?:조|억|만|천)\s*\d[\d,.]*)*\s*(?:조|억|만|천)?\s*[가-힣A-Za-z%]{0,3}\s*목표")
_TARGET_THEN_FIGURE = re.compile(r"\s*목표(?:였던|인)?\s*\d[\d,.]*(?:\s*(?:조|억|만|천)\s*\d[\d,.]*)*\s*(?:조|억|만|천)?\s*[가-힣A-Za-z%]{0,3}")
_ALL_OF = re.compile(r"모두|전부|전량|전액")


def _rest_put_off(sentence: Sentence, dct, recalled: bool = False):
    """(the date set for the rest, the date missed or None, where the rest is named) when a sentence
    tells a count that fell short (done, by a date now past, or of a promise it recalls: `recalled`),
    then plans what is left for a later
    date (`인력 60명은 상반기까지 48명만 뽑혀, 질병관리청은 남은 12명을 연말까지 채우겠다고`, `…30곳으로
    늘리겠다던 목표에 못 미친 24곳에 머물렀고, 경찰청은 남은 6곳을 연말까지 지정하겠다고`). A plan in
    phases (`3곳만 먼저 열고, 나머지 7곳은 내년까지`) tells no shortfall."""
    rest = _REMAINDER.search(sentence.text)
    if rest is None:
        return None
    tokens = sentence.tokens
    split = next((k for k, t in enumerate(tokens) if t.start - sentence.shift >= rest.start()), len(tokens))
    if not _falls_short(tokens[:split]) or not (_plans_in(tokens[split:]) or _scheduled(tokens[split:])):
        return None  # (`나머지 7대는 … 내년 3월에야 들여온다고`: the plain present, with its date, plans too)
    dated = [e for e in deadlines.find_time_expressions(sentence.text, dct) if e.date is not None and e.mod != "PAST"]
    missed = [e for e in dated if e.end <= rest.start() and e.mod in ("BY", "WITHIN", "END")]
    later = [e for e in dated if e.start >= rest.start()]
    if not later or dct is None:
        return None
    due = later[0]
    missed_on = missed[-1] if missed else None
    if missed_on is not None and missed_on.date > due.date and missed_on.anchor == "dct":
        missed_on = dataclasses.replace(missed_on, date=_year_before(missed_on.date))  # (`상반기까지 48명만`: this year's, past)
    done = any(t.tag == "EP" and t.form in PAST_TENSE for t in tokens[:split])
    if not (done or recalled or (missed_on is not None and missed_on.date < dct)):
        return None  # `올해 10곳 가운데 3곳만 먼저 열고, 나머지 7곳은 내년까지 열 계획`: a plan in phases
    if missed_on is None:
        # (`7월 한 곳만 지정됐고, … 나머지 한 곳을 내년 상반기까지`: the day it was done is no date missed)
        return (due, None, rest.start()) if due.date.year > dct.year else None
    return (due, missed_on, rest.start()) if missed_on.date < due.date else None


def _rest_kept(sentence: Sentence, cue: "_Cue | None") -> bool:
    """After the cue, is what is left of the plan (`나머지 7곳만`) still planned (`추진하기로`)?"""
    rest = _REMAINDER.search(sentence.text, sentence.tokens[cue.index].end - sentence.shift if cue is not None else 0)
    return rest is not None and _planned_after(sentence, rest.end())


def _planned_after(sentence: Sentence, offset: int, but: str | None = None) -> bool:
    """Is there a plan's mark (`_plan_word`, other than the word `but`) at or after `offset`?"""
    tokens = sentence.tokens
    return any(_plan_word(tokens, k) and t.form != but
               for k, t in enumerate(tokens) if t.start - sentence.shift >= offset)


def _recalled_date(sentence: Sentence, recall: _Cue, dct):
    """The date the recalled promise was due by (`지난해 하반기 200곳으로 늘리겠다던`), if its clause names one."""
    low, high = _recalled_clause(sentence, recall)
    clause = sentence.text[low:high]
    due, _ = deadlines.deadline_for(clause, dct)
    if due is None:
        dated = [e for e in deadlines.find_time_expressions(clause, dct) if e.date is not None]
        due = dated[-1] if dated else None
    return _of_last_year(clause, due, dct) if due is not None else None


def _of_last_year(clause: str, due, dct):
    """`지난해 … 연내 모두 없애겠다고 약속했지만`: a year-relative date in a promise recalled as made
    last year is that year's, not the article's. (`due`'s offsets are in `clause`.)"""
    if due.date is not None and due.anchor == "dct" and dct is not None and (
            due.date.year == dct.year and _PROMISED_LAST_YEAR.search(clause, 0, due.start)):
        return dataclasses.replace(due, date=_year_before(due.date))
    return due


# `연내 10곳으로 늘리겠다고 했지만, 지금까지 7곳에 그친다`: a count so far, with the year named in no
# other way, is this year's (last year's would be `지난해 말까지`, `해를 넘긴 지금도`).
_SO_FAR_THIS_YEAR = re.compile(r"^(?!.*(?:지난해|작년|해를\s*넘)).*연내.*(?:지금까지|현재까지|\d{1,2}\s*월\s*(?:말\s*)?(?:현재|기준))")


# `지난해 … 연내 모두 없애겠다고`: when a promise was made (not `지난해보다 두 배`, `지난해 640대였던`)
_PROMISED_LAST_YEAR = re.compile(
    r"(?:지난해|작년)(?!\s*(?:보다|대비|에\s*비해|와|과|의|수준|[\d,.]+\s*(?:대|곳|명|개|건|%|원|억|만|천|가구|톤)))")


# A recalled date that says its year (`올해`, `2027년까지`, `내년 1월까지`), or a promise said to be
# made this year (`지난 4월 … 연내 1,000명으로 늘리겠다고`).
_DATED_PROMISE = re.compile(r"올해|금년|내년|\d{4}\s*년|지난\s*\d{1,2}\s*월")


def _passive_past(tokens, i: int) -> bool:
    """`확정됐다`, `결정되었다`: the noun at `i` done to its subject, in the past."""
    return (i + 2 < len(tokens) and tokens[i + 1].tag == "XSV" and tokens[i + 1].form == "되"
            and tokens[i + 2].tag == "EP" and tokens[i + 2].form in PAST_TENSE)


def _recalled_figure(sentence: Sentence, recall: _Cue, found):
    """The recalled promise's own figure: in its clause (`2026년까지 100곳을 짓기로 한`), the one
    nearest its verb, else in the noun it describes (`확보하기로 한 기숙사 5,000실은`, `짓기로 한
    충전소 50곳 가운데`); a figure after that noun's particle is the report's (`점검은 대상 1,432곳
    가운데`)."""
    tokens = sentence.tokens
    start = _clause_start(tokens, recall.index)
    for k in range(start + 1, recall.index):
        head = tokens[k - 1]
        if tokens[k].tag == "JKS" and not (isinstance(head.user_value, dict) or head.form in GOVERNMENT_SUBJECTS):
            return None  # `기업들이 공급하기로 한 충전기 10만 기`: another actor's promise
    low, cut = tokens[start].start - sentence.shift, tokens[recall.recall_end].start - sentence.shift
    inside = [q for q in found if low <= q.start and q.end <= cut and q.value]
    if inside:
        return max(inside, key=lambda q: q.end)
    if tokens[recall.recall_end].tag != "ETM":
        return None
    k = recall.recall_end + 1
    while k < len(tokens) and not (tokens[k].tag[0] == "J" or tokens[k].form in ("중", "가운데") or (
            tokens[k].tag[0] in "VES" and tokens[k].tag not in ("SN", "SW", "SL", "SH") and tokens[k].form not in (",", "/"))):
        k += 1  # (to the noun's particle, `중`/`가운데`, or a verb or ending: the noun ends there; `GPU 1만 장`)
    high = tokens[k].start - sentence.shift if k < len(tokens) else len(sentence.text)
    head = [q for q in found if cut <= q.start and q.end <= high and q.value]
    return min(head, key=lambda q: q.start) if head else None


REDUCING = {"줄이", "낮추", "감축", "단축", "인하", "축소", "감소", "줄어들", "내리"}


def _reached_recalled(sentence: Sentence, recall: _Cue, found) -> bool:
    """Does the main clause report at least the recalled promise's figure, in its unit, for a
    promise to reach or raise a figure (`회복하겠다던`, `늘리기로 한`), or at most, for a cut?"""
    promised = _recalled_figure(sentence, recall, found)
    if promised is None:
        return False
    cut = sentence.tokens[recall.recall_end].start - sentence.shift
    reported = [q for q in found if q.start > max(cut, promised.end) and q.unit == promised.unit and q.value is not None
                and not _per_each(sentence.text, q)]
    if _cut_to(sentence, recall, [promised]):
        return any(q.value <= promised.value for q in reported)  # `14일 이내로 줄이겠다던 기간은 … 12일로 맞춰졌다`
    return any(q.value >= promised.value for q in reported)


def _recalled_head(sentence: Sentence, recall: _Cue, found):
    """The figure the recalling clause modifies, right after it (`목표로 내걸었던 2,000만 명을`, `목표로
    잡았던 거래액 2조 원을`): the promise's own, though it stands after the clause."""
    if sentence.tokens[recall.recall_end].tag != "ETM":
        return None  # (`…완공하겠다고 했지만 올해 58곳이 준공됐다`: the count after is the report)
    after = sentence.tokens[recall.recall_end].end - sentence.shift
    return next((q for q in found if q.start >= after and len(sentence.text[after : q.start].split()) <= 1
                 and not re.search(r"[,.을를은는이가에의로와과도]\s*$", sentence.text[after : q.start])), None)


def _short_of_recalled(sentence: Sentence, recall: _Cue, found, cues) -> bool:
    """Does the main clause count fewer than the recalled promise's own figure, in its unit? (More,
    for a promise to cut: `30일 이내로 줄이겠다던 목표는 … 27일로 맞춰졌다` is met.)"""
    tokens = sentence.tokens
    cut = tokens[recall.recall_end].start - sentence.shift
    head = _recalled_head(sentence, recall, found)
    # (`짓기로 한 충전소 50곳 가운데 21곳`: the whole the part is counted against; `목표로 내걸었던 2000만
    # 명을`: the figure the clause modifies)
    promised = [q for q in found if q.value and (q.end <= cut or q is head or _OUT_OF.match(sentence.text, q.end))]
    # what the main clause reports comes after every recalled promise (`4만 원으로 올리기로 한 당직비와
    # 1만 5,000원으로 올리기로 한 급식비는`: the second figure is the second promise's)
    last = max(c.recall_end for c in cues if c.recall_end is not None)
    report_from = tokens[last].start - sentence.shift
    reported = [q for q in found if q.start > report_from and q.value is not None and q is not head
                and not _per_each(sentence.text, q)]
    if _cut_to(sentence, recall, promised):
        return any(p.unit == r.unit and r.value > p.value for p in promised for r in reported)
    return any(p.unit == r.unit and r.value < p.value for p in promised for r in reported)


def _per_each(text: str, q) -> bool:
    """`교사 한 명당 아동 수`: the figure is what a rate is counted per, not one reported."""
    return text.startswith("당", q.end)


_OUT_OF = re.compile(r"\s*(?:가운데|중에서|중)(?![가-힣])")
_BROUGHT_TO = re.compile(r"\s*(?:으로|로|이내|이하|미만|아래|안으로|안)")


def _cut_to(sentence: Sentence, recall: _Cue, promised) -> bool:
    """Is the recalled promise a cut to a figure (`30일 이내로 줄이겠다던`: lower is better), not a
    cut by an amount (`6만 5,000ha를 줄이기로 한`: more is better)? A length every case is to be
    done within (`30일 안에 주겠다던`) is a cut to it, said or not."""
    if any(q.unit in LENGTH_UNITS and _WITHIN.match(sentence.text, q.end) for q in promised):
        return True
    return any(t.form in REDUCING for t in sentence.tokens[: recall.recall_end]) and any(
        _BROUGHT_TO.match(sentence.text, q.end) for q in promised)


_WITHIN = re.compile(r"\s*(?:이내|안|내)(?![가-힣])|\s*(?:이내|안|내)(?:에|로|으로)")


_PART_OF = re.compile(r"\s*(?:가운데|중)\s*$")


def _in_attribution(tokens, i: int) -> bool:
    """Is the cue at `i` in the words that say where the news comes from (`국토부가 … 제출한 자료에 따르면`,
    `…요구 자료에 의하면`): the first ending after it closes `…에 따르면` / `…에 의하면`?"""
    for j in range(i + 1, len(tokens)):
        if tokens[j].tag in ("EF", "SF", "EC"):
            return j >= 2 and tokens[j].form in ("면", "으면") and tokens[j - 1].form in ("따르", "의하") and (
                tokens[j - 2].form == "에")
    return False


def _part_of_whole(sentence: Sentence, found):
    """The whole and the part of a body sentence's `N 가운데 M` / `N 중 M` (`10곳 가운데 현재 4곳이`), counts of
    one unit, the part smaller, at most a few words apart; or None."""
    for whole, part in zip(found, found[1:]):
        if whole.unit == part.unit and whole.value and part.value is not None and part.value < whole.value and (
                _PART_OF_AHEAD.match(sentence.text, whole.end)) and part.start - whole.end <= 12:
            return whole, part
    return None


_PART_OF_AHEAD = re.compile(r"\s*(?:가운데|중에?)(?:\s|$)")


_FINISHED = {"마치", "완료", "끝내", "마무리"}  # (a deed finished; not `통과`, `시행`, whose `N 중 M` counts something else)


def _wholes_and_parts(sentence: Sentence, found):
    """Each `N 중 M` of one unit, M smaller (`17곳 중 13곳`, `300종 가운데 210종`): (whole, part)."""
    for whole, part in zip(found, found[1:]):
        if whole.unit == part.unit and whole.value and part.value is not None and part.value < whole.value and (
                _PART_OF.match(sentence.text[whole.end : part.start])):
            yield whole, part


def _whole_done_in_part(sentence: Sentence, found):
    """The whole of `N 중 M` closing the sentence's figures when it reports a deed done (`목표한 20곳 중 12곳 세관에 …
    설치를 마쳤다`, `300종 가운데 210종 검사를 완료했다`): the part is how far it got, the whole what was promised
    (not `1,000억 원 가운데 800억 원을 투입해 교량 50곳 보수를 마쳤다`, money spent on the deed); None otherwise."""
    return next((whole for whole, part in _wholes_and_parts(sentence, found) if part is found[-1]), None)


def _whole_of_part(sentence: Sentence, found):
    """In a headline's point that ends on `N 중 M` (`17곳 중 13곳`, `1조 원 중 3,200억 원만`), the
    whole: a count of the same unit, smaller, said as how much of it there is (not `1만 명 중 3천
    명 선발`, a deed planned, nor `5곳 중 1곳`, a share)."""
    return next((whole for whole, part in _wholes_and_parts(sentence, found)
                 if whole.value > 10 and _POINT_ENDS.match(sentence.text, part.end)), None)


# a point's closing bracket holding its date (`(9월)`, `(6월부터)`, `(2025년 5월부터 10개 항만)`)
_CLOSING_BRACKET = re.compile(r"\(([^()]{2,30})\)\s*$")


def _done_as_dated(sentence: Sentence, dct) -> bool:
    """Does a headline's or a list item's point close on a bracket dating it to a day gone by, after
    its deed's noun (`…모두 시작 (9월)`), or to one it has run since (`…알림 (지난해 12월부터)`)?"""
    bracket = _CLOSING_BRACKET.search(sentence.text)
    if dct is None:
        return False
    times = deadlines.find_time_expressions(bracket.group(1), dct) if bracket else []
    if not times or times[0].start > 0 or times[0].date is None:
        # (a headline's or a summary line's point: a plan's list, `추진 일정` … `- 사업 공고 3월 시작`, is its schedule)
        return sentence.headline and _done_on_date_gone_by(
            sentence, dct, bracket.start() if bracket else len(sentence.text)) and not (
            bracket and (any(ch.isdigit() for ch in bracket.group(1)) or _NOT_YET_DONE.search(bracket.group(1))))
    when, rest = times[0], bracket.group(1)[times[0].end :]
    before = [t for t in sentence.tokens if t.end - sentence.shift <= bracket.start()]
    if not before:
        return False
    if when.mod == "FROM" or when.text.endswith("부터"):
        # (`…확대 검토 (지난해 12월부터)`, `(3월부터 검토 중)`: work towards it, not the thing running)
        return (when.period_start or when.date) < dct and before[-1].form not in _WORK_TOWARDS and not any(
            word in rest for word in (*_WORK_TOWARDS, "중", "예정", "계획"))
    return when.date < dct and not rest.strip() and before[-1].tag == "NNG" and before[-1].form in _DEEDS_DONE_BY_DATE


_DEEDS_DONE_BY_DATE = frozenset(ACTION_NOUNS) | {"시작", "예고", "입법예고", "공포", "공표"}  # (`시행령 10월 입법예고`)
_NOT_YET_DONE = re.compile(r"예정|계획|목표|추진|검토|준비|전망|미정|잠정|미확정|불투명|당초")  # (`… 3월 시작(예정)`, `(미정)`)


def _done_on_date_gone_by(sentence: Sentence, dct, end: int) -> bool:
    """Does the point, up to `end` (a closing bracket naming its body: `(국토부)`), close on a date gone by and the
    deed done on it, a noun or two (`로드킬 알림 3월부터 시작`, `시행령 10월 입법예고` read in November)?"""
    times = deadlines.find_time_expressions(sentence.text[:end], dct)
    if not times or times[-1].date is None:
        return False
    when = times[-1]
    after = [t for t in sentence.tokens if when.end <= t.start - sentence.shift < end and t.tag[0] != "S"]
    if not 1 <= len(after) <= 2 or any(t.tag not in ("NNG", "NNP") for t in after) or after[-1].form not in _DEEDS_DONE_BY_DATE:
        return False
    return (when.period_start or when.date) < dct if when.mod == "FROM" or when.text.endswith("부터") else when.date < dct


# what a goal is a ceiling for: fewer is better (`교통사고 사망자`, `초미세먼지 농도`, `온실가스 배출량`)
_REDUCED_MEASURES = {"사망", "사망자", "사고", "배출", "배출량", "농도", "적자", "대기", "부채", "체납", "미세먼지", "폐기물"}


# what sets a goal beside a count in brackets (`48명(목표 60명)`, `14곳 (올해 목표 20곳)`, `8.3명 (2029년 목표 10명)`)
_GOAL_THEN_COUNT = re.compile(r"\s*목표(?:치)?\s*(?:에|대비)\s*")
_GOAL_IN_BRACKETS = re.compile(r"\s*\(\s*(?:[0-9가-힣]{1,8}\s+)?목표(?:치)?\s*(?:는|은)?\s*$")


def _count_against_goal(sentence: Sentence, found):
    """In a headline's point, a count with its goal in brackets after it (`48명(목표 60명)`), or a goal
    and then the count (`10종 목표에 8종`), same unit: (the goal, the count). A summary's or a
    scorecard's way to say how far a promise got."""
    for first, second in zip(found, found[1:]):
        if first.unit != second.unit or first.value is None or second.value is None:
            continue
        between = sentence.text[first.end : second.start]
        if second.value and _GOAL_IN_BRACKETS.match(between) and re.match(r"\s*\)", sentence.text[second.end :]):
            return second, first
        if first.value and _GOAL_THEN_COUNT.fullmatch(between) and _POINT_ENDS.match(sentence.text, second.end):
            return first, second  # `추가 지정 10종 목표에 8종`: the goal, then the count
    return None


# `5곳 중 3곳 확정`, `3곳 중 2곳만 지정`, `10곳 중 착공 3곳`: a deed noun beside the part
_PART_DONE = re.compile(r"\s*(?:가운데|중)\s*(?P<before>[가-힣]+\s+)?$")
_DEED_AFTER = re.compile(r"(?P<only>만|뿐)?\s*(?P<deed>[가-힣]+)\s*(?:$|…|\.\.\.|⋯|,|['’\"”])")


def _part_done(sentence: Sentence, found):
    """In a headline's point `N 중 M <deed>` or `N 중 <deed> M` (the deed a noun the tracker reads as
    one: `확정`, `지정`, `착공`), (the whole, whether `만` says only that much); None otherwise."""
    deeds = set(ACTION_NOUNS) | set(DECISION_NOUNS) | set(FOLLOW_UP_CUES)
    for whole, part in zip(found, found[1:]):
        if not (whole.unit == part.unit and whole.value and part.value is not None and part.value < whole.value):
            continue
        gap = _PART_DONE.match(sentence.text[whole.end : part.start])
        if gap is None:
            continue
        if gap.group("before") and gap.group("before").strip() in deeds and re.match(
                r"\s*(?:$|…|\.\.\.|⋯|,)", sentence.text[part.end :]):
            return whole, False
        after = _DEED_AFTER.match(sentence.text, part.end)
        if not gap.group("before") and after and after.group("deed") in deeds:
            return whole, bool(after.group("only"))
    return None


_POINT_ENDS = re.compile(r"\s*(?:만|뿐|에\s*그쳐|에\s*머물러)?\s*(?:$|…|\.\.\.|⋯)")


def _target_moved(tokens, i: int) -> bool:
    """`낮아지다`, `높아지다` (낮/높 + 어 + 지), `상향되다`, `하향되다`: a figure raised or lowered, said
    of what moved."""
    token = tokens[i]
    if token.form not in ("낮", "높", "상향", "하향") or not (
            i > 1 and tokens[i - 1].form in ("로", "으로") and tokens[i - 2].tag in ("SN", "NR", "NNB", "NNG", "SW")):
        return False  # to a figure (`70%로`), not `목표는 결국 낮아졌다`, which says nothing of it
    if token.tag == "VA":
        return i + 2 < len(tokens) and tokens[i + 1].form in ("어", "아") and tokens[i + 2].form == "지"
    return token.tag == "NNG" and i + 1 < len(tokens) and tokens[i + 1].form == "되"


def _short_by(tokens, k: int) -> bool:
    """Is `k` the verb of a gap to a figure (`2,700명에 400명이 모자란다`, `1,500명까지 80명 남았다`,
    `…80명이 부족하다`): a count, then the verb, the figure it falls short of before it with `에`/`까지`?"""
    if tokens[k].form not in _SHORT_BY or tokens[k].tag not in ("VV", "VA", "NNG"):
        return False
    if tokens[k].form == "부족" and not (k + 1 < len(tokens) and tokens[k + 1].form == "하"):
        return False
    j = k - 1
    while j >= 0 and tokens[j].tag == "MAG":
        j -= 1  # `400명이 아직 모자란다`
    if j >= 0 and tokens[j].tag == "JKS":
        j -= 1
    if not (j >= 1 and tokens[j].tag in ("NNB", "NNG") and tokens[j - 1].tag in ("SN", "NR")) or _is_time_word(tokens[j]):
        return False  # (`12월 31일까지 7개월 남았다`: a countdown, not a gap to a figure)
    return _gap_target(tokens, j - 1) is not None


def _gap_target(tokens, j: int) -> int | None:
    """Index of the unit of the figure right before the count at `j` that is marked `에`/`까지` (the
    figure a gap is measured to), if any."""
    k = j - 1
    while k >= 0 and tokens[k].tag in ("SN", "NR", "MAG"):
        k -= 1  # (`2,700명에 아직 400명이`)
    if k >= 1 and tokens[k].form in ("에", "까지") and tokens[k - 1].tag in ("NNB", "NNG") and k >= 2 and (
            tokens[k - 2].tag in ("SN", "NR")):
        return k - 1
    if k >= 3 and tokens[k].form in ("에", "까지") and tokens[k - 1].form in ("목표", "목표치") and (
            tokens[k - 2].tag in ("NNB", "NNG") and tokens[k - 3].tag in ("SN", "NR")):
        return k - 2  # `2027년 3만 명 목표까지 5,400명이 남았다`: the figure, then the word that names it
    return None


def _gap_at(tokens) -> int | None:
    """Where a gap to a figure is told (`400명이 모자란다`, `80명 남았다`), if anywhere."""
    return next((k for k in range(len(tokens)) if _short_by(tokens, k)), None)


def _falls_short(tokens) -> str | None:
    """The word that says a recalled promise fell short: `일곱 곳만 지정됐다`, `127곳에 머물러`,
    `21곳에 그쳤다`, `출범 소식이 없다`, `사실상 물 건너갔다`."""
    for k, token in enumerate(tokens):
        before = tokens[k - 1] if k else None
        # (after a counter `만` is the particle, though Kiwi may read `21,000호만` as 만/NR)
        if token.form == "만" and token.tag in ("JX", "NR"):
            at = k - 2 if before is not None and before.tag == "JKB" else k - 1  # (`31곳에서만 운영되고 있다`)
            if at > 0 and (tokens[at].tag in ("NNB", "NNG") or (tokens[at].tag in ("SW", "SL") and (
                    tokens[at - 1].end == tokens[at].start))) and tokens[at - 1].tag in ("SN", "NR", "MM"):
                return "만"  # (`94%에만`, `3GW만`: a unit in symbols or letters)
        if token.tag == "VV" and token.form in ("머물", "머무르", "그치"):
            return token.form
        if _short_by(tokens, k):
            return token.form  # `2,700명에 400명이 모자란다`, `1,500명까지 80명 남았다`
        if _no_news(tokens, k):
            return "소식이 없다"
        if token.form == "건너가" and before is not None and before.form == "물":
            return "물 건너가"
    return None


# A promise said to stand (`목표는 그대로다`, `일정에는 변함이 없다`, `2030년으로 유지됐다`,
# `목표는 바뀌지 않았습니다`): progress, when what stands is a plan, a date or a deed planned; not
# `비율은 그대로 유지된다`, a rule. (Linking reads such progress as a restatement of its figure.)
UNCHANGED = {"그대로", "유지", "변하", "바뀌"}
_PLAN_WORDS = {"목표", "목표치", "일정", "시점", "계획", "약속", "시간표"}


def _unchanged_plan(tokens, i: int) -> bool:
    form = tokens[i].form
    ahead = [t.form for t in tokens[i + 1 : i + 6]]
    if "기로" in ahead or ("기" in ahead and "로" in ahead) or "ᆯ" in ahead:
        return False  # `그대로 유지하기로 했다`, `유지할 계획이다`: a decision, read as one
    if form == "변하" and not (i + 1 < len(tokens) and tokens[i + 1].tag == "ETN"
                              and any(t.form == "없" for t in tokens[i + 2 : i + 4])):
        return False  # `변함이 없다`
    if form == "바뀌" and not (i + 2 < len(tokens) and tokens[i + 1].form == "지" and tokens[i + 2].form == "않"):
        return False  # `바뀌지 않았다`
    for k in range(i - 1, max(-1, i - 8), -1):
        token = tokens[k]
        if token.tag in ("EF", "SF") or (token.tag == "EC" and token.form not in ("지",)):
            return False
        if token.tag == "JKO" and form == "유지" and k > 0:
            # `…2030년 12% 목표를 (그대로) 유지하고 있다` (not `…유지하기 어렵다`)
            return tokens[k - 1].form in _PLAN_WORDS and not any(
                t.form in ("어렵", "힘들", "불가능", "못", "않", "못하") for t in tokens[i + 1 : i + 7])
        if (token.tag in ("JX", "JKS") or (form == "변하" and token.form == "에" and token.tag == "JKB" and k == i - 1)) and k > 0:
            # (`일정에는 변함이 없다`, and without the topic's 는: `의무화 일정에 변함이 없다`)
            head = tokens[k - 1] if tokens[k - 1].tag != "JKB" else tokens[k - 2] if k > 1 else tokens[k - 1]
            return head.form in _PLAN_WORDS or head.form in ACTION_NOUNS or head.form in FOLLOW_UP_CUES
    return False


# What a date is pushed back to (`하반기 이후로`, `2028년으로`) or by (`4개월가량`, `한 달`).
# days said relative to the article's (`지난해 경기도는 …`), which may open a sentence before its subject
_OPENING_TIMES = {"지난해", "작년", "올해", "금년", "내년", "지난달", "이달", "다음달", "당시", "이날", "최근", "현재", "지금"}
_TIME_NOUNS = {"상반기", "하반기", "이후", "뒤", "연말", "연초", "내년", "후년", "말", "초", "중순", "하순", "분기", "반기"}
_TIME_UNITS = {"년", "월", "일", "개월", "달", "주", "주일", "분기"}


def _is_time_word(token) -> bool:
    return (token.tag == "NNB" and token.form in _TIME_UNITS) or (token.tag == "NNG" and token.form in _TIME_NOUNS)


_SPANS = {"개월", "달", "주", "주일"}


_PART_OF_PERIOD = {"말", "초", "중순", "하순", "초순", "상순"}
# Documents a deed's noun can name (`시행계획`, `이행방안`, `폐지안`)
_PLAN_DOCUMENTS = {"계획", "방안", "안", "대책", "로드맵", "계획안"}


def _moved_to_date(tokens, i: int) -> bool:
    """Does a headline point end on `<date>로` (`개소도 2028년으로`, `5차 내년 상반기로…`)? News
    words a move of a date so when it is put back; one brought forward says `앞당겨`."""
    b = i - 1  # the time word the date ends on
    if b > 0 and tokens[b].form in _PART_OF_PERIOD and _is_time_word(tokens[b - 1]):
        b -= 1  # `…3,000가구는 내년 말로`: the end of a period is a date too
    before = tokens[b] if b >= 0 else None
    if before is None or not _is_time_word(before) or (before.form in _SPANS and b == i - 1):
        return False  # `처리 기간 14개월로`: a span is a target, not a date (`다음 주 초로` is a date)
    if before.form == "년" and b > 0 and tokens[b - 1].tag == "SN" and not tokens[b - 1].form.startswith(("19", "20")):
        return False  # `1년으로`
    if before.form == "일" and b > 0 and tokens[b - 1].tag == "SN" and not (
        b > 1 and tokens[b - 2].form in ("월", "달", "내달", "이달", "익월")
    ):
        return False  # `상담 대기 20일로`: a day with no month is a span (a date moved names its month)
    for token in tokens[i + 1 :]:
        if token.tag in ("SSC", "SSO"):
            continue
        return token.tag == "SE" or token.form in _JOINS
    return True


def _reset_date(tokens, i: int) -> bool:
    """`잡다` at `i` after `<date>로` with `다시`/`또` (`시기를 9월로 다시 잡았다`): a date set again."""
    k = i - 1
    again = False
    while k >= 0 and tokens[k].tag == "MAG":
        again = again or tokens[k].form in ("다시", "또", "재차")
        k -= 1
    return again and k >= 1 and tokens[k].form in ("로", "으로") and _is_time_word(tokens[k - 1]) and (
        tokens[k - 1].form not in _SPANS)


_SET_FIGURES = {"규모", "목표", "목표치", "한도", "물량", "계획"}


def _quoted_at(text: str, at: int) -> bool:
    """Is the offset `at` inside a quotation (an opening mark before it not yet closed)?"""
    depth = 0
    for ch in text[:at]:
        if ch in ("\"", "'"):
            depth = 0 if depth else 1
        elif ch in _OPENING_QUOTES:
            depth += 1
        elif ch in _CLOSING_QUOTES and depth:
            depth -= 1
    return depth > 0


def _figure_set(tokens, i: int) -> bool:
    """`잡다` at `i` after `<figure>(으)로` whose object is a plan's size (`발행 규모를 2조 원으로
    잡았다`, `목표를 3만 명으로 잡았다`, `목표는 …로 잡았다`), not a forecast (`성장률 전망치를 1.8%로 잡았다`)."""
    k = i - 1
    while k >= 0 and tokens[k].tag == "MAG":
        k -= 1
    if k < 1 or tokens[k].form not in ("로", "으로") or tokens[k - 1].tag not in ("NNB", "NNG", "SW", "SN", "NR"):
        return False
    for j in range(k - 2, max(-1, k - 15), -1):
        if tokens[j].tag == "JKO":
            return j > 0 and _noun_before(tokens, j) in _SET_FIGURES
        if tokens[j].tag == "JX" and tokens[j].form in ("은", "는") and j > 0 and _noun_before(tokens, j) in _SET_FIGURES:
            return True  # the object as the topic: `징수 목표는 3조 원으로 잡았다`
    return False


# `한 달에`, `매월`, `해마다`, `하루`: the period an amount is paid or done in
_PERIODS = {"매월", "매달", "매년", "매해", "해마다", "달마다", "매일", "매주", "하루", "월", "연", "주", "분기마다"}


def _per_period(tokens, sentence: Sentence, q) -> bool:
    """Is the amount `q` said per a period just before it (`한 달에 10만 원씩`, `매월 20만 원씩`), to
    no one recipient?"""
    before = [t for t in tokens if t.start - sentence.shift < q.start][-4:]
    forms = [t.form for t in before]
    if "당" in forms:
        return False  # `센터당 연 6,000만 원씩`: an amount for each recipient, a rate still
    return any(f in _PERIODS for f in forms) or any(
        a.form in ("달", "해", "날", "주") and a.tag in ("NNB", "NNG") and b.form in ("에", "마다")
        for a, b in zip(before, before[1:]))


def _noun_before(tokens, j: int) -> str:
    """The noun ending just before `j`, with its suffix (Kiwi reads `목표치` as 목표 + 치/XSN)."""
    head = tokens[j - 1]
    if head.tag == "XSN" and j > 1:
        return tokens[j - 2].form + head.form
    return head.form


# `고쳐 잡다`, `낮춰 잡다`: a figure set again, changed
_RESET_VERBS = {"고치", "바꾸", "낮추", "높이", "줄이", "늘리", "내리", "올리"}


def _figure_reset(tokens, i: int) -> bool:
    """`잡다` at `i` setting a plan's figure again: after a verb of change (`목표를 1조 2,000억 원 아래로
    고쳐 잡았다`) or `다시` (`목표치를 1,500척으로 다시 잡았다`)."""
    k = i - 1
    if k >= 1 and tokens[k].tag == "EC" and tokens[k - 1].tag == "VV" and tokens[k - 1].form in _RESET_VERBS:
        return _figure_set(tokens, k - 1)
    again = False
    while k >= 0 and tokens[k].tag == "MAG":
        again = again or tokens[k].form in ("다시", "재차")
        k -= 1
    return again and _figure_set(tokens, i)


def _pushed_back(tokens, i: int) -> bool:
    """`밀리다` (`넘어가다`) with a date it moves to or a span it moves by just before it: a delay."""
    k = i - 1
    while k >= 0 and (tokens[k].tag == "MAG" or (tokens[k].tag == "XSN" and tokens[k].form in ("가량", "정도", "께"))):
        k -= 1  # 또, 다시, 더; 가량
    if k < 0:
        return False
    token = tokens[k]
    if token.tag == "JKB" and token.form in ("로", "으로") and k > 0:
        b = k - 1
        if tokens[b].tag == "JX" and tokens[b].form == "부터" and b > 0:
            b -= 1  # `3월부터로`
        if tokens[b].form in ("뒤", "이후") and not (b > 0 and (_is_time_word(tokens[b - 1]) or tokens[b - 1].tag == "NNB")):
            return False  # `달력은 자꾸 뒤로 넘어가고`: back, not to a date (but `석 달 뒤로`, `2027년 이후로`)
        if tokens[b].form in _PART_OF_PERIOD and b > 0:
            b -= 1  # `내년 말로`, `3월 초로`
        return _is_time_word(tokens[b])
    return token.tag == "NNB" and token.form in _TIME_UNITS


FAR_TO_GO = "갈 길이 멀다"  # `목표인 160명까지는 갈 길이 멀다`: under way, short of the figure named
# A count set against the promised figure: `목표(1만 2,000기)를 넘어섰다`, `목표치를 웃돌았다`,
# `목표였던 5만 호를 채웠다` report it kept; `목표에 못 미친다`, `계획을 밑돌았다` report it short.
# Only with the target named nearby: `40만 명을 웃돈다` alone is a statistic.
MEASURED_AGAINST = {
    "넘어서": "achieved", "넘": "achieved", "넘기": "achieved", "웃돌": "achieved", "채우": "achieved",
    "초과": "achieved", "상회": "achieved", "돌파": "achieved", "맞추": "achieved",
    "밑돌": "delayed", "하회": "delayed", "미치": "delayed", "그치": "delayed", "머물": "delayed",
    "다가서": "progress", "다가가": "progress", "근접": "progress", "육박": "progress",  # `목표 1,500명에 다가섰다`: near it
}
# (MEASURED_AGAINST's shortfalls, with Kiwi's other stem of 머물다)
_SHORT_OF_TARGET = {w for w, kind in MEASURED_AGAINST.items() if kind == "delayed"} | {"머무르"}
# `1,000대 목표 가운데 640대가 나갔다`, `목표 1만 대 중 8,100대가 깔렸다`: a count out of the target
SHARE_OF_TARGET = "목표 가운데"
PERCENT_OF_TARGET = "목표의"  # `연말 목표 1,000만 명의 62%다`: the share of the target's figure reached
# Starting a trial (`시범 운영에 들어갔다`, `시범 사업을 시작했다`)
_TRIAL_STARTS = {"들어가", "돌입", "착수", "시작", "개시", "나서"}
_TRIAL_NOUNS = {"시운전", "시범운영", "시범운행", "시험운행", "시험가동", "시범사업", "시험운영"}  # (Kiwi's one-noun trials)
# A promised figure cut in the course of things (`국회 심의를 거치며 380만 원으로 줄었다`); growth
# is progress towards it (`300곳으로 늘리겠다던 약국은 221곳으로 늘었다`)
_FIGURE_SHIFTS = {"줄", "바뀌", "낮아지", "깎이", "줄어들"}
_CUTS = {"줄이", "낮추", "감축", "축소", "깎", "인하"}
TARGET_WORDS = {"목표", "목표치", "계획", "약속", "공약", "목표량"}


def _headline_shortfall(tokens, i: int) -> bool:
    """`공동물류센터는 14곳 그쳐`, `원스톱센터는 12곳에 그쳐…`, `받은 가구 124만에 그쳐`: a headline's
    count that stops short, told in the headline's bare `-어` (a body's `2%에 그쳤다` is a statistic
    unless set against a target)."""
    k = i - 1
    if k >= 0 and tokens[k].tag == "JKB" and tokens[k].form == "에":
        k -= 1
    # (`가구 124만에 그쳐`: the unit said before the figure, its 만 the last word)
    counted = k >= 1 and tokens[k].tag in ("NNB", "NNG", "SW", "NR") and tokens[k - 1].tag in ("SN", "NR")
    after = tokens[i + 1 : i + 3]
    bare = bool(after) and after[0].tag in ("EC", "EF") and after[0].form in ("어", "아") and (
        len(after) == 1 or after[1].tag in ("SF", "SE", "SW", "SSC", "SP", "SO"))
    return counted and bare


RECKONING = {"추산", "추정", "추계"}


def _reckoned(tokens) -> bool:
    """Is the sentence's own predicate an estimate (`…들 것으로 추산했다`, `추정된다`), or does it say it
    tells one (`기재부 추산으로는 … 세수는 30억 원 정도 줄어든대요`, `추정에 따르면`)?"""
    head = _predicate_head(tokens)
    if head is not None and head.form in RECKONING:
        return True
    return any(t.form in RECKONING and t.tag == "NNG" and k + 1 < len(tokens) and (
        tokens[k + 1].form in ("으로", "로") and k + 2 < len(tokens) and tokens[k + 2].form == "는"
        or tokens[k + 1].form == "에" and k + 2 < len(tokens) and tokens[k + 2].form == "따르")
        for k, t in enumerate(tokens) if t.sub_sent_position == 0)


# Predicates that say where a counted or measured figure now stands
MEASURE_VERBS = {"늘", "오르", "줄", "내리", "떨어지", "높아지", "낮아지", "넘", "넘어서", "돌파", "달하", "이르",
                 "늘어나", "줄어들", "올라가", "내려가", "올라서", "올라오", "많아지", "적어지", "커지", "넓어지",
                 "집계", "기록", "배치", "지정", "지급", "증가", "감소", "상승", "하락", "확대", "확충", "마련",
                 "나가", "참여", "가입", "모이", "되", "받", "시작", "그치"}
# (`1,240억 원이 나갔다`, `610명이 참여했다`, `6,000억 원이 모였다`, `652곳이 됐다`, `3만 가구가 받았다`,
# `요원은 430명이 활동을 시작했다`, `4,200마리분이 마련됐다`, `지난해 4,100대에 그쳤다`)
# Adjectives whose `-어지다` says a level moved (`3.2%로 높아졌다`), which Kiwi may split as 높/VA 어 지/VX
_BECOMING = {"높", "낮", "많", "적", "크", "넓", "좁", "작", "짧", "길"}


def _received(tokens) -> bool:
    """Does the sentence end on what someone receives (`농장주는 … 최대 60만 원의 지원금을 받는다`)? With
    no date, that is how a scheme works, not a plan for it."""
    head = _predicate_head(tokens)
    return head is not None and head.form == "받" and head.tag == "VV"


def _meeting_held(tokens) -> bool:
    """Is the sentence's last deed holding a meeting (`_MEETINGS`: `2차 회의는 8월 중 열 예정이다`,
    `간담회를 개최한다`; not `점검회의를 열고 … 목표를 앞당겼다`, where the meeting is where a deed was
    done)? Gatherings a body holds on its way to a policy are not the policy."""
    words = _main_words(tokens)
    for k, w in enumerate(words[:-2]):
        gathering = w.form in _MEETINGS or (w.form == "회" and k > 0 and words[k - 1].tag == "NNG" and (
            words[k - 1].end == w.start))  # (Kiwi: 관찰/NNG 회/NNG, `합동 관찰회를 엽니다`)
        if not (gathering and w.tag == "NNG" and words[k + 1].tag in ("JKO", "JX", "JKS")):
            continue
        if any(x.tag == "EC" and x.form not in ("며", "으며") for x in words[:k]):
            continue  # (`…제도를 도입하고, 다음 달 공청회를 연다`: a promise before the meeting)
        held = next((j for j in range(k + 2, min(len(words), k + 6))
                     if (words[j].form == "열" and words[j].tag == "VV") or words[j].form == "개최"), None)
        if held is not None and not any(x.tag == "EC" for x in words[held + 1 :]):
            return True
    return False


_IMPERATIVE_ENDINGS = {"어라", "아라", "여라", "라", "으라", "거라", "너라"}


def _demanded(tokens) -> bool:
    """Does the sentence itself end in the imperative (`…20명 이하로 줄여라`, `…대책을 내놓으라`)?
    A statement's or an editorial's demand of the government (a minister's order is reported:
    `…마련하라고 지시했다` ends on 했다)."""
    words = _main_words(tokens)
    return bool(words) and words[-1].tag == "EF" and words[-1].form in _IMPERATIVE_ENDINGS


def _said_by_the_one_addressed(tokens) -> bool:
    """Is what the sentence reports said with the honorific -시- (`…늘린다고 하셨는데`, `…차단하겠다고
    하셨잖아요`)? News prose never honours the official it quotes; a host speaking to a guest does."""
    for k, t in enumerate(tokens):
        if not (t.tag == "EP" and t.form == "시" and k > 1 and tokens[k - 1].form in _SAYING_VERBS and (
                tokens[k - 2].tag == "EC" and tokens[k - 2].form.endswith("고"))):
            continue
        after = tokens[k + 1 : k + 3]
        if len(after) < 2 or after[0].tag != "EP" or after[0].form not in PAST_TENSE:
            continue  # (`…하신 만큼`, `…하셨던 약속을 지켰습니다`: the honoured one's words, recalled as context)
        if after[1].tag == "EF":
            return True  # `…차단하겠다고 하셨잖아요.`
        if after[1].tag == "EC" and after[1].form in ("는데", "지만", "은데"):
            # `…하셨는데, 지금 몇 명인가요`, `…하셨는데, 아직 안 된 걸로 압니다`; not `…하셨는데, 실제로 1,200대를
            # 보급해 목표를 넘겼습니다`, the answer's own count
            return _question(tokens) or not any(x.tag == "SN" for x in tokens[k + 3 :])
    return False


# A page's own words to its reader: a request (`…제출해 주시기 바랍니다`, `…내 주십시오`), telling them
# (`…에 관해 안내해 드립니다`), or a host's sign-off (`다음 주 같은 시간 … 찾아뵙겠습니다`)
_TO_READER_ENDINGS = {"ᆸ시오", "십시오", "으십시오", "시오", "세요", "으세요"}
_TELLING_THE_READER = {"안내", "소개", "말씀"}
_CLAUSE_JOINTS = {"며", "으며", "니", "으니", "고", "는데", "은데", "지만", "나", "으나", "어", "아", "여"}
_COMING_BACK = {"찾아뵙", "돌아오"}
_REASON_JOINTS = {"니", "으니", "오니", "으오니"}


def _invited(tokens) -> bool:
    """`…설명회를 개최할 예정이오니 참석하여 주시기 바랍니다`: an event given as the request's reason is
    the page's invitation, not news of a plan."""
    return any(t.tag == "EC" and t.form in _REASON_JOINTS and t.sub_sent_position == 0 for t in tokens) and any(
        t.form.endswith(_MEETINGS) or t.form == "개최" for t in tokens)


def _to_the_reader(tokens) -> bool:
    """Does the sentence end in the writer's own words to the reader rather than report anyone's
    plan: asking something of them, telling them, or a programme's promise to be back next week?"""
    p = next((k for k in range(len(tokens) - 1, -1, -1)
              if tokens[k].tag == "EF" and tokens[k].sub_sent_position == 0), None)
    if p is None or p < 2:
        return False
    joint = next((k for k in range(p - 1, -1, -1) if tokens[k].tag == "EC" and tokens[k].sub_sent_position == 0
                  and tokens[k].form in _CLAUSE_JOINTS), None)
    if joint is not None and any((t.form == "겠" and t.tag == "EP") or t.form in ("계획", "예정", "방침", "목표")
                                 or (t.form == "기" and t.tag == "ETN") for t in tokens[:joint]) and not (
            _invited(tokens[:p])):
        return False  # `…3,000대를 교체할 계획이며, 관리 주체의 협조를 바랍니다`: the plan is told first
    before = tokens[p - 1]
    if tokens[p].form in _TO_READER_ENDINGS and (before.form == "주" and before.tag == "VX" or (
            before.form == "시" and before.tag == "EP" and tokens[p - 2].form == "주" and tokens[p - 2].tag == "VX")):
        return True  # `제출해 주십시오`, `내 주세요`
    if before.form == "바라" and before.tag == "VV":
        return True  # `…제출해 주시기 바랍니다`, `협조 바랍니다`
    if before.form == "드리" and before.tag == "VX" and p >= 4 and tokens[p - 3].form == "하" and (
            tokens[p - 4].form in _TELLING_THE_READER):
        return True  # `…에 관해 안내해 드립니다`
    if before.form == "겠" and p >= 3 and any(t.form == "다음" for t in tokens[:p]) and (
        tokens[p - 2].form in _COMING_BACK or (
            tokens[p - 2].form == "오" and tokens[p - 3].form == "고" and p >= 4 and tokens[p - 4].form == "들")):
        return True  # `다음 주 같은 시간 … 찾아뵙겠습니다`, `다음 주에는 … 뒷얘기를 들고 오겠습니다`
    return False


def _measured(tokens) -> bool:
    """Does the sentence end by reporting, in the past tense, where a figure now stands (`…60곳으로
    늘었다`, `…2만 700명으로 집계됐다`, `…820명이 배치됐다`, `…0.7%p 오르는 데 그쳤다`)? Not a copula
    (`…집행률은 48%였다`, `구출한 한국인은 41명이다`): tried, it joined as many counts of other things
    to promises as it found reports of them; only a count dated as of a day (`_count_stated`)."""
    return _measured_head(tokens) is not None


def _measured_head(tokens) -> int | None:
    """The index of the measuring verb (or of a count's copula dated as of a day), or None."""
    if not any(t.tag in ("SN", "NR", "MM") for t in tokens):
        return None  # (cheap, and false for most sentences: no number, no level)
    if (counted := _count_stated(tokens)) is not None:
        return counted
    if not any((t.form in MEASURE_VERBS and (t.form != "되" or t.tag == "VV")) or (t.tag == "VA" and t.form in _BECOMING)
               for t in tokens):
        return None  # (cheap too: the predicate need not be found; a passive's 되 is XSV)
    head = _predicate_head(tokens)
    if head is None:
        return None
    found_at = at = next(k for k in range(len(tokens) - 1, -1, -1) if tokens[k] is head)
    at, head = _become_adjective(tokens, at)
    split = at != found_at
    if head.form in REPORTING_VERBS and at > 2 and tokens[at - 1].tag == "EC" and tokens[at - 1].form in ("다고", "라고") and (
            tokens[at - 2].tag == "EP" and tokens[at - 2].form in PAST_TENSE):
        # `…비율이 55%로 늘었다고 밝혔다`: what the body reports is the measure
        head = _predicate_head(tokens[: at - 1])
        if head is None:
            return None
        found_at = at = next(k for k in range(at - 2, -1, -1) if tokens[k] is head)
        at, head = _become_adjective(tokens, at)
        split = at != found_at
    past = any(t.tag == "EP" and t.form in PAST_TENSE for t in tokens[at + 1 :])
    if head.form == "그치" and at > 2 and tokens[at - 1].form == "데" and tokens[at - 2].tag == "ETM":
        at -= 3  # `…오르는 데 그쳤다`: the measure is the verb before
        head = tokens[at]
    if (head.form not in MEASURE_VERBS or head.tag not in ("VV", "NNG")) and not split:
        return None  # (an adjective only as the `높아졌다` Kiwi split: not `서울이 3만 가구로 가장 많았다`)
    return at if past else None


_AS_OF_DAYS = {"월", "일", "년", "말", "이달", "지난달", "올해", "지난해", "연말", "분기", "반기"}


def _count_stated(tokens) -> int | None:
    """The index of the copula when the sentence says what a count is as of a day or now
    (`직업훈련센터는 10월 기준 28곳이다`, `배치된 상담사는 현재 152명이다`): where a figure stands.
    The copula alone is not enough (`구출한 한국인은 41명이다` is a fact of an event, not a level)."""
    words = _main_words(tokens)
    k = len(words) - 1
    while k >= 0 and words[k].tag in ("EF", "EP"):
        k -= 1
    if k < 3 or words[k].tag != "VCP" or words[k - 1].tag not in ("NNB", "NNG") or words[k - 2].tag not in ("SN", "NR"):
        return None
    topic = next((j for j in range(k - 3, -1, -1) if words[j].tag == "JX" and words[j].form in ("은", "는")), None)
    if topic is None:
        return None  # (the thing counted is the sentence's topic)
    # the day the count is of: a date's `기준`/`현재` (`10월 말 현재`, `이달 기준`), or `현재` opening
    # the sentence or after the topic (not `선정 기준은 연 3회다`, nor a clause describing the topic:
    # `국토부가 현재 계획하는 공공주택은 5만 호다`)
    def as_of(j: int) -> bool:
        w = words[j]
        if w.form not in ("기준", "현재"):
            return False
        dated = j > 0 and (words[j - 1].tag == "SN" or _is_time_word(words[j - 1]) or words[j - 1].form in _AS_OF_DAYS)
        return dated or (w.form == "현재" and (j == 0 or j > topic))
    if not any(as_of(j) for j in range(k - 2)):
        return None
    return next(i for i in range(len(tokens) - 1, -1, -1) if tokens[i] is words[k])


def _become_adjective(tokens, at: int):
    """(`at`, its token), moved to the adjective when the predicate at `at` is the 지 of Kiwi's split
    `높/VA 어 지/VX` (`80%로 높아졌다`)."""
    if tokens[at].form == "지" and tokens[at].tag == "VX" and at > 1 and tokens[at - 1].tag == "EC" and (
            tokens[at - 1].form in ("어", "아")) and tokens[at - 2].tag == "VA" and tokens[at - 2].form in _BECOMING:
        return at - 2, tokens[at - 2]
    return at, tokens[at]


# what a figure's particle says it is, by the kind of measuring verb: the level a change came to
# (`…18곳으로 늘었다`, not `10만 명 줄었다`, `12곳에서`, `1,000명당`), the mark passed (`2조 원을 넘었다`),
# the count a deed reached (`820명이 배치됐다`, `300명은 … 배치됐다`, `20만 명에게 지급됐다`, `2만 700명으로 집계됐다`)
_LEVEL_PARTICLES = {"로": "change", "으로": "change", "까지": "change", "을": "reach", "를": "reach", "에": "reach",
                    "이": "count", "가": "count", "은": "count", "는": "count", "에게": "count", "만": "count"}
_MEASURE_KINDS = {"넘": "reach", "넘어서": "reach", "돌파": "reach", "달하": "reach", "이르": "reach", "기록": "reach",
                  "집계": "count", "배치": "count", "지정": "count", "지급": "count",
                  "나가": "count", "참여": "count", "가입": "count", "모이": "count", "되": "subject", "받": "subject",
                  "시작": "subject", "마련": "count", "확충": "count", "그치": "reach"}


def _measured_clause(tokens, at: int) -> int:
    """Where the clause of the measuring verb at `at` begins; a comparison's adnominal (`지난해 같은
    기간보다`) opens none (`사망자는 297명으로 지난해 같은 기간보다 12% 줄었다`)."""
    start = _clause_start(tokens, at)
    while start > 1 and tokens[start - 1].tag == "ETM" and (compared := next(
            (k for k in range(start, at) if tokens[k].tag == "JKB" and tokens[k].form == "보다"), None)) is not None and all(
            t.tag in ("NNG", "NNB", "NNP") for t in tokens[start:compared]):
        start = _clause_start(tokens, start - 1)
    return start


def _measured_level(sentence: Sentence, found):
    """The figure a measured sentence says something now stands at, in the predicate's own clause
    (not `관세율이 15%로 내려간 11월 이후에는 …`), by the particle after it (see _LEVEL_PARTICLES);
    None when there is none, or when what moved is a target (`공급 목표는 25만 호로 늘었다`)."""
    tokens = sentence.tokens
    at = _measured_head(tokens)
    if at is None:
        return None
    start = _measured_clause(tokens, at)
    topic = next((k for k in range(start, at) if tokens[k].tag == "JKS" or (
        tokens[k].tag == "JX" and tokens[k].form in ("은", "는"))), start)
    subject = topic
    while subject > start and tokens[subject - 1].tag in ("NNG", "NNP", "XSN", "SL"):
        subject -= 1
    if any(t.form in TARGET_WORDS for t in tokens[subject:topic]):
        return None  # what moved is a target (not `당초 계획보다 빠르게 스마트공장은 …늘었다`)
    verb = _MEASURE_KINDS.get(tokens[at].form, "change")
    # (a deed's count may take any of them: `2만 700명으로 집계됐다`, `4만 2,000대에 지급됐다`)
    wanted = {"count", "change", "reach"} if verb == "count" else {verb}
    # (what a count became or who got it is the figure before `이`/`가`: `측정소는 … 652곳이 됐다`,
    # `…지원은 10월까지 3만 1,000가구가 받았다`)
    low, high = tokens[start].start - sentence.shift, tokens[at].start - sentence.shift
    for q in found:
        if not low <= q.start < high or q.quantity.unit == "배" or any(
                t.form == "당" and t.tag in ("XSN", "NNB") and low <= t.start - sentence.shift < q.start for t in tokens):
            continue  # (a multiple; a rate: `인구 1,000명당 의사 수는 2.6명으로`)
        rest = (t for t in tokens if t.start - sentence.shift >= q.end)
        after = next(rest, None)
        if after is not None and (after.tag == "XSN" or (after.tag == "NNG" and q.quantity.unit == "개")):
            after = next(rest, None)  # (`4,200마리분이 마련됐다`; `60개 공관으로 넓어졌다`: the counted thing named)
        if tokens[at].tag == "VCP":
            if after is tokens[at]:
                return q  # `…10월 기준 28곳이다`
            continue
        if after is not None and after.tag in ("JKB", "JKO", "JKS", "JKC", "JX") and (
                _LEVEL_PARTICLES.get(after.form) in wanted or (verb == "subject" and after.form in ("이", "가"))):
            return q
    return None


def _predicate_head(tokens):
    """The stem of the sentence's own predicate, past its endings and a light 하/되 (`추산했다` →
    추산, `넘었다` → 넘), or None."""
    words = _main_words(tokens)
    k = len(words) - 1
    while k >= 0 and words[k].tag in ("EF", "EP"):
        k -= 1
    if k > 0 and words[k].tag in ("XSV", "XSA") and words[k].form in ("하", "되"):
        k -= 1
    return words[k] if k >= 0 else None


# a promise's term: the year's turn or a deadline run past, whatever ran past it (`결국 해를 넘기게 됐다`); a half year, a
# quarter or a month run past only by a promise named in the sentence (`지침 발표가 1월을 넘기게 됐다`, not `장마가 7월을
# 넘기게 됐다`, `수출 증가세는 상반기를 넘겼다`)
_DUE_WORDS = {"해", "기한", "시한", "마감", "마감일", "연말"}
_TERM_WORDS = _DUE_WORDS | {"연내", "올해", "상반기", "하반기", "분기", "연초"}
_PROMISED_PAPERS = {"지침", "법안", "정부안", "개정안", "시행령", "고시", "기준", "방안", "대책"}


def _due_passed(tokens, i: int) -> bool:
    """`해를 넘기게 됐다`, `기한을 넘겼다`, a headline's `해 넘긴다` (Kiwi: 하 + 어) or `해 넘겨
    1,150명`: the promise outlived its term. Only as the predicate: `해를 넘겨 지난달에야 발표됐다` and `해를 넘긴 지난 1월
    가동됐다` tell when a deed was done, `해를 넘기기 일쑤였다` what promises tend to do."""
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if after is None or not (after.tag in ("EP", "EF") or (after.tag == "EC" and after.form == "게") or (
            after.tag == "EC" and after.form in ("어", "아") and not any(
                t.tag in ("VV", "VA", "XSV", "XSA", "VCP", "EF") for t in tokens[i + 2 :]))):
        return False  # (a headline's `약속 해 넘겨 1,150명`: no verb after it, the predicate still)
    if i == 0:
        return False
    before = i - 1
    if tokens[before].tag in ("JKO", "JKS", "JX") and i > 1:
        before = i - 2
    elif tokens[before].form == "어" and i > 1 and tokens[i - 2].form == "하" and tokens[i - 2].len == 1:
        return True  # `해 넘긴다`
    return _due_word(tokens, before) and (tokens[before].form in _DUE_WORDS or _promise_named(tokens) or any(
        t.tag == "ETM" and t.form == "던" for t in tokens) or any(t.form in _PROMISED_PAPERS for t in tokens))


def _term_passed(tokens, i: int) -> bool:
    """`계획은 해를 넘긴 지금도 …`, `상반기를 넘긴`: a term gone by, not the plan's figure passed."""
    return i > 1 and tokens[i - 1].tag == "JKO" and _due_word(tokens, i - 2)


def _due_word(tokens, k: int) -> bool:
    """Is the token a promise's term (`해`, `기한`, `상반기`, `연내`, `3월`)?"""
    token = tokens[k]
    return (token.tag == "NNG" and token.form in _TERM_WORDS) or (
        token.form == "월" and token.tag == "NNB" and k > 0 and tokens[k - 1].tag == "SN")


def _time_passed(tokens, i: int) -> bool:
    """`약속한 지 1년이 넘었다`, `석 달이 넘도록`: time gone by, not a target passed."""
    return (i > 2 and tokens[i - 1].tag == "JKS" and tokens[i - 2].form in _SPAN_UNITS
            and tokens[i - 3].tag in ("SN", "NR", "MM"))


def _target_word_before(tokens, i: int) -> int | None:
    """Where the target the count at `i` is set against is named (`목표(…)를`, `목표였던 …`), within
    the clause before it; None when it is not."""
    for k in range(i - 1, max(-1, i - 22), -1):
        token = tokens[k]
        # (`크게 밑돌았다`: an adverb's -게 stays in the clause)
        if token.tag in ("EF", "SF") or (token.tag == "EC" and token.form not in ("어", "아", "여", "고", "게")):
            return None
        if token.form in TARGET_WORDS and token.tag == "NNG":
            return k
    return None


_RESETTING = {*TARGET_MOVES, "조정", "상향", "하향", "변경", "수정", "늘리", "줄이"}


def _figure_moved(tokens, i: int) -> bool:
    """Does the cue at `i` move a figure from one count to another in its unit (`1만 2,000가구에서 1만
    5,000가구로 늘리고`), not a date (`연말에서 내년 3월로`)?"""
    def unit_before(k: int) -> str | None:
        """The unit right before the particle at `k`, after a figure (`450억 원`, `40%`, `1만 5,000가구`)."""
        unit = tokens[k - 1] if k >= 2 else None
        if unit is None or not (unit.tag in ("NNB", "NNG") or (unit.tag == "SW" and unit.form == "%")):
            return None
        if tokens[k - 2].tag not in ("SN", "NR") or _is_time_word(unit) or unit.form in _TIME_UNITS:
            return None
        return unit.form

    source = None
    for k in range(max(0, i - 16), i):
        if tokens[k].tag == "JKB" and tokens[k].form == "에서":
            source = unit_before(k)
        elif source and tokens[k].tag == "JKB" and tokens[k].form in ("로", "으로") and unit_before(k) == source:
            return True
    return False


def _target_reset(tokens, i: int) -> bool:
    """Is the cue at `i` a verb that moves a figure, whose object is the target itself, from one figure
    to another (`목표를 500만 명에서 400만 명으로 조정한다`, `목표치를 20곳에서 15곳으로 낮춘다`)?"""
    if tokens[i].form not in _RESETTING:
        return False
    k = _target_word_before(tokens, i)
    if k is not None and k + 1 < len(tokens) and tokens[k + 1].tag == "XSN":
        k += 1  # (`목표치를`: 목표 + 치)
    if k is None or k + 1 >= len(tokens) or tokens[k + 1].tag != "JKO":
        return False
    between = tokens[k + 2 : i]
    return any(t.form == "에서" and t.tag == "JKB" for t in between) and any(
        t.form in ("로", "으로") and t.tag == "JKB" for t in between) and sum(t.tag == "SN" for t in between) >= 2


_EXCEEDING = {"넘어서", "넘", "넘기", "웃돌", "초과", "상회", "돌파"}


def _stays_at(tokens, i: int) -> bool:
    """Does the clause after `i` end on `…에 머물러 있다` (`1만 대 목표 가운데 6,200대에 머물러 있다`):
    a count that stays where it is, now?"""
    return any(a.form in ("머무르", "머물") and b.form in ("어", "아") and c.form == "있" and c.tag == "VX"
               for a, b, c in zip(tokens[i + 1 :], tokens[i + 2 :], tokens[i + 3 :]))


def _ceiling_target(tokens, k: int) -> bool:
    """Is the target word at `k` a ceiling (`21일 이내 목표`, `목표치(2% 이하)`)?"""
    return any(t.form in ("이내", "이하", "미만") for t in tokens[max(0, k - 3) : k + 4])


def _filled_all(tokens, i: int) -> bool:
    """`상담 인력은 160명을 모두 채웠다`: a figure as object, `모두`/`다`/`전부` before the verb, of a
    quota (`인력`, `인원`, `정원`, `목표`) as the main predicate (not `객석 1,200석을 모두 채웠다`, `임기 2년을
    모두 채운 뒤`)."""
    return i >= 4 and tokens[i - 1].form in ("모두", "다", "전부", "빠짐없이") and tokens[i - 1].tag == "MAG" and (
        tokens[i - 2].tag == "JKO" and tokens[i - 3].tag in ("NNB", "NNG") and tokens[i - 4].tag in ("SN", "NR")) and (
        not _is_time_word(tokens[i - 3])) and any(t.form in _QUOTAS for t in tokens[:i - 4]) and _main_predicate(tokens, i)


_QUOTAS = {"인력", "인원", "정원", "목표", "목표치", "계획", "약속"}


def _ceiling_of(tokens, i: int) -> bool:
    """Is the target before `i` a cap (`배출 목표 6억 톤`, `적자 목표`, `2% 이하 목표`), which a figure
    over it misses?"""
    return any(t.form in ("이내", "이하", "미만", "배출", "배출량", "적자", "부채") for t in tokens[max(0, i - 8) : i])


def _percent_of_target(tokens, i: int) -> float | None:
    """At the `의` of `목표 2조 원의 42%다`, `목표치(1,000만 명)의 62% 수준이다`: the share, when a
    target word and its figure come right before and a percentage right after (not `목표의 하나`)."""
    if not (i + 2 < len(tokens) and tokens[i + 1].tag == "SN" and tokens[i + 2].form in ("%", "퍼센트")):
        return None
    k = i - 1
    while k >= 0 and tokens[k].tag in ("SN", "NR", "NNB", "NNG", "SL", "SSO", "SSC", "SW") and tokens[k].form not in TARGET_WORDS \
            and i - k <= 5:
        k -= 1
    if not (k >= 0 and tokens[k].form in TARGET_WORDS and tokens[k].tag == "NNG" and any(
            t.tag == "SN" for t in tokens[k + 1 : i])):
        return None
    told = False
    for x in tokens[i + 3 : i + 14]:
        if (x.tag == "EP" and x.form == "겠") or (x.tag == "ETM" and x.form in ("ᆯ", "을")) or (x.tag == "ETN" and x.form == "기") \
                or (x.tag == "EC" and x.form in ("면", "으면", "도록", "려고")):
            return None  # `목표의 80%를 채울 것으로 보인다`, `…의 65%를 상반기에 집행하기로 했다`: a plan
        if x.tag == "VCP" or (x.tag == "EP" and x.form in PAST_TENSE) or x.form in ("머물", "머무르", "그치", "불과"):
            told = True
        if x.tag in ("EF", "SF"):
            break
    return float(tokens[i + 1].form.replace(",", "")) if told else None  # (`…의 60%를 상반기에 푼다`: a plan)


def _share_of_target(tokens, i: int) -> bool:
    """Is `가운데`/`중` at `i` the part of a named target that a count after it reports
    (`1,000대 목표 가운데 10월까지 640대가 나갔다`, `올해 목표 1만 대 가운데 8,100대가 깔렸다`)?

    The target word ends the noun phrase before it, alone or with its figure; a number follows in
    the same clause, whose verb is not one that measures against the target itself (`17곳에
    그쳤다`, `목표를 넘어섰다`: those cues read it) nor a negation (`중 3곳은 열지 못했다`)."""
    k = i - 1
    while k >= 0 and tokens[k].tag in ("NNB", "NNG", "NR", "SN") and tokens[k].form not in TARGET_WORDS \
            and i - k <= 4:
        k -= 1
    if not (k >= 0 and tokens[k].form in TARGET_WORDS and tokens[k].tag == "NNG"):
        return False
    if k + 1 < i and tokens[k + 1].tag != "SN":
        return False  # `목표 달성 가운데`: not the target's figure
    if k + 1 == i and not (k >= 2 and tokens[k - 2].tag in ("SN", "NR") and tokens[k - 1].tag in ("NNB", "NNG")):
        return False  # `약속 가운데 12개를 골라`: no figure to count against
    unit = tokens[k - 1].form if k + 1 == i else tokens[i - 1].form
    counted = False
    window = tokens[i + 1 : i + 14]
    for n, token in enumerate(window):
        if token.tag in ("SF", "EF") or (token.tag == "EC" and token.form not in ("어", "아", "여", "고", "게")):
            break
        if token.tag == "SN" and n + 1 < len(window) and window[n + 1].form == unit:
            counted = True  # (in the target's unit: not `3대 목표 가운데 하나인 물가 상승률은 2.1%로`)
        if token.form in MEASURED_AGAINST or token.form == "겠" or (token.form, token.tag) in NEGATIONS:
            return False
    return counted and not _negated(tokens, i)


def _still_to_come(window, conditions: bool = False) -> bool:
    """Does the predicate after a cue put it in the future (`-겠-`, `-ㄹ`), or with `conditions`
    in a condition or a purpose (`…면`, `…도록`, `…려고`)?"""
    for x in window:
        if (x.tag == "EP" and x.form == "겠") or (x.tag == "ETM" and x.form in ("ᆯ", "을")):
            return True
        if conditions and x.tag == "EC" and x.form in ("면", "으면", "도록", "려고"):
            return True
    return False


# Every form a branch of `_cues` tests, including the tails Kiwi splits off an XPN prefix
# (`불투명` → 불 + 투명).
_CUE_FORMS = frozenset({
    "기", "겠", "어야", "아야", "목표", "예정", "계획", "못하", "못", "않", "것", "밀리", "넘어가", "로", "으로", "야", "내용", "어렵", "늦", "뜨",
    "없", "열", "가지", "잡", "벌이", "부터", "낮", "높", "상향", "하향", "멀", "있", "가운데", "중", "의", *_FIGURE_SHIFTS, *_TRIAL_STARTS,
    *UNCHANGED, *_RATE_CHANGES, *_SHORT_BY, "의무", "되",
    *COMMITMENT_NOUNS, *DECISION_NOUNS, *PLAN_NOUNS, *FOLLOW_UP_CUES, *MEASURED_AGAINST, *TARGET_MOVES, "머무르", "내세우",
    *(cue[k:] for cue in FOLLOW_UP_CUES for k in range(1, len(cue))),
})


# verbs that only carry an event noun: `시행에 들어갔다`, `선정을 마쳤다`, `착공에 나선다`
LIGHT_VERBS = {"들어가", "나서", "돌입", "착수", "마치", "끝내", "완료", "시작", "개시", "이루", "이뤄지", "하", "되",
               "진행", "거치", "앞두", "속도"}
TEMPORAL_HEADS = {"이후", "이전", "후", "전", "뒤", "당시", "때", "직후", "직전", "무렵", "즈음", "전후"}
REVIEW_WORDS = {"검토", "논의", "고려", "저울질", "모색", "협의"}
GOVERNMENT_SUBJECTS = GOVERNMENT_WORDS | {"한국", "우리나라", "우리", "당국자", "관계자", "여당", "당정"}


def _government_word(token) -> bool:
    """A body the dictionary knows (its user value), a word for the government, or an official's title."""
    return isinstance(token.user_value, dict) or token.form in GOVERNMENT_SUBJECTS or token.form in TITLES


def _argument_noun(tokens, i: int) -> bool:
    """`이번 공모에는 …`, `GPU 확보에 2조원을 배정했다`: the event noun is another verb's argument
    (a light verb such as `시행에 들어갔다`, `선정을 마쳤다` keeps it the event)."""
    if i + 2 >= len(tokens) or tokens[i + 1].tag not in ("JKB", "JX", "JKO", "JKS"):
        return False
    if tokens[i + 1].tag == "JKS" and not _clause_subject_of_other_verb(tokens, i):
        return False
    k = i + 2
    if tokens[k].tag == "JX" and k + 1 < len(tokens):  # 에는, 에도
        k += 1
    head = tokens[k]
    return head.form not in LIGHT_VERBS and head.form not in FOLLOW_UP_CUES and head.tag not in ("EF", "SF", "SE")


def _clause_subject_of_other_verb(tokens, i: int) -> bool:
    """`국비 지원이 지역 소비를 늘렸는지`: the event noun is the subject of a verb with an object of
    its own, so what it did is reported, not the event itself."""
    for t in tokens[i + 2 : i + 8]:
        if t.tag == "JKO":
            return True
        if t.tag[0] in "VE" or t.tag in ("SF", "SP"):
            return False
    return False


def _became_hard(tokens, i: int) -> bool:
    """`구축하기 어렵게 됐다`, `착공하기가 어려워졌다`: a deed that has become hard to do (not
    `장담하기 어렵다`, a judgement in the present)."""
    before = tokens[i - 2] if i > 1 and tokens[i - 1].tag == "JKS" else tokens[i - 1] if i else None
    if before is None or before.tag != "ETN" or before.form != "기" or i + 2 >= len(tokens):
        return False
    a, b = tokens[i + 1], tokens[i + 2]
    return (a.form == "게" and b.form == "되") or (a.form in ("어", "아") and b.form == "지" and b.tag == "VX")


def _still_not(tokens, i: int) -> bool:
    """`아직 … -지 않았다`: not yet; and, of a promise recalled (`…하겠다고 밝혔던 계획은 지금까지도 … -지 않고 있다`,
    `… 여전히 …`), so too `지금까지`, `여전히` (not `설치한 이후 지금까지 사고가 발생하지 않았다`, a count of none)."""
    window = tokens[max(0, i - 12) : i]
    if any(t.form == "아직" and t.tag == "MAG" for t in window):
        return True
    still = any(t.form in _STILL and t.tag == "MAG" for t in window) or any(
        a.form in ("지금", "현재", "여태") and b.form == "까지" for a, b in zip(window, window[1:]))
    return still and any((t.tag == "ETM" and t.form == "던") or (t.tag == "NNG" and t.form in ("약속", "공약"))
                         for t in tokens[:i])


_STILL = {"아직껏", "여전히", "여태", "여태껏"}


def _no_longer(tokens, i: int) -> bool:
    """`더 이상 … -지 않다`: no longer."""
    window = tokens[max(0, i - 10) : i]
    return any(a.form == "더" and b.form == "이상" for a, b in zip(window, window[1:]))


_SPAN_UNITS = {"달", "개월", "일", "주", "주일", "년", "해"}
_SPAN_HEADS = {"만", "후", "뒤", "째"}


def _modifier_noun(tokens, i: int) -> bool:
    """Is the event noun a modifier rather than a predicate? `단통법 폐지 이후`, `출범 당시` name a
    time by the event; `폐지안`, `시행령`, `출범식` (glued nouns) name a thing after it."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None:
        return False
    if nxt.form in TEMPORAL_HEADS and nxt.tag in ("NNG", "NNB"):
        return True
    if nxt.tag in ("MM", "SN", "NR") and i + 3 < len(tokens) and tokens[i + 2].form in _SPAN_UNITS and (
        tokens[i + 3].form in _SPAN_HEADS
    ):
        return True  # `앱 출시 두 달 만에`: a time counted from the event
    if (nxt.tag == "NNG" or (nxt.tag == "XSN" and nxt.form in ("률", "율", "액", "량"))) and (
        nxt.start == tokens[i].start + tokens[i].len and len(nxt.form) == 1
    ):
        return True  # (`집행률`, `달성률`: a measure of the event; `백지화` is the event)
    # `배정 물량은`, `선정 절차를`, `폐지 목적인`: the event noun qualifies the next noun, which takes
    # the particle or the copula
    # (through a compound, `편성 의무 비율은`, unless it names the event's plan: `착공 목표 시점은 …다`)
    k = i + 2
    if nxt.form not in COMMITMENT_NOUNS and nxt.form not in TARGET_WORDS:
        while k < len(tokens) and k <= i + 4 and tokens[k].tag == "NNG" and tokens[k].form not in FOLLOW_UP_CUES and (
            tokens[k].form not in ACTION_NOUNS or (k + 1 < len(tokens) and tokens[k + 1].form in TARGET_WORDS)
        ):
            k += 1  # (`미달 비율 감축 목표를`: a deed's noun inside the name of a target, `감축 목표`, is part of it)
    after = tokens[k] if k < len(tokens) else None
    return (nxt.tag == "NNG" and nxt.form not in FOLLOW_UP_CUES and nxt.form not in ACTION_NOUNS
            and after is not None and after.tag in ("JKS", "JKO", "JX", "JKB", "JKG", "VCP"))


def _under_review(tokens, i: int) -> bool:
    """`방안을 검토하고 있다`, `계획을 논의 중이다`, `방안을 기획예산처와 협의하고 있다`: the plan
    noun is what is being weighed."""
    return _review_word_after(tokens, i) is not None


def _review_word_after(tokens, i: int) -> int | None:
    if not (i + 1 < len(tokens) and tokens[i + 1].tag in ("JKO", "JKS", "NNG", "JX")):
        return None
    k = i + 1 if tokens[i + 1].tag == "NNG" else i + 2
    partner = k + 1 < len(tokens) and tokens[k].tag in ("NNP", "NNG") and tokens[k + 1].form in ("와", "과")
    k += 2 if partner else 0  # (with whom it is weighed)
    return k if k < len(tokens) and tokens[k].form in REVIEW_WORDS else None


def _only_weighed(tokens) -> bool:
    """Does the sentence end by weighing its plan (`…하는 방안이 검토되고 있다`, `…안을 논의 중이다`),
    and do nothing else (not `…충원하겠다고 했으며, 처우 개선 방안도 검토하고 있다고 했다`)?"""
    for i, token in enumerate(tokens):
        if token.tag == "EC" and token.form in _CLAUSE_JOINS and token.form != "고":
            return False  # (a clause before the weighing says something of its own; `고` also joins verbs in one)
        if token.tag == "NNG" and token.form in COMMITMENT_NOUNS:
            review = _review_word_after(tokens, i)
            if review is not None:
                return all(t.tag in _ENDINGS and not (t.tag == "EP" and t.form == "겠") for t in _unreported(tokens[review + 1 :]))
    return False


def _unreported(tail):
    """A predicate's tail without the reporting verb that closes it (`검토하고 있다[고 했다]`)."""
    for k, t in enumerate(tail):
        if t.tag == "EC" and t.form in ("다고", "라고") and k + 1 < len(tail) and (
                tail[k + 1].form in REPORTING_VERBS or (tail[k + 1].form == "하" and tail[k + 1].tag == "VV")):
            return tail[:k]
    return tail


_ENDINGS = {"XSV", "EC", "VX", "EP", "EF", "SF", "NNB", "VCP", "JX", "ETM"}


def _to_be_weighed(tokens) -> bool:
    """Is all that is promised a review (`가업상속공제 손질을 검토하겠다`, `검토하기로 했다`)?"""
    return any(t.form == "검토" and t.tag == "NNG" and i + 2 < len(tokens) and tokens[i + 1].tag == "XSV"
               and tokens[i + 2].form in ("겠", "기") for i, t in enumerate(tokens))


CALL_PAPERS = {"신청", "신청서", "제안서", "접수", "서류", "원서", "지원서", "의견", "청약", "응모"}


def _call_closes(tokens) -> bool:
    """Does the sentence give the date until which applications or proposals are taken
    (`신청은 다음 달 16일까지 받는다`)? The public's deadline, not the government's deed."""
    words = _main_words(tokens)
    verbs = [k for k, t in enumerate(words) if t.tag == "VV"]
    if not verbs or words[verbs[-1]].form != "받":
        return False
    return any(t.form in CALL_PAPERS and t.tag == "NNG" for t in words[: verbs[-1]])


def _only_possible(tokens) -> bool:
    """Does the sentence say that doing it is possible (`…는 것도 가능하다`), not that it will be done?"""
    for a, b, c in zip(tokens, tokens[1:], tokens[2:]):
        if a.form == "것" and b.tag == "JX" and b.form in ("도", "은", "는") and c.form == "가능":
            return True
    # `추경이 국회를 통과하면 복지부는 … 높일 수 있다`: what could be done, on a condition, as the main clause
    words = [t for t in tokens if t.sub_sent_position == 0 and t.tag not in ("SF", "SE", "SP")]
    if not (len(words) >= 4 and words[-1].tag == "EF" and words[-2].form == "있" and (words[-3].form, words[-4].tag) == (
            "수", "ETM")):
        return False
    for k in range(1, len(words) - 4):
        if words[k].tag == "EC" and words[k].form in ("면", "으면") and words[k - 1].tag in ("VV", "XSV", "VX") and (
                words[k - 1].form == "보" or any(t.tag == "JKS" for t in words[:k])):
            # an event with its own subject (`추경이 국회를 통과하면`), or `…다 보면`; not the reader's own act,
            # which is how one gets it (`신청하면 … 받을 수 있다`), nor who may (`60세 이상이면`)
            return True
    return False


_SO_FAR = {"지금", "현재", "이제", "여태", "그동안", "그간"}


def _so_far(tokens, i: int) -> bool:
    """`지금까지 …`, `그동안 …` before the cue at `i`: a count of what is done so far, with more to come."""
    return any(t.form in _SO_FAR and (t.form in ("그동안", "그간") or (nxt.form == "까지" and nxt.tag == "JX"))
               for t, nxt in zip(tokens[:i], tokens[1 : i + 1]))


_ORDINAL_COUNTERS = {"호", "호점", "호기", "단지", "차", "번째", "단계", "기"}


def _counted_subject(tokens, i: int) -> bool:
    """Is the subject of the deed at `i` a count (`센터는 9곳이 문을 열었다`, `23만 명이 개통했다`): a tally
    of how many have done it so far, not the promise done? (The caller reads `모두`: all of them did.)"""
    for k in range(i - 1, max(0, i - 5), -1):
        token = tokens[k]
        if token.tag in ("EF", "EC", "SF", "SP", "JX") or token.tag.startswith("V"):
            return False
        if token.tag == "JKS" and k >= 2 and tokens[k - 1].tag in ("NNB", "NNG") and tokens[k - 1].end == token.start:
            # (`청년 주택 1호가`, `1단지가`: the first of them, named, not a count)
            return tokens[k - 2].tag in ("SN", "NR") and tokens[k - 2].end == tokens[k - 1].start and (
                tokens[k - 1].form not in _ORDINAL_COUNTERS)
    return False


def _predicate_done_in_full(tokens, cue: int) -> bool:
    """`…쉼터 4곳을 모두 열었다`: the sentence's own verb, in the past, told of the whole (the cue
    may be a noun elsewhere in it, `회복 지원 쉼터`, but in the verb's clause: not `…설치했으나 신청은
    모두 마감됐다`)."""
    head = _predicate_head(tokens)
    if head is None or head.tag not in ("VV", "NNG"):  # (`설치했다`: the noun of 설치+하)
        return False
    at = next(k for k in range(len(tokens) - 1, -1, -1) if tokens[k] is head)
    if any(t.tag == "EC" and t.form not in ("어", "아", "여", "게", "지") for t in tokens[cue:at]):
        return False
    return any(t.tag == "EP" and t.form in PAST_TENSE for t in tokens[at + 1 : at + 4]) and _all_of_it(tokens, at) and not (
        _negated(tokens, at))


def _verb_after(tokens, i: int) -> int:
    """The first verb within six tokens from `i` (`4월에야 모두 배치됐다`: the deed a particle's cue
    dates), else `i`."""
    return next((k for k in range(i, min(len(tokens), i + 6)) if tokens[k].tag in ("VV", "XSV")), i)


def _all_of_it(tokens, i: int) -> bool:
    """`모두 배분됐다`, `전량 들여왔다`: a deed done in full, said just before its verb, or said of
    the count it was done to (`18개 시도경찰청 모두에 전담수사팀을 꾸렸다`)."""
    return any(t.form in ("모두", "전량", "전액", "전부", "완전히") and t.tag in ("MAG", "NNG")
               for t in tokens[max(0, i - 3) : i]) or (i and tokens[i - 1].form == "전면") or _to_every(tokens, i) or any(
        tokens[j].form == "모두" and tokens[j - 1].tag in ("NNG", "NNP") and any(
            x.tag == "SN" for x in tokens[max(0, j - 4) : j - 1]) and not any(
            x.tag in ("EC", "SP") for x in tokens[j + 1 : i])
        for j in range(max(1, i - 8), i))


def _to_every(tokens, i: int) -> bool:
    """`모든 초·중학교에 보급됐다`: the deed at `i` done to every one of what it was for, named in the
    phrase right before it (not `모든 학교가 신청했지만 …`, a clause away)."""
    every = next((j for j in range(i - 1, max(-1, i - 7), -1) if tokens[j].form == "모든" and tokens[j].tag == "MM"), None)
    return every is not None and tokens[i - 1].tag == "JKB" and all(
        x.tag in ("NNG", "NNP", "SP", "SL", "XSN") for x in tokens[every + 1 : i - 1])


def _worked_out(tokens) -> bool:
    """A figure the writer works out from others: `…해야 하는 셈이다`, `…한다는 계산이 나온다`,
    `…못한다는 뜻이다`, `연평균으로 환산하면 …`, not a figure anyone promised."""
    for k, token in enumerate(tokens):
        form, t = token.form, token.tag
        if t == "NNB" and form in ("셈", "꼴") and k and tokens[k - 1].tag == "ETM":
            return True
        if t == "NNG" and form in ("계산", "뜻") and k and tokens[k - 1].tag == "ETM" and k + 1 < len(tokens) and (
            tokens[k + 1].tag == "VCP" or any(x.form == "나오" for x in tokens[k + 1 : k + 3])
        ):
            return True
        if t == "NNG" and form == "환산" and k + 2 < len(tokens) and tokens[k + 2].form in ("면", "으면"):
            return True
    return False


def _outside_subject(tokens) -> str | None:
    """Is the main clause's subject a named actor outside government (a company, a foreign state)?

    The subject is the noun before the first subject particle (`엔비디아가`) outside quotes and
    outside a relative clause (`엔비디아가 공급하기로 한 GPU` modifies GPU), or before a topic
    particle when an object follows in its clause (`현대차는 5만 장을 받는다`; without one the
    topic may be the thing planned: `AI 팩토리는 500곳에 보급한다`). It is an outsider when it is
    a proper noun or a Latin name (`엔비디아`, `현대차`, `KT`, `미국`) that the dictionary does not
    know as a ministry or an official. Returns why: "speaker" (a person or group outside
    government: `의원`, `교수`, `업계에서는`), "body" (`충남도는`, `미국 상무부는`), "foreign" (another state
    named alone, `일본은`, `유럽연합(EU)은`: its deed is a comparison, whoever tells it) or "name".
    """
    described_by_government = False
    for k, token in enumerate(tokens):
        if token.sub_sent_position != 0:
            continue
        t = token.tag
        if t == "JKS" or (t == "JX" and token.form in ("은", "는", "도")):
            if k == 0:
                return None
            if _government_clause_after(tokens, k):
                return None  # `설치 업체는 12곳으로 늘었고, 경찰청은 … 늘리겠다고 밝혔다`: the joined clause is the body's
            if _relays_government(tokens, k):
                return None  # `외식업중앙회는 농식품부가 … 지원하기로 했다고 회원들에게 안내했다`: the body's, passed on
            if _joined_to_government(tokens, k):
                return None  # `국토부와 지방자치단체는 … 점검할 계획입니다`: a ministry's plan, carried out with others
            if _outside_body(tokens, k):
                return "body"  # `한 민간 연구소는`, `미국 상무부는`, `충남도는`, `서울시도`
            if token.form == "도":
                if _outsider_word(tokens[k - 1]) and tokens[k - 1].start + tokens[k - 1].len == token.start:
                    return "speaker"  # `농협중앙회도 … 200명을 두기로 해`
                if tokens[k - 1].form in FOREIGN_STATES and tokens[k - 1].end == token.start:
                    return "foreign"  # `일본도 지난해 … 준비 기간을 2년으로 늘렸다`: another state's deed, for comparison
                continue
            head = tokens[k - 1]
            if head.tag == "SSC" and head.start + head.len == token.start and not (
                t == "JKS" and (_relative_clause(tokens, k, auxiliaries=True) or _subordinate_subject(tokens, k))
            ):
                # `탁유건 의원(더불어민주당)은`: the noun before the aside is the subject
                j = _opening_of(tokens, k - 1)
                if j > 0 and tokens[j - 1].start + tokens[j - 1].len == tokens[j].start and (
                    tokens[j - 1].form in OUTSIDE_PEOPLE
                ):
                    return "speaker"  # (not `한국과학기술정보연구원(KISTI)은`, a public institute)
                if j > 0 and tokens[j].form in _OPENING_QUOTES and _outsider_word(tokens[j - 1]) and not any(
                        _government_word(t) for t in tokens[max(0, j - 4) : j - 1]):
                    # `시민단체 '음주운전 없는 거리'는`: a group outside government, by its name (not `정부 출자 회사 '…'는`)
                    return "speaker"
                if _firm_named(tokens, k):
                    return "name" if t == "JKS" or _has_object(tokens, k) or _quotes(tokens, k) else None
                if j > 0 and tokens[j - 1].form in FOREIGN_STATES and tokens[j - 1].end == tokens[j].start:
                    return "foreign"  # `유럽연합(EU)은 … 의무화했다`: another state's deed
            if k >= 2 and t == "JX" and (head.form, head.tag) in (("들", "XSN"), ("에서", "JKB")):
                if tokens[k - 2].form in OUTSIDE_SPEAKERS:
                    return "speaker"  # `전문가들은`, `업계에서는`: outsiders named in the plural or as a place
                continue
            if head.start + head.len != token.start or head.tag not in ("NNP", "SL", "NNG", "NP", "NNB"):
                continue  # `기업별로는`, `이 가운데는`: not a subject
            government = _government_word(head) or (
                k >= 2 and isinstance(tokens[k - 2].user_value, dict)  # `산업통상자원부 국가기술표준원은`: its agency
            )
            if t == "JKS" and _relative_clause(tokens, k, auxiliaries=True):
                described_by_government = described_by_government or government
                continue  # (a topic 은/는 does not sit inside a relative clause)
            if k >= 2 and tokens[k - 2].form == "저희" and tokens[k - 2].tag == "NP" and not government and (
                    head.tag in ("NNP", "SL") or (head.tag == "NNG" and len(head.form) >= 3
                                                   and not head.form.endswith(_OFFICE_ENDINGS))) and not any(
                    isinstance(x.user_value, dict) for x in tokens[k:]):
                # `저희 툰브릿지는 … 계획입니다`: a guest's own firm (not `저희 부처는`, nor `저희 소관은
                # 아닙니다만, 공정거래위원회가 …`, where a body named after it is the one acting)
                return "speaker"
            if k >= 2 and tokens[k - 2].form in ("우리", "저희") and tokens[k - 2].tag == "NP" and (
                    head.form in _OWN_HOUSES) and not any(isinstance(x.user_value, dict) for x in tokens[k:]):
                return "speaker"  # `우리 병원은 3월부터 …`, `우리 시장은 …`: the page's own house, not a ministry
            if head.form == "대표" and head.tag == "NNG" and (k < 2 or tokens[k - 2].end != head.start or (
                    tokens[k - 2].tag in ("NNP", "SL") and not _government_word(tokens[k - 2]))
                    or _outsider_word(tokens[k - 2])) and not any(
                    _government_word(x) or x.form in ("측", "수석", "협상", "교섭", "차석") for x in tokens[max(0, k - 4) : k - 1]):
                # `대표가 "…쓰겠다"고`, `툰브릿지 대표는`: a firm's or a group's head (not `협상 대표가`,
                # `정부 측 대표는`: a delegation's)
                return "speaker"
            if head.form == "관계자" and _outsiders_official(tokens, k - 1):
                return "speaker"  # `한 대형 증권사 관계자는 "…"`: a company's, not the government's
            if government:
                return None
            if described_by_government and k >= 2 and tokens[k - 2].tag == "ETM":
                return None  # `정부가 사들여 비축하는 공공비축미는`: the government's thing, not an actor
            if (_outsider_word(head) or _named_as_outsider(tokens, k)) and not _counted_topic(tokens, k):
                return "speaker"  # `박 의원은`, `연구위원은 "…"라고 말했다`, `야당 간사는 …고 주장했다`
            if k >= 3 and t == "JX" and ((head.form in _COUNTERS and tokens[k - 2].tag in ("SN", "NR", "MM") and (
                tokens[k - 3].form in OUTSIDE_SPEAKERS
            )) or (head.form == "사" and tokens[k - 2].tag == "SN" and tokens[k - 3].tag == "NNG")):  # (`통신 3사는`)
                # `공유 킥보드 업체 두 곳은 … 사업을 접었다`: outsiders, counted, as the topic (not
                # `업체 14곳이 인증을 받았다`, a programme's reach)
                return "speaker"
            if head.tag not in ("NNP", "SL") and not _firm_named(tokens, k):
                return None
            if head.form in FOREIGN_STATES and (k < 2 or tokens[k - 2].tag not in ("NNP", "NNG")):
                return "foreign"  # `유럽연합은 … 의무화했다`, as `일본도` (not `중국 화웨이는`, a firm)
            return "name" if t == "JKS" or _has_object(tokens, k) or _quotes(tokens, k) else None
        if t in ("EF", "SF"):
            return None
    return None


_COUNTERS = {"곳", "개", "개사", "명", "개소", "가구", "개교"}


def _counted_topic(tokens, k: int) -> bool:
    """Is the topic at `k` what the clause counts, stopped short (`지정 정비업체는 지난해 말까지 270곳에 그쳐
    목표 300곳에 못 미쳤다`): a programme's reach, not the outsiders' own say?"""
    for j in range(k + 1, min(len(tokens) - 2, k + 8)):
        if tokens[j].tag in ("EF", "EC", "SF"):
            return False
        if tokens[j].tag == "SN" and tokens[j + 1].form in _COUNTERS and tokens[j + 2].tag in ("JKB", "JKS"):
            # (not `박 의원은 … 300명에 그쳐 목표에 못 미쳤다고 지적했다`: a count someone says)
            return any(t.tag == "VV" and t.form in _SHORT_OF_TARGET for t in tokens[j + 3 :]) and not any(
                t.tag == "EC" and t.form.endswith(("다고", "라고")) for t in tokens[j + 3 :])
    return False


# nouns that say a quoted name is a firm's (`부동산 중개업체 '방다움'은`; not `플랫폼`, which ministries run too)
FIRM_WORDS = {"업체", "기업", "회사", "스타트업", "제조사", "운영사", "예매처", "판매처", "증권사", "유통사"}


def _firm_named(tokens, k: int) -> bool:
    """Is the subject before the particle at `k` a firm by its name: a letter or name with 사 (`A사는`,
    `한빛사는`), or a quoted name a firm's noun introduces (`부동산 중개업체 '방다움'은`)?"""
    head = tokens[k - 1]
    if head.form == "사" and k >= 2 and tokens[k - 2].tag in ("SL", "NNP") and tokens[k - 2].end == head.start:
        return True
    if head.tag != "SSC" or head.end != tokens[k].start:
        return False
    j = _opening_of(tokens, k - 1)
    if j <= 0 or any(_government_word(t) for t in tokens[max(0, j - 4) : j]):
        return False  # (`정부 출자 회사 '한국벤처투자'는`: the government's own)
    noun = tokens[j - 1].form
    return noun.endswith(tuple(FIRM_WORDS)) and not noun.startswith("공")  # (`중개업체` one noun; not `공기업`)


def _opening_of(tokens, close: int) -> int:
    """The index of the bracket or quote that the closing one at `close` shuts (0 when none)."""
    j = close - 1
    while j > 0 and tokens[j].tag != "SSO":
        j -= 1
    return j


def _subordinate_subject(tokens, k: int) -> bool:
    """Does the subject at `k` belong to a clause that ends before the sentence's own predicate
    (`박 의원(국민의힘)이 대표 발의한 특별법에 따라 …`: its verb is adnominal or a connective's)?"""
    level = tokens[k].sub_sent_position
    for token in tokens[k + 1 : k + 16]:
        if token.sub_sent_position != level or token.tag in ("SF", "EF"):
            return False
        if token.tag == "ETM" or (token.tag == "EC" and token.form not in ("어", "아", "여", "지", "게", "고")):
            return True
    return False


def _outsiders_official(tokens, i: int) -> bool:
    """Is the `관계자` at `i` named by nouns none of which is the government (`한 대형 증권사
    관계자`, `업계 관계자`; not `정부 관계자`, `기재부 관계자`, nor a bare `관계자`)?"""
    j = i
    while j > 0 and tokens[j - 1].tag in ("NNG", "NNP", "SL", "XSN", "NNB"):
        j -= 1
    phrase = tokens[j:i]
    return bool(phrase) and not any(
        _government_word(t) for t in phrase)


def _named_as_outsider(tokens, k: int) -> bool:
    """Is the subject before the particle at `k` introduced as an outsider (`야당인 국민의힘은`,
    `시민단체인 참여연대는`)?"""
    for j in range(max(0, k - 6), k - 2):
        if tokens[j].form in OUTSIDE_SPEAKERS and tokens[j + 1].tag == "VCP" and tokens[j + 2].tag == "ETM":
            return True
    return False


# Someone's reading of the news, attributed in the predicate: `…어렵다는 관측이 나온다`,
# `…발목을 잡았다는 분석이다`, `…늦어질 것이라는 지적도 나왔다`.
OPINION_NOUNS = {"관측", "분석", "지적", "평가", "우려", "목소리", "비판", "전망", "하소연", "불만", "주장"}
# What people say, when it is said to come out (`…무섭다는 말이 나온다`); as a predicate (`…확보하겠다는
# 얘기다`) it is the writer's gloss of the plan, unless the writer infers it (`결국 …`, `사실상 …`)
SAYINGS = {"말", "얘기", "이야기"}
_INFERENCE = {"결국", "사실상", "결과적으로", "즉"}


# A sentence whose own predicate is a forecast (`…모자랄 수 있다고 내다봤다`, `…늘 것으로 전망했다`)
FORECASTING = {"내다보", "전망", "예상", "예측", "관측"}


def _survey_answer(tokens, head) -> bool:
    """Does a counted subject answer (`8곳 가운데 5곳은 … 답했다`, `62%가 … 응답했다`; `head`: the
    sentence's own predicate): a survey's finding, not an official's reply (`김 장관은 연내
    마치겠다고 답했다`)?"""
    if head is None or head.form not in ("답", "응답") or any(t.form == "겠" for t in tokens):
        return False
    if any(t.form in ("조사", "설문") for t in tokens) and any(
            (t.form == "응답자" and n.form in ("의", "중", "가", "는", "은", "들")) or (
                t.form == "응답" and n.tag == "NNG" and t.end < n.start) for t, n in zip(tokens, tokens[1:])):
        return True  # `조사한 결과, 응답자의 62%가 … 찬성한다고 답했다`, `응답 기업의 40%가 …`: who answered a poll
    for k, token in enumerate(tokens):
        if token.form in ("은", "는", "이", "가") and token.tag in ("JX", "JKS"):
            counter = tokens[k - 1].tag in ("NNB", "NNG") or tokens[k - 1].form == "%"
            return k >= 2 and tokens[k - 2].tag in ("SN", "NR") and counter
    return False


def _report_denied(tokens, head) -> bool:
    """Does a body deny what was reported of it (`"검토한 바 없으며 사실이 아니다"라고 해명했다`,
    `…는 보도는 사실무근이다`, `…는 보도를 부인했다`), with nothing it will do instead (not `사실이 아니며 예정대로
    연내 마치겠다고 해명했다`) and nothing it says was done (not `…미뤄진 것은 맞다고 해명했다`, `…이미 달성했다고
    반박했다`: a denying verb alone says no more than that it answered)?"""
    if any(t.form in ("겠", "예정", "계획") or (t.form == "대로" and t.tag == "NNB") for t in tokens):
        return False
    said_untrue = any((a.form == "사실" and b.tag in ("JKS", "JKC") and c.form == "아니") or (a.form == "사실무근")
                      for a, b, c in zip(tokens, tokens[1:], tokens[2:]))
    if said_untrue:
        return True
    k = tokens.index(head) if head is not None and head.form in _DENYING and head.tag == "NNG" else None
    return k is not None and k >= 2 and tokens[k - 1].tag == "JKO" and tokens[k - 2].form in _REPORTS  # `보도를 부인했다`


_DENYING = {"해명", "부인", "반박", "일축"}
_REPORTS = {"보도", "의혹", "주장", "관측", "소문", "기사"}


def _share_found(tokens) -> bool:
    """Does the sentence find a share of people by a survey (`한부모 10명 가운데 7명은 양육비를 받지 못한 것으로
    조사됐다`)? What befell them is a finding, not a body's report on its promise (which a body as the
    subject tells: `복지부는 … 800명 중 620명에게 지급한 것으로 나타났다고`)."""
    share = any(a.tag in ("SN", "NR") and b.form in ("명", "가구") and c.form in ("가운데", "중") and d.tag in ("SN", "NR")
                for a, b, c, d in zip(tokens, tokens[1:], tokens[2:], tokens[3:]))
    return share and any(a.form == "것" and b.form == "으로" and c.form in ("조사", "나타나")
                         for a, b, c in zip(tokens, tokens[1:], tokens[2:])) and not any(
        _is_ministry(a) and b.tag in ("JKS", "JX") and a.end == b.start for a, b in zip(tokens, tokens[1:]))


def _respondents_counted(tokens) -> bool:
    """Does the sentence count those who gave an answer (`…할 계획이라고 답한 병원은 5곳이었다`,
    `…하겠다고 응답한 기업이 62%였다`)? What respondents said they would do is a survey's finding."""
    for k in range(len(tokens) - 3):
        # (Kiwi: 답/NNG 하/XSV or 답하/VV, then the adnominal)
        verb = k + 1 if tokens[k].form in ("답", "응답") and tokens[k + 1].form == "하" else k if (
            tokens[k].form in ("답하", "응답하")) else None
        if verb is None or verb + 3 >= len(tokens) or tokens[verb + 1].tag != "ETM":
            continue
        if tokens[verb + 2].tag in ("NNG", "NNB") and tokens[verb + 3].tag in ("JX", "JKS"):
            rest = tokens[verb + 4 :]
            return any(t.tag == "SN" for t in rest) and any(t.tag == "VCP" for t in rest)
    return False


def _attributed_opinion(tokens) -> bool:
    words = _main_words(tokens)
    for k in range(len(words) - 1, max(0, len(words) - 6), -1):
        token = words[k]
        if token.tag == "NNG" and token.form in OPINION_NOUNS | SAYINGS and k > 0 and words[k - 1].tag == "ETM":
            rest = [t.form for t in words[k + 1 :]]
            return bool(rest) and ((rest[0] == "이" and words[k + 1].tag == "VCP" and (
                token.form in OPINION_NOUNS or any(t.form in _INFERENCE for t in tokens)))
                or any(verb in rest for verb in ("나오", "잇따르", "이어지", "많")))  # (`…빠듯하다는 평가가 많다`)
        if token.tag == "XSN" and token.form == "론" and any(
                t.form in ("나오", "잇따르", "이어지", "제기") for t in words[k + 1 :]):
            return True  # `속도 조절론도 나온다`: a case argued
    return False


def _before_noun_run(tokens, end: int) -> int:
    """The index before the run of nouns, names, numbers and suffixes that ends at `end` (a noun phrase)."""
    j = end
    while j >= 0 and tokens[j].tag in ("NNG", "NNP", "SL", "SN", "NNB", "XSN"):
        j -= 1
    return j


def _joined_to_government(tokens, k: int) -> bool:
    """Is the noun phrase before the particle at `k` joined to a ministry or the government before it
    (`국토부와 지방자치단체는`, `정부와 업계는`)?"""
    j = _before_noun_run(tokens, k - 1)
    return j >= 1 and j < k - 1 and tokens[j].tag == "JC" and (_is_ministry(tokens[j - 1]) or tokens[j - 1].form == "정부")


def _outside_body(tokens, k: int) -> bool:
    """Does the noun phrase before the particle at `k` name a body outside the central government:
    one left unnamed (`한 민간 연구소`, `한 방산업체 대표`, but not `한 정부 관계자`), a foreign
    state's (`미국 상무부`, `일본 총무성`, `미국 연방통신위원회(FCC)`, any `…정부` named by a name that
    is not Korea's or a Korean president's: `캄보디아 정부`) or a local government
    (`충남도`, `서울시`, `경기도교육청`)?"""
    j = k - 1
    if tokens[j].start + tokens[j].len != tokens[k].start:
        return False  # the particle is not attached to a noun phrase
    if tokens[j].tag == "SSC":  # `(FCC)`
        while j >= 0 and tokens[j].tag != "SSO":
            j -= 1
        j -= 1
    end = j
    j = _before_noun_run(tokens, end)
    phrase = tokens[j + 1 : end + 1]
    while len(phrase) > 1 and (phrase[0].form in _OPENING_TIMES or phrase[0].tag == "SN" or _is_time_word(phrase[0])):
        phrase = phrase[1:]  # `지난해 경기도는`, `2024년 경기도는`: the time the sentence opens on is no part of the name
    if not phrase:
        return False
    first, last = phrase[0], phrase[-1]
    if first.form in FOREIGN_STATES and len(phrase) > 1 and _a_body(phrase):
        return True  # `미국 상무부`, `필리핀 이주노동자부`, not `우크라이나 재건 지원 예산`, a programme of ours
    if len(phrase) > 1 and last.form in ("정부", "당국") and first.tag == "NNP" and not isinstance(first.user_value, dict) and (
        len(first.form) > 1 and first.form not in KOREAN_GOVERNMENTS
    ):
        return True  # `캄보디아 정부도 … 단속을 벌이겠다고 알려 왔다`: a state the list does not name
    if any(t.form.endswith(("시의회", "군의회", "구의회", "도의회")) for t in phrase) or any(
            a.form in ("시", "군", "구", "도") and b.form == "의회" and a.start + a.len == b.start
            for a, b in zip(phrase, phrase[1:])):
        return True  # `군의회 산업건설위원회는`, `서울시의회는`: a local council's own business
    named = "".join(t.form for t in phrase)
    if named in _HOUSING_BODIES or named.endswith("입주자대표회의"):
        return True  # `관리사무소는 … 8월 중 교체할 계획입니다`: an apartment complex's own business
    if named in _INDEPENDENT_BODIES:
        return True  # `금융감독원도 … 연내 두 배로 늘리겠다고`: a supervisor outside the ministries, its own plan
    listed = (len(phrase) == 1 and last.form in ("시", "군", "구", "도") and j >= 1 and tokens[j].form == "·" and (
        tokens[j - 1].form in ("시", "군", "구", "도"))) or last.form in _LISTED_LOCALS
    if len(phrase) == 1 and last.form in ("시", "구", "도") and j >= 0 and tokens[j].form == "우리" and tokens[j].tag == "NP":
        return True  # `우리 시는 연말까지 …`: a city speaking of itself (not `우리 군`, most often the armed forces)
    if listed and not any(t.tag == "JC" for t in tokens[:k]):
        return True  # `각 시·군·구는 6월 말까지 …`: local governments, each its own (not `행정안전부와 각 시·군·구는`)
    head_named = last.form if len(phrase) == 1 or phrase[-2].end != last.start or phrase[-2].tag != "NNP" else (
        phrase[-2].form + last.form)  # (`서울` + `시장`, not `선물` + `시장`: a market)
    if last.tag in ("NNP", "NNG") and _local_head(head_named):
        return True  # `하람시장은 "…지원하겠다"며`, `서울시장은` (Kiwi: 서울 + 시장): a mayor's (a governor's) own plan
    if any(isinstance(t.user_value, dict) or t.form in GOVERNMENT_WORDS or t.form in ("관계자", "당국자")
           for t in phrase):
        return False
    # (`한 대형 회계법인`: Kiwi's 대 + 형 is a word, not the counter 대)
    counted = first.form in _COUNTED and not (len(phrase) > 1 and phrase[1].start == first.start + first.len
                                              and phrase[1].form not in ("당", "씩", "째"))
    if j >= 0 and tokens[j].tag == "MM" and tokens[j].form == "한" and not counted and not (
        j >= 1 and tokens[j - 1].form in ("로", "으로")  # `주기로 한 수당`: Kiwi's `주다`+`-기로 하다`, not `one`
    ):
        return True  # (`한 곳은`, `한 달`, `한 곳당 지원 한도는`: the number one)
    if first.form == "일부" and len(phrase) > 1:
        return True  # `일부 대학은`, `일부 지자체는`: some of them, unnamed (not `일부 부처`)
    if tokens[k].tag == "JX" and len(phrase) == 1 and (last.form in PUBLIC_CORPORATIONS or (
            last.tag == "NNP" and len(last.form) >= 4 and last.form.endswith(("공사", "공단")))):
        # `인천국제공항공사는`, `국립공원공단은`, `한국전력은`: a public body's plans of its own, as the
        # topic (`LH가 사들인 주택`, a ministry's plan carried out by one, is not)
        return True
    if last.form.endswith("교육청"):
        return True  # `전라남도 교육청은`, `서울시교육청은`: a province's own education office
    glued = len(phrase) == 2 and phrase[0].start + phrase[0].len == last.start
    if tokens[k].tag == "JX" and last.form == "공단" and glued:
        return True  # `국립공원공단은`: Kiwi's 국립공원 + 공단, a public body (as `근로복지공단은` above)
    if re.fullmatch(r"\d+사", last.form):
        return True  # `통신 3사는`, `이통3사는`, `배터리 3사는`: companies counted, their own plans
    if any(a.tag == "NNP" and b.form == "도" and a.start + a.len == b.start and a.form + "도" in _PROVINCES
           for a, b in zip(phrase, phrase[1:])):
        return True  # `반면 충남도는`: Kiwi's 충남 + 도, a province
    if len(phrase) > 1 and _local_government(first):
        return True  # `경기도 소방재난본부는`, `부산시 교통국은`: a local government's own office
    if any(a.tag in ("NNP", "NNG") and 2 <= len(a.form) <= 4 and b.form in ("시", "군", "구") and b.tag in ("NNG", "NNB")
           and a.start + a.len == b.start for a, b in zip(phrase, phrase[1:3])):
        return True  # `달래군은`, `새터시는`, `하늘시는`: a city or county Kiwi does not know, cut as its name and 군 (시)
    if j < 0 and len(phrase) == 1 and last.form in ("도", "시", "군", "구") and tokens[k].tag == "JX":
        return True  # `도는 도비 45억 원을 들여 …`: the province (city, county) named before, its own plan
    return len(phrase) == 1 and _local_government(last)


# What a page's writer calls their own house (`우리 병원`, `저희 학교`, `우리 상인회`), never a ministry
_OWN_HOUSES = {"병원", "의원", "약국", "회사", "가게", "매장", "식당", "학교", "대학", "학과", "시장", "상인회", "협회", "조합",
               "교회", "성당", "단체", "모임", "동아리", "아파트", "마을", "농장", "공장", "터미널", "센터"}

# A ministry's own offices, by how their names end (`저희 처는`, `저희 청은`, `저희 과는`, `저희 위원회는`)
_OFFICE_ENDINGS = ("부", "처", "청", "원", "과", "국", "실", "단", "팀", "위원회", "본부", "센터")

# Public bodies outside the ministries that the news names as actors of their own (Kiwi: 금융 + 감독원)
_INDEPENDENT_BODIES = {"금융감독원", "금감원", "한국은행", "한은"}

# An apartment complex's management (`관리사무소`, not the state's `출입국관리사무소`) and residents' council
_HOUSING_BODIES = {"관리사무소", "관리주체", "입대의"}
# the head of a city, county, district or province by its name (`하람시장`, `서울시장`, `합천군수`)
_LOCAL_HEADS = ("시장", "군수", "구청장", "도지사")
_MARKETS = ("수산시장", "전통시장", "도매시장", "농산물시장", "재래시장", "벼룩시장")
_LISTED_LOCALS = {"시·군·구", "시·도", "시·군"}  # (Kiwi may keep the list whole; `시군구는 218곳` counts places)


def _local_head(form: str) -> bool:
    """`하람시장`, `서울시장`, `합천군수`, `경기도지사` as one word: the place's name, then its head's
    title (not a market: `노량진수산시장`)."""
    head = next((h for h in _LOCAL_HEADS if form.endswith(h)), None)
    if head is None or form.endswith(_MARKETS):
        return False
    place = form[: -len(head)]
    if head == "시장":
        place += "시"
    elif head == "군수":
        place += "군"
    return 2 <= len(place) <= 5 and place[-1] in "시군구도"

_PROVINCES = {"경기도", "강원도", "충북도", "충남도", "전북도", "전남도", "경북도", "경남도", "제주도", "충청북도",
              "충청남도", "전라북도", "전라남도", "경상북도", "경상남도"}


def _local_government(token) -> bool:
    """`충남도`, `서울시`, `경기도`, `합천군`, `부산광역시`: a province, city or county by its name
    (not `광역철도`: a 도 that ends a longer noun is no province)."""
    form = token.form
    return token.tag == "NNP" and (form in _PROVINCES or (len(form) in (3, 4) and form[-1] in "시군") or form.endswith((
        "특별시", "광역시", "특별자치시", "특별자치도")))


PUBLIC_CORPORATIONS = {"한국전력", "한전", "코트라", "KOTRA"}


_COUNTED = {"곳", "개", "명", "건", "차례", "번", "가지", "대", "척", "채", "달", "해", "주", "일", "년", "개월", "군데",
            "기", "호", "가구", "부", "사", "개사", "팀", "편", "장", "점", "회", "쪽", "분", "명씩", "곳씩"}
# Korea's own, named before 정부 (`문 정부`, one syllable, is a president's: never a state)
KOREAN_GOVERNMENTS = {"한국", "대한민국", "우리", "우리나라", "韓", "코리아", "김영삼", "김대중", "노무현", "이명박", "박근혜",
                      "문재인", "윤석열", "이재명", "참여", "현"}
# What a state's body is called: a word Kiwi gives whole (`상무부`, `노동부`), or the last piece it cuts
# one into (`이주/노동자/부`, `총무/성`)
_STATE_BODIES = {"정부", "당국", "의회", "대사관", "중앙은행", "위원회", "부", "성", "청", "군", "대통령", "총리"}
_BODY_ENDINGS = ("부", "성", "청")
_NOT_BODIES = {"일부", "전부", "내부", "외부", "본부"}


def _a_body(phrase) -> bool:
    """Does a noun phrase end in a body's name (`미국 상무부`, `필리핀 이주노동자부`, `일본 총무성`),
    not in a thing (`…수출기업 지원`, `…근로자 신청`, `…국민 귀국`)?"""
    last = phrase[-1]
    if last.form in _STATE_BODIES and (len(last.form) > 1 or len(phrase) > 2 or last.tag == "XSN"):
        return True  # (a piece of one syllable only after the words it ends: `이주 노동자 부`)
    return len(last.form) > 2 and last.form.endswith(_BODY_ENDINGS) and last.form not in _NOT_BODIES


# CLDR's Korean names of the other states (`필리핀`, `인도네시아`), less those that are also common
# words (`수단` means, `저지` blocking, `오만` arrogance, `피지` sebum) or short enough to be (`가나`, `말리`).
_NOT_STATE_NAMES = {"수단", "저지", "오만", "피지", "가나", "말리", "건지", "사크", "통가", "차드", "기니", "괌", "토고"}
FOREIGN_STATES = {"중국", "일본", "영국", "유럽연합", "EU", "호주", "사우디", "美", "中", "日", "英", *(
    name for code, name in Locale("ko").territories.items()
    if code.isalpha() and code not in ("KR", "XA", "XB") and " " not in name and "(" not in name
    and name not in _NOT_STATE_NAMES)}


# People outside government whose words a policy story quotes: their plans and forecasts are not
# the government's promises.
OUTSIDE_SPEAKERS = {"교수", "연구위원", "연구원", "연구소", "전문가", "애널리스트", "이코노미스트", "업계", "시민단체", "노조",
                    "야당", "간사", "소비자단체", "학계", "의원", "임원", "협회", "연합회", "단체", "업체", "조합",
                    "학회", "연대", "은행", "회사", "중앙회", "금융사", "카드사", "보험사", "씨", "모임", "네트워크",
                    "협의회", "연맹", "항공사", "건설사", "제조사", "증권사", "운용사", "일보", "언론", "신문사", "방송사",
                    "당사",  # (a firm's own disclosure: `당사는 … 보유하고 있지 않습니다`)
                    # parties, in government or not, speak for themselves (`더불어민주당은`, `조국혁신당은`)
                    "여당", "정당", "국민의힘", "민주당", "혁신당", "진보당", "정의당"}


# Of those, the words for a person (a title, not an institution's name)
OUTSIDE_PEOPLE = {"교수", "연구위원", "전문가", "애널리스트", "이코노미스트", "간사", "의원", "임원", "씨"}


def _outsider_word(token) -> bool:
    """An outsider's word (`교수`, `협회`), or a name or a noun Kiwi keeps whole that ends in one
    (`농협중앙회`, `한국경영자총협회`, `노동조합`); a body the dictionary knows is never one."""
    if isinstance(token.user_value, dict):
        return False
    return token.form in OUTSIDE_SPEAKERS or (token.tag in ("NNP", "NNG") and any(
        token.form.endswith(word) for word in OUTSIDE_SPEAKERS if len(word) >= 2))


DEMANDING_VERBS = {"요구", "촉구", "비판", "지적", "요청", "제안", "반박", "꼬집", "성토", "질타"}


def _quotes(tokens, k: int) -> bool:
    """Does the topic at `k` speak the sentence (`SK텔레콤은 "…"고 밝혔다`)?"""
    quoted = False
    for token in tokens[k + 1 :]:
        if token.sub_sent_position > 0:
            quoted = True
        elif quoted and (token.form in REPORTING_VERBS or token.form in DEMANDING_VERBS):
            return True
        elif token.tag in ("EF", "SF"):
            return False
    return False


def _government_clause_after(tokens, k: int) -> bool:
    """After the subject at `k`, whose own clause plans nothing, does a joined clause of the
    sentence (not a quote) open on a body as its own subject and plan something (`설치 업체는 …
    늘었고, 경찰청은 … 늘리겠다고`)? Not when the outsider's clause is the plan (`업체는 … 설치하겠다고
    밝혔고, 환경부는 … 지원하기로 했다`: its figures are the firm's), nor for a firm's spokesman
    (`이 업체 관계자는`) or another state's government."""
    joined = None
    for p, token in enumerate(tokens[k + 1 :], k + 1):
        if token.sub_sent_position != 0:
            continue
        t = token.tag
        if t in ("EF", "SF"):
            return False
        if t == "EC" and token.form in _CLAUSE_JOINS:
            joined = joined if joined is not None else p
        elif joined is not None and (t == "JKS" or (t == "JX" and token.form in ("은", "는"))) and (
                tokens[p - 1].end == token.start) and (_is_ministry(tokens[p - 1]) or tokens[p - 1].form == "정부") and not (
                p >= 2 and tokens[p - 2].form in FOREIGN_STATES):
            return not _plans_in(tokens[k + 1 : joined]) and _plans_in(tokens[p + 1 :])
    return False


# what one passing on another's word does with it (`밝혔다`, `안내했다`, `알렸다`, `보고했다`)
_PASSING_ON = frozenset(REPORTING_VERBS) | {"안내", "알리", "공지", "전달", "소개"}


def _relays_government(tokens, k: int) -> bool:
    """Does the subject at `k` pass on a body's own word: a clause of saying (`…다고`) whose subject is
    a body (`농식품부가`, `정부가`), closed by a verb of passing it on (`…했다고 회원들에게 안내했다`)?"""
    said_by = None
    for p in range(k + 1, len(tokens)):
        token = tokens[p]
        if token.sub_sent_position != 0:
            continue
        if token.tag in ("EF", "SF"):
            return False
        if said_by is None and token.tag == "JKS" and tokens[p - 1].end == token.start and (
                _is_ministry(tokens[p - 1]) or tokens[p - 1].form == "정부") and not (
                p >= 2 and tokens[p - 2].form in FOREIGN_STATES):
            said_by = p
        elif said_by is not None and token.tag == "EC" and token.form.endswith("다고"):
            if any(t.tag == "EC" and t.form in ("어야", "아야", "여야") for t in tokens[said_by:p]):
                return False  # `국민의힘은 정부가 … 거둬들여야 한다고 주장했다`: what the outsider demands of it
            return _reporting_verb_after(tokens, p, _PASSING_ON)
        elif said_by is not None and (token.tag == "ETM" or (token.tag == "EC" and token.form in _CONDITION_ENDINGS)):
            # `경기도는 국토부가 승인하면 …`, `경기도는 국토부가 확정한 노선에 맞춰 …`: the body only in the
            # outsider's condition or in a clause describing a thing, the plan the outsider's own
            return False
    return False


_DROPPED_PLANS = {"방안", "계획", "사업", "정책", "방침", "구상", "제도", "개편안", "개정안"}


_SAID_ENDINGS = ("다고", "는다고", "ᆫ다고", "라고")  # (`…않는다고 말했다`, `…않겠다고 밝혔다`: the clause told)


def _plan_dropped(tokens) -> str | None:
    """The verb of a decision to go no further with a plan (`허용 방안을 추진하지 않기로 했다`), if the
    sentence's main clause is one: a plan's noun, then `추진`, `시행`, `도입` or `진행` decided against, and no
    clause after it (not `…않기로 하고, 대신 … 도입하겠다`, nor `…않기로 했던 방통위가 입장을 바꿔`)."""
    for j in range(2, len(tokens) - 4):
        if tokens[j].form in ("추진", "시행", "도입", "진행") and tokens[j - 1].tag == "JKO" and (
                tokens[j - 2].form in _DROPPED_PLANS):
            rest = [p for p in range(j + 1, min(j + 6, len(tokens))) if tokens[p].tag != "XSV"]
            if [tokens[p].form for p in rest[:4]] == ["지", "않", "기", "로"]:
                after = tokens[rest[3] + 1 :]
                return None if any(t.tag in ("EC", "ETM") for t in after) else tokens[j].form
        if tokens[j].form in ("추진", "시행", "도입", "진행") and [t.form for t in tokens[j - 2 : j]] in (["더", "이상"], ["더", "는"]):
            # `…인상은 더 이상 추진하지 않는다`, `더는 진행하지 않겠다`: no longer, said now
            rest = [p for p in range(j + 1, min(j + 4, len(tokens))) if tokens[p].tag != "XSV"]
            ending = next((t for t in tokens[rest[1] + 1 :] if t.tag != "EP"), None) if len(rest) >= 2 else None
            if [tokens[p].form for p in rest[:2]] == ["지", "않"] and ending is not None and (
                    ending.tag == "EF" or ending.form in _SAID_ENDINGS):
                # (not `더 이상 추진하지 않는 사업`, `…않는다면`, `…않고, 대신 … 도입하겠다`, `…않도록 권고했다`)
                return tokens[j].form
    return None


def _plans_in(tokens) -> bool:
    """Does this run of a sentence plan something (`-겠-`, `-기로`, `계획이다`, `예정이다`)? (Not a
    plan that is only talked of, `이 계획을 환영했다`, or recalled, `늘리겠다던 목표에`.)"""
    for k, token in enumerate(tokens):
        if token.tag in ("EF", "SF"):
            return False
        if (token.form == "겠" and token.tag == "EP" and not (k + 1 < len(tokens) and tokens[k + 1].tag == "ETM")) or (
                _plan_word(tokens, k) and (
                token.form == "기" or (k + 1 < len(tokens) and tokens[k + 1].tag == "VCP"))):
            return True
    return False


# a page's writer telling what follows (`… 계획을 정리했습니다`, `올해 바뀌는 것들을 설명해 주셨는데`)
_SUMMING_UP = re.compile("정리|설명|소개|요약")
_PLANNED_AFTER = re.compile("겠|기로|예정|계획")
_SUMMED_UP = re.compile(r"(?:계획|대책|방안|내용|것들|소식)[을를]\s*(?:\S+\s+){0,2}?(?:정리|설명|소개|요약)(?:해|하|했)")


def _imperative_at(tokens) -> int | None:
    """Where a deed put in the imperative ends, when a verb of demanding or ordering follows it (`… 마치라고
    요구했다`, `… 완료하라고 지시했다`), or None."""
    for k, token in enumerate(tokens[:-1]):
        if token.sub_sent_position == 0 and (
                (token.tag == "EC" and token.form in ("라고", "으라고"))
                or (token.tag == "EF" and token.form in ("라", "으라") and tokens[k + 1].form == "고")) and any(
                t.form in DEMANDING_VERBS or t.form in _ORDERING_VERBS for t in tokens[k + 1 : k + 4]):
            return k
    return None


_ORDERING_VERBS = {"주문", "압박", "지시", "당부", "명령"}


def _has_object(tokens, k: int) -> bool:
    """Does the topic at `k` act on an object: in its sentence, which a topic (은/는) governs
    across joined clauses (`협의회는 편차가 커질 수 있다며 예산을 늘려야 한다고 요구했다`), until a
    joined clause names a subject of its own (`클러스터는 울산에 지정됐고, 환경부는 나머지 한 곳을`)?"""
    joined = False
    for p, token in enumerate(tokens[k + 1 :], k + 1):
        t = token.tag
        if t == "JKO" and token.sub_sent_position == 0:
            return True
        if t in ("EF", "SF") or (t == "EC" and token.form in ("면", "으면", "려면", "으려면")):
            return False
        if t == "EC" and token.form in _CLAUSE_JOINS and token.sub_sent_position == 0:
            joined = True
        elif joined and token.sub_sent_position == 0 and (t == "JKS" or (t == "JX" and token.form in ("은", "는"))) and (
                _actor_before(tokens, p)):
            return False  # (`…나빠졌지만, 투자 규모는 그대로`: a thing contrasted, the same actor's clause still)
    return False


def _actor_before(tokens, k: int) -> bool:
    """Does the noun phrase before the particle at `k` name a government actor: a body, an official's
    title (`산업통상부 통상교섭본부는`, `국회 산자위는`)?"""
    j = k - 1
    while j >= 0 and k - j <= 4 and tokens[j].tag in ("NNG", "NNP", "SL", "XSN"):
        if _government_word(tokens[j]):
            return True
        j -= 1
    return False


def _describes_noun(tokens, i: int) -> bool:
    """`피해자로 결정된 사람은`: the decision only describes a noun (a plan noun excepted:
    `확정된 계획`)."""
    return (i + 3 < len(tokens) and tokens[i + 1].tag == "XSV" and tokens[i + 2].tag == "ETM"
            and tokens[i + 2].form in ("ᆫ", "은") and tokens[i + 3].tag == "NNG" and tokens[i + 3].form not in COMMITMENT_NOUNS)


def _followed_by_predicate(tokens, i: int) -> bool:
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is not None and nxt.tag in ("XSV", "VCP", "JKO", "JKB", "JX") or nxt is None


def _cues_in_order(cues: list[_Cue]) -> list[_Cue]:
    """Realised follow-ups first (strongest first), then commitment cues in reading order."""
    live = [c for c in cues if not c.hypothetical]
    followups = sorted((c for c in live if c.label in KIND_RANK and c.realised), key=lambda c: (-KIND_RANK[c.label], c.index))
    commitments = [c for c in live if c.label not in KIND_RANK and not c.negated]
    return followups + commitments or [None]


def _clause_span(sentence: Sentence, cue: _Cue | None) -> tuple[int, int, int, int] | None:
    """Where the cue's numbers and dates may come from when the cue is inside a quotation.

    `"글로벌 기업들은 10만장씩 확보"며 "정부 예산이 쓰여야 한다"`: the advocacy of the second
    quote does not make the first quote's number a target. Returns the quote's character span
    and the span of the text outside all quotes, or None when the cue is outside quotes.
    """
    if cue is None:
        return None
    tokens = sentence.tokens
    level = tokens[cue.index].sub_sent_position
    if level == 0:
        return None
    inside = [t for t in tokens if t.sub_sent_position == level]
    others = [t for t in tokens if t.sub_sent_position not in (0, level)]
    start = min(t.start for t in inside) - sentence.shift
    end = max(t.start + t.len for t in inside) - sentence.shift
    if not others:
        return (start, end, 0, len(sentence.text))
    first_other = min(t.start for t in others) - sentence.shift
    last_other = max(t.start + t.len for t in others) - sentence.shift
    # outside text = before the first other quote or after the last, whichever does not hold it
    return (start, end, -1, -1) if first_other < start < last_other else (start, end, *(
        (last_other, len(sentence.text)) if start > last_other else (0, first_other)))


def _inside(position: int, span) -> bool:
    if span is None:
        return True
    start, end, out_start, out_end = span
    return start <= position < end or out_start <= position < out_end


def _future_thing(tokens, i: int) -> str | None:
    """`-ㄹ 것이다` is intention; `-ㄹ 것으로 예상/전망` is a prediction; `-ㄹ 것이란 우려` neither."""
    window = [t.form for t in tokens[i + 1 : i + 5]]
    if any(w in PREDICTION_WORDS for w in window) or ("라" in window and "보" in window):
        return "prediction"  # -ㄹ 것으로 예상한다, -ㄹ 것이라 본다
    if any(w in ("우려", "지적", "관측", "분석", "평가", "비판", "가능성") for w in window):
        return None
    if window and window[0] == "이":
        return "volition"
    if i + 1 == len(tokens) or tokens[i + 1].tag in ("SSC", "SE", "SF") and not (
        i + 2 < len(tokens) and (tokens[i + 2].tag in ("VCP", "JKQ") or tokens[i + 2].form in ("이", "라고"))
    ):
        return "volition"  # a headline's clipped `-ㄹ 것이다`: `"… 40조 시대 열 것"` (not `…될 것"이라고`)
    return None


_HALTS = {"중단", "멈추", "폐지", "중지", "보류"}
# work towards a measure, not the measure running (`3월부터 준비하고 있다`, `시범 운영하고 있다`)
_GROUNDWORK = {"준비", "검토", "협의", "논의", "추진", "공사", "작업", "개발", "조사", "연구", "시범", "시험", "모집", "접수",
               "신청", "홍보", "점검", "설계", "협상", "마련", "수립", "용역", "공모", "예고", "입법예고"}
_WORK_TOWARDS = _GROUNDWORK | REVIEW_WORDS  # (and options weighed: `…확대 검토 (지난해 12월부터)`)


def _in_effect_since(tokens, i: int) -> bool:
    """Does `부터` at `i` say a measure has run since a day gone by (`2025. 12. 1.부터 … 알림을 보내고
    있다`, `지난해 7월부터 할인율은 70%로 올랐고`, `…부터 운영하기 시작했다`)? The promise to start it
    then, kept. Read along the clause to the predicate that ends it: under way now or past. Not a span
    (`3월부터 10월까지`), work towards it (`3월부터 준비하고 있다`), a plan (`하반기부터 검거된 청소년을
    … 연계한다`, `…부터 시행하기로 했다`, `…부터 올리는 개정안은`), nor a check on it (`11월부터 …
    이행하고 있는지 점검할 계획이다`)."""
    if i == 0 or not (_is_time_word(tokens[i - 1]) or tokens[i - 1].tag == "W_SERIAL"):
        return False  # (not a year's noun alone: `지난해부터 … 추적해 왔다` is how long someone has been at it)
    if any(t.form in _DAYS_AHEAD for t in tokens[max(0, i - 4) : i]):
        return False  # `내년 3월부터 … 운영하게 됐다`: a change decided, the day still ahead
    if any(t.form == "따르" for t in tokens[:i]):
        return False  # `통계청에 따르면 지난해 7월부터 실업률은 8%로 올랐다`: a statistic, measured
    level = tokens[i].sub_sent_position
    for k in range(i + 1, len(tokens)):
        token = tokens[k]
        form, t = token.form, token.tag
        if token.sub_sent_position != level or t in ("SF", "SE", "EF"):
            return False
        if (form, t) in NEGATIONS or form in _HALTS:
            return False  # `…부터 알림을 보내지 못하고 있다`, `운행을 중단했다`: not running
        if form == "까지" or form in _GROUNDWORK or (t == "EP" and form == "겠") or (
                t == "ETM" and form in ("ᆯ", "을", "는", "ᆫ다는", "는다는", "다는")):
            return False  # (`내년 1월부터 … 올리는 개정안은 …을 마쳤다`: the plan the clause describes)
        if t == "ETN" and form == "기" and not (k + 1 < len(tokens) and tokens[k + 1].form == "시작"):
            return False  # `시행하기로 했다`, `알리기 위해`: a decision or a purpose
        if t == "EC" and (form in ("어야", "아야", "도록", "려고", "으려고", "고자", "면", "으면", "는지", "ᆫ지", "은지")
                          or form.endswith("다고")):
            return False
        if _going_on(tokens, k):
            return not _still_to_come(tokens[k:])  # (`이행하고 있는지 점검할 계획`: the check is to come)
        if t == "EP" and form in PAST_TENSE:
            return True
    return False


def _realised(tokens, i: int) -> bool:
    """Is the cue's predicate a deed already done?

    Read forward along the cue's clause chain (connectives `-고 -며 -어` carry the final
    predicate's tense back to the cue) until the clause ends: past tense or a past adnominal
    (`출범한`) is done; future adnominals (`할 계획`), `-겠-`, `-어야`, `-도록` and a decision
    (`-기로 했다`) are not. A change of course is done when it is decided or stated in the
    present (`시점을 앞당기기로 했다`, `앞당긴다`, `1년 늦추기로 했다`, `목표 접는다`): the change
    itself is the news. A headline's bare noun ("GPU 1만장 도입 완료") counts as done.
    """
    revision = _changes_course(tokens, i)
    level = tokens[i].sub_sent_position
    stem = tokens[i - 1].form + tokens[i].form if i and tokens[i - 1].tag == "XPN" else tokens[i].form
    if FOLLOW_UP_CUES.get(stem) == "delayed" and tokens[i].tag in ("NNG", "XR") and i + 1 < len(tokens) and (
        tokens[i + 1].tag == "VCP"
    ):
        return not _still_to_come(tokens[i + 1 : i + 5])  # a state that holds now: `감감무소식이다`, `제자리다`
    joined = False  # past a `-고`/`-며`: the next clause's own adnominals say nothing of the cue's tense
    aside = recalled_aside = False  # within brackets, an aside on the deed (`10월 가동 (목표보다 넉 달 늦게)`)
    for k in range(i + 1, len(tokens)):
        token = tokens[k]
        form, t = token.form, token.tag
        if t == "SSO" and form == "(" and k == i + 1:
            aside = True
        if aside:
            if form in ("당초", "애초", "원래"):
                recalled_aside = True  # `개소(당초 2025년 하반기 예정)`: what was planned, recalled
            if (form in ("예정", "계획", "추진") or (form == "중" and t == "NNB")) and not recalled_aside:
                return False  # `10월 가동 (예정)`: the bracket says it is still to come
            aside = not (t == "SSC" and form == ")")
            continue
        if token.sub_sent_position != level or t in ("SF", "SE"):
            break
        if _going_on(tokens, k) and tokens[k - 1].form == "앞두" and k == i + 3 and tokens[i + 1].tag == "JKO":
            return False  # `7월 시행을 앞두고 있다`: the deed is ahead (not `국회를 통과해 … 시행을 앞두고 있다`)
        if _going_on(tokens, k) or _in_state(tokens, k):
            return True  # `지연되고 있다`, `공모하고 있다`: under way now; `계류돼 있다`: so now
        if t == "EC" and form in ("고", "며", "으며", "면서", "으면서"):
            joined = True
        if joined and t == "ETM" and not (k + 1 < len(tokens) and (
                tokens[k + 1].form in COMMITMENT_NOUNS or tokens[k + 1].form == "것")):
            continue  # `계획을 접고, … 넣는 쪽으로 방향을 틀었다`
        if t in ("EF", "EC") and form in ("어", "아", "여") and (k == len(tokens) - 1 or tokens[k + 1].form in _JOINS):
            return True  # a headline's clipped verb: "…약속은 못 지켜", "3월로 또 늦춰져…", "점검 마쳐…"
        if t == "ETN" and form == "기":
            return revision and k + 1 < len(tokens) and tokens[k + 1].form == "로"
        if t == "EC" and form == "게" and k + 1 < len(tokens) and tokens[k + 1].form == "되":
            continue  # `쓰지 않게 됐다`: -게 되다 is a change of state, read on to its tense
        if t == "EC" and form in ("어야", "아야", "도록", "려고", "으려고", "고자", "게", "면", "으면"):
            return False
        if t == "EC" and form.endswith("다고") and tokens[k - 1].tag in ("VV", "XSV", "VX"):
            # `12월 문을 연다고 밝혔다`: the past is the saying's, not the deed's; a change of course told in
            # the present is decided (`시기를 2026년 12월로 미룬다고 밝혔다`)
            return revision and form in ("ᆫ다고", "는다고")
        if t == "EP" and form in PAST_TENSE:
            return True
        if t == "ETM" and form in ("ᆫ", "은", "던") and tokens[k - 1].tag in ("VV", "XSV", "VX", "EP") and k - i <= 3:
            return True  # 출범한 위원회, 완료된 사업: the cue's own predicate only
        if t == "ETM" and form in ("ᆯ", "을", "는", "ᆫ다는", "는다는", "다는"):
            return False  # `할 계획`, `완공한다는 일정`: the plan
        if t == "EP" and form == "겠":
            return revision
        if _memo_final(tokens, k):
            # a memo's noun ending on the cue itself (`2027년으로 연기됨`, `1분기로 앞당김`): told as done, as a
            # headline's bare noun is (not `철회 검토함`, `완료 여부 확인 필요함`: what is to be done about it)
            return all(x.tag in ("XSV", "XSA", "VX") or (  # (and the passive -어지-: `…하반기로 당겨짐`)
                x.tag == "EC" and x.form in ("어", "아", "여") and tokens[j + 1].form == "지") for j, x in enumerate(
                tokens[i + 1 : k], i + 1))
        if t == "EF":
            return revision and form in _CHANGE_TOLD_PRESENT
        if t in ("NNG", "NNP") and form in COMMITMENT_NOUNS and k > i + 1 and tokens[k - 1].tag == "ETM":
            return False
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    if following is not None and following.tag == "EC" and following.form in ("어", "아", "여") and i + 2 == len(tokens):
        return True  # a headline's clipped verb: "…약속은 못 지켜", "…목표치 늘려"
    if following is not None and following.tag == "XSN" and following.form == "화":
        following = tokens[i + 2] if i + 2 < len(tokens) else None  # `시범은 백지화`: the noun with its -화
    return following is None or following.tag in ("SF", "SP", "SS", "SSO", "SSC", "SW", "SE", "SO")


def _introduces(tokens) -> bool:
    """Does the sentence close on `이렇게` and its verb (`…, 이렇게 바뀝니다`, `이렇게 준비합니다`): a heading
    that points at what follows?"""
    k = _closing_word(tokens)
    window = tokens[max(0, k - 5) : k + 1]
    return any(a.form == "이렇" and a.tag == "VA" and b.form == "게" for a, b in zip(window, window[1:]))


def _memo_final(tokens, k: int) -> bool:
    """Is the token at `k` a memo's closing noun ending (`연기됨`, `문을 엶`)? Kiwi tags it EF, or, read
    as a noun made of the verb, ETN when nothing but punctuation or an aside follows."""
    token = tokens[k]
    return token.form in ("ᆷ", "음") and (token.tag == "EF" or (token.tag == "ETN" and k == _closing_word(tokens)))


def _closing_word(tokens) -> int:
    """The index of the sentence's last word, before its closing punctuation and a bracketed aside
    after it (`…150기로 하향됨 (예산 삭감 영향)`); -1 for none."""
    k = len(tokens) - 1
    while k >= 0 and tokens[k].tag in ("SF", "SE"):
        k -= 1
    if k > 1 and tokens[k].tag == "SSC" and tokens[k].form == ")" and tokens[k - 1].form not in ("ᆷ", "음"):
        # (not `(2027년 3월로 연기됨)`: the memo's ending inside its brackets)
        j = next((j for j in range(k - 1, max(-1, k - 12), -1) if tokens[j].form == "("), None)
        if j is not None and j > 0:
            k = j - 1
    while k >= 0 and tokens[k].tag in ("SF", "SE", "SSC"):
        k -= 1
    return k


_SAYING = {"말하", "밝히", "설명", "언급", "강조", "덧붙이", "전하"}  # (not `발표`, `예고`: a memo's `12월 중 발표함` is a plan)


def _saying(tokens, k: int) -> bool:
    """Is the predicate ending at `k` a verb of saying (`밝히`, `설명` + `하`)?"""
    return tokens[k].form in _SAYING or (tokens[k].tag == "XSV" and k > 0 and tokens[k - 1].form in _SAYING)


def _memo_ending(tokens) -> bool:
    """Does the sentence end on a memo's noun ending (`…선정 완료함`, `…2027년으로 연기됨`), written as a
    headline is, its deeds bare?"""
    k = _closing_word(tokens)
    # (not `시행하였음`, told in the past, nor `운영하고 있음`, a state: prose in a memo's clothes)
    return k >= 1 and _memo_final(tokens, k) and tokens[k - 1].tag != "EP" and (
        tokens[k - 1].form not in ("있", "없")) and not _saying(tokens, k - 1)  # (nor `…마쳤다고 밝힘`, `…을 설명함`)


# a change of course stated in the present, plain, formal or polite (`늦춘다`, `늦춰집니다`, `늦춰져요`)
_CHANGE_TOLD_PRESENT = {"ᆫ다", "는다", "ᆸ니다", "습니다", "어요", "아요", "여요"}
# Changing an amount is a revision only of an earlier figure (`당초 4만 8,000명에서 5만 8,000명으로
# 늘리겠다`, `목표를 상향했다`); `150곳으로 늘리기로 했다` alone is a new promise.
AMOUNT_CHANGES = {"늘리", "상향", "하향", "축소", "늘어나", "줄어들", "줄이", "깎이", "삭감"}
_FIGURE_MOVED = {"늘어나", "줄어들"}  # (the figure as subject; `늘리`, `줄이` have an actor)


def _figure_stands(tokens, i: int) -> bool:
    """Does `늘어났다`/`줄어들었다` at `i`, the predicate in the past, say where some figure now stands,
    with no target or earlier figure named before it (not `목표 물량도 5만 장으로 늘어났다`, nor the
    adnominal `공기가 늘어난 만큼`, which gives a reason)?"""
    return i + 1 < len(tokens) and tokens[i + 1].tag == "EP" and tokens[i + 1].form in PAST_TENSE and not (
        _changes_course(tokens, i) or any(t.form in TARGET_WORDS for t in tokens[:i]))
EARLIER_WORDS = {"당초", "기존", "애초", "원래", "종전", "앞서"}
# Putting off or dropping a promise is done by deciding it (`연기하기로 했다`, `접는다`); 늦춰지 is
# Kiwi's one word for 늦추 + 어지 (`6월로 늦춰져요`), told as 늦추 is.
DECIDED_CHANGES = {"늦추", "늦춰지", "연기", "미루", "순연", "보류", "철회", "취소", "폐기", "중단", "포기", "접", "백지", "유예"}


def _far_to_go(tokens, i: int) -> bool:
    """`갈 길이 (아직·여전히) 멀다` ending at `멀` (`i`)."""
    k = i - 1
    while k >= 0 and tokens[k].tag == "MAG":
        k -= 1
    return k >= 3 and [x.form for x in tokens[k - 3 : k + 1]] == ["가", "ᆯ", "길", "이"]


def _goal_figure_before(tokens, k: int) -> bool:
    """Does the phrase ending before `k` name the goal and its figure (`2027년 목표 105%`, `목표치인
    160명`): a target word, then the number, then at most its unit?"""
    j = k - 1
    while j >= 0 and tokens[j].tag in ("NNB", "NNG", "SW") and tokens[j].form not in TARGET_WORDS:
        j -= 1
    if j < 0 or tokens[j].tag != "SN":
        return False
    j -= 1
    while j >= 0 and tokens[j].tag in ("VCP", "ETM", "JKS", "JX"):
        j -= 1  # (`목표인 160명`)
    return j >= 0 and tokens[j].form in ("목표", "목표치")


def _far_from_target(tokens, i: int) -> bool:
    """`목표와 (아직) 거리가 멀다`, `목표와는 거리가 있다` ending at `멀`/`있` (`i`), or `목표 105%까지는
    (아직) 멀다`: short of a target named."""
    k = i - 1
    while k >= 0 and tokens[k].tag == "MAG":
        k -= 1
    if tokens[i].form == "멀":
        until = k - 1 if k >= 0 and tokens[k].form in ("는", "도") and tokens[k].tag == "JX" else k
        if until >= 2 and tokens[until].form == "까지" and _goal_figure_before(tokens, until):
            return True
    if not (k >= 3 and tokens[k].tag == "JKS" and tokens[k - 1].form == "거리"):
        return False
    k -= 2
    if tokens[k].tag == "MAG":
        k -= 1
    if k >= 0 and tokens[k].tag == "JX":
        k -= 1
    return k >= 1 and tokens[k].form in ("와", "과") and tokens[k - 1].form in ("목표", "목표치", "목표량")


# What is cut or raised by an amount as a deed (`보험료를 평균 16% 내렸다`, `수수료를 30% 인하했다`); not
# 끌어올리, 높이, whose subject is as often a market or a boom (`고유가가 물가를 0.3% 끌어올렸다`)
_BY_AMOUNT = {"내리", "올리", "낮추", *_RATE_CHANGES}


def _by_figure(tokens, i: int) -> bool:
    """Is the verb at `i` right after the amount it moves something by (`보험료를 평균 16% 내렸다`,
    `수수료를 30% 인하했다`), an object named before it and no forecast or market figure?"""
    return tokens[i].form in _BY_AMOUNT and i >= 2 and tokens[i - 1].tag in ("SW", "NNB", "NNG") and (
        tokens[i - 2].tag == "SN") and any(t.tag == "JKO" for t in tokens[max(0, i - 8) : i - 2]) and not (
        _market_figure(tokens, i, _MARKET_FIGURES))


def _to_figure(tokens, i: int) -> bool:
    """Is the verb at `i` right after a figure's `…로` (`10%로 낮췄다`, `5만 원으로 올린다`: a number
    within the three words before `로`), and what it moves no forecast or market rate (`성장률
    전망치를 1.8%로 낮췄다`, `가산금리를 1.5%로 올렸다`)?"""
    return i >= 2 and tokens[i - 1].form in ("로", "으로") and tokens[i - 1].tag == "JKB" and any(
        t.tag == "SN" for t in tokens[max(0, i - 4) : i - 1]) and not _market_figure(tokens, i)


_FORECASTS = {"전망치", "예측치", "성장률"}
# what an amount moves by itself more often than a body moves it (`물가를 0.3% 끌어올렸다`)
_MARKET_FIGURES = {*_FORECASTS, "물가", "지수", "증가율", "주가", "환율", "코스피", "코스닥"}


def _market_figure(tokens, i: int, words: set[str] = _FORECASTS) -> bool:
    """Is what the verb at `i` moves a forecast or a market rate (`성장률 전망치를`, `가산금리를`), or
    one of `words`?"""
    return any(t.form in PREDICTION_WORDS or t.form in words or t.form.endswith("금리")
               for t in tokens[max(0, i - 10) : i])


def _changes_course(tokens, i: int) -> bool:
    form = tokens[i].form
    if form in DECIDED_CHANGES:
        return True
    if form == "늦어지":  # `… 2029년으로 2년 늦어진다고 밝혔다`: told with the date it moves to, a delay decided
        return any(t.form in ("로", "으로") and t.tag == "JKB" and k and tokens[k - 1].form in ("년", "월", "분기", "상반기", "하반기")
                   for k, t in enumerate(tokens[:i]))
    if FOLLOW_UP_CUES.get(form) != "revision":
        return False
    return form not in AMOUNT_CHANGES or _recalls_earlier(tokens, i)


def _figure_became(tokens, i: int) -> bool:
    """`연 300억 원이 150억 원으로 깎였다`: the earlier figure, as the subject, changed into the one
    right before the cue at `i` (not `5,000만 원에서 3,000만 원으로 낮춘다`, a rule's own figures)."""
    k = i - 1
    if k < 0 or tokens[k].form not in ("로", "으로") or tokens[k].tag != "JKB":
        return False
    k -= 1
    while k >= 0 and tokens[k].tag in ("NNB", "NNG", "NR", "SN", "SW"):
        k -= 1
    if k < 1 or tokens[k].tag != "JKS" or tokens[k + 1].tag not in ("SN", "NR"):
        return False
    return tokens[k - 1].tag in ("NNB", "NNG", "NR", "SW") and any(t.tag == "SN" for t in tokens[max(0, k - 4):k])


def _figure_before_change(tokens, i: int) -> str | None:
    """The unit of the figure right before the change verb at `i` (`380만 원으로 줄었다` → 원)."""
    if i < 3 or tokens[i - 1].form not in ("로", "으로") or tokens[i - 1].tag != "JKB":
        return None
    unit = tokens[i - 2]
    if unit.tag not in ("NNB", "NNG", "SW") or _is_time_word(unit) or not any(
            t.tag == "SN" for t in tokens[max(0, i - 5) : i - 2]):
        return None
    return unit.form


_SETTING_VERBS = {"잡", "정하", "세우", "책정", "계획", "약속", "내걸", "제시"}


def _plan_recalled_at(tokens, k: int) -> bool:
    """Does the `-던` at `k` close a plan (`올리겠다던`, `늘리기로 했던`, `1조 원으로 잡았던`), not a
    state of affairs (`정점을 찍었던`, `코로나19 때 5,000명으로 늘었던`)?"""
    j = k - 1
    while j >= 0 and tokens[j].tag == "EP" and tokens[j].form in PAST_TENSE:
        j -= 1
    if j < 0:
        return False
    if tokens[j].tag == "EP" and tokens[j].form == "겠":
        return True
    if tokens[j].form in ("하", "되") and j >= 2 and tokens[j - 1].form == "로" and tokens[j - 2].form == "기":
        return True
    verb = tokens[j - 1] if tokens[j].tag in ("XSV", "XSA") and j else tokens[j]
    return verb.form in _SETTING_VERBS


def _earlier_figure_recalled(tokens, i: int, but: frozenset | set = frozenset()) -> bool:
    """Before the change at `i` to a figure (`…1조 5,000억 원으로 늘리기로 했다`, `…380만 원으로
    줄었다`), does a clause recalling the plan (`-던`) set a figure in the same unit (`1조 원으로
    잡았던 투자를`, `400만 원으로 올리겠다던 지급액은`, `1,500억 원을 넣겠다던 사업은`), with a verb
    not in `but`? That figure is the one being changed."""
    unit = _figure_before_change(tokens, i)
    if unit is None:
        return False
    for k in range(1, i - 2):
        if not (tokens[k].tag == "ETM" and tokens[k].form in ("던", "다던") and _plan_recalled_at(tokens, k)):
            continue
        for j in range(max(1, k - 8), k):
            if ((tokens[j].form in ("로", "으로") and tokens[j].tag == "JKB") or (
                    tokens[j].form in ("을", "를") and tokens[j].tag == "JKO")) and tokens[j - 1].form == unit and any(
                    t.tag == "SN" for t in tokens[max(0, j - 4) : j - 1]) and tokens[j + 1].form not in but:
                return True
    return False


def _figure_across_arrow(tokens, i: int) -> bool:
    """Is the change at `i` told as a target's figure across an arrow to the new one (`목표 올해 180기→150기로
    하향됨`)? (A rule's own figures so told are the rule: `지원 한도 250만 원→400만 원 상향`.)"""
    for k in range(i - 1, max(0, i - 8), -1):
        if tokens[k].tag in ("EC", "EF", "ETM", "JKS", "JKO"):
            return False
        if tokens[k].form in ("→", "⇒") and any(t.tag == "SN" for t in tokens[max(0, k - 3) : k]):
            return any(t.form in TARGET_WORDS for t in tokens[max(0, k - 6) : k])
    return False


def _recalls_earlier(tokens, i: int) -> bool:
    """Does the sentence name the figure or plan being changed by the cue at `i` (`당초`, `목표를`,
    `계획보다` before it)? A target named after it is the one the change sets (`절반으로
    줄이겠다는 목표를 내놨다`)."""
    if _figure_became(tokens, i) or _earlier_figure_recalled(tokens, i) or _figure_across_arrow(tokens, i):
        return True
    for k, token in enumerate(tokens):
        if k > i and tokens[i + 1 : k] and tokens[k - 1].tag == "ETM" and all(
                t.tag in ("EP", "ETM") for t in tokens[i + 1 : k]):
            continue  # `30곳 늘리겠다는 기존 계획`: the cue's own clause describes the plan as standing
        if token.form in EARLIER_WORDS and (token.form not in ("기존", "종전") or any(
                t.tag == "SN" or t.form in TARGET_WORDS for t in tokens[k + 1 : k + 4])):
            return True  # (`기존 교정시설 안 부지에`: the existing facilities, no earlier figure)
        if k < i and token.form in TARGET_WORDS and token.tag == "NNG" and k + 1 < len(tokens) and (
            tokens[k + 1].form in ("을", "를", "보다", "치")
        ) and not any(t.tag == "EC" and t.form in _CLAUSE_JOINS for t in tokens[k + 1 : i]):
            return True  # (not `목표를 200억 달러로 잡고 절차를 줄이기로`: another clause's target)
    return False


_NO_TROUBLE = {"차질", "문제", "지장", "변동", "무리", "어려움"}


def _negated(tokens, i: int) -> bool:
    """Short negation before the verb (`못 지켜`, `안 한다`) or long negation after it (`-지 못했다`)."""
    if i > 0 and tokens[i - 1].form in ("못", "안") and tokens[i - 1].tag == "MAG":
        return True
    window = tokens[i + 1 : i + 7]
    for k, token in enumerate(window):
        if (token.form, token.tag) in NEGATIONS:
            if token.form == "없" and k >= 2 and window[k - 1].tag == "JKS" and window[k - 2].form in _NO_TROUBLE:
                continue  # `시행에는 차질이 없습니다`: there is no setback, the deed goes ahead
            return True
        passive = token.form in ("어", "아", "여") and k + 1 < len(window) and window[k + 1].form == "지" and (
            window[k + 1].tag == "VX")  # `지켜지지 않았다`: the passive -어지- stays on the verb
        if token.tag in ("EF", "SF", "SP") or (token.tag == "EC" and token.form not in ("지", "게", "고") and not passive):
            break  # (`설치하고, 보도가 없어`: the next clause's 없다 is not this verb's)
    return False


_PEOPLE = {"사람", "이", "자", "분", "사람들", "이들", "아이", "아동", "어린이", "노인", "어르신"}


def _describes_people(tokens, i: int) -> bool:
    """Does the adnominal cue at `i` say who some people are (`임용을 포기한 사람은 1,040명`, `병역을
    마친 이는`), or which of those a programme serves (`알아보다 포기한 중소기업 가운데`)? Their deed is
    theirs, not a promise's fate."""
    if not _adnominal(tokens, i):
        return False
    k = _modified_noun(tokens, i)
    if not (k < len(tokens) and tokens[k].tag in ("NNG", "NNB", "NP")):
        return False
    if tokens[k].form in _PEOPLE:
        return True
    while k + 2 < len(tokens) and tokens[k + 1].form in ("·", ",") and tokens[k + 2].tag == "NNG":
        k += 2  # `중단한 초·중·고 학생은`: the phrase's last noun is its head
    if k + 1 < len(tokens) and tokens[k + 1].tag == "NNG" and tokens[k + 1].start == tokens[k].end + 1 and (
            tokens[k].form not in _CLIENTS and tokens[k + 1].form not in ("가운데", "중")):
        k += 1  # (`초등 학생은`; but `포기한 중소기업 가운데`: the clients, then which of them)
    # those a programme serves, as the head noun (`포기한 중소기업 가운데`, `철회한 어선이`; not `중단한
    # 청년 일자리 사업`), of a clause no ministry is the subject of (not `교육부가 완공한 학생 기숙사`)
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return (tokens[k].form in _CLIENTS or tokens[k].form.endswith("학생")) and after is not None and (
        after.tag.startswith("J") or after.form in ("가운데", "중")) and not any(
        isinstance(t.user_value, dict) and "ministry" in t.user_value for t in tokens[:i])


def _describes_body(tokens, i: int) -> bool:
    """Does the adnominal cue at `i` say what a body is, as the subject it modifies (`방송통신위원회를
    이어 출범한 방송미디어통신위원회는 "…내놓겠다"고`)? Its founding is background, not news of a promise."""
    if not _adnominal(tokens, i):
        return False
    k = _modified_noun(tokens, i)
    return k + 1 < len(tokens) and _is_ministry(tokens[k]) and (
        tokens[k + 1].tag == "JKS" or (tokens[k + 1].tag == "JX" and tokens[k + 1].form in ("은", "는")))


# Those a programme serves, who give up or withdraw on their own (`알아보다 포기한 중소기업`,
# `신청을 철회한 어선`): their deed, not a promise's fate.
_CLIENTS = {"기업", "중소기업", "업체", "가구", "농가", "어가", "어선", "학생", "주민", "환자", "소상공인", "어민", "청년",
            "부모", "신청자", "지원자", "대학"}


_SOME_OF = {"상당수", "일부", "대부분", "절반", "다수", "대다수"}


# What a policy changes as its means (`요건 완화`, `기준을 바꿔`), not a promise's figure or date
RULE_WORDS = {"기준", "요건", "규제", "조건", "자격", "문턱", "절차", "규정"}


def _rule_changed(tokens, i: int) -> bool:
    """Is the change at `i` made to a rule (`심사 기준을 완화해`, `요건을 바꿔`) and joined by `-어` to the
    verb after it, as its means?"""
    k = i - 1
    if k >= 0 and tokens[k].tag == "JKO":
        k -= 1
    if not (k >= 0 and tokens[k].tag == "NNG" and tokens[k].form in RULE_WORDS):
        return False
    joint = next((j for j in range(i + 1, min(len(tokens), i + 4)) if tokens[j].tag in ("EC", "EF", "ETM", "ETN")), None)
    return joint is not None and tokens[joint].tag == "EC" and tokens[joint].form in ("어", "아", "여")


def _clients_subject(tokens, i: int) -> bool:
    """Is the subject of the verb at `i` (the noun phrase before the clause's `이/가`, `은/는`) some of
    those a programme serves (`피해 기업 10곳 중 7곳은`, `업체 가운데 상당수가`, `기업을 찾지 못한
    대학이`), in a sentence that names no body?"""
    if any(isinstance(t.user_value, dict) and "ministry" in t.user_value for t in tokens):
        return False
    for k in range(i - 1, max(-1, i - 14), -1):
        token = tokens[k]
        if token.tag in ("EF", "SF"):
            return False
        if token.tag in ("JKS", "JX") and token.form in ("이", "가", "은", "는"):
            head = tokens[k - 1] if k else None
            if head is None:
                return False
            if head.form in _CLIENTS:
                return True  # `…찾지 못한 대학이`
            if head.form in _SOME_OF and k >= 3 and tokens[k - 2].form in ("가운데", "중") and any(
                    t.form in _CLIENTS for t in tokens[max(0, k - 6) : k - 2]):
                return True  # `…검토하던 업체 가운데 상당수가`
            # `피해 기업 10곳 중 7곳은`: a count of them (not `주민 반대로 건립이`)
            return head.tag in ("NNB", "NNG") and k >= 2 and tokens[k - 2].tag in ("SN", "NR") and any(
                t.form in _CLIENTS for t in tokens[max(0, k - 7) : k - 2])
    return False


def _adnominal(tokens, i: int) -> bool:
    """Is the cue at `i` a modifier of the noun after it (`선정된 구간`, `마친 곳`, `가동에 들어간 곳`)?"""
    k = i + 1
    if k + 1 < len(tokens) and tokens[k].tag in ("JKB", "JKO") and tokens[k + 1].form in LIGHT_VERBS and (
        tokens[k + 1].tag == "VV"
    ):
        k += 2  # the event noun's light verb (`가동에 들어간`, `착공에 나선`)
    while k < len(tokens) and (tokens[k].tag in ("XSV", "XSA", "EP", "VX") or (  # (`확보하지 못한 곳`)
            tokens[k].tag == "EC" and tokens[k].form == "지" and k + 1 < len(tokens) and tokens[k + 1].tag == "VX")):
        k += 1
    if k < len(tokens) and tokens[k].tag == "EC" and tokens[k].form in ("어", "아", "여", "어서", "아서"):
        # `돌보미를 구하지 못해 취소한 가구`: the deed is why the modifier's own deed was done
        k += 1
        while k < len(tokens) and tokens[k].tag in ("NNG", "XSV", "VV", "EP", "VX"):
            k += 1
    if k + 2 < len(tokens) and tokens[k].tag == "ETM" and tokens[k + 1].tag == "SSO":
        return tokens[k + 2].tag[0] == "N"  # `미뤄졌던 '마이홈' 앱`
    return k < len(tokens) and tokens[k].tag == "ETM" and k + 1 < len(tokens) and (
        tokens[k + 1].tag[0] == "N" or tokens[k + 1].tag in ("SL", "XPN", "SN"))  # (`들어간 AI 홍수예보`, `미뤘던 고준위…`, `지정된 1기 대학`)


def _outside_the_plans_quote(tokens, sentence: Sentence, deadline, commitments, followups) -> list:
    """An official's two quotes (`"공개가 늦어진 점은 송구하다"며 "인증제는 내년 상반기 안에 시행하겠다"`):
    when the date and a plan's cue stand in one quote that opens on a subject of its own
    (`인증제는`), what another quote reports is not this mention's news."""
    at = deadline.start + sentence.shift
    quote = next((t.sub_sent_position for t in tokens if t.start <= at < t.end), 0)
    if not quote or not any(tokens[c.index].sub_sent_position == quote for c in commitments):
        return followups
    inside = [t for t in tokens if t.sub_sent_position == quote]
    k = 0
    while k < len(inside) and inside[k].tag in ("NNG", "NNP", "SL", "XSN"):
        k += 1
    if not (k and k < len(inside) and inside[k].tag == "JX" and inside[k].form in ("은", "는")):
        return followups  # (`"남은 두 곳도 하반기에는 …"`, `"6월까지는 …"`: the same promise, taken up again)
    return [c for c in followups if tokens[c.index].sub_sent_position in (0, quote)]


def _describes_subject(tokens, i: int) -> bool:
    """Does the noun the adnominal cue at `i` modifies go on to be the subject or topic?"""
    return _subject_particle_after(tokens, i) is not None


def _modified_noun(tokens, i: int) -> int:
    """Where the noun phrase the adnominal cue at `i` modifies starts: right after its `-ㄴ`/`-는`."""
    k = i + 1
    while k < len(tokens) and tokens[k].tag != "ETM":
        k += 1
    return k + 1


def _subject_particle_after(tokens, i: int) -> int | None:
    """Where the noun the adnominal cue at `i` modifies takes its subject or topic particle."""
    k = start = _modified_noun(tokens, i)
    while k < len(tokens) and (tokens[k].tag in ("NNG", "NNP", "NNB", "SN", "SL", "XSN", "XPN", "NR") or (
            tokens[k].tag in ("SS", "SSO", "SSC"))):  # (`'마이홈' 앱 신청은`)
        k += 1
    if k == start or tokens[k - 1].form == "것":
        return None  # `국회를 통과한 것은 처음이다`: the clause itself is the subject
    if k < len(tokens) and (tokens[k].tag == "JKS" or (tokens[k].tag == "JX" and tokens[k].form in ("은", "는"))):
        return k
    return None


def _late_by(tokens, i: int) -> bool:
    """Is `늦` at `i` the `늦게` of a deed done later than due, by a span or than the plan (`두 달
    늦게 공개`, `예정보다 늦게 문을 열었다`), not `늦게까지` or a lateness of its own?"""
    if i + 2 >= len(tokens) or tokens[i + 1].form != "게" or tokens[i + 1].tag != "EC":
        return False
    if tokens[i + 2].tag not in ("NNG", "VV"):
        return False
    before = tokens[i - 1] if i else None
    return before is not None and (
        (before.form in _SPANS and before.tag in ("NNB", "NNG")) or _is_time_word(before)
        or (before.tag == "JKB" and before.form == "보다"))


# The cue of a deed done after its promise was put off (`3월로 미뤄졌던 앱은 5월 문을 열었다`): news
# of a promise even when linking finds no earlier mention of it.
LATE_DEED = "늦게 이행"


def _done_late(tokens, cue: _Cue, followups) -> bool:
    """`지난해 12월로 미뤄졌던 앱 신청은 올해 2월 문을 열었다`: the delay describes the subject;
    the sentence's own predicate, a deed done, is the news."""
    if not _adnominal(tokens, cue.index) or not any(
            t.tag == "ETM" and t.form in ("던", "ᆫ", "은") for t in tokens[cue.index + 1 : cue.index + 7]):
        return False  # (`미뤄졌다는 소식이`: what was reported, not what the subject is)
    k = _subject_particle_after(tokens, cue.index)
    if k is None or any(c.index > k and c.label in ("delayed", "cancelled") for c in followups):
        return False
    rest = tokens[k + 1 :]
    return (any(t.tag == "VV" for t in rest) and any(t.tag == "EP" and t.form in PAST_TENSE for t in rest)
            and not any(t.tag == "EP" and t.form == "겠" for t in rest) and not _denied(rest))


_BECAUSE = {"어", "아", "여", "어서", "아서", "여서", "면서", "으면서"}
_CLAUSE_JOINS = {"고", "며", "으며", "면서", "으면서", "지만", "는데", "ᆫ데", "은데"}


def _late_then_done(tokens, cue: _Cue, followups) -> bool:
    """`… 연계가 늦어져 올해 2월에야 문을 열었다`, `6월로 미룬 시한보다 한 달 늦은 7월 국무회의를
    통과했다`: the delay is a modifier or the reason, and the sentence's own predicate, last, is the
    deed done."""
    done = [c for c in followups if c.label == "achieved" and c.index > cue.index and c.realised and not c.negated]
    if not done:
        return False
    last = max(done, key=lambda c: c.index)
    if any(c.index > last.index and c.label in ("delayed", "cancelled") for c in followups):
        return False
    if any(t.tag == "EC" and t.form in _CLAUSE_JOINS and t.sub_sent_position == 0 for t in tokens[last.index + 1 :]):
        return False  # (the deed is not the sentence's own predicate)
    k = cue.index + 1
    while k < len(tokens) and tokens[k].tag in ("XSV", "XSA", "EP", "VX"):
        k += 1
    return _adnominal(tokens, cue.index) or (k < len(tokens) and tokens[k].tag == "EC" and tokens[k].form in _BECAUSE)


DEFINED_AS = {"제도", "사업", "방식", "정책", "서비스", "기구", "조직", "기관", "시설", "프로그램", "제품", "장치", "기술"}


def _defines(tokens) -> bool:
    """Does the sentence say what something is (`공영제는 … 배를 띄우는 제도다`)? A deed inside
    the definition is how the thing works, not news of a promise."""
    complement = _present_copula_of(tokens)
    return complement is not None and complement.form in DEFINED_AS


def _ends_in_copula(tokens) -> bool:
    """Does the sentence's own predicate state what something is or how it is (`…4만 3,000기다`,
    `…찾지 못한 곳이 많았다`, `…1만 가구에 달했다`)?"""
    words = _main_words(tokens)
    if not words or words[-1].tag != "EF":
        return False
    k = len(words) - 2
    while k >= 0 and words[k].tag == "EP":
        k -= 1
    return k >= 0 and (words[k].tag == "VCP" or (words[k].tag == "VA" and words[k].form in ("많", "적", "드물")) or (
        words[k].tag == "VV" and words[k].form in ("달하", "이르") and k > 0 and words[k - 1].form == "에"))


def _ends_scheduled(tokens) -> bool:
    """Is the sentence's own predicate, last, a scheduled action in the present (`…500곳으로 늘린다`)?"""
    words = _main_words(tokens)
    return len(words) >= 2 and words[-1].tag == "EF" and _scheduled(words[-3:])


def _ends_in_plan(tokens) -> bool:
    """Does the sentence's own predicate state a plan (`…목표다`, `…할 계획이다`, `…하기로 했다`,
    `…하겠다`)?"""
    words = _main_words(tokens)
    while words and words[-1].tag in ("EF", "VCP", "EP", "JX") and words[-1].form != "겠":
        words.pop()
    if len(words) >= 4 and words[-1].form == "하" and words[-1].tag == "XSV" and words[-2].form in REPORTING_VERBS:
        words = words[:-1]  # `설명했다`, `강조했다`: the noun is the reporting verb
    if len(words) >= 3 and words[-1].form in REPORTING_VERBS and (
        words[-2].tag == "EC" and words[-2].form in ("다고", "라고")
    ):
        words = words[:-2]  # `…국회에 내겠다고 밝혔다`, `…낼 계획이라고 밝혔다`: the plan is what was said
        while words and words[-1].tag in ("EP", "VCP") and words[-1].form != "겠":
            words.pop()
    if not words:
        return False
    last = words[-1]
    if last.form in COMMITMENT_NOUNS and last.tag == "NNG" or last.form == "겠":
        return True
    return last.tag == "VV" and last.form == "하" and len(words) > 2 and words[-2].form == "로" and words[-3].form == "기"


def _hypothetical(tokens, i: int) -> bool:
    """`차질이 있을 것이란 우려`, `지연되면`: the cue is imagined, not reported; `왜 목표에 못
    미쳤는지 따져 봐야 한다`: asked about, not reported."""
    window = tokens[i + 1 : i + 8]
    forms = [t.form for t in window]
    # the ending of the cue's own predicate, through an auxiliary (`미뤄졌는지` = 미루+어 지+었+는지)
    ending = next((t for t, after in zip(window, (*window[1:], None)) if t.tag[0] == "E" and t.tag != "EP"
                   and not (t.tag == "EC" and after is not None and after.tag == "VX")), None)
    if ending is not None and ending.tag == "EC" and ending.form in ("는지", "ᆫ지", "은지", "ᆯ지", "을지", "던지"):
        return True
    if any(t.form in ("면", "으면", "려면", "으려면") and t.tag == "EC" for t in window[:4]) or (
        ending is not None and ending.tag == "EC" and ending.form in ("면", "으면", "어도", "아도", "더라도")
    ):
        return True  # `지연되면`, `약속이 지켜지지 않으면` (through its auxiliaries), `금어기를 늘려도`, `적용하려면`
    if any(a.tag == "ETM" and a.form in ("ᆯ", "을") and b.form in ("때", "경우") for a, b in zip(window[:4], window[1:5])):
        return True  # `선구매할 때`, `지연될 경우`
    if any(a.form in ("어서", "아서", "어", "아") and b.form in ("는", "ᆫ") and c.form == "안" and d.form == "되"
           for a, b, c, d in zip(window, window[1:], window[2:], window[3:])):
        return True  # `심사를 더 미뤄서는 안 된다`, `미뤄선 안 된다`: a warning against it, not news of it
    if "것" in forms:
        after = forms[forms.index("것") + 1 : forms.index("것") + 4]
        if any(w in ("우려", "전망", "관측", "가능성", "지적") for w in after):
            return True
    return any(t.form in ("우려", "가능성") and t.tag == "NNG" for t in window[:3])


# (matched at a word's end too, `점검회의`: none that ends another word, as `행사` ends `시행사`)
_MEETINGS = ("설명회", "공청회", "간담회", "토론회", "회의", "면담", "협의회", "발표회", "박람회", "세미나", "포럼", "워크숍",
             "모임", "낭독회", "총회")  # (a club's: `7월 정기 모임은 취소합니다`)


def _meeting_subject(tokens, i: int) -> bool:
    """Is the subject of the cue at `i` (the last noun marked `이/가`, `은/는` before it in its clause) a
    meeting (`주민설명회가 … 무산됐다`, `공청회는 다음 달로 연기됐다`)?"""
    if i and tokens[i - 1].tag == "NNG" and tokens[i - 1].form.endswith(_MEETINGS) and tokens[i - 1].form != "위원회" and (
            tokens[i - 1].end == tokens[i].start or tokens[i - 1].end + 1 == tokens[i].start):
        # `7월 서울 정기 모임 취소`: the meeting's own noun before the cue (not `열겠다던 GTX 주민설명회 연기`, promised)
        j = i - 2
        while j >= 0 and tokens[j].tag in ("NNG", "NNP", "SL", "SN", "NR", "NNB", "XSN"):
            j -= 1
        return not (j >= 0 and tokens[j].tag == "ETM")
    for k in range(i - 1, max(-1, i - 12), -1):
        token = tokens[k]
        if token.tag in ("EF", "SF") or (token.tag == "EC" and token.form not in ("어", "아", "여", "고")):
            return False
        named = k - 1
        if token.tag in ("JKS", "JX") and named > 0 and tokens[named].tag == "SSC":
            named = next((j - 1 for j in range(named - 1, max(-1, named - 10), -1) if tokens[j].tag == "SSO"), named)
        if token.tag in ("JKS", "JX") and named >= 0 and tokens[named].tag in ("NNG", "NNP"):
            # (`연내 열겠다던 공청회는 연기됐다`: a meeting promised is a promise; `정기 모임(북한산 야간 채집)은`)
            return tokens[named].form.endswith(_MEETINGS) and tokens[named].form != "위원회" and not (
                named > 0 and tokens[named - 1].tag == "ETM")
    return False


def _grown_figure(tokens, i: int) -> bool:
    """Does `늘어나`/`줄어들` at `i` describe the figure after it (`6% 늘어난 7,400억 원`) or the one the
    sentence is about (`1년 전보다 26% 늘어난 규모다`)?"""
    if not (tokens[i].form in ("늘어나", "줄어들") and i + 2 < len(tokens) and tokens[i + 1].tag == "ETM"):
        return False
    after = tokens[i + 2]
    return after.tag == "SN" or (after.form in ("규모", "수준", "수치", "숫자") and i + 3 < len(tokens)
                                 and tokens[i + 3].tag == "VCP")


def _requested(tokens, i: int) -> bool:
    """Is the cue's verb what someone is asked to do (`반영해 달라고`, `늘려 달라는`), or the cue noun
    the object of such a verb (`개소를 앞당겨 달라고`)?"""
    for k in range(i + 1, min(len(tokens), i + 6)):
        token = tokens[k]
        if token.tag == "VX" and token.form == "달":
            return True
        object_verb = tokens[i].tag == "NNG" and ((k == i + 1 and token.tag == "JKO") or (
            k == i + 2 and token.tag == "VV" and tokens[i + 1].tag == "JKO"))
        if token.tag not in ("XSV", "EC") and not object_verb:
            return False
    return False


def _by_law(tokens) -> bool:
    """Does the sentence say what happens under a law (`개정 산림보호법에 따라`, `연금개혁법에 따라`)?"""
    for k in range(len(tokens) - 2):
        token = tokens[k]
        if token.tag in ("NNG", "NNP") and token.form.endswith("법") and tokens[k + 1].form == "에" and (
            tokens[k + 2].form == "따르"
        ):
            return True
    return False


_EFFORT = {"노력", "최선", "힘쓰", "애쓰", "다하", "만전"}


def _will_said(tokens, quoted: bool = False):
    """Where each `-겠-` said as a promise is (`…하겠다고`, `…하겠다는`; `quoted`, also `…하겠다"고`)."""
    for k in range(len(tokens) - 2):
        if tokens[k].form == "겠" and tokens[k].tag == "EP" and (tokens[k + 1].form in ("다고", "다는") or (
                quoted and tokens[k + 1].form == "다" and any(t.tag == "JKQ" for t in tokens[k + 2 : k + 4]))):
            yield k


def _vowed(tokens) -> bool:
    """`…협의체를 구성하겠다고 약속했다`: an official's promise, named so, is one with or without a
    date or a figure."""
    for k in _will_said(tokens, quoted=True):
        if {t.form for t in tokens[max(0, k - 2) : k]} & _EFFORT:
            continue  # `…이행될 수 있도록 노력하겠다고 다짐했다`: an effort, not a deed to check
        rest = tokens[k + 2 : k + 7]
        if any(a.form in ("약속", "공언", "다짐") and b.tag == "XSV" for a, b in zip(rest, rest[1:])):
            return True  # (not `있겠다는 약속을 드리고 싶다`: a wish to promise)
    return False


def _promise_reported_as_made(tokens) -> bool:
    """`…하겠다고 했다`, `…하겠다고 약속했다`: the sentence reports, in the past, that a promise was
    made (a review or an editorial recalling it, its date perhaps already gone)."""
    for k in _will_said(tokens):
        rest = tokens[k + 2 : k + 6]
        if any(t.form in _SAYING_VERBS for t in rest) and any(t.tag == "EP" and t.form in PAST_TENSE for t in rest):
            return True
    return False


def _per_plan(tokens) -> bool:
    """Does the sentence open on the plan it reports (`방안에 따르면 LH는 …`, `개선 방안에 따르면 …`,
    `'… 종합 대책'에 따르면 …`)? Whoever carries it out, it is the plan's content."""
    for k, token in enumerate(tokens[:12]):
        if token.form in PLAN_DOCUMENTS and token.tag == "NNG":
            after = k + 2 if k + 1 < len(tokens) and tokens[k + 1].tag == "SSC" else k + 1  # (`'… 방안'에`)
            if after + 1 < len(tokens) and tokens[after].form == "에" and tokens[after + 1].form == "따르":
                return True
        if token.tag not in _PLAN_NAME_TAGS or _outsider_word(token) or token.form in _OTHERS_PLANS:
            return False  # (`엔비디아 공급 계획에 따르면`, `야당 대책에 따르면`: someone else's plan)
    return False


# what a plan's name is made of (`이번 개선 방안`, `'반려동물 장묘 서비스 개선 방안'`): common nouns, a
# determiner, quotes (no proper noun: `삼성전자 투자 계획`)
_PLAN_NAME_TAGS = {"NNG", "MM", "XPN", "XSN", "SN", "SSO", "SSC", "SP", "SW", "SO"}
_OTHERS_PLANS = {"기업", "지자체"}  # (besides OUTSIDE_SPEAKERS' `야당`, `업계`, `노조`, `회사`, which `_outsider_word` knows)



def _hoped_for(sentence: Sentence, deadline) -> bool:
    """Is the sentence's predicate a hope (`-ㄹ 것으로 기대한다`, `기대하고 있다`) with no date of its
    own to hold it to? A date in a condition before it (`내년 3월부터 투입되면 … 빨라질 것으로
    기대한다`) is the condition's."""
    tokens = sentence.tokens
    for k, token in enumerate(tokens):
        if token.form == "기대" and token.tag == "NNG" and token.sub_sent_position == 0 and k >= 2 and (
            tokens[k - 1].form in ("로", "으로") and tokens[k - 2].form == "것"
        ):
            if deadline is None:
                return True
            condition = max((j for j in range(k) if tokens[j].tag == "EC" and tokens[j].form in ("면", "으면")),
                            default=None)
            return condition is not None and deadline.start < tokens[condition].start - sentence.shift
    return False


def _present_copula_of(tokens):
    """The word a sentence ending in a copula in the present states (`…만드는 [것]이다`, `…[제도]다`),
    or None."""
    words = _main_words(tokens)
    return words[-3] if len(words) > 2 and words[-1].tag == "EF" and words[-2].tag == "VCP" else None


def _main_words(tokens) -> list:
    """The sentence's own morphemes, outside quotes and without punctuation: its predicate comes last."""
    return [t for t in tokens if t.sub_sent_position == 0 and t.tag not in ("SF", "SE", "SSC", "SSO", "SP")]


def _explains(tokens) -> bool:
    """Does the sentence end by calling itself a reason (`…로 정한 이유다`, `…이 늦어진 배경이다`)?
    It explains news told elsewhere."""
    words = _main_words(tokens)
    return len(words) >= 4 and words[-4].tag in ("ETM", "ETN") and words[-3].form in EXPLAINING_NOUNS and (
        words[-2].tag == "VCP" and words[-1].tag == "EF")


# `…한 이유다`, `…늦어진 탓이다`, `…했기 때문이다`, `…라는 뜻이다`
EXPLAINING_NOUNS = {"이유", "까닭", "배경", "탓", "때문", "뜻", "덕", "덕분"}


# A promise recalled from a named year at least this many years before the article, on an occasion of
# its own (`2019년에도 …`, `2023년 … 뒤에도`, `2018년 … 도입하면서`), conceded and set against what
# came of it (`…겠다고 했지만, …그쳤다`): the precedent an article cites, not the promise it follows.
PRECEDENT_YEARS = 2
_PRECEDENT = re.compile(r"((?:19|20)\d\d)년(?:[^,.]{0,40}?(?:에도|에서도|때도|뒤에도|후에도)|[^,.]{0,60}?(?:며|면서)\s)")


def _precedent(sentence: Sentence, recall: "_Cue", dct) -> bool:
    tokens = sentence.tokens
    end = tokens[recall.recall_end]
    if dct is None or end.form not in ("지만", "으나", "나") or end.tag != "EC":
        return False
    found = _PRECEDENT.search(sentence.text, 0, end.start - sentence.shift)
    return found is not None and int(found.group(1)) <= dct.year - PRECEDENT_YEARS


# gatherings a page announces (`박람회는 … 열린다`): held on a day, not a promise kept or missed
_EVENTS = {"박람회", "축제", "행사", "설명회", "토론회", "공청회", "포럼", "세미나", "시상식", "전시회", "페스티벌", "엑스포",
           "콘퍼런스", "컨퍼런스", "대회", "기념식", "모임", "낭독회", "시상", "총회"}


def _event_is_subject(tokens, held: bool = False) -> bool:
    """Is the sentence's subject or topic a gathering (`… 박람회는`, `설명회가`), or, with `held`, what someone
    holds (`행사를 연다`, `토론회를 개최한다`)?"""
    for k, t in enumerate(tokens[:-1]):
        if t.form not in _EVENTS or t.tag != "NNG":
            continue
        end, n = t.start + t.len, k + 1
        while n < len(tokens) - 1 and tokens[n].form in _CLOSING_QUOTES and tokens[n].start == end:
            end, n = tokens[n].start + tokens[n].len, n + 1  # (`'2025 대한민국 관광박람회'는`: its name quoted)
        after = tokens[n]
        if after.start == end and (after.tag == "JKS" or (after.tag == "JX" and after.form in ("은", "는")) or (
                held and after.tag == "JKO")):
            return True
    return False


def _held_that_day(sentence: Sentence, dct) -> bool:
    """Is a day of this month the sentence's one time (`문체부는 12일 광화문광장에서 한글 축제를 연다`): the day an
    event is held, soon? Not beside another time (`12일 2026년부터 매년 … 연다`, a lede's day of the news and a plan's
    date), nor a day gone by (`지난 12일 발표한 계획에 따라 …`)."""
    day = _DAY_OF_THE_MONTH.search(sentence.text)
    return day is not None and "지난" not in sentence.text[max(0, day.start() - 4) : day.start()] and len(
        deadlines.find_time_expressions(sentence.text, dct)) == 1


# a day of this month, named alone (`12일`, `오는 31일`): the day an event is held, soon (not `내년 10월 1일`, a plan)
_DAY_OF_THE_MONTH = re.compile(r"(?<![월\d])(?<!월 )(?:오는\s*)?(?:3[01]|[12]\d|[1-9])일(?!\s*(?:간|동안|부터|까지|이내|만에|째))")
# an event's run of days (`3일부터 5일까지`, `3~5일`, `12일부터 나흘간`): held then, not a plan to hold one (`내년 10월 1일 …
# 처음 연다`)
_DAYS_SPAN = re.compile(r"(?<!\d)(?:3[01]|[12]\d|[1-9])일?\s*(?:부터|[~∼～-])\s*(?:(?:(?:1[0-2]|[1-9])월\s*)?(?:3[01]|[12]\d|[1-9])일"
                        r"|(?:이틀|사흘|나흘|닷새|엿새|이레|열흘|일주일)\s*(?:간|동안))")  # (`12일부터 나흘간`)


_EVERYONE = {"모두", "누구", "누구나", "누구든", "여러분", "우리"}


def _duty_from(tokens, cue: int) -> bool:
    """Is the `-어야 한다` at `cue` a rule that binds others from a day ahead (`7월부터는 … 통신사가 가입자에게
    문자로 알려야 합니다(방통위)`, `4월부터 국비를 지원받는 축제는 … 공개해야 합니다`): a time with `부터` before
    it, no body of government before it, which would be the one urged (`정부는 내년부터 … 내놔야 한다`), and the
    body that made the rule credited after it (not `7월부터는 모두가 조심해야 합니다`, a warning)?"""
    if any(t.form in _EVERYONE and n.tag in ("JKS", "JX") for t, n in zip(tokens[:cue], tokens[1:cue + 1])):
        return False  # `7월부터는 모두가 조심해야 합니다(방통위)`: a warning to all, no rule
    credited = any(isinstance(t.user_value, dict) and "ministry" in t.user_value for t in tokens[cue:])
    return credited and _from_a_day(tokens, cue) and not any(_government_word(t) for t in tokens[:cue])


def _from_a_day(tokens, cue: int) -> bool:
    """Is there a time with `부터` before `cue` (`7월부터는`, `내년부터`)?"""
    return any(t.form == "부터" and t.tag == "JX" and k and tokens[k - 1].tag in ("NNB", "NNG", "SN") and (
        _is_time_word(tokens[k - 1]) or tokens[k - 1].form in ("월", "년", "일")) for k, t in enumerate(tokens[:cue]))


def _ought_or_may(tokens) -> bool:
    """Does the sentence end on what ought to be (`-어야 한다`, `-어서는 안 된다`) or may be (`-ㄹ 수
    있다`)? Said of a promise, it is the writer's view of it, not news of what became of it."""
    words = _main_words(tokens)
    if len(words) < 4 or words[-1].tag != "EF":
        return False
    a, b, c = words[-4], words[-3], words[-2]
    done = any(w.tag == "EP" and w.form in PAST_TENSE for w in words[:-4])  # (`150곳만 완공돼 속도를 내야 한다`: a count)
    ought = b.form in ("어야", "아야", "여야") and b.tag == "EC" and c.form in ("하", "되") and not done
    # `누구나 상담을 받을 수 있다` is a service now open; `…늦어지면 … 되풀이될 수 있다`, a risk (not `620명이
    # 배치됐고, … 마치면 연내 1,000명을 채울 수 있다`: a count reached, and how the rest will be)
    may = a.tag == "ETM" and a.form in ("ᆯ", "을") and b.form == "수" and b.tag == "NNB" and c.form == "있" and any(
        w.tag == "EC" and w.form in ("면", "으면") for w in words[:-4]) and not done
    return ought or may or _must_not(tokens)


def _risk_told(words) -> bool:
    """`…줄면 수확량이 30%까지 줄어들 수 있다고 본다`: a body's view of what may happen if something
    does, reported (`-ㄹ 수 있다고` before a verb of seeing or saying), not a plan."""
    for k in range(len(words) - 4):
        a, b, c, d = words[k : k + 4]
        if a.tag == "ETM" and a.form in ("ᆯ", "을") and b.form == "수" and b.tag == "NNB" and c.form == "있" and (
                d.tag == "EC" and d.form == "다고" and words[k + 4].form in _VIEW_VERBS) and all(
                w.tag in ("XSV", "EP", "EF", "EC", "VX") for w in words[k + 5 :]):
            # (the view ends the sentence: not `…넘을 수 있다고 보고 유류세 인하를 연장하기로 했다`)
            return any(w.tag == "EC" and w.form in ("면", "으면") for w in words[:k])
    return False


_VIEW_VERBS = FORECASTING | {"보", "밝히", "우려", "경고", "설명", "분석", "추정"}


def _must_not(tokens) -> bool:
    """Does the sentence end on `-어서는 안 된다` (`…흔들려서는 안 된다`)?"""
    words = _main_words(tokens)
    return len(words) >= 5 and words[-5].form in ("어서", "아서", "여서") and words[-4].form == "는" and (
        words[-3].form == "안" and words[-2].form == "되" and words[-1].tag == "EF")


def _precedent_noted(tokens) -> bool:
    """`…약속이 목표에 못 미친 전례도 있다`: the writer's note that it happened before."""
    words = _main_words(tokens)
    return len(words) >= 5 and words[-5].tag == "ETM" and words[-4].form == "전례" and words[-3].tag in ("JX", "JKS") and (
        words[-2].form == "있")


def _wished(tokens) -> bool:
    """Does the sentence end in a wish (`…해 주길 바란다`, `…않기를 바란다`, `앱이 연말에 나왔으면 합니다`,
    `…열었으면 좋겠다`)? The writer's, not a plan."""
    words = _main_words(tokens)
    if len(words) >= 4 and words[-4].form == "기" and words[-4].tag == "ETN" and words[-2].form == "바라":
        return True
    k = _closing_word(tokens)  # (a past condition, then `하다` or `좋다`)
    while k > 0 and tokens[k].tag in ("EF", "EP"):
        k -= 1
    return k >= 2 and tokens[k].form in ("하", "좋") and tokens[k - 1].tag == "EC" and tokens[k - 1].form in (
        "면", "으면") and tokens[k - 2].tag == "EP" and tokens[k - 2].form in PAST_TENSE


PROMISE_REVIEW_WORDS = {"점검", "성적표", "이행률", "이행도", "평가", "결산"}


def _since_promise(tokens) -> bool:
    """`…확충을 약속한 지 1년이 넘었다`: how long ago a promise was made, the writer's frame, as the
    sentence's own predicate (not `폐지된 지 6개월이 지났지만 …`: the clause after it is the news)."""
    head = _predicate_head(tokens)
    if head is None or head.form not in ("넘", "지나") or head.tag != "VV":
        return False
    i = tokens.index(head)
    j = i - 1
    while j > 0 and tokens[j].tag == "MAG":
        j -= 1  # `반년이 훌쩍 넘었다`
    if j > 2 and tokens[j].form in ("이", "가", "도") and tokens[j].tag in ("JKS", "JX"):
        span = j - 1
        if tokens[span].form in _SPAN_UNITS and (
            tokens[span - 1].tag in ("SN", "NR", "MM") or tokens[span - 1].form == "반"
        ):
            span -= 1  # `1년이`, `석 달도`, `반 년도`
            while span > 2 and tokens[span - 1].form in _SPAN_UNITS and tokens[span - 2].tag in ("SN", "NR", "MM"):
                span -= 2  # `1년 8개월이`
        elif tokens[span].form not in _WHOLE_SPANS:
            span = None
        if span is not None and span > 0:
            return tokens[span - 1].form == "지" and tokens[span - 1].tag == "NNB"  # `밝힌 지 반년이 넘었다`
    return False


# a span said in one word
_WHOLE_SPANS = {"반년", "반세기", "한참"}


def _corrects(tokens) -> bool:
    """A correction notice (`… '195개'로 보도했으나, 확인 결과 '159개'이기에 바로잡습니다`): the
    outlet's own act, whatever the words it quotes from the article corrected."""
    words = [t for t in tokens if t.tag not in ("SF", "SP", "SS", "SE", "SW")]
    return any(t.form == "바로잡" and t.sub_sent_position == 0 for t in words[-4:])


def _about_promises(tokens) -> bool:
    """Is the sentence about promises as a lot (`12개 약속을 따라가 보면`, `이행을 마친 약속은
    5개`, `이들 약속을 점검할 예정`, `부처 약속 성적표`)? A roundup's frame, not one promise's news."""
    n = len(tokens)
    named = [t for t in tokens if t.tag in ("NNG", "NNP", "SL", "SN", "XR")]
    if named and all(t.form in ("약속", "공약") for t in named):
        return True  # `가장 큰 약속부터 미뤄졌다`, `지켜진 약속도 있다`: which one, the next sentence says
    for i, token in enumerate(tokens):
        if token.form in ("부처", "과제") and token.tag == "NNG" and i + 1 < n and (
            tokens[i + 1].form == "들" and tokens[i + 1].tag == "XSN"
        ):
            return True  # `정부 부처들은 … 약속을 쏟아냈다`, `다른 과제들도 성적이 엇갈렸다`
        if token.form in ("부처", "기관", "약속") and token.tag == "NNG" and i + 2 < n and (
            tokens[i + 1].tag == "VCP" and tokens[i + 2].form.endswith("수록")
        ):
            return True  # `약속을 미룬 부처일수록 …`: what such ministries tend to do
        if token.form == "것" and token.tag == "NNB" and i + 3 < n and tokens[i + 1].form in ("은", "는", "이") and (
            tokens[i + 2].tag == "SN" and tokens[i + 3].form == "개"
        ) and any(t.form in ("약속", "공약", "과제") for t in tokens[max(0, i - 8) : i]):
            return True  # `약속대로 이뤄진 것은 6개였고`: promises counted (not `돌아가는 것은 41개`)
        if token.form not in ("약속", "공약") or token.tag != "NNG":
            continue
        before = [t.form for t in tokens[max(0, i - 2) : i]]
        after = tokens[i + 1 : i + 4]
        if (len(before) == 2 and tokens[i - 2].tag in ("SN", "NR", "MM") and before[1] in ("개", "가지")) or (
            before[-1:] == ["들"]
        ) or (i > 0 and tokens[i - 1].form in _MANY) or (
            i > 1 and tokens[i - 1].tag == "ETM" and tokens[i - 2].form in _MANY
        ):
            return True  # `12개 약속`, `여섯 가지 약속`, `이들 약속`, `여러 약속`
        if after and after[0].tag == "XSN" and after[0].form == "들":
            return True  # `약속들`
        forms = [t.form for t in after]
        if (forms[:2] and after[0].tag in ("SN", "NR") and forms[1:2] in (["개"], ["가지"])) or (
            forms[:1] in (["은"], ["는"]) and len(after) >= 3 and after[1].tag == "SN" and forms[2] == "개"
        ):
            return True  # `약속 12개`, `약속은 5개`
        if i + 1 < n and tokens[i + 1].form in PROMISE_REVIEW_WORDS and tokens[i + 1].tag == "NNG":
            return True  # `약속 점검`, `공약 이행률`
        if any(t.form in _SHARE_WORDS and t.tag in ("NNG", "MAG") for t in after[:2]):
            return True  # `약속은 대부분 제날짜에 시행됐지만`, `약속 가운데 절반`
        if forms[:3] in (["의", "이행", "상황"], ["의", "이행", "실태"], ["의", "이행", "여부"]):
            return True  # `부처 약속의 이행 상황을 점검해`
    return False


_SHARE_WORDS = {"대부분", "대다수", "상당수", "절반", "일부", "다수"}
_MANY = {"여러", "각종", "갖가지", "온갖", "숱하", "많", "수많"}


_YEAR_WORDS = {"올해", "내년", "금년", "새해", "이번"}


def _year_made_into(tokens) -> bool:
    """Is a year the object of what it is made into (`올해를 폐업의 분수령으로 만들겠다`, `2026년을 …의
    원년으로 삼겠다`)?"""
    for k in range(1, len(tokens) - 3):
        if tokens[k].tag != "JKO" or not (tokens[k - 1].form in _YEAR_WORDS or (
                tokens[k - 1].form == "해" and k > 1 and tokens[k - 2].form in _YEAR_WORDS) or (
                tokens[k - 1].form == "년" and k > 1 and tokens[k - 2].tag == "SN")):
            continue
        for j in range(k + 1, min(len(tokens) - 1, k + 10)):
            if tokens[j].tag in ("EC", "EF", "SF"):
                break
            if tokens[j].tag == "JKB" and tokens[j].form in ("로", "으로") and tokens[j + 1].form in ("만들", "삼") and (
                    tokens[j + 1].tag == "VV"):
                return True
    return False


_CREDIT_DASHES = {"–", "—", "-", "|"}


def _question(tokens) -> bool:
    """Does the sentence ask (`약속은 얼마나 지켜졌나.`, `지켜지고 있을까요?`)? A question reports
    nothing; the answer comes in the sentences after it."""
    words = [t for t in tokens if t.sub_sent_position == 0 and t.tag not in ("SE", "SSC", "SSO")]
    if not words:
        return False
    asked = next((k for k, t in enumerate(words[:-1]) if t.form == "?" and t.tag == "SF"), None)
    if asked is not None and words[asked + 1].form in _CREDIT_DASHES:
        return True  # a headline's question with its guest after a dash: `약속, 지켜졌을까? – 편다율 과장`
    if words[-1].form == "?" and words[-1].tag == "SF":
        return True
    last = words[-2] if words[-1].tag == "SF" and len(words) > 1 else words[-1]
    return (last.tag == "EC" and last.form == "나") or (
        last.tag == "EF" and last.form.endswith(("까", "까요", "냐", "는가", "ᆫ가", "은가")))


def _gives_reason(tokens, i: int) -> bool:
    """Is the cue's clause a reason (`늦어졌기 때문이다`, `늦어진 데다`, `늦어진 탓에`, `늦어진 것은
    … 때문이다`)? The news is what it explains, told in its own sentence."""
    for k in range(i + 1, min(len(tokens), i + 7)):
        token = tokens[k]
        if token.tag in ("EF", "SF"):
            return False
        after = [t.form for t in tokens[k + 1 : k + 3]]
        if token.tag == "ETN" and token.form == "기":
            return after[:1] == ["때문"]
        if token.tag == "ETM":
            return (after[:1] in (["탓"], ["바람"], ["영향"], ["사례"]) or after == ["데", "다"]
                    or (after[:1] == ["것"] and any(t.form == "때문" for t in tokens[k + 2 :])))
    return False


def _kept_to_schedule(tokens) -> bool:
    """`예정대로 …했다`, `약속한 대로 …마쳤다`, and not late (`…9월에야 입법예고됐다`)."""
    forms = {t.form for t in tokens}
    return "대로" in forms and "에야" not in forms and _fulfils_earlier_promise(tokens)


def _date_kept(sentence: Sentence, dct):
    """The first calendar date of a sentence that reports a promise kept to schedule: past, it is
    still the date promised (`지난해 상반기 … 점검을 마쳤다`, `7월부터 … 예정대로 지급되고 있다`)."""
    calendar = ("day", "month", "quarter", "half", "year")
    return next((e for e in deadlines.find_time_expressions(sentence.text, dct)
                 if e.date is not None and e.anchor != "event" and e.precision in calendar), None)


def _put_off_then_kept(tokens, cue: "_Cue") -> bool:
    """Is the delay at `cue` told in a clause describing the subject (`3월로 미뤄졌던 앱은`), and the
    sentence then reports the new date kept (`예정대로 … 나왔다`)?"""
    described = next((k for k in range(cue.index + 1, min(len(tokens), cue.index + 6))
                      if tokens[k].tag == "ETM" and tokens[k].form in ("던", "ᆫ", "은")), None)
    if described is None:
        return False
    if described + 2 < len(tokens) and tokens[described + 1].form in ("일정", "계획", "시점", "예정") and (
            tokens[described + 2].form == "대로"):
        # `미뤄진 일정대로 9월 시행됐고, …`: done by the date it was put off to
        told = tokens[described + 3 :]
        return not any(FOLLOW_UP_CUES.get(t.form) in ("delayed", "cancelled") for t in told) and not _denied(told) and (
            _done_after(told))
    head = described + 1
    while head < len(tokens) and (tokens[head].tag in ("NNG", "NNP", "NNB", "SL", "SN", "SW", "MM", "SSO", "SSC", "SP") or (
            tokens[head].tag in ("VV", "VA") and head + 1 < len(tokens) and tokens[head + 1].tag == "ETM")):
        head += 2 if tokens[head].tag in ("VV", "VA") else 1  # (`남은 4회는`, `30% 지원은`)
    if head >= len(tokens) or tokens[head].form not in ("은", "는", "이", "가"):
        return False  # `연기된 2단계 사업과 별개로 1단계 사업은`: another thing's delay
    told = tokens[head + 1 :]
    if any(FOLLOW_UP_CUES.get(t.form) in ("delayed", "cancelled") for t in told) or _denied(told):
        return False  # `…미뤄졌던 사업은 또 연기됐다`
    if any(t.form in ("예정", "계획", "일정") and nxt.form == "대로" for t, nxt in zip(told, told[1:])) and (
        _fulfils_earlier_promise(tokens[described:]) or any(_going_on(told, k) for k in range(len(told)))
    ):
        return True  # `…예정대로 3월에 나왔다`, `…예정대로 1월부터 지급되고 있다`
    # `상반기로 미뤘던 남은 4회는 5월까지 모두 파견됐다`: done in full by the new date
    return any(t.tag == "EP" and t.form in PAST_TENSE for t in told) and any(
        _all_of_it(told, k) for k, t in enumerate(told) if t.tag in ("VV", "XSV"))


def _fulfils_earlier_promise(tokens) -> bool:
    """`예고한 대로 …했다`, `이번 방안은 … 예고한 대책이다`: what was promised is now here."""
    for i, token in enumerate(tokens):
        if token.form in ("계획", "예정", "일정", "약속", "예고", "공언") and i + 1 < len(tokens) and tokens[i + 1].form == "대로" and (
            _done_after(tokens[i + 2 :]) or _ends_on_deed(tokens[i + 2 :], tokens)
        ):
            return True  # `세부 고시는 계획대로 지난 6월 제정됐다`
        if token.form not in ("예고", "약속", "공언", "발표"):
            continue
        rest = tokens[i + 1 : i + 4]
        past = any(t.tag == "ETM" and t.form in ("ᆫ", "은", "던") for t in rest)
        if not past:
            continue
        after = [t.form for t in tokens[i + 1 :]]
        if "대로" in after:
            return True
        if tokens and tokens[-1].tag == "SF" and len(tokens) >= 3 and tokens[-3].tag == "VCP":
            return True
    return False


def _done_after(tokens) -> bool:
    """Is what follows told as done (`지난 6월 제정됐다`), not as still to come (`열 수 있도록
    하겠다`, `늘면`)?"""
    if not tokens:
        return False
    tokens = [t for t in tokens if t.sub_sent_position == tokens[0].sub_sent_position]  # not `…"고 말했다`
    for k, t in enumerate(tokens):
        if (t.tag == "EP" and t.form == "겠") or (t.tag == "ETM" and t.form in ("ᆯ", "을")) or (t.tag == "EC" and t.form in (
            "면", "으면", "도록", "려고", "고자", "어야", "아야")) or (t.tag == "ETN" and t.form == "기"):
            return False  # (`…보급하기로 했다`: decided, not done)
        if t.tag == "EC" and t.form.endswith("다고"):
            # `예정대로 내년 1월부터 시행한다고 밝혔다`: a past after it is the saying's (`올렸다고
            # 보고했다` has its own)
            before = tokens[:k]
            return any(x.tag == "EP" and x.form in PAST_TENSE for x in before) or any(
                _going_on(before, j) for j in range(len(before))) or _in_effect(before)
    return any(t.tag == "EP" and t.form in PAST_TENSE for t in tokens) or _in_effect(tokens)


_AHEAD = {"다음", "내달", "내년", "오는", "내후년", "앞으로"}
# the days a `…부터` may be still to come on (`_in_effect_since`): those, and a few more said before a date
_DAYS_AHEAD = (_AHEAD - {"앞으로"}) | {"후년", "향후", "다음달"}


def _ends_on_deed(tokens, sentence_tokens) -> bool:
    """Does the clause end on a deed noun, a headline's `…예정대로 개통`, `…약속대로 적용`, with no
    time ahead named in the sentence (`다음 달 예정대로 시행` is still to come)?"""
    last = next((t for t in reversed(tokens) if t.tag not in ("SF", "SP", "SS", "SSO", "SSC", "SW", "SE", "SO")), None)
    return last is not None and last.tag == "NNG" and last.form in ACTION_NOUNS and not any(
        t.form in _AHEAD for t in sentence_tokens)


IN_EFFECT = {"시행", "적용", "운영", "지급", "부과"}


def _in_effect(tokens) -> bool:
    """`시행되고 있다`, `지급되고 있습니다`: a rule or a payment in force now is a promise kept."""
    return any(a.form in IN_EFFECT and b.form == "되" and c.form == "고" and d.form == "있"
               for a, b, c, d in zip(tokens, tokens[1:], tokens[2:], tokens[3:]))


# the plain present passed on in speech (`보급한대요`, `보급한답니다`: a blog's or a newsletter's `-ㄴ다고 해요`)
_TOLD_PRESENT = {"ᆫ대요", "는대요", "ᆫ대", "는대", "ᆫ답니다", "는답니다", "ᆫ다네요", "는다네요"}


def _scheduled(tokens, ahead: bool = True) -> bool:
    """News states a scheduled action in the plain present: `보급한다`, `높인다`, `…한다고 밝혔다`;
    an official in an interview, in the formal present: `보급합니다`, `끝냅니다`; a document in its terse
    style, with a date ahead (`ahead`): `보냄`, `시행함`."""
    for i, token in enumerate(tokens):
        t = token.tag
        if ((t == "EF" or (t == "ETN" and ahead and _memo_final(tokens, i))) or (t == "EC" and i + 1 < len(tokens) and (
            tokens[i + 1].tag in ("VV", "VX") or tokens[i + 1].form in REPORTING_VERBS
            # `…개편한다고 28일 밝혔다`: the date of the announcement comes between
            or (token.form in ("ᆫ다고", "는다고") and _reporting_verb_after(tokens, i))
        ))) and (token.form in ("ᆫ다", "는다", "ᆫ다고", "는다고", "ᆸ니다", "습니다") or (t == "EF" and token.form in _TOLD_PRESENT)
                 or (ahead and t in ("EF", "ETN") and token.form == "ᆷ" and i and tokens[i - 1].tag in ("VV", "XSV")
                     and tokens[i - 1].form != "붙이" and not _saying(tokens, i - 1))):
            # (a document's terse style, with a date ahead: `○ 12월부터 … 알림을 보냄`, `… 시행함`; not
            # its `붙임`, what is attached)
            head = tokens[i - 1] if i else None
            if head is not None and head.form == "하" and head.tag == "VV" and i > 1 and (
                tokens[i - 2].tag == "NNB" or tokens[i - 2].form in ("까지", "정도", "가량", "쯤")
            ):
                continue  # `6만 원까지 한다`: what something costs
            if head is not None and head.form == "되" and head.tag == "VV" and i > 1 and not ahead and (
                tokens[i - 2].form in ("가까이", "정도", "가량", "쯤", "남짓") or (
                    tokens[i - 2].tag == "JKC" and i > 2 and tokens[i - 3].tag in ("NNG", "NNP")
                    and any(t.tag == "EC" and t.form in ("면", "으면") for t in tokens[:i]))
            ):
                # about what something comes to (`세 배 가까이 된다`), or what it would be if (`모이지 않으면
                # 80%도 허수가 된다`); not the figure it is set to come to (`2033년 13%가 된다`, `3000대를
                # 더하면 … 5000대가 된다`)
                continue
            if head is not None and _habitual(tokens, i):
                continue  # `보통 2~3배 규모의 펀드가 만들어진다`: what usually happens
            if head is not None and head.form == "이" and head.tag == "VV" and i > 1 and tokens[i - 2].tag in (
                    "SN", "SW", "NNB", "NNG", "NNP", "SL", "XSN"):
                continue  # `9월 말 기준 121%입니다` (Kiwi: 이/VV): the copula, what something is
            if head is not None and head.tag in ("VV", "XSV", "VX") and head.form not in ("있", "없", "보이"):
                stem = tokens[i - 2].form if (head.tag == "XSV" or (head.form == "드리" and head.tag == "VV")) and i > 1 else (
                    head.form)  # (`정리 부탁드립니다`: the noun is what is done)
                if head.form == "보" and i > 1 and tokens[i - 2].form in ("로", "으로"):
                    continue  # `…흡수하는 것으로 본다`: a reading, not a deed
                if stem not in STATE_VERBS or (stem in _CHARGES and ahead):
                    return True  # (`2027년부터 … 부가가치세가 붙는다`: a charge to come is scheduled)
    return _able_from(tokens)


def _if_then(tokens) -> bool:
    """Does the sentence open on a condition (`10년물을 만기까지 들고 있으면 원금의 약 1.4배를
    돌려받는다`)? Undated, its present is how a scheme works, unless the government is the subject
    and the condition its own next step (`국토부는 예타를 통과하면 복선전철을 놓는다`)."""
    k = next((k for k in _conditions(tokens) if tokens[k].sub_sent_position == 0), None)
    return k is not None and not _government_subject(tokens, k)


def _conditions(tokens):
    """Where a clause ends on a condition (`…확인되면`), in order; not a source or a gloss (`방안에
    따르면`, `정리하면`) nor the earliest date (`이르면 3월`, `빠르면 연말`)."""
    for k, t in enumerate(tokens):
        if t.tag != "EC" or t.form not in ("면", "으면") or not k or tokens[k - 1].form in _NOT_CONDITIONS:
            continue
        if tokens[k - 1].form in ("이르", "빠르") and tokens[k - 1].tag == "VA" and k + 1 < len(tokens) and (
                tokens[k + 1].tag == "SN" or _is_time_word(tokens[k + 1])):
            continue
        yield k


def _on_condition(tokens, cue: int) -> bool:
    """Is the cue at `cue` said on a condition before it, and neither told in the past nor decided
    (`…확인되면 합격을 취소합니다`)? What would be dropped or put off if something happened is no news
    of a plan dropped or put off (`…못해 내년으로 미뤄졌다`, `…미루기로 했고, …들으면` are)."""
    level = tokens[cue].sub_sent_position
    if not any(k < cue and tokens[k].sub_sent_position == level for k in _conditions(tokens)):
        return False
    for t in tokens[cue + 1 :]:
        if t.sub_sent_position != level:
            continue
        if (t.tag == "EP" and t.form in PAST_TENSE) or (t.tag == "ETN" and t.form == "기"):
            return False  # `취소했다`, `연기하기로 했다`
        if t.tag == "EF" or (t.tag == "EC" and t.form not in ("어", "아", "여", "게", "지")):
            break
    return True


# `방안에 따르면`, `자료를 보면` (a source), `예를 들면`, `정리하면`, `다시 말하면` (a gloss): no condition
_NOT_CONDITIONS = {"따르", "의하", "보", "들", "정리하", "요약하", "말하"}


def _government_subject(tokens, end: int) -> bool:
    """Is a body, an official or a government word the topic or subject before `end`?"""
    return any(t.tag in ("JX", "JKS") and _actor_before(tokens, p) for p, t in enumerate(tokens[:end]))


# A cost or a charge (`140억 원이 든다`, `820원이 붙는다`) is a standing fact unless its date is ahead
# (`ahead`: the mention's own date falls on or after the article's)
_CHARGES = {"들", "붙"}


_HABITUAL_ADVERBS = {"보통", "대개", "흔히", "대체로", "일반적으로", "으레", "통상"}


def _habitual(tokens, i: int) -> bool:
    """Does an adverb of what usually happens (`보통`, `대개`) stand in the clause of the predicate
    ending at `i`, with no clause ending between them (`보통 3년 걸리던 심사를 1년으로 줄인다` is a deed),
    and the government not its subject (`국토부는 대체로 수도권 위주로 … 지정한다`: mostly)?"""
    if _government_subject(tokens, i):
        return False
    for k in range(i - 1, -1, -1):
        token = tokens[k]
        if token.tag == "ETM" or (token.tag == "EC" and not (k + 1 < len(tokens) and tokens[k + 1].tag == "VX")):
            return False
        if token.tag == "MAG" and token.form in _HABITUAL_ADVERBS:
            return True
    return False


# What may simply happen (`요금이 오를 수 있다`), as against what people will be able to do
_HAPPENINGS = AMOUNT_CHANGES | {"오르", "내리", "떨어지", "생기", "커지", "작아지", "높아지", "낮아지", "증가", "감소",
                               "상승", "하락", "발생", "늦어지", "지연", "악화", "나오", "나타나", "벌어지", "빚어지"}
_FROM_TIMES = _TIME_NOUNS | _TIME_UNITS | {"올해", "금년", "이달", "내달"}


def _able_from(tokens) -> bool:
    """`하반기부터는 모든 산모가 … 받을 수 있다`, `10월부터는 앱에서 골라 신청할 수 있습니다`: from a
    date on, people may do what they could not, which is how news tells a scheduled change; not what
    may merely happen from then (`내년부터 요금이 오를 수 있다`)."""
    end = len(tokens) - 1
    while end >= 0 and tokens[end].tag in ("SF", "SS", "SP", "SE"):
        end -= 1
    if end < 4 or tokens[end].tag != "EF":
        return False
    can, bound, ending, verb = tokens[end - 1], tokens[end - 2], tokens[end - 3], tokens[end - 4]
    if not (can.form == "있" and bound.form == "수" and bound.tag == "NNB" and ending.tag == "ETM"):
        return False
    stem = tokens[end - 5].form if verb.tag == "XSV" and end >= 5 else verb.form
    if verb.tag not in ("VV", "XSV") or stem in _HAPPENINGS:
        return False
    return any(t.form == "부터" and t.tag == "JX" and i and tokens[i - 1].form in _FROM_TIMES
               for i, t in enumerate(tokens[:end]))


def _as_things_stand(tokens) -> bool:
    """Does the sentence open its account with `지금은`/`현재는` (`지금은 … 최대 250만 원까지만
    준다`), or under the law or the scheme in force (`현행법상 아동수당은 … 지급된다`, `현행 제도에서는 …`)? Its
    present tense is how things are now, which a plan then changes."""
    return any((t.form in ("지금", "현재") and t.tag == "NNG" and nxt.tag == "JX" and nxt.form in ("은", "는")
                or _under_the_law_in_force(tokens, k))
               and t.sub_sent_position == 0 for k, (t, nxt) in enumerate(zip(tokens, tokens[1:])))


def _under_the_law_in_force(tokens, k: int) -> bool:
    """`현행법상`, `현행 제도에서는`, `현행 규정상`: the account given under the rule in force (not `현행 월 10만 원인
    아동수당을 20만 원으로`, a figure in force that a plan changes)."""
    if tokens[k].tag != "NNG" or tokens[k].form not in ("현행", "현행법"):
        return False
    j = k + 1 if tokens[k].form == "현행법" else k + 2
    return k + 1 < len(tokens) and (tokens[k].form == "현행법" or tokens[k + 1].form in _RULES_IN_FORCE) and (
        j < len(tokens) and (tokens[j].form == "상" or (tokens[j].tag == "JKB" and j + 1 < len(tokens)
                                                       and tokens[j + 1].form in ("는", "은"))))


_RULES_IN_FORCE = {"법", "제도", "규정", "기준", "체계", "법령"}


HISTORY_YEARS = 5  # a sentence dated only this many years or more before its article is background


def _history(sentence: Sentence, dct) -> bool:
    """Are all the sentence's times years long gone, said as such (`2015년 문을 연 시장은 …`), with
    no time counted from the article's own date (`올해`, `지난해`) among them?"""
    tokens = sentence.tokens
    if dct is None or not any(t.tag == "SN" and len(t.form) == 4 and t.form.isdigit() and int(t.form) <= dct.year - HISTORY_YEARS
                              and k + 1 < len(tokens) and tokens[k + 1].form == "년" for k, t in enumerate(tokens)):
        return False  # (most sentences: no such year, and no need to read their times)
    times = deadlines.find_time_expressions(sentence.text, dct)
    return bool(times) and all(e.anchor == "explicit" and e.date is not None and e.date.year <= dct.year - HISTORY_YEARS
                               for e in times)


def _as_before(tokens) -> bool:
    """`지금처럼`, `예전처럼`, `종전대로`, `올해와 같이`: the present tense tells what goes on as it is
    (`반기 신청분은 지금처럼 12월에 나간다`), not something scheduled anew."""
    for k, (t, nxt) in enumerate(zip(tokens, tokens[1:])):
        likened = nxt.form in ("와", "과") and nxt.tag == "JKB" and k + 2 < len(tokens) and tokens[k + 2].form in (
            "같이", "마찬가지", "똑같이", "비슷하")  # (deadlines._RE_LIKENED reads the same words)
        if t.form in ("지금", "현재", "예전", "종전", "기존", "올해", "예년", "작년", "지난해") and t.tag == "NNG" and (
                (nxt.form == "처럼" and nxt.tag == "JKB") or (nxt.form == "대로" and nxt.tag == "JX") or likened):
            if likened or nxt.form == "처럼" and t.form in ("올해", "예년", "작년", "지난해"):
                # `올해와 같이 내년에도 4월에 인상한다`: as before, for a year ahead, is a plan for it
                if any(x.form in ("내년", "후년", "내달") or (x.tag == "SN" and y.form in ("년", "월"))
                       for x, y in zip(tokens[k + 2 :], tokens[k + 3 :])):
                    return False
            # only in the last clause (`예전처럼 12월에 지급하고, 내년부터는 … 도입한다`: the new plan is not)
            return not any(x.tag == "EC" and x.form in _COORDINATING for x in tokens[k + 2 :])
    return False


def _reporting_verb_after(tokens, i: int, verbs=REPORTING_VERBS) -> bool:
    """Is the quoted clause ending at `i` said by a reporting verb a few words on (`…한다고 28일
    밝혔다`, `…한다고 지난달 발표했다`), before any other clause?"""
    for token in tokens[i + 1 : i + 6]:
        if token.form in verbs and token.tag in ("VV", "NNG"):
            return True
        if token.tag in ("EC", "EF", "ETM", "SF"):
            return False
    return False


# Verbs that state a measure, a state or an estimate in the present (`40만 명을 웃돈다`, `61%를
# 차지한다`, `비율은 그대로 유지된다`, `정점에 못 미칩니다`): a statistic, not a scheduled action; and a
# correction notice's own act (`…으로 바로잡습니다`).
STATE_VERBS = {"웃돌", "밑돌", "차지", "달하", "이르", "넘", "넘어서", "상회", "하회", "머물", "그치", "기록", "유지", "걸리",
               "해당", "속하", "의미", "뜻하", "불과", "육박", "맞먹", "차이", "미치", "바로잡",
               # an estimate or a reading in the present (`8조 원으로 추산된다`, `걸림돌로 꼽힌다`)
               "추산", "추정", "예상", "전망", "관측", "예측", "집계", "꼽히", "평가", "분석",
               # what a change brings about, not a deed (`…상한이 함께 사라진다`)
               "사라지", "없어지",
               # a dependence (`나머지는 수입에 의존한다`), a cost (`임차료만 한 해 140억 원이 든다`)
               "의존", "들",
               # a charge levied (`휘발유 ℓ당 820원가량이 붙는다`)
               "붙",
               # what the words do as they are said (`설명 감사합니다`, `정리 부탁드립니다`): a courtesy, no deed to
               # come (not `요청한다`: a ministry's request to others is a deed of its own)
               "감사", "부탁", "사과", "축하", "환영", "인사"}


def _reported(tokens) -> bool:
    """Does a reporting verb carry the sentence (`…해야 한다고 강조했다`, `…라며`)?"""
    return any(t.form in REPORTING_VERBS and t.sub_sent_position == 0 for t in tokens) or any(
        t.tag == "JKQ" or (t.tag == "EC" and (t.form in _SAID_ENDINGS or t.form in ("라며", "다며"))) for t in tokens)


def _has_action(tokens) -> bool:
    """A deed named as a noun (`착공`, `공개`), or a duty imposed (`의무화`: Kiwi's 의무 + 화), or one
    of tax and law closing the point (`…물려받은 만큼 과세`)."""
    words = [t for t in tokens if t.tag[0] != "S"]
    return bool(words) and words[-1].form in CLOSING_DEEDS or any(
        t.form in ACTION_NOUNS or (t.form == "의무" and k + 1 < len(tokens) and tokens[k + 1].form == "화")
        for k, t in enumerate(tokens))


def _dated_deed(sentence: Sentence, deadline) -> bool:
    """Does a headline point end on a date and then one noun, the deed due then (`'탄소 인벤토리'
    12월 첫 공개`, `축산물 거래 9월 시범`, `실시간 전송 내년 7월부터 의무화`)? Korean headlines drop
    the `-한다` of a verbal noun; a noun right after the date can only be what happens on it."""
    if deadline is None or not sentence.headline:
        return False
    rest = [t for t in sentence.tokens if t.start - sentence.shift >= deadline.end]
    closing = [t for t in rest if t.tag not in ("SF", "SE")]
    if closing and closing[-1].tag == "SSC" and closing[-1].form != '"' and not any(
            _is_ministry(t) for t in sentence.tokens):
        # `하반기 반도체 수출 '관세 먹구름'`: ending on a quoted label, not a deed, unless a body
        # launches it (`금융위는 하반기 '폐업 브릿지 보증'`)
        return False
    after = [t for t in rest if t.tag[0] != "S"]
    if not after and not _HEADLINE_JOIN.search(sentence.text):
        # `5차 발사 내년 하반기`: the deed named first, its date last
        before = [t for t in sentence.tokens if t.start - sentence.shift < deadline.start and t.tag[0] != "S"]
        return bool(before) and before[-1].tag == "NNG" and before[-1].form not in _NOT_DEEDS and not (
            _is_time_word(before[-1]) or before[-1].form in ("지난해", "올해", "작년", "올"))
    if after and after[0].tag == "MM":
        after = after[1:]  # `첫 공개`
    if after and after[-1].tag == "XSN" and after[-1].form == "화":
        after = after[:-1]  # `의무화`
    if len(after) >= 3 and after[-2].tag == "JKB" and after[-2].form in _WHERE_TO:
        after = after[:-2] + after[-1:]  # `7월 한곳에 공개`, `내년 전국으로 확대`: where the deed goes
    # (`하반기부터 거래 다음 날 정산`: the deed's own object may come between)
    if not 1 <= len(after) <= 4 or any(t.tag not in ("NNG", "NNP") for t in after) or after[-1].tag != "NNG" or (
        after[-1].form in _NOT_DEEDS
    ) or (
        _is_time_word(after[-1])
    ):
        return False
    return _same_point(sentence, deadline.end, after[-1].start - sentence.shift)


_WHERE_TO = {"에", "로", "으로", "에서"}

# Nouns that end a dated headline without being a deed: a state (`올해 수출 역대 최대`, `내년 성장
# 전망`) or a deliberation (`내년 하반기 무인 순찰선 논의`).
_NOT_DEEDS = {"최대", "최고", "최저", "최소", "최다", "전망", "우려", "기대", "예상", "수준", "규모", "이상", "이하", "미만",
              "만", "중", "때", "안팎", "가능성", "관측", "분석", "비상", "고비", "정점",
              "논의", "검토", "협의", "논란", "고심", "저울질", "공방", "갈등", "진통"}


def _changed_to_figure(tokens) -> bool:
    """Does a headline end on the figure something is brought to (`운임 1천 원으로`, `대기 기간
    2주 이내로`)? The verb left out is the change itself."""
    words = [t for t in tokens if t.tag[0] != "S" or t.tag in ("SN", "SL")]
    return len(words) > 2 and words[-1].tag == "JKB" and words[-1].form in ("로", "으로") and any(
        t.tag in ("SN", "NR") for t in words[-4:-1])


def _announced(tokens) -> bool:
    return any(t.form in ANNOUNCE_WORDS and _realised(tokens, i) for i, t in enumerate(tokens))


# --- targets ----------------------------------------------------------------------------------

def _quantities(sentence: Sentence):
    found = quantities.find_quantities(sentence.tokens, sentence.segment)
    shifted = []
    for q in found:
        start, end = q.start - sentence.shift, q.end - sentence.shift
        if 0 <= start < end <= len(sentence.text):
            shifted.append(_Shifted(q, start, end))
    return shifted


RANK_GOALS = {"진입", "도약", "달성", "목표", "진출", "수성", "유지"}


def _ranks(sentence: Sentence, cues) -> list:
    """A rank set as a goal (`세계 5위권 진입을 목표로`): not a quantity (ordinals never are), but
    the target of a plan when nothing is counted."""
    if not any(c.label in ("planned", "decided", "volition") for c in cues):
        return []
    tokens, found = sentence.tokens, []
    for k in range(len(tokens) - 2):
        number, unit = tokens[k], tokens[k + 1]
        if number.tag == "SN" and unit.form == "위" and unit.tag == "NNB":
            j = k + 2 + (tokens[k + 2].form == "권")
            if j < len(tokens) and tokens[j].form in RANK_GOALS:
                try:
                    value = float(number.form.replace(",", ""))
                except ValueError:
                    continue
                start, end = number.start - sentence.shift, unit.start + unit.len - sentence.shift
                found.append(_Shifted(quantities.Quantity(value, "위", sentence.text[start:end], start, end), start, end))
    return found


def _promised(q) -> float | None:
    """A range promises at least its lower end (`53~61% 감축`, `2만~3만 명`): the figure to hold
    the government to; the text keeps the range."""
    return q.low if getattr(q, "low", None) is not None and not q.approximate else q.value


@dataclass(frozen=True)
class _Shifted:
    quantity: Any
    start: int
    end: int

    def __getattr__(self, name):
        return getattr(self.quantity, name)




LENGTH_UNITS = {"일", "시간", "개월", "주", "년", "분", "초"}  # a quantity in these is a length (deadlines.shortened_span_at)
QUANTITY_TAILS = {"이상", "이하", "가량", "규모", "정도", "안팎", "수준", "내외", "남짓", "초과", "미만", "씩", "여"}
_GOAL_NAMED_AFTER = re.compile(r"\s*(?:이상|이하|미만|초과)?\s*['‘’\"“”]?\s*목표(?:치)?(?:[를을는은의]|로|\s)")


def _target(found, tokens, sentence: Sentence, cue: "_Cue | None" = None, deadline=None):
    """The number the commitment is about, read from its place in the clause.

    Korean puts the object before its verb: a number marked as object (`5만 장을 확보`) or as
    result (`5만 장으로 늘린다`) or standing right before the predicate (`6000곳 이상 키운다`)
    is the target; one coordinated with another (`1만 장과 …을 합쳐`) or the source of a change
    (`1.29원에서 0.62원으로`) is not; a revision's target is its result (`3만 장을 5만 장으로`). Sums of money and percentages give way to counted things
    when both are there, and the nearest candidate before the cue wins a tie.
    The complement of `되다` is a result (`누적 3만7000장이 된다`); a number denied (`4개 팀이
    아닌`), a recipient or place (`159개 과제에 배정`) or a condition (`5만TB 이상을 사들이면`,
    `…을 선구매할 때`) is not the target; the number right after the deadline is that deadline's
    object (`2028년까지 GPU 1만5000장, 2030년까지 5만 장`).
    """
    if not found:
        return None
    gap = _gap_at(tokens)
    if gap is None and cue is not None and (
            cue.word in MEASURED_AGAINST or cue.word in (FAR_TO_GO, SHARE_OF_TARGET, PERCENT_OF_TARGET)):
        promised = _figure_of_target(found, tokens, sentence, cue)
        if promised is not None:
            return promised
    if gap is not None:
        unit = gap - 2 if tokens[gap - 1].tag == "JKS" else gap - 1
        to = _gap_target(tokens, unit - 1)
        figure = next((q for q in found if q.end == tokens[to].end - sentence.shift), None)
        if figure is not None:
            return figure  # `목표인 1,500명까지 80명 남았다`: the figure, not the gap
    if cue is not None and cue.label == "revision" and _earlier_figure_recalled(tokens, cue.index):
        result_at = tokens[cue.index - 1].start - sentence.shift  # `1조 원으로 잡았던 투자를 1조 5,000억 원으로 늘리기로`
        result = max((q for q in found if q.end <= result_at), key=lambda q: q.end, default=None)
        if result is not None:
            return result
    countables = [q for q in found if quantities.unit_family(q.unit).startswith("count")]
    cue_position = tokens[cue.index].start - sentence.shift if cue is not None else len(sentence.text)
    revising = cue is not None and cue.label == "revision"
    paired = None
    if deadline is not None and len(found) > 1:
        paired = min((q for q in found if q.start >= deadline.end), key=lambda q: q.start, default=None)
    scored: list[tuple[Any, float, Any]] = []  # (quantity, score, token after it)
    for q in found:
        after = _token_after(tokens, q.end + sentence.shift)
        if after is not None and after.form in ("씩", "당") and not (after.form == "씩" and _per_period(tokens, sentence, q)):
            continue  # 20만장씩, 1MB당: rates, not targets (but `한 달에 10만 원씩 더 주겠다` is what is promised)
        if after is not None and after.form == "급" and after.start == q.end + sentence.shift:
            continue  # `15MW급 터빈`, `3천t급 호위함`: the class of the thing, not how many
        k = tokens.index(after) if after is not None else len(tokens)
        while k < len(tokens) and (tokens[k].form in QUANTITY_TAILS or (
                tokens[k].form in ("’", "”", "'", '"', "」", "』") and k + 1 < len(tokens) and tokens[k + 1].tag.startswith("J"))):
            k += 1  # (`‘2028년까지 20곳’에서`: the quote closes before the number's particle)
        # `159개 과제에`, `1만 개 스타트업을`: the counted noun's particle is the number's
        for _ in range(2):
            if k + 1 < len(tokens) and tokens[k].tag == "NNG" and tokens[k].form not in ACTION_NOUNS \
                    and tokens[k + 1].tag.startswith("J"):
                k += 1
        score = _case_score(tokens, k, revising)
        if _GOAL_NAMED_AFTER.match(sentence.text, q.end):
            score += 3  # `'150명 이하' 목표 시점을 … 늦췄다`: the figure the sentence names as the goal
        if q.unit in LENGTH_UNITS and after is not None and after.form in ("안", "이내", "내"):
            score = max(score, 0) + 2  # `24시간 안에 지우지 않으면 과징금`: the standard every case is held to
        if q is paired:
            score += 1
        if k + 1 < len(tokens) and tokens[k + 1].form == "더" and any(
                o is not q and quantities.same_unit_family(o.unit, q.unit) for o in found):
            score -= 1.5  # `2곳을 더 뽑아 5곳을 채우겠다`: the step, beside the total it reaches
        if sentence.text[max(0, q.start - 5) : q.start].rstrip().endswith("마지막") and any(
                o is not q and quantities.same_unit_family(o.unit, q.unit) for o in found):
            score -= 1.5  # `거점 30곳은 9월에 마지막 세 곳이 문을 열어 다 채웠다`: the last part, beside the whole
        if countables and _is_money_or_share(q.unit):
            score -= 2
        by = k + (k < len(tokens) and tokens[k].form == "p")  # (Kiwi: 5/SN %/SW p/SL)
        if by + 2 < len(tokens) and tokens[by].form in _BY_HOW_MUCH and tokens[by + 1].tag == "ETM" and any(
                o.start == tokens[by + 2].start - sentence.shift and quantities.same_unit_family(o.unit, q.unit.removesuffix("p"))
                for o in found):
            score -= 4  # `지난해보다 5%p 높은 15%까지`: the difference, before the level it describes
        if after is not None and after.form in ("→", "⇒", "➡") and any(
                o.start > q.end and quantities.same_unit_family(o.unit, q.unit) for o in found):
            score -= 2  # `목표: 올해 1,500억 원 → 2,000억 원`: the figure changed from, as `…에서` is
        scored.append((q, score, tokens[k] if k < len(tokens) else None))
    # `1만5000장, 2030년까지 5만 장을`: a comma-joined number shares the case of the one it joins
    for i in range(len(scored) - 1):
        q, score, nxt = scored[i]
        joined = scored[i + 1][2]
        if nxt is not None and nxt.form == "," and joined is not None and joined.tag == "JKO" \
                and scored[i + 1][1] > score and quantities.same_unit_family(q.unit, scored[i + 1][0].unit):
            scored[i] = (q, scored[i + 1][1] + (1 if q is paired else 0), nxt)
    outsiders = _outsider_segments(sentence) if sentence.headline else ()
    best, best_score = None, None
    for q, score, _ in scored:
        if any(a <= q.start < b for a, b in outsiders):
            score -= 3  # `엔비디아, 한국에 GPU 26만장 공급…정부 몫 최대 5만장`: the company's number
        distance = cue_position - q.end
        score -= 0.002 * (distance if distance >= 0 else 4 * -distance)
        if best_score is None or score > best_score:
            best, best_score = q, score
    if best_score is not None and best_score < -1.5:
        return None  # every number is a condition, a denial or another actor's: no target
    if best is not None and _listed(best, found, sentence.text):
        return None  # `H200 2296장과 B200 2040장을`: parts listed side by side, no one target
    return best


# what a difference says of the figure after it (`5%p 높은 15%`, `2만 명 늘어난 12만 명`)
_BY_HOW_MUCH = {"높", "낮", "많", "적", "늘어나", "줄어들", "오르", "늘", "줄"}


_TIME_IN_GAP = re.compile(r"\d+\s*(?:년|월|분기)|올해|내년|상반기|하반기|연내|연말")


def _figure_of_target(found, tokens, sentence: Sentence, cue: "_Cue"):
    """`목표(1만 2,000기)를 넘어섰다`, `목표였던 2만 호는 2만 1,000호로 넘어섰다`: the figure that
    follows the target word is the promise; the count it is set against is only its measure."""
    k = _target_word_before(tokens, cue.index)  # found: the cue was read because it is there
    if k is None:
        return None
    after = tokens[k].end - sentence.shift
    cue_at = tokens[cue.index].start - sentence.shift
    following = [q for q in found if after <= q.start < cue_at]
    if k + 1 < len(tokens) and tokens[k + 1].form in ("가운데", "중"):
        following = []  # `20곳 목표 가운데 17곳에 그쳤다`: the count after is the part done
    if following:
        return min(following, key=lambda q: q.start)
    before = tokens[k].start - sentence.shift  # `30일 목표에 못 미쳤다`: the figure that names the target
    return next((q for q in found if q.end <= before and sentence.text[q.end:before].strip() in (
        "", "이내", "이상", "이하", "미만", "안팎", "내외")), None)  # (`21일 이내 목표를 맞췄다`)


def _listed(q, found, text: str) -> bool:
    """Is `q` one of several like numbers listed side by side (`A 2296장과 B 2040장을`, `산업계 약
    4000장, 학계 약 1000장 규모의`)? Numbers split by their own deadlines (`2028년까지 1만5000장,
    2030년까지 5만 장`) or by a clause are not a list."""
    family = quantities.unit_family(q.unit)
    for other in found:
        if other is q or quantities.unit_family(other.unit) != family:
            continue
        first, second = (other, q) if other.start < q.start else (q, other)
        gap = text[first.end : second.start]
        if len(gap) > 20 or _TIME_IN_GAP.search(gap):
            continue
        joint = gap.lstrip(" ").split(" ")[0] if gap.strip() else ""
        if joint.startswith((",", "과", "와", "·")) and not re.search(r"[을를이가은는]\s|[고며서면]\s|[다]\b", gap):
            return True
    return False


def _outsider_segments(sentence: Sentence) -> list[tuple[int, int]]:
    """Headline clauses (between `…`) whose subject is an outside actor: `엔비디아, …`, `KT가 …`."""
    text, spans, start = sentence.text, [], 0
    cuts = [m.start() for m in _HEADLINE_JOIN.finditer(text)] + [len(text)]
    for cut in cuts:
        inside = [t for t in sentence.tokens if start <= t.start - sentence.shift < cut]
        if len(inside) >= 2 and inside[0].tag in ("NNP", "SL") and not isinstance(inside[0].user_value, dict) \
                and inside[0].form not in GOVERNMENT_SUBJECTS and (inside[1].form == "," or inside[1].tag == "JKS"):
            spans.append((start, cut))
        start = cut + 1
    return spans


def _case_score(tokens, k: int, revising: bool) -> float:
    """How much the words after a number (token k on) make it the clause's object or result."""
    nxt = tokens[k] if k < len(tokens) else None
    if nxt is None:
        return 0.0
    t, form, following = nxt.tag, nxt.form, following_form(tokens, k)
    score = 0.0
    if t in ("JKS", "JKC") and following == "아니":
        score -= 4  # 4개 팀이 아닌 3개 팀: the denied number
    elif t == "JKO":
        score += 3
        if following in ("포함", "비롯", "합치", "더하", "제외", "빼"):
            score -= 4  # `1200곳을 포함해`, `1만 장을 합쳐`: a part of the target, not the target
        elif _relative_clause(tokens, k):
            score -= 1.5  # `26만 장을 들여오기 위한 협의체로, … 정부 몫은 5만 장이다`: a modifier's object
    elif form in ("로", "으로") and t == "JKB" and (following in COMPOSED_OF or (
            following == "되" and k + 2 < len(tokens) and tokens[k + 2].tag == "ETM")):
        score -= 2  # `위원 7명으로 구성된다`, `16개 언어로 된 교재`: what a thing is made of, not a goal
    elif form in ("로", "으로") and t == "JKB":
        score += 4 if revising else 2  # `목표를 5만 장으로 늘렸다`: the new target
    elif _grown_figure(tokens, k):
        score -= 2  # `올해보다 9.7% 늘어난 137조 원`: the difference, not the amount
    elif t in ("VV", "VA", "XSV") or form in ACTION_NOUNS or (
        t == "NNG" and k + 1 < len(tokens) and tokens[k + 1].tag == "XSV"
    ):
        score += 2.5
    elif t == "JKC" or (t == "JKS" and following == "되"):
        score += 3  # 누적 3만7000장이 된다: the result
    elif t == "VCP" and k + 1 < len(tokens) and tokens[k + 1].tag == "EF":
        score += 3  # 정부 몫은 5만 장이다: the number is what the sentence states
    elif t == "JKS":
        score += -2 if _relative_clause(tokens, k) else 1  # `16개사가 협상한 결과`: another actor
    elif form in ("과", "와") or t == "JC":
        score -= 1
    elif form == "에서":
        score -= 1
    elif form == "에" and t == "JKB" and following not in ("달하", "이르", "그치", "육박"):
        score -= 1  # 159개 과제에 배정: the recipient, not what is given
    if _conditional(tokens, k):
        score -= 2
    return score


COMPOSED_OF = {"구성", "꾸리", "꾸려지", "이루", "이뤄지", "짜"}


def _relative_clause(tokens, k: int, auxiliaries: bool = False) -> bool:
    """Does the clause that starts after token k end in an adnominal (`…가 협상한 결과`)?
    `auxiliaries`: read on through `-어 주`, `-고 있` (for a subject; an object's clause stops there)."""
    level = tokens[k].sub_sent_position
    for j in range(k + 1, min(len(tokens), k + (16 if auxiliaries else 10))):
        token = tokens[j]
        t = token.tag
        if auxiliaries and t == "EC" and j + 1 < len(tokens) and (
            tokens[j + 1].tag == "VX" or token.form in ("어", "아", "여", "고", "며", "면서")
        ):
            # `AI가 써 주는 서비스`, `농협이 근로자를 고용해 농가에 보내는 계절근로`: one clause
            continue
        if token.sub_sent_position != level or t in ("SF", "EF", "EC", "SP"):
            return False
        if t == "ETM" or (t == "MM" and token.form == "한" and tokens[j - 1].tag == "NNG"):
            # (Kiwi sometimes reads `협상한 결과` as 협상/NNG 한/MM: the same adnominal)
            head = tokens[j + 1] if j + 1 < len(tokens) else None
            return head is not None and head.form not in COMMITMENT_NOUNS and head.form not in ("것", "데", "바", "수")
    return False


def following_form(tokens, k: int) -> str:
    return tokens[k + 1].form if k + 1 < len(tokens) else ""


def _conditional(tokens, k: int) -> bool:
    """Does the clause that holds token k end in a condition (`-면`, `-ㄹ 때`, `-ㄹ 경우`)?"""
    level = tokens[k].sub_sent_position if k < len(tokens) else 0
    for j in range(k, min(len(tokens), k + 12)):
        token = tokens[j]
        t = token.tag
        if token.sub_sent_position != level or t in ("SF", "EF"):
            return False
        if t == "EC":
            if token.form in ("면", "으면"):
                return True
            if token.form not in ("어", "아", "여", "지", "게"):  # 사들이면, but not 구축하고 / 늘려
                return False
        if t == "ETM" and j + 1 < len(tokens) and tokens[j + 1].form in ("때", "경우"):
            return token.form in ("ᆯ", "을")
    return False


def _is_money_or_share(unit: str) -> bool:
    family = quantities.unit_family(unit)
    return family.startswith("money") or family.startswith("ratio")


def _token_after(tokens, end: int):
    for token in tokens:
        if token.start >= end:
            return token
    return None


def _object(target, tokens, sentence: Sentence, measured: bool = False) -> str | None:
    """The noun the number counts: `GPU 3만 장`, `그래픽처리장치(GPU) 3만장`, `3만 장의 GPU`; of a
    measured figure, what stands at it (`사망자는 297명으로 줄었다`, `헌혈률은 3.2%로`)."""
    start = target.start + sentence.shift
    end = target.end + sentence.shift
    before = [t for t in tokens if t.start + t.len <= start]
    for k, token in enumerate(reversed(before[-4:])):
        if token.tag in ("NNG", "NNP", "SL") and token.form not in STOP_NOUNS and len(token.form) >= 2:
            return _word_ending(before, len(before) - 1 - k)
        if measured and k == 0 and (token.tag == "JKS" or (token.tag == "JX" and token.form in ("은", "는"))):
            return _particle_noun(before, len(before) - 1)
        if token.tag not in ("SSO", "SSC", "SP", "SW", "SN", "MM", "XPN"):
            break
    after = [t for t in tokens if t.start >= end]
    if len(after) >= 2 and after[0].form == "의" and after[1].tag in ("NNG", "NNP", "SL"):
        j = 1  # (`10곳의 동물장묘시설을`: the word after `의`, to its end)
        while j + 1 < len(after) and after[j + 1].tag in ("NNG", "NNP") and after[j].end == after[j + 1].start:
            j += 1
        return _word_ending(after, j)
    for i, token in enumerate(tokens):
        if token.tag == "JKO" and (noun := _particle_noun(tokens, i)) is not None:
            return noun
    return None


def _particle_noun(tokens, i: int) -> str | None:
    """The word a particle at `i` marks, past a suffix, whole (`동물장묘시설을` → 동물장묘시설, not the `시설`
    of any other; `헌혈률을` → 헌혈)."""
    k = i - 1
    if k > 0 and tokens[k].tag == "XSN":
        k -= 1
    if k < 0 or tokens[k].tag not in ("NNG", "NNP", "SL"):
        return None
    return _word_ending(tokens, k)


def _word_ending(tokens, k: int) -> str:
    """The word written without a space that ends with the noun at `k` (`동물장묘` + `시설`)."""
    first = k
    while first > 0 and tokens[first - 1].tag in ("NNG", "NNP") and tokens[first - 1].end == tokens[first].start:
        first -= 1
    return "".join(t.form for t in tokens[first : k + 1])


# A small number joined to one of these before a noun names which one (`4세 무상 교육`, `2단계 실증`,
# `1기 글로컬대학`, `2차 추경`, `6호기 가동`): `4세` and `5세` are two promises, whatever else they share.
DESIGNATORS = {"세", "기", "단계", "호기", "차", "학년"}
DESIGNATOR_WORD = re.compile(r"^\d{1,2}(?:" + "|".join(sorted(DESIGNATORS, key=len, reverse=True)) + r")$")


# `지방자치단체` (Kiwi: 지방 + 자치 + 단체), `광역자치단체`, `기초자치단체`
LOCAL_GOVERNMENT = {"지방", "광역", "기초", "자치", "단체"}


def _local_government_at(tokens, k: int) -> bool:
    """Is tokens[k] part of `…자치단체` (the word for a local government)?"""
    for start in range(max(0, k - 2), k + 1):
        forms = [t.form for t in tokens[start : start + 3]]
        if forms[1:] == ["자치", "단체"] and forms[0] in ("지방", "광역", "기초") and all(
            tokens[j + 1].start == tokens[j].end for j in range(start, start + 2)
        ):
            return True
    return False


def _keywords(tokens, reference) -> tuple[str, ...]:
    """The words a mention is linked by: what it is about, not who says it (a ministry, an official
    listed or not, a title) and not an interview's `A.` label; a numbered name (`4세`) is one."""
    words = []
    for k, token in enumerate(tokens):
        t = token.tag
        if t == "SN" and k + 2 < len(tokens) and len(token.form) <= 2 and token.form.isdigit() and (
            tokens[k + 1].form in DESIGNATORS and tokens[k + 1].start == token.end
            and tokens[k + 2].tag in ("NNG", "NNP")
        ) and not (k and tokens[k - 1].tag == "SO"):  # (`3~5세 반` is a range, not a name)
            words.append(token.form + tokens[k + 1].form)
            continue
        if t == "SL" and k + 2 < len(tokens) and tokens[k + 1].form == "-" and tokens[k + 2].tag == "SL" and len(
                tokens[k + 2].form) == 1 and token.end == tokens[k + 1].start and tokens[k + 1].end == tokens[k + 2].start:
            words.append(f"{token.form.upper()}-{tokens[k + 2].form.upper()}")  # a lettered line: `GTX-C`
            j = k + 3
            while j + 1 < len(tokens) and tokens[j].form == "·" and tokens[j + 1].tag == "SL" and len(tokens[j + 1].form) == 1:
                words.append(f"{token.form.upper()}-{tokens[j + 1].form.upper()}")  # `GTX-B·C`: both lines
                j += 2
        if t not in ("NNG", "NNP", "SL"):
            continue
        form = token.form
        if form in LOCAL_GOVERNMENT and _local_government_at(tokens, k):
            continue
        if form in STOP_NOUNS or form in TITLES or (t != "SL" and len(form) < 2 and form not in THINGS):
            continue
        if k == 0 and form in ("A.", "Q.", "A", "Q"):
            continue
        value = token.user_value
        if isinstance(value, dict) and ("ministry" in value or "person" in value):
            continue
        if t == "NNP" and _PERSON_NAME.match(form) and any(
                x.form in TITLES or (isinstance(x.user_value, dict) and "ministry" in x.user_value)
                for x in tokens[k + 1 : k + 4]):
            continue  # `오세진 특허청 …국장`: an official the dictionary does not list
        words.append(form.upper() if t == "SL" else form)
    return tuple(dict.fromkeys(words))


# --- actors -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Speaker:
    person: str
    ministry: str | None


OUTSIDER_TURN = Speaker("", None)  # a transcript's turn that is no official's


class _ActorTracker:
    """Who is speaking, sentence by sentence: full names, `유 장관`, `그는`, quotes' speakers.

    While reading it also tallies which body the article is about (`lead`): every ministry named
    as subject or source counts twice, one named otherwise or through an official once, one named
    as a place or an object (`국회를 통과`, `위원회에서 발표`, `기재부에 제출`) not at all; the
    headline and lead sentences count double.
    """

    def __init__(self, reference, dct: date | None):
        self.reference = reference
        self.dct = dct
        self.by_surname: dict[str, Speaker] = {}
        self.last: Speaker | None = None
        self.current: Speaker | None = None
        self.current_title: str | None = None
        self.votes: dict[str, int] = {}
        self._read = 0
        # the last body named as subject in the paragraph being read, and that paragraph
        self.recent: str | None = None
        self.paragraph: int | None = None
        self.last_paragraph: int | None = None  # where `last` was named
        self.interviewee: Speaker | None = None  # the one named before an interview's first question
        self.caption: tuple[int, Speaker] | None = None  # a broadcast's caption: its paragraph, who speaks next
        self.paragraph_subjects: dict[int, str] = {}  # the first body named as subject in each paragraph
        self.paragraph_last: dict[int, str] = {}  # and the last
        self.paragraph_marks: dict[int, str | None] = {}  # the list item's mark each paragraph opens on, if any
        self.section_paragraphs: list[int] = []  # where a roundup's sections (`■ …`) start
        self.reading: int | None = None  # the paragraph of the sentence `restore` put back
        self.turn: tuple[int, Speaker | None] | None = None  # a transcript's paragraph and whose turn it is
        self.lawmakers_turn: int | None = None  # the paragraph a lawmaker's turn in minutes is (`◯맹주완 위원 …`)
        # where the sentences in lawmakers' turns start, and in a call chat's turns of anyone but an official
        self.outsiders_say: set[int] = set()
        self.chatting: Speaker | None = None  # who writes in a call's saved chat (`14:24:52 From … to Everyone:`)
        self.heading: Speaker | None = None  # who speaks under a transcript's heading (`[답변 = 이름 직함]`)
        self.contributed = False  # the article is an official's own column (`[기고]`)
        # the sentence read is in a letter signed by no government body (`솔뫼농기계(주) 고객만족팀 드림`) and names none
        self.unheard = False
        self.author: Speaker | None = None  # and the official it is by, from its author line

    def _body_named(self, token) -> str:
        """The body a ministry's token names, under the name it had on the article's day."""
        return self.reference.resolve_ministry(token.form, self.dct) or token.user_value["ministry"]

    def _official(self, person: str, title: str | None = None) -> Speaker:
        official = self.reference.find_official(person, self.dct, title)
        ministry = None
        if official is not None:
            ministry = self.reference.resolve_ministry(official.ministry, self.dct) or official.ministry
        return Speaker(person, ministry)

    def _vote(self, ministry: str | None, weight: int) -> None:
        if ministry and weight > 0:
            self.votes[ministry] = self.votes.get(ministry, 0) + weight * (2 if self._read < 3 else 1)

    def _surname(self, tokens, i: int, found: list) -> None:
        """`유 장관은`: a surname before a title names the official met earlier, or the one in office."""
        title_word = _title_after(tokens, i)
        if title_word:
            speaker = self.by_surname.get(tokens[i].form)
            if speaker is None:
                candidates = self.reference.officials_by_surname(tokens[i].form, title_word, self.dct)
                if candidates:
                    speaker = self._official(candidates[0].person)
            if speaker is not None and not _chairs(tokens, i):
                found.append((speaker, title_word))

    def _unlisted(self, tokens, i: int, name: str | None = None) -> tuple[Speaker, str] | None:
        """`윤세라 복지부 보건의료정책실장`: an official the dictionary does not list (most below
        minister are not), known by the ministry and the title that follow the name (`name`, when
        Kiwi cut it into nouns: `표지안` → 표지 + 안). The title may come in Kiwi's pieces too
        (`기술혁신정책관` → … 정책 + 관)."""
        ministry = None
        word = ""
        previous = None
        for k in range(i + 1, min(i + 9, len(tokens))):
            token = tokens[k]
            value = token.user_value
            if ministry is None and isinstance(value, dict) and "ministry" in value:
                ministry = self._body_named(token)
                previous = token
                continue
            if not word and token.form == "장" and (glued := _title_word(tokens, k)) is not None:
                return Speaker(name or tokens[i].form, ministry), glued  # `우주항공청장`: 우주항공청 + 장
            # Kiwi reads an unfamiliar office before the title as a name (`해운물류`/NNP 국장)
            if ministry is None or token.tag not in ("NNG", "NNP") or value is not None:
                return None
            word = (word if previous is not None and previous.end == token.start else "") + token.form
            previous = token
            title = next((t for t in TITLES if word.endswith(t)), None)
            if title is not None:
                return Speaker(name or tokens[i].form, ministry), title
        return None

    def read(self, sentence: Sentence, paragraph: int | None = None, turn: str | None = None) -> tuple:
        """Read one sentence (in order); returns the state `restore` puts back for it.
        `paragraph`: which body paragraph the sentence is in (None: the headline); `turn`: `Q` or
        `A` in an interview (`interview_turn`)."""
        if turn == "Q" and self.interviewee is None:
            self.interviewee = self.last
        labelled = self._turn_of(sentence, paragraph)
        tokens = sentence.tokens
        found: list[tuple[Speaker, str | None]] = []
        subject = None
        bodies: set[str] = set()
        caption = SPEAKER_CAPTION.match(sentence.text.lstrip()) if paragraph is not None else None
        if caption is not None:
            # `[인터뷰] 모정연 / 산업통상자원부 전력산업정책관`: the next paragraph is what they say
            body = next((t for t in tokens if isinstance(t.user_value, dict) and "ministry" in t.user_value), None)
            self.caption = None if body is None else (paragraph, Speaker(caption["name"], self._body_named(body)))
        for i, token in enumerate(tokens):
            value = token.user_value
            if value is None:
                if token.tag in ("NNP", "NNG") and len(token.form) == 1 and i + 1 < len(tokens):
                    self._surname(tokens, i, found)
                elif token.tag == "NNP" and _PERSON_NAME.match(token.form):
                    unlisted = self._unlisted(tokens, i)
                    if unlisted is not None:
                        self.by_surname[token.form[0]] = unlisted[0]
                        found.append(unlisted)
                        self._vote(unlisted[0].ministry, 1)
                continue
            if isinstance(value, dict) and "person" in value:
                title = _title_phrase(tokens, i)
                speaker = self._official(value["person"], title)
                self.by_surname[value["person"][0]] = speaker
                if _chairs(tokens, i):
                    continue  # `한덕수 대통령 권한대행 주재로`: the chair of the meeting, not the actor
                found.append((speaker, _title_after(tokens, i)))
                if not (i + 1 < len(tokens) and tokens[i + 1].form == "전"):
                    self._vote(speaker.ministry, 1)  # `유상임 전 장관` no longer speaks for the body
            elif isinstance(value, dict) and "ministry" in value:
                name = self._body_named(token)
                person = _name_in_pieces(tokens, i)
                unlisted = self._unlisted(tokens, i - 1, person) if person else None
                if unlisted is not None:
                    self.by_surname[person[0]] = unlisted[0]
                    found.append(unlisted)
                elif (after := _name_then_title(tokens, i)) is not None:
                    # `산림청 반석진 산림재난통제관`: the body, then the name and the title
                    official = Speaker(after[0], name)
                    self.by_surname[after[0][0]] = official
                    found.append((official, after[1]))
                role = _ministry_role(tokens, i, sentence.headline)
                self._vote(name, {"subject": 2, "other": 1, "part": 1, "owner": 1}.get(role, 0))
                if role == "subject" and subject is None and token.sub_sent_position == 0:
                    subject = name
                bodies.add(name)
            elif token.tag in ("NNP", "NNG") and len(token.form) == 1 and i + 1 < len(tokens):
                self._surname(tokens, i, found)
        if subject is None and paragraph is not None and len(bodies) == 1 and _item_heading(sentence.text):
            subject = bodies.pop()  # `⑤ 이주배경 학생 교육 (교육부)`: the heading says whose the lines under it are
        self._read += 1
        if paragraph is not None and (heading := speaker_heading(sentence.text) or NAMED_TURN.fullmatch(sentence.text)):
            self.heading = self._heading_speaker(sentence, heading, found)
            self.chatting = self.heading if heading.re is CHAT_TURN else None
            if self.heading not in (None, OUTSIDER_TURN) and not found:
                found.append((self.heading, None))
        elif self.heading is not None and (_NARRATED.search(sentence.text) or _told_in_the_past(tokens)):
            # `… 낮춰야 한다고 요구했다`, `경찰청은 … 늘리기로 했다`: the reporter's prose after the transcript
            self.heading = None
        words = sentence.text.split()
        he = bool(tokens) and tokens[0].form in ("그", "그녀") and tokens[0].tag == "NP" or (
            bool(words) and words[0] in SAME_SPEAKER)
        # `하지만`, `특히` go on with the speaker of this paragraph or the one before, not of one
        # paragraphs back (a roundup's next section is another body's)
        going_on = bool(words) and words[0] in CONTINUATIONS and (
            paragraph is None or self.last_paragraph is None or paragraph - self.last_paragraph <= 1)
        if found and self.contributed and self.author is None and paragraph == 0 and len(found) == 1 and (
                found[0][0].ministry and len(sentence.text) <= 40 and not ends_with_full_stop(sentence.text)):
            # `천세라 경찰청 생활안전교통국장` over a column: who writes all of it (only the line under the
            # title: an official named further down is someone the column talks about)
            self.author = found[0][0]
        if paragraph is not None and (introduced := self._introduced(tokens)) is not None and introduced != self.author:
            # `안녕하십니까. 문화체육관광부 저작권국장 은주하입니다.`: a speech's own lines are the speaker's, and a
            # joint briefing's the next speaker's once they introduce themselves (`해양경찰청 수상레저과장 엄도하입니다.`)
            self.author = introduced
            self.by_surname[introduced.person[0]] = introduced
            found = [(introduced, None)]
        if found:
            self.current, self.current_title = found[0]
            self.last = self.current
            self.last_paragraph = paragraph
        elif self.caption is not None and caption is None and (paragraph == self.caption[0] or (
            paragraph == self.caption[0] + 1 and _SPEECH_OPEN.match(sentence.text.strip())
        )):
            # the caption's own paragraph, or a quote opening the next one
            self.current, self.current_title = self.caption[1], None
            self.last, self.last_paragraph = self.current, paragraph
            self.caption = (paragraph, self.caption[1])
        elif labelled is OUTSIDER_TURN:
            if self.lawmakers_turn == paragraph:
                self.outsiders_say.add(sentence.start)
            self.current, self.current_title = None, None  # a lawmaker's or a host's turn: no official's
        elif labelled is not None:
            # `◆ 반석진> …`, `◯고용노동부장관 권재윤  …`: a transcript's line is its speaker's
            self.current, self.current_title = labelled, None
            self.last, self.last_paragraph = labelled, paragraph
        elif turn == "A" and self.interviewee is not None:
            self.current, self.current_title = self.interviewee, None
        elif (he or going_on) and self.last is not None:
            self.current, self.current_title = self.last, None
        elif self.heading is not None and paragraph is not None:
            # the lines under `■ 모두발언 (남태겸 경찰청 교통국장)`, up to the next heading, are theirs
            self.current = None if self.heading is OUTSIDER_TURN else self.heading
            self.current_title = None
            if self.chatting is OUTSIDER_TURN:
                self.outsiders_say.add(sentence.start)
        else:
            self.current, self.current_title = self.author, None  # (a column's lines are its author's)
        if paragraph != self.paragraph:
            self.paragraph, self.recent = paragraph, None
            if paragraph is not None:
                self.paragraph_marks[paragraph] = _list_mark(sentence.text)
        recent = self.recent  # the body this paragraph is about so far (not counting this sentence)
        if subject is not None and paragraph is not None:
            self.recent = subject
            if not (sentence.headline and _HEADLINE_JOIN.search(sentence.text)):
                # a deck's body (`융자 1만 가구…환경부는 대기 20일로`) is its own point's, not its paragraph's
                self.paragraph_subjects.setdefault(paragraph, subject)
                self.paragraph_last[paragraph] = subject
        return self.current, self.current_title, self.last, recent, paragraph, self.last_paragraph

    def _introduced(self, tokens) -> Speaker | None:
        """The official who introduces themselves (`문화체육관광부 저작권국장 은주하입니다`, `저는 …
        과장 하태온입니다`: nothing but `저는` before the body, then the title, in Kiwi's pieces or whole,
        the name and the copula that ends the sentence), or None. (Not a host's `오늘 모신 분은 …입니다`.)"""
        if tokens and tokens[-1].tag == "SF":
            tokens = tokens[:-1]
        if len(tokens) < 5 or tokens[-1].tag != "EF" or tokens[-2].form != "이" or tokens[-2].tag != "VCP":
            return None
        name = tokens[-3]
        value = name.user_value
        person = value.get("person") if isinstance(value, dict) else None
        if name.tag != "NNP" or (person is None and (value is not None or not _PERSON_NAME.match(name.form))):
            return None
        j = len(tokens) - 4
        while j >= 0 and tokens[j].tag in ("NNG", "NNP", "XSN") and not isinstance(tokens[j].user_value, dict):
            j -= 1
        title = "".join(t.form for t in tokens[j + 1 : len(tokens) - 3])
        if j < 0 or not title.endswith(TITLES) or not (isinstance(tokens[j].user_value, dict)
                                                      and "ministry" in tokens[j].user_value):
            return None
        opening = tokens[:j]
        if opening and opening[0].tag == "SSO" and (close := next(
                (k for k, t in enumerate(opening) if t.tag == "SSC"), None)) is not None:
            opening = opening[close + 1 :]  # (`<엄도하 해양경찰청 수상레저과장> 해양경찰청 수상레저과장 엄도하입니다`: their plate above)
        if [t.form for t in opening] not in ([], ["저", "는"]):
            return None
        if person is not None:
            return self._official(person, title)
        return Speaker(name.form, self._body_named(tokens[j]))

    def _turn_of(self, sentence: Sentence, paragraph: int | None) -> Speaker | None:
        """The official whose turn a transcript's paragraph is (`◆ 반석진> …`, `◯고용노동부장관 권재윤  …`),
        read from the label that opens it; OUTSIDER_TURN for a lawmaker's or a host's (`◯마경태 위원`,
        `◇ 앵커>`); None for a paragraph with no label or an unknown name. A lawmaker's label also marks
        the paragraph as `lawmakers_turn`, whose sentences mentions_in leaves out."""
        if paragraph is None:
            return None
        label = _speaker_label(sentence.text)
        if label is not None:
            self.turn = (paragraph, self._turn_speaker(label, sentence))
            if any(w.endswith(("위원", "의원")) or w == "위원장" for w in _turn_label(label).split()):
                self.lawmakers_turn = paragraph
        return self.turn[1] if self.turn is not None and self.turn[0] == paragraph else None

    def _heading_speaker(self, sentence: Sentence, heading: re.Match[str], found: list) -> Speaker | None:
        """Who speaks under a heading line: the official it names (`■ 모두발언 (남태겸 경찰청 교통국장)`,
        `[답변 = 남태겸 교통국장]`, one met before), OUTSIDER_TURN under a question's (`[질문]`) and under
        a recording's turn of anyone else (`오하람 (택배노동자연대 정책실장)  12:18`, `참석자 4  06:40`),
        None under any other heading (`■ 질의응답`)."""
        label = heading["label"]
        if heading.re is CHAT_TURN:
            # a call's chat: an official's turn names their body (`From 기후에너지환경부 용세아 사무관`); anyone
            # else's (`From 사무국 최다정`, a member's) is no official's
            official = next((f[0] for f in found if f[0].ministry and f[0].person and f[0].person in heading["who"]), None)
            return official if official is not None else OUTSIDER_TURN  # (not `… to 환경부 용세아 사무관:`, whom it is for)
        if heading.re is RECORDED_TURN:
            name = heading["who"]  # (None for a numbered voice: nobody known)
            if name is None or not _surnamed(name):
                return OUTSIDER_TURN
            body = next((t for t in sentence.tokens if isinstance(t.user_value, dict) and "ministry" in t.user_value), None)
            if body is not None:
                return Speaker(name, self._body_named(body))  # (Kiwi may read the name in pieces)
            known = self.by_surname.get(name[0])  # `탁다온 (사무관)  10:40`: met before with their body
            if known is not None and known.person == name:
                return known
            return next((f[0] for f in found if f[0].person), OUTSIDER_TURN)
        speaker = next((f[0] for f in found if f[0].person), None)
        if speaker is None:
            speaker = next((known for w in re.findall(r"[가-힣]{2,4}", sentence.text)
                            if (known := self.by_surname.get(w[0])) is not None and known.person == w), None)
        if speaker is not None:
            return speaker
        return OUTSIDER_TURN if label in ("질문", "질의", "문", "Q") else None

    def _turn_speaker(self, label: re.Match, sentence: Sentence) -> Speaker | None:
        words = _turn_label(label).split()
        if any(w.endswith(_TURN_OUTSIDERS) or w == "위원장" for w in words):
            return OUTSIDER_TURN
        name = next((w for w in reversed(words) if _surnamed(w)
                     and not w.endswith(tuple(TITLES)) and self.reference.resolve_ministry(w, self.dct) is None), None)
        if name is None:
            return None
        end = label.end(next(group for group in ("label", "answered", "listed") if label[group])) + sentence.shift
        body = next((t for t in sentence.tokens if t.start < end and isinstance(t.user_value, dict)
                     and "ministry" in t.user_value), None)
        if body is not None:
            return Speaker(name, self._body_named(body))
        known = self.by_surname.get(name[0])
        return known if known is not None and known.person == name else None

    def official_near(self) -> bool:
        """Is an official of a body of government speaking, or named in this paragraph or the one before (whose
        `저희` is their body's)?"""
        named = self.current or self.last
        return named is not None and named.ministry is not None and (
            self.current is not None or self.reading is None or self.last_paragraph is None
            or self.reading - self.last_paragraph <= 1)

    def restore(self, state: tuple) -> None:
        self.current, self.current_title, self.last, self.recent, self.reading, self.last_paragraph = state

    def lead(self) -> str | None:
        """The body the article is mostly about; the legislature only when no executive body is named."""
        executive = {m: v for m, v in self.votes.items() if not self.legislature(m)}
        pool = executive or self.votes
        if not pool:
            return None
        order = list(self.votes)
        return max(pool, key=lambda m: (pool[m], -order.index(m)))

    def owner(self, category: str, lead: str | None) -> str | None:
        """For a sentence that names no body: the article's lead, unless the lead is no clearer
        than a body that owns the sentence's topic and the lead does not (an editorial naming
        several bodies once each: its GPU sentences are the science ministry's)."""
        owners = self.reference.topic(category).owners if category else ()
        if not owners or lead in owners:
            return lead
        floor = self.votes.get(lead, 0) if lead else 0
        named = [m for m in owners if self.votes.get(m, 0) >= max(floor, 1)]
        return max(named, key=lambda m: self.votes[m]) if named else lead

    def legislature(self, ministry: str | None) -> bool:
        body = self.reference.ministry(ministry) if ministry else None
        return body is not None and body.kind == "국회"

    def named_in(self, sentence: Sentence) -> bool:
        """The sentence itself names an official or a ministry."""
        for token in sentence.tokens:
            value = token.user_value
            if isinstance(value, dict) and ("ministry" in value or "person" in value):
                return True
        return self.current is not None

    def speaker(self, sentence: Sentence) -> tuple[Speaker | None, str | None]:
        if self.current is not None:
            return self.current, self.current_title
        opens_quote = bool(_SPEECH_OPEN.match(sentence.text.strip()))
        if opens_quote and self.last is not None:
            return self.last, None
        return None, None

    def ministry_for(self, sentence: Sentence, speaker: Speaker | None, focus: int | None = None) -> str | None:
        """The sentence's body: its subject (or source, `과기정통부에 따르면`), else the speaker's,
        else the first one named in another role than a place or an object.

        A headline joins clauses with `…`; the body then comes from the clause that holds `focus`
        (the deadline or the target: `기후부 출범…기재부는 내년 1월 2일 둘로 나뉜다`)."""
        subject = first = part = owner = None
        tokens = sentence.tokens
        if focus is not None and sentence.headline:
            cuts = [m.end() for m in _HEADLINE_JOIN.finditer(sentence.text)]
            if cuts:
                low = max([c for c in cuts if c <= focus], default=0)
                high = min([c for c in cuts if c > focus], default=len(sentence.text) + 1)
                inside = [t for t in tokens if low <= t.start - sentence.shift < high]
                if inside and any(_is_ministry(t) for t in inside):
                    tokens = inside
        for i, token in enumerate(tokens):
            value = token.user_value
            if not (isinstance(value, dict) and "ministry" in value):
                continue
            role = _ministry_role(tokens, i, sentence.headline)
            if role == "oblique":
                continue
            name = self._body_named(token)
            if role == "part":
                part = part or name
                continue
            first = first or name
            if role == "owner" and token.sub_sent_position == 0:
                owner = owner or name
            elif subject is None and role == "subject" and token.sub_sent_position == 0:
                subject = name
        if subject or owner:
            return subject or owner
        if speaker is not None and speaker.ministry:
            return speaker.ministry
        # a sentence that names no body goes on with the one its paragraph is about
        # (`교육부는 … 정했다. 중점대학은 상반기 중 열 곳을 지정한다`), or names later (a roundup's
        # section: `■ 폐배터리` … `기후부는 개통을 다시 늦췄다`), before the article's; a body's
        # part (`국세청 전산 연계가 늦어져`) is what the promise waited on, not who made it
        return first or self.recent or self.paragraph_subjects.get(self.reading) or part or self._carried(sentence)

    def _carried(self, sentence: Sentence) -> str | None:
        """A paragraph that names no body goes on with the last one the paragraphs above it named
        (`방사청은 … 바꾸기로 했다.` then `핵심 부품 국산화에는 2029년까지 1조 원을 투입한다.`);
        not in a deck's line, nor in a sentence that turns to another matter (`한편`, `반면`) or
        whose subject is the government as a whole (`정부는`)."""
        if self.reading is None or sentence.headline or sentence.text.lstrip().startswith(("한편", "반면")) or any(
            t.form in GOVERNMENT_WORDS and t.sub_sent_position == 0 and k + 1 < len(sentence.tokens)
            and sentence.tokens[k + 1].form in _SUBJECT_PARTICLES for k, t in enumerate(sentence.tokens)
        ):
            return None
        # (not across a roundup's section heading: the next section is another subject's)
        section = max((p for p in self.section_paragraphs if p <= self.reading), default=-1)
        above = [p for p in self.paragraph_last if section <= p < self.reading]
        if not above:
            return None
        if self.unheard:
            # a page in a writer's own voice: a paragraph that names no body is the writer's (`· 5월부터 … 초보
            # 교실을 엽니다` under the ministries' plans it relayed), unless it goes on with a list of those plans,
            # each item under the same mark (`▷ 문화누리카드는 …(문체부)` then `▷ 청소년 1만 원 추가 지원은 …`)
            mark = self.paragraph_marks.get(self.reading)
            if mark is None or any(self.paragraph_marks.get(p, mark) != mark for p in range(max(above), self.reading)):
                return None  # (not from an intro in prose: a shop's own `- 11월 한 달 동안 …` under news it relayed)
        return self.paragraph_last[max(above)]


# A transcript's turn label: a mark, the speaker (a name, with a role before or after it), then `>`,
# `:` or two spaces (`◆ 반석진> …`, `◯고용노동부장관 권재윤  …`, `◯마경태 위원  …`)
# the reporter's own prose: a sentence that reports what someone said (`…하겠다고 11일 밝혔다`)
_NARRATED = re.compile(r"(?:고|며|면서)\s+(?:\S+\s+){0,2}(?:밝혔|말했|설명했|강조했|요구했|주장했|덧붙였|전했)다")


def _list_mark(text: str) -> str | None:
    """The mark a list item opens on (`▷`, `📻`, `-`; a numbered item's class, `①`, `1.`, `가.`), or None for prose."""
    opening = text.lstrip()
    if not opening:
        return None
    if "①" <= opening[0] <= "⑳" or "❶" <= opening[0] <= "❿":
        return "①"
    if numbered := _NUMBERED_ITEM.match(opening):
        return "1." if numbered[1] else "가."
    return None if opening[0].isalnum() or opening[0] in "\"'“‘(「『[<【" else opening[0]


_NUMBERED_ITEM = re.compile(r"(?:(\d{1,2})|[가-하])[.)](?!\d)\s")


def _item_heading(text: str) -> bool:
    """A numbered or marked heading of the lines under it (`⑤ 이주배경 학생 교육 (교육부)`, `3. 졸음쉼터
    (국토교통부)`): short, a list item's mark, no sentence, no source line (`자료: 국토교통부`)."""
    stripped = text.strip()
    return len(stripped) <= 40 and is_list_item(stripped) and not ends_with_full_stop(stripped) and not (
        _SOURCE_WORDS.search(stripped))


_SOURCE_WORDS = re.compile(r"자료|출처|제공|인용")


def _told_in_the_past(tokens) -> bool:
    """Does the sentence end in the plain past (`…늘리기로 했다.`)? A reporter's, where a transcript's
    speaker says `했습니다`."""
    words = [t for t in tokens if t.sub_sent_position == 0 and t.tag not in ("SF", "SE", "SP")]
    return len(words) >= 2 and words[-1].tag == "EF" and words[-1].form == "다" and (
        words[-2].tag == "EP" and words[-2].form in PAST_TENSE)
# (`· 모지혁 의원: …`, `· 국토교통부 물류산업과 홍서준 사무관: "…"`: a proceedings' summary of who said what)
_TURN_SPEAKER = re.compile(
    r"\s*(?:[◇◆◯○●▷▶]\s*(?P<label>[가-힣]{2,12}(?: [가-힣]{2,12})?)\s*(?:>|:|\s{2,})"
    r"|[·•]\s*(?P<listed>[가-힣]{2,12}(?: [가-힣]{2,12}){0,3})\s*:"
    # an answer under its speaker's name and post (`A. (도해련 정책관) …`, a pool report's Q&A; a briefing's
    # `<답변> (엄도하 과장) …`)
    r"|(?:(?:A|답)\s*\d*\s*[.:)．]|[<\[〈【]\s*답(?:변)?\s*[>\]〉】])\s*\(\s*(?P<answered>[가-힣]{2,4}(?: [가-힣]{2,12}){0,2})\s*\))")
def _turn_label(turn: re.Match[str]) -> str:
    return turn["label"] or turn["answered"] or turn["listed"]


def _speaker_label(text: str) -> re.Match[str] | None:
    """The transcript's or the summary's label opening `text` (`◆ 반석진>`, `· 모지혁 의원:`); a
    listed label only when it ends on who speaks (not `· 주요 사업:`, a field)."""
    turn = _TURN_SPEAKER.match(text)
    if turn is None or turn["label"] or turn["answered"]:
        return turn
    return turn if turn["listed"].endswith(_SPEAKER_ENDINGS) else None


_TURN_OUTSIDERS = ("위원", "의원", "앵커", "기자", "진행자", "사회자")  # (and a bare `위원장`: not `금융위원회위원장`)
_SPEAKER_ENDINGS = TITLES + _TURN_OUTSIDERS + ("관계자",)  # who a summary line may name as its speaker

_HEADLINE_JOIN = re.compile(r"…|\.\.\.|⋯")
_CONTRIBUTION = re.compile(r"\s*[\[［<〈【(]\s*(?:특별\s*)?기고")  # `[기고] …`, `[특별기고] …`: a column by its author
_JOINS = {"…", "...", "⋯"}
_SUBJECT_PARTICLES = ("은", "는", "이", "가", "도", "에서는", "서")
_OBLIQUE_PARTICLES = ("을", "를", "에", "에서", "에게", "로", "으로", "께", "한테", "에서도", "에도", "로부터", "으로부터")


def _ministry_role(tokens, i: int, headline: bool) -> str:
    """A named body's role in its clause: `subject` (`과기정통부는`, `과기정통부에 따르면`, a
    headline's `과기정통부, …` or `과기정통부 착수`), `oblique` (a place or an object: `국회를 통과`,
    `국회 본회의에서`, `위원회에서 발표`, `기재부에 제출`), `affiliation` (`과기정통부 장관`), `part`
    (the subject is something of the body's: `국회 본회의가`, `국세청 전산 연계가`), `owner` (the sentence
    opens on the body's own thing: `식약처의 유해성분 공개는`) or `other`."""
    n = len(tokens)
    k = i + 1
    # a compound whose head is the real noun: 국회 본회의를, 위원회 3차 회의에서
    while k < n and k <= i + 2 and tokens[k].tag == "NNG" and _title_word(tokens, k) is None and (
            tokens[k].form not in ACTION_NOUNS):
        k += 1
    if k < n and _title_word(tokens, k) is not None:
        return "affiliation"
    nxt = tokens[k] if k < n else None
    if nxt is None:
        return "subject" if headline else "other"
    form, t = nxt.form, nxt.tag
    if k == i + 1 and (t == "JC" or form in (",", "·")) and k + 1 < n and _is_ministry(tokens[k + 1]):
        return _ministry_role(tokens, k + 1, headline)  # `방통위와 과기정통부에 따르면`: one role for both
    if k == i + 1 and (t == "JC" or form in (",", "·")):
        # `조달청과 정책금융기관에 넘겨`, `조달청·정책금융기관과 연결됐다`: the role of the phrase the body
        # opens, read at the particle that ends it
        j = k + 1
        while j < n and (tokens[j].tag in ("NNG", "NNP", "XSN", "SL") or tokens[j].form in (",", "·")):
            j += 1
        if j < n and j > k + 1 and (
            (tokens[j].tag in ("JKO", "JKB") and tokens[j].form in _OBLIQUE_PARTICLES) or _with(tokens[j])
        ):
            return "oblique"
    if k == i + 1 and t in ("JKS", "JX") and form in _SUBJECT_PARTICLES:
        return "subject"
    if k == i + 1 and t == "JKG" and i <= 2 and all(x.tag.startswith("S") for x in tokens[:i]):
        # `식약처의 유해성분 분석 결과 공개는 …`: the sentence is about the body's own promise
        j = k + 1
        while j < n and tokens[j].tag in ("NNG", "NNP", "XSN", "SL", "SN", "NNB"):
            j += 1
        if j > k + 1 and j < n and tokens[j].tag == "JX" and tokens[j].form in ("은", "는") and not any(
                x.tag == "EC" and x.form in _CONDITION_ENDINGS or (x.tag == "NNB" and x.form == "대로") for x in tokens[j:]):
            # (not `기재부의 예산 편성이 끝나면 교육부는 …`: what the promise waits on)
            return "owner"  # (its own sentence's body; the sentences after it are not thereby about the body)
    if _with(nxt):
        return "oblique"  # `기재부와 협의해`: a partner, not the one who promises
    if t in ("JKO", "JKB") and form in _OBLIQUE_PARTICLES:
        if form == "에" and k + 1 < n and tokens[k + 1].form == "따르":
            return "subject"  # 과기정통부에 따르면: the source speaks for the body
        return "oblique"
    if k > i + 1 and t in ("JKS", "JX"):
        # `행안부 약속은`, `기재부 계획은`: still the body's own word
        owns = any(x.form in _PROMISE_NOUNS or x.form in _PLAN_WORDS or x.form in PLAN_DOCUMENTS
                   for x in tokens[i + 1 : k])
        return "other" if owns else "part"
    if headline and k == i + 1 and (t in ("SP", "SW") or (t == "NNG" and form in ACTION_NOUNS) or t in ("VV", "XSV")):
        return "subject"  # headlines drop the subject particle: `과기정통부, 올해 … 착수`, `기후부 출범`
    return "other"


def _with(token) -> bool:
    return token.tag == "JKB" and token.form in ("과", "와")


def _ministry_subject(tokens, headline: bool) -> bool:
    return any(_is_ministry(t) and t.sub_sent_position == 0 and _ministry_role(tokens, i, headline) in ("subject", "owner")
               for i, t in enumerate(tokens))


def _is_ministry(token) -> bool:
    value = token.user_value
    return isinstance(value, dict) and "ministry" in value


def _chairs(tokens, i: int) -> bool:
    """`한덕수 대통령 권한대행 주재로`: the person chairs the meeting."""
    for token in tokens[i + 1 : i + 6]:
        if token.form == "주재":
            return True
        if token.tag not in ("NNG", "NNP", "NNB"):
            return False
    return False


# The common Korean surnames, rare ones included (표, 반, 함, 모, 좌): a name Kiwi does not know
# is read as one only after one of them.
SURNAMES = frozenset(
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염"
    "여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈동온호범좌팽승간상시"
)


def _surnamed(word: str) -> bool:
    """Does the word read as a person's name: two to four syllables opening on a surname?"""
    return bool(_PERSON_NAME.match(word)) and word[0] in SURNAMES


def _name_in_pieces(tokens, i: int) -> str | None:
    """`표지안 기재부 국채과장은`: a three-syllable word that Kiwi cut into nouns (표지 + 안), right
    before a ministry, opening on a surname: the name of an official (`_unlisted` then asks for the
    title after the ministry)."""
    j = i
    while j > 0 and tokens[j - 1].tag in ("NNG", "NNP") and tokens[j - 1].user_value is None and (
        j == i or tokens[j - 1].end == tokens[j].start
    ):
        j -= 1
    pieces = tokens[j:i]
    if len(pieces) < 2 or pieces[-1].end == tokens[i].start or (j > 0 and tokens[j - 1].end == pieces[0].start):
        return None
    name = "".join(t.form for t in pieces)
    if len(name) != 3 or not _surnamed(name):
        return None
    return name


def _name_then_title(tokens, i: int) -> tuple[str, str] | None:
    """(name, title) when the body at `i` is followed by a name Kiwi kept whole and a title, its
    pieces glued (`산림청 반석진 산림재난통제관`: 산림 + 재난 + 통제 + 관), maybe with the office between
    (`국토교통부 택시정책과 도휘성 과장`; a name that ends like an office, `이상국 과장`, is read first as a name)."""
    named = _named_at(tokens, i)
    if named is None and (past := _past_division(tokens, i)) != i:
        named = _named_at(tokens, past)
    return named


def _named_at(tokens, i: int) -> tuple[str, str] | None:
    if i + 2 >= len(tokens):
        return None
    name = tokens[i + 1]
    who, after = name.form, i + 2
    if name.tag != "NNP" or name.user_value is not None or len(name.form) != 3 or name.form[0] not in SURNAMES or (
            _local_government(name)):
        # (`환경부 한강 유역관리관`, `해양수산부 부산 항만정책관`: a place, not a name); or a name Kiwi cut into
        # pieces (`자원재활용과 맹 + 하 + 진 과장`, `편지 + 호 과장`)
        whole = name.tag == "NNP" and name.user_value is None and len(name.form) == 3  # (a place or no surname: no name)
        if whole or (pieces := _name_pieces_after(tokens, i)) is None:
            return None
        who, after = pieces
    word = ""
    for k in range(after, min(after + 5, len(tokens))):
        token = tokens[k]
        if token.tag not in ("NNG", "NNP", "XSN") or (word and tokens[k - 1].end != token.start):
            return None
        word += token.form
        title = next((t for t in TITLES if word.endswith(t)), None)
        if title is not None:
            return who, title
    return None


def _name_pieces_after(tokens, i: int) -> tuple[str, int] | None:
    """(name, index after it) when the nouns after `i`, glued, make a three-syllable name opening on a surname."""
    k, name = i + 1, ""
    while k < len(tokens) and len(name) < 3 and tokens[k].tag in ("NNG", "NNP") and tokens[k].user_value is None and (
            k == i + 1 or tokens[k].start == tokens[k - 1].end):
        name += tokens[k].form
        k += 1
    if len(name) != 3 or k >= len(tokens) or tokens[k].start == tokens[k - 1].end or k - i < 3 or (
            name.endswith(_DIVISION_ENDINGS) or name.endswith("반")) or all(len(t.form) > 1 for t in tokens[i + 1 : k]):
        return None  # (not an office, `안전 + 팀 팀장`, `전담 + 반 과장`; a name's pieces have a syllable alone)
    return (name, k) if _surnamed(name) else None


def _past_division(tokens, i: int) -> int:
    """The last token of the division named after the body at `i` (`택시정책과`, `119생활안전과`, Kiwi's pieces
    glued: 자연 + 생태 + 정책 + 과), or `i` when none follows."""
    k = i + 1
    if k >= len(tokens) or tokens[k].start == tokens[i].end:
        return i
    word = ""
    while k < len(tokens) and tokens[k].tag in ("NNG", "NNP", "SN", "JKB", "JC", "XSN", "XPN") and tokens[k].user_value is None and (
            not word or tokens[k].start == tokens[k - 1].end):
        word += tokens[k].form
        if len(word) >= 3 and word.endswith(_DIVISION_ENDINGS) and (
                k + 1 < len(tokens) and tokens[k + 1].start > tokens[k].end):
            return k
        k += 1
    return i


_DIVISION_ENDINGS = ("과", "국", "실", "팀", "단", "센터", "본부")


def _title_phrase(tokens, i: int) -> str | None:
    """The nouns after a name, as its title: `대통령 권한대행`, `과학기술정보통신부 장관`."""
    words = []
    for token in tokens[i + 1 : i + 5]:
        if token.tag not in ("NNG", "NNP"):
            break
        words.append(token.form)
    return "".join(words) or None


def _title_after(tokens, i: int) -> str | None:
    for k in range(i + 1, min(i + 4, len(tokens))):
        title = _title_word(tokens, k)
        if title is not None:
            return title
        if tokens[k].tag == "NNP":  # "유상임 과학기술정보통신부 장관"
            continue
        if tokens[k].tag not in ("NNG",):
            return None
    return None


def _title_word(tokens, k: int) -> str | None:
    """The title at `k`: one of TITLES, or `장` glued to the body it heads (Kiwi reads `우주항공청장` as
    우주항공청 + 장: 청장)."""
    form = tokens[k].form
    if form in TITLES:
        return form
    if form == "장" and k > 0 and _is_ministry(tokens[k - 1]) and tokens[k - 1].end == tokens[k].start:
        title = tokens[k - 1].form[-1] + "장"
        return title if title in TITLES else None
    return None


def _lead_ministry(sentences: list[Sentence], actors: _ActorTracker) -> str | None:
    """The article's main executive body (see `_ActorTracker`); call after reading every sentence."""
    return actors.lead()
