"""Consistency checks for held-out set j (gold annotations against the pages and reference data).

Run:  python3 tools/check_gold.py        exit 0 = all checks passed, 1 = problems listed.

Reads only this set's folder and data/reference/{ministries.csv,topics.toml}.
"""
from __future__ import annotations

import csv
import datetime as dt
import re
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

SET = Path(__file__).resolve().parent.parent
REF = SET.parents[2] / "data" / "reference"
KINDS = {"new", "progress", "revision", "achieved", "delayed", "cancelled"}
STATUSES = {"announced", "in_progress", "revised", "delayed", "achieved", "cancelled"}
FIELDS = {"key", "kind", "ministry", "person", "category", "target_value", "target_unit",
          "deadline", "deadline_text", "previous_deadline", "sentence"}

problems: list[str] = []


def bad(msg: str) -> None:
    problems.append(msg)


def iso(s: str, where: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(s)
    except (TypeError, ValueError):
        bad(f"{where}: not an ISO date: {s!r}")
        return None


# reference data
ministries: dict[str, tuple[dt.date | None, dt.date | None]] = {}
with open(REF / "ministries.csv", encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        vf = dt.date.fromisoformat(row["valid_from"]) if row["valid_from"] else None
        vt = dt.date.fromisoformat(row["valid_to"]) if row["valid_to"] else None
        ministries[row["ministry"]] = (vf, vt)
topics = {t["code"] for t in tomllib.loads((REF / "topics.toml").read_text(encoding="utf-8"))["topic"]}


def ministry_ok(name: str, on: dt.date, where: str) -> None:
    if name not in ministries:
        bad(f"{where}: unknown ministry {name!r}")
        return
    vf, vt = ministries[name]
    if (vf and on < vf) or (vt and on > vt):
        bad(f"{where}: ministry {name!r} not valid on {on} (valid {vf}..{vt})")


articles = sorted((SET / "articles").glob("*.txt"))
golds = sorted((SET / "gold").glob("*.toml"))
if {a.name for a in articles} != {g.name[:-5] for g in golds}:
    bad(f"articles and gold files differ: {sorted({a.name for a in articles} ^ {g.name[:-5] for g in golds})}")

name_re = re.compile(r"^(\d{4}-\d{2}-\d{2})_j_[a-z0-9-]+\.txt$")
kinds = Counter()
mention_keys: dict[str, list[tuple[dt.date, dict]]] = defaultdict(list)
dates: list[dt.date] = []

for g in golds:
    where = g.name
    try:
        doc = tomllib.loads(g.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        bad(f"{where}: TOML error {e}")
        continue
    src = doc.get("source")
    mt = name_re.match(src or "")
    if src != g.name[:-5] or not mt:
        bad(f"{where}: bad source {src!r}")
        continue
    page = (SET / "articles" / src).read_text(encoding="utf-8")
    pub = iso(doc.get("published_at"), where)
    if pub is None or mt.group(1) != doc["published_at"]:
        bad(f"{where}: published_at {doc.get('published_at')!r} does not match the file name")
        continue
    if not (dt.date(2025, 1, 1) <= pub <= dt.date(2026, 11, 30)):
        bad(f"{where}: date outside 2025-01..2026-11")
    dates.append(pub)
    if doc.get("line") != 0:
        bad(f"{where}: line must be 0")
    if doc.get("title") not in page.splitlines():
        bad(f"{where}: title is not a line of the page")
    seen_pairs = set()
    for i, mm in enumerate(doc.get("mentions", [])):
        w = f"{where} mention {i + 1} ({mm.get('key')})"
        extra = set(mm) - FIELDS
        if extra:
            bad(f"{w}: unknown fields {extra}")
        for f in ("key", "kind", "ministry", "person", "category", "sentence"):
            if not isinstance(mm.get(f), str):
                bad(f"{w}: missing {f}")
        if mm.get("kind") not in KINDS:
            bad(f"{w}: bad kind {mm.get('kind')!r}")
        if mm.get("category") not in topics:
            bad(f"{w}: bad category {mm.get('category')!r}")
        ministry_ok(mm.get("ministry", ""), pub, w)
        s = mm.get("sentence", "")
        if s not in page:
            bad(f"{w}: sentence not found verbatim: {s[:60]}")
        if mm.get("person") and mm["person"] not in page:
            bad(f"{w}: person {mm['person']!r} not on the page")
        if ("target_value" in mm) != ("target_unit" in mm):
            bad(f"{w}: target_value and target_unit must come together")
        if "target_value" in mm and not isinstance(mm["target_value"], float):
            bad(f"{w}: target_value must be a float")
        if ("deadline" in mm) != ("deadline_text" in mm):
            bad(f"{w}: deadline and deadline_text must come together")
        if "deadline" in mm:
            iso(mm["deadline"], w)
            if mm["deadline_text"] not in s:
                bad(f"{w}: deadline_text {mm['deadline_text']!r} not in the sentence")
        if "previous_deadline" in mm:
            iso(mm["previous_deadline"], w)
            if mm.get("kind") not in {"revision", "delayed", "cancelled"}:
                bad(f"{w}: previous_deadline on a {mm.get('kind')} mention")
        pair = (mm.get("key"), s)
        if pair in seen_pairs:
            bad(f"{w}: duplicate (key, sentence)")
        seen_pairs.add(pair)
        kinds[mm.get("kind")] += 1
        mention_keys[mm.get("key")].append((pub, mm))

last = max(dates) if dates else None

# commitments
cpath = SET / "gold" / "commitments" / "unseen.toml"
if cpath.exists():
    commitments = tomllib.loads(cpath.read_text(encoding="utf-8"))["commitments"]
else:
    bad("gold/commitments/unseen.toml is missing (run tools/build_gold.py --commitments)")
    commitments = []
ckeys = [c["key"] for c in commitments]
if len(ckeys) != len(set(ckeys)):
    bad("unseen.toml: duplicate keys")
if set(ckeys) != set(mention_keys):
    bad(f"unseen.toml keys differ from mention keys: only in unseen {sorted(set(ckeys) - set(mention_keys))}, "
        f"only in mentions {sorted(set(mention_keys) - set(ckeys))}")
for c in commitments:
    w = f"unseen.toml {c['key']}"
    if c.get("status") not in STATUSES:
        bad(f"{w}: bad status {c.get('status')!r}")
    if c.get("category") not in topics:
        bad(f"{w}: bad category")
    ministry_ok(c.get("ministry", ""), last, w)
    cats = {mm["category"] for _, mm in mention_keys.get(c["key"], [])}
    if cats and cats != {c.get("category")}:
        bad(f"{w}: category differs from its mentions {cats}")

# the rule status, recomputed from the mentions, as a cross-check of the hand-written statuses
RULE = {"new": "announced", "progress": "in_progress", "revision": "revised", "delayed": "delayed",
        "achieved": "achieved", "cancelled": "cancelled"}
print("rule-status cross-check (hand status vs. recomputed):")
for c in commitments:
    ms = sorted(mention_keys.get(c["key"], []), key=lambda x: x[0])
    if not ms:
        continue
    latest_day = ms[-1][0]
    day_kinds = [mm["kind"] for d, mm in ms if d == latest_day]
    if "achieved" in day_kinds:
        st = "achieved"
    elif "cancelled" in day_kinds:
        st = "cancelled"
    elif "revision" in day_kinds:
        st = "revised"
    else:
        st = RULE[day_kinds[-1]]
    # effective deadline: from the latest mention that gives one
    dl = None
    for d, mm in ms:
        if "deadline" in mm:
            dl = dt.date.fromisoformat(mm["deadline"])
    if st not in {"achieved", "cancelled"} and dl and dl < last:
        st = "delayed"
    flag = "" if st == c["status"] else "   <-- differs"
    if flag:
        bad(f"unseen.toml {c['key']}: status {c['status']} but the rule gives {st}")
    print(f"  {c['key']:45s} {c['status']:12s} {st:12s}{flag}")

# body length: from the first body paragraph to the sign-off (markers chosen by hand per page)
BODY = {
    "2025-02-18": ("국토교통부가 도심을 가르는", "배지훈 기자 jhbae@"),
    "2025-03-11": ("(세종=다온통신)", "har@daonnews"),
    "2025-04-15": ("지방 대학의 빈 강의실을", "구하은 기자 haeun@"),
    "2025-05-20": ("국토교통부는 여름 성수기를", "홍재민 기자 jm.hong@"),
    "2025-07-08": ("산업통상자원부가 미국의 관세", "윤슬기 기자 seulgi@"),
    "2025-09-24": ("[앵커]", "(영상취재"),
    "2025-12-16": ("정부가 3월 '2025년 쌀 수급", "류다인 기자 dain@"),
    "2026-02-24": ("지난 주말 북한산", "현소라 기자 sora@"),
    "2026-03-10": ("산업통상부는 지난해 수출바우처를", "권나경 기자 nk.kwon@"),
    "2026-06-09": ("교육부는 지난해 말 기준", "도윤재 기자 yj.do@"),
    "2026-06-23": ("쌀이 남아도는 구조를", "Copyright ⓒ 누리일보"),
    "2026-11-25": ("정부 부처들은 해마다", "한예린 기자 yerin@"),
}
print("\nbody length (characters, whitespace collapsed):")
for a in articles:
    text = a.read_text(encoding="utf-8")
    start, end = BODY.get(a.name[:10], (None, None))
    if start is None or start not in text or end not in text:
        bad(f"{a.name}: body markers missing")
        continue
    i = text.index(start)
    n = len(re.sub(r"\s+", " ", text[i:text.index(end, i)]).strip())
    if not 1000 <= n <= 3000:
        bad(f"{a.name}: body length {n} outside 1000-3000")
    print(f"  {a.name:50s} {n:5d}")

# each gold sentence: once on its page, cut at sentence boundaries, and not in the footer boilerplate
for g in golds:
    doc = tomllib.loads(g.read_text(encoding="utf-8"))
    src = doc.get("source", "")
    if not (SET / "articles" / src).exists() or src[:10] not in BODY:
        continue
    page = (SET / "articles" / src).read_text(encoding="utf-8")
    end_marker = BODY[src[:10]][1]
    body_end = page.find(end_marker)
    for mm in doc.get("mentions", []):
        s = mm.get("sentence", "")
        n = page.count(s)
        if n != 1:
            bad(f"{g.name} ({mm.get('key')}): sentence occurs {n} times on the page: {s[:40]}")
            continue
        i = page.index(s)
        j = i + len(s)
        before = page[max(0, i - 6):i]
        ok_start = i == 0 or page[i - 1] == "\n" or before.endswith((". ", " = ", "\"", "A. "))
        ok_end = j == len(page) or page[j] in "\n\"" or (s.endswith(".") and page[j] == " ")
        if not (ok_start and ok_end):
            bad(f"{g.name} ({mm.get('key')}): sentence not cut at sentence boundaries: {s[:40]}")
        if body_end != -1 and i > body_end:
            bad(f"{g.name} ({mm.get('key')}): sentence lies after the sign-off (boilerplate): {s[:40]}")

total = sum(kinds.values())
follow = total - kinds["new"]
print(f"\nmentions: {total}  by kind: {dict(sorted(kinds.items()))}  follow-ups: {follow}")
print(f"commitments: {len(commitments)}  by status: {dict(sorted(Counter(c['status'] for c in commitments).items()))}")
print(f"pages: {len(articles)}  last page date: {last}")
if follow < 25:
    bad("fewer than 25 follow-up mentions")

if problems:
    print("\nPROBLEMS:")
    for p in problems:
        print("  " + p)
    sys.exit(1)
print("\nall checks passed")
