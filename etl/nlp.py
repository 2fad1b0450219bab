"""One Kiwi per process, with our dictionary, and one analysis pass per article.

Kiwi takes 2-3 s and about 0.5 GB to build and rebuilds itself on the first call after a
dictionary change, so the instance is built once, dictionary first, then warmed up. Only list
inputs run on Kiwi's worker threads, so a batch of articles goes in as one list of segments.

Kiwi glues a sentence that starts with a quotation mark to the one before it (and a headline to
whatever follows), so segments are cut before Kiwi sees them: the headline alone, each
paragraph alone, and a paragraph again wherever a sentence ends and the next opens a quote.
Offsets are carried back, so every sentence can be located in the stored body.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple, Sequence

from kiwipiepy import Kiwi

from . import memory
from .clean import credited_point, ends_with_full_stop, is_list_item
from .model import Article

# Single-hanja abbreviations in headlines and leads (美 = 미국). Without them Kiwi attaches a
# sentence-initial 美 to the previous sentence.
HANJA_ABBREVIATIONS = "美北中日英獨佛露與野韓靑"
DOMAIN_TERMS = (
    "그래픽처리장치", "알뜰폰", "단통법", "제4이통사", "제4이동통신사", "기술사업화", "추경", "슈퍼컴퓨터",
    "국가AI컴퓨팅센터", "파운데이션 모델", "소비쿠폰", "모태펀드", "딥테크", "연구소기업",
    "한부모",  # (else 한/MM + 부모: `한부모 양육비` read as `한 부모`, "a certain" parent)
    "국민의힘",  # (else 국민/NNG 의/JKG 힘/NNG: a party's name, an outsider's, read as "the people's strength")
)
# Kiwi's built-in multi-word dictionary (WikiData names: `네이버 클라우드` as one NNP) costs 2 of a
# build's 3.5 s start: 0.9 s to load, 1.2 s to rebuild after our user words (measured). Without it
# such names come as their parts (`네이버` + `클라우드`), which the extractors read as well: the
# evaluation and every test are unchanged. The benchmark's Kiwi floor uses the same options.
KIWI_OPTIONS = {"load_multi_dict": False}
_QUOTE_START = re.compile(r"(?<=[.!?…])\s+(?=[\"“‘'「『])")


class Token(NamedTuple):
    """A morpheme as the extractors read it, copied once out of Kiwi's token.

    Every attribute of a kiwipiepy Token is computed on access (a new string each time), and the
    extractors look at each token's form and tag several times; a tuple is read for free.
    `tag` is Kiwi's tag without the regular/irregular suffix (VV-R → VV).
    """

    form: str
    tag: str
    start: int
    len: int
    sub_sent_position: int
    user_value: Any

    @property
    def end(self) -> int:
        return self.start + self.len


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article, located in the title (in_title) or in the body.

    `headline`: written as a headline is (nouns, `…` between points), which the extractors read
    differently from prose: the title, and the deck that opens the body under it.
    """

    text: str
    start: int
    end: int
    in_title: bool
    tokens: tuple[Token, ...]  # token.start is an offset into `segment`
    segment: str  # the piece Kiwi analysed; segment[shift:shift + len(text)] == text
    shift: int
    headline: bool = False


_lock = threading.Lock()


