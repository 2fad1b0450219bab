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

import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Sequence

from . import deadlines, quantities
from .model import Article, Mention
from .nlp import Sentence, analyse, tag

COMMITMENT_NOUNS = {
    "계획": "planned", "방침": "planned", "구상": "planned", "목표": "planned", "예정": "decided",
    "전략": "planned", "로드맵": "planned", "방안": "planned", "비전": "planned",
}
DECISION_NOUNS = {"결정", "확정", "합의", "의결"}
PLAN_NOUNS = {"추진", "예고", "약속", "공약", "다짐"}
PREDICTION_WORDS = {"예상", "전망", "관측", "예측", "보이"}
ANNOUNCE_WORDS = {"발표", "밝히", "공개", "내놓", "제시", "소개", "설명", "보고"}

FOLLOW_UP_CUES = {
    # achieved
    "달성": "achieved", "완료": "achieved", "마무리": "achieved", "개시": "achieved", "출범": "achieved",
    "시행": "achieved", "가동": "achieved", "준공": "achieved", "개소": "achieved", "통과": "achieved",
    "도착": "achieved", "발효": "achieved", "이행": "achieved", "공포": "achieved", "폐지": "achieved",
    # delayed
    "지연": "delayed", "차질": "delayed", "연기": "delayed", "순연": "delayed", "보류": "delayed",
    "유찰": "delayed", "미루": "delayed", "늦어지": "delayed", "늦추": "delayed", "표류": "delayed",
    "난항": "delayed", "미달": "delayed", "실패": "delayed", "제자리": "delayed", "답보": "delayed",
    "불투명": "delayed", "지지부진": "delayed", "공전": "delayed", "지키": "achieved",
    # cancelled
    "무산": "cancelled", "백지": "cancelled", "철회": "cancelled", "취소": "cancelled", "폐기": "cancelled",
    "중단": "cancelled", "포기": "cancelled", "접": "cancelled",
    # revision
    "앞당기": "revision", "상향": "revision", "하향": "revision", "늘리": "revision", "변경": "revision",
    "조정": "revision", "수정": "revision", "축소": "revision", "늘어나": "revision", "줄어들": "revision",
    # progress
    "착수": "progress", "선정": "progress", "체결": "progress", "계약": "progress", "공고": "progress",
    "구매": "progress", "배분": "progress", "착공": "progress", "들여오": "progress", "공급": "progress",
    "확보": "progress", "모집": "progress", "접수": "progress", "입찰": "progress", "편성": "progress",
    "반영": "progress", "출시": "progress", "지원": "progress", "투입": "progress", "할당": "progress",
    "진행": "progress", "심사": "progress", "평가": "progress", "구축": "progress", "설치": "progress",
    "제출": "progress", "개최": "progress", "발족": "progress", "신설": "progress", "꾸리": "progress",
}
KIND_RANK = {"cancelled": 5, "delayed": 4, "achieved": 3, "revision": 2, "progress": 1}
# Follow-ups that need a realised predicate; "progress" verbs in a plan are just the plan.
ACTION_NOUNS = (
    "확보", "구축", "도입", "발표", "공급", "지원", "설립", "조성", "육성", "구매", "개소", "착공", "준공", "출범",
    "시행", "제출", "인하", "폐지", "선정", "개정", "마련", "신설", "개통", "출시", "달성", "완료", "개시", "배분",
    "투입", "유치", "창출", "감축", "전환", "개편", "확대", "인상", "지급", "가동",
)
NEGATIONS = {("않", "VX"), ("못", "MAG"), ("안", "MAG"), ("없", "VA"), ("못하", "VX"), ("아니", "VCN")}
TITLES = ("부총리", "장관", "차관", "제1차관", "제2차관", "위원장", "부위원장", "상근부위원장", "실장", "국장", "정책관",
          "청장", "처장", "차장", "총리", "대통령", "대행", "비서관", "수석", "원장", "의장", "정책위의장", "후보자")
