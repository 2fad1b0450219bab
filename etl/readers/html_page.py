"""Saved web pages: the article's paragraphs via trafilatura, metadata from the page's tags.

trafilatura finds the main text well but, measured on Korean pages (notes/korean-nlp.md §5), its
text output joins paragraphs with a single newline, glues `<br><br>` paragraphs ("…말했다.유 장관은")
when an inline ad or a figure sits between them, may reorder a paragraph around a `<figure>`, and
on short pages falls back to keeping navigation and footer lines. So, before it runs:

1. the article container is chosen when the page marks one (`itemprop=articleBody`, the usual
   Korean CMS ids, or a single `<article>`), so furniture outside it cannot leak in;
2. scripts, styles, images, media and form controls are removed;
3. mixed content is made explicit: text separated by `<br><br>` or by a block element becomes its
   own `<p>` (a single `<br>` stays a line break inside the paragraph);
4. figures (photo captions), nav/aside/footer/menu, and elements whose class or id says ad,
   banner, related news, share, comments … are removed (the latter never when they hold most of
   the text); since step 3 came first, an ad `<div>` between two paragraphs still leaves two
   paragraphs, not one glued one;

then trafilatura runs (`favor_recall=True`, no comments, no tables) with XML output, and the
paragraphs are read from its XML: one paragraph per block element, `<lb/>` → "\\n", text between
blocks kept. Exact repeats of a paragraph are dropped. If trafilatura finds nothing, the container's
own block structure is used.

Title, dateline, byline and copyright lines inside the article stay in the text: the Korean line
cleaner removes them and records what it removed, as for plain-text pages.
"""

from __future__ import annotations

import copy
import logging
import re
from typing import Any

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from etl.model import RawDocument, Rejection

from .common import normalise_inline, normalise_paragraphs, normalise_text, parse_datetime, reject

log = logging.getLogger(__name__)

_INLINE = {
    "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "del", "dfn", "em", "font", "i", "ins",
    "kbd", "label", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub",
    "sup", "time", "tt", "u", "var", "wbr",
}  # fmt: skip
# Never article text.
_DROP_TAGS = (
    "script", "style", "noscript", "iframe", "img", "picture", "video", "audio", "svg", "canvas",
    "object", "embed", "template", "button", "select", "input", "textarea", "map",
)  # fmt: skip
# Page furniture, always dropped.
_FURNITURE_TAGS = ("nav", "aside", "footer", "figure", "figcaption", "menu")
_FURNITURE_TOKENS = {
    "ad", "ads", "adv", "advert", "advertisement", "adsense", "adfit", "googleads", "banner",
    "sponsor", "sponsored", "promotion", "promo", "related", "relation", "relate", "recommend",
    "recommended", "popular", "ranking", "rank", "share", "sns", "social", "comment", "comments",
    "reply", "subscribe", "subscription", "newsletter", "breadcrumb", "gnb", "lnb", "snb",
    "taboola", "dable", "outbrain", "sidebar", "footer", "nav", "navigation", "menu",
}  # fmt: skip
_CONTAINER_XPATHS = (
    '//*[@itemprop="articleBody"]',
    "//*[@id='articleBody' or @id='article_body' or @id='articeBody' or @id='articleBodyContents'"
    " or @id='newsct_article' or @id='dic_area' or @id='article-view-content-div'"
    " or @id='news_body_area' or @id='textBody' or @id='article_txt' or @id='newsEndContents'"
    " or @id='article-body' or @id='articleText' or @id='news_content']",
    "//article",
)
_MIN_CONTAINER_CHARS = 100
_BLOCKS_IN_XML = {"p", "head", "quote", "list", "item", "code", "div", "table", "row", "cell"}
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


