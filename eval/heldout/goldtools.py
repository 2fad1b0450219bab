"""What the held-out sets' tools share: writing hand annotations out as gold TOML, and checking them.

A set's annotations are its data, so each set keeps them in its own tools/build_gold.py (a list of
pages built with `m`, and its commitments), and its tools/check_gold.py keeps what only it knows
(the markers that bound each page's body). The code that writes and checks is here, once.

Reads only the set's folder and data/reference/{ministries.csv,topics.toml}; needs no package of
the project, so a set can be checked with a bare `python3`.
"""
from __future__ import annotations

import csv
import datetime as dt
import re
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

KINDS = {"new", "progress", "revision", "achieved", "delayed", "cancelled"}
STATUSES = {"announced", "in_progress", "revised", "delayed", "achieved", "cancelled"}
FIELDS = {"key", "kind", "ministry", "person", "category", "target_value", "target_unit",
          "deadline", "deadline_text", "previous_deadline", "sentence"}


# --- writing ----------------------------------------------------------------------------------

def m(key, kind, ministry, category, sentence, *, person="", target=None, unit=None,
      deadline=None, dtext=None, prev=None, comment=None) -> dict:
    """One gold mention, as a set's build_gold.py writes it down."""
    return dict(key=key, kind=kind, ministry=ministry, person=person, category=category,
                target_value=target, target_unit=unit, deadline=deadline,
                deadline_text=dtext, previous_deadline=prev, sentence=sentence,
                comment=comment)


def _q(s: str) -> str:
    out = s.replace("\\", "\\\\").replace("\"", "\\\"")
    for ch in out:
        assert ord(ch) >= 0x20, repr(s)
    return "\"" + out + "\""


def _number(x: float) -> str:
    r = repr(float(x))
    assert "e" not in r, r
    return r


def _page_toml(p: dict) -> str:
    lines = [f"source = {_q(p['source'])}", "line = 0", f"title = {_q(p['title'])}",
             f"published_at = {_q(p['published_at'])}", ""]
    for mm in p["mentions"]:
        lines.append("[[mentions]]")
        if mm["comment"]:
            lines.append(f"# {mm['comment']}")
        lines.append(f"key = {_q(mm['key'])}")
        lines.append(f"kind = {_q(mm['kind'])}")
        lines.append(f"ministry = {_q(mm['ministry'])}")
        lines.append(f"person = {_q(mm['person'])}")
        lines.append(f"category = {_q(mm['category'])}")
        if mm["target_value"] is not None:
            lines.append(f"target_value = {_number(mm['target_value'])}")
            lines.append(f"target_unit = {_q(mm['target_unit'])}")
        if mm["deadline"]:
            lines.append(f"deadline = {_q(mm['deadline'])}")
            lines.append(f"deadline_text = {_q(mm['deadline_text'])}")
        if mm["previous_deadline"]:
            lines.append(f"previous_deadline = {_q(mm['previous_deadline'])}")
        lines.append(f"sentence = {_q(mm['sentence'])}")
        lines.append("")
    return "\n".join(lines)


def _commitments_toml(letter: str, commitments: list[tuple], last: str, note: list[str]) -> str:
    lines = [f"# Commitments of the unseen set {letter} ({letter}-*); expected status at the last article's date, {last}",
             *[f"# {line}" for line in note], ""]
    for key, ministry, cat, summary, status, why in commitments:
        lines.append("[[commitments]]")
        if why:
            lines.append(f"# {why}")
        lines += [f"key = {_q(key)}", f"ministry = {_q(ministry)}", f"category = {_q(cat)}",
                  f"summary = {_q(summary)}", f"status = {_q(status)}", ""]
    return "\n".join(lines)


def write(root: Path, letter: str, pages: list[dict], commitments: list[tuple], last: str, note: list[str],
          with_commitments: bool) -> None:
    """gold/<page>.toml for every page, and gold/commitments/unseen.toml when `with_commitments`
    (`note`: the lines that head it, saying how ministries are named)."""
    (root / "gold" / "commitments").mkdir(parents=True, exist_ok=True)
    for p in pages:
        (root / "gold" / f"{p['source']}.toml").write_text(_page_toml(p), encoding="utf-8")
    msg = f"wrote {len(pages)} pages, {sum(len(p['mentions']) for p in pages)} mentions"
    if with_commitments:
        (root / "gold" / "commitments" / "unseen.toml").write_text(
            _commitments_toml(letter, commitments, last, note), encoding="utf-8")
        msg += f", {len(commitments)} commitments"
    print(msg)


# --- checking ---------------------------------------------------------------------------------

class _Problems(list):
    def __call__(self, msg: str) -> None:
        self.append(msg)


def _iso(s, where: str, bad) -> dt.date | None:
    try:
        return dt.date.fromisoformat(s)
    except (TypeError, ValueError):
        bad(f"{where}: not an ISO date: {s!r}")
        return None