GOVERNMENT_WORDS = {"정부", "당국", "당정", "국회", "국무회의", "대통령실", "위원회", "부처", "관계부처"}
STOP_NOUNS = {
    "정부", "장관", "차관", "부총리", "위원장", "계획", "방침", "구상", "목표", "예정", "올해", "내년", "연내", "상반기",
    "하반기", "이번", "지난", "관계자", "관련", "이날", "당시", "때문", "경우", "이후", "이상", "이하", "규모", "수준",
    "가운데", "방안", "추진", "발표", "설명", "강조", "기자", "간담회", "전망", "예상", "정도", "최대", "최소", "분기",
    "연말", "연초", "내외", "이달", "다음", "오는", "당초", "기존", "현재", "향후", "앞", "뒤", "안", "내", "중", "말", "초",
}
# A sentence opening with these goes on with the previous sentence's speaker.
CONTINUATIONS = {"그러면서", "이어", "이어서", "또", "또한", "아울러", "특히", "다만", "그러나", "하지만", "이와", "그는"}
_SPEECH_OPEN = re.compile(r"[\"“'‘「『]")


@dataclass
class _Cue:
    index: int
    label: str  # a kind (progress … cancelled) or a strength (decided … prediction)
    word: str
    realised: bool = False
    negated: bool = False
    hypothetical: bool = False
    quoted: bool = False


def extract_mentions(articles: Sequence[Article], reference) -> list[Mention]:
    """Every mention in a batch of articles (one Kiwi pass for the whole batch)."""
    mentions: list[Mention] = []
    for article, sentences in zip(articles, analyse(articles)):
        mentions.extend(mentions_in(article, sentences, reference))
    return mentions


def mentions_in(article: Article, sentences: list[Sentence], reference) -> list[Mention]:
    dct = article.dct
    actors = _ActorTracker(reference, dct)
    lead_ministry = _lead_ministry(sentences, actors)
    article_category = reference.category_for(article.title + " " + article.body[:400])
    found: list[Mention] = []
    for sentence in sentences:
        actors.read(sentence)
        mention = _mention(article, sentence, reference, actors, lead_ministry, article_category, dct)
        if mention is not None:
            found.append(mention)
    return found