def read_html(source_path: str, text: str) -> RawDocument | Rejection:
    try:
        tree = lxml_html.document_fromstring(_XML_DECLARATION.sub("", text, count=1))
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        return reject(source_path, "no_article", f"HTML을 해석할 수 없음({exc})", f"cannot parse the HTML ({exc})")

    meta = _meta_tags(tree)
    paragraphs = _main_paragraphs(tree)
    if not paragraphs:
        return reject(source_path, "no_article", "HTML에서 기사 본문을 찾지 못함", "no article text found in the HTML")

    fields = _metadata(tree, meta)
    if fields["published_at"] is None or fields["title"] is None:
        found = _trafilatura_metadata(tree)
        if fields["title"] is None and found.get("title"):
            fields["title"] = normalise_inline(found["title"])
        if fields["published_at"] is None and found.get("date"):
            fields["published_at"] = parse_datetime(found["date"])
            if fields["published_at"] is not None:
                fields["extra"]["published_at_source"] = "trafilatura"
    return RawDocument(
        source_path=source_path,
        source_format="html",
        text=normalise_paragraphs(paragraphs),
        title=fields["title"],
        published_at=fields["published_at"],
        updated_at=fields["updated_at"],
        byline=fields["byline"],
        reporter_email=fields["reporter_email"],
        outlet=fields["outlet"],
        url=fields["url"],
        source_urls=fields["source_urls"],
        extra=fields["extra"],
    )


# ---------------------------------------------------------------------------------------------
# main text


def _main_paragraphs(tree: lxml_html.HtmlElement) -> list[str]:
    container = _article_container(tree)
    attempts = [container, None] if container is not None else [None]
    for scope in attempts:
        work = _working_copy(tree, scope)
        body = work.find("body")
        if body is None:
            continue
        for el in list(body.iter(*_DROP_TAGS)):
            _drop(el)
        _split_mixed_content(body)  # before furniture goes, so a removed block still ends a paragraph
        _remove_furniture(body)
        paragraphs = _trafilatura_paragraphs(copy.deepcopy(work))
        if not paragraphs and scope is not None:
            paragraphs = _block_paragraphs(body)
        paragraphs = _dedupe(p for p in (normalise_text(p).strip() for p in paragraphs) if p)
        if paragraphs:
            return paragraphs
    return []


def _text_len(el: etree._Element) -> int:
    """Non-space characters of the text under an element."""
    return sum(len(part) for text in el.itertext() for part in text.split())


def _article_container(tree: lxml_html.HtmlElement) -> etree._Element | None:
    for xpath in _CONTAINER_XPATHS:
        found = [el for el in tree.xpath(xpath) if _text_len(el) >= _MIN_CONTAINER_CHARS]
        # Nested matches (an <article> inside an <article>) count once: keep the outermost.
        outer = [el for el in found if not any(o is not el and el in o.iterdescendants() for o in found)]
        if len(outer) == 1:
            return outer[0]
    return None


def _working_copy(tree: lxml_html.HtmlElement, scope: etree._Element | None) -> lxml_html.HtmlElement:
    if scope is None:
        return copy.deepcopy(tree)
    doc = lxml_html.document_fromstring("<html><head></head><body></body></html>")
    head = tree.find("head")
    if head is not None:
        doc.replace(doc.find("head"), copy.deepcopy(head))
    section = copy.deepcopy(scope)
    section.tail = None
    doc.find("body").append(section)
    return doc


def _tokens(el: etree._Element) -> set[str]:
    raw = f"{el.get('class') or ''} {el.get('id') or ''}"
    raw = re.sub(r"([a-z])([A-Z])", r"\1 \2", raw)  # camelCase → two tokens
    return {t for t in re.split(r"[^A-Za-z0-9]+", raw.lower()) if t}