@lru_cache(maxsize=1)
def kiwi() -> Kiwi:
    """The process's Kiwi with the project's user dictionary, built once and warmed up."""
    from .reference import load_reference

    reference = load_reference()
    instance = Kiwi(**KIWI_OPTIONS)
    for form, canonical in reference.ministry_aliases():
        if " " not in form:
            # Kiwi's own dictionary has some of these as common nouns, and at score 0 its reading
            # wins in some sentences (`교육부는 학부모 서비스의 …`: 교육부/NNG, no body named); not
            # the legislature, whose `국회` is as often a place or an object as a body
            body = reference.ministry(canonical)
            score = 0 if body is not None and body.kind == "국회" else 1
            instance.add_user_word(form, "NNP", score, user_value={"ministry": canonical})
    for official in reference.officials:
        instance.add_user_word(official.person, "NNP", 0, user_value={"person": official.person})
    for hanja in HANJA_ABBREVIATIONS:
        instance.add_user_word(hanja, "NNP", 0)
    for term in DOMAIN_TERMS:
        instance.add_user_word(term.replace(" ", ""), "NNG", 0)
    # `확보키로 했다` = `확보하기로 했다`; without this Kiwi reads 키/NNG + 로/JKB.
    instance.add_pre_analyzed_word("키로", [("하", "XSV", 0, 1), ("기", "ETN", 0, 1), ("로", "JKB", 1, 2)], 0)
    # `약속했던 바이오 공장`: without this Kiwi reads 던 + 바/NNB + 이/VCP + 오. It also cuts the compounds
    # that start with it (`바이오헬스` → 바이오 + 헬스), but the same way in every sentence; a user word
    # instead kept `바이오파운드리` whole in one sentence and cut it in another, which cost linking.
    instance.add_pre_analyzed_word("바이오", [("바이오", "NNG", 0, 3)], 5)
    instance.tokenize("워밍업 문장입니다.")
    return instance


def release() -> None:
    """Free the process's Kiwi (about 0.5 GB) once no more text will be analysed.

    A one-shot build links every mention after the last batch is analysed; without this, the
    model sits in memory through linking, when the build's memory peaks. glibc keeps freed
    memory for reuse unless asked to give it back.
    """
    kiwi.cache_clear()
    memory.give_back()


def segments(article: Article) -> list[tuple[str, int, bool, bool]]:
    """(text, offset, in_title, headline) pieces that Kiwi may split further but must not join.

    The body's leading paragraphs that end without a full stop are the deck (`복지부 "하위법령
    연내 정비"…기금 수익률 1%p 끌어올린다`): headline-style text, one piece each.
    """
    pieces: list[tuple[str, int, bool, bool]] = [(article.title, 0, True, True)]
    position = 0
    deck = True
    for paragraph in article.body.split("\n\n"):
        start = article.body.index(paragraph, position)
        position = start + len(paragraph)
        deck = deck and not ends_with_full_stop(paragraph) and not is_list_item(paragraph)
        if deck or _inner_headline(paragraph):
            pieces.append((paragraph, start, False, True))
            continue
        lines = paragraph.split("\n")
        if len(lines) > 1 and any(is_list_item(line) for line in lines[1:]):
            # a list's lines (`■ 핵심 정리` then `- 하절기 바우처 7월부터 …`) end without a full stop,
            # which Kiwi would join into one sentence: each line is a piece of its own
            line_start = start
            for line in lines:
                pieces.extend(_quote_pieces(article.body, line_start, line_start + len(line)))
                line_start += len(line) + 1
            continue
        pieces.extend(_quote_pieces(article.body, start, position))
    return [p for p in pieces if p[0].strip()]


# A headline's marks: the ellipsis joining its points, or a quote it ends on (`기획예산처 "내년 … 70%로"`)
_HEADLINE_MARKS = re.compile(r"…|\.\.\.|(?<![다요])[\"'”’]\s*$")
# a sentence ended and the line goes on (`…보도자료에 있습니다. 기사로도 정리했어요 👉 …`): a post's
# line, no headline (a full stop, not the `…` of a headline's points)
_SAID_AND_GONE_ON = re.compile(r"(?<!\.)[.!?](?!\.)\s+\S")