def _mention(article, sentence: Sentence, reference, actors, lead_ministry, article_category, dct) -> Mention | None:
    tokens = sentence.tokens
    cues = _cues(tokens)
    if not cues and not sentence.in_title and not (_scheduled(tokens) or _fulfils_earlier_promise(tokens)):
        return None  # most sentences: no cue, so no need to read their numbers and dates
    all_found = [q for q in _quantities(sentence) if not q.vague]
    all_deadline, all_previous = deadlines.deadline_for(sentence.text, dct)
    if sentence.in_title and all_deadline is not None and (
        all_deadline.date is None or dct is None or all_deadline.date >= dct
    ):
        # A headline's bare `GPU 3만장 확보` before a future deadline is the plan, not the deed.
        for cue in cues:
            if cue.label == "progress" and cue.realised:
                cue.realised = False
    followups = [c for c in cues if c.label in KIND_RANK and c.realised and not c.hypothetical]
    commitments = [c for c in cues if c.label not in KIND_RANK and not c.hypothetical and not c.negated]
    prospective = [c for c in cues if c.label in KIND_RANK and not c.realised and not c.hypothetical and not c.negated]

    found, deadline, previous = all_found, all_deadline, all_previous
    for cue in _cues_in_order(cues):
        span = _clause_span(sentence, cue)
        scoped = [q for q in all_found if _inside(q.start, span)]
        timed = all_deadline is not None and _inside(all_deadline.start, span)
        recalled = all_previous is not None and _inside(all_previous.start, span)
        found, deadline, previous = scoped, (all_deadline if timed else None), (all_previous if recalled else None)
        if scoped or timed or recalled:
            break
    has_time = deadline is not None
    future_time = has_time and (deadline.date is None or dct is None or deadline.date >= dct)
    governing = next((c for c in _cues_in_order(cues) if c is not None), None)
    target = _target(found, tokens, sentence, governing)
    speaker, title_word = actors.speaker(sentence)
    ministry = actors.ministry_for(sentence, speaker) or lead_ministry
    government = ministry is not None or speaker is not None or any(t.form in GOVERNMENT_WORDS for t in tokens)

    kind = strength = cue_word = None
    negated_decision = [c for c in cues if c.label == "decided" and c.negated]
    for cue in followups:
        if cue.negated and cue.label in ("achieved", "progress"):
            cue.label = "delayed"  # 이행하지 못했다, 완료되지 않았다
    followups = [c for c in followups if not (c.negated and c.label not in ("delayed",))]
    if followups:
        best = max(followups, key=lambda c: (KIND_RANK[c.label], -c.index))
        kind, cue_word, strength = best.label, best.word, "reported"
    if kind is None and _fulfils_earlier_promise(tokens):
        kind, cue_word, strength = "achieved", "예고한 대로", "reported"
    if kind is None and negated_decision and government:
        kind, cue_word, strength = "cancelled", negated_decision[0].word, "decided"
    if kind is None and (commitments or prospective):
        best = (commitments or prospective)[0]
        kind, cue_word = "new", best.word
        strength = best.label if best.label not in KIND_RANK else "planned"
        if strength == "prediction" and speaker is None:
            return None
    if kind is None and sentence.in_title and target is not None and _has_action(tokens) and (
        has_time or actors.named_in(sentence)
    ):
        kind, cue_word, strength = "new", "제목", "headline"
    if kind is None and future_time and target is not None and _announced(tokens):
        kind, cue_word, strength = "new", "발표", "reported"
    if kind is None and (future_time or target is not None) and _scheduled(tokens):
        kind, cue_word, strength = "new", "현재형", "planned"
    if kind is None:
        return None

    if kind == "new":
        if not (future_time or target is not None):
            return None
        if not government:
            return None
    else:
        if not (has_time or target is not None or government):
            return None
        if kind == "progress" and not (has_time or target is not None):
            return None

    person = speaker.person if speaker is not None else None
    object_word = _object(target, tokens, sentence) if target is not None else None
    keywords = _keywords(tokens, reference)
    category = reference.category_for(sentence.text)
    if category == "other":
        category = article_category
    quoted = any(getattr(t, "sub_sent_position", 0) > 0 for t in tokens) and any(c.quoted for c in cues)
    return Mention(
        article_id=article.article_id,
        sentence=sentence.text,
        sentence_start=sentence.start,
        sentence_end=sentence.end,
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
        target_value=target.value if target is not None else None,
        target_unit=target.unit if target is not None else None,
        target_text=target.text if target is not None else None,
        target_approximate=target.approximate if target is not None else None,
        deadline=deadline.date if deadline is not None else None,
        deadline_text=deadline.text if deadline is not None else None,
        deadline_precision=deadline.precision if deadline is not None else None,
        deadline_mod=deadline.mod if deadline is not None else None,
        previous_deadline=previous.date if previous is not None else None,
        quoted=quoted,
        keywords=keywords,
        numbers=tuple(dict.fromkeys(number_key(q.value, q.unit) for q in found)),
        phrase=_phrase(sentence, governing),
    )


REPORTING_VERBS = {"말하", "밝히", "강조", "설명", "전하", "덧붙이", "언급", "예고", "발표", "보고", "다짐", "약속", "주장", "당부"}
SUMMARY_LIMIT = 60


def _phrase(sentence: Sentence, cue: "_Cue | None") -> str:
    """What was promised, in the article's own words: the sentence without its subject and
    its reporting verb (`과기정통부는 … 밝혔다` → `이달 중 … 추가 공모에 나선다`).

    A summary that is a verbatim excerpt cannot misstate the promise; it is cut at a word
    boundary when long.
    """
    tokens, shift, text = sentence.tokens, sentence.shift, sentence.text
    if sentence.in_title:
        return _shorten(text)
    begin, finish = 0, len(text)
    limit = len(text) * 0.4
    for k, token in enumerate(tokens):
        if token.start - shift > limit:
            break
        if getattr(token, "sub_sent_position", 0) == 0 and tag(token) in ("JX", "JKS") and token.form in ("은", "는", "이", "가"):
            if k and _is_actor(tokens[k - 1]):  # only the actor goes: `과기정통부는`, `유 장관은`, `정부가`
                begin = token.start + token.len - shift
            break
    for k in range(len(tokens) - 1, 0, -1):
        token = tokens[k]
        if tag(token) in ("EC", "JKQ") and token.form in ("고", "라고", "다고", "ᆫ다고", "는다고", "며", "면서") and k + 1 < len(tokens) and (
            tokens[k + 1].form in REPORTING_VERBS
        ):
            # keep the ending of `…하겠다고 밝혔다` / `…한다고 설명했다`, drop only the quotative 고
            glued = token.form.endswith("고") and token.form != "고" and token.len > 1
            finish = token.start + token.len - 1 - shift if glued else token.start - shift
            break
    excerpt = text[begin:finish].strip(" \"“”'‘’.,")
    return _shorten(excerpt or text)


