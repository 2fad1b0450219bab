"""Sanity checks for held-out set e (reads only set e and data/reference).

python3 tools/check_gold.py   -> prints problems and a summary; exit 1 on any problem.
"""
import collections
import csv
import datetime as dt
import pathlib
import sys
import tomllib

E = pathlib.Path(__file__).resolve().parent.parent
REF = E.parents[2] / "data" / "reference"
KINDS = {"new", "progress", "revision", "achieved", "delayed", "cancelled"}
STATUSES = {"announced", "in_progress", "revised", "delayed", "achieved", "cancelled"}
KIND2STATUS = {"new": "announced", "progress": "in_progress", "revision": "revised",
               "delayed": "delayed", "achieved": "achieved", "cancelled": "cancelled"}

problems = []
ministries = {}
with open(REF / "ministries.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        if row["ministry"].startswith("#"):
            continue
        ministries[row["ministry"]] = (row["valid_from"] or "0000-00-00", row["valid_to"] or "9999-12-31")
topics = {t["code"] for t in tomllib.loads((REF / "topics.toml").read_text(encoding="utf-8"))["topic"]}

mention_keys = collections.defaultdict(list)  # key -> [(date, order, kind, deadline)]
kinds = collections.Counter()
n = 0
articles = sorted((E / "articles").glob("*.txt"))
golds = sorted((E / "gold").glob("*.toml"))
if {a.name for a in articles} != {g.name[:-5] for g in golds}:
    problems.append("articles and gold files do not pair up")
for g in golds:
    d = tomllib.loads(g.read_text(encoding="utf-8"))
    page = (E / "articles" / d["source"]).read_text(encoding="utf-8")
    lines = [l.strip() for l in page.splitlines()]
    if d["source"] + ".toml" != g.name:
        problems.append(f"{g.name}: source mismatch")
    if d["published_at"] != d["source"][:10]:
        problems.append(f"{g.name}: published_at != file date")
    if d["title"] not in lines:
        problems.append(f"{g.name}: title is not a line of the page")
    body_chars = sum(len(l) for l in lines if len(l) > 45)
    for i, x in enumerate(d.get("mentions", [])):
        n += 1
        where = f"{g.name} #{i + 1}"
        kinds[x["kind"]] += 1
        if x["sentence"] not in page:
            problems.append(f"{where}: sentence not verbatim in page: {x['sentence'][:40]}")
        if x["kind"] not in KINDS:
            problems.append(f"{where}: bad kind {x['kind']}")
        if x["category"] not in topics:
            problems.append(f"{where}: bad category {x['category']}")
        if x["ministry"] not in ministries:
            problems.append(f"{where}: unknown ministry {x['ministry']}")
        else:
            lo, hi = ministries[x["ministry"]]
            if not lo <= d["published_at"] <= hi:
                problems.append(f"{where}: {x['ministry']} not valid on {d['published_at']}")
        if x["person"] and x["person"] not in x["sentence"] and x["person"] not in d["title"]:
            print(f"  note {where}: person {x['person']} not named in the sentence (interview answer?)")
        if ("target_value" in x) != ("target_unit" in x):
            problems.append(f"{where}: target_value/target_unit must come together")
        if "target_value" in x and not isinstance(x["target_value"], float):
            problems.append(f"{where}: target_value is not a float")
        for f in ("deadline", "previous_deadline"):
            if f in x:
                dt.date.fromisoformat(x[f])
        if ("deadline" in x) != ("deadline_text" in x):
            problems.append(f"{where}: deadline/deadline_text must come together")
        if "deadline_text" in x and x["deadline_text"] not in x["sentence"]:
            problems.append(f"{where}: deadline_text not in sentence")
        if "previous_deadline" in x and x["kind"] not in ("revision", "delayed"):
            problems.append(f"{where}: previous_deadline on a {x['kind']} mention")
        mention_keys[x["key"]].append((d["published_at"], i, x["kind"], x.get("deadline")))
    print(f"{g.name[:-5]:48} mentions={len(d.get('mentions', [])):3}  body~{body_chars} chars")

u = tomllib.loads((E / "gold" / "commitments" / "unseen.toml").read_text(encoding="utf-8"))
last = max(a.name[:10] for a in articles)
ckeys = [c["key"] for c in u["commitments"]]
if len(ckeys) != len(set(ckeys)):
    problems.append("duplicate commitment key in unseen.toml")
if set(ckeys) != set(mention_keys):
    problems.append(f"key mismatch: only in unseen {set(ckeys) - set(mention_keys)}, only in mentions {set(mention_keys) - set(ckeys)}")
for c in u["commitments"]:
    if c["status"] not in STATUSES:
        problems.append(f"{c['key']}: bad status")
    if c["ministry"] not in ministries:
        problems.append(f"{c['key']}: unknown ministry")
    if c["category"] not in topics:
        problems.append(f"{c['key']}: bad category")
    ms = sorted(mention_keys.get(c["key"], []))
    if not ms:
        continue
    # naive rule, only to flag cases worth a second look: strongest kind on the latest page, then deadline check
    latest_date = ms[-1][0]
    latest = [k for day, _, k, _ in ms if day == latest_date]
    order = ["cancelled", "achieved", "delayed", "revision", "progress", "new"]
    kind = min(latest, key=order.index)
    rule = KIND2STATUS[kind]
    dl = [dd for _, _, _, dd in ms if dd]  # deadlines in page order; the newest page's deadline counts
    if rule not in ("achieved", "cancelled") and dl:
        newest_day = max(day for day, _, _, dd in ms if dd)
        current = max(dd for day, _, _, dd in ms if dd and day == newest_day)
        if current < last:
            rule = "delayed"
    flag = "" if rule == c["status"] else f"   <-- naive rule says {rule}"
    print(f"  {c['key']:40} {c['status']:12}{flag}")

followups = sum(v for k, v in kinds.items() if k != "new")
print(f"\n{len(articles)} pages, {n} mentions, {len(ckeys)} commitments, follow-ups {followups}")
print("by kind:", dict(kinds))
if problems:
    print("\nPROBLEMS:")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK")
