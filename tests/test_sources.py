"""etl.sources: every input becomes RawDocuments or Rejections with a reason (issue 7, reading half)."""

from __future__ import annotations

import io
import json
import os
import unicodedata
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from etl.model import REJECTION_REASONS, RawDocument, Rejection
from etl.readers.bigkinds import COLUMNS
from etl.readers.common import normalise_text, parse_datetime
from etl.sources import expand_inputs, iter_bytes, iter_documents

# ---------------------------------------------------------------------------------------------
# fixtures: our own sample text (docs/sample-corpus.md style), written in the tests

HEADLINE = "과기정통부, GPU 3만장 확보 시기 2026년으로 앞당긴다"
PARAGRAPHS = [
    "과학기술정보통신부가 그래픽처리장치(GPU) 3만장 확보 시기를 2030년에서 2026년으로 앞당기겠다고 23일 밝혔다. "
    "대학과 연구소의 AI 컴퓨팅 인프라 부족을 해소하기 위한 조치다.",
    '유상임 장관은 이날 세종에서 열린 송년 기자간담회에서 "대학이든 연구소든 GPU가 없어 연구를 할 수 없는 '
    '상황에서 벗어나야 한다"며 "2026년까지 3만장을 확보해야 한다"고 말했다.',
    "유 장관은 올해 안에 과기정통부와 산업통상자원부, 중소벤처기업부 인력을 모은 범부처 기술사업화 조직을 "
    "만들겠다는 구상도 내놨다.",
]
TEXT_PAGE = "\n".join(
    [
        HEADLINE,
        "",
        "입력 2024-12-23 16:38   수정 2024-12-23 16:41",
        "",
        "락토핏 당케어 광고 이미지",
        "",
        PARAGRAPHS[0],
        "",
        PARAGRAPHS[1],
        "",
        PARAGRAPHS[2],
        "",
        "홍길동 기자 gildong@hanbitbiz.example.kr",
        "ⓒ 한빛경제, 무단전재 및 재배포 금지",
        "",
        "관련뉴스",
        "많이 본 뉴스",
    ]
)
FURNITURE = [
    "홈",
    "정치",
    "IT·과학",
    "락토핏 당케어 광고 이미지",
    "난각막NEM 광고 이미지",
    "관련뉴스",
    "알뜰폰 활성화 대책 내년 초 발표",
    "단통법 폐지안 국회 통과",
    "많이 본 뉴스",
    "회사소개",
    "고객센터",
    "개인정보처리방침",
    "All rights reserved",
    "구독하기",
    "공유하기",
    "▲ 유상임 과학기술정보통신부 장관",
]