def _is_actor(token) -> bool:
    value = getattr(token, "user_value", None)
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

def _cues(tokens: Sequence[Any]) -> list[_Cue]:
    cues: list[_Cue] = []
    n = len(tokens)
    for i, token in enumerate(tokens):
        form, t = token.form, tag(token)
        quoted = getattr(token, "sub_sent_position", 0) > 0
        label = None
        if t == "ETN" and form == "기" and i + 2 < n and tokens[i + 1].form == "로" and tokens[i + 2].form == "하":
            label = "decided"
        elif t == "EP" and form == "겠":
            label = "volition"
        elif t == "EC" and form in ("어야", "아야") and i + 1 < n and tokens[i + 1].form == "하":
            label = "advocacy"
        elif t == "NNG" and form in COMMITMENT_NOUNS and i > 0 and tag(tokens[i - 1]) == "ETM":
            label = COMMITMENT_NOUNS[form]
        elif t == "NNG" and form == "목표" and i + 1 < n and tokens[i + 1].form in ("로", "으로"):
            label = "planned"
        elif t == "NNG" and (form in DECISION_NOUNS or form in PLAN_NOUNS) and _followed_by_predicate(tokens, i):
            label = "decided" if form in DECISION_NOUNS else "planned"
        elif t == "NNB" and form == "것" and i > 0 and tokens[i - 1].form == "ᆯ":
            label = _future_thing(tokens, i)
        elif form in FOLLOW_UP_CUES and t in ("NNG", "VV", "VA", "VX", "XR"):
            label = FOLLOW_UP_CUES[form]
        if label is None:
            continue
        cue = _Cue(i, label, form, quoted=quoted)
        if label in KIND_RANK:
            cue.realised = _realised(tokens, i)
        cue.negated = _negated(tokens, i)
        cue.hypothetical = _hypothetical(tokens, i)
        cues.append(cue)
    # `차질 없이 이행하겠다`: the negated delay is a promise, not a delay.
    return [c for c in cues if not (c.label in ("delayed", "cancelled") and c.negated)]


def _followed_by_predicate(tokens, i: int) -> bool:
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is not None and tag(nxt) in ("XSV", "VCP", "JKO", "JKB", "JX") or nxt is None


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
    level = getattr(tokens[cue.index], "sub_sent_position", 0)
    if level == 0:
        return None
    inside = [t for t in tokens if getattr(t, "sub_sent_position", 0) == level]
    others = [t for t in tokens if getattr(t, "sub_sent_position", 0) not in (0, level)]
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
    return None