def _remove_furniture(body: etree._Element) -> None:
    for el in list(body.iter(*_FURNITURE_TAGS)):
        _drop(el)
    # Named furniture (class/id) and hidden elements go unless they hold most of the text: a body
    # wrapper called "article-share-wrap", an ASP.NET <form> around the page, a hidden full text.
    total = _text_len(body) or 1
    for el in list(body.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None or el is body:
            continue
        hidden = "display:none" in (el.get("style") or "").replace(" ", "").lower() or el.get("hidden") is not None
        if (hidden or _tokens(el) & _FURNITURE_TOKENS) and _text_len(el) <= 0.6 * total:
            _drop(el)


def _drop(el: etree._Element) -> None:
    """Remove an element but keep its tail text (the text that follows it in its parent)."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    previous = el.getprevious()
    parent.remove(el)
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail


def _has_text(value: str | None) -> bool:
    return bool(value and value.strip())


def _split_mixed_content(root: etree._Element) -> None:
    """Text separated by <br><br> or by a block element becomes its own <p>, as a browser shows it."""
    for el in list(root.iter()):
        if isinstance(el.tag, str) and el.tag not in _INLINE and el.tag != "br":
            _split_element(el)


def _split_element(el: etree._Element) -> None:
    children = list(el)
    inline_text = _has_text(el.text) or any(
        _has_text(c.tail) or (isinstance(c.tag, str) and c.tag in _INLINE and _has_text(c.text_content()))
        for c in children
    )
    if not inline_text:
        return
    if not any(isinstance(c.tag, str) and (c.tag == "br" or c.tag not in _INLINE) for c in children):
        return
    if el.tag == "p" and el.getparent() is None:
        return
    items: list[etree._Element] = []
    current = etree.Element("p")
    current.text = el.text

    def add_text(value: str | None) -> None:
        if not value:
            return
        if len(current):
            current[-1].tail = (current[-1].tail or "") + value
        else:
            current.text = (current.text or "") + value

    def flush() -> None:
        nonlocal current
        if _has_text("".join(current.itertext())):
            items.append(current)
        current = etree.Element("p")

    breaks = 0
    el.text = None
    for child in children:
        tail, child.tail = child.tail, None
        el.remove(child)
        tag = child.tag if isinstance(child.tag, str) else None
        if tag == "br":
            breaks += 1
            if not _has_text(tail):
                continue
            tail = tail.lstrip()
        if tag == "br" or tag is None or tag in _INLINE:
            if breaks >= 2:
                flush()
            elif breaks == 1 and (len(current) or _has_text(current.text)):
                current.append(etree.Element("br"))
            breaks = 0
            if tag is not None and tag != "br":
                current.append(child)
            add_text(tail)
        else:  # a block element ends the paragraph before it and starts one after it
            breaks = 0
            flush()
            items.append(child)
            add_text(tail)
    flush()

    if el.tag == "p":  # a <p> cannot hold paragraphs: its pieces become siblings
        parent = el.getparent()
        index = parent.index(el)
        tail = el.tail
        parent.remove(el)
        for offset, item in enumerate(items):
            parent.insert(index + offset, item)
        if tail:
            if items:
                items[-1].tail = (items[-1].tail or "") + tail
            else:
                previous = parent[index - 1] if index > 0 else None
                if previous is not None:
                    previous.tail = (previous.tail or "") + tail
                else:
                    parent.text = (parent.text or "") + tail
    else:
        for item in items:
            el.append(item)


def _trafilatura_paragraphs(work: lxml_html.HtmlElement) -> list[str]:
    try:
        xml = trafilatura.extract(
            work,
            output_format="xml",
            favor_recall=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            include_formatting=False,
            with_metadata=False,
            deduplicate=False,
        )
    except Exception as exc:  # noqa: BLE001 — third-party parser on arbitrary input: fall back
        log.debug("trafilatura failed: %r", exc)
        return []
    if not xml:
        return []
    try:
        doc = etree.fromstring(xml.encode("utf-8"))
    except etree.XMLSyntaxError:
        return []
    main = doc.find("main")
    if main is None:
        return []
    out: list[str] = []
    _xml_blocks(main, out)
    return out


def _xml_text(el: etree._Element) -> str:
    parts = [el.text or ""]
    for child in el:
        parts.append("\n" if child.tag == "lb" else _xml_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _xml_blocks(el: etree._Element, out: list[str]) -> None:
    """One paragraph per block of trafilatura's XML; text between blocks is a paragraph too."""
    if _has_text(el.text):
        out.append(el.text)
    for child in el:
        if child.tag in _BLOCKS_IN_XML and any(c.tag in _BLOCKS_IN_XML for c in child):
            _xml_blocks(child, out)
        elif child.tag != "lb":  # a <lb/> between blocks is no paragraph
            out.append(_xml_text(child))
        if _has_text(child.tail):
            out.append(child.tail)


def _block_paragraphs(root: etree._Element) -> list[str]:
    """Fallback: the text of every block that holds no other block, in document order."""
    out: list[str] = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in _INLINE or el.tag == "br":
            continue
        if any(isinstance(c.tag, str) and c.tag not in _INLINE and c.tag != "br" for c in el):
            continue
        out.append(_html_text(el))
    return out


def _html_text(el: etree._Element) -> str:
    parts = [el.text or ""]
    for child in el:
        parts.append("\n" if child.tag == "br" else _html_text(child) if isinstance(child.tag, str) else "")
        parts.append(child.tail or "")
    return "".join(parts)


def _dedupe(paragraphs) -> list[str]:
    seen: set[str] = set()
    out = []
    for p in paragraphs:
        key = " ".join(p.split())
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


# ---------------------------------------------------------------------------------------------
# metadata


def _meta_tags(tree: lxml_html.HtmlElement) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for el in tree.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop")
        value = el.get("content")
        if key and value and value.strip():
            found.setdefault(key.strip().lower(), []).append(value.strip())
    return found


def _first(meta: dict[str, list[str]], *keys: str) -> str | None:
    for key in keys:
        for value in meta.get(key, ()):
            if value.strip():
                return value.strip()
    return None


def _absolute_url(value: str | None) -> str | None:
    value = (value or "").strip()
    return value if re.match(r"^https?://\S+$", value, re.IGNORECASE) else None


def _metadata(tree: lxml_html.HtmlElement, meta: dict[str, list[str]]) -> dict[str, Any]:
    outlet = normalise_inline(_first(meta, "og:site_name"))
    title = normalise_inline(_first(meta, "og:title", "twitter:title"))
    if title is None:
        title = _page_title(tree, outlet)
    if title is None:
        h1 = tree.find(".//h1")
        title = normalise_inline(h1.text_content()) if h1 is not None else None

    published = parse_datetime(
        _first(meta, "article:published_time", "og:article:published_time", "datepublished", "pubdate",
               "publishdate", "article:published", "dcterms.created", "date")
    )  # fmt: skip
    updated = parse_datetime(
        _first(meta, "article:modified_time", "og:article:modified_time", "og:updated_time", "datemodified",
               "dcterms.modified", "lastmod")
    )  # fmt: skip
    if published is None:
        times = tree.xpath('//*[@itemprop="datePublished"]/@datetime | //*[@itemprop="datePublished"]/@content')
        published = parse_datetime(times[0]) if times else None

    author = _first(meta, "author", "article:author", "dable:author", "byl")
    if author and _absolute_url(author):
        author = None  # article:author is often a profile URL
    email = _EMAIL.search(author or "")
    byline = normalise_inline(author)

    url = None
    for link in tree.xpath('//link[@href][contains(concat(" ", normalize-space(@rel), " "), " canonical ")]'):
        url = _absolute_url(link.get("href"))
        if url:
            break
    url = url or _absolute_url(_first(meta, "og:url"))

    sources = tuple(dict.fromkeys(v for v in meta.get("tracker:source", ()) if v))
    extra: dict[str, Any] = {}
    sample = normalise_inline(_first(meta, "tracker:sample"))
    if sample:
        extra["sample"] = sample
    return {
        "title": title,
        "published_at": published,
        "updated_at": updated,
        "byline": byline,
        "reporter_email": email.group(0) if email else None,
        "outlet": outlet,
        "url": url,
        "source_urls": sources,
        "extra": extra,
    }


def _page_title(tree: lxml_html.HtmlElement, outlet: str | None) -> str | None:
    el = tree.find(".//title")
    title = normalise_inline(el.text_content()) if el is not None else None
    if title and outlet:
        for sep in (" | ", " - ", " :: ", " : ", " < ", " > "):
            head, _, tail = title.rpartition(sep)
            if head and outlet in tail:
                return head.strip()
    return title


def _trafilatura_metadata(tree: lxml_html.HtmlElement) -> dict[str, Any]:
    """trafilatura's title and date (never its author: unreliable for Korean, notes §5.1)."""
    try:
        found = trafilatura.extract_metadata(copy.deepcopy(tree))
    except Exception as exc:  # noqa: BLE001 — third-party parser on arbitrary input
        log.debug("trafilatura metadata failed: %r", exc)
        return {}
    if found is None:
        return {}
    return {"title": getattr(found, "title", None), "date": getattr(found, "date", None)}