def html_page(body: str, *, charset: str = "utf-8") -> str:
    """A whole saved page: head metadata, nav, ads, the article, related-news aside, footer."""
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="{charset}">
<title>{HEADLINE} | 한빛경제</title>
<meta property="og:title" content="{HEADLINE}">
<meta property="og:site_name" content="한빛경제">
<meta property="og:url" content="https://hanbitbiz.example.kr/news/articleView.html?idxno=1001">
<link rel="canonical" href="https://hanbitbiz.example.kr/news/1001">
<meta property="article:published_time" content="2024-12-23T16:38:00+09:00">
<meta property="article:modified_time" content="2024-12-23T07:41:00Z">
<meta name="author" content="홍길동 기자">
<meta name="tracker:sample" content="[샘플 기사] 이 기사는 '정책 약속 추적기' 프로젝트를 위해 새로 쓴 예시입니다.">
<meta name="tracker:source" content="https://www.msit.go.kr/example/1">
<meta name="tracker:source" content="https://www.korea.kr/example/2">
<script>window.dataLayer = [];</script>
<style>.ad {{ width: 300px }}</style>
</head>
<body>
<header class="site-header"><nav class="gnb"><ul><li><a href="/">홈</a></li><li><a href="/politics">정치</a></li>
<li><a href="/it">IT·과학</a></li></ul></nav><a class="btn" href="/subscribe">구독하기</a></header>
<div class="ad ad-top"><a href="https://ads.example/1">락토핏 당케어 광고 이미지</a></div>
<div id="container">
<article>
<h1 class="headline">{HEADLINE}</h1>
<div class="info">입력 2024-12-23 16:38 | 수정 2024-12-23 16:41</div>
<div class="share-tools"><button>공유하기</button><a href="#">프린트</a></div>
{body}
</article>
<aside class="related-news"><h2>관련뉴스</h2><ul><li><a href="/n/1">알뜰폰 활성화 대책 내년 초 발표</a></li>
<li><a href="/n/2">단통법 폐지안 국회 통과</a></li></ul><h2>많이 본 뉴스</h2><ol><li><a href="/n/3">많이 본 뉴스 1</a></li></ol></aside>
</div>
<footer><p>회사소개 | 고객센터 | 개인정보처리방침</p><p>Copyright ⓒ 한빛경제. All rights reserved.</p></footer>
</body>
</html>
"""


P_BODY = (
    '<div class="article-body" itemprop="articleBody">'
    f"<p>{PARAGRAPHS[0]}</p>"
    '<div class="ad ad-inline">난각막NEM 광고 이미지</div>'
    f"<p>{PARAGRAPHS[1]}</p>"
    '<figure><img src="gpu.jpg" alt=""><figcaption>▲ 유상임 과학기술정보통신부 장관</figcaption></figure>'
    f"<p>{PARAGRAPHS[2]}</p>"
    "<p>홍길동 기자 gildong@hanbitbiz.example.kr</p>"
    "<p>ⓒ 한빛경제, 무단전재 및 재배포 금지</p>"
    "</div>"
)
# A common Korean CMS layout: one <div>, paragraphs separated by <br><br>, an ad <div> and a photo
# between paragraphs without any <br> (what made trafilatura glue "…말했다.유 장관은").
BR_BODY = (
    '<div id="articleBody">'
    f"{PARAGRAPHS[0]}<br><br>"
    '<div class="ad">난각막NEM 광고 이미지</div>'
    f"{PARAGRAPHS[1]}"
    '<figure><img src="gpu.jpg"><figcaption>▲ 유상임 과학기술정보통신부 장관</figcaption></figure>'
    f"{PARAGRAPHS[2]}<br><br>"
    '<div class="relation_news"><strong>관련뉴스</strong><a href="/n/1">알뜰폰 활성화 대책 내년 초 발표</a></div>'
    "홍길동 기자 gildong@hanbitbiz.example.kr<br>ⓒ 한빛경제, 무단전재 및 재배포 금지"
    "</div>"
)


def only(items: list) -> object:
    assert len(items) == 1, items
    return items[0]


def docs_and_rejections(inputs, **kwargs) -> tuple[list[RawDocument], list[Rejection]]:
    items = list(iter_documents(inputs, **kwargs))
    for item in items:
        assert isinstance(item, (RawDocument, Rejection)), item
        if isinstance(item, Rejection):
            assert item.reason in REJECTION_REASONS, item
    return (
        [i for i in items if isinstance(i, RawDocument)],
        [i for i in items if isinstance(i, Rejection)],
    )


def paragraphs_of(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


# ---------------------------------------------------------------------------------------------
# plain text and encodings


@pytest.mark.parametrize("encoding", ["cp949", "euc_kr"])
def test_korean_legacy_encodings_decode_with_correct_hangul(tmp_path, encoding):
    path = tmp_path / f"article-{encoding}.txt"
    path.write_bytes(TEXT_PAGE.replace("\n", "\r\n").encode(encoding))
    doc = only(list(iter_documents([path])))
    assert isinstance(doc, RawDocument)
    assert doc.source_format == "text"
    assert doc.text == TEXT_PAGE
    assert HEADLINE in doc.text and "유상임 장관은" in doc.text


def test_cp949_only_syllables_decode(tmp_path):
    """CP949 (not EUC-KR) has every modern syllable: 똠, 뷁, 햏 are outside KS X 1001."""
    text = TEXT_PAGE + "\n\n똠방각하 뷁 햏: 확장 완성형 글자도 그대로 읽는다."
    path = tmp_path / "windows.txt"
    path.write_bytes(text.encode("cp949"))
    assert only(list(iter_documents([path]))).text == text


def test_euc_kr_composed_syllables_decode(tmp_path):
    """EUC-KR writes 똠 as an 8-byte KS X 1001 composition; read as CP949 it would become jamo."""
    text = "똠방각하 관련 기사입니다. 과학기술정보통신부가 발표했다."
    path = tmp_path / "euckr-composed.txt"
    path.write_bytes(text.encode("euc_kr"))
    assert only(list(iter_documents([path]))).text == text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-8"])
def test_unicode_encodings_with_and_without_bom(tmp_path, encoding):
    data = TEXT_PAGE.encode(encoding)
    if encoding == "utf-16-le":
        data = b"\xff\xfe" + data
    elif encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(data)
    doc = only(list(iter_documents([path])))
    assert isinstance(doc, RawDocument), doc
    assert doc.text == TEXT_PAGE
    assert not doc.text.startswith("\ufeff")


def test_utf16_without_bom(tmp_path):
    path = tmp_path / "nobom.txt"
    path.write_bytes(TEXT_PAGE.encode("utf-16-le"))
    assert only(list(iter_documents([path]))).text == TEXT_PAGE


def test_plain_text_normalisation(tmp_path):
    decomposed = unicodedata.normalize("NFD", "과학기술정보통신부")  # as copied on macOS
    raw = f"제목 줄\r\n\r\n{decomposed}가 ㈜한빛과 ＧＰＵ １만장\u00a0계약을 맺었다.   \r\n둘째\u200b 줄\r마지막\n\n\n"
    path = tmp_path / "messy.txt"
    path.write_bytes(raw.encode("utf-8"))
    doc = only(list(iter_documents([path])))
    assert doc.text == "제목 줄\n\n과학기술정보통신부가 ㈜한빛과 ＧＰＵ １만장 계약을 맺었다.\n둘째 줄\n마지막"
    assert doc.text == unicodedata.normalize("NFC", doc.text)
    assert "\r" not in doc.text and "\u00a0" not in doc.text


def test_a_page_printing_its_character_references_is_read_as_a_browser_shows_it(tmp_path):
    path = tmp_path / "widget.txt"
    path.write_text("시정소식\n등록일&nbsp;2025.01.22&nbsp;&#40;수&#41;&nbsp;14:02\n&quot;창업 공간 10곳&quot;\n", encoding="utf-8")
    assert only(list(iter_documents([path]))).text == "시정소식\n등록일 2025.01.22 (수) 14:02\n\"창업 공간 10곳\""
    path.write_text("주소&nbsp;view.do?bbsId=12&amp;nttId=55&notice=Y&copy=1&reg=3&nbsp;(원문)\n", encoding="utf-8")
    assert only(list(iter_documents([path]))).text == "주소 view.do?bbsId=12&nttId=55&notice=Y&copy=1&reg=3 (원문)"  # (no `©`)
    path.write_text("R&D 예산 &amp; 인력 (원문 그대로)\n", encoding="utf-8")  # (one reference in prose: as written)
    assert only(list(iter_documents([path]))).text == "R&D 예산 &amp; 인력 (원문 그대로)"


def test_mojibake_is_rejected_not_stored(tmp_path):
    """CP949 bytes once misread as Latin-1 and saved as UTF-8: valid UTF-8, but not Korean."""
    path = tmp_path / "broken.txt"
    path.write_bytes(TEXT_PAGE.encode("cp949").decode("latin-1").encode("utf-8"))
    rejection = only(list(iter_documents([path])))
    assert isinstance(rejection, Rejection)
    assert rejection.reason == "encoding"
    assert "broken.txt" in rejection.detail


def test_undecodable_bytes_are_rejected(tmp_path):
    path = tmp_path / "garbage.txt"
    path.write_bytes(bytes(range(0x80, 0x100)) * 8)
    rejection = only(list(iter_documents([path])))
    assert rejection.reason == "encoding"


# ---------------------------------------------------------------------------------------------
# HTML


@pytest.mark.parametrize("body", [P_BODY, BR_BODY], ids=["p-paragraphs", "br-paragraphs"])
def test_saved_html_page(tmp_path, body):
    path = tmp_path / "2024-12-23_ai_gpu.html"
    path.write_text(html_page(body), encoding="utf-8")
    doc = only(list(iter_documents([path])))
    assert isinstance(doc, RawDocument), doc
    assert doc.source_format == "html"
    paragraphs = paragraphs_of(doc.text)
    # Every body paragraph exact, in order, each its own paragraph (nothing glued to it).
    body_paragraphs = [p for p in paragraphs if p in PARAGRAPHS]
    assert body_paragraphs == PARAGRAPHS
    for paragraph in paragraphs:
        for furniture in FURNITURE:
            assert furniture not in paragraph, (furniture, paragraph)
    # What may remain is what the line cleaner removes: headline, dateline, byline, copyright.
    leftovers = [p for p in paragraphs if p not in PARAGRAPHS]
    for p in leftovers:
        assert p == HEADLINE or p.startswith("입력") or "기자" in p or "ⓒ" in p, p

    assert doc.title == HEADLINE
    assert doc.published_at == datetime(2024, 12, 23, 16, 38)
    assert doc.updated_at == datetime(2024, 12, 23, 16, 41)  # 07:41Z is 16:41 KST
    assert doc.byline == "홍길동 기자"
    assert doc.outlet == "한빛경제"
    assert doc.url == "https://hanbitbiz.example.kr/news/1001"
    assert doc.source_urls == ("https://www.msit.go.kr/example/1", "https://www.korea.kr/example/2")
    assert doc.extra["sample"].startswith("[샘플 기사]")


def test_html_in_euc_kr_with_meta_charset(tmp_path):
    path = tmp_path / "old-site.htm"
    path.write_bytes(html_page(P_BODY, charset="euc-kr").encode("cp949"))
    doc = only(list(iter_documents([path])))
    assert doc.title == HEADLINE
    assert [p for p in paragraphs_of(doc.text) if p in PARAGRAPHS] == PARAGRAPHS


def test_html_title_falls_back_to_title_tag_without_site_name(tmp_path):
    page = html_page(P_BODY).replace(f'<meta property="og:title" content="{HEADLINE}">', "")
    path = tmp_path / "no-og.html"
    path.write_text(page, encoding="utf-8")
    assert only(list(iter_documents([path]))).title == HEADLINE


def test_html_without_article_text_is_rejected(tmp_path):
    path = tmp_path / "empty-page.html"
    path.write_text("<!DOCTYPE html><html><head><title>x</title></head><body><nav><a href='/'>홈</a></nav></body></html>")
    rejection = only(list(iter_documents([path])))
    assert rejection.reason == "no_article"


def test_format_is_chosen_by_content_not_extension(tmp_path):
    (tmp_path / "page.txt").write_text(html_page(P_BODY), encoding="utf-8")
    (tmp_path / "pasted.html").write_text(TEXT_PAGE, encoding="utf-8")
    (tmp_path / "lines.dat").write_text(json.dumps({"title": HEADLINE, "body": PARAGRAPHS[0]}, ensure_ascii=False) + "\n")
    docs, rejections = docs_and_rejections([tmp_path])
    assert not rejections
    assert {d.source_path.rsplit("/", 1)[-1].split("#")[0]: d.source_format for d in docs} == {
        "page.txt": "html",
        "pasted.html": "text",
        "lines.dat": "jsonl",
    }


# ---------------------------------------------------------------------------------------------
# JSONL


def jsonl_records() -> list[dict]:
    return [
        {
            "title": HEADLINE,
            "body": "\n\n".join(PARAGRAPHS),
            "published_at": "2024-12-23T16:38:00+09:00",
            "updated_at": "2024-12-23 16:41",
            "outlet": "한빛경제",
            "byline": "홍길동 기자",
            "url": "https://hanbitbiz.example.kr/news/1001",
            "sample": "[샘플 기사] 예시입니다.",
            "sources": ["https://www.msit.go.kr/example/1"],
            "section": "IT·과학",
        },
        {
            "title": "알뜰폰 활성화 대책 발표",
            "content": "과학기술정보통신부가 알뜰폰 활성화 대책을 발표했다.",
            "published_at": "2025-01-15 10:20",
            "outlet": "미래일보",
            "flags": ["no_url"],
        },
        {
            "title": "단통법 폐지 시행령 적용",
            "text": "단통법 폐지안이 국회를 통과했다.",
            "published_at": "2025-07-22T00:30:00Z",
        },
    ]


def test_jsonl_of_three_plus_a_malformed_line(tmp_path):
    lines = [json.dumps(r, ensure_ascii=False) for r in jsonl_records()]
    lines.insert(2, '{"title": "깨진 줄", "body": ')  # line 3 is malformed
    path = tmp_path / "scraped.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, rejections = docs_and_rejections([path])
    assert len(docs) == 3
    rejection = only(rejections)
    assert rejection.reason == "bad_json"
    assert rejection.source_path == f"{path}#L3"
    assert f"{path}#L3" in rejection.detail

    first, second, third = docs
    assert [d.source_path for d in docs] == [f"{path}#L1", f"{path}#L2", f"{path}#L4"]
    assert {d.source_format for d in docs} == {"jsonl"}
    assert first.title == HEADLINE
    assert paragraphs_of(first.text) == PARAGRAPHS
    assert first.published_at == datetime(2024, 12, 23, 16, 38)
    assert first.updated_at == datetime(2024, 12, 23, 16, 41)
    assert first.outlet == "한빛경제" and first.byline == "홍길동 기자"
    assert first.url == "https://hanbitbiz.example.kr/news/1001"
    assert first.source_urls == ("https://www.msit.go.kr/example/1",)
    assert first.extra == {"sample": "[샘플 기사] 예시입니다.", "section": "IT·과학"}
    assert second.text == "과학기술정보통신부가 알뜰폰 활성화 대책을 발표했다."
    assert second.published_at == datetime(2025, 1, 15, 10, 20)
    assert second.flags == ("no_url",) and second.url is None
    assert third.text == "단통법 폐지안이 국회를 통과했다."
    assert third.published_at == datetime(2025, 7, 22, 9, 30)  # 00:30Z = 09:30 KST


def test_jsonl_line_without_title_or_body(tmp_path):
    path = tmp_path / "partial.jsonl"
    path.write_text(
        "\n".join(
            [
                json.dumps({"title": "제목만 있는 줄"}, ensure_ascii=False),
                json.dumps({"body": "본문만 있는 줄이다."}, ensure_ascii=False),
                "[1, 2]",
                json.dumps({"title": "정상", "body": "정상 본문이다.", "published_at": "언젠가"}, ensure_ascii=False),
            ]
        ),
        encoding="utf-8",
    )
    docs, rejections = docs_and_rejections([path])
    assert [(r.source_path.rsplit("#", 1)[1], r.reason) for r in rejections] == [
        ("L1", "no_article"),
        ("L2", "no_article"),
        ("L3", "bad_json"),
    ]
    doc = only(docs)
    assert doc.published_at is None and doc.extra["published_at_raw"] == "언젠가"


def test_pretty_printed_json_array(tmp_path):
    path = tmp_path / "articles.json"
    path.write_text(json.dumps(jsonl_records()[:2], ensure_ascii=False, indent=2), encoding="utf-8")
    docs, rejections = docs_and_rejections([path])
    assert not rejections
    assert [d.source_path for d in docs] == [f"{path}#item1", f"{path}#item2"]


# ---------------------------------------------------------------------------------------------
# BigKinds xlsx


def bigkinds_row(news_id, day, title, body, excluded=None, **extra) -> dict:
    row = dict.fromkeys(COLUMNS)
    row.update(
        {
            "뉴스 식별자": news_id,
            "일자": day,
            "언론사": "한빛경제",
            "기고자": "홍길동",
            "제목": title,
            "통합 분류1": "IT_과학>과학",
            "인물": "유상임",
            "기관": "과학기술정보통신부,산업통상자원부",
            "키워드": "GPU,확보,과기정통부",
            "특성추출(가중치순 상위 50개)": "gpu,과기정통부,확보",
            "본문": body,
            "URL": f"https://hanbitbiz.example.kr/news/{day}",
            "분석제외 여부": excluded,
        }
    )
    row.update(extra)
    return row


def write_xlsx(path: Path, header: list[str], rows: list[dict], *, numeric_id_format: str | None = None) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "sheet"
    sheet.append(header)
    for row in rows:
        sheet.append([row.get(h) for h in header])
    if numeric_id_format:
        for (cell,) in sheet.iter_rows(min_row=2, max_col=1):
            if isinstance(cell.value, int):
                cell.number_format = numeric_id_format
    workbook.save(path)


def bigkinds_rows() -> list[dict]:
    return [
        bigkinds_row("01100101.20241223163800001", 20241223, HEADLINE, "\n".join(PARAGRAPHS)),
        bigkinds_row("01100101.20241223163800002", "20241223", "[사설] 같은 기사", PARAGRAPHS[0], excluded="중복"),
        bigkinds_row("02100311.20250115102000001", 20250115, "알뜰폰 활성화 대책", "알뜰폰 활성화 대책이 나왔다._x000D_\n둘째 줄이다."),
        bigkinds_row(1100101, 20250301, "숫자로 저장된 식별자", "식별자가 숫자로 바뀐 행이다."),
        bigkinds_row("08100101.20250722093000001", 20250722, "단통법 폐지", "단통법 폐지안이 국회를 통과했다.", 기고자=None, URL=None),
    ]


def test_bigkinds_export_five_rows_one_duplicate(tmp_path):
    path = tmp_path / "NewsResult_20241201-20250731.xlsx"
    write_xlsx(path, list(COLUMNS), bigkinds_rows(), numeric_id_format="00000000")
    docs, rejections = docs_and_rejections([path])
    assert len(docs) == 4
    excluded = only(rejections)
    assert excluded.reason == "excluded"
    assert excluded.source_path == f"{path}#row2"
    assert "중복" in excluded.detail and "row2" in excluded.detail

    assert [d.source_path for d in docs] == [f"{path}#row{n}" for n in (1, 3, 4, 5)]
    first = docs[0]
    assert first.source_format == "bigkinds"
    assert first.flags == ("excerpt",)
    assert first.title == HEADLINE
    assert first.text == "\n".join(PARAGRAPHS)
    assert first.published_at == datetime(2024, 12, 23)
    assert first.outlet == "한빛경제" and first.byline == "홍길동"
    assert first.url == "https://hanbitbiz.example.kr/news/20241223"
    assert first.extra["뉴스 식별자"] == "01100101.20241223163800001"  # leading zero kept
    assert first.extra["통합 분류1"] == "IT_과학>과학"
    assert first.extra["인물"] == "유상임"
    assert first.extra["기관"] == "과학기술정보통신부,산업통상자원부"
    assert first.extra["키워드"] == "GPU,확보,과기정통부"
    assert first.extra["특성추출(가중치순 상위 50개)"] == "gpu,과기정통부,확보"
    assert "본문" not in first.extra and "제목" not in first.extra
    json.dumps(first.extra, ensure_ascii=False)  # extra goes to a JSON column

    assert docs[1].text == "알뜰폰 활성화 대책이 나왔다.\n둘째 줄이다."  # _x000D_ + \n → one line break
    numeric = docs[2]
    assert numeric.extra["뉴스 식별자"] == "01100101"  # formatted back with its 00000000 format
    assert "숫자" in numeric.extra["뉴스 식별자_경고"]
    assert docs[3].byline is None and docs[3].url is None
    assert all(d.flags == ("excerpt",) for d in docs)


def test_bigkinds_older_header_and_short_layout(tmp_path):
    """Older exports call column 16 `특성추출`; a trimmed export with the required columns reads too."""
    header = ["뉴스 식별자", "일자", "언론사", "제목", "특성추출", "본문"]
    path = tmp_path / "old.xlsx"
    write_xlsx(path, header, [bigkinds_row("00100101.1", 20250101, "제목", "본문이다.", 특성추출="a,b")])
    doc = only(list(iter_documents([path])))
    assert doc.extra["특성추출(가중치순 상위 50개)"] == "a,b"
    assert doc.extra["뉴스 식별자"] == "00100101.1"


def test_xlsx_without_bigkinds_columns(tmp_path):
    path = tmp_path / "budget.xlsx"
    write_xlsx(path, ["부처", "예산", "제목"], [{"부처": "과기정통부", "예산": 100, "제목": "x"}])
    rejection = only(list(iter_documents([path])))
    assert rejection.reason == "bad_columns"
    for column in ("뉴스 식별자", "일자", "언론사", "본문"):
        assert column in rejection.detail
    assert "budget.xlsx" in rejection.detail


def test_bigkinds_missing_some_required_columns(tmp_path):
    header = [c for c in COLUMNS if c not in ("본문", "일자")]
    path = tmp_path / "NewsResult_partial.xlsx"
    write_xlsx(path, header, bigkinds_rows()[:1])
    rejection = only(list(iter_documents([path])))
    assert rejection.reason == "bad_columns"
    assert "본문" in rejection.detail and "일자" in rejection.detail
    assert "제목" not in rejection.detail.split("찾은")[0]


# ---------------------------------------------------------------------------------------------
# zip archives


def test_zip_of_a_txt_and_an_html(tmp_path):
    path = tmp_path / "pages.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("inner/2024-12-23_gpu.txt", TEXT_PAGE.encode("cp949"))
        archive.writestr("inner/2024-12-23_gpu.html", html_page(P_BODY))
        archive.writestr("__MACOSX/inner/._2024-12-23_gpu.txt", b"\x00\x05\x16\x07")
        archive.writestr("inner/.DS_Store", b"\x00\x00\x00\x01Bud1")
    docs, rejections = docs_and_rejections([path])
    assert not rejections
    assert [(d.source_path, d.source_format) for d in docs] == [
        (f"{path}!inner/2024-12-23_gpu.html", "html"),
        (f"{path}!inner/2024-12-23_gpu.txt", "text"),
    ]
    assert docs[1].text == TEXT_PAGE
    assert [p for p in paragraphs_of(docs[0].text) if p in PARAGRAPHS] == PARAGRAPHS


def test_zip_nested_xlsx_and_bad_members(tmp_path):
    xlsx = io.BytesIO()
    workbook = openpyxl.Workbook()
    workbook.active.append(list(COLUMNS))
    workbook.active.append([bigkinds_rows()[0].get(c) for c in COLUMNS])
    workbook.save(xlsx)
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as archive:
        archive.writestr("deep.txt", TEXT_PAGE)
    path = tmp_path / "bundle.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a/NewsResult.xlsx", xlsx.getvalue())
        archive.writestr("b/inner.zip", inner.getvalue())
        archive.writestr("c/empty.txt", b"")
        archive.writestr("d/huge.txt", "가" * 5000)
    docs, rejections = docs_and_rejections([path], max_bytes=10_000)
    assert [d.source_path for d in docs] == [f"{path}!a/NewsResult.xlsx#row1", f"{path}!b/inner.zip!deep.txt"]
    assert [(r.source_path, r.reason) for r in rejections] == [
        (f"{path}!c/empty.txt", "empty"),
        (f"{path}!d/huge.txt", "too_large"),
    ]


def test_zip_member_names_in_cp949(tmp_path):
    """Zips made on Korean Windows store CP949 names without the UTF-8 flag."""
    placeholder, korean = b"abcd.txt", "기사.txt".encode("cp949")
    assert len(placeholder) == len(korean)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("abcd.txt", TEXT_PAGE)
    path = tmp_path / "windows.zip"
    path.write_bytes(buffer.getvalue().replace(placeholder, korean))
    doc = only(list(iter_documents([path])))
    assert doc.source_path == f"{path}!기사.txt"


# ---------------------------------------------------------------------------------------------
# bad inputs in one run with good ones


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"


def test_each_bad_input_gets_its_reason_and_good_files_still_yield(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = Path("inbox")
    folder.mkdir()
    (folder / "01_good.txt").write_bytes(TEXT_PAGE.encode("cp949"))
    (folder / "02_empty.txt").write_bytes(b"")
    (folder / "03_blank.txt").write_text(" \n\t\n\u3000\n")
    (folder / "04_photo.png").write_bytes(PNG)
    (folder / "05_photo_named.txt").write_bytes(PNG)
    (folder / "06_big.txt").write_text("가나다 " * 3000, encoding="utf-8")
    (folder / "07_lines.jsonl").write_text(
        json.dumps({"title": "좋은 줄", "body": "본문이다."}, ensure_ascii=False) + "\n{not json}\n", encoding="utf-8"
    )
    write_xlsx(folder / "08_table.xlsx", ["이름", "값"], [{"이름": "a", "값": 1}])
    (folder / "09_legacy.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500)
    (folder / "10_doc.rtf").write_text(r"{\rtf1\ansi 본문}", encoding="utf-8")
    (folder / "11_export.csv").write_text("제목,본문\n가,나\n", encoding="utf-8")
    (folder / "12_binary.bin").write_bytes(b"\x01\x02\x00\x03" * 100)
    (folder / "13_page.html").write_text(html_page(P_BODY), encoding="utf-8")
    (folder / "14_archive.zip").write_bytes(b"PK\x03\x04 definitely not a zip")
    (folder / "15_feed.xml").write_text('<?xml version="1.0"?><rss><channel><title>피드</title></channel></rss>')

    docs, rejections = docs_and_rejections([folder, "missing.txt", "nothing/*.txt"], max_bytes=10_000)
    got = {Path(r.source_path.split("#")[0]).name: r.reason for r in rejections}
    assert got == {
        "02_empty.txt": "empty",
        "03_blank.txt": "empty",
        "04_photo.png": "binary",
        "05_photo_named.txt": "binary",
        "06_big.txt": "too_large",
        "07_lines.jsonl": "bad_json",
        "08_table.xlsx": "bad_columns",
        "09_legacy.xls": "unsupported",
        "10_doc.rtf": "unsupported",
        "11_export.csv": "unsupported",
        "12_binary.bin": "binary",
        "14_archive.zip": "unreadable",
        "15_feed.xml": "unsupported",
        "missing.txt": "unreadable",
        "*.txt": "unreadable",
    }
    for rejection in rejections:
        assert rejection.source_path.split("#")[0] in rejection.detail
        assert " / " in rejection.detail  # Korean / English
    assert [(d.source_path, d.source_format) for d in docs] == [
        ("inbox/01_good.txt", "text"),
        ("inbox/07_lines.jsonl#L1", "jsonl"),
        ("inbox/13_page.html", "html"),
    ]
    assert docs[0].text == TEXT_PAGE


def test_size_limit_is_checked_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    path.write_text("가" * 2000, encoding="utf-8")

    def no_reading(self):
        raise AssertionError("read the whole file")

    monkeypatch.setattr(Path, "read_bytes", no_reading)
    rejection = only(list(iter_documents([path], max_bytes=1000)))
    assert rejection.reason == "too_large"
    assert "6,000" in rejection.detail and "1,000" in rejection.detail


def test_unreadable_file(tmp_path):
    link = tmp_path / "dangling.txt"
    link.symlink_to(tmp_path / "gone.txt")
    rejection = only(list(iter_documents([link])))
    assert rejection.reason == "unreadable"


def test_iter_bytes_for_uploads():
    docs = list(iter_bytes("upload/기사.txt", TEXT_PAGE.encode("cp949")))
    assert only(docs).source_path == "upload/기사.txt"
    assert only(list(iter_bytes("x.txt", b"a" * 20, max_bytes=10))).reason == "too_large"


# ---------------------------------------------------------------------------------------------
# expanding inputs


def test_expand_inputs_folders_globs_and_missing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    data = Path("data")
    (data / "sub" / "deeper").mkdir(parents=True)
    (data / ".hidden").mkdir()
    for name in [
        "b.txt",
        "a.txt",
        "sub/c.html",
        "sub/deeper/d.jsonl",
        ".hidden/e.txt",
        ".f.txt",
        "tracker.duckdb",
        "tracker.duckdb.wal",
        "tracker.duckdb.tmp-123",
        "build.lock",
        "tracker.verdicts.jsonl",
        "~$NewsResult.xlsx",
        "Thumbs.db",
    ]:
        (data / name).write_text("x")
    files, rejections = expand_inputs(["data", "data/*.txt", "data/sub/c.html", "nope", "data/zz*.txt"])
    assert files == [
        Path("data/a.txt"),
        Path("data/b.txt"),
        Path("data/sub/c.html"),
        Path("data/sub/deeper/d.jsonl"),
    ]
    assert not any(f.is_absolute() for f in files)
    assert [(r.source_path, r.reason) for r in rejections] == [("nope", "unreadable"), ("data/zz*.txt", "unreadable")]

    # A file named explicitly is read whatever its name.
    files, _ = expand_inputs([Path("data/.f.txt")])
    assert files == [Path("data/.f.txt")]
    files, _ = expand_inputs(["data/*.txt"])
    assert files == [Path("data/a.txt"), Path("data/b.txt")]


def test_iter_documents_accepts_a_single_path(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text(TEXT_PAGE, encoding="utf-8")
    assert only(list(iter_documents(str(path)))).text == TEXT_PAGE


# ---------------------------------------------------------------------------------------------
# helpers


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-07-22T09:30:00+09:00", datetime(2025, 7, 22, 9, 30)),
        ("2025-07-22T00:30:00Z", datetime(2025, 7, 22, 9, 30)),
        ("2025-07-22 09:30", datetime(2025, 7, 22, 9, 30)),
        ("2025.07.22 09:30", datetime(2025, 7, 22, 9, 30)),
        ("2025/7/22", datetime(2025, 7, 22)),
        ("2025년 7월 22일", datetime(2025, 7, 22)),
        (20250722, datetime(2025, 7, 22)),
        ("20250722", datetime(2025, 7, 22)),
        ("2025-02-30", None),
        ("어제", None),
        (None, None),
    ],
)
def test_parse_datetime(value, expected):
    assert parse_datetime(value) == expected


def test_normalise_text_keeps_compatibility_characters():
    assert normalise_text("㈜한빛 ⓒ ＧＰＵ ㎡ ① ㅋㅋ") == "㈜한빛 ⓒ ＧＰＵ ㎡ ① ㅋㅋ"
    assert normalise_text("a\u2028b\x0cc\x85d") == "a\nb\nc\nd"
    text = normalise_text("줄1\n\x0b줄2\u2029줄3")
    assert text.split("\n") == text.splitlines()


def test_jsonl_lone_surrogate_escapes_are_dropped(tmp_path):
    path = tmp_path / "surrogates.jsonl"
    path.write_text('{"title": "제목\\ud800", "body": "본문\\udfff이다.", "note": "x\\ud800y"}\n', encoding="utf-8")
    doc = only(list(iter_documents([path])))
    assert doc.title == "제목" and doc.text == "본문이다."
    assert doc.extra == {"note": "xy"}
    json.dumps(doc.extra, ensure_ascii=False).encode("utf-8")


def test_jsonl_line_separators_inside_strings_are_not_line_breaks(tmp_path):
    path = tmp_path / "u2028.jsonl"
    record = {"title": "제목", "body": "첫 문장이다.\u2028둘째 문장이다.\u0085셋째."}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    doc = only(list(iter_documents([path])))
    assert doc.source_path.endswith("#L1")
    assert doc.text == "첫 문장이다.\n둘째 문장이다.\n셋째."


def test_text_page_opening_with_a_bracketed_tag_is_text(tmp_path):
    path = tmp_path / "exclusive.txt"
    path.write_text("<단독> " + TEXT_PAGE, encoding="utf-8")
    assert only(list(iter_documents([path]))).source_format == "text"


def test_html_date_from_the_visible_dateline_when_no_meta(tmp_path):
    page = html_page(P_BODY)
    for tag in ("article:published_time", "article:modified_time"):
        page = "\n".join(line for line in page.split("\n") if tag not in line)
    page = page.replace('<div class="article-body"', '<div class="info">입력 2024-12-23 16:38</div><div class="article-body"')
    path = tmp_path / "no-date-meta.html"
    path.write_text(page, encoding="utf-8")
    doc = only(list(iter_documents([path])))
    assert doc.published_at is not None and doc.published_at.date() == datetime(2024, 12, 23).date()
    assert doc.extra["published_at_source"] == "trafilatura"
    assert doc.updated_at is None


def test_real_path_resolves_like_realpath_with_each_folder_once(tmp_path, monkeypatch):
    """expand_inputs and the build resolve every input file; `real_path` resolves each folder once
    and must still agree with os.path.realpath, links included."""
    from etl.sources import real_path

    monkeypatch.chdir(tmp_path)
    (tmp_path / "data" / "sub").mkdir(parents=True)
    (tmp_path / "data" / "sub" / "a.txt").write_text("x")
    (tmp_path / "linked").symlink_to(tmp_path / "data" / "sub", target_is_directory=True)
    (tmp_path / "data" / "b.txt").symlink_to(tmp_path / "data" / "sub" / "a.txt")
    folders: dict[str, str] = {}
    for path in ["data/sub/a.txt", "linked/a.txt", "data/b.txt", "data/sub/../sub/a.txt", "data/missing.txt",
                 tmp_path / "linked" / "a.txt", "data/sub/.", "data/sub/..", "linked"]:
        assert real_path(path, folders) == os.path.realpath(path), path


def test_a_folder_walk_resolves_its_files_from_the_listing(tmp_path, monkeypatch):
    """Each file found under a folder comes with its resolved path (what the build knows it by
    between runs), worked out from the folder's listing rather than a system call per file: a
    link to a file is a file, resolved to its target; a link to a folder is not followed; a
    broken link is listed (reading it says what is wrong); a file reached twice is listed once."""
    from etl import sources

    monkeypatch.chdir(tmp_path)
    (tmp_path / "data" / "sub").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "data" / "sub" / "a.txt").write_text("x")
    (tmp_path / "elsewhere" / "b.txt").write_text("x")
    (tmp_path / "data" / "b.txt").symlink_to(tmp_path / "elsewhere" / "b.txt")
    (tmp_path / "data" / "folder-link").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    (tmp_path / "data" / "broken.txt").symlink_to(tmp_path / "nowhere.txt")

    def no_per_file_lookup(path):
        raise AssertionError(f"looked {path} up again")

    monkeypatch.setattr(sources.os.path, "islink", no_per_file_lookup)
    files, rejections = sources.resolve_inputs(["data", "elsewhere"])
    assert rejections == []
    assert [f.path for f in files] == ["data/b.txt", "data/broken.txt", "data/sub/a.txt"]
    assert [f.real for f in files] == [os.path.realpath(f.path) for f in files]  # realpath asks lstat, not islink