def _realised(tokens, i: int) -> bool:
    """Is the cue's predicate a deed already done?

    Read forward along the cue's clause chain (connectives `-고 -며 -어` carry the final
    predicate's tense back to the cue) until the clause ends: past tense or a past adnominal
    (`출범한`) is done; future adnominals (`할 계획`), `-겠-`, `-어야`, `-도록` and a decision
    (`-기로 했다`) are not. A revision cue is done when it is decided or stated in the present
    (`시점을 앞당기기로 했다`, `앞당긴다`): the change itself is the news. A headline's bare
    noun ("GPU 1만장 도입 완료") counts as done.
    """
    revision = FOLLOW_UP_CUES.get(tokens[i].form) == "revision"
    level = getattr(tokens[i], "sub_sent_position", 0)
    for k in range(i + 1, len(tokens)):
        token = tokens[k]
        form, t = token.form, tag(token)
        if getattr(token, "sub_sent_position", 0) != level or t == "SF":
            break
        if t == "ETN" and form == "기":
            return revision and k + 1 < len(tokens) and tokens[k + 1].form == "로"
        if t == "EC" and form in ("어야", "아야", "도록", "려고", "으려고", "고자", "게", "면", "으면"):
            return False
        if t == "EP" and form in ("었", "았", "였", "ᆻ"):
            return True
        if t == "ETM" and form in ("ᆫ", "은", "던") and tag(tokens[k - 1]) in ("VV", "XSV", "VX", "EP") and k - i <= 3:
            return True  # 출범한 위원회, 완료된 사업: the cue's own predicate only
        if t == "ETM" and form in ("ᆯ", "을", "는"):
            return False
        if t == "EP" and form == "겠":
            return revision
        if t == "EF":
            return revision and form in ("ᆫ다", "는다")
        if t in ("NNG", "NNP") and form in COMMITMENT_NOUNS and k > i + 1 and tag(tokens[k - 1]) == "ETM":
            return False
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    if following is not None and tag(following) == "EC" and following.form in ("어", "아", "여") and i + 2 == len(tokens):
        return True  # a headline's clipped verb: "…약속은 못 지켜", "…목표치 늘려"
    return following is None or tag(following) in ("SF", "SP", "SS", "SSO", "SSC", "SW", "SE", "SO")


def _negated(tokens, i: int) -> bool:
    """Short negation before the verb (`못 지켜`, `안 한다`) or long negation after it (`-지 못했다`)."""
    if i > 0 and tokens[i - 1].form in ("못", "안") and tag(tokens[i - 1]) == "MAG":
        return True
    for token in tokens[i + 1 : i + 6]:
        if (token.form, tag(token)) in NEGATIONS:
            return True
        if tag(token) in ("EF", "SF") or (tag(token) == "EC" and token.form not in ("지", "게", "고")):
            break
    return False


def _hypothetical(tokens, i: int) -> bool:
    """`차질이 있을 것이란 우려`, `지연되면`: the cue is imagined, not reported."""
    window = tokens[i + 1 : i + 8]
    forms = [t.form for t in window]
    if any(t.form in ("면", "으면") and tag(t) == "EC" for t in window[:4]):
        return True
    if "것" in forms:
        after = forms[forms.index("것") + 1 : forms.index("것") + 4]
        if any(w in ("우려", "전망", "관측", "가능성", "지적") for w in after):
            return True
    return any(t.form in ("우려", "가능성") and tag(t) == "NNG" for t in window[:3])


def _fulfils_earlier_promise(tokens) -> bool:
    """`예고한 대로 …했다`, `이번 방안은 … 예고한 대책이다`: what was promised is now here."""
    for i, token in enumerate(tokens):
        if token.form not in ("예고", "약속", "공언", "발표"):
            continue
        rest = tokens[i + 1 : i + 4]
        past = any(tag(t) == "ETM" and t.form in ("ᆫ", "은", "던") for t in rest)
        if not past:
            continue
        after = [t.form for t in tokens[i + 1 :]]
        if "대로" in after:
            return True
        if tokens and tag(tokens[-1]) == "SF" and len(tokens) >= 3 and tag(tokens[-3]) == "VCP":
            return True
    return False


def _scheduled(tokens) -> bool:
    """News states a scheduled action in the plain present: `보급한다`, `높인다`, `…한다고 밝혔다`."""
    for i, token in enumerate(tokens):
        t = tag(token)
        if (t == "EF" or (t == "EC" and i + 1 < len(tokens) and tag(tokens[i + 1]) in ("VV", "VX"))) and token.form in (
            "ᆫ다", "는다", "ᆫ다고", "는다고"
        ):
            head = tokens[i - 1] if i else None
            if head is not None and tag(head) in ("VV", "XSV", "VX") and head.form not in ("있", "없", "보이"):
                return True
    return False


def _has_action(tokens) -> bool:
    return any(t.form in ACTION_NOUNS for t in tokens)


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


@dataclass(frozen=True)
class _Shifted:
    quantity: Any
    start: int
    end: int

    def __getattr__(self, name):
        return getattr(self.quantity, name)