def check(set_dir: Path, letter: str, body: dict[str, tuple[str, str]], length: tuple[int, int]) -> int:
    """Check a set's gold against its pages and the reference data; print a summary and the
    problems. `body`: per page date, the text that opens its body and the text of its sign-off;
    `length`: the bounds of a body's length. Returns the exit code (0: all checks passed)."""
    bad = _Problems()
    ref = set_dir.parents[2] / "data" / "reference"
    ministries: dict[str, tuple[dt.date | None, dt.date | None]] = {}
    with open(ref / "ministries.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            vf = dt.date.fromisoformat(row["valid_from"]) if row["valid_from"] else None
            vt = dt.date.fromisoformat(row["valid_to"]) if row["valid_to"] else None
            ministries[row["ministry"]] = (vf, vt)
    topics = {t["code"] for t in tomllib.loads((ref / "topics.toml").read_text(encoding="utf-8"))["topic"]}

    def ministry_ok(name: str, on: dt.date, where: str) -> None:
        if name not in ministries:
            bad(f"{where}: unknown ministry {name!r}")
            return
        vf, vt = ministries[name]
        if (vf and on < vf) or (vt and on > vt):
            bad(f"{where}: ministry {name!r} not valid on {on} (valid {vf}..{vt})")

    articles = sorted((set_dir / "articles").glob("*.txt"))
    golds = sorted((set_dir / "gold").glob("*.toml"))
    if {a.name for a in articles} != {g.name[:-5] for g in golds}:
        bad(f"articles and gold files differ: {sorted({a.name for a in articles} ^ {g.name[:-5] for g in golds})}")

    name_re = re.compile(rf"^(\d{{4}}-\d{{2}}-\d{{2}})_{letter}_[a-z0-9-]+\.txt$")
    kinds: Counter = Counter()
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
        page = (set_dir / "articles" / src).read_text(encoding="utf-8")
        pub = _iso(doc.get("published_at"), where, bad)
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
            if not str(mm.get("key", "")).startswith(f"{letter}-"):
                bad(f"{w}: key does not start with '{letter}-'")
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
                _iso(mm["deadline"], w, bad)
                if mm["deadline_text"] not in s:
                    bad(f"{w}: deadline_text {mm['deadline_text']!r} not in the sentence")
            if "previous_deadline" in mm:
                _iso(mm["previous_deadline"], w, bad)
                if mm.get("kind") not in {"revision", "delayed", "cancelled"}:
                    bad(f"{w}: previous_deadline on a {mm.get('kind')} mention")
            pair = (mm.get("key"), s)
            if pair in seen_pairs:
                bad(f"{w}: duplicate (key, sentence)")
            seen_pairs.add(pair)
            kinds[mm.get("kind")] += 1
            mention_keys[mm.get("key")].append((pub, mm))

    last = max(dates) if dates else None

    cpath = set_dir / "gold" / "commitments" / "unseen.toml"
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

    # The rule status recomputed from the mentions, to cross-check the hand-written statuses.
    rule = {"new": "announced", "progress": "in_progress", "revision": "revised", "delayed": "delayed",
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
            st = rule[day_kinds[-1]]
        deadline = None  # from the latest mention that gives one
        for d, mm in ms:
            if "deadline" in mm:
                deadline = dt.date.fromisoformat(mm["deadline"])
        if st not in {"achieved", "cancelled"} and deadline and deadline < last:
            st = "delayed"
        flag = "" if st == c["status"] else "   <-- differs"
        if flag:
            bad(f"unseen.toml {c['key']}: status {c['status']} but the rule gives {st}")
        print(f"  {c['key']:45s} {c['status']:12s} {st:12s}{flag}")

    low, high = length
    print("\nbody length (characters, whitespace collapsed):")
    for a in articles:
        text = a.read_text(encoding="utf-8")
        start, end = body.get(a.name[:10], (None, None))
        if start is None or start not in text or end not in text:
            bad(f"{a.name}: body markers missing")
            continue
        i = text.index(start)
        n = len(re.sub(r"\s+", " ", text[i:text.index(end, i)]).strip())
        if not low <= n <= high:
            bad(f"{a.name}: body length {n} outside {low}-{high}")
        print(f"  {a.name:50s} {n:5d}")

    # each gold sentence: once on its page, cut at sentence boundaries, and not in the footer
    for g in golds:
        doc = tomllib.loads(g.read_text(encoding="utf-8"))
        src = doc.get("source", "")
        if not (set_dir / "articles" / src).exists() or src[:10] not in body:
            continue
        page = (set_dir / "articles" / src).read_text(encoding="utf-8")
        start, end = body[src[:10]]
        body_end = page.find(end, max(page.find(start), 0))  # (a byline may also stand above the body)
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

    if bad:
        print("\nPROBLEMS:")
        for p in bad:
            print("  " + p)
        return 1
    print("\nall checks passed")
    return 0