def _inner_headline(paragraph: str) -> bool:
    """A headline inside the body (a cluster's or a roundup's item under its source line, which the
    cleaner keeps; an intertitle; a tracker's card): one line, no full stop, written in points or as a
    quote that ends on no sentence (`기획예산처 "내년 … 70%로"`, not `관계자는 "…미뤄질 수 있다"`), or
    credited to its body first or in brackets (`성평등가족부, … 2027년부터 도입`)."""
    return "\n" not in paragraph and not ends_with_full_stop(paragraph) and not is_list_item(paragraph) and (
        _HEADLINE_MARKS.search(paragraph) is not None or credited_point(paragraph)) and (
        _SAID_AND_GONE_ON.search(paragraph) is None)


def _quote_pieces(body: str, start: int, end: int) -> list[tuple[str, int, bool, bool]]:
    """Body text cut where a quote opens a new sentence (Kiwi keeps `…했다. "…` together)."""
    pieces, cut = [], start
    for boundary in _QUOTE_START.finditer(body, start, end):
        pieces.append((body[cut:boundary.start()], cut, False, False))
        cut = boundary.end()
    pieces.append((body[cut:end], cut, False, False))
    return pieces


def analyse(articles: Sequence[Article]) -> list[list[Sentence]]:
    """Sentences with tokens for each article, in one parallel Kiwi pass over the batch."""
    plan = [segments(article) for article in articles]
    flat = [piece[0] for pieces in plan for piece in pieces]
    instance = kiwi()
    # tokenize(split_sents=True), not split_into_sents: the latter rebuilds every sentence and
    # sub-sentence in Python (several computed attributes per token, holding the GIL) for
    # fields we take from the tokens anyway.
    with _lock:  # Kiwi's pool is shared; one batch at a time keeps both cores on one batch.
        analysed = list(instance.tokenize(flat, split_sents=True))
    results: list[list[Sentence]] = []
    cursor = 0
    for pieces in plan:
        sentences: list[Sentence] = []
        for text, offset, in_title, headline in pieces:
            sents = analysed[cursor]
            if headline and len(sents) > 1:
                # A headline is one statement in points (`…`, quotes); Kiwi cuts it at a closing
                # quote or an ellipsis, and the points are read apart by extract.headline_points.
                sents = [[token for sent in sents for token in sent]]
            elif len(sents) > 1:
                sents = _rejoin_at_commas(sents)
            for sent in sents:
                tokens = tuple(map(_token, sent))
                start, end = tokens[0].start, tokens[-1].end
                sentences.append(Sentence(text[start:end], offset + start, offset + end, in_title, tokens, text, start,
                                          headline))
            cursor += 1
        results.append(sentences)
    return results


def _rejoin_at_commas(sents: list) -> list:
    """Kiwi's sentences joined again where one ends on a comma: a spoken ending before it (`못
    채웠고요, 남은 3%는 석 달 안에 맞추겠습니다`, `했는데요, …`) goes on into the next clause."""
    joined = [sents[0]]
    for sent in sents[1:]:
        last = joined[-1]
        if len(last) >= 2 and last[-1].form == "," and last[-2].tag == "EF":
            joined[-1] = [*last, *sent]
        else:
            joined.append(sent)
    return joined


_new_tuple = tuple.__new__


def _token(t) -> Token:
    raw = t.tag
    # Only the dictionary's own words (NNP) carry a user value; reading it costs a call per token.
    # tuple.__new__ skips the NamedTuple's Python-level __new__, two thirds of this function's time.
    return _new_tuple(Token, (t.form, _base_tag(raw), t.start, t.len, t.sub_sent_position,
                              t.user_value if raw == "NNP" else None))


_BASE_TAGS: dict[str, str] = {}


def _base_tag(raw: str) -> str:
    base = _BASE_TAGS.get(raw)
    if base is None:
        base = _BASE_TAGS[raw] = raw.split("-", 1)[0]
    return base


def tag(token: Any) -> str:
    """Kiwi's tag without the regular/irregular suffix (VV-R → VV), for our Token or Kiwi's."""
    if type(token) is Token:
        return token.tag
    return _base_tag(token.tag)