QUANTITY_TAILS = {"이상", "이하", "가량", "규모", "정도", "안팎", "수준", "내외", "남짓", "초과", "미만", "씩", "여"}


def _target(found, tokens, sentence: Sentence, cue: "_Cue | None" = None):
    """The number the commitment is about, read from its place in the clause.

    Korean puts the object before its verb: a number marked as object (`5만 장을 확보`) or as
    result (`5만 장으로 늘린다`) or standing right before the predicate (`6000곳 이상 키운다`)
    is the target; one coordinated with another (`1만 장과 …을 합쳐`) or the source of a change
    (`1.29원에서 0.62원으로`) is not; a revision's target is its result (`3만 장을 5만 장으로`). Sums of money and percentages give way to counted things
    when both are there, and the nearest candidate before the cue wins a tie.
    """
    if not found:
        return None
    countables = [q for q in found if quantities.unit_family(q.unit).startswith("count")]
    cue_position = tokens[cue.index].start - sentence.shift if cue is not None else len(sentence.text)
    revising = cue is not None and cue.label == "revision"
    best, best_score = None, None
    for q in found:
        after = _token_after(tokens, q.end + sentence.shift)
        if after is not None and after.form in ("씩", "당"):  # 20만장씩, 1MB당: rates, not targets
            continue
        k = tokens.index(after) if after is not None else len(tokens)
        while k < len(tokens) and tokens[k].form in QUANTITY_TAILS:
            k += 1
        nxt = tokens[k] if k < len(tokens) else None
        score = 0.0
        if nxt is not None:
            t = tag(nxt)
            if t == "JKO":
                score += 3
                following = tokens[k + 1].form if k + 1 < len(tokens) else ""
                if following in ("포함", "비롯", "합치", "더하", "제외", "빼"):
                    score -= 4  # `1200곳을 포함해`, `1만 장을 합쳐`: a part of the target, not the target
            elif nxt.form in ("로", "으로") and t == "JKB":
                score += 4 if revising else 2  # `목표를 5만 장으로 늘렸다`: the new target
            elif t in ("VV", "VA", "XSV") or nxt.form in ACTION_NOUNS or (
                t == "NNG" and k + 1 < len(tokens) and tag(tokens[k + 1]) == "XSV"
            ):
                score += 2.5
            elif t == "JKS":
                score += 1
            elif nxt.form in ("과", "와") or t == "JC":
                score -= 1
            elif nxt.form == "에서":
                score -= 1
        if countables and _is_money_or_share(q.unit):
            score -= 2
        distance = cue_position - q.end
        score -= 0.002 * (distance if distance >= 0 else 4 * -distance)
        if best_score is None or score > best_score:
            best, best_score = q, score
    return best


def _is_money_or_share(unit: str) -> bool:
    family = quantities.unit_family(unit)
    return family.startswith("money") or family.startswith("ratio")


def _token_after(tokens, end: int):
    for token in tokens:
        if token.start >= end:
            return token
    return None


def _object(target, tokens, sentence: Sentence) -> str | None:
    """The noun the number counts: `GPU 3만 장`, `그래픽처리장치(GPU) 3만장`, `3만 장의 GPU`."""
    start = target.start + sentence.shift
    end = target.end + sentence.shift
    before = [t for t in tokens if t.start + t.len <= start]
    for token in reversed(before[-4:]):
        if tag(token) in ("NNG", "NNP", "SL") and token.form not in STOP_NOUNS and len(token.form) >= 2:
            return token.form
        if tag(token) not in ("SSO", "SSC", "SP", "SW", "SN", "MM", "XPN"):
            break
    after = [t for t in tokens if t.start >= end]
    if len(after) >= 2 and after[0].form == "의" and tag(after[1]) in ("NNG", "NNP", "SL"):
        return after[1].form
    for i, token in enumerate(tokens):
        if tag(token) == "JKO" and i > 0 and tag(tokens[i - 1]) in ("NNG", "NNP", "SL"):
            return tokens[i - 1].form
    return None


