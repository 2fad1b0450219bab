"""A deterministic benchmark corpus: N Korean news pages recombined from the sample articles.

    python -m bench.generate --n 10000 --out bench/work/corpus-10000

Every page is a plain-text copy of a news page, like the ones a reporter pastes (and like
data/articles/*.txt): headline, sometimes a subtitle, an `입력 YYYY-MM-DD HH:MM` line (2024-2026),
the outlet's menu bar, sometimes an ad caption, 3-12 body paragraphs, the byline with an e-mail,
a copyright line and a related-news block. Pages are 1,000-3,000 characters (mode about 1,700),
the length profile of real news; the sample pages themselves are shorter (0.7-1.9k), so more
paragraphs are strung together than any one sample article has.

Where the text comes from: the clean paragraphs of the sample corpus (read with
`etl.sources.iter_documents` + `etl.clean.clean_document`, so exactly what the ETL would store),
cut into sentences and recombined. Each article then gets

- varied numbers: every digit run is replaced (years stay 2024-2030, months 1-12, days 1-28,
  other quantities keep their digit count, so `1,460억원` stays well formed);
- varied ministries: each ministry the text names (any form from etl.reference: 과학기술정보통신부,
  과기정통부, 과기부 …) is, for half the articles, swapped for another ministry that existed on the
  article's date, in the same form (full name for full name, short name otherwise);
- a fictional outlet (the sample corpus's `.example.kr` outlets that data/reference/outlets.csv
  knows, plus five it does not, so the "outlet unknown" path is exercised too), a reporter and a
  publication time.

Determinism: article `i` is generated from `random.Random(f"{seed}:{i}")` alone, so the same seed
gives the same files on any machine, and the N-article corpus is a prefix of any larger one (the
"1% new articles" of the incremental benchmark are articles N … N + N/100 − 1, generated with
`later=True`: dated in the week after the corpus's last day, as the next week's news is).

Files on disk: one `.txt` per article, 1,000 per sub-folder (`00000/0000000.txt`). Plain text and
not JSONL because that is the input path reporters use and the one that exercises the page
cleaner (a JSONL line arrives with its body already separated); the 10,000 and the 100,000
corpus therefore measure the same work per article. Sub-folders keep every directory at 1,000
entries, so listing, walking and deleting stay fast; 100,000 files are about 100k inodes of the
16M this file system has and ~0.4 GB of 4 KiB blocks, which is acceptable for a benchmark folder
(`bench/work/` is git-ignored and reused between runs: a hidden `.manifest.json` records seed, N and the
generator version, and a matching corpus is not written again).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import shutil
import sys
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DIR = ROOT / "data" / "articles"
WORK_DIR = Path(__file__).resolve().parent / "work"
FILES_PER_FOLDER = 1000
GENERATOR_VERSION = "1"

PAGE_MIN, PAGE_MODE, PAGE_MAX = 1000, 1700, 3000
FIRST_DAY, LAST_DAY = date(2024, 1, 1), date(2026, 12, 31)

# (outlet, e-mail domain, section bar). The first seven are the sample corpus's fictional outlets
# (known to data/reference/outlets.csv); the last five are unknown to it on purpose.
OUTLETS = (
    ("한빛경제", "hanbitbiz.example.kr", "한빛경제 | 경제 | 산업 | 정책 | IT | 오피니언"),
    ("미래일보", "miraeilbo.example.kr", "미래일보 > 경제 > 정책"),
    ("세종정책신문", "sejongpolicy.example.kr", "세종정책신문 | 정책 | 경제 | 사회 | 지역 | 로그인"),
    ("테크데일리코리아", "techdaily.example.kr", "테크데일리코리아 | IT·과학 | 정책"),
    ("누리뉴스", "nurinews.example.kr", "누리뉴스 | 전체메뉴 | 정치 | 경제 | 산업"),
    ("아침경제", "achimbiz.example.kr", "아침경제 > 산업 > IT"),
    ("정보통신저널", "ictjournal.example.kr", "정보통신저널 | 통신 | 방송 | 정책"),
    ("가온일보", "gaonilbo.example.kr", "가온일보 | 정치 | 경제 | 사회 | 국제"),
    ("새벽경제신문", "saebyeokbiz.example.kr", "새벽경제신문 > 경제 > 정책"),
    ("한울타임스", "hanultimes.example.kr", "한울타임스 | 산업 | 과학 | 정책"),
    ("다온데일리", "daondaily.example.kr", "다온데일리 | 뉴스 | 경제 | IT"),
    ("푸른정책뉴스", "pureunpolicy.example.kr", "푸른정책뉴스 | 부처 | 국회 | 지역"),
)
SHARE_BARS = (
    "좋아요 0   댓글 0   공유하기",
    "공유 | 인쇄 | 글자 크게 | 글자 작게",
    "[ 기사 공유 ]  [ 인쇄 ]  [ 글자 크게 | 작게 ]",
    "페이스북 트위터 카카오톡 URL복사",
)
ADS = (
    "클라우드 백업 솔루션 광고 이미지",
    "[광고] 겨울 난방가전 특가 광고 이미지",
    "정기구독 이벤트 광고 이미지",
    "AD",
)
RELATED = ("관련기사", "많이 본 뉴스", "이 시각 주요뉴스", "[많이 본 기사]")
RELATED_ITEMS = (
    "내년 예산 집행 계획 윤곽", "반도체 수출 석 달째 증가", "생성형 AI 스타트업 투자 한파 지속",
    "클라우드 보안인증 제도 손질", "연말 인사 시즌, 부처별 국장급 이동", "세종시 행정수도 특별법 논의 재개",
    "데이터센터 전력 수급 점검", "통신비 인하 방안 발표 임박", "지역 혁신 클러스터 선정 결과",
)
SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍"
GIVEN = "서지민하윤준수연현우재영은도희진성태아주원채나예"
ROMAN = ("seoyun", "jihoon", "minji", "haneul", "sejin", "jaewon", "doyun", "eunji", "taeho", "yerin",
         "sumin", "junho", "chaewon", "hyunwoo", "nayeon", "sungmin")

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=\S)")
_DIGITS = re.compile(r"\d+")
_WHOLE_SENTENCE = re.compile(r"[다요죠]\.[\"'”’」』)]*$")


@dataclass(frozen=True)
class Pool:
    titles: tuple[str, ...]
    sentences: tuple[str, ...]
    ministry_forms: re.Pattern[str]
    form_owner: dict  # surface form -> Ministry
    ministries: tuple  # every Ministry of the reference


@lru_cache(maxsize=1)
def pool(sample_dir: str = str(SAMPLE_DIR)) -> Pool:
    """Sentences and headlines of the sample corpus, as the ETL cleans them."""
    from etl.clean import clean_document
    from etl.model import RawDocument
    from etl.reference import load_reference
    from etl.sources import iter_documents

    reference = load_reference()
    titles: list[str] = []
    sentences: list[str] = []
    for item in iter_documents([sample_dir]):
        if not isinstance(item, RawDocument):
            continue
        article = clean_document(item, reference)
        if not hasattr(article, "body"):
            continue
        titles.append(article.title)
        for paragraph in article.body.split("\n\n"):
            for sentence in _SENTENCE_END.split(paragraph.strip()):
                # whole sentences only (a headline quoted into a body would read as a menu line)
                if len(sentence) >= 15 and _WHOLE_SENTENCE.search(sentence):
                    sentences.append(sentence)
    if not sentences:
        raise SystemExit(f"no sample sentences found under {sample_dir}")
    owner: dict = {}
    for ministry in reference.ministries:
        for form in ministry.forms:
            if re.search(r"[가-힣]", form) and len(form) >= 2:
                owner.setdefault(form, ministry)
    forms = sorted(owner, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(f) for f in forms))
    return Pool(tuple(dict.fromkeys(titles)), tuple(dict.fromkeys(sentences)), pattern, owner,
                tuple(reference.ministries))


# ---------------------------------------------------------------------------------------------
# one article


def _vary_numbers(text: str, rng: random.Random) -> str:
    def replace(match: re.Match[str]) -> str:
        digits = match.group()
        before = text[match.start() - 1] if match.start() else ""
        after = text[match.end(): match.end() + 1]
        if len(digits) == 4 and digits.startswith("20"):
            return str(rng.randint(2024, 2030))
        if after == "G" and len(digits) == 1:  # 5G, 3G: a generation, not a quantity
            return digits
        if before in (",", "."):  # a thousands group or decimals: same width, any digits
            return "".join(rng.choice("0123456789") for _ in digits)
        if after == "월":
            return str(rng.randint(1, 12))
        if after == "일":
            return str(rng.randint(1, 28))
        if after == "시":
            return str(rng.randint(1, 12))
        if len(digits) == 1:
            return str(rng.randint(1, 9))
        return str(rng.randint(10 ** (len(digits) - 1), 10 ** len(digits) - 1))

    return _DIGITS.sub(replace, text)


def _coda(word: str) -> bool:
    """Whether the last syllable has a final consonant (과기정통부: no, 우주항공청: yes)."""
    last = word[-1:]
    return "가" <= last <= "힣" and (ord(last) - 0xAC00) % 28 != 0


def _vary_ministries(text: str, swaps: dict, p: Pool, rng: random.Random, on: date) -> str:
    def replace(match: re.Match[str]) -> str:
        form = match.group()
        original = p.form_owner[form]
        if original.name not in swaps:
            if rng.random() < 0.5:
                swaps[original.name] = original
            else:
                # same final consonant in both forms, so the particles that follow stay right
                valid = [m for m in p.ministries if m.valid_on(on) and _coda(m.name) == _coda(original.name)
                         and _coda(m.short_name or m.name) == _coda(original.short_name or original.name)]
                swaps[original.name] = rng.choice(valid) if valid else original
        target = swaps[original.name]
        if form == original.name or not target.short_name:
            return target.name
        return target.short_name

    return p.ministry_forms.sub(replace, text)


# The days of `later` articles: the week after the corpus, as a desk adds the news of the week.
LATER_FIRST_DAY, LATER_LAST_DAY = date(2027, 1, 1), date(2027, 1, 7)


def _moment(rng: random.Random, first: date = FIRST_DAY, last: date = LAST_DAY) -> datetime:
    day = first + timedelta(days=rng.randrange((last - first).days + 1))
    return datetime(day.year, day.month, day.day, rng.randint(6, 22), rng.randrange(60))


def _subtitle(sentence: str) -> str:
    """A headline-style fragment: under 40 characters and not ending like a sentence, or the
    cleaner would rightly read it as the first paragraph."""
    words = sentence.split()
    while words and (len(" ".join(words)) > 38 or words[-1][-1] in "다요죠음함됨임니까.!?…\"'”’"):
        words.pop()
    return " ".join(words) or "정책 현장"


@dataclass(frozen=True)
class Generated:
    title: str
    paragraphs: tuple[str, ...]
    published_at: datetime
    outlet: str
    reporter: str
    email: str
    text: str  # the whole page
    subtitle: str | None = None

    @property
    def body(self) -> str:
        """What etl.clean should find as the article body: the deck (subtitle), then the paragraphs."""
        return "\n\n".join(((self.subtitle,) if self.subtitle else ()) + self.paragraphs)


def page_text(index: int, seed: int = 0, p: Pool | None = None, later: bool = False) -> str:
    """The plain-text page of article `index` (pure: depends on seed, index and later only)."""
    return generated(index, seed, p, later).text


def generated(index: int, seed: int = 0, p: Pool | None = None, later: bool = False) -> Generated:
    """Article `index` of the corpus with seed `seed`: the page and the parts it was made of.

    `later`: dated in the week after the corpus (LATER_FIRST_DAY … LATER_LAST_DAY)."""
    p = p or pool()
    rng = random.Random(f"{seed}:{index}")
    published = _moment(rng, LATER_FIRST_DAY, LATER_LAST_DAY) if later else _moment(rng)
    on = published.date()
    swaps: dict = {}

    def vary(text: str) -> str:
        return _vary_ministries(_vary_numbers(text, rng), swaps, p, rng, on)

    outlet, domain, section_bar = rng.choice(OUTLETS)
    reporter = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
    email = f"{rng.choice(ROMAN)}{rng.randint(1, 99)}@{domain}"

    head: list[str] = []
    if rng.random() < 0.3:
        head += [section_bar, ""]
    title = vary(rng.choice(p.titles))
    head.append(title)
    subtitle = None
    if rng.random() < 0.4:
        subtitle = _subtitle(vary(rng.choice(p.sentences)))
        head.append(subtitle)
    head.append("")
    stamp = f"입력 {published:%Y-%m-%d %H:%M}"
    if rng.random() < 0.5:
        stamp += f"   수정 {published + timedelta(minutes=rng.randint(5, 300)):%Y-%m-%d %H:%M}"
    head += [stamp, ""]
    if rng.random() >= 0.3:
        head += [section_bar]
    head += [rng.choice(SHARE_BARS), ""]
    if rng.random() < 0.5:
        head += [rng.choice(ADS), ""]

    foot = ["", f"{reporter} 기자 {email}", f"<저작권자 ⓒ {outlet}, 무단전재 및 재배포 금지>", "", rng.choice(RELATED)]
    foot += [f"· {item}" for item in rng.sample(RELATED_ITEMS, 3)]
    foot += ["", f"{outlet} 구독하기 | 뉴스레터 신청"]

    furniture = sum(len(line) + 1 for line in head + foot)
    target = int(rng.triangular(PAGE_MIN, PAGE_MAX, PAGE_MODE))
    paragraphs: list[str] = []
    length = furniture
    while length < target or len(paragraphs) < 3:
        sentences = [vary(rng.choice(p.sentences)) for _ in range(rng.choice((1, 2, 2, 3, 3, 4)))]
        paragraph = " ".join(sentences)
        if length + len(paragraph) + 2 > PAGE_MAX:
            if len(paragraphs) >= 3 and length >= PAGE_MIN:
                break
            paragraph = sentences[0]
            if length + len(paragraph) + 2 > PAGE_MAX:
                continue
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    body: list[str] = []
    for paragraph in paragraphs:
        body += [paragraph, ""]
    text = "\n".join(head + body[:-1] + foot) + "\n"
    return Generated(title, tuple(paragraphs), published, outlet, reporter, email, text, subtitle)


# ---------------------------------------------------------------------------------------------
# a corpus on disk


def file_for(out: Path, index: int) -> Path:
    return out / f"{index // FILES_PER_FOLDER:05d}" / f"{index:07d}.txt"


def _fingerprint(seed: int, start: int, n: int, later: bool = False) -> dict:
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for path in sorted(SAMPLE_DIR.glob("*")):
        digest.update(path.name.encode() + path.read_bytes())
    return {"seed": seed, "start": start, "n": n, "later": later, "generator": GENERATOR_VERSION,
            "sources": digest.hexdigest()[:16]}


def write_corpus(
    out: str | Path, n: int, *, seed: int = 0, start: int = 0, later: bool = False, progress: bool = False
) -> Path:
    """Articles start … start+n−1 as files under `out`; reused when `out` already holds exactly them."""
    out = Path(out)
    manifest = out / ".manifest.json"  # hidden: the ETL skips it when walking the folder
    wanted = _fingerprint(seed, start, n, later)
    if manifest.exists():
        try:
            if json.loads(manifest.read_text(encoding="utf-8")) == wanted:
                return out
        except ValueError:
            pass
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    p = pool()
    started = time.monotonic()
    for i in range(start, start + n):
        path = file_for(out, i - start)
        if (i - start) % FILES_PER_FOLDER == 0:
            path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page_text(i, seed, p, later), encoding="utf-8")
        if progress and (i - start + 1) % 10_000 == 0:
            print(f"  generated {i - start + 1:,}/{n:,} ({time.monotonic() - started:.0f}s)", file=sys.stderr)
    manifest.write_text(json.dumps(wanted), encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--start", type=int, default=0, help="index of the first article (default 0)")
    parser.add_argument("--out", type=Path, help="folder (default bench/work/corpus-N)")
    args = parser.parse_args(argv)
    out = args.out or WORK_DIR / f"corpus-{args.n}"
    started = time.monotonic()
    write_corpus(out, args.n, seed=args.seed, start=args.start, progress=True)
    print(f"{args.n:,} articles in {out} ({time.monotonic() - started:.1f}s)")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