def _keywords(tokens, reference) -> tuple[str, ...]:
    words = []
    for token in tokens:
        t = tag(token)
        if t not in ("NNG", "NNP", "SL"):
            continue
        form = token.form
        if form in STOP_NOUNS or (t != "SL" and len(form) < 2):
            continue
        value = getattr(token, "user_value", None)
        if isinstance(value, dict) and ("ministry" in value or "person" in value):
            continue
        words.append(form.upper() if t == "SL" else form)
    return tuple(dict.fromkeys(words))


# --- actors -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Speaker:
    person: str
    ministry: str | None


class _ActorTracker:
    """Who is speaking, sentence by sentence: full names, `유 장관`, `그는`, quotes' speakers."""

    def __init__(self, reference, dct: date | None):
        self.reference = reference
        self.dct = dct
        self.by_surname: dict[str, Speaker] = {}
        self.last: Speaker | None = None
        self.current: Speaker | None = None
        self.current_title: str | None = None

    def _official(self, person: str) -> Speaker:
        official = self.reference.find_official(person, self.dct)
        ministry = None
        if official is not None:
            ministry = self.reference.resolve_ministry(official.ministry, self.dct) or official.ministry
        return Speaker(person, ministry)

    def read(self, sentence: Sentence) -> None:
        tokens = sentence.tokens
        found: list[tuple[Speaker, str | None]] = []
        for i, token in enumerate(tokens):
            value = getattr(token, "user_value", None)
            if isinstance(value, dict) and "person" in value:
                speaker = self._official(value["person"])
                self.by_surname[value["person"][0]] = speaker
                found.append((speaker, _title_after(tokens, i)))
            elif tag(token) in ("NNP", "NNG") and len(token.form) == 1 and i + 1 < len(tokens):
                title_word = _title_after(tokens, i)
                if title_word:
                    speaker = self.by_surname.get(token.form)
                    if speaker is None:
                        candidates = self.reference.officials_by_surname(token.form, title_word, self.dct)
                        if candidates:
                            speaker = self._official(candidates[0].person)
                    if speaker is not None:
                        found.append((speaker, title_word))
        words = sentence.text.split()
        pronoun = bool(tokens) and (
            (tokens[0].form in ("그", "그녀") and tag(tokens[0]) == "NP") or (words and words[0] in CONTINUATIONS)
        )
        if found:
            self.current, self.current_title = found[0]
            self.last = self.current
        elif pronoun and self.last is not None:
            self.current, self.current_title = self.last, None
        else:
            self.current, self.current_title = None, None

    def named_in(self, sentence: Sentence) -> bool:
        """The sentence itself names an official or a ministry."""
        for token in sentence.tokens:
            value = getattr(token, "user_value", None)
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

    def ministry_for(self, sentence: Sentence, speaker: Speaker | None) -> str | None:
        subject = first = None
        tokens = sentence.tokens
        for i, token in enumerate(tokens):
            value = getattr(token, "user_value", None)
            if not (isinstance(value, dict) and "ministry" in value):
                continue
            name = self.reference.resolve_ministry(token.form, self.dct) or value["ministry"]
            first = first or name
            nxt = tokens[i + 1].form if i + 1 < len(tokens) else ""
            if subject is None and nxt in ("은", "는", "이", "가", "도") and getattr(token, "sub_sent_position", 0) == 0:
                subject = name
        if subject:
            return subject
        if speaker is not None and speaker.ministry:
            return speaker.ministry
        return first


def _title_after(tokens, i: int) -> str | None:
    for token in tokens[i + 1 : i + 4]:
        if token.form in TITLES:
            return token.form
        if tag(token) == "NNP":  # "유상임 과학기술정보통신부 장관"
            continue
        if tag(token) not in ("NNG",):
            return None
    return None


def _lead_ministry(sentences: list[Sentence], actors: _ActorTracker) -> str | None:
    """The article's main ministry: the first one named in the headline or the first paragraph."""
    for sentence in sentences[:4]:
        for token in sentence.tokens:
            value = getattr(token, "user_value", None)
            if isinstance(value, dict) and "ministry" in value:
                return actors.reference.resolve_ministry(token.form, actors.dct) or value["ministry"]
            if isinstance(value, dict) and "person" in value:
                speaker = actors._official(value["person"])
                if speaker.ministry:
                    return speaker.ministry
    return None
